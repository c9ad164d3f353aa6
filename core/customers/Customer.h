#pragma once

#include "common/Id.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace subdesk::customers {

enum class CustomerKind
{
    Business,
    Individual,
};

enum class PaymentMethod
{
    BankTransfer,
    SepaDirectDebit,
    Card,
    Cash,
    Other,
};

/** How the customer wants to receive documents. */
enum class DeliveryChannel
{
    Email,
    Paper,
    EInvoice,
};

enum class CustomerStatus
{
    Active,
    Archived,
};

struct PostalAddress
{
    QStringList streetLines;
    QString postalCode;
    QString city;
    QString region;
    QString country; ///< ISO 3166-1 alpha-2, upper case

    friend bool operator==(const PostalAddress&, const PostalAddress&) = default;
};

/** A SEPA direct-debit mandate; only meaningful with PaymentMethod::SepaDirectDebit. */
struct SepaMandate
{
    QString iban; ///< electronic form: upper case, no spaces
    QString bic;
    QString reference;
    QDate signedOn;

    friend bool operator==(const SepaMandate&, const SepaMandate&) = default;
};

/** A customer as SubDesk keeps it. A plain value: storage, views and the CLI all pass copies. */
struct Customer
{
    CustomerId id;
    QString displayName;
    CustomerKind kind = CustomerKind::Business;
    QString contactPerson;
    QStringList emails;
    QString phone;
    PostalAddress address;
    QString vatId; ///< normalised: upper case, no spaces or dots, with its country prefix
    QString language = QStringLiteral("en"); ///< document language, ISO 639-1
    QString currency = QStringLiteral("EUR"); ///< ISO 4217
    int paymentTermsDays = 14;
    PaymentMethod paymentMethod = PaymentMethod::BankTransfer;
    SepaMandate sepa;
    DeliveryChannel preferredChannel = DeliveryChannel::Email;
    QString eInvoiceEndpoint; ///< e.g. a Peppol participant id "0088:5790000435968"
    QString segment;
    QStringList tags;
    QString notes;
    CustomerStatus status = CustomerStatus::Active;
    QDateTime created; ///< UTC

    friend bool operator==(const Customer&, const Customer&) = default;
};

// Stable keys used in the database, CSV files, JSON and CLI flags. Never translate these.
QString toKey(CustomerKind kind);
QString toKey(PaymentMethod method);
QString toKey(DeliveryChannel channel);
QString toKey(CustomerStatus status);
std::optional<CustomerKind> kindFromKey(const QString& key);
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);
std::optional<DeliveryChannel> channelFromKey(const QString& key);
std::optional<CustomerStatus> statusFromKey(const QString& key);

// Translated names for views and messages.
QString displayName(CustomerKind kind);
QString displayName(PaymentMethod method);
QString displayName(DeliveryChannel channel);
QString displayName(CustomerStatus status);

/** The document languages SubDesk ships: en, pl, it, fi, fa. */
const QStringList& documentLanguages();

/** Groups an electronic IBAN in fours for display ("DE89 3704 0044 ..."). */
QString formatIban(const QString& iban);

} // namespace subdesk::customers
