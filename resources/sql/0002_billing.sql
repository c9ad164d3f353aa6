-- SubDesk schema 2: the catalog, subscriptions, usage and billing documents.
-- Applied by core/storage/Migrator inside one transaction, which also sets PRAGMA user_version = 2.
--
-- Conventions (as in schema 1): dates are ISO 'YYYY-MM-DD' text, moments ISO 8601 UTC text;
-- amounts are INTEGER minor units beside a currency code (BILLING.md §1); enum columns hold the
-- stable keys of core (never translated) and CHECK them; text columns are NOT NULL DEFAULT ''.
-- Enum CHECKs of more than two keys are written as OR chains, not IN lists: SQLite builds a
-- temporary index for an IN list each time an INSERT statement runs, which made inserting a billing
-- run's 200,000 document lines about 40% slower.
-- Ids come from AUTOINCREMENT, so a number is never given twice.

-- Catalog ----------------------------------------------------------------------------------------

CREATE TABLE products (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE plans (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id      INTEGER REFERENCES products(id), -- NULL: not filed under a product
    code            TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 32 AND code = upper(code)),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description     TEXT NOT NULL DEFAULT '',
    trial_days      INTEGER NOT NULL DEFAULT 0 CHECK (trial_days BETWEEN 0 AND 730),
    term_periods    INTEGER NOT NULL DEFAULT 0 CHECK (term_periods BETWEEN 0 AND 120), -- 0 = evergreen
    term_end_action TEXT NOT NULL DEFAULT 'renew' CHECK (term_end_action IN ('renew', 'expire')),
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE plan_features (
    plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, -- features keep the order the clerk gave them
    feature  TEXT NOT NULL CHECK (length(trim(feature)) > 0),
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;

CREATE TABLE add_ons (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 32 AND code = upper(code)),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('recurring', 'one_time')),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

-- The add-ons a subscription to a plan may carry, in the order the clerk listed them.
CREATE TABLE plan_add_ons (
    plan_id   INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    add_on_id INTEGER NOT NULL REFERENCES add_ons(id),
    PRIMARY KEY (plan_id, position),
    UNIQUE (plan_id, add_on_id)
) WITHOUT ROWID;

CREATE INDEX plan_add_ons_add_on ON plan_add_ons (add_on_id);

CREATE TABLE metered_charges (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans(id),
    metric_code TEXT NOT NULL CHECK (length(metric_code) BETWEEN 1 AND 40 AND metric_code = lower(metric_code)),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    aggregation TEXT NOT NULL DEFAULT 'sum' CHECK (aggregation = 'sum' OR aggregation = 'max'
                                                   OR aggregation = 'last'),
    UNIQUE (plan_id, metric_code)
);

-- A price of a plan, add-on or metered charge in one currency and (recurring prices) one interval.
-- owner_id points into plans, add_ons or metered_charges by owner_kind, so it has no foreign key;
-- core/storage checks the owner exists before it inserts a price.
CREATE TABLE prices (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_kind     TEXT NOT NULL CHECK (owner_kind = 'plan' OR owner_kind = 'add_on'
                                        OR owner_kind = 'metered_charge'),
    owner_id       INTEGER NOT NULL,
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    interval_unit  TEXT CHECK (interval_unit = 'day' OR interval_unit = 'week' OR interval_unit = 'month'
                               OR interval_unit = 'year'), -- NULL: no interval
    interval_count INTEGER CHECK (interval_count BETWEEN 1 AND 366),
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    CHECK ((interval_unit IS NULL) = (interval_count IS NULL))
);

-- An owner has at most one unarchived price per currency and interval (NULLs folded so that
-- "no interval" counts as one value).
CREATE UNIQUE INDEX prices_one_active ON prices
    (owner_kind, owner_id, currency, ifnull(interval_unit, ''), ifnull(interval_count, 0))
    WHERE archived = 0;

-- Versions of a price are never changed once stored: subscriptions pin the version they were sold at.
CREATE TABLE price_versions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    price_id        INTEGER NOT NULL REFERENCES prices(id),
    effective_from  TEXT NOT NULL CHECK (length(effective_from) = 10),
    pricing_kind    TEXT NOT NULL CHECK (pricing_kind = 'flat' OR pricing_kind = 'per_unit'
                                         OR pricing_kind = 'graduated' OR pricing_kind = 'volume'
                                         OR pricing_kind = 'package'),
    price_minor     INTEGER NOT NULL DEFAULT 0, -- flat amount, unit price or package price; 0 when tiered
    package_size    INTEGER NOT NULL DEFAULT 1 CHECK (package_size >= 1),
    free_units      INTEGER NOT NULL DEFAULT 0 CHECK (free_units >= 0),
    setup_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (setup_fee_minor >= 0), -- plan prices only
    UNIQUE (price_id, effective_from)
);

