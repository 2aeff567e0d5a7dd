-- The TPC-E benchmark's brokerage-firm database (customers, their accounts, account permissions and tax rates,
-- holdings and holding history, watch lists, brokers, trades with their history, requests, settlements, cash
-- transactions, charges and commission rates, and the market side: exchanges, sectors, industries, companies and
-- their competitors, securities, daily market figures, last trades, financials, news items, addresses and zip
-- codes), as the open-source TPC-E kit DBT-5 creates it for PostgreSQL: scripts/pgsql/dbt5-pgsql-create-tables.in
-- (tables, clause 2.2 of the TPC-E specification) and dbt5-pgsql-create-indexes.in (primary and foreign keys) of
-- github.com/osdldbt/dbt5 (commit f26e112; DBT-5 is under the Artistic License 2.0, the TPC-E specification under
-- TPC's end-user licence; we use the schema's facts). The SQL inside the shell scripts' here-documents was loaded
-- into a scratch PostgreSQL (tablespace options stripped) and regenerated from its catalog: the 33 tables with their
-- 33 primary keys and 49 foreign keys, schema tpce instead of public; the spec's domains (IDENT_T, TRADE_T, S_PRICE_T,
-- BALANCE_T, VALUE_T, S_QTY_T, S_COUNT_T, FIN_AGG_T) replaced by their base types (bigint, numeric, integer; the NOT
-- NULL of FIN_AGG_T is lost with it). Left out: the trade id sequence, CHECK constraints, indexes, the stored
-- functions. The scripts declare no comments. No rows (the kit generates them). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS tpce;
CREATE TABLE tpce.account_permission (
    ap_ca_id bigint NOT NULL,
    ap_acl character varying(4) NOT NULL,
    ap_tax_id character varying(20) NOT NULL,
    ap_l_name character varying(25) NOT NULL,
    ap_f_name character varying(20) NOT NULL,
    PRIMARY KEY (ap_ca_id, ap_tax_id)
);
CREATE TABLE tpce.address (
    ad_id bigint NOT NULL,
    ad_line1 character varying(80),
    ad_line2 character varying(80),
    ad_zc_code character varying(12) NOT NULL,
    ad_ctry character varying(80),
    PRIMARY KEY (ad_id)
);
CREATE TABLE tpce.broker (
    b_id bigint NOT NULL,
    b_st_id character varying(4) NOT NULL,
    b_name character varying(49) NOT NULL,
    b_num_trades integer NOT NULL,
    b_comm_total numeric(12,2) NOT NULL,
    PRIMARY KEY (b_id)
);
CREATE TABLE tpce.cash_transaction (
    ct_t_id bigint NOT NULL,
    ct_dts timestamp without time zone NOT NULL,
    ct_amt numeric(10,2) NOT NULL,
    ct_name character varying(100),
    PRIMARY KEY (ct_t_id)
);
CREATE TABLE tpce.charge (
    ch_tt_id character varying(3) NOT NULL,
    ch_c_tier smallint NOT NULL,
    ch_chrg numeric(10,2),
    PRIMARY KEY (ch_tt_id, ch_c_tier)
);
CREATE TABLE tpce.commission_rate (
    cr_c_tier smallint NOT NULL,
    cr_tt_id character varying(3) NOT NULL,
    cr_ex_id character varying(6) NOT NULL,
    cr_from_qty integer NOT NULL,
    cr_to_qty integer NOT NULL,
    cr_rate numeric(5,2) NOT NULL,
    PRIMARY KEY (cr_c_tier, cr_tt_id, cr_ex_id, cr_from_qty)
);
CREATE TABLE tpce.company (
    co_id bigint NOT NULL,
    co_st_id character varying(4) NOT NULL,
    co_name character varying(60) NOT NULL,
    co_in_id character varying(2) NOT NULL,
    co_sp_rate character varying(4) NOT NULL,
    co_ceo character varying(46) NOT NULL,
    co_ad_id bigint NOT NULL,
    co_desc character varying(150) NOT NULL,
    co_open_date date NOT NULL,
    PRIMARY KEY (co_id)
);
CREATE TABLE tpce.company_competitor (
    cp_co_id bigint NOT NULL,
    cp_comp_co_id bigint NOT NULL,
    cp_in_id character varying(2) NOT NULL,
    PRIMARY KEY (cp_co_id, cp_comp_co_id, cp_in_id)
);
CREATE TABLE tpce.customer (
    c_id bigint NOT NULL,
    c_tax_id character varying(20) NOT NULL,
    c_st_id character varying(4) NOT NULL,
    c_l_name character varying(25) NOT NULL,
    c_f_name character varying(20) NOT NULL,
    c_m_name character varying(1),
    c_gndr character varying(1),
    c_tier smallint NOT NULL,
    c_dob date NOT NULL,
    c_ad_id bigint NOT NULL,
    c_ctry_1 character varying(3),
    c_area_1 character varying(3),
    c_local_1 character varying(10),
    c_ext_1 character varying(5),
    c_ctry_2 character varying(3),
    c_area_2 character varying(3),
    c_local_2 character varying(10),
    c_ext_2 character varying(5),
    c_ctry_3 character varying(3),
    c_area_3 character varying(3),
    c_local_3 character varying(10),
    c_ext_3 character varying(5),
    c_email_1 character varying(50),
    c_email_2 character varying(50),
    PRIMARY KEY (c_id)
);
CREATE TABLE tpce.customer_account (
    ca_id bigint NOT NULL,
    ca_b_id bigint NOT NULL,
    ca_c_id bigint NOT NULL,
    ca_name character varying(50),
    ca_tax_st smallint NOT NULL,
    ca_bal numeric(12,2) NOT NULL,
    PRIMARY KEY (ca_id)
);
CREATE TABLE tpce.customer_taxrate (
    cx_tx_id character varying(4) NOT NULL,
    cx_c_id bigint NOT NULL,
    PRIMARY KEY (cx_tx_id, cx_c_id)
);
CREATE TABLE tpce.daily_market (
    dm_date date NOT NULL,
    dm_s_symb character varying(15) NOT NULL,
    dm_close numeric(12,2) NOT NULL,
    dm_high numeric(12,2) NOT NULL,
    dm_low numeric(12,2) NOT NULL,
    dm_vol bigint NOT NULL,
    PRIMARY KEY (dm_date, dm_s_symb)
);
CREATE TABLE tpce.exchange (
    ex_id character varying(6) NOT NULL,
    ex_name character varying(100) NOT NULL,
    ex_num_symb integer NOT NULL,
    ex_open integer NOT NULL,
    ex_close integer NOT NULL,
    ex_desc character varying(150),
    ex_ad_id bigint NOT NULL,
    PRIMARY KEY (ex_id)
);
CREATE TABLE tpce.financial (
    fi_co_id bigint NOT NULL,
    fi_year integer NOT NULL,
    fi_qtr smallint NOT NULL,
    fi_qtr_start_date date NOT NULL,
    fi_revenue numeric(15,2) NOT NULL,
    fi_net_earn numeric(15,2) NOT NULL,
    fi_basic_eps numeric(10,2) NOT NULL,
    fi_dilut_eps numeric(10,2) NOT NULL,
    fi_margin numeric(10,2) NOT NULL,
    fi_inventory numeric(15,2) NOT NULL,
    fi_assets numeric(15,2) NOT NULL,
    fi_liability numeric(15,2) NOT NULL,
    fi_out_basic bigint NOT NULL,
    fi_out_dilut bigint NOT NULL,
    PRIMARY KEY (fi_co_id, fi_year, fi_qtr)
);
CREATE TABLE tpce.holding (
    h_t_id bigint NOT NULL,
    h_ca_id bigint NOT NULL,
    h_s_symb character varying(15) NOT NULL,
    h_dts timestamp without time zone NOT NULL,
    h_price numeric(12,2) NOT NULL,
    h_qty integer NOT NULL,
    PRIMARY KEY (h_t_id)
);
CREATE TABLE tpce.holding_history (
    hh_h_t_id bigint NOT NULL,
    hh_t_id bigint NOT NULL,
    hh_before_qty integer NOT NULL,
    hh_after_qty integer NOT NULL,
    PRIMARY KEY (hh_h_t_id, hh_t_id)
);
CREATE TABLE tpce.holding_summary (
    hs_ca_id bigint NOT NULL,
    hs_s_symb character varying(15) NOT NULL,
    hs_qty integer NOT NULL,
    PRIMARY KEY (hs_ca_id, hs_s_symb)
);
CREATE TABLE tpce.industry (
    in_id character varying(2) NOT NULL,
    in_name character varying(50) NOT NULL,
    in_sc_id character varying(2) NOT NULL,
    PRIMARY KEY (in_id)
);
CREATE TABLE tpce.last_trade (
    lt_s_symb character varying(15) NOT NULL,
    lt_dts timestamp without time zone NOT NULL,
    lt_price numeric(12,2) NOT NULL,
    lt_open_price numeric(12,2) NOT NULL,
    lt_vol bigint NOT NULL,
    PRIMARY KEY (lt_s_symb)
);
CREATE TABLE tpce.news_item (
    ni_id bigint NOT NULL,
    ni_headline character varying(80) NOT NULL,
    ni_summary character varying(255) NOT NULL,
    ni_item bytea NOT NULL,
    ni_dts timestamp without time zone NOT NULL,
    ni_source character varying(30) NOT NULL,
    ni_author character varying(30),
    PRIMARY KEY (ni_id)
);
CREATE TABLE tpce.news_xref (
    nx_ni_id bigint NOT NULL,
    nx_co_id bigint NOT NULL,
    PRIMARY KEY (nx_ni_id, nx_co_id)
);
CREATE TABLE tpce.sector (
    sc_id character varying(2) NOT NULL,
    sc_name character varying(30) NOT NULL,
    PRIMARY KEY (sc_id)
);
CREATE TABLE tpce.security (
    s_symb character varying(15) NOT NULL,
    s_issue character varying(6) NOT NULL,
    s_st_id character varying(4) NOT NULL,
    s_name character varying(70) NOT NULL,
    s_ex_id character varying(6) NOT NULL,
    s_co_id bigint NOT NULL,
    s_num_out bigint NOT NULL,
    s_start_date date NOT NULL,
    s_exch_date date NOT NULL,
    s_pe numeric(10,2) NOT NULL,
    s_52wk_high numeric(12,2) NOT NULL,
    s_52wk_high_date date NOT NULL,
    s_52wk_low numeric(12,2) NOT NULL,
    s_52wk_low_date date NOT NULL,
    s_dividend numeric(10,2) NOT NULL,
    s_yield numeric(5,2) NOT NULL,
    PRIMARY KEY (s_symb)
);
CREATE TABLE tpce.settlement (
    se_t_id bigint NOT NULL,
    se_cash_type character varying(40) NOT NULL,
    se_cash_due_date date NOT NULL,
    se_amt numeric(10,2) NOT NULL,
    PRIMARY KEY (se_t_id)
);
CREATE TABLE tpce.status_type (
    st_id character varying(4) NOT NULL,
    st_name character varying(10) NOT NULL,
    PRIMARY KEY (st_id)
);
CREATE TABLE tpce.taxrate (
    tx_id character varying(4) NOT NULL,
    tx_name character varying(50) NOT NULL,
    tx_rate numeric(6,5) NOT NULL,
    PRIMARY KEY (tx_id)
);
CREATE TABLE tpce.trade (
    t_id bigint NOT NULL,
    t_dts timestamp without time zone NOT NULL,
    t_st_id character varying(4) NOT NULL,
    t_tt_id character varying(3) NOT NULL,
    t_is_cash boolean NOT NULL,
    t_s_symb character varying(15) NOT NULL,
    t_qty integer NOT NULL,
    t_bid_price numeric(12,2) NOT NULL,
    t_ca_id bigint NOT NULL,
    t_exec_name character varying(49) NOT NULL,
    t_trade_price numeric(12,2),
    t_chrg numeric(10,2) NOT NULL,
    t_comm numeric(10,2) NOT NULL,
    t_tax numeric(10,2) NOT NULL,
    t_lifo boolean NOT NULL,
    PRIMARY KEY (t_id)
);
CREATE TABLE tpce.trade_history (
    th_t_id bigint NOT NULL,
    th_dts timestamp without time zone NOT NULL,
    th_st_id character varying(4) NOT NULL,
    PRIMARY KEY (th_t_id, th_st_id)
);
CREATE TABLE tpce.trade_request (
    tr_t_id bigint NOT NULL,
    tr_tt_id character varying(3) NOT NULL,
    tr_s_symb character varying(15) NOT NULL,
    tr_qty integer NOT NULL,
    tr_bid_price numeric(12,2) NOT NULL,
    tr_b_id bigint NOT NULL,
    PRIMARY KEY (tr_t_id)
);
CREATE TABLE tpce.trade_type (
    tt_id character varying(3) NOT NULL,
    tt_name character varying(12) NOT NULL,
    tt_is_sell boolean NOT NULL,
    tt_is_mrkt boolean NOT NULL,
    PRIMARY KEY (tt_id)
);
CREATE TABLE tpce.watch_item (
    wi_wl_id bigint NOT NULL,
    wi_s_symb character varying(15) NOT NULL,
    PRIMARY KEY (wi_wl_id, wi_s_symb)
);
CREATE TABLE tpce.watch_list (
    wl_id bigint NOT NULL,
    wl_c_id bigint NOT NULL,
    PRIMARY KEY (wl_id)
);
CREATE TABLE tpce.zip_code (
    zc_code character varying(12) NOT NULL,
    zc_town character varying(80) NOT NULL,
    zc_div character varying(80) NOT NULL,
    PRIMARY KEY (zc_code)
);
ALTER TABLE tpce.account_permission ADD FOREIGN KEY (ap_ca_id) REFERENCES tpce.customer_account(ca_id);
ALTER TABLE tpce.address ADD FOREIGN KEY (ad_zc_code) REFERENCES tpce.zip_code(zc_code);
ALTER TABLE tpce.broker ADD FOREIGN KEY (b_st_id) REFERENCES tpce.status_type(st_id);
ALTER TABLE tpce.cash_transaction ADD FOREIGN KEY (ct_t_id) REFERENCES tpce.trade(t_id);
ALTER TABLE tpce.charge ADD FOREIGN KEY (ch_tt_id) REFERENCES tpce.trade_type(tt_id);
ALTER TABLE tpce.commission_rate ADD FOREIGN KEY (cr_ex_id) REFERENCES tpce.exchange(ex_id);
ALTER TABLE tpce.commission_rate ADD FOREIGN KEY (cr_tt_id) REFERENCES tpce.trade_type(tt_id);
ALTER TABLE tpce.company ADD FOREIGN KEY (co_ad_id) REFERENCES tpce.address(ad_id);
ALTER TABLE tpce.company ADD FOREIGN KEY (co_in_id) REFERENCES tpce.industry(in_id);
ALTER TABLE tpce.company ADD FOREIGN KEY (co_st_id) REFERENCES tpce.status_type(st_id);
ALTER TABLE tpce.company_competitor ADD FOREIGN KEY (cp_co_id) REFERENCES tpce.company(co_id);
ALTER TABLE tpce.company_competitor ADD FOREIGN KEY (cp_comp_co_id) REFERENCES tpce.company(co_id);
ALTER TABLE tpce.company_competitor ADD FOREIGN KEY (cp_in_id) REFERENCES tpce.industry(in_id);
ALTER TABLE tpce.customer ADD FOREIGN KEY (c_ad_id) REFERENCES tpce.address(ad_id);
ALTER TABLE tpce.customer ADD FOREIGN KEY (c_st_id) REFERENCES tpce.status_type(st_id);
ALTER TABLE tpce.customer_account ADD FOREIGN KEY (ca_b_id) REFERENCES tpce.broker(b_id);
ALTER TABLE tpce.customer_account ADD FOREIGN KEY (ca_c_id) REFERENCES tpce.customer(c_id);
ALTER TABLE tpce.customer_taxrate ADD FOREIGN KEY (cx_c_id) REFERENCES tpce.customer(c_id);
ALTER TABLE tpce.customer_taxrate ADD FOREIGN KEY (cx_tx_id) REFERENCES tpce.taxrate(tx_id);
ALTER TABLE tpce.daily_market ADD FOREIGN KEY (dm_s_symb) REFERENCES tpce.security(s_symb);
ALTER TABLE tpce.exchange ADD FOREIGN KEY (ex_ad_id) REFERENCES tpce.address(ad_id);
ALTER TABLE tpce.financial ADD FOREIGN KEY (fi_co_id) REFERENCES tpce.company(co_id);
ALTER TABLE tpce.holding ADD FOREIGN KEY (h_ca_id, h_s_symb) REFERENCES tpce.holding_summary(hs_ca_id, hs_s_symb);
ALTER TABLE tpce.holding ADD FOREIGN KEY (h_t_id) REFERENCES tpce.trade(t_id);
ALTER TABLE tpce.holding_history ADD FOREIGN KEY (hh_h_t_id) REFERENCES tpce.trade(t_id);
ALTER TABLE tpce.holding_history ADD FOREIGN KEY (hh_t_id) REFERENCES tpce.trade(t_id);
ALTER TABLE tpce.holding_summary ADD FOREIGN KEY (hs_ca_id) REFERENCES tpce.customer_account(ca_id);
ALTER TABLE tpce.holding_summary ADD FOREIGN KEY (hs_s_symb) REFERENCES tpce.security(s_symb);
ALTER TABLE tpce.industry ADD FOREIGN KEY (in_sc_id) REFERENCES tpce.sector(sc_id);
ALTER TABLE tpce.last_trade ADD FOREIGN KEY (lt_s_symb) REFERENCES tpce.security(s_symb);
ALTER TABLE tpce.news_xref ADD FOREIGN KEY (nx_co_id) REFERENCES tpce.company(co_id);
ALTER TABLE tpce.news_xref ADD FOREIGN KEY (nx_ni_id) REFERENCES tpce.news_item(ni_id);
ALTER TABLE tpce.security ADD FOREIGN KEY (s_co_id) REFERENCES tpce.company(co_id);
ALTER TABLE tpce.security ADD FOREIGN KEY (s_ex_id) REFERENCES tpce.exchange(ex_id);
ALTER TABLE tpce.security ADD FOREIGN KEY (s_st_id) REFERENCES tpce.status_type(st_id);
ALTER TABLE tpce.settlement ADD FOREIGN KEY (se_t_id) REFERENCES tpce.trade(t_id);
ALTER TABLE tpce.trade ADD FOREIGN KEY (t_ca_id) REFERENCES tpce.customer_account(ca_id);
ALTER TABLE tpce.trade ADD FOREIGN KEY (t_s_symb) REFERENCES tpce.security(s_symb);
ALTER TABLE tpce.trade ADD FOREIGN KEY (t_st_id) REFERENCES tpce.status_type(st_id);
ALTER TABLE tpce.trade ADD FOREIGN KEY (t_tt_id) REFERENCES tpce.trade_type(tt_id);
ALTER TABLE tpce.trade_history ADD FOREIGN KEY (th_st_id) REFERENCES tpce.status_type(st_id);
ALTER TABLE tpce.trade_history ADD FOREIGN KEY (th_t_id) REFERENCES tpce.trade(t_id);
ALTER TABLE tpce.trade_request ADD FOREIGN KEY (tr_b_id) REFERENCES tpce.broker(b_id);
ALTER TABLE tpce.trade_request ADD FOREIGN KEY (tr_s_symb) REFERENCES tpce.security(s_symb);
ALTER TABLE tpce.trade_request ADD FOREIGN KEY (tr_t_id) REFERENCES tpce.trade(t_id);
ALTER TABLE tpce.trade_request ADD FOREIGN KEY (tr_tt_id) REFERENCES tpce.trade_type(tt_id);
ALTER TABLE tpce.watch_item ADD FOREIGN KEY (wi_s_symb) REFERENCES tpce.security(s_symb);
ALTER TABLE tpce.watch_item ADD FOREIGN KEY (wi_wl_id) REFERENCES tpce.watch_list(wl_id);
ALTER TABLE tpce.watch_list ADD FOREIGN KEY (wl_c_id) REFERENCES tpce.customer(c_id);
