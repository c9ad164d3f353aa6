#include "AddOnDialog.h"

#include "PriceListEditor.h"
#include "PriceText.h"
#include "catalog/CatalogService.h"
#include "catalog/CodeRules.h"
#include "widgets/FieldIssueLabel.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

using catalog::AddOn;
using catalog::AddOnKind;

namespace {

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

PriceEditor::Usage usageOf(AddOnKind kind)
{
    return kind == AddOnKind::Recurring ? PriceEditor::Usage::RecurringAddOn : PriceEditor::Usage::OneTimeAddOn;
}

} // namespace

AddOnDialog::AddOnDialog(catalog::CatalogService& catalog, subscriptions::SubscriptionService* subscriptions,
                         const std::optional<AddOn>& existing, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_addOn(existing.value_or(AddOn()))
    , m_messageBar(new MessageBar(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_kindHint(new QLabel(this))
    , m_prices(new PriceListEditor(usageOf(m_addOn.kind), today, this))
{
    setObjectName(QStringLiteral("addOnDialog"));
    setWindowTitle(existing ? tr("Edit add-on — %1").arg(existing->name) : tr("New add-on"));
    setModal(true);

    m_code->setObjectName(QStringLiteral("addOnCodeEdit"));
    m_code->setPlaceholderText(tr("e.g. STORAGE-100"));
    m_code->setText(m_addOn.code);
    m_name->setObjectName(QStringLiteral("addOnNameEdit"));
    m_name->setPlaceholderText(tr("As customers read it, e.g. Extra storage 100 GB"));
    m_name->setText(m_addOn.name);
    m_description->setObjectName(QStringLiteral("addOnDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    // Fixed height: an expanding text box would make the form hand its spare height to other rows.
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 2 * m_description->frameWidth()
                                  + 10);
    m_description->setPlainText(m_addOn.description);
    m_kind->setObjectName(QStringLiteral("addOnKindCombo"));
    for (AddOnKind kind : {AddOnKind::Recurring, AddOnKind::OneTime})
        m_kind->addItem(catalog::addOnKindName(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(m_addOn.kind))));
    m_kindHint->setWordWrap(true);
    m_kindHint->setForegroundRole(QPalette::PlaceholderText);

    m_prices->setServices(&catalog, subscriptions);
    m_prices->setDefaultCurrency(pricetext::suggestedCurrency(catalog.catalog()));
    m_prices->setOwner(catalog::PriceOwner::AddOn, m_addOn.id.value);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code"), fieldCell(m_code, &m_codeIssue, this));
    form->addRow(tr("&Name"), fieldCell(m_name, &m_nameIssue, this));
    form->addRow(tr("&Description"), m_description);
    auto* kindCell = new QWidget(this);
    auto* kindBox = new QVBoxLayout(kindCell);
    kindBox->setContentsMargins(0, 0, 0, 0);
    kindBox->setSpacing(3);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);
    kindBox->addLayout(kindRow);
    kindBox->addWidget(m_kindHint);
    kindCell->setFocusProxy(m_kind);
    form->addRow(tr("&Billed"), kindCell);
    form->addRow(tr("Prices"), m_prices);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("addOnSaveButton"));
    m_save->setText(existing ? tr("Save") : tr("Add add-on"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    m_showAll = existing.has_value();
    connect(m_code, &QLineEdit::textEdited, this, &AddOnDialog::check);
    connect(m_name, &QLineEdit::textEdited, this, &AddOnDialog::check);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddOnDialog::kindChanged);
    connect(m_prices, &PriceListEditor::changed, this, &AddOnDialog::kindChanged);
    connect(m_prices, &PriceListEditor::messageRequested, m_messageBar,
            [this](const QString& text, MessageBar::Kind kind) { m_messageBar->showMessage(text, kind); });
    connect(buttons, &QDialogButtonBox::accepted, this, &AddOnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddOnDialog::reject);
    kindChanged();
    resize(760, 560);
}

void AddOnDialog::kindChanged()
{
    const auto kind = static_cast<AddOnKind>(m_kind->currentData().toInt());
    m_kindHint->setText(kind == AddOnKind::Recurring
                            ? tr("Billed every period together with the plan, in advance.")
                            : tr("Billed once, on the next invoice after it is added to a subscription."));
    m_prices->setUsage(usageOf(kind));
    // Recurring prices have an interval and one-time prices none: once there is a price, the kind stays.
    const bool hasPrices = m_prices->table()->rowCount() > 0;
    m_kind->setEnabled(!hasPrices);
    m_kind->setToolTip(hasPrices ? tr("The kind is fixed once the add-on has a price") : QString());
    check();
}

AddOn AddOnDialog::addOn() const
{
    AddOn addOn = m_addOn;
    addOn.code = catalog::normalizedCatalogCode(m_code->text());
    addOn.name = m_name->text().trimmed();
    addOn.description = m_description->toPlainText().trimmed();
    addOn.kind = static_cast<AddOnKind>(m_kind->currentData().toInt());
    return addOn;
}

QString AddOnDialog::codeProblem() const
{
    const QString code = catalog::normalizedCatalogCode(m_code->text());
    if (Status s = catalog::validateCatalogCode(code, tr("add-on")); !s)
        return s.error().message;
    const AddOn* other = m_catalog.catalog().addOnByCode(code);
    if (other && other->id != m_addOn.id)
        return tr("The code %1 is already used by the add-on %2.").arg(code, other->name);
    return {};
}

bool AddOnDialog::check()
{
    const QString code = codeProblem();
    const QString name = m_name->text().trimmed().isEmpty() ? tr("Enter the add-on's name.") : QString();
    m_codeIssue->setIssues(
        (m_showAll || !m_code->text().isEmpty()) && !code.isEmpty() ? QStringList(code) : QStringList(), {});
    m_nameIssue->setIssues(
        (m_showAll || !m_name->text().isEmpty()) && !name.isEmpty() ? QStringList(name) : QStringList(), {});
    const bool ok = code.isEmpty() && name.isEmpty();
    m_save->setEnabled(ok);
    return ok;
}

void AddOnDialog::accept()
{
    m_showAll = true;
    if (!check())
        return;
    auto saved = m_catalog.saveAddOn(addOn(), m_prices->newPrices());
    if (!saved) {
        m_messageBar->showMessage(saved.error().message, MessageBar::Kind::Error);
        return;
    }
    m_addOn = *saved;
    QDialog::accept();
}

} // namespace subdesk::ui
