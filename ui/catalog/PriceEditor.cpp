#include "PriceEditor.h"

#include "MoneyEdit.h"
#include "PricePreview.h"
#include "TierEditor.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/Plural.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace subdesk::ui {

using billing::BillingInterval;
using billing::IntervalUnit;
using catalog::PricingKind;
using catalog::PricingModel;

namespace {

const QList<IntervalUnit> kUnits = {IntervalUnit::Day, IntervalUnit::Week, IntervalUnit::Month, IntervalUnit::Year};

QString unitText(IntervalUnit unit, int count)
{
    switch (unit) {
    case IntervalUnit::Day:
        return pluralized(QCoreApplication::translate("PriceEditor", "day(s)", nullptr, count), count);
    case IntervalUnit::Week:
        return pluralized(QCoreApplication::translate("PriceEditor", "week(s)", nullptr, count), count);
    case IntervalUnit::Month:
        return pluralized(QCoreApplication::translate("PriceEditor", "month(s)", nullptr, count), count);
    case IntervalUnit::Year:
        return pluralized(QCoreApplication::translate("PriceEditor", "year(s)", nullptr, count), count);
    }
    return {};
}

QString kindHint(PricingKind kind)
{
    switch (kind) {
    case PricingKind::Flat:
        return QCoreApplication::translate("PriceEditor", "One amount per period, whatever the quantity.");
    case PricingKind::PerUnit:
        return QCoreApplication::translate("PriceEditor", "The unit price times the quantity, e.g. per seat.");
    case PricingKind::Graduated:
        return QCoreApplication::translate("PriceEditor",
                                           "Each unit costs the price of the tier it falls in, plus the flat fee of "
                                           "every tier reached.");
    case PricingKind::Volume:
        return QCoreApplication::translate("PriceEditor",
                                           "All units cost the price of the tier the quantity falls in, plus that "
                                           "tier's flat fee.");
    case PricingKind::Package:
        return QCoreApplication::translate("PriceEditor",
                                           "Units are sold in packages; a started package counts as a whole one.");
    }
    return {};
}

/** shown (the field or a holder around it) with the issue line of field under it. */
QWidget* withIssue(QWidget* shown, QWidget* field, FieldIssueLabel** issue, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    cell->setFocusProxy(field); // the caption's mnemonic reaches the field
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(3);
    box->addWidget(shown);
    *issue = new FieldIssueLabel(field, cell);
    (*issue)->setObjectName(field->objectName() + QStringLiteral("Issue"));
    box->addWidget(*issue);
    return cell;
}

/** A short field at the start of its row. */
QWidget* leading(QWidget* field, QWidget* parent, int width = 160)
{
    auto* holder = new QWidget(parent);
    holder->setFocusProxy(field);
    auto* row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 0, 0);
    field->setMinimumWidth(width);
    row->addWidget(field);
    row->addStretch(1);
    return holder;
}

} // namespace

