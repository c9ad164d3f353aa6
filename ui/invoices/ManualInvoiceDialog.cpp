#include "ManualInvoiceDialog.h"

#include "catalog/MoneyEdit.h"
#include "customers/CustomerService.h"
#include "money/MoneyFormat.h"
#include "payments/CustomerPicker.h"
#include "payments/FormParts.h"
#include "widgets/FieldIssueLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

using invoicing::ManualInvoice;
using invoicing::ManualLine;

namespace {

constexpr int kMaxQuantity = 1000000;
/** A period date edit at this date shows "None": the line has no supply period. */
const QDate kNoDate(2000, 1, 1);

QDateEdit* newPeriodEdit(QWidget* parent)
{
    auto* edit = formparts::newDateEdit(kNoDate, parent);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(ManualInvoiceDialog::tr("None"));
    return edit;
}

QDate periodDate(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

const QList<tax::TaxClass>& taxClasses()
{
    static const QList<tax::TaxClass> classes {tax::TaxClass::Standard, tax::TaxClass::Reduced, tax::TaxClass::Reduced2,
                                               tax::TaxClass::SuperReduced, tax::TaxClass::Zero};
    return classes;
}

} // namespace

ManualInvoiceDialog::ManualInvoiceDialog(invoicing::InvoiceService& invoices, customers::CustomerService& customers,
                                         QDate today, DocumentId draft, std::optional<CustomerId> customer,
                                         QWidget* parent)
    : QDialog(parent)
    , m_invoices(invoices)
    , m_customers(customers)
    , m_today(today)
    , m_draftId(draft)
    , m_presetCustomer(customer)
{
    setObjectName(QStringLiteral("manualInvoiceDialog"));
    setWindowTitle(draft.isValid() ? tr("Edit draft invoice") : tr("New invoice"));
    setModal(true);
    buildLayout();

    if (const Status loaded = m_customer->load(customers, customer); !loaded)
        m_issues->setIssues({loaded.error().message}, {});
    if (m_draftId.isValid())
        loadDraft();
    else {
        addLine();
        customerChanged();
    }
    connect(m_customer, &CustomerPicker::customerChanged, this, &ManualInvoiceDialog::customerChanged);
    resize(960, 600);
    refresh();
}

void ManualInvoiceDialog::buildLayout()
{
    m_customer = new CustomerPicker(this);
    m_currency = formparts::newCurrencyCombo(QString(), this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_date = formparts::newDateEdit(m_today, this);
    m_date->setObjectName(QStringLiteral("invoiceDateEdit"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional, printed on the invoice"));

    auto* left = formparts::newForm();
    left->addRow(tr("C&ustomer:"), m_customer);
    left->addRow(tr("&Note:"), m_note);
    auto* right = formparts::newForm();
    right->addRow(tr("C&urrency:"), m_currency);
    right->addRow(tr("&Date:"), m_date);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("invoiceLinesTable"));
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit price"), tr("Tax class"),
                                        tr("Period from"), tr("Period to"), tr("Net")});
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setMinimumSectionSize(90);
    m_lines->horizontalHeaderItem(NetColumn)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    m_addLine = new QPushButton(tr("&Add line"), this);
    m_addLine->setObjectName(QStringLiteral("addLineButton"));
    m_removeLine = new QPushButton(tr("&Remove line"), this);
    m_removeLine->setObjectName(QStringLiteral("removeLineButton"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("netTotalLabel"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_total);

    m_issues = new FieldIssueLabel(nullptr, this);
    m_issues->setObjectName(QStringLiteral("invoiceIssues"));
    m_issueNow = new QCheckBox(tr("&Issue now (gives the invoice its number; it cannot be edited afterwards)"), this);
    m_issueNow->setObjectName(QStringLiteral("issueNowCheck"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("saveInvoiceButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(columns);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_issues);
    layout->addWidget(m_issueNow);
    layout->addWidget(m_buttons);

    connect(m_currency, &QComboBox::currentTextChanged, this, &ManualInvoiceDialog::currencyChanged);
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        const int row = addLine();
        m_lines->setCurrentCell(row, DescriptionColumn);
        m_lines->cellWidget(row, DescriptionColumn)->setFocus();
    });
    connect(m_removeLine, &QPushButton::clicked, this, &ManualInvoiceDialog::removeSelectedLines);
    connect(m_lines, &QTableWidget::itemSelectionChanged, this, &ManualInvoiceDialog::refresh);
    // Typing in a line's field makes it the current line, so "Remove line" removes that one.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now || !m_lines->viewport()->isAncestorOf(now))
            return;
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            for (int column = 0; column < NetColumn; ++column) {
                QWidget* field = m_lines->cellWidget(row, column);
                if (field && (field == now || field->isAncestorOf(now))) {
                    if (m_lines->currentRow() != row)
                        m_lines->selectRow(row);
                    return;
                }
            }
        }
    });
    connect(m_issueNow, &QCheckBox::toggled, this, &ManualInvoiceDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ManualInvoiceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ManualInvoiceDialog::reject);
}

int ManualInvoiceDialog::addLine()
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto* description = new QLineEdit(m_lines);
    description->setObjectName(QStringLiteral("lineDescriptionEdit"));
    description->setPlaceholderText(tr("What is charged"));
    auto* quantity = new QSpinBox(m_lines);
    quantity->setObjectName(QStringLiteral("lineQuantitySpin"));
    quantity->setRange(1, kMaxQuantity);
    quantity->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    auto* price = new MoneyEdit(m_lines);
    price->setObjectName(QStringLiteral("lineUnitPriceEdit"));
    price->setCurrency(currency().value_or(Currency()));
    auto* taxClass = new QComboBox(m_lines);
    taxClass->setObjectName(QStringLiteral("lineTaxClassCombo"));
    for (const tax::TaxClass value : taxClasses())
        taxClass->addItem(tax::taxClassName(value), tax::taxClassKey(value));
    auto* from = newPeriodEdit(m_lines);
    from->setObjectName(QStringLiteral("linePeriodFromEdit"));
    auto* to = newPeriodEdit(m_lines);
    to->setObjectName(QStringLiteral("linePeriodToEdit"));
    to->setToolTip(tr("The day after the last day supplied (periods run [from, to))"));
    m_lines->setCellWidget(row, DescriptionColumn, description);
    m_lines->setCellWidget(row, QuantityColumn, quantity);
    m_lines->setCellWidget(row, UnitPriceColumn, price);
    m_lines->setCellWidget(row, TaxClassColumn, taxClass);
    m_lines->setCellWidget(row, PeriodFromColumn, from);
    m_lines->setCellWidget(row, PeriodToColumn, to);
    auto* net = new QTableWidgetItem;
    net->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    net->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_lines->setItem(row, NetColumn, net);

