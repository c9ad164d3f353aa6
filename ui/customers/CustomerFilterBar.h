#pragma once

#include "customers/CustomerFilter.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;

namespace subdesk::ui {

/**
 * The row above the customers table: instant search plus segment, tag, status and country
 * filters whose choices come from the data.
 */
class CustomerFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFilterBar(QWidget* parent = nullptr);

    /** Refills the choice lists, keeping each current choice (even if no customer has it any more). */
    void setChoices(const QStringList& segments, const QStringList& tags, const QStringList& countries);

    /** The search text and every filter, as the core filter the proxy model applies. */
    customers::CustomerFilter filter() const;
    QLineEdit* searchEdit() const { return m_search; }
    /** Back to "Active customers, no search". */
    void reset();
    bool isDefault() const;

Q_SIGNALS:
    void searchTextChanged(const QString& text);
    /** A combo box changed. */
    void filtersChanged();

private:
    static void refill(QComboBox* combo, const QString& allText, const QStringList& values,
                       const std::function<QString(const QString&)>& label);

    QLineEdit* m_search = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_country = nullptr;
};

} // namespace subdesk::ui
