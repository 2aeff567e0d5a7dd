-- webERP 4.10.1, the web-based accounting and business-management suite (general ledger with account sections,
-- groups, chart of accounts, periods, budgets and tags; customers (debtorsmaster) with branches, contacts, notes,
-- types, transactions, allocations and taxes; sales orders and their lines, recurring orders, picking lists,
-- salespeople, sales areas, sales types and price lists, discounts, sales analysis; suppliers with contacts,
-- transactions, allocations, purchasing data, purchase orders and authorisations, goods received, shipments and
-- their charges, tenders and offers; stock items, categories and their properties, locations, stock levels, stock
-- movements, serial and batch items, transfers, stock counts, internal stock requests; bills of materials, work
-- centres, work orders and their requirements, MRP demands, calendar and planned orders; contracts; fixed assets;
-- petty cash tabs and expenses; bank accounts and bank transactions; currencies, tax authorities, groups and
-- provinces, payment terms and methods, shippers and freight costs; users, security roles and tokens; audit trail,
-- report writer, labels and EDI), as its install script declares it: sql/mysql/weberp-new.sql (a mysqldump of the
-- "weberpdemo" database, VersionNumber 4.10.1) of github.com/fishbaoz/webERP, a copy of the webERP project's
-- repository (github.com/timschofield/webERP) at commit 4083dd7 (June 2013); webERP is GPL-2.0 (doc/LICENSE.txt);
-- we use the schema's facts. Its MySQL CREATE TABLE statements were turned into PostgreSQL by a one-off script: all
-- 133 tables with their columns and NOT NULL, the primary keys of 126 tables (7 have none in the source), 158 of
-- the 159 declared foreign keys, the one table comment and 17 column comments the source has; schema weberp;
-- tinyint -> smallint, int -> integer, bigint kept, double -> double precision, float -> real, decimal -> numeric,
-- varchar/char kept, enum -> character varying of its longest value, text kinds -> text, blobs -> bytea,
-- datetime/timestamp -> timestamp(0); the column named current quoted. Left out: defaults, AUTO_INCREMENT,
-- engines, indexes and the 6 unique keys, all INSERTed rows (demo company, config, scripts, security tokens), and
-- the foreign key stockserialmoves (stockid, serialno) -> stockserialitems (stockid, serialno), which points at
-- only part of that table's primary key (MySQL allows it, PostgreSQL does not). See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS weberp;
CREATE TABLE weberp.accountgroups (
    groupname character(30) NOT NULL,
    sectioninaccounts integer NOT NULL,
    pandl smallint NOT NULL,
    sequenceintb smallint NOT NULL,
    parentgroupname character varying(30) NOT NULL,
    PRIMARY KEY (groupname)
);
CREATE TABLE weberp.accountsection (
    sectionid integer NOT NULL,
    sectionname text NOT NULL,
    PRIMARY KEY (sectionid)
);
CREATE TABLE weberp.areas (
    areacode character(3) NOT NULL,
    areadescription character varying(25) NOT NULL,
    PRIMARY KEY (areacode)
);
CREATE TABLE weberp.assetmanager (
    id integer NOT NULL,
    stockid character varying(20) NOT NULL,
    serialno character varying(30) NOT NULL,
    location character varying(15) NOT NULL,
    cost double precision NOT NULL,
    depn double precision NOT NULL,
    datepurchased date NOT NULL,
    disposalvalue integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.audittrail (
    transactiondate timestamp(0) without time zone NOT NULL,
    userid character varying(20) NOT NULL,
    querystring text
);
CREATE TABLE weberp.bankaccounts (
    accountcode character varying(20) NOT NULL,
    currcode character(3) NOT NULL,
    invoice smallint NOT NULL,
    bankaccountcode character varying(50) NOT NULL,
    bankaccountname character(50) NOT NULL,
    bankaccountnumber character(50) NOT NULL,
    bankaddress character(50),
    PRIMARY KEY (accountcode)
);
CREATE TABLE weberp.banktrans (
    banktransid bigint NOT NULL,
    type smallint NOT NULL,
    transno bigint NOT NULL,
    bankact character varying(20) NOT NULL,
    ref character varying(50) NOT NULL,
    amountcleared double precision NOT NULL,
    exrate double precision NOT NULL,
    functionalexrate double precision NOT NULL,
    transdate date NOT NULL,
    banktranstype character varying(30) NOT NULL,
    amount double precision NOT NULL,
    currcode character(3) NOT NULL,
    PRIMARY KEY (banktransid)
);
CREATE TABLE weberp.bom (
    parent character(20) NOT NULL,
    component character(20) NOT NULL,
    workcentreadded character(5) NOT NULL,
    loccode character(5) NOT NULL,
    effectiveafter date NOT NULL,
    effectiveto date NOT NULL,
    quantity double precision NOT NULL,
    autoissue smallint NOT NULL,
    PRIMARY KEY (parent, component, workcentreadded, loccode)
);
CREATE TABLE weberp.chartdetails (
    accountcode character varying(20) NOT NULL,
    period smallint NOT NULL,
    budget double precision NOT NULL,
    actual double precision NOT NULL,
    bfwd double precision NOT NULL,
    bfwdbudget double precision NOT NULL,
    PRIMARY KEY (accountcode, period)
);
CREATE TABLE weberp.chartmaster (
    accountcode character varying(20) NOT NULL,
    accountname character(50) NOT NULL,
    group_ character(30) NOT NULL,
    PRIMARY KEY (accountcode)
);
CREATE TABLE weberp.cogsglpostings (
    id integer NOT NULL,
    area character(3) NOT NULL,
    stkcat character varying(6) NOT NULL,
    glcode integer NOT NULL,
    salestype character(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.companies (
    coycode integer NOT NULL,
    coyname character varying(50) NOT NULL,
    gstno character varying(20) NOT NULL,
    companynumber character varying(20) NOT NULL,
    regoffice1 character varying(40) NOT NULL,
    regoffice2 character varying(40) NOT NULL,
    regoffice3 character varying(40) NOT NULL,
    regoffice4 character varying(40) NOT NULL,
    regoffice5 character varying(20) NOT NULL,
    regoffice6 character varying(15) NOT NULL,
    telephone character varying(25) NOT NULL,
    fax character varying(25) NOT NULL,
    email character varying(55) NOT NULL,
    currencydefault character varying(4) NOT NULL,
    debtorsact integer NOT NULL,
    pytdiscountact integer NOT NULL,
    creditorsact integer NOT NULL,
    payrollact integer NOT NULL,
    grnact integer NOT NULL,
    exchangediffact integer NOT NULL,
    purchasesexchangediffact integer NOT NULL,
    retainedearnings integer NOT NULL,
    gllink_debtors smallint,
    gllink_creditors smallint,
    gllink_stock smallint,
    freightact integer NOT NULL,
    PRIMARY KEY (coycode)
);
CREATE TABLE weberp.config (
    confname character varying(35) NOT NULL,
    confvalue text NOT NULL,
    PRIMARY KEY (confname)
);
CREATE TABLE weberp.contractbom (
    contractref character varying(20) NOT NULL,
    stockid character varying(20) NOT NULL,
    workcentreadded character(5) NOT NULL,
    quantity double precision NOT NULL,
    PRIMARY KEY (contractref, stockid, workcentreadded)
);
CREATE TABLE weberp.contractcharges (
    id integer NOT NULL,
    contractref character varying(20) NOT NULL,
    transtype smallint NOT NULL,
    transno integer NOT NULL,
    amount double precision NOT NULL,
    narrative text NOT NULL,
    anticipated smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.contractreqts (
    contractreqid integer NOT NULL,
    contractref character varying(20) NOT NULL,
    requirement character varying(40) NOT NULL,
    quantity double precision NOT NULL,
    costperunit double precision NOT NULL,
    PRIMARY KEY (contractreqid)
);
CREATE TABLE weberp.contracts (
    contractref character varying(20) NOT NULL,
    contractdescription text NOT NULL,
    debtorno character varying(10) NOT NULL,
    branchcode character varying(10) NOT NULL,
    loccode character varying(5) NOT NULL,
    status smallint NOT NULL,
    categoryid character varying(6) NOT NULL,
    orderno integer NOT NULL,
    customerref character varying(20) NOT NULL,
    margin double precision NOT NULL,
    wo integer NOT NULL,
    requireddate date NOT NULL,
    drawing character varying(50) NOT NULL,
    exrate double precision NOT NULL,
    PRIMARY KEY (contractref)
);
CREATE TABLE weberp.currencies (
    currency character(20) NOT NULL,
    currabrev character(3) NOT NULL,
    country character(50) NOT NULL,
    hundredsname character(15) NOT NULL,
    decimalplaces smallint NOT NULL,
    rate double precision NOT NULL,
    PRIMARY KEY (currabrev)
);
CREATE TABLE weberp.custallocns (
    id integer NOT NULL,
    amt numeric(20,4) NOT NULL,
    datealloc date NOT NULL,
    transid_allocfrom integer NOT NULL,
    transid_allocto integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.custbranch (
    branchcode character varying(10) NOT NULL,
    debtorno character varying(10) NOT NULL,
    brname character varying(40) NOT NULL,
    braddress1 character varying(40) NOT NULL,
    braddress2 character varying(40) NOT NULL,
    braddress3 character varying(40) NOT NULL,
    braddress4 character varying(50) NOT NULL,
    braddress5 character varying(20) NOT NULL,
    braddress6 character varying(40) NOT NULL,
    lat real NOT NULL,
    lng real NOT NULL,
    estdeliverydays smallint NOT NULL,
    area character(3) NOT NULL,
    salesman character varying(4) NOT NULL,
    fwddate smallint NOT NULL,
    phoneno character varying(20) NOT NULL,
    faxno character varying(20) NOT NULL,
    contactname character varying(30) NOT NULL,
    email character varying(55) NOT NULL,
    defaultlocation character varying(5) NOT NULL,
    taxgroupid smallint NOT NULL,
    defaultshipvia integer NOT NULL,
    deliverblind smallint,
    disabletrans smallint NOT NULL,
    brpostaddr1 character varying(40) NOT NULL,
    brpostaddr2 character varying(40) NOT NULL,
    brpostaddr3 character varying(30) NOT NULL,
    brpostaddr4 character varying(20) NOT NULL,
    brpostaddr5 character varying(20) NOT NULL,
    brpostaddr6 character varying(15) NOT NULL,
    specialinstructions text NOT NULL,
    custbranchcode character varying(30) NOT NULL,
    PRIMARY KEY (branchcode, debtorno)
);
CREATE TABLE weberp.custcontacts (
    contid integer NOT NULL,
    debtorno character varying(10) NOT NULL,
    contactname character varying(40) NOT NULL,
    role character varying(40) NOT NULL,
    phoneno character varying(20) NOT NULL,
    notes character varying(255) NOT NULL,
    email character varying(55) NOT NULL,
    PRIMARY KEY (contid)
);
CREATE TABLE weberp.custnotes (
    noteid smallint NOT NULL,
    debtorno character varying(10) NOT NULL,
    href character varying(100) NOT NULL,
    note text NOT NULL,
    date date NOT NULL,
    priority character varying(20) NOT NULL,
    PRIMARY KEY (noteid)
);
CREATE TABLE weberp.debtorsmaster (
    debtorno character varying(10) NOT NULL,
    name character varying(40) NOT NULL,
    address1 character varying(40) NOT NULL,
    address2 character varying(40) NOT NULL,
    address3 character varying(40) NOT NULL,
    address4 character varying(50) NOT NULL,
    address5 character varying(20) NOT NULL,
    address6 character varying(40) NOT NULL,
    currcode character(3) NOT NULL,
    salestype character(2) NOT NULL,
    clientsince timestamp(0) without time zone NOT NULL,
    holdreason smallint NOT NULL,
    paymentterms character(2) NOT NULL,
    discount double precision NOT NULL,
    pymtdiscount double precision NOT NULL,
    lastpaid double precision NOT NULL,
    lastpaiddate timestamp(0) without time zone,
    creditlimit double precision NOT NULL,
    invaddrbranch smallint NOT NULL,
    discountcode character(2) NOT NULL,
    ediinvoices smallint NOT NULL,
    ediorders smallint NOT NULL,
    edireference character varying(20) NOT NULL,
    editransport character varying(5) NOT NULL,
    ediaddress character varying(50) NOT NULL,
    ediserveruser character varying(20) NOT NULL,
    ediserverpwd character varying(20) NOT NULL,
    taxref character varying(20) NOT NULL,
    customerpoline smallint NOT NULL,
    typeid smallint NOT NULL,
    PRIMARY KEY (debtorno)
);
CREATE TABLE weberp.debtortrans (
    id integer NOT NULL,
    transno integer NOT NULL,
    type smallint NOT NULL,
    debtorno character varying(10) NOT NULL,
    branchcode character varying(10) NOT NULL,
    trandate timestamp(0) without time zone NOT NULL,
    inputdate timestamp(0) without time zone NOT NULL,
    prd smallint NOT NULL,
    settled smallint NOT NULL,
    reference character varying(20) NOT NULL,
    tpe character(2) NOT NULL,
    order_ integer NOT NULL,
    rate double precision NOT NULL,
    ovamount double precision NOT NULL,
    ovgst double precision NOT NULL,
    ovfreight double precision NOT NULL,
    ovdiscount double precision NOT NULL,
    diffonexch double precision NOT NULL,
    alloc double precision NOT NULL,
    invtext text,
    shipvia integer NOT NULL,
    edisent smallint NOT NULL,
    consignment character varying(15) NOT NULL,
    packages integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.debtortranstaxes (
    debtortransid integer NOT NULL,
    taxauthid smallint NOT NULL,
    taxamount double precision NOT NULL,
    PRIMARY KEY (debtortransid, taxauthid)
);
CREATE TABLE weberp.debtortype (
    typeid smallint NOT NULL,
    typename character varying(100) NOT NULL,
    PRIMARY KEY (typeid)
);
CREATE TABLE weberp.debtortypenotes (
    noteid smallint NOT NULL,
    typeid smallint NOT NULL,
    href character varying(100) NOT NULL,
    note character varying(200) NOT NULL,
    date date NOT NULL,
    priority character varying(20) NOT NULL,
    PRIMARY KEY (noteid)
);
CREATE TABLE weberp.deliverynotes (
    deliverynotenumber integer NOT NULL,
    deliverynotelineno smallint NOT NULL,
    salesorderno integer NOT NULL,
    salesorderlineno integer NOT NULL,
    qtydelivered double precision NOT NULL,
    printed smallint NOT NULL,
    invoiced smallint NOT NULL,
    deliverydate date NOT NULL,
    PRIMARY KEY (deliverynotenumber, deliverynotelineno)
);
CREATE TABLE weberp.departments (
    departmentid integer NOT NULL,
    description character varying(100) NOT NULL,
    authoriser character varying(20) NOT NULL,
    PRIMARY KEY (departmentid)
);
CREATE TABLE weberp.discountmatrix (
    salestype character(2) NOT NULL,
    discountcategory character(2) NOT NULL,
    quantitybreak integer NOT NULL,
    discountrate double precision NOT NULL,
    PRIMARY KEY (salestype, discountcategory, quantitybreak)
);
CREATE TABLE weberp.edi_orders_seg_groups (
    seggroupno smallint NOT NULL,
    maxoccur integer NOT NULL,
    parentseggroup smallint NOT NULL,
    PRIMARY KEY (seggroupno)
);
CREATE TABLE weberp.edi_orders_segs (
    id integer NOT NULL,
    segtag character(3) NOT NULL,
    seggroup smallint NOT NULL,
    maxoccur smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.ediitemmapping (
    supporcust character varying(4) NOT NULL,
    partnercode character varying(10) NOT NULL,
    stockid character varying(20) NOT NULL,
    partnerstockid character varying(50) NOT NULL,
    PRIMARY KEY (supporcust, partnercode, stockid)
);
CREATE TABLE weberp.edimessageformat (
    id integer NOT NULL,
    partnercode character varying(10) NOT NULL,
    messagetype character varying(6) NOT NULL,
    section character varying(7) NOT NULL,
    sequenceno integer NOT NULL,
    linetext character varying(70) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.emailsettings (
    id integer NOT NULL,
    host character varying(30) NOT NULL,
    port character(5) NOT NULL,
    heloaddress character varying(20) NOT NULL,
    username character varying(30),
    password character varying(30),
    timeout integer,
    companyname character varying(50),
    auth smallint,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.factorcompanies (
    id integer NOT NULL,
    coyname character varying(50) NOT NULL,
    address1 character varying(40) NOT NULL,
    address2 character varying(40) NOT NULL,
    address3 character varying(40) NOT NULL,
    address4 character varying(40) NOT NULL,
    address5 character varying(20) NOT NULL,
    address6 character varying(15) NOT NULL,
    contact character varying(25) NOT NULL,
    telephone character varying(25) NOT NULL,
    fax character varying(25) NOT NULL,
    email character varying(55) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.fixedassetcategories (
    categoryid character(6) NOT NULL,
    categorydescription character(20) NOT NULL,
    costact integer NOT NULL,
    depnact integer NOT NULL,
    disposalact integer NOT NULL,
    accumdepnact integer NOT NULL,
    defaultdepnrate double precision NOT NULL,
    defaultdepntype integer NOT NULL,
    PRIMARY KEY (categoryid)
);
CREATE TABLE weberp.fixedassetlocations (
    locationid character(6) NOT NULL,
    locationdescription character(20) NOT NULL,
    parentlocationid character(6),
    PRIMARY KEY (locationid)
);
CREATE TABLE weberp.fixedassets (
    assetid integer NOT NULL,
    serialno character varying(30) NOT NULL,
    barcode character varying(20) NOT NULL,
    assetlocation character varying(6) NOT NULL,
    cost double precision NOT NULL,
    accumdepn double precision NOT NULL,
    datepurchased date NOT NULL,
    disposalproceeds double precision NOT NULL,
    assetcategoryid character varying(6) NOT NULL,
    description character varying(50) NOT NULL,
    longdescription text NOT NULL,
    depntype integer NOT NULL,
    depnrate double precision NOT NULL,
    disposaldate date NOT NULL,
    PRIMARY KEY (assetid)
);
CREATE TABLE weberp.fixedassettrans (
    id integer NOT NULL,
    assetid integer NOT NULL,
    transtype smallint NOT NULL,
    transdate date NOT NULL,
    transno integer NOT NULL,
    periodno smallint NOT NULL,
    inputdate date NOT NULL,
    fixedassettranstype character varying(8) NOT NULL,
    amount double precision NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.freightcosts (
    shipcostfromid integer NOT NULL,
    locationfrom character varying(5) NOT NULL,
    destination character varying(40) NOT NULL,
    shipperid integer NOT NULL,
    cubrate double precision NOT NULL,
    kgrate double precision NOT NULL,
    maxkgs double precision NOT NULL,
    maxcub double precision NOT NULL,
    fixedprice double precision NOT NULL,
    minimumchg double precision NOT NULL,
    PRIMARY KEY (shipcostfromid)
);
CREATE TABLE weberp.geocode_param (
    geocodeid smallint NOT NULL,
    geocode_key character varying(200) NOT NULL,
    center_long character varying(20) NOT NULL,
    center_lat character varying(20) NOT NULL,
    map_height character varying(10) NOT NULL,
    map_width character varying(10) NOT NULL,
    map_host character varying(50) NOT NULL,
    PRIMARY KEY (geocodeid)
);
CREATE TABLE weberp.gltrans (
    counterindex integer NOT NULL,
    type smallint NOT NULL,
    typeno bigint NOT NULL,
    chequeno integer NOT NULL,
    trandate date NOT NULL,
    periodno smallint NOT NULL,
    account character varying(20) NOT NULL,
    narrative character varying(200) NOT NULL,
    amount double precision NOT NULL,
    posted smallint NOT NULL,
    jobref character varying(20) NOT NULL,
    tag smallint NOT NULL,
    PRIMARY KEY (counterindex)
);
CREATE TABLE weberp.grns (
    grnbatch smallint NOT NULL,
    grnno integer NOT NULL,
    podetailitem integer NOT NULL,
    itemcode character varying(20) NOT NULL,
    deliverydate date NOT NULL,
    itemdescription character varying(100) NOT NULL,
    qtyrecd double precision NOT NULL,
    quantityinv double precision NOT NULL,
    supplierid character varying(10) NOT NULL,
    stdcostunit double precision NOT NULL,
    PRIMARY KEY (grnno)
);
CREATE TABLE weberp.holdreasons (
    reasoncode smallint NOT NULL,
    reasondescription character(30) NOT NULL,
    dissallowinvoices smallint NOT NULL,
    PRIMARY KEY (reasoncode)
);
CREATE TABLE weberp.internalstockcatrole (
    categoryid character varying(6) NOT NULL,
    secroleid integer NOT NULL,
    PRIMARY KEY (categoryid, secroleid)
);
CREATE TABLE weberp.labelfields (
    labelfieldid integer NOT NULL,
    labelid smallint NOT NULL,
    fieldvalue character varying(20) NOT NULL,
    vpos double precision NOT NULL,
    hpos double precision NOT NULL,
    fontsize smallint NOT NULL,
    barcode smallint NOT NULL,
    PRIMARY KEY (labelfieldid)
);
CREATE TABLE weberp.labels (
    labelid smallint NOT NULL,
    description character varying(50) NOT NULL,
    pagewidth double precision NOT NULL,
    pageheight double precision NOT NULL,
    height double precision NOT NULL,
    width double precision NOT NULL,
    topmargin double precision NOT NULL,
    leftmargin double precision NOT NULL,
    rowheight double precision NOT NULL,
    columnwidth double precision NOT NULL,
    PRIMARY KEY (labelid)
);
CREATE TABLE weberp.lastcostrollup (
    stockid character(20) NOT NULL,
    totalonhand double precision NOT NULL,
    matcost numeric(20,4) NOT NULL,
    labcost numeric(20,4) NOT NULL,
    oheadcost numeric(20,4) NOT NULL,
    categoryid character(6) NOT NULL,
    stockact integer NOT NULL,
    adjglact integer NOT NULL,
    newmatcost numeric(20,4) NOT NULL,
    newlabcost numeric(20,4) NOT NULL,
    newoheadcost numeric(20,4) NOT NULL
);
CREATE TABLE weberp.locations (
    loccode character varying(5) NOT NULL,
    locationname character varying(50) NOT NULL,
    deladd1 character varying(40) NOT NULL,
    deladd2 character varying(40) NOT NULL,
    deladd3 character varying(40) NOT NULL,
    deladd4 character varying(40) NOT NULL,
    deladd5 character varying(20) NOT NULL,
    deladd6 character varying(15) NOT NULL,
    tel character varying(30) NOT NULL,
    fax character varying(30) NOT NULL,
    email character varying(55) NOT NULL,
    contact character varying(30) NOT NULL,
    taxprovinceid smallint NOT NULL,
    cashsalecustomer character varying(10),
    managed integer,
    cashsalebranch character varying(10),
    internalrequest smallint NOT NULL,
    PRIMARY KEY (loccode)
);
CREATE TABLE weberp.locstock (
    loccode character varying(5) NOT NULL,
    stockid character varying(20) NOT NULL,
    quantity double precision NOT NULL,
    reorderlevel bigint NOT NULL,
    bin character varying(10) NOT NULL,
    PRIMARY KEY (loccode, stockid)
);
CREATE TABLE weberp.loctransfers (
    reference integer NOT NULL,
    stockid character varying(20) NOT NULL,
    shipqty double precision NOT NULL,
    recqty double precision NOT NULL,
    shipdate timestamp(0) without time zone NOT NULL,
    recdate timestamp(0) without time zone NOT NULL,
    shiploc character varying(7) NOT NULL,
    recloc character varying(7) NOT NULL
);
CREATE TABLE weberp.mrpcalendar (
    calendardate date NOT NULL,
    daynumber integer NOT NULL,
    manufacturingflag smallint NOT NULL,
    PRIMARY KEY (calendardate)
);
CREATE TABLE weberp.mrpdemands (
    demandid integer NOT NULL,
    stockid character varying(20) NOT NULL,
    mrpdemandtype character varying(6) NOT NULL,
    quantity double precision NOT NULL,
    duedate date NOT NULL,
    PRIMARY KEY (demandid)
);
CREATE TABLE weberp.mrpdemandtypes (
    mrpdemandtype character varying(6) NOT NULL,
    description character(30) NOT NULL,
    PRIMARY KEY (mrpdemandtype)
);
CREATE TABLE weberp.mrpplannedorders (
    id integer NOT NULL,
    part character(20),
    duedate date,
    supplyquantity double precision,
    ordertype character varying(6),
    orderno integer,
    mrpdate date,
    updateflag smallint,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.offers (
    offerid integer NOT NULL,
    tenderid integer NOT NULL,
    supplierid character varying(10) NOT NULL,
    stockid character varying(20) NOT NULL,
    quantity double precision NOT NULL,
    uom character varying(15) NOT NULL,
    price double precision NOT NULL,
    expirydate date NOT NULL,
    currcode character(3) NOT NULL,
    PRIMARY KEY (offerid)
);
CREATE TABLE weberp.orderdeliverydifferenceslog (
    orderno integer NOT NULL,
    invoiceno integer NOT NULL,
    stockid character varying(20) NOT NULL,
    quantitydiff double precision NOT NULL,
    debtorno character varying(10) NOT NULL,
    branch character varying(10) NOT NULL,
    can_or_bo character(3) NOT NULL
);
CREATE TABLE weberp.paymentmethods (
    paymentid smallint NOT NULL,
    paymentname character varying(15) NOT NULL,
    paymenttype integer NOT NULL,
    receipttype integer NOT NULL,
    usepreprintedstationery smallint NOT NULL,
    opencashdrawer smallint NOT NULL,
    PRIMARY KEY (paymentid)
);
CREATE TABLE weberp.paymentterms (
    termsindicator character(2) NOT NULL,
    terms character(40) NOT NULL,
    daysbeforedue smallint NOT NULL,
    dayinfollowingmonth smallint NOT NULL,
    PRIMARY KEY (termsindicator)
);
CREATE TABLE weberp.pcashdetails (
    counterindex integer NOT NULL,
    tabcode character varying(20) NOT NULL,
    date date NOT NULL,
    codeexpense character varying(20) NOT NULL,
    amount double precision NOT NULL,
    authorized date NOT NULL,
    posted smallint NOT NULL,
    notes text NOT NULL,
    receipt text,
    PRIMARY KEY (counterindex)
);
CREATE TABLE weberp.pcexpenses (
    codeexpense character varying(20) NOT NULL,
    description character varying(50) NOT NULL,
    glaccount character varying(20) NOT NULL,
    tag smallint NOT NULL,
    PRIMARY KEY (codeexpense)
);
CREATE TABLE weberp.pctabexpenses (
    typetabcode character varying(20) NOT NULL,
    codeexpense character varying(20) NOT NULL
);
CREATE TABLE weberp.pctabs (
    tabcode character varying(20) NOT NULL,
    usercode character varying(20) NOT NULL,
    typetabcode character varying(20) NOT NULL,
    currency character(3) NOT NULL,
    tablimit double precision NOT NULL,
    assigner character varying(20) NOT NULL,
    authorizer character varying(20) NOT NULL,
    glaccountassignment character varying(20) NOT NULL,
    glaccountpcash character varying(20) NOT NULL,
    PRIMARY KEY (tabcode)
);
CREATE TABLE weberp.pctypetabs (
    typetabcode character varying(20) NOT NULL,
    typetabdescription character varying(50) NOT NULL,
    PRIMARY KEY (typetabcode)
);
CREATE TABLE weberp.periods (
    periodno smallint NOT NULL,
    lastdate_in_period date NOT NULL,
    PRIMARY KEY (periodno)
);
CREATE TABLE weberp.pickinglistdetails (
    pickinglistno integer NOT NULL,
    pickinglistlineno integer NOT NULL,
    orderlineno integer NOT NULL,
    qtyexpected double precision NOT NULL,
    qtypicked double precision NOT NULL,
    PRIMARY KEY (pickinglistno, pickinglistlineno)
);
CREATE TABLE weberp.pickinglists (
    pickinglistno integer NOT NULL,
    orderno integer NOT NULL,
    pickinglistdate date NOT NULL,
    dateprinted date NOT NULL,
    deliverynotedate date NOT NULL,
    PRIMARY KEY (pickinglistno)
);
CREATE TABLE weberp.prices (
    stockid character varying(20) NOT NULL,
    typeabbrev character(2) NOT NULL,
    currabrev character(3) NOT NULL,
    debtorno character varying(10) NOT NULL,
    price numeric(20,4) NOT NULL,
    branchcode character varying(10) NOT NULL,
    startdate date NOT NULL,
    enddate date NOT NULL,
    PRIMARY KEY (stockid, typeabbrev, currabrev, debtorno, branchcode, startdate, enddate)
);
CREATE TABLE weberp.purchdata (
    supplierno character(10) NOT NULL,
    stockid character(20) NOT NULL,
    price numeric(20,4) NOT NULL,
    suppliersuom character(50) NOT NULL,
    conversionfactor double precision NOT NULL,
    supplierdescription character(50) NOT NULL,
    leadtime smallint NOT NULL,
    preferred smallint NOT NULL,
    effectivefrom date NOT NULL,
    suppliers_partno character varying(50) NOT NULL,
    minorderqty integer NOT NULL,
    PRIMARY KEY (supplierno, stockid, effectivefrom)
);
CREATE TABLE weberp.purchorderauth (
    userid character varying(20) NOT NULL,
    currabrev character(3) NOT NULL,
    cancreate smallint NOT NULL,
    authlevel integer NOT NULL,
    offhold smallint NOT NULL,
    PRIMARY KEY (userid, currabrev)
);
CREATE TABLE weberp.purchorderdetails (
    podetailitem integer NOT NULL,
    orderno integer NOT NULL,
    itemcode character varying(20) NOT NULL,
    deliverydate date NOT NULL,
    itemdescription character varying(100) NOT NULL,
    glcode integer NOT NULL,
    qtyinvoiced double precision NOT NULL,
    unitprice double precision NOT NULL,
    actprice double precision NOT NULL,
    stdcostunit double precision NOT NULL,
    quantityord double precision NOT NULL,
    quantityrecd double precision NOT NULL,
    shiptref integer NOT NULL,
    jobref character varying(20) NOT NULL,
    completed smallint NOT NULL,
    suppliersunit character varying(50),
    suppliers_partno character varying(50) NOT NULL,
    assetid integer NOT NULL,
    conversionfactor double precision NOT NULL,
    PRIMARY KEY (podetailitem)
);
CREATE TABLE weberp.purchorders (
    orderno integer NOT NULL,
    supplierno character varying(10) NOT NULL,
    comments bytea,
    orddate timestamp(0) without time zone NOT NULL,
    rate double precision NOT NULL,
    dateprinted timestamp(0) without time zone,
    allowprint smallint NOT NULL,
    initiator character varying(20),
    requisitionno character varying(15),
    intostocklocation character varying(5) NOT NULL,
    deladd1 character varying(40) NOT NULL,
    deladd2 character varying(40) NOT NULL,
    deladd3 character varying(40) NOT NULL,
    deladd4 character varying(40) NOT NULL,
    deladd5 character varying(20) NOT NULL,
    deladd6 character varying(15) NOT NULL,
    tel character varying(15) NOT NULL,
    suppdeladdress1 character varying(40) NOT NULL,
    suppdeladdress2 character varying(40) NOT NULL,
    suppdeladdress3 character varying(40) NOT NULL,
    suppdeladdress4 character varying(40) NOT NULL,
    suppdeladdress5 character varying(20) NOT NULL,
    suppdeladdress6 character varying(15) NOT NULL,
    suppliercontact character varying(30) NOT NULL,
    supptel character varying(30) NOT NULL,
    contact character varying(30) NOT NULL,
    version numeric(3,2) NOT NULL,
    revised date NOT NULL,
    realorderno character varying(16) NOT NULL,
    deliveryby character varying(100) NOT NULL,
    deliverydate date NOT NULL,
    status character varying(12) NOT NULL,
    stat_comment text NOT NULL,
    paymentterms character(2) NOT NULL,
    port character varying(40) NOT NULL,
    PRIMARY KEY (orderno)
);
CREATE TABLE weberp.recurringsalesorders (
    recurrorderno integer NOT NULL,
    debtorno character varying(10) NOT NULL,
    branchcode character varying(10) NOT NULL,
    customerref character varying(50) NOT NULL,
    buyername character varying(50),
    comments bytea,
    orddate date NOT NULL,
    ordertype character(2) NOT NULL,
    shipvia integer NOT NULL,
    deladd1 character varying(40) NOT NULL,
    deladd2 character varying(40) NOT NULL,
    deladd3 character varying(40) NOT NULL,
    deladd4 character varying(40),
    deladd5 character varying(20) NOT NULL,
    deladd6 character varying(15) NOT NULL,
    contactphone character varying(25),
    contactemail character varying(25),
    deliverto character varying(40) NOT NULL,
    freightcost double precision NOT NULL,
    fromstkloc character varying(5) NOT NULL,
    lastrecurrence date NOT NULL,
    stopdate date NOT NULL,
    frequency smallint NOT NULL,
    autoinvoice smallint NOT NULL,
    PRIMARY KEY (recurrorderno)
);
CREATE TABLE weberp.recurrsalesorderdetails (
    recurrorderno integer NOT NULL,
    stkcode character varying(20) NOT NULL,
    unitprice double precision NOT NULL,
    quantity double precision NOT NULL,
    discountpercent double precision NOT NULL,
    narrative text NOT NULL
);
CREATE TABLE weberp.reportcolumns (
    reportid smallint NOT NULL,
    colno smallint NOT NULL,
    heading1 character varying(15) NOT NULL,
    heading2 character varying(15),
    calculation smallint NOT NULL,
    periodfrom smallint,
    periodto smallint,
    datatype character varying(15),
    colnumerator smallint,
    coldenominator smallint,
    calcoperator character(1),
    budgetoractual smallint NOT NULL,
    valformat character(1) NOT NULL,
    constant double precision NOT NULL,
    PRIMARY KEY (reportid, colno)
);
CREATE TABLE weberp.reportfields (
    id integer NOT NULL,
    reportid integer NOT NULL,
    entrytype character varying(15) NOT NULL,
    seqnum integer NOT NULL,
    fieldname character varying(80) NOT NULL,
    displaydesc character varying(25) NOT NULL,
    visible character varying(1) NOT NULL,
    columnbreak character varying(1) NOT NULL,
    params text,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.reportheaders (
    reportid smallint NOT NULL,
    reportheading character varying(80) NOT NULL,
    groupbydata1 character varying(15) NOT NULL,
    newpageafter1 smallint NOT NULL,
    lower1 character varying(10) NOT NULL,
    upper1 character varying(10) NOT NULL,
    groupbydata2 character varying(15),
    newpageafter2 smallint NOT NULL,
    lower2 character varying(10),
    upper2 character varying(10),
    groupbydata3 character varying(15),
    newpageafter3 smallint NOT NULL,
    lower3 character varying(10),
    upper3 character varying(10),
    groupbydata4 character varying(15) NOT NULL,
    newpageafter4 smallint NOT NULL,
    upper4 character varying(10) NOT NULL,
    lower4 character varying(10) NOT NULL,
    PRIMARY KEY (reportid)
);
CREATE TABLE weberp.reportlinks (
    table1 character varying(25) NOT NULL,
    table2 character varying(25) NOT NULL,
    equation character varying(75) NOT NULL
);
CREATE TABLE weberp.reports (
    id integer NOT NULL,
    reportname character varying(30) NOT NULL,
    reporttype character(3) NOT NULL,
    groupname character varying(9) NOT NULL,
    defaultreport character varying(1) NOT NULL,
    papersize character varying(15) NOT NULL,
    paperorientation character varying(1) NOT NULL,
    margintop integer NOT NULL,
    marginbottom integer NOT NULL,
    marginleft integer NOT NULL,
    marginright integer NOT NULL,
    coynamefont character varying(20) NOT NULL,
    coynamefontsize integer NOT NULL,
    coynamefontcolor character varying(11) NOT NULL,
    coynamealign character varying(1) NOT NULL,
    coynameshow character varying(1) NOT NULL,
    title1desc character varying(50) NOT NULL,
    title1font character varying(20) NOT NULL,
    title1fontsize integer NOT NULL,
    title1fontcolor character varying(11) NOT NULL,
    title1fontalign character varying(1) NOT NULL,
    title1show character varying(1) NOT NULL,
    title2desc character varying(50) NOT NULL,
    title2font character varying(20) NOT NULL,
    title2fontsize integer NOT NULL,
    title2fontcolor character varying(11) NOT NULL,
    title2fontalign character varying(1) NOT NULL,
    title2show character varying(1) NOT NULL,
    filterfont character varying(10) NOT NULL,
    filterfontsize integer NOT NULL,
    filterfontcolor character varying(11) NOT NULL,
    filterfontalign character varying(1) NOT NULL,
    datafont character varying(10) NOT NULL,
    datafontsize integer NOT NULL,
    datafontcolor character varying(10) NOT NULL,
    datafontalign character varying(1) NOT NULL,
    totalsfont character varying(10) NOT NULL,
    totalsfontsize integer NOT NULL,
    totalsfontcolor character varying(11) NOT NULL,
    totalsfontalign character varying(1) NOT NULL,
    col1width integer NOT NULL,
    col2width integer NOT NULL,
    col3width integer NOT NULL,
    col4width integer NOT NULL,
    col5width integer NOT NULL,
    col6width integer NOT NULL,
    col7width integer NOT NULL,
    col8width integer NOT NULL,
    col9width integer NOT NULL,
    col10width integer NOT NULL,
    col11width integer NOT NULL,
    col12width integer NOT NULL,
    col13width integer NOT NULL,
    col14width integer NOT NULL,
    col15width integer NOT NULL,
    col16width integer NOT NULL,
    col17width integer NOT NULL,
    col18width integer NOT NULL,
    col19width integer NOT NULL,
    col20width integer NOT NULL,
    table1 character varying(25) NOT NULL,
    table2 character varying(25),
    table2criteria character varying(75),
    table3 character varying(25),
    table3criteria character varying(75),
    table4 character varying(25),
    table4criteria character varying(75),
    table5 character varying(25),
    table5criteria character varying(75),
    table6 character varying(25),
    table6criteria character varying(75),
    PRIMARY KEY (id)
);
CREATE TABLE weberp.salesanalysis (
    typeabbrev character(2) NOT NULL,
    periodno smallint NOT NULL,
    amt double precision NOT NULL,
    cost double precision NOT NULL,
    cust character varying(10) NOT NULL,
    custbranch character varying(10) NOT NULL,
    qty double precision NOT NULL,
    disc double precision NOT NULL,
    stockid character varying(20) NOT NULL,
    area character varying(3) NOT NULL,
    budgetoractual smallint NOT NULL,
    salesperson character(3) NOT NULL,
    stkcategory character varying(6) NOT NULL,
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.salescat (
    salescatid smallint NOT NULL,
    parentcatid smallint,
    salescatname character varying(30),
    PRIMARY KEY (salescatid)
);
CREATE TABLE weberp.salescatprod (
    salescatid smallint NOT NULL,
    stockid character varying(20) NOT NULL,
    PRIMARY KEY (salescatid, stockid)
);
CREATE TABLE weberp.salesglpostings (
    id integer NOT NULL,
    area character varying(3) NOT NULL,
    stkcat character varying(6) NOT NULL,
    discountglcode integer NOT NULL,
    salesglcode integer NOT NULL,
    salestype character(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.salesman (
    salesmancode character varying(4) NOT NULL,
    salesmanname character(30) NOT NULL,
    smantel character(20) NOT NULL,
    smanfax character(20) NOT NULL,
    commissionrate1 double precision NOT NULL,
    breakpoint numeric(10,0) NOT NULL,
    commissionrate2 double precision NOT NULL,
    "current" smallint NOT NULL,
    PRIMARY KEY (salesmancode)
);
CREATE TABLE weberp.salesorderdetails (
    orderlineno integer NOT NULL,
    orderno integer NOT NULL,
    stkcode character varying(20) NOT NULL,
    qtyinvoiced double precision NOT NULL,
    unitprice double precision NOT NULL,
    quantity double precision NOT NULL,
    estimate smallint NOT NULL,
    discountpercent double precision NOT NULL,
    actualdispatchdate timestamp(0) without time zone NOT NULL,
    completed smallint NOT NULL,
    narrative text,
    itemdue date,
    poline character varying(10),
    PRIMARY KEY (orderlineno, orderno)
);
CREATE TABLE weberp.salesorders (
    orderno integer NOT NULL,
    debtorno character varying(10) NOT NULL,
    branchcode character varying(10) NOT NULL,
    customerref character varying(50) NOT NULL,
    buyername character varying(50),
    comments bytea,
    orddate date NOT NULL,
    ordertype character(2) NOT NULL,
    shipvia integer NOT NULL,
    deladd1 character varying(40) NOT NULL,
    deladd2 character varying(40) NOT NULL,
    deladd3 character varying(40) NOT NULL,
    deladd4 character varying(40),
    deladd5 character varying(20) NOT NULL,
    deladd6 character varying(15) NOT NULL,
    contactphone character varying(25),
    contactemail character varying(40),
    deliverto character varying(40) NOT NULL,
    deliverblind smallint,
    freightcost double precision NOT NULL,
    fromstkloc character varying(5) NOT NULL,
    deliverydate date NOT NULL,
    confirmeddate date NOT NULL,
    printedpackingslip smallint NOT NULL,
    datepackingslipprinted date NOT NULL,
    quotation smallint NOT NULL,
    quotedate date NOT NULL,
    poplaced smallint NOT NULL,
    salesperson character varying(4) NOT NULL,
    PRIMARY KEY (orderno)
);
CREATE TABLE weberp.salestypes (
    typeabbrev character(2) NOT NULL,
    sales_type character varying(40) NOT NULL,
    PRIMARY KEY (typeabbrev)
);
CREATE TABLE weberp.scripts (
    script character varying(78) NOT NULL,
    pagesecurity integer NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (script)
);
CREATE TABLE weberp.securitygroups (
    secroleid integer NOT NULL,
    tokenid integer NOT NULL,
    PRIMARY KEY (secroleid, tokenid)
);
CREATE TABLE weberp.securityroles (
    secroleid integer NOT NULL,
    secrolename text NOT NULL,
    PRIMARY KEY (secroleid)
);
CREATE TABLE weberp.securitytokens (
    tokenid integer NOT NULL,
    tokenname text NOT NULL,
    PRIMARY KEY (tokenid)
);
CREATE TABLE weberp.sellthroughsupport (
    id integer NOT NULL,
    supplierno character varying(10) NOT NULL,
    debtorno character varying(10) NOT NULL,
    categoryid character(6) NOT NULL,
    stockid character varying(20) NOT NULL,
    narrative character varying(20) NOT NULL,
    rebatepercent double precision NOT NULL,
    rebateamount double precision NOT NULL,
    effectivefrom date NOT NULL,
    effectiveto date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.shipmentcharges (
    shiptchgid integer NOT NULL,
    shiptref integer NOT NULL,
    transtype smallint NOT NULL,
    transno integer NOT NULL,
    stockid character varying(20) NOT NULL,
    value double precision NOT NULL,
    PRIMARY KEY (shiptchgid)
);
CREATE TABLE weberp.shipments (
    shiptref integer NOT NULL,
    voyageref character varying(20) NOT NULL,
    vessel character varying(50) NOT NULL,
    eta timestamp(0) without time zone NOT NULL,
    accumvalue double precision NOT NULL,
    supplierid character varying(10) NOT NULL,
    closed smallint NOT NULL,
    PRIMARY KEY (shiptref)
);
CREATE TABLE weberp.shippers (
    shipper_id integer NOT NULL,
    shippername character(40) NOT NULL,
    mincharge double precision NOT NULL,
    PRIMARY KEY (shipper_id)
);
CREATE TABLE weberp.stockcategory (
    categoryid character(6) NOT NULL,
    categorydescription character(20) NOT NULL,
    stocktype character(1) NOT NULL,
    stockact integer NOT NULL,
    adjglact integer NOT NULL,
    issueglact integer NOT NULL,
    purchpricevaract integer NOT NULL,
    materialuseagevarac integer NOT NULL,
    wipact integer NOT NULL,
    PRIMARY KEY (categoryid)
);
CREATE TABLE weberp.stockcatproperties (
    stkcatpropid integer NOT NULL,
    categoryid character(6) NOT NULL,
    label text NOT NULL,
    controltype smallint NOT NULL,
    defaultvalue character varying(100) NOT NULL,
    maximumvalue double precision NOT NULL,
    reqatsalesorder smallint NOT NULL,
    minimumvalue double precision NOT NULL,
    numericvalue smallint NOT NULL,
    PRIMARY KEY (stkcatpropid)
);
CREATE TABLE weberp.stockcheckfreeze (
    stockid character varying(20) NOT NULL,
    loccode character varying(5) NOT NULL,
    qoh double precision NOT NULL,
    stockcheckdate date NOT NULL,
    PRIMARY KEY (stockid, loccode)
);
CREATE TABLE weberp.stockcounts (
    id integer NOT NULL,
    stockid character varying(20) NOT NULL,
    loccode character varying(5) NOT NULL,
    qtycounted double precision NOT NULL,
    reference character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.stockitemproperties (
    stockid character varying(20) NOT NULL,
    stkcatpropid integer NOT NULL,
    value character varying(50) NOT NULL,
    PRIMARY KEY (stockid, stkcatpropid)
);
CREATE TABLE weberp.stockmaster (
    stockid character varying(20) NOT NULL,
    categoryid character varying(6) NOT NULL,
    description character varying(50) NOT NULL,
    longdescription text NOT NULL,
    units character varying(20) NOT NULL,
    mbflag character(1) NOT NULL,
    actualcost numeric(20,4) NOT NULL,
    lastcost numeric(20,4) NOT NULL,
    materialcost numeric(20,4) NOT NULL,
    labourcost numeric(20,4) NOT NULL,
    overheadcost numeric(20,4) NOT NULL,
    lowestlevel smallint NOT NULL,
    discontinued smallint NOT NULL,
    controlled smallint NOT NULL,
    eoq double precision NOT NULL,
    volume numeric(20,4) NOT NULL,
    kgs numeric(20,4) NOT NULL,
    barcode character varying(50) NOT NULL,
    discountcategory character(2) NOT NULL,
    taxcatid smallint NOT NULL,
    serialised smallint NOT NULL,
    appendfile character varying(40) NOT NULL,
    perishable smallint NOT NULL,
    decimalplaces smallint NOT NULL,
    pansize double precision NOT NULL,
    shrinkfactor double precision NOT NULL,
    nextserialno bigint NOT NULL,
    netweight numeric(20,4) NOT NULL,
    lastcostupdate date NOT NULL,
    PRIMARY KEY (stockid)
);
CREATE TABLE weberp.stockmoves (
    stkmoveno integer NOT NULL,
    stockid character varying(20) NOT NULL,
    type smallint NOT NULL,
    transno integer NOT NULL,
    loccode character varying(5) NOT NULL,
    trandate date NOT NULL,
    debtorno character varying(10) NOT NULL,
    branchcode character varying(10) NOT NULL,
    price numeric(20,4) NOT NULL,
    prd smallint NOT NULL,
    reference character varying(40) NOT NULL,
    qty double precision NOT NULL,
    discountpercent double precision NOT NULL,
    standardcost double precision NOT NULL,
    show_on_inv_crds smallint NOT NULL,
    newqoh double precision NOT NULL,
    hidemovt smallint NOT NULL,
    narrative text,
    PRIMARY KEY (stkmoveno)
);
CREATE TABLE weberp.stockmovestaxes (
    stkmoveno integer NOT NULL,
    taxauthid smallint NOT NULL,
    taxrate double precision NOT NULL,
    taxontax smallint NOT NULL,
    taxcalculationorder smallint NOT NULL,
    PRIMARY KEY (stkmoveno, taxauthid)
);
CREATE TABLE weberp.stockrequest (
    dispatchid integer NOT NULL,
    loccode character varying(5) NOT NULL,
    departmentid integer NOT NULL,
    despatchdate date NOT NULL,
    authorised smallint NOT NULL,
    closed smallint NOT NULL,
    narrative text NOT NULL,
    PRIMARY KEY (dispatchid)
);
CREATE TABLE weberp.stockrequestitems (
    dispatchitemsid integer NOT NULL,
    dispatchid integer NOT NULL,
    stockid character varying(20) NOT NULL,
    quantity double precision NOT NULL,
    qtydelivered double precision NOT NULL,
    decimalplaces integer NOT NULL,
    uom character varying(20) NOT NULL,
    completed smallint NOT NULL,
    PRIMARY KEY (dispatchitemsid)
);
CREATE TABLE weberp.stockserialitems (
    stockid character varying(20) NOT NULL,
    loccode character varying(5) NOT NULL,
    serialno character varying(30) NOT NULL,
    expirationdate timestamp(0) without time zone NOT NULL,
    quantity double precision NOT NULL,
    qualitytext text NOT NULL,
    PRIMARY KEY (stockid, serialno, loccode)
);
CREATE TABLE weberp.stockserialmoves (
    stkitmmoveno integer NOT NULL,
    stockmoveno integer NOT NULL,
    stockid character varying(20) NOT NULL,
    serialno character varying(30) NOT NULL,
    moveqty double precision NOT NULL,
    PRIMARY KEY (stkitmmoveno)
);
CREATE TABLE weberp.suppallocs (
    id integer NOT NULL,
    amt double precision NOT NULL,
    datealloc date NOT NULL,
    transid_allocfrom integer NOT NULL,
    transid_allocto integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.suppliercontacts (
    supplierid character varying(10) NOT NULL,
    contact character varying(30) NOT NULL,
    position character varying(30) NOT NULL,
    tel character varying(30) NOT NULL,
    fax character varying(30) NOT NULL,
    mobile character varying(30) NOT NULL,
    email character varying(55) NOT NULL,
    ordercontact smallint NOT NULL,
    PRIMARY KEY (supplierid, contact)
);
CREATE TABLE weberp.supplierdiscounts (
    id integer NOT NULL,
    supplierno character varying(10) NOT NULL,
    stockid character varying(20) NOT NULL,
    discountnarrative character varying(20) NOT NULL,
    discountpercent double precision NOT NULL,
    discountamount double precision NOT NULL,
    effectivefrom date NOT NULL,
    effectiveto date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.suppliers (
    supplierid character varying(10) NOT NULL,
    suppname character varying(40) NOT NULL,
    address1 character varying(40) NOT NULL,
    address2 character varying(40) NOT NULL,
    address3 character varying(40) NOT NULL,
    address4 character varying(50) NOT NULL,
    address5 character varying(20) NOT NULL,
    address6 character varying(40) NOT NULL,
    supptype smallint NOT NULL,
    lat real NOT NULL,
    lng real NOT NULL,
    currcode character(3) NOT NULL,
    suppliersince date NOT NULL,
    paymentterms character(2) NOT NULL,
    lastpaid double precision NOT NULL,
    lastpaiddate timestamp(0) without time zone,
    bankact character varying(30) NOT NULL,
    bankref character varying(12) NOT NULL,
    bankpartics character varying(12) NOT NULL,
    remittance smallint NOT NULL,
    taxgroupid smallint NOT NULL,
    factorcompanyid integer NOT NULL,
    taxref character varying(20) NOT NULL,
    phn character varying(50) NOT NULL,
    port character varying(200) NOT NULL,
    email character varying(55),
    fax character varying(25),
    telephone character varying(25),
    PRIMARY KEY (supplierid)
);
CREATE TABLE weberp.suppliertype (
    typeid smallint NOT NULL,
    typename character varying(100) NOT NULL,
    PRIMARY KEY (typeid)
);
CREATE TABLE weberp.supptrans (
    transno integer NOT NULL,
    type smallint NOT NULL,
    supplierno character varying(10) NOT NULL,
    suppreference character varying(20) NOT NULL,
    trandate date NOT NULL,
    duedate date NOT NULL,
    inputdate timestamp(0) without time zone NOT NULL,
    settled smallint NOT NULL,
    rate double precision NOT NULL,
    ovamount double precision NOT NULL,
    ovgst double precision NOT NULL,
    diffonexch double precision NOT NULL,
    alloc double precision NOT NULL,
    transtext text,
    hold smallint NOT NULL,
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE weberp.supptranstaxes (
    supptransid integer NOT NULL,
    taxauthid smallint NOT NULL,
    taxamount double precision NOT NULL,
    PRIMARY KEY (supptransid, taxauthid)
);
CREATE TABLE weberp.systypes (
    typeid smallint NOT NULL,
    typename character(50) NOT NULL,
    typeno integer NOT NULL,
    PRIMARY KEY (typeid)
);
CREATE TABLE weberp.tags (
    tagref smallint NOT NULL,
    tagdescription character varying(50) NOT NULL,
    PRIMARY KEY (tagref)
);
CREATE TABLE weberp.taxauthorities (
    taxid smallint NOT NULL,
    description character varying(20) NOT NULL,
    taxglcode character varying(20) NOT NULL,
    purchtaxglaccount character varying(20) NOT NULL,
    bank character varying(50) NOT NULL,
    bankacctype character varying(20) NOT NULL,
    bankacc character varying(50) NOT NULL,
    bankswift character varying(30) NOT NULL,
    PRIMARY KEY (taxid)
);
CREATE TABLE weberp.taxauthrates (
    taxauthority smallint NOT NULL,
    dispatchtaxprovince smallint NOT NULL,
    taxcatid smallint NOT NULL,
    taxrate double precision NOT NULL,
    PRIMARY KEY (taxauthority, dispatchtaxprovince, taxcatid)
);
CREATE TABLE weberp.taxcategories (
    taxcatid smallint NOT NULL,
    taxcatname character varying(30) NOT NULL,
    PRIMARY KEY (taxcatid)
);
CREATE TABLE weberp.taxgroups (
    taxgroupid smallint NOT NULL,
    taxgroupdescription character varying(30) NOT NULL,
    PRIMARY KEY (taxgroupid)
);
CREATE TABLE weberp.taxgrouptaxes (
    taxgroupid smallint NOT NULL,
    taxauthid smallint NOT NULL,
    calculationorder smallint NOT NULL,
    taxontax smallint NOT NULL,
    PRIMARY KEY (taxgroupid, taxauthid)
);
CREATE TABLE weberp.taxprovinces (
    taxprovinceid smallint NOT NULL,
    taxprovincename character varying(30) NOT NULL,
    PRIMARY KEY (taxprovinceid)
);
CREATE TABLE weberp.tenderitems (
    tenderid integer NOT NULL,
    stockid character varying(20) NOT NULL,
    quantity character varying(40) NOT NULL,
    units character varying(20) NOT NULL,
    PRIMARY KEY (tenderid, stockid)
);
CREATE TABLE weberp.tenders (
    tenderid integer NOT NULL,
    location character varying(5) NOT NULL,
    address1 character varying(40) NOT NULL,
    address2 character varying(40) NOT NULL,
    address3 character varying(40) NOT NULL,
    address4 character varying(40) NOT NULL,
    address5 character varying(20) NOT NULL,
    address6 character varying(15) NOT NULL,
    telephone character varying(25) NOT NULL,
    closed integer NOT NULL,
    requiredbydate timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (tenderid)
);
CREATE TABLE weberp.tendersuppliers (
    tenderid integer NOT NULL,
    supplierid character varying(10) NOT NULL,
    email character varying(40) NOT NULL,
    responded integer NOT NULL,
    PRIMARY KEY (tenderid, supplierid)
);
CREATE TABLE weberp.unitsofmeasure (
    unitid smallint NOT NULL,
    unitname character varying(15) NOT NULL,
    PRIMARY KEY (unitid)
);
CREATE TABLE weberp.woitems (
    wo integer NOT NULL,
    stockid character(20) NOT NULL,
    qtyreqd double precision NOT NULL,
    qtyrecd double precision NOT NULL,
    stdcost double precision NOT NULL,
    nextlotsnref character varying(20),
    PRIMARY KEY (wo, stockid)
);
CREATE TABLE weberp.worequirements (
    wo integer NOT NULL,
    parentstockid character varying(20) NOT NULL,
    stockid character varying(20) NOT NULL,
    qtypu double precision NOT NULL,
    stdcost double precision NOT NULL,
    autoissue smallint NOT NULL,
    PRIMARY KEY (wo, parentstockid, stockid)
);
CREATE TABLE weberp.workcentres (
    code character(5) NOT NULL,
    location character(5) NOT NULL,
    description character(20) NOT NULL,
    capacity double precision NOT NULL,
    overheadperhour numeric(10,0) NOT NULL,
    overheadrecoveryact integer NOT NULL,
    setuphrs numeric(10,0) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE weberp.workorders (
    wo integer NOT NULL,
    loccode character(5) NOT NULL,
    requiredby date NOT NULL,
    startdate date NOT NULL,
    costissued double precision NOT NULL,
    closed smallint NOT NULL,
    PRIMARY KEY (wo)
);
CREATE TABLE weberp.woserialnos (
    wo integer NOT NULL,
    stockid character varying(20) NOT NULL,
    serialno character varying(30) NOT NULL,
    quantity double precision NOT NULL,
    qualitytext text NOT NULL,
    PRIMARY KEY (wo, stockid, serialno)
);
CREATE TABLE weberp.www_users (
    userid character varying(20) NOT NULL,
    password text NOT NULL,
    realname character varying(35) NOT NULL,
    customerid character varying(10) NOT NULL,
    supplierid character varying(10) NOT NULL,
    salesman character(3) NOT NULL,
    phone character varying(30) NOT NULL,
    email character varying(55),
    defaultlocation character varying(5) NOT NULL,
    fullaccess integer NOT NULL,
    cancreatetender smallint NOT NULL,
    lastvisitdate timestamp(0) without time zone,
    branchcode character varying(10) NOT NULL,
    pagesize character varying(20) NOT NULL,
    modulesallowed character varying(40) NOT NULL,
    blocked smallint NOT NULL,
    displayrecordsmax integer NOT NULL,
    theme character varying(30) NOT NULL,
    language character varying(10) NOT NULL,
    pdflanguage smallint NOT NULL,
    department integer NOT NULL,
    PRIMARY KEY (userid)
);
ALTER TABLE weberp.accountgroups ADD FOREIGN KEY (sectioninaccounts) REFERENCES weberp.accountsection (sectionid);
ALTER TABLE weberp.audittrail ADD FOREIGN KEY (userid) REFERENCES weberp.www_users (userid);
ALTER TABLE weberp.bankaccounts ADD FOREIGN KEY (accountcode) REFERENCES weberp.chartmaster (accountcode);
ALTER TABLE weberp.banktrans ADD FOREIGN KEY (type) REFERENCES weberp.systypes (typeid);
ALTER TABLE weberp.banktrans ADD FOREIGN KEY (bankact) REFERENCES weberp.bankaccounts (accountcode);
ALTER TABLE weberp.bom ADD FOREIGN KEY (parent) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.bom ADD FOREIGN KEY (component) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.bom ADD FOREIGN KEY (workcentreadded) REFERENCES weberp.workcentres (code);
ALTER TABLE weberp.bom ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.chartdetails ADD FOREIGN KEY (accountcode) REFERENCES weberp.chartmaster (accountcode);
ALTER TABLE weberp.chartdetails ADD FOREIGN KEY (period) REFERENCES weberp.periods (periodno);
ALTER TABLE weberp.chartmaster ADD FOREIGN KEY (group_) REFERENCES weberp.accountgroups (groupname);
ALTER TABLE weberp.contractbom ADD FOREIGN KEY (workcentreadded) REFERENCES weberp.workcentres (code);
ALTER TABLE weberp.contractbom ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.contractcharges ADD FOREIGN KEY (contractref) REFERENCES weberp.contracts (contractref);
ALTER TABLE weberp.contractcharges ADD FOREIGN KEY (transtype) REFERENCES weberp.systypes (typeid);
ALTER TABLE weberp.contractreqts ADD FOREIGN KEY (contractref) REFERENCES weberp.contracts (contractref);
ALTER TABLE weberp.contracts ADD FOREIGN KEY (debtorno, branchcode) REFERENCES weberp.custbranch (debtorno, branchcode);
ALTER TABLE weberp.contracts ADD FOREIGN KEY (categoryid) REFERENCES weberp.stockcategory (categoryid);
ALTER TABLE weberp.contracts ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.custallocns ADD FOREIGN KEY (transid_allocfrom) REFERENCES weberp.debtortrans (id);
ALTER TABLE weberp.custallocns ADD FOREIGN KEY (transid_allocto) REFERENCES weberp.debtortrans (id);
ALTER TABLE weberp.custbranch ADD FOREIGN KEY (debtorno) REFERENCES weberp.debtorsmaster (debtorno);
ALTER TABLE weberp.custbranch ADD FOREIGN KEY (area) REFERENCES weberp.areas (areacode);
ALTER TABLE weberp.custbranch ADD FOREIGN KEY (salesman) REFERENCES weberp.salesman (salesmancode);
ALTER TABLE weberp.custbranch ADD FOREIGN KEY (defaultlocation) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.custbranch ADD FOREIGN KEY (defaultshipvia) REFERENCES weberp.shippers (shipper_id);
ALTER TABLE weberp.custbranch ADD FOREIGN KEY (taxgroupid) REFERENCES weberp.taxgroups (taxgroupid);
ALTER TABLE weberp.debtorsmaster ADD FOREIGN KEY (holdreason) REFERENCES weberp.holdreasons (reasoncode);
ALTER TABLE weberp.debtorsmaster ADD FOREIGN KEY (currcode) REFERENCES weberp.currencies (currabrev);
ALTER TABLE weberp.debtorsmaster ADD FOREIGN KEY (paymentterms) REFERENCES weberp.paymentterms (termsindicator);
ALTER TABLE weberp.debtorsmaster ADD FOREIGN KEY (salestype) REFERENCES weberp.salestypes (typeabbrev);
ALTER TABLE weberp.debtorsmaster ADD FOREIGN KEY (typeid) REFERENCES weberp.debtortype (typeid);
ALTER TABLE weberp.debtortrans ADD FOREIGN KEY (type) REFERENCES weberp.systypes (typeid);
ALTER TABLE weberp.debtortrans ADD FOREIGN KEY (prd) REFERENCES weberp.periods (periodno);
ALTER TABLE weberp.debtortranstaxes ADD FOREIGN KEY (taxauthid) REFERENCES weberp.taxauthorities (taxid);
ALTER TABLE weberp.debtortranstaxes ADD FOREIGN KEY (debtortransid) REFERENCES weberp.debtortrans (id);
ALTER TABLE weberp.deliverynotes ADD FOREIGN KEY (salesorderno) REFERENCES weberp.salesorders (orderno);
ALTER TABLE weberp.deliverynotes ADD FOREIGN KEY (salesorderno, salesorderlineno) REFERENCES weberp.salesorderdetails (orderno, orderlineno);
ALTER TABLE weberp.discountmatrix ADD FOREIGN KEY (salestype) REFERENCES weberp.salestypes (typeabbrev);
ALTER TABLE weberp.freightcosts ADD FOREIGN KEY (locationfrom) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.freightcosts ADD FOREIGN KEY (shipperid) REFERENCES weberp.shippers (shipper_id);
ALTER TABLE weberp.gltrans ADD FOREIGN KEY (account) REFERENCES weberp.chartmaster (accountcode);
ALTER TABLE weberp.gltrans ADD FOREIGN KEY (type) REFERENCES weberp.systypes (typeid);
ALTER TABLE weberp.gltrans ADD FOREIGN KEY (periodno) REFERENCES weberp.periods (periodno);
ALTER TABLE weberp.grns ADD FOREIGN KEY (supplierid) REFERENCES weberp.suppliers (supplierid);
ALTER TABLE weberp.grns ADD FOREIGN KEY (podetailitem) REFERENCES weberp.purchorderdetails (podetailitem);
ALTER TABLE weberp.internalstockcatrole ADD FOREIGN KEY (categoryid) REFERENCES weberp.stockcategory (categoryid);
ALTER TABLE weberp.internalstockcatrole ADD FOREIGN KEY (secroleid) REFERENCES weberp.securityroles (secroleid);
ALTER TABLE weberp.internalstockcatrole ADD FOREIGN KEY (categoryid) REFERENCES weberp.stockcategory (categoryid);
ALTER TABLE weberp.internalstockcatrole ADD FOREIGN KEY (secroleid) REFERENCES weberp.securityroles (secroleid);
ALTER TABLE weberp.locations ADD FOREIGN KEY (taxprovinceid) REFERENCES weberp.taxprovinces (taxprovinceid);
ALTER TABLE weberp.locstock ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.locstock ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.loctransfers ADD FOREIGN KEY (shiploc) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.loctransfers ADD FOREIGN KEY (recloc) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.loctransfers ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.mrpdemands ADD FOREIGN KEY (mrpdemandtype) REFERENCES weberp.mrpdemandtypes (mrpdemandtype);
ALTER TABLE weberp.mrpdemands ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.offers ADD FOREIGN KEY (supplierid) REFERENCES weberp.suppliers (supplierid);
ALTER TABLE weberp.offers ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.orderdeliverydifferenceslog ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.orderdeliverydifferenceslog ADD FOREIGN KEY (debtorno, branch) REFERENCES weberp.custbranch (debtorno, branchcode);
ALTER TABLE weberp.orderdeliverydifferenceslog ADD FOREIGN KEY (orderno) REFERENCES weberp.salesorders (orderno);
ALTER TABLE weberp.pcexpenses ADD FOREIGN KEY (glaccount) REFERENCES weberp.chartmaster (accountcode);
ALTER TABLE weberp.pctabexpenses ADD FOREIGN KEY (typetabcode) REFERENCES weberp.pctypetabs (typetabcode);
ALTER TABLE weberp.pctabexpenses ADD FOREIGN KEY (codeexpense) REFERENCES weberp.pcexpenses (codeexpense);
ALTER TABLE weberp.pctabs ADD FOREIGN KEY (usercode) REFERENCES weberp.www_users (userid);
ALTER TABLE weberp.pctabs ADD FOREIGN KEY (typetabcode) REFERENCES weberp.pctypetabs (typetabcode);
ALTER TABLE weberp.pctabs ADD FOREIGN KEY (currency) REFERENCES weberp.currencies (currabrev);
ALTER TABLE weberp.pctabs ADD FOREIGN KEY (authorizer) REFERENCES weberp.www_users (userid);
ALTER TABLE weberp.pctabs ADD FOREIGN KEY (glaccountassignment) REFERENCES weberp.chartmaster (accountcode);
ALTER TABLE weberp.pickinglistdetails ADD FOREIGN KEY (pickinglistno) REFERENCES weberp.pickinglists (pickinglistno);
ALTER TABLE weberp.pickinglists ADD FOREIGN KEY (orderno) REFERENCES weberp.salesorders (orderno);
ALTER TABLE weberp.prices ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.prices ADD FOREIGN KEY (currabrev) REFERENCES weberp.currencies (currabrev);
ALTER TABLE weberp.prices ADD FOREIGN KEY (typeabbrev) REFERENCES weberp.salestypes (typeabbrev);
ALTER TABLE weberp.purchdata ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.purchdata ADD FOREIGN KEY (supplierno) REFERENCES weberp.suppliers (supplierid);
ALTER TABLE weberp.purchorderdetails ADD FOREIGN KEY (orderno) REFERENCES weberp.purchorders (orderno);
ALTER TABLE weberp.purchorders ADD FOREIGN KEY (supplierno) REFERENCES weberp.suppliers (supplierid);
ALTER TABLE weberp.purchorders ADD FOREIGN KEY (intostocklocation) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.recurringsalesorders ADD FOREIGN KEY (branchcode, debtorno) REFERENCES weberp.custbranch (branchcode, debtorno);
ALTER TABLE weberp.recurrsalesorderdetails ADD FOREIGN KEY (recurrorderno) REFERENCES weberp.recurringsalesorders (recurrorderno);
ALTER TABLE weberp.recurrsalesorderdetails ADD FOREIGN KEY (stkcode) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.reportcolumns ADD FOREIGN KEY (reportid) REFERENCES weberp.reportheaders (reportid);
ALTER TABLE weberp.salesanalysis ADD FOREIGN KEY (periodno) REFERENCES weberp.periods (periodno);
ALTER TABLE weberp.salescatprod ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.salescatprod ADD FOREIGN KEY (salescatid) REFERENCES weberp.salescat (salescatid);
ALTER TABLE weberp.salesorderdetails ADD FOREIGN KEY (orderno) REFERENCES weberp.salesorders (orderno);
ALTER TABLE weberp.salesorderdetails ADD FOREIGN KEY (stkcode) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.salesorders ADD FOREIGN KEY (branchcode, debtorno) REFERENCES weberp.custbranch (branchcode, debtorno);
ALTER TABLE weberp.salesorders ADD FOREIGN KEY (shipvia) REFERENCES weberp.shippers (shipper_id);
ALTER TABLE weberp.salesorders ADD FOREIGN KEY (fromstkloc) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.securitygroups ADD FOREIGN KEY (secroleid) REFERENCES weberp.securityroles (secroleid);
ALTER TABLE weberp.securitygroups ADD FOREIGN KEY (tokenid) REFERENCES weberp.securitytokens (tokenid);
ALTER TABLE weberp.shipmentcharges ADD FOREIGN KEY (shiptref) REFERENCES weberp.shipments (shiptref);
ALTER TABLE weberp.shipmentcharges ADD FOREIGN KEY (transtype) REFERENCES weberp.systypes (typeid);
ALTER TABLE weberp.shipments ADD FOREIGN KEY (supplierid) REFERENCES weberp.suppliers (supplierid);
ALTER TABLE weberp.stockcatproperties ADD FOREIGN KEY (categoryid) REFERENCES weberp.stockcategory (categoryid);
ALTER TABLE weberp.stockcatproperties ADD FOREIGN KEY (categoryid) REFERENCES weberp.stockcategory (categoryid);
ALTER TABLE weberp.stockcatproperties ADD FOREIGN KEY (categoryid) REFERENCES weberp.stockcategory (categoryid);
ALTER TABLE weberp.stockcheckfreeze ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockcheckfreeze ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.stockcounts ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockcounts ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.stockitemproperties ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockitemproperties ADD FOREIGN KEY (stkcatpropid) REFERENCES weberp.stockcatproperties (stkcatpropid);
ALTER TABLE weberp.stockitemproperties ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockitemproperties ADD FOREIGN KEY (stkcatpropid) REFERENCES weberp.stockcatproperties (stkcatpropid);
ALTER TABLE weberp.stockitemproperties ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockitemproperties ADD FOREIGN KEY (stkcatpropid) REFERENCES weberp.stockcatproperties (stkcatpropid);
ALTER TABLE weberp.stockmaster ADD FOREIGN KEY (categoryid) REFERENCES weberp.stockcategory (categoryid);
ALTER TABLE weberp.stockmaster ADD FOREIGN KEY (taxcatid) REFERENCES weberp.taxcategories (taxcatid);
ALTER TABLE weberp.stockmoves ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockmoves ADD FOREIGN KEY (type) REFERENCES weberp.systypes (typeid);
ALTER TABLE weberp.stockmoves ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.stockmoves ADD FOREIGN KEY (prd) REFERENCES weberp.periods (periodno);
ALTER TABLE weberp.stockmovestaxes ADD FOREIGN KEY (taxauthid) REFERENCES weberp.taxauthorities (taxid);
ALTER TABLE weberp.stockmovestaxes ADD FOREIGN KEY (stkmoveno) REFERENCES weberp.stockmoves (stkmoveno);
ALTER TABLE weberp.stockmovestaxes ADD FOREIGN KEY (stkmoveno) REFERENCES weberp.stockmoves (stkmoveno);
ALTER TABLE weberp.stockmovestaxes ADD FOREIGN KEY (stkmoveno) REFERENCES weberp.stockmoves (stkmoveno);
ALTER TABLE weberp.stockrequest ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.stockrequest ADD FOREIGN KEY (departmentid) REFERENCES weberp.departments (departmentid);
ALTER TABLE weberp.stockrequest ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.stockrequest ADD FOREIGN KEY (departmentid) REFERENCES weberp.departments (departmentid);
ALTER TABLE weberp.stockrequestitems ADD FOREIGN KEY (dispatchid) REFERENCES weberp.stockrequest (dispatchid);
ALTER TABLE weberp.stockrequestitems ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockrequestitems ADD FOREIGN KEY (dispatchid) REFERENCES weberp.stockrequest (dispatchid);
ALTER TABLE weberp.stockrequestitems ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockserialitems ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.stockserialitems ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.stockserialmoves ADD FOREIGN KEY (stockmoveno) REFERENCES weberp.stockmoves (stkmoveno);
ALTER TABLE weberp.suppallocs ADD FOREIGN KEY (transid_allocfrom) REFERENCES weberp.supptrans (id);
ALTER TABLE weberp.suppallocs ADD FOREIGN KEY (transid_allocto) REFERENCES weberp.supptrans (id);
ALTER TABLE weberp.suppliercontacts ADD FOREIGN KEY (supplierid) REFERENCES weberp.suppliers (supplierid);
ALTER TABLE weberp.suppliers ADD FOREIGN KEY (currcode) REFERENCES weberp.currencies (currabrev);
ALTER TABLE weberp.suppliers ADD FOREIGN KEY (paymentterms) REFERENCES weberp.paymentterms (termsindicator);
ALTER TABLE weberp.suppliers ADD FOREIGN KEY (taxgroupid) REFERENCES weberp.taxgroups (taxgroupid);
ALTER TABLE weberp.supptrans ADD FOREIGN KEY (type) REFERENCES weberp.systypes (typeid);
ALTER TABLE weberp.supptrans ADD FOREIGN KEY (supplierno) REFERENCES weberp.suppliers (supplierid);
ALTER TABLE weberp.supptranstaxes ADD FOREIGN KEY (taxauthid) REFERENCES weberp.taxauthorities (taxid);
ALTER TABLE weberp.supptranstaxes ADD FOREIGN KEY (supptransid) REFERENCES weberp.supptrans (id);
ALTER TABLE weberp.taxauthorities ADD FOREIGN KEY (taxglcode) REFERENCES weberp.chartmaster (accountcode);
ALTER TABLE weberp.taxauthorities ADD FOREIGN KEY (purchtaxglaccount) REFERENCES weberp.chartmaster (accountcode);
ALTER TABLE weberp.taxauthrates ADD FOREIGN KEY (taxauthority) REFERENCES weberp.taxauthorities (taxid);
ALTER TABLE weberp.taxauthrates ADD FOREIGN KEY (taxcatid) REFERENCES weberp.taxcategories (taxcatid);
ALTER TABLE weberp.taxauthrates ADD FOREIGN KEY (dispatchtaxprovince) REFERENCES weberp.taxprovinces (taxprovinceid);
ALTER TABLE weberp.taxgrouptaxes ADD FOREIGN KEY (taxgroupid) REFERENCES weberp.taxgroups (taxgroupid);
ALTER TABLE weberp.taxgrouptaxes ADD FOREIGN KEY (taxauthid) REFERENCES weberp.taxauthorities (taxid);
ALTER TABLE weberp.woitems ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.woitems ADD FOREIGN KEY (wo) REFERENCES weberp.workorders (wo);
ALTER TABLE weberp.worequirements ADD FOREIGN KEY (wo) REFERENCES weberp.workorders (wo);
ALTER TABLE weberp.worequirements ADD FOREIGN KEY (stockid) REFERENCES weberp.stockmaster (stockid);
ALTER TABLE weberp.worequirements ADD FOREIGN KEY (wo, parentstockid) REFERENCES weberp.woitems (wo, stockid);
ALTER TABLE weberp.workcentres ADD FOREIGN KEY (location) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.workorders ADD FOREIGN KEY (loccode) REFERENCES weberp.locations (loccode);
ALTER TABLE weberp.www_users ADD FOREIGN KEY (defaultlocation) REFERENCES weberp.locations (loccode);
COMMENT ON COLUMN weberp.banktrans.exrate IS 'From bank account currency to payment currency';
COMMENT ON COLUMN weberp.banktrans.functionalexrate IS 'Account currency to functional currency';
COMMENT ON COLUMN weberp.debtortrans.packages IS 'number of cartons';
COMMENT ON COLUMN weberp.locations.internalrequest IS 'Allow (1) or not (0) internal request from this location';
COMMENT ON TABLE weberp.loctransfers IS 'Stores Shipments To And From Locations';
COMMENT ON COLUMN weberp.pcashdetails.authorized IS 'date cash assigment was revised and authorized by authorizer from tabs table';
COMMENT ON COLUMN weberp.pcashdetails.posted IS 'has (or has not) been posted into gltrans';
COMMENT ON COLUMN weberp.pcashdetails.receipt IS 'filename or path to scanned receipt or code of receipt to find physical receipt if tax guys or auditors show up';
COMMENT ON COLUMN weberp.pcexpenses.codeexpense IS 'code for the group';
COMMENT ON COLUMN weberp.pcexpenses.description IS 'text description, e.g. meals, train tickets, fuel, etc';
COMMENT ON COLUMN weberp.pctabs.usercode IS 'code of user employee from www_users';
COMMENT ON COLUMN weberp.pctabs.assigner IS 'Cash assigner for the tab';
COMMENT ON COLUMN weberp.pctabs.authorizer IS 'code of user from www_users';
COMMENT ON COLUMN weberp.pctypetabs.typetabcode IS 'code for the type of petty cash tab';
COMMENT ON COLUMN weberp.pctypetabs.typetabdescription IS 'text description, e.g. tab for CEO';
COMMENT ON COLUMN weberp.salesman."current" IS 'Salesman current (1) or not (0)';
COMMENT ON COLUMN weberp.salesorderdetails.itemdue IS 'Due date for line item.  Some customers require  acknowledgements with due dates by line item';
COMMENT ON COLUMN weberp.salesorderdetails.poline IS 'Some Customers require acknowledgements with a PO line number for each sales line';
