#pragma once

#include "Payment.h"
#include "common/Result.h"

namespace subdesk::invoicing {

/** Which payments a list shows; empty criteria match all. */
struct PaymentFilter
{
    CustomerId customerId;
    std::optional<PaymentKind> kind;
    std::optional<PaymentMethod> method;
    QString currency;
    QDate from; ///< inclusive; invalid: open
    QDate to;
    QString text; ///< reference, note or customer name contains it
};

/** Where payments and their allocations are kept (core/storage implements it). */
class PaymentRepository
{
public:
    virtual ~PaymentRepository() = default;

    /** Stores the payment and its allocations (not the settlement, not the credit: the service
     *  writes those in the same UnitOfWork) and returns it with its id. */
    virtual Result<Payment> insertPayment(const Payment& payment) = 0;
    /** Newest first, with allocations (document numbers filled) and customer names. */
    virtual Result<QList<Payment>> payments(const PaymentFilter& filter) = 0;
    /** Payments with an allocation to the document; each carries only that allocation. */
    virtual Result<QList<Payment>> paymentsForDocument(DocumentId document) = 0;
    virtual Result<Payment> payment(PaymentId id) = 0;
};

} // namespace subdesk::invoicing
