#include "AgingPage.h"

#include "FormParts.h"
#include "invoicing/PaymentService.h"
#include "io/CsvWriter.h"
#include "money/MoneyFormat.h"
#include "widgets/AtomicFile.h"
#include "widgets/SaveFileDialog.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using invoicing::AgingReport;

namespace {

QTableWidgetItem* cell(const QString& text, bool trailing, bool bold)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (trailing)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

AgingPage::AgingPage(invoicing::PaymentService& payments, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_payments(payments)
{
    setObjectName(QStringLiteral("agingPage"));
    m_asOf = formparts::newDateEdit(today, this);
    m_asOf->setObjectName(QStringLiteral("agingAsOfEdit"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("agingExportButton"));
    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(new QLabel(tr("As of:"), this));
    bar->addWidget(m_asOf);
    bar->addStretch(1);
    bar->addWidget(m_export);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("agingTable"));
    QStringList headers {tr("Customer"), tr("Currency")};
    for (int bucket = 0; bucket < AgingReport::BucketCount; ++bucket)
        headers.append(AgingReport::bucketName(AgingReport::Bucket(bucket)));
    headers << tr("Total") << tr("Invoices");
    m_table->setHorizontalHeaderLabels(headers);
    for (int column = FirstBucketColumn; column < ColumnCount; ++column)
        m_table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Amounts share the width evenly; the customer's name gets what it needs.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CurrencyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InvoicesColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(90);

    m_note = new QLabel(tr("Days past the due date; balances as they stand today."), this);
    m_note->setObjectName(QStringLiteral("agingNoteLabel"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(m_asOf, &QDateEdit::dateChanged, this, &AgingPage::reload);
    connect(m_export, &QPushButton::clicked, this, &AgingPage::askExport);
    reload();
}

void AgingPage::setAsOf(QDate asOf)
{
    m_asOf->setDate(asOf);
}

void AgingPage::reload()
{
    auto built = m_payments.aging(m_asOf->date());
    m_table->setRowCount(0);
    if (!built) {
        m_report = AgingReport();
        Q_EMIT errorOccurred(built.error().message);
        return;
    }
    m_report = *built;
    const QLocale locale;
    auto addRow = [this, &locale](const AgingReport::Row& row, const QString& name, bool bold) {
        const auto currency = Currency::fromCode(row.currency).value_or(Currency());
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, CustomerColumn, cell(name, false, bold));
        m_table->setItem(r, CurrencyColumn, cell(row.currency, false, bold));
        for (int bucket = 0; bucket < AgingReport::BucketCount; ++bucket) {
            const qint64 amount = row.buckets.at(std::size_t(bucket));
            m_table->setItem(
                r, FirstBucketColumn + bucket,
                cell(amount == 0 ? QString() : moneyformat::format(Money(amount, currency), locale), true, bold));
        }
        m_table->setItem(r, TotalColumn,
                         cell(moneyformat::format(Money(row.totalMinor, currency), locale), true, bold));
        m_table->setItem(r, InvoicesColumn, cell(locale.toString(row.invoices), true, bold));
    };
    for (const AgingReport::Row& row : m_report.rows())
        addRow(row, row.customerName, false);
    for (const AgingReport::Row& row : m_report.totals())
        addRow(row, tr("Total %1").arg(row.currency), true);
    m_export->setEnabled(!m_report.rows().isEmpty());
}

QByteArray AgingPage::csv() const
{
    io::CsvWriter writer;
    QStringList header {tr("Customer"), tr("Currency")};
    for (int bucket = 0; bucket < AgingReport::BucketCount; ++bucket)
        header.append(AgingReport::bucketName(AgingReport::Bucket(bucket)));
    header << tr("Total") << tr("Invoices");
    writer.addRecord(header);
    auto record = [&writer](const AgingReport::Row& row, const QString& name) {
        const auto currency = Currency::fromCode(row.currency).value_or(Currency());
        QStringList cells {name, row.currency};
        for (const qint64 amount : row.buckets)
            cells.append(Money(amount, currency).toPlainString());
        cells << Money(row.totalMinor, currency).toPlainString() << QString::number(row.invoices);
        writer.addRecord(cells);
    };
    for (const AgingReport::Row& row : m_report.rows())
        record(row, row.customerName);
    for (const AgingReport::Row& row : m_report.totals())
        record(row, tr("Total %1").arg(row.currency));
    return writer.toUtf8(true);
}

Status AgingPage::exportCsv(const QString& path) const
{
    return AtomicFile::write(path, csv());
}

void AgingPage::askExport()
{
    const QString suggested = QDir::home().filePath(tr("aging-%1.csv").arg(m_report.asOf().toString(Qt::ISODate)));
    const Result<QString> saved =
        askAndWrite(this, tr("Export aging report"), suggested, tr("CSV files (*.csv)"), QStringLiteral("csv"),
                    [this](const QString& path) { return exportCsv(path); });
    if (!saved)
        Q_EMIT errorOccurred(saved.error().message);
    else if (!saved->isEmpty())
        Q_EMIT exported(*saved);
}

} // namespace subdesk::ui
