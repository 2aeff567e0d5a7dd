-- Spider's "customer_complaints" (staff who handle complaints, customers with their credit-rating type and address,
-- products with category, parent product, price and availability dates, and complaints about a product by a customer
-- with type, status, outcome and the dates raised and closed), its SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/customer_complaints/customer_complaints.sqlite, commit
-- 999f5e4), converted by a one-off script from the SQLite catalog, loaded into a scratch PostgreSQL and regenerated
-- from its catalog, schema customer_complaints; names lower-cased, INTEGER -> integer, VARCHAR(n) kept, DATETIME ->
-- timestamp, DECIMAL(19,4) -> numeric(19,4); complaints has no primary key, as in the source (complaint_id is only
-- NOT NULL); its 3 foreign keys kept (products.parent_product_id declares none). No comments in the source.
-- CC BY-SA 4.0 (Spider). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS customer_complaints;
CREATE TABLE customer_complaints.complaints (
    complaint_id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    complaint_outcome_code character varying(20) NOT NULL,
    complaint_status_code character varying(20) NOT NULL,
    complaint_type_code character varying(20) NOT NULL,
    date_complaint_raised timestamp without time zone,
    date_complaint_closed timestamp without time zone,
    staff_id integer NOT NULL
);
CREATE TABLE customer_complaints.customers (
    customer_id integer NOT NULL,
    customer_type_code character varying(20) NOT NULL,
    address_line_1 character varying(80),
    address_line_2 character varying(80),
    town_city character varying(80),
    state character varying(80),
    email_address character varying(255),
    phone_number character varying(80),
    PRIMARY KEY (customer_id)
);
CREATE TABLE customer_complaints.products (
    product_id integer NOT NULL,
    parent_product_id integer,
    product_category_code character varying(20) NOT NULL,
    date_product_first_available timestamp without time zone,
    date_product_discontinued timestamp without time zone,
    product_name character varying(80),
    product_description character varying(255),
    product_price numeric(19,4),
    PRIMARY KEY (product_id)
);
CREATE TABLE customer_complaints.staff (
    staff_id integer NOT NULL,
    gender character varying(1),
    first_name character varying(80),
    last_name character varying(80),
    email_address character varying(255),
    phone_number character varying(80),
    PRIMARY KEY (staff_id)
);
ALTER TABLE customer_complaints.complaints ADD CONSTRAINT complaints_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer_complaints.customers(customer_id);
ALTER TABLE customer_complaints.complaints ADD CONSTRAINT complaints_product_id_fkey FOREIGN KEY (product_id) REFERENCES customer_complaints.products(product_id);
ALTER TABLE customer_complaints.complaints ADD CONSTRAINT complaints_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES customer_complaints.staff(staff_id);
