#pragma once

#include "common/Clock.h"

#include <QApplication>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>

namespace subdesk::test {

/**
 * Makes a GUI test independent of the machine: QStandardPaths test mode and QSettings in a
 * temporary folder (INI files), English, left to right. Call from initTestCase().
 */
void isolateUiSettings(const QTemporaryDir& dir);

/** 2026-03-15 10:00 UTC, the day every GUI test lives on. */
QDateTime fixedNow();

/**
 * Runs action on the next modal widget that shows up (QApplication::activeModalWidget()), from a
 * timer, so the test can then call the code that blocks in exec(). Gives up after timeoutMs.
 * Put no QVERIFY in action: record what you saw and check it after exec() returned.
 */
void onNextModal(std::function<void(QWidget*)> action, int timeoutMs = 10000);

/** The child of root with this object name and type, or nullptr. */
template <typename T>
T* child(const QObject* root, const QString& name)
{
    return root->findChild<T*>(name);
}

} // namespace subdesk::test
