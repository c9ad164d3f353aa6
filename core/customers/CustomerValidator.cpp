#include "CustomerValidator.h"

#include "BankIdentifiers.h"
#include "VatId.h"
#include "common/Countries.h"
#include "money/Currency.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace subdesk::customers {

namespace {

constexpr int kMaxNameLength = 200;
constexpr int kMaxPaymentTerms = 365;

} // namespace

CustomerValidator::CustomerValidator(QDate today)
    : m_today(today)
{ }

Customer CustomerValidator::normalized(Customer c)
{
    c.displayName = c.displayName.simplified();
    c.contactPerson = c.contactPerson.simplified();
    for (QString& e : c.emails)
        e = e.trimmed();
    c.emails.removeAll(QString());
    c.phone = c.phone.trimmed();
    for (QString& line : c.address.streetLines)
        line = line.simplified();
    c.address.streetLines.removeAll(QString());
    c.address.postalCode = c.address.postalCode.simplified();
    c.address.city = c.address.city.simplified();
    c.address.region = c.address.region.simplified();
    c.address.country = c.address.country.trimmed().toUpper();
    c.vatId = vatid::normalize(c.vatId);
    c.language = c.language.trimmed().toLower();
    c.currency = c.currency.trimmed().toUpper();
    c.sepa.iban = bank::normalize(c.sepa.iban);
    c.sepa.bic = bank::normalize(c.sepa.bic);
    c.sepa.reference = c.sepa.reference.trimmed();
    c.eInvoiceEndpoint = c.eInvoiceEndpoint.trimmed();
    c.segment = c.segment.simplified();
    for (QString& t : c.tags)
        t = t.simplified();
    c.tags.removeAll(QString());
    c.tags.removeDuplicates();
    return c;
}

