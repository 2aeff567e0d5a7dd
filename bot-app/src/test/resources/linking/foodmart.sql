-- Mondrian's FoodMart warehouse (a grocery chain's 1997-1998 sales, inventory, expense and payroll facts with their
-- customer, product, product class, promotion, store, region, warehouse, time, employee, position, department,
-- account, category and currency dimensions, and Mondrian's 11 aggregate tables of the 1997 sales), github.com/
-- pentaho/mondrian, as its loader creates it: the createTables() method of
-- mondrian/src/it/java/mondrian/test/loader/MondrianFoodMartLoader.java at commit 157958619, turned into PostgreSQL
-- by a one-off script (the loader's own types: DECIMAL(10,4) -> numeric(10,4), TIMESTAMP -> timestamp without time
-- zone) and loaded into a scratch PostgreSQL, schema foodmart; mixed-case names quoted as the loader writes them
-- ("SKU", "SRP", "Custom_Members"), the table "position" quoted. The source declares no primary keys, no foreign
-- keys and no comments (so none here; references such as sales_fact_1997.product_id are implied by the column names
-- only); the loader's indexes are left out. No rows (the data ships zipped, FoodMartCreateData.zip, not readable
-- here). Licence: the loader's header and the repository's LICENSE.TXT now say Business Source License 1.1
-- (Pentaho Canada, 2024-2026); earlier Mondrian releases shipped the same FoodMart tables under the Common Public /
-- Eclipse Public License; we use the schema's facts.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS foodmart;
CREATE TABLE foodmart.sales_fact_1997 (
    product_id integer NOT NULL,
    time_id integer NOT NULL,
    customer_id integer NOT NULL,
    promotion_id integer NOT NULL,
    store_id integer NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL
);
CREATE TABLE foodmart.sales_fact_1998 (
    product_id integer NOT NULL,
    time_id integer NOT NULL,
    customer_id integer NOT NULL,
    promotion_id integer NOT NULL,
    store_id integer NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL
);
CREATE TABLE foodmart.sales_fact_dec_1998 (
    product_id integer NOT NULL,
    time_id integer NOT NULL,
    customer_id integer NOT NULL,
    promotion_id integer NOT NULL,
    store_id integer NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL
);
CREATE TABLE foodmart.inventory_fact_1997 (
    product_id integer NOT NULL,
    time_id integer,
    warehouse_id integer,
    store_id integer,
    units_ordered integer,
    units_shipped integer,
    warehouse_sales numeric(10,4),
    warehouse_cost numeric(10,4),
    supply_time smallint,
    store_invoice numeric(10,4)
);
CREATE TABLE foodmart.inventory_fact_1998 (
    product_id integer NOT NULL,
    time_id integer,
    warehouse_id integer,
    store_id integer,
    units_ordered integer,
    units_shipped integer,
    warehouse_sales numeric(10,4),
    warehouse_cost numeric(10,4),
    supply_time smallint,
    store_invoice numeric(10,4)
);
CREATE TABLE foodmart.agg_pl_01_sales_fact_1997 (
    product_id integer NOT NULL,
    time_id integer NOT NULL,
    customer_id integer NOT NULL,
    store_sales_sum numeric(10,4) NOT NULL,
    store_cost_sum numeric(10,4) NOT NULL,
    unit_sales_sum numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_ll_01_sales_fact_1997 (
    product_id integer NOT NULL,
    time_id integer NOT NULL,
    customer_id integer NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_l_03_sales_fact_1997 (
    time_id integer NOT NULL,
    customer_id integer NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_l_04_sales_fact_1997 (
    time_id integer NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    customer_count integer NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_l_05_sales_fact_1997 (
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    promotion_id integer NOT NULL,
    store_id integer NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_c_10_sales_fact_1997 (
    month_of_year smallint NOT NULL,
    quarter character varying(30) NOT NULL,
    the_year smallint NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    customer_count integer NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_c_14_sales_fact_1997 (
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    store_id integer NOT NULL,
    promotion_id integer NOT NULL,
    month_of_year smallint NOT NULL,
    quarter character varying(30) NOT NULL,
    the_year smallint NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_lc_100_sales_fact_1997 (
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    quarter character varying(30) NOT NULL,
    the_year smallint NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_c_special_sales_fact_1997 (
    product_id integer NOT NULL,
    promotion_id integer NOT NULL,
    customer_id integer NOT NULL,
    store_id integer NOT NULL,
    time_month smallint NOT NULL,
    time_quarter character varying(30) NOT NULL,
    time_year smallint NOT NULL,
    store_sales_sum numeric(10,4) NOT NULL,
    store_cost_sum numeric(10,4) NOT NULL,
    unit_sales_sum numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_g_ms_pcat_sales_fact_1997 (
    gender character varying(30) NOT NULL,
    marital_status character varying(30) NOT NULL,
    product_family character varying(30),
    product_department character varying(30),
    product_category character varying(30),
    month_of_year smallint NOT NULL,
    quarter character varying(30) NOT NULL,
    the_year smallint NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    customer_count integer NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.agg_lc_06_sales_fact_1997 (
    time_id integer NOT NULL,
    city character varying(30) NOT NULL,
    state_province character varying(30) NOT NULL,
    country character varying(30) NOT NULL,
    store_sales numeric(10,4) NOT NULL,
    store_cost numeric(10,4) NOT NULL,
    unit_sales numeric(10,4) NOT NULL,
    fact_count integer NOT NULL
);
CREATE TABLE foodmart.currency (
    currency_id integer NOT NULL,
    date date NOT NULL,
    currency character varying(30) NOT NULL,
    conversion_ratio numeric(10,4) NOT NULL
);
CREATE TABLE foodmart.account (
    account_id integer NOT NULL,
    account_parent integer,
    account_description character varying(30),
    account_type character varying(30) NOT NULL,
    account_rollup character varying(30) NOT NULL,
    "Custom_Members" character varying(255)
);
CREATE TABLE foodmart.category (
    category_id character varying(30) NOT NULL,
    category_parent character varying(30),
    category_description character varying(30) NOT NULL,
    category_rollup character varying(30)
);
CREATE TABLE foodmart.customer (
    customer_id integer NOT NULL,
    account_num bigint NOT NULL,
    lname character varying(30) NOT NULL,
    fname character varying(30) NOT NULL,
    mi character varying(30),
    address1 character varying(30),
    address2 character varying(30),
    address3 character varying(30),
    address4 character varying(30),
    city character varying(30),
    state_province character varying(30),
    postal_code character varying(30) NOT NULL,
    country character varying(30) NOT NULL,
    customer_region_id integer NOT NULL,
    phone1 character varying(30) NOT NULL,
    phone2 character varying(30) NOT NULL,
    birthdate date NOT NULL,
    marital_status character varying(30) NOT NULL,
    yearly_income character varying(30) NOT NULL,
    gender character varying(30) NOT NULL,
    total_children smallint NOT NULL,
    num_children_at_home smallint NOT NULL,
    education character varying(30) NOT NULL,
    date_accnt_opened date NOT NULL,
    member_card character varying(30),
    occupation character varying(30),
    houseowner character varying(30),
    num_cars_owned integer,
    fullname character varying(60) NOT NULL
);
CREATE TABLE foodmart.days (
    day integer NOT NULL,
    week_day character varying(30) NOT NULL
);
CREATE TABLE foodmart.department (
    department_id integer NOT NULL,
    department_description character varying(30) NOT NULL
);
CREATE TABLE foodmart.employee (
    employee_id integer NOT NULL,
    full_name character varying(30) NOT NULL,
    first_name character varying(30) NOT NULL,
    last_name character varying(30) NOT NULL,
    position_id integer,
    position_title character varying(30),
    store_id integer NOT NULL,
    department_id integer NOT NULL,
    birth_date date NOT NULL,
    hire_date timestamp without time zone,
    end_date timestamp without time zone,
    salary numeric(10,4) NOT NULL,
    supervisor_id integer,
    education_level character varying(30) NOT NULL,
    marital_status character varying(30) NOT NULL,
    gender character varying(30) NOT NULL,
    management_role character varying(30)
);
CREATE TABLE foodmart.employee_closure (
    employee_id integer NOT NULL,
    supervisor_id integer NOT NULL,
    distance integer
);
CREATE TABLE foodmart.expense_fact (
    store_id integer NOT NULL,
    account_id integer NOT NULL,
    exp_date timestamp without time zone NOT NULL,
    time_id integer NOT NULL,
    category_id character varying(30) NOT NULL,
    currency_id integer NOT NULL,
    amount numeric(10,4) NOT NULL
);
CREATE TABLE foodmart."position" (
    position_id integer NOT NULL,
    position_title character varying(30) NOT NULL,
    pay_type character varying(30) NOT NULL,
    min_scale numeric(10,4) NOT NULL,
    max_scale numeric(10,4) NOT NULL,
    management_role character varying(30) NOT NULL
);
CREATE TABLE foodmart.product (
    product_class_id integer NOT NULL,
    product_id integer NOT NULL,
    brand_name character varying(60),
    product_name character varying(60) NOT NULL,
    "SKU" bigint NOT NULL,
    "SRP" numeric(10,4),
    gross_weight real,
    net_weight real,
    recyclable_package boolean,
    low_fat boolean,
    units_per_case smallint,
    cases_per_pallet smallint,
    shelf_width real,
    shelf_height real,
    shelf_depth real
);
CREATE TABLE foodmart.product_class (
    product_class_id integer NOT NULL,
    product_subcategory character varying(30),
    product_category character varying(30),
    product_department character varying(30),
    product_family character varying(30)
);
CREATE TABLE foodmart.promotion (
    promotion_id integer NOT NULL,
    promotion_district_id integer,
    promotion_name character varying(30),
    media_type character varying(30),
    cost numeric(10,4),
    start_date timestamp without time zone,
    end_date timestamp without time zone
);
CREATE TABLE foodmart.region (
    region_id integer NOT NULL,
    sales_city character varying(30),
    sales_state_province character varying(30),
    sales_district character varying(30),
    sales_region character varying(30),
    sales_country character varying(30),
    sales_district_id integer
);
CREATE TABLE foodmart.reserve_employee (
    employee_id integer NOT NULL,
    full_name character varying(30) NOT NULL,
    first_name character varying(30) NOT NULL,
    last_name character varying(30) NOT NULL,
    position_id integer,
    position_title character varying(30),
    store_id integer NOT NULL,
    department_id integer NOT NULL,
    birth_date timestamp without time zone NOT NULL,
    hire_date timestamp without time zone,
    end_date timestamp without time zone,
    salary numeric(10,4) NOT NULL,
    supervisor_id integer,
    education_level character varying(30) NOT NULL,
    marital_status character varying(30) NOT NULL,
    gender character varying(30) NOT NULL
);
CREATE TABLE foodmart.salary (
    pay_date timestamp without time zone NOT NULL,
    employee_id integer NOT NULL,
    department_id integer NOT NULL,
    currency_id integer NOT NULL,
    salary_paid numeric(10,4) NOT NULL,
    overtime_paid numeric(10,4) NOT NULL,
    vacation_accrued real NOT NULL,
    vacation_used real NOT NULL
);
CREATE TABLE foodmart.store (
    store_id integer NOT NULL,
    store_type character varying(30),
    region_id integer,
    store_name character varying(30),
    store_number integer,
    store_street_address character varying(30),
    store_city character varying(30),
    store_state character varying(30),
    store_postal_code character varying(30),
    store_country character varying(30),
    store_manager character varying(30),
    store_phone character varying(30),
    store_fax character varying(30),
    first_opened_date timestamp without time zone,
    last_remodel_date timestamp without time zone,
    store_sqft integer,
    grocery_sqft integer,
    frozen_sqft integer,
    meat_sqft integer,
    coffee_bar boolean,
    video_store boolean,
    salad_bar boolean,
    prepared_food boolean,
    florist boolean
);
CREATE TABLE foodmart.store_ragged (
    store_id integer NOT NULL,
    store_type character varying(30),
    region_id integer,
    store_name character varying(30),
    store_number integer,
    store_street_address character varying(30),
    store_city character varying(30),
    store_state character varying(30),
    store_postal_code character varying(30),
    store_country character varying(30),
    store_manager character varying(30),
    store_phone character varying(30),
    store_fax character varying(30),
    first_opened_date timestamp without time zone,
    last_remodel_date timestamp without time zone,
    store_sqft integer,
    grocery_sqft integer,
    frozen_sqft integer,
    meat_sqft integer,
    coffee_bar boolean,
    video_store boolean,
    salad_bar boolean,
    prepared_food boolean,
    florist boolean
);
CREATE TABLE foodmart.time_by_day (
    time_id integer NOT NULL,
    the_date timestamp without time zone,
    the_day character varying(30),
    the_month character varying(30),
    the_year smallint,
    day_of_month smallint,
    week_of_year integer,
    month_of_year smallint,
    quarter character varying(30),
    fiscal_period character varying(30)
);
CREATE TABLE foodmart.warehouse (
    warehouse_id integer NOT NULL,
    warehouse_class_id integer,
    stores_id integer,
    warehouse_name character varying(60),
    wa_address1 character varying(30),
    wa_address2 character varying(30),
    wa_address3 character varying(30),
    wa_address4 character varying(30),
    warehouse_city character varying(30),
    warehouse_state_province character varying(30),
    warehouse_postal_code character varying(30),
    warehouse_country character varying(30),
    warehouse_owner_name character varying(30),
    warehouse_phone character varying(30),
    warehouse_fax character varying(30)
);
CREATE TABLE foodmart.warehouse_class (
    warehouse_class_id integer NOT NULL,
    description character varying(30)
);
