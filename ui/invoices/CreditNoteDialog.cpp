#include "CreditNoteDialog.h"

#include "catalog/MoneyEdit.h"
#include "money/MoneyFormat.h"
#include "payments/FormParts.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/Percent.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using invoicing::CreditRequest;

namespace {

QString money(qint64 minor, const Currency& currency)
{
    return moneyformat::format(Money(minor, currency), QLocale());
}

QTableWidgetItem* readOnly(const QString& text, bool trailing = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (trailing)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

CreditNoteDialog::CreditNoteDialog(invoicing::InvoiceService& invoices, DocumentId invoice, QDate today,
                                   QWidget* parent)
    : QDialog(parent)
    , m_invoices(invoices)
    , m_invoiceId(invoice)
    , m_today(today)
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    setWindowTitle(tr("Credit invoice"));
    setModal(true);
    buildLayout();
    load();
    scopeChanged();
    resize(820, 680);
}

void CreditNoteDialog::buildLayout()
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("invoiceSummaryLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_full = new QRadioButton(tr("&Everything not yet credited"), this);
    m_full->setObjectName(QStringLiteral("creditFullRadio"));
    m_full->setChecked(true);
    m_byLines = new QRadioButton(tr("C&hosen lines"), this);
    m_byLines->setObjectName(QStringLiteral("creditLinesRadio"));
    m_byAmount = new QRadioButton(tr("An a&mount (gross), spread over the lines:"), this);
    m_byAmount->setObjectName(QStringLiteral("creditAmountRadio"));
    auto* scopes = new QButtonGroup(this);
    for (QRadioButton* button : {m_full, m_byLines, m_byAmount})
        scopes->addButton(button);
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("creditAmountEdit"));

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(QStringLiteral("creditLinesTable"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Amount"), tr("Not yet credited"), tr("Credit")});
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(LineDescriptionColumn, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setMinimumSectionSize(110);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("creditReasonEdit"));
    m_reason->setPlaceholderText(tr("Printed on the credit note, e.g. \"Service outage in March\""));
    m_date = formparts::newDateEdit(m_today, this);
    m_date->setObjectName(QStringLiteral("creditDateEdit"));

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_byAmount);
    amountRow->addWidget(m_amount);
    amountRow->addStretch(1);
    auto* scopeBox = new QGroupBox(tr("What to credit"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_full);
    scopeLayout->addWidget(m_byLines);
    scopeLayout->addWidget(m_lines, 1);
    scopeLayout->addLayout(amountRow);

    auto* form = formparts::newForm();
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Date:"), m_date);

    auto* previewHeading = new QLabel(tr("Credit note"), this);
    QFont bold = previewHeading->font();
    bold.setBold(true);
    previewHeading->setFont(bold);
    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("creditPreviewTable"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("VAT"), tr("Net")});
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setMinimumHeight(110);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("creditSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_issues = new FieldIssueLabel(nullptr, this);
    m_issues->setObjectName(QStringLiteral("creditIssues"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("issueCreditNoteButton"));
    m_okButton->setText(tr("Issue credit note"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(scopeBox, 3);
    layout->addLayout(form);
    layout->addWidget(previewHeading);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);

    connect(scopes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            scopeChanged();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &CreditNoteDialog::refreshPreview);
    connect(m_reason, &QLineEdit::textChanged, this, &CreditNoteDialog::refreshPreview);
    connect(m_date, &QDateEdit::dateChanged, this, &CreditNoteDialog::refreshPreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreditNoteDialog::reject);
}

void CreditNoteDialog::load()
{
    auto found = m_invoices.document(m_invoiceId);
    if (!found) {
        m_issues->setIssues({found.error().message}, {});
        return;
    }
    m_invoice = *found;
    if (m_invoice.kind != billing::DocumentKind::Invoice || !m_invoice.isIssued()) {
        m_issues->setIssues({tr("Only an issued invoice can be credited.")}, {});
        return;
    }
    m_loaded = true;
    const Currency& currency = m_invoice.currency;
    setWindowTitle(tr("Credit invoice %1").arg(m_invoice.number));
    m_header->setText(
        tr("Invoice %1 to %2 of %3: total %4, already credited %5, balance %6.")
            .arg(m_invoice.number, m_invoice.buyer.name, QLocale().toString(m_invoice.issueDate, QLocale::ShortFormat),
                 money(m_invoice.total.minorUnits(), currency), money(m_invoice.credited.minorUnits(), currency),
                 money(m_invoice.balance().minorUnits(), currency)));
    m_amount->setCurrency(currency);

    for (const billing::DocumentLine& line : std::as_const(m_invoice.lines)) {
        // What the line has left: the service's own cap, asked as a credit of the whole line.
        CreditRequest whole;
        whole.invoiceId = m_invoiceId;
        whole.scope = CreditRequest::Scope::Lines;
        whole.lines = {{line.id, line.item.amount.minorUnits()}};
        // -1: the whole line no longer fits in what the invoice has left; part of it may.
        qint64 left = line.item.amount.minorUnits() > 0 ? -1 : 0;
        if (line.item.amount.minorUnits() > 0) {
            if (const auto capped = m_invoices.previewCredit(whole)) {
                left = 0;
                for (const billing::DocumentLine& credited : capped->lines)
                    left -= credited.item.amount.minorUnits();
            }
        }
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto* description = readOnly(line.item.description);
        description->setData(Qt::UserRole, line.id);
        m_lines->setItem(row, LineDescriptionColumn, description);
        m_lines->setItem(row, LineAmountColumn, readOnly(money(line.item.amount.minorUnits(), currency), true));
        QTableWidgetItem* uncredited = readOnly(left < 0 ? tr("less") : money(left, currency), true);
        if (left < 0)
            uncredited->setToolTip(tr("The invoice has less than this line left to credit; the preview shows "
                                      "whether an amount fits."));
        m_lines->setItem(row, LineUncreditedColumn, uncredited);
        auto* credit = new MoneyEdit(m_lines);
        credit->setObjectName(QStringLiteral("lineCreditEdit"));
        credit->setEmptyMeansZero(true);
        credit->setCurrency(currency);
        credit->setFrame(false);
        credit->setEnabled(left != 0);
        m_lines->setCellWidget(row, LineCreditColumn, credit);
        m_uncredited.append(left);
        connect(credit, &QLineEdit::textChanged, this, &CreditNoteDialog::refreshPreview);
    }
}

void CreditNoteDialog::scopeChanged()
{
    m_lines->setEnabled(m_byLines->isChecked());
    m_amount->setEnabled(m_byAmount->isChecked());
    if (m_byAmount->isChecked())
        m_amount->setFocus();
    refreshPreview();
}

Result<CreditRequest> CreditNoteDialog::request() const
{
    if (!m_loaded)
        return Error(ErrorCode::Invalid, tr("Only an issued invoice can be credited."));
    CreditRequest request;
    request.invoiceId = m_invoiceId;
    request.reason = m_reason->text().trimmed();
    request.issueDate = m_date->date();
    if (m_byLines->isChecked()) {
        request.scope = CreditRequest::Scope::Lines;
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            const QString what = tr("the credit for line %1").arg(QLocale().toString(row + 1));
            const auto amount = static_cast<MoneyEdit*>(m_lines->cellWidget(row, LineCreditColumn))->amount(what);
            if (!amount)
                return amount.error();
            if (amount->minorUnits() < 0)
                return Error(ErrorCode::Invalid, tr("Line %1: the credit cannot be negative.").arg(row + 1));
            // Above the line itself is refused here; above what the invoice has left the service
            // refuses, and within a rounding cent of it the service reduces (the "capped" note).
            const qint64 lineAmount = m_invoice.lines.at(row).item.amount.minorUnits();
            if (amount->minorUnits() > lineAmount)
                return Error(ErrorCode::Invalid,
                             tr("Line %1: at most %2 can be credited.")
                                 .arg(QLocale().toString(row + 1), money(lineAmount, m_invoice.currency)));
            if (amount->minorUnits() > 0)
                request.lines.append(
                    {m_lines->item(row, LineDescriptionColumn)->data(Qt::UserRole).toLongLong(), amount->minorUnits()});
        }
        if (request.lines.isEmpty())
            return Error(ErrorCode::Invalid, tr("Enter the amount to credit on at least one line."));
    } else if (m_byAmount->isChecked()) {
        request.scope = CreditRequest::Scope::Amount;
        const auto amount = m_amount->amount(tr("the amount to credit"));
        if (!amount)
            return amount.error();
        if (amount->minorUnits() <= 0)
            return Error(ErrorCode::Invalid, tr("The amount to credit must be more than zero."));
        request.amountMinor = amount->minorUnits();
    }
    if (request.reason.isEmpty())
        return Error(ErrorCode::Invalid, tr("Give a reason; it is printed on the credit note."));
    return request;
}

std::optional<qint64> CreditNoteDialog::requestedMinor(const CreditRequest& request) const
{
    switch (request.scope) {
    case CreditRequest::Scope::Full:
        return std::nullopt;
    case CreditRequest::Scope::Amount:
        return request.amountMinor;
    case CreditRequest::Scope::Lines: {
        qint64 sum = 0;
        for (const auto& line : request.lines)
            sum += line.second;
        return sum;
    }
    }
    return std::nullopt;
}

void CreditNoteDialog::refreshPreview()
{
    m_okButton->setEnabled(false);
    m_preview->setRowCount(0);
    const auto built = request();
    if (!built) {
        m_summary->clear();
        m_issues->setIssues({built.error().message}, {});
        return;
    }
    const auto note = m_invoices.previewCredit(*built);
    if (!note) {
        m_summary->clear();
        m_issues->setIssues({note.error().message}, {});
        return;
    }
    m_issues->clearIssues();
    const Currency& currency = note->currency;
    qint64 linesSum = 0;
    for (const billing::DocumentLine& line : note->lines) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, readOnly(line.item.description));
        m_preview->setItem(row, 1, readOnly(percent::format(line.taxRateBp), true));
        const qint64 net = line.net.isZero() ? line.item.amount.minorUnits() : line.net.minorUnits();
        m_preview->setItem(row, 2, readOnly(money(net, currency), true));
        linesSum += line.item.amount.minorUnits();
    }
    QStringList parts;
    parts.append(tr("Net %1").arg(money(note->netTotal.minorUnits(), currency)));
    for (const billing::TaxGroup& group : note->taxes)
        parts.append(tr("VAT %1 on %2: %3")
                         .arg(percent::format(group.rateBp), money(group.taxable.minorUnits(), currency),
                              money(group.tax.minorUnits(), currency)));
    parts.append(tr("Total %1").arg(money(note->total.minorUnits(), currency)));
    QString text = parts.join(QStringLiteral(" · "));

    // The cap (BILLING.md §8): what the request asked for against what the credit note gives.
    if (const auto asked = requestedMinor(*built)) {
        const qint64 given = built->scope == CreditRequest::Scope::Amount ? -note->total.minorUnits() : -linesSum;
        if (given < *asked)
            text += QLatin1Char('\n')
                + tr("Capped by %1: credit notes never total more than the invoice.")
                      .arg(money(*asked - given, currency));
    }
    m_summary->setText(text);
    m_okButton->setEnabled(true);
}

QString CreditNoteDialog::summaryText() const
{
    return m_issues->level() != FieldIssueLabel::Level::None ? m_issues->text() : m_summary->text();
}

void CreditNoteDialog::accept()
{
    const auto built = request();
    if (!built) {
        m_issues->setIssues({built.error().message}, {});
        return;
    }
    auto issued = m_invoices.credit(*built);
    if (!issued) {
        m_issues->setIssues({issued.error().message}, {});
        m_okButton->setEnabled(false);
        return;
    }
    m_creditNote = *issued;
    QDialog::accept();
}

} // namespace subdesk::ui
