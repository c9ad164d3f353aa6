#include "CatalogListPage.h"

#include "CatalogFilterModel.h"
#include "CatalogRoles.h"
#include "widgets/Icons.h"
#include "widgets/TextDirectionDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace subdesk::ui {

CatalogListPage::CatalogListPage(const QString& name, QAbstractItemModel* model, const QList<QAction*>& actions,
                                 QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CatalogFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_archived(new QCheckBox(tr("Show archived"), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table))
    , m_status(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Page"));
    m_proxy->setSourceModel(model);

    auto* bar = new QToolBar(this);
    bar->setObjectName(name + QStringLiteral("ToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addActions(actions);

    m_search->setObjectName(name + QStringLiteral("SearchEdit"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themeIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_archived->setObjectName(name + QStringLiteral("ShowArchivedCheck"));
    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_search, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_archived);

    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TextDirectionDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);

    m_empty->setObjectName(name + QStringLiteral("EmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();
    m_status->setObjectName(name + QStringLiteral("StatusLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(bar);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CatalogFilterModel::setSearchText);
    connect(m_archived, &QCheckBox::toggled, m_proxy, &CatalogFilterModel::setShowArchived);
    connect(m_table, &QTableView::doubleClicked, this, &CatalogListPage::activated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogListPage::currentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogListPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogListPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CatalogListPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogListPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_table->isVisible())
            fitColumns();
        else
            m_fitPending = true;
    });
    updateStatus();
}

void CatalogListPage::setArchivedText(const QString& text, const QString& toolTip)
{
    m_archived->setText(text);
    m_archived->setToolTip(toolTip);
}

void CatalogListPage::setEmptyTexts(const QString& noneYet, const QString& noMatch)
{
    m_noneYet = noneYet;
    m_noMatch = noMatch;
    updateStatus();
}

void CatalogListPage::setStatusFormat(std::function<QString(int, int)> format)
{
    m_statusFormat = std::move(format);
    updateStatus();
}

int CatalogListPage::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void CatalogListPage::selectId(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        if (source.data(catalogroles::IdRole).toLongLong() != id)
            continue;
        if (!m_proxy->mapFromSource(source).isValid() && source.data(catalogroles::ArchivedRole).toBool())
            m_archived->setChecked(true);
        const QModelIndex shown = m_proxy->mapFromSource(source);
        if (shown.isValid()) {
            m_table->setCurrentIndex(shown);
            m_table->scrollTo(shown);
        }
        return;
    }
}

void CatalogListPage::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    QList<int> widths;
    for (int column = 0; column < header->count(); ++column)
        widths.append(header->sectionSize(column) + 24);
    // When the contents are wider than the table, the widest columns give way (their text is
    // elided, the tooltip has it all) so that every column stays in view without scrolling.
    QList<int> ascending = widths;
    std::sort(ascending.begin(), ascending.end());
    int remaining = m_table->viewport()->width();
    int cap = std::numeric_limits<int>::max();
    for (int i = 0; i < ascending.size(); ++i) {
        const int fair = remaining / int(ascending.size() - i);
        if (ascending.at(i) > fair) {
            cap = std::max(fair, 80);
            break;
        }
        remaining -= ascending.at(i);
    }
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::min(widths.at(column), cap));
}

void CatalogListPage::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_status->setText(m_statusFormat ? m_statusFormat(shown, total) : QString());
    if (shown == 0) {
        m_empty->setText(total == 0 ? m_noneYet : m_noMatch);
        m_empty->setGeometry(m_table->viewport()->geometry());
        m_empty->show();
        m_empty->raise();
    } else {
        m_empty->hide();
    }
    Q_EMIT currentChanged();
}

bool CatalogListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            Q_EMIT activated();
            return true;
        }
    }
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        m_empty->setGeometry(m_table->viewport()->geometry());
        // Columns are fitted once the table has its real width.
        if (m_fitPending && m_table->isVisible() && m_table->viewport()->width() > 100) {
            m_fitPending = false;
            fitColumns();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace subdesk::ui
