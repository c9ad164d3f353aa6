#pragma once

#include "Document.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace subdesk::billing {

/** (subscription, charge key, period start): billed at most once, enforced by a unique key. */
struct BilledKey
{
    SubscriptionId subscriptionId;
    QString chargeKey;
    QDate periodStart;
    friend bool operator==(const BilledKey&, const BilledKey&) = default;
};
size_t qHash(const BilledKey& key, size_t seed = 0) noexcept;

/**
 * Where billing documents, customer credit and run records are kept (core/storage implements it).
 * Every write is atomic on its own; inside a caller's UnitOfWork it joins that.
 */
class DocumentRepository
{
public:
    virtual ~DocumentRepository() = default;

    /**
     * Stores documents with their lines (ids invalid) and returns them with ids. A line whose
     * (subscription, charge key, period start) is already billed makes the whole call fail with
     * Conflict and store nothing.
     */
    virtual Result<QList<Document>> insertDocuments(const QList<Document>& documents) = 0;
    virtual Result<QList<CreditEntry>> insertCreditEntries(const QList<CreditEntry>& entries) = 0;
    virtual Result<BillingRun> insertRun(const BillingRun& run) = 0;

    /**
     * The billed keys of lines due after each subscription's billedThrough date (the only ones the
     * engine can produce again), for all subscriptions; `after` maps subscription → billedThrough
     * (absent or invalid: every line of that subscription).
     */
    virtual Result<QSet<BilledKey>> billedKeysAfter(const QHash<SubscriptionId, QDate>& after) = 0;
    /** Every billed key of one subscription. */
    virtual Result<QSet<BilledKey>> billedKeys(SubscriptionId subscription) = 0;

    /** Documents with their lines, newest first. */
    virtual Result<QList<Document>> documentsForCustomer(CustomerId customer) = 0;
    /** The documents having at least one line of the subscription, with all their lines, newest first. */
    virtual Result<QList<Document>> documentsForSubscription(SubscriptionId subscription) = 0;
    virtual Result<Document> document(DocumentId id) = 0;
    /** Headers only (no lines), newest first; limit ≤ 0 for all. */
    virtual Result<QList<Document>> recentDocuments(int limit) = 0;

    /** The customer's credit balance per currency code (sum of entries; only non-zero ones). */
    virtual Result<QHash<QString, Money>> creditBalances(CustomerId customer) = 0;
    /** Every customer's non-zero balances in one query (for a billing run). */
    virtual Result<QHash<CustomerId, QHash<QString, Money>>> allCreditBalances() = 0;
    virtual Result<QList<CreditEntry>> creditEntries(CustomerId customer) = 0;
};

} // namespace subdesk::billing
