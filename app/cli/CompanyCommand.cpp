#include "CompanyCommand.h"

#include "CommandSupport.h"
#include "company/CompanyService.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace subdesk::cli {

namespace {

/** Flag → setter of a text field of the profile; the flags `company set` takes besides the special ones. */
const QList<std::pair<QString, std::function<void(company::CompanyProfile&, const QString&)>>>& textFields()
{
    using P = company::CompanyProfile;
    static const QList<std::pair<QString, std::function<void(P&, const QString&)>>> fields = {
        {QStringLiteral("name"), [](P& p, const QString& v) { p.name = v; }},
        {QStringLiteral("country"), [](P& p, const QString& v) { p.address.country = v.toUpper(); }},
        {QStringLiteral("postal-code"), [](P& p, const QString& v) { p.address.postalCode = v; }},
        {QStringLiteral("city"), [](P& p, const QString& v) { p.address.city = v; }},
        {QStringLiteral("region"), [](P& p, const QString& v) { p.address.region = v; }},
        {QStringLiteral("vat-id"), [](P& p, const QString& v) { p.vatId = v; }},
        {QStringLiteral("registration-id"), [](P& p, const QString& v) { p.registrationId = v; }},
        {QStringLiteral("email"), [](P& p, const QString& v) { p.email = v; }},
        {QStringLiteral("phone"), [](P& p, const QString& v) { p.phone = v; }},
        {QStringLiteral("website"), [](P& p, const QString& v) { p.website = v; }},
        {QStringLiteral("endpoint"), [](P& p, const QString& v) { p.eInvoiceEndpoint = v; }},
        {QStringLiteral("exemption-text"), [](P& p, const QString& v) { p.exemptionText = v; }},
        {QStringLiteral("footer"), [](P& p, const QString& v) { p.documentFooter = v; }},
    };
    return fields;
}

QJsonObject profileToJson(const company::CompanyProfile& p)
{
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("street_lines"), QJsonArray::fromStringList(p.address.streetLines)},
        {QStringLiteral("postal_code"), p.address.postalCode},
        {QStringLiteral("city"), p.address.city},
        {QStringLiteral("region"), p.address.region},
        {QStringLiteral("country"), p.address.country},
        {QStringLiteral("vat_id"), p.vatId},
        {QStringLiteral("registration_id"), p.registrationId},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("website"), p.website},
        {QStringLiteral("endpoint"), p.eInvoiceEndpoint},
        {QStringLiteral("vat_exempt"), p.vatExempt},
        {QStringLiteral("exemption_text"), p.exemptionText},
        {QStringLiteral("payment_terms_days"), p.defaultPaymentTermsDays},
        {QStringLiteral("footer"), p.documentFooter},
        {QStringLiteral("logo_bytes"), p.logo.size()},
        {QStringLiteral("complete"), p.isComplete()},
    };
}

QJsonObject accountToJson(const company::BankAccount& a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("label"), a.label},
        {QStringLiteral("bank_name"), a.bankName},
        {QStringLiteral("iban"), a.iban},
        {QStringLiteral("bic"), a.bic},
        {QStringLiteral("currency"), a.currency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.currency)},
        {QStringLiteral("default"), a.isDefault},
        {QStringLiteral("archived"), a.archived},
    };
}

QJsonObject seriesToJson(const company::NumberSeries& s)
{
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("kind"), billing::documentKindKey(s.kind)},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("pattern"), s.pattern},
        {QStringLiteral("yearly_reset"), s.yearlyReset},
        {QStringLiteral("default"), s.isDefault},
        {QStringLiteral("archived"), s.archived},
    };
}

