#include "PriceText.h"

#include "money/MoneyFormat.h"
#include "widgets/Plural.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace subdesk::ui::pricetext {

using catalog::PricingKind;
using catalog::PricingModel;

QString number(const Money& amount, const QLocale& locale)
{
    return moneyformat::format(amount, locale, moneyformat::Style::NumberOnly);
}

QString withCode(const Money& amount, const QLocale& locale)
{
    return QCoreApplication::translate("PriceText", "%1 %2", "amount, then currency code")
        .arg(number(amount, locale), amount.currency().code());
}

QString intervalPhrase(const billing::BillingInterval& interval)
{
    using billing::IntervalUnit;
    if (interval.count == 1) {
        switch (interval.unit) {
        case IntervalUnit::Day:
            return QCoreApplication::translate("PriceText", "daily");
        case IntervalUnit::Week:
            return QCoreApplication::translate("PriceText", "weekly");
        case IntervalUnit::Month:
            return QCoreApplication::translate("PriceText", "monthly");
        case IntervalUnit::Year:
            return QCoreApplication::translate("PriceText", "yearly");
        }
    }
    switch (interval.unit) {
    case IntervalUnit::Day:
        return pluralized(QCoreApplication::translate("PriceText", "every %n day(s)", nullptr, interval.count),
                          interval.count);
    case IntervalUnit::Week:
        return pluralized(QCoreApplication::translate("PriceText", "every %n week(s)", nullptr, interval.count),
                          interval.count);
    case IntervalUnit::Month:
        return pluralized(QCoreApplication::translate("PriceText", "every %n month(s)", nullptr, interval.count),
                          interval.count);
    case IntervalUnit::Year:
        return pluralized(QCoreApplication::translate("PriceText", "every %n year(s)", nullptr, interval.count),
                          interval.count);
    }
    Q_UNREACHABLE();
    return {};
}

QString localizedNumbers(const QString& text, const Currency& currency, const QLocale& locale)
{
    static const QRegularExpression numberPattern(QStringLiteral("\\d+(\\.\\d+)?"));
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    auto it = numberPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(done, match.capturedStart() - done);
        const QString token = match.captured();
        QString replacement = token;
        if (match.hasCaptured(1)) {
            if (auto amount = Money::fromPlainString(token, currency))
                replacement = number(*amount, locale);
        } else {
            bool ok = false;
            const qlonglong count = token.toLongLong(&ok);
            if (ok)
                replacement = locale.toString(count);
        }
        out += replacement;
        done = match.capturedEnd();
    }
    out += text.mid(done);
    return out;
}

QString describe(const PricingModel& model, const QLocale& locale)
{
    return localizedNumbers(model.describe(), model.currency(), locale);
}

QString modelSummary(const PricingModel& model, const QLocale& locale)
{
    switch (model.kind()) {
    case PricingKind::Flat:
        return withCode(model.price(), locale);
    case PricingKind::PerUnit:
        return QCoreApplication::translate("PriceText", "%1 per unit").arg(withCode(model.price(), locale));
    case PricingKind::Graduated:
    case PricingKind::Volume: {
        if (model.tiers().isEmpty())
            return catalog::pricingKindName(model.kind());
        const auto cheapest = std::min_element(model.tiers().cbegin(), model.tiers().cend(),
                                               [](const catalog::PriceTier& a, const catalog::PriceTier& b) {
                                                   return a.unitPriceMinor < b.unitPriceMinor;
                                               });
        const QString from = withCode(Money(cheapest->unitPriceMinor, model.currency()), locale);
        return model.kind() == PricingKind::Graduated
            ? QCoreApplication::translate("PriceText", "graduated from %1 per unit").arg(from)
            : QCoreApplication::translate("PriceText", "volume from %1 per unit").arg(from);
    }
    case PricingKind::Package:
        return QCoreApplication::translate("PriceText", "%1 per %2 units")
            .arg(withCode(model.price(), locale), locale.toString(model.packageSize()));
    }
    Q_UNREACHABLE();
    return {};
}

QString priceSummary(const catalog::Price& price, const QDate& on, const QLocale& locale)
{
    const catalog::PriceVersion* version = price.versionOn(on);
    if (!version && !price.versions.isEmpty())
        version = &price.versions.constFirst();
    if (!version)
        return price.currency.code();
    const QString model = modelSummary(version->model, locale);
    if (!price.interval)
        return model;
    return QCoreApplication::translate("PriceText", "%1 %2", "price, then how often")
        .arg(model, intervalPhrase(*price.interval));
}

QString pricesSummary(const QList<const catalog::Price*>& prices, const Currency& primary, const QDate& on,
                      const QLocale& locale)
{
    QList<const catalog::Price*> active;
    for (const catalog::Price* price : prices) {
        if (!price->archived)
            active.append(price);
    }
    if (active.isEmpty())
        return QCoreApplication::translate("PriceText", "no price yet");
    const bool hasPrimary =
        std::any_of(active.cbegin(), active.cend(), [&](const catalog::Price* p) { return p->currency == primary; });
    const Currency shown = hasPrimary ? primary : active.constFirst()->currency;
    QStringList parts;
    QStringList others;
    for (const catalog::Price* price : std::as_const(active)) {
        if (price->currency == shown)
            parts.append(priceSummary(*price, on, locale));
        else if (!others.contains(price->currency.code()))
            others.append(price->currency.code());
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!others.isEmpty()) {
        // Name a few other currencies; the tooltip lists every price.
        constexpr int kNamed = 3;
        QString also = others.mid(0, kNamed).join(QStringLiteral(", "));
        if (others.size() > kNamed)
            also = QCoreApplication::translate("PriceText", "%1 and %2 more")
                       .arg(also, locale.toString(qlonglong(others.size() - kNamed)));
        text = QCoreApplication::translate("PriceText", "%1 (also in %2)").arg(text, also);
    }
    return text;
}

QString pricesList(const QList<const catalog::Price*>& prices, const QDate& on, const QLocale& locale)
{
    QStringList lines;
    for (const catalog::Price* price : prices) {
        if (!price->archived)
            lines.append(priceSummary(*price, on, locale));
    }
    return lines.join(QLatin1Char('\n'));
}

Currency suggestedCurrency(const catalog::Catalog& catalog, const QLocale& locale)
{
    // The most used currency; on a tie the one priced first (a catalog is usually built in its home currency).
    QHash<QString, int> uses;
    QStringList order;
    for (const catalog::Price& price : catalog.prices) {
        if (!uses.contains(price.currency.code()))
            order.append(price.currency.code());
        ++uses[price.currency.code()];
    }
    QString best;
    for (const QString& code : std::as_const(order)) {
        if (best.isEmpty() || uses.value(code) > uses.value(best))
            best = code;
    }
    if (best.isEmpty())
        best = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return Currency::fromCode(best).value_or(*Currency::fromCode(QStringLiteral("EUR")));
}

} // namespace subdesk::ui::pricetext
