#include "StandardSections.h"

#include "MainWindow.h"
#include "customers/CustomersView.h"
#include "settings/SettingsView.h"

namespace subdesk::ui {

void registerStandardSections(MainWindow& window)
{
    window.registerSection(Section::Customers, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        return new CustomersView(context.customerEditor, context.clock, parent);
    });
    window.registerSection(Section::Settings, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        return new SettingsView(context.company, parent);
    });
}

} // namespace subdesk::ui
