#include "DrillDownDialog.h"

#include "ChartCsv.h"
#include "widgets/AtomicFile.h"
#include "widgets/SaveFileDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

QTreeWidgetItem* item(const QStringList& cells, const QList<int>& numeric)
{
    auto* it = new QTreeWidgetItem(cells);
    for (int column : numeric)
        it->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

} // namespace

DrillDownDialog::DrillDownDialog(DrillDownTable table, QWidget* parent)
    : QDialog(parent)
    , m_table(std::move(table))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(m_table.title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 480);

    auto* heading = new QLabel(m_table.title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);
    auto* explanation = new QLabel(m_table.explanation, this);
    explanation->setWordWrap(true);
    explanation->setVisible(!m_table.explanation.isEmpty());

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("drillDownTree"));
    m_tree->setHeaderLabels(m_table.headers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    bool anyChildren = false;
    QList<QTreeWidgetItem*> items;
    items.reserve(m_table.rows.size());
    for (const DrillDownTable::Row& row : std::as_const(m_table.rows)) {
        QTreeWidgetItem* top = item(row.cells, m_table.numericColumns);
        for (const DrillDownTable::Row& child : row.children)
            top->addChild(item(child.cells, m_table.numericColumns));
        anyChildren = anyChildren || !row.children.isEmpty();
        items.append(top);
    }
    m_tree->addTopLevelItems(items);
    m_tree->setRootIsDecorated(anyChildren);
    for (int column : std::as_const(m_table.numericColumns))
        m_tree->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (!m_table.headers.isEmpty())
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_total = new QLabel(m_table.total, this);
    m_total->setObjectName(QStringLiteral("drillDownTotal"));
    m_total->setFont(bold);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drillDownStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("drillDownExportButton"));
    exportButton->setEnabled(!m_table.rows.isEmpty());
    connect(exportButton, &QPushButton::clicked, this, &DrillDownDialog::askExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

QString DrillDownDialog::totalText() const
{
    return m_total->text();
}

QByteArray DrillDownDialog::csv() const
{
    ChartCsv csv(m_table.headers);
    for (const DrillDownTable::Row& row : m_table.rows)
        csv.addRow(row.plainCells);
    return csv.bytes();
}

Status DrillDownDialog::exportCsv(const QString& path) const
{
    return AtomicFile::write(path, csv());
}

void DrillDownDialog::askExport()
{
    const Result<QString> saved =
        askAndWrite(this, tr("Export rows"), QDir::home().filePath(tr("rows.csv")), tr("CSV files (*.csv)"),
                    QStringLiteral("csv"), [this](const QString& path) { return exportCsv(path); });
    if (!saved)
        m_status->setText(saved.error().message);
    else if (!saved->isEmpty())
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(*saved)));
}

} // namespace subdesk::ui
