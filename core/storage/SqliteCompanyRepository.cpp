#include "SqliteCompanyRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>

#include <algorithm>
#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::company;

namespace {

Error notFound(const char* text, qint64 id)
{
    return Error(ErrorCode::NotFound, QCoreApplication::translate("Database", text).arg(id));
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

/** Runs one statement with a single id parameter. */
Status execWithId(sqlite3* db, const QByteArray& sql, qint64 id)
{
    SqliteStatement q(db, sql);
    q.bindInt(1, id);
    return q.stepDone();
}

/** Ok when `table` has a row `id`; NotFound with `text` otherwise. */
Status requireRow(sqlite3* db, const QByteArray& table, qint64 id, const char* text)
{
    SqliteStatement q(db, "SELECT 1 FROM " + table + " WHERE id = ?");
    q.bindInt(1, id);
    bool found = false;
    if (Status read = forEachRow(q, [&](const SqliteStatement&) { found = true; }); !read)
        return read;
    return found ? Status() : Status(notFound(text, id));
}

} // namespace

SqliteCompanyRepository::SqliteCompanyRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqliteCompanyRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<QHash<QString, QString>> SqliteCompanyRepository::settings(const QByteArray& prefix)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    // A range on the primary key rather than LIKE: '_' in a prefix would be a wildcard.
    SqliteStatement q(db, "SELECT key, value FROM settings WHERE key >= ? AND key < ?");
    QByteArray upper = prefix;
    upper.back() = char(upper.back() + 1);
    q.bindUtf8(1, prefix);
    q.bindUtf8(2, upper);
    QHash<QString, QString> values;
    const Status read = forEachRow(
        q, [&](const SqliteStatement& row) { values.insert(row.columnText(0).mid(prefix.size()), row.columnText(1)); });
    if (!read)
        return read.error();
    return values;
}

Status SqliteCompanyRepository::saveSettings(const QByteArray& prefix, const QList<QPair<QByteArray, QString>>& values)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun();
    SqliteStatement q(db,
                      "INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const auto& [key, value] : values) {
        q.bindUtf8(1, prefix + key);
        q.bindText(2, value);
        if (Status done = q.stepDone(); !done)
            return done;
    }
    return unit.commit();
}

Result<CompanyProfile> SqliteCompanyRepository::profile()
{
    const auto values = settings("company.");
    if (!values)
        return values.error();
    const auto text = [&](const char* key) { return values->value(QLatin1String(key)); };
    CompanyProfile p;
    p.name = text("name");
    const QString street = text("street_lines");
    if (!street.isEmpty())
        p.address.streetLines = street.split(QLatin1Char('\n'));
    p.address.postalCode = text("postal_code");
    p.address.city = text("city");
    p.address.region = text("region");
    p.address.country = text("country");
    p.vatId = text("vat_id");
    p.registrationId = text("registration_id");
    p.email = text("email");
    p.phone = text("phone");
    p.website = text("website");
    p.eInvoiceEndpoint = text("einvoice_endpoint");
    p.logo = QByteArray::fromBase64(text("logo").toLatin1());
    p.vatExempt = text("vat_exempt") == QLatin1String("1");
    p.exemptionText = text("exemption_text");
    bool ok = false;
    const int days = text("default_payment_terms_days").toInt(&ok);
    if (ok)
        p.defaultPaymentTermsDays = days;
    p.documentFooter = text("document_footer");
    return p;
}

Status SqliteCompanyRepository::saveProfile(const CompanyProfile& p)
{
    return saveSettings("company.",
                        {
                            {"name", p.name},
                            {"street_lines", p.address.streetLines.join(QLatin1Char('\n'))},
                            {"postal_code", p.address.postalCode},
                            {"city", p.address.city},
                            {"region", p.address.region},
                            {"country", p.address.country},
                            {"vat_id", p.vatId},
                            {"registration_id", p.registrationId},
                            {"email", p.email},
                            {"phone", p.phone},
                            {"website", p.website},
                            {"einvoice_endpoint", p.eInvoiceEndpoint},
                            {"logo", QString::fromLatin1(p.logo.toBase64())},
                            {"vat_exempt", flag(p.vatExempt)},
                            {"exemption_text", p.exemptionText},
                            {"default_payment_terms_days", QString::number(p.defaultPaymentTermsDays)},
                            {"document_footer", p.documentFooter},
                        });
}

