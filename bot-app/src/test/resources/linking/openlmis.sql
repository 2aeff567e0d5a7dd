-- OpenLMIS v3, the open-source logistics management information system for public-health supply chains (medicines
-- and vaccines): four of its services, each in its own schema as OpenLMIS deploys them. referencedata: facilities,
-- facility types and operators, geographic zones and levels, programs and the products (orderables) in them with
-- their identifiers, kits (orderable children), commodity types, trade items, lots, dispensables and price changes,
-- facility-type approved products, ideal stock amounts, processing schedules and periods, requisition groups,
-- supervisory nodes, supply lines, supply partners, users, roles, rights and role assignments, service accounts and
-- system notifications. requisition: requisitions (report-and-requisition forms per facility, program and period)
-- with their line items, status changes, rejections and reasons, stock adjustments, templates and their columns,
-- available products, Jasper report templates. stockmanagement: stock events and their line items, stock cards and
-- their line items, physical inventories, reasons and valid reason/source/destination assignments, organisations,
-- nodes, calculated stock on hand, stock card templates. fulfillment: orders and their line items, shipments and
-- shipment drafts, proofs of delivery, status changes and messages, order number configuration, transfer properties
-- and file templates. Source: the Flyway SQL migrations src/main/resources/db/migration/*.sql of
-- github.com/OpenLMIS/openlmis-referencedata (commit 198c61b), openlmis-requisition (commit 8879ae6),
-- openlmis-stockmanagement (commit c33a9a0) and openlmis-fulfillment (commit 7a7a536), all AGPL-3.0 (we use the
-- schema's facts). Each service's migrations were run in version order into its own schema of an empty scratch
-- PostgreSQL 15 and this file regenerated from its catalog: all 105 tables (referencedata 42, requisition 24,
-- stockmanagement 22, fulfillment 17), the primary keys (94 tables; 11 collection tables have none in the source) and
-- the 117 foreign keys the migrations declare (one, right_assignments.rightname, points at the unique rights.name,
-- so that unique constraint is kept; none crosses services: a requisition's facility_id, program_id and
-- processing_period_id, an order's, a stock card's and a shipment's ids of reference data are plain uuid columns with
-- no declared key). PostGIS geometry (facilities.location, geographic_zones.boundary) -> bytea, as the scratch has no
-- PostGIS. Left out: the other OpenLMIS services (auth, notification, CCE, reports), the Javers audit tables created
-- at run time, defaults, indexes, unique constraints, ON DELETE actions, the views and the bootstrap and demo rows.
-- The migrations declare no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS referencedata;
CREATE SCHEMA IF NOT EXISTS requisition;
CREATE SCHEMA IF NOT EXISTS stockmanagement;
CREATE SCHEMA IF NOT EXISTS fulfillment;
CREATE TABLE fulfillment.configuration_settings (
    key character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE fulfillment.file_columns (
    id uuid NOT NULL,
    columnlabel character varying(255),
    datafieldlabel character varying(255),
    format character varying(255),
    include boolean NOT NULL,
    keypath character varying(255),
    nested character varying(255),
    openlmisfield boolean NOT NULL,
    position integer NOT NULL,
    related character varying(255),
    relatedkeypath character varying(255),
    filetemplateid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.file_templates (
    id uuid NOT NULL,
    fileprefix character varying(255) NOT NULL,
    headerinfile boolean NOT NULL,
    templatetype character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.order_line_items (
    id uuid NOT NULL,
    orderid uuid NOT NULL,
    orderableid uuid NOT NULL,
    orderedquantity bigint NOT NULL,
    orderableversionnumber bigint,
    extradata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.order_number_configurations (
    id uuid NOT NULL,
    includeordernumberprefix boolean NOT NULL,
    includeprogramcode boolean NOT NULL,
    includetypesuffix boolean NOT NULL,
    ordernumberprefix character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.orders (
    id uuid NOT NULL,
    createdbyid uuid NOT NULL,
    createddate timestamp with time zone,
    emergency boolean NOT NULL,
    externalid uuid,
    facilityid uuid,
    ordercode text NOT NULL,
    processingperiodid uuid,
    programid uuid NOT NULL,
    quotedcost numeric(19,2) NOT NULL,
    receivingfacilityid uuid NOT NULL,
    requestingfacilityid uuid NOT NULL,
    status character varying(255) NOT NULL,
    supplyingfacilityid uuid NOT NULL,
    lastupdateddate timestamp with time zone NOT NULL,
    lastupdaterid uuid NOT NULL,
    extradata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.proof_of_delivery_line_items (
    id uuid NOT NULL,
    proofofdeliveryid uuid NOT NULL,
    notes text,
    quantityaccepted integer,
    quantityrejected integer,
    orderableid uuid NOT NULL,
    lotid uuid,
    vvmstatus character varying(255),
    usevvm boolean NOT NULL,
    rejectionreasonid uuid,
    orderableversionnumber bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.proofs_of_delivery (
    id uuid NOT NULL,
    shipmentid uuid NOT NULL,
    status text,
    deliveredby text,
    receivedby text,
    receiveddate date,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.shipment_draft_line_items (
    id uuid NOT NULL,
    orderableid uuid NOT NULL,
    lotid uuid,
    quantityshipped bigint,
    shipmentdraftid uuid NOT NULL,
    orderableversionnumber bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.shipment_drafts (
    id uuid NOT NULL,
    orderid uuid,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.shipment_line_items (
    id uuid NOT NULL,
    orderableid uuid NOT NULL,
    lotid uuid,
    quantityshipped bigint NOT NULL,
    shipmentid uuid NOT NULL,
    extradata jsonb,
    orderableversionnumber bigint,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.shipments (
    id uuid NOT NULL,
    orderid uuid,
    shippedbyid uuid NOT NULL,
    shippeddate timestamp with time zone NOT NULL,
    notes text,
    extradata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.status_changes (
    id uuid NOT NULL,
    authorid uuid,
    createddate timestamp with time zone,
    status character varying(255) NOT NULL,
    orderid uuid NOT NULL
);
CREATE TABLE fulfillment.status_messages (
    id uuid NOT NULL,
    authorid uuid,
    body text NOT NULL,
    status character varying(255) NOT NULL,
    orderid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.template_parameters (
    id uuid NOT NULL,
    datatype text,
    defaultvalue text,
    description text,
    displayname text,
    name text,
    selectsql text,
    templateid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.templates (
    id uuid NOT NULL,
    data bytea,
    description text,
    name text NOT NULL,
    type text,
    PRIMARY KEY (id)
);
CREATE TABLE fulfillment.transfer_properties (
    type character varying(31) NOT NULL,
    id uuid NOT NULL,
    facilityid uuid NOT NULL,
    localdirectory text,
    passivemode boolean,
    password text,
    protocol text,
    remotedirectory text,
    serverhost text,
    serverport integer,
    username text,
    path text,
    transfertype character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.commodity_types (
    id uuid NOT NULL,
    name character varying(255) NOT NULL,
    classificationsystem character varying(255) NOT NULL,
    classificationid character varying(255) NOT NULL,
    parentid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.dispensable_attributes (
    dispensableid uuid NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (dispensableid, key)
);
CREATE TABLE referencedata.dispensables (
    id uuid NOT NULL,
    type text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.facilities (
    id uuid NOT NULL,
    active boolean NOT NULL,
    code text NOT NULL,
    comment text,
    description text,
    enabled boolean NOT NULL,
    godowndate date,
    golivedate date,
    name text,
    openlmisaccessible boolean,
    geographiczoneid uuid NOT NULL,
    operatedbyid uuid,
    typeid uuid NOT NULL,
    extradata jsonb,
    location bytea,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.facility_operators (
    id uuid NOT NULL,
    code text NOT NULL,
    description text,
    displayorder integer,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.facility_type_approved_products (
    id uuid NOT NULL,
    versionnumber bigint NOT NULL,
    orderableid uuid NOT NULL,
    programid uuid NOT NULL,
    facilitytypeid uuid NOT NULL,
    maxperiodsofstock double precision NOT NULL,
    minperiodsofstock double precision,
    emergencyorderpoint double precision,
    active boolean NOT NULL,
    lastupdated timestamp with time zone NOT NULL,
    PRIMARY KEY (id, versionnumber)
);
CREATE TABLE referencedata.facility_types (
    id uuid NOT NULL,
    active boolean,
    code text NOT NULL,
    description text,
    displayorder integer,
    name text,
    primaryhealthcare boolean,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.geographic_levels (
    id uuid NOT NULL,
    code text NOT NULL,
    levelnumber integer NOT NULL,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.geographic_zones (
    id uuid NOT NULL,
    catchmentpopulation integer,
    code text NOT NULL,
    latitude numeric(8,5),
    longitude numeric(8,5),
    name text,
    levelid uuid NOT NULL,
    parentid uuid,
    boundary bytea,
    extradata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.ideal_stock_amounts (
    id uuid NOT NULL,
    facilityid uuid NOT NULL,
    processingperiodid uuid NOT NULL,
    amount integer,
    commoditytypeid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.lots (
    id uuid NOT NULL,
    lotcode text NOT NULL,
    expirationdate date,
    manufacturedate date,
    tradeitemid uuid NOT NULL,
    active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.orderable_children (
    id uuid NOT NULL,
    parentid uuid NOT NULL,
    parentversionnumber bigint NOT NULL,
    orderableid uuid NOT NULL,
    orderableversionnumber bigint NOT NULL,
    quantity bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.orderable_display_categories (
    id uuid NOT NULL,
    code character varying(255),
    displayname character varying(255),
    displayorder integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.orderable_identifiers (
    key character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    orderableid uuid NOT NULL,
    orderableversionnumber bigint NOT NULL
);
CREATE TABLE referencedata.orderables (
    id uuid NOT NULL,
    fullproductname character varying(255),
    packroundingthreshold bigint NOT NULL,
    netcontent bigint NOT NULL,
    code character varying(255),
    roundtozero boolean NOT NULL,
    description character varying(255),
    extradata jsonb,
    dispensableid uuid NOT NULL,
    versionnumber bigint NOT NULL,
    lastupdated timestamp with time zone NOT NULL,
    minimumtemperaturevalue double precision,
    minimumtemperaturecode character varying(30),
    maximumtemperaturevalue double precision,
    maximumtemperaturecode character varying(30),
    inboxcubedimensionvalue double precision,
    inboxcubedimensioncode character varying(30),
    PRIMARY KEY (id, versionnumber)
);
CREATE TABLE referencedata.price_changes (
    id uuid NOT NULL,
    programorderableid uuid,
    price numeric(19,2) NOT NULL,
    authorid uuid NOT NULL,
    occurreddate timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.processing_periods (
    id uuid NOT NULL,
    description text,
    enddate date NOT NULL,
    name text NOT NULL,
    startdate date NOT NULL,
    processingscheduleid uuid NOT NULL,
    extradata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.processing_schedules (
    id uuid NOT NULL,
    code text NOT NULL,
    description text,
    modifieddate timestamp with time zone,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.program_orderables (
    id uuid NOT NULL,
    active boolean NOT NULL,
    displayorder integer NOT NULL,
    dosesperpatient integer,
    fullsupply boolean NOT NULL,
    priceperpack numeric(19,2),
    orderabledisplaycategoryid uuid NOT NULL,
    orderableid uuid NOT NULL,
    programid uuid NOT NULL,
    orderableversionnumber bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.programs (
    id uuid NOT NULL,
    active boolean,
    code character varying(255),
    description text,
    name text,
    periodsskippable boolean NOT NULL,
    shownonfullsupplytab boolean,
    enabledatephysicalstockcountcompleted boolean NOT NULL,
    skipauthorization boolean,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.requisition_group_members (
    requisitiongroupid uuid NOT NULL,
    facilityid uuid NOT NULL,
    PRIMARY KEY (requisitiongroupid, facilityid)
);
CREATE TABLE referencedata.requisition_group_program_schedules (
    id uuid NOT NULL,
    directdelivery boolean NOT NULL,
    dropofffacilityid uuid,
    processingscheduleid uuid NOT NULL,
    programid uuid NOT NULL,
    requisitiongroupid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.requisition_groups (
    id uuid NOT NULL,
    code text NOT NULL,
    description text,
    name text NOT NULL,
    supervisorynodeid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.right_assignments (
    id uuid NOT NULL,
    rightname text NOT NULL,
    facilityid uuid,
    programid uuid,
    userid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.right_attachments (
    rightid uuid NOT NULL,
    attachmentid uuid NOT NULL,
    PRIMARY KEY (rightid, attachmentid)
);
CREATE TABLE referencedata.rights (
    id uuid NOT NULL,
    description text,
    name text NOT NULL,
    type text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.role_assignments (
    type character varying(31) NOT NULL,
    id uuid NOT NULL,
    roleid uuid,
    userid uuid,
    warehouseid uuid,
    programid uuid,
    supervisorynodeid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.role_rights (
    roleid uuid NOT NULL,
    rightid uuid NOT NULL,
    PRIMARY KEY (roleid, rightid)
);
CREATE TABLE referencedata.roles (
    id uuid NOT NULL,
    description text,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.service_accounts (
    id uuid NOT NULL,
    createdby uuid NOT NULL,
    createddate timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.stock_adjustment_reasons (
    id uuid NOT NULL,
    additive boolean,
    description text,
    displayorder integer,
    name text NOT NULL,
    programid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.supervisory_nodes (
    id uuid NOT NULL,
    code text NOT NULL,
    description text,
    name text NOT NULL,
    facilityid uuid,
    parentid uuid,
    extradata jsonb,
    partnerid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.supply_lines (
    id uuid NOT NULL,
    description text,
    programid uuid NOT NULL,
    supervisorynodeid uuid NOT NULL,
    supplyingfacilityid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.supply_partner_association_facilities (
    supplypartnerassociationid uuid NOT NULL,
    facilityid uuid NOT NULL,
    PRIMARY KEY (supplypartnerassociationid, facilityid)
);
CREATE TABLE referencedata.supply_partner_association_orderables (
    supplypartnerassociationid uuid NOT NULL,
    orderableid uuid NOT NULL,
    orderableversionnumber bigint NOT NULL,
    PRIMARY KEY (supplypartnerassociationid, orderableid, orderableversionnumber)
);
CREATE TABLE referencedata.supply_partner_associations (
    id uuid NOT NULL,
    programid uuid NOT NULL,
    supervisorynodeid uuid NOT NULL,
    supplypartnerid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.supply_partners (
    id uuid NOT NULL,
    name text NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.supported_programs (
    active boolean NOT NULL,
    startdate date,
    facilityid uuid NOT NULL,
    programid uuid NOT NULL,
    locallyfulfilled boolean NOT NULL,
    PRIMARY KEY (facilityid, programid)
);
CREATE TABLE referencedata.system_notifications (
    id uuid NOT NULL,
    title character varying(255),
    message text NOT NULL,
    startdate timestamp with time zone,
    createddate timestamp with time zone NOT NULL,
    expirydate timestamp with time zone,
    active boolean NOT NULL,
    authorid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.trade_item_classifications (
    id uuid NOT NULL,
    classificationsystem character varying(255) NOT NULL,
    classificationid character varying(255) NOT NULL,
    tradeitemid uuid NOT NULL
);
CREATE TABLE referencedata.trade_items (
    id uuid NOT NULL,
    manufactureroftradeitem character varying(255) NOT NULL,
    gtin text,
    PRIMARY KEY (id)
);
CREATE TABLE referencedata.users (
    id uuid NOT NULL,
    active boolean NOT NULL,
    allownotify boolean,
    email character varying(255),
    extradata jsonb,
    firstname text NOT NULL,
    lastname text NOT NULL,
    timezone character varying(255),
    username text NOT NULL,
    verified boolean NOT NULL,
    homefacilityid uuid,
    jobtitle character varying(255),
    phonenumber character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE requisition.available_products (
    requisitionid uuid NOT NULL,
    orderableid uuid,
    orderableversionnumber bigint,
    facilitytypeapprovedproductid uuid,
    facilitytypeapprovedproductversionnumber bigint
);
CREATE TABLE requisition.available_requisition_column_options (
    id uuid NOT NULL,
    optionlabel character varying(255) NOT NULL,
    optionname character varying(255) NOT NULL,
    columnid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.available_requisition_column_sources (
    columnid uuid NOT NULL,
    value character varying(255)
);
CREATE TABLE requisition.available_requisition_columns (
    id uuid NOT NULL,
    canbechangedbyuser boolean,
    canchangeorder boolean,
    columntype character varying(255) NOT NULL,
    definition text,
    indicator character varying(255),
    isdisplayrequired boolean,
    label character varying(255),
    mandatory boolean,
    name character varying(255),
    supportstag boolean,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.columns_maps (
    requisitiontemplateid uuid NOT NULL,
    requisitioncolumnid uuid NOT NULL,
    definition text,
    displayorder integer NOT NULL,
    indicator character varying(255),
    isdisplayed boolean,
    label character varying(255),
    name character varying(255),
    requisitioncolumnoptionid uuid,
    source integer NOT NULL,
    key character varying(255) NOT NULL,
    tag character varying(255),
    PRIMARY KEY (requisitiontemplateid, key)
);
CREATE TABLE requisition.configuration_settings (
    key character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE requisition.jasper_template_parameter_dependencies (
    id uuid NOT NULL,
    parameterid uuid NOT NULL,
    dependency text NOT NULL,
    placeholder text NOT NULL
);
CREATE TABLE requisition.jasper_templates (
    id uuid NOT NULL,
    data bytea,
    description text,
    name text NOT NULL,
    type text,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.jaspertemplateparameter_options (
    jaspertemplateparameterid uuid NOT NULL,
    options character varying(255)
);
CREATE TABLE requisition.previous_adjusted_consumptions (
    requisitionlineitemid uuid NOT NULL,
    previousadjustedconsumption integer
);
CREATE TABLE requisition.rejection_reason_categories (
    id uuid NOT NULL,
    active boolean,
    name text NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.rejection_reasons (
    id uuid NOT NULL,
    active boolean,
    name text NOT NULL,
    code text NOT NULL,
    rejectionreasoncategoryid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.rejections (
    id uuid NOT NULL,
    createddate timestamp with time zone,
    modifieddate timestamp with time zone,
    rejectionreasonid uuid NOT NULL,
    statuschangeid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.requisition_line_items (
    id uuid NOT NULL,
    adjustedconsumption integer,
    approvedquantity integer,
    averageconsumption integer,
    beginningbalance integer,
    calculatedorderquantity integer,
    maxperiodsofstock numeric(19,2),
    maximumstockquantity integer,
    nonfullsupply boolean,
    numberofnewpatientsadded integer,
    orderableid uuid,
    packstoship bigint,
    priceperpack numeric(19,2),
    remarks character varying(250),
    requestedquantity integer,
    requestedquantityexplanation character varying(255),
    skipped boolean,
    stockonhand integer,
    total integer,
    totalconsumedquantity integer,
    totalcost numeric(19,2),
    totallossesandadjustments integer,
    totalreceivedquantity integer,
    totalstockoutdays integer,
    requisitionid uuid,
    idealstockamount integer,
    calculatedorderquantityisa integer,
    additionalquantityrequired integer,
    orderableversionnumber bigint,
    facilitytypeapprovedproductid uuid,
    facilitytypeapprovedproductversionnumber bigint,
    numberofpatientsontreatmentnextmonth integer,
    totalrequirement integer,
    totalquantityneededbyhf integer,
    quantitytoissue integer,
    convertedquantitytoissue integer,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.requisition_permission_strings (
    id uuid NOT NULL,
    requisitionid uuid NOT NULL,
    permissionstring text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.requisition_template_assignments (
    id uuid NOT NULL,
    programid uuid NOT NULL,
    facilitytypeid uuid,
    templateid uuid NOT NULL,
    requisitionreportonly boolean,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.requisition_templates (
    id uuid NOT NULL,
    createddate timestamp with time zone,
    modifieddate timestamp with time zone,
    numberofperiodstoaverage integer,
    populatestockonhandfromstockcards boolean NOT NULL,
    archived boolean NOT NULL,
    name character varying(255) NOT NULL,
    rejectionreasonwindowvisible boolean,
    requisitionreportingonly boolean,
    patientstabenabled boolean,
    enableavgconsumptionforcurrentperiod boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.requisitions (
    id uuid NOT NULL,
    createddate timestamp with time zone,
    modifieddate timestamp with time zone,
    draftstatusmessage text,
    emergency boolean NOT NULL,
    facilityid uuid NOT NULL,
    numberofmonthsinperiod integer NOT NULL,
    processingperiodid uuid NOT NULL,
    programid uuid NOT NULL,
    status character varying(255) NOT NULL,
    supervisorynodeid uuid,
    supplyingfacilityid uuid,
    templateid uuid NOT NULL,
    datephysicalstockcountcompleted date,
    version bigint,
    reportonly boolean,
    extradata jsonb,
    patientsdata text,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.requisitions_previous_requisitions (
    requisitionid uuid NOT NULL,
    previousrequisitionid uuid NOT NULL
);
CREATE TABLE requisition.status_changes (
    id uuid NOT NULL,
    createddate timestamp with time zone,
    modifieddate timestamp with time zone,
    authorid uuid,
    status character varying(255) NOT NULL,
    requisitionid uuid NOT NULL,
    supervisorynodeid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.status_messages (
    id uuid NOT NULL,
    createddate timestamp with time zone,
    modifieddate timestamp with time zone,
    authorfirstname character varying(255),
    authorid uuid,
    authorlastname character varying(255),
    body text NOT NULL,
    status character varying(255) NOT NULL,
    requisitionid uuid NOT NULL,
    statuschangeid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.stock_adjustment_reasons (
    id uuid NOT NULL,
    reasonid uuid NOT NULL,
    description text,
    isfreetextallowed boolean NOT NULL,
    name text NOT NULL,
    reasoncategory text NOT NULL,
    reasontype text NOT NULL,
    requisitionid uuid,
    hidden boolean,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.stock_adjustments (
    id uuid NOT NULL,
    quantity integer NOT NULL,
    reasonid uuid NOT NULL,
    requisitionlineitemid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE requisition.template_parameters (
    id uuid NOT NULL,
    datatype text,
    defaultvalue text,
    description text,
    displayname text,
    name text,
    selectexpression text,
    templateid uuid NOT NULL,
    selectproperty text,
    displayproperty text,
    required boolean,
    selectmethod text,
    selectbody text,
    displayorder integer,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.available_stock_card_fields (
    id uuid NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.available_stock_card_line_item_fields (
    id uuid NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.calculated_stocks_on_hand (
    id uuid NOT NULL,
    stockonhand integer NOT NULL,
    occurreddate date NOT NULL,
    stockcardid uuid NOT NULL,
    processeddate timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.document_number_sequences (
    id uuid NOT NULL,
    facilityid uuid NOT NULL,
    year integer NOT NULL,
    month integer NOT NULL,
    lastsequencenumber integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.jasper_templates (
    id uuid NOT NULL,
    name text NOT NULL,
    data bytea,
    type text,
    description text
);
CREATE TABLE stockmanagement.nodes (
    id uuid NOT NULL,
    isrefdatafacility boolean NOT NULL,
    referenceid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.organizations (
    id uuid NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.physical_inventories (
    id uuid NOT NULL,
    documentnumber character varying(255),
    facilityid uuid NOT NULL,
    isdraft boolean NOT NULL,
    occurreddate date,
    programid uuid NOT NULL,
    signature character varying(255),
    stockeventid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.physical_inventory_line_item_adjustments (
    id uuid NOT NULL,
    quantity integer NOT NULL,
    reasonid uuid NOT NULL,
    physicalinventorylineitemid uuid,
    stockcardlineitemid uuid,
    stockeventlineitemid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.physical_inventory_line_items (
    id uuid NOT NULL,
    lotid uuid,
    orderableid uuid NOT NULL,
    quantity integer,
    physicalinventoryid uuid NOT NULL,
    extradata jsonb,
    previousstockonhandwhensubmitted integer,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_card_fields (
    id uuid NOT NULL,
    displayorder integer NOT NULL,
    isdisplayed boolean NOT NULL,
    availablestockcardfieldsid uuid,
    stockcardtemplateid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_card_line_item_fields (
    id uuid NOT NULL,
    displayorder integer NOT NULL,
    isdisplayed boolean NOT NULL,
    availablestockcardlineitemfieldsid uuid,
    stockcardtemplateid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_card_line_item_reason_tags (
    tag character varying(255) NOT NULL,
    reasonid uuid NOT NULL
);
CREATE TABLE stockmanagement.stock_card_line_item_reasons (
    id uuid NOT NULL,
    description text,
    isfreetextallowed boolean NOT NULL,
    name text NOT NULL,
    reasoncategory text NOT NULL,
    reasontype text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_card_line_items (
    id uuid NOT NULL,
    destinationfreetext character varying(255),
    documentnumber character varying(255),
    occurreddate date NOT NULL,
    processeddate timestamp without time zone NOT NULL,
    quantity integer NOT NULL,
    reasonfreetext character varying(255),
    signature character varying(255),
    sourcefreetext character varying(255),
    userid uuid,
    destinationid uuid,
    origineventid uuid NOT NULL,
    reasonid uuid,
    sourceid uuid,
    stockcardid uuid NOT NULL,
    extradata jsonb,
    origineventlineitemid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_card_templates (
    id uuid NOT NULL,
    facilitytypeid uuid NOT NULL,
    programid uuid NOT NULL,
    isshowed boolean,
    isactive boolean,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_cards (
    id uuid NOT NULL,
    facilityid uuid NOT NULL,
    lotid uuid,
    orderableid uuid NOT NULL,
    programid uuid NOT NULL,
    origineventid uuid NOT NULL,
    isshowed boolean,
    isactive boolean,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_event_line_items (
    id uuid NOT NULL,
    destinationfreetext character varying(255),
    destinationid uuid,
    lotid uuid,
    occurreddate date NOT NULL,
    orderableid uuid NOT NULL,
    quantity integer NOT NULL,
    reasonfreetext character varying(255),
    reasonid uuid,
    sourcefreetext character varying(255),
    sourceid uuid,
    stockeventid uuid NOT NULL,
    extradata jsonb,
    reverseseventlineitemid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.stock_events (
    id uuid NOT NULL,
    documentnumber character varying(255),
    facilityid uuid NOT NULL,
    processeddate timestamp without time zone NOT NULL,
    programid uuid NOT NULL,
    signature character varying(255),
    userid uuid,
    isshowed boolean,
    isactive boolean,
    eventorigin text,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.valid_destination_assignments (
    id uuid NOT NULL,
    facilitytypeid uuid NOT NULL,
    programid uuid NOT NULL,
    nodeid uuid NOT NULL,
    geolevelaffinityid uuid,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.valid_reason_assignments (
    id uuid NOT NULL,
    facilitytypeid uuid NOT NULL,
    programid uuid NOT NULL,
    reasonid uuid NOT NULL,
    hidden boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE stockmanagement.valid_source_assignments (
    id uuid NOT NULL,
    facilitytypeid uuid NOT NULL,
    programid uuid NOT NULL,
    nodeid uuid NOT NULL,
    geolevelaffinityid uuid,
    PRIMARY KEY (id)
);
ALTER TABLE fulfillment.file_columns ADD FOREIGN KEY (filetemplateid) REFERENCES fulfillment.file_templates(id);
ALTER TABLE fulfillment.order_line_items ADD FOREIGN KEY (orderid) REFERENCES fulfillment.orders(id);
ALTER TABLE fulfillment.proof_of_delivery_line_items ADD FOREIGN KEY (proofofdeliveryid) REFERENCES fulfillment.proofs_of_delivery(id);
ALTER TABLE fulfillment.proofs_of_delivery ADD FOREIGN KEY (shipmentid) REFERENCES fulfillment.shipments(id);
ALTER TABLE fulfillment.shipment_draft_line_items ADD FOREIGN KEY (shipmentdraftid) REFERENCES fulfillment.shipment_drafts(id);
ALTER TABLE fulfillment.shipment_drafts ADD FOREIGN KEY (orderid) REFERENCES fulfillment.orders(id);
ALTER TABLE fulfillment.shipment_line_items ADD FOREIGN KEY (shipmentid) REFERENCES fulfillment.shipments(id);
ALTER TABLE fulfillment.shipments ADD FOREIGN KEY (orderid) REFERENCES fulfillment.orders(id);
ALTER TABLE fulfillment.status_messages ADD FOREIGN KEY (orderid) REFERENCES fulfillment.orders(id);
ALTER TABLE fulfillment.template_parameters ADD FOREIGN KEY (templateid) REFERENCES fulfillment.templates(id);
ALTER TABLE referencedata.commodity_types ADD FOREIGN KEY (parentid) REFERENCES referencedata.commodity_types(id);
ALTER TABLE referencedata.dispensable_attributes ADD FOREIGN KEY (dispensableid) REFERENCES referencedata.dispensables(id);
ALTER TABLE referencedata.facilities ADD FOREIGN KEY (geographiczoneid) REFERENCES referencedata.geographic_zones(id);
ALTER TABLE referencedata.facilities ADD FOREIGN KEY (operatedbyid) REFERENCES referencedata.facility_operators(id);
ALTER TABLE referencedata.facilities ADD FOREIGN KEY (typeid) REFERENCES referencedata.facility_types(id);
ALTER TABLE referencedata.facility_type_approved_products ADD FOREIGN KEY (facilitytypeid) REFERENCES referencedata.facility_types(id);
ALTER TABLE referencedata.facility_type_approved_products ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.geographic_zones ADD FOREIGN KEY (levelid) REFERENCES referencedata.geographic_levels(id);
ALTER TABLE referencedata.geographic_zones ADD FOREIGN KEY (parentid) REFERENCES referencedata.geographic_zones(id);
ALTER TABLE referencedata.ideal_stock_amounts ADD FOREIGN KEY (commoditytypeid) REFERENCES referencedata.commodity_types(id);
ALTER TABLE referencedata.ideal_stock_amounts ADD FOREIGN KEY (facilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.ideal_stock_amounts ADD FOREIGN KEY (processingperiodid) REFERENCES referencedata.processing_periods(id);
ALTER TABLE referencedata.lots ADD FOREIGN KEY (tradeitemid) REFERENCES referencedata.trade_items(id);
ALTER TABLE referencedata.orderable_children ADD FOREIGN KEY (orderableid, orderableversionnumber) REFERENCES referencedata.orderables(id, versionnumber);
ALTER TABLE referencedata.orderable_children ADD FOREIGN KEY (parentid, parentversionnumber) REFERENCES referencedata.orderables(id, versionnumber);
ALTER TABLE referencedata.orderable_identifiers ADD FOREIGN KEY (orderableid, orderableversionnumber) REFERENCES referencedata.orderables(id, versionnumber);
ALTER TABLE referencedata.orderables ADD FOREIGN KEY (dispensableid) REFERENCES referencedata.dispensables(id);
ALTER TABLE referencedata.price_changes ADD FOREIGN KEY (authorid) REFERENCES referencedata.users(id);
ALTER TABLE referencedata.price_changes ADD FOREIGN KEY (programorderableid) REFERENCES referencedata.program_orderables(id);
ALTER TABLE referencedata.processing_periods ADD FOREIGN KEY (processingscheduleid) REFERENCES referencedata.processing_schedules(id);
ALTER TABLE referencedata.program_orderables ADD FOREIGN KEY (orderabledisplaycategoryid) REFERENCES referencedata.orderable_display_categories(id);
ALTER TABLE referencedata.program_orderables ADD FOREIGN KEY (orderableid, orderableversionnumber) REFERENCES referencedata.orderables(id, versionnumber);
ALTER TABLE referencedata.program_orderables ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.requisition_group_members ADD FOREIGN KEY (facilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.requisition_group_members ADD FOREIGN KEY (requisitiongroupid) REFERENCES referencedata.requisition_groups(id);
ALTER TABLE referencedata.requisition_group_program_schedules ADD FOREIGN KEY (dropofffacilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.requisition_group_program_schedules ADD FOREIGN KEY (processingscheduleid) REFERENCES referencedata.processing_schedules(id);
ALTER TABLE referencedata.requisition_group_program_schedules ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.requisition_group_program_schedules ADD FOREIGN KEY (requisitiongroupid) REFERENCES referencedata.requisition_groups(id);
ALTER TABLE referencedata.requisition_groups ADD FOREIGN KEY (supervisorynodeid) REFERENCES referencedata.supervisory_nodes(id);
ALTER TABLE referencedata.right_assignments ADD FOREIGN KEY (facilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.right_assignments ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.rights ADD UNIQUE (name);
ALTER TABLE referencedata.right_assignments ADD FOREIGN KEY (rightname) REFERENCES referencedata.rights(name);
ALTER TABLE referencedata.right_assignments ADD FOREIGN KEY (userid) REFERENCES referencedata.users(id);
ALTER TABLE referencedata.right_attachments ADD FOREIGN KEY (attachmentid) REFERENCES referencedata.rights(id);
ALTER TABLE referencedata.right_attachments ADD FOREIGN KEY (rightid) REFERENCES referencedata.rights(id);
ALTER TABLE referencedata.role_assignments ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.role_assignments ADD FOREIGN KEY (roleid) REFERENCES referencedata.roles(id);
ALTER TABLE referencedata.role_assignments ADD FOREIGN KEY (supervisorynodeid) REFERENCES referencedata.supervisory_nodes(id);
ALTER TABLE referencedata.role_assignments ADD FOREIGN KEY (userid) REFERENCES referencedata.users(id);
ALTER TABLE referencedata.role_assignments ADD FOREIGN KEY (warehouseid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.role_rights ADD FOREIGN KEY (rightid) REFERENCES referencedata.rights(id);
ALTER TABLE referencedata.role_rights ADD FOREIGN KEY (roleid) REFERENCES referencedata.roles(id);
ALTER TABLE referencedata.stock_adjustment_reasons ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.supervisory_nodes ADD FOREIGN KEY (facilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.supervisory_nodes ADD FOREIGN KEY (parentid) REFERENCES referencedata.supervisory_nodes(id);
ALTER TABLE referencedata.supervisory_nodes ADD FOREIGN KEY (partnerid) REFERENCES referencedata.supervisory_nodes(id);
ALTER TABLE referencedata.supply_lines ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.supply_lines ADD FOREIGN KEY (supervisorynodeid) REFERENCES referencedata.supervisory_nodes(id);
ALTER TABLE referencedata.supply_lines ADD FOREIGN KEY (supplyingfacilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.supply_partner_association_facilities ADD FOREIGN KEY (facilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.supply_partner_association_facilities ADD FOREIGN KEY (supplypartnerassociationid) REFERENCES referencedata.supply_partner_associations(id);
ALTER TABLE referencedata.supply_partner_association_orderables ADD FOREIGN KEY (orderableid, orderableversionnumber) REFERENCES referencedata.orderables(id, versionnumber);
ALTER TABLE referencedata.supply_partner_association_orderables ADD FOREIGN KEY (supplypartnerassociationid) REFERENCES referencedata.supply_partner_associations(id);
ALTER TABLE referencedata.supply_partner_associations ADD FOREIGN KEY (supplypartnerid) REFERENCES referencedata.supply_partners(id);
ALTER TABLE referencedata.supported_programs ADD FOREIGN KEY (facilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE referencedata.supported_programs ADD FOREIGN KEY (programid) REFERENCES referencedata.programs(id);
ALTER TABLE referencedata.system_notifications ADD FOREIGN KEY (authorid) REFERENCES referencedata.users(id);
ALTER TABLE referencedata.trade_item_classifications ADD FOREIGN KEY (tradeitemid) REFERENCES referencedata.trade_items(id);
ALTER TABLE referencedata.users ADD FOREIGN KEY (homefacilityid) REFERENCES referencedata.facilities(id);
ALTER TABLE requisition.available_products ADD FOREIGN KEY (requisitionid) REFERENCES requisition.requisitions(id);
ALTER TABLE requisition.available_requisition_column_options ADD FOREIGN KEY (columnid) REFERENCES requisition.available_requisition_columns(id);
ALTER TABLE requisition.available_requisition_column_sources ADD FOREIGN KEY (columnid) REFERENCES requisition.available_requisition_columns(id);
ALTER TABLE requisition.columns_maps ADD FOREIGN KEY (requisitioncolumnid) REFERENCES requisition.available_requisition_columns(id);
ALTER TABLE requisition.columns_maps ADD FOREIGN KEY (requisitioncolumnoptionid) REFERENCES requisition.available_requisition_column_options(id);
ALTER TABLE requisition.columns_maps ADD FOREIGN KEY (requisitiontemplateid) REFERENCES requisition.requisition_templates(id);
ALTER TABLE requisition.jasper_template_parameter_dependencies ADD FOREIGN KEY (parameterid) REFERENCES requisition.template_parameters(id);
ALTER TABLE requisition.jaspertemplateparameter_options ADD FOREIGN KEY (jaspertemplateparameterid) REFERENCES requisition.template_parameters(id);
ALTER TABLE requisition.previous_adjusted_consumptions ADD FOREIGN KEY (requisitionlineitemid) REFERENCES requisition.requisition_line_items(id);
ALTER TABLE requisition.rejection_reasons ADD FOREIGN KEY (rejectionreasoncategoryid) REFERENCES requisition.rejection_reason_categories(id);
ALTER TABLE requisition.rejections ADD FOREIGN KEY (rejectionreasonid) REFERENCES requisition.rejection_reasons(id);
ALTER TABLE requisition.rejections ADD FOREIGN KEY (statuschangeid) REFERENCES requisition.status_changes(id);
ALTER TABLE requisition.requisition_line_items ADD FOREIGN KEY (requisitionid) REFERENCES requisition.requisitions(id);
ALTER TABLE requisition.requisition_permission_strings ADD FOREIGN KEY (requisitionid) REFERENCES requisition.requisitions(id);
ALTER TABLE requisition.requisition_template_assignments ADD FOREIGN KEY (templateid) REFERENCES requisition.requisition_templates(id);
ALTER TABLE requisition.requisitions ADD FOREIGN KEY (templateid) REFERENCES requisition.requisition_templates(id);
ALTER TABLE requisition.requisitions_previous_requisitions ADD FOREIGN KEY (previousrequisitionid) REFERENCES requisition.requisitions(id);
ALTER TABLE requisition.requisitions_previous_requisitions ADD FOREIGN KEY (requisitionid) REFERENCES requisition.requisitions(id);
ALTER TABLE requisition.status_messages ADD FOREIGN KEY (requisitionid) REFERENCES requisition.requisitions(id);
ALTER TABLE requisition.status_messages ADD FOREIGN KEY (statuschangeid) REFERENCES requisition.status_changes(id);
ALTER TABLE requisition.stock_adjustment_reasons ADD FOREIGN KEY (requisitionid) REFERENCES requisition.requisitions(id);
ALTER TABLE requisition.stock_adjustments ADD FOREIGN KEY (requisitionlineitemid) REFERENCES requisition.requisition_line_items(id);
ALTER TABLE requisition.template_parameters ADD FOREIGN KEY (templateid) REFERENCES requisition.jasper_templates(id);
ALTER TABLE stockmanagement.calculated_stocks_on_hand ADD FOREIGN KEY (stockcardid) REFERENCES stockmanagement.stock_cards(id);
ALTER TABLE stockmanagement.physical_inventories ADD FOREIGN KEY (stockeventid) REFERENCES stockmanagement.stock_events(id);
ALTER TABLE stockmanagement.physical_inventory_line_item_adjustments ADD FOREIGN KEY (physicalinventorylineitemid) REFERENCES stockmanagement.physical_inventory_line_items(id);
ALTER TABLE stockmanagement.physical_inventory_line_item_adjustments ADD FOREIGN KEY (reasonid) REFERENCES stockmanagement.stock_card_line_item_reasons(id);
ALTER TABLE stockmanagement.physical_inventory_line_item_adjustments ADD FOREIGN KEY (stockcardlineitemid) REFERENCES stockmanagement.stock_card_line_items(id);
ALTER TABLE stockmanagement.physical_inventory_line_item_adjustments ADD FOREIGN KEY (stockeventlineitemid) REFERENCES stockmanagement.stock_event_line_items(id);
ALTER TABLE stockmanagement.physical_inventory_line_items ADD FOREIGN KEY (physicalinventoryid) REFERENCES stockmanagement.physical_inventories(id);
ALTER TABLE stockmanagement.stock_card_fields ADD FOREIGN KEY (availablestockcardfieldsid) REFERENCES stockmanagement.available_stock_card_fields(id);
ALTER TABLE stockmanagement.stock_card_fields ADD FOREIGN KEY (stockcardtemplateid) REFERENCES stockmanagement.stock_card_templates(id);
ALTER TABLE stockmanagement.stock_card_line_item_fields ADD FOREIGN KEY (availablestockcardlineitemfieldsid) REFERENCES stockmanagement.available_stock_card_line_item_fields(id);
ALTER TABLE stockmanagement.stock_card_line_item_fields ADD FOREIGN KEY (stockcardtemplateid) REFERENCES stockmanagement.stock_card_templates(id);
ALTER TABLE stockmanagement.stock_card_line_item_reason_tags ADD FOREIGN KEY (reasonid) REFERENCES stockmanagement.stock_card_line_item_reasons(id);
ALTER TABLE stockmanagement.stock_card_line_items ADD FOREIGN KEY (destinationid) REFERENCES stockmanagement.nodes(id);
ALTER TABLE stockmanagement.stock_card_line_items ADD FOREIGN KEY (origineventid) REFERENCES stockmanagement.stock_events(id);
ALTER TABLE stockmanagement.stock_card_line_items ADD FOREIGN KEY (origineventlineitemid) REFERENCES stockmanagement.stock_event_line_items(id);
ALTER TABLE stockmanagement.stock_card_line_items ADD FOREIGN KEY (reasonid) REFERENCES stockmanagement.stock_card_line_item_reasons(id);
ALTER TABLE stockmanagement.stock_card_line_items ADD FOREIGN KEY (sourceid) REFERENCES stockmanagement.nodes(id);
ALTER TABLE stockmanagement.stock_card_line_items ADD FOREIGN KEY (stockcardid) REFERENCES stockmanagement.stock_cards(id);
ALTER TABLE stockmanagement.stock_cards ADD FOREIGN KEY (origineventid) REFERENCES stockmanagement.stock_events(id);
ALTER TABLE stockmanagement.stock_event_line_items ADD FOREIGN KEY (reverseseventlineitemid) REFERENCES stockmanagement.stock_event_line_items(id);
ALTER TABLE stockmanagement.stock_event_line_items ADD FOREIGN KEY (stockeventid) REFERENCES stockmanagement.stock_events(id);
ALTER TABLE stockmanagement.valid_destination_assignments ADD FOREIGN KEY (nodeid) REFERENCES stockmanagement.nodes(id);
ALTER TABLE stockmanagement.valid_reason_assignments ADD FOREIGN KEY (reasonid) REFERENCES stockmanagement.stock_card_line_item_reasons(id);
ALTER TABLE stockmanagement.valid_source_assignments ADD FOREIGN KEY (nodeid) REFERENCES stockmanagement.nodes(id);
