-- Spider's "customers_and_invoices" (customers, their accounts and the financial transactions (payments, refunds)
-- on them, orders with order items, invoices and invoice line items, products with their categories and VAT
-- rating), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/
-- customers_and_invoices/customers_and_invoices.sqlite, commit 999f5e4), converted by a one-off script from the
-- SQLite catalog, loaded into a scratch PostgreSQL and regenerated from its catalog, schema customers_and_invoices;
-- names lower-cased (Product_Categories -> product_categories), INTEGER -> integer, VARCHAR(n) kept, DATETIME ->
-- timestamp, DECIMAL(19,4) -> numeric(19,4); order_items.product_quantity and invoice_line_items.product_quantity
-- stay VARCHAR(50) as declared; financial_transactions and invoice_line_items have no primary key, as in the
-- source; its 11 foreign keys kept. No comments in the source. CC BY-SA 4.0 (Spider). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS customers_and_invoices;
CREATE TABLE customers_and_invoices.accounts (
    account_id integer NOT NULL,
    customer_id integer NOT NULL,
    date_account_opened timestamp without time zone,
    account_name character varying(50),
    other_account_details character varying(255),
    PRIMARY KEY (account_id)
);
CREATE TABLE customers_and_invoices.customers (
    customer_id integer NOT NULL,
    customer_first_name character varying(50),
    customer_middle_initial character varying(1),
    customer_last_name character varying(50),
    gender character varying(1),
    email_address character varying(255),
    login_name character varying(80),
    login_password character varying(20),
    phone_number character varying(255),
    town_city character varying(50),
    state_county_province character varying(50),
    country character varying(50),
    PRIMARY KEY (customer_id)
);
CREATE TABLE customers_and_invoices.financial_transactions (
    transaction_id integer NOT NULL,
    account_id integer NOT NULL,
    invoice_number integer,
    transaction_type character varying(15) NOT NULL,
    transaction_date timestamp without time zone,
    transaction_amount numeric(19,4),
    transaction_comment character varying(255),
    other_transaction_details character varying(255)
);
CREATE TABLE customers_and_invoices.invoice_line_items (
    order_item_id integer NOT NULL,
    invoice_number integer NOT NULL,
    product_id integer NOT NULL,
    product_title character varying(80),
    product_quantity character varying(50),
    product_price numeric(19,4),
    derived_product_cost numeric(19,4),
    derived_vat_payable numeric(19,4),
    derived_total_cost numeric(19,4)
);
CREATE TABLE customers_and_invoices.invoices (
    invoice_number integer NOT NULL,
    order_id integer NOT NULL,
    invoice_date timestamp without time zone,
    PRIMARY KEY (invoice_number)
);
CREATE TABLE customers_and_invoices.order_items (
    order_item_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    product_quantity character varying(50),
    other_order_item_details character varying(255),
    PRIMARY KEY (order_item_id)
);
CREATE TABLE customers_and_invoices.orders (
    order_id integer NOT NULL,
    customer_id integer NOT NULL,
    date_order_placed timestamp without time zone NOT NULL,
    order_details character varying(255),
    PRIMARY KEY (order_id)
);
CREATE TABLE customers_and_invoices.product_categories (
    production_type_code character varying(15) NOT NULL,
    product_type_description character varying(80),
    vat_rating numeric(19,4),
    PRIMARY KEY (production_type_code)
);
CREATE TABLE customers_and_invoices.products (
    product_id integer NOT NULL,
    parent_product_id integer,
    production_type_code character varying(15) NOT NULL,
    unit_price numeric(19,4),
    product_name character varying(80),
    product_color character varying(20),
    product_size character varying(20),
    PRIMARY KEY (product_id)
);
ALTER TABLE customers_and_invoices.accounts ADD FOREIGN KEY (customer_id) REFERENCES customers_and_invoices.customers(customer_id);
ALTER TABLE customers_and_invoices.financial_transactions ADD FOREIGN KEY (account_id) REFERENCES customers_and_invoices.accounts(account_id);
ALTER TABLE customers_and_invoices.financial_transactions ADD FOREIGN KEY (invoice_number) REFERENCES customers_and_invoices.invoices(invoice_number);
ALTER TABLE customers_and_invoices.invoice_line_items ADD FOREIGN KEY (invoice_number) REFERENCES customers_and_invoices.invoices(invoice_number);
ALTER TABLE customers_and_invoices.invoice_line_items ADD FOREIGN KEY (order_item_id) REFERENCES customers_and_invoices.order_items(order_item_id);
ALTER TABLE customers_and_invoices.invoice_line_items ADD FOREIGN KEY (product_id) REFERENCES customers_and_invoices.products(product_id);
ALTER TABLE customers_and_invoices.invoices ADD FOREIGN KEY (order_id) REFERENCES customers_and_invoices.orders(order_id);
ALTER TABLE customers_and_invoices.order_items ADD FOREIGN KEY (order_id) REFERENCES customers_and_invoices.orders(order_id);
ALTER TABLE customers_and_invoices.order_items ADD FOREIGN KEY (product_id) REFERENCES customers_and_invoices.products(product_id);
ALTER TABLE customers_and_invoices.orders ADD FOREIGN KEY (customer_id) REFERENCES customers_and_invoices.customers(customer_id);
ALTER TABLE customers_and_invoices.products ADD FOREIGN KEY (production_type_code) REFERENCES customers_and_invoices.product_categories(production_type_code);
