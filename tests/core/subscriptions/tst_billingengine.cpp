#include "EngineFixture.h"

#include <QTest>

#include <functional>

using namespace subdesk;
using namespace enginefixture;
using subscriptions::EventKind;
using subscriptions::Subscription;
using subscriptions::UsageRecord;

namespace {

struct Case
{
    const char* name;
    std::function<Subscription()> build;
    QDate asOf;
    QList<const char*> expected;
    QDate after = {};
    QList<UsageRecord> usage = {};
};

Subscription withCoupon(QDate start, const char* code, qint64 plan = 1, qint64 version = 11, int anchor = 0)
{
    auto c = config(plan, version, 1, QStringLiteral("1 month"), anchor);
    c.couponCode = QString::fromLatin1(code);
    return subscription(start, c);
}

UsageRecord use(const char* metric, qint64 quantity, const char* date, qint64 id)
{
    return {UsageId(id), SubscriptionId(1), QString::fromLatin1(metric), quantity, d(date)};
}

Subscription metered()
{
    auto c = config(1, 11);
    c.metered = {{MeteredChargeId(1), PriceVersionId(91)},
                 {MeteredChargeId(2), PriceVersionId(92)},
                 {MeteredChargeId(3), PriceVersionId(93)}};
    return subscription(d("2025-01-01"), c);
}

const QList<Case>& cases()
{
    static const QList<Case> all = {
        // §2 Calendar
        {"§2 flat monthly from Jan 1, as of Mar 1: three full periods of 10.00",
         [] { return subscription(d("2025-01-01"), config(1, 11)); },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 10.00"}},
        {"§2 anchor 31: periods end Feb 28, Mar 31, Apr 30 (2025, not leap)",
         [] { return subscription(d("2025-01-31"), config(1, 11)); },
         d("2025-04-30"),
         {"2025-01-31 plan [2025-01-31,2025-02-28) 10.00", "2025-02-28 plan [2025-02-28,2025-03-31) 10.00",
          "2025-03-31 plan [2025-03-31,2025-04-30) 10.00", "2025-04-30 plan [2025-04-30,2025-05-31) 10.00"}},
        {"§2 anchor 31 in a leap year: the February period ends Feb 29",
         [] { return subscription(d("2024-01-31"), config(1, 11)); },
         d("2024-02-29"),
         {"2024-01-31 plan [2024-01-31,2024-02-29) 10.00", "2024-02-29 plan [2024-02-29,2024-03-31) 10.00"}},
        {"§2 yearly anchor Feb 29: Feb 28 in 2025–2027, Feb 29 again in 2028",
         [] { return subscription(d("2024-02-29"), config(1, 12, 1, QStringLiteral("1 year"))); },
         d("2028-03-01"),
         {"2024-02-29 plan [2024-02-29,2025-02-28) 100.00", "2025-02-28 plan [2025-02-28,2026-02-28) 100.00",
          "2026-02-28 plan [2026-02-28,2027-02-28) 100.00", "2027-02-28 plan [2027-02-28,2028-02-29) 100.00",
          "2028-02-29 plan [2028-02-29,2029-02-28) 100.00"}},
        {"§2 weekly from Monday Jan 6: 5.00 every 7 days",
         [] { return subscription(d("2025-01-06"), config(7, 71, 1, QStringLiteral("1 week"))); },
         d("2025-01-20"),
         {"2025-01-06 plan [2025-01-06,2025-01-13) 5.00", "2025-01-13 plan [2025-01-13,2025-01-20) 5.00",
          "2025-01-20 plan [2025-01-20,2025-01-27) 5.00"}},
        // §3 When things are billed
        {"§3 catch-up: as of Apr 15 with no run yet bills Jan, Feb, Mar and Apr",
         [] { return subscription(d("2025-01-01"), config(1, 11)); },
         d("2025-04-15"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 10.00", "2025-04-01 plan [2025-04-01,2025-05-01) 10.00"}},
        {"§3 catch-up after a run as of Feb 1: only Mar and Apr are due",
         [] { return subscription(d("2025-01-01"), config(1, 11)); },
         d("2025-04-15"),
         {"2025-03-01 plan [2025-03-01,2025-04-01) 10.00", "2025-04-01 plan [2025-04-01,2025-05-01) 10.00"},
         d("2025-02-01")},
        {"§3 setup fee 25.00 due on the start date, with the first period",
         [] { return subscription(d("2025-01-01"), config(2, 21)); },
         d("2025-01-01"),
         {"2025-01-01 setup [2025-01-01,2025-01-01) 25.00", "2025-01-01 plan [2025-01-01,2025-02-01) 20.00"}},
        {"§3 one-time add-on 2 × 50.00 = 100.00 on the day it was bought",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             s.events.first().oneTimeCharges = {{AddOnId(2), PriceVersionId(82), 2}};
             return s;
         },
         d("2025-01-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 oneoff:1:2 [2025-01-01,2025-01-01) 100.00"}},
        {"§3 recurring add-on 2 × 3.00 = 6.00 each period in advance with the plan",
         [] {
             auto c = config(1, 11);
             c.addOns = {{AddOnId(1), PriceVersionId(81), 2}};
             return subscription(d("2025-01-01"), c);
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 addon:1 [2025-01-01,2025-02-01) 6.00",
          "2025-02-01 plan [2025-02-01,2025-03-01) 10.00", "2025-02-01 addon:1 [2025-02-01,2025-03-01) 6.00"}},
        {"§3 usage in arrears: sum 1000 + 500 calls × 0.01 = 15.00 due Feb 1; max(30, 50, 40) GB × 1.00 = 50.00; "
         "last 7 seats × 2.00 = 14.00",
         [] { return metered(); },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 usage:1 [2025-01-01,2025-02-01) 15.00",
          "2025-02-01 usage:2 [2025-01-01,2025-02-01) 50.00", "2025-02-01 usage:3 [2025-01-01,2025-02-01) 14.00",
          "2025-02-01 plan [2025-02-01,2025-03-01) 10.00"},
         {},
         {use("api_calls", 1000, "2025-01-05", 1), use("api_calls", 500, "2025-01-20", 2),
          use("storage_gb", 30, "2025-01-03", 3), use("storage_gb", 50, "2025-01-10", 4),
          use("storage_gb", 40, "2025-01-30", 5), use("seats_now", 9, "2025-01-31", 7),
          use("seats_now", 7, "2025-01-31", 8), use("api_calls", 999, "2025-02-01", 9)}},
        {"§3 usage of a period not yet ended is not billed (as of Jan 31)",
         [] { return metered(); },
         d("2025-01-31"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00"},
         {},
         {use("api_calls", 1000, "2025-01-05", 1)}},
        // §4 Proration
        {"§4 aligned start Jan 10, anchor 1: 10.00 × 22/31 = 7.10, then full Feb",
         [] { return subscription(d("2025-01-10"), config(1, 11, 1, QStringLiteral("1 month"), 1)); },
         d("2025-02-01"),
         {"2025-01-10 plan [2025-01-10,2025-02-01) 7.10", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00"}},
        {"§4 upgrade BASIC→PRO on Jan 16: credit −10.00 × 16/31 = −5.16, charge 20.00 × 16/31 = 10.32",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Changed, d("2025-01-16"), true, config(2, 21));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00",
          "2025-01-16 change:2:plan:credit [2025-01-16,2025-02-01) -5.16",
          "2025-01-16 change:2:plan [2025-01-16,2025-02-01) 10.32", "2025-02-01 plan [2025-02-01,2025-03-01) 20.00"}},
        {"§4 downgrade PRO→BASIC on Jan 16: credit −20.00 × 16/31 = −10.32, charge 10.00 × 16/31 = 5.16",
         [] {
             auto s = subscription(d("2025-01-01"), config(2, 21));
             addEvent(s, EventKind::Changed, d("2025-01-16"), true, config(1, 11));
             return s;
         },
         d("2025-01-31"),
         {"2025-01-01 setup [2025-01-01,2025-01-01) 25.00", "2025-01-01 plan [2025-01-01,2025-02-01) 20.00",
          "2025-01-16 change:2:plan:credit [2025-01-16,2025-02-01) -10.32",
          "2025-01-16 change:2:plan [2025-01-16,2025-02-01) 5.16"}},
        {"§4 quantity 3→5 seats on Jan 11: credit −15.00 × 21/31 = −10.16, charge 25.00 × 21/31 = 16.94",
         [] {
             auto s = subscription(d("2025-01-01"), config(3, 31, 3));
             addEvent(s, EventKind::Changed, d("2025-01-11"), true, config(3, 31, 5));
             return s;
         },
         d("2025-01-31"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 15.00",
          "2025-01-11 change:2:plan:credit [2025-01-11,2025-02-01) -10.16",
          "2025-01-11 change:2:plan [2025-01-11,2025-02-01) 16.94"}},
        {"§4 two changes in one period: 2→4 seats Jan 11 (−6.77, +13.55), 4→6 Jan 21 (−20.00 × 11/31 = −7.10, "
         "+30.00 × 11/31 = 10.65)",
         [] {
             auto s = subscription(d("2025-01-01"), config(3, 31, 2));
             addEvent(s, EventKind::Changed, d("2025-01-11"), true, config(3, 31, 4));
             addEvent(s, EventKind::Changed, d("2025-01-21"), true, config(3, 31, 6));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00",
          "2025-01-11 change:2:plan:credit [2025-01-11,2025-02-01) -6.77",
          "2025-01-11 change:2:plan [2025-01-11,2025-02-01) 13.55",
          "2025-01-21 change:3:plan:credit [2025-01-21,2025-02-01) -7.10",
          "2025-01-21 change:3:plan [2025-01-21,2025-02-01) 10.65", "2025-02-01 plan [2025-02-01,2025-03-01) 30.00"}},
        {"§4 three changes in one period: then 6→8 seats Jan 26: −30.00 × 6/31 = −5.81, +40.00 × 6/31 = 7.74",
         [] {
             auto s = subscription(d("2025-01-01"), config(3, 31, 2));
             addEvent(s, EventKind::Changed, d("2025-01-11"), true, config(3, 31, 4));
             addEvent(s, EventKind::Changed, d("2025-01-21"), true, config(3, 31, 6));
             addEvent(s, EventKind::Changed, d("2025-01-26"), true, config(3, 31, 8));
             return s;
         },
         d("2025-01-31"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00",
          "2025-01-11 change:2:plan:credit [2025-01-11,2025-02-01) -6.77",
          "2025-01-11 change:2:plan [2025-01-11,2025-02-01) 13.55",
          "2025-01-21 change:3:plan:credit [2025-01-21,2025-02-01) -7.10",
          "2025-01-21 change:3:plan [2025-01-21,2025-02-01) 10.65",
          "2025-01-26 change:4:plan:credit [2025-01-26,2025-02-01) -5.81",
          "2025-01-26 change:4:plan [2025-01-26,2025-02-01) 7.74"}},
        {"§4 change on a billed period's first day: credit the whole −10.00, charge the whole 20.00",
         [] {
             auto s = subscription(d("2025-01-01"), config(3, 31, 2));
             addEvent(s, EventKind::Changed, d("2025-02-01"), true, config(3, 31, 4));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-02-01 change:2:plan:credit [2025-02-01,2025-03-01) -10.00",
          "2025-02-01 change:2:plan [2025-02-01,2025-03-01) 20.00"}},
        {"§4 change at period end (not prorated): Feb is billed on the new terms, no credit",
         [] {
             auto s = subscription(d("2025-01-01"), config(3, 31, 2));
             addEvent(s, EventKind::Changed, d("2025-02-01"), false, config(3, 31, 4));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 20.00"}},
        {"§4 monthly→yearly on Jan 16: credit −10.00 × 16/31 = −5.16, full year 100.00 from Jan 16",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Changed, d("2025-01-16"), true, config(1, 12, 1, QStringLiteral("1 year")));
             return s;
         },
         d("2026-01-16"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-16 plan#2 [2025-01-16,2026-01-16) 100.00",
          "2025-01-16 change:2:plan:credit [2025-01-16,2025-02-01) -5.16",
          "2026-01-16 plan#2 [2026-01-16,2027-01-16) 100.00"}},
        {"§4 yearly→monthly on Jul 1: credit −100.00 × 184/365 = −50.41, then 10.00 monthly from Jul 1",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 12, 1, QStringLiteral("1 year")));
             addEvent(s, EventKind::Changed, d("2025-07-01"), true, config(1, 11));
             return s;
         },
         d("2025-08-01"),
         {"2025-01-01 plan [2025-01-01,2026-01-01) 100.00", "2025-07-01 plan#2 [2025-07-01,2025-08-01) 10.00",
          "2025-07-01 change:2:plan:credit [2025-07-01,2026-01-01) -50.41",
          "2025-08-01 plan#2 [2025-08-01,2025-09-01) 10.00"}},
        {"§4 cancel immediately on Jan 21 with credit: −10.00 × 11/31 = −3.55, nothing after",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Cancelled, d("2025-01-21"), true);
             return s;
         },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00",
          "2025-01-21 cancel:2:plan:credit [2025-01-21,2025-02-01) -3.55"}},
        {"§4 cancel immediately on Jan 21 without credit: the period stays paid, nothing after",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Cancelled, d("2025-01-21"), false);
             return s;
         },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00"}},
        {"§4 cancel at period end (Feb 1): no credit, February not billed",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Cancelled, d("2025-02-01"), false);
             return s;
         },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00"}},
        {"§4 cancel with 25% coupon: credit −3.55 and the coupon's share back +0.89 (25% of 3.55 = 0.8875)",
         [] {
             auto s = withCoupon(d("2025-01-01"), "P25");
             addEvent(s, EventKind::Cancelled, d("2025-01-21"), true, std::nullopt);
             return s;
         },
         d("2025-01-31"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -2.50",
          "2025-01-21 cancel:2:plan:credit [2025-01-21,2025-02-01) -3.55",
          "2025-01-21 cancel:2:coupon:credit [2025-01-21,2025-02-01) 0.89"}},
        // §5 Trials and temporary upgrades
        {"§5 14-day trial without anchor: nothing until Jan 15, then 10.00 on the 15th of each month",
         [] { return subscription(d("2025-01-01"), config(1, 11), 14); },
         d("2025-02-15"),
         {"2025-01-15 plan [2025-01-15,2025-02-15) 10.00", "2025-02-15 plan [2025-02-15,2025-03-15) 10.00"}},
        {"§5 14-day trial with anchor 1: Jan 15–31 prorated 10.00 × 17/31 = 5.48, then full Feb",
         [] { return subscription(d("2025-01-01"), config(1, 11, 1, QStringLiteral("1 month"), 1), 14); },
         d("2025-02-01"),
         {"2025-01-15 plan [2025-01-15,2025-02-01) 5.48", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00"}},
        {"§5 cancelled during the trial: nothing is ever billed",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11), 14);
             addEvent(s, EventKind::Cancelled, d("2025-01-10"), false);
             return s;
         },
         d("2025-03-01"),
         {}},
        {"§5 temporary upgrade to PRO Jan 11–21: −6.77 +13.55 on Jan 11, revert −20.00 × 11/31 = −7.10 "
         "+10.00 × 11/31 = 3.55 on Jan 21",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::TemporaryChange, d("2025-01-11"), true, config(2, 21));
             addEvent(s, EventKind::Reverted, d("2025-01-21"), true, config(1, 11));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00",
          "2025-01-11 change:2:plan:credit [2025-01-11,2025-02-01) -6.77",
          "2025-01-11 change:2:plan [2025-01-11,2025-02-01) 13.55",
          "2025-01-21 change:3:plan:credit [2025-01-21,2025-02-01) -7.10",
          "2025-01-21 change:3:plan [2025-01-21,2025-02-01) 3.55", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00"}},
        // Pause, resume, reactivate, terms, price versions
        {"pause Jan 21 with credit (−3.55), resume Mar 10 aligned to day 1: 10.00 × 22/31 = 7.10, then Apr",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Paused, d("2025-01-21"), true);
             addEvent(s, EventKind::Resumed, d("2025-03-10"), false);
             return s;
         },
         d("2025-04-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00",
          "2025-01-21 cancel:2:plan:credit [2025-01-21,2025-02-01) -3.55",
          "2025-03-10 plan#3 [2025-03-10,2025-04-01) 7.10", "2025-04-01 plan#3 [2025-04-01,2025-05-01) 10.00"}},
        {"pause Jan 21 without credit, resume Jan 25: January is paid, billing restarts Feb 1 (no double charge)",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Paused, d("2025-01-21"), false);
             addEvent(s, EventKind::Resumed, d("2025-01-25"), false);
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan#3 [2025-02-01,2025-03-01) 10.00"}},
        {"reactivated Mar 5 after a cancel at period end: 10.00 × 27/31 = 8.71, then Apr",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Cancelled, d("2025-02-01"), false);
             addEvent(s, EventKind::Reactivated, d("2025-03-05"), false);
             return s;
         },
         d("2025-04-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-03-05 plan#3 [2025-03-05,2025-04-01) 8.71",
          "2025-04-01 plan#3 [2025-04-01,2025-05-01) 10.00"}},
        {"fixed term of 3 months that expires: Jan, Feb, Mar billed; April is not",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             s.term = {3, catalog::TermEndAction::Expire};
             return s;
         },
         d("2025-05-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 10.00"}},
        {"fixed term of 2 months that renews: billing simply continues",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             s.term = {2, catalog::TermEndAction::Renew};
             return s;
         },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 10.00"}},
        {"grandfathering: a new 12.00 version from Mar 1 does not touch a subscription pinned to 10.00",
         [] { return subscription(d("2025-01-01"), config(1, 11)); },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 10.00"}},
        {"price migration from Mar 1 (a period start, not prorated): 10.00, 10.00, then 12.00",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::PriceMigrated, d("2025-03-01"), false, config(1, 13));
             return s;
         },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 12.00"}},
        {"a change before an aligned start keeps the short first period: PRO 20.00 × 22/31 = 14.19 from Jan 10",
         [] {
             auto s = subscription(d("2025-01-10"), config(1, 11, 1, QStringLiteral("1 month"), 1));
             addEvent(s, EventKind::Changed, d("2025-01-10"), false, config(2, 21, 1, QStringLiteral("1 month"), 1));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-10 plan [2025-01-10,2025-02-01) 14.19", "2025-02-01 plan [2025-02-01,2025-03-01) 20.00"}},
        {"a change on the day a trial with anchor ends keeps its prorated period: PRO 20.00 × 17/31 = 10.97",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11, 1, QStringLiteral("1 month"), 1), 14);
             addEvent(s, EventKind::Changed, d("2025-01-15"), false, config(2, 21, 1, QStringLiteral("1 month"), 1));
             return s;
         },
         d("2025-01-31"),
         {"2025-01-15 plan [2025-01-15,2025-02-01) 10.97"}},
        {"monthly→yearly on a billed period's first day: credit −10.00, and the year 100.00 is still billed",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Changed, d("2025-02-01"), true, config(1, 12, 1, QStringLiteral("1 year")));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-02-01 plan#2 [2025-02-01,2026-02-01) 100.00",
          "2025-02-01 change:2:plan:credit [2025-02-01,2025-03-01) -10.00"}},
        {"cancel with credit on a billed Feb 1 and reactivated the same day: −10.00 and February billed again",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::Cancelled, d("2025-02-01"), true);
             addEvent(s, EventKind::Reactivated, d("2025-02-01"), false);
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-02-01 plan#3 [2025-02-01,2025-03-01) 10.00",
          "2025-02-01 cancel:2:plan:credit [2025-02-01,2025-03-01) -10.00"}},
        {"withdrawn cancellation keeps a 3-month expiring term: Jan, Feb, Mar only",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             s.term = {3, catalog::TermEndAction::Expire};
             addEvent(s, EventKind::Cancelled, d("2025-02-01"), false);
             addEvent(s, EventKind::Reactivated, d("2025-02-01"), false);
             return s;
         },
         d("2025-05-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-02-01 plan [2025-02-01,2025-03-01) 10.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 10.00"}},
        {"cancel during a temporary upgrade: the later revert changes nothing billed",
         [] {
             auto s = subscription(d("2025-01-01"), config(1, 11));
             addEvent(s, EventKind::TemporaryChange, d("2025-01-11"), true, config(2, 21));
             addEvent(s, EventKind::Cancelled, d("2025-01-16"), true);
             addEvent(s, EventKind::Reverted, d("2025-01-21"), true, config(1, 11));
             return s;
         },
         d("2025-03-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00",
          "2025-01-11 change:2:plan:credit [2025-01-11,2025-02-01) -6.77",
          "2025-01-11 change:2:plan [2025-01-11,2025-02-01) 13.55",
          "2025-01-16 cancel:3:plan:credit [2025-01-16,2025-02-01) -10.32"}},
        // §6 Pricing models through the engine
        {"§6 graduated at 0 seats: the first tier's base fee 10.00 still applies",
         [] { return subscription(d("2025-01-01"), config(4, 41, 0)); },
         d("2025-01-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00"}},
        {"§6 graduated 12 units = 10.00 base + 10 × 5.00 + 2 × 4.00 = 68.00",
         [] { return subscription(d("2025-01-01"), config(4, 41, 12)); },
         d("2025-01-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 68.00"}},
        {"§6 volume drop: 10 units × 5.00 = 50.00 but 11 units × 4.00 = 44.00",
         [] {
             auto s = subscription(d("2025-01-01"), config(5, 51, 10));
             addEvent(s, EventKind::Changed, d("2025-02-01"), false, config(5, 51, 11));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 50.00", "2025-02-01 plan [2025-02-01,2025-03-01) 44.00"}},
        {"§6 package 10.00 per 100 with 50 free: 50 units = 0.00, 151 units = 2 packages = 20.00",
         [] {
             auto s = subscription(d("2025-01-01"), config(6, 61, 50));
             addEvent(s, EventKind::Changed, d("2025-02-01"), false, config(6, 61, 151));
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 0.00", "2025-02-01 plan [2025-02-01,2025-03-01) 20.00"}},
        // §7 Discounts
        {"§7 25% forever: −2.50 every period",
         [] { return withCoupon(d("2025-01-01"), "P25"); },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -2.50",
          "2025-02-01 plan [2025-02-01,2025-03-01) 10.00", "2025-02-01 coupon [2025-02-01,2025-03-01) -2.50"}},
        {"§7 10% once: −1.00 on the first period only",
         [] { return withCoupon(d("2025-01-01"), "ONCE10"); },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -1.00",
          "2025-02-01 plan [2025-02-01,2025-03-01) 10.00"}},
        {"§7 50% for 3 periods: −5.00 in Jan, Feb, Mar; April at full price",
         [] { return withCoupon(d("2025-01-01"), "REP3"); },
         d("2025-04-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -5.00",
          "2025-02-01 plan [2025-02-01,2025-03-01) 10.00", "2025-02-01 coupon [2025-02-01,2025-03-01) -5.00",
          "2025-03-01 plan [2025-03-01,2025-04-01) 10.00", "2025-03-01 coupon [2025-03-01,2025-04-01) -5.00",
          "2025-04-01 plan [2025-04-01,2025-05-01) 10.00"}},
        {"§7 once coupon on an aligned start: the short first period (7.10) is its period, 10% = −0.71",
         [] { return withCoupon(d("2025-01-10"), "ONCE10", 1, 11, 1); },
         d("2025-02-01"),
         {"2025-01-10 plan [2025-01-10,2025-02-01) 7.10", "2025-01-10 coupon [2025-01-10,2025-02-01) -0.71",
          "2025-02-01 plan [2025-02-01,2025-03-01) 10.00"}},
        {"§7 fixed 5.00 forever: −5.00 each period",
         [] { return withCoupon(d("2025-01-01"), "FIX5"); },
         d("2025-01-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -5.00"}},
        {"§7 fixed 15.00 on a 10.00 period never goes below zero: −10.00",
         [] { return withCoupon(d("2025-01-01"), "FIX15"); },
         d("2025-01-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -10.00"}},
        {"§7 25% of plan 10.00 + add-on 3.00: −2.50 − 0.75 = −3.25",
         [] {
             auto c = config(1, 11);
             c.addOns = {{AddOnId(1), PriceVersionId(81), 1}};
             c.couponCode = QStringLiteral("P25");
             return subscription(d("2025-01-01"), c);
         },
         d("2025-01-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 addon:1 [2025-01-01,2025-02-01) 3.00",
          "2025-01-01 coupon [2025-01-01,2025-02-01) -3.25"}},
        {"§7 25% coupon on an upgrade Jan 16: credit −5.16 gets its 25% back +1.29, charge 10.32 gets 25% off −2.58",
         [] {
             auto s = withCoupon(d("2025-01-01"), "P25");
             auto pro = config(2, 21);
             pro.couponCode = QStringLiteral("P25");
             addEvent(s, EventKind::Changed, d("2025-01-16"), true, pro);
             return s;
         },
         d("2025-01-31"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -2.50",
          "2025-01-16 change:2:plan:credit [2025-01-16,2025-02-01) -5.16",
          "2025-01-16 change:2:plan [2025-01-16,2025-02-01) 10.32",
          "2025-01-16 change:2:coupon [2025-01-16,2025-02-01) -2.58",
          "2025-01-16 change:2:coupon:credit [2025-01-16,2025-02-01) 1.29"}},
        {"§7 fixed 5.00 coupon, cancel Jan 21 with credit: −3.55 and the unused coupon share back +5.00 × 11/31 = 1.77",
         [] {
             auto s = withCoupon(d("2025-01-01"), "FIX5");
             addEvent(s, EventKind::Cancelled, d("2025-01-21"), true);
             return s;
         },
         d("2025-01-31"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -5.00",
          "2025-01-21 cancel:2:plan:credit [2025-01-21,2025-02-01) -3.55",
          "2025-01-21 cancel:2:coupon:credit [2025-01-21,2025-02-01) 1.77"}},
        {"§7 fixed 15.00 coupon made January free: cancelling credits −3.55 + 3.55 = 0.00",
         [] {
             auto s = withCoupon(d("2025-01-01"), "FIX15");
             addEvent(s, EventKind::Cancelled, d("2025-01-21"), true);
             return s;
         },
         d("2025-01-31"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -10.00",
          "2025-01-21 cancel:2:plan:credit [2025-01-21,2025-02-01) -3.55",
          "2025-01-21 cancel:2:coupon:credit [2025-01-21,2025-02-01) 3.55"}},
        {"§7 coupon limited to BASIC, upgrade to PRO Jan 16: credit −5.16 gets +1.29 back, PRO 10.32 undiscounted",
         [] {
             auto s = withCoupon(d("2025-01-01"), "B25");
             auto pro = config(2, 21);
             pro.couponCode = QStringLiteral("B25");
             addEvent(s, EventKind::Changed, d("2025-01-16"), true, pro);
             return s;
         },
         d("2025-02-01"),
         {"2025-01-01 plan [2025-01-01,2025-02-01) 10.00", "2025-01-01 coupon [2025-01-01,2025-02-01) -2.50",
          "2025-01-16 change:2:plan:credit [2025-01-16,2025-02-01) -5.16",
          "2025-01-16 change:2:plan [2025-01-16,2025-02-01) 10.32",
          "2025-01-16 change:2:coupon:credit [2025-01-16,2025-02-01) 1.29",
          "2025-02-01 plan [2025-02-01,2025-03-01) 20.00"}},
    };
    return all;
}

} // namespace

