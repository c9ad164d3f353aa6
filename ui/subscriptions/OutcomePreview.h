#pragma once

#include "subscriptions/SubscriptionService.h"

#include <QWidget>

class QLabel;

namespace subdesk::ui {

class DocumentLinesTree;

/**
 * The lower half of the subscription dialogs: what the operation would bill, computed by the
 * service's dry run. Shows the documents it would write now (lines with their derivation), the
 * items it makes due later, a sentence with the net ("Customer will be charged 5.10") or, when
 * the request is refused, the service's message in place of the lines.
 */
class OutcomePreview final : public QWidget
{
    Q_OBJECT

public:
    /** title: what the preview shows ("First invoice", "Proration"). */
    explicit OutcomePreview(const QString& title, QWidget* parent = nullptr);

    /**
     * nothingText: the sentence when the operation writes no document now ("Nothing is credited."),
     * followed by what falls due later.
     */
    void showOutcome(const subscriptions::Outcome& outcome, const QString& nothingText);
    void showError(const QString& message);
    /** A hint instead of a preview, e.g. while a required field is empty. */
    void showHint(const QString& text);

    bool hasError() const { return m_hasError; }
    DocumentLinesTree* lines() const { return m_lines; }
    /** The net sentence (or the error, or the hint). */
    QString summaryText() const;

    /**
     * "Customer will be charged 5.10." / "Customer gets a credit note of 3.20." for each document,
     * then "The billing run on 4/1/26 invoices 40.00." for each later due date.
     */
    static QStringList netSentences(const subscriptions::Outcome& outcome);

private:
    QLabel* m_title = nullptr;
    DocumentLinesTree* m_lines = nullptr;
    QLabel* m_summary = nullptr;
    bool m_hasError = false;
};

} // namespace subdesk::ui
