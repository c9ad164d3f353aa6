#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QWidget;

namespace subdesk::ui::formparts {

/** The form layout every invoicing dialog uses: labels leading, fields growing, 12/8 spacing. */
QFormLayout* newForm();
/** A calendar date edit in the locale's short format. */
QDateEdit* newDateEdit(QDate date, QWidget* parent);
/** A combo box of the ISO 4217 codes, editable for typing one, with `current` chosen. */
QComboBox* newCurrencyCombo(const QString& current, QWidget* parent);
/** A combo box of the payment methods (data: the method's key). */
QComboBox* newPaymentMethodCombo(QWidget* parent);
/** The currency a combo box names, if it names one. */
std::optional<Currency> currencyOf(const QComboBox* combo);

} // namespace subdesk::ui::formparts
