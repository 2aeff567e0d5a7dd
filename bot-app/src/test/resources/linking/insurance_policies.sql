-- Spider's "insurance_policies" (customers, their policies with a policy type and start and end dates, claims made
-- on a policy, settlements of claims, payments made on settlements with a payment method), its SQLite file as
-- mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/insurance_policies/insurance_policies.sqlite,
-- commit 999f5e4), converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list),
-- schema insurance_policies; names lower-cased, INTEGER -> integer, DATE -> date, CHAR(15) -> character(15),
-- VARCHAR(n) kept; settlements.customer_policy_id has no foreign key, as in the source; policy type and payment
-- method codes have no lookup table, as in the source. No comments in the source. Nothing left out. Licence:
-- Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in values-insurance_policies.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS insurance_policies;
CREATE TABLE insurance_policies.customers (
    customer_id integer NOT NULL,
    customer_details character varying(255) NOT NULL,
    PRIMARY KEY (customer_id)
);
CREATE TABLE insurance_policies.customer_policies (
    policy_id integer NOT NULL,
    customer_id integer NOT NULL,
    policy_type_code character(15) NOT NULL,
    start_date date,
    end_date date,
    PRIMARY KEY (policy_id)
);
CREATE TABLE insurance_policies.claims (
    claim_id integer NOT NULL,
    policy_id integer NOT NULL,
    date_claim_made date,
    date_claim_settled date,
    amount_claimed integer,
    amount_settled integer,
    PRIMARY KEY (claim_id)
);
CREATE TABLE insurance_policies.settlements (
    settlement_id integer NOT NULL,
    claim_id integer NOT NULL,
    date_claim_made date,
    date_claim_settled date,
    amount_claimed integer,
    amount_settled integer,
    customer_policy_id integer NOT NULL,
    PRIMARY KEY (settlement_id)
);
CREATE TABLE insurance_policies.payments (
    payment_id integer NOT NULL,
    settlement_id integer NOT NULL,
    payment_method_code character varying(255),
    date_payment_made date,
    amount_payment integer,
    PRIMARY KEY (payment_id)
);
ALTER TABLE insurance_policies.customer_policies ADD FOREIGN KEY (customer_id) REFERENCES insurance_policies.customers (customer_id);
ALTER TABLE insurance_policies.claims ADD FOREIGN KEY (policy_id) REFERENCES insurance_policies.customer_policies (policy_id);
ALTER TABLE insurance_policies.settlements ADD FOREIGN KEY (claim_id) REFERENCES insurance_policies.claims (claim_id);
ALTER TABLE insurance_policies.payments ADD FOREIGN KEY (settlement_id) REFERENCES insurance_policies.settlements (settlement_id);
