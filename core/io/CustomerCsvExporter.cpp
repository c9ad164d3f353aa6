#include "CustomerCsvExporter.h"

#include "CsvWriter.h"
#include "CustomerColumnNames.h"
#include "customers/CustomerField.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace subdesk::io {

using customers::CustomerField;

namespace {

QString cellText(const customers::Customer& customer, CustomerField field)
{
    // fieldText() drops milliseconds; an export must give back the stored creation time exactly.
    if (field == CustomerField::Created && customer.created.isValid() && customer.created.time().msec() != 0)
        return customer.created.toUTC().toString(Qt::ISODateWithMs);
    return customers::fieldText(customer, field);
}

} // namespace

QByteArray CustomerCsvExporter::toCsv(const QList<customers::Customer>& customers)
{
    CsvWriteOptions options;
    options.neutralizeFormulas = true;
    CsvWriter writer(options);
    const QList<CustomerField>& fields = customers::allCustomerFields();

    QStringList cells;
    cells.reserve(fields.size());
    for (const CustomerField field : fields)
        cells.append(CustomerColumnNames::englishLabel(field));
    writer.addRecord(cells);
    for (const customers::Customer& customer : customers) {
        cells.clear();
        for (const CustomerField field : fields)
            cells.append(cellText(customer, field));
        writer.addRecord(cells);
    }
    return writer.toUtf8(true);
}

Status CustomerCsvExporter::writeFile(const QString& path, const QList<customers::Customer>& customers)
{
    const auto failed = [&path](const QString& why) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("CsvExport", "Cannot write \"%1\": %2.")
                         .arg(QDir::toNativeSeparators(path), why));
    };
    // QSaveFile: an existing file is replaced only once the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QByteArray bytes = toCsv(customers);
    if (file.write(bytes) != bytes.size())
        return failed(file.errorString());
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace subdesk::io
