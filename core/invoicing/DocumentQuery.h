#pragma once

#include "billing/Document.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk::invoicing {

/** Which documents a list shows; every criterion left empty matches all. */
struct DocumentFilter
{
    std::optional<billing::DocumentKind> kind;
    /** Derived statuses to show (empty: any); Overdue etc. are judged on `today`. */
    QList<billing::DocumentStatus> statuses;
    CustomerId customerId;
    qint64 seriesId = 0;
    QString currency;
    /** Issue date (a draft's date) within [from, to], inclusive; invalid bounds are open. */
    QDate from;
    QDate to;
    /** Number or customer name contains it (case-insensitive). */
    QString text;
    QDate today;
};

enum class DocumentSortKey
{
    Number, ///< drafts last, then series and number
    Date,
    DueDate,
    Customer,
    Total,
    Balance,
};

struct DocumentSort
{
    DocumentSortKey key = DocumentSortKey::Date;
    bool descending = true;
};

/** One row of a document list: the header with its balance, no lines (views over 1,000,000). */
struct DocumentRow
{
    DocumentId id;
    billing::DocumentKind kind = billing::DocumentKind::Invoice;
    billing::DocumentStatus status = billing::DocumentStatus::Draft;
    QString number;
    CustomerId customerId;
    QString customerName;
    QDate date; ///< issue date, or the draft's date
    QDate dueDate;
    QString currency;
    qint64 totalMinor = 0;
    qint64 balanceMinor = 0;
};

/** Sums of what a filter shows, per currency (never added across currencies). */
struct DocumentTotals
{
    QString currency;
    int count = 0;
    qint64 totalMinor = 0;
    qint64 balanceMinor = 0;
};

/** An issued invoice with something left to pay (aging, auto-allocation, statements). */
struct OpenItem
{
    DocumentId id;
    QString number;
    CustomerId customerId;
    QString customerName;
    QDate issueDate;
    QDate dueDate;
    Money balance;
};

} // namespace subdesk::invoicing
