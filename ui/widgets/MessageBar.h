#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace subdesk::ui {

/**
 * A slim coloured bar above a view for recoverable errors and confirmations ("Imported 120
 * customers"), in the manner of KeePassXC's message widget. Confirmations fade out on their own;
 * warnings and errors stay until closed or replaced.
 */
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Positive,
        Information,
        Warning,
        Error,
    };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget* parent = nullptr);

    /** autoHideMs: 0 keeps the message; -1 picks by kind (confirmations hide after a while). */
    void showMessage(const QString& text, Kind kind, int autoHideMs = -1);
    void hideMessage();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    void applyKind();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    QTimer m_hideTimer;
    Kind m_kind = Kind::Information;
};

} // namespace subdesk::ui
