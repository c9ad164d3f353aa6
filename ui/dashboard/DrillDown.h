#pragma once

#include "metrics/MetricsReport.h"
#include "surveys/SurveyAnswer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace subdesk::ui {

/** What a click on a tile, bar or point asks to see. */
struct DrillDownRequest
{
    enum class Kind
    {
        Paying, ///< the customers paying at the month's end (MRR, ARR, ARPA, paying customers, CLV)
        Movements, ///< the customer changes of the month (movement: one kind, or all)
        Cohort, ///< the customers paying the day before NRR's and GRR's 12-month window
        NpsAnswers, ///< the NPS answers of the month (trailing90: the 90 days ending with it)
    };
    /** Which figure the paying customers explain: the total line says how the rows make it. */
    enum class Figure
    {
        Mrr,
        Arr,
        PayingCustomers,
        Arpa,
        Clv,
    };
    Kind kind = Kind::Paying;
    Figure figure = Figure::Mrr;
    QDate month; ///< first day
    std::optional<metrics::MovementKind> movement;
    bool trailing90 = false;
    std::optional<surveys::NpsGroup> group;
    /** The clicked figure's name for the dialog's title ("MRR", "Logo churn"). */
    QString figureName;
};

/**
 * The rows behind a figure, ready to show and to export: display texts in the user's locale,
 * the same cells as locale-independent text for CSV, and optional child rows (a customer's
 * subscriptions). total is the figure the rows add up to, as the tile or chart shows it.
 */
struct DrillDownTable
{
    struct Row
    {
        QStringList cells;
        QStringList plainCells;
        QList<Row> children;
    };
    QString title;
    QString explanation;
    QStringList headers;
    QList<Row> rows;
    QString total; ///< "Total: 1 234,00 €" (display)
    QList<int> numericColumns; ///< right-aligned
};

} // namespace subdesk::ui
