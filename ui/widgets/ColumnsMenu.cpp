#include "ColumnsMenu.h"

#include <QHeaderView>

namespace subdesk::ui {

ColumnsMenu::ColumnsMenu(QHeaderView* header, QWidget* parent)
    : QMenu(tr("Columns"), parent)
    , m_header(header)
{
    setObjectName(QStringLiteral("columnsMenu"));
    connect(this, &QMenu::aboutToShow, this, &ColumnsMenu::rebuild);
    rebuild();
}

void ColumnsMenu::rebuild()
{
    clear();
    if (!m_header || !m_header->model())
        return;
    const QAbstractItemModel* model = m_header->model();
    const int count = m_header->count();
    const int visible = count - m_header->hiddenSectionCount();
    for (int visual = 0; visual < count; ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction* action = addAction(model->headerData(logical, m_header->orientation(), Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        // The last shown column cannot be hidden: a table without columns has no header to bring them back.
        action->setEnabled(!(action->isChecked() && visible == 1));
        QHeaderView* header = m_header;
        connect(action, &QAction::toggled, header, [header, logical](bool on) {
            header->setSectionHidden(logical, !on);
            if (on && header->sectionSize(logical) < header->minimumSectionSize() * 2)
                header->resizeSection(logical, header->defaultSectionSize());
        });
    }
    addSeparator();
    QAction* reset = addAction(tr("Default columns"));
    reset->setObjectName(QStringLiteral("defaultColumnsAction"));
    connect(reset, &QAction::triggered, this, &ColumnsMenu::resetRequested);
}

} // namespace subdesk::ui
