#include "DocumentIssuer.h"

#include "output/DocumentLanguage.h"
#include "tax/TaxCalculator.h"

namespace subdesk::invoicing {

namespace {

tax::TaxContext taxContext(const billing::Document& draft, const IssueContext& context, QDate issueDate)
{
    tax::TaxContext tax;
    if (context.corrected) {
        const billing::Document& invoice = *context.corrected;
        tax.sellerCountry = invoice.seller.country;
        tax.buyerCountry = invoice.buyer.country;
        tax.buyerVatId = invoice.buyer.vatId;
        tax.pricesIncludeTax = invoice.pricesIncludeTax;
        tax.taxPoint = invoice.issueDate;
        // The invoice's own rates, never the table's, which the clerk may have edited since.
        for (const billing::DocumentLine& line : invoice.lines) {
            for (const QString& country : {invoice.seller.country, invoice.buyer.country}) {
                tax::TaxRate rate;
                rate.country = country;
                rate.taxClass = line.taxClass;
                rate.name = invoice.number;
                rate.rateBp = line.taxRateBp;
                rate.validFrom = invoice.issueDate;
                rate.validTo = invoice.issueDate;
                tax.rates.append(rate);
            }
        }
        tax.sellerExempt = std::any_of(invoice.taxes.cbegin(), invoice.taxes.cend(), [](const billing::TaxGroup& g) {
            return g.category == tax::TaxCategory::Exempt;
        });
        return tax;
    }
    tax.rates = context.rates;
    tax.sellerCountry = context.profile.address.country;
    tax.sellerExempt = context.profile.vatExempt;
    tax.buyerCountry = context.customer.address.country;
    tax.buyerVatId = context.customer.vatId;
    tax.pricesIncludeTax = context.settings.pricesIncludeTax(draft.currency.code());
    tax.taxPoint = issueDate;
    return tax;
}

} // namespace

billing::Party DocumentIssuer::sellerParty(const company::CompanyProfile& profile,
                                           const std::optional<company::BankAccount>& account)
{
    billing::Party party;
    party.name = profile.name;
    party.streetLines = profile.address.streetLines;
    party.postalCode = profile.address.postalCode;
    party.city = profile.address.city;
    party.region = profile.address.region;
    party.country = profile.address.country;
    party.vatId = profile.vatId;
    party.registrationId = profile.registrationId;
    party.email = profile.email;
    party.phone = profile.phone;
    party.eInvoiceEndpoint = profile.eInvoiceEndpoint;
    if (account) {
        party.iban = account->iban;
        party.bic = account->bic;
        party.bankName = account->bankName;
    }
    return party;
}

billing::Party DocumentIssuer::buyerParty(const customers::Customer& customer)
{
    billing::Party party;
    party.name = customer.displayName;
    party.streetLines = customer.address.streetLines;
    party.postalCode = customer.address.postalCode;
    party.city = customer.address.city;
    party.region = customer.address.region;
    party.country = customer.address.country;
    party.vatId = customer.vatId;
    party.contact = customer.contactPerson;
    party.email = customer.emails.value(0);
    party.phone = customer.phone;
    party.eInvoiceEndpoint = customer.eInvoiceEndpoint;
    return party;
}

Result<billing::Document> DocumentIssuer::prepare(const billing::Document& draft, const IssueContext& context,
                                                  QDate issueDate)
{
    using billing::DocumentKind;
    if (!context.profile.isComplete()) {
        return Error(ErrorCode::Invalid,
                     tr("Fill in the company's name and country (Settings → Company) before "
                        "issuing documents: every document must name its seller."));
    }
    if (draft.lines.isEmpty())
        return Error(ErrorCode::Invalid, tr("A document without lines cannot be issued."));
    if (draft.kind == DocumentKind::Invoice && draft.total.isNegative())
        return Error(ErrorCode::Invalid, tr("An invoice cannot total less than zero; issue a credit note instead."));
    if (draft.kind == DocumentKind::CreditNote && !draft.total.isNegative())
        return Error(ErrorCode::Invalid, tr("A credit note must total less than zero."));

    const Currency currency = draft.currency;
    QList<tax::TaxLineInput> inputs;
    inputs.reserve(draft.lines.size());
    for (const billing::DocumentLine& line : draft.lines)
        inputs.append({line.taxClass, line.item.amount.minorUnits()});
    const tax::TaxContext taxes = taxContext(draft, context, issueDate);
    Result<tax::TaxResult> taxed = tax::TaxCalculator::compute(taxes, inputs);
    if (!taxed)
        return taxed.error();

    billing::Document doc = draft;
    doc.state = billing::DocumentState::Issued;
    doc.issueDate = issueDate;
    doc.pricesIncludeTax = taxes.pricesIncludeTax;
    doc.language = context.corrected ? context.corrected->language : context.customer.language;
    const output::DocumentLanguage language(doc.language);
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        billing::DocumentLine& line = doc.lines[i];
        const tax::TaxedLine& t = taxed->lines.at(i);
        line.taxCategory = t.category;
        line.taxRateBp = t.rateBp;
        line.net = Money(t.netMinor, currency);
    }
    doc.taxes.clear();
    for (const tax::TaxGroupTotal& group : taxed->groups) {
        billing::TaxGroup out;
        out.category = group.category;
        out.rateBp = group.rateBp;
        out.taxable = Money(group.taxableMinor, currency);
        out.tax = Money(group.taxMinor, currency);
        out.exemptionCode = group.exemptionCode;
        if (group.category == tax::TaxCategory::Exempt)
            out.exemptionText = context.profile.exemptionText;
        if (out.exemptionText.isEmpty() && group.category != tax::TaxCategory::Standard
            && group.category != tax::TaxCategory::Zero)
            out.exemptionText = output::standardExemptionText(group.category, language);
        doc.taxes.append(out);
    }
    doc.netTotal = Money(taxed->netMinor, currency);
    doc.taxTotal = Money(taxed->taxMinor, currency);
    doc.total = Money(taxed->grossMinor, currency);

    doc.seller = sellerParty(context.profile, context.account);
    doc.buyer = context.corrected ? context.corrected->buyer : buyerParty(context.customer);
    const int terms = context.customer.paymentTermsDays >= 0 ? context.customer.paymentTermsDays
                                                             : context.profile.defaultPaymentTermsDays;
    doc.dueDate = doc.kind == DocumentKind::Invoice ? issueDate.addDays(terms) : issueDate;
    doc.supplyFrom = QDate();
    doc.supplyTo = QDate();
    for (const billing::DocumentLine& line : doc.lines) {
        const billing::BillingItem& item = line.item;
        if (!item.periodStart.isValid() || !item.periodEnd.isValid() || item.periodEnd <= item.periodStart)
            continue;
        if (!doc.supplyFrom.isValid() || item.periodStart < doc.supplyFrom)
            doc.supplyFrom = item.periodStart;
        if (!doc.supplyTo.isValid() || item.periodEnd > doc.supplyTo)
            doc.supplyTo = item.periodEnd;
    }
    if (!doc.supplyFrom.isValid()) {
        // Lines without a period (one-off charges) were supplied on the document's day (art. 226(7)).
        doc.supplyFrom = draft.date;
        doc.supplyTo = draft.date.addDays(1);
    }
    return doc;
}

} // namespace subdesk::invoicing
