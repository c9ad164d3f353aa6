#include "SettingsView.h"

#include "BankAccountsPage.h"
#include "CompanyProfilePage.h"
#include "ExchangeRatesPage.h"
#include "InvoicingSettingsPage.h"
#include "Languages.h"
#include "NumberSeriesPage.h"
#include "Restart.h"
#include "SettingsPage.h"
#include "TaxRatesPage.h"
#include "catalog/CatalogService.h"
#include "storage/CompanyFile.h"
#include "widgets/Plural.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

constexpr int kMaxProblemsShown = 5;

} // namespace

SettingsView::SettingsView(storage::CompanyFile& company, QWidget* parent)
    : SectionView(parent)
    , m_company(company)
{
    setObjectName(QStringLiteral("settingsView"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageList->setAutoFillBackground(true);
    QPalette listPalette = m_pageList->palette();
    listPalette.setColor(QPalette::Base, listPalette.color(QPalette::AlternateBase));
    m_pageList->setPalette(listPalette);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("settingsStack"));

    company::CompanyService& service = company.company();
    const QDate today = company.clock().today();
    addPage(Page::General, buildGeneralPage());
    addPage(Page::Company, new CompanyProfilePage(service, m_stack));
    addPage(Page::BankAccounts, new BankAccountsPage(service, m_stack));
    addPage(Page::TaxRates, new TaxRatesPage(service, today, m_stack));
    addPage(Page::Numbering, new NumberSeriesPage(service, today, m_stack));
    addPage(Page::Invoicing, new InvoicingSettingsPage(service, currenciesInUse(), m_stack));
    addPage(Page::Metrics, new ExchangeRatesPage(company.metrics(), today, m_stack));

    int listWidth = 0;
    for (int row = 0; row < m_pageList->count(); ++row)
        listWidth = std::max(listWidth, m_pageList->fontMetrics().horizontalAdvance(m_pageList->item(row)->text()));
    m_pageList->setFixedWidth(listWidth + 48);

    auto* divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_pageList);
    outer->addWidget(divider);
    outer->addWidget(m_stack, 1);

    connect(m_pageList, &QListWidget::currentRowChanged, this, &SettingsView::pageChosen);
    m_pageList->setCurrentRow(0);
}

void SettingsView::addPage(Page page, SettingsPage* widget)
{
    Q_ASSERT(int(page) == m_pages.size());
    m_pages.append(widget);
    m_stack->addWidget(widget);
    auto* item = new QListWidgetItem(widget->title(), m_pageList);
    item->setSizeHint(QSize(0, m_pageList->fontMetrics().height() + 16));
    item->setData(Qt::UserRole, static_cast<int>(page));
    connect(widget, &SettingsPage::messageRequested, this, &SettingsView::messageRequested);
}

void SettingsView::pageChosen(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    SettingsPage* shown = m_pages.at(row);
    if (auto* invoicing = qobject_cast<InvoicingSettingsPage*>(shown))
        invoicing->setCurrenciesInUse(currenciesInUse());
    shown->reload();
    m_stack->setCurrentWidget(shown);
}

void SettingsView::showPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

SettingsView::Page SettingsView::currentPage() const
{
    return static_cast<Page>(std::max(0, m_stack->currentIndex()));
}

SettingsPage* SettingsView::page(Page page) const
{
    return m_pages.value(static_cast<int>(page));
}

QStringList SettingsView::currenciesInUse() const
{
    QStringList codes;
    for (const catalog::Price& price : m_company.catalog().catalog().prices) {
        if (!codes.contains(price.currency.code()))
            codes.append(price.currency.code());
    }
    codes.sort();
    return codes;
}

