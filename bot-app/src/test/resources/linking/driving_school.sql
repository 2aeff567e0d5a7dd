-- Spider's "driving_school" (Yu et al., EMNLP 2018, yale-lily.github.io/spider): addresses, staff (instructors,
-- with nickname, birth date, dates joined and left), vehicles (van, truck, car), customers flagged good or bad with
-- amount outstanding and contact numbers, customer payments by method, and lessons with status, date, time, price,
-- customer, instructor and vehicle. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/driving_school/driving_school.sqlite, commit 999f5e4),
-- turned into PostgreSQL by a one-off script from its catalog (pragma table_info, foreign_key_list), loaded into a
-- scratch PostgreSQL and checked there: the 6 tables with their primary keys and the 6 foreign keys the file
-- declares, schema driving_school; names lower-cased, INTEGER -> integer, VARCHAR(n) kept, DATETIME -> timestamp,
-- DOUBLE -> double precision, except customer_payments.payment_method_code, widened
-- from VARCHAR(10) to character varying(12) because the source's own rows hold 'Direct Debit' (SQLite does not enforce
-- lengths). No comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0; SQL text
-- ours. Rows in values-driving_school.sql. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS driving_school;
CREATE TABLE driving_school.addresses (
    address_id integer NOT NULL,
    line_1_number_building character varying(80),
    city character varying(50),
    zip_postcode character varying(20),
    state_province_county character varying(50),
    country character varying(50),
    PRIMARY KEY (address_id)
);
CREATE TABLE driving_school.staff (
    staff_id integer NOT NULL,
    staff_address_id integer NOT NULL,
    nickname character varying(80),
    first_name character varying(80),
    middle_name character varying(80),
    last_name character varying(80),
    date_of_birth timestamp,
    date_joined_staff timestamp,
    date_left_staff timestamp,
    PRIMARY KEY (staff_id),
    FOREIGN KEY (staff_address_id) REFERENCES driving_school.addresses (address_id)
);
CREATE TABLE driving_school.vehicles (
    vehicle_id integer NOT NULL,
    vehicle_details character varying(255),
    PRIMARY KEY (vehicle_id)
);
CREATE TABLE driving_school.customers (
    customer_id integer NOT NULL,
    customer_address_id integer NOT NULL,
    customer_status_code character varying(15) NOT NULL,
    date_became_customer timestamp,
    date_of_birth timestamp,
    first_name character varying(80),
    last_name character varying(80),
    amount_outstanding double precision,
    email_address character varying(250),
    phone_number character varying(255),
    cell_mobile_phone_number character varying(255),
    PRIMARY KEY (customer_id),
    FOREIGN KEY (customer_address_id) REFERENCES driving_school.addresses (address_id)
);
CREATE TABLE driving_school.customer_payments (
    customer_id integer NOT NULL,
    datetime_payment timestamp NOT NULL,
    payment_method_code character varying(12) NOT NULL,
    amount_payment double precision,
    PRIMARY KEY (customer_id, datetime_payment),
    FOREIGN KEY (customer_id) REFERENCES driving_school.customers (customer_id)
);
CREATE TABLE driving_school.lessons (
    lesson_id integer NOT NULL,
    customer_id integer NOT NULL,
    lesson_status_code character varying(15) NOT NULL,
    staff_id integer,
    vehicle_id integer NOT NULL,
    lesson_date timestamp,
    lesson_time character varying(10),
    price double precision,
    PRIMARY KEY (lesson_id),
    FOREIGN KEY (customer_id) REFERENCES driving_school.customers (customer_id),
    FOREIGN KEY (staff_id) REFERENCES driving_school.staff (staff_id),
    FOREIGN KEY (vehicle_id) REFERENCES driving_school.vehicles (vehicle_id)
);
