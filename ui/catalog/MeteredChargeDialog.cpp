#include "MeteredChargeDialog.h"

#include "PriceListEditor.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::MeteredCharge;
using catalog::UsageAggregation;

namespace {

QString aggregationHint(UsageAggregation aggregation)
{
    switch (aggregation) {
    case UsageAggregation::Sum:
        return QCoreApplication::translate("MeteredChargeDialog",
                                           "All usage in the period added up: API calls, messages sent.");
    case UsageAggregation::Max:
        return QCoreApplication::translate("MeteredChargeDialog",
                                           "The highest value in the period: peak storage, peak seats.");
    case UsageAggregation::Last:
        return QCoreApplication::translate("MeteredChargeDialog",
                                           "The latest value in the period: a meter read at the period's end.");
    }
    return {};
}

QWidget* fieldCell(QWidget* field, FieldIssueLabel** issue, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    cell->setFocusProxy(field); // the caption's mnemonic reaches the field
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(3);
    box->addWidget(field);
    *issue = new FieldIssueLabel(field, cell);
    (*issue)->setObjectName(field->objectName() + QStringLiteral("Issue"));
    box->addWidget(*issue);
    return cell;
}

} // namespace

MeteredChargeDialog::MeteredChargeDialog(catalog::CatalogService* catalog,
                                         subscriptions::SubscriptionService* subscriptions, const MeteredCharge& charge,
                                         const QList<catalog::Price>& newPrices, const QStringList& takenMetrics,
                                         const QDate& today, const Currency& defaultCurrency, QWidget* parent)
    : QDialog(parent)
    , m_base(charge)
    , m_takenMetrics(takenMetrics)
    , m_messageBar(new MessageBar(this))
    , m_metric(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_aggregation(new QComboBox(this))
    , m_aggregationHint(new QLabel(this))
    , m_prices(new PriceListEditor(PriceEditor::Usage::Metered, today, this))
{
    setObjectName(QStringLiteral("meteredChargeDialog"));
    const bool isNew = !charge.id.isValid() && charge.metricCode.isEmpty();
    setWindowTitle(isNew ? tr("New metered charge") : tr("Metered charge — %1").arg(charge.name));
    setModal(true);

    m_metric->setObjectName(QStringLiteral("meteredMetricEdit"));
    m_metric->setPlaceholderText(tr("e.g. api_calls, storage_gb"));
    m_metric->setToolTip(tr("The code usage records carry; lower-case letters, digits, \"_\" and \".\""));
    m_metric->setText(charge.metricCode);
    m_name->setObjectName(QStringLiteral("meteredNameEdit"));
    m_name->setPlaceholderText(tr("As it appears on invoices, e.g. API calls"));
    m_name->setText(charge.name);
    m_aggregation->setObjectName(QStringLiteral("meteredAggregationCombo"));
    for (UsageAggregation a : {UsageAggregation::Sum, UsageAggregation::Max, UsageAggregation::Last})
        m_aggregation->addItem(catalog::usageAggregationName(a), static_cast<int>(a));
    m_aggregation->setCurrentIndex(std::max(0, m_aggregation->findData(static_cast<int>(charge.aggregation))));
    m_aggregationHint->setWordWrap(true);
    m_aggregationHint->setForegroundRole(QPalette::PlaceholderText);

    m_prices->setServices(catalog, subscriptions);
    m_prices->setDefaultCurrency(defaultCurrency);
    m_prices->setOwner(catalog::PriceOwner::MeteredCharge, charge.id.value);
    m_prices->setNewPrices(newPrices);
    m_pricesIssue = new FieldIssueLabel(nullptr, this);
    m_pricesIssue->setObjectName(QStringLiteral("meteredPricesIssue"));

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Metric"), fieldCell(m_metric, &m_metricIssue, this));
    form->addRow(tr("&Name"), fieldCell(m_name, &m_nameIssue, this));
    auto* aggregationCell = new QWidget(this);
    auto* aggregationBox = new QVBoxLayout(aggregationCell);
    aggregationBox->setContentsMargins(0, 0, 0, 0);
    aggregationBox->setSpacing(3);
    aggregationBox->addWidget(m_aggregation);
    aggregationBox->addWidget(m_aggregationHint);
    aggregationCell->setFocusProxy(m_aggregation);
    form->addRow(tr("&Usage in a period"), aggregationCell);
    auto* pricesCell = new QWidget(this);
    auto* pricesBox = new QVBoxLayout(pricesCell);
    pricesBox->setContentsMargins(0, 0, 0, 0);
    pricesBox->setSpacing(3);
    pricesBox->addWidget(m_prices, 1);
    pricesBox->addWidget(m_pricesIssue);
    form->addRow(tr("Prices"), pricesCell);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("meteredOkButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    const auto changed = [this] { check(); };
    connect(m_metric, &QLineEdit::textEdited, this, changed);
    connect(m_name, &QLineEdit::textEdited, this, changed);
    connect(m_aggregation, &QComboBox::currentIndexChanged, this,
            [this] { m_aggregationHint->setText(aggregationHint(this->charge().aggregation)); });
    connect(m_prices, &PriceListEditor::changed, this, changed);
    connect(m_prices, &PriceListEditor::messageRequested, m_messageBar,
            [this](const QString& text, MessageBar::Kind kind) { m_messageBar->showMessage(text, kind); });
    connect(buttons, &QDialogButtonBox::accepted, this, &MeteredChargeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeteredChargeDialog::reject);
    m_aggregationHint->setText(aggregationHint(charge.aggregation));
    m_showAll = !isNew;
    check();
    resize(720, 520);
}

MeteredCharge MeteredChargeDialog::charge() const
{
    MeteredCharge charge = m_base;
    charge.metricCode = MeteredCharge::normalizedMetric(m_metric->text());
    charge.name = m_name->text().trimmed();
    charge.aggregation = static_cast<UsageAggregation>(m_aggregation->currentData().toInt());
    return charge;
}

QList<catalog::Price> MeteredChargeDialog::newPrices() const
{
    return m_prices->newPrices();
}

bool MeteredChargeDialog::check()
{
    const MeteredCharge candidate = charge();
    QString metric;
    MeteredCharge metricOnly = candidate;
    metricOnly.name = QStringLiteral("-");
    if (Status s = metricOnly.validate(); !s)
        metric = s.error().message;
    else if (m_takenMetrics.contains(candidate.metricCode))
        metric = tr("The plan already has a charge for %1.").arg(candidate.metricCode);
    const QString name = candidate.name.isEmpty() ? tr("Enter the name invoices show.") : QString();
    const QString prices =
        m_prices->activeCount() == 0 ? tr("Add a price: usage is charged at it, per currency.") : QString();
    const bool showMetric = m_showAll || !m_metric->text().isEmpty();
    const bool showName = m_showAll || !m_name->text().isEmpty();
    m_metricIssue->setIssues(showMetric && !metric.isEmpty() ? QStringList(metric) : QStringList(), {});
    m_nameIssue->setIssues(showName && !name.isEmpty() ? QStringList(name) : QStringList(), {});
    const bool showPrices = m_showAll || (!candidate.metricCode.isEmpty() && !candidate.name.isEmpty());
    m_pricesIssue->setIssues(showPrices && !prices.isEmpty() ? QStringList(prices) : QStringList(), {});
    const bool ok = metric.isEmpty() && name.isEmpty() && prices.isEmpty();
    m_ok->setEnabled(ok);
    return ok;
}

void MeteredChargeDialog::accept()
{
    m_showAll = true;
    if (!check())
        return;
    QDialog::accept();
}

} // namespace subdesk::ui