SettingsPage* SettingsView::buildGeneralPage()
{
    auto* page = new SettingsPage(tr("General"), tr("How SubDesk looks, and the company file it has open."), m_stack);
    page->setObjectName(QStringLiteral("generalSettingsPage"));
    auto* column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(buildLanguageGroup(page));
    column->addWidget(buildCompanyGroup(page));
    column->addStretch(1);

    // One label column across both groups, so their fields line up.
    int labelWidth = 0;
    for (QLabel* label : std::as_const(m_formLabels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel* label : std::as_const(m_formLabels))
        label->setMinimumWidth(labelWidth);

    // A readable column on wide windows rather than fields stretched across the screen.
    auto* row = new QHBoxLayout;
    row->addLayout(column, 3);
    row->addStretch(1);
    page->content()->addLayout(row, 1);
    return page;
}

QWidget* SettingsView::buildLanguageGroup(QWidget* parent)
{
    auto* group = new QGroupBox(tr("Language"), parent);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_language->setMinimumContentsLength(14);
    for (const LanguageOption& language : supportedLanguages())
        m_language->addItem(language.nativeName, language.code);
    const QString saved = savedLanguage();
    const QString current = isSupportedLanguage(saved) ? saved : installedLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    m_languageNote = new QLabel(group);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_restart = new QPushButton(tr("Restart now"), group);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Close SubDesk and start it again with the chosen language"));

    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_languageNote, 1);
    noteRow->addWidget(m_restart, 0, Qt::AlignTop);

    auto* form = new QFormLayout(group);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* label = new QLabel(tr("Interface language"), group);
    label->setBuddy(m_language);
    m_formLabels.append(label);
    form->addRow(label, m_language);
    form->addRow(noteRow);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsView::languageChosen);
    connect(m_restart, &QPushButton::clicked, this, &SettingsView::restartNow);
    languageChosen();
    return group;
}

QWidget* SettingsView::buildCompanyGroup(QWidget* parent)
{
    auto* group = new QGroupBox(tr("Company file"), parent);
    storage::Database& db = m_company.database();

    auto* path = new QLabel(QDir::toNativeSeparators(db.path()), group);
    path->setObjectName(QStringLiteral("companyPathLabel"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);

    const int version = db.schemaVersion();
    const int latest = storage::Database::latestSchemaVersion();
    QString schemaText = QLocale().toString(version);
    if (version == latest)
        schemaText = tr("%1 (the current one)").arg(schemaText);
    auto* schema = new QLabel(schemaText, group);
    schema->setObjectName(QStringLiteral("schemaVersionLabel"));

    auto* check = new QPushButton(tr("Check database"), group);
    check->setObjectName(QStringLiteral("checkDatabaseButton"));
    check->setToolTip(tr("Run SQLite's integrity and foreign key checks on the company file"));
    connect(check, &QPushButton::clicked, this, &SettingsView::checkDatabase);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(check);
    checkRow->addStretch(1);

    auto* form = new QFormLayout(group);
    form->setVerticalSpacing(10);
    auto* fileLabel = new QLabel(tr("File"), group);
    auto* schemaLabel = new QLabel(tr("Schema version"), group);
    m_formLabels << fileLabel << schemaLabel;
    form->addRow(fileLabel, path);
    form->addRow(schemaLabel, schema);
    form->addRow(checkRow);
    return group;
}

void SettingsView::languageChosen()
{
    const QString code = m_language->currentData().toString();
    if (code != savedLanguage())
        saveLanguage(code);
    const bool differs = code != installedLanguage();
    m_languageNote->setText(differs ? tr("SubDesk will use %1 from its next start.").arg(languageName(code))
                                    : tr("The language applies from the next start of SubDesk."));
    m_restart->setEnabled(differs);
}

void SettingsView::checkDatabase()
{
    const auto problems = m_company.database().integrityProblems();
    if (!problems) {
        Q_EMIT messageRequested(tr("The check could not run: %1").arg(problems.error().message),
                                MessageBar::Kind::Error);
        return;
    }
    if (problems->isEmpty()) {
        Q_EMIT messageRequested(tr("The company file is sound: the integrity check found no problems."),
                                MessageBar::Kind::Positive);
        return;
    }
    const QStringList shown = problems->mid(0, kMaxProblemsShown);
    const QString text = tr("The integrity check found %Ln problem(s): %1. Open a backup copy, or keep this "
                            "file for support.",
                            nullptr, int(problems->size()));
    Q_EMIT messageRequested(pluralized(text, problems->size()).arg(shown.join(QStringLiteral("; "))),
                            MessageBar::Kind::Error);
}

void SettingsView::restartNow()
{
    if (!startNewInstance(m_company.database().path())) {
        Q_EMIT messageRequested(tr("SubDesk could not be started again. Close it and start it yourself."),
                                MessageBar::Kind::Error);
        return;
    }
    // Closing the window saves its layout; the new instance opens the same company once this one let go of it.
    window()->close();
}

} // namespace subdesk::ui
