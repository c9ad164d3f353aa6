#include "InvoiceDetailPane.h"

#include "InvoiceTableModel.h"
#include "billing/BillingCalendar.h"
#include "common/Clock.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"
#include "subscriptions/DocumentLinesTree.h"
#include "subscriptions/SubscriptionTexts.h"
#include "widgets/Percent.h"
#include "widgets/Plural.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using billing::Document;
using billing::DocumentKind;
using billing::DocumentStatus;

namespace {

QString money(const Money& amount)
{
    return subscriptiontext::money(amount);
}

QString date(QDate day)
{
    return subscriptiontext::date(day);
}

QTreeWidget* makeTree(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

void alignAmount(QTreeWidgetItem* item, int column)
{
    item->setTextAlignment(column, Qt::AlignTrailing | Qt::AlignVCenter);
}

} // namespace

InvoiceDetailPane::InvoiceDetailPane(invoicing::InvoiceService& invoices, invoicing::PaymentService& payments,
                                     const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_invoices(invoices)
    , m_paymentService(payments)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a document to see its lines, tax, payments and credit notes."), this))
    , m_body(new QWidget(this))
    , m_buttonRow(new QWidget(this))
    , m_buttons(new QHBoxLayout(m_buttonRow))
    , m_tabs(new QTabWidget(m_body))
    , m_lines(new DocumentLinesTree(m_tabs))
{
    setObjectName(QStringLiteral("invoiceDetailPane"));
    m_title->setObjectName(QStringLiteral("invoiceDetailTitle"));
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("invoiceDetailHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    auto* facts = new QFormLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setHorizontalSpacing(10);
    facts->setVerticalSpacing(3);
    facts->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    auto* factsHolder = new QWidget(m_body);
    factsHolder->setObjectName(QStringLiteral("invoiceFacts"));
    factsHolder->setLayout(facts);
    factsHolder->setMinimumWidth(260);
    factsHolder->setMaximumWidth(360);
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("number"), tr("Number:")},
        {QStringLiteral("status"), tr("Status:")},
        {QStringLiteral("customer"), tr("Customer:")},
        {QStringLiteral("date"), tr("Date:")},
        {QStringLiteral("due"), tr("Due:")},
        {QStringLiteral("supply"), tr("Supply period:")},
        {QStringLiteral("corrects"), tr("Corrects:")},
        {QStringLiteral("net"), tr("Net:")},
        {QStringLiteral("tax"), tr("Tax:")},
        {QStringLiteral("total"), tr("Total:")},
        {QStringLiteral("creditApplied"), tr("Paid from credit:")},
        {QStringLiteral("paid"), tr("Paid:")},
        {QStringLiteral("credited"), tr("Credited:")},
        {QStringLiteral("balance"), tr("Balance:")},
    };
    for (const auto& [key, text] : rows) {
        auto* value = new QLabel(factsHolder);
        value->setObjectName(QStringLiteral("invoiceFact_%1").arg(key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        auto* label = new QLabel(text, factsHolder);
        label->setEnabled(false);
        facts->addRow(label, value);
        m_facts.append({key, value});
    }
    QFont bold = font();
    bold.setBold(true);
    if (QLabel* balance = m_facts.constLast().second)
        balance->setFont(bold);

    m_lines->setObjectName(QStringLiteral("invoiceLines"));
    m_taxes = makeTree(QStringLiteral("invoiceTaxes"),
                       {tr("Rate"), tr("Category"), tr("Taxable"), tr("Tax"), tr("Exemption")}, m_tabs);
    m_taxes->headerItem()->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
    m_taxes->headerItem()->setTextAlignment(3, Qt::AlignTrailing | Qt::AlignVCenter);
    m_payments = makeTree(
        QStringLiteral("invoicePayments"),
        {tr("Date"), tr("Kind"), tr("Method"), tr("Reference"), tr("For this document"), tr("Payment")}, m_tabs);
    m_payments->headerItem()->setTextAlignment(4, Qt::AlignTrailing | Qt::AlignVCenter);
    m_payments->headerItem()->setTextAlignment(5, Qt::AlignTrailing | Qt::AlignVCenter);
    m_creditNotes =
        makeTree(QStringLiteral("invoiceCreditNotes"), {tr("Number"), tr("Date"), tr("Amount"), tr("Reason")}, m_tabs);
    m_creditNotes->headerItem()->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
    m_tabs->setObjectName(QStringLiteral("invoiceDetailTabs"));
    m_tabs->addTab(m_lines, tr("Lines"));
    m_tabs->addTab(m_taxes, tr("Tax"));
    m_tabs->addTab(m_payments, tr("Payments"));
    m_tabs->addTab(m_creditNotes, tr("Credit notes"));

    auto* bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(16);
    bodyLayout->addWidget(factsHolder, 0, Qt::AlignTop);
    bodyLayout->addWidget(m_tabs, 1);

    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setSpacing(4);
    auto* titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_buttonRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_placeholder, 1);
    showEmpty();
}

void InvoiceDetailPane::setActions(const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        auto* button = new QToolButton(m_buttonRow);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        // Only what the document allows: a draft offers Issue, an open invoice Record payment.
        button->setVisible(action->isEnabled());
        connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isEnabled()); });
        m_buttons->addWidget(button);
    }
}

