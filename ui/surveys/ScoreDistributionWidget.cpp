#include "ScoreDistributionWidget.h"

#include "FeedbackTableModel.h"
#include "widgets/Plural.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace subdesk::ui {

using surveys::SurveyAnswer;

ScoreDistributionWidget::ScoreDistributionWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreDistribution"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setDistribution(surveys::SurveyKind::Nps, {});
}

void ScoreDistributionWidget::setDistribution(surveys::SurveyKind kind, const QList<int>& counts)
{
    m_kind = kind;
    m_counts = counts;
    m_counts.resize(SurveyAnswer::maxScore(kind) + 1);
    update();
}

QSize ScoreDistributionWidget::sizeHint() const
{
    return {320, fontMetrics().height() * 7};
}

QSize ScoreDistributionWidget::minimumSizeHint() const
{
    return {220, fontMetrics().height() * 7};
}

QRectF ScoreDistributionWidget::barArea() const
{
    const int line = fontMetrics().height();
    return QRectF(rect()).adjusted(4, line + 4, -4, -(line + 4));
}

int ScoreDistributionWidget::scoreAt(QPointF position) const
{
    const int first = SurveyAnswer::minScore(m_kind);
    const int bars = SurveyAnswer::maxScore(m_kind) - first + 1;
    const QRectF area = barArea();
    if (!QRectF(area.left(), 0, area.width(), height()).contains(position))
        return -1;
    return first + std::clamp(int((position.x() - area.left()) / (area.width() / bars)), 0, bars - 1);
}

bool ScoreDistributionWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int score = scoreAt(help->pos());
        if (score < 0) {
            QToolTip::hideText();
            return true;
        }
        int total = 0;
        for (int s = SurveyAnswer::minScore(m_kind); s < m_counts.size(); ++s)
            total += m_counts.at(s);
        const int count = m_counts.value(score);
        const QString share = total > 0 ? QLocale().toString(100.0 * count / total, 'f', 1) : QStringLiteral("0");
        QToolTip::showText(help->globalPos(),
                           pluralized(tr("Score %1 (%2): %n answer(s), %3 %", nullptr, count), count)
                               .arg(QLocale().toString(score), scoreVerdict(m_kind, score), share),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void ScoreDistributionWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int first = SurveyAnswer::minScore(m_kind);
    const int bars = SurveyAnswer::maxScore(m_kind) - first + 1;
    const QRectF area = barArea();
    const qreal slot = area.width() / bars;
    const int line = fontMetrics().height();
    int highest = 0;
    for (int s = first; s < m_counts.size(); ++s)
        highest = std::max(highest, m_counts.at(s));

    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    for (int i = 0; i < bars; ++i) {
        const int score = first + i;
        const int count = m_counts.value(score);
        const qreal height = highest > 0 ? area.height() * count / highest : 0.0;
        const QRectF bar(area.left() + i * slot + slot * 0.15, area.bottom() - height, slot * 0.7, height);
        painter.fillRect(bar, scoreColor(m_kind, score));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(area.left() + i * slot, area.bottom() + 2, slot, line), Qt::AlignCenter,
                         QLocale().toString(score));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(area.left() + i * slot, bar.top() - line - 1, slot, line), Qt::AlignCenter,
                         QLocale().toString(count));
    }
}

} // namespace subdesk::ui
