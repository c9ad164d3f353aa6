#pragma once

#include "catalog/PricingModel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;

namespace subdesk::ui {

/**
 * "Price for quantity [N]": what a pricing model charges for N units in one period, with the
 * derivation (PricingModel::breakdown) under it, all in the user's locale. Shows a hint instead
 * while the model being edited is not valid.
 */
class PricePreview final : public QWidget
{
    Q_OBJECT

public:
    explicit PricePreview(QWidget* parent = nullptr);

    /** nullopt: the price being edited is not valid yet. */
    void setModel(const std::optional<catalog::PricingModel>& model);
    void setQuantity(int quantity);
    int quantity() const;

    /** "12 units = €58.00", or the hint. */
    QString totalText() const;
    /** The breakdown, one line per step. */
    QString breakdownText() const;

private:
    void refresh();

    std::optional<catalog::PricingModel> m_model;
    QSpinBox* m_quantity = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_breakdown = nullptr;
};

} // namespace subdesk::ui
