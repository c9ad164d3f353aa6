#include "InvoicingSettingsPage.h"

#include "company/CompanyService.h"
#include "money/Currency.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

using company::InvoicingSettings;

InvoicingSettingsPage::InvoicingSettingsPage(company::CompanyService& service, const QStringList& currenciesInUse,
                                             QWidget* parent)
    : SettingsPage(tr("Invoicing"), tr("How documents are issued. Changes apply to documents issued from now on."),
                   parent)
    , m_service(service)
    , m_inUse(currenciesInUse)
{
    setObjectName(QStringLiteral("invoicingSettingsPage"));

    auto* pricesGroup = new QGroupBox(tr("Prices that include VAT"), this);
    auto* explain = new QLabel(tr("Tick the currencies whose prices you enter with VAT included (as consumers see "
                                  "them). Invoices then work the VAT out of the price. Prices in the other "
                                  "currencies are net and VAT is added on top."),
                               pricesGroup);
    explain->setWordWrap(true);
    m_currencies = new QListWidget(pricesGroup);
    m_currencies->setObjectName(QStringLiteral("taxInclusiveList"));
    m_currencies->setSelectionMode(QAbstractItemView::NoSelection);
    m_currencies->setMaximumWidth(360);
    m_currencies->setMinimumHeight(200);

    m_addCombo = new QComboBox(pricesGroup);
    m_addCombo->setObjectName(QStringLiteral("addCurrencyCombo"));
    m_addCombo->setMaxVisibleItems(16);
    m_addCombo->addItems(Currency::allCodes());
    m_addButton = new QPushButton(tr("List currency"), pricesGroup);
    m_addButton->setObjectName(QStringLiteral("addCurrencyButton"));
    m_addButton->setToolTip(tr("Show another currency in the list so you can tick it"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addCombo);
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);

    auto* pricesBox = new QVBoxLayout(pricesGroup);
    pricesBox->addWidget(explain);
    pricesBox->addWidget(m_currencies);
    pricesBox->addLayout(addRow);

    auto* creditGroup = new QGroupBox(tr("Customer credit"), this);
    m_applyCredit = new QCheckBox(tr("Apply the customer's credit when issuing an invoice"), creditGroup);
    m_applyCredit->setObjectName(QStringLiteral("applyCreditCheck"));
    auto* creditNote = new QLabel(tr("Credit from overpayments and credit notes in the invoice's currency then "
                                     "pays the invoice at once. Without it, you apply credit by hand."),
                                  creditGroup);
    creditNote->setWordWrap(true);
    QPalette muted = creditNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    creditNote->setPalette(muted);
    auto* creditBox = new QVBoxLayout(creditGroup);
    creditBox->addWidget(m_applyCredit);
    creditBox->addWidget(creditNote);

    content()->addWidget(pricesGroup);
    content()->addWidget(creditGroup);
    content()->addStretch(1);

    connect(m_currencies, &QListWidget::itemChanged, this, &InvoicingSettingsPage::currencyToggled);
    connect(m_addButton, &QPushButton::clicked, this, &InvoicingSettingsPage::addCurrency);
    connect(m_applyCredit, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        InvoicingSettings changed = m_settings;
        changed.applyCreditOnIssue = on;
        save(changed);
    });
    reload();
}

QStringList InvoicingSettingsPage::commonCurrencies()
{
    return {QStringLiteral("CHF"), QStringLiteral("CZK"), QStringLiteral("DKK"), QStringLiteral("EUR"),
            QStringLiteral("GBP"), QStringLiteral("HUF"), QStringLiteral("NOK"), QStringLiteral("PLN"),
            QStringLiteral("RON"), QStringLiteral("SEK"), QStringLiteral("USD")};
}

void InvoicingSettingsPage::setCurrenciesInUse(const QStringList& currencies)
{
    m_inUse = currencies;
    fillList();
}

void InvoicingSettingsPage::reload()
{
    auto settings = m_service.invoicingSettings();
    if (!settings) {
        Q_EMIT messageRequested(tr("The invoicing settings could not be read: %1").arg(settings.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    m_settings = *settings;
    fillList();
}

void InvoicingSettingsPage::fillList()
{
    m_filling = true;
    QStringList codes = m_inUse;
    for (const QString& code : m_settings.taxInclusiveCurrencies)
        codes.append(code);
    codes += m_added;
    codes += commonCurrencies();
    codes.removeDuplicates();
    // In use first, then alphabetical.
    std::stable_sort(codes.begin(), codes.end(), [this](const QString& a, const QString& b) {
        const bool aUsed = m_inUse.contains(a);
        const bool bUsed = m_inUse.contains(b);
        return aUsed != bUsed ? aUsed : a < b;
    });
    m_currencies->clear();
    for (const QString& code : std::as_const(codes)) {
        auto* item =
            new QListWidgetItem(m_inUse.contains(code) ? tr("%1 (in your price lists)").arg(code) : code, m_currencies);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_settings.pricesIncludeTax(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_applyCredit->setChecked(m_settings.applyCreditOnIssue);
    m_filling = false;
}

void InvoicingSettingsPage::addCurrency()
{
    const QString code = m_addCombo->currentText();
    if (!Currency::isValidCode(code))
        return;
    if (!m_added.contains(code))
        m_added.append(code);
    fillList();
    for (int row = 0; row < m_currencies->count(); ++row) {
        if (m_currencies->item(row)->data(Qt::UserRole).toString() == code)
            m_currencies->scrollToItem(m_currencies->item(row));
    }
}

void InvoicingSettingsPage::currencyToggled(QListWidgetItem* item)
{
    if (m_filling)
        return;
    const QString code = item->data(Qt::UserRole).toString();
    InvoicingSettings changed = m_settings;
    if (item->checkState() == Qt::Checked)
        changed.taxInclusiveCurrencies.insert(code);
    else
        changed.taxInclusiveCurrencies.remove(code);
    save(changed);
}

void InvoicingSettingsPage::save(const InvoicingSettings& settings)
{
    if (const Status saved = m_service.saveInvoicingSettings(settings); !saved) {
        Q_EMIT messageRequested(tr("The invoicing settings were not saved: %1").arg(saved.error().message),
                                MessageBar::Kind::Error);
        fillList(); // back to what is stored
        return;
    }
    m_settings = settings;
    Q_EMIT messageRequested(tr("Saved the invoicing settings."), MessageBar::Kind::Positive);
}

} // namespace subdesk::ui
