#pragma once

#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"

#include <QTemporaryDir>

#include <memory>

/**
 * A company file in a temporary folder with a fixed clock and a small catalog (EUR):
 * plan BASIC 10.00 monthly / 100.00 yearly, plan PRO 20.00 monthly; add-on EXTRA 3.00 monthly;
 * coupon P25 (25% forever); two customers A and B.
 */
class CompanyFixture
{
public:
    explicit CompanyFixture(QDate today);
    /** Empty when everything was set up; otherwise why not. */
    QString error;

    subdesk::FixedClock clock;
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<subdesk::storage::CompanyFile> company;
    subdesk::PlanId basic, pro;
    subdesk::AddOnId extra;
    subdesk::CustomerId customerA, customerB;

    subdesk::catalog::CatalogService& catalog() { return company->catalog(); }
    subdesk::subscriptions::SubscriptionService& subscriptions() { return company->subscriptions(); }
    subdesk::billing::BillingRunner& billing() { return company->billing(); }
    void setToday(QDate today);

    /** Subscribes customer to plan monthly from start; returns the id (invalid on failure, with `error` set). */
    subdesk::SubscriptionId subscribe(subdesk::CustomerId customer, subdesk::PlanId plan, QDate start,
                                      qint64 quantity = 1);
    /** Saves a company profile selling from the country (EUR bank account included); returns the
     *  refusal's message, empty on success. */
    QString setSeller(const QString& country, const QString& vatId, bool exempt = false);
    /** Adds a customer in the country (VAT ID empty: a consumer); invalid on failure with `error` set. */
    subdesk::CustomerId addCustomer(const QString& name, const QString& country, const QString& vatId,
                                    const QString& language = QStringLiteral("en"));
    /** The customer's documents, oldest first. */
    QList<subdesk::billing::Document> documents(subdesk::CustomerId customer);
};
