#include "FieldIssueLabel.h"

namespace subdesk::ui {

namespace {

const QColor kErrorText(0xb3, 0x26, 0x1e);
const QColor kWarningText(0x8a, 0x5a, 0x00);
const QColor kErrorTint(0xfd, 0xec, 0xea);
const QColor kWarningTint(0xff, 0xf5, 0xd6);

} // namespace

FieldIssueLabel::FieldIssueLabel(QWidget* field, QWidget* parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldPalette(field ? field->palette() : QPalette())
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    hide();
}

void FieldIssueLabel::setIssues(const QStringList& errors, const QStringList& warnings)
{
    m_level = !errors.isEmpty() ? Level::Error : !warnings.isEmpty() ? Level::Warning : Level::None;
    QStringList lines = errors;
    lines += warnings;
    setText(lines.join(QLatin1Char('\n')));

    QPalette own = palette();
    own.setColor(QPalette::WindowText, m_level == Level::Error ? kErrorText : kWarningText);
    setPalette(own);
    setVisible(m_level != Level::None);

    if (!m_field)
        return;
    QPalette fieldPalette = m_fieldPalette;
    if (m_level != Level::None) {
        const QColor tint = m_level == Level::Error ? kErrorTint : kWarningTint;
        fieldPalette.setColor(QPalette::Base, tint);
        fieldPalette.setColor(QPalette::Button, tint);
    }
    m_field->setPalette(fieldPalette);
    m_field->setProperty("issueLevel", static_cast<int>(m_level));
}

} // namespace subdesk::ui
