#include "CouponDialog.h"

#include "MoneyEdit.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"
#include "widgets/Plural.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::Coupon;
using catalog::CouponDuration;
using catalog::CouponKind;

namespace {

QWidget* fieldCell(QWidget* shown, QWidget* field, FieldIssueLabel** issue, QWidget* parent)
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

QWidget* row(QWidget* parent, const QList<QWidget*>& widgets)
{
    auto* holder = new QWidget(parent);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    layout->addStretch(1);
    return holder;
}

} // namespace

CouponDialog::CouponDialog(catalog::CatalogService& catalog, const std::optional<Coupon>& existing, const QDate& today,
                           QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_coupon(existing.value_or(Coupon()))
    , m_isNew(!existing.has_value())
    , m_messageBar(new MessageBar(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_redemptions(new QLabel(this))
{
    setObjectName(QStringLiteral("couponDialog"));
    setWindowTitle(existing ? tr("Edit coupon — %1").arg(existing->code) : tr("New coupon"));
    setModal(true);

    m_code->setObjectName(QStringLiteral("couponCodeEdit"));
    m_code->setPlaceholderText(tr("e.g. SPRING25; what customers type"));
    m_name->setObjectName(QStringLiteral("couponNameEdit"));
    m_name->setPlaceholderText(tr("As invoices show it, e.g. Spring sale 2026"));
    m_redemptions->setObjectName(QStringLiteral("couponRedemptionsLabel"));

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->addRow(tr("&Code"), fieldCell(m_code, m_code, &m_codeIssue, this));
    form->addRow(tr("&Name"), fieldCell(m_name, m_name, &m_nameIssue, this));
    form->addRow(tr("&Discount"), buildDiscount());
    form->addRow(tr("&Lasts"), buildDuration());
    m_plans = new QListWidget(this);
    auto* plansCell = new QWidget(this);
    plansCell->setFocusProxy(m_plans);
    auto* plansBox = new QVBoxLayout(plansCell);
    plansBox->setContentsMargins(0, 0, 0, 0);
    plansBox->setSpacing(3);
    plansBox->addWidget(m_plans, 1);
    auto* plansHint = new QLabel(tr("None checked: the coupon applies to every plan."), plansCell);
    plansHint->setForegroundRole(QPalette::PlaceholderText);
    plansBox->addWidget(plansHint);
    form->addRow(tr("&Plans"), plansCell);
    form->addRow(tr("Limits"), buildLimits());
    form->addRow(tr("Redeemed"), m_redemptions);

    m_plans->setObjectName(QStringLiteral("couponPlansList"));
    m_plans->setToolTip(tr("Check the plans the coupon is limited to; none checked: every plan"));
    m_plans->setMinimumHeight(m_plans->fontMetrics().height() * 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("couponSaveButton"));
    m_save->setText(existing ? tr("Save") : tr("Add coupon"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    load(m_coupon, today);
    m_showAll = existing.has_value();
    connect(m_code, &QLineEdit::textEdited, this, &CouponDialog::check);
    connect(m_name, &QLineEdit::textEdited, this, &CouponDialog::check);
    connect(m_amount, &QLineEdit::textEdited, this, &CouponDialog::check);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_amount->setCurrency(*Currency::fromCode(m_currency->currentText()));
        check();
    });
    for (QComboBox* combo : {m_kind, m_duration})
        connect(combo, &QComboBox::currentIndexChanged, this, &CouponDialog::updateVisibility);
    for (QCheckBox* box : {m_limited, m_expires})
        connect(box, &QCheckBox::toggled, this, &CouponDialog::updateVisibility);
    connect(buttons, &QDialogButtonBox::accepted, this, &CouponDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CouponDialog::reject);
    updateVisibility();
    resize(600, 600);
}

QWidget* CouponDialog::buildDiscount()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("couponKindCombo"));
    for (CouponKind kind : catalog::allCouponKinds())
        m_kind->addItem(catalog::couponKindName(kind), static_cast<int>(kind));
    m_percent = new QDoubleSpinBox(this);
    m_percent->setObjectName(QStringLiteral("couponPercentSpin"));
    m_percent->setRange(0.01, 100.0);
    m_percent->setDecimals(2);
    m_percent->setSuffix(tr(" %"));
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("couponAmountEdit"));
    m_amount->setMinimumWidth(120);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("couponCurrencyCombo"));
    m_currency->addItems(Currency::allCodes());
    m_currency->setMaxVisibleItems(16);
    m_amountRow = row(this, {m_amount, m_currency});
    auto* shown = row(this, {m_kind, m_percent, m_amountRow});
    shown->layout()->setContentsMargins(0, 0, 0, 0);
    QWidget* cell = fieldCell(shown, m_amount, &m_amountIssue, this);
    cell->setFocusProxy(m_kind);
    return cell;
}

