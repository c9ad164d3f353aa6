#include "MetricTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace subdesk::ui {

MetricTile::MetricTile(const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(150);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_valueFont = big;
    m_noteFont = font();
    m_value->setMinimumHeight(QFontMetrics(big).height());
    m_value->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_value->setTextInteractionFlags(Qt::NoTextInteraction);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("tileChange"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setFigure(tr("—", "no figure yet"), {}, Trend::None);
}

void MetricTile::setNote(const QString& note)
{
    setFigure(note, {}, Trend::None);
    m_value->setFont(m_noteFont);
    m_value->setWordWrap(true);
}

void MetricTile::setFigure(const QString& value, const QString& change, Trend trend)
{
    m_value->setFont(m_valueFont);
    m_value->setWordWrap(false);
    m_value->setText(value);
    m_change->setText(change.isEmpty() ? QStringLiteral(" ") : change);
    m_trend = trend;
    QString colour;
    switch (trend) {
    case Trend::Good:
        colour = QStringLiteral("#2e7d32");
        break;
    case Trend::Bad:
        colour = QStringLiteral("#c62828");
        break;
    case Trend::Neutral:
    case Trend::None:
        colour = palette().color(QPalette::PlaceholderText).name();
        break;
    }
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

void MetricTile::setExplanation(const QString& toolTip)
{
    setToolTip(toolTip);
    setAccessibleDescription(toolTip);
}

QString MetricTile::title() const
{
    return m_title->text();
}

QString MetricTile::value() const
{
    return m_value->text();
}

QString MetricTile::change() const
{
    return m_change->text().trimmed();
}

void MetricTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void MetricTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace subdesk::ui
