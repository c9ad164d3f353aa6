#include "DemoInvoicing.h"

#include "DemoCheckDigits.h"
#include "company/CompanyService.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"

#include <QCoreApplication>

namespace subdesk::demo {

namespace {

invoicing::PaymentMethod paymentMethodOf(customers::PaymentMethod method)
{
    switch (method) {
    case customers::PaymentMethod::SepaDirectDebit:
        return invoicing::PaymentMethod::DirectDebit;
    case customers::PaymentMethod::Card:
        return invoicing::PaymentMethod::Card;
    case customers::PaymentMethod::Cash:
        return invoicing::PaymentMethod::Cash;
    case customers::PaymentMethod::BankTransfer:
        return invoicing::PaymentMethod::BankTransfer;
    case customers::PaymentMethod::Other:
        break;
    }
    return invoicing::PaymentMethod::Other;
}

Error demoError(const QString& what, const Error& error)
{
    return Error(error.code, QCoreApplication::translate("DemoInvoicing", "Demo %1: %2").arg(what, error.message));
}

} // namespace

DemoInvoicing::DemoInvoicing(company::CompanyService& company, invoicing::InvoiceService& invoices,
                             invoicing::PaymentService& payments, const QList<customers::Customer>& customers,
                             quint32 seed)
    : m_company(company)
    , m_invoices(invoices)
    , m_payments(payments)
    , m_draw(seed ^ 0x51ED270Bu)
{
    for (const customers::Customer& c : customers)
        m_methods.insert(c.id, c.paymentMethod);
}

Status DemoInvoicing::installCompany()
{
    company::CompanyProfile profile;
    profile.name = QStringLiteral("Revontuli Software Oy");
    profile.address.streetLines = {QStringLiteral("Tekniikantie 14")};
    profile.address.postalCode = QStringLiteral("02150");
    profile.address.city = QStringLiteral("Espoo");
    profile.address.country = QStringLiteral("FI");
    QString vatId = QStringLiteral("FI22456780");
    detail::fixVatCheckDigits(QStringLiteral("FI"), vatId);
    profile.vatId = vatId;
    profile.registrationId = QStringLiteral("%1-%2").arg(vatId.mid(2, 7), vatId.right(1));
    profile.email = QStringLiteral("laskutus@revontuli.example");
    profile.phone = QStringLiteral("+358 9 4242 0000");
    profile.website = QStringLiteral("https://revontuli.example");
    profile.eInvoiceEndpoint = QStringLiteral("0216:003722456789");
    profile.defaultPaymentTermsDays = 14;
    profile.documentFooter = QStringLiteral("Revontuli Software Oy · Espoo, Finland · Thank you for your business.");
    if (Status s = m_company.saveProfile(profile); !s)
        return demoError(QStringLiteral("company profile"), s.error());

    company::BankAccount eur;
    eur.label = QStringLiteral("Operating account (EUR)");
    eur.bankName = QStringLiteral("Nordea Bank Abp");
    eur.iban = QStringLiteral("FI2112345600000785");
    eur.bic = QStringLiteral("NDEAFIHH");
    eur.isDefault = true;
    company::BankAccount sek;
    sek.label = QStringLiteral("Swedish krona account");
    sek.bankName = QStringLiteral("Skandinaviska Enskilda Banken");
    sek.iban = QStringLiteral("SE4550000000058398257466");
    sek.bic = QStringLiteral("ESSESESS");
    sek.currency = QStringLiteral("SEK");
    sek.isDefault = true;
    for (const company::BankAccount& account : {eur, sek}) {
        if (auto stored = m_company.saveBankAccount(account); !stored)
            return demoError(QStringLiteral("bank account"), stored.error());
    }
    return {};
}

Status DemoInvoicing::settle(QDate day)
{
    Result<QList<DocumentId>> drafts = m_invoices.draftIds(day);
    if (!drafts)
        return drafts.error();
    if (!drafts->isEmpty()) {
        Result<QList<billing::Document>> issued = m_invoices.issueAll(*drafts, day);
        if (!issued)
            return demoError(QStringLiteral("issuing of %1").arg(day.toString(Qt::ISODate)), issued.error());
        m_issued += int(issued->size());
    }
    return collect(day);
}

Status DemoInvoicing::collect(QDate day)
{
    Result<QList<invoicing::OpenItem>> open = m_payments.openInvoices(CustomerId());
    if (!open)
        return open.error();
    for (const invoicing::OpenItem& item : *open) {
        const customers::PaymentMethod method = m_methods.value(item.customerId);
        if (!m_payDay.contains(item.id.value)) {
            // Decide once per invoice when (and whether) it is paid.
            QDate when = item.dueDate;
            if (method == customers::PaymentMethod::SepaDirectDebit) {
                if (m_draw.percent(3))
                    when = item.dueDate.addDays(m_draw.between(7, 14)); // a returned debit, collected again
            } else if (m_draw.percent(4)) {
                when = QDate(); // never: stays overdue
            } else if (m_draw.percent(20)) {
                when = item.dueDate.addDays(m_draw.between(3, 45));
            } else {
                when = std::max(item.issueDate, item.dueDate.addDays(-m_draw.between(0, 10)));
            }
            m_payDay.insert(item.id.value, when);
        }
        const QDate payDay = m_payDay.value(item.id.value);
        if (!payDay.isValid() || payDay > day)
            continue;
        qint64 amount = item.balance.minorUnits();
        bool partial = false;
        if (method == customers::PaymentMethod::BankTransfer && amount > 2000 && m_draw.percent(5)) {
            amount = amount / 2; // half now, the rest three weeks later
            partial = true;
            m_payDay.insert(item.id.value, payDay.addDays(21));
        }
        invoicing::PaymentRequest request;
        request.customerId = item.customerId;
        request.date = payDay;
        request.currency = item.balance.currency().code();
        request.method = paymentMethodOf(method);
        request.reference = item.number;
        const bool overpay = !partial && m_draw.percent(1);
        request.amountMinor = overpay ? amount + 1000 : amount;
        request.allocations = {{item.id, amount}};
        if (Result<invoicing::Payment> paid = m_payments.record(request); !paid)
            return demoError(QStringLiteral("payment of %1").arg(item.number), paid.error());
        ++m_paymentCount;
    }
    return {};
}

} // namespace subdesk::demo
