#include "CommandSupport.h"

#include "catalog/Catalog.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace subdesk::cli {

OptionSpec jsonOption()
{
    return {{QStringLiteral("json")}, QString(), QCoreApplication::translate("Cli", "Print JSON instead of text.")};
}

OptionSpec previewOption()
{
    return {{QStringLiteral("preview")},
            QString(),
            QCoreApplication::translate("Cli", "Show the events and documents it would write; write nothing.")};
}

OptionSpec noteOption()
{
    return {{QStringLiteral("note")},
            QStringLiteral("TEXT"),
            QCoreApplication::translate("Cli", "A note kept with the subscription's event.")};
}

OptionSpec dryRunOption()
{
    return {{QStringLiteral("dry-run")},
            QString(),
            QCoreApplication::translate("Cli", "Check the file and report what would happen; write nothing.")};
}

bool OptionReader::isSet(const QString& flag) const
{
    return definesOption(m_invocation.command(), flag) && m_invocation.isSet(flag);
}

bool OptionReader::require(const QString& flag)
{
    if (isSet(flag))
        return true;
    error(QCoreApplication::translate("Cli", "--%1 is required.").arg(flag));
    return false;
}

std::optional<QDate> OptionReader::date(const QString& flag)
{
    if (!isSet(flag))
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString value = text(flag);
    const QDate date = form.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (date.isValid())
        return date;
    error(QCoreApplication::translate("Cli", "--%1 must be a date written YYYY-MM-DD, not \"%2\".")
              .arg(flag, m_invocation.value(flag)));
    return std::nullopt;
}

std::optional<qint64> OptionReader::number(const QString& flag, qint64 min, qint64 max)
{
    if (!isSet(flag))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text(flag).toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    // Limits that only guard the integer type are not worth printing: "of at least 0" reads better.
    if (max >= std::numeric_limits<int>::max()) {
        error(QCoreApplication::translate("Cli", "--%1 must be a whole number of at least %2, not \"%3\".")
                  .arg(flag)
                  .arg(min)
                  .arg(m_invocation.value(flag)));
    } else {
        error(QCoreApplication::translate("Cli", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                  .arg(flag)
                  .arg(min)
                  .arg(max)
                  .arg(m_invocation.value(flag)));
    }
    return std::nullopt;
}

std::optional<Currency> OptionReader::currency(const QString& flag)
{
    if (!isSet(flag))
        return std::nullopt;
    if (const auto currency = Currency::fromCode(text(flag)))
        return currency;
    error(QCoreApplication::translate("Cli", "--%1: \"%2\" is not an ISO 4217 currency code such as EUR.")
              .arg(flag, m_invocation.value(flag)));
    return std::nullopt;
}

std::optional<billing::BillingInterval> OptionReader::interval(const QString& flag)
{
    if (!isSet(flag))
        return std::nullopt;
    const auto interval = billing::BillingInterval::fromString(text(flag));
    if (interval)
        return *interval;
    error(QStringLiteral("--%1: %2").arg(flag, interval.error().message));
    return std::nullopt;
}

std::optional<Money> OptionReader::amount(const QString& flag, const Currency& currency)
{
    if (!isSet(flag))
        return std::nullopt;
    return amountText(QStringLiteral("--") + flag, text(flag), currency);
}

std::optional<Money> OptionReader::amountText(const QString& what, const QString& text, const Currency& currency)
{
    const auto money = Money::fromPlainString(text, currency);
    if (money)
        return *money;
    error(QStringLiteral("%1: %2").arg(what, money.error().message));
    return std::nullopt;
}

void OptionReader::error(const QString& message)
{
    if (!m_failed)
        m_invocation.usageError(message);
    m_failed = true;
}

QString OptionReader::normalizedKey(const QString& typed)
{
    return typed.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

void OptionReader::invalidChoice(const QString& flag, const QStringList& keys)
{
    error(QCoreApplication::translate("Cli", "--%1 must be one of %2, not \"%3\".")
              .arg(flag, keys.join(QStringLiteral(", ")), m_invocation.value(flag)));
}

bool definesOption(const CommandSpec& command, const QString& flag)
{
    for (const OptionSpec& option : command.options) {
        if (option.names.contains(flag))
            return true;
    }
    return false;
}

std::optional<qint64> parsePositive(const QString& text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    return n;
}

bool orderedSpan(OptionReader& reader, const std::optional<QDate>& from, const std::optional<QDate>& to)
{
    if (from && to && *from > *to) {
        reader.error(QCoreApplication::translate("Cli", "--from must not be after --to."));
        return false;
    }
    return true;
}

QList<OptionSpec> csvOptions()
{
    return {
        {{QStringLiteral("delimiter")},
         QStringLiteral(",|;|tab"),
         QCoreApplication::translate("Cli", "Column separator (default: detected from the header line).")},
        {{QStringLiteral("encoding")},
         QStringLiteral("auto|utf-8|windows-1252"),
         QCoreApplication::translate("Cli", "Text encoding (default: auto).")},
    };
}

std::optional<ExitCode> csvReadOptions(const Invocation& inv, io::CsvReadOptions& options)
{
    const QString delimiter = inv.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String(",") || delimiter == QLatin1String(";"))
        options.delimiter = delimiter.at(0);
    else if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t") || delimiter == QLatin1String("\t"))
        options.delimiter = QLatin1Char('\t');
    else if (!delimiter.isEmpty() && delimiter != QLatin1String("auto"))
        return inv.usageError(
            QCoreApplication::translate("Cli", "--delimiter must be \",\", \";\", tab or auto, not \"%1\".")
                .arg(delimiter));

    const QString encoding = inv.value(QStringLiteral("encoding")).toLower();
    if (encoding.isEmpty() || encoding == QLatin1String("auto"))
        options.encoding = io::TextEncoding::Auto;
    else if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        options.encoding = io::TextEncoding::Utf8;
    else if (encoding == QLatin1String("windows-1252") || encoding == QLatin1String("cp1252"))
        options.encoding = io::TextEncoding::Windows1252;
    else
        return inv.usageError(
            QCoreApplication::translate("Cli", "--encoding must be auto, utf-8 or windows-1252, not \"%1\".")
                .arg(inv.value(QStringLiteral("encoding"))));
    return std::nullopt;
}

bool isStdio(const QString& path)
{
    return path == QLatin1String("-");
}

Result<QByteArray> readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error(ErrorCode::Io, in.errorString());
    return in.readAll();
}

