#include "SqliteMetricsRows.h"

#include "SqlValues.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace subdesk::storage::metricsrows {

using namespace subdesk::metrics;
using namespace subdesk::surveys;

namespace {

constexpr const char* kReportingCurrencyKey = "metrics.reporting_currency";
constexpr const char* kGrossMarginKey = "metrics.gross_margin_bp";

/**
 * Turns the few distinct values of a column (currencies, segments, tags) into shared QStrings: a
 * million spans hold a handful of currencies, so each QString is built once and then only
 * referenced. Past kMaxEntries distinct values it stops pooling and builds each one.
 */
class TextPool
{
public:
    QString get(QByteArrayView bytes)
    {
        if (m_last >= 0 && bytes == QByteArrayView(m_entries.at(m_last).first))
            return m_entries.at(m_last).second;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (bytes == QByteArrayView(m_entries.at(i).first)) {
                m_last = i;
                return m_entries.at(i).second;
            }
        }
        if (m_entries.size() >= kMaxEntries)
            return QString::fromUtf8(bytes);
        m_entries.append({bytes.toByteArray(), QString::fromUtf8(bytes)});
        m_last = m_entries.size() - 1;
        return m_entries.at(m_last).second;
    }

private:
    static constexpr qsizetype kMaxEntries = 64;
    QList<QPair<QByteArray, QString>> m_entries;
    qsizetype m_last = -1;
};

qint64 countRows(sqlite3* db, const char* sql)
{
    SqliteStatement q(db, sql);
    return q.ok() && q.nextRow() ? q.columnInt(0) : 0;
}

/** The first day of the month of "YYYY-MM…" text; invalid otherwise. */
QDate monthFromKey(QByteArrayView text)
{
    if (text.size() < 7 || text[4] != '-')
        return {};
    bool yearOk = false, monthOk = false;
    const int year = text.first(4).toInt(&yearOk);
    const int month = text.sliced(5, 2).toInt(&monthOk);
    if (!yearOk || !monthOk || month < 1 || month > 12)
        return {};
    return QDate(year, month, 1);
}

// Bounds of a date range on ISO text; an invalid date is an open bound ('' sorts before every
// stored date, 'A' after).
QByteArray lowerBound(QDate from)
{
    return from.isValid() ? isoDate(from) : QByteArray("");
}

QByteArray inclusiveUpperBound(QDate to)
{
    return to.isValid() ? isoDate(to) : QByteArray("A");
}

std::optional<SurveyChannel> channelFromBytes(QByteArrayView key)
{
    // The stored keys of SurveyChannel (surveyChannelKey), compared as bytes: no QString per row.
    static const QList<QPair<QByteArray, SurveyChannel>> keys = [] {
        QList<QPair<QByteArray, SurveyChannel>> list;
        for (SurveyChannel channel : allSurveyChannels())
            list.append({surveyChannelKey(channel).toLatin1(), channel});
        return list;
    }();
    for (const auto& [bytes, channel] : keys) {
        if (key == QByteArrayView(bytes))
            return channel;
    }
    return std::nullopt;
}

Error damagedRow(const char* table)
{
    return Error(ErrorCode::Database,
                 QCoreApplication::translate("Database", "The company file holds an unreadable row in %1.")
                     .arg(QLatin1String(table)));
}

} // namespace

QByteArray monthKey(QDate month)
{
    return isoDate(QDate(month.year(), month.month(), 1)).left(7);
}

Result<QList<MrrSpan>> readSpans(sqlite3* db)
{
    QList<MrrSpan> spans;
    spans.reserve(countRows(db, "SELECT count(*) FROM mrr_spans"));
    // The primary key's order: one pass over the table, no sort.
    SqliteStatement q(db,
                      "SELECT customer_id, subscription_id, from_day, to_day, plan_id, currency, mrr_minor "
                      "FROM mrr_spans ORDER BY customer_id, subscription_id, from_day");
    TextPool currencies;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        MrrSpan& span = spans.emplace_back();
        span.customerId = CustomerId(row.columnInt(0));
        span.subscriptionId = SubscriptionId(row.columnInt(1));
        span.from = QDate::fromJulianDay(row.columnInt(2));
        if (!row.columnIsNull(3))
            span.to = QDate::fromJulianDay(row.columnInt(3));
        span.planId = PlanId(row.columnInt(4));
        span.currency = currencies.get(row.columnUtf8(5));
        span.mrrMinor = row.columnInt(6);
    });
    if (!read)
        return read.error();
    return spans;
}