    connect(description, &QLineEdit::textChanged, this, &ManualInvoiceDialog::refresh);
    connect(quantity, &QSpinBox::valueChanged, this, &ManualInvoiceDialog::refresh);
    connect(price, &QLineEdit::textChanged, this, &ManualInvoiceDialog::refresh);
    connect(from, &QDateEdit::dateChanged, this, &ManualInvoiceDialog::refresh);
    connect(to, &QDateEdit::dateChanged, this, &ManualInvoiceDialog::refresh);
    refresh();
    return row;
}

void ManualInvoiceDialog::setLine(int row, const QString& description, int quantity, const QString& unitPrice,
                                  tax::TaxClass taxClass)
{
    static_cast<QLineEdit*>(m_lines->cellWidget(row, DescriptionColumn))->setText(description);
    static_cast<QSpinBox*>(m_lines->cellWidget(row, QuantityColumn))->setValue(quantity);
    static_cast<QLineEdit*>(m_lines->cellWidget(row, UnitPriceColumn))->setText(unitPrice);
    auto* classes = static_cast<QComboBox*>(m_lines->cellWidget(row, TaxClassColumn));
    classes->setCurrentIndex(classes->findData(tax::taxClassKey(taxClass)));
}

int ManualInvoiceDialog::lineCount() const
{
    return m_lines->rowCount();
}