Result<InvoicingSettings> SqliteCompanyRepository::invoicingSettings()
{
    const auto values = settings("invoicing.");
    if (!values)
        return values.error();
    InvoicingSettings s;
    const QString inclusive = values->value(QStringLiteral("tax_inclusive_currencies"));
    for (const QString& code : inclusive.split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.taxInclusiveCurrencies.insert(code.trimmed());
    const auto apply = values->constFind(QStringLiteral("apply_credit_on_issue"));
    if (apply != values->constEnd())
        s.applyCreditOnIssue = *apply == QLatin1String("1");
    return s;
}

Status SqliteCompanyRepository::saveInvoicingSettings(const InvoicingSettings& s)
{
    QStringList codes(s.taxInclusiveCurrencies.cbegin(), s.taxInclusiveCurrencies.cend());
    std::sort(codes.begin(), codes.end());
    return saveSettings("invoicing.",
                        {
                            {"tax_inclusive_currencies", codes.join(QLatin1Char(','))},
                            {"apply_credit_on_issue", flag(s.applyCreditOnIssue)},
                        });
}

Result<QList<BankAccount>> SqliteCompanyRepository::bankAccounts()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "SELECT id, label, bank_name, iban, bic, currency, is_default, archived FROM bank_accounts "
                      "ORDER BY id");
    QList<BankAccount> accounts;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        BankAccount a;
        a.id = row.columnInt(0);
        a.label = row.columnText(1);
        a.bankName = row.columnText(2);
        a.iban = row.columnText(3);
        a.bic = row.columnText(4);
        a.currency = row.columnText(5);
        a.isDefault = row.columnInt(6) != 0;
        a.archived = row.columnInt(7) != 0;
        accounts.append(a);
    });
    if (!read)
        return read.error();
    return accounts;
}

Result<BankAccount> SqliteCompanyRepository::saveBankAccount(const BankAccount& account)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    if (account.id > 0) {
        if (Status exists = requireRow(db, "bank_accounts", account.id,
                                       QT_TRANSLATE_NOOP("Database", "There is no bank account number %1."));
            !exists)
            return exists.error();
    }
    if (account.isDefault) {
        // One default per currency ('' being "any currency"): documents print the default account
        // of their currency, else the default one for any currency.
        SqliteStatement clear(db, "UPDATE bank_accounts SET is_default = 0 WHERE currency = ? AND id <> ?");
        clear.bindText(1, account.currency);
        clear.bindInt(2, account.id);
        if (Status done = clear.stepDone(); !done)
            return done.error();
    }
    SqliteStatement q(db,
                      account.id > 0 ? "UPDATE bank_accounts SET label = ?1, bank_name = ?2, iban = ?3, bic = ?4, "
                                       "currency = ?5, is_default = ?6, archived = ?7 WHERE id = ?8"
                                     : "INSERT INTO bank_accounts (label, bank_name, iban, bic, currency, is_default, "
                                       "archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bindText(1, account.label);
    q.bindText(2, account.bankName);
    q.bindText(3, account.iban);
    q.bindText(4, account.bic);
    q.bindText(5, account.currency);
    q.bindInt(6, account.isDefault ? 1 : 0);
    q.bindInt(7, account.archived ? 1 : 0);
    if (account.id > 0)
        q.bindInt(8, account.id);
    if (Status done = q.stepDone(); !done)
        return done.error();
    BankAccount stored = account;
    if (stored.id <= 0)
        stored.id = sqlite3_last_insert_rowid(db);
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Result<QList<tax::TaxRate>> SqliteCompanyRepository::taxRates()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "SELECT id, country, tax_class, name, rate_bp, valid_from, valid_to FROM tax_rates "
                      "ORDER BY country, tax_class, valid_from, id");
    QList<tax::TaxRate> rates;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        tax::TaxRate r;
        r.id = row.columnInt(0);
        r.country = row.columnText(1);
        r.taxClass = tax::taxClassFromKey(row.columnText(2)).value_or(tax::TaxClass::Standard);
        r.name = row.columnText(3);
        r.rateBp = int(row.columnInt(4));
        r.validFrom = columnDate(row, 5);
        r.validTo = columnDate(row, 6);
        rates.append(r);
    });
    if (!read)
        return read.error();
    return rates;
}

