#pragma once

#include "Section.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"
#include "widgets/SectionView.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>
#include <memory>

class QListWidget;
class QStackedWidget;
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

class RecentFilesMenu;

/**
 * The window: a sidebar of sections, the current section's view, a message bar and the menus.
 * It owns the open company, its undo stack and the views built on it; it wires views in and
 * switches companies, and leaves everything else to the views.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    using ViewFactory = std::function<SectionView*(CompanyContext& context, QWidget* parent)>;

    /** company: an open company (see openAtStartup()); the standard sections are registered. */
    MainWindow(const Clock& clock, std::unique_ptr<storage::CompanyFile> company, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Adds a page; its view is built now and again for every company opened later. */
    void registerSection(Section section, ViewFactory factory);
    void showSection(Section section);
    std::optional<Section> currentSection() const;
    SectionView* view(Section section) const { return m_views.value(section); }

    storage::CompanyFile* company() const { return m_company.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    MessageBar* messageBar() const { return m_messageBar; }

    /**
     * Closes the open company and opens path instead (clearing the undo history). When path is
     * refused, the current company stays open and the message bar says why.
     */
    bool switchCompany(const QString& path, storage::Database::OpenMode mode);

public Q_SLOTS:
    void showMessage(const QString& text, subdesk::ui::MessageBar::Kind kind);
    void newCompany();
    void openCompany();
    void saveCopy();
    void about();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildSidebar();
    void buildMenus();
    void attachCompany(std::unique_ptr<storage::CompanyFile> company);
    void detachCompany();
    void buildView(Section section);
    void rebuildSidebar();
    void addViewActionsToMenus(SectionView* view);
    void updateTitle();
    void restoreWindowState();
    void saveWindowState() const;

    const Clock& m_clock;
    std::unique_ptr<storage::CompanyFile> m_company;
    QUndoStack* m_undoStack = nullptr;
    std::unique_ptr<customers::CustomerEditor> m_customerEditor;
    std::unique_ptr<CompanyContext> m_context;

    QMap<Section, ViewFactory> m_factories;
    QMap<Section, QPointer<SectionView>> m_views;

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    MessageBar* m_messageBar = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_fileViewActionsEnd = nullptr;
    RecentFilesMenu* m_recentMenu = nullptr;
};

} // namespace subdesk::ui
