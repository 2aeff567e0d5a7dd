-- DHIS2, the District Health Information Software 2 used by ministries of health for routine reporting and tracking
-- (organisation units with their levels, groups and group sets, data elements with groups, categories, category
-- options and combos, data sets with sections, registrations, input periods and lock exceptions, aggregate data
-- values and their audit, periods and period types, indicators with types and groups, validation rules, groups and
-- results, predictors, data approval levels, workflows and approvals, option sets, attributes; tracker programs with
-- stages, sections, rules and indicators, tracked entity types, attributes and instances, enrollments
-- (programinstance), events (programstageinstance) with their data values and audits, relationships, program
-- ownership, notes; users, user roles and authorities, user groups, messages and conversations, interpretations and
-- comments, documents and file resources), a consistent cut of the base schema Flyway loads into an empty database
-- (V2_30_0__Populate_dhis2_schema_if_empty_database): dhis-2/dhis-support/dhis-support-db-migration/src/main/
-- resources/org/hisp/dhis/db/base/dhis2_base_schema.sql of github.com/dhis2/dhis2-core (commit 3f8c14a, the file last
-- changed in 77e08ea), a pg_dump of the 2.30 schema; later Flyway migrations are not applied. BSD-3-Clause (we use
-- the schema's facts). Loaded into a scratch PostgreSQL 15 (schema dhis2; the one PostGIS column,
-- programstageinstance.geometry, became text) and regenerated from its catalog after the cut. Kept: 130 of its 473
-- tables with their primary keys (127; program_userroles, userroleauthorities and validationruleorganisationunitlevels
-- have none in the source), 181 unique constraints and the 330 foreign keys among them. Left out: every
-- *translations, *useraccesses, *usergroupaccesses and *attributevalues link table, the analytics favourites and
-- dashboards (chart, eventchart, eventreport, reporttable, map, mapview, dashboard and their link tables), legends,
-- colours, SMS, OAuth2, push analysis, SQL views, notification templates other than programnotificationtemplate,
-- program messages, job configuration, system and user settings, key-JSON stores, metadata versions and audits,
-- reserved values, data statistics, category/dimension link tables of favourites and other housekeeping tables; the 5
-- foreign keys from interpretation to the left-out chart, eventchart, eventreport, map and reporttable; indexes,
-- defaults and sequences. The source has no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS dhis2;

CREATE TABLE dhis2.attribute (
    attributeid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50),
    description text,
    valuetype character varying(50) NOT NULL,
    mandatory boolean NOT NULL,
    isunique boolean,
    dataelementattribute boolean NOT NULL,
    dataelementgroupattribute boolean,
    indicatorattribute boolean NOT NULL,
    indicatorgroupattribute boolean,
    datasetattribute boolean,
    organisationunitattribute boolean NOT NULL,
    organisationunitgroupattribute boolean,
    organisationunitgroupsetattribute boolean,
    userattribute boolean NOT NULL,
    usergroupattribute boolean,
    programattribute boolean,
    programstageattribute boolean,
    trackedentitytypeattribute boolean,
    trackedentityattributeattribute boolean,
    categoryoptionattribute boolean,
    categoryoptiongroupattribute boolean,
    documentattribute boolean,
    optionattribute boolean,
    optionsetattribute boolean,
    constantattribute boolean,
    legendsetattribute boolean,
    programindicatorattribute boolean,
    sqlviewattribute boolean,
    sectionattribute boolean,
    categoryoptioncomboattribute boolean,
    categoryoptiongroupsetattribute boolean,
    dataelementgroupsetattribute boolean,
    validationruleattribute boolean,
    validationrulegroupattribute boolean,
    categoryattribute boolean,
    sortorder integer,
    optionsetid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.attributevalue (
    attributevalueid integer NOT NULL,
    created timestamp without time zone,
    lastupdated timestamp without time zone,
    value text,
    attributeid integer NOT NULL
);

CREATE TABLE dhis2.categories_categoryoptions (
    categoryid integer NOT NULL,
    sort_order integer NOT NULL,
    categoryoptionid integer NOT NULL
);

