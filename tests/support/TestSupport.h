#pragma once

#include "customers/Customer.h"

#include <QString>
#include <QTemporaryDir>

namespace subdesk::test {

/** A valid business customer in Finland with one e-mail, ready to be stored. */
customers::Customer sampleCustomer(const QString& name = QStringLiteral("Virtanen Oy"));

/** Path of a not-yet-existing company file inside dir. */
QString companyPath(const QTemporaryDir& dir, const QString& name = QStringLiteral("company.subdesk"));

/** Folder of checked-in test data (tests/data), from $SUBDESK_TEST_DATA. */
QString testDataDir();

} // namespace subdesk::test