-- Tiers of graduated and volume versions, in order; only the last one is unbounded (up_to NULL).
CREATE TABLE price_tiers (
    version_id       INTEGER NOT NULL REFERENCES price_versions(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    up_to            INTEGER, -- inclusive upper bound; NULL = unbounded
    unit_price_minor INTEGER NOT NULL,
    flat_fee_minor   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (version_id, position)
) WITHOUT ROWID;

CREATE TABLE coupons (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    code             TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 3 AND 32 AND code = upper(code)),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL CHECK (kind IN ('percent', 'fixed_amount')),
    percent_bp       INTEGER NOT NULL DEFAULT 0 CHECK (percent_bp BETWEEN 0 AND 10000), -- basis points
    amount_off_minor INTEGER NOT NULL DEFAULT 0 CHECK (amount_off_minor >= 0),
    currency         TEXT NOT NULL DEFAULT '' CHECK (currency = '' OR length(currency) = 3), -- of amount_off
    duration         TEXT NOT NULL CHECK (duration = 'once' OR duration = 'repeating'
                                          OR duration = 'forever'),
    duration_periods INTEGER NOT NULL DEFAULT 0 CHECK (duration_periods >= 0),
    redemption_limit INTEGER CHECK (redemption_limit >= 1), -- NULL: no limit
    expires_on       TEXT -- ISO date; NULL: never expires
);

-- The plans a coupon is limited to, by plan code (no rows: every plan).
CREATE TABLE coupon_plans (
    coupon_id INTEGER NOT NULL REFERENCES coupons(id) ON DELETE CASCADE,
    plan_code TEXT NOT NULL,
    PRIMARY KEY (coupon_id, plan_code)
) WITHOUT ROWID;

-- Subscriptions -----------------------------------------------------------------------------------

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    start_date      TEXT NOT NULL CHECK (length(start_date) = 10),
    trial_days      INTEGER NOT NULL DEFAULT 0 CHECK (trial_days >= 0),
    term_periods    INTEGER NOT NULL DEFAULT 0 CHECK (term_periods >= 0), -- copied from the plan
    term_end_action TEXT NOT NULL DEFAULT 'renew' CHECK (term_end_action IN ('renew', 'expire')),
    billed_through  TEXT -- ISO date; NULL before the first billing run
);

CREATE INDEX subscriptions_customer ON subscriptions (customer_id);

-- The event log of a subscription, kept forever. Events of kinds that carry a configuration
-- (created, changed, temporary_change, reverted, price_migrated) have interval_unit set and the
-- other config columns filled; for the other kinds every config column is NULL.
CREATE TABLE subscription_events (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id  INTEGER NOT NULL REFERENCES subscriptions(id),
    kind             TEXT NOT NULL CHECK (kind = 'created' OR kind = 'changed' OR kind = 'temporary_change'
                                          OR kind = 'reverted' OR kind = 'price_migrated' OR kind = 'paused'
                                          OR kind = 'resumed' OR kind = 'cancelled' OR kind = 'reactivated'
                                          OR kind = 'renewed' OR kind = 'expired'),
    effective_date   TEXT NOT NULL CHECK (length(effective_date) = 10),
    recorded_at      TEXT NOT NULL, -- ISO 8601 UTC
    prorate          INTEGER NOT NULL DEFAULT 0 CHECK (prorate IN (0, 1)),
    plan_id          INTEGER REFERENCES plans(id),
    plan_version_id  INTEGER REFERENCES price_versions(id),
    interval_unit    TEXT CHECK (interval_unit = 'day' OR interval_unit = 'week' OR interval_unit = 'month'
                                 OR interval_unit = 'year'),
    interval_count   INTEGER CHECK (interval_count BETWEEN 1 AND 366),
    quantity         INTEGER CHECK (quantity >= 0),
    anchor_day       INTEGER CHECK (anchor_day BETWEEN 0 AND 31),
    coupon_code      TEXT,
    related_event_id INTEGER REFERENCES subscription_events(id), -- reverted: the temporary change it ends
    note             TEXT NOT NULL DEFAULT '',
    CHECK ((interval_unit IS NULL) = (interval_count IS NULL)
           AND (interval_unit IS NULL) = (quantity IS NULL)
           AND (interval_unit IS NULL) = (anchor_day IS NULL)
           AND (interval_unit IS NULL) = (coupon_code IS NULL))
);

