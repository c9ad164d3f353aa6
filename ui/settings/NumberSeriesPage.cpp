#include "NumberSeriesPage.h"

#include "NumberSeriesDialog.h"
#include "company/CompanyService.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace subdesk::ui {

using company::NumberSeries;

NumberSeriesPage::NumberSeriesPage(company::CompanyService& service, QDate today, QWidget* parent)
    : SettingsPage(tr("Numbering"),
                   tr("Issuing a document gives it the next number of its series, without gaps. Invoices and "
                      "credit notes are numbered in the default series of their kind."),
                   parent)
    , m_service(service)
    , m_today(today)
{
    setObjectName(QStringLiteral("numberSeriesPage"));

    auto* bar = newListButtons(QStringLiteral("series"), &m_add, &m_edit);
    bar->addStretch(1);
    content()->addLayout(bar);

    m_table = newTable(ColumnCount, NameColumn, QStringLiteral("numberSeriesTable"), this);
    m_table->setHorizontalHeaderLabels(
        {tr("Documents"), tr("Name"), tr("Pattern"), tr("Yearly reset"), tr("Default"), tr("Next number")});
    m_table->horizontalHeaderItem(NextColumn)
        ->setToolTip(tr("The number a document issued today, %1, would get")
                         .arg(QLocale().toString(today, QLocale::ShortFormat)));
    content()->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &NumberSeriesPage::addSeries);
    connect(m_edit, &QPushButton::clicked, this, &NumberSeriesPage::editSeries);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NumberSeriesPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &NumberSeriesPage::editSeries);
    reload();
}

void NumberSeriesPage::reload()
{
    const std::optional<NumberSeries> selected = selectedSeries();
    auto series = m_service.numberSeries();
    if (!series) {
        Q_EMIT messageRequested(tr("The numbering series could not be read: %1").arg(series.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    m_series = *series;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    m_table->setRowCount(int(m_series.size()));
    for (int row = 0; row < m_series.size(); ++row) {
        const NumberSeries& s = m_series.at(row);
        auto next = m_service.nextNumberPreview(s, m_today);
        const QString name = s.archived ? tr("%1 (archived)").arg(s.name) : s.name;
        const QStringList cells = {billing::documentKindName(s.kind),
                                   name,
                                   s.pattern,
                                   s.yearlyReset ? tr("Yes") : tr("No"),
                                   s.isDefault ? tr("Default") : QString(),
                                   next ? *next : tr("(pattern error)")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, s.id);
            if (column == PatternColumn || column == NextColumn)
                item->setFont(mono);
            if (column == NextColumn && !next)
                item->setToolTip(next.error().message);
            if (s.archived)
                item->setForeground(muted);
            m_table->setItem(row, column, item);
        }
    }
    if (selected)
        selectSeries(selected->id);
    updateButtons();
}

std::optional<NumberSeries> NumberSeriesPage::selectedSeries() const
{
    const int row = selectedRow(m_table, m_series.size());
    if (row < 0)
        return std::nullopt;
    return m_series.at(row);
}

void NumberSeriesPage::selectSeries(qint64 id)
{
    selectRowWithId(m_table, id);
}

void NumberSeriesPage::updateButtons()
{
    m_edit->setEnabled(selectedSeries().has_value());
}

void NumberSeriesPage::addSeries()
{
    NumberSeries series;
    series.pattern = QStringLiteral("INV-{YYYY}-{#####}");
    NumberSeriesDialog dialog(m_service, series, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSeries(dialog.saved().id);
    Q_EMIT messageRequested(tr("Added the numbering series %1.").arg(dialog.saved().name), MessageBar::Kind::Positive);
}

void NumberSeriesPage::editSeries()
{
    const std::optional<NumberSeries> selected = selectedSeries();
    if (!selected)
        return;
    NumberSeriesDialog dialog(m_service, *selected, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSeries(dialog.saved().id);
    Q_EMIT messageRequested(tr("Saved the numbering series %1.").arg(dialog.saved().name), MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