class tst_BillingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void items_data();
    void items();
    void windowsPartitionTheItems_data();
    void windowsPartitionTheItems();
    void derivations();
    void invalidLogIsAnError();
};

void tst_BillingEngine::items_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).name) << i;
}

void tst_BillingEngine::items()
{
    QFETCH(int, index);
    const Case& c = cases().at(index);
    const catalog::Catalog cat = testCatalog();
    const billing::BillingEngine engine(cat);
    const Result<QList<billing::BillingItem>> items = engine.items(c.build(), c.usage, c.after, c.asOf);
    QVERIFY2(items.ok(), items.ok() ? "" : qPrintable(items.error().message));
    QStringList expected;
    for (const char* line : c.expected)
        expected.append(QString::fromUtf8(line));
    QCOMPARE(describe(*items), expected);
}

void tst_BillingEngine::windowsPartitionTheItems_data()
{
    items_data();
}

// Billing in several runs (windows split at every day) gives exactly the items of one run: the
// property that makes catch-up and repeated runs exact.
void tst_BillingEngine::windowsPartitionTheItems()
{
    QFETCH(int, index);
    const Case& c = cases().at(index);
    if (c.after.isValid())
        QSKIP("the row already starts after a run");
    const catalog::Catalog cat = testCatalog();
    const billing::BillingEngine engine(cat);
    const Subscription s = c.build();
    const auto whole = engine.items(s, c.usage, {}, c.asOf);
    QVERIFY(whole.ok());
    QStringList pieces;
    QDate after;
    for (QDate day = s.startDate.addDays(-1); day <= c.asOf; day = day.addDays(7)) {
        const auto part = engine.items(s, c.usage, after, day);
        QVERIFY(part.ok());
        pieces += describe(*part);
        after = day;
    }
    const auto rest = engine.items(s, c.usage, after, c.asOf);
    QVERIFY(rest.ok());
    pieces += describe(*rest);
    QStringList expected = describe(*whole);
    std::sort(expected.begin(), expected.end());
    std::sort(pieces.begin(), pieces.end());
    QCOMPARE(pieces, expected);
}

