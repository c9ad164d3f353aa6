#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace subdesk::ui {

namespace {

constexpr int kConfirmationMs = 10000;

struct Colours
{
    const char* background;
    const char* border;
    const char* text;
};

Colours coloursFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Positive:
        return {"#e7f4ea", "#7cc08f", "#1e4d2b"};
    case MessageBar::Kind::Information:
        return {"#e8f0fe", "#8ab4f8", "#1a3a6e"};
    case MessageBar::Kind::Warning:
        return {"#fef6e0", "#f0c05a", "#5c4200"};
    case MessageBar::Kind::Error:
        return {"#fce8e6", "#ee9a92", "#7a1c14"};
    }
    return {"#e8f0fe", "#8ab4f8", "#1a3a6e"};
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    // Messages quote customer names, paths and CSV cells: never interpret them as HTML or links.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_hideTimer.setSingleShot(true);
    connect(&m_hideTimer, &QTimer::timeout, this, &MessageBar::hideMessage);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    applyKind();
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind, int autoHideMs)
{
    m_kind = kind;
    m_text->setText(text);
    applyKind();
    if (autoHideMs < 0)
        autoHideMs = kind == Kind::Positive || kind == Kind::Information ? kConfirmationMs : 0;
    if (autoHideMs > 0)
        m_hideTimer.start(autoHideMs);
    else
        m_hideTimer.stop();
    show();
}

void MessageBar::hideMessage()
{
    m_hideTimer.stop();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::applyKind()
{
    const Colours c = coloursFor(m_kind);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "QLabel#messageBarText { color: %3; }")
                      .arg(QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.text)));
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Positive)
        pixmap = QStyle::SP_DialogApplyButton;
    else if (m_kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
}

} // namespace subdesk::ui
