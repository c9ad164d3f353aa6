#pragma once

#include "common/Result.h"
#include "customers/Customer.h"
#include "customers/CustomerField.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <future>

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::ui {

/**
 * Every customer of the company as a table: one row per customer, one column per
 * customers::allCustomerFields() entry. Loaded once with CustomerService::loadAll(), then kept up
 * to date row by row from the service's signals (a reset reloads).
 *
 * Next to each row it keeps the customer's precomputed search key, so that CustomerFilterModel
 * tests a keystroke with substring searches only, and, computed on demand, an integer sort key
 * per row and column, so that sorting compares integers instead of strings.
 */
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1, ///< qint64
    };

    explicit CustomerTableModel(QObject* parent = nullptr);
    ~CustomerTableModel() override;

    /** Follows the service's signals (nullptr: stop). Does not load; call reload(). */
    void setService(customers::CustomerService* service);
    /** Replaces the rows with the service's customers. */
    Status reload();
    void setCustomers(QList<customers::Customer> customers);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const customers::Customer& customerAt(int row) const { return m_rows.at(row); }
    /** The row's CustomerFilter::searchKey() (waits for the keys after a load, see ensureSearchKeys()). */
    const QString& searchKeyAt(int row) const
    {
        if (!m_keysReady)
            ensureSearchKeys();
        return m_keys.at(row);
    }
    /**
     * Waits until the search keys of the last load are ready. setCustomers() computes them on a
     * second thread so that the table shows without waiting for them; the first search waits.
     */
    void ensureSearchKeys() const;
    const QList<customers::Customer>& customers() const { return m_rows; }
    /** The row of a customer, or -1. */
    int rowOf(CustomerId id) const;

    static customers::CustomerField fieldOfColumn(int column);
    static int columnOf(customers::CustomerField field);

    /** The text a cell shows: locale-aware dates and numbers, translated enum names, grouped IBAN. */
    static QString displayText(const customers::Customer& customer, customers::CustomerField field);

    /**
     * One integer per row that orders the column as a user expects: the number for No. and payment
     * terms, the moment for dates, and for text the row's position in the locale's collation order
     * (equal texts share it). Computed on first use after a change; the reference stays valid until
     * the rows change. Sorting compares these, never QVariants or strings.
     */
    const QList<qint64>& sortKeys(int column) const;

    /** Distinct non-empty values in the data, sorted, for the filter bar. */
    QStringList segments() const;
    QStringList tags() const;
    QStringList countries() const;

    void addCustomer(const customers::Customer& customer);
    void changeCustomer(const customers::Customer& customer);
    void removeCustomer(subdesk::CustomerId id);

Q_SIGNALS:
    /** Reloading after customersReset() failed; the rows shown are the ones from before. */
    void reloadFailed(const QString& message);

private:
    void rebuildIndex();
    void invalidateSortKeys();
    static qint64 numericSortKey(const customers::Customer& customer, customers::CustomerField field);

    QList<customers::Customer> m_rows;
    mutable QList<QString> m_keys;
    mutable bool m_keysReady = true;
    mutable std::future<QList<QString>> m_pendingKeys;
    QHash<qint64, int> m_rowById;
    struct ColumnKeys
    {
        QList<qint64> keys;
        bool valid = false;
    };
    mutable QList<ColumnKeys> m_sortKeys; ///< by column
    QPointer<customers::CustomerService> m_service;
};

} // namespace subdesk::ui
