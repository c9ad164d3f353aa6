#include "InvoicesView.h"

#include "BatchExportDialog.h"
#include "CreditNoteDialog.h"
#include "DocumentFiles.h"
#include "InvoiceDetailPane.h"
#include "InvoiceFilterBar.h"
#include "InvoicePrompts.h"
#include "InvoiceTableModel.h"
#include "IssueDialog.h"
#include "ManualInvoiceDialog.h"
#include "RecordPaymentDialog.h"
#include "common/Clock.h"
#include "company/CompanyService.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"
#include "money/MoneyFormat.h"
#include "storage/CompanyFile.h"
#include "widgets/BusyCursor.h"
#include "widgets/Icons.h"
#include "widgets/Plural.h"
#include "widgets/SaveFileDialog.h"
#include "widgets/TextDirectionDelegate.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace subdesk::ui {

using billing::DocumentKind;
using billing::DocumentStatus;
using invoicing::DocumentRow;

namespace {

const QString kHeaderKey = QStringLiteral("invoicesView/header");
const QString kSplitterKey = QStringLiteral("invoicesView/splitter");
const QString kFolderKey = QStringLiteral("invoicesView/folder");

bool collectible(DocumentStatus status)
{
    return status == DocumentStatus::Open || status == DocumentStatus::Overdue
        || status == DocumentStatus::PartiallyPaid;
}

QString lastFolder()
{
    return QSettings()
        .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

} // namespace

InvoicesView::InvoicesView(storage::CompanyFile& company, const Clock& clock, QWidget* parent)
    : SectionView(parent)
    , m_company(company)
    , m_clock(clock)
    , m_model(new InvoiceTableModel(company.invoices(), this))
    , m_filters(new InvoiceFilterBar(clock.today(), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_emptyLabel(new QLabel(m_table))
    , m_detail(new InvoiceDetailPane(company.invoices(), company.payments(), clock, m_splitter))
    , m_totalsLabel(new QLabel(this))
    , m_totalsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("invoicesView"));
    buildActions();
    setUpTable();

    m_emptyLabel->setObjectName(QStringLiteral("invoicesEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_emptyLabel->hide();
    m_totalsLabel->setObjectName(QStringLiteral("invoicesTotalsLabel"));
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Several currencies make a long line: wrap it rather than widen the window.
    m_totalsLabel->setWordWrap(true);
    m_totalsTimer->setSingleShot(true);
    m_totalsTimer->setInterval(0);
    connect(m_totalsTimer, &QTimer::timeout, this, &InvoicesView::updateTotalsNow);

    m_detail->setActions({m_issueAction, m_editAction, m_deleteAction, m_paymentAction, m_creditAction,
                          m_uncollectibleAction, m_pdfAction, m_printAction, m_ublAction});
    m_splitter->setObjectName(QStringLiteral("invoicesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({400, 320});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_totalsLabel);

    connect(m_filters, &InvoiceFilterBar::changed, this, &InvoicesView::applyFilters);
    connect(m_model, &InvoiceTableModel::failed, this, &InvoicesView::reportError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyLabel();
        currentRowChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesView::currentRowChanged);
    connect(m_detail, &InvoiceDetailPane::failed, this, &InvoicesView::reportError);
    updateActions();
}

InvoicesView::~InvoicesView()
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void InvoicesView::buildActions()
{
    const auto make = [this](const QString& name, const QString& icon, const QString& text, const QString& iconText,
                             const QString& tip, void (InvoicesView::*slot)()) {
        auto* action = icon.isEmpty() ? new QAction(text, this) : new QAction(themeIcon(icon), text, this);
        action->setObjectName(name);
        action->setIconText(iconText);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(QStringLiteral("newInvoiceAction"), QStringLiteral("add"), tr("&New invoice…"), tr("New…"),
                       tr("Write a manual invoice or a one-off charge"), &InvoicesView::newInvoice);
    m_editAction = make(QStringLiteral("editDraftAction"), QStringLiteral("edit"), tr("&Edit draft…"), tr("Edit…"),
                        tr("Change the lines of the selected manual draft"), &InvoicesView::editDraft);
    m_issueAction = make(QStringLiteral("issueAction"), QStringLiteral("invoices"), tr("&Issue…"), tr("Issue…"),
                         tr("Number the selected draft and make it final"), &InvoicesView::issueDocument);
    m_issueAllAction =
        make(QStringLiteral("issueAllAction"), QString(), tr("Issue &all drafts…"), tr("Issue all drafts…"),
             tr("Number every draft dated up to today and make them final"), &InvoicesView::issueAllDrafts);
    m_paymentAction =
        make(QStringLiteral("recordPaymentAction"), QStringLiteral("payments"), tr("Record &payment…"), tr("Payment…"),
             tr("Record money received for the selected invoice"), &InvoicesView::recordPayment);
    m_creditAction = make(QStringLiteral("creditAction"), QStringLiteral("restore"), tr("&Credit…"), tr("Credit…"),
                          tr("Issue a credit note against the selected invoice"), &InvoicesView::creditDocument);
    m_uncollectibleAction =
        make(QStringLiteral("uncollectibleAction"), QString(), tr("Mark &uncollectible…"), tr("Uncollectible…"),
             tr("Write the selected invoice off as never to be paid"), &InvoicesView::markUncollectible);
    m_applyCreditAction =
        make(QStringLiteral("applyCreditAction"), QString(), tr("Apply customer cre&dit"), tr("Apply credit"),
             tr("Settle the selected invoice with the customer's credit balance in its currency"),
             &InvoicesView::applyCustomerCredit);
    m_deleteAction = make(QStringLiteral("deleteDraftAction"), QString(), tr("&Delete draft…"), tr("Delete…"),
                          tr("Delete the selected draft"), &InvoicesView::deleteDraft);
    m_pdfAction = make(QStringLiteral("savePdfAction"), QString(), tr("Save &PDF…"), tr("PDF…"),
                       tr("Save the selected document as a PDF file"), &InvoicesView::savePdf);
    m_printAction = make(QStringLiteral("printAction"), QString(), tr("P&rint…"), tr("Print…"),
                         tr("Print the selected document, with a preview"), &InvoicesView::printDocument);
    m_ublAction =
        make(QStringLiteral("saveUblAction"), QString(), tr("Save &UBL…"), tr("UBL…"),
             tr("Save the selected document as a UBL e-invoice (EN 16931, Peppol BIS 3.0)"), &InvoicesView::saveUbl);
    m_exportAction =
        make(QStringLiteral("exportDocumentsAction"), QStringLiteral("export"), tr("E&xport documents…"), tr("Export…"),
             tr("Save the PDF and UBL files of every document issued in a date range"), &InvoicesView::exportDocuments);
    m_printAction->setShortcut(QKeySequence::Print);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("invoicesContextMenu"));
    m_contextMenu->addActions({m_issueAction, m_editAction, m_deleteAction});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_paymentAction, m_applyCreditAction, m_creditAction, m_uncollectibleAction});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_pdfAction, m_printAction, m_ublAction});
}

QWidget* InvoicesView::buildToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("invoicesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_newAction);
    bar->addAction(m_issueAction);
    bar->addAction(m_paymentAction);
    bar->addAction(m_creditAction);
    bar->addSeparator();
    bar->addAction(m_pdfAction);
    bar->addAction(m_printAction);
    bar->addAction(m_ublAction);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_issueAllAction);
    bar->addAction(m_exportAction);
    return bar;
}

