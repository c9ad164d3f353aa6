#include "CustomerImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "customers/CustomerService.h"
#include "customers/CustomerValidator.h"
#include "widgets/BusyCursor.h"
#include "widgets/Icons.h"

namespace subdesk::ui {

CustomerImportWizard::CustomerImportWizard(customers::CustomerService& service, const QDate& today, QWidget* parent)
    : QWizard(parent)
    , m_service(service)
    , m_today(today)
{
    setObjectName(QStringLiteral("customerImportWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::FinishButton, tr("Import"));
    setPixmap(QWizard::LogoPixmap, themeIcon(QStringLiteral("import")).pixmap(40, 40));
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setStartId(FilePage);
    resize(760, 560);
}

Status CustomerImportWizard::load(const QString& path, const io::CsvReadOptions& options)
{
    const BusyCursor busy;
    auto loaded = io::CustomerCsvImporter::load(path, options);
    if (!loaded)
        return loaded.error();
    m_importer.emplace(std::move(*loaded));
    return {};
}

const io::CustomerImportPlan& CustomerImportWizard::makePlan()
{
    const BusyCursor busy;
    m_plan = m_importer ? m_importer->plan(customers::CustomerValidator(m_today)) : io::CustomerImportPlan();
    // Importing the same file twice would double the customers: say so for each VAT ID on file.
    if (const auto stored = m_service.loadAll(); stored && !m_plan.customers.isEmpty())
        m_plan.warnings += io::CustomerCsvImporter::duplicateWarnings(m_plan, *stored);
    return m_plan;
}

Status CustomerImportWizard::commit(bool validRowsOnly)
{
    const auto mode =
        validRowsOnly ? io::CustomerCsvImporter::Mode::ValidRowsOnly : io::CustomerCsvImporter::Mode::AllOrNothing;
    const BusyCursor busy;
    auto ids = io::CustomerCsvImporter::commit(m_plan, m_service, mode);
    if (!ids)
        return ids.error();
    m_imported = int(ids->size());
    return {};
}

} // namespace subdesk::ui
