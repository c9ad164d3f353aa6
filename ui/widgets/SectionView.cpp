#include "SectionView.h"

namespace subdesk::ui {

QList<QAction*> SectionView::menuActions(Menu) const
{
    return {};
}

} // namespace subdesk::ui
