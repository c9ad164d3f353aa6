#include "RecentFilesMenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace subdesk::ui {

namespace {

const QString kKey = QStringLiteral("recentFiles");

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QMenu(tr("Open &recent"), parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    // Rebuilt when shown, never from one of its own actions (which clear() would delete mid-signal).
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

QStringList RecentFilesMenu::paths() const
{
    return QSettings().value(kKey).toStringList();
}

QString RecentFilesMenu::mostRecentExisting()
{
    const QStringList list = QSettings().value(kKey).toStringList();
    for (const QString& path : list) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

void RecentFilesMenu::store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
}

void RecentFilesMenu::addPath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxEntries));
}

void RecentFilesMenu::clearList()
{
    store({});
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        // "&" in a folder name would become a shortcut marker: double it.
        QString shown = QDir::toNativeSeparators(path);
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = addAction(tr("&%1 %2").arg(i + 1).arg(shown));
        action->setEnabled(QFileInfo(path).isFile());
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty())
        addAction(tr("No recent company files"))->setEnabled(false);
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear list"));
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFilesMenu::clearList);
}

} // namespace subdesk::ui
