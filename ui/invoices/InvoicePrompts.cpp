#include "InvoicePrompts.h"

#include "money/MoneyFormat.h"
#include "widgets/Plural.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace subdesk::ui {

namespace {

bool ask(QMessageBox& box, const QString& name, QPushButton* confirm)
{
    box.setObjectName(name);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace

bool InvoicePrompts::confirmIssueAll(QWidget* parent, qsizetype count, QDate upTo)
{
    QMessageBox box(QMessageBox::Question, tr("Issue all drafts"),
                    pluralized(tr("Issue %Ln draft(s) dated up to %1?", nullptr, int(count)), count)
                        .arg(QLocale().toString(upTo, QLocale::ShortFormat)),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Each gets the next number of its series, dated today, and can no longer be changed "
                              "or deleted. Either all are issued or, if one cannot be, none."));
    QPushButton* issue = box.addButton(tr("&Issue all"), QMessageBox::AcceptRole);
    box.setDefaultButton(issue);
    return ask(box, QStringLiteral("issueAllBox"), issue);
}

bool InvoicePrompts::confirmUncollectible(QWidget* parent, const billing::Document& invoice)
{
    QMessageBox box(QMessageBox::Warning, tr("Mark uncollectible"),
                    tr("Write off invoice %1 with %2 still unpaid?")
                        .arg(invoice.number, moneyformat::format(invoice.balance(), QLocale())),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("It stays on the customer's statement and in the aging report's totals as "
                              "uncollectible, and is no longer offered for payments."));
    QPushButton* confirm = box.addButton(tr("&Mark uncollectible"), QMessageBox::DestructiveRole);
    return ask(box, QStringLiteral("uncollectibleBox"), confirm);
}

bool InvoicePrompts::confirmDeleteDraft(QWidget* parent, const billing::Document& draft)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete draft"),
                    tr("Delete the draft %1 of %2 for %3?")
                        .arg(billing::documentKindName(draft.kind).toLower(),
                             QLocale().toString(draft.date, QLocale::ShortFormat),
                             moneyformat::format(draft.total, QLocale())),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Its lines are deleted with it. A draft has no number yet, so no number is lost."));
    QPushButton* confirm = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    return ask(box, QStringLiteral("deleteDraftBox"), confirm);
}

} // namespace subdesk::ui
