#pragma once

#include "common/Result.h"
#include "invoicing/DocumentQuery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

#include <optional>

namespace subdesk::invoicing {
class InvoiceService;
}

namespace subdesk::ui {

/**
 * The documents a filter shows, as a table that never holds them all: it asks the service for the
 * count once per query and then for pages of kPageSize rows as the view paints them, keeping the
 * kCachedPages most recently used pages. Sorting and filtering happen in the database
 * (DocumentSort, DocumentFilter), so a list of 1,000,000 documents costs one count and one page.
 *
 * A page that cannot be read shows empty rows and reports failed() once; reload() tries again.
 */
class InvoiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        DateColumn,
        DueColumn,
        CustomerColumn,
        StatusColumn,
        TotalColumn,
        BalanceColumn,
        ColumnCount,
    };

    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1, ///< qint64
        StatusRole, ///< int (billing::DocumentStatus)
    };

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 6;

    explicit InvoiceTableModel(invoicing::InvoiceService& service, QObject* parent = nullptr);

    /** Counts what filter shows and resets the table to it (no page is read until one is shown). */
    Status setQuery(const invoicing::DocumentFilter& filter, const invoicing::DocumentSort& sort);
    Status setFilter(const invoicing::DocumentFilter& filter) { return setQuery(filter, m_sort); }
    /** Reads the same query again (after a document changed). */
    Status reload() { return setQuery(m_filter, m_sort); }
    const invoicing::DocumentFilter& filter() const { return m_filter; }
    const invoicing::DocumentSort& documentSort() const { return m_sort; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Sorts in the database; the Status column has no order and is ignored. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** The document on a row, reading its page if it is not cached; nullopt when it cannot be read. */
    std::optional<invoicing::DocumentRow> rowAt(int row) const;
    /** The row of a document among the cached pages, or -1. */
    int cachedRowOf(DocumentId id) const;

    /** Rows per page (tests use small pages to see paging over few documents). Drops the cache. */
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /** Pages read from the service since the model was made (for tests and the benchmark). */
    int pageReads() const { return m_pageReads; }
    /** Indexes of the pages held now. */
    QList<int> cachedPages() const;

    /** The sort key of a column (none for Status). */
    static std::optional<invoicing::DocumentSortKey> sortKeyFor(int column);
    /** The column sorted by a key. */
    static int columnFor(invoicing::DocumentSortKey key);
    /** The colour a status is written in: overdue red, paid green, draft grey; invalid: the default. */
    static QColor statusColor(billing::DocumentStatus status);
    /** The text a cell shows. */
    static QString displayText(const invoicing::DocumentRow& row, int column);

Q_SIGNALS:
    /** A query or a page could not be read; the message says which. */
    void failed(const QString& message);

private:
    const QList<invoicing::DocumentRow>* page(int index) const;

    invoicing::InvoiceService& m_service;
    invoicing::DocumentFilter m_filter;
    invoicing::DocumentSort m_sort;
    int m_count = 0;
    int m_pageSize = kPageSize;
    mutable QHash<int, QList<invoicing::DocumentRow>> m_pages;
    mutable QList<int> m_recent; ///< page indexes, most recently used last
    mutable int m_pageReads = 0;
    mutable bool m_failed = false; ///< a page failed since the last query: report once
};

} // namespace subdesk::ui
