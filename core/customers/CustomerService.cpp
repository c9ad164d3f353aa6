#include "CustomerService.h"

#include <QCoreApplication>

namespace subdesk::customers {

CustomerService::CustomerService(CustomerRepository& repository, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_clock(clock)
{ }

Result<QList<Customer>> CustomerService::loadAll()
{
    return m_repository.loadAll();
}

Result<Customer> CustomerService::find(CustomerId id)
{
    return m_repository.find(id);
}

CustomerValidator CustomerService::validator() const
{
    return CustomerValidator(m_clock.today());
}

Result<Customer> CustomerService::prepared(Customer customer, const CustomerValidator& validator,
                                           const QDateTime& now) const
{
    customer = CustomerValidator::normalized(std::move(customer));
    const auto issues = validator.validate(customer);
    const QString errors = describeIssues(issues);
    if (!errors.isEmpty())
        return Error(ErrorCode::Invalid, errors);
    if (!customer.created.isValid())
        customer.created = now;
    return customer;
}

Result<Customer> CustomerService::add(Customer customer)
{
    auto ready = prepared(std::move(customer), validator(), m_clock.now());
    if (!ready)
        return ready.error();
    auto id = m_repository.insert(*ready);
    if (!id)
        return id.error();
    ready->id = *id;
    Q_EMIT customerAdded(*ready);
    return ready;
}

Result<QList<CustomerId>> CustomerService::addAll(QList<Customer> customers)
{
    // One clock reading for the whole batch: every imported customer gets the same creation time.
    const CustomerValidator rules = validator();
    const QDateTime now = m_clock.now();
    for (int i = 0; i < customers.size(); ++i) {
        auto ready = prepared(std::move(customers[i]), rules, now);
        if (!ready) {
            return Error(ready.error().code,
                         QCoreApplication::translate("CustomerService", "Customer %1 of %2: %3")
                             .arg(i + 1)
                             .arg(customers.size())
                             .arg(ready.error().message));
        }
        customers[i] = std::move(*ready);
    }
    auto ids = m_repository.insertAll(customers);
    if (ids)
        Q_EMIT customersReset();
    return ids;
}

Result<Customer> CustomerService::update(Customer customer)
{
    if (!customer.id.isValid())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("CustomerService", "The customer is not stored yet."));
    auto ready = prepared(std::move(customer), validator(), m_clock.now());
    if (!ready)
        return ready.error();
    if (auto stored = m_repository.update(*ready); !stored)
        return stored.error();
    Q_EMIT customerChanged(*ready);
    return ready;
}

Result<Customer> CustomerService::setStatus(CustomerId id, CustomerStatus status)
{
    auto customer = m_repository.find(id);
    if (!customer)
        return customer.error();
    if (customer->status == status)
        return customer;
    customer->status = status;
    // Archiving must work even for a customer whose older data no longer passes today's rules.
    if (auto stored = m_repository.update(*customer); !stored)
        return stored.error();
    Q_EMIT customerChanged(*customer);
    return customer;
}

Status CustomerService::restoreSnapshot(const Customer& snapshot)
{
    if (auto stored = m_repository.update(snapshot); !stored)
        return stored;
    Q_EMIT customerChanged(snapshot);
    return {};
}

Status CustomerService::remove(CustomerId id)
{
    if (auto removed = m_repository.remove(id); !removed)
        return removed;
    Q_EMIT customerRemoved(id);
    return {};
}

} // namespace subdesk::customers
