#pragma once

class QHeaderView;

namespace subdesk::ui {

/**
 * The customers table's column layout: the default columns (No., Name, Kind, E-mail, City,
 * Country, VAT ID, Segment, Tags, Status, Created, sorted by name), fitting them to the window
 * on first show, and keeping the user's layout in QSettings between runs.
 */
namespace customercolumns {

/** Shows only the default columns, in their order, with widths in proportion to their content. */
void applyDefaults(QHeaderView* header);
/** Scales the visible columns so that they fill width without a horizontal scroll bar. */
void fitToWidth(QHeaderView* header, int width);

/** Restores the saved layout; false (and nothing restored) when there is none or it does not fit. */
bool restore(QHeaderView* header);
void save(const QHeaderView* header);

} // namespace customercolumns

} // namespace subdesk::ui
