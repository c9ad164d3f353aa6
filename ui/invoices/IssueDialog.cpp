#include "IssueDialog.h"

#include "invoicing/InvoiceService.h"
#include "subscriptions/DocumentLinesTree.h"
#include "subscriptions/SubscriptionTexts.h"
#include "widgets/BusyCursor.h"
#include "widgets/Percent.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using subscriptiontext::money;

IssueDialog::IssueDialog(invoicing::InvoiceService& service, DocumentId draft, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_draft(draft)
    , m_date(new QDateEdit(today, this))
    , m_number(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_due(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_error(new QLabel(this))
    , m_taxes(new QTreeWidget(this))
    , m_lines(new DocumentLinesTree(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("issueDialog"));
    setWindowTitle(tr("Issue draft"));
    auto* intro = new QLabel(tr("Issuing gives the draft the next number of its series, computes its tax and "
                                "makes it final: afterwards it can be credited but never changed or deleted."),
                             this);
    intro->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("issueDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The issue date printed on the document; the due date follows from it"));
    for (QLabel* label : {m_number, m_customer, m_due, m_totals}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_number->setObjectName(QStringLiteral("issueNumberLabel"));
    QFont bold = m_number->font();
    bold.setBold(true);
    m_number->setFont(bold);
    m_totals->setObjectName(QStringLiteral("issueTotalsLabel"));
    m_error->setObjectName(QStringLiteral("issueErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    auto* form = new QFormLayout;
    auto* dateLabel = new QLabel(tr("Issue &date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Totals:"), m_totals);

    m_taxes->setObjectName(QStringLiteral("issueTaxes"));
    m_taxes->setColumnCount(4);
    m_taxes->setHeaderLabels({tr("Rate"), tr("Category"), tr("Taxable"), tr("Tax")});
    m_taxes->setRootIsDecorated(false);
    m_taxes->setSelectionMode(QAbstractItemView::NoSelection);
    m_taxes->headerItem()->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
    m_taxes->headerItem()->setTextAlignment(3, Qt::AlignTrailing | Qt::AlignVCenter);
    m_taxes->header()->setStretchLastSection(false);
    m_taxes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_taxes->setMaximumHeight(m_taxes->fontMetrics().height() * 5 + 16); // a header and a few rates
    m_lines->setObjectName(QStringLiteral("issueLines"));

    QPushButton* issue = m_buttons->addButton(tr("&Issue"), QDialogButtonBox::AcceptRole);
    issue->setObjectName(QStringLiteral("issueButton"));
    issue->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Tax per rate"), this));
    layout->addWidget(m_taxes);
    layout->addWidget(new QLabel(tr("Lines"), this));
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &IssueDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IssueDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &IssueDialog::updatePreview);
    updatePreview();
}

void IssueDialog::updatePreview()
{
    auto preview = m_service.previewIssue(m_draft, m_date->date());
    m_taxes->clear();
    const auto issueButton = findChild<QPushButton*>(QStringLiteral("issueButton"));
    if (!preview) {
        m_preview.reset();
        m_number->setText(tr("None"));
        m_customer->clear();
        m_due->clear();
        m_totals->clear();
        m_lines->clear();
        m_error->setText(preview.error().message);
        m_error->show();
        issueButton->setEnabled(false);
        return;
    }
    m_preview = *preview;
    m_error->hide();
    issueButton->setEnabled(true);
    m_number->setText(preview->number);
    m_customer->setText(preview->buyer.name);
    m_due->setText(subscriptiontext::date(preview->dueDate));
    m_totals->setText(
        tr("Net %1 + tax %2 = %3").arg(money(preview->netTotal), money(preview->taxTotal), money(preview->total)));
    for (const billing::TaxGroup& group : preview->taxes) {
        auto* item = new QTreeWidgetItem(m_taxes);
        item->setText(0, percent::format(group.rateBp));
        item->setText(1, tax::taxCategoryName(group.category));
        item->setText(2, money(group.taxable));
        item->setText(3, money(group.tax));
        item->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignTrailing | Qt::AlignVCenter);
    }
    for (int column : {0, 2, 3})
        m_taxes->resizeColumnToContents(column);
    m_lines->setLines(preview->lines);
}

void IssueDialog::accept()
{
    BusyCursor busy;
    auto issued = m_service.issue(m_draft, m_date->date());
    if (!issued) {
        m_error->setText(issued.error().message);
        m_error->show();
        return;
    }
    m_issued = *issued;
    QDialog::accept();
}

} // namespace subdesk::ui