void tst_BillingEngine::derivations()
{
    const catalog::Catalog cat = testCatalog();
    const billing::BillingEngine engine(cat);
    auto s = subscription(d("2025-01-10"), config(1, 11, 1, QStringLiteral("1 month"), 1));
    const auto items = engine.items(s, {}, {}, d("2025-01-10"));
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().derivation,
             QStringLiteral("Basic (Monthly) 10.00 × 22/31 days (2025-01-10 → 2025-02-01) = 7.10"));
    auto g = subscription(d("2025-01-01"), config(4, 41, 12));
    const auto graduated = engine.items(g, {}, {}, d("2025-01-01"));
    QVERIFY(graduated.ok());
    QVERIFY2(graduated->first().derivation.contains(QStringLiteral("total 68.00")),
             qPrintable(graduated->first().derivation));
}

void tst_BillingEngine::invalidLogIsAnError()
{
    const catalog::Catalog cat = testCatalog();
    const billing::BillingEngine engine(cat);
    auto s = subscription(d("2025-01-01"), config(1, 11));
    addEvent(s, EventKind::Resumed, d("2025-01-10"), false);
    const auto items = engine.items(s, {}, {}, d("2025-02-01"));
    QVERIFY(!items.ok());
    QVERIFY2(items.error().message.contains(QStringLiteral("2025-01-10")), qPrintable(items.error().message));
    auto missing = subscription(d("2025-01-01"), config(1, 999));
    QVERIFY(!engine.items(missing, {}, {}, d("2025-02-01")).ok());
}

QTEST_GUILESS_MAIN(tst_BillingEngine)
#include "tst_billingengine.moc"
