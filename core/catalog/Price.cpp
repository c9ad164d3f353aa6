#include "Price.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace subdesk::catalog {

namespace {
const EnumKey<PriceOwner> kOwners[] = {
    {PriceOwner::Plan, "plan"},
    {PriceOwner::AddOn, "add_on"},
    {PriceOwner::MeteredCharge, "metered_charge"},
};
} // namespace

QString priceOwnerKey(PriceOwner owner)
{
    return enumkeys::key(kOwners, owner);
}

std::optional<PriceOwner> priceOwnerFromKey(const QString& key)
{
    return enumkeys::fromKey(kOwners, key);
}

const PriceVersion* Price::versionOn(QDate date) const
{
    const PriceVersion* found = nullptr;
    for (const PriceVersion& version : versions) {
        if (version.effectiveFrom <= date)
            found = &version;
        else
            break;
    }
    return found;
}

Status Price::validate() const
{
    auto invalid = [](const QString& message) { return Error(ErrorCode::Invalid, message); };
    if (!currency.isValid())
        return invalid(QCoreApplication::translate("Price", "A price needs a currency."));
    if (interval && !interval->isValid())
        return interval->validate();
    if (versions.isEmpty())
        return invalid(QCoreApplication::translate("Price", "A price needs at least one version."));
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const PriceVersion& version = versions.at(i);
        if (!version.effectiveFrom.isValid())
            return invalid(QCoreApplication::translate("Price", "Every price version needs the date it takes effect."));
        if (i > 0 && versions.at(i - 1).effectiveFrom >= version.effectiveFrom) {
            return invalid(QCoreApplication::translate("Price",
                                                       "Price versions must take effect on different dates, "
                                                       "in order; %1 comes twice or out of order.")
                               .arg(version.effectiveFrom.toString(Qt::ISODate)));
        }
        if (Status s = version.model.validate(); !s)
            return s;
        if (version.model.currency() != currency) {
            return invalid(QCoreApplication::translate("Price", "The pricing model is in %1 but the price is in %2.")
                               .arg(version.model.currency().code(), currency.code()));
        }
        if (version.setupFee.currency().isValid() && version.setupFee.currency() != currency) {
            return invalid(QCoreApplication::translate("Price", "The setup fee is in %1 but the price is in %2.")
                               .arg(version.setupFee.currency().code(), currency.code()));
        }
        if (version.setupFee.isNegative())
            return invalid(QCoreApplication::translate("Price", "A setup fee cannot be negative."));
        if (owner != PriceOwner::Plan && !version.setupFee.isZero())
            return invalid(QCoreApplication::translate("Price", "Only plan prices have a setup fee."));
    }
    return {};
}

} // namespace subdesk::catalog
