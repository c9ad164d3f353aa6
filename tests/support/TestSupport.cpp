#include "TestSupport.h"

#include <QDir>

namespace subdesk::test {

customers::Customer sampleCustomer(const QString& name)
{
    customers::Customer c;
    c.displayName = name;
    c.kind = customers::CustomerKind::Business;
    c.contactPerson = QStringLiteral("Aino Virtanen");
    c.emails = {QStringLiteral("laskut@virtanen.fi")};
    c.phone = QStringLiteral("+358 40 123 4567");
    c.address.streetLines = {QStringLiteral("Mannerheimintie 12 B")};
    c.address.postalCode = QStringLiteral("00100");
    c.address.city = QStringLiteral("Helsinki");
    c.address.country = QStringLiteral("FI");
    c.vatId = QStringLiteral("FI12345678");
    c.language = QStringLiteral("fi");
    c.currency = QStringLiteral("EUR");
    c.paymentTermsDays = 14;
    c.segment = QStringLiteral("SMB");
    c.tags = {QStringLiteral("newsletter")};
    return c;
}

QString companyPath(const QTemporaryDir& dir, const QString& name)
{
    return dir.filePath(name);
}

QString testDataDir()
{
    return qEnvironmentVariable("SUBDESK_TEST_DATA", QStringLiteral(SUBDESK_TEST_DATA_FALLBACK));
}

} // namespace subdesk::test
