#include "ReconciliationPage.h"

#include "ChartCsv.h"
#include "DashboardFormat.h"
#include "widgets/AtomicFile.h"
#include "widgets/SaveFileDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

/** The columns in the order the identity adds them up. */
struct Column
{
    const char* title;
    qint64 metrics::ReconciliationMonth::*field;
};

const QList<Column>& columns()
{
    static const QList<Column> list {
        {QT_TRANSLATE_NOOP("ReconciliationPage", "MRR"), &metrics::ReconciliationMonth::mrr},
        {QT_TRANSLATE_NOOP("ReconciliationPage", "Timing"), &metrics::ReconciliationMonth::timing},
        {QT_TRANSLATE_NOOP("ReconciliationPage", "Tax"), &metrics::ReconciliationMonth::tax},
        {QT_TRANSLATE_NOOP("ReconciliationPage", "One-time fees"), &metrics::ReconciliationMonth::oneTime},
        {QT_TRANSLATE_NOOP("ReconciliationPage", "Usage"), &metrics::ReconciliationMonth::usage},
        {QT_TRANSLATE_NOOP("ReconciliationPage", "Proration"), &metrics::ReconciliationMonth::proration},
        {QT_TRANSLATE_NOOP("ReconciliationPage", "Credit notes (−)"), &metrics::ReconciliationMonth::creditNotes},
        {QT_TRANSLATE_NOOP("ReconciliationPage", "Invoiced"), &metrics::ReconciliationMonth::invoiced},
    };
    return list;
}

} // namespace

ReconciliationPage::ReconciliationPage(QWidget* parent)
    : QWidget(parent)
{
    auto* explanation = new QLabel(
        tr("Invoiced (gross) = MRR + timing + tax + one-time fees + usage + proration − credit notes. Timing is what "
           "the recurring lines invoiced in the month differ from MRR: yearly and quarterly plans billed in advance, "
           "first short periods, changes during the month and once-only coupons. MRR here covers the whole company "
           "in the selected currencies: invoices have no segment, plan or country filter."),
        this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("reconciliationExportCsvButton"));
    m_export->setEnabled(false);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("reconciliationTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setColumnCount(int(columns().size()) + 1);
    QStringList headers {tr("Month")};
    for (const Column& column : columns())
        headers.append(QCoreApplication::translate("ReconciliationPage", column.title));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(explanation, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::askExport);
}

void ReconciliationPage::showResult(const DashboardResult& result)
{
    m_months = result.reconciliation;
    m_currency = result.report.currency;
    m_table->setRowCount(int(m_months.size()));
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int row = 0; row < m_months.size(); ++row) {
        const metrics::ReconciliationMonth& month = m_months.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(DashboardFormat::month(month.month)));
        for (int c = 0; c < columns().size(); ++c) {
            auto* item = new QTableWidgetItem(DashboardFormat::money(month.*(columns().at(c).field), m_currency));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0 || c == columns().size() - 1)
                item->setFont(bold);
            m_table->setItem(row, c + 1, item);
        }
    }
    m_export->setEnabled(!m_months.isEmpty());
}

QByteArray ReconciliationPage::csv() const
{
    QStringList header {tr("Month")};
    for (const Column& column : columns())
        header.append(tr("%1 (%2)").arg(QCoreApplication::translate("ReconciliationPage", column.title), m_currency));
    ChartCsv csv(header);
    for (const metrics::ReconciliationMonth& month : m_months) {
        QStringList row {DashboardFormat::plainMonth(month.month)};
        for (const Column& column : columns())
            row.append(DashboardFormat::plainMoney(month.*(column.field), m_currency));
        csv.addRow(row);
    }
    return csv.bytes();
}

Status ReconciliationPage::exportCsv(const QString& path) const
{
    return AtomicFile::write(path, csv());
}

void ReconciliationPage::askExport()
{
    const Result<QString> saved = askAndWrite(
        this, tr("Export reconciliation"), QDir::home().filePath(tr("reconciliation.csv")), tr("CSV files (*.csv)"),
        QStringLiteral("csv"), [this](const QString& path) { return exportCsv(path); });
    if (!saved)
        Q_EMIT errorOccurred(saved.error().message);
    else if (!saved->isEmpty())
        Q_EMIT exported(*saved);
}

} // namespace subdesk::ui