QWidget* CouponDialog::buildDuration()
{
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("couponDurationCombo"));
    for (CouponDuration duration : catalog::allCouponDurations())
        m_duration->addItem(catalog::couponDurationName(duration), static_cast<int>(duration));
    m_periods = new QSpinBox(this);
    m_periods->setObjectName(QStringLiteral("couponPeriodsSpin"));
    m_periods->setRange(1, 120);
    m_periods->setPrefix(tr("for "));
    m_periods->setSuffix(tr(" billing periods"));
    QWidget* lasts = row(this, {m_duration, m_periods});
    lasts->setFocusProxy(m_duration);
    return lasts;
}

QWidget* CouponDialog::buildLimits()
{
    m_limited = new QCheckBox(tr("At most"), this);
    m_limited->setObjectName(QStringLiteral("couponLimitCheck"));
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("couponLimitSpin"));
    m_limit->setRange(1, 1000000);
    m_limit->setGroupSeparatorShown(true);
    m_limit->setSuffix(tr(" redemptions"));
    m_expires = new QCheckBox(tr("Expires on"), this);
    m_expires->setObjectName(QStringLiteral("couponExpiresCheck"));
    m_expiresOn = new QDateEdit(this);
    m_expiresOn->setObjectName(QStringLiteral("couponExpiresOnEdit"));
    m_expiresOn->setCalendarPopup(true);
    m_expiresOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_expiresOn->setToolTip(tr("Redemptions on or after this day are refused"));

    auto* limits = new QWidget(this);
    auto* box = new QVBoxLayout(limits);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    box->addWidget(row(limits, {m_limited, m_limit}));
    box->addWidget(row(limits, {m_expires, m_expiresOn}));
    return limits;
}

void CouponDialog::load(const Coupon& coupon, const QDate& today)
{
    m_code->setText(coupon.code);
    m_code->setReadOnly(!m_isNew);
    if (!m_isNew)
        m_code->setToolTip(tr("The code stays as it is: subscriptions refer to it"));
    m_name->setText(coupon.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(coupon.kind))));
    m_percent->setValue(
        coupon.kind == CouponKind::Percent && coupon.percentBasisPoints > 0 ? coupon.percentBasisPoints / 100.0 : 10.0);
    const Currency currency = coupon.amountOff.currency().isValid() ? coupon.amountOff.currency()
                                                                    : pricetext::suggestedCurrency(m_catalog.catalog());
    m_currency->setCurrentText(currency.code());
    m_amount->setCurrency(currency);
    if (coupon.kind == CouponKind::FixedAmount)
        m_amount->setAmount(coupon.amountOff);
    m_duration->setCurrentIndex(std::max(0, m_duration->findData(static_cast<int>(coupon.duration))));
    m_periods->setValue(std::max(1, coupon.durationPeriods));

    const catalog::Catalog& catalog = m_catalog.catalog();
    for (const catalog::Plan& plan : catalog.plans) {
        const bool checked = coupon.planCodes.contains(plan.code);
        if (plan.archived && !checked)
            continue;
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(plan.code, plan.name), m_plans);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, plan.code);
    }
    m_limited->setChecked(coupon.redemptionLimit.has_value());
    m_limit->setValue(coupon.redemptionLimit.value_or(100));
    m_expires->setChecked(coupon.expiresOn.has_value());
    m_expiresOn->setDate(coupon.expiresOn.value_or(today.addMonths(3)));

    if (m_isNew) {
        m_redemptions->setText(tr("Not yet"));
    } else {
        auto count = m_catalog.couponRedemptions(coupon.code);
        m_redemptions->setText(!count            ? count.error().message
                                   : *count == 0 ? tr("Not yet")
                                                 : pluralized(tr("%Ln time(s)", nullptr, *count), *count));
    }
}

