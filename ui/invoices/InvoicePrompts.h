#pragma once

#include "billing/Document.h"

#include <QCoreApplication>

class QWidget;

namespace subdesk::ui {

/**
 * The questions the invoices page asks before a step that cannot be undone. Each says what will
 * happen in a sentence and names the button after the step; Cancel is the way out.
 */
class InvoicePrompts
{
    Q_DECLARE_TR_FUNCTIONS(InvoicePrompts)

public:
    /** "Issue 12 drafts dated up to 15/03/2026?" */
    static bool confirmIssueAll(QWidget* parent, qsizetype count, QDate upTo);
    static bool confirmUncollectible(QWidget* parent, const billing::Document& invoice);
    static bool confirmDeleteDraft(QWidget* parent, const billing::Document& draft);
};

} // namespace subdesk::ui
