-- vtiger CRM 5.4.0's database (an open-source CRM forked from SugarCRM): the CRM core with its cryptic names
-- (vtiger_crmentity holds every record's owner, creator, created/modified times, module name and deleted flag;
-- vtiger_account, vtiger_contactdetails, vtiger_leaddetails, vtiger_potential = opportunities, vtiger_troubletickets,
-- vtiger_campaign, vtiger_vendor, vtiger_products, vtiger_pricebook, vtiger_quotes, vtiger_salesorder,
-- vtiger_purchaseorder, vtiger_invoice, vtiger_inventoryproductrel = the line items of all four, the *billads/
-- *shipads address tables, the *cf custom-field tables, the se*rel / *rel link tables, activities = calendar events
-- and tasks, notes = documents, FAQ, competitors, users, roles, groups and the picklist tables). Source:
-- schema/DatabaseSchema.xml (the ADOdb XML schema the installer runs) of github.com/vtiger-crm/vtigercrm, commit
-- 31a494c (2012-07-03, version 5.4.0); vtiger CRM Public License 1.1 (SugarCRM Public License 1.1.2 based, MPL 1.1);
-- we use the schema's facts. Converted by a one-off script from the XML: a table's two <table> entries (create and
-- alter="true") merged; ADOdb types I → integer, I8 → bigint, C(n) → character varying(n), X → text, D → date,
-- T/TS → timestamp, N(p.s) → numeric(p,s), B → bytea; <key/> fields → primary key, field-level <unique/> → UNIQUE;
-- the <constraint> foreign keys kept with their names and ON DELETE actions, schema vtiger instead of none. One
-- source slip mended: fk_1_vtiger_leadcontrel names the index leadcontrel_contactid_idx as its column; it is
-- contactid here. Kept: 142 of the file's 316 tables (132 with a primary key, 109 foreign keys), the CRM's business
-- records, their link, history, address and custom-field tables, users/roles/groups and 40-odd picklists. Left out:
-- the metadata and platform tables (vtiger_tab, vtiger_field, vtiger_blocks, profiles and permissions, sharing rules
-- vtiger_datashare_* and vtiger_tmp_*, custom views, reports, home page widgets, web-service, workflow, mail-scanner,
-- Asterisk, chat, RSS, import, audit and login logs, settings, language/currency-format/time-zone lists), default
-- values, non-unique indexes and the <data> rows (picklist seeds). Modules vtiger installs later as packages
-- (projects, assets, service contracts, comments) are not in this file. The source declares no comments. Many of the
-- CRM's links (contactdetails.accountid, potential.related_to, crmentity.smownerid → users.id, ...) have no
-- foreign key in the source; none is invented here. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS vtiger;
CREATE TABLE vtiger.vtiger_account (
    accountid integer NOT NULL,
    account_no character varying(100) NOT NULL,
    accountname character varying(100) NOT NULL,
    parentid integer,
    account_type character varying(200),
    industry character varying(200),
    annualrevenue integer,
    rating character varying(200),
    ownership character varying(50),
    siccode character varying(50),
    tickersymbol character varying(30),
    phone character varying(30),
    otherphone character varying(30),
    email1 character varying(100),
    email2 character varying(100),
    website character varying(100),
    fax character varying(30),
    employees integer,
    emailoptout character varying(3),
    notify_owner character varying(3),
    UNIQUE (account_no),
    UNIQUE (accountname),
    PRIMARY KEY (accountid)
);
CREATE TABLE vtiger.vtiger_accountbillads (
    accountaddressid integer NOT NULL,
    bill_city character varying(30),
    bill_code character varying(30),
    bill_country character varying(30),
    bill_state character varying(30),
    bill_street character varying(250),
    bill_pobox character varying(30),
    PRIMARY KEY (accountaddressid)
);
CREATE TABLE vtiger.vtiger_accountownership (
    acctownershipid integer NOT NULL,
    ownership character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (acctownershipid)
);
CREATE TABLE vtiger.vtiger_accountrating (
    accountratingid integer NOT NULL,
    rating character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (accountratingid)
);
CREATE TABLE vtiger.vtiger_accountregion (
    accountregionid integer NOT NULL,
    region character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (accountregionid)
);
CREATE TABLE vtiger.vtiger_accountscf (
    accountid integer NOT NULL,
    PRIMARY KEY (accountid)
);
CREATE TABLE vtiger.vtiger_accountshipads (
    accountaddressid integer NOT NULL,
    ship_city character varying(30),
    ship_code character varying(30),
    ship_country character varying(30),
    ship_state character varying(30),
    ship_pobox character varying(30),
    ship_street character varying(250),
    PRIMARY KEY (accountaddressid)
);
CREATE TABLE vtiger.vtiger_accounttype (
    accounttypeid integer NOT NULL,
    accounttype character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (accounttypeid)
);
CREATE TABLE vtiger.vtiger_activity (
    activityid integer NOT NULL,
    subject character varying(100) NOT NULL,
    semodule character varying(20),
    activitytype character varying(200) NOT NULL,
    date_start date NOT NULL,
    due_date date,
    time_start character varying(50),
    time_end character varying(50),
    sendnotification character varying(3) NOT NULL,
    duration_hours character varying(200),
    duration_minutes character varying(200),
    status character varying(200),
    eventstatus character varying(200),
    priority character varying(200),
    location character varying(150),
    notime character varying(3) NOT NULL,
    visibility character varying(50) NOT NULL,
    recurringtype character varying(200),
    PRIMARY KEY (activityid)
);
CREATE TABLE vtiger.vtiger_activity_reminder (
    activity_id integer NOT NULL,
    reminder_time integer NOT NULL,
    reminder_sent integer NOT NULL,
    recurringid integer NOT NULL,
    PRIMARY KEY (activity_id, recurringid)
);
CREATE TABLE vtiger.vtiger_activitycf (
    activityid integer NOT NULL,
    PRIMARY KEY (activityid)
);
CREATE TABLE vtiger.vtiger_activityproductrel (
    activityid integer NOT NULL,
    productid integer NOT NULL,
    PRIMARY KEY (activityid, productid)
);
CREATE TABLE vtiger.vtiger_activitytype (
    activitytypeid integer NOT NULL,
    activitytype character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (activitytypeid)
);
CREATE TABLE vtiger.vtiger_attachments (
    attachmentsid integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    type character varying(100),
    path text,
    subject character varying(255),
    PRIMARY KEY (attachmentsid)
);
CREATE TABLE vtiger.vtiger_businesstype (
    businesstypeid integer NOT NULL,
    businesstype character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (businesstypeid)
);
CREATE TABLE vtiger.vtiger_campaign (
    campaign_no character varying(100) NOT NULL,
    campaignname character varying(255),
    campaigntype character varying(200),
    campaignstatus character varying(200),
    expectedrevenue numeric(25,3),
    budgetcost numeric(25,3),
    actualcost numeric(25,3),
    expectedresponse character varying(200),
    numsent numeric(11,0),
    product_id integer,
    sponsor character varying(255),
    targetaudience character varying(255),
    targetsize integer,
    expectedresponsecount integer,
    expectedsalescount integer,
    expectedroi numeric(25,3),
    actualresponsecount integer,
    actualsalescount integer,
    actualroi numeric(25,3),
    campaignid integer NOT NULL,
    closingdate date,
    UNIQUE (campaign_no),
    PRIMARY KEY (campaignid)
);
CREATE TABLE vtiger.vtiger_campaignaccountrel (
    campaignid integer,
    accountid integer,
    campaignrelstatusid integer
);
CREATE TABLE vtiger.vtiger_campaigncontrel (
    campaignid integer NOT NULL,
    contactid integer NOT NULL,
    campaignrelstatusid integer NOT NULL,
    PRIMARY KEY (campaignid, contactid, campaignrelstatusid)
);
CREATE TABLE vtiger.vtiger_campaignleadrel (
    campaignid integer NOT NULL,
    leadid integer NOT NULL,
    campaignrelstatusid integer NOT NULL,
    PRIMARY KEY (campaignid, leadid, campaignrelstatusid)
);
CREATE TABLE vtiger.vtiger_campaignscf (
    campaignid integer NOT NULL,
    PRIMARY KEY (campaignid)
);
CREATE TABLE vtiger.vtiger_campaignstatus (
    campaignstatusid integer NOT NULL,
    campaignstatus character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (campaignstatusid)
);
CREATE TABLE vtiger.vtiger_campaigntype (
    campaigntypeid integer NOT NULL,
    campaigntype character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (campaigntypeid)
);
CREATE TABLE vtiger.vtiger_carrier (
    carrierid integer NOT NULL,
    carrier character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (carrierid)
);
CREATE TABLE vtiger.vtiger_cntactivityrel (
    contactid integer NOT NULL,
    activityid integer NOT NULL,
    PRIMARY KEY (contactid, activityid)
);
CREATE TABLE vtiger.vtiger_competitor (
    competitorid integer NOT NULL,
    competitorname character varying(100) NOT NULL,
    website character varying(100),
    strength character varying(250),
    weakness character varying(250),
    PRIMARY KEY (competitorid)
);
CREATE TABLE vtiger.vtiger_contactaddress (
    contactaddressid integer NOT NULL,
    mailingcity character varying(40),
    mailingstreet character varying(250),
    mailingcountry character varying(40),
    othercountry character varying(30),
    mailingstate character varying(30),
    mailingpobox character varying(30),
    othercity character varying(40),
    otherstate character varying(50),
    mailingzip character varying(30),
    otherzip character varying(30),
    otherstreet character varying(250),
    otherpobox character varying(30),
    PRIMARY KEY (contactaddressid)
);
CREATE TABLE vtiger.vtiger_contactdetails (
    contactid integer NOT NULL,
    contact_no character varying(100) NOT NULL,
    accountid integer,
    salutation character varying(200),
    firstname character varying(40),
    lastname character varying(80) NOT NULL,
    email character varying(100),
    phone character varying(50),
    mobile character varying(50),
    title character varying(50),
    department character varying(30),
    fax character varying(50),
    reportsto character varying(30),
    training character varying(50),
    usertype character varying(50),
    contacttype character varying(50),
    otheremail character varying(100),
    secondaryemail character varying(100),
    donotcall character varying(3),
    emailoptout character varying(3),
    imagename character varying(150),
    reference character varying(3),
    notify_owner character varying(3),
    UNIQUE (contact_no),
    PRIMARY KEY (contactid)
);
CREATE TABLE vtiger.vtiger_contactscf (
    contactid integer NOT NULL,
    PRIMARY KEY (contactid)
);
CREATE TABLE vtiger.vtiger_contactsubdetails (
    contactsubscriptionid integer NOT NULL,
    homephone character varying(50),
    otherphone character varying(50),
    assistant character varying(30),
    assistantphone character varying(50),
    birthday date,
    laststayintouchrequest integer,
    laststayintouchsavedate integer,
    leadsource character varying(200),
    PRIMARY KEY (contactsubscriptionid)
);
CREATE TABLE vtiger.vtiger_contacttype (
    contacttypeid integer NOT NULL,
    contacttype character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (contacttypeid)
);
CREATE TABLE vtiger.vtiger_contpotentialrel (
    contactid integer NOT NULL,
    potentialid integer NOT NULL,
    PRIMARY KEY (contactid, potentialid)
);
CREATE TABLE vtiger.vtiger_crmentity (
    crmid integer NOT NULL,
    smcreatorid integer NOT NULL,
    smownerid integer NOT NULL,
    modifiedby integer NOT NULL,
    setype character varying(30) NOT NULL,
    description text,
    createdtime timestamp without time zone NOT NULL,
    modifiedtime timestamp without time zone NOT NULL,
    viewedtime timestamp without time zone,
    status character varying(50),
    version integer NOT NULL,
    presence integer,
    deleted integer NOT NULL,
    PRIMARY KEY (crmid)
);
CREATE TABLE vtiger.vtiger_crmentitynotesrel (
    crmid integer NOT NULL,
    notesid integer NOT NULL,
    PRIMARY KEY (crmid, notesid)
);
CREATE TABLE vtiger.vtiger_crmentityrel (
    crmid integer NOT NULL,
    module character varying(100) NOT NULL,
    relcrmid integer NOT NULL,
    relmodule character varying(100) NOT NULL
);
CREATE TABLE vtiger.vtiger_currencies (
    currencyid integer NOT NULL,
    currency_name character varying(200),
    currency_code character varying(50),
    currency_symbol character varying(11),
    PRIMARY KEY (currencyid)
);
CREATE TABLE vtiger.vtiger_currency (
    currencyid integer NOT NULL,
    currency character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (currencyid)
);
CREATE TABLE vtiger.vtiger_customerdetails (
    customerid integer NOT NULL,
    portal character varying(3),
    support_start_date date,
    support_end_date date,
    PRIMARY KEY (customerid)
);
CREATE TABLE vtiger.vtiger_emaildetails (
    emailid integer NOT NULL,
    from_email character varying(50) NOT NULL,
    to_email text NOT NULL,
    cc_email text NOT NULL,
    bcc_email text NOT NULL,
    assigned_user_email character varying(50) NOT NULL,
    idlists text NOT NULL,
    email_flag character varying(50) NOT NULL,
    PRIMARY KEY (emailid)
);
CREATE TABLE vtiger.vtiger_eventstatus (
    eventstatusid integer NOT NULL,
    eventstatus character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (eventstatusid)
);
CREATE TABLE vtiger.vtiger_expectedresponse (
    expectedresponseid integer NOT NULL,
    expectedresponse character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (expectedresponseid)
);
CREATE TABLE vtiger.vtiger_faq (
    id integer NOT NULL,
    faq_no character varying(100) NOT NULL,
    product_id character varying(100),
    question text NOT NULL,
    answer text,
    category character varying(200) NOT NULL,
    status character varying(200) NOT NULL,
    UNIQUE (faq_no),
    PRIMARY KEY (id)
);
CREATE TABLE vtiger.vtiger_faqcategories (
    faqcategories_id integer NOT NULL,
    faqcategories character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (faqcategories_id)
);
CREATE TABLE vtiger.vtiger_faqcomments (
    commentid integer NOT NULL,
    faqid integer,
    comments text,
    createdtime timestamp without time zone NOT NULL,
    PRIMARY KEY (commentid)
);
CREATE TABLE vtiger.vtiger_faqstatus (
    faqstatus_id integer NOT NULL,
    faqstatus character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (faqstatus_id)
);
CREATE TABLE vtiger.vtiger_glacct (
    glacctid integer NOT NULL,
    glacct character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (glacctid)
);
CREATE TABLE vtiger.vtiger_group2grouprel (
    groupid integer NOT NULL,
    containsgroupid integer NOT NULL,
    PRIMARY KEY (groupid, containsgroupid)
);
CREATE TABLE vtiger.vtiger_group2role (
    groupid integer NOT NULL,
    roleid character varying(255) NOT NULL,
    PRIMARY KEY (groupid, roleid)
);
CREATE TABLE vtiger.vtiger_group2rs (
    groupid integer NOT NULL,
    roleandsubid character varying(255) NOT NULL,
    PRIMARY KEY (groupid, roleandsubid)
);
CREATE TABLE vtiger.vtiger_groups (
    groupid integer NOT NULL,
    groupname character varying(100),
    description text,
    PRIMARY KEY (groupid)
);
CREATE TABLE vtiger.vtiger_industry (
    industryid integer NOT NULL,
    industry character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (industryid)
);
CREATE TABLE vtiger.vtiger_inventoryproductrel (
    id integer,
    productid integer,
    sequence_no integer,
    quantity numeric(25,3),
    listprice numeric(25,3),
    discount_percent numeric(7,3),
    discount_amount numeric(25,3),
    comment character varying(250),
    description text,
    incrementondel integer NOT NULL,
    lineitem_id integer NOT NULL,
    PRIMARY KEY (lineitem_id)
);
CREATE TABLE vtiger.vtiger_inventoryshippingrel (
    id integer
);
CREATE TABLE vtiger.vtiger_inventorysubproductrel (
    id integer NOT NULL,
    sequence_no integer NOT NULL,
    productid integer NOT NULL
);
CREATE TABLE vtiger.vtiger_inventorytaxinfo (
    taxid integer NOT NULL,
    taxname character varying(50),
    taxlabel character varying(50),
    percentage numeric(7,3),
    deleted integer
);
CREATE TABLE vtiger.vtiger_invitees (
    activityid integer,
    inviteeid integer
);
CREATE TABLE vtiger.vtiger_invoice (
    invoiceid integer NOT NULL,
    subject character varying(100),
    salesorderid integer,
    customerno character varying(100),
    contactid integer,
    notes character varying(100),
    invoicedate date,
    duedate date,
    invoiceterms character varying(100),
    type character varying(100),
    adjustment numeric(25,3),
    salescommission numeric(25,3),
    exciseduty numeric(25,3),
    subtotal numeric(25,3),
    total numeric(25,3),
    taxtype character varying(25),
    discount_percent numeric(25,3),
    discount_amount numeric(25,3),
    s_h_amount numeric(25,3),
    shipping character varying(100),
    accountid integer,
    terms_conditions text,
    purchaseorder character varying(200),
    invoicestatus character varying(200),
    invoice_no character varying(100),
    currency_id integer NOT NULL,
    conversion_rate numeric(10,3) NOT NULL,
    UNIQUE (invoice_no),
    PRIMARY KEY (invoiceid)
);
CREATE TABLE vtiger.vtiger_invoice_recurring_info (
    salesorderid integer,
    recurring_frequency character varying(200),
    start_period date,
    end_period date,
    last_recurring_date date,
    payment_duration character varying(200),
    invoice_status character varying(200)
);
CREATE TABLE vtiger.vtiger_invoicebillads (
    invoicebilladdressid integer NOT NULL,
    bill_city character varying(30),
    bill_code character varying(30),
    bill_country character varying(30),
    bill_state character varying(30),
    bill_street character varying(250),
    bill_pobox character varying(30),
    PRIMARY KEY (invoicebilladdressid)
);
CREATE TABLE vtiger.vtiger_invoicecf (
    invoiceid integer NOT NULL,
    PRIMARY KEY (invoiceid)
);
CREATE TABLE vtiger.vtiger_invoiceshipads (
    invoiceshipaddressid integer NOT NULL,
    ship_city character varying(30),
    ship_code character varying(30),
    ship_country character varying(30),
    ship_state character varying(30),
    ship_street character varying(250),
    ship_pobox character varying(30),
    PRIMARY KEY (invoiceshipaddressid)
);
CREATE TABLE vtiger.vtiger_invoicestatus (
    invoicestatusid integer NOT NULL,
    invoicestatus character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (invoicestatusid)
);
CREATE TABLE vtiger.vtiger_invoicestatushistory (
    historyid integer NOT NULL,
    invoiceid integer NOT NULL,
    accountname character varying(100),
    total numeric,
    invoicestatus character varying(200),
    lastmodified timestamp without time zone,
    PRIMARY KEY (historyid)
);
CREATE TABLE vtiger.vtiger_leadacctrel (
    leadid integer NOT NULL,
    accountid integer NOT NULL,
    PRIMARY KEY (leadid)
);
CREATE TABLE vtiger.vtiger_leadaddress (
    leadaddressid integer NOT NULL,
    city character varying(30),
    code character varying(30),
    state character varying(30),
    pobox character varying(30),
    country character varying(30),
    phone character varying(50),
    mobile character varying(50),
    fax character varying(50),
    lane character varying(250),
    leadaddresstype character varying(30),
    PRIMARY KEY (leadaddressid)
);
CREATE TABLE vtiger.vtiger_leadcontrel (
    leadid integer NOT NULL,
    contactid integer NOT NULL,
    PRIMARY KEY (leadid)
);
CREATE TABLE vtiger.vtiger_leaddetails (
    leadid integer NOT NULL,
    lead_no character varying(100) NOT NULL,
    email character varying(100),
    interest character varying(50),
    firstname character varying(40),
    salutation character varying(200),
    lastname character varying(80) NOT NULL,
    company character varying(100) NOT NULL,
    annualrevenue integer,
    industry character varying(200),
    campaign character varying(30),
    rating character varying(200),
    leadstatus character varying(50),
    leadsource character varying(200),
    converted integer,
    designation character varying(50),
    licencekeystatus character varying(50),
    space character varying(250),
    comments text,
    priority character varying(50),
    demorequest character varying(50),
    partnercontact character varying(50),
    productversion character varying(20),
    product character varying(50),
    maildate date,
    nextstepdate date,
    fundingsituation character varying(50),
    purpose character varying(50),
    evaluationstatus character varying(50),
    transferdate date,
    revenuetype character varying(50),
    noofemployees integer,
    secondaryemail character varying(100),
    assignleadchk integer,
    UNIQUE (lead_no),
    PRIMARY KEY (leadid)
);
CREATE TABLE vtiger.vtiger_leadpotrel (
    leadid integer NOT NULL,
    potentialid integer NOT NULL,
    PRIMARY KEY (potentialid)
);
CREATE TABLE vtiger.vtiger_leadscf (
    leadid integer NOT NULL,
    PRIMARY KEY (leadid)
);
CREATE TABLE vtiger.vtiger_leadsource (
    leadsourceid integer NOT NULL,
    leadsource character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (leadsourceid)
);
CREATE TABLE vtiger.vtiger_leadstage (
    leadstageid integer NOT NULL,
    stage character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (leadstageid)
);
CREATE TABLE vtiger.vtiger_leadstatus (
    leadstatusid integer NOT NULL,
    leadstatus character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (leadstatusid)
);
CREATE TABLE vtiger.vtiger_leadsubdetails (
    leadsubscriptionid integer NOT NULL,
    website character varying(255),
    callornot integer,
    readornot integer,
    empct integer,
    PRIMARY KEY (leadsubscriptionid)
);
CREATE TABLE vtiger.vtiger_manufacturer (
    manufacturerid integer NOT NULL,
    manufacturer character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (manufacturerid)
);
CREATE TABLE vtiger.vtiger_notes (
    notesid integer NOT NULL,
    note_no character varying(100) NOT NULL,
    title character varying(50) NOT NULL,
    filename character varying(200),
    notecontent text,
    folderid integer NOT NULL,
    filetype character varying(50),
    filelocationtype character varying(5),
    filedownloadcount integer,
    filestatus integer,
    filesize integer NOT NULL,
    fileversion character varying(50),
    UNIQUE (note_no),
    PRIMARY KEY (notesid)
);
CREATE TABLE vtiger.vtiger_notescf (
    notesid integer NOT NULL,
    PRIMARY KEY (notesid)
);
CREATE TABLE vtiger.vtiger_opportunity_type (
    opptypeid integer NOT NULL,
    opportunity_type character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (opptypeid)
);
CREATE TABLE vtiger.vtiger_opportunitystage (
    potstageid integer NOT NULL,
    stage character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    probability numeric(3,2),
    PRIMARY KEY (potstageid)
);
CREATE TABLE vtiger.vtiger_organizationdetails (
    organization_id integer NOT NULL,
    organizationname character varying(60),
    address character varying(150),
    city character varying(100),
    state character varying(100),
    country character varying(100),
    code character varying(30),
    phone character varying(30),
    fax character varying(30),
    website character varying(100),
    logoname character varying(50),
    logo text,
    UNIQUE (organizationname),
    PRIMARY KEY (organization_id)
);
CREATE TABLE vtiger.vtiger_pobillads (
    pobilladdressid integer NOT NULL,
    bill_city character varying(30),
    bill_code character varying(30),
    bill_country character varying(30),
    bill_state character varying(30),
    bill_street character varying(250),
    bill_pobox character varying(30),
    PRIMARY KEY (pobilladdressid)
);
CREATE TABLE vtiger.vtiger_poshipads (
    poshipaddressid integer NOT NULL,
    ship_city character varying(30),
    ship_code character varying(30),
    ship_country character varying(30),
    ship_state character varying(30),
    ship_street character varying(250),
    ship_pobox character varying(30),
    PRIMARY KEY (poshipaddressid)
);
CREATE TABLE vtiger.vtiger_postatus (
    postatusid integer NOT NULL,
    postatus character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (postatusid)
);
CREATE TABLE vtiger.vtiger_postatushistory (
    historyid integer NOT NULL,
    purchaseorderid integer NOT NULL,
    vendorname character varying(100),
    total numeric,
    postatus character varying(200),
    lastmodified timestamp without time zone,
    PRIMARY KEY (historyid)
);
CREATE TABLE vtiger.vtiger_potcompetitorrel (
    potentialid integer NOT NULL,
    competitorid integer NOT NULL,
    PRIMARY KEY (potentialid, competitorid)
);
CREATE TABLE vtiger.vtiger_potential (
    potentialid integer NOT NULL,
    potential_no character varying(100) NOT NULL,
    related_to integer,
    potentialname character varying(120) NOT NULL,
    amount numeric(14,2),
    currency character varying(20),
    closingdate date,
    typeofrevenue character varying(50),
    nextstep character varying(100),
    private integer,
    probability numeric(7,3),
    campaignid integer,
    sales_stage character varying(200),
    potentialtype character varying(200),
    leadsource character varying(200),
    productid integer,
    productversion character varying(50),
    quotationref character varying(50),
    partnercontact character varying(50),
    remarks character varying(50),
    runtimefee integer,
    followupdate date,
    evaluationstatus character varying(50),
    description text,
    forecastcategory integer,
    outcomeanalysis integer,
    UNIQUE (potential_no),
    PRIMARY KEY (potentialid)
);
CREATE TABLE vtiger.vtiger_potentialscf (
    potentialid integer NOT NULL,
    PRIMARY KEY (potentialid)
);
CREATE TABLE vtiger.vtiger_potstagehistory (
    historyid integer NOT NULL,
    potentialid integer NOT NULL,
    amount numeric,
    stage character varying(100),
    probability numeric(7,3),
    expectedrevenue numeric,
    closedate date,
    lastmodified timestamp without time zone,
    PRIMARY KEY (historyid)
);
CREATE TABLE vtiger.vtiger_pricebook (
    pricebookid integer NOT NULL,
    pricebook_no character varying(100) NOT NULL,
    bookname character varying(100),
    active integer,
    currency_id integer NOT NULL,
    UNIQUE (pricebook_no),
    PRIMARY KEY (pricebookid)
);
CREATE TABLE vtiger.vtiger_pricebookcf (
    pricebookid integer NOT NULL,
    PRIMARY KEY (pricebookid)
);
CREATE TABLE vtiger.vtiger_pricebookproductrel (
    pricebookid integer NOT NULL,
    productid integer NOT NULL,
    listprice numeric(25,3),
    usedcurrency integer NOT NULL,
    PRIMARY KEY (pricebookid, productid)
);
CREATE TABLE vtiger.vtiger_priority (
    priorityid integer NOT NULL,
    priority character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (priorityid)
);
CREATE TABLE vtiger.vtiger_productcategory (
    productcategoryid integer NOT NULL,
    productcategory character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (productcategoryid)
);
CREATE TABLE vtiger.vtiger_productcf (
    productid integer NOT NULL,
    PRIMARY KEY (productid)
);
CREATE TABLE vtiger.vtiger_productcollaterals (
    productid integer NOT NULL,
    date_entered timestamp without time zone NOT NULL,
    data bytea NOT NULL,
    description text,
    filename character varying(50),
    filesize character varying(50) NOT NULL,
    filetype character varying(20) NOT NULL,
    PRIMARY KEY (productid)
);
CREATE TABLE vtiger.vtiger_productcurrencyrel (
    productid integer NOT NULL,
    currencyid integer NOT NULL,
    converted_price numeric(25,2),
    actual_price numeric(25,2)
);
CREATE TABLE vtiger.vtiger_products (
    productid integer NOT NULL,
    product_no character varying(100) NOT NULL,
    productname character varying(50) NOT NULL,
    productcode character varying(40),
    productcategory character varying(200),
    manufacturer character varying(200),
    qty_per_unit numeric(11,2),
    unit_price numeric(25,2),
    weight numeric(11,3),
    pack_size integer,
    sales_start_date date,
    sales_end_date date,
    start_date date,
    expiry_date date,
    cost_factor integer,
    commissionrate numeric(7,3),
    commissionmethod character varying(50),
    discontinued integer NOT NULL,
    usageunit character varying(200),
    reorderlevel integer,
    website character varying(100),
    taxclass character varying(200),
    mfr_part_no character varying(200),
    vendor_part_no character varying(200),
    serialno character varying(200),
    qtyinstock numeric(25,3),
    productsheet character varying(200),
    qtyindemand integer,
    glacct character varying(200),
    vendor_id integer,
    imagename text,
    currency_id integer NOT NULL,
    UNIQUE (product_no),
    PRIMARY KEY (productid)
);
CREATE TABLE vtiger.vtiger_producttaxrel (
    productid integer NOT NULL,
    taxid integer NOT NULL,
    taxpercentage numeric(7,3)
);
CREATE TABLE vtiger.vtiger_purchaseorder (
    purchaseorderid integer NOT NULL,
    subject character varying(100),
    quoteid integer,
    vendorid integer,
    requisition_no character varying(100),
    purchaseorder_no character varying(100),
    tracking_no character varying(100),
    contactid integer,
    duedate date,
    carrier character varying(200),
    type character varying(100),
    adjustment numeric(25,3),
    salescommission numeric(25,3),
    exciseduty numeric(25,3),
    total numeric(25,3),
    subtotal numeric(25,3),
    taxtype character varying(25),
    discount_percent numeric(25,3),
    discount_amount numeric(25,3),
    s_h_amount numeric(25,3),
    terms_conditions text,
    postatus character varying(200),
    currency_id integer NOT NULL,
    conversion_rate numeric(10,3) NOT NULL,
    PRIMARY KEY (purchaseorderid)
);
CREATE TABLE vtiger.vtiger_purchaseordercf (
    purchaseorderid integer NOT NULL,
    PRIMARY KEY (purchaseorderid)
);
CREATE TABLE vtiger.vtiger_quotes (
    quoteid integer NOT NULL,
    subject character varying(100),
    potentialid integer,
    quotestage character varying(200),
    validtill date,
    contactid integer,
    quote_no character varying(100),
    subtotal numeric(25,3),
    carrier character varying(200),
    shipping character varying(100),
    inventorymanager integer,
    type character varying(100),
    adjustment numeric(25,3),
    total numeric(25,3),
    taxtype character varying(25),
    discount_percent numeric(25,3),
    discount_amount numeric(25,3),
    s_h_amount numeric(25,3),
    accountid integer,
    terms_conditions text,
    currency_id integer NOT NULL,
    conversion_rate numeric(10,3) NOT NULL,
    PRIMARY KEY (quoteid)
);
CREATE TABLE vtiger.vtiger_quotesbillads (
    quotebilladdressid integer NOT NULL,
    bill_city character varying(30),
    bill_code character varying(30),
    bill_country character varying(30),
    bill_state character varying(30),
    bill_street character varying(250),
    bill_pobox character varying(30),
    PRIMARY KEY (quotebilladdressid)
);
CREATE TABLE vtiger.vtiger_quotescf (
    quoteid integer NOT NULL,
    PRIMARY KEY (quoteid)
);
CREATE TABLE vtiger.vtiger_quotesshipads (
    quoteshipaddressid integer NOT NULL,
    ship_city character varying(30),
    ship_code character varying(30),
    ship_country character varying(30),
    ship_state character varying(30),
    ship_street character varying(250),
    ship_pobox character varying(30),
    PRIMARY KEY (quoteshipaddressid)
);
CREATE TABLE vtiger.vtiger_quotestage (
    quotestageid integer NOT NULL,
    quotestage character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (quotestageid)
);
CREATE TABLE vtiger.vtiger_quotestagehistory (
    historyid integer NOT NULL,
    quoteid integer NOT NULL,
    accountname character varying(100),
    total numeric,
    quotestage character varying(200),
    lastmodified timestamp without time zone,
    PRIMARY KEY (historyid)
);
CREATE TABLE vtiger.vtiger_rating (
    rating_id integer NOT NULL,
    rating character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (rating_id)
);
CREATE TABLE vtiger.vtiger_recurringevents (
    recurringid integer NOT NULL,
    activityid integer NOT NULL,
    recurringdate date,
    recurringtype character varying(30),
    recurringfreq integer,
    recurringinfo character varying(50),
    PRIMARY KEY (recurringid)
);
CREATE TABLE vtiger.vtiger_revenuetype (
    revenuetypeid integer NOT NULL,
    revenuetype character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (revenuetypeid)
);
CREATE TABLE vtiger.vtiger_role (
    roleid character varying(255) NOT NULL,
    rolename character varying(200),
    parentrole character varying(255),
    depth integer,
    PRIMARY KEY (roleid)
);
CREATE TABLE vtiger.vtiger_sales_stage (
    sales_stage_id integer NOT NULL,
    sales_stage character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (sales_stage_id)
);
CREATE TABLE vtiger.vtiger_salesmanactivityrel (
    smid integer NOT NULL,
    activityid integer NOT NULL,
    PRIMARY KEY (smid, activityid)
);
CREATE TABLE vtiger.vtiger_salesmanticketrel (
    smid integer NOT NULL,
    id integer NOT NULL,
    PRIMARY KEY (smid, id)
);
CREATE TABLE vtiger.vtiger_salesorder (
    salesorderid integer NOT NULL,
    subject character varying(100),
    potentialid integer,
    customerno character varying(100),
    salesorder_no character varying(100),
    quoteid integer,
    vendorterms character varying(100),
    contactid integer,
    vendorid integer,
    duedate date,
    carrier character varying(200),
    pending character varying(200),
    type character varying(100),
    adjustment numeric(25,3),
    salescommission numeric(25,3),
    exciseduty numeric(25,3),
    total numeric(25,3),
    subtotal numeric(25,3),
    taxtype character varying(25),
    discount_percent numeric(25,3),
    discount_amount numeric(25,3),
    s_h_amount numeric(25,3),
    accountid integer,
    terms_conditions text,
    purchaseorder character varying(200),
    sostatus character varying(200),
    currency_id integer NOT NULL,
    conversion_rate numeric(10,3) NOT NULL,
    enable_recurring integer,
    PRIMARY KEY (salesorderid)
);
CREATE TABLE vtiger.vtiger_salesordercf (
    salesorderid integer NOT NULL,
    PRIMARY KEY (salesorderid)
);
CREATE TABLE vtiger.vtiger_salutationtype (
    salutationid integer NOT NULL,
    salutationtype character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (salutationid)
);
CREATE TABLE vtiger.vtiger_seactivityrel (
    crmid integer NOT NULL,
    activityid integer NOT NULL,
    PRIMARY KEY (crmid, activityid)
);
CREATE TABLE vtiger.vtiger_seattachmentsrel (
    crmid integer NOT NULL,
    attachmentsid integer NOT NULL,
    PRIMARY KEY (crmid, attachmentsid)
);
CREATE TABLE vtiger.vtiger_senotesrel (
    crmid integer NOT NULL,
    notesid integer NOT NULL,
    PRIMARY KEY (crmid, notesid)
);
CREATE TABLE vtiger.vtiger_seproductsrel (
    crmid integer NOT NULL,
    productid integer NOT NULL,
    setype character varying(30) NOT NULL,
    PRIMARY KEY (crmid, productid)
);
CREATE TABLE vtiger.vtiger_seticketsrel (
    crmid integer NOT NULL,
    ticketid integer NOT NULL,
    PRIMARY KEY (crmid, ticketid)
);
CREATE TABLE vtiger.vtiger_shippingtaxinfo (
    taxid integer NOT NULL,
    taxname character varying(50),
    taxlabel character varying(50),
    percentage numeric(7,3),
    deleted integer
);
CREATE TABLE vtiger.vtiger_sobillads (
    sobilladdressid integer NOT NULL,
    bill_city character varying(30),
    bill_code character varying(30),
    bill_country character varying(30),
    bill_state character varying(30),
    bill_street character varying(250),
    bill_pobox character varying(30),
    PRIMARY KEY (sobilladdressid)
);
CREATE TABLE vtiger.vtiger_soshipads (
    soshipaddressid integer NOT NULL,
    ship_city character varying(30),
    ship_code character varying(30),
    ship_country character varying(30),
    ship_state character varying(30),
    ship_street character varying(250),
    ship_pobox character varying(30),
    PRIMARY KEY (soshipaddressid)
);
CREATE TABLE vtiger.vtiger_sostatus (
    sostatusid integer NOT NULL,
    sostatus character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (sostatusid)
);
CREATE TABLE vtiger.vtiger_sostatushistory (
    historyid integer NOT NULL,
    salesorderid integer NOT NULL,
    accountname character varying(100),
    total numeric,
    sostatus character varying(200),
    lastmodified timestamp without time zone,
    PRIMARY KEY (historyid)
);
CREATE TABLE vtiger.vtiger_taskpriority (
    taskpriorityid integer NOT NULL,
    taskpriority character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (taskpriorityid)
);
CREATE TABLE vtiger.vtiger_taskstatus (
    taskstatusid integer NOT NULL,
    taskstatus character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (taskstatusid)
);
CREATE TABLE vtiger.vtiger_taxclass (
    taxclassid integer NOT NULL,
    taxclass character varying(200) NOT NULL,
    sortorderid integer NOT NULL,
    presence integer NOT NULL,
    PRIMARY KEY (taxclassid)
);
CREATE TABLE vtiger.vtiger_ticketcategories (
    ticketcategories_id integer NOT NULL,
    ticketcategories character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (ticketcategories_id)
);
CREATE TABLE vtiger.vtiger_ticketcf (
    ticketid integer NOT NULL,
    PRIMARY KEY (ticketid)
);
CREATE TABLE vtiger.vtiger_ticketcomments (
    commentid integer NOT NULL,
    ticketid integer,
    comments text,
    ownerid integer NOT NULL,
    ownertype character varying(10),
    createdtime timestamp without time zone NOT NULL,
    PRIMARY KEY (commentid)
);
CREATE TABLE vtiger.vtiger_ticketpriorities (
    ticketpriorities_id integer NOT NULL,
    ticketpriorities character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (ticketpriorities_id)
);
CREATE TABLE vtiger.vtiger_ticketseverities (
    ticketseverities_id integer NOT NULL,
    ticketseverities character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (ticketseverities_id)
);
CREATE TABLE vtiger.vtiger_ticketstatus (
    ticketstatus_id integer NOT NULL,
    ticketstatus character varying(200),
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (ticketstatus_id)
);
CREATE TABLE vtiger.vtiger_ticketstracktime (
    ticket_id integer NOT NULL,
    supporter_id integer NOT NULL,
    minutes integer,
    date_logged integer NOT NULL,
    PRIMARY KEY (ticket_id)
);
CREATE TABLE vtiger.vtiger_troubletickets (
    ticketid integer NOT NULL,
    ticket_no character varying(100) NOT NULL,
    groupname character varying(100),
    parent_id character varying(100),
    product_id character varying(100),
    priority character varying(200),
    severity character varying(200),
    status character varying(200),
    category character varying(200),
    title character varying(255) NOT NULL,
    solution text,
    update_log text,
    version_id integer,
    hours character varying(200),
    days character varying(200),
    from_portal character varying(3),
    UNIQUE (ticket_no),
    PRIMARY KEY (ticketid)
);
CREATE TABLE vtiger.vtiger_usageunit (
    usageunitid integer NOT NULL,
    usageunit character varying(200) NOT NULL,
    presence integer NOT NULL,
    picklist_valueid integer NOT NULL,
    PRIMARY KEY (usageunitid)
);
CREATE TABLE vtiger.vtiger_user2role (
    userid integer NOT NULL,
    roleid character varying(255) NOT NULL,
    PRIMARY KEY (userid)
);
CREATE TABLE vtiger.vtiger_users (
    id integer NOT NULL,
    user_name character varying(255),
    user_password character varying(200),
    user_hash character varying(32),
    cal_color character varying(25),
    first_name character varying(30),
    last_name character varying(30),
    reports_to_id character varying(36),
    is_admin character varying(3),
    currency_id integer NOT NULL,
    description text,
    date_entered timestamp without time zone NOT NULL,
    date_modified timestamp without time zone NOT NULL,
    modified_user_id character varying(36),
    title character varying(50),
    department character varying(50),
    phone_home character varying(50),
    phone_mobile character varying(50),
    phone_work character varying(50),
    phone_other character varying(50),
    phone_fax character varying(50),
    email1 character varying(100),
    email2 character varying(100),
    secondaryemail character varying(100),
    status character varying(25),
    signature character varying(1000),
    address_street character varying(150),
    address_city character varying(100),
    address_state character varying(100),
    address_country character varying(25),
    address_postalcode character varying(9),
    user_preferences text,
    tz character varying(30),
    holidays character varying(60),
    namedays character varying(60),
    workdays character varying(30),
    weekstart integer,
    date_format character varying(200),
    hour_format character varying(30),
    start_hour character varying(30),
    end_hour character varying(30),
    activity_view character varying(200),
    lead_view character varying(200),
    imagename character varying(250),
    deleted integer NOT NULL,
    confirm_password character varying(300),
    internal_mailer character varying(3) NOT NULL,
    reminder_interval character varying(100),
    reminder_next_time character varying(100),
    crypt_type character varying(20) NOT NULL,
    accesskey character varying(36),
    theme character varying(100),
    language character varying(36),
    time_zone character varying(200),
    currency_grouping_pattern character varying(100),
    currency_decimal_separator character varying(2),
    currency_grouping_separator character varying(2),
    currency_symbol_placement character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE vtiger.vtiger_users2group (
    groupid integer NOT NULL,
    userid integer NOT NULL,
    PRIMARY KEY (groupid, userid)
);
CREATE TABLE vtiger.vtiger_vendor (
    vendorid integer NOT NULL,
    vendor_no character varying(100) NOT NULL,
    vendorname character varying(100),
    phone character varying(100),
    email character varying(100),
    website character varying(100),
    glacct character varying(200),
    category character varying(50),
    street text,
    city character varying(30),
    state character varying(30),
    pobox character varying(30),
    postalcode character varying(100),
    country character varying(100),
    description text,
    UNIQUE (vendor_no),
    PRIMARY KEY (vendorid)
);
CREATE TABLE vtiger.vtiger_vendorcf (
    vendorid integer NOT NULL,
    PRIMARY KEY (vendorid)
);
CREATE TABLE vtiger.vtiger_vendorcontactrel (
    vendorid integer NOT NULL,
    contactid integer NOT NULL,
    PRIMARY KEY (vendorid, contactid)
);
ALTER TABLE vtiger.vtiger_account ADD CONSTRAINT fk_1_vtiger_account FOREIGN KEY (accountid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_accountbillads ADD CONSTRAINT fk_1_vtiger_accountbillads FOREIGN KEY (accountaddressid) REFERENCES vtiger.vtiger_account (accountid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_accountscf ADD CONSTRAINT fk_1_vtiger_accountscf FOREIGN KEY (accountid) REFERENCES vtiger.vtiger_account (accountid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_accountshipads ADD CONSTRAINT fk_1_vtiger_accountshipads FOREIGN KEY (accountaddressid) REFERENCES vtiger.vtiger_account (accountid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_activity ADD CONSTRAINT fk_1_vtiger_activity FOREIGN KEY (activityid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_activityproductrel ADD CONSTRAINT fk_1_vtiger_activityproductrel FOREIGN KEY (activityid) REFERENCES vtiger.vtiger_activity (activityid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_activityproductrel ADD CONSTRAINT fk_2_vtiger_activityproductrel FOREIGN KEY (productid) REFERENCES vtiger.vtiger_products (productid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_attachments ADD CONSTRAINT fk_1_vtiger_attachments FOREIGN KEY (attachmentsid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_campaigncontrel ADD CONSTRAINT fk_1_vtiger_campaigncontrel FOREIGN KEY (campaignid) REFERENCES vtiger.vtiger_campaign (campaignid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_campaigncontrel ADD CONSTRAINT fk_2_vtiger_campaigncontrel FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_campaignleadrel ADD CONSTRAINT fk_1_vtiger_campaignleadrel FOREIGN KEY (campaignid) REFERENCES vtiger.vtiger_campaign (campaignid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_campaignleadrel ADD CONSTRAINT fk_2_vtiger_campaignleadrel FOREIGN KEY (leadid) REFERENCES vtiger.vtiger_leaddetails (leadid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_campaignscf ADD CONSTRAINT fk_1_vtiger_campaignscf FOREIGN KEY (campaignid) REFERENCES vtiger.vtiger_campaign (campaignid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_cntactivityrel ADD CONSTRAINT fk_1_vtiger_cntactivityrel FOREIGN KEY (activityid) REFERENCES vtiger.vtiger_activity (activityid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_cntactivityrel ADD CONSTRAINT fk_2_vtiger_cntactivityrel FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_competitor ADD CONSTRAINT fk_1_vtiger_competitor FOREIGN KEY (competitorid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_contactaddress ADD CONSTRAINT fk_1_vtiger_contactaddress FOREIGN KEY (contactaddressid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_contactdetails ADD CONSTRAINT fk_1_vtiger_contactdetails FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_contactscf ADD CONSTRAINT fk_1_vtiger_contactscf FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_contactsubdetails ADD CONSTRAINT fk_1_vtiger_contactsubdetails FOREIGN KEY (contactsubscriptionid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_contpotentialrel ADD CONSTRAINT fk_1_vtiger_contpotentialrel FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_contpotentialrel ADD CONSTRAINT fk_2_vtiger_contpotentialrel FOREIGN KEY (potentialid) REFERENCES vtiger.vtiger_potential (potentialid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_crmentitynotesrel ADD CONSTRAINT fk_1_vtiger_crmentitynotesrel FOREIGN KEY (crmid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_crmentitynotesrel ADD CONSTRAINT fk_2_vtiger_crmentitynotesrel FOREIGN KEY (notesid) REFERENCES vtiger.vtiger_notes (notesid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_customerdetails ADD CONSTRAINT fk_1_vtiger_customerdetails FOREIGN KEY (customerid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_faq ADD CONSTRAINT fk_1_vtiger_faq FOREIGN KEY (id) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_faqcomments ADD CONSTRAINT fk_1_vtiger_faqcomments FOREIGN KEY (faqid) REFERENCES vtiger.vtiger_faq (id) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_group2grouprel ADD CONSTRAINT fk_1_vtiger_group2grouprel FOREIGN KEY (containsgroupid) REFERENCES vtiger.vtiger_groups (groupid) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE vtiger.vtiger_group2grouprel ADD CONSTRAINT fk_2_vtiger_group2grouprel FOREIGN KEY (groupid) REFERENCES vtiger.vtiger_groups (groupid) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE vtiger.vtiger_group2role ADD CONSTRAINT fk_1_vtiger_group2role FOREIGN KEY (groupid) REFERENCES vtiger.vtiger_groups (groupid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_group2role ADD CONSTRAINT fk_2_vtiger_group2role FOREIGN KEY (roleid) REFERENCES vtiger.vtiger_role (roleid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_group2rs ADD CONSTRAINT fk_1_vtiger_group2rs FOREIGN KEY (groupid) REFERENCES vtiger.vtiger_groups (groupid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_group2rs ADD CONSTRAINT fk_2_vtiger_group2rs FOREIGN KEY (roleandsubid) REFERENCES vtiger.vtiger_role (roleid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_invoice ADD CONSTRAINT fk_1_vtiger_invoice FOREIGN KEY (invoiceid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_invoice ADD CONSTRAINT fk_2_vtiger_invoice FOREIGN KEY (salesorderid) REFERENCES vtiger.vtiger_salesorder (salesorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_invoicebillads ADD CONSTRAINT fk_1_vtiger_invoicebillads FOREIGN KEY (invoicebilladdressid) REFERENCES vtiger.vtiger_invoice (invoiceid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_invoicecf ADD CONSTRAINT fk_1_vtiger_invoicecf FOREIGN KEY (invoiceid) REFERENCES vtiger.vtiger_invoice (invoiceid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_invoiceshipads ADD CONSTRAINT fk_1_vtiger_invoiceshipads FOREIGN KEY (invoiceshipaddressid) REFERENCES vtiger.vtiger_invoice (invoiceid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_invoicestatushistory ADD CONSTRAINT fk_1_vtiger_invoicestatushistory FOREIGN KEY (invoiceid) REFERENCES vtiger.vtiger_invoice (invoiceid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadacctrel ADD CONSTRAINT fk_1_vtiger_leadacctrel FOREIGN KEY (accountid) REFERENCES vtiger.vtiger_account (accountid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadacctrel ADD CONSTRAINT fk_2_vtiger_leadacctrel FOREIGN KEY (leadid) REFERENCES vtiger.vtiger_leaddetails (leadid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadaddress ADD CONSTRAINT fk_1_vtiger_leadaddress FOREIGN KEY (leadaddressid) REFERENCES vtiger.vtiger_leaddetails (leadid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadcontrel ADD CONSTRAINT fk_1_vtiger_leadcontrel FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadcontrel ADD CONSTRAINT fk_2_vtiger_leadcontrel FOREIGN KEY (leadid) REFERENCES vtiger.vtiger_leaddetails (leadid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leaddetails ADD CONSTRAINT fk_1_vtiger_leaddetails FOREIGN KEY (leadid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadpotrel ADD CONSTRAINT fk_1_vtiger_leadpotrel FOREIGN KEY (leadid) REFERENCES vtiger.vtiger_leaddetails (leadid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadpotrel ADD CONSTRAINT fk_2_vtiger_leadpotrel FOREIGN KEY (potentialid) REFERENCES vtiger.vtiger_potential (potentialid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadscf ADD CONSTRAINT fk_1_vtiger_leadscf FOREIGN KEY (leadid) REFERENCES vtiger.vtiger_leaddetails (leadid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_leadsubdetails ADD CONSTRAINT fk_1_vtiger_leadsubdetails FOREIGN KEY (leadsubscriptionid) REFERENCES vtiger.vtiger_leaddetails (leadid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_notes ADD CONSTRAINT fk_1_vtiger_notes FOREIGN KEY (notesid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_pobillads ADD CONSTRAINT fk_1_vtiger_pobillads FOREIGN KEY (pobilladdressid) REFERENCES vtiger.vtiger_purchaseorder (purchaseorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_poshipads ADD CONSTRAINT fk_1_vtiger_poshipads FOREIGN KEY (poshipaddressid) REFERENCES vtiger.vtiger_purchaseorder (purchaseorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_postatushistory ADD CONSTRAINT fk_1_vtiger_postatushistory FOREIGN KEY (purchaseorderid) REFERENCES vtiger.vtiger_purchaseorder (purchaseorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_potcompetitorrel ADD CONSTRAINT fk_1_vtiger_potcompetitorrel FOREIGN KEY (competitorid) REFERENCES vtiger.vtiger_competitor (competitorid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_potcompetitorrel ADD CONSTRAINT fk_2_vtiger_potcompetitorrel FOREIGN KEY (potentialid) REFERENCES vtiger.vtiger_potential (potentialid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_potential ADD CONSTRAINT fk_1_vtiger_potential FOREIGN KEY (potentialid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_potentialscf ADD CONSTRAINT fk_1_vtiger_potentialscf FOREIGN KEY (potentialid) REFERENCES vtiger.vtiger_potential (potentialid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_potstagehistory ADD CONSTRAINT fk_1_vtiger_potstagehistory FOREIGN KEY (potentialid) REFERENCES vtiger.vtiger_potential (potentialid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_pricebook ADD CONSTRAINT fk_1_vtiger_pricebook FOREIGN KEY (pricebookid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_pricebookcf ADD CONSTRAINT fk_1_vtiger_pricebookcf FOREIGN KEY (pricebookid) REFERENCES vtiger.vtiger_pricebook (pricebookid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_pricebookproductrel ADD CONSTRAINT fk_1_vtiger_pricebookproductrel FOREIGN KEY (pricebookid) REFERENCES vtiger.vtiger_pricebook (pricebookid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_productcf ADD CONSTRAINT fk_1_vtiger_productcf FOREIGN KEY (productid) REFERENCES vtiger.vtiger_products (productid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_productcollaterals ADD CONSTRAINT fk_1_vtiger_productcollaterals FOREIGN KEY (productid) REFERENCES vtiger.vtiger_products (productid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_products ADD CONSTRAINT fk_1_vtiger_products FOREIGN KEY (productid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_purchaseorder ADD CONSTRAINT fk_1_vtiger_purchaseorder FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_purchaseorder ADD CONSTRAINT fk_2_vtiger_purchaseorder FOREIGN KEY (purchaseorderid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_purchaseorder ADD CONSTRAINT fk_3_vtiger_purchaseorder FOREIGN KEY (quoteid) REFERENCES vtiger.vtiger_quotes (quoteid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_purchaseorder ADD CONSTRAINT fk_4_vtiger_purchaseorder FOREIGN KEY (vendorid) REFERENCES vtiger.vtiger_vendor (vendorid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_purchaseordercf ADD CONSTRAINT fk_1_vtiger_purchaseordercf FOREIGN KEY (purchaseorderid) REFERENCES vtiger.vtiger_purchaseorder (purchaseorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_quotes ADD CONSTRAINT fk_1_vtiger_quotes FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_quotes ADD CONSTRAINT fk_2_vtiger_quotes FOREIGN KEY (quoteid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_quotes ADD CONSTRAINT fk_3_vtiger_quotes FOREIGN KEY (potentialid) REFERENCES vtiger.vtiger_potential (potentialid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_quotesbillads ADD CONSTRAINT fk_1_vtiger_quotesbillads FOREIGN KEY (quotebilladdressid) REFERENCES vtiger.vtiger_quotes (quoteid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_quotescf ADD CONSTRAINT fk_1_vtiger_quotescf FOREIGN KEY (quoteid) REFERENCES vtiger.vtiger_quotes (quoteid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_quotesshipads ADD CONSTRAINT fk_1_vtiger_quotesshipads FOREIGN KEY (quoteshipaddressid) REFERENCES vtiger.vtiger_quotes (quoteid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_quotestagehistory ADD CONSTRAINT fk_1_vtiger_quotestagehistory FOREIGN KEY (quoteid) REFERENCES vtiger.vtiger_quotes (quoteid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_recurringevents ADD CONSTRAINT fk_1_vtiger_recurringevents FOREIGN KEY (activityid) REFERENCES vtiger.vtiger_activity (activityid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesmanactivityrel ADD CONSTRAINT fk_1_vtiger_salesmanactivityrel FOREIGN KEY (activityid) REFERENCES vtiger.vtiger_activity (activityid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesmanactivityrel ADD CONSTRAINT fk_2_vtiger_salesmanactivityrel FOREIGN KEY (smid) REFERENCES vtiger.vtiger_users (id) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesmanticketrel ADD CONSTRAINT fk_1_vtiger_salesmanticketrel FOREIGN KEY (id) REFERENCES vtiger.vtiger_troubletickets (ticketid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesmanticketrel ADD CONSTRAINT fk_2_vtiger_salesmanticketrel FOREIGN KEY (smid) REFERENCES vtiger.vtiger_users (id) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesorder ADD CONSTRAINT fk_1_vtiger_salesorder FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesorder ADD CONSTRAINT fk_2_vtiger_salesorder FOREIGN KEY (salesorderid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesorder ADD CONSTRAINT fk_3_vtiger_salesorder FOREIGN KEY (vendorid) REFERENCES vtiger.vtiger_vendor (vendorid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_salesordercf ADD CONSTRAINT fk_1_vtiger_salesordercf FOREIGN KEY (salesorderid) REFERENCES vtiger.vtiger_salesorder (salesorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seactivityrel ADD CONSTRAINT fk_1_vtiger_seactivityrel FOREIGN KEY (activityid) REFERENCES vtiger.vtiger_activity (activityid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seactivityrel ADD CONSTRAINT fk_2_vtiger_seactivityrel FOREIGN KEY (crmid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seattachmentsrel ADD CONSTRAINT fk_1_vtiger_seattachmentsrel FOREIGN KEY (attachmentsid) REFERENCES vtiger.vtiger_attachments (attachmentsid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seattachmentsrel ADD CONSTRAINT fk_2_vtiger_seattachmentsrel FOREIGN KEY (crmid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_senotesrel ADD CONSTRAINT fk_1_vtiger_senotesrel FOREIGN KEY (crmid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_senotesrel ADD CONSTRAINT fk_2_vtiger_senotesrel FOREIGN KEY (notesid) REFERENCES vtiger.vtiger_notes (notesid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seproductsrel ADD CONSTRAINT fk_1_vtiger_seproductsrel FOREIGN KEY (crmid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seproductsrel ADD CONSTRAINT fk_2_vtiger_seproductsrel FOREIGN KEY (productid) REFERENCES vtiger.vtiger_products (productid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seticketsrel ADD CONSTRAINT fk_1_vtiger_seticketsrel FOREIGN KEY (crmid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_seticketsrel ADD CONSTRAINT fk_2_vtiger_seticketsrel FOREIGN KEY (ticketid) REFERENCES vtiger.vtiger_troubletickets (ticketid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_sobillads ADD CONSTRAINT fk_1_vtiger_sobillads FOREIGN KEY (sobilladdressid) REFERENCES vtiger.vtiger_salesorder (salesorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_soshipads ADD CONSTRAINT fk_1_vtiger_soshipads FOREIGN KEY (soshipaddressid) REFERENCES vtiger.vtiger_salesorder (salesorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_sostatushistory ADD CONSTRAINT fk_1_vtiger_sostatushistory FOREIGN KEY (salesorderid) REFERENCES vtiger.vtiger_salesorder (salesorderid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_ticketcf ADD CONSTRAINT fk_1_vtiger_ticketcf FOREIGN KEY (ticketid) REFERENCES vtiger.vtiger_troubletickets (ticketid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_ticketcomments ADD CONSTRAINT fk_1_vtiger_ticketcomments FOREIGN KEY (ticketid) REFERENCES vtiger.vtiger_troubletickets (ticketid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_troubletickets ADD CONSTRAINT fk_1_vtiger_troubletickets FOREIGN KEY (ticketid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_user2role ADD CONSTRAINT fk_1_vtiger_user2role FOREIGN KEY (roleid) REFERENCES vtiger.vtiger_role (roleid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_user2role ADD CONSTRAINT fk_2_vtiger_user2role FOREIGN KEY (userid) REFERENCES vtiger.vtiger_users (id) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_users2group ADD CONSTRAINT fk_1_vtiger_users2group FOREIGN KEY (groupid) REFERENCES vtiger.vtiger_groups (groupid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_users2group ADD CONSTRAINT fk_2_vtiger_users2group FOREIGN KEY (userid) REFERENCES vtiger.vtiger_users (id) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_vendor ADD CONSTRAINT fk_1_vtiger_vendor FOREIGN KEY (vendorid) REFERENCES vtiger.vtiger_crmentity (crmid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_vendorcf ADD CONSTRAINT fk_1_vtiger_vendorcf FOREIGN KEY (vendorid) REFERENCES vtiger.vtiger_vendor (vendorid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_vendorcontactrel ADD CONSTRAINT fk_1_vtiger_vendorcontactrel FOREIGN KEY (contactid) REFERENCES vtiger.vtiger_contactdetails (contactid) ON DELETE CASCADE;
ALTER TABLE vtiger.vtiger_vendorcontactrel ADD CONSTRAINT fk_2_vtiger_vendorcontactrel FOREIGN KEY (vendorid) REFERENCES vtiger.vtiger_vendor (vendorid) ON DELETE CASCADE;
