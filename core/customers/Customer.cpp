#include "Customer.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace subdesk::customers {

namespace {

const EnumKey<CustomerKind> kKinds[] = {
    {CustomerKind::Business, "business"},
    {CustomerKind::Individual, "individual"},
};
const EnumKey<PaymentMethod> kMethods[] = {
    {PaymentMethod::BankTransfer, "bank_transfer"},
    {PaymentMethod::SepaDirectDebit, "sepa_direct_debit"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Other, "other"},
};
const EnumKey<DeliveryChannel> kChannels[] = {
    {DeliveryChannel::Email, "email"},
    {DeliveryChannel::Paper, "paper"},
    {DeliveryChannel::EInvoice, "einvoice"},
};
const EnumKey<CustomerStatus> kStatuses[] = {
    {CustomerStatus::Active, "active"},
    {CustomerStatus::Archived, "archived"},
};

} // namespace

QString toKey(CustomerKind kind)
{
    return enumkeys::key(kKinds, kind);
}
QString toKey(PaymentMethod method)
{
    return enumkeys::key(kMethods, method);
}
QString toKey(DeliveryChannel channel)
{
    return enumkeys::key(kChannels, channel);
}
QString toKey(CustomerStatus status)
{
    return enumkeys::key(kStatuses, status);
}
std::optional<CustomerKind> kindFromKey(const QString& key)
{
    return enumkeys::fromKey(kKinds, key.trimmed().toLower());
}
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key)
{
    return enumkeys::fromKey(kMethods, key.trimmed().toLower());
}
std::optional<DeliveryChannel> channelFromKey(const QString& key)
{
    return enumkeys::fromKey(kChannels, key.trimmed().toLower());
}
std::optional<CustomerStatus> statusFromKey(const QString& key)
{
    return enumkeys::fromKey(kStatuses, key.trimmed().toLower());
}

QString displayName(CustomerKind kind)
{
    switch (kind) {
    case CustomerKind::Business:
        return QCoreApplication::translate("Customer", "Business");
    case CustomerKind::Individual:
        return QCoreApplication::translate("Customer", "Individual");
    }
    return {};
}

QString displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer:
        return QCoreApplication::translate("Customer", "Bank transfer");
    case PaymentMethod::SepaDirectDebit:
        return QCoreApplication::translate("Customer", "SEPA direct debit");
    case PaymentMethod::Card:
        return QCoreApplication::translate("Customer", "Card");
    case PaymentMethod::Cash:
        return QCoreApplication::translate("Customer", "Cash");
    case PaymentMethod::Other:
        return QCoreApplication::translate("Customer", "Other");
    }
    return {};
}

QString displayName(DeliveryChannel channel)
{
    switch (channel) {
    case DeliveryChannel::Email:
        return QCoreApplication::translate("Customer", "E-mail");
    case DeliveryChannel::Paper:
        return QCoreApplication::translate("Customer", "Paper");
    case DeliveryChannel::EInvoice:
        return QCoreApplication::translate("Customer", "E-invoice");
    }
    return {};
}

QString displayName(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return QCoreApplication::translate("Customer", "Active");
    case CustomerStatus::Archived:
        return QCoreApplication::translate("Customer", "Archived");
    }
    return {};
}

const QStringList& documentLanguages()
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("it"),
                                          QStringLiteral("fi"), QStringLiteral("fa")};
    return languages;
}

QString formatIban(const QString& iban)
{
    QString out;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += iban.at(i);
    }
    return out;
}

} // namespace subdesk::customers
