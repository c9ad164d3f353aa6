#include "RefundDialog.h"

#include "catalog/MoneyEdit.h"
#include "customers/CustomerService.h"
#include "money/MoneyFormat.h"
#include "payments/CustomerPicker.h"
#include "payments/FormParts.h"
#include "widgets/FieldIssueLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

RefundDialog::RefundDialog(invoicing::PaymentService& payments, customers::CustomerService& customers, QDate today,
                           std::optional<CustomerId> customer, QWidget* parent)
    : QDialog(parent)
    , m_payments(payments)
    , m_today(today)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund customer credit"));
    setModal(true);
    buildLayout();
    if (const Status loaded = m_customer->load(customers, customer); !loaded)
        m_issues->setIssues({loaded.error().message}, {});
    connect(m_customer, &CustomerPicker::customerChanged, this, &RefundDialog::customerChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &RefundDialog::currencyChanged);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::validate);
    customerChanged();
    resize(520, 340);
}

void RefundDialog::buildLayout()
{
    m_customer = new CustomerPicker(this);
    m_available = new QLabel(this);
    m_available->setObjectName(QStringLiteral("availableCreditLabel"));
    m_available->setWordWrap(true);
    m_available->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
    m_date = formparts::newDateEdit(m_today, this);
    m_date->setObjectName(QStringLiteral("refundDateEdit"));
    m_method = formparts::newPaymentMethodCombo(this);
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("refundReferenceEdit"));
    m_reference->setPlaceholderText(tr("Bank reference of the transfer"));

    auto* form = formparts::newForm();
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("Credit:"), m_available);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);

    m_issues = new FieldIssueLabel(m_amount, this);
    m_issues->setObjectName(QStringLiteral("refundIssues"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("refundButton"));
    m_okButton->setText(tr("Refund"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RefundDialog::reject);
}

void RefundDialog::customerChanged()
{
    m_credit.clear();
    const auto customer = m_customer->currentCustomer();
    if (customer) {
        auto balances = m_payments.creditBalances(customer->id);
        if (balances)
            m_credit = *balances;
        else
            m_issues->setIssues({balances.error().message}, {});
    }
    QStringList codes;
    for (auto it = m_credit.cbegin(); it != m_credit.cend(); ++it) {
        if (it.value().minorUnits() > 0)
            codes.append(it.key());
    }
    std::sort(codes.begin(), codes.end());
    QStringList amounts;
    for (const QString& code : std::as_const(codes))
        amounts.append(moneyformat::format(m_credit.value(code), QLocale()));
    m_available->setText(!customer             ? tr("Choose a customer to see their credit.")
                             : codes.isEmpty() ? tr("No credit to refund.")
                                               : tr("Available: %1").arg(amounts.join(QStringLiteral(", "))));
    {
        const QSignalBlocker blocker(m_currency);
        m_currency->clear();
        m_currency->addItems(codes);
        if (customer && !codes.contains(customer->currency))
            m_currency->addItem(customer->currency);
        const int preferred = customer ? m_currency->findText(customer->currency) : -1;
        // The customer's own currency when they have credit in it, else the first with credit.
        m_currency->setCurrentIndex(
            preferred >= 0 && codes.contains(customer->currency) ? preferred : (codes.isEmpty() ? preferred : 0));
    }
    currencyChanged();
}

void RefundDialog::currencyChanged()
{
    if (const auto currency = Currency::fromCode(m_currency->currentText())) {
        m_amount->setCurrency(*currency);
        const Money credit = m_credit.value(currency->code(), Money::zero(*currency));
        const QSignalBlocker blocker(m_amount);
        if (credit.minorUnits() > 0)
            m_amount->setAmount(credit);
        else
            m_amount->clear();
    }
    validate();
}

Result<Money> RefundDialog::checkedAmount() const
{
    if (!m_customer->currentCustomer())
        return Error(ErrorCode::Invalid, tr("Choose a customer."));
    const auto currency = Currency::fromCode(m_currency->currentText());
    if (!currency)
        return Error(ErrorCode::Invalid, tr("Choose a currency."));
    const Money available = m_credit.value(currency->code(), Money::zero(*currency));
    if (available.minorUnits() <= 0)
        return Error(ErrorCode::Invalid,
                     tr("%1 has no credit in %2 to refund.").arg(m_customer->currentText(), currency->code()));
    const auto amount = m_amount->amount(tr("the amount"));
    if (!amount)
        return amount.error();
    if (amount->minorUnits() <= 0)
        return Error(ErrorCode::Invalid, tr("The amount must be more than zero."));
    if (amount->minorUnits() > available.minorUnits())
        return Error(ErrorCode::Invalid,
                     tr("At most %1 can be refunded: that is all the credit in %2.")
                         .arg(moneyformat::format(available, QLocale()), currency->code()));
    return *amount;
}

void RefundDialog::validate()
{
    const auto amount = checkedAmount();
    const auto currency = Currency::fromCode(m_currency->currentText());
    const bool noCredit = !currency || m_credit.value(currency->code()).minorUnits() <= 0;
    if (amount || !m_customer->currentCustomer())
        m_issues->clearIssues();
    else if (noCredit) // nothing the clerk typed is wrong: there is just nothing to pay back
        m_issues->setIssues({}, {amount.error().message});
    else
        m_issues->setIssues({amount.error().message}, {});
    m_okButton->setEnabled(amount.ok());
}

QString RefundDialog::availableText() const
{
    return m_available->text();
}

QString RefundDialog::issueText() const
{
    return m_issues->level() == FieldIssueLabel::Level::None ? QString() : m_issues->text();
}

void RefundDialog::accept()
{
    const auto amount = checkedAmount();
    if (!amount) {
        m_issues->setIssues({amount.error().message}, {});
        return;
    }
    auto refunded = m_payments.refund(m_customer->currentCustomerId(), amount->currency().code(), amount->minorUnits(),
                                      m_date->date(),
                                      invoicing::paymentMethodFromKey(m_method->currentData().toString())
                                          .value_or(invoicing::PaymentMethod::BankTransfer),
                                      m_reference->text().trimmed());
    if (!refunded) {
        m_issues->setIssues({refunded.error().message}, {});
        m_okButton->setEnabled(false);
        return;
    }
    m_refund = *refunded;
    QDialog::accept();
}

} // namespace subdesk::ui
