#pragma once

#include "surveys/SurveyAnswer.h"

#include <QList>
#include <QWidget>

namespace subdesk::ui {

/**
 * The number of answers per score as bars (0–10 for NPS, 1–5 for CSAT), coloured by group, each
 * labelled with its count; the tool tip of a bar gives its share.
 */
class ScoreDistributionWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreDistributionWidget(QWidget* parent = nullptr);

    /** counts[s] = answers with score s, for every score of kind (index 0 unused for CSAT). */
    void setDistribution(surveys::SurveyKind kind, const QList<int>& counts);
    const QList<int>& counts() const { return m_counts; }
    surveys::SurveyKind kind() const { return m_kind; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF barArea() const;
    int scoreAt(QPointF position) const;

    surveys::SurveyKind m_kind = surveys::SurveyKind::Nps;
    QList<int> m_counts;
};

} // namespace subdesk::ui
