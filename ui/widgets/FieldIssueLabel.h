#pragma once

#include <QLabel>
#include <QPalette>
#include <QPointer>

namespace subdesk::ui {

/**
 * The line under a form field that says what is wrong with it: red for errors, amber for warnings.
 * It also tints the field itself, so a problem is visible even when the text is scrolled away.
 * Hidden while the field has no issue.
 */
class FieldIssueLabel final : public QLabel
{
    Q_OBJECT

public:
    enum class Level
    {
        None,
        Warning,
        Error,
    };

    explicit FieldIssueLabel(QWidget* field, QWidget* parent = nullptr);

    void setIssues(const QStringList& errors, const QStringList& warnings);
    void clearIssues() { setIssues({}, {}); }
    Level level() const { return m_level; }
    QWidget* field() const { return m_field; }

private:
    QPointer<QWidget> m_field;
    QPalette m_fieldPalette;
    Level m_level = Level::None;
};

} // namespace subdesk::ui
