#pragma once

#include "MessageBar.h"

#include <QList>
#include <QWidget>

class QAction;
class QUndoStack;

namespace subdesk {
class Clock;
}
namespace subdesk::storage {
class CompanyFile;
}
namespace subdesk::customers {
class CustomerEditor;
}

namespace subdesk::ui {

/** What a view of the open company may use. Valid until the company is closed (the view is destroyed first). */
struct CompanyContext
{
    storage::CompanyFile& company;
    customers::CustomerEditor& customerEditor;
    QUndoStack& undoStack;
    const Clock& clock;
};

/**
 * A page of the main window (Customers, Settings, later Plans, Invoices ...). The main window
 * builds one per open company, puts the actions it offers into its menus and shows the messages
 * it asks for in the window's message bar.
 */
class SectionView : public QWidget
{
    Q_OBJECT

public:
    enum class Menu
    {
        File, ///< e.g. Import customers…
        Edit, ///< e.g. New customer
    };

    using QWidget::QWidget;

    /** Actions the window lists in a menu; the view owns them, so they leave the menu with it. */
    virtual QList<QAction*> menuActions(Menu menu) const;

Q_SIGNALS:
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);
    /** The view wants to be the shown page (one of its menu actions ran while another page was up). */
    void activationRequested();
};

} // namespace subdesk::ui
