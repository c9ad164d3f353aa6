#include "TaxRatesPage.h"

#include "TaxRateDialog.h"
#include "common/Countries.h"
#include "company/CompanyService.h"
#include "widgets/CountryComboBox.h"
#include "widgets/Percent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

#include <algorithm>

namespace subdesk::ui {

using tax::TaxRate;

TaxRatesPage::TaxRatesPage(company::CompanyService& service, QDate today, QWidget* parent)
    : SettingsPage(tr("Tax rates"),
                   tr("VAT rates by country and class. An invoice line takes the rate of its class in the "
                      "customer's country (or yours) that is valid on its date."),
                   parent)
    , m_service(service)
    , m_today(today)
{
    setObjectName(QStringLiteral("taxRatesPage"));

    m_countryFilter = new QComboBox(this);
    m_countryFilter->setObjectName(QStringLiteral("taxCountryFilter"));
    m_countryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_countryFilter->setMaxVisibleItems(16);
    auto* filterLabel = new QLabel(tr("Country"), this);
    filterLabel->setBuddy(m_countryFilter);
    m_showExpired = new QCheckBox(tr("Show expired"), this);
    m_showExpired->setObjectName(QStringLiteral("taxShowExpiredCheck"));
    m_showExpired->setToolTip(tr("Also list rates that ended before today"));

    auto* bar = newListButtons(QStringLiteral("tax"), &m_add, &m_edit, &m_remove);
    bar->addStretch(1);
    bar->addWidget(filterLabel);
    bar->addWidget(m_countryFilter);
    bar->addSpacing(12);
    bar->addWidget(m_showExpired);
    content()->addLayout(bar);

    m_table = newTable(ColumnCount, NameColumn, QStringLiteral("taxRatesTable"), this);
    m_table->setHorizontalHeaderLabels(
        {tr("Country"), tr("Class"), tr("Name"), tr("Rate"), tr("Valid from"), tr("Valid until")});
    content()->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &TaxRatesPage::addRate);
    connect(m_edit, &QPushButton::clicked, this, &TaxRatesPage::editRate);
    connect(m_remove, &QPushButton::clicked, this, &TaxRatesPage::removeRate);
    connect(m_countryFilter, &QComboBox::currentIndexChanged, this, &TaxRatesPage::fillTable);
    connect(m_showExpired, &QCheckBox::toggled, this, &TaxRatesPage::fillTable);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TaxRatesPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TaxRatesPage::editRate);
    reload();
}

void TaxRatesPage::reload()
{
    auto rates = m_service.taxRates();
    if (!rates) {
        Q_EMIT messageRequested(tr("The tax rates could not be read: %1").arg(rates.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    m_all = *rates;
    std::stable_sort(m_all.begin(), m_all.end(), [](const TaxRate& a, const TaxRate& b) {
        if (a.country != b.country)
            return a.country < b.country;
        if (a.taxClass != b.taxClass)
            return a.taxClass < b.taxClass;
        return a.validFrom < b.validFrom;
    });
    fillCountryFilter();
    fillTable();
}

void TaxRatesPage::fillCountryFilter()
{
    QStringList codes;
    for (const TaxRate& rate : std::as_const(m_all)) {
        if (!codes.contains(rate.country))
            codes.append(rate.country);
    }
    refillFilter(m_countryFilter, tr("All countries"), codes, &CountryComboBox::entryText);
}

void TaxRatesPage::fillTable()
{
    const std::optional<TaxRate> selected = selectedRate();
    const QString country = m_countryFilter->currentData().toString();
    const bool expiredToo = m_showExpired->isChecked();
    m_shown.clear();
    for (const TaxRate& rate : std::as_const(m_all)) {
        const bool expired = rate.validTo.isValid() && rate.validTo < m_today;
        if ((country.isEmpty() || rate.country == country) && (expiredToo || !expired))
            m_shown.append(rate);
    }

    const QLocale locale;
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const TaxRate& r = m_shown.at(row);
        const bool expired = r.validTo.isValid() && r.validTo < m_today;
        const bool future = r.validFrom > m_today;
        // Grouped by country: the code is written on the first row of each country only.
        const bool firstOfCountry = row == 0 || m_shown.at(row - 1).country != r.country;
        QString to = r.validTo.isValid() ? locale.toString(r.validTo, QLocale::ShortFormat) : tr("—");
        if (expired)
            to = tr("%1 (expired)").arg(to);
        QString from = locale.toString(r.validFrom, QLocale::ShortFormat);
        if (future)
            from = tr("%1 (upcoming)").arg(from);
        const QStringList cells = {firstOfCountry ? CountryComboBox::entryText(r.country) : QString(),
                                   tax::taxClassName(r.taxClass),
                                   r.name,
                                   percent::format(r.rateBp, locale),
                                   from,
                                   to};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.id);
            if (column == CountryColumn)
                item->setToolTip(CountryComboBox::entryText(r.country));
            if (column == RateColumn)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            if (expired)
                item->setForeground(muted);
            m_table->setItem(row, column, item);
        }
    }
    if (selected)
        selectRate(selected->id);
    updateButtons();
}

std::optional<TaxRate> TaxRatesPage::selectedRate() const
{
    const int row = selectedRow(m_table, m_shown.size());
    if (row < 0)
        return std::nullopt;
    return m_shown.at(row);
}

void TaxRatesPage::selectRate(qint64 id)
{
    selectRowWithId(m_table, id);
}

void TaxRatesPage::updateButtons()
{
    const bool selected = selectedRate().has_value();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void TaxRatesPage::addRate()
{
    TaxRate rate;
    rate.validFrom = m_today;
    rate.country = m_countryFilter->currentData().toString();
    if (rate.country.isEmpty()) {
        if (auto profile = m_service.profile())
            rate.country = profile->address.country;
    }
    TaxRateDialog dialog(m_service, rate, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TaxRate saved = dialog.saved();
    // Show the new rate even when the filter would hide it.
    if (!m_countryFilter->currentData().toString().isEmpty()
        && m_countryFilter->currentData().toString() != saved.country)
        m_countryFilter->setCurrentIndex(0);
    if (saved.validTo.isValid() && saved.validTo < m_today)
        m_showExpired->setChecked(true);
    reload();
    selectRate(saved.id);
    Q_EMIT messageRequested(tr("Added the rate %1 %2 for %3.")
                                .arg(saved.name, percent::format(saved.rateBp), countries::name(saved.country)),
                            MessageBar::Kind::Positive);
}

void TaxRatesPage::editRate()
{
    const std::optional<TaxRate> selected = selectedRate();
    if (!selected)
        return;
    TaxRateDialog dialog(m_service, *selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectRate(dialog.saved().id);
    Q_EMIT messageRequested(tr("Saved the rate %1.").arg(dialog.saved().name), MessageBar::Kind::Positive);
}

void TaxRatesPage::removeRate()
{
    const std::optional<TaxRate> selected = selectedRate();
    if (!selected)
        return;
    if (!confirmRemoval(QStringLiteral("removeTaxRateQuestion"), tr("Remove tax rate"),
                        tr("Remove the rate \"%1\" (%2) for %3?")
                            .arg(selected->name, percent::format(selected->rateBp), countries::name(selected->country)),
                        tr("Issued documents keep the rate they were issued with. Drafts and new "
                           "invoices will no longer find it.")))
        return;
    if (const Status removed = m_service.removeTaxRate(selected->id); !removed) {
        Q_EMIT messageRequested(tr("The rate %1 was not removed: %2").arg(selected->name, removed.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    reload();
    Q_EMIT messageRequested(tr("Removed the rate %1.").arg(selected->name), MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
