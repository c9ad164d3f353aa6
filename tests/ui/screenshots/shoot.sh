#!/bin/sh
# Takes the GUI screenshots under Xvfb. Run:
#   timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" tests/ui/screenshots/shoot.sh build-ui screenshots
# Each scene runs subdesk_screenshot_scenes, waits for its window by title (xwininfo) and grabs it
# with ImageMagick's import by window id (never by title: that waits for a click and hangs).
build=${1:-build-ui}
out=${2:-screenshots}
bin="$build/tests/subdesk_screenshot_scenes"
mkdir -p "$out"

shoot() {
    file=$1; scene=$2; title=$3
    shift 3
    if [ $# -gt 0 ]; then "$@" & else "$bin" "$scene" & fi
    pid=$!
    id=""
    for i in $(seq 1 100); do
        [ "$title" = ROOT ] && { sleep 3; break; }
        id=$(xwininfo -root -tree | awk -v t="$title" 'index($0, t) && $2 != "(has" {print $1; exit}')
        [ -n "$id" ] && break
        sleep 0.2
    done
    sleep 2
    if [ "$title" = ROOT ]; then
        import -window root -crop 1200x760+0+0 "$out/$file"
        echo "$out/$file: whole screen"
    elif [ -n "$id" ]; then
        import -window "$id" "$out/$file"
        echo "$out/$file: window $id ($title)"
    else
        echo "$out/$file: no window titled '$title'" >&2
    fi
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}

shoot main-window.png main "SubDesk — company.subdesk"
shoot customer-dialog.png dialog "New customer"
shoot customer-dialog-billing.png dialog-billing "New customer"
shoot import-wizard-mapping.png wizard "Import customers"
shoot import-wizard-check.png wizard-check "Import customers"
shoot settings.png settings "SubDesk — company.subdesk"
shoot persian-main-window.png fa "company.subdesk"
shoot persian-customer-dialog.png fa-dialog ROOT
shoot file-menu.png file-menu ROOT
shoot edit-menu.png edit-menu ROOT
shoot subscriptions-view.png subscriptions "SubDesk — company.subdesk"
shoot subscriptions-new-dialog.png subscription-new "New subscription"
shoot subscriptions-change-dialog.png subscription-change "Change subscription"
shoot subscriptions-billing-run.png billing-run "Run billing"

# The Plans section (tests/ui/catalog/plans_scenes.cpp): the list, the editors, a price's versions.
plans="$build/tests/subdesk_plans_scenes"
shoot plans-list.png plans "SubDesk — company.subdesk" "$plans" plans
shoot plans-addons.png addons "SubDesk — company.subdesk" "$plans" addons
shoot plans-coupons.png coupons "SubDesk — company.subdesk" "$plans" coupons
shoot plans-plan-dialog.png plan-dialog "Edit plan" "$plans" plan-dialog 0
shoot plans-plan-prices.png plan-dialog "Edit plan" "$plans" plan-dialog 2 BOOKS-PRO
shoot plans-price-editor.png price-editor "New price" "$plans" price-editor
shoot plans-price-editor-error.png price-editor "New price" "$plans" price-editor error
shoot plans-versions.png versions "Versions of" "$plans" versions
shoot plans-addon-dialog.png addon-dialog "Edit add-on" "$plans" addon-dialog
shoot plans-coupon-dialog.png coupon-dialog "Edit coupon" "$plans" coupon-dialog

# The real executable: a first start (creates the demo company) and a refused file.
home=$(mktemp -d)
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
shoot app-first-start.png app "SubDesk — company.subdesk" "$build/app/gui/subdesk"
printf 'these are not the customers you are looking for\n' > "$home/notes.subdesk"
shoot app-refused-file.png app ROOT "$build/app/gui/subdesk" --db "$home/notes.subdesk"
rm -rf "$home"
