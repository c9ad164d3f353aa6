#include "FormParts.h"

#include "invoicing/Payment.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace subdesk::ui::formparts {

QFormLayout* newForm()
{
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return form;
}

QDateEdit* newDateEdit(QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QComboBox* newCurrencyCombo(const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(Currency::allCodes());
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCurrentIndex(combo->findText(current));
    return combo;
}

QComboBox* newPaymentMethodCombo(QWidget* parent)
{
    using invoicing::PaymentMethod;
    auto* combo = new QComboBox(parent);
    for (const PaymentMethod method : {PaymentMethod::BankTransfer, PaymentMethod::DirectDebit, PaymentMethod::Card,
                                       PaymentMethod::Cash, PaymentMethod::Other})
        combo->addItem(invoicing::paymentMethodName(method), invoicing::paymentMethodKey(method));
    return combo;
}

std::optional<Currency> currencyOf(const QComboBox* combo)
{
    return Currency::fromCode(combo->currentText().trimmed());
}

} // namespace subdesk::ui::formparts
