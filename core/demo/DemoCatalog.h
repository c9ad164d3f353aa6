#pragma once

#include "catalog/CatalogService.h"

#include <QDate>
#include <QLatin1String>
#include <QStringList>

namespace subdesk::demo {

/** Codes of the demo catalog that the demo history and its tests refer to. */
namespace democodes {
// Plans
inline constexpr QLatin1String backupStart("BACKUP-START");
inline constexpr QLatin1String backupBusiness("BACKUP-BUSINESS");
inline constexpr QLatin1String chatTeam("CHAT-TEAM");
inline constexpr QLatin1String chatEnterprise("CHAT-ENTERPRISE");
inline constexpr QLatin1String booksStarter("BOOKS-STARTER");
inline constexpr QLatin1String booksPro("BOOKS-PRO");
inline constexpr QLatin1String mailCampaigns("MAIL-CAMPAIGNS");
inline constexpr QLatin1String websiteCare("CARE-12");
// Add-ons
inline constexpr QLatin1String extraStorage("EXTRA-STORAGE");
inline constexpr QLatin1String guestAccess("GUEST-ACCESS");
inline constexpr QLatin1String prioritySupport("PRIORITY-SUPPORT");
inline constexpr QLatin1String payroll("PAYROLL");
inline constexpr QLatin1String onboarding("ONBOARDING");
inline constexpr QLatin1String dataMigration("DATA-MIGRATION");
inline constexpr QLatin1String training("TRAINING");
// Coupons
inline constexpr QLatin1String welcome("WELCOME10");
inline constexpr QLatin1String launch("LAUNCH20");
inline constexpr QLatin1String firstInvoice("FIRST50");
inline constexpr QLatin1String chatNonProfit("CHAT25");
inline constexpr QLatin1String education("EDU50");
inline constexpr QLatin1String summer("SUMMER15");
} // namespace democodes

/**
 * The demo company's catalog: a small European software and services business ("Cloud Backup",
 * "Team Chat", "Bookkeeping Pro", "Mail Campaigns", "Website Care") that uses every pricing model
 * (flat, per seat, graduated, volume, package with free units), monthly and yearly prices (a year
 * costs ten months: "two months free"), setup fees, trials, a fixed-term plan (12 months, then it
 * expires), recurring and one-time add-ons, metered charges aggregated by sum and by maximum, and
 * coupons (percent forever, percent for 3 periods, a fixed amount once, limited to plans, limited in
 * redemptions, one expired).
 *
 * Every plan, add-on and metered charge has a price in every currency DemoCompany's customers pay
 * in (currencies()), converted from the euro prices at fixed rates and rounded to tidy amounts.
 * All prices take effect a year before historyStart(); Cloud Backup Start has a second, higher
 * price version from priceRiseDate() on, for a price migration with grandfathered subscriptions.
 * Everything depends on `today` only, never on the clock.
 */
class DemoCatalog
{
public:
    /** The ISO 4217 codes of every currency DemoCompany's customers use, euro first. */
    static const QStringList& currencies();
    /** Units of currency per 100 euros the prices were converted at (100 for the euro, 0 if unknown). */
    static qint64 unitsPerHundredEuros(const QString& currency);
    /** How many calendar months the demo history covers, today's month included: five years. */
    static constexpr int kHistoryMonths = 60;
    /**
     * The first day of the demo history: the first of the month 59 months before today's month,
     * but not before 1 January 2020 (where the bundled tax-rate table starts).
     */
    static QDate historyStart(QDate today);
    /** The day Cloud Backup Start's new prices take effect: the first of the month 5 months before today's. */
    static QDate priceRiseDate(QDate today);
    /** The day the SUMMER15 coupon expired: the first of the month 9 months before today's. */
    static QDate summerCouponExpiry(QDate today);

    /**
     * Stores the demo catalog through service, which must hold no plans yet (a Conflict error
     * otherwise: the demo never mixes with a real catalog). Stops at the first error.
     */
    static Status install(catalog::CatalogService& service, QDate today);
};

} // namespace subdesk::demo
