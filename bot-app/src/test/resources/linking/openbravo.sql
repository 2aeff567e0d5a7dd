-- Openbravo ERP (openbravo/peoples-openbravo, src-db/database/model/tables/*.xml), converted to PostgreSQL; a 222-table subset around orders, invoices, products, business partners, warehouses, stock and payments
CREATE SCHEMA openbravo;

CREATE TABLE openbravo.ad_client (
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    smtphost character varying(60),
    requestemail character varying(40),
    requestuser character varying(40),
    requestuserpw character varying(60),
    requestfolder character varying(20),
    ad_language character varying(6),
    ismultilingualdocument character(1) NOT NULL,
    issmtpauthorization character(1) NOT NULL,
    c_currency_id character varying(32),
    acctdim_centrally_maintained character(1) NOT NULL,
    project_acctdim_isenable character(1) NOT NULL,
    project_acctdim_header character(1) NOT NULL,
    project_acctdim_lines character(1) NOT NULL,
    project_acctdim_breakdown character(1) NOT NULL,
    bpartner_acctdim_isenable character(1) NOT NULL,
    bpartner_acctdim_header character(1) NOT NULL,
    bpartner_acctdim_lines character(1) NOT NULL,
    bpartner_acctdim_breakdown character(1) NOT NULL,
    product_acctdim_isenable character(1) NOT NULL,
    product_acctdim_header character(1) NOT NULL,
    product_acctdim_lines character(1) NOT NULL,
    product_acctdim_breakdown character(1) NOT NULL,
    costcenter_acctdim_header character(1) NOT NULL,
    costcenter_acctdim_lines character(1) NOT NULL,
    costcenter_acctdim_breakdown character(1) NOT NULL,
    user1_acctdim_isenable character(1) NOT NULL,
    user1_acctdim_header character(1) NOT NULL,
    user1_acctdim_lines character(1) NOT NULL,
    user1_acctdim_breakdown character(1) NOT NULL,
    user2_acctdim_isenable character(1) NOT NULL,
    user2_acctdim_header character(1) NOT NULL,
    user2_acctdim_lines character(1) NOT NULL,
    user2_acctdim_breakdown character(1) NOT NULL,
    costcenter_acctdim_isenable character(1) NOT NULL,
    org_acctdim_isenable character(1) NOT NULL,
    org_acctdim_header character(1) NOT NULL,
    org_acctdim_lines character(1) NOT NULL,
    org_acctdim_breakdown character(1) NOT NULL,
    daystopasswordexpiration numeric(10,0),
    CONSTRAINT ad_client_key PRIMARY KEY (ad_client_id)
);

CREATE TABLE openbravo.ad_org (
    ad_org_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    issummary character(1) NOT NULL,
    ad_orgtype_id character varying(32) NOT NULL,
    isperiodcontrolallowed character(1) NOT NULL,
    c_calendar_id character varying(32),
    isready character(1) NOT NULL,
    social_name character varying(60),
    c_currency_id character varying(32),
    c_acctschema_id character varying(32),
    ad_periodcontrolallowed_org_id character varying(32),
    ad_calendarowner_org_id character varying(32),
    ad_legalentity_org_id character varying(32),
    ad_inheritedcalendar_id character varying(32),
    ad_businessunit_org_id character varying(32),
    c_extbp_enabled character(1) NOT NULL,
    c_extbp_config_id character varying(32),
    reprint_documents character varying(60),
    timezone character varying(60),
    language character varying(6),
    ad_groupbusinessunit_org_id character varying(32),
    CONSTRAINT ad_org_key PRIMARY KEY (ad_org_id)
);

CREATE TABLE openbravo.ad_user (
    ad_user_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    password character varying(255),
    email character varying(255),
    supervisor_id character varying(32),
    c_bpartner_id character varying(32),
    processing character(1),
    emailuser character varying(40),
    emailuserpw character varying(40),
    c_bpartner_location_id character varying(32),
    c_greeting_id character varying(32),
    title character varying(40),
    comments character varying(2000),
    phone character varying(40),
    phone2 character varying(40),
    fax character varying(40),
    lastcontact timestamp without time zone,
    lastresult character varying(255),
    birthday timestamp without time zone,
    ad_orgtrx_id character varying(32),
    firstname character varying(60),
    lastname character varying(60),
    username character varying(60),
    default_ad_client_id character varying(32),
    default_ad_language character varying(6),
    default_ad_org_id character varying(32),
    default_ad_role_id character varying(32),
    default_m_warehouse_id character varying(32),
    islocked character(1) NOT NULL,
    ad_image_id character varying(32),
    grant_portal_access character(1) NOT NULL,
    lastpasswordupdate timestamp without time zone NOT NULL,
    isexpiredpassword character(1) NOT NULL,
    commercialauth character(1) NOT NULL,
    viasms character(1) NOT NULL,
    viaemail character(1) NOT NULL,
    update_password character(1),
    issalesrep character(1) NOT NULL,
    isssoonly character(1) NOT NULL,
    alias character varying(60),
    c_oauth2_token_value character varying(60),
    CONSTRAINT ad_user_key PRIMARY KEY (ad_user_id)
);

CREATE TABLE openbravo.c_activity (
    c_activity_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    issummary character(1) NOT NULL,
    help character varying(2000),
    CONSTRAINT c_activity_key PRIMARY KEY (c_activity_id)
);

CREATE TABLE openbravo.c_bank (
    c_bank_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    routingno character varying(20),
    c_location_id character varying(32),
    swiftcode character varying(20),
    isownbank character(1),
    codebank character varying(4),
    codebranch character varying(4),
    digitcontrol character varying(1),
    ine_number character varying(9),
    c_bpartner_id character varying(32),
    c_country_id character varying(32),
    CONSTRAINT c_bank_key PRIMARY KEY (c_bank_id)
);

CREATE TABLE openbravo.c_bp_bankaccount (
    c_bp_bankaccount_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    isactive character(1) NOT NULL,
    createdby character varying(32) NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    bankaccounttype character varying(60),
    routingno character varying(20),
    accountno character varying(100),
    creditcardtype character varying(60),
    creditcardnumber character varying(20),
    creditcardexpmm numeric(10,0),
    creditcardexpyy numeric(10,0),
    a_name character varying(60),
    a_street character varying(60),
    a_city character varying(60),
    a_state character varying(40),
    a_zip character varying(20),
    a_ident_dl character varying(20),
    a_email character varying(40),
    a_ident_ssn character varying(20),
    r_avszip character varying(60),
    a_country character varying(40),
    ad_user_id character varying(32),
    bank_name character varying(50),
    iban character varying(34),
    displayedaccount character varying(120),
    c_country_id character varying(32),
    swiftcode character varying(20),
    bankformat character varying(60) NOT NULL,
    CONSTRAINT c_bp_bankaccount_key PRIMARY KEY (c_bp_bankaccount_id)
);

CREATE TABLE openbravo.c_bp_group (
    c_bp_group_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isdefault character(1) NOT NULL,
    CONSTRAINT c_bp_group_key PRIMARY KEY (c_bp_group_id)
);

CREATE TABLE openbravo.c_bp_salcategory (
    c_bp_salcategory_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    c_salary_category_id character varying(32) NOT NULL,
    datefrom timestamp without time zone NOT NULL,
    CONSTRAINT c_bp_salcategory_key PRIMARY KEY (c_bp_salcategory_id)
);

CREATE TABLE openbravo.c_bp_set (
    c_bp_set_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    CONSTRAINT c_bp_set_key PRIMARY KEY (c_bp_set_id)
);

CREATE TABLE openbravo.c_bp_set_line (
    c_bp_set_line_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_bp_set_id character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    CONSTRAINT c_bp_set_line_key PRIMARY KEY (c_bp_set_line_id)
);

CREATE TABLE openbravo.c_bp_taxcategory (
    c_bp_taxcategory_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    CONSTRAINT c_bp_taxcategory_key PRIMARY KEY (c_bp_taxcategory_id)
);

CREATE TABLE openbravo.c_bp_withholding (
    c_bp_withholding_id character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    c_withholding_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    ismandatorywithholding character(1) NOT NULL,
    istemporaryexempt character(1) NOT NULL,
    exemptreason character varying(20),
    is_percent_wh character(1),
    wh_percent numeric(10,0),
    include_tax character(1),
    c_tax_id character varying(32) NOT NULL,
    isdefault character(1),
    CONSTRAINT c_bp_withholding_key PRIMARY KEY (c_bp_withholding_id)
);

CREATE TABLE openbravo.c_bpartner (
    c_bpartner_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    name2 character varying(60),
    description character varying(255),
    issummary character(1) NOT NULL,
    c_bp_group_id character varying(32) NOT NULL,
    isonetime character(1) NOT NULL,
    isprospect character(1) NOT NULL,
    isvendor character(1) NOT NULL,
    iscustomer character(1) NOT NULL,
    isemployee character(1) NOT NULL,
    issalesrep character(1) NOT NULL,
    referenceno character varying(40),
    duns character(11),
    url character varying(120),
    ad_language character varying(6),
    taxid character varying(20),
    istaxexempt character(1),
    c_invoiceschedule_id character varying(32),
    rating character(1),
    salesvolume numeric(10,0),
    numberemployees numeric(10,0),
    naics character(6),
    firstsale timestamp without time zone,
    acqusitioncost numeric,
    potentiallifetimevalue numeric,
    actuallifetimevalue numeric,
    shareofcustomer numeric(10,0),
    paymentrule character varying(60),
    so_creditlimit numeric,
    so_creditused numeric,
    c_paymentterm_id character varying(32),
    m_pricelist_id character varying(32),
    isdiscountprinted character(1),
    so_description character varying(255),
    poreference character varying(20),
    paymentrulepo character varying(60),
    po_pricelist_id character varying(32),
    po_paymentterm_id character varying(32),
    documentcopies numeric(10,0),
    c_greeting_id character varying(32),
    invoicerule character varying(60),
    deliveryrule character varying(60),
    deliveryviarule character varying(60),
    salesrep_id character varying(32),
    bpartner_parent_id character varying(32),
    socreditstatus character varying(60),
    ad_forced_org_id character varying(32),
    showpriceinorder character(1) NOT NULL,
    invoicegrouping character varying(60),
    fixmonthday numeric(10,0),
    fixmonthday2 numeric(10,0),
    fixmonthday3 numeric(10,0),
    isworker character(1),
    upc character varying(30),
    c_salary_category_id character varying(32),
    invoice_printformat character varying(60),
    last_days numeric(10,0),
    po_bankaccount_id character varying(32),
    po_bp_taxcategory_id character varying(32),
    po_fixmonthday numeric(10,0),
    po_fixmonthday2 numeric(10,0),
    po_fixmonthday3 numeric(10,0),
    so_bankaccount_id character varying(32),
    so_bp_taxcategory_id character varying(32),
    fiscalcode character varying(16),
    isofiscalcode character varying(2),
    po_c_incoterms_id character varying(32),
    so_c_incoterms_id character varying(32),
    fin_paymentmethod_id character varying(32),
    po_paymentmethod_id character varying(32),
    fin_financial_account_id character varying(32),
    po_financial_account_id character varying(32),
    customer_blocking character(1) NOT NULL,
    vendor_blocking character(1) NOT NULL,
    so_payment_blocking character(1) NOT NULL,
    po_payment_blocking character(1) NOT NULL,
    so_invoice_blocking character(1) NOT NULL,
    po_invoice_blocking character(1) NOT NULL,
    so_order_blocking character(1) NOT NULL,
    po_order_blocking character(1) NOT NULL,
    so_goods_blocking character(1) NOT NULL,
    po_goods_blocking character(1) NOT NULL,
    iscashvat character(1) NOT NULL,
    update_currency character(1) NOT NULL,
    bp_currency_id character varying(32),
    birthplace character varying(60),
    birthday timestamp without time zone,
    is_customer_consent character(1),
    business_partner_type character varying(60),
    is_customer_consent_papformat character(1) NOT NULL,
    so_creditminamt numeric,
    nationality character varying(32),
    c_bp_entity_profile_id character varying(32),
    CONSTRAINT c_bpartner_key PRIMARY KEY (c_bpartner_id)
);

CREATE TABLE openbravo.c_bpartner_discount (
    c_bpartner_discount_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    c_discount_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    cascade character(1) NOT NULL,
    iscustomer character(1) NOT NULL,
    isvendor character(1) NOT NULL,
    applyinorder character(1) NOT NULL,
    CONSTRAINT c_bpartner_discount_key PRIMARY KEY (c_bpartner_discount_id)
);

CREATE TABLE openbravo.c_bpartner_location (
    c_bpartner_location_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    isbillto character(1) NOT NULL,
    isshipto character(1) NOT NULL,
    ispayfrom character(1) NOT NULL,
    isremitto character(1) NOT NULL,
    phone character varying(40),
    phone2 character varying(40),
    fax character varying(40),
    c_salesregion_id character varying(32),
    c_bpartner_id character varying(32) NOT NULL,
    c_location_id character varying(32),
    istaxlocation character(1) NOT NULL,
    upc character varying(30),
    isdefault_shipto character(1) NOT NULL,
    isdefault_billto character(1) NOT NULL,
    CONSTRAINT c_bpartner_location_key PRIMARY KEY (c_bpartner_location_id)
);

CREATE TABLE openbravo.c_calendar (
    c_calendar_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    CONSTRAINT c_calendar_key PRIMARY KEY (c_calendar_id)
);

CREATE TABLE openbravo.c_campaign (
    c_campaign_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    c_channel_id character varying(32),
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    costs numeric NOT NULL,
    issummary character(1) NOT NULL,
    CONSTRAINT c_campaign_key PRIMARY KEY (c_campaign_id)
);

CREATE TABLE openbravo.c_charge (
    c_charge_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    chargeamt numeric NOT NULL,
    issametax character(1) NOT NULL,
    issamecurrency character(1) NOT NULL,
    c_taxcategory_id character varying(32),
    istaxincluded character(1) NOT NULL,
    CONSTRAINT c_charge_key PRIMARY KEY (c_charge_id)
);

CREATE TABLE openbravo.c_city (
    c_city_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    locode character varying(10),
    coordinates character varying(15),
    postal character varying(10),
    areacode character varying(10),
    c_country_id character varying(32),
    c_region_id character varying(32),
    CONSTRAINT c_city_key PRIMARY KEY (c_city_id)
);

CREATE TABLE openbravo.c_commission (
    c_commission_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    c_bpartner_id character varying(32) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    frequencytype character varying(60) NOT NULL,
    docbasistype character varying(60) NOT NULL,
    listdetails character(1) NOT NULL,
    datelastrun timestamp without time zone,
    createfrom character(1),
    processing character(1),
    m_product_id character varying(32),
    basisstatus character varying(60) NOT NULL,
    basisamt character varying(60) NOT NULL,
    iscascade character(1) NOT NULL,
    CONSTRAINT c_commission_key PRIMARY KEY (c_commission_id)
);

CREATE TABLE openbravo.c_commissionamt (
    c_commissionamt_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_commissionrun_id character varying(32) NOT NULL,
    c_commissionline_id character varying(32) NOT NULL,
    convertedamt numeric NOT NULL,
    actualqty numeric NOT NULL,
    commissionamt numeric NOT NULL,
    CONSTRAINT c_commissionamt_key PRIMARY KEY (c_commissionamt_id)
);

CREATE TABLE openbravo.c_commissiondetail (
    c_commissiondetail_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_commissionamt_id character varying(32) NOT NULL,
    reference character varying(60),
    c_orderline_id character varying(32),
    c_invoiceline_id character varying(32),
    info character varying(60),
    c_currency_id character varying(32) NOT NULL,
    actualamt numeric NOT NULL,
    convertedamt numeric NOT NULL,
    actualqty numeric NOT NULL,
    iscostcalculated character(1) NOT NULL,
    CONSTRAINT c_commissiondetail_key PRIMARY KEY (c_commissiondetail_id)
);

CREATE TABLE openbravo.c_commissionline (
    c_commissionline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_commission_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    description character varying(255),
    amtsubtract numeric NOT NULL,
    amtmultiplier numeric NOT NULL,
    qtysubtract numeric NOT NULL,
    qtymultiplier numeric NOT NULL,
    ispositiveonly character(1) NOT NULL,
    commissionorders character(1) NOT NULL,
    org_id character varying(32),
    m_product_category_id character varying(32),
    m_product_id character varying(32),
    c_bp_group_id character varying(32),
    c_bpartner_id character varying(32),
    c_salesregion_id character varying(32),
    exclude character(1) NOT NULL,
    CONSTRAINT c_commissionline_key PRIMARY KEY (c_commissionline_id)
);

CREATE TABLE openbravo.c_commissionrun (
    c_commissionrun_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    description character varying(255),
    c_commission_id character varying(32) NOT NULL,
    startdate timestamp without time zone NOT NULL,
    grandtotal numeric NOT NULL,
    processing character(1),
    processed character(1) NOT NULL,
    c_invoice_id character varying(32),
    CONSTRAINT c_commissionrun_key PRIMARY KEY (c_commissionrun_id)
);

CREATE TABLE openbravo.c_conversion_rate (
    c_conversion_rate_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    c_currency_id_to character varying(32) NOT NULL,
    validfrom timestamp without time zone NOT NULL,
    validto timestamp without time zone,
    conversionratetype character varying(60) NOT NULL,
    multiplyrate numeric NOT NULL,
    dividerate numeric NOT NULL,
    CONSTRAINT c_currencyrate_key PRIMARY KEY (c_conversion_rate_id)
);

CREATE TABLE openbravo.c_conversion_rate_document (
    c_conversion_rate_document_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    c_currency_id_to character varying(32) NOT NULL,
    c_invoice_id character varying(32),
    fin_payment_id character varying(32),
    aprm_finacc_transaction_v_id character varying(32),
    rate numeric NOT NULL,
    foreign_amount numeric,
    fin_finacc_transaction_id character varying(32),
    gl_journal_id character varying(32),
    CONSTRAINT c_currencyratedoc_key PRIMARY KEY (c_conversion_rate_document_id)
);

CREATE TABLE openbravo.c_costcenter (
    c_costcenter_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    issummary character(1),
    CONSTRAINT c_costcenter_key PRIMARY KEY (c_costcenter_id)
);

CREATE TABLE openbravo.c_country (
    c_country_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    countrycode character(2) NOT NULL,
    hasregion character(1) NOT NULL,
    regionname character varying(60),
    expressionphone character varying(20),
    displaysequence character varying(20) NOT NULL,
    expressionpostal character varying(20),
    haspostal_add character(1) NOT NULL,
    expressionpostal_add character varying(20),
    isdefault character(1),
    ad_language character varying(6),
    c_currency_id character varying(32),
    ibannodigits numeric,
    ibancountry character varying(2),
    decimalseparator character varying(60),
    groupingseparator character varying(60),
    numericmask character varying(32),
    dateformat character varying(32),
    datetimeformat character varying(32),
    CONSTRAINT c_country_key PRIMARY KEY (c_country_id)
);

CREATE TABLE openbravo.c_currency (
    c_currency_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    iso_code character(3) NOT NULL,
    cursymbol character varying(10),
    description character varying(255) NOT NULL,
    stdprecision numeric(10,0) NOT NULL,
    costingprecision numeric(10,0) NOT NULL,
    priceprecision numeric(10,0) NOT NULL,
    issymbolrightside character(1),
    CONSTRAINT c_currency_key PRIMARY KEY (c_currency_id)
);

CREATE TABLE openbravo.c_discount (
    c_discount_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(120),
    discount numeric NOT NULL,
    m_product_id character varying(32) NOT NULL,
    CONSTRAINT c_discount_key PRIMARY KEY (c_discount_id)
);

CREATE TABLE openbravo.c_doctype (
    c_doctype_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    printname character varying(60) NOT NULL,
    description character varying(255),
    docbasetype character varying(60) NOT NULL,
    issotrx character(1) NOT NULL,
    docsubtypeso character varying(60),
    c_doctypeshipment_id character varying(32),
    c_doctypeinvoice_id character varying(32),
    isdocnocontrolled character(1) NOT NULL,
    docnosequence_id character varying(32),
    gl_category_id character varying(32) NOT NULL,
    documentnote character varying(2000),
    isdefault character(1) NOT NULL,
    documentcopies numeric(10,0) NOT NULL,
    ad_table_id character varying(32),
    orgfiltered character(1) NOT NULL,
    c_doctype_reversed_id character varying(32),
    isexpense character(1) NOT NULL,
    isreversal character(1) NOT NULL,
    isreturn character(1) NOT NULL,
    c_doctypeorder_id character varying(32),
    c_doctypesimpinvoice_id character varying(32),
    c_doctypeaggrinvoice_id character varying(32),
    docsubtypeinvoice character varying(60),
    c_doctypesubsinvoice_id character varying(32),
    CONSTRAINT c_doctype_key PRIMARY KEY (c_doctype_id)
);

CREATE TABLE openbravo.c_glitem (
    c_glitem_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    enableincash character(1) NOT NULL,
    enableinfininvoices character(1) NOT NULL,
    c_taxcategory_id character varying(32),
    c_tax_id character varying(32),
    c_withholding_id character varying(32),
    CONSTRAINT c_glitem_key PRIMARY KEY (c_glitem_id)
);

CREATE TABLE openbravo.c_greeting (
    c_greeting_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    greeting character varying(60),
    isfirstnameonly character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    CONSTRAINT c_greeting_key PRIMARY KEY (c_greeting_id)
);

CREATE TABLE openbravo.c_incoterms (
    c_incoterms_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    requiresdescription character(1),
    isdelivery character(1),
    CONSTRAINT c_incoterms_key PRIMARY KEY (c_incoterms_id)
);

CREATE TABLE openbravo.c_invoice (
    c_invoice_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    issotrx character(1) NOT NULL,
    documentno character varying(30) NOT NULL,
    docstatus character varying(60) NOT NULL,
    docaction character varying(60) NOT NULL,
    processing character(1),
    processed character(1) NOT NULL,
    posted character varying(60) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    c_doctypetarget_id character varying(32) NOT NULL,
    c_order_id character varying(32),
    description character varying(255),
    isprinted character(1) NOT NULL,
    salesrep_id character varying(32),
    dateinvoiced timestamp without time zone NOT NULL,
    dateprinted timestamp without time zone,
    dateacct timestamp without time zone NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    c_bpartner_location_id character varying(32) NOT NULL,
    poreference character varying(20),
    isdiscountprinted character(1) NOT NULL,
    dateordered timestamp without time zone,
    c_currency_id character varying(32) NOT NULL,
    c_paymentterm_id character varying(32) NOT NULL,
    c_charge_id character varying(32),
    chargeamt numeric,
    totallines numeric NOT NULL,
    grandtotal numeric NOT NULL,
    m_pricelist_id character varying(32) NOT NULL,
    istaxincluded character(1),
    c_campaign_id character varying(32),
    c_project_id character varying(32),
    c_activity_id character varying(32),
    createfrom character(1),
    generateto character(1),
    ad_user_id character varying(32),
    copyfrom character(1),
    isselfservice character(1) NOT NULL,
    ad_orgtrx_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    withholdingamount numeric,
    taxdate timestamp without time zone,
    c_withholding_id character varying(32),
    ispaid character(1) NOT NULL,
    totalpaid numeric NOT NULL,
    outstandingamt numeric NOT NULL,
    daystilldue numeric NOT NULL,
    dueamt numeric NOT NULL,
    lastcalculatedondate timestamp without time zone,
    fin_paymentmethod_id character varying(32),
    fin_payment_priority_id character varying(32),
    finalsettlement timestamp without time zone,
    daysoutstanding numeric,
    percentageoverdue numeric,
    c_costcenter_id character varying(32),
    calculate_promotions character varying(1),
    a_asset_id character varying(32),
    iscashvat character(1) NOT NULL,
    prepaymentamt numeric NOT NULL,
    createfromorders character(1),
    createfrominouts character(1),
    paidamtatinvoicing numeric,
    bpartner_extref character varying(256),
    c_alternate_location_id character varying(32),
    einvoice_status character varying(60),
    einvoice_generated timestamp without time zone,
    einvoice_externalid character varying(120),
    einvoice_send_status character varying(60),
    einvoice_sent timestamp without time zone,
    c_substitutiveinvoice_id character varying(32),
    CONSTRAINT c_invoice_key PRIMARY KEY (c_invoice_id)
);

CREATE TABLE openbravo.c_invoice_discount (
    c_invoice_discount_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoice_id character varying(32) NOT NULL,
    c_discount_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    cascade character(1) NOT NULL,
    CONSTRAINT c_invoice_discount_key PRIMARY KEY (c_invoice_discount_id)
);

CREATE TABLE openbravo.c_invoice_reverse (
    c_invoice_reverse_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoice_id character varying(32) NOT NULL,
    reversed_c_invoice_id character varying(32) NOT NULL,
    CONSTRAINT c_invoice_reverse_key PRIMARY KEY (c_invoice_reverse_id)
);

CREATE TABLE openbravo.c_invoiceline (
    c_invoiceline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoice_id character varying(32) NOT NULL,
    c_orderline_id character varying(32),
    m_inoutline_id character varying(32),
    line numeric(10,0) NOT NULL,
    description character varying(2000),
    financial_invoice_line character(1) NOT NULL,
    account_id character varying(32),
    m_product_id character varying(32),
    qtyinvoiced numeric NOT NULL,
    pricelist numeric NOT NULL,
    priceactual numeric NOT NULL,
    pricelimit numeric NOT NULL,
    linenetamt numeric NOT NULL,
    c_charge_id character varying(32),
    chargeamt numeric,
    c_uom_id character varying(32),
    c_tax_id character varying(32),
    s_resourceassignment_id character varying(32),
    m_attributesetinstance_id character varying(32),
    isdescription character(1) NOT NULL,
    quantityorder numeric,
    m_product_uom_id character varying(32),
    c_invoice_discount_id character varying(32),
    c_projectline_id character varying(32),
    m_offer_id character varying(32),
    pricestd numeric NOT NULL,
    excludeforwithholding character(1),
    iseditlinenetamt character(1),
    taxbaseamt numeric,
    line_gross_amount numeric,
    gross_unit_price numeric,
    c_bpartner_id character varying(32),
    periodnumber numeric,
    grosspricestd numeric NOT NULL,
    a_asset_id character varying(32),
    defplantype character varying(60),
    grosspricelist numeric NOT NULL,
    c_project_id character varying(32),
    isdeferred character(1) NOT NULL,
    c_period_id character varying(32),
    c_costcenter_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    explode character(1) NOT NULL,
    bom_parent_id character varying(32),
    match_lccosts character(1),
    c_aum character varying(32),
    aumqty numeric,
    salesrep_id character varying(32),
    c_substitutiveinvoice_id character varying(32),
    CONSTRAINT c_invoiceline_key PRIMARY KEY (c_invoiceline_id)
);

CREATE TABLE openbravo.c_invoiceline_acctdimension (
    c_invoiceline_acctdimension_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoiceline_id character varying(32) NOT NULL,
    amt numeric NOT NULL,
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    c_activity_id character varying(32),
    c_costcenter_id character varying(32),
    c_bpartner_id character varying(32),
    m_product_id character varying(32),
    a_asset_id character varying(32),
    CONSTRAINT c_invoiceline_acctdim_key PRIMARY KEY (c_invoiceline_acctdimension_id)
);

CREATE TABLE openbravo.c_invoiceline_offer (
    c_invoiceline_offer_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoiceline_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    priceoffer numeric NOT NULL,
    amtoffer numeric NOT NULL,
    priceoffergross numeric NOT NULL,
    totalamt numeric,
    displayedtotalamt numeric,
    CONSTRAINT c_invoiceline_offer_key PRIMARY KEY (c_invoiceline_offer_id)
);

CREATE TABLE openbravo.c_invoicelinetax (
    c_invoicelinetax_id character varying(32) NOT NULL,
    c_tax_id character varying(32) NOT NULL,
    c_invoice_id character varying(32) NOT NULL,
    c_invoiceline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    taxbaseamt numeric NOT NULL,
    taxamt numeric NOT NULL,
    line numeric,
    recalculate character(1) NOT NULL,
    CONSTRAINT c_invoicelinetax_key PRIMARY KEY (c_invoicelinetax_id)
);

CREATE TABLE openbravo.c_invoiceschedule (
    c_invoiceschedule_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isamount character(1) NOT NULL,
    amt numeric,
    invoicefrequency character varying(60) NOT NULL,
    invoiceweekday character varying(60),
    invoiceweekdaycutoff character varying(60),
    eveninvoiceweek character(1),
    invoiceday numeric(10,0),
    invoicedaycutoff numeric(10,0),
    isdefault character(1) NOT NULL,
    CONSTRAINT c_invoiceschedule_key PRIMARY KEY (c_invoiceschedule_id)
);

CREATE TABLE openbravo.c_invoicetax (
    c_tax_id character varying(32) NOT NULL,
    c_invoice_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    taxbaseamt numeric NOT NULL,
    taxamt numeric NOT NULL,
    line numeric,
    c_invoicetax_id character varying(32) NOT NULL,
    recalculate character(1) NOT NULL,
    CONSTRAINT c_invoicetax_key PRIMARY KEY (c_invoicetax_id)
);

CREATE TABLE openbravo.c_invoicetax_cashvat (
    c_invoicetax_cashvat_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoicetax_id character varying(32) NOT NULL,
    percentage numeric NOT NULL,
    taxamt numeric NOT NULL,
    taxbaseamt numeric NOT NULL,
    fin_payment_detail_id character varying(32),
    ismanualsettlement character(1) NOT NULL,
    CONSTRAINT c_invoicetax_cashvat_key PRIMARY KEY (c_invoicetax_cashvat_id)
);

CREATE TABLE openbravo.c_location (
    c_location_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    address1 character varying(255),
    address2 character varying(255),
    city character varying(60),
    postal character varying(10),
    postal_add character varying(10),
    c_country_id character varying(32) NOT NULL,
    c_region_id character varying(32),
    c_city_id character varying(32),
    regionname character varying(40),
    CONSTRAINT c_location_key PRIMARY KEY (c_location_id)
);

CREATE TABLE openbravo.c_nonbusinessday (
    c_nonbusinessday_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60),
    date1 timestamp without time zone NOT NULL,
    c_calendar_id character varying(32) NOT NULL,
    CONSTRAINT c_nonbusinessday_key PRIMARY KEY (c_nonbusinessday_id)
);

CREATE TABLE openbravo.c_order (
    c_order_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    issotrx character(1) NOT NULL,
    documentno character varying(30) NOT NULL,
    docstatus character varying(60) NOT NULL,
    docaction character varying(60) NOT NULL,
    processing character(1),
    processed character(1) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    c_doctypetarget_id character varying(32) NOT NULL,
    description character varying(255),
    isdelivered character(1) NOT NULL,
    isinvoiced character(1) NOT NULL,
    isprinted character(1) NOT NULL,
    isselected character(1) NOT NULL,
    salesrep_id character varying(32),
    dateordered timestamp without time zone NOT NULL,
    datepromised timestamp without time zone,
    dateprinted timestamp without time zone,
    dateacct timestamp without time zone NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    billto_id character varying(32),
    c_bpartner_location_id character varying(32) NOT NULL,
    poreference character varying(20),
    isdiscountprinted character(1) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    paymentrule character varying(60) NOT NULL,
    c_paymentterm_id character varying(32) NOT NULL,
    invoicerule character varying(60) NOT NULL,
    deliveryrule character varying(60) NOT NULL,
    freightcostrule character varying(60) NOT NULL,
    freightamt numeric,
    deliveryviarule character varying(60) NOT NULL,
    m_shipper_id character varying(32),
    c_charge_id character varying(32),
    chargeamt numeric,
    priorityrule character varying(60) NOT NULL,
    totallines numeric NOT NULL,
    grandtotal numeric NOT NULL,
    m_warehouse_id character varying(32) NOT NULL,
    m_pricelist_id character varying(32) NOT NULL,
    istaxincluded character(1),
    c_campaign_id character varying(32),
    c_project_id character varying(32),
    c_activity_id character varying(32),
    posted character varying(60) NOT NULL,
    ad_user_id character varying(32),
    copyfrom character(1),
    dropship_bpartner_id character varying(32),
    dropship_location_id character varying(32),
    dropship_user_id character varying(32),
    isselfservice character(1) NOT NULL,
    ad_orgtrx_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    deliverynotes character varying(2000),
    c_incoterms_id character varying(32),
    incotermsdescription character varying(255),
    generatetemplate character(1),
    delivery_location_id character varying(32),
    copyfrompo character(1),
    fin_paymentmethod_id character varying(32),
    fin_payment_priority_id character varying(32),
    rm_pickfromshipment character(1),
    rm_receivematerials character(1),
    rm_createinvoice character varying(60),
    c_return_reason_id character varying(32),
    rm_addorphanline character(1),
    a_asset_id character varying(32),
    calculate_promotions character varying(1),
    c_costcenter_id character varying(32),
    convertquotation character(1),
    c_reject_reason_id character varying(32),
    validuntil timestamp without time zone,
    quotation_id character varying(32),
    so_res_status character varying(60),
    create_polines character(1),
    iscashvat character(1) NOT NULL,
    rm_pickfromreceipt character(1),
    cancelandreplace character(1),
    confirmcancelandreplace character(1),
    cancelledorder_id character varying(32),
    replacedorder_id character varying(32),
    iscancelled character(1) NOT NULL,
    replacementorder_id character varying(32),
    bpartner_extref character varying(256),
    c_alternate_location_id character varying(32),
    c_invoice_alternate_loc_id character varying(32),
    model_mode character(1) NOT NULL,
    skipffmcheck character(1) NOT NULL,
    CONSTRAINT c_order_key PRIMARY KEY (c_order_id)
);

CREATE TABLE openbravo.c_order_discount (
    c_order_discount_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_order_id character varying(32) NOT NULL,
    c_discount_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    cascade character(1) NOT NULL,
    CONSTRAINT c_order_discount_key PRIMARY KEY (c_order_discount_id)
);

CREATE TABLE openbravo.c_order_replacement (
    c_order_replacement_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_order_id character varying(32) NOT NULL,
    c_replacement_id character varying(32) NOT NULL,
    CONSTRAINT c_order_replacement_key PRIMARY KEY (c_order_replacement_id)
);

CREATE TABLE openbravo.c_orderline (
    c_orderline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_order_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    c_bpartner_id character varying(32),
    c_bpartner_location_id character varying(32),
    dateordered timestamp without time zone NOT NULL,
    datepromised timestamp without time zone,
    datedelivered timestamp without time zone,
    dateinvoiced timestamp without time zone,
    description character varying(2000),
    m_product_id character varying(32),
    m_warehouse_id character varying(32) NOT NULL,
    directship character(1) NOT NULL,
    c_uom_id character varying(32) NOT NULL,
    qtyordered numeric NOT NULL,
    qtyreserved numeric NOT NULL,
    qtydelivered numeric NOT NULL,
    qtyinvoiced numeric NOT NULL,
    m_shipper_id character varying(32),
    c_currency_id character varying(32) NOT NULL,
    pricelist numeric NOT NULL,
    priceactual numeric NOT NULL,
    pricelimit numeric NOT NULL,
    linenetamt numeric NOT NULL,
    discount numeric,
    freightamt numeric NOT NULL,
    c_charge_id character varying(32),
    chargeamt numeric,
    c_tax_id character varying(32),
    s_resourceassignment_id character varying(32),
    ref_orderline_id character varying(32),
    m_attributesetinstance_id character varying(32),
    isdescription character(1) NOT NULL,
    quantityorder numeric,
    m_product_uom_id character varying(32),
    m_offer_id character varying(32),
    pricestd numeric NOT NULL,
    cancelpricead character(1),
    c_order_discount_id character varying(32),
    iseditlinenetamt character(1),
    taxbaseamt numeric,
    m_inoutline_id character varying(32),
    c_return_reason_id character varying(32),
    gross_unit_price numeric,
    line_gross_amount numeric,
    grosspricelist numeric,
    c_costcenter_id character varying(32),
    grosspricestd numeric NOT NULL,
    a_asset_id character varying(32),
    m_warehouse_rule_id character varying(32),
    user1_id character varying(32),
    quotationline_id character varying(32),
    user2_id character varying(32),
    create_reservation character varying(60),
    c_project_id character varying(32),
    so_res_status character varying(60),
    manage_reservation character(1),
    manage_prereservation character(1),
    explode character(1) NOT NULL,
    bom_parent_id character varying(32),
    print_description character(1) NOT NULL,
    overdue_return_days numeric,
    relate_orderline character(1) NOT NULL,
    replacedorderline_id character varying(32),
    c_aum character varying(32),
    aumqty numeric,
    returnline character(1),
    salesrep_id character varying(32),
    CONSTRAINT c_orderline_key PRIMARY KEY (c_orderline_id)
);

CREATE TABLE openbravo.c_orderline_acctdimension (
    c_orderline_acctdimension_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_orderline_id character varying(32) NOT NULL,
    amt numeric NOT NULL,
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    c_activity_id character varying(32),
    c_costcenter_id character varying(32),
    c_bpartner_id character varying(32),
    m_product_id character varying(32),
    a_asset_id character varying(32),
    CONSTRAINT c_orderline_acctdim_key PRIMARY KEY (c_orderline_acctdimension_id)
);

CREATE TABLE openbravo.c_orderline_offer (
    c_orderline_offer_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_orderline_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    priceoffer numeric NOT NULL,
    amtoffer numeric NOT NULL,
    priceoffergross numeric NOT NULL,
    totalamt numeric,
    displayedtotalamt numeric,
    CONSTRAINT c_orderline_offer_key PRIMARY KEY (c_orderline_offer_id)
);

CREATE TABLE openbravo.c_orderline_servicerelation (
    c_orderline_servicerelation_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_orderline_id character varying(32) NOT NULL,
    c_orderline_related_id character varying(32) NOT NULL,
    amount numeric NOT NULL,
    quantity numeric NOT NULL,
    CONSTRAINT c_orderline_servicerel_key PRIMARY KEY (c_orderline_servicerelation_id)
);

CREATE TABLE openbravo.c_orderlinetax (
    c_orderlinetax_id character varying(32) NOT NULL,
    c_orderline_id character varying(32) NOT NULL,
    c_tax_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    taxbaseamt numeric NOT NULL,
    taxamt numeric NOT NULL,
    line numeric,
    c_order_id character varying(32),
    CONSTRAINT c_orderlinetax_key PRIMARY KEY (c_orderlinetax_id)
);

CREATE TABLE openbravo.c_ordertax (
    c_ordertax_id character varying(32) NOT NULL,
    c_order_id character varying(32) NOT NULL,
    c_tax_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    taxbaseamt numeric NOT NULL,
    taxamt numeric NOT NULL,
    line numeric,
    CONSTRAINT c_ordertax_key PRIMARY KEY (c_ordertax_id)
);

CREATE TABLE openbravo.c_paymentterm (
    c_paymentterm_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    documentnote character varying(2000),
    isduefixed character(1) NOT NULL,
    netdays numeric(10,0) NOT NULL,
    fixmonthday numeric(10,0),
    fixmonthoffset numeric(10,0),
    isnextbusinessday character(1),
    isdefault character(1),
    value character varying(40) NOT NULL,
    netday character varying(60),
    isvalid character(1) NOT NULL,
    fixmonthday2 numeric(10,0),
    fixmonthday3 numeric(10,0),
    CONSTRAINT c_paymentterm_key PRIMARY KEY (c_paymentterm_id)
);

CREATE TABLE openbravo.c_paymenttermline (
    c_paymenttermline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_paymentterm_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    percentage numeric NOT NULL,
    onremainder character(1) NOT NULL,
    excludetax character(1) NOT NULL,
    paymentrule character varying(60),
    isduefixed character(1) NOT NULL,
    netdays numeric(10,0) NOT NULL,
    fixmonthcutoff numeric(10,0),
    fixmonthday numeric(10,0),
    fixmonthday2 numeric(10,0),
    fixmonthday3 numeric(10,0),
    fixmonthoffset numeric(10,0),
    isnextbusinessday character(1),
    netday character varying(60),
    fin_paymentmethod_id character varying(32),
    CONSTRAINT c_paymenttermline_key PRIMARY KEY (c_paymenttermline_id)
);

CREATE TABLE openbravo.c_period (
    c_period_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    periodno numeric(10,0) NOT NULL,
    c_year_id character varying(32) NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    periodtype character varying(60) NOT NULL,
    processing character(1),
    close_fact_acct_group_id character varying(32),
    reg_fact_acct_group_id character varying(32),
    divideup_fact_acct_group_id character varying(32),
    open_fact_acct_group_id character varying(32),
    openclose character varying(60) NOT NULL,
    CONSTRAINT c_period_key PRIMARY KEY (c_period_id)
);

CREATE TABLE openbravo.c_project (
    c_project_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    note character varying(2000),
    issummary character(1) NOT NULL,
    ad_user_id character varying(32),
    c_bpartner_id character varying(32),
    c_bpartner_location_id character varying(32),
    poreference character varying(20),
    c_paymentterm_id character varying(32),
    c_currency_id character varying(32) NOT NULL,
    createtemppricelist character(1) NOT NULL,
    m_pricelist_version_id character varying(32),
    c_campaign_id character varying(32),
    iscommitment character(1) NOT NULL,
    plannedamt numeric NOT NULL,
    plannedqty numeric NOT NULL,
    plannedmarginamt numeric NOT NULL,
    committedamt numeric NOT NULL,
    datecontract timestamp without time zone,
    datefinish timestamp without time zone,
    generateto character(1),
    processed character(1) NOT NULL,
    salesrep_id character varying(32),
    copyfrom character(1),
    c_projecttype_id character varying(32),
    committedqty numeric NOT NULL,
    invoicedamt numeric NOT NULL,
    invoicedqty numeric NOT NULL,
    projectbalanceamt numeric NOT NULL,
    c_phase_id character varying(32),
    c_projectphase_id character varying(32),
    iscommitceiling character(1) NOT NULL,
    m_warehouse_id character varying(32),
    projectcategory character varying(60),
    processing character(1),
    publicprivate character varying(60),
    projectstatus character varying(60),
    projectkind character varying(60),
    billto_id character varying(32),
    projectphase character varying(60),
    generateorder character(1),
    changeprojectstatus character varying(60),
    c_location_id character varying(32),
    m_pricelist_id character varying(32),
    paymentrule character varying(60),
    invoice_toproject character(1),
    plannedpoamt numeric,
    lastplannedproposaldate timestamp without time zone,
    document_copies numeric,
    accountno character varying(20),
    expexpenses numeric,
    expmargin numeric,
    expreinvoicing numeric,
    responsible_id character varying(32),
    servcost numeric,
    servmargin numeric,
    servrevenue numeric,
    setprojecttype character(1),
    startdate timestamp without time zone,
    servsercost numeric,
    servoutcost numeric,
    fin_paymentmethod_id character varying(32),
    CONSTRAINT c_project_key PRIMARY KEY (c_project_id)
);

CREATE TABLE openbravo.c_region (
    c_region_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    c_country_id character varying(32) NOT NULL,
    isdefault character(1),
    value character(2),
    CONSTRAINT c_region_key PRIMARY KEY (c_region_id)
);

CREATE TABLE openbravo.c_reject_reason (
    c_reject_reason_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(60) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    CONSTRAINT c_reject_reason_key PRIMARY KEY (c_reject_reason_id)
);

CREATE TABLE openbravo.c_return_reason (
    c_return_reason_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isrfc character(1) NOT NULL,
    isrtv character(1) NOT NULL,
    CONSTRAINT c_return_reason_key PRIMARY KEY (c_return_reason_id)
);

CREATE TABLE openbravo.c_salesregion (
    c_salesregion_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    issummary character(1) NOT NULL,
    salesrep_id character varying(32),
    isdefault character(1) NOT NULL,
    CONSTRAINT c_salesregion_key PRIMARY KEY (c_salesregion_id)
);

CREATE TABLE openbravo.c_substitutiveinvoice (
    c_substitutiveinvoice_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    c_doctypetarget_id character varying(32) NOT NULL,
    description character varying(255),
    dateinvoiced timestamp without time zone NOT NULL,
    ad_user_id character varying(32),
    c_bpartner_id character varying(32),
    c_bpartner_location_id character varying(32),
    bpartner_extref character varying(256),
    c_currency_id character varying(32) NOT NULL,
    m_pricelist_id character varying(32) NOT NULL,
    istaxincluded character(1),
    grandtotal numeric NOT NULL,
    totalpaid numeric NOT NULL,
    totallines numeric NOT NULL,
    einvoice_status character varying(60),
    einvoice_generated timestamp without time zone,
    einvoice_externalid character varying(120),
    einvoice_send_status character varying(60),
    einvoice_sent timestamp without time zone,
    CONSTRAINT c_subsinv_pk_c_subsinv_id PRIMARY KEY (c_substitutiveinvoice_id)
);

CREATE TABLE openbravo.c_tax (
    c_tax_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    name character varying(60) NOT NULL,
    updatedby character varying(32) NOT NULL,
    description character varying(255),
    taxindicator character varying(5),
    validfrom timestamp without time zone NOT NULL,
    issummary character(1) NOT NULL,
    rate numeric NOT NULL,
    parent_tax_id character varying(32),
    c_country_id character varying(32),
    c_region_id character varying(32),
    to_country_id character varying(32),
    to_region_id character varying(32),
    c_taxcategory_id character varying(32) NOT NULL,
    isdefault character(1) NOT NULL,
    istaxexempt character(1) NOT NULL,
    sopotype character varying(60) NOT NULL,
    cascade character(1),
    c_bp_taxcategory_id character varying(32),
    line numeric,
    iswithholdingtax character(1),
    isnotaxable character(1),
    deducpercent numeric(10,0),
    originalrate numeric(10,0),
    istaxundeductable character(1),
    istaxdeductable character(1),
    isnovat character(1),
    baseamount character varying(60) NOT NULL,
    c_taxbase_id character varying(32),
    doctaxamount character varying(60) NOT NULL,
    iscashvat character(1) NOT NULL,
    value character varying(60) NOT NULL,
    CONSTRAINT c_tax_key PRIMARY KEY (c_tax_id)
);

CREATE TABLE openbravo.c_tax_zone (
    c_tax_zone_id character varying(32) NOT NULL,
    ad_client_id character varying(32),
    ad_org_id character varying(32),
    isactive character(1),
    created timestamp without time zone,
    createdby character varying(32),
    updated timestamp without time zone,
    updatedby character varying(32),
    c_tax_id character varying(32),
    from_country_id character varying(32),
    from_region_id character varying(32),
    to_country_id character varying(32),
    to_region_id character varying(32),
    CONSTRAINT c_tax_zone_key PRIMARY KEY (c_tax_zone_id)
);

CREATE TABLE openbravo.c_taxcategory (
    c_taxcategory_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isdefault character(1) NOT NULL,
    asbom character(1) NOT NULL,
    CONSTRAINT c_taxcategory_key PRIMARY KEY (c_taxcategory_id)
);

CREATE TABLE openbravo.c_uom (
    c_uom_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updatedby character varying(32) NOT NULL,
    x12de355 character(2) NOT NULL,
    uomsymbol character(3),
    name character varying(60) NOT NULL,
    description character varying(255),
    stdprecision numeric(10,0) NOT NULL,
    costingprecision numeric(10,0) NOT NULL,
    isdefault character(1) NOT NULL,
    breakdown character(1),
    uom_type character varying(60),
    useinproduction character(1) NOT NULL,
    CONSTRAINT c_uom_key PRIMARY KEY (c_uom_id)
);

CREATE TABLE openbravo.c_uom_conversion (
    c_uom_conversion_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_uom_id character varying(32) NOT NULL,
    c_uom_to_id character varying(32) NOT NULL,
    multiplyrate numeric NOT NULL,
    dividerate numeric NOT NULL,
    CONSTRAINT c_uom_conversion_key PRIMARY KEY (c_uom_conversion_id)
);

CREATE TABLE openbravo.c_withholding (
    c_withholding_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    c_paymentterm_id character varying(32),
    istaxwithholding character(1) NOT NULL,
    istaxprorated character(1) NOT NULL,
    ispaidto3party character(1) NOT NULL,
    beneficiary character varying(32),
    ispercentwithholding character(1) NOT NULL,
    percent numeric,
    fixamt numeric,
    thresholdmin numeric,
    thresholdmax numeric,
    minamt numeric,
    maxamt numeric,
    rate numeric,
    CONSTRAINT c_withholding_key PRIMARY KEY (c_withholding_id)
);

CREATE TABLE openbravo.c_year (
    c_year_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    year character varying(10) NOT NULL,
    description character varying(255),
    c_calendar_id character varying(32) NOT NULL,
    processing character(1),
    create_reg_fact_acct character(1),
    drop_reg_fact_acct character(1),
    CONSTRAINT c_year_key PRIMARY KEY (c_year_id)
);

CREATE TABLE openbravo.fin_bankfile_exception (
    fin_bankfile_exception_id character varying(32) NOT NULL,
    fin_bankfile_format_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    fin_financial_account_id character varying(32),
    texttoexclude character varying(255) NOT NULL,
    CONSTRAINT fin_bankfile_exception_key PRIMARY KEY (fin_bankfile_exception_id)
);

CREATE TABLE openbravo.fin_bankfile_format (
    fin_bankfile_format_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    classname character varying(1000) NOT NULL,
    CONSTRAINT fin_bankfile_format_key PRIMARY KEY (fin_bankfile_format_id)
);

CREATE TABLE openbravo.fin_bankstatement (
    fin_bankstatement_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    fin_financial_account_id character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    name character varying(60) NOT NULL,
    notes character varying(255),
    c_doctype_id character varying(32) NOT NULL,
    filename character varying(255),
    importdate timestamp without time zone NOT NULL,
    statementdate timestamp without time zone NOT NULL,
    fin_reconciliation_id character varying(32),
    processing character(1),
    processed character(1) NOT NULL,
    posted character varying(60) NOT NULL,
    CONSTRAINT fin_bankstatement_key PRIMARY KEY (fin_bankstatement_id)
);

CREATE TABLE openbravo.fin_bankstatementline (
    fin_bankstatementline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    fin_bankstatement_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    bpartnername character varying(60),
    c_bpartner_id character varying(32),
    datetrx timestamp without time zone NOT NULL,
    cramount numeric NOT NULL,
    dramount numeric NOT NULL,
    referenceno character varying(30) NOT NULL,
    matchingtype character varying(60),
    fin_finacc_transaction_id character varying(32),
    description character varying(2000),
    c_glitem_id character varying(32),
    matched_document character varying(60),
    CONSTRAINT fin_bankstatementline_key PRIMARY KEY (fin_bankstatementline_id)
);

CREATE TABLE openbravo.fin_doubtful_debt (
    fin_doubtful_debt_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    fin_payment_schedule_id character varying(32),
    description character varying(255),
    amount numeric NOT NULL,
    posted character varying(60) NOT NULL,
    processing character(1),
    processed character(1) NOT NULL,
    fin_doubtful_debt_run_id character varying(32) NOT NULL,
    m_product_id character varying(32),
    c_bpartner_id character varying(32),
    c_activity_id character varying(32),
    c_campaign_id character varying(32),
    c_project_id character varying(32),
    c_costcenter_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    dateacct timestamp without time zone,
    a_asset_id character varying(32),
    CONSTRAINT fin_doubtful_debt_key PRIMARY KEY (fin_doubtful_debt_id)
);

CREATE TABLE openbravo.fin_doubtful_debt_method (
    fin_doubtful_debt_method_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    percentage numeric NOT NULL,
    daysoverdue numeric NOT NULL,
    CONSTRAINT fin_doubtful_debt_method_key PRIMARY KEY (fin_doubtful_debt_method_id)
);

CREATE TABLE openbravo.fin_doubtful_debt_run (
    fin_doubtful_debt_run_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    description character varying(255),
    rundate timestamp without time zone NOT NULL,
    percentage numeric NOT NULL,
    daysoverdue numeric NOT NULL,
    c_bpartner_id character varying(32),
    c_bp_group_id character varying(32),
    process_debt character(1) NOT NULL,
    processed character(1) NOT NULL,
    fin_doubtful_debt_method_id character varying(32),
    dateacct timestamp without time zone,
    CONSTRAINT fin_doubtful_debt_run_key PRIMARY KEY (fin_doubtful_debt_run_id)
);

CREATE TABLE openbravo.fin_finacc_paymentmethod (
    fin_finacc_paymentmethod_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    fin_paymentmethod_id character varying(32) NOT NULL,
    fin_financial_account_id character varying(32) NOT NULL,
    automatic_receipt character(1) NOT NULL,
    automatic_payment character(1) NOT NULL,
    automatic_deposit character(1) NOT NULL,
    automatic_withdrawn character(1) NOT NULL,
    payin_allow character(1) NOT NULL,
    payout_allow character(1) NOT NULL,
    payin_execution_type character varying(60) NOT NULL,
    payout_execution_type character varying(60) NOT NULL,
    payin_execution_process_id character varying(32),
    payout_execution_process_id character varying(32),
    payin_deferred character(1) NOT NULL,
    payout_deferred character(1) NOT NULL,
    uponreceiptuse character varying(60),
    upondeposituse character varying(60),
    inuponclearinguse character varying(60),
    uponpaymentuse character varying(60),
    uponwithdrawaluse character varying(60),
    outuponclearinguse character varying(60),
    payin_ismulticurrency character(1) NOT NULL,
    payout_ismulticurrency character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    payin_invoicepaidstatus character varying(60) NOT NULL,
    payout_invoicepaidstatus character varying(60) NOT NULL,
    CONSTRAINT fin_finacc_paymethod_key PRIMARY KEY (fin_finacc_paymentmethod_id)
);

CREATE TABLE openbravo.fin_finacc_transaction (
    fin_finacc_transaction_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    c_currency_id character varying(32) NOT NULL,
    fin_financial_account_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    fin_payment_id character varying(32),
    dateacct timestamp without time zone NOT NULL,
    c_glitem_id character varying(32),
    status character varying(60) NOT NULL,
    paymentamt numeric NOT NULL,
    depositamt numeric NOT NULL,
    processed character(1),
    processing character(1),
    posted character varying(60),
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    c_activity_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    trxtype character varying(60) NOT NULL,
    statementdate timestamp without time zone NOT NULL,
    description character varying(255),
    fin_reconciliation_id character varying(32),
    createdbyalgorithm character(1) NOT NULL,
    foreign_currency_id character varying(32),
    foreign_convert_rate numeric,
    foreign_amount numeric,
    c_bpartner_id character varying(32),
    m_product_id character varying(32),
    c_salesregion_id character varying(32),
    c_costcenter_id character varying(32),
    CONSTRAINT fin_finacc_transaction_key PRIMARY KEY (fin_finacc_transaction_id)
);

CREATE TABLE openbravo.fin_financial_account (
    fin_financial_account_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    c_currency_id character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    type character varying(60) NOT NULL,
    c_bpartner_id character varying(32),
    c_location_id character varying(32),
    routingno character varying(20),
    swiftcode character varying(20),
    codebank character varying(4),
    codebranch character varying(4),
    bank_digitcontrol character varying(1),
    ine_number character varying(9),
    account_digitcontrol character varying(1),
    codeaccount character varying(10),
    accountno character varying(120),
    currentbalance numeric NOT NULL,
    initialbalance numeric NOT NULL,
    creditlimit numeric NOT NULL,
    iban character varying(34),
    isdefault character(1) NOT NULL,
    fin_matching_algorithm_id character varying(32),
    typewriteoff character varying(60),
    writeofflimit numeric,
    genericaccountno character varying(100),
    c_country_id character varying(32),
    bankformat character varying(60),
    CONSTRAINT fin_financial_account_key PRIMARY KEY (fin_financial_account_id)
);

CREATE TABLE openbravo.fin_matching_algorithm (
    fin_matching_algorithm_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    classname character varying(1000) NOT NULL,
    matchbpname character(1) NOT NULL,
    matchreference character(1) NOT NULL,
    matchtransactiondate character(1) NOT NULL,
    CONSTRAINT fin_match_algorithm_key PRIMARY KEY (fin_matching_algorithm_id)
);

CREATE TABLE openbravo.fin_orig_paym_scheddetail (
    fin_orig_paym_scheddetail_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    fin_orig_payment_schedule_id character varying(32),
    fin_payment_scheduledetail_id character varying(32),
    amount numeric NOT NULL,
    isactive character(1) NOT NULL,
    writeoffamt numeric,
    iscanceled character(1) NOT NULL,
    CONSTRAINT fin_orig_paym_scheddetail_key PRIMARY KEY (fin_orig_paym_scheddetail_id)
);

CREATE TABLE openbravo.fin_orig_payment_schedule (
    fin_orig_payment_schedule_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoice_id character varying(32),
    c_order_id character varying(32),
    duedate timestamp without time zone,
    fin_paymentmethod_id character varying(32) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    amount numeric NOT NULL,
    isactive character(1) NOT NULL,
    fin_payment_priority_id character varying(32),
    update_payment_plan character(1),
    CONSTRAINT fin_origpayment_schedule_key PRIMARY KEY (fin_orig_payment_schedule_id)
);

CREATE TABLE openbravo.fin_pay_exec_process (
    fin_pay_exec_process_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    classname character varying(1000) NOT NULL,
    CONSTRAINT fin_pay_exec_process_key PRIMARY KEY (fin_pay_exec_process_id)
);

CREATE TABLE openbravo.fin_pay_exec_process_para (
    fin_pay_exec_process_para_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    fin_pay_exec_process_id character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    seqno numeric(10,0) NOT NULL,
    inputtype character varying(60) NOT NULL,
    ismandatory character(1) NOT NULL,
    defaultcheck character varying(60),
    defaulttext character varying(60),
    description character varying(2000),
    parametertype character varying(60) NOT NULL,
    value character varying(40) NOT NULL,
    CONSTRAINT fin_pay_exec_process_para_key PRIMARY KEY (fin_pay_exec_process_para_id)
);

CREATE TABLE openbravo.fin_payment (
    fin_payment_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    isreceipt character(1),
    c_bpartner_id character varying(32),
    paymentdate timestamp without time zone,
    c_currency_id character varying(32) NOT NULL,
    amount numeric NOT NULL,
    writeoffamt numeric NOT NULL,
    fin_paymentmethod_id character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    referenceno character varying(40),
    status character varying(60) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1) NOT NULL,
    posted character varying(60) NOT NULL,
    description character varying(255),
    fin_financial_account_id character varying(32) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    c_activity_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    generated_credit numeric,
    used_credit numeric,
    createdbyalgorithm character(1) NOT NULL,
    finacc_txn_convert_rate numeric NOT NULL,
    finacc_txn_amount numeric,
    fin_rev_payment_id character varying(32),
    c_costcenter_id character varying(32),
    CONSTRAINT fin_payment_key PRIMARY KEY (fin_payment_id)
);

CREATE TABLE openbravo.fin_payment_credit (
    fin_payment_credit_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    fin_payment_id character varying(32) NOT NULL,
    fin_payment_id_used character varying(32) NOT NULL,
    amount numeric NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    CONSTRAINT fin_payment_credit_key PRIMARY KEY (fin_payment_credit_id)
);

CREATE TABLE openbravo.fin_payment_detail (
    fin_payment_detail_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    fin_payment_id character varying(32) NOT NULL,
    amount numeric NOT NULL,
    refund character(1),
    isactive character(1),
    writeoffamt numeric,
    c_glitem_id character varying(32),
    isprepayment character(1) NOT NULL,
    ispaidatinvoicing character(1),
    line_no numeric(10,0),
    CONSTRAINT fin_payment_detail_key PRIMARY KEY (fin_payment_detail_id)
);

CREATE TABLE openbravo.fin_payment_priority (
    fin_payment_priority_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    priority numeric(10,0) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isdefault character(1) NOT NULL,
    color character varying(60),
    CONSTRAINT fin_payment_priority_key PRIMARY KEY (fin_payment_priority_id)
);

CREATE TABLE openbravo.fin_payment_prop_detail (
    fin_payment_prop_detail_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1),
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    fin_payment_proposal_id character varying(32) NOT NULL,
    fin_payment_scheduledetail_id character varying(32) NOT NULL,
    amount numeric NOT NULL,
    writeoffamt numeric NOT NULL,
    c_glitem_id character varying(32),
    CONSTRAINT fin_payment_prop_detail_key PRIMARY KEY (fin_payment_prop_detail_id)
);

CREATE TABLE openbravo.fin_payment_proposal (
    fin_payment_proposal_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1),
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isreceipt character(1) NOT NULL,
    description character varying(255),
    c_bpartner_id character varying(32),
    fin_financial_account_id character varying(32) NOT NULL,
    paymentdate timestamp without time zone NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    amount numeric NOT NULL,
    writeoffamt numeric NOT NULL,
    fin_paymentmethod_id character varying(32) NOT NULL,
    documentno character varying(40) NOT NULL,
    referenceno character varying(40),
    status character varying(60),
    processed character(1),
    processing character(1),
    c_doctype_id character varying(32) NOT NULL,
    duedate timestamp without time zone,
    finacc_txn_convert_rate numeric NOT NULL,
    finacc_txn_amount numeric,
    CONSTRAINT fin_payment_proposal_key PRIMARY KEY (fin_payment_proposal_id)
);

CREATE TABLE openbravo.fin_payment_run (
    fin_payment_run_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    status character varying(60) NOT NULL,
    run_source character varying(60) NOT NULL,
    message character varying(2000),
    fin_pay_exec_process_id character varying(32) NOT NULL,
    CONSTRAINT fin_payment_run_key PRIMARY KEY (fin_payment_run_id)
);

CREATE TABLE openbravo.fin_payment_run_para (
    fin_payment_run_para_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    fin_payment_run_id character varying(32) NOT NULL,
    fin_pay_exec_process_para_id character varying(32) NOT NULL,
    valuecheck character(1) NOT NULL,
    valuetext character varying(60),
    CONSTRAINT fin_payment_run_para_key PRIMARY KEY (fin_payment_run_para_id)
);

CREATE TABLE openbravo.fin_payment_run_payment (
    fin_payment_run_payment_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    fin_payment_run_id character varying(32) NOT NULL,
    fin_payment_id character varying(32) NOT NULL,
    result character varying(60) NOT NULL,
    message character varying(2000),
    CONSTRAINT fin_paymentrunpayment_key PRIMARY KEY (fin_payment_run_payment_id)
);

CREATE TABLE openbravo.fin_payment_schedule (
    fin_payment_schedule_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_invoice_id character varying(32),
    c_order_id character varying(32),
    duedate timestamp without time zone NOT NULL,
    fin_paymentmethod_id character varying(32) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    amount numeric NOT NULL,
    paidamt numeric NOT NULL,
    outstandingamt numeric NOT NULL,
    isactive character(1),
    fin_payment_priority_id character varying(32),
    update_payment_plan character(1),
    origduedate timestamp without time zone,
    description character varying(255),
    expecteddate timestamp without time zone NOT NULL,
    CONSTRAINT fin_payment_schedule_key PRIMARY KEY (fin_payment_schedule_id)
);

CREATE TABLE openbravo.fin_payment_scheduledetail (
    fin_payment_scheduledetail_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    fin_payment_detail_id character varying(32),
    fin_payment_schedule_order character varying(32),
    fin_payment_schedule_invoice character varying(32),
    amount numeric NOT NULL,
    isactive character(1),
    writeoffamt numeric,
    iscanceled character(1) NOT NULL,
    c_bpartner_id character varying(32),
    c_activity_id character varying(32),
    m_product_id character varying(32),
    c_campaign_id character varying(32),
    c_project_id character varying(32),
    c_salesregion_id character varying(32),
    c_costcenter_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    doubtfuldebt_amount numeric NOT NULL,
    isinvoicepaid character(1) NOT NULL,
    CONSTRAINT fin_payment_scheduledetail_key PRIMARY KEY (fin_payment_scheduledetail_id)
);

CREATE TABLE openbravo.fin_paymentmethod (
    fin_paymentmethod_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    name character varying(60) NOT NULL,
    description character varying(255),
    automatic_receipt character(1) NOT NULL,
    automatic_payment character(1) NOT NULL,
    automatic_deposit character(1) NOT NULL,
    automatic_withdrawn character(1) NOT NULL,
    payin_allow character(1) NOT NULL,
    payout_allow character(1) NOT NULL,
    payin_execution_type character varying(60) NOT NULL,
    payout_execution_type character varying(60) NOT NULL,
    payin_execution_process_id character varying(32),
    payout_execution_process_id character varying(32),
    payin_deferred character(1) NOT NULL,
    payout_deferred character(1) NOT NULL,
    uponreceiptuse character varying(60),
    upondeposituse character varying(60),
    inuponclearinguse character varying(60),
    uponpaymentuse character varying(60),
    uponwithdrawaluse character varying(60),
    outuponclearinguse character varying(60),
    payin_ismulticurrency character(1) NOT NULL,
    payout_ismulticurrency character(1) NOT NULL,
    payment_type character varying(60),
    CONSTRAINT fin_payment_method_key PRIMARY KEY (fin_paymentmethod_id)
);

CREATE TABLE openbravo.fin_reconciliation (
    fin_reconciliation_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1),
    fin_financial_account_id character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    dateto timestamp without time zone NOT NULL,
    statementdate timestamp without time zone NOT NULL,
    endingbalance numeric NOT NULL,
    startingbalance numeric NOT NULL,
    docstatus character varying(60) NOT NULL,
    processing character(1),
    processed character(1) NOT NULL,
    posted character varying(60) NOT NULL,
    printdetailed character(1) NOT NULL,
    printsummary character(1) NOT NULL,
    CONSTRAINT fin_reconciliation_key PRIMARY KEY (fin_reconciliation_id)
);

CREATE TABLE openbravo.m_attribute (
    m_attribute_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    ismandatory character(1) NOT NULL,
    isinstanceattribute character(1) NOT NULL,
    islist character(1),
    CONSTRAINT m_attribute_key PRIMARY KEY (m_attribute_id)
);

CREATE TABLE openbravo.m_attributeinstance (
    m_attributeinstance_id character varying(32) NOT NULL,
    m_attributesetinstance_id character varying(32) NOT NULL,
    m_attribute_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_attributevalue_id character varying(32),
    value character varying(40),
    CONSTRAINT m_attributeinstance_key PRIMARY KEY (m_attributeinstance_id)
);

CREATE TABLE openbravo.m_attributeset (
    m_attributeset_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isserno character(1) NOT NULL,
    m_sernoctl_id character varying(32),
    islot character(1) NOT NULL,
    m_lotctl_id character varying(32),
    isguaranteedate character(1) NOT NULL,
    guaranteedays numeric(10,0),
    islockable character(1) NOT NULL,
    isoneattrsetvalrequired character(1) NOT NULL,
    CONSTRAINT m_attributeset_key PRIMARY KEY (m_attributeset_id)
);

CREATE TABLE openbravo.m_attributesetinstance (
    m_attributesetinstance_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_attributeset_id character varying(32) NOT NULL,
    serno character varying(20),
    lot character varying(20),
    guaranteedate timestamp without time zone,
    description character varying(255),
    m_lot_id character varying(32),
    islocked character(1),
    lock_description character varying(255),
    m_refinventory_id character varying(32),
    parent_attributesetinstance_id character varying(32),
    CONSTRAINT m_attributesetinstance_key PRIMARY KEY (m_attributesetinstance_id)
);

CREATE TABLE openbravo.m_attributeuse (
    m_attributeuse_id character varying(32) NOT NULL,
    m_attribute_id character varying(32) NOT NULL,
    m_attributeset_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    seqno numeric(10,0) NOT NULL,
    CONSTRAINT m_attributeuse_key PRIMARY KEY (m_attributeuse_id)
);

CREATE TABLE openbravo.m_attributevalue (
    m_attributevalue_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_attribute_id character varying(32) NOT NULL,
    value character varying(60) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    CONSTRAINT m_attributevalue_key PRIMARY KEY (m_attributevalue_id)
);

CREATE TABLE openbravo.m_brand (
    m_brand_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    CONSTRAINT m_brand_key PRIMARY KEY (m_brand_id)
);

CREATE TABLE openbravo.m_ca_inventoryamt (
    m_ca_inventoryamt_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    documentdate timestamp without time zone NOT NULL,
    process character(1),
    description character varying(2000),
    processed character(1) NOT NULL,
    CONSTRAINT m_ca_inventoryamt_key PRIMARY KEY (m_ca_inventoryamt_id)
);

CREATE TABLE openbravo.m_ca_inventoryamtline (
    m_ca_inventoryamtline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    referencedate timestamp without time zone NOT NULL,
    m_product_id character varying(32),
    m_warehouse_id character varying(32),
    inventory_amount numeric,
    cur_inventory_amount numeric,
    onhandqty numeric NOT NULL,
    unitcost numeric,
    cur_unitcost numeric,
    m_ca_inventoryamt_id character varying(32) NOT NULL,
    CONSTRAINT m_ca_inamtln_key PRIMARY KEY (m_ca_inventoryamtline_id)
);

CREATE TABLE openbravo.m_ca_inventoryamtline_inv (
    m_ca_inventoryamtline_inv_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    m_ca_inventoryamtline_id character varying(32) NOT NULL,
    m_warehouse_id character varying(32) NOT NULL,
    close_inventory_id character varying(32),
    init_inventory_id character varying(32),
    CONSTRAINT m_ca_invamtln_inv_key PRIMARY KEY (m_ca_inventoryamtline_inv_id)
);

CREATE TABLE openbravo.m_ch_subset (
    m_ch_subset_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_characteristic_id character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    CONSTRAINT m_ch_subset_key PRIMARY KEY (m_ch_subset_id)
);

CREATE TABLE openbravo.m_ch_subset_value (
    m_ch_subset_value_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_ch_subset_id character varying(32) NOT NULL,
    m_ch_value_id character varying(32) NOT NULL,
    seqno numeric,
    skcode character varying(10),
    CONSTRAINT m_ch_subset_value_key PRIMARY KEY (m_ch_subset_value_id)
);

CREATE TABLE openbravo.m_ch_value (
    m_ch_value_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_characteristic_id character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    issummary character(1) NOT NULL,
    skcode character varying(10),
    description character varying(255),
    add_products character varying(60),
    CONSTRAINT m_ch_value_key PRIMARY KEY (m_ch_value_id)
);

CREATE TABLE openbravo.m_characteristic (
    m_characteristic_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    ad_tree_id character varying(32) NOT NULL,
    isvariant character(1) NOT NULL,
    isexplodeconf character(1) NOT NULL,
    m_characteristic_type character varying(60),
    relevant_characteristic character varying(60),
    isassignvaluesbyorg character(1) NOT NULL,
    CONSTRAINT m_characteristic_key PRIMARY KEY (m_characteristic_id)
);

CREATE TABLE openbravo.m_condition_goods (
    m_condition_goods_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    CONSTRAINT m_condition_goods_key PRIMARY KEY (m_condition_goods_id)
);

CREATE TABLE openbravo.m_costadjustment (
    m_costadjustment_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32),
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32),
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32),
    c_doctype_id character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    referencedate timestamp without time zone NOT NULL,
    source_process character varying(60) NOT NULL,
    processed character(1) NOT NULL,
    process character(1),
    docstatus character varying(60) NOT NULL,
    cancel character(1),
    m_costadjustment_cancel character varying(32),
    posted character varying(60) NOT NULL,
    processing character(1),
    CONSTRAINT m_costadjustment_key PRIMARY KEY (m_costadjustment_id)
);

CREATE TABLE openbravo.m_costadjustmentline (
    m_costadjustmentline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32),
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32),
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32),
    m_costadjustment_id character varying(32) NOT NULL,
    m_transaction_id character varying(32),
    adjustment_amount numeric,
    issource character(1) NOT NULL,
    needsposting character(1) NOT NULL,
    dateacct timestamp without time zone,
    isrelatedtrxadjusted character(1) NOT NULL,
    parent_costadjustmentline_id character varying(32),
    line numeric(10,0) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    isunitcost character(1) NOT NULL,
    isbackdatedtrx character(1),
    isnegativestockcorrection character(1),
    CONSTRAINT m_costadjustmentline_key PRIMARY KEY (m_costadjustmentline_id)
);

CREATE TABLE openbravo.m_costing (
    m_costing_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    datefrom timestamp without time zone,
    dateto timestamp without time zone,
    ismanual character(1) NOT NULL,
    c_invoiceline_id character varying(32),
    qty numeric,
    price numeric,
    costtype character varying(60) NOT NULL,
    ispermanent character(1) NOT NULL,
    cost numeric,
    isproduction character(1),
    isactive character(1) NOT NULL,
    m_warehouse_id character varying(32),
    m_transaction_id character varying(32),
    c_currency_id character varying(32) NOT NULL,
    originalcost numeric,
    cumstock numeric,
    cumcost numeric,
    CONSTRAINT m_costing_key PRIMARY KEY (m_costing_id)
);

CREATE TABLE openbravo.m_costing_algorithm (
    m_costing_algorithm_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    classname character varying(1000) NOT NULL,
    CONSTRAINT m_costing_algorithm_key PRIMARY KEY (m_costing_algorithm_id)
);

CREATE TABLE openbravo.m_costing_rule (
    m_costing_rule_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    m_costing_algorithm_id character varying(32) NOT NULL,
    org_dimension character(1) NOT NULL,
    warehouse_dimension character(1) NOT NULL,
    m_product_id character varying(32),
    dateto timestamp without time zone,
    m_product_category_id character varying(32),
    isvalidated character(1) NOT NULL,
    process_rule character(1),
    datefrom timestamp without time zone,
    backdatedtrxsfixed character(1),
    backdatedtrxsfixedprocess character(1),
    fixbackdatedfrom timestamp without time zone,
    CONSTRAINT m_costing_rule_key PRIMARY KEY (m_costing_rule_id)
);

CREATE TABLE openbravo.m_costing_rule_init (
    m_costing_rule_init_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    m_costing_rule_id character varying(32) NOT NULL,
    m_warehouse_id character varying(32) NOT NULL,
    close_inventory_id character varying(32),
    init_inventory_id character varying(32),
    CONSTRAINT m_cr_init_key PRIMARY KEY (m_costing_rule_init_id)
);

CREATE TABLE openbravo.m_discountschema (
    m_discountschema_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    validfrom timestamp without time zone,
    discounttype character varying(60),
    script character varying(2000),
    flatdiscount numeric,
    isquantitybased character(1),
    cumulativelevel character varying(60),
    processing character(1),
    CONSTRAINT m_discount_key PRIMARY KEY (m_discountschema_id)
);

CREATE TABLE openbravo.m_discountschemaline (
    m_discountschemaline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_discountschema_id character varying(32) NOT NULL,
    seqno numeric(10,0) NOT NULL,
    m_product_category_id character varying(32),
    c_bpartner_id character varying(32),
    m_product_id character varying(32),
    conversionratetype character varying(60) NOT NULL,
    conversiondate timestamp without time zone NOT NULL,
    list_base character varying(60) NOT NULL,
    list_addamt numeric NOT NULL,
    list_discount numeric NOT NULL,
    list_rounding character varying(60) NOT NULL,
    list_minamt numeric NOT NULL,
    list_maxamt numeric NOT NULL,
    list_fixed numeric,
    std_base character varying(60) NOT NULL,
    std_addamt numeric NOT NULL,
    std_discount numeric NOT NULL,
    std_rounding character varying(60) NOT NULL,
    std_minamt numeric NOT NULL,
    std_maxamt numeric NOT NULL,
    std_fixed numeric,
    limit_base character varying(60) NOT NULL,
    limit_addamt numeric NOT NULL,
    limit_discount numeric NOT NULL,
    limit_rounding character varying(60) NOT NULL,
    limit_minamt numeric NOT NULL,
    limit_maxamt numeric NOT NULL,
    limit_fixed numeric,
    list_margin numeric NOT NULL,
    std_margin numeric NOT NULL,
    limit_margin numeric NOT NULL,
    CONSTRAINT m_discountschemaline_key PRIMARY KEY (m_discountschemaline_id)
);

CREATE TABLE openbravo.m_freight (
    m_freight_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_shipper_id character varying(32) NOT NULL,
    m_freightcategory_id character varying(32) NOT NULL,
    validfrom timestamp without time zone NOT NULL,
    c_country_id character varying(32),
    to_country_id character varying(32),
    c_region_id character varying(32),
    to_region_id character varying(32),
    c_currency_id character varying(32) NOT NULL,
    freightamt numeric NOT NULL,
    freight_unit character varying(60),
    isprice character(1),
    line_round character varying(60),
    qtyfrom numeric,
    qtyto numeric,
    total_round character varying(60),
    CONSTRAINT m_freight_key PRIMARY KEY (m_freight_id)
);

CREATE TABLE openbravo.m_freightcategory (
    m_freightcategory_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    help character varying(2000),
    freight_unit character varying(60),
    line_round character varying(60),
    total_round character varying(60),
    CONSTRAINT m_freightcategory_key PRIMARY KEY (m_freightcategory_id)
);

CREATE TABLE openbravo.m_inout (
    m_inout_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    issotrx character(1) NOT NULL,
    documentno character varying(30) NOT NULL,
    docaction character varying(60) NOT NULL,
    docstatus character varying(60) NOT NULL,
    posted character varying(60) NOT NULL,
    processing character(1),
    processed character(1) NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    description character varying(255),
    c_order_id character varying(32),
    dateordered timestamp without time zone,
    isprinted character(1) NOT NULL,
    movementtype character varying(60) NOT NULL,
    movementdate timestamp without time zone NOT NULL,
    dateacct timestamp without time zone NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    c_bpartner_location_id character varying(32) NOT NULL,
    m_warehouse_id character varying(32) NOT NULL,
    poreference character varying(20),
    deliveryrule character varying(60) NOT NULL,
    freightcostrule character varying(60) NOT NULL,
    freightamt numeric,
    deliveryviarule character varying(60) NOT NULL,
    m_shipper_id character varying(32),
    c_charge_id character varying(32),
    chargeamt numeric,
    priorityrule character varying(60) NOT NULL,
    dateprinted timestamp without time zone,
    c_invoice_id character varying(32),
    createfrom character(1),
    generateto character(1),
    ad_user_id character varying(32),
    salesrep_id character varying(32),
    nopackages numeric(10,0),
    pickdate timestamp without time zone,
    shipdate timestamp without time zone,
    trackingno character varying(60),
    ad_orgtrx_id character varying(32),
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    c_activity_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    updatelines character(1),
    islogistic character(1),
    calculate_freight character(1),
    delivery_location_id character varying(32),
    m_freightcategory_id character varying(32),
    freight_currency_id character varying(32),
    rm_receipt_pickedit character(1),
    rm_shipment_pickedit character(1),
    m_condition_goods_id character varying(32),
    a_asset_id character varying(32),
    c_costcenter_id character varying(32),
    process_goods_java character varying(60),
    isnettingshipment character(1),
    iscompletelyinvoiced character(1) NOT NULL,
    invoicefromshipment character(1),
    bpartner_extref character varying(256),
    c_alternate_location_id character varying(32),
    CONSTRAINT m_inout_key PRIMARY KEY (m_inout_id)
);

CREATE TABLE openbravo.m_inoutline (
    m_inoutline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    description character varying(2000),
    m_inout_id character varying(32) NOT NULL,
    c_orderline_id character varying(32),
    m_locator_id character varying(32),
    m_product_id character varying(32),
    c_uom_id character varying(32) NOT NULL,
    movementqty numeric NOT NULL,
    isinvoiced character(1) NOT NULL,
    m_attributesetinstance_id character varying(32),
    isdescription character(1) NOT NULL,
    quantityorder numeric,
    m_product_uom_id character varying(32),
    m_condition_goods_id character varying(32),
    canceled_inoutline_id character varying(32),
    a_asset_id character varying(32),
    manage_prereservation character(1),
    user1_id character varying(32),
    user2_id character varying(32),
    c_project_id character varying(32),
    c_costcenter_id character varying(32),
    c_bpartner_id character varying(32),
    explode character(1) NOT NULL,
    bom_parent_id character varying(32),
    c_aum character varying(32),
    aumqty numeric,
    salesrep_id character varying(32),
    CONSTRAINT m_inoutline_key PRIMARY KEY (m_inoutline_id)
);

CREATE TABLE openbravo.m_inoutline_acctdimension (
    m_inoutline_acctdimension_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_inoutline_id character varying(32) NOT NULL,
    quantity numeric NOT NULL,
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    c_activity_id character varying(32),
    c_costcenter_id character varying(32),
    c_bpartner_id character varying(32),
    m_product_id character varying(32),
    a_asset_id character varying(32),
    CONSTRAINT m_inoutline_acctdim_key PRIMARY KEY (m_inoutline_acctdimension_id)
);

CREATE TABLE openbravo.m_internal_consumption (
    m_internal_consumption_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    movementdate timestamp without time zone NOT NULL,
    posted character varying(60) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    status character varying(60) NOT NULL,
    ad_orgtrx_id character varying(32),
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    c_activity_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    c_costcenter_id character varying(32),
    CONSTRAINT m_internal_consumption_key PRIMARY KEY (m_internal_consumption_id)
);

CREATE TABLE openbravo.m_internal_consumptionline (
    m_internal_consumptionline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_internal_consumption_id character varying(32) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    line numeric(10,0),
    movementqty numeric NOT NULL,
    description character varying(255),
    m_attributesetinstance_id character varying(32),
    m_product_uom_id character varying(32),
    quantityorder numeric,
    c_uom_id character varying(32),
    void_intconsumption_line_id character varying(32),
    CONSTRAINT m_internal_consumptionline_key PRIMARY KEY (m_internal_consumptionline_id)
);

CREATE TABLE openbravo.m_inventory (
    m_inventory_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(255),
    m_warehouse_id character varying(32) NOT NULL,
    movementdate timestamp without time zone NOT NULL,
    posted character varying(60) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    updateqty character(1),
    generatelist character(1),
    ad_orgtrx_id character varying(32),
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    c_activity_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    c_costcenter_id character varying(32),
    a_asset_id character varying(32),
    inventory_type character varying(60) NOT NULL,
    documentno character varying(30),
    exportcsv character(1) NOT NULL,
    processdate timestamp without time zone,
    exportedcsvdate timestamp without time zone,
    CONSTRAINT m_inventory_key PRIMARY KEY (m_inventory_id)
);

CREATE TABLE openbravo.m_inventoryline (
    m_inventoryline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_inventory_id character varying(32) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    line numeric(10,0),
    qtybook numeric NOT NULL,
    qtycount numeric NOT NULL,
    description character varying(255),
    m_attributesetinstance_id character varying(32),
    m_product_uom_id character varying(32),
    quantityorder numeric,
    c_uom_id character varying(32),
    quantityorderbook numeric,
    cost numeric,
    relatedinventorylineid character varying(32),
    iscsvimported character(1),
    gapbookqty numeric,
    CONSTRAINT m_inventoryline_key PRIMARY KEY (m_inventoryline_id)
);

CREATE TABLE openbravo.m_inventorystatus (
    m_inventorystatus_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(40) NOT NULL,
    description character varying(255),
    available character(1) NOT NULL,
    nettable character(1) NOT NULL,
    overissue character(1) NOT NULL,
    ad_module_id character varying(32) NOT NULL,
    CONSTRAINT m_inventorystatus_pkey PRIMARY KEY (m_inventorystatus_id)
);

CREATE TABLE openbravo.m_landedcost (
    m_landedcost_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    referencedate timestamp without time zone NOT NULL,
    c_doctype_id character varying(32) NOT NULL,
    documentno character varying(30) NOT NULL,
    description character varying(2000),
    process character(1),
    docstatus character varying(60) NOT NULL,
    posted character varying(60),
    processing character(1),
    processed character(1) NOT NULL,
    reactivate character(1),
    m_costadjustment_id character varying(32),
    CONSTRAINT m_landedcost_key PRIMARY KEY (m_landedcost_id)
);

CREATE TABLE openbravo.m_lc_cost (
    m_lc_cost_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_landedcost_id character varying(32),
    m_inout_id character varying(32),
    m_lc_type_id character varying(32) NOT NULL,
    c_invoiceline_id character varying(32),
    amount numeric NOT NULL,
    m_lc_distribution_alg_id character varying(32) NOT NULL,
    description character varying(2000),
    c_currency_id character varying(32) NOT NULL,
    ismatched character(1) NOT NULL,
    ismatchingadjusted character(1) NOT NULL,
    posted character varying(60),
    processing character(1),
    dateacct timestamp without time zone NOT NULL,
    line numeric NOT NULL,
    c_doctype_id character varying(32),
    process_matching character(1),
    matching_amt numeric,
    processed character(1) NOT NULL,
    cancel_matching character(1),
    matching_costadjustment_id character varying(32),
    CONSTRAINT m_lc_cost_key PRIMARY KEY (m_lc_cost_id)
);

CREATE TABLE openbravo.m_lc_distribution_alg (
    m_lc_distribution_alg_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    classname character varying(1000) NOT NULL,
    CONSTRAINT m_lc_dist_alg_key PRIMARY KEY (m_lc_distribution_alg_id)
);

CREATE TABLE openbravo.m_lc_matched (
    m_lc_matched_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32),
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32),
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32),
    m_lc_cost_id character varying(32),
    c_invoiceline_id character varying(32),
    amount numeric,
    amt_invoice_currency numeric,
    isconversionmatching character(1),
    CONSTRAINT m_lc_matched_key PRIMARY KEY (m_lc_matched_id)
);

CREATE TABLE openbravo.m_lc_receipt (
    m_lc_receipt_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_landedcost_id character varying(32) NOT NULL,
    m_inoutline_id character varying(32),
    m_inout_id character varying(32),
    CONSTRAINT m_lc_receipt_key PRIMARY KEY (m_lc_receipt_id)
);

CREATE TABLE openbravo.m_lc_receiptline_amt (
    m_lc_receiptline_amt_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_lc_cost_id character varying(32) NOT NULL,
    m_lc_receipt_id character varying(32),
    amount numeric NOT NULL,
    m_inoutline_id character varying(32) NOT NULL,
    ismatchadjustment character(1),
    CONSTRAINT m_lc_receiptlineamt_key PRIMARY KEY (m_lc_receiptline_amt_id)
);

CREATE TABLE openbravo.m_lc_type (
    m_lc_type_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(2000),
    m_lc_distribution_alg_id character varying(32),
    account_id character varying(32),
    m_product_id character varying(32),
    CONSTRAINT m_lc_type_key PRIMARY KEY (m_lc_type_id)
);

CREATE TABLE openbravo.m_locator (
    m_locator_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    m_warehouse_id character varying(32) NOT NULL,
    priorityno numeric(10,0) NOT NULL,
    isdefault character(1) NOT NULL,
    x character varying(60),
    y character varying(60),
    z character varying(60),
    barcode character varying(30),
    m_inventorystatus_id character varying(32) NOT NULL,
    change_status character(1) NOT NULL,
    isvirtual character(1) NOT NULL,
    parent_locator_id character varying(32),
    allow_storing_items character(1) NOT NULL,
    hu_type_selection character varying(60) NOT NULL,
    CONSTRAINT m_locator_key PRIMARY KEY (m_locator_id)
);

CREATE TABLE openbravo.m_locator_hu_type (
    m_locator_hu_type_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    description character varying(255),
    m_locator_id character varying(32) NOT NULL,
    m_refinventory_type_id character varying(32) NOT NULL,
    CONSTRAINT m_locator_hu_type_key PRIMARY KEY (m_locator_hu_type_id)
);

CREATE TABLE openbravo.m_lot (
    m_lot_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    m_product_id character varying(32) NOT NULL,
    help character varying(2000),
    datefrom timestamp without time zone,
    dateto timestamp without time zone,
    CONSTRAINT m_lot_key PRIMARY KEY (m_lot_id)
);

CREATE TABLE openbravo.m_lotctl (
    m_lotctl_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    startno numeric(10,0) NOT NULL,
    incrementno numeric(10,0) NOT NULL,
    currentnext numeric(10,0) NOT NULL,
    prefix character varying(10),
    suffix character varying(10),
    CONSTRAINT m_lotctl_key PRIMARY KEY (m_lotctl_id)
);

CREATE TABLE openbravo.m_matchinv (
    m_matchinv_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_inoutline_id character varying(32) NOT NULL,
    c_invoiceline_id character varying(32) NOT NULL,
    m_product_id character varying(32),
    datetrx timestamp without time zone NOT NULL,
    qty numeric NOT NULL,
    processing character(1) NOT NULL,
    processed character(1) NOT NULL,
    posted character varying(60) NOT NULL,
    CONSTRAINT m_matchinv_key PRIMARY KEY (m_matchinv_id)
);

CREATE TABLE openbravo.m_matchpo (
    m_matchpo_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_orderline_id character varying(32) NOT NULL,
    m_product_id character varying(32),
    m_inoutline_id character varying(32),
    c_invoiceline_id character varying(32),
    datetrx timestamp without time zone NOT NULL,
    qty numeric NOT NULL,
    processing character(1) NOT NULL,
    processed character(1) NOT NULL,
    posted character varying(60) NOT NULL,
    CONSTRAINT m_matchpo_key PRIMARY KEY (m_matchpo_id)
);

CREATE TABLE openbravo.m_movement (
    m_movement_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updatedby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    movementdate timestamp without time zone NOT NULL,
    posted character varying(60) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    ad_orgtrx_id character varying(32),
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    c_activity_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    move_fromto_locator character(1) NOT NULL,
    documentno character varying(30),
    c_costcenter_id character varying(32),
    a_asset_id character varying(32),
    CONSTRAINT m_movement_key PRIMARY KEY (m_movement_id)
);

CREATE TABLE openbravo.m_movementline (
    m_movementline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_movement_id character varying(32) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    m_locatorto_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    line numeric(10,0),
    movementqty numeric NOT NULL,
    description character varying(255),
    m_attributesetinstance_id character varying(32),
    m_product_uom_id character varying(32),
    quantityorder numeric,
    c_uom_id character varying(32) NOT NULL,
    m_reservation_id character varying(32),
    c_aum character varying(32),
    aumqty numeric,
    m_attributesetinstanceto_id character varying(32),
    CONSTRAINT m_movementline_key PRIMARY KEY (m_movementline_id)
);

CREATE TABLE openbravo.m_offer (
    m_offer_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    priority numeric,
    addamt numeric,
    discount numeric,
    fixed numeric,
    datefrom timestamp without time zone NOT NULL,
    dateto timestamp without time zone,
    bpartner_selection character varying(60) NOT NULL,
    bp_group_selection character varying(60) NOT NULL,
    product_selection character varying(60) NOT NULL,
    prod_cat_selection character varying(60) NOT NULL,
    description character varying(255),
    pricelist_selection character varying(60),
    qty_from numeric,
    qty_to numeric,
    m_offer_type_id character varying(32) NOT NULL,
    apply_next character(1) NOT NULL,
    print_name character varying(60),
    org_selection character varying(60) NOT NULL,
    ismultiple character(1) NOT NULL,
    multiple numeric,
    characteristics_selection character varying(60) NOT NULL,
    bp_set_selection character varying(60) NOT NULL,
    monday character(1),
    tuesday character(1),
    wednesday character(1),
    thursday character(1),
    friday character(1),
    saturday character(1),
    sunday character(1),
    allweekdays character(1) NOT NULL,
    startingtime timestamp without time zone,
    endingtime timestamp without time zone,
    startingtimemonday timestamp without time zone,
    startingtimetuesday timestamp without time zone,
    startingtimewednesday timestamp without time zone,
    startingtimethursday timestamp without time zone,
    startingtimefriday timestamp without time zone,
    startingtimesaturday timestamp without time zone,
    startingtimesunday timestamp without time zone,
    endingtimemonday timestamp without time zone,
    endingtimetuesday timestamp without time zone,
    endingtimewednesday timestamp without time zone,
    endingtimethursday timestamp without time zone,
    endingtimefriday timestamp without time zone,
    endingtimesaturday timestamp without time zone,
    endingtimesunday timestamp without time zone,
    conforgprocess character(1),
    confprodcatprocess character(1),
    confprodprocess character(1),
    characteristics_excl_selection character varying(60) NOT NULL,
    bpartner_extref_selection character varying(60) NOT NULL,
    verify_price_limit character(1) NOT NULL,
    value character varying(30),
    isuptomaxqty character(1) NOT NULL,
    applicationpriorityrule character varying(60),
    display_upsellingmsg character(1) NOT NULL,
    price_adjustment_scope character varying(60) NOT NULL,
    price_adjustment_type character varying(60) NOT NULL,
    CONSTRAINT m_offer_key PRIMARY KEY (m_offer_id)
);

CREATE TABLE openbravo.m_offer_availability (
    m_offer_availability_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    day character varying(60) NOT NULL,
    startingtime timestamp without time zone,
    endingtime timestamp without time zone,
    CONSTRAINT m_offer_availability_key PRIMARY KEY (m_offer_availability_id)
);

CREATE TABLE openbravo.m_offer_bp_group (
    m_offer_bp_group_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    c_bp_group_id character varying(32) NOT NULL,
    CONSTRAINT m_offer_bp_group_key PRIMARY KEY (m_offer_bp_group_id)
);

CREATE TABLE openbravo.m_offer_bp_set (
    m_offer_bp_set_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_bp_set_id character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    CONSTRAINT m_offer_bp_set_key PRIMARY KEY (m_offer_bp_set_id)
);

CREATE TABLE openbravo.m_offer_bpartner (
    m_offer_bpartner_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    CONSTRAINT m_offer_bpartner_key PRIMARY KEY (m_offer_bpartner_id)
);

CREATE TABLE openbravo.m_offer_bpartner_extref (
    m_offer_bpartner_extref_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    bpartner_extcat character varying(256) NOT NULL,
    CONSTRAINT m_offer_bp_extref_key PRIMARY KEY (m_offer_bpartner_extref_id)
);

CREATE TABLE openbravo.m_offer_characteristic (
    m_offer_characteristic_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    m_characteristic_id character varying(32) NOT NULL,
    m_ch_value_id character varying(32) NOT NULL,
    isincludecharacteristics character(1) NOT NULL,
    CONSTRAINT m_offer_characteristic_key PRIMARY KEY (m_offer_characteristic_id)
);

CREATE TABLE openbravo.m_offer_incompatibility (
    m_offer_incompatibility_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    m_offer_incmptibility_offer_id character varying(32),
    m_offer_incmptibility_type_id character varying(32) NOT NULL,
    CONSTRAINT m_offer_incompatibility_key PRIMARY KEY (m_offer_incompatibility_id)
);

CREATE TABLE openbravo.m_offer_organization (
    m_offer_organization_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    CONSTRAINT m_offer_org_key PRIMARY KEY (m_offer_organization_id)
);

CREATE TABLE openbravo.m_offer_pricelist (
    m_offer_pricelist_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    m_pricelist_id character varying(32) NOT NULL,
    CONSTRAINT m_offer_pricelist_key PRIMARY KEY (m_offer_pricelist_id)
);

CREATE TABLE openbravo.m_offer_prod_cat (
    m_offer_prod_cat_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    m_product_category_id character varying(32) NOT NULL,
    CONSTRAINT m_offer_prod_cat_key PRIMARY KEY (m_offer_prod_cat_id)
);

CREATE TABLE openbravo.m_offer_product (
    m_offer_product_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_offer_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    discount numeric,
    addamt numeric,
    fixed numeric,
    datefrom timestamp without time zone,
    dateto timestamp without time zone,
    price_adjustment_type character varying(60) NOT NULL,
    CONSTRAINT m_offer_product_key PRIMARY KEY (m_offer_product_id)
);

CREATE TABLE openbravo.m_offer_type (
    m_offer_type_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    ad_module_id character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    pl_order_implementor character varying(60),
    isdiscretionary character(1) NOT NULL,
    value character varying(40),
    CONSTRAINT m_offertype_key PRIMARY KEY (m_offer_type_id)
);

CREATE TABLE openbravo.m_pricelist (
    m_pricelist_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    basepricelist_id character varying(32),
    istaxincluded character(1) NOT NULL,
    issopricelist character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    enforcepricelimit character(1) NOT NULL,
    costbased character(1) NOT NULL,
    CONSTRAINT m_pricelist_key PRIMARY KEY (m_pricelist_id)
);

CREATE TABLE openbravo.m_pricelist_version (
    m_pricelist_version_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    m_pricelist_id character varying(32) NOT NULL,
    m_discountschema_id character varying(32) NOT NULL,
    validfrom timestamp without time zone NOT NULL,
    proccreate character(1),
    m_pricelist_version_base_id character varying(32),
    m_pricelist_version_generate character(1) NOT NULL,
    CONSTRAINT m_pricelist_version_key PRIMARY KEY (m_pricelist_version_id)
);

CREATE TABLE openbravo.m_product (
    m_product_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    documentnote character varying(2000),
    help character varying(2000),
    upc character varying(30),
    sku character varying(30),
    c_uom_id character varying(32) NOT NULL,
    salesrep_id character varying(32),
    issummary character(1) NOT NULL,
    isstocked character(1) NOT NULL,
    ispurchased character(1) NOT NULL,
    issold character(1) NOT NULL,
    isbom character(1) NOT NULL,
    isinvoiceprintdetails character(1) NOT NULL,
    ispicklistprintdetails character(1) NOT NULL,
    isverified character(1) NOT NULL,
    m_product_category_id character varying(32) NOT NULL,
    classification character(1),
    volume numeric,
    weight numeric,
    shelfwidth numeric(10,0),
    shelfheight numeric(10,0),
    shelfdepth numeric(10,0),
    unitsperpallet numeric(10,0),
    c_taxcategory_id character varying(32) NOT NULL,
    s_resource_id character varying(32),
    discontinued character(1),
    discontinuedby timestamp without time zone,
    processing character(1) NOT NULL,
    s_expensetype_id character varying(32),
    producttype character varying(60) NOT NULL,
    imageurl character varying(120),
    descriptionurl character varying(120),
    guaranteedays numeric(10,0),
    versionno character varying(20),
    m_attributeset_id character varying(32),
    m_attributesetinstance_id character varying(32),
    downloadurl character varying(120),
    m_freightcategory_id character varying(32),
    m_locator_id character varying(32),
    ad_image_id character varying(32),
    c_bpartner_id character varying(32),
    ispriceprinted character(1),
    name2 character varying(60),
    stock_min numeric(10,0),
    enforce_attribute character(1),
    calculated character(1) NOT NULL,
    ma_processplan_id character varying(32),
    production character(1) NOT NULL,
    capacity numeric,
    delaymin numeric,
    mrp_planner_id character varying(32),
    mrp_planningmethod_id character varying(32),
    qtymax numeric,
    qtymin numeric,
    qtystd numeric,
    qtytype character(1),
    stockmin numeric,
    attrsetvaluetype character varying(60),
    isquantityvariable character(1) NOT NULL,
    isdeferredrevenue character(1) NOT NULL,
    revplantype character varying(60),
    periodnumber numeric,
    isdeferredexpense character(1) NOT NULL,
    expplantype character varying(60),
    periodnumber_exp numeric,
    defaultperiod character varying(60),
    defaultperiod_exp character varying(60),
    bookusingpoprice character(1) NOT NULL,
    c_uom_weight_id character varying(32),
    m_brand_id character varying(32),
    isgeneric character(1) NOT NULL,
    generic_product_id character varying(32),
    createvariants character(1),
    characteristic_desc character varying(2000),
    updateinvariants character(1),
    managevariants character(1),
    prod_cat_selection character varying(60),
    product_selection character varying(60),
    print_description character(1) NOT NULL,
    returnable character(1) NOT NULL,
    overdue_return_days numeric,
    ispricerulebased character(1) NOT NULL,
    unique_per_document character(1) NOT NULL,
    relateprodcattoservice character(1),
    relateprodtoservice character(1),
    islinkedtoproduct character(1) NOT NULL,
    quantity_rule character varying(60),
    allow_deferred_sell character(1) NOT NULL,
    deferred_sell_max_days numeric,
    m_product_status_id character varying(32),
    ismodifytax character(1) NOT NULL,
    relateprodcattaxtoservice character(1) NOT NULL,
    copyservicemodifytaxconfig character(1) NOT NULL,
    m_product_subtype_id character varying(32),
    special_use character varying(60),
    row_characteristic character varying(32),
    column_characteristic character varying(32),
    characteristicdimensionenabled character(1),
    CONSTRAINT m_product_key PRIMARY KEY (m_product_id)
);

CREATE TABLE openbravo.m_product_aum (
    m_product_aum_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    c_uom_id character varying(32) NOT NULL,
    conversionrate numeric NOT NULL,
    gtin character varying(60),
    sales character varying(60) NOT NULL,
    purchase character varying(60) NOT NULL,
    logistics character varying(60) NOT NULL,
    CONSTRAINT m_product_aum_pk PRIMARY KEY (m_product_aum_id)
);

CREATE TABLE openbravo.m_product_bom (
    m_product_bom_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_productbom_id character varying(32) NOT NULL,
    bomqty numeric NOT NULL,
    description character varying(255),
    bomtype character varying(60),
    bomprice numeric,
    CONSTRAINT m_product_bom_key PRIMARY KEY (m_product_bom_id)
);

CREATE TABLE openbravo.m_product_category (
    m_product_category_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isdefault character(1) NOT NULL,
    plannedmargin numeric NOT NULL,
    a_asset_group_id character varying(32),
    ad_image_id character varying(32),
    issummary character(1) NOT NULL,
    m_product_category_main_id character varying(32),
    CONSTRAINT m_product_category_key PRIMARY KEY (m_product_category_id)
);

CREATE TABLE openbravo.m_product_category_service (
    m_product_category_service_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_product_category_id character varying(32) NOT NULL,
    multiplicator numeric,
    CONSTRAINT m_product_cat_service_key PRIMARY KEY (m_product_category_service_id)
);

CREATE TABLE openbravo.m_product_ch (
    m_product_ch_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_characteristic_id character varying(32) NOT NULL,
    seqno numeric NOT NULL,
    isvariant character(1) NOT NULL,
    m_ch_subset_id character varying(32),
    define_price character(1) NOT NULL,
    define_image character(1) NOT NULL,
    pricelist_type character varying(60) NOT NULL,
    isexplodeconf character(1) NOT NULL,
    CONSTRAINT m_product_ch_key PRIMARY KEY (m_product_ch_id)
);

CREATE TABLE openbravo.m_product_ch_conf (
    m_product_ch_conf_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_ch_id character varying(32) NOT NULL,
    m_ch_value_id character varying(32) NOT NULL,
    skcode character varying(10),
    price numeric,
    ad_image_id character varying(32),
    CONSTRAINT m_product_ch_conf_key PRIMARY KEY (m_product_ch_conf_id)
);

CREATE TABLE openbravo.m_product_ch_desc_org (
    m_product_ch_desc_org_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    characteristic_desc character varying(2000) NOT NULL,
    CONSTRAINT m_product_ch_desc_org_key PRIMARY KEY (m_product_ch_desc_org_id)
);

CREATE TABLE openbravo.m_product_ch_org (
    m_product_ch_org_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_ch_id character varying(32) NOT NULL,
    m_ch_value_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    CONSTRAINT m_product_ch_org_key PRIMARY KEY (m_product_ch_org_id)
);

CREATE TABLE openbravo.m_product_ch_value (
    m_product_ch_value_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_characteristic_id character varying(32) NOT NULL,
    m_ch_value_id character varying(32) NOT NULL,
    CONSTRAINT m_product_ch_value_key PRIMARY KEY (m_product_ch_value_id)
);

CREATE TABLE openbravo.m_product_check (
    m_product_check_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    original_documentno character varying(30),
    m_warehouse_id character varying(32) NOT NULL,
    c_orderline_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    qtyreturned numeric NOT NULL,
    isprocessed character(1) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    new_locator_id character varying(32),
    require_product_check character(1) NOT NULL,
    CONSTRAINT m_productcheck_key PRIMARY KEY (m_product_check_id)
);

CREATE TABLE openbravo.m_product_customer (
    m_product_customer_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    upc character varying(30),
    m_product_id character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    CONSTRAINT m_product_customer_key PRIMARY KEY (m_product_customer_id)
);

CREATE TABLE openbravo.m_product_media (
    m_product_media_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    media_type character varying(60) NOT NULL,
    seqno numeric(10,0) NOT NULL,
    url character varying(500) NOT NULL,
    media_size character varying(60) NOT NULL,
    preview_media_url character varying(500),
    CONSTRAINT m_product_media_key PRIMARY KEY (m_product_media_id)
);

CREATE TABLE openbravo.m_product_org (
    m_product_org_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_locator_id character varying(32),
    capacity numeric,
    delaymin numeric,
    mrp_planner_id character varying(32),
    mrp_planningmethod_id character varying(32),
    qtymax numeric,
    qtymin numeric,
    qtystd numeric,
    qtytype character varying(60),
    stockmin numeric,
    abc character varying(60),
    m_product_po_id character varying(32),
    maximumqty numeric,
    CONSTRAINT m_product_org_key PRIMARY KEY (m_product_org_id)
);

CREATE TABLE openbravo.m_product_po (
    m_product_po_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    c_bpartner_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    iscurrentvendor character(1) NOT NULL,
    c_uom_id character varying(32),
    c_currency_id character varying(32),
    pricelist numeric,
    pricepo numeric,
    priceeffective timestamp without time zone,
    pricelastpo numeric,
    pricelastinv numeric,
    vendorproductno character varying(40),
    upc character varying(20),
    vendorcategory character varying(30),
    discontinued character(1),
    discontinuedby timestamp without time zone,
    order_min numeric,
    order_pack numeric,
    costperorder numeric,
    deliverytime_promised numeric(10,0),
    deliverytime_actual numeric(10,0),
    qualityrating numeric,
    royaltyamt numeric,
    manufacturer character varying(30),
    capacity numeric,
    qtystd numeric,
    qtytype character varying(60),
    free_freight_min numeric,
    CONSTRAINT m_product_po_key PRIMARY KEY (m_product_po_id)
);

CREATE TABLE openbravo.m_product_service (
    m_product_service_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_related_product_id character varying(32) NOT NULL,
    multiplicator numeric,
    CONSTRAINT m_product_service_key PRIMARY KEY (m_product_service_id)
);

CREATE TABLE openbravo.m_product_servicelinked (
    m_product_servicelinked_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_product_category_id character varying(32) NOT NULL,
    c_taxcategory_id character varying(32) NOT NULL,
    CONSTRAINT m_product_servicelinked_key PRIMARY KEY (m_product_servicelinked_id)
);

CREATE TABLE openbravo.m_product_status (
    m_product_status_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    restrictsalefrombackend character(1) NOT NULL,
    restrictsaleoutofstock character(1) NOT NULL,
    restrictdistriborderissue character(1) NOT NULL,
    restrictpurchase character(1) NOT NULL,
    restrictmanufacture character(1) NOT NULL,
    restrictdistriborderreceipt character(1) NOT NULL,
    restrictsalefrompos character(1) NOT NULL,
    ad_module_id character varying(32) NOT NULL,
    seqno numeric(10,0),
    CONSTRAINT m_product_status_key PRIMARY KEY (m_product_status_id)
);

CREATE TABLE openbravo.m_product_subtype (
    m_product_subtype_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    pricecalculation character varying(60) NOT NULL,
    includedinproductprice character(1) NOT NULL,
    allocationtype character varying(60) NOT NULL,
    forcedinreturns character(1) NOT NULL,
    quantity_rule character varying(60) NOT NULL,
    islinkedtoproduct character(1) NOT NULL,
    CONSTRAINT m_product_subtype_key PRIMARY KEY (m_product_subtype_id)
);

CREATE TABLE openbravo.m_product_template (
    m_product_template_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_bpartner_id character varying(32),
    m_product_id character varying(32),
    qty numeric NOT NULL,
    type_template character varying(60),
    CONSTRAINT m_product_template_key PRIMARY KEY (m_product_template_id)
);

CREATE TABLE openbravo.m_product_uom (
    m_product_uom_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    c_uom_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    CONSTRAINT m_product_uom_key PRIMARY KEY (m_product_uom_id)
);

CREATE TABLE openbravo.m_production (
    m_production_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60),
    description character varying(255),
    movementdate timestamp without time zone NOT NULL,
    iscreated character(1) NOT NULL,
    posted character varying(60) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    ad_orgtrx_id character varying(32),
    c_project_id character varying(32),
    c_campaign_id character varying(32),
    c_activity_id character varying(32),
    user1_id character varying(32),
    user2_id character varying(32),
    documentno character varying(30),
    endtime timestamp without time zone,
    issotrx character(1) NOT NULL,
    starttime timestamp without time zone,
    validating character(1),
    c_costcenter_id character varying(32),
    a_asset_id character varying(32),
    m_productionbom_type_id character varying(32),
    ad_user_id character varying(32),
    CONSTRAINT m_production_key PRIMARY KEY (m_production_id)
);

CREATE TABLE openbravo.m_productionbom_type (
    m_productionbom_type_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    type character varying(60) NOT NULL,
    description character varying(255),
    allowquantitychange character(1) NOT NULL,
    allowproductchange character(1) NOT NULL,
    CONSTRAINT m_productionbom_type_pk PRIMARY KEY (m_productionbom_type_id)
);

CREATE TABLE openbravo.m_productionline (
    m_productionline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_productionplan_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    movementqty numeric NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    description character varying(255),
    m_attributesetinstance_id character varying(32),
    m_product_uom_id character varying(32),
    quantityorder numeric,
    c_uom_id character varying(32) NOT NULL,
    calculated character(1),
    productiontype character varying(60) NOT NULL,
    rejectedquantity numeric NOT NULL,
    calccost numeric,
    componentcost numeric,
    ma_wrphaseproduct_id character varying(32),
    divisiongroupqty numeric,
    confirmedqty numeric,
    CONSTRAINT m_productionline_key PRIMARY KEY (m_productionline_id)
);

CREATE TABLE openbravo.m_productionplan (
    m_productionplan_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_production_id character varying(32) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_product_id character varying(32),
    productionqty numeric NOT NULL,
    m_locator_id character varying(32),
    description character varying(255),
    conversionrate numeric,
    ma_costcenteruse numeric,
    ma_wrphase_id character varying(32),
    neededquantity numeric,
    processed character(1),
    rejectedquantity numeric,
    secondaryqty numeric(10,0),
    secondaryunit character varying(40),
    usedmaterial character(1),
    calccost numeric,
    ma_costcenter_version_id character varying(32),
    outsourced character(1),
    starttime timestamp without time zone,
    endtime timestamp without time zone,
    estimatedtime numeric NOT NULL,
    runtime numeric NOT NULL,
    closephase character(1) NOT NULL,
    validating character(1),
    productionplandate timestamp without time zone,
    m_productstock_id character varying(32),
    m_attributesetinstance_id character varying(32),
    CONSTRAINT m_productionplan_key PRIMARY KEY (m_productionplan_id)
);

CREATE TABLE openbravo.m_productprice (
    m_productprice_id character varying(32) NOT NULL,
    m_pricelist_version_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    pricelist numeric NOT NULL,
    pricestd numeric NOT NULL,
    pricelimit numeric NOT NULL,
    cost numeric NOT NULL,
    algorithm character varying(60) NOT NULL,
    CONSTRAINT m_productprice_key PRIMARY KEY (m_productprice_id)
);

CREATE TABLE openbravo.m_productprice_exc (
    m_productprice_exc_id character varying(32) NOT NULL,
    m_productprice_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    validfrom timestamp without time zone NOT NULL,
    validto timestamp without time zone NOT NULL,
    pricestd numeric NOT NULL,
    orgdepth numeric,
    pricelist numeric,
    CONSTRAINT m_productprice_exc_key PRIMARY KEY (m_productprice_exc_id)
);

CREATE TABLE openbravo.m_rappel (
    m_rappel_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    c_currency_id character varying(32),
    include_product character varying(60),
    include_product_category character varying(60),
    scaled character(1),
    CONSTRAINT m_rappel_key PRIMARY KEY (m_rappel_id)
);

CREATE TABLE openbravo.m_rappel_bpartner (
    m_rappel_bpartner_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_rappel_id character varying(32),
    c_bpartner_id character varying(32),
    issotrx character(1) NOT NULL,
    validfrom timestamp without time zone NOT NULL,
    validto timestamp without time zone,
    seqno numeric(10,0),
    generateinvoice character(1),
    CONSTRAINT m_rappel_bpartner_key PRIMARY KEY (m_rappel_bpartner_id)
);

CREATE TABLE openbravo.m_rappel_invoice (
    m_rappel_invoice_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_rappel_bpartner_id character varying(32),
    c_invoice_id character varying(32),
    seqno numeric(10,0),
    CONSTRAINT m_rappel_invoice_key PRIMARY KEY (m_rappel_invoice_id)
);

CREATE TABLE openbravo.m_rappel_product (
    m_rappel_product_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_rappel_id character varying(32),
    m_product_id character varying(32),
    CONSTRAINT m_rappel_product_key PRIMARY KEY (m_rappel_product_id)
);

CREATE TABLE openbravo.m_rappel_productcategory (
    m_rappel_productcategory_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_rappel_id character varying(32),
    m_product_category_id character varying(32),
    CONSTRAINT m_rappel_productcategory_key PRIMARY KEY (m_rappel_productcategory_id)
);

CREATE TABLE openbravo.m_rappel_scale (
    m_rappel_scale_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_rappel_id character varying(32),
    discount numeric,
    amnt_from numeric,
    amnt_to numeric,
    CONSTRAINT m_rappel_scale_key PRIMARY KEY (m_rappel_scale_id)
);

CREATE TABLE openbravo.m_refinventory (
    m_refinventory_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_refinventory_type_id character varying(32) NOT NULL,
    value character varying(30) NOT NULL,
    box character(1) NOT NULL,
    unbox character(1) NOT NULL,
    parent_refinventory_id character varying(32),
    status character varying(60) NOT NULL,
    change_status character(1),
    CONSTRAINT m_refinventory_key PRIMARY KEY (m_refinventory_id)
);

CREATE TABLE openbravo.m_refinventory_type (
    m_refinventory_type_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    isshared character(1) NOT NULL,
    ad_sequence_id character varying(32),
    sequencetype character varying(60) NOT NULL,
    content_restriction character varying(60) NOT NULL,
    CONSTRAINT m_refinventory_type_key PRIMARY KEY (m_refinventory_type_id)
);

CREATE TABLE openbravo.m_refinventory_type_orgseq (
    m_refinventory_type_orgseq_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    description character varying(255),
    ad_sequence_id character varying(32) NOT NULL,
    m_refinventory_type_id character varying(32) NOT NULL,
    CONSTRAINT m_refinv_type_orgsq_key PRIMARY KEY (m_refinventory_type_orgseq_id)
);

CREATE TABLE openbravo.m_requisition (
    m_requisition_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    description character varying(255),
    documentno character varying(30) NOT NULL,
    c_bpartner_id character varying(32),
    m_pricelist_id character varying(32),
    c_currency_id character varying(32),
    createpo character(1) NOT NULL,
    docstatus character varying(60) NOT NULL,
    docaction character varying(60) NOT NULL,
    processed character(1) NOT NULL,
    ad_user_id character varying(32) NOT NULL,
    processing character(1) NOT NULL,
    m_warehouse_receipt_id character varying(32),
    process_requisition character varying(60),
    CONSTRAINT m_requisition_key PRIMARY KEY (m_requisition_id)
);

CREATE TABLE openbravo.m_requisitionline (
    m_requisitionline_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_requisition_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    qty numeric NOT NULL,
    pricelist numeric,
    linenetamt numeric,
    c_bpartner_id character varying(32),
    c_uom_id character varying(32),
    m_product_uom_id character varying(32),
    quantityorder numeric,
    m_attributesetinstance_id character varying(32),
    reqstatus character varying(60) NOT NULL,
    orderedqty numeric NOT NULL,
    description character varying(255),
    changestatus character(1),
    internalnotes character varying(255),
    suppliernotes character varying(255),
    dateplanned timestamp without time zone,
    needbydate timestamp without time zone NOT NULL,
    priceactual numeric,
    discount numeric,
    c_currency_id character varying(32),
    lockedby character varying(32),
    lockqty numeric,
    lockprice numeric,
    m_pricelist_id character varying(32),
    lockdate timestamp without time zone,
    lockcause character varying(60),
    line numeric(10,0) NOT NULL,
    gross_unit_price numeric,
    gross_amt numeric,
    c_aum character varying(32),
    aumqty numeric,
    lockaumqty numeric,
    default_action character varying(60),
    CONSTRAINT m_requisitionline_key PRIMARY KEY (m_requisitionline_id)
);

CREATE TABLE openbravo.m_requisitionorder (
    m_requisitionorder_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    m_requisitionline_id character varying(32) NOT NULL,
    c_orderline_id character varying(32) NOT NULL,
    qty numeric NOT NULL,
    CONSTRAINT m_requisitionorder_key PRIMARY KEY (m_requisitionorder_id)
);

CREATE TABLE openbravo.m_reservation (
    m_reservation_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    quantity numeric NOT NULL,
    c_uom_id character varying(32) NOT NULL,
    c_orderline_id character varying(32),
    ad_user_id character varying(32),
    c_bpartner_id character varying(32),
    m_warehouse_id character varying(32),
    m_attributesetinstance_id character varying(32),
    m_locator_id character varying(32),
    reservedqty numeric,
    releasedqty numeric,
    res_status character varying(60),
    res_process character varying(60),
    managereservation_pe character(1),
    reservedgoodmnt_pe character(1) NOT NULL,
    CONSTRAINT m_reservation_key PRIMARY KEY (m_reservation_id)
);

CREATE TABLE openbravo.m_reservation_stock (
    m_reservation_stock_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_reservation_id character varying(32) NOT NULL,
    c_orderline_id character varying(32),
    quantity numeric NOT NULL,
    isallocated character(1) NOT NULL,
    m_locator_id character varying(32),
    m_attributesetinstance_id character varying(32) NOT NULL,
    releasedqty numeric,
    CONSTRAINT m_reservation_stock_key PRIMARY KEY (m_reservation_stock_id)
);

CREATE TABLE openbravo.m_return_bin (
    m_return_bin_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_warehouse_id character varying(32) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    require_product_check character(1) NOT NULL,
    CONSTRAINT m_return_bin_key PRIMARY KEY (m_return_bin_id)
);

CREATE TABLE openbravo.m_sernoctl (
    m_sernoctl_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    startno numeric(10,0) NOT NULL,
    incrementno numeric(10,0) NOT NULL,
    currentnext numeric(10,0) NOT NULL,
    prefix character varying(10),
    suffix character varying(10),
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    CONSTRAINT m_sernoctl_key PRIMARY KEY (m_sernoctl_id)
);

CREATE TABLE openbravo.m_servicepricerule (
    m_servicepricerule_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    ruletype character varying(60) NOT NULL,
    afterdiscounts character(1) NOT NULL,
    percentage numeric NOT NULL,
    CONSTRAINT m_servicepricerule_key PRIMARY KEY (m_servicepricerule_id)
);

CREATE TABLE openbravo.m_servicepricerule_range (
    m_servicepricerule_range_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_servicepricerule_id character varying(32) NOT NULL,
    m_pricelist_id character varying(32),
    amountupto numeric,
    ruletype character varying(60) NOT NULL,
    percentage numeric NOT NULL,
    afterdiscounts character(1) NOT NULL,
    CONSTRAINT m_servicepricerule_range_key PRIMARY KEY (m_servicepricerule_range_id)
);

CREATE TABLE openbravo.m_servicepricerule_version (
    m_servicepricerule_version_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_servicepricerule_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    validfrom timestamp without time zone NOT NULL,
    m_relatedproduct_id character varying(32),
    m_relatedproductcategory_id character varying(32),
    CONSTRAINT m_servicepricerule_version_key PRIMARY KEY (m_servicepricerule_version_id)
);

CREATE TABLE openbravo.m_shipper (
    m_shipper_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    c_bpartner_id character varying(32),
    CONSTRAINT m_shipper_key PRIMARY KEY (m_shipper_id)
);

CREATE TABLE openbravo.m_stock_aux (
    m_stock_aux_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    quantity numeric NOT NULL,
    m_storage_detail_id character varying(32) NOT NULL,
    aux_id character varying(32),
    ad_table_id character varying(32),
    line numeric(10,0),
    qtyorder numeric,
    CONSTRAINT m_stock_aux_key PRIMARY KEY (m_stock_aux_id)
);

CREATE TABLE openbravo.m_stock_proposed (
    m_stock_proposed_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    ad_pinstance_id character varying(32) NOT NULL,
    priority numeric NOT NULL,
    quantity numeric NOT NULL,
    m_storage_detail_id character varying(32) NOT NULL,
    qtyorder numeric,
    isfinal character(1),
    CONSTRAINT m_stock_proposed_key PRIMARY KEY (m_stock_proposed_id)
);

CREATE TABLE openbravo.m_stock_valuation (
    m_stock_valuation_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    stock numeric,
    stock_valuation numeric,
    m_warehouse_id character varying(32),
    m_product_id character varying(32) NOT NULL,
    unit_price numeric,
    CONSTRAINT m_stock_valuation_key PRIMARY KEY (m_stock_valuation_id)
);

CREATE TABLE openbravo.m_storage_detail (
    m_product_id character varying(32) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    m_attributesetinstance_id character varying(32) NOT NULL,
    c_uom_id character varying(32) NOT NULL,
    m_product_uom_id character varying(32),
    qtyonhand numeric NOT NULL,
    qtyorderonhand numeric,
    datelastinventory timestamp without time zone,
    preqtyonhand numeric,
    preqtyorderonhand numeric,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_storage_detail_id character varying(32) NOT NULL,
    reservedqty numeric NOT NULL,
    allocatedqty numeric NOT NULL,
    m_refinventory_id character varying(32),
    CONSTRAINT m_storage_detail_key PRIMARY KEY (m_storage_detail_id)
);

CREATE TABLE openbravo.m_storage_pending (
    m_product_id character varying(32) NOT NULL,
    m_warehouse_id character varying(32) NOT NULL,
    m_attributesetinstance_id character varying(32),
    c_uom_id character varying(32) NOT NULL,
    m_product_uom_id character varying(32),
    qtyreserved numeric NOT NULL,
    qtyorderreserved numeric,
    qtyordered numeric,
    qtyorderordered numeric,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_storage_pending_id character varying(32) NOT NULL,
    CONSTRAINT m_storage_pending_key PRIMARY KEY (m_storage_pending_id)
);

CREATE TABLE openbravo.m_substitute (
    m_substitute_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    substitute_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60),
    CONSTRAINT m_substitute_key PRIMARY KEY (m_substitute_id)
);

CREATE TABLE openbravo.m_transaction (
    m_transaction_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    movementtype character varying(60) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    movementdate timestamp without time zone NOT NULL,
    movementqty numeric NOT NULL,
    m_inventoryline_id character varying(32),
    m_movementline_id character varying(32),
    m_inoutline_id character varying(32),
    m_productionline_id character varying(32),
    c_projectissue_id character varying(32),
    m_attributesetinstance_id character varying(32) NOT NULL,
    m_product_uom_id character varying(32),
    quantityorder numeric,
    c_uom_id character varying(32) NOT NULL,
    m_internal_consumptionline_id character varying(32),
    transactioncost numeric,
    trxprocessdate timestamp without time zone NOT NULL,
    m_costing_algorithm_id character varying(32),
    iscostcalculated character(1) NOT NULL,
    c_currency_id character varying(32),
    costing_status character varying(60) NOT NULL,
    checkreservedqty character(1),
    isprocessed character(1) NOT NULL,
    checkpricedifference character(1) NOT NULL,
    manualcostadjustment character(1),
    iscostpermanent character(1) NOT NULL,
    CONSTRAINT m_transaction_key PRIMARY KEY (m_transaction_id)
);

CREATE TABLE openbravo.m_transaction_cost (
    m_transaction_cost_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    m_transaction_id character varying(32) NOT NULL,
    cost numeric NOT NULL,
    costdate timestamp without time zone NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    m_costadjustmentline_id character varying(32),
    isunitcost character(1) NOT NULL,
    dateacct timestamp without time zone NOT NULL,
    CONSTRAINT m_transaction_cost_key PRIMARY KEY (m_transaction_cost_id)
);

CREATE TABLE openbravo.m_transaction_last (
    m_transaction_last_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    m_transaction_id character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_warehouse_id character varying(32),
    CONSTRAINT m_transaction_last_key PRIMARY KEY (m_transaction_last_id)
);

CREATE TABLE openbravo.m_valued_stock_agg (
    m_valued_stock_agg_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_product_id character varying(32) NOT NULL,
    m_locator_id character varying(32) NOT NULL,
    c_uom_id character varying(32) NOT NULL,
    c_period_id character varying(32),
    datefrom timestamp without time zone NOT NULL,
    dateto timestamp without time zone NOT NULL,
    stock numeric NOT NULL,
    valuation numeric NOT NULL,
    c_currency_id character varying(32) NOT NULL,
    m_costing_rule_id character varying(32),
    CONSTRAINT m_valued_stock_agg_key PRIMARY KEY (m_valued_stock_agg_id)
);

CREATE TABLE openbravo.m_warehouse (
    m_warehouse_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    value character varying(40) NOT NULL,
    name character varying(60) NOT NULL,
    description character varying(255),
    c_location_id character varying(32) NOT NULL,
    separator character(1) NOT NULL,
    isshipper character(1),
    shippercode character varying(20),
    fromdocumentno numeric(10,0),
    todocumentno numeric(10,0),
    m_returnlocator_id character varying(32),
    m_warehouse_rule_id character varying(32),
    isallocated character(1) NOT NULL,
    return_to_bin character varying(60),
    CONSTRAINT m_warehouse_key PRIMARY KEY (m_warehouse_id)
);

CREATE TABLE openbravo.m_warehouse_rule (
    m_warehouse_rule_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    name character varying(60) NOT NULL,
    procedurename character varying(60) NOT NULL,
    description character varying(2000),
    type character varying(60) NOT NULL,
    CONSTRAINT m_warehouse_rule_key PRIMARY KEY (m_warehouse_rule_id)
);

CREATE TABLE openbravo.m_warehouse_shipper (
    m_warehouse_shipper_id character varying(32) NOT NULL,
    ad_client_id character varying(32) NOT NULL,
    ad_org_id character varying(32) NOT NULL,
    isactive character(1) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby character varying(32) NOT NULL,
    updated timestamp without time zone NOT NULL,
    updatedby character varying(32) NOT NULL,
    m_warehouse_id character varying(32),
    c_bpartner_id character varying(32),
    seqno numeric(10,0),
    CONSTRAINT m_warehouse_shipper_key PRIMARY KEY (m_warehouse_shipper_id)
);

ALTER TABLE openbravo.ad_client ADD CONSTRAINT ad_client_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.ad_client ADD CONSTRAINT ad_client_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_client ADD CONSTRAINT ad_client_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_businessunit_org FOREIGN KEY (ad_businessunit_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_c_calendar FOREIGN KEY (c_calendar_id) REFERENCES openbravo.c_calendar (c_calendar_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_calendarowner_org FOREIGN KEY (ad_calendarowner_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_groupbusinessunit_org FOREIGN KEY (ad_groupbusinessunit_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_inheritedcalendar FOREIGN KEY (ad_inheritedcalendar_id) REFERENCES openbravo.c_calendar (c_calendar_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_legalentity_org FOREIGN KEY (ad_legalentity_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_org ADD CONSTRAINT ad_org_periodcntrlallowed_org FOREIGN KEY (ad_periodcontrolallowed_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_ad_orgtrx FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id) ON DELETE CASCADE;
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_c_bpartner_location FOREIGN KEY (c_bpartner_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_c_greeting FOREIGN KEY (c_greeting_id) REFERENCES openbravo.c_greeting (c_greeting_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_default_ad_client FOREIGN KEY (default_ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_default_ad_org FOREIGN KEY (default_ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_default_m_warehouse FOREIGN KEY (default_m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.ad_user ADD CONSTRAINT ad_user_supervisor FOREIGN KEY (supervisor_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_activity ADD CONSTRAINT c_activity_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_activity ADD CONSTRAINT c_activity_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bank ADD CONSTRAINT c_bank_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bank ADD CONSTRAINT c_bank_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bank ADD CONSTRAINT c_bank_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_bank ADD CONSTRAINT c_bank_c_country FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_bank ADD CONSTRAINT c_bank_c_location FOREIGN KEY (c_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.c_bp_bankaccount ADD CONSTRAINT c_bp_bankaccount_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bp_bankaccount ADD CONSTRAINT c_bp_bankaccount_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bp_bankaccount ADD CONSTRAINT c_bp_bankaccount_ad_user FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_bp_bankaccount ADD CONSTRAINT c_bp_bankaccount_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_bp_bankaccount ADD CONSTRAINT c_bp_bankaccount_c_country FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_bp_group ADD CONSTRAINT c_bp_group_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bp_group ADD CONSTRAINT c_bp_group_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bp_salcategory ADD CONSTRAINT c_bp_salcategory_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bp_salcategory ADD CONSTRAINT c_bp_salcategory_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bp_salcategory ADD CONSTRAINT c_bp_salcategory_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_bp_set ADD CONSTRAINT c_bp_set_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bp_set ADD CONSTRAINT c_bp_set_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bp_set_line ADD CONSTRAINT c_bp_set_line_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bp_set_line ADD CONSTRAINT c_bp_set_line_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bp_set_line ADD CONSTRAINT c_bp_set_line_bp FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_bp_set_line ADD CONSTRAINT c_bp_set_line_bp_set FOREIGN KEY (c_bp_set_id) REFERENCES openbravo.c_bp_set (c_bp_set_id);
ALTER TABLE openbravo.c_bp_taxcategory ADD CONSTRAINT c_bp_taxcategory_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bp_taxcategory ADD CONSTRAINT c_bp_taxcategory_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bp_withholding ADD CONSTRAINT c_bp_withholding_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bp_withholding ADD CONSTRAINT c_bp_withholding_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bp_withholding ADD CONSTRAINT c_bp_withholding_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_bp_withholding ADD CONSTRAINT c_bp_withholding_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_bp_withholding ADD CONSTRAINT c_bp_withholding_c_withholding FOREIGN KEY (c_withholding_id) REFERENCES openbravo.c_withholding (c_withholding_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_ad_forced_org FOREIGN KEY (ad_forced_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_bpartner_parent FOREIGN KEY (bpartner_parent_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_c_bp_group FOREIGN KEY (c_bp_group_id) REFERENCES openbravo.c_bp_group (c_bp_group_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_c_bpartner FOREIGN KEY (salesrep_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_c_country FOREIGN KEY (nationality) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_c_greeting FOREIGN KEY (c_greeting_id) REFERENCES openbravo.c_greeting (c_greeting_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_c_invoiceschedule FOREIGN KEY (c_invoiceschedule_id) REFERENCES openbravo.c_invoiceschedule (c_invoiceschedule_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_c_paymentterm FOREIGN KEY (c_paymentterm_id) REFERENCES openbravo.c_paymentterm (c_paymentterm_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_currency FOREIGN KEY (bp_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_fin_finacc FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_fin_paymentmethod FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_m_pricelist FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id) ON DELETE SET NULL;
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_po_bp_taxcategory FOREIGN KEY (po_bp_taxcategory_id) REFERENCES openbravo.c_bp_taxcategory (c_bp_taxcategory_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_po_finacc FOREIGN KEY (po_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_po_paymentmethod FOREIGN KEY (po_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_po_paymentterm FOREIGN KEY (po_paymentterm_id) REFERENCES openbravo.c_paymentterm (c_paymentterm_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_po_pricelist FOREIGN KEY (po_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id) ON DELETE SET NULL;
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_bpartner_so_bp_taxcategory FOREIGN KEY (so_bp_taxcategory_id) REFERENCES openbravo.c_bp_taxcategory (c_bp_taxcategory_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_incoterms_cbpartner_po FOREIGN KEY (po_c_incoterms_id) REFERENCES openbravo.c_incoterms (c_incoterms_id);
ALTER TABLE openbravo.c_bpartner ADD CONSTRAINT c_incoterms_cbpartner_so FOREIGN KEY (so_c_incoterms_id) REFERENCES openbravo.c_incoterms (c_incoterms_id);
ALTER TABLE openbravo.c_bpartner_discount ADD CONSTRAINT c_bpartner_discount_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bpartner_discount ADD CONSTRAINT c_bpartner_discount_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_bpartner_discount ADD CONSTRAINT c_bpartner_discount_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_bpartner_discount ADD CONSTRAINT c_bpartner_discount_c_discount FOREIGN KEY (c_discount_id) REFERENCES openbravo.c_discount (c_discount_id);
ALTER TABLE openbravo.c_bpartner_location ADD CONSTRAINT c_bpartner_location_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_bpartner_location ADD CONSTRAINT c_bpartner_location_c_location FOREIGN KEY (c_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.c_bpartner_location ADD CONSTRAINT c_bpartner_location_c_salesreg FOREIGN KEY (c_salesregion_id) REFERENCES openbravo.c_salesregion (c_salesregion_id) ON DELETE SET NULL;
ALTER TABLE openbravo.c_bpartner_location ADD CONSTRAINT c_buspartner_locationclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_bpartner_location ADD CONSTRAINT c_buspartner_locationorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_calendar ADD CONSTRAINT c_calendarclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_calendar ADD CONSTRAINT c_calendarorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_campaign ADD CONSTRAINT c_campaign_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_campaign ADD CONSTRAINT c_campaign_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_charge ADD CONSTRAINT c_charge_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_charge ADD CONSTRAINT c_charge_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_charge ADD CONSTRAINT c_charge_c_taxcategory FOREIGN KEY (c_taxcategory_id) REFERENCES openbravo.c_taxcategory (c_taxcategory_id);
ALTER TABLE openbravo.c_city ADD CONSTRAINT c_city_c_country FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_city ADD CONSTRAINT c_city_c_region FOREIGN KEY (c_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.c_city ADD CONSTRAINT c_cityclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_city ADD CONSTRAINT c_cityorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_commission ADD CONSTRAINT c_commission_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_commission ADD CONSTRAINT c_commission_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_commission ADD CONSTRAINT c_commission_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_commission ADD CONSTRAINT c_commission_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_commission ADD CONSTRAINT m_product_ccommission FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.c_commissionamt ADD CONSTRAINT c_commissionamt_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_commissionamt ADD CONSTRAINT c_commissionamt_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_commissionamt ADD CONSTRAINT c_commissionamt_c_commissionli FOREIGN KEY (c_commissionline_id) REFERENCES openbravo.c_commissionline (c_commissionline_id);
ALTER TABLE openbravo.c_commissionamt ADD CONSTRAINT c_commissionamt_c_commissionru FOREIGN KEY (c_commissionrun_id) REFERENCES openbravo.c_commissionrun (c_commissionrun_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_commissiondetail ADD CONSTRAINT c_commissiondetail_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_commissiondetail ADD CONSTRAINT c_commissiondetail_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_commissiondetail ADD CONSTRAINT c_commissiondetail_c_commissio FOREIGN KEY (c_commissionamt_id) REFERENCES openbravo.c_commissionamt (c_commissionamt_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_commissiondetail ADD CONSTRAINT c_commissiondetail_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_commissiondetail ADD CONSTRAINT c_commissiondetail_c_invoiceli FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id);
ALTER TABLE openbravo.c_commissiondetail ADD CONSTRAINT c_commissiondetail_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_c_bp_group FOREIGN KEY (c_bp_group_id) REFERENCES openbravo.c_bp_group (c_bp_group_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_c_commission FOREIGN KEY (c_commission_id) REFERENCES openbravo.c_commission (c_commission_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_c_salesregion FOREIGN KEY (c_salesregion_id) REFERENCES openbravo.c_salesregion (c_salesregion_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_m_product_cat FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.c_commissionline ADD CONSTRAINT c_commissionline_org FOREIGN KEY (org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_commissionrun ADD CONSTRAINT c_commissionrun_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_commissionrun ADD CONSTRAINT c_commissionrun_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_commissionrun ADD CONSTRAINT c_commissionrun_c_commission FOREIGN KEY (c_commission_id) REFERENCES openbravo.c_commission (c_commission_id);
ALTER TABLE openbravo.c_commissionrun ADD CONSTRAINT c_invoice_ccommissionrun FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_conversion_rate ADD CONSTRAINT c_conversion_rate_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_conversion_rate ADD CONSTRAINT c_conversion_rateclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_conversion_rate ADD CONSTRAINT c_conversion_rateorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_conversion_rate ADD CONSTRAINT c_currencyconvrateto FOREIGN KEY (c_currency_id_to) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_conversionratedoc_txn FOREIGN KEY (aprm_finacc_transaction_v_id) REFERENCES openbravo.fin_finacc_transaction (fin_finacc_transaction_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_conversionratedoc_txn2 FOREIGN KEY (fin_finacc_transaction_id) REFERENCES openbravo.fin_finacc_transaction (fin_finacc_transaction_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_currencyratedoc_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_currencyratedoc_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_currencyratedoc_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_currencyratedocinv FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_currencyratedocpay FOREIGN KEY (fin_payment_id) REFERENCES openbravo.fin_payment (fin_payment_id);
ALTER TABLE openbravo.c_conversion_rate_document ADD CONSTRAINT c_currencyratedocrateto FOREIGN KEY (c_currency_id_to) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_costcenter ADD CONSTRAINT c_costcenter_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_costcenter ADD CONSTRAINT c_costcenter_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_country ADD CONSTRAINT c_country_c_country FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_country ADD CONSTRAINT c_country_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_country ADD CONSTRAINT c_countryclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_country ADD CONSTRAINT c_countryorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_currency ADD CONSTRAINT c_currencyclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_currency ADD CONSTRAINT c_currencyorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_discount ADD CONSTRAINT c_discount_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_discount ADD CONSTRAINT c_discount_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_discount ADD CONSTRAINT c_discount_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctype_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctype_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctype_c_doctype FOREIGN KEY (c_doctype_reversed_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctype_c_doctypeinvoice FOREIGN KEY (c_doctypeinvoice_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctype_c_doctypeorder FOREIGN KEY (c_doctypeorder_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctype_c_doctypeshipment FOREIGN KEY (c_doctypeshipment_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctype_c_dtsubsinv_id_fkey FOREIGN KEY (c_doctypesubsinvoice_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctypeaggrinvoice FOREIGN KEY (c_doctypeaggrinvoice_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_doctype ADD CONSTRAINT c_doctypesimpinvoice FOREIGN KEY (c_doctypesimpinvoice_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_glitem ADD CONSTRAINT c_glitem_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_glitem ADD CONSTRAINT c_glitem_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_glitem ADD CONSTRAINT c_glitem_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_glitem ADD CONSTRAINT c_glitem_c_taxcategory FOREIGN KEY (c_taxcategory_id) REFERENCES openbravo.c_taxcategory (c_taxcategory_id);
ALTER TABLE openbravo.c_glitem ADD CONSTRAINT c_glitem_c_withholding FOREIGN KEY (c_withholding_id) REFERENCES openbravo.c_withholding (c_withholding_id);
ALTER TABLE openbravo.c_greeting ADD CONSTRAINT c_greeting_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_greeting ADD CONSTRAINT c_greeting_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_incoterms ADD CONSTRAINT c_incoterms_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_incoterms ADD CONSTRAINT c_incoterms_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_bplocation_cinvoice FOREIGN KEY (c_bpartner_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_ad_orgtrx FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_ad_user FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_alternate_location FOREIGN KEY (c_alternate_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_charge FOREIGN KEY (c_charge_id) REFERENCES openbravo.c_charge (c_charge_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_doctypetarget FOREIGN KEY (c_doctypetarget_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_order FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_paymentterm FOREIGN KEY (c_paymentterm_id) REFERENCES openbravo.c_paymentterm (c_paymentterm_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_subsinvoice FOREIGN KEY (c_substitutiveinvoice_id) REFERENCES openbravo.c_substitutiveinvoice (c_substitutiveinvoice_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_c_withholding FOREIGN KEY (c_withholding_id) REFERENCES openbravo.c_withholding (c_withholding_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_fin_paymentmethod FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_m_pricelist FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT c_invoice_salesrep FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_invoice ADD CONSTRAINT fin_invoice_payment_priority FOREIGN KEY (fin_payment_priority_id) REFERENCES openbravo.fin_payment_priority (fin_payment_priority_id);
ALTER TABLE openbravo.c_invoice_discount ADD CONSTRAINT c_invoice_discount_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoice_discount ADD CONSTRAINT c_invoice_discount_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoice_discount ADD CONSTRAINT c_invoice_discount_c_discount FOREIGN KEY (c_discount_id) REFERENCES openbravo.c_discount (c_discount_id);
ALTER TABLE openbravo.c_invoice_discount ADD CONSTRAINT c_invoice_discount_c_invoice FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_invoice_reverse ADD CONSTRAINT c_invoice_reverse_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoice_reverse ADD CONSTRAINT c_invoice_reverse_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoice_reverse ADD CONSTRAINT c_invoice_reverse_c_invoice FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_invoice_reverse ADD CONSTRAINT c_invoice_reverse_reversed_c_i FOREIGN KEY (reversed_c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_bomparentid FOREIGN KEY (bom_parent_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_aum FOREIGN KEY (c_aum) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_charge FOREIGN KEY (c_charge_id) REFERENCES openbravo.c_charge (c_charge_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_glitem FOREIGN KEY (account_id) REFERENCES openbravo.c_glitem (c_glitem_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_invoice FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_invoice_discou FOREIGN KEY (c_invoice_discount_id) REFERENCES openbravo.c_invoice_discount (c_invoice_discount_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_period FOREIGN KEY (c_period_id) REFERENCES openbravo.c_period (c_period_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_subsinvoice FOREIGN KEY (c_substitutiveinvoice_id) REFERENCES openbravo.c_substitutiveinvoice (c_substitutiveinvoice_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_m_attributesetin FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_m_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id) ON DELETE SET NULL;
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_m_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.c_invoiceline ADD CONSTRAINT c_invoiceline_salesrep FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctd_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctd_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctd_cost FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctd_fk_camp FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctd_fk_invline FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctd_fk_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctd_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctdimension_a1 FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoiceline_acctdimension ADD CONSTRAINT c_invoiceline_acctdimension_ad FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoiceline_offer ADD CONSTRAINT c_invoiceline_offer_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoiceline_offer ADD CONSTRAINT c_invoiceline_offer_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoiceline_offer ADD CONSTRAINT c_invoiceline_offer_c_invoicel FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_invoiceline_offer ADD CONSTRAINT c_invoiceline_offer_m_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.c_invoicelinetax ADD CONSTRAINT c_invoicelinetax_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoicelinetax ADD CONSTRAINT c_invoicelinetax_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoicelinetax ADD CONSTRAINT c_invoicelinetax_c_invoice FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_invoicelinetax ADD CONSTRAINT c_invoicelinetax_c_invoiceline FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_invoicelinetax ADD CONSTRAINT c_invoicelinetax_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_invoiceschedule ADD CONSTRAINT c_invoiceschedule_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoiceschedule ADD CONSTRAINT c_invoiceschedule_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoicetax ADD CONSTRAINT c_invoicetax_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoicetax ADD CONSTRAINT c_invoicetax_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoicetax ADD CONSTRAINT c_invoicetax_c_invoice FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.c_invoicetax ADD CONSTRAINT c_invoicetax_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_invoicetax_cashvat ADD CONSTRAINT c_invoicetaxcashvat_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_invoicetax_cashvat ADD CONSTRAINT c_invoicetaxcashvat_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_invoicetax_cashvat ADD CONSTRAINT c_invoicetaxcashvat_c_invtax FOREIGN KEY (c_invoicetax_id) REFERENCES openbravo.c_invoicetax (c_invoicetax_id);
ALTER TABLE openbravo.c_invoicetax_cashvat ADD CONSTRAINT c_invoicetaxcashvat_fpd FOREIGN KEY (fin_payment_detail_id) REFERENCES openbravo.fin_payment_detail (fin_payment_detail_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_location ADD CONSTRAINT c_country_location FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_location ADD CONSTRAINT c_location_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_location ADD CONSTRAINT c_location_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_location ADD CONSTRAINT c_location_c_city FOREIGN KEY (c_city_id) REFERENCES openbravo.c_city (c_city_id);
ALTER TABLE openbravo.c_location ADD CONSTRAINT c_region_location FOREIGN KEY (c_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.c_nonbusinessday ADD CONSTRAINT c_calendarnonbusinessday FOREIGN KEY (c_calendar_id) REFERENCES openbravo.c_calendar (c_calendar_id);
ALTER TABLE openbravo.c_nonbusinessday ADD CONSTRAINT c_nonbusinesdaysclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_nonbusinessday ADD CONSTRAINT c_nonbusinesdaysorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_doctype_corder FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_ad_orgtrx FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_ad_user FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_alternate_location FOREIGN KEY (c_alternate_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_billto FOREIGN KEY (billto_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_bpartner_location FOREIGN KEY (delivery_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_bpartner_location1 FOREIGN KEY (c_bpartner_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_charge FOREIGN KEY (c_charge_id) REFERENCES openbravo.c_charge (c_charge_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_doctypetarget FOREIGN KEY (c_doctypetarget_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_incoterms FOREIGN KEY (c_incoterms_id) REFERENCES openbravo.c_incoterms (c_incoterms_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_paymentterm FOREIGN KEY (c_paymentterm_id) REFERENCES openbravo.c_paymentterm (c_paymentterm_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_c_return_reason FOREIGN KEY (c_return_reason_id) REFERENCES openbravo.c_return_reason (c_return_reason_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_dropship_bpartner FOREIGN KEY (dropship_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_dropship_location FOREIGN KEY (dropship_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_dropship_user FOREIGN KEY (dropship_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_fin_paymentmethod FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_invoice_alternate_loc FOREIGN KEY (c_invoice_alternate_loc_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_m_pricelist FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_m_shipper FOREIGN KEY (m_shipper_id) REFERENCES openbravo.m_shipper (m_shipper_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_quotation FOREIGN KEY (quotation_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_reject_reason FOREIGN KEY (c_reject_reason_id) REFERENCES openbravo.c_reject_reason (c_reject_reason_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT c_order_salesrep FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_order ADD CONSTRAINT fin_order_payment_priority FOREIGN KEY (fin_payment_priority_id) REFERENCES openbravo.fin_payment_priority (fin_payment_priority_id);
ALTER TABLE openbravo.c_order_discount ADD CONSTRAINT c_order_discount_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_order_discount ADD CONSTRAINT c_order_discount_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_order_discount ADD CONSTRAINT c_order_discount_c_discount FOREIGN KEY (c_discount_id) REFERENCES openbravo.c_discount (c_discount_id);
ALTER TABLE openbravo.c_order_discount ADD CONSTRAINT c_order_discount_c_order FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.c_order_replacement ADD CONSTRAINT c_order_replacement_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_order_replacement ADD CONSTRAINT c_order_replacement_order FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.c_order_replacement ADD CONSTRAINT c_order_replacement_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_order_replacement ADD CONSTRAINT c_replacement_replacement FOREIGN KEY (c_replacement_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_bomparentid FOREIGN KEY (bom_parent_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_aum FOREIGN KEY (c_aum) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_bpartner_locatio FOREIGN KEY (c_bpartner_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_charge FOREIGN KEY (c_charge_id) REFERENCES openbravo.c_charge (c_charge_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_order FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_order_discount FOREIGN KEY (c_order_discount_id) REFERENCES openbravo.c_order_discount (c_order_discount_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_return_reason FOREIGN KEY (c_return_reason_id) REFERENCES openbravo.c_return_reason (c_return_reason_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_m_attributesetinst FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_m_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_m_shipper FOREIGN KEY (m_shipper_id) REFERENCES openbravo.m_shipper (m_shipper_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_quotation FOREIGN KEY (quotationline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_salesrep FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_soporef FOREIGN KEY (ref_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_orderline ADD CONSTRAINT c_orderline_warehouserule FOREIGN KEY (m_warehouse_rule_id) REFERENCES openbravo.m_warehouse_rule (m_warehouse_rule_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctd_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctd_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctd_cost FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctd_fk_camp FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctd_fk_ordline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctd_fk_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctd_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctdimension_a1 FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_orderline_acctdimension ADD CONSTRAINT c_orderline_acctdimension_ad FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_orderline_offer ADD CONSTRAINT c_orderline_offer_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_orderline_offer ADD CONSTRAINT c_orderline_offer_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_orderline_offer ADD CONSTRAINT c_orderline_offer_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_orderline_offer ADD CONSTRAINT c_orderline_offer_m_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.c_orderline_servicerelation ADD CONSTRAINT c_orderline_servicerel_ad_cli FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_orderline_servicerelation ADD CONSTRAINT c_orderline_servicerel_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_orderline_servicerelation ADD CONSTRAINT c_orderline_servicerel_ord FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_orderline_servicerelation ADD CONSTRAINT c_orderline_servicerel_rel_ord FOREIGN KEY (c_orderline_related_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.c_orderlinetax ADD CONSTRAINT c_orderlinetax_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_orderlinetax ADD CONSTRAINT c_orderlinetax_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_orderlinetax ADD CONSTRAINT c_orderlinetax_c_order FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_orderlinetax ADD CONSTRAINT c_orderlinetax_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_orderlinetax ADD CONSTRAINT c_orderlinetax_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_ordertax ADD CONSTRAINT c_ordertax_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_ordertax ADD CONSTRAINT c_ordertax_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_ordertax ADD CONSTRAINT c_ordertax_c_order FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.c_ordertax ADD CONSTRAINT c_ordertax_c_tax FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_paymentterm ADD CONSTRAINT c_paymentterm_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_paymentterm ADD CONSTRAINT c_paymentterm_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_paymenttermline ADD CONSTRAINT c_paymenttermline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_paymenttermline ADD CONSTRAINT c_paymenttermline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_paymenttermline ADD CONSTRAINT c_paymenttermline_c_paymentter FOREIGN KEY (c_paymentterm_id) REFERENCES openbravo.c_paymentterm (c_paymentterm_id);
ALTER TABLE openbravo.c_paymenttermline ADD CONSTRAINT c_paymenttermline_fin_pay_fk1 FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.c_period ADD CONSTRAINT c_periodclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_period ADD CONSTRAINT c_periodorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_period ADD CONSTRAINT c_year_period FOREIGN KEY (c_year_id) REFERENCES openbravo.c_year (c_year_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_location_project FOREIGN KEY (c_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_ad_user FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id) ON DELETE SET NULL;
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_billto FOREIGN KEY (billto_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_c_bpartner_location FOREIGN KEY (c_bpartner_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_c_paymentterm FOREIGN KEY (c_paymentterm_id) REFERENCES openbravo.c_paymentterm (c_paymentterm_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_fin_paymentmethod FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_m_pricelist FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_m_pricelist_version FOREIGN KEY (m_pricelist_version_id) REFERENCES openbravo.m_pricelist_version (m_pricelist_version_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_responsible FOREIGN KEY (responsible_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_project ADD CONSTRAINT c_project_salesrep FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_region ADD CONSTRAINT c_region_c_country FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_region ADD CONSTRAINT c_regionclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_region ADD CONSTRAINT c_regionorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_reject_reason ADD CONSTRAINT c_reject_reason_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_reject_reason ADD CONSTRAINT c_reject_reason_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_return_reason ADD CONSTRAINT c_return_reason_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_return_reason ADD CONSTRAINT c_return_reason_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_salesregion ADD CONSTRAINT c_salesregion_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_salesregion ADD CONSTRAINT c_salesregion_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_salesregion ADD CONSTRAINT c_salesregion_ad_user FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_ad_client_id FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_ad_org_id FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_ad_user_id FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_c_bpartner_id FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_c_bpartner_loc FOREIGN KEY (c_bpartner_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_c_currency_id FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_c_doctype_id FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_c_doctypetgt FOREIGN KEY (c_doctypetarget_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.c_substitutiveinvoice ADD CONSTRAINT c_subsinv_fk_m_pricelist_id FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_country_c_tax FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_countryto_c_tax FOREIGN KEY (to_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_region_c_tax FOREIGN KEY (c_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_regionto_c_tax FOREIGN KEY (to_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_tax_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_tax_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_tax_c_bp_taxcategory FOREIGN KEY (c_bp_taxcategory_id) REFERENCES openbravo.c_bp_taxcategory (c_bp_taxcategory_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_tax_c_taxcategory FOREIGN KEY (c_taxcategory_id) REFERENCES openbravo.c_taxcategory (c_taxcategory_id) ON DELETE CASCADE;
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_tax_parent_tax FOREIGN KEY (parent_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_tax ADD CONSTRAINT c_tax_taxbase FOREIGN KEY (c_taxbase_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_tax_zone ADD CONSTRAINT c_from_country_c_tax_zone FOREIGN KEY (from_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_tax_zone ADD CONSTRAINT c_from_region_c_tax_zone FOREIGN KEY (from_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.c_tax_zone ADD CONSTRAINT c_tax_c_tax_zone FOREIGN KEY (c_tax_id) REFERENCES openbravo.c_tax (c_tax_id);
ALTER TABLE openbravo.c_tax_zone ADD CONSTRAINT c_tax_zone_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_tax_zone ADD CONSTRAINT c_tax_zone_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_tax_zone ADD CONSTRAINT c_to_country_c_tax_zone FOREIGN KEY (to_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.c_tax_zone ADD CONSTRAINT c_to_region_c_tax_zone FOREIGN KEY (to_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.c_taxcategory ADD CONSTRAINT c_taxcategory_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_taxcategory ADD CONSTRAINT c_taxcategory_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_uom ADD CONSTRAINT c_uomclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_uom ADD CONSTRAINT c_uomorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_uom_conversion ADD CONSTRAINT c_uom_conversion_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.c_uom_conversion ADD CONSTRAINT c_uom_conversionclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_uom_conversion ADD CONSTRAINT c_uom_conversionorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_uom_conversion ADD CONSTRAINT c_uomconversionto FOREIGN KEY (c_uom_to_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.c_withholding ADD CONSTRAINT c_withholding_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_withholding ADD CONSTRAINT c_withholding_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.c_withholding ADD CONSTRAINT c_withholding_beneficiary FOREIGN KEY (beneficiary) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.c_withholding ADD CONSTRAINT c_withholding_c_paymentterm FOREIGN KEY (c_paymentterm_id) REFERENCES openbravo.c_paymentterm (c_paymentterm_id);
ALTER TABLE openbravo.c_year ADD CONSTRAINT c_calendar_year FOREIGN KEY (c_calendar_id) REFERENCES openbravo.c_calendar (c_calendar_id);
ALTER TABLE openbravo.c_year ADD CONSTRAINT c_yearclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.c_year ADD CONSTRAINT c_yearorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_bankfile_exception ADD CONSTRAINT fin_bankfile_except_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_bankfile_exception ADD CONSTRAINT fin_bankfile_exception_adorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_bankfile_exception ADD CONSTRAINT fin_bankfile_exception_bsl FOREIGN KEY (fin_bankfile_format_id) REFERENCES openbravo.fin_bankfile_format (fin_bankfile_format_id);
ALTER TABLE openbravo.fin_bankfile_exception ADD CONSTRAINT fin_bankfile_exception_fa FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.fin_bankfile_format ADD CONSTRAINT fin_bankfile_format_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_bankfile_format ADD CONSTRAINT fin_bankfile_format_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_bankstatement ADD CONSTRAINT fin_bankstat_adclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_bankstatement ADD CONSTRAINT fin_bankstat_adorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_bankstatement ADD CONSTRAINT fin_bankstat_cdoctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.fin_bankstatement ADD CONSTRAINT fin_bankstat_finfinancialacc FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.fin_bankstatement ADD CONSTRAINT fin_bankstat_finreconciliation FOREIGN KEY (fin_reconciliation_id) REFERENCES openbravo.fin_reconciliation (fin_reconciliation_id);
ALTER TABLE openbravo.fin_bankstatementline ADD CONSTRAINT fin_bankstatline_adclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_bankstatementline ADD CONSTRAINT fin_bankstatline_adorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_bankstatementline ADD CONSTRAINT fin_bankstatline_cbpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_bankstatementline ADD CONSTRAINT fin_bankstatline_cglitem FOREIGN KEY (c_glitem_id) REFERENCES openbravo.c_glitem (c_glitem_id);
ALTER TABLE openbravo.fin_bankstatementline ADD CONSTRAINT fin_bankstatline_finacctrx FOREIGN KEY (fin_finacc_transaction_id) REFERENCES openbravo.fin_finacc_transaction (fin_finacc_transaction_id);
ALTER TABLE openbravo.fin_bankstatementline ADD CONSTRAINT fin_bankstatline_finnbankstat FOREIGN KEY (fin_bankstatement_id) REFERENCES openbravo.fin_bankstatement (fin_bankstatement_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_c_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_cur FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_fin_run FOREIGN KEY (fin_doubtful_debt_run_id) REFERENCES openbravo.fin_doubtful_debt_run (fin_doubtful_debt_run_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_doubtful_debt ADD CONSTRAINT fin_doubtful_debt_paysched FOREIGN KEY (fin_payment_schedule_id) REFERENCES openbravo.fin_payment_schedule (fin_payment_schedule_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_doubtful_debt_method ADD CONSTRAINT fin_doubtfuldebtmethod_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_doubtful_debt_method ADD CONSTRAINT fin_doubtfuldebtmethod_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_doubtful_debt_run ADD CONSTRAINT fin_doubtful_debt_run_bp FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_doubtful_debt_run ADD CONSTRAINT fin_doubtful_debt_run_bpgroup FOREIGN KEY (c_bp_group_id) REFERENCES openbravo.c_bp_group (c_bp_group_id);
ALTER TABLE openbravo.fin_doubtful_debt_run ADD CONSTRAINT fin_doubtful_debt_run_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_doubtful_debt_run ADD CONSTRAINT fin_doubtful_debt_run_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_doubtful_debt_run ADD CONSTRAINT fin_doubtfuldebtrun_method FOREIGN KEY (fin_doubtful_debt_method_id) REFERENCES openbravo.fin_doubtful_debt_method (fin_doubtful_debt_method_id);
ALTER TABLE openbravo.fin_finacc_paymentmethod ADD CONSTRAINT fin_finacc_paymethod_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_finacc_paymentmethod ADD CONSTRAINT fin_finacc_paymethod_finacc FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.fin_finacc_paymentmethod ADD CONSTRAINT fin_finacc_paymethod_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_finacc_paymentmethod ADD CONSTRAINT fin_finacc_paymethod_paymethod FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.fin_finacc_paymentmethod ADD CONSTRAINT fin_finaccmeth_payinexecproc FOREIGN KEY (payin_execution_process_id) REFERENCES openbravo.fin_pay_exec_process (fin_pay_exec_process_id);
ALTER TABLE openbravo.fin_finacc_paymentmethod ADD CONSTRAINT fin_finaccmeth_payoutexecproc FOREIGN KEY (payout_execution_process_id) REFERENCES openbravo.fin_pay_exec_process (fin_pay_exec_process_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_ad_client_transaction FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_ad_org_transaction FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_c_currency_transaction FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_c_glitem_transaction FOREIGN KEY (c_glitem_id) REFERENCES openbravo.c_glitem (c_glitem_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_c_salesregion FOREIGN KEY (c_salesregion_id) REFERENCES openbravo.c_salesregion (c_salesregion_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_fin_reconcile FOREIGN KEY (fin_reconciliation_id) REFERENCES openbravo.fin_reconciliation (fin_reconciliation_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_finacc_trans_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_financial_transaction FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_foreigncrncy_transaction FOREIGN KEY (foreign_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_finacc_transaction ADD CONSTRAINT fin_payment_transaction FOREIGN KEY (fin_payment_id) REFERENCES openbravo.fin_payment (fin_payment_id);
ALTER TABLE openbravo.fin_financial_account ADD CONSTRAINT fin_ad_client_account FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_financial_account ADD CONSTRAINT fin_ad_org_account FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_financial_account ADD CONSTRAINT fin_c_currency_account FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_financial_account ADD CONSTRAINT fin_finacc_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_financial_account ADD CONSTRAINT fin_finacc_c_country FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.fin_financial_account ADD CONSTRAINT fin_finacc_location FOREIGN KEY (c_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.fin_financial_account ADD CONSTRAINT fin_finacc_match_algorithm FOREIGN KEY (fin_matching_algorithm_id) REFERENCES openbravo.fin_matching_algorithm (fin_matching_algorithm_id);
ALTER TABLE openbravo.fin_matching_algorithm ADD CONSTRAINT fin_match_algorithm_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_matching_algorithm ADD CONSTRAINT fin_matching_algorithm_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_orig_paym_scheddetail ADD CONSTRAINT fin_ad_client_origscheddetail FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_paym_scheddetail ADD CONSTRAINT fin_ad_org_origscheduledetail FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_paym_scheddetail ADD CONSTRAINT fin_orig_paym_origscheddetail FOREIGN KEY (fin_orig_payment_schedule_id) REFERENCES openbravo.fin_orig_payment_schedule (fin_orig_payment_schedule_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_paym_scheddetail ADD CONSTRAINT fin_payment_origscheddetail FOREIGN KEY (fin_payment_scheduledetail_id) REFERENCES openbravo.fin_payment_scheduledetail (fin_payment_scheduledetail_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_payment_schedule ADD CONSTRAINT fin_ad_client_orig_payment FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_payment_schedule ADD CONSTRAINT fin_ad_org_orig_payment FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_payment_schedule ADD CONSTRAINT fin_c_currency_orig_payment FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_payment_schedule ADD CONSTRAINT fin_c_invoice_orig_payment FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_payment_schedule ADD CONSTRAINT fin_c_order_orig_payment FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_payment_schedule ADD CONSTRAINT fin_origpaysched_paypriority FOREIGN KEY (fin_payment_priority_id) REFERENCES openbravo.fin_payment_priority (fin_payment_priority_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_orig_payment_schedule ADD CONSTRAINT fin_paymentmethod_origpay_sch FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_pay_exec_process ADD CONSTRAINT fin_pay_exec_process_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_pay_exec_process ADD CONSTRAINT fin_pay_exec_process_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_pay_exec_process_para ADD CONSTRAINT fin_pay_exec_process_para_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_pay_exec_process_para ADD CONSTRAINT fin_payexecprocesspara_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_pay_exec_process_para ADD CONSTRAINT fin_payexecprocpara_payexecpro FOREIGN KEY (fin_pay_exec_process_id) REFERENCES openbravo.fin_pay_exec_process (fin_pay_exec_process_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_ad_client_payments FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_ad_org_payments FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_c_bpartner_payments FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_c_currency_payments FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_doctype_payment FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_financial_acct_payment FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_payment_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_payment_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_payment_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_payment_payment_method FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_payment_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.fin_payment ADD CONSTRAINT fin_payment_reversed FOREIGN KEY (fin_rev_payment_id) REFERENCES openbravo.fin_payment (fin_payment_id);
ALTER TABLE openbravo.fin_payment_credit ADD CONSTRAINT fin_cr_ad_client_payments FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_credit ADD CONSTRAINT fin_cr_ad_org_payments FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_credit ADD CONSTRAINT fin_cr_c_currency_payments FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_payment_credit ADD CONSTRAINT fin_cr_fin_payment FOREIGN KEY (fin_payment_id) REFERENCES openbravo.fin_payment (fin_payment_id);
ALTER TABLE openbravo.fin_payment_credit ADD CONSTRAINT fin_cr_fin_payment_used FOREIGN KEY (fin_payment_id_used) REFERENCES openbravo.fin_payment (fin_payment_id);
ALTER TABLE openbravo.fin_payment_detail ADD CONSTRAINT fin_ad_client_detail FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_detail ADD CONSTRAINT fin_ad_org_detail FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_detail ADD CONSTRAINT fin_payment_detail FOREIGN KEY (fin_payment_id) REFERENCES openbravo.fin_payment (fin_payment_id);
ALTER TABLE openbravo.fin_payment_detail ADD CONSTRAINT fin_payment_detail_c_glitem FOREIGN KEY (c_glitem_id) REFERENCES openbravo.c_glitem (c_glitem_id);
ALTER TABLE openbravo.fin_payment_priority ADD CONSTRAINT fin_payment_priority_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_priority ADD CONSTRAINT fin_payment_priority_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_prop_detail ADD CONSTRAINT fin_ad_client_proposal_detail FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_prop_detail ADD CONSTRAINT fin_ad_org_proposal_detail FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_prop_detail ADD CONSTRAINT fin_c_glitem_proposal_detail FOREIGN KEY (c_glitem_id) REFERENCES openbravo.c_glitem (c_glitem_id);
ALTER TABLE openbravo.fin_payment_prop_detail ADD CONSTRAINT fin_payment_proposal_detail FOREIGN KEY (fin_payment_proposal_id) REFERENCES openbravo.fin_payment_proposal (fin_payment_proposal_id);
ALTER TABLE openbravo.fin_payment_prop_detail ADD CONSTRAINT fin_paymentschdet_prop_detail FOREIGN KEY (fin_payment_scheduledetail_id) REFERENCES openbravo.fin_payment_scheduledetail (fin_payment_scheduledetail_id);
ALTER TABLE openbravo.fin_payment_proposal ADD CONSTRAINT fin_ad_client_yment_proposal FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_proposal ADD CONSTRAINT fin_ad_org_payment_proposal FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_proposal ADD CONSTRAINT fin_c_bpartner_yment_proposal FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_payment_proposal ADD CONSTRAINT fin_c_currency_yment_proposal FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_payment_proposal ADD CONSTRAINT fin_financial_yment_proposal FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.fin_payment_proposal ADD CONSTRAINT fin_payment_proposal_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.fin_payment_proposal ADD CONSTRAINT fin_payment_proposal_paymentm FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.fin_payment_run ADD CONSTRAINT fin_payment_run_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_run ADD CONSTRAINT fin_payment_run_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_run ADD CONSTRAINT fin_payment_run_payexecproc FOREIGN KEY (fin_pay_exec_process_id) REFERENCES openbravo.fin_pay_exec_process (fin_pay_exec_process_id);
ALTER TABLE openbravo.fin_payment_run_para ADD CONSTRAINT fin_payment_run_para_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_run_para ADD CONSTRAINT fin_payment_run_para_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_run_para ADD CONSTRAINT fin_paymentrunpara_paymentrun FOREIGN KEY (fin_payment_run_id) REFERENCES openbravo.fin_payment_run (fin_payment_run_id);
ALTER TABLE openbravo.fin_payment_run_para ADD CONSTRAINT fin_payrunpara_payexecprocpara FOREIGN KEY (fin_pay_exec_process_para_id) REFERENCES openbravo.fin_pay_exec_process_para (fin_pay_exec_process_para_id);
ALTER TABLE openbravo.fin_payment_run_payment ADD CONSTRAINT fin_payment_run_payment_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_run_payment ADD CONSTRAINT fin_paymentrunpay_payment FOREIGN KEY (fin_payment_id) REFERENCES openbravo.fin_payment (fin_payment_id) ON DELETE CASCADE;
ALTER TABLE openbravo.fin_payment_run_payment ADD CONSTRAINT fin_paymentrunpay_paymentrun FOREIGN KEY (fin_payment_run_id) REFERENCES openbravo.fin_payment_run (fin_payment_run_id);
ALTER TABLE openbravo.fin_payment_run_payment ADD CONSTRAINT fin_paymentrunpayment_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_schedule ADD CONSTRAINT fin_ad_client_payment FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_schedule ADD CONSTRAINT fin_ad_org_payment FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_schedule ADD CONSTRAINT fin_c_currency_payment FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.fin_payment_schedule ADD CONSTRAINT fin_c_invoice_payment FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.fin_payment_schedule ADD CONSTRAINT fin_c_order_payment FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.fin_payment_schedule ADD CONSTRAINT fin_paymentmethod_payment_sch FOREIGN KEY (fin_paymentmethod_id) REFERENCES openbravo.fin_paymentmethod (fin_paymentmethod_id);
ALTER TABLE openbravo.fin_payment_schedule ADD CONSTRAINT fin_paysched_paypriority FOREIGN KEY (fin_payment_priority_id) REFERENCES openbravo.fin_payment_priority (fin_payment_priority_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_ad_client_scheduledetail FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_ad_org_scheduledetail FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_payment_scheduledetail FOREIGN KEY (fin_payment_detail_id) REFERENCES openbravo.fin_payment_detail (fin_payment_detail_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_payment_schinv_schdetail FOREIGN KEY (fin_payment_schedule_invoice) REFERENCES openbravo.fin_payment_schedule (fin_payment_schedule_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_payment_schord_schdetail FOREIGN KEY (fin_payment_schedule_order) REFERENCES openbravo.fin_payment_schedule (fin_payment_schedule_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_scheddetail_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_scheduledetail_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_scheduledetail_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_scheduledetail_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_scheduledetail_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_scheduledetail_c_sregion FOREIGN KEY (c_salesregion_id) REFERENCES openbravo.c_salesregion (c_salesregion_id);
ALTER TABLE openbravo.fin_payment_scheduledetail ADD CONSTRAINT fin_scheduledetail_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.fin_paymentmethod ADD CONSTRAINT fin_ad_client_paymentmethod FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_paymentmethod ADD CONSTRAINT fin_ad_org_paymentmethod FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_paymentmethod ADD CONSTRAINT fin_paymeth_payinexecproc FOREIGN KEY (payin_execution_process_id) REFERENCES openbravo.fin_pay_exec_process (fin_pay_exec_process_id);
ALTER TABLE openbravo.fin_paymentmethod ADD CONSTRAINT fin_paymeth_payoutexecproc FOREIGN KEY (payout_execution_process_id) REFERENCES openbravo.fin_pay_exec_process (fin_pay_exec_process_id);
ALTER TABLE openbravo.fin_reconciliation ADD CONSTRAINT fin_reconcil_adclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.fin_reconciliation ADD CONSTRAINT fin_reconcil_adorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.fin_reconciliation ADD CONSTRAINT fin_reconcil_cdoctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.fin_reconciliation ADD CONSTRAINT fin_reconcil_finfinancialacc FOREIGN KEY (fin_financial_account_id) REFERENCES openbravo.fin_financial_account (fin_financial_account_id);
ALTER TABLE openbravo.m_attribute ADD CONSTRAINT m_attribute_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_attribute ADD CONSTRAINT m_attribute_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_attributeinstance ADD CONSTRAINT m_attributeinstance_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_attributeinstance ADD CONSTRAINT m_attributeinstance_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_attributeinstance ADD CONSTRAINT m_attributeinstance_m_attribu1 FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_attributeinstance ADD CONSTRAINT m_attributeinstance_m_attribu2 FOREIGN KEY (m_attributevalue_id) REFERENCES openbravo.m_attributevalue (m_attributevalue_id);
ALTER TABLE openbravo.m_attributeinstance ADD CONSTRAINT m_attributeinstance_m_attribut FOREIGN KEY (m_attribute_id) REFERENCES openbravo.m_attribute (m_attribute_id);
ALTER TABLE openbravo.m_attributeset ADD CONSTRAINT m_attributeset_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_attributeset ADD CONSTRAINT m_attributeset_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_attributeset ADD CONSTRAINT m_attributeset_m_lotctl FOREIGN KEY (m_lotctl_id) REFERENCES openbravo.m_lotctl (m_lotctl_id);
ALTER TABLE openbravo.m_attributeset ADD CONSTRAINT m_attributeset_m_sernoctl FOREIGN KEY (m_sernoctl_id) REFERENCES openbravo.m_sernoctl (m_sernoctl_id);
ALTER TABLE openbravo.m_attributesetinstance ADD CONSTRAINT m_attributeseti_tance_m_refinv FOREIGN KEY (m_refinventory_id) REFERENCES openbravo.m_refinventory (m_refinventory_id);
ALTER TABLE openbravo.m_attributesetinstance ADD CONSTRAINT m_attributesetinstance_ad_clie FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_attributesetinstance ADD CONSTRAINT m_attributesetinstance_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_attributesetinstance ADD CONSTRAINT m_attributesetinstance_m_attri FOREIGN KEY (m_attributeset_id) REFERENCES openbravo.m_attributeset (m_attributeset_id);
ALTER TABLE openbravo.m_attributesetinstance ADD CONSTRAINT m_attributesetinstance_m_lot FOREIGN KEY (m_lot_id) REFERENCES openbravo.m_lot (m_lot_id);
ALTER TABLE openbravo.m_attributesetinstance ADD CONSTRAINT m_attributesetinstance_parent FOREIGN KEY (parent_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_attributeuse ADD CONSTRAINT m_attributeuse_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_attributeuse ADD CONSTRAINT m_attributeuse_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_attributeuse ADD CONSTRAINT m_attributeuse_m_attribute FOREIGN KEY (m_attribute_id) REFERENCES openbravo.m_attribute (m_attribute_id);
ALTER TABLE openbravo.m_attributeuse ADD CONSTRAINT m_attributeuse_m_attributeset FOREIGN KEY (m_attributeset_id) REFERENCES openbravo.m_attributeset (m_attributeset_id);
ALTER TABLE openbravo.m_attributevalue ADD CONSTRAINT m_attributevalue_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_attributevalue ADD CONSTRAINT m_attributevalue_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_attributevalue ADD CONSTRAINT m_attributevalue_m_attribute FOREIGN KEY (m_attribute_id) REFERENCES openbravo.m_attribute (m_attribute_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_brand ADD CONSTRAINT m_brand_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_brand ADD CONSTRAINT m_brand_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_ca_inventoryamt ADD CONSTRAINT m_ca_inventoryamt_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_ca_inventoryamt ADD CONSTRAINT m_ca_inventoryamt_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_ca_inventoryamt ADD CONSTRAINT m_ca_inventoryamt_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.m_ca_inventoryamtline ADD CONSTRAINT m_ca_inamtln_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_ca_inventoryamtline ADD CONSTRAINT m_ca_inamtln_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_ca_inventoryamtline ADD CONSTRAINT m_ca_inamtln_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_ca_inventoryamtline ADD CONSTRAINT m_ca_inamtln_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_ca_inventoryamtline ADD CONSTRAINT m_ca_invamt_line FOREIGN KEY (m_ca_inventoryamt_id) REFERENCES openbravo.m_ca_inventoryamt (m_ca_inventoryamt_id);
ALTER TABLE openbravo.m_ca_inventoryamtline_inv ADD CONSTRAINT m_ca_invamtln_inv_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_ca_inventoryamtline_inv ADD CONSTRAINT m_ca_invamtln_inv_close_inv FOREIGN KEY (close_inventory_id) REFERENCES openbravo.m_inventory (m_inventory_id);
ALTER TABLE openbravo.m_ca_inventoryamtline_inv ADD CONSTRAINT m_ca_invamtln_inv_init_inv FOREIGN KEY (init_inventory_id) REFERENCES openbravo.m_inventory (m_inventory_id);
ALTER TABLE openbravo.m_ca_inventoryamtline_inv ADD CONSTRAINT m_ca_invamtln_inv_invamtln FOREIGN KEY (m_ca_inventoryamtline_id) REFERENCES openbravo.m_ca_inventoryamtline (m_ca_inventoryamtline_id);
ALTER TABLE openbravo.m_ca_inventoryamtline_inv ADD CONSTRAINT m_ca_invamtln_inv_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_ca_inventoryamtline_inv ADD CONSTRAINT m_ca_invamtln_inv_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_ch_subset ADD CONSTRAINT m_ch_subset_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_ch_subset ADD CONSTRAINT m_ch_subset_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_ch_subset ADD CONSTRAINT m_ch_subset_characteristic FOREIGN KEY (m_characteristic_id) REFERENCES openbravo.m_characteristic (m_characteristic_id);
ALTER TABLE openbravo.m_ch_subset_value ADD CONSTRAINT m_ch_subset_value_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_ch_subset_value ADD CONSTRAINT m_ch_subset_value_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_ch_subset_value ADD CONSTRAINT m_ch_subset_value_ch_subset FOREIGN KEY (m_ch_subset_id) REFERENCES openbravo.m_ch_subset (m_ch_subset_id);
ALTER TABLE openbravo.m_ch_subset_value ADD CONSTRAINT m_ch_subset_value_ch_value FOREIGN KEY (m_ch_value_id) REFERENCES openbravo.m_ch_value (m_ch_value_id);
ALTER TABLE openbravo.m_ch_value ADD CONSTRAINT m_ch_value_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_ch_value ADD CONSTRAINT m_ch_value_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_ch_value ADD CONSTRAINT m_ch_value_characteristic FOREIGN KEY (m_characteristic_id) REFERENCES openbravo.m_characteristic (m_characteristic_id);
ALTER TABLE openbravo.m_characteristic ADD CONSTRAINT m_characteristic_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_characteristic ADD CONSTRAINT m_characteristic_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_condition_goods ADD CONSTRAINT m_condition_goods_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_condition_goods ADD CONSTRAINT m_condition_goods_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_costadjustment ADD CONSTRAINT m_costadjustment_cancel FOREIGN KEY (m_costadjustment_cancel) REFERENCES openbravo.m_costadjustment (m_costadjustment_id);
ALTER TABLE openbravo.m_costadjustment ADD CONSTRAINT m_costadjustment_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_costadjustment ADD CONSTRAINT m_costadjustment_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.m_costadjustment ADD CONSTRAINT m_costadjustment_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_costadjustmentline ADD CONSTRAINT c_costadjline_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_costadjustmentline ADD CONSTRAINT m_costadjline_parentline FOREIGN KEY (parent_costadjustmentline_id) REFERENCES openbravo.m_costadjustmentline (m_costadjustmentline_id);
ALTER TABLE openbravo.m_costadjustmentline ADD CONSTRAINT m_costadjustmentline_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_costadjustmentline ADD CONSTRAINT m_costadjustmentline_costadj FOREIGN KEY (m_costadjustment_id) REFERENCES openbravo.m_costadjustment (m_costadjustment_id);
ALTER TABLE openbravo.m_costadjustmentline ADD CONSTRAINT m_costadjustmentline_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_costadjustmentline ADD CONSTRAINT m_costadjustmentline_trx FOREIGN KEY (m_transaction_id) REFERENCES openbravo.m_transaction (m_transaction_id);
ALTER TABLE openbravo.m_costing ADD CONSTRAINT m_costing_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_costing ADD CONSTRAINT m_costing_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_costing ADD CONSTRAINT m_costing_c_invoiceline FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id);
ALTER TABLE openbravo.m_costing ADD CONSTRAINT m_costing_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_costing ADD CONSTRAINT m_costing_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_costing ADD CONSTRAINT m_costing_transaction FOREIGN KEY (m_transaction_id) REFERENCES openbravo.m_transaction (m_transaction_id);
ALTER TABLE openbravo.m_costing ADD CONSTRAINT m_costing_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_costing_algorithm ADD CONSTRAINT m_costing_algorithm_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_costing_algorithm ADD CONSTRAINT m_costing_algorithm_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_costing_rule ADD CONSTRAINT m_costing_rule_algorithm FOREIGN KEY (m_costing_algorithm_id) REFERENCES openbravo.m_costing_algorithm (m_costing_algorithm_id);
ALTER TABLE openbravo.m_costing_rule ADD CONSTRAINT m_costing_rule_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_costing_rule ADD CONSTRAINT m_costing_rule_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_costing_rule ADD CONSTRAINT m_costing_rule_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_costing_rule ADD CONSTRAINT m_costing_rule_productcategory FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_costing_rule_init ADD CONSTRAINT m_cr_init_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_costing_rule_init ADD CONSTRAINT m_cr_init_close_inv FOREIGN KEY (close_inventory_id) REFERENCES openbravo.m_inventory (m_inventory_id);
ALTER TABLE openbravo.m_costing_rule_init ADD CONSTRAINT m_cr_init_init_inv FOREIGN KEY (init_inventory_id) REFERENCES openbravo.m_inventory (m_inventory_id);
ALTER TABLE openbravo.m_costing_rule_init ADD CONSTRAINT m_cr_init_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_costing_rule_init ADD CONSTRAINT m_cr_init_rule FOREIGN KEY (m_costing_rule_id) REFERENCES openbravo.m_costing_rule (m_costing_rule_id);
ALTER TABLE openbravo.m_costing_rule_init ADD CONSTRAINT m_cr_init_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_discountschema ADD CONSTRAINT m_discountschema_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_discountschema ADD CONSTRAINT m_discountschema_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_discountschemaline ADD CONSTRAINT m_discountschemaline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_discountschemaline ADD CONSTRAINT m_discountschemaline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_discountschemaline ADD CONSTRAINT m_discountschemaline_c_bpartne FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_discountschemaline ADD CONSTRAINT m_discountschemaline_m_discoun FOREIGN KEY (m_discountschema_id) REFERENCES openbravo.m_discountschema (m_discountschema_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_discountschemaline ADD CONSTRAINT m_discountschemaline_m_produc1 FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_discountschemaline ADD CONSTRAINT m_discountschemaline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE SET NULL;
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_c_country FOREIGN KEY (c_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_c_region FOREIGN KEY (c_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_m_freightcategory FOREIGN KEY (m_freightcategory_id) REFERENCES openbravo.m_freightcategory (m_freightcategory_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_m_shipper FOREIGN KEY (m_shipper_id) REFERENCES openbravo.m_shipper (m_shipper_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_to_country FOREIGN KEY (to_country_id) REFERENCES openbravo.c_country (c_country_id);
ALTER TABLE openbravo.m_freight ADD CONSTRAINT m_freight_to_region FOREIGN KEY (to_region_id) REFERENCES openbravo.c_region (c_region_id);
ALTER TABLE openbravo.m_freightcategory ADD CONSTRAINT m_freightcategory_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_freightcategory ADD CONSTRAINT m_freightcategory_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_freightcategory_m_inout FOREIGN KEY (m_freightcategory_id) REFERENCES openbravo.m_freightcategory (m_freightcategory_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_ad_orgtrx FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_ad_user FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_alternate_location FOREIGN KEY (c_alternate_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_bpartner_location FOREIGN KEY (delivery_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_bpartner_location1 FOREIGN KEY (c_bpartner_location_id) REFERENCES openbravo.c_bpartner_location (c_bpartner_location_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_charge FOREIGN KEY (c_charge_id) REFERENCES openbravo.c_charge (c_charge_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_invoice FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id) ON DELETE SET NULL;
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_order FOREIGN KEY (c_order_id) REFERENCES openbravo.c_order (c_order_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_condition FOREIGN KEY (m_condition_goods_id) REFERENCES openbravo.m_condition_goods (m_condition_goods_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_freight_currency FOREIGN KEY (freight_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_m_shipper FOREIGN KEY (m_shipper_id) REFERENCES openbravo.m_shipper (m_shipper_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_inout ADD CONSTRAINT m_inout_salesrep FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_condition_goods FOREIGN KEY (m_condition_goods_id) REFERENCES openbravo.m_condition_goods (m_condition_goods_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_bomparentid FOREIGN KEY (bom_parent_id) REFERENCES openbravo.m_inoutline (m_inoutline_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_c_aum FOREIGN KEY (c_aum) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_c_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_canceled_inoutline FOREIGN KEY (canceled_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_m_attributesetinst FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_m_inout FOREIGN KEY (m_inout_id) REFERENCES openbravo.m_inout (m_inout_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_inoutline ADD CONSTRAINT m_inoutline_salesrep FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctd_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctd_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctd_cost FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctd_fk_camp FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctd_fk_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctd_fk_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctd_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctdimension_a1 FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inoutline_acctdimension ADD CONSTRAINT m_inoutline_acctdimension_ad FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_internal_consumption ADD CONSTRAINT ad_client_minternalconsumption FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_internal_consumption ADD CONSTRAINT ad_org_minternal_consumption FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_internal_consumption ADD CONSTRAINT ad_orgtrx_minternalconsumption FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_internal_consumption ADD CONSTRAINT c_activityminternalconsumption FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.m_internal_consumption ADD CONSTRAINT c_campaignminternalconsumption FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.m_internal_consumption ADD CONSTRAINT c_costcntrminternalconsumption FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.m_internal_consumption ADD CONSTRAINT c_project_minternalconsumption FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_intconsumptionline_voidline FOREIGN KEY (void_intconsumption_line_id) REFERENCES openbravo.m_internal_consumptionline (m_internal_consumptionline_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_ad1 FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_ad_ FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_c_u FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_m_1 FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_m_a FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_m_i FOREIGN KEY (m_internal_consumption_id) REFERENCES openbravo.m_internal_consumption (m_internal_consumption_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_m_l FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_internal_consumptionline ADD CONSTRAINT m_internal_consumptionline_m_p FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_ad_orgtrx FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.m_inventory ADD CONSTRAINT m_inventory_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_m_attributeset FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_m_inventory FOREIGN KEY (m_inventory_id) REFERENCES openbravo.m_inventory (m_inventory_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_inventoryline ADD CONSTRAINT m_inventoryline_related FOREIGN KEY (relatedinventorylineid) REFERENCES openbravo.m_inventoryline (m_inventoryline_id);
ALTER TABLE openbravo.m_inventorystatus ADD CONSTRAINT m_inventorystatus_client_fk FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_inventorystatus ADD CONSTRAINT m_inventorystatus_org_fk FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_landedcost ADD CONSTRAINT m_landedcost_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_landedcost ADD CONSTRAINT m_landedcost_costadj FOREIGN KEY (m_costadjustment_id) REFERENCES openbravo.m_costadjustment (m_costadjustment_id);
ALTER TABLE openbravo.m_landedcost ADD CONSTRAINT m_landedcost_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.m_landedcost ADD CONSTRAINT m_landedcost_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_distalg FOREIGN KEY (m_lc_distribution_alg_id) REFERENCES openbravo.m_lc_distribution_alg (m_lc_distribution_alg_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_doctype FOREIGN KEY (c_doctype_id) REFERENCES openbravo.c_doctype (c_doctype_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_inout FOREIGN KEY (m_inout_id) REFERENCES openbravo.m_inout (m_inout_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_invoiceline FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_lc FOREIGN KEY (m_landedcost_id) REFERENCES openbravo.m_landedcost (m_landedcost_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_matchcostadj FOREIGN KEY (matching_costadjustment_id) REFERENCES openbravo.m_costadjustment (m_costadjustment_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_lc_cost ADD CONSTRAINT m_lc_cost_type FOREIGN KEY (m_lc_type_id) REFERENCES openbravo.m_lc_type (m_lc_type_id);
ALTER TABLE openbravo.m_lc_distribution_alg ADD CONSTRAINT m_lc_dist_alg_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lc_distribution_alg ADD CONSTRAINT m_lc_dist_alg_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_lc_matched ADD CONSTRAINT m_lc_matched_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lc_matched ADD CONSTRAINT m_lc_matched_cost FOREIGN KEY (m_lc_cost_id) REFERENCES openbravo.m_lc_cost (m_lc_cost_id);
ALTER TABLE openbravo.m_lc_matched ADD CONSTRAINT m_lc_matched_invoiceline FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id);
ALTER TABLE openbravo.m_lc_matched ADD CONSTRAINT m_lc_matched_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_lc_receipt ADD CONSTRAINT m_lc_receipt_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lc_receipt ADD CONSTRAINT m_lc_receipt_inout FOREIGN KEY (m_inout_id) REFERENCES openbravo.m_inout (m_inout_id);
ALTER TABLE openbravo.m_lc_receipt ADD CONSTRAINT m_lc_receipt_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id);
ALTER TABLE openbravo.m_lc_receipt ADD CONSTRAINT m_lc_receipt_lc FOREIGN KEY (m_landedcost_id) REFERENCES openbravo.m_landedcost (m_landedcost_id);
ALTER TABLE openbravo.m_lc_receipt ADD CONSTRAINT m_lc_receipt_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_lc_receiptline_amt ADD CONSTRAINT m_lc_receipteamt_inoutline FOREIGN KEY (m_lc_receipt_id) REFERENCES openbravo.m_lc_receipt (m_lc_receipt_id);
ALTER TABLE openbravo.m_lc_receiptline_amt ADD CONSTRAINT m_lc_receiptline_amt_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id);
ALTER TABLE openbravo.m_lc_receiptline_amt ADD CONSTRAINT m_lc_receiptlineamt_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lc_receiptline_amt ADD CONSTRAINT m_lc_receiptlineamt_lccost FOREIGN KEY (m_lc_cost_id) REFERENCES openbravo.m_lc_cost (m_lc_cost_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_lc_receiptline_amt ADD CONSTRAINT m_lc_receiptlineamt_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_lc_type ADD CONSTRAINT m_lc_type_c_glitem FOREIGN KEY (account_id) REFERENCES openbravo.c_glitem (c_glitem_id);
ALTER TABLE openbravo.m_lc_type ADD CONSTRAINT m_lc_type_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lc_type ADD CONSTRAINT m_lc_type_distalg FOREIGN KEY (m_lc_distribution_alg_id) REFERENCES openbravo.m_lc_distribution_alg (m_lc_distribution_alg_id);
ALTER TABLE openbravo.m_lc_type ADD CONSTRAINT m_lc_type_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_lc_type ADD CONSTRAINT m_lc_type_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_locator ADD CONSTRAINT m_locator_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_locator ADD CONSTRAINT m_locator_invstatus FOREIGN KEY (m_inventorystatus_id) REFERENCES openbravo.m_inventorystatus (m_inventorystatus_id);
ALTER TABLE openbravo.m_locator ADD CONSTRAINT m_locator_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_locator ADD CONSTRAINT m_locator_virtual FOREIGN KEY (parent_locator_id) REFERENCES openbravo.m_locator (m_locator_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_locator ADD CONSTRAINT m_warehouse_locator FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_locator_hu_type ADD CONSTRAINT m_locator_hu_type_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_locator_hu_type ADD CONSTRAINT m_locator_hu_type_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_locator_hu_type ADD CONSTRAINT m_locator_hu_type_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_locator_hu_type ADD CONSTRAINT m_locator_hu_type_refinvtype FOREIGN KEY (m_refinventory_type_id) REFERENCES openbravo.m_refinventory_type (m_refinventory_type_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_lot ADD CONSTRAINT m_lot_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lot ADD CONSTRAINT m_lot_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_lot ADD CONSTRAINT m_lot_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_lotctl ADD CONSTRAINT m_lotctl_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_lotctl ADD CONSTRAINT m_lotctl_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_matchinv ADD CONSTRAINT m_matchinv_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_matchinv ADD CONSTRAINT m_matchinv_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_matchinv ADD CONSTRAINT m_matchinv_c_invoiceline FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_matchinv ADD CONSTRAINT m_matchinv_m_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_matchinv ADD CONSTRAINT m_matchinv_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_matchpo ADD CONSTRAINT m_matchpo_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_matchpo ADD CONSTRAINT m_matchpo_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_matchpo ADD CONSTRAINT m_matchpo_c_invoiceline FOREIGN KEY (c_invoiceline_id) REFERENCES openbravo.c_invoiceline (c_invoiceline_id);
ALTER TABLE openbravo.m_matchpo ADD CONSTRAINT m_matchpo_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.m_matchpo ADD CONSTRAINT m_matchpo_m_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_matchpo ADD CONSTRAINT m_matchpo_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_movement ADD CONSTRAINT m_movement_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_movement ADD CONSTRAINT m_movement_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_movement ADD CONSTRAINT m_movement_ad_orgtrx FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_movement ADD CONSTRAINT m_movement_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.m_movement ADD CONSTRAINT m_movement_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.m_movement ADD CONSTRAINT m_movement_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.m_movement ADD CONSTRAINT m_movement_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_attributesetto FOREIGN KEY (m_attributesetinstanceto_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_c_aum FOREIGN KEY (c_aum) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_m_attributeseti FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_m_locatorto FOREIGN KEY (m_locatorto_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_m_movement FOREIGN KEY (m_movement_id) REFERENCES openbravo.m_movement (m_movement_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_movementline ADD CONSTRAINT m_movementline_reservation FOREIGN KEY (m_reservation_id) REFERENCES openbravo.m_reservation (m_reservation_id);
ALTER TABLE openbravo.m_offer ADD CONSTRAINT m_offer_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer ADD CONSTRAINT m_offer_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer ADD CONSTRAINT m_offer_offertype FOREIGN KEY (m_offer_type_id) REFERENCES openbravo.m_offer_type (m_offer_type_id);
ALTER TABLE openbravo.m_offer_availability ADD CONSTRAINT m_offer_availability_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_availability ADD CONSTRAINT m_offer_availability_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_availability ADD CONSTRAINT m_offer_availability_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_bp_group ADD CONSTRAINT m_offer_bp_group_bp_group FOREIGN KEY (c_bp_group_id) REFERENCES openbravo.c_bp_group (c_bp_group_id);
ALTER TABLE openbravo.m_offer_bp_group ADD CONSTRAINT m_offer_bp_group_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_bp_group ADD CONSTRAINT m_offer_bp_group_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_bp_group ADD CONSTRAINT m_offer_bp_group_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_bp_set ADD CONSTRAINT c_bp_set_off_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_bp_set ADD CONSTRAINT c_bp_set_off_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_bp_set ADD CONSTRAINT c_bp_set_off_bp_set FOREIGN KEY (c_bp_set_id) REFERENCES openbravo.c_bp_set (c_bp_set_id);
ALTER TABLE openbravo.m_offer_bp_set ADD CONSTRAINT c_bp_set_off_m_off FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_bpartner ADD CONSTRAINT m_offer_bpartner_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_offer_bpartner ADD CONSTRAINT m_offer_bpartner_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_bpartner ADD CONSTRAINT m_offer_bpartner_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_bpartner ADD CONSTRAINT m_offer_bpartner_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_bpartner_extref ADD CONSTRAINT m_offer_bp_extref_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_bpartner_extref ADD CONSTRAINT m_offer_bp_extref_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_bpartner_extref ADD CONSTRAINT m_offer_bp_extref_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_characteristic ADD CONSTRAINT m_off_char_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_characteristic ADD CONSTRAINT m_off_char_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_characteristic ADD CONSTRAINT m_off_char_characteristic FOREIGN KEY (m_characteristic_id) REFERENCES openbravo.m_characteristic (m_characteristic_id);
ALTER TABLE openbravo.m_offer_characteristic ADD CONSTRAINT m_off_char_chvalue FOREIGN KEY (m_ch_value_id) REFERENCES openbravo.m_ch_value (m_ch_value_id);
ALTER TABLE openbravo.m_offer_characteristic ADD CONSTRAINT m_off_char_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_incompatibility ADD CONSTRAINT m_offer_incmptibility_offer FOREIGN KEY (m_offer_incmptibility_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_incompatibility ADD CONSTRAINT m_offer_incompatibility_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_incompatibility ADD CONSTRAINT m_offer_incompatibility_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_incompatibility ADD CONSTRAINT m_offer_incompatibility_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_incompatibility ADD CONSTRAINT m_offer_incompatibility_type FOREIGN KEY (m_offer_incmptibility_type_id) REFERENCES openbravo.m_offer_type (m_offer_type_id);
ALTER TABLE openbravo.m_offer_organization ADD CONSTRAINT m_offer_org_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_organization ADD CONSTRAINT m_offer_org_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_organization ADD CONSTRAINT m_offer_org_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_pricelist ADD CONSTRAINT m_offer_pricelist_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_pricelist ADD CONSTRAINT m_offer_pricelist_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_pricelist ADD CONSTRAINT m_offer_pricelist_m_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_pricelist ADD CONSTRAINT m_offer_pricelist_m_pricelist FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.m_offer_prod_cat ADD CONSTRAINT m_offer_prod_cat_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_prod_cat ADD CONSTRAINT m_offer_prod_cat_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_prod_cat ADD CONSTRAINT m_offer_prod_cat_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_prod_cat ADD CONSTRAINT m_offer_prod_cat_prod_cat FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_offer_product ADD CONSTRAINT m_offer_product_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_product ADD CONSTRAINT m_offer_product_offer FOREIGN KEY (m_offer_id) REFERENCES openbravo.m_offer (m_offer_id);
ALTER TABLE openbravo.m_offer_product ADD CONSTRAINT m_offer_product_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_offer_product ADD CONSTRAINT m_offer_product_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_offer_type ADD CONSTRAINT m_offertype_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_offer_type ADD CONSTRAINT m_offertype_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_pricelist ADD CONSTRAINT m_pricelist_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_pricelist ADD CONSTRAINT m_pricelist_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_pricelist ADD CONSTRAINT m_pricelist_basepricelist FOREIGN KEY (basepricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.m_pricelist ADD CONSTRAINT m_pricelist_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_pricelist_version ADD CONSTRAINT m_pricelist_version_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_pricelist_version ADD CONSTRAINT m_pricelist_version_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_pricelist_version ADD CONSTRAINT m_pricelist_version_m_discount FOREIGN KEY (m_discountschema_id) REFERENCES openbravo.m_discountschema (m_discountschema_id);
ALTER TABLE openbravo.m_pricelist_version ADD CONSTRAINT m_pricelist_version_m_priceli1 FOREIGN KEY (m_pricelist_version_base_id) REFERENCES openbravo.m_pricelist_version (m_pricelist_version_id);
ALTER TABLE openbravo.m_pricelist_version ADD CONSTRAINT m_pricelist_version_m_pricelis FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product ADD CONSTRAINT ad_org_mproduct FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_column_characteristic_fk FOREIGN KEY (column_characteristic) REFERENCES openbravo.m_characteristic (m_characteristic_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_ad_user FOREIGN KEY (salesrep_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_brand FOREIGN KEY (m_brand_id) REFERENCES openbravo.m_brand (m_brand_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_c_taxcategory FOREIGN KEY (c_taxcategory_id) REFERENCES openbravo.c_taxcategory (c_taxcategory_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_genericproduct FOREIGN KEY (generic_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_m_attributeset FOREIGN KEY (m_attributeset_id) REFERENCES openbravo.m_attributeset (m_attributeset_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_m_attributesetinstan FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_m_freightcategory FOREIGN KEY (m_freightcategory_id) REFERENCES openbravo.m_freightcategory (m_freightcategory_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_m_product_category FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_m_product_status FOREIGN KEY (m_product_status_id) REFERENCES openbravo.m_product_status (m_product_status_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_m_product_subtype FOREIGN KEY (m_product_subtype_id) REFERENCES openbravo.m_product_subtype (m_product_subtype_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_product_weight_uom FOREIGN KEY (c_uom_weight_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_product ADD CONSTRAINT m_row_characteristic_fk FOREIGN KEY (row_characteristic) REFERENCES openbravo.m_characteristic (m_characteristic_id);
ALTER TABLE openbravo.m_product_aum ADD CONSTRAINT m_product_aum_client_fk FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_aum ADD CONSTRAINT m_product_aum_cre_fk FOREIGN KEY (createdby) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_product_aum ADD CONSTRAINT m_product_aum_cum_fk FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_product_aum ADD CONSTRAINT m_product_aum_org_fk FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_aum ADD CONSTRAINT m_product_aum_pro_fk FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_aum ADD CONSTRAINT m_product_aum_upd_fk FOREIGN KEY (updatedby) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_product_bom ADD CONSTRAINT m_product_bom_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_bom ADD CONSTRAINT m_product_bom_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_bom ADD CONSTRAINT m_product_bom_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product_bom ADD CONSTRAINT m_product_bom_m_productbom FOREIGN KEY (m_productbom_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_category ADD CONSTRAINT m_product_category_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_category ADD CONSTRAINT m_product_category_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_category ADD CONSTRAINT m_product_category_main_fk FOREIGN KEY (m_product_category_main_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_product_category_service ADD CONSTRAINT m_product_cat_serv_m_prod_cat FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_product_category_service ADD CONSTRAINT m_product_cat_service_ad_cli FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_category_service ADD CONSTRAINT m_product_cat_service_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_category_service ADD CONSTRAINT m_product_cat_service_m_prod FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product_ch ADD CONSTRAINT m_product_ch_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_ch ADD CONSTRAINT m_product_ch_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_ch ADD CONSTRAINT m_product_ch_m_characteristic FOREIGN KEY (m_characteristic_id) REFERENCES openbravo.m_characteristic (m_characteristic_id);
ALTER TABLE openbravo.m_product_ch ADD CONSTRAINT m_product_ch_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_ch ADD CONSTRAINT m_product_ch_subset FOREIGN KEY (m_ch_subset_id) REFERENCES openbravo.m_ch_subset (m_ch_subset_id);
ALTER TABLE openbravo.m_product_ch_conf ADD CONSTRAINT m_product_ch_conf_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_ch_conf ADD CONSTRAINT m_product_ch_conf_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_ch_conf ADD CONSTRAINT m_product_ch_conf_m_chvalue FOREIGN KEY (m_ch_value_id) REFERENCES openbravo.m_ch_value (m_ch_value_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product_ch_conf ADD CONSTRAINT m_product_ch_conf_m_product_ch FOREIGN KEY (m_product_ch_id) REFERENCES openbravo.m_product_ch (m_product_ch_id);
ALTER TABLE openbravo.m_product_ch_desc_org ADD CONSTRAINT m_product_ch_desc_org_ad_cli FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_ch_desc_org ADD CONSTRAINT m_product_ch_desc_org_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_ch_desc_org ADD CONSTRAINT m_product_ch_desc_org_m_prod FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_ch_org ADD CONSTRAINT m_product_ch_org_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_ch_org ADD CONSTRAINT m_product_ch_org_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_ch_org ADD CONSTRAINT m_product_ch_org_m_chvalue FOREIGN KEY (m_ch_value_id) REFERENCES openbravo.m_ch_value (m_ch_value_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product_ch_org ADD CONSTRAINT m_product_ch_org_m_product_ch FOREIGN KEY (m_product_ch_id) REFERENCES openbravo.m_product_ch (m_product_ch_id);
ALTER TABLE openbravo.m_product_ch_org ADD CONSTRAINT m_product_ch_org_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_ch_value ADD CONSTRAINT m_product_ch_value_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_ch_value ADD CONSTRAINT m_product_ch_value_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_ch_value ADD CONSTRAINT m_product_ch_value_charact FOREIGN KEY (m_characteristic_id) REFERENCES openbravo.m_characteristic (m_characteristic_id);
ALTER TABLE openbravo.m_product_ch_value ADD CONSTRAINT m_product_ch_value_m_chvalue FOREIGN KEY (m_ch_value_id) REFERENCES openbravo.m_ch_value (m_ch_value_id);
ALTER TABLE openbravo.m_product_ch_value ADD CONSTRAINT m_product_ch_value_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_check ADD CONSTRAINT m_productcheck_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_check ADD CONSTRAINT m_productcheck_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_check ADD CONSTRAINT m_productcheck_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.m_product_check ADD CONSTRAINT m_productcheck_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_product_check ADD CONSTRAINT m_productcheck_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_check ADD CONSTRAINT m_productcheck_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_product_check ADD CONSTRAINT m_productcheck_new_locator FOREIGN KEY (new_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_product_customer ADD CONSTRAINT m_product_customer_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_customer ADD CONSTRAINT m_product_customer_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_customer ADD CONSTRAINT m_product_customer_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_product_customer ADD CONSTRAINT m_product_customer_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_media ADD CONSTRAINT m_product_media_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_media ADD CONSTRAINT m_product_media_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_media ADD CONSTRAINT m_product_media_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_org ADD CONSTRAINT m_product_org_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_org ADD CONSTRAINT m_product_org_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_org ADD CONSTRAINT m_product_org_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_product_org ADD CONSTRAINT m_product_org_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_org ADD CONSTRAINT m_product_org_productpo FOREIGN KEY (m_product_po_id) REFERENCES openbravo.m_product_po (m_product_po_id);
ALTER TABLE openbravo.m_product_po ADD CONSTRAINT c_buspartner_m_product_po FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_product_po ADD CONSTRAINT c_uom_m_product_po FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_product_po ADD CONSTRAINT m_product_po_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_product_po ADD CONSTRAINT m_product_productpo FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product_po ADD CONSTRAINT m_productpo_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_po ADD CONSTRAINT m_productpo_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_service ADD CONSTRAINT m_product_service_ad_cli FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_service ADD CONSTRAINT m_product_service_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_service ADD CONSTRAINT m_product_service_m_prod FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product_service ADD CONSTRAINT m_product_service_m_rel_prod FOREIGN KEY (m_related_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_servicelinked ADD CONSTRAINT m_product_servicelinked_cat FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_product_servicelinked ADD CONSTRAINT m_product_servicelinked_cli FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_servicelinked ADD CONSTRAINT m_product_servicelinked_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_servicelinked ADD CONSTRAINT m_product_servicelinked_pro FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_product_servicelinked ADD CONSTRAINT m_product_servicelinked_taxc FOREIGN KEY (c_taxcategory_id) REFERENCES openbravo.c_taxcategory (c_taxcategory_id);
ALTER TABLE openbravo.m_product_status ADD CONSTRAINT m_product_status_ad_client_fk FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_status ADD CONSTRAINT m_product_status_ad_org_fk FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_subtype ADD CONSTRAINT m_product_subtype_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_subtype ADD CONSTRAINT m_product_subtype_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_template ADD CONSTRAINT m_product_template_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_template ADD CONSTRAINT m_product_template_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_template ADD CONSTRAINT m_product_template_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_product_template ADD CONSTRAINT m_product_template_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_uom ADD CONSTRAINT m_product_uomclient FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_product_uom ADD CONSTRAINT m_product_uomorg FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_product_uom ADD CONSTRAINT m_product_uomproduct FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_product_uom ADD CONSTRAINT m_product_uomuom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_prod_bom_type FOREIGN KEY (m_productionbom_type_id) REFERENCES openbravo.m_productionbom_type (m_productionbom_type_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_prod_type_ad_user FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_production_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_production_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_production_ad_orgtrx FOREIGN KEY (ad_orgtrx_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_production_c_activity FOREIGN KEY (c_activity_id) REFERENCES openbravo.c_activity (c_activity_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_production_c_campaign FOREIGN KEY (c_campaign_id) REFERENCES openbravo.c_campaign (c_campaign_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_production_c_project FOREIGN KEY (c_project_id) REFERENCES openbravo.c_project (c_project_id);
ALTER TABLE openbravo.m_production ADD CONSTRAINT m_production_costcenter FOREIGN KEY (c_costcenter_id) REFERENCES openbravo.c_costcenter (c_costcenter_id);
ALTER TABLE openbravo.m_productionbom_type ADD CONSTRAINT m_productionbom_type_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_productionbom_type ADD CONSTRAINT m_productionbom_type_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_m_attributese FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_productionline ADD CONSTRAINT m_productionline_m_productionp FOREIGN KEY (m_productionplan_id) REFERENCES openbravo.m_productionplan (m_productionplan_id);
ALTER TABLE openbravo.m_productionplan ADD CONSTRAINT m_prodplan_m_attsetid FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_productionplan ADD CONSTRAINT m_prodplan_m_prodstoid FOREIGN KEY (m_productstock_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_productionplan ADD CONSTRAINT m_productionplan_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_productionplan ADD CONSTRAINT m_productionplan_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_productionplan ADD CONSTRAINT m_productionplan_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_productionplan ADD CONSTRAINT m_productionplan_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_productionplan ADD CONSTRAINT m_productionplan_m_production FOREIGN KEY (m_production_id) REFERENCES openbravo.m_production (m_production_id);
ALTER TABLE openbravo.m_productprice ADD CONSTRAINT m_productprice_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_productprice ADD CONSTRAINT m_productprice_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_productprice ADD CONSTRAINT m_productprice_m_pricelist_ver FOREIGN KEY (m_pricelist_version_id) REFERENCES openbravo.m_pricelist_version (m_pricelist_version_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_productprice ADD CONSTRAINT m_productprice_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_productprice_exc ADD CONSTRAINT m_productprice_exc_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_productprice_exc ADD CONSTRAINT m_productprice_exc_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_productprice_exc ADD CONSTRAINT m_productprice_exc_m_pprice FOREIGN KEY (m_productprice_id) REFERENCES openbravo.m_productprice (m_productprice_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_rappel ADD CONSTRAINT m_rappel_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_rappel ADD CONSTRAINT m_rappel_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_rappel ADD CONSTRAINT m_rappel_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_rappel_bpartner ADD CONSTRAINT c_bpartner_m_rappel_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_rappel_bpartner ADD CONSTRAINT m_rappel_bpartner_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_rappel_bpartner ADD CONSTRAINT m_rappel_bpartner_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_rappel_bpartner ADD CONSTRAINT m_rappel_m_rappel_bpartner FOREIGN KEY (m_rappel_id) REFERENCES openbravo.m_rappel (m_rappel_id);
ALTER TABLE openbravo.m_rappel_invoice ADD CONSTRAINT m_rappel_invoice_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_rappel_invoice ADD CONSTRAINT m_rappel_invoice_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_rappel_invoice ADD CONSTRAINT m_rappel_invoice_c_invoice FOREIGN KEY (c_invoice_id) REFERENCES openbravo.c_invoice (c_invoice_id);
ALTER TABLE openbravo.m_rappel_invoice ADD CONSTRAINT m_rappel_invoice_m_rappel_bpar FOREIGN KEY (m_rappel_bpartner_id) REFERENCES openbravo.m_rappel_bpartner (m_rappel_bpartner_id);
ALTER TABLE openbravo.m_rappel_product ADD CONSTRAINT m_product_m_rappel_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_rappel_product ADD CONSTRAINT m_rappel_m_rappel_product FOREIGN KEY (m_rappel_id) REFERENCES openbravo.m_rappel (m_rappel_id);
ALTER TABLE openbravo.m_rappel_product ADD CONSTRAINT m_rappel_product_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_rappel_product ADD CONSTRAINT m_rappel_product_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_rappel_productcategory ADD CONSTRAINT m_rappel_m_rappel_prodcate FOREIGN KEY (m_rappel_id) REFERENCES openbravo.m_rappel (m_rappel_id);
ALTER TABLE openbravo.m_rappel_productcategory ADD CONSTRAINT m_rappel_productcategory_ad_cl FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_rappel_productcategory ADD CONSTRAINT m_rappel_productcategory_ad_or FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_rappel_productcategory ADD CONSTRAINT m_rappel_productcategory_m_pro FOREIGN KEY (m_product_category_id) REFERENCES openbravo.m_product_category (m_product_category_id);
ALTER TABLE openbravo.m_rappel_scale ADD CONSTRAINT m_rappel_m_rappel_scale FOREIGN KEY (m_rappel_id) REFERENCES openbravo.m_rappel (m_rappel_id);
ALTER TABLE openbravo.m_rappel_scale ADD CONSTRAINT m_rappel_scale_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_rappel_scale ADD CONSTRAINT m_rappel_scale_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_refinventory ADD CONSTRAINT m_refinventory_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_refinventory ADD CONSTRAINT m_refinventory_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_refinventory ADD CONSTRAINT m_refinventory_parent_fk FOREIGN KEY (parent_refinventory_id) REFERENCES openbravo.m_refinventory (m_refinventory_id);
ALTER TABLE openbravo.m_refinventory ADD CONSTRAINT m_refinventory_type FOREIGN KEY (m_refinventory_type_id) REFERENCES openbravo.m_refinventory_type (m_refinventory_type_id);
ALTER TABLE openbravo.m_refinventory_type ADD CONSTRAINT m_refinvtype_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_refinventory_type ADD CONSTRAINT m_refinvtype_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_refinventory_type_orgseq ADD CONSTRAINT m_refinv_type_orgsq_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_refinventory_type_orgseq ADD CONSTRAINT m_refinv_type_orgsq_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_refinventory_type_orgseq ADD CONSTRAINT m_refinv_type_orgsq_refinvtype FOREIGN KEY (m_refinventory_type_id) REFERENCES openbravo.m_refinventory_type (m_refinventory_type_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_requisition ADD CONSTRAINT ad_client_m_requisition FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_requisition ADD CONSTRAINT ad_org_m_requisition FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_requisition ADD CONSTRAINT ad_user_m_requisition FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_requisition ADD CONSTRAINT c_bpartner_m_requisition FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_requisition ADD CONSTRAINT c_currency_m_requisition FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_requisition ADD CONSTRAINT m_pricelist_m_requisition FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.m_requisition ADD CONSTRAINT m_warehouse_r_m_requisition FOREIGN KEY (m_warehouse_receipt_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT ad_client_m_requisitionline FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT ad_org_m_requisitionline FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT ad_user_m_requisitionline FOREIGN KEY (lockedby) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT c_bpartner_m_requisitionline FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT c_uom_m_requisitionline FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT m_attsetinst_m_requisitionline FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT m_pricelist_m_requisitionline FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT m_product_m_requisitionline FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT m_productuom_m_requisitionline FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT m_requisition_mrequisitionline FOREIGN KEY (m_requisition_id) REFERENCES openbravo.m_requisition (m_requisition_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT m_requisitionline_c_aum FOREIGN KEY (c_aum) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_requisitionline ADD CONSTRAINT m_requisitionline_c_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_requisitionorder ADD CONSTRAINT m_requisitionorder_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_requisitionorder ADD CONSTRAINT m_requisitionorder_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_requisitionorder ADD CONSTRAINT m_requisitionorder_c_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_requisitionorder ADD CONSTRAINT m_requisitionorder_m_requisiti FOREIGN KEY (m_requisitionline_id) REFERENCES openbravo.m_requisitionline (m_requisitionline_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_attrsetinstance FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_user FOREIGN KEY (ad_user_id) REFERENCES openbravo.ad_user (ad_user_id);
ALTER TABLE openbravo.m_reservation ADD CONSTRAINT m_reservation_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_reservation_stock ADD CONSTRAINT m_reservation_stock_attrsetins FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_reservation_stock ADD CONSTRAINT m_reservation_stock_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_reservation_stock ADD CONSTRAINT m_reservation_stock_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_reservation_stock ADD CONSTRAINT m_reservation_stock_orderline FOREIGN KEY (c_orderline_id) REFERENCES openbravo.c_orderline (c_orderline_id);
ALTER TABLE openbravo.m_reservation_stock ADD CONSTRAINT m_reservation_stock_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_reservation_stock ADD CONSTRAINT m_reservation_stock_reserv FOREIGN KEY (m_reservation_id) REFERENCES openbravo.m_reservation (m_reservation_id);
ALTER TABLE openbravo.m_return_bin ADD CONSTRAINT m_returnbin_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_return_bin ADD CONSTRAINT m_returnbin_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_return_bin ADD CONSTRAINT m_returnbin_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_return_bin ADD CONSTRAINT m_returnbin_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_sernoctl ADD CONSTRAINT m_sernoctl_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_sernoctl ADD CONSTRAINT m_sernoctl_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_servicepricerule ADD CONSTRAINT m_servprrul_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_servicepricerule ADD CONSTRAINT m_servprrul_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_servicepricerule_range ADD CONSTRAINT m_servprrulrange_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_servicepricerule_range ADD CONSTRAINT m_servprrulrange_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_servicepricerule_range ADD CONSTRAINT m_servprrulrange_pricelist FOREIGN KEY (m_pricelist_id) REFERENCES openbravo.m_pricelist (m_pricelist_id);
ALTER TABLE openbravo.m_servicepricerule_range ADD CONSTRAINT m_servprrulrange_rule FOREIGN KEY (m_servicepricerule_id) REFERENCES openbravo.m_servicepricerule (m_servicepricerule_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_servicepricerule_version ADD CONSTRAINT m_servprrulversion_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_servicepricerule_version ADD CONSTRAINT m_servprrulversion_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_servicepricerule_version ADD CONSTRAINT m_servprrulversion_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_servicepricerule_version ADD CONSTRAINT m_servprrulversion_relproduct FOREIGN KEY (m_relatedproduct_id) REFERENCES openbravo.m_product_service (m_product_service_id);
ALTER TABLE openbravo.m_servicepricerule_version ADD CONSTRAINT m_servprrulversion_rule FOREIGN KEY (m_servicepricerule_id) REFERENCES openbravo.m_servicepricerule (m_servicepricerule_id);
ALTER TABLE openbravo.m_servicepricerule_version ADD CONSTRAINT m_servprrulversion_servprodcat FOREIGN KEY (m_relatedproductcategory_id) REFERENCES openbravo.m_product_category_service (m_product_category_service_id);
ALTER TABLE openbravo.m_shipper ADD CONSTRAINT m_shipper_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_shipper ADD CONSTRAINT m_shipper_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_shipper ADD CONSTRAINT m_shipper_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_stock_aux ADD CONSTRAINT ad_client_mstockaux FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_stock_aux ADD CONSTRAINT ad_org_mstockaux FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_stock_aux ADD CONSTRAINT m_storagedetail_mstockaux FOREIGN KEY (m_storage_detail_id) REFERENCES openbravo.m_storage_detail (m_storage_detail_id);
ALTER TABLE openbravo.m_stock_proposed ADD CONSTRAINT ad_client_mstockproposed FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_stock_proposed ADD CONSTRAINT ad_org_mstockproposed FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_stock_proposed ADD CONSTRAINT m_storagedet_mstockproposed FOREIGN KEY (m_storage_detail_id) REFERENCES openbravo.m_storage_detail (m_storage_detail_id);
ALTER TABLE openbravo.m_stock_valuation ADD CONSTRAINT m_stock_valuation_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_stock_valuation ADD CONSTRAINT m_stock_valuation_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_stock_valuation ADD CONSTRAINT m_stock_valuation_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_stock_valuation ADD CONSTRAINT m_stock_valuation_wh FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_m_attributese FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_storage_detail ADD CONSTRAINT m_storage_detail_m_refinv FOREIGN KEY (m_refinventory_id) REFERENCES openbravo.m_refinventory (m_refinventory_id);
ALTER TABLE openbravo.m_storage_pending ADD CONSTRAINT m_storage_pending_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_storage_pending ADD CONSTRAINT m_storage_pending_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_storage_pending ADD CONSTRAINT m_storage_pending_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_storage_pending ADD CONSTRAINT m_storage_pending_m_attributes FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_storage_pending ADD CONSTRAINT m_storage_pending_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_storage_pending ADD CONSTRAINT m_storage_pending_m_product_uo FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_storage_pending ADD CONSTRAINT m_storage_pending_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_substitute ADD CONSTRAINT m_substitute_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_substitute ADD CONSTRAINT m_substitute_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_substitute ADD CONSTRAINT m_substitute_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_substitute ADD CONSTRAINT m_substitute_substitute FOREIGN KEY (substitute_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_intl_consump_mtransaction FOREIGN KEY (m_internal_consumptionline_id) REFERENCES openbravo.m_internal_consumptionline (m_internal_consumptionline_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_trans_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_c_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_costingalgorithm FOREIGN KEY (m_costing_algorithm_id) REFERENCES openbravo.m_costing_algorithm (m_costing_algorithm_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_attributesetin FOREIGN KEY (m_attributesetinstance_id) REFERENCES openbravo.m_attributesetinstance (m_attributesetinstance_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_inoutline FOREIGN KEY (m_inoutline_id) REFERENCES openbravo.m_inoutline (m_inoutline_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_inventoryline FOREIGN KEY (m_inventoryline_id) REFERENCES openbravo.m_inventoryline (m_inventoryline_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_movementline FOREIGN KEY (m_movementline_id) REFERENCES openbravo.m_movementline (m_movementline_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_product_uom FOREIGN KEY (m_product_uom_id) REFERENCES openbravo.m_product_uom (m_product_uom_id);
ALTER TABLE openbravo.m_transaction ADD CONSTRAINT m_transaction_m_productionline FOREIGN KEY (m_productionline_id) REFERENCES openbravo.m_productionline (m_productionline_id);
ALTER TABLE openbravo.m_transaction_cost ADD CONSTRAINT m_transaction_cost_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_transaction_cost ADD CONSTRAINT m_transaction_cost_costadjl FOREIGN KEY (m_costadjustmentline_id) REFERENCES openbravo.m_costadjustmentline (m_costadjustmentline_id);
ALTER TABLE openbravo.m_transaction_cost ADD CONSTRAINT m_transaction_cost_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_transaction_cost ADD CONSTRAINT m_transaction_cost_transaction FOREIGN KEY (m_transaction_id) REFERENCES openbravo.m_transaction (m_transaction_id);
ALTER TABLE openbravo.m_transaction_cost ADD CONSTRAINT m_transcost_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id);
ALTER TABLE openbravo.m_transaction_last ADD CONSTRAINT m_transaction_last_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_transaction_last ADD CONSTRAINT m_transaction_last_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_transaction_last ADD CONSTRAINT m_transaction_last_m_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id);
ALTER TABLE openbravo.m_transaction_last ADD CONSTRAINT m_transaction_last_m_trx FOREIGN KEY (m_transaction_id) REFERENCES openbravo.m_transaction (m_transaction_id);
ALTER TABLE openbravo.m_transaction_last ADD CONSTRAINT m_transaction_last_m_warehouse FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_val_stock_agg_cost_rule FOREIGN KEY (m_costing_rule_id) REFERENCES openbravo.m_costing_rule (m_costing_rule_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_valued_stock_agg_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_valued_stock_agg_currency FOREIGN KEY (c_currency_id) REFERENCES openbravo.c_currency (c_currency_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_valued_stock_agg_locator FOREIGN KEY (m_locator_id) REFERENCES openbravo.m_locator (m_locator_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_valued_stock_agg_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_valued_stock_agg_period FOREIGN KEY (c_period_id) REFERENCES openbravo.c_period (c_period_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_valued_stock_agg_product FOREIGN KEY (m_product_id) REFERENCES openbravo.m_product (m_product_id) ON DELETE CASCADE;
ALTER TABLE openbravo.m_valued_stock_agg ADD CONSTRAINT m_valued_stock_agg_uom FOREIGN KEY (c_uom_id) REFERENCES openbravo.c_uom (c_uom_id);
ALTER TABLE openbravo.m_warehouse ADD CONSTRAINT c_location_warehouse FOREIGN KEY (c_location_id) REFERENCES openbravo.c_location (c_location_id);
ALTER TABLE openbravo.m_warehouse ADD CONSTRAINT m_warehouse_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_warehouse ADD CONSTRAINT m_warehouse_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_warehouse ADD CONSTRAINT m_warehouse_returnlocator FOREIGN KEY (m_returnlocator_id) REFERENCES openbravo.m_locator (m_locator_id);
ALTER TABLE openbravo.m_warehouse ADD CONSTRAINT m_warehouse_whrule FOREIGN KEY (m_warehouse_rule_id) REFERENCES openbravo.m_warehouse_rule (m_warehouse_rule_id);
ALTER TABLE openbravo.m_warehouse_rule ADD CONSTRAINT m_warehouse_rule_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_warehouse_rule ADD CONSTRAINT m_warehouse_rule_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_warehouse_shipper ADD CONSTRAINT m_warehouse_shipper_ad_client FOREIGN KEY (ad_client_id) REFERENCES openbravo.ad_client (ad_client_id);
ALTER TABLE openbravo.m_warehouse_shipper ADD CONSTRAINT m_warehouse_shipper_ad_org FOREIGN KEY (ad_org_id) REFERENCES openbravo.ad_org (ad_org_id);
ALTER TABLE openbravo.m_warehouse_shipper ADD CONSTRAINT m_warehouse_shipper_c_bpartner FOREIGN KEY (c_bpartner_id) REFERENCES openbravo.c_bpartner (c_bpartner_id);
ALTER TABLE openbravo.m_warehouse_shipper ADD CONSTRAINT m_warehouse_shipper_m_warehous FOREIGN KEY (m_warehouse_id) REFERENCES openbravo.m_warehouse (m_warehouse_id);
