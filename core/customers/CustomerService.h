#pragma once

#include "CustomerRepository.h"
#include "CustomerValidator.h"
#include "common/Clock.h"

#include <QObject>

namespace subdesk::customers {

/**
 * The one way customers change: validates, normalises, stamps the creation time, stores through
 * the repository and tells listeners (the table model) what changed.
 */
class CustomerService final : public QObject
{
    Q_OBJECT

public:
    CustomerService(CustomerRepository& repository, const Clock& clock, QObject* parent = nullptr);

    Result<QList<Customer>> loadAll();
    Result<Customer> find(CustomerId id);
    CustomerValidator validator() const;

    /** Validates and stores a new customer (keeping customer.id when valid); returns it as stored. */
    Result<Customer> add(Customer customer);
    /** Validates and stores all customers in one transaction, or none of them. */
    Result<QList<CustomerId>> addAll(QList<Customer> customers);
    /** Validates and stores an edited customer; returns it as stored. */
    Result<Customer> update(Customer customer);
    Result<Customer> setStatus(CustomerId id, CustomerStatus status);
    /**
     * Writes back a state the customer had before (undo and redo of an edit) without validating it
     * again: it was stored once, and today's rules must not make an undo impossible.
     */
    Status restoreSnapshot(const Customer& snapshot);
    /** Deletes a customer for good (only used to undo an add). */
    Status remove(CustomerId id);

Q_SIGNALS:
    void customerAdded(const subdesk::customers::Customer& customer);
    void customerChanged(const subdesk::customers::Customer& customer);
    void customerRemoved(subdesk::CustomerId id);
    /** Many customers changed at once (an import): reload. */
    void customersReset();

private:
    Result<Customer> prepared(Customer customer, const CustomerValidator& validator, const QDateTime& now) const;

    CustomerRepository& m_repository;
    const Clock& m_clock;
};

} // namespace subdesk::customers
