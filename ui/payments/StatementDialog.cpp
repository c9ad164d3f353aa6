#include "StatementDialog.h"

#include "CustomerPicker.h"
#include "FormParts.h"
#include "company/CompanyService.h"
#include "customers/CustomerService.h"
#include "invoicing/DocumentIssuer.h"
#include "invoicing/PaymentService.h"
#include "money/MoneyFormat.h"
#include "output/StatementPdf.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/Plural.h"
#include "widgets/SaveFileDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

StatementDialog::StatementDialog(invoicing::PaymentService& payments, customers::CustomerService& customers,
                                 company::CompanyService& company, QDate today, std::optional<CustomerId> customer,
                                 QWidget* parent)
    : QDialog(parent)
    , m_payments(payments)
    , m_company(company)
{
    setObjectName(QStringLiteral("statementDialog"));
    setWindowTitle(tr("Statement of account"));
    setModal(true);
    m_customer = new CustomerPicker(this);
    m_currency = formparts::newCurrencyCombo(QString(), this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_from = formparts::newDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("statementFromEdit"));
    m_to = formparts::newDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("statementToEdit"));
    auto* period = new QHBoxLayout;
    period->setSpacing(8);
    period->addWidget(m_from, 1);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statementSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = formparts::newForm();
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("C&urrency:"), m_currency);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("Statement:"), m_summary);

    m_issues = new FieldIssueLabel(nullptr, this);
    m_issues->setObjectName(QStringLiteral("statementIssues"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("saveStatementButton"));
    m_okButton->setText(tr("Save PDF…"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (const Status loaded = m_customer->load(customers, customer); !loaded)
        m_issues->setIssues({loaded.error().message}, {});
    connect(m_customer, &CustomerPicker::customerChanged, this, &StatementDialog::customerChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &StatementDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &StatementDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatementDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatementDialog::reject);
    customerChanged();
    resize(560, 300);
}

void StatementDialog::customerChanged()
{
    if (const auto customer = m_customer->currentCustomer()) {
        const QSignalBlocker blocker(m_currency);
        m_currency->setCurrentIndex(m_currency->findText(customer->currency));
    }
    refresh();
}

Result<invoicing::Statement> StatementDialog::statement() const
{
    const CustomerId customer = m_customer->currentCustomerId();
    if (!customer.isValid())
        return Error(ErrorCode::Invalid, tr("Choose a customer."));
    const auto currency = formparts::currencyOf(m_currency);
    if (!currency)
        return Error(ErrorCode::Invalid, tr("Choose a currency (an ISO 4217 code such as EUR)."));
    if (m_to->date() < m_from->date())
        return Error(ErrorCode::Invalid, tr("The period must not end before it starts."));

    return m_payments.statement(customer, currency->code(), m_from->date(), m_to->date());
}

void StatementDialog::refresh()
{
    m_okButton->setEnabled(false);
    const auto built = statement();
    if (!built) {
        m_summary->setText(QStringLiteral("—"));
        if (m_customer->currentCustomerId().isValid())
            m_issues->setIssues({built.error().message}, {});
        else
            m_issues->clearIssues();
        return;
    }
    m_issues->clearIssues();
    const auto currency = Currency::fromCode(built->currency()).value_or(Currency());
    const QLocale locale;
    m_summary->setText(
        tr("Opening balance %1, %2, closing balance %3.")
            .arg(moneyformat::format(Money(built->openingMinor(), currency), locale),
                 pluralized(tr("%n item(s)", nullptr, int(built->entries().size())), built->entries().size()),
                 moneyformat::format(Money(built->closingMinor(), currency), locale)));
    m_okButton->setEnabled(true);
}

QString StatementDialog::summaryText() const
{
    return m_summary->text();
}

Status StatementDialog::savePdf(const QString& path) const
{
    const auto built = statement();
    if (!built)
        return built.error();
    const auto customer = m_customer->currentCustomer();
    auto profile = m_company.profile();
    if (!profile)
        return profile.error();
    auto account = m_company.accountFor(built->currency());
    if (!account)
        return account.error();
    const output::StatementPdf::Content content {*built, invoicing::DocumentIssuer::sellerParty(*profile, *account),
                                                 invoicing::DocumentIssuer::buyerParty(*customer), profile->logo,
                                                 customer->language};
    return output::StatementPdf::writePdf(content, path);
}

void StatementDialog::accept()
{
    const auto customer = m_customer->currentCustomer();
    if (!customer)
        return;
    const QString suggested =
        QDir::home().filePath(tr("Statement %1 %2.pdf").arg(customer->displayName, m_to->date().toString(Qt::ISODate)));
    const QString path =
        askSaveFileName(this, tr("Save statement"), suggested, tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    if (const Status written = savePdf(path); !written) {
        m_issues->setIssues({written.error().message}, {});
        return;
    }
    m_saved = path;
    QDialog::accept();
}

} // namespace subdesk::ui
