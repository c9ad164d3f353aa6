#include "SurveyImportDialog.h"

#include "customers/CustomerService.h"
#include "surveys/SurveyService.h"
#include "widgets/BusyCursor.h"
#include "widgets/Plural.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using io::DateOrder;
using io::SurveyColumn;
using surveys::SurveyKind;

namespace {

/** Rows shown in the preview; the check covers every row. */
constexpr int kPreviewRows = 200;

void setTone(QLabel* label, const QColor& color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

SurveyImportDialog::SurveyImportDialog(surveys::SurveyService& service, customers::CustomerService& customers,
                                       QDate today, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_today(today)
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    setWindowTitle(tr("Import survey answers"));
    resize(860, 560);
    if (auto loaded = customers.loadAll())
        m_customers = std::move(*loaded);
    else
        m_customersError = loaded.error().message;

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("surveyImportPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV file exported from your survey tool"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("surveyImportChooseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("surveyImportKindCombo"));
    m_kind->addItem(tr("NPS answers (0–10)"), int(SurveyKind::Nps));
    m_kind->addItem(tr("CSAT answers (1–5)"), int(SurveyKind::Csat));
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("surveyImportDateOrderCombo"));
    m_dateOrder->addItem(tr("Decide from the file"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (31/12/2026)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
    m_dateOrder->setToolTip(tr("A date such as 04/03/2026 may be 4 March or 3 April. SubDesk reads it as the file's "
                               "other dates show (one with a day above 12 decides) and refuses it when nothing "
                               "tells; choose the order here if you know it."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Rows without a kind are"), m_kind);
    form->addRow(tr("Dates like 04/03/2026"), m_dateOrder);

    auto* hint = new QLabel(tr("Columns are found by their names, as Delighted, Typeform, SurveyMonkey or Hotjar "
                               "export them: a date, the customer's e-mail or customer number, and the score; "
                               "optionally a comment, channel, tags and kind (nps or csat)."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("surveyImportPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("surveyImportProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // Long reasons wrap: rows grow to their text whenever the column width changes.
    connect(m_problems->horizontalHeader(), &QHeaderView::sectionResized, m_problems,
            [this] { m_problems->resizeRowsToContents(); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("surveyImportTabs"));
    m_tabs->addTab(m_preview, tr("Rows"));
    m_tabs->addTab(m_problems, tr("Problems"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("surveyImportSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("surveyImportButtons"));
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("surveyImportButton"));
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(hint);
    column->addWidget(m_tabs, 1);
    column->addWidget(m_summary);
    column->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &SurveyImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SurveyImportDialog::replan);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &SurveyImportDialog::replan);
    replan();
}

void SurveyImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import survey answers"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void SurveyImportDialog::loadFile(const QString& path)
{
    BusyCursor busy;
    m_path->setText(QDir::toNativeSeparators(path));
    m_importer.reset();
    auto loaded = io::SurveyCsvImporter::load(path);
    if (loaded)
        m_importer.emplace(std::move(*loaded));
    else
        m_plan = io::SurveyImportPlan {{}, {}, {{0, 0, loaded.error().message}}, 0, std::nullopt};
    showPreview();
    replan();
}

void SurveyImportDialog::showPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!m_importer)
        return;
    const QStringList headers = m_importer->headers();
    QStringList labels;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const auto column = m_importer->mapping().value(c);
        // "Rating → Score": what the file calls it and what SubDesk reads from it.
        const QString label = column ? io::surveyColumnLabel(*column) : QString();
        if (!column)
            labels.append(tr("%1 (ignored)").arg(headers.at(c)));
        else if (headers.at(c).trimmed().compare(label, Qt::CaseInsensitive) == 0)
            labels.append(label);
        else
            labels.append(tr("%1 → %2").arg(headers.at(c), label));
    }
    const QList<QStringList> rows = m_importer->preview(kPreviewRows);
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(int(rows.size()));
    QStringList lines;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        lines.append(QLocale().toString(m_importer->table().lineNumbers.value(r + 1)));
        for (qsizetype c = 0; c < rows.at(r).size() && c < headers.size(); ++c)
            m_preview->setItem(int(r), int(c), new QTableWidgetItem(rows.at(r).at(c).simplified()));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 280));
}

void SurveyImportDialog::replan()
{
    if (m_importer) {
        io::SurveyImportOptions options;
        options.defaultKind = SurveyKind(m_kind->currentData().toInt());
        options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
        options.today = m_today;
        m_plan = m_importer->plan(m_customers, options);
    }
    m_problems->setRowCount(0);
    m_problems->setRowCount(int(m_plan.problems.size()));
    for (qsizetype row = 0; row < m_plan.problems.size(); ++row) {
        const io::SurveyImportProblem& p = m_plan.problems.at(row);
        const QString header = m_importer && p.column > 0 ? m_importer->headers().value(p.column - 1) : QString();
        const QStringList cells {p.line > 0 ? QLocale().toString(p.line) : QString(),
                                 p.column > 0 ? tr("%1 (%2)").arg(QLocale().toString(p.column), header) : QString(),
                                 p.reason};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(p.message());
            item->setTextAlignment(Qt::AlignLeading | Qt::AlignTop);
            m_problems->setItem(int(row), column, item);
        }
    }
    m_problems->resizeRowsToContents();
    m_tabs->setTabText(1,
                       m_plan.problems.isEmpty() ? tr("Problems")
                                                 : tr("Problems (%1)").arg(QLocale().toString(m_plan.problems.size())));

    const bool ready = m_importer && !m_plan.hasProblems() && !m_plan.answers.isEmpty();
    m_import->setEnabled(ready);
    if (!m_customersError.isEmpty()) {
        m_summary->setText(m_customersError);
        setTone(m_summary, QColor(0xc0, 0x39, 0x2b));
        m_import->setEnabled(false);
    } else if (!m_importer && m_plan.problems.isEmpty()) {
        m_summary->setText(tr("Choose a file to see its rows and whether they can be imported."));
        setTone(m_summary, palette().color(QPalette::WindowText));
    } else if (m_plan.hasProblems()) {
        m_summary->setText(pluralized(tr("%n problem(s) found: nothing can be imported until the file is "
                                         "corrected. Every problem is listed with its line and column.",
                                         nullptr, int(m_plan.problems.size())),
                                      m_plan.problems.size()));
        setTone(m_summary, QColor(0xc0, 0x39, 0x2b));
        m_tabs->setCurrentIndex(1);
    } else {
        QString text =
            pluralized(tr("%n answer(s) ready to import.", nullptr, int(m_plan.answers.size())), m_plan.answers.size());
        if (m_plan.dateOrderUsed)
            text += QLatin1Char(' ')
                + (*m_plan.dateOrderUsed == DateOrder::MonthFirst ? tr("Dates are read month first (MM/DD/YYYY).")
                                                                  : tr("Dates are read day first (DD/MM/YYYY)."));
        m_summary->setText(text);
        setTone(m_summary, QColor(0x2e, 0x8b, 0x57));
        m_tabs->setCurrentIndex(0);
    }
}

void SurveyImportDialog::accept()
{
    if (!m_import->isEnabled())
        return;
    BusyCursor busy;
    const auto stored = io::SurveyCsvImporter::commit(m_plan, m_service);
    if (!stored) {
        m_summary->setText(stored.error().message);
        setTone(m_summary, QColor(0xc0, 0x39, 0x2b));
        return;
    }
    m_imported = int(stored->size());
    QDialog::accept();
}

} // namespace subdesk::ui
