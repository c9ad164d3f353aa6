#pragma once

#include <QMenu>

namespace subdesk::ui {

/** File › Open recent: the last eight company files (kept in QSettings), newest first, and "Clear list". */
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 8;

    explicit RecentFilesMenu(QWidget* parent = nullptr);

    /** Moves path to the top of the list. */
    void addPath(const QString& path);
    QStringList paths() const;
    /** The newest entry whose file still exists; empty when there is none. */
    static QString mostRecentExisting();
    void clearList();

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuild();
    void store(const QStringList& paths);
};

} // namespace subdesk::ui
