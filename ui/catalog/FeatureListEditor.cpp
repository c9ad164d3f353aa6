#include "FeatureListEditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

QListWidgetItem* editableItem(const QString& text)
{
    auto* item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

} // namespace

FeatureListEditor::FeatureListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add feature"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
{
    setObjectName(QStringLiteral("featureListEditor"));
    m_list->setObjectName(QStringLiteral("featureList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_list->setToolTip(tr("One feature per line, as customers read it; double-click a line to change it"));
    m_add->setObjectName(QStringLiteral("addFeatureButton"));
    m_remove->setObjectName(QStringLiteral("removeFeatureButton"));
    m_up->setObjectName(QStringLiteral("moveFeatureUpButton"));
    m_down->setObjectName(QStringLiteral("moveFeatureDownButton"));

    auto* buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &FeatureListEditor::addFeature);
    connect(m_remove, &QPushButton::clicked, this, &FeatureListEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &FeatureListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &FeatureListEditor::edited);
    updateButtons();
}

void FeatureListEditor::setFeatures(const QStringList& features)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString& feature : features)
        m_list->addItem(editableItem(feature));
    updateButtons();
}

QStringList FeatureListEditor::features() const
{
    QStringList features;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString text = m_list->item(row)->text().trimmed();
        if (!text.isEmpty())
            features.append(text);
    }
    return features;
}

void FeatureListEditor::addFeature()
{
    const int row = m_list->currentRow() + 1;
    QListWidgetItem* item = editableItem(QString());
    m_list->insertItem(row > 0 ? row : m_list->count(), item);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    updateButtons();
    Q_EMIT edited();
}

void FeatureListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    Q_EMIT edited();
}

void FeatureListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    updateButtons();
    Q_EMIT edited();
}

void FeatureListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace subdesk::ui
