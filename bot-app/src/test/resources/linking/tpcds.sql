-- TPC-DS (the TPC's decision-support benchmark for a retailer selling through stores, catalogs and the web), the
-- schema as the TPC-DS tools v2.10.0 declare it (tools/tpcds.sql and tools/tpcds_ri.sql, read from
-- github.com/gregrahn/tpcds-kit, commit 5a3a817; the TPC's end-user licence): tables, keys and foreign keys of
-- schema tpcds, no data. Loaded into a scratch PostgreSQL and regenerated from its catalog: the 24 tables (6 sales
-- and returns fact tables, inventory and 17 dimensions) with their column names and types, primary keys and the 102
-- foreign keys tpcds_ri.sql declares (its commented-out ones not). Left out: the generator's bookkeeping table
-- dbgen_version. The source declares no comments and ships no rows (dsdgen generates them). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA tpcds;
CREATE TABLE tpcds.call_center (
    cc_call_center_sk integer NOT NULL,
    cc_call_center_id character(16) NOT NULL,
    cc_rec_start_date date,
    cc_rec_end_date date,
    cc_closed_date_sk integer,
    cc_open_date_sk integer,
    cc_name character varying(50),
    cc_class character varying(50),
    cc_employees integer,
    cc_sq_ft integer,
    cc_hours character(20),
    cc_manager character varying(40),
    cc_mkt_id integer,
    cc_mkt_class character(50),
    cc_mkt_desc character varying(100),
    cc_market_manager character varying(40),
    cc_division integer,
    cc_division_name character varying(50),
    cc_company integer,
    cc_company_name character(50),
    cc_street_number character(10),
    cc_street_name character varying(60),
    cc_street_type character(15),
    cc_suite_number character(10),
    cc_city character varying(60),
    cc_county character varying(30),
    cc_state character(2),
    cc_zip character(10),
    cc_country character varying(20),
    cc_gmt_offset numeric(5,2),
    cc_tax_percentage numeric(5,2),
    PRIMARY KEY (cc_call_center_sk)
);
CREATE TABLE tpcds.catalog_page (
    cp_catalog_page_sk integer NOT NULL,
    cp_catalog_page_id character(16) NOT NULL,
    cp_start_date_sk integer,
    cp_end_date_sk integer,
    cp_department character varying(50),
    cp_catalog_number integer,
    cp_catalog_page_number integer,
    cp_description character varying(100),
    cp_type character varying(100),
    PRIMARY KEY (cp_catalog_page_sk)
);
CREATE TABLE tpcds.catalog_returns (
    cr_returned_date_sk integer,
    cr_returned_time_sk integer,
    cr_item_sk integer NOT NULL,
    cr_refunded_customer_sk integer,
    cr_refunded_cdemo_sk integer,
    cr_refunded_hdemo_sk integer,
    cr_refunded_addr_sk integer,
    cr_returning_customer_sk integer,
    cr_returning_cdemo_sk integer,
    cr_returning_hdemo_sk integer,
    cr_returning_addr_sk integer,
    cr_call_center_sk integer,
    cr_catalog_page_sk integer,
    cr_ship_mode_sk integer,
    cr_warehouse_sk integer,
    cr_reason_sk integer,
    cr_order_number integer NOT NULL,
    cr_return_quantity integer,
    cr_return_amount numeric(7,2),
    cr_return_tax numeric(7,2),
    cr_return_amt_inc_tax numeric(7,2),
    cr_fee numeric(7,2),
    cr_return_ship_cost numeric(7,2),
    cr_refunded_cash numeric(7,2),
    cr_reversed_charge numeric(7,2),
    cr_store_credit numeric(7,2),
    cr_net_loss numeric(7,2),
    PRIMARY KEY (cr_item_sk, cr_order_number)
);
CREATE TABLE tpcds.catalog_sales (
    cs_sold_date_sk integer,
    cs_sold_time_sk integer,
    cs_ship_date_sk integer,
    cs_bill_customer_sk integer,
    cs_bill_cdemo_sk integer,
    cs_bill_hdemo_sk integer,
    cs_bill_addr_sk integer,
    cs_ship_customer_sk integer,
    cs_ship_cdemo_sk integer,
    cs_ship_hdemo_sk integer,
    cs_ship_addr_sk integer,
    cs_call_center_sk integer,
    cs_catalog_page_sk integer,
    cs_ship_mode_sk integer,
    cs_warehouse_sk integer,
    cs_item_sk integer NOT NULL,
    cs_promo_sk integer,
    cs_order_number integer NOT NULL,
    cs_quantity integer,
    cs_wholesale_cost numeric(7,2),
    cs_list_price numeric(7,2),
    cs_sales_price numeric(7,2),
    cs_ext_discount_amt numeric(7,2),
    cs_ext_sales_price numeric(7,2),
    cs_ext_wholesale_cost numeric(7,2),
    cs_ext_list_price numeric(7,2),
    cs_ext_tax numeric(7,2),
    cs_coupon_amt numeric(7,2),
    cs_ext_ship_cost numeric(7,2),
    cs_net_paid numeric(7,2),
    cs_net_paid_inc_tax numeric(7,2),
    cs_net_paid_inc_ship numeric(7,2),
    cs_net_paid_inc_ship_tax numeric(7,2),
    cs_net_profit numeric(7,2),
    PRIMARY KEY (cs_item_sk, cs_order_number)
);
CREATE TABLE tpcds.customer (
    c_customer_sk integer NOT NULL,
    c_customer_id character(16) NOT NULL,
    c_current_cdemo_sk integer,
    c_current_hdemo_sk integer,
    c_current_addr_sk integer,
    c_first_shipto_date_sk integer,
    c_first_sales_date_sk integer,
    c_salutation character(10),
    c_first_name character(20),
    c_last_name character(30),
    c_preferred_cust_flag character(1),
    c_birth_day integer,
    c_birth_month integer,
    c_birth_year integer,
    c_birth_country character varying(20),
    c_login character(13),
    c_email_address character(50),
    c_last_review_date_sk integer,
    PRIMARY KEY (c_customer_sk)
);
CREATE TABLE tpcds.customer_address (
    ca_address_sk integer NOT NULL,
    ca_address_id character(16) NOT NULL,
    ca_street_number character(10),
    ca_street_name character varying(60),
    ca_street_type character(15),
    ca_suite_number character(10),
    ca_city character varying(60),
    ca_county character varying(30),
    ca_state character(2),
    ca_zip character(10),
    ca_country character varying(20),
    ca_gmt_offset numeric(5,2),
    ca_location_type character(20),
    PRIMARY KEY (ca_address_sk)
);
CREATE TABLE tpcds.customer_demographics (
    cd_demo_sk integer NOT NULL,
    cd_gender character(1),
    cd_marital_status character(1),
    cd_education_status character(20),
    cd_purchase_estimate integer,
    cd_credit_rating character(10),
    cd_dep_count integer,
    cd_dep_employed_count integer,
    cd_dep_college_count integer,
    PRIMARY KEY (cd_demo_sk)
);
CREATE TABLE tpcds.date_dim (
    d_date_sk integer NOT NULL,
    d_date_id character(16) NOT NULL,
    d_date date,
    d_month_seq integer,
    d_week_seq integer,
    d_quarter_seq integer,
    d_year integer,
    d_dow integer,
    d_moy integer,
    d_dom integer,
    d_qoy integer,
    d_fy_year integer,
    d_fy_quarter_seq integer,
    d_fy_week_seq integer,
    d_day_name character(9),
    d_quarter_name character(6),
    d_holiday character(1),
    d_weekend character(1),
    d_following_holiday character(1),
    d_first_dom integer,
    d_last_dom integer,
    d_same_day_ly integer,
    d_same_day_lq integer,
    d_current_day character(1),
    d_current_week character(1),
    d_current_month character(1),
    d_current_quarter character(1),
    d_current_year character(1),
    PRIMARY KEY (d_date_sk)
);
CREATE TABLE tpcds.household_demographics (
    hd_demo_sk integer NOT NULL,
    hd_income_band_sk integer,
    hd_buy_potential character(15),
    hd_dep_count integer,
    hd_vehicle_count integer,
    PRIMARY KEY (hd_demo_sk)
);
CREATE TABLE tpcds.income_band (
    ib_income_band_sk integer NOT NULL,
    ib_lower_bound integer,
    ib_upper_bound integer,
    PRIMARY KEY (ib_income_band_sk)
);
CREATE TABLE tpcds.inventory (
    inv_date_sk integer NOT NULL,
    inv_item_sk integer NOT NULL,
    inv_warehouse_sk integer NOT NULL,
    inv_quantity_on_hand integer,
    PRIMARY KEY (inv_date_sk, inv_item_sk, inv_warehouse_sk)
);
CREATE TABLE tpcds.item (
    i_item_sk integer NOT NULL,
    i_item_id character(16) NOT NULL,
    i_rec_start_date date,
    i_rec_end_date date,
    i_item_desc character varying(200),
    i_current_price numeric(7,2),
    i_wholesale_cost numeric(7,2),
    i_brand_id integer,
    i_brand character(50),
    i_class_id integer,
    i_class character(50),
    i_category_id integer,
    i_category character(50),
    i_manufact_id integer,
    i_manufact character(50),
    i_size character(20),
    i_formulation character(20),
    i_color character(20),
    i_units character(10),
    i_container character(10),
    i_manager_id integer,
    i_product_name character(50),
    PRIMARY KEY (i_item_sk)
);
CREATE TABLE tpcds.promotion (
    p_promo_sk integer NOT NULL,
    p_promo_id character(16) NOT NULL,
    p_start_date_sk integer,
    p_end_date_sk integer,
    p_item_sk integer,
    p_cost numeric(15,2),
    p_response_target integer,
    p_promo_name character(50),
    p_channel_dmail character(1),
    p_channel_email character(1),
    p_channel_catalog character(1),
    p_channel_tv character(1),
    p_channel_radio character(1),
    p_channel_press character(1),
    p_channel_event character(1),
    p_channel_demo character(1),
    p_channel_details character varying(100),
    p_purpose character(15),
    p_discount_active character(1),
    PRIMARY KEY (p_promo_sk)
);
CREATE TABLE tpcds.reason (
    r_reason_sk integer NOT NULL,
    r_reason_id character(16) NOT NULL,
    r_reason_desc character(100),
    PRIMARY KEY (r_reason_sk)
);
CREATE TABLE tpcds.ship_mode (
    sm_ship_mode_sk integer NOT NULL,
    sm_ship_mode_id character(16) NOT NULL,
    sm_type character(30),
    sm_code character(10),
    sm_carrier character(20),
    sm_contract character(20),
    PRIMARY KEY (sm_ship_mode_sk)
);
CREATE TABLE tpcds.store (
    s_store_sk integer NOT NULL,
    s_store_id character(16) NOT NULL,
    s_rec_start_date date,
    s_rec_end_date date,
    s_closed_date_sk integer,
    s_store_name character varying(50),
    s_number_employees integer,
    s_floor_space integer,
    s_hours character(20),
    s_manager character varying(40),
    s_market_id integer,
    s_geography_class character varying(100),
    s_market_desc character varying(100),
    s_market_manager character varying(40),
    s_division_id integer,
    s_division_name character varying(50),
    s_company_id integer,
    s_company_name character varying(50),
    s_street_number character varying(10),
    s_street_name character varying(60),
    s_street_type character(15),
    s_suite_number character(10),
    s_city character varying(60),
    s_county character varying(30),
    s_state character(2),
    s_zip character(10),
    s_country character varying(20),
    s_gmt_offset numeric(5,2),
    s_tax_precentage numeric(5,2),
    PRIMARY KEY (s_store_sk)
);
CREATE TABLE tpcds.store_returns (
    sr_returned_date_sk integer,
    sr_return_time_sk integer,
    sr_item_sk integer NOT NULL,
    sr_customer_sk integer,
    sr_cdemo_sk integer,
    sr_hdemo_sk integer,
    sr_addr_sk integer,
    sr_store_sk integer,
    sr_reason_sk integer,
    sr_ticket_number integer NOT NULL,
    sr_return_quantity integer,
    sr_return_amt numeric(7,2),
    sr_return_tax numeric(7,2),
    sr_return_amt_inc_tax numeric(7,2),
    sr_fee numeric(7,2),
    sr_return_ship_cost numeric(7,2),
    sr_refunded_cash numeric(7,2),
    sr_reversed_charge numeric(7,2),
    sr_store_credit numeric(7,2),
    sr_net_loss numeric(7,2),
    PRIMARY KEY (sr_item_sk, sr_ticket_number)
);
CREATE TABLE tpcds.store_sales (
    ss_sold_date_sk integer,
    ss_sold_time_sk integer,
    ss_item_sk integer NOT NULL,
    ss_customer_sk integer,
    ss_cdemo_sk integer,
    ss_hdemo_sk integer,
    ss_addr_sk integer,
    ss_store_sk integer,
    ss_promo_sk integer,
    ss_ticket_number integer NOT NULL,
    ss_quantity integer,
    ss_wholesale_cost numeric(7,2),
    ss_list_price numeric(7,2),
    ss_sales_price numeric(7,2),
    ss_ext_discount_amt numeric(7,2),
    ss_ext_sales_price numeric(7,2),
    ss_ext_wholesale_cost numeric(7,2),
    ss_ext_list_price numeric(7,2),
    ss_ext_tax numeric(7,2),
    ss_coupon_amt numeric(7,2),
    ss_net_paid numeric(7,2),
    ss_net_paid_inc_tax numeric(7,2),
    ss_net_profit numeric(7,2),
    PRIMARY KEY (ss_item_sk, ss_ticket_number)
);
CREATE TABLE tpcds.time_dim (
    t_time_sk integer NOT NULL,
    t_time_id character(16) NOT NULL,
    t_time integer,
    t_hour integer,
    t_minute integer,
    t_second integer,
    t_am_pm character(2),
    t_shift character(20),
    t_sub_shift character(20),
    t_meal_time character(20),
    PRIMARY KEY (t_time_sk)
);
CREATE TABLE tpcds.warehouse (
    w_warehouse_sk integer NOT NULL,
    w_warehouse_id character(16) NOT NULL,
    w_warehouse_name character varying(20),
    w_warehouse_sq_ft integer,
    w_street_number character(10),
    w_street_name character varying(60),
    w_street_type character(15),
    w_suite_number character(10),
    w_city character varying(60),
    w_county character varying(30),
    w_state character(2),
    w_zip character(10),
    w_country character varying(20),
    w_gmt_offset numeric(5,2),
    PRIMARY KEY (w_warehouse_sk)
);
CREATE TABLE tpcds.web_page (
    wp_web_page_sk integer NOT NULL,
    wp_web_page_id character(16) NOT NULL,
    wp_rec_start_date date,
    wp_rec_end_date date,
    wp_creation_date_sk integer,
    wp_access_date_sk integer,
    wp_autogen_flag character(1),
    wp_customer_sk integer,
    wp_url character varying(100),
    wp_type character(50),
    wp_char_count integer,
    wp_link_count integer,
    wp_image_count integer,
    wp_max_ad_count integer,
    PRIMARY KEY (wp_web_page_sk)
);
CREATE TABLE tpcds.web_returns (
    wr_returned_date_sk integer,
    wr_returned_time_sk integer,
    wr_item_sk integer NOT NULL,
    wr_refunded_customer_sk integer,
    wr_refunded_cdemo_sk integer,
    wr_refunded_hdemo_sk integer,
    wr_refunded_addr_sk integer,
    wr_returning_customer_sk integer,
    wr_returning_cdemo_sk integer,
    wr_returning_hdemo_sk integer,
    wr_returning_addr_sk integer,
    wr_web_page_sk integer,
    wr_reason_sk integer,
    wr_order_number integer NOT NULL,
    wr_return_quantity integer,
    wr_return_amt numeric(7,2),
    wr_return_tax numeric(7,2),
    wr_return_amt_inc_tax numeric(7,2),
    wr_fee numeric(7,2),
    wr_return_ship_cost numeric(7,2),
    wr_refunded_cash numeric(7,2),
    wr_reversed_charge numeric(7,2),
    wr_account_credit numeric(7,2),
    wr_net_loss numeric(7,2),
    PRIMARY KEY (wr_item_sk, wr_order_number)
);
CREATE TABLE tpcds.web_sales (
    ws_sold_date_sk integer,
    ws_sold_time_sk integer,
    ws_ship_date_sk integer,
    ws_item_sk integer NOT NULL,
    ws_bill_customer_sk integer,
    ws_bill_cdemo_sk integer,
    ws_bill_hdemo_sk integer,
    ws_bill_addr_sk integer,
    ws_ship_customer_sk integer,
    ws_ship_cdemo_sk integer,
    ws_ship_hdemo_sk integer,
    ws_ship_addr_sk integer,
    ws_web_page_sk integer,
    ws_web_site_sk integer,
    ws_ship_mode_sk integer,
    ws_warehouse_sk integer,
    ws_promo_sk integer,
    ws_order_number integer NOT NULL,
    ws_quantity integer,
    ws_wholesale_cost numeric(7,2),
    ws_list_price numeric(7,2),
    ws_sales_price numeric(7,2),
    ws_ext_discount_amt numeric(7,2),
    ws_ext_sales_price numeric(7,2),
    ws_ext_wholesale_cost numeric(7,2),
    ws_ext_list_price numeric(7,2),
    ws_ext_tax numeric(7,2),
    ws_coupon_amt numeric(7,2),
    ws_ext_ship_cost numeric(7,2),
    ws_net_paid numeric(7,2),
    ws_net_paid_inc_tax numeric(7,2),
    ws_net_paid_inc_ship numeric(7,2),
    ws_net_paid_inc_ship_tax numeric(7,2),
    ws_net_profit numeric(7,2),
    PRIMARY KEY (ws_item_sk, ws_order_number)
);
CREATE TABLE tpcds.web_site (
    web_site_sk integer NOT NULL,
    web_site_id character(16) NOT NULL,
    web_rec_start_date date,
    web_rec_end_date date,
    web_name character varying(50),
    web_open_date_sk integer,
    web_close_date_sk integer,
    web_class character varying(50),
    web_manager character varying(40),
    web_mkt_id integer,
    web_mkt_class character varying(50),
    web_mkt_desc character varying(100),
    web_market_manager character varying(40),
    web_company_id integer,
    web_company_name character(50),
    web_street_number character(10),
    web_street_name character varying(60),
    web_street_type character(15),
    web_suite_number character(10),
    web_city character varying(60),
    web_county character varying(30),
    web_state character(2),
    web_zip character(10),
    web_country character varying(20),
    web_gmt_offset numeric(5,2),
    web_tax_percentage numeric(5,2),
    PRIMARY KEY (web_site_sk)
);
ALTER TABLE tpcds.call_center ADD CONSTRAINT cc_d1 FOREIGN KEY (cc_closed_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.call_center ADD CONSTRAINT cc_d2 FOREIGN KEY (cc_open_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.catalog_page ADD CONSTRAINT cp_d1 FOREIGN KEY (cp_end_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.catalog_page ADD CONSTRAINT cp_d2 FOREIGN KEY (cp_start_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_a1 FOREIGN KEY (cr_refunded_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_a2 FOREIGN KEY (cr_returning_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_c1 FOREIGN KEY (cr_refunded_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_c2 FOREIGN KEY (cr_returning_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_cc FOREIGN KEY (cr_call_center_sk) REFERENCES tpcds.call_center(cc_call_center_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_cd1 FOREIGN KEY (cr_refunded_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_cd2 FOREIGN KEY (cr_returning_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_cp FOREIGN KEY (cr_catalog_page_sk) REFERENCES tpcds.catalog_page(cp_catalog_page_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_d1 FOREIGN KEY (cr_returned_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_hd1 FOREIGN KEY (cr_refunded_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_hd2 FOREIGN KEY (cr_returning_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_i FOREIGN KEY (cr_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_r FOREIGN KEY (cr_reason_sk) REFERENCES tpcds.reason(r_reason_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_sm FOREIGN KEY (cr_ship_mode_sk) REFERENCES tpcds.ship_mode(sm_ship_mode_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_t FOREIGN KEY (cr_returned_time_sk) REFERENCES tpcds.time_dim(t_time_sk);
ALTER TABLE tpcds.catalog_returns ADD CONSTRAINT cr_w2 FOREIGN KEY (cr_warehouse_sk) REFERENCES tpcds.warehouse(w_warehouse_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_b_a FOREIGN KEY (cs_bill_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_b_c FOREIGN KEY (cs_bill_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_b_cd FOREIGN KEY (cs_bill_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_b_hd FOREIGN KEY (cs_bill_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_cc FOREIGN KEY (cs_call_center_sk) REFERENCES tpcds.call_center(cc_call_center_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_cp FOREIGN KEY (cs_catalog_page_sk) REFERENCES tpcds.catalog_page(cp_catalog_page_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_d1 FOREIGN KEY (cs_ship_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_d2 FOREIGN KEY (cs_sold_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_i FOREIGN KEY (cs_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_p FOREIGN KEY (cs_promo_sk) REFERENCES tpcds.promotion(p_promo_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_s_a FOREIGN KEY (cs_ship_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_s_c FOREIGN KEY (cs_ship_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_s_cd FOREIGN KEY (cs_ship_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_s_hd FOREIGN KEY (cs_ship_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_sm FOREIGN KEY (cs_ship_mode_sk) REFERENCES tpcds.ship_mode(sm_ship_mode_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_t FOREIGN KEY (cs_sold_time_sk) REFERENCES tpcds.time_dim(t_time_sk);
ALTER TABLE tpcds.catalog_sales ADD CONSTRAINT cs_w FOREIGN KEY (cs_warehouse_sk) REFERENCES tpcds.warehouse(w_warehouse_sk);
ALTER TABLE tpcds.customer ADD CONSTRAINT c_a FOREIGN KEY (c_current_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.customer ADD CONSTRAINT c_cd FOREIGN KEY (c_current_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.customer ADD CONSTRAINT c_fsd FOREIGN KEY (c_first_sales_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.customer ADD CONSTRAINT c_fsd2 FOREIGN KEY (c_first_shipto_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.customer ADD CONSTRAINT c_hd FOREIGN KEY (c_current_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.household_demographics ADD CONSTRAINT hd_ib FOREIGN KEY (hd_income_band_sk) REFERENCES tpcds.income_band(ib_income_band_sk);
ALTER TABLE tpcds.inventory ADD CONSTRAINT inv_d FOREIGN KEY (inv_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.inventory ADD CONSTRAINT inv_i FOREIGN KEY (inv_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.inventory ADD CONSTRAINT inv_w FOREIGN KEY (inv_warehouse_sk) REFERENCES tpcds.warehouse(w_warehouse_sk);
ALTER TABLE tpcds.promotion ADD CONSTRAINT p_end_date FOREIGN KEY (p_end_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.promotion ADD CONSTRAINT p_i FOREIGN KEY (p_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.promotion ADD CONSTRAINT p_start_date FOREIGN KEY (p_start_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.store ADD CONSTRAINT s_close_date FOREIGN KEY (s_closed_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_a FOREIGN KEY (sr_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_c FOREIGN KEY (sr_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_cd FOREIGN KEY (sr_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_hd FOREIGN KEY (sr_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_i FOREIGN KEY (sr_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_r FOREIGN KEY (sr_reason_sk) REFERENCES tpcds.reason(r_reason_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_ret_d FOREIGN KEY (sr_returned_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_s FOREIGN KEY (sr_store_sk) REFERENCES tpcds.store(s_store_sk);
ALTER TABLE tpcds.store_returns ADD CONSTRAINT sr_t FOREIGN KEY (sr_return_time_sk) REFERENCES tpcds.time_dim(t_time_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_a FOREIGN KEY (ss_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_c FOREIGN KEY (ss_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_cd FOREIGN KEY (ss_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_d FOREIGN KEY (ss_sold_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_hd FOREIGN KEY (ss_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_i FOREIGN KEY (ss_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_p FOREIGN KEY (ss_promo_sk) REFERENCES tpcds.promotion(p_promo_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_s FOREIGN KEY (ss_store_sk) REFERENCES tpcds.store(s_store_sk);
ALTER TABLE tpcds.store_sales ADD CONSTRAINT ss_t FOREIGN KEY (ss_sold_time_sk) REFERENCES tpcds.time_dim(t_time_sk);
ALTER TABLE tpcds.web_page ADD CONSTRAINT wp_ad FOREIGN KEY (wp_access_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.web_page ADD CONSTRAINT wp_cd FOREIGN KEY (wp_creation_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_i FOREIGN KEY (wr_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_r FOREIGN KEY (wr_reason_sk) REFERENCES tpcds.reason(r_reason_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ref_a FOREIGN KEY (wr_refunded_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ref_c FOREIGN KEY (wr_refunded_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ref_cd FOREIGN KEY (wr_refunded_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ref_hd FOREIGN KEY (wr_refunded_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ret_a FOREIGN KEY (wr_returning_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ret_c FOREIGN KEY (wr_returning_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ret_cd FOREIGN KEY (wr_returning_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ret_d FOREIGN KEY (wr_returned_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ret_hd FOREIGN KEY (wr_returning_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_ret_t FOREIGN KEY (wr_returned_time_sk) REFERENCES tpcds.time_dim(t_time_sk);
ALTER TABLE tpcds.web_returns ADD CONSTRAINT wr_wp FOREIGN KEY (wr_web_page_sk) REFERENCES tpcds.web_page(wp_web_page_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_b_a FOREIGN KEY (ws_bill_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_b_c FOREIGN KEY (ws_bill_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_b_cd FOREIGN KEY (ws_bill_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_b_hd FOREIGN KEY (ws_bill_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_d2 FOREIGN KEY (ws_sold_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_i FOREIGN KEY (ws_item_sk) REFERENCES tpcds.item(i_item_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_p FOREIGN KEY (ws_promo_sk) REFERENCES tpcds.promotion(p_promo_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_s_a FOREIGN KEY (ws_ship_addr_sk) REFERENCES tpcds.customer_address(ca_address_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_s_c FOREIGN KEY (ws_ship_customer_sk) REFERENCES tpcds.customer(c_customer_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_s_cd FOREIGN KEY (ws_ship_cdemo_sk) REFERENCES tpcds.customer_demographics(cd_demo_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_s_d FOREIGN KEY (ws_ship_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_s_hd FOREIGN KEY (ws_ship_hdemo_sk) REFERENCES tpcds.household_demographics(hd_demo_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_sm FOREIGN KEY (ws_ship_mode_sk) REFERENCES tpcds.ship_mode(sm_ship_mode_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_t FOREIGN KEY (ws_sold_time_sk) REFERENCES tpcds.time_dim(t_time_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_w2 FOREIGN KEY (ws_warehouse_sk) REFERENCES tpcds.warehouse(w_warehouse_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_wp FOREIGN KEY (ws_web_page_sk) REFERENCES tpcds.web_page(wp_web_page_sk);
ALTER TABLE tpcds.web_sales ADD CONSTRAINT ws_ws FOREIGN KEY (ws_web_site_sk) REFERENCES tpcds.web_site(web_site_sk);
ALTER TABLE tpcds.web_site ADD CONSTRAINT web_d1 FOREIGN KEY (web_close_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
ALTER TABLE tpcds.web_site ADD CONSTRAINT web_d2 FOREIGN KEY (web_open_date_sk) REFERENCES tpcds.date_dim(d_date_sk);