void InvoicesView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("invoicesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TextDirectionDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights: the view never asks a million rows for their size hint (nor reads their pages).
    QHeaderView* rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 20; };
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    const QString amount = moneyformat::format(Money(123456789, *Currency::fromCode(QStringLiteral("EUR"))), QLocale());
    header->resizeSection(InvoiceTableModel::NumberColumn, width(QStringLiteral("INV-2026-000000")));
    header->resizeSection(InvoiceTableModel::DateColumn, width(date));
    header->resizeSection(InvoiceTableModel::DueColumn, width(date));
    header->resizeSection(InvoiceTableModel::CustomerColumn, width(QStringLiteral("Hämäläinen Ohjelmisto Oy")));
    header->resizeSection(InvoiceTableModel::StatusColumn, width(tr("Partially paid")));
    header->resizeSection(InvoiceTableModel::TotalColumn, width(amount));
    header->resizeSection(InvoiceTableModel::BalanceColumn, width(amount));
    header->setSectionResizeMode(InvoiceTableModel::CustomerColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    // The clerk's own widths and order; the sort is the model's (set before the first query).
    if (!header->restoreState(QSettings().value(kHeaderKey).toByteArray())
        || !InvoiceTableModel::sortKeyFor(header->sortIndicatorSection()))
        header->setSortIndicator(InvoiceTableModel::DateColumn, Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (InvoiceTableModel::sortKeyFor(column)) {
            // A new order starts at the top, as the clerk expects (and reads the first page only).
            m_table->scrollToTop();
            return;
        }
        // Status has no order in the database: put the indicator back where the sort is.
        const QSignalBlocker blocker(header);
        const invoicing::DocumentSort& sort = m_model->documentSort();
        header->setSortIndicator(InvoiceTableModel::columnFor(sort.key),
                                 sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::customContextMenuRequested, this, &InvoicesView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_issueAction->isEnabled())
            issueDocument();
        else if (m_printAction->isEnabled())
            printDocument();
    });
}

