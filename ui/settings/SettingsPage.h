#pragma once

#include "widgets/MessageBar.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace subdesk::ui {

/**
 * One page of the Settings section (Company, Bank accounts, Tax rates ...): a title, a line that
 * says what the page is for, and the page's content below. Pages talk to core services only and
 * report outcomes through messageRequested (the window's message bar).
 */
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString& title, const QString& blurb, QWidget* parent = nullptr);

    QString title() const { return m_title; }

    /** Reads the page's data again from the company (the page was shown again). A page with
     *  unsaved edits keeps them. The default does nothing (a page with nothing stored). */
    virtual void reload() { }

    /** The column below the title and blurb, for the page's content. */
    QVBoxLayout* content() const { return m_content; }

    /** A form laid out like every settings form: labels left, fields growing, a message line under a field. */
    static QFormLayout* newForm(QWidget* parent);

    /** A read-only list table laid out like every settings list: whole rows selected one at a time, no
     *  row numbers, columns fit their contents but stretchColumn, which takes the rest. */
    static QTableWidget* newTable(int columns, int stretchColumn, const QString& objectName, QWidget* parent);

    /** The selected row of table when it is one of its first rows rows, else -1. */
    static int selectedRow(const QTableWidget* table, qsizetype rows);

    /** Selects the row whose first item has id as Qt::UserRole data, if there is one. */
    static void selectRowWithId(QTableWidget* table, qint64 id);

    /** A row with the list's buttons, left to right: Add…, Edit… and, when remove is given, Remove,
     *  named prefix + "AddButton", "EditButton", "RemoveButton". The caller adds the rest of the row. */
    QHBoxLayout* newListButtons(const QString& prefix, QPushButton** add, QPushButton** edit,
                                QPushButton** remove = nullptr);

    /** Asks whether to remove something, with Remove and Cancel (the default); true when Remove was chosen. */
    bool confirmRemoval(const QString& objectName, const QString& title, const QString& question,
                        const QString& consequence);

    /** Fills a filter with allText (no filter) and one entry per code, shown as label(code) when given,
     *  keeping the code that was chosen when it is still there. */
    static void refillFilter(QComboBox* filter, const QString& allText, const QStringList& codes,
                             const std::function<QString(const QString&)>& label = {});

Q_SIGNALS:
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);

private:
    QString m_title;
    QVBoxLayout* m_content = nullptr;
};

} // namespace subdesk::ui
