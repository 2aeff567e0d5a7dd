-- iDempiere ERP (a Compiere/ADempiere descendant): tenants, organisations, users and roles; business partners,
-- their groups, locations, contacts and bank accounts; addresses, countries, regions, cities; currencies and
-- conversion rates, units of measure, taxes, payment terms, document types, charges, calendars and periods;
-- products, categories, vendors' product data, price lists and versions, discount schemas, attributes, lots and
-- serial numbers, bills of materials; sales and purchase orders, invoices and their lines, taxes and payment
-- schedules; payments, allocations, banks, bank statements, cash journals, payment selections, dunning; warehouses
-- and locators, shipments/receipts, physical inventories, movements, on-hand and reserved storage, material
-- transactions, matching, returns (RMA), requisitions, production, packages, costing, forecasts; accounting
-- schemas, account elements, fact lines, GL journals and budgets; commissions; requests; resources and expense
-- reports; RfQs; assets: 185 of its tables, schema idempiere (a real install uses adempiere), as its generated
-- model interfaces declare them: org.adempiere.base/src/org/compiere/model/I_*.java (and org/eevolution/model/
-- for PP_Product_BOM, PP_Product_BOMLine) of github.com/idempiere/idempiere (commit 11ddd3b2b2; GPL-2.0; we use the
-- schema's facts). iDempiere keeps its schema in its application dictionary (AD_Table/AD_Column rows of a seed
-- dump not in the repository); the interfaces are generated from it. A one-off script took each interface's
-- Table_Name and COLUMNNAME_* constants with their getter types (int -> numeric(10,0), BigDecimal -> numeric,
-- Timestamp -> timestamp, String -> character varying (the lengths are not in the interfaces), boolean ->
-- character(1), as iDempiere stores 'Y'/'N'), the primary key <table>_ID where the table has one (16 link tables
-- such as c_ordertax, m_storageonhand, m_product_po, m_cost have none here: their keys are composite in the
-- dictionary and not in the interfaces), NOT NULL for the key and for the columns the X_* class constructors set
-- as mandatory, and a foreign key for each column whose interface returns a model (getC_BPartner(), getSalesRep())
-- pointing at a table kept here (769; 120 pointing at left-out tables such as AD_Table, C_Department, C_CostCenter
-- left out); names lower-cased as iDempiere creates them on PostgreSQL. Loaded into a scratch PostgreSQL and
-- regenerated from its catalog. Left out: the other ~510 tables (application dictionary, workflow, HR/payroll,
-- manufacturing, import and temporary tables...), views, defaults, CHECK constraints, indexes; no comments (the
-- database has none; names and descriptions live in the dictionary). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS idempiere;
CREATE TABLE idempiere.a_asset (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    a_assettype character varying,
    a_asset_action character varying NOT NULL,
    a_asset_class_id numeric(10,0),
    a_asset_createdate timestamp without time zone,
    a_asset_group_id numeric(10,0) NOT NULL,
    a_asset_id numeric(10,0) NOT NULL,
    a_asset_revaldate timestamp without time zone,
    a_asset_status character varying NOT NULL,
    a_asset_type_id numeric(10,0),
    a_asset_uu character varying,
    a_parent_asset_id numeric(10,0),
    a_qty_current numeric,
    a_qty_original numeric,
    assetactivationdate timestamp without time zone,
    assetdepreciationdate timestamp without time zone,
    assetdisposaldate timestamp without time zone,
    assetservicedate timestamp without time zone,
    c_activity_id numeric(10,0),
    c_bpartnersr_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_bpartner_location_id numeric(10,0),
    c_location_id numeric(10,0),
    c_project_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    guaranteedate timestamp without time zone,
    help character varying,
    inventoryno character varying,
    isactive character(1),
    isdepreciated character(1) NOT NULL,
    isdisposed character(1) NOT NULL,
    isfullydepreciated character(1) NOT NULL,
    isinposession character(1) NOT NULL,
    isowned character(1) NOT NULL,
    lastmaintenancedate timestamp without time zone,
    lastmaintenancenote character varying,
    lastmaintenanceunit numeric(10,0),
    leaseterminationdate timestamp without time zone,
    lease_bpartner_id numeric(10,0),
    lifeuseunits numeric(10,0),
    locationcomment character varying,
    lot character varying,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_inoutline_id numeric(10,0),
    m_locator_id numeric(10,0),
    m_product_id numeric(10,0) NOT NULL,
    manufacturedyear numeric(10,0),
    manufacturer character varying,
    name character varying NOT NULL,
    nextmaintenencedate timestamp without time zone,
    nextmaintenenceunit numeric(10,0),
    processed character(1) NOT NULL,
    processing character(1),
    qty numeric,
    serno character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    uselifemonths numeric(10,0),
    uselifeyears numeric,
    useunits numeric(10,0),
    value character varying NOT NULL,
    versionno character varying,
    PRIMARY KEY (a_asset_id)
);
CREATE TABLE idempiere.a_asset_group (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    a_asset_class_id numeric(10,0),
    a_asset_group_id numeric(10,0) NOT NULL,
    a_asset_group_uu character varying,
    a_asset_type_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    iscreateasactive character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    isdepreciated character(1) NOT NULL,
    isfixedasset character(1),
    isoneassetperuom character(1) NOT NULL,
    isowned character(1) NOT NULL,
    istrackissues character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (a_asset_group_id)
);
CREATE TABLE idempiere.ad_client (
    ad_client_id numeric(10,0) NOT NULL,
    ad_client_uu character varying,
    ad_language character varying,
    ad_org_id numeric(10,0),
    ad_passwordrule_id numeric(10,0),
    ad_replicationstrategy_id numeric(10,0),
    authenticationtype character varying NOT NULL,
    autoarchive character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    documentdir character varying,
    emailtest character varying,
    isactive character(1),
    ismultilingualdocument character(1) NOT NULL,
    ispostimmediate character(1) NOT NULL,
    issecuresmtp character(1) NOT NULL,
    issmtpauthorization character(1) NOT NULL,
    isuseasp character(1) NOT NULL,
    isusebetafunctions character(1) NOT NULL,
    loginprefix character varying,
    mmpolicy character varying NOT NULL,
    modelvalidationclasses character varying,
    name character varying NOT NULL,
    requestemail character varying,
    requestfolder character varying,
    requestuser character varying,
    requestuserpw character varying,
    smtphost character varying,
    smtpport numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (ad_client_id)
);
CREATE TABLE idempiere.ad_org (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0) NOT NULL,
    ad_org_uu character varying,
    ad_replicationstrategy_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    issummary character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (ad_org_id)
);
CREATE TABLE idempiere.ad_orginfo (
    ad_client_id numeric(10,0),
    ad_orginfo_uu character varying,
    ad_orgtype_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_calendar_id numeric(10,0),
    c_location_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    duns character varying NOT NULL,
    dropship_warehouse_id numeric(10,0),
    email character varying,
    fax character varying,
    isactive character(1),
    logo_id numeric(10,0),
    m_warehouse_id numeric(10,0),
    parent_org_id numeric(10,0),
    phone character varying,
    phone2 character varying,
    receiptfootermsg character varying NOT NULL,
    supervisor_id numeric(10,0),
    taxid character varying NOT NULL,
    timezone character varying,
    transferbank_id numeric(10,0),
    transfercashbook_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.ad_role (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_role_id numeric(10,0) NOT NULL,
    ad_role_uu character varying,
    ad_tree_menu_id numeric(10,0),
    ad_tree_org_id numeric(10,0),
    allow_info_account character(1) NOT NULL,
    allow_info_asset character(1) NOT NULL,
    allow_info_bpartner character(1) NOT NULL,
    allow_info_inout character(1) NOT NULL,
    allow_info_invoice character(1) NOT NULL,
    allow_info_order character(1) NOT NULL,
    allow_info_payment character(1) NOT NULL,
    allow_info_product character(1) NOT NULL,
    allow_info_resource character(1) NOT NULL,
    allow_info_schedule character(1) NOT NULL,
    amtapproval numeric,
    amtapprovalaccum numeric,
    c_currency_id numeric(10,0),
    confirmqueryrecords numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    daysapprovalaccum numeric(10,0),
    description character varying,
    isaccessadvanced character(1),
    isaccessallorgs character(1) NOT NULL,
    isactive character(1),
    iscanapproveowndoc character(1) NOT NULL,
    iscanexport character(1) NOT NULL,
    iscanreport character(1) NOT NULL,
    ischangelog character(1) NOT NULL,
    isclientadministrator character(1) NOT NULL,
    isdiscountallowedontotal character(1) NOT NULL,
    isdiscountuptolimitprice character(1) NOT NULL,
    ismanual character(1) NOT NULL,
    ismasterrole character(1) NOT NULL,
    ismenuautoexpand character(1) NOT NULL,
    ispersonalaccess character(1) NOT NULL,
    ispersonallock character(1) NOT NULL,
    isshowacct character(1) NOT NULL,
    isuseuserorgaccess character(1) NOT NULL,
    maxqueryrecords numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    overwritepricelimit character(1) NOT NULL,
    predefinedcontextvariables character varying,
    preferencetype character varying NOT NULL,
    roletype character varying,
    supervisor_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    userdiscount numeric,
    userlevel character varying,
    PRIMARY KEY (ad_role_id)
);
CREATE TABLE idempiere.ad_user (
    ad_client_id numeric(10,0),
    ad_image_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0) NOT NULL,
    ad_user_uu character varying,
    answer character varying,
    authenticationtype character varying,
    bpname character varying,
    bp_location_id numeric(10,0),
    birthday timestamp without time zone,
    c_bpartner_id numeric(10,0),
    c_bpartner_location_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_greeting_id numeric(10,0),
    c_job_id numeric(10,0),
    c_location_id numeric(10,0),
    comments character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateaccountlocked timestamp without time zone,
    datelastlogin timestamp without time zone,
    datepasswordchanged timestamp without time zone,
    description character varying,
    email character varying,
    emailuser character varying,
    emailuserpw character varying,
    emailverify character varying,
    emailverifydate timestamp without time zone,
    failedlogincount numeric(10,0) NOT NULL,
    fax character varying,
    isactive character(1),
    isaddmailtextautomatically character(1) NOT NULL,
    isbillto character(1) NOT NULL,
    isexpired character(1) NOT NULL,
    isfullbpaccess character(1) NOT NULL,
    isinpayroll character(1) NOT NULL,
    islocked character(1) NOT NULL,
    ismenuautoexpand character varying,
    isnoexpire character(1) NOT NULL,
    isnopasswordreset character(1) NOT NULL,
    issaleslead character(1) NOT NULL,
    isshipto character(1) NOT NULL,
    issupportuser character(1) NOT NULL,
    isvendorlead character(1) NOT NULL,
    ldapuser character varying,
    lastcontact timestamp without time zone,
    lastresult character varying,
    leadsource character varying,
    leadsourcedescription character varying,
    leadstatus character varying,
    leadstatusdescription character varying,
    name character varying NOT NULL,
    notificationtype character varying NOT NULL,
    password character varying,
    passwordhashalgorithm character varying,
    phone character varying,
    phone2 character varying,
    processing character(1),
    r_defaultmailtext_id numeric(10,0),
    salesrep_id numeric(10,0),
    salt character varying,
    saltalgorithm character varying,
    securityquestion character varying,
    supervisor_id numeric(10,0),
    title character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    userpin character varying,
    value character varying,
    PRIMARY KEY (ad_user_id)
);
CREATE TABLE idempiere.ad_user_roles (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_role_id numeric(10,0) NOT NULL,
    ad_user_id numeric(10,0) NOT NULL,
    ad_user_roles_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.c_acctschema (
    ad_client_id numeric(10,0),
    ad_orgonly_id numeric(10,0),
    ad_org_id numeric(10,0),
    autoperiodcontrol character(1) NOT NULL,
    backdateday numeric(10,0),
    c_acctschema_id numeric(10,0) NOT NULL,
    c_acctschema_uu character varying,
    c_currency_id numeric(10,0) NOT NULL,
    c_period_id numeric(10,0),
    commitmenttype character varying NOT NULL,
    costinglevel character varying NOT NULL,
    costingmethod character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    enddate timestamp without time zone,
    gaap character varying NOT NULL,
    hasalias character(1) NOT NULL,
    hascombination character(1) NOT NULL,
    isaccrual character(1) NOT NULL,
    isactive character(1),
    isadjustcogs character(1) NOT NULL,
    isallownegativeposting character(1),
    isdiscountcorrectstax character(1) NOT NULL,
    isexplicitcostadjustment character(1) NOT NULL,
    ispostifclearingequal character(1),
    ispostservices character(1) NOT NULL,
    istradediscountposted character(1) NOT NULL,
    m_costtype_id numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    period_openfuture numeric(10,0),
    period_openhistory numeric(10,0),
    processing character(1),
    separator character varying NOT NULL,
    startdate timestamp without time zone,
    taxcorrectiontype character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_acctschema_id)
);
CREATE TABLE idempiere.c_activity (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_activity_id numeric(10,0) NOT NULL,
    c_activity_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    issummary character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_activity_id)
);
CREATE TABLE idempiere.c_allocationhdr (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    approvalamt numeric NOT NULL,
    c_allocationhdr_id numeric(10,0) NOT NULL,
    c_allocationhdr_uu character varying,
    c_currency_id numeric(10,0) NOT NULL,
    c_doctype_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    datetrx timestamp without time zone NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    isactive character(1),
    isapproved character(1) NOT NULL,
    ismanual character(1) NOT NULL,
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    reversal_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_allocationhdr_id)
);
CREATE TABLE idempiere.c_allocationline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amount numeric NOT NULL,
    c_allocationhdr_id numeric(10,0) NOT NULL,
    c_allocationline_id numeric(10,0) NOT NULL,
    c_allocationline_uu character varying,
    c_bpartner_id numeric(10,0),
    c_banktransfer_id numeric(10,0),
    c_cashline_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_invoice_id numeric(10,0),
    c_order_id numeric(10,0),
    c_payment_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    datetrx timestamp without time zone,
    discountamt numeric NOT NULL,
    isactive character(1),
    ismanual character(1),
    overunderamt numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    writeoffamt numeric NOT NULL,
    PRIMARY KEY (c_allocationline_id)
);
CREATE TABLE idempiere.c_bank (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bank_id numeric(10,0) NOT NULL,
    c_bank_uu character varying,
    c_location_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isownbank character(1) NOT NULL,
    name character varying NOT NULL,
    routingno character varying NOT NULL,
    swiftcode character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_bank_id)
);
CREATE TABLE idempiere.c_bankaccount (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    accountno character varying NOT NULL,
    bban character varying,
    bankaccounttype character varying NOT NULL,
    c_bankaccount_id numeric(10,0) NOT NULL,
    c_bankaccount_uu character varying,
    c_bank_id numeric(10,0) NOT NULL,
    c_currency_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    creditlimit numeric NOT NULL,
    currentbalance numeric NOT NULL,
    description character varying,
    iban character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    paymentexportclass character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_bankaccount_id)
);
CREATE TABLE idempiere.c_bankstatement (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    beginningbalance numeric,
    c_bankaccount_id numeric(10,0) NOT NULL,
    c_bankstatement_id numeric(10,0) NOT NULL,
    c_bankstatement_uu character varying,
    c_doctype_id numeric(10,0) NOT NULL,
    copyfrom character varying,
    createfrom character varying,
    createfrombatch character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    eftstatementdate timestamp without time zone,
    eftstatementreference character varying,
    endingbalance numeric NOT NULL,
    isactive character(1),
    isapproved character(1) NOT NULL,
    ismanual character(1) NOT NULL,
    matchstatement character varying,
    name character varying NOT NULL,
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    statementdate timestamp without time zone NOT NULL,
    statementdifference numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_bankstatement_id)
);
CREATE TABLE idempiere.c_bankstatementline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_bankstatementline_id numeric(10,0) NOT NULL,
    c_bankstatementline_uu character varying,
    c_bankstatement_id numeric(10,0) NOT NULL,
    c_charge_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_depositbatch_id numeric(10,0),
    c_invoice_id numeric(10,0),
    c_payment_id numeric(10,0),
    chargeamt numeric NOT NULL,
    createpayment character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    description character varying,
    eftamt numeric,
    eftcheckno character varying,
    eftcurrency character varying,
    eftmemo character varying,
    eftpayee character varying,
    eftpayeeaccount character varying,
    eftreference character varying,
    eftstatementlinedate timestamp without time zone,
    efttrxid character varying,
    efttrxtype character varying,
    eftvalutadate timestamp without time zone,
    interestamt numeric NOT NULL,
    isactive character(1),
    ismanual character(1) NOT NULL,
    isreversal character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    matchstatement character varying,
    memo character varying,
    processed character(1) NOT NULL,
    referenceno character varying,
    statementlinedate timestamp without time zone NOT NULL,
    stmtamt numeric NOT NULL,
    trxamt numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    valutadate timestamp without time zone NOT NULL,
    PRIMARY KEY (c_bankstatementline_id)
);
CREATE TABLE idempiere.c_banktransfer (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_banktransfer_id numeric(10,0) NOT NULL,
    c_banktransfer_uu character varying,
    c_conversiontype_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    from_ad_org_id numeric(10,0) NOT NULL,
    from_amt numeric NOT NULL,
    from_c_bpartner_id numeric(10,0) NOT NULL,
    from_c_bankaccount_id numeric(10,0) NOT NULL,
    from_c_charge_id numeric(10,0) NOT NULL,
    from_c_currency_id numeric(10,0) NOT NULL,
    from_doctype_id numeric(10,0),
    from_tendertype character varying NOT NULL,
    from_user1_id numeric(10,0),
    from_user2_id numeric(10,0),
    isactive character(1),
    isoverridecurrencyrate character(1) NOT NULL,
    paydate timestamp without time zone NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    rate numeric NOT NULL,
    to_ad_org_id numeric(10,0) NOT NULL,
    to_amt numeric NOT NULL,
    to_c_bpartner_id numeric(10,0) NOT NULL,
    to_c_bankaccount_id numeric(10,0) NOT NULL,
    to_c_charge_id numeric(10,0) NOT NULL,
    to_c_currency_id numeric(10,0) NOT NULL,
    to_doctype_id numeric(10,0),
    to_tendertype character varying NOT NULL,
    to_user1_id numeric(10,0),
    to_user2_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_banktransfer_id)
);
CREATE TABLE idempiere.c_bp_bankaccount (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    a_city character varying,
    a_country character varying,
    a_email character varying,
    a_ident_dl character varying,
    a_ident_ssn character varying,
    a_name character varying NOT NULL,
    a_state character varying,
    a_street character varying,
    a_zip character varying,
    accountno character varying,
    bpbankacctuse character varying,
    bankaccounttype character varying,
    c_bp_bankaccount_id numeric(10,0) NOT NULL,
    c_bp_bankaccount_uu character varying,
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bank_id numeric(10,0),
    c_paymentprocessor_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    creditcardexpmm numeric(10,0),
    creditcardexpyy numeric(10,0),
    creditcardnumber character varying,
    creditcardtype character varying,
    creditcardvv character varying,
    customerpaymentprofileid character varying,
    iban character varying,
    isach character(1) NOT NULL,
    isactive character(1),
    r_avsaddr character varying,
    r_avszip character varying,
    routingno character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_bp_bankaccount_id)
);
CREATE TABLE idempiere.c_bp_group (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_printcolor_id numeric(10,0),
    c_bp_group_id numeric(10,0) NOT NULL,
    c_bp_group_uu character varying,
    c_dunning_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    creditwatchpercent numeric,
    description character varying,
    isactive character(1),
    isconfidentialinfo character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    m_discountschema_id numeric(10,0),
    m_pricelist_id numeric(10,0),
    name character varying NOT NULL,
    po_discountschema_id numeric(10,0),
    po_pricelist_id numeric(10,0),
    pricematchtolerance numeric,
    prioritybase character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_bp_group_id)
);
CREATE TABLE idempiere.c_bp_relation (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bp_relation_id numeric(10,0) NOT NULL,
    c_bp_relation_uu character varying,
    c_bpartnerrelation_id numeric(10,0) NOT NULL,
    c_bpartnerrelation_location_id numeric(10,0) NOT NULL,
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isbillto character(1) NOT NULL,
    ispayfrom character(1) NOT NULL,
    isremitto character(1) NOT NULL,
    isshipto character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_bp_relation_id)
);
CREATE TABLE idempiere.c_bpartner (
    ad_client_id numeric(10,0),
    ad_language character varying,
    ad_orgbp_id numeric(10,0),
    ad_org_id numeric(10,0),
    acqusitioncost numeric,
    actuallifetimevalue numeric,
    bpartner_parent_id numeric(10,0),
    c_bp_group_id numeric(10,0) NOT NULL,
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_uu character varying,
    c_dunning_id numeric(10,0),
    c_greeting_id numeric(10,0),
    c_invoiceschedule_id numeric(10,0),
    c_paymentterm_id numeric(10,0),
    c_taxgroup_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    customerprofileid character varying,
    duns character varying,
    default1099box_id numeric(10,0),
    deliveryrule character varying,
    deliveryviarule character varying,
    description character varying,
    documentcopies numeric(10,0),
    dunninggrace timestamp without time zone,
    firstsale timestamp without time zone,
    flatdiscount numeric,
    freightcostrule character varying,
    invoicerule character varying,
    invoice_printformat_id numeric(10,0),
    is1099vendor character(1) NOT NULL,
    isactive character(1),
    iscustomer character(1) NOT NULL,
    isdiscountprinted character(1),
    isemployee character(1) NOT NULL,
    ismanufacturer character(1),
    isonetime character(1) NOT NULL,
    ispotaxexempt character(1) NOT NULL,
    isprospect character(1) NOT NULL,
    issalesrep character(1) NOT NULL,
    issummary character(1) NOT NULL,
    istaxexempt character(1),
    isvendor character(1) NOT NULL,
    logo_id numeric(10,0),
    m_discountschema_id numeric(10,0),
    m_pricelist_id numeric(10,0),
    naics character varying,
    name character varying NOT NULL,
    name2 character varying,
    numberemployees numeric(10,0),
    poreference character varying,
    po_discountschema_id numeric(10,0),
    po_paymentterm_id numeric(10,0),
    po_pricelist_id numeric(10,0),
    paymentrule character varying,
    paymentrulepo character varying,
    potentiallifetimevalue numeric,
    rating character varying,
    referenceno character varying,
    socreditstatus character varying,
    so_creditlimit numeric NOT NULL,
    so_creditused numeric NOT NULL,
    so_description character varying,
    salesrep_id numeric(10,0),
    salesvolume numeric(10,0),
    sendemail character(1) NOT NULL,
    shareofcustomer numeric(10,0),
    shelflifeminpct numeric(10,0),
    taxid character varying,
    totalopenbalance numeric,
    url character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_bpartner_id)
);
CREATE TABLE idempiere.c_bpartner_location (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_bpartner_location_uu character varying,
    c_location_id numeric(10,0) NOT NULL,
    c_salesregion_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    customeraddressid character varying,
    fax character varying,
    isdn character varying,
    isactive character(1),
    isbillto character(1) NOT NULL,
    ispayfrom character(1) NOT NULL,
    ispreservecustomname character(1) NOT NULL,
    isremitto character(1) NOT NULL,
    isshipto character(1) NOT NULL,
    name character varying NOT NULL,
    phone character varying,
    phone2 character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_bpartner_location_id)
);
CREATE TABLE idempiere.c_bpartner_product (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_product_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    ismanufacturer character(1) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    manufacturer character varying NOT NULL,
    qualityrating numeric,
    shelflifemindays numeric(10,0) NOT NULL,
    shelflifeminpct numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    vendorcategory character varying,
    vendorproductno character varying
);
CREATE TABLE idempiere.c_calendar (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_calendar_id numeric(10,0) NOT NULL,
    c_calendar_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_calendar_id)
);
CREATE TABLE idempiere.c_campaign (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_campaign_id numeric(10,0) NOT NULL,
    c_campaign_uu character varying,
    c_channel_id numeric(10,0),
    costs numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    enddate timestamp without time zone,
    isactive character(1),
    issummary character(1) NOT NULL,
    name character varying NOT NULL,
    startdate timestamp without time zone,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_campaign_id)
);
CREATE TABLE idempiere.c_cash (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    beginningbalance numeric NOT NULL,
    c_activity_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_cashbook_id numeric(10,0) NOT NULL,
    c_cash_id numeric(10,0) NOT NULL,
    c_cash_uu character varying,
    c_project_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    endingbalance numeric NOT NULL,
    isactive character(1),
    isapproved character(1) NOT NULL,
    name character varying NOT NULL,
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    statementdate timestamp without time zone NOT NULL,
    statementdifference numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (c_cash_id)
);
CREATE TABLE idempiere.c_cashbook (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_cashbook_id numeric(10,0) NOT NULL,
    c_cashbook_uu character varying,
    c_currency_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_cashbook_id)
);
CREATE TABLE idempiere.c_cashline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amount numeric NOT NULL,
    c_bankaccount_id numeric(10,0),
    c_cashline_id numeric(10,0) NOT NULL,
    c_cashline_uu character varying,
    c_cash_id numeric(10,0) NOT NULL,
    c_charge_id numeric(10,0),
    c_currency_id numeric(10,0),
    c_invoice_id numeric(10,0),
    c_payment_id numeric(10,0),
    cashtype character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    discountamt numeric,
    isactive character(1),
    isgenerated character(1),
    line numeric(10,0) NOT NULL,
    processed character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    writeoffamt numeric,
    PRIMARY KEY (c_cashline_id)
);
CREATE TABLE idempiere.c_channel (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_printcolor_id numeric(10,0),
    c_channel_id numeric(10,0) NOT NULL,
    c_channel_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_channel_id)
);
CREATE TABLE idempiere.c_charge (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_chargetype_id numeric(10,0),
    c_charge_id numeric(10,0) NOT NULL,
    c_charge_uu character varying,
    c_taxcategory_id numeric(10,0) NOT NULL,
    chargeamt numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isexcludedfromdiscount character(1) NOT NULL,
    issamecurrency character(1) NOT NULL,
    issametax character(1) NOT NULL,
    istaxincluded character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_charge_id)
);
CREATE TABLE idempiere.c_chargetype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_chargetype_id numeric(10,0) NOT NULL,
    c_chargetype_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_chargetype_id)
);
CREATE TABLE idempiere.c_city (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    areacode character varying,
    c_city_id numeric(10,0) NOT NULL,
    c_city_uu character varying,
    c_country_id numeric(10,0),
    c_region_id numeric(10,0),
    coordinates character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    locode character varying,
    name character varying NOT NULL,
    postal character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_city_id)
);
CREATE TABLE idempiere.c_commission (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_charge_id numeric(10,0),
    c_commission_id numeric(10,0) NOT NULL,
    c_commission_uu character varying,
    c_currency_id numeric(10,0) NOT NULL,
    createfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    datelastrun timestamp without time zone,
    description character varying,
    docbasistype character varying NOT NULL,
    frequencytype character varying NOT NULL,
    isactive character(1),
    listdetails character(1) NOT NULL,
    m_product_id numeric(10,0),
    name character varying NOT NULL,
    processing character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_commission_id)
);
CREATE TABLE idempiere.c_commissionamt (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    actualqty numeric NOT NULL,
    c_commissionamt_id numeric(10,0) NOT NULL,
    c_commissionamt_uu character varying,
    c_commissionline_id numeric(10,0) NOT NULL,
    c_commissionrun_id numeric(10,0) NOT NULL,
    commissionamt numeric NOT NULL,
    convertedamt numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_commissionamt_id)
);
CREATE TABLE idempiere.c_commissiondetail (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    actualamt numeric NOT NULL,
    actualqty numeric NOT NULL,
    c_commissionamt_id numeric(10,0) NOT NULL,
    c_commissiondetail_id numeric(10,0) NOT NULL,
    c_commissiondetail_uu character varying,
    c_currency_id numeric(10,0) NOT NULL,
    c_invoiceline_id numeric(10,0),
    c_orderline_id numeric(10,0),
    convertedamt numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    info character varying,
    isactive character(1),
    reference character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_commissiondetail_id)
);
CREATE TABLE idempiere.c_commissionline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amtmultiplier numeric NOT NULL,
    amtsubtract numeric NOT NULL,
    c_bp_group_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_commissionline_id numeric(10,0) NOT NULL,
    c_commissionline_uu character varying,
    c_commission_id numeric(10,0) NOT NULL,
    c_salesregion_id numeric(10,0),
    commissionorders character(1) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    ispositiveonly character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_product_category_id numeric(10,0),
    m_product_id numeric(10,0),
    org_id numeric(10,0),
    paymentrule character varying,
    qtymultiplier numeric NOT NULL,
    qtysubtract numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_commissionline_id)
);
CREATE TABLE idempiere.c_commissionrun (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_commissionrun_id numeric(10,0) NOT NULL,
    c_commissionrun_uu character varying,
    c_commission_id numeric(10,0) NOT NULL,
    c_invoice_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    documentno character varying NOT NULL,
    grandtotal numeric NOT NULL,
    isactive character(1),
    processed character(1) NOT NULL,
    processing character(1),
    startdate timestamp without time zone NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_commissionrun_id)
);
CREATE TABLE idempiere.c_contactactivity (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_contactactivity_id numeric(10,0) NOT NULL,
    c_contactactivity_uu character varying,
    c_opportunity_id numeric(10,0),
    comments character varying,
    contactactivitytype character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying NOT NULL,
    enddate timestamp without time zone,
    isactive character(1),
    iscomplete character(1),
    salesrep_id numeric(10,0),
    startdate timestamp without time zone NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_contactactivity_id)
);
CREATE TABLE idempiere.c_conversion_rate (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_conversiontype_id numeric(10,0) NOT NULL,
    c_conversion_rate_id numeric(10,0) NOT NULL,
    c_conversion_rate_uu character varying,
    c_currency_id numeric(10,0) NOT NULL,
    c_currency_id_to numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dividerate numeric NOT NULL,
    isactive character(1),
    multiplyrate numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone NOT NULL,
    validto timestamp without time zone,
    PRIMARY KEY (c_conversion_rate_id)
);
CREATE TABLE idempiere.c_conversiontype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_conversiontype_id numeric(10,0) NOT NULL,
    c_conversiontype_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_conversiontype_id)
);
CREATE TABLE idempiere.c_country (
    ad_client_id numeric(10,0),
    ad_language character varying,
    ad_org_id numeric(10,0),
    allowcitiesoutoflist character(1),
    c_country_id numeric(10,0) NOT NULL,
    c_country_uu character varying,
    c_currency_id numeric(10,0),
    capturesequence character varying,
    countrycode character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    displaysequence character varying NOT NULL,
    displaysequencelocal character varying,
    expressionbankaccountno character varying,
    expressionbankroutingno character varying,
    expressionphone character varying,
    expressionpostal character varying,
    expressionpostal_add character varying,
    haspostal_add character(1) NOT NULL,
    hasregion character(1) NOT NULL,
    isocountrycodealpha3 character varying,
    isactive character(1),
    isaddresslineslocalreverse character(1) NOT NULL,
    isaddresslinesreverse character(1) NOT NULL,
    m49code character varying,
    mediasize character varying,
    name character varying NOT NULL,
    placeholderaddress1 character varying,
    placeholderaddress2 character varying,
    placeholderaddress3 character varying,
    placeholderaddress4 character varying,
    placeholderaddress5 character varying,
    placeholdercity character varying,
    placeholdercomments character varying,
    placeholderpostal character varying,
    placeholderpostal_add character varying,
    regionname character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_country_id)
);
CREATE TABLE idempiere.c_currency (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_currency_uu character varying,
    costingprecision numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    cursymbol character varying,
    description character varying NOT NULL,
    emuentrydate timestamp without time zone,
    emurate numeric,
    iso_code character varying NOT NULL,
    isactive character(1),
    isemumember character(1) NOT NULL,
    iseuro character(1) NOT NULL,
    roundofffactor numeric NOT NULL,
    stdprecision numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_currency_id)
);
CREATE TABLE idempiere.c_depositbatch (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bankaccount_id numeric(10,0) NOT NULL,
    c_currency_id numeric(10,0) NOT NULL,
    c_depositbatch_id numeric(10,0) NOT NULL,
    c_depositbatch_uu character varying,
    c_doctype_id numeric(10,0) NOT NULL,
    createfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    datedeposit timestamp without time zone NOT NULL,
    datedoc timestamp without time zone NOT NULL,
    depositamt numeric NOT NULL,
    description character varying,
    docaction character varying,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    isactive character(1),
    processed character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_depositbatch_id)
);
CREATE TABLE idempiere.c_depositbatchline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_depositbatchline_id numeric(10,0) NOT NULL,
    c_depositbatchline_uu character varying,
    c_depositbatch_id numeric(10,0) NOT NULL,
    c_payment_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    line numeric(10,0) NOT NULL,
    payamt numeric NOT NULL,
    processed character(1) NOT NULL,
    processing character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_depositbatchline_id)
);
CREATE TABLE idempiere.c_doctype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_printformat_id numeric(10,0),
    c_doctypedifference_id numeric(10,0),
    c_doctypeinvoice_id numeric(10,0),
    c_doctypeproforma_id numeric(10,0),
    c_doctypeshipment_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_doctype_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    definitesequence_id numeric(10,0),
    description character varying,
    docbasetype character varying NOT NULL,
    docnosequence_id numeric(10,0),
    docsubtypeinv character varying,
    docsubtypeso character varying,
    documentcopies numeric(10,0) NOT NULL,
    documentnote character varying,
    gl_category_id numeric(10,0) NOT NULL,
    hascharges character(1) NOT NULL,
    hasproforma character(1),
    isactive character(1),
    isalwaysposted character(1) NOT NULL,
    isautogenerateinout character(1) NOT NULL,
    isautogenerateinvoice character(1) NOT NULL,
    iscanbereactivated character(1) NOT NULL,
    ischargeorproductmandatory character(1),
    iscreatecounter character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    isdefaultcounterdoc character(1) NOT NULL,
    isdocnocontrolled character(1) NOT NULL,
    isintransit character(1) NOT NULL,
    isindexed character(1) NOT NULL,
    isnopricelistcheck character(1),
    isoverwritedateoncomplete character(1),
    isoverwriteseqoncomplete character(1),
    ispickqaconfirm character(1) NOT NULL,
    ispreparesplitdocument character(1) NOT NULL,
    issotrx character(1) NOT NULL,
    isshipconfirm character(1) NOT NULL,
    issplitwhendifference character(1) NOT NULL,
    name character varying NOT NULL,
    printname character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_doctype_id)
);
CREATE TABLE idempiere.c_dunning (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_dunning_id numeric(10,0) NOT NULL,
    c_dunning_uu character varying,
    createlevelssequentially character(1) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    senddunningletter character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_dunning_id)
);
CREATE TABLE idempiere.c_dunninglevel (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_dunninglevel_id numeric(10,0) NOT NULL,
    c_dunninglevel_uu character varying,
    c_dunning_id numeric(10,0) NOT NULL,
    c_paymentterm_id numeric(10,0),
    chargefee character(1) NOT NULL,
    chargeinterest character(1) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    daysafterdue numeric NOT NULL,
    daysbetweendunning numeric(10,0) NOT NULL,
    description character varying,
    dunning_printformat_id numeric(10,0),
    feeamt numeric,
    interestpercent numeric,
    invoicecollectiontype character varying,
    isactive character(1),
    issetcreditstop character(1) NOT NULL,
    issetpaymentterm character(1) NOT NULL,
    isshowalldue character(1) NOT NULL,
    isshownotdue character(1) NOT NULL,
    isstatement character(1) NOT NULL,
    name character varying NOT NULL,
    note character varying,
    printname character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_dunninglevel_id)
);
CREATE TABLE idempiere.c_dunningrun (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_dunninglevel_id numeric(10,0),
    c_dunningrun_id numeric(10,0) NOT NULL,
    c_dunningrun_uu character varying,
    c_dunning_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    dunningdate timestamp without time zone NOT NULL,
    isactive character(1),
    processed character(1) NOT NULL,
    processing character(1),
    sendit character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_dunningrun_id)
);
CREATE TABLE idempiere.c_dunningrunentry (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    amt numeric NOT NULL,
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_currency_id numeric(10,0) NOT NULL,
    c_dunninglevel_id numeric(10,0) NOT NULL,
    c_dunningrunentry_id numeric(10,0) NOT NULL,
    c_dunningrunentry_uu character varying,
    c_dunningrun_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    note character varying,
    processed character(1) NOT NULL,
    qty numeric NOT NULL,
    salesrep_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_dunningrunentry_id)
);
CREATE TABLE idempiere.c_dunningrunline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amt numeric NOT NULL,
    c_dunningrunentry_id numeric(10,0) NOT NULL,
    c_dunningrunline_id numeric(10,0) NOT NULL,
    c_dunningrunline_uu character varying,
    c_invoicepayschedule_id numeric(10,0),
    c_invoice_id numeric(10,0),
    c_payment_id numeric(10,0),
    convertedamt numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    daysdue numeric(10,0) NOT NULL,
    feeamt numeric NOT NULL,
    interestamt numeric NOT NULL,
    isactive character(1),
    isindispute character(1) NOT NULL,
    openamt numeric NOT NULL,
    processed character(1) NOT NULL,
    timesdunned numeric(10,0) NOT NULL,
    totalamt numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_dunningrunline_id)
);
CREATE TABLE idempiere.c_element (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_tree_id numeric(10,0) NOT NULL,
    c_element_id numeric(10,0) NOT NULL,
    c_element_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    elementtype character varying NOT NULL,
    isactive character(1),
    isbalancing character(1) NOT NULL,
    isnaturalaccount character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    vformat character varying,
    PRIMARY KEY (c_element_id)
);
CREATE TABLE idempiere.c_elementvalue (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    accountsign character varying NOT NULL,
    accounttype character varying NOT NULL,
    bpartnertype character varying,
    c_bankaccount_id numeric(10,0),
    c_currency_id numeric(10,0),
    c_elementvalue_id numeric(10,0) NOT NULL,
    c_elementvalue_uu character varying,
    c_element_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isbankaccount character(1),
    isdetailbpartner character(1) NOT NULL,
    isdetailproduct character(1) NOT NULL,
    isdoccontrolled character(1),
    isforeigncurrency character(1),
    issummary character(1) NOT NULL,
    name character varying NOT NULL,
    postactual character(1) NOT NULL,
    postbudget character(1) NOT NULL,
    postencumbrance character(1) NOT NULL,
    poststatistical character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone,
    validto timestamp without time zone,
    value character varying NOT NULL,
    PRIMARY KEY (c_elementvalue_id)
);
CREATE TABLE idempiere.c_greeting (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_greeting_id numeric(10,0) NOT NULL,
    c_greeting_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    greeting character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    isfirstnameonly character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_greeting_id)
);
CREATE TABLE idempiere.c_invoice (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_campaign_id numeric(10,0),
    c_cashline_id numeric(10,0),
    c_cashplanline_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_conversiontype_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_department_id numeric(10,0),
    c_doctypetarget_id numeric(10,0) NOT NULL,
    c_doctype_id numeric(10,0) NOT NULL,
    c_dunninglevel_id numeric(10,0),
    c_employee_id numeric(10,0),
    c_invoice_id numeric(10,0) NOT NULL,
    c_invoice_uu character varying,
    c_order_id numeric(10,0),
    c_paymentterm_id numeric(10,0) NOT NULL,
    c_payment_id numeric(10,0),
    c_project_id numeric(10,0),
    chargeamt numeric,
    copyfrom character varying,
    createfrom character varying,
    createlinesfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    currencyrate numeric,
    dateacct timestamp without time zone NOT NULL,
    dateinvoiced timestamp without time zone NOT NULL,
    dateordered timestamp without time zone,
    dateprinted timestamp without time zone,
    description character varying,
    docaction character varying NOT NULL,
    docbasetype character varying,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    dunninggrace timestamp without time zone,
    generateto character varying,
    grandtotal numeric NOT NULL,
    invoicecollectiontype character varying,
    isactive character(1),
    isapproved character(1) NOT NULL,
    isdiscountprinted character(1) NOT NULL,
    isfixedassetinvoice character(1),
    isindispute character(1) NOT NULL,
    isoverridecurrencyrate character(1) NOT NULL,
    ispaid character(1) NOT NULL,
    ispayschedulevalid character(1) NOT NULL,
    isprinted character(1) NOT NULL,
    issotrx character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    istaxincluded character(1) NOT NULL,
    istransferred character(1) NOT NULL,
    m_pricelist_id numeric(10,0) NOT NULL,
    m_rma_id numeric(10,0),
    poreference character varying,
    paymentrule character varying NOT NULL,
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    ref_invoice_id numeric(10,0),
    relatedinvoice_id numeric(10,0),
    reversal_id numeric(10,0),
    salesrep_id numeric(10,0),
    sendemail character(1) NOT NULL,
    totallines numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (c_invoice_id)
);
CREATE TABLE idempiere.c_invoicebatch (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_conversiontype_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_invoicebatch_id numeric(10,0) NOT NULL,
    c_invoicebatch_uu character varying,
    controlamt numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    datedoc timestamp without time zone NOT NULL,
    description character varying,
    documentamt numeric NOT NULL,
    documentno character varying NOT NULL,
    isactive character(1),
    issotrx character(1) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    salesrep_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_invoicebatch_id)
);
CREATE TABLE idempiere.c_invoicebatchline (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_charge_id numeric(10,0) NOT NULL,
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_invoicebatchline_id numeric(10,0) NOT NULL,
    c_invoicebatchline_uu character varying,
    c_invoicebatch_id numeric(10,0) NOT NULL,
    c_invoiceline_id numeric(10,0),
    c_invoice_id numeric(10,0),
    c_project_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    dateinvoiced timestamp without time zone NOT NULL,
    description character varying,
    documentno character varying NOT NULL,
    isactive character(1),
    istaxincluded character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    linenetamt numeric NOT NULL,
    linetotalamt numeric NOT NULL,
    priceentered numeric NOT NULL,
    processed character(1) NOT NULL,
    qtyentered numeric NOT NULL,
    taxamt numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (c_invoicebatchline_id)
);
CREATE TABLE idempiere.c_invoiceline (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    a_asset_group_id numeric(10,0),
    a_asset_id numeric(10,0),
    a_capvsexp character varying,
    a_createasset character(1),
    a_processed character(1),
    c_1099box_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_employee_id numeric(10,0),
    c_invoiceline_id numeric(10,0) NOT NULL,
    c_invoiceline_uu character varying,
    c_invoice_id numeric(10,0) NOT NULL,
    c_orderline_id numeric(10,0),
    c_projectphase_id numeric(10,0),
    c_projecttask_id numeric(10,0),
    c_project_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    c_uom_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying NOT NULL,
    isactive character(1),
    isdescription character(1) NOT NULL,
    isfixedassetinvoice character(1),
    isprinted character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    linenetamt numeric NOT NULL,
    linetotalamt numeric,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_inoutline_id numeric(10,0),
    m_product_id numeric(10,0),
    m_rmaline_id numeric(10,0),
    priceactual numeric NOT NULL,
    priceentered numeric NOT NULL,
    pricelimit numeric NOT NULL,
    pricelist numeric NOT NULL,
    processed character(1) NOT NULL,
    qtyentered numeric NOT NULL,
    qtyinvoiced numeric NOT NULL,
    rramt numeric,
    rrstartdate timestamp without time zone,
    ref_invoiceline_id numeric(10,0),
    s_resourceassignment_id numeric(10,0),
    taxamt numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (c_invoiceline_id)
);
CREATE TABLE idempiere.c_invoicepayschedule (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_invoicepayschedule_id numeric(10,0) NOT NULL,
    c_invoicepayschedule_uu character varying,
    c_invoice_id numeric(10,0) NOT NULL,
    c_payschedule_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    discountamt numeric NOT NULL,
    discountdate timestamp without time zone NOT NULL,
    dueamt numeric NOT NULL,
    duedate timestamp without time zone NOT NULL,
    isactive character(1),
    isvalid character(1) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_invoicepayschedule_id)
);
CREATE TABLE idempiere.c_invoiceschedule (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amt numeric NOT NULL,
    c_invoiceschedule_id numeric(10,0) NOT NULL,
    c_invoiceschedule_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    eveninvoiceweek character(1),
    invoiceday numeric(10,0) NOT NULL,
    invoicedaycutoff numeric(10,0),
    invoicefrequency character varying NOT NULL,
    invoiceweekday character varying NOT NULL,
    invoiceweekdaycutoff character varying,
    isactive character(1),
    isamount character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_invoiceschedule_id)
);
CREATE TABLE idempiere.c_invoicetax (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_invoicetax_uu character varying,
    c_invoice_id numeric(10,0) NOT NULL,
    c_taxprovider_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    istaxincluded character(1) NOT NULL,
    processed character(1) NOT NULL,
    taxamt numeric NOT NULL,
    taxbaseamt numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.c_job (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_jobcategory_id numeric(10,0) NOT NULL,
    c_job_id numeric(10,0) NOT NULL,
    c_job_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    isemployee character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_job_id)
);
CREATE TABLE idempiere.c_jobcategory (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_jobcategory_id numeric(10,0) NOT NULL,
    c_jobcategory_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_jobcategory_id)
);
CREATE TABLE idempiere.c_landedcost (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_invoiceline_id numeric(10,0) NOT NULL,
    c_landedcost_id numeric(10,0) NOT NULL,
    c_landedcost_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    landedcostdistribution character varying NOT NULL,
    m_costelement_id numeric(10,0) NOT NULL,
    m_inoutline_id numeric(10,0),
    m_inout_id numeric(10,0),
    m_product_id numeric(10,0),
    processing character(1),
    qty numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_landedcost_id)
);
CREATE TABLE idempiere.c_location (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    address1 character varying,
    address2 character varying,
    address3 character varying,
    address4 character varying,
    address5 character varying,
    c_addressvalidation_id numeric(10,0),
    c_city_id numeric(10,0),
    c_country_id numeric(10,0) NOT NULL,
    c_location_id numeric(10,0) NOT NULL,
    c_location_uu character varying,
    c_region_id numeric(10,0),
    city character varying,
    comments character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    isvalid character(1),
    postal character varying,
    postal_add character varying,
    regionname character varying,
    result character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validateaddress character varying,
    PRIMARY KEY (c_location_id)
);
CREATE TABLE idempiere.c_nonbusinessday (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_calendar_id numeric(10,0) NOT NULL,
    c_country_id numeric(10,0),
    c_nonbusinessday_id numeric(10,0) NOT NULL,
    c_nonbusinessday_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    date1 timestamp without time zone NOT NULL,
    isactive character(1),
    name character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_nonbusinessday_id)
);
CREATE TABLE idempiere.c_opportunity (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_campaign_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_opportunity_id numeric(10,0) NOT NULL,
    c_opportunity_uu character varying,
    c_order_id numeric(10,0),
    c_salespipeline_id numeric(10,0) NOT NULL,
    c_salesstage_id numeric(10,0) NOT NULL,
    closedate timestamp without time zone,
    comments character varying,
    cost numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    documentno character varying NOT NULL,
    expectedclosedate timestamp without time zone NOT NULL,
    isactive character(1),
    opportunityamt numeric NOT NULL,
    probability numeric NOT NULL,
    salesrep_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    weightedamt numeric,
    PRIMARY KEY (c_opportunity_id)
);
CREATE TABLE idempiere.c_order (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    amountrefunded numeric,
    amounttendered numeric,
    bill_bpartner_id numeric(10,0),
    bill_location_id numeric(10,0),
    bill_user_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_campaign_id numeric(10,0),
    c_cashline_id numeric(10,0),
    c_cashplanline_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_conversiontype_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_department_id numeric(10,0),
    c_doctypetarget_id numeric(10,0) NOT NULL,
    c_doctype_id numeric(10,0) NOT NULL,
    c_opportunity_id numeric(10,0),
    c_ordersource_id numeric(10,0),
    c_order_id numeric(10,0) NOT NULL,
    c_order_uu character varying,
    c_pos_id numeric(10,0),
    c_paymentterm_id numeric(10,0) NOT NULL,
    c_payment_id numeric(10,0),
    c_project_id numeric(10,0),
    chargeamt numeric,
    copyfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    dateordered timestamp without time zone NOT NULL,
    dateprinted timestamp without time zone,
    datepromised timestamp without time zone NOT NULL,
    deliveryrule character varying NOT NULL,
    deliveryviarule character varying NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    dropship_bpartner_id numeric(10,0),
    dropship_location_id numeric(10,0),
    dropship_user_id numeric(10,0),
    freightamt numeric NOT NULL,
    freightcostrule character varying NOT NULL,
    grandtotal numeric NOT NULL,
    invoicerule character varying NOT NULL,
    isactive character(1),
    isapproved character(1) NOT NULL,
    iscreditapproved character(1) NOT NULL,
    isdelivered character(1) NOT NULL,
    isdiscountprinted character(1) NOT NULL,
    isdropship character(1) NOT NULL,
    isinvoiced character(1) NOT NULL,
    ispayschedulevalid character(1) NOT NULL,
    isprinted character(1) NOT NULL,
    ispriviledgedrate character(1) NOT NULL,
    issotrx character(1) NOT NULL,
    isselected character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    istaxincluded character(1) NOT NULL,
    istransferred character(1) NOT NULL,
    link_order_id numeric(10,0),
    m_freightcategory_id numeric(10,0),
    m_pricelist_id numeric(10,0) NOT NULL,
    m_shipper_id numeric(10,0),
    m_warehouse_id numeric(10,0) NOT NULL,
    poreference character varying,
    pay_bpartner_id numeric(10,0),
    pay_location_id numeric(10,0),
    paymentrule character varying NOT NULL,
    posted character(1) NOT NULL,
    priorityrule character varying NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    promotioncode character varying,
    quotationorder_id numeric(10,0),
    ref_order_id numeric(10,0),
    salesrep_id numeric(10,0) NOT NULL,
    sendemail character(1) NOT NULL,
    shippingrateinquiry character varying,
    totallines numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    volume numeric,
    weight numeric,
    PRIMARY KEY (c_order_id)
);
CREATE TABLE idempiere.c_orderlandedcost (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amt numeric NOT NULL,
    c_orderlandedcost_id numeric(10,0) NOT NULL,
    c_orderlandedcost_uu character varying,
    c_order_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    landedcostdistribution character varying NOT NULL,
    m_costelement_id numeric(10,0) NOT NULL,
    processed character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_orderlandedcost_id)
);
CREATE TABLE idempiere.c_orderline (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_campaign_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_department_id numeric(10,0),
    c_orderline_id numeric(10,0) NOT NULL,
    c_orderline_uu character varying,
    c_order_id numeric(10,0) NOT NULL,
    c_projectphase_id numeric(10,0),
    c_projecttask_id numeric(10,0),
    c_project_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    c_uom_id numeric(10,0) NOT NULL,
    createproduction character varying,
    createshipment character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    datedelivered timestamp without time zone,
    dateinvoiced timestamp without time zone,
    dateordered timestamp without time zone NOT NULL,
    datepromised timestamp without time zone,
    description character varying NOT NULL,
    discount numeric,
    freightamt numeric NOT NULL,
    isactive character(1),
    isdescription character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    linenetamt numeric NOT NULL,
    link_orderline_id numeric(10,0),
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0),
    m_shipper_id numeric(10,0),
    m_warehouse_id numeric(10,0) NOT NULL,
    pp_cost_collector_id numeric(10,0),
    priceactual numeric NOT NULL,
    pricecost numeric,
    priceentered numeric NOT NULL,
    pricelimit numeric NOT NULL,
    pricelist numeric NOT NULL,
    processed character(1) NOT NULL,
    qtydelivered numeric NOT NULL,
    qtyentered numeric NOT NULL,
    qtyinvoiced numeric NOT NULL,
    qtylostsales numeric NOT NULL,
    qtyordered numeric NOT NULL,
    qtyreserved numeric NOT NULL,
    rramt numeric,
    rrstartdate timestamp without time zone,
    ref_orderline_id numeric(10,0),
    s_resourceassignment_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (c_orderline_id)
);
CREATE TABLE idempiere.c_orderpayschedule (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_orderpayschedule_id numeric(10,0) NOT NULL,
    c_orderpayschedule_uu character varying,
    c_order_id numeric(10,0) NOT NULL,
    c_payschedule_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    discountamt numeric NOT NULL,
    discountdate timestamp without time zone NOT NULL,
    dueamt numeric NOT NULL,
    duedate timestamp without time zone NOT NULL,
    isactive character(1),
    isvalid character(1) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_orderpayschedule_id)
);
CREATE TABLE idempiere.c_ordersource (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_ordersource_id numeric(10,0) NOT NULL,
    c_ordersource_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_ordersource_id)
);
CREATE TABLE idempiere.c_ordertax (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_ordertax_uu character varying,
    c_order_id numeric(10,0) NOT NULL,
    c_taxprovider_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    istaxincluded character(1) NOT NULL,
    processed character(1) NOT NULL,
    taxamt numeric NOT NULL,
    taxbaseamt numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.c_payment (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    a_city character varying,
    a_country character varying,
    a_email character varying,
    a_ident_dl character varying,
    a_ident_ssn character varying,
    a_name character varying,
    a_state character varying,
    a_street character varying,
    a_zip character varying,
    accountno character varying,
    c_activity_id numeric(10,0),
    c_bp_bankaccount_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bankaccount_id numeric(10,0),
    c_banktransfer_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_cashbook_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_conversiontype_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_department_id numeric(10,0),
    c_depositbatch_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_employee_id numeric(10,0),
    c_invoice_id numeric(10,0),
    c_order_id numeric(10,0),
    c_postendertype_id numeric(10,0),
    c_paymentbatch_id numeric(10,0),
    c_paymentprocessor_id numeric(10,0),
    c_payment_id numeric(10,0) NOT NULL,
    c_payment_uu character varying,
    c_project_id numeric(10,0),
    chargeamt numeric,
    checkno character varying,
    convertedamt numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    creditcardexpmm numeric(10,0),
    creditcardexpyy numeric(10,0),
    creditcardnumber character varying,
    creditcardtype character varying,
    creditcardvv character varying,
    currencyrate numeric,
    customeraddressid character varying,
    customerpaymentprofileid character varying,
    customerprofileid character varying,
    dateacct timestamp without time zone NOT NULL,
    datetrx timestamp without time zone NOT NULL,
    description character varying,
    discountamt numeric,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    iban character varying,
    isactive character(1),
    isallocated character(1) NOT NULL,
    isapproved character(1) NOT NULL,
    isdelayedcapture character(1) NOT NULL,
    isonline character(1) NOT NULL,
    isoverunderpayment character(1) NOT NULL,
    isoverridecurrencyrate character(1) NOT NULL,
    isprepayment character(1) NOT NULL,
    isreceipt character(1) NOT NULL,
    isreconciled character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    isvoided character(1) NOT NULL,
    micr character varying,
    oprocessing character varying,
    orig_trxid character varying,
    overunderamt numeric,
    ponum character varying,
    payamt numeric NOT NULL,
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    r_authcode character varying,
    r_authcode_dc character varying,
    r_avsaddr character varying,
    r_avszip character varying,
    r_cvv2match character(1),
    r_info character varying,
    r_pnref character varying,
    r_pnref_dc character varying,
    r_respmsg character varying,
    r_result character varying,
    r_voidmsg character varying,
    ref_payment_id numeric(10,0),
    reversal_id numeric(10,0),
    routingno character varying,
    swiftcode character varying,
    swipe character varying,
    taxamt numeric,
    tendertype character varying NOT NULL,
    trxtype character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    voiceauthcode character varying,
    writeoffamt numeric,
    PRIMARY KEY (c_payment_id)
);
CREATE TABLE idempiere.c_paymentallocate (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amount numeric NOT NULL,
    c_allocationline_id numeric(10,0),
    c_invoice_id numeric(10,0) NOT NULL,
    c_paymentallocate_id numeric(10,0) NOT NULL,
    c_paymentallocate_uu character varying,
    c_payment_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    discountamt numeric NOT NULL,
    invoiceamt numeric,
    isactive character(1),
    overunderamt numeric NOT NULL,
    remainingamt numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    writeoffamt numeric NOT NULL,
    PRIMARY KEY (c_paymentallocate_id)
);
CREATE TABLE idempiere.c_paymentbatch (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_paymentbatch_id numeric(10,0) NOT NULL,
    c_paymentbatch_uu character varying,
    c_paymentprocessor_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    documentno character varying,
    isactive character(1),
    name character varying NOT NULL,
    processed character(1) NOT NULL,
    processing character(1) NOT NULL,
    processingdate timestamp without time zone,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_paymentbatch_id)
);
CREATE TABLE idempiere.c_paymentterm (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    afterdelivery character(1) NOT NULL,
    c_paymentterm_id numeric(10,0) NOT NULL,
    c_paymentterm_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    discount numeric NOT NULL,
    discount2 numeric NOT NULL,
    discountdays numeric(10,0) NOT NULL,
    discountdays2 numeric(10,0) NOT NULL,
    documentnote character varying,
    fixmonthcutoff numeric(10,0),
    fixmonthday numeric(10,0),
    fixmonthoffset numeric(10,0),
    gracedays numeric(10,0) NOT NULL,
    isactive character(1),
    isdefault character(1),
    isduefixed character(1) NOT NULL,
    isnextbusinessday character(1),
    isvalid character(1) NOT NULL,
    name character varying NOT NULL,
    netday character varying,
    netdays numeric(10,0) NOT NULL,
    paymenttermusage character varying NOT NULL,
    processing character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_paymentterm_id)
);
CREATE TABLE idempiere.c_payschedule (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_payschedule_id numeric(10,0) NOT NULL,
    c_payschedule_uu character varying,
    c_paymentterm_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    discount numeric NOT NULL,
    discountdays numeric(10,0) NOT NULL,
    gracedays numeric(10,0) NOT NULL,
    isactive character(1),
    isvalid character(1) NOT NULL,
    netday character varying,
    netdays numeric(10,0) NOT NULL,
    percentage numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_payschedule_id)
);
CREATE TABLE idempiere.c_payselection (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bankaccount_id numeric(10,0) NOT NULL,
    c_payselection_id numeric(10,0) NOT NULL,
    c_payselection_uu character varying,
    createfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isapproved character(1) NOT NULL,
    isonepaymentperinvoice character(1),
    name character varying NOT NULL,
    paydate timestamp without time zone NOT NULL,
    processed character(1) NOT NULL,
    processing character(1) NOT NULL,
    reversepreparepayment character varying,
    totalamt numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_payselection_id)
);
CREATE TABLE idempiere.c_payselectioncheck (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bp_bankaccount_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_payselectioncheck_id numeric(10,0) NOT NULL,
    c_payselectioncheck_uu character varying,
    c_payselection_id numeric(10,0) NOT NULL,
    c_payment_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    discountamt numeric NOT NULL,
    documentno character varying,
    isactive character(1),
    isgenerateddraft character(1) NOT NULL,
    isprinted character(1) NOT NULL,
    isreceipt character(1) NOT NULL,
    payamt numeric NOT NULL,
    paymentrule character varying NOT NULL,
    processed character(1) NOT NULL,
    qty numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    writeoffamt numeric NOT NULL,
    PRIMARY KEY (c_payselectioncheck_id)
);
CREATE TABLE idempiere.c_payselectionline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_invoice_id numeric(10,0) NOT NULL,
    c_payselectioncheck_id numeric(10,0),
    c_payselectionline_id numeric(10,0) NOT NULL,
    c_payselectionline_uu character varying,
    c_payselection_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    differenceamt numeric NOT NULL,
    discountamt numeric NOT NULL,
    isactive character(1),
    ismanual character(1) NOT NULL,
    issotrx character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    openamt numeric NOT NULL,
    payamt numeric NOT NULL,
    paymentrule character varying NOT NULL,
    processed character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    writeoffamt numeric NOT NULL,
    PRIMARY KEY (c_payselectionline_id)
);
CREATE TABLE idempiere.c_period (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_period_id numeric(10,0) NOT NULL,
    c_period_uu character varying,
    c_year_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    enddate timestamp without time zone,
    isactive character(1),
    name character varying NOT NULL,
    periodno numeric(10,0) NOT NULL,
    periodtype character varying NOT NULL,
    processing character(1),
    startdate timestamp without time zone NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_period_id)
);
CREATE TABLE idempiere.c_pos (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    autologoutdelay numeric(10,0),
    c_bpartnercashtrx_id numeric(10,0),
    c_bankaccount_id numeric(10,0),
    c_cashbook_id numeric(10,0),
    c_doctype_id numeric(10,0),
    c_poskeylayout_id numeric(10,0),
    c_pos_id numeric(10,0) NOT NULL,
    c_pos_uu character varying,
    cashdrawer character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    ismodifyprice character(1) NOT NULL,
    m_pricelist_id numeric(10,0) NOT NULL,
    m_warehouse_id numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    osk_keylayout_id numeric(10,0),
    osnp_keylayout_id numeric(10,0),
    printername character varying,
    salesrep_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_pos_id)
);
CREATE TABLE idempiere.c_pospayment (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    a_name character varying,
    accountno character varying,
    c_order_id numeric(10,0) NOT NULL,
    c_pospayment_id numeric(10,0) NOT NULL,
    c_pospayment_uu character varying,
    c_postendertype_id numeric(10,0) NOT NULL,
    c_payment_id numeric(10,0),
    checkno character varying,
    checkstatus character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    creditcardnumber character varying,
    creditcardtype character varying,
    datepromised timestamp without time zone,
    depositgroup character varying,
    help character varying,
    iban character varying,
    isactive character(1),
    ispostdated character(1) NOT NULL,
    micr character varying,
    payamt numeric NOT NULL,
    processed character(1) NOT NULL,
    routingno character varying,
    swiftcode character varying,
    tendertype character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    voiceauthcode character varying,
    PRIMARY KEY (c_pospayment_id)
);
CREATE TABLE idempiere.c_postendertype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_postendertype_id numeric(10,0) NOT NULL,
    c_postendertype_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    isguarantee character(1) NOT NULL,
    ispostdated character(1) NOT NULL,
    name character varying NOT NULL,
    tendertype character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_postendertype_id)
);
CREATE TABLE idempiere.c_project (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartnersr_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_bpartner_location_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_paymentterm_id numeric(10,0),
    c_phase_id numeric(10,0),
    c_projecttype_id numeric(10,0),
    c_project_id numeric(10,0) NOT NULL,
    c_project_uu character varying,
    committedamt numeric NOT NULL,
    committedqty numeric NOT NULL,
    copyfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    datecontract timestamp without time zone,
    datefinish timestamp without time zone,
    description character varying,
    generateto character varying,
    invoicedamt numeric NOT NULL,
    invoicedqty numeric NOT NULL,
    isactive character(1),
    iscommitceiling character(1) NOT NULL,
    iscommitment character(1) NOT NULL,
    issummary character(1) NOT NULL,
    m_pricelist_version_id numeric(10,0),
    m_warehouse_id numeric(10,0),
    name character varying NOT NULL,
    note character varying,
    poreference character varying,
    plannedamt numeric NOT NULL,
    plannedmarginamt numeric NOT NULL,
    plannedqty numeric NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    projinvoicerule character varying NOT NULL,
    projectbalanceamt numeric NOT NULL,
    projectcategory character varying,
    projectlinelevel character varying NOT NULL,
    salesrep_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_project_id)
);
CREATE TABLE idempiere.c_projectline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_orderpo_id numeric(10,0),
    c_order_id numeric(10,0),
    c_projectissue_id numeric(10,0),
    c_projectline_id numeric(10,0) NOT NULL,
    c_projectline_uu character varying,
    c_projectphase_id numeric(10,0),
    c_projecttask_id numeric(10,0),
    c_project_id numeric(10,0) NOT NULL,
    committedamt numeric,
    committedqty numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    dopricing character varying,
    invoicedamt numeric NOT NULL,
    invoicedqty numeric NOT NULL,
    isactive character(1),
    isprinted character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_product_category_id numeric(10,0),
    m_product_id numeric(10,0),
    m_production_id numeric(10,0),
    plannedamt numeric NOT NULL,
    plannedmarginamt numeric NOT NULL,
    plannedprice numeric NOT NULL,
    plannedqty numeric NOT NULL,
    processed character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_projectline_id)
);
CREATE TABLE idempiere.c_projectphase (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_order_id numeric(10,0),
    c_phase_id numeric(10,0),
    c_projectphase_id numeric(10,0) NOT NULL,
    c_projectphase_uu character varying,
    c_project_id numeric(10,0) NOT NULL,
    committedamt numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    enddate timestamp without time zone,
    generateorder character varying,
    help character varying,
    isactive character(1),
    iscommitceiling character(1) NOT NULL,
    iscomplete character(1) NOT NULL,
    m_product_id numeric(10,0),
    name character varying NOT NULL,
    plannedamt numeric NOT NULL,
    priceactual numeric,
    projinvoicerule character varying NOT NULL,
    qty numeric,
    seqno numeric(10,0) NOT NULL,
    startdate timestamp without time zone,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_projectphase_id)
);
CREATE TABLE idempiere.c_projecttask (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_projectphase_id numeric(10,0) NOT NULL,
    c_projecttask_id numeric(10,0) NOT NULL,
    c_projecttask_uu character varying,
    c_task_id numeric(10,0),
    committedamt numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    m_product_id numeric(10,0),
    name character varying NOT NULL,
    plannedamt numeric NOT NULL,
    projinvoicerule character varying NOT NULL,
    qty numeric,
    seqno numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_projecttask_id)
);
CREATE TABLE idempiere.c_projecttype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_projecttype_id numeric(10,0) NOT NULL,
    c_projecttype_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    name character varying NOT NULL,
    projectcategory character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_projecttype_id)
);
CREATE TABLE idempiere.c_region (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_country_id numeric(10,0) NOT NULL,
    c_region_id numeric(10,0) NOT NULL,
    c_region_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1),
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_region_id)
);
CREATE TABLE idempiere.c_rfq (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_bpartner_location_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_order_id numeric(10,0),
    c_rfq_id numeric(10,0) NOT NULL,
    c_rfq_topic_id numeric(10,0) NOT NULL,
    c_rfq_uu character varying,
    copylines character varying,
    createpo character varying,
    createso character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateresponse timestamp without time zone NOT NULL,
    dateworkcomplete timestamp without time zone,
    dateworkstart timestamp without time zone,
    deliverydays numeric(10,0),
    description character varying,
    documentno character varying NOT NULL,
    help character varying,
    isactive character(1),
    isinvitedvendorsonly character(1) NOT NULL,
    isquoteallqty character(1) NOT NULL,
    isquotetotalamt character(1) NOT NULL,
    isrfqresponseaccepted character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    margin numeric,
    name character varying NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    publishrfq character varying,
    quotetype character varying NOT NULL,
    rankrfq character varying,
    salesrep_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_rfq_id)
);
CREATE TABLE idempiere.c_rfq_topic (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_printformat_id numeric(10,0),
    c_rfq_topic_id numeric(10,0) NOT NULL,
    c_rfq_topic_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isselfservice character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_rfq_topic_id)
);
CREATE TABLE idempiere.c_rfqline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_rfqline_id numeric(10,0) NOT NULL,
    c_rfqline_uu character varying,
    c_rfq_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateworkcomplete timestamp without time zone,
    dateworkstart timestamp without time zone,
    deliverydays numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    line numeric(10,0) NOT NULL,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_rfqline_id)
);
CREATE TABLE idempiere.c_rfqresponse (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_currency_id numeric(10,0) NOT NULL,
    c_order_id numeric(10,0),
    c_rfqresponse_id numeric(10,0) NOT NULL,
    c_rfqresponse_uu character varying,
    c_rfq_id numeric(10,0) NOT NULL,
    checkcomplete character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateinvited timestamp without time zone,
    dateresponse timestamp without time zone,
    dateworkcomplete timestamp without time zone,
    dateworkstart timestamp without time zone,
    deliverydays numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    iscomplete character(1) NOT NULL,
    isselectedwinner character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    name character varying NOT NULL,
    price numeric NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    ranking numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_rfqresponse_id)
);
CREATE TABLE idempiere.c_rfqresponseline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_rfqline_id numeric(10,0) NOT NULL,
    c_rfqresponseline_id numeric(10,0) NOT NULL,
    c_rfqresponseline_uu character varying,
    c_rfqresponse_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateworkcomplete timestamp without time zone,
    dateworkstart timestamp without time zone,
    deliverydays numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    isselectedwinner character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_rfqresponseline_id)
);
CREATE TABLE idempiere.c_salesregion (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_salesregion_id numeric(10,0) NOT NULL,
    c_salesregion_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    issummary character(1) NOT NULL,
    name character varying NOT NULL,
    salesrep_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_salesregion_id)
);
CREATE TABLE idempiere.c_salesstage (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_salesstage_id numeric(10,0) NOT NULL,
    c_salesstage_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isclosed character(1) NOT NULL,
    iswon character(1),
    name character varying NOT NULL,
    probability numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (c_salesstage_id)
);
CREATE TABLE idempiere.c_tax (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_rule_id numeric(10,0),
    c_countrygroupfrom_id numeric(10,0),
    c_countrygroupto_id numeric(10,0),
    c_country_id numeric(10,0),
    c_region_id numeric(10,0),
    c_taxcategory_id numeric(10,0) NOT NULL,
    c_taxprovider_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    c_tax_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    isdocumentlevel character(1) NOT NULL,
    issalestax character(1) NOT NULL,
    issummary character(1) NOT NULL,
    istaxexempt character(1) NOT NULL,
    name character varying NOT NULL,
    parent_tax_id numeric(10,0),
    rate numeric NOT NULL,
    requirestaxcertificate character(1) NOT NULL,
    sopotype character varying NOT NULL,
    taxindicator character varying,
    taxpostingindicator character varying,
    to_country_id numeric(10,0),
    to_region_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone NOT NULL,
    PRIMARY KEY (c_tax_id)
);
CREATE TABLE idempiere.c_taxcategory (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_taxcategory_id numeric(10,0) NOT NULL,
    c_taxcategory_uu character varying,
    commoditycode character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_taxcategory_id)
);
CREATE TABLE idempiere.c_taxpostal (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_taxpostal_id numeric(10,0) NOT NULL,
    c_taxpostal_uu character varying,
    c_tax_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    postal character varying NOT NULL,
    postal_to character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_taxpostal_id)
);
CREATE TABLE idempiere.c_uom (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_uom_id numeric(10,0) NOT NULL,
    c_uom_uu character varying,
    costingprecision numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    stdprecision numeric(10,0) NOT NULL,
    uncefact character varying,
    uomsymbol character varying,
    uomtype character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    x12de355 character varying NOT NULL,
    PRIMARY KEY (c_uom_id)
);
CREATE TABLE idempiere.c_uom_conversion (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_uom_conversion_id numeric(10,0) NOT NULL,
    c_uom_conversion_uu character varying,
    c_uom_id numeric(10,0) NOT NULL,
    c_uom_to_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dividerate numeric NOT NULL,
    isactive character(1),
    m_product_id numeric(10,0),
    multiplyrate numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_uom_conversion_id)
);
CREATE TABLE idempiere.c_validcombination (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    account_id numeric(10,0) NOT NULL,
    alias character varying,
    c_acctschema_id numeric(10,0) NOT NULL,
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_locfrom_id numeric(10,0),
    c_locto_id numeric(10,0),
    c_project_id numeric(10,0),
    c_salesregion_id numeric(10,0),
    c_subacct_id numeric(10,0),
    c_validcombination_id numeric(10,0) NOT NULL,
    c_validcombination_uu character varying,
    combination character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isfullyqualified character(1) NOT NULL,
    m_product_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    userelement1_id numeric(10,0),
    userelement2_id numeric(10,0),
    PRIMARY KEY (c_validcombination_id)
);
CREATE TABLE idempiere.c_year (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_calendar_id numeric(10,0) NOT NULL,
    c_year_id numeric(10,0) NOT NULL,
    c_year_uu character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    fiscalyear character varying NOT NULL,
    isactive character(1),
    processing character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (c_year_id)
);
CREATE TABLE idempiere.fact_acct (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_table_id numeric(10,0) NOT NULL,
    a_asset_id numeric(10,0),
    account_id numeric(10,0) NOT NULL,
    amtacctcr numeric NOT NULL,
    amtacctdr numeric NOT NULL,
    amtsourcecr numeric NOT NULL,
    amtsourcedr numeric NOT NULL,
    c_acctschema_id numeric(10,0) NOT NULL,
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_department_id numeric(10,0),
    c_employee_id numeric(10,0),
    c_locfrom_id numeric(10,0),
    c_locto_id numeric(10,0),
    c_period_id numeric(10,0) NOT NULL,
    c_projectphase_id numeric(10,0),
    c_projecttask_id numeric(10,0),
    c_project_id numeric(10,0),
    c_salesregion_id numeric(10,0),
    c_subacct_id numeric(10,0),
    c_tax_id numeric(10,0),
    c_uom_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    customfieldtext1 character varying,
    customfieldtext2 character varying,
    customfieldtext3 character varying,
    customfieldtext4 character varying,
    dateacct timestamp without time zone NOT NULL,
    datetrx timestamp without time zone NOT NULL,
    description character varying,
    fact_acct_id numeric(10,0) NOT NULL,
    fact_acct_uu character varying,
    gl_budget_id numeric(10,0),
    gl_category_id numeric(10,0) NOT NULL,
    isactive character(1),
    line_id numeric(10,0),
    m_attributesetinstance_id numeric(10,0),
    m_locator_id numeric(10,0),
    m_product_id numeric(10,0),
    m_warehouse_id numeric(10,0),
    postingtype character varying NOT NULL,
    qty numeric,
    record_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    userelement1_id numeric(10,0),
    userelement2_id numeric(10,0),
    PRIMARY KEY (fact_acct_id)
);
CREATE TABLE idempiere.gl_budget (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    budgetstatus character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    gl_budget_id numeric(10,0) NOT NULL,
    gl_budget_uu character varying,
    isactive character(1),
    isprimary character(1) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (gl_budget_id)
);
CREATE TABLE idempiere.gl_category (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    categorytype character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    gl_category_id numeric(10,0) NOT NULL,
    gl_category_uu character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    name character varying NOT NULL,
    printname character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (gl_category_id)
);
CREATE TABLE idempiere.gl_journal (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_acctschema_id numeric(10,0) NOT NULL,
    c_conversiontype_id numeric(10,0) NOT NULL,
    c_currency_id numeric(10,0) NOT NULL,
    c_doctype_id numeric(10,0) NOT NULL,
    c_period_id numeric(10,0) NOT NULL,
    controlamt numeric,
    copyfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    currencyrate numeric NOT NULL,
    dateacct timestamp without time zone NOT NULL,
    datedoc timestamp without time zone NOT NULL,
    description character varying NOT NULL,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    gl_budget_id numeric(10,0),
    gl_category_id numeric(10,0) NOT NULL,
    gl_journalbatch_id numeric(10,0),
    gl_journal_id numeric(10,0) NOT NULL,
    gl_journal_uu character varying,
    isactive character(1),
    isapproved character(1) NOT NULL,
    isprinted character(1) NOT NULL,
    posted character(1) NOT NULL,
    postingtype character varying NOT NULL,
    processed character(1),
    processedon numeric,
    processing character(1),
    reversal_id numeric(10,0),
    totalcr numeric NOT NULL,
    totaldr numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (gl_journal_id)
);
CREATE TABLE idempiere.gl_journalbatch (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_currency_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_period_id numeric(10,0),
    controlamt numeric,
    copyfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone,
    datedoc timestamp without time zone,
    description character varying NOT NULL,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    gl_category_id numeric(10,0),
    gl_journalbatch_id numeric(10,0) NOT NULL,
    gl_journalbatch_uu character varying,
    isactive character(1),
    isapproved character(1),
    postingtype character varying NOT NULL,
    processed character(1) NOT NULL,
    processing character(1) NOT NULL,
    reversal_id numeric(10,0),
    totalcr numeric NOT NULL,
    totaldr numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (gl_journalbatch_id)
);
CREATE TABLE idempiere.gl_journalline (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    a_asset_group_id numeric(10,0),
    a_asset_id numeric(10,0),
    a_createasset character(1),
    a_processed character(1),
    account_id numeric(10,0),
    alias_validcombination_id numeric(10,0),
    amtacctcr numeric NOT NULL,
    amtacctdr numeric NOT NULL,
    amtsourcecr numeric NOT NULL,
    amtsourcedr numeric NOT NULL,
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_conversiontype_id numeric(10,0) NOT NULL,
    c_costcenter_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_department_id numeric(10,0),
    c_employee_id numeric(10,0),
    c_locfrom_id numeric(10,0),
    c_locto_id numeric(10,0),
    c_project_id numeric(10,0),
    c_salesregion_id numeric(10,0),
    c_subacct_id numeric(10,0),
    c_tax_id numeric(10,0),
    c_uom_id numeric(10,0),
    c_validcombination_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    currencyrate numeric NOT NULL,
    dateacct timestamp without time zone NOT NULL,
    description character varying,
    gl_journalline_id numeric(10,0) NOT NULL,
    gl_journalline_uu character varying,
    gl_journal_id numeric(10,0) NOT NULL,
    isactive character(1),
    isgenerated character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_attributesetinstance_id numeric(10,0),
    m_product_id numeric(10,0),
    m_warehouse_id numeric(10,0),
    processed character(1) NOT NULL,
    qty numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (gl_journalline_id)
);
CREATE TABLE idempiere.m_attribute (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_reference_id numeric(10,0),
    ad_reference_value_id numeric(10,0),
    ad_val_rule_id numeric(10,0),
    attributevaluetype character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateformat character varying,
    defaultvalue character varying,
    description character varying,
    entitytype character varying,
    isactive character(1),
    isinstanceattribute character(1) NOT NULL,
    ismandatory character(1) NOT NULL,
    m_attributesearch_id numeric(10,0),
    m_attribute_id numeric(10,0) NOT NULL,
    m_attribute_uu character varying,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_attribute_id)
);
CREATE TABLE idempiere.m_attributeinstance (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    m_attributeinstance_uu character varying,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_attributevalue_id numeric(10,0),
    m_attribute_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying,
    valuedate timestamp without time zone,
    valuemultipleselection character varying,
    valuenumber numeric
);
CREATE TABLE idempiere.m_attributeset (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    entitytype character varying,
    guaranteedays numeric(10,0),
    isactive character(1),
    isautogeneratelot character(1),
    isguaranteedate character(1) NOT NULL,
    isguaranteedatemandatory character(1) NOT NULL,
    isinstanceattribute character(1) NOT NULL,
    islot character(1) NOT NULL,
    islotmandatory character(1) NOT NULL,
    isserno character(1) NOT NULL,
    issernomandatory character(1) NOT NULL,
    lotchareoverwrite character varying,
    lotcharsoverwrite character varying,
    m_attributeset_id numeric(10,0) NOT NULL,
    m_attributeset_type character varying NOT NULL,
    m_attributeset_uu character varying,
    m_lotctl_id numeric(10,0),
    m_sernoctl_id numeric(10,0),
    mandatorytype character varying NOT NULL,
    name character varying NOT NULL,
    sernochareoverwrite character varying,
    sernocharsoverwrite character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    useguaranteedateformpolicy character(1),
    PRIMARY KEY (m_attributeset_id)
);
CREATE TABLE idempiere.m_attributesetinstance (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    guaranteedate timestamp without time zone,
    isactive character(1),
    lot character varying,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_attributesetinstance_uu character varying,
    m_attributeset_id numeric(10,0) NOT NULL,
    m_lot_id numeric(10,0),
    serno character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_attributesetinstance_id)
);
CREATE TABLE idempiere.m_attributeuse (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    defaultvalue character varying,
    entitytype character varying,
    isactive character(1),
    m_attributeset_id numeric(10,0) NOT NULL,
    m_attributeuse_uu character varying,
    m_attribute_id numeric(10,0) NOT NULL,
    seqno numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_attributevalue (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    entitytype character varying,
    isactive character(1),
    m_attributevalue_id numeric(10,0) NOT NULL,
    m_attributevalue_uu character varying,
    m_attribute_id numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (m_attributevalue_id)
);
CREATE TABLE idempiere.m_bp_price (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    breakvalue numeric NOT NULL,
    c_bpartner_id numeric(10,0) NOT NULL,
    c_currency_id numeric(10,0) NOT NULL,
    comments character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    discount numeric,
    isactive character(1),
    isnetprice character(1),
    m_bp_price_id numeric(10,0) NOT NULL,
    m_bp_price_uu character varying,
    m_product_id numeric(10,0) NOT NULL,
    pricelimit numeric NOT NULL,
    pricelist numeric NOT NULL,
    priceoverridetype character varying,
    pricestd numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone,
    validto timestamp without time zone,
    PRIMARY KEY (m_bp_price_id)
);
CREATE TABLE idempiere.m_cost (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_acctschema_id numeric(10,0) NOT NULL,
    costingmethod character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    cumulatedamt numeric,
    cumulatedqty numeric,
    currentcostprice numeric NOT NULL,
    currentcostpricell numeric NOT NULL,
    currentqty numeric NOT NULL,
    description character varying,
    futurecostprice numeric NOT NULL,
    futurecostpricell numeric,
    isactive character(1),
    iscostfrozen character(1),
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_costelement_id numeric(10,0) NOT NULL,
    m_costtype_id numeric(10,0) NOT NULL,
    m_cost_uu character varying,
    m_product_id numeric(10,0) NOT NULL,
    percent numeric(10,0),
    processed character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_costdetail (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amt numeric NOT NULL,
    backdateprocessedon timestamp without time zone,
    c_acctschema_id numeric(10,0) NOT NULL,
    c_invoiceline_id numeric(10,0),
    c_orderline_id numeric(10,0),
    c_projectissue_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    cumulatedamt numeric,
    cumulatedqty numeric,
    currentcostprice numeric,
    currentqty numeric,
    dateacct timestamp without time zone NOT NULL,
    deltaamt numeric,
    deltaqty numeric,
    description character varying,
    isactive character(1),
    isbackdate character(1) NOT NULL,
    issotrx character(1) NOT NULL,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_costdetail_id numeric(10,0) NOT NULL,
    m_costdetail_uu character varying,
    m_costelement_id numeric(10,0),
    m_inoutline_id numeric(10,0),
    m_inventoryline_id numeric(10,0),
    m_matchinv_id numeric(10,0),
    m_movementline_id numeric(10,0),
    m_product_id numeric(10,0) NOT NULL,
    m_productionline_id numeric(10,0),
    pp_cost_collector_id numeric(10,0),
    price numeric,
    processed character(1) NOT NULL,
    qty numeric NOT NULL,
    ref_costdetail_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_costdetail_id)
);
CREATE TABLE idempiere.m_costelement (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    costelementtype character varying NOT NULL,
    costingmethod character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    iscalculated character(1) NOT NULL,
    m_costelement_id numeric(10,0) NOT NULL,
    m_costelement_uu character varying,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_costelement_id)
);
CREATE TABLE idempiere.m_costtype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    m_costtype_id numeric(10,0) NOT NULL,
    m_costtype_uu character varying,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_costtype_id)
);
CREATE TABLE idempiere.m_discountschema (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    cumulativelevel character varying,
    description character varying,
    discounttype character varying NOT NULL,
    flatdiscount numeric,
    isactive character(1),
    isbpartnerflatdiscount character(1) NOT NULL,
    isquantitybased character(1) NOT NULL,
    m_discountschema_id numeric(10,0) NOT NULL,
    m_discountschema_uu character varying,
    name character varying NOT NULL,
    processing character(1),
    script character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone NOT NULL,
    PRIMARY KEY (m_discountschema_id)
);
CREATE TABLE idempiere.m_discountschemabreak (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    breakdiscount numeric NOT NULL,
    breakvalue numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    fixedprice numeric,
    isactive character(1),
    isbpartnerflatdiscount character(1) NOT NULL,
    m_discountschemabreak_id numeric(10,0) NOT NULL,
    m_discountschemabreak_uu character varying,
    m_discountschema_id numeric(10,0) NOT NULL,
    m_product_category_id numeric(10,0),
    m_product_id numeric(10,0),
    seqno numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_discountschemabreak_id)
);
CREATE TABLE idempiere.m_discountschemaline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_conversiontype_id numeric(10,0) NOT NULL,
    classification character varying,
    conversiondate timestamp without time zone NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    group1 character varying,
    group2 character varying,
    isactive character(1),
    isignoreiscurrentvendor character(1) NOT NULL,
    limit_addamt numeric NOT NULL,
    limit_base character varying NOT NULL,
    limit_discount numeric NOT NULL,
    limit_fixed numeric,
    limit_maxamt numeric NOT NULL,
    limit_minamt numeric NOT NULL,
    limit_rounding character varying NOT NULL,
    list_addamt numeric NOT NULL,
    list_base character varying NOT NULL,
    list_discount numeric NOT NULL,
    list_fixed numeric,
    list_maxamt numeric NOT NULL,
    list_minamt numeric NOT NULL,
    list_rounding character varying NOT NULL,
    m_discountschemaline_id numeric(10,0) NOT NULL,
    m_discountschemaline_uu character varying,
    m_discountschema_id numeric(10,0) NOT NULL,
    m_product_category_id numeric(10,0),
    m_product_id numeric(10,0),
    seqno numeric(10,0) NOT NULL,
    std_addamt numeric NOT NULL,
    std_base character varying NOT NULL,
    std_discount numeric NOT NULL,
    std_fixed numeric,
    std_maxamt numeric NOT NULL,
    std_minamt numeric NOT NULL,
    std_rounding character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    vendorcategory character varying,
    PRIMARY KEY (m_discountschemaline_id)
);
CREATE TABLE idempiere.m_forecast (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_calendar_id numeric(10,0) NOT NULL,
    c_year_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    m_forecast_id numeric(10,0) NOT NULL,
    m_forecast_uu character varying,
    m_pricelist_id numeric(10,0),
    name character varying NOT NULL,
    processing character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_forecast_id)
);
CREATE TABLE idempiere.m_forecastline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_period_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    datepromised timestamp without time zone NOT NULL,
    isactive character(1),
    m_forecastline_id numeric(10,0) NOT NULL,
    m_forecastline_uu character varying,
    m_forecast_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    m_warehouse_id numeric(10,0) NOT NULL,
    qty numeric NOT NULL,
    qtycalculated numeric NOT NULL,
    salesrep_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_forecastline_id)
);
CREATE TABLE idempiere.m_freight (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_country_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    c_region_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    freightamt numeric NOT NULL,
    isactive character(1),
    m_freightcategory_id numeric(10,0) NOT NULL,
    m_freight_id numeric(10,0) NOT NULL,
    m_freight_uu character varying,
    m_shipper_id numeric(10,0) NOT NULL,
    maxdimension numeric,
    maxweight numeric,
    to_country_id numeric(10,0),
    to_region_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone NOT NULL,
    PRIMARY KEY (m_freight_id)
);
CREATE TABLE idempiere.m_freightcategory (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    m_freightcategory_id numeric(10,0) NOT NULL,
    m_freightcategory_uu character varying,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (m_freightcategory_id)
);
CREATE TABLE idempiere.m_inout (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_bpartner_location_id numeric(10,0) NOT NULL,
    c_campaign_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_invoice_id numeric(10,0),
    c_order_id numeric(10,0),
    c_project_id numeric(10,0),
    chargeamt numeric,
    createconfirm character varying,
    createfrom character varying,
    createlinesfrom character varying,
    createpackage character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    dateordered timestamp without time zone,
    dateprinted timestamp without time zone,
    datereceived timestamp without time zone,
    deliveryrule character varying NOT NULL,
    deliveryviarule character varying NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    dropship_bpartner_id numeric(10,0),
    dropship_location_id numeric(10,0),
    dropship_user_id numeric(10,0),
    fob character varying,
    freightamt numeric,
    freightcharges character varying,
    freightcostrule character varying NOT NULL,
    generateto character varying,
    insurance character varying,
    isactive character(1),
    isalternatereturnaddress character(1) NOT NULL,
    isapproved character(1) NOT NULL,
    isdropship character(1),
    isindispute character(1) NOT NULL,
    isintransit character(1) NOT NULL,
    isprinted character(1) NOT NULL,
    issotrx character(1) NOT NULL,
    m_inout_id numeric(10,0) NOT NULL,
    m_inout_uu character varying,
    m_rma_id numeric(10,0),
    m_shipper_id numeric(10,0),
    m_warehouse_id numeric(10,0) NOT NULL,
    movementdate timestamp without time zone NOT NULL,
    movementtype character varying NOT NULL,
    nopackages numeric(10,0),
    poreference character varying,
    pickdate timestamp without time zone,
    posted character(1) NOT NULL,
    priorityrule character varying NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    ref_inout_id numeric(10,0),
    returnbpartner_id numeric(10,0),
    returnlocation_id numeric(10,0),
    returnuser_id numeric(10,0),
    reversal_id numeric(10,0),
    salesrep_id numeric(10,0),
    sendemail character(1) NOT NULL,
    shipdate timestamp without time zone,
    shipperaccount character varying,
    trackingno character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    volume numeric,
    weight numeric,
    PRIMARY KEY (m_inout_id)
);
CREATE TABLE idempiere.m_inoutconfirm (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    approvalamt numeric,
    c_invoice_id numeric(10,0),
    confirmtype character varying NOT NULL,
    confirmationno character varying,
    createpackage character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    isactive character(1),
    isapproved character(1) NOT NULL,
    iscancelled character(1) NOT NULL,
    isindispute character(1) NOT NULL,
    m_inoutconfirm_id numeric(10,0) NOT NULL,
    m_inoutconfirm_uu character varying,
    m_inout_id numeric(10,0) NOT NULL,
    m_inventory_id numeric(10,0),
    processed character(1) NOT NULL,
    processing character(1),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_inoutconfirm_id)
);
CREATE TABLE idempiere.m_inoutline (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_orderline_id numeric(10,0),
    c_projectphase_id numeric(10,0),
    c_projecttask_id numeric(10,0),
    c_project_id numeric(10,0),
    c_uom_id numeric(10,0) NOT NULL,
    confirmedqty numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying NOT NULL,
    isactive character(1),
    isautoproduce character(1),
    isdescription character(1) NOT NULL,
    isinvoiced character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_inoutline_id numeric(10,0) NOT NULL,
    m_inoutline_uu character varying,
    m_inout_id numeric(10,0) NOT NULL,
    m_locator_id numeric(10,0),
    m_product_id numeric(10,0),
    m_rmaline_id numeric(10,0),
    movementqty numeric NOT NULL,
    pickedqty numeric,
    processed character(1) NOT NULL,
    qtyentered numeric NOT NULL,
    ref_inoutline_id numeric(10,0),
    reversalline_id numeric(10,0),
    scrappedqty numeric,
    targetqty numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (m_inoutline_id)
);
CREATE TABLE idempiere.m_inoutlineconfirm (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_invoiceline_id numeric(10,0),
    confirmationno character varying,
    confirmedqty numeric NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    differenceqty numeric,
    isactive character(1),
    m_inoutconfirm_id numeric(10,0) NOT NULL,
    m_inoutlineconfirm_id numeric(10,0) NOT NULL,
    m_inoutlineconfirm_uu character varying,
    m_inoutline_id numeric(10,0) NOT NULL,
    m_inventoryline_id numeric(10,0),
    processed character(1) NOT NULL,
    scrappedqty numeric,
    targetqty numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_inoutlineconfirm_id)
);
CREATE TABLE idempiere.m_inventory (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    approvalamt numeric,
    c_activity_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_conversiontype_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_currency_id numeric(10,0),
    c_department_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_project_id numeric(10,0),
    costingmethod character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    generatelist character varying,
    isactive character(1),
    isapproved character(1) NOT NULL,
    m_inventory_id numeric(10,0) NOT NULL,
    m_inventory_uu character varying,
    m_perpetualinv_id numeric(10,0),
    m_warehouse_id numeric(10,0),
    movementdate timestamp without time zone NOT NULL,
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    reversal_id numeric(10,0),
    updateqty character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (m_inventory_id)
);
CREATE TABLE idempiere.m_inventoryline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_uom_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    currentcostprice numeric,
    description character varying,
    inventorytype character varying NOT NULL,
    isactive character(1),
    line numeric(10,0),
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_inventoryline_id numeric(10,0) NOT NULL,
    m_inventoryline_uu character varying,
    m_inventory_id numeric(10,0) NOT NULL,
    m_locator_id numeric(10,0),
    m_product_id numeric(10,0) NOT NULL,
    newcostprice numeric,
    processed character(1) NOT NULL,
    qtybook numeric NOT NULL,
    qtycount numeric NOT NULL,
    qtycsv numeric NOT NULL,
    qtyentered numeric NOT NULL,
    qtyinternaluse numeric,
    reversalline_id numeric(10,0),
    upc character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying,
    PRIMARY KEY (m_inventoryline_id)
);
CREATE TABLE idempiere.m_locator (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    isdefault character(1) NOT NULL,
    m_locatortype_id numeric(10,0),
    m_locator_id numeric(10,0) NOT NULL,
    m_locator_uu character varying,
    m_warehouse_id numeric(10,0) NOT NULL,
    priorityno numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    x character varying NOT NULL,
    y character varying NOT NULL,
    z character varying NOT NULL,
    PRIMARY KEY (m_locator_id)
);
CREATE TABLE idempiere.m_locatortype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    isavailableforreplenishment character(1) NOT NULL,
    isavailableforreservation character(1) NOT NULL,
    isavailableforshipping character(1) NOT NULL,
    m_locatortype_id numeric(10,0) NOT NULL,
    m_locatortype_uu character varying,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_locatortype_id)
);
CREATE TABLE idempiere.m_lot (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    datefrom timestamp without time zone,
    dateto timestamp without time zone,
    description character varying,
    help character varying,
    isactive character(1),
    m_lotctl_id numeric(10,0),
    m_lot_id numeric(10,0) NOT NULL,
    m_lot_uu character varying,
    m_product_id numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_lot_id)
);
CREATE TABLE idempiere.m_lotctl (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    currentnext numeric(10,0) NOT NULL,
    description character varying,
    incrementno numeric(10,0) NOT NULL,
    isactive character(1),
    m_lotctl_id numeric(10,0) NOT NULL,
    m_lotctl_uu character varying,
    name character varying NOT NULL,
    prefix character varying,
    startno numeric(10,0) NOT NULL,
    suffix character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_lotctl_id)
);
CREATE TABLE idempiere.m_matchinv (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_invoiceline_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    datetrx timestamp without time zone NOT NULL,
    description character varying,
    documentno character varying,
    isactive character(1),
    m_attributesetinstance_id numeric(10,0),
    m_inoutline_id numeric(10,0),
    m_matchinv_id numeric(10,0) NOT NULL,
    m_matchinv_uu character varying,
    m_product_id numeric(10,0) NOT NULL,
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1) NOT NULL,
    qty numeric NOT NULL,
    ref_matchinv_id numeric(10,0),
    reversal_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_matchinv_id)
);
CREATE TABLE idempiere.m_matchpo (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_invoiceline_id numeric(10,0),
    c_orderline_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateacct timestamp without time zone NOT NULL,
    datetrx timestamp without time zone NOT NULL,
    description character varying,
    documentno character varying,
    isactive character(1),
    isapproved character(1),
    m_attributesetinstance_id numeric(10,0),
    m_inoutline_id numeric(10,0) NOT NULL,
    m_matchpo_id numeric(10,0) NOT NULL,
    m_matchpo_uu character varying,
    m_product_id numeric(10,0) NOT NULL,
    posted character(1) NOT NULL,
    pricematchdifference numeric,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1) NOT NULL,
    qty numeric NOT NULL,
    ref_matchpo_id numeric(10,0),
    reversal_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_matchpo_id)
);
CREATE TABLE idempiere.m_movement (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    approvalamt numeric,
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_bpartner_location_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_project_id numeric(10,0),
    chargeamt numeric,
    createfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    dd_order_id numeric(10,0),
    datereceived timestamp without time zone,
    deliveryrule character varying,
    deliveryviarule character varying,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    freightamt numeric,
    freightcostrule character varying,
    isactive character(1),
    isapproved character(1) NOT NULL,
    isintransit character(1) NOT NULL,
    m_movement_id numeric(10,0) NOT NULL,
    m_movement_uu character varying,
    m_shipper_id numeric(10,0),
    m_warehouseto_id numeric(10,0),
    m_warehouse_id numeric(10,0),
    movementdate timestamp without time zone NOT NULL,
    poreference character varying,
    posted character(1) NOT NULL,
    priorityrule character varying,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    reversal_id numeric(10,0),
    salesrep_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (m_movement_id)
);
CREATE TABLE idempiere.m_movementline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_uom_id numeric(10,0) NOT NULL,
    confirmedqty numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    dd_orderline_id numeric(10,0),
    description character varying,
    isactive character(1),
    line numeric(10,0) NOT NULL,
    m_attributesetinstanceto_id numeric(10,0),
    m_attributesetinstance_id numeric(10,0),
    m_locatorto_id numeric(10,0) NOT NULL,
    m_locator_id numeric(10,0) NOT NULL,
    m_movementline_id numeric(10,0) NOT NULL,
    m_movementline_uu character varying,
    m_movement_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    movementqty numeric NOT NULL,
    processed character(1) NOT NULL,
    qtyentered numeric NOT NULL,
    reversalline_id numeric(10,0),
    scrappedqty numeric,
    targetqty numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying,
    PRIMARY KEY (m_movementline_id)
);
CREATE TABLE idempiere.m_package (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    boxcount numeric(10,0),
    c_bp_shippingacct_id numeric(10,0),
    c_bpartner_location_id numeric(10,0),
    c_currency_id numeric(10,0),
    c_uom_length_id numeric(10,0),
    c_uom_weight_id numeric(10,0),
    cashondelivery character(1) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    datereceived timestamp without time zone,
    deliveryconfirmation character(1) NOT NULL,
    deliveryconfirmationtype character varying,
    description character varying,
    documentno character varying NOT NULL,
    dothazardclassordivision character varying,
    dryiceweight numeric,
    dutiesshipperaccount character varying,
    estimatedweight numeric,
    fob character varying,
    freightcharges character varying,
    handlingcharge numeric,
    height numeric,
    holdaddress_id numeric(10,0),
    homedeliverypremiumdate timestamp without time zone,
    homedeliverypremiumphone character varying,
    homedeliverypremiumtype character varying,
    insurance character varying,
    insuredamount numeric,
    isaccessible character(1) NOT NULL,
    isactive character(1),
    isaddedhandling character(1) NOT NULL,
    iscargoaircraftonly character(1) NOT NULL,
    isdryice character(1) NOT NULL,
    isdutiable character(1) NOT NULL,
    isfuturedayshipment character(1) NOT NULL,
    ishazmat character(1) NOT NULL,
    isholdatlocation character(1) NOT NULL,
    isignorezipnotfound character(1) NOT NULL,
    isignorezipstatenotmatch character(1) NOT NULL,
    isresidential character(1) NOT NULL,
    issaturdaydelivery character(1) NOT NULL,
    issaturdaypickup character(1) NOT NULL,
    isverbalconfirmation character(1) NOT NULL,
    labelprint character varying,
    latestpickuptime timestamp without time zone,
    length numeric,
    m_inout_id numeric(10,0) NOT NULL,
    m_package_id numeric(10,0) NOT NULL,
    m_package_uu character varying,
    m_shipperlabels_id numeric(10,0),
    m_shipperpackaging_id numeric(10,0),
    m_shipperpickuptypes_id numeric(10,0),
    m_shipper_id numeric(10,0) NOT NULL,
    m_shippingprocessor_id numeric(10,0),
    notificationmessage character varying,
    notificationtype character varying,
    oprocessing character varying,
    paymentrule character varying,
    price numeric,
    priceactual numeric,
    processed character(1) NOT NULL,
    rateinquirymessage character varying,
    receivedinfo character varying,
    shipdate timestamp without time zone,
    shipperaccount character varying,
    shippingrateinquiry character varying,
    shippingrespmessage character varying,
    surcharges numeric,
    totalprice numeric,
    trackinginfo character varying,
    trackingno character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    voidit character varying,
    weight numeric,
    width numeric,
    PRIMARY KEY (m_package_id)
);
CREATE TABLE idempiere.m_packageline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    m_inoutline_id numeric(10,0) NOT NULL,
    m_packageline_id numeric(10,0) NOT NULL,
    m_packageline_uu character varying,
    m_packagemps_id numeric(10,0),
    m_package_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0),
    qty numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_packageline_id)
);
CREATE TABLE idempiere.m_parttype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    m_parttype_id numeric(10,0) NOT NULL,
    m_parttype_uu character varying,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_parttype_id)
);
CREATE TABLE idempiere.m_pricelist (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    basepricelist_id numeric(10,0),
    c_currency_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    enforcepricelimit character(1) NOT NULL,
    isactive character(1),
    isdefault character(1) NOT NULL,
    ismandatory character(1),
    issopricelist character(1) NOT NULL,
    istaxincluded character(1) NOT NULL,
    m_pricelist_id numeric(10,0) NOT NULL,
    m_pricelist_uu character varying,
    name character varying NOT NULL,
    priceprecision numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    ispresentforproduct character(1),
    PRIMARY KEY (m_pricelist_id)
);
CREATE TABLE idempiere.m_pricelist_version (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    m_discountschema_id numeric(10,0) NOT NULL,
    m_pricelist_id numeric(10,0) NOT NULL,
    m_pricelist_version_id numeric(10,0) NOT NULL,
    m_pricelist_version_uu character varying,
    m_pricelist_version_base_id numeric(10,0),
    name character varying NOT NULL,
    proccreate character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone NOT NULL,
    PRIMARY KEY (m_pricelist_version_id)
);
CREATE TABLE idempiere.m_product (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_revenuerecognition_id numeric(10,0),
    c_subscriptiontype_id numeric(10,0),
    c_taxcategory_id numeric(10,0) NOT NULL,
    c_uom_id numeric(10,0) NOT NULL,
    classification character varying,
    copyfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    customstariffnumber character varying,
    description character varying,
    descriptionurl character varying,
    discontinued character(1),
    discontinuedat timestamp without time zone,
    documentnote character varying,
    group1 character varying,
    group2 character varying,
    guaranteedays numeric(10,0),
    guaranteedaysmin numeric(10,0),
    help character varying,
    imageurl character varying,
    isactive character(1),
    isautoproduce character(1) NOT NULL,
    isbom character(1) NOT NULL,
    isbompriceoverride character(1) NOT NULL,
    isdropship character(1) NOT NULL,
    isexcludeautodelivery character(1) NOT NULL,
    isinvoiceprintdetails character(1) NOT NULL,
    iskanban character(1) NOT NULL,
    ismanufactured character(1) NOT NULL,
    isownbox character(1) NOT NULL,
    isphantom character(1) NOT NULL,
    ispicklistprintdetails character(1) NOT NULL,
    ispurchased character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    issold character(1) NOT NULL,
    isstocked character(1) NOT NULL,
    issummary character(1) NOT NULL,
    isusedatematerialpolicy character(1) NOT NULL,
    isverified character(1) NOT NULL,
    iswebstorefeatured character(1) NOT NULL,
    lowlevel numeric(10,0) NOT NULL,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_attributeset_id numeric(10,0),
    m_freightcategory_id numeric(10,0),
    m_locator_id numeric(10,0),
    m_parttype_id numeric(10,0),
    m_product_category_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    m_product_uu character varying,
    name character varying NOT NULL,
    processing character(1),
    producttype character varying NOT NULL,
    r_mailtext_id numeric(10,0),
    sku character varying,
    s_expensetype_id numeric(10,0),
    s_resource_id numeric(10,0),
    salesrep_id numeric(10,0),
    shelfdepth numeric(10,0),
    shelfheight numeric,
    shelfwidth numeric(10,0),
    upc character varying,
    unitsperpack numeric(10,0),
    unitsperpallet numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    versionno character varying,
    volume numeric,
    weight numeric,
    PRIMARY KEY (m_product_id)
);
CREATE TABLE idempiere.m_product_category (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_printcolor_id numeric(10,0),
    a_asset_group_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdefault character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    mmpolicy character varying NOT NULL,
    m_product_category_id numeric(10,0) NOT NULL,
    m_product_category_parent_id numeric(10,0),
    m_product_category_uu character varying,
    name character varying NOT NULL,
    plannedmargin numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (m_product_category_id)
);
CREATE TABLE idempiere.m_product_po (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0) NOT NULL,
    c_currency_id numeric(10,0),
    c_uom_id numeric(10,0),
    costperorder numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    deliverytime_actual numeric(10,0),
    deliverytime_promised numeric(10,0),
    discontinued character(1),
    discontinuedat timestamp without time zone,
    isactive character(1),
    iscurrentvendor character(1) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    m_product_po_uu character varying,
    manufacturer character varying,
    order_min numeric,
    order_pack numeric,
    priceeffective timestamp without time zone,
    pricelastinv numeric,
    pricelastpo numeric,
    pricelist numeric,
    pricepo numeric,
    qualityrating numeric(10,0),
    royaltyamt numeric,
    upc character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    vendorcategory character varying,
    vendorproductno character varying NOT NULL
);
CREATE TABLE idempiere.m_production (
    ad_client_id numeric(10,0),
    ad_orgtrx_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_orderline_id numeric(10,0),
    c_projectphase_id numeric(10,0),
    c_projecttask_id numeric(10,0),
    c_project_id numeric(10,0),
    createfrom character varying,
    created timestamp without time zone NOT NULL,
    createdby numeric(10,0),
    datepromised timestamp without time zone,
    description character varying,
    docaction character varying,
    docstatus character varying,
    documentno character varying NOT NULL,
    isactive character(1),
    iscomplete character(1),
    iscreated character varying NOT NULL,
    isuseproductionplan character(1) NOT NULL,
    m_inoutline_id numeric(10,0),
    m_locator_id numeric(10,0),
    m_product_id numeric(10,0),
    m_production_id numeric(10,0) NOT NULL,
    m_production_uu character varying,
    movementdate timestamp without time zone NOT NULL,
    name character varying,
    pp_product_bom_id numeric(10,0),
    posted character(1) NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    productionqty numeric NOT NULL,
    reversal_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    user1_id numeric(10,0),
    user2_id numeric(10,0),
    PRIMARY KEY (m_production_id)
);
CREATE TABLE idempiere.m_productionline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isendproduct character(1),
    line numeric(10,0) NOT NULL,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_locator_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    m_productionline_id numeric(10,0) NOT NULL,
    m_productionline_uu character varying,
    m_productionplan_id numeric(10,0),
    m_production_id numeric(10,0),
    movementqty numeric NOT NULL,
    plannedqty numeric,
    processed character(1) NOT NULL,
    qtyused numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_productionline_id)
);
CREATE TABLE idempiere.m_productprice (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    m_pricelist_version_id numeric(10,0) NOT NULL,
    m_productprice_id numeric(10,0) NOT NULL,
    m_productprice_uu character varying,
    m_product_id numeric(10,0) NOT NULL,
    pricelimit numeric NOT NULL,
    pricelist numeric NOT NULL,
    pricestd numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_productprice_id)
);
CREATE TABLE idempiere.m_relatedproduct (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    m_product_id numeric(10,0) NOT NULL,
    m_relatedproduct_uu character varying,
    name character varying NOT NULL,
    relatedproducttype character varying NOT NULL,
    relatedproduct_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_replenish (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    level_max numeric NOT NULL,
    level_min numeric NOT NULL,
    m_locator_id numeric(10,0),
    m_product_id numeric(10,0) NOT NULL,
    m_replenish_uu character varying,
    m_warehousesource_id numeric(10,0),
    m_warehouse_id numeric(10,0) NOT NULL,
    qtybatchsize numeric,
    replenishtype character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_requisition (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0) NOT NULL,
    c_doctype_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    datedoc timestamp without time zone NOT NULL,
    daterequired timestamp without time zone NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    help character varying,
    isactive character(1),
    isapproved character(1) NOT NULL,
    m_pricelist_id numeric(10,0) NOT NULL,
    m_requisition_id numeric(10,0) NOT NULL,
    m_requisition_uu character varying,
    m_warehouse_id numeric(10,0) NOT NULL,
    posted character(1) NOT NULL,
    priorityrule character varying NOT NULL,
    processed character(1) NOT NULL,
    processedon numeric,
    processing character(1),
    totallines numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_requisition_id)
);
CREATE TABLE idempiere.m_requisitionline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_charge_id numeric(10,0),
    c_orderline_id numeric(10,0),
    c_uom_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    line numeric(10,0) NOT NULL,
    linenetamt numeric NOT NULL,
    m_attributesetinstance_id numeric(10,0),
    m_product_id numeric(10,0),
    m_requisitionline_id numeric(10,0) NOT NULL,
    m_requisitionline_uu character varying,
    m_requisition_id numeric(10,0) NOT NULL,
    priceactual numeric NOT NULL,
    qty numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_requisitionline_id)
);
CREATE TABLE idempiere.m_rma (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amt numeric,
    c_bpartner_id numeric(10,0),
    c_currency_id numeric(10,0),
    c_doctype_id numeric(10,0) NOT NULL,
    c_order_id numeric(10,0),
    createfrom character varying,
    createlinesfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    generateto character varying,
    help character varying,
    inout_id numeric(10,0) NOT NULL,
    isactive character(1),
    isapproved character(1) NOT NULL,
    issotrx character(1) NOT NULL,
    m_rmatype_id numeric(10,0) NOT NULL,
    m_rma_id numeric(10,0) NOT NULL,
    m_rma_uu character varying,
    name character varying NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    ref_rma_id numeric(10,0),
    salesrep_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_rma_id)
);
CREATE TABLE idempiere.m_rmaline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    amt numeric,
    c_charge_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    line numeric(10,0),
    linenetamt numeric,
    m_inoutline_id numeric(10,0),
    m_product_id numeric(10,0),
    m_rmaline_id numeric(10,0) NOT NULL,
    m_rmaline_uu character varying,
    m_rma_id numeric(10,0) NOT NULL,
    processed character(1) NOT NULL,
    qty numeric NOT NULL,
    qtydelivered numeric,
    qtyinvoiced numeric,
    ref_rmaline_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_rmaline_id)
);
CREATE TABLE idempiere.m_rmatax (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_taxprovider_id numeric(10,0),
    c_tax_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    istaxincluded character(1) NOT NULL,
    m_rmatax_uu character varying,
    m_rma_id numeric(10,0) NOT NULL,
    processed character(1) NOT NULL,
    taxamt numeric NOT NULL,
    taxbaseamt numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_rmatype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    m_rmatype_id numeric(10,0) NOT NULL,
    m_rmatype_uu character varying,
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_rmatype_id)
);
CREATE TABLE idempiere.m_sernoctl (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    currentnext numeric(10,0) NOT NULL,
    description character varying,
    incrementno numeric(10,0) NOT NULL,
    isactive character(1),
    m_sernoctl_id numeric(10,0) NOT NULL,
    m_sernoctl_uu character varying,
    name character varying NOT NULL,
    prefix character varying,
    startno numeric(10,0) NOT NULL,
    suffix character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_sernoctl_id)
);
CREATE TABLE idempiere.m_shipper (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    createfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    m_shippercfg_id numeric(10,0),
    m_shipper_id numeric(10,0) NOT NULL,
    m_shipper_uu character varying,
    m_shippingprocessor_id numeric(10,0),
    name character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_shipper_id)
);
CREATE TABLE idempiere.m_storageonhand (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    datelastinventory timestamp without time zone,
    datematerialpolicy timestamp without time zone NOT NULL,
    isactive character(1),
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_locator_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    m_storageonhand_uu character varying,
    qtyonhand numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_storagereservation (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    datelastinventory timestamp without time zone,
    isactive character(1),
    issotrx character(1) NOT NULL,
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_product_id numeric(10,0) NOT NULL,
    m_storagereservation_uu character varying,
    m_warehouse_id numeric(10,0) NOT NULL,
    qty numeric NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_substitute (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    m_product_id numeric(10,0) NOT NULL,
    m_substitute_uu character varying,
    name character varying NOT NULL,
    substitute_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.m_transaction (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_projectissue_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    m_attributesetinstance_id numeric(10,0) NOT NULL,
    m_inoutline_id numeric(10,0),
    m_inventoryline_id numeric(10,0),
    m_locator_id numeric(10,0) NOT NULL,
    m_movementline_id numeric(10,0),
    m_product_id numeric(10,0) NOT NULL,
    m_productionline_id numeric(10,0),
    m_transaction_id numeric(10,0) NOT NULL,
    m_transaction_uu character varying,
    movementdate timestamp without time zone NOT NULL,
    movementqty numeric NOT NULL,
    movementtype character varying NOT NULL,
    pp_cost_collector_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (m_transaction_id)
);
CREATE TABLE idempiere.m_warehouse (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_location_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdisableinventorypopup character(1) NOT NULL,
    isdisallownegativeinv character(1) NOT NULL,
    isintransit character(1),
    m_reservelocator_id numeric(10,0),
    m_warehousesource_id numeric(10,0),
    m_warehouse_id numeric(10,0) NOT NULL,
    m_warehouse_uu character varying,
    name character varying NOT NULL,
    replenishmentclass character varying,
    separator character varying NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (m_warehouse_id)
);
CREATE TABLE idempiere.pp_product_bom (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    bomtype character varying,
    bomuse character varying,
    c_uom_id numeric(10,0),
    copyfrom character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    m_attributesetinstance_id numeric(10,0),
    m_changenotice_id numeric(10,0),
    m_product_id numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    pp_product_bom_id numeric(10,0) NOT NULL,
    pp_product_bom_uu character varying,
    processing character(1),
    revision character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone,
    validto timestamp without time zone,
    value character varying NOT NULL,
    PRIMARY KEY (pp_product_bom_id)
);
CREATE TABLE idempiere.pp_product_bomline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    assay numeric,
    backflushgroup character varying,
    c_uom_id numeric(10,0),
    componenttype character varying,
    costallocationperc numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    feature character varying,
    forecast numeric,
    help character varying,
    isactive character(1),
    iscritical character(1),
    isqtypercentage character(1),
    issuemethod character varying,
    leadtimeoffset numeric(10,0),
    line numeric(10,0) NOT NULL,
    m_attributesetinstance_id numeric(10,0),
    m_changenotice_id numeric(10,0),
    m_product_id numeric(10,0) NOT NULL,
    pp_product_bomline_id numeric(10,0) NOT NULL,
    pp_product_bomline_uu character varying,
    pp_product_bom_id numeric(10,0) NOT NULL,
    qtybom numeric,
    qtybatch numeric,
    scrap numeric,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    validfrom timestamp without time zone,
    validto timestamp without time zone,
    PRIMARY KEY (pp_product_bomline_id)
);
CREATE TABLE idempiere.r_category (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    m_product_id numeric(10,0),
    name character varying NOT NULL,
    r_category_id numeric(10,0) NOT NULL,
    r_category_uu character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (r_category_id)
);
CREATE TABLE idempiere.r_contactinterest (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    isactive character(1),
    optoutdate timestamp without time zone,
    r_contactinterest_uu character varying,
    r_interestarea_id numeric(10,0) NOT NULL,
    subscribedate timestamp without time zone,
    updated timestamp without time zone,
    updatedby numeric(10,0)
);
CREATE TABLE idempiere.r_group (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    m_changenotice_id numeric(10,0),
    name character varying NOT NULL,
    pp_product_bom_id numeric(10,0),
    r_group_id numeric(10,0) NOT NULL,
    r_group_uu character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (r_group_id)
);
CREATE TABLE idempiere.r_interestarea (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isselfservice character(1) NOT NULL,
    name character varying NOT NULL,
    r_interestarea_id numeric(10,0) NOT NULL,
    r_interestarea_uu character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (r_interestarea_id)
);
CREATE TABLE idempiere.r_request (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_role_id numeric(10,0),
    ad_table_id numeric(10,0),
    ad_user_id numeric(10,0),
    a_asset_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_costcenter_id numeric(10,0),
    c_department_id numeric(10,0),
    c_invoicerequest_id numeric(10,0),
    c_invoice_id numeric(10,0),
    c_order_id numeric(10,0),
    c_payment_id numeric(10,0),
    c_project_id numeric(10,0),
    closedate timestamp without time zone,
    confidentialtype character varying NOT NULL,
    confidentialtypeentry character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    datecompleteplan timestamp without time zone,
    datelastaction timestamp without time zone,
    datelastalert timestamp without time zone,
    datenextaction timestamp without time zone,
    datestartplan timestamp without time zone,
    documentno character varying NOT NULL,
    duetype character varying NOT NULL,
    endtime timestamp without time zone,
    isactive character(1),
    isescalated character(1) NOT NULL,
    isinvoiced character(1) NOT NULL,
    isselfservice character(1) NOT NULL,
    lastresult character varying,
    m_changerequest_id numeric(10,0),
    m_fixchangenotice_id numeric(10,0),
    m_inout_id numeric(10,0),
    m_productspent_id numeric(10,0),
    m_product_id numeric(10,0),
    m_rma_id numeric(10,0),
    nextaction character varying,
    priority character varying NOT NULL,
    priorityuser character varying,
    processed character(1) NOT NULL,
    qtyinvoiced numeric,
    qtyplan numeric,
    qtyspent numeric,
    r_category_id numeric(10,0),
    r_group_id numeric(10,0),
    r_mailtext_id numeric(10,0),
    r_requestrelated_id numeric(10,0),
    r_requesttype_id numeric(10,0) NOT NULL,
    r_request_id numeric(10,0) NOT NULL,
    r_request_uu character varying,
    r_resolution_id numeric(10,0),
    r_standardresponse_id numeric(10,0),
    r_status_id numeric(10,0),
    record_id numeric(10,0),
    record_uu character varying,
    requestamt numeric NOT NULL,
    result character varying,
    salesrep_id numeric(10,0),
    startdate timestamp without time zone,
    starttime timestamp without time zone,
    summary character varying NOT NULL,
    taskstatus character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (r_request_id)
);
CREATE TABLE idempiere.r_requesttype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    autoduedatedays numeric(10,0),
    confidentialtype character varying NOT NULL,
    contentcolor character varying,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    duedatetolerance numeric(10,0) NOT NULL,
    headercolor character varying,
    isactive character(1),
    isautochangerequest character(1) NOT NULL,
    isconfidentialinfo character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    isemailwhendue character(1) NOT NULL,
    isemailwhenoverdue character(1) NOT NULL,
    isindexed character(1) NOT NULL,
    isinvoiced character(1),
    isselfservice character(1) NOT NULL,
    name character varying NOT NULL,
    r_requesttype_id numeric(10,0) NOT NULL,
    r_requesttype_uu character varying,
    r_statuscategory_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (r_requesttype_id)
);
CREATE TABLE idempiere.r_requestupdate (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    confidentialtypeentry character varying NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    endtime timestamp without time zone,
    isactive character(1),
    m_productspent_id numeric(10,0),
    qtyinvoiced numeric,
    qtyspent numeric,
    r_requestupdate_id numeric(10,0) NOT NULL,
    r_requestupdate_uu character varying,
    r_request_id numeric(10,0) NOT NULL,
    result character varying,
    starttime timestamp without time zone,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (r_requestupdate_id)
);
CREATE TABLE idempiere.r_resolution (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    name character varying NOT NULL,
    r_resolution_id numeric(10,0) NOT NULL,
    r_resolution_uu character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (r_resolution_id)
);
CREATE TABLE idempiere.r_status (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    help character varying,
    isactive character(1),
    isclosed character(1) NOT NULL,
    isdefault character(1) NOT NULL,
    isfinalclose character(1) NOT NULL,
    isopen character(1) NOT NULL,
    iswebcanupdate character(1) NOT NULL,
    name character varying NOT NULL,
    next_status_id numeric(10,0),
    r_statuscategory_id numeric(10,0) NOT NULL,
    r_status_id numeric(10,0) NOT NULL,
    r_status_uu character varying,
    seqno numeric(10,0) NOT NULL,
    timeoutdays numeric(10,0),
    update_status_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (r_status_id)
);
CREATE TABLE idempiere.s_expensetype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_taxcategory_id numeric(10,0) NOT NULL,
    c_uom_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isinvoiced character(1) NOT NULL,
    m_product_category_id numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    s_expensetype_id numeric(10,0) NOT NULL,
    s_expensetype_uu character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (s_expensetype_id)
);
CREATE TABLE idempiere.s_resource (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    ad_user_id numeric(10,0),
    chargeableqty numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    dailycapacity numeric,
    description character varying,
    isactive character(1),
    isavailable character(1) NOT NULL,
    ismanufacturingresource character(1),
    m_warehouse_id numeric(10,0) NOT NULL,
    manufacturingresourcetype character varying,
    name character varying NOT NULL,
    percentutilization numeric NOT NULL,
    planninghorizon numeric(10,0),
    queuingtime numeric,
    s_resourcetype_id numeric(10,0) NOT NULL,
    s_resource_id numeric(10,0) NOT NULL,
    s_resource_uu character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    waitingtime numeric,
    PRIMARY KEY (s_resource_id)
);
CREATE TABLE idempiere.s_resourceassignment (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    assigndatefrom timestamp without time zone NOT NULL,
    assigndateto timestamp without time zone,
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isconfirmed character(1) NOT NULL,
    name character varying NOT NULL,
    qty numeric,
    s_resourceassignment_id numeric(10,0) NOT NULL,
    s_resourceassignment_uu character varying,
    s_resource_id numeric(10,0) NOT NULL,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (s_resourceassignment_id)
);
CREATE TABLE idempiere.s_resourcetype (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    allowuomfractions character(1) NOT NULL,
    c_taxcategory_id numeric(10,0) NOT NULL,
    c_uom_id numeric(10,0) NOT NULL,
    chargeableqty numeric(10,0),
    created timestamp without time zone,
    createdby numeric(10,0),
    description character varying,
    isactive character(1),
    isdateslot character(1) NOT NULL,
    issingleassignment character(1) NOT NULL,
    istimeslot character(1) NOT NULL,
    m_product_category_id numeric(10,0) NOT NULL,
    name character varying NOT NULL,
    onfriday character(1) NOT NULL,
    onmonday character(1) NOT NULL,
    onsaturday character(1) NOT NULL,
    onsunday character(1) NOT NULL,
    onthursday character(1) NOT NULL,
    ontuesday character(1) NOT NULL,
    onwednesday character(1) NOT NULL,
    s_resourcetype_id numeric(10,0) NOT NULL,
    s_resourcetype_uu character varying,
    timeslotend timestamp without time zone,
    timeslotstart timestamp without time zone,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    value character varying NOT NULL,
    PRIMARY KEY (s_resourcetype_id)
);
CREATE TABLE idempiere.s_timeexpense (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    approvalamt numeric,
    c_bpartner_id numeric(10,0) NOT NULL,
    created timestamp without time zone,
    createdby numeric(10,0),
    datereport timestamp without time zone NOT NULL,
    description character varying,
    docaction character varying NOT NULL,
    docstatus character varying NOT NULL,
    documentno character varying NOT NULL,
    isactive character(1),
    isapproved character(1) NOT NULL,
    m_pricelist_id numeric(10,0) NOT NULL,
    m_warehouse_id numeric(10,0) NOT NULL,
    processed character(1) NOT NULL,
    processing character(1),
    s_timeexpense_id numeric(10,0) NOT NULL,
    s_timeexpense_uu character varying,
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (s_timeexpense_id)
);
CREATE TABLE idempiere.s_timeexpenseline (
    ad_client_id numeric(10,0),
    ad_org_id numeric(10,0),
    c_activity_id numeric(10,0),
    c_bpartner_id numeric(10,0),
    c_campaign_id numeric(10,0),
    c_currency_id numeric(10,0),
    c_invoiceline_id numeric(10,0),
    c_orderline_id numeric(10,0),
    c_projectphase_id numeric(10,0),
    c_projecttask_id numeric(10,0),
    c_project_id numeric(10,0),
    c_uom_id numeric(10,0),
    convertedamt numeric,
    created timestamp without time zone,
    createdby numeric(10,0),
    dateexpense timestamp without time zone NOT NULL,
    description character varying,
    expenseamt numeric,
    invoiceprice numeric,
    isactive character(1),
    isinvoiced character(1) NOT NULL,
    istimereport character(1) NOT NULL,
    line numeric(10,0) NOT NULL,
    linenetamt numeric,
    m_product_id numeric(10,0),
    note character varying,
    priceinvoiced numeric,
    pricereimbursed numeric,
    processed character(1) NOT NULL,
    qty numeric,
    qtyinvoiced numeric,
    qtyreimbursed numeric,
    s_resourceassignment_id numeric(10,0),
    s_timeexpenseline_id numeric(10,0) NOT NULL,
    s_timeexpenseline_uu character varying,
    s_timeexpense_id numeric(10,0) NOT NULL,
    s_timetype_id numeric(10,0),
    updated timestamp without time zone,
    updatedby numeric(10,0),
    PRIMARY KEY (s_timeexpenseline_id)
);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (a_asset_group_id) REFERENCES idempiere.a_asset_group(a_asset_group_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (a_parent_asset_id) REFERENCES idempiere.a_asset(a_asset_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (c_bpartnersr_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (lease_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.a_asset ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.ad_orginfo ADD FOREIGN KEY (c_calendar_id) REFERENCES idempiere.c_calendar(c_calendar_id);
ALTER TABLE idempiere.ad_orginfo ADD FOREIGN KEY (dropship_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.ad_orginfo ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.ad_orginfo ADD FOREIGN KEY (supervisor_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.ad_orginfo ADD FOREIGN KEY (transferbank_id) REFERENCES idempiere.c_bank(c_bank_id);
ALTER TABLE idempiere.ad_orginfo ADD FOREIGN KEY (transfercashbook_id) REFERENCES idempiere.c_cashbook(c_cashbook_id);
ALTER TABLE idempiere.ad_role ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.ad_role ADD FOREIGN KEY (supervisor_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.ad_user ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.ad_user ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.ad_user ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.ad_user ADD FOREIGN KEY (c_greeting_id) REFERENCES idempiere.c_greeting(c_greeting_id);
ALTER TABLE idempiere.ad_user ADD FOREIGN KEY (c_job_id) REFERENCES idempiere.c_job(c_job_id);
ALTER TABLE idempiere.ad_user ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.ad_user ADD FOREIGN KEY (supervisor_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.ad_user_roles ADD FOREIGN KEY (ad_role_id) REFERENCES idempiere.ad_role(ad_role_id);
ALTER TABLE idempiere.ad_user_roles ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_acctschema ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_acctschema ADD FOREIGN KEY (c_period_id) REFERENCES idempiere.c_period(c_period_id);
ALTER TABLE idempiere.c_acctschema ADD FOREIGN KEY (m_costtype_id) REFERENCES idempiere.m_costtype(m_costtype_id);
ALTER TABLE idempiere.c_allocationhdr ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_allocationhdr ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_allocationhdr ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.c_allocationhdr(c_allocationhdr_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_allocationhdr_id) REFERENCES idempiere.c_allocationhdr(c_allocationhdr_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_banktransfer_id) REFERENCES idempiere.c_banktransfer(c_banktransfer_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_cashline_id) REFERENCES idempiere.c_cashline(c_cashline_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_allocationline ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_bankaccount ADD FOREIGN KEY (c_bank_id) REFERENCES idempiere.c_bank(c_bank_id);
ALTER TABLE idempiere.c_bankaccount ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_bankstatement ADD FOREIGN KEY (c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_bankstatement ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_bankstatementline ADD FOREIGN KEY (c_bankstatement_id) REFERENCES idempiere.c_bankstatement(c_bankstatement_id);
ALTER TABLE idempiere.c_bankstatementline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_bankstatementline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_bankstatementline ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_bankstatementline ADD FOREIGN KEY (c_depositbatch_id) REFERENCES idempiere.c_depositbatch(c_depositbatch_id);
ALTER TABLE idempiere.c_bankstatementline ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_bankstatementline ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (from_c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (from_c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (from_c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (from_c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (from_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (from_user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (from_user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (to_c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (to_c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (to_c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (to_c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (to_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (to_user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_banktransfer ADD FOREIGN KEY (to_user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_bp_bankaccount ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_bp_bankaccount ADD FOREIGN KEY (c_bank_id) REFERENCES idempiere.c_bank(c_bank_id);
ALTER TABLE idempiere.c_bp_bankaccount ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_bp_group ADD FOREIGN KEY (c_dunning_id) REFERENCES idempiere.c_dunning(c_dunning_id);
ALTER TABLE idempiere.c_bp_group ADD FOREIGN KEY (m_discountschema_id) REFERENCES idempiere.m_discountschema(m_discountschema_id);
ALTER TABLE idempiere.c_bp_group ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.c_bp_group ADD FOREIGN KEY (po_discountschema_id) REFERENCES idempiere.m_discountschema(m_discountschema_id);
ALTER TABLE idempiere.c_bp_group ADD FOREIGN KEY (po_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.c_bp_relation ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_bp_relation ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_bp_relation ADD FOREIGN KEY (c_bpartnerrelation_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_bp_relation ADD FOREIGN KEY (c_bpartnerrelation_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (c_bp_group_id) REFERENCES idempiere.c_bp_group(c_bp_group_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (c_dunning_id) REFERENCES idempiere.c_dunning(c_dunning_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (c_greeting_id) REFERENCES idempiere.c_greeting(c_greeting_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (c_invoiceschedule_id) REFERENCES idempiere.c_invoiceschedule(c_invoiceschedule_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (c_paymentterm_id) REFERENCES idempiere.c_paymentterm(c_paymentterm_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (m_discountschema_id) REFERENCES idempiere.m_discountschema(m_discountschema_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (po_discountschema_id) REFERENCES idempiere.m_discountschema(m_discountschema_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (po_paymentterm_id) REFERENCES idempiere.c_paymentterm(c_paymentterm_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (po_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.c_bpartner ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_bpartner_location ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_bpartner_location ADD FOREIGN KEY (c_salesregion_id) REFERENCES idempiere.c_salesregion(c_salesregion_id);
ALTER TABLE idempiere.c_bpartner_product ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_bpartner_product ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_campaign ADD FOREIGN KEY (c_channel_id) REFERENCES idempiere.c_channel(c_channel_id);
ALTER TABLE idempiere.c_cash ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_cash ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_cash ADD FOREIGN KEY (c_cashbook_id) REFERENCES idempiere.c_cashbook(c_cashbook_id);
ALTER TABLE idempiere.c_cash ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_cash ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_cash ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_cashbook ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_cashline ADD FOREIGN KEY (c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_cashline ADD FOREIGN KEY (c_cash_id) REFERENCES idempiere.c_cash(c_cash_id);
ALTER TABLE idempiere.c_cashline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_cashline ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_cashline ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_cashline ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_charge ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_charge ADD FOREIGN KEY (c_chargetype_id) REFERENCES idempiere.c_chargetype(c_chargetype_id);
ALTER TABLE idempiere.c_charge ADD FOREIGN KEY (c_taxcategory_id) REFERENCES idempiere.c_taxcategory(c_taxcategory_id);
ALTER TABLE idempiere.c_city ADD FOREIGN KEY (c_country_id) REFERENCES idempiere.c_country(c_country_id);
ALTER TABLE idempiere.c_city ADD FOREIGN KEY (c_region_id) REFERENCES idempiere.c_region(c_region_id);
ALTER TABLE idempiere.c_commission ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_commission ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_commission ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_commission ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_commissionamt ADD FOREIGN KEY (c_commissionline_id) REFERENCES idempiere.c_commissionline(c_commissionline_id);
ALTER TABLE idempiere.c_commissionamt ADD FOREIGN KEY (c_commissionrun_id) REFERENCES idempiere.c_commissionrun(c_commissionrun_id);
ALTER TABLE idempiere.c_commissiondetail ADD FOREIGN KEY (c_commissionamt_id) REFERENCES idempiere.c_commissionamt(c_commissionamt_id);
ALTER TABLE idempiere.c_commissiondetail ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_commissiondetail ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.c_commissiondetail ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.c_commissionline ADD FOREIGN KEY (c_bp_group_id) REFERENCES idempiere.c_bp_group(c_bp_group_id);
ALTER TABLE idempiere.c_commissionline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_commissionline ADD FOREIGN KEY (c_commission_id) REFERENCES idempiere.c_commission(c_commission_id);
ALTER TABLE idempiere.c_commissionline ADD FOREIGN KEY (c_salesregion_id) REFERENCES idempiere.c_salesregion(c_salesregion_id);
ALTER TABLE idempiere.c_commissionline ADD FOREIGN KEY (m_product_category_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.c_commissionline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_commissionrun ADD FOREIGN KEY (c_commission_id) REFERENCES idempiere.c_commission(c_commission_id);
ALTER TABLE idempiere.c_commissionrun ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_contactactivity ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_contactactivity ADD FOREIGN KEY (c_opportunity_id) REFERENCES idempiere.c_opportunity(c_opportunity_id);
ALTER TABLE idempiere.c_contactactivity ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_conversion_rate ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.c_conversion_rate ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_conversion_rate ADD FOREIGN KEY (c_currency_id_to) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_country ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_depositbatch ADD FOREIGN KEY (c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_depositbatch ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_depositbatch ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_depositbatchline ADD FOREIGN KEY (c_depositbatch_id) REFERENCES idempiere.c_depositbatch(c_depositbatch_id);
ALTER TABLE idempiere.c_depositbatchline ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_doctype ADD FOREIGN KEY (c_doctypedifference_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_doctype ADD FOREIGN KEY (c_doctypeinvoice_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_doctype ADD FOREIGN KEY (c_doctypeproforma_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_doctype ADD FOREIGN KEY (c_doctypeshipment_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_doctype ADD FOREIGN KEY (gl_category_id) REFERENCES idempiere.gl_category(gl_category_id);
ALTER TABLE idempiere.c_dunninglevel ADD FOREIGN KEY (c_dunning_id) REFERENCES idempiere.c_dunning(c_dunning_id);
ALTER TABLE idempiere.c_dunninglevel ADD FOREIGN KEY (c_paymentterm_id) REFERENCES idempiere.c_paymentterm(c_paymentterm_id);
ALTER TABLE idempiere.c_dunningrun ADD FOREIGN KEY (c_dunning_id) REFERENCES idempiere.c_dunning(c_dunning_id);
ALTER TABLE idempiere.c_dunningrun ADD FOREIGN KEY (c_dunninglevel_id) REFERENCES idempiere.c_dunninglevel(c_dunninglevel_id);
ALTER TABLE idempiere.c_dunningrunentry ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_dunningrunentry ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_dunningrunentry ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_dunningrunentry ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_dunningrunentry ADD FOREIGN KEY (c_dunninglevel_id) REFERENCES idempiere.c_dunninglevel(c_dunninglevel_id);
ALTER TABLE idempiere.c_dunningrunentry ADD FOREIGN KEY (c_dunningrun_id) REFERENCES idempiere.c_dunningrun(c_dunningrun_id);
ALTER TABLE idempiere.c_dunningrunentry ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_dunningrunline ADD FOREIGN KEY (c_dunningrunentry_id) REFERENCES idempiere.c_dunningrunentry(c_dunningrunentry_id);
ALTER TABLE idempiere.c_dunningrunline ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_dunningrunline ADD FOREIGN KEY (c_invoicepayschedule_id) REFERENCES idempiere.c_invoicepayschedule(c_invoicepayschedule_id);
ALTER TABLE idempiere.c_dunningrunline ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_elementvalue ADD FOREIGN KEY (c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_elementvalue ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_elementvalue ADD FOREIGN KEY (c_element_id) REFERENCES idempiere.c_element(c_element_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_cashline_id) REFERENCES idempiere.c_cashline(c_cashline_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_doctypetarget_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_dunninglevel_id) REFERENCES idempiere.c_dunninglevel(c_dunninglevel_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_employee_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_paymentterm_id) REFERENCES idempiere.c_paymentterm(c_paymentterm_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (m_rma_id) REFERENCES idempiere.m_rma(m_rma_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (relatedinvoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_invoice ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_invoicebatch ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.c_invoicebatch ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_invoicebatch ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_invoicebatch_id) REFERENCES idempiere.c_invoicebatch(c_invoicebatch_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_invoicebatchline ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (a_asset_group_id) REFERENCES idempiere.a_asset_group(a_asset_group_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (a_asset_id) REFERENCES idempiere.a_asset(a_asset_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_employee_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_projecttask_id) REFERENCES idempiere.c_projecttask(c_projecttask_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (m_rmaline_id) REFERENCES idempiere.m_rmaline(m_rmaline_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_invoiceline ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_invoicepayschedule ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_invoicepayschedule ADD FOREIGN KEY (c_payschedule_id) REFERENCES idempiere.c_payschedule(c_payschedule_id);
ALTER TABLE idempiere.c_invoicetax ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_invoicetax ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.c_job ADD FOREIGN KEY (c_jobcategory_id) REFERENCES idempiere.c_jobcategory(c_jobcategory_id);
ALTER TABLE idempiere.c_landedcost ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.c_landedcost ADD FOREIGN KEY (m_costelement_id) REFERENCES idempiere.m_costelement(m_costelement_id);
ALTER TABLE idempiere.c_landedcost ADD FOREIGN KEY (m_inout_id) REFERENCES idempiere.m_inout(m_inout_id);
ALTER TABLE idempiere.c_landedcost ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.c_landedcost ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_location ADD FOREIGN KEY (c_city_id) REFERENCES idempiere.c_city(c_city_id);
ALTER TABLE idempiere.c_location ADD FOREIGN KEY (c_country_id) REFERENCES idempiere.c_country(c_country_id);
ALTER TABLE idempiere.c_location ADD FOREIGN KEY (c_region_id) REFERENCES idempiere.c_region(c_region_id);
ALTER TABLE idempiere.c_nonbusinessday ADD FOREIGN KEY (c_calendar_id) REFERENCES idempiere.c_calendar(c_calendar_id);
ALTER TABLE idempiere.c_nonbusinessday ADD FOREIGN KEY (c_country_id) REFERENCES idempiere.c_country(c_country_id);
ALTER TABLE idempiere.c_opportunity ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_opportunity ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_opportunity ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_opportunity ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_opportunity ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_opportunity ADD FOREIGN KEY (c_salesstage_id) REFERENCES idempiere.c_salesstage(c_salesstage_id);
ALTER TABLE idempiere.c_opportunity ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (bill_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (bill_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (bill_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_cashline_id) REFERENCES idempiere.c_cashline(c_cashline_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_doctypetarget_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_opportunity_id) REFERENCES idempiere.c_opportunity(c_opportunity_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_ordersource_id) REFERENCES idempiere.c_ordersource(c_ordersource_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_paymentterm_id) REFERENCES idempiere.c_paymentterm(c_paymentterm_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_pos_id) REFERENCES idempiere.c_pos(c_pos_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (dropship_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (dropship_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (dropship_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (link_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (m_freightcategory_id) REFERENCES idempiere.m_freightcategory(m_freightcategory_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (m_shipper_id) REFERENCES idempiere.m_shipper(m_shipper_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (quotationorder_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (ref_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_order ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_orderlandedcost ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_orderlandedcost ADD FOREIGN KEY (m_costelement_id) REFERENCES idempiere.m_costelement(m_costelement_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_projecttask_id) REFERENCES idempiere.c_projecttask(c_projecttask_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (link_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (m_shipper_id) REFERENCES idempiere.m_shipper(m_shipper_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (ref_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_orderline ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_orderpayschedule ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_orderpayschedule ADD FOREIGN KEY (c_payschedule_id) REFERENCES idempiere.c_payschedule(c_payschedule_id);
ALTER TABLE idempiere.c_ordertax ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_ordertax ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_banktransfer_id) REFERENCES idempiere.c_banktransfer(c_banktransfer_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_bp_bankaccount_id) REFERENCES idempiere.c_bp_bankaccount(c_bp_bankaccount_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_cashbook_id) REFERENCES idempiere.c_cashbook(c_cashbook_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_depositbatch_id) REFERENCES idempiere.c_depositbatch(c_depositbatch_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_employee_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_paymentbatch_id) REFERENCES idempiere.c_paymentbatch(c_paymentbatch_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_postendertype_id) REFERENCES idempiere.c_postendertype(c_postendertype_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (ref_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_payment ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_paymentallocate ADD FOREIGN KEY (c_allocationline_id) REFERENCES idempiere.c_allocationline(c_allocationline_id);
ALTER TABLE idempiere.c_paymentallocate ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_paymentallocate ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_payschedule ADD FOREIGN KEY (c_paymentterm_id) REFERENCES idempiere.c_paymentterm(c_paymentterm_id);
ALTER TABLE idempiere.c_payselection ADD FOREIGN KEY (c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_payselectioncheck ADD FOREIGN KEY (c_bp_bankaccount_id) REFERENCES idempiere.c_bp_bankaccount(c_bp_bankaccount_id);
ALTER TABLE idempiere.c_payselectioncheck ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_payselectioncheck ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_payselectioncheck ADD FOREIGN KEY (c_payselection_id) REFERENCES idempiere.c_payselection(c_payselection_id);
ALTER TABLE idempiere.c_payselectionline ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.c_payselectionline ADD FOREIGN KEY (c_payselection_id) REFERENCES idempiere.c_payselection(c_payselection_id);
ALTER TABLE idempiere.c_payselectionline ADD FOREIGN KEY (c_payselectioncheck_id) REFERENCES idempiere.c_payselectioncheck(c_payselectioncheck_id);
ALTER TABLE idempiere.c_period ADD FOREIGN KEY (c_year_id) REFERENCES idempiere.c_year(c_year_id);
ALTER TABLE idempiere.c_pos ADD FOREIGN KEY (c_bankaccount_id) REFERENCES idempiere.c_bankaccount(c_bankaccount_id);
ALTER TABLE idempiere.c_pos ADD FOREIGN KEY (c_bpartnercashtrx_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_pos ADD FOREIGN KEY (c_cashbook_id) REFERENCES idempiere.c_cashbook(c_cashbook_id);
ALTER TABLE idempiere.c_pos ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.c_pos ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.c_pos ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.c_pos ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_pospayment ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_pospayment ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.c_pospayment ADD FOREIGN KEY (c_postendertype_id) REFERENCES idempiere.c_postendertype(c_postendertype_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (c_bpartnersr_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (c_paymentterm_id) REFERENCES idempiere.c_paymentterm(c_paymentterm_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (m_pricelist_version_id) REFERENCES idempiere.m_pricelist_version(m_pricelist_version_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.c_project ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (c_orderpo_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (c_projecttask_id) REFERENCES idempiere.c_projecttask(c_projecttask_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (m_product_category_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_projectline ADD FOREIGN KEY (m_production_id) REFERENCES idempiere.m_production(m_production_id);
ALTER TABLE idempiere.c_projectphase ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_projectphase ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_projectphase ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_projecttask ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.c_projecttask ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_region ADD FOREIGN KEY (c_country_id) REFERENCES idempiere.c_country(c_country_id);
ALTER TABLE idempiere.c_rfq ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_rfq ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_rfq ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_rfq ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_rfq ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_rfq ADD FOREIGN KEY (c_rfq_topic_id) REFERENCES idempiere.c_rfq_topic(c_rfq_topic_id);
ALTER TABLE idempiere.c_rfq ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_rfqline ADD FOREIGN KEY (c_rfq_id) REFERENCES idempiere.c_rfq(c_rfq_id);
ALTER TABLE idempiere.c_rfqline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_rfqresponse ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_rfqresponse ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_rfqresponse ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.c_rfqresponse ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.c_rfqresponse ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.c_rfqresponse ADD FOREIGN KEY (c_rfq_id) REFERENCES idempiere.c_rfq(c_rfq_id);
ALTER TABLE idempiere.c_rfqresponseline ADD FOREIGN KEY (c_rfqline_id) REFERENCES idempiere.c_rfqline(c_rfqline_id);
ALTER TABLE idempiere.c_rfqresponseline ADD FOREIGN KEY (c_rfqresponse_id) REFERENCES idempiere.c_rfqresponse(c_rfqresponse_id);
ALTER TABLE idempiere.c_salesregion ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.c_tax ADD FOREIGN KEY (c_region_id) REFERENCES idempiere.c_region(c_region_id);
ALTER TABLE idempiere.c_tax ADD FOREIGN KEY (c_taxcategory_id) REFERENCES idempiere.c_taxcategory(c_taxcategory_id);
ALTER TABLE idempiere.c_tax ADD FOREIGN KEY (parent_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.c_tax ADD FOREIGN KEY (to_region_id) REFERENCES idempiere.c_region(c_region_id);
ALTER TABLE idempiere.c_taxpostal ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.c_uom_conversion ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.c_uom_conversion ADD FOREIGN KEY (c_uom_to_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.c_uom_conversion ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (account_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_acctschema_id) REFERENCES idempiere.c_acctschema(c_acctschema_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_locfrom_id) REFERENCES idempiere.c_location(c_location_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_locto_id) REFERENCES idempiere.c_location(c_location_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (c_salesregion_id) REFERENCES idempiere.c_salesregion(c_salesregion_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_validcombination ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.c_year ADD FOREIGN KEY (c_calendar_id) REFERENCES idempiere.c_calendar(c_calendar_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_acctschema_id) REFERENCES idempiere.c_acctschema(c_acctschema_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_employee_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_locfrom_id) REFERENCES idempiere.c_location(c_location_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_locto_id) REFERENCES idempiere.c_location(c_location_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_period_id) REFERENCES idempiere.c_period(c_period_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_projecttask_id) REFERENCES idempiere.c_projecttask(c_projecttask_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_salesregion_id) REFERENCES idempiere.c_salesregion(c_salesregion_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (gl_budget_id) REFERENCES idempiere.gl_budget(gl_budget_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (gl_category_id) REFERENCES idempiere.gl_category(gl_category_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (m_attributesetinstance_id) REFERENCES idempiere.m_attributesetinstance(m_attributesetinstance_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (m_locator_id) REFERENCES idempiere.m_locator(m_locator_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.fact_acct ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (c_acctschema_id) REFERENCES idempiere.c_acctschema(c_acctschema_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (c_period_id) REFERENCES idempiere.c_period(c_period_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (gl_budget_id) REFERENCES idempiere.gl_budget(gl_budget_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (gl_category_id) REFERENCES idempiere.gl_category(gl_category_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (gl_journalbatch_id) REFERENCES idempiere.gl_journalbatch(gl_journalbatch_id);
ALTER TABLE idempiere.gl_journal ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.gl_journal(gl_journal_id);
ALTER TABLE idempiere.gl_journalbatch ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.gl_journalbatch ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.gl_journalbatch ADD FOREIGN KEY (c_period_id) REFERENCES idempiere.c_period(c_period_id);
ALTER TABLE idempiere.gl_journalbatch ADD FOREIGN KEY (gl_category_id) REFERENCES idempiere.gl_category(gl_category_id);
ALTER TABLE idempiere.gl_journalbatch ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.gl_journalbatch(gl_journalbatch_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (a_asset_group_id) REFERENCES idempiere.a_asset_group(a_asset_group_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (a_asset_id) REFERENCES idempiere.a_asset(a_asset_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (account_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (alias_validcombination_id) REFERENCES idempiere.c_validcombination(c_validcombination_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_employee_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_locfrom_id) REFERENCES idempiere.c_location(c_location_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_locto_id) REFERENCES idempiere.c_location(c_location_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_salesregion_id) REFERENCES idempiere.c_salesregion(c_salesregion_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (gl_journal_id) REFERENCES idempiere.gl_journal(gl_journal_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (m_attributesetinstance_id) REFERENCES idempiere.m_attributesetinstance(m_attributesetinstance_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.gl_journalline ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_attributeinstance ADD FOREIGN KEY (m_attribute_id) REFERENCES idempiere.m_attribute(m_attribute_id);
ALTER TABLE idempiere.m_attributeinstance ADD FOREIGN KEY (m_attributevalue_id) REFERENCES idempiere.m_attributevalue(m_attributevalue_id);
ALTER TABLE idempiere.m_attributeset ADD FOREIGN KEY (m_lotctl_id) REFERENCES idempiere.m_lotctl(m_lotctl_id);
ALTER TABLE idempiere.m_attributeset ADD FOREIGN KEY (m_sernoctl_id) REFERENCES idempiere.m_sernoctl(m_sernoctl_id);
ALTER TABLE idempiere.m_attributesetinstance ADD FOREIGN KEY (m_attributeset_id) REFERENCES idempiere.m_attributeset(m_attributeset_id);
ALTER TABLE idempiere.m_attributesetinstance ADD FOREIGN KEY (m_lot_id) REFERENCES idempiere.m_lot(m_lot_id);
ALTER TABLE idempiere.m_attributeuse ADD FOREIGN KEY (m_attribute_id) REFERENCES idempiere.m_attribute(m_attribute_id);
ALTER TABLE idempiere.m_attributeuse ADD FOREIGN KEY (m_attributeset_id) REFERENCES idempiere.m_attributeset(m_attributeset_id);
ALTER TABLE idempiere.m_attributevalue ADD FOREIGN KEY (m_attribute_id) REFERENCES idempiere.m_attribute(m_attribute_id);
ALTER TABLE idempiere.m_bp_price ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_bp_price ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.m_bp_price ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_cost ADD FOREIGN KEY (c_acctschema_id) REFERENCES idempiere.c_acctschema(c_acctschema_id);
ALTER TABLE idempiere.m_cost ADD FOREIGN KEY (m_costelement_id) REFERENCES idempiere.m_costelement(m_costelement_id);
ALTER TABLE idempiere.m_cost ADD FOREIGN KEY (m_costtype_id) REFERENCES idempiere.m_costtype(m_costtype_id);
ALTER TABLE idempiere.m_cost ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (c_acctschema_id) REFERENCES idempiere.c_acctschema(c_acctschema_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (m_costelement_id) REFERENCES idempiere.m_costelement(m_costelement_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (m_inventoryline_id) REFERENCES idempiere.m_inventoryline(m_inventoryline_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (m_matchinv_id) REFERENCES idempiere.m_matchinv(m_matchinv_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (m_movementline_id) REFERENCES idempiere.m_movementline(m_movementline_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_costdetail ADD FOREIGN KEY (m_productionline_id) REFERENCES idempiere.m_productionline(m_productionline_id);
ALTER TABLE idempiere.m_discountschemabreak ADD FOREIGN KEY (m_discountschema_id) REFERENCES idempiere.m_discountschema(m_discountschema_id);
ALTER TABLE idempiere.m_discountschemabreak ADD FOREIGN KEY (m_product_category_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.m_discountschemabreak ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_discountschemaline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_discountschemaline ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.m_discountschemaline ADD FOREIGN KEY (m_discountschema_id) REFERENCES idempiere.m_discountschema(m_discountschema_id);
ALTER TABLE idempiere.m_discountschemaline ADD FOREIGN KEY (m_product_category_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.m_discountschemaline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_forecast ADD FOREIGN KEY (c_calendar_id) REFERENCES idempiere.c_calendar(c_calendar_id);
ALTER TABLE idempiere.m_forecast ADD FOREIGN KEY (c_year_id) REFERENCES idempiere.c_year(c_year_id);
ALTER TABLE idempiere.m_forecast ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.m_forecastline ADD FOREIGN KEY (c_period_id) REFERENCES idempiere.c_period(c_period_id);
ALTER TABLE idempiere.m_forecastline ADD FOREIGN KEY (m_forecast_id) REFERENCES idempiere.m_forecast(m_forecast_id);
ALTER TABLE idempiere.m_forecastline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_forecastline ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_forecastline ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_freight ADD FOREIGN KEY (c_country_id) REFERENCES idempiere.c_country(c_country_id);
ALTER TABLE idempiere.m_freight ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.m_freight ADD FOREIGN KEY (c_region_id) REFERENCES idempiere.c_region(c_region_id);
ALTER TABLE idempiere.m_freight ADD FOREIGN KEY (m_freightcategory_id) REFERENCES idempiere.m_freightcategory(m_freightcategory_id);
ALTER TABLE idempiere.m_freight ADD FOREIGN KEY (m_shipper_id) REFERENCES idempiere.m_shipper(m_shipper_id);
ALTER TABLE idempiere.m_freight ADD FOREIGN KEY (to_region_id) REFERENCES idempiere.c_region(c_region_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (dropship_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (dropship_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (dropship_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (m_rma_id) REFERENCES idempiere.m_rma(m_rma_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (m_shipper_id) REFERENCES idempiere.m_shipper(m_shipper_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (returnbpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (returnlocation_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (returnuser_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.m_inout(m_inout_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_inout ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_inoutconfirm ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.m_inoutconfirm ADD FOREIGN KEY (m_inout_id) REFERENCES idempiere.m_inout(m_inout_id);
ALTER TABLE idempiere.m_inoutconfirm ADD FOREIGN KEY (m_inventory_id) REFERENCES idempiere.m_inventory(m_inventory_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_projecttask_id) REFERENCES idempiere.c_projecttask(c_projecttask_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (m_inout_id) REFERENCES idempiere.m_inout(m_inout_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (m_rmaline_id) REFERENCES idempiere.m_rmaline(m_rmaline_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (reversalline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_inoutline ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_inoutlineconfirm ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.m_inoutlineconfirm ADD FOREIGN KEY (m_inoutconfirm_id) REFERENCES idempiere.m_inoutconfirm(m_inoutconfirm_id);
ALTER TABLE idempiere.m_inoutlineconfirm ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_inoutlineconfirm ADD FOREIGN KEY (m_inventoryline_id) REFERENCES idempiere.m_inventoryline(m_inventoryline_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (c_conversiontype_id) REFERENCES idempiere.c_conversiontype(c_conversiontype_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.m_inventory(m_inventory_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_inventory ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_inventoryline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.m_inventoryline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_inventoryline ADD FOREIGN KEY (m_inventory_id) REFERENCES idempiere.m_inventory(m_inventory_id);
ALTER TABLE idempiere.m_inventoryline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_inventoryline ADD FOREIGN KEY (reversalline_id) REFERENCES idempiere.m_inventoryline(m_inventoryline_id);
ALTER TABLE idempiere.m_locator ADD FOREIGN KEY (m_locatortype_id) REFERENCES idempiere.m_locatortype(m_locatortype_id);
ALTER TABLE idempiere.m_locator ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_lot ADD FOREIGN KEY (m_lotctl_id) REFERENCES idempiere.m_lotctl(m_lotctl_id);
ALTER TABLE idempiere.m_lot ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_matchinv ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.m_matchinv ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_matchinv ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_matchinv ADD FOREIGN KEY (ref_matchinv_id) REFERENCES idempiere.m_matchinv(m_matchinv_id);
ALTER TABLE idempiere.m_matchinv ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.m_matchinv(m_matchinv_id);
ALTER TABLE idempiere.m_matchpo ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.m_matchpo ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.m_matchpo ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_matchpo ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_matchpo ADD FOREIGN KEY (ref_matchpo_id) REFERENCES idempiere.m_matchpo(m_matchpo_id);
ALTER TABLE idempiere.m_matchpo ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.m_matchpo(m_matchpo_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (m_shipper_id) REFERENCES idempiere.m_shipper(m_shipper_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (m_warehouseto_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.m_movement(m_movement_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_movement ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_movementline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_movementline ADD FOREIGN KEY (m_movement_id) REFERENCES idempiere.m_movement(m_movement_id);
ALTER TABLE idempiere.m_movementline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_movementline ADD FOREIGN KEY (reversalline_id) REFERENCES idempiere.m_movementline(m_movementline_id);
ALTER TABLE idempiere.m_package ADD FOREIGN KEY (c_bpartner_location_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.m_package ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.m_package ADD FOREIGN KEY (c_uom_length_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_package ADD FOREIGN KEY (c_uom_weight_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_package ADD FOREIGN KEY (holdaddress_id) REFERENCES idempiere.c_bpartner_location(c_bpartner_location_id);
ALTER TABLE idempiere.m_package ADD FOREIGN KEY (m_inout_id) REFERENCES idempiere.m_inout(m_inout_id);
ALTER TABLE idempiere.m_package ADD FOREIGN KEY (m_shipper_id) REFERENCES idempiere.m_shipper(m_shipper_id);
ALTER TABLE idempiere.m_packageline ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_packageline ADD FOREIGN KEY (m_package_id) REFERENCES idempiere.m_package(m_package_id);
ALTER TABLE idempiere.m_packageline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_pricelist ADD FOREIGN KEY (basepricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.m_pricelist ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.m_pricelist_version ADD FOREIGN KEY (m_discountschema_id) REFERENCES idempiere.m_discountschema(m_discountschema_id);
ALTER TABLE idempiere.m_pricelist_version ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.m_pricelist_version ADD FOREIGN KEY (m_pricelist_version_base_id) REFERENCES idempiere.m_pricelist_version(m_pricelist_version_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (c_taxcategory_id) REFERENCES idempiere.c_taxcategory(c_taxcategory_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (m_attributeset_id) REFERENCES idempiere.m_attributeset(m_attributeset_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (m_freightcategory_id) REFERENCES idempiere.m_freightcategory(m_freightcategory_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (m_parttype_id) REFERENCES idempiere.m_parttype(m_parttype_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (m_product_category_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (s_expensetype_id) REFERENCES idempiere.s_expensetype(s_expensetype_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (s_resource_id) REFERENCES idempiere.s_resource(s_resource_id);
ALTER TABLE idempiere.m_product ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_product_category ADD FOREIGN KEY (a_asset_group_id) REFERENCES idempiere.a_asset_group(a_asset_group_id);
ALTER TABLE idempiere.m_product_category ADD FOREIGN KEY (m_product_category_parent_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.m_product_po ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_product_po ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.m_product_po ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_product_po ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (c_projecttask_id) REFERENCES idempiere.c_projecttask(c_projecttask_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (pp_product_bom_id) REFERENCES idempiere.pp_product_bom(pp_product_bom_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (reversal_id) REFERENCES idempiere.m_production(m_production_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (user1_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_production ADD FOREIGN KEY (user2_id) REFERENCES idempiere.c_elementvalue(c_elementvalue_id);
ALTER TABLE idempiere.m_productionline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_productionline ADD FOREIGN KEY (m_production_id) REFERENCES idempiere.m_production(m_production_id);
ALTER TABLE idempiere.m_productprice ADD FOREIGN KEY (m_pricelist_version_id) REFERENCES idempiere.m_pricelist_version(m_pricelist_version_id);
ALTER TABLE idempiere.m_productprice ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_relatedproduct ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_relatedproduct ADD FOREIGN KEY (relatedproduct_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_replenish ADD FOREIGN KEY (m_locator_id) REFERENCES idempiere.m_locator(m_locator_id);
ALTER TABLE idempiere.m_replenish ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_replenish ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_replenish ADD FOREIGN KEY (m_warehousesource_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_requisition ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_requisition ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.m_requisition ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.m_requisition ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_requisitionline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_requisitionline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.m_requisitionline ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.m_requisitionline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.m_requisitionline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_requisitionline ADD FOREIGN KEY (m_requisition_id) REFERENCES idempiere.m_requisition(m_requisition_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (c_doctype_id) REFERENCES idempiere.c_doctype(c_doctype_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (inout_id) REFERENCES idempiere.m_inout(m_inout_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (m_rmatype_id) REFERENCES idempiere.m_rmatype(m_rmatype_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (ref_rma_id) REFERENCES idempiere.m_rma(m_rma_id);
ALTER TABLE idempiere.m_rma ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.m_rmaline ADD FOREIGN KEY (c_charge_id) REFERENCES idempiere.c_charge(c_charge_id);
ALTER TABLE idempiere.m_rmaline ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.m_rmaline ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_rmaline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_rmaline ADD FOREIGN KEY (m_rma_id) REFERENCES idempiere.m_rma(m_rma_id);
ALTER TABLE idempiere.m_rmaline ADD FOREIGN KEY (ref_rmaline_id) REFERENCES idempiere.m_rmaline(m_rmaline_id);
ALTER TABLE idempiere.m_rmatax ADD FOREIGN KEY (c_tax_id) REFERENCES idempiere.c_tax(c_tax_id);
ALTER TABLE idempiere.m_rmatax ADD FOREIGN KEY (m_rma_id) REFERENCES idempiere.m_rma(m_rma_id);
ALTER TABLE idempiere.m_shipper ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.m_storageonhand ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_storagereservation ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_storagereservation ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.m_substitute ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_substitute ADD FOREIGN KEY (substitute_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_transaction ADD FOREIGN KEY (m_inoutline_id) REFERENCES idempiere.m_inoutline(m_inoutline_id);
ALTER TABLE idempiere.m_transaction ADD FOREIGN KEY (m_inventoryline_id) REFERENCES idempiere.m_inventoryline(m_inventoryline_id);
ALTER TABLE idempiere.m_transaction ADD FOREIGN KEY (m_movementline_id) REFERENCES idempiere.m_movementline(m_movementline_id);
ALTER TABLE idempiere.m_transaction ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.m_transaction ADD FOREIGN KEY (m_productionline_id) REFERENCES idempiere.m_productionline(m_productionline_id);
ALTER TABLE idempiere.m_warehouse ADD FOREIGN KEY (m_reservelocator_id) REFERENCES idempiere.m_locator(m_locator_id);
ALTER TABLE idempiere.m_warehouse ADD FOREIGN KEY (m_warehousesource_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.pp_product_bom ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.pp_product_bom ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.pp_product_bomline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.pp_product_bomline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.pp_product_bomline ADD FOREIGN KEY (pp_product_bom_id) REFERENCES idempiere.pp_product_bom(pp_product_bom_id);
ALTER TABLE idempiere.r_category ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.r_contactinterest ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.r_contactinterest ADD FOREIGN KEY (r_interestarea_id) REFERENCES idempiere.r_interestarea(r_interestarea_id);
ALTER TABLE idempiere.r_group ADD FOREIGN KEY (pp_product_bom_id) REFERENCES idempiere.pp_product_bom(pp_product_bom_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (a_asset_id) REFERENCES idempiere.a_asset(a_asset_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (ad_role_id) REFERENCES idempiere.ad_role(ad_role_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_invoice_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_invoicerequest_id) REFERENCES idempiere.c_invoice(c_invoice_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_order_id) REFERENCES idempiere.c_order(c_order_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_payment_id) REFERENCES idempiere.c_payment(c_payment_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (m_inout_id) REFERENCES idempiere.m_inout(m_inout_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (m_productspent_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (m_rma_id) REFERENCES idempiere.m_rma(m_rma_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (r_category_id) REFERENCES idempiere.r_category(r_category_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (r_group_id) REFERENCES idempiere.r_group(r_group_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (r_requestrelated_id) REFERENCES idempiere.r_request(r_request_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (r_requesttype_id) REFERENCES idempiere.r_requesttype(r_requesttype_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (r_resolution_id) REFERENCES idempiere.r_resolution(r_resolution_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (r_status_id) REFERENCES idempiere.r_status(r_status_id);
ALTER TABLE idempiere.r_request ADD FOREIGN KEY (salesrep_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.r_requestupdate ADD FOREIGN KEY (m_productspent_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.r_requestupdate ADD FOREIGN KEY (r_request_id) REFERENCES idempiere.r_request(r_request_id);
ALTER TABLE idempiere.r_status ADD FOREIGN KEY (next_status_id) REFERENCES idempiere.r_status(r_status_id);
ALTER TABLE idempiere.r_status ADD FOREIGN KEY (update_status_id) REFERENCES idempiere.r_status(r_status_id);
ALTER TABLE idempiere.s_expensetype ADD FOREIGN KEY (c_taxcategory_id) REFERENCES idempiere.c_taxcategory(c_taxcategory_id);
ALTER TABLE idempiere.s_expensetype ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.s_expensetype ADD FOREIGN KEY (m_product_category_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.s_resource ADD FOREIGN KEY (ad_user_id) REFERENCES idempiere.ad_user(ad_user_id);
ALTER TABLE idempiere.s_resource ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.s_resource ADD FOREIGN KEY (s_resourcetype_id) REFERENCES idempiere.s_resourcetype(s_resourcetype_id);
ALTER TABLE idempiere.s_resourceassignment ADD FOREIGN KEY (s_resource_id) REFERENCES idempiere.s_resource(s_resource_id);
ALTER TABLE idempiere.s_resourcetype ADD FOREIGN KEY (c_taxcategory_id) REFERENCES idempiere.c_taxcategory(c_taxcategory_id);
ALTER TABLE idempiere.s_resourcetype ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.s_resourcetype ADD FOREIGN KEY (m_product_category_id) REFERENCES idempiere.m_product_category(m_product_category_id);
ALTER TABLE idempiere.s_timeexpense ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.s_timeexpense ADD FOREIGN KEY (m_pricelist_id) REFERENCES idempiere.m_pricelist(m_pricelist_id);
ALTER TABLE idempiere.s_timeexpense ADD FOREIGN KEY (m_warehouse_id) REFERENCES idempiere.m_warehouse(m_warehouse_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_activity_id) REFERENCES idempiere.c_activity(c_activity_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_bpartner_id) REFERENCES idempiere.c_bpartner(c_bpartner_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_campaign_id) REFERENCES idempiere.c_campaign(c_campaign_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_currency_id) REFERENCES idempiere.c_currency(c_currency_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_invoiceline_id) REFERENCES idempiere.c_invoiceline(c_invoiceline_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_orderline_id) REFERENCES idempiere.c_orderline(c_orderline_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_project_id) REFERENCES idempiere.c_project(c_project_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_projectphase_id) REFERENCES idempiere.c_projectphase(c_projectphase_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_projecttask_id) REFERENCES idempiere.c_projecttask(c_projecttask_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (c_uom_id) REFERENCES idempiere.c_uom(c_uom_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (m_product_id) REFERENCES idempiere.m_product(m_product_id);
ALTER TABLE idempiere.s_timeexpenseline ADD FOREIGN KEY (s_timeexpense_id) REFERENCES idempiere.s_timeexpense(s_timeexpense_id);
