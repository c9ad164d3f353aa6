#include "InvoicesView.h"

#include "DocumentFileCommands.h"
#include "InvoiceCommands.h"
#include "InvoiceDetailPane.h"
#include "InvoiceFilterBar.h"
#include "InvoiceTableModel.h"
#include "common/Clock.h"
#include "company/CompanyService.h"
#include "invoicing/InvoiceService.h"
#include "money/MoneyFormat.h"
#include "storage/CompanyFile.h"
#include "widgets/Plural.h"
#include "widgets/TextDirectionDelegate.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace subdesk::ui {

using invoicing::DocumentRow;

namespace {

const QString kHeaderKey = QStringLiteral("invoicesView/header");
const QString kSplitterKey = QStringLiteral("invoicesView/splitter");

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
    , m_actions(this)
    , m_commands(new InvoiceCommands(company, clock, *m_detail, this))
    , m_files(new DocumentFileCommands(company.company(), company.invoices(), clock, *m_detail, this))
{
    setObjectName(QStringLiteral("invoicesView"));
    connectActions();
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

    m_detail->setActions(m_actions.detailActions());
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
    layout->addWidget(m_actions.makeToolBar(this));
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

void InvoicesView::connectActions()
{
    connect(m_actions.newInvoice(), &QAction::triggered, m_commands, &InvoiceCommands::newInvoice);
    connect(m_actions.editDraft(), &QAction::triggered, m_commands, &InvoiceCommands::editDraft);
    connect(m_actions.issue(), &QAction::triggered, m_commands, &InvoiceCommands::issueDocument);
    connect(m_actions.issueAll(), &QAction::triggered, m_commands, &InvoiceCommands::issueAllDrafts);
    connect(m_actions.recordPayment(), &QAction::triggered, m_commands, &InvoiceCommands::recordPayment);
    connect(m_actions.credit(), &QAction::triggered, m_commands, &InvoiceCommands::creditDocument);
    connect(m_actions.uncollectible(), &QAction::triggered, m_commands, &InvoiceCommands::markUncollectible);
    connect(m_actions.applyCredit(), &QAction::triggered, m_commands, &InvoiceCommands::applyCustomerCredit);
    connect(m_actions.deleteDraft(), &QAction::triggered, m_commands, &InvoiceCommands::deleteDraft);
    connect(m_actions.savePdf(), &QAction::triggered, m_files, &DocumentFileCommands::savePdf);
    connect(m_actions.print(), &QAction::triggered, m_files, &DocumentFileCommands::printDocument);
    connect(m_actions.saveUbl(), &QAction::triggered, m_files, &DocumentFileCommands::saveUbl);
    connect(m_actions.exportDocuments(), &QAction::triggered, m_files, &DocumentFileCommands::exportDocuments);

    connect(m_commands, &InvoiceCommands::changed, this, &InvoicesView::afterChange);
    connect(m_commands, &InvoiceCommands::messageRequested, this, &SectionView::messageRequested);
    connect(m_commands, &InvoiceCommands::activationRequested, this, &SectionView::activationRequested);
    connect(m_files, &DocumentFileCommands::messageRequested, this, &SectionView::messageRequested);
    connect(m_files, &DocumentFileCommands::activationRequested, this, &SectionView::activationRequested);
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
        if (m_actions.issue()->isEnabled())
            m_commands->issueDocument();
        else if (m_actions.print()->isEnabled())
            m_files->printDocument();
    });
}

QList<QAction*> InvoicesView::menuActions(Menu menu) const
{
    return m_actions.menuActions(menu);
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
    m_actions.enableFor(m_detail->document(), m_clock.today());
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
    m_actions.contextMenu()->popup(m_table->viewport()->mapToGlobal(position));
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

} // namespace subdesk::ui
