-- The Spider text-to-SQL benchmark's "department_store" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): department store chains, their stores and departments, staff and their department assignments,
-- customers with their addresses and orders, order items, products, suppliers with their addresses and what each
-- supplied. Read from the Spider release's SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/department_store/department_store.sqlite, commit 999f5e4), turned into PostgreSQL by a
-- one-off script from its catalog (PRAGMA table_info / foreign_key_list), loaded into a scratch PostgreSQL and
-- regenerated from its catalog: the 14 tables with their primary keys and the 13 foreign keys the file declares,
-- schema department_store; names lower-cased, DATETIME -> timestamp, DECIMAL(19,4) -> numeric(19,4), VARCHAR kept
-- with its length (Spider's '1'/'0' staff_gender and text total_amount_purchased kept as text); the code columns
-- (payment_method_code, order_status_code, product_type_code, job_title_code) have no lookup table, as in the source.
-- Spider declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS department_store;
CREATE TABLE department_store.addresses (
    address_id integer NOT NULL,
    address_details character varying(255),
    PRIMARY KEY (address_id)
);
CREATE TABLE department_store.customer_addresses (
    customer_id integer NOT NULL,
    address_id integer NOT NULL,
    date_from timestamp without time zone NOT NULL,
    date_to timestamp without time zone,
    PRIMARY KEY (customer_id, address_id)
);
CREATE TABLE department_store.customer_orders (
    order_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_status_code character varying(10) NOT NULL,
    order_date timestamp without time zone NOT NULL,
    PRIMARY KEY (order_id)
);
CREATE TABLE department_store.customers (
    customer_id integer NOT NULL,
    payment_method_code character varying(10) NOT NULL,
    customer_code character varying(20),
    customer_name character varying(80),
    customer_address character varying(255),
    customer_phone character varying(80),
    customer_email character varying(80),
    PRIMARY KEY (customer_id)
);
CREATE TABLE department_store.department_store_chain (
    dept_store_chain_id integer NOT NULL,
    dept_store_chain_name character varying(80),
    PRIMARY KEY (dept_store_chain_id)
);
CREATE TABLE department_store.department_stores (
    dept_store_id integer NOT NULL,
    dept_store_chain_id integer,
    store_name character varying(80),
    store_address character varying(255),
    store_phone character varying(80),
    store_email character varying(80),
    PRIMARY KEY (dept_store_id)
);
CREATE TABLE department_store.departments (
    department_id integer NOT NULL,
    dept_store_id integer NOT NULL,
    department_name character varying(80),
    PRIMARY KEY (department_id)
);
CREATE TABLE department_store.order_items (
    order_item_id integer NOT NULL,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (order_item_id)
);
CREATE TABLE department_store.product_suppliers (
    product_id integer NOT NULL,
    supplier_id integer NOT NULL,
    date_supplied_from timestamp without time zone NOT NULL,
    date_supplied_to timestamp without time zone,
    total_amount_purchased character varying(80),
    total_value_purchased numeric(19,4),
    PRIMARY KEY (product_id, supplier_id)
);
CREATE TABLE department_store.products (
    product_id integer NOT NULL,
    product_type_code character varying(10) NOT NULL,
    product_name character varying(80),
    product_price numeric(19,4),
    PRIMARY KEY (product_id)
);
CREATE TABLE department_store.staff (
    staff_id integer NOT NULL,
    staff_gender character varying(1),
    staff_name character varying(80),
    PRIMARY KEY (staff_id)
);
CREATE TABLE department_store.staff_department_assignments (
    staff_id integer NOT NULL,
    department_id integer NOT NULL,
    date_assigned_from timestamp without time zone NOT NULL,
    job_title_code character varying(10) NOT NULL,
    date_assigned_to timestamp without time zone,
    PRIMARY KEY (staff_id, department_id)
);
CREATE TABLE department_store.supplier_addresses (
    supplier_id integer NOT NULL,
    address_id integer NOT NULL,
    date_from timestamp without time zone NOT NULL,
    date_to timestamp without time zone,
    PRIMARY KEY (supplier_id, address_id)
);
CREATE TABLE department_store.suppliers (
    supplier_id integer NOT NULL,
    supplier_name character varying(80),
    supplier_phone character varying(80),
    PRIMARY KEY (supplier_id)
);
ALTER TABLE department_store.customer_addresses ADD FOREIGN KEY (address_id) REFERENCES department_store.addresses(address_id);
ALTER TABLE department_store.customer_addresses ADD FOREIGN KEY (customer_id) REFERENCES department_store.customers(customer_id);
ALTER TABLE department_store.customer_orders ADD FOREIGN KEY (customer_id) REFERENCES department_store.customers(customer_id);
ALTER TABLE department_store.department_stores ADD FOREIGN KEY (dept_store_chain_id) REFERENCES department_store.department_store_chain(dept_store_chain_id);
ALTER TABLE department_store.departments ADD FOREIGN KEY (dept_store_id) REFERENCES department_store.department_stores(dept_store_id);
ALTER TABLE department_store.order_items ADD FOREIGN KEY (order_id) REFERENCES department_store.customer_orders(order_id);
ALTER TABLE department_store.order_items ADD FOREIGN KEY (product_id) REFERENCES department_store.products(product_id);
ALTER TABLE department_store.product_suppliers ADD FOREIGN KEY (product_id) REFERENCES department_store.products(product_id);
ALTER TABLE department_store.product_suppliers ADD FOREIGN KEY (supplier_id) REFERENCES department_store.suppliers(supplier_id);
ALTER TABLE department_store.staff_department_assignments ADD FOREIGN KEY (department_id) REFERENCES department_store.departments(department_id);
ALTER TABLE department_store.staff_department_assignments ADD FOREIGN KEY (staff_id) REFERENCES department_store.staff(staff_id);
ALTER TABLE department_store.supplier_addresses ADD FOREIGN KEY (address_id) REFERENCES department_store.addresses(address_id);
ALTER TABLE department_store.supplier_addresses ADD FOREIGN KEY (supplier_id) REFERENCES department_store.suppliers(supplier_id);
