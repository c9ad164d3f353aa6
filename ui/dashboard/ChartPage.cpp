#include "ChartPage.h"

#include "ChartCsv.h"
#include "widgets/AtomicFile.h"
#include "widgets/SaveFileDialog.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

ChartPage::ChartPage(const QString& name, const QString& explanation, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
{
    auto* caption = new QLabel(explanation, this);
    caption->setWordWrap(true);
    caption->setForegroundRole(QPalette::PlaceholderText);
    m_view = new QChartView(this);
    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_png = new QPushButton(tr("Export PNG…"), this);
    m_png->setObjectName(name + QStringLiteral("ExportPngButton"));
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(name + QStringLiteral("ExportCsvButton"));
    m_png->setEnabled(false);
    m_csv->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(caption, 1);
    top->addWidget(m_png);
    top->addWidget(m_csv);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_png, &QPushButton::clicked, this, &ChartPage::askExportPng);
    connect(m_csv, &QPushButton::clicked, this, &ChartPage::askExportCsv);
}

QChart* ChartPage::chart() const
{
    return m_view->chart();
}

void ChartPage::replaceChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart); // releases, but does not delete, the old chart
    delete old;
    m_png->setEnabled(true);
    m_csv->setEnabled(true);
}

void ChartPage::setMonths(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
}

Status ChartPage::exportPng(const QString& path) const
{
    const QPixmap image = m_view->grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return Error(ErrorCode::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status ChartPage::exportCsv(const QString& path) const
{
    return AtomicFile::write(path, csv());
}

QString ChartPage::suggestedPath(const QString& suffix) const
{
    const QString range = m_first.isValid() ? QStringLiteral("-%1-%2").arg(m_first.toString(QStringLiteral("yyyy-MM")),
                                                                           m_last.toString(QStringLiteral("yyyy-MM")))
                                            : QString();
    return QDir::home().filePath(m_name + range + QLatin1Char('.') + suffix);
}

void ChartPage::askExportPng()
{
    report(askAndWrite(this, tr("Export chart as PNG"), suggestedPath(QStringLiteral("png")), tr("PNG images (*.png)"),
                       QStringLiteral("png"), [this](const QString& path) { return exportPng(path); }));
}

void ChartPage::askExportCsv()
{
    report(askAndWrite(this, tr("Export chart data as CSV"), suggestedPath(QStringLiteral("csv")),
                       tr("CSV files (*.csv)"), QStringLiteral("csv"),
                       [this](const QString& path) { return exportCsv(path); }));
}

void ChartPage::report(const Result<QString>& saved)
{
    if (!saved)
        Q_EMIT errorOccurred(saved.error().message);
    else if (!saved->isEmpty())
        Q_EMIT exported(*saved);
}

} // namespace subdesk::ui