Result<QHash<CustomerId, CustomerFacts>> readCustomers(sqlite3* db)
{
    QHash<CustomerId, CustomerFacts> customers;
    customers.reserve(countRows(db, "SELECT count(*) FROM customers"));
    SqliteStatement q(db, "SELECT id, display_name, segment, country FROM customers");
    TextPool segments;
    TextPool countries;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        CustomerFacts facts;
        facts.id = CustomerId(row.columnInt(0));
        facts.name = row.columnText(1);
        facts.segment = segments.get(row.columnUtf8(2));
        facts.country = countries.get(row.columnUtf8(3));
        customers.insert(facts.id, std::move(facts));
    });
    if (!read)
        return read.error();
    return customers;
}

Result<QList<FxRate>> readFxRates(sqlite3* db)
{
    QList<FxRate> rates;
    SqliteStatement q(db, "SELECT month, currency, rate FROM fx_rates ORDER BY currency, month");
    bool damaged = false;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        FxRate rate;
        rate.month = monthFromKey(row.columnUtf8(0));
        rate.currency = row.columnText(1);
        rate.rate = row.columnInt(2);
        damaged = damaged || !rate.month.isValid();
        rates.append(rate);
    });
    if (!read)
        return read.error();
    if (damaged)
        return damagedRow("fx_rates");
    return rates;
}

Result<MetricsSettings> readSettings(sqlite3* db)
{
    SqliteStatement q(db, "SELECT key, value FROM settings WHERE key = ? OR key = ?");
    q.bindUtf8(1, kReportingCurrencyKey);
    q.bindUtf8(2, kGrossMarginKey);
    MetricsSettings settings;
    bool damaged = false;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        const QByteArrayView key = row.columnUtf8(0);
        if (key == QByteArrayView(kReportingCurrencyKey)) {
            settings.reportingCurrency = row.columnText(1);
        } else {
            bool ok = false;
            const int value = row.columnText(1).toInt(&ok);
            damaged = damaged || !ok;
            if (ok)
                settings.grossMarginBasisPoints = value;
        }
    });
    if (!read)
        return read.error();
    if (damaged)
        return damagedRow("settings");
    return settings;
}

Result<QString> readMostUsedCurrency(sqlite3* db)
{
    SqliteStatement q(db, "SELECT currency FROM customers GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1");
    QString currency = QStringLiteral("EUR");
    const Status read = forEachRow(q, [&](const SqliteStatement& row) { currency = row.columnText(0); });
    if (!read)
        return read.error();
    return currency;
}

Result<MetricsData> readSnapshot(sqlite3* db)
{
    SqliteUnitOfWork snapshot(db, SqliteUnitOfWork::Purpose::Read);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto settings = readSettings(db);
    if (!settings)
        return settings.error();
    QString reporting = settings->reportingCurrency;
    if (reporting.isEmpty()) {
        auto used = readMostUsedCurrency(db);
        if (!used)
            return used.error();
        reporting = *used;
    }
    auto rates = readFxRates(db);
    if (!rates)
        return rates.error();
    auto customers = readCustomers(db);
    if (!customers)
        return customers.error();
    auto spans = readSpans(db);
    if (!spans)
        return spans.error();
    if (Status done = snapshot.commit(); !done)
        return done.error();
    MetricsData data;
    data.spans = std::move(*spans);
    data.customers = std::move(*customers);
    data.fx = FxTable(reporting, *rates);
    data.grossMarginBasisPoints = settings->grossMarginBasisPoints;
    return data;
}

namespace {

/** Month keys bounding the months whose first day is in [from, to) (an invalid date: open). */
QPair<QByteArray, QByteArray> monthBounds(QDate from, QDate to)
{
    QByteArray low;
    if (from.isValid())
        low = monthKey(from.day() == 1 ? from : from.addMonths(1));
    QByteArray high("A");
    if (to.isValid())
        high = monthKey(to.day() == 1 ? to : to.addMonths(1));
    return {low, high};
}

} // namespace

