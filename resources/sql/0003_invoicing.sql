-- SubDesk schema 3: issuing documents (numbering series, tax, parties), payments, the company
-- profile, bank accounts and tax rates (BILLING.md §8–9).
-- Applied by core/storage/Migrator inside one transaction, which also sets PRAGMA user_version = 3.
-- Conventions as in schemas 1 and 2. The company profile and invoicing settings live in the
-- settings table of schema 1 under keys "company.*" and "invoicing.*".

-- Tax rates ----------------------------------------------------------------------------------------

-- The rate of a tax class in a country over a span of dates. Pre-filled with the EU rates; the clerk
-- edits them. Spans of one (country, class) must not overlap (checked by core before writing).
CREATE TABLE tax_rates (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    country    TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
    tax_class  TEXT NOT NULL CHECK (tax_class = 'standard' OR tax_class = 'reduced'
                                    OR tax_class = 'reduced2' OR tax_class = 'super_reduced'
                                    OR tax_class = 'zero'),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    rate_bp    INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000), -- basis points: 2300 = 23 %
    valid_from TEXT NOT NULL CHECK (length(valid_from) = 10),
    valid_to   TEXT CHECK (valid_to IS NULL OR (length(valid_to) = 10 AND valid_to >= valid_from)) -- inclusive
);

CREATE INDEX tax_rates_lookup ON tax_rates (country, tax_class, valid_from);

-- Bank accounts printed on documents: the default one of the document's currency, else the default.
CREATE TABLE bank_accounts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    label      TEXT NOT NULL DEFAULT '',
    bank_name  TEXT NOT NULL DEFAULT '',
    iban       TEXT NOT NULL CHECK (length(iban) BETWEEN 15 AND 34),
    bic        TEXT NOT NULL DEFAULT '',
    currency   TEXT NOT NULL DEFAULT '' CHECK (currency = '' OR length(currency) = 3), -- '': any
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

-- Numbering ----------------------------------------------------------------------------------------

