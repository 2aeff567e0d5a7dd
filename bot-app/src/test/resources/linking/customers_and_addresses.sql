-- Spider's customers_and_addresses (customers with their payment method, addresses by type and period, contact
-- channels, orders and order lines of products), from the Spider text-to-SQL benchmark (Yu et al., EMNLP 2018), its
-- SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/customers_and_addresses/customers_and_addresses.sqlite, commit 999f5e4; Spider:
-- CC BY-SA 4.0), converted by a one-off script from the SQLite catalog: all 7 tables, the primary keys the source
-- declares (customer_addresses, customer_contact_channels and order_items have none) and its 6 foreign keys, schema
-- customers_and_addresses; names lower-cased, INTEGER -> integer, VARCHAR(n) -> character varying(n), DATETIME ->
-- timestamp; order_quantity stays text as in the source. No comments in the source. Rows:
-- values-customers_and_addresses.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS customers_and_addresses;
CREATE TABLE customers_and_addresses.addresses (
    address_id integer NOT NULL,
    address_content character varying(80),
    city character varying(50),
    zip_postcode character varying(20),
    state_province_county character varying(50),
    country character varying(50),
    other_address_details character varying(255),
    PRIMARY KEY (address_id)
);
CREATE TABLE customers_and_addresses.products (
    product_id integer NOT NULL,
    product_details character varying(255),
    PRIMARY KEY (product_id)
);
CREATE TABLE customers_and_addresses.customers (
    customer_id integer NOT NULL,
    payment_method character varying(15) NOT NULL,
    customer_name character varying(80),
    date_became_customer timestamp without time zone,
    other_customer_details character varying(255),
    PRIMARY KEY (customer_id)
);
CREATE TABLE customers_and_addresses.customer_addresses (
    customer_id integer NOT NULL,
    address_id integer NOT NULL,
    date_address_from timestamp without time zone NOT NULL,
    address_type character varying(15) NOT NULL,
    date_address_to timestamp without time zone
);
CREATE TABLE customers_and_addresses.customer_contact_channels (
    customer_id integer NOT NULL,
    channel_code character varying(15) NOT NULL,
    active_from_date timestamp without time zone NOT NULL,
    active_to_date timestamp without time zone,
    contact_number character varying(50) NOT NULL
);
CREATE TABLE customers_and_addresses.customer_orders (
    order_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_status character varying(15) NOT NULL,
    order_date timestamp without time zone,
    order_details character varying(255),
    PRIMARY KEY (order_id)
);
CREATE TABLE customers_and_addresses.order_items (
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    order_quantity character varying(15)
);
ALTER TABLE customers_and_addresses.customer_addresses ADD FOREIGN KEY (customer_id) REFERENCES customers_and_addresses.customers (customer_id);
ALTER TABLE customers_and_addresses.customer_addresses ADD FOREIGN KEY (address_id) REFERENCES customers_and_addresses.addresses (address_id);
ALTER TABLE customers_and_addresses.customer_contact_channels ADD FOREIGN KEY (customer_id) REFERENCES customers_and_addresses.customers (customer_id);
ALTER TABLE customers_and_addresses.customer_orders ADD FOREIGN KEY (customer_id) REFERENCES customers_and_addresses.customers (customer_id);
ALTER TABLE customers_and_addresses.order_items ADD FOREIGN KEY (order_id) REFERENCES customers_and_addresses.customer_orders (order_id);
ALTER TABLE customers_and_addresses.order_items ADD FOREIGN KEY (product_id) REFERENCES customers_and_addresses.products (product_id);
