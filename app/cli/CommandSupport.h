#pragma once

#include "CommandLine.h"
#include "billing/BillingInterval.h"
#include "io/CsvReader.h"
#include "money/Money.h"

#include <QDate>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace subdesk::catalog {
class Catalog;
struct AddOn;
struct Coupon;
struct MeteredCharge;
struct Plan;
} // namespace subdesk::catalog

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::cli {

/** --json: print JSON instead of text. */
OptionSpec jsonOption();
/** --preview: compute and print what the command would write, writing nothing. */
OptionSpec previewOption();
/** --note TEXT: a note stored with the subscription event. */
OptionSpec noteOption();
/** --dry-run of an import: check the file and report, writing nothing. */
OptionSpec dryRunOption();

/**
 * Reads flag values of one command and reports the first malformed one as a usage error (later ones
 * are not reported, so the user sees one clear message). Every getter returns nullopt when the flag
 * is absent or malformed; check failed() before using the values.
 */
class OptionReader
{
public:
    explicit OptionReader(const Invocation& invocation)
        : m_invocation(invocation)
    { }

    const Invocation& invocation() const { return m_invocation; }
    /** Whether the flag was given; false for a flag the command does not have. */
    bool isSet(const QString& flag) const;
    /** The flag's value, trimmed; empty when absent. */
    QString text(const QString& flag) const { return isSet(flag) ? m_invocation.value(flag).trimmed() : QString(); }

    /** Reports "--flag is required." unless the flag is set; returns whether it is. */
    bool require(const QString& flag);
    /** A date written YYYY-MM-DD. */
    std::optional<QDate> date(const QString& flag);
    /** A whole number in [min, max]. */
    std::optional<qint64> number(const QString& flag, qint64 min, qint64 max);
    /** An ISO 4217 code, any letter case. */
    std::optional<Currency> currency(const QString& flag);
    /** "1 month", "3 months", "1 year", "14 days". */
    std::optional<billing::BillingInterval> interval(const QString& flag);
    /** A locale-independent amount such as 20.00 (no more decimals than the currency has). */
    std::optional<Money> amount(const QString& flag, const Currency& currency);
    /** An amount written as text (for repeatable or composite flags); `what` names it in the message. */
    std::optional<Money> amountText(const QString& what, const QString& text, const Currency& currency);
    /**
     * One of the keys (compared in lower case, '-' read as '_'); fromKey maps a key to the value.
     * The message lists the keys.
     */
    template <typename Enum>
    std::optional<Enum> choice(const QString& flag, const std::function<std::optional<Enum>(const QString&)>& fromKey,
                               const QStringList& keys)
    {
        if (!isSet(flag))
            return std::nullopt;
        if (const auto value = fromKey(normalizedKey(text(flag))))
            return value;
        invalidChoice(flag, keys);
        return std::nullopt;
    }

    /** Reports a usage error (only the first one of this reader is printed). */
    void error(const QString& message);
    bool failed() const { return m_failed; }

    static QString normalizedKey(const QString& typed);

private:
    void invalidChoice(const QString& flag, const QStringList& keys);

    const Invocation& m_invocation;
    bool m_failed = false;
};

/** Whether command has the flag (asking the parser about an undefined flag is a programming error). */
bool definesOption(const CommandSpec& command, const QString& flag);

/** A positive record number (subscription, customer) from an argument or flag value, or nullopt. */
std::optional<qint64> parsePositive(const QString& text);

/**
 * Reports "--from must not be after --to." when both dates are given and out of order; returns
 * whether they are in order.
 */
bool orderedSpan(OptionReader& reader, const std::optional<QDate>& from, const std::optional<QDate>& to);

/** --delimiter and --encoding of a CSV import; a usage error when malformed. */
std::optional<ExitCode> csvReadOptions(const Invocation& invocation, io::CsvReadOptions& options);
QList<OptionSpec> csvOptions();

/** Whether a file argument is "-", which stands for stdin or stdout. */
bool isStdio(const QString& path);
/** All of stdin. */
Result<QByteArray> readStdin();

/**
 * The CSV file an import names in its first argument ("-" reads stdin), read with --delimiter and
 * --encoding by Importer::load() or Importer::fromData(). On failure the message is on stderr and the
 * variant holds the exit code: ExitCode::Usage for a malformed flag, ExitCode::Failed for a file that
 * cannot be read.
 */
template <typename Importer>
std::variant<Importer, ExitCode> loadCsvArgument(const Invocation& invocation)
{
    io::CsvReadOptions options;
    if (const auto error = csvReadOptions(invocation, options))
        return *error;
    const QString path = invocation.arguments().constFirst();
    Result<Importer> loaded = [&]() -> Result<Importer> {
        if (!isStdio(path))
            return Importer::load(path, options);
        const Result<QByteArray> data = readStdin();
        if (!data)
            return data.error();
        return Importer::fromData(*data, options);
    }();
    if (!loaded)
        return output::fail(loaded.error());
    return std::move(loaded).value();
}

using OpenedCompany = std::variant<std::unique_ptr<storage::CompanyFile>, ExitCode>;

/**
 * Opens the company file (which loads its catalog); on failure the message is on stderr and the
 * variant holds ExitCode::Failed. Only `add` commands create a missing file.
 */
OpenedCompany openBilling(const Invocation& invocation, bool createIfMissing = false);
/** The open company of openBilling(); call only when it did not fail. */
std::unique_ptr<storage::CompanyFile> take(OpenedCompany& opened);

/** Look-ups by code that report "no such ..." on stderr (exit status 1) and return nullptr. */
const catalog::Plan* planOrFail(const catalog::Catalog& catalog, const QString& code);
const catalog::AddOn* addOnOrFail(const catalog::Catalog& catalog, const QString& code);
const catalog::Coupon* couponOrFail(const catalog::Catalog& catalog, const QString& code);
const catalog::MeteredCharge* meteredOrFail(const catalog::Catalog& catalog, const catalog::Plan& plan,
                                            const QString& metric);

} // namespace subdesk::cli