-- A numbering series: pattern tokens {YYYY} {YY} {MM} and {#…} (the counter, zero-padded to the
-- count of #). Invoices and credit notes each have one default series.
CREATE TABLE number_series (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    pattern      TEXT NOT NULL CHECK (instr(pattern, '{#') > 0),
    yearly_reset INTEGER NOT NULL DEFAULT 0 CHECK (yearly_reset IN (0, 1)),
    is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE UNIQUE INDEX number_series_one_default ON number_series (kind) WHERE is_default = 1;

-- The last number given per series and year (year 0 for a series without yearly reset). Only
-- issuing touches it, in the transaction that writes the number onto the document.
CREATE TABLE series_counters (
    series_id   INTEGER NOT NULL REFERENCES number_series(id),
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (series_id, year)
) WITHOUT ROWID;

INSERT INTO number_series (kind, name, pattern, yearly_reset, is_default)
VALUES ('invoice', 'Invoices', 'INV-{YYYY}-{#####}', 1, 1),
       ('credit_note', 'Credit notes', 'CN-{YYYY}-{#####}', 1, 1);

-- Documents ----------------------------------------------------------------------------------------

-- status: 'draft' (no number, may change or go), 'issued', 'uncollectible'. Open, overdue,
-- partially paid, paid and credited are derived from the settlement columns and the due date.
-- total_minor is the gross total (net + tax) once issued; a draft's is the sum of its lines.
ALTER TABLE documents ADD COLUMN number TEXT;
ALTER TABLE documents ADD COLUMN series_id INTEGER REFERENCES number_series(id);
ALTER TABLE documents ADD COLUMN issue_date TEXT;
ALTER TABLE documents ADD COLUMN due_date TEXT;
ALTER TABLE documents ADD COLUMN supply_from TEXT;
ALTER TABLE documents ADD COLUMN supply_to TEXT; -- exclusive, as periods are
ALTER TABLE documents ADD COLUMN corrects_id INTEGER REFERENCES documents(id); -- credit note → invoice
ALTER TABLE documents ADD COLUMN prices_include_tax INTEGER NOT NULL DEFAULT 0
    CHECK (prices_include_tax IN (0, 1));
ALTER TABLE documents ADD COLUMN net_total_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN tax_total_minor INTEGER NOT NULL DEFAULT 0;
-- Settlement of an invoice (all ≥ 0): payments allocated, credit notes against it, and
-- balance = total − paid − credited − credit_applied.
ALTER TABLE documents ADD COLUMN paid_minor INTEGER NOT NULL DEFAULT 0 CHECK (paid_minor >= 0);
ALTER TABLE documents ADD COLUMN credited_minor INTEGER NOT NULL DEFAULT 0 CHECK (credited_minor >= 0);
ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE documents ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN payment_reference TEXT NOT NULL DEFAULT ''; -- ISO 11649 "RF…"
-- Snapshots of both parties as issued (JSON objects written by core/storage), so that a later edit of
-- the customer or the company profile never changes an issued document.
ALTER TABLE documents ADD COLUMN seller TEXT NOT NULL DEFAULT '{}';
ALTER TABLE documents ADD COLUMN buyer TEXT NOT NULL DEFAULT '{}';
ALTER TABLE documents ADD COLUMN issued_at TEXT; -- ISO 8601 UTC

-- Partial indexes where drafts have NULL: a billing run's drafts do not pay for them.
-- A number is unique per kind, not only per series: two series of one pattern never give it twice.
CREATE UNIQUE INDEX documents_number ON documents (kind, number) WHERE number IS NOT NULL;
-- Statements and exports by issue date; the last issue date of a series (issuing checks the order).
CREATE INDEX documents_issue_date ON documents (issue_date) WHERE issue_date IS NOT NULL;
CREATE INDEX documents_series_issue_date ON documents (series_id, issue_date) WHERE series_id IS NOT NULL;
CREATE INDEX documents_corrects ON documents (corrects_id) WHERE corrects_id IS NOT NULL;
-- The invoices view (core/storage/SqliteDocumentList) over 1,000,000 documents. Its default order
-- (issue date, or a draft's date, newest first) reads only the page shown; counts, totals per
-- currency, status filters, open items and the other orders scan documents_list, which holds every
-- column they read: a tenth of the table's size, whose rows carry both parties' snapshots. (A
-- partial index on status = 'issued' would lure the planner away from it into a table scan.)
CREATE INDEX documents_list_date ON documents (ifnull(issue_date, date));
CREATE INDEX documents_list ON documents (currency, status, kind, due_date, total_minor, paid_minor, credited_minor,
                                          credit_applied_minor, customer_id, series_id, number, issue_date, date);

-- Tax of a line once issued: its class (from the catalog or the clerk), the category and rate that
-- applied (EN 16931 BT-151/152) and its net amount (for tax-inclusive price lists, the net part of
-- amount_minor allocated so that lines sum exactly to the document's net per rate).
ALTER TABLE document_lines ADD COLUMN tax_class TEXT NOT NULL DEFAULT 'standard';
ALTER TABLE document_lines ADD COLUMN tax_category TEXT NOT NULL DEFAULT '';
ALTER TABLE document_lines ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_lines ADD COLUMN net_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_lines ADD COLUMN unit_price_minor INTEGER; -- NULL: amount ÷ quantity is not exact

-- Totals per (category, rate) of an issued document (BILLING.md §8: one rounding per group).
CREATE TABLE document_taxes (
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    category       TEXT NOT NULL CHECK (category = 'S' OR category = 'Z' OR category = 'E'
                                        OR category = 'AE' OR category = 'K' OR category = 'G'
                                        OR category = 'O'),
    rate_bp        INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    taxable_minor  INTEGER NOT NULL,
    tax_minor      INTEGER NOT NULL,
    exemption_code TEXT NOT NULL DEFAULT '', -- e.g. 'VATEX-EU-AE'
    exemption_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

-- Payments -----------------------------------------------------------------------------------------

-- Money received from (kind 'payment') or paid back to (kind 'refund') a customer; amount > 0.
CREATE TABLE payments (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    kind         TEXT NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'refund')),
    date         TEXT NOT NULL CHECK (length(date) = 10),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    method       TEXT NOT NULL CHECK (method = 'bank_transfer' OR method = 'direct_debit'
                                      OR method = 'card' OR method = 'cash' OR method = 'other'),
    reference    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);

CREATE INDEX payments_customer ON payments (customer_id, date);
CREATE INDEX payments_date ON payments (date);

-- What part of a payment settles which invoice; the rest of a payment became customer credit.
CREATE TABLE payment_allocations (
    payment_id   INTEGER NOT NULL REFERENCES payments(id),
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (payment_id, document_id)
) WITHOUT ROWID;

CREATE INDEX payment_allocations_document ON payment_allocations (document_id);

-- A credit entry may come from a payment (overpayment > 0) or go to one (refund < 0).
ALTER TABLE credit_entries ADD COLUMN payment_id INTEGER REFERENCES payments(id);

-- Files from schema 2 ---------------------------------------------------------------------------------

-- Schema 2's billing took customer credit onto drafts at once; now issuing grants and applies it. A
-- migrated draft therefore starts with no credit taken or given (its credit entries go).
DELETE FROM credit_entries WHERE document_id IN (SELECT id FROM documents WHERE status = 'draft');
UPDATE documents SET credit_applied_minor = 0 WHERE status = 'draft' AND credit_applied_minor <> 0;

-- Immutability (BILLING.md §9) --------------------------------------------------------------------
-- Enforced here as well as in core: whatever writes to the file, an issued document's number,
-- parties, dates, amounts, lines and taxes never change and it is never deleted. Only its status
-- (issued ↔ uncollectible) and its settlement columns move, an invoice's never beyond its total.
-- core/storage turns on PRAGMA recursive_triggers, so that INSERT OR REPLACE, which deletes the row it
-- replaces, meets the delete triggers; for writers without it, the insert triggers refuse an insert
-- that would replace an issued row. Both test NEW.id first: a billing run's inserts leave it NULL.

CREATE TRIGGER documents_issued_immutable BEFORE UPDATE ON documents
WHEN OLD.status <> 'draft' AND (
       NEW.number IS NOT OLD.number OR NEW.series_id IS NOT OLD.series_id
    OR NEW.customer_id IS NOT OLD.customer_id OR NEW.kind IS NOT OLD.kind
    OR NEW.date IS NOT OLD.date OR NEW.issue_date IS NOT OLD.issue_date
    OR NEW.due_date IS NOT OLD.due_date OR NEW.supply_from IS NOT OLD.supply_from
    OR NEW.supply_to IS NOT OLD.supply_to OR NEW.currency IS NOT OLD.currency
    OR NEW.total_minor IS NOT OLD.total_minor OR NEW.net_total_minor IS NOT OLD.net_total_minor
    OR NEW.tax_total_minor IS NOT OLD.tax_total_minor
    OR NEW.prices_include_tax IS NOT OLD.prices_include_tax OR NEW.corrects_id IS NOT OLD.corrects_id
    OR NEW.language IS NOT OLD.language OR NEW.note IS NOT OLD.note
    OR NEW.payment_reference IS NOT OLD.payment_reference OR NEW.seller IS NOT OLD.seller
    OR NEW.buyer IS NOT OLD.buyer OR NEW.issued_at IS NOT OLD.issued_at
    OR NEW.run_id IS NOT OLD.run_id OR NEW.created_at IS NOT OLD.created_at
    OR NEW.id IS NOT OLD.id
    OR (NEW.status <> 'issued' AND NEW.status <> 'uncollectible')
    OR (NEW.kind = 'invoice'
        AND NEW.paid_minor + NEW.credited_minor + NEW.credit_applied_minor > NEW.total_minor))
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

CREATE TRIGGER documents_issued_replace BEFORE INSERT ON documents
WHEN (NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM documents WHERE id = NEW.id AND status <> 'draft'))
  OR (NEW.number IS NOT NULL AND EXISTS (SELECT 1 FROM documents WHERE kind = NEW.kind AND number = NEW.number))
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

CREATE TRIGGER documents_issued_undeletable BEFORE DELETE ON documents
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be deleted');
END;

CREATE TRIGGER document_lines_issued_insert BEFORE INSERT ON document_lines
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'
  OR (NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM document_lines l JOIN documents d ON d.id = l.document_id
                                     WHERE l.id = NEW.id AND d.status <> 'draft'))
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

CREATE TRIGGER document_lines_issued_update BEFORE UPDATE ON document_lines
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
  OR (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

CREATE TRIGGER document_lines_issued_delete BEFORE DELETE ON document_lines
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

CREATE TRIGGER document_taxes_issued_insert BEFORE INSERT ON document_taxes
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

CREATE TRIGGER document_taxes_issued_update BEFORE UPDATE ON document_taxes
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

CREATE TRIGGER document_taxes_issued_delete BEFORE DELETE ON document_taxes
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'an issued document cannot be changed');
END;

-- EU VAT rates -------------------------------------------------------------------------------------

-- The standard and reduced rates of the 27 member states (Greece as GR, as customers' countries are),
-- from 2020 on. A change of rate ends the old row the day before the new one starts; temporary cuts
-- (DE 2020, IE 2020/21, LU 2023) are encoded as such. Rates for single kinds of goods or services
-- that move between classes are not: the clerk sets each item's class and edits this table.
INSERT INTO tax_rates (country, tax_class, name, rate_bp, valid_from, valid_to) VALUES
    ('AT', 'standard',      'Standard rate',           2000, '2020-01-01', NULL),
    ('AT', 'reduced',       'Reduced rate',            1000, '2020-01-01', NULL),
    ('AT', 'reduced2',      'Second reduced rate',     1300, '2020-01-01', NULL),
    ('BE', 'standard',      'Standard rate',           2100, '2020-01-01', NULL),
    ('BE', 'reduced',       'Reduced rate',             600, '2020-01-01', NULL),
    ('BE', 'reduced2',      'Second reduced rate',     1200, '2020-01-01', NULL),
    ('BG', 'standard',      'Standard rate',           2000, '2020-01-01', NULL),
    ('BG', 'reduced',       'Reduced rate',             900, '2020-01-01', NULL),
    ('CY', 'standard',      'Standard rate',           1900, '2020-01-01', NULL),
    ('CY', 'reduced',       'Reduced rate',             500, '2020-01-01', NULL),
    ('CY', 'reduced2',      'Second reduced rate',      900, '2020-01-01', NULL),
    ('CZ', 'standard',      'Standard rate',           2100, '2020-01-01', NULL),
    ('CZ', 'reduced',       'Reduced rate',            1500, '2020-01-01', '2023-12-31'),
    ('CZ', 'reduced',       'Reduced rate',            1200, '2024-01-01', NULL),
    ('CZ', 'reduced2',      'Second reduced rate',     1000, '2020-01-01', '2023-12-31'),
    ('DE', 'standard',      'Standard rate',           1900, '2020-01-01', '2020-06-30'),
    ('DE', 'standard',      'Standard rate',           1600, '2020-07-01', '2020-12-31'),
    ('DE', 'standard',      'Standard rate',           1900, '2021-01-01', NULL),
    ('DE', 'reduced',       'Reduced rate',             700, '2020-01-01', '2020-06-30'),
    ('DE', 'reduced',       'Reduced rate',             500, '2020-07-01', '2020-12-31'),
    ('DE', 'reduced',       'Reduced rate',             700, '2021-01-01', NULL),
    ('DK', 'standard',      'Standard rate',           2500, '2020-01-01', NULL),
    ('EE', 'standard',      'Standard rate',           2000, '2020-01-01', '2023-12-31'),
    ('EE', 'standard',      'Standard rate',           2200, '2024-01-01', '2025-06-30'),
    ('EE', 'standard',      'Standard rate',           2400, '2025-07-01', NULL),
    ('EE', 'reduced',       'Reduced rate',             900, '2020-01-01', NULL),
    ('EE', 'reduced2',      'Second reduced rate',     1300, '2025-01-01', NULL),
    ('ES', 'standard',      'Standard rate',           2100, '2020-01-01', NULL),
    ('ES', 'reduced',       'Reduced rate',            1000, '2020-01-01', NULL),
    ('ES', 'super_reduced', 'Super-reduced rate',       400, '2020-01-01', NULL),
    ('FI', 'standard',      'Standard rate',           2400, '2020-01-01', '2024-08-31'),
    ('FI', 'standard',      'Standard rate',           2550, '2024-09-01', NULL),
    ('FI', 'reduced',       'Reduced rate',            1400, '2020-01-01', '2025-12-31'),
    ('FI', 'reduced',       'Reduced rate',            1350, '2026-01-01', NULL),
    ('FI', 'reduced2',      'Second reduced rate',     1000, '2020-01-01', NULL),
    ('FR', 'standard',      'Standard rate',           2000, '2020-01-01', NULL),
    ('FR', 'reduced',       'Reduced rate',            1000, '2020-01-01', NULL),
    ('FR', 'reduced2',      'Second reduced rate',      550, '2020-01-01', NULL),
    ('FR', 'super_reduced', 'Super-reduced rate',       210, '2020-01-01', NULL),
    ('GR', 'standard',      'Standard rate',           2400, '2020-01-01', NULL),
    ('GR', 'reduced',       'Reduced rate',            1300, '2020-01-01', NULL),
    ('GR', 'reduced2',      'Second reduced rate',      600, '2020-01-01', NULL),
    ('HR', 'standard',      'Standard rate',           2500, '2020-01-01', NULL),
    ('HR', 'reduced',       'Reduced rate',            1300, '2020-01-01', NULL),
    ('HR', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('HU', 'standard',      'Standard rate',           2700, '2020-01-01', NULL),
    ('HU', 'reduced',       'Reduced rate',            1800, '2020-01-01', NULL),
    ('HU', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('IE', 'standard',      'Standard rate',           2300, '2020-01-01', '2020-08-31'),
    ('IE', 'standard',      'Standard rate',           2100, '2020-09-01', '2021-02-28'),
    ('IE', 'standard',      'Standard rate',           2300, '2021-03-01', NULL),
    ('IE', 'reduced',       'Reduced rate',            1350, '2020-01-01', NULL),
    ('IE', 'reduced2',      'Second reduced rate',      900, '2020-01-01', NULL),
    ('IE', 'super_reduced', 'Super-reduced rate',       480, '2020-01-01', NULL),
    ('IT', 'standard',      'Standard rate',           2200, '2020-01-01', NULL),
    ('IT', 'reduced',       'Reduced rate',            1000, '2020-01-01', NULL),
    ('IT', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('IT', 'super_reduced', 'Super-reduced rate',       400, '2020-01-01', NULL),
    ('LT', 'standard',      'Standard rate',           2100, '2020-01-01', NULL),
    ('LT', 'reduced',       'Reduced rate',             900, '2020-01-01', NULL),
    ('LT', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('LU', 'standard',      'Standard rate',           1700, '2020-01-01', '2022-12-31'),
    ('LU', 'standard',      'Standard rate',           1600, '2023-01-01', '2023-12-31'),
    ('LU', 'standard',      'Standard rate',           1700, '2024-01-01', NULL),
    ('LU', 'reduced',       'Reduced rate',             800, '2020-01-01', '2022-12-31'),
    ('LU', 'reduced',       'Reduced rate',             700, '2023-01-01', '2023-12-31'),
    ('LU', 'reduced',       'Reduced rate',             800, '2024-01-01', NULL),
    ('LU', 'reduced2',      'Second reduced rate',     1400, '2020-01-01', '2022-12-31'),
    ('LU', 'reduced2',      'Second reduced rate',     1300, '2023-01-01', '2023-12-31'),
    ('LU', 'reduced2',      'Second reduced rate',     1400, '2024-01-01', NULL),
    ('LU', 'super_reduced', 'Super-reduced rate',       300, '2020-01-01', NULL),
    ('LV', 'standard',      'Standard rate',           2100, '2020-01-01', NULL),
    ('LV', 'reduced',       'Reduced rate',            1200, '2020-01-01', NULL),
    ('LV', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('MT', 'standard',      'Standard rate',           1800, '2020-01-01', NULL),
    ('MT', 'reduced',       'Reduced rate',             700, '2020-01-01', NULL),
    ('MT', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('NL', 'standard',      'Standard rate',           2100, '2020-01-01', NULL),
    ('NL', 'reduced',       'Reduced rate',             900, '2020-01-01', NULL),
    ('PL', 'standard',      'Standard rate',           2300, '2020-01-01', NULL),
    ('PL', 'reduced',       'Reduced rate',             800, '2020-01-01', NULL),
    ('PL', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('PT', 'standard',      'Standard rate',           2300, '2020-01-01', NULL),
    ('PT', 'reduced',       'Reduced rate',            1300, '2020-01-01', NULL),
    ('PT', 'reduced2',      'Second reduced rate',      600, '2020-01-01', NULL),
    ('RO', 'standard',      'Standard rate',           1900, '2020-01-01', '2025-07-31'),
    ('RO', 'standard',      'Standard rate',           2100, '2025-08-01', NULL),
    ('RO', 'reduced',       'Reduced rate',             900, '2020-01-01', '2025-07-31'),
    ('RO', 'reduced',       'Reduced rate',            1100, '2025-08-01', NULL),
    ('RO', 'reduced2',      'Second reduced rate',      500, '2020-01-01', '2025-07-31'),
    ('SE', 'standard',      'Standard rate',           2500, '2020-01-01', NULL),
    ('SE', 'reduced',       'Reduced rate',            1200, '2020-01-01', NULL),
    ('SE', 'reduced2',      'Second reduced rate',      600, '2020-01-01', NULL),
    ('SI', 'standard',      'Standard rate',           2200, '2020-01-01', NULL),
    ('SI', 'reduced',       'Reduced rate',             950, '2020-01-01', NULL),
    ('SI', 'reduced2',      'Second reduced rate',      500, '2020-01-01', NULL),
    ('SK', 'standard',      'Standard rate',           2000, '2020-01-01', '2024-12-31'),
    ('SK', 'standard',      'Standard rate',           2300, '2025-01-01', NULL),
    ('SK', 'reduced',       'Reduced rate',            1000, '2020-01-01', '2024-12-31'),
    ('SK', 'reduced',       'Reduced rate',            1900, '2025-01-01', NULL),
    ('SK', 'reduced2',      'Second reduced rate',      500, '2025-01-01', NULL);
