#pragma once

#include "customers/CustomerRepository.h"

namespace subdesk::storage {

class Database;

/** Customers in the company's SQLite file: table customers plus customer_tags. */
class SqliteCustomerRepository final : public customers::CustomerRepository
{
public:
    explicit SqliteCustomerRepository(const Database& database);

    Result<QList<customers::Customer>> loadAll() override;
    Result<customers::Customer> find(CustomerId id) override;
    Result<CustomerId> insert(const customers::Customer& customer) override;
    Result<QList<CustomerId>> insertAll(const QList<customers::Customer>& customers) override;
    Status update(const customers::Customer& customer) override;
    Status remove(CustomerId id) override;
    Result<int> count() override;

private:
    Result<QList<customers::Customer>> select(const QString& where, qint64 id);

    QString m_connection;
};

} // namespace subdesk::storage