QList<QAction*> InvoicesView::menuActions(Menu menu) const
{
    if (menu == Menu::File)
        return {m_exportAction, m_pdfAction, m_printAction, m_ublAction};
    return {m_newAction,         m_editAction,   m_issueAction,         m_issueAllAction, m_paymentAction,
            m_applyCreditAction, m_creditAction, m_uncollectibleAction, m_deleteAction};
}

void InvoicesView::showEvent(QShowEvent* event)
{
    SectionView::showEvent(event);
    // Every time: documents change elsewhere (billing runs, payments, the CLI). A count and one page.
    QTimer::singleShot(0, this, [this] {
        if (auto loaded = reload(); !loaded)
            reportError(loaded.error().message);
    });
}

bool InvoicesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_emptyLabel->setGeometry(m_table->viewport()->geometry());
    return SectionView::eventFilter(watched, event);
}

Status InvoicesView::reload()
{
    const DocumentId current = m_detail->documentId();
    const int currentRow = m_table->currentIndex().row();
    if (!m_loaded) {
        auto series = m_company.company().numberSeries();
        if (series)
            m_filters->setSeries(*series);
    }
    QHeaderView* header = m_table->horizontalHeader();
    invoicing::DocumentSort sort;
    sort.key = InvoiceTableModel::sortKeyFor(header->sortIndicatorSection()).value_or(invoicing::DocumentSortKey::Date);
    sort.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    Status status = m_model->setQuery(m_filters->filter(m_clock.today()), sort);
    m_loaded = true;
    if (current.isValid()) {
        // Where it was, if it is still there (the page is read anyway to paint it).
        if (currentRow >= 0)
            m_model->rowAt(std::min(currentRow, m_model->rowCount() - 1));
        selectDocument(current);
    }
    scheduleTotals();
    return status;
}

void InvoicesView::applyFilters()
{
    // Other documents: start at the top (and read no page deep down where the old list was).
    m_table->setCurrentIndex({});
    m_table->scrollToTop();
    if (auto loaded = reload(); !loaded)
        reportError(loaded.error().message);
}

void InvoicesView::scheduleTotals()
{
    m_totalsLabel->setText(pluralized(tr("%Ln document(s)", nullptr, m_model->rowCount()), m_model->rowCount()));
    m_totalsTimer->start();
}

void InvoicesView::updateTotalsNow()
{
    m_totalsTimer->stop();
    const int count = m_model->rowCount();
    QStringList parts {pluralized(tr("%Ln document(s)", nullptr, count), count)};
    auto totals = m_company.invoices().totals(m_model->filter());
    if (!totals) {
        reportError(totals.error().message);
    } else {
        const bool several = totals->size() > 1;
        for (const invoicing::DocumentTotals& one : *totals) {
            const auto currency = Currency::fromCode(one.currency);
            if (!currency)
                continue;
            const QString total = moneyformat::format(Money(one.totalMinor, *currency), QLocale());
            const QString balance = moneyformat::format(Money(one.balanceMinor, *currency), QLocale());
            parts.append(several ? tr("%1: Total %2 · Balance %3").arg(one.currency, total, balance)
                                 : tr("Total %1 · Balance %2").arg(total, balance));
        }
    }
    m_totalsLabel->setText(parts.join(QStringLiteral(" · ")));
}

std::optional<DocumentRow> InvoicesView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->rowAt(current.row());
}

void InvoicesView::selectDocument(DocumentId id)
{
    int row = m_model->cachedRowOf(id);
    if (row < 0 && m_model->rowCount() > 0) {
        m_model->rowAt(0); // the first page: where a new or just issued document usually is
        row = m_model->cachedRowOf(id);
    }
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->setCurrentIndex({});
    }
    if (m_detail->documentId() != id || row < 0)
        m_detail->showDocument(id);
    updateActions();
}

void InvoicesView::currentRowChanged()
{
    const auto current = currentRow();
    if (current && current->id != m_detail->documentId())
        m_detail->showDocument(current->id);
    else if (!current && !m_table->currentIndex().isValid() && m_detail->documentId().isValid()
             && m_model->cachedRowOf(m_detail->documentId()) >= 0)
        m_detail->showDocument({});
    updateActions();
}

