#pragma once

#include "widgets/MessageBar.h"

#include <QWidget>

class QFormLayout;
class QLabel;
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

Q_SIGNALS:
    void messageRequested(const QString& text, subdesk::ui::MessageBar::Kind kind);

private:
    QString m_title;
    QVBoxLayout* m_content = nullptr;
};

} // namespace subdesk::ui
