#include "ImportCheckPage.h"

#include "CustomerImportWizard.h"
#include "widgets/Plural.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace subdesk::ui {

ImportCheckPage::ImportCheckPage(CustomerImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_validOnly(new QCheckBox(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row was checked with the same rules as the customer form. Nothing is stored until "
                   "you choose Import."));
    setFinalPage(true);

    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblemsList"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_validOnly->setObjectName(QStringLiteral("importValidOnlyCheck"));
    m_note->setObjectName(QStringLiteral("importUndoNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The customers are added in one step: all of them, or none if something goes wrong. "
                       "An import cannot be undone with Edit › Undo; archive customers you do not want."));
    m_error->setObjectName(QStringLiteral("importCommitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_note);
    layout->addWidget(m_error);

    connect(m_validOnly, &QCheckBox::toggled, this, &ImportCheckPage::completeChanged);
}

void ImportCheckPage::initializePage()
{
    const io::CustomerImportPlan& plan = m_wizard->makePlan();
    const int valid = int(plan.customers.size());
    const int bad = int(plan.problems.size());
    QString summary = pluralized(tr("%Ln row(s) read.", nullptr, plan.dataRows), plan.dataRows);
    summary += QLatin1Char(' ') + pluralized(tr("%Ln customer(s) ready to import.", nullptr, valid), valid);
    if (bad > 0)
        summary += QLatin1Char(' ') + pluralized(tr("%Ln row(s) with problems, listed below.", nullptr, bad), bad);
    if (!plan.warnings.isEmpty())
        summary += QLatin1Char(' ')
            + pluralized(tr("%Ln warning(s): these rows will be imported.", nullptr, int(plan.warnings.size())),
                         plan.warnings.size());
    m_summary->setText(summary);

    QStringList lines;
    for (const io::ImportProblem& problem : plan.problems)
        lines.append(problem.message());
    if (!plan.warnings.isEmpty()) {
        if (!lines.isEmpty())
            lines.append(QString());
        for (const QString& warning : plan.warnings)
            lines.append(tr("Warning: %1").arg(warning));
    }
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());

    m_validOnly->setText(
        pluralized(tr("Import only the valid rows (%Ln customer(s)) and skip the others", nullptr, valid), valid));
    m_validOnly->setChecked(false);
    m_validOnly->setVisible(plan.hasProblems() && valid > 0);
    m_error->hide();
}

bool ImportCheckPage::isComplete() const
{
    const io::CustomerImportPlan& plan = m_wizard->plan();
    if (plan.customers.isEmpty())
        return false;
    return !plan.hasProblems() || m_validOnly->isChecked();
}

bool ImportCheckPage::validatePage()
{
    const auto committed = m_wizard->commit(m_validOnly->isChecked());
    if (!committed) {
        m_error->setText(committed.error().message);
        m_error->show();
        return false;
    }
    return true;
}

} // namespace subdesk::ui
