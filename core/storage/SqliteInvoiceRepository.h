#pragma once

#include "invoicing/InvoiceRepository.h"

#include <QString>

struct sqlite3;

namespace subdesk::storage {

class Database;

/**
 * Issuing, settlement and lists of documents in the company's SQLite file (schemas 2–3), on
 * SQLite's C API. Lists are one query each however many documents there are: the derived status
 * and the balance are SQL expressions over the stored state, settlement columns and due date
 * (SqliteDocumentList), so the invoices view pages through 1,000,000 documents without a query
 * per row. Issued documents are immutable in the file itself (triggers of schema 3); a write the
 * triggers refuse fails with Conflict.
 */
class SqliteInvoiceRepository final : public invoicing::InvoiceRepository
{
public:
    explicit SqliteInvoiceRepository(const Database& database);

    Result<billing::Document> document(DocumentId id) override;

    Result<int> countDocuments(const invoicing::DocumentFilter& filter) override;
    Result<QList<invoicing::DocumentRow>> documentRows(const invoicing::DocumentFilter& filter,
                                                       const invoicing::DocumentSort& sort, int offset,
                                                       int limit) override;
    Result<QList<invoicing::DocumentTotals>> totals(const invoicing::DocumentFilter& filter) override;

    Status replaceDraft(const billing::Document& draft) override;
    Status deleteDraft(DocumentId id) override;
    Result<QList<DocumentId>> draftIds(QDate upTo) override;

    Result<qint64> takeNextNumber(qint64 seriesId, int year) override;
    Result<QDate> lastIssueDate(qint64 seriesId) override;
    Status writeIssued(const billing::Document& document) override;

    Status setState(DocumentId id, billing::DocumentState state) override;
    Status addSettlement(DocumentId id, qint64 paidDelta, qint64 creditedDelta, qint64 appliedDelta) override;
    Result<QList<billing::Document>> creditNotesFor(DocumentId invoice) override;
    Result<QList<invoicing::OpenItem>> openItems(CustomerId customer, const QString& currency) override;
    Result<QList<billing::Document>> issuedDocuments(CustomerId customer, QDate from, QDate to) override;

private:
    sqlite3* handle() const;

    QString m_connection;
};

} // namespace subdesk::storage
