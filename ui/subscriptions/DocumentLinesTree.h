#pragma once

#include "billing/Document.h"

#include <QTreeWidget>

namespace subdesk::ui {

/**
 * Billing documents as a tree: one row per document (kind, date, total) with its lines below,
 * each line with its description, its derivation (how the amount was computed, BILLING.md §4)
 * and its amount. Used by the subscription detail, the dialogs' previews and the billing run.
 * Holds a few documents at a time; long lists (a billing run) go through a table model instead.
 */
class DocumentLinesTree final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DescriptionColumn,
        DerivationColumn,
        AmountColumn,
    };

    explicit DocumentLinesTree(QWidget* parent = nullptr);

    /** One top-level row per document with its lines as children, expanded. */
    void setDocuments(const QList<billing::Document>& documents);
    /** The lines of one document, flat. */
    void setLines(const QList<billing::DocumentLine>& lines);
    /** Appends a top-level row per due date for items that fall due later, their lines below. */
    void addLaterItems(const QList<billing::BillingItem>& items);

    /** Document headers (kind and date) for a document. */
    static QString documentTitle(const billing::Document& document);

private:
    QTreeWidgetItem* addLine(QTreeWidgetItem* parent, const billing::BillingItem& item);
    void fitColumns();
};

} // namespace subdesk::ui
