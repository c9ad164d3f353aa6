#include "CountryComboBox.h"

#include "common/Countries.h"

#include <QCompleter>
#include <QLineEdit>

namespace subdesk::ui {

CountryComboBox::CountryComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    for (const QString& code : countries::allCodes())
        addItem(entryText(code), code);
    lineEdit()->setPlaceholderText(tr("Code or name, e.g. FI or Finland"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setCurrentIndex(-1);
    connect(this, &QComboBox::currentTextChanged, this, &CountryComboBox::countryChanged);
}

QString CountryComboBox::entryText(const QString& code)
{
    const QString name = countries::name(code);
    if (name == code)
        return code;
    //: Country entry: ISO code, dash, English name
    return tr("%1 — %2").arg(code, name);
}

QString CountryComboBox::countryCode() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int exact = findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return itemData(exact).toString();
    if (text.size() == 2)
        return text.toUpper();
    for (int i = 0; i < count(); ++i) {
        if (countries::name(itemData(i).toString()).compare(text, Qt::CaseInsensitive) == 0)
            return itemData(i).toString();
    }
    return text;
}

void CountryComboBox::setCountryCode(const QString& code)
{
    const int index = findData(code.toUpper());
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(code);
    }
}

} // namespace subdesk::ui
