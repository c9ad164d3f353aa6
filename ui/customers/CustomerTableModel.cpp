#include "CustomerTableModel.h"

#include "CollationRanks.h"
#include "common/Countries.h"
#include "customers/CustomerFilter.h"
#include "customers/CustomerService.h"
#include "settings/Languages.h"

#include <QCollator>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <limits>

namespace subdesk::ui {

using customers::Customer;
using customers::CustomerField;

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString number(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

bool isNumeric(CustomerField field)
{
    return field == CustomerField::Id || field == CustomerField::PaymentTerms;
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CustomerTableModel::setService(customers::CustomerService* service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (!service)
        return;
    connect(service, &customers::CustomerService::customerAdded, this, &CustomerTableModel::addCustomer);
    connect(service, &customers::CustomerService::customerChanged, this, &CustomerTableModel::changeCustomer);
    connect(service, &customers::CustomerService::customerRemoved, this, &CustomerTableModel::removeCustomer);
    connect(service, &customers::CustomerService::customersReset, this, [this] {
        if (auto loaded = reload(); !loaded)
            Q_EMIT reloadFailed(loaded.error().message);
    });
}

Status CustomerTableModel::reload()
{
    if (!m_service)
        return {};
    auto loaded = m_service->loadAll();
    if (!loaded)
        return loaded.error();
    setCustomers(std::move(*loaded));
    return {};
}

CustomerTableModel::~CustomerTableModel()
{
    if (m_pendingKeys.valid())
        m_pendingKeys.wait();
}

namespace {

QList<QString> searchKeys(const QList<Customer>& rows)
{
    QList<QString> keys;
    keys.reserve(rows.size());
    for (const Customer& c : rows)
        keys.append(customers::CustomerFilter::searchKey(c));
    return keys;
}

} // namespace

void CustomerTableModel::setCustomers(QList<Customer> customers)
{
    if (m_pendingKeys.valid())
        m_pendingKeys.wait();
    beginResetModel();
    m_rows = std::move(customers);
    m_keys.clear();
    m_keysReady = false;
    // Folding 100,000 names, e-mails and cities takes a quarter of a second: a second thread does it
    // while this one sorts and paints the table. The first search waits for it (ensureSearchKeys()).
    try {
        m_pendingKeys = std::async(std::launch::async, [rows = m_rows] { return searchKeys(rows); });
    } catch (const std::system_error&) {
        m_keys = searchKeys(m_rows);
        m_keysReady = true;
    }
    invalidateSortKeys();
    rebuildIndex();
    endResetModel();
}

void CustomerTableModel::ensureSearchKeys() const
{
    if (m_keysReady)
        return;
    m_keys = m_pendingKeys.get();
    m_keysReady = true;
}

void CustomerTableModel::invalidateSortKeys()
{
    for (ColumnKeys& column : m_sortKeys)
        column.valid = false;
}

void CustomerTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id.value, row);
}

QModelIndex CustomerTableModel::index(int row, int column, const QModelIndex& parent) const
{
    // Sorting asks for two indexes per comparison: skip the generic virtual rowCount/columnCount checks.
    static const int columns = int(customers::allCustomerFields().size());
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= columns)
        return {};
    return createIndex(row, column);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(customers::allCustomerFields().size());
}

CustomerField CustomerTableModel::fieldOfColumn(int column)
{
    return customers::allCustomerFields().at(column);
}

int CustomerTableModel::columnOf(CustomerField field)
{
    return int(customers::allCustomerFields().indexOf(field));
}

int CustomerTableModel::rowOf(CustomerId id) const
{
    return m_rowById.value(id.value, -1);
}

