#include "LogoPicker.h"

#include "widgets/FieldIssueLabel.h"

#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

const QSize kPreviewSize(180, 64);

/** "png" or "jpeg" when the bytes are an image of that kind Qt can read; empty otherwise. */
QByteArray imageFormat(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if ((format != "png" && format != "jpeg" && format != "jpg") || !reader.canRead())
        return {};
    return format;
}

} // namespace

LogoPicker::LogoPicker(QWidget* parent)
    : QWidget(parent)
{
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("profileLogoPreview"));
    m_preview->setFixedSize(kPreviewSize + QSize(12, 12));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAutoFillBackground(true);
    QPalette white = m_preview->palette();
    white.setColor(QPalette::Window, Qt::white);
    m_preview->setPalette(white);

    m_choose = new QPushButton(tr("Choose file…"), this);
    m_choose->setObjectName(QStringLiteral("profileChooseLogoButton"));
    m_choose->setToolTip(tr("A PNG or JPEG image of at most 1 MB, printed at the top of documents"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("profileRemoveLogoButton"));

    m_issue = new FieldIssueLabel(m_preview, this);
    m_issue->setObjectName(QStringLiteral("profileLogoIssue"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    column->addWidget(m_preview);
    column->addLayout(buttons);
    column->addWidget(m_issue);

    connect(m_choose, &QPushButton::clicked, this, &LogoPicker::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &LogoPicker::remove);
    showPreview();
}

void LogoPicker::setLogo(const QByteArray& bytes)
{
    m_logo = bytes;
    m_issue->clearIssues();
    showPreview();
}

bool LogoPicker::loadFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [this](const QString& message) {
        m_issue->setIssues({message}, {});
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 could not be read: %2").arg(name, file.errorString()));
    if (file.size() > kMaxBytes) {
        return refuse(tr("%1 is %2; a logo may be at most %3. Save it smaller and choose it again.")
                          .arg(name, QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(kMaxBytes)));
    }
    const QByteArray bytes = file.readAll();
    if (imageFormat(bytes).isEmpty())
        return refuse(tr("%1 is not a PNG or JPEG image.").arg(name));
    m_logo = bytes;
    m_issue->clearIssues();
    showPreview();
    Q_EMIT edited();
    return true;
}

void LogoPicker::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a logo"), folder, tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        loadFile(path);
}

void LogoPicker::remove()
{
    m_logo.clear();
    m_issue->clearIssues();
    showPreview();
    Q_EMIT edited();
}

void LogoPicker::showPreview()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo)) {
        const qreal ratio = devicePixelRatioF();
        QPixmap scaled = pixmap.scaled(kPreviewSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(ratio);
        m_preview->setPixmap(scaled);
    } else {
        m_preview->setPixmap({});
        m_preview->setText(m_logo.isEmpty() ? tr("No logo") : tr("The stored logo cannot be shown"));
    }
    m_remove->setEnabled(!m_logo.isEmpty());
}

} // namespace subdesk::ui