QString InvoiceDetailPane::factText(const QString& key) const
{
    for (const auto& [name, label] : m_facts) {
        if (name == key)
            return label->text();
    }
    return {};
}

void InvoiceDetailPane::setFact(const QString& key, const QString& value)
{
    auto* form = static_cast<QFormLayout*>(m_facts.constFirst().second->parentWidget()->layout());
    for (int i = 0; i < m_facts.size(); ++i) {
        if (m_facts.at(i).first != key)
            continue;
        QLabel* label = m_facts.at(i).second;
        label->setText(value);
        label->setStyleSheet(QString());
        form->setRowVisible(i, !value.isEmpty());
        return;
    }
}

void InvoiceDetailPane::showEmpty()
{
    m_id = DocumentId();
    m_document.reset();
    m_preview.reset();
    m_title->clear();
    m_hint->hide();
    m_body->hide();
    m_buttonRow->hide();
    m_placeholder->show();
}

void InvoiceDetailPane::showDocument(DocumentId id)
{
    if (!id.isValid()) {
        showEmpty();
        return;
    }
    auto document = m_invoices.document(id);
    if (!document) {
        showEmpty();
        Q_EMIT failed(document.error().message);
        return;
    }
    m_id = id;
    m_document = *document;
    m_preview.reset();
    m_hint->hide();
    if (!document->isIssued()) {
        auto preview = m_invoices.previewIssue(id, m_clock.today());
        if (preview) {
            m_preview = *preview;
            m_hint->setText(tr("Issuing it today gives it the number %1, %2 tax and a total of %3.")
                                .arg(preview->number, money(preview->taxTotal), money(preview->total)));
        } else {
            m_hint->setText(tr("It cannot be issued as it is: %1").arg(preview.error().message));
        }
        m_hint->show();
    }
    const Document& shown = m_preview ? *m_preview : *document;
    fillHeader(*document, shown);
    m_lines->setLines(shown.lines);
    fillTaxes(shown);
    fillPayments(*document);
    fillCreditNotes(*document);
    m_placeholder->hide();
    m_body->show();
    m_buttonRow->show();
}

std::optional<Document> InvoiceDetailPane::readDocument()
{
    if (!m_id.isValid())
        return std::nullopt;
    auto document = m_invoices.document(m_id);
    if (!document) {
        Q_EMIT failed(document.error().message);
        return std::nullopt;
    }
    return *document;
}

void InvoiceDetailPane::fillHeader(const Document& document, const Document& shown)
{
    const DocumentStatus status = document.status(m_clock.today());
    const QString kind = billing::documentKindName(document.kind);
    if (document.isIssued())
        m_title->setText(tr("%1 %2").arg(kind, document.number));
    else
        m_title->setText(tr("Draft %1").arg(kind.toLower()));

    setFact(QStringLiteral("number"),
            document.isIssued() ? document.number
                                : (m_preview ? tr("%1 when issued today").arg(m_preview->number) : tr("None yet")));
    setFact(QStringLiteral("status"), billing::documentStatusName(status));
    if (const QColor color = InvoiceTableModel::statusColor(status); color.isValid()) {
        for (const auto& [key, label] : m_facts) {
            if (key == QStringLiteral("status"))
                label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
        }
    }
    const QString customer =
        shown.buyer.name.isEmpty() ? tr("Customer %1").arg(document.customerId.value) : shown.buyer.name;
    setFact(QStringLiteral("customer"), customer);
    setFact(QStringLiteral("date"), date(document.isIssued() ? document.issueDate : document.date));
    setFact(QStringLiteral("due"), date(shown.dueDate));
    setFact(QStringLiteral("supply"),
            shown.supplyFrom.isValid() ? billing::BillingPeriod {shown.supplyFrom, shown.supplyTo}.toString()
                                       : QString());
    setFact(QStringLiteral("corrects"),
            document.correctsId.isValid()
                ? tr("%1 of %2").arg(document.correctsNumber, date(document.correctsIssueDate))
                : QString());
    const bool taxed = shown.isIssued() || m_preview;
    setFact(QStringLiteral("net"), taxed ? money(shown.netTotal) : QString());
    setFact(QStringLiteral("tax"), taxed ? money(shown.taxTotal) : QString());
    setFact(QStringLiteral("total"), money(shown.total));
    const auto nonZero = [](const Money& amount) { return amount.isZero() ? QString() : money(amount); };
    setFact(QStringLiteral("creditApplied"), nonZero(document.creditApplied));
    setFact(QStringLiteral("paid"), nonZero(document.paid));
    setFact(QStringLiteral("credited"), nonZero(document.credited));
    setFact(QStringLiteral("balance"), document.kind == DocumentKind::Invoice ? money(shown.balance()) : QString());
}

