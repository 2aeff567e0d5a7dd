-- xTuple ERP PostBooks Edition 4.4.0 (manufacturing and distribution ERP: chart of accounts, general ledger and
-- journals, periods and budgets, A/R and A/P open items with applications, cash receipts, checks and vouchers, bank
-- accounts and reconciliation, customers, ship-tos, prospects, CRM accounts and contacts, opportunities, incidents,
-- to-dos, projects and tasks, sales reps, quotes, sales orders, billing, invoices, credit memos and sales history,
-- items, item sites, costs, bills of materials, work orders, inventory history and counts, warehouses and locations,
-- vendors, item sources, purchase orders, receipts, pricing schedules, taxes, currencies and exchange rates,
-- employees and departments), from the pg_dump of its empty public schema `foundation-database/440_schema.sql` of
-- github.com/tomdatkins/xtuple (a fork of github.com/xtuple/xtuple; commit df5aa47; xTuple PostBooks is under the
-- Common Public Attribution License 1.0, CPAL; we use the schema's facts). The dump was loaded into a scratch
-- PostgreSQL and the tables regenerated from its catalog: schema public renamed `xtuple`; table and column comments
-- kept as the dump has them; primary keys, unique constraints and foreign keys as declared (xTuple declares only part
-- of its references: most *_id columns have no foreign key in the source). Cut: 31 of the 266 tables that are
-- application plumbing, not business data (users, groups and privileges: usr_bak, backup_usr, grp, grppriv, usrgrp,
-- priv, usrpriv, usrpref; settings: metric, metricenc, locale, lang, schemaord; stored queries, scripts, reports and
-- screens: metasql, qryhead, qryitem, script, report, uiform, cmd, cmdarg, filter, atlasmap, xsltmap; scratch and
-- upgrade leftovers: flrpt, sequence, sltrans_backup, ipsprodcat_bak, evntnot; merge bookkeeping: mrghist,
-- mrgundo) with their 5 foreign keys; leaving 235. The composite type seqiss of orderseq_seqiss (seqiss[]) became
-- text. Left out: defaults and sequences, CHECK constraints, indexes, the views (api schema, public views such as
-- usr and warehous), functions, triggers and rules. No rows (the empty schema ships only configuration rows).
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS xtuple;
CREATE TABLE xtuple.acalitem (
    acalitem_id integer NOT NULL,
    acalitem_calhead_id integer,
    acalitem_periodstart date,
    acalitem_periodlength integer,
    acalitem_name text,
    PRIMARY KEY (acalitem_id)
);
CREATE TABLE xtuple.accnt (
    accnt_id integer NOT NULL,
    accnt_number text,
    accnt_descrip text,
    accnt_comments text,
    accnt_profit text,
    accnt_sub text,
    accnt_type character(1) NOT NULL,
    accnt_extref text,
    accnt_company text,
    accnt_forwardupdate boolean,
    accnt_subaccnttype_code text,
    accnt_curr_id integer,
    accnt_active boolean NOT NULL,
    accnt_name text,
    PRIMARY KEY (accnt_id)
);
CREATE TABLE xtuple.addr (
    addr_id integer NOT NULL,
    addr_active boolean,
    addr_line1 text,
    addr_line2 text,
    addr_line3 text,
    addr_city text,
    addr_state text,
    addr_postalcode text,
    addr_country text,
    addr_notes text,
    addr_number text NOT NULL,
    PRIMARY KEY (addr_id),
    UNIQUE (addr_number)
);
CREATE TABLE xtuple.alarm (
    alarm_id integer NOT NULL,
    alarm_number text NOT NULL,
    alarm_event boolean NOT NULL,
    alarm_email boolean NOT NULL,
    alarm_sysmsg boolean NOT NULL,
    alarm_trigger timestamp with time zone,
    alarm_time timestamp with time zone,
    alarm_time_offset integer,
    alarm_time_qualifier text,
    alarm_creator text,
    alarm_event_recipient text,
    alarm_email_recipient text,
    alarm_sysmsg_recipient text,
    alarm_source text,
    alarm_source_id integer,
    PRIMARY KEY (alarm_id)
);
CREATE TABLE xtuple.apaccnt (
    apaccnt_id integer NOT NULL,
    apaccnt_vendtype_id integer,
    apaccnt_vendtype text,
    apaccnt_ap_accnt_id integer NOT NULL,
    apaccnt_prepaid_accnt_id integer,
    apaccnt_discount_accnt_id integer,
    PRIMARY KEY (apaccnt_id)
);
CREATE TABLE xtuple.apapply (
    apapply_id integer NOT NULL,
    apapply_vend_id integer,
    apapply_postdate date,
    apapply_username text,
    apapply_source_apopen_id integer,
    apapply_source_doctype text,
    apapply_source_docnumber text,
    apapply_target_apopen_id integer,
    apapply_target_doctype text,
    apapply_target_docnumber text,
    apapply_journalnumber integer,
    apapply_amount numeric(20,2),
    apapply_curr_id integer,
    apapply_target_paid numeric(20,2),
    apapply_checkhead_id integer
);
CREATE TABLE xtuple.apcreditapply (
    apcreditapply_id integer NOT NULL,
    apcreditapply_source_apopen_id integer,
    apcreditapply_target_apopen_id integer,
    apcreditapply_amount numeric(20,2),
    apcreditapply_curr_id integer,
    PRIMARY KEY (apcreditapply_id)
);
CREATE TABLE xtuple.apopen (
    apopen_id integer NOT NULL,
    apopen_docdate date,
    apopen_duedate date,
    apopen_terms_id integer,
    apopen_vend_id integer,
    apopen_doctype character(1),
    apopen_docnumber text,
    apopen_amount numeric(20,2),
    apopen_notes text,
    apopen_posted boolean,
    apopen_reference text,
    apopen_invcnumber text,
    apopen_ponumber text,
    apopen_journalnumber integer,
    apopen_paid numeric(20,2),
    apopen_open boolean,
    apopen_username text,
    apopen_discount boolean NOT NULL,
    apopen_accnt_id integer,
    apopen_curr_id integer,
    apopen_closedate date,
    apopen_distdate date,
    apopen_void boolean NOT NULL,
    apopen_curr_rate numeric NOT NULL,
    apopen_discountable_amount numeric(20,2),
    apopen_status text,
    PRIMARY KEY (apopen_id)
);
CREATE TABLE xtuple.apopentax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.apselect (
    apselect_id integer NOT NULL,
    apselect_apopen_id integer NOT NULL,
    apselect_amount numeric(20,2) NOT NULL,
    apselect_bankaccnt_id integer,
    apselect_curr_id integer,
    apselect_date date,
    apselect_discount numeric(20,2) NOT NULL,
    PRIMARY KEY (apselect_id),
    UNIQUE (apselect_apopen_id)
);
CREATE TABLE xtuple.araccnt (
    araccnt_id integer NOT NULL,
    araccnt_custtype_id integer,
    araccnt_custtype text,
    araccnt_freight_accnt_id integer,
    araccnt_ar_accnt_id integer,
    araccnt_prepaid_accnt_id integer,
    araccnt_deferred_accnt_id integer,
    araccnt_discount_accnt_id integer,
    PRIMARY KEY (araccnt_id)
);
CREATE TABLE xtuple.arapply (
    arapply_id integer NOT NULL,
    arapply_postdate date,
    arapply_cust_id integer,
    arapply_source_doctype text,
    arapply_source_docnumber text,
    arapply_target_doctype text,
    arapply_target_docnumber text,
    arapply_fundstype text,
    arapply_refnumber text,
    arapply_applied numeric(20,2),
    arapply_closed boolean,
    arapply_journalnumber text,
    arapply_source_aropen_id integer,
    arapply_target_aropen_id integer,
    arapply_username text,
    arapply_curr_id integer,
    arapply_distdate date NOT NULL,
    arapply_target_paid numeric(20,2),
    arapply_reftype text,
    arapply_ref_id integer
);
CREATE TABLE xtuple.arcreditapply (
    arcreditapply_id integer NOT NULL,
    arcreditapply_source_aropen_id integer,
    arcreditapply_target_aropen_id integer,
    arcreditapply_amount numeric(20,2),
    arcreditapply_curr_id integer,
    arcreditapply_reftype text,
    arcreditapply_ref_id integer,
    PRIMARY KEY (arcreditapply_id)
);
CREATE TABLE xtuple.aropen (
    aropen_id integer NOT NULL,
    aropen_docdate date NOT NULL,
    aropen_duedate date NOT NULL,
    aropen_terms_id integer,
    aropen_cust_id integer,
    aropen_doctype character(1),
    aropen_docnumber text,
    aropen_applyto text,
    aropen_ponumber text,
    aropen_amount numeric(20,2) NOT NULL,
    aropen_notes text,
    aropen_posted boolean NOT NULL,
    aropen_salesrep_id integer,
    aropen_commission_due numeric(20,2),
    aropen_commission_paid boolean,
    aropen_ordernumber text,
    aropen_cobmisc_id integer,
    aropen_journalnumber integer,
    aropen_paid numeric(20,2),
    aropen_open boolean,
    aropen_username text,
    aropen_rsncode_id integer,
    aropen_salescat_id integer,
    aropen_accnt_id integer,
    aropen_curr_id integer,
    aropen_closedate date,
    aropen_distdate date,
    aropen_curr_rate numeric NOT NULL,
    aropen_discount boolean NOT NULL,
    aropen_fincharg_date date,
    aropen_fincharg_amount numeric(20,2),
    PRIMARY KEY (aropen_id)
);
CREATE TABLE xtuple.aropenalloc (
    aropenalloc_aropen_id integer NOT NULL,
    aropenalloc_doctype character(1) NOT NULL,
    aropenalloc_doc_id integer NOT NULL,
    aropenalloc_amount numeric(20,2) NOT NULL,
    aropenalloc_curr_id integer,
    PRIMARY KEY (aropenalloc_aropen_id, aropenalloc_doctype, aropenalloc_doc_id)
);
CREATE TABLE xtuple.aropentax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.asohist (
    asohist_id integer NOT NULL,
    asohist_cust_id integer,
    asohist_itemsite_id integer,
    asohist_shipdate date,
    asohist_invcdate date,
    asohist_duedate date,
    asohist_promisedate date,
    asohist_ordernumber text,
    asohist_invcnumber text,
    asohist_qtyshipped numeric(18,6),
    asohist_unitprice numeric(16,4),
    asohist_unitcost numeric(16,6),
    asohist_billtoname text,
    asohist_billtoaddress1 text,
    asohist_billtoaddress2 text,
    asohist_billtoaddress3 text,
    asohist_billtocity text,
    asohist_billtostate text,
    asohist_billtozip text,
    asohist_shiptoname text,
    asohist_shiptoaddress1 text,
    asohist_shiptoaddress2 text,
    asohist_shiptoaddress3 text,
    asohist_shiptocity text,
    asohist_shiptostate text,
    asohist_shiptozip text,
    asohist_shipto_id integer,
    asohist_shipvia text,
    asohist_salesrep_id integer,
    asohist_misc_type character(1),
    asohist_misc_descrip text,
    asohist_misc_id integer,
    asohist_commission numeric(16,4),
    asohist_commissionpaid boolean,
    asohist_doctype text,
    asohist_orderdate date,
    asohist_imported boolean,
    asohist_ponumber text,
    asohist_curr_id integer,
    asohist_taxtype_id integer,
    asohist_taxzone_id integer,
    PRIMARY KEY (asohist_id)
);
CREATE TABLE xtuple.asohisttax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.bankaccnt (
    bankaccnt_id integer NOT NULL,
    bankaccnt_name text NOT NULL,
    bankaccnt_descrip text,
    bankaccnt_bankname text,
    bankaccnt_accntnumber text,
    bankaccnt_ar boolean,
    bankaccnt_ap boolean,
    bankaccnt_nextchknum integer,
    bankaccnt_type character(1),
    bankaccnt_accnt_id integer,
    bankaccnt_check_form_id integer,
    bankaccnt_userec boolean,
    bankaccnt_rec_accnt_id integer,
    bankaccnt_curr_id integer,
    bankaccnt_notes text,
    bankaccnt_routing text NOT NULL,
    bankaccnt_ach_enabled boolean NOT NULL,
    bankaccnt_ach_origin text NOT NULL,
    bankaccnt_ach_genchecknum boolean NOT NULL,
    bankaccnt_ach_leadtime integer,
    bankaccnt_ach_lastdate date,
    bankaccnt_ach_lastfileid character(1),
    bankaccnt_ach_origintype text,
    bankaccnt_ach_originname text,
    bankaccnt_ach_desttype text,
    bankaccnt_ach_fed_dest text,
    bankaccnt_ach_destname text,
    bankaccnt_ach_dest text,
    PRIMARY KEY (bankaccnt_id)
);
CREATE TABLE xtuple.bankadj (
    bankadj_id integer NOT NULL,
    bankadj_bankaccnt_id integer NOT NULL,
    bankadj_bankadjtype_id integer NOT NULL,
    bankadj_created timestamp without time zone NOT NULL,
    bankadj_username text NOT NULL,
    bankadj_date date NOT NULL,
    bankadj_docnumber text,
    bankadj_amount numeric(10,2) NOT NULL,
    bankadj_notes text,
    bankadj_sequence integer,
    bankadj_posted boolean NOT NULL,
    bankadj_curr_id integer,
    bankadj_curr_rate numeric,
    PRIMARY KEY (bankadj_id)
);
CREATE TABLE xtuple.bankadjtype (
    bankadjtype_id integer NOT NULL,
    bankadjtype_name text NOT NULL,
    bankadjtype_descrip text,
    bankadjtype_accnt_id integer NOT NULL,
    bankadjtype_iscredit boolean NOT NULL,
    PRIMARY KEY (bankadjtype_id),
    UNIQUE (bankadjtype_name)
);
CREATE TABLE xtuple.bankrec (
    bankrec_id integer NOT NULL,
    bankrec_created timestamp without time zone NOT NULL,
    bankrec_username text NOT NULL,
    bankrec_bankaccnt_id integer,
    bankrec_opendate date,
    bankrec_enddate date,
    bankrec_openbal numeric(20,2),
    bankrec_endbal numeric(20,2),
    bankrec_posted boolean,
    bankrec_postdate timestamp without time zone,
    PRIMARY KEY (bankrec_id)
);
CREATE TABLE xtuple.bankrecitem (
    bankrecitem_id integer NOT NULL,
    bankrecitem_bankrec_id integer NOT NULL,
    bankrecitem_source text NOT NULL,
    bankrecitem_source_id integer NOT NULL,
    bankrecitem_cleared boolean,
    bankrecitem_curr_rate numeric,
    bankrecitem_amount numeric
);
CREATE TABLE xtuple.bomhead (
    bomhead_id integer NOT NULL,
    bomhead_item_id integer NOT NULL,
    bomhead_serial integer,
    bomhead_docnum text,
    bomhead_revision text,
    bomhead_revisiondate date,
    bomhead_batchsize numeric(18,6),
    bomhead_requiredqtyper numeric(20,8),
    bomhead_rev_id integer
);
CREATE TABLE xtuple.bomitem (
    bomitem_id integer NOT NULL,
    bomitem_parent_item_id integer NOT NULL,
    bomitem_seqnumber integer,
    bomitem_item_id integer NOT NULL,
    bomitem_qtyper numeric(20,8) NOT NULL,
    bomitem_scrap numeric(8,4) NOT NULL,
    bomitem_status character(1),
    bomitem_effective date NOT NULL,
    bomitem_expires date NOT NULL,
    bomitem_createwo boolean NOT NULL,
    bomitem_issuemethod character(1) NOT NULL,
    bomitem_schedatwooper boolean NOT NULL,
    bomitem_ecn text,
    bomitem_moddate date,
    bomitem_subtype character(1) NOT NULL,
    bomitem_uom_id integer NOT NULL,
    bomitem_rev_id integer,
    bomitem_booitem_seq_id integer,
    bomitem_char_id integer,
    bomitem_value text,
    bomitem_notes text,
    bomitem_ref text,
    bomitem_qtyfxd numeric(20,8) NOT NULL,
    bomitem_issuewo boolean NOT NULL,
    PRIMARY KEY (bomitem_id)
);
CREATE TABLE xtuple.bomitemcost (
    bomitemcost_id integer NOT NULL,
    bomitemcost_bomitem_id integer NOT NULL,
    bomitemcost_costelem_id integer NOT NULL,
    bomitemcost_lowlevel boolean NOT NULL,
    bomitemcost_stdcost numeric(16,6) NOT NULL,
    bomitemcost_posted date,
    bomitemcost_actcost numeric(16,6) NOT NULL,
    bomitemcost_updated date,
    bomitemcost_curr_id integer NOT NULL,
    PRIMARY KEY (bomitemcost_id)
);
CREATE TABLE xtuple.bomitemsub (
    bomitemsub_id integer NOT NULL,
    bomitemsub_bomitem_id integer NOT NULL,
    bomitemsub_item_id integer NOT NULL,
    bomitemsub_uomratio numeric(20,10) NOT NULL,
    bomitemsub_rank integer NOT NULL,
    PRIMARY KEY (bomitemsub_id)
);
CREATE TABLE xtuple.bomwork (
    bomwork_id integer NOT NULL,
    bomwork_set_id integer,
    bomwork_seqnumber integer,
    bomwork_item_id integer,
    bomwork_item_type character(1),
    bomwork_qtyper numeric(20,8),
    bomwork_scrap numeric(20,10),
    bomwork_status character(1),
    bomwork_level integer,
    bomwork_parent_id integer,
    bomwork_effective date,
    bomwork_expires date,
    bomwork_stdunitcost numeric(16,6),
    bomwork_actunitcost numeric(16,6),
    bomwork_parent_seqnumber integer,
    bomwork_createwo boolean,
    bomwork_issuemethod character(1),
    bomwork_char_id integer,
    bomwork_value text,
    bomwork_notes text,
    bomwork_ref text,
    bomwork_bomitem_id integer,
    bomwork_ecn text,
    bomwork_qtyfxd numeric(20,8) NOT NULL,
    bomwork_qtyreq numeric(20,8) NOT NULL,
    PRIMARY KEY (bomwork_id)
);
CREATE TABLE xtuple.budghead (
    budghead_id integer NOT NULL,
    budghead_name text NOT NULL,
    budghead_descrip text,
    PRIMARY KEY (budghead_id),
    UNIQUE (budghead_name)
);
CREATE TABLE xtuple.budgitem (
    budgitem_id integer NOT NULL,
    budgitem_budghead_id integer NOT NULL,
    budgitem_period_id integer NOT NULL,
    budgitem_accnt_id integer NOT NULL,
    budgitem_amount numeric(20,4) NOT NULL,
    PRIMARY KEY (budgitem_id)
);
CREATE TABLE xtuple.calhead (
    calhead_id integer NOT NULL,
    calhead_type character(1),
    calhead_name text NOT NULL,
    calhead_descrip text,
    calhead_origin character(1),
    PRIMARY KEY (calhead_id)
);
CREATE TABLE xtuple.cashrcpt (
    cashrcpt_id integer NOT NULL,
    cashrcpt_cust_id integer NOT NULL,
    cashrcpt_amount numeric(20,2) NOT NULL,
    cashrcpt_fundstype character(1) NOT NULL,
    cashrcpt_docnumber text,
    cashrcpt_bankaccnt_id integer NOT NULL,
    cashrcpt_notes text,
    cashrcpt_distdate date,
    cashrcpt_salescat_id integer,
    cashrcpt_curr_id integer,
    cashrcpt_usecustdeposit boolean NOT NULL,
    cashrcpt_void boolean NOT NULL,
    cashrcpt_number text NOT NULL,
    cashrcpt_docdate date,
    cashrcpt_posted boolean NOT NULL,
    cashrcpt_posteddate date,
    cashrcpt_postedby text,
    cashrcpt_applydate date,
    cashrcpt_discount numeric(20,2) NOT NULL,
    cashrcpt_curr_rate numeric NOT NULL
);
CREATE TABLE xtuple.cashrcptitem (
    cashrcptitem_id integer NOT NULL,
    cashrcptitem_cashrcpt_id integer NOT NULL,
    cashrcptitem_aropen_id integer NOT NULL,
    cashrcptitem_amount numeric(20,2) NOT NULL,
    cashrcptitem_discount numeric(20,2) NOT NULL,
    cashrcptitem_applied boolean
);
CREATE TABLE xtuple.cashrcptmisc (
    cashrcptmisc_id integer NOT NULL,
    cashrcptmisc_cashrcpt_id integer NOT NULL,
    cashrcptmisc_accnt_id integer NOT NULL,
    cashrcptmisc_amount numeric(20,2) NOT NULL,
    cashrcptmisc_notes text
);
CREATE TABLE xtuple.ccard (
    ccard_id integer NOT NULL,
    ccard_seq integer NOT NULL,
    ccard_cust_id integer NOT NULL,
    ccard_active boolean,
    ccard_name bytea,
    ccard_address1 bytea,
    ccard_address2 bytea,
    ccard_city bytea,
    ccard_state bytea,
    ccard_zip bytea,
    ccard_country bytea,
    ccard_number bytea,
    ccard_debit boolean,
    ccard_month_expired bytea,
    ccard_year_expired bytea,
    ccard_type character(1) NOT NULL,
    ccard_date_added timestamp without time zone NOT NULL,
    ccard_lastupdated timestamp without time zone NOT NULL,
    ccard_added_by_username text NOT NULL,
    ccard_last_updated_by_username text NOT NULL,
    PRIMARY KEY (ccard_id)
);
CREATE TABLE xtuple.ccardaud (
    ccardaud_id integer NOT NULL,
    ccardaud_ccard_id integer,
    ccardaud_ccard_seq_old integer,
    ccardaud_ccard_seq_new integer,
    ccardaud_ccard_cust_id_old integer,
    ccardaud_ccard_cust_id_new integer,
    ccardaud_ccard_active_old boolean,
    ccardaud_ccard_active_new boolean,
    ccardaud_ccard_name_old bytea,
    ccardaud_ccard_name_new bytea,
    ccardaud_ccard_address1_old bytea,
    ccardaud_ccard_address1_new bytea,
    ccardaud_ccard_address2_old bytea,
    ccardaud_ccard_address2_new bytea,
    ccardaud_ccard_city_old bytea,
    ccardaud_ccard_city_new bytea,
    ccardaud_ccard_state_old bytea,
    ccardaud_ccard_state_new bytea,
    ccardaud_ccard_zip_old bytea,
    ccardaud_ccard_zip_new bytea,
    ccardaud_ccard_country_old bytea,
    ccardaud_ccard_country_new bytea,
    ccardaud_ccard_number_old bytea,
    ccardaud_ccard_number_new bytea,
    ccardaud_ccard_debit_old boolean,
    ccardaud_ccard_debit_new boolean,
    ccardaud_ccard_month_expired_old bytea,
    ccardaud_ccard_month_expired_new bytea,
    ccardaud_ccard_year_expired_old bytea,
    ccardaud_ccard_year_expired_new bytea,
    ccardaud_ccard_type_old character(1),
    ccardaud_ccard_type_new character(1),
    ccardaud_ccard_last_updated timestamp without time zone NOT NULL,
    ccardaud_ccard_last_updated_by_username text NOT NULL,
    PRIMARY KEY (ccardaud_id)
);
CREATE TABLE xtuple.ccbank (
    ccbank_id integer NOT NULL,
    ccbank_ccard_type text NOT NULL,
    ccbank_bankaccnt_id integer
);
CREATE TABLE xtuple.ccpay (
    ccpay_id integer NOT NULL,
    ccpay_ccard_id integer,
    ccpay_cust_id integer,
    ccpay_amount numeric(20,2) NOT NULL,
    ccpay_auth boolean NOT NULL,
    ccpay_status character(1) NOT NULL,
    ccpay_type character(1) NOT NULL,
    ccpay_auth_charge character(1) NOT NULL,
    ccpay_order_number text,
    ccpay_order_number_seq integer,
    ccpay_r_avs text,
    ccpay_r_ordernum text,
    ccpay_r_error text,
    ccpay_r_approved text,
    ccpay_r_code text,
    ccpay_r_message text,
    ccpay_yp_r_time timestamp without time zone,
    ccpay_r_ref text,
    ccpay_yp_r_tdate text,
    ccpay_r_tax text,
    ccpay_r_shipping text,
    ccpay_yp_r_score integer,
    ccpay_transaction_datetime timestamp without time zone NOT NULL,
    ccpay_by_username text NOT NULL,
    ccpay_curr_id integer,
    ccpay_ccpay_id integer,
    PRIMARY KEY (ccpay_id)
);
CREATE TABLE xtuple."char" (
    char_id integer NOT NULL,
    char_name text NOT NULL,
    char_items boolean,
    char_options boolean,
    char_attributes boolean,
    char_lotserial boolean,
    char_notes text,
    char_customers boolean,
    char_crmaccounts boolean,
    char_addresses boolean,
    char_contacts boolean,
    char_opportunity boolean,
    char_employees boolean,
    char_mask text,
    char_validator text,
    char_incidents boolean,
    char_type integer NOT NULL,
    char_order integer NOT NULL,
    char_search boolean NOT NULL,
    char_quotes boolean,
    char_salesorders boolean,
    char_invoices boolean,
    char_vendors boolean,
    char_purchaseorders boolean,
    char_vouchers boolean,
    char_projects boolean,
    char_tasks boolean,
    PRIMARY KEY (char_id)
);
CREATE TABLE xtuple.charass (
    charass_id integer NOT NULL,
    charass_target_type text,
    charass_target_id integer,
    charass_char_id integer,
    charass_value text,
    charass_default boolean NOT NULL,
    charass_price numeric(16,4) NOT NULL,
    PRIMARY KEY (charass_id)
);
CREATE TABLE xtuple.charopt (
    charopt_id integer NOT NULL,
    charopt_char_id integer,
    charopt_value text NOT NULL,
    charopt_order integer NOT NULL,
    PRIMARY KEY (charopt_id)
);
CREATE TABLE xtuple.checkhead (
    checkhead_id integer NOT NULL,
    checkhead_recip_id integer NOT NULL,
    checkhead_recip_type text NOT NULL,
    checkhead_bankaccnt_id integer NOT NULL,
    checkhead_printed boolean NOT NULL,
    checkhead_checkdate date NOT NULL,
    checkhead_number integer NOT NULL,
    checkhead_amount numeric(20,2) NOT NULL,
    checkhead_void boolean NOT NULL,
    checkhead_replaced boolean NOT NULL,
    checkhead_posted boolean NOT NULL,
    checkhead_rec boolean NOT NULL,
    checkhead_misc boolean NOT NULL,
    checkhead_expcat_id integer,
    checkhead_for text NOT NULL,
    checkhead_notes text NOT NULL,
    checkhead_journalnumber integer,
    checkhead_curr_id integer NOT NULL,
    checkhead_deleted boolean NOT NULL,
    checkhead_ach_batch text,
    checkhead_curr_rate numeric NOT NULL,
    PRIMARY KEY (checkhead_id)
);
CREATE TABLE xtuple.checkitem (
    checkitem_id integer NOT NULL,
    checkitem_checkhead_id integer NOT NULL,
    checkitem_amount numeric(20,2) NOT NULL,
    checkitem_discount numeric(20,2) NOT NULL,
    checkitem_ponumber text,
    checkitem_vouchernumber text,
    checkitem_invcnumber text,
    checkitem_apopen_id integer,
    checkitem_aropen_id integer,
    checkitem_docdate date,
    checkitem_curr_id integer NOT NULL,
    checkitem_cmnumber text,
    checkitem_ranumber text,
    checkitem_curr_rate numeric,
    PRIMARY KEY (checkitem_id)
);
CREATE TABLE xtuple.classcode (
    classcode_id integer NOT NULL,
    classcode_code text NOT NULL,
    classcode_descrip text,
    classcode_mfg boolean,
    classcode_creator text,
    classcode_created timestamp without time zone,
    classcode_modifier text,
    classcode_modified timestamp without time zone,
    classcode_type text,
    PRIMARY KEY (classcode_id),
    UNIQUE (classcode_code)
);
CREATE TABLE xtuple.cmhead (
    cmhead_id integer NOT NULL,
    cmhead_number text NOT NULL,
    cmhead_posted boolean,
    cmhead_invcnumber text,
    cmhead_custponumber text,
    cmhead_cust_id integer,
    cmhead_docdate date,
    cmhead_shipto_id integer,
    cmhead_shipto_name text,
    cmhead_shipto_address1 text,
    cmhead_shipto_address2 text,
    cmhead_shipto_address3 text,
    cmhead_shipto_city text,
    cmhead_shipto_state text,
    cmhead_shipto_zipcode text,
    cmhead_salesrep_id integer,
    cmhead_freight numeric(16,4),
    cmhead_misc numeric(16,4),
    cmhead_comments text,
    cmhead_printed boolean,
    cmhead_billtoname text,
    cmhead_billtoaddress1 text,
    cmhead_billtoaddress2 text,
    cmhead_billtoaddress3 text,
    cmhead_billtocity text,
    cmhead_billtostate text,
    cmhead_billtozip text,
    cmhead_hold boolean,
    cmhead_commission numeric(8,4),
    cmhead_misc_accnt_id integer,
    cmhead_misc_descrip text,
    cmhead_rsncode_id integer,
    cmhead_curr_id integer,
    cmhead_freighttaxtype_id integer,
    cmhead_gldistdate date,
    cmhead_billtocountry text,
    cmhead_shipto_country text,
    cmhead_rahead_id integer,
    cmhead_taxzone_id integer,
    cmhead_prj_id integer,
    cmhead_void boolean,
    cmhead_saletype_id integer,
    cmhead_shipzone_id integer,
    PRIMARY KEY (cmhead_id),
    UNIQUE (cmhead_number)
);
CREATE TABLE xtuple.cmheadtax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.cmitem (
    cmitem_id integer NOT NULL,
    cmitem_cmhead_id integer NOT NULL,
    cmitem_linenumber integer NOT NULL,
    cmitem_itemsite_id integer NOT NULL,
    cmitem_qtycredit numeric(18,6) NOT NULL,
    cmitem_qtyreturned numeric(18,6) NOT NULL,
    cmitem_unitprice numeric(16,4) NOT NULL,
    cmitem_comments text,
    cmitem_rsncode_id integer,
    cmitem_taxtype_id integer,
    cmitem_qty_uom_id integer NOT NULL,
    cmitem_qty_invuomratio numeric(20,10) NOT NULL,
    cmitem_price_uom_id integer NOT NULL,
    cmitem_price_invuomratio numeric(20,10) NOT NULL,
    cmitem_raitem_id integer,
    cmitem_updateinv boolean NOT NULL,
    PRIMARY KEY (cmitem_id)
);
CREATE TABLE xtuple.cmitemtax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.cmnttype (
    cmnttype_id integer NOT NULL,
    cmnttype_name text NOT NULL,
    cmnttype_descrip text NOT NULL,
    cmnttype_usedin text,
    cmnttype_sys boolean NOT NULL,
    cmnttype_editable boolean NOT NULL,
    cmnttype_order integer,
    PRIMARY KEY (cmnttype_id),
    UNIQUE (cmnttype_name)
);
CREATE TABLE xtuple.cmnttypesource (
    cmnttypesource_id integer NOT NULL,
    cmnttypesource_cmnttype_id integer,
    cmnttypesource_source_id integer
);
CREATE TABLE xtuple.cntct (
    cntct_id integer NOT NULL,
    cntct_crmacct_id integer,
    cntct_addr_id integer,
    cntct_first_name text,
    cntct_last_name text,
    cntct_honorific text,
    cntct_initials text,
    cntct_active boolean,
    cntct_phone text,
    cntct_phone2 text,
    cntct_fax text,
    cntct_email text,
    cntct_webaddr text,
    cntct_notes text,
    cntct_title text,
    cntct_number text NOT NULL,
    cntct_middle text,
    cntct_suffix text,
    cntct_owner_username text,
    cntct_name text,
    PRIMARY KEY (cntct_id)
);
CREATE TABLE xtuple.cntctaddr (
    cntctaddr_id integer NOT NULL,
    cntctaddr_cntct_id integer,
    cntctaddr_primary boolean NOT NULL,
    cntctaddr_addr_id integer NOT NULL,
    cntctaddr_type character(2) NOT NULL,
    PRIMARY KEY (cntctaddr_id)
);
CREATE TABLE xtuple.cntctdata (
    cntctdata_id integer NOT NULL,
    cntctdata_cntct_id integer,
    cntctdata_primary boolean NOT NULL,
    cntctdata_text text NOT NULL,
    cntctdata_type character(2) NOT NULL,
    PRIMARY KEY (cntctdata_id)
);
CREATE TABLE xtuple.cntcteml (
    cntcteml_id integer NOT NULL,
    cntcteml_cntct_id integer,
    cntcteml_primary boolean NOT NULL,
    cntcteml_email text NOT NULL,
    PRIMARY KEY (cntcteml_id)
);
CREATE TABLE xtuple.cntctmrgd (
    cntctmrgd_cntct_id integer NOT NULL,
    cntctmrgd_error boolean,
    PRIMARY KEY (cntctmrgd_cntct_id)
);
CREATE TABLE xtuple.cntctsel (
    cntctsel_cntct_id integer NOT NULL,
    cntctsel_target boolean,
    cntctsel_mrg_crmacct_id boolean,
    cntctsel_mrg_addr_id boolean,
    cntctsel_mrg_first_name boolean,
    cntctsel_mrg_last_name boolean,
    cntctsel_mrg_honorific boolean,
    cntctsel_mrg_initials boolean,
    cntctsel_mrg_phone boolean,
    cntctsel_mrg_phone2 boolean,
    cntctsel_mrg_fax boolean,
    cntctsel_mrg_email boolean,
    cntctsel_mrg_webaddr boolean,
    cntctsel_mrg_notes boolean,
    cntctsel_mrg_title boolean,
    cntctsel_mrg_middle boolean,
    cntctsel_mrg_suffix boolean,
    cntctsel_mrg_owner_username boolean,
    PRIMARY KEY (cntctsel_cntct_id)
);
CREATE TABLE xtuple.cntslip (
    cntslip_id integer NOT NULL,
    cntslip_cnttag_id integer,
    cntslip_entered timestamp with time zone,
    cntslip_posted boolean,
    cntslip_number text,
    cntslip_qty numeric(18,6),
    cntslip_comments text,
    cntslip_location_id integer,
    cntslip_lotserial text,
    cntslip_lotserial_expiration date,
    cntslip_lotserial_warrpurc date,
    cntslip_username text,
    PRIMARY KEY (cntslip_id)
);
CREATE TABLE xtuple.cobill (
    cobill_id integer NOT NULL,
    cobill_coitem_id integer,
    cobill_selectdate timestamp with time zone,
    cobill_qty numeric(18,6),
    cobill_invcnum integer,
    cobill_toclose boolean,
    cobill_cobmisc_id integer,
    cobill_select_username text,
    cobill_invcitem_id integer,
    cobill_taxtype_id integer,
    PRIMARY KEY (cobill_id)
);
CREATE TABLE xtuple.cobilltax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.cobmisc (
    cobmisc_id integer NOT NULL,
    cobmisc_cohead_id integer,
    cobmisc_shipvia text,
    cobmisc_freight numeric(16,4),
    cobmisc_misc numeric(16,4),
    cobmisc_payment numeric(16,4),
    cobmisc_paymentref text,
    cobmisc_notes text,
    cobmisc_shipdate date,
    cobmisc_invcnumber integer,
    cobmisc_invcdate date,
    cobmisc_posted boolean,
    cobmisc_misc_accnt_id integer,
    cobmisc_misc_descrip text,
    cobmisc_closeorder boolean,
    cobmisc_curr_id integer,
    cobmisc_invchead_id integer,
    cobmisc_taxzone_id integer,
    cobmisc_taxtype_id integer,
    PRIMARY KEY (cobmisc_id)
);
CREATE TABLE xtuple.cobmisctax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.cohead (
    cohead_id integer NOT NULL,
    cohead_number text NOT NULL,
    cohead_cust_id integer NOT NULL,
    cohead_custponumber text,
    cohead_orderdate date,
    cohead_warehous_id integer,
    cohead_shipto_id integer,
    cohead_shiptoname text,
    cohead_shiptoaddress1 text,
    cohead_shiptoaddress2 text,
    cohead_shiptoaddress3 text,
    cohead_shiptoaddress4 text,
    cohead_shiptoaddress5 text,
    cohead_salesrep_id integer NOT NULL,
    cohead_terms_id integer NOT NULL,
    cohead_fob text,
    cohead_shipvia text,
    cohead_shiptocity text,
    cohead_shiptostate text,
    cohead_shiptozipcode text,
    cohead_freight numeric(16,4) NOT NULL,
    cohead_misc numeric(16,4) NOT NULL,
    cohead_imported boolean,
    cohead_ordercomments text,
    cohead_shipcomments text,
    cohead_shiptophone text,
    cohead_shipchrg_id integer,
    cohead_shipform_id integer,
    cohead_billtoname text,
    cohead_billtoaddress1 text,
    cohead_billtoaddress2 text,
    cohead_billtoaddress3 text,
    cohead_billtocity text,
    cohead_billtostate text,
    cohead_billtozipcode text,
    cohead_misc_accnt_id integer,
    cohead_misc_descrip text,
    cohead_commission numeric(16,4),
    cohead_miscdate date,
    cohead_holdtype character(1),
    cohead_packdate date,
    cohead_prj_id integer,
    cohead_wasquote boolean NOT NULL,
    cohead_lastupdated timestamp without time zone NOT NULL,
    cohead_shipcomplete boolean NOT NULL,
    cohead_created timestamp without time zone,
    cohead_creator text,
    cohead_quote_number text,
    cohead_billtocountry text,
    cohead_shiptocountry text,
    cohead_curr_id integer,
    cohead_calcfreight boolean NOT NULL,
    cohead_shipto_cntct_id integer,
    cohead_shipto_cntct_honorific text,
    cohead_shipto_cntct_first_name text,
    cohead_shipto_cntct_middle text,
    cohead_shipto_cntct_last_name text,
    cohead_shipto_cntct_suffix text,
    cohead_shipto_cntct_phone text,
    cohead_shipto_cntct_title text,
    cohead_shipto_cntct_fax text,
    cohead_shipto_cntct_email text,
    cohead_billto_cntct_id integer,
    cohead_billto_cntct_honorific text,
    cohead_billto_cntct_first_name text,
    cohead_billto_cntct_middle text,
    cohead_billto_cntct_last_name text,
    cohead_billto_cntct_suffix text,
    cohead_billto_cntct_phone text,
    cohead_billto_cntct_title text,
    cohead_billto_cntct_fax text,
    cohead_billto_cntct_email text,
    cohead_taxzone_id integer,
    cohead_taxtype_id integer,
    cohead_ophead_id integer,
    cohead_status character(1) NOT NULL,
    cohead_saletype_id integer,
    cohead_shipzone_id integer,
    PRIMARY KEY (cohead_id)
);
CREATE TABLE xtuple.cohist (
    cohist_id integer NOT NULL,
    cohist_cust_id integer,
    cohist_itemsite_id integer,
    cohist_shipdate date,
    cohist_shipvia text,
    cohist_ordernumber text,
    cohist_orderdate date,
    cohist_invcnumber text,
    cohist_invcdate date,
    cohist_qtyshipped numeric(18,6),
    cohist_unitprice numeric(16,4),
    cohist_shipto_id integer,
    cohist_salesrep_id integer,
    cohist_duedate date,
    cohist_imported boolean,
    cohist_billtoname text,
    cohist_billtoaddress1 text,
    cohist_billtoaddress2 text,
    cohist_billtoaddress3 text,
    cohist_billtocity text,
    cohist_billtostate text,
    cohist_billtozip text,
    cohist_shiptoname text,
    cohist_shiptoaddress1 text,
    cohist_shiptoaddress2 text,
    cohist_shiptoaddress3 text,
    cohist_shiptocity text,
    cohist_shiptostate text,
    cohist_shiptozip text,
    cohist_commission numeric(16,4),
    cohist_commissionpaid boolean,
    cohist_unitcost numeric(18,6),
    cohist_misc_type character(1),
    cohist_misc_descrip text,
    cohist_misc_id integer,
    cohist_doctype text,
    cohist_promisedate date,
    cohist_ponumber text,
    cohist_curr_id integer,
    cohist_sequence integer,
    cohist_taxtype_id integer,
    cohist_taxzone_id integer,
    cohist_cohead_ccpay_id integer,
    cohist_saletype_id integer,
    cohist_shipzone_id integer,
    PRIMARY KEY (cohist_id)
);
CREATE TABLE xtuple.cohisttax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.coitem (
    coitem_id integer NOT NULL,
    coitem_cohead_id integer,
    coitem_linenumber integer NOT NULL,
    coitem_itemsite_id integer,
    coitem_status character(1),
    coitem_scheddate date,
    coitem_promdate date,
    coitem_qtyord numeric(18,6) NOT NULL,
    coitem_unitcost numeric(16,6) NOT NULL,
    coitem_price numeric(16,4) NOT NULL,
    coitem_custprice numeric(16,4) NOT NULL,
    coitem_qtyshipped numeric(18,6) NOT NULL,
    coitem_order_id integer,
    coitem_memo text,
    coitem_imported boolean,
    coitem_qtyreturned numeric(18,6),
    coitem_closedate timestamp with time zone,
    coitem_custpn text,
    coitem_order_type character(1),
    coitem_close_username text,
    coitem_lastupdated timestamp without time zone NOT NULL,
    coitem_substitute_item_id integer,
    coitem_created timestamp without time zone,
    coitem_creator text,
    coitem_prcost numeric(16,6),
    coitem_qty_uom_id integer NOT NULL,
    coitem_qty_invuomratio numeric(20,10) NOT NULL,
    coitem_price_uom_id integer NOT NULL,
    coitem_price_invuomratio numeric(20,10) NOT NULL,
    coitem_warranty boolean NOT NULL,
    coitem_cos_accnt_id integer,
    coitem_qtyreserved numeric(18,6) NOT NULL,
    coitem_subnumber integer NOT NULL,
    coitem_firm boolean NOT NULL,
    coitem_taxtype_id integer,
    coitem_rev_accnt_id integer,
    coitem_pricemode character(1) NOT NULL,
    PRIMARY KEY (coitem_id)
);
CREATE TABLE xtuple.comment (
    comment_id integer NOT NULL,
    comment_source_id integer,
    comment_date timestamp with time zone,
    comment_user text,
    comment_text text,
    comment_cmnttype_id integer,
    comment_source text,
    comment_public boolean,
    PRIMARY KEY (comment_id)
);
CREATE TABLE xtuple.company (
    company_id integer NOT NULL,
    company_number text NOT NULL,
    company_descrip text,
    company_external boolean NOT NULL,
    company_server text,
    company_port integer,
    company_database text,
    company_curr_id integer,
    company_yearend_accnt_id integer,
    company_gainloss_accnt_id integer,
    company_dscrp_accnt_id integer,
    company_unrlzgainloss_accnt_id integer,
    PRIMARY KEY (company_id),
    UNIQUE (company_number)
);
CREATE TABLE xtuple.contrct (
    contrct_id integer NOT NULL,
    contrct_number text NOT NULL,
    contrct_vend_id integer NOT NULL,
    contrct_descrip text,
    contrct_effective date NOT NULL,
    contrct_expires date NOT NULL,
    contrct_note text,
    PRIMARY KEY (contrct_id)
);
CREATE TABLE xtuple.costcat (
    costcat_id integer NOT NULL,
    costcat_code text NOT NULL,
    costcat_descrip text,
    costcat_asset_accnt_id integer,
    costcat_liability_accnt_id integer,
    costcat_adjustment_accnt_id integer,
    costcat_matusage_accnt_id integer,
    costcat_purchprice_accnt_id integer,
    costcat_laboroverhead_accnt_id integer,
    costcat_scrap_accnt_id integer,
    costcat_invcost_accnt_id integer,
    costcat_wip_accnt_id integer,
    costcat_shipasset_accnt_id integer,
    costcat_mfgscrap_accnt_id integer,
    costcat_transform_accnt_id integer,
    costcat_freight_accnt_id integer,
    costcat_toliability_accnt_id integer,
    costcat_exp_accnt_id integer,
    PRIMARY KEY (costcat_id),
    UNIQUE (costcat_code)
);
CREATE TABLE xtuple.costelem (
    costelem_id integer NOT NULL,
    costelem_type text NOT NULL,
    costelem_sys boolean,
    costelem_po boolean,
    costelem_active boolean,
    costelem_exp_accnt_id integer,
    costelem_cost_item_id integer,
    PRIMARY KEY (costelem_id),
    UNIQUE (costelem_type)
);
CREATE TABLE xtuple.costhist (
    costhist_id integer NOT NULL,
    costhist_item_id integer,
    costhist_costelem_id integer,
    costhist_type character(1),
    costhist_date timestamp with time zone,
    costhist_oldcost numeric(16,6),
    costhist_newcost numeric(16,6),
    costhist_lowlevel boolean,
    costhist_oldcurr_id integer,
    costhist_newcurr_id integer,
    costhist_username text,
    PRIMARY KEY (costhist_id)
);
CREATE TABLE xtuple.costupdate (
    costupdate_item_id integer,
    costupdate_lowlevel_code integer NOT NULL,
    costupdate_item_type character(1),
    UNIQUE (costupdate_item_id)
);
CREATE TABLE xtuple.country (
    country_id integer NOT NULL,
    country_abbr character(2),
    country_name text,
    country_curr_abbr character(3),
    country_curr_name text,
    country_curr_number character(3),
    country_curr_symbol character varying(9),
    country_qt_number integer,
    PRIMARY KEY (country_id),
    UNIQUE (country_abbr),
    UNIQUE (country_name)
);
CREATE TABLE xtuple.crmacct (
    crmacct_id integer NOT NULL,
    crmacct_number text NOT NULL,
    crmacct_name text,
    crmacct_active boolean,
    crmacct_type character(1),
    crmacct_cust_id integer,
    crmacct_competitor_id integer,
    crmacct_partner_id integer,
    crmacct_prospect_id integer,
    crmacct_vend_id integer,
    crmacct_cntct_id_1 integer,
    crmacct_cntct_id_2 integer,
    crmacct_parent_id integer,
    crmacct_notes text,
    crmacct_taxauth_id integer,
    crmacct_owner_username text,
    crmacct_emp_id integer,
    crmacct_salesrep_id integer,
    crmacct_usr_username text,
    PRIMARY KEY (crmacct_id)
);
CREATE TABLE xtuple.crmacctsel (
    crmacctsel_src_crmacct_id integer NOT NULL,
    crmacctsel_dest_crmacct_id integer,
    crmacctsel_mrg_crmacct_active boolean NOT NULL,
    crmacctsel_mrg_crmacct_cntct_id_1 boolean NOT NULL,
    crmacctsel_mrg_crmacct_cntct_id_2 boolean NOT NULL,
    crmacctsel_mrg_crmacct_competitor_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_cust_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_emp_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_name boolean NOT NULL,
    crmacctsel_mrg_crmacct_notes boolean NOT NULL,
    crmacctsel_mrg_crmacct_owner_username boolean NOT NULL,
    crmacctsel_mrg_crmacct_parent_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_partner_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_prospect_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_salesrep_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_taxauth_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_type boolean NOT NULL,
    crmacctsel_mrg_crmacct_usr_username boolean NOT NULL,
    crmacctsel_mrg_crmacct_vend_id boolean NOT NULL,
    crmacctsel_mrg_crmacct_number boolean NOT NULL,
    PRIMARY KEY (crmacctsel_src_crmacct_id)
);
CREATE TABLE xtuple.curr_rate (
    curr_rate_id integer NOT NULL,
    curr_id integer NOT NULL,
    curr_rate numeric(16,8) NOT NULL,
    curr_effective date NOT NULL,
    curr_expires date NOT NULL,
    PRIMARY KEY (curr_rate_id)
);
CREATE TABLE xtuple.curr_symbol (
    curr_id integer NOT NULL,
    curr_base boolean NOT NULL,
    curr_name character varying(50) NOT NULL,
    curr_symbol character varying(9) NOT NULL,
    curr_abbr character varying(3) NOT NULL,
    PRIMARY KEY (curr_id),
    UNIQUE (curr_abbr),
    UNIQUE (curr_name)
);
CREATE TABLE xtuple.custform (
    custform_id integer NOT NULL,
    custform_custtype_id integer,
    custform_custtype text,
    custform_invoice_report_id integer,
    custform_creditmemo_report_id integer,
    custform_quote_report_id integer,
    custform_packinglist_report_id integer,
    custform_statement_report_id integer,
    custform_sopicklist_report_id integer,
    custform_invoice_report_name text,
    custform_creditmemo_report_name text,
    custform_quote_report_name text,
    custform_packinglist_report_name text,
    custform_statement_report_name text,
    custform_sopicklist_report_name text,
    PRIMARY KEY (custform_id)
);
CREATE TABLE xtuple.custgrp (
    custgrp_id integer NOT NULL,
    custgrp_name text NOT NULL,
    custgrp_descrip text,
    PRIMARY KEY (custgrp_id)
);
CREATE TABLE xtuple.custgrpitem (
    custgrpitem_id integer NOT NULL,
    custgrpitem_custgrp_id integer,
    custgrpitem_cust_id integer,
    PRIMARY KEY (custgrpitem_id)
);
CREATE TABLE xtuple.custinfo (
    cust_id integer NOT NULL,
    cust_active boolean NOT NULL,
    cust_custtype_id integer,
    cust_salesrep_id integer,
    cust_commprcnt numeric(10,6),
    cust_name text,
    cust_creditlmt integer,
    cust_creditrating text,
    cust_financecharge boolean,
    cust_backorder boolean NOT NULL,
    cust_partialship boolean NOT NULL,
    cust_terms_id integer,
    cust_discntprcnt numeric(10,6) NOT NULL,
    cust_balmethod character(1) NOT NULL,
    cust_ffshipto boolean NOT NULL,
    cust_shipform_id integer,
    cust_shipvia text,
    cust_blanketpos boolean NOT NULL,
    cust_shipchrg_id integer NOT NULL,
    cust_creditstatus character(1) NOT NULL,
    cust_comments text,
    cust_ffbillto boolean NOT NULL,
    cust_usespos boolean NOT NULL,
    cust_number text NOT NULL,
    cust_dateadded date,
    cust_exported boolean,
    cust_emaildelivery boolean,
    cust_ediemail text,
    cust_edisubject text,
    cust_edifilename text,
    cust_ediemailbody text,
    cust_autoupdatestatus boolean NOT NULL,
    cust_autoholdorders boolean NOT NULL,
    cust_edicc text,
    cust_ediprofile_id integer,
    cust_preferred_warehous_id integer NOT NULL,
    cust_curr_id integer,
    cust_creditlmt_curr_id integer,
    cust_cntct_id integer,
    cust_corrcntct_id integer,
    cust_soemaildelivery boolean,
    cust_soediemail text,
    cust_soedisubject text,
    cust_soedifilename text,
    cust_soediemailbody text,
    cust_soedicc text,
    cust_soediprofile_id integer,
    cust_gracedays integer,
    cust_ediemailhtml boolean NOT NULL,
    cust_soediemailhtml boolean NOT NULL,
    cust_taxzone_id integer,
    cust_statementcycle text,
    PRIMARY KEY (cust_id)
);
CREATE TABLE xtuple.custtype (
    custtype_id integer NOT NULL,
    custtype_code text NOT NULL,
    custtype_descrip text NOT NULL,
    custtype_char boolean NOT NULL,
    PRIMARY KEY (custtype_id),
    UNIQUE (custtype_code)
);
CREATE TABLE xtuple.dept (
    dept_id integer NOT NULL,
    dept_number text NOT NULL,
    dept_name text NOT NULL,
    PRIMARY KEY (dept_id),
    UNIQUE (dept_number)
);
CREATE TABLE xtuple.destination (
    destination_id integer NOT NULL,
    destination_name text,
    destination_city text,
    destination_state text,
    destination_comments text,
    PRIMARY KEY (destination_id)
);
CREATE TABLE xtuple.docass (
    docass_id integer NOT NULL,
    docass_source_id integer NOT NULL,
    docass_source_type text NOT NULL,
    docass_target_id integer NOT NULL,
    docass_target_type text NOT NULL,
    docass_purpose character(1) NOT NULL,
    PRIMARY KEY (docass_id)
);
CREATE TABLE xtuple.emp (
    emp_id integer NOT NULL,
    emp_code text NOT NULL,
    emp_number text NOT NULL,
    emp_active boolean NOT NULL,
    emp_cntct_id integer,
    emp_warehous_id integer,
    emp_mgr_emp_id integer,
    emp_wage_type text NOT NULL,
    emp_wage numeric,
    emp_wage_curr_id integer,
    emp_wage_period text NOT NULL,
    emp_dept_id integer,
    emp_shift_id integer,
    emp_notes text,
    emp_image_id integer,
    emp_username text,
    emp_extrate numeric,
    emp_extrate_period text NOT NULL,
    emp_startdate date,
    emp_name text NOT NULL,
    PRIMARY KEY (emp_id)
);
CREATE TABLE xtuple.empgrp (
    empgrp_id integer NOT NULL,
    empgrp_name text NOT NULL,
    empgrp_descrip text NOT NULL,
    PRIMARY KEY (empgrp_id),
    UNIQUE (empgrp_name)
);
CREATE TABLE xtuple.empgrpitem (
    empgrpitem_id integer NOT NULL,
    empgrpitem_empgrp_id integer NOT NULL,
    empgrpitem_emp_id integer NOT NULL,
    PRIMARY KEY (empgrpitem_id)
);
CREATE TABLE xtuple.evntlog (
    evntlog_id integer NOT NULL,
    evntlog_evnttime timestamp with time zone,
    evntlog_evnttype_id integer,
    evntlog_ord_id integer,
    evntlog_dispatched timestamp with time zone,
    evntlog_action text,
    evntlog_warehous_id integer,
    evntlog_number text,
    evntlog_newvalue numeric(20,10),
    evntlog_oldvalue numeric(20,10),
    evntlog_newdate date,
    evntlog_olddate date,
    evntlog_ordtype character(2),
    evntlog_username text,
    PRIMARY KEY (evntlog_id)
);
CREATE TABLE xtuple.evnttype (
    evnttype_id integer NOT NULL,
    evnttype_name text NOT NULL,
    evnttype_descrip text,
    evnttype_module text,
    PRIMARY KEY (evnttype_id),
    UNIQUE (evnttype_name)
);
CREATE TABLE xtuple.expcat (
    expcat_id integer NOT NULL,
    expcat_code text NOT NULL,
    expcat_descrip text,
    expcat_exp_accnt_id integer,
    expcat_liability_accnt_id integer,
    expcat_active boolean,
    expcat_purchprice_accnt_id integer,
    expcat_freight_accnt_id integer,
    PRIMARY KEY (expcat_id),
    UNIQUE (expcat_code)
);
CREATE TABLE xtuple.file (
    file_id integer NOT NULL,
    file_title text NOT NULL,
    file_stream bytea,
    file_descrip text NOT NULL,
    PRIMARY KEY (file_id)
);
CREATE TABLE xtuple.fincharg (
    fincharg_id integer NOT NULL,
    fincharg_mincharg numeric NOT NULL,
    fincharg_graceperiod integer NOT NULL,
    fincharg_assessoverdue boolean NOT NULL,
    fincharg_calcfrom integer NOT NULL,
    fincharg_markoninvoice text NOT NULL,
    fincharg_air numeric NOT NULL,
    fincharg_accnt_id integer NOT NULL,
    fincharg_salescat_id integer NOT NULL,
    fincharg_lastfc_statementcyclefrom text,
    fincharg_lastfc_custidfrom text,
    fincharg_lastfc_custidto text,
    fincharg_lastfc_statementcycleto text,
    PRIMARY KEY (fincharg_id)
);
CREATE TABLE xtuple.flcol (
    flcol_id integer NOT NULL,
    flcol_flhead_id integer NOT NULL,
    flcol_name text,
    flcol_descrip text,
    flcol_report_id integer,
    flcol_month boolean,
    flcol_quarter boolean,
    flcol_year boolean,
    flcol_showdb boolean,
    flcol_prcnt boolean,
    flcol_priortype character(1),
    flcol_priormonth boolean,
    flcol_priorquarter boolean,
    flcol_prioryear character(1),
    flcol_priorprcnt boolean,
    flcol_priordiff boolean,
    flcol_priordiffprcnt boolean,
    flcol_budget boolean,
    flcol_budgetprcnt boolean,
    flcol_budgetdiff boolean,
    flcol_budgetdiffprcnt boolean,
    PRIMARY KEY (flcol_id)
);
CREATE TABLE xtuple.flgrp (
    flgrp_id integer NOT NULL,
    flgrp_flhead_id integer,
    flgrp_flgrp_id integer,
    flgrp_order integer,
    flgrp_name text,
    flgrp_descrip text,
    flgrp_subtotal boolean NOT NULL,
    flgrp_summarize boolean NOT NULL,
    flgrp_subtract boolean NOT NULL,
    flgrp_showstart boolean NOT NULL,
    flgrp_showend boolean NOT NULL,
    flgrp_showdelta boolean NOT NULL,
    flgrp_showbudget boolean NOT NULL,
    flgrp_showstartprcnt boolean NOT NULL,
    flgrp_showendprcnt boolean NOT NULL,
    flgrp_showdeltaprcnt boolean NOT NULL,
    flgrp_showbudgetprcnt boolean NOT NULL,
    flgrp_prcnt_flgrp_id integer NOT NULL,
    flgrp_showdiff boolean NOT NULL,
    flgrp_showdiffprcnt boolean NOT NULL,
    flgrp_showcustom boolean NOT NULL,
    flgrp_showcustomprcnt boolean NOT NULL,
    flgrp_usealtsubtotal boolean NOT NULL,
    flgrp_altsubtotal text,
    PRIMARY KEY (flgrp_id)
);
CREATE TABLE xtuple.flhead (
    flhead_id integer NOT NULL,
    flhead_name text NOT NULL,
    flhead_descrip text,
    flhead_showtotal boolean NOT NULL,
    flhead_showstart boolean NOT NULL,
    flhead_showend boolean NOT NULL,
    flhead_showdelta boolean NOT NULL,
    flhead_showbudget boolean NOT NULL,
    flhead_showdiff boolean NOT NULL,
    flhead_showcustom boolean NOT NULL,
    flhead_custom_label text,
    flhead_usealttotal boolean NOT NULL,
    flhead_alttotal text,
    flhead_usealtbegin boolean NOT NULL,
    flhead_altbegin text,
    flhead_usealtend boolean NOT NULL,
    flhead_altend text,
    flhead_usealtdebits boolean NOT NULL,
    flhead_altdebits text,
    flhead_usealtcredits boolean NOT NULL,
    flhead_altcredits text,
    flhead_usealtbudget boolean NOT NULL,
    flhead_altbudget text,
    flhead_usealtdiff boolean NOT NULL,
    flhead_altdiff text,
    flhead_type character(1) NOT NULL,
    flhead_active boolean NOT NULL,
    flhead_sys boolean,
    flhead_notes text,
    PRIMARY KEY (flhead_id),
    UNIQUE (flhead_name)
);
CREATE TABLE xtuple.flitem (
    flitem_id integer NOT NULL,
    flitem_flhead_id integer,
    flitem_flgrp_id integer,
    flitem_order integer,
    flitem_accnt_id integer,
    flitem_showstart boolean,
    flitem_showend boolean,
    flitem_showdelta boolean,
    flitem_showbudget boolean NOT NULL,
    flitem_subtract boolean NOT NULL,
    flitem_showstartprcnt boolean NOT NULL,
    flitem_showendprcnt boolean NOT NULL,
    flitem_showdeltaprcnt boolean NOT NULL,
    flitem_showbudgetprcnt boolean NOT NULL,
    flitem_prcnt_flgrp_id integer NOT NULL,
    flitem_showdiff boolean NOT NULL,
    flitem_showdiffprcnt boolean NOT NULL,
    flitem_showcustom boolean NOT NULL,
    flitem_showcustomprcnt boolean NOT NULL,
    flitem_custom_source character(1),
    flitem_company text,
    flitem_profit text,
    flitem_number text,
    flitem_sub text,
    flitem_type character(1),
    flitem_subaccnttype_code text,
    PRIMARY KEY (flitem_id)
);
CREATE TABLE xtuple.flnotes (
    flnotes_id integer NOT NULL,
    flnotes_flhead_id integer,
    flnotes_period_id integer,
    flnotes_notes text,
    UNIQUE (flnotes_flhead_id, flnotes_period_id)
);
CREATE TABLE xtuple.flspec (
    flspec_id integer NOT NULL,
    flspec_flhead_id integer NOT NULL,
    flspec_flgrp_id integer NOT NULL,
    flspec_order integer NOT NULL,
    flspec_name text,
    flspec_type text,
    flspec_showstart boolean NOT NULL,
    flspec_showend boolean NOT NULL,
    flspec_showdelta boolean NOT NULL,
    flspec_showbudget boolean NOT NULL,
    flspec_subtract boolean NOT NULL,
    flspec_showstartprcnt boolean NOT NULL,
    flspec_showendprcnt boolean NOT NULL,
    flspec_showdeltaprcnt boolean NOT NULL,
    flspec_showbudgetprcnt boolean NOT NULL,
    flspec_showdiff boolean NOT NULL,
    flspec_showdiffprcnt boolean NOT NULL,
    flspec_prcnt_flgrp_id integer NOT NULL,
    flspec_showcustom boolean NOT NULL,
    flspec_showcustomprcnt boolean NOT NULL,
    flspec_custom_source character(1),
    PRIMARY KEY (flspec_id)
);
CREATE TABLE xtuple.form (
    form_id integer NOT NULL,
    form_name text NOT NULL,
    form_descrip text,
    form_report_id integer,
    form_key character varying(4),
    form_report_name text,
    PRIMARY KEY (form_id),
    UNIQUE (form_name)
);
CREATE TABLE xtuple.freightclass (
    freightclass_id integer NOT NULL,
    freightclass_code text NOT NULL,
    freightclass_descrip text,
    PRIMARY KEY (freightclass_id),
    UNIQUE (freightclass_code)
);
CREATE TABLE xtuple.glseries (
    glseries_id integer NOT NULL,
    glseries_sequence integer,
    glseries_doctype character(2),
    glseries_docnumber text,
    glseries_accnt_id integer,
    glseries_amount numeric(20,2),
    glseries_source text,
    glseries_distdate date,
    glseries_notes text,
    glseries_misc_id integer,
    PRIMARY KEY (glseries_id)
);
CREATE TABLE xtuple.gltrans (
    gltrans_id integer NOT NULL,
    gltrans_exported boolean,
    gltrans_created timestamp with time zone,
    gltrans_date date NOT NULL,
    gltrans_sequence integer,
    gltrans_accnt_id integer NOT NULL,
    gltrans_source text,
    gltrans_docnumber text,
    gltrans_misc_id integer,
    gltrans_amount numeric(20,2) NOT NULL,
    gltrans_notes text,
    gltrans_journalnumber integer,
    gltrans_posted boolean NOT NULL,
    gltrans_doctype text,
    gltrans_rec boolean NOT NULL,
    gltrans_username text NOT NULL,
    gltrans_deleted boolean,
    PRIMARY KEY (gltrans_id)
);
CREATE TABLE xtuple.hnfc (
    hnfc_id integer NOT NULL,
    hnfc_code text NOT NULL,
    PRIMARY KEY (hnfc_id),
    UNIQUE (hnfc_code)
);
CREATE TABLE xtuple.image (
    image_id integer NOT NULL,
    image_name text,
    image_descrip text,
    image_data text,
    PRIMARY KEY (image_id)
);
CREATE TABLE xtuple.imageass (
    imageass_id integer NOT NULL,
    imageass_source_id integer NOT NULL,
    imageass_source text NOT NULL,
    imageass_image_id integer NOT NULL,
    imageass_purpose character(1) NOT NULL,
    PRIMARY KEY (imageass_id)
);
CREATE TABLE xtuple.incdt (
    incdt_id integer NOT NULL,
    incdt_number integer NOT NULL,
    incdt_crmacct_id integer,
    incdt_cntct_id integer,
    incdt_summary text,
    incdt_descrip text,
    incdt_item_id integer,
    incdt_timestamp timestamp without time zone NOT NULL,
    incdt_status character(1) NOT NULL,
    incdt_assigned_username text,
    incdt_incdtcat_id integer,
    incdt_incdtseverity_id integer,
    incdt_incdtpriority_id integer,
    incdt_incdtresolution_id integer,
    incdt_lotserial text,
    incdt_ls_id integer,
    incdt_aropen_id integer,
    incdt_owner_username text,
    incdt_recurring_incdt_id integer,
    incdt_updated timestamp without time zone NOT NULL,
    incdt_prj_id integer,
    incdt_public boolean,
    PRIMARY KEY (incdt_id)
);
CREATE TABLE xtuple.incdtcat (
    incdtcat_id integer NOT NULL,
    incdtcat_name text NOT NULL,
    incdtcat_order integer,
    incdtcat_descrip text,
    incdtcat_ediprofile_id integer,
    PRIMARY KEY (incdtcat_id),
    UNIQUE (incdtcat_name)
);
CREATE TABLE xtuple.incdthist (
    incdthist_id integer NOT NULL,
    incdthist_incdt_id integer NOT NULL,
    incdthist_change character(1),
    incdthist_target_id integer,
    incdthist_timestamp timestamp without time zone NOT NULL,
    incdthist_username text NOT NULL,
    incdthist_descrip text,
    PRIMARY KEY (incdthist_id)
);
CREATE TABLE xtuple.incdtpriority (
    incdtpriority_id integer NOT NULL,
    incdtpriority_name text NOT NULL,
    incdtpriority_order integer,
    incdtpriority_descrip text,
    PRIMARY KEY (incdtpriority_id),
    UNIQUE (incdtpriority_name)
);
CREATE TABLE xtuple.incdtresolution (
    incdtresolution_id integer NOT NULL,
    incdtresolution_name text NOT NULL,
    incdtresolution_order integer,
    incdtresolution_descrip text,
    PRIMARY KEY (incdtresolution_id),
    UNIQUE (incdtresolution_name)
);
CREATE TABLE xtuple.incdtseverity (
    incdtseverity_id integer NOT NULL,
    incdtseverity_name text NOT NULL,
    incdtseverity_order integer,
    incdtseverity_descrip text,
    PRIMARY KEY (incdtseverity_id),
    UNIQUE (incdtseverity_name)
);
CREATE TABLE xtuple.invbal (
    invbal_id integer NOT NULL,
    invbal_period_id integer,
    invbal_itemsite_id integer,
    invbal_qoh_beginning numeric(18,6) NOT NULL,
    invbal_qoh_ending numeric(18,6) NOT NULL,
    invbal_qty_in numeric(18,6) NOT NULL,
    invbal_qty_out numeric(18,6) NOT NULL,
    invbal_value_beginning numeric(12,2) NOT NULL,
    invbal_value_ending numeric(12,2) NOT NULL,
    invbal_value_in numeric(12,2) NOT NULL,
    invbal_value_out numeric(12,2) NOT NULL,
    invbal_nn_beginning numeric(18,6) NOT NULL,
    invbal_nn_ending numeric(18,6) NOT NULL,
    invbal_nn_in numeric(18,6) NOT NULL,
    invbal_nn_out numeric(18,6) NOT NULL,
    invbal_nnval_beginning numeric(12,2) NOT NULL,
    invbal_nnval_ending numeric(12,2) NOT NULL,
    invbal_nnval_in numeric(12,2) NOT NULL,
    invbal_nnval_out numeric(12,2) NOT NULL,
    invbal_dirty boolean NOT NULL,
    PRIMARY KEY (invbal_id)
);
CREATE TABLE xtuple.invchead (
    invchead_id integer NOT NULL,
    invchead_cust_id integer NOT NULL,
    invchead_shipto_id integer,
    invchead_ordernumber text,
    invchead_orderdate date,
    invchead_posted boolean NOT NULL,
    invchead_printed boolean NOT NULL,
    invchead_invcnumber text NOT NULL,
    invchead_invcdate date NOT NULL,
    invchead_shipdate date,
    invchead_ponumber text,
    invchead_shipvia text,
    invchead_fob text,
    invchead_billto_name text,
    invchead_billto_address1 text,
    invchead_billto_address2 text,
    invchead_billto_address3 text,
    invchead_billto_city text,
    invchead_billto_state text,
    invchead_billto_zipcode text,
    invchead_billto_phone text,
    invchead_shipto_name text,
    invchead_shipto_address1 text,
    invchead_shipto_address2 text,
    invchead_shipto_address3 text,
    invchead_shipto_city text,
    invchead_shipto_state text,
    invchead_shipto_zipcode text,
    invchead_shipto_phone text,
    invchead_salesrep_id integer,
    invchead_commission numeric(20,10) NOT NULL,
    invchead_terms_id integer,
    invchead_freight numeric(16,2) NOT NULL,
    invchead_misc_amount numeric(16,2) NOT NULL,
    invchead_misc_descrip text,
    invchead_misc_accnt_id integer,
    invchead_payment numeric(16,2),
    invchead_paymentref text,
    invchead_notes text,
    invchead_billto_country text,
    invchead_shipto_country text,
    invchead_prj_id integer,
    invchead_curr_id integer,
    invchead_gldistdate date,
    invchead_recurring boolean NOT NULL,
    invchead_recurring_interval integer,
    invchead_recurring_type text,
    invchead_recurring_until date,
    invchead_recurring_invchead_id integer,
    invchead_shipchrg_id integer,
    invchead_taxzone_id integer,
    invchead_void boolean,
    invchead_saletype_id integer,
    invchead_shipzone_id integer,
    PRIMARY KEY (invchead_id)
);
CREATE TABLE xtuple.invcheadtax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.invcitem (
    invcitem_id integer NOT NULL,
    invcitem_invchead_id integer NOT NULL,
    invcitem_linenumber integer,
    invcitem_item_id integer,
    invcitem_warehous_id integer,
    invcitem_custpn text,
    invcitem_number text,
    invcitem_descrip text,
    invcitem_ordered numeric(20,6) NOT NULL,
    invcitem_billed numeric(20,6) NOT NULL,
    invcitem_custprice numeric(20,4),
    invcitem_price numeric(20,4) NOT NULL,
    invcitem_notes text,
    invcitem_salescat_id integer,
    invcitem_taxtype_id integer,
    invcitem_qty_uom_id integer,
    invcitem_qty_invuomratio numeric(20,10) NOT NULL,
    invcitem_price_uom_id integer,
    invcitem_price_invuomratio numeric(20,10) NOT NULL,
    invcitem_coitem_id integer,
    invcitem_updateinv boolean,
    invcitem_rev_accnt_id integer,
    PRIMARY KEY (invcitem_id)
);
CREATE TABLE xtuple.invcitemtax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.invcnt (
    invcnt_id integer NOT NULL,
    invcnt_itemsite_id integer,
    invcnt_tagdate timestamp with time zone,
    invcnt_cntdate timestamp with time zone,
    invcnt_qoh_before numeric(18,6),
    invcnt_qoh_after numeric(18,6),
    invcnt_matcost numeric(16,6),
    invcnt_posted boolean,
    invcnt_postdate timestamp with time zone,
    invcnt_comments text,
    invcnt_priority boolean,
    invcnt_tagnumber text,
    invcnt_invhist_id integer,
    invcnt_location_id integer,
    invcnt_cnt_username text,
    invcnt_post_username text,
    invcnt_tag_username text,
    PRIMARY KEY (invcnt_id)
);
CREATE TABLE xtuple.invdetail (
    invdetail_id integer NOT NULL,
    invdetail_transtype character(2),
    invdetail_invhist_id integer,
    invdetail_location_id integer,
    invdetail_qty numeric(18,6),
    invdetail_comments text,
    invdetail_qty_before numeric(18,6),
    invdetail_qty_after numeric(18,6),
    invdetail_invcitem_id integer,
    invdetail_expiration date,
    invdetail_warrpurc date,
    invdetail_ls_id integer,
    PRIMARY KEY (invdetail_id)
);
CREATE TABLE xtuple.invhist (
    invhist_id integer NOT NULL,
    invhist_itemsite_id integer,
    invhist_transdate timestamp with time zone,
    invhist_transtype character(2),
    invhist_invqty numeric(18,6),
    invhist_invuom text,
    invhist_ordnumber text,
    invhist_docnumber text,
    invhist_qoh_before numeric(18,6),
    invhist_qoh_after numeric(18,6),
    invhist_unitcost numeric(16,6),
    invhist_acct_id integer,
    invhist_xfer_warehous_id integer,
    invhist_comments text,
    invhist_posted boolean,
    invhist_imported boolean,
    invhist_hasdetail boolean,
    invhist_ordtype text,
    invhist_analyze boolean,
    invhist_user text,
    invhist_created timestamp with time zone NOT NULL,
    invhist_costmethod character(1) NOT NULL,
    invhist_value_before numeric(12,2) NOT NULL,
    invhist_value_after numeric(12,2) NOT NULL,
    invhist_series integer,
    PRIMARY KEY (invhist_id)
);
CREATE TABLE xtuple.invhistexpcat (
    invhistexpcat_id integer NOT NULL,
    invhistexpcat_invhist_id integer NOT NULL,
    invhistexpcat_expcat_id integer NOT NULL,
    PRIMARY KEY (invhistexpcat_id),
    UNIQUE (invhistexpcat_invhist_id, invhistexpcat_expcat_id)
);
CREATE TABLE xtuple.ipsass (
    ipsass_id integer NOT NULL,
    ipsass_ipshead_id integer NOT NULL,
    ipsass_cust_id integer,
    ipsass_custtype_id integer,
    ipsass_custtype_pattern text,
    ipsass_shipto_id integer,
    ipsass_shipto_pattern text,
    PRIMARY KEY (ipsass_id)
);
CREATE TABLE xtuple.ipsfreight (
    ipsfreight_id integer NOT NULL,
    ipsfreight_ipshead_id integer NOT NULL,
    ipsfreight_qtybreak numeric NOT NULL,
    ipsfreight_price numeric NOT NULL,
    ipsfreight_type character(1) NOT NULL,
    ipsfreight_warehous_id integer,
    ipsfreight_shipzone_id integer,
    ipsfreight_freightclass_id integer,
    ipsfreight_shipvia text,
    PRIMARY KEY (ipsfreight_id)
);
CREATE TABLE xtuple.ipshead (
    ipshead_id integer NOT NULL,
    ipshead_name text NOT NULL,
    ipshead_descrip text,
    ipshead_effective date,
    ipshead_expires date,
    ipshead_curr_id integer NOT NULL,
    ipshead_updated date,
    PRIMARY KEY (ipshead_id)
);
CREATE TABLE xtuple.ipsitemchar (
    ipsitemchar_id integer NOT NULL,
    ipsitemchar_ipsitem_id integer NOT NULL,
    ipsitemchar_char_id integer NOT NULL,
    ipsitemchar_value text NOT NULL,
    ipsitemchar_price numeric(16,4),
    PRIMARY KEY (ipsitemchar_id),
    UNIQUE (ipsitemchar_ipsitem_id, ipsitemchar_char_id, ipsitemchar_value),
    UNIQUE (ipsitemchar_ipsitem_id, ipsitemchar_char_id, ipsitemchar_value)
);
CREATE TABLE xtuple.ipsiteminfo (
    ipsitem_id integer NOT NULL,
    ipsitem_ipshead_id integer,
    ipsitem_item_id integer,
    ipsitem_qtybreak numeric(18,6) NOT NULL,
    ipsitem_price numeric(16,4) NOT NULL,
    ipsitem_qty_uom_id integer,
    ipsitem_price_uom_id integer,
    ipsitem_discntprcnt numeric(10,6) NOT NULL,
    ipsitem_fixedamtdiscount numeric(16,4) NOT NULL,
    ipsitem_prodcat_id integer,
    ipsitem_type character(1) NOT NULL,
    ipsitem_warehous_id integer,
    PRIMARY KEY (ipsitem_id),
    UNIQUE (ipsitem_ipshead_id, ipsitem_item_id, ipsitem_prodcat_id, ipsitem_qtybreak, ipsitem_qty_uom_id, ipsitem_price_uom_id)
);
CREATE TABLE xtuple.item (
    item_id integer NOT NULL,
    item_number text NOT NULL,
    item_descrip1 text NOT NULL,
    item_descrip2 text NOT NULL,
    item_classcode_id integer NOT NULL,
    item_picklist boolean NOT NULL,
    item_comments text,
    item_sold boolean NOT NULL,
    item_fractional boolean NOT NULL,
    item_active boolean NOT NULL,
    item_type character(1) NOT NULL,
    item_prodweight numeric(16,2) NOT NULL,
    item_packweight numeric(16,2) NOT NULL,
    item_prodcat_id integer NOT NULL,
    item_exclusive boolean NOT NULL,
    item_listprice numeric(16,4) NOT NULL,
    item_config boolean,
    item_extdescrip text,
    item_upccode text,
    item_maxcost numeric(16,6) NOT NULL,
    item_inv_uom_id integer NOT NULL,
    item_price_uom_id integer NOT NULL,
    item_warrdays integer,
    item_freightclass_id integer,
    item_tax_recoverable boolean NOT NULL,
    item_listcost numeric(16,6) NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE xtuple.itemalias (
    itemalias_id integer NOT NULL,
    itemalias_item_id integer NOT NULL,
    itemalias_number text NOT NULL,
    itemalias_comments text,
    itemalias_usedescrip boolean NOT NULL,
    itemalias_descrip1 text,
    itemalias_descrip2 text,
    itemalias_crmacct_id integer,
    PRIMARY KEY (itemalias_id)
);
CREATE TABLE xtuple.itemcost (
    itemcost_id integer NOT NULL,
    itemcost_item_id integer NOT NULL,
    itemcost_costelem_id integer NOT NULL,
    itemcost_lowlevel boolean NOT NULL,
    itemcost_stdcost numeric(16,6) NOT NULL,
    itemcost_posted date,
    itemcost_actcost numeric(16,6) NOT NULL,
    itemcost_updated date,
    itemcost_curr_id integer NOT NULL,
    PRIMARY KEY (itemcost_id)
);
CREATE TABLE xtuple.itemgrp (
    itemgrp_id integer NOT NULL,
    itemgrp_name text NOT NULL,
    itemgrp_descrip text,
    itemgrp_catalog boolean NOT NULL,
    PRIMARY KEY (itemgrp_id),
    UNIQUE (itemgrp_name)
);
CREATE TABLE xtuple.itemgrpitem (
    itemgrpitem_id integer NOT NULL,
    itemgrpitem_itemgrp_id integer,
    itemgrpitem_item_id integer,
    itemgrpitem_item_type character(1) NOT NULL,
    PRIMARY KEY (itemgrpitem_id),
    UNIQUE (itemgrpitem_itemgrp_id, itemgrpitem_item_id, itemgrpitem_item_type)
);
CREATE TABLE xtuple.itemloc (
    itemloc_id integer NOT NULL,
    itemloc_itemsite_id integer NOT NULL,
    itemloc_location_id integer NOT NULL,
    itemloc_qty numeric(18,6) NOT NULL,
    itemloc_expiration date NOT NULL,
    itemloc_consolflag boolean,
    itemloc_ls_id integer,
    itemloc_warrpurc date,
    PRIMARY KEY (itemloc_id)
);
CREATE TABLE xtuple.itemlocdist (
    itemlocdist_id integer NOT NULL,
    itemlocdist_itemlocdist_id integer,
    itemlocdist_source_type character(1),
    itemlocdist_source_id integer,
    itemlocdist_qty numeric(18,6),
    itemlocdist_series integer,
    itemlocdist_invhist_id integer,
    itemlocdist_itemsite_id integer,
    itemlocdist_reqlotserial boolean,
    itemlocdist_flush boolean,
    itemlocdist_expiration date,
    itemlocdist_distlotserial boolean,
    itemlocdist_warranty date,
    itemlocdist_ls_id integer,
    itemlocdist_order_type text,
    itemlocdist_order_id integer,
    PRIMARY KEY (itemlocdist_id)
);
CREATE TABLE xtuple.itemlocpost (
    itemlocpost_id integer NOT NULL,
    itemlocpost_itemlocseries integer,
    itemlocpost_glseq integer,
    PRIMARY KEY (itemlocpost_id)
);
CREATE TABLE xtuple.itemsite (
    itemsite_id integer NOT NULL,
    itemsite_item_id integer NOT NULL,
    itemsite_warehous_id integer,
    itemsite_qtyonhand numeric(18,6) NOT NULL,
    itemsite_reorderlevel numeric(18,6) NOT NULL,
    itemsite_ordertoqty numeric(18,6) NOT NULL,
    itemsite_cyclecountfreq integer NOT NULL,
    itemsite_datelastcount date,
    itemsite_datelastused date,
    itemsite_loccntrl boolean NOT NULL,
    itemsite_safetystock numeric(18,6) NOT NULL,
    itemsite_minordqty numeric(18,6) NOT NULL,
    itemsite_multordqty numeric(18,6) NOT NULL,
    itemsite_leadtime integer NOT NULL,
    itemsite_abcclass character(1),
    itemsite_issuemethod character(1),
    itemsite_controlmethod character(1),
    itemsite_active boolean NOT NULL,
    itemsite_plancode_id integer NOT NULL,
    itemsite_costcat_id integer NOT NULL,
    itemsite_eventfence integer NOT NULL,
    itemsite_sold boolean NOT NULL,
    itemsite_stocked boolean NOT NULL,
    itemsite_freeze boolean NOT NULL,
    itemsite_location_id integer NOT NULL,
    itemsite_useparams boolean NOT NULL,
    itemsite_useparamsmanual boolean NOT NULL,
    itemsite_soldranking integer,
    itemsite_createpr boolean,
    itemsite_location text,
    itemsite_location_comments text,
    itemsite_notes text,
    itemsite_perishable boolean NOT NULL,
    itemsite_nnqoh numeric(18,6) NOT NULL,
    itemsite_autoabcclass boolean NOT NULL,
    itemsite_ordergroup integer NOT NULL,
    itemsite_disallowblankwip boolean NOT NULL,
    itemsite_maxordqty numeric(18,6) NOT NULL,
    itemsite_mps_timefence integer NOT NULL,
    itemsite_createwo boolean NOT NULL,
    itemsite_warrpurc boolean NOT NULL,
    itemsite_autoreg boolean,
    itemsite_costmethod character(1) NOT NULL,
    itemsite_value numeric(12,2) NOT NULL,
    itemsite_ordergroup_first boolean NOT NULL,
    itemsite_supply_itemsite_id integer,
    itemsite_planning_type character(1) NOT NULL,
    itemsite_wosupply boolean NOT NULL,
    itemsite_posupply boolean NOT NULL,
    itemsite_lsseq_id integer,
    itemsite_cosdefault character(1),
    itemsite_createsopr boolean,
    itemsite_createsopo boolean,
    itemsite_dropship boolean,
    itemsite_recvlocation_id integer NOT NULL,
    itemsite_issuelocation_id integer NOT NULL,
    itemsite_location_dist boolean NOT NULL,
    itemsite_recvlocation_dist boolean NOT NULL,
    itemsite_issuelocation_dist boolean NOT NULL,
    PRIMARY KEY (itemsite_id)
);
CREATE TABLE xtuple.itemsrc (
    itemsrc_id integer NOT NULL,
    itemsrc_item_id integer NOT NULL,
    itemsrc_vend_id integer NOT NULL,
    itemsrc_vend_item_number text,
    itemsrc_vend_item_descrip text,
    itemsrc_comments text,
    itemsrc_vend_uom text NOT NULL,
    itemsrc_invvendoruomratio numeric(20,10) NOT NULL,
    itemsrc_minordqty numeric(18,6) NOT NULL,
    itemsrc_multordqty numeric(18,6) NOT NULL,
    itemsrc_leadtime integer NOT NULL,
    itemsrc_ranking integer NOT NULL,
    itemsrc_active boolean NOT NULL,
    itemsrc_manuf_name text NOT NULL,
    itemsrc_manuf_item_number text NOT NULL,
    itemsrc_manuf_item_descrip text,
    itemsrc_default boolean,
    itemsrc_upccode text,
    itemsrc_effective date NOT NULL,
    itemsrc_expires date NOT NULL,
    itemsrc_contrct_id integer,
    itemsrc_contrct_max numeric(18,6) NOT NULL,
    itemsrc_contrct_min numeric(18,6) NOT NULL,
    PRIMARY KEY (itemsrc_id),
    UNIQUE (itemsrc_vend_id, itemsrc_item_id, itemsrc_effective, itemsrc_expires, itemsrc_vend_item_number, itemsrc_manuf_name, itemsrc_manuf_item_number, itemsrc_contrct_id)
);
CREATE TABLE xtuple.itemsrcp (
    itemsrcp_id integer NOT NULL,
    itemsrcp_itemsrc_id integer NOT NULL,
    itemsrcp_qtybreak numeric(18,6) NOT NULL,
    itemsrcp_price numeric(16,6),
    itemsrcp_updated date,
    itemsrcp_curr_id integer NOT NULL,
    itemsrcp_dropship boolean NOT NULL,
    itemsrcp_warehous_id integer NOT NULL,
    itemsrcp_type character(1) NOT NULL,
    itemsrcp_discntprcnt numeric(16,6),
    itemsrcp_fixedamtdiscount numeric(16,6),
    PRIMARY KEY (itemsrcp_id),
    UNIQUE (itemsrcp_itemsrc_id, itemsrcp_warehous_id, itemsrcp_dropship, itemsrcp_qtybreak)
);
CREATE TABLE xtuple.itemsub (
    itemsub_id integer NOT NULL,
    itemsub_parent_item_id integer NOT NULL,
    itemsub_sub_item_id integer NOT NULL,
    itemsub_uomratio numeric(20,10) NOT NULL,
    itemsub_rank integer NOT NULL,
    PRIMARY KEY (itemsub_id),
    UNIQUE (itemsub_parent_item_id, itemsub_sub_item_id)
);
CREATE TABLE xtuple.itemtax (
    itemtax_id integer NOT NULL,
    itemtax_item_id integer NOT NULL,
    itemtax_taxtype_id integer NOT NULL,
    itemtax_taxzone_id integer,
    PRIMARY KEY (itemtax_id)
);
CREATE TABLE xtuple.itemtrans (
    itemtrans_id integer NOT NULL,
    itemtrans_source_item_id integer,
    itemtrans_target_item_id integer,
    PRIMARY KEY (itemtrans_id),
    UNIQUE (itemtrans_source_item_id, itemtrans_target_item_id)
);
CREATE TABLE xtuple.itemuom (
    itemuom_id integer NOT NULL,
    itemuom_itemuomconv_id integer NOT NULL,
    itemuom_uomtype_id integer NOT NULL,
    PRIMARY KEY (itemuom_id)
);
CREATE TABLE xtuple.itemuomconv (
    itemuomconv_id integer NOT NULL,
    itemuomconv_item_id integer NOT NULL,
    itemuomconv_from_uom_id integer NOT NULL,
    itemuomconv_from_value numeric(20,10) NOT NULL,
    itemuomconv_to_uom_id integer NOT NULL,
    itemuomconv_to_value numeric(20,10) NOT NULL,
    itemuomconv_fractional boolean NOT NULL,
    PRIMARY KEY (itemuomconv_id)
);
CREATE TABLE xtuple.jrnluse (
    jrnluse_id integer NOT NULL,
    jrnluse_date timestamp without time zone,
    jrnluse_number integer,
    jrnluse_use text,
    PRIMARY KEY (jrnluse_id)
);
CREATE TABLE xtuple.labeldef (
    labeldef_id integer NOT NULL,
    labeldef_name text NOT NULL,
    labeldef_papersize text NOT NULL,
    labeldef_columns integer NOT NULL,
    labeldef_rows integer NOT NULL,
    labeldef_width integer NOT NULL,
    labeldef_height integer NOT NULL,
    labeldef_start_offset_x integer NOT NULL,
    labeldef_start_offset_y integer NOT NULL,
    labeldef_horizontal_gap integer NOT NULL,
    labeldef_vertical_gap integer NOT NULL,
    PRIMARY KEY (labeldef_id)
);
CREATE TABLE xtuple.labelform (
    labelform_id integer NOT NULL,
    labelform_name text NOT NULL,
    labelform_report_id integer,
    labelform_perpage integer,
    labelform_report_name text,
    PRIMARY KEY (labelform_id),
    UNIQUE (labelform_name)
);
CREATE TABLE xtuple.location (
    location_id integer NOT NULL,
    location_warehous_id integer NOT NULL,
    location_name text NOT NULL,
    location_descrip text,
    location_restrict boolean,
    location_netable boolean,
    location_whsezone_id integer,
    location_aisle text,
    location_rack text,
    location_bin text,
    PRIMARY KEY (location_id)
);
CREATE TABLE xtuple.locitem (
    locitem_id integer NOT NULL,
    locitem_location_id integer,
    locitem_item_id integer,
    PRIMARY KEY (locitem_id)
);
CREATE TABLE xtuple.msg (
    msg_id integer NOT NULL,
    msg_posted timestamp with time zone,
    msg_scheduled timestamp with time zone,
    msg_text text,
    msg_expires timestamp with time zone,
    msg_username text,
    PRIMARY KEY (msg_id)
);
CREATE TABLE xtuple.msguser (
    msguser_id integer NOT NULL,
    msguser_msg_id integer,
    msguser_viewed timestamp with time zone,
    msguser_username text,
    PRIMARY KEY (msguser_id)
);
CREATE TABLE xtuple.ophead (
    ophead_id integer NOT NULL,
    ophead_name text NOT NULL,
    ophead_crmacct_id integer,
    ophead_owner_username text,
    ophead_opstage_id integer,
    ophead_opsource_id integer,
    ophead_optype_id integer,
    ophead_probability_prcnt integer,
    ophead_amount numeric(20,4),
    ophead_target_date date,
    ophead_actual_date date,
    ophead_notes text,
    ophead_curr_id integer,
    ophead_active boolean,
    ophead_cntct_id integer,
    ophead_username text,
    ophead_start_date date,
    ophead_assigned_date date,
    ophead_priority_id integer,
    ophead_number text NOT NULL,
    PRIMARY KEY (ophead_id)
);
CREATE TABLE xtuple.opsource (
    opsource_id integer NOT NULL,
    opsource_name text NOT NULL,
    opsource_descrip text,
    PRIMARY KEY (opsource_id),
    UNIQUE (opsource_name)
);
CREATE TABLE xtuple.opstage (
    opstage_id integer NOT NULL,
    opstage_name text NOT NULL,
    opstage_descrip text,
    opstage_order integer NOT NULL,
    opstage_opinactive boolean,
    PRIMARY KEY (opstage_id),
    UNIQUE (opstage_name)
);
CREATE TABLE xtuple.optype (
    optype_id integer NOT NULL,
    optype_name text NOT NULL,
    optype_descrip text,
    PRIMARY KEY (optype_id),
    UNIQUE (optype_name)
);
CREATE TABLE xtuple.orderseq (
    orderseq_id integer NOT NULL,
    orderseq_name text NOT NULL,
    orderseq_number integer,
    orderseq_table text,
    orderseq_numcol text,
    orderseq_seqiss text,
    PRIMARY KEY (orderseq_id),
    UNIQUE (orderseq_name)
);
CREATE TABLE xtuple.pack (
    pack_id integer NOT NULL,
    pack_head_id integer NOT NULL,
    pack_head_type text NOT NULL,
    pack_shiphead_id integer,
    pack_printed boolean NOT NULL,
    PRIMARY KEY (pack_id)
);
CREATE TABLE xtuple.payaropen (
    payaropen_ccpay_id integer NOT NULL,
    payaropen_aropen_id integer NOT NULL,
    payaropen_amount numeric(20,2) NOT NULL,
    payaropen_curr_id integer,
    PRIMARY KEY (payaropen_ccpay_id, payaropen_aropen_id)
);
CREATE TABLE xtuple.payco (
    payco_ccpay_id integer NOT NULL,
    payco_cohead_id integer NOT NULL,
    payco_amount numeric(20,2) NOT NULL,
    payco_curr_id integer
);
CREATE TABLE xtuple.period (
    period_id integer NOT NULL,
    period_start date,
    period_end date,
    period_closed boolean,
    period_freeze boolean,
    period_initial boolean,
    period_name text,
    period_yearperiod_id integer,
    period_quarter integer,
    period_number integer NOT NULL,
    PRIMARY KEY (period_id)
);
CREATE TABLE xtuple.plancode (
    plancode_id integer NOT NULL,
    plancode_code text NOT NULL,
    plancode_name text,
    plancode_mpsexplosion character(1),
    plancode_consumefcst boolean,
    plancode_mrpexcp_resched boolean,
    plancode_mrpexcp_delete boolean,
    PRIMARY KEY (plancode_id),
    UNIQUE (plancode_code)
);
CREATE TABLE xtuple.pohead (
    pohead_id integer NOT NULL,
    pohead_status character(1),
    pohead_number text NOT NULL,
    pohead_orderdate date,
    pohead_vend_id integer,
    pohead_fob text,
    pohead_shipvia text,
    pohead_comments text,
    pohead_freight numeric(16,2),
    pohead_printed boolean,
    pohead_terms_id integer,
    pohead_warehous_id integer,
    pohead_vendaddr_id integer,
    pohead_agent_username text,
    pohead_curr_id integer,
    pohead_saved boolean NOT NULL,
    pohead_taxzone_id integer,
    pohead_taxtype_id integer,
    pohead_dropship boolean,
    pohead_vend_cntct_id integer,
    pohead_vend_cntct_honorific text,
    pohead_vend_cntct_first_name text,
    pohead_vend_cntct_middle text,
    pohead_vend_cntct_last_name text,
    pohead_vend_cntct_suffix text,
    pohead_vend_cntct_phone text,
    pohead_vend_cntct_title text,
    pohead_vend_cntct_fax text,
    pohead_vend_cntct_email text,
    pohead_vendaddress1 text,
    pohead_vendaddress2 text,
    pohead_vendaddress3 text,
    pohead_vendcity text,
    pohead_vendstate text,
    pohead_vendzipcode text,
    pohead_vendcountry text,
    pohead_shipto_cntct_id integer,
    pohead_shipto_cntct_honorific text,
    pohead_shipto_cntct_first_name text,
    pohead_shipto_cntct_middle text,
    pohead_shipto_cntct_last_name text,
    pohead_shipto_cntct_suffix text,
    pohead_shipto_cntct_phone text,
    pohead_shipto_cntct_title text,
    pohead_shipto_cntct_fax text,
    pohead_shipto_cntct_email text,
    pohead_shiptoaddress_id integer,
    pohead_shiptoaddress1 text,
    pohead_shiptoaddress2 text,
    pohead_shiptoaddress3 text,
    pohead_shiptocity text,
    pohead_shiptostate text,
    pohead_shiptozipcode text,
    pohead_shiptocountry text,
    pohead_cohead_id integer,
    pohead_released date,
    pohead_shiptoname text,
    PRIMARY KEY (pohead_id)
);
CREATE TABLE xtuple.poitem (
    poitem_id integer NOT NULL,
    poitem_status character(1),
    poitem_pohead_id integer,
    poitem_linenumber integer,
    poitem_duedate date,
    poitem_itemsite_id integer,
    poitem_vend_item_descrip text,
    poitem_vend_uom text,
    poitem_invvenduomratio numeric(20,10),
    poitem_qty_ordered numeric(18,6) NOT NULL,
    poitem_qty_received numeric(18,6) NOT NULL,
    poitem_qty_returned numeric(18,6) NOT NULL,
    poitem_qty_vouchered numeric(18,6) NOT NULL,
    poitem_unitprice numeric(16,6),
    poitem_vend_item_number text,
    poitem_comments text,
    poitem_qty_toreceive numeric(18,6),
    poitem_expcat_id integer,
    poitem_itemsrc_id integer,
    poitem_freight numeric(16,4) NOT NULL,
    poitem_freight_received numeric(16,4) NOT NULL,
    poitem_freight_vouchered numeric(16,4) NOT NULL,
    poitem_prj_id integer,
    poitem_stdcost numeric(16,6),
    poitem_bom_rev_id integer,
    poitem_boo_rev_id integer,
    poitem_manuf_name text,
    poitem_manuf_item_number text,
    poitem_manuf_item_descrip text,
    poitem_taxtype_id integer,
    poitem_tax_recoverable boolean NOT NULL,
    poitem_rlsd_duedate date,
    poitem_order_id integer,
    poitem_order_type character(1),
    PRIMARY KEY (poitem_id)
);
CREATE TABLE xtuple.poreject (
    poreject_id integer NOT NULL,
    poreject_date timestamp with time zone,
    poreject_ponumber text,
    poreject_itemsite_id integer,
    poreject_vend_id integer,
    poreject_vend_item_number text,
    poreject_vend_item_descrip text,
    poreject_vend_uom text,
    poreject_qty numeric(18,6),
    poreject_posted boolean,
    poreject_rjctcode_id integer,
    poreject_poitem_id integer,
    poreject_invoiced boolean,
    poreject_vohead_id integer,
    poreject_agent_username text,
    poreject_voitem_id integer,
    poreject_value numeric(18,6),
    poreject_trans_username text,
    poreject_recv_id integer,
    PRIMARY KEY (poreject_id)
);
CREATE TABLE xtuple.pr (
    pr_id integer NOT NULL,
    pr_number integer,
    pr_subnumber integer,
    pr_status character(1),
    pr_order_type character(1),
    pr_order_id integer,
    pr_poitem_id integer,
    pr_duedate date,
    pr_itemsite_id integer,
    pr_qtyreq numeric(18,6),
    pr_prj_id integer,
    pr_releasenote text,
    pr_createdate timestamp without time zone,
    PRIMARY KEY (pr_id)
);
CREATE TABLE xtuple.prftcntr (
    prftcntr_id integer NOT NULL,
    prftcntr_number text NOT NULL,
    prftcntr_descrip text,
    PRIMARY KEY (prftcntr_id),
    UNIQUE (prftcntr_number)
);
CREATE TABLE xtuple.prj (
    prj_id integer NOT NULL,
    prj_number text NOT NULL,
    prj_name text NOT NULL,
    prj_descrip text,
    prj_status character(1) NOT NULL,
    prj_so boolean,
    prj_wo boolean,
    prj_po boolean,
    prj_owner_username text,
    prj_start_date date,
    prj_due_date date,
    prj_assigned_date date,
    prj_completed_date date,
    prj_username text,
    prj_recurring_prj_id integer,
    prj_crmacct_id integer,
    prj_cntct_id integer,
    prj_prjtype_id integer,
    PRIMARY KEY (prj_id)
);
CREATE TABLE xtuple.prjtask (
    prjtask_id integer NOT NULL,
    prjtask_number text NOT NULL,
    prjtask_name text NOT NULL,
    prjtask_descrip text,
    prjtask_prj_id integer NOT NULL,
    prjtask_anyuser boolean,
    prjtask_status character(1) NOT NULL,
    prjtask_hours_budget numeric(18,6) NOT NULL,
    prjtask_hours_actual numeric(18,6) NOT NULL,
    prjtask_exp_budget numeric(16,4) NOT NULL,
    prjtask_exp_actual numeric(16,4) NOT NULL,
    prjtask_owner_username text,
    prjtask_start_date date,
    prjtask_due_date date,
    prjtask_assigned_date date,
    prjtask_completed_date date,
    prjtask_username text,
    PRIMARY KEY (prjtask_id)
);
CREATE TABLE xtuple.prjtaskuser (
    prjtaskuser_id integer NOT NULL,
    prjtaskuser_prjtask_id integer,
    prjtaskuser_username text,
    PRIMARY KEY (prjtaskuser_id)
);
CREATE TABLE xtuple.prjtype (
    prjtype_id integer NOT NULL,
    prjtype_code text,
    prjtype_descr text,
    prjtype_active boolean,
    PRIMARY KEY (prjtype_id),
    UNIQUE (prjtype_code)
);
CREATE TABLE xtuple.prodcat (
    prodcat_id integer NOT NULL,
    prodcat_code text NOT NULL,
    prodcat_descrip text,
    PRIMARY KEY (prodcat_id),
    UNIQUE (prodcat_code)
);
CREATE TABLE xtuple.prospect (
    prospect_id integer NOT NULL,
    prospect_active boolean NOT NULL,
    prospect_number text NOT NULL,
    prospect_name text NOT NULL,
    prospect_cntct_id integer,
    prospect_comments text,
    prospect_created date NOT NULL,
    prospect_salesrep_id integer,
    prospect_warehous_id integer,
    prospect_taxzone_id integer,
    PRIMARY KEY (prospect_id)
);
CREATE TABLE xtuple.quhead (
    quhead_id integer NOT NULL,
    quhead_number text NOT NULL,
    quhead_cust_id integer NOT NULL,
    quhead_quotedate date,
    quhead_shipto_id integer,
    quhead_shiptoname text,
    quhead_shiptoaddress1 text,
    quhead_shiptoaddress2 text,
    quhead_shiptoaddress3 text,
    quhead_shiptocity text,
    quhead_shiptostate text,
    quhead_shiptozipcode text,
    quhead_shiptophone text,
    quhead_salesrep_id integer,
    quhead_terms_id integer,
    quhead_freight numeric(16,4),
    quhead_ordercomments text,
    quhead_shipcomments text,
    quhead_billtoname text,
    quhead_billtoaddress1 text,
    quhead_billtoaddress2 text,
    quhead_billtoaddress3 text,
    quhead_billtocity text,
    quhead_billtostate text,
    quhead_billtozip text,
    quhead_commission numeric(16,4),
    quhead_custponumber text,
    quhead_fob text,
    quhead_shipvia text,
    quhead_warehous_id integer,
    quhead_packdate date,
    quhead_prj_id integer,
    quhead_misc numeric(16,4) NOT NULL,
    quhead_misc_accnt_id integer,
    quhead_misc_descrip text,
    quhead_billtocountry text,
    quhead_shiptocountry text,
    quhead_curr_id integer,
    quhead_imported boolean,
    quhead_expire date,
    quhead_calcfreight boolean NOT NULL,
    quhead_shipto_cntct_id integer,
    quhead_shipto_cntct_honorific text,
    quhead_shipto_cntct_first_name text,
    quhead_shipto_cntct_middle text,
    quhead_shipto_cntct_last_name text,
    quhead_shipto_cntct_suffix text,
    quhead_shipto_cntct_phone text,
    quhead_shipto_cntct_title text,
    quhead_shipto_cntct_fax text,
    quhead_shipto_cntct_email text,
    quhead_billto_cntct_id integer,
    quhead_billto_cntct_honorific text,
    quhead_billto_cntct_first_name text,
    quhead_billto_cntct_middle text,
    quhead_billto_cntct_last_name text,
    quhead_billto_cntct_suffix text,
    quhead_billto_cntct_phone text,
    quhead_billto_cntct_title text,
    quhead_billto_cntct_fax text,
    quhead_billto_cntct_email text,
    quhead_taxzone_id integer,
    quhead_taxtype_id integer,
    quhead_ophead_id integer,
    quhead_status text,
    quhead_saletype_id integer,
    quhead_shipzone_id integer,
    PRIMARY KEY (quhead_id)
);
CREATE TABLE xtuple.quitem (
    quitem_id integer NOT NULL,
    quitem_quhead_id integer,
    quitem_linenumber integer,
    quitem_itemsite_id integer,
    quitem_scheddate date,
    quitem_qtyord numeric(18,6),
    quitem_unitcost numeric(16,6),
    quitem_price numeric(16,4),
    quitem_custprice numeric(16,4),
    quitem_memo text,
    quitem_custpn text,
    quitem_createorder boolean,
    quitem_order_warehous_id integer,
    quitem_item_id integer,
    quitem_prcost numeric(16,6),
    quitem_imported boolean,
    quitem_qty_uom_id integer NOT NULL,
    quitem_qty_invuomratio numeric(20,10) NOT NULL,
    quitem_price_uom_id integer NOT NULL,
    quitem_price_invuomratio numeric(20,10) NOT NULL,
    quitem_promdate date,
    quitem_taxtype_id integer,
    quitem_dropship boolean,
    quitem_itemsrc_id integer,
    quitem_pricemode character(1) NOT NULL,
    PRIMARY KEY (quitem_id)
);
CREATE TABLE xtuple.rcalitem (
    rcalitem_id integer NOT NULL,
    rcalitem_calhead_id integer,
    rcalitem_offsettype character(1),
    rcalitem_offsetcount integer,
    rcalitem_periodtype character(1),
    rcalitem_periodcount integer,
    rcalitem_name text,
    PRIMARY KEY (rcalitem_id)
);
CREATE TABLE xtuple.recurtype (
    recurtype_id integer NOT NULL,
    recurtype_type text NOT NULL,
    recurtype_table text NOT NULL,
    recurtype_donecheck text NOT NULL,
    recurtype_schedcol text NOT NULL,
    recurtype_limit text,
    recurtype_copyfunc text NOT NULL,
    recurtype_copyargs text[] NOT NULL,
    recurtype_delfunc text,
    PRIMARY KEY (recurtype_id),
    UNIQUE (recurtype_type)
);
CREATE TABLE xtuple.recv (
    recv_id integer NOT NULL,
    recv_order_type text NOT NULL,
    recv_order_number text NOT NULL,
    recv_orderitem_id integer NOT NULL,
    recv_agent_username text,
    recv_itemsite_id integer,
    recv_vend_id integer,
    recv_vend_item_number text,
    recv_vend_item_descrip text,
    recv_vend_uom text,
    recv_purchcost numeric(16,6),
    recv_purchcost_curr_id integer,
    recv_duedate date,
    recv_qty numeric(18,6),
    recv_recvcost numeric(16,6),
    recv_recvcost_curr_id integer,
    recv_freight numeric(16,4),
    recv_freight_curr_id integer,
    recv_date timestamp with time zone,
    recv_value numeric(18,6),
    recv_posted boolean NOT NULL,
    recv_invoiced boolean NOT NULL,
    recv_vohead_id integer,
    recv_voitem_id integer,
    recv_trans_usr_name text NOT NULL,
    recv_notes text,
    recv_gldistdate date,
    recv_splitfrom_id integer,
    recv_rlsd_duedate date,
    PRIMARY KEY (recv_id)
);
CREATE TABLE xtuple.rjctcode (
    rjctcode_id integer NOT NULL,
    rjctcode_code text NOT NULL,
    rjctcode_descrip text,
    PRIMARY KEY (rjctcode_id),
    UNIQUE (rjctcode_code)
);
CREATE TABLE xtuple.rsncode (
    rsncode_id integer NOT NULL,
    rsncode_code text NOT NULL,
    rsncode_descrip text,
    rsncode_doctype text,
    PRIMARY KEY (rsncode_id),
    UNIQUE (rsncode_code)
);
CREATE TABLE xtuple.sale (
    sale_id integer NOT NULL,
    sale_name text NOT NULL,
    sale_descrip text,
    sale_ipshead_id integer,
    sale_startdate date,
    sale_enddate date,
    PRIMARY KEY (sale_id),
    UNIQUE (sale_name)
);
CREATE TABLE xtuple.salesaccnt (
    salesaccnt_id integer NOT NULL,
    salesaccnt_custtype_id integer,
    salesaccnt_prodcat_id integer,
    salesaccnt_warehous_id integer,
    salesaccnt_sales_accnt_id integer,
    salesaccnt_credit_accnt_id integer,
    salesaccnt_cos_accnt_id integer,
    salesaccnt_custtype text,
    salesaccnt_prodcat text,
    salesaccnt_returns_accnt_id integer,
    salesaccnt_cor_accnt_id integer,
    salesaccnt_cow_accnt_id integer,
    salesaccnt_saletype_id integer,
    salesaccnt_shipzone_id integer,
    PRIMARY KEY (salesaccnt_id)
);
CREATE TABLE xtuple.salescat (
    salescat_id integer NOT NULL,
    salescat_active boolean,
    salescat_name text NOT NULL,
    salescat_descrip text,
    salescat_sales_accnt_id integer,
    salescat_prepaid_accnt_id integer,
    salescat_ar_accnt_id integer,
    PRIMARY KEY (salescat_id),
    UNIQUE (salescat_name)
);
CREATE TABLE xtuple.salesrep (
    salesrep_id integer NOT NULL,
    salesrep_active boolean,
    salesrep_number text NOT NULL,
    salesrep_name text,
    salesrep_commission numeric(8,4),
    salesrep_method character(1),
    salesrep_emp_id integer,
    PRIMARY KEY (salesrep_id)
);
CREATE TABLE xtuple.saletype (
    saletype_id integer NOT NULL,
    saletype_code text NOT NULL,
    saletype_descr text,
    saletype_active boolean NOT NULL,
    PRIMARY KEY (saletype_id)
);
CREATE TABLE xtuple.shift (
    shift_id integer NOT NULL,
    shift_number text NOT NULL,
    shift_name text NOT NULL,
    PRIMARY KEY (shift_id)
);
CREATE TABLE xtuple.shipchrg (
    shipchrg_id integer NOT NULL,
    shipchrg_name text NOT NULL,
    shipchrg_descrip text,
    shipchrg_custfreight boolean,
    shipchrg_handling character(1),
    PRIMARY KEY (shipchrg_id)
);
CREATE TABLE xtuple.shipdata (
    shipdata_cohead_number text NOT NULL,
    shipdata_cosmisc_tracknum text NOT NULL,
    shipdata_cosmisc_packnum_tracknum text NOT NULL,
    shipdata_weight numeric(16,4),
    shipdata_base_freight numeric(16,4),
    shipdata_total_freight numeric(16,4),
    shipdata_shipper text,
    shipdata_billing_option text,
    shipdata_package_type text,
    shipdata_void_ind character(1) NOT NULL,
    shipdata_lastupdated timestamp without time zone NOT NULL,
    shipdata_shiphead_number text,
    shipdata_base_freight_curr_id integer,
    shipdata_total_freight_curr_id integer,
    PRIMARY KEY (shipdata_cohead_number, shipdata_cosmisc_tracknum, shipdata_cosmisc_packnum_tracknum, shipdata_void_ind)
);
CREATE TABLE xtuple.shipdatasum (
    shipdatasum_cohead_number text NOT NULL,
    shipdatasum_cosmisc_tracknum text NOT NULL,
    shipdatasum_cosmisc_packnum_tracknum text NOT NULL,
    shipdatasum_weight numeric(16,4),
    shipdatasum_base_freight numeric(16,4),
    shipdatasum_total_freight numeric(16,4),
    shipdatasum_shipper text,
    shipdatasum_billing_option text,
    shipdatasum_package_type text,
    shipdatasum_lastupdated timestamp without time zone NOT NULL,
    shipdatasum_shipped boolean,
    shipdatasum_shiphead_number text,
    shipdatasum_base_freight_curr_id integer,
    shipdatasum_total_freight_curr_id integer,
    PRIMARY KEY (shipdatasum_cohead_number, shipdatasum_cosmisc_tracknum, shipdatasum_cosmisc_packnum_tracknum)
);
CREATE TABLE xtuple.shipform (
    shipform_id integer NOT NULL,
    shipform_name text NOT NULL,
    shipform_report_id integer,
    shipform_report_name text,
    PRIMARY KEY (shipform_id),
    UNIQUE (shipform_name)
);
CREATE TABLE xtuple.shiphead (
    shiphead_id integer NOT NULL,
    shiphead_order_id integer NOT NULL,
    shiphead_order_type text NOT NULL,
    shiphead_number text NOT NULL,
    shiphead_shipvia text,
    shiphead_freight numeric(16,4) NOT NULL,
    shiphead_freight_curr_id integer NOT NULL,
    shiphead_notes text,
    shiphead_shipped boolean NOT NULL,
    shiphead_shipdate date,
    shiphead_shipchrg_id integer,
    shiphead_shipform_id integer,
    shiphead_sfstatus character(1) NOT NULL,
    shiphead_tracknum text,
    PRIMARY KEY (shiphead_id),
    UNIQUE (shiphead_number)
);
CREATE TABLE xtuple.shipitem (
    shipitem_id integer NOT NULL,
    shipitem_orderitem_id integer NOT NULL,
    shipitem_shiphead_id integer NOT NULL,
    shipitem_qty numeric(18,6) NOT NULL,
    shipitem_shipped boolean NOT NULL,
    shipitem_shipdate timestamp with time zone,
    shipitem_transdate timestamp with time zone,
    shipitem_trans_username text,
    shipitem_invoiced boolean NOT NULL,
    shipitem_invcitem_id integer,
    shipitem_value numeric(18,6),
    shipitem_invhist_id integer,
    PRIMARY KEY (shipitem_id)
);
CREATE TABLE xtuple.shiptoinfo (
    shipto_id integer NOT NULL,
    shipto_cust_id integer NOT NULL,
    shipto_name text,
    shipto_salesrep_id integer,
    shipto_comments text,
    shipto_shipcomments text,
    shipto_shipzone_id integer,
    shipto_shipvia text,
    shipto_commission numeric(10,4) NOT NULL,
    shipto_shipform_id integer,
    shipto_shipchrg_id integer,
    shipto_active boolean NOT NULL,
    shipto_default boolean,
    shipto_num text,
    shipto_ediprofile_id integer,
    shipto_cntct_id integer,
    shipto_addr_id integer,
    shipto_taxzone_id integer,
    shipto_preferred_warehous_id integer NOT NULL,
    PRIMARY KEY (shipto_id)
);
CREATE TABLE xtuple.shipvia (
    shipvia_id integer NOT NULL,
    shipvia_code text NOT NULL,
    shipvia_descrip text,
    PRIMARY KEY (shipvia_id),
    UNIQUE (shipvia_code)
);
CREATE TABLE xtuple.shipzone (
    shipzone_id integer NOT NULL,
    shipzone_name text NOT NULL,
    shipzone_descrip text,
    PRIMARY KEY (shipzone_id),
    UNIQUE (shipzone_name)
);
CREATE TABLE xtuple.sitetype (
    sitetype_id integer NOT NULL,
    sitetype_name text NOT NULL,
    sitetype_descrip text,
    PRIMARY KEY (sitetype_id),
    UNIQUE (sitetype_name)
);
CREATE TABLE xtuple.sltrans (
    sltrans_id integer NOT NULL,
    sltrans_created timestamp with time zone,
    sltrans_date date NOT NULL,
    sltrans_sequence integer,
    sltrans_accnt_id integer NOT NULL,
    sltrans_source text,
    sltrans_docnumber text,
    sltrans_misc_id integer,
    sltrans_amount numeric(20,2) NOT NULL,
    sltrans_notes text,
    sltrans_journalnumber integer,
    sltrans_posted boolean NOT NULL,
    sltrans_doctype text,
    sltrans_username text NOT NULL,
    sltrans_gltrans_journalnumber integer,
    sltrans_rec boolean NOT NULL,
    PRIMARY KEY (sltrans_id)
);
CREATE TABLE xtuple.source (
    source_id integer NOT NULL,
    source_module text,
    source_name text NOT NULL,
    source_descrip text,
    PRIMARY KEY (source_id)
);
CREATE TABLE xtuple.state (
    state_id integer NOT NULL,
    state_name text NOT NULL,
    state_abbr text,
    state_country_id integer,
    PRIMARY KEY (state_id),
    UNIQUE (state_country_id, state_name)
);
CREATE TABLE xtuple.status (
    status_id integer NOT NULL,
    status_type text NOT NULL,
    status_code character(1) NOT NULL,
    status_name text,
    status_seq integer,
    status_color text,
    PRIMARY KEY (status_id),
    UNIQUE (status_type, status_code)
);
CREATE TABLE xtuple.stdjrnl (
    stdjrnl_id integer NOT NULL,
    stdjrnl_name text NOT NULL,
    stdjrnl_descrip text,
    stdjrnl_notes text,
    PRIMARY KEY (stdjrnl_id),
    UNIQUE (stdjrnl_name)
);
CREATE TABLE xtuple.stdjrnlgrp (
    stdjrnlgrp_id integer NOT NULL,
    stdjrnlgrp_name text NOT NULL,
    stdjrnlgrp_descrip text,
    PRIMARY KEY (stdjrnlgrp_id),
    UNIQUE (stdjrnlgrp_name)
);
CREATE TABLE xtuple.stdjrnlgrpitem (
    stdjrnlgrpitem_id integer NOT NULL,
    stdjrnlgrpitem_stdjrnl_id integer,
    stdjrnlgrpitem_toapply integer,
    stdjrnlgrpitem_applied integer,
    stdjrnlgrpitem_effective date,
    stdjrnlgrpitem_expires date,
    stdjrnlgrpitem_stdjrnlgrp_id integer,
    PRIMARY KEY (stdjrnlgrpitem_id)
);
CREATE TABLE xtuple.stdjrnlitem (
    stdjrnlitem_id integer NOT NULL,
    stdjrnlitem_stdjrnl_id integer NOT NULL,
    stdjrnlitem_accnt_id integer NOT NULL,
    stdjrnlitem_amount numeric(20,2) NOT NULL,
    stdjrnlitem_notes text,
    PRIMARY KEY (stdjrnlitem_id)
);
CREATE TABLE xtuple.subaccnt (
    subaccnt_id integer NOT NULL,
    subaccnt_number text NOT NULL,
    subaccnt_descrip text,
    PRIMARY KEY (subaccnt_id),
    UNIQUE (subaccnt_number)
);
CREATE TABLE xtuple.subaccnttype (
    subaccnttype_id integer NOT NULL,
    subaccnttype_accnt_type character(1) NOT NULL,
    subaccnttype_code text NOT NULL,
    subaccnttype_descrip text,
    PRIMARY KEY (subaccnttype_id)
);
CREATE TABLE xtuple.tax (
    tax_id integer NOT NULL,
    tax_code text NOT NULL,
    tax_descrip text,
    tax_sales_accnt_id integer,
    tax_taxclass_id integer,
    tax_taxauth_id integer,
    tax_basis_tax_id integer,
    PRIMARY KEY (tax_id)
);
CREATE TABLE xtuple.taxass (
    taxass_id integer NOT NULL,
    taxass_taxzone_id integer,
    taxass_taxtype_id integer,
    taxass_tax_id integer NOT NULL,
    PRIMARY KEY (taxass_id)
);
CREATE TABLE xtuple.taxauth (
    taxauth_id integer NOT NULL,
    taxauth_code text NOT NULL,
    taxauth_name text,
    taxauth_extref text,
    taxauth_addr_id integer,
    taxauth_curr_id integer,
    taxauth_county text,
    taxauth_accnt_id integer,
    PRIMARY KEY (taxauth_id)
);
CREATE TABLE xtuple.taxclass (
    taxclass_id integer NOT NULL,
    taxclass_code text NOT NULL,
    taxclass_descrip text,
    taxclass_sequence integer,
    PRIMARY KEY (taxclass_id),
    UNIQUE (taxclass_code)
);
CREATE TABLE xtuple.taxhist (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.taxrate (
    taxrate_id integer NOT NULL,
    taxrate_tax_id integer NOT NULL,
    taxrate_percent numeric(10,6) NOT NULL,
    taxrate_curr_id integer,
    taxrate_amount numeric(16,2) NOT NULL,
    taxrate_effective date,
    taxrate_expires date,
    PRIMARY KEY (taxrate_id)
);
CREATE TABLE xtuple.taxreg (
    taxreg_id integer NOT NULL,
    taxreg_rel_id integer NOT NULL,
    taxreg_rel_type character(1),
    taxreg_taxauth_id integer,
    taxreg_number text NOT NULL,
    taxreg_taxzone_id integer,
    taxreg_effective date,
    taxreg_expires date,
    taxreg_notes text,
    PRIMARY KEY (taxreg_id)
);
CREATE TABLE xtuple.taxtype (
    taxtype_id integer NOT NULL,
    taxtype_name text NOT NULL,
    taxtype_descrip text,
    taxtype_sys boolean NOT NULL,
    PRIMARY KEY (taxtype_id),
    UNIQUE (taxtype_name)
);
CREATE TABLE xtuple.taxzone (
    taxzone_id integer NOT NULL,
    taxzone_code text NOT NULL,
    taxzone_descrip text,
    PRIMARY KEY (taxzone_id),
    UNIQUE (taxzone_code)
);
CREATE TABLE xtuple.terms (
    terms_id integer NOT NULL,
    terms_code text NOT NULL,
    terms_descrip text,
    terms_type character(1),
    terms_duedays integer,
    terms_discdays integer,
    terms_discprcnt numeric(10,6),
    terms_cutoffday integer,
    terms_ap boolean,
    terms_ar boolean,
    terms_fincharg boolean NOT NULL,
    PRIMARY KEY (terms_id),
    UNIQUE (terms_code)
);
CREATE TABLE xtuple.todoitem (
    todoitem_id integer NOT NULL,
    todoitem_name text NOT NULL,
    todoitem_description text,
    todoitem_incdt_id integer,
    todoitem_creator_username text NOT NULL,
    todoitem_status character(1),
    todoitem_active boolean NOT NULL,
    todoitem_start_date date,
    todoitem_due_date date,
    todoitem_assigned_date date,
    todoitem_completed_date date,
    todoitem_seq integer NOT NULL,
    todoitem_notes text,
    todoitem_crmacct_id integer,
    todoitem_ophead_id integer,
    todoitem_owner_username text,
    todoitem_priority_id integer,
    todoitem_username text,
    todoitem_recurring_todoitem_id integer,
    todoitem_cntct_id integer,
    PRIMARY KEY (todoitem_id)
);
CREATE TABLE xtuple.trgthist (
    trgthist_src_cntct_id integer NOT NULL,
    trgthist_trgt_cntct_id integer NOT NULL,
    trgthist_col text NOT NULL,
    trgthist_value text NOT NULL
);
CREATE TABLE xtuple.trialbal (
    trialbal_id integer NOT NULL,
    trialbal_period_id integer,
    trialbal_accnt_id integer,
    trialbal_beginning numeric(20,2),
    trialbal_ending numeric(20,2),
    trialbal_credits numeric(20,2),
    trialbal_debits numeric(20,2),
    trialbal_dirty boolean,
    trialbal_yearend numeric(20,2) NOT NULL,
    PRIMARY KEY (trialbal_id)
);
CREATE TABLE xtuple.uom (
    uom_id integer NOT NULL,
    uom_name text NOT NULL,
    uom_descrip text,
    uom_item_weight boolean NOT NULL,
    PRIMARY KEY (uom_id),
    UNIQUE (uom_name)
);
CREATE TABLE xtuple.uomconv (
    uomconv_id integer NOT NULL,
    uomconv_from_uom_id integer NOT NULL,
    uomconv_from_value numeric(20,10) NOT NULL,
    uomconv_to_uom_id integer NOT NULL,
    uomconv_to_value numeric(20,10) NOT NULL,
    uomconv_fractional boolean NOT NULL,
    PRIMARY KEY (uomconv_id)
);
CREATE TABLE xtuple.uomtype (
    uomtype_id integer NOT NULL,
    uomtype_name text NOT NULL,
    uomtype_descrip text,
    uomtype_multiple boolean NOT NULL,
    PRIMARY KEY (uomtype_id),
    UNIQUE (uomtype_name)
);
CREATE TABLE xtuple.urlinfo (
    url_id integer NOT NULL,
    url_title text NOT NULL,
    url_url text NOT NULL,
    PRIMARY KEY (url_id)
);
CREATE TABLE xtuple.vendaddrinfo (
    vendaddr_id integer NOT NULL,
    vendaddr_vend_id integer,
    vendaddr_code text,
    vendaddr_name text,
    vendaddr_comments text,
    vendaddr_cntct_id integer,
    vendaddr_addr_id integer,
    vendaddr_taxzone_id integer,
    PRIMARY KEY (vendaddr_id)
);
CREATE TABLE xtuple.vendinfo (
    vend_id integer NOT NULL,
    vend_name text,
    vend_lastpurchdate date,
    vend_active boolean,
    vend_po boolean,
    vend_comments text,
    vend_pocomments text,
    vend_number text NOT NULL,
    vend_1099 boolean,
    vend_exported boolean,
    vend_fobsource character(1),
    vend_fob text,
    vend_terms_id integer,
    vend_shipvia text,
    vend_vendtype_id integer,
    vend_qualified boolean,
    vend_ediemail text,
    vend_ediemailbody text,
    vend_edisubject text,
    vend_edifilename text,
    vend_accntnum text,
    vend_emailpodelivery boolean,
    vend_restrictpurch boolean,
    vend_edicc text,
    vend_curr_id integer,
    vend_cntct1_id integer,
    vend_cntct2_id integer,
    vend_addr_id integer,
    vend_match boolean NOT NULL,
    vend_ach_enabled boolean NOT NULL,
    vend_ach_accnttype text,
    vend_ach_use_vendinfo boolean NOT NULL,
    vend_ach_indiv_number text NOT NULL,
    vend_ach_indiv_name text NOT NULL,
    vend_ediemailhtml boolean NOT NULL,
    vend_ach_routingnumber bytea NOT NULL,
    vend_ach_accntnumber bytea NOT NULL,
    vend_taxzone_id integer,
    vend_accnt_id integer,
    vend_expcat_id integer,
    vend_tax_id integer,
    PRIMARY KEY (vend_id)
);
CREATE TABLE xtuple.vendtype (
    vendtype_id integer NOT NULL,
    vendtype_code text NOT NULL,
    vendtype_descrip text,
    PRIMARY KEY (vendtype_id),
    UNIQUE (vendtype_code)
);
CREATE TABLE xtuple.vodist (
    vodist_id integer NOT NULL,
    vodist_poitem_id integer,
    vodist_vohead_id integer,
    vodist_costelem_id integer,
    vodist_accnt_id integer,
    vodist_amount numeric(18,6),
    vodist_qty numeric(18,6),
    vodist_expcat_id integer,
    vodist_tax_id integer,
    vodist_discountable boolean NOT NULL,
    vodist_notes text,
    PRIMARY KEY (vodist_id)
);
CREATE TABLE xtuple.vohead (
    vohead_id integer NOT NULL,
    vohead_number text NOT NULL,
    vohead_pohead_id integer,
    vohead_posted boolean,
    vohead_duedate date,
    vohead_invcnumber text,
    vohead_amount numeric(16,4),
    vohead_docdate date,
    vohead_1099 boolean,
    vohead_distdate date,
    vohead_reference text,
    vohead_terms_id integer,
    vohead_vend_id integer,
    vohead_curr_id integer,
    vohead_adjtaxtype_id integer,
    vohead_freighttaxtype_id integer,
    vohead_gldistdate date,
    vohead_misc boolean,
    vohead_taxzone_id integer,
    vohead_taxtype_id integer,
    vohead_notes text,
    vohead_recurring_vohead_id integer,
    PRIMARY KEY (vohead_id)
);
CREATE TABLE xtuple.voheadtax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.voitem (
    voitem_id integer NOT NULL,
    voitem_vohead_id integer,
    voitem_poitem_id integer,
    voitem_close boolean,
    voitem_qty numeric(18,6),
    voitem_freight numeric(16,4) NOT NULL,
    voitem_taxtype_id integer,
    PRIMARY KEY (voitem_id)
);
CREATE TABLE xtuple.voitemtax (
    taxhist_id integer NOT NULL,
    taxhist_parent_id integer NOT NULL,
    taxhist_taxtype_id integer,
    taxhist_tax_id integer NOT NULL,
    taxhist_basis numeric(16,2) NOT NULL,
    taxhist_basis_tax_id integer,
    taxhist_sequence integer,
    taxhist_percent numeric(10,6) NOT NULL,
    taxhist_amount numeric(16,2) NOT NULL,
    taxhist_tax numeric(16,6) NOT NULL,
    taxhist_docdate date NOT NULL,
    taxhist_distdate date,
    taxhist_curr_id integer,
    taxhist_curr_rate numeric,
    taxhist_journalnumber integer,
    PRIMARY KEY (taxhist_id)
);
CREATE TABLE xtuple.whsezone (
    whsezone_id integer NOT NULL,
    whsezone_warehous_id integer NOT NULL,
    whsezone_name text NOT NULL,
    whsezone_descrip text,
    PRIMARY KEY (whsezone_id)
);
CREATE TABLE xtuple.whsinfo (
    warehous_id integer NOT NULL,
    warehous_code text NOT NULL,
    warehous_descrip text,
    warehous_fob text,
    warehous_active boolean,
    warehous_counttag_prefix text,
    warehous_counttag_number integer,
    warehous_bol_prefix text,
    warehous_bol_number integer,
    warehous_shipping boolean,
    warehous_useslips boolean,
    warehous_usezones boolean,
    warehous_aislesize integer,
    warehous_aislealpha boolean,
    warehous_racksize integer,
    warehous_rackalpha boolean,
    warehous_binsize integer,
    warehous_binalpha boolean,
    warehous_locationsize integer,
    warehous_locationalpha boolean,
    warehous_enforcearbl boolean,
    warehous_default_accnt_id integer,
    warehous_shipping_commission numeric(8,4),
    warehous_cntct_id integer,
    warehous_addr_id integer,
    warehous_transit boolean NOT NULL,
    warehous_shipform_id integer,
    warehous_shipvia_id integer,
    warehous_shipcomments text,
    warehous_costcat_id integer,
    warehous_sitetype_id integer,
    warehous_taxzone_id integer,
    warehous_sequence integer NOT NULL,
    PRIMARY KEY (warehous_id)
);
CREATE TABLE xtuple.wo (
    wo_id integer NOT NULL,
    wo_number integer,
    wo_subnumber integer,
    wo_status character(1),
    wo_itemsite_id integer,
    wo_startdate date,
    wo_duedate date,
    wo_ordtype character(1),
    wo_ordid integer,
    wo_qtyord numeric(18,6),
    wo_qtyrcv numeric(18,6),
    wo_adhoc boolean,
    wo_itemcfg_series integer,
    wo_imported boolean,
    wo_wipvalue numeric(16,6),
    wo_postedvalue numeric(16,6),
    wo_prodnotes text,
    wo_prj_id integer,
    wo_priority integer NOT NULL,
    wo_brdvalue numeric(16,6),
    wo_bom_rev_id integer,
    wo_boo_rev_id integer,
    wo_cosmethod character(1),
    wo_womatl_id integer,
    wo_username text,
    PRIMARY KEY (wo_id)
);
CREATE TABLE xtuple.womatl (
    womatl_id integer NOT NULL,
    womatl_wo_id integer,
    womatl_itemsite_id integer,
    womatl_qtyper numeric(20,8) NOT NULL,
    womatl_scrap numeric(8,4) NOT NULL,
    womatl_qtyreq numeric(18,6) NOT NULL,
    womatl_qtyiss numeric(18,6) NOT NULL,
    womatl_qtywipscrap numeric(18,6) NOT NULL,
    womatl_lastissue date,
    womatl_lastreturn date,
    womatl_cost numeric(16,6),
    womatl_picklist boolean,
    womatl_status character(1),
    womatl_imported boolean,
    womatl_createwo boolean,
    womatl_issuemethod character(1),
    womatl_wooper_id integer,
    womatl_bomitem_id integer,
    womatl_duedate date,
    womatl_schedatwooper boolean,
    womatl_uom_id integer NOT NULL,
    womatl_notes text,
    womatl_ref text,
    womatl_scrapvalue numeric(16,6),
    womatl_qtyfxd numeric(20,8) NOT NULL,
    womatl_issuewo boolean NOT NULL,
    womatl_price numeric(16,6) NOT NULL,
    PRIMARY KEY (womatl_id)
);
CREATE TABLE xtuple.womatlpost (
    womatlpost_id integer NOT NULL,
    womatlpost_womatl_id integer,
    womatlpost_invhist_id integer,
    PRIMARY KEY (womatlpost_id)
);
CREATE TABLE xtuple.womatlvar (
    womatlvar_id integer NOT NULL,
    womatlvar_number integer,
    womatlvar_subnumber integer,
    womatlvar_posted date,
    womatlvar_parent_itemsite_id integer,
    womatlvar_component_itemsite_id integer,
    womatlvar_qtyord numeric(18,6),
    womatlvar_qtyrcv numeric(18,6),
    womatlvar_qtyiss numeric(18,6),
    womatlvar_qtyper numeric(18,6),
    womatlvar_scrap numeric(18,6),
    womatlvar_wipscrap numeric(18,6),
    womatlvar_bomitem_id integer,
    womatlvar_ref text,
    womatlvar_notes text,
    womatlvar_qtyfxd numeric(20,8) NOT NULL,
    PRIMARY KEY (womatlvar_id)
);
CREATE TABLE xtuple.yearperiod (
    yearperiod_id integer NOT NULL,
    yearperiod_start date NOT NULL,
    yearperiod_end date NOT NULL,
    yearperiod_closed boolean NOT NULL,
    PRIMARY KEY (yearperiod_id)
);
ALTER TABLE xtuple.apcreditapply ADD FOREIGN KEY (apcreditapply_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.apopentax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.apopentax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.apopen(apopen_id);
ALTER TABLE xtuple.apopentax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.apopentax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.apselect ADD FOREIGN KEY (apselect_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.arcreditapply ADD FOREIGN KEY (arcreditapply_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.aropentax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.aropentax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.aropen(aropen_id);
ALTER TABLE xtuple.aropentax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.aropentax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.asohisttax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.asohisttax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.asohist(asohist_id);
ALTER TABLE xtuple.asohisttax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.asohisttax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.bankadj ADD FOREIGN KEY (bankadj_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.bomitemcost ADD FOREIGN KEY (bomitemcost_bomitem_id) REFERENCES xtuple.bomitem(bomitem_id);
ALTER TABLE xtuple.bomitemcost ADD FOREIGN KEY (bomitemcost_costelem_id) REFERENCES xtuple.costelem(costelem_id);
ALTER TABLE xtuple.bomitemcost ADD FOREIGN KEY (bomitemcost_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.bomitemsub ADD FOREIGN KEY (bomitemsub_bomitem_id) REFERENCES xtuple.bomitem(bomitem_id);
ALTER TABLE xtuple.bomitemsub ADD FOREIGN KEY (bomitemsub_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.bomwork ADD FOREIGN KEY (bomwork_char_id) REFERENCES xtuple."char"(char_id);
ALTER TABLE xtuple.budgitem ADD FOREIGN KEY (budgitem_budghead_id) REFERENCES xtuple.budghead(budghead_id);
ALTER TABLE xtuple.budgitem ADD FOREIGN KEY (budgitem_period_id) REFERENCES xtuple.period(period_id);
ALTER TABLE xtuple.cashrcpt ADD FOREIGN KEY (cashrcpt_bankaccnt_id) REFERENCES xtuple.bankaccnt(bankaccnt_id);
ALTER TABLE xtuple.cashrcpt ADD FOREIGN KEY (cashrcpt_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.cashrcpt ADD FOREIGN KEY (cashrcpt_cust_id) REFERENCES xtuple.custinfo(cust_id);
ALTER TABLE xtuple.ccard ADD FOREIGN KEY (ccard_cust_id) REFERENCES xtuple.custinfo(cust_id);
ALTER TABLE xtuple.charopt ADD FOREIGN KEY (charopt_char_id) REFERENCES xtuple."char"(char_id);
ALTER TABLE xtuple.checkitem ADD FOREIGN KEY (checkitem_apopen_id) REFERENCES xtuple.apopen(apopen_id);
ALTER TABLE xtuple.checkitem ADD FOREIGN KEY (checkitem_aropen_id) REFERENCES xtuple.aropen(aropen_id);
ALTER TABLE xtuple.checkitem ADD FOREIGN KEY (checkitem_checkhead_id) REFERENCES xtuple.checkhead(checkhead_id);
ALTER TABLE xtuple.checkitem ADD FOREIGN KEY (checkitem_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_cust_id) REFERENCES xtuple.custinfo(cust_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_freighttaxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_prj_id) REFERENCES xtuple.prj(prj_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_salesrep_id) REFERENCES xtuple.salesrep(salesrep_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_saletype_id) REFERENCES xtuple.saletype(saletype_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_shipzone_id) REFERENCES xtuple.shipzone(shipzone_id);
ALTER TABLE xtuple.cmhead ADD FOREIGN KEY (cmhead_taxzone_id) REFERENCES xtuple.taxzone(taxzone_id);
ALTER TABLE xtuple.cmheadtax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cmheadtax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.cmhead(cmhead_id);
ALTER TABLE xtuple.cmheadtax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cmheadtax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.cmitemtax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cmitemtax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.cmitem(cmitem_id);
ALTER TABLE xtuple.cmitemtax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cmitemtax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.cntctaddr ADD FOREIGN KEY (cntctaddr_addr_id) REFERENCES xtuple.addr(addr_id);
ALTER TABLE xtuple.cntctaddr ADD FOREIGN KEY (cntctaddr_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.cntctdata ADD FOREIGN KEY (cntctdata_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.cntcteml ADD FOREIGN KEY (cntcteml_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.cntctmrgd ADD FOREIGN KEY (cntctmrgd_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.cntctsel ADD FOREIGN KEY (cntctsel_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.cobill ADD FOREIGN KEY (cobill_invcitem_id) REFERENCES xtuple.invcitem(invcitem_id);
ALTER TABLE xtuple.cobill ADD FOREIGN KEY (cobill_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.cobilltax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cobilltax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.cobill(cobill_id);
ALTER TABLE xtuple.cobilltax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cobilltax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.cobmisc ADD FOREIGN KEY (cobmisc_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.cobmisc ADD FOREIGN KEY (cobmisc_invchead_id) REFERENCES xtuple.invchead(invchead_id);
ALTER TABLE xtuple.cobmisc ADD FOREIGN KEY (cobmisc_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.cobmisc ADD FOREIGN KEY (cobmisc_taxzone_id) REFERENCES xtuple.taxzone(taxzone_id);
ALTER TABLE xtuple.cobmisctax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cobmisctax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.cobmisc(cobmisc_id);
ALTER TABLE xtuple.cobmisctax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cobmisctax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.cohisttax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cohisttax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.cohist(cohist_id);
ALTER TABLE xtuple.cohisttax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.cohisttax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.comment ADD FOREIGN KEY (comment_cmnttype_id) REFERENCES xtuple.cmnttype(cmnttype_id);
ALTER TABLE xtuple.contrct ADD FOREIGN KEY (contrct_vend_id) REFERENCES xtuple.vendinfo(vend_id);
ALTER TABLE xtuple.costhist ADD FOREIGN KEY (costhist_newcurr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.costhist ADD FOREIGN KEY (costhist_oldcurr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.crmacctsel ADD FOREIGN KEY (crmacctsel_dest_crmacct_id) REFERENCES xtuple.crmacct(crmacct_id);
ALTER TABLE xtuple.crmacctsel ADD FOREIGN KEY (crmacctsel_src_crmacct_id) REFERENCES xtuple.crmacct(crmacct_id);
ALTER TABLE xtuple.empgrpitem ADD FOREIGN KEY (empgrpitem_emp_id) REFERENCES xtuple.emp(emp_id);
ALTER TABLE xtuple.empgrpitem ADD FOREIGN KEY (empgrpitem_empgrp_id) REFERENCES xtuple.empgrp(empgrp_id);
ALTER TABLE xtuple.flnotes ADD FOREIGN KEY (flnotes_flhead_id) REFERENCES xtuple.flhead(flhead_id);
ALTER TABLE xtuple.flnotes ADD FOREIGN KEY (flnotes_period_id) REFERENCES xtuple.period(period_id);
ALTER TABLE xtuple.incdthist ADD FOREIGN KEY (incdthist_incdt_id) REFERENCES xtuple.incdt(incdt_id);
ALTER TABLE xtuple.invbal ADD FOREIGN KEY (invbal_itemsite_id) REFERENCES xtuple.itemsite(itemsite_id);
ALTER TABLE xtuple.invbal ADD FOREIGN KEY (invbal_period_id) REFERENCES xtuple.period(period_id);
ALTER TABLE xtuple.invcheadtax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.invcheadtax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.invchead(invchead_id);
ALTER TABLE xtuple.invcheadtax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.invcheadtax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.invcitemtax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.invcitemtax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.invcitem(invcitem_id);
ALTER TABLE xtuple.invcitemtax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.invcitemtax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.invhistexpcat ADD FOREIGN KEY (invhistexpcat_expcat_id) REFERENCES xtuple.expcat(expcat_id);
ALTER TABLE xtuple.invhistexpcat ADD FOREIGN KEY (invhistexpcat_invhist_id) REFERENCES xtuple.invhist(invhist_id);
ALTER TABLE xtuple.ipsfreight ADD FOREIGN KEY (ipsfreight_freightclass_id) REFERENCES xtuple.freightclass(freightclass_id);
ALTER TABLE xtuple.ipsfreight ADD FOREIGN KEY (ipsfreight_ipshead_id) REFERENCES xtuple.ipshead(ipshead_id);
ALTER TABLE xtuple.ipsfreight ADD FOREIGN KEY (ipsfreight_shipzone_id) REFERENCES xtuple.shipzone(shipzone_id);
ALTER TABLE xtuple.ipsfreight ADD FOREIGN KEY (ipsfreight_warehous_id) REFERENCES xtuple.whsinfo(warehous_id);
ALTER TABLE xtuple.ipsitemchar ADD FOREIGN KEY (ipsitemchar_char_id) REFERENCES xtuple."char"(char_id);
ALTER TABLE xtuple.ipsitemchar ADD FOREIGN KEY (ipsitemchar_ipsitem_id) REFERENCES xtuple.ipsiteminfo(ipsitem_id);
ALTER TABLE xtuple.ipsiteminfo ADD FOREIGN KEY (ipsitem_ipshead_id) REFERENCES xtuple.ipshead(ipshead_id);
ALTER TABLE xtuple.ipsiteminfo ADD FOREIGN KEY (ipsitem_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.ipsiteminfo ADD FOREIGN KEY (ipsitem_price_uom_id) REFERENCES xtuple.uom(uom_id);
ALTER TABLE xtuple.ipsiteminfo ADD FOREIGN KEY (ipsitem_qty_uom_id) REFERENCES xtuple.uom(uom_id);
ALTER TABLE xtuple.ipsiteminfo ADD FOREIGN KEY (ipsitem_warehous_id) REFERENCES xtuple.whsinfo(warehous_id);
ALTER TABLE xtuple.itemcost ADD FOREIGN KEY (itemcost_costelem_id) REFERENCES xtuple.costelem(costelem_id);
ALTER TABLE xtuple.itemcost ADD FOREIGN KEY (itemcost_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.itemcost ADD FOREIGN KEY (itemcost_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.itemcost ADD FOREIGN KEY (itemcost_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.itemsrc ADD FOREIGN KEY (itemsrc_contrct_id) REFERENCES xtuple.contrct(contrct_id);
ALTER TABLE xtuple.itemsrc ADD FOREIGN KEY (itemsrc_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.itemsrc ADD FOREIGN KEY (itemsrc_vend_id) REFERENCES xtuple.vendinfo(vend_id);
ALTER TABLE xtuple.itemsrcp ADD FOREIGN KEY (itemsrcp_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.itemsrcp ADD FOREIGN KEY (itemsrcp_itemsrc_id) REFERENCES xtuple.itemsrc(itemsrc_id);
ALTER TABLE xtuple.itemsub ADD FOREIGN KEY (itemsub_parent_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.itemsub ADD FOREIGN KEY (itemsub_sub_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.itemtax ADD FOREIGN KEY (itemtax_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.itemtax ADD FOREIGN KEY (itemtax_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.itemtax ADD FOREIGN KEY (itemtax_taxzone_id) REFERENCES xtuple.taxzone(taxzone_id);
ALTER TABLE xtuple.itemtrans ADD FOREIGN KEY (itemtrans_source_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.itemtrans ADD FOREIGN KEY (itemtrans_target_item_id) REFERENCES xtuple.item(item_id);
ALTER TABLE xtuple.itemuom ADD FOREIGN KEY (itemuom_itemuomconv_id) REFERENCES xtuple.itemuomconv(itemuomconv_id);
ALTER TABLE xtuple.itemuom ADD FOREIGN KEY (itemuom_uomtype_id) REFERENCES xtuple.uomtype(uomtype_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_freight_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_itemsite_id) REFERENCES xtuple.itemsite(itemsite_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_purchcost_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_recvcost_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_splitfrom_id) REFERENCES xtuple.recv(recv_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_vend_id) REFERENCES xtuple.vendinfo(vend_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_vohead_id) REFERENCES xtuple.vohead(vohead_id);
ALTER TABLE xtuple.recv ADD FOREIGN KEY (recv_voitem_id) REFERENCES xtuple.voitem(voitem_id);
ALTER TABLE xtuple.shipdata ADD FOREIGN KEY (shipdata_base_freight_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.shipdata ADD FOREIGN KEY (shipdata_shiphead_number) REFERENCES xtuple.shiphead(shiphead_number);
ALTER TABLE xtuple.shipdata ADD FOREIGN KEY (shipdata_total_freight_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.shipdatasum ADD FOREIGN KEY (shipdatasum_base_freight_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.shipdatasum ADD FOREIGN KEY (shipdatasum_shiphead_number) REFERENCES xtuple.shiphead(shiphead_number);
ALTER TABLE xtuple.shipdatasum ADD FOREIGN KEY (shipdatasum_total_freight_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.shipitem ADD FOREIGN KEY (shipitem_invcitem_id) REFERENCES xtuple.invcitem(invcitem_id);
ALTER TABLE xtuple.shipitem ADD FOREIGN KEY (shipitem_invhist_id) REFERENCES xtuple.invhist(invhist_id);
ALTER TABLE xtuple.shipitem ADD FOREIGN KEY (shipitem_shiphead_id) REFERENCES xtuple.shiphead(shiphead_id);
ALTER TABLE xtuple.state ADD FOREIGN KEY (state_country_id) REFERENCES xtuple.country(country_id);
ALTER TABLE xtuple.taxrate ADD FOREIGN KEY (taxrate_curr_id) REFERENCES xtuple.curr_symbol(curr_id);
ALTER TABLE xtuple.taxrate ADD FOREIGN KEY (taxrate_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.taxreg ADD FOREIGN KEY (taxreg_taxauth_id) REFERENCES xtuple.taxauth(taxauth_id);
ALTER TABLE xtuple.taxreg ADD FOREIGN KEY (taxreg_taxzone_id) REFERENCES xtuple.taxzone(taxzone_id);
ALTER TABLE xtuple.todoitem ADD FOREIGN KEY (todoitem_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.todoitem ADD FOREIGN KEY (todoitem_crmacct_id) REFERENCES xtuple.crmacct(crmacct_id);
ALTER TABLE xtuple.todoitem ADD FOREIGN KEY (todoitem_incdt_id) REFERENCES xtuple.incdt(incdt_id);
ALTER TABLE xtuple.todoitem ADD FOREIGN KEY (todoitem_ophead_id) REFERENCES xtuple.ophead(ophead_id);
ALTER TABLE xtuple.todoitem ADD FOREIGN KEY (todoitem_recurring_todoitem_id) REFERENCES xtuple.todoitem(todoitem_id);
ALTER TABLE xtuple.trgthist ADD FOREIGN KEY (trgthist_src_cntct_id) REFERENCES xtuple.cntctmrgd(cntctmrgd_cntct_id);
ALTER TABLE xtuple.trgthist ADD FOREIGN KEY (trgthist_trgt_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.uomconv ADD FOREIGN KEY (uomconv_from_uom_id) REFERENCES xtuple.uom(uom_id);
ALTER TABLE xtuple.uomconv ADD FOREIGN KEY (uomconv_to_uom_id) REFERENCES xtuple.uom(uom_id);
ALTER TABLE xtuple.vendaddrinfo ADD FOREIGN KEY (vendaddr_cntct_id) REFERENCES xtuple.cntct(cntct_id);
ALTER TABLE xtuple.vendaddrinfo ADD FOREIGN KEY (vendaddr_taxzone_id) REFERENCES xtuple.taxzone(taxzone_id);
ALTER TABLE xtuple.voheadtax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.voheadtax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.vohead(vohead_id);
ALTER TABLE xtuple.voheadtax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.voheadtax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.voitem ADD FOREIGN KEY (voitem_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.voitemtax ADD FOREIGN KEY (taxhist_basis_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.voitemtax ADD FOREIGN KEY (taxhist_parent_id) REFERENCES xtuple.voitem(voitem_id);
ALTER TABLE xtuple.voitemtax ADD FOREIGN KEY (taxhist_tax_id) REFERENCES xtuple.tax(tax_id);
ALTER TABLE xtuple.voitemtax ADD FOREIGN KEY (taxhist_taxtype_id) REFERENCES xtuple.taxtype(taxtype_id);
ALTER TABLE xtuple.womatl ADD FOREIGN KEY (womatl_uom_id) REFERENCES xtuple.uom(uom_id);
ALTER TABLE xtuple.womatlpost ADD FOREIGN KEY (womatlpost_invhist_id) REFERENCES xtuple.invhist(invhist_id);
ALTER TABLE xtuple.womatlpost ADD FOREIGN KEY (womatlpost_womatl_id) REFERENCES xtuple.womatl(womatl_id);
COMMENT ON TABLE xtuple.acalitem IS 'Absolute Calendar Item information';
COMMENT ON TABLE xtuple.addr IS 'Postal Address';
COMMENT ON TABLE xtuple.alarm IS 'This table is the open alarms.';
COMMENT ON TABLE xtuple.apaccnt IS 'Accounts Payable (A/P) Account assignment information';
COMMENT ON TABLE xtuple.apcreditapply IS 'Temporary table for storing details of Accounts Payable (A/P) Credit Memo applications before those applications are posted';
COMMENT ON TABLE xtuple.apselect IS 'Temporary table for storing details of Accounts Payable (A/P) Payment selections';
COMMENT ON TABLE xtuple.araccnt IS 'Accounts Receivable (A/R) Account assignment information';
COMMENT ON TABLE xtuple.arcreditapply IS 'Temporary table for storing details of Accounts Receivable (A/R) Credit Memo applications before those applications are posted';
COMMENT ON TABLE xtuple.bankadj IS 'Bank Adjustments information';
COMMENT ON TABLE xtuple.bankadjtype IS 'Bank Adjustment Types information';
COMMENT ON TABLE xtuple.bankrec IS 'Bank Reconciliation posting history';
COMMENT ON TABLE xtuple.bomitemcost IS 'Bomitem Cost information';
COMMENT ON TABLE xtuple.bomitemsub IS 'Bill of Materials (BOM) defined Substitutions information';
COMMENT ON TABLE xtuple.bomwork IS 'Temporary table for storing information requested by Bill of Materials (BOM) displays and reports';
COMMENT ON TABLE xtuple.calhead IS 'Calendar header information';
COMMENT ON TABLE xtuple.ccard IS 'Credit Card Information - all bytea data is encrypted';
COMMENT ON TABLE xtuple.ccardaud IS 'Credit Card Information tracking data';
COMMENT ON TABLE xtuple.charass IS 'Characteristic assignment information';
COMMENT ON TABLE xtuple.charopt IS 'Stores list options for characteristics';
COMMENT ON TABLE xtuple.checkitem IS 'Accounts Payable Check Line Item Information';
COMMENT ON TABLE xtuple.classcode IS 'Class Code information';
COMMENT ON TABLE xtuple.cmhead IS 'S/O Credit Memo header information';
COMMENT ON TABLE xtuple.cmnttype IS 'Comment Type information';
COMMENT ON TABLE xtuple.cntcteml IS 'Stores email addresses for contacts';
COMMENT ON TABLE xtuple.cntslip IS 'Count Slip information';
COMMENT ON TABLE xtuple.cobill IS 'Billing Selection Line Item information';
COMMENT ON TABLE xtuple.cobmisc IS 'General information about Billing Selections';
COMMENT ON TABLE xtuple.comment IS 'Comment information';
COMMENT ON TABLE xtuple.contrct IS 'Grouping of Item Sources for a Vendor with common effective and expiration dates.';
COMMENT ON TABLE xtuple.costcat IS 'Cost Category information';
COMMENT ON TABLE xtuple.costelem IS 'Costing Element information';
COMMENT ON TABLE xtuple.costhist IS 'Item Cost history';
COMMENT ON TABLE xtuple.costupdate IS 'Scratch area for sequencing the updating of item costs';
COMMENT ON TABLE xtuple.country IS 'Basic information and properties about countries.';
COMMENT ON TABLE xtuple.crmacctsel IS 'This table records the proposed conditions of a CRM Account merge. When this merge is performed, the BOOLEAN columns in this table indicate which values in the crmacct table will be copied to the target record. Data in this table are temporary and will be removed by a purge.';
COMMENT ON TABLE xtuple.curr_symbol IS 'Currency Names, Symbols, and Abbreviations';
COMMENT ON TABLE xtuple.custform IS 'Customer Form assignment information';
COMMENT ON TABLE xtuple.custgrp IS 'Customer Group information';
COMMENT ON TABLE xtuple.custgrpitem IS 'Customer Group Item information';
COMMENT ON TABLE xtuple.custtype IS 'Customer Type information';
COMMENT ON TABLE xtuple.dept IS 'List of Departments';
COMMENT ON TABLE xtuple.destination IS 'Destination information';
COMMENT ON TABLE xtuple.evntlog IS 'Event Notification history';
COMMENT ON TABLE xtuple.evnttype IS 'Event Type information';
COMMENT ON TABLE xtuple.expcat IS 'Expense Category information';
COMMENT ON TABLE xtuple.fincharg IS 'Finance Charge configuration information';
COMMENT ON TABLE xtuple.flgrp IS 'Financial Layout Group information';
COMMENT ON TABLE xtuple.flhead IS 'Financial Layout header information';
COMMENT ON TABLE xtuple.flitem IS 'Financial Layout Account information';
COMMENT ON TABLE xtuple.flspec IS 'Financial Layout Special entries.';
COMMENT ON TABLE xtuple.form IS 'Form information';
COMMENT ON TABLE xtuple.freightclass IS 'This table is the freight price schedules.';
COMMENT ON TABLE xtuple.glseries IS 'Temporary table for storing information about General Ledger (G/L) Series Entries before Series Entries are posted';
COMMENT ON TABLE xtuple.gltrans IS 'General Ledger (G/L) transaction information';
COMMENT ON TABLE xtuple.hnfc IS 'List of personal titles/honorifics used in cntct table.';
COMMENT ON TABLE xtuple.image IS 'Image information';
COMMENT ON TABLE xtuple.imageass IS 'Image Assignement References';
COMMENT ON TABLE xtuple.incdtcat IS 'Incident Category table';
COMMENT ON TABLE xtuple.incdthist IS 'Incident history changes';
COMMENT ON TABLE xtuple.incdtpriority IS 'Incident Priority table';
COMMENT ON TABLE xtuple.incdtresolution IS 'Incident Resolution table';
COMMENT ON TABLE xtuple.incdtseverity IS 'Incident Severity table';
COMMENT ON TABLE xtuple.invcnt IS 'Count Tag information';
COMMENT ON TABLE xtuple.invdetail IS 'Detailed Inventory transaction information for Lot/Serial and Multiple Location Control (MLC) Items';
COMMENT ON TABLE xtuple.invhist IS 'Inventory transaction history';
COMMENT ON TABLE xtuple.invhistexpcat IS 'Track the relationship between an EX transaction in the invhist table and the corresponding Expense Category.';
COMMENT ON TABLE xtuple.ipsitemchar IS 'Item Price Schedule Characteristic Prices.';
COMMENT ON TABLE xtuple.ipsiteminfo IS 'Pricing Schedule Item information';
COMMENT ON TABLE xtuple.itemcost IS 'Item Cost information';
COMMENT ON TABLE xtuple.itemgrp IS 'Item Group information';
COMMENT ON TABLE xtuple.itemgrpitem IS 'Item Group Item information';
COMMENT ON TABLE xtuple.itemloc IS 'Detailed Location information for Lot/Serial and Multiple Location Control (MLC) Items';
COMMENT ON TABLE xtuple.itemlocpost IS 'Temporary table for storing information about Inventory distribution G/L postings involving Lot/Serial and Multiple Location Control (MLC) Items';
COMMENT ON TABLE xtuple.itemsrc IS 'Item Source information';
COMMENT ON TABLE xtuple.itemsrcp IS 'Item Source Price information';
COMMENT ON TABLE xtuple.itemsub IS 'Item Substitutes information';
COMMENT ON TABLE xtuple.itemtax IS 'This table associates tax types in a specified tax authority for the given item.';
COMMENT ON TABLE xtuple.itemtrans IS 'Item Transformation information';
COMMENT ON TABLE xtuple.itemuom IS 'A UOM type relation for a specific conversion.';
COMMENT ON TABLE xtuple.jrnluse IS 'Journal entry and use information';
COMMENT ON TABLE xtuple.labelform IS 'Label Form information';
COMMENT ON TABLE xtuple.locitem IS 'Restricted Warehouse Location Allowable Items information';
COMMENT ON TABLE xtuple.msg IS 'System Message information';
COMMENT ON TABLE xtuple.msguser IS 'System Message user information';
COMMENT ON TABLE xtuple.opsource IS 'Opportunity Lead Source values.';
COMMENT ON TABLE xtuple.opstage IS 'Opportunity stage values.';
COMMENT ON TABLE xtuple.optype IS 'Opportunity Type values.';
COMMENT ON TABLE xtuple.orderseq IS 'Configuration information for common numbering sequences';
COMMENT ON TABLE xtuple.payaropen IS 'Credit Card payment to credit memo join table';
COMMENT ON TABLE xtuple.period IS 'Accounting Period information';
COMMENT ON TABLE xtuple.plancode IS 'Planner Code information';
COMMENT ON TABLE xtuple.pr IS 'Purchase Request information';
COMMENT ON TABLE xtuple.prftcntr IS 'Profit Center information';
COMMENT ON TABLE xtuple.prjtaskuser IS 'Project Task user information';
COMMENT ON TABLE xtuple.prodcat IS 'Product Category information';
COMMENT ON TABLE xtuple.rcalitem IS 'Relative Calendar Item information';
COMMENT ON TABLE xtuple.recurtype IS 'Describes the properties of recurring items/events in way that can be used by stored procedures to maintain the recurrence.';
COMMENT ON TABLE xtuple.recv IS 'Information about Received Orders.';
COMMENT ON TABLE xtuple.rjctcode IS 'Reject Code information';
COMMENT ON TABLE xtuple.rsncode IS 'Debit/Credit Memo Reason Code information';
COMMENT ON TABLE xtuple.sale IS 'Sale information';
COMMENT ON TABLE xtuple.salesaccnt IS 'Sales Account assignment information';
COMMENT ON TABLE xtuple.salescat IS 'Sales Category information';
COMMENT ON TABLE xtuple.shift IS 'List of work Shifts';
COMMENT ON TABLE xtuple.shipchrg IS 'Shipping Charge information';
COMMENT ON TABLE xtuple.shipdata IS 'Shipping Interface information - note that the shipdata_cohead_nember is text and not int.  That is due to ODBC chopping off during the transfer';
COMMENT ON TABLE xtuple.shipdatasum IS 'Shipping Interface information.';
COMMENT ON TABLE xtuple.shipform IS 'Shipping Form information';
COMMENT ON TABLE xtuple.shipitem IS 'Information about Shipment Line Items';
COMMENT ON TABLE xtuple.shipvia IS 'Ship Via information';
COMMENT ON TABLE xtuple.shipzone IS 'Shipping Zone information';
COMMENT ON TABLE xtuple.sitetype IS 'This table is the different types of sites.';
COMMENT ON TABLE xtuple.sltrans IS 'Journal transaction information';
COMMENT ON TABLE xtuple.state IS 'List of states, provinces, and territories associated with various countries.';
COMMENT ON TABLE xtuple.stdjrnl IS 'Standard Journal information';
COMMENT ON TABLE xtuple.stdjrnlgrp IS 'Standard Journal Group information';
COMMENT ON TABLE xtuple.stdjrnlgrpitem IS 'Standard Journal Group Item information';
COMMENT ON TABLE xtuple.stdjrnlitem IS 'Standard Journal Item information';
COMMENT ON TABLE xtuple.subaccnt IS 'Subaccount information';
COMMENT ON TABLE xtuple.subaccnttype IS 'User defined Sub Account Types.';
COMMENT ON TABLE xtuple.taxclass IS 'Tax class information';
COMMENT ON TABLE xtuple.taxrate IS 'Tax rates.';
COMMENT ON TABLE xtuple.taxreg IS 'Stores Tax Registration numbers related to objects and a given tax authority. The rel_id specifies the object id and teh rel_type specifies the object type. See column comment for additional detail on types.';
COMMENT ON TABLE xtuple.taxtype IS 'The list of Tax Types';
COMMENT ON TABLE xtuple.taxzone IS 'Tax zone information';
COMMENT ON TABLE xtuple.terms IS 'Billing Terms information';
COMMENT ON TABLE xtuple.todoitem IS 'To-Do List items.';
COMMENT ON TABLE xtuple.trialbal IS 'Trial Balance information';
COMMENT ON TABLE xtuple.uom IS 'Unit of Measure information';
COMMENT ON TABLE xtuple.uomconv IS 'UOM conversion information. From Unit to To Unit with a value per ratio.';
COMMENT ON TABLE xtuple.uomtype IS 'UOM Type values.';
COMMENT ON TABLE xtuple.vendaddrinfo IS 'Vendor Address information';
COMMENT ON TABLE xtuple.vendtype IS 'Vendor Type information';
COMMENT ON TABLE xtuple.voitem IS 'Voucher Line Item information';
COMMENT ON TABLE xtuple.whsezone IS 'Warehouse Zone information';
COMMENT ON TABLE xtuple.womatl IS 'Work Order Material Requirements information';
COMMENT ON TABLE xtuple.womatlpost IS 'Table to tie work order to work order material transactions for efficient queries';
COMMENT ON TABLE xtuple.womatlvar IS 'Work Order Material Requirements Variance information';
COMMENT ON TABLE xtuple.yearperiod IS 'Accounting Year Periods information';
COMMENT ON COLUMN xtuple.bomwork.bomwork_qtyfxd IS 'The fixed quantity required';
COMMENT ON COLUMN xtuple.bomwork.bomwork_qtyreq IS 'The total quantity required';
COMMENT ON COLUMN xtuple.charopt.charopt_id IS 'Primary key';
COMMENT ON COLUMN xtuple.charopt.charopt_char_id IS 'Reference to char table';
COMMENT ON COLUMN xtuple.charopt.charopt_value IS 'Option value';
COMMENT ON COLUMN xtuple.charopt.charopt_order IS 'Option sort order';
COMMENT ON COLUMN xtuple.cmhead.cmhead_freighttaxtype_id IS 'Deprecated column - DO NOT USE';
COMMENT ON COLUMN xtuple.cmhead.cmhead_saletype_id IS 'Associated sale type for credit memo.';
COMMENT ON COLUMN xtuple.cmhead.cmhead_shipzone_id IS 'Associated shipping zone for credit memo.';
COMMENT ON COLUMN xtuple.cntcteml.cntcteml_id IS 'Primary key';
COMMENT ON COLUMN xtuple.cntcteml.cntcteml_cntct_id IS 'Reference to contact table';
COMMENT ON COLUMN xtuple.cntcteml.cntcteml_primary IS 'Flags whether this is the primary email address';
COMMENT ON COLUMN xtuple.cntcteml.cntcteml_email IS 'Alternate information';
COMMENT ON COLUMN xtuple.contrct.contrct_id IS 'Sequence identifier for contract.';
COMMENT ON COLUMN xtuple.contrct.contrct_number IS 'User defined identifier for contract.';
COMMENT ON COLUMN xtuple.contrct.contrct_vend_id IS 'Vendor associated with contract.';
COMMENT ON COLUMN xtuple.contrct.contrct_descrip IS 'Description for contract.';
COMMENT ON COLUMN xtuple.contrct.contrct_effective IS 'Effective date for contract.  Constraint for overlap.';
COMMENT ON COLUMN xtuple.contrct.contrct_expires IS 'Expiration date for contract.  Constraint for overlap.';
COMMENT ON COLUMN xtuple.contrct.contrct_note IS 'Notes for contract.';
COMMENT ON COLUMN xtuple.crmacctsel.crmacctsel_src_crmacct_id IS 'This is the internal ID of the CRM Account record the data will come from during the merge.';
COMMENT ON COLUMN xtuple.crmacctsel.crmacctsel_dest_crmacct_id IS 'This is the internal ID of the CRM Account record the data will go to during the merge. If crmacctsel_src_crmacct_id = crmacctsel_dest_crmacct_id, they indicate which crmacct record is the destination of the merge, meaning this is the record that will remain in the database after the merge has been completed and the intermediate data have been purged.';
COMMENT ON COLUMN xtuple.custform.custform_invoice_report_id IS 'Obsolete -- reference custform_invoice_report_name instead.';
COMMENT ON COLUMN xtuple.custform.custform_creditmemo_report_id IS 'Obsolete -- reference custform_creditmemo_report_name instead.';
COMMENT ON COLUMN xtuple.custform.custform_quote_report_id IS 'Obsolete -- reference custform_quote_report_name instead.';
COMMENT ON COLUMN xtuple.custform.custform_packinglist_report_id IS 'Obsolete -- reference custform_packinglist_report_name instead.';
COMMENT ON COLUMN xtuple.custform.custform_statement_report_id IS 'Obsolete -- reference custform_statement_report_name instead.';
COMMENT ON COLUMN xtuple.custform.custform_sopicklist_report_id IS 'Obsolete -- reference custform_sopicklist_report_name instead.';
COMMENT ON COLUMN xtuple.form.form_report_id IS 'Obsolete -- reference form_report_name instead.';
COMMENT ON COLUMN xtuple.ipsiteminfo.ipsitem_prodcat_id IS 'Product category for pricing schedule item.';
COMMENT ON COLUMN xtuple.ipsiteminfo.ipsitem_type IS 'Pricing type for pricing schedule item.  Valid values are N-nominal, D-discount, and M-markup';
COMMENT ON COLUMN xtuple.ipsiteminfo.ipsitem_warehous_id IS 'Site for pricing schedule item which enables pricing by site.';
COMMENT ON COLUMN xtuple.itemsrc.itemsrc_effective IS 'Effective date for item source.  Constraint for overlap.';
COMMENT ON COLUMN xtuple.itemsrc.itemsrc_expires IS 'Expiration date for item source.  Constraint for overlap.';
COMMENT ON COLUMN xtuple.itemsrc.itemsrc_contrct_id IS 'Associated contract for item source.  Inherits effective, expiration dates.';
COMMENT ON COLUMN xtuple.itemsrcp.itemsrcp_dropship IS 'Used to determine if item source price applies only to drop ship purchase orders.';
COMMENT ON COLUMN xtuple.itemsrcp.itemsrcp_warehous_id IS 'Used to determine if item source price applies only to specific site on purchase orders.';
COMMENT ON COLUMN xtuple.itemsrcp.itemsrcp_type IS 'Pricing type for item source price.  Valid values are N-nominal and D-discount.';
COMMENT ON COLUMN xtuple.itemsrcp.itemsrcp_discntprcnt IS 'Discount percent for item source price.';
COMMENT ON COLUMN xtuple.itemsrcp.itemsrcp_fixedamtdiscount IS 'Fixed amount discount for item source price.';
COMMENT ON COLUMN xtuple.labelform.labelform_report_id IS 'Obsolete -- reference labelform_report_name instead.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_id IS 'The internal id of this recurrence description.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_type IS 'A code value used by the RecurrenceWidget and the code that uses it to describe the item/event that will recur. Examples include "INCDT" for CRM Incidents and "J" for Projects.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_table IS 'The table that holds the item/event that will recur.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_donecheck IS 'A boolean expression that returns TRUE if an individual item/event record in the recurtype_table has already been completed.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_schedcol IS 'The name of the column in the recurtype_table holding the date or timestamp by which the item is scheduled to be completed or at which the event is supposed to occur.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_limit IS 'A boolean expression that returns TRUE if the current user should see the row in the recurtype_table. NULL indicates there is no specific limitation. For example, the maintainance of recurring TODO items should restricted to those items belonging to the user unless s/he has been granted the privilege to modify other people''s todo lists.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_copyfunc IS 'The name of the function to copy an existing item/event record. The copy function is expected to take at least 2 arguments: the id of the item to copy and the new date/timestamp. If the function accepts more than 2, it must be able to accept NULL values for the 3rd and following arguments.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_copyargs IS 'An abbreviated argument list for the copy function. This is used to determine whether the second argument must be cast to a date or a timestamp, and to figure out how many additional arguments to pass.';
COMMENT ON COLUMN xtuple.recurtype.recurtype_delfunc IS 'The name of the function to delete an existing item/event record. The function is expected to take exactly one argument: the id of the item to delete. NULL indicates there is no delete function and that an SQL DELETE statement can be used. In this case, the id column name will be built as the recurtype_table concatenated with the "_id" suffix.';
COMMENT ON COLUMN xtuple.salesaccnt.salesaccnt_saletype_id IS 'Associated sale type for sales account.';
COMMENT ON COLUMN xtuple.salesaccnt.salesaccnt_shipzone_id IS 'Associated shipping zone for sales account.';
COMMENT ON COLUMN xtuple.shipform.shipform_report_id IS 'Obsolete -- reference shipform_report_name instead.';
COMMENT ON COLUMN xtuple.taxclass.taxclass_id IS 'Primary key';
COMMENT ON COLUMN xtuple.taxclass.taxclass_code IS 'Code';
COMMENT ON COLUMN xtuple.taxclass.taxclass_descrip IS 'Description';
COMMENT ON COLUMN xtuple.taxclass.taxclass_sequence IS 'Group sequence';
COMMENT ON COLUMN xtuple.taxrate.taxrate_id IS 'Primary key.';
COMMENT ON COLUMN xtuple.taxrate.taxrate_tax_id IS 'The id of the parent tax code.';
COMMENT ON COLUMN xtuple.taxrate.taxrate_percent IS 'Tax rate percentage.';
COMMENT ON COLUMN xtuple.taxrate.taxrate_curr_id IS 'The currency id of the flat rate amount.';
COMMENT ON COLUMN xtuple.taxrate.taxrate_amount IS 'Flat tax rate amount.';
COMMENT ON COLUMN xtuple.taxrate.taxrate_effective IS 'The effective date of the tax rate.  NULL value means always.';
COMMENT ON COLUMN xtuple.taxrate.taxrate_expires IS 'The expire date of the tax rate.  NULL value means never.';
COMMENT ON COLUMN xtuple.taxreg.taxreg_rel_type IS 'The type of relation this record is for. Known values are C=Customer, V=Vendor, NULL=This Manufacturer in which case taxreg_rel_id is meaningless and should be -1.';
COMMENT ON COLUMN xtuple.taxzone.taxzone_id IS 'Primary key';
COMMENT ON COLUMN xtuple.taxzone.taxzone_code IS 'Code';
COMMENT ON COLUMN xtuple.taxzone.taxzone_descrip IS 'Description';
COMMENT ON COLUMN xtuple.todoitem.todoitem_recurring_todoitem_id IS 'The first todoitem record in the series if this is a recurring To-Do item. If the todoitem_recurring_todoitem_id is the same as the todoitem_id, this record is the first in the series.';
COMMENT ON COLUMN xtuple.womatl.womatl_qtyfxd IS 'The fixed quantity required';
COMMENT ON COLUMN xtuple.womatlvar.womatlvar_qtyfxd IS 'The fixed quantity required';
