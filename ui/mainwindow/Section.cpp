#include "Section.h"

#include "widgets/Icons.h"

#include <QCoreApplication>

namespace subdesk::ui {

const QList<Section>& allSections()
{
    static const QList<Section> sections = {Section::Dashboard,     Section::Customers, Section::Plans,
                                            Section::Subscriptions, Section::Invoices,  Section::Payments,
                                            Section::Reports,       Section::Settings};
    return sections;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return QCoreApplication::translate("Section", "Dashboard");
    case Section::Customers:
        return QCoreApplication::translate("Section", "Customers");
    case Section::Plans:
        return QCoreApplication::translate("Section", "Plans");
    case Section::Subscriptions:
        return QCoreApplication::translate("Section", "Subscriptions");
    case Section::Invoices:
        return QCoreApplication::translate("Section", "Invoices");
    case Section::Payments:
        return QCoreApplication::translate("Section", "Payments");
    case Section::Reports:
        return QCoreApplication::translate("Section", "Reports");
    case Section::Settings:
        return QCoreApplication::translate("Section", "Settings");
    }
    return {};
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return QStringLiteral("dashboard");
    case Section::Customers:
        return QStringLiteral("customers");
    case Section::Plans:
        return QStringLiteral("plans");
    case Section::Subscriptions:
        return QStringLiteral("subscriptions");
    case Section::Invoices:
        return QStringLiteral("invoices");
    case Section::Payments:
        return QStringLiteral("payments");
    case Section::Reports:
        return QStringLiteral("reports");
    case Section::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

QIcon sectionIcon(Section section)
{
    return themeIcon(sectionKey(section));
}

} // namespace subdesk::ui
