#pragma once

#include "widgets/MessageBar.h"

#include <QWidget>

class QFormLayout;
class QLabel;
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

Q_SIGNALS:
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);

private:
    QString m_title;
    QVBoxLayout* m_content = nullptr;
};

} // namespace subdesk::ui
