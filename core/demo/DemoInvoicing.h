#pragma once

#include "DemoDraw.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QDate>
#include <QHash>

namespace subdesk::company {
class CompanyService;
}
namespace subdesk::invoicing {
class InvoiceService;
class PaymentService;
} // namespace subdesk::invoicing

namespace subdesk::demo {

/**
 * The demo company's books: its profile (a Finnish software house with EUR and SEK accounts) and,
 * on every billing day of the history, issuing what was billed and collecting what fell due, the
 * way customers really pay: most on time (direct debits on the due day), some late, some in
 * part, a few never (they stay overdue), an occasional overpayment left as credit.
 */
class DemoInvoicing
{
public:
    DemoInvoicing(company::CompanyService& company, invoicing::InvoiceService& invoices,
                  invoicing::PaymentService& payments, const QList<customers::Customer>& customers, quint32 seed);

    /** The company profile, bank accounts; called once before the history. */
    Status installCompany();
    /** Issues every draft dated on or before day, then records the payments made up to day. */
    Status settle(QDate day);

    int issued() const { return m_issued; }
    int payments() const { return m_paymentCount; }

private:
    Status collect(QDate day);

    company::CompanyService& m_company;
    invoicing::InvoiceService& m_invoices;
    invoicing::PaymentService& m_payments;
    QHash<CustomerId, customers::PaymentMethod> m_methods;
    detail::Draw m_draw;
    /** Invoices whose payment has been decided: paid on a day, or never. */
    QHash<qint64, QDate> m_payDay;
    int m_issued = 0;
    int m_paymentCount = 0;
};

} // namespace subdesk::demo
