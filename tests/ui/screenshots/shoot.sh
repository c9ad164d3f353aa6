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

# The Settings section's pages (tests/ui/settings/settings_scenes.cpp).
settings="$build/tests/subdesk_settings_scenes"
shoot settings-general.png general "SubDesk — company.subdesk" "$settings" general
shoot settings-company.png company "SubDesk — company.subdesk" "$settings" company
shoot settings-company-error.png company-error "SubDesk — company.subdesk" "$settings" company-error
shoot settings-bank-accounts.png bank "SubDesk — company.subdesk" "$settings" bank
shoot settings-bank-account-dialog.png bank-dialog "Edit bank account" "$settings" bank-dialog
shoot settings-tax-rates.png tax "SubDesk — company.subdesk" "$settings" tax
shoot settings-tax-rates-all.png tax-all "SubDesk — company.subdesk" "$settings" tax-all
shoot settings-tax-rate-dialog.png tax-dialog "New tax rate" "$settings" tax-dialog
shoot settings-numbering.png numbering "SubDesk — company.subdesk" "$settings" numbering
shoot settings-series-dialog.png series-dialog "Edit numbering series" "$settings" series-dialog
shoot settings-invoicing.png invoicing "SubDesk — company.subdesk" "$settings" invoicing

# The Payments section and the invoicing dialogs (tests/ui/payments/payments_scenes.cpp).
pay="$build/tests/subdesk_payments_scenes"
shoot payments-list.png payments "SubDesk — company.subdesk" "$pay" payments
shoot payments-aging.png aging "SubDesk — company.subdesk" "$pay" aging
shoot dialogs-record-payment.png record-payment "Record payment" "$pay" record-payment
shoot dialogs-credit-note.png credit-note "Credit invoice" "$pay" credit-note
shoot dialogs-manual-invoice.png manual-invoice "New invoice" "$pay" manual-invoice
shoot dialogs-refund.png refund "Refund customer credit" "$pay" refund
shoot dialogs-statement.png statement "Statement of account" "$pay" statement

# The Invoices section (tests/ui/invoices/invoices_scenes.cpp): the list with a detail, issuing, export.
invoices="$build/tests/subdesk_invoices_scenes"
shoot invoices-list.png invoices "SubDesk — company.subdesk" "$invoices" invoices
shoot invoices-issue.png issue "Issue draft" "$invoices" issue
shoot invoices-export.png export "Export documents" "$invoices" export

# The real executable: a first start (creates the demo company) and a refused file.
home=$(mktemp -d)
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
shoot app-first-start.png app "SubDesk — company.subdesk" "$build/app/gui/subdesk"
printf 'these are not the customers you are looking for\n' > "$home/notes.subdesk"
shoot app-refused-file.png app ROOT "$build/app/gui/subdesk" --db "$home/notes.subdesk"
rm -rf "$home"
