-- nopCommerce 1.90, the ASP.NET open-source shopping cart (customers, roles, ACL and sessions, addresses, products,
-- product variants, attributes and their values and combinations, specification attributes, categories,
-- manufacturers, tags, pictures, downloads, tier and role prices, price lists, related and cross-sell products,
-- reviews and ratings, shopping carts and wishlists, orders, order lines, order notes, return requests, recurring
-- payments, gift cards, discounts and their usage, reward points, affiliates, campaigns and newsletter subscribers,
-- payment, shipping and tax providers, shipping methods and rates by weight, total and country, tax categories and
-- rates, countries, states, currencies, languages and locale strings with localized content, warehouses, blog,
-- news, polls, forums and private messages, topics, message templates, queued e-mail, logs and settings), as its
-- SQL Server install script declares it: NopCommerceStore/Install/Scripts/nopCommerce_createDatabase.sql at commit
-- ec84605 (2010-12-08, the 1.90 release line) of github.com/srkneo/nopcommerce, a git copy of nopCommerce's
-- CodePlex history (the path also appears in github.com/nopSolutions/nopCommerce's history, e.g. commit 5b94122). Licence:
-- nopCommerce Public License 1.0 (NopCommerceStore/Licenses.txt; we use the schema's facts). Converted by a one-off
-- script from T-SQL: all 118 tables with their primary keys and the 112 foreign keys the script declares, schema
-- nopcommerce, names lower-cased (Nop_ prefix kept); int -> integer, bit -> boolean, datetime -> timestamp, money
-- -> numeric(19,4), decimal(p,s) -> numeric(p,s), nvarchar(n)/varchar(n) -> character varying(n), nvarchar(max) ->
-- text, uniqueidentifier -> uuid, varbinary(max) -> bytea, xml -> xml; the columns named From/To are quoted. Left
-- out: IDENTITY, defaults, the one CHECK constraint, ON DELETE/UPDATE CASCADE actions, the 49 indexes, the
-- script's 3 functions and 11 stored procedures (no view). The script declares no comments, so none here. No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS nopcommerce;
CREATE TABLE nopcommerce.nop_customerrole (
    customerroleid integer NOT NULL,
    name character varying(255) NOT NULL,
    freeshipping boolean NOT NULL,
    taxexempt boolean NOT NULL,
    active boolean NOT NULL,
    deleted boolean NOT NULL,
    CONSTRAINT nop_customerrole_pkey PRIMARY KEY (customerroleid)
);
CREATE TABLE nopcommerce.nop_warehouse (
    warehouseid integer NOT NULL,
    name character varying(255) NOT NULL,
    phonenumber character varying(50) NOT NULL,
    email character varying(255) NOT NULL,
    faxnumber character varying(50) NOT NULL,
    address1 character varying(100) NOT NULL,
    address2 character varying(100) NOT NULL,
    city character varying(100) NOT NULL,
    stateprovince character varying(100) NOT NULL,
    zippostalcode character varying(30) NOT NULL,
    countryid integer NOT NULL,
    deleted boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_warehouse_pkey PRIMARY KEY (warehouseid)
);
CREATE TABLE nopcommerce.nop_country (
    countryid integer NOT NULL,
    name character varying(100) NOT NULL,
    allowsregistration boolean NOT NULL,
    allowsbilling boolean NOT NULL,
    allowsshipping boolean NOT NULL,
    twoletterisocode character varying(2) NOT NULL,
    threeletterisocode character varying(3) NOT NULL,
    numericisocode integer NOT NULL,
    subjecttovat boolean NOT NULL,
    published boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_country_pkey PRIMARY KEY (countryid)
);
CREATE TABLE nopcommerce.nop_affiliate (
    affiliateid integer NOT NULL,
    firstname character varying(100) NOT NULL,
    lastname character varying(100) NOT NULL,
    middlename character varying(100) NOT NULL,
    phonenumber character varying(50) NOT NULL,
    email character varying(255) NOT NULL,
    faxnumber character varying(50) NOT NULL,
    company character varying(100) NOT NULL,
    address1 character varying(100) NOT NULL,
    address2 character varying(100) NOT NULL,
    city character varying(100) NOT NULL,
    stateprovince character varying(100) NOT NULL,
    zippostalcode character varying(30) NOT NULL,
    countryid integer NOT NULL,
    active boolean NOT NULL,
    deleted boolean NOT NULL,
    CONSTRAINT nop_affiliate_pkey PRIMARY KEY (affiliateid)
);
CREATE TABLE nopcommerce.nop_shippingratecomputationmethod (
    shippingratecomputationmethodid integer NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(4000) NOT NULL,
    configuretemplatepath character varying(500) NOT NULL,
    classname character varying(500) NOT NULL,
    isactive boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_shippingratecomputationmethod_pkey PRIMARY KEY (shippingratecomputationmethodid)
);
CREATE TABLE nopcommerce.nop_log (
    logid integer NOT NULL,
    logtypeid integer NOT NULL,
    severity integer NOT NULL,
    message character varying(1000) NOT NULL,
    exception character varying(4000) NOT NULL,
    ipaddress character varying(100) NOT NULL,
    customerid integer NOT NULL,
    pageurl character varying(100) NOT NULL,
    referrerurl character varying(100) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_log_pkey PRIMARY KEY (logid)
);
CREATE TABLE nopcommerce.nop_taxcategory (
    taxcategoryid integer NOT NULL,
    name character varying(100) NOT NULL,
    displayorder integer,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_taxcategory_pkey PRIMARY KEY (taxcategoryid)
);
CREATE TABLE nopcommerce.nop_download (
    downloadid integer NOT NULL,
    usedownloadurl boolean NOT NULL,
    downloadurl character varying(400) NOT NULL,
    downloadbinary bytea,
    contenttype character varying(20) NOT NULL,
    filename character varying(100) NOT NULL,
    extension character varying(20) NOT NULL,
    isnew boolean NOT NULL,
    CONSTRAINT nop_download_pkey PRIMARY KEY (downloadid)
);
CREATE TABLE nopcommerce.nop_productattribute (
    productattributeid integer NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(400) NOT NULL,
    CONSTRAINT nop_productattribute_pkey PRIMARY KEY (productattributeid)
);
CREATE TABLE nopcommerce.nop_customer (
    customerid integer NOT NULL,
    customerguid uuid NOT NULL,
    email character varying(255) NOT NULL,
    username character varying(100) NOT NULL,
    passwordhash character varying(255) NOT NULL,
    saltkey character varying(255) NOT NULL,
    affiliateid integer NOT NULL,
    billingaddressid integer NOT NULL,
    shippingaddressid integer NOT NULL,
    lastpaymentmethodid integer NOT NULL,
    lastappliedcouponcode character varying(100) NOT NULL,
    giftcardcouponcodes xml NOT NULL,
    checkoutattributes xml NOT NULL,
    languageid integer NOT NULL,
    currencyid integer NOT NULL,
    taxdisplaytypeid integer NOT NULL,
    istaxexempt boolean NOT NULL,
    isadmin boolean NOT NULL,
    isguest boolean NOT NULL,
    isforummoderator boolean NOT NULL,
    totalforumposts integer NOT NULL,
    signature character varying(300) NOT NULL,
    admincomment character varying(4000) NOT NULL,
    active boolean NOT NULL,
    deleted boolean NOT NULL,
    registrationdate timestamp without time zone NOT NULL,
    timezoneid character varying(200) NOT NULL,
    avatarid integer NOT NULL,
    dateofbirth timestamp without time zone,
    CONSTRAINT nop_customer_pkey PRIMARY KEY (customerid)
);
CREATE TABLE nopcommerce.nop_taxprovider (
    taxproviderid integer NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(4000) NOT NULL,
    configuretemplatepath character varying(500) NOT NULL,
    classname character varying(500) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_taxprovider_pkey PRIMARY KEY (taxproviderid)
);
CREATE TABLE nopcommerce.nop_queuedemail (
    queuedemailid integer NOT NULL,
    priority integer NOT NULL,
    "from" character varying(500) NOT NULL,
    fromname character varying(500) NOT NULL,
    "to" character varying(500) NOT NULL,
    toname character varying(500) NOT NULL,
    cc character varying(500) NOT NULL,
    bcc character varying(500) NOT NULL,
    subject character varying(500) NOT NULL,
    body text NOT NULL,
    createdon timestamp without time zone NOT NULL,
    sendtries integer NOT NULL,
    senton timestamp without time zone,
    emailaccountid integer NOT NULL,
    CONSTRAINT nop_queuedemail_pkey PRIMARY KEY (queuedemailid)
);
CREATE TABLE nopcommerce.nop_bannedipaddress (
    bannedipaddressid integer NOT NULL,
    address character varying(50) NOT NULL,
    comment character varying(500),
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_bannedipaddress_pkey PRIMARY KEY (bannedipaddressid)
);
CREATE TABLE nopcommerce.nop_smsprovider (
    smsproviderid integer NOT NULL,
    name character varying(100) NOT NULL,
    classname character varying(500) NOT NULL,
    systemkeyword character varying(500) NOT NULL,
    isactive boolean NOT NULL,
    CONSTRAINT nop_smsprovider_pkey PRIMARY KEY (smsproviderid)
);
CREATE TABLE nopcommerce.nop_measuredimension (
    measuredimensionid integer NOT NULL,
    name character varying(100) NOT NULL,
    systemkeyword character varying(100) NOT NULL,
    ratio numeric(18,4) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_measuredimension_pkey PRIMARY KEY (measuredimensionid)
);
CREATE TABLE nopcommerce.nop_measureweight (
    measureweightid integer NOT NULL,
    name character varying(100) NOT NULL,
    systemkeyword character varying(100) NOT NULL,
    ratio numeric(18,4) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_measureweight_pkey PRIMARY KEY (measureweightid)
);
CREATE TABLE nopcommerce.nop_bannedipnetwork (
    bannedipnetworkid integer NOT NULL,
    startaddress character varying(50) NOT NULL,
    endaddress character varying(50) NOT NULL,
    comment character varying(500),
    ipexception text,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_bannedipnetwork_pkey PRIMARY KEY (bannedipnetworkid)
);
CREATE TABLE nopcommerce.nop_qbentity (
    entityid integer NOT NULL,
    qbentityid character varying(50) NOT NULL,
    entitytypeid integer NOT NULL,
    nopentityid integer NOT NULL,
    synstateid integer NOT NULL,
    seqnum character varying(20) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_qbentity_pkey PRIMARY KEY (entityid)
);
CREATE TABLE nopcommerce.nop_messagetemplate (
    messagetemplateid integer NOT NULL,
    name character varying(200) NOT NULL,
    CONSTRAINT nop_messagetemplate_pkey PRIMARY KEY (messagetemplateid)
);
CREATE TABLE nopcommerce.nop_activitylogtype (
    activitylogtypeid integer NOT NULL,
    systemkeyword character varying(50) NOT NULL,
    name character varying(100) NOT NULL,
    enabled boolean NOT NULL,
    CONSTRAINT nop_activitylogtype_pkey PRIMARY KEY (activitylogtypeid)
);
CREATE TABLE nopcommerce.nop_creditcardtype (
    creditcardtypeid integer NOT NULL,
    name character varying(100) NOT NULL,
    systemkeyword character varying(100) NOT NULL,
    displayorder integer NOT NULL,
    deleted boolean NOT NULL,
    CONSTRAINT nop_creditcardtype_pkey PRIMARY KEY (creditcardtypeid)
);
CREATE TABLE nopcommerce.nop_setting (
    settingid integer NOT NULL,
    name character varying(200) NOT NULL,
    value character varying(2000) NOT NULL,
    description text NOT NULL,
    CONSTRAINT nop_setting_pkey PRIMARY KEY (settingid)
);
CREATE TABLE nopcommerce.nop_order (
    orderid integer NOT NULL,
    orderguid uuid NOT NULL,
    customerid integer NOT NULL,
    customerlanguageid integer NOT NULL,
    customertaxdisplaytypeid integer NOT NULL,
    customerip character varying(50) NOT NULL,
    ordersubtotalincltax numeric(19,4) NOT NULL,
    ordersubtotalexcltax numeric(19,4) NOT NULL,
    ordersubtotaldiscountincltax numeric(19,4) NOT NULL,
    ordersubtotaldiscountexcltax numeric(19,4) NOT NULL,
    ordershippingincltax numeric(19,4) NOT NULL,
    ordershippingexcltax numeric(19,4) NOT NULL,
    paymentmethodadditionalfeeincltax numeric(19,4) NOT NULL,
    paymentmethodadditionalfeeexcltax numeric(19,4) NOT NULL,
    taxrates character varying(4000) NOT NULL,
    ordertax numeric(19,4) NOT NULL,
    ordertotal numeric(19,4) NOT NULL,
    refundedamount numeric(19,4) NOT NULL,
    orderdiscount numeric(19,4) NOT NULL,
    ordersubtotalincltaxincustomercurrency numeric(19,4) NOT NULL,
    ordersubtotalexcltaxincustomercurrency numeric(19,4) NOT NULL,
    ordersubtotaldiscountincltaxincustomercurrency numeric(19,4) NOT NULL,
    ordersubtotaldiscountexcltaxincustomercurrency numeric(19,4) NOT NULL,
    ordershippingincltaxincustomercurrency numeric(19,4) NOT NULL,
    ordershippingexcltaxincustomercurrency numeric(19,4) NOT NULL,
    paymentmethodadditionalfeeincltaxincustomercurrency numeric(19,4) NOT NULL,
    paymentmethodadditionalfeeexcltaxincustomercurrency numeric(19,4) NOT NULL,
    taxratesincustomercurrency character varying(4000) NOT NULL,
    ordertaxincustomercurrency numeric(19,4) NOT NULL,
    ordertotalincustomercurrency numeric(19,4) NOT NULL,
    orderdiscountincustomercurrency numeric(19,4) NOT NULL,
    customercurrencycode character varying(5) NOT NULL,
    checkoutattributedescription character varying(4000) NOT NULL,
    checkoutattributesxml xml NOT NULL,
    orderweight numeric(18,4) NOT NULL,
    affiliateid integer NOT NULL,
    orderstatusid integer NOT NULL,
    allowstoringcreditcardnumber boolean NOT NULL,
    cardtype character varying(100) NOT NULL,
    cardname character varying(1000) NOT NULL,
    cardnumber character varying(100) NOT NULL,
    maskedcreditcardnumber character varying(100) NOT NULL,
    cardcvv2 character varying(100) NOT NULL,
    cardexpirationmonth character varying(100) NOT NULL,
    cardexpirationyear character varying(100) NOT NULL,
    paymentmethodid integer NOT NULL,
    paymentmethodname character varying(100) NOT NULL,
    authorizationtransactionid character varying(4000) NOT NULL,
    authorizationtransactioncode character varying(4000) NOT NULL,
    authorizationtransactionresult character varying(4000) NOT NULL,
    capturetransactionid character varying(4000) NOT NULL,
    capturetransactionresult character varying(4000) NOT NULL,
    subscriptiontransactionid character varying(4000) NOT NULL,
    purchaseordernumber character varying(100) NOT NULL,
    paymentstatusid integer NOT NULL,
    paiddate timestamp without time zone,
    billingfirstname character varying(100) NOT NULL,
    billinglastname character varying(100) NOT NULL,
    billingphonenumber character varying(50) NOT NULL,
    billingemail character varying(255) NOT NULL,
    billingfaxnumber character varying(50) NOT NULL,
    billingcompany character varying(100) NOT NULL,
    billingaddress1 character varying(100) NOT NULL,
    billingaddress2 character varying(100) NOT NULL,
    billingcity character varying(100) NOT NULL,
    billingstateprovince character varying(100) NOT NULL,
    billingstateprovinceid integer NOT NULL,
    billingzippostalcode character varying(30) NOT NULL,
    billingcountry character varying(100) NOT NULL,
    billingcountryid integer NOT NULL,
    shippingstatusid integer NOT NULL,
    shippingfirstname character varying(100) NOT NULL,
    shippinglastname character varying(100) NOT NULL,
    shippingphonenumber character varying(50) NOT NULL,
    shippingemail character varying(255) NOT NULL,
    shippingfaxnumber character varying(50) NOT NULL,
    shippingcompany character varying(100) NOT NULL,
    shippingaddress1 character varying(100) NOT NULL,
    shippingaddress2 character varying(100) NOT NULL,
    shippingcity character varying(100) NOT NULL,
    shippingstateprovince character varying(100) NOT NULL,
    shippingstateprovinceid integer NOT NULL,
    shippingzippostalcode character varying(30) NOT NULL,
    shippingcountry character varying(100) NOT NULL,
    shippingcountryid integer NOT NULL,
    shippingmethod character varying(100) NOT NULL,
    shippingratecomputationmethodid integer NOT NULL,
    shippeddate timestamp without time zone,
    trackingnumber character varying(100) NOT NULL,
    deliverydate timestamp without time zone,
    vatnumber character varying(100) NOT NULL,
    deleted boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_order_pkey PRIMARY KEY (orderid)
);
CREATE TABLE nopcommerce.nop_emailaccount (
    emailaccountid integer NOT NULL,
    email character varying(255) NOT NULL,
    displayname character varying(255) NOT NULL,
    host character varying(255) NOT NULL,
    port integer NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    enablessl boolean NOT NULL,
    usedefaultcredentials boolean NOT NULL,
    CONSTRAINT nop_emailaccount_pkey PRIMARY KEY (emailaccountid)
);
CREATE TABLE nopcommerce.nop_paymentmethod (
    paymentmethodid integer NOT NULL,
    name character varying(100) NOT NULL,
    visiblename character varying(100) NOT NULL,
    description character varying(4000) NOT NULL,
    configuretemplatepath character varying(500) NOT NULL,
    usertemplatepath character varying(500) NOT NULL,
    classname character varying(500) NOT NULL,
    systemkeyword character varying(500) NOT NULL,
    isactive boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_paymentmethod_pkey PRIMARY KEY (paymentmethodid)
);
CREATE TABLE nopcommerce.nop_shippingmethod (
    shippingmethodid integer NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(2000) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_shippingmethod_pkey PRIMARY KEY (shippingmethodid)
);
CREATE TABLE nopcommerce.nop_producttemplate (
    producttemplateid integer NOT NULL,
    name character varying(100) NOT NULL,
    templatepath character varying(200) NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_producttemplate_pkey PRIMARY KEY (producttemplateid)
);
CREATE TABLE nopcommerce.nop_manufacturertemplate (
    manufacturertemplateid integer NOT NULL,
    name character varying(100) NOT NULL,
    templatepath character varying(200) NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_manufacturertemplate_pkey PRIMARY KEY (manufacturertemplateid)
);
CREATE TABLE nopcommerce.nop_categorytemplate (
    categorytemplateid integer NOT NULL,
    name character varying(100) NOT NULL,
    templatepath character varying(200) NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_categorytemplate_pkey PRIMARY KEY (categorytemplateid)
);
CREATE TABLE nopcommerce.nop_topic (
    topicid integer NOT NULL,
    name character varying(200) NOT NULL,
    ispasswordprotected boolean NOT NULL,
    password character varying(200) NOT NULL,
    includeinsitemap boolean NOT NULL,
    CONSTRAINT nop_topic_pkey PRIMARY KEY (topicid)
);
CREATE TABLE nopcommerce.nop_campaign (
    campaignid integer NOT NULL,
    name character varying(200) NOT NULL,
    subject character varying(200) NOT NULL,
    body text NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_campaign_pkey PRIMARY KEY (campaignid)
);
CREATE TABLE nopcommerce.nop_picture (
    pictureid integer NOT NULL,
    picturebinary bytea NOT NULL,
    isnew boolean NOT NULL,
    mimetype character varying(20) NOT NULL,
    CONSTRAINT nop_picture_pkey PRIMARY KEY (pictureid)
);
CREATE TABLE nopcommerce.nop_forums_group (
    forumgroupid integer NOT NULL,
    name character varying(200) NOT NULL,
    description text NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_forums_group_pkey PRIMARY KEY (forumgroupid)
);
CREATE TABLE nopcommerce.nop_forums_subscription (
    subscriptionid integer NOT NULL,
    subscriptionguid uuid NOT NULL,
    userid integer NOT NULL,
    forumid integer NOT NULL,
    topicid integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_forums_subscription_pkey PRIMARY KEY (subscriptionid)
);
CREATE TABLE nopcommerce.nop_currency (
    currencyid integer NOT NULL,
    name character varying(50) NOT NULL,
    currencycode character varying(5) NOT NULL,
    displaylocale character varying(50),
    rate numeric(18,4) NOT NULL,
    customformatting character varying(50) NOT NULL,
    published boolean NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_currency_pkey PRIMARY KEY (currencyid)
);
CREATE TABLE nopcommerce.nop_forums_privatemessage (
    privatemessageid integer NOT NULL,
    fromuserid integer NOT NULL,
    touserid integer NOT NULL,
    subject character varying(450) NOT NULL,
    text text NOT NULL,
    isread boolean NOT NULL,
    isdeletedbyauthor boolean NOT NULL,
    isdeletedbyrecipient boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_forums_privatemessage_pkey PRIMARY KEY (privatemessageid)
);
CREATE TABLE nopcommerce.nop_discount (
    discountid integer NOT NULL,
    discounttypeid integer NOT NULL,
    discountrequirementid integer NOT NULL,
    requirementspentamount numeric(19,4) NOT NULL,
    requirementbillingcountryis integer NOT NULL,
    requirementshippingcountryis integer NOT NULL,
    discountlimitationid integer NOT NULL,
    limitationtimes integer NOT NULL,
    name character varying(100) NOT NULL,
    usepercentage boolean NOT NULL,
    discountpercentage numeric(18,4) NOT NULL,
    discountamount numeric(18,4) NOT NULL,
    startdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone NOT NULL,
    requirescouponcode boolean NOT NULL,
    couponcode character varying(100) NOT NULL,
    deleted boolean NOT NULL,
    CONSTRAINT nop_discount_pkey PRIMARY KEY (discountid)
);
CREATE TABLE nopcommerce.nop_producttag (
    producttagid integer NOT NULL,
    name character varying(100) NOT NULL,
    productcount integer NOT NULL,
    CONSTRAINT nop_producttag_pkey PRIMARY KEY (producttagid)
);
CREATE TABLE nopcommerce.nop_customeraction (
    customeractionid integer NOT NULL,
    name character varying(100) NOT NULL,
    systemkeyword character varying(100) NOT NULL,
    comment character varying(1000) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_customeraction_pkey PRIMARY KEY (customeractionid)
);
CREATE TABLE nopcommerce.nop_language (
    languageid integer NOT NULL,
    name character varying(100) NOT NULL,
    languageculture character varying(20) NOT NULL,
    flagimagefilename character varying(50) NOT NULL,
    published boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_language_pkey PRIMARY KEY (languageid)
);
CREATE TABLE nopcommerce.nop_recurringpayment (
    recurringpaymentid integer NOT NULL,
    initialorderid integer NOT NULL,
    cyclelength integer NOT NULL,
    cycleperiod integer NOT NULL,
    totalcycles integer NOT NULL,
    startdate timestamp without time zone NOT NULL,
    isactive boolean NOT NULL,
    deleted boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_recurringpayment_pkey PRIMARY KEY (recurringpaymentid)
);
CREATE TABLE nopcommerce.nop_customersession (
    customersessionguid uuid NOT NULL,
    customerid integer NOT NULL,
    lastaccessed timestamp without time zone NOT NULL,
    isexpired boolean NOT NULL,
    CONSTRAINT nop_customersession_pkey PRIMARY KEY (customersessionguid)
);
CREATE TABLE nopcommerce.nop_searchlog (
    searchlogid integer NOT NULL,
    searchterm character varying(100) NOT NULL,
    customerid integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_searchlog_pkey PRIMARY KEY (searchlogid)
);
CREATE TABLE nopcommerce.nop_specificationattribute (
    specificationattributeid integer NOT NULL,
    name character varying(100) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_specificationattribute_pkey PRIMARY KEY (specificationattributeid)
);
CREATE TABLE nopcommerce.nop_pricelist (
    pricelistid integer NOT NULL,
    exportmodeid integer NOT NULL,
    exporttypeid integer NOT NULL,
    affiliateid integer NOT NULL,
    displayname character varying(100) NOT NULL,
    shortname character varying(20) NOT NULL,
    pricelistguid character varying(40) NOT NULL,
    cachetime integer NOT NULL,
    formatlocalization character varying(5) NOT NULL,
    description character varying(500) NOT NULL,
    adminnotes character varying(500) NOT NULL,
    header character varying(500) NOT NULL,
    body character varying(500) NOT NULL,
    footer character varying(500) NOT NULL,
    priceadjustmenttypeid integer NOT NULL,
    priceadjustment numeric(19,4) NOT NULL,
    overrideindivadjustment boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_pricelist_pkey PRIMARY KEY (pricelistid)
);
CREATE TABLE nopcommerce.nop_checkoutattribute (
    checkoutattributeid integer NOT NULL,
    name character varying(100) NOT NULL,
    textprompt character varying(300) NOT NULL,
    isrequired boolean NOT NULL,
    shippableproductrequired boolean NOT NULL,
    istaxexempt boolean NOT NULL,
    taxcategoryid integer NOT NULL,
    attributecontroltypeid integer NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_checkoutattribute_pkey PRIMARY KEY (checkoutattributeid)
);
CREATE TABLE nopcommerce.nop_newslettersubscription (
    newslettersubscriptionid integer NOT NULL,
    newslettersubscriptionguid uuid NOT NULL,
    email character varying(255) NOT NULL,
    active boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_newslettersubscription_pkey PRIMARY KEY (newslettersubscriptionid)
);
CREATE TABLE nopcommerce.nop_customerrole_discount_mapping (
    customerroleid integer NOT NULL,
    discountid integer NOT NULL,
    CONSTRAINT nop_customerrole_discount_mapping_pkey PRIMARY KEY (customerroleid, discountid)
);
CREATE TABLE nopcommerce.nop_acl (
    aclid integer NOT NULL,
    customeractionid integer NOT NULL,
    customerroleid integer NOT NULL,
    allow boolean NOT NULL,
    CONSTRAINT nop_acl_pkey PRIMARY KEY (aclid)
);
CREATE TABLE nopcommerce.nop_customerrole_productprice (
    customerroleproductpriceid integer NOT NULL,
    customerroleid integer NOT NULL,
    productvariantid integer NOT NULL,
    price numeric(19,4) NOT NULL,
    CONSTRAINT nop_customerrole_productprice_pkey PRIMARY KEY (customerroleproductpriceid)
);
CREATE TABLE nopcommerce.nop_aclperobject (
    aclperobjectid integer NOT NULL,
    objectid integer NOT NULL,
    objecttypeid integer NOT NULL,
    customerroleid integer NOT NULL,
    deny boolean NOT NULL,
    CONSTRAINT nop_aclperobject_pkey PRIMARY KEY (aclperobjectid)
);
CREATE TABLE nopcommerce.nop_customer_customerrole_mapping (
    customerid integer NOT NULL,
    customerroleid integer NOT NULL,
    CONSTRAINT nop_customer_customerrole_mapping_pkey PRIMARY KEY (customerid, customerroleid)
);
CREATE TABLE nopcommerce.nop_stateprovince (
    stateprovinceid integer NOT NULL,
    countryid integer NOT NULL,
    name character varying(100) NOT NULL,
    abbreviation character varying(30) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_stateprovince_pkey PRIMARY KEY (stateprovinceid)
);
CREATE TABLE nopcommerce.nop_paymentmethod_restrictedcountries (
    paymentmethodid integer NOT NULL,
    countryid integer NOT NULL,
    CONSTRAINT nop_paymentmethod_restrictedcountries_pkey PRIMARY KEY (paymentmethodid, countryid)
);
CREATE TABLE nopcommerce.nop_taxrate (
    taxrateid integer NOT NULL,
    taxcategoryid integer NOT NULL,
    countryid integer NOT NULL,
    stateprovinceid integer NOT NULL,
    zip character varying(50) NOT NULL,
    percentage numeric(18,4) NOT NULL,
    CONSTRAINT nop_taxrate_pkey PRIMARY KEY (taxrateid)
);
CREATE TABLE nopcommerce.nop_shippingbyweightandcountry (
    shippingbyweightandcountryid integer NOT NULL,
    shippingmethodid integer NOT NULL,
    countryid integer NOT NULL,
    "from" numeric(18,2) NOT NULL,
    "to" numeric(18,2) NOT NULL,
    usepercentage boolean NOT NULL,
    shippingchargepercentage numeric(18,2) NOT NULL,
    shippingchargeamount numeric(18,2) NOT NULL,
    CONSTRAINT nop_shippingbyweightandcountry_pkey PRIMARY KEY (shippingbyweightandcountryid)
);
CREATE TABLE nopcommerce.nop_shippingmethod_restrictedcountries (
    shippingmethodid integer NOT NULL,
    countryid integer NOT NULL,
    CONSTRAINT nop_shippingmethod_restrictedcountries_pkey PRIMARY KEY (shippingmethodid, countryid)
);
CREATE TABLE nopcommerce.nop_product_specificationattribute_mapping (
    productspecificationattributeid integer NOT NULL,
    productid integer NOT NULL,
    specificationattributeoptionid integer NOT NULL,
    allowfiltering boolean NOT NULL,
    showonproductpage boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_product_specificationattribute_mapping_pkey PRIMARY KEY (productspecificationattributeid)
);
CREATE TABLE nopcommerce.nop_specificationattributeoptionlocalized (
    specificationattributeoptionlocalizedid integer NOT NULL,
    specificationattributeoptionid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(500) NOT NULL,
    CONSTRAINT nop_specificationattributeoptionlocalized_pkey PRIMARY KEY (specificationattributeoptionlocalizedid)
);
CREATE TABLE nopcommerce.nop_productattributelocalized (
    productattributelocalizedid integer NOT NULL,
    productattributeid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(400) NOT NULL,
    CONSTRAINT nop_productattributelocalized_pkey PRIMARY KEY (productattributelocalizedid)
);
CREATE TABLE nopcommerce.nop_productvariant_productattribute_mapping (
    productvariantattributeid integer NOT NULL,
    productvariantid integer NOT NULL,
    productattributeid integer NOT NULL,
    textprompt character varying(200) NOT NULL,
    isrequired boolean NOT NULL,
    attributecontroltypeid integer NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_productvariant_productattribute_mapping_pkey PRIMARY KEY (productvariantattributeid)
);
CREATE TABLE nopcommerce.nop_customerattribute (
    customerattributeid integer NOT NULL,
    customerid integer NOT NULL,
    key character varying(100) NOT NULL,
    value character varying(1000) NOT NULL,
    CONSTRAINT nop_customerattribute_pkey PRIMARY KEY (customerattributeid)
);
CREATE TABLE nopcommerce.nop_rewardpointshistory (
    rewardpointshistoryid integer NOT NULL,
    customerid integer NOT NULL,
    orderid integer NOT NULL,
    points integer NOT NULL,
    pointsbalance integer NOT NULL,
    usedamount numeric(19,4) NOT NULL,
    usedamountincustomercurrency numeric(19,4) NOT NULL,
    customercurrencycode character varying(5) NOT NULL,
    message character varying(1000) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_rewardpointshistory_pkey PRIMARY KEY (rewardpointshistoryid)
);
CREATE TABLE nopcommerce.nop_address (
    addressid integer NOT NULL,
    customerid integer NOT NULL,
    isbillingaddress boolean NOT NULL,
    firstname character varying(100) NOT NULL,
    lastname character varying(100) NOT NULL,
    phonenumber character varying(50) NOT NULL,
    email character varying(255) NOT NULL,
    faxnumber character varying(50) NOT NULL,
    company character varying(100) NOT NULL,
    address1 character varying(100) NOT NULL,
    address2 character varying(100) NOT NULL,
    city character varying(100) NOT NULL,
    stateprovinceid integer NOT NULL,
    zippostalcode character varying(30) NOT NULL,
    countryid integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_address_pkey PRIMARY KEY (addressid)
);
CREATE TABLE nopcommerce.nop_activitylog (
    activitylogid integer NOT NULL,
    activitylogtypeid integer NOT NULL,
    customerid integer NOT NULL,
    comment character varying(4000) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_activitylog_pkey PRIMARY KEY (activitylogid)
);
CREATE TABLE nopcommerce.nop_blogpost (
    blogpostid integer NOT NULL,
    languageid integer NOT NULL,
    blogposttitle character varying(200) NOT NULL,
    blogpostbody text NOT NULL,
    blogpostallowcomments boolean NOT NULL,
    tags character varying(4000) NOT NULL,
    createdbyid integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_blogpost_pkey PRIMARY KEY (blogpostid)
);
CREATE TABLE nopcommerce.nop_giftcardusagehistory (
    giftcardusagehistoryid integer NOT NULL,
    giftcardid integer NOT NULL,
    customerid integer NOT NULL,
    orderid integer NOT NULL,
    usedvalue numeric(19,4) NOT NULL,
    usedvalueincustomercurrency numeric(19,4) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_giftcardusagehistory_pkey PRIMARY KEY (giftcardusagehistoryid)
);
CREATE TABLE nopcommerce.nop_returnrequest (
    returnrequestid integer NOT NULL,
    orderproductvariantid integer NOT NULL,
    quantity integer NOT NULL,
    customerid integer NOT NULL,
    reasonforreturn character varying(400) NOT NULL,
    requestedaction character varying(400) NOT NULL,
    customercomments text NOT NULL,
    staffnotes text NOT NULL,
    returnstatusid integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_returnrequest_pkey PRIMARY KEY (returnrequestid)
);
CREATE TABLE nopcommerce.nop_discountusagehistory (
    discountusagehistoryid integer NOT NULL,
    discountid integer NOT NULL,
    customerid integer NOT NULL,
    orderid integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_discountusagehistory_pkey PRIMARY KEY (discountusagehistoryid)
);
CREATE TABLE nopcommerce.nop_productrating (
    productratingid integer NOT NULL,
    productid integer NOT NULL,
    customerid integer NOT NULL,
    rating integer NOT NULL,
    ratedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_productrating_pkey PRIMARY KEY (productratingid)
);
CREATE TABLE nopcommerce.nop_productreview (
    productreviewid integer NOT NULL,
    productid integer NOT NULL,
    customerid integer NOT NULL,
    ipaddress character varying(100) NOT NULL,
    title character varying(1000) NOT NULL,
    reviewtext text NOT NULL,
    rating integer NOT NULL,
    helpfulyestotal integer NOT NULL,
    helpfulnototal integer NOT NULL,
    isapproved boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_productreview_pkey PRIMARY KEY (productreviewid)
);
CREATE TABLE nopcommerce.nop_pollvotingrecord (
    pollvotingrecordid integer NOT NULL,
    pollanswerid integer NOT NULL,
    customerid integer NOT NULL,
    CONSTRAINT nop_pollvotingrecord_pkey PRIMARY KEY (pollvotingrecordid)
);
CREATE TABLE nopcommerce.nop_blogcomment (
    blogcommentid integer NOT NULL,
    blogpostid integer NOT NULL,
    customerid integer NOT NULL,
    ipaddress character varying(100) NOT NULL,
    commenttext text NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_blogcomment_pkey PRIMARY KEY (blogcommentid)
);
CREATE TABLE nopcommerce.nop_productvariantattributevaluelocalized (
    productvariantattributevaluelocalizedid integer NOT NULL,
    productvariantattributevalueid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(100) NOT NULL,
    CONSTRAINT nop_productvariantattributevaluelocalized_pkey PRIMARY KEY (productvariantattributevaluelocalizedid)
);
CREATE TABLE nopcommerce.nop_forums_post (
    postid integer NOT NULL,
    topicid integer NOT NULL,
    userid integer NOT NULL,
    text text NOT NULL,
    ipaddress character varying(100) NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_forums_post_pkey PRIMARY KEY (postid)
);
CREATE TABLE nopcommerce.nop_checkoutattributevaluelocalized (
    checkoutattributevaluelocalizedid integer NOT NULL,
    checkoutattributevalueid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(100) NOT NULL,
    CONSTRAINT nop_checkoutattributevaluelocalized_pkey PRIMARY KEY (checkoutattributevaluelocalizedid)
);
CREATE TABLE nopcommerce.nop_giftcard (
    giftcardid integer NOT NULL,
    purchasedorderproductvariantid integer NOT NULL,
    amount numeric(19,4) NOT NULL,
    isgiftcardactivated boolean NOT NULL,
    giftcardcouponcode character varying(100) NOT NULL,
    recipientname character varying(100) NOT NULL,
    recipientemail character varying(100) NOT NULL,
    sendername character varying(100) NOT NULL,
    senderemail character varying(100) NOT NULL,
    message character varying(4000) NOT NULL,
    isrecipientnotified boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_giftcard_pkey PRIMARY KEY (giftcardid)
);
CREATE TABLE nopcommerce.nop_messagetemplatelocalized (
    messagetemplatelocalizedid integer NOT NULL,
    messagetemplateid integer NOT NULL,
    languageid integer NOT NULL,
    bccemailaddresses character varying(200) NOT NULL,
    subject character varying(200) NOT NULL,
    body text NOT NULL,
    isactive boolean NOT NULL,
    emailaccountid integer NOT NULL,
    CONSTRAINT nop_messagetemplatelocalized_pkey PRIMARY KEY (messagetemplatelocalizedid)
);
CREATE TABLE nopcommerce.nop_orderproductvariant (
    orderproductvariantid integer NOT NULL,
    orderid integer NOT NULL,
    productvariantid integer NOT NULL,
    unitpriceincltax numeric(19,4) NOT NULL,
    unitpriceexcltax numeric(19,4) NOT NULL,
    priceincltax numeric(19,4) NOT NULL,
    priceexcltax numeric(19,4) NOT NULL,
    unitpriceincltaxincustomercurrency numeric(19,4) NOT NULL,
    unitpriceexcltaxincustomercurrency numeric(19,4) NOT NULL,
    priceincltaxincustomercurrency numeric(19,4) NOT NULL,
    priceexcltaxincustomercurrency numeric(19,4) NOT NULL,
    attributedescription character varying(4000) NOT NULL,
    attributesxml xml NOT NULL,
    quantity integer NOT NULL,
    discountamountincltax numeric(18,4) NOT NULL,
    discountamountexcltax numeric(18,4) NOT NULL,
    downloadcount integer NOT NULL,
    orderproductvariantguid uuid NOT NULL,
    isdownloadactivated boolean NOT NULL,
    licensedownloadid integer NOT NULL,
    CONSTRAINT nop_orderproductvariant_pkey PRIMARY KEY (orderproductvariantid)
);
CREATE TABLE nopcommerce.nop_ordernote (
    ordernoteid integer NOT NULL,
    orderid integer NOT NULL,
    note character varying(4000) NOT NULL,
    displaytocustomer boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_ordernote_pkey PRIMARY KEY (ordernoteid)
);
CREATE TABLE nopcommerce.nop_productvariant_discount_mapping (
    productvariantid integer NOT NULL,
    discountid integer NOT NULL,
    CONSTRAINT nop_productvariant_discount_mapping_pkey PRIMARY KEY (productvariantid, discountid)
);
CREATE TABLE nopcommerce.nop_productvariantattributecombination (
    productvariantattributecombinationid integer NOT NULL,
    productvariantid integer NOT NULL,
    attributesxml xml NOT NULL,
    stockquantity integer NOT NULL,
    allowoutofstockorders boolean NOT NULL,
    CONSTRAINT nop_productvariantattributecombination_pkey PRIMARY KEY (productvariantattributecombinationid)
);
CREATE TABLE nopcommerce.nop_discountrestriction (
    productvariantid integer NOT NULL,
    discountid integer NOT NULL,
    CONSTRAINT nop_discountrestriction_pkey PRIMARY KEY (productvariantid, discountid)
);
CREATE TABLE nopcommerce.nop_productvariant_pricelist_mapping (
    productvariantpricelistid integer NOT NULL,
    productvariantid integer NOT NULL,
    pricelistid integer NOT NULL,
    priceadjustmenttypeid integer NOT NULL,
    priceadjustment numeric(19,4) NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_productvariant_pricelist_mapping_pkey PRIMARY KEY (productvariantpricelistid)
);
CREATE TABLE nopcommerce.nop_tierprice (
    tierpriceid integer NOT NULL,
    productvariantid integer NOT NULL,
    quantity integer NOT NULL,
    price numeric(19,4) NOT NULL,
    CONSTRAINT nop_tierprice_pkey PRIMARY KEY (tierpriceid)
);
CREATE TABLE nopcommerce.nop_productvariantlocalized (
    productvariantlocalizedid integer NOT NULL,
    productvariantid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(400) NOT NULL,
    description text NOT NULL,
    CONSTRAINT nop_productvariantlocalized_pkey PRIMARY KEY (productvariantlocalizedid)
);
CREATE TABLE nopcommerce.nop_shoppingcartitem (
    shoppingcartitemid integer NOT NULL,
    shoppingcarttypeid integer NOT NULL,
    customersessionguid uuid NOT NULL,
    productvariantid integer NOT NULL,
    attributesxml xml NOT NULL,
    customerenteredprice numeric(19,4) NOT NULL,
    quantity integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_shoppingcartitem_pkey PRIMARY KEY (shoppingcartitemid)
);
CREATE TABLE nopcommerce.nop_crosssellproduct (
    crosssellproductid integer NOT NULL,
    productid1 integer NOT NULL,
    productid2 integer NOT NULL,
    CONSTRAINT nop_crosssellproduct_pkey PRIMARY KEY (crosssellproductid)
);
CREATE TABLE nopcommerce.nop_producttag_product_mapping (
    producttagid integer NOT NULL,
    productid integer NOT NULL,
    CONSTRAINT nop_producttag_product_mapping_pkey PRIMARY KEY (producttagid, productid)
);
CREATE TABLE nopcommerce.nop_productlocalized (
    productlocalizedid integer NOT NULL,
    productid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(400) NOT NULL,
    shortdescription text NOT NULL,
    fulldescription text NOT NULL,
    metakeywords character varying(400) NOT NULL,
    metadescription character varying(4000) NOT NULL,
    metatitle character varying(400) NOT NULL,
    sename character varying(100) NOT NULL,
    CONSTRAINT nop_productlocalized_pkey PRIMARY KEY (productlocalizedid)
);
CREATE TABLE nopcommerce.nop_relatedproduct (
    relatedproductid integer NOT NULL,
    productid1 integer NOT NULL,
    productid2 integer NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_relatedproduct_pkey PRIMARY KEY (relatedproductid)
);
CREATE TABLE nopcommerce.nop_product_category_mapping (
    productcategoryid integer NOT NULL,
    productid integer NOT NULL,
    categoryid integer NOT NULL,
    isfeaturedproduct boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_product_category_mapping_pkey PRIMARY KEY (productcategoryid)
);
CREATE TABLE nopcommerce.nop_productvariant (
    productvariantid integer NOT NULL,
    productid integer NOT NULL,
    name character varying(400) NOT NULL,
    sku character varying(100) NOT NULL,
    description character varying(4000) NOT NULL,
    admincomment character varying(4000) NOT NULL,
    manufacturerpartnumber character varying(100) NOT NULL,
    isgiftcard boolean NOT NULL,
    giftcardtype integer NOT NULL,
    isdownload boolean NOT NULL,
    downloadid integer NOT NULL,
    unlimiteddownloads boolean NOT NULL,
    maxnumberofdownloads integer NOT NULL,
    downloadexpirationdays integer,
    downloadactivationtype integer NOT NULL,
    hassampledownload boolean NOT NULL,
    sampledownloadid integer NOT NULL,
    hasuseragreement boolean NOT NULL,
    useragreementtext text NOT NULL,
    isrecurring boolean NOT NULL,
    cyclelength integer NOT NULL,
    cycleperiod integer NOT NULL,
    totalcycles integer NOT NULL,
    isshipenabled boolean NOT NULL,
    isfreeshipping boolean NOT NULL,
    additionalshippingcharge numeric(19,4) NOT NULL,
    istaxexempt boolean NOT NULL,
    taxcategoryid integer NOT NULL,
    manageinventory integer NOT NULL,
    stockquantity integer NOT NULL,
    displaystockavailability boolean NOT NULL,
    displaystockquantity boolean NOT NULL,
    minstockquantity integer NOT NULL,
    lowstockactivityid integer NOT NULL,
    notifyadminforquantitybelow integer NOT NULL,
    backorders integer NOT NULL,
    orderminimumquantity integer NOT NULL,
    ordermaximumquantity integer NOT NULL,
    warehouseid integer NOT NULL,
    disablebuybutton boolean NOT NULL,
    callforprice boolean NOT NULL,
    price numeric(19,4) NOT NULL,
    oldprice numeric(19,4) NOT NULL,
    productcost numeric(19,4) NOT NULL,
    customerentersprice boolean NOT NULL,
    minimumcustomerenteredprice numeric(19,4) NOT NULL,
    maximumcustomerenteredprice numeric(19,4) NOT NULL,
    weight numeric(18,4) NOT NULL,
    length numeric(18,4) NOT NULL,
    width numeric(18,4) NOT NULL,
    height numeric(18,4) NOT NULL,
    pictureid integer NOT NULL,
    availablestartdatetime timestamp without time zone,
    availableenddatetime timestamp without time zone,
    published boolean NOT NULL,
    deleted boolean NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_productvariant_pkey PRIMARY KEY (productvariantid)
);
CREATE TABLE nopcommerce.nop_productpicture (
    productpictureid integer NOT NULL,
    productid integer NOT NULL,
    pictureid integer NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_productpicture_pkey PRIMARY KEY (productpictureid)
);
CREATE TABLE nopcommerce.nop_product_manufacturer_mapping (
    productmanufacturerid integer NOT NULL,
    productid integer NOT NULL,
    manufacturerid integer NOT NULL,
    isfeaturedproduct boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_product_manufacturer_mapping_pkey PRIMARY KEY (productmanufacturerid)
);
CREATE TABLE nopcommerce.nop_manufacturerlocalized (
    manufacturerlocalizedid integer NOT NULL,
    manufacturerid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(400) NOT NULL,
    description text NOT NULL,
    metakeywords character varying(400) NOT NULL,
    metadescription character varying(4000) NOT NULL,
    metatitle character varying(400) NOT NULL,
    sename character varying(100) NOT NULL,
    CONSTRAINT nop_manufacturerlocalized_pkey PRIMARY KEY (manufacturerlocalizedid)
);
CREATE TABLE nopcommerce.nop_shippingbytotal (
    shippingbytotalid integer NOT NULL,
    shippingmethodid integer NOT NULL,
    "from" numeric(18,2) NOT NULL,
    "to" numeric(18,2) NOT NULL,
    usepercentage boolean NOT NULL,
    shippingchargepercentage numeric(18,2) NOT NULL,
    shippingchargeamount numeric(18,2) NOT NULL,
    CONSTRAINT nop_shippingbytotal_pkey PRIMARY KEY (shippingbytotalid)
);
CREATE TABLE nopcommerce.nop_shippingbyweight (
    shippingbyweightid integer NOT NULL,
    shippingmethodid integer NOT NULL,
    "from" numeric(18,2) NOT NULL,
    "to" numeric(18,2) NOT NULL,
    usepercentage boolean NOT NULL,
    shippingchargepercentage numeric(18,2) NOT NULL,
    shippingchargeamount numeric(18,2) NOT NULL,
    CONSTRAINT nop_shippingbyweight_pkey PRIMARY KEY (shippingbyweightid)
);
CREATE TABLE nopcommerce.nop_product (
    productid integer NOT NULL,
    name character varying(400) NOT NULL,
    shortdescription text NOT NULL,
    fulldescription text NOT NULL,
    admincomment text NOT NULL,
    templateid integer NOT NULL,
    showonhomepage boolean NOT NULL,
    metakeywords character varying(400) NOT NULL,
    metadescription character varying(4000) NOT NULL,
    metatitle character varying(400) NOT NULL,
    sename character varying(100) NOT NULL,
    allowcustomerreviews boolean NOT NULL,
    allowcustomerratings boolean NOT NULL,
    ratingsum integer NOT NULL,
    totalratingvotes integer NOT NULL,
    published boolean NOT NULL,
    deleted boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_product_pkey PRIMARY KEY (productid)
);
CREATE TABLE nopcommerce.nop_categorylocalized (
    categorylocalizedid integer NOT NULL,
    categoryid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(400) NOT NULL,
    description text NOT NULL,
    metakeywords character varying(400) NOT NULL,
    metadescription character varying(4000) NOT NULL,
    metatitle character varying(400) NOT NULL,
    sename character varying(100) NOT NULL,
    CONSTRAINT nop_categorylocalized_pkey PRIMARY KEY (categorylocalizedid)
);
CREATE TABLE nopcommerce.nop_category_discount_mapping (
    categoryid integer NOT NULL,
    discountid integer NOT NULL,
    CONSTRAINT nop_category_discount_mapping_pkey PRIMARY KEY (categoryid, discountid)
);
CREATE TABLE nopcommerce.nop_manufacturer (
    manufacturerid integer NOT NULL,
    name character varying(400) NOT NULL,
    description text NOT NULL,
    templateid integer NOT NULL,
    metakeywords character varying(400) NOT NULL,
    metadescription character varying(4000) NOT NULL,
    metatitle character varying(400) NOT NULL,
    sename character varying(100) NOT NULL,
    pictureid integer NOT NULL,
    pagesize integer NOT NULL,
    priceranges character varying(400) NOT NULL,
    published boolean NOT NULL,
    deleted boolean NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_manufacturer_pkey PRIMARY KEY (manufacturerid)
);
CREATE TABLE nopcommerce.nop_category (
    categoryid integer NOT NULL,
    name character varying(400) NOT NULL,
    description text NOT NULL,
    templateid integer NOT NULL,
    metakeywords character varying(400) NOT NULL,
    metadescription character varying(4000) NOT NULL,
    metatitle character varying(400) NOT NULL,
    sename character varying(100) NOT NULL,
    parentcategoryid integer NOT NULL,
    pictureid integer NOT NULL,
    pagesize integer NOT NULL,
    priceranges character varying(400) NOT NULL,
    showonhomepage boolean NOT NULL,
    published boolean NOT NULL,
    deleted boolean NOT NULL,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_category_pkey PRIMARY KEY (categoryid)
);
CREATE TABLE nopcommerce.nop_topiclocalized (
    topiclocalizedid integer NOT NULL,
    topicid integer NOT NULL,
    languageid integer NOT NULL,
    title character varying(200) NOT NULL,
    body text NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    metatitle character varying(400) NOT NULL,
    metakeywords character varying(400) NOT NULL,
    metadescription character varying(4000) NOT NULL,
    CONSTRAINT nop_topiclocalized_pkey PRIMARY KEY (topiclocalizedid)
);
CREATE TABLE nopcommerce.nop_forums_forum (
    forumid integer NOT NULL,
    forumgroupid integer NOT NULL,
    name character varying(200) NOT NULL,
    description text,
    numtopics integer NOT NULL,
    numposts integer NOT NULL,
    lasttopicid integer NOT NULL,
    lastpostid integer NOT NULL,
    lastpostuserid integer NOT NULL,
    lastposttime timestamp without time zone,
    displayorder integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_forums_forum_pkey PRIMARY KEY (forumid)
);
CREATE TABLE nopcommerce.nop_forums_topic (
    topicid integer NOT NULL,
    forumid integer NOT NULL,
    userid integer NOT NULL,
    topictypeid integer NOT NULL,
    subject character varying(450) NOT NULL,
    numposts integer NOT NULL,
    views integer NOT NULL,
    lastpostid integer NOT NULL,
    lastpostuserid integer NOT NULL,
    lastposttime timestamp without time zone,
    createdon timestamp without time zone NOT NULL,
    updatedon timestamp without time zone NOT NULL,
    CONSTRAINT nop_forums_topic_pkey PRIMARY KEY (topicid)
);
CREATE TABLE nopcommerce.nop_productreviewhelpfulness (
    productreviewhelpfulnessid integer NOT NULL,
    productreviewid integer NOT NULL,
    customerid integer NOT NULL,
    washelpful boolean NOT NULL,
    CONSTRAINT nop_productreviewhelpfulness_pkey PRIMARY KEY (productreviewhelpfulnessid)
);
CREATE TABLE nopcommerce.nop_poll (
    pollid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(400) NOT NULL,
    systemkeyword character varying(400) NOT NULL,
    published boolean NOT NULL,
    showonhomepage boolean NOT NULL,
    displayorder integer NOT NULL,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    CONSTRAINT nop_poll_pkey PRIMARY KEY (pollid)
);
CREATE TABLE nopcommerce.nop_news (
    newsid integer NOT NULL,
    languageid integer NOT NULL,
    title character varying(1000) NOT NULL,
    short character varying(4000) NOT NULL,
    "full" text NOT NULL,
    published boolean NOT NULL,
    allowcomments boolean NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_news_pkey PRIMARY KEY (newsid)
);
CREATE TABLE nopcommerce.nop_localestringresource (
    localestringresourceid integer NOT NULL,
    languageid integer NOT NULL,
    resourcename character varying(200) NOT NULL,
    resourcevalue text NOT NULL,
    CONSTRAINT nop_localestringresource_pkey PRIMARY KEY (localestringresourceid)
);
CREATE TABLE nopcommerce.nop_specificationattributelocalized (
    specificationattributelocalizedid integer NOT NULL,
    specificationattributeid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(100) NOT NULL,
    CONSTRAINT nop_specificationattributelocalized_pkey PRIMARY KEY (specificationattributelocalizedid)
);
CREATE TABLE nopcommerce.nop_checkoutattributelocalized (
    checkoutattributelocalizedid integer NOT NULL,
    checkoutattributeid integer NOT NULL,
    languageid integer NOT NULL,
    name character varying(100) NOT NULL,
    textprompt character varying(300) NOT NULL,
    CONSTRAINT nop_checkoutattributelocalized_pkey PRIMARY KEY (checkoutattributelocalizedid)
);
CREATE TABLE nopcommerce.nop_pollanswer (
    pollanswerid integer NOT NULL,
    pollid integer NOT NULL,
    name character varying(400) NOT NULL,
    count integer NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_pollanswer_pkey PRIMARY KEY (pollanswerid)
);
CREATE TABLE nopcommerce.nop_recurringpaymenthistory (
    recurringpaymenthistoryid integer NOT NULL,
    recurringpaymentid integer NOT NULL,
    orderid integer NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_recurringpaymenthistory_pkey PRIMARY KEY (recurringpaymenthistoryid)
);
CREATE TABLE nopcommerce.nop_specificationattributeoption (
    specificationattributeoptionid integer NOT NULL,
    specificationattributeid integer NOT NULL,
    name character varying(500) NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_specificationattributeoption_pkey PRIMARY KEY (specificationattributeoptionid)
);
CREATE TABLE nopcommerce.nop_newscomment (
    newscommentid integer NOT NULL,
    newsid integer NOT NULL,
    customerid integer NOT NULL,
    ipaddress character varying(100) NOT NULL,
    title character varying(1000) NOT NULL,
    comment text NOT NULL,
    createdon timestamp without time zone NOT NULL,
    CONSTRAINT nop_newscomment_pkey PRIMARY KEY (newscommentid)
);
CREATE TABLE nopcommerce.nop_checkoutattributevalue (
    checkoutattributevalueid integer NOT NULL,
    checkoutattributeid integer NOT NULL,
    name character varying(100) NOT NULL,
    priceadjustment numeric(19,4) NOT NULL,
    weightadjustment numeric(18,4) NOT NULL,
    ispreselected boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_checkoutattributevalue_pkey PRIMARY KEY (checkoutattributevalueid)
);
CREATE TABLE nopcommerce.nop_productvariantattributevalue (
    productvariantattributevalueid integer NOT NULL,
    productvariantattributeid integer NOT NULL,
    name character varying(100) NOT NULL,
    priceadjustment numeric(19,4) NOT NULL,
    weightadjustment numeric(18,4) NOT NULL,
    ispreselected boolean NOT NULL,
    displayorder integer NOT NULL,
    CONSTRAINT nop_productvariantattributevalue_pkey PRIMARY KEY (productvariantattributevalueid)
);
ALTER TABLE nopcommerce.nop_acl ADD CONSTRAINT fk_nop_acl_nop_customeraction FOREIGN KEY (customeractionid) REFERENCES nopcommerce.nop_customeraction(customeractionid);
ALTER TABLE nopcommerce.nop_acl ADD CONSTRAINT fk_nop_acl_nop_customerrole FOREIGN KEY (customerroleid) REFERENCES nopcommerce.nop_customerrole(customerroleid);
ALTER TABLE nopcommerce.nop_aclperobject ADD CONSTRAINT fk_nop_aclperobject_nop_customerrole FOREIGN KEY (customerroleid) REFERENCES nopcommerce.nop_customerrole(customerroleid);
ALTER TABLE nopcommerce.nop_activitylog ADD CONSTRAINT fk_nop_activitylog_nop_activitylogtype FOREIGN KEY (activitylogtypeid) REFERENCES nopcommerce.nop_activitylogtype(activitylogtypeid);
ALTER TABLE nopcommerce.nop_activitylog ADD CONSTRAINT fk_nop_activitylog_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_address ADD CONSTRAINT fk_nop_address_nop_customer1 FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_blogcomment ADD CONSTRAINT fk_nop_blogcomment_nop_blogpost FOREIGN KEY (blogpostid) REFERENCES nopcommerce.nop_blogpost(blogpostid);
ALTER TABLE nopcommerce.nop_blogpost ADD CONSTRAINT fk_nop_blogpost_nop_customer FOREIGN KEY (createdbyid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_blogpost ADD CONSTRAINT fk_nop_blogpost_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_category ADD CONSTRAINT fk_nop_category_nop_categorytemplate FOREIGN KEY (templateid) REFERENCES nopcommerce.nop_categorytemplate(categorytemplateid);
ALTER TABLE nopcommerce.nop_category_discount_mapping ADD CONSTRAINT fk_nop_category_discount_mapping_nop_category FOREIGN KEY (categoryid) REFERENCES nopcommerce.nop_category(categoryid);
ALTER TABLE nopcommerce.nop_category_discount_mapping ADD CONSTRAINT fk_nop_category_discount_mapping_nop_discount FOREIGN KEY (discountid) REFERENCES nopcommerce.nop_discount(discountid);
ALTER TABLE nopcommerce.nop_categorylocalized ADD CONSTRAINT fk_nop_categorylocalized_nop_category FOREIGN KEY (categoryid) REFERENCES nopcommerce.nop_category(categoryid);
ALTER TABLE nopcommerce.nop_categorylocalized ADD CONSTRAINT fk_nop_categorylocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_checkoutattributelocalized ADD CONSTRAINT fk_nop_checkoutattributelocalized_nop_checkoutattribute FOREIGN KEY (checkoutattributeid) REFERENCES nopcommerce.nop_checkoutattribute(checkoutattributeid);
ALTER TABLE nopcommerce.nop_checkoutattributelocalized ADD CONSTRAINT fk_nop_checkoutattributelocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_checkoutattributevalue ADD CONSTRAINT fk_nop_checkoutattributevalue_nop_checkoutattribute FOREIGN KEY (checkoutattributeid) REFERENCES nopcommerce.nop_checkoutattribute(checkoutattributeid);
ALTER TABLE nopcommerce.nop_checkoutattributevaluelocalized ADD CONSTRAINT fk_nop_checkoutattributevaluelocalized_nop_checkoutattributevalue FOREIGN KEY (checkoutattributevalueid) REFERENCES nopcommerce.nop_checkoutattributevalue(checkoutattributevalueid);
ALTER TABLE nopcommerce.nop_checkoutattributevaluelocalized ADD CONSTRAINT fk_nop_checkoutattributevaluelocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_crosssellproduct ADD CONSTRAINT fk_nop_crosssellproduct_nop_product FOREIGN KEY (productid1) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_customer_customerrole_mapping ADD CONSTRAINT fk_nop_customer_customerrole_mapping_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_customer_customerrole_mapping ADD CONSTRAINT fk_nop_customer_customerrole_mapping_nop_customerrole FOREIGN KEY (customerroleid) REFERENCES nopcommerce.nop_customerrole(customerroleid);
ALTER TABLE nopcommerce.nop_customerattribute ADD CONSTRAINT fk_nop_customerattribute_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_customerrole_discount_mapping ADD CONSTRAINT fk_nop_customerrole_discount_mapping_nop_customerrole FOREIGN KEY (customerroleid) REFERENCES nopcommerce.nop_customerrole(customerroleid);
ALTER TABLE nopcommerce.nop_customerrole_discount_mapping ADD CONSTRAINT fk_nop_customerrole_discount_mapping_nop_discount FOREIGN KEY (discountid) REFERENCES nopcommerce.nop_discount(discountid);
ALTER TABLE nopcommerce.nop_customerrole_productprice ADD CONSTRAINT fk_nop_customerrole_productprice_nop_customerrole FOREIGN KEY (customerroleid) REFERENCES nopcommerce.nop_customerrole(customerroleid);
ALTER TABLE nopcommerce.nop_customerrole_productprice ADD CONSTRAINT fk_nop_customerrole_productprice_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_discountrestriction ADD CONSTRAINT fk_nop_discountrestriction_nop_discount FOREIGN KEY (discountid) REFERENCES nopcommerce.nop_discount(discountid);
ALTER TABLE nopcommerce.nop_discountrestriction ADD CONSTRAINT fk_nop_discountrestriction_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_discountusagehistory ADD CONSTRAINT fk_nop_discountusagehistory_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_discountusagehistory ADD CONSTRAINT fk_nop_discountusagehistory_nop_discount FOREIGN KEY (discountid) REFERENCES nopcommerce.nop_discount(discountid);
ALTER TABLE nopcommerce.nop_discountusagehistory ADD CONSTRAINT fk_nop_discountusagehistory_nop_order FOREIGN KEY (orderid) REFERENCES nopcommerce.nop_order(orderid);
ALTER TABLE nopcommerce.nop_forums_forum ADD CONSTRAINT fk_nop_forums_forum_nop_forums_group FOREIGN KEY (forumgroupid) REFERENCES nopcommerce.nop_forums_group(forumgroupid);
ALTER TABLE nopcommerce.nop_forums_post ADD CONSTRAINT fk_nop_forums_post_nop_forums_topic FOREIGN KEY (topicid) REFERENCES nopcommerce.nop_forums_topic(topicid);
ALTER TABLE nopcommerce.nop_forums_topic ADD CONSTRAINT fk_nop_forums_topic_nop_forums_forum FOREIGN KEY (forumid) REFERENCES nopcommerce.nop_forums_forum(forumid);
ALTER TABLE nopcommerce.nop_giftcard ADD CONSTRAINT fk_nop_giftcard_nop_orderproductvariant FOREIGN KEY (purchasedorderproductvariantid) REFERENCES nopcommerce.nop_orderproductvariant(orderproductvariantid);
ALTER TABLE nopcommerce.nop_giftcardusagehistory ADD CONSTRAINT fk_nop_giftcardusagehistory_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_giftcardusagehistory ADD CONSTRAINT fk_nop_giftcardusagehistory_nop_giftcard FOREIGN KEY (giftcardid) REFERENCES nopcommerce.nop_giftcard(giftcardid);
ALTER TABLE nopcommerce.nop_localestringresource ADD CONSTRAINT fk_nop_localestringresource_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_manufacturer ADD CONSTRAINT fk_nop_manufacturer_nop_manufacturertemplate FOREIGN KEY (templateid) REFERENCES nopcommerce.nop_manufacturertemplate(manufacturertemplateid);
ALTER TABLE nopcommerce.nop_manufacturerlocalized ADD CONSTRAINT fk_nop_manufacturerlocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_manufacturerlocalized ADD CONSTRAINT fk_nop_manufacturerlocalized_nop_manufacturer FOREIGN KEY (manufacturerid) REFERENCES nopcommerce.nop_manufacturer(manufacturerid);
ALTER TABLE nopcommerce.nop_messagetemplatelocalized ADD CONSTRAINT fk_nop_messagetemplatelocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_messagetemplatelocalized ADD CONSTRAINT fk_nop_messagetemplatelocalized_nop_messagetemplate FOREIGN KEY (messagetemplateid) REFERENCES nopcommerce.nop_messagetemplate(messagetemplateid);
ALTER TABLE nopcommerce.nop_news ADD CONSTRAINT fk_nop_news_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_newscomment ADD CONSTRAINT fk_nop_newscomment_nop_news FOREIGN KEY (newsid) REFERENCES nopcommerce.nop_news(newsid);
ALTER TABLE nopcommerce.nop_ordernote ADD CONSTRAINT fk_nop_ordernote_nop_order FOREIGN KEY (orderid) REFERENCES nopcommerce.nop_order(orderid);
ALTER TABLE nopcommerce.nop_orderproductvariant ADD CONSTRAINT fk_nop_orderproductvariant_nop_order FOREIGN KEY (orderid) REFERENCES nopcommerce.nop_order(orderid);
ALTER TABLE nopcommerce.nop_orderproductvariant ADD CONSTRAINT fk_nop_orderproductvariant_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_paymentmethod_restrictedcountries ADD CONSTRAINT fk_nop_paymentmethod_restrictedcountries_nop_country FOREIGN KEY (countryid) REFERENCES nopcommerce.nop_country(countryid);
ALTER TABLE nopcommerce.nop_paymentmethod_restrictedcountries ADD CONSTRAINT fk_nop_paymentmethod_restrictedcountries_nop_paymentmethod FOREIGN KEY (paymentmethodid) REFERENCES nopcommerce.nop_paymentmethod(paymentmethodid);
ALTER TABLE nopcommerce.nop_poll ADD CONSTRAINT fk_nop_poll_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_pollanswer ADD CONSTRAINT fk_nop_pollanswer_nop_poll FOREIGN KEY (pollid) REFERENCES nopcommerce.nop_poll(pollid);
ALTER TABLE nopcommerce.nop_pollvotingrecord ADD CONSTRAINT fk_nop_pollvotingrecord_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_pollvotingrecord ADD CONSTRAINT fk_nop_pollvotingrecord_nop_pollanswer FOREIGN KEY (pollanswerid) REFERENCES nopcommerce.nop_pollanswer(pollanswerid);
ALTER TABLE nopcommerce.nop_product ADD CONSTRAINT fk_nop_product_nop_producttemplate FOREIGN KEY (templateid) REFERENCES nopcommerce.nop_producttemplate(producttemplateid);
ALTER TABLE nopcommerce.nop_product_category_mapping ADD CONSTRAINT fk_nop_product_category_mapping_nop_category1 FOREIGN KEY (categoryid) REFERENCES nopcommerce.nop_category(categoryid);
ALTER TABLE nopcommerce.nop_product_category_mapping ADD CONSTRAINT fk_nop_product_category_mapping_nop_product1 FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_product_manufacturer_mapping ADD CONSTRAINT fk_nop_product_manufacturer_mapping_nop_manufacturer1 FOREIGN KEY (manufacturerid) REFERENCES nopcommerce.nop_manufacturer(manufacturerid);
ALTER TABLE nopcommerce.nop_product_manufacturer_mapping ADD CONSTRAINT fk_nop_product_manufacturer_mapping_nop_product1 FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_product_specificationattribute_mapping ADD CONSTRAINT fk_nop_product_specificationattribute_mapping_nop_product FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_product_specificationattribute_mapping ADD CONSTRAINT fk_nop_product_specificationattribute_mapping_nop_specificationattributeoption FOREIGN KEY (specificationattributeoptionid) REFERENCES nopcommerce.nop_specificationattributeoption(specificationattributeoptionid);
ALTER TABLE nopcommerce.nop_productattributelocalized ADD CONSTRAINT fk_nop_productattributelocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_productattributelocalized ADD CONSTRAINT fk_nop_productattributelocalized_nop_productattribute FOREIGN KEY (productattributeid) REFERENCES nopcommerce.nop_productattribute(productattributeid);
ALTER TABLE nopcommerce.nop_productlocalized ADD CONSTRAINT fk_nop_productlocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_productlocalized ADD CONSTRAINT fk_nop_productlocalized_nop_product FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_productpicture ADD CONSTRAINT fk_nop_productpicture_nop_picture FOREIGN KEY (pictureid) REFERENCES nopcommerce.nop_picture(pictureid);
ALTER TABLE nopcommerce.nop_productpicture ADD CONSTRAINT fk_nop_productpicture_nop_product FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_productrating ADD CONSTRAINT fk_nop_productrating_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_productrating ADD CONSTRAINT fk_nop_productrating_nop_product FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_productreview ADD CONSTRAINT fk_nop_productreview_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_productreview ADD CONSTRAINT fk_nop_productreview_nop_product1 FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_productreviewhelpfulness ADD CONSTRAINT fk_nop_productreviewhelpfulness_nop_productreview FOREIGN KEY (productreviewid) REFERENCES nopcommerce.nop_productreview(productreviewid);
ALTER TABLE nopcommerce.nop_producttag_product_mapping ADD CONSTRAINT fk_nop_producttag_product_mapping_nop_product FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_producttag_product_mapping ADD CONSTRAINT fk_nop_producttag_product_mapping_nop_producttag FOREIGN KEY (producttagid) REFERENCES nopcommerce.nop_producttag(producttagid);
ALTER TABLE nopcommerce.nop_productvariant ADD CONSTRAINT fk_nop_productvariant_nop_product1 FOREIGN KEY (productid) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_productvariant_discount_mapping ADD CONSTRAINT fk_nop_productvariant_discount_mapping_nop_discount FOREIGN KEY (discountid) REFERENCES nopcommerce.nop_discount(discountid);
ALTER TABLE nopcommerce.nop_productvariant_discount_mapping ADD CONSTRAINT fk_nop_productvariant_discount_mapping_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_productvariant_pricelist_mapping ADD CONSTRAINT fk_nop_productvariant_pricelist_mapping_nop_pricelist FOREIGN KEY (pricelistid) REFERENCES nopcommerce.nop_pricelist(pricelistid);
ALTER TABLE nopcommerce.nop_productvariant_pricelist_mapping ADD CONSTRAINT fk_nop_productvariant_pricelist_mapping_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_productvariant_productattribute_mapping ADD CONSTRAINT fk_nop_productvariant_productattribute_mapping_nop_productattribute FOREIGN KEY (productattributeid) REFERENCES nopcommerce.nop_productattribute(productattributeid);
ALTER TABLE nopcommerce.nop_productvariant_productattribute_mapping ADD CONSTRAINT fk_nop_productvariant_productattribute_mapping_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_productvariantattributecombination ADD CONSTRAINT fk_nop_productvariantattributecombination_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_productvariantattributevalue ADD CONSTRAINT fk_nop_productvariantattributevalue_nop_productvariant_productattribute_mapping FOREIGN KEY (productvariantattributeid) REFERENCES nopcommerce.nop_productvariant_productattribute_mapping(productvariantattributeid);
ALTER TABLE nopcommerce.nop_productvariantattributevaluelocalized ADD CONSTRAINT fk_nop_productvariantattributevaluelocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_productvariantattributevaluelocalized ADD CONSTRAINT fk_nop_productvariantattributevaluelocalized_nop_productvariantattributevalue FOREIGN KEY (productvariantattributevalueid) REFERENCES nopcommerce.nop_productvariantattributevalue(productvariantattributevalueid);
ALTER TABLE nopcommerce.nop_productvariantlocalized ADD CONSTRAINT fk_nop_productvariantlocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_productvariantlocalized ADD CONSTRAINT fk_nop_productvariantlocalized_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_recurringpaymenthistory ADD CONSTRAINT fk_nop_recurringpaymenthistory_nop_recurringpayment FOREIGN KEY (recurringpaymentid) REFERENCES nopcommerce.nop_recurringpayment(recurringpaymentid);
ALTER TABLE nopcommerce.nop_relatedproduct ADD CONSTRAINT fk_nop_relatedproduct_nop_product FOREIGN KEY (productid1) REFERENCES nopcommerce.nop_product(productid);
ALTER TABLE nopcommerce.nop_returnrequest ADD CONSTRAINT fk_nop_returnrequest_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_returnrequest ADD CONSTRAINT fk_nop_returnrequest_nop_orderproductvariant FOREIGN KEY (orderproductvariantid) REFERENCES nopcommerce.nop_orderproductvariant(orderproductvariantid);
ALTER TABLE nopcommerce.nop_rewardpointshistory ADD CONSTRAINT fk_nop_rewardpointshistory_nop_customer FOREIGN KEY (customerid) REFERENCES nopcommerce.nop_customer(customerid);
ALTER TABLE nopcommerce.nop_shippingbytotal ADD CONSTRAINT fk_nop_shippingbytotal_nop_shippingmethod FOREIGN KEY (shippingmethodid) REFERENCES nopcommerce.nop_shippingmethod(shippingmethodid);
ALTER TABLE nopcommerce.nop_shippingbyweight ADD CONSTRAINT fk_nop_shippingbyweight_nop_shippingmethod FOREIGN KEY (shippingmethodid) REFERENCES nopcommerce.nop_shippingmethod(shippingmethodid);
ALTER TABLE nopcommerce.nop_shippingbyweightandcountry ADD CONSTRAINT fk_nop_shippingbyweightandcountry_nop_country FOREIGN KEY (countryid) REFERENCES nopcommerce.nop_country(countryid);
ALTER TABLE nopcommerce.nop_shippingbyweightandcountry ADD CONSTRAINT fk_nop_shippingbyweightandcountry_nop_shippingmethod FOREIGN KEY (shippingmethodid) REFERENCES nopcommerce.nop_shippingmethod(shippingmethodid);
ALTER TABLE nopcommerce.nop_shippingmethod_restrictedcountries ADD CONSTRAINT fk_nop_shippingmethod_restrictedcountries_nop_country FOREIGN KEY (countryid) REFERENCES nopcommerce.nop_country(countryid);
ALTER TABLE nopcommerce.nop_shippingmethod_restrictedcountries ADD CONSTRAINT fk_nop_shippingmethod_restrictedcountries_nop_shippingmethod FOREIGN KEY (shippingmethodid) REFERENCES nopcommerce.nop_shippingmethod(shippingmethodid);
ALTER TABLE nopcommerce.nop_shoppingcartitem ADD CONSTRAINT fk_nop_shoppingcart_nop_customersession FOREIGN KEY (customersessionguid) REFERENCES nopcommerce.nop_customersession(customersessionguid);
ALTER TABLE nopcommerce.nop_shoppingcartitem ADD CONSTRAINT fk_nop_shoppingcart_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_specificationattributelocalized ADD CONSTRAINT fk_nop_specificationattributelocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_specificationattributelocalized ADD CONSTRAINT fk_nop_specificationattributelocalized_nop_specificationattribute FOREIGN KEY (specificationattributeid) REFERENCES nopcommerce.nop_specificationattribute(specificationattributeid);
ALTER TABLE nopcommerce.nop_specificationattributeoption ADD CONSTRAINT fk_nop_specificationattributeoption_nop_specificationattribute FOREIGN KEY (specificationattributeid) REFERENCES nopcommerce.nop_specificationattribute(specificationattributeid);
ALTER TABLE nopcommerce.nop_specificationattributeoptionlocalized ADD CONSTRAINT fk_nop_specificationattributeoptionlocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_specificationattributeoptionlocalized ADD CONSTRAINT fk_nop_specificationattributeoptionlocalized_nop_specificationattributeoption FOREIGN KEY (specificationattributeoptionid) REFERENCES nopcommerce.nop_specificationattributeoption(specificationattributeoptionid);
ALTER TABLE nopcommerce.nop_stateprovince ADD CONSTRAINT fk_nop_stateprovince_nop_country FOREIGN KEY (countryid) REFERENCES nopcommerce.nop_country(countryid);
ALTER TABLE nopcommerce.nop_taxrate ADD CONSTRAINT fk_nop_taxrate_nop_country FOREIGN KEY (countryid) REFERENCES nopcommerce.nop_country(countryid);
ALTER TABLE nopcommerce.nop_taxrate ADD CONSTRAINT fk_nop_taxrate_nop_taxcategory FOREIGN KEY (taxcategoryid) REFERENCES nopcommerce.nop_taxcategory(taxcategoryid);
ALTER TABLE nopcommerce.nop_tierprice ADD CONSTRAINT fk_nop_tierprice_nop_productvariant FOREIGN KEY (productvariantid) REFERENCES nopcommerce.nop_productvariant(productvariantid);
ALTER TABLE nopcommerce.nop_topiclocalized ADD CONSTRAINT fk_nop_topiclocalized_nop_language FOREIGN KEY (languageid) REFERENCES nopcommerce.nop_language(languageid);
ALTER TABLE nopcommerce.nop_topiclocalized ADD CONSTRAINT fk_nop_topiclocalized_nop_topic FOREIGN KEY (topicid) REFERENCES nopcommerce.nop_topic(topicid);
