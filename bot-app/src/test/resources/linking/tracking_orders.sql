-- Spider's "tracking_orders" (customers, their orders with status and date placed, order items with their own
-- status, products, invoices, shipments with tracking number and date, each billed on an invoice, and the order items
-- each shipment carried), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/
-- tracking_orders/tracking_orders.sqlite, commit 999f5e4), converted by a one-off script from the SQLite catalog,
-- loaded into a scratch PostgreSQL and regenerated from its catalog, schema tracking_orders; names lower-cased
-- (Order_Items -> order_items), INTEGER -> integer, VARCHAR(n) kept, DATETIME -> timestamp; shipment_items has no
-- primary key, as in the source; its 7 foreign keys kept. No comments in the source. CC BY-SA 4.0 (Spider). See
-- README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS tracking_orders;
CREATE TABLE tracking_orders.customers (
    customer_id integer NOT NULL,
    customer_name character varying(80),
    customer_details character varying(255),
    PRIMARY KEY (customer_id)
);
CREATE TABLE tracking_orders.invoices (
    invoice_number integer NOT NULL,
    invoice_date timestamp without time zone,
    invoice_details character varying(255),
    PRIMARY KEY (invoice_number)
);
CREATE TABLE tracking_orders.order_items (
    order_item_id integer NOT NULL,
    product_id integer NOT NULL,
    order_id integer NOT NULL,
    order_item_status character varying(10) NOT NULL,
    order_item_details character varying(255),
    PRIMARY KEY (order_item_id)
);
CREATE TABLE tracking_orders.orders (
    order_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_status character varying(10) NOT NULL,
    date_order_placed timestamp without time zone NOT NULL,
    order_details character varying(255),
    PRIMARY KEY (order_id)
);
CREATE TABLE tracking_orders.products (
    product_id integer NOT NULL,
    product_name character varying(80),
    product_details character varying(255),
    PRIMARY KEY (product_id)
);
CREATE TABLE tracking_orders.shipment_items (
    shipment_id integer NOT NULL,
    order_item_id integer NOT NULL
);
CREATE TABLE tracking_orders.shipments (
    shipment_id integer NOT NULL,
    order_id integer NOT NULL,
    invoice_number integer NOT NULL,
    shipment_tracking_number character varying(80),
    shipment_date timestamp without time zone,
    other_shipment_details character varying(255),
    PRIMARY KEY (shipment_id)
);
ALTER TABLE tracking_orders.order_items ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES tracking_orders.orders(order_id);
ALTER TABLE tracking_orders.order_items ADD CONSTRAINT order_items_product_id_fkey FOREIGN KEY (product_id) REFERENCES tracking_orders.products(product_id);
ALTER TABLE tracking_orders.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES tracking_orders.customers(customer_id);
ALTER TABLE tracking_orders.shipment_items ADD CONSTRAINT shipment_items_order_item_id_fkey FOREIGN KEY (order_item_id) REFERENCES tracking_orders.order_items(order_item_id);
ALTER TABLE tracking_orders.shipment_items ADD CONSTRAINT shipment_items_shipment_id_fkey FOREIGN KEY (shipment_id) REFERENCES tracking_orders.shipments(shipment_id);
ALTER TABLE tracking_orders.shipments ADD CONSTRAINT shipments_invoice_number_fkey FOREIGN KEY (invoice_number) REFERENCES tracking_orders.invoices(invoice_number);
ALTER TABLE tracking_orders.shipments ADD CONSTRAINT shipments_order_id_fkey FOREIGN KEY (order_id) REFERENCES tracking_orders.orders(order_id);
