#include "BatchExportDialog.h"

#include "DocumentFiles.h"
#include "invoicing/InvoiceService.h"
#include "widgets/Plural.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

using billing::DocumentStatus;

namespace {

/** Rows read per query while collecting what to export. */
constexpr int kBatch = 500;

} // namespace

BatchExportDialog::BatchExportDialog(invoicing::InvoiceService& invoices, company::CompanyService& company, QDate today,
                                     const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_invoices(invoices)
    , m_company(company)
    , m_today(today)
    , m_from(new QDateEdit(QDate(today.year(), today.month(), 1), this))
    , m_to(new QDateEdit(today, this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this))
    , m_pdf(new QCheckBox(tr("PDF documents (<number>.pdf)"), this))
    , m_ubl(new QCheckBox(tr("UBL e-invoices (<number>.xml)"), this))
    , m_count(new QLabel(this))
    , m_result(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("batchExportDialog"));
    setWindowTitle(tr("Export documents"));
    auto* intro = new QLabel(tr("Saves every invoice and credit note issued in the date range into the folder, "
                                "named by its number. Drafts are not exported: issue them first."),
                             this);
    intro->setWordWrap(true);

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &BatchExportDialog::updateCount);
    }
    m_from->setObjectName(QStringLiteral("exportFromEdit"));
    m_to->setObjectName(QStringLiteral("exportToEdit"));
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);

    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setMinimumWidth(320);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &BatchExportDialog::browse);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_pdf->setObjectName(QStringLiteral("exportPdfCheck"));
    m_ubl->setObjectName(QStringLiteral("exportUblCheck"));
    m_pdf->setChecked(true);
    m_ubl->setChecked(true);
    auto* kinds = new QVBoxLayout;
    kinds->setSpacing(2);
    kinds->addWidget(m_pdf);
    kinds->addWidget(m_ubl);

    m_count->setObjectName(QStringLiteral("exportCountLabel"));
    m_result->setObjectName(QStringLiteral("exportResultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(120);
    m_report->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Issued from:"), range);
    form->addRow(QString(), m_count);
    form->addRow(tr("Into folder:"), folderRow);
    form->addRow(tr("Files:"), kinds);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &BatchExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchExportDialog::reject);
    const auto kindsChanged = [this] { m_export->setEnabled(m_pdf->isChecked() || m_ubl->isChecked()); };
    connect(m_pdf, &QCheckBox::toggled, this, kindsChanged);
    connect(m_ubl, &QCheckBox::toggled, this, kindsChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_report);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateCount();
}

void BatchExportDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void BatchExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString BatchExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

invoicing::DocumentFilter BatchExportDialog::filter() const
{
    invoicing::DocumentFilter filter;
    filter.today = m_today;
    filter.from = m_from->date();
    filter.to = m_to->date();
    // Issued documents only, whatever became of them since.
    filter.statuses = {DocumentStatus::Issued,        DocumentStatus::Open, DocumentStatus::Overdue,
                       DocumentStatus::PartiallyPaid, DocumentStatus::Paid, DocumentStatus::Credited,
                       DocumentStatus::Uncollectible};
    return filter;
}

void BatchExportDialog::updateCount()
{
    if (m_from->date() > m_to->date()) {
        m_count->setText(tr("The range ends before it starts."));
        if (m_export)
            m_export->setEnabled(false);
        return;
    }
    auto count = m_invoices.countDocuments(filter());
    if (!count) {
        m_count->setText(count.error().message);
        return;
    }
    m_count->setText(pluralized(tr("%Ln document(s) issued in the range", nullptr, *count), *count));
    if (m_export)
        m_export->setEnabled(*count > 0 && (m_pdf->isChecked() || m_ubl->isChecked()));
}

void BatchExportDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export into folder"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