CREATE INDEX subscription_events_subscription ON subscription_events (subscription_id);
-- couponRedemptions() counts the subscriptions that used a code; most events carry none.
CREATE INDEX subscription_events_coupon ON subscription_events (coupon_code) WHERE coupon_code <> '';

-- The add-ons and metered charges of an event's configuration and the one-time add-ons bought with
-- it, in one list per event (position runs over all three kinds).
CREATE TABLE subscription_event_lines (
    event_id   INTEGER NOT NULL REFERENCES subscription_events(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind = 'add_on' OR kind = 'metered' OR kind = 'one_time'),
    ref_id     INTEGER NOT NULL, -- add_ons.id (add_on, one_time) or metered_charges.id (metered)
    version_id INTEGER REFERENCES price_versions(id),
    quantity   INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE usage_records (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    metric_code     TEXT NOT NULL CHECK (length(metric_code) BETWEEN 1 AND 40),
    quantity        INTEGER NOT NULL CHECK (quantity >= 0),
    date            TEXT NOT NULL CHECK (length(date) = 10)
);

CREATE INDEX usage_records_subscription_date ON usage_records (subscription_id, date);
-- A billing run reads every subscription's usage of a date range at once.
CREATE INDEX usage_records_date ON usage_records (date);

-- Billing ------------------------------------------------------------------------------------------

CREATE TABLE billing_runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    as_of        TEXT NOT NULL CHECK (length(as_of) = 10),
    started_at   TEXT NOT NULL, -- ISO 8601 UTC
    invoices     INTEGER NOT NULL DEFAULT 0 CHECK (invoices >= 0),
    credit_notes INTEGER NOT NULL DEFAULT 0 CHECK (credit_notes >= 0),
    lines        INTEGER NOT NULL DEFAULT 0 CHECK (lines >= 0)
);

-- Invoices and credit notes. Status has no CHECK yet: issuing, payments and dunning add their
-- statuses later, and SQLite cannot change a CHECK without rebuilding the table.
CREATE TABLE documents (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id          INTEGER NOT NULL REFERENCES customers(id),
    kind                 TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status               TEXT NOT NULL DEFAULT 'draft',
    date                 TEXT NOT NULL CHECK (length(date) = 10),
    currency             TEXT NOT NULL CHECK (length(currency) = 3),
    total_minor          INTEGER NOT NULL, -- sum of the lines, signed
    credit_applied_minor INTEGER NOT NULL DEFAULT 0 CHECK (credit_applied_minor >= 0),
    run_id               INTEGER REFERENCES billing_runs(id), -- NULL: written by an immediate change
    created_at           TEXT NOT NULL -- ISO 8601 UTC
);

CREATE INDEX documents_customer ON documents (customer_id);

-- Idempotent billing (BILLING.md §3): each (subscription, charge, period start) is billed at most
-- once, whatever the engine produces, because the unique key below refuses a second line. Lines
-- not tied to a subscription (subscription_id NULL) are outside the key.
CREATE TABLE document_lines (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    subscription_id INTEGER REFERENCES subscriptions(id),
    charge_key      TEXT NOT NULL CHECK (length(charge_key) > 0),
    period_start    TEXT NOT NULL CHECK (length(period_start) = 10),
    period_end      TEXT, -- ISO date, exclusive; NULL for a line without a period
    due_date        TEXT NOT NULL CHECK (length(due_date) = 10),
    kind            TEXT NOT NULL CHECK (kind = 'plan' OR kind = 'add_on' OR kind = 'one_time'
                                         OR kind = 'setup' OR kind = 'usage' OR kind = 'discount'
                                         OR kind = 'proration_credit' OR kind = 'proration_charge'
                                         OR kind = 'cancel_credit'),
    description     TEXT NOT NULL DEFAULT '',
    derivation      TEXT NOT NULL DEFAULT '', -- how the amount was computed, shown to the clerk
    quantity        INTEGER NOT NULL DEFAULT 1,
    amount_minor    INTEGER NOT NULL, -- in the document's currency, signed
    UNIQUE (subscription_id, charge_key, period_start)
);

CREATE INDEX document_lines_document ON document_lines (document_id);
-- The engine only re-derives lines due after billed_through: billedKeysAfter() seeks this index.
CREATE INDEX document_lines_due ON document_lines (subscription_id, due_date);

-- Movements of a customer's credit balance: > 0 granted by a credit note, < 0 applied to an invoice.
CREATE TABLE credit_entries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    date         TEXT NOT NULL CHECK (length(date) = 10),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    amount_minor INTEGER NOT NULL,
    document_id  INTEGER REFERENCES documents(id)
);

CREATE INDEX credit_entries_customer ON credit_entries (customer_id);
CREATE INDEX credit_entries_document ON credit_entries (document_id);
