#include "DocumentLinesTree.h"

#include "SubscriptionTexts.h"
#include "billing/BillingCalendar.h"
#include "widgets/Plural.h"

#include <QHeaderView>
#include <QMap>
#include <QStyle>
#include <QStyledItemDelegate>

namespace subdesk::ui {

using billing::BillingItem;
using billing::Document;
using billing::DocumentLine;

namespace {

/**
 * QTreeView asks a delegate for a row's height without telling it the column's width, so wrapped
 * text would get one line. This delegate measures each cell at its column's width (less the
 * indentation of the first column).
 */
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() == DocumentLinesTree::AmountColumn)
            return QStyledItemDelegate::sizeHint(unwrapped(option), index);
        QStyleOptionViewItem measured = option;
        int width = m_tree->columnWidth(index.column());
        if (index.column() == 0) {
            int depth = m_tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
                ++depth;
            width -= depth * m_tree->indentation();
        }
        // The style wraps only within a valid rectangle: give it a height too.
        measured.rect = QRect(0, 0, std::max(width, 1), option.fontMetrics.height());
        return QStyledItemDelegate::sizeHint(measured, index);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(
            painter, index.column() == DocumentLinesTree::AmountColumn ? unwrapped(option) : option, index);
    }

private:
    /** Amounts stay on one line: "-€281.20" must never break after its sign. */
    static QStyleOptionViewItem unwrapped(const QStyleOptionViewItem& option)
    {
        QStyleOptionViewItem copy = option;
        copy.features &= ~QStyleOptionViewItem::WrapText;
        return copy;
    }

    QTreeView* m_tree;
};

} // namespace

DocumentLinesTree::DocumentLinesTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Description"), tr("How it was computed"), tr("Amount")});
    headerItem()->setTextAlignment(AmountColumn, Qt::AlignTrailing | Qt::AlignVCenter);
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Descriptions and derivations are read in full: long ones wrap onto a second line. Rows are
    // few (one document or a handful), so per-row heights cost nothing.
    setUniformRowHeights(false);
    setWordWrap(true);
    setItemDelegate(new WrappingDelegate(this));
    QHeaderView* header = this->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DerivationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    // Row heights depend on the column widths: lay the rows out again when a column changes width.
    connect(header, &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
}

QString DocumentLinesTree::documentTitle(const Document& document)
{
    return tr("%1 of %2").arg(billing::documentKindName(document.kind), subscriptiontext::date(document.date));
}

QTreeWidgetItem* DocumentLinesTree::addLine(QTreeWidgetItem* parent, const BillingItem& item)
{
    auto* row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    row->setText(DescriptionColumn, item.description);
    row->setToolTip(DescriptionColumn,
                    tr("%1, %2").arg(billing::lineKindName(item.kind),
                                     billing::BillingPeriod {item.periodStart, item.periodEnd}.toString()));
    row->setText(DerivationColumn, item.derivation);
    row->setToolTip(DerivationColumn, item.derivation);
    row->setText(AmountColumn, subscriptiontext::money(item.amount));
    row->setTextAlignment(AmountColumn, Qt::AlignTrailing | Qt::AlignVCenter);
    return row;
}

void DocumentLinesTree::setDocuments(const QList<Document>& documents)
{
    clear();
    setRootIsDecorated(true);
    for (const Document& document : documents) {
        auto* head = new QTreeWidgetItem(this);
        head->setText(DescriptionColumn, documentTitle(document));
        QString facts = pluralized(tr("%Ln line(s)", nullptr, int(document.lines.size())), document.lines.size());
        if (!document.creditApplied.isZero() && document.creditApplied.currency().isValid())
            facts = tr("%1; %2 paid from the customer's credit")
                        .arg(facts, subscriptiontext::money(document.creditApplied));
        head->setText(DerivationColumn, facts);
        head->setText(AmountColumn, subscriptiontext::money(document.total));
        head->setTextAlignment(AmountColumn, Qt::AlignTrailing | Qt::AlignVCenter);
        QFont bold = font();
        bold.setBold(true);
        for (int column = 0; column < columnCount(); ++column)
            head->setFont(column, bold);
        for (const DocumentLine& line : document.lines)
            addLine(head, line.item);
        head->setExpanded(true);
    }
    fitColumns();
}

void DocumentLinesTree::setLines(const QList<DocumentLine>& lines)
{
    clear();
    setRootIsDecorated(false);
    for (const DocumentLine& line : lines)
        addLine(nullptr, line.item);
    fitColumns();
}

void DocumentLinesTree::addLaterItems(const QList<BillingItem>& items)
{
    QMap<QDate, QList<BillingItem>> byDate;
    for (const BillingItem& item : items)
        byDate[item.dueDate].append(item);
    for (auto it = byDate.constBegin(); it != byDate.constEnd(); ++it) {
        auto* head = new QTreeWidgetItem(this);
        head->setText(DescriptionColumn, tr("Due on %1").arg(subscriptiontext::date(it.key())));
        head->setText(DerivationColumn, tr("billed by the billing run that covers that day"));
        QFont italic = font();
        italic.setItalic(true);
        head->setFont(DescriptionColumn, italic);
        head->setFont(DerivationColumn, italic);
        for (const BillingItem& item : it.value())
            addLine(head, item);
        head->setExpanded(true);
    }
    fitColumns();
}

void DocumentLinesTree::fitColumns()
{
    // The description column takes what its texts need unwrapped, within a third of the width
    // (longer ones wrap); the derivation gets the rest. Measured here: the view's own measure
    // would wrap the texts at the column's current width first.
    int wanted = header()->sectionSizeHint(DescriptionColumn);
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 8;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* head = topLevelItem(i);
        const int headIndent = rootIsDecorated() ? indentation() : 0;
        wanted = std::max(wanted,
                          QFontMetrics(head->font(DescriptionColumn)).horizontalAdvance(head->text(DescriptionColumn))
                              + headIndent + margins);
        for (int j = 0; j < head->childCount(); ++j) {
            const QTreeWidgetItem* line = head->child(j);
            wanted = std::max(wanted,
                              fontMetrics().horizontalAdvance(line->text(DescriptionColumn)) + headIndent
                                  + indentation() + margins);
        }
    }
    setColumnWidth(DescriptionColumn, std::min(wanted, std::max(180, viewport()->width() / 3)));
}

} // namespace subdesk::ui
