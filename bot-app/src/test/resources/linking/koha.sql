-- Koha, the open-source integrated library system (catalogue: bibliographic records, biblioitems, items and their
-- deleted copies, MARC frameworks, authorities; patrons (borrowers) with categories, attributes, restrictions,
-- messaging preferences, files and images; circulation: checkouts (issues and old_issues), holds (reserves and
-- old_reserves), transfers, circulation and fine rules, fines and payments (accountlines, account_offsets), calendars;
-- acquisitions: vendors, baskets, orders, budgets and funds, invoices, suggestions; serials and subscriptions; lists,
-- reviews, tags and ratings; clubs, course reserves, house-bound service, interlibrary loans, rotating collections and
-- stock rotation; reports, notices and the message queue, imports and MARC matching, OAI sets, Z39.50 servers,
-- permissions and system preferences), as its installer creates it: installer/data/mysql/kohastructure.sql of Koha
-- master at commit 8437e95 (13 August 2019, database version 19.06.00.020), read from the fork
-- github.com/hayleymapley/Bug-8367 (that commit precedes the fork's own patches; the Koha-Community repository is too
-- large to mirror here). GPL-3.0-or-later (Koha's LICENSE); we use the schema's facts. Its MySQL CREATE TABLE and
-- ALTER TABLE ... ADD CONSTRAINT statements were turned into PostgreSQL by a one-off script and loaded into a scratch
-- PostgreSQL 15: all 199 tables, their primary keys (180 tables; 19 declare none in the source, e.g. statistics,
-- deletedborrowers, tmp_holdsqueue, user_permissions, virtualshelfcontents), 217 of the 218 foreign
-- keys (left out: illrequests.status_alias -> authorised_values.authorised_value, which MySQL accepts on a non-unique
-- column and PostgreSQL does not), with the four UNIQUE keys those foreign keys point at, schema koha; names
-- lower-cased (collections.colId -> colid), int/mediumint -> integer, tinyint/smallint -> smallint (tinyint(1) kept
-- as smallint unless the source says BOOLEAN), bigint and serial -> bigint, varchar/char kept with their lengths,
-- text/mediumtext/longtext -> text, blob/longblob -> bytea, datetime/timestamp -> timestamp, decimal -> numeric with
-- its precision, float/double -> double precision, enum -> varchar as long as its longest value. The source's
-- comments (its trailing "-- ..." remarks on CREATE TABLE and column lines and its COMMENT clauses) kept as table and
-- column comments. Left out: auto-increment, defaults, ON DELETE/UPDATE actions, indexes and the other unique keys,
-- one CHECK (transport_cost: frombranch <> tobranch), MySQL table options. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS koha;
CREATE TABLE koha.account_offset_types (
    type varchar(16) NOT NULL,
    PRIMARY KEY (type)
);
COMMENT ON COLUMN koha.account_offset_types.type IS 'The type of offset this is';
CREATE TABLE koha.account_offsets (
    id integer NOT NULL,
    credit_id integer,
    debit_id integer,
    type varchar(16) NOT NULL,
    amount numeric(26,6) NOT NULL,
    created_on timestamp NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.account_offsets.id IS 'unique identifier for each offset';
COMMENT ON COLUMN koha.account_offsets.credit_id IS 'The id of the accountline the increased the patron''s balance';
COMMENT ON COLUMN koha.account_offsets.debit_id IS 'The id of the accountline that decreased the patron''s balance';
COMMENT ON COLUMN koha.account_offsets.type IS 'The type of offset this is';
COMMENT ON COLUMN koha.account_offsets.amount IS 'The amount of the change';
CREATE TABLE koha.accountlines (
    accountlines_id integer NOT NULL,
    issue_id integer,
    borrowernumber integer,
    itemnumber integer,
    date date,
    amount numeric(28,6),
    description text,
    accounttype varchar(16),
    status varchar(16),
    payment_type varchar(80),
    amountoutstanding numeric(28,6),
    timestamp timestamp NOT NULL,
    note text,
    manager_id integer,
    interface varchar(16) NOT NULL,
    branchcode varchar( 10 ),
    PRIMARY KEY (accountlines_id)
);
COMMENT ON COLUMN koha.accountlines.payment_type IS 'optional authorised value PAYMENT_TYPE';
COMMENT ON COLUMN koha.accountlines.branchcode IS 'the branchcode of the library where a payment was made, a manual invoice created, etc.';
CREATE TABLE koha.action_logs (
    action_id integer NOT NULL,
    timestamp timestamp NOT NULL,
    "user" integer NOT NULL,
    module text,
    action text,
    object integer,
    info text,
    interface varchar(30),
    PRIMARY KEY (action_id)
);
COMMENT ON TABLE koha.action_logs IS 'logs of actions taken in Koha (requires that the logs be turned on)';
COMMENT ON COLUMN koha.action_logs.action_id IS 'unique identifier for each action';
COMMENT ON COLUMN koha.action_logs.timestamp IS 'the date and time the action took place';
COMMENT ON COLUMN koha.action_logs."user" IS 'the staff member who performed the action (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.action_logs.module IS 'the module this action was taken against';
COMMENT ON COLUMN koha.action_logs.action IS 'the action (includes things like DELETED, ADDED, MODIFY, etc)';
COMMENT ON COLUMN koha.action_logs.object IS 'the object that the action was taken against (could be a borrowernumber, itemnumber, etc)';
COMMENT ON COLUMN koha.action_logs.info IS 'information about the action (usually includes SQL statement)';
COMMENT ON COLUMN koha.action_logs.interface IS 'the context this action was taken in';
CREATE TABLE koha.additional_field_values (
    id integer NOT NULL,
    field_id integer NOT NULL,
    record_id integer NOT NULL,
    value varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.additional_field_values.id IS 'primary key identifier';
COMMENT ON COLUMN koha.additional_field_values.field_id IS 'foreign key references additional_fields(id)';
COMMENT ON COLUMN koha.additional_field_values.record_id IS 'record_id';
COMMENT ON COLUMN koha.additional_field_values.value IS 'value for this field';
CREATE TABLE koha.additional_fields (
    id integer NOT NULL,
    tablename varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    authorised_value_category varchar(16) NOT NULL,
    marcfield varchar(16) NOT NULL,
    searchable smallint NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.additional_fields.id IS 'primary key identifier';
COMMENT ON COLUMN koha.additional_fields.tablename IS 'tablename of the new field';
COMMENT ON COLUMN koha.additional_fields.name IS 'name of the field';
COMMENT ON COLUMN koha.additional_fields.authorised_value_category IS 'is an authorised value category';
COMMENT ON COLUMN koha.additional_fields.marcfield IS 'contains the marc field to copied into the record';
COMMENT ON COLUMN koha.additional_fields.searchable IS 'is the field searchable?';
CREATE TABLE koha.alert (
    alertid integer NOT NULL,
    borrowernumber integer NOT NULL,
    type varchar(10) NOT NULL,
    externalid varchar(20) NOT NULL,
    PRIMARY KEY (alertid)
);
CREATE TABLE koha.api_keys (
    client_id varchar(191) NOT NULL,
    secret varchar(191) NOT NULL,
    description varchar(255) NOT NULL,
    patron_id integer NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (client_id)
);
COMMENT ON COLUMN koha.api_keys.client_id IS 'API client ID';
COMMENT ON COLUMN koha.api_keys.secret IS 'API client secret used for API authentication';
COMMENT ON COLUMN koha.api_keys.description IS 'API client description';
COMMENT ON COLUMN koha.api_keys.patron_id IS 'Foreign key to the borrowers table';
COMMENT ON COLUMN koha.api_keys.active IS '0 means this API key is revoked';
CREATE TABLE koha.aqbasket (
    basketno integer NOT NULL,
    basketname varchar(50),
    note text,
    booksellernote text,
    contractnumber integer,
    creationdate date,
    closedate date,
    booksellerid integer NOT NULL,
    authorisedby varchar(10),
    booksellerinvoicenumber text,
    basketgroupid integer,
    deliveryplace varchar(10),
    billingplace varchar(10),
    branch varchar(10),
    is_standing smallint NOT NULL,
    create_items varchar(11),
    PRIMARY KEY (basketno)
);
COMMENT ON TABLE koha.aqbasket IS 'stores data about baskets in acquisitions';
COMMENT ON COLUMN koha.aqbasket.basketno IS 'primary key, Koha defined number';
COMMENT ON COLUMN koha.aqbasket.basketname IS 'name given to the basket at creation';
COMMENT ON COLUMN koha.aqbasket.note IS 'the internal note added at basket creation';
COMMENT ON COLUMN koha.aqbasket.booksellernote IS 'the vendor note added at basket creation';
COMMENT ON COLUMN koha.aqbasket.contractnumber IS 'links this basket to the aqcontract table (aqcontract.contractnumber)';
COMMENT ON COLUMN koha.aqbasket.creationdate IS 'the date the basket was created';
COMMENT ON COLUMN koha.aqbasket.closedate IS 'the date the basket was closed';
COMMENT ON COLUMN koha.aqbasket.booksellerid IS 'the Koha assigned ID for the vendor (aqbooksellers.id)';
COMMENT ON COLUMN koha.aqbasket.authorisedby IS 'the borrowernumber of the person who created the basket';
COMMENT ON COLUMN koha.aqbasket.booksellerinvoicenumber IS 'appears to always be NULL';
COMMENT ON COLUMN koha.aqbasket.basketgroupid IS 'links this basket to its group (aqbasketgroups.id)';
COMMENT ON COLUMN koha.aqbasket.deliveryplace IS 'basket delivery place';
COMMENT ON COLUMN koha.aqbasket.billingplace IS 'basket billing place';
COMMENT ON COLUMN koha.aqbasket.branch IS 'basket branch';
COMMENT ON COLUMN koha.aqbasket.is_standing IS 'orders in this basket are standing';
COMMENT ON COLUMN koha.aqbasket.create_items IS 'when items should be created for orders in this basket';
CREATE TABLE koha.aqbasketgroups (
    id integer NOT NULL,
    name varchar(50),
    closed smallint,
    booksellerid integer NOT NULL,
    deliveryplace varchar(10),
    freedeliveryplace text,
    deliverycomment varchar(255),
    billingplace varchar(10),
    PRIMARY KEY (id)
);
CREATE TABLE koha.aqbasketusers (
    basketno integer NOT NULL,
    borrowernumber integer NOT NULL,
    PRIMARY KEY (basketno, borrowernumber)
);
CREATE TABLE koha.aqbooksellers (
    id integer NOT NULL,
    name text NOT NULL,
    address1 text,
    address2 text,
    address3 text,
    address4 text,
    phone varchar(30),
    accountnumber text,
    othersupplier text,
    currency varchar(10) NOT NULL,
    booksellerfax text,
    notes text,
    bookselleremail text,
    booksellerurl text,
    postal text,
    url varchar(255),
    active smallint,
    listprice varchar(10),
    invoiceprice varchar(10),
    gstreg smallint,
    listincgst smallint,
    invoiceincgst smallint,
    tax_rate numeric(6,4),
    discount double precision,
    fax varchar(50),
    deliverytime integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.aqbooksellers IS 'information about the vendors listed in acquisitions';
COMMENT ON COLUMN koha.aqbooksellers.id IS 'primary key and unique identifier assigned by Koha';
COMMENT ON COLUMN koha.aqbooksellers.name IS 'vendor name';
COMMENT ON COLUMN koha.aqbooksellers.address1 IS 'first line of vendor physical address';
COMMENT ON COLUMN koha.aqbooksellers.address2 IS 'second line of vendor physical address';
COMMENT ON COLUMN koha.aqbooksellers.address3 IS 'third line of vendor physical address';
COMMENT ON COLUMN koha.aqbooksellers.address4 IS 'fourth line of vendor physical address';
COMMENT ON COLUMN koha.aqbooksellers.phone IS 'vendor phone number';
COMMENT ON COLUMN koha.aqbooksellers.accountnumber IS 'unused in Koha';
COMMENT ON COLUMN koha.aqbooksellers.othersupplier IS 'unused in Koha';
COMMENT ON COLUMN koha.aqbooksellers.currency IS 'unused in Koha';
COMMENT ON COLUMN koha.aqbooksellers.booksellerfax IS 'vendor fax number';
COMMENT ON COLUMN koha.aqbooksellers.notes IS 'order notes';
COMMENT ON COLUMN koha.aqbooksellers.bookselleremail IS 'vendor email';
COMMENT ON COLUMN koha.aqbooksellers.booksellerurl IS 'unused in Koha';
COMMENT ON COLUMN koha.aqbooksellers.postal IS 'vendor postal address (all lines)';
COMMENT ON COLUMN koha.aqbooksellers.url IS 'vendor web address';
COMMENT ON COLUMN koha.aqbooksellers.active IS 'is this vendor active (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.aqbooksellers.listprice IS 'currency code for list prices';
COMMENT ON COLUMN koha.aqbooksellers.invoiceprice IS 'currency code for invoice prices';
COMMENT ON COLUMN koha.aqbooksellers.gstreg IS 'is your library charged tax (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.aqbooksellers.listincgst IS 'is tax included in list prices (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.aqbooksellers.invoiceincgst IS 'is tax included in invoice prices (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.aqbooksellers.tax_rate IS 'the tax rate the library is charged';
COMMENT ON COLUMN koha.aqbooksellers.discount IS 'discount offered on all items ordered from this vendor';
COMMENT ON COLUMN koha.aqbooksellers.fax IS 'vendor fax number';
COMMENT ON COLUMN koha.aqbooksellers.deliverytime IS 'vendor delivery time';
CREATE TABLE koha.aqbudgetborrowers (
    budget_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    PRIMARY KEY (budget_id, borrowernumber)
);
CREATE TABLE koha.aqbudgetperiods (
    budget_period_id integer NOT NULL,
    budget_period_startdate date NOT NULL,
    budget_period_enddate date NOT NULL,
    budget_period_active smallint,
    budget_period_description text,
    budget_period_total numeric(28,6),
    budget_period_locked smallint,
    sort1_authcat varchar(10),
    sort2_authcat varchar(10),
    PRIMARY KEY (budget_period_id)
);
COMMENT ON TABLE koha.aqbudgetperiods IS 'information related to Budgets';
COMMENT ON COLUMN koha.aqbudgetperiods.budget_period_id IS 'primary key and unique number assigned by Koha';
COMMENT ON COLUMN koha.aqbudgetperiods.budget_period_startdate IS 'date when the budget starts';
COMMENT ON COLUMN koha.aqbudgetperiods.budget_period_enddate IS 'date when the budget ends';
COMMENT ON COLUMN koha.aqbudgetperiods.budget_period_active IS 'whether this budget is active or not (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.aqbudgetperiods.budget_period_description IS 'description assigned to this budget';
COMMENT ON COLUMN koha.aqbudgetperiods.budget_period_total IS 'total amount available in this budget';
COMMENT ON COLUMN koha.aqbudgetperiods.budget_period_locked IS 'whether this budget is locked or not (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.aqbudgetperiods.sort1_authcat IS 'statistical category for this budget';
COMMENT ON COLUMN koha.aqbudgetperiods.sort2_authcat IS 'second statistical category for this budget';
CREATE TABLE koha.aqbudgets (
    budget_id integer NOT NULL,
    budget_parent_id integer,
    budget_code varchar(30),
    budget_name varchar(80),
    budget_branchcode varchar(10),
    budget_amount numeric(28,6),
    budget_encumb numeric(28,6),
    budget_expend numeric(28,6),
    budget_notes text,
    timestamp timestamp NOT NULL,
    budget_period_id integer,
    sort1_authcat varchar(80),
    sort2_authcat varchar(80),
    budget_owner_id integer,
    budget_permission integer,
    PRIMARY KEY (budget_id)
);
COMMENT ON TABLE koha.aqbudgets IS 'information related to Funds';
COMMENT ON COLUMN koha.aqbudgets.budget_id IS 'primary key and unique number assigned to each fund by Koha';
COMMENT ON COLUMN koha.aqbudgets.budget_parent_id IS 'if this fund is a child of another this will include the parent id (aqbudgets.budget_id)';
COMMENT ON COLUMN koha.aqbudgets.budget_code IS 'code assigned to the fund by the user';
COMMENT ON COLUMN koha.aqbudgets.budget_name IS 'name assigned to the fund by the user';
COMMENT ON COLUMN koha.aqbudgets.budget_branchcode IS 'branch that this fund belongs to (branches.branchcode)';
COMMENT ON COLUMN koha.aqbudgets.budget_amount IS 'total amount for this fund';
COMMENT ON COLUMN koha.aqbudgets.budget_encumb IS 'budget warning at percentage';
COMMENT ON COLUMN koha.aqbudgets.budget_expend IS 'budget warning at amount';
COMMENT ON COLUMN koha.aqbudgets.budget_notes IS 'notes related to this fund';
COMMENT ON COLUMN koha.aqbudgets.timestamp IS 'date and time this fund was last touched (created or modified)';
COMMENT ON COLUMN koha.aqbudgets.budget_period_id IS 'id of the budget that this fund belongs to (aqbudgetperiods.budget_period_id)';
COMMENT ON COLUMN koha.aqbudgets.sort1_authcat IS 'statistical category for this fund';
COMMENT ON COLUMN koha.aqbudgets.sort2_authcat IS 'second statistical category for this fund';
COMMENT ON COLUMN koha.aqbudgets.budget_owner_id IS 'borrowernumber of the person who owns this fund (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.aqbudgets.budget_permission IS 'level of permission for this fund (used only by the owner, only by the library, or anyone)';
CREATE TABLE koha.aqbudgets_planning (
    plan_id integer NOT NULL,
    budget_id integer NOT NULL,
    budget_period_id integer NOT NULL,
    estimated_amount numeric(28,6),
    authcat varchar(30) NOT NULL,
    authvalue varchar(30) NOT NULL,
    display smallint,
    PRIMARY KEY (plan_id)
);
CREATE TABLE koha.aqcontacts (
    id integer NOT NULL,
    name varchar(100),
    position varchar(100),
    phone varchar(100),
    altphone varchar(100),
    fax varchar(100),
    email varchar(100),
    notes text,
    orderacquisition boolean NOT NULL,
    claimacquisition boolean NOT NULL,
    claimissues boolean NOT NULL,
    acqprimary boolean NOT NULL,
    serialsprimary boolean NOT NULL,
    booksellerid integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.aqcontacts.id IS 'primary key and unique number assigned by Koha';
COMMENT ON COLUMN koha.aqcontacts.name IS 'name of contact at vendor';
COMMENT ON COLUMN koha.aqcontacts.position IS 'contact person''s position';
COMMENT ON COLUMN koha.aqcontacts.phone IS 'contact''s phone number';
COMMENT ON COLUMN koha.aqcontacts.altphone IS 'contact''s alternate phone number';
COMMENT ON COLUMN koha.aqcontacts.fax IS 'contact''s fax number';
COMMENT ON COLUMN koha.aqcontacts.email IS 'contact''s email address';
COMMENT ON COLUMN koha.aqcontacts.notes IS 'notes related to the contact';
COMMENT ON COLUMN koha.aqcontacts.orderacquisition IS 'should this contact receive acquisition orders';
COMMENT ON COLUMN koha.aqcontacts.claimacquisition IS 'should this contact receive acquisitions claims';
COMMENT ON COLUMN koha.aqcontacts.claimissues IS 'should this contact receive serial claims';
COMMENT ON COLUMN koha.aqcontacts.acqprimary IS 'is this the primary contact for acquisitions messages';
COMMENT ON COLUMN koha.aqcontacts.serialsprimary IS 'is this the primary contact for serials messages';
CREATE TABLE koha.aqcontract (
    contractnumber integer NOT NULL,
    contractstartdate date,
    contractenddate date,
    contractname varchar(50),
    contractdescription text,
    booksellerid integer NOT NULL,
    PRIMARY KEY (contractnumber)
);
CREATE TABLE koha.aqinvoice_adjustments (
    adjustment_id integer NOT NULL,
    invoiceid integer NOT NULL,
    adjustment numeric(28,6),
    reason varchar(80),
    note text,
    budget_id integer,
    encumber_open smallint NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (adjustment_id)
);
COMMENT ON COLUMN koha.aqinvoice_adjustments.adjustment_id IS 'primary key for adjustments';
COMMENT ON COLUMN koha.aqinvoice_adjustments.invoiceid IS 'foreign key to link an adjustment to an invoice';
COMMENT ON COLUMN koha.aqinvoice_adjustments.adjustment IS 'amount of adjustment';
COMMENT ON COLUMN koha.aqinvoice_adjustments.reason IS 'reason for adjustment defined by authorised values in ADJ_REASON category';
COMMENT ON COLUMN koha.aqinvoice_adjustments.note IS 'text to explain adjustment';
COMMENT ON COLUMN koha.aqinvoice_adjustments.budget_id IS 'optional link to budget to apply adjustment to';
COMMENT ON COLUMN koha.aqinvoice_adjustments.encumber_open IS 'whether or not to encumber the finds when invoice is still open, 1 = yes, 0 = no';
COMMENT ON COLUMN koha.aqinvoice_adjustments.timestamp IS 'timestamp  of last adjustment to adjustment';
CREATE TABLE koha.aqinvoices (
    invoiceid integer NOT NULL,
    invoicenumber text NOT NULL,
    booksellerid integer NOT NULL,
    shipmentdate date,
    billingdate date,
    closedate date,
    shipmentcost numeric(28,6),
    shipmentcost_budgetid integer,
    message_id integer,
    PRIMARY KEY (invoiceid)
);
COMMENT ON COLUMN koha.aqinvoices.invoiceid IS 'ID of the invoice, primary key';
COMMENT ON COLUMN koha.aqinvoices.invoicenumber IS 'Name of invoice';
COMMENT ON COLUMN koha.aqinvoices.booksellerid IS 'foreign key to aqbooksellers';
COMMENT ON COLUMN koha.aqinvoices.shipmentdate IS 'date of shipment';
COMMENT ON COLUMN koha.aqinvoices.billingdate IS 'date of billing';
COMMENT ON COLUMN koha.aqinvoices.closedate IS 'invoice close date, NULL means the invoice is open';
COMMENT ON COLUMN koha.aqinvoices.shipmentcost IS 'shipment cost';
COMMENT ON COLUMN koha.aqinvoices.shipmentcost_budgetid IS 'foreign key to aqbudgets, link the shipment cost to a budget';
COMMENT ON COLUMN koha.aqinvoices.message_id IS 'foreign key to edifact invoice message';
CREATE TABLE koha.aqorder_users (
    ordernumber integer NOT NULL,
    borrowernumber integer NOT NULL,
    PRIMARY KEY (ordernumber, borrowernumber)
);
COMMENT ON TABLE koha.aqorder_users IS 'Mapping orders to patrons for notification sending';
COMMENT ON COLUMN koha.aqorder_users.ordernumber IS 'the order this patrons receive notifications from (aqorders.ordernumber)';
COMMENT ON COLUMN koha.aqorder_users.borrowernumber IS 'the borrowernumber for the patron receiving notifications for this order (borrowers.borrowernumber)';
CREATE TABLE koha.aqorders (
    ordernumber integer NOT NULL,
    biblionumber integer,
    entrydate date,
    quantity smallint,
    currency varchar(10),
    listprice numeric(28,6),
    datereceived date,
    invoiceid integer,
    freight numeric(28,6),
    unitprice numeric(28,6),
    unitprice_tax_excluded numeric(28,6),
    unitprice_tax_included numeric(28,6),
    quantityreceived smallint NOT NULL,
    created_by integer,
    datecancellationprinted date,
    cancellationreason text,
    order_internalnote text,
    order_vendornote text,
    purchaseordernumber text,
    basketno integer,
    timestamp timestamp NOT NULL,
    rrp numeric(13,2),
    replacementprice numeric(28,6),
    rrp_tax_excluded numeric(28,6),
    rrp_tax_included numeric(28,6),
    ecost numeric(13,2),
    ecost_tax_excluded numeric(28,6),
    ecost_tax_included numeric(28,6),
    tax_rate_bak numeric(6,4),
    tax_rate_on_ordering numeric(6,4),
    tax_rate_on_receiving numeric(6,4),
    tax_value_bak numeric(28,6),
    tax_value_on_ordering numeric(28,6),
    tax_value_on_receiving numeric(28,6),
    discount double precision,
    budget_id integer NOT NULL,
    budgetdate date,
    sort1 varchar(80),
    sort2 varchar(80),
    sort1_authcat varchar(10),
    sort2_authcat varchar(10),
    uncertainprice smallint,
    claims_count integer,
    claimed_date date,
    subscriptionid integer,
    parent_ordernumber integer,
    orderstatus varchar(16),
    line_item_id varchar(35),
    suppliers_reference_number varchar(35),
    suppliers_reference_qualifier varchar(3),
    suppliers_report text,
    PRIMARY KEY (ordernumber)
);
COMMENT ON TABLE koha.aqorders IS 'information related to the basket line items';
COMMENT ON COLUMN koha.aqorders.ordernumber IS 'primary key and unique identifier assigned by Koha to each line';
COMMENT ON COLUMN koha.aqorders.biblionumber IS 'links the order to the biblio being ordered (biblio.biblionumber)';
COMMENT ON COLUMN koha.aqorders.entrydate IS 'the date the bib was added to the basket';
COMMENT ON COLUMN koha.aqorders.quantity IS 'the quantity ordered';
COMMENT ON COLUMN koha.aqorders.currency IS 'the currency used for the purchase';
COMMENT ON COLUMN koha.aqorders.listprice IS 'the vendor price for this line item';
COMMENT ON COLUMN koha.aqorders.datereceived IS 'the date this order was received';
COMMENT ON COLUMN koha.aqorders.invoiceid IS 'id of invoice';
COMMENT ON COLUMN koha.aqorders.freight IS 'shipping costs (not used)';
COMMENT ON COLUMN koha.aqorders.unitprice IS 'the actual cost entered when receiving this line item';
COMMENT ON COLUMN koha.aqorders.unitprice_tax_excluded IS 'the unit price excluding tax (on receiving)';
COMMENT ON COLUMN koha.aqorders.unitprice_tax_included IS 'the unit price including tax (on receiving)';
COMMENT ON COLUMN koha.aqorders.quantityreceived IS 'the quantity that have been received so far';
COMMENT ON COLUMN koha.aqorders.created_by IS 'the borrowernumber of order line''s creator';
COMMENT ON COLUMN koha.aqorders.datecancellationprinted IS 'the date the line item was deleted';
COMMENT ON COLUMN koha.aqorders.cancellationreason IS 'reason of cancellation';
COMMENT ON COLUMN koha.aqorders.order_internalnote IS 'notes related to this order line, made for staff';
COMMENT ON COLUMN koha.aqorders.order_vendornote IS 'notes related to this order line, made for vendor';
COMMENT ON COLUMN koha.aqorders.purchaseordernumber IS 'not used? always NULL';
COMMENT ON COLUMN koha.aqorders.basketno IS 'links this order line to a specific basket (aqbasket.basketno)';
COMMENT ON COLUMN koha.aqorders.timestamp IS 'the date and time this order line was last modified';
COMMENT ON COLUMN koha.aqorders.rrp IS 'the retail cost for this line item';
COMMENT ON COLUMN koha.aqorders.replacementprice IS 'the replacement cost for this line item';
COMMENT ON COLUMN koha.aqorders.rrp_tax_excluded IS 'the replacement cost excluding tax';
COMMENT ON COLUMN koha.aqorders.rrp_tax_included IS 'the replacement cost including tax';
COMMENT ON COLUMN koha.aqorders.ecost IS 'the replacement cost for this line item';
COMMENT ON COLUMN koha.aqorders.ecost_tax_excluded IS 'the estimated cost excluding tax';
COMMENT ON COLUMN koha.aqorders.ecost_tax_included IS 'the estimated cost including tax';
COMMENT ON COLUMN koha.aqorders.tax_rate_bak IS 'the tax rate for this line item (%)';
COMMENT ON COLUMN koha.aqorders.tax_rate_on_ordering IS 'the tax rate on ordering for this line item (%)';
COMMENT ON COLUMN koha.aqorders.tax_rate_on_receiving IS 'the tax rate on receiving for this line item (%)';
COMMENT ON COLUMN koha.aqorders.tax_value_bak IS 'the tax value for this line item';
COMMENT ON COLUMN koha.aqorders.tax_value_on_ordering IS 'the tax value on ordering for this line item';
COMMENT ON COLUMN koha.aqorders.tax_value_on_receiving IS 'the tax value on receiving for this line item';
COMMENT ON COLUMN koha.aqorders.discount IS 'the discount for this line item (%)';
COMMENT ON COLUMN koha.aqorders.budget_id IS 'the fund this order goes against (aqbudgets.budget_id)';
COMMENT ON COLUMN koha.aqorders.budgetdate IS 'not used? always NULL';
COMMENT ON COLUMN koha.aqorders.sort1 IS 'statistical field';
COMMENT ON COLUMN koha.aqorders.sort2 IS 'second statistical field';
COMMENT ON COLUMN koha.aqorders.uncertainprice IS 'was this price uncertain (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.aqorders.claims_count IS 'count of claim letters generated';
COMMENT ON COLUMN koha.aqorders.claimed_date IS 'last date a claim was generated';
COMMENT ON COLUMN koha.aqorders.subscriptionid IS 'links this order line to a subscription (subscription.subscriptionid)';
COMMENT ON COLUMN koha.aqorders.parent_ordernumber IS 'ordernumber of parent order line, or same as ordernumber if no parent';
COMMENT ON COLUMN koha.aqorders.orderstatus IS 'the current status for this line item. Can be ''new'', ''ordered'', ''partial'', ''complete'' or ''cancelled';
COMMENT ON COLUMN koha.aqorders.line_item_id IS 'Supplier''s article id for Edifact orderline';
COMMENT ON COLUMN koha.aqorders.suppliers_reference_number IS 'Suppliers unique edifact quote ref';
COMMENT ON COLUMN koha.aqorders.suppliers_reference_qualifier IS 'Type of number above usually ''QLI';
COMMENT ON COLUMN koha.aqorders.suppliers_report IS 'reports received from suppliers';
CREATE TABLE koha.aqorders_items (
    ordernumber integer NOT NULL,
    itemnumber integer NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (itemnumber)
);
COMMENT ON TABLE koha.aqorders_items IS 'information on items entered in the acquisitions process';
COMMENT ON COLUMN koha.aqorders_items.ordernumber IS 'the order this item is attached to (aqorders.ordernumber)';
COMMENT ON COLUMN koha.aqorders_items.itemnumber IS 'the item number for this item (items.itemnumber)';
COMMENT ON COLUMN koha.aqorders_items.timestamp IS 'the date and time this order item was last touched';
CREATE TABLE koha.aqorders_transfers (
    ordernumber_from integer,
    ordernumber_to integer,
    timestamp timestamp NOT NULL
);
CREATE TABLE koha.article_requests (
    id integer NOT NULL,
    borrowernumber integer NOT NULL,
    biblionumber integer NOT NULL,
    itemnumber integer,
    branchcode varchar(10),
    title text,
    author text,
    volume text,
    issue text,
    date text,
    pages text,
    chapters text,
    patron_notes text,
    status varchar(10) NOT NULL,
    notes text,
    created_on timestamp NOT NULL,
    updated_on timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE koha.audio_alerts (
    id integer NOT NULL,
    precedence smallint NOT NULL,
    selector varchar(255) NOT NULL,
    sound varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.auth_header (
    authid bigint NOT NULL,
    authtypecode varchar(10) NOT NULL,
    datecreated date,
    modification_time timestamp NOT NULL,
    origincode varchar(20),
    authtrees text,
    marc bytea,
    linkid bigint,
    marcxml text NOT NULL,
    PRIMARY KEY (authid)
);
CREATE TABLE koha.auth_subfield_structure (
    authtypecode varchar(10) NOT NULL,
    tagfield varchar(3) NOT NULL,
    tagsubfield varchar(1) NOT NULL,
    liblibrarian varchar(255) NOT NULL,
    libopac varchar(255) NOT NULL,
    repeatable smallint NOT NULL,
    mandatory smallint NOT NULL,
    tab smallint,
    authorised_value varchar(10),
    value_builder varchar(80),
    seealso varchar(255),
    isurl smallint,
    hidden smallint NOT NULL,
    linkid smallint NOT NULL,
    kohafield varchar(45),
    frameworkcode varchar(10) NOT NULL,
    defaultvalue text,
    PRIMARY KEY (authtypecode, tagfield, tagsubfield)
);
CREATE TABLE koha.auth_tag_structure (
    authtypecode varchar(10) NOT NULL,
    tagfield varchar(3) NOT NULL,
    liblibrarian varchar(255) NOT NULL,
    libopac varchar(255) NOT NULL,
    repeatable smallint NOT NULL,
    mandatory smallint NOT NULL,
    authorised_value varchar(10),
    PRIMARY KEY (authtypecode, tagfield)
);
CREATE TABLE koha.auth_types (
    authtypecode varchar(10) NOT NULL,
    authtypetext varchar(255) NOT NULL,
    auth_tag_to_report varchar(3) NOT NULL,
    summary text NOT NULL,
    PRIMARY KEY (authtypecode)
);
CREATE TABLE koha.authorised_value_categories (
    category_name varchar(32) NOT NULL,
    PRIMARY KEY (category_name)
);
CREATE TABLE koha.authorised_values (
    id integer NOT NULL,
    category varchar(32) NOT NULL,
    authorised_value varchar(80) NOT NULL,
    lib varchar(200),
    lib_opac varchar(200),
    imageurl varchar(200),
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.authorised_values IS 'stores values for authorized values categories and values';
COMMENT ON COLUMN koha.authorised_values.id IS 'unique key, used to identify the authorized value';
COMMENT ON COLUMN koha.authorised_values.category IS 'key used to identify the authorized value category';
COMMENT ON COLUMN koha.authorised_values.authorised_value IS 'code use to identify the authorized value';
COMMENT ON COLUMN koha.authorised_values.lib IS 'authorized value description as printed in the staff client';
COMMENT ON COLUMN koha.authorised_values.lib_opac IS 'authorized value description as printed in the OPAC';
COMMENT ON COLUMN koha.authorised_values.imageurl IS 'authorized value URL';
CREATE TABLE koha.authorised_values_branches (
    av_id integer NOT NULL,
    branchcode varchar(10) NOT NULL
);
COMMENT ON TABLE koha.authorised_values_branches IS 'association table between authorised_values and branches';
CREATE TABLE koha.biblio (
    biblionumber integer NOT NULL,
    frameworkcode varchar(4) NOT NULL,
    author text,
    title text,
    medium text,
    subtitle text,
    part_number text,
    part_name text,
    unititle text,
    notes text,
    serial smallint,
    seriestitle text,
    copyrightdate smallint,
    timestamp timestamp NOT NULL,
    datecreated date NOT NULL,
    abstract text,
    PRIMARY KEY (biblionumber)
);
COMMENT ON TABLE koha.biblio IS 'table that stores bibliographic information';
COMMENT ON COLUMN koha.biblio.biblionumber IS 'unique identifier assigned to each bibliographic record';
COMMENT ON COLUMN koha.biblio.frameworkcode IS 'foreign key from the biblio_framework table to identify which framework was used in cataloging this record';
COMMENT ON COLUMN koha.biblio.author IS 'statement of responsibility from MARC record (100$a in MARC21)';
COMMENT ON COLUMN koha.biblio.title IS 'title (without the subtitle) from the MARC record (245$a in MARC21)';
COMMENT ON COLUMN koha.biblio.medium IS 'medium from the MARC record (245$h in MARC21)';
COMMENT ON COLUMN koha.biblio.subtitle IS 'remainder of the title from the MARC record (245$b in MARC21)';
COMMENT ON COLUMN koha.biblio.part_number IS 'part number from the MARC record (245$n in MARC21)';
COMMENT ON COLUMN koha.biblio.part_name IS 'part name from the MARC record (245$p in MARC21)';
COMMENT ON COLUMN koha.biblio.unititle IS 'uniform title (without the subtitle) from the MARC record (240$a in MARC21)';
COMMENT ON COLUMN koha.biblio.notes IS 'values from the general notes field in the MARC record (500$a in MARC21) split by bar (|)';
COMMENT ON COLUMN koha.biblio.serial IS 'Boolean indicating whether biblio is for a serial';
COMMENT ON COLUMN koha.biblio.copyrightdate IS 'publication or copyright date from the MARC record';
COMMENT ON COLUMN koha.biblio.timestamp IS 'date and time this record was last touched';
COMMENT ON COLUMN koha.biblio.datecreated IS 'the date this record was added to Koha';
COMMENT ON COLUMN koha.biblio.abstract IS 'summary from the MARC record (520$a in MARC21)';
CREATE TABLE koha.biblio_framework (
    frameworkcode varchar(4) NOT NULL,
    frameworktext varchar(255) NOT NULL,
    PRIMARY KEY (frameworkcode)
);
COMMENT ON TABLE koha.biblio_framework IS 'information about MARC frameworks';
COMMENT ON COLUMN koha.biblio_framework.frameworkcode IS 'the unique code assigned to the framework';
COMMENT ON COLUMN koha.biblio_framework.frameworktext IS 'the description/name given to the framework';
CREATE TABLE koha.biblio_metadata (
    id integer NOT NULL,
    biblionumber integer NOT NULL,
    format varchar(16) NOT NULL,
    schema varchar(16) NOT NULL,
    metadata text NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.biblioimages (
    imagenumber integer NOT NULL,
    biblionumber integer NOT NULL,
    mimetype varchar(15) NOT NULL,
    imagefile bytea NOT NULL,
    thumbnail bytea NOT NULL,
    PRIMARY KEY (imagenumber)
);
COMMENT ON TABLE koha.biblioimages IS 'local cover images';
COMMENT ON COLUMN koha.biblioimages.imagenumber IS 'unique identifier for the image';
COMMENT ON COLUMN koha.biblioimages.biblionumber IS 'foreign key from biblio table to link to biblionumber';
COMMENT ON COLUMN koha.biblioimages.mimetype IS 'image type';
COMMENT ON COLUMN koha.biblioimages.imagefile IS 'image file contents';
COMMENT ON COLUMN koha.biblioimages.thumbnail IS 'thumbnail file contents';
CREATE TABLE koha.biblioitems (
    biblioitemnumber integer NOT NULL,
    biblionumber integer NOT NULL,
    volume text,
    number text,
    itemtype varchar(10),
    isbn text,
    issn text,
    ean text,
    publicationyear text,
    publishercode varchar(255),
    volumedate date,
    volumedesc text,
    collectiontitle text,
    collectionissn text,
    collectionvolume text,
    editionstatement text,
    editionresponsibility text,
    timestamp timestamp NOT NULL,
    illus varchar(255),
    pages varchar(255),
    notes text,
    size varchar(255),
    place varchar(255),
    lccn varchar(25),
    url text,
    cn_source varchar(10),
    cn_class varchar(30),
    cn_item varchar(10),
    cn_suffix varchar(10),
    cn_sort varchar(255),
    agerestriction varchar(255),
    totalissues integer,
    PRIMARY KEY (biblioitemnumber)
);
COMMENT ON TABLE koha.biblioitems IS 'information related to bibliographic records in Koha';
COMMENT ON COLUMN koha.biblioitems.biblioitemnumber IS 'primary key, unique identifier assigned by Koha';
COMMENT ON COLUMN koha.biblioitems.biblionumber IS 'foreign key linking this table to the biblio table';
COMMENT ON COLUMN koha.biblioitems.itemtype IS 'biblio level item type (MARC21 942$c)';
COMMENT ON COLUMN koha.biblioitems.isbn IS 'ISBN (MARC21 020$a)';
COMMENT ON COLUMN koha.biblioitems.issn IS 'ISSN (MARC21 022$a)';
COMMENT ON COLUMN koha.biblioitems.publishercode IS 'publisher (MARC21 260$b)';
COMMENT ON COLUMN koha.biblioitems.volumedesc IS 'volume information (MARC21 362$a)';
COMMENT ON COLUMN koha.biblioitems.illus IS 'illustrations (MARC21 300$b)';
COMMENT ON COLUMN koha.biblioitems.pages IS 'number of pages (MARC21 300$c)';
COMMENT ON COLUMN koha.biblioitems.size IS 'material size (MARC21 300$c)';
COMMENT ON COLUMN koha.biblioitems.place IS 'publication place (MARC21 260$a)';
COMMENT ON COLUMN koha.biblioitems.lccn IS 'library of congress control number (MARC21 010$a)';
COMMENT ON COLUMN koha.biblioitems.url IS 'url (MARC21 856$u)';
COMMENT ON COLUMN koha.biblioitems.cn_source IS 'classification source (MARC21 942$2)';
COMMENT ON COLUMN koha.biblioitems.cn_sort IS 'normalized version of the call number used for sorting';
COMMENT ON COLUMN koha.biblioitems.agerestriction IS 'target audience/age restriction from the bib record (MARC21 521$a)';
CREATE TABLE koha.borrower_attribute_types (
    code varchar(10) NOT NULL,
    description varchar(255) NOT NULL,
    repeatable smallint NOT NULL,
    unique_id smallint NOT NULL,
    opac_display smallint NOT NULL,
    opac_editable smallint NOT NULL,
    staff_searchable smallint NOT NULL,
    authorised_value_category varchar(32),
    display_checkout smallint NOT NULL,
    category_code varchar(10),
    class varchar(255) NOT NULL,
    PRIMARY KEY (code)
);
COMMENT ON TABLE koha.borrower_attribute_types IS 'definitions for custom patron fields known as extended patron attributes';
COMMENT ON COLUMN koha.borrower_attribute_types.code IS 'unique key used to identify each custom field';
COMMENT ON COLUMN koha.borrower_attribute_types.description IS 'description for each custom field';
COMMENT ON COLUMN koha.borrower_attribute_types.repeatable IS 'defines whether one patron/borrower can have multiple values for this custom field  (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.borrower_attribute_types.unique_id IS 'defines if this value needs to be unique (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.borrower_attribute_types.opac_display IS 'defines if this field is visible to patrons on their account in the OPAC (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.borrower_attribute_types.opac_editable IS 'defines if this field is editable by patrons on their account in the OPAC (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.borrower_attribute_types.staff_searchable IS 'defines if this field is searchable via the patron search in the staff client (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.borrower_attribute_types.authorised_value_category IS 'foreign key from authorised_values that links this custom field to an authorized value category';
COMMENT ON COLUMN koha.borrower_attribute_types.display_checkout IS 'defines if this field displays in checkout screens';
COMMENT ON COLUMN koha.borrower_attribute_types.category_code IS 'defines a category for an attribute_type';
COMMENT ON COLUMN koha.borrower_attribute_types.class IS 'defines a class for an attribute_type';
CREATE TABLE koha.borrower_attribute_types_branches (
    bat_code varchar(10),
    b_branchcode varchar(10)
);
COMMENT ON TABLE koha.borrower_attribute_types_branches IS 'association table between borrower_attribute_types and branches';
CREATE TABLE koha.borrower_attributes (
    id integer NOT NULL,
    borrowernumber integer NOT NULL,
    code varchar(10) NOT NULL,
    attribute varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.borrower_attributes IS 'values of custom patron fields known as extended patron attributes linked to patrons/borrowers';
COMMENT ON COLUMN koha.borrower_attributes.id IS 'Row id field';
COMMENT ON COLUMN koha.borrower_attributes.borrowernumber IS 'foreign key from the borrowers table, defines which patron/borrower has this attribute';
COMMENT ON COLUMN koha.borrower_attributes.code IS 'foreign key from the borrower_attribute_types table, defines which custom field this value was entered for';
COMMENT ON COLUMN koha.borrower_attributes.attribute IS 'custom patron field value';
CREATE TABLE koha.borrower_debarments (
    borrower_debarment_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    expiration date,
    type varchar(10) NOT NULL,
    comment text,
    manager_id integer,
    created timestamp NOT NULL,
    updated timestamp,
    PRIMARY KEY (borrower_debarment_id)
);
COMMENT ON TABLE koha.borrower_debarments IS 'tracks restrictions on the patron''s record';
COMMENT ON COLUMN koha.borrower_debarments.borrower_debarment_id IS 'unique key for the restriction';
COMMENT ON COLUMN koha.borrower_debarments.borrowernumber IS 'foreign key for borrowers.borrowernumber for patron who is restricted';
COMMENT ON COLUMN koha.borrower_debarments.expiration IS 'expiration date of the restriction';
COMMENT ON COLUMN koha.borrower_debarments.type IS 'type of restriction';
COMMENT ON COLUMN koha.borrower_debarments.comment IS 'comments about the restriction';
COMMENT ON COLUMN koha.borrower_debarments.manager_id IS 'foreign key for borrowers.borrowernumber for the librarian managing the restriction';
COMMENT ON COLUMN koha.borrower_debarments.created IS 'date the restriction was added';
COMMENT ON COLUMN koha.borrower_debarments.updated IS 'date the restriction was updated';
CREATE TABLE koha.borrower_files (
    file_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    file_name varchar(255) NOT NULL,
    file_type varchar(255) NOT NULL,
    file_description varchar(255),
    file_content bytea NOT NULL,
    date_uploaded timestamp NOT NULL,
    PRIMARY KEY (file_id)
);
COMMENT ON TABLE koha.borrower_files IS 'files attached to the patron/borrower record';
COMMENT ON COLUMN koha.borrower_files.file_id IS 'unique key';
COMMENT ON COLUMN koha.borrower_files.borrowernumber IS 'foreign key linking to the patron via the borrowernumber';
COMMENT ON COLUMN koha.borrower_files.file_name IS 'file name';
COMMENT ON COLUMN koha.borrower_files.file_type IS 'type of file';
COMMENT ON COLUMN koha.borrower_files.file_description IS 'description given to the file';
COMMENT ON COLUMN koha.borrower_files.file_content IS 'the file';
COMMENT ON COLUMN koha.borrower_files.date_uploaded IS 'date and time the file was added';
CREATE TABLE koha.borrower_message_preferences (
    borrower_message_preference_id integer NOT NULL,
    borrowernumber integer,
    categorycode varchar(10),
    message_attribute_id integer,
    days_in_advance integer,
    wants_digest smallint NOT NULL,
    PRIMARY KEY (borrower_message_preference_id)
);
CREATE TABLE koha.borrower_message_transport_preferences (
    borrower_message_preference_id integer NOT NULL,
    message_transport_type varchar(20) NOT NULL,
    PRIMARY KEY (borrower_message_preference_id, message_transport_type)
);
CREATE TABLE koha.borrower_modifications (
    timestamp timestamp NOT NULL,
    verification_token varchar(255) NOT NULL,
    changed_fields text NOT NULL,
    borrowernumber integer NOT NULL,
    cardnumber varchar(32),
    surname text,
    firstname text,
    title text,
    othernames text,
    initials text,
    streetnumber varchar(10),
    streettype varchar(50),
    address text,
    address2 text,
    city text,
    state text,
    zipcode varchar(25),
    country text,
    email text,
    phone text,
    mobile varchar(50),
    fax text,
    emailpro text,
    phonepro text,
    b_streetnumber varchar(10),
    b_streettype varchar(50),
    b_address varchar(100),
    b_address2 text,
    b_city text,
    b_state text,
    b_zipcode varchar(25),
    b_country text,
    b_email text,
    b_phone text,
    dateofbirth date,
    branchcode varchar(10),
    categorycode varchar(10),
    dateenrolled date,
    dateexpiry date,
    date_renewed date,
    gonenoaddress smallint,
    lost smallint,
    debarred date,
    debarredcomment varchar(255),
    contactname text,
    contactfirstname text,
    contacttitle text,
    guarantorid integer,
    borrowernotes text,
    relationship varchar(100),
    sex varchar(1),
    password varchar(30),
    flags integer,
    userid varchar(75),
    opacnote text,
    contactnote varchar(255),
    sort1 varchar(80),
    sort2 varchar(80),
    altcontactfirstname varchar(255),
    altcontactsurname varchar(255),
    altcontactaddress1 varchar(255),
    altcontactaddress2 varchar(255),
    altcontactaddress3 varchar(255),
    altcontactstate text,
    altcontactzipcode varchar(50),
    altcontactcountry text,
    altcontactphone varchar(50),
    smsalertnumber varchar(50),
    privacy integer,
    extended_attributes text,
    gdpr_proc_consent timestamp,
    PRIMARY KEY (verification_token, borrowernumber)
);
COMMENT ON COLUMN koha.borrower_modifications.gdpr_proc_consent IS 'data processing consent';
CREATE TABLE koha.borrower_password_recovery (
    borrowernumber integer NOT NULL,
    uuid varchar(128) NOT NULL,
    valid_until timestamp NOT NULL,
    PRIMARY KEY (borrowernumber)
);
COMMENT ON TABLE koha.borrower_password_recovery IS 'holds information about password recovery attempts';
COMMENT ON COLUMN koha.borrower_password_recovery.borrowernumber IS 'the user asking a password recovery';
COMMENT ON COLUMN koha.borrower_password_recovery.uuid IS 'a unique string to identify a password recovery attempt';
COMMENT ON COLUMN koha.borrower_password_recovery.valid_until IS 'a time limit on the password recovery attempt';
CREATE TABLE koha.borrowers (
    borrowernumber integer NOT NULL,
    cardnumber varchar(32),
    surname text,
    firstname text,
    title text,
    othernames text,
    initials text,
    streetnumber varchar(10),
    streettype varchar(50),
    address text,
    address2 text,
    city text,
    state text,
    zipcode varchar(25),
    country text,
    email text,
    phone text,
    mobile varchar(50),
    fax text,
    emailpro text,
    phonepro text,
    b_streetnumber varchar(10),
    b_streettype varchar(50),
    b_address varchar(100),
    b_address2 text,
    b_city text,
    b_state text,
    b_zipcode varchar(25),
    b_country text,
    b_email text,
    b_phone text,
    dateofbirth date,
    branchcode varchar(10) NOT NULL,
    categorycode varchar(10) NOT NULL,
    dateenrolled date,
    dateexpiry date,
    date_renewed date,
    gonenoaddress smallint,
    lost smallint,
    debarred date,
    debarredcomment varchar(255),
    contactname text,
    contactfirstname text,
    contacttitle text,
    guarantorid integer,
    borrowernotes text,
    relationship varchar(100),
    sex varchar(1),
    password varchar(60),
    flags integer,
    userid varchar(75),
    opacnote text,
    contactnote varchar(255),
    sort1 varchar(80),
    sort2 varchar(80),
    altcontactfirstname varchar(255),
    altcontactsurname varchar(255),
    altcontactaddress1 varchar(255),
    altcontactaddress2 varchar(255),
    altcontactaddress3 varchar(255),
    altcontactstate text,
    altcontactzipcode varchar(50),
    altcontactcountry text,
    altcontactphone varchar(50),
    smsalertnumber varchar(50),
    sms_provider_id integer,
    privacy integer NOT NULL,
    privacy_guarantor_checkouts smallint NOT NULL,
    checkprevcheckout varchar(7) NOT NULL,
    updated_on timestamp NOT NULL,
    lastseen timestamp,
    lang varchar(25) NOT NULL,
    login_attempts integer,
    overdrive_auth_token text,
    anonymized smallint NOT NULL,
    PRIMARY KEY (borrowernumber)
);
COMMENT ON TABLE koha.borrowers IS 'this table includes information about your patrons/borrowers/members';
COMMENT ON COLUMN koha.borrowers.borrowernumber IS 'primary key, Koha assigned ID number for patrons/borrowers';
COMMENT ON COLUMN koha.borrowers.cardnumber IS 'unique key, library assigned ID number for patrons/borrowers';
COMMENT ON COLUMN koha.borrowers.surname IS 'patron/borrower''s last name (surname)';
COMMENT ON COLUMN koha.borrowers.firstname IS 'patron/borrower''s first name';
COMMENT ON COLUMN koha.borrowers.title IS 'patron/borrower''s title, for example: Mr. or Mrs.';
COMMENT ON COLUMN koha.borrowers.othernames IS 'any other names associated with the patron/borrower';
COMMENT ON COLUMN koha.borrowers.initials IS 'initials for your patron/borrower';
COMMENT ON COLUMN koha.borrowers.streetnumber IS 'the house number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.streettype IS 'the street type (Rd., Blvd, etc) for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.address IS 'the first address line for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.address2 IS 'the second address line for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.city IS 'the city or town for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.state IS 'the state or province for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.zipcode IS 'the zip or postal code for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.country IS 'the country for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.email IS 'the primary email address for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.phone IS 'the primary phone number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.mobile IS 'the other phone number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.fax IS 'the fax number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.emailpro IS 'the secondary email addres for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.phonepro IS 'the secondary phone number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.borrowers.b_streetnumber IS 'the house number for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_streettype IS 'the street type (Rd., Blvd, etc) for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_address IS 'the first address line for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_address2 IS 'the second address line for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_city IS 'the city or town for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_state IS 'the state for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_zipcode IS 'the zip or postal code for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_country IS 'the country for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.b_email IS 'the patron/borrower''s alternate email address';
COMMENT ON COLUMN koha.borrowers.b_phone IS 'the patron/borrower''s alternate phone number';
COMMENT ON COLUMN koha.borrowers.dateofbirth IS 'the patron/borrower''s date of birth (YYYY-MM-DD)';
COMMENT ON COLUMN koha.borrowers.branchcode IS 'foreign key from the branches table, includes the code of the patron/borrower''s home branch';
COMMENT ON COLUMN koha.borrowers.categorycode IS 'foreign key from the categories table, includes the code of the patron category';
COMMENT ON COLUMN koha.borrowers.dateenrolled IS 'date the patron was added to Koha (YYYY-MM-DD)';
COMMENT ON COLUMN koha.borrowers.dateexpiry IS 'date the patron/borrower''s card is set to expire (YYYY-MM-DD)';
COMMENT ON COLUMN koha.borrowers.date_renewed IS 'date the patron/borrower''s card was last renewed';
COMMENT ON COLUMN koha.borrowers.gonenoaddress IS 'set to 1 for yes and 0 for no, flag to note that library marked this patron/borrower as having an unconfirmed address';
COMMENT ON COLUMN koha.borrowers.lost IS 'set to 1 for yes and 0 for no, flag to note that library marked this patron/borrower as having lost their card';
COMMENT ON COLUMN koha.borrowers.debarred IS 'until this date the patron can only check-in (no loans, no holds, etc.), is a fine based on days instead of money (YYYY-MM-DD)';
COMMENT ON COLUMN koha.borrowers.debarredcomment IS 'comment on the stop of the patron';
COMMENT ON COLUMN koha.borrowers.contactname IS 'used for children and profesionals to include surname or last name of guarantor or organization name';
COMMENT ON COLUMN koha.borrowers.contactfirstname IS 'used for children to include first name of guarantor';
COMMENT ON COLUMN koha.borrowers.contacttitle IS 'used for children to include title (Mr., Mrs., etc) of guarantor';
COMMENT ON COLUMN koha.borrowers.guarantorid IS 'borrowernumber used for children or professionals to link them to guarantors or organizations';
COMMENT ON COLUMN koha.borrowers.borrowernotes IS 'a note on the patron/borrower''s account that is only visible in the staff client';
COMMENT ON COLUMN koha.borrowers.relationship IS 'used for children to include the relationship to their guarantor';
COMMENT ON COLUMN koha.borrowers.sex IS 'patron/borrower''s gender';
COMMENT ON COLUMN koha.borrowers.password IS 'patron/borrower''s Bcrypt encrypted password';
COMMENT ON COLUMN koha.borrowers.flags IS 'will include a number associated with the staff member''s permissions';
COMMENT ON COLUMN koha.borrowers.userid IS 'patron/borrower''s opac and/or staff client log in';
COMMENT ON COLUMN koha.borrowers.opacnote IS 'a note on the patron/borrower''s account that is visible in the OPAC and staff client';
COMMENT ON COLUMN koha.borrowers.contactnote IS 'a note related to the patron/borrower''s alternate address';
COMMENT ON COLUMN koha.borrowers.sort1 IS 'a field that can be used for any information unique to the library';
COMMENT ON COLUMN koha.borrowers.sort2 IS 'a field that can be used for any information unique to the library';
COMMENT ON COLUMN koha.borrowers.altcontactfirstname IS 'first name of alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactsurname IS 'surname or last name of the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactaddress1 IS 'the first address line for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactaddress2 IS 'the second address line for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactaddress3 IS 'the city for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactstate IS 'the state for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactzipcode IS 'the zipcode for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactcountry IS 'the country for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.altcontactphone IS 'the phone number for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.borrowers.smsalertnumber IS 'the mobile phone number where the patron/borrower would like to receive notices (if SMS turned on)';
COMMENT ON COLUMN koha.borrowers.sms_provider_id IS 'the provider of the mobile phone number defined in smsalertnumber';
COMMENT ON COLUMN koha.borrowers.privacy IS 'patron/borrower''s privacy settings related to their reading history';
COMMENT ON COLUMN koha.borrowers.privacy_guarantor_checkouts IS 'controls if relatives can see this patron''s checkouts';
COMMENT ON COLUMN koha.borrowers.checkprevcheckout IS 'produce a warning for this patron if this item has previously been checked out to this patron if ''yes'', not if ''no'', defer to category setting if ''inherit''.';
COMMENT ON COLUMN koha.borrowers.updated_on IS 'time of last change could be useful for synchronization with external systems (among others)';
COMMENT ON COLUMN koha.borrowers.lastseen IS 'last time a patron has been seen (connected at the OPAC or staff interface)';
COMMENT ON COLUMN koha.borrowers.lang IS 'lang to use to send notices to this patron';
COMMENT ON COLUMN koha.borrowers.login_attempts IS 'number of failed login attemps';
COMMENT ON COLUMN koha.borrowers.overdrive_auth_token IS 'persist OverDrive auth token';
COMMENT ON COLUMN koha.borrowers.anonymized IS 'flag for data anonymization';
CREATE TABLE koha.branch_transfer_limits (
    limitid integer NOT NULL,
    tobranch varchar(10) NOT NULL,
    frombranch varchar(10) NOT NULL,
    itemtype varchar(10),
    ccode varchar(80),
    PRIMARY KEY (limitid)
);
CREATE TABLE koha.branches (
    branchcode varchar(10) NOT NULL,
    branchname text NOT NULL,
    branchaddress1 text,
    branchaddress2 text,
    branchaddress3 text,
    branchzip varchar(25),
    branchcity text,
    branchstate text,
    branchcountry text,
    branchphone text,
    branchfax text,
    branchemail text,
    branchreplyto text,
    branchreturnpath text,
    branchurl text,
    issuing smallint,
    branchip varchar(15),
    branchprinter varchar(100),
    branchnotes text,
    opac_info text,
    geolocation varchar(255),
    marcorgcode varchar(16),
    pickup_location smallint NOT NULL,
    PRIMARY KEY (branchcode)
);
COMMENT ON TABLE koha.branches IS 'information about your libraries or branches are stored here';
COMMENT ON COLUMN koha.branches.branchcode IS 'a unique key assigned to each branch';
COMMENT ON COLUMN koha.branches.branchname IS 'the name of your library or branch';
COMMENT ON COLUMN koha.branches.branchaddress1 IS 'the first address line of for your library or branch';
COMMENT ON COLUMN koha.branches.branchaddress2 IS 'the second address line of for your library or branch';
COMMENT ON COLUMN koha.branches.branchaddress3 IS 'the third address line of for your library or branch';
COMMENT ON COLUMN koha.branches.branchzip IS 'the zip or postal code for your library or branch';
COMMENT ON COLUMN koha.branches.branchcity IS 'the city or province for your library or branch';
COMMENT ON COLUMN koha.branches.branchstate IS 'the state for your library or branch';
COMMENT ON COLUMN koha.branches.branchcountry IS 'the county for your library or branch';
COMMENT ON COLUMN koha.branches.branchphone IS 'the primary phone for your library or branch';
COMMENT ON COLUMN koha.branches.branchfax IS 'the fax number for your library or branch';
COMMENT ON COLUMN koha.branches.branchemail IS 'the primary email address for your library or branch';
COMMENT ON COLUMN koha.branches.branchreplyto IS 'the email to be used as a Reply-To';
COMMENT ON COLUMN koha.branches.branchreturnpath IS 'the email to be used as Return-Path';
COMMENT ON COLUMN koha.branches.branchurl IS 'the URL for your library or branch''s website';
COMMENT ON COLUMN koha.branches.issuing IS 'unused in Koha';
COMMENT ON COLUMN koha.branches.branchip IS 'the IP address for your library or branch';
COMMENT ON COLUMN koha.branches.branchprinter IS 'unused in Koha';
COMMENT ON COLUMN koha.branches.branchnotes IS 'notes related to your library or branch';
COMMENT ON COLUMN koha.branches.opac_info IS 'HTML that displays in OPAC';
COMMENT ON COLUMN koha.branches.geolocation IS 'geolocation of your library';
COMMENT ON COLUMN koha.branches.marcorgcode IS 'MARC Organization Code, see http://www.loc.gov/marc/organizations/orgshome.html, when empty defaults to syspref MARCOrgCode';
COMMENT ON COLUMN koha.branches.pickup_location IS 'the ability to act as a pickup location';
CREATE TABLE koha.branches_overdrive (
    branchcode varchar( 10 ) NOT NULL,
    authname varchar( 255 ) NOT NULL,
    PRIMARY KEY (branchcode)
);
CREATE TABLE koha.branchtransfers (
    branchtransfer_id integer NOT NULL,
    itemnumber integer NOT NULL,
    datesent timestamp,
    frombranch varchar(10) NOT NULL,
    datearrived timestamp,
    tobranch varchar(10) NOT NULL,
    comments text,
    PRIMARY KEY (branchtransfer_id)
);
COMMENT ON TABLE koha.branchtransfers IS 'information for items that are in transit between branches';
COMMENT ON COLUMN koha.branchtransfers.branchtransfer_id IS 'primary key';
COMMENT ON COLUMN koha.branchtransfers.itemnumber IS 'the itemnumber that it is in transit (items.itemnumber)';
COMMENT ON COLUMN koha.branchtransfers.datesent IS 'the date the transfer was initialized';
COMMENT ON COLUMN koha.branchtransfers.frombranch IS 'the branch the transfer is coming from';
COMMENT ON COLUMN koha.branchtransfers.datearrived IS 'the date the transfer arrived at its destination';
COMMENT ON COLUMN koha.branchtransfers.tobranch IS 'the branch the transfer was going to';
COMMENT ON COLUMN koha.branchtransfers.comments IS 'any comments related to the transfer';
CREATE TABLE koha.browser (
    level integer NOT NULL,
    classification varchar(20) NOT NULL,
    description varchar(255) NOT NULL,
    number bigint NOT NULL,
    endnode smallint NOT NULL
);
CREATE TABLE koha.categories (
    categorycode varchar(10) NOT NULL,
    description text,
    enrolmentperiod smallint,
    enrolmentperioddate date,
    upperagelimit smallint,
    dateofbirthrequired smallint,
    finetype varchar(30),
    bulk smallint,
    enrolmentfee numeric(28,6),
    overduenoticerequired smallint,
    issuelimit smallint,
    reservefee numeric(28,6),
    hidelostitems smallint NOT NULL,
    category_type varchar(1) NOT NULL,
    blockexpiredpatronopacactions smallint NOT NULL,
    default_privacy varchar(7) NOT NULL,
    checkprevcheckout varchar(7) NOT NULL,
    reset_password smallint,
    change_password smallint,
    PRIMARY KEY (categorycode)
);
COMMENT ON TABLE koha.categories IS 'this table shows information related to Koha patron categories';
COMMENT ON COLUMN koha.categories.categorycode IS 'unique primary key used to idenfity the patron category';
COMMENT ON COLUMN koha.categories.description IS 'description of the patron category';
COMMENT ON COLUMN koha.categories.enrolmentperiod IS 'number of months the patron is enrolled for (will be NULL if enrolmentperioddate is set)';
COMMENT ON COLUMN koha.categories.enrolmentperioddate IS 'date the patron is enrolled until (will be NULL if enrolmentperiod is set)';
COMMENT ON COLUMN koha.categories.upperagelimit IS 'age limit for the patron';
COMMENT ON COLUMN koha.categories.dateofbirthrequired IS 'the minimum age required for the patron category';
COMMENT ON COLUMN koha.categories.finetype IS 'unused in Koha';
COMMENT ON COLUMN koha.categories.enrolmentfee IS 'enrollment fee for the patron';
COMMENT ON COLUMN koha.categories.overduenoticerequired IS 'are overdue notices sent to this patron category (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.categories.issuelimit IS 'unused in Koha';
COMMENT ON COLUMN koha.categories.reservefee IS 'cost to place holds';
COMMENT ON COLUMN koha.categories.hidelostitems IS 'are lost items shown to this category (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.categories.category_type IS 'type of Koha patron (Adult, Child, Professional, Organizational, Statistical, Staff)';
COMMENT ON COLUMN koha.categories.blockexpiredpatronopacactions IS 'wheither or not a patron of this category can renew books or place holds once their card has expired. 0 means they can, 1 means they cannot, -1 means use syspref BlockExpiredPatronOpacActions';
COMMENT ON COLUMN koha.categories.default_privacy IS 'Default privacy setting for this patron category';
COMMENT ON COLUMN koha.categories.checkprevcheckout IS 'produce a warning for this patron category if this item has previously been checked out to this patron if ''yes'', not if ''no'', defer to syspref setting if ''inherit''.';
COMMENT ON COLUMN koha.categories.reset_password IS 'if patrons of this category can do the password reset flow,';
COMMENT ON COLUMN koha.categories.change_password IS 'if patrons of this category can change their passwords in the OAPC';
CREATE TABLE koha.categories_branches (
    categorycode varchar(10),
    branchcode varchar(10)
);
COMMENT ON TABLE koha.categories_branches IS 'association table between categories and branches';
CREATE TABLE koha.circulation_rules (
    id integer NOT NULL,
    branchcode varchar(10),
    categorycode varchar(10),
    itemtype varchar(10),
    rule_name varchar(32) NOT NULL,
    rule_value varchar(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.cities (
    cityid integer NOT NULL,
    city_name varchar(100) NOT NULL,
    city_state varchar( 100 ),
    city_country varchar( 100 ),
    city_zipcode varchar(20),
    PRIMARY KEY (cityid)
);
COMMENT ON TABLE koha.cities IS 'authorized values for cities/states/countries to choose when adding/editing a patron/borrower';
COMMENT ON COLUMN koha.cities.cityid IS 'unique identifier added by Koha';
COMMENT ON COLUMN koha.cities.city_name IS 'name of the city';
COMMENT ON COLUMN koha.cities.city_state IS 'name of the state/province';
COMMENT ON COLUMN koha.cities.city_country IS 'name of the country';
COMMENT ON COLUMN koha.cities.city_zipcode IS 'zip or postal code';
CREATE TABLE koha.class_sort_rules (
    class_sort_rule varchar(10) NOT NULL,
    description text,
    sort_routine varchar(30) NOT NULL,
    PRIMARY KEY (class_sort_rule)
);
CREATE TABLE koha.class_sources (
    cn_source varchar(10) NOT NULL,
    description text,
    used smallint NOT NULL,
    class_sort_rule varchar(10) NOT NULL,
    class_split_rule varchar(10) NOT NULL,
    PRIMARY KEY (cn_source)
);
CREATE TABLE koha.class_split_rules (
    class_split_rule varchar(10) NOT NULL,
    description text,
    split_routine varchar(30) NOT NULL,
    split_regex varchar(255) NOT NULL,
    PRIMARY KEY (class_split_rule)
);
CREATE TABLE koha.club_enrollment_fields (
    id integer NOT NULL,
    club_enrollment_id integer NOT NULL,
    club_template_enrollment_field_id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.club_enrollments (
    id integer NOT NULL,
    club_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    date_enrolled timestamp NOT NULL,
    date_canceled timestamp,
    date_created timestamp,
    date_updated timestamp,
    branchcode varchar(10),
    PRIMARY KEY (id)
);
CREATE TABLE koha.club_fields (
    id integer NOT NULL,
    club_template_field_id integer NOT NULL,
    club_id integer NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE koha.club_template_enrollment_fields (
    id integer NOT NULL,
    club_template_id integer NOT NULL,
    name text NOT NULL,
    description text,
    authorised_value_category varchar(16),
    PRIMARY KEY (id)
);
CREATE TABLE koha.club_template_fields (
    id integer NOT NULL,
    club_template_id integer NOT NULL,
    name text NOT NULL,
    description text,
    authorised_value_category varchar(16),
    PRIMARY KEY (id)
);
CREATE TABLE koha.club_templates (
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    is_enrollable_from_opac smallint NOT NULL,
    is_email_required smallint NOT NULL,
    branchcode varchar(10),
    date_created timestamp NOT NULL,
    date_updated timestamp,
    is_deletable smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.clubs (
    id integer NOT NULL,
    club_template_id integer NOT NULL,
    name text NOT NULL,
    description text,
    date_start date,
    date_end date,
    branchcode varchar(10),
    date_created timestamp NOT NULL,
    date_updated timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE koha.collections (
    colid integer NOT NULL,
    coltitle varchar(100) NOT NULL,
    coldesc text NOT NULL,
    colbranchcode varchar(10),
    PRIMARY KEY (colid)
);
COMMENT ON COLUMN koha.collections.colbranchcode IS 'branchcode for branch where item should be held.';
CREATE TABLE koha.collections_tracking (
    collections_tracking_id integer NOT NULL,
    colid integer NOT NULL,
    itemnumber integer NOT NULL,
    PRIMARY KEY (collections_tracking_id)
);
COMMENT ON COLUMN koha.collections_tracking.colid IS 'collections.colId';
COMMENT ON COLUMN koha.collections_tracking.itemnumber IS 'items.itemnumber';
CREATE TABLE koha.columns_settings (
    module varchar(255) NOT NULL,
    page varchar(255) NOT NULL,
    tablename varchar(255) NOT NULL,
    columnname varchar(255) NOT NULL,
    cannot_be_toggled integer NOT NULL,
    is_hidden integer NOT NULL,
    PRIMARY KEY (module, page, tablename, columnname)
);
CREATE TABLE koha.course_instructors (
    course_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    PRIMARY KEY (course_id, borrowernumber)
);
COMMENT ON COLUMN koha.course_instructors.course_id IS 'foreign key to link to courses.course_id';
COMMENT ON COLUMN koha.course_instructors.borrowernumber IS 'foreign key to link to borrowers.borrowernumber for instructor information';
CREATE TABLE koha.course_items (
    ci_id integer NOT NULL,
    itemnumber integer NOT NULL,
    itype varchar(10),
    ccode varchar(80),
    holdingbranch varchar(10),
    location varchar(80),
    enabled varchar(3) NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (ci_id)
);
COMMENT ON COLUMN koha.course_items.ci_id IS 'course item id';
COMMENT ON COLUMN koha.course_items.itemnumber IS 'items.itemnumber for the item on reserve';
COMMENT ON COLUMN koha.course_items.itype IS 'new itemtype for the item to have while on reserve (optional)';
COMMENT ON COLUMN koha.course_items.ccode IS 'new category code for the item to have while on reserve (optional)';
COMMENT ON COLUMN koha.course_items.holdingbranch IS 'new holding branch for the item to have while on reserve (optional)';
COMMENT ON COLUMN koha.course_items.location IS 'new shelving location for the item to have while on reseve (optional)';
COMMENT ON COLUMN koha.course_items.enabled IS 'if at least one enabled course has this item on reseve, this field will be ''yes'', otherwise it will be ''no';
CREATE TABLE koha.course_reserves (
    cr_id integer NOT NULL,
    course_id integer NOT NULL,
    ci_id integer NOT NULL,
    staff_note text,
    public_note text,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (cr_id)
);
COMMENT ON COLUMN koha.course_reserves.course_id IS 'foreign key to link to courses.course_id';
COMMENT ON COLUMN koha.course_reserves.ci_id IS 'foreign key to link to courses_items.ci_id';
COMMENT ON COLUMN koha.course_reserves.staff_note IS 'staff only note';
COMMENT ON COLUMN koha.course_reserves.public_note IS 'public, OPAC visible note';
CREATE TABLE koha.courses (
    course_id integer NOT NULL,
    department varchar(80),
    course_number varchar(255),
    section varchar(255),
    course_name varchar(255),
    term varchar(80),
    staff_note text,
    public_note text,
    students_count varchar(20),
    enabled varchar(3) NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (course_id)
);
COMMENT ON COLUMN koha.courses.course_id IS 'unique id for the course';
COMMENT ON COLUMN koha.courses.department IS 'the authorised value for the DEPARTMENT';
COMMENT ON COLUMN koha.courses.course_number IS 'the "course number" assigned to a course';
COMMENT ON COLUMN koha.courses.section IS 'the ''section'' of a course';
COMMENT ON COLUMN koha.courses.course_name IS 'the name of the course';
COMMENT ON COLUMN koha.courses.term IS 'the authorised value for the TERM';
COMMENT ON COLUMN koha.courses.staff_note IS 'the text of the staff only note';
COMMENT ON COLUMN koha.courses.public_note IS 'the text of the public / opac note';
COMMENT ON COLUMN koha.courses.students_count IS 'how many students will be taking this course/section';
COMMENT ON COLUMN koha.courses.enabled IS 'determines whether the course is active';
CREATE TABLE koha.creator_batches (
    label_id integer NOT NULL,
    batch_id integer NOT NULL,
    description text,
    item_number integer,
    borrower_number integer,
    timestamp timestamp NOT NULL,
    branch_code varchar(10) NOT NULL,
    creator char(15) NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE koha.creator_images (
    image_id integer NOT NULL,
    imagefile bytea,
    image_name char(20) NOT NULL,
    PRIMARY KEY (image_id)
);
CREATE TABLE koha.creator_layouts (
    layout_id integer NOT NULL,
    barcode_type char(100) NOT NULL,
    start_label integer NOT NULL,
    printing_type char(32) NOT NULL,
    layout_name char(25) NOT NULL,
    guidebox integer,
    oblique_title integer,
    font char(10) NOT NULL,
    font_size integer NOT NULL,
    units char(20) NOT NULL,
    callnum_split integer,
    text_justify char(1) NOT NULL,
    format_string varchar(210) NOT NULL,
    layout_xml text NOT NULL,
    creator char(15) NOT NULL,
    PRIMARY KEY (layout_id)
);
CREATE TABLE koha.creator_templates (
    template_id integer NOT NULL,
    profile_id integer,
    template_code char(100) NOT NULL,
    template_desc char(100) NOT NULL,
    page_width double precision NOT NULL,
    page_height double precision NOT NULL,
    label_width double precision NOT NULL,
    label_height double precision NOT NULL,
    top_text_margin double precision NOT NULL,
    left_text_margin double precision NOT NULL,
    top_margin double precision NOT NULL,
    left_margin double precision NOT NULL,
    cols integer NOT NULL,
    rows integer NOT NULL,
    col_gap double precision NOT NULL,
    row_gap double precision NOT NULL,
    units char(20) NOT NULL,
    creator char(15) NOT NULL,
    PRIMARY KEY (template_id)
);
CREATE TABLE koha.currency (
    currency varchar(10) NOT NULL,
    symbol varchar(5),
    isocode varchar(5),
    timestamp timestamp NOT NULL,
    rate double precision,
    active smallint,
    archived smallint,
    p_sep_by_space smallint,
    PRIMARY KEY (currency)
);
CREATE TABLE koha.deletedbiblio (
    biblionumber integer NOT NULL,
    frameworkcode varchar(4) NOT NULL,
    author text,
    title text,
    medium text,
    subtitle text,
    part_number text,
    part_name text,
    unititle text,
    notes text,
    serial smallint,
    seriestitle text,
    copyrightdate smallint,
    timestamp timestamp NOT NULL,
    datecreated date NOT NULL,
    abstract text,
    PRIMARY KEY (biblionumber)
);
COMMENT ON TABLE koha.deletedbiblio IS 'stores information about bibliographic records that have been deleted';
COMMENT ON COLUMN koha.deletedbiblio.biblionumber IS 'unique identifier assigned to each bibliographic record';
COMMENT ON COLUMN koha.deletedbiblio.frameworkcode IS 'foriegn key from the biblio_framework table to identify which framework was used in cataloging this record';
COMMENT ON COLUMN koha.deletedbiblio.author IS 'statement of responsibility from MARC record (100$a in MARC21)';
COMMENT ON COLUMN koha.deletedbiblio.title IS 'title (without the subtitle) from the MARC record (245$a in MARC21)';
COMMENT ON COLUMN koha.deletedbiblio.medium IS 'medium from the MARC record (245$h in MARC21)';
COMMENT ON COLUMN koha.deletedbiblio.subtitle IS 'remainder of the title from the MARC record (245$b in MARC21)';
COMMENT ON COLUMN koha.deletedbiblio.part_number IS 'part number from the MARC record (245$n in MARC21)';
COMMENT ON COLUMN koha.deletedbiblio.part_name IS 'part name from the MARC record (245$p in MARC21)';
COMMENT ON COLUMN koha.deletedbiblio.unititle IS 'uniform title (without the subtitle) from the MARC record (240$a in MARC21)';
COMMENT ON COLUMN koha.deletedbiblio.notes IS 'values from the general notes field in the MARC record (500$a in MARC21) split by bar (|)';
COMMENT ON COLUMN koha.deletedbiblio.serial IS 'Boolean indicating whether biblio is for a serial';
COMMENT ON COLUMN koha.deletedbiblio.copyrightdate IS 'publication or copyright date from the MARC record';
COMMENT ON COLUMN koha.deletedbiblio.timestamp IS 'date and time this record was last touched';
COMMENT ON COLUMN koha.deletedbiblio.datecreated IS 'the date this record was added to Koha';
COMMENT ON COLUMN koha.deletedbiblio.abstract IS 'summary from the MARC record (520$a in MARC21)';
CREATE TABLE koha.deletedbiblio_metadata (
    id integer NOT NULL,
    biblionumber integer NOT NULL,
    format varchar(16) NOT NULL,
    schema varchar(16) NOT NULL,
    metadata text NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.deletedbiblioitems (
    biblioitemnumber integer NOT NULL,
    biblionumber integer NOT NULL,
    volume text,
    number text,
    itemtype varchar(10),
    isbn text,
    issn text,
    ean text,
    publicationyear text,
    publishercode varchar(255),
    volumedate date,
    volumedesc text,
    collectiontitle text,
    collectionissn text,
    collectionvolume text,
    editionstatement text,
    editionresponsibility text,
    timestamp timestamp NOT NULL,
    illus varchar(255),
    pages varchar(255),
    notes text,
    size varchar(255),
    place varchar(255),
    lccn varchar(25),
    url text,
    cn_source varchar(10),
    cn_class varchar(30),
    cn_item varchar(10),
    cn_suffix varchar(10),
    cn_sort varchar(255),
    agerestriction varchar(255),
    totalissues integer,
    PRIMARY KEY (biblioitemnumber)
);
COMMENT ON TABLE koha.deletedbiblioitems IS 'information about bibliographic records that have been deleted';
COMMENT ON COLUMN koha.deletedbiblioitems.biblioitemnumber IS 'primary key, unique identifier assigned by Koha';
COMMENT ON COLUMN koha.deletedbiblioitems.biblionumber IS 'foreign key linking this table to the biblio table';
COMMENT ON COLUMN koha.deletedbiblioitems.itemtype IS 'biblio level item type (MARC21 942$c)';
COMMENT ON COLUMN koha.deletedbiblioitems.isbn IS 'ISBN (MARC21 020$a)';
COMMENT ON COLUMN koha.deletedbiblioitems.issn IS 'ISSN (MARC21 022$a)';
COMMENT ON COLUMN koha.deletedbiblioitems.publishercode IS 'publisher (MARC21 260$b)';
COMMENT ON COLUMN koha.deletedbiblioitems.volumedesc IS 'volume information (MARC21 362$a)';
COMMENT ON COLUMN koha.deletedbiblioitems.illus IS 'illustrations (MARC21 300$b)';
COMMENT ON COLUMN koha.deletedbiblioitems.pages IS 'number of pages (MARC21 300$c)';
COMMENT ON COLUMN koha.deletedbiblioitems.size IS 'material size (MARC21 300$c)';
COMMENT ON COLUMN koha.deletedbiblioitems.place IS 'publication place (MARC21 260$a)';
COMMENT ON COLUMN koha.deletedbiblioitems.lccn IS 'library of congress control number (MARC21 010$a)';
COMMENT ON COLUMN koha.deletedbiblioitems.url IS 'url (MARC21 856$u)';
COMMENT ON COLUMN koha.deletedbiblioitems.cn_source IS 'classification source (MARC21 942$2)';
COMMENT ON COLUMN koha.deletedbiblioitems.cn_sort IS 'normalized version of the call number used for sorting';
COMMENT ON COLUMN koha.deletedbiblioitems.agerestriction IS 'target audience/age restriction from the bib record (MARC21 521$a)';
CREATE TABLE koha.deletedborrowers (
    borrowernumber integer NOT NULL,
    cardnumber varchar(32),
    surname text,
    firstname text,
    title text,
    othernames text,
    initials text,
    streetnumber varchar(10),
    streettype varchar(50),
    address text,
    address2 text,
    city text,
    state text,
    zipcode varchar(25),
    country text,
    email text,
    phone text,
    mobile varchar(50),
    fax text,
    emailpro text,
    phonepro text,
    b_streetnumber varchar(10),
    b_streettype varchar(50),
    b_address varchar(100),
    b_address2 text,
    b_city text,
    b_state text,
    b_zipcode varchar(25),
    b_country text,
    b_email text,
    b_phone text,
    dateofbirth date,
    branchcode varchar(10) NOT NULL,
    categorycode varchar(10) NOT NULL,
    dateenrolled date,
    dateexpiry date,
    date_renewed date,
    gonenoaddress smallint,
    lost smallint,
    debarred date,
    debarredcomment varchar(255),
    contactname text,
    contactfirstname text,
    contacttitle text,
    guarantorid integer,
    borrowernotes text,
    relationship varchar(100),
    sex varchar(1),
    password varchar(60),
    flags integer,
    userid varchar(75),
    opacnote text,
    contactnote varchar(255),
    sort1 varchar(80),
    sort2 varchar(80),
    altcontactfirstname varchar(255),
    altcontactsurname varchar(255),
    altcontactaddress1 varchar(255),
    altcontactaddress2 varchar(255),
    altcontactaddress3 varchar(255),
    altcontactstate text,
    altcontactzipcode varchar(50),
    altcontactcountry text,
    altcontactphone varchar(50),
    smsalertnumber varchar(50),
    sms_provider_id integer,
    privacy integer NOT NULL,
    privacy_guarantor_checkouts smallint NOT NULL,
    checkprevcheckout varchar(7) NOT NULL,
    updated_on timestamp NOT NULL,
    lastseen timestamp,
    lang varchar(25) NOT NULL,
    login_attempts integer,
    overdrive_auth_token text,
    anonymized smallint NOT NULL
);
COMMENT ON TABLE koha.deletedborrowers IS 'stores data related to the patrons/borrowers you have deleted';
COMMENT ON COLUMN koha.deletedborrowers.borrowernumber IS 'primary key, Koha assigned ID number for patrons/borrowers';
COMMENT ON COLUMN koha.deletedborrowers.cardnumber IS 'unique key, library assigned ID number for patrons/borrowers';
COMMENT ON COLUMN koha.deletedborrowers.surname IS 'patron/borrower''s last name (surname)';
COMMENT ON COLUMN koha.deletedborrowers.firstname IS 'patron/borrower''s first name';
COMMENT ON COLUMN koha.deletedborrowers.title IS 'patron/borrower''s title, for example: Mr. or Mrs.';
COMMENT ON COLUMN koha.deletedborrowers.othernames IS 'any other names associated with the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.initials IS 'initials for your patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.streetnumber IS 'the house number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.streettype IS 'the street type (Rd., Blvd, etc) for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.address IS 'the first address line for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.address2 IS 'the second address line for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.city IS 'the city or town for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.state IS 'the state or province for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.zipcode IS 'the zip or postal code for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.country IS 'the country for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.email IS 'the primary email address for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.phone IS 'the primary phone number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.mobile IS 'the other phone number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.fax IS 'the fax number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.emailpro IS 'the secondary email addres for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.phonepro IS 'the secondary phone number for your patron/borrower''s primary address';
COMMENT ON COLUMN koha.deletedborrowers.b_streetnumber IS 'the house number for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_streettype IS 'the street type (Rd., Blvd, etc) for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_address IS 'the first address line for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_address2 IS 'the second address line for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_city IS 'the city or town for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_state IS 'the state for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_zipcode IS 'the zip or postal code for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_country IS 'the country for your patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.b_email IS 'the patron/borrower''s alternate email address';
COMMENT ON COLUMN koha.deletedborrowers.b_phone IS 'the patron/borrower''s alternate phone number';
COMMENT ON COLUMN koha.deletedborrowers.dateofbirth IS 'the patron/borrower''s date of birth (YYYY-MM-DD)';
COMMENT ON COLUMN koha.deletedborrowers.branchcode IS 'foreign key from the branches table, includes the code of the patron/borrower''s home branch';
COMMENT ON COLUMN koha.deletedborrowers.categorycode IS 'foreign key from the categories table, includes the code of the patron category';
COMMENT ON COLUMN koha.deletedborrowers.dateenrolled IS 'date the patron was added to Koha (YYYY-MM-DD)';
COMMENT ON COLUMN koha.deletedborrowers.dateexpiry IS 'date the patron/borrower''s card is set to expire (YYYY-MM-DD)';
COMMENT ON COLUMN koha.deletedborrowers.date_renewed IS 'date the patron/borrower''s card was last renewed';
COMMENT ON COLUMN koha.deletedborrowers.gonenoaddress IS 'set to 1 for yes and 0 for no, flag to note that library marked this patron/borrower as having an unconfirmed address';
COMMENT ON COLUMN koha.deletedborrowers.lost IS 'set to 1 for yes and 0 for no, flag to note that library marked this patron/borrower as having lost their card';
COMMENT ON COLUMN koha.deletedborrowers.debarred IS 'until this date the patron can only check-in (no loans, no holds, etc.), is a fine based on days instead of money (YYYY-MM-DD)';
COMMENT ON COLUMN koha.deletedborrowers.debarredcomment IS 'comment on the stop of patron';
COMMENT ON COLUMN koha.deletedborrowers.contactname IS 'used for children and profesionals to include surname or last name of guarantor or organization name';
COMMENT ON COLUMN koha.deletedborrowers.contactfirstname IS 'used for children to include first name of guarantor';
COMMENT ON COLUMN koha.deletedborrowers.contacttitle IS 'used for children to include title (Mr., Mrs., etc) of guarantor';
COMMENT ON COLUMN koha.deletedborrowers.guarantorid IS 'borrowernumber used for children or professionals to link them to guarantors or organizations';
COMMENT ON COLUMN koha.deletedborrowers.borrowernotes IS 'a note on the patron/borrower''s account that is only visible in the staff client';
COMMENT ON COLUMN koha.deletedborrowers.relationship IS 'used for children to include the relationship to their guarantor';
COMMENT ON COLUMN koha.deletedborrowers.sex IS 'patron/borrower''s gender';
COMMENT ON COLUMN koha.deletedborrowers.password IS 'patron/borrower''s encrypted password';
COMMENT ON COLUMN koha.deletedborrowers.flags IS 'will include a number associated with the staff member''s permissions';
COMMENT ON COLUMN koha.deletedborrowers.userid IS 'patron/borrower''s opac and/or staff client log in';
COMMENT ON COLUMN koha.deletedborrowers.opacnote IS 'a note on the patron/borrower''s account that is visible in the OPAC and staff client';
COMMENT ON COLUMN koha.deletedborrowers.contactnote IS 'a note related to the patron/borrower''s alternate address';
COMMENT ON COLUMN koha.deletedborrowers.sort1 IS 'a field that can be used for any information unique to the library';
COMMENT ON COLUMN koha.deletedborrowers.sort2 IS 'a field that can be used for any information unique to the library';
COMMENT ON COLUMN koha.deletedborrowers.altcontactfirstname IS 'first name of alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactsurname IS 'surname or last name of the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactaddress1 IS 'the first address line for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactaddress2 IS 'the second address line for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactaddress3 IS 'the city for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactstate IS 'the state for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactzipcode IS 'the zipcode for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactcountry IS 'the country for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.altcontactphone IS 'the phone number for the alternate contact for the patron/borrower';
COMMENT ON COLUMN koha.deletedborrowers.smsalertnumber IS 'the mobile phone number where the patron/borrower would like to receive notices (if SMS turned on)';
COMMENT ON COLUMN koha.deletedborrowers.sms_provider_id IS 'the provider of the mobile phone number defined in smsalertnumber';
COMMENT ON COLUMN koha.deletedborrowers.privacy IS 'patron/borrower''s privacy settings related to their reading history  KEY `borrowernumber` (`borrowernumber`),';
COMMENT ON COLUMN koha.deletedborrowers.privacy_guarantor_checkouts IS 'controls if relatives can see this patron''s checkouts';
COMMENT ON COLUMN koha.deletedborrowers.checkprevcheckout IS 'produce a warning for this patron if this item has previously been checked out to this patron if ''yes'', not if ''no'', defer to category setting if ''inherit''.';
COMMENT ON COLUMN koha.deletedborrowers.updated_on IS 'time of last change could be useful for synchronization with external systems (among others)';
COMMENT ON COLUMN koha.deletedborrowers.lastseen IS 'last time a patron has been seen (connected at the OPAC or staff interface)';
COMMENT ON COLUMN koha.deletedborrowers.lang IS 'lang to use to send notices to this patron';
COMMENT ON COLUMN koha.deletedborrowers.login_attempts IS 'number of failed login attemps';
COMMENT ON COLUMN koha.deletedborrowers.overdrive_auth_token IS 'persist OverDrive auth token';
COMMENT ON COLUMN koha.deletedborrowers.anonymized IS 'flag for data anonymization';
CREATE TABLE koha.deleteditems (
    itemnumber integer NOT NULL,
    biblionumber integer NOT NULL,
    biblioitemnumber integer NOT NULL,
    barcode varchar(20),
    dateaccessioned date,
    booksellerid text,
    homebranch varchar(10),
    price numeric(8,2),
    replacementprice numeric(8,2),
    replacementpricedate date,
    datelastborrowed date,
    datelastseen date,
    stack smallint,
    notforloan smallint NOT NULL,
    damaged smallint NOT NULL,
    damaged_on timestamp,
    itemlost smallint NOT NULL,
    itemlost_on timestamp,
    withdrawn smallint NOT NULL,
    withdrawn_on timestamp,
    itemcallnumber varchar(255),
    coded_location_qualifier varchar(10),
    issues smallint,
    renewals smallint,
    reserves smallint,
    restricted smallint,
    itemnotes text,
    itemnotes_nonpublic text,
    holdingbranch varchar(10),
    paidfor text,
    timestamp timestamp NOT NULL,
    location varchar(80),
    permanent_location varchar(80),
    onloan date,
    cn_source varchar(10),
    cn_sort varchar(255),
    ccode varchar(80),
    materials text,
    uri varchar(255),
    itype varchar(10),
    more_subfields_xml text,
    enumchron text,
    copynumber varchar(32),
    stocknumber varchar(32),
    new_status varchar(32),
    PRIMARY KEY (itemnumber)
);
COMMENT ON COLUMN koha.deleteditems.itemnumber IS 'primary key and unique identifier added by Koha';
COMMENT ON COLUMN koha.deleteditems.biblionumber IS 'foreign key from biblio table used to link this item to the right bib record';
COMMENT ON COLUMN koha.deleteditems.biblioitemnumber IS 'foreign key from the biblioitems table to link to item to additional information';
COMMENT ON COLUMN koha.deleteditems.barcode IS 'item barcode (MARC21 952$p)';
COMMENT ON COLUMN koha.deleteditems.dateaccessioned IS 'date the item was acquired or added to Koha (MARC21 952$d)';
COMMENT ON COLUMN koha.deleteditems.booksellerid IS 'where the item was purchased (MARC21 952$e)';
COMMENT ON COLUMN koha.deleteditems.homebranch IS 'foreign key from the branches table for the library that owns this item (MARC21 952$a)';
COMMENT ON COLUMN koha.deleteditems.price IS 'purchase price (MARC21 952$g)';
COMMENT ON COLUMN koha.deleteditems.replacementprice IS 'cost the library charges to replace the item if it has been marked lost (MARC21 952$v)';
COMMENT ON COLUMN koha.deleteditems.replacementpricedate IS 'the date the price is effective from (MARC21 952$w)';
COMMENT ON COLUMN koha.deleteditems.datelastborrowed IS 'the date the item was last checked out';
COMMENT ON COLUMN koha.deleteditems.datelastseen IS 'the date the item was last see (usually the last time the barcode was scanned or inventory was done)';
COMMENT ON COLUMN koha.deleteditems.notforloan IS 'authorized value defining why this item is not for loan (MARC21 952$7)';
COMMENT ON COLUMN koha.deleteditems.damaged IS 'authorized value defining this item as damaged (MARC21 952$4)';
COMMENT ON COLUMN koha.deleteditems.damaged_on IS 'the date and time an item was last marked as damaged, NULL if not damaged';
COMMENT ON COLUMN koha.deleteditems.itemlost IS 'authorized value defining this item as lost (MARC21 952$1)';
COMMENT ON COLUMN koha.deleteditems.itemlost_on IS 'the date and time an item was last marked as lost, NULL if not lost';
COMMENT ON COLUMN koha.deleteditems.withdrawn IS 'authorized value defining this item as withdrawn (MARC21 952$0)';
COMMENT ON COLUMN koha.deleteditems.withdrawn_on IS 'the date and time an item was last marked as withdrawn, NULL if not withdrawn';
COMMENT ON COLUMN koha.deleteditems.itemcallnumber IS 'call number for this item (MARC21 952$o)';
COMMENT ON COLUMN koha.deleteditems.coded_location_qualifier IS 'coded location qualifier(MARC21 952$f)';
COMMENT ON COLUMN koha.deleteditems.issues IS 'number of times this item has been checked out';
COMMENT ON COLUMN koha.deleteditems.renewals IS 'number of times this item has been renewed';
COMMENT ON COLUMN koha.deleteditems.reserves IS 'number of times this item has been placed on hold/reserved';
COMMENT ON COLUMN koha.deleteditems.restricted IS 'authorized value defining use restrictions for this item (MARC21 952$5)';
COMMENT ON COLUMN koha.deleteditems.itemnotes IS 'public notes on this item (MARC21 952$z)';
COMMENT ON COLUMN koha.deleteditems.itemnotes_nonpublic IS 'non-public notes on this item (MARC21 952$x)';
COMMENT ON COLUMN koha.deleteditems.holdingbranch IS 'foreign key from the branches table for the library that is currently in possession item (MARC21 952$b)';
COMMENT ON COLUMN koha.deleteditems.timestamp IS 'date and time this item was last altered';
COMMENT ON COLUMN koha.deleteditems.location IS 'authorized value for the shelving location for this item (MARC21 952$c)';
COMMENT ON COLUMN koha.deleteditems.permanent_location IS 'linked to the CART and PROC temporary locations feature, stores the permanent shelving location';
COMMENT ON COLUMN koha.deleteditems.onloan IS 'defines if item is checked out (NULL for not checked out, and due date for checked out)';
COMMENT ON COLUMN koha.deleteditems.cn_source IS 'classification source used on this item (MARC21 952$2)';
COMMENT ON COLUMN koha.deleteditems.cn_sort IS 'normalized form of the call number (MARC21 952$o) used for sorting';
COMMENT ON COLUMN koha.deleteditems.ccode IS 'authorized value for the collection code associated with this item (MARC21 952$8)';
COMMENT ON COLUMN koha.deleteditems.materials IS 'materials specified (MARC21 952$3)';
COMMENT ON COLUMN koha.deleteditems.uri IS 'URL for the item (MARC21 952$u)';
COMMENT ON COLUMN koha.deleteditems.itype IS 'foreign key from the itemtypes table defining the type for this item (MARC21 952$y)';
COMMENT ON COLUMN koha.deleteditems.more_subfields_xml IS 'additional 952 subfields in XML format';
COMMENT ON COLUMN koha.deleteditems.enumchron IS 'serial enumeration/chronology for the item (MARC21 952$h)';
COMMENT ON COLUMN koha.deleteditems.copynumber IS 'copy number (MARC21 952$t)';
COMMENT ON COLUMN koha.deleteditems.stocknumber IS 'inventory number (MARC21 952$i)';
COMMENT ON COLUMN koha.deleteditems.new_status IS 'new'' value, you can put whatever free-text information. This field is intented to be managed by the automatic_item_modification_by_age cronjob.';
CREATE TABLE koha.discharges (
    discharge_id integer NOT NULL,
    borrower integer,
    needed timestamp,
    validated timestamp,
    PRIMARY KEY (discharge_id)
);
CREATE TABLE koha.edifact_ean (
    ee_id integer NOT NULL,
    description varchar(128),
    branchcode varchar(10),
    ean varchar(15) NOT NULL,
    id_code_qualifier varchar(3) NOT NULL,
    PRIMARY KEY (ee_id)
);
CREATE TABLE koha.edifact_messages (
    id integer NOT NULL,
    message_type varchar(10) NOT NULL,
    transfer_date date,
    vendor_id integer,
    edi_acct integer,
    status text,
    basketno integer,
    raw_msg text,
    filename text,
    deleted boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.export_format (
    export_format_id integer NOT NULL,
    profile varchar(255) NOT NULL,
    description text NOT NULL,
    content text NOT NULL,
    csv_separator varchar(2) NOT NULL,
    field_separator varchar(2),
    subfield_separator varchar(2),
    encoding varchar(255) NOT NULL,
    type varchar(255),
    used_for varchar(255),
    PRIMARY KEY (export_format_id)
);
COMMENT ON TABLE koha.export_format IS 'Used for CSV export';
CREATE TABLE koha.hold_fill_targets (
    borrowernumber integer NOT NULL,
    biblionumber integer NOT NULL,
    itemnumber integer NOT NULL,
    source_branchcode varchar(10),
    item_level_request smallint NOT NULL,
    PRIMARY KEY (itemnumber)
);
CREATE TABLE koha.housebound_profile (
    borrowernumber integer NOT NULL,
    day text NOT NULL,
    frequency text NOT NULL,
    fav_itemtypes text,
    fav_subjects text,
    fav_authors text,
    referral text,
    notes text,
    PRIMARY KEY (borrowernumber)
);
COMMENT ON COLUMN koha.housebound_profile.borrowernumber IS 'Number of the borrower associated with this profile.';
COMMENT ON COLUMN koha.housebound_profile.day IS 'The preferred day of the week for delivery.';
COMMENT ON COLUMN koha.housebound_profile.frequency IS 'The Authorised_Value definining the pattern for delivery.';
COMMENT ON COLUMN koha.housebound_profile.fav_itemtypes IS 'Free text describing preferred itemtypes.';
COMMENT ON COLUMN koha.housebound_profile.fav_subjects IS 'Free text describing preferred subjects.';
COMMENT ON COLUMN koha.housebound_profile.fav_authors IS 'Free text describing preferred authors.';
COMMENT ON COLUMN koha.housebound_profile.referral IS 'Free text indicating how the borrower was added to the service.';
COMMENT ON COLUMN koha.housebound_profile.notes IS 'Free text for additional notes.';
CREATE TABLE koha.housebound_role (
    borrowernumber_id integer NOT NULL,
    housebound_chooser smallint NOT NULL,
    housebound_deliverer smallint NOT NULL,
    PRIMARY KEY (borrowernumber_id)
);
COMMENT ON COLUMN koha.housebound_role.borrowernumber_id IS 'borrowernumber link';
COMMENT ON COLUMN koha.housebound_role.housebound_chooser IS 'set to 1 to indicate this patron is a housebound chooser volunteer';
COMMENT ON COLUMN koha.housebound_role.housebound_deliverer IS 'set to 1 to indicate this patron is a housebound deliverer volunteer';
CREATE TABLE koha.housebound_visit (
    id integer NOT NULL,
    borrowernumber integer NOT NULL,
    appointment_date date,
    day_segment varchar(10),
    chooser_brwnumber integer,
    deliverer_brwnumber integer,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.housebound_visit.id IS 'ID of the visit.';
COMMENT ON COLUMN koha.housebound_visit.borrowernumber IS 'Number of the borrower, & the profile, linked to this visit.';
COMMENT ON COLUMN koha.housebound_visit.appointment_date IS 'Date of visit.';
COMMENT ON COLUMN koha.housebound_visit.day_segment IS 'Rough time frame: ''morning'', ''afternoon'' ''evening';
COMMENT ON COLUMN koha.housebound_visit.chooser_brwnumber IS 'Number of the borrower to choose items  for delivery.';
COMMENT ON COLUMN koha.housebound_visit.deliverer_brwnumber IS 'Number of the borrower to deliver items.';
CREATE TABLE koha.illcomments (
    illcomment_id integer NOT NULL,
    illrequest_id bigint NOT NULL,
    borrowernumber integer,
    comment text,
    timestamp timestamp,
    PRIMARY KEY (illcomment_id)
);
COMMENT ON COLUMN koha.illcomments.illcomment_id IS 'Unique ID of the comment';
COMMENT ON COLUMN koha.illcomments.illrequest_id IS 'ILL request number';
COMMENT ON COLUMN koha.illcomments.borrowernumber IS 'Link to the user who made the comment (could be librarian, patron or ILL partner library)';
COMMENT ON COLUMN koha.illcomments.comment IS 'The text of the comment';
COMMENT ON COLUMN koha.illcomments.timestamp IS 'Date and time when the comment was made';
CREATE TABLE koha.illrequestattributes (
    illrequest_id bigint NOT NULL,
    type varchar(200) NOT NULL,
    value text NOT NULL,
    readonly smallint NOT NULL,
    PRIMARY KEY (illrequest_id, type)
);
COMMENT ON COLUMN koha.illrequestattributes.illrequest_id IS 'ILL request number';
COMMENT ON COLUMN koha.illrequestattributes.type IS 'API ILL property name';
COMMENT ON COLUMN koha.illrequestattributes.value IS 'API ILL property value';
COMMENT ON COLUMN koha.illrequestattributes.readonly IS 'Is this attribute read only';
CREATE TABLE koha.illrequests (
    illrequest_id bigint NOT NULL,
    borrowernumber integer,
    biblio_id integer,
    branchcode varchar(50) NOT NULL,
    status varchar(50),
    status_alias varchar(80),
    placed date,
    replied date,
    updated timestamp,
    completed date,
    medium varchar(30),
    accessurl varchar(500),
    cost varchar(20),
    price_paid varchar(20),
    notesopac text,
    notesstaff text,
    orderid varchar(50),
    backend varchar(20),
    PRIMARY KEY (illrequest_id)
);
COMMENT ON COLUMN koha.illrequests.illrequest_id IS 'ILL request number';
COMMENT ON COLUMN koha.illrequests.borrowernumber IS 'Patron associated with request';
COMMENT ON COLUMN koha.illrequests.biblio_id IS 'Potential bib linked to request';
COMMENT ON COLUMN koha.illrequests.branchcode IS 'The branch associated with the request';
COMMENT ON COLUMN koha.illrequests.status IS 'Current Koha status of request';
COMMENT ON COLUMN koha.illrequests.status_alias IS 'Foreign key to relevant authorised_values.authorised_value';
COMMENT ON COLUMN koha.illrequests.placed IS 'Date the request was placed';
COMMENT ON COLUMN koha.illrequests.replied IS 'Last API response';
COMMENT ON COLUMN koha.illrequests.completed IS 'Date the request was completed';
COMMENT ON COLUMN koha.illrequests.medium IS 'The Koha request type';
COMMENT ON COLUMN koha.illrequests.accessurl IS 'Potential URL for accessing item';
COMMENT ON COLUMN koha.illrequests.cost IS 'Quotes cost of request';
COMMENT ON COLUMN koha.illrequests.price_paid IS 'Final cost of request';
COMMENT ON COLUMN koha.illrequests.notesopac IS 'Patron notes attached to request';
COMMENT ON COLUMN koha.illrequests.notesstaff IS 'Staff notes attached to request';
COMMENT ON COLUMN koha.illrequests.orderid IS 'Backend id attached to request';
COMMENT ON COLUMN koha.illrequests.backend IS 'The backend used to create request';
CREATE TABLE koha.import_auths (
    import_record_id integer NOT NULL,
    matched_authid integer,
    control_number varchar(25),
    authorized_heading varchar(128),
    original_source varchar(25)
);
CREATE TABLE koha.import_batches (
    import_batch_id integer NOT NULL,
    matcher_id integer,
    template_id integer,
    branchcode varchar(10),
    num_records integer NOT NULL,
    num_items integer NOT NULL,
    upload_timestamp timestamp NOT NULL,
    overlay_action varchar(12) NOT NULL,
    nomatch_action varchar(10) NOT NULL,
    item_action varchar(20) NOT NULL,
    import_status varchar(9) NOT NULL,
    batch_type varchar(10) NOT NULL,
    record_type varchar(8) NOT NULL,
    file_name varchar(100),
    comments text,
    PRIMARY KEY (import_batch_id)
);
COMMENT ON TABLE koha.import_batches IS 'information about batches of marc records that have been imported';
COMMENT ON COLUMN koha.import_batches.import_batch_id IS 'unique identifier and primary key';
COMMENT ON COLUMN koha.import_batches.matcher_id IS 'the id of the match rule used (matchpoints.matcher_id)';
COMMENT ON COLUMN koha.import_batches.num_records IS 'number of records in the file';
COMMENT ON COLUMN koha.import_batches.num_items IS 'number of items in the file';
COMMENT ON COLUMN koha.import_batches.upload_timestamp IS 'date and time the file was uploaded';
COMMENT ON COLUMN koha.import_batches.overlay_action IS 'how to handle duplicate records';
COMMENT ON COLUMN koha.import_batches.nomatch_action IS 'how to handle records where no match is found';
COMMENT ON COLUMN koha.import_batches.item_action IS 'what to do with item records';
COMMENT ON COLUMN koha.import_batches.import_status IS 'the status of the imported file';
COMMENT ON COLUMN koha.import_batches.batch_type IS 'where this batch has come from';
COMMENT ON COLUMN koha.import_batches.record_type IS 'type of record in the batch';
COMMENT ON COLUMN koha.import_batches.file_name IS 'the name of the file uploaded';
COMMENT ON COLUMN koha.import_batches.comments IS 'any comments added when the file was uploaded';
CREATE TABLE koha.import_biblios (
    import_record_id integer NOT NULL,
    matched_biblionumber integer,
    control_number varchar(25),
    original_source varchar(25),
    title varchar(128),
    author varchar(80),
    isbn varchar(30),
    issn varchar(9),
    has_items smallint NOT NULL
);
CREATE TABLE koha.import_items (
    import_items_id integer NOT NULL,
    import_record_id integer NOT NULL,
    itemnumber integer,
    branchcode varchar(10),
    status varchar(8) NOT NULL,
    marcxml text NOT NULL,
    import_error text,
    PRIMARY KEY (import_items_id)
);
CREATE TABLE koha.import_record_matches (
    import_record_id integer NOT NULL,
    candidate_match_id integer NOT NULL,
    score integer NOT NULL
);
COMMENT ON TABLE koha.import_record_matches IS 'matches found when importing a batch of records';
COMMENT ON COLUMN koha.import_record_matches.import_record_id IS 'the id given to the imported bib record (import_records.import_record_id)';
COMMENT ON COLUMN koha.import_record_matches.candidate_match_id IS 'the biblio the imported record matches (biblio.biblionumber)';
COMMENT ON COLUMN koha.import_record_matches.score IS 'the match score';
CREATE TABLE koha.import_records (
    import_record_id integer NOT NULL,
    import_batch_id integer NOT NULL,
    branchcode varchar(10),
    record_sequence integer NOT NULL,
    upload_timestamp timestamp NOT NULL,
    import_date date,
    marc bytea NOT NULL,
    marcxml text NOT NULL,
    marcxml_old text NOT NULL,
    record_type varchar(8) NOT NULL,
    overlay_status varchar(13) NOT NULL,
    status varchar(14) NOT NULL,
    import_error text,
    encoding varchar(40) NOT NULL,
    PRIMARY KEY (import_record_id)
);
CREATE TABLE koha.issues (
    issue_id integer NOT NULL,
    borrowernumber integer,
    itemnumber integer,
    date_due timestamp,
    branchcode varchar(10),
    returndate timestamp,
    lastreneweddate timestamp,
    renewals smallint NOT NULL,
    auto_renew boolean,
    auto_renew_error varchar(32),
    timestamp timestamp NOT NULL,
    issuedate timestamp,
    onsite_checkout integer NOT NULL,
    note text,
    notedate timestamp,
    noteseen integer,
    PRIMARY KEY (issue_id)
);
COMMENT ON TABLE koha.issues IS 'information related to check outs or issues';
COMMENT ON COLUMN koha.issues.issue_id IS 'primary key for issues table';
COMMENT ON COLUMN koha.issues.borrowernumber IS 'foreign key, linking this to the borrowers table for the patron this item was checked out to';
COMMENT ON COLUMN koha.issues.itemnumber IS 'foreign key, linking this to the items table for the item that was checked out';
COMMENT ON COLUMN koha.issues.date_due IS 'datetime the item is due (yyyy-mm-dd hh:mm::ss)';
COMMENT ON COLUMN koha.issues.branchcode IS 'foreign key, linking to the branches table for the location the item was checked out';
COMMENT ON COLUMN koha.issues.returndate IS 'date the item was returned, will be NULL until moved to old_issues';
COMMENT ON COLUMN koha.issues.lastreneweddate IS 'date the item was last renewed';
COMMENT ON COLUMN koha.issues.renewals IS 'lists the number of times the item was renewed';
COMMENT ON COLUMN koha.issues.auto_renew IS 'automatic renewal';
COMMENT ON COLUMN koha.issues.auto_renew_error IS 'automatic renewal error';
COMMENT ON COLUMN koha.issues.timestamp IS 'the date and time this record was last touched';
COMMENT ON COLUMN koha.issues.issuedate IS 'date the item was checked out or issued';
COMMENT ON COLUMN koha.issues.onsite_checkout IS 'in house use flag';
COMMENT ON COLUMN koha.issues.note IS 'issue note text';
COMMENT ON COLUMN koha.issues.notedate IS 'datetime of issue note (yyyy-mm-dd hh:mm::ss)';
COMMENT ON COLUMN koha.issues.noteseen IS 'describes whether checkout note has been seen 1, not been seen 0 or doesn''t exist null';
CREATE TABLE koha.issuingrules (
    categorycode varchar(10) NOT NULL,
    itemtype varchar(10) NOT NULL,
    restrictedtype smallint,
    rentaldiscount numeric(28,6),
    reservecharge numeric(28,6),
    fine numeric(28,6),
    finedays integer,
    maxsuspensiondays integer,
    suspension_chargeperiod integer,
    firstremind integer,
    chargeperiod integer,
    chargeperiod_charge_at smallint NOT NULL,
    accountsent integer,
    issuelength integer,
    lengthunit varchar(10),
    hardduedate date,
    hardduedatecompare smallint NOT NULL,
    renewalsallowed smallint NOT NULL,
    renewalperiod integer,
    norenewalbefore integer,
    auto_renew boolean,
    no_auto_renewal_after integer,
    no_auto_renewal_after_hard_limit date,
    reservesallowed smallint NOT NULL,
    holds_per_record smallint NOT NULL,
    holds_per_day smallint,
    branchcode varchar(10) NOT NULL,
    overduefinescap numeric(28,6),
    cap_fine_to_replacement_price boolean NOT NULL,
    onshelfholds smallint NOT NULL,
    opacitemholds char(1) NOT NULL,
    article_requests varchar(9) NOT NULL,
    note varchar(100),
    PRIMARY KEY (branchcode, categorycode, itemtype)
);
COMMENT ON TABLE koha.issuingrules IS 'circulation and fine rules';
COMMENT ON COLUMN koha.issuingrules.categorycode IS 'patron category this rule is for (categories.categorycode)';
COMMENT ON COLUMN koha.issuingrules.itemtype IS 'item type this rule is for (itemtypes.itemtype)';
COMMENT ON COLUMN koha.issuingrules.restrictedtype IS 'not used? always NULL';
COMMENT ON COLUMN koha.issuingrules.rentaldiscount IS 'percent discount on the rental charge for this item';
COMMENT ON COLUMN koha.issuingrules.fine IS 'fine amount';
COMMENT ON COLUMN koha.issuingrules.finedays IS 'suspension in days';
COMMENT ON COLUMN koha.issuingrules.maxsuspensiondays IS 'max suspension days';
COMMENT ON COLUMN koha.issuingrules.suspension_chargeperiod IS 'how often the finedays is charged';
COMMENT ON COLUMN koha.issuingrules.firstremind IS 'fine grace period';
COMMENT ON COLUMN koha.issuingrules.chargeperiod IS 'how often the fine amount is charged';
COMMENT ON COLUMN koha.issuingrules.chargeperiod_charge_at IS 'Should fine be given at the start ( 1 ) or the end ( 0 ) of the period';
COMMENT ON COLUMN koha.issuingrules.accountsent IS 'not used? always NULL';
COMMENT ON COLUMN koha.issuingrules.issuelength IS 'length of checkout in the unit set in issuingrules.lengthunit';
COMMENT ON COLUMN koha.issuingrules.lengthunit IS 'unit of checkout length (days, hours)';
COMMENT ON COLUMN koha.issuingrules.hardduedate IS 'hard due date';
COMMENT ON COLUMN koha.issuingrules.hardduedatecompare IS 'type of hard due date (1 = after, 0 = on, -1 = before)';
COMMENT ON COLUMN koha.issuingrules.renewalsallowed IS 'how many renewals are allowed';
COMMENT ON COLUMN koha.issuingrules.renewalperiod IS 'renewal period in the unit set in issuingrules.lengthunit';
COMMENT ON COLUMN koha.issuingrules.norenewalbefore IS 'no renewal allowed until X days or hours before due date.';
COMMENT ON COLUMN koha.issuingrules.auto_renew IS 'automatic renewal';
COMMENT ON COLUMN koha.issuingrules.no_auto_renewal_after IS 'no auto renewal allowed after X days or hours after the issue date';
COMMENT ON COLUMN koha.issuingrules.no_auto_renewal_after_hard_limit IS 'no auto renewal allowed after a given date';
COMMENT ON COLUMN koha.issuingrules.reservesallowed IS 'how many holds are allowed';
COMMENT ON COLUMN koha.issuingrules.holds_per_record IS 'How many holds a patron can have on a given bib';
COMMENT ON COLUMN koha.issuingrules.holds_per_day IS 'How many holds a patron can have on a day';
COMMENT ON COLUMN koha.issuingrules.branchcode IS 'the branch this rule is for (branches.branchcode)';
COMMENT ON COLUMN koha.issuingrules.overduefinescap IS 'the maximum amount of an overdue fine';
COMMENT ON COLUMN koha.issuingrules.cap_fine_to_replacement_price IS 'cap the fine based on item''s replacement price';
COMMENT ON COLUMN koha.issuingrules.onshelfholds IS 'allow holds for items that are on shelf';
COMMENT ON COLUMN koha.issuingrules.opacitemholds IS 'allow opac users to place specific items on hold';
COMMENT ON COLUMN koha.issuingrules.article_requests IS 'allow article requests to be placed,';
COMMENT ON COLUMN koha.issuingrules.note IS 'description of rule, reason for setting rule';
CREATE TABLE koha.item_circulation_alert_preferences (
    id integer NOT NULL,
    branchcode varchar(10) NOT NULL,
    categorycode varchar(10) NOT NULL,
    item_type varchar(10) NOT NULL,
    notification varchar(16) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.items (
    itemnumber integer NOT NULL,
    biblionumber integer NOT NULL,
    biblioitemnumber integer NOT NULL,
    barcode varchar(20),
    dateaccessioned date,
    booksellerid text,
    homebranch varchar(10),
    price numeric(8,2),
    replacementprice numeric(8,2),
    replacementpricedate date,
    datelastborrowed date,
    datelastseen date,
    stack smallint,
    notforloan smallint NOT NULL,
    damaged smallint NOT NULL,
    damaged_on timestamp,
    itemlost smallint NOT NULL,
    itemlost_on timestamp,
    withdrawn smallint NOT NULL,
    withdrawn_on timestamp,
    itemcallnumber varchar(255),
    coded_location_qualifier varchar(10),
    issues smallint,
    renewals smallint,
    reserves smallint,
    restricted smallint,
    itemnotes text,
    itemnotes_nonpublic text,
    holdingbranch varchar(10),
    paidfor text,
    timestamp timestamp NOT NULL,
    location varchar(80),
    permanent_location varchar(80),
    onloan date,
    cn_source varchar(10),
    cn_sort varchar(255),
    ccode varchar(80),
    materials text,
    uri varchar(255),
    itype varchar(10),
    more_subfields_xml text,
    enumchron text,
    copynumber varchar(32),
    stocknumber varchar(32),
    new_status varchar(32),
    PRIMARY KEY (itemnumber)
);
COMMENT ON TABLE koha.items IS 'holdings/item information';
COMMENT ON COLUMN koha.items.itemnumber IS 'primary key and unique identifier added by Koha';
COMMENT ON COLUMN koha.items.biblionumber IS 'foreign key from biblio table used to link this item to the right bib record';
COMMENT ON COLUMN koha.items.biblioitemnumber IS 'foreign key from the biblioitems table to link to item to additional information';
COMMENT ON COLUMN koha.items.barcode IS 'item barcode (MARC21 952$p)';
COMMENT ON COLUMN koha.items.dateaccessioned IS 'date the item was acquired or added to Koha (MARC21 952$d)';
COMMENT ON COLUMN koha.items.booksellerid IS 'where the item was purchased (MARC21 952$e)';
COMMENT ON COLUMN koha.items.homebranch IS 'foreign key from the branches table for the library that owns this item (MARC21 952$a)';
COMMENT ON COLUMN koha.items.price IS 'purchase price (MARC21 952$g)';
COMMENT ON COLUMN koha.items.replacementprice IS 'cost the library charges to replace the item if it has been marked lost (MARC21 952$v)';
COMMENT ON COLUMN koha.items.replacementpricedate IS 'the date the price is effective from (MARC21 952$w)';
COMMENT ON COLUMN koha.items.datelastborrowed IS 'the date the item was last checked out/issued';
COMMENT ON COLUMN koha.items.datelastseen IS 'the date the item was last see (usually the last time the barcode was scanned or inventory was done)';
COMMENT ON COLUMN koha.items.notforloan IS 'authorized value defining why this item is not for loan (MARC21 952$7)';
COMMENT ON COLUMN koha.items.damaged IS 'authorized value defining this item as damaged (MARC21 952$4)';
COMMENT ON COLUMN koha.items.damaged_on IS 'the date and time an item was last marked as damaged, NULL if not damaged';
COMMENT ON COLUMN koha.items.itemlost IS 'authorized value defining this item as lost (MARC21 952$1)';
COMMENT ON COLUMN koha.items.itemlost_on IS 'the date and time an item was last marked as lost, NULL if not lost';
COMMENT ON COLUMN koha.items.withdrawn IS 'authorized value defining this item as withdrawn (MARC21 952$0)';
COMMENT ON COLUMN koha.items.withdrawn_on IS 'the date and time an item was last marked as withdrawn, NULL if not withdrawn';
COMMENT ON COLUMN koha.items.itemcallnumber IS 'call number for this item (MARC21 952$o)';
COMMENT ON COLUMN koha.items.coded_location_qualifier IS 'coded location qualifier(MARC21 952$f)';
COMMENT ON COLUMN koha.items.issues IS 'number of times this item has been checked out/issued';
COMMENT ON COLUMN koha.items.renewals IS 'number of times this item has been renewed';
COMMENT ON COLUMN koha.items.reserves IS 'number of times this item has been placed on hold/reserved';
COMMENT ON COLUMN koha.items.restricted IS 'authorized value defining use restrictions for this item (MARC21 952$5)';
COMMENT ON COLUMN koha.items.itemnotes IS 'public notes on this item (MARC21 952$z)';
COMMENT ON COLUMN koha.items.itemnotes_nonpublic IS 'non-public notes on this item (MARC21 952$x)';
COMMENT ON COLUMN koha.items.holdingbranch IS 'foreign key from the branches table for the library that is currently in possession item (MARC21 952$b)';
COMMENT ON COLUMN koha.items.timestamp IS 'date and time this item was last altered';
COMMENT ON COLUMN koha.items.location IS 'authorized value for the shelving location for this item (MARC21 952$c)';
COMMENT ON COLUMN koha.items.permanent_location IS 'linked to the CART and PROC temporary locations feature, stores the permanent shelving location';
COMMENT ON COLUMN koha.items.onloan IS 'defines if item is checked out (NULL for not checked out, and due date for checked out)';
COMMENT ON COLUMN koha.items.cn_source IS 'classification source used on this item (MARC21 952$2)';
COMMENT ON COLUMN koha.items.cn_sort IS 'normalized form of the call number (MARC21 952$o) used for sorting';
COMMENT ON COLUMN koha.items.ccode IS 'authorized value for the collection code associated with this item (MARC21 952$8)';
COMMENT ON COLUMN koha.items.materials IS 'materials specified (MARC21 952$3)';
COMMENT ON COLUMN koha.items.uri IS 'URL for the item (MARC21 952$u)';
COMMENT ON COLUMN koha.items.itype IS 'foreign key from the itemtypes table defining the type for this item (MARC21 952$y)';
COMMENT ON COLUMN koha.items.more_subfields_xml IS 'additional 952 subfields in XML format';
COMMENT ON COLUMN koha.items.enumchron IS 'serial enumeration/chronology for the item (MARC21 952$h)';
COMMENT ON COLUMN koha.items.copynumber IS 'copy number (MARC21 952$t)';
COMMENT ON COLUMN koha.items.stocknumber IS 'inventory number (MARC21 952$i)';
COMMENT ON COLUMN koha.items.new_status IS 'new'' value, you can put whatever free-text information. This field is intented to be managed by the automatic_item_modification_by_age cronjob.';
CREATE TABLE koha.items_last_borrower (
    id integer NOT NULL,
    itemnumber integer NOT NULL,
    borrowernumber integer NOT NULL,
    created_on timestamp NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.items_search_fields (
    name varchar(255) NOT NULL,
    label varchar(255) NOT NULL,
    tagfield char(3) NOT NULL,
    tagsubfield char(1),
    authorised_values_category varchar(32),
    PRIMARY KEY (name)
);
CREATE TABLE koha.itemtypes (
    itemtype varchar(10) NOT NULL,
    description text,
    rentalcharge numeric(28,6),
    rentalcharge_daily numeric(28,6),
    rentalcharge_hourly numeric(28,6),
    defaultreplacecost numeric(28,6),
    processfee numeric(28,6),
    notforloan smallint,
    imageurl varchar(200),
    summary text,
    checkinmsg varchar(255),
    checkinmsgtype char(16) NOT NULL,
    sip_media_type varchar(3),
    hideinopac smallint NOT NULL,
    searchcategory varchar(80),
    PRIMARY KEY (itemtype)
);
COMMENT ON TABLE koha.itemtypes IS 'defines the item types';
COMMENT ON COLUMN koha.itemtypes.itemtype IS 'unique key, a code associated with the item type';
COMMENT ON COLUMN koha.itemtypes.description IS 'a plain text explanation of the item type';
COMMENT ON COLUMN koha.itemtypes.rentalcharge IS 'the amount charged when this item is checked out/issued';
COMMENT ON COLUMN koha.itemtypes.rentalcharge_daily IS 'the amount charged for each day between checkout date and due date';
COMMENT ON COLUMN koha.itemtypes.rentalcharge_hourly IS 'the amount charged for each hour between checkout date and due date';
COMMENT ON COLUMN koha.itemtypes.defaultreplacecost IS 'default replacement cost';
COMMENT ON COLUMN koha.itemtypes.processfee IS 'default text be recorded in the column note when the processing fee is applied';
COMMENT ON COLUMN koha.itemtypes.notforloan IS '1 if the item is not for loan, 0 if the item is available for loan';
COMMENT ON COLUMN koha.itemtypes.imageurl IS 'URL for the item type icon';
COMMENT ON COLUMN koha.itemtypes.summary IS 'information from the summary field, may include HTML';
COMMENT ON COLUMN koha.itemtypes.checkinmsg IS 'message that is displayed when an item with the given item type is checked in';
COMMENT ON COLUMN koha.itemtypes.checkinmsgtype IS 'type (CSS class) for the checkinmsg, can be "alert" or "message"';
COMMENT ON COLUMN koha.itemtypes.sip_media_type IS 'SIP2 protocol media type for this itemtype';
COMMENT ON COLUMN koha.itemtypes.hideinopac IS 'Hide the item type from the search options in OPAC';
COMMENT ON COLUMN koha.itemtypes.searchcategory IS 'Group this item type with others with the same value on OPAC search options';
CREATE TABLE koha.keyboard_shortcuts (
    shortcut_name varchar(80) NOT NULL,
    shortcut_keys varchar(80) NOT NULL,
    PRIMARY KEY (shortcut_name)
);
CREATE TABLE koha.language_descriptions (
    subtag varchar(25),
    type varchar(25),
    lang varchar(25),
    description varchar(255),
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.language_rfc4646_to_iso639 (
    rfc4646_subtag varchar(25),
    iso639_2_code varchar(25),
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.language_script_bidi (
    rfc4646_subtag varchar(25),
    bidi varchar(3)
);
COMMENT ON COLUMN koha.language_script_bidi.rfc4646_subtag IS 'script subtag, Arab, Hebr, etc.';
COMMENT ON COLUMN koha.language_script_bidi.bidi IS 'rtl ltr';
CREATE TABLE koha.language_script_mapping (
    language_subtag varchar(25),
    script_subtag varchar(25)
);
CREATE TABLE koha.language_subtag_registry (
    subtag varchar(25),
    type varchar(25),
    description varchar(25),
    added date,
    id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.language_subtag_registry.type IS 'language-script-region-variant-extension-privateuse';
COMMENT ON COLUMN koha.language_subtag_registry.description IS 'only one of the possible descriptions for ease of reference, see language_descriptions for the complete list';
CREATE TABLE koha.letter (
    module varchar(20) NOT NULL,
    code varchar(20) NOT NULL,
    branchcode varchar(10) NOT NULL,
    name varchar(100) NOT NULL,
    is_html smallint,
    title varchar(200) NOT NULL,
    content text,
    message_transport_type varchar(20) NOT NULL,
    lang varchar(25) NOT NULL,
    PRIMARY KEY (module, code, branchcode, message_transport_type, lang)
);
COMMENT ON TABLE koha.letter IS 'table for all notice templates in Koha';
COMMENT ON COLUMN koha.letter.module IS 'Koha module that triggers this notice or slip';
COMMENT ON COLUMN koha.letter.code IS 'unique identifier for this notice or slip';
COMMENT ON COLUMN koha.letter.branchcode IS 'the branch this notice or slip is used at (branches.branchcode)';
COMMENT ON COLUMN koha.letter.name IS 'plain text name for this notice or slip';
COMMENT ON COLUMN koha.letter.is_html IS 'does this notice or slip use HTML (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.letter.title IS 'subject line of the notice';
COMMENT ON COLUMN koha.letter.content IS 'body text for the notice or slip';
COMMENT ON COLUMN koha.letter.message_transport_type IS 'transport type for this notice';
COMMENT ON COLUMN koha.letter.lang IS 'lang of the notice';
CREATE TABLE koha.library_groups (
    id integer NOT NULL,
    parent_id integer,
    branchcode varchar(10),
    title varchar(100),
    description text,
    ft_hide_patron_info smallint NOT NULL,
    ft_search_groups_opac smallint NOT NULL,
    ft_search_groups_staff smallint NOT NULL,
    created_on timestamp,
    updated_on timestamp NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.library_groups.id IS 'unique id for each group';
COMMENT ON COLUMN koha.library_groups.parent_id IS 'if this is a child group, the id of the parent group';
COMMENT ON COLUMN koha.library_groups.branchcode IS 'The branchcode of a branch belonging to the parent group';
COMMENT ON COLUMN koha.library_groups.title IS 'Short description of the goup';
COMMENT ON COLUMN koha.library_groups.description IS 'Longer explanation of the group, if necessary';
COMMENT ON COLUMN koha.library_groups.ft_hide_patron_info IS 'Turn on the feature "Hide patron''s info" for this group';
COMMENT ON COLUMN koha.library_groups.ft_search_groups_opac IS 'Use this group for staff side search groups';
COMMENT ON COLUMN koha.library_groups.ft_search_groups_staff IS 'Use this group for opac side search groups';
COMMENT ON COLUMN koha.library_groups.created_on IS 'Date and time of creation';
COMMENT ON COLUMN koha.library_groups.updated_on IS 'Date and time of last';
CREATE TABLE koha.linktracker (
    id integer NOT NULL,
    biblionumber integer,
    itemnumber integer,
    borrowernumber integer,
    url text,
    timeclicked timestamp,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.linktracker.id IS 'primary key identifier';
COMMENT ON COLUMN koha.linktracker.biblionumber IS 'biblionumber of the record the link is from';
COMMENT ON COLUMN koha.linktracker.itemnumber IS 'itemnumber if applicable that the link was from';
COMMENT ON COLUMN koha.linktracker.borrowernumber IS 'borrowernumber who clicked the link';
COMMENT ON COLUMN koha.linktracker.url IS 'the link itself';
COMMENT ON COLUMN koha.linktracker.timeclicked IS 'the date and time the link was clicked';
CREATE TABLE koha.localization (
    localization_id integer NOT NULL,
    entity varchar(16) NOT NULL,
    code varchar(64) NOT NULL,
    lang varchar(25) NOT NULL,
    translation text,
    PRIMARY KEY (localization_id)
);
COMMENT ON COLUMN koha.localization.lang IS 'could be a foreign key';
CREATE TABLE koha.marc_matchers (
    matcher_id integer NOT NULL,
    code varchar(10) NOT NULL,
    description varchar(255) NOT NULL,
    record_type varchar(10) NOT NULL,
    threshold integer NOT NULL,
    PRIMARY KEY (matcher_id)
);
CREATE TABLE koha.marc_modification_template_actions (
    mmta_id integer NOT NULL,
    template_id integer NOT NULL,
    ordering integer NOT NULL,
    action varchar(22) NOT NULL,
    field_number smallint NOT NULL,
    from_field varchar(3) NOT NULL,
    from_subfield varchar(1),
    field_value varchar(100),
    to_field varchar(3),
    to_subfield varchar(1),
    to_regex_search text,
    to_regex_replace text,
    to_regex_modifiers varchar(8),
    conditional varchar(6),
    conditional_field varchar(3),
    conditional_subfield varchar(1),
    conditional_comparison varchar(10),
    conditional_value text,
    conditional_regex smallint NOT NULL,
    description text,
    PRIMARY KEY (mmta_id)
);
CREATE TABLE koha.marc_modification_templates (
    template_id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (template_id)
);
CREATE TABLE koha.marc_subfield_structure (
    tagfield varchar(3) NOT NULL,
    tagsubfield varchar(1) NOT NULL,
    liblibrarian varchar(255) NOT NULL,
    libopac varchar(255) NOT NULL,
    repeatable smallint NOT NULL,
    mandatory smallint NOT NULL,
    kohafield varchar(40),
    tab smallint,
    authorised_value varchar(32),
    authtypecode varchar(20),
    value_builder varchar(80),
    isurl smallint,
    hidden smallint,
    frameworkcode varchar(4) NOT NULL,
    seealso varchar(1100),
    link varchar(80),
    defaultvalue text,
    maxlength integer NOT NULL,
    PRIMARY KEY (frameworkcode, tagfield, tagsubfield)
);
CREATE TABLE koha.marc_tag_structure (
    tagfield varchar(3) NOT NULL,
    liblibrarian varchar(255) NOT NULL,
    libopac varchar(255) NOT NULL,
    repeatable smallint NOT NULL,
    mandatory smallint NOT NULL,
    authorised_value varchar(10),
    ind1_defaultvalue varchar(1) NOT NULL,
    ind2_defaultvalue varchar(1) NOT NULL,
    frameworkcode varchar(4) NOT NULL,
    PRIMARY KEY (frameworkcode, tagfield)
);
CREATE TABLE koha.matchchecks (
    matcher_id integer NOT NULL,
    matchcheck_id integer NOT NULL,
    source_matchpoint_id integer NOT NULL,
    target_matchpoint_id integer NOT NULL,
    PRIMARY KEY (matchcheck_id)
);
CREATE TABLE koha.matcher_matchpoints (
    matcher_id integer NOT NULL,
    matchpoint_id integer NOT NULL
);
CREATE TABLE koha.matchpoint_component_norms (
    matchpoint_component_id integer NOT NULL,
    sequence integer NOT NULL,
    norm_routine varchar(50) NOT NULL
);
CREATE TABLE koha.matchpoint_components (
    matchpoint_id integer NOT NULL,
    matchpoint_component_id integer NOT NULL,
    sequence integer NOT NULL,
    tag varchar(3) NOT NULL,
    subfields varchar(40) NOT NULL,
    "offset" integer NOT NULL,
    length integer NOT NULL,
    PRIMARY KEY (matchpoint_component_id)
);
CREATE TABLE koha.matchpoints (
    matcher_id integer NOT NULL,
    matchpoint_id integer NOT NULL,
    search_index varchar(30) NOT NULL,
    score integer NOT NULL,
    PRIMARY KEY (matchpoint_id)
);
CREATE TABLE koha.message_attributes (
    message_attribute_id integer NOT NULL,
    message_name varchar(40) NOT NULL,
    takes_days smallint NOT NULL,
    PRIMARY KEY (message_attribute_id)
);
CREATE TABLE koha.message_queue (
    message_id integer NOT NULL,
    borrowernumber integer,
    subject text,
    content text,
    metadata text,
    letter_code varchar(64),
    message_transport_type varchar(20) NOT NULL,
    status varchar(7) NOT NULL,
    time_queued timestamp NOT NULL,
    to_address text,
    from_address text,
    content_type text,
    PRIMARY KEY (message_id)
);
CREATE TABLE koha.message_transport_types (
    message_transport_type varchar(20) NOT NULL,
    PRIMARY KEY (message_transport_type)
);
CREATE TABLE koha.message_transports (
    message_attribute_id integer NOT NULL,
    message_transport_type varchar(20) NOT NULL,
    is_digest smallint NOT NULL,
    letter_module varchar(20) NOT NULL,
    letter_code varchar(20) NOT NULL,
    branchcode varchar(10) NOT NULL,
    PRIMARY KEY (message_attribute_id, message_transport_type, is_digest)
);
CREATE TABLE koha.messages (
    message_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    branchcode varchar(10),
    message_type varchar(1) NOT NULL,
    message text NOT NULL,
    message_date timestamp NOT NULL,
    manager_id integer,
    PRIMARY KEY (message_id)
);
COMMENT ON TABLE koha.messages IS 'circulation messages left via the patron''s check out screen';
COMMENT ON COLUMN koha.messages.message_id IS 'unique identifier assigned by Koha';
COMMENT ON COLUMN koha.messages.borrowernumber IS 'foreign key linking this message to the borrowers table';
COMMENT ON COLUMN koha.messages.branchcode IS 'foreign key linking the message to the branches table';
COMMENT ON COLUMN koha.messages.message_type IS 'whether the message is for the librarians (L) or the patron (B)';
COMMENT ON COLUMN koha.messages.message IS 'the text of the message';
COMMENT ON COLUMN koha.messages.message_date IS 'the date and time the message was written';
COMMENT ON COLUMN koha.messages.manager_id IS 'creator of message';
CREATE TABLE koha.misc_files (
    file_id integer NOT NULL,
    table_tag varchar(255) NOT NULL,
    record_id integer NOT NULL,
    file_name varchar(255) NOT NULL,
    file_type varchar(255) NOT NULL,
    file_description varchar(255),
    file_content bytea NOT NULL,
    date_uploaded timestamp NOT NULL,
    PRIMARY KEY (file_id)
);
COMMENT ON TABLE koha.misc_files IS 'miscellaneous files attached to records from various tables';
COMMENT ON COLUMN koha.misc_files.file_id IS 'unique id for the file record';
COMMENT ON COLUMN koha.misc_files.table_tag IS 'usually table name, or arbitrary unique tag';
COMMENT ON COLUMN koha.misc_files.record_id IS 'record id from the table this file is associated to';
COMMENT ON COLUMN koha.misc_files.file_name IS 'file name';
COMMENT ON COLUMN koha.misc_files.file_type IS 'MIME type of the file';
COMMENT ON COLUMN koha.misc_files.file_description IS 'description given to the file';
COMMENT ON COLUMN koha.misc_files.file_content IS 'file content';
COMMENT ON COLUMN koha.misc_files.date_uploaded IS 'date and time the file was added';
CREATE TABLE koha.need_merge_authorities (
    id integer NOT NULL,
    authid bigint NOT NULL,
    authid_new bigint,
    reportxml text,
    timestamp timestamp NOT NULL,
    done smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.need_merge_authorities IS 'keeping track of authority records still to be merged by merge_authority cron job';
COMMENT ON COLUMN koha.need_merge_authorities.id IS 'unique id';
COMMENT ON COLUMN koha.need_merge_authorities.authid IS 'reference to original authority record';
COMMENT ON COLUMN koha.need_merge_authorities.authid_new IS 'reference to optional new authority record';
COMMENT ON COLUMN koha.need_merge_authorities.reportxml IS 'xml showing original reporting tag';
COMMENT ON COLUMN koha.need_merge_authorities.timestamp IS 'date and time last modified';
COMMENT ON COLUMN koha.need_merge_authorities.done IS 'indication whether merge has been executed (0=not done, 1=done, 2=in progress)';
CREATE TABLE koha.oai_sets (
    id integer NOT NULL,
    spec varchar(80) NOT NULL,
    name varchar(80) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.oai_sets_biblios (
    biblionumber integer NOT NULL,
    set_id integer NOT NULL,
    PRIMARY KEY (biblionumber, set_id)
);
CREATE TABLE koha.oai_sets_descriptions (
    set_id integer NOT NULL,
    description varchar(255) NOT NULL
);
CREATE TABLE koha.oai_sets_mappings (
    set_id integer NOT NULL,
    marcfield char(3) NOT NULL,
    marcsubfield char(1) NOT NULL,
    operator varchar(8) NOT NULL,
    marcvalue varchar(80) NOT NULL
);
CREATE TABLE koha.oauth_access_tokens (
    access_token varchar(191) NOT NULL,
    client_id varchar(191) NOT NULL,
    expires integer NOT NULL,
    PRIMARY KEY (access_token)
);
COMMENT ON COLUMN koha.oauth_access_tokens.access_token IS 'generarated access token';
COMMENT ON COLUMN koha.oauth_access_tokens.client_id IS 'the client id the access token belongs to';
COMMENT ON COLUMN koha.oauth_access_tokens.expires IS 'expiration time in seconds';
CREATE TABLE koha.old_issues (
    issue_id integer NOT NULL,
    borrowernumber integer,
    itemnumber integer,
    date_due timestamp,
    branchcode varchar(10),
    returndate timestamp,
    lastreneweddate timestamp,
    renewals smallint NOT NULL,
    auto_renew boolean,
    auto_renew_error varchar(32),
    timestamp timestamp NOT NULL,
    issuedate timestamp,
    onsite_checkout integer NOT NULL,
    note text,
    notedate timestamp,
    noteseen integer,
    PRIMARY KEY (issue_id)
);
COMMENT ON TABLE koha.old_issues IS 'lists items that were checked out and have been returned';
COMMENT ON COLUMN koha.old_issues.issue_id IS 'primary key for issues table';
COMMENT ON COLUMN koha.old_issues.borrowernumber IS 'foreign key, linking this to the borrowers table for the patron this item was checked out to';
COMMENT ON COLUMN koha.old_issues.itemnumber IS 'foreign key, linking this to the items table for the item that was checked out';
COMMENT ON COLUMN koha.old_issues.date_due IS 'date the item is due (yyyy-mm-dd)';
COMMENT ON COLUMN koha.old_issues.branchcode IS 'foreign key, linking to the branches table for the location the item was checked out';
COMMENT ON COLUMN koha.old_issues.returndate IS 'date the item was returned';
COMMENT ON COLUMN koha.old_issues.lastreneweddate IS 'date the item was last renewed';
COMMENT ON COLUMN koha.old_issues.renewals IS 'lists the number of times the item was renewed';
COMMENT ON COLUMN koha.old_issues.auto_renew IS 'automatic renewal';
COMMENT ON COLUMN koha.old_issues.auto_renew_error IS 'automatic renewal error';
COMMENT ON COLUMN koha.old_issues.timestamp IS 'the date and time this record was last touched';
COMMENT ON COLUMN koha.old_issues.issuedate IS 'date the item was checked out or issued';
COMMENT ON COLUMN koha.old_issues.onsite_checkout IS 'in house use flag';
COMMENT ON COLUMN koha.old_issues.note IS 'issue note text';
COMMENT ON COLUMN koha.old_issues.notedate IS 'datetime of issue note (yyyy-mm-dd hh:mm::ss)';
COMMENT ON COLUMN koha.old_issues.noteseen IS 'describes whether checkout note has been seen 1, not been seen 0 or doesn''t exist null';
CREATE TABLE koha.old_reserves (
    reserve_id integer NOT NULL,
    borrowernumber integer,
    reservedate date,
    biblionumber integer,
    branchcode varchar(10),
    notificationdate date,
    reminderdate date,
    cancellationdate date,
    reservenotes text,
    priority smallint,
    found varchar(1),
    timestamp timestamp NOT NULL,
    itemnumber integer,
    waitingdate date,
    expirationdate date,
    lowestpriority smallint NOT NULL,
    suspend boolean NOT NULL,
    suspend_until timestamp,
    itemtype varchar(10),
    item_level_hold boolean NOT NULL,
    PRIMARY KEY (reserve_id)
);
COMMENT ON TABLE koha.old_reserves IS 'this table holds all holds/reserves that have been completed (either filled or cancelled)';
COMMENT ON COLUMN koha.old_reserves.reserve_id IS 'primary key';
COMMENT ON COLUMN koha.old_reserves.borrowernumber IS 'foreign key from the borrowers table defining which patron this hold is for';
COMMENT ON COLUMN koha.old_reserves.reservedate IS 'the date the hold was places';
COMMENT ON COLUMN koha.old_reserves.biblionumber IS 'foreign key from the biblio table defining which bib record this hold is on';
COMMENT ON COLUMN koha.old_reserves.branchcode IS 'foreign key from the branches table defining which branch the patron wishes to pick this hold up at';
COMMENT ON COLUMN koha.old_reserves.notificationdate IS 'currently unused';
COMMENT ON COLUMN koha.old_reserves.reminderdate IS 'currently unused';
COMMENT ON COLUMN koha.old_reserves.cancellationdate IS 'the date this hold was cancelled';
COMMENT ON COLUMN koha.old_reserves.reservenotes IS 'notes related to this hold';
COMMENT ON COLUMN koha.old_reserves.priority IS 'where in the queue the patron sits';
COMMENT ON COLUMN koha.old_reserves.found IS 'a one letter code defining what the status is of the hold is after it has been confirmed';
COMMENT ON COLUMN koha.old_reserves.timestamp IS 'the date and time this hold was last updated';
COMMENT ON COLUMN koha.old_reserves.itemnumber IS 'foreign key from the items table defining the specific item the patron has placed on hold or the item this hold was filled with';
COMMENT ON COLUMN koha.old_reserves.waitingdate IS 'the date the item was marked as waiting for the patron at the library';
COMMENT ON COLUMN koha.old_reserves.expirationdate IS 'the date the hold expires (usually the date entered by the patron to say they don''t need the hold after a certain date)';
COMMENT ON COLUMN koha.old_reserves.lowestpriority IS 'has this hold been pinned to the lowest priority in the holds queue (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.old_reserves.suspend IS 'in this hold suspended (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.old_reserves.suspend_until IS 'the date this hold is suspended until (NULL for infinitely)';
COMMENT ON COLUMN koha.old_reserves.itemtype IS 'If record level hold, the optional itemtype of the item the patron is requesting';
COMMENT ON COLUMN koha.old_reserves.item_level_hold IS 'Is the hpld placed at item level';
CREATE TABLE koha.opac_news (
    idnew integer NOT NULL,
    branchcode varchar(10),
    title varchar(250) NOT NULL,
    content text NOT NULL,
    lang varchar(25) NOT NULL,
    timestamp timestamp NOT NULL,
    expirationdate date,
    number integer,
    borrowernumber integer,
    PRIMARY KEY (idnew)
);
COMMENT ON TABLE koha.opac_news IS 'data from the news tool';
COMMENT ON COLUMN koha.opac_news.idnew IS 'unique identifier for the news article';
COMMENT ON COLUMN koha.opac_news.branchcode IS 'branch code users to create branch specific news, NULL is every branch.';
COMMENT ON COLUMN koha.opac_news.title IS 'title of the news article';
COMMENT ON COLUMN koha.opac_news.content IS 'the body of your news article';
COMMENT ON COLUMN koha.opac_news.lang IS 'location for the article (koha is the staff client, slip is the circulation receipt and language codes are for the opac)';
COMMENT ON COLUMN koha.opac_news.timestamp IS 'pulibcation date and time';
COMMENT ON COLUMN koha.opac_news.expirationdate IS 'date the article is set to expire or no longer be visible';
COMMENT ON COLUMN koha.opac_news.number IS 'the order in which this article appears in that specific location';
COMMENT ON COLUMN koha.opac_news.borrowernumber IS 'The user who created the news article';
CREATE TABLE koha.overduerules (
    overduerules_id integer NOT NULL,
    branchcode varchar(10) NOT NULL,
    categorycode varchar(10) NOT NULL,
    delay1 integer,
    letter1 varchar(20),
    debarred1 varchar(1),
    delay2 integer,
    debarred2 varchar(1),
    letter2 varchar(20),
    delay3 integer,
    letter3 varchar(20),
    debarred3 integer,
    PRIMARY KEY (overduerules_id)
);
COMMENT ON TABLE koha.overduerules IS 'overdue notice status and triggers';
COMMENT ON COLUMN koha.overduerules.overduerules_id IS 'unique identifier for the overduerules';
COMMENT ON COLUMN koha.overduerules.branchcode IS 'foreign key from the branches table to define which branch this rule is for (if blank it''s all libraries)';
COMMENT ON COLUMN koha.overduerules.categorycode IS 'foreign key from the categories table to define which patron category this rule is for';
COMMENT ON COLUMN koha.overduerules.delay1 IS 'number of days after the item is overdue that the first notice is sent';
COMMENT ON COLUMN koha.overduerules.letter1 IS 'foreign key from the letter table to define which notice should be sent as the first notice';
COMMENT ON COLUMN koha.overduerules.debarred1 IS 'is the patron restricted when the first notice is sent (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.overduerules.delay2 IS 'number of days after the item is overdue that the second notice is sent';
COMMENT ON COLUMN koha.overduerules.debarred2 IS 'is the patron restricted when the second notice is sent (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.overduerules.letter2 IS 'foreign key from the letter table to define which notice should be sent as the second notice';
COMMENT ON COLUMN koha.overduerules.delay3 IS 'number of days after the item is overdue that the third notice is sent';
COMMENT ON COLUMN koha.overduerules.letter3 IS 'foreign key from the letter table to define which notice should be sent as the third notice';
COMMENT ON COLUMN koha.overduerules.debarred3 IS 'is the patron restricted when the third notice is sent (1 for yes, 0 for no)';
CREATE TABLE koha.overduerules_transport_types (
    id integer NOT NULL,
    letternumber integer NOT NULL,
    message_transport_type varchar(20) NOT NULL,
    overduerules_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.patron_consent (
    id integer,
    borrowernumber integer NOT NULL,
    type varchar(15),
    given_on timestamp,
    refused_on timestamp,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.patron_consent.type IS 'allows for future extension';
CREATE TABLE koha.patron_list_patrons (
    patron_list_patron_id integer NOT NULL,
    patron_list_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    PRIMARY KEY (patron_list_patron_id)
);
COMMENT ON COLUMN koha.patron_list_patrons.patron_list_patron_id IS 'unique identifier';
COMMENT ON COLUMN koha.patron_list_patrons.patron_list_id IS 'the list this entry is part of';
COMMENT ON COLUMN koha.patron_list_patrons.borrowernumber IS 'the borrower that is part of this list';
CREATE TABLE koha.patron_lists (
    patron_list_id integer NOT NULL,
    name varchar(255) NOT NULL,
    owner integer NOT NULL,
    shared smallint,
    PRIMARY KEY (patron_list_id)
);
COMMENT ON COLUMN koha.patron_lists.patron_list_id IS 'unique identifier';
COMMENT ON COLUMN koha.patron_lists.name IS 'the list''s name';
COMMENT ON COLUMN koha.patron_lists.owner IS 'borrowernumber of the list creator';
CREATE TABLE koha.patronimage (
    borrowernumber integer NOT NULL,
    mimetype varchar(15) NOT NULL,
    imagefile bytea NOT NULL,
    PRIMARY KEY (borrowernumber)
);
COMMENT ON TABLE koha.patronimage IS 'information related to patron images';
COMMENT ON COLUMN koha.patronimage.borrowernumber IS 'the borrowernumber of the patron this image is attached to (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.patronimage.mimetype IS 'the format of the image (png, jpg, etc)';
COMMENT ON COLUMN koha.patronimage.imagefile IS 'the image';
CREATE TABLE koha.pending_offline_operations (
    operationid integer NOT NULL,
    userid varchar(30) NOT NULL,
    branchcode varchar(10) NOT NULL,
    timestamp timestamp NOT NULL,
    action varchar(10) NOT NULL,
    barcode varchar(20),
    cardnumber varchar(32),
    amount numeric(28,6),
    PRIMARY KEY (operationid)
);
CREATE TABLE koha.permissions (
    module_bit integer NOT NULL,
    code varchar(64) NOT NULL,
    description varchar(255),
    PRIMARY KEY (module_bit, code)
);
CREATE TABLE koha.plugin_data (
    plugin_class varchar(255) NOT NULL,
    plugin_key varchar(255) NOT NULL,
    plugin_value text,
    PRIMARY KEY (plugin_class, plugin_key)
);
CREATE TABLE koha.plugin_methods (
    plugin_class varchar(255) NOT NULL,
    plugin_method varchar(255) NOT NULL,
    PRIMARY KEY (plugin_class, plugin_method)
);
CREATE TABLE koha.printers (
    printername varchar(40) NOT NULL,
    printqueue varchar(20),
    printtype varchar(20),
    PRIMARY KEY (printername)
);
CREATE TABLE koha.printers_profile (
    profile_id integer NOT NULL,
    printer_name varchar(40) NOT NULL,
    template_id integer NOT NULL,
    paper_bin varchar(20) NOT NULL,
    offset_horz double precision NOT NULL,
    offset_vert double precision NOT NULL,
    creep_horz double precision NOT NULL,
    creep_vert double precision NOT NULL,
    units char(20) NOT NULL,
    creator char(15) NOT NULL,
    PRIMARY KEY (profile_id)
);
CREATE TABLE koha.quotes (
    id integer NOT NULL,
    source text,
    text text NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.quotes IS 'data for the quote of the day feature';
COMMENT ON COLUMN koha.quotes.id IS 'unique id for the quote';
COMMENT ON COLUMN koha.quotes.source IS 'source/credit for the quote';
COMMENT ON COLUMN koha.quotes.text IS 'text of the quote';
COMMENT ON COLUMN koha.quotes.timestamp IS 'date and time that the quote last appeared in the opac';
CREATE TABLE koha.ratings (
    borrowernumber integer NOT NULL,
    biblionumber integer NOT NULL,
    rating_value smallint NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (borrowernumber, biblionumber)
);
COMMENT ON TABLE koha.ratings IS 'information related to the star ratings in the OPAC';
COMMENT ON COLUMN koha.ratings.borrowernumber IS 'the borrowernumber of the patron who left this rating (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.ratings.biblionumber IS 'the biblio this rating is for (biblio.biblionumber)';
COMMENT ON COLUMN koha.ratings.rating_value IS 'the rating, from 1 to 5';
CREATE TABLE koha.repeatable_holidays (
    id integer NOT NULL,
    branchcode varchar(10) NOT NULL,
    weekday smallint,
    day smallint,
    month smallint,
    title varchar(50) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.repeatable_holidays IS 'information for the days the library is closed';
COMMENT ON COLUMN koha.repeatable_holidays.id IS 'unique identifier assigned by Koha';
COMMENT ON COLUMN koha.repeatable_holidays.branchcode IS 'foreign key from the branches table, defines which branch this closing is for';
COMMENT ON COLUMN koha.repeatable_holidays.weekday IS 'day of the week (0=Sunday, 1=Monday, etc) this closing is repeated on';
COMMENT ON COLUMN koha.repeatable_holidays.day IS 'day of the month this closing is on';
COMMENT ON COLUMN koha.repeatable_holidays.month IS 'month this closing is in';
COMMENT ON COLUMN koha.repeatable_holidays.title IS 'title of this closing';
COMMENT ON COLUMN koha.repeatable_holidays.description IS 'description for this closing';
CREATE TABLE koha.reports_dictionary (
    id integer NOT NULL,
    name varchar(255),
    description text,
    date_created timestamp,
    date_modified timestamp,
    saved_sql text,
    report_area varchar(6),
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.reports_dictionary IS 'definitions (or snippets of SQL) stored for use in reports';
COMMENT ON COLUMN koha.reports_dictionary.id IS 'unique identifier assigned by Koha';
COMMENT ON COLUMN koha.reports_dictionary.name IS 'name for this definition';
COMMENT ON COLUMN koha.reports_dictionary.description IS 'description for this definition';
COMMENT ON COLUMN koha.reports_dictionary.date_created IS 'date and time this definition was created';
COMMENT ON COLUMN koha.reports_dictionary.date_modified IS 'date and time this definition was last modified';
COMMENT ON COLUMN koha.reports_dictionary.saved_sql IS 'SQL snippet for us in reports';
COMMENT ON COLUMN koha.reports_dictionary.report_area IS 'Koha module this definition is for Circulation, Catalog, Patrons, Acquistions, Accounts)';
CREATE TABLE koha.reserves (
    reserve_id integer NOT NULL,
    borrowernumber integer NOT NULL,
    reservedate date,
    biblionumber integer NOT NULL,
    branchcode varchar(10),
    notificationdate date,
    reminderdate date,
    cancellationdate date,
    reservenotes text,
    priority smallint,
    found varchar(1),
    timestamp timestamp NOT NULL,
    itemnumber integer,
    waitingdate date,
    expirationdate date,
    lowestpriority smallint NOT NULL,
    suspend boolean NOT NULL,
    suspend_until timestamp,
    itemtype varchar(10),
    item_level_hold boolean NOT NULL,
    PRIMARY KEY (reserve_id)
);
COMMENT ON TABLE koha.reserves IS 'information related to holds/reserves in Koha';
COMMENT ON COLUMN koha.reserves.reserve_id IS 'primary key';
COMMENT ON COLUMN koha.reserves.borrowernumber IS 'foreign key from the borrowers table defining which patron this hold is for';
COMMENT ON COLUMN koha.reserves.reservedate IS 'the date the hold was placed';
COMMENT ON COLUMN koha.reserves.biblionumber IS 'foreign key from the biblio table defining which bib record this hold is on';
COMMENT ON COLUMN koha.reserves.branchcode IS 'foreign key from the branches table defining which branch the patron wishes to pick this hold up at';
COMMENT ON COLUMN koha.reserves.notificationdate IS 'currently unused';
COMMENT ON COLUMN koha.reserves.reminderdate IS 'currently unused';
COMMENT ON COLUMN koha.reserves.cancellationdate IS 'the date this hold was cancelled';
COMMENT ON COLUMN koha.reserves.reservenotes IS 'notes related to this hold';
COMMENT ON COLUMN koha.reserves.priority IS 'where in the queue the patron sits';
COMMENT ON COLUMN koha.reserves.found IS 'a one letter code defining what the status is of the hold is after it has been confirmed';
COMMENT ON COLUMN koha.reserves.timestamp IS 'the date and time this hold was last updated';
COMMENT ON COLUMN koha.reserves.itemnumber IS 'foreign key from the items table defining the specific item the patron has placed on hold or the item this hold was filled with';
COMMENT ON COLUMN koha.reserves.waitingdate IS 'the date the item was marked as waiting for the patron at the library';
COMMENT ON COLUMN koha.reserves.expirationdate IS 'the date the hold expires (usually the date entered by the patron to say they don''t need the hold after a certain date)';
COMMENT ON COLUMN koha.reserves.itemtype IS 'If record level hold, the optional itemtype of the item the patron is requesting';
COMMENT ON COLUMN koha.reserves.item_level_hold IS 'Is the hpld placed at item level';
CREATE TABLE koha.reviews (
    reviewid integer NOT NULL,
    borrowernumber integer,
    biblionumber integer,
    review text,
    approved smallint,
    datereviewed timestamp,
    PRIMARY KEY (reviewid)
);
COMMENT ON TABLE koha.reviews IS 'patron opac comments';
COMMENT ON COLUMN koha.reviews.reviewid IS 'unique identifier for this comment';
COMMENT ON COLUMN koha.reviews.borrowernumber IS 'foreign key from the borrowers table defining which patron left this comment';
COMMENT ON COLUMN koha.reviews.biblionumber IS 'foreign key from the biblio table defining which bibliographic record this comment is for';
COMMENT ON COLUMN koha.reviews.review IS 'the body of the comment';
COMMENT ON COLUMN koha.reviews.approved IS 'whether this comment has been approved by a librarian (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.reviews.datereviewed IS 'the date the comment was left';
CREATE TABLE koha.saved_reports (
    id integer NOT NULL,
    report_id integer,
    report text,
    date_run timestamp,
    PRIMARY KEY (id)
);
CREATE TABLE koha.saved_sql (
    id integer NOT NULL,
    borrowernumber integer,
    date_created timestamp,
    last_modified timestamp,
    savedsql text,
    last_run timestamp,
    report_name varchar(255) NOT NULL,
    type varchar(255),
    notes text,
    cache_expiry integer NOT NULL,
    public boolean NOT NULL,
    report_area varchar(6),
    report_group varchar(80),
    report_subgroup varchar(80),
    mana_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.saved_sql IS 'saved sql reports';
COMMENT ON COLUMN koha.saved_sql.id IS 'unique id and primary key assigned by Koha';
COMMENT ON COLUMN koha.saved_sql.borrowernumber IS 'the staff member who created this report (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.saved_sql.date_created IS 'the date this report was created';
COMMENT ON COLUMN koha.saved_sql.last_modified IS 'the date this report was last edited';
COMMENT ON COLUMN koha.saved_sql.savedsql IS 'the SQL for this report';
COMMENT ON COLUMN koha.saved_sql.report_name IS 'the name of this report';
COMMENT ON COLUMN koha.saved_sql.type IS 'always 1 for tabular';
COMMENT ON COLUMN koha.saved_sql.notes IS 'the notes or description given to this report';
CREATE TABLE koha.search_field (
    id integer NOT NULL,
    name varchar(255) NOT NULL,
    label varchar(255) NOT NULL,
    type varchar(7) NOT NULL,
    weight numeric(5,2),
    facet_order smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.search_field.name IS 'the name of the field as it will be stored in the search engine';
COMMENT ON COLUMN koha.search_field.label IS 'the human readable name of the field, for display';
COMMENT ON COLUMN koha.search_field.type IS 'what type of data this holds, relevant when storing it in the search engine';
COMMENT ON COLUMN koha.search_field.facet_order IS 'the order place of the field in facet list if faceted';
CREATE TABLE koha.search_history (
    id integer NOT NULL,
    userid integer NOT NULL,
    sessionid varchar(32) NOT NULL,
    query_desc varchar(255) NOT NULL,
    query_cgi text NOT NULL,
    type varchar(16) NOT NULL,
    total integer NOT NULL,
    time timestamp NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.search_history IS 'Opac search history results';
COMMENT ON COLUMN koha.search_history.id IS 'search history id';
COMMENT ON COLUMN koha.search_history.userid IS 'the patron who performed the search (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.search_history.sessionid IS 'a system generated session id';
COMMENT ON COLUMN koha.search_history.query_desc IS 'the search that was performed';
COMMENT ON COLUMN koha.search_history.query_cgi IS 'the string to append to the search url to rerun the search';
COMMENT ON COLUMN koha.search_history.type IS 'search type, must be ''biblio'' or ''authority';
COMMENT ON COLUMN koha.search_history.total IS 'the total of results found';
COMMENT ON COLUMN koha.search_history.time IS 'the date and time the search was run';
CREATE TABLE koha.search_marc_map (
    id integer NOT NULL,
    index_name varchar(11) NOT NULL,
    marc_type varchar(7) NOT NULL,
    marc_field varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN koha.search_marc_map.index_name IS 'what storage index this map is for';
COMMENT ON COLUMN koha.search_marc_map.marc_type IS 'what MARC type this map is for';
COMMENT ON COLUMN koha.search_marc_map.marc_field IS 'the MARC specifier for this field';
CREATE TABLE koha.search_marc_to_field (
    search_marc_map_id integer NOT NULL,
    search_field_id integer NOT NULL,
    facet boolean,
    suggestible boolean,
    sort boolean,
    PRIMARY KEY (search_marc_map_id, search_field_id)
);
COMMENT ON COLUMN koha.search_marc_to_field.facet IS 'true if a facet field should be generated for this';
COMMENT ON COLUMN koha.search_marc_to_field.suggestible IS 'true if this field can be used to generate suggestions for browse';
COMMENT ON COLUMN koha.search_marc_to_field.sort IS 'true/false creates special sort handling, null doesn''t';
CREATE TABLE koha.serial (
    serialid integer NOT NULL,
    biblionumber varchar(100) NOT NULL,
    subscriptionid varchar(100) NOT NULL,
    serialseq varchar(100) NOT NULL,
    serialseq_x varchar( 100 ),
    serialseq_y varchar( 100 ),
    serialseq_z varchar( 100 ),
    status smallint NOT NULL,
    planneddate date,
    notes text,
    publisheddate date,
    publisheddatetext varchar(100),
    claimdate date,
    claims_count integer,
    routingnotes text,
    PRIMARY KEY (serialid)
);
COMMENT ON TABLE koha.serial IS 'issues related to subscriptions';
COMMENT ON COLUMN koha.serial.serialid IS 'unique key for the issue';
COMMENT ON COLUMN koha.serial.biblionumber IS 'foreign key for the biblio.biblionumber that this issue is attached to';
COMMENT ON COLUMN koha.serial.subscriptionid IS 'foreign key to the subscription.subscriptionid that this issue is part of';
COMMENT ON COLUMN koha.serial.serialseq IS 'issue information (volume, number, etc)';
COMMENT ON COLUMN koha.serial.serialseq_x IS 'first part of issue information';
COMMENT ON COLUMN koha.serial.serialseq_y IS 'second part of issue information';
COMMENT ON COLUMN koha.serial.serialseq_z IS 'third part of issue information';
COMMENT ON COLUMN koha.serial.status IS 'status code for this issue (see manual for full descriptions)';
COMMENT ON COLUMN koha.serial.planneddate IS 'date expected';
COMMENT ON COLUMN koha.serial.notes IS 'notes';
COMMENT ON COLUMN koha.serial.publisheddate IS 'date published';
COMMENT ON COLUMN koha.serial.publisheddatetext IS 'date published (descriptive)';
COMMENT ON COLUMN koha.serial.claimdate IS 'date claimed';
COMMENT ON COLUMN koha.serial.claims_count IS 'number of claims made related to this issue';
COMMENT ON COLUMN koha.serial.routingnotes IS 'notes from the routing list';
CREATE TABLE koha.serialitems (
    itemnumber integer NOT NULL,
    serialid integer NOT NULL,
    PRIMARY KEY (itemnumber)
);
CREATE TABLE koha.sessions (
    id varchar(32) NOT NULL,
    a_session text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.sms_providers (
    id integer NOT NULL,
    name varchar(255) NOT NULL,
    domain varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.social_data (
    isbn varchar(30) NOT NULL,
    num_critics integer,
    num_critics_pro integer,
    num_quotations integer,
    num_videos integer,
    score_avg numeric(5,2),
    num_scores integer,
    PRIMARY KEY (isbn)
);
CREATE TABLE koha.special_holidays (
    id integer NOT NULL,
    branchcode varchar(10) NOT NULL,
    day smallint NOT NULL,
    month smallint NOT NULL,
    year smallint NOT NULL,
    isexception smallint NOT NULL,
    title varchar(50) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.special_holidays IS 'non repeatable holidays/library closings';
COMMENT ON COLUMN koha.special_holidays.id IS 'unique identifier assigned by Koha';
COMMENT ON COLUMN koha.special_holidays.branchcode IS 'foreign key from the branches table, defines which branch this closing is for';
COMMENT ON COLUMN koha.special_holidays.day IS 'day of the month this closing is on';
COMMENT ON COLUMN koha.special_holidays.month IS 'month this closing is in';
COMMENT ON COLUMN koha.special_holidays.year IS 'year this closing is in';
COMMENT ON COLUMN koha.special_holidays.isexception IS 'is this a holiday exception to a repeatable holiday (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.special_holidays.title IS 'title for this closing';
COMMENT ON COLUMN koha.special_holidays.description IS 'description of this closing';
CREATE TABLE koha.statistics (
    datetime timestamp,
    branch varchar(10),
    value double precision,
    type varchar(16),
    other text,
    itemnumber integer,
    itemtype varchar(10),
    location varchar(80),
    borrowernumber integer,
    ccode varchar(80)
);
COMMENT ON TABLE koha.statistics IS 'information related to transactions (circulation and fines) in Koha';
COMMENT ON COLUMN koha.statistics.datetime IS 'date and time of the transaction';
COMMENT ON COLUMN koha.statistics.branch IS 'foreign key, branch where the transaction occurred';
COMMENT ON COLUMN koha.statistics.value IS 'monetary value associated with the transaction';
COMMENT ON COLUMN koha.statistics.type IS 'transaction type (localuse, issue, return, renew, writeoff, payment)';
COMMENT ON COLUMN koha.statistics.other IS 'used by SIP';
COMMENT ON COLUMN koha.statistics.itemnumber IS 'foreign key from the items table, links transaction to a specific item';
COMMENT ON COLUMN koha.statistics.itemtype IS 'foreign key from the itemtypes table, links transaction to a specific item type';
COMMENT ON COLUMN koha.statistics.location IS 'authorized value for the shelving location for this item (MARC21 952$c)';
COMMENT ON COLUMN koha.statistics.borrowernumber IS 'foreign key from the borrowers table, links transaction to a specific borrower';
COMMENT ON COLUMN koha.statistics.ccode IS 'foreign key from the items table, links transaction to a specific collection code';
CREATE TABLE koha.stockrotationitems (
    itemnumber_id integer NOT NULL,
    stage_id integer NOT NULL,
    indemand smallint NOT NULL,
    fresh smallint NOT NULL,
    PRIMARY KEY (itemnumber_id)
);
COMMENT ON COLUMN koha.stockrotationitems.itemnumber_id IS 'Itemnumber to link to a stage & rota';
COMMENT ON COLUMN koha.stockrotationitems.stage_id IS 'stage ID to link the item to';
COMMENT ON COLUMN koha.stockrotationitems.indemand IS 'Should this item be skipped for rotation?';
COMMENT ON COLUMN koha.stockrotationitems.fresh IS 'Flag showing item is only just added to rota';
CREATE TABLE koha.stockrotationrotas (
    rota_id integer,
    title varchar(100) NOT NULL,
    description text NOT NULL,
    cyclical smallint NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (rota_id)
);
COMMENT ON COLUMN koha.stockrotationrotas.rota_id IS 'Stockrotation rota ID';
COMMENT ON COLUMN koha.stockrotationrotas.title IS 'Title for this rota';
COMMENT ON COLUMN koha.stockrotationrotas.description IS 'Description for this rota';
COMMENT ON COLUMN koha.stockrotationrotas.cyclical IS 'Should items on this rota keep cycling?';
COMMENT ON COLUMN koha.stockrotationrotas.active IS 'Is this rota currently active?';
CREATE TABLE koha.stockrotationstages (
    stage_id integer,
    position integer NOT NULL,
    rota_id integer NOT NULL,
    branchcode_id varchar(10) NOT NULL,
    duration integer NOT NULL,
    PRIMARY KEY (stage_id)
);
COMMENT ON COLUMN koha.stockrotationstages.stage_id IS 'Unique stage ID';
COMMENT ON COLUMN koha.stockrotationstages.position IS 'The position of this stage within its rota';
COMMENT ON COLUMN koha.stockrotationstages.rota_id IS 'The rota this stage belongs to';
COMMENT ON COLUMN koha.stockrotationstages.branchcode_id IS 'Branch this stage relates to';
COMMENT ON COLUMN koha.stockrotationstages.duration IS 'The number of days items shoud occupy this stage';
CREATE TABLE koha.subscription (
    biblionumber integer NOT NULL,
    subscriptionid integer NOT NULL,
    librarian varchar(100),
    startdate date,
    aqbooksellerid integer,
    cost integer,
    aqbudgetid integer,
    weeklength integer,
    monthlength integer,
    numberlength integer,
    periodicity integer,
    countissuesperunit integer NOT NULL,
    notes text,
    status varchar(100) NOT NULL,
    lastvalue1 integer,
    innerloop1 integer,
    lastvalue2 integer,
    innerloop2 integer,
    lastvalue3 integer,
    innerloop3 integer,
    firstacquidate date,
    manualhistory smallint NOT NULL,
    irregularity text,
    skip_serialseq boolean NOT NULL,
    letter varchar(20),
    numberpattern integer,
    locale varchar(80),
    distributedto text,
    internalnotes text,
    callnumber text,
    location varchar(80),
    branchcode varchar(10) NOT NULL,
    lastbranch varchar(10),
    serialsadditems smallint NOT NULL,
    staffdisplaycount varchar(10),
    opacdisplaycount varchar(10),
    graceperiod integer NOT NULL,
    enddate date,
    closed integer NOT NULL,
    reneweddate date,
    itemtype varchar( 10 ),
    previousitemtype varchar( 10 ),
    mana_id integer,
    PRIMARY KEY (subscriptionid)
);
COMMENT ON TABLE koha.subscription IS 'information related to the subscription';
COMMENT ON COLUMN koha.subscription.biblionumber IS 'foreign key for biblio.biblionumber that this subscription is attached to';
COMMENT ON COLUMN koha.subscription.subscriptionid IS 'unique key for this subscription';
COMMENT ON COLUMN koha.subscription.librarian IS 'the librarian''s username from borrowers.userid';
COMMENT ON COLUMN koha.subscription.startdate IS 'start date for this subscription';
COMMENT ON COLUMN koha.subscription.aqbooksellerid IS 'foreign key for aqbooksellers.id to link to the vendor';
COMMENT ON COLUMN koha.subscription.weeklength IS 'subscription length in weeks (will not be filled in if monthlength or numberlength is set)';
COMMENT ON COLUMN koha.subscription.monthlength IS 'subscription length in weeks (will not be filled in if weeklength or numberlength is set)';
COMMENT ON COLUMN koha.subscription.numberlength IS 'subscription length in weeks (will not be filled in if monthlength or weeklength is set)';
COMMENT ON COLUMN koha.subscription.periodicity IS 'frequency type links to subscription_frequencies.id';
COMMENT ON COLUMN koha.subscription.notes IS 'notes';
COMMENT ON COLUMN koha.subscription.status IS 'status of this subscription';
COMMENT ON COLUMN koha.subscription.firstacquidate IS 'first issue received date';
COMMENT ON COLUMN koha.subscription.manualhistory IS 'yes or no to managing the history manually';
COMMENT ON COLUMN koha.subscription.irregularity IS 'any irregularities in the subscription';
COMMENT ON COLUMN koha.subscription.numberpattern IS 'the numbering pattern used links to subscription_numberpatterns.id';
COMMENT ON COLUMN koha.subscription.locale IS 'for foreign language subscriptions to display months, seasons, etc correctly';
COMMENT ON COLUMN koha.subscription.callnumber IS 'default call number';
COMMENT ON COLUMN koha.subscription.location IS 'default shelving location (items.location)';
COMMENT ON COLUMN koha.subscription.branchcode IS 'default branches (items.homebranch)';
COMMENT ON COLUMN koha.subscription.serialsadditems IS 'does receiving this serial create an item record';
COMMENT ON COLUMN koha.subscription.staffdisplaycount IS 'how many issues to show to the staff';
COMMENT ON COLUMN koha.subscription.opacdisplaycount IS 'how many issues to show to the public';
COMMENT ON COLUMN koha.subscription.graceperiod IS 'grace period in days';
COMMENT ON COLUMN koha.subscription.enddate IS 'subscription end date';
COMMENT ON COLUMN koha.subscription.closed IS 'yes / no if the subscription is closed';
COMMENT ON COLUMN koha.subscription.reneweddate IS 'date of last renewal for the subscription';
CREATE TABLE koha.subscription_frequencies (
    id integer NOT NULL,
    description text NOT NULL,
    displayorder integer,
    unit varchar(5),
    unitsperissue integer NOT NULL,
    issuesperunit integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.subscription_numberpatterns (
    id integer NOT NULL,
    label varchar(255) NOT NULL,
    displayorder integer,
    description text NOT NULL,
    numberingmethod varchar(255) NOT NULL,
    label1 varchar(255),
    add1 integer,
    every1 integer,
    whenmorethan1 integer,
    setto1 integer,
    numbering1 varchar(255),
    label2 varchar(255),
    add2 integer,
    every2 integer,
    whenmorethan2 integer,
    setto2 integer,
    numbering2 varchar(255),
    label3 varchar(255),
    add3 integer,
    every3 integer,
    whenmorethan3 integer,
    setto3 integer,
    numbering3 varchar(255),
    PRIMARY KEY (id)
);
CREATE TABLE koha.subscriptionhistory (
    biblionumber integer NOT NULL,
    subscriptionid integer NOT NULL,
    histstartdate date,
    histenddate date,
    missinglist text NOT NULL,
    recievedlist text NOT NULL,
    opacnote text,
    librariannote text,
    PRIMARY KEY (subscriptionid)
);
CREATE TABLE koha.subscriptionroutinglist (
    routingid integer NOT NULL,
    borrowernumber integer NOT NULL,
    ranking integer,
    subscriptionid integer NOT NULL,
    PRIMARY KEY (routingid)
);
COMMENT ON TABLE koha.subscriptionroutinglist IS 'information related to the routing lists attached to subscriptions';
COMMENT ON COLUMN koha.subscriptionroutinglist.routingid IS 'unique identifier assigned by Koha';
COMMENT ON COLUMN koha.subscriptionroutinglist.borrowernumber IS 'foreign key from the borrowers table, defines with patron is on the routing list';
COMMENT ON COLUMN koha.subscriptionroutinglist.ranking IS 'where the patron stands in line to receive the serial';
COMMENT ON COLUMN koha.subscriptionroutinglist.subscriptionid IS 'foreign key from the subscription table, defines which subscription this routing list is for';
CREATE TABLE koha.suggestions (
    suggestionid integer NOT NULL,
    suggestedby integer,
    suggesteddate date NOT NULL,
    managedby integer,
    manageddate date,
    acceptedby integer,
    accepteddate date,
    rejectedby integer,
    rejecteddate date,
    status varchar(10) NOT NULL,
    note text,
    author varchar(80),
    title varchar(255),
    copyrightdate smallint,
    publishercode varchar(255),
    date timestamp NOT NULL,
    volumedesc varchar(255),
    publicationyear smallint,
    place varchar(255),
    isbn varchar(30),
    biblionumber integer,
    reason text,
    patronreason text,
    budgetid integer,
    branchcode varchar(10),
    collectiontitle text,
    itemtype varchar(30),
    quantity smallint,
    currency varchar(10),
    price numeric(28,6),
    total numeric(28,6),
    PRIMARY KEY (suggestionid)
);
COMMENT ON TABLE koha.suggestions IS 'purchase suggestions';
COMMENT ON COLUMN koha.suggestions.suggestionid IS 'unique identifier assigned automatically by Koha';
COMMENT ON COLUMN koha.suggestions.suggestedby IS 'borrowernumber for the person making the suggestion, foreign key linking to the borrowers table';
COMMENT ON COLUMN koha.suggestions.suggesteddate IS 'date the suggestion was submitted';
COMMENT ON COLUMN koha.suggestions.managedby IS 'borrowernumber for the librarian managing the suggestion, foreign key linking to the borrowers table';
COMMENT ON COLUMN koha.suggestions.manageddate IS 'date the suggestion was updated';
COMMENT ON COLUMN koha.suggestions.acceptedby IS 'borrowernumber for the librarian who accepted the suggestion, foreign key linking to the borrowers table';
COMMENT ON COLUMN koha.suggestions.accepteddate IS 'date the suggestion was marked as accepted';
COMMENT ON COLUMN koha.suggestions.rejectedby IS 'borrowernumber for the librarian who rejected the suggestion, foreign key linking to the borrowers table';
COMMENT ON COLUMN koha.suggestions.rejecteddate IS 'date the suggestion was marked as rejected';
COMMENT ON COLUMN koha.suggestions.status IS 'suggestion status (ASKED, CHECKED, ACCEPTED, or REJECTED)';
COMMENT ON COLUMN koha.suggestions.note IS 'note entered on the suggestion';
COMMENT ON COLUMN koha.suggestions.author IS 'author of the suggested item';
COMMENT ON COLUMN koha.suggestions.title IS 'title of the suggested item';
COMMENT ON COLUMN koha.suggestions.copyrightdate IS 'copyright date of the suggested item';
COMMENT ON COLUMN koha.suggestions.publishercode IS 'publisher of the suggested item';
COMMENT ON COLUMN koha.suggestions.date IS 'date and time the suggestion was updated';
COMMENT ON COLUMN koha.suggestions.place IS 'publication place of the suggested item';
COMMENT ON COLUMN koha.suggestions.isbn IS 'isbn of the suggested item';
COMMENT ON COLUMN koha.suggestions.biblionumber IS 'foreign key linking the suggestion to the biblio table after the suggestion has been ordered';
COMMENT ON COLUMN koha.suggestions.reason IS 'reason for accepting or rejecting the suggestion';
COMMENT ON COLUMN koha.suggestions.patronreason IS 'reason for making the suggestion';
COMMENT ON COLUMN koha.suggestions.budgetid IS 'foreign key linking the suggested budget to the aqbudgets table';
COMMENT ON COLUMN koha.suggestions.branchcode IS 'foreign key linking the suggested branch to the branches table';
COMMENT ON COLUMN koha.suggestions.collectiontitle IS 'collection name for the suggested item';
COMMENT ON COLUMN koha.suggestions.itemtype IS 'suggested item type';
COMMENT ON COLUMN koha.suggestions.quantity IS 'suggested quantity to be purchased';
COMMENT ON COLUMN koha.suggestions.currency IS 'suggested currency for the suggested price';
COMMENT ON COLUMN koha.suggestions.price IS 'suggested price';
COMMENT ON COLUMN koha.suggestions.total IS 'suggested total cost (price*quantity updated for currency)';
CREATE TABLE koha.systempreferences (
    variable varchar(50) NOT NULL,
    value text,
    options text,
    explanation text,
    type varchar(20),
    PRIMARY KEY (variable)
);
COMMENT ON TABLE koha.systempreferences IS 'global system preferences';
COMMENT ON COLUMN koha.systempreferences.variable IS 'system preference name';
COMMENT ON COLUMN koha.systempreferences.value IS 'system preference values';
COMMENT ON COLUMN koha.systempreferences.options IS 'options for multiple choice system preferences';
COMMENT ON COLUMN koha.systempreferences.explanation IS 'descriptive text for the system preference';
COMMENT ON COLUMN koha.systempreferences.type IS 'type of question this preference asks (multiple choice, plain text, yes or no, etc)';
CREATE TABLE koha.tags (
    entry varchar(255) NOT NULL,
    weight bigint NOT NULL,
    PRIMARY KEY (entry)
);
CREATE TABLE koha.tags_all (
    tag_id integer NOT NULL,
    borrowernumber integer,
    biblionumber integer NOT NULL,
    term varchar(191) NOT NULL,
    language integer,
    date_created timestamp NOT NULL,
    PRIMARY KEY (tag_id)
);
COMMENT ON TABLE koha.tags_all IS 'all of the tags';
COMMENT ON COLUMN koha.tags_all.tag_id IS 'unique id and primary key';
COMMENT ON COLUMN koha.tags_all.borrowernumber IS 'the patron who added the tag (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.tags_all.biblionumber IS 'the bib record this tag was left on (biblio.biblionumber)';
COMMENT ON COLUMN koha.tags_all.term IS 'the tag';
COMMENT ON COLUMN koha.tags_all.language IS 'the language the tag was left in';
COMMENT ON COLUMN koha.tags_all.date_created IS 'the date the tag was added';
CREATE TABLE koha.tags_approval (
    term varchar(191) NOT NULL,
    approved integer NOT NULL,
    date_approved timestamp,
    approved_by integer,
    weight_total integer NOT NULL,
    PRIMARY KEY (term)
);
COMMENT ON TABLE koha.tags_approval IS 'approved tags';
COMMENT ON COLUMN koha.tags_approval.term IS 'the tag';
COMMENT ON COLUMN koha.tags_approval.approved IS 'whether the tag is approved or not (1=yes, 0=pending, -1=rejected)';
COMMENT ON COLUMN koha.tags_approval.date_approved IS 'the date this tag was approved';
COMMENT ON COLUMN koha.tags_approval.approved_by IS 'the librarian who approved the tag (borrowers.borrowernumber)';
COMMENT ON COLUMN koha.tags_approval.weight_total IS 'the total number of times this tag was used';
CREATE TABLE koha.tags_index (
    term varchar(191) NOT NULL,
    biblionumber integer NOT NULL,
    weight integer NOT NULL,
    PRIMARY KEY (term, biblionumber)
);
COMMENT ON TABLE koha.tags_index IS 'a weighted list of all tags and where they are used';
COMMENT ON COLUMN koha.tags_index.term IS 'the tag';
COMMENT ON COLUMN koha.tags_index.biblionumber IS 'the bib record this tag was used on (biblio.biblionumber)';
COMMENT ON COLUMN koha.tags_index.weight IS 'the number of times this term was used on this bib record';
CREATE TABLE koha.tmp_holdsqueue (
    biblionumber integer,
    itemnumber integer,
    barcode varchar(20),
    surname text NOT NULL,
    firstname text,
    phone text,
    borrowernumber integer NOT NULL,
    cardnumber varchar(32),
    reservedate date,
    title text,
    itemcallnumber varchar(255),
    holdingbranch varchar(10),
    pickbranch varchar(10),
    notes text,
    item_level_request smallint NOT NULL
);
CREATE TABLE koha.transport_cost (
    frombranch varchar(10) NOT NULL,
    tobranch varchar(10) NOT NULL,
    cost numeric(6,2) NOT NULL,
    disable_transfer smallint NOT NULL,
    PRIMARY KEY (frombranch, tobranch)
);
CREATE TABLE koha.uploaded_files (
    id integer NOT NULL,
    hashvalue char(40) NOT NULL,
    filename text NOT NULL,
    dir text NOT NULL,
    filesize integer,
    dtcreated timestamp NOT NULL,
    uploadcategorycode text,
    owner integer,
    public smallint,
    permanent smallint,
    PRIMARY KEY (id)
);
CREATE TABLE koha.user_permissions (
    borrowernumber integer NOT NULL,
    module_bit integer NOT NULL,
    code varchar(64)
);
CREATE TABLE koha.userflags (
    bit integer NOT NULL,
    flag varchar(30),
    flagdesc varchar(255),
    defaulton integer,
    PRIMARY KEY (bit)
);
CREATE TABLE koha.vendor_edi_accounts (
    id integer NOT NULL,
    description text NOT NULL,
    host varchar(40),
    username varchar(40),
    password varchar(40),
    last_activity date,
    vendor_id integer,
    download_directory text,
    upload_directory text,
    san varchar(20),
    id_code_qualifier varchar(3),
    transport varchar(6),
    quotes_enabled smallint NOT NULL,
    invoices_enabled smallint NOT NULL,
    orders_enabled smallint NOT NULL,
    responses_enabled smallint NOT NULL,
    auto_orders smallint NOT NULL,
    shipment_budget integer,
    plugin varchar(256) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE koha.virtualshelfcontents (
    shelfnumber integer NOT NULL,
    biblionumber integer NOT NULL,
    flags integer,
    dateadded timestamp NOT NULL,
    borrowernumber integer
);
COMMENT ON TABLE koha.virtualshelfcontents IS 'information about the titles in a list (or virtual shelf)';
COMMENT ON COLUMN koha.virtualshelfcontents.shelfnumber IS 'foreign key linking to the virtualshelves table, defines the list that this record has been added to';
COMMENT ON COLUMN koha.virtualshelfcontents.biblionumber IS 'foreign key linking to the biblio table, defines the bib record that has been added to the list';
COMMENT ON COLUMN koha.virtualshelfcontents.dateadded IS 'date and time this bib record was added to the list';
COMMENT ON COLUMN koha.virtualshelfcontents.borrowernumber IS 'borrower number that created this list entry (only the first one is saved: no need for use in/as key)';
CREATE TABLE koha.virtualshelfshares (
    id integer NOT NULL,
    shelfnumber integer NOT NULL,
    borrowernumber integer,
    invitekey varchar(10),
    sharedate timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.virtualshelfshares IS 'shared private lists';
COMMENT ON COLUMN koha.virtualshelfshares.id IS 'unique key';
COMMENT ON COLUMN koha.virtualshelfshares.shelfnumber IS 'foreign key for virtualshelves';
COMMENT ON COLUMN koha.virtualshelfshares.borrowernumber IS 'borrower that accepted access to this list';
COMMENT ON COLUMN koha.virtualshelfshares.invitekey IS 'temporary string used in accepting the invitation to access thist list; not-empty means that the invitation has not been accepted yet';
COMMENT ON COLUMN koha.virtualshelfshares.sharedate IS 'date of invitation or acceptance of invitation';
CREATE TABLE koha.virtualshelves (
    shelfnumber integer NOT NULL,
    shelfname varchar(255),
    owner integer,
    category varchar(1),
    sortfield varchar(16),
    lastmodified timestamp NOT NULL,
    created_on timestamp NOT NULL,
    allow_change_from_owner smallint,
    allow_change_from_others smallint,
    PRIMARY KEY (shelfnumber)
);
COMMENT ON TABLE koha.virtualshelves IS 'information about lists (or virtual shelves)';
COMMENT ON COLUMN koha.virtualshelves.shelfnumber IS 'unique identifier assigned by Koha';
COMMENT ON COLUMN koha.virtualshelves.shelfname IS 'name of the list';
COMMENT ON COLUMN koha.virtualshelves.owner IS 'foreign key linking to the borrowers table (using borrowernumber) for the creator of this list (changed from varchar(80) to int)';
COMMENT ON COLUMN koha.virtualshelves.category IS 'type of list (private [1], public [2])';
COMMENT ON COLUMN koha.virtualshelves.sortfield IS 'the field this list is sorted on';
COMMENT ON COLUMN koha.virtualshelves.lastmodified IS 'date and time the list was last modified';
COMMENT ON COLUMN koha.virtualshelves.created_on IS 'creation time';
COMMENT ON COLUMN koha.virtualshelves.allow_change_from_owner IS 'can owner change contents?';
COMMENT ON COLUMN koha.virtualshelves.allow_change_from_others IS 'can others change contents?';
CREATE TABLE koha.z3950servers (
    id integer NOT NULL,
    host varchar(255),
    port integer,
    db varchar(255),
    userid varchar(255),
    password varchar(255),
    servername text NOT NULL,
    checked smallint,
    rank integer,
    syntax varchar(80),
    timeout integer NOT NULL,
    servertype varchar(3) NOT NULL,
    encoding text,
    recordtype varchar(9) NOT NULL,
    sru_options varchar(255),
    sru_fields text,
    add_xslt text,
    PRIMARY KEY (id)
);
COMMENT ON TABLE koha.z3950servers IS 'connection information for the Z39.50 targets used in cataloging';
COMMENT ON COLUMN koha.z3950servers.id IS 'unique identifier assigned by Koha';
COMMENT ON COLUMN koha.z3950servers.host IS 'target''s host name';
COMMENT ON COLUMN koha.z3950servers.port IS 'port number used to connect to target';
COMMENT ON COLUMN koha.z3950servers.db IS 'target''s database name';
COMMENT ON COLUMN koha.z3950servers.userid IS 'username needed to log in to target';
COMMENT ON COLUMN koha.z3950servers.password IS 'password needed to log in to target';
COMMENT ON COLUMN koha.z3950servers.servername IS 'name given to the target by the library';
COMMENT ON COLUMN koha.z3950servers.checked IS 'whether this target is checked by default  (1 for yes, 0 for no)';
COMMENT ON COLUMN koha.z3950servers.rank IS 'where this target appears in the list of targets';
COMMENT ON COLUMN koha.z3950servers.syntax IS 'marc format provided by this target';
COMMENT ON COLUMN koha.z3950servers.timeout IS 'number of seconds before Koha stops trying to access this server';
COMMENT ON COLUMN koha.z3950servers.servertype IS 'zed means z39.50 server';
COMMENT ON COLUMN koha.z3950servers.encoding IS 'characters encoding provided by this target';
COMMENT ON COLUMN koha.z3950servers.recordtype IS 'server contains bibliographic or authority records';
COMMENT ON COLUMN koha.z3950servers.sru_options IS 'options like sru=get, sru_version=1.1; will be passed to the server via ZOOM';
COMMENT ON COLUMN koha.z3950servers.sru_fields IS 'contains the mapping between the Z3950 search fields and the specific SRU server indexes';
COMMENT ON COLUMN koha.z3950servers.add_xslt IS 'zero or more paths to XSLT files to be processed on the search results';
CREATE TABLE koha.zebraqueue (
    id integer NOT NULL,
    biblio_auth_number bigint NOT NULL,
    operation char(20) NOT NULL,
    server char(20) NOT NULL,
    done integer NOT NULL,
    time timestamp NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE koha.categories ADD UNIQUE (categorycode);
ALTER TABLE koha.class_sort_rules ADD UNIQUE (class_sort_rule);
ALTER TABLE koha.class_split_rules ADD UNIQUE (class_split_rule);
ALTER TABLE koha.itemtypes ADD UNIQUE (itemtype);
ALTER TABLE koha.auth_subfield_structure ADD FOREIGN KEY (authtypecode) REFERENCES koha.auth_types (authtypecode);
ALTER TABLE koha.auth_tag_structure ADD FOREIGN KEY (authtypecode) REFERENCES koha.auth_types (authtypecode);
ALTER TABLE koha.authorised_values ADD FOREIGN KEY (category) REFERENCES koha.authorised_value_categories (category_name);
ALTER TABLE koha.biblioitems ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.branches_overdrive ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.collections ADD FOREIGN KEY (colbranchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.class_sources ADD FOREIGN KEY (class_sort_rule) REFERENCES koha.class_sort_rules (class_sort_rule);
ALTER TABLE koha.class_sources ADD FOREIGN KEY (class_split_rule) REFERENCES koha.class_split_rules (class_split_rule);
ALTER TABLE koha.import_records ADD FOREIGN KEY (import_batch_id) REFERENCES koha.import_batches (import_batch_id);
ALTER TABLE koha.import_record_matches ADD FOREIGN KEY (import_record_id) REFERENCES koha.import_records (import_record_id);
ALTER TABLE koha.import_auths ADD FOREIGN KEY (import_record_id) REFERENCES koha.import_records (import_record_id);
ALTER TABLE koha.import_biblios ADD FOREIGN KEY (import_record_id) REFERENCES koha.import_records (import_record_id);
ALTER TABLE koha.import_items ADD FOREIGN KEY (import_record_id) REFERENCES koha.import_records (import_record_id);
ALTER TABLE koha.items ADD FOREIGN KEY (biblioitemnumber) REFERENCES koha.biblioitems (biblioitemnumber);
ALTER TABLE koha.items ADD FOREIGN KEY (homebranch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.items ADD FOREIGN KEY (holdingbranch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.items ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.branchtransfers ADD FOREIGN KEY (frombranch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.branchtransfers ADD FOREIGN KEY (tobranch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.branchtransfers ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.marc_subfield_structure ADD FOREIGN KEY (authorised_value) REFERENCES koha.authorised_value_categories (category_name);
ALTER TABLE koha.matchpoints ADD FOREIGN KEY (matcher_id) REFERENCES koha.marc_matchers (matcher_id);
ALTER TABLE koha.matchpoint_components ADD FOREIGN KEY (matchpoint_id) REFERENCES koha.matchpoints (matchpoint_id);
ALTER TABLE koha.matchpoint_component_norms ADD FOREIGN KEY (matchpoint_component_id) REFERENCES koha.matchpoint_components (matchpoint_component_id);
ALTER TABLE koha.matcher_matchpoints ADD FOREIGN KEY (matcher_id) REFERENCES koha.marc_matchers (matcher_id);
ALTER TABLE koha.matcher_matchpoints ADD FOREIGN KEY (matchpoint_id) REFERENCES koha.matchpoints (matchpoint_id);
ALTER TABLE koha.matchchecks ADD FOREIGN KEY (matcher_id) REFERENCES koha.marc_matchers (matcher_id);
ALTER TABLE koha.matchchecks ADD FOREIGN KEY (source_matchpoint_id) REFERENCES koha.matchpoints (matchpoint_id);
ALTER TABLE koha.matchchecks ADD FOREIGN KEY (target_matchpoint_id) REFERENCES koha.matchpoints (matchpoint_id);
ALTER TABLE koha.oai_sets_descriptions ADD FOREIGN KEY (set_id) REFERENCES koha.oai_sets (id);
ALTER TABLE koha.oai_sets_mappings ADD FOREIGN KEY (set_id) REFERENCES koha.oai_sets (id);
ALTER TABLE koha.oai_sets_biblios ADD FOREIGN KEY (set_id) REFERENCES koha.oai_sets (id);
ALTER TABLE koha.search_marc_to_field ADD FOREIGN KEY (search_marc_map_id) REFERENCES koha.search_marc_map (id);
ALTER TABLE koha.search_marc_to_field ADD FOREIGN KEY (search_field_id) REFERENCES koha.search_field (id);
ALTER TABLE koha.borrowers ADD FOREIGN KEY (categorycode) REFERENCES koha.categories (categorycode);
ALTER TABLE koha.borrowers ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.borrowers ADD FOREIGN KEY (sms_provider_id) REFERENCES koha.sms_providers (id);
ALTER TABLE koha.borrower_attributes ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.borrower_attributes ADD FOREIGN KEY (code) REFERENCES koha.borrower_attribute_types (code);
ALTER TABLE koha.borrower_debarments ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.api_keys ADD FOREIGN KEY (patron_id) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.issues ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.issues ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.old_issues ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.old_issues ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.items_last_borrower ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.items_last_borrower ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.creator_batches ADD FOREIGN KEY (borrower_number) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.creator_batches ADD FOREIGN KEY (branch_code) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.creator_batches ADD FOREIGN KEY (item_number) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.opac_news ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.opac_news ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.patronimage ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.reserves ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.reserves ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.reserves ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.reserves ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.reserves ADD FOREIGN KEY (itemtype) REFERENCES koha.itemtypes (itemtype);
ALTER TABLE koha.old_reserves ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.old_reserves ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.old_reserves ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.old_reserves ADD FOREIGN KEY (itemtype) REFERENCES koha.itemtypes (itemtype);
ALTER TABLE koha.reviews ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.reviews ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.subscription ADD FOREIGN KEY (periodicity) REFERENCES koha.subscription_frequencies (id);
ALTER TABLE koha.subscription ADD FOREIGN KEY (numberpattern) REFERENCES koha.subscription_numberpatterns (id);
ALTER TABLE koha.subscriptionroutinglist ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.subscriptionroutinglist ADD FOREIGN KEY (subscriptionid) REFERENCES koha.subscription (subscriptionid);
ALTER TABLE koha.tags_all ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.tags_all ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.tags_approval ADD FOREIGN KEY (approved_by) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.tags_index ADD FOREIGN KEY (term) REFERENCES koha.tags_approval (term);
ALTER TABLE koha.tags_index ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.virtualshelves ADD FOREIGN KEY (owner) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.virtualshelfcontents ADD FOREIGN KEY (shelfnumber) REFERENCES koha.virtualshelves (shelfnumber);
ALTER TABLE koha.virtualshelfcontents ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.virtualshelfcontents ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.virtualshelfshares ADD FOREIGN KEY (shelfnumber) REFERENCES koha.virtualshelves (shelfnumber);
ALTER TABLE koha.virtualshelfshares ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.permissions ADD FOREIGN KEY (module_bit) REFERENCES koha.userflags (bit);
ALTER TABLE koha.serialitems ADD FOREIGN KEY (serialid) REFERENCES koha.serial (serialid);
ALTER TABLE koha.serialitems ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.user_permissions ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.user_permissions ADD FOREIGN KEY (module_bit, code) REFERENCES koha.permissions (module_bit, code);
ALTER TABLE koha.tmp_holdsqueue ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.message_queue ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.message_queue ADD FOREIGN KEY (message_transport_type) REFERENCES koha.message_transport_types (message_transport_type);
ALTER TABLE koha.letter ADD FOREIGN KEY (message_transport_type) REFERENCES koha.message_transport_types (message_transport_type);
ALTER TABLE koha.overduerules_transport_types ADD FOREIGN KEY (overduerules_id) REFERENCES koha.overduerules (overduerules_id);
ALTER TABLE koha.overduerules_transport_types ADD FOREIGN KEY (message_transport_type) REFERENCES koha.message_transport_types (message_transport_type);
ALTER TABLE koha.message_transports ADD FOREIGN KEY (message_attribute_id) REFERENCES koha.message_attributes (message_attribute_id);
ALTER TABLE koha.message_transports ADD FOREIGN KEY (message_transport_type) REFERENCES koha.message_transport_types (message_transport_type);
ALTER TABLE koha.borrower_files ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.borrower_message_preferences ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.borrower_message_preferences ADD FOREIGN KEY (message_attribute_id) REFERENCES koha.message_attributes (message_attribute_id);
ALTER TABLE koha.borrower_message_preferences ADD FOREIGN KEY (categorycode) REFERENCES koha.categories (categorycode);
ALTER TABLE koha.borrower_message_transport_preferences ADD FOREIGN KEY (borrower_message_preference_id) REFERENCES koha.borrower_message_preferences (borrower_message_preference_id);
ALTER TABLE koha.borrower_message_transport_preferences ADD FOREIGN KEY (message_transport_type) REFERENCES koha.message_transport_types (message_transport_type);
ALTER TABLE koha.messages ADD FOREIGN KEY (manager_id) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.messages ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.accountlines ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.accountlines ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.accountlines ADD FOREIGN KEY (manager_id) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.accountlines ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.account_offsets ADD FOREIGN KEY (credit_id) REFERENCES koha.accountlines (accountlines_id);
ALTER TABLE koha.account_offsets ADD FOREIGN KEY (debit_id) REFERENCES koha.accountlines (accountlines_id);
ALTER TABLE koha.account_offsets ADD FOREIGN KEY (type) REFERENCES koha.account_offset_types (type);
ALTER TABLE koha.aqbooksellers ADD FOREIGN KEY (listprice) REFERENCES koha.currency (currency);
ALTER TABLE koha.aqbooksellers ADD FOREIGN KEY (invoiceprice) REFERENCES koha.currency (currency);
ALTER TABLE koha.aqbasketgroups ADD FOREIGN KEY (booksellerid) REFERENCES koha.aqbooksellers (id);
ALTER TABLE koha.aqbudgetborrowers ADD FOREIGN KEY (budget_id) REFERENCES koha.aqbudgets (budget_id);
ALTER TABLE koha.aqbudgetborrowers ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.aqbudgets_planning ADD FOREIGN KEY (budget_id) REFERENCES koha.aqbudgets (budget_id);
ALTER TABLE koha.aqcontacts ADD FOREIGN KEY (booksellerid) REFERENCES koha.aqbooksellers (id);
ALTER TABLE koha.aqcontract ADD FOREIGN KEY (booksellerid) REFERENCES koha.aqbooksellers (id);
ALTER TABLE koha.aqbasket ADD FOREIGN KEY (booksellerid) REFERENCES koha.aqbooksellers (id);
ALTER TABLE koha.aqbasket ADD FOREIGN KEY (contractnumber) REFERENCES koha.aqcontract (contractnumber);
ALTER TABLE koha.aqbasket ADD FOREIGN KEY (basketgroupid) REFERENCES koha.aqbasketgroups (id);
ALTER TABLE koha.aqbasket ADD FOREIGN KEY (branch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.aqbasketusers ADD FOREIGN KEY (basketno) REFERENCES koha.aqbasket (basketno);
ALTER TABLE koha.aqbasketusers ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.suggestions ADD FOREIGN KEY (suggestedby) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.suggestions ADD FOREIGN KEY (managedby) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.suggestions ADD FOREIGN KEY (acceptedby) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.suggestions ADD FOREIGN KEY (rejectedby) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.suggestions ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.suggestions ADD FOREIGN KEY (budgetid) REFERENCES koha.aqbudgets (budget_id);
ALTER TABLE koha.suggestions ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.vendor_edi_accounts ADD FOREIGN KEY (vendor_id) REFERENCES koha.aqbooksellers (id);
ALTER TABLE koha.vendor_edi_accounts ADD FOREIGN KEY (shipment_budget) REFERENCES koha.aqbudgets (budget_id);
ALTER TABLE koha.edifact_messages ADD FOREIGN KEY (vendor_id) REFERENCES koha.aqbooksellers (id);
ALTER TABLE koha.edifact_messages ADD FOREIGN KEY (edi_acct) REFERENCES koha.vendor_edi_accounts (id);
ALTER TABLE koha.edifact_messages ADD FOREIGN KEY (basketno) REFERENCES koha.aqbasket (basketno);
ALTER TABLE koha.aqinvoices ADD FOREIGN KEY (booksellerid) REFERENCES koha.aqbooksellers (id);
ALTER TABLE koha.aqinvoices ADD FOREIGN KEY (message_id) REFERENCES koha.edifact_messages (id);
ALTER TABLE koha.aqinvoices ADD FOREIGN KEY (shipmentcost_budgetid) REFERENCES koha.aqbudgets (budget_id);
ALTER TABLE koha.aqinvoice_adjustments ADD FOREIGN KEY (invoiceid) REFERENCES koha.aqinvoices (invoiceid);
ALTER TABLE koha.aqinvoice_adjustments ADD FOREIGN KEY (budget_id) REFERENCES koha.aqbudgets (budget_id);
ALTER TABLE koha.aqorders ADD FOREIGN KEY (created_by) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.aqorders ADD FOREIGN KEY (budget_id) REFERENCES koha.aqbudgets (budget_id);
ALTER TABLE koha.aqorders ADD FOREIGN KEY (basketno) REFERENCES koha.aqbasket (basketno);
ALTER TABLE koha.aqorders ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.aqorders ADD FOREIGN KEY (invoiceid) REFERENCES koha.aqinvoices (invoiceid);
ALTER TABLE koha.aqorders ADD FOREIGN KEY (subscriptionid) REFERENCES koha.subscription (subscriptionid);
ALTER TABLE koha.aqorders ADD FOREIGN KEY (currency) REFERENCES koha.currency (currency);
ALTER TABLE koha.aqorder_users ADD FOREIGN KEY (ordernumber) REFERENCES koha.aqorders (ordernumber);
ALTER TABLE koha.aqorder_users ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.aqorders_items ADD FOREIGN KEY (ordernumber) REFERENCES koha.aqorders (ordernumber);
ALTER TABLE koha.aqorders_transfers ADD FOREIGN KEY (ordernumber_from) REFERENCES koha.aqorders (ordernumber);
ALTER TABLE koha.aqorders_transfers ADD FOREIGN KEY (ordernumber_to) REFERENCES koha.aqorders (ordernumber);
ALTER TABLE koha.transport_cost ADD FOREIGN KEY (frombranch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.transport_cost ADD FOREIGN KEY (tobranch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.biblioimages ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.ratings ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.ratings ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.categories_branches ADD FOREIGN KEY (categorycode) REFERENCES koha.categories (categorycode);
ALTER TABLE koha.categories_branches ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.authorised_values_branches ADD FOREIGN KEY (av_id) REFERENCES koha.authorised_values (id);
ALTER TABLE koha.authorised_values_branches ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.borrower_attribute_types_branches ADD FOREIGN KEY (bat_code) REFERENCES koha.borrower_attribute_types (code);
ALTER TABLE koha.borrower_attribute_types_branches ADD FOREIGN KEY (b_branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.patron_consent ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.patron_lists ADD FOREIGN KEY (owner) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.patron_list_patrons ADD FOREIGN KEY (patron_list_id) REFERENCES koha.patron_lists (patron_list_id);
ALTER TABLE koha.patron_list_patrons ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.marc_modification_template_actions ADD FOREIGN KEY (template_id) REFERENCES koha.marc_modification_templates (template_id);
ALTER TABLE koha.items_search_fields ADD FOREIGN KEY (authorised_values_category) REFERENCES koha.authorised_value_categories (category_name);
ALTER TABLE koha.discharges ADD FOREIGN KEY (borrower) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.additional_field_values ADD FOREIGN KEY (field_id) REFERENCES koha.additional_fields (id);
ALTER TABLE koha.edifact_ean ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.course_instructors ADD FOREIGN KEY (course_id) REFERENCES koha.courses (course_id);
ALTER TABLE koha.course_instructors ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.course_items ADD FOREIGN KEY (holdingbranch) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.course_items ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.course_reserves ADD FOREIGN KEY (course_id) REFERENCES koha.courses (course_id);
ALTER TABLE koha.course_reserves ADD FOREIGN KEY (ci_id) REFERENCES koha.course_items (ci_id);
ALTER TABLE koha.hold_fill_targets ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.hold_fill_targets ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.hold_fill_targets ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.hold_fill_targets ADD FOREIGN KEY (source_branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.housebound_profile ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.housebound_visit ADD FOREIGN KEY (borrowernumber) REFERENCES koha.housebound_profile (borrowernumber);
ALTER TABLE koha.housebound_visit ADD FOREIGN KEY (chooser_brwnumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.housebound_visit ADD FOREIGN KEY (deliverer_brwnumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.housebound_role ADD FOREIGN KEY (borrowernumber_id) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.article_requests ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.article_requests ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.article_requests ADD FOREIGN KEY (itemnumber) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.article_requests ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.biblio_metadata ADD FOREIGN KEY (biblionumber) REFERENCES koha.biblio (biblionumber);
ALTER TABLE koha.deletedbiblio_metadata ADD FOREIGN KEY (biblionumber) REFERENCES koha.deletedbiblio (biblionumber);
ALTER TABLE koha.club_templates ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.clubs ADD FOREIGN KEY (club_template_id) REFERENCES koha.club_templates (id);
ALTER TABLE koha.clubs ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.club_enrollments ADD FOREIGN KEY (club_id) REFERENCES koha.clubs (id);
ALTER TABLE koha.club_enrollments ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.club_enrollments ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.club_template_enrollment_fields ADD FOREIGN KEY (club_template_id) REFERENCES koha.club_templates (id);
ALTER TABLE koha.club_enrollment_fields ADD FOREIGN KEY (club_enrollment_id) REFERENCES koha.club_enrollments (id);
ALTER TABLE koha.club_enrollment_fields ADD FOREIGN KEY (club_template_enrollment_field_id) REFERENCES koha.club_template_enrollment_fields (id);
ALTER TABLE koha.club_template_fields ADD FOREIGN KEY (club_template_id) REFERENCES koha.club_templates (id);
ALTER TABLE koha.club_fields ADD FOREIGN KEY (club_template_field_id) REFERENCES koha.club_template_fields (id);
ALTER TABLE koha.club_fields ADD FOREIGN KEY (club_id) REFERENCES koha.clubs (id);
ALTER TABLE koha.illrequests ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.illrequests ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.illrequestattributes ADD FOREIGN KEY (illrequest_id) REFERENCES koha.illrequests (illrequest_id);
ALTER TABLE koha.library_groups ADD FOREIGN KEY (parent_id) REFERENCES koha.library_groups (id);
ALTER TABLE koha.library_groups ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.illcomments ADD FOREIGN KEY (borrowernumber) REFERENCES koha.borrowers (borrowernumber);
ALTER TABLE koha.illcomments ADD FOREIGN KEY (illrequest_id) REFERENCES koha.illrequests (illrequest_id);
ALTER TABLE koha.circulation_rules ADD FOREIGN KEY (branchcode) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.circulation_rules ADD FOREIGN KEY (categorycode) REFERENCES koha.categories (categorycode);
ALTER TABLE koha.circulation_rules ADD FOREIGN KEY (itemtype) REFERENCES koha.itemtypes (itemtype);
ALTER TABLE koha.stockrotationstages ADD FOREIGN KEY (rota_id) REFERENCES koha.stockrotationrotas (rota_id);
ALTER TABLE koha.stockrotationstages ADD FOREIGN KEY (branchcode_id) REFERENCES koha.branches (branchcode);
ALTER TABLE koha.stockrotationitems ADD FOREIGN KEY (itemnumber_id) REFERENCES koha.items (itemnumber);
ALTER TABLE koha.stockrotationitems ADD FOREIGN KEY (stage_id) REFERENCES koha.stockrotationstages (stage_id);
