-- Spider's "customers_card_transactions" (a card issuer's customers with name, address, phone and e-mail; their
-- accounts; the credit and debit cards issued to them with number and validity dates; and the financial
-- transactions, payments and refunds, made on an account with a card, with amount, date and the previous
-- transaction), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/customers_card_transactions/customers_card_transactions.sqlite, commit 999f5e4),
-- converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema
-- customers_card_transactions; names lower-cased, INTEGER -> integer, VARCHAR(n) -> character varying(n), DATETIME ->
-- timestamp, DOUBLE -> double precision; primary keys and the 2 foreign keys as declared (the source declares none
-- from accounts or customers_cards to customers, and no primary key on financial_transactions). No comments in the
-- source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-customers_card_transactions.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS customers_card_transactions;
CREATE TABLE customers_card_transactions.accounts (
    account_id integer NOT NULL,
    customer_id integer NOT NULL,
    account_name character varying(50),
    other_account_details character varying(255),
    PRIMARY KEY (account_id)
);
CREATE TABLE customers_card_transactions.customers (
    customer_id integer NOT NULL,
    customer_first_name character varying(20),
    customer_last_name character varying(20),
    customer_address character varying(255),
    customer_phone character varying(255),
    customer_email character varying(255),
    other_customer_details character varying(255),
    PRIMARY KEY (customer_id)
);
CREATE TABLE customers_card_transactions.customers_cards (
    card_id integer NOT NULL,
    customer_id integer NOT NULL,
    card_type_code character varying(15) NOT NULL,
    card_number character varying(80),
    date_valid_from timestamp without time zone,
    date_valid_to timestamp without time zone,
    other_card_details character varying(255),
    PRIMARY KEY (card_id)
);
CREATE TABLE customers_card_transactions.financial_transactions (
    transaction_id integer NOT NULL,
    previous_transaction_id integer,
    account_id integer NOT NULL,
    card_id integer NOT NULL,
    transaction_type character varying(15) NOT NULL,
    transaction_date timestamp without time zone,
    transaction_amount double precision,
    transaction_comment character varying(255),
    other_transaction_details character varying(255),
    FOREIGN KEY (account_id) REFERENCES customers_card_transactions.accounts (account_id),
    FOREIGN KEY (card_id) REFERENCES customers_card_transactions.customers_cards (card_id)
);
