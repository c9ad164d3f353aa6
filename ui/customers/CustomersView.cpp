#include "CustomersView.h"

#include "CustomerColumns.h"
#include "CustomerDialog.h"
#include "CustomerFilterBar.h"
#include "CustomerFilterModel.h"
#include "CustomerImportWizard.h"
#include "CustomerTableModel.h"
#include "common/Clock.h"
#include "customers/CustomerEditor.h"
#include "io/CustomerCsvExporter.h"
#include "widgets/ColumnsMenu.h"
#include "widgets/Icons.h"
#include "widgets/Plural.h"
#include "widgets/SaveFileDialog.h"
#include "widgets/TextDirectionDelegate.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace subdesk::ui {

using customers::Customer;
using customers::CustomerField;
using customers::CustomerStatus;

CustomersView::CustomersView(customers::CustomerEditor& editor, const Clock& clock, QWidget* parent)
    : SectionView(parent)
    , m_editor(editor)
    , m_clock(clock)
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerFilterModel(this))
    , m_filterBar(new CustomerFilterBar(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(m_table))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("customersView"));
    buildActions();

    m_model->setService(&editor.service());
    connect(m_model, &CustomerTableModel::reloadFailed, this,
            [this](const QString& message) { Q_EMIT messageRequested(message, MessageBar::Kind::Error); });
    if (auto loaded = m_model->reload(); !loaded) {
        // Shown once the window is up; the view stays usable (empty) and can be reloaded by reopening.
        QTimer::singleShot(0, this, [this, message = loaded.error().message] {
            Q_EMIT messageRequested(message, MessageBar::Kind::Error);
        });
    }
    m_proxy->setSourceModel(m_model);
    setUpTable();

    m_emptyLabel->setObjectName(QStringLiteral("customersEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // drawn in the palette's disabled text colour: a hint, not data
    m_emptyLabel->hide();
    m_statusLabel->setObjectName(QStringLiteral("customersStatusLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);

    connect(m_filterBar, &CustomerFilterBar::searchTextChanged, m_proxy, &CustomerFilterModel::setSearchText);
    connect(m_filterBar, &CustomerFilterBar::filtersChanged, this,
            [this] { m_proxy->setFilter(m_filterBar->filter()); });
    m_proxy->setFilter(m_filterBar->filter());

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomersView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CustomersView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CustomersView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CustomersView::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomersView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersView::currentCustomerChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &CustomersView::updateActions);

    m_choicesTimer.setSingleShot(true);
    m_choicesTimer.setInterval(200);
    connect(&m_choicesTimer, &QTimer::timeout, this, &CustomersView::refreshChoices);
    const auto scheduleChoices = [this] { m_choicesTimer.start(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, scheduleChoices);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, scheduleChoices);
    connect(m_model, &QAbstractItemModel::dataChanged, this, scheduleChoices);

    // The filter choices scan every customer: filled just after the first paint, not before it.
    QTimer::singleShot(0, this, &CustomersView::refreshChoices);
    updateStatus();
    updateActions();
}

CustomersView::~CustomersView()
{
    customercolumns::save(m_table->horizontalHeader());
}

void CustomersView::buildActions()
{
    const auto make = [this](const QString& name, const QString& icon, const QString& text, const QString& tip) {
        auto* action = new QAction(themeIcon(icon), text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_newAction =
        make(QStringLiteral("newCustomerAction"), QStringLiteral("add"), tr("&New customer…"), tr("Add a customer"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIconText(tr("New"));
    m_editAction = make(QStringLiteral("editCustomerAction"), QStringLiteral("edit"), tr("&Edit customer…"),
                        tr("Edit the selected customer"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setIconText(tr("Edit"));
    m_archiveAction = make(QStringLiteral("archiveCustomerAction"), QStringLiteral("archive"), tr("&Archive customer"),
                           tr("Archive the selected customer"));
    m_importAction = make(QStringLiteral("importCustomersAction"), QStringLiteral("import"), tr("&Import customers…"),
                          tr("Add customers from a CSV file"));
    m_importAction->setIconText(tr("Import"));
    m_exportAction = make(QStringLiteral("exportCustomersAction"), QStringLiteral("export"), tr("E&xport customers…"),
                          tr("Save the customers shown as a CSV file"));
    m_exportAction->setIconText(tr("Export CSV"));
    m_findAction = new QAction(tr("Find customers"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);

    connect(m_newAction, &QAction::triggered, this, &CustomersView::newCustomer);
    connect(m_editAction, &QAction::triggered, this, &CustomersView::editCurrentCustomer);
    connect(m_archiveAction, &QAction::triggered, this, &CustomersView::toggleArchived);
    connect(m_importAction, &QAction::triggered, this, &CustomersView::importCustomers);
    connect(m_exportAction, &QAction::triggered, this, &CustomersView::exportCustomers);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
}

QWidget* CustomersView::buildToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("customersToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_newAction);
    bar->addAction(m_editAction);
    bar->addAction(m_archiveAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addAction(m_exportAction);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto* columns = new QToolButton(bar);
    columns->setObjectName(QStringLiteral("columnsButton"));
    columns->setText(tr("Columns"));
    columns->setToolTip(tr("Choose the columns to show"));
    columns->setIcon(themeIcon(QStringLiteral("columns")));
    columns->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    columns->setPopupMode(QToolButton::InstantPopup);
    columns->setMenu(m_columnsMenu);
    columns->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    bar->addWidget(columns);
    return bar;
}

void CustomersView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TextDirectionDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Fixed row heights: the view never asks 100,000 rows for their size hint.
    QHeaderView* rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columnsMenu = new ColumnsMenu(header, this);
    connect(m_columnsMenu, &ColumnsMenu::resetRequested, this, &CustomersView::applyDefaultColumns);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& pos) { m_columnsMenu->popup(header->viewport()->mapToGlobal(pos)); });

    if (!customercolumns::restore(header))
        applyDefaultColumns();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());

    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &CustomersView::editCurrentCustomer);
}

void CustomersView::applyDefaultColumns()
{
    customercolumns::applyDefaults(m_table->horizontalHeader());
    // Widths are fitted to the table once it has its real size (see eventFilter).
    m_fitColumnsPending = true;
    if (m_table->isVisible())
        customercolumns::fitToWidth(m_table->horizontalHeader(), fittingWidth());
}

int CustomersView::fittingWidth() const
{
    // The vertical scroll bar may appear only once rows are laid out: leave room for it.
    const QScrollBar* bar = m_table->verticalScrollBar();
    return m_table->viewport()->width() - (bar->isVisible() ? 0 : bar->sizeHint().width());
}

bool CustomersView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            editCurrentCustomer();
            return true;
        }
    }
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        m_emptyLabel->setGeometry(m_table->viewport()->geometry());
        if (m_fitColumnsPending && m_table->isVisible() && m_table->viewport()->width() > 100) {
            m_fitColumnsPending = false;
            customercolumns::fitToWidth(m_table->horizontalHeader(), fittingWidth());
        }
    }
    return SectionView::eventFilter(watched, event);
}

QList<QAction*> CustomersView::menuActions(Menu menu) const
{
    if (menu == Menu::File)
        return {m_importAction, m_exportAction};
    return {m_newAction, m_editAction, m_archiveAction};
}

std::optional<Customer> CustomersView::currentCustomer() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->customerAt(m_proxy->mapToSource(current).row());
}

