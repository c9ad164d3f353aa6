-- SubDesk schema 4: the metrics (BILLING.md §10): a cache of MRR spans, its stale marks, monthly
-- exchange rates and survey answers (NPS, CSAT).
-- Applied by core/storage/Migrator inside one transaction, which also sets PRAGMA user_version = 4.
-- Conventions as in schemas 1–3. The metrics settings live in the settings table of schema 1 under
-- keys "metrics.*" (reporting_currency, gross_margin_bp).

-- MRR spans ----------------------------------------------------------------------------------------

-- Days [from_day, to_day) over which a subscription contributes a constant, positive MRR in its own
-- currency (core/metrics/MrrSchedule). A cache: derived from the event log and the catalog, rebuilt
-- by MetricsService::refreshSpans for the subscriptions marked in mrr_stale. Days are Julian day
-- numbers (QDate::toJulianDay), so the dashboard reads a million spans as plain integers.
-- Clustered in the order the dashboard reads them (customer, subscription, start), so that read is
-- one pass over the table; spans of one subscription never overlap, hence the key.
CREATE TABLE mrr_spans (
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
    from_day        INTEGER NOT NULL,
    to_day          INTEGER CHECK (to_day IS NULL OR to_day > from_day), -- exclusive; NULL: open-ended
    plan_id         INTEGER NOT NULL REFERENCES plans(id),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    mrr_minor       INTEGER NOT NULL CHECK (mrr_minor > 0),
    PRIMARY KEY (customer_id, subscription_id, from_day)
) WITHOUT ROWID;

-- replaceSpans deletes a subscription's spans by its id alone.
CREATE INDEX mrr_spans_subscription ON mrr_spans (subscription_id);

-- Subscriptions whose spans must be rebuilt. Written by the triggers below, cleared by replaceSpans.
CREATE TABLE mrr_stale (
    subscription_id INTEGER PRIMARY KEY REFERENCES subscriptions(id)
);

-- Every subscription of a file from schema 3 needs its spans built once.
INSERT INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;

-- A subscription's spans go stale when its facts or its event log change. Billing runs only move
-- billed_through, which the MRR does not depend on, so they mark nothing.
CREATE TRIGGER subscriptions_stale_insert AFTER INSERT ON subscriptions
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) VALUES (NEW.id);
END;

CREATE TRIGGER subscriptions_stale_update
AFTER UPDATE OF id, customer_id, currency, start_date, trial_days, term_periods, term_end_action ON subscriptions
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) VALUES (NEW.id);
END;

CREATE TRIGGER subscription_events_stale_insert AFTER INSERT ON subscription_events
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) VALUES (NEW.subscription_id);
END;

CREATE TRIGGER subscription_events_stale_update AFTER UPDATE ON subscription_events
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) VALUES (OLD.subscription_id), (NEW.subscription_id);
END;

CREATE TRIGGER subscription_events_stale_delete AFTER DELETE ON subscription_events
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) VALUES (OLD.subscription_id);
END;

CREATE TRIGGER subscription_event_lines_stale_insert AFTER INSERT ON subscription_event_lines
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id)
        SELECT subscription_id FROM subscription_events WHERE id = NEW.event_id;
END;

CREATE TRIGGER subscription_event_lines_stale_update AFTER UPDATE ON subscription_event_lines
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id)
        SELECT subscription_id FROM subscription_events WHERE id = OLD.event_id OR id = NEW.event_id;
END;

CREATE TRIGGER subscription_event_lines_stale_delete AFTER DELETE ON subscription_event_lines
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id)
        SELECT subscription_id FROM subscription_events WHERE id = OLD.event_id;
END;

-- A change of the catalog's prices, plans or coupons may change any subscription's MRR: every
-- subscription goes stale. The WHEN clause skips the work once all of them are marked already, so
-- storing a price with its versions and tiers marks them once, not once per row.
CREATE TRIGGER prices_stale_insert AFTER INSERT ON prices
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER prices_stale_update AFTER UPDATE ON prices
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER prices_stale_delete AFTER DELETE ON prices
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;

CREATE TRIGGER price_versions_stale_insert AFTER INSERT ON price_versions
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER price_versions_stale_update AFTER UPDATE ON price_versions
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER price_versions_stale_delete AFTER DELETE ON price_versions
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;

CREATE TRIGGER price_tiers_stale_insert AFTER INSERT ON price_tiers
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER price_tiers_stale_update AFTER UPDATE ON price_tiers
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER price_tiers_stale_delete AFTER DELETE ON price_tiers
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;

CREATE TRIGGER coupons_stale_insert AFTER INSERT ON coupons
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER coupons_stale_update AFTER UPDATE ON coupons
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER coupons_stale_delete AFTER DELETE ON coupons
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;

CREATE TRIGGER coupon_plans_stale_insert AFTER INSERT ON coupon_plans
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER coupon_plans_stale_update AFTER UPDATE ON coupon_plans
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER coupon_plans_stale_delete AFTER DELETE ON coupon_plans
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;

