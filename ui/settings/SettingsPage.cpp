#include "SettingsPage.h"

#include <QFormLayout>
#include <QLabel>
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

} // namespace subdesk::ui