void InvoicesView::updateActions()
{
    const std::optional<billing::Document>& document = m_detail->document();
    const auto status = document ? std::optional<DocumentStatus>(document->status(m_clock.today())) : std::nullopt;
    const bool draft = status == DocumentStatus::Draft;
    const bool invoice = document && document->kind == DocumentKind::Invoice;
    const bool issued = document && document->isIssued();
    m_issueAction->setEnabled(draft);
    m_editAction->setEnabled(draft && invoice && !document->runId.isValid());
    m_deleteAction->setEnabled(draft);
    m_paymentAction->setEnabled(invoice && issued && status && collectible(*status));
    m_creditAction->setEnabled(invoice && issued && status != DocumentStatus::Credited);
    m_uncollectibleAction->setEnabled(invoice && issued && status && collectible(*status));
    m_applyCreditAction->setEnabled(invoice && issued && status && collectible(*status));
    m_pdfAction->setEnabled(issued);
    m_printAction->setEnabled(issued);
    m_ublAction->setEnabled(issued);
}

void InvoicesView::updateEmptyLabel()
{
    if (m_model->rowCount() > 0 || !m_loaded) {
        m_emptyLabel->hide();
        return;
    }
    m_emptyLabel->setText(m_filters->isFiltering()
                              ? tr("No documents match the filters.")
                              : tr("No invoices yet.\nRun billing on the Subscriptions page or write one with New."));
    m_emptyLabel->setGeometry(m_table->viewport()->geometry());
    m_emptyLabel->show();
    m_emptyLabel->raise();
}

void InvoicesView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_contextMenu->popup(m_table->viewport()->mapToGlobal(position));
}

void InvoicesView::reportError(const QString& message)
{
    Q_EMIT messageRequested(message, MessageBar::Kind::Error);
}

void InvoicesView::afterChange(DocumentId id, const QString& message)
{
    if (auto loaded = reload(); !loaded)
        reportError(loaded.error().message);
    if (id.isValid())
        selectDocument(id);
    // Read again even when it stayed the current one: its status, number or balance changed.
    m_detail->refresh();
    updateActions();
    if (!message.isEmpty())
        Q_EMIT messageRequested(message, MessageBar::Kind::Positive);
}

std::optional<billing::Document> InvoicesView::currentDocument()
{
    const DocumentId id = m_detail->documentId();
    if (!id.isValid())
        return std::nullopt;
    auto document = m_company.invoices().document(id);
    if (!document) {
        reportError(document.error().message);
        return std::nullopt;
    }
    return *document;
}