void CustomersView::setDetailPanel(QWidget* panel)
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("customersSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->indexOf(m_table), splitter, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
}

void CustomersView::updateActions()
{
    const auto current = currentCustomer();
    m_editAction->setEnabled(current.has_value());
    m_archiveAction->setEnabled(current.has_value());
    const bool archived = current && current->status == CustomerStatus::Archived;
    m_archiveAction->setText(archived ? tr("&Restore customer") : tr("&Archive customer"));
    m_archiveAction->setIconText(archived ? tr("Restore") : tr("Archive"));
    m_archiveAction->setIcon(themeIcon(archived ? QStringLiteral("restore") : QStringLiteral("archive")));
    m_archiveAction->setToolTip(archived ? tr("Make the selected customer active again")
                                         : tr("Archive the selected customer; archived customers are kept but hidden"));
}

void CustomersView::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_statusLabel->setText(
        pluralized(tr("Showing %1 of %Ln customer(s)", nullptr, total), total).arg(QLocale().toString(shown)));
    if (shown == 0) {
        m_emptyLabel->setText(total == 0 ? tr("No customers yet.\nAdd one with New or bring a list in with Import.")
                                         : tr("No customers match the search and filters."));
        m_emptyLabel->setGeometry(m_table->viewport()->geometry());
        m_emptyLabel->show();
        m_emptyLabel->raise();
    } else {
        m_emptyLabel->hide();
    }
    updateActions();
}

