#pragma once

#include "invoicing/PaymentRepository.h"

#include <QString>

struct sqlite3;

namespace subdesk::storage {

class Database;

/**
 * Payments, refunds and their allocations in the company's SQLite file (tables payments and
 * payment_allocations of schema 3). A payment's part that became customer credit is not stored
 * twice: it is the amount less the allocations (a refund's whole amount). Lists read payments and
 * allocations in two queries however many there are.
 */
class SqlitePaymentRepository final : public invoicing::PaymentRepository
{
public:
    explicit SqlitePaymentRepository(const Database& database);

    Result<invoicing::Payment> insertPayment(const invoicing::Payment& payment) override;
    Result<QList<invoicing::Payment>> payments(const invoicing::PaymentFilter& filter) override;
    Result<QList<invoicing::Payment>> paymentsForDocument(DocumentId document) override;
    Result<invoicing::Payment> payment(PaymentId id) override;

private:
    sqlite3* handle() const;

    QString m_connection;
};

} // namespace subdesk::storage
