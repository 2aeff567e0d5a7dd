-- Spider's "cre_Drama_Workshop_Groups" (a drama-workshop and event-services marketplace: workshop groups with their
-- marketing region, currency and address; the services they offer (photo, dining, filming, ad promotion) with price
-- and service type; bookings by clients with status, store, order and delivery dates; the performers on each
-- booking; the services booked; a retail side with stores in marketing regions, customers, customer orders and their
-- products and items; invoices with payment method, and invoice items; addresses shared by all of them), its SQLite
-- file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/cre_Drama_Workshop_Groups/cre_Drama_Workshop_Groups.sqlite, commit 999f5e4), converted
-- by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema
-- cre_drama_workshop_groups; names lower-cased, INTEGER -> integer, VARCHAR(n) -> character varying(n), CHAR(n) ->
-- character(n), DECIMAL(20,4) -> numeric(20,4), DATETIME -> timestamp(0); primary keys and all 24 declared foreign
-- keys. So that those keys load, 9 referencing columns take the type of the column they point at (the source
-- declares them differently): address_id of clients, drama_workshop_groups, performers, customers and stores ->
-- character varying(100); bookings.workshop_group_id -> integer; customer_orders.store_id and customer_id and
-- order_items.product_id -> character varying(100). The redundant UNIQUE constraints on primary keys and the
-- misspelt marketing_region_descriptrion are as in the source (UNIQUE left out, spelling kept). No comments in the
-- source. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours. Rows in
-- values-cre_drama_workshop_groups.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS cre_drama_workshop_groups;
CREATE TABLE cre_drama_workshop_groups.ref_payment_methods (
    payment_method_code character(10) NOT NULL,
    payment_method_description character varying(80),
    PRIMARY KEY (payment_method_code)
);
CREATE TABLE cre_drama_workshop_groups.ref_service_types (
    service_type_code character(15) NOT NULL,
    parent_service_type_code character(15),
    service_type_description character varying(255),
    PRIMARY KEY (service_type_code)
);
CREATE TABLE cre_drama_workshop_groups.addresses (
    address_id character varying(100) NOT NULL,
    line_1 character varying(255),
    line_2 character varying(255),
    city_town character varying(255),
    state_county character varying(255),
    other_details character varying(255),
    PRIMARY KEY (address_id)
);
CREATE TABLE cre_drama_workshop_groups.products (
    product_id character varying(100) NOT NULL,
    product_name character varying(255),
    product_price numeric(20,4),
    product_description character varying(255),
    other_product_service_details character varying(255),
    PRIMARY KEY (product_id)
);
CREATE TABLE cre_drama_workshop_groups.marketing_regions (
    marketing_region_code character(15) NOT NULL,
    marketing_region_name character varying(255) NOT NULL,
    marketing_region_descriptrion character varying(255) NOT NULL,
    other_details character varying(255),
    PRIMARY KEY (marketing_region_code)
);
CREATE TABLE cre_drama_workshop_groups.clients (
    client_id integer NOT NULL,
    address_id character varying(100) NOT NULL,
    customer_email_address character varying(255),
    customer_name character varying(255),
    customer_phone character varying(255),
    other_details character varying(255),
    PRIMARY KEY (client_id)
);
CREATE TABLE cre_drama_workshop_groups.drama_workshop_groups (
    workshop_group_id integer NOT NULL,
    address_id character varying(100) NOT NULL,
    currency_code character(15) NOT NULL,
    marketing_region_code character(15) NOT NULL,
    store_name character varying(255),
    store_phone character varying(255),
    store_email_address character varying(255),
    other_details character varying(255),
    PRIMARY KEY (workshop_group_id)
);
CREATE TABLE cre_drama_workshop_groups.performers (
    performer_id integer NOT NULL,
    address_id character varying(100) NOT NULL,
    customer_name character varying(255),
    customer_phone character varying(255),
    customer_email_address character varying(255),
    other_details character varying(255),
    PRIMARY KEY (performer_id)
);
CREATE TABLE cre_drama_workshop_groups.customers (
    customer_id character varying(100) NOT NULL,
    address_id character varying(100) NOT NULL,
    customer_name character varying(255),
    customer_phone character varying(255),
    customer_email_address character varying(255),
    other_details character varying(255),
    PRIMARY KEY (customer_id)
);
CREATE TABLE cre_drama_workshop_groups.stores (
    store_id character varying(100) NOT NULL,
    address_id character varying(100) NOT NULL,
    marketing_region_code character(15) NOT NULL,
    store_name character varying(255),
    store_phone character varying(255),
    store_email_address character varying(255),
    other_details character varying(255),
    PRIMARY KEY (store_id)
);
CREATE TABLE cre_drama_workshop_groups.bookings (
    booking_id integer NOT NULL,
    customer_id integer NOT NULL,
    workshop_group_id integer NOT NULL,
    status_code character(15) NOT NULL,
    store_id integer NOT NULL,
    order_date timestamp(0) without time zone NOT NULL,
    planned_delivery_date timestamp(0) without time zone NOT NULL,
    actual_delivery_date timestamp(0) without time zone NOT NULL,
    other_order_details character varying(255),
    PRIMARY KEY (booking_id)
);
CREATE TABLE cre_drama_workshop_groups.performers_in_bookings (
    order_id integer NOT NULL,
    performer_id integer NOT NULL,
    PRIMARY KEY (order_id, performer_id)
);
CREATE TABLE cre_drama_workshop_groups.customer_orders (
    order_id integer NOT NULL,
    customer_id character varying(100) NOT NULL,
    store_id character varying(100) NOT NULL,
    order_date timestamp(0) without time zone NOT NULL,
    planned_delivery_date timestamp(0) without time zone NOT NULL,
    actual_delivery_date timestamp(0) without time zone NOT NULL,
    other_order_details character varying(255),
    PRIMARY KEY (order_id)
);
CREATE TABLE cre_drama_workshop_groups.order_items (
    order_item_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id character varying(100) NOT NULL,
    order_quantity character varying(288),
    other_item_details character varying(255),
    PRIMARY KEY (order_item_id)
);
CREATE TABLE cre_drama_workshop_groups.invoices (
    invoice_id integer NOT NULL,
    order_id integer NOT NULL,
    payment_method_code character(15),
    product_id integer NOT NULL,
    order_quantity character varying(288),
    other_item_details character varying(255),
    order_item_id integer NOT NULL,
    PRIMARY KEY (invoice_id)
);
CREATE TABLE cre_drama_workshop_groups.services (
    service_id integer NOT NULL,
    service_type_code character(15),
    workshop_group_id integer NOT NULL,
    product_description character varying(255),
    product_name character varying(255),
    product_price numeric(20,4),
    other_product_service_details character varying(255),
    PRIMARY KEY (service_id)
);
CREATE TABLE cre_drama_workshop_groups.bookings_services (
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE TABLE cre_drama_workshop_groups.invoice_items (
    invoice_item_id integer NOT NULL,
    invoice_id integer NOT NULL,
    order_id integer NOT NULL,
    order_item_id integer NOT NULL,
    product_id integer NOT NULL,
    order_quantity integer,
    other_item_details character varying(255),
    PRIMARY KEY (invoice_item_id)
);
ALTER TABLE cre_drama_workshop_groups.clients ADD FOREIGN KEY (address_id) REFERENCES cre_drama_workshop_groups.addresses (address_id);
ALTER TABLE cre_drama_workshop_groups.drama_workshop_groups ADD FOREIGN KEY (address_id) REFERENCES cre_drama_workshop_groups.addresses (address_id);
ALTER TABLE cre_drama_workshop_groups.performers ADD FOREIGN KEY (address_id) REFERENCES cre_drama_workshop_groups.addresses (address_id);
ALTER TABLE cre_drama_workshop_groups.customers ADD FOREIGN KEY (address_id) REFERENCES cre_drama_workshop_groups.addresses (address_id);
ALTER TABLE cre_drama_workshop_groups.stores ADD FOREIGN KEY (marketing_region_code) REFERENCES cre_drama_workshop_groups.marketing_regions (marketing_region_code);
ALTER TABLE cre_drama_workshop_groups.stores ADD FOREIGN KEY (address_id) REFERENCES cre_drama_workshop_groups.addresses (address_id);
ALTER TABLE cre_drama_workshop_groups.bookings ADD FOREIGN KEY (workshop_group_id) REFERENCES cre_drama_workshop_groups.drama_workshop_groups (workshop_group_id);
ALTER TABLE cre_drama_workshop_groups.bookings ADD FOREIGN KEY (customer_id) REFERENCES cre_drama_workshop_groups.clients (client_id);
ALTER TABLE cre_drama_workshop_groups.performers_in_bookings ADD FOREIGN KEY (order_id) REFERENCES cre_drama_workshop_groups.bookings (booking_id);
ALTER TABLE cre_drama_workshop_groups.performers_in_bookings ADD FOREIGN KEY (performer_id) REFERENCES cre_drama_workshop_groups.performers (performer_id);
ALTER TABLE cre_drama_workshop_groups.customer_orders ADD FOREIGN KEY (store_id) REFERENCES cre_drama_workshop_groups.stores (store_id);
ALTER TABLE cre_drama_workshop_groups.customer_orders ADD FOREIGN KEY (customer_id) REFERENCES cre_drama_workshop_groups.customers (customer_id);
ALTER TABLE cre_drama_workshop_groups.order_items ADD FOREIGN KEY (product_id) REFERENCES cre_drama_workshop_groups.products (product_id);
ALTER TABLE cre_drama_workshop_groups.order_items ADD FOREIGN KEY (order_id) REFERENCES cre_drama_workshop_groups.customer_orders (order_id);
ALTER TABLE cre_drama_workshop_groups.invoices ADD FOREIGN KEY (payment_method_code) REFERENCES cre_drama_workshop_groups.ref_payment_methods (payment_method_code);
ALTER TABLE cre_drama_workshop_groups.invoices ADD FOREIGN KEY (order_id) REFERENCES cre_drama_workshop_groups.bookings (booking_id);
ALTER TABLE cre_drama_workshop_groups.invoices ADD FOREIGN KEY (order_id) REFERENCES cre_drama_workshop_groups.customer_orders (order_id);
ALTER TABLE cre_drama_workshop_groups.services ADD FOREIGN KEY (service_type_code) REFERENCES cre_drama_workshop_groups.ref_service_types (service_type_code);
ALTER TABLE cre_drama_workshop_groups.services ADD FOREIGN KEY (workshop_group_id) REFERENCES cre_drama_workshop_groups.drama_workshop_groups (workshop_group_id);
ALTER TABLE cre_drama_workshop_groups.bookings_services ADD FOREIGN KEY (product_id) REFERENCES cre_drama_workshop_groups.services (service_id);
ALTER TABLE cre_drama_workshop_groups.bookings_services ADD FOREIGN KEY (order_id) REFERENCES cre_drama_workshop_groups.bookings (booking_id);
ALTER TABLE cre_drama_workshop_groups.invoice_items ADD FOREIGN KEY (order_id, product_id) REFERENCES cre_drama_workshop_groups.bookings_services (order_id, product_id);
ALTER TABLE cre_drama_workshop_groups.invoice_items ADD FOREIGN KEY (invoice_id) REFERENCES cre_drama_workshop_groups.invoices (invoice_id);
ALTER TABLE cre_drama_workshop_groups.invoice_items ADD FOREIGN KEY (order_item_id) REFERENCES cre_drama_workshop_groups.order_items (order_item_id);
