#include "BillingRunDialog.h"

#include "DocumentLinesTree.h"
#include "RunDocumentTableModel.h"
#include "SubscriptionTexts.h"
#include "customers/CustomerService.h"
#include "invoicing/InvoiceService.h"
#include "widgets/BusyCursor.h"
#include "widgets/Plural.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

/** How often a running preview or run lets the event loop run (and Stop be clicked). */
constexpr qint64 kEventsEveryMs = 40;

} // namespace

BillingRunDialog::BillingRunDialog(billing::BillingRunner& runner, customers::CustomerService& customers, QDate today,
                                   QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_customers(customers)
    , m_asOf(new QDateEdit(today, this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_table(new QTableView(this))
    , m_model(new RunDocumentTableModel(this))
    , m_lines(new DocumentLinesTree(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
    , m_runButton(new QPushButton(tr("&Run billing"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
    , m_issue(new QCheckBox(tr("&Issue the documents at once"), this))
{
    setObjectName(QStringLiteral("billingRunDialog"));
    setWindowTitle(tr("Run billing"));
    setModal(true);

    m_asOf->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("List what a run would write, without writing anything"));
    m_previewButton->setDefault(true);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Write the invoices and credit notes that are due"));
    m_runButton->setAutoDefault(false);
    m_stopButton->setObjectName(QStringLiteral("stopRunButton"));
    m_stopButton->setAutoDefault(false);
    m_stopButton->setToolTip(tr("Stop the run; a stopped run writes nothing"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_issue->setObjectName(QStringLiteral("issueCheckBox"));
    m_issue->setToolTip(tr("Give the documents their numbers and tax right after the run; otherwise they stay "
                           "drafts to check and issue from the Invoices section"));
    m_issue->setChecked(true);
    m_issue->hide();
    m_closeButton->setAutoDefault(false);
    m_summary->setObjectName(QStringLiteral("runSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_lines->setObjectName(QStringLiteral("runDocumentLines"));

    m_table->setObjectName(QStringLiteral("runDocumentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RunDocumentTableModel::CustomerColumn, QHeaderView::Stretch);
    for (int column = RunDocumentTableModel::KindColumn; column < RunDocumentTableModel::ColumnCount; ++column)
        m_table->horizontalHeader()->resizeSection(
            column, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Credit applied")) + 28);

    auto* top = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("Bill everything due on or &before:"), this);
    asOfLabel->setBuddy(m_asOf);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(m_previewButton);
    top->addStretch(1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* linesHolder = new QWidget(splitter);
    auto* linesLayout = new QVBoxLayout(linesHolder);
    linesLayout->setContentsMargins(0, 4, 0, 0);
    auto* linesTitle = new QLabel(tr("Lines of the selected document"), linesHolder);
    QFont bold = linesTitle->font();
    bold.setBold(true);
    linesTitle->setFont(bold);
    linesLayout->addWidget(linesTitle);
    linesLayout->addWidget(m_lines, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(linesHolder);
    splitter->setSizes({300, 220});

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_issue);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(progressRow);
    layout->addLayout(buttons);

    connect(m_previewButton, &QPushButton::clicked, this, &BillingRunDialog::preview);
    connect(m_runButton, &QPushButton::clicked, this, &BillingRunDialog::run);
    connect(m_stopButton, &QPushButton::clicked, this, &BillingRunDialog::stop);
    connect(m_closeButton, &QPushButton::clicked, this, &BillingRunDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BillingRunDialog::showDocument);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        m_model->clear();
        m_lines->clear();
        showSummary(tr("Preview to see what a run up to this date writes."));
    });

    setWorking(false);
    showSummary(tr("Preview to see what a run up to this date writes, or run billing at once."));
    resize(860, 640);
}

void BillingRunDialog::setInvoices(invoicing::InvoiceService* invoices)
{
    m_invoices = invoices;
    m_issue->setVisible(invoices != nullptr);
}

QDate BillingRunDialog::asOf() const
{
    return m_asOf->date();
}

void BillingRunDialog::setAsOf(QDate date)
{
    m_asOf->setDate(date);
}

QString BillingRunDialog::summaryText() const
{
    return m_summary->text();
}

const QHash<CustomerId, QString>& BillingRunDialog::customerNames()
{
    if (!m_namesLoaded) {
        if (auto loaded = m_customers.loadAll()) {
            m_names.reserve(loaded->size());
            for (const customers::Customer& customer : std::as_const(*loaded))
                m_names.insert(customer.id, customer.displayName);
        }
        m_namesLoaded = true;
    }
    return m_names;
}

void BillingRunDialog::setWorking(bool working)
{
    m_working = working;
    m_asOf->setEnabled(!working);
    m_previewButton->setEnabled(!working);
    m_runButton->setEnabled(!working);
    m_closeButton->setEnabled(!working);
    m_progress->setVisible(working);
    m_stopButton->setVisible(working);
    m_stopButton->setEnabled(working);
    if (working) {
        m_stopRequested = false;
        m_progress->setRange(0, 0);
        m_lastEventsMs = 0;
    }
}

bool BillingRunDialog::progress(int done, int total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastEventsMs >= kEventsEveryMs || done >= total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 subscriptions").arg(QLocale().toString(done), QLocale().toString(total)));
        // The run holds the GUI thread: let Stop (and repaints) through now and then.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        m_lastEventsMs = QDateTime::currentMSecsSinceEpoch();
    }
    return !m_stopRequested;
}

void BillingRunDialog::stop()
{
    m_stopRequested = true;
    m_stopButton->setEnabled(false);
}

void BillingRunDialog::reject()
{
    // Escape or the window's close button while working means "stop", not "go away mid-run".
    if (m_working) {
        stop();
        return;
    }
    QDialog::reject();
}

QString BillingRunDialog::countsText(const billing::RunPlan& plan) const
{
    const int invoices = plan.invoiceCount();
    const int notes = plan.creditNoteCount();
    const int lines = plan.lineCount();
    return tr("%1 and %2 with %3")
        .arg(pluralized(tr("%Ln invoice(s)", nullptr, invoices), invoices),
             pluralized(tr("%Ln credit note(s)", nullptr, notes), notes),
             pluralized(tr("%Ln line(s)", nullptr, lines), lines));
}

void BillingRunDialog::preview()
{
    const QDate date = asOf();
    setWorking(true);
    m_model->clear();
    m_lines->clear();
    showSummary(tr("Previewing…"));
    auto plan = m_runner.preview(date, std::nullopt, [this](int done, int total) { return progress(done, total); });
    setWorking(false);
    if (!plan) {
        showSummary(plan.error().code == ErrorCode::Cancelled ? tr("Preview stopped.") : plan.error().message,
                    plan.error().code != ErrorCode::Cancelled);
        return;
    }
    showPlan(*plan);
    if (plan->documents.isEmpty()) {
        showSummary(tr("Nothing is due on or before %1.").arg(subscriptiontext::date(date)));
        return;
    }
    QString text = tr("A run up to %1 would write %2 (%3 checked). Nothing is written until you run billing.")
                       .arg(subscriptiontext::date(date), countsText(*plan),
                            pluralized(tr("%Ln subscription(s)", nullptr, plan->subscriptionsScanned),
                                       plan->subscriptionsScanned));
    showSummary(text);
}

void BillingRunDialog::run()
{
    const QDate date = asOf();
    setWorking(true);
    showSummary(tr("Running billing…"));
    auto plan = m_runner.run(date, [this](int done, int total) { return progress(done, total); });
    setWorking(false);
    if (!plan) {
        showSummary(plan.error().code == ErrorCode::Cancelled ? tr("Billing run stopped: nothing was written.")
                                                              : plan.error().message,
                    plan.error().code != ErrorCode::Cancelled);
        return;
    }
    m_hasRun = true;
    showPlan(*plan);
    if (plan->documents.isEmpty()) {
        showSummary(tr("Nothing is due on or before %1: no documents were written.").arg(subscriptiontext::date(date)));
        return;
    }
    QString text = tr("Wrote %1.").arg(countsText(*plan));
    if (!plan->termEvents.isEmpty())
        text += QLatin1Char(' ')
            + pluralized(tr("%Ln fixed term(s) renewed or ended.", nullptr, int(plan->termEvents.size())),
                         plan->termEvents.size());
    bool failed = false;
    if (m_invoices && m_issue->isChecked())
        text += QLatin1Char(' ') + issueWritten(*plan, failed);
    showSummary(text, failed);
}

QString BillingRunDialog::issueWritten(const billing::RunPlan& plan, bool& failed)
{
    QList<DocumentId> ids;
    for (const billing::Document& doc : plan.documents)
        ids.append(doc.id);
    BusyCursor busy;
    auto issued = m_invoices->issueAll(ids);
    if (!issued) {
        failed = true;
        return tr("They stay drafts: issuing them failed: %1").arg(issued.error().message);
    }
    QStringList numbers;
    for (const billing::Document& doc : *issued)
        numbers.append(doc.number);
    numbers.sort();
    return pluralized(tr("Issued %Ln document(s), %1 to %2.", nullptr, int(numbers.size())), numbers.size())
        .arg(numbers.first(), numbers.last());
}

void BillingRunDialog::showPlan(const billing::RunPlan& plan)
{
    BusyCursor busy;
    m_model->setDocuments(plan.documents, customerNames());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        m_lines->clear();
}

void BillingRunDialog::showDocument()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_lines->clear();
        return;
    }
    m_lines->setLines(m_model->documentAt(current.row()).lines);
}

void BillingRunDialog::showSummary(const QString& text, bool error)
{
    m_summary->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_summary->setText(text);
}

} // namespace subdesk::ui
