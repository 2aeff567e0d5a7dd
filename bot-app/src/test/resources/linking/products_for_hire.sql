-- Spider's "products_for_hire" (a hire shop: discount coupons, customers flagged good or bad with the coupon they
-- hold, bookings with status, damage flag, amounts payable/discounted/outstanding/refunded, the products for hire with
-- their daily cost, payments per booking and customer, which products each booking took and whether they came back
-- late, and a product availability log), its SQLite file as mirrored in github.com/hyukkyukang/text2SQL
-- (datasets/spider/database/products_for_hire/products_for_hire.sqlite, commit 999f5e4), converted by a one-off script
-- from the SQLite catalog (pragma table_info, foreign_key_list), schema products_for_hire; names lower-cased,
-- INTEGER -> integer, DECIMAL(19,4) -> numeric(19,4), FLOAT -> double precision, DATETIME -> timestamp, VARCHAR(n)
-- kept except bookings.booking_status_code, widened from VARCHAR(10) to character varying(11) because the source's
-- own rows hold 'Provisional' (SQLite does not enforce lengths); primary keys and the 8 foreign keys as declared. No
-- comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text ours.
-- Rows in values-products_for_hire.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS products_for_hire;
CREATE TABLE products_for_hire.discount_coupons (
    coupon_id integer NOT NULL,
    date_issued timestamp,
    coupon_amount numeric(19,4),
    PRIMARY KEY (coupon_id)
);
CREATE TABLE products_for_hire.customers (
    customer_id integer NOT NULL,
    coupon_id integer NOT NULL,
    good_or_bad_customer character varying(4),
    first_name character varying(80),
    last_name character varying(80),
    gender_mf character varying(1),
    date_became_customer timestamp,
    date_last_hire timestamp,
    PRIMARY KEY (customer_id),
    FOREIGN KEY (coupon_id) REFERENCES products_for_hire.discount_coupons (coupon_id)
);
CREATE TABLE products_for_hire.bookings (
    booking_id integer NOT NULL,
    customer_id integer NOT NULL,
    booking_status_code character varying(11) NOT NULL,
    returned_damaged_yn character varying(40),
    booking_start_date timestamp,
    booking_end_date timestamp,
    count_hired character varying(40),
    amount_payable numeric(19,4),
    amount_of_discount numeric(19,4),
    amount_outstanding numeric(19,4),
    amount_of_refund numeric(19,4),
    PRIMARY KEY (booking_id),
    FOREIGN KEY (customer_id) REFERENCES products_for_hire.customers (customer_id)
);
CREATE TABLE products_for_hire.products_for_hire (
    product_id integer NOT NULL,
    product_type_code character varying(15) NOT NULL,
    daily_hire_cost numeric(19,4),
    product_name character varying(80),
    product_description character varying(255),
    PRIMARY KEY (product_id)
);
CREATE TABLE products_for_hire.payments (
    payment_id integer NOT NULL,
    booking_id integer,
    customer_id integer NOT NULL,
    payment_type_code character varying(15) NOT NULL,
    amount_paid_in_full_yn character varying(1),
    payment_date timestamp,
    amount_due numeric(19,4),
    amount_paid numeric(19,4),
    PRIMARY KEY (payment_id),
    FOREIGN KEY (customer_id) REFERENCES products_for_hire.customers (customer_id),
    FOREIGN KEY (booking_id) REFERENCES products_for_hire.bookings (booking_id)
);
CREATE TABLE products_for_hire.products_booked (
    booking_id integer NOT NULL,
    product_id integer NOT NULL,
    returned_yn character varying(1),
    returned_late_yn character varying(1),
    booked_count integer,
    booked_amount double precision,
    PRIMARY KEY (booking_id, product_id),
    FOREIGN KEY (product_id) REFERENCES products_for_hire.products_for_hire (product_id),
    FOREIGN KEY (booking_id) REFERENCES products_for_hire.bookings (booking_id)
);
CREATE TABLE products_for_hire.view_product_availability (
    product_id integer NOT NULL,
    booking_id integer NOT NULL,
    status_date timestamp NOT NULL,
    available_yn character varying(1),
    PRIMARY KEY (status_date),
    FOREIGN KEY (product_id) REFERENCES products_for_hire.products_for_hire (product_id),
    FOREIGN KEY (booking_id) REFERENCES products_for_hire.bookings (booking_id)
);
