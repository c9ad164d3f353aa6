#pragma once

#include <QStyledItemDelegate>

namespace subdesk::ui {

/**
 * Lays out each cell's text in its own direction. In a right-to-left interface (Persian) a Latin
 * name or e-mail address would otherwise be set right to left: "S.r.l." loses its trailing dot
 * to the wrong end and long addresses are cut at their start. The cell keeps the column's side
 * (leading stays leading), only the text inside it follows its script.
 */
class TextDirectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace subdesk::ui
