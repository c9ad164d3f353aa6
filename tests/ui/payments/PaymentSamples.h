#pragma once

#include "billing/Document.h"
#include "common/Result.h"

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::test {

/** An invoice for customer issued on issueDate, one standard-rated line per net amount (FI 25.5 %). */
Result<billing::Document> issueInvoice(storage::CompanyFile& company, CustomerId customer, QDate issueDate,
                                       const QList<qint64>& netMinor);

/** An amount as the dialogs show it (the locale's format with the € sign). */
QString euros(qint64 minor);
/** An amount as a clerk types it into a money field ("125.50"). */
QString typed(qint64 minor);

} // namespace subdesk::test