PriceEditor::PriceEditor(Usage usage, QWidget* parent)
    : QWidget(parent)
    , m_usage(usage)
    , m_form(new QFormLayout)
    , m_currency(new QComboBox(this))
    , m_intervalCount(new QSpinBox(this))
    , m_intervalUnit(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_kindHint(new QLabel(this))
    , m_amount(new MoneyEdit(this))
    , m_packageSize(new QSpinBox(this))
    , m_freeUnits(new QSpinBox(this))
    , m_tiers(new TierEditor(this))
    , m_setupFee(new MoneyEdit(this))
    , m_preview(new PricePreview(this))
{
    setObjectName(QStringLiteral("priceEditor"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(10);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_currency->setObjectName(QStringLiteral("priceCurrencyCombo"));
    m_currency->addItems(Currency::allCodes());
    m_currency->setMaxVisibleItems(16);
    m_currency->setCurrentText(QStringLiteral("EUR"));
    addRow(m_form, tr("&Currency"), leading(m_currency, this, 100));

    m_intervalCount->setObjectName(QStringLiteral("priceIntervalCountSpin"));
    m_intervalCount->setRange(BillingInterval::minCount, BillingInterval::maxCount);
    m_intervalUnit->setObjectName(QStringLiteral("priceIntervalUnitCombo"));
    for (IntervalUnit unit : kUnits)
        m_intervalUnit->addItem(unitText(unit, 1), static_cast<int>(unit));
    m_intervalUnit->setCurrentIndex(kUnits.indexOf(IntervalUnit::Month));
    m_intervalBox = new QWidget(this);
    auto* intervalRow = new QHBoxLayout(m_intervalBox);
    intervalRow->setContentsMargins(0, 0, 0, 0);
    intervalRow->addWidget(new QLabel(tr("every"), m_intervalBox));
    intervalRow->addWidget(m_intervalCount);
    intervalRow->addWidget(m_intervalUnit);
    intervalRow->addStretch(1);
    m_intervalBox->setFocusProxy(m_intervalCount);
    addRow(m_form, tr("Billed"), m_intervalBox, &m_intervalCaption);

    m_kind->setObjectName(QStringLiteral("pricingKindCombo"));
    for (PricingKind kind : catalog::allPricingKinds())
        m_kind->addItem(catalog::pricingKindName(kind), static_cast<int>(kind));
    m_kindHint->setObjectName(QStringLiteral("pricingKindHint"));
    m_kindHint->setWordWrap(true);
    m_kindHint->setForegroundRole(QPalette::PlaceholderText);
    auto* kindCell = new QWidget(this);
    auto* kindBox = new QVBoxLayout(kindCell);
    kindBox->setContentsMargins(0, 0, 0, 0);
    kindBox->setSpacing(3);
    kindBox->addWidget(leading(m_kind, kindCell));
    kindBox->addWidget(m_kindHint);
    kindCell->setFocusProxy(m_kind);
    addRow(m_form, tr("Pricing &model"), kindCell);

    m_amount->setObjectName(QStringLiteral("priceAmountEdit"));
    m_amountCell = withIssue(leading(m_amount, this), m_amount, &m_amountIssue, this);
    addRow(m_form, tr("Price"), m_amountCell, &m_amountCaption);

    m_packageSize->setObjectName(QStringLiteral("packageSizeSpin"));
    m_packageSize->setRange(1, 999999999);
    m_packageSize->setGroupSeparatorShown(true);
    m_freeUnits->setObjectName(QStringLiteral("freeUnitsSpin"));
    m_freeUnits->setRange(0, 999999999);
    m_freeUnits->setGroupSeparatorShown(true);
    m_packageCell = new QWidget(this);
    auto* packageRow = new QHBoxLayout(m_packageCell);
    packageRow->setContentsMargins(0, 0, 0, 0);
    packageRow->addWidget(m_packageSize);
    packageRow->addSpacing(12);
    auto* freeCaption = new QLabel(tr("&Free units"), m_packageCell);
    freeCaption->setBuddy(m_freeUnits);
    packageRow->addWidget(freeCaption);
    packageRow->addWidget(m_freeUnits);
    packageRow->addStretch(1);
    m_packageCell->setFocusProxy(m_packageSize);
    addRow(m_form, tr("Units per package"), m_packageCell, &m_packageCaption);

    m_tiersCell = withIssue(m_tiers, m_tiers, &m_tiersIssue, this);
    addRow(m_form, tr("Tiers"), m_tiersCell, &m_tiersCaption);

    m_setupFee->setObjectName(QStringLiteral("setupFeeEdit"));
    m_setupFee->setEmptyMeansZero(true);
    m_setupFee->setToolTip(tr("Charged once when a subscription starts; empty for none"));
    m_setupCell = withIssue(leading(m_setupFee, this), m_setupFee, &m_setupIssue, this);
    addRow(m_form, tr("Setup fee"), m_setupCell, &m_setupCaption);

    auto* previewBox = new QGroupBox(tr("Preview"), this);
    previewBox->setObjectName(QStringLiteral("pricePreviewGroup"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(m_form);
    layout->addWidget(previewBox);
    layout->addStretch(1);

    const Currency initial = currency();
    m_amount->setCurrency(initial);
    m_setupFee->setCurrency(initial);
    m_tiers->setCurrency(initial);
    m_tiers->setTiers({});

    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        const Currency c = currency();
        m_amount->setCurrency(c);
        m_setupFee->setCurrency(c);
        m_tiers->setCurrency(c);
        revalidate();
    });
    connect(m_intervalCount, &QSpinBox::valueChanged, this, [this](int count) {
        for (int i = 0; i < m_intervalUnit->count(); ++i)
            m_intervalUnit->setItemText(i, unitText(kUnits.at(i), count));
        revalidate();
    });
    connect(m_intervalUnit, &QComboBox::currentIndexChanged, this, &PriceEditor::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PriceEditor::kindChanged);
    connect(m_amount, &QLineEdit::textChanged, this, &PriceEditor::revalidate);
    connect(m_setupFee, &QLineEdit::textChanged, this, &PriceEditor::revalidate);
    // What the clerk typed is checked at once; an untouched new price stays quiet.
    connect(m_amount, &QLineEdit::textEdited, this, &PriceEditor::showProblems);
    connect(m_setupFee, &QLineEdit::textEdited, this, &PriceEditor::showProblems);
    connect(m_tiers, &TierEditor::edited, this, &PriceEditor::showProblems);
    connect(m_packageSize, &QSpinBox::valueChanged, this, &PriceEditor::revalidate);
    connect(m_freeUnits, &QSpinBox::valueChanged, this, &PriceEditor::revalidate);

    kindChanged();
}

void PriceEditor::addRow(QFormLayout* form, const QString& label, QWidget* field, QLabel** caption)
{
    auto* text = new QLabel(label, this);
    text->setBuddy(field);
    form->addRow(text, field);
    if (caption)
        *caption = text;
}

void PriceEditor::setUsage(Usage usage)
{
    m_usage = usage;
    updateVisibility();
    revalidate();
}

void PriceEditor::setCurrencyAndIntervalFixed(bool fixed)
{
    m_currency->setEnabled(!fixed);
    m_intervalCount->setEnabled(!fixed);
    m_intervalUnit->setEnabled(!fixed);
}

void PriceEditor::setCurrency(const Currency& currency)
{
    m_currency->setCurrentText(currency.code());
}

void PriceEditor::setInterval(const BillingInterval& interval)
{
    m_intervalCount->setValue(interval.count);
    m_intervalUnit->setCurrentIndex(std::max(0, int(kUnits.indexOf(interval.unit))));
}

void PriceEditor::setModel(const PricingModel& model)
{
    m_loading = true;
    setCurrency(model.currency());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(model.kind()))));
    if (model.isTiered()) {
        m_tiers->setTiers(model.tiers());
        m_amount->clear();
    } else {
        m_amount->setAmount(model.price());
        m_tiers->setTiers({});
    }
    m_packageSize->setValue(int(std::clamp<qint64>(model.packageSize(), 1, m_packageSize->maximum())));
    m_freeUnits->setValue(int(std::clamp<qint64>(model.freeUnits(), 0, m_freeUnits->maximum())));
    m_loading = false;
    kindChanged();
}

