#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace subdesk::ui {

class FieldIssueLabel;

/**
 * The company logo on the Company page: a preview, "Choose file…" and "Remove". Accepts PNG and
 * JPEG files up to 1 MB (what CompanyService takes) and says why another file was refused.
 */
class LogoPicker final : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    explicit LogoPicker(QWidget* parent = nullptr);

    /** PNG or JPEG bytes; empty for none. */
    QByteArray logo() const { return m_logo; }
    void setLogo(const QByteArray& bytes);

    /** Reads an image file as the new logo; false (and the reason shown under the preview) when refused. */
    bool loadFile(const QString& path);

Q_SIGNALS:
    /** The user chose or removed a logo (not emitted by setLogo()). */
    void edited();

private:
    void chooseFile();
    void remove();
    void showPreview();

    QByteArray m_logo;
    QLabel* m_preview = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_remove = nullptr;
    FieldIssueLabel* m_issue = nullptr;
};

} // namespace subdesk::ui