void CustomersView::refreshChoices()
{
    m_filterBar->setChoices(m_model->segments(), m_model->tags(), m_model->countries());
}

void CustomersView::selectCustomer(CustomerId id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CustomersView::newCustomer()
{
    Q_EMIT activationRequested();
    CustomerDialog dialog(m_editor, std::nullopt, m_clock.today(), this);
    dialog.setSuggestions(m_model->segments(), m_model->tags());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Customer& added = dialog.savedCustomer();
    selectCustomer(added.id);
    if (m_model->rowOf(added.id) >= 0 && !m_proxy->mapFromSource(m_model->index(m_model->rowOf(added.id), 0)).isValid())
        Q_EMIT messageRequested(tr("Added %1. The current search or filters hide it.").arg(added.displayName),
                                MessageBar::Kind::Information);
    else
        Q_EMIT messageRequested(tr("Added %1.").arg(added.displayName), MessageBar::Kind::Positive);
}

void CustomersView::editCurrentCustomer()
{
    const auto current = currentCustomer();
    if (!current)
        return;
    Q_EMIT activationRequested();
    // Start from the stored customer, not the row in memory: the CLI or another window may have
    // changed it since the list was loaded.
    const auto stored = m_editor.service().find(current->id);
    if (!stored) {
        Q_EMIT messageRequested(stored.error().message, MessageBar::Kind::Error);
        return;
    }
    CustomerDialog dialog(m_editor, *stored, m_clock.today(), this);
    dialog.setSuggestions(m_model->segments(), m_model->tags());
    if (dialog.exec() == QDialog::Accepted)
        selectCustomer(dialog.savedCustomer().id);
}

void CustomersView::toggleArchived()
{
    const auto current = currentCustomer();
    if (!current)
        return;
    const bool archived = current->status == CustomerStatus::Archived;
    auto changed = archived ? m_editor.restore(current->id) : m_editor.archive(current->id);
    if (!changed) {
        Q_EMIT messageRequested(changed.error().message, MessageBar::Kind::Error);
        return;
    }
    Q_EMIT messageRequested(archived ? tr("Restored %1.").arg(changed->displayName)
                                     : tr("Archived %1. Undo brings it back.").arg(changed->displayName),
                            MessageBar::Kind::Positive);
    updateActions();
}

void CustomersView::importCustomers()
{
    Q_EMIT activationRequested();
    CustomerImportWizard wizard(m_editor.service(), m_clock.today(), this);
    if (wizard.exec() != QDialog::Accepted || wizard.importedCount() == 0)
        return;
    Q_EMIT messageRequested(
        pluralized(tr("Imported %Ln customer(s).", nullptr, wizard.importedCount()), wizard.importedCount()),
        MessageBar::Kind::Positive);
}

Result<int> CustomersView::exportShownRows(const QString& path) const
{
    QList<Customer> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->customerAt(m_proxy->sourceRow(row)));
    if (auto written = io::CustomerCsvExporter::writeFile(path, shown); !written)
        return written.error();
    return int(shown.size());
}

void CustomersView::exportCustomers()
{
    Q_EMIT activationRequested();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        askSaveFileName(this, tr("Export customers"), QDir(folder).filePath(tr("customers") + QStringLiteral(".csv")),
                        tr("CSV files (*.csv);;All files (*)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    const auto exported = exportShownRows(path);
    if (!exported) {
        Q_EMIT messageRequested(exported.error().message, MessageBar::Kind::Error);
        return;
    }
    Q_EMIT messageRequested(pluralized(tr("Exported %Ln customer(s) to %1.", nullptr, *exported), *exported)
                                .arg(QDir::toNativeSeparators(path)),
                            MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
