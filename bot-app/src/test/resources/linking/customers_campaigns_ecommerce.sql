-- The Spider text-to-SQL benchmark's "customers_campaigns_ecommerce" database (Yu et al., EMNLP 2018,
-- yale-lily.github.io/spider; CC BY-SA 4.0): premises (warehouse, office, residence), products with their category,
-- customers with payment method and contact details, the customers' billing and shipping addresses over time,
-- mailshot campaigns per product category with the customers mailed and the outcome, customer orders (status,
-- shipping method, placed and delivered times, shipping charges) and their order items. Read from the Spider
-- release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/customers_campaigns_ecommerce/customers_campaigns_ecommerce.sqlite, commit 999f5e4),
-- turned into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a
-- scratch PostgreSQL and checked there: the 8 tables with their primary keys and the 7 foreign keys the file
-- declares, schema customers_campaigns_ecommerce; names lower-cased, INTEGER -> integer, VARCHAR(n) -> character
-- varying(n), DATETIME -> timestamp. customer_addresses, mailshot_customers and order_items have no primary key, as in
-- the source (order_items.item_id is not declared a key). Spider declares no comments.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS customers_campaigns_ecommerce;
CREATE TABLE customers_campaigns_ecommerce.premises (
    premise_id integer NOT NULL,
    premises_type character varying(15) NOT NULL,
    premise_details character varying(255),
    PRIMARY KEY (premise_id)
);
CREATE TABLE customers_campaigns_ecommerce.products (
    product_id integer NOT NULL,
    product_category character varying(15) NOT NULL,
    product_name character varying(80),
    PRIMARY KEY (product_id)
);
CREATE TABLE customers_campaigns_ecommerce.customers (
    customer_id integer NOT NULL,
    payment_method character varying(15) NOT NULL,
    customer_name character varying(80),
    customer_phone character varying(80),
    customer_email character varying(80),
    customer_address character varying(255),
    customer_login character varying(80),
    customer_password character varying(10),
    PRIMARY KEY (customer_id)
);
CREATE TABLE customers_campaigns_ecommerce.mailshot_campaigns (
    mailshot_id integer NOT NULL,
    product_category character varying(15),
    mailshot_name character varying(80),
    mailshot_start_date timestamp without time zone,
    mailshot_end_date timestamp without time zone,
    PRIMARY KEY (mailshot_id)
);
CREATE TABLE customers_campaigns_ecommerce.customer_addresses (
    customer_id integer NOT NULL,
    premise_id integer NOT NULL,
    date_address_from timestamp without time zone NOT NULL,
    address_type_code character varying(15) NOT NULL,
    date_address_to timestamp without time zone,
    FOREIGN KEY (customer_id) REFERENCES customers_campaigns_ecommerce.customers (customer_id),
    FOREIGN KEY (premise_id) REFERENCES customers_campaigns_ecommerce.premises (premise_id)
);
CREATE TABLE customers_campaigns_ecommerce.customer_orders (
    order_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_status_code character varying(15) NOT NULL,
    shipping_method_code character varying(15) NOT NULL,
    order_placed_datetime timestamp without time zone NOT NULL,
    order_delivered_datetime timestamp without time zone,
    order_shipping_charges character varying(255),
    PRIMARY KEY (order_id),
    FOREIGN KEY (customer_id) REFERENCES customers_campaigns_ecommerce.customers (customer_id)
);
CREATE TABLE customers_campaigns_ecommerce.mailshot_customers (
    mailshot_id integer NOT NULL,
    customer_id integer NOT NULL,
    outcome_code character varying(15) NOT NULL,
    mailshot_customer_date timestamp without time zone,
    FOREIGN KEY (mailshot_id) REFERENCES customers_campaigns_ecommerce.mailshot_campaigns (mailshot_id),
    FOREIGN KEY (customer_id) REFERENCES customers_campaigns_ecommerce.customers (customer_id)
);
CREATE TABLE customers_campaigns_ecommerce.order_items (
    item_id integer NOT NULL,
    order_item_status_code character varying(15) NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    item_status_code character varying(15),
    item_delivered_datetime timestamp without time zone,
    item_order_quantity character varying(80),
    FOREIGN KEY (order_id) REFERENCES customers_campaigns_ecommerce.customer_orders (order_id),
    FOREIGN KEY (product_id) REFERENCES customers_campaigns_ecommerce.products (product_id)
);
