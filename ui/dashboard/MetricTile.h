#pragma once

#include <QFrame>

class QLabel;

namespace subdesk::ui {

/**
 * One figure of the dashboard's top row: its name, the value of the last month shown and the
 * change against the month before, an arrow coloured by whether the change is good news (churn
 * going down is). Clicking it (or Enter/Space when focused) asks for the rows behind the figure.
 */
class MetricTile final : public QFrame
{
    Q_OBJECT

public:
    enum class Trend
    {
        None,
        Good,
        Bad,
        Neutral,
    };

    explicit MetricTile(const QString& title, QWidget* parent = nullptr);

    /** change: e.g. "▲ 120,00 €"; empty hides it. */
    void setFigure(const QString& value, const QString& change, Trend trend);
    /** A sentence in place of a value ("Not enough churn to estimate"), in the normal font size. */
    void setNote(const QString& note);
    void setExplanation(const QString& toolTip);

    QString title() const;
    QString value() const;
    QString change() const;
    Trend trend() const { return m_trend; }

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_change = nullptr;
    QFont m_valueFont;
    QFont m_noteFont;
    Trend m_trend = Trend::None;
};

} // namespace subdesk::ui