CREATE TABLE dhis2.categorycombo (
    categorycomboid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    datadimensiontype character varying(255) NOT NULL,
    skiptotal boolean NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.categorycombos_categories (
    categoryid integer,
    sort_order integer NOT NULL,
    categorycomboid integer NOT NULL
);

CREATE TABLE dhis2.categorycombos_optioncombos (
    categoryoptioncomboid integer NOT NULL,
    categorycomboid integer NOT NULL
);

CREATE TABLE dhis2.categoryoption_organisationunits (
    organisationunitid integer NOT NULL,
    categoryoptionid integer NOT NULL
);

CREATE TABLE dhis2.categoryoptioncombo (
    categoryoptioncomboid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name text,
    ignoreapproval boolean
);

CREATE TABLE dhis2.categoryoptioncombos_categoryoptions (
    categoryoptioncomboid integer NOT NULL,
    categoryoptionid integer NOT NULL
);

CREATE TABLE dhis2.categoryoptiongroup (
    categoryoptiongroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50) NOT NULL,
    datadimensiontype character varying(255),
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.categoryoptiongroupmembers (
    categoryoptiongroupid integer NOT NULL,
    categoryoptionid integer NOT NULL
);

CREATE TABLE dhis2.categoryoptiongroupset (
    categoryoptiongroupsetid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    datadimension boolean NOT NULL,
    datadimensiontype character varying(255),
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.categoryoptiongroupsetmembers (
    categoryoptiongroupid integer,
    categoryoptiongroupsetid integer NOT NULL,
    sort_order integer NOT NULL
);

CREATE TABLE dhis2.completedatasetregistration (
    datasetid integer NOT NULL,
    periodid integer NOT NULL,
    sourceid integer NOT NULL,
    attributeoptioncomboid integer NOT NULL,
    date timestamp without time zone,
    storedby character varying(255)
);

CREATE TABLE dhis2.constant (
    constantid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50),
    description text,
    value double precision NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataapproval (
    dataapprovalid integer NOT NULL,
    dataapprovallevelid integer NOT NULL,
    workflowid integer NOT NULL,
    periodid integer NOT NULL,
    organisationunitid integer NOT NULL,
    attributeoptioncomboid integer NOT NULL,
    accepted boolean NOT NULL,
    created timestamp without time zone NOT NULL,
    creator integer NOT NULL
);

CREATE TABLE dhis2.dataapprovalaudit (
    dataapprovalauditid integer NOT NULL,
    levelid integer NOT NULL,
    workflowid integer NOT NULL,
    periodid integer NOT NULL,
    organisationunitid integer NOT NULL,
    attributeoptioncomboid integer NOT NULL,
    action character varying(100) NOT NULL,
    created timestamp without time zone NOT NULL,
    creator integer NOT NULL
);

CREATE TABLE dhis2.dataapprovallevel (
    dataapprovallevelid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    level integer NOT NULL,
    orgunitlevel integer NOT NULL,
    categoryoptiongroupsetid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataapprovalworkflow (
    workflowid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    periodtypeid integer NOT NULL,
    categorycomboid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataapprovalworkflowlevels (
    workflowid integer NOT NULL,
    dataapprovallevelid integer NOT NULL
);

CREATE TABLE dhis2.dataelement (
    dataelementid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50) NOT NULL,
    description text,
    formname character varying(230),
    style jsonb,
    valuetype character varying(50) NOT NULL,
    domaintype character varying(255) NOT NULL,
    aggregationtype character varying(50) NOT NULL,
    categorycomboid integer NOT NULL,
    url character varying(255),
    zeroissignificant boolean NOT NULL,
    optionsetid integer,
    commentoptionsetid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataelementcategory (
    categoryid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    datadimensiontype character varying(255) NOT NULL,
    datadimension boolean NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataelementcategoryoption (
    categoryoptionid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50),
    startdate date,
    enddate date,
    style jsonb,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataelementgroup (
    dataelementgroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50),
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataelementgroupmembers (
    dataelementid integer NOT NULL,
    dataelementgroupid integer NOT NULL
);

CREATE TABLE dhis2.dataelementgroupset (
    dataelementgroupsetid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    compulsory boolean,
    datadimension boolean NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.dataelementgroupsetmembers (
    dataelementgroupsetid integer NOT NULL,
    sort_order integer NOT NULL,
    dataelementgroupid integer NOT NULL
);

CREATE TABLE dhis2.dataelementoperand (
    dataelementoperandid integer NOT NULL,
    dataelementid integer,
    categoryoptioncomboid integer
);

CREATE TABLE dhis2.dataentryform (
    dataentryformid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(160) NOT NULL,
    style character varying(40),
    htmlcode text,
    format integer
);

CREATE TABLE dhis2.datainputperiod (
    datainputperiodid integer NOT NULL,
    periodid integer NOT NULL,
    openingdate timestamp without time zone,
    closingdate timestamp without time zone,
    datasetid integer
);

CREATE TABLE dhis2.dataset (
    datasetid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50),
    description text,
    formname text,
    style jsonb,
    periodtypeid integer NOT NULL,
    categorycomboid integer NOT NULL,
    mobile boolean NOT NULL,
    version integer,
    expirydays integer,
    timelydays integer,
    notifycompletinguser boolean,
    workflowid integer,
    openfutureperiods integer,
    fieldcombinationrequired boolean,
    validcompleteonly boolean,
    novaluerequirescomment boolean,
    skipoffline boolean,
    dataelementdecoration boolean,
    renderastabs boolean,
    renderhorizontally boolean,
    compulsoryfieldscompleteonly boolean,
    userid integer,
    publicaccess character varying(8),
    dataentryform integer,
    notificationrecipients integer
);

CREATE TABLE dhis2.datasetelement (
    datasetelementid integer NOT NULL,
    datasetid integer,
    dataelementid integer NOT NULL,
    categorycomboid integer
);

CREATE TABLE dhis2.datasetindicators (
    indicatorid integer NOT NULL,
    datasetid integer NOT NULL
);

CREATE TABLE dhis2.datasetoperands (
    datasetid integer NOT NULL,
    dataelementoperandid integer NOT NULL
);

CREATE TABLE dhis2.datasetsource (
    sourceid integer NOT NULL,
    datasetid integer NOT NULL
);

CREATE TABLE dhis2.datavalue (
    dataelementid integer NOT NULL,
    periodid integer NOT NULL,
    sourceid integer NOT NULL,
    categoryoptioncomboid integer NOT NULL,
    attributeoptioncomboid integer NOT NULL,
    value character varying(50000),
    storedby character varying(255),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    comment character varying(50000),
    followup boolean,
    deleted boolean NOT NULL
);

CREATE TABLE dhis2.datavalueaudit (
    datavalueauditid integer NOT NULL,
    dataelementid integer NOT NULL,
    periodid integer NOT NULL,
    organisationunitid integer NOT NULL,
    categoryoptioncomboid integer NOT NULL,
    attributeoptioncomboid integer NOT NULL,
    value character varying(50000),
    created timestamp without time zone,
    modifiedby character varying(100),
    audittype character varying(100) NOT NULL
);

CREATE TABLE dhis2.document (
    documentid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    url text NOT NULL,
    fileresource integer,
    external boolean NOT NULL,
    contenttype character varying(255),
    attachment boolean,
    externalaccess boolean,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.expression (
    expressionid integer NOT NULL,
    description character varying(255),
    expression text,
    slidingwindow boolean,
    missingvaluestrategy character varying(100) NOT NULL
);

CREATE TABLE dhis2.fileresource (
    fileresourceid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    contenttype character varying(255) NOT NULL,
    contentlength bigint NOT NULL,
    contentmd5 character varying(32) NOT NULL,
    storagekey character varying(1024) NOT NULL,
    isassigned boolean NOT NULL,
    storagestatus character varying(40),
    domain character varying(40),
    userid integer
);

CREATE TABLE dhis2.indicator (
    indicatorid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50) NOT NULL,
    description text,
    formname text,
    annualized boolean NOT NULL,
    decimals integer,
    indicatortypeid integer NOT NULL,
    numerator text NOT NULL,
    numeratordescription text,
    denominator text NOT NULL,
    denominatordescription text,
    url character varying(255),
    style jsonb,
    aggregateexportcategoryoptioncombo character varying(255),
    aggregateexportattributeoptioncombo character varying(255),
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.indicatorgroup (
    indicatorgroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.indicatorgroupmembers (
    indicatorid integer NOT NULL,
    indicatorgroupid integer NOT NULL
);

CREATE TABLE dhis2.indicatorgroupset (
    indicatorgroupsetid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    compulsory boolean,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.indicatorgroupsetmembers (
    indicatorgroupid integer NOT NULL,
    indicatorgroupsetid integer NOT NULL,
    sort_order integer NOT NULL
);

CREATE TABLE dhis2.indicatortype (
    indicatortypeid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    indicatorfactor integer NOT NULL,
    indicatornumber boolean
);

CREATE TABLE dhis2.intepretation_likedby (
    interpretationid integer NOT NULL,
    userid integer NOT NULL
);

CREATE TABLE dhis2.interpretation (
    interpretationid integer NOT NULL,
    uid character varying(11) NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    reporttableid integer,
    chartid integer,
    mapid integer,
    eventreportid integer,
    eventchartid integer,
    datasetid integer,
    periodid integer,
    organisationunitid integer,
    interpretationtext text,
    created timestamp without time zone NOT NULL,
    likes integer,
    userid integer,
    publicaccess character varying(8),
    mentions jsonb
);

CREATE TABLE dhis2.interpretation_comments (
    interpretationid integer NOT NULL,
    sort_order integer NOT NULL,
    interpretationcommentid integer NOT NULL
);

CREATE TABLE dhis2.interpretationcomment (
    interpretationcommentid integer NOT NULL,
    uid character varying(11),
    lastupdated timestamp without time zone NOT NULL,
    commenttext text,
    mentions jsonb,
    userid integer NOT NULL,
    created timestamp without time zone NOT NULL
);

CREATE TABLE dhis2.lockexception (
    lockexceptionid integer NOT NULL,
    organisationunitid integer,
    periodid integer,
    datasetid integer
);

CREATE TABLE dhis2.message (
    messageid integer NOT NULL,
    uid character varying(11),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    messagetext text,
    internal boolean,
    metadata character varying(255),
    userid integer
);

CREATE TABLE dhis2.messageconversation (
    messageconversationid integer NOT NULL,
    uid character varying(11),
    messagecount integer,
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    subject character varying(255) NOT NULL,
    messagetype character varying(255) NOT NULL,
    priority character varying(255),
    status character varying(255),
    user_assigned integer,
    lastsenderid integer,
    lastmessage timestamp without time zone,
    userid integer
);

CREATE TABLE dhis2.messageconversation_messages (
    messageconversationid integer NOT NULL,
    sort_order integer NOT NULL,
    messageid integer NOT NULL
);

CREATE TABLE dhis2.messageconversation_usermessages (
    messageconversationid integer NOT NULL,
    usermessageid integer NOT NULL
);

CREATE TABLE dhis2.minmaxdataelement (
    minmaxdataelementid integer NOT NULL,
    sourceid integer,
    dataelementid integer,
    categoryoptioncomboid integer,
    minimumvalue integer NOT NULL,
    maximumvalue integer NOT NULL,
    generatedvalue boolean NOT NULL
);

CREATE TABLE dhis2.optiongroup (
    optiongroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50) NOT NULL,
    optionsetid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.optiongroupmembers (
    optiongroupid integer NOT NULL,
    optionid integer NOT NULL
);

CREATE TABLE dhis2.optionset (
    optionsetid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    valuetype character varying(50) NOT NULL,
    version integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.optionvalue (
    optionvalueid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(230) NOT NULL,
    name character varying(230) NOT NULL,
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    sort_order integer,
    description text,
    formname text,
    style jsonb,
    optionsetid integer
);

CREATE TABLE dhis2.organisationunit (
    organisationunitid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50) NOT NULL,
    parentid integer,
    path character varying(255),
    hierarchylevel integer,
    description text,
    openingdate date NOT NULL,
    closeddate date,
    comment text,
    featuretype character varying(50),
    coordinates text,
    url character varying(255),
    contactperson character varying(255),
    address character varying(255),
    email character varying(150),
    phonenumber character varying(150),
    userid integer
);

CREATE TABLE dhis2.orgunitgroup (
    orgunitgroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50),
    symbol character varying(255),
    color character varying(255),
    coordinates text,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.orgunitgroupmembers (
    organisationunitid integer NOT NULL,
    orgunitgroupid integer NOT NULL
);

CREATE TABLE dhis2.orgunitgroupset (
    orgunitgroupsetid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    compulsory boolean NOT NULL,
    includesubhierarchyinanalytics boolean,
    datadimension boolean NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.orgunitgroupsetmembers (
    orgunitgroupsetid integer NOT NULL,
    orgunitgroupid integer NOT NULL
);

CREATE TABLE dhis2.orgunitlevel (
    orgunitlevelid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    level integer NOT NULL,
    offlinelevels integer
);

CREATE TABLE dhis2.period (
    periodid integer NOT NULL,
    periodtypeid integer,
    startdate date NOT NULL,
    enddate date NOT NULL
);

CREATE TABLE dhis2.periodtype (
    periodtypeid integer NOT NULL,
    name character varying(50) NOT NULL
);

CREATE TABLE dhis2.predictor (
    predictorid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    generatorexpressionid integer NOT NULL,
    generatoroutput integer NOT NULL,
    generatoroutputcombo integer,
    skiptestexpressionid integer,
    periodtypeid integer NOT NULL,
    sequentialsamplecount integer NOT NULL,
    annualsamplecount integer NOT NULL,
    sequentialskipcount integer
);

CREATE TABLE dhis2.program (
    programid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50) NOT NULL,
    description text,
    formname text,
    version integer,
    enrollmentdatelabel text,
    incidentdatelabel text,
    type character varying(255) NOT NULL,
    displayincidentdate boolean,
    onlyenrollonce boolean,
    skipoffline boolean NOT NULL,
    displayfrontpagelist boolean,
    usefirststageduringregistration boolean,
    capturecoordinates boolean,
    expirydays integer,
    completeeventsexpirydays integer,
    minattributesrequiredtosearch integer,
    maxteicounttoreturn integer,
    style jsonb,
    accesslevel character varying(100),
    expiryperiodtypeid integer,
    ignoreoverdueevents boolean,
    selectenrollmentdatesinfuture boolean,
    selectincidentdatesinfuture boolean,
    relatedprogramid integer,
    categorycomboid integer NOT NULL,
    trackedentitytypeid integer,
    dataentryformid integer,
    workflowid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.program_attribute_group (
    programtrackedentityattributegroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(255),
    description text,
    uniqunessype bytea NOT NULL
);

CREATE TABLE dhis2.program_attributes (
    programtrackedentityattributeid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    programid integer,
    trackedentityattributeid integer,
    displayinlist boolean,
    mandatory boolean,
    sort_order integer,
    allowfuturedate boolean,
    renderoptionsasradio boolean,
    rendertype jsonb,
    searchable boolean
);

CREATE TABLE dhis2.program_organisationunits (
    organisationunitid integer NOT NULL,
    programid integer NOT NULL
);

CREATE TABLE dhis2.program_userroles (
    programid integer,
    userroleid integer NOT NULL
);

CREATE TABLE dhis2.programindicator (
    programindicatorid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50) NOT NULL,
    description text,
    formname text,
    style jsonb,
    programid integer NOT NULL,
    expression text,
    filter text,
    aggregationtype character varying(40),
    decimals integer,
    aggregateexportcategoryoptioncombo character varying(255),
    aggregateexportattributeoptioncombo character varying(255),
    displayinform boolean,
    analyticstype character varying(15) NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.programindicatorgroup (
    programindicatorgroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.programindicatorgroupmembers (
    programindicatorid integer NOT NULL,
    programindicatorgroupid integer NOT NULL
);

CREATE TABLE dhis2.programinstance (
    programinstanceid integer NOT NULL,
    uid character varying(11),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    createdatclient timestamp without time zone,
    lastupdatedatclient timestamp without time zone,
    incidentdate timestamp without time zone,
    enrollmentdate timestamp without time zone NOT NULL,
    enddate timestamp without time zone,
    followup boolean,
    completedby character varying(255),
    longitude double precision,
    latitude double precision,
    deleted boolean NOT NULL,
    storedby character varying(255),
    status character varying(50),
    trackedentityinstanceid integer,
    programid integer NOT NULL,
    organisationunitid integer
);

CREATE TABLE dhis2.programinstance_messageconversation (
    programinstanceid integer NOT NULL,
    sort_order integer NOT NULL,
    messageconversationid integer NOT NULL
);

CREATE TABLE dhis2.programinstancecomments (
    programinstanceid integer NOT NULL,
    sort_order integer NOT NULL,
    trackedentitycommentid integer NOT NULL
);

CREATE TABLE dhis2.programnotificationtemplate (
    programnotificationtemplateid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    relativescheduleddays integer,
    usergroupid integer,
    trackedentityattributeid integer,
    dataelementid integer,
    subjecttemplate character varying(100),
    messagetemplate text NOT NULL,
    notifyparentorganisationunitonly boolean,
    notifyusersinhierarchyonly boolean,
    notificationtrigger character varying(255),
    notificationrecipienttype character varying(255),
    programstageid integer,
    programid integer
);

CREATE TABLE dhis2.programownershiphistory (
    programownershiphistoryid integer NOT NULL,
    programid integer,
    trackedentityinstanceid integer,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    createdby character varying(255)
);

CREATE TABLE dhis2.programrule (
    programruleid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description character varying(255),
    programid integer NOT NULL,
    programstageid integer,
    rulecondition text,
    priority integer
);

CREATE TABLE dhis2.programruleaction (
    programruleactionid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    programruleid integer,
    actiontype character varying(255) NOT NULL,
    dataelementid integer,
    trackedentityattributeid integer,
    programindicatorid integer,
    programstagesectionid integer,
    programstageid integer,
    programnotificationtemplateid integer,
    optionid integer,
    optiongroupid integer,
    location character varying(255),
    content text,
    data text
);

CREATE TABLE dhis2.programrulevariable (
    programrulevariableid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    programid integer NOT NULL,
    sourcetype character varying(255) NOT NULL,
    trackedentityattributeid integer,
    dataelementid integer,
    usecodeforoptionset boolean,
    programstageid integer
);

CREATE TABLE dhis2.programsection (
    programsectionid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    formname text,
    style jsonb,
    rendertype jsonb,
    programid integer,
    sortorder integer NOT NULL
);

CREATE TABLE dhis2.programsection_attributes (
    programsectionid integer NOT NULL,
    sort_order integer NOT NULL,
    trackedentityattributeid integer NOT NULL
);

CREATE TABLE dhis2.programstage (
    programstageid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230),
    description text,
    formname text,
    mindaysfromstart integer NOT NULL,
    programid integer,
    repeatable boolean NOT NULL,
    dataentryformid integer,
    standardinterval integer,
    executiondatelabel character varying(255),
    duedatelabel character varying(255),
    autogenerateevent boolean,
    validcompleteonly boolean,
    displaygenerateeventbox boolean,
    generatedbyenrollmentdate boolean,
    blockentryform boolean,
    remindcompleted boolean,
    allowgeneratenextvisit boolean,
    openafterenrollment boolean,
    reportdatetouse character varying(255),
    pregenerateuid boolean,
    style jsonb,
    hideduedate boolean,
    sort_order integer,
    featuretype character varying(255),
    periodtypeid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.programstagedataelement (
    programstagedataelementid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    programstageid integer,
    dataelementid integer,
    compulsory boolean NOT NULL,
    allowprovidedelsewhere boolean,
    sort_order integer,
    displayinreports boolean,
    allowfuturedate boolean,
    renderoptionsasradio boolean,
    rendertype jsonb,
    skipsynchronization boolean NOT NULL
);

CREATE TABLE dhis2.programstageinstance (
    programstageinstanceid integer NOT NULL,
    uid character varying(11),
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    createdatclient timestamp without time zone,
    lastupdatedatclient timestamp without time zone,
    lastsynchronized timestamp without time zone NOT NULL,
    programinstanceid integer NOT NULL,
    programstageid integer NOT NULL,
    attributeoptioncomboid integer,
    deleted boolean NOT NULL,
    storedby character varying(255),
    duedate timestamp without time zone,
    executiondate timestamp without time zone,
    organisationunitid integer,
    status character varying(25) NOT NULL,
    completedby character varying(255),
    completeddate timestamp without time zone,
    geometry text
);

CREATE TABLE dhis2.programstageinstance_messageconversation (
    programstageinstanceid integer NOT NULL,
    sort_order integer NOT NULL,
    messageconversationid integer NOT NULL
);

CREATE TABLE dhis2.programstageinstancecomments (
    programstageinstanceid integer NOT NULL,
    sort_order integer NOT NULL,
    trackedentitycommentid integer NOT NULL
);

CREATE TABLE dhis2.programstagesection (
    programstagesectionid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    formname text,
    style jsonb,
    rendertype jsonb,
    programstageid integer,
    sortorder integer NOT NULL
);

CREATE TABLE dhis2.programstagesection_dataelements (
    programstagesectionid integer NOT NULL,
    sort_order integer NOT NULL,
    dataelementid integer NOT NULL
);

CREATE TABLE dhis2.programstagesection_programindicators (
    programstagesectionid integer NOT NULL,
    sort_order integer NOT NULL,
    programindicatorid integer NOT NULL
);

CREATE TABLE dhis2.programtrackedentityattributegroupmembers (
    programtrackedentityattributeid integer NOT NULL,
    programtrackedentityattributegroupid integer NOT NULL
);

CREATE TABLE dhis2.relationship (
    relationshipid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    formname text,
    description text,
    style jsonb,
    relationshiptypeid integer NOT NULL,
    from_relationshipitemid integer,
    to_relationshipitemid integer
);

CREATE TABLE dhis2.relationshipconstraint (
    relationshipconstraintid integer NOT NULL,
    entity character varying(255),
    trackedentitytypeid integer,
    programid integer,
    programstageid integer
);

CREATE TABLE dhis2.relationshipitem (
    relationshipitemid integer NOT NULL,
    relationshipid integer,
    trackedentityinstanceid integer,
    programinstanceid integer,
    programstageinstanceid integer
);

CREATE TABLE dhis2.relationshiptype (
    relationshiptypeid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description character varying(255),
    from_relationshipconstraintid integer,
    to_relationshipconstraintid integer,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.section (
    sectionid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    datasetid integer NOT NULL,
    sortorder integer NOT NULL,
    showrowtotals boolean,
    showcolumntotals boolean
);

CREATE TABLE dhis2.sectiondataelements (
    sectionid integer NOT NULL,
    sort_order integer NOT NULL,
    dataelementid integer NOT NULL
);

CREATE TABLE dhis2.sectiongreyedfields (
    sectionid integer NOT NULL,
    dataelementoperandid integer NOT NULL
);

CREATE TABLE dhis2.sectionindicators (
    sectionid integer NOT NULL,
    sort_order integer NOT NULL,
    indicatorid integer NOT NULL
);

CREATE TABLE dhis2.trackedentityattribute (
    trackedentityattributeid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    shortname character varying(50),
    description text,
    formname text,
    valuetype character varying(36) NOT NULL,
    aggregationtype character varying(40) NOT NULL,
    optionsetid integer,
    inherit boolean,
    expression character varying(255),
    displayonvisitschedule boolean,
    sortorderinvisitschedule integer,
    displayinlistnoprogram boolean,
    sortorderinlistnoprogram integer,
    confidential boolean,
    uniquefield boolean,
    generated boolean,
    pattern character varying(255),
    textpattern jsonb,
    style jsonb,
    orgunitscope boolean,
    programscope boolean,
    skipsynchronization boolean NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.trackedentityattributevalue (
    trackedentityinstanceid integer NOT NULL,
    trackedentityattributeid integer NOT NULL,
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    value character varying(50000),
    encryptedvalue character varying(50000),
    storedby character varying(255)
);

CREATE TABLE dhis2.trackedentityattributevalueaudit (
    trackedentityattributevalueauditid integer NOT NULL,
    trackedentityinstanceid integer,
    trackedentityattributeid integer,
    value character varying(50000),
    encryptedvalue character varying(50000),
    created timestamp without time zone,
    modifiedby character varying(255),
    audittype character varying(100) NOT NULL
);

CREATE TABLE dhis2.trackedentitycomment (
    trackedentitycommentid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    commenttext text,
    creator character varying(255)
);

CREATE TABLE dhis2.trackedentitydatavalue (
    programstageinstanceid integer NOT NULL,
    dataelementid integer NOT NULL,
    value character varying(50000),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    providedelsewhere boolean,
    storedby character varying(255)
);

CREATE TABLE dhis2.trackedentitydatavalueaudit (
    trackedentitydatavalueauditid integer NOT NULL,
    programstageinstanceid integer,
    dataelementid integer,
    value character varying(50000),
    created timestamp without time zone,
    providedelsewhere boolean,
    modifiedby character varying(255),
    audittype character varying(100) NOT NULL
);

CREATE TABLE dhis2.trackedentityinstance (
    trackedentityinstanceid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    createdatclient timestamp without time zone,
    lastupdatedatclient timestamp without time zone,
    inactive boolean,
    deleted boolean NOT NULL,
    lastsynchronized timestamp without time zone NOT NULL,
    featuretype character varying(50),
    coordinates text,
    representativeid integer,
    organisationunitid integer NOT NULL,
    trackedentitytypeid integer
);

CREATE TABLE dhis2.trackedentityprogramowner (
    trackedentityprogramownerid integer NOT NULL,
    trackedentityinstanceid integer,
    programid integer NOT NULL,
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    organisationunitid integer,
    createdby character varying(255) NOT NULL
);

CREATE TABLE dhis2.trackedentitytype (
    trackedentitytypeid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    formname text,
    style jsonb,
    minattributesrequiredtosearch integer,
    maxteicounttoreturn integer,
    allowauditlog boolean,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.trackedentitytypeattribute (
    trackedentitytypeattributeid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    trackedentitytypeid integer,
    trackedentityattributeid integer,
    displayinlist boolean,
    mandatory boolean,
    searchable boolean,
    sort_order integer
);

CREATE TABLE dhis2.userdatavieworgunits (
    userinfoid integer NOT NULL,
    organisationunitid integer NOT NULL
);

CREATE TABLE dhis2.usergroup (
    usergroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.usergroupmembers (
    userid integer NOT NULL,
    usergroupid integer NOT NULL
);

CREATE TABLE dhis2.userinfo (
    userinfoid integer NOT NULL,
    uid character varying(11),
    code character varying(50),
    lastupdated timestamp without time zone NOT NULL,
    created timestamp without time zone NOT NULL,
    surname character varying(160) NOT NULL,
    firstname character varying(160) NOT NULL,
    email character varying(160),
    phonenumber character varying(80),
    jobtitle character varying(160),
    introduction text,
    gender character varying(50),
    birthday date,
    nationality character varying(160),
    employer character varying(160),
    education text,
    interests text,
    languages text,
    welcomemessage text,
    lastcheckedinterpretations timestamp without time zone
);

CREATE TABLE dhis2.usermembership (
    organisationunitid integer NOT NULL,
    userinfoid integer NOT NULL
);

CREATE TABLE dhis2.usermessage (
    usermessageid integer NOT NULL,
    usermessagekey character varying(255),
    userid integer NOT NULL,
    isread boolean NOT NULL,
    isfollowup boolean
);

CREATE TABLE dhis2.userrole (
    userroleid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description character varying(255),
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.userroleauthorities (
    userroleid integer NOT NULL,
    authority character varying(255)
);

CREATE TABLE dhis2.userrolemembers (
    userroleid integer NOT NULL,
    userid integer NOT NULL
);

CREATE TABLE dhis2.users (
    userid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    creatoruserid integer,
    username character varying(255) NOT NULL,
    password character varying(60),
    secret text NOT NULL,
    twofa boolean NOT NULL,
    externalauth boolean,
    openid text,
    ldapid text,
    passwordlastupdated timestamp without time zone,
    lastlogin timestamp without time zone,
    restoretoken character varying(255),
    restorecode character varying(255),
    restoreexpiry timestamp without time zone,
    selfregistered boolean,
    invitation boolean,
    disabled boolean
);

CREATE TABLE dhis2.userteisearchorgunits (
    userinfoid integer NOT NULL,
    organisationunitid integer NOT NULL
);

CREATE TABLE dhis2.validationresult (
    validationresultid integer NOT NULL,
    created timestamp without time zone NOT NULL,
    leftsidevalue double precision,
    rightsidevalue double precision,
    validationruleid integer,
    periodid integer,
    organisationunitid integer,
    attributeoptioncomboid integer,
    dayinperiod integer,
    notificationsent boolean
);

CREATE TABLE dhis2.validationrule (
    validationruleid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    instruction text,
    importance character varying(50),
    operator character varying(255) NOT NULL,
    leftexpressionid integer NOT NULL,
    rightexpressionid integer NOT NULL,
    skipformvalidation boolean,
    periodtypeid integer NOT NULL,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.validationrulegroup (
    validationrulegroupid integer NOT NULL,
    uid character varying(11) NOT NULL,
    code character varying(50),
    created timestamp without time zone NOT NULL,
    lastupdated timestamp without time zone NOT NULL,
    lastupdatedby integer,
    name character varying(230) NOT NULL,
    description text,
    userid integer,
    publicaccess character varying(8)
);

CREATE TABLE dhis2.validationrulegroupmembers (
    validationgroupid integer NOT NULL,
    validationruleid integer NOT NULL
);

CREATE TABLE dhis2.validationruleorganisationunitlevels (
    validationruleid integer NOT NULL,
    organisationunitlevel integer
);

ALTER TABLE ONLY dhis2.attribute
    ADD CONSTRAINT attribute_pkey PRIMARY KEY (attributeid);

ALTER TABLE ONLY dhis2.attributevalue
    ADD CONSTRAINT attributevalue_pkey PRIMARY KEY (attributevalueid);

ALTER TABLE ONLY dhis2.categories_categoryoptions
    ADD CONSTRAINT categories_categoryoptions_pkey PRIMARY KEY (categoryid, sort_order);

ALTER TABLE ONLY dhis2.categorycombo
    ADD CONSTRAINT categorycombo_pkey PRIMARY KEY (categorycomboid);

ALTER TABLE ONLY dhis2.categorycombos_categories
    ADD CONSTRAINT categorycombos_categories_pkey PRIMARY KEY (categorycomboid, sort_order);

ALTER TABLE ONLY dhis2.categorycombos_optioncombos
    ADD CONSTRAINT categorycombos_optioncombos_pkey PRIMARY KEY (categoryoptioncomboid);

ALTER TABLE ONLY dhis2.categoryoption_organisationunits
    ADD CONSTRAINT categoryoption_organisationunits_pkey PRIMARY KEY (categoryoptionid, organisationunitid);

ALTER TABLE ONLY dhis2.categoryoptioncombo
    ADD CONSTRAINT categoryoptioncombo_pkey PRIMARY KEY (categoryoptioncomboid);

ALTER TABLE ONLY dhis2.categoryoptioncombos_categoryoptions
    ADD CONSTRAINT categoryoptioncombos_categoryoptions_pkey PRIMARY KEY (categoryoptioncomboid, categoryoptionid);

ALTER TABLE ONLY dhis2.categoryoptiongroup
    ADD CONSTRAINT categoryoptiongroup_pkey PRIMARY KEY (categoryoptiongroupid);

ALTER TABLE ONLY dhis2.categoryoptiongroupmembers
    ADD CONSTRAINT categoryoptiongroupmembers_pkey PRIMARY KEY (categoryoptiongroupid, categoryoptionid);

ALTER TABLE ONLY dhis2.categoryoptiongroupset
    ADD CONSTRAINT categoryoptiongroupset_pkey PRIMARY KEY (categoryoptiongroupsetid);

ALTER TABLE ONLY dhis2.categoryoptiongroupsetmembers
    ADD CONSTRAINT categoryoptiongroupsetmembers_pkey PRIMARY KEY (categoryoptiongroupsetid, sort_order);

ALTER TABLE ONLY dhis2.completedatasetregistration
    ADD CONSTRAINT completedatasetregistration_pkey PRIMARY KEY (datasetid, periodid, sourceid, attributeoptioncomboid);

ALTER TABLE ONLY dhis2.constant
    ADD CONSTRAINT constant_pkey PRIMARY KEY (constantid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT dataapproval_pkey PRIMARY KEY (dataapprovalid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT dataapproval_unique_key UNIQUE (dataapprovallevelid, workflowid, periodid, organisationunitid, attributeoptioncomboid);

ALTER TABLE ONLY dhis2.dataapprovalaudit
    ADD CONSTRAINT dataapprovalaudit_pkey PRIMARY KEY (dataapprovalauditid);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT dataapprovallevel_pkey PRIMARY KEY (dataapprovallevelid);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT dataapprovalworkflow_pkey PRIMARY KEY (workflowid);

ALTER TABLE ONLY dhis2.dataapprovalworkflowlevels
    ADD CONSTRAINT dataapprovalworkflowlevels_pkey PRIMARY KEY (workflowid, dataapprovallevelid);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT dataelement_code_key UNIQUE (code);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT dataelement_pkey PRIMARY KEY (dataelementid);

ALTER TABLE ONLY dhis2.dataelementcategory
    ADD CONSTRAINT dataelementcategory_pkey PRIMARY KEY (categoryid);

ALTER TABLE ONLY dhis2.dataelementcategoryoption
    ADD CONSTRAINT dataelementcategoryoption_pkey PRIMARY KEY (categoryoptionid);

ALTER TABLE ONLY dhis2.dataelementgroup
    ADD CONSTRAINT dataelementgroup_pkey PRIMARY KEY (dataelementgroupid);

ALTER TABLE ONLY dhis2.dataelementgroupmembers
    ADD CONSTRAINT dataelementgroupmembers_pkey PRIMARY KEY (dataelementgroupid, dataelementid);

ALTER TABLE ONLY dhis2.dataelementgroupset
    ADD CONSTRAINT dataelementgroupset_pkey PRIMARY KEY (dataelementgroupsetid);

ALTER TABLE ONLY dhis2.dataelementgroupsetmembers
    ADD CONSTRAINT dataelementgroupsetmembers_pkey PRIMARY KEY (dataelementgroupsetid, sort_order);

ALTER TABLE ONLY dhis2.dataelementoperand
    ADD CONSTRAINT dataelementoperand_pkey PRIMARY KEY (dataelementoperandid);

ALTER TABLE ONLY dhis2.dataentryform
    ADD CONSTRAINT dataentryform_pkey PRIMARY KEY (dataentryformid);

ALTER TABLE ONLY dhis2.datainputperiod
    ADD CONSTRAINT datainputperiod_pkey PRIMARY KEY (datainputperiodid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT dataset_pkey PRIMARY KEY (datasetid);

ALTER TABLE ONLY dhis2.datasetelement
    ADD CONSTRAINT datasetelement_pkey PRIMARY KEY (datasetelementid);

ALTER TABLE ONLY dhis2.datasetelement
    ADD CONSTRAINT datasetelement_unique_key UNIQUE (datasetid, dataelementid);

ALTER TABLE ONLY dhis2.datasetindicators
    ADD CONSTRAINT datasetindicators_pkey PRIMARY KEY (datasetid, indicatorid);

ALTER TABLE ONLY dhis2.datasetoperands
    ADD CONSTRAINT datasetoperands_pkey PRIMARY KEY (datasetid, dataelementoperandid);

ALTER TABLE ONLY dhis2.datasetsource
    ADD CONSTRAINT datasetsource_pkey PRIMARY KEY (datasetid, sourceid);

ALTER TABLE ONLY dhis2.datavalue
    ADD CONSTRAINT datavalue_pkey PRIMARY KEY (dataelementid, periodid, sourceid, categoryoptioncomboid, attributeoptioncomboid);

ALTER TABLE ONLY dhis2.datavalueaudit
    ADD CONSTRAINT datavalueaudit_pkey PRIMARY KEY (datavalueauditid);

ALTER TABLE ONLY dhis2.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (documentid);

ALTER TABLE ONLY dhis2.expression
    ADD CONSTRAINT expression_pkey PRIMARY KEY (expressionid);

ALTER TABLE ONLY dhis2.fileresource
    ADD CONSTRAINT fileresource_pkey PRIMARY KEY (fileresourceid);

ALTER TABLE ONLY dhis2.indicator
    ADD CONSTRAINT indicator_code_key UNIQUE (code);

ALTER TABLE ONLY dhis2.indicator
    ADD CONSTRAINT indicator_pkey PRIMARY KEY (indicatorid);

ALTER TABLE ONLY dhis2.indicatorgroup
    ADD CONSTRAINT indicatorgroup_pkey PRIMARY KEY (indicatorgroupid);

ALTER TABLE ONLY dhis2.indicatorgroupmembers
    ADD CONSTRAINT indicatorgroupmembers_pkey PRIMARY KEY (indicatorgroupid, indicatorid);

ALTER TABLE ONLY dhis2.indicatorgroupset
    ADD CONSTRAINT indicatorgroupset_pkey PRIMARY KEY (indicatorgroupsetid);

ALTER TABLE ONLY dhis2.indicatorgroupsetmembers
    ADD CONSTRAINT indicatorgroupsetmembers_pkey PRIMARY KEY (indicatorgroupsetid, sort_order);

ALTER TABLE ONLY dhis2.indicatortype
    ADD CONSTRAINT indicatortype_pkey PRIMARY KEY (indicatortypeid);

ALTER TABLE ONLY dhis2.intepretation_likedby
    ADD CONSTRAINT intepretation_likedby_pkey PRIMARY KEY (interpretationid, userid);

ALTER TABLE ONLY dhis2.interpretation_comments
    ADD CONSTRAINT interpretation_comments_pkey PRIMARY KEY (interpretationid, sort_order);

ALTER TABLE ONLY dhis2.interpretation
    ADD CONSTRAINT interpretation_pkey PRIMARY KEY (interpretationid);

ALTER TABLE ONLY dhis2.interpretationcomment
    ADD CONSTRAINT interpretationcomment_pkey PRIMARY KEY (interpretationcommentid);

ALTER TABLE ONLY dhis2.section
    ADD CONSTRAINT key_sectionnamedataset UNIQUE (name, datasetid);

ALTER TABLE ONLY dhis2.lockexception
    ADD CONSTRAINT lockexception_pkey PRIMARY KEY (lockexceptionid);

ALTER TABLE ONLY dhis2.message
    ADD CONSTRAINT message_pkey PRIMARY KEY (messageid);

ALTER TABLE ONLY dhis2.messageconversation_messages
    ADD CONSTRAINT messageconversation_messages_pkey PRIMARY KEY (messageconversationid, sort_order);

ALTER TABLE ONLY dhis2.messageconversation
    ADD CONSTRAINT messageconversation_pkey PRIMARY KEY (messageconversationid);

ALTER TABLE ONLY dhis2.messageconversation_usermessages
    ADD CONSTRAINT messageconversation_usermessages_pkey PRIMARY KEY (messageconversationid, usermessageid);

ALTER TABLE ONLY dhis2.minmaxdataelement
    ADD CONSTRAINT minmaxdataelement_pkey PRIMARY KEY (minmaxdataelementid);

ALTER TABLE ONLY dhis2.minmaxdataelement
    ADD CONSTRAINT minmaxdataelement_unique_key UNIQUE (sourceid, dataelementid, categoryoptioncomboid);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT optiongroup_pkey PRIMARY KEY (optiongroupid);

ALTER TABLE ONLY dhis2.optiongroupmembers
    ADD CONSTRAINT optiongroupmembers_pkey PRIMARY KEY (optiongroupid, optionid);

ALTER TABLE ONLY dhis2.optionset
    ADD CONSTRAINT optionset_pkey PRIMARY KEY (optionsetid);

ALTER TABLE ONLY dhis2.optionvalue
    ADD CONSTRAINT optionvalue_pkey PRIMARY KEY (optionvalueid);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT organisationunit_code_key UNIQUE (code);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT organisationunit_pkey PRIMARY KEY (organisationunitid);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT orgunitgroup_name_key UNIQUE (name);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT orgunitgroup_pkey PRIMARY KEY (orgunitgroupid);

ALTER TABLE ONLY dhis2.orgunitgroupmembers
    ADD CONSTRAINT orgunitgroupmembers_pkey PRIMARY KEY (orgunitgroupid, organisationunitid);

ALTER TABLE ONLY dhis2.orgunitgroupset
    ADD CONSTRAINT orgunitgroupset_name_key UNIQUE (name);

ALTER TABLE ONLY dhis2.orgunitgroupset
    ADD CONSTRAINT orgunitgroupset_pkey PRIMARY KEY (orgunitgroupsetid);

ALTER TABLE ONLY dhis2.orgunitgroupsetmembers
    ADD CONSTRAINT orgunitgroupsetmembers_pkey PRIMARY KEY (orgunitgroupsetid, orgunitgroupid);

ALTER TABLE ONLY dhis2.orgunitlevel
    ADD CONSTRAINT orgunitlevel_pkey PRIMARY KEY (orgunitlevelid);

ALTER TABLE ONLY dhis2.period
    ADD CONSTRAINT period_pkey PRIMARY KEY (periodid);

ALTER TABLE ONLY dhis2.periodtype
    ADD CONSTRAINT periodtype_pkey PRIMARY KEY (periodtypeid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT predictor_pkey PRIMARY KEY (predictorid);

ALTER TABLE ONLY dhis2.program_attribute_group
    ADD CONSTRAINT program_attribute_group_pkey PRIMARY KEY (programtrackedentityattributegroupid);

ALTER TABLE ONLY dhis2.program_attributes
    ADD CONSTRAINT program_attributes_pkey PRIMARY KEY (programtrackedentityattributeid);

ALTER TABLE ONLY dhis2.program_organisationunits
    ADD CONSTRAINT program_organisationunits_pkey PRIMARY KEY (programid, organisationunitid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT program_pkey PRIMARY KEY (programid);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT programindicator_pkey PRIMARY KEY (programindicatorid);

ALTER TABLE ONLY dhis2.programindicatorgroup
    ADD CONSTRAINT programindicatorgroup_pkey PRIMARY KEY (programindicatorgroupid);

ALTER TABLE ONLY dhis2.programindicatorgroupmembers
    ADD CONSTRAINT programindicatorgroupmembers_pkey PRIMARY KEY (programindicatorgroupid, programindicatorid);

ALTER TABLE ONLY dhis2.programinstance_messageconversation
    ADD CONSTRAINT programinstance_messageconversation_pkey PRIMARY KEY (programinstanceid, sort_order);

ALTER TABLE ONLY dhis2.programinstance
    ADD CONSTRAINT programinstance_pkey PRIMARY KEY (programinstanceid);

ALTER TABLE ONLY dhis2.programinstancecomments
    ADD CONSTRAINT programinstancecomments_pkey PRIMARY KEY (programinstanceid, sort_order);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT programnotificationtemplate_pkey PRIMARY KEY (programnotificationtemplateid);

ALTER TABLE ONLY dhis2.programownershiphistory
    ADD CONSTRAINT programownershiphistory_pkey PRIMARY KEY (programownershiphistoryid);

ALTER TABLE ONLY dhis2.programrule
    ADD CONSTRAINT programrule_pkey PRIMARY KEY (programruleid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT programruleaction_pkey PRIMARY KEY (programruleactionid);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT programrulevariable_pkey PRIMARY KEY (programrulevariableid);

ALTER TABLE ONLY dhis2.programsection_attributes
    ADD CONSTRAINT programsection_attributes_pkey PRIMARY KEY (programsectionid, sort_order);

ALTER TABLE ONLY dhis2.programsection
    ADD CONSTRAINT programsection_pkey PRIMARY KEY (programsectionid);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT programstage_pkey PRIMARY KEY (programstageid);

ALTER TABLE ONLY dhis2.programstagedataelement
    ADD CONSTRAINT programstagedataelement_pkey PRIMARY KEY (programstagedataelementid);

ALTER TABLE ONLY dhis2.programstagedataelement
    ADD CONSTRAINT programstagedataelement_unique_key UNIQUE (programstageid, dataelementid);

ALTER TABLE ONLY dhis2.programstageinstance_messageconversation
    ADD CONSTRAINT programstageinstance_messageconversation_pkey PRIMARY KEY (programstageinstanceid, sort_order);

ALTER TABLE ONLY dhis2.programstageinstance
    ADD CONSTRAINT programstageinstance_pkey PRIMARY KEY (programstageinstanceid);

ALTER TABLE ONLY dhis2.programstageinstancecomments
    ADD CONSTRAINT programstageinstancecomments_pkey PRIMARY KEY (programstageinstanceid, sort_order);

ALTER TABLE ONLY dhis2.programstagesection_dataelements
    ADD CONSTRAINT programstagesection_dataelements_pkey PRIMARY KEY (programstagesectionid, sort_order);

ALTER TABLE ONLY dhis2.programstagesection
    ADD CONSTRAINT programstagesection_pkey PRIMARY KEY (programstagesectionid);

ALTER TABLE ONLY dhis2.programstagesection_programindicators
    ADD CONSTRAINT programstagesection_programindicators_pkey PRIMARY KEY (programstagesectionid, sort_order);

ALTER TABLE ONLY dhis2.program_attributes
    ADD CONSTRAINT programtrackedentityattribute_unique_key UNIQUE (programid, trackedentityattributeid);

ALTER TABLE ONLY dhis2.programtrackedentityattributegroupmembers
    ADD CONSTRAINT programtrackedentityattributegroupmembers_pkey PRIMARY KEY (programtrackedentityattributeid, programtrackedentityattributegroupid);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT relationship_pkey PRIMARY KEY (relationshipid);

ALTER TABLE ONLY dhis2.relationshipconstraint
    ADD CONSTRAINT relationshipconstraint_pkey PRIMARY KEY (relationshipconstraintid);

ALTER TABLE ONLY dhis2.relationshipitem
    ADD CONSTRAINT relationshipitem_pkey PRIMARY KEY (relationshipitemid);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT relationshiptype_pkey PRIMARY KEY (relationshiptypeid);

ALTER TABLE ONLY dhis2.section
    ADD CONSTRAINT section_pkey PRIMARY KEY (sectionid);

ALTER TABLE ONLY dhis2.sectiondataelements
    ADD CONSTRAINT sectiondataelements_pkey PRIMARY KEY (sectionid, sort_order);

ALTER TABLE ONLY dhis2.sectiongreyedfields
    ADD CONSTRAINT sectiongreyedfields_pkey PRIMARY KEY (sectionid, dataelementoperandid);

ALTER TABLE ONLY dhis2.sectionindicators
    ADD CONSTRAINT sectionindicators_pkey PRIMARY KEY (sectionid, sort_order);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT trackedentityattribute_pkey PRIMARY KEY (trackedentityattributeid);

ALTER TABLE ONLY dhis2.trackedentityattributevalue
    ADD CONSTRAINT trackedentityattributevalue_pkey PRIMARY KEY (trackedentityinstanceid, trackedentityattributeid);

ALTER TABLE ONLY dhis2.trackedentityattributevalueaudit
    ADD CONSTRAINT trackedentityattributevalueaudit_pkey PRIMARY KEY (trackedentityattributevalueauditid);

ALTER TABLE ONLY dhis2.trackedentitycomment
    ADD CONSTRAINT trackedentitycomment_pkey PRIMARY KEY (trackedentitycommentid);

ALTER TABLE ONLY dhis2.trackedentitydatavalue
    ADD CONSTRAINT trackedentitydatavalue_pkey PRIMARY KEY (programstageinstanceid, dataelementid);

ALTER TABLE ONLY dhis2.trackedentitydatavalueaudit
    ADD CONSTRAINT trackedentitydatavalueaudit_pkey PRIMARY KEY (trackedentitydatavalueauditid);

ALTER TABLE ONLY dhis2.trackedentityinstance
    ADD CONSTRAINT trackedentityinstance_pkey PRIMARY KEY (trackedentityinstanceid);

ALTER TABLE ONLY dhis2.trackedentityprogramowner
    ADD CONSTRAINT trackedentityprogramowner_pkey PRIMARY KEY (trackedentityprogramownerid);

ALTER TABLE ONLY dhis2.trackedentitytype
    ADD CONSTRAINT trackedentitytype_pkey PRIMARY KEY (trackedentitytypeid);

ALTER TABLE ONLY dhis2.trackedentitytypeattribute
    ADD CONSTRAINT trackedentitytypeattribute_pkey PRIMARY KEY (trackedentitytypeattributeid);

ALTER TABLE ONLY dhis2.trackedentitytypeattribute
    ADD CONSTRAINT uk_10sblshxcb7dd4qi3s879u35h UNIQUE (uid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT uk_13x63e3skbl5qj4mc1qgq2xex UNIQUE (code);

ALTER TABLE ONLY dhis2.attribute
    ADD CONSTRAINT uk_1774shfid1uaopl9tu8am19fq UNIQUE (code);

ALTER TABLE ONLY dhis2.optionvalue
    ADD CONSTRAINT uk_18b68rcofdwt1sbr6rf55poog UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataelementcategory
    ADD CONSTRAINT uk_1ev6xqtcsfr4wv6rel0lkg44n UNIQUE (uid);

ALTER TABLE ONLY dhis2.validationrulegroup
    ADD CONSTRAINT uk_1lvk8ftq028jrr28qouou9q3c UNIQUE (code);

ALTER TABLE ONLY dhis2.programstageinstancecomments
    ADD CONSTRAINT uk_1n7xvxj0jupob5f2v86cv8qer UNIQUE (trackedentitycommentid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT uk_1tcaydw2p91wi8ib0qqa1jcfs UNIQUE (shortname);

ALTER TABLE ONLY dhis2.dataelementgroupset
    ADD CONSTRAINT uk_1xk8j7j0a3li8o0ukblanosky UNIQUE (name);

ALTER TABLE ONLY dhis2.programstagesection
    ADD CONSTRAINT uk_22wt9yk9idujmywno44v9qf66 UNIQUE (code);

ALTER TABLE ONLY dhis2.programstagedataelement
    ADD CONSTRAINT uk_2ejl9l5vm4rhtqj8eit31g0u6 UNIQUE (code);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT uk_2gbm9ji77snuoll07yvpgj3o5 UNIQUE (to_relationshipitemid);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT uk_2nhc265rlfu3dlc3qouvjdprl UNIQUE (name);

ALTER TABLE ONLY dhis2.programindicatorgroup
    ADD CONSTRAINT uk_2p9x16ryxtek0g6bqwd49et0c UNIQUE (uid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT uk_2pimmculf9ttu2dxquomb9ram UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT uk_2r18tvmbtksk69j35uxpwej44 UNIQUE (code);

ALTER TABLE ONLY dhis2.categorycombo
    ADD CONSTRAINT uk_3a4ee92kxafw85hsopq4qle47 UNIQUE (code);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT uk_3c2n8db21er764e4skh3qg57w UNIQUE (uid);

ALTER TABLE ONLY dhis2.validationrulegroup
    ADD CONSTRAINT uk_3cl2o6ha8naw5w6my3q4el6gk UNIQUE (name);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT uk_3phvecdmy2msmcpitqifpcy3c UNIQUE (code);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT uk_3r6dr8m9qwa89afngtr43x9jh UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT uk_3svwn20y9qda34bmatesg5c0j UNIQUE (code);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT uk_4372w9f7asbu1ybpduj2xqjmt UNIQUE (shortname);

ALTER TABLE ONLY dhis2.program_attribute_group
    ADD CONSTRAINT uk_48xfoqrfjnkuay28xeixjm0t0 UNIQUE (code);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT uk_4b97sdsm2p477cc05eody10lm UNIQUE (name);

ALTER TABLE ONLY dhis2.fileresource
    ADD CONSTRAINT uk_4dlqoc6s8ilws9yhacy5qkddb UNIQUE (code);

ALTER TABLE ONLY dhis2.trackedentitytype
    ADD CONSTRAINT uk_4iylxmooa7ca562qvw4tjq5ys UNIQUE (uid);

ALTER TABLE ONLY dhis2.program_attribute_group
    ADD CONSTRAINT uk_4n6nev8dlydiyu5k8xyjtsasl UNIQUE (name);

ALTER TABLE ONLY dhis2.dataelementcategoryoption
    ADD CONSTRAINT uk_4pi5lfmisrt8un89dnb17xrdy UNIQUE (uid);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT uk_59abitsfd3u0jx4ntrrblven0 UNIQUE (uid);

ALTER TABLE ONLY dhis2.orgunitlevel
    ADD CONSTRAINT uk_5km0xiwk0dg7pnoru5yfvqsdo UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT uk_5mq4bmpyevmr1ddkkopweted1 UNIQUE (name);

ALTER TABLE ONLY dhis2.categoryoptioncombo
    ADD CONSTRAINT uk_60p9gh2un0pb7l9tctfd4o3b3 UNIQUE (code);

ALTER TABLE ONLY dhis2.categoryoptiongroupset
    ADD CONSTRAINT uk_6itpx2frqt3msln8p32rk7qta UNIQUE (uid);

ALTER TABLE ONLY dhis2.trackedentitytypeattribute
    ADD CONSTRAINT uk_6lycqfymeu4sdi4t3cdh6ul1k UNIQUE (code);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT uk_6ni8qsiimdcy626hwls002flo UNIQUE (name);

ALTER TABLE ONLY dhis2.dataelementgroup
    ADD CONSTRAINT uk_6x37lph70r5mh15a71pf1tj17 UNIQUE (shortname);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT uk_71vrxovabe8x9tom8xwefi3e7 UNIQUE (code);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT uk_74iy11sx99wxaut3skkphkvgi UNIQUE (uid);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT uk_799tkjg7am2injr1dypaidt4p UNIQUE (code);

ALTER TABLE ONLY dhis2.programindicatorgroup
    ADD CONSTRAINT uk_7carnwjb5dtsk6i5dn43wy9ck UNIQUE (name);

ALTER TABLE ONLY dhis2.programrule
    ADD CONSTRAINT uk_7odx4uo6s5bg55kt1fxky4a8v UNIQUE (code);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT uk_7rnfvkitq6l0kr5ju2slxopfi UNIQUE (uid);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT uk_7udjng39j4ddafjn57r58v7oq UNIQUE (name);

ALTER TABLE ONLY dhis2.optionset
    ADD CONSTRAINT uk_81gfx3yt7ngwmkk0t8qgcovhi UNIQUE (uid);

ALTER TABLE ONLY dhis2.programsection
    ADD CONSTRAINT uk_84abcabq3so8ktgt726o5du9d UNIQUE (uid);

ALTER TABLE ONLY dhis2.validationrulegroup
    ADD CONSTRAINT uk_8alvmsgu0onl4i0a0sqb6mqx UNIQUE (uid);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT uk_8d4xrx2gygb4aivpcwrp613hj UNIQUE (name);

ALTER TABLE ONLY dhis2.indicatortype
    ADD CONSTRAINT uk_8dcmrupnoi7hiiom466aoa2y UNIQUE (code);

ALTER TABLE ONLY dhis2.trackedentitycomment
    ADD CONSTRAINT uk_8ul0w6gi3mdnr0kficn5syigg UNIQUE (code);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT uk_94srnunkibylfaxt4knxfn58e UNIQUE (code);

ALTER TABLE ONLY dhis2.section
    ADD CONSTRAINT uk_9hvlbsw019hscf35xb5behfx9 UNIQUE (code);

ALTER TABLE ONLY dhis2.attribute
    ADD CONSTRAINT uk_9mqbhximifdn1n8ru52lan3fw UNIQUE (uid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT uk_9ut6k8m3216v5kjcryy7d2y9w UNIQUE (name);

ALTER TABLE ONLY dhis2.programstageinstance
    ADD CONSTRAINT uk_9ydk6ypaj0xdjoyo1d5asap3m UNIQUE (code);

ALTER TABLE ONLY dhis2.section
    ADD CONSTRAINT uk_a50otc0l2chm0heii6scpit4k UNIQUE (uid);

ALTER TABLE ONLY dhis2.indicatorgroupset
    ADD CONSTRAINT uk_actuoxkkqulslxjpj5hagib9r UNIQUE (code);

ALTER TABLE ONLY dhis2.dataelementgroup
    ADD CONSTRAINT uk_aqbaj76r9qxmnylr6p8kj9g37 UNIQUE (name);

ALTER TABLE ONLY dhis2.constant
    ADD CONSTRAINT uk_aygjfui3fpgrsxbj6qj782h6f UNIQUE (shortname);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT uk_ayk5ey2r1fh1akknxtpcpyp9r UNIQUE (uid);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT uk_aypbls80uca5qu23w4fbqns2f UNIQUE (to_relationshipconstraintid);

ALTER TABLE ONLY dhis2.dataelementcategory
    ADD CONSTRAINT uk_b0ii4jdfy88pffbapohsr2lor UNIQUE (name);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT uk_b3oan3noe4cj9dvyi0amofndv UNIQUE (uid);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT uk_badofxhbq3oi2d4u7fj8w1kt8 UNIQUE (openid);

ALTER TABLE ONLY dhis2.categoryoptiongroupset
    ADD CONSTRAINT uk_bjs0n874pj6eoag98jmeidy9a UNIQUE (code);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT uk_by4pqq1ans00ffmrgqqh9ehog UNIQUE (uid);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT uk_cto4jvd9q49voite13v0egy3i UNIQUE (code);

ALTER TABLE ONLY dhis2.programinstance
    ADD CONSTRAINT uk_d3lsa2h8me94ksyp53l6rpe3g UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataentryform
    ADD CONSTRAINT uk_dhl0qt8y7hht7krbiym1e9x3n UNIQUE (code);

ALTER TABLE ONLY dhis2.categorycombo
    ADD CONSTRAINT uk_dlhi39gmt2e0dun73f04w7w7u UNIQUE (uid);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT uk_do17h5nk71uvc3xjry6kgevj9 UNIQUE (code);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT uk_dt8m81o2pw5p9ttid369e92bg UNIQUE (code);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT uk_e5mhmtj1h7xdfiio2panhapgg UNIQUE (uid);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT uk_e6s6o9jau6tx04m62t7ey4i81 UNIQUE (code);

ALTER TABLE ONLY dhis2.constant
    ADD CONSTRAINT uk_edy7cktu2fqg01r3n0fjyk1kk UNIQUE (code);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT uk_efqukogbk7i0poucwoy2qie74 UNIQUE (uid);

ALTER TABLE ONLY dhis2.fileresource
    ADD CONSTRAINT uk_eh2epuhchf9mci86ihl06i31g UNIQUE (uid);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT uk_eh4c3whbwi94nhh772q6l5t7m UNIQUE (code);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT uk_ehl4v33tq7hlkmc28vbno1b4n UNIQUE (code);

ALTER TABLE ONLY dhis2.usergroup
    ADD CONSTRAINT uk_ekb018cvmpvll5dgtn97leerj UNIQUE (uid);

ALTER TABLE ONLY dhis2.document
    ADD CONSTRAINT uk_elt3kiqdmmm5fwqfxsxk9lvh0 UNIQUE (code);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT uk_enhquk04unrpri78inaske3jq UNIQUE (uid);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT uk_evp7d8obarxt3kewepigkwahc UNIQUE (name);

ALTER TABLE ONLY dhis2.programindicatorgroup
    ADD CONSTRAINT uk_f7wfef3jx1yl73stqs7b45ewb UNIQUE (code);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT uk_fbferisvig2o4f5owb5lnygf3 UNIQUE (code);

ALTER TABLE ONLY dhis2.userrole
    ADD CONSTRAINT uk_ff1da38in40mg91rlgqhw02ff UNIQUE (uid);

ALTER TABLE ONLY dhis2.orgunitgroupset
    ADD CONSTRAINT uk_fuentbuhbbr0ix49td9jqlfe5 UNIQUE (uid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT uk_fuq6kda6folarp19oggaf02vb UNIQUE (code);

ALTER TABLE ONLY dhis2.orgunitlevel
    ADD CONSTRAINT uk_fvgc7isaflcan55g51ysm9df2 UNIQUE (code);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT uk_g1nrfjv5x04ap1ceohiwah380 UNIQUE (uid);

ALTER TABLE ONLY dhis2.categoryoptiongroup
    ADD CONSTRAINT uk_ge3y4pf6qlne9p7rfmhlvg941 UNIQUE (code);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT uk_gg9gc0pyaqjuxi8mr4y93i03w UNIQUE (shortname);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT uk_gio4nn8l23jikmebud3jwql43 UNIQUE (code);

ALTER TABLE ONLY dhis2.userinfo
    ADD CONSTRAINT uk_gky85ptfkcumyuqhr5yvjxwsa UNIQUE (code);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT uk_gsvll3t3tsda7kx38waqnegkw UNIQUE (from_relationshipitemid);

ALTER TABLE ONLY dhis2.programstageinstance
    ADD CONSTRAINT uk_gy44hufdeduoma7eeh3j6abm7 UNIQUE (uid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT uk_h4omjcs2ktifdrf2m36u886ae UNIQUE (uid);

ALTER TABLE ONLY dhis2.categorycombo
    ADD CONSTRAINT uk_h97pko7n41oky8pfptkflp8l6 UNIQUE (name);

ALTER TABLE ONLY dhis2.userrole
    ADD CONSTRAINT uk_hebhkhm8gpwg9xsp8q4f7wlx1 UNIQUE (code);

ALTER TABLE ONLY dhis2.userrole
    ADD CONSTRAINT uk_hjocbvo9fla04bgj7ku32vwsn UNIQUE (name);

ALTER TABLE ONLY dhis2.attribute
    ADD CONSTRAINT uk_hpwum0iq12fs4ej5d0tgy6wsn UNIQUE (name);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT uk_hqekpuhjg3g4k4t7xdnu10jy4 UNIQUE (orgunitlevel, categoryoptiongroupsetid);

ALTER TABLE ONLY dhis2.orgunitgroupset
    ADD CONSTRAINT uk_hs57i9hma97ps6jpsrbb24lm9 UNIQUE (code);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT uk_i1uhc0c8jgxkhlswl9fujsicf UNIQUE (uid);

ALTER TABLE ONLY dhis2.messageconversation_usermessages
    ADD CONSTRAINT uk_j5pi1qwi2m228qrsxql48o61s UNIQUE (usermessageid);

ALTER TABLE ONLY dhis2.categoryoptiongroup
    ADD CONSTRAINT uk_j9oya1t1tvj8yn5h8fega4ltr UNIQUE (name);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT uk_jc27pe1xeptws5xprct7mgxrj UNIQUE (shortname);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT uk_jkg0r5akwcxtamstsq9kv4t4p UNIQUE (ldapid);

ALTER TABLE ONLY dhis2.dataelementgroup
    ADD CONSTRAINT uk_jo65jc3wyrxfekiu3upk80mtr UNIQUE (code);

ALTER TABLE ONLY dhis2.program_attribute_group
    ADD CONSTRAINT uk_ju40npt2p0kglya4e5041b4qc UNIQUE (uid);

ALTER TABLE ONLY dhis2.document
    ADD CONSTRAINT uk_jxodv1lvot26euasttk021jio UNIQUE (uid);

ALTER TABLE ONLY dhis2.fileresource
    ADD CONSTRAINT uk_jxqj907hbrng860p6mypvl63k UNIQUE (storagekey);

ALTER TABLE ONLY dhis2.interpretation_comments
    ADD CONSTRAINT uk_k48tayhxu52jiq782pikev9d9 UNIQUE (interpretationcommentid);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT uk_kbqnrdakcjfooofmti30d4p8x UNIQUE (uid);

ALTER TABLE ONLY dhis2.categoryoptiongroupset
    ADD CONSTRAINT uk_ke8p30sy68dl7fggednkimdb6 UNIQUE (name);

ALTER TABLE ONLY dhis2.indicator
    ADD CONSTRAINT uk_kmpefoaw81v4bxpoey6y1y3xl UNIQUE (code);

ALTER TABLE ONLY dhis2.indicatorgroup
    ADD CONSTRAINT uk_kqbwxccoqctky1kdkimjya03s UNIQUE (uid);

ALTER TABLE ONLY dhis2.program_attributes
    ADD CONSTRAINT uk_lgju00pi2jk7y6sl4dkhaykux UNIQUE (uid);

ALTER TABLE ONLY dhis2.categoryoptiongroup
    ADD CONSTRAINT uk_lrnagoy2wi83nwmataolh7t6d UNIQUE (shortname);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT uk_lswbn93sime7vmdqqe9lks7ge UNIQUE (uid);

ALTER TABLE ONLY dhis2.orgunitlevel
    ADD CONSTRAINT uk_ltwhby0s0iwayxrcdu6yefeqt UNIQUE (level);

ALTER TABLE ONLY dhis2.dataelementgroupset
    ADD CONSTRAINT uk_lu295rc1y01c7p7t76y6ajaas UNIQUE (uid);

ALTER TABLE ONLY dhis2.programinstancecomments
    ADD CONSTRAINT uk_lwep604j10w1ey7vunqdmotx2 UNIQUE (trackedentitycommentid);

ALTER TABLE ONLY dhis2.programstagesection
    ADD CONSTRAINT uk_lycal9jdw3cs0wwebxciswwgr UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataelementcategoryoption
    ADD CONSTRAINT uk_mlop2afk26fwowa69lr9a138y UNIQUE (code);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT uk_n18s4feicujvngv2ajoesdgio UNIQUE (name);

ALTER TABLE ONLY dhis2.indicatorgroupset
    ADD CONSTRAINT uk_n4xputyk31femiaxls6lbl2rw UNIQUE (uid);

ALTER TABLE ONLY dhis2.indicatortype
    ADD CONSTRAINT uk_n8mbmryeksa80ucyxj0vg6p9b UNIQUE (name);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT uk_nipo7t010a80osh7okxswav2g UNIQUE (uid);

ALTER TABLE ONLY dhis2.messageconversation_messages
    ADD CONSTRAINT uk_nqdtggpr548q0tnbu919puw0p UNIQUE (messageid);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT uk_nwq3y4xqct21tdl0l77bvmpoe UNIQUE (shortname);

ALTER TABLE ONLY dhis2.constant
    ADD CONSTRAINT uk_nywvip5682tuvxrnwjomeyg6y UNIQUE (uid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT uk_o0v1fdqiyte40ffm9q3nhcj4v UNIQUE (code);

ALTER TABLE ONLY dhis2.constant
    ADD CONSTRAINT uk_o2xbcli806eba6dkdfco0o3kc UNIQUE (name);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT uk_oeni5ndit5g033f1s1j08bdry UNIQUE (code);

ALTER TABLE ONLY dhis2.categoryoptiongroup
    ADD CONSTRAINT uk_ol8n7oq6clgxvqjedlpn85aqo UNIQUE (uid);

ALTER TABLE ONLY dhis2.trackedentityinstance
    ADD CONSTRAINT uk_orq3pwtro2yu9yydh046bn40j UNIQUE (code);

ALTER TABLE ONLY dhis2.programstagedataelement
    ADD CONSTRAINT uk_os4r1umsvtmbuqm2bo25s5ej0 UNIQUE (uid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT uk_ot8a05g9d4k5l67xi062xx5w6 UNIQUE (code);

ALTER TABLE ONLY dhis2.dataelementgroup
    ADD CONSTRAINT uk_otvwcgv4bxjtqfj3flhrnmgf7 UNIQUE (uid);

ALTER TABLE ONLY dhis2.indicatortype
    ADD CONSTRAINT uk_p0p3bwhgbsdemu14v23p47qne UNIQUE (uid);

ALTER TABLE ONLY dhis2.optionset
    ADD CONSTRAINT uk_p0rvldurcmk0x3mx39lt5uvsd UNIQUE (name);

ALTER TABLE ONLY dhis2.programrule
    ADD CONSTRAINT uk_p7arcbl58mmcrj2didtr0ruqh UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataelementgroupset
    ADD CONSTRAINT uk_p7egnv3sj4ugyl23mk4vga40k UNIQUE (code);

ALTER TABLE ONLY dhis2.dataentryform
    ADD CONSTRAINT uk_p8tvo9tqrdn5tb45d0g5cko5o UNIQUE (name);

ALTER TABLE ONLY dhis2.dataelementcategoryoption
    ADD CONSTRAINT uk_pbj3u1nk9vnuof8f47utvowmv UNIQUE (name);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT uk_pw2bgc9ykjad2obefeqha28t4 UNIQUE (path);

ALTER TABLE ONLY dhis2.dataelementcategory
    ADD CONSTRAINT uk_pw87bi64e3ev11k7dwrmljo78 UNIQUE (code);

ALTER TABLE ONLY dhis2.dataentryform
    ADD CONSTRAINT uk_q0obvr5rvxhlnjs367y1f0bav UNIQUE (uid);

ALTER TABLE ONLY dhis2.usergroup
    ADD CONSTRAINT uk_q20sh82vk885ooi7fekwtboej UNIQUE (code);

ALTER TABLE ONLY dhis2.categoryoptioncombo
    ADD CONSTRAINT uk_qki43s9vdndg15c9tyv718u1j UNIQUE (uid);

ALTER TABLE ONLY dhis2.dataelementcategoryoption
    ADD CONSTRAINT uk_qp9201a4m6jl53sei0huh4l6s UNIQUE (shortname);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT uk_qq5b8o288bhpe59e5ks3op8jy UNIQUE (from_relationshipconstraintid);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT uk_qwk9qdapql867enp5r7fa0uic UNIQUE (name);

ALTER TABLE ONLY dhis2.program_attributes
    ADD CONSTRAINT uk_r2f9o8i6th2w8vqdexdfo72ui UNIQUE (code);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT uk_r43af9ap4edm43mmtq01oddj6 UNIQUE (username);

ALTER TABLE ONLY dhis2.validationresult
    ADD CONSTRAINT uk_r6ebedjcac8c49c53aa1mpa8e UNIQUE (validationruleid, periodid, organisationunitid, attributeoptioncomboid, dayinperiod);

ALTER TABLE ONLY dhis2.trackedentityinstance
    ADD CONSTRAINT uk_rbr4kyuk4s0kb4jo1r77cuaq9 UNIQUE (uid);

ALTER TABLE ONLY dhis2.optionset
    ADD CONSTRAINT uk_rvfiukug5ui7qidoiln3el3aa UNIQUE (code);

ALTER TABLE ONLY dhis2.indicatorgroup
    ADD CONSTRAINT uk_sspviu4m0l0lf7ef3t3cagfxd UNIQUE (code);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT uk_t0dg39dopew9f6y64ucsx7194 UNIQUE (uid);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT uk_t0srkng3akwg3pcp5qlwcx06n UNIQUE (shortname);

ALTER TABLE ONLY dhis2.orgunitgroupset
    ADD CONSTRAINT uk_t5lxvc1km3ylon5st1fuabsgl UNIQUE (name);

ALTER TABLE ONLY dhis2.trackedentitycomment
    ADD CONSTRAINT uk_t94h9p111tcydbm6je22tla52 UNIQUE (uid);

ALTER TABLE ONLY dhis2.indicator
    ADD CONSTRAINT uk_ta80keoi67443tkvvmx8l872x UNIQUE (uid);

ALTER TABLE ONLY dhis2.period
    ADD CONSTRAINT uk_tbkbjga8h4j5u33d7hbcuk66t UNIQUE (periodtypeid, startdate, enddate);

ALTER TABLE ONLY dhis2.trackedentityprogramowner
    ADD CONSTRAINT uk_tei_program UNIQUE (trackedentityinstanceid, programid);

ALTER TABLE ONLY dhis2.programsection
    ADD CONSTRAINT uk_tglbwfy1e3ubt5x5hab46qbh6 UNIQUE (code);

ALTER TABLE ONLY dhis2.trackedentitytype
    ADD CONSTRAINT uk_thb8irn2kmm7jay3vcogqxy3x UNIQUE (name);

ALTER TABLE ONLY dhis2.trackedentitytype
    ADD CONSTRAINT uk_to3d8d23u9behgh9acdu2wjvl UNIQUE (code);

ALTER TABLE ONLY dhis2.userdatavieworgunits
    ADD CONSTRAINT userdatavieworgunits_pkey PRIMARY KEY (userinfoid, organisationunitid);

ALTER TABLE ONLY dhis2.usergroup
    ADD CONSTRAINT usergroup_pkey PRIMARY KEY (usergroupid);

ALTER TABLE ONLY dhis2.usergroupmembers
    ADD CONSTRAINT usergroupmembers_pkey PRIMARY KEY (usergroupid, userid);

ALTER TABLE ONLY dhis2.userinfo
    ADD CONSTRAINT userinfo_pkey PRIMARY KEY (userinfoid);

ALTER TABLE ONLY dhis2.usermembership
    ADD CONSTRAINT usermembership_pkey PRIMARY KEY (userinfoid, organisationunitid);

ALTER TABLE ONLY dhis2.usermessage
    ADD CONSTRAINT usermessage_pkey PRIMARY KEY (usermessageid);

ALTER TABLE ONLY dhis2.userrole
    ADD CONSTRAINT userrole_pkey PRIMARY KEY (userroleid);

ALTER TABLE ONLY dhis2.userrolemembers
    ADD CONSTRAINT userrolemembers_pkey PRIMARY KEY (userid, userroleid);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (userid);

ALTER TABLE ONLY dhis2.userteisearchorgunits
    ADD CONSTRAINT userteisearchorgunits_pkey PRIMARY KEY (userinfoid, organisationunitid);

ALTER TABLE ONLY dhis2.validationresult
    ADD CONSTRAINT validationresult_pkey PRIMARY KEY (validationresultid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT validationrule_pkey PRIMARY KEY (validationruleid);

ALTER TABLE ONLY dhis2.validationrulegroup
    ADD CONSTRAINT validationrulegroup_pkey PRIMARY KEY (validationrulegroupid);

ALTER TABLE ONLY dhis2.validationrulegroupmembers
    ADD CONSTRAINT validationrulegroupmembers_pkey PRIMARY KEY (validationgroupid, validationruleid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT fk4uq2bl31hdu2s4e07rltemk3d FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT fk9whlsdwfojxbp8yclqolqwm9 FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.attribute
    ADD CONSTRAINT fk_attribute_optionsetid FOREIGN KEY (optionsetid) REFERENCES dhis2.optionset(optionsetid);

ALTER TABLE ONLY dhis2.attribute
    ADD CONSTRAINT fk_attribute_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.attributevalue
    ADD CONSTRAINT fk_attributevalue_attributeid FOREIGN KEY (attributeid) REFERENCES dhis2.attribute(attributeid);

ALTER TABLE ONLY dhis2.trackedentityattributevalue
    ADD CONSTRAINT fk_attributevalue_trackedentityattributeid FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.trackedentityattributevalue
    ADD CONSTRAINT fk_attributevalue_trackedentityinstanceid FOREIGN KEY (trackedentityinstanceid) REFERENCES dhis2.trackedentityinstance(trackedentityinstanceid);

ALTER TABLE ONLY dhis2.trackedentityattributevalueaudit
    ADD CONSTRAINT fk_attributevalueaudit_trackedentityattributeid FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.trackedentityattributevalueaudit
    ADD CONSTRAINT fk_attributevalueaudit_trackedentityinstanceid FOREIGN KEY (trackedentityinstanceid) REFERENCES dhis2.trackedentityinstance(trackedentityinstanceid);

ALTER TABLE ONLY dhis2.categories_categoryoptions
    ADD CONSTRAINT fk_categories_categoryoptions_categoryid FOREIGN KEY (categoryid) REFERENCES dhis2.dataelementcategory(categoryid);

ALTER TABLE ONLY dhis2.categories_categoryoptions
    ADD CONSTRAINT fk_category_categoryoptionid FOREIGN KEY (categoryoptionid) REFERENCES dhis2.dataelementcategoryoption(categoryoptionid);

ALTER TABLE ONLY dhis2.categorycombos_categories
    ADD CONSTRAINT fk_categorycombo_categoryid FOREIGN KEY (categoryid) REFERENCES dhis2.dataelementcategory(categoryid);

ALTER TABLE ONLY dhis2.categorycombos_optioncombos
    ADD CONSTRAINT fk_categorycombo_categoryoptioncomboid FOREIGN KEY (categoryoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.categorycombo
    ADD CONSTRAINT fk_categorycombo_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.categorycombos_categories
    ADD CONSTRAINT fk_categorycombos_categories_categorycomboid FOREIGN KEY (categorycomboid) REFERENCES dhis2.categorycombo(categorycomboid);

ALTER TABLE ONLY dhis2.categorycombos_optioncombos
    ADD CONSTRAINT fk_categorycombos_optioncombos_categorycomboid FOREIGN KEY (categorycomboid) REFERENCES dhis2.categorycombo(categorycomboid);

ALTER TABLE ONLY dhis2.categoryoptioncombos_categoryoptions
    ADD CONSTRAINT fk_categoryoption_categoryoptioncomboid FOREIGN KEY (categoryoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.categoryoption_organisationunits
    ADD CONSTRAINT fk_categoryoption_organisationunits_categoryoptionid FOREIGN KEY (categoryoptionid) REFERENCES dhis2.dataelementcategoryoption(categoryoptionid);

ALTER TABLE ONLY dhis2.categoryoption_organisationunits
    ADD CONSTRAINT fk_categoryoption_organisationunits_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.categoryoptioncombos_categoryoptions
    ADD CONSTRAINT fk_categoryoptioncombos_categoryoptions_categoryoptionid FOREIGN KEY (categoryoptionid) REFERENCES dhis2.dataelementcategoryoption(categoryoptionid);

ALTER TABLE ONLY dhis2.categoryoptiongroup
    ADD CONSTRAINT fk_categoryoptiongroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.categoryoptiongroupmembers
    ADD CONSTRAINT fk_categoryoptiongroupmembers_categoryoptiongroupid FOREIGN KEY (categoryoptionid) REFERENCES dhis2.dataelementcategoryoption(categoryoptionid);

ALTER TABLE ONLY dhis2.categoryoptiongroupmembers
    ADD CONSTRAINT fk_categoryoptiongroupmembers_categoryoptionid FOREIGN KEY (categoryoptiongroupid) REFERENCES dhis2.categoryoptiongroup(categoryoptiongroupid);

ALTER TABLE ONLY dhis2.categoryoptiongroupset
    ADD CONSTRAINT fk_categoryoptiongroupset_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.categoryoptiongroupsetmembers
    ADD CONSTRAINT fk_categoryoptiongroupsetmembers_categoryoptiongroupid FOREIGN KEY (categoryoptiongroupid) REFERENCES dhis2.categoryoptiongroup(categoryoptiongroupid);

ALTER TABLE ONLY dhis2.categoryoptiongroupsetmembers
    ADD CONSTRAINT fk_categoryoptiongroupsetmembers_categoryoptiongroupsetid FOREIGN KEY (categoryoptiongroupsetid) REFERENCES dhis2.categoryoptiongroupset(categoryoptiongroupsetid);

ALTER TABLE ONLY dhis2.completedatasetregistration
    ADD CONSTRAINT fk_completedatasetregistration_attributeoptioncomboid FOREIGN KEY (attributeoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.completedatasetregistration
    ADD CONSTRAINT fk_completedatasetregistration_organisationunitid FOREIGN KEY (sourceid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.constant
    ADD CONSTRAINT fk_constant_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT fk_dataapproval_attributeoptioncomboid FOREIGN KEY (attributeoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT fk_dataapproval_creator FOREIGN KEY (creator) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataapprovalaudit
    ADD CONSTRAINT fk_dataapproval_creator FOREIGN KEY (creator) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT fk_dataapproval_dataapprovallevel FOREIGN KEY (dataapprovallevelid) REFERENCES dhis2.dataapprovallevel(dataapprovallevelid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT fk_dataapproval_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT fk_dataapproval_periodid FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.dataapproval
    ADD CONSTRAINT fk_dataapproval_workflowid FOREIGN KEY (workflowid) REFERENCES dhis2.dataapprovalworkflow(workflowid);

ALTER TABLE ONLY dhis2.dataapprovalaudit
    ADD CONSTRAINT fk_dataapprovalaudit_attributeoptioncomboid FOREIGN KEY (attributeoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.dataapprovalaudit
    ADD CONSTRAINT fk_dataapprovalaudit_levelid FOREIGN KEY (levelid) REFERENCES dhis2.dataapprovallevel(dataapprovallevelid);

ALTER TABLE ONLY dhis2.dataapprovalaudit
    ADD CONSTRAINT fk_dataapprovalaudit_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.dataapprovalaudit
    ADD CONSTRAINT fk_dataapprovalaudit_periodid FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.dataapprovalaudit
    ADD CONSTRAINT fk_dataapprovalaudit_workflowid FOREIGN KEY (workflowid) REFERENCES dhis2.dataapprovalworkflow(workflowid);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT fk_dataapprovallevel_categoryoptiongroupsetid FOREIGN KEY (categoryoptiongroupsetid) REFERENCES dhis2.categoryoptiongroupset(categoryoptiongroupsetid);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT fk_dataapprovallevel_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT fk_dataapprovalworkflow_categorycomboid FOREIGN KEY (categorycomboid) REFERENCES dhis2.categorycombo(categorycomboid);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT fk_dataapprovalworkflow_periodtypeid FOREIGN KEY (periodtypeid) REFERENCES dhis2.periodtype(periodtypeid);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT fk_dataapprovalworkflow_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataapprovalworkflowlevels
    ADD CONSTRAINT fk_dataapprovalworkflowlevels_levelid FOREIGN KEY (dataapprovallevelid) REFERENCES dhis2.dataapprovallevel(dataapprovallevelid);

ALTER TABLE ONLY dhis2.dataapprovalworkflowlevels
    ADD CONSTRAINT fk_dataapprovalworkflowlevels_workflowid FOREIGN KEY (workflowid) REFERENCES dhis2.dataapprovalworkflow(workflowid);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT fk_dataelement_categorycomboid FOREIGN KEY (categorycomboid) REFERENCES dhis2.categorycombo(categorycomboid);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT fk_dataelement_commentoptionsetid FOREIGN KEY (commentoptionsetid) REFERENCES dhis2.optionset(optionsetid);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT fk_dataelement_optionsetid FOREIGN KEY (optionsetid) REFERENCES dhis2.optionset(optionsetid);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT fk_dataelement_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementcategory
    ADD CONSTRAINT fk_dataelementcategory_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementcategoryoption
    ADD CONSTRAINT fk_dataelementcategoryoption_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementgroupmembers
    ADD CONSTRAINT fk_dataelementgroup_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.dataelementgroup
    ADD CONSTRAINT fk_dataelementgroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementgroupmembers
    ADD CONSTRAINT fk_dataelementgroupmembers_dataelementgroupid FOREIGN KEY (dataelementgroupid) REFERENCES dhis2.dataelementgroup(dataelementgroupid);

ALTER TABLE ONLY dhis2.dataelementgroupsetmembers
    ADD CONSTRAINT fk_dataelementgroupset_dataelementgroupid FOREIGN KEY (dataelementgroupid) REFERENCES dhis2.dataelementgroup(dataelementgroupid);

ALTER TABLE ONLY dhis2.dataelementgroupset
    ADD CONSTRAINT fk_dataelementgroupset_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementgroupsetmembers
    ADD CONSTRAINT fk_dataelementgroupsetmembers_dataelementgroupsetid FOREIGN KEY (dataelementgroupsetid) REFERENCES dhis2.dataelementgroupset(dataelementgroupsetid);

ALTER TABLE ONLY dhis2.dataelementoperand
    ADD CONSTRAINT fk_dataelementoperand_dataelement FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.dataelementoperand
    ADD CONSTRAINT fk_dataelementoperand_dataelementcategoryoptioncombo FOREIGN KEY (categoryoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.datainputperiod
    ADD CONSTRAINT fk_datainputperiod_period FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT fk_dataset_categorycomboid FOREIGN KEY (categorycomboid) REFERENCES dhis2.categorycombo(categorycomboid);

ALTER TABLE ONLY dhis2.datasetoperands
    ADD CONSTRAINT fk_dataset_dataelementoperandid FOREIGN KEY (dataelementoperandid) REFERENCES dhis2.dataelementoperand(dataelementoperandid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT fk_dataset_dataentryform FOREIGN KEY (dataentryform) REFERENCES dhis2.dataentryform(dataentryformid);

ALTER TABLE ONLY dhis2.datasetindicators
    ADD CONSTRAINT fk_dataset_indicatorid FOREIGN KEY (indicatorid) REFERENCES dhis2.indicator(indicatorid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT fk_dataset_notificationrecipients FOREIGN KEY (notificationrecipients) REFERENCES dhis2.usergroup(usergroupid);

ALTER TABLE ONLY dhis2.datasetsource
    ADD CONSTRAINT fk_dataset_organisationunit FOREIGN KEY (sourceid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT fk_dataset_periodtypeid FOREIGN KEY (periodtypeid) REFERENCES dhis2.periodtype(periodtypeid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT fk_dataset_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT fk_dataset_workflowid FOREIGN KEY (workflowid) REFERENCES dhis2.dataapprovalworkflow(workflowid);

ALTER TABLE ONLY dhis2.completedatasetregistration
    ADD CONSTRAINT fk_datasetcompleteregistration_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.completedatasetregistration
    ADD CONSTRAINT fk_datasetcompleteregistration_periodid FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.datainputperiod
    ADD CONSTRAINT fk_datasetdatainputperiods_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.datasetelement
    ADD CONSTRAINT fk_datasetelement_categorycomboid FOREIGN KEY (categorycomboid) REFERENCES dhis2.categorycombo(categorycomboid);

ALTER TABLE ONLY dhis2.datasetindicators
    ADD CONSTRAINT fk_datasetindicators_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.datasetelement
    ADD CONSTRAINT fk_datasetmembers_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.datasetelement
    ADD CONSTRAINT fk_datasetmembers_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.datasetoperands
    ADD CONSTRAINT fk_datasetoperands_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.datasetsource
    ADD CONSTRAINT fk_datasetsource_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.datavalue
    ADD CONSTRAINT fk_datavalue_attributeoptioncomboid FOREIGN KEY (attributeoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.datavalue
    ADD CONSTRAINT fk_datavalue_categoryoptioncomboid FOREIGN KEY (categoryoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.datavalue
    ADD CONSTRAINT fk_datavalue_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.datavalue
    ADD CONSTRAINT fk_datavalue_organisationunitid FOREIGN KEY (sourceid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.datavalue
    ADD CONSTRAINT fk_datavalue_periodid FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.datavalueaudit
    ADD CONSTRAINT fk_datavalueaudit_attributeoptioncomboid FOREIGN KEY (attributeoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.datavalueaudit
    ADD CONSTRAINT fk_datavalueaudit_categoryoptioncomboid FOREIGN KEY (categoryoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.datavalueaudit
    ADD CONSTRAINT fk_datavalueaudit_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.datavalueaudit
    ADD CONSTRAINT fk_datavalueaudit_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.datavalueaudit
    ADD CONSTRAINT fk_datavalueaudit_periodid FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.document
    ADD CONSTRAINT fk_document_fileresourceid FOREIGN KEY (fileresource) REFERENCES dhis2.fileresource(fileresourceid);

ALTER TABLE ONLY dhis2.document
    ADD CONSTRAINT fk_document_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentitydatavalue
    ADD CONSTRAINT fk_entityinstancedatavalue_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.trackedentitydatavalue
    ADD CONSTRAINT fk_entityinstancedatavalue_programstageinstanceid FOREIGN KEY (programstageinstanceid) REFERENCES dhis2.programstageinstance(programstageinstanceid);

ALTER TABLE ONLY dhis2.trackedentitydatavalueaudit
    ADD CONSTRAINT fk_entityinstancedatavalueaudit_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.trackedentitydatavalueaudit
    ADD CONSTRAINT fk_entityinstancedatavalueaudit_programstageinstanceid FOREIGN KEY (programstageinstanceid) REFERENCES dhis2.programstageinstance(programstageinstanceid);

ALTER TABLE ONLY dhis2.fileresource
    ADD CONSTRAINT fk_fileresource_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicator
    ADD CONSTRAINT fk_indicator_indicatortypeid FOREIGN KEY (indicatortypeid) REFERENCES dhis2.indicatortype(indicatortypeid);

ALTER TABLE ONLY dhis2.indicator
    ADD CONSTRAINT fk_indicator_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicatorgroupmembers
    ADD CONSTRAINT fk_indicatorgroup_indicatorid FOREIGN KEY (indicatorid) REFERENCES dhis2.indicator(indicatorid);

ALTER TABLE ONLY dhis2.indicatorgroup
    ADD CONSTRAINT fk_indicatorgroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicatorgroupmembers
    ADD CONSTRAINT fk_indicatorgroupmembers_indicatorgroupid FOREIGN KEY (indicatorgroupid) REFERENCES dhis2.indicatorgroup(indicatorgroupid);

ALTER TABLE ONLY dhis2.indicatorgroupsetmembers
    ADD CONSTRAINT fk_indicatorgroupset_indicatorgroupid FOREIGN KEY (indicatorgroupid) REFERENCES dhis2.indicatorgroup(indicatorgroupid);

ALTER TABLE ONLY dhis2.indicatorgroupset
    ADD CONSTRAINT fk_indicatorgroupset_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicatorgroupsetmembers
    ADD CONSTRAINT fk_indicatorgroupsetmembers_indicatorgroupsetid FOREIGN KEY (indicatorgroupsetid) REFERENCES dhis2.indicatorgroupset(indicatorgroupsetid);

ALTER TABLE ONLY dhis2.intepretation_likedby
    ADD CONSTRAINT fk_intepretation_likedby_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.interpretation_comments
    ADD CONSTRAINT fk_interpretation_comments_interpretationcommentid FOREIGN KEY (interpretationcommentid) REFERENCES dhis2.interpretationcomment(interpretationcommentid);

ALTER TABLE ONLY dhis2.interpretation_comments
    ADD CONSTRAINT fk_interpretation_comments_interpretationid FOREIGN KEY (interpretationid) REFERENCES dhis2.interpretation(interpretationid);

ALTER TABLE ONLY dhis2.interpretation
    ADD CONSTRAINT fk_interpretation_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.intepretation_likedby
    ADD CONSTRAINT fk_interpretation_likedby_interpretationid FOREIGN KEY (interpretationid) REFERENCES dhis2.interpretation(interpretationid);

ALTER TABLE ONLY dhis2.interpretation
    ADD CONSTRAINT fk_interpretation_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.interpretation
    ADD CONSTRAINT fk_interpretation_periodid FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.interpretation
    ADD CONSTRAINT fk_interpretation_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.interpretationcomment
    ADD CONSTRAINT fk_interpretationcomment_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.attribute
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.categorycombo
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.categoryoptioncombo
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.categoryoptiongroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.categoryoptiongroupset
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.constant
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataapprovallevel
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataapprovalworkflow
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelement
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementcategory
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementcategoryoption
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementgroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataelementgroupset
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataentryform
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.dataset
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.document
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.fileresource
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicator
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicatorgroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicatorgroupset
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.indicatortype
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.optionset
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.orgunitgroupset
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.orgunitlevel
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.program_attribute_group
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.program_attributes
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programindicatorgroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programrule
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programsection
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programstagedataelement
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programstagesection
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.section
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentitycomment
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentityinstance
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentitytype
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentitytypeattribute
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.usergroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.userrole
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.validationrulegroup
    ADD CONSTRAINT fk_lastupdateby_userid FOREIGN KEY (lastupdatedby) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.lockexception
    ADD CONSTRAINT fk_lockexception_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.lockexception
    ADD CONSTRAINT fk_lockexception_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.lockexception
    ADD CONSTRAINT fk_lockexception_periodid FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.message
    ADD CONSTRAINT fk_message_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.messageconversation
    ADD CONSTRAINT fk_messageconversation_lastsender_userid FOREIGN KEY (lastsenderid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.messageconversation_messages
    ADD CONSTRAINT fk_messageconversation_messages_messageconversationid FOREIGN KEY (messageconversationid) REFERENCES dhis2.messageconversation(messageconversationid);

ALTER TABLE ONLY dhis2.messageconversation_messages
    ADD CONSTRAINT fk_messageconversation_messages_messageid FOREIGN KEY (messageid) REFERENCES dhis2.message(messageid);

ALTER TABLE ONLY dhis2.messageconversation
    ADD CONSTRAINT fk_messageconversation_user_user_assigned FOREIGN KEY (user_assigned) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.messageconversation
    ADD CONSTRAINT fk_messageconversation_user_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.messageconversation_usermessages
    ADD CONSTRAINT fk_messageconversation_usermessages_messageconversationid FOREIGN KEY (messageconversationid) REFERENCES dhis2.messageconversation(messageconversationid);

ALTER TABLE ONLY dhis2.messageconversation_usermessages
    ADD CONSTRAINT fk_messageconversation_usermessages_usermessageid FOREIGN KEY (usermessageid) REFERENCES dhis2.usermessage(usermessageid);

ALTER TABLE ONLY dhis2.minmaxdataelement
    ADD CONSTRAINT fk_minmaxdataelement_categoryoptioncomboid FOREIGN KEY (categoryoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.minmaxdataelement
    ADD CONSTRAINT fk_minmaxdataelement_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.minmaxdataelement
    ADD CONSTRAINT fk_minmaxdataelement_organisationunitid FOREIGN KEY (sourceid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT fk_optiongroup_optionsetid FOREIGN KEY (optionsetid) REFERENCES dhis2.optionset(optionsetid);

ALTER TABLE ONLY dhis2.optiongroup
    ADD CONSTRAINT fk_optiongroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.optiongroupmembers
    ADD CONSTRAINT fk_optiongroupmembers_optiongroupid FOREIGN KEY (optionid) REFERENCES dhis2.optionvalue(optionvalueid);

ALTER TABLE ONLY dhis2.optiongroupmembers
    ADD CONSTRAINT fk_optiongroupmembers_optionid FOREIGN KEY (optiongroupid) REFERENCES dhis2.optiongroup(optiongroupid);

ALTER TABLE ONLY dhis2.optionset
    ADD CONSTRAINT fk_optionset_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.optionvalue
    ADD CONSTRAINT fk_optionsetmembers_optionsetid FOREIGN KEY (optionsetid) REFERENCES dhis2.optionset(optionsetid);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT fk_organisationunit_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.validationruleorganisationunitlevels
    ADD CONSTRAINT fk_organisationunitlevel_validationtuleid FOREIGN KEY (validationruleid) REFERENCES dhis2.validationrule(validationruleid);

ALTER TABLE ONLY dhis2.orgunitgroupmembers
    ADD CONSTRAINT fk_orgunitgroup_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.orgunitgroup
    ADD CONSTRAINT fk_orgunitgroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.orgunitgroupmembers
    ADD CONSTRAINT fk_orgunitgroupmembers_orgunitgroupid FOREIGN KEY (orgunitgroupid) REFERENCES dhis2.orgunitgroup(orgunitgroupid);

ALTER TABLE ONLY dhis2.orgunitgroupsetmembers
    ADD CONSTRAINT fk_orgunitgroupset_orgunitgroupid FOREIGN KEY (orgunitgroupid) REFERENCES dhis2.orgunitgroup(orgunitgroupid);

ALTER TABLE ONLY dhis2.orgunitgroupset
    ADD CONSTRAINT fk_orgunitgroupset_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.orgunitgroupsetmembers
    ADD CONSTRAINT fk_orgunitgroupsetmembers_orgunitgroupsetid FOREIGN KEY (orgunitgroupsetid) REFERENCES dhis2.orgunitgroupset(orgunitgroupsetid);

ALTER TABLE ONLY dhis2.organisationunit
    ADD CONSTRAINT fk_parentid FOREIGN KEY (parentid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.period
    ADD CONSTRAINT fk_period_periodtypeid FOREIGN KEY (periodtypeid) REFERENCES dhis2.periodtype(periodtypeid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT fk_predictor_generatorexpressionid FOREIGN KEY (generatorexpressionid) REFERENCES dhis2.expression(expressionid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT fk_predictor_outputcomboid FOREIGN KEY (generatoroutputcombo) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT fk_predictor_outputdataelementid FOREIGN KEY (generatoroutput) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.program_attributes
    ADD CONSTRAINT fk_program_attributeid FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_program_categorycomboid FOREIGN KEY (categorycomboid) REFERENCES dhis2.categorycombo(categorycomboid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_program_dataentryformid FOREIGN KEY (dataentryformid) REFERENCES dhis2.dataentryform(dataentryformid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_program_expiryperiodtypeid FOREIGN KEY (expiryperiodtypeid) REFERENCES dhis2.periodtype(periodtypeid);

ALTER TABLE ONLY dhis2.program_organisationunits
    ADD CONSTRAINT fk_program_organisationunits_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.program_organisationunits
    ADD CONSTRAINT fk_program_organisationunits_programid FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programsection
    ADD CONSTRAINT fk_program_programid FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programstagesection
    ADD CONSTRAINT fk_program_programstageid FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_program_relatedprogram FOREIGN KEY (relatedprogramid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_program_trackedentitytypeid FOREIGN KEY (trackedentitytypeid) REFERENCES dhis2.trackedentitytype(trackedentitytypeid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_program_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.program
    ADD CONSTRAINT fk_program_workflowid FOREIGN KEY (workflowid) REFERENCES dhis2.dataapprovalworkflow(workflowid);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT fk_programindicator_program FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programindicator
    ADD CONSTRAINT fk_programindicator_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programindicatorgroupmembers
    ADD CONSTRAINT fk_programindicatorgroup_programindicatorid FOREIGN KEY (programindicatorid) REFERENCES dhis2.programindicator(programindicatorid);

ALTER TABLE ONLY dhis2.programindicatorgroup
    ADD CONSTRAINT fk_programindicatorgroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programindicatorgroupmembers
    ADD CONSTRAINT fk_programindicatorgroupmembers_programindicatorgroupid FOREIGN KEY (programindicatorgroupid) REFERENCES dhis2.programindicatorgroup(programindicatorgroupid);

ALTER TABLE ONLY dhis2.programinstance
    ADD CONSTRAINT fk_programinstance_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.programinstance
    ADD CONSTRAINT fk_programinstance_programid FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programinstance
    ADD CONSTRAINT fk_programinstance_trackedentityinstanceid FOREIGN KEY (trackedentityinstanceid) REFERENCES dhis2.trackedentityinstance(trackedentityinstanceid);

ALTER TABLE ONLY dhis2.programinstancecomments
    ADD CONSTRAINT fk_programinstancecomments_programinstanceid FOREIGN KEY (programinstanceid) REFERENCES dhis2.programinstance(programinstanceid);

ALTER TABLE ONLY dhis2.programinstancecomments
    ADD CONSTRAINT fk_programinstancecomments_trackedentitycommentid FOREIGN KEY (trackedentitycommentid) REFERENCES dhis2.trackedentitycomment(trackedentitycommentid);

ALTER TABLE ONLY dhis2.programownershiphistory
    ADD CONSTRAINT fk_programownershiphistory_programid FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programownershiphistory
    ADD CONSTRAINT fk_programownershiphistory_trackedentityinstanceid FOREIGN KEY (trackedentityinstanceid) REFERENCES dhis2.trackedentityinstance(trackedentityinstanceid);

ALTER TABLE ONLY dhis2.programrule
    ADD CONSTRAINT fk_programrule_program FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programrule
    ADD CONSTRAINT fk_programrule_programstage FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_dataelement FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_option FOREIGN KEY (optionid) REFERENCES dhis2.optionvalue(optionvalueid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_optiongroup FOREIGN KEY (optiongroupid) REFERENCES dhis2.optiongroup(optiongroupid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_programindicator FOREIGN KEY (programindicatorid) REFERENCES dhis2.programindicator(programindicatorid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_programnotification FOREIGN KEY (programnotificationtemplateid) REFERENCES dhis2.programnotificationtemplate(programnotificationtemplateid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_programrule FOREIGN KEY (programruleid) REFERENCES dhis2.programrule(programruleid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_programstage FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_programstagesection FOREIGN KEY (programstagesectionid) REFERENCES dhis2.programstagesection(programstagesectionid);

ALTER TABLE ONLY dhis2.programruleaction
    ADD CONSTRAINT fk_programruleaction_trackedentityattribute FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT fk_programrulevariable_dataelement FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT fk_programrulevariable_program FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT fk_programrulevariable_programstage FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.programrulevariable
    ADD CONSTRAINT fk_programrulevariable_trackedentityattribute FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.programsection_attributes
    ADD CONSTRAINT fk_programsection_attributes_trackedentityattributeid FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.programsection_attributes
    ADD CONSTRAINT fk_programsections_attributes_programsectionid FOREIGN KEY (programsectionid) REFERENCES dhis2.programsection(programsectionid);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT fk_programstage_dataentryform FOREIGN KEY (dataentryformid) REFERENCES dhis2.dataentryform(dataentryformid);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT fk_programstage_periodtypeid FOREIGN KEY (periodtypeid) REFERENCES dhis2.periodtype(periodtypeid);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT fk_programstage_program FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programstage
    ADD CONSTRAINT fk_programstage_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.programstagedataelement
    ADD CONSTRAINT fk_programstagedataelement_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.programstagedataelement
    ADD CONSTRAINT fk_programstagedataelement_programstageid FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.programstageinstance
    ADD CONSTRAINT fk_programstageinstance_attributeoptioncomboid FOREIGN KEY (attributeoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.programstageinstance
    ADD CONSTRAINT fk_programstageinstance_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.programstageinstance
    ADD CONSTRAINT fk_programstageinstance_programinstanceid FOREIGN KEY (programinstanceid) REFERENCES dhis2.programinstance(programinstanceid);

ALTER TABLE ONLY dhis2.programstageinstance
    ADD CONSTRAINT fk_programstageinstance_programstageid FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.programstageinstancecomments
    ADD CONSTRAINT fk_programstageinstancecomments_programstageinstanceid FOREIGN KEY (programstageinstanceid) REFERENCES dhis2.programstageinstance(programstageinstanceid);

ALTER TABLE ONLY dhis2.programstageinstancecomments
    ADD CONSTRAINT fk_programstageinstancecomments_trackedentitycommentid FOREIGN KEY (trackedentitycommentid) REFERENCES dhis2.trackedentitycomment(trackedentitycommentid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT fk_programstagenotification_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT fk_programstagenotification_trackedentityattributeid FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.programnotificationtemplate
    ADD CONSTRAINT fk_programstagenotification_usergroup FOREIGN KEY (usergroupid) REFERENCES dhis2.usergroup(usergroupid);

ALTER TABLE ONLY dhis2.programstagesection_dataelements
    ADD CONSTRAINT fk_programstagesection_dataelements_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.programstagesection_dataelements
    ADD CONSTRAINT fk_programstagesection_dataelements_programstagesectionid FOREIGN KEY (programstagesectionid) REFERENCES dhis2.programstagesection(programstagesectionid);

ALTER TABLE ONLY dhis2.programstagesection_programindicators
    ADD CONSTRAINT fk_programstagesection_programindicators_indicatorid FOREIGN KEY (programindicatorid) REFERENCES dhis2.programindicator(programindicatorid);

ALTER TABLE ONLY dhis2.programstagesection_programindicators
    ADD CONSTRAINT fk_programstagesection_programindicators_sectionid FOREIGN KEY (programstagesectionid) REFERENCES dhis2.programstagesection(programstagesectionid);

ALTER TABLE ONLY dhis2.program_attributes
    ADD CONSTRAINT fk_programtrackedentityattribute_programid FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programtrackedentityattributegroupmembers
    ADD CONSTRAINT fk_programtrackedentityattributegroup_attributeid FOREIGN KEY (programtrackedentityattributeid) REFERENCES dhis2.program_attributes(programtrackedentityattributeid);

ALTER TABLE ONLY dhis2.programtrackedentityattributegroupmembers
    ADD CONSTRAINT fk_programtrackedentityattributegroupmembers_groupid FOREIGN KEY (programtrackedentityattributegroupid) REFERENCES dhis2.program_attribute_group(programtrackedentityattributegroupid);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT fk_relationship_from_relationshipitemid FOREIGN KEY (from_relationshipitemid) REFERENCES dhis2.relationshipitem(relationshipitemid);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT fk_relationship_relationshiptypeid FOREIGN KEY (relationshiptypeid) REFERENCES dhis2.relationshiptype(relationshiptypeid);

ALTER TABLE ONLY dhis2.relationship
    ADD CONSTRAINT fk_relationship_to_relationshipitemid FOREIGN KEY (to_relationshipitemid) REFERENCES dhis2.relationshipitem(relationshipitemid);

ALTER TABLE ONLY dhis2.relationshipconstraint
    ADD CONSTRAINT fk_relationshipconstraint_program_programid FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.relationshipconstraint
    ADD CONSTRAINT fk_relationshipconstraint_programstage_programstageid FOREIGN KEY (programstageid) REFERENCES dhis2.programstage(programstageid);

ALTER TABLE ONLY dhis2.relationshipconstraint
    ADD CONSTRAINT fk_relationshipconstraint_trackedentitytype_trackedentitytypeid FOREIGN KEY (trackedentitytypeid) REFERENCES dhis2.trackedentitytype(trackedentitytypeid);

ALTER TABLE ONLY dhis2.relationshipitem
    ADD CONSTRAINT fk_relationshipitem_programinstanceid FOREIGN KEY (programinstanceid) REFERENCES dhis2.programinstance(programinstanceid);

ALTER TABLE ONLY dhis2.relationshipitem
    ADD CONSTRAINT fk_relationshipitem_programstageinstanceid FOREIGN KEY (programstageinstanceid) REFERENCES dhis2.programstageinstance(programstageinstanceid);

ALTER TABLE ONLY dhis2.relationshipitem
    ADD CONSTRAINT fk_relationshipitem_relationshipid FOREIGN KEY (relationshipid) REFERENCES dhis2.relationship(relationshipid);

ALTER TABLE ONLY dhis2.relationshipitem
    ADD CONSTRAINT fk_relationshipitem_trackedentityinstanceid FOREIGN KEY (trackedentityinstanceid) REFERENCES dhis2.trackedentityinstance(trackedentityinstanceid);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT fk_relationshiptype_from_relationshipconstraintid FOREIGN KEY (from_relationshipconstraintid) REFERENCES dhis2.relationshipconstraint(relationshipconstraintid);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT fk_relationshiptype_to_relationshipconstraintid FOREIGN KEY (to_relationshipconstraintid) REFERENCES dhis2.relationshipconstraint(relationshipconstraintid);

ALTER TABLE ONLY dhis2.relationshiptype
    ADD CONSTRAINT fk_relationshiptype_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.sectiondataelements
    ADD CONSTRAINT fk_section_dataelementid FOREIGN KEY (dataelementid) REFERENCES dhis2.dataelement(dataelementid);

ALTER TABLE ONLY dhis2.sectiongreyedfields
    ADD CONSTRAINT fk_section_dataelementoperandid FOREIGN KEY (dataelementoperandid) REFERENCES dhis2.dataelementoperand(dataelementoperandid);

ALTER TABLE ONLY dhis2.section
    ADD CONSTRAINT fk_section_datasetid FOREIGN KEY (datasetid) REFERENCES dhis2.dataset(datasetid);

ALTER TABLE ONLY dhis2.sectionindicators
    ADD CONSTRAINT fk_section_indicatorid FOREIGN KEY (indicatorid) REFERENCES dhis2.indicator(indicatorid);

ALTER TABLE ONLY dhis2.sectiondataelements
    ADD CONSTRAINT fk_sectiondataelements_sectionid FOREIGN KEY (sectionid) REFERENCES dhis2.section(sectionid);

ALTER TABLE ONLY dhis2.sectiongreyedfields
    ADD CONSTRAINT fk_sectiongreyedfields_sectionid FOREIGN KEY (sectionid) REFERENCES dhis2.section(sectionid);

ALTER TABLE ONLY dhis2.sectionindicators
    ADD CONSTRAINT fk_sectionindicators_sectionid FOREIGN KEY (sectionid) REFERENCES dhis2.section(sectionid);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT fk_trackedentityattribute_optionsetid FOREIGN KEY (optionsetid) REFERENCES dhis2.optionset(optionsetid);

ALTER TABLE ONLY dhis2.trackedentityattribute
    ADD CONSTRAINT fk_trackedentityattribute_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentityinstance
    ADD CONSTRAINT fk_trackedentityinstance_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.trackedentityinstance
    ADD CONSTRAINT fk_trackedentityinstance_representativeid FOREIGN KEY (representativeid) REFERENCES dhis2.trackedentityinstance(trackedentityinstanceid);

ALTER TABLE ONLY dhis2.trackedentityinstance
    ADD CONSTRAINT fk_trackedentityinstance_trackedentitytypeid FOREIGN KEY (trackedentitytypeid) REFERENCES dhis2.trackedentitytype(trackedentitytypeid);

ALTER TABLE ONLY dhis2.trackedentityprogramowner
    ADD CONSTRAINT fk_trackedentityprogramowner_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.trackedentityprogramowner
    ADD CONSTRAINT fk_trackedentityprogramowner_programid FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.trackedentityprogramowner
    ADD CONSTRAINT fk_trackedentityprogramowner_trackedentityinstanceid FOREIGN KEY (trackedentityinstanceid) REFERENCES dhis2.trackedentityinstance(trackedentityinstanceid);

ALTER TABLE ONLY dhis2.trackedentitytype
    ADD CONSTRAINT fk_trackedentitytype_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.trackedentitytypeattribute
    ADD CONSTRAINT fk_trackedentitytypeattribute_trackedentityattributeid FOREIGN KEY (trackedentityattributeid) REFERENCES dhis2.trackedentityattribute(trackedentityattributeid);

ALTER TABLE ONLY dhis2.trackedentitytypeattribute
    ADD CONSTRAINT fk_trackedentitytypeattribute_trackedentitytypeid FOREIGN KEY (trackedentitytypeid) REFERENCES dhis2.trackedentitytype(trackedentitytypeid);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT fk_user_userid FOREIGN KEY (creatoruserid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.users
    ADD CONSTRAINT fk_user_userinfoid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.userdatavieworgunits
    ADD CONSTRAINT fk_userdatavieworgunits_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.userdatavieworgunits
    ADD CONSTRAINT fk_userdatavieworgunits_userinfoid FOREIGN KEY (userinfoid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.usergroup
    ADD CONSTRAINT fk_usergroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.usergroupmembers
    ADD CONSTRAINT fk_usergroupmembers_usergroupid FOREIGN KEY (usergroupid) REFERENCES dhis2.usergroup(usergroupid);

ALTER TABLE ONLY dhis2.usergroupmembers
    ADD CONSTRAINT fk_usergroupmembers_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.usermembership
    ADD CONSTRAINT fk_userinfo_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.usermembership
    ADD CONSTRAINT fk_usermembership_userinfoid FOREIGN KEY (userinfoid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.usermessage
    ADD CONSTRAINT fk_usermessage_user FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.userrole
    ADD CONSTRAINT fk_userrole_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.userroleauthorities
    ADD CONSTRAINT fk_userroleauthorities_userroleid FOREIGN KEY (userroleid) REFERENCES dhis2.userrole(userroleid);

ALTER TABLE ONLY dhis2.userrolemembers
    ADD CONSTRAINT fk_userrolemembers_userid FOREIGN KEY (userid) REFERENCES dhis2.users(userid);

ALTER TABLE ONLY dhis2.userrolemembers
    ADD CONSTRAINT fk_userrolemembers_userroleid FOREIGN KEY (userroleid) REFERENCES dhis2.userrole(userroleid);

ALTER TABLE ONLY dhis2.userteisearchorgunits
    ADD CONSTRAINT fk_userteisearchorgunits_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.userteisearchorgunits
    ADD CONSTRAINT fk_userteisearchorgunits_userinfoid FOREIGN KEY (userinfoid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.validationresult
    ADD CONSTRAINT fk_validationresult_attributeoptioncomboid FOREIGN KEY (attributeoptioncomboid) REFERENCES dhis2.categoryoptioncombo(categoryoptioncomboid);

ALTER TABLE ONLY dhis2.validationresult
    ADD CONSTRAINT fk_validationresult_organisationunitid FOREIGN KEY (organisationunitid) REFERENCES dhis2.organisationunit(organisationunitid);

ALTER TABLE ONLY dhis2.validationresult
    ADD CONSTRAINT fk_validationresult_period FOREIGN KEY (periodid) REFERENCES dhis2.period(periodid);

ALTER TABLE ONLY dhis2.validationresult
    ADD CONSTRAINT fk_validationresult_validationruleid FOREIGN KEY (validationruleid) REFERENCES dhis2.validationrule(validationruleid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT fk_validationrule_leftexpressionid FOREIGN KEY (leftexpressionid) REFERENCES dhis2.expression(expressionid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT fk_validationrule_periodtypeid FOREIGN KEY (periodtypeid) REFERENCES dhis2.periodtype(periodtypeid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT fk_validationrule_periodtypeid FOREIGN KEY (periodtypeid) REFERENCES dhis2.periodtype(periodtypeid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT fk_validationrule_rightexpressionid FOREIGN KEY (rightexpressionid) REFERENCES dhis2.expression(expressionid);

ALTER TABLE ONLY dhis2.predictor
    ADD CONSTRAINT fk_validationrule_skiptestexpressionid FOREIGN KEY (skiptestexpressionid) REFERENCES dhis2.expression(expressionid);

ALTER TABLE ONLY dhis2.validationrule
    ADD CONSTRAINT fk_validationrule_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.validationrulegroup
    ADD CONSTRAINT fk_validationrulegroup_userid FOREIGN KEY (userid) REFERENCES dhis2.userinfo(userinfoid);

ALTER TABLE ONLY dhis2.validationrulegroupmembers
    ADD CONSTRAINT fk_validationrulegroup_validationruleid FOREIGN KEY (validationruleid) REFERENCES dhis2.validationrule(validationruleid);

ALTER TABLE ONLY dhis2.validationrulegroupmembers
    ADD CONSTRAINT fk_validationrulegroupmembers_validationrulegroupid FOREIGN KEY (validationgroupid) REFERENCES dhis2.validationrulegroup(validationrulegroupid);

ALTER TABLE ONLY dhis2.programstageinstance_messageconversation
    ADD CONSTRAINT fkdmc46bnsqath7p6mrsrb89eml FOREIGN KEY (messageconversationid) REFERENCES dhis2.messageconversation(messageconversationid);

ALTER TABLE ONLY dhis2.program_userroles
    ADD CONSTRAINT fkgb55kdvtf92qykh2840inyhst FOREIGN KEY (programid) REFERENCES dhis2.program(programid);

ALTER TABLE ONLY dhis2.programinstance_messageconversation
    ADD CONSTRAINT fkj3dr5vrqclcaodu7x4rm1qsbo FOREIGN KEY (programinstanceid) REFERENCES dhis2.programinstance(programinstanceid);

ALTER TABLE ONLY dhis2.programinstance_messageconversation
    ADD CONSTRAINT fkjy8ap861np4x3c5glxv8l8719 FOREIGN KEY (messageconversationid) REFERENCES dhis2.messageconversation(messageconversationid);

ALTER TABLE ONLY dhis2.programstageinstance_messageconversation
    ADD CONSTRAINT fkks9i10v8xg7d22hlhmesia51l FOREIGN KEY (programstageinstanceid) REFERENCES dhis2.programstageinstance(programstageinstanceid);
