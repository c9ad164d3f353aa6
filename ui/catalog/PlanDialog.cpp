#include "PlanDialog.h"

#include "FeatureListEditor.h"
#include "MeteredChargeList.h"
#include "PriceListEditor.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "catalog/CodeRules.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::Plan;
using catalog::TermEndAction;

namespace {

QFormLayout* newForm(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setContentsMargins(16, 16, 16, 16);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeading | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
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

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PlanDialog::PlanDialog(catalog::CatalogService& catalog, subscriptions::SubscriptionService* subscriptions,
                       const std::optional<Plan>& existing, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_subscriptions(subscriptions)
    , m_today(today)
    , m_plan(existing.value_or(Plan()))
    , m_messageBar(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(existing ? tr("Edit plan — %1").arg(existing->name) : tr("New plan"));
    setModal(true);

    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_features = new FeatureListEditor(this);
    auto* featuresPage = new QWidget(this);
    auto* featuresLayout = new QVBoxLayout(featuresPage);
    featuresLayout->setContentsMargins(16, 16, 16, 16);
    featuresLayout->addWidget(note(tr("What the plan includes, one feature per line, in the order customers read "
                                      "them."),
                                   featuresPage));
    featuresLayout->addWidget(m_features, 1);
    m_tabs->addTab(featuresPage, tr("Features"));
    m_tabs->addTab(buildPricesTab(), tr("Prices"));
    m_tabs->addTab(buildMeteredTab(), tr("Metered usage"));
    m_tabs->addTab(buildAddOnsTab(), tr("Add-ons"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("planSaveButton"));
    m_save->setText(existing ? tr("Save") : tr("Add plan"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("planCancelButton"));
    m_summary->setObjectName(QStringLiteral("planDialogSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color:#b3261e"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    load(m_plan);
    m_showAll = existing.has_value();
    connect(m_code, &QLineEdit::textEdited, this, &PlanDialog::check);
    connect(m_name, &QLineEdit::textEdited, this, &PlanDialog::check);
    connect(m_prices, &PriceListEditor::changed, this, &PlanDialog::check);
    connect(m_prices, &PriceListEditor::messageRequested, m_messageBar,
            [this](const QString& text, MessageBar::Kind kind) { m_messageBar->showMessage(text, kind); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    resize(820, 620);
    check();
    m_code->setFocus();
}

QWidget* PlanDialog::buildGeneralTab()
{
    auto* page = new QWidget(this);
    auto* form = newForm(page);

    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("planCodeEdit"));
    m_code->setPlaceholderText(tr("e.g. PRO-M; letters A–Z, digits, \"-\" and \"_\""));
    m_code->setToolTip(tr("A short unique code for files, the command line and subscriptions"));
    form->addRow(tr("&Code"), fieldCell(m_code, &m_codeIssue, page));

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("planNameEdit"));
    m_name->setPlaceholderText(tr("As customers read it on invoices, e.g. Pro"));
    form->addRow(tr("&Name"), fieldCell(m_name, &m_nameIssue, page));

    m_product = new QComboBox(page);
    m_product->setObjectName(QStringLiteral("planProductCombo"));
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->lineEdit()->setPlaceholderText(tr("Choose a product or type a new one"));
    m_product->setToolTip(tr("What the plan sells; a new name creates the product when the plan is saved"));
    form->addRow(tr("&Product"), m_product);

    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("planDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    // Fixed height: an expanding text box would make the form hand its spare height to other rows.
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 2 * m_description->frameWidth()
                                  + 10);
    form->addRow(tr("&Description"), m_description);

    m_trialDays = new QSpinBox(page);
    m_trialDays->setObjectName(QStringLiteral("planTrialDaysSpin"));
    m_trialDays->setRange(0, Plan::kMaxTrialDays);
    m_trialDays->setSpecialValueText(tr("No trial"));
    m_trialDays->setSuffix(tr(" days"));
    m_trialDays->setToolTip(tr("Days new subscriptions run free before the first paid period"));
    auto* trialRow = new QHBoxLayout;
    trialRow->addWidget(m_trialDays);
    trialRow->addStretch(1);
    auto* trialCaption = new QLabel(tr("&Trial"), page);
    trialCaption->setBuddy(m_trialDays);
    form->addRow(trialCaption, trialRow);

    m_evergreen = new QRadioButton(tr("&Evergreen: runs until cancelled"), page);
    m_evergreen->setObjectName(QStringLiteral("planEvergreenRadio"));
    m_fixedTerm = new QRadioButton(tr("&Fixed:"), page);
    m_fixedTerm->setObjectName(QStringLiteral("planFixedTermRadio"));
    auto* group = new QButtonGroup(page);
    group->addButton(m_evergreen);
    group->addButton(m_fixedTerm);
    m_termPeriods = new QSpinBox(page);
    m_termPeriods->setObjectName(QStringLiteral("planTermPeriodsSpin"));
    m_termPeriods->setRange(1, Plan::kMaxTermPeriods);
    m_termPeriods->setSuffix(tr(" billing periods, then"));
    m_termEnd = new QComboBox(page);
    m_termEnd->setObjectName(QStringLiteral("planTermEndCombo"));
    m_termEnd->addItem(tr("renews for the same term"), static_cast<int>(TermEndAction::Renew));
    m_termEnd->addItem(tr("expires"), static_cast<int>(TermEndAction::Expire));
    auto* fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixedTerm);
    fixedRow->addWidget(m_termPeriods);
    fixedRow->addWidget(m_termEnd);
    fixedRow->addStretch(1);
    auto* termBox = new QVBoxLayout;
    termBox->setSpacing(4);
    termBox->addWidget(m_evergreen);
    termBox->addLayout(fixedRow);
    form->addRow(tr("Term"), termBox);
    connect(m_evergreen, &QRadioButton::toggled, this, &PlanDialog::updateTerm);
    return page;
}

QWidget* PlanDialog::buildPricesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(note(tr("One price per currency and billing interval, e.g. 20.00 EUR monthly and 200.00 EUR "
                              "yearly. A price keeps its versions: a new version changes it from a date on."),
                           page));
    m_prices = new PriceListEditor(PriceEditor::Usage::Plan, m_today, page);
    m_prices->setServices(&m_catalog, m_subscriptions);
    m_prices->setDefaultCurrency(defaultCurrency());
    layout->addWidget(m_prices, 1);
    m_pricesNote = new FieldIssueLabel(nullptr, page);
    m_pricesNote->setObjectName(QStringLiteral("planPricesNote"));
    layout->addWidget(m_pricesNote);
    return page;
}

QWidget* PlanDialog::buildMeteredTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(note(tr("Usage-based charges, billed after each period for the usage recorded in it (API "
                              "calls, storage). Saved with the plan."),
                           page));
    m_metered = new MeteredChargeList(m_today, page);
    m_metered->setServices(&m_catalog, m_subscriptions);
    m_metered->setDefaultCurrency(defaultCurrency());
    layout->addWidget(m_metered, 1);
    return page;
}

QWidget* PlanDialog::buildAddOnsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(note(tr("The add-ons a subscription to this plan may carry."), page));
    m_addOns = new QListWidget(page);
    m_addOns->setObjectName(QStringLiteral("planAddOnsList"));
    layout->addWidget(m_addOns, 1);
    return page;
}

Currency PlanDialog::defaultCurrency() const
{
    return pricetext::suggestedCurrency(m_catalog.catalog());
}

void PlanDialog::load(const Plan& plan)
{
    const catalog::Catalog& catalog = m_catalog.catalog();
    m_code->setText(plan.code);
    m_name->setText(plan.name);
    m_product->clear();
    QStringList products;
    for (const catalog::Product& product : catalog.products) {
        if (!product.archived || product.id == plan.productId)
            products.append(product.name);
    }
    products.sort(Qt::CaseInsensitive);
    m_product->addItems(products);
    const catalog::Product* product = catalog.product(plan.productId);
    m_product->setCurrentText(product ? product->name : QString());
    m_description->setPlainText(plan.description);
    m_trialDays->setValue(plan.trialDays);
    m_evergreen->setChecked(plan.term.isEvergreen());
    m_fixedTerm->setChecked(!plan.term.isEvergreen());
    m_termPeriods->setValue(plan.term.isEvergreen() ? 12 : plan.term.periods);
    m_termEnd->setCurrentIndex(std::max(0, m_termEnd->findData(static_cast<int>(plan.term.endAction))));
    updateTerm();
    m_features->setFeatures(plan.features);
    m_prices->setOwner(catalog::PriceOwner::Plan, plan.id.value);
    m_metered->setPlan(plan.id);

    m_addOns->clear();
    for (const catalog::AddOn& addOn : catalog.addOns) {
        const bool allowed = plan.allowedAddOns.contains(addOn.id);
        if (addOn.archived && !allowed)
            continue;
        auto* item = new QListWidgetItem(addOn.archived ? tr("%1 — %2 (archived)").arg(addOn.code, addOn.name)
                                                        : tr("%1 — %2").arg(addOn.code, addOn.name),
                                         m_addOns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(allowed ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, addOn.id.value);
    }
    if (m_addOns->count() == 0) {
        auto* item =
            new QListWidgetItem(tr("No add-ons yet: create them on the Add-ons tab of the Plans page."), m_addOns);
        item->setFlags(Qt::NoItemFlags);
    }
}

void PlanDialog::updateTerm()
{
    m_termPeriods->setEnabled(m_fixedTerm->isChecked());
    m_termEnd->setEnabled(m_fixedTerm->isChecked());
}

Plan PlanDialog::plan() const
{
    Plan plan = m_plan;
    plan.code = Plan::normalizedCode(m_code->text());
    plan.name = m_name->text().trimmed();
    plan.description = m_description->toPlainText().trimmed();
    plan.features = m_features->features();
    plan.trialDays = m_trialDays->value();
    plan.term.periods = m_fixedTerm->isChecked() ? m_termPeriods->value() : 0;
    plan.term.endAction = static_cast<TermEndAction>(m_termEnd->currentData().toInt());
    plan.allowedAddOns.clear();
    for (int row = 0; row < m_addOns->count(); ++row) {
        const QListWidgetItem* item = m_addOns->item(row);
        if (item->checkState() == Qt::Checked)
            plan.allowedAddOns.append(AddOnId(item->data(Qt::UserRole).toLongLong()));
    }
    return plan;
}

QString PlanDialog::codeProblem() const
{
    const QString code = Plan::normalizedCode(m_code->text());
    if (Status s = catalog::validateCatalogCode(code, tr("plan")); !s)
        return s.error().message;
    const catalog::Plan* other = m_catalog.catalog().planByCode(code);
    if (other && other->id != m_plan.id)
        return tr("The code %1 is already used by the plan %2.").arg(code, other->name);
    return {};
}

QString PlanDialog::codeWarning() const
{
    const QString code = Plan::normalizedCode(m_code->text());
    if (!m_plan.id.isValid() || code == m_plan.code)
        return {};
    // Coupons name the plans they are limited to by code.
    QStringList coupons;
    for (const catalog::Coupon& coupon : m_catalog.catalog().coupons) {
        if (coupon.planCodes.contains(m_plan.code))
            coupons.append(coupon.code);
    }
    if (coupons.isEmpty())
        return {};
    return tr("Coupons limited to %1 (%2) will no longer apply to this plan; edit them to use the new code.")
        .arg(m_plan.code, coupons.join(QStringLiteral(", ")));
}

QString PlanDialog::nameProblem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Enter the plan's name, as customers read it.") : QString();
}

bool PlanDialog::check()
{
    const QString code = codeProblem();
    const QString name = nameProblem();
    const bool showCode = m_showAll || !m_code->text().isEmpty();
    const bool showName = m_showAll || !m_name->text().isEmpty();
    const QString warning = codeWarning();
    m_codeIssue->setIssues(showCode && !code.isEmpty() ? QStringList(code) : QStringList(),
                           warning.isEmpty() ? QStringList() : QStringList(warning));
    m_nameIssue->setIssues(showName && !name.isEmpty() ? QStringList(name) : QStringList(), {});
    m_pricesNote->setIssues({},
                            m_prices->activeCount() == 0
                                ? QStringList(tr("No price yet: a plan is sold at one of its prices, so "
                                                 "subscriptions need one in their currency and interval."))
                                : QStringList());
    const bool ok = code.isEmpty() && name.isEmpty();
    m_save->setEnabled(ok);
    if (ok)
        m_summary->clear();
    return ok;
}

Result<ProductId> PlanDialog::productForSave()
{
    const QString name = m_product->currentText().trimmed();
    if (name.isEmpty())
        return ProductId();
    for (const catalog::Product& product : m_catalog.catalog().products) {
        if (product.name.compare(name, Qt::CaseInsensitive) == 0)
            return product.id;
    }
    catalog::Product product;
    product.name = name;
    auto saved = m_catalog.saveProduct(product);
    if (!saved)
        return saved.error();
    return saved->id;
}

Status PlanDialog::saveMeteredCharges()
{
    const QList<MeteredChargeDraft> drafts = m_metered->drafts();
    for (int i = 0; i < drafts.size(); ++i) {
        if (!drafts.at(i).changed)
            continue;
        catalog::MeteredCharge charge = drafts.at(i).charge;
        charge.planId = m_plan.id;
        auto saved = m_catalog.saveMeteredCharge(charge, drafts.at(i).newPrices);
        if (!saved)
            return saved.error();
        m_metered->markStored(i, *saved);
    }
    return {};
}

void PlanDialog::accept()
{
    m_showAll = true;
    if (!check()) {
        m_tabs->setCurrentIndex(0);
        m_summary->setText(tr("Fix the highlighted fields to save."));
        (codeProblem().isEmpty() ? m_name : m_code)->setFocus();
        return;
    }
    auto product = productForSave();
    if (!product) {
        m_messageBar->showMessage(product.error().message, MessageBar::Kind::Error);
        return;
    }
    Plan candidate = plan();
    candidate.productId = *product;
    auto saved = m_catalog.savePlan(candidate, m_prices->newPrices());
    if (!saved) {
        m_messageBar->showMessage(saved.error().message, MessageBar::Kind::Error);
        check();
        return;
    }
    // From here on the plan is stored: a retry after a refused metered charge updates it.
    m_plan = *saved;
    m_prices->setNewPrices({});
    m_prices->setOwner(catalog::PriceOwner::Plan, m_plan.id.value);
    if (Status s = saveMeteredCharges(); !s) {
        m_tabs->setCurrentWidget(m_metered->parentWidget());
        m_messageBar->showMessage(tr("The plan is saved, but a metered charge is not: %1").arg(s.error().message),
                                  MessageBar::Kind::Error);
        return;
    }
    QDialog::accept();
}

} // namespace subdesk::ui