void CouponDialog::updateVisibility()
{
    const bool percent = static_cast<CouponKind>(m_kind->currentData().toInt()) == CouponKind::Percent;
    m_percent->setVisible(percent);
    m_amountRow->setVisible(!percent);
    m_periods->setVisible(static_cast<CouponDuration>(m_duration->currentData().toInt()) == CouponDuration::Repeating);
    m_limit->setEnabled(m_limited->isChecked());
    m_expiresOn->setEnabled(m_expires->isChecked());
    check();
}

Coupon CouponDialog::coupon() const
{
    Coupon coupon = m_coupon;
    coupon.code = Coupon::normalizedCode(m_code->text());
    coupon.name = m_name->text().trimmed();
    coupon.kind = static_cast<CouponKind>(m_kind->currentData().toInt());
    coupon.percentBasisPoints = qRound(m_percent->value() * 100.0);
    if (auto amount = m_amount->amount())
        coupon.amountOff = *amount;
    coupon.duration = static_cast<CouponDuration>(m_duration->currentData().toInt());
    coupon.durationPeriods = coupon.duration == CouponDuration::Repeating ? m_periods->value() : 0;
    coupon.planCodes.clear();
    for (int i = 0; i < m_plans->count(); ++i) {
        if (m_plans->item(i)->checkState() == Qt::Checked)
            coupon.planCodes.insert(m_plans->item(i)->data(Qt::UserRole).toString());
    }
    coupon.redemptionLimit = m_limited->isChecked() ? std::optional<int>(m_limit->value()) : std::nullopt;
    coupon.expiresOn = m_expires->isChecked() ? std::optional<QDate>(m_expiresOn->date()) : std::nullopt;
    return coupon;
}

QString CouponDialog::codeProblem() const
{
    Coupon probe = Coupon::percentOff(Coupon::normalizedCode(m_code->text()), QStringLiteral("-"), 100);
    if (Status s = probe.validate(); !s)
        return s.error().message;
    const Coupon* other = m_catalog.catalog().couponByCode(probe.code);
    if (m_isNew && other)
        return tr("The code %1 is already used by the coupon %2.").arg(probe.code, other->name);
    return {};
}

QString CouponDialog::amountProblem() const
{
    if (static_cast<CouponKind>(m_kind->currentData().toInt()) != CouponKind::FixedAmount)
        return {};
    auto amount = m_amount->amount(tr("Amount off"));
    if (!amount)
        return amount.error().message;
    Coupon probe = Coupon::fixedAmountOff(QStringLiteral("PROBE"), QStringLiteral("-"), *amount);
    if (Status s = probe.validate(); !s)
        return s.error().message;
    return {};
}

bool CouponDialog::check()
{
    const QString code = codeProblem();
    const QString name = m_name->text().trimmed().isEmpty() ? tr("Enter the name invoices show.") : QString();
    const QString amount = amountProblem();
    const auto shown = [this](const QWidget* field, const QString& problem) {
        const auto* edit = qobject_cast<const QLineEdit*>(field);
        return (m_showAll || (edit && !edit->text().isEmpty())) && !problem.isEmpty() ? QStringList(problem)
                                                                                      : QStringList();
    };
    m_codeIssue->setIssues(shown(m_code, code), {});
    m_nameIssue->setIssues(shown(m_name, name), {});
    m_amountIssue->setIssues(shown(m_amount, amount), {});
    const bool ok = code.isEmpty() && name.isEmpty() && amount.isEmpty();
    m_save->setEnabled(ok);
    return ok;
}

void CouponDialog::accept()
{
    m_showAll = true;
    if (!check())
        return;
    auto saved = m_catalog.saveCoupon(coupon());
    if (!saved) {
        m_messageBar->showMessage(saved.error().message, MessageBar::Kind::Error);
        return;
    }
    m_coupon = *saved;
    QDialog::accept();
}

} // namespace subdesk::ui