void PriceEditor::setSetupFee(const Money& fee)
{
    m_setupFee->setAmount(fee);
}

Currency PriceEditor::currency() const
{
    return Currency::fromCode(m_currency->currentText()).value_or(Currency());
}

std::optional<BillingInterval> PriceEditor::interval() const
{
    if (m_usage == Usage::OneTimeAddOn || m_usage == Usage::Metered)
        return std::nullopt;
    BillingInterval interval;
    interval.count = m_intervalCount->value();
    interval.unit = static_cast<IntervalUnit>(m_intervalUnit->currentData().toInt());
    return interval;
}

QString PriceEditor::amountName() const
{
    switch (kind()) {
    case PricingKind::PerUnit:
        return tr("Unit price");
    case PricingKind::Package:
        return tr("Package price");
    default:
        return tr("Price");
    }
}

PricingKind PriceEditor::kind() const
{
    return static_cast<PricingKind>(m_kind->currentData().toInt());
}

Result<PricingModel> PriceEditor::model() const
{
    const Currency c = currency();
    PricingModel model;
    switch (kind()) {
    case PricingKind::Flat:
    case PricingKind::PerUnit:
    case PricingKind::Package: {
        const auto amount = m_amount->amount(amountName());
        if (!amount)
            return amount.error();
        if (kind() == PricingKind::Flat)
            model = PricingModel::flat(*amount);
        else if (kind() == PricingKind::PerUnit)
            model = PricingModel::perUnit(*amount);
        else
            model = PricingModel::package(*amount, m_packageSize->value(), m_freeUnits->value());
        break;
    }
    case PricingKind::Graduated:
    case PricingKind::Volume: {
        auto tiers = m_tiers->tiers();
        if (!tiers)
            return tiers.error();
        model = kind() == PricingKind::Graduated ? PricingModel::graduated(c, *tiers) : PricingModel::volume(c, *tiers);
        break;
    }
    }
    if (Status s = model.validate(); !s)
        return s.error();
    return model;
}

