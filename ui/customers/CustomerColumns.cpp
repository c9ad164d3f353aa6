#include "CustomerColumns.h"

#include "CustomerTableModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QSettings>

namespace subdesk::ui::customercolumns {

using customers::CustomerField;

namespace {

const QString kStateKey = QStringLiteral("customers/headerState");

struct DefaultColumn
{
    CustomerField field;
    int naturalCharacters; ///< the width it gets with room to spare
    int minimumCharacters; ///< below this its typical content is cut
};

// What a clerk scans most, in this order; the other fields are one click away in "Columns".
const DefaultColumn kDefaults[] = {
    {CustomerField::Id, 5, 4},       {CustomerField::DisplayName, 30, 24}, {CustomerField::Kind, 10, 9},
    {CustomerField::Emails, 26, 20}, {CustomerField::City, 13, 10},        {CustomerField::Country, 6, 6},
    {CustomerField::VatId, 15, 14},  {CustomerField::Segment, 10, 9},      {CustomerField::Tags, 14, 10},
    {CustomerField::Status, 8, 7},   {CustomerField::Created, 10, 8},
};

int charactersWidth(const QHeaderView* header, int characters)
{
    return characters * header->fontMetrics().averageCharWidth() + 16;
}

/** Columns whose content has a known shape are measured with a typical value. */
int contentWidth(const QHeaderView* header, const DefaultColumn& c)
{
    const QFontMetrics metrics = header->fontMetrics();
    const auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + 16;
    };
    switch (c.field) {
    case CustomerField::VatId:
        return widest({QStringLiteral("IT01234567890"), QStringLiteral("NL123456789B01")});
    case CustomerField::Created:
        return widest({QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)});
    case CustomerField::Kind:
        return widest({customers::displayName(customers::CustomerKind::Business),
                       customers::displayName(customers::CustomerKind::Individual)});
    case CustomerField::Status:
        return widest({customers::displayName(customers::CustomerStatus::Active),
                       customers::displayName(customers::CustomerStatus::Archived)});
    default:
        return charactersWidth(header, c.minimumCharacters);
    }
}

int headerTextWidth(const QHeaderView* header, int logical)
{
    const QString text = header->model()->headerData(logical, header->orientation()).toString();
    // Room for the sort arrow and the section's margins.
    return header->fontMetrics().horizontalAdvance(text) + 24;
}

} // namespace

void applyDefaults(QHeaderView* header)
{
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, true);
    int visual = 0;
    for (const DefaultColumn& c : kDefaults) {
        const int logical = CustomerTableModel::columnOf(c.field);
        header->setSectionHidden(logical, false);
        header->moveSection(header->visualIndex(logical), visual++);
        header->resizeSection(logical,
                              std::max({charactersWidth(header, c.naturalCharacters), contentWidth(header, c),
                                        headerTextWidth(header, logical)}));
    }
    header->setSortIndicator(CustomerTableModel::columnOf(CustomerField::DisplayName), Qt::AscendingOrder);
}

void fitToWidth(QHeaderView* header, int width)
{
    // Columns shrink towards their minimum (wide ones give up most) or grow in proportion.
    struct Column
    {
        int logical;
        int natural;
        int minimum;
    };
    QList<Column> columns;
    int naturalTotal = 0;
    int minimumTotal = 0;
    for (const DefaultColumn& c : kDefaults) {
        const int logical = CustomerTableModel::columnOf(c.field);
        if (header->isSectionHidden(logical))
            continue;
        const int label = headerTextWidth(header, logical);
        const int naturalWidth = std::max(charactersWidth(header, c.naturalCharacters), label);
        // A long label (Polish "Data utworzenia") may be elided by the header; the content may not.
        const int minimum = contentWidth(header, c);
        const int natural = std::max(naturalWidth, minimum);
        columns.append({logical, natural, minimum});
        naturalTotal += natural;
        minimumTotal += minimum;
    }
    if (columns.isEmpty() || width <= 0)
        return;
    QList<int> sizes;
    int total = 0;
    for (const Column& c : std::as_const(columns)) {
        int size = c.natural;
        if (width >= naturalTotal)
            size = c.natural * width / naturalTotal;
        else if (width > minimumTotal)
            size = c.minimum + (c.natural - c.minimum) * (width - minimumTotal) / (naturalTotal - minimumTotal);
        else
            size = c.minimum;
        sizes.append(size);
        total += size;
    }
    // Still too wide (a narrow window, long labels in some languages, wide digits): the free-text
    // columns give up room first, then the short-text ones down to their label, so the table needs
    // no horizontal scroll bar at first sight. Numbers, dates, codes and status keep their width.
    const auto giveUp = [&](const QList<CustomerField>& fields, int extra) {
        for (int i = 0; i < columns.size() && total > width; ++i) {
            if (!fields.contains(CustomerTableModel::fieldOfColumn(columns.at(i).logical)))
                continue;
            const int floor = headerTextWidth(header, columns.at(i).logical) + extra;
            const int give = std::min(total - width, std::max(0, sizes.at(i) - floor));
            sizes[i] -= give;
            total -= give;
        }
    };
    // The name is what a clerk reads first: it gives up room last.
    giveUp({CustomerField::Emails}, 40);
    giveUp({CustomerField::Tags, CustomerField::Segment, CustomerField::City, CustomerField::Kind}, 0);
    giveUp({CustomerField::DisplayName}, 40);
    for (int i = 0; i < columns.size(); ++i)
        header->resizeSection(columns.at(i).logical, sizes.at(i));
}

bool restore(QHeaderView* header)
{
    const QByteArray state = QSettings().value(kStateKey).toByteArray();
    if (state.isEmpty())
        return false;
    const int count = header->count();
    if (!header->restoreState(state) || header->count() != count || header->hiddenSectionCount() == count)
        return false;
    return true;
}

void save(const QHeaderView* header)
{
    QSettings().setValue(kStateKey, header->saveState());
}

} // namespace subdesk::ui::customercolumns
