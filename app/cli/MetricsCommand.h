#pragma once

#include "CommandLine.h"

namespace subdesk::cli {

/**
 * metrics: MRR, ARR, the five MRR movements, churn, NRR, GRR, ARPA and CLV per month (BILLING.md
 * §10), split per segment or plan, with the reconciliation against invoiced revenue and the rows
 * behind a figure; metrics settings: the reporting currency and the gross margin.
 */
QList<CommandSpec> metricsCommands();

} // namespace subdesk::cli
