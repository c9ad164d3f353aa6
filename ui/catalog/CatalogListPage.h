#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace subdesk::ui {

class CatalogFilterModel;

/**
 * One list of the Plans page (plans, add-ons or coupons): its buttons, a search box, a
 * "Show archived" switch, the table and a line saying how many rows show. Knows nothing of what
 * the rows are; the page wires the buttons.
 */
class CatalogListPage final : public QWidget
{
    Q_OBJECT

public:
    /** name: prefix of the object names ("plans" → "plansTable", "plansSearchEdit"). */
    CatalogListPage(const QString& name, QAbstractItemModel* model, const QList<QAction*>& actions,
                    QWidget* parent = nullptr);

    /** The switch's text ("Show archived", "Show expired and used up") and its tooltip. */
    void setArchivedText(const QString& text, const QString& toolTip);
    /** What the empty table says with no rows at all, and with rows that the search hides. */
    void setEmptyTexts(const QString& noneYet, const QString& noMatch);
    /** The status line's text for `shown` of `total` rows. */
    void setStatusFormat(std::function<QString(int shown, int total)> format);

    QTableView* table() const { return m_table; }
    CatalogFilterModel* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* archivedCheck() const { return m_archived; }

    /** The source row of the current row, or -1. */
    int currentSourceRow() const;
    /** Makes the row with this id current (catalogroles::IdRole); shows archived rows if it is one. */
    void selectId(qint64 id);
    /** Fits the columns to their contents, the last one taking the rest. */
    void fitColumns();

Q_SIGNALS:
    /** Double-click or Enter on a row. */
    void activated();
    void currentChanged();

private:
    void updateStatus();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QAbstractItemModel* m_model = nullptr;
    CatalogFilterModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_archived = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QString m_noneYet;
    QString m_noMatch;
    std::function<QString(int, int)> m_statusFormat;
    bool m_fitPending = true;
};

} // namespace subdesk::ui
