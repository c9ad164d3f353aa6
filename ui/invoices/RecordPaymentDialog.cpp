#include "RecordPaymentDialog.h"

#include "catalog/MoneyEdit.h"
#include "customers/CustomerService.h"
#include "invoicing/InvoiceService.h"
#include "money/MoneyFormat.h"
#include "payments/CustomerPicker.h"
#include "payments/FormParts.h"
#include "widgets/FieldIssueLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

using invoicing::PaymentRequest;

namespace { } // namespace

RecordPaymentDialog::RecordPaymentDialog(invoicing::PaymentService& payments, invoicing::InvoiceService& invoices,
                                         customers::CustomerService& customers, QDate today,
                                         std::optional<CustomerId> customer, DocumentId invoice, QWidget* parent)
    : QDialog(parent)
    , m_payments(payments)
    , m_invoices(invoices)
    , m_today(today)
    , m_invoice(invoice)
{
    setObjectName(QStringLiteral("recordPaymentDialog"));
    setWindowTitle(tr("Record payment"));
    setModal(true);
    buildLayout();

    std::optional<billing::Document> opened;
    if (invoice.isValid()) {
        if (auto found = m_invoices.document(invoice)) {
            opened = *found;
            customer = found->customerId;
            setWindowTitle(tr("Record payment for %1").arg(found->number));
        } else {
            m_issues->setIssues({found.error().message}, {});
        }
    }
    if (const Status loaded = m_customer->load(customers, customer); !loaded)
        m_issues->setIssues({loaded.error().message}, {});
    if (opened) {
        m_currency->setCurrentIndex(m_currency->findText(opened->currency.code()));
        m_amount->setCurrency(opened->currency);
    } else if (const auto chosen = m_customer->currentCustomer()) {
        m_currency->setCurrentIndex(m_currency->findText(chosen->currency));
    }
    loadOpenInvoices();
    if (opened && opened->balance().minorUnits() > 0)
        m_amount->setAmount(opened->balance());
    connect(m_customer, &CustomerPicker::customerChanged, this, &RecordPaymentDialog::customerChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &RecordPaymentDialog::loadOpenInvoices);
    connect(m_amount, &QLineEdit::textChanged, this, &RecordPaymentDialog::amountChanged);
    amountChanged();
    resize(760, 480);
}

