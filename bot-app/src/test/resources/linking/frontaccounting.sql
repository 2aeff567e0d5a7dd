-- FrontAccounting, the open-source web accounting/ERP system for small businesses (customers and branches, sales
-- orders, deliveries, invoices, payments and allocations, salespeople and areas, price lists, suppliers, purchase
-- orders, goods received and supplier invoices, items, categories, units, locations and stock moves, bills of
-- material and work orders, fixed-asset classes, general ledger, chart of accounts, budgets, bank accounts and bank
-- transactions, taxes, currencies and exchange rates, dimensions, CRM contacts, fiscal years, users and roles), as
-- its installer creates a new company: sql/en_US-new.sql of github.com/FrontAccountingERP/FA (commit 9464a3f,
-- 2026-04-28; the dump says "Built by FrontAccounting 2.4.7"). Licence: GPL-3.0 (doc/license.txt); we use the
-- schema's facts. MySQL turned into PostgreSQL by a one-off script (not kept): schema frontaccounting; the table
-- prefix `0_` (TB_PREF, the installer's per-company prefix) dropped; int → integer (unsigned int → bigint),
-- tinyint → smallint (unsigned smallint → integer), varchar/char → character varying/character, text/tinytext →
-- text, tinyblob → bytea, double → double precision, datetime/timestamp → timestamp. Kept: all 80 tables, every
-- column with its NOT NULL, the 78 primary keys (`comments` and `voided` have none in the source), the 33 unique
-- keys, and the 10 column comments the source has (crm_categories, crm_contacts). Left out: AUTO_INCREMENT, defaults,
-- plain indexes, engine options and the installer's rows (chart of accounts, system preferences, ...). The source
-- declares no foreign keys, so there are none here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS frontaccounting;
CREATE TABLE frontaccounting.areas (
    area_code integer NOT NULL,
    description character varying(60) NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (area_code),
    UNIQUE (description)
);
CREATE TABLE frontaccounting.attachments (
    id bigint NOT NULL,
    description character varying(60) NOT NULL,
    type_no integer NOT NULL,
    trans_no integer NOT NULL,
    unique_name character varying(60) NOT NULL,
    tran_date date NOT NULL,
    filename character varying(60) NOT NULL,
    filesize integer NOT NULL,
    filetype character varying(60) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.audit_trail (
    id integer NOT NULL,
    type integer NOT NULL,
    trans_no bigint NOT NULL,
    "user" integer NOT NULL,
    stamp timestamp without time zone NOT NULL,
    description character varying(60),
    fiscal_year integer NOT NULL,
    gl_date date NOT NULL,
    gl_seq bigint,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.bank_accounts (
    account_code character varying(15) NOT NULL,
    account_type smallint NOT NULL,
    bank_account_name character varying(60) NOT NULL,
    bank_account_number character varying(100) NOT NULL,
    bank_name character varying(60) NOT NULL,
    bank_address text,
    bank_curr_code character(3) NOT NULL,
    dflt_curr_act smallint NOT NULL,
    id smallint NOT NULL,
    bank_charge_act character varying(15) NOT NULL,
    last_reconciled_date timestamp without time zone NOT NULL,
    ending_reconcile_balance double precision NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.bank_trans (
    id integer NOT NULL,
    type smallint,
    trans_no integer,
    bank_act character varying(15) NOT NULL,
    ref character varying(40),
    trans_date date NOT NULL,
    amount double precision,
    dimension_id integer NOT NULL,
    dimension2_id integer NOT NULL,
    person_type_id integer NOT NULL,
    person_id bytea,
    reconciled date,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.bom (
    id integer NOT NULL,
    parent character(20) NOT NULL,
    component character(20) NOT NULL,
    workcentre_added integer NOT NULL,
    loc_code character(5) NOT NULL,
    quantity double precision NOT NULL,
    PRIMARY KEY (parent, component, workcentre_added, loc_code)
);
CREATE TABLE frontaccounting.budget_trans (
    id integer NOT NULL,
    tran_date date NOT NULL,
    account character varying(15) NOT NULL,
    memo_ text NOT NULL,
    amount double precision NOT NULL,
    dimension_id integer,
    dimension2_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.chart_class (
    cid character varying(3) NOT NULL,
    class_name character varying(60) NOT NULL,
    ctype smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (cid)
);
CREATE TABLE frontaccounting.chart_master (
    account_code character varying(15) NOT NULL,
    account_code2 character varying(15) NOT NULL,
    account_name character varying(60) NOT NULL,
    account_type character varying(10) NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (account_code)
);
CREATE TABLE frontaccounting.chart_types (
    id character varying(10) NOT NULL,
    name character varying(60) NOT NULL,
    class_id character varying(3) NOT NULL,
    parent character varying(10) NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.comments (
    type integer NOT NULL,
    id integer NOT NULL,
    date_ date,
    memo_ text
);
CREATE TABLE frontaccounting.credit_status (
    id integer NOT NULL,
    reason_description character(100) NOT NULL,
    dissallow_invoices smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (reason_description)
);
CREATE TABLE frontaccounting.crm_categories (
    id integer NOT NULL,
    type character varying(20) NOT NULL,
    action character varying(20) NOT NULL,
    name character varying(30) NOT NULL,
    description text NOT NULL,
    system smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (type, action),
    UNIQUE (type, name)
);
COMMENT ON COLUMN frontaccounting.crm_categories.id IS 'pure technical key';
COMMENT ON COLUMN frontaccounting.crm_categories.type IS 'contact type e.g. customer';
COMMENT ON COLUMN frontaccounting.crm_categories.action IS 'detailed usage e.g. department';
COMMENT ON COLUMN frontaccounting.crm_categories.name IS 'for category selector';
COMMENT ON COLUMN frontaccounting.crm_categories.description IS 'usage description';
COMMENT ON COLUMN frontaccounting.crm_categories.system IS 'nonzero for core system usage';
CREATE TABLE frontaccounting.crm_contacts (
    id integer NOT NULL,
    person_id integer NOT NULL,
    type character varying(20) NOT NULL,
    action character varying(20) NOT NULL,
    entity_id character varying(11),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN frontaccounting.crm_contacts.person_id IS 'foreign key to crm_persons';
COMMENT ON COLUMN frontaccounting.crm_contacts.type IS 'foreign key to crm_categories';
COMMENT ON COLUMN frontaccounting.crm_contacts.action IS 'foreign key to crm_categories';
COMMENT ON COLUMN frontaccounting.crm_contacts.entity_id IS 'entity id in related class table';
CREATE TABLE frontaccounting.crm_persons (
    id integer NOT NULL,
    ref character varying(30) NOT NULL,
    name character varying(60) NOT NULL,
    name2 character varying(60),
    address text,
    phone character varying(30),
    phone2 character varying(30),
    fax character varying(30),
    email character varying(100),
    lang character(5),
    notes text NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.currencies (
    currency character varying(60) NOT NULL,
    curr_abrev character(3) NOT NULL,
    curr_symbol character varying(10) NOT NULL,
    country character varying(100) NOT NULL,
    hundreds_name character varying(15) NOT NULL,
    auto_update smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (curr_abrev)
);
CREATE TABLE frontaccounting.cust_allocations (
    id integer NOT NULL,
    person_id integer,
    amt double precision,
    date_alloc date NOT NULL,
    trans_no_from integer,
    trans_type_from integer,
    trans_no_to integer,
    trans_type_to integer,
    PRIMARY KEY (id),
    UNIQUE (person_id, trans_type_from, trans_no_from, trans_type_to, trans_no_to)
);
CREATE TABLE frontaccounting.cust_branch (
    branch_code integer NOT NULL,
    debtor_no integer NOT NULL,
    br_name character varying(60) NOT NULL,
    branch_ref character varying(30) NOT NULL,
    br_address text NOT NULL,
    area integer,
    salesman integer NOT NULL,
    default_location character varying(5) NOT NULL,
    tax_group_id integer,
    sales_account character varying(15) NOT NULL,
    sales_discount_account character varying(15) NOT NULL,
    receivables_account character varying(15) NOT NULL,
    payment_discount_account character varying(15) NOT NULL,
    default_ship_via integer NOT NULL,
    br_post_address text NOT NULL,
    group_no integer NOT NULL,
    notes text NOT NULL,
    bank_account character varying(60),
    inactive smallint NOT NULL,
    PRIMARY KEY (branch_code, debtor_no)
);
CREATE TABLE frontaccounting.debtor_trans (
    trans_no bigint NOT NULL,
    type integer NOT NULL,
    version smallint NOT NULL,
    debtor_no bigint NOT NULL,
    branch_code integer NOT NULL,
    tran_date date NOT NULL,
    due_date date NOT NULL,
    reference character varying(60) NOT NULL,
    tpe integer NOT NULL,
    order_ integer NOT NULL,
    ov_amount double precision NOT NULL,
    ov_gst double precision NOT NULL,
    ov_freight double precision NOT NULL,
    ov_freight_tax double precision NOT NULL,
    ov_discount double precision NOT NULL,
    alloc double precision NOT NULL,
    prep_amount double precision NOT NULL,
    rate double precision NOT NULL,
    ship_via integer,
    dimension_id integer NOT NULL,
    dimension2_id integer NOT NULL,
    payment_terms integer,
    tax_included smallint NOT NULL,
    PRIMARY KEY (type, trans_no, debtor_no)
);
CREATE TABLE frontaccounting.debtor_trans_details (
    id integer NOT NULL,
    debtor_trans_no integer,
    debtor_trans_type integer,
    stock_id character varying(20) NOT NULL,
    description text,
    unit_price double precision NOT NULL,
    unit_tax double precision NOT NULL,
    quantity double precision NOT NULL,
    discount_percent double precision NOT NULL,
    standard_cost double precision NOT NULL,
    qty_done double precision NOT NULL,
    src_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.debtors_master (
    debtor_no integer NOT NULL,
    name character varying(100) NOT NULL,
    debtor_ref character varying(30) NOT NULL,
    address text,
    tax_id character varying(55) NOT NULL,
    curr_code character(3) NOT NULL,
    sales_type integer NOT NULL,
    dimension_id integer NOT NULL,
    dimension2_id integer NOT NULL,
    credit_status integer NOT NULL,
    payment_terms integer,
    discount double precision NOT NULL,
    pymt_discount double precision NOT NULL,
    credit_limit real NOT NULL,
    notes text NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (debtor_no),
    UNIQUE (debtor_ref)
);
CREATE TABLE frontaccounting.dimensions (
    id integer NOT NULL,
    reference character varying(60) NOT NULL,
    name character varying(60) NOT NULL,
    type_ smallint NOT NULL,
    closed smallint NOT NULL,
    date_ date NOT NULL,
    due_date date NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (reference)
);
CREATE TABLE frontaccounting.exchange_rates (
    id integer NOT NULL,
    curr_code character(3) NOT NULL,
    rate_buy double precision NOT NULL,
    rate_sell double precision NOT NULL,
    date_ date NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (curr_code, date_)
);
CREATE TABLE frontaccounting.fiscal_year (
    id integer NOT NULL,
    begin date,
    "end" date,
    closed smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (begin),
    UNIQUE ("end")
);
CREATE TABLE frontaccounting.gl_trans (
    counter integer NOT NULL,
    type smallint NOT NULL,
    type_no integer NOT NULL,
    tran_date date NOT NULL,
    account character varying(15) NOT NULL,
    memo_ text NOT NULL,
    amount double precision NOT NULL,
    dimension_id integer NOT NULL,
    dimension2_id integer NOT NULL,
    person_type_id integer,
    person_id bytea,
    PRIMARY KEY (counter)
);
CREATE TABLE frontaccounting.grn_batch (
    id integer NOT NULL,
    supplier_id integer NOT NULL,
    purch_order_no integer,
    reference character varying(60) NOT NULL,
    delivery_date date NOT NULL,
    loc_code character varying(5),
    rate double precision,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.grn_items (
    id integer NOT NULL,
    grn_batch_id integer,
    po_detail_item integer NOT NULL,
    item_code character varying(20) NOT NULL,
    description text,
    qty_recd double precision NOT NULL,
    quantity_inv double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.groups (
    id integer NOT NULL,
    description character varying(60) NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (description)
);
CREATE TABLE frontaccounting.item_codes (
    id bigint NOT NULL,
    item_code character varying(20) NOT NULL,
    stock_id character varying(20) NOT NULL,
    description character varying(200) NOT NULL,
    category_id integer NOT NULL,
    quantity double precision NOT NULL,
    is_foreign smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (stock_id, item_code)
);
CREATE TABLE frontaccounting.item_tax_type_exemptions (
    item_tax_type_id integer NOT NULL,
    tax_type_id integer NOT NULL,
    PRIMARY KEY (item_tax_type_id, tax_type_id)
);
CREATE TABLE frontaccounting.item_tax_types (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    exempt smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE frontaccounting.item_units (
    abbr character varying(20) NOT NULL,
    name character varying(40) NOT NULL,
    decimals smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (abbr),
    UNIQUE (name)
);
CREATE TABLE frontaccounting.journal (
    type smallint NOT NULL,
    trans_no integer NOT NULL,
    tran_date date,
    reference character varying(60) NOT NULL,
    source_ref character varying(60) NOT NULL,
    event_date date,
    doc_date date NOT NULL,
    currency character(3) NOT NULL,
    amount double precision NOT NULL,
    rate double precision NOT NULL,
    PRIMARY KEY (type, trans_no)
);
CREATE TABLE frontaccounting.loc_stock (
    loc_code character(5) NOT NULL,
    stock_id character(20) NOT NULL,
    reorder_level double precision NOT NULL,
    PRIMARY KEY (loc_code, stock_id)
);
CREATE TABLE frontaccounting.locations (
    loc_code character varying(5) NOT NULL,
    location_name character varying(60) NOT NULL,
    delivery_address text NOT NULL,
    phone character varying(30) NOT NULL,
    phone2 character varying(30) NOT NULL,
    fax character varying(30) NOT NULL,
    email character varying(100) NOT NULL,
    contact character varying(30) NOT NULL,
    fixed_asset smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (loc_code)
);
CREATE TABLE frontaccounting.payment_terms (
    terms_indicator integer NOT NULL,
    terms character(80) NOT NULL,
    days_before_due smallint NOT NULL,
    day_in_following_month smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (terms_indicator),
    UNIQUE (terms)
);
CREATE TABLE frontaccounting.prices (
    id integer NOT NULL,
    stock_id character varying(20) NOT NULL,
    sales_type_id integer NOT NULL,
    curr_abrev character(3) NOT NULL,
    price double precision NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (stock_id, sales_type_id, curr_abrev)
);
CREATE TABLE frontaccounting.print_profiles (
    id integer NOT NULL,
    profile character varying(30) NOT NULL,
    report character varying(5),
    printer smallint,
    PRIMARY KEY (id),
    UNIQUE (profile, report)
);
CREATE TABLE frontaccounting.printers (
    id smallint NOT NULL,
    name character varying(20) NOT NULL,
    description character varying(60) NOT NULL,
    queue character varying(20) NOT NULL,
    host character varying(40) NOT NULL,
    port integer NOT NULL,
    timeout smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE frontaccounting.purch_data (
    supplier_id integer NOT NULL,
    stock_id character(20) NOT NULL,
    price double precision NOT NULL,
    suppliers_uom character(50) NOT NULL,
    conversion_factor double precision NOT NULL,
    supplier_description character(50) NOT NULL,
    PRIMARY KEY (supplier_id, stock_id)
);
CREATE TABLE frontaccounting.purch_order_details (
    po_detail_item integer NOT NULL,
    order_no integer NOT NULL,
    item_code character varying(20) NOT NULL,
    description text,
    delivery_date date NOT NULL,
    qty_invoiced double precision NOT NULL,
    unit_price double precision NOT NULL,
    act_price double precision NOT NULL,
    std_cost_unit double precision NOT NULL,
    quantity_ordered double precision NOT NULL,
    quantity_received double precision NOT NULL,
    PRIMARY KEY (po_detail_item)
);
CREATE TABLE frontaccounting.purch_orders (
    order_no integer NOT NULL,
    supplier_id integer NOT NULL,
    comments text,
    ord_date date NOT NULL,
    reference text NOT NULL,
    requisition_no text,
    into_stock_location character varying(5) NOT NULL,
    delivery_address text NOT NULL,
    total double precision NOT NULL,
    prep_amount double precision NOT NULL,
    alloc double precision NOT NULL,
    tax_included smallint NOT NULL,
    PRIMARY KEY (order_no)
);
CREATE TABLE frontaccounting.quick_entries (
    id integer NOT NULL,
    type smallint NOT NULL,
    description character varying(60) NOT NULL,
    usage character varying(120),
    base_amount double precision NOT NULL,
    base_desc character varying(60),
    bal_type smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.quick_entry_lines (
    id integer NOT NULL,
    qid integer NOT NULL,
    amount double precision,
    memo text NOT NULL,
    action character varying(2) NOT NULL,
    dest_id character varying(15) NOT NULL,
    dimension_id integer,
    dimension2_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.recurrent_invoices (
    id integer NOT NULL,
    description character varying(60) NOT NULL,
    order_no bigint NOT NULL,
    debtor_no bigint,
    group_no integer,
    days integer NOT NULL,
    monthly integer NOT NULL,
    begin date NOT NULL,
    "end" date NOT NULL,
    last_sent date NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (description)
);
CREATE TABLE frontaccounting.reflines (
    id integer NOT NULL,
    trans_type integer NOT NULL,
    prefix character(5) NOT NULL,
    pattern character varying(35) NOT NULL,
    description character varying(60) NOT NULL,
    "default" smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (trans_type, prefix)
);
CREATE TABLE frontaccounting.refs (
    id integer NOT NULL,
    type integer NOT NULL,
    reference character varying(100) NOT NULL,
    PRIMARY KEY (id, type)
);
CREATE TABLE frontaccounting.sales_order_details (
    id integer NOT NULL,
    order_no integer NOT NULL,
    trans_type smallint NOT NULL,
    stk_code character varying(20) NOT NULL,
    description text,
    qty_sent double precision NOT NULL,
    unit_price double precision NOT NULL,
    quantity double precision NOT NULL,
    invoiced double precision NOT NULL,
    discount_percent double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.sales_orders (
    order_no integer NOT NULL,
    trans_type smallint NOT NULL,
    version smallint NOT NULL,
    type smallint NOT NULL,
    debtor_no integer NOT NULL,
    branch_code integer NOT NULL,
    reference character varying(100) NOT NULL,
    customer_ref text NOT NULL,
    comments text,
    ord_date date NOT NULL,
    order_type integer NOT NULL,
    ship_via integer NOT NULL,
    delivery_address text NOT NULL,
    contact_phone character varying(30),
    contact_email character varying(100),
    deliver_to text NOT NULL,
    freight_cost double precision NOT NULL,
    from_stk_loc character varying(5) NOT NULL,
    delivery_date date NOT NULL,
    payment_terms integer,
    total double precision NOT NULL,
    prep_amount double precision NOT NULL,
    alloc double precision NOT NULL,
    PRIMARY KEY (trans_type, order_no)
);
CREATE TABLE frontaccounting.sales_pos (
    id integer NOT NULL,
    pos_name character varying(30) NOT NULL,
    cash_sale smallint NOT NULL,
    credit_sale smallint NOT NULL,
    pos_location character varying(5) NOT NULL,
    pos_account integer NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (pos_name)
);
CREATE TABLE frontaccounting.sales_types (
    id integer NOT NULL,
    sales_type character(50) NOT NULL,
    tax_included integer NOT NULL,
    factor double precision NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (sales_type)
);
CREATE TABLE frontaccounting.salesman (
    salesman_code integer NOT NULL,
    salesman_name character(60) NOT NULL,
    salesman_phone character(30) NOT NULL,
    salesman_fax character(30) NOT NULL,
    salesman_email character varying(100) NOT NULL,
    provision double precision NOT NULL,
    break_pt double precision NOT NULL,
    provision2 double precision NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (salesman_code),
    UNIQUE (salesman_name)
);
CREATE TABLE frontaccounting.security_roles (
    id integer NOT NULL,
    role character varying(30) NOT NULL,
    description character varying(50),
    sections text,
    areas text,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (role)
);
CREATE TABLE frontaccounting.shippers (
    shipper_id integer NOT NULL,
    shipper_name character varying(60) NOT NULL,
    phone character varying(30) NOT NULL,
    phone2 character varying(30) NOT NULL,
    contact text NOT NULL,
    address text NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (shipper_id),
    UNIQUE (shipper_name)
);
CREATE TABLE frontaccounting.sql_trail (
    id bigint NOT NULL,
    sql text NOT NULL,
    result smallint NOT NULL,
    msg character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.stock_category (
    category_id integer NOT NULL,
    description character varying(60) NOT NULL,
    dflt_tax_type integer NOT NULL,
    dflt_units character varying(20) NOT NULL,
    dflt_mb_flag character(1) NOT NULL,
    dflt_sales_act character varying(15) NOT NULL,
    dflt_cogs_act character varying(15) NOT NULL,
    dflt_inventory_act character varying(15) NOT NULL,
    dflt_adjustment_act character varying(15) NOT NULL,
    dflt_wip_act character varying(15) NOT NULL,
    dflt_dim1 integer,
    dflt_dim2 integer,
    inactive smallint NOT NULL,
    dflt_no_sale smallint NOT NULL,
    dflt_no_purchase smallint NOT NULL,
    PRIMARY KEY (category_id),
    UNIQUE (description)
);
CREATE TABLE frontaccounting.stock_fa_class (
    fa_class_id character varying(20) NOT NULL,
    parent_id character varying(20) NOT NULL,
    description character varying(200) NOT NULL,
    long_description text NOT NULL,
    depreciation_rate double precision NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (fa_class_id)
);
CREATE TABLE frontaccounting.stock_master (
    stock_id character varying(20) NOT NULL,
    category_id integer NOT NULL,
    tax_type_id integer NOT NULL,
    description character varying(200) NOT NULL,
    long_description text NOT NULL,
    units character varying(20) NOT NULL,
    mb_flag character(1) NOT NULL,
    sales_account character varying(15) NOT NULL,
    cogs_account character varying(15) NOT NULL,
    inventory_account character varying(15) NOT NULL,
    adjustment_account character varying(15) NOT NULL,
    wip_account character varying(15) NOT NULL,
    dimension_id integer,
    dimension2_id integer,
    purchase_cost double precision NOT NULL,
    material_cost double precision NOT NULL,
    labour_cost double precision NOT NULL,
    overhead_cost double precision NOT NULL,
    inactive smallint NOT NULL,
    no_sale smallint NOT NULL,
    no_purchase smallint NOT NULL,
    editable smallint NOT NULL,
    depreciation_method character(1) NOT NULL,
    depreciation_rate double precision NOT NULL,
    depreciation_factor double precision NOT NULL,
    depreciation_start date NOT NULL,
    depreciation_date date NOT NULL,
    fa_class_id character varying(20) NOT NULL,
    PRIMARY KEY (stock_id)
);
CREATE TABLE frontaccounting.stock_moves (
    trans_id integer NOT NULL,
    trans_no integer NOT NULL,
    stock_id character(20) NOT NULL,
    type smallint NOT NULL,
    loc_code character(5) NOT NULL,
    tran_date date NOT NULL,
    price double precision NOT NULL,
    reference character(40) NOT NULL,
    qty double precision NOT NULL,
    standard_cost double precision NOT NULL,
    PRIMARY KEY (trans_id)
);
CREATE TABLE frontaccounting.supp_allocations (
    id integer NOT NULL,
    person_id integer,
    amt double precision,
    date_alloc date NOT NULL,
    trans_no_from integer,
    trans_type_from integer,
    trans_no_to integer,
    trans_type_to integer,
    PRIMARY KEY (id),
    UNIQUE (person_id, trans_type_from, trans_no_from, trans_type_to, trans_no_to)
);
CREATE TABLE frontaccounting.supp_invoice_items (
    id integer NOT NULL,
    supp_trans_no integer,
    supp_trans_type integer,
    gl_code character varying(15) NOT NULL,
    grn_item_id integer,
    po_detail_item_id integer,
    stock_id character varying(20) NOT NULL,
    description text,
    quantity double precision NOT NULL,
    unit_price double precision NOT NULL,
    unit_tax double precision NOT NULL,
    memo_ text,
    dimension_id integer NOT NULL,
    dimension2_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.supp_trans (
    trans_no bigint NOT NULL,
    type integer NOT NULL,
    supplier_id bigint NOT NULL,
    reference text NOT NULL,
    supp_reference character varying(60) NOT NULL,
    tran_date date NOT NULL,
    due_date date NOT NULL,
    ov_amount double precision NOT NULL,
    ov_discount double precision NOT NULL,
    ov_gst double precision NOT NULL,
    rate double precision NOT NULL,
    alloc double precision NOT NULL,
    tax_included smallint NOT NULL,
    PRIMARY KEY (type, trans_no, supplier_id)
);
CREATE TABLE frontaccounting.suppliers (
    supplier_id integer NOT NULL,
    supp_name character varying(60) NOT NULL,
    supp_ref character varying(30) NOT NULL,
    address text NOT NULL,
    supp_address text NOT NULL,
    gst_no character varying(25) NOT NULL,
    contact character varying(60) NOT NULL,
    supp_account_no character varying(40) NOT NULL,
    website character varying(100) NOT NULL,
    bank_account character varying(60) NOT NULL,
    curr_code character(3),
    payment_terms integer,
    tax_included smallint NOT NULL,
    dimension_id integer,
    dimension2_id integer,
    tax_group_id integer,
    credit_limit double precision NOT NULL,
    purchase_account character varying(15) NOT NULL,
    payable_account character varying(15) NOT NULL,
    payment_discount_account character varying(15) NOT NULL,
    notes text NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (supplier_id)
);
CREATE TABLE frontaccounting.sys_prefs (
    name character varying(35) NOT NULL,
    category character varying(30),
    type character varying(20) NOT NULL,
    length smallint,
    value text NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE frontaccounting.tag_associations (
    record_id character varying(15) NOT NULL,
    tag_id integer NOT NULL,
    PRIMARY KEY (record_id, tag_id)
);
CREATE TABLE frontaccounting.tags (
    id integer NOT NULL,
    type smallint NOT NULL,
    name character varying(30) NOT NULL,
    description character varying(60),
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (type, name)
);
CREATE TABLE frontaccounting.tax_group_items (
    tax_group_id integer NOT NULL,
    tax_type_id integer NOT NULL,
    tax_shipping smallint NOT NULL,
    PRIMARY KEY (tax_group_id, tax_type_id)
);
CREATE TABLE frontaccounting.tax_groups (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE frontaccounting.tax_types (
    id integer NOT NULL,
    rate double precision NOT NULL,
    sales_gl_code character varying(15) NOT NULL,
    purchasing_gl_code character varying(15) NOT NULL,
    name character varying(60) NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.trans_tax_details (
    id integer NOT NULL,
    trans_type smallint,
    trans_no integer,
    tran_date date NOT NULL,
    tax_type_id integer NOT NULL,
    rate double precision NOT NULL,
    ex_rate double precision NOT NULL,
    included_in_price smallint NOT NULL,
    net_amount double precision NOT NULL,
    amount double precision NOT NULL,
    memo text,
    reg_type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.useronline (
    id integer NOT NULL,
    "timestamp" integer NOT NULL,
    ip character varying(40) NOT NULL,
    file character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.users (
    id smallint NOT NULL,
    user_id character varying(60) NOT NULL,
    password character varying(100) NOT NULL,
    real_name character varying(100) NOT NULL,
    role_id integer NOT NULL,
    phone character varying(30) NOT NULL,
    email character varying(100),
    language character varying(20),
    date_format smallint NOT NULL,
    date_sep smallint NOT NULL,
    tho_sep smallint NOT NULL,
    dec_sep smallint NOT NULL,
    theme character varying(20) NOT NULL,
    page_size character varying(20) NOT NULL,
    prices_dec smallint NOT NULL,
    qty_dec smallint NOT NULL,
    rates_dec smallint NOT NULL,
    percent_dec smallint NOT NULL,
    show_gl smallint NOT NULL,
    show_codes smallint NOT NULL,
    show_hints smallint NOT NULL,
    last_visit_date timestamp without time zone,
    query_size smallint NOT NULL,
    graphic_links smallint,
    pos smallint,
    print_profile character varying(30) NOT NULL,
    rep_popup smallint,
    sticky_doc_date smallint,
    startup_tab character varying(20) NOT NULL,
    transaction_days smallint NOT NULL,
    save_report_selections smallint NOT NULL,
    use_date_picker smallint NOT NULL,
    def_print_destination smallint NOT NULL,
    def_print_orientation smallint NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (user_id)
);
CREATE TABLE frontaccounting.voided (
    type integer NOT NULL,
    id integer NOT NULL,
    date_ date NOT NULL,
    memo_ text NOT NULL,
    UNIQUE (type, id)
);
CREATE TABLE frontaccounting.wo_costing (
    id integer NOT NULL,
    workorder_id integer NOT NULL,
    cost_type smallint NOT NULL,
    trans_type integer NOT NULL,
    trans_no integer NOT NULL,
    factor double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.wo_issue_items (
    id integer NOT NULL,
    stock_id character varying(40),
    issue_id integer,
    qty_issued double precision,
    unit_cost double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.wo_issues (
    issue_no integer NOT NULL,
    workorder_id integer NOT NULL,
    reference character varying(100),
    issue_date date,
    loc_code character varying(5),
    workcentre_id integer,
    PRIMARY KEY (issue_no)
);
CREATE TABLE frontaccounting.wo_manufacture (
    id integer NOT NULL,
    reference character varying(100),
    workorder_id integer NOT NULL,
    quantity double precision NOT NULL,
    date_ date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.wo_requirements (
    id integer NOT NULL,
    workorder_id integer NOT NULL,
    stock_id character(20) NOT NULL,
    workcentre integer NOT NULL,
    units_req double precision NOT NULL,
    unit_cost double precision NOT NULL,
    loc_code character(5) NOT NULL,
    units_issued double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE frontaccounting.workcentres (
    id integer NOT NULL,
    name character(40) NOT NULL,
    description character(50) NOT NULL,
    inactive smallint NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE frontaccounting.workorders (
    id integer NOT NULL,
    wo_ref character varying(60) NOT NULL,
    loc_code character varying(5) NOT NULL,
    units_reqd double precision NOT NULL,
    stock_id character varying(20) NOT NULL,
    date_ date NOT NULL,
    type smallint NOT NULL,
    required_by date NOT NULL,
    released_date date NOT NULL,
    units_issued double precision NOT NULL,
    closed smallint NOT NULL,
    released smallint NOT NULL,
    additional_costs double precision NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (wo_ref)
);