bool BatchExportDialog::exportNow()
{
    m_summary.clear();
    m_failures = 0;
    m_written = 0;
    m_report->clear();
    m_report->hide();
    const auto fail = [this](const QString& message) {
        m_result->setText(message);
        m_result->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_result->show();
        return false;
    };
    const QString target = folder();
    if (target.isEmpty())
        return fail(tr("Choose the folder to export into."));
    if (!QDir().mkpath(target) || !QFileInfo(target).isWritable())
        return fail(tr("Cannot write into the folder %1.").arg(QDir::toNativeSeparators(target)));
    const bool pdf = m_pdf->isChecked();
    const bool ubl = m_ubl->isChecked();
    if (!pdf && !ubl)
        return fail(tr("Choose PDF, UBL or both."));

    // What to export, oldest first.
    const invoicing::DocumentFilter what = filter();
    QList<invoicing::DocumentRow> rows;
    for (int offset = 0;; offset += kBatch) {
        auto page = m_invoices.documentRows(what, {invoicing::DocumentSortKey::Date, false}, offset, kBatch);
        if (!page)
            return fail(page.error().message);
        rows.append(*page);
        if (page->size() < kBatch)
            break;
    }
    if (rows.isEmpty())
        return fail(tr("No document was issued in the range."));

    const QDir dir(target);
    QStringList suffixes;
    if (pdf)
        suffixes.append(QStringLiteral("pdf"));
    if (ubl)
        suffixes.append(QStringLiteral("xml"));
    const auto fileOf = [&dir](const invoicing::DocumentRow& row, const QString& suffix) {
        billing::Document named;
        named.id = row.id;
        named.number = row.number;
        return dir.filePath(DocumentFiles::baseName(named) + QLatin1Char('.') + suffix);
    };
    int existing = 0;
    for (const invoicing::DocumentRow& row : std::as_const(rows)) {
        for (const QString& suffix : std::as_const(suffixes))
            existing += QFileInfo::exists(fileOf(row, suffix)) ? 1 : 0;
    }
    Existing policy = m_existing;
    if (existing > 0 && policy == Existing::Ask) {
        QMessageBox box(
            QMessageBox::Question, tr("Export documents"),
            pluralized(tr("%Ln file(s) of this export already exist in the folder.", nullptr, existing), existing),
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("exportExistingBox"));
        QPushButton* replace = box.addButton(tr("&Replace them"), QMessageBox::AcceptRole);
        QPushButton* keep = box.addButton(tr("&Keep them"), QMessageBox::AcceptRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == replace)
            policy = Existing::Replace;
        else if (box.clickedButton() == keep)
            policy = Existing::Skip;
        else
            return false;
    }

    DocumentFiles files(m_company);
    QProgressDialog progress(tr("Exporting documents…"), tr("Cancel"), 0, int(rows.size()), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export documents"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QStringList problems;
    int kept = 0;
    int done = 0;
    for (const invoicing::DocumentRow& row : std::as_const(rows)) {
        if (progress.wasCanceled())
            break;
        progress.setValue(done);
        progress.setLabelText(tr("Exporting %1…").arg(row.number));
        ++done;
        auto document = m_invoices.document(row.id);
        if (!document) {
            ++m_failures;
            problems.append(tr("%1: %2").arg(row.number, document.error().message));
            continue;
        }
        for (const QString& suffix : std::as_const(suffixes)) {
            const QString path = fileOf(row, suffix);
            if (policy == Existing::Skip && QFileInfo::exists(path)) {
                ++kept;
                continue;
            }
            const Status written =
                suffix == QStringLiteral("pdf") ? files.writePdf(*document, path) : files.writeUbl(*document, path);
            if (written) {
                ++m_written;
            } else {
                ++m_failures;
                problems.append(tr("%1 (%2): %3").arg(row.number, suffix.toUpper(), written.error().message));
            }
        }
    }
    progress.setValue(int(rows.size()));
    const int notReached = int(rows.size()) - done;

    QStringList sentences;
    sentences.append(pluralized(tr("Wrote %Ln file(s) to %1.", nullptr, m_written), m_written)
                         .arg(QDir::toNativeSeparators(target)));
    if (kept > 0)
        sentences.append(pluralized(tr("Kept %Ln existing file(s).", nullptr, kept), kept));
    if (m_failures > 0)
        sentences.append(pluralized(tr("%Ln file(s) could not be written.", nullptr, m_failures), m_failures));
    if (notReached > 0) {
        m_failures += notReached;
        sentences.append(
            pluralized(tr("Cancelled: %Ln document(s) not exported, from %1 on.", nullptr, notReached), notReached)
                .arg(rows.at(done).number));
    }
    m_summary = sentences.join(QLatin1Char(' '));
    m_result->setText(m_summary);
    m_result->setStyleSheet(m_failures > 0 ? QStringLiteral("color: #c62828;") : QString());
    m_result->show();
    if (!problems.isEmpty()) {
        m_report->setPlainText(problems.join(QLatin1Char('\n')));
        m_report->show();
    }
    return true;
}

} // namespace subdesk::ui
