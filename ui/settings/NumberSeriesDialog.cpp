#include "NumberSeriesDialog.h"

#include "SettingsDialogParts.h"
#include "SettingsPage.h"
#include "company/CompanyService.h"
#include "widgets/FieldIssueLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace subdesk::ui {

using billing::DocumentKind;
using company::NumberSeries;

NumberSeriesDialog::NumberSeriesDialog(company::CompanyService& service, const NumberSeries& series, QDate today,
                                       QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_base(series)
    , m_today(today)
{
    setObjectName(QStringLiteral("numberSeriesDialog"));
    setWindowTitle(series.id == 0 ? tr("New numbering series") : tr("Edit numbering series"));
    setMinimumWidth(540);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("seriesKindCombo"));
    for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditNote})
        m_kind->addItem(billing::documentKindName(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(series.kind))));
    // Documents already numbered in the series are of its kind.
    m_kind->setEnabled(series.id == 0);
    m_name = new QLineEdit(series.name, this);
    m_name->setObjectName(QStringLiteral("seriesNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Invoices"));
    m_pattern = new QLineEdit(series.pattern, this);
    m_pattern->setObjectName(QStringLiteral("seriesPatternEdit"));
    m_pattern->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pattern->setPlaceholderText(QStringLiteral("INV-{YYYY}-{#####}"));
    auto* tokens = new QLabel(tr("{YYYY} year, {YY} year in two digits, {MM} month, {#####} the counter with "
                                 "as many digits as #. Everything else is copied as written."),
                              this);
    tokens->setWordWrap(true);
    settingsdialog::mute(tokens);

    m_yearly = new QCheckBox(tr("Start again at 1 every year"), this);
    m_yearly->setObjectName(QStringLiteral("seriesYearlyResetCheck"));
    m_yearly->setChecked(series.yearlyReset);
    m_default = new QCheckBox(tr("Number new documents of this kind in this series"), this);
    m_default->setObjectName(QStringLiteral("seriesDefaultCheck"));
    m_default->setChecked(series.isDefault);
    m_archived = new QCheckBox(tr("Archived (kept for the documents numbered in it)"), this);
    m_archived->setObjectName(QStringLiteral("seriesArchivedCheck"));
    m_archived->setChecked(series.archived);
    m_archived->setVisible(series.id != 0);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("seriesPreviewLabel"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont previewFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    previewFont.setBold(true);
    m_preview->setFont(previewFont);

    m_refusal = settingsdialog::newRefusalLabel(QStringLiteral("seriesRefusalLabel"), this);

    auto* form = SettingsPage::newForm(nullptr);
    form->addRow(tr("Documents"), m_kind);
    form->addRow(tr("Name"), settingsdialog::withIssue(m_name, &m_nameIssue, this));
    form->addRow(tr("Pattern"), settingsdialog::withIssue(m_pattern, &m_patternIssue, this));
    form->addRow(QString(), tokens);
    form->addRow(QString(), m_yearly);
    form->addRow(QString(), m_default);
    form->addRow(QString(), m_archived);
    form->addRow(tr("Next number"), m_preview);

    auto* buttons = settingsdialog::newSaveCancelButtons(this, QStringLiteral("seriesButtons"));
    settingsdialog::layOut(this, form, QString(), m_refusal, buttons);

    const auto recheck = [this] { check(false); };
    connect(m_name, &QLineEdit::textEdited, this, recheck);
    connect(m_pattern, &QLineEdit::textChanged, this, recheck);
    connect(m_yearly, &QCheckBox::toggled, this, recheck);
    connect(m_kind, &QComboBox::currentIndexChanged, this, recheck);
    check(series.id != 0);
}

NumberSeries NumberSeriesDialog::series() const
{
    NumberSeries s = m_base;
    s.kind = static_cast<DocumentKind>(m_kind->currentData().toInt());
    s.name = m_name->text().trimmed();
    s.pattern = m_pattern->text().trimmed();
    s.yearlyReset = m_yearly->isChecked();
    s.isDefault = m_default->isChecked();
    s.archived = m_archived->isChecked();
    return s;
}

QString NumberSeriesDialog::previewText() const
{
    return m_preview->property("number").toString();
}

bool NumberSeriesDialog::check(bool all)
{
    m_showAll = m_showAll || all;
    m_refusal->hide();
    const NumberSeries s = series();
    const QString nameError = s.name.isEmpty() ? tr("The name is required; the invoice filters list it.") : QString();
    settingsdialog::showIssue(m_nameIssue, nameError, m_showAll || m_name->isModified());

    QString patternError;
    QString number;
    if (s.pattern.isEmpty()) {
        patternError = tr("The pattern is required, e.g. INV-{YYYY}-{#####}.");
    } else if (const Status valid = NumberSeries::validatePattern(s.pattern, s.yearlyReset); !valid) {
        patternError = valid.error().message;
    } else if (auto preview = m_service.nextNumberPreview(s, m_today)) {
        number = *preview;
    } else {
        patternError = preview.error().message;
    }
    settingsdialog::showIssue(m_patternIssue, patternError, m_showAll || !s.pattern.isEmpty());
    m_preview->setProperty("number", number);
    if (!number.isEmpty()) {
        m_preview->setText(number);
        m_preview->setToolTip(tr("The number a document issued today, %1, would get")
                                  .arg(QLocale().toString(m_today, QLocale::ShortFormat)));
    } else {
        m_preview->setText(tr("—"));
        m_preview->setToolTip(QString());
    }
    return nameError.isEmpty() && patternError.isEmpty();
}

void NumberSeriesDialog::accept()
{
    if (!check(true))
        return;
    if (settingsdialog::keepSaved(m_service.saveNumberSeries(series()), m_saved, m_refusal, tr("Not saved: %1")))
        QDialog::accept();
}

} // namespace subdesk::ui
