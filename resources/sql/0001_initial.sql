-- SubDesk schema 1: the company database and its customers.
-- Applied by core/storage/Migrator inside one transaction, which also sets PRAGMA user_version = 1.

PRAGMA application_id = 1398096452; -- 'SUBD': tells a SubDesk company file from any other SQLite file

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE customers (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT, -- customer numbers are never reused
    display_name        TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    kind                TEXT NOT NULL CHECK (kind IN ('business', 'individual')),
    contact_person      TEXT NOT NULL DEFAULT '',
    emails              TEXT NOT NULL DEFAULT '', -- addresses separated by newlines
    phone               TEXT NOT NULL DEFAULT '',
    street_lines        TEXT NOT NULL DEFAULT '', -- lines separated by newlines
    postal_code         TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL DEFAULT '',
    country             TEXT NOT NULL CHECK (length(country) = 2),
    vat_id              TEXT NOT NULL DEFAULT '',
    language            TEXT NOT NULL DEFAULT 'en',
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    payment_terms_days  INTEGER NOT NULL DEFAULT 14 CHECK (payment_terms_days BETWEEN 0 AND 365),
    payment_method      TEXT NOT NULL CHECK (payment_method IN
                            ('bank_transfer', 'sepa_direct_debit', 'card', 'cash', 'other')),
    iban                TEXT NOT NULL DEFAULT '',
    bic                 TEXT NOT NULL DEFAULT '',
    mandate_reference   TEXT NOT NULL DEFAULT '',
    mandate_signed_on   TEXT, -- ISO date
    preferred_channel   TEXT NOT NULL CHECK (preferred_channel IN ('email', 'paper', 'einvoice')),
    einvoice_endpoint   TEXT NOT NULL DEFAULT '',
    segment             TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    created_at          TEXT NOT NULL -- ISO 8601 UTC
);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL, -- tags keep the order the clerk gave them
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;

-- No secondary indexes yet: lists are filtered in memory (core/customers/CustomerFilter), and every
-- index would slow the 100,000-row import down.
