#include "ExchangeRatesPage.h"

#include "ExchangeRateDialog.h"
#include "SettingsDialogParts.h"
#include "io/FxRateCsv.h"
#include "metrics/MetricsService.h"
#include "money/Currency.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/Percent.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace subdesk::ui {

using metrics::FxRate;

namespace {

constexpr int kProblemsShown = 8;

QString monthText(QDate month)
{
    return io::FxRateCsv::monthText(month);
}

} // namespace

ExchangeRatesPage::ExchangeRatesPage(metrics::MetricsService& service, QDate today, QWidget* parent)
    : SettingsPage(tr("Metrics"),
                   tr("The currency the dashboards report in, the gross margin the customer lifetime value uses, "
                      "and the monthly rates that convert other currencies."),
                   parent)
    , m_service(service)
    , m_today(today)
{
    setObjectName(QStringLiteral("exchangeRatesPage"));

    auto* reportingGroup = new QGroupBox(tr("Reporting"), this);
    m_currency = new QComboBox(reportingGroup);
    m_currency->setObjectName(QStringLiteral("reportingCurrencyCombo"));
    m_currency->setMaxVisibleItems(16);
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_currency->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_currency->addItem(tr("Automatic: the currency most customers use"), QString());
    for (const QString& code : Currency::allCodes())
        m_currency->addItem(code, code);
    m_margin = new QLineEdit(reportingGroup);
    m_margin->setObjectName(QStringLiteral("grossMarginEdit"));
    m_margin->setPlaceholderText(tr("e.g. %1").arg(percent::editText(7250)));
    m_margin->setMaximumWidth(m_margin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
    auto* marginRow = new QWidget(reportingGroup);
    auto* marginBox = new QHBoxLayout(marginRow);
    marginBox->setContentsMargins(0, 0, 0, 0);
    marginBox->addWidget(m_margin);
    marginBox->addWidget(new QLabel(QLocale().percent(), marginRow));
    marginBox->addStretch(1);
    auto* marginHint =
        new QLabel(tr("CLV is multiplied by it. Leave it empty to show CLV as revenue."), reportingGroup);
    marginHint->setWordWrap(true);
    settingsdialog::mute(marginHint);
    m_save = new QPushButton(tr("Save"), reportingGroup);
    m_save->setObjectName(QStringLiteral("metricsSaveButton"));
    m_save->setEnabled(false);

    auto* form = newForm(nullptr);
    form->addRow(tr("Reporting currency"), m_currency);
    form->addRow(tr("Gross margin"), settingsdialog::withIssue(marginRow, &m_marginIssue, reportingGroup, m_margin));
    form->addRow(QString(), marginHint);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto* reportingBox = new QVBoxLayout(reportingGroup);
    reportingBox->addLayout(form);
    reportingBox->addLayout(saveRow);

    auto* ratesGroup = new QGroupBox(tr("Exchange rates"), this);
    m_import = new QPushButton(tr("Import CSV…"), ratesGroup);
    m_import->setObjectName(QStringLiteral("fxImportButton"));
    m_import->setToolTip(tr("Read rates from a CSV file with the columns month (YYYY-MM), currency and rate"));
    m_currencyFilter = new QComboBox(ratesGroup);
    m_currencyFilter->setObjectName(QStringLiteral("fxCurrencyFilter"));
    m_currencyFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filterLabel = new QLabel(tr("Currency"), ratesGroup);
    filterLabel->setBuddy(m_currencyFilter);
    auto* bar = newListButtons(QStringLiteral("fx"), &m_add, &m_edit, &m_remove);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addStretch(1);
    bar->addWidget(filterLabel);
    bar->addWidget(m_currencyFilter);

    m_table = newTable(ColumnCount, MeaningColumn, QStringLiteral("fxRatesTable"), ratesGroup);
    m_table->setHorizontalHeaderLabels({tr("Month"), tr("Currency"), tr("Rate"), tr("Meaning")});
    auto* ratesHint = new QLabel(tr("A month without its own rate uses the latest earlier rate of its currency. "
                                    "Amounts in a currency without any rate are left out of the figures."),
                                 ratesGroup);
    ratesHint->setWordWrap(true);
    settingsdialog::mute(ratesHint);
    m_problems = settingsdialog::newRefusalLabel(QStringLiteral("fxImportProblemsLabel"), ratesGroup);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* ratesBox = new QVBoxLayout(ratesGroup);
    ratesBox->addLayout(bar);
    ratesBox->addWidget(m_table, 1);
    ratesBox->addWidget(m_problems);
    ratesBox->addWidget(ratesHint);

    content()->addWidget(reportingGroup);
    content()->addWidget(ratesGroup, 1);

    const auto edited = [this] {
        m_save->setEnabled(true);
        checkMargin(m_margin->isModified());
    };
    connect(m_currency, &QComboBox::currentIndexChanged, this, edited);
    connect(m_margin, &QLineEdit::textEdited, this, edited);
    connect(m_margin, &QLineEdit::returnPressed, this, &ExchangeRatesPage::saveSettings);
    connect(m_save, &QPushButton::clicked, this, &ExchangeRatesPage::saveSettings);
    connect(m_add, &QPushButton::clicked, this, &ExchangeRatesPage::addRate);
    connect(m_edit, &QPushButton::clicked, this, &ExchangeRatesPage::editRate);
    connect(m_remove, &QPushButton::clicked, this, &ExchangeRatesPage::removeRate);
    connect(m_import, &QPushButton::clicked, this, &ExchangeRatesPage::importCsv);
    connect(m_currencyFilter, &QComboBox::currentIndexChanged, this, &ExchangeRatesPage::fillTable);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExchangeRatesPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ExchangeRatesPage::editRate);
    reload();
}

