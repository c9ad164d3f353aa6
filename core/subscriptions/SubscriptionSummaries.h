#pragma once

#include "SubscriptionRepository.h"
#include "catalog/CatalogService.h"
#include "customers/CustomerRepository.h"

#include <QCoreApplication>

#include <functional>

namespace subdesk::subscriptions {

/** One row of the subscriptions list. */
struct SubscriptionSummary
{
    SubscriptionId id;
    CustomerId customerId;
    QString customerName;
    PlanId planId;
    QString planCode;
    QString planName;
    SubscriptionStatus status = SubscriptionStatus::Active;
    billing::BillingInterval interval;
    qint64 quantity = 1;
    /** Plan plus recurring add-ons for one period, before discounts. */
    Money periodAmount;
    QString couponCode;
    QDate startDate;
    QDate nextBillingDate; ///< invalid when nothing more is billed
    QDate endDate; ///< a known end (cancelled or expiring); invalid otherwise
};

/**
 * The rows of the subscriptions lists as of a date (the views and `subscriptions list`): status
 * and terms then, the next billing date, a known end, and the period amount before discounts.
 */
class SubscriptionSummaries
{
    // The messages keep the translation context they had in SubscriptionService.
    Q_DECLARE_TR_FUNCTIONS(subdesk::subscriptions::SubscriptionService)

public:
    SubscriptionSummaries(catalog::CatalogService& catalog, SubscriptionRepository& repository,
                          customers::CustomerRepository& customers);

    /** Every subscription (customer names read in one go). */
    Result<QList<SubscriptionSummary>> all(QDate on) const;
    /** One customer's subscriptions. */
    Result<QList<SubscriptionSummary>> forCustomer(CustomerId customer, QDate on) const;
    /** One subscription, with its customer's name. */
    Result<SubscriptionSummary> of(const Subscription& subscription, QDate on) const;

private:
    /** Rows for subscriptions, named by nameOf; the first failure names its subscription. */
    Result<QList<SubscriptionSummary>> rows(const QList<Subscription>& subscriptions, QDate on,
                                            const std::function<QString(const Subscription&)>& nameOf) const;
    /** A row without the customer's name. */
    Result<SubscriptionSummary> row(const Subscription& subscription, QDate on) const;

    catalog::CatalogService& m_catalog;
    SubscriptionRepository& m_repository;
    customers::CustomerRepository& m_customers;
};

} // namespace subdesk::subscriptions