QString CustomerTableModel::displayText(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::Id:
        return c.id.isValid() ? number(c.id.value) : QString();
    case CustomerField::Kind:
        return customers::displayName(c.kind);
    case CustomerField::Emails:
        return c.emails.join(QStringLiteral(", "));
    case CustomerField::Street:
        return c.address.streetLines.join(QStringLiteral(", "));
    case CustomerField::Language:
        return languageName(c.language);
    case CustomerField::PaymentTerms:
        return number(c.paymentTermsDays);
    case CustomerField::PaymentMethod:
        return customers::displayName(c.paymentMethod);
    case CustomerField::Iban:
        return customers::formatIban(c.sepa.iban);
    case CustomerField::MandateSignedOn:
        return shortDate(c.sepa.signedOn);
    case CustomerField::PreferredChannel:
        return customers::displayName(c.preferredChannel);
    case CustomerField::Notes:
        return c.notes.section(QLatin1Char('\n'), 0, 0);
    case CustomerField::Status:
        return customers::displayName(c.status);
    case CustomerField::Created:
        return c.created.isValid() ? shortDate(c.created.toLocalTime().date()) : QString();
    default:
        // The rest are plain text already in the form a user reads it.
        return customers::fieldText(c, field);
    }
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Customer& c = m_rows.at(index.row());
    const CustomerField field = fieldOfColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, field);
    case Qt::ToolTipRole:
        switch (field) {
        case CustomerField::Country:
            return countries::name(c.address.country);
        case CustomerField::Street:
            return c.address.streetLines.join(QLatin1Char('\n'));
        case CustomerField::Notes:
            return c.notes;
        case CustomerField::Emails:
            return c.emails.join(QLatin1Char('\n'));
        case CustomerField::Created:
            return c.created.isValid() ? QLocale().toString(c.created.toLocalTime(), QLocale::LongFormat) : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (isNumeric(field))
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (c.status == customers::CustomerStatus::Archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case CustomerIdRole:
        return c.id.value;
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return customers::fieldLabel(fieldOfColumn(section));
    if (role == Qt::TextAlignmentRole && isNumeric(fieldOfColumn(section)))
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

const QList<qint64>& CustomerTableModel::sortKeys(int column) const
{
    if (column < m_sortKeys.size() && m_sortKeys.at(column).valid)
        return m_sortKeys.at(column).keys;
    if (m_sortKeys.size() != columnCount())
        m_sortKeys.resize(columnCount());
    ColumnKeys& cached = m_sortKeys[column];
    cached.keys.resize(m_rows.size());
    const CustomerField field = fieldOfColumn(column);
    switch (field) {
    case CustomerField::Id:
    case CustomerField::PaymentTerms:
    case CustomerField::Created:
    case CustomerField::MandateSignedOn:
        for (int row = 0; row < m_rows.size(); ++row)
            cached.keys[row] = numericSortKey(m_rows.at(row), field);
        break;
    default:
        cached.keys =
            collationRanks(m_rows.size(), [this, field](qsizetype row) { return displayText(m_rows.at(row), field); });
        break;
    }
    cached.valid = true;
    return cached.keys;
}

qint64 CustomerTableModel::numericSortKey(const Customer& c, CustomerField field)
{
    switch (field) {
    case CustomerField::Id:
        return c.id.value;
    case CustomerField::PaymentTerms:
        return c.paymentTermsDays;
    case CustomerField::Created:
        return c.created.isValid() ? c.created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    case CustomerField::MandateSignedOn:
        return c.sepa.signedOn.isValid() ? c.sepa.signedOn.toJulianDay() : std::numeric_limits<qint64>::min();
    default:
        return 0;
    }
}

namespace {

QStringList sortedForDisplay(const QSet<QString>& values)
{
    QStringList list(values.begin(), values.end());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), collator);
    return list;
}

} // namespace

QStringList CustomerTableModel::segments() const
{
    QSet<QString> values;
    for (const Customer& c : m_rows) {
        if (!c.segment.isEmpty())
            values.insert(c.segment);
    }
    return sortedForDisplay(values);
}

QStringList CustomerTableModel::tags() const
{
    QSet<QString> values;
    for (const Customer& c : m_rows) {
        for (const QString& tag : c.tags)
            values.insert(tag);
    }
    return sortedForDisplay(values);
}

QStringList CustomerTableModel::countries() const
{
    QSet<QString> values;
    for (const Customer& c : m_rows) {
        if (!c.address.country.isEmpty())
            values.insert(c.address.country);
    }
    QStringList list(values.begin(), values.end());
    std::sort(list.begin(), list.end());
    return list;
}

void CustomerTableModel::addCustomer(const Customer& customer)
{
    if (rowOf(customer.id) >= 0) {
        changeCustomer(customer);
        return;
    }
    ensureSearchKeys();
    const int row = int(m_rows.size());
    invalidateSortKeys();
    beginInsertRows({}, row, row);
    m_keys.append(customers::CustomerFilter::searchKey(customer));
    m_rows.append(customer);
    m_rowById.insert(customer.id.value, row);
    endInsertRows();
}

void CustomerTableModel::changeCustomer(const Customer& customer)
{
    const int row = rowOf(customer.id);
    if (row < 0) {
        addCustomer(customer);
        return;
    }
    ensureSearchKeys();
    invalidateSortKeys();
    m_keys[row] = customers::CustomerFilter::searchKey(customer);
    m_rows[row] = customer;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void CustomerTableModel::removeCustomer(CustomerId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    ensureSearchKeys();
    invalidateSortKeys();
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_keys.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

} // namespace subdesk::ui
