-- Apache OFBiz, the open-source ERP (parties, persons and organisations with their roles, relationships,
-- classifications, identifications, notes and contact mechanisms: postal addresses, phone numbers and purposes;
-- communication events, agreements, affiliates, vendors; products with types, associations, categories and their
-- members and rollups, catalogs, features, prices, reviews, keywords, good identifications, supplier products;
-- facilities and their locations, inventory items with details and variances, lots, physical inventories,
-- transfers, reorder guidelines; product stores with their facilities, catalogs, roles and groups; promotions,
-- promo codes, rules and uses; subscriptions; shipments with items, packages, route segments, receipts, item
-- issuances, picklists and bins, carrier shipment methods; orders with items, roles, statuses, adjustments,
-- contact mechs, ship groups and reservations, payment preferences, terms and billing; quotes, customer requests,
-- requirements, returns, shopping lists; invoices with items, roles, statuses and terms; payments and their
-- applications, payment methods, credit cards, EFT accounts, gift cards, billing accounts, financial accounts and
-- their transactions; GL accounts, accounting transactions and entries, journals, tax authorities, fixed assets;
-- and the common enumerations, status items, geos, units of measure, notes and time periods), a coherent subset of
-- 194 of the 582 entities its entity model declares in these files of the Apache OFBiz release 12.04 source tree:
-- applications/party/entitydef/entitymodel.xml, applications/product/entitydef/entitymodel.xml and
-- entitymodel_shipment.xml, applications/order/entitydef/entitymodel.xml,
-- applications/accounting/entitydef/entitymodel.xml and framework/common/entitydef/entitymodel.xml, read from
-- the copy of release 12.04 in github.com/dungkhmt/bkofbiz (ofbiz-release12.04/, commit 1d6bc87; these files are
-- unchanged there since the import of the release, commit e147760, 15 Jul 2017; the Apache repository is over the
-- size a copy here can have). Apache-2.0. Turned into PostgreSQL by a one-off script the way OFBiz's entity engine
-- names things (camelCase entity and field names -> snake_case tables and columns: OrderHeader -> order_header,
-- partyIdFrom -> party_id_from), field types as framework/entity/fieldtype/fieldtypepostgres.xml maps them (id ->
-- character varying(20), id-long -> character varying(60), indicator -> character(1), date-time -> timestamp with
-- time zone, currency-amount -> numeric(18,2), very-long -> text, ...), loaded into a scratch PostgreSQL and
-- regenerated from its catalog, schema ofbiz: every chosen entity's fields, its primary key, and a foreign key for
-- each relation of type "one" between two chosen entities (616; "one-nofk" relations and relations to entities left
-- out give none, so e.g. content_id, work_effort_id or user login columns refer to nothing here); the entities'
-- and fields' <description> texts kept as comments (4 tables, 116 columns). Left out: the other entities, view
-- entities, the fields other components add with extend-entity, the four automatic stamp columns the entity
-- engine adds to every table (last_updated_stamp, last_updated_tx_stamp, created_stamp, created_tx_stamp), indexes
-- and defaults. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ofbiz;
CREATE TABLE ofbiz.acctg_trans (
    acctg_trans_id character varying(20) NOT NULL,
    acctg_trans_type_id character varying(20),
    description character varying(255),
    transaction_date timestamp with time zone,
    is_posted character(1),
    posted_date timestamp with time zone,
    scheduled_posting_date timestamp with time zone,
    gl_journal_id character varying(20),
    gl_fiscal_type_id character varying(20),
    voucher_ref character varying(60),
    voucher_date timestamp with time zone,
    group_status_id character varying(20),
    fixed_asset_id character varying(20),
    inventory_item_id character varying(20),
    physical_inventory_id character varying(20),
    party_id character varying(20),
    role_type_id character varying(20),
    invoice_id character varying(20),
    payment_id character varying(20),
    fin_account_trans_id character varying(20),
    shipment_id character varying(20),
    receipt_id character varying(20),
    work_effort_id character varying(20),
    their_acctg_trans_id character varying(60),
    created_by_user_login character varying(255),
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (acctg_trans_id)
);
CREATE TABLE ofbiz.acctg_trans_entry (
    acctg_trans_id character varying(20) NOT NULL,
    acctg_trans_entry_seq_id character varying(20) NOT NULL,
    acctg_trans_entry_type_id character varying(20),
    description character varying(255),
    voucher_ref character varying(60),
    party_id character varying(20),
    role_type_id character varying(20),
    their_party_id character varying(20),
    product_id character varying(20),
    their_product_id character varying(20),
    inventory_item_id character varying(20),
    gl_account_type_id character varying(20),
    gl_account_id character varying(20),
    organization_party_id character varying(20),
    amount numeric(18,2),
    currency_uom_id character varying(20),
    orig_amount numeric(18,2),
    orig_currency_uom_id character varying(20),
    debit_credit_flag character(1),
    due_date date,
    group_id character varying(20),
    tax_id character varying(20),
    reconcile_status_id character varying(20),
    settlement_term_id character varying(20),
    is_summary character(1),
    PRIMARY KEY (acctg_trans_id, acctg_trans_entry_seq_id)
);
CREATE TABLE ofbiz.acctg_trans_entry_type (
    acctg_trans_entry_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (acctg_trans_entry_type_id)
);
CREATE TABLE ofbiz.acctg_trans_type (
    acctg_trans_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (acctg_trans_type_id)
);
CREATE TABLE ofbiz.affiliate (
    party_id character varying(20) NOT NULL,
    affiliate_name character varying(100),
    affiliate_description character varying(255),
    year_established character varying(10),
    site_type character varying(255),
    site_page_views character varying(255),
    site_visitors character varying(255),
    date_time_created timestamp with time zone,
    date_time_approved timestamp with time zone,
    PRIMARY KEY (party_id)
);
CREATE TABLE ofbiz.agreement (
    agreement_id character varying(20) NOT NULL,
    product_id character varying(20),
    party_id_from character varying(20),
    party_id_to character varying(20),
    role_type_id_from character varying(20),
    role_type_id_to character varying(20),
    agreement_type_id character varying(20),
    agreement_date timestamp with time zone,
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    description character varying(255),
    text_data text,
    PRIMARY KEY (agreement_id)
);
CREATE TABLE ofbiz.agreement_role (
    agreement_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    PRIMARY KEY (agreement_id, party_id, role_type_id)
);
CREATE TABLE ofbiz.agreement_type (
    agreement_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (agreement_type_id)
);
CREATE TABLE ofbiz.billing_account (
    billing_account_id character varying(20) NOT NULL,
    account_limit numeric(18,2),
    account_currency_uom_id character varying(20),
    contact_mech_id character varying(20),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    description character varying(255),
    external_account_id character varying(20),
    PRIMARY KEY (billing_account_id)
);
CREATE TABLE ofbiz.billing_account_role (
    billing_account_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    PRIMARY KEY (billing_account_id, party_id, role_type_id, from_date)
);
CREATE TABLE ofbiz.carrier_shipment_method (
    shipment_method_type_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    sequence_number numeric(20,0),
    carrier_service_code character varying(60),
    PRIMARY KEY (shipment_method_type_id, party_id, role_type_id)
);
CREATE TABLE ofbiz.communication_event (
    communication_event_id character varying(20) NOT NULL,
    communication_event_type_id character varying(20),
    orig_comm_event_id character varying(20),
    parent_comm_event_id character varying(20),
    status_id character varying(20),
    contact_mech_type_id character varying(20),
    contact_mech_id_from character varying(20),
    contact_mech_id_to character varying(20),
    role_type_id_from character varying(20),
    role_type_id_to character varying(20),
    party_id_from character varying(20),
    party_id_to character varying(20),
    entry_date timestamp with time zone,
    datetime_started timestamp with time zone,
    datetime_ended timestamp with time zone,
    subject character varying(255),
    content_mime_type_id character varying(255),
    content text,
    note character varying(255),
    reason_enum_id character varying(20),
    contact_list_id character varying(20),
    header_string text,
    from_string text,
    to_string text,
    cc_string text,
    bcc_string text,
    message_id character varying(255),
    PRIMARY KEY (communication_event_id)
);
CREATE TABLE ofbiz.communication_event_role (
    communication_event_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    contact_mech_id character varying(20),
    status_id character varying(20),
    PRIMARY KEY (communication_event_id, party_id, role_type_id)
);
CREATE TABLE ofbiz.communication_event_type (
    communication_event_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    contact_mech_type_id character varying(20),
    PRIMARY KEY (communication_event_type_id)
);
CREATE TABLE ofbiz.contact_mech (
    contact_mech_id character varying(20) NOT NULL,
    contact_mech_type_id character varying(20),
    info_string character varying(255),
    PRIMARY KEY (contact_mech_id)
);
CREATE TABLE ofbiz.contact_mech_purpose_type (
    contact_mech_purpose_type_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (contact_mech_purpose_type_id)
);
CREATE TABLE ofbiz.contact_mech_type (
    contact_mech_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (contact_mech_type_id)
);
CREATE TABLE ofbiz.credit_card (
    payment_method_id character varying(20) NOT NULL,
    card_type character varying(60),
    card_number character varying(255),
    valid_from_date character varying(20),
    expire_date character varying(20),
    issue_number character varying(20),
    company_name_on_card character varying(100),
    title_on_card character varying(100),
    first_name_on_card character varying(100),
    middle_name_on_card character varying(100),
    last_name_on_card character varying(100),
    suffix_on_card character varying(100),
    contact_mech_id character varying(20),
    consecutive_failed_auths numeric(20,0),
    last_failed_auth_date timestamp with time zone,
    consecutive_failed_nsf numeric(20,0),
    last_failed_nsf_date timestamp with time zone,
    PRIMARY KEY (payment_method_id)
);
CREATE TABLE ofbiz.cust_request (
    cust_request_id character varying(20) NOT NULL,
    cust_request_type_id character varying(20),
    cust_request_category_id character varying(20),
    status_id character varying(20),
    from_party_id character varying(20),
    priority numeric(20,0),
    cust_request_date timestamp with time zone,
    response_required_date timestamp with time zone,
    cust_request_name character varying(100),
    description character varying(255),
    maximum_amount_uom_id character varying(20),
    product_store_id character varying(20),
    sales_channel_enum_id character varying(20),
    fulfill_contact_mech_id character varying(20),
    currency_uom_id character varying(20),
    open_date_time timestamp with time zone,
    closed_date_time timestamp with time zone,
    internal_comment character varying(255),
    reason character varying(255),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (cust_request_id)
);
CREATE TABLE ofbiz.cust_request_item (
    cust_request_id character varying(20) NOT NULL,
    cust_request_item_seq_id character varying(20) NOT NULL,
    cust_request_resolution_id character varying(20),
    status_id character varying(20),
    priority numeric(20,0),
    sequence_num numeric(20,0),
    required_by_date timestamp with time zone,
    product_id character varying(20),
    quantity numeric(18,6),
    selected_amount numeric(18,6),
    maximum_amount numeric(18,2),
    reserv_start timestamp with time zone,
    reserv_length numeric(18,6),
    reserv_persons numeric(18,6),
    config_id character varying(20),
    description character varying(255),
    story text,
    PRIMARY KEY (cust_request_id, cust_request_item_seq_id)
);
CREATE TABLE ofbiz.cust_request_type (
    cust_request_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    party_id character varying(20),
    PRIMARY KEY (cust_request_type_id)
);
CREATE TABLE ofbiz.custom_time_period (
    custom_time_period_id character varying(20) NOT NULL,
    parent_period_id character varying(20),
    period_type_id character varying(20),
    period_num numeric(20,0),
    period_name character varying(100),
    from_date date,
    thru_date date,
    is_closed character(1),
    PRIMARY KEY (custom_time_period_id)
);
CREATE TABLE ofbiz.eft_account (
    payment_method_id character varying(20) NOT NULL,
    bank_name character varying(100),
    routing_number character varying(60),
    account_type character varying(60),
    account_number character varying(255),
    name_on_account character varying(100),
    company_name_on_account character varying(100),
    contact_mech_id character varying(20),
    years_at_bank numeric(20,0),
    PRIMARY KEY (payment_method_id)
);
CREATE TABLE ofbiz.enumeration (
    enum_id character varying(20) NOT NULL,
    enum_type_id character varying(20),
    enum_code character varying(60),
    sequence_id character varying(20),
    description character varying(255),
    PRIMARY KEY (enum_id)
);
CREATE TABLE ofbiz.enumeration_type (
    enum_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (enum_type_id)
);
CREATE TABLE ofbiz.facility (
    facility_id character varying(20) NOT NULL,
    facility_type_id character varying(20),
    parent_facility_id character varying(20),
    owner_party_id character varying(20),
    default_inventory_item_type_id character varying(20),
    facility_name character varying(100),
    primary_facility_group_id character varying(20),
    square_footage numeric(20,0),
    facility_size numeric(18,6),
    facility_size_uom_id character varying(20),
    product_store_id character varying(20),
    default_days_to_ship numeric(20,0),
    opened_date timestamp with time zone,
    closed_date timestamp with time zone,
    description character varying(255),
    default_dimension_uom_id character varying(20),
    default_weight_uom_id character varying(20),
    geo_point_id character varying(20),
    PRIMARY KEY (facility_id)
);
CREATE TABLE ofbiz.facility_contact_mech (
    facility_id character varying(20) NOT NULL,
    contact_mech_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    extension character varying(10),
    comments character varying(255),
    PRIMARY KEY (facility_id, contact_mech_id, from_date)
);
CREATE TABLE ofbiz.facility_location (
    facility_id character varying(20) NOT NULL,
    location_seq_id character varying(20) NOT NULL,
    location_type_enum_id character varying(20),
    area_id character varying(20),
    aisle_id character varying(20),
    section_id character varying(20),
    level_id character varying(20),
    position_id character varying(20),
    PRIMARY KEY (facility_id, location_seq_id)
);
CREATE TABLE ofbiz.facility_type (
    facility_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (facility_type_id)
);
CREATE TABLE ofbiz.fin_account (
    fin_account_id character varying(20) NOT NULL,
    fin_account_type_id character varying(20),
    status_id character varying(20),
    fin_account_name character varying(100),
    fin_account_code character varying(255),
    fin_account_pin character varying(255),
    currency_uom_id character varying(20),
    organization_party_id character varying(20),
    owner_party_id character varying(20),
    post_to_gl_account_id character varying(20),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    is_refundable character(1),
    replenish_payment_id character varying(20),
    replenish_level numeric(18,2),
    actual_balance numeric(18,2),
    available_balance numeric(18,2),
    PRIMARY KEY (fin_account_id)
);
CREATE TABLE ofbiz.fin_account_trans (
    fin_account_trans_id character varying(20) NOT NULL,
    fin_account_trans_type_id character varying(20),
    fin_account_id character varying(20),
    party_id character varying(20),
    gl_reconciliation_id character varying(20),
    transaction_date timestamp with time zone,
    entry_date timestamp with time zone,
    amount numeric(18,2),
    payment_id character varying(20),
    order_id character varying(20),
    order_item_seq_id character varying(20),
    performed_by_party_id character varying(20),
    reason_enum_id character varying(20),
    comments character varying(255),
    status_id character varying(20),
    PRIMARY KEY (fin_account_trans_id)
);
CREATE TABLE ofbiz.fin_account_trans_type (
    fin_account_trans_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (fin_account_trans_type_id)
);
CREATE TABLE ofbiz.fin_account_type (
    fin_account_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    replenish_enum_id character varying(20),
    is_refundable character(1),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (fin_account_type_id)
);
CREATE TABLE ofbiz.fixed_asset (
    fixed_asset_id character varying(20) NOT NULL,
    fixed_asset_type_id character varying(20),
    parent_fixed_asset_id character varying(20),
    instance_of_product_id character varying(20),
    class_enum_id character varying(20),
    party_id character varying(20),
    role_type_id character varying(20),
    fixed_asset_name character varying(100),
    acquire_order_id character varying(20),
    acquire_order_item_seq_id character varying(20),
    date_acquired timestamp with time zone,
    date_last_serviced timestamp with time zone,
    date_next_service timestamp with time zone,
    expected_end_of_life date,
    actual_end_of_life date,
    production_capacity numeric(18,6),
    uom_id character varying(20),
    calendar_id character varying(20),
    serial_number character varying(255),
    located_at_facility_id character varying(20),
    located_at_location_seq_id character varying(20),
    salvage_value numeric(18,2),
    depreciation numeric(18,2),
    purchase_cost numeric(18,2),
    purchase_cost_uom_id character varying(20),
    PRIMARY KEY (fixed_asset_id)
);
CREATE TABLE ofbiz.fixed_asset_type (
    fixed_asset_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (fixed_asset_type_id)
);
CREATE TABLE ofbiz.geo (
    geo_id character varying(20) NOT NULL,
    geo_type_id character varying(20),
    geo_name character varying(100),
    geo_code character varying(60),
    geo_sec_code character varying(60),
    abbreviation character varying(60),
    well_known_text text,
    PRIMARY KEY (geo_id)
);
CREATE TABLE ofbiz.geo_type (
    geo_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (geo_type_id)
);
CREATE TABLE ofbiz.gift_card (
    payment_method_id character varying(20) NOT NULL,
    card_number character varying(255),
    pin_number character varying(255),
    expire_date character varying(20),
    contact_mech_id character varying(20),
    PRIMARY KEY (payment_method_id)
);
CREATE TABLE ofbiz.gl_account (
    gl_account_id character varying(20) NOT NULL,
    gl_account_type_id character varying(20),
    gl_account_class_id character varying(20),
    gl_resource_type_id character varying(20),
    gl_xbrl_class_id character varying(20),
    parent_gl_account_id character varying(20),
    account_code character varying(100),
    account_name character varying(100),
    description character varying(255),
    product_id character varying(20),
    external_id character varying(20),
    posted_balance numeric(18,2),
    PRIMARY KEY (gl_account_id)
);
CREATE TABLE ofbiz.gl_account_class (
    gl_account_class_id character varying(20) NOT NULL,
    parent_class_id character varying(20),
    description character varying(255),
    is_asset_class character(1),
    PRIMARY KEY (gl_account_class_id)
);
CREATE TABLE ofbiz.gl_account_organization (
    gl_account_id character varying(20) NOT NULL,
    organization_party_id character varying(20) NOT NULL,
    role_type_id character varying(20),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    posted_balance numeric(18,2),
    PRIMARY KEY (gl_account_id, organization_party_id)
);
CREATE TABLE ofbiz.gl_account_type (
    gl_account_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (gl_account_type_id)
);
CREATE TABLE ofbiz.gl_fiscal_type (
    gl_fiscal_type_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (gl_fiscal_type_id)
);
CREATE TABLE ofbiz.gl_journal (
    gl_journal_id character varying(20) NOT NULL,
    gl_journal_name character varying(100),
    organization_party_id character varying(20),
    is_posted character(1),
    posted_date timestamp with time zone,
    PRIMARY KEY (gl_journal_id)
);
CREATE TABLE ofbiz.good_identification (
    good_identification_type_id character varying(20) NOT NULL,
    product_id character varying(20) NOT NULL,
    id_value character varying(60),
    PRIMARY KEY (good_identification_type_id, product_id)
);
CREATE TABLE ofbiz.good_identification_type (
    good_identification_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (good_identification_type_id)
);
CREATE TABLE ofbiz.inventory_item (
    inventory_item_id character varying(20) NOT NULL,
    inventory_item_type_id character varying(20),
    product_id character varying(20),
    party_id character varying(20),
    owner_party_id character varying(20),
    status_id character varying(20),
    datetime_received timestamp with time zone,
    datetime_manufactured timestamp with time zone,
    expire_date timestamp with time zone,
    facility_id character varying(20),
    container_id character varying(20),
    lot_id character varying(20),
    uom_id character varying(20),
    bin_number character varying(20),
    location_seq_id character varying(20),
    comments character varying(255),
    quantity_on_hand_total numeric(18,6),
    available_to_promise_total numeric(18,6),
    accounting_quantity_total numeric(18,6),
    quantity_on_hand numeric(18,6),
    available_to_promise numeric(18,6),
    serial_number character varying(255),
    soft_identifier character varying(255),
    activation_number character varying(255),
    activation_valid_thru timestamp with time zone,
    unit_cost numeric(18,6),
    currency_uom_id character varying(20),
    PRIMARY KEY (inventory_item_id)
);
CREATE TABLE ofbiz.inventory_item_detail (
    inventory_item_id character varying(20) NOT NULL,
    inventory_item_detail_seq_id character varying(20) NOT NULL,
    effective_date timestamp with time zone,
    quantity_on_hand_diff numeric(18,6),
    available_to_promise_diff numeric(18,6),
    accounting_quantity_diff numeric(18,6),
    unit_cost numeric(18,6),
    order_id character varying(20),
    order_item_seq_id character varying(20),
    ship_group_seq_id character varying(20),
    shipment_id character varying(20),
    shipment_item_seq_id character varying(20),
    return_id character varying(20),
    return_item_seq_id character varying(20),
    work_effort_id character varying(20),
    fixed_asset_id character varying(20),
    maint_hist_seq_id character varying(20),
    item_issuance_id character varying(20),
    receipt_id character varying(20),
    physical_inventory_id character varying(20),
    reason_enum_id character varying(20),
    description character varying(255),
    PRIMARY KEY (inventory_item_id, inventory_item_detail_seq_id)
);
CREATE TABLE ofbiz.inventory_item_type (
    inventory_item_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (inventory_item_type_id)
);
CREATE TABLE ofbiz.inventory_item_variance (
    inventory_item_id character varying(20) NOT NULL,
    physical_inventory_id character varying(20) NOT NULL,
    variance_reason_id character varying(20),
    available_to_promise_var numeric(18,6),
    quantity_on_hand_var numeric(18,6),
    comments character varying(255),
    PRIMARY KEY (inventory_item_id, physical_inventory_id)
);
CREATE TABLE ofbiz.inventory_transfer (
    inventory_transfer_id character varying(20) NOT NULL,
    status_id character varying(20),
    inventory_item_id character varying(20),
    facility_id character varying(20),
    location_seq_id character varying(20),
    container_id character varying(20),
    facility_id_to character varying(20),
    location_seq_id_to character varying(20),
    container_id_to character varying(20),
    item_issuance_id character varying(20),
    send_date timestamp with time zone,
    receive_date timestamp with time zone,
    comments character varying(255),
    PRIMARY KEY (inventory_transfer_id)
);
CREATE TABLE ofbiz.invoice (
    invoice_id character varying(20) NOT NULL,
    invoice_type_id character varying(20),
    party_id_from character varying(20),
    party_id character varying(20),
    role_type_id character varying(20),
    status_id character varying(20),
    billing_account_id character varying(20),
    contact_mech_id character varying(20),
    invoice_date timestamp with time zone,
    due_date timestamp with time zone,
    paid_date timestamp with time zone,
    invoice_message character varying(255),
    reference_number character varying(60),
    description character varying(255),
    currency_uom_id character varying(20),
    recurrence_info_id character varying(20),
    PRIMARY KEY (invoice_id)
);
CREATE TABLE ofbiz.invoice_contact_mech (
    invoice_id character varying(20) NOT NULL,
    contact_mech_purpose_type_id character varying(20) NOT NULL,
    contact_mech_id character varying(20) NOT NULL,
    PRIMARY KEY (invoice_id, contact_mech_purpose_type_id, contact_mech_id)
);
CREATE TABLE ofbiz.invoice_item (
    invoice_id character varying(20) NOT NULL,
    invoice_item_seq_id character varying(20) NOT NULL,
    invoice_item_type_id character varying(20),
    override_gl_account_id character varying(20),
    override_org_party_id character varying(20),
    inventory_item_id character varying(20),
    product_id character varying(20),
    product_feature_id character varying(20),
    parent_invoice_id character varying(20),
    parent_invoice_item_seq_id character varying(20),
    uom_id character varying(20),
    taxable_flag character(1),
    quantity numeric(18,6),
    amount numeric(18,3),
    description character varying(255),
    tax_auth_party_id character varying(20),
    tax_auth_geo_id character varying(20),
    tax_authority_rate_seq_id character varying(20),
    sales_opportunity_id character varying(20),
    PRIMARY KEY (invoice_id, invoice_item_seq_id)
);
CREATE TABLE ofbiz.invoice_item_type (
    invoice_item_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    default_gl_account_id character varying(20),
    PRIMARY KEY (invoice_item_type_id)
);
CREATE TABLE ofbiz.invoice_role (
    invoice_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    datetime_performed timestamp with time zone,
    percentage numeric(18,6),
    PRIMARY KEY (invoice_id, party_id, role_type_id)
);
CREATE TABLE ofbiz.invoice_status (
    status_id character varying(20) NOT NULL,
    invoice_id character varying(20) NOT NULL,
    status_date timestamp with time zone NOT NULL,
    PRIMARY KEY (status_id, invoice_id, status_date)
);
CREATE TABLE ofbiz.invoice_term (
    invoice_term_id character varying(20) NOT NULL,
    term_type_id character varying(20),
    invoice_id character varying(20),
    invoice_item_seq_id character varying(20),
    term_value numeric(18,2),
    term_days numeric(20,0),
    text_value character varying(255),
    description character varying(255),
    uom_id character varying(20),
    PRIMARY KEY (invoice_term_id)
);
CREATE TABLE ofbiz.invoice_type (
    invoice_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (invoice_type_id)
);
CREATE TABLE ofbiz.item_issuance (
    item_issuance_id character varying(20) NOT NULL,
    order_id character varying(20),
    order_item_seq_id character varying(20),
    ship_group_seq_id character varying(20),
    inventory_item_id character varying(20),
    shipment_id character varying(20),
    shipment_item_seq_id character varying(20),
    fixed_asset_id character varying(20),
    maint_hist_seq_id character varying(20),
    issued_date_time timestamp with time zone,
    issued_by_user_login_id character varying(255),
    quantity numeric(18,6),
    cancel_quantity numeric(18,6),
    PRIMARY KEY (item_issuance_id)
);
CREATE TABLE ofbiz.lot (
    lot_id character varying(20) NOT NULL,
    creation_date timestamp with time zone,
    quantity numeric(18,6),
    expiration_date timestamp with time zone,
    PRIMARY KEY (lot_id)
);
CREATE TABLE ofbiz.note_data (
    note_id character varying(20) NOT NULL,
    note_name character varying(100),
    note_info text,
    note_date_time timestamp with time zone,
    PRIMARY KEY (note_id)
);
CREATE TABLE ofbiz.order_adjustment (
    order_adjustment_id character varying(20) NOT NULL,
    order_adjustment_type_id character varying(20),
    order_id character varying(20),
    order_item_seq_id character varying(20),
    ship_group_seq_id character varying(20),
    comments character varying(255),
    description character varying(255),
    amount numeric(18,3),
    recurring_amount numeric(18,3),
    amount_already_included numeric(18,3),
    product_promo_id character varying(20),
    product_promo_rule_id character varying(20),
    product_promo_action_seq_id character varying(20),
    product_feature_id character varying(20),
    corresponding_product_id character varying(20),
    tax_authority_rate_seq_id character varying(20),
    source_reference_id character varying(60),
    source_percentage numeric(18,6),
    customer_reference_id character varying(60),
    primary_geo_id character varying(20),
    secondary_geo_id character varying(20),
    exempt_amount numeric(18,2),
    tax_auth_geo_id character varying(20),
    tax_auth_party_id character varying(20),
    override_gl_account_id character varying(20),
    include_in_tax character(1),
    include_in_shipping character(1),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    original_adjustment_id character varying(20),
    amount_per_quantity numeric(18,2),
    percentage double precision,
    PRIMARY KEY (order_adjustment_id)
);
CREATE TABLE ofbiz.order_adjustment_type (
    order_adjustment_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (order_adjustment_type_id)
);
CREATE TABLE ofbiz.order_contact_mech (
    order_id character varying(20) NOT NULL,
    contact_mech_purpose_type_id character varying(20) NOT NULL,
    contact_mech_id character varying(20) NOT NULL,
    PRIMARY KEY (order_id, contact_mech_purpose_type_id, contact_mech_id)
);
CREATE TABLE ofbiz.order_header (
    order_id character varying(20) NOT NULL,
    order_type_id character varying(20),
    order_name character varying(100),
    external_id character varying(20),
    sales_channel_enum_id character varying(20),
    order_date timestamp with time zone,
    priority character(1),
    entry_date timestamp with time zone,
    pick_sheet_printed_date timestamp with time zone,
    visit_id character varying(20),
    status_id character varying(20),
    created_by character varying(255),
    first_attempt_order_id character varying(20),
    currency_uom character varying(20),
    sync_status_id character varying(20),
    billing_account_id character varying(20),
    origin_facility_id character varying(20),
    web_site_id character varying(20),
    product_store_id character varying(20),
    terminal_id character varying(60),
    transaction_id character varying(60),
    auto_order_shopping_list_id character varying(20),
    needs_inventory_issuance character(1),
    is_rush_order character(1),
    internal_code character varying(60),
    remaining_sub_total numeric(18,2),
    grand_total numeric(18,2),
    is_viewed character(1),
    invoice_per_shipment character(1),
    PRIMARY KEY (order_id)
);
CREATE TABLE ofbiz.order_header_note (
    order_id character varying(20) NOT NULL,
    note_id character varying(20) NOT NULL,
    internal_note character(1),
    PRIMARY KEY (order_id, note_id)
);
CREATE TABLE ofbiz.order_item (
    order_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    external_id character varying(20),
    order_item_type_id character varying(20),
    order_item_group_seq_id character varying(20),
    is_item_group_primary character(1),
    from_inventory_item_id character varying(20),
    budget_id character varying(20),
    budget_item_seq_id character varying(20),
    product_id character varying(20),
    supplier_product_id character varying(60),
    product_feature_id character varying(20),
    prod_catalog_id character varying(20),
    product_category_id character varying(20),
    is_promo character(1),
    quote_id character varying(20),
    quote_item_seq_id character varying(20),
    shopping_list_id character varying(20),
    shopping_list_item_seq_id character varying(20),
    subscription_id character varying(20),
    deployment_id character varying(20),
    quantity numeric(18,6),
    cancel_quantity numeric(18,6),
    selected_amount numeric(18,6),
    unit_price numeric(18,3),
    unit_list_price numeric(18,3),
    unit_average_cost numeric(18,2),
    unit_recurring_price numeric(18,2),
    is_modified_price character(1),
    recurring_freq_uom_id character varying(20),
    item_description character varying(255),
    comments character varying(255),
    corresponding_po_id character varying(20),
    status_id character varying(20),
    sync_status_id character varying(20),
    estimated_ship_date timestamp with time zone,
    estimated_delivery_date timestamp with time zone,
    auto_cancel_date timestamp with time zone,
    dont_cancel_set_date timestamp with time zone,
    dont_cancel_set_user_login character varying(255),
    ship_before_date timestamp with time zone,
    ship_after_date timestamp with time zone,
    cancel_back_order_date timestamp with time zone,
    override_gl_account_id character varying(20),
    sales_opportunity_id character varying(20),
    change_by_user_login_id character varying(255),
    PRIMARY KEY (order_id, order_item_seq_id)
);
CREATE TABLE ofbiz.order_item_assoc (
    order_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    ship_group_seq_id character varying(20) NOT NULL,
    to_order_id character varying(20) NOT NULL,
    to_order_item_seq_id character varying(20) NOT NULL,
    to_ship_group_seq_id character varying(20) NOT NULL,
    order_item_assoc_type_id character varying(20) NOT NULL,
    quantity numeric(18,6),
    PRIMARY KEY (order_id, order_item_seq_id, ship_group_seq_id, to_order_id, to_order_item_seq_id, to_ship_group_seq_id, order_item_assoc_type_id)
);
CREATE TABLE ofbiz.order_item_assoc_type (
    order_item_assoc_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (order_item_assoc_type_id)
);
CREATE TABLE ofbiz.order_item_billing (
    order_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    invoice_id character varying(20) NOT NULL,
    invoice_item_seq_id character varying(20) NOT NULL,
    item_issuance_id character varying(20),
    shipment_receipt_id character varying(20),
    quantity numeric(18,6),
    amount numeric(18,2),
    PRIMARY KEY (order_id, order_item_seq_id, invoice_id, invoice_item_seq_id)
);
CREATE TABLE ofbiz.order_item_price_info (
    order_item_price_info_id character varying(20) NOT NULL,
    order_id character varying(20),
    order_item_seq_id character varying(20),
    product_price_rule_id character varying(20),
    product_price_action_seq_id character varying(20),
    modify_amount numeric(18,3),
    description character varying(255),
    rate_code character varying(60),
    PRIMARY KEY (order_item_price_info_id)
);
CREATE TABLE ofbiz.order_item_ship_group (
    order_id character varying(20) NOT NULL,
    ship_group_seq_id character varying(20) NOT NULL,
    shipment_method_type_id character varying(20),
    supplier_party_id character varying(20),
    vendor_party_id character varying(20),
    carrier_party_id character varying(20),
    carrier_role_type_id character varying(20),
    facility_id character varying(20),
    contact_mech_id character varying(20),
    telecom_contact_mech_id character varying(20),
    tracking_number character varying(60),
    shipping_instructions character varying(255),
    may_split character(1),
    gift_message character varying(255),
    is_gift character(1),
    ship_after_date timestamp with time zone,
    ship_by_date timestamp with time zone,
    estimated_ship_date timestamp with time zone,
    estimated_delivery_date timestamp with time zone,
    PRIMARY KEY (order_id, ship_group_seq_id)
);
CREATE TABLE ofbiz.order_item_ship_group_assoc (
    order_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    ship_group_seq_id character varying(20) NOT NULL,
    quantity numeric(18,6),
    cancel_quantity numeric(18,6),
    PRIMARY KEY (order_id, order_item_seq_id, ship_group_seq_id)
);
CREATE TABLE ofbiz.order_item_ship_grp_inv_res (
    order_id character varying(20) NOT NULL,
    ship_group_seq_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    inventory_item_id character varying(20) NOT NULL,
    reserve_order_enum_id character varying(20),
    quantity numeric(18,6),
    quantity_not_available numeric(18,6),
    reserved_datetime timestamp with time zone,
    created_datetime timestamp with time zone,
    promised_datetime timestamp with time zone,
    current_promised_date timestamp with time zone,
    priority character(1),
    sequence_id numeric(20,0),
    pick_start_date timestamp with time zone,
    PRIMARY KEY (order_id, ship_group_seq_id, order_item_seq_id, inventory_item_id)
);
CREATE TABLE ofbiz.order_item_type (
    order_item_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (order_item_type_id)
);
CREATE TABLE ofbiz.order_payment_preference (
    order_payment_preference_id character varying(20) NOT NULL,
    order_id character varying(20),
    order_item_seq_id character varying(20),
    ship_group_seq_id character varying(20),
    product_price_purpose_id character varying(20),
    payment_method_type_id character varying(20),
    payment_method_id character varying(20),
    fin_account_id character varying(20),
    security_code character varying(255),
    track2 character varying(255),
    present_flag character(1),
    swiped_flag character(1),
    overflow_flag character(1),
    max_amount numeric(18,2),
    process_attempt numeric(20,0),
    billing_postal_code character varying(60),
    manual_auth_code character varying(60),
    manual_ref_num character varying(60),
    status_id character varying(20),
    needs_nsf_retry character(1),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    PRIMARY KEY (order_payment_preference_id)
);
CREATE TABLE ofbiz.order_product_promo_code (
    order_id character varying(20) NOT NULL,
    product_promo_code_id character varying(20) NOT NULL,
    PRIMARY KEY (order_id, product_promo_code_id)
);
CREATE TABLE ofbiz.order_role (
    order_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    PRIMARY KEY (order_id, party_id, role_type_id)
);
CREATE TABLE ofbiz.order_shipment (
    order_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    ship_group_seq_id character varying(20) NOT NULL,
    shipment_id character varying(20) NOT NULL,
    shipment_item_seq_id character varying(20) NOT NULL,
    quantity numeric(18,6),
    PRIMARY KEY (order_id, order_item_seq_id, ship_group_seq_id, shipment_id, shipment_item_seq_id)
);
CREATE TABLE ofbiz.order_status (
    order_status_id character varying(20) NOT NULL,
    status_id character varying(20),
    order_id character varying(20),
    order_item_seq_id character varying(20),
    order_payment_preference_id character varying(20),
    status_datetime timestamp with time zone,
    status_user_login character varying(255),
    change_reason character varying(255),
    PRIMARY KEY (order_status_id)
);
CREATE TABLE ofbiz.order_term (
    term_type_id character varying(20) NOT NULL,
    order_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    term_value numeric(18,2),
    term_days numeric(20,0),
    text_value character varying(255),
    description character varying(255),
    uom_id character varying(20),
    PRIMARY KEY (term_type_id, order_id, order_item_seq_id)
);
CREATE TABLE ofbiz.order_type (
    order_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (order_type_id)
);
CREATE TABLE ofbiz.party (
    party_id character varying(20) NOT NULL,
    party_type_id character varying(20),
    external_id character varying(20),
    preferred_currency_uom_id character varying(20),
    description text,
    status_id character varying(20),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    data_source_id character varying(20),
    is_unread character(1),
    PRIMARY KEY (party_id)
);
CREATE TABLE ofbiz.party_acctg_preference (
    party_id character varying(20) NOT NULL,
    fiscal_year_start_month numeric(20,0),
    fiscal_year_start_day numeric(20,0),
    tax_form_id character varying(20),
    cogs_method_id character varying(20),
    base_currency_uom_id character varying(20),
    invoice_seq_cust_meth_id character varying(20),
    invoice_id_prefix character varying(10),
    last_invoice_number numeric(20,0),
    last_invoice_restart_date timestamp with time zone,
    use_invoice_id_for_returns character(1),
    quote_seq_cust_meth_id character varying(20),
    quote_id_prefix character varying(10),
    last_quote_number numeric(20,0),
    order_seq_cust_meth_id character varying(20),
    order_id_prefix character varying(10),
    last_order_number numeric(20,0),
    refund_payment_method_id character varying(20),
    error_gl_journal_id character varying(20),
    invoice_sequence_enum_id character varying(20),
    order_sequence_enum_id character varying(20),
    quote_sequence_enum_id character varying(20),
    PRIMARY KEY (party_id)
);
CREATE TABLE ofbiz.party_attribute (
    party_id character varying(20) NOT NULL,
    attr_name character varying(60) NOT NULL,
    attr_value character varying(255),
    PRIMARY KEY (party_id, attr_name)
);
CREATE TABLE ofbiz.party_classification (
    party_id character varying(20) NOT NULL,
    party_classification_group_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    PRIMARY KEY (party_id, party_classification_group_id, from_date)
);
CREATE TABLE ofbiz.party_classification_group (
    party_classification_group_id character varying(20) NOT NULL,
    party_classification_type_id character varying(20),
    parent_group_id character varying(20),
    description character varying(255),
    PRIMARY KEY (party_classification_group_id)
);
CREATE TABLE ofbiz.party_classification_type (
    party_classification_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (party_classification_type_id)
);
CREATE TABLE ofbiz.party_contact_mech (
    party_id character varying(20) NOT NULL,
    contact_mech_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    role_type_id character varying(20),
    allow_solicitation character(1),
    extension character varying(255),
    verified character(1),
    comments character varying(255),
    years_with_contact_mech numeric(20,0),
    months_with_contact_mech numeric(20,0),
    PRIMARY KEY (party_id, contact_mech_id, from_date)
);
CREATE TABLE ofbiz.party_contact_mech_purpose (
    party_id character varying(20) NOT NULL,
    contact_mech_id character varying(20) NOT NULL,
    contact_mech_purpose_type_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    PRIMARY KEY (party_id, contact_mech_id, contact_mech_purpose_type_id, from_date)
);
CREATE TABLE ofbiz.party_group (
    party_id character varying(20) NOT NULL,
    group_name character varying(100),
    group_name_local character varying(100),
    office_site_name character varying(100),
    annual_revenue numeric(18,2),
    num_employees numeric(20,0),
    ticker_symbol character varying(10),
    comments character varying(255),
    logo_image_url character varying(255),
    PRIMARY KEY (party_id)
);
CREATE TABLE ofbiz.party_identification (
    party_id character varying(20) NOT NULL,
    party_identification_type_id character varying(20) NOT NULL,
    id_value character varying(60),
    PRIMARY KEY (party_id, party_identification_type_id)
);
CREATE TABLE ofbiz.party_identification_type (
    party_identification_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (party_identification_type_id)
);
CREATE TABLE ofbiz.party_name_history (
    party_id character varying(20) NOT NULL,
    change_date timestamp with time zone NOT NULL,
    group_name character varying(100),
    first_name character varying(100),
    middle_name character varying(100),
    last_name character varying(100),
    personal_title character varying(100),
    suffix character varying(100),
    PRIMARY KEY (party_id, change_date)
);
CREATE TABLE ofbiz.party_note (
    party_id character varying(20) NOT NULL,
    note_id character varying(20) NOT NULL,
    PRIMARY KEY (party_id, note_id)
);
CREATE TABLE ofbiz.party_relationship (
    party_id_from character varying(20) NOT NULL,
    party_id_to character varying(20) NOT NULL,
    role_type_id_from character varying(20) NOT NULL,
    role_type_id_to character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    status_id character varying(20),
    relationship_name character varying(100),
    security_group_id character varying(20),
    priority_type_id character varying(20),
    party_relationship_type_id character varying(20),
    permissions_enum_id character varying(20),
    position_title character varying(100),
    comments character varying(255),
    PRIMARY KEY (party_id_from, party_id_to, role_type_id_from, role_type_id_to, from_date)
);
CREATE TABLE ofbiz.party_relationship_type (
    party_relationship_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    party_relationship_name character varying(100),
    description character varying(255),
    role_type_id_valid_from character varying(20),
    role_type_id_valid_to character varying(20),
    PRIMARY KEY (party_relationship_type_id)
);
CREATE TABLE ofbiz.party_role (
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    PRIMARY KEY (party_id, role_type_id)
);
CREATE TABLE ofbiz.party_status (
    status_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    status_date timestamp with time zone NOT NULL,
    PRIMARY KEY (status_id, party_id, status_date)
);
CREATE TABLE ofbiz.party_type (
    party_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (party_type_id)
);
CREATE TABLE ofbiz.payment (
    payment_id character varying(20) NOT NULL,
    payment_type_id character varying(20),
    payment_method_type_id character varying(20),
    payment_method_id character varying(20),
    payment_gateway_response_id character varying(20),
    payment_preference_id character varying(20),
    party_id_from character varying(20),
    party_id_to character varying(20),
    role_type_id_to character varying(20),
    status_id character varying(20),
    effective_date timestamp with time zone,
    payment_ref_num character varying(60),
    amount numeric(18,2),
    currency_uom_id character varying(20),
    comments character varying(255),
    fin_account_trans_id character varying(20),
    override_gl_account_id character varying(20),
    actual_currency_amount numeric(18,2),
    actual_currency_uom_id character varying(20),
    PRIMARY KEY (payment_id)
);
CREATE TABLE ofbiz.payment_application (
    payment_application_id character varying(20) NOT NULL,
    payment_id character varying(20),
    invoice_id character varying(20),
    invoice_item_seq_id character varying(20),
    billing_account_id character varying(20),
    override_gl_account_id character varying(20),
    to_payment_id character varying(20),
    tax_auth_geo_id character varying(20),
    amount_applied numeric(18,2),
    PRIMARY KEY (payment_application_id)
);
CREATE TABLE ofbiz.payment_method (
    payment_method_id character varying(20) NOT NULL,
    payment_method_type_id character varying(20),
    party_id character varying(20),
    gl_account_id character varying(20),
    fin_account_id character varying(20),
    description character varying(255),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    PRIMARY KEY (payment_method_id)
);
CREATE TABLE ofbiz.payment_method_type (
    payment_method_type_id character varying(20) NOT NULL,
    description character varying(255),
    default_gl_account_id character varying(20),
    PRIMARY KEY (payment_method_type_id)
);
CREATE TABLE ofbiz.payment_type (
    payment_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (payment_type_id)
);
CREATE TABLE ofbiz.period_type (
    period_type_id character varying(20) NOT NULL,
    description character varying(255),
    period_length numeric(20,0),
    uom_id character varying(20),
    PRIMARY KEY (period_type_id)
);
CREATE TABLE ofbiz.person (
    party_id character varying(20) NOT NULL,
    salutation character varying(100),
    first_name character varying(100),
    middle_name character varying(100),
    last_name character varying(100),
    personal_title character varying(100),
    suffix character varying(100),
    nickname character varying(100),
    first_name_local character varying(100),
    middle_name_local character varying(100),
    last_name_local character varying(100),
    other_local character varying(100),
    member_id character varying(20),
    gender character(1),
    birth_date date,
    deceased_date date,
    height double precision,
    weight double precision,
    mothers_maiden_name character varying(255),
    marital_status character(1),
    social_security_number character varying(255),
    passport_number character varying(255),
    passport_expire_date date,
    total_years_work_experience double precision,
    comments character varying(255),
    employment_status_enum_id character varying(20),
    residence_status_enum_id character varying(20),
    occupation character varying(100),
    years_with_employer numeric(20,0),
    months_with_employer numeric(20,0),
    existing_customer character(1),
    card_id character varying(60),
    PRIMARY KEY (party_id)
);
CREATE TABLE ofbiz.physical_inventory (
    physical_inventory_id character varying(20) NOT NULL,
    physical_inventory_date timestamp with time zone,
    party_id character varying(20),
    general_comments character varying(255),
    PRIMARY KEY (physical_inventory_id)
);
CREATE TABLE ofbiz.picklist (
    picklist_id character varying(20) NOT NULL,
    description character varying(255),
    facility_id character varying(20),
    shipment_method_type_id character varying(20),
    status_id character varying(20),
    picklist_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (picklist_id)
);
CREATE TABLE ofbiz.picklist_bin (
    picklist_bin_id character varying(20) NOT NULL,
    picklist_id character varying(20),
    bin_location_number numeric(20,0),
    primary_order_id character varying(20),
    primary_ship_group_seq_id character varying(20),
    PRIMARY KEY (picklist_bin_id)
);
CREATE TABLE ofbiz.picklist_item (
    picklist_bin_id character varying(20) NOT NULL,
    order_id character varying(20) NOT NULL,
    order_item_seq_id character varying(20) NOT NULL,
    ship_group_seq_id character varying(20) NOT NULL,
    inventory_item_id character varying(20) NOT NULL,
    item_status_id character varying(20),
    quantity numeric(18,6),
    PRIMARY KEY (picklist_bin_id, order_id, order_item_seq_id, ship_group_seq_id, inventory_item_id)
);
CREATE TABLE ofbiz.postal_address (
    contact_mech_id character varying(20) NOT NULL,
    to_name character varying(100),
    attn_name character varying(100),
    address1 character varying(255),
    address2 character varying(255),
    directions character varying(255),
    city character varying(100),
    postal_code character varying(60),
    postal_code_ext character varying(60),
    country_geo_id character varying(20),
    state_province_geo_id character varying(20),
    county_geo_id character varying(20),
    postal_code_geo_id character varying(20),
    geo_point_id character varying(20),
    PRIMARY KEY (contact_mech_id)
);
CREATE TABLE ofbiz.prod_catalog (
    prod_catalog_id character varying(20) NOT NULL,
    catalog_name character varying(100),
    use_quick_add character(1),
    style_sheet character varying(255),
    header_logo character varying(255),
    content_path_prefix character varying(255),
    template_path_prefix character varying(255),
    view_allow_perm_reqd character(1),
    purchase_allow_perm_reqd character(1),
    PRIMARY KEY (prod_catalog_id)
);
CREATE TABLE ofbiz.prod_catalog_category (
    prod_catalog_id character varying(20) NOT NULL,
    product_category_id character varying(20) NOT NULL,
    prod_catalog_category_type_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    PRIMARY KEY (prod_catalog_id, product_category_id, prod_catalog_category_type_id, from_date)
);
CREATE TABLE ofbiz.prod_catalog_category_type (
    prod_catalog_category_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    description character varying(255),
    PRIMARY KEY (prod_catalog_category_type_id)
);
CREATE TABLE ofbiz.product (
    product_id character varying(20) NOT NULL,
    product_type_id character varying(20),
    primary_product_category_id character varying(20),
    manufacturer_party_id character varying(20),
    facility_id character varying(20),
    introduction_date timestamp with time zone,
    release_date timestamp with time zone,
    support_discontinuation_date timestamp with time zone,
    sales_discontinuation_date timestamp with time zone,
    sales_disc_when_not_avail character(1),
    internal_name character varying(255),
    brand_name character varying(100),
    comments character varying(255),
    product_name character varying(100),
    description character varying(255),
    long_description text,
    price_detail_text character varying(255),
    small_image_url character varying(255),
    medium_image_url character varying(255),
    large_image_url character varying(255),
    detail_image_url character varying(255),
    original_image_url character varying(255),
    detail_screen character varying(255),
    inventory_message character varying(255),
    require_inventory character(1),
    quantity_uom_id character varying(20),
    quantity_included numeric(18,6),
    pieces_included numeric(20,0),
    require_amount character(1),
    fixed_amount numeric(18,2),
    amount_uom_type_id character varying(20),
    weight_uom_id character varying(20),
    weight numeric(18,6),
    product_weight numeric(18,6),
    height_uom_id character varying(20),
    product_height numeric(18,6),
    shipping_height numeric(18,6),
    width_uom_id character varying(20),
    product_width numeric(18,6),
    shipping_width numeric(18,6),
    depth_uom_id character varying(20),
    product_depth numeric(18,6),
    shipping_depth numeric(18,6),
    diameter_uom_id character varying(20),
    product_diameter numeric(18,6),
    product_rating numeric(18,6),
    rating_type_enum character varying(20),
    returnable character(1),
    taxable character(1),
    charge_shipping character(1),
    auto_create_keywords character(1),
    include_in_promotions character(1),
    is_virtual character(1),
    is_variant character(1),
    virtual_variant_method_enum character varying(20),
    origin_geo_id character varying(20),
    requirement_method_enum_id character varying(20),
    bill_of_material_level numeric(20,0),
    reserv_max_persons numeric(18,6),
    reserv2nd_ppperc numeric(18,6),
    reserv_nth_ppperc numeric(18,6),
    config_id character varying(20),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    in_shipping_box character(1),
    default_shipment_box_type_id character varying(20),
    lot_id_filled_in character varying(255),
    order_decimal_quantity character(1),
    PRIMARY KEY (product_id)
);
CREATE TABLE ofbiz.product_assoc (
    product_id character varying(20) NOT NULL,
    product_id_to character varying(20) NOT NULL,
    product_assoc_type_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    reason character varying(255),
    quantity numeric(18,6),
    scrap_factor numeric(18,6),
    instruction character varying(255),
    routing_work_effort_id character varying(20),
    estimate_calc_method character varying(20),
    recurrence_info_id character varying(20),
    PRIMARY KEY (product_id, product_id_to, product_assoc_type_id, from_date)
);
CREATE TABLE ofbiz.product_assoc_type (
    product_assoc_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (product_assoc_type_id)
);
CREATE TABLE ofbiz.product_category (
    product_category_id character varying(20) NOT NULL,
    product_category_type_id character varying(20),
    primary_parent_category_id character varying(20),
    category_name character varying(100),
    description character varying(255),
    long_description text,
    category_image_url character varying(255),
    link_one_image_url character varying(255),
    link_two_image_url character varying(255),
    detail_screen character varying(255),
    show_in_select character(1),
    PRIMARY KEY (product_category_id)
);
CREATE TABLE ofbiz.product_category_member (
    product_category_id character varying(20) NOT NULL,
    product_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    comments character varying(255),
    sequence_num numeric(20,0),
    quantity numeric(18,6),
    PRIMARY KEY (product_category_id, product_id, from_date)
);
CREATE TABLE ofbiz.product_category_rollup (
    product_category_id character varying(20) NOT NULL,
    parent_product_category_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    PRIMARY KEY (product_category_id, parent_product_category_id, from_date)
);
CREATE TABLE ofbiz.product_category_type (
    product_category_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (product_category_type_id)
);
CREATE TABLE ofbiz.product_facility (
    product_id character varying(20) NOT NULL,
    facility_id character varying(20) NOT NULL,
    minimum_stock numeric(18,6),
    reorder_quantity numeric(18,6),
    days_to_ship numeric(20,0),
    last_inventory_count numeric(18,6),
    PRIMARY KEY (product_id, facility_id)
);
CREATE TABLE ofbiz.product_feature (
    product_feature_id character varying(20) NOT NULL,
    product_feature_type_id character varying(20),
    product_feature_category_id character varying(20),
    description character varying(255),
    uom_id character varying(20),
    number_specified numeric(18,6),
    default_amount numeric(18,2),
    default_sequence_num numeric(20,0),
    abbrev character varying(20),
    id_code character varying(60),
    PRIMARY KEY (product_feature_id)
);
CREATE TABLE ofbiz.product_feature_appl (
    product_id character varying(20) NOT NULL,
    product_feature_id character varying(20) NOT NULL,
    product_feature_appl_type_id character varying(20),
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    amount numeric(18,2),
    recurring_amount numeric(18,2),
    PRIMARY KEY (product_id, product_feature_id, from_date)
);
CREATE TABLE ofbiz.product_feature_appl_type (
    product_feature_appl_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (product_feature_appl_type_id)
);
CREATE TABLE ofbiz.product_feature_category (
    product_feature_category_id character varying(20) NOT NULL,
    parent_category_id character varying(20),
    description character varying(255),
    PRIMARY KEY (product_feature_category_id)
);
CREATE TABLE ofbiz.product_feature_type (
    product_feature_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (product_feature_type_id)
);
CREATE TABLE ofbiz.product_keyword_new (
    product_id character varying(20) NOT NULL,
    keyword character varying(60) NOT NULL,
    keyword_type_id character varying(20) NOT NULL,
    relevancy_weight numeric(20,0),
    status_id character varying(20),
    PRIMARY KEY (product_id, keyword, keyword_type_id)
);
CREATE TABLE ofbiz.product_price (
    product_id character varying(20) NOT NULL,
    product_price_type_id character varying(20) NOT NULL,
    product_price_purpose_id character varying(20) NOT NULL,
    currency_uom_id character varying(20) NOT NULL,
    product_store_group_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    price numeric(18,3),
    term_uom_id character varying(20),
    custom_price_calc_service character varying(20),
    price_without_tax numeric(18,3),
    price_with_tax numeric(18,3),
    tax_amount numeric(18,3),
    tax_percentage numeric(18,6),
    tax_auth_party_id character varying(20),
    tax_auth_geo_id character varying(20),
    tax_in_price character(1),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (product_id, product_price_type_id, product_price_purpose_id, currency_uom_id, product_store_group_id, from_date)
);
CREATE TABLE ofbiz.product_price_purpose (
    product_price_purpose_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (product_price_purpose_id)
);
CREATE TABLE ofbiz.product_price_type (
    product_price_type_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (product_price_type_id)
);
CREATE TABLE ofbiz.product_promo (
    product_promo_id character varying(20) NOT NULL,
    promo_name character varying(100),
    promo_text character varying(255),
    user_entered character(1),
    show_to_customer character(1),
    require_code character(1),
    use_limit_per_order numeric(20,0),
    use_limit_per_customer numeric(20,0),
    use_limit_per_promotion numeric(20,0),
    billback_factor numeric(18,6),
    override_org_party_id character varying(20),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (product_promo_id)
);
CREATE TABLE ofbiz.product_promo_code (
    product_promo_code_id character varying(20) NOT NULL,
    product_promo_id character varying(20),
    user_entered character(1),
    require_email_or_party character(1),
    use_limit_per_code numeric(20,0),
    use_limit_per_customer numeric(20,0),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (product_promo_code_id)
);
CREATE TABLE ofbiz.product_promo_product (
    product_promo_id character varying(20) NOT NULL,
    product_promo_rule_id character varying(20) NOT NULL,
    product_promo_action_seq_id character varying(20) NOT NULL,
    product_promo_cond_seq_id character varying(20) NOT NULL,
    product_id character varying(20) NOT NULL,
    product_promo_appl_enum_id character varying(20),
    PRIMARY KEY (product_promo_id, product_promo_rule_id, product_promo_action_seq_id, product_promo_cond_seq_id, product_id)
);
CREATE TABLE ofbiz.product_promo_rule (
    product_promo_id character varying(20) NOT NULL,
    product_promo_rule_id character varying(20) NOT NULL,
    rule_name character varying(100),
    PRIMARY KEY (product_promo_id, product_promo_rule_id)
);
CREATE TABLE ofbiz.product_promo_use (
    order_id character varying(20) NOT NULL,
    promo_sequence_id character varying(20) NOT NULL,
    product_promo_id character varying(20),
    product_promo_code_id character varying(20),
    party_id character varying(20),
    total_discount_amount numeric(18,2),
    quantity_left_in_actions numeric(18,6),
    PRIMARY KEY (order_id, promo_sequence_id)
);
CREATE TABLE ofbiz.product_review (
    product_review_id character varying(20) NOT NULL,
    product_store_id character varying(20),
    product_id character varying(20),
    user_login_id character varying(255),
    status_id character varying(20),
    posted_anonymous character(1),
    posted_date_time timestamp with time zone,
    product_rating numeric(18,6),
    product_review text,
    PRIMARY KEY (product_review_id)
);
CREATE TABLE ofbiz.product_store (
    product_store_id character varying(20) NOT NULL,
    primary_store_group_id character varying(20),
    store_name character varying(100),
    company_name character varying(100),
    title character varying(100),
    subtitle character varying(255),
    pay_to_party_id character varying(20),
    days_to_cancel_non_pay numeric(20,0),
    manual_auth_is_capture character(1),
    prorate_shipping character(1),
    prorate_taxes character(1),
    view_cart_on_add character(1),
    auto_save_cart character(1),
    auto_approve_reviews character(1),
    is_demo_store character(1),
    is_immediately_fulfilled character(1),
    inventory_facility_id character varying(20),
    one_inventory_facility character(1),
    check_inventory character(1),
    reserve_inventory character(1),
    reserve_order_enum_id character varying(20),
    require_inventory character(1),
    balance_res_on_order_creation character(1),
    requirement_method_enum_id character varying(20),
    order_number_prefix character varying(60),
    default_locale_string character varying(10),
    default_currency_uom_id character varying(20),
    default_sales_channel_enum_id character varying(20),
    allow_password character(1),
    default_password character varying(255),
    explode_order_items character(1),
    check_gc_balance character(1),
    retry_failed_auths character(1),
    header_approved_status character varying(20),
    item_approved_status character varying(20),
    digital_item_approved_status character varying(20),
    header_declined_status character varying(20),
    item_declined_status character varying(20),
    header_cancel_status character varying(20),
    item_cancel_status character varying(20),
    auth_declined_message character varying(255),
    auth_fraud_message character varying(255),
    auth_error_message character varying(255),
    visual_theme_id character varying(20),
    store_credit_account_enum_id character varying(20),
    use_primary_email_username character(1),
    require_customer_role character(1),
    auto_invoice_digital_items character(1),
    req_ship_addr_for_dig_items character(1),
    show_checkout_gift_options character(1),
    select_payment_type_per_item character(1),
    show_prices_with_vat_tax character(1),
    show_tax_is_exempt character(1),
    vat_tax_auth_geo_id character varying(20),
    vat_tax_auth_party_id character varying(20),
    enable_auto_suggestion_list character(1),
    enable_dig_prod_upload character(1),
    prod_search_exclude_variants character(1),
    dig_prod_upload_category_id character varying(20),
    auto_order_cc_try_exp character(1),
    auto_order_cc_try_other_cards character(1),
    auto_order_cc_try_later_nsf character(1),
    auto_order_cc_try_later_max numeric(20,0),
    store_credit_valid_days numeric(20,0),
    auto_approve_invoice character(1),
    auto_approve_order character(1),
    ship_if_capture_fails character(1),
    set_owner_upon_issuance character(1),
    req_return_inventory_receive character(1),
    add_to_cart_remove_incompat character(1),
    add_to_cart_replace_upsell character(1),
    split_pay_pref_per_shp_grp character(1),
    managed_by_lot character(1),
    show_out_of_stock_products character(1),
    order_decimal_quantity character(1),
    style_sheet character varying(255),
    header_logo character varying(255),
    header_middle_background character varying(255),
    header_right_background character varying(255),
    PRIMARY KEY (product_store_id)
);
CREATE TABLE ofbiz.product_store_catalog (
    product_store_id character varying(20) NOT NULL,
    prod_catalog_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    PRIMARY KEY (product_store_id, prod_catalog_id, from_date)
);
CREATE TABLE ofbiz.product_store_facility (
    product_store_id character varying(20) NOT NULL,
    facility_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    PRIMARY KEY (product_store_id, facility_id, from_date)
);
CREATE TABLE ofbiz.product_store_group (
    product_store_group_id character varying(20) NOT NULL,
    product_store_group_type_id character varying(20),
    primary_parent_group_id character varying(20),
    product_store_group_name character varying(100),
    description character varying(255),
    PRIMARY KEY (product_store_group_id)
);
CREATE TABLE ofbiz.product_store_promo_appl (
    product_store_id character varying(20) NOT NULL,
    product_promo_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    manual_only character(1),
    PRIMARY KEY (product_store_id, product_promo_id, from_date)
);
CREATE TABLE ofbiz.product_store_role (
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    product_store_id character varying(20) NOT NULL,
    from_date timestamp with time zone NOT NULL,
    thru_date timestamp with time zone,
    sequence_num numeric(20,0),
    PRIMARY KEY (party_id, role_type_id, product_store_id, from_date)
);
CREATE TABLE ofbiz.product_type (
    product_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    is_physical character(1),
    is_digital character(1),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (product_type_id)
);
CREATE TABLE ofbiz.quote (
    quote_id character varying(20) NOT NULL,
    quote_type_id character varying(20),
    party_id character varying(20),
    issue_date timestamp with time zone,
    status_id character varying(20),
    currency_uom_id character varying(20),
    product_store_id character varying(20),
    sales_channel_enum_id character varying(20),
    valid_from_date timestamp with time zone,
    valid_thru_date timestamp with time zone,
    quote_name character varying(100),
    description character varying(255),
    PRIMARY KEY (quote_id)
);
CREATE TABLE ofbiz.quote_item (
    quote_id character varying(20) NOT NULL,
    quote_item_seq_id character varying(20) NOT NULL,
    product_id character varying(20),
    product_feature_id character varying(20),
    deliverable_type_id character varying(20),
    skill_type_id character varying(20),
    uom_id character varying(20),
    work_effort_id character varying(20),
    cust_request_id character varying(20),
    cust_request_item_seq_id character varying(20),
    quantity numeric(18,6),
    selected_amount numeric(18,6),
    quote_unit_price numeric(18,2),
    reserv_start timestamp with time zone,
    reserv_length numeric(18,6),
    reserv_persons numeric(18,6),
    config_id character varying(20),
    estimated_delivery_date timestamp with time zone,
    comments character varying(255),
    is_promo character(1),
    PRIMARY KEY (quote_id, quote_item_seq_id)
);
CREATE TABLE ofbiz.quote_role (
    quote_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    role_type_id character varying(20) NOT NULL,
    PRIMARY KEY (quote_id, party_id, role_type_id)
);
CREATE TABLE ofbiz.quote_type (
    quote_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (quote_type_id)
);
CREATE TABLE ofbiz.rejection_reason (
    rejection_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (rejection_id)
);
CREATE TABLE ofbiz.reorder_guideline (
    reorder_guideline_id character varying(20) NOT NULL,
    product_id character varying(20),
    party_id character varying(20),
    role_type_id character varying(20),
    facility_id character varying(20),
    geo_id character varying(20),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    reorder_quantity numeric(18,6),
    reorder_level numeric(18,6),
    PRIMARY KEY (reorder_guideline_id)
);
CREATE TABLE ofbiz.requirement (
    requirement_id character varying(20) NOT NULL,
    requirement_type_id character varying(20),
    facility_id character varying(20),
    deliverable_id character varying(20),
    fixed_asset_id character varying(20),
    product_id character varying(20),
    status_id character varying(20),
    description character varying(255),
    requirement_start_date timestamp with time zone,
    required_by_date timestamp with time zone,
    estimated_budget numeric(18,2),
    quantity numeric(18,6),
    use_case text,
    reason character varying(255),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (requirement_id)
);
CREATE TABLE ofbiz.requirement_type (
    requirement_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (requirement_type_id)
);
CREATE TABLE ofbiz.return_adjustment (
    return_adjustment_id character varying(20) NOT NULL,
    return_adjustment_type_id character varying(20),
    return_id character varying(20),
    return_item_seq_id character varying(20),
    ship_group_seq_id character varying(20),
    comments character varying(255),
    description character varying(255),
    return_type_id character varying(20),
    order_adjustment_id character varying(20),
    amount numeric(18,3),
    product_promo_id character varying(20),
    product_promo_rule_id character varying(20),
    product_promo_action_seq_id character varying(20),
    product_feature_id character varying(20),
    corresponding_product_id character varying(20),
    tax_authority_rate_seq_id character varying(20),
    source_reference_id character varying(60),
    source_percentage numeric(18,6),
    customer_reference_id character varying(60),
    primary_geo_id character varying(20),
    secondary_geo_id character varying(20),
    exempt_amount numeric(18,2),
    tax_auth_geo_id character varying(20),
    tax_auth_party_id character varying(20),
    override_gl_account_id character varying(20),
    include_in_tax character(1),
    include_in_shipping character(1),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    PRIMARY KEY (return_adjustment_id)
);
CREATE TABLE ofbiz.return_adjustment_type (
    return_adjustment_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (return_adjustment_type_id)
);
CREATE TABLE ofbiz.return_header (
    return_id character varying(20) NOT NULL,
    return_header_type_id character varying(20),
    status_id character varying(20),
    created_by character varying(255),
    from_party_id character varying(20),
    to_party_id character varying(20),
    payment_method_id character varying(20),
    fin_account_id character varying(20),
    billing_account_id character varying(20),
    entry_date timestamp with time zone,
    origin_contact_mech_id character varying(20),
    destination_facility_id character varying(20),
    needs_inventory_receive character(1),
    currency_uom_id character varying(20),
    supplier_rma_id character varying(20),
    PRIMARY KEY (return_id)
);
CREATE TABLE ofbiz.return_header_type (
    return_header_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    description character varying(255),
    PRIMARY KEY (return_header_type_id)
);
CREATE TABLE ofbiz.return_item (
    return_id character varying(20) NOT NULL,
    return_item_seq_id character varying(20) NOT NULL,
    return_reason_id character varying(20),
    return_type_id character varying(20),
    return_item_type_id character varying(20),
    product_id character varying(20),
    description character varying(255),
    order_id character varying(20),
    order_item_seq_id character varying(20),
    status_id character varying(20),
    expected_item_status character varying(20),
    return_quantity numeric(18,6),
    received_quantity numeric(18,6),
    return_price numeric(18,2),
    return_item_response_id character varying(20),
    PRIMARY KEY (return_id, return_item_seq_id)
);
CREATE TABLE ofbiz.return_item_type (
    return_item_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    description character varying(255),
    PRIMARY KEY (return_item_type_id)
);
CREATE TABLE ofbiz.return_reason (
    return_reason_id character varying(20) NOT NULL,
    description character varying(255),
    sequence_id character varying(20),
    PRIMARY KEY (return_reason_id)
);
CREATE TABLE ofbiz.return_status (
    return_status_id character varying(20) NOT NULL,
    status_id character varying(20),
    return_id character varying(20),
    return_item_seq_id character varying(20),
    change_by_user_login_id character varying(255),
    status_datetime timestamp with time zone,
    PRIMARY KEY (return_status_id)
);
CREATE TABLE ofbiz.return_type (
    return_type_id character varying(20) NOT NULL,
    description character varying(255),
    sequence_id character varying(20),
    PRIMARY KEY (return_type_id)
);
CREATE TABLE ofbiz.role_type (
    role_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (role_type_id)
);
CREATE TABLE ofbiz.shipment (
    shipment_id character varying(20) NOT NULL,
    shipment_type_id character varying(20),
    status_id character varying(20),
    primary_order_id character varying(20),
    primary_return_id character varying(20),
    primary_ship_group_seq_id character varying(20),
    picklist_bin_id character varying(20),
    estimated_ready_date timestamp with time zone,
    estimated_ship_date timestamp with time zone,
    estimated_ship_work_eff_id character varying(20),
    estimated_arrival_date timestamp with time zone,
    estimated_arrival_work_eff_id character varying(20),
    latest_cancel_date timestamp with time zone,
    estimated_ship_cost numeric(18,2),
    currency_uom_id character varying(20),
    handling_instructions character varying(255),
    origin_facility_id character varying(20),
    destination_facility_id character varying(20),
    origin_contact_mech_id character varying(20),
    origin_telecom_number_id character varying(20),
    destination_contact_mech_id character varying(20),
    destination_telecom_number_id character varying(20),
    party_id_to character varying(20),
    party_id_from character varying(20),
    additional_shipping_charge numeric(18,2),
    addtl_shipping_charge_desc character varying(255),
    created_date timestamp with time zone,
    created_by_user_login character varying(255),
    last_modified_date timestamp with time zone,
    last_modified_by_user_login character varying(255),
    PRIMARY KEY (shipment_id)
);
CREATE TABLE ofbiz.shipment_box_type (
    shipment_box_type_id character varying(20) NOT NULL,
    description character varying(255),
    dimension_uom_id character varying(20),
    box_length numeric(18,6),
    box_width numeric(18,6),
    box_height numeric(18,6),
    weight_uom_id character varying(20),
    box_weight numeric(18,6),
    PRIMARY KEY (shipment_box_type_id)
);
CREATE TABLE ofbiz.shipment_contact_mech (
    shipment_id character varying(20) NOT NULL,
    shipment_contact_mech_type_id character varying(20) NOT NULL,
    contact_mech_id character varying(20),
    PRIMARY KEY (shipment_id, shipment_contact_mech_type_id)
);
CREATE TABLE ofbiz.shipment_contact_mech_type (
    shipment_contact_mech_type_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (shipment_contact_mech_type_id)
);
CREATE TABLE ofbiz.shipment_item (
    shipment_id character varying(20) NOT NULL,
    shipment_item_seq_id character varying(20) NOT NULL,
    product_id character varying(20),
    quantity numeric(18,6),
    shipment_content_description character varying(255),
    PRIMARY KEY (shipment_id, shipment_item_seq_id)
);
CREATE TABLE ofbiz.shipment_item_billing (
    shipment_id character varying(20) NOT NULL,
    shipment_item_seq_id character varying(20) NOT NULL,
    invoice_id character varying(20) NOT NULL,
    invoice_item_seq_id character varying(20) NOT NULL,
    PRIMARY KEY (shipment_id, shipment_item_seq_id, invoice_id, invoice_item_seq_id)
);
CREATE TABLE ofbiz.shipment_method_type (
    shipment_method_type_id character varying(20) NOT NULL,
    description character varying(255),
    sequence_num numeric(20,0),
    PRIMARY KEY (shipment_method_type_id)
);
CREATE TABLE ofbiz.shipment_package (
    shipment_id character varying(20) NOT NULL,
    shipment_package_seq_id character varying(20) NOT NULL,
    shipment_box_type_id character varying(20),
    date_created timestamp with time zone,
    box_length numeric(18,6),
    box_height numeric(18,6),
    box_width numeric(18,6),
    dimension_uom_id character varying(20),
    weight numeric(18,6),
    weight_uom_id character varying(20),
    insured_value numeric(18,2),
    PRIMARY KEY (shipment_id, shipment_package_seq_id)
);
CREATE TABLE ofbiz.shipment_package_content (
    shipment_id character varying(20) NOT NULL,
    shipment_package_seq_id character varying(20) NOT NULL,
    shipment_item_seq_id character varying(20) NOT NULL,
    quantity numeric(18,6),
    sub_product_id character varying(20),
    sub_product_quantity numeric(18,6),
    PRIMARY KEY (shipment_id, shipment_package_seq_id, shipment_item_seq_id)
);
CREATE TABLE ofbiz.shipment_receipt (
    receipt_id character varying(20) NOT NULL,
    inventory_item_id character varying(20),
    product_id character varying(20),
    shipment_id character varying(20),
    shipment_item_seq_id character varying(20),
    shipment_package_seq_id character varying(20),
    order_id character varying(20),
    order_item_seq_id character varying(20),
    return_id character varying(20),
    return_item_seq_id character varying(20),
    rejection_id character varying(20),
    received_by_user_login_id character varying(255),
    datetime_received timestamp with time zone,
    item_description character varying(255),
    quantity_accepted numeric(18,6),
    quantity_rejected numeric(18,6),
    PRIMARY KEY (receipt_id)
);
CREATE TABLE ofbiz.shipment_route_segment (
    shipment_id character varying(20) NOT NULL,
    shipment_route_segment_id character varying(20) NOT NULL,
    delivery_id character varying(20),
    origin_facility_id character varying(20),
    dest_facility_id character varying(20),
    origin_contact_mech_id character varying(20),
    origin_telecom_number_id character varying(20),
    dest_contact_mech_id character varying(20),
    dest_telecom_number_id character varying(20),
    carrier_party_id character varying(20),
    shipment_method_type_id character varying(20),
    carrier_service_status_id character varying(20),
    carrier_delivery_zone character varying(60),
    carrier_restriction_codes character varying(60),
    carrier_restriction_desc text,
    billing_weight numeric(18,6),
    billing_weight_uom_id character varying(20),
    actual_transport_cost numeric(18,2),
    actual_service_cost numeric(18,2),
    actual_other_cost numeric(18,2),
    actual_cost numeric(18,2),
    currency_uom_id character varying(20),
    actual_start_date timestamp with time zone,
    actual_arrival_date timestamp with time zone,
    estimated_start_date timestamp with time zone,
    estimated_arrival_date timestamp with time zone,
    tracking_id_number character varying(60),
    tracking_digest text,
    updated_by_user_login_id character varying(255),
    last_updated_date timestamp with time zone,
    home_delivery_type character varying(20),
    home_delivery_date timestamp with time zone,
    third_party_account_number character varying(20),
    third_party_postal_code character varying(20),
    third_party_country_geo_code character varying(20),
    ups_high_value_report bytea,
    PRIMARY KEY (shipment_id, shipment_route_segment_id)
);
CREATE TABLE ofbiz.shipment_status (
    status_id character varying(20) NOT NULL,
    shipment_id character varying(20) NOT NULL,
    status_date timestamp with time zone,
    PRIMARY KEY (status_id, shipment_id)
);
CREATE TABLE ofbiz.shipment_type (
    shipment_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (shipment_type_id)
);
CREATE TABLE ofbiz.shopping_list (
    shopping_list_id character varying(20) NOT NULL,
    shopping_list_type_id character varying(20),
    parent_shopping_list_id character varying(20),
    product_store_id character varying(20),
    visitor_id character varying(20),
    party_id character varying(20),
    list_name character varying(100),
    description character varying(255),
    is_public character(1),
    is_active character(1),
    currency_uom character varying(20),
    shipment_method_type_id character varying(20),
    carrier_party_id character varying(20),
    carrier_role_type_id character varying(20),
    contact_mech_id character varying(20),
    payment_method_id character varying(20),
    recurrence_info_id character varying(20),
    last_ordered_date timestamp with time zone,
    last_admin_modified timestamp with time zone,
    product_promo_code_id character varying(20),
    PRIMARY KEY (shopping_list_id)
);
CREATE TABLE ofbiz.shopping_list_item (
    shopping_list_id character varying(20) NOT NULL,
    shopping_list_item_seq_id character varying(20) NOT NULL,
    product_id character varying(20),
    quantity numeric(18,6),
    modified_price numeric(18,3),
    reserv_start timestamp with time zone,
    reserv_length numeric(18,6),
    reserv_persons numeric(18,6),
    quantity_purchased numeric(18,6),
    config_id character varying(20),
    PRIMARY KEY (shopping_list_id, shopping_list_item_seq_id)
);
CREATE TABLE ofbiz.shopping_list_type (
    shopping_list_type_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (shopping_list_type_id)
);
CREATE TABLE ofbiz.status_item (
    status_id character varying(20) NOT NULL,
    status_type_id character varying(20),
    status_code character varying(60),
    sequence_id character varying(20),
    description character varying(255),
    PRIMARY KEY (status_id)
);
CREATE TABLE ofbiz.status_type (
    status_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (status_type_id)
);
CREATE TABLE ofbiz.subscription (
    subscription_id character varying(20) NOT NULL,
    description character varying(255),
    subscription_resource_id character varying(20),
    communication_event_id character varying(20),
    contact_mech_id character varying(20),
    originated_from_party_id character varying(20),
    originated_from_role_type_id character varying(20),
    party_id character varying(20),
    role_type_id character varying(20),
    party_need_id character varying(20),
    need_type_id character varying(20),
    order_id character varying(20),
    order_item_seq_id character varying(20),
    product_id character varying(20),
    product_category_id character varying(20),
    inventory_item_id character varying(20),
    subscription_type_id character varying(20),
    external_subscription_id character varying(20),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    purchase_from_date timestamp with time zone,
    purchase_thru_date timestamp with time zone,
    max_life_time numeric(20,0),
    max_life_time_uom_id character varying(20),
    available_time numeric(20,0),
    available_time_uom_id character varying(20),
    use_count_limit numeric(20,0),
    use_time numeric(20,0),
    use_time_uom_id character varying(20),
    automatic_extend character(1),
    cancl_autm_ext_time numeric(20,0),
    cancl_autm_ext_time_uom_id character varying(20),
    PRIMARY KEY (subscription_id)
);
CREATE TABLE ofbiz.subscription_type (
    subscription_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (subscription_type_id)
);
CREATE TABLE ofbiz.supplier_product (
    product_id character varying(20) NOT NULL,
    party_id character varying(20) NOT NULL,
    available_from_date timestamp with time zone NOT NULL,
    available_thru_date timestamp with time zone,
    supplier_pref_order_id character varying(20),
    supplier_rating_type_id character varying(20),
    standard_lead_time_days numeric(18,6),
    minimum_order_quantity numeric(18,6) NOT NULL,
    order_qty_increments numeric(18,6),
    units_included numeric(18,6),
    quantity_uom_id character varying(20),
    agreement_id character varying(20),
    agreement_item_seq_id character varying(20),
    last_price numeric(18,3),
    shipping_price numeric(18,3),
    currency_uom_id character varying(20) NOT NULL,
    supplier_product_name character varying(100),
    supplier_product_id character varying(20),
    can_drop_ship character(1),
    comments character varying(255),
    PRIMARY KEY (product_id, party_id, currency_uom_id, minimum_order_quantity, available_from_date)
);
CREATE TABLE ofbiz.tax_authority (
    tax_auth_geo_id character varying(20) NOT NULL,
    tax_auth_party_id character varying(20) NOT NULL,
    require_tax_id_for_exemption character(1),
    tax_id_format_pattern character varying(255),
    include_tax_in_price character(1),
    PRIMARY KEY (tax_auth_geo_id, tax_auth_party_id)
);
CREATE TABLE ofbiz.tax_authority_rate_product (
    tax_authority_rate_seq_id character varying(20) NOT NULL,
    tax_auth_geo_id character varying(20),
    tax_auth_party_id character varying(20),
    tax_authority_rate_type_id character varying(20),
    product_store_id character varying(20),
    product_category_id character varying(20),
    title_transfer_enum_id character varying(20),
    min_item_price numeric(18,2),
    min_purchase numeric(18,2),
    tax_shipping character(1),
    tax_percentage numeric(18,6),
    tax_promotions character(1),
    from_date timestamp with time zone,
    thru_date timestamp with time zone,
    description character varying(255),
    PRIMARY KEY (tax_authority_rate_seq_id)
);
CREATE TABLE ofbiz.tax_authority_rate_type (
    tax_authority_rate_type_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (tax_authority_rate_type_id)
);
CREATE TABLE ofbiz.telecom_number (
    contact_mech_id character varying(20) NOT NULL,
    country_code character varying(10),
    area_code character varying(10),
    contact_number character varying(60),
    ask_for_name character varying(100),
    PRIMARY KEY (contact_mech_id)
);
CREATE TABLE ofbiz.term_type (
    term_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (term_type_id)
);
CREATE TABLE ofbiz.uom (
    uom_id character varying(20) NOT NULL,
    uom_type_id character varying(20),
    abbreviation character varying(60),
    description character varying(255),
    PRIMARY KEY (uom_id)
);
CREATE TABLE ofbiz.uom_type (
    uom_type_id character varying(20) NOT NULL,
    parent_type_id character varying(20),
    has_table character(1),
    description character varying(255),
    PRIMARY KEY (uom_type_id)
);
CREATE TABLE ofbiz.variance_reason (
    variance_reason_id character varying(20) NOT NULL,
    description character varying(255),
    PRIMARY KEY (variance_reason_id)
);
CREATE TABLE ofbiz.vendor (
    party_id character varying(20) NOT NULL,
    manifest_company_name character varying(100),
    manifest_company_title character varying(100),
    manifest_logo_url character varying(255),
    manifest_policies text,
    PRIMARY KEY (party_id)
);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (acctg_trans_type_id) REFERENCES ofbiz.acctg_trans_type(acctg_trans_type_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (fin_account_trans_id) REFERENCES ofbiz.fin_account_trans(fin_account_trans_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (fixed_asset_id) REFERENCES ofbiz.fixed_asset(fixed_asset_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (gl_fiscal_type_id) REFERENCES ofbiz.gl_fiscal_type(gl_fiscal_type_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (gl_journal_id) REFERENCES ofbiz.gl_journal(gl_journal_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (group_status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (inventory_item_id, physical_inventory_id) REFERENCES ofbiz.inventory_item_variance(inventory_item_id, physical_inventory_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (invoice_id) REFERENCES ofbiz.invoice(invoice_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (payment_id) REFERENCES ofbiz.payment(payment_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (physical_inventory_id) REFERENCES ofbiz.physical_inventory(physical_inventory_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (receipt_id) REFERENCES ofbiz.shipment_receipt(receipt_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.acctg_trans ADD FOREIGN KEY (shipment_id) REFERENCES ofbiz.shipment(shipment_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (acctg_trans_entry_type_id) REFERENCES ofbiz.acctg_trans_entry_type(acctg_trans_entry_type_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (acctg_trans_id) REFERENCES ofbiz.acctg_trans(acctg_trans_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (gl_account_id, organization_party_id) REFERENCES ofbiz.gl_account_organization(gl_account_id, organization_party_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (gl_account_type_id) REFERENCES ofbiz.gl_account_type(gl_account_type_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (orig_currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (reconcile_status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.acctg_trans_entry ADD FOREIGN KEY (role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.acctg_trans_entry_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.acctg_trans_entry_type(acctg_trans_entry_type_id);
ALTER TABLE ofbiz.acctg_trans_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.acctg_trans_type(acctg_trans_type_id);
ALTER TABLE ofbiz.affiliate ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.affiliate ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party_group(party_id);
ALTER TABLE ofbiz.agreement ADD FOREIGN KEY (agreement_type_id) REFERENCES ofbiz.agreement_type(agreement_type_id);
ALTER TABLE ofbiz.agreement ADD FOREIGN KEY (party_id_from, role_type_id_from) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.agreement ADD FOREIGN KEY (party_id_to, role_type_id_to) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.agreement ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.agreement_role ADD FOREIGN KEY (agreement_id) REFERENCES ofbiz.agreement(agreement_id);
ALTER TABLE ofbiz.agreement_role ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.agreement_role ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.agreement_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.agreement_type(agreement_type_id);
ALTER TABLE ofbiz.billing_account ADD FOREIGN KEY (account_currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.billing_account ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.billing_account ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.billing_account_role ADD FOREIGN KEY (billing_account_id) REFERENCES ofbiz.billing_account(billing_account_id);
ALTER TABLE ofbiz.billing_account_role ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.billing_account_role ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.carrier_shipment_method ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.carrier_shipment_method ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.carrier_shipment_method ADD FOREIGN KEY (shipment_method_type_id) REFERENCES ofbiz.shipment_method_type(shipment_method_type_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (communication_event_type_id) REFERENCES ofbiz.communication_event_type(communication_event_type_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (contact_mech_id_from) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (contact_mech_id_to) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (contact_mech_type_id) REFERENCES ofbiz.contact_mech_type(contact_mech_type_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (party_id_from) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (party_id_to) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (reason_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (role_type_id_from) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (role_type_id_to) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.communication_event ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.communication_event_role ADD FOREIGN KEY (communication_event_id) REFERENCES ofbiz.communication_event(communication_event_id);
ALTER TABLE ofbiz.communication_event_role ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.communication_event_role ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.communication_event_role ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.communication_event_role ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.communication_event_type ADD FOREIGN KEY (contact_mech_type_id) REFERENCES ofbiz.contact_mech_type(contact_mech_type_id);
ALTER TABLE ofbiz.communication_event_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.communication_event_type(communication_event_type_id);
ALTER TABLE ofbiz.contact_mech ADD FOREIGN KEY (contact_mech_type_id) REFERENCES ofbiz.contact_mech_type(contact_mech_type_id);
ALTER TABLE ofbiz.contact_mech_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.contact_mech_type(contact_mech_type_id);
ALTER TABLE ofbiz.credit_card ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.credit_card ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.credit_card ADD FOREIGN KEY (payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (cust_request_type_id) REFERENCES ofbiz.cust_request_type(cust_request_type_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (from_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (fulfill_contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (maximum_amount_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (sales_channel_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.cust_request ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.cust_request_item ADD FOREIGN KEY (cust_request_id) REFERENCES ofbiz.cust_request(cust_request_id);
ALTER TABLE ofbiz.cust_request_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.cust_request_item ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.cust_request_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.cust_request_type(cust_request_type_id);
ALTER TABLE ofbiz.cust_request_type ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.custom_time_period ADD FOREIGN KEY (parent_period_id) REFERENCES ofbiz.custom_time_period(custom_time_period_id);
ALTER TABLE ofbiz.custom_time_period ADD FOREIGN KEY (period_type_id) REFERENCES ofbiz.period_type(period_type_id);
ALTER TABLE ofbiz.eft_account ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.eft_account ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.eft_account ADD FOREIGN KEY (payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.enumeration ADD FOREIGN KEY (enum_type_id) REFERENCES ofbiz.enumeration_type(enum_type_id);
ALTER TABLE ofbiz.enumeration_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.enumeration_type(enum_type_id);
ALTER TABLE ofbiz.facility ADD FOREIGN KEY (default_dimension_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.facility ADD FOREIGN KEY (default_inventory_item_type_id) REFERENCES ofbiz.inventory_item_type(inventory_item_type_id);
ALTER TABLE ofbiz.facility ADD FOREIGN KEY (default_weight_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.facility ADD FOREIGN KEY (facility_size_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.facility ADD FOREIGN KEY (facility_type_id) REFERENCES ofbiz.facility_type(facility_type_id);
ALTER TABLE ofbiz.facility ADD FOREIGN KEY (owner_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.facility ADD FOREIGN KEY (parent_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.facility_contact_mech ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.facility_contact_mech ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.facility_location ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.facility_location ADD FOREIGN KEY (location_type_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.facility_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.facility_type(facility_type_id);
ALTER TABLE ofbiz.fin_account ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.fin_account ADD FOREIGN KEY (fin_account_type_id) REFERENCES ofbiz.fin_account_type(fin_account_type_id);
ALTER TABLE ofbiz.fin_account ADD FOREIGN KEY (organization_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.fin_account ADD FOREIGN KEY (owner_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.fin_account ADD FOREIGN KEY (post_to_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.fin_account ADD FOREIGN KEY (replenish_payment_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (fin_account_id) REFERENCES ofbiz.fin_account(fin_account_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (fin_account_trans_type_id) REFERENCES ofbiz.fin_account_trans_type(fin_account_trans_type_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (payment_id) REFERENCES ofbiz.payment(payment_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (performed_by_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (reason_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.fin_account_trans ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.fin_account_trans_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.fin_account_trans_type(fin_account_trans_type_id);
ALTER TABLE ofbiz.fin_account_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.fin_account_type(fin_account_type_id);
ALTER TABLE ofbiz.fin_account_type ADD FOREIGN KEY (replenish_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (acquire_order_id, acquire_order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (acquire_order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (class_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (fixed_asset_type_id) REFERENCES ofbiz.fixed_asset_type(fixed_asset_type_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (instance_of_product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (located_at_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (parent_fixed_asset_id) REFERENCES ofbiz.fixed_asset(fixed_asset_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.fixed_asset ADD FOREIGN KEY (uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.fixed_asset_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.fixed_asset_type(fixed_asset_type_id);
ALTER TABLE ofbiz.geo ADD FOREIGN KEY (geo_type_id) REFERENCES ofbiz.geo_type(geo_type_id);
ALTER TABLE ofbiz.geo_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.geo_type(geo_type_id);
ALTER TABLE ofbiz.gift_card ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.gift_card ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.gift_card ADD FOREIGN KEY (payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.gl_account ADD FOREIGN KEY (gl_account_class_id) REFERENCES ofbiz.gl_account_class(gl_account_class_id);
ALTER TABLE ofbiz.gl_account ADD FOREIGN KEY (gl_account_type_id) REFERENCES ofbiz.gl_account_type(gl_account_type_id);
ALTER TABLE ofbiz.gl_account ADD FOREIGN KEY (parent_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.gl_account_class ADD FOREIGN KEY (parent_class_id) REFERENCES ofbiz.gl_account_class(gl_account_class_id);
ALTER TABLE ofbiz.gl_account_organization ADD FOREIGN KEY (gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.gl_account_organization ADD FOREIGN KEY (organization_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.gl_account_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.gl_account_type(gl_account_type_id);
ALTER TABLE ofbiz.gl_journal ADD FOREIGN KEY (organization_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.good_identification ADD FOREIGN KEY (good_identification_type_id) REFERENCES ofbiz.good_identification_type(good_identification_type_id);
ALTER TABLE ofbiz.good_identification ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.good_identification_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.good_identification_type(good_identification_type_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (inventory_item_type_id) REFERENCES ofbiz.inventory_item_type(inventory_item_type_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (lot_id) REFERENCES ofbiz.lot(lot_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (owner_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.inventory_item ADD FOREIGN KEY (uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.inventory_item_detail ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.inventory_item_detail ADD FOREIGN KEY (item_issuance_id) REFERENCES ofbiz.item_issuance(item_issuance_id);
ALTER TABLE ofbiz.inventory_item_detail ADD FOREIGN KEY (physical_inventory_id) REFERENCES ofbiz.physical_inventory(physical_inventory_id);
ALTER TABLE ofbiz.inventory_item_detail ADD FOREIGN KEY (reason_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.inventory_item_detail ADD FOREIGN KEY (receipt_id) REFERENCES ofbiz.shipment_receipt(receipt_id);
ALTER TABLE ofbiz.inventory_item_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.inventory_item_type(inventory_item_type_id);
ALTER TABLE ofbiz.inventory_item_variance ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.inventory_item_variance ADD FOREIGN KEY (physical_inventory_id) REFERENCES ofbiz.physical_inventory(physical_inventory_id);
ALTER TABLE ofbiz.inventory_item_variance ADD FOREIGN KEY (variance_reason_id) REFERENCES ofbiz.variance_reason(variance_reason_id);
ALTER TABLE ofbiz.inventory_transfer ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.inventory_transfer ADD FOREIGN KEY (facility_id_to) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.inventory_transfer ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.inventory_transfer ADD FOREIGN KEY (item_issuance_id) REFERENCES ofbiz.item_issuance(item_issuance_id);
ALTER TABLE ofbiz.inventory_transfer ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (billing_account_id) REFERENCES ofbiz.billing_account(billing_account_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (invoice_type_id) REFERENCES ofbiz.invoice_type(invoice_type_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (party_id_from) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.invoice ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.invoice_contact_mech ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.invoice_contact_mech ADD FOREIGN KEY (contact_mech_purpose_type_id) REFERENCES ofbiz.contact_mech_purpose_type(contact_mech_purpose_type_id);
ALTER TABLE ofbiz.invoice_contact_mech ADD FOREIGN KEY (invoice_id) REFERENCES ofbiz.invoice(invoice_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (invoice_id) REFERENCES ofbiz.invoice(invoice_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (invoice_item_type_id) REFERENCES ofbiz.invoice_item_type(invoice_item_type_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (override_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (override_org_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (parent_invoice_id, parent_invoice_item_seq_id) REFERENCES ofbiz.invoice_item(invoice_id, invoice_item_seq_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (product_feature_id) REFERENCES ofbiz.product_feature(product_feature_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (tax_auth_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (tax_auth_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (tax_authority_rate_seq_id) REFERENCES ofbiz.tax_authority_rate_product(tax_authority_rate_seq_id);
ALTER TABLE ofbiz.invoice_item ADD FOREIGN KEY (uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.invoice_item_type ADD FOREIGN KEY (default_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.invoice_item_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.invoice_item_type(invoice_item_type_id);
ALTER TABLE ofbiz.invoice_role ADD FOREIGN KEY (invoice_id) REFERENCES ofbiz.invoice(invoice_id);
ALTER TABLE ofbiz.invoice_role ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.invoice_role ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.invoice_status ADD FOREIGN KEY (invoice_id) REFERENCES ofbiz.invoice(invoice_id);
ALTER TABLE ofbiz.invoice_status ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.invoice_term ADD FOREIGN KEY (invoice_id) REFERENCES ofbiz.invoice(invoice_id);
ALTER TABLE ofbiz.invoice_term ADD FOREIGN KEY (term_type_id) REFERENCES ofbiz.term_type(term_type_id);
ALTER TABLE ofbiz.invoice_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.invoice_type(invoice_type_id);
ALTER TABLE ofbiz.item_issuance ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.item_issuance ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.item_issuance ADD FOREIGN KEY (shipment_id, shipment_item_seq_id) REFERENCES ofbiz.shipment_item(shipment_id, shipment_item_seq_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (order_adjustment_type_id) REFERENCES ofbiz.order_adjustment_type(order_adjustment_type_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (override_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (primary_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (product_promo_id) REFERENCES ofbiz.product_promo(product_promo_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (secondary_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (tax_auth_geo_id, tax_auth_party_id) REFERENCES ofbiz.tax_authority(tax_auth_geo_id, tax_auth_party_id);
ALTER TABLE ofbiz.order_adjustment ADD FOREIGN KEY (tax_authority_rate_seq_id) REFERENCES ofbiz.tax_authority_rate_product(tax_authority_rate_seq_id);
ALTER TABLE ofbiz.order_adjustment_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.order_adjustment_type(order_adjustment_type_id);
ALTER TABLE ofbiz.order_contact_mech ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.order_contact_mech ADD FOREIGN KEY (contact_mech_purpose_type_id) REFERENCES ofbiz.contact_mech_purpose_type(contact_mech_purpose_type_id);
ALTER TABLE ofbiz.order_contact_mech ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (auto_order_shopping_list_id) REFERENCES ofbiz.shopping_list(shopping_list_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (billing_account_id) REFERENCES ofbiz.billing_account(billing_account_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (currency_uom) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (order_type_id) REFERENCES ofbiz.order_type(order_type_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (origin_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (sales_channel_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.order_header ADD FOREIGN KEY (sync_status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.order_header_note ADD FOREIGN KEY (note_id) REFERENCES ofbiz.note_data(note_id);
ALTER TABLE ofbiz.order_header_note ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (from_inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (order_item_type_id) REFERENCES ofbiz.order_item_type(order_item_type_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (override_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (quote_id, quote_item_seq_id) REFERENCES ofbiz.quote_item(quote_id, quote_item_seq_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (recurring_freq_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.order_item ADD FOREIGN KEY (sync_status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.order_item_assoc ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_item_assoc ADD FOREIGN KEY (order_item_assoc_type_id) REFERENCES ofbiz.order_item_assoc_type(order_item_assoc_type_id);
ALTER TABLE ofbiz.order_item_assoc ADD FOREIGN KEY (to_order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_item_assoc_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.order_item_assoc_type(order_item_assoc_type_id);
ALTER TABLE ofbiz.order_item_billing ADD FOREIGN KEY (invoice_id, invoice_item_seq_id) REFERENCES ofbiz.invoice_item(invoice_id, invoice_item_seq_id);
ALTER TABLE ofbiz.order_item_billing ADD FOREIGN KEY (item_issuance_id) REFERENCES ofbiz.item_issuance(item_issuance_id);
ALTER TABLE ofbiz.order_item_billing ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_item_billing ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.order_item_billing ADD FOREIGN KEY (shipment_receipt_id) REFERENCES ofbiz.shipment_receipt(receipt_id);
ALTER TABLE ofbiz.order_item_price_info ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (carrier_party_id, carrier_role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (carrier_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (shipment_method_type_id, carrier_party_id, carrier_role_type_id) REFERENCES ofbiz.carrier_shipment_method(shipment_method_type_id, party_id, role_type_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (shipment_method_type_id) REFERENCES ofbiz.shipment_method_type(shipment_method_type_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (supplier_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (telecom_contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (telecom_contact_mech_id) REFERENCES ofbiz.telecom_number(contact_mech_id);
ALTER TABLE ofbiz.order_item_ship_group ADD FOREIGN KEY (vendor_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.order_item_ship_group_assoc ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_item_ship_group_assoc ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.order_item_ship_group_assoc ADD FOREIGN KEY (order_id, ship_group_seq_id) REFERENCES ofbiz.order_item_ship_group(order_id, ship_group_seq_id);
ALTER TABLE ofbiz.order_item_ship_grp_inv_res ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.order_item_ship_grp_inv_res ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.order_item_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.order_item_type(order_item_type_id);
ALTER TABLE ofbiz.order_payment_preference ADD FOREIGN KEY (fin_account_id) REFERENCES ofbiz.fin_account(fin_account_id);
ALTER TABLE ofbiz.order_payment_preference ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_payment_preference ADD FOREIGN KEY (payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.order_payment_preference ADD FOREIGN KEY (payment_method_type_id) REFERENCES ofbiz.payment_method_type(payment_method_type_id);
ALTER TABLE ofbiz.order_payment_preference ADD FOREIGN KEY (product_price_purpose_id) REFERENCES ofbiz.product_price_purpose(product_price_purpose_id);
ALTER TABLE ofbiz.order_payment_preference ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.order_product_promo_code ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_product_promo_code ADD FOREIGN KEY (product_promo_code_id) REFERENCES ofbiz.product_promo_code(product_promo_code_id);
ALTER TABLE ofbiz.order_role ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_role ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.order_role ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.order_shipment ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_shipment ADD FOREIGN KEY (shipment_id) REFERENCES ofbiz.shipment(shipment_id);
ALTER TABLE ofbiz.order_status ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_status ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.order_term ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.order_term ADD FOREIGN KEY (term_type_id) REFERENCES ofbiz.term_type(term_type_id);
ALTER TABLE ofbiz.order_term ADD FOREIGN KEY (uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.order_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.order_type(order_type_id);
ALTER TABLE ofbiz.party ADD FOREIGN KEY (party_type_id) REFERENCES ofbiz.party_type(party_type_id);
ALTER TABLE ofbiz.party ADD FOREIGN KEY (preferred_currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.party ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (base_currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (cogs_method_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (error_gl_journal_id) REFERENCES ofbiz.gl_journal(gl_journal_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (invoice_sequence_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (order_sequence_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (quote_sequence_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (refund_payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.party_acctg_preference ADD FOREIGN KEY (tax_form_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.party_attribute ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_classification ADD FOREIGN KEY (party_classification_group_id) REFERENCES ofbiz.party_classification_group(party_classification_group_id);
ALTER TABLE ofbiz.party_classification ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_classification_group ADD FOREIGN KEY (parent_group_id) REFERENCES ofbiz.party_classification_group(party_classification_group_id);
ALTER TABLE ofbiz.party_classification_group ADD FOREIGN KEY (party_classification_type_id) REFERENCES ofbiz.party_classification_type(party_classification_type_id);
ALTER TABLE ofbiz.party_classification_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.party_classification_type(party_classification_type_id);
ALTER TABLE ofbiz.party_contact_mech ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.party_contact_mech ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_contact_mech ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.party_contact_mech ADD FOREIGN KEY (role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.party_contact_mech_purpose ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.party_contact_mech_purpose ADD FOREIGN KEY (contact_mech_purpose_type_id) REFERENCES ofbiz.contact_mech_purpose_type(contact_mech_purpose_type_id);
ALTER TABLE ofbiz.party_contact_mech_purpose ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_group ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_identification ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_identification ADD FOREIGN KEY (party_identification_type_id) REFERENCES ofbiz.party_identification_type(party_identification_type_id);
ALTER TABLE ofbiz.party_identification_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.party_identification_type(party_identification_type_id);
ALTER TABLE ofbiz.party_name_history ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_note ADD FOREIGN KEY (note_id) REFERENCES ofbiz.note_data(note_id);
ALTER TABLE ofbiz.party_note ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_relationship ADD FOREIGN KEY (party_id_from, role_type_id_from) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.party_relationship ADD FOREIGN KEY (party_id_to, role_type_id_to) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.party_relationship ADD FOREIGN KEY (party_relationship_type_id) REFERENCES ofbiz.party_relationship_type(party_relationship_type_id);
ALTER TABLE ofbiz.party_relationship ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.party_relationship_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.party_relationship_type(party_relationship_type_id);
ALTER TABLE ofbiz.party_relationship_type ADD FOREIGN KEY (role_type_id_valid_from) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.party_relationship_type ADD FOREIGN KEY (role_type_id_valid_to) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.party_role ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_role ADD FOREIGN KEY (role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.party_status ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.party_status ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.party_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.party_type(party_type_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (actual_currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (fin_account_trans_id) REFERENCES ofbiz.fin_account_trans(fin_account_trans_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (override_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (party_id_from) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (party_id_to) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (payment_method_type_id) REFERENCES ofbiz.payment_method_type(payment_method_type_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (payment_preference_id) REFERENCES ofbiz.order_payment_preference(order_payment_preference_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (payment_type_id) REFERENCES ofbiz.payment_type(payment_type_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (role_type_id_to) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.payment ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.payment_application ADD FOREIGN KEY (billing_account_id) REFERENCES ofbiz.billing_account(billing_account_id);
ALTER TABLE ofbiz.payment_application ADD FOREIGN KEY (invoice_id) REFERENCES ofbiz.invoice(invoice_id);
ALTER TABLE ofbiz.payment_application ADD FOREIGN KEY (override_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.payment_application ADD FOREIGN KEY (payment_id) REFERENCES ofbiz.payment(payment_id);
ALTER TABLE ofbiz.payment_application ADD FOREIGN KEY (tax_auth_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.payment_application ADD FOREIGN KEY (to_payment_id) REFERENCES ofbiz.payment(payment_id);
ALTER TABLE ofbiz.payment_method ADD FOREIGN KEY (fin_account_id) REFERENCES ofbiz.fin_account(fin_account_id);
ALTER TABLE ofbiz.payment_method ADD FOREIGN KEY (gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.payment_method ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.payment_method ADD FOREIGN KEY (payment_method_type_id) REFERENCES ofbiz.payment_method_type(payment_method_type_id);
ALTER TABLE ofbiz.payment_method_type ADD FOREIGN KEY (default_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.payment_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.payment_type(payment_type_id);
ALTER TABLE ofbiz.period_type ADD FOREIGN KEY (uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.person ADD FOREIGN KEY (employment_status_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.person ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.person ADD FOREIGN KEY (residence_status_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.picklist ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.picklist ADD FOREIGN KEY (shipment_method_type_id) REFERENCES ofbiz.shipment_method_type(shipment_method_type_id);
ALTER TABLE ofbiz.picklist ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.picklist_bin ADD FOREIGN KEY (picklist_id) REFERENCES ofbiz.picklist(picklist_id);
ALTER TABLE ofbiz.picklist_bin ADD FOREIGN KEY (primary_order_id, primary_ship_group_seq_id) REFERENCES ofbiz.order_item_ship_group(order_id, ship_group_seq_id);
ALTER TABLE ofbiz.picklist_item ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.picklist_item ADD FOREIGN KEY (item_status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.picklist_item ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.picklist_item ADD FOREIGN KEY (order_id, ship_group_seq_id) REFERENCES ofbiz.order_item_ship_group(order_id, ship_group_seq_id);
ALTER TABLE ofbiz.picklist_item ADD FOREIGN KEY (picklist_bin_id) REFERENCES ofbiz.picklist_bin(picklist_bin_id);
ALTER TABLE ofbiz.postal_address ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.postal_address ADD FOREIGN KEY (country_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.postal_address ADD FOREIGN KEY (county_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.postal_address ADD FOREIGN KEY (postal_code_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.postal_address ADD FOREIGN KEY (state_province_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.prod_catalog_category ADD FOREIGN KEY (prod_catalog_category_type_id) REFERENCES ofbiz.prod_catalog_category_type(prod_catalog_category_type_id);
ALTER TABLE ofbiz.prod_catalog_category ADD FOREIGN KEY (prod_catalog_id) REFERENCES ofbiz.prod_catalog(prod_catalog_id);
ALTER TABLE ofbiz.prod_catalog_category ADD FOREIGN KEY (product_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.prod_catalog_category_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.prod_catalog_category_type(prod_catalog_category_type_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (amount_uom_type_id) REFERENCES ofbiz.uom_type(uom_type_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (default_shipment_box_type_id) REFERENCES ofbiz.shipment_box_type(shipment_box_type_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (depth_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (diameter_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (height_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (manufacturer_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (origin_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (primary_product_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (product_type_id) REFERENCES ofbiz.product_type(product_type_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (quantity_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (rating_type_enum) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (requirement_method_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (virtual_variant_method_enum) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (weight_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product ADD FOREIGN KEY (width_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product_assoc ADD FOREIGN KEY (product_assoc_type_id) REFERENCES ofbiz.product_assoc_type(product_assoc_type_id);
ALTER TABLE ofbiz.product_assoc ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_assoc ADD FOREIGN KEY (product_id_to) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_assoc_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.product_assoc_type(product_assoc_type_id);
ALTER TABLE ofbiz.product_category ADD FOREIGN KEY (primary_parent_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.product_category ADD FOREIGN KEY (product_category_type_id) REFERENCES ofbiz.product_category_type(product_category_type_id);
ALTER TABLE ofbiz.product_category_member ADD FOREIGN KEY (product_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.product_category_member ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_category_rollup ADD FOREIGN KEY (parent_product_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.product_category_rollup ADD FOREIGN KEY (product_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.product_category_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.product_category_type(product_category_type_id);
ALTER TABLE ofbiz.product_facility ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.product_facility ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_feature ADD FOREIGN KEY (product_feature_category_id) REFERENCES ofbiz.product_feature_category(product_feature_category_id);
ALTER TABLE ofbiz.product_feature ADD FOREIGN KEY (product_feature_type_id) REFERENCES ofbiz.product_feature_type(product_feature_type_id);
ALTER TABLE ofbiz.product_feature ADD FOREIGN KEY (uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product_feature_appl ADD FOREIGN KEY (product_feature_appl_type_id) REFERENCES ofbiz.product_feature_appl_type(product_feature_appl_type_id);
ALTER TABLE ofbiz.product_feature_appl ADD FOREIGN KEY (product_feature_id) REFERENCES ofbiz.product_feature(product_feature_id);
ALTER TABLE ofbiz.product_feature_appl ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_feature_appl_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.product_feature_appl_type(product_feature_appl_type_id);
ALTER TABLE ofbiz.product_feature_category ADD FOREIGN KEY (parent_category_id) REFERENCES ofbiz.product_feature_category(product_feature_category_id);
ALTER TABLE ofbiz.product_feature_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.product_feature_type(product_feature_type_id);
ALTER TABLE ofbiz.product_keyword_new ADD FOREIGN KEY (keyword_type_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product_keyword_new ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_keyword_new ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (product_price_purpose_id) REFERENCES ofbiz.product_price_purpose(product_price_purpose_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (product_price_type_id) REFERENCES ofbiz.product_price_type(product_price_type_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (product_store_group_id) REFERENCES ofbiz.product_store_group(product_store_group_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (tax_auth_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (tax_auth_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.product_price ADD FOREIGN KEY (term_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product_promo ADD FOREIGN KEY (override_org_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.product_promo_code ADD FOREIGN KEY (product_promo_id) REFERENCES ofbiz.product_promo(product_promo_id);
ALTER TABLE ofbiz.product_promo_product ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_promo_product ADD FOREIGN KEY (product_promo_appl_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product_promo_product ADD FOREIGN KEY (product_promo_id) REFERENCES ofbiz.product_promo(product_promo_id);
ALTER TABLE ofbiz.product_promo_rule ADD FOREIGN KEY (product_promo_id) REFERENCES ofbiz.product_promo(product_promo_id);
ALTER TABLE ofbiz.product_promo_use ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.product_promo_use ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.product_promo_use ADD FOREIGN KEY (product_promo_code_id) REFERENCES ofbiz.product_promo_code(product_promo_code_id);
ALTER TABLE ofbiz.product_promo_use ADD FOREIGN KEY (product_promo_id) REFERENCES ofbiz.product_promo(product_promo_id);
ALTER TABLE ofbiz.product_review ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.product_review ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.product_review ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (default_currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (default_sales_channel_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (digital_item_approved_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (header_approved_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (header_cancel_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (header_declined_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (inventory_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (item_approved_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (item_cancel_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (item_declined_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (pay_to_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (primary_store_group_id) REFERENCES ofbiz.product_store_group(product_store_group_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (requirement_method_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (reserve_order_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (store_credit_account_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.product_store ADD FOREIGN KEY (vat_tax_auth_geo_id, vat_tax_auth_party_id) REFERENCES ofbiz.tax_authority(tax_auth_geo_id, tax_auth_party_id);
ALTER TABLE ofbiz.product_store_catalog ADD FOREIGN KEY (prod_catalog_id) REFERENCES ofbiz.prod_catalog(prod_catalog_id);
ALTER TABLE ofbiz.product_store_catalog ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.product_store_facility ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.product_store_facility ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.product_store_group ADD FOREIGN KEY (primary_parent_group_id) REFERENCES ofbiz.product_store_group(product_store_group_id);
ALTER TABLE ofbiz.product_store_promo_appl ADD FOREIGN KEY (product_promo_id) REFERENCES ofbiz.product_promo(product_promo_id);
ALTER TABLE ofbiz.product_store_promo_appl ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.product_store_role ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.product_store_role ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.product_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.product_type(product_type_id);
ALTER TABLE ofbiz.quote ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.quote ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.quote ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.quote ADD FOREIGN KEY (quote_type_id) REFERENCES ofbiz.quote_type(quote_type_id);
ALTER TABLE ofbiz.quote ADD FOREIGN KEY (sales_channel_enum_id) REFERENCES ofbiz.enumeration(enum_id);
ALTER TABLE ofbiz.quote ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.quote_item ADD FOREIGN KEY (cust_request_id, cust_request_item_seq_id) REFERENCES ofbiz.cust_request_item(cust_request_id, cust_request_item_seq_id);
ALTER TABLE ofbiz.quote_item ADD FOREIGN KEY (cust_request_id) REFERENCES ofbiz.cust_request(cust_request_id);
ALTER TABLE ofbiz.quote_item ADD FOREIGN KEY (product_feature_id) REFERENCES ofbiz.product_feature(product_feature_id);
ALTER TABLE ofbiz.quote_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.quote_item ADD FOREIGN KEY (quote_id) REFERENCES ofbiz.quote(quote_id);
ALTER TABLE ofbiz.quote_item ADD FOREIGN KEY (uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.quote_role ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.quote_role ADD FOREIGN KEY (party_id, role_type_id) REFERENCES ofbiz.party_role(party_id, role_type_id);
ALTER TABLE ofbiz.quote_role ADD FOREIGN KEY (quote_id) REFERENCES ofbiz.quote(quote_id);
ALTER TABLE ofbiz.quote_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.quote_type(quote_type_id);
ALTER TABLE ofbiz.reorder_guideline ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.reorder_guideline ADD FOREIGN KEY (geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.reorder_guideline ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.reorder_guideline ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.requirement ADD FOREIGN KEY (facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.requirement ADD FOREIGN KEY (fixed_asset_id) REFERENCES ofbiz.fixed_asset(fixed_asset_id);
ALTER TABLE ofbiz.requirement ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.requirement ADD FOREIGN KEY (requirement_type_id) REFERENCES ofbiz.requirement_type(requirement_type_id);
ALTER TABLE ofbiz.requirement ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.requirement_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.requirement_type(requirement_type_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (order_adjustment_id) REFERENCES ofbiz.order_adjustment(order_adjustment_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (override_gl_account_id) REFERENCES ofbiz.gl_account(gl_account_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (primary_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (product_promo_id) REFERENCES ofbiz.product_promo(product_promo_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (return_adjustment_type_id) REFERENCES ofbiz.return_adjustment_type(return_adjustment_type_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (return_id) REFERENCES ofbiz.return_header(return_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (return_type_id) REFERENCES ofbiz.return_type(return_type_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (secondary_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (tax_auth_geo_id, tax_auth_party_id) REFERENCES ofbiz.tax_authority(tax_auth_geo_id, tax_auth_party_id);
ALTER TABLE ofbiz.return_adjustment ADD FOREIGN KEY (tax_authority_rate_seq_id) REFERENCES ofbiz.tax_authority_rate_product(tax_authority_rate_seq_id);
ALTER TABLE ofbiz.return_adjustment_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.return_adjustment_type(return_adjustment_type_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (billing_account_id) REFERENCES ofbiz.billing_account(billing_account_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (destination_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (fin_account_id) REFERENCES ofbiz.fin_account(fin_account_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (from_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (origin_contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (return_header_type_id) REFERENCES ofbiz.return_header_type(return_header_type_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.return_header ADD FOREIGN KEY (to_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.return_header_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.return_header_type(return_header_type_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (expected_item_status) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (return_id) REFERENCES ofbiz.return_header(return_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (return_item_type_id) REFERENCES ofbiz.return_item_type(return_item_type_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (return_reason_id) REFERENCES ofbiz.return_reason(return_reason_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (return_type_id) REFERENCES ofbiz.return_type(return_type_id);
ALTER TABLE ofbiz.return_item ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.return_item_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.return_item_type(return_item_type_id);
ALTER TABLE ofbiz.return_status ADD FOREIGN KEY (return_id) REFERENCES ofbiz.return_header(return_id);
ALTER TABLE ofbiz.return_status ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.role_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (destination_contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (destination_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (destination_telecom_number_id) REFERENCES ofbiz.telecom_number(contact_mech_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (origin_contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (origin_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (origin_telecom_number_id) REFERENCES ofbiz.telecom_number(contact_mech_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (party_id_from) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (party_id_to) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (picklist_bin_id) REFERENCES ofbiz.picklist_bin(picklist_bin_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (primary_order_id) REFERENCES ofbiz.order_header(order_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (primary_return_id) REFERENCES ofbiz.return_header(return_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (shipment_type_id) REFERENCES ofbiz.shipment_type(shipment_type_id);
ALTER TABLE ofbiz.shipment ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.shipment_box_type ADD FOREIGN KEY (dimension_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.shipment_box_type ADD FOREIGN KEY (weight_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.shipment_contact_mech ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.shipment_contact_mech ADD FOREIGN KEY (shipment_contact_mech_type_id) REFERENCES ofbiz.shipment_contact_mech_type(shipment_contact_mech_type_id);
ALTER TABLE ofbiz.shipment_contact_mech ADD FOREIGN KEY (shipment_id) REFERENCES ofbiz.shipment(shipment_id);
ALTER TABLE ofbiz.shipment_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.shipment_item ADD FOREIGN KEY (shipment_id) REFERENCES ofbiz.shipment(shipment_id);
ALTER TABLE ofbiz.shipment_item_billing ADD FOREIGN KEY (invoice_id, invoice_item_seq_id) REFERENCES ofbiz.invoice_item(invoice_id, invoice_item_seq_id);
ALTER TABLE ofbiz.shipment_item_billing ADD FOREIGN KEY (shipment_id, shipment_item_seq_id) REFERENCES ofbiz.shipment_item(shipment_id, shipment_item_seq_id);
ALTER TABLE ofbiz.shipment_package ADD FOREIGN KEY (dimension_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.shipment_package ADD FOREIGN KEY (shipment_box_type_id) REFERENCES ofbiz.shipment_box_type(shipment_box_type_id);
ALTER TABLE ofbiz.shipment_package ADD FOREIGN KEY (shipment_id) REFERENCES ofbiz.shipment(shipment_id);
ALTER TABLE ofbiz.shipment_package ADD FOREIGN KEY (weight_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.shipment_package_content ADD FOREIGN KEY (shipment_id, shipment_item_seq_id) REFERENCES ofbiz.shipment_item(shipment_id, shipment_item_seq_id);
ALTER TABLE ofbiz.shipment_package_content ADD FOREIGN KEY (shipment_id, shipment_package_seq_id) REFERENCES ofbiz.shipment_package(shipment_id, shipment_package_seq_id);
ALTER TABLE ofbiz.shipment_package_content ADD FOREIGN KEY (sub_product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.shipment_receipt ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.shipment_receipt ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.shipment_receipt ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.shipment_receipt ADD FOREIGN KEY (rejection_id) REFERENCES ofbiz.rejection_reason(rejection_id);
ALTER TABLE ofbiz.shipment_receipt ADD FOREIGN KEY (return_id, return_item_seq_id) REFERENCES ofbiz.return_item(return_id, return_item_seq_id);
ALTER TABLE ofbiz.shipment_receipt ADD FOREIGN KEY (shipment_id, shipment_package_seq_id) REFERENCES ofbiz.shipment_package(shipment_id, shipment_package_seq_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (billing_weight_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (carrier_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (carrier_service_status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (dest_contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (dest_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (dest_telecom_number_id) REFERENCES ofbiz.telecom_number(contact_mech_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (origin_contact_mech_id) REFERENCES ofbiz.postal_address(contact_mech_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (origin_facility_id) REFERENCES ofbiz.facility(facility_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (origin_telecom_number_id) REFERENCES ofbiz.telecom_number(contact_mech_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (shipment_id) REFERENCES ofbiz.shipment(shipment_id);
ALTER TABLE ofbiz.shipment_route_segment ADD FOREIGN KEY (shipment_method_type_id) REFERENCES ofbiz.shipment_method_type(shipment_method_type_id);
ALTER TABLE ofbiz.shipment_status ADD FOREIGN KEY (shipment_id) REFERENCES ofbiz.shipment(shipment_id);
ALTER TABLE ofbiz.shipment_status ADD FOREIGN KEY (status_id) REFERENCES ofbiz.status_item(status_id);
ALTER TABLE ofbiz.shipment_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.shipment_type(shipment_type_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (parent_shopping_list_id) REFERENCES ofbiz.shopping_list(shopping_list_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (payment_method_id) REFERENCES ofbiz.payment_method(payment_method_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (product_promo_code_id) REFERENCES ofbiz.product_promo_code(product_promo_code_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (shipment_method_type_id, carrier_party_id, carrier_role_type_id) REFERENCES ofbiz.carrier_shipment_method(shipment_method_type_id, party_id, role_type_id);
ALTER TABLE ofbiz.shopping_list ADD FOREIGN KEY (shopping_list_type_id) REFERENCES ofbiz.shopping_list_type(shopping_list_type_id);
ALTER TABLE ofbiz.shopping_list_item ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.shopping_list_item ADD FOREIGN KEY (shopping_list_id) REFERENCES ofbiz.shopping_list(shopping_list_id);
ALTER TABLE ofbiz.status_item ADD FOREIGN KEY (status_type_id) REFERENCES ofbiz.status_type(status_type_id);
ALTER TABLE ofbiz.status_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.status_type(status_type_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (available_time_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (cancl_autm_ext_time_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (inventory_item_id) REFERENCES ofbiz.inventory_item(inventory_item_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (max_life_time_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (order_id, order_item_seq_id) REFERENCES ofbiz.order_item(order_id, order_item_seq_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (originated_from_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (originated_from_role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (product_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (role_type_id) REFERENCES ofbiz.role_type(role_type_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (subscription_type_id) REFERENCES ofbiz.subscription_type(subscription_type_id);
ALTER TABLE ofbiz.subscription ADD FOREIGN KEY (use_time_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.subscription_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.subscription_type(subscription_type_id);
ALTER TABLE ofbiz.supplier_product ADD FOREIGN KEY (currency_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.supplier_product ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.supplier_product ADD FOREIGN KEY (product_id) REFERENCES ofbiz.product(product_id);
ALTER TABLE ofbiz.supplier_product ADD FOREIGN KEY (quantity_uom_id) REFERENCES ofbiz.uom(uom_id);
ALTER TABLE ofbiz.tax_authority ADD FOREIGN KEY (tax_auth_geo_id) REFERENCES ofbiz.geo(geo_id);
ALTER TABLE ofbiz.tax_authority ADD FOREIGN KEY (tax_auth_party_id) REFERENCES ofbiz.party(party_id);
ALTER TABLE ofbiz.tax_authority_rate_product ADD FOREIGN KEY (product_category_id) REFERENCES ofbiz.product_category(product_category_id);
ALTER TABLE ofbiz.tax_authority_rate_product ADD FOREIGN KEY (product_store_id) REFERENCES ofbiz.product_store(product_store_id);
ALTER TABLE ofbiz.tax_authority_rate_product ADD FOREIGN KEY (tax_auth_geo_id, tax_auth_party_id) REFERENCES ofbiz.tax_authority(tax_auth_geo_id, tax_auth_party_id);
ALTER TABLE ofbiz.tax_authority_rate_product ADD FOREIGN KEY (tax_authority_rate_type_id) REFERENCES ofbiz.tax_authority_rate_type(tax_authority_rate_type_id);
ALTER TABLE ofbiz.telecom_number ADD FOREIGN KEY (contact_mech_id) REFERENCES ofbiz.contact_mech(contact_mech_id);
ALTER TABLE ofbiz.term_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.term_type(term_type_id);
ALTER TABLE ofbiz.uom ADD FOREIGN KEY (uom_type_id) REFERENCES ofbiz.uom_type(uom_type_id);
ALTER TABLE ofbiz.uom_type ADD FOREIGN KEY (parent_type_id) REFERENCES ofbiz.uom_type(uom_type_id);
ALTER TABLE ofbiz.vendor ADD FOREIGN KEY (party_id) REFERENCES ofbiz.party(party_id);
COMMENT ON TABLE ofbiz.billing_account IS 'A BillingAccount Payment Method';
COMMENT ON COLUMN ofbiz.communication_event_role.contact_mech_id IS 'For communication event participants this represents the contactMechId of the ContactMech used.';
COMMENT ON COLUMN ofbiz.credit_card.valid_from_date IS 'Not common in some parts of the world.';
COMMENT ON COLUMN ofbiz.credit_card.issue_number IS 'Single digit number on some Switch and Maestro cards';
COMMENT ON COLUMN ofbiz.credit_card.contact_mech_id IS 'The Billing PostalAddress';
COMMENT ON COLUMN ofbiz.cust_request.cust_request_date IS 'When the customer (or whoever) submitted the request, maybe out of OFBiz : comming by mail, email, etc.';
COMMENT ON COLUMN ofbiz.cust_request.response_required_date IS 'responseRequiredDate is the time the customer needs a response.';
COMMENT ON COLUMN ofbiz.cust_request.fulfill_contact_mech_id IS 'Field to support a location of a cust request--ie, product literature sent to an address, service call at a localtion, etc.';
COMMENT ON COLUMN ofbiz.cust_request.open_date_time IS 'Used when the customer service person, or anyone assigned to handle the incoming request, opens it for action. You cantake the customer requestdate and openDateTime to see the efficiency of the customer service people.';
COMMENT ON COLUMN ofbiz.cust_request.closed_date_time IS 'Used when the customer service person, or anyone assigned to handle the incoming request, closes it as resolution. In some customer response systems, the openDateTime and closedDateTime can happen more than once as the customer is not satified with the resolution.';
COMMENT ON COLUMN ofbiz.cust_request.created_date IS 'When it is actually stored in the system.';
COMMENT ON COLUMN ofbiz.cust_request.last_modified_date IS 'Last modified date can be till the closedDateTime which is when the customer service people, or anyone assigned to handle the incoming request, says it is resolved. This gives when the last action was done to see if the steps to resolve the request are happening in a timely manner.';
COMMENT ON COLUMN ofbiz.cust_request_type.party_id IS 'party or party group(via partyRelationShip entity) responsible for responding to the communication request of this particular type';
COMMENT ON COLUMN ofbiz.facility.default_days_to_ship IS 'In the absence of a product specific days to ship in ProductFacility, this will be used';
COMMENT ON COLUMN ofbiz.facility.default_dimension_uom_id IS 'This field store the unit of measurement of dimension (length, width and height)';
COMMENT ON COLUMN ofbiz.fin_account.organization_party_id IS 'The internal organization Party that owns (or rather, is liable for) the account.';
COMMENT ON COLUMN ofbiz.fin_account.owner_party_id IS 'The customer or third party that owns the account.';
COMMENT ON COLUMN ofbiz.fin_account.from_date IS 'Describes when account will be valid. If null, valid immediately.';
COMMENT ON COLUMN ofbiz.fin_account.thru_date IS 'Expiration date of the account. If null, will never expire.';
COMMENT ON COLUMN ofbiz.fin_account.actual_balance IS 'Calculated as the sum of FinAccountTrans.amount';
COMMENT ON COLUMN ofbiz.fin_account.available_balance IS 'Calculated as actualBalance minus sum of outstanding FinAccountAuth.amount';
COMMENT ON COLUMN ofbiz.fin_account_trans.order_item_seq_id IS 'To be used along with orderId to point to an OrderItem that represents the purchase of a product to add money to the account.';
COMMENT ON COLUMN ofbiz.gl_account.external_id IS 'id of the account in an external system where the accounts are imported/exported';
COMMENT ON COLUMN ofbiz.inventory_item.owner_party_id IS 'The owner of the inventory item.';
COMMENT ON COLUMN ofbiz.inventory_item.unit_cost IS 'Higher precision in case it is a calculated number';
COMMENT ON COLUMN ofbiz.inventory_item.currency_uom_id IS 'The currency Uom of the unit cost.';
COMMENT ON COLUMN ofbiz.invoice_item.override_gl_account_id IS 'used to specify the override or actual glAccountId used for the invoice, avoids problems if configuration changes after initial posting, etc';
COMMENT ON COLUMN ofbiz.invoice_item.override_org_party_id IS 'Used to specify the organization override rather than using the payToPartyId';
COMMENT ON COLUMN ofbiz.order_adjustment.amount_already_included IS 'The amount here is already represented in the price, such as VAT taxes.';
COMMENT ON COLUMN ofbiz.order_adjustment.source_percentage IS 'for tax entries this is the tax percentage';
COMMENT ON COLUMN ofbiz.order_adjustment.customer_reference_id IS 'for tax entries this is partyTaxId';
COMMENT ON COLUMN ofbiz.order_adjustment.primary_geo_id IS 'for tax entries this is the primary jurisdiction Geo (the smallest or most local Geo that this tax is for, usually a state/province, perhaps a county or a city)';
COMMENT ON COLUMN ofbiz.order_adjustment.secondary_geo_id IS 'for tax entries this is the secondary jurisdiction Geo (usually a country, or other Geo that the primary is within)';
COMMENT ON COLUMN ofbiz.order_adjustment.exempt_amount IS 'an amount that would normally apply, but not to this order; for tax exemption represents the what the tax would have been';
COMMENT ON COLUMN ofbiz.order_adjustment.tax_auth_geo_id IS 'these taxAuth fields deprecate the primaryGeoId and secondaryGeoId fields and will be used with the newer tax calc stuff';
COMMENT ON COLUMN ofbiz.order_adjustment.override_gl_account_id IS 'used to specify the override or actual glAccountId used for the adjustment, avoids problems if configuration changes after initial posting, etc';
COMMENT ON COLUMN ofbiz.order_adjustment.original_adjustment_id IS 'specifies relation to source OrderAdjustment - eg. for tax on shipping charges';
COMMENT ON TABLE ofbiz.order_adjustment IS 'Note that both includeInTax and includeInShipping should default to true, except in the case where this adjustment is a tax or shipping adjustment then should be ignored.';
COMMENT ON COLUMN ofbiz.order_header.priority IS 'Sets priority for Inventory Reservation';
COMMENT ON COLUMN ofbiz.order_header.pick_sheet_printed_date IS 'This will be set to a date when pick sheet of the order is printed';
COMMENT ON COLUMN ofbiz.order_item.cancel_back_order_date IS 'Used to cancel all orders from suppliers when its in past';
COMMENT ON COLUMN ofbiz.order_item.override_gl_account_id IS 'Used to specify the override or actual glAccountId used for the adjustment, avoids problems if configuration changes after initial posting, etc.';
COMMENT ON COLUMN ofbiz.order_item_ship_group.vendor_party_id IS 'For use with multi-vendor stores, order will be split so that each ship group is associated with only one vendor (only if applicable)';
COMMENT ON COLUMN ofbiz.order_item_ship_grp_inv_res.priority IS 'Sets priority for Inventory Reservation';
COMMENT ON COLUMN ofbiz.order_payment_preference.fin_account_id IS 'For paying with a fin account instead of payment method on file';
COMMENT ON COLUMN ofbiz.order_payment_preference.security_code IS 'NOTE: THIS SHOULD NEVER BE PERSISTED OUTSIDE THE SCOPE OF A SINGLE TRANSACTION, TYPICALLY ONLY FOR AUTHORIZATION PURPOSES, SHOULD BE REMOVED IMMEDIATELY FOLLOWING USE; this is the 3 digit on back (for Visa, MC, etc) or 4 digit on front (Amex, etc) card verification code; also note that this field is longer than needed to accommodate encryption.';
COMMENT ON COLUMN ofbiz.order_payment_preference.track2 IS 'NOTE: THIS SHOULD NEVER BE PERSISTED OUTSIDE THE SCOPE OF A SINGLE TRANSACTION, TYPICALLY ONLY FOR AUTHORIZATION PURPOSES, SHOULD BE REMOVED IMMEDIATELY FOLLOWING USE; this is raw track2 data, exactly as read by the magnetic swipe reader; also note that this field is longer than needed to accommodate encryption.';
COMMENT ON COLUMN ofbiz.party_acctg_preference.error_gl_journal_id IS 'Journal to which all the failed automatic transaction are assigned. If the error journal is set, if the GL posting fails for some reason the triggering operation (finalizing an invoice or payment or whatever) would NOT roll back, instead the partial GL post would be placed into the error journal.';
COMMENT ON COLUMN ofbiz.party_name_history.group_name IS 'For Party Groups only';
COMMENT ON COLUMN ofbiz.party_relationship.relationship_name IS 'Official name of relationship, such as title in a company';
COMMENT ON COLUMN ofbiz.party_relationship.position_title IS 'The exact word used within the company';
COMMENT ON COLUMN ofbiz.payment_application.override_gl_account_id IS 'If filled in, payment is applied directly against this GL account';
COMMENT ON COLUMN ofbiz.product.primary_product_category_id IS 'The primary category ; it should be one of the productCategoryId already setup in ProductCategoryMember';
COMMENT ON COLUMN ofbiz.product.fixed_amount IS 'Use this for products which are sold in fixed denominations, such as gift certificates or calling cards.';
COMMENT ON COLUMN ofbiz.product.weight IS 'The shipping weight of the product.';
COMMENT ON COLUMN ofbiz.product.virtual_variant_method_enum IS 'This field defines the method of selecting a variant from the selectable features on the virtual product. Either as a variant explosion which will work to about 200 variants or as feature explosion which almost has no limits';
COMMENT ON COLUMN ofbiz.product.reserv_max_persons IS 'maximum number of persons who can rent this asset at the same time';
COMMENT ON COLUMN ofbiz.product.reserv2nd_ppperc IS 'percentage of the end price for the 2nd person renting this asset connected to this product';
COMMENT ON COLUMN ofbiz.product.reserv_nth_ppperc IS 'percentage of the end price for the Nth person renting this asset connected to this product';
COMMENT ON COLUMN ofbiz.product.config_id IS 'Used to safe the persisted configuration Id for AGGREGATED products.';
COMMENT ON COLUMN ofbiz.product.lot_id_filled_in IS 'Indicate if the lotId must be informed';
COMMENT ON COLUMN ofbiz.product.order_decimal_quantity IS 'use to indicate if decimal quantity can be ordered for this product. Default value is Y';
COMMENT ON COLUMN ofbiz.product_category_rollup.parent_product_category_id IS 'The parent category; it should be one of productCategoryId already setup in ProductCategory or ProductCategoryRollup';
COMMENT ON COLUMN ofbiz.product_facility.last_inventory_count IS 'This field represents availableToPromiseTotal of a product at a certain point of time and is being updated regularly by a schedule service every hour';
COMMENT ON COLUMN ofbiz.product_price.term_uom_id IS 'Mainly used for recurring and usage prices to specify a time/freq measure, or a usage unit measure (bits, minutes, etc)';
COMMENT ON COLUMN ofbiz.product_price.custom_price_calc_service IS 'Points to a CustomMethod used to specify a service for the calculation of the unit price of the product (NOTE: a better name for this field might be priceCalcCustomMethodId)';
COMMENT ON COLUMN ofbiz.product_price.price_without_tax IS 'Always without tax if populated, regardless of if price does or does not include tax.';
COMMENT ON COLUMN ofbiz.product_price.price_with_tax IS 'Always with tax if populated, regardless of if price does or does not include tax.';
COMMENT ON COLUMN ofbiz.product_price.tax_in_price IS 'If Y the price field has tax included for the given taxAuthPartyId/taxAuthGeoId at the taxPercentage.';
COMMENT ON COLUMN ofbiz.product_store.pay_to_party_id IS 'Note that this corresponds with the organizationPartyId that GL transactions will be posted to.';
COMMENT ON COLUMN ofbiz.product_store.is_immediately_fulfilled IS 'If immediately fulfilled (for physical stores, etc): don''t send email notices, don''t reserve inventory, and IFF inventory info isn''t found on the server then don''t issue inventory right away';
COMMENT ON COLUMN ofbiz.product_store.balance_res_on_order_creation IS 'If set to Y, when a new sales order is created with backordered items, then reservations on the facility/product are reassigned according to the priority given by the shipBeforeDate field.';
COMMENT ON COLUMN ofbiz.product_store.store_credit_account_enum_id IS 'Specify the type (Billing Account or Financial Account) of Store Credit Account used for refund return. Default to Financial Account. This field is override by ReturnHeader.billingAccountId or ReturnHeader.finAccountId, whichever is specified but if only finAccountId is specified explicitly then system will first try to locate any billing account with -ve amount. If found, then amount is credit to this billing account else the amount will be credit to the financial account of the user.';
COMMENT ON COLUMN ofbiz.product_store.auto_invoice_digital_items IS 'Default Y. Invoice digital items when order is placed rather than waiting for completing order items (though shipment/fulfillment).';
COMMENT ON COLUMN ofbiz.product_store.req_ship_addr_for_dig_items IS 'Default Y. Require Shipping Address for Digital Items? Note this only has an effect if there are ONLY digital goods in the cart.';
COMMENT ON COLUMN ofbiz.product_store.show_tax_is_exempt IS 'default Y; if set to N do not show isExempt checkbox for PartyTaxAuthInfo, always force to N';
COMMENT ON COLUMN ofbiz.product_store.enable_auto_suggestion_list IS 'The auto-suggestion list is a special ShoppingList that the addSuggestionsToShoppingList service will maintain for cross-sells of ordered items.';
COMMENT ON COLUMN ofbiz.product_store.prod_search_exclude_variants IS 'default Y; if set to Y an additional constraint will of isVariant!=Y will be added to all product searches for the store';
COMMENT ON COLUMN ofbiz.product_store.auto_order_cc_try_exp IS 'For auto-orders try other Credit Card expiration dates (if date is wrong or general failure where type not known)?';
COMMENT ON COLUMN ofbiz.product_store.auto_order_cc_try_other_cards IS 'For auto-orders try other Credit Cards for the customer?';
COMMENT ON COLUMN ofbiz.product_store.auto_order_cc_try_later_nsf IS 'For auto-orders if Credit Cards fails for NSF (Not Sufficient Funds) try again later?';
COMMENT ON COLUMN ofbiz.product_store.auto_order_cc_try_later_max IS 'For auto-orders if Credit Cards fails for NSF try again how many times?';
COMMENT ON COLUMN ofbiz.product_store.store_credit_valid_days IS 'How many days that store credit is valid for. Null value implies no expiration.';
COMMENT ON COLUMN ofbiz.product_store.auto_approve_invoice IS 'If Y or empty, sales invoices created from orders will be marked ready.';
COMMENT ON COLUMN ofbiz.product_store.auto_approve_order IS 'If N, orders will not be automatically approved when payment is authorized.';
COMMENT ON COLUMN ofbiz.product_store.ship_if_capture_fails IS 'If N, the captureOrderPayments will cause a service error if credit card capture fails.';
COMMENT ON COLUMN ofbiz.product_store.set_owner_upon_issuance IS 'If Y or empty, set the inventory item owner upon issuance.';
COMMENT ON COLUMN ofbiz.product_store.req_return_inventory_receive IS 'Default N. This is the default value for the ReturnHeader.needsInventoryReceive field. If set to Y return will automatically go to the Received status when Accepted instead of waiting for actual receipt of the return.';
COMMENT ON COLUMN ofbiz.product_store.add_to_cart_remove_incompat IS 'Default N. If Y then on add to cart remove all products in cart with a ProductAssoc record related to or from the product and with the PRODUCT_INCOMPATABLE type.';
COMMENT ON COLUMN ofbiz.product_store.add_to_cart_replace_upsell IS 'Default N. If Y then on add to cart remove all products in cart with a ProductAssoc record related from the product and with the PRODUCT_UPGRADE type.';
COMMENT ON COLUMN ofbiz.product_store.split_pay_pref_per_shp_grp IS 'Default N. If Y then before the order is stored the OrderPaymentPreference record will be split, one for each OrderItemShipGroup.';
COMMENT ON COLUMN ofbiz.product_store.managed_by_lot IS 'If Y, the preparator can choose the InventoryItem by this lotId when he makes the picklist.';
COMMENT ON COLUMN ofbiz.product_store.show_out_of_stock_products IS 'Default Y. If N then out of stock products will not be displayed on site';
COMMENT ON COLUMN ofbiz.product_store.order_decimal_quantity IS 'use to indicate if decimal quantity can be ordered for this producStore. Default value is Y';
COMMENT ON COLUMN ofbiz.product_store_promo_appl.manual_only IS 'If set to Y then the promotion is not automatically evaluated, but only if it is manually added to the cart.';
COMMENT ON COLUMN ofbiz.return_adjustment.return_type_id IS 'actually used for disbursement type: store credit, cash refund, exchange';
COMMENT ON COLUMN ofbiz.return_adjustment.source_percentage IS 'for tax entries this is the tax percentage';
COMMENT ON COLUMN ofbiz.return_adjustment.customer_reference_id IS 'for tax entries this is partyTaxId';
COMMENT ON COLUMN ofbiz.return_adjustment.primary_geo_id IS 'for tax entries this is the primary jurisdiction Geo (the smallest or most local Geo that this tax is for, usually a state/province, perhaps a county or a city)';
COMMENT ON COLUMN ofbiz.return_adjustment.secondary_geo_id IS 'for tax entries this is the secondary jurisdiction Geo (usually a country, or other Geo that the primary is within)';
COMMENT ON COLUMN ofbiz.return_adjustment.exempt_amount IS 'an amount that would normally apply, but not to this order; for tax exemption represents the what the tax would have been';
COMMENT ON COLUMN ofbiz.return_adjustment.tax_auth_geo_id IS 'these taxAuth fields deprecate the primaryGeoId and secondaryGeoId fields and will be used with the newer tax calc stuff';
COMMENT ON COLUMN ofbiz.return_adjustment.override_gl_account_id IS 'used to specify the override or actual glAccountId used for the adjustment, avoids problems if configuration changes after initial posting, etc';
COMMENT ON TABLE ofbiz.return_adjustment IS 'Tax, shipping, and promotional adjustments which are carried over from the order to the return. Note that both includeInTax and includeInShipping should default to true, except in the case where this adjustment is a tax or shipping adjustment then should be ignored.';
COMMENT ON COLUMN ofbiz.return_item.return_reason_id IS 'why item is returned: did not like, wrong item, damaged, etc. etc.';
COMMENT ON COLUMN ofbiz.return_item.return_type_id IS 'actually used for disbursement type: store credit, cash refund, exchange';
COMMENT ON COLUMN ofbiz.return_item.return_item_type_id IS 'what is returned: a product, a service, etc';
COMMENT ON COLUMN ofbiz.return_item.product_id IS 'we need this field to be able to figure out net sales of a product';
COMMENT ON COLUMN ofbiz.return_item.return_quantity IS 'promised by the customer';
COMMENT ON COLUMN ofbiz.return_item.received_quantity IS 'actually received from the customer';
COMMENT ON TABLE ofbiz.return_item_type IS 'ReturnItemType records the type of a ReturnItem';
COMMENT ON COLUMN ofbiz.shipment_package.box_length IS 'This field store the length of package; if a shipmentBoxTypeId is specified then this overrides the dimension specified there; this field is meant to be used when there is no applicable ShipmentBoxType';
COMMENT ON COLUMN ofbiz.shipment_package.box_height IS 'This field store the height of package; if a shipmentBoxTypeId is specified then this overrides the dimension specified there; this field is meant to be used when there is no applicable ShipmentBoxType';
COMMENT ON COLUMN ofbiz.shipment_package.box_width IS 'This field store the width of package; if a shipmentBoxTypeId is specified then this overrides the dimension specified there; this field is meant to be used when there is no applicable ShipmentBoxType';
COMMENT ON COLUMN ofbiz.shipment_package.dimension_uom_id IS 'This field store the unit of measurement of dimension (length, width and height)';
COMMENT ON COLUMN ofbiz.subscription.communication_event_id IS 'now replaced by entity: SubscriptionCommEvent';
COMMENT ON COLUMN ofbiz.subscription.max_life_time IS 'The length in time of the (extended) subscription';
COMMENT ON COLUMN ofbiz.subscription.automatic_extend IS 'If this subscription is automatically extended with the same period as the initial period.';
COMMENT ON COLUMN ofbiz.subscription.cancl_autm_ext_time IS 'The time period (before the end of the thruDate) after which the automatic extension of the subscription will be executed.';
COMMENT ON COLUMN ofbiz.subscription.cancl_autm_ext_time_uom_id IS 'Unit Of Measure used for the automatic extension of the subscription.';