void ExchangeRatesPage::reload()
{
    auto settings = m_service.settings();
    if (!settings) {
        Q_EMIT messageRequested(tr("The metrics settings could not be read: %1").arg(settings.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    // A page with unsaved edits keeps them.
    if (!m_save->isEnabled()) {
        m_settings = *settings;
        fillSettings();
    }
    auto rates = m_service.fxRates();
    if (!rates) {
        Q_EMIT messageRequested(tr("The exchange rates could not be read: %1").arg(rates.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    m_all = *rates;
    // Per currency, the newest month first: the rate that applies now is on top.
    std::stable_sort(m_all.begin(), m_all.end(), [](const FxRate& a, const FxRate& b) {
        return a.currency != b.currency ? a.currency < b.currency : a.month > b.month;
    });
    fillCurrencyFilter();
    fillTable();
}

void ExchangeRatesPage::fillSettings()
{
    const QSignalBlocker blocker(m_currency);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_settings.reportingCurrency)));
    m_margin->setText(m_settings.grossMarginBasisPoints ? percent::editText(*m_settings.grossMarginBasisPoints)
                                                        : QString());
    m_marginIssue->clearIssues();
    m_save->setEnabled(false);
}

void ExchangeRatesPage::fillCurrencyFilter()
{
    QStringList codes;
    for (const FxRate& rate : std::as_const(m_all)) {
        if (!codes.contains(rate.currency))
            codes.append(rate.currency);
    }
    refillFilter(m_currencyFilter, tr("All currencies"), codes);
}

void ExchangeRatesPage::fillTable()
{
    const std::optional<FxRate> selected = selectedRate();
    const QString currency = m_currencyFilter->currentData().toString();
    m_rates.clear();
    for (const FxRate& rate : std::as_const(m_all)) {
        if (currency.isEmpty() || rate.currency == currency)
            m_rates.append(rate);
    }
    m_table->setRowCount(int(m_rates.size()));
    for (int row = 0; row < m_rates.size(); ++row) {
        const FxRate& r = m_rates.at(row);
        const QStringList cells = {monthText(r.month), r.currency, FxRate::rateText(r.rate),
                                   ExchangeRateDialog::meaning(r, m_settings.reportingCurrency)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == RateColumn)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    if (selected)
        selectRate(*selected);
    updateButtons();
}

std::optional<FxRate> ExchangeRatesPage::selectedRate() const
{
    const int row = selectedRow(m_table, m_rates.size());
    if (row < 0)
        return std::nullopt;
    return m_rates.at(row);
}

void ExchangeRatesPage::selectRate(const FxRate& rate)
{
    for (int row = 0; row < m_rates.size(); ++row) {
        if (m_rates.at(row).month == rate.month && m_rates.at(row).currency == rate.currency) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ExchangeRatesPage::updateButtons()
{
    const bool selected = selectedRate().has_value();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

bool ExchangeRatesPage::checkMargin(bool shown)
{
    const QString typed = m_margin->text().trimmed();
    QString error;
    if (!typed.isEmpty() && !percent::parse(typed)) {
        error = tr("\"%1\" is not a percentage from 0 to 100 with at most two decimals (e.g. %2).")
                    .arg(typed, percent::editText(7250));
    }
    settingsdialog::showIssue(m_marginIssue, error, shown);
    return error.isEmpty();
}

void ExchangeRatesPage::saveSettings()
{
    if (!checkMargin(true)) {
        Q_EMIT messageRequested(tr("The metrics settings were not saved: the gross margin is not a percentage."),
                                MessageBar::Kind::Error);
        return;
    }
    metrics::MetricsSettings changed = m_settings;
    changed.reportingCurrency = m_currency->currentData().toString();
    const QString typed = m_margin->text().trimmed();
    changed.grossMarginBasisPoints = typed.isEmpty() ? std::nullopt : percent::parse(typed);
    if (const Status saved = m_service.setSettings(changed); !saved) {
        Q_EMIT messageRequested(tr("The metrics settings were not saved: %1").arg(saved.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    m_settings = changed;
    fillSettings();
    fillTable();
    Q_EMIT messageRequested(tr("Saved the metrics settings."), MessageBar::Kind::Positive);
}

void ExchangeRatesPage::addRate()
{
    FxRate suggested;
    suggested.month = QDate(m_today.year(), m_today.month(), 1);
    if (const auto selected = selectedRate())
        suggested.currency = selected->currency;
    ExchangeRateDialog dialog(m_service, suggested, false, m_settings.reportingCurrency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString filtered = m_currencyFilter->currentData().toString();
    if (!filtered.isEmpty() && filtered != dialog.saved().currency)
        m_currencyFilter->setCurrentIndex(0);
    reload();
    selectRate(dialog.saved());
    announceSaved(dialog.saved());
}

void ExchangeRatesPage::announceSaved(const FxRate& rate)
{
    Q_EMIT messageRequested(
        tr("Saved the rate %1 for %2.")
            .arg(ExchangeRateDialog::meaning(rate, m_settings.reportingCurrency), monthText(rate.month)),
        MessageBar::Kind::Positive);
}

void ExchangeRatesPage::editRate()
{
    const std::optional<FxRate> selected = selectedRate();
    if (!selected)
        return;
    ExchangeRateDialog dialog(m_service, *selected, true, m_settings.reportingCurrency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectRate(dialog.saved());
    announceSaved(dialog.saved());
}

void ExchangeRatesPage::removeRate()
{
    const std::optional<FxRate> selected = selectedRate();
    if (!selected)
        return;
    if (!confirmRemoval(
            QStringLiteral("removeExchangeRateQuestion"), tr("Remove exchange rate"),
            tr("Remove the rate of %1 for %2?").arg(selected->currency, monthText(selected->month)),
            tr("The month then uses the latest earlier rate of %1, if there is one.").arg(selected->currency)))
        return;
    if (const Status removed = m_service.removeFxRate(selected->month, selected->currency); !removed) {
        Q_EMIT messageRequested(tr("The rate was not removed: %1").arg(removed.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    reload();
    Q_EMIT messageRequested(tr("Removed the rate of %1 for %2.").arg(selected->currency, monthText(selected->month)),
                            MessageBar::Kind::Positive);
}

void ExchangeRatesPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import exchange rates"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ExchangeRatesPage::importFile(const QString& path)
{
    m_problems->hide();
    const auto content = io::FxRateCsv::read(path, m_settings.reportingCurrency);
    if (!content) {
        Q_EMIT messageRequested(tr("The file could not be read: %1").arg(content.error().message),
                                MessageBar::Kind::Error);
        return false;
    }
    if (!content->problems.isEmpty()) {
        QStringList lines;
        for (const io::ImportProblem& problem : content->problems.mid(0, kProblemsShown))
            lines.append(problem.message());
        if (content->problems.size() > kProblemsShown)
            lines.append(tr("… and %n more.", nullptr, int(content->problems.size() - kProblemsShown)));
        m_problems->setText(lines.join(QLatin1Char('\n')));
        m_problems->show();
        Q_EMIT messageRequested(tr("Nothing was imported: %1 of %2 rows have problems (listed below the rates).")
                                    .arg(content->problems.size())
                                    .arg(content->dataRows),
                                MessageBar::Kind::Error);
        return false;
    }
    if (content->rates.isEmpty()) {
        Q_EMIT messageRequested(tr("Nothing to import: the file has no rates."), MessageBar::Kind::Warning);
        return false;
    }
    if (const Status saved = m_service.setFxRates(content->rates); !saved) {
        Q_EMIT messageRequested(tr("Nothing was imported: %1").arg(saved.error().message), MessageBar::Kind::Error);
        return false;
    }
    reload();
    Q_EMIT messageRequested(tr("Imported %n exchange rate(s).", nullptr, int(content->rates.size())),
                            MessageBar::Kind::Positive);
    return true;
}

} // namespace subdesk::ui
