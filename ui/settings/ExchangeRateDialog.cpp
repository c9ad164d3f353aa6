#include "ExchangeRateDialog.h"

#include "SettingsDialogParts.h"
#include "SettingsPage.h"
#include "metrics/MetricsService.h"
#include "money/Currency.h"
#include "widgets/FieldIssueLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace subdesk::ui {

using metrics::FxRate;

ExchangeRateDialog::ExchangeRateDialog(metrics::MetricsService& service, const FxRate& rate, bool editing,
                                       const QString& reportingCurrency, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_reporting(reportingCurrency)
{
    setObjectName(QStringLiteral("exchangeRateDialog"));
    setWindowTitle(editing ? tr("Edit exchange rate") : tr("New exchange rate"));
    setMinimumWidth(460);

    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("fxMonthEdit"));
    // A rate holds for a whole month: only month and year are shown and edited.
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(rate.month.isValid() ? rate.month : QDate::currentDate());
    m_month->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_month->setEnabled(!editing);

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("fxCurrencyCombo"));
    m_currency->setMaxVisibleItems(16);
    for (const QString& code : Currency::allCodes()) {
        if (code != m_reporting)
            m_currency->addItem(code, code);
    }
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(rate.currency)));
    m_currency->setEnabled(!editing);

    m_rate = new QLineEdit(rate.rate > 0 ? FxRate::rateText(rate.rate) : QString(), this);
    m_rate->setObjectName(QStringLiteral("fxRateEdit"));
    m_rate->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("0.087312")));
    m_rate->setMaximumWidth(m_rate->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")) + 16);

    m_meaning = new QLabel(this);
    m_meaning->setObjectName(QStringLiteral("fxMeaningLabel"));
    settingsdialog::mute(m_meaning);

    m_refusal = settingsdialog::newRefusalLabel(QStringLiteral("fxRefusalLabel"), this);

    auto* form = SettingsPage::newForm(nullptr);
    form->addRow(tr("Month"), m_month);
    form->addRow(tr("Currency"), settingsdialog::withIssue(m_currency, &m_currencyIssue, this));
    form->addRow(tr("Rate"), settingsdialog::withIssue(m_rate, &m_rateIssue, this));
    form->addRow(QString(), m_meaning);

    auto* buttons = settingsdialog::newSaveCancelButtons(this, QStringLiteral("fxButtons"));
    settingsdialog::layOut(this, form,
                           tr("What one unit of the currency was worth in the reporting currency that month, with "
                              "up to 8 decimals. Months without their own rate use the latest earlier one."),
                           m_refusal, buttons);

    const auto recheck = [this] { check(false); };
    connect(m_rate, &QLineEdit::textEdited, this, recheck);
    connect(m_currency, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_month, &QDateEdit::dateChanged, this, recheck);
    check(editing);
}

FxRate ExchangeRateDialog::rate() const
{
    FxRate r;
    const QDate day = m_month->date();
    r.month = QDate(day.year(), day.month(), 1);
    r.currency = m_currency->currentData().toString();
    r.rate = FxRate::parseRate(m_rate->text()).valueOr(0);
    return r;
}

bool ExchangeRateDialog::check(bool all)
{
    m_showAll = m_showAll || all;
    m_refusal->hide();
    const FxRate r = rate();
    QString currencyError;
    QString rateError;
    if (r.currency.isEmpty())
        currencyError = tr("Choose the currency the rate converts.");
    const QString typed = m_rate->text().trimmed();
    if (typed.isEmpty()) {
        rateError = tr("Enter what one %1 is worth in the reporting currency, e.g. 0.087312.").arg(r.currency);
    } else if (const auto parsed = FxRate::parseRate(typed); !parsed) {
        rateError = parsed.error().message;
    }
    m_meaning->setText(rateError.isEmpty() && currencyError.isEmpty() ? meaning(r, m_reporting) : QString());
    settingsdialog::showIssue(m_currencyIssue, currencyError, true);
    settingsdialog::showIssue(m_rateIssue, rateError, m_showAll || m_rate->isModified());
    return currencyError.isEmpty() && rateError.isEmpty();
}

QString ExchangeRateDialog::meaning(const FxRate& rate, const QString& reportingCurrency)
{
    const QString target = reportingCurrency.isEmpty() ? tr("(reporting currency)") : reportingCurrency;
    return QStringLiteral("1 %1 = %2 %3").arg(rate.currency, FxRate::rateText(rate.rate), target);
}

void ExchangeRateDialog::accept()
{
    if (!check(true))
        return;
    const FxRate r = rate();
    if (const Status saved = m_service.setFxRates({r}); !saved) {
        m_refusal->setText(tr("Not saved: %1").arg(saved.error().message));
        m_refusal->show();
        return;
    }
    m_saved = r;
    QDialog::accept();
}

} // namespace subdesk::ui
