-- Oracle's sample schemas HR (human resources), CO (customer orders) and SH (sales history), each in its own schema
-- (hr, co, sh), from github.com/oracle-samples/db-sample-schemas (commit 6660bad; human_resources/hr_create.sql,
-- customer_orders/co_create.sql, sales_history/sh_create.sql; MIT licence, Copyright (c) 2023 Oracle). Converted from
-- Oracle SQL by a one-off script, loaded into a scratch PostgreSQL and regenerated from its catalog: 23 tables, their
-- primary and unique keys, 29 foreign keys and the scripts' 180 table and column comments. VARCHAR2 -> varchar,
-- NUMBER -> numeric, DATE -> date (an Oracle DATE also holds a time of day), BLOB -> bytea; identity clauses, CHECK
-- constraints, indexes, sequences, the views (hr.emp_details_view, co's four views, sh.profits), SH's materialized
-- views and dimensions, the range partitioning of sh.sales and sh.costs, and HR's procedures and triggers are left
-- out. The OE, PM and BI schemas of the same repository are not included. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS hr;
CREATE TABLE hr.countries (
    country_id character(2) NOT NULL,
    country_name character varying(60),
    region_id numeric,
    PRIMARY KEY (country_id)
);
CREATE TABLE hr.departments (
    department_id numeric(4,0) NOT NULL,
    department_name character varying(30) NOT NULL,
    manager_id numeric(6,0),
    location_id numeric(4,0),
    PRIMARY KEY (department_id)
);
CREATE TABLE hr.employees (
    employee_id numeric(6,0) NOT NULL,
    first_name character varying(20),
    last_name character varying(25) NOT NULL,
    email character varying(25) NOT NULL,
    phone_number character varying(20),
    hire_date date NOT NULL,
    job_id character varying(10) NOT NULL,
    salary numeric(8,2),
    commission_pct numeric(2,2),
    manager_id numeric(6,0),
    department_id numeric(4,0),
    PRIMARY KEY (employee_id),
    UNIQUE (email)
);
CREATE TABLE hr.job_history (
    employee_id numeric(6,0) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    job_id character varying(10) NOT NULL,
    department_id numeric(4,0),
    PRIMARY KEY (employee_id, start_date)
);
CREATE TABLE hr.jobs (
    job_id character varying(10) NOT NULL,
    job_title character varying(35) NOT NULL,
    min_salary numeric(6,0),
    max_salary numeric(6,0),
    PRIMARY KEY (job_id)
);
CREATE TABLE hr.locations (
    location_id numeric(4,0) NOT NULL,
    street_address character varying(40),
    postal_code character varying(12),
    city character varying(30) NOT NULL,
    state_province character varying(25),
    country_id character(2),
    PRIMARY KEY (location_id)
);
CREATE TABLE hr.regions (
    region_id numeric NOT NULL,
    region_name character varying(25),
    PRIMARY KEY (region_id)
);
ALTER TABLE hr.countries ADD CONSTRAINT countr_reg_fk FOREIGN KEY (region_id) REFERENCES hr.regions(region_id);
ALTER TABLE hr.departments ADD CONSTRAINT dept_loc_fk FOREIGN KEY (location_id) REFERENCES hr.locations(location_id);
ALTER TABLE hr.departments ADD CONSTRAINT dept_mgr_fk FOREIGN KEY (manager_id) REFERENCES hr.employees(employee_id);
ALTER TABLE hr.employees ADD CONSTRAINT emp_dept_fk FOREIGN KEY (department_id) REFERENCES hr.departments(department_id);
ALTER TABLE hr.employees ADD CONSTRAINT emp_job_fk FOREIGN KEY (job_id) REFERENCES hr.jobs(job_id);
ALTER TABLE hr.employees ADD CONSTRAINT emp_manager_fk FOREIGN KEY (manager_id) REFERENCES hr.employees(employee_id);
ALTER TABLE hr.job_history ADD CONSTRAINT jhist_dept_fk FOREIGN KEY (department_id) REFERENCES hr.departments(department_id);
ALTER TABLE hr.job_history ADD CONSTRAINT jhist_emp_fk FOREIGN KEY (employee_id) REFERENCES hr.employees(employee_id);
ALTER TABLE hr.job_history ADD CONSTRAINT jhist_job_fk FOREIGN KEY (job_id) REFERENCES hr.jobs(job_id);
ALTER TABLE hr.locations ADD CONSTRAINT loc_c_id_fk FOREIGN KEY (country_id) REFERENCES hr.countries(country_id);
COMMENT ON TABLE hr.countries IS 'country table. References with locations table.';
COMMENT ON COLUMN hr.countries.country_id IS 'Primary key of countries table.';
COMMENT ON COLUMN hr.countries.country_name IS 'Country name';
COMMENT ON COLUMN hr.countries.region_id IS 'Region ID for the country. Foreign key to region_id column in the departments table.';
COMMENT ON TABLE hr.departments IS 'Departments table that shows details of departments where employees 
work. references with locations, employees, and job_history tables.';
COMMENT ON COLUMN hr.departments.department_id IS 'Primary key column of departments table.';
COMMENT ON COLUMN hr.departments.department_name IS 'A not null column that shows name of a department. Administration, 
Marketing, Purchasing, Human Resources, Shipping, IT, Executive, Public 
Relations, Sales, Finance, and Accounting. ';
COMMENT ON COLUMN hr.departments.manager_id IS 'Manager_id of a department. Foreign key to employee_id column of employees table. The manager_id column of the employee table references this column.';
COMMENT ON COLUMN hr.departments.location_id IS 'Location id where a department is located. Foreign key to location_id column of locations table.';
COMMENT ON TABLE hr.employees IS 'employees table. References with departments,
jobs, job_history tables. Contains a self reference.';
COMMENT ON COLUMN hr.employees.employee_id IS 'Primary key of employees table.';
COMMENT ON COLUMN hr.employees.first_name IS 'First name of the employee. A not null column.';
COMMENT ON COLUMN hr.employees.last_name IS 'Last name of the employee. A not null column.';
COMMENT ON COLUMN hr.employees.email IS 'Email id of the employee';
COMMENT ON COLUMN hr.employees.phone_number IS 'Phone numeric of the employee; includes country code and area code';
COMMENT ON COLUMN hr.employees.hire_date IS 'Date when the employee started on this job. A not null column.';
COMMENT ON COLUMN hr.employees.job_id IS 'Current job of the employee; foreign key to job_id column of the 
jobs table. A not null column.';
COMMENT ON COLUMN hr.employees.salary IS 'Monthly salary of the employee. Must be greater 
than zero (enforced by constraint emp_salary_min)';
COMMENT ON COLUMN hr.employees.commission_pct IS 'Commission percentage of the employee; Only employees in sales 
department eligible for commission percentage';
COMMENT ON COLUMN hr.employees.manager_id IS 'Manager id of the employee; has same domain as manager_id in 
departments table. Foreign key to employee_id column of employees table. 
(useful for reflexive joins and CONNECT BY query)';
COMMENT ON COLUMN hr.employees.department_id IS 'Department id where employee works; foreign key to department_id 
column of the departments table';
COMMENT ON TABLE hr.job_history IS 'Table that stores job history of the employees. If an employee 
changes departments within the job or changes jobs within the department, 
new rows get inserted into this table with old job information of the 
employee. Contains a complex primary key: employee_id+start_date.
References with jobs, employees, and departments tables.';
COMMENT ON COLUMN hr.job_history.employee_id IS 'A not null column in the complex primary key employee_id+start_date. 
Foreign key to employee_id column of the employee table';
COMMENT ON COLUMN hr.job_history.start_date IS 'A not null column in the complex primary key employee_id+start_date. 
Must be less than the end_date of the job_history table. (enforced by 
constraint jhist_date_interval)';
COMMENT ON COLUMN hr.job_history.end_date IS 'Last day of the employee in this job role. A not null column. Must be 
greater than the start_date of the job_history table. 
(enforced by constraint jhist_date_interval)';
COMMENT ON COLUMN hr.job_history.job_id IS 'Job role in which the employee worked in the past; foreign key to 
job_id column in the jobs table. A not null column.';
COMMENT ON COLUMN hr.job_history.department_id IS 'Department id in which the employee worked in the past; foreign key to department_id column in the departments table';
COMMENT ON TABLE hr.jobs IS 'jobs table with job titles and salary ranges.
References with employees and job_history table.';
COMMENT ON COLUMN hr.jobs.job_id IS 'Primary key of jobs table.';
COMMENT ON COLUMN hr.jobs.job_title IS 'A not null column that shows job title, e.g. AD_VP, FI_ACCOUNTANT';
COMMENT ON COLUMN hr.jobs.min_salary IS 'Minimum salary for a job title.';
COMMENT ON COLUMN hr.jobs.max_salary IS 'Maximum salary for a job title';
COMMENT ON TABLE hr.locations IS 'Locations table that contains specific address of a specific office,
warehouse, and/or production site of a company. Does not store addresses /
locations of customers. references with the departments and countries tables. ';
COMMENT ON COLUMN hr.locations.location_id IS 'Primary key of locations table';
COMMENT ON COLUMN hr.locations.street_address IS 'Street address of an office, warehouse, or production site of a company.
Contains building numeric and street name';
COMMENT ON COLUMN hr.locations.postal_code IS 'Postal code of the location of an office, warehouse, or production site 
of a company. ';
COMMENT ON COLUMN hr.locations.city IS 'A not null column that shows city where an office, warehouse, or 
production site of a company is located. ';
COMMENT ON COLUMN hr.locations.state_province IS 'State or Province where an office, warehouse, or production site of a 
company is located.';
COMMENT ON COLUMN hr.locations.country_id IS 'Country where an office, warehouse, or production site of a company is
located. Foreign key to country_id column of the countries table.';
COMMENT ON TABLE hr.regions IS 'Regions table that contains region numbers and names. references with the Countries table.';
COMMENT ON COLUMN hr.regions.region_id IS 'Primary key of regions table.';
COMMENT ON COLUMN hr.regions.region_name IS 'Names of regions. Locations are in the countries of these regions.';
CREATE SCHEMA IF NOT EXISTS co;
CREATE TABLE co.customers (
    customer_id integer NOT NULL,
    email_address character varying(255) NOT NULL,
    full_name character varying(255) NOT NULL,
    PRIMARY KEY (customer_id),
    UNIQUE (email_address)
);
CREATE TABLE co.inventory (
    inventory_id integer NOT NULL,
    store_id integer NOT NULL,
    product_id integer NOT NULL,
    product_inventory integer NOT NULL,
    PRIMARY KEY (inventory_id),
    UNIQUE (store_id, product_id)
);
CREATE TABLE co.order_items (
    order_id integer NOT NULL,
    line_item_id integer NOT NULL,
    product_id integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    quantity integer NOT NULL,
    shipment_id integer,
    PRIMARY KEY (order_id, line_item_id),
    UNIQUE (product_id, order_id)
);
CREATE TABLE co.orders (
    order_id integer NOT NULL,
    order_tms timestamp without time zone NOT NULL,
    customer_id integer NOT NULL,
    order_status character varying(10) NOT NULL,
    store_id integer NOT NULL,
    PRIMARY KEY (order_id)
);
CREATE TABLE co.products (
    product_id integer NOT NULL,
    product_name character varying(255) NOT NULL,
    unit_price numeric(10,2),
    product_details bytea,
    product_image bytea,
    image_mime_type character varying(512),
    image_filename character varying(512),
    image_charset character varying(512),
    image_last_updated date,
    PRIMARY KEY (product_id)
);
CREATE TABLE co.shipments (
    shipment_id integer NOT NULL,
    store_id integer NOT NULL,
    customer_id integer NOT NULL,
    delivery_address character varying(512) NOT NULL,
    shipment_status character varying(100) NOT NULL,
    PRIMARY KEY (shipment_id)
);
CREATE TABLE co.stores (
    store_id integer NOT NULL,
    store_name character varying(255) NOT NULL,
    web_address character varying(100),
    physical_address character varying(512),
    latitude numeric(9,6),
    longitude numeric(9,6),
    logo bytea,
    logo_mime_type character varying(512),
    logo_filename character varying(512),
    logo_charset character varying(512),
    logo_last_updated date,
    PRIMARY KEY (store_id),
    UNIQUE (store_name)
);
ALTER TABLE co.inventory ADD CONSTRAINT inventory_product_id_fk FOREIGN KEY (product_id) REFERENCES co.products(product_id);
ALTER TABLE co.inventory ADD CONSTRAINT inventory_store_id_fk FOREIGN KEY (store_id) REFERENCES co.stores(store_id);
ALTER TABLE co.order_items ADD CONSTRAINT order_items_order_id_fk FOREIGN KEY (order_id) REFERENCES co.orders(order_id);
ALTER TABLE co.order_items ADD CONSTRAINT order_items_product_id_fk FOREIGN KEY (product_id) REFERENCES co.products(product_id);
ALTER TABLE co.order_items ADD CONSTRAINT order_items_shipment_id_fk FOREIGN KEY (shipment_id) REFERENCES co.shipments(shipment_id);
ALTER TABLE co.orders ADD CONSTRAINT orders_customer_id_fk FOREIGN KEY (customer_id) REFERENCES co.customers(customer_id);
ALTER TABLE co.orders ADD CONSTRAINT orders_store_id_fk FOREIGN KEY (store_id) REFERENCES co.stores(store_id);
ALTER TABLE co.shipments ADD CONSTRAINT shipments_customer_id_fk FOREIGN KEY (customer_id) REFERENCES co.customers(customer_id);
ALTER TABLE co.shipments ADD CONSTRAINT shipments_store_id_fk FOREIGN KEY (store_id) REFERENCES co.stores(store_id);
COMMENT ON TABLE co.customers IS 'Details of the people placing orders';
COMMENT ON COLUMN co.customers.customer_id IS 'Auto-incrementing primary key';
COMMENT ON COLUMN co.customers.email_address IS 'The email address the person uses to access the account';
COMMENT ON COLUMN co.customers.full_name IS 'What this customer is called';
COMMENT ON TABLE co.inventory IS 'Details of the quantity of stock available for products at each location';
COMMENT ON COLUMN co.inventory.inventory_id IS 'Auto-incrementing primary key';
COMMENT ON COLUMN co.inventory.store_id IS 'Which location the goods are located at';
COMMENT ON COLUMN co.inventory.product_id IS 'Which item this stock is for';
COMMENT ON COLUMN co.inventory.product_inventory IS 'The current quantity in stock';
COMMENT ON TABLE co.order_items IS 'Details of which products the customer has purchased in an order';
COMMENT ON COLUMN co.order_items.order_id IS 'The order these products belong to';
COMMENT ON COLUMN co.order_items.line_item_id IS 'An incrementing numeric, starting at one for each order';
COMMENT ON COLUMN co.order_items.product_id IS 'Which item was purchased';
COMMENT ON COLUMN co.order_items.unit_price IS 'How much the customer paid for one item of the product';
COMMENT ON COLUMN co.order_items.quantity IS 'How many items of this product the customer purchased';
COMMENT ON COLUMN co.order_items.shipment_id IS 'Where this product will be delivered';
COMMENT ON TABLE co.orders IS 'Details of who made purchases where';
COMMENT ON COLUMN co.orders.order_id IS 'Auto-incrementing primary key';
COMMENT ON COLUMN co.orders.order_tms IS 'When the order was placed';
COMMENT ON COLUMN co.orders.customer_id IS 'Who placed this order';
COMMENT ON COLUMN co.orders.order_status IS 'What state the order is in. Valid values are:
OPEN - the order is in progress
PAID - money has been received from the customer for this order
SHIPPED - the products have been dispatched to the customer
COMPLETE - the customer has received the order
CANCELLED - the customer has stopped the order
REFUNDED - there has been an issue with the order and the money has been returned to the customer';
COMMENT ON COLUMN co.orders.store_id IS 'Where this order was placed';
COMMENT ON TABLE co.products IS 'Details of goods that customers can purchase';
COMMENT ON COLUMN co.products.product_id IS 'Auto-incrementing primary key';
COMMENT ON COLUMN co.products.product_name IS 'What a product is called';
COMMENT ON COLUMN co.products.unit_price IS 'The monetary value of one item of this product';
COMMENT ON COLUMN co.products.product_details IS 'Further details of the product stored in JSON format';
COMMENT ON COLUMN co.products.product_image IS 'A picture of the product';
COMMENT ON COLUMN co.products.image_mime_type IS 'The mime-type of the product image';
COMMENT ON COLUMN co.products.image_filename IS 'The name of the file loaded in the image column';
COMMENT ON COLUMN co.products.image_charset IS 'The character set used to encode the image';
COMMENT ON COLUMN co.products.image_last_updated IS 'The date the image was last changed';
COMMENT ON TABLE co.shipments IS 'Details of where ordered goods will be delivered';
COMMENT ON COLUMN co.shipments.shipment_id IS 'Auto-incrementing primary key';
COMMENT ON COLUMN co.shipments.store_id IS 'Which location the goods will be transported from';
COMMENT ON COLUMN co.shipments.customer_id IS 'Who this shipment is for';
COMMENT ON COLUMN co.shipments.delivery_address IS 'Where the goods will be transported to';
COMMENT ON COLUMN co.shipments.shipment_status IS 'The current status of the shipment. Valid values are:
CREATED - the shipment is ready for order assignment
SHIPPED - the goods have been dispatched
IN-TRANSIT - the goods are en-route to their destination
DELIVERED - the good have arrived at their destination';
COMMENT ON TABLE co.stores IS 'Physical and virtual locations where people can purchase products';
COMMENT ON COLUMN co.stores.store_id IS 'Auto-incrementing primary key';
COMMENT ON COLUMN co.stores.store_name IS 'What the store is called';
COMMENT ON COLUMN co.stores.web_address IS 'The URL of a virtual store';
COMMENT ON COLUMN co.stores.physical_address IS 'The postal address of this location';
COMMENT ON COLUMN co.stores.latitude IS 'The north-south position of a physical store';
COMMENT ON COLUMN co.stores.longitude IS 'The east-west position of a physical store';
COMMENT ON COLUMN co.stores.logo IS 'An image used by this store';
COMMENT ON COLUMN co.stores.logo_mime_type IS 'The mime-type of the store logo';
COMMENT ON COLUMN co.stores.logo_filename IS 'The name of the file loaded in the image column';
COMMENT ON COLUMN co.stores.logo_charset IS 'The character set used to encode the image';
COMMENT ON COLUMN co.stores.logo_last_updated IS 'The date the image was last changed';
CREATE SCHEMA IF NOT EXISTS sh;
CREATE TABLE sh.channels (
    channel_id numeric NOT NULL,
    channel_desc character varying(20) NOT NULL,
    channel_class character varying(20) NOT NULL,
    channel_class_id numeric NOT NULL,
    channel_total character varying(13) NOT NULL,
    channel_total_id numeric NOT NULL,
    PRIMARY KEY (channel_id)
);
CREATE TABLE sh.costs (
    prod_id numeric NOT NULL,
    time_id date NOT NULL,
    promo_id numeric NOT NULL,
    channel_id numeric NOT NULL,
    unit_cost numeric(10,2) NOT NULL,
    unit_price numeric(10,2) NOT NULL
);
CREATE TABLE sh.countries (
    country_id numeric NOT NULL,
    country_iso_code character(2) NOT NULL,
    country_name character varying(40) NOT NULL,
    country_subregion character varying(30) NOT NULL,
    country_subregion_id numeric NOT NULL,
    country_region character varying(20) NOT NULL,
    country_region_id numeric NOT NULL,
    country_total character varying(11) NOT NULL,
    country_total_id numeric NOT NULL,
    PRIMARY KEY (country_id)
);
CREATE TABLE sh.customers (
    cust_id numeric NOT NULL,
    cust_first_name character varying(20) NOT NULL,
    cust_last_name character varying(40) NOT NULL,
    cust_gender character(1) NOT NULL,
    cust_year_of_birth numeric(4,0) NOT NULL,
    cust_marital_status character varying(20),
    cust_street_address character varying(40) NOT NULL,
    cust_postal_code character varying(10) NOT NULL,
    cust_city character varying(30) NOT NULL,
    cust_city_id numeric NOT NULL,
    cust_state_province character varying(40) NOT NULL,
    cust_state_province_id numeric NOT NULL,
    country_id numeric NOT NULL,
    cust_main_phone_number character varying(25) NOT NULL,
    cust_income_level character varying(30),
    cust_credit_limit numeric,
    cust_email character varying(50),
    cust_total character varying(14) NOT NULL,
    cust_total_id numeric NOT NULL,
    cust_src_id numeric,
    cust_eff_from date,
    cust_eff_to date,
    cust_valid character varying(1),
    PRIMARY KEY (cust_id)
);
CREATE TABLE sh.products (
    prod_id numeric(6,0) NOT NULL,
    prod_name character varying(50) NOT NULL,
    prod_desc character varying(4000) NOT NULL,
    prod_subcategory character varying(50) NOT NULL,
    prod_subcategory_id numeric NOT NULL,
    prod_subcategory_desc character varying(2000) NOT NULL,
    prod_category character varying(50) NOT NULL,
    prod_category_id numeric NOT NULL,
    prod_category_desc character varying(2000) NOT NULL,
    prod_weight_class numeric(3,0) NOT NULL,
    prod_unit_of_measure character varying(20),
    prod_pack_size character varying(30) NOT NULL,
    supplier_id numeric(6,0) NOT NULL,
    prod_status character varying(20) NOT NULL,
    prod_list_price numeric(8,2) NOT NULL,
    prod_min_price numeric(8,2) NOT NULL,
    prod_total character varying(13) NOT NULL,
    prod_total_id numeric NOT NULL,
    prod_src_id numeric,
    prod_eff_from date,
    prod_eff_to date,
    prod_valid character varying(1),
    PRIMARY KEY (prod_id)
);
CREATE TABLE sh.promotions (
    promo_id numeric(6,0) NOT NULL,
    promo_name character varying(30) NOT NULL,
    promo_subcategory character varying(30) NOT NULL,
    promo_subcategory_id numeric NOT NULL,
    promo_category character varying(30) NOT NULL,
    promo_category_id numeric NOT NULL,
    promo_cost numeric(10,2) NOT NULL,
    promo_begin_date date NOT NULL,
    promo_end_date date NOT NULL,
    promo_total character varying(15) NOT NULL,
    promo_total_id numeric NOT NULL,
    PRIMARY KEY (promo_id)
);
CREATE TABLE sh.sales (
    prod_id numeric(6,0) NOT NULL,
    cust_id numeric NOT NULL,
    time_id date NOT NULL,
    channel_id numeric(1,0) NOT NULL,
    promo_id numeric(6,0) NOT NULL,
    quantity_sold numeric(3,0) NOT NULL,
    amount_sold numeric(10,2) NOT NULL
);
CREATE TABLE sh.supplementary_demographics (
    cust_id numeric NOT NULL,
    education character varying(21),
    occupation character varying(21),
    household_size character varying(21),
    yrs_residence numeric,
    affinity_card numeric(10,0),
    cricket numeric(10,0),
    baseball numeric(10,0),
    tennis numeric(10,0),
    soccer numeric(10,0),
    golf numeric(10,0),
    unknown numeric(10,0),
    misc numeric(10,0),
    comments character varying(4000),
    PRIMARY KEY (cust_id)
);
CREATE TABLE sh.times (
    time_id date NOT NULL,
    day_name character varying(9) NOT NULL,
    day_number_in_week numeric(1,0) NOT NULL,
    day_number_in_month numeric(2,0) NOT NULL,
    calendar_week_number numeric(2,0) NOT NULL,
    fiscal_week_number numeric(2,0) NOT NULL,
    week_ending_day date NOT NULL,
    week_ending_day_id numeric NOT NULL,
    calendar_month_number numeric(2,0) NOT NULL,
    fiscal_month_number numeric(2,0) NOT NULL,
    calendar_month_desc character varying(8) NOT NULL,
    calendar_month_id numeric NOT NULL,
    fiscal_month_desc character varying(8) NOT NULL,
    fiscal_month_id numeric NOT NULL,
    days_in_cal_month numeric NOT NULL,
    days_in_fis_month numeric NOT NULL,
    end_of_cal_month date NOT NULL,
    end_of_fis_month date NOT NULL,
    calendar_month_name character varying(9) NOT NULL,
    fiscal_month_name character varying(9) NOT NULL,
    calendar_quarter_desc character(7) NOT NULL,
    calendar_quarter_id numeric NOT NULL,
    fiscal_quarter_desc character(7) NOT NULL,
    fiscal_quarter_id numeric NOT NULL,
    days_in_cal_quarter numeric NOT NULL,
    days_in_fis_quarter numeric NOT NULL,
    end_of_cal_quarter date NOT NULL,
    end_of_fis_quarter date NOT NULL,
    calendar_quarter_number numeric(1,0) NOT NULL,
    fiscal_quarter_number numeric(1,0) NOT NULL,
    calendar_year numeric(4,0) NOT NULL,
    calendar_year_id numeric NOT NULL,
    fiscal_year numeric(4,0) NOT NULL,
    fiscal_year_id numeric NOT NULL,
    days_in_cal_year numeric NOT NULL,
    days_in_fis_year numeric NOT NULL,
    end_of_cal_year date NOT NULL,
    end_of_fis_year date NOT NULL,
    PRIMARY KEY (time_id)
);
ALTER TABLE sh.costs ADD CONSTRAINT costs_channel_fk FOREIGN KEY (channel_id) REFERENCES sh.channels(channel_id);
ALTER TABLE sh.costs ADD CONSTRAINT costs_product_fk FOREIGN KEY (prod_id) REFERENCES sh.products(prod_id);
ALTER TABLE sh.costs ADD CONSTRAINT costs_promo_fk FOREIGN KEY (promo_id) REFERENCES sh.promotions(promo_id);
ALTER TABLE sh.costs ADD CONSTRAINT costs_time_fk FOREIGN KEY (time_id) REFERENCES sh.times(time_id);
ALTER TABLE sh.customers ADD CONSTRAINT customers_country_fk FOREIGN KEY (country_id) REFERENCES sh.countries(country_id);
ALTER TABLE sh.sales ADD CONSTRAINT sales_channel_fk FOREIGN KEY (channel_id) REFERENCES sh.channels(channel_id);
ALTER TABLE sh.sales ADD CONSTRAINT sales_customer_fk FOREIGN KEY (cust_id) REFERENCES sh.customers(cust_id);
ALTER TABLE sh.sales ADD CONSTRAINT sales_product_fk FOREIGN KEY (prod_id) REFERENCES sh.products(prod_id);
ALTER TABLE sh.sales ADD CONSTRAINT sales_promo_fk FOREIGN KEY (promo_id) REFERENCES sh.promotions(promo_id);
ALTER TABLE sh.sales ADD CONSTRAINT sales_time_fk FOREIGN KEY (time_id) REFERENCES sh.times(time_id);
COMMENT ON TABLE sh.channels IS 'small dimension table';
COMMENT ON COLUMN sh.channels.channel_id IS 'primary key column';
COMMENT ON COLUMN sh.channels.channel_desc IS 'e.g. telesales, internet, catalog';
COMMENT ON COLUMN sh.channels.channel_class IS 'e.g. direct, indirect';
COMMENT ON TABLE sh.countries IS 'country dimension table (snowflake)';
COMMENT ON COLUMN sh.countries.country_id IS 'primary key';
COMMENT ON COLUMN sh.countries.country_name IS 'country name';
COMMENT ON COLUMN sh.countries.country_subregion IS 'e.g. Western Europe, to allow hierarchies';
COMMENT ON COLUMN sh.countries.country_region IS 'e.g. Europe, Asia';
COMMENT ON TABLE sh.customers IS 'dimension table';
COMMENT ON COLUMN sh.customers.cust_id IS 'primary key';
COMMENT ON COLUMN sh.customers.cust_first_name IS 'first name of the customer';
COMMENT ON COLUMN sh.customers.cust_last_name IS 'last name of the customer';
COMMENT ON COLUMN sh.customers.cust_gender IS 'gender; low cardinality attribute';
COMMENT ON COLUMN sh.customers.cust_year_of_birth IS 'customer year of birth';
COMMENT ON COLUMN sh.customers.cust_marital_status IS 'customer marital status; low cardinality attribute';
COMMENT ON COLUMN sh.customers.cust_street_address IS 'customer street address';
COMMENT ON COLUMN sh.customers.cust_postal_code IS 'postal code of the customer';
COMMENT ON COLUMN sh.customers.cust_city IS 'city where the customer lives';
COMMENT ON COLUMN sh.customers.cust_state_province IS 'customer geography: state or province';
COMMENT ON COLUMN sh.customers.country_id IS 'foreign key to the countries table (snowflake)';
COMMENT ON COLUMN sh.customers.cust_main_phone_number IS 'customer main phone numeric';
COMMENT ON COLUMN sh.customers.cust_income_level IS 'customer income level';
COMMENT ON COLUMN sh.customers.cust_credit_limit IS 'customer credit limit';
COMMENT ON COLUMN sh.customers.cust_email IS 'customer email id';
COMMENT ON TABLE sh.products IS 'dimension table';
COMMENT ON COLUMN sh.products.prod_id IS 'primary key';
COMMENT ON COLUMN sh.products.prod_name IS 'product name';
COMMENT ON COLUMN sh.products.prod_desc IS 'product description';
COMMENT ON COLUMN sh.products.prod_subcategory IS 'product subcategory';
COMMENT ON COLUMN sh.products.prod_subcategory_desc IS 'product subcategory description';
COMMENT ON COLUMN sh.products.prod_category IS 'product category';
COMMENT ON COLUMN sh.products.prod_category_desc IS 'product category description';
COMMENT ON COLUMN sh.products.prod_weight_class IS 'product weight class';
COMMENT ON COLUMN sh.products.prod_unit_of_measure IS 'product unit of measure';
COMMENT ON COLUMN sh.products.prod_pack_size IS 'product package size';
COMMENT ON COLUMN sh.products.supplier_id IS 'this column';
COMMENT ON COLUMN sh.products.prod_status IS 'product status';
COMMENT ON COLUMN sh.products.prod_list_price IS 'product list price';
COMMENT ON COLUMN sh.products.prod_min_price IS 'product minimum price';
COMMENT ON TABLE sh.promotions IS 'dimension table without a PK-FK relationship with the facts table, to show outer join functionality';
COMMENT ON COLUMN sh.promotions.promo_id IS 'primary key column';
COMMENT ON COLUMN sh.promotions.promo_name IS 'promotion description';
COMMENT ON COLUMN sh.promotions.promo_subcategory IS 'enables to investigate promotion hierarchies';
COMMENT ON COLUMN sh.promotions.promo_category IS 'promotion category';
COMMENT ON COLUMN sh.promotions.promo_cost IS 'promotion cost, to do promotion effect calculations';
COMMENT ON COLUMN sh.promotions.promo_begin_date IS 'promotion begin day';
COMMENT ON COLUMN sh.promotions.promo_end_date IS 'promotion end day';
COMMENT ON TABLE sh.sales IS 'facts table, without a primary key; all rows are uniquely identified by the combination of all foreign keys';
COMMENT ON COLUMN sh.sales.prod_id IS 'FK to the products dimension table';
COMMENT ON COLUMN sh.sales.cust_id IS 'FK to the customers dimension table';
COMMENT ON COLUMN sh.sales.time_id IS 'FK to the times dimension table';
COMMENT ON COLUMN sh.sales.channel_id IS 'FK to the channels dimension table';
COMMENT ON COLUMN sh.sales.promo_id IS 'promotion identifier, without FK constraint (intentionally) to show outer join optimization';
COMMENT ON COLUMN sh.sales.quantity_sold IS 'product quantity sold with the transaction';
COMMENT ON COLUMN sh.sales.amount_sold IS 'invoiced amount to the customer';
COMMENT ON TABLE sh.times IS 'Time dimension table to support multiple hierarchies and materialized views';
COMMENT ON COLUMN sh.times.time_id IS 'primary key; day date, finest granularity, CORRECT ORDER';
COMMENT ON COLUMN sh.times.day_name IS 'Monday to Sunday, repeating';
COMMENT ON COLUMN sh.times.day_number_in_week IS '1 to 7, repeating';
COMMENT ON COLUMN sh.times.day_number_in_month IS '1 to 31, repeating';
COMMENT ON COLUMN sh.times.calendar_week_number IS '1 to 53, repeating';
COMMENT ON COLUMN sh.times.fiscal_week_number IS '1 to 53, repeating';
COMMENT ON COLUMN sh.times.week_ending_day IS 'date of last day in week, CORRECT ORDER';
COMMENT ON COLUMN sh.times.calendar_month_number IS '1 to 12, repeating';
COMMENT ON COLUMN sh.times.fiscal_month_number IS '1 to 12, repeating';
COMMENT ON COLUMN sh.times.calendar_month_desc IS 'e.g. 1998-01, CORRECT ORDER';
COMMENT ON COLUMN sh.times.fiscal_month_desc IS 'e.g. 1998-01, CORRECT ORDER';
COMMENT ON COLUMN sh.times.days_in_cal_month IS 'e.g. 28,31, repeating';
COMMENT ON COLUMN sh.times.days_in_fis_month IS 'e.g. 25,32, repeating';
COMMENT ON COLUMN sh.times.end_of_cal_month IS 'last day of calendar month';
COMMENT ON COLUMN sh.times.end_of_fis_month IS 'last day of fiscal month';
COMMENT ON COLUMN sh.times.calendar_month_name IS 'January to December, repeating';
COMMENT ON COLUMN sh.times.fiscal_month_name IS 'January to December, repeating';
COMMENT ON COLUMN sh.times.calendar_quarter_desc IS 'e.g. 1998-Q1, CORRECT ORDER';
COMMENT ON COLUMN sh.times.fiscal_quarter_desc IS 'e.g. 1999-Q3, CORRECT ORDER';
COMMENT ON COLUMN sh.times.days_in_cal_quarter IS 'e.g. 88,90, repeating';
COMMENT ON COLUMN sh.times.days_in_fis_quarter IS 'e.g. 88,90, repeating';
COMMENT ON COLUMN sh.times.end_of_cal_quarter IS 'last day of calendar quarter';
COMMENT ON COLUMN sh.times.end_of_fis_quarter IS 'last day of fiscal quarter';
COMMENT ON COLUMN sh.times.calendar_quarter_number IS '1 to 4, repeating';
COMMENT ON COLUMN sh.times.fiscal_quarter_number IS '1 to 4, repeating';
COMMENT ON COLUMN sh.times.calendar_year IS 'e.g. 1999, CORRECT ORDER';
COMMENT ON COLUMN sh.times.fiscal_year IS 'e.g. 1999, CORRECT ORDER';
COMMENT ON COLUMN sh.times.days_in_cal_year IS '365,366 repeating';
COMMENT ON COLUMN sh.times.days_in_fis_year IS 'e.g. 355,364, repeating';
COMMENT ON COLUMN sh.times.end_of_cal_year IS 'last day of cal year';
COMMENT ON COLUMN sh.times.end_of_fis_year IS 'last day of fiscal year';