bool CustomerValidator::isValidEmail(const QString& address)
{
    // Pragmatic RFC 5322 subset: a dot-atom local part, '@', a domain with at least one dot and a
    // letter top-level label. Internationalised (non-ASCII) addresses are accepted as letters.
    static const QRegularExpression re(
        QStringLiteral("^[\\w.!#$%&'*+/=?^`{|}~-]+@(?:[\\w](?:[\\w-]{0,61}[\\w])?\\.)+[^\\W\\d_]{2,}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (address.size() > 254 || !re.match(address).hasMatch())
        return false;
    const QString local = address.section(QLatin1Char('@'), 0, 0);
    return local.size() <= 64 && !local.startsWith(QLatin1Char('.')) && !local.endsWith(QLatin1Char('.'))
        && !local.contains(QStringLiteral(".."));
}

QList<ValidationIssue> CustomerValidator::validate(const Customer& c) const
{
    QList<ValidationIssue> issues;
    const auto error = [&](CustomerField f, const QString& m) {
        issues.append({f, ValidationIssue::Severity::Error, m});
    };
    const auto warning = [&](CustomerField f, const QString& m) {
        issues.append({f, ValidationIssue::Severity::Warning, m});
    };

    if (c.displayName.isEmpty())
        error(CustomerField::DisplayName, QCoreApplication::translate("Validation", "The name is required."));
    else if (c.displayName.size() > kMaxNameLength)
        error(CustomerField::DisplayName,
              QCoreApplication::translate("Validation", "The name is longer than %1 characters.").arg(kMaxNameLength));

    for (const QString& e : c.emails) {
        if (!isValidEmail(e))
            error(CustomerField::Emails,
                  QCoreApplication::translate("Validation", "\"%1\" is not a valid e-mail address.").arg(e));
    }
    if (c.preferredChannel == DeliveryChannel::Email && c.emails.isEmpty())
        error(CustomerField::Emails,
              QCoreApplication::translate("Validation", "Documents go out by e-mail, so an e-mail address is needed."));

    if (c.address.country.isEmpty())
        error(CustomerField::Country,
              QCoreApplication::translate("Validation", "The country is required (it decides the VAT treatment)."));
    else if (!countries::isValidCode(c.address.country))
        error(CustomerField::Country,
              QCoreApplication::translate("Validation", "\"%1\" is not an ISO 3166 country code (e.g. FI, PL, IT).")
                  .arg(c.address.country));
    if (c.preferredChannel == DeliveryChannel::Paper && (c.address.streetLines.isEmpty() || c.address.city.isEmpty()))
        error(
            CustomerField::Street,
            QCoreApplication::translate("Validation", "Documents go out on paper, so a street and a city are needed."));

    if (!c.vatId.isEmpty()) {
        const QString problem = vatid::problem(c.vatId);
        if (!problem.isEmpty()) {
            error(CustomerField::VatId, problem);
        } else {
            const QString vatCountry = vatid::countryOfPrefix(c.vatId);
            if (!c.address.country.isEmpty() && vatCountry != c.address.country)
                warning(CustomerField::VatId,
                        QCoreApplication::translate("Validation", "The VAT ID is from %1 but the address is in %2.")
                            .arg(vatCountry, c.address.country));
        }
    }

    if (!documentLanguages().contains(c.language))
        error(CustomerField::Language,
              QCoreApplication::translate("Validation", "Documents can be written in %1; \"%2\" is not one of them.")
                  .arg(documentLanguages().join(QStringLiteral(", ")), c.language));
    if (!Currency::isValidCode(c.currency))
        error(CustomerField::Currency,
              QCoreApplication::translate("Validation", "\"%1\" is not an ISO 4217 currency code (e.g. EUR).")
                  .arg(c.currency));
    if (c.paymentTermsDays < 0 || c.paymentTermsDays > kMaxPaymentTerms)
        error(CustomerField::PaymentTerms,
              QCoreApplication::translate("Validation", "Payment terms must be between 0 and %1 days.")
                  .arg(kMaxPaymentTerms));

    const bool sepa = c.paymentMethod == PaymentMethod::SepaDirectDebit;
    if (!c.sepa.iban.isEmpty()) {
        const QString problem = bank::ibanProblem(c.sepa.iban);
        if (!problem.isEmpty())
            error(CustomerField::Iban, problem);
    } else if (sepa) {
        error(CustomerField::Iban,
              QCoreApplication::translate("Validation", "SEPA direct debit needs the customer's IBAN."));
    }
    if (!c.sepa.bic.isEmpty()) {
        const QString problem = bank::bicProblem(c.sepa.bic);
        if (!problem.isEmpty())
            error(CustomerField::Bic, problem);
    }
    static const QRegularExpression mandateChars(QStringLiteral("^[A-Za-z0-9+?/:().,' -]{1,35}$"));
    if (!c.sepa.reference.isEmpty() && !mandateChars.match(c.sepa.reference).hasMatch())
        error(CustomerField::MandateReference,
              QCoreApplication::translate(
                  "Validation",
                  "A mandate reference has at most 35 characters: letters, digits, spaces and + ? / - : ( ) . , '"));
    if (sepa && c.sepa.reference.isEmpty())
        error(CustomerField::MandateReference,
              QCoreApplication::translate("Validation", "SEPA direct debit needs the mandate reference."));
    if (sepa && !c.sepa.signedOn.isValid())
        error(CustomerField::MandateSignedOn,
              QCoreApplication::translate("Validation", "SEPA direct debit needs the date the mandate was signed."));
    else if (c.sepa.signedOn.isValid() && m_today.isValid() && c.sepa.signedOn > m_today)
        error(CustomerField::MandateSignedOn,
              QCoreApplication::translate("Validation", "The mandate's signature date is in the future."));

    if (c.preferredChannel == DeliveryChannel::EInvoice) {
        static const QRegularExpression endpoint(QStringLiteral("^[0-9]{4}:[A-Za-z0-9._-]{1,50}$"));
        if (c.eInvoiceEndpoint.isEmpty())
            error(CustomerField::EInvoiceEndpoint,
                  QCoreApplication::translate("Validation", "E-invoicing needs the customer's endpoint ID."));
        else if (!endpoint.match(c.eInvoiceEndpoint).hasMatch())
            error(CustomerField::EInvoiceEndpoint,
                  QCoreApplication::translate(
                      "Validation",
                      "An endpoint ID is a four-digit scheme, a colon and the ID (e.g. 0088:5790000435968)."));
    }

    for (const QString& tag : c.tags) {
        if (tag.contains(QLatin1Char(',')) || tag.contains(QLatin1Char(';')))
            error(CustomerField::Tags,
                  QCoreApplication::translate("Validation", "A tag cannot contain a comma or semicolon: \"%1\".")
                      .arg(tag));
    }
    return issues;
}

bool CustomerValidator::isValid(const Customer& customer) const
{
    const auto issues = validate(customer);
    return std::none_of(issues.begin(), issues.end(), [](const ValidationIssue& i) { return i.isError(); });
}

QString describeIssues(const QList<ValidationIssue>& issues, bool errorsOnly)
{
    QStringList parts;
    for (const ValidationIssue& i : issues) {
        if (errorsOnly && !i.isError())
            continue;
        parts.append(fieldLabel(i.field) + QStringLiteral(": ") + i.message);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace subdesk::customers