Result<Money> PriceEditor::setupFee() const
{
    if (m_usage != Usage::Plan)
        return Money::zero(currency());
    const auto fee = m_setupFee->amount(tr("Setup fee"));
    if (!fee)
        return fee.error();
    if (fee->isNegative())
        return Error(ErrorCode::Invalid, tr("A setup fee cannot be negative."));
    return fee;
}

void PriceEditor::kindChanged()
{
    if (m_loading)
        return;
    const PricingKind k = kind();
    m_kindHint->setText(kindHint(k));
    m_amountCaption->setText(amountName());
    const bool tiered = k == PricingKind::Graduated || k == PricingKind::Volume;
    // A first tier at the amount typed so far: switching from per unit to graduated keeps it.
    if (tiered && m_tiers->tierCount() == 1 && !m_tiers->tiers() && m_amount->amount())
        m_tiers->setTiers({catalog::PriceTier {std::nullopt, m_amount->amount()->minorUnits(), 0}});
    updateVisibility();
    revalidate();
}

void PriceEditor::updateVisibility()
{
    const PricingKind k = kind();
    const bool tiered = k == PricingKind::Graduated || k == PricingKind::Volume;
    m_form->setRowVisible(m_intervalBox, m_usage == Usage::Plan || m_usage == Usage::RecurringAddOn);
    m_form->setRowVisible(m_amountCell, !tiered);
    m_form->setRowVisible(m_packageCell, k == PricingKind::Package);
    m_form->setRowVisible(m_tiersCell, tiered);
    m_form->setRowVisible(m_setupCell, m_usage == Usage::Plan);
}

void PriceEditor::revalidate()
{
    if (m_loading)
        return;
    const bool tiered = kind() == PricingKind::Graduated || kind() == PricingKind::Volume;
    const auto built = model();
    const auto fee = setupFee();
    // A new price shows no red before the clerk typed anything; the preview says it is incomplete.
    const QStringList modelProblem = built || !m_showProblems ? QStringList() : QStringList(built.error().message);
    m_amountIssue->setIssues(tiered ? QStringList() : modelProblem, {});
    m_tiersIssue->setIssues(tiered ? modelProblem : QStringList(), {});
    m_setupIssue->setIssues(fee || !m_showProblems ? QStringList() : QStringList(fee.error().message), {});

    m_valid = built.ok() && fee.ok() && currency().isValid();
    m_firstProblem = !built ? built.error().message : !fee ? fee.error().message : QString();
    m_preview->setModel(built ? std::optional<PricingModel>(*built) : std::nullopt);
    Q_EMIT changed();
}

void PriceEditor::showProblems()
{
    m_showProblems = true;
    revalidate();
}

} // namespace subdesk::ui
