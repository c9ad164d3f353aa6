#include "StandardSections.h"

#include "MainWindow.h"
#include "catalog/PlansView.h"
#include "customers/CustomersView.h"
#include "dashboard/DashboardView.h"
#include "invoices/InvoicesView.h"
#include "invoicing/InvoiceService.h"
#include "payments/PaymentsView.h"
#include "settings/SettingsView.h"
#include "storage/CompanyFile.h"
#include "subscriptions/CustomerSubscriptionsPanel.h"
#include "subscriptions/SubscriptionsView.h"

namespace subdesk::ui {

void registerStandardSections(MainWindow& window)
{
    // First in the sidebar: owners open SubDesk to see how the business is doing.
    window.registerSection(Section::Dashboard, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        return new DashboardView(context.company, context.clock, parent);
    });
    window.registerSection(Section::Customers, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        auto* view = new CustomersView(context.customerEditor, context.clock, parent);
        CustomerSubscriptionsPanel::attachTo(*view, context.company.subscriptions(), context.company.billing(),
                                             context.company.customers(), context.clock, &context.company.surveys());
        return view;
    });
    window.registerSection(Section::Subscriptions, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        auto* view = new SubscriptionsView(context.company.subscriptions(), context.company.billing(),
                                           context.company.customers(), context.clock, parent);
        view->setInvoices(&context.company.invoices());
        return view;
    });
    window.registerSection(Section::Plans, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        return new PlansView(context.company.catalog(), context.company.subscriptions(), context.clock, parent);
    });
    window.registerSection(Section::Invoices, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        return new InvoicesView(context.company, context.clock, parent);
    });
    window.registerSection(Section::Payments, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        return new PaymentsView(context.company, context.clock, parent);
    });
    window.registerSection(Section::Settings, [](CompanyContext& context, QWidget* parent) -> SectionView* {
        return new SettingsView(context.company, parent);
    });
}

} // namespace subdesk::ui