namespace {

/**
 * The rows of one of the monthly sums the schema keeps as documents are issued (0004_metrics.sql)
 * for the months from..to: sql selects month, currency and kind first and binds the two month
 * bounds; fill reads the rest of a row and says whether it is sound.
 */
template <typename Row, typename Fill>
Result<QList<Row>> readMonthlySums(sqlite3* db, const char* sql, const char* table, QDate from, QDate to, Fill fill)
{
    SqliteStatement q(db, sql);
    const auto [low, high] = monthBounds(from, to);
    q.bindUtf8(1, low);
    q.bindUtf8(2, high);
    QList<Row> rows;
    TextPool currencies;
    bool damaged = false;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        Row r;
        r.month = monthFromKey(row.columnUtf8(0));
        r.currency = currencies.get(row.columnUtf8(1));
        r.creditNote = row.columnUtf8(2) == QByteArrayView("credit_note");
        damaged = damaged || !r.month.isValid() || !fill(row, r);
        rows.append(r);
    });
    if (!read)
        return read.error();
    if (damaged)
        return damagedRow(table);
    return rows;
}

} // namespace

Result<QList<InvoicedRow>> readInvoiced(sqlite3* db, QDate from, QDate to)
{
    return readMonthlySums<InvoicedRow>(
        db,
        "SELECT month, currency, kind, line_kind, net_minor FROM invoiced_lines_monthly "
        "WHERE month >= ? AND month < ? ORDER BY month, currency, kind, line_kind",
        "invoiced_lines_monthly", from, to, [](const SqliteStatement& row, InvoicedRow& r) {
            const auto kind = billing::lineKindFromKey(row.columnText(3));
            r.lineKind = kind.value_or(billing::LineKind::Plan);
            r.netMinor = row.columnInt(4);
            return kind.has_value();
        });
}

Result<QList<InvoicedTaxRow>> readInvoicedTax(sqlite3* db, QDate from, QDate to)
{
    return readMonthlySums<InvoicedTaxRow>(db,
                                           "SELECT month, currency, kind, tax_minor FROM invoiced_tax_monthly "
                                           "WHERE month >= ? AND month < ? ORDER BY month, currency, kind",
                                           "invoiced_tax_monthly", from, to,
                                           [](const SqliteStatement& row, InvoicedTaxRow& r) {
                                               r.taxMinor = row.columnInt(3);
                                               return true;
                                           });
}

Result<QList<SurveyAnswer>> readSurveyAnswers(sqlite3* db, const SurveyQuery& query)
{
    QByteArray sql = "SELECT id, customer_id, kind, date, score, comment, channel, tags FROM survey_answers "
                     "WHERE date >= ?1 AND date <= ?2";
    if (query.customerId.isValid())
        sql += " AND customer_id = ?3";
    if (query.kind)
        sql += " AND kind = ?4";
    sql += " ORDER BY date, id";
    SqliteStatement q(db, sql);
    if (!q.ok())
        return q.error();
    q.bindUtf8(1, lowerBound(query.from));
    q.bindUtf8(2, inclusiveUpperBound(query.to));
    if (query.customerId.isValid())
        q.bindInt(3, query.customerId.value);
    if (query.kind)
        q.bindText(4, surveyKindKey(*query.kind));
    QList<SurveyAnswer> answers;
    TextPool tagPool;
    bool damaged = false;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        SurveyAnswer& a = answers.emplace_back();
        a.id = SurveyAnswerId(row.columnInt(0));
        a.customerId = CustomerId(row.columnInt(1));
        const QByteArrayView kind = row.columnUtf8(2);
        const bool knownKind = kind == QByteArrayView("nps") || kind == QByteArrayView("csat");
        a.kind = kind == QByteArrayView("csat") ? SurveyKind::Csat : SurveyKind::Nps;
        a.date = columnDate(row, 3);
        a.score = int(row.columnInt(4));
        a.comment = row.columnText(5);
        const auto channel = channelFromBytes(row.columnUtf8(6));
        a.channel = channel.value_or(SurveyChannel::Other);
        const QByteArrayView tags = row.columnUtf8(7);
        if (!tags.isEmpty()) {
            qsizetype start = 0;
            while (start <= tags.size()) {
                qsizetype end = start;
                while (end < tags.size() && tags[end] != ',')
                    ++end;
                a.tags.append(tagPool.get(tags.sliced(start, end - start)));
                start = end + 1;
            }
        }
        damaged = damaged || !knownKind || !channel || !a.date.isValid();
    });
    if (!read)
        return read.error();
    if (damaged)
        return damagedRow("survey_answers");
    return answers;
}

} // namespace subdesk::storage::metricsrows
