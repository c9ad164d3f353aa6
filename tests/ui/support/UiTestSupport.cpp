#include "UiTestSupport.h"

#include "settings/Languages.h"

#include <QDeadlineTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace subdesk::test {

void isolateUiSettings(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SubDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("SubDeskTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    ui::installTranslations(QStringLiteral("en"));
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);
}

void onNextModal(std::function<void(QWidget*)> action, int timeoutMs)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action = std::move(action), deadline] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        } else if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace subdesk::test