ExitCode show(Invocation& inv)
{
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto file = take(opened);
    company::CompanyService& service = file->company();
    const auto profile = service.profile();
    if (!profile)
        return output::fail(profile.error());
    const auto accounts = service.bankAccounts();
    if (!accounts)
        return output::fail(accounts.error());
    const auto series = service.numberSeries();
    if (!series)
        return output::fail(series.error());
    if (inv.isSet(QStringLiteral("json"))) {
        QJsonArray accountArray;
        for (const company::BankAccount& a : *accounts)
            accountArray.append(accountToJson(a));
        QJsonArray seriesArray;
        for (const company::NumberSeries& s : *series)
            seriesArray.append(seriesToJson(s));
        output::outJson(QJsonDocument(QJsonObject {{QStringLiteral("profile"), profileToJson(*profile)},
                                                   {QStringLiteral("bank_accounts"), accountArray},
                                                   {QStringLiteral("number_series"), seriesArray}}));
        return ExitCode::Ok;
    }
    const company::CompanyProfile& p = *profile;
    QStringList lines {p.name.isEmpty() ? QCoreApplication::translate("Cli", "(no company name)") : p.name};
    lines += p.address.streetLines;
    const QString place = QStringList {p.address.postalCode, p.address.city}.join(QLatin1Char(' ')).trimmed();
    if (!place.isEmpty())
        lines.append(place);
    if (!p.address.country.isEmpty())
        lines.append(p.address.country);
    if (!p.vatId.isEmpty())
        lines.append(QCoreApplication::translate("Cli", "VAT ID: %1").arg(p.vatId));
    lines.append(QCoreApplication::translate("Cli", "Payment terms: %n day(s)", nullptr, p.defaultPaymentTermsDays));
    if (!p.isComplete()) {
        lines.append(QCoreApplication::translate("Cli",
                                                 "Incomplete: documents cannot be issued until the name and the "
                                                 "country are set (\"company set\")."));
    }
    lines << QString() << QCoreApplication::translate("Cli", "Bank accounts:");
    Table accountTable({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "Label"),
                        QCoreApplication::translate("Cli", "IBAN"), QCoreApplication::translate("Cli", "BIC"),
                        QCoreApplication::translate("Cli", "Currency"), QCoreApplication::translate("Cli", "Default")});
    for (const company::BankAccount& a : *accounts) {
        accountTable.addRow({QString::number(a.id), a.label, a.iban, a.bic, a.currency,
                             a.isDefault ? QCoreApplication::translate("Cli", "yes") : QString()});
    }
    for (const QString& line : accountTable.lines())
        lines.append(QStringLiteral("  ") + line);
    lines << QString() << QCoreApplication::translate("Cli", "Numbering series:");
    Table seriesTable({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "Kind"),
                       QCoreApplication::translate("Cli", "Name"), QCoreApplication::translate("Cli", "Pattern"),
                       QCoreApplication::translate("Cli", "Default")});
    for (const company::NumberSeries& s : *series) {
        seriesTable.addRow({QString::number(s.id), billing::documentKindName(s.kind), s.name, s.pattern,
                            s.isDefault ? QCoreApplication::translate("Cli", "yes") : QString()});
    }
    for (const QString& line : seriesTable.lines())
        lines.append(QStringLiteral("  ") + line);
    output::outLines(lines);
    return ExitCode::Ok;
}

ExitCode set(Invocation& inv)
{
    OptionReader reader(inv);
    const auto terms = reader.number(QStringLiteral("payment-terms"), 0, 365);
    std::optional<bool> exempt;
    if (reader.isSet(QStringLiteral("vat-exempt"))) {
        const QString value = OptionReader::normalizedKey(reader.text(QStringLiteral("vat-exempt")));
        if (value == QLatin1String("yes"))
            exempt = true;
        else if (value == QLatin1String("no"))
            exempt = false;
        else
            reader.error(QCoreApplication::translate("Cli", "--vat-exempt must be yes or no, not \"%1\".")
                             .arg(reader.text(QStringLiteral("vat-exempt"))));
    }
    QByteArray logo;
    if (reader.isSet(QStringLiteral("logo")) && !reader.text(QStringLiteral("logo")).isEmpty()) {
        QFile file(reader.text(QStringLiteral("logo")));
        if (!file.open(QIODevice::ReadOnly)) {
            return output::fail(QCoreApplication::translate("Cli", "--logo: \"%1\" cannot be read: %2")
                                    .arg(file.fileName(), file.errorString()));
        }
        logo = file.readAll();
    }
    if (reader.failed())
        return ExitCode::Usage;
    bool any = terms || exempt || reader.isSet(QStringLiteral("logo")) || reader.isSet(QStringLiteral("street"));
    for (const auto& field : textFields())
        any = any || reader.isSet(field.first);
    if (!any)
        return inv.usageError(QCoreApplication::translate("Cli",
                                                          "Nothing to change: give --name, --country or "
                                                          "another field."));

    OpenedCompany opened = openBilling(inv, true);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto file = take(opened);
    auto profile = file->company().profile();
    if (!profile)
        return output::fail(profile.error());
    company::CompanyProfile p = *profile;
    for (const auto& [flag, apply] : textFields()) {
        if (reader.isSet(flag))
            apply(p, reader.text(flag));
    }
    if (reader.isSet(QStringLiteral("street")))
        p.address.streetLines = inv.values(QStringLiteral("street"));
    if (terms)
        p.defaultPaymentTermsDays = int(*terms);
    if (exempt)
        p.vatExempt = *exempt;
    if (reader.isSet(QStringLiteral("logo")))
        p.logo = logo;
    if (const Status saved = file->company().saveProfile(p); !saved)
        return output::fail(saved.error());
    output::out(QCoreApplication::translate("Cli", "Company profile saved."));
    return ExitCode::Ok;
}

