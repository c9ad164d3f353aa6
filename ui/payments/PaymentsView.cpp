#include "PaymentsView.h"

#include "AgingPage.h"
#include "PaymentListPage.h"
#include "StatementDialog.h"
#include "invoices/RecordPaymentDialog.h"
#include "invoices/RefundDialog.h"
#include "money/MoneyFormat.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QDir>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace subdesk::ui {

PaymentsView::PaymentsView(storage::CompanyFile& company, const Clock& clock, QWidget* parent)
    : SectionView(parent)
    , m_company(company)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("paymentsView"));
    m_recordAction = new QAction(themeIcon(QStringLiteral("add")), tr("&Record payment…"), this);
    m_recordAction->setObjectName(QStringLiteral("recordPaymentAction"));
    m_recordAction->setIconText(tr("Record payment"));
    m_recordAction->setToolTip(tr("Record a payment received and apply it to open invoices"));
    m_refundAction = new QAction(themeIcon(QStringLiteral("restore")), tr("Re&fund…"), this);
    m_refundAction->setObjectName(QStringLiteral("refundAction"));
    m_refundAction->setIconText(tr("Refund"));
    m_refundAction->setToolTip(tr("Pay a customer's credit back"));
    m_statementAction = new QAction(themeIcon(QStringLiteral("export")), tr("&Statement of account…"), this);
    m_statementAction->setObjectName(QStringLiteral("statementAction"));
    m_statementAction->setIconText(tr("Statement"));
    m_statementAction->setToolTip(tr("Save a customer's statement of account as PDF"));

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("paymentsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_recordAction);
    bar->addAction(m_refundAction);
    bar->addSeparator();
    bar->addAction(m_statementAction);

    m_list = new PaymentListPage(company.payments(), this);
    m_aging = new AgingPage(company.payments(), clock.today(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("paymentsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_list, tr("Payments"));
    m_tabs->addTab(m_aging, tr("Aging"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_recordAction, &QAction::triggered, this, &PaymentsView::recordPayment);
    connect(m_refundAction, &QAction::triggered, this, &PaymentsView::refund);
    connect(m_statementAction, &QAction::triggered, this, &PaymentsView::statement);
    const auto error = [this](const QString& message) { Q_EMIT messageRequested(message, MessageBar::Kind::Error); };
    connect(m_list, &PaymentListPage::errorOccurred, this, error);
    connect(m_aging, &AgingPage::errorOccurred, this, error);
    connect(m_aging, &AgingPage::exported, this, [this](const QString& path) {
        Q_EMIT messageRequested(tr("Saved the aging report as %1.").arg(QDir::toNativeSeparators(path)),
                                MessageBar::Kind::Positive);
    });
}

QList<QAction*> PaymentsView::menuActions(Menu menu) const
{
    if (menu == Menu::File)
        return {m_statementAction};
    return {m_recordAction, m_refundAction};
}

void PaymentsView::showEvent(QShowEvent* event)
{
    SectionView::showEvent(event);
    reload();
}

void PaymentsView::reload()
{
    m_list->reload();
    m_aging->reload();
}

void PaymentsView::recordPayment()
{
    Q_EMIT activationRequested();
    RecordPaymentDialog dialog(m_company.payments(), m_company.invoices(), m_company.customers(), m_clock.today(),
                               std::nullopt, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const invoicing::Payment& payment = dialog.payment();
    Q_EMIT messageRequested(tr("Recorded %1 from %2.")
                                .arg(moneyformat::format(payment.amount, QLocale()),
                                     payment.customerName.isEmpty() ? tr("the customer") : payment.customerName),
                            MessageBar::Kind::Positive);
}

void PaymentsView::refund()
{
    Q_EMIT activationRequested();
    RefundDialog dialog(m_company.payments(), m_company.customers(), m_clock.today(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT messageRequested(tr("Refunded %1.").arg(moneyformat::format(dialog.refund().amount, QLocale())),
                            MessageBar::Kind::Positive);
}

void PaymentsView::statement()
{
    Q_EMIT activationRequested();
    StatementDialog dialog(m_company.payments(), m_company.customers(), m_company.company(), m_clock.today(),
                           std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT messageRequested(tr("Saved the statement as %1.").arg(QDir::toNativeSeparators(dialog.savedPath())),
                            MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
