#include "SettingsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

SettingsPage::SettingsPage(const QString& title, const QString& blurb, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("settingsPageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    heading->setFont(font);

    auto* about = new QLabel(blurb, this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    QPalette muted = about->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    about->setPalette(muted);
    about->setVisible(!blurb.isEmpty());

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 16, 24, 16);
    column->setSpacing(6);
    column->addWidget(heading);
    column->addWidget(about);
    column->addSpacing(10);
    m_content = new QVBoxLayout;
    m_content->setSpacing(12);
    column->addLayout(m_content, 1);
}

QFormLayout* SettingsPage::newForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeading | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

QTableWidget* SettingsPage::newTable(int columns, int stretchColumn, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return table;
}

int SettingsPage::selectedRow(const QTableWidget* table, qsizetype rows)
{
    const int row = table->currentRow();
    if (row < 0 || row >= rows || !table->selectionModel()->isRowSelected(row, {}))
        return -1;
    return row;
}

void SettingsPage::selectRowWithId(QTableWidget* table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* item = table->item(row, 0);
        if (item && item->data(Qt::UserRole).toLongLong() == id) {
            table->selectRow(row);
            return;
        }
    }
}

QHBoxLayout* SettingsPage::newListButtons(const QString& prefix, QPushButton** add, QPushButton** edit,
                                          QPushButton** remove)
{
    auto* bar = new QHBoxLayout;
    const auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(prefix + QLatin1String(name));
        bar->addWidget(b);
        return b;
    };
    *add = button(tr("Add…"), "AddButton");
    *edit = button(tr("Edit…"), "EditButton");
    if (remove)
        *remove = button(tr("Remove"), "RemoveButton");
    return bar;
}

bool SettingsPage::confirmRemoval(const QString& objectName, const QString& title, const QString& question,
                                  const QString& consequence)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(objectName);
    box.setInformativeText(consequence);
    QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void SettingsPage::refillFilter(QComboBox* filter, const QString& allText, const QStringList& codes,
                                const std::function<QString(const QString&)>& label)
{
    const QString current = filter->currentData().toString();
    const QSignalBlocker blocker(filter);
    filter->clear();
    filter->addItem(allText, QString());
    for (const QString& code : codes)
        filter->addItem(label ? label(code) : code, code);
    filter->setCurrentIndex(std::max(0, filter->findData(current)));
}

} // namespace subdesk::ui
