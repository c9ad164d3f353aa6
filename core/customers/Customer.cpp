#include "Customer.h"

#include <QCoreApplication>

namespace subdesk::customers {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const QString& key, const std::pair<Enum, const char*> (&table)[N])
{
    const QString k = key.trimmed().toLower();
    for (const auto& [value, name] : table) {
        if (k == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString toKeyImpl(Enum value, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
    return {};
}

const std::pair<CustomerKind, const char*> kKinds[] = {
    {CustomerKind::Business, "business"},
    {CustomerKind::Individual, "individual"},
};
const std::pair<PaymentMethod, const char*> kMethods[] = {
    {PaymentMethod::BankTransfer, "bank_transfer"},
    {PaymentMethod::SepaDirectDebit, "sepa_direct_debit"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Other, "other"},
};
const std::pair<DeliveryChannel, const char*> kChannels[] = {
    {DeliveryChannel::Email, "email"},
    {DeliveryChannel::Paper, "paper"},
    {DeliveryChannel::EInvoice, "einvoice"},
};
const std::pair<CustomerStatus, const char*> kStatuses[] = {
    {CustomerStatus::Active, "active"},
    {CustomerStatus::Archived, "archived"},
};

} // namespace

QString toKey(CustomerKind kind)
{
    return toKeyImpl(kind, kKinds);
}
QString toKey(PaymentMethod method)
{
    return toKeyImpl(method, kMethods);
}
QString toKey(DeliveryChannel channel)
{
    return toKeyImpl(channel, kChannels);
}
QString toKey(CustomerStatus status)
{
    return toKeyImpl(status, kStatuses);
}
std::optional<CustomerKind> kindFromKey(const QString& key)
{
    return fromKey(key, kKinds);
}
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key)
{
    return fromKey(key, kMethods);
}
std::optional<DeliveryChannel> channelFromKey(const QString& key)
{
    return fromKey(key, kChannels);
}
std::optional<CustomerStatus> statusFromKey(const QString& key)
{
    return fromKey(key, kStatuses);
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
