#include "TaxCategory.h"

#include "common/EnumKeys.h"

namespace subdesk::tax {

namespace {
const EnumKey<TaxClass> kClasses[] = {
    {TaxClass::Standard, "standard", QT_TRANSLATE_NOOP("Tax", "Standard")},
    {TaxClass::Reduced, "reduced", QT_TRANSLATE_NOOP("Tax", "Reduced")},
    {TaxClass::Reduced2, "reduced2", QT_TRANSLATE_NOOP("Tax", "Second reduced")},
    {TaxClass::SuperReduced, "super_reduced", QT_TRANSLATE_NOOP("Tax", "Super-reduced")},
    {TaxClass::Zero, "zero", QT_TRANSLATE_NOOP("Tax", "Zero-rated")},
};

// The codes are UNCL5305 as EN 16931 uses them (BT-118, BT-151).
const EnumKey<TaxCategory> kCategories[] = {
    {TaxCategory::Standard, "S", QT_TRANSLATE_NOOP("Tax", "Standard rate")},
    {TaxCategory::Zero, "Z", QT_TRANSLATE_NOOP("Tax", "Zero rated")},
    {TaxCategory::Exempt, "E", QT_TRANSLATE_NOOP("Tax", "Exempt from VAT")},
    {TaxCategory::ReverseCharge, "AE", QT_TRANSLATE_NOOP("Tax", "Reverse charge")},
    {TaxCategory::IntraCommunity, "K", QT_TRANSLATE_NOOP("Tax", "Intra-community supply")},
    {TaxCategory::Export, "G", QT_TRANSLATE_NOOP("Tax", "Export outside the EU")},
    {TaxCategory::OutOfScope, "O", QT_TRANSLATE_NOOP("Tax", "Not subject to VAT")},
};
} // namespace

QString taxClassKey(TaxClass taxClass)
{
    return enumkeys::key(kClasses, taxClass);
}

std::optional<TaxClass> taxClassFromKey(const QString& key)
{
    return enumkeys::fromKey(kClasses, key);
}

QString taxClassName(TaxClass taxClass)
{
    return enumkeys::name(kClasses, taxClass, "Tax");
}

QString taxCategoryCode(TaxCategory category)
{
    return enumkeys::key(kCategories, category);
}

std::optional<TaxCategory> taxCategoryFromCode(const QString& code)
{
    return enumkeys::fromKey(kCategories, code);
}

QString taxCategoryName(TaxCategory category)
{
    return enumkeys::name(kCategories, category, "Tax");
}

} // namespace subdesk::tax
