#include "TextDirectionDelegate.h"

#include <QStyle>

namespace subdesk::ui {

void TextDirectionDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    const Qt::LayoutDirection natural = option->text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    if (natural == option->direction)
        return;
    // Pin the alignment to the side the layout direction chose, then switch the text's direction.
    option->displayAlignment = QStyle::visualAlignment(option->direction, option->displayAlignment) | Qt::AlignAbsolute;
    option->direction = natural;
}

} // namespace subdesk::ui