OpenedCompany openBilling(const Invocation& invocation, bool createIfMissing)
{
    auto company = invocation.context().openCompany(createIfMissing ? storage::Database::OpenMode::OpenOrCreate
                                                                    : storage::Database::OpenMode::OpenExisting);
    if (!company)
        return output::fail(company.error());
    return std::move(*company); // opening loaded the catalog
}

std::unique_ptr<storage::CompanyFile> take(OpenedCompany& opened)
{
    return std::move(std::get<std::unique_ptr<storage::CompanyFile>>(opened));
}

const catalog::Plan* planOrFail(const catalog::Catalog& catalog, const QString& code)
{
    const catalog::Plan* plan = catalog.planByCode(catalog::Plan::normalizedCode(code));
    if (!plan)
        output::fail(QCoreApplication::translate("Cli", "There is no plan \"%1\".").arg(code));
    return plan;
}

const catalog::AddOn* addOnOrFail(const catalog::Catalog& catalog, const QString& code)
{
    const catalog::AddOn* addOn = catalog.addOnByCode(catalog::Plan::normalizedCode(code));
    if (!addOn)
        output::fail(QCoreApplication::translate("Cli", "There is no add-on \"%1\".").arg(code));
    return addOn;
}

const catalog::Coupon* couponOrFail(const catalog::Catalog& catalog, const QString& code)
{
    const catalog::Coupon* coupon = catalog.couponByCode(catalog::Coupon::normalizedCode(code));
    if (!coupon)
        output::fail(QCoreApplication::translate("Cli", "There is no coupon \"%1\".").arg(code));
    return coupon;
}

const catalog::MeteredCharge* meteredOrFail(const catalog::Catalog& catalog, const catalog::Plan& plan,
                                            const QString& metric)
{
    const QString code = catalog::MeteredCharge::normalizedMetric(metric);
    for (const catalog::MeteredCharge* charge : catalog.meteredChargesOf(plan.id)) {
        if (charge->metricCode == code)
            return charge;
    }
    output::fail(QCoreApplication::translate("Cli", "Plan %1 has no metered charge \"%2\".").arg(plan.code, metric));
    return nullptr;
}

} // namespace subdesk::cli
