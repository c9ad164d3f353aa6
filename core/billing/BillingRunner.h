#pragma once

#include "BillingEngine.h"
#include "Document.h"
#include "DocumentRepository.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/UnitOfWork.h"
#include "subscriptions/SubscriptionRepository.h"

#include <QObject>

#include <functional>
#include <optional>

namespace subdesk::billing {

/** What a billing run would do (preview) or did. */
struct RunPlan
{
    QDate asOf;
    QList<Document> documents;
    /** Renewed and Expired events for fixed terms that ended on or before asOf. */
    QList<subscriptions::SubscriptionEvent> termEvents;
    /** The new billedThrough of every subscription the run covered. */
    QHash<SubscriptionId, QDate> billedThrough;
    int subscriptionsScanned = 0;
    int invoiceCount() const;
    int creditNoteCount() const;
    int lineCount() const;
};

/**
 * Plans and runs billing as of a date (BILLING.md §3): bills every item due on or before it not
 * billed yet (catch-up), one document per customer and currency, all in one transaction. Running
 * it twice changes nothing the second time. A progress callback may cancel (return false); a
 * cancelled or failed run writes nothing.
 */
class BillingRunner final : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(int done, int total)>;

    BillingRunner(catalog::CatalogRepository& catalog, subscriptions::SubscriptionRepository& subscriptions,
                  DocumentRepository& documents, UnitOfWorkFactory& units, const Clock& clock,
                  QObject* parent = nullptr);

    /** What a run as of asOf would write (only customer's subscriptions when given); writes nothing. */
    Result<RunPlan> preview(QDate asOf, std::optional<CustomerId> customer = std::nullopt,
                            const Progress& progress = {});
    /** Plans and writes the run in one transaction; returns the plan with ids assigned. */
    Result<RunPlan> run(QDate asOf, const Progress& progress = {});

Q_SIGNALS:
    /** A run wrote documents (and events): views reload. */
    void billed();

private:
    Result<RunPlan> plan(QDate asOf, const QList<subscriptions::Subscription>& subscriptions,
                         const catalog::Catalog& catalog, const Progress& progress);

    catalog::CatalogRepository& m_catalog;
    subscriptions::SubscriptionRepository& m_subscriptions;
    DocumentRepository& m_documents;
    UnitOfWorkFactory& m_units;
    const Clock& m_clock;
};

} // namespace subdesk::billing
