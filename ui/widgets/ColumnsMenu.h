#pragma once

#include <QMenu>
#include <QPointer>

class QHeaderView;

namespace subdesk::ui {

/**
 * "Columns" menu for a table: one check box per column of the header's model (in visual order),
 * plus "Default columns". Used by the toolbar button and the header's context menu.
 */
class ColumnsMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit ColumnsMenu(QHeaderView* header, QWidget* parent = nullptr);

Q_SIGNALS:
    void resetRequested();

private:
    void rebuild();

    QPointer<QHeaderView> m_header;
};

} // namespace subdesk::ui
