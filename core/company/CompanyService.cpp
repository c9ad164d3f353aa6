#include "CompanyService.h"

#include "NumberSeries.h"
#include "common/Countries.h"
#include "customers/BankIdentifiers.h"
#include "customers/CustomerValidator.h"
#include "customers/VatId.h"
#include "money/Currency.h"

#include <QImage>
#include <QStringList>

#include <functional>

namespace subdesk::company {

namespace {

constexpr int kMaxPaymentTermsDays = 365;
constexpr qsizetype kMaxLogoBytes = 1024 * 1024;
constexpr int kMaxRateBp = 10000;

/** Collects "Field: problem" parts and turns them into one Invalid error. */
class Problems
{
public:
    void add(const QString& field, const QString& problem) { m_parts.append(field + QStringLiteral(": ") + problem); }
    bool isEmpty() const { return m_parts.isEmpty(); }
    Error error() const { return Error(ErrorCode::Invalid, m_parts.join(QStringLiteral("; "))); }

private:
    QStringList m_parts;
};

bool looksLikePngOrJpeg(const QByteArray& bytes)
{
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray jpeg("\xff\xd8\xff", 3);
    return bytes.startsWith(png) || bytes.startsWith(jpeg);
}

/** Whether two inclusive spans overlap; an invalid end is open. */
bool spansOverlap(const tax::TaxRate& a, const tax::TaxRate& b)
{
    const bool aStartsBeforeBEnds = !b.validTo.isValid() || a.validFrom <= b.validTo;
    const bool bStartsBeforeAEnds = !a.validTo.isValid() || b.validFrom <= a.validTo;
    return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

} // namespace

CompanyService::CompanyService(CompanyRepository& repository)
    : m_repository(repository)
{ }

Result<CompanyProfile> CompanyService::profile()
{
    return m_repository.profile();
}

Status CompanyService::saveProfile(const CompanyProfile& input)
{
    CompanyProfile p = input;
    p.name = p.name.trimmed();
    p.address.country = p.address.country.trimmed().toUpper();
    p.vatId = customers::vatid::normalize(p.vatId);
    p.email = p.email.trimmed();
    p.exemptionText = p.exemptionText.trimmed();

    Problems problems;
    if (p.name.isEmpty())
        problems.add(tr("Name"), tr("the company's legal name is required."));
    if (p.address.country.isEmpty())
        problems.add(tr("Country"), tr("the country is required (it decides the VAT treatment)."));
    else if (!countries::isValidCode(p.address.country))
        problems.add(tr("Country"),
                     tr("\"%1\" is not an ISO 3166 country code (e.g. FI, PL, IT).").arg(p.address.country));
    if (!p.vatId.isEmpty()) {
        const QString problem = customers::vatid::problem(p.vatId);
        if (!problem.isEmpty())
            problems.add(tr("VAT ID"), problem);
    }
    if (!p.email.isEmpty() && !customers::CustomerValidator::isValidEmail(p.email))
        problems.add(tr("E-mail"), tr("\"%1\" is not a valid e-mail address.").arg(p.email));
    if (!p.logo.isEmpty()) {
        if (p.logo.size() > kMaxLogoBytes)
            problems.add(tr("Logo"),
                         tr("the image is %1 KB; at most %2 KB are allowed.")
                             .arg((p.logo.size() + 1023) / 1024)
                             .arg(kMaxLogoBytes / 1024));
        else if (!looksLikePngOrJpeg(p.logo) || QImage::fromData(p.logo).isNull())
            problems.add(tr("Logo"), tr("the file is not a PNG or JPEG image SubDesk can read."));
    }
    // An exempt invoice must say why (EN 16931 BR-E-10): there is no EU-wide code for the exemption.
    if (p.vatExempt && p.exemptionText.isEmpty())
        problems.add(tr("Exemption text"),
                     tr("a VAT-exempt company must state the exemption on its documents (e.g. \"VAT exempt under "
                        "art. 284 of Directive 2006/112/EC\")."));
    if (p.defaultPaymentTermsDays < 0 || p.defaultPaymentTermsDays > kMaxPaymentTermsDays)
        problems.add(tr("Payment terms"), tr("payment terms must be between 0 and %1 days.").arg(kMaxPaymentTermsDays));
    if (!problems.isEmpty())
        return problems.error();
    return m_repository.saveProfile(p);
}

Result<InvoicingSettings> CompanyService::invoicingSettings()
{
    return m_repository.invoicingSettings();
}

Status CompanyService::saveInvoicingSettings(const InvoicingSettings& settings)
{
    Problems problems;
    for (const QString& code : settings.taxInclusiveCurrencies) {
        if (!Currency::isValidCode(code) || code != code.toUpper())
            problems.add(tr("Tax-inclusive prices"),
                         tr("\"%1\" is not an ISO 4217 currency code (e.g. EUR).").arg(code));
    }
    if (!problems.isEmpty())
        return problems.error();
    return m_repository.saveInvoicingSettings(settings);
}

Result<QList<BankAccount>> CompanyService::bankAccounts()
{
    return m_repository.bankAccounts();
}

Result<BankAccount> CompanyService::saveBankAccount(const BankAccount& input)
{
    BankAccount a = input;
    a.label = a.label.trimmed();
    a.bankName = a.bankName.trimmed();
    a.iban = customers::bank::normalize(a.iban);
    a.bic = customers::bank::normalize(a.bic);
    a.currency = a.currency.trimmed().toUpper();

    Problems problems;
    if (a.iban.isEmpty()) {
        problems.add(tr("IBAN"), tr("the IBAN is required."));
    } else {
        const QString problem = customers::bank::ibanProblem(a.iban);
        if (!problem.isEmpty())
            problems.add(tr("IBAN"), problem);
    }
    if (!a.bic.isEmpty()) {
        const QString problem = customers::bank::bicProblem(a.bic);
        if (!problem.isEmpty())
            problems.add(tr("BIC"), problem);
    }
    if (!a.currency.isEmpty() && !Currency::isValidCode(a.currency))
        problems.add(tr("Currency"), tr("\"%1\" is not an ISO 4217 currency code (e.g. EUR).").arg(a.currency));
    if (a.isDefault && a.archived)
        problems.add(tr("Default"), tr("an archived account cannot be the default one."));
    if (!problems.isEmpty())
        return problems.error();
    return m_repository.saveBankAccount(a);
}

Result<std::optional<BankAccount>> CompanyService::accountFor(const QString& currency)
{
    Result<QList<BankAccount>> accounts = m_repository.bankAccounts();
    if (!accounts)
        return accounts.error();
    const auto find = [&](auto&& accept) -> std::optional<BankAccount> {
        for (const BankAccount& a : std::as_const(*accounts)) {
            if (!a.archived && accept(a))
                return a;
        }
        return std::nullopt;
    };
    // Most specific first; among equals the lowest id (the repository lists by id).
    const QList<std::function<bool(const BankAccount&)>> preferences = {
        [&](const BankAccount& a) { return a.isDefault && a.currency == currency; },
        [&](const BankAccount& a) { return a.isDefault && a.currency.isEmpty(); },
        [&](const BankAccount& a) { return a.currency == currency; },
        [&](const BankAccount& a) { return a.currency.isEmpty(); },
        [&](const BankAccount&) { return true; },
    };
    for (const auto& accept : preferences) {
        if (std::optional<BankAccount> found = find(accept))
            return found;
    }
    return std::optional<BankAccount>();
}

Result<QList<tax::TaxRate>> CompanyService::taxRates()
{
    return m_repository.taxRates();
}

Result<tax::TaxRate> CompanyService::saveTaxRate(const tax::TaxRate& input)
{
    tax::TaxRate r = input;
    r.country = r.country.trimmed().toUpper();
    r.name = r.name.trimmed();

    Problems problems;
    if (!countries::isValidCode(r.country))
        problems.add(tr("Country"), tr("\"%1\" is not an ISO 3166 country code (e.g. FI, PL, IT).").arg(r.country));
    if (r.name.isEmpty())
        problems.add(tr("Name"), tr("a name is required (e.g. \"Standard rate\")."));
    if (r.rateBp < 0 || r.rateBp > kMaxRateBp)
        problems.add(tr("Rate"), tr("the rate must be between 0 % and 100 %."));
    if (!r.validFrom.isValid())
        problems.add(tr("Valid from"), tr("the first day the rate applies is required."));
    else if (r.validTo.isValid() && r.validTo < r.validFrom)
        problems.add(tr("Valid to"),
                     tr("the last day (%1) is before the first day (%2).")
                         .arg(r.validTo.toString(Qt::ISODate), r.validFrom.toString(Qt::ISODate)));
    if (!problems.isEmpty())
        return problems.error();

    Result<QList<tax::TaxRate>> existing = m_repository.taxRates();
    if (!existing)
        return existing.error();
    for (const tax::TaxRate& other : std::as_const(*existing)) {
        if (other.id == r.id || other.country != r.country || other.taxClass != r.taxClass)
            continue;
        if (spansOverlap(r, other)) {
            const QString otherSpan = other.validTo.isValid()
                ? tr("%1 to %2").arg(other.validFrom.toString(Qt::ISODate), other.validTo.toString(Qt::ISODate))
                : tr("from %1 on").arg(other.validFrom.toString(Qt::ISODate));
            return Error(ErrorCode::Conflict,
                         tr("Valid from: the %1 rate of %2 already has \"%3\" for %4; end that one first.")
                             .arg(tax::taxClassName(r.taxClass), r.country, other.name, otherSpan));
        }
    }
    return m_repository.saveTaxRate(r);
}

Status CompanyService::removeTaxRate(qint64 id)
{
    return m_repository.removeTaxRate(id);
}

Result<QList<NumberSeries>> CompanyService::numberSeries()
{
    return m_repository.numberSeries();
}

Result<NumberSeries> CompanyService::saveNumberSeries(const NumberSeries& input)
{
    NumberSeries s = input;
    s.name = s.name.trimmed();
    Problems problems;
    if (s.name.isEmpty())
        problems.add(tr("Name"), tr("a name is required (e.g. \"Invoices\")."));
    if (Status pattern = NumberSeries::validatePattern(s.pattern, s.yearlyReset); !pattern)
        problems.add(tr("Pattern"), pattern.error().message);
    if (s.isDefault && s.archived)
        problems.add(tr("Default"), tr("an archived series cannot be the default one."));
    if (!problems.isEmpty())
        return problems.error();
    return m_repository.saveNumberSeries(s);
}

Result<NumberSeries> CompanyService::defaultSeries(billing::DocumentKind kind)
{
    Result<QList<NumberSeries>> all = m_repository.numberSeries();
    if (!all)
        return all.error();
    for (const NumberSeries& s : std::as_const(*all)) {
        if (s.kind == kind && s.isDefault && !s.archived)
            return s;
    }
    return Error(ErrorCode::Conflict,
                 kind == billing::DocumentKind::CreditNote
                     ? tr("There is no default numbering series for credit notes; choose one in Settings.")
                     : tr("There is no default numbering series for invoices; choose one in Settings."));
}

Result<QString> CompanyService::nextNumberPreview(const NumberSeries& series, QDate issueDate)
{
    if (Status pattern = NumberSeries::validatePattern(series.pattern, series.yearlyReset); !pattern)
        return pattern.error();
    qint64 last = 0;
    if (series.id != 0) {
        Result<qint64> stored = m_repository.lastNumber(series.id, series.counterYear(issueDate));
        if (!stored)
            return stored.error();
        last = *stored;
    }
    return series.format(last + 1, issueDate);
}

} // namespace subdesk::company