void RecordPaymentDialog::buildLayout()
{
    m_customer = new CustomerPicker(this);
    m_date = formparts::newDateEdit(m_today, this);
    m_date->setObjectName(QStringLiteral("paymentDateEdit"));
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmountEdit"));
    m_currency = formparts::newCurrencyCombo(QString(), this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_method = formparts::newPaymentMethodCombo(this);
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReferenceEdit"));
    m_reference->setPlaceholderText(tr("Bank reference, card slip, …"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));

    auto* amountRow = new QHBoxLayout;
    amountRow->setSpacing(8);
    amountRow->addWidget(m_amount, 2);
    amountRow->addWidget(m_currency, 1);

    auto* left = formparts::newForm();
    left->addRow(tr("C&ustomer:"), m_customer);
    auto* amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    left->addRow(amountLabel, amountRow);
    left->addRow(tr("&Date:"), m_date);
    auto* right = formparts::newForm();
    right->addRow(tr("&Method:"), m_method);
    right->addRow(tr("&Reference:"), m_reference);
    right->addRow(tr("&Note:"), m_note);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* heading = new QLabel(tr("Applied to open invoices"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_allocations = new QTableWidget(0, ColumnCount, this);
    m_allocations->setObjectName(QStringLiteral("allocationTable"));
    m_allocations->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Balance"), tr("Amount to apply")});
    m_allocations->verticalHeader()->setVisible(false);
    m_allocations->setSelectionMode(QAbstractItemView::NoSelection);
    m_allocations->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {BalanceColumn, ApplyColumn})
        m_allocations->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("leftOverLabel"));
    m_credit->setWordWrap(true);
    m_credit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues = new FieldIssueLabel(nullptr, this);
    m_issues->setObjectName(QStringLiteral("paymentIssues"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("recordPaymentButton"));
    m_okButton->setText(tr("Record payment"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(columns);
    layout->addWidget(heading);
    layout->addWidget(m_allocations, 1);
    layout->addWidget(m_credit);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordPaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordPaymentDialog::reject);
}

void RecordPaymentDialog::customerChanged()
{
    if (const auto customer = m_customer->currentCustomer()) {
        const QSignalBlocker blocker(m_currency);
        m_currency->setCurrentIndex(m_currency->findText(customer->currency));
    }
    loadOpenInvoices();
}

void RecordPaymentDialog::loadOpenInvoices()
{
    m_allocations->setRowCount(0);
    m_balances.clear();
    const auto currency = formparts::currencyOf(m_currency);
    if (currency)
        m_amount->setCurrency(*currency);
    const CustomerId customer = m_customer->currentCustomerId();
    if (!customer.isValid() || !currency) {
        refreshPreview();
        return;
    }
    auto items = m_payments.openInvoices(customer, currency->code());
    if (!items) {
        m_issues->setIssues({items.error().message}, {});
        return;
    }
    QList<invoicing::OpenItem> open = *items;
    // Oldest due first (the number breaks ties); the invoice the dialog was opened from goes first.
    std::stable_sort(open.begin(), open.end(), [this](const invoicing::OpenItem& a, const invoicing::OpenItem& b) {
        if ((a.id == m_invoice) != (b.id == m_invoice))
            return a.id == m_invoice;
        return std::pair(a.dueDate, a.number) < std::pair(b.dueDate, b.number);
    });
    const QLocale locale;
    for (const invoicing::OpenItem& item : std::as_const(open)) {
        if (item.balance.minorUnits() <= 0)
            continue;
        const int r = m_allocations->rowCount();
        m_allocations->insertRow(r);
        auto* number = new QTableWidgetItem(item.number);
        number->setData(Qt::UserRole, item.id.value);
        number->setFlags(Qt::ItemIsEnabled);
        auto* due = new QTableWidgetItem(locale.toString(item.dueDate, QLocale::ShortFormat));
        due->setFlags(Qt::ItemIsEnabled);
        if (item.dueDate.isValid() && item.dueDate < m_today)
            due->setToolTip(tr("Overdue"));
        auto* balance = new QTableWidgetItem(moneyformat::format(item.balance, locale));
        balance->setFlags(Qt::ItemIsEnabled);
        balance->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_allocations->setItem(r, NumberColumn, number);
        m_allocations->setItem(r, DueColumn, due);
        m_allocations->setItem(r, BalanceColumn, balance);
        auto* apply = new MoneyEdit(m_allocations);
        apply->setObjectName(QStringLiteral("applyEdit"));
        apply->setEmptyMeansZero(true);
        apply->setCurrency(*currency);
        apply->setFrame(false);
        m_allocations->setCellWidget(r, ApplyColumn, apply);
        m_balances.append(item.balance.minorUnits());
        connect(apply, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                refreshPreview();
        });
    }
    autoAllocate();
    refreshPreview();
}

void RecordPaymentDialog::amountChanged()
{
    autoAllocate();
    refreshPreview();
}

void RecordPaymentDialog::autoAllocate()
{
    const auto amount = m_amount->amount();
    qint64 left = amount ? std::max<qint64>(0, amount->minorUnits()) : 0;
    m_filling = true;
    for (int row = 0; row < m_allocations->rowCount(); ++row) {
        const qint64 apply = std::min(left, m_balances.at(row));
        left -= apply;
        auto* edit = static_cast<MoneyEdit*>(m_allocations->cellWidget(row, ApplyColumn));
        edit->setAmount(Money(apply, edit->currency()));
    }
    m_filling = false;
}

Result<PaymentRequest> RecordPaymentDialog::request() const
{
    PaymentRequest request;
    request.customerId = m_customer->currentCustomerId();
    if (!request.customerId.isValid())
        return Error(ErrorCode::Invalid, tr("Choose a customer."));
    const auto currency = formparts::currencyOf(m_currency);
    if (!currency)
        return Error(ErrorCode::Invalid, tr("Choose a currency (an ISO 4217 code such as EUR)."));
    request.currency = currency->code();
    const auto amount = m_amount->amount(tr("the amount"));
    if (!amount)
        return amount.error();
    if (amount->minorUnits() <= 0)
        return Error(ErrorCode::Invalid, tr("The amount must be more than zero."));
    request.amountMinor = amount->minorUnits();
    request.date = m_date->date();
    request.method = invoicing::paymentMethodFromKey(m_method->currentData().toString())
                         .value_or(invoicing::PaymentMethod::BankTransfer);
    request.reference = m_reference->text().trimmed();
    request.note = m_note->text().trimmed();
    for (int row = 0; row < m_allocations->rowCount(); ++row) {
        const QString number = m_allocations->item(row, NumberColumn)->text();
        const auto apply = static_cast<MoneyEdit*>(m_allocations->cellWidget(row, ApplyColumn))
                               ->amount(tr("the amount for %1").arg(number));
        if (!apply)
            return apply.error();
        if (apply->minorUnits() < 0)
            return Error(ErrorCode::Invalid, tr("The amount for %1 cannot be negative.").arg(number));
        if (apply->minorUnits() > 0)
            request.allocations.append(
                {DocumentId(m_allocations->item(row, NumberColumn)->data(Qt::UserRole).toLongLong()),
                 apply->minorUnits()});
    }
    return request;
}

void RecordPaymentDialog::refreshPreview()
{
    m_okButton->setEnabled(false);
    const auto built = request();
    if (!built) {
        m_credit->setText(tr("Left over as customer credit: —"));
        // A fresh form is not an error: say what is missing only once an amount was typed.
        if (m_amount->text().trimmed().isEmpty())
            m_issues->clearIssues();
        else
            m_issues->setIssues({built.error().message}, {});
        return;
    }
    const auto preview = m_payments.preview(*built);
    if (!preview) {
        m_credit->setText(tr("Left over as customer credit: —"));
        m_issues->setIssues({preview.error().message}, {});
        return;
    }
    m_credit->setText(tr("Left over as customer credit: %1").arg(moneyformat::format(preview->toCredit, QLocale())));
    QStringList hints;
    if (built->allocations.isEmpty() && !preview->allocations.isEmpty())
        hints.append(tr("Nothing is applied by hand, so the payment goes to the oldest invoices first."));
    m_issues->setIssues({}, hints);
    m_okButton->setEnabled(true);
}

QString RecordPaymentDialog::creditText() const
{
    return m_credit->text();
}

void RecordPaymentDialog::accept()
{
    const auto built = request();
    if (!built) {
        m_issues->setIssues({built.error().message}, {});
        return;
    }
    auto recorded = m_payments.record(*built);
    if (!recorded) {
        m_issues->setIssues({recorded.error().message}, {});
        m_okButton->setEnabled(false);
        return;
    }
    m_payment = *recorded;
    QDialog::accept();
}

} // namespace subdesk::ui
