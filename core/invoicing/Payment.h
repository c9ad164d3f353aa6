#pragma once

#include "common/Id.h"
#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace subdesk::invoicing {

enum class PaymentKind
{
    Payment, ///< money received from the customer
    Refund, ///< money paid back to the customer out of their credit balance
};

QString paymentKindKey(PaymentKind kind); ///< "payment", "refund"
std::optional<PaymentKind> paymentKindFromKey(const QString& key);
QString paymentKindName(PaymentKind kind); ///< translated

enum class PaymentMethod
{
    BankTransfer,
    DirectDebit,
    Card,
    Cash,
    Other,
};

QString paymentMethodKey(PaymentMethod method); ///< "bank_transfer", "direct_debit", "card", "cash", "other"
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);
QString paymentMethodName(PaymentMethod method); ///< translated

/** The part of a payment that settles one invoice. */
struct PaymentAllocation
{
    DocumentId documentId;
    Money amount; ///< > 0
    QString documentNumber; ///< filled when read, for display
    friend bool operator==(const PaymentAllocation&, const PaymentAllocation&) = default;
};

/**
 * A payment received or a refund made (BILLING.md §9). A payment's amount = its allocations + what
 * became customer credit (overpayment); a refund takes its amount out of the customer's credit.
 */
struct Payment
{
    PaymentId id;
    CustomerId customerId;
    PaymentKind kind = PaymentKind::Payment;
    QDate date;
    Money amount; ///< > 0
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference; ///< bank reference, card slip, ...
    QString note;
    QDateTime createdAt;
    QList<PaymentAllocation> allocations;
    /** Payments: the part that became customer credit; refunds: the credit paid back. */
    Money toCredit;
    QString customerName; ///< filled when read, for display

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace subdesk::invoicing
