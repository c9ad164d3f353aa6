#pragma once

#include "PricingModel.h"

namespace subdesk::catalog {

/** The units tier index of model covers, e.g. "1–10", "11" or "26+". */
QString tierRangeText(const PricingModel& model, qsizetype index);

/**
 * The lines of PricingModel::breakdown(). The caller has checked that model is valid and quantity
 * non-negative; an amount beyond qint64 (one line or their sum) is an Overflow error, as in priceFor().
 */
Result<QList<PriceLine>> priceBreakdown(const PricingModel& model, qint64 quantity);

/** PricingModel::describe(). */
QString describePricing(const PricingModel& model);

} // namespace subdesk::catalog