Result<tax::TaxRate> SqliteCompanyRepository::saveTaxRate(const tax::TaxRate& rate)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    if (rate.id > 0) {
        if (Status exists =
                requireRow(db, "tax_rates", rate.id, QT_TRANSLATE_NOOP("Database", "There is no tax rate number %1."));
            !exists)
            return exists.error();
    }
    SqliteStatement q(db,
                      rate.id > 0 ? "UPDATE tax_rates SET country = ?1, tax_class = ?2, name = ?3, rate_bp = ?4, "
                                    "valid_from = ?5, valid_to = ?6 WHERE id = ?7"
                                  : "INSERT INTO tax_rates (country, tax_class, name, rate_bp, valid_from, valid_to) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    q.bindText(1, rate.country);
    q.bindText(2, tax::taxClassKey(rate.taxClass));
    q.bindText(3, rate.name);
    q.bindInt(4, rate.rateBp);
    bindDate(q, 5, rate.validFrom);
    bindDate(q, 6, rate.validTo);
    if (rate.id > 0)
        q.bindInt(7, rate.id);
    if (Status done = q.stepDone(); !done)
        return done.error();
    tax::TaxRate stored = rate;
    if (stored.id <= 0)
        stored.id = sqlite3_last_insert_rowid(db);
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Status SqliteCompanyRepository::removeTaxRate(qint64 id)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    if (Status done = execWithId(db, "DELETE FROM tax_rates WHERE id = ?", id); !done)
        return done;
    if (sqlite3_changes(db) != 1)
        return notFound(QT_TRANSLATE_NOOP("Database", "There is no tax rate number %1."), id);
    return {};
}

Result<QList<NumberSeries>> SqliteCompanyRepository::numberSeries()
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "SELECT id, kind, name, pattern, yearly_reset, is_default, archived FROM number_series "
                      "ORDER BY kind = 'credit_note', id");
    QList<NumberSeries> list;
    const Status read = forEachRow(q, [&](const SqliteStatement& row) {
        NumberSeries s;
        s.id = row.columnInt(0);
        s.kind = billing::documentKindFromKey(row.columnText(1)).value_or(billing::DocumentKind::Invoice);
        s.name = row.columnText(2);
        s.pattern = row.columnText(3);
        s.yearlyReset = row.columnInt(4) != 0;
        s.isDefault = row.columnInt(5) != 0;
        s.archived = row.columnInt(6) != 0;
        list.append(s);
    });
    if (!read)
        return read.error();
    return list;
}

Result<NumberSeries> SqliteCompanyRepository::saveNumberSeries(const NumberSeries& series)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    const QByteArray kind = billing::documentKindKey(series.kind).toUtf8();
    if (series.id > 0) {
        SqliteStatement current(db,
                                "SELECT pattern, kind, EXISTS (SELECT 1 FROM documents WHERE series_id = ?1), "
                                "yearly_reset FROM number_series WHERE id = ?1");
        current.bindInt(1, series.id);
        bool found = false;
        bool changesUsed = false;
        const Status read = forEachRow(current, [&](const SqliteStatement& row) {
            found = true;
            const bool used = row.columnInt(2) != 0;
            changesUsed = used
                && (row.columnText(0) != series.pattern || row.columnUtf8(1) != QByteArrayView(kind)
                    || (row.columnInt(3) != 0) != series.yearlyReset);
        });
        if (!read)
            return read.error();
        if (!found)
            return notFound(QT_TRANSLATE_NOOP("Database", "There is no numbering series number %1."), series.id);
        if (changesUsed)
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("Database",
                                                     "The numbering series \"%1\" has issued documents: its pattern, "
                                                     "kind and yearly restart can no longer change. Create a new "
                                                     "series instead.")
                             .arg(series.name));
    }
    if (series.isDefault) {
        SqliteStatement clear(db, "UPDATE number_series SET is_default = 0 WHERE kind = ? AND id <> ?");
        clear.bindUtf8(1, kind);
        clear.bindInt(2, series.id);
        if (Status done = clear.stepDone(); !done)
            return done.error();
    }
    SqliteStatement q(db,
                      series.id > 0 ? "UPDATE number_series SET kind = ?1, name = ?2, pattern = ?3, yearly_reset = ?4, "
                                      "is_default = ?5, archived = ?6 WHERE id = ?7"
                                    : "INSERT INTO number_series (kind, name, pattern, yearly_reset, is_default, "
                                      "archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    q.bindUtf8(1, kind);
    q.bindText(2, series.name);
    q.bindText(3, series.pattern);
    q.bindInt(4, series.yearlyReset ? 1 : 0);
    q.bindInt(5, series.isDefault ? 1 : 0);
    q.bindInt(6, series.archived ? 1 : 0);
    if (series.id > 0)
        q.bindInt(7, series.id);
    if (Status done = q.stepDone(); !done)
        return done.error();
    NumberSeries stored = series;
    if (stored.id <= 0)
        stored.id = sqlite3_last_insert_rowid(db);
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Result<qint64> SqliteCompanyRepository::lastNumber(qint64 seriesId, int year)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db, "SELECT last_number FROM series_counters WHERE series_id = ? AND year = ?");
    q.bindInt(1, seriesId);
    q.bindInt(2, year);
    qint64 last = 0;
    if (Status read = forEachRow(q, [&](const SqliteStatement& row) { last = row.columnInt(0); }); !read)
        return read.error();
    return last;
}

} // namespace subdesk::storage
