#include "CustomerFilterBar.h"

#include "widgets/CountryComboBox.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace subdesk::ui {

using customers::CustomerStatus;

CustomerFilterBar::CustomerFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_segment(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_country(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("customerSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, e-mail, VAT ID or city"));
    m_search->setToolTip(tr("Shows the customers whose name, e-mail, VAT ID or city contain every word typed"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themeIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);

    m_segment->setObjectName(QStringLiteral("segmentFilterCombo"));
    m_segment->setToolTip(tr("Show one segment only"));
    m_tag->setObjectName(QStringLiteral("tagFilterCombo"));
    m_tag->setToolTip(tr("Show customers with this tag only"));
    m_country->setObjectName(QStringLiteral("countryFilterCombo"));
    m_country->setToolTip(tr("Show customers in this country only"));
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->setToolTip(tr("Active, archived or all customers"));
    m_status->addItem(tr("Active"), customers::toKey(CustomerStatus::Active));
    m_status->addItem(tr("Archived"), customers::toKey(CustomerStatus::Archived));
    m_status->addItem(tr("All statuses"), QString());
    for (QComboBox* combo : {m_segment, m_tag, m_country, m_status})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setChoices({}, {}, {});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_segment);
    layout->addWidget(m_tag);
    layout->addWidget(m_country);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &CustomerFilterBar::searchTextChanged);
    for (QComboBox* combo : {m_segment, m_tag, m_country, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::filtersChanged);
}

void CustomerFilterBar::refill(QComboBox* combo, const QString& allText, const QStringList& values,
                               const std::function<QString(const QString&)>& label)
{
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(allText, QString());
    QStringList all = values;
    if (!current.isEmpty() && !all.contains(current))
        all.prepend(current);
    for (const QString& value : std::as_const(all))
        combo->addItem(label(value), value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void CustomerFilterBar::setChoices(const QStringList& segments, const QStringList& tags, const QStringList& countries)
{
    const auto plain = [](const QString& s) { return s; };
    refill(m_segment, tr("All segments"), segments, plain);
    refill(m_tag, tr("All tags"), tags, plain);
    refill(m_country, tr("All countries"), countries, &CountryComboBox::entryText);
}

customers::CustomerFilter CustomerFilterBar::filter() const
{
    customers::CustomerFilter f;
    f.setText(m_search->text());
    f.segment = m_segment->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.country = m_country->currentData().toString();
    f.status = customers::statusFromKey(m_status->currentData().toString());
    return f;
}

void CustomerFilterBar::reset()
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_segment), QSignalBlocker(m_tag), QSignalBlocker(m_country),
                                           QSignalBlocker(m_status)};
        m_segment->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_country->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
    }
    Q_EMIT filtersChanged();
    m_search->clear();
}

bool CustomerFilterBar::isDefault() const
{
    return m_search->text().isEmpty() && m_segment->currentIndex() == 0 && m_tag->currentIndex() == 0
        && m_country->currentIndex() == 0 && m_status->currentIndex() == 0;
}

} // namespace subdesk::ui
