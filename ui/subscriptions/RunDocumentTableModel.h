#pragma once

#include "billing/Document.h"

#include <QAbstractTableModel>
#include <QHash>

namespace subdesk::ui {

/**
 * The documents of a billing run (previewed or written), one row each: customer, kind, lines,
 * total and credit applied. A plain table model, so a run of thousands of documents lists at once.
 */
class RunDocumentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CustomerColumn,
        KindColumn,
        LinesColumn,
        TotalColumn,
        CreditColumn,
        DueColumn,
        ColumnCount,
    };

    explicit RunDocumentTableModel(QObject* parent = nullptr);

    /** customerNames: display names by customer id (a missing one shows the id). */
    void setDocuments(QList<billing::Document> documents, QHash<CustomerId, QString> customerNames);
    void clear();
    const billing::Document& documentAt(int row) const { return m_documents.at(row); }
    QString customerName(CustomerId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<billing::Document> m_documents;
    QHash<CustomerId, QString> m_names;
};

} // namespace subdesk::ui