CREATE TRIGGER plans_stale_insert AFTER INSERT ON plans
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER plans_stale_update AFTER UPDATE ON plans
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;
CREATE TRIGGER plans_stale_delete AFTER DELETE ON plans
WHEN (SELECT count(*) FROM mrr_stale) < (SELECT count(*) FROM subscriptions)
BEGIN
    INSERT OR IGNORE INTO mrr_stale (subscription_id) SELECT id FROM subscriptions;
END;

-- Exchange rates -----------------------------------------------------------------------------------

-- One unit of currency is worth rate ÷ 10^8 units of the reporting currency during month
-- ('YYYY-MM'); a month without a rate uses the latest earlier one (core/metrics/FxTable).
CREATE TABLE fx_rates (
    month    TEXT NOT NULL CHECK (length(month) = 7 AND substr(month, 5, 1) = '-'),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    rate     INTEGER NOT NULL CHECK (rate > 0),
    PRIMARY KEY (month, currency)
) WITHOUT ROWID;

-- Survey answers -----------------------------------------------------------------------------------

-- An NPS (0–10) or CSAT (1–5) answer of a customer. tags holds the normalised tags (lower case,
-- trimmed, sorted, unique, never containing a comma) joined by commas, '' for none: the dashboard
-- reads every answer with its tags in one pass, without a join.
CREATE TABLE survey_answers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    kind        TEXT NOT NULL CHECK (kind IN ('nps', 'csat')),
    date        TEXT NOT NULL CHECK (length(date) = 10),
    score       INTEGER NOT NULL CHECK ((kind = 'nps' AND score BETWEEN 0 AND 10)
                                        OR (kind = 'csat' AND score BETWEEN 1 AND 5)),
    comment     TEXT NOT NULL DEFAULT '',
    channel     TEXT NOT NULL DEFAULT 'email' CHECK (channel = 'email' OR channel = 'web' OR channel = 'in_app'
                                                     OR channel = 'phone' OR channel = 'other'),
    tags        TEXT NOT NULL DEFAULT ''
);

-- Answers by date (the dashboard, date ranges) and a customer's answers (the customer detail).
CREATE INDEX survey_answers_date ON survey_answers (date);
CREATE INDEX survey_answers_customer ON survey_answers (customer_id, date);

-- Invoiced revenue per month ------------------------------------------------------------------------

-- What issued documents invoiced, per month of issue ('YYYY-MM'), currency and document kind: line
-- nets per line kind, and tax. The reconciliation of MRR against invoices reads these few hundred
-- rows instead of joining every issued line (millions after a few years of monthly billing).
-- Issued documents never change and are never deleted (schema 3's triggers), and every document is
-- written as a draft and issued by one UPDATE of its status: adding a document's amounts when it
-- leaves 'draft' keeps the sums exact. Issued ↔ uncollectible both count as issued.
CREATE TABLE invoiced_lines_monthly (
    month     TEXT NOT NULL CHECK (length(month) = 7),
    currency  TEXT NOT NULL CHECK (length(currency) = 3),
    kind      TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    line_kind TEXT NOT NULL,
    net_minor INTEGER NOT NULL,
    PRIMARY KEY (month, currency, kind, line_kind)
) WITHOUT ROWID;

CREATE TABLE invoiced_tax_monthly (
    month     TEXT NOT NULL CHECK (length(month) = 7),
    currency  TEXT NOT NULL CHECK (length(currency) = 3),
    kind      TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    tax_minor INTEGER NOT NULL,
    PRIMARY KEY (month, currency, kind)
) WITHOUT ROWID;

INSERT INTO invoiced_lines_monthly (month, currency, kind, line_kind, net_minor)
    SELECT substr(d.issue_date, 1, 7), d.currency, d.kind, l.kind, sum(l.net_minor)
    FROM documents d JOIN document_lines l ON l.document_id = d.id
    WHERE d.status <> 'draft' AND d.issue_date IS NOT NULL
    GROUP BY 1, 2, 3, 4;

INSERT INTO invoiced_tax_monthly (month, currency, kind, tax_minor)
    SELECT substr(issue_date, 1, 7), currency, kind, sum(tax_total_minor)
    FROM documents WHERE status <> 'draft' AND issue_date IS NOT NULL
    GROUP BY 1, 2, 3;

CREATE TRIGGER documents_invoiced_on_issue AFTER UPDATE OF status ON documents
WHEN OLD.status = 'draft' AND NEW.status <> 'draft' AND NEW.issue_date IS NOT NULL
BEGIN
    INSERT INTO invoiced_lines_monthly (month, currency, kind, line_kind, net_minor)
        SELECT substr(NEW.issue_date, 1, 7), NEW.currency, NEW.kind, kind, sum(net_minor)
        FROM document_lines WHERE document_id = NEW.id GROUP BY kind
        ON CONFLICT (month, currency, kind, line_kind) DO UPDATE SET net_minor = net_minor + excluded.net_minor;
    INSERT INTO invoiced_tax_monthly (month, currency, kind, tax_minor)
        VALUES (substr(NEW.issue_date, 1, 7), NEW.currency, NEW.kind, NEW.tax_total_minor)
        ON CONFLICT (month, currency, kind) DO UPDATE SET tax_minor = tax_minor + excluded.tax_minor;
END;