void ManualInvoiceDialog::removeSelectedLines()
{
    QList<int> rows;
    for (const QModelIndex& index : m_lines->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_lines->currentRow() >= 0)
        rows.append(m_lines->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_lines->removeRow(row);
    refresh();
}

void ManualInvoiceDialog::loadDraft()
{
    auto draft = m_invoices.document(m_draftId);
    if (!draft) {
        m_issues->setIssues({draft.error().message}, {});
        return;
    }
    if (draft->isIssued()) {
        m_issues->setIssues({tr("Invoice %1 is issued and can no longer be edited.").arg(draft->number)}, {});
        m_okButton->setEnabled(false);
        return;
    }
    m_customer->setCurrentCustomer(draft->customerId);
    m_currency->setCurrentText(draft->currency.code());
    m_date->setDate(draft->date.isValid() ? draft->date : m_today);
    m_note->setText(draft->note);
    for (const billing::DocumentLine& line : std::as_const(draft->lines)) {
        const int row = addLine();
        const qint64 quantity = std::max<qint64>(1, line.item.quantity);
        // Billing lines carry no unit price: their amount is the price of one line.
        const bool exact = line.unitPriceMinor.has_value();
        setLine(row, line.item.description, int(exact ? quantity : 1), QString(), line.taxClass);
        static_cast<MoneyEdit*>(m_lines->cellWidget(row, UnitPriceColumn))
            ->setAmount(Money(exact ? *line.unitPriceMinor : line.item.amount.minorUnits(), draft->currency));
        // A line without a period keeps only its start (the draft's date): that is no period.
        if (line.item.periodStart.isValid() && line.item.periodEnd.isValid()) {
            static_cast<QDateEdit*>(m_lines->cellWidget(row, PeriodFromColumn))->setDate(line.item.periodStart);
            static_cast<QDateEdit*>(m_lines->cellWidget(row, PeriodToColumn))->setDate(line.item.periodEnd);
        }
    }
    if (m_lines->rowCount() == 0)
        addLine();
}

void ManualInvoiceDialog::customerChanged()
{
    if (const auto customer = m_customer->currentCustomer())
        m_currency->setCurrentIndex(m_currency->findText(customer->currency));
    refresh();
}

void ManualInvoiceDialog::currencyChanged()
{
    if (const auto chosen = currency()) {
        for (int row = 0; row < m_lines->rowCount(); ++row)
            static_cast<MoneyEdit*>(m_lines->cellWidget(row, UnitPriceColumn))->setCurrency(*chosen);
    }
    refresh();
}

std::optional<Currency> ManualInvoiceDialog::currency() const
{
    return formparts::currencyOf(m_currency);
}

Result<ManualLine> ManualInvoiceDialog::lineAt(int row) const
{
    const QString where = tr("Line %1").arg(QLocale().toString(row + 1));
    ManualLine line;
    line.description = static_cast<QLineEdit*>(m_lines->cellWidget(row, DescriptionColumn))->text().trimmed();
    if (line.description.isEmpty())
        return Error(ErrorCode::Invalid, tr("%1: enter a description.").arg(where));
    line.quantity = static_cast<QSpinBox*>(m_lines->cellWidget(row, QuantityColumn))->value();
    const auto price = static_cast<MoneyEdit*>(m_lines->cellWidget(row, UnitPriceColumn))->amount();
    if (!price)
        return Error(ErrorCode::Invalid, tr("%1: %2").arg(where, price.error().message));
    line.unitPriceMinor = price->minorUnits();
    line.taxClass = tax::taxClassFromKey(
                        static_cast<QComboBox*>(m_lines->cellWidget(row, TaxClassColumn))->currentData().toString())
                        .value_or(tax::TaxClass::Standard);
    line.periodStart = periodDate(static_cast<QDateEdit*>(m_lines->cellWidget(row, PeriodFromColumn)));
    line.periodEnd = periodDate(static_cast<QDateEdit*>(m_lines->cellWidget(row, PeriodToColumn)));
    if (line.periodStart.isValid() != line.periodEnd.isValid())
        return Error(ErrorCode::Invalid, tr("%1: give both ends of the period, or neither.").arg(where));
    if (line.periodStart.isValid() && line.periodEnd <= line.periodStart)
        return Error(ErrorCode::Invalid, tr("%1: the period must end after it starts.").arg(where));
    return line;
}

QStringList ManualInvoiceDialog::problems() const
{
    QStringList problems;
    if (!m_customer->currentCustomer())
        problems.append(tr("Choose a customer."));
    if (!currency())
        problems.append(tr("Choose a currency (an ISO 4217 code such as EUR)."));
    if (m_lines->rowCount() == 0)
        problems.append(tr("Add at least one line."));
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (const auto line = lineAt(row); !line)
            problems.append(line.error().message);
    }
    return problems;
}

