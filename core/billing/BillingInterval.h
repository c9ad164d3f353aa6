#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace subdesk::billing {

/** The unit of a billing interval (BILLING.md §2). */
enum class IntervalUnit
{
    Day,
    Week,
    Month,
    Year,
};

/** Stable key stored in the database and used by files and the CLI: "day", "week", "month", "year". */
QString intervalUnitKey(IntervalUnit unit);
/** The unit for a key; also accepts the plural ("months") and any letter case. */
std::optional<IntervalUnit> intervalUnitFromKey(const QString& key);

/**
 * How often a subscription is billed: count × unit, e.g. 1 month, 3 months (quarterly), 2 weeks,
 * 1 year. A valid interval has 1 ≤ count ≤ 366. Month and year intervals keep their anchor day;
 * see BillingCalendar.
 */
struct BillingInterval
{
    static constexpr int minCount = 1;
    static constexpr int maxCount = 366;

    IntervalUnit unit = IntervalUnit::Month;
    int count = 1;

    bool isValid() const { return count >= minCount && count <= maxCount; }
    /** isValid() with a translated message that says what is wrong. */
    Status validate() const;

    /** Locale-independent form: "1 month", "3 months", "1 year", "14 days". */
    QString toString() const;
    /**
     * Parses toString()'s form. Whitespace and letter case are free, singular and plural are both
     * accepted ("3 month"); a bare unit ("month") means a count of 1. The result is validated.
     */
    static Result<BillingInterval> fromString(const QString& text);

    /** Translated text for people: "Monthly", "Every 3 months". */
    QString displayText() const;

    friend bool operator==(const BillingInterval& a, const BillingInterval& b) = default;
};

} // namespace subdesk::billing
