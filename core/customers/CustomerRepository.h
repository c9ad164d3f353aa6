#pragma once

#include "Customer.h"
#include "common/Result.h"

#include <QList>

namespace subdesk::customers {

/**
 * Where customers are kept. core/storage implements it on SQLite (and later PostgreSQL); the
 * domain and the UI never see SQL. Every write is atomic.
 */
class CustomerRepository
{
public:
    virtual ~CustomerRepository() = default;

    /** All customers, ordered by id. */
    virtual Result<QList<Customer>> loadAll() = 0;
    virtual Result<Customer> find(CustomerId id) = 0;
    /** Stores a new customer; keeps customer.id when it is valid (redo of an undone add). */
    virtual Result<CustomerId> insert(const Customer& customer) = 0;
    /** Stores many customers in one transaction: all of them or none. */
    virtual Result<QList<CustomerId>> insertAll(const QList<Customer>& customers) = 0;
    virtual Status update(const Customer& customer) = 0;
    /** Deletes a customer for good; only an undone add does this (customers are archived, not deleted). */
    virtual Status remove(CustomerId id) = 0;
    virtual Result<int> count() = 0;
};

} // namespace subdesk::customers
