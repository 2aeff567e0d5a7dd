-- BIRD's "financial" database (a Czech bank's accounts, clients, cards, loans, standing orders and
-- transactions, from the PKDD'99 Discovery Challenge data), the dev-set database of the BIRD text-to-SQL benchmark
-- (bird-bench.github.io; BIRD is released under CC BY-SA 4.0). Read from the benchmark's own schema file
-- dev_tables.json as copied into github.com/gianlucafarinaccio/schema-alignment-bird (dataset/dev_tables.json,
-- commit f343be7; that repository states no licence), its tables, columns, SQLite types, primary keys and foreign
-- keys turned into PostgreSQL by a one-off script, loaded into a scratch PostgreSQL and checked there; schema
-- financial. The source's names kept exactly (the district's cryptic A2..A16, the table "order" quoted). Column
-- comments are the plain-language column names dev_tables.json gives (BIRD's database_description column names) where
-- they say more than the name; the fuller description CSVs were not readable here, so none of their text. No rows.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS financial;
CREATE TABLE financial.account (
    account_id integer NOT NULL,
    district_id integer,
    frequency text,
    date date,
    PRIMARY KEY (account_id)
);
CREATE TABLE financial.card (
    card_id integer NOT NULL,
    disp_id integer,
    type text,
    issued date,
    PRIMARY KEY (card_id)
);
CREATE TABLE financial.client (
    client_id integer NOT NULL,
    gender text,
    birth_date date,
    district_id integer,
    PRIMARY KEY (client_id)
);
CREATE TABLE financial.disp (
    disp_id integer NOT NULL,
    client_id integer,
    account_id integer,
    type text,
    PRIMARY KEY (disp_id)
);
CREATE TABLE financial.district (
    district_id integer NOT NULL,
    "A2" text,
    "A3" text,
    "A4" text,
    "A5" text,
    "A6" text,
    "A7" text,
    "A8" integer,
    "A9" integer,
    "A10" real,
    "A11" integer,
    "A12" real,
    "A13" real,
    "A14" integer,
    "A15" integer,
    "A16" integer,
    PRIMARY KEY (district_id)
);
CREATE TABLE financial.loan (
    loan_id integer NOT NULL,
    account_id integer,
    date date,
    amount integer,
    duration integer,
    payments real,
    status text,
    PRIMARY KEY (loan_id)
);
CREATE TABLE financial."order" (
    order_id integer NOT NULL,
    account_id integer,
    bank_to text,
    account_to integer,
    amount real,
    k_symbol text,
    PRIMARY KEY (order_id)
);
CREATE TABLE financial.trans (
    trans_id integer NOT NULL,
    account_id integer,
    date date,
    type text,
    operation text,
    amount integer,
    balance integer,
    k_symbol text,
    bank text,
    account integer,
    PRIMARY KEY (trans_id)
);
ALTER TABLE financial.account ADD FOREIGN KEY (district_id) REFERENCES financial.district (district_id);
ALTER TABLE financial.card ADD FOREIGN KEY (disp_id) REFERENCES financial.disp (disp_id);
ALTER TABLE financial.client ADD FOREIGN KEY (district_id) REFERENCES financial.district (district_id);
ALTER TABLE financial.disp ADD FOREIGN KEY (client_id) REFERENCES financial.client (client_id);
ALTER TABLE financial.disp ADD FOREIGN KEY (account_id) REFERENCES financial.account (account_id);
ALTER TABLE financial.loan ADD FOREIGN KEY (account_id) REFERENCES financial.account (account_id);
ALTER TABLE financial."order" ADD FOREIGN KEY (account_id) REFERENCES financial.account (account_id);
ALTER TABLE financial.trans ADD FOREIGN KEY (account_id) REFERENCES financial.account (account_id);
COMMENT ON COLUMN financial.account.district_id IS 'location of branch';
COMMENT ON COLUMN financial.card.card_id IS 'credit card id';
COMMENT ON COLUMN financial.card.disp_id IS 'disposition id';
COMMENT ON COLUMN financial.client.district_id IS 'location of branch';
COMMENT ON COLUMN financial.disp.disp_id IS 'disposition id';
COMMENT ON COLUMN financial.district.district_id IS 'location of branch';
COMMENT ON COLUMN financial.district."A2" IS 'district_name';
COMMENT ON COLUMN financial.district."A3" IS 'region';
COMMENT ON COLUMN financial.district."A4" IS 'number of inhabitants';
COMMENT ON COLUMN financial.district."A5" IS 'no. of municipalities with inhabitants < 499';
COMMENT ON COLUMN financial.district."A6" IS 'no. of municipalities with inhabitants 500-1999';
COMMENT ON COLUMN financial.district."A7" IS 'no. of municipalities with inhabitants 2000-9999';
COMMENT ON COLUMN financial.district."A8" IS 'no. of municipalities with inhabitants > 10000';
COMMENT ON COLUMN financial.district."A10" IS 'ratio of urban inhabitants';
COMMENT ON COLUMN financial.district."A11" IS 'average salary';
COMMENT ON COLUMN financial.district."A12" IS 'unemployment rate 1995';
COMMENT ON COLUMN financial.district."A13" IS 'unemployment rate 1996';
COMMENT ON COLUMN financial.district."A14" IS 'no. of entrepreneurs per 1000 inhabitants';
COMMENT ON COLUMN financial.district."A15" IS 'no. of committed crimes 1995';
COMMENT ON COLUMN financial.district."A16" IS 'no. of committed crimes 1996';
COMMENT ON COLUMN financial.loan.payments IS 'monthly payments';
COMMENT ON COLUMN financial."order".bank_to IS 'bank of the recipient';
COMMENT ON COLUMN financial."order".account_to IS 'account of the recipient';
COMMENT ON COLUMN financial."order".amount IS 'debited amount';
COMMENT ON COLUMN financial."order".k_symbol IS 'characterization of the payment';
COMMENT ON COLUMN financial.trans.trans_id IS 'transaction id';
COMMENT ON COLUMN financial.trans.date IS 'date of transaction';
COMMENT ON COLUMN financial.trans.type IS '+/- transaction';
COMMENT ON COLUMN financial.trans.operation IS 'mode of transaction';
COMMENT ON COLUMN financial.trans.amount IS 'amount of money';
COMMENT ON COLUMN financial.trans.balance IS 'balance after transaction';
COMMENT ON COLUMN financial.trans.k_symbol IS 'characterization of the transaction';
COMMENT ON COLUMN financial.trans.bank IS 'bank of the partner';
COMMENT ON COLUMN financial.trans.account IS 'account of the partner';
