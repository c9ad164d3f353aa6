#pragma once

#include <QComboBox>

namespace subdesk::ui {

/**
 * Editable country picker: "FI — Finland" entries for every ISO 3166 code, with a completer that
 * finds a country by any part of its code or name. countryCode() gives the code; text that matches
 * no country is returned as typed so that validation can say what is wrong with it.
 */
class CountryComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    QString countryCode() const;
    void setCountryCode(const QString& code);

    /** "FI — Finland", or the code alone when it is not a known country. */
    static QString entryText(const QString& code);

Q_SIGNALS:
    void countryChanged();
};

} // namespace subdesk::ui