void InvoicesView::newInvoice()
{
    Q_EMIT activationRequested();
    const std::optional<billing::Document>& shown = m_detail->document();
    ManualInvoiceDialog dialog(m_company.invoices(), m_company.customers(), m_clock.today(), {},
                               shown ? std::optional<CustomerId>(shown->customerId) : std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const billing::Document& written = dialog.document();
    afterChange(written.id,
                written.isIssued() ? tr("Invoice %1 issued.").arg(written.number) : tr("Draft invoice saved."));
}

void InvoicesView::editDraft()
{
    const auto document = currentDocument();
    if (!document || document->isIssued())
        return;
    Q_EMIT activationRequested();
    ManualInvoiceDialog dialog(m_company.invoices(), m_company.customers(), m_clock.today(), document->id, std::nullopt,
                               this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const billing::Document& written = dialog.document();
    afterChange(written.id,
                written.isIssued() ? tr("Invoice %1 issued.").arg(written.number) : tr("Draft invoice saved."));
}

void InvoicesView::issueDocument()
{
    const auto document = currentDocument();
    if (!document || document->isIssued())
        return;
    Q_EMIT activationRequested();
    IssueDialog dialog(m_company.invoices(), document->id, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.issued())
        return;
    const billing::Document& issued = *dialog.issued();
    afterChange(issued.id, tr("%1 %2 issued.").arg(billing::documentKindName(issued.kind), issued.number));
}

void InvoicesView::issueAllDrafts()
{
    Q_EMIT activationRequested();
    const QDate today = m_clock.today();
    auto ids = m_company.invoices().draftIds(today);
    if (!ids) {
        reportError(ids.error().message);
        return;
    }
    if (ids->isEmpty()) {
        Q_EMIT messageRequested(tr("There are no drafts dated up to today to issue."), MessageBar::Kind::Information);
        return;
    }
    if (!InvoicePrompts::confirmIssueAll(this, ids->size(), today))
        return;
    Result<QList<billing::Document>> issued = [&] {
        BusyCursor busy;
        return m_company.invoices().issueAll(*ids, today);
    }();
    if (!issued) {
        reportError(tr("No draft was issued: %1").arg(issued.error().message));
        return;
    }
    QString message = pluralized(tr("%Ln document(s) issued", nullptr, int(issued->size())), issued->size());
    if (!issued->isEmpty())
        message = tr("%1: %2 to %3.").arg(message, issued->constFirst().number, issued->constLast().number);
    afterChange(issued->isEmpty() ? DocumentId() : issued->constFirst().id, message);
}

void InvoicesView::recordPayment()
{
    const auto document = currentDocument();
    if (!document || !document->isIssued() || document->kind != DocumentKind::Invoice)
        return;
    Q_EMIT activationRequested();
    RecordPaymentDialog dialog(m_company.payments(), m_company.invoices(), m_company.customers(), m_clock.today(),
                               document->customerId, document->id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const invoicing::Payment& payment = dialog.payment();
    afterChange(document->id, tr("Payment of %1 recorded.").arg(moneyformat::format(payment.amount, QLocale())));
}

void InvoicesView::creditDocument()
{
    const auto document = currentDocument();
    if (!document || !document->isIssued() || document->kind != DocumentKind::Invoice)
        return;
    Q_EMIT activationRequested();
    CreditNoteDialog dialog(m_company.invoices(), document->id, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const billing::Document& note = dialog.creditNote();
    afterChange(document->id, tr("Credit note %1 issued against %2.").arg(note.number, document->number));
}

void InvoicesView::markUncollectible()
{
    const auto document = currentDocument();
    if (!document || !document->isIssued())
        return;
    Q_EMIT activationRequested();
    if (!InvoicePrompts::confirmUncollectible(this, *document))
        return;
    if (auto marked = m_company.invoices().markUncollectible(document->id); !marked) {
        reportError(marked.error().message);
        return;
    }
    afterChange(document->id, tr("Invoice %1 marked uncollectible.").arg(document->number));
}

void InvoicesView::applyCustomerCredit()
{
    const auto document = currentDocument();
    if (!document || !document->isIssued())
        return;
    Q_EMIT activationRequested();
    auto applied = m_company.invoices().applyCredit(document->id);
    if (!applied) {
        reportError(applied.error().message);
        return;
    }
    afterChange(
        document->id,
        tr("Applied %1 of customer credit to %2.").arg(moneyformat::format(*applied, QLocale()), document->number));
}

void InvoicesView::deleteDraft()
{
    const auto document = currentDocument();
    if (!document || document->isIssued())
        return;
    Q_EMIT activationRequested();
    if (!InvoicePrompts::confirmDeleteDraft(this, *document))
        return;
    if (auto deleted = m_company.invoices().deleteDraft(document->id); !deleted) {
        reportError(deleted.error().message);
        return;
    }
    m_detail->showDocument({});
    afterChange({}, tr("Draft deleted."));
}

void InvoicesView::savePdf()
{
    const auto document = currentDocument();
    if (!document || !document->isIssued())
        return;
    Q_EMIT activationRequested();
    const QString path = askSaveFileName(
        this, tr("Save PDF"), QDir(lastFolder()).filePath(DocumentFiles::baseName(*document) + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    DocumentFiles files(m_company.company());
    BusyCursor busy;
    if (auto written = files.writePdf(*document, path); !written) {
        reportError(written.error().message);
        return;
    }
    Q_EMIT messageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Positive);
}

void InvoicesView::printDocument()
{
    const auto document = currentDocument();
    if (!document || !document->isIssued())
        return;
    Q_EMIT activationRequested();
    DocumentFiles files(m_company.company());
    files.printPreview(*document, this);
}

void InvoicesView::saveUbl()
{
    const auto document = currentDocument();
    if (!document || !document->isIssued())
        return;
    Q_EMIT activationRequested();
    const QString path =
        askSaveFileName(this, tr("Save UBL e-invoice"),
                        QDir(lastFolder()).filePath(DocumentFiles::baseName(*document) + QStringLiteral(".xml")),
                        tr("UBL e-invoices (*.xml)"), QStringLiteral("xml"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    DocumentFiles files(m_company.company());
    if (auto written = files.writeUbl(*document, path); !written) {
        reportError(written.error().message);
        return;
    }
    Q_EMIT messageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Kind::Positive);
}

void InvoicesView::exportDocuments()
{
    Q_EMIT activationRequested();
    BatchExportDialog dialog(m_company.invoices(), m_company.company(), m_clock.today(), lastFolder(), this);
    dialog.exec();
    if (!dialog.folder().isEmpty())
        QSettings().setValue(kFolderKey, dialog.folder());
    if (!dialog.summary().isEmpty())
        Q_EMIT messageRequested(dialog.summary(),
                                dialog.failures() > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
