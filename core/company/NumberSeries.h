#pragma once

#include "billing/Document.h"
#include "common/Result.h"

#include <QDate>
#include <QString>

namespace subdesk::company {

/**
 * A numbering series (BILLING.md §9): a pattern such as "INV-{YYYY}-{#####}" with the tokens
 * {YYYY}, {YY}, {MM} and {#…} (the counter, zero-padded to the count of #; wider numbers are
 * printed in full), optionally restarting at 1 each calendar year of the issue date.
 */
struct NumberSeries
{
    qint64 id = 0;
    billing::DocumentKind kind = billing::DocumentKind::Invoice;
    QString name;
    QString pattern;
    bool yearlyReset = false;
    bool isDefault = false;
    bool archived = false;

    /** The counter's year for an issue date: its year with yearly reset, else 0. */
    int counterYear(QDate issueDate) const { return yearlyReset ? issueDate.year() : 0; }
    /** The number for counter value n (≥ 1) issued on issueDate. */
    QString format(qint64 n, QDate issueDate) const;
    /** Invalid with a message naming the problem: no {#…} token, an unknown {token}, a stray brace,
     *  a yearly reset without {YYYY} or {YY}, more than 40 characters of output. */
    static Status validatePattern(const QString& pattern, bool yearlyReset);

    friend bool operator==(const NumberSeries&, const NumberSeries&) = default;
};

} // namespace subdesk::company
