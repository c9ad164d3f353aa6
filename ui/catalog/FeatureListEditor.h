#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace subdesk::ui {

/**
 * What a plan includes, one feature per line ("5 users", "Phone support"), in the order shown to
 * customers: add, edit in place, remove and move up or down. A line left empty is dropped.
 */
class FeatureListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit FeatureListEditor(QWidget* parent = nullptr);

    void setFeatures(const QStringList& features);
    /** The lines, trimmed, without empty ones. */
    QStringList features() const;
    QListWidget* list() const { return m_list; }

public Q_SLOTS:
    /** Adds a line after the current one and starts editing it. */
    void addFeature();
    void removeCurrent();
    void moveCurrent(int delta);

Q_SIGNALS:
    void edited();

private:
    void updateButtons();

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace subdesk::ui