void InvoiceDetailPane::fillTaxes(const Document& shown)
{
    m_taxes->clear();
    for (const billing::TaxGroup& group : shown.taxes) {
        auto* item = new QTreeWidgetItem(m_taxes);
        item->setText(0, percent::format(group.rateBp));
        item->setText(1, tax::taxCategoryName(group.category));
        item->setText(2, money(group.taxable));
        item->setText(3, money(group.tax));
        item->setText(4, group.exemptionText);
        item->setToolTip(4, group.exemptionCode);
        alignAmount(item, 2);
        alignAmount(item, 3);
    }
    if (shown.taxes.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_taxes);
        item->setText(0, shown.isIssued() ? tr("No tax") : tr("Tax is computed when the draft is issued"));
        item->setFirstColumnSpanned(true);
        item->setDisabled(true);
    }
    m_taxes->resizeColumnToContents(0);
    m_tabs->setTabText(
        1, shown.taxes.isEmpty() ? tr("Tax") : tr("Tax (%1)").arg(QLocale().toString(qsizetype(shown.taxes.size()))));
}

void InvoiceDetailPane::fillPayments(const Document& document)
{
    m_payments->clear();
    QList<invoicing::Payment> payments;
    if (document.isIssued() && document.kind == DocumentKind::Invoice) {
        auto read = m_paymentService.paymentsForDocument(document.id);
        if (read)
            payments = *read;
        else
            Q_EMIT failed(read.error().message);
    }
    for (const invoicing::Payment& payment : payments) {
        auto* item = new QTreeWidgetItem(m_payments);
        item->setText(0, date(payment.date));
        item->setText(1, invoicing::paymentKindName(payment.kind));
        item->setText(2, invoicing::paymentMethodName(payment.method));
        item->setText(3, payment.reference);
        Money here;
        for (const invoicing::PaymentAllocation& allocation : payment.allocations) {
            if (allocation.documentId == document.id)
                here = allocation.amount;
        }
        item->setText(4, money(here));
        item->setText(5, money(payment.amount));
        if (payment.allocations.size() > 1)
            item->setToolTip(5,
                             pluralized(tr("Shared over %Ln invoice(s)", nullptr, int(payment.allocations.size())),
                                        payment.allocations.size()));
        alignAmount(item, 4);
        alignAmount(item, 5);
    }
    if (!document.creditApplied.isZero()) {
        auto* item = new QTreeWidgetItem(m_payments);
        item->setText(1, tr("Customer credit"));
        item->setText(4, money(document.creditApplied));
        alignAmount(item, 4);
    }
    const int count = m_payments->topLevelItemCount();
    m_tabs->setTabText(2, count == 0 ? tr("Payments") : tr("Payments (%1)").arg(QLocale().toString(count)));
    for (int column = 0; column < 5; ++column)
        m_payments->resizeColumnToContents(column);
}

void InvoiceDetailPane::fillCreditNotes(const Document& document)
{
    m_creditNotes->clear();
    if (document.isIssued() && document.kind == DocumentKind::Invoice) {
        // Also when the invoice was paid first: then its credit notes became customer credit.
        auto notes = m_invoices.creditNotesFor(document.id);
        if (!notes)
            Q_EMIT failed(notes.error().message);
        for (const Document& note : notes ? *notes : QList<Document>()) {
            auto* item = new QTreeWidgetItem(m_creditNotes);
            item->setText(0, note.number);
            item->setText(1, date(note.issueDate));
            item->setText(2, money(note.total));
            item->setText(3, note.note);
            item->setData(0, Qt::UserRole, note.id.value);
            alignAmount(item, 2);
        }
    }
    const int count = m_creditNotes->topLevelItemCount();
    m_tabs->setTabText(3, count == 0 ? tr("Credit notes") : tr("Credit notes (%1)").arg(QLocale().toString(count)));
    for (int column = 0; column < 3; ++column)
        m_creditNotes->resizeColumnToContents(column);
}

} // namespace subdesk::ui