Result<ManualInvoice> ManualInvoiceDialog::invoice() const
{
    if (const QStringList found = problems(); !found.isEmpty())
        return Error(ErrorCode::Invalid, found.first());
    ManualInvoice invoice;
    invoice.customerId = m_customer->currentCustomerId();
    invoice.currency = currency()->code();
    invoice.date = m_date->date();
    invoice.note = m_note->text().trimmed();
    for (int row = 0; row < m_lines->rowCount(); ++row)
        invoice.lines.append(*lineAt(row));
    return invoice;
}

Money ManualInvoiceDialog::netTotal() const
{
    const Currency chosen = currency().value_or(Currency());
    Money total = Money::zero(chosen);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto line = lineAt(row);
        if (!line)
            return Money::zero(chosen);
        const auto net = Money(line->unitPriceMinor, chosen).multiplied(line->quantity);
        const auto sum = net ? total.add(*net) : Result<Money>(net.error());
        if (!sum)
            return Money::zero(chosen);
        total = *sum;
    }
    return total;
}

void ManualInvoiceDialog::refresh()
{
    const auto chosen = currency();
    const QLocale locale;
    bool allRead = chosen.has_value();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        QTableWidgetItem* net = m_lines->item(row, NetColumn);
        const int quantity = static_cast<QSpinBox*>(m_lines->cellWidget(row, QuantityColumn))->value();
        const auto price = chosen ? static_cast<MoneyEdit*>(m_lines->cellWidget(row, UnitPriceColumn))->amount()
                                  : Result<Money>(Error(ErrorCode::Invalid, QString()));
        const auto amount = price ? price->multiplied(quantity) : Result<Money>(price.error());
        net->setText(amount ? moneyformat::format(*amount, locale) : QStringLiteral("—"));
        allRead = allRead && amount.ok();
    }
    m_removeLine->setEnabled(m_lines->rowCount() > 0);
    m_total->setText(
        allRead && m_lines->rowCount() > 0
            ? tr("Net total: %1 (tax is added when the invoice is issued)").arg(moneyformat::format(netTotal(), locale))
            : tr("Net total: —"));

    const QStringList found = problems();
    // Say what is missing only once the clerk has started: a fresh form is not an error.
    const bool touched = m_customer->currentCustomer().has_value() || m_lines->rowCount() > 1
        || (m_lines->rowCount() == 1
            && !static_cast<QLineEdit*>(m_lines->cellWidget(0, DescriptionColumn))->text().isEmpty());
    if (touched)
        m_issues->setIssues(found, {});
    else
        m_issues->clearIssues();
    m_okButton->setEnabled(found.isEmpty());
    m_okButton->setText(m_issueNow->isChecked() ? tr("Save and issue") : tr("Save draft"));
}

void ManualInvoiceDialog::accept()
{
    const auto request = invoice();
    if (!request) {
        m_issues->setIssues({request.error().message}, {});
        return;
    }
    auto saved = m_draftId.isValid() ? m_invoices.updateDraft(m_draftId, *request) : m_invoices.createDraft(*request);
    if (!saved) {
        m_issues->setIssues({saved.error().message}, {});
        return;
    }
    m_document = *saved;
    m_draftId = saved->id;
    setWindowTitle(tr("Edit draft invoice"));
    if (m_issueNow->isChecked()) {
        auto issued = m_invoices.issue(m_draftId, m_date->date());
        if (!issued) {
            // The draft is saved: a second OK updates it instead of making another.
            m_issues->setIssues({tr("Saved as a draft, but not issued: %1").arg(issued.error().message)}, {});
            return;
        }
        m_document = *issued;
    }
    QDialog::accept();
}

} // namespace subdesk::ui
