#pragma once

#include "catalog/PricingModel.h"
#include "common/Result.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace subdesk::ui {

class MoneyEdit;

/**
 * The tiers of a graduated or volume price as rows of fields: from (shown, follows the row
 * above), up to (empty = no limit, for the last tier), unit price and flat fee, with a button to
 * remove the row and one to add a tier at the end. Knows the rules only as far as reading
 * numbers: PricingModel::validate() judges the tiers.
 */
class TierEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TierEditor(QWidget* parent = nullptr);

    void setCurrency(const Currency& currency);
    void setTiers(const QList<catalog::PriceTier>& tiers);
    /** The tiers as typed; an Invalid error names the tier and column of the first unreadable field. */
    Result<QList<catalog::PriceTier>> tiers() const;
    int tierCount() const { return int(m_rows.size()); }

public Q_SLOTS:
    void addTier();
    void removeTier(int row);

Q_SIGNALS:
    /** The clerk changed a field, added or removed a tier. */
    void edited();

private:
    struct Row
    {
        QLabel* number = nullptr;
        QLabel* from = nullptr;
        QLineEdit* upTo = nullptr;
        MoneyEdit* unitPrice = nullptr;
        MoneyEdit* flatFee = nullptr;
        QToolButton* remove = nullptr;
    };

    /** The row's widgets in column order. */
    static QList<QWidget*> cells(const Row& row);
    Row makeRow();
    void relayout();
    void updateFromColumn();
    std::optional<qint64> readUpTo(int row, bool* ok) const;

    Currency m_currency;
    QGridLayout* m_grid = nullptr;
    QPushButton* m_add = nullptr;
    QList<Row> m_rows;
};

} // namespace subdesk::ui
