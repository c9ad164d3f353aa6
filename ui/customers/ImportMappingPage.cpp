#include "ImportMappingPage.h"

#include "CustomerImportWizard.h"
#include "widgets/TextDirectionDelegate.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using customers::CustomerField;

namespace {

constexpr int kSampleRows = 3;
constexpr int kFieldColumn = 2;

} // namespace

ImportMappingPage::ImportMappingPage(CustomerImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose which customer field each column of the file fills. SubDesk guessed from the "
                   "column names; columns set to Ignore are skipped."));

    m_table->setObjectName(QStringLiteral("importMappingTable"));
    m_table->setItemDelegate(new TextDirectionDelegate(m_table));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Sample values"), tr("Imports into")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    // Wide enough for the longest field name in its combo box.
    int fieldWidth = 0;
    for (CustomerField field : customers::allCustomerFields())
        fieldWidth = std::max(fieldWidth, m_table->fontMetrics().horizontalAdvance(customers::fieldLabel(field)));
    header->setSectionResizeMode(kFieldColumn, QHeaderView::Fixed);
    header->resizeSection(kFieldColumn, fieldWidth + 56);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    m_problem->setObjectName(QStringLiteral("importMappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
}

void ImportMappingPage::initializePage()
{
    io::CustomerCsvImporter* importer = m_wizard->importer();
    m_table->setRowCount(0);
    if (!importer)
        return;
    const QStringList headers = importer->headers();
    const QList<QStringList> preview = importer->preview(kSampleRows);
    m_table->setRowCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        auto* name = new QTableWidgetItem(headers.at(column));
        name->setToolTip(headers.at(column));
        m_table->setItem(column, 0, name);

        QStringList samples;
        for (const QStringList& record : preview) {
            const QString value = record.value(column).simplified();
            if (!value.isEmpty())
                samples.append(value);
        }
        auto* sample = new QTableWidgetItem(samples.join(QStringLiteral("  ·  ")));
        sample->setToolTip(samples.join(QLatin1Char('\n')));
        m_table->setItem(column, 1, sample);

        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("importFieldCombo%1").arg(column));
        combo->addItem(tr("Ignore"), -1);
        for (CustomerField field : customers::allCustomerFields()) {
            if (field != CustomerField::Id)
                combo->addItem(customers::fieldLabel(field), static_cast<int>(field));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            const int data = combo->currentData().toInt();
            m_wizard->importer()->setMapping(column,
                                             data < 0 ? std::nullopt : std::optional(static_cast<CustomerField>(data)));
            // A field fills one column only: the importer drops it from any other column.
            syncCombos();
            updateProblems();
        });
        m_table->setCellWidget(column, kFieldColumn, combo);
    }
    syncCombos();
    updateProblems();
}

QComboBox* ImportMappingPage::comboAt(int column) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(column, kFieldColumn));
}

void ImportMappingPage::syncCombos()
{
    const io::CustomerCsvImporter* importer = m_wizard->importer();
    if (!importer)
        return;
    for (int column = 0; column < m_table->rowCount(); ++column) {
        QComboBox* combo = comboAt(column);
        if (!combo)
            continue;
        const auto mapped = importer->mapping().value(column);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(mapped ? std::max(0, combo->findData(static_cast<int>(*mapped))) : 0);
    }
}

void ImportMappingPage::updateProblems()
{
    QStringList problems;
    const io::CustomerCsvImporter* importer = m_wizard->importer();
    if (importer) {
        QSet<int> seen;
        QSet<int> twice;
        for (const auto& field : importer->mapping()) {
            if (!field)
                continue;
            const int key = static_cast<int>(*field);
            if (seen.contains(key))
                twice.insert(key);
            seen.insert(key);
        }
        if (!seen.contains(static_cast<int>(CustomerField::DisplayName)))
            problems.append(tr("Choose the column that holds the customer's name."));
        for (int key : std::as_const(twice))
            problems.append(
                tr("Only one column can fill \"%1\".").arg(customers::fieldLabel(static_cast<CustomerField>(key))));
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    const bool valid = importer && problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool ImportMappingPage::isComplete() const
{
    return m_valid;
}

} // namespace subdesk::ui