ExitCode addBankAccount(Invocation& inv)
{
    OptionReader reader(inv);
    if (!reader.require(QStringLiteral("iban")))
        return ExitCode::Usage;
    company::BankAccount account;
    account.iban = reader.text(QStringLiteral("iban"));
    account.bic = reader.text(QStringLiteral("bic"));
    account.bankName = reader.text(QStringLiteral("bank-name"));
    account.label = reader.text(QStringLiteral("label"));
    if (const auto currency = reader.currency(QStringLiteral("currency")))
        account.currency = currency->code();
    account.isDefault = reader.isSet(QStringLiteral("default"));
    if (reader.failed())
        return ExitCode::Usage;
    OpenedCompany opened = openBilling(inv);
    if (auto* code = std::get_if<ExitCode>(&opened))
        return *code;
    auto file = take(opened);
    const auto saved = file->company().saveBankAccount(account);
    if (!saved)
        return output::fail(saved.error());
    output::out(QString::number(saved->id));
    return ExitCode::Ok;
}

OptionSpec textFlag(const QString& name, const QString& valueName, const QString& description)
{
    return {{name}, valueName, description};
}

} // namespace

QList<CommandSpec> companyCommands()
{
    return {
        {{QStringLiteral("company"), QStringLiteral("show")},
         QString(),
         0,
         0,
         QCoreApplication::translate(
             "Cli", "Shows the company profile printed on every document, the bank accounts and the numbering series."),
         {jsonOption()},
         show},
        {{QStringLiteral("company"), QStringLiteral("set")},
         QString(),
         0,
         0,
         QCoreApplication::translate(
             "Cli",
             "Changes fields of the company profile (the seller on documents); fields not given stay as they are."),
         {
             textFlag(QStringLiteral("name"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("Cli", "The legal name.")),
             {{QStringLiteral("street")},
              QStringLiteral("TEXT"),
              QCoreApplication::translate("Cli", "A street line (replaces all of them)."),
              true},
             textFlag(QStringLiteral("postal-code"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("Cli", "The postal code.")),
             textFlag(QStringLiteral("city"), QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "The city.")),
             textFlag(QStringLiteral("region"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("Cli", "The region or province.")),
             textFlag(QStringLiteral("country"), QStringLiteral("CODE"),
                      QCoreApplication::translate("Cli", "ISO 3166 country code, such as FI.")),
             textFlag(QStringLiteral("vat-id"), QStringLiteral("ID"),
                      QCoreApplication::translate("Cli", "The VAT ID, such as FI12345671.")),
             textFlag(QStringLiteral("registration-id"), QStringLiteral("ID"),
                      QCoreApplication::translate("Cli", "The company register number.")),
             textFlag(QStringLiteral("email"), QStringLiteral("ADDRESS"),
                      QCoreApplication::translate("Cli", "The e-mail address.")),
             textFlag(QStringLiteral("phone"), QStringLiteral("NUMBER"),
                      QCoreApplication::translate("Cli", "The phone number.")),
             textFlag(QStringLiteral("website"), QStringLiteral("URL"),
                      QCoreApplication::translate("Cli", "The website.")),
             textFlag(QStringLiteral("endpoint"), QStringLiteral("SCHEME:ID"),
                      QCoreApplication::translate("Cli", "The Peppol participant id, such as 0088:5790000435968.")),
             textFlag(QStringLiteral("payment-terms"), QStringLiteral("DAYS"),
                      QCoreApplication::translate("Cli", "Days to pay for customers without their own terms (0–365).")),
             textFlag(QStringLiteral("vat-exempt"), QStringLiteral("yes|no"),
                      QCoreApplication::translate("Cli", "Small-business VAT exemption: no VAT on any document.")),
             textFlag(QStringLiteral("exemption-text"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("Cli", "The exemption's legal text.")),
             textFlag(QStringLiteral("footer"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("Cli", "Free text at the foot of documents.")),
             textFlag(QStringLiteral("logo"), QStringLiteral("FILE"),
                      QCoreApplication::translate("Cli", "A PNG or JPEG logo; empty removes it.")),
         },
         set},
        {{QStringLiteral("company"), QStringLiteral("bank-account")},
         QString(),
         0,
         0,
         QCoreApplication::translate(
             "Cli", "Adds a bank account printed on documents for payment by transfer; prints its id."),
         {
             textFlag(QStringLiteral("iban"), QStringLiteral("IBAN"), QCoreApplication::translate("Cli", "The IBAN.")),
             textFlag(QStringLiteral("bic"), QStringLiteral("BIC"), QCoreApplication::translate("Cli", "The BIC.")),
             textFlag(QStringLiteral("bank-name"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("Cli", "The bank's name.")),
             textFlag(QStringLiteral("label"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("Cli", "Your name for the account.")),
             textFlag(QStringLiteral("currency"), QStringLiteral("CODE"),
                      QCoreApplication::translate("Cli", "The currency it is for (default: any).")),
             {{QStringLiteral("default")},
              QString(),
              QCoreApplication::translate("Cli", "Print it on documents in its currency.")},
         },
         addBankAccount},
    };
}

} // namespace subdesk::cli
