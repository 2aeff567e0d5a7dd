-- LabKey Server, the open-source platform for research data (clinical and lab studies): study (studies,
-- participants, cohorts, visits and visit maps, datasets, participant groups and categories, participant visits,
-- specimen (sample) requests with their statuses, actors, requirements, events and requested specimens, study
-- design lookups: assays, labs, sample types, routes, treatments by visit, snapshots), exp (samples and sample types,
-- data and data classes, assay designs (protocols), runs and run groups, inputs and lineage edges, properties and
-- domains, lists, QC flags), assay (plates, plate sets, wells, hits), core (folders and projects, users, groups and
-- memberships, role assignments, logins, API keys, notifications, reports, data states), comm (message boards and
-- wiki pages with versions), pipeline (jobs and roots, file triggers), audit log, issues, surveys, queries and
-- search, as the PostgreSQL upgrade scripts of github.com/LabKey/platform (commit 5842e12, October 2024) build them:
-- <module>/resources/schemas/dbscripts/postgresql/<schema>-0.000-*.sql and every later <schema>-x-y.sql script,
-- then <schema>-create.sql, run in order into a scratch PostgreSQL for the modules core, prop, pipeline, exp,
-- study, comm, assay, audit, issues, query, survey, filecontent, list, search, and regenerated from its catalog.
-- Licence Apache-2.0 (LabKey Corporation). Kept: all 140 tables of those schemas (schema names as LabKey's; the
-- scripts' mixed-case names are unquoted in the source, so lower-case), their columns (the domains entityid,
-- userid, lsidtype and uniqueidentifier as their base types), primary keys (8 tables have none in the source:
-- core.containers, core.modules, core.containeraliases, exp.edge, exp.materialancestors, exp.dataancestors,
-- comm.pagealiases, assay.platesetedge), the 139 foreign keys the scripts declare, and the 8 unique keys they point
-- at. Left out: defaults and sequences, ON DELETE actions, other unique keys, CHECK constraints, indexes, the 16
-- views and 121 functions, the mothership (LabKey's own crash-report server) and test modules, the old labkey schema,
-- the per-folder tables LabKey provisions at run time (schemas studydataset, expsampleset, expdataclass,
-- assayresult, issuedef, list...: dataset rows, sample and issue fields live there) and rows. The scripts declare no
-- comments, so none. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS prop;
CREATE SCHEMA IF NOT EXISTS exp;
CREATE SCHEMA IF NOT EXISTS study;
CREATE SCHEMA IF NOT EXISTS comm;
CREATE SCHEMA IF NOT EXISTS pipeline;
CREATE SCHEMA IF NOT EXISTS assay;
CREATE SCHEMA IF NOT EXISTS audit;
CREATE SCHEMA IF NOT EXISTS issues;
CREATE SCHEMA IF NOT EXISTS query;
CREATE SCHEMA IF NOT EXISTS survey;
CREATE SCHEMA IF NOT EXISTS filecontent;
CREATE SCHEMA IF NOT EXISTS search;
CREATE TABLE core.apikeys (
    rowid integer NOT NULL,
    createdby integer,
    created timestamp without time zone,
    crypt character varying(100),
    expiration timestamp without time zone,
    description character varying(256),
    lastused timestamp without time zone,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.authenticationconfigurations (
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    provider character varying(64) NOT NULL,
    description character varying(255) NOT NULL,
    enabled boolean NOT NULL,
    autoredirect boolean NOT NULL,
    sortorder smallint NOT NULL,
    properties text,
    encryptedproperties text,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.containeraliases (
    path character varying(4000) NOT NULL,
    containerid character varying(36) NOT NULL
);
CREATE TABLE core.containers (
    _ts timestamp without time zone,
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    parent character varying(36),
    name character varying(255),
    sortorder integer NOT NULL,
    searchable boolean NOT NULL,
    description character varying(4000),
    title character varying(1000),
    type character varying(16) NOT NULL,
    lockstate character varying(25),
    expirationdate timestamp without time zone,
    filerootsize bigint,
    filerootlastcrawled timestamp without time zone,
    UNIQUE (entityid)
);
CREATE TABLE core.datastates (
    rowid integer NOT NULL,
    label character varying(64),
    description character varying(500),
    container character varying(36) NOT NULL,
    publicdata boolean NOT NULL,
    statetype character varying(20),
    color character varying(7),
    PRIMARY KEY (rowid)
);
CREATE TABLE core.dbsequences (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    name character varying(500) NOT NULL,
    id integer NOT NULL,
    value bigint NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.documents (
    _ts timestamp without time zone,
    rowid integer NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    owner integer,
    container character varying(36) NOT NULL,
    parent character varying(36) NOT NULL,
    documentname character varying(195),
    documentsize integer,
    documenttype character varying(500),
    document bytea,
    lastindexed timestamp without time zone,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.emailoptions (
    emailoptionid integer NOT NULL,
    emailoption character varying(50),
    type character varying(60) NOT NULL,
    PRIMARY KEY (emailoptionid)
);
CREATE TABLE core.emailprefs (
    container character varying(36) NOT NULL,
    userid integer NOT NULL,
    emailoptionid integer NOT NULL,
    lastmodifiedby integer,
    type character varying(60) NOT NULL,
    srcidentifier character varying(100) NOT NULL,
    PRIMARY KEY (container, userid, type, srcidentifier)
);
CREATE TABLE core.logins (
    email character varying(255) NOT NULL,
    crypt character varying(64) NOT NULL,
    verification character varying(64),
    lastchanged timestamp without time zone,
    previouscrypts character varying(1000),
    requestedemail character varying(255),
    verificationtimeout timestamp without time zone,
    PRIMARY KEY (email)
);
CREATE TABLE core.mappeddirectories (
    entityid character varying(36) NOT NULL,
    container character varying(36) NOT NULL,
    relative boolean NOT NULL,
    name character varying(80),
    path character varying(255),
    PRIMARY KEY (entityid)
);
CREATE TABLE core.members (
    userid integer NOT NULL,
    groupid integer NOT NULL,
    PRIMARY KEY (userid, groupid)
);
CREATE TABLE core.modules (
    name character varying(255) NOT NULL,
    classname character varying(255),
    schemaversion double precision,
    enabled boolean,
    autouninstall boolean NOT NULL,
    schemas character varying(4000)
);
CREATE TABLE core.mvindicators (
    container character varying(36) NOT NULL,
    mvindicator character varying(64) NOT NULL,
    label character varying(255),
    PRIMARY KEY (container, mvindicator)
);
CREATE TABLE core.notifications (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    userid integer NOT NULL,
    objectid character varying(64) NOT NULL,
    type character varying(200) NOT NULL,
    readon timestamp without time zone,
    actionlinktext character varying(2000),
    actionlinkurl character varying(4000),
    content text,
    contenttype character varying(100),
    PRIMARY KEY (rowid)
);
CREATE TABLE core.policies (
    resourceid character varying(36) NOT NULL,
    resourceclass character varying(1000),
    container character varying(36) NOT NULL,
    modified timestamp without time zone NOT NULL,
    PRIMARY KEY (resourceid)
);
CREATE TABLE core.portalpages (
    entityid character varying(36) NOT NULL,
    container character varying(36) NOT NULL,
    pageid character varying(50) NOT NULL,
    index integer NOT NULL,
    caption character varying(64),
    hidden boolean NOT NULL,
    type character varying(20),
    action character varying(200),
    targetfolder character varying(36),
    permanent boolean NOT NULL,
    properties text,
    rowid integer NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.portalwebparts (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    index integer NOT NULL,
    name character varying(64),
    location character varying(16),
    properties text,
    permanent boolean NOT NULL,
    permission character varying(256),
    permissioncontainer character varying(36),
    portalpageid integer NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.principals (
    userid integer NOT NULL,
    container character varying(36),
    ownerid character varying(36),
    name character varying(64),
    type character(1),
    active boolean NOT NULL,
    PRIMARY KEY (userid)
);
CREATE TABLE core.report (
    rowid integer NOT NULL,
    reportkey character varying(255),
    createdby integer,
    modifiedby integer,
    created timestamp without time zone,
    modified timestamp without time zone,
    containerid character varying(36) NOT NULL,
    entityid character varying(36),
    descriptorxml text,
    reportowner integer,
    flags integer NOT NULL,
    categoryid integer,
    displayorder integer NOT NULL,
    contentmodified timestamp without time zone NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.reportenginemap (
    engineid integer NOT NULL,
    container character varying(36) NOT NULL,
    enginecontext character varying(64) NOT NULL,
    PRIMARY KEY (engineid, container, enginecontext)
);
CREATE TABLE core.reportengines (
    rowid integer NOT NULL,
    name character varying(255) NOT NULL,
    createdby integer,
    modifiedby integer,
    created timestamp without time zone,
    modified timestamp without time zone,
    enabled boolean NOT NULL,
    type character varying(64) NOT NULL,
    description character varying(255),
    configuration text,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.roleassignments (
    resourceid character varying(36) NOT NULL,
    userid integer NOT NULL,
    role character varying(500) NOT NULL,
    PRIMARY KEY (resourceid, userid, role)
);
CREATE TABLE core.shorturl (
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    shorturl character varying(255) NOT NULL,
    fullurl character varying(4000) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    PRIMARY KEY (rowid)
);
CREATE TABLE core.sqlscripts (
    _ts timestamp without time zone,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    modulename character varying(100) NOT NULL,
    filename character varying(300) NOT NULL,
    PRIMARY KEY (modulename, filename)
);
CREATE TABLE core.usersdata (
    _ts timestamp without time zone,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    owner integer,
    userid integer NOT NULL,
    displayname character varying(64) NOT NULL,
    firstname character varying(64),
    lastname character varying(64),
    phone character varying(64),
    mobile character varying(64),
    pager character varying(64),
    im character varying(64),
    description character varying(255),
    lastlogin timestamp without time zone,
    expirationdate timestamp without time zone,
    system boolean NOT NULL,
    lastactivity timestamp without time zone,
    PRIMARY KEY (userid)
);
CREATE TABLE core.viewcategory (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    label character varying(200) NOT NULL,
    displayorder integer NOT NULL,
    parent integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE prop.properties (
    set integer NOT NULL,
    name character varying(400) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (set, name)
);
CREATE TABLE prop.propertysets (
    set integer NOT NULL,
    objectid character varying(36),
    category character varying(255),
    userid integer,
    encryption character varying(100) NOT NULL,
    PRIMARY KEY (set)
);
CREATE TABLE exp.alias (
    rowid integer NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    name character varying(500) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.assayqcflag (
    rowid integer NOT NULL,
    runid integer NOT NULL,
    flagtype character varying(40) NOT NULL,
    description text,
    comment text,
    enabled boolean NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    intkey1 integer,
    intkey2 integer,
    key1 character varying(50),
    key2 character varying(50),
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.conditionalformat (
    rowid integer NOT NULL,
    propertyid integer NOT NULL,
    sortorder integer NOT NULL,
    filter character varying(500) NOT NULL,
    bold boolean NOT NULL,
    italic boolean NOT NULL,
    strikethrough boolean NOT NULL,
    textcolor character varying(10),
    backgroundcolor character varying(10),
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.data (
    rowid integer NOT NULL,
    lsid character varying(300) NOT NULL,
    name character varying(255),
    cpastype character varying(300),
    sourceapplicationid integer,
    datafileurl character varying(600),
    runid integer,
    container character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    generated boolean NOT NULL,
    description character varying(4000),
    classid integer,
    objectid integer NOT NULL,
    PRIMARY KEY (rowid),
    UNIQUE (lsid)
);
CREATE TABLE exp.dataaliasmap (
    lsid character varying(300) NOT NULL,
    alias integer NOT NULL,
    container character varying(36) NOT NULL,
    PRIMARY KEY (lsid, alias)
);
CREATE TABLE exp.dataancestors (
    rowid integer NOT NULL,
    ancestorrowid integer NOT NULL,
    ancestortypeid character varying(11)
);
CREATE TABLE exp.dataclass (
    rowid integer NOT NULL,
    name character varying(200) NOT NULL,
    lsid character varying(300) NOT NULL,
    container character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    description text,
    materialsourceid integer,
    nameexpression character varying(500),
    category character varying(20),
    lastindexed timestamp without time zone,
    dataparentimportaliasmap character varying(4000),
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.dataindexed (
    dataid integer NOT NULL,
    lastindexed timestamp without time zone NOT NULL,
    PRIMARY KEY (dataid)
);
CREATE TABLE exp.datainput (
    dataid integer NOT NULL,
    targetapplicationid integer NOT NULL,
    role character varying(50) NOT NULL,
    protocolinputid integer,
    PRIMARY KEY (dataid, targetapplicationid)
);
CREATE TABLE exp.datatypeexclusion (
    rowid integer NOT NULL,
    datatyperowid integer NOT NULL,
    datatype character varying(20) NOT NULL,
    excludedcontainer character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.domaindescriptor (
    domainid integer NOT NULL,
    name character varying(200),
    domainuri character varying(300) NOT NULL,
    description text,
    container character varying(36) NOT NULL,
    project character varying(36) NOT NULL,
    storagetablename character varying(100),
    storageschemaname character varying(100),
    _ts bigint NOT NULL,
    modifiedby integer,
    modified timestamp without time zone,
    templateinfo character varying(4000),
    systemfieldconfig character varying,
    PRIMARY KEY (domainid)
);
CREATE TABLE exp.edge (
    fromobjectid integer NOT NULL,
    toobjectid integer NOT NULL,
    runid integer,
    sourceid integer,
    sourcekey character varying(200)
);
CREATE TABLE exp.experiment (
    rowid integer NOT NULL,
    lsid character varying(300) NOT NULL,
    name character varying(200),
    hypothesis text,
    contactid character varying(100),
    experimentdescriptionurl character varying(200),
    comments text,
    entityid character varying(36),
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    hidden boolean NOT NULL,
    batchprotocolid integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.experimentrun (
    rowid integer NOT NULL,
    lsid character varying(300) NOT NULL,
    name character varying(200),
    protocollsid character varying(300) NOT NULL,
    comments text,
    entityid character varying(36),
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    filepathroot character varying(500),
    jobid integer,
    replacedbyrunid integer,
    batchid integer,
    objectid integer NOT NULL,
    lastindexed timestamp without time zone,
    workflowtask integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.list (
    entityid character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    name character varying(200) NOT NULL,
    domainid integer NOT NULL,
    keyname character varying(64) NOT NULL,
    keytype character varying(64) NOT NULL,
    description text,
    titlecolumn character varying(200),
    discussionsetting smallint NOT NULL,
    allowdelete boolean NOT NULL,
    allowupload boolean NOT NULL,
    allowexport boolean NOT NULL,
    entirelistindex boolean NOT NULL,
    entirelisttitletemplate character varying(1000),
    entirelistbodysetting integer NOT NULL,
    entirelistbodytemplate character varying(1000),
    eachitemindex boolean NOT NULL,
    eachitemtitletemplate character varying(1000),
    eachitembodysetting integer NOT NULL,
    eachitembodytemplate character varying(1000),
    lastindexed timestamp without time zone,
    entirelistindexsetting integer NOT NULL,
    listid integer NOT NULL,
    fileattachmentindex boolean NOT NULL,
    category character varying(20),
    PRIMARY KEY (container, listid)
);
CREATE TABLE exp.material (
    rowid integer NOT NULL,
    lsid character varying(300) NOT NULL,
    name character varying(200) NOT NULL,
    cpastype character varying(200),
    sourceapplicationid integer,
    runid integer,
    created timestamp without time zone NOT NULL,
    container character varying(36) NOT NULL,
    createdby integer,
    modifiedby integer,
    modified timestamp without time zone,
    description character varying(4000),
    objectid integer NOT NULL,
    aliquotedfromlsid character varying(300),
    samplestate integer,
    aliquotcount integer,
    aliquotvolume double precision,
    aliquotunit character varying(10),
    materialsourceid integer,
    materialexpdate timestamp without time zone,
    storedamount double precision,
    units character varying(20),
    availablealiquotcount integer,
    availablealiquotvolume double precision,
    rootmaterialrowid integer NOT NULL,
    PRIMARY KEY (rowid),
    UNIQUE (lsid)
);
CREATE TABLE exp.materialaliasmap (
    lsid character varying(300) NOT NULL,
    alias integer NOT NULL,
    container character varying(36) NOT NULL,
    PRIMARY KEY (lsid, alias)
);
CREATE TABLE exp.materialancestors (
    rowid integer NOT NULL,
    ancestorrowid integer NOT NULL,
    ancestortypeid character varying(11)
);
CREATE TABLE exp.materialindexed (
    materialid integer NOT NULL,
    lastindexed timestamp without time zone NOT NULL,
    PRIMARY KEY (materialid)
);
CREATE TABLE exp.materialinput (
    materialid integer NOT NULL,
    targetapplicationid integer NOT NULL,
    role character varying(50) NOT NULL,
    protocolinputid integer,
    PRIMARY KEY (materialid, targetapplicationid)
);
CREATE TABLE exp.materialsource (
    rowid integer NOT NULL,
    name character varying(100) NOT NULL,
    lsid character varying(300) NOT NULL,
    materiallsidprefix character varying(200),
    description text,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    idcol1 character varying(200),
    idcol2 character varying(200),
    idcol3 character varying(200),
    parentcol character varying(200),
    nameexpression character varying(500),
    lastindexed timestamp without time zone,
    materialparentimportaliasmap character varying(4000),
    labelcolor character varying(7),
    metricunit character varying(10),
    autolinktargetcontainer character varying(36),
    autolinkcategory character varying(200),
    aliquotnameexpression character varying(200),
    category character varying(20),
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.object (
    objectid integer NOT NULL,
    container character varying(36) NOT NULL,
    objecturi character varying(300) NOT NULL,
    ownerobjectid integer,
    PRIMARY KEY (objectid),
    UNIQUE (objecturi)
);
CREATE TABLE exp.objectlegacynames (
    rowid integer NOT NULL,
    objectid integer NOT NULL,
    objecttype character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.objectproperty (
    objectid integer NOT NULL,
    propertyid integer NOT NULL,
    typetag character(1) NOT NULL,
    floatvalue double precision,
    datetimevalue timestamp without time zone,
    stringvalue character varying(4000),
    mvindicator character varying(50),
    PRIMARY KEY (objectid, propertyid)
);
CREATE TABLE exp.propertydescriptor (
    propertyid integer NOT NULL,
    propertyuri character varying(300) NOT NULL,
    name character varying(200),
    description text,
    rangeuri character varying(200) NOT NULL,
    concepturi character varying(200),
    label character varying(200),
    format character varying(50),
    container character varying(36) NOT NULL,
    project character varying(36) NOT NULL,
    lookupcontainer character varying(36),
    lookupschema character varying(200),
    lookupquery character varying(200),
    defaultvaluetype character varying(50),
    hidden boolean NOT NULL,
    mvenabled boolean NOT NULL,
    importaliases character varying(200),
    url character varying(200),
    shownininsertview boolean NOT NULL,
    showninupdateview boolean NOT NULL,
    shownindetailsview boolean NOT NULL,
    dimension boolean NOT NULL,
    measure boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    facetingbehaviortype character varying(40) NOT NULL,
    excludefromshifting boolean NOT NULL,
    scale integer NOT NULL,
    recommendedvariable boolean NOT NULL,
    defaultscale character varying(40) NOT NULL,
    storagecolumnname character varying(100),
    phi character varying(20) NOT NULL,
    redactedtext character varying(450),
    mvindicatorstoragecolumnname character varying(120),
    textexpression character varying(200),
    principalconceptcode character varying(50),
    sourceontology character varying(20),
    conceptimportcolumn character varying(200),
    conceptlabelcolumn character varying(200),
    derivationdatascope character varying(20),
    conceptsubtree text,
    scannable boolean NOT NULL,
    PRIMARY KEY (propertyid)
);
CREATE TABLE exp.propertydomain (
    propertyid integer NOT NULL,
    domainid integer NOT NULL,
    required boolean NOT NULL,
    sortorder integer NOT NULL,
    PRIMARY KEY (propertyid, domainid)
);
CREATE TABLE exp.propertyvalidator (
    rowid integer NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(200),
    typeuri character varying(200) NOT NULL,
    expression text,
    errormessage text,
    properties text,
    container character varying(36) NOT NULL,
    propertyid integer NOT NULL,
    PRIMARY KEY (container, propertyid, rowid)
);
CREATE TABLE exp.protocol (
    rowid integer NOT NULL,
    lsid character varying(300) NOT NULL,
    name character varying(200),
    protocoldescription text,
    applicationtype character varying(50),
    maxinputmaterialperinstance integer,
    maxinputdataperinstance integer,
    outputmaterialperinstance integer,
    outputdataperinstance integer,
    outputmaterialtype character varying(50),
    outputdatatype character varying(50),
    instrument character varying(200),
    software character varying(200),
    contactid character varying(100),
    created timestamp without time zone,
    entityid character varying(36),
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    status character varying(60),
    PRIMARY KEY (rowid),
    UNIQUE (lsid)
);
CREATE TABLE exp.protocolaction (
    rowid integer NOT NULL,
    parentprotocolid integer NOT NULL,
    childprotocolid integer NOT NULL,
    sequence integer NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.protocolactionpredecessor (
    actionid integer NOT NULL,
    predecessorid integer NOT NULL,
    PRIMARY KEY (actionid, predecessorid)
);
CREATE TABLE exp.protocolapplication (
    rowid integer NOT NULL,
    lsid character varying(300) NOT NULL,
    name character varying(200),
    cpastype character varying(50),
    protocollsid character varying(300) NOT NULL,
    activitydate timestamp without time zone,
    comments text,
    runid integer NOT NULL,
    actionsequence integer NOT NULL,
    starttime timestamp without time zone,
    endtime timestamp without time zone,
    recordcount integer,
    entityid character varying(36) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.protocolapplicationparameter (
    rowid integer NOT NULL,
    protocolapplicationid integer NOT NULL,
    name character varying(200),
    valuetype character varying(50),
    stringvalue text,
    integervalue integer,
    doublevalue double precision,
    datetimevalue timestamp without time zone,
    ontologyentryuri character varying(200),
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.protocolinput (
    rowid integer NOT NULL,
    name character varying(300) NOT NULL,
    lsid character varying(300) NOT NULL,
    protocolid integer NOT NULL,
    input boolean NOT NULL,
    objecttype character varying(8) NOT NULL,
    dataclassid integer,
    materialsourceid integer,
    criterianame character varying(50),
    criteriaconfig text,
    minoccurs integer NOT NULL,
    maxoccurs integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.protocolparameter (
    rowid integer NOT NULL,
    protocolid integer NOT NULL,
    name character varying(200),
    valuetype character varying(50),
    stringvalue character varying(4000),
    integervalue integer,
    doublevalue double precision,
    datetimevalue timestamp without time zone,
    ontologyentryuri character varying(200),
    PRIMARY KEY (rowid)
);
CREATE TABLE exp.runlist (
    experimentid integer NOT NULL,
    experimentrunid integer NOT NULL,
    created timestamp without time zone,
    createdby integer,
    PRIMARY KEY (experimentid, experimentrunid)
);
CREATE TABLE study.assayspecimen (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    assayname character varying(200),
    description character varying(200),
    locationid integer,
    source character varying(20),
    tubetype character varying(64),
    primarytypeid integer,
    derivativetypeid integer,
    lab character varying(200),
    sampletype character varying(200),
    samplequantity double precision,
    sampleunits character varying(5),
    dataset integer,
    PRIMARY KEY (container, rowid)
);
CREATE TABLE study.assayspecimenvisit (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    visitid integer,
    assayspecimenid integer,
    PRIMARY KEY (container, rowid)
);
CREATE TABLE study.cohort (
    rowid integer NOT NULL,
    label character varying(200),
    container character varying(36) NOT NULL,
    lsid character varying(200) NOT NULL,
    enrolled boolean NOT NULL,
    subjectcount integer,
    description text,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.dataset (
    container character varying(36) NOT NULL,
    datasetid integer NOT NULL,
    typeuri character varying(300),
    label character varying(200) NOT NULL,
    showbydefault boolean NOT NULL,
    displayorder integer NOT NULL,
    entityid character varying(36),
    visitdatepropertyname character varying(200),
    keypropertyname character varying(50),
    name character varying(200) NOT NULL,
    description text,
    demographicdata boolean,
    cohortid integer,
    publishsourceid integer,
    keymanagementtype character varying(10) NOT NULL,
    categoryid integer,
    modified timestamp without time zone,
    type character varying(50) NOT NULL,
    tag character varying(1000),
    datasharing character varying(20) NOT NULL,
    usetimekeyfield boolean NOT NULL,
    publishsourcetype character varying(50),
    PRIMARY KEY (container, datasetid)
);
CREATE TABLE study.doseandroute (
    rowid integer NOT NULL,
    dose character varying(200),
    route character varying(200),
    productid integer NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.objective (
    rowid integer NOT NULL,
    label character varying(200) NOT NULL,
    type character varying(200),
    description text,
    descriptionrenderertype character varying(50) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.participant (
    container character varying(36) NOT NULL,
    participantid character varying(32) NOT NULL,
    enrollmentsiteid integer,
    currentsiteid integer,
    startdate timestamp without time zone,
    initialcohortid integer,
    currentcohortid integer,
    dateoffset integer NOT NULL,
    alternateid character varying(32),
    lastindexed timestamp without time zone,
    modified timestamp without time zone,
    PRIMARY KEY (container, participantid)
);
CREATE TABLE study.participantcategory (
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    container character varying(36) NOT NULL,
    label character varying(200) NOT NULL,
    type character varying(60) NOT NULL,
    autoupdate boolean,
    queryname character varying(200),
    viewname character varying(200),
    schemaname character varying(50),
    datasetid integer,
    groupproperty character varying(200),
    modifiedby integer,
    modified timestamp without time zone,
    ownerid integer NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.participantgroup (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    label character varying(200) NOT NULL,
    categoryid integer NOT NULL,
    filters text,
    description character varying(250),
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.participantgroupmap (
    groupid integer NOT NULL,
    participantid character varying(32) NOT NULL,
    container character varying(36) NOT NULL,
    PRIMARY KEY (groupid, participantid, container)
);
CREATE TABLE study.participantview (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    body text,
    active boolean NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.participantvisit (
    container character varying(36) NOT NULL,
    participantid character varying(32) NOT NULL,
    visitrowid integer NOT NULL,
    sequencenum numeric(15,4) NOT NULL,
    visitdate timestamp without time zone,
    day integer,
    cohortid integer,
    participantsequencenum character varying(200),
    PRIMARY KEY (container, participantid, sequencenum)
);
CREATE TABLE study.sampleavailabilityrule (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    sortorder integer NOT NULL,
    ruletype character varying(50),
    ruledata character varying(250),
    marktype character varying(30),
    PRIMARY KEY (rowid)
);
CREATE TABLE study.samplerequest (
    _ts timestamp without time zone,
    rowid integer NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    statusid integer NOT NULL,
    comments text,
    destinationsiteid integer,
    hidden boolean NOT NULL,
    entityid character varying(36),
    PRIMARY KEY (rowid)
);
CREATE TABLE study.samplerequestactor (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    sortorder integer,
    label character varying(100),
    persite boolean NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.samplerequestevent (
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    container character varying(36) NOT NULL,
    requestid integer NOT NULL,
    comments text,
    entrytype character varying(64),
    requirementid integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.samplerequestrequirement (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    requestid integer NOT NULL,
    actorid integer NOT NULL,
    siteid integer,
    description character varying(300),
    complete boolean NOT NULL,
    ownerentityid character varying(36),
    PRIMARY KEY (rowid)
);
CREATE TABLE study.samplerequestspecimen (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    samplerequestid integer NOT NULL,
    specimenglobaluniqueid character varying(100),
    orphaned boolean NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.samplerequeststatus (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    sortorder integer,
    label character varying(100),
    finalstate boolean NOT NULL,
    specimenslocked boolean NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.specimencomment (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    globaluniqueid character varying(50) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    comment text,
    specimenhash character varying(256),
    qualitycontrolflag boolean NOT NULL,
    qualitycontrolflagforced boolean NOT NULL,
    qualitycontrolcomments character varying(512),
    PRIMARY KEY (rowid)
);
CREATE TABLE study.study (
    label character varying(200),
    container character varying(36) NOT NULL,
    entityid character varying(36),
    timepointtype character varying(15) NOT NULL,
    startdate timestamp without time zone,
    participantcohortdatasetid integer,
    participantcohortproperty character varying(200),
    securitytype character varying(32) NOT NULL,
    lsid character varying(200) NOT NULL,
    manualcohortassignment boolean NOT NULL,
    defaultpipelineqcstate integer,
    defaultpublishdataqcstate integer,
    defaultdirectentryqcstate integer,
    showprivatedatabydefault boolean NOT NULL,
    advancedcohorts boolean NOT NULL,
    participantcommentdatasetid integer,
    participantcommentproperty character varying(200),
    participantvisitcommentdatasetid integer,
    participantvisitcommentproperty character varying(200),
    subjectnounsingular character varying(50) NOT NULL,
    subjectnounplural character varying(50) NOT NULL,
    subjectcolumnname character varying(50) NOT NULL,
    blankqcstatepublic boolean NOT NULL,
    description text,
    protocoldocumententityid character varying(36) NOT NULL,
    sourcestudycontainerid character varying(36),
    descriptionrenderertype character varying(50) NOT NULL,
    investigator character varying(200),
    "Grant" character varying(200),
    defaulttimepointduration integer NOT NULL,
    alternateidprefix character varying(20),
    alternateiddigits integer NOT NULL,
    studysnapshot integer,
    lastspecimenload timestamp without time zone,
    allowreqlocrepository boolean NOT NULL,
    allowreqlocclinic boolean NOT NULL,
    allowreqlocsal boolean NOT NULL,
    allowreqlocendpoint boolean NOT NULL,
    participantaliassourceproperty character varying(200),
    participantaliasproperty character varying(200),
    participantaliasdatasetid integer,
    species character varying(200),
    enddate timestamp without time zone,
    assayplan text,
    sharedatasetdefinitions boolean NOT NULL,
    validatequeriesafterimport boolean NOT NULL,
    sharevisitdefinitions boolean NOT NULL,
    failforundefinedtimepoints boolean NOT NULL,
    PRIMARY KEY (container)
);
CREATE TABLE study.studydesign (
    _ts timestamp without time zone,
    studyid integer NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    publicrevision integer,
    draftrevision integer,
    label character varying(200) NOT NULL,
    active boolean NOT NULL,
    sourcecontainer character varying(36),
    PRIMARY KEY (studyid)
);
CREATE TABLE study.studydesignassays (
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    description text,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    type character varying(200),
    platform character varying(200),
    category character varying(200),
    targetfunction character varying(200),
    leadcontributor character varying(200),
    contact character varying(200),
    summary text,
    keywords text,
    targettype character varying(200),
    targetsubtype character varying(200),
    editorial text,
    alternatename character varying(200),
    lab character varying(200),
    labpi character varying(200),
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignchallengetypes (
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesigngenes (
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignimmunogentypes (
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignlabs (
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    pi character varying(200),
    description text,
    summary text,
    institution character varying(200),
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignroutes (
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignsampletypes (
    name character varying(200) NOT NULL,
    primarytype character varying(200) NOT NULL,
    shortsamplecode character varying(2) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignsubtypes (
    name character varying(200) NOT NULL,
    label character varying(200) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignunits (
    name character varying(5) NOT NULL,
    label character varying(200) NOT NULL,
    inactive boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, name)
);
CREATE TABLE study.studydesignversion (
    _ts timestamp without time zone,
    rowid integer NOT NULL,
    studyid integer NOT NULL,
    createdby integer,
    created timestamp without time zone,
    container character varying(36) NOT NULL,
    revision integer NOT NULL,
    draft boolean NOT NULL,
    label character varying(200) NOT NULL,
    description text,
    xml text,
    PRIMARY KEY (studyid, revision)
);
CREATE TABLE study.studysnapshot (
    rowid integer NOT NULL,
    source character varying(36),
    destination character varying(36),
    createdby integer,
    created timestamp without time zone,
    refresh boolean NOT NULL,
    settings text,
    modifiedby integer,
    modified timestamp without time zone,
    type character varying(10),
    PRIMARY KEY (rowid)
);
CREATE TABLE study.treatmentvisitmap (
    cohortid integer NOT NULL,
    treatmentid integer NOT NULL,
    visitid integer NOT NULL,
    container character varying(36) NOT NULL,
    PRIMARY KEY (cohortid, treatmentid, visitid, container)
);
CREATE TABLE study.uploadlog (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby integer NOT NULL,
    description text,
    filepath character varying(400),
    datasetid integer NOT NULL,
    status character varying(20),
    PRIMARY KEY (rowid)
);
CREATE TABLE study.visit (
    rowid integer NOT NULL,
    sequencenummin numeric(15,4) NOT NULL,
    sequencenummax numeric(15,4) NOT NULL,
    label character varying(200),
    typecode character(1),
    container character varying(36) NOT NULL,
    showbydefault boolean NOT NULL,
    displayorder integer NOT NULL,
    visitdatedatasetid integer,
    cohortid integer,
    chronologicalorder integer NOT NULL,
    sequencenumhandling character varying(32),
    description text,
    protocolday numeric(15,4),
    PRIMARY KEY (container, rowid)
);
CREATE TABLE study.visitaliases (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    name character varying(200) NOT NULL,
    sequencenum numeric(15,4) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE study.visitmap (
    container character varying(36) NOT NULL,
    visitrowid integer NOT NULL,
    datasetid integer NOT NULL,
    required boolean NOT NULL,
    PRIMARY KEY (container, visitrowid, datasetid)
);
CREATE TABLE study.visittag (
    name character varying(200) NOT NULL,
    caption character varying(200) NOT NULL,
    description text,
    singleuse boolean NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    category character varying(200),
    PRIMARY KEY (name, container)
);
CREATE TABLE study.visittagmap (
    rowid integer NOT NULL,
    visittag character varying(200) NOT NULL,
    visitid integer NOT NULL,
    cohortid integer,
    container character varying(36) NOT NULL,
    PRIMARY KEY (container, rowid)
);
CREATE TABLE comm.announcements (
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    parent character varying(36),
    title character varying(255),
    expires timestamp without time zone,
    body text,
    renderertype character varying(50),
    status character varying(50),
    assignedto integer,
    discussionsrcidentifier character varying(100),
    discussionsrcurl character varying(1000),
    lastindexed timestamp without time zone,
    approved timestamp without time zone,
    discussionsrcentitytype character varying(100),
    PRIMARY KEY (rowid)
);
CREATE TABLE comm.pagealiases (
    container character varying(36) NOT NULL,
    alias character varying(255) NOT NULL,
    pagerowid integer NOT NULL
);
CREATE TABLE comm.pages (
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    owner integer,
    container character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    displayorder real NOT NULL,
    pageversionid integer,
    showattachments boolean NOT NULL,
    lastindexed timestamp without time zone,
    shouldindex boolean,
    PRIMARY KEY (entityid),
    UNIQUE (rowid)
);
CREATE TABLE comm.pageversions (
    rowid integer NOT NULL,
    pageentityid character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    owner integer,
    version integer NOT NULL,
    title character varying(255),
    body text,
    renderertype character varying(50) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE comm.rssfeeds (
    rowid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    feedname character varying(250),
    feedurl character varying(1000) NOT NULL,
    lastread timestamp without time zone,
    content text,
    PRIMARY KEY (rowid)
);
CREATE TABLE comm.tours (
    rowid integer NOT NULL,
    title character varying(500) NOT NULL,
    description character varying(4000),
    container character varying(36) NOT NULL,
    entityid character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    json character varying,
    mode integer NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE comm.userlist (
    messageid integer NOT NULL,
    userid integer NOT NULL,
    PRIMARY KEY (messageid, userid)
);
CREATE TABLE pipeline.pipelineroots (
    _ts timestamp without time zone,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    entityid character varying(36) NOT NULL,
    pipelinerootid integer NOT NULL,
    path character varying(300) NOT NULL,
    providers character varying(100),
    type character varying(255) NOT NULL,
    searchable boolean NOT NULL,
    supplementalpath character varying(300),
    PRIMARY KEY (pipelinerootid)
);
CREATE TABLE pipeline.statusfiles (
    _ts timestamp without time zone,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    container character varying(36) NOT NULL,
    entityid character varying(36) NOT NULL,
    rowid integer NOT NULL,
    status character varying(100),
    info character varying(1024),
    filepath character varying(1024) NOT NULL,
    email character varying(255),
    description character varying(255),
    dataurl character varying(1024),
    job character varying(36),
    provider character varying(255),
    haderror boolean NOT NULL,
    jobparent character varying(36),
    jobstore text,
    activetaskid character varying(255),
    activehostname character varying(255),
    taskpipelineid character varying(255),
    PRIMARY KEY (rowid),
    UNIQUE (job)
);
CREATE TABLE pipeline.triggerconfigurations (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    name character varying(255) NOT NULL,
    description text,
    type character varying(255) NOT NULL,
    enabled boolean,
    configuration text,
    pipelineid character varying(255) NOT NULL,
    lastchecked timestamp without time zone,
    customconfiguration text,
    PRIMARY KEY (rowid)
);
CREATE TABLE pipeline.triggeredfiles (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    triggerid integer NOT NULL,
    filepath character varying(1000) NOT NULL,
    lastrun timestamp without time zone,
    PRIMARY KEY (rowid)
);
CREATE TABLE assay.hit (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    protocolid integer NOT NULL,
    resultid integer NOT NULL,
    runid integer NOT NULL,
    welllsid character varying(200) NOT NULL,
    platesetpath character varying(4000) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE assay.plate (
    rowid integer NOT NULL,
    lsid character varying(200) NOT NULL,
    container character varying(36) NOT NULL,
    name character varying(200),
    createdby integer NOT NULL,
    created timestamp without time zone NOT NULL,
    template boolean NOT NULL,
    datafileid character varying(36),
    assaytype character varying(200) NOT NULL,
    modified timestamp without time zone NOT NULL,
    modifiedby integer NOT NULL,
    plateset integer,
    platetype integer NOT NULL,
    plateid character varying(200) NOT NULL,
    description character varying(300),
    archived boolean NOT NULL,
    barcode character varying(255),
    PRIMARY KEY (rowid)
);
CREATE TABLE assay.plateset (
    rowid integer NOT NULL,
    name character varying(200) NOT NULL,
    container character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby integer NOT NULL,
    modified timestamp without time zone NOT NULL,
    modifiedby integer NOT NULL,
    archived boolean NOT NULL,
    platesetid character varying(200) NOT NULL,
    description character varying(300),
    type character varying(64) NOT NULL,
    rootplatesetid integer,
    primaryplatesetid integer,
    template boolean NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE assay.platesetedge (
    fromplatesetid integer NOT NULL,
    toplatesetid integer NOT NULL,
    rootplatesetid integer NOT NULL
);
CREATE TABLE assay.platesetproperty (
    rowid integer NOT NULL,
    platesetid integer NOT NULL,
    propertyid integer,
    propertyuri character varying(300),
    fieldkey character varying(255),
    PRIMARY KEY (rowid)
);
CREATE TABLE assay.platetype (
    rowid integer NOT NULL,
    rows integer NOT NULL,
    columns integer NOT NULL,
    description character varying(300) NOT NULL,
    archived boolean NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE assay.well (
    rowid integer NOT NULL,
    lsid character varying(200) NOT NULL,
    container character varying(36) NOT NULL,
    value double precision,
    dilution double precision,
    plateid integer NOT NULL,
    "row" integer NOT NULL,
    col integer NOT NULL,
    sampleid integer,
    PRIMARY KEY (rowid),
    UNIQUE (lsid)
);
CREATE TABLE assay.wellgroup (
    rowid integer NOT NULL,
    plateid integer NOT NULL,
    lsid character varying(200) NOT NULL,
    container character varying(36) NOT NULL,
    name character varying(200),
    template boolean NOT NULL,
    typename character varying(50) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE assay.wellgrouppositions (
    rowid integer NOT NULL,
    wellid integer NOT NULL,
    wellgroupid integer NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE audit.auditlog (
    rowid integer NOT NULL,
    key1 character varying(1000),
    key2 character varying(1000),
    key3 character varying(1000),
    intkey1 integer,
    intkey2 integer,
    intkey3 integer,
    comment character varying(500),
    eventtype character varying(64),
    createdby integer NOT NULL,
    created timestamp without time zone,
    containerid character varying(36) NOT NULL,
    entityid character varying(36),
    lsid character varying(300),
    projectid character varying(36),
    impersonatedby integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE issues.comments (
    entityid character varying(36),
    commentid integer NOT NULL,
    issueid integer NOT NULL,
    createdby integer,
    created timestamp without time zone,
    comment text,
    PRIMARY KEY (issueid, commentid)
);
CREATE TABLE issues.emailprefs (
    container character varying(36) NOT NULL,
    userid integer NOT NULL,
    emailoption integer NOT NULL,
    PRIMARY KEY (container, userid)
);
CREATE TABLE issues.issuelistdef (
    rowid integer NOT NULL,
    name character varying(200) NOT NULL,
    container character varying(36) NOT NULL,
    created timestamp without time zone,
    modified timestamp without time zone,
    createdby integer,
    modifiedby integer,
    label character varying(200) NOT NULL,
    kind character varying(200) NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE issues.issues (
    _ts timestamp without time zone,
    container character varying(36) NOT NULL,
    issueid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    duplicate integer,
    lastindexed timestamp without time zone,
    issuedefid integer,
    PRIMARY KEY (issueid)
);
CREATE TABLE issues.relatedissues (
    issueid integer NOT NULL,
    relatedissueid integer NOT NULL,
    PRIMARY KEY (issueid, relatedissueid)
);
CREATE TABLE query.customview (
    customviewid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    created timestamp without time zone NOT NULL,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    schema character varying(200) NOT NULL,
    queryname character varying(200) NOT NULL,
    container character varying(36) NOT NULL,
    name character varying(200),
    customviewowner integer,
    columns text,
    filter text,
    flags integer NOT NULL,
    PRIMARY KEY (customviewid)
);
CREATE TABLE query.externalschema (
    externalschemaid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    datasource character varying(50) NOT NULL,
    userschemaname character varying(50) NOT NULL,
    sourceschemaname character varying(50),
    editable boolean NOT NULL,
    metadata text,
    indexable boolean NOT NULL,
    tables character varying(8000),
    schematype character varying(50) NOT NULL,
    schematemplate character varying(50),
    fastcacherefresh boolean NOT NULL,
    PRIMARY KEY (externalschemaid)
);
CREATE TABLE query.olapdef (
    rowid integer NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    module character varying(255) NOT NULL,
    definition text NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE query.querydef (
    querydefid integer NOT NULL,
    entityid character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    name character varying(200) NOT NULL,
    schema character varying(200) NOT NULL,
    sql text,
    metadata text,
    description text,
    schemaversion double precision NOT NULL,
    flags integer NOT NULL,
    PRIMARY KEY (querydefid)
);
CREATE TABLE query.querysnapshotdef (
    rowid integer NOT NULL,
    querydefid integer,
    entityid character varying(36) NOT NULL,
    created timestamp without time zone,
    createdby integer,
    modified timestamp without time zone,
    modifiedby integer,
    container character varying(36) NOT NULL,
    schema character varying(50) NOT NULL,
    name character varying(200) NOT NULL,
    columns text,
    filter text,
    lastupdated timestamp without time zone,
    nextupdate timestamp without time zone,
    updatedelay integer,
    querytablename character varying(200),
    querytablecontainer character varying(36),
    participantgroups text,
    optionsid integer,
    PRIMARY KEY (rowid)
);
CREATE TABLE survey.surveydesigns (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    label character varying(200) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    queryname character varying(200),
    schemaname character varying(50),
    metadata text,
    description text,
    PRIMARY KEY (rowid)
);
CREATE TABLE survey.surveys (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    entityid character varying(36) NOT NULL,
    label character varying(200) NOT NULL,
    createdby integer,
    created timestamp without time zone,
    submittedby integer,
    submitted timestamp without time zone,
    modifiedby integer,
    modified timestamp without time zone,
    status character varying(50),
    surveydesignid integer NOT NULL,
    responsespk character varying(200),
    PRIMARY KEY (rowid)
);
CREATE TABLE filecontent.fileroots (
    rowid integer NOT NULL,
    container character varying(36) NOT NULL,
    path character varying(255),
    type character varying(50),
    properties text,
    enabled boolean NOT NULL,
    usedefault boolean NOT NULL,
    PRIMARY KEY (rowid)
);
CREATE TABLE search.crawlcollections (
    id integer NOT NULL,
    parent integer,
    name character varying(448) NOT NULL,
    path character varying(2000) NOT NULL,
    modified timestamp without time zone,
    lastcrawled timestamp without time zone,
    changeinterval integer,
    nextcrawl timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE search.crawlresources (
    parent integer NOT NULL,
    name character varying(400) NOT NULL,
    modified timestamp without time zone,
    lastindexed timestamp without time zone,
    PRIMARY KEY (parent, name)
);
ALTER TABLE core.containeraliases ADD CONSTRAINT fk_containeraliases_containers FOREIGN KEY (containerid) REFERENCES core.containers(entityid);
ALTER TABLE core.containers ADD CONSTRAINT fk_containers_containers FOREIGN KEY (parent) REFERENCES core.containers(entityid);
ALTER TABLE core.emailprefs ADD CONSTRAINT fk_emailprefs_containers FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE core.emailprefs ADD CONSTRAINT fk_emailprefs_emailoptions FOREIGN KEY (emailoptionid) REFERENCES core.emailoptions(emailoptionid);
ALTER TABLE core.emailprefs ADD CONSTRAINT fk_emailprefs_principals FOREIGN KEY (userid) REFERENCES core.principals(userid);
ALTER TABLE core.notifications ADD CONSTRAINT fk_notifications_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE core.portalpages ADD CONSTRAINT fk_portalpages_containers FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE core.portalwebparts ADD CONSTRAINT fk_portalwebpartpages FOREIGN KEY (portalpageid) REFERENCES core.portalpages(rowid);
ALTER TABLE core.portalwebparts ADD CONSTRAINT fk_portalwebparts_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE core.portalwebparts ADD CONSTRAINT fk_portalwebparts_permissioncontainer FOREIGN KEY (permissioncontainer) REFERENCES core.containers(entityid);
ALTER TABLE core.report ADD CONSTRAINT fk_report_containerid FOREIGN KEY (containerid) REFERENCES core.containers(entityid);
ALTER TABLE core.reportenginemap ADD CONSTRAINT fk_reportenginemap_reportengines FOREIGN KEY (engineid) REFERENCES core.reportengines(rowid);
ALTER TABLE core.roleassignments ADD CONSTRAINT fk_ra_p FOREIGN KEY (resourceid) REFERENCES core.policies(resourceid);
ALTER TABLE core.roleassignments ADD CONSTRAINT fk_ra_up FOREIGN KEY (userid) REFERENCES core.principals(userid);
ALTER TABLE core.viewcategory ADD CONSTRAINT fk_viewcategory_parent FOREIGN KEY (parent) REFERENCES core.viewcategory(rowid);
ALTER TABLE prop.properties ADD CONSTRAINT fk_properties_set FOREIGN KEY (set) REFERENCES prop.propertysets(set);
ALTER TABLE prop.propertysets ADD CONSTRAINT fk_propertysets_objectid FOREIGN KEY (objectid) REFERENCES core.containers(entityid);
ALTER TABLE exp.assayqcflag ADD CONSTRAINT fk_assayqcflag_eunid FOREIGN KEY (runid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE exp.conditionalformat ADD CONSTRAINT fk_conditionalformat_propertyid FOREIGN KEY (propertyid) REFERENCES exp.propertydescriptor(propertyid);
ALTER TABLE exp.data ADD CONSTRAINT fk_data_containers FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.data ADD CONSTRAINT fk_data_dataclass FOREIGN KEY (classid) REFERENCES exp.dataclass(rowid);
ALTER TABLE exp.data ADD CONSTRAINT fk_data_experimentrun FOREIGN KEY (runid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE exp.data ADD CONSTRAINT fk_data_lsid FOREIGN KEY (lsid) REFERENCES exp.object(objecturi);
ALTER TABLE exp.data ADD CONSTRAINT fk_data_objectid FOREIGN KEY (objectid) REFERENCES exp.object(objectid);
ALTER TABLE exp.data ADD CONSTRAINT fk_data_protocolapplication FOREIGN KEY (sourceapplicationid) REFERENCES exp.protocolapplication(rowid);
ALTER TABLE exp.dataaliasmap ADD CONSTRAINT fk_dataalias_lsid FOREIGN KEY (lsid) REFERENCES exp.data(lsid);
ALTER TABLE exp.dataaliasmap ADD CONSTRAINT fk_dataalias_rowid FOREIGN KEY (alias) REFERENCES exp.alias(rowid);
ALTER TABLE exp.dataancestors ADD CONSTRAINT fk_dataancestors_dataid FOREIGN KEY (rowid) REFERENCES exp.data(rowid);
ALTER TABLE exp.dataclass ADD CONSTRAINT fk_dataclass_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.dataclass ADD CONSTRAINT fk_dataclass_materialsource FOREIGN KEY (materialsourceid) REFERENCES exp.materialsource(rowid);
ALTER TABLE exp.dataindexed ADD CONSTRAINT fk_dataid FOREIGN KEY (dataid) REFERENCES exp.data(rowid);
ALTER TABLE exp.datainput ADD CONSTRAINT fk_datainput_protocolapplication FOREIGN KEY (targetapplicationid) REFERENCES exp.protocolapplication(rowid);
ALTER TABLE exp.datainput ADD CONSTRAINT fk_datainput_protocolinput FOREIGN KEY (protocolinputid) REFERENCES exp.protocolinput(rowid);
ALTER TABLE exp.datainput ADD CONSTRAINT fk_datainputdata_data FOREIGN KEY (dataid) REFERENCES exp.data(rowid);
ALTER TABLE exp.domaindescriptor ADD CONSTRAINT fk_domaindescriptor_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.edge ADD CONSTRAINT fk_edge_from_object FOREIGN KEY (fromobjectid) REFERENCES exp.object(objectid);
ALTER TABLE exp.edge ADD CONSTRAINT fk_edge_runid_run FOREIGN KEY (runid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE exp.edge ADD CONSTRAINT fk_edge_sourceid_object FOREIGN KEY (sourceid) REFERENCES exp.object(objectid);
ALTER TABLE exp.edge ADD CONSTRAINT fk_edge_to_object FOREIGN KEY (toobjectid) REFERENCES exp.object(objectid);
ALTER TABLE exp.experiment ADD CONSTRAINT fk_experiment_batchprotocolid FOREIGN KEY (batchprotocolid) REFERENCES exp.protocol(rowid);
ALTER TABLE exp.experiment ADD CONSTRAINT fk_experiment_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_experimentrun_batchid FOREIGN KEY (batchid) REFERENCES exp.experiment(rowid);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_experimentrun_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_experimentrun_jobid FOREIGN KEY (jobid) REFERENCES pipeline.statusfiles(rowid);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_experimentrun_lsid FOREIGN KEY (lsid) REFERENCES exp.object(objecturi);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_experimentrun_objectid FOREIGN KEY (objectid) REFERENCES exp.object(objectid);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_experimentrun_protocol FOREIGN KEY (protocollsid) REFERENCES exp.protocol(lsid);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_experimentrun_replacedbyrunid FOREIGN KEY (replacedbyrunid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE exp.experimentrun ADD CONSTRAINT fk_run_worfklowtask FOREIGN KEY (workflowtask) REFERENCES exp.protocolapplication(rowid);
ALTER TABLE exp.list ADD CONSTRAINT fk_list_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.list ADD CONSTRAINT fk_list_domainid FOREIGN KEY (domainid) REFERENCES exp.domaindescriptor(domainid);
ALTER TABLE exp.material ADD CONSTRAINT fk_material_containers FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.material ADD CONSTRAINT fk_material_experimentrun FOREIGN KEY (runid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE exp.material ADD CONSTRAINT fk_material_lsid FOREIGN KEY (lsid) REFERENCES exp.object(objecturi);
ALTER TABLE exp.material ADD CONSTRAINT fk_material_objectid FOREIGN KEY (objectid) REFERENCES exp.object(objectid);
ALTER TABLE exp.material ADD CONSTRAINT fk_material_protocolapplication FOREIGN KEY (sourceapplicationid) REFERENCES exp.protocolapplication(rowid);
ALTER TABLE exp.material ADD CONSTRAINT fk_material_samplestate FOREIGN KEY (samplestate) REFERENCES core.datastates(rowid);
ALTER TABLE exp.materialaliasmap ADD CONSTRAINT fk_materialalias_lsid FOREIGN KEY (lsid) REFERENCES exp.material(lsid);
ALTER TABLE exp.materialaliasmap ADD CONSTRAINT fk_materialalias_rowid FOREIGN KEY (alias) REFERENCES exp.alias(rowid);
ALTER TABLE exp.materialancestors ADD CONSTRAINT fk_materialancestors_materialid FOREIGN KEY (rowid) REFERENCES exp.material(rowid);
ALTER TABLE exp.materialindexed ADD CONSTRAINT fk_materialid FOREIGN KEY (materialid) REFERENCES exp.material(rowid);
ALTER TABLE exp.materialinput ADD CONSTRAINT fk_materialinput_material FOREIGN KEY (materialid) REFERENCES exp.material(rowid);
ALTER TABLE exp.materialinput ADD CONSTRAINT fk_materialinput_protocolapplication FOREIGN KEY (targetapplicationid) REFERENCES exp.protocolapplication(rowid);
ALTER TABLE exp.materialinput ADD CONSTRAINT fk_materialinput_protocolinput FOREIGN KEY (protocolinputid) REFERENCES exp.protocolinput(rowid);
ALTER TABLE exp.materialsource ADD CONSTRAINT fk_materialsource_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.object ADD CONSTRAINT fk_object_containers FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.object ADD CONSTRAINT fk_object_object FOREIGN KEY (ownerobjectid) REFERENCES exp.object(objectid);
ALTER TABLE exp.objectproperty ADD CONSTRAINT fk_objectproperty_object FOREIGN KEY (objectid) REFERENCES exp.object(objectid);
ALTER TABLE exp.objectproperty ADD CONSTRAINT fk_objectproperty_propertydescriptor FOREIGN KEY (propertyid) REFERENCES exp.propertydescriptor(propertyid);
ALTER TABLE exp.propertydescriptor ADD CONSTRAINT fk_propertydescriptor_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.propertydomain ADD CONSTRAINT fk_propertydomain_domaindescriptor FOREIGN KEY (domainid) REFERENCES exp.domaindescriptor(domainid);
ALTER TABLE exp.propertydomain ADD CONSTRAINT fk_propertydomain_property FOREIGN KEY (propertyid) REFERENCES exp.propertydescriptor(propertyid);
ALTER TABLE exp.propertyvalidator ADD CONSTRAINT fk_pv_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.propertyvalidator ADD CONSTRAINT fk_pv_descriptor FOREIGN KEY (propertyid) REFERENCES exp.propertydescriptor(propertyid);
ALTER TABLE exp.protocol ADD CONSTRAINT fk_protocol_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE exp.protocolaction ADD CONSTRAINT fk_protocolaction_child_protocol FOREIGN KEY (childprotocolid) REFERENCES exp.protocol(rowid);
ALTER TABLE exp.protocolaction ADD CONSTRAINT fk_protocolaction_parent_protocol FOREIGN KEY (parentprotocolid) REFERENCES exp.protocol(rowid);
ALTER TABLE exp.protocolactionpredecessor ADD CONSTRAINT fk_actionpredecessor_action_protocolaction FOREIGN KEY (actionid) REFERENCES exp.protocolaction(rowid);
ALTER TABLE exp.protocolactionpredecessor ADD CONSTRAINT fk_actionpredecessor_predecessor_protocolaction FOREIGN KEY (predecessorid) REFERENCES exp.protocolaction(rowid);
ALTER TABLE exp.protocolapplication ADD CONSTRAINT fk_protocolapplication_experimentrun FOREIGN KEY (runid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE exp.protocolapplication ADD CONSTRAINT fk_protocolapplication_protocol FOREIGN KEY (protocollsid) REFERENCES exp.protocol(lsid);
ALTER TABLE exp.protocolapplicationparameter ADD CONSTRAINT fk_protocolappparam_protocolapp FOREIGN KEY (protocolapplicationid) REFERENCES exp.protocolapplication(rowid);
ALTER TABLE exp.protocolinput ADD CONSTRAINT fk_protocolinput_dataclassid FOREIGN KEY (dataclassid) REFERENCES exp.dataclass(rowid);
ALTER TABLE exp.protocolinput ADD CONSTRAINT fk_protocolinput_materialsourceid FOREIGN KEY (materialsourceid) REFERENCES exp.materialsource(rowid);
ALTER TABLE exp.protocolinput ADD CONSTRAINT fk_protocolinput_protocolid FOREIGN KEY (protocolid) REFERENCES exp.protocol(rowid);
ALTER TABLE exp.protocolparameter ADD CONSTRAINT fk_protocolparameter_protocol FOREIGN KEY (protocolid) REFERENCES exp.protocol(rowid);
ALTER TABLE exp.runlist ADD CONSTRAINT fk_runlist_experimentid FOREIGN KEY (experimentid) REFERENCES exp.experiment(rowid);
ALTER TABLE exp.runlist ADD CONSTRAINT fk_runlist_experimentrunid FOREIGN KEY (experimentrunid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE study.dataset ADD CONSTRAINT fk_dataset_cohort FOREIGN KEY (cohortid) REFERENCES study.cohort(rowid);
ALTER TABLE study.participantgroup ADD CONSTRAINT fk_participantcategory_categoryid FOREIGN KEY (categoryid) REFERENCES study.participantcategory(rowid);
ALTER TABLE study.participantgroupmap ADD CONSTRAINT fk_participant_participantid_container FOREIGN KEY (container, participantid) REFERENCES study.participant(container, participantid);
ALTER TABLE study.participantgroupmap ADD CONSTRAINT fk_participantgroup_groupid FOREIGN KEY (groupid) REFERENCES study.participantgroup(rowid);
ALTER TABLE study.participantview ADD CONSTRAINT fk_participantview_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE study.participantvisit ADD CONSTRAINT fk_participantvisit_cohort FOREIGN KEY (cohortid) REFERENCES study.cohort(rowid);
ALTER TABLE study.samplerequest ADD CONSTRAINT fk_samplerequest_samplerequeststatus FOREIGN KEY (statusid) REFERENCES study.samplerequeststatus(rowid);
ALTER TABLE study.samplerequestevent ADD CONSTRAINT fk_samplerequestevent_samplerequest FOREIGN KEY (requestid) REFERENCES study.samplerequest(rowid);
ALTER TABLE study.samplerequestrequirement ADD CONSTRAINT fk_samplerequestrequirement_samplerequestactor FOREIGN KEY (actorid) REFERENCES study.samplerequestactor(rowid);
ALTER TABLE study.samplerequestspecimen ADD CONSTRAINT fk_samplerequestspecimen_samplerequest FOREIGN KEY (samplerequestid) REFERENCES study.samplerequest(rowid);
ALTER TABLE study.study ADD CONSTRAINT fk_study_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE study.study ADD CONSTRAINT fk_study_defaultassayqcstate FOREIGN KEY (defaultpublishdataqcstate) REFERENCES core.datastates(rowid);
ALTER TABLE study.study ADD CONSTRAINT fk_study_defaultdirectentryqcstate FOREIGN KEY (defaultdirectentryqcstate) REFERENCES core.datastates(rowid);
ALTER TABLE study.study ADD CONSTRAINT fk_study_defaultpipelineqcstate FOREIGN KEY (defaultpipelineqcstate) REFERENCES core.datastates(rowid);
ALTER TABLE study.studydesignversion ADD CONSTRAINT fk_studydesignversion_studydesign FOREIGN KEY (studyid) REFERENCES study.studydesign(studyid);
ALTER TABLE study.visit ADD CONSTRAINT fk_visit_cohort FOREIGN KEY (cohortid) REFERENCES study.cohort(rowid);
ALTER TABLE comm.pages ADD CONSTRAINT fk_pages_pageversions FOREIGN KEY (pageversionid) REFERENCES comm.pageversions(rowid);
ALTER TABLE comm.pages ADD CONSTRAINT fk_pages_parent FOREIGN KEY (parent) REFERENCES comm.pages(rowid);
ALTER TABLE comm.pageversions ADD CONSTRAINT fk_pageversions_pages FOREIGN KEY (pageentityid) REFERENCES comm.pages(entityid);
ALTER TABLE pipeline.pipelineroots ADD CONSTRAINT fk_pipelineroots_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE pipeline.statusfiles ADD CONSTRAINT fk_statusfiles_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE pipeline.statusfiles ADD CONSTRAINT fk_statusfiles_jobparent FOREIGN KEY (jobparent) REFERENCES pipeline.statusfiles(job);
ALTER TABLE pipeline.triggerconfigurations ADD CONSTRAINT fk_triggerconfigurations_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE pipeline.triggeredfiles ADD CONSTRAINT fk_triggeredfiles_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE pipeline.triggeredfiles ADD CONSTRAINT fk_triggeredfiles_triggerid FOREIGN KEY (triggerid) REFERENCES pipeline.triggerconfigurations(rowid);
ALTER TABLE assay.hit ADD CONSTRAINT fk_hit_container FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE assay.hit ADD CONSTRAINT fk_protocol_protocolid FOREIGN KEY (protocolid) REFERENCES exp.protocol(rowid);
ALTER TABLE assay.hit ADD CONSTRAINT fk_run_runid FOREIGN KEY (runid) REFERENCES exp.experimentrun(rowid);
ALTER TABLE assay.hit ADD CONSTRAINT fk_well_welllsid FOREIGN KEY (welllsid) REFERENCES assay.well(lsid);
ALTER TABLE assay.plate ADD CONSTRAINT fk_plate_plateset FOREIGN KEY (plateset) REFERENCES assay.plateset(rowid);
ALTER TABLE assay.plate ADD CONSTRAINT fk_plate_platetype FOREIGN KEY (platetype) REFERENCES assay.platetype(rowid);
ALTER TABLE assay.plateset ADD CONSTRAINT fk_plateset_primaryplatesetid FOREIGN KEY (primaryplatesetid) REFERENCES assay.plateset(rowid);
ALTER TABLE assay.plateset ADD CONSTRAINT fk_plateset_rootplatesetid FOREIGN KEY (rootplatesetid) REFERENCES assay.plateset(rowid);
ALTER TABLE assay.platesetedge ADD CONSTRAINT fk_plateset_fromplate FOREIGN KEY (fromplatesetid) REFERENCES assay.plateset(rowid);
ALTER TABLE assay.platesetedge ADD CONSTRAINT fk_plateset_rootplate FOREIGN KEY (rootplatesetid) REFERENCES assay.plateset(rowid);
ALTER TABLE assay.platesetedge ADD CONSTRAINT fk_plateset_toplate FOREIGN KEY (toplatesetid) REFERENCES assay.plateset(rowid);
ALTER TABLE assay.platesetproperty ADD CONSTRAINT fk_platesetproperty_platesetid FOREIGN KEY (platesetid) REFERENCES assay.plateset(rowid);
ALTER TABLE assay.platesetproperty ADD CONSTRAINT fk_platesetproperty_propertyid FOREIGN KEY (propertyid) REFERENCES exp.propertydescriptor(propertyid);
ALTER TABLE assay.well ADD CONSTRAINT fk_sampleid_expmaterial FOREIGN KEY (sampleid) REFERENCES exp.material(rowid);
ALTER TABLE assay.well ADD CONSTRAINT fk_well_plate FOREIGN KEY (plateid) REFERENCES assay.plate(rowid);
ALTER TABLE assay.wellgroup ADD CONSTRAINT fk_wellgroup_plate FOREIGN KEY (plateid) REFERENCES assay.plate(rowid);
ALTER TABLE assay.wellgrouppositions ADD CONSTRAINT fk_wellgrouppositions_well FOREIGN KEY (wellid) REFERENCES assay.well(rowid);
ALTER TABLE assay.wellgrouppositions ADD CONSTRAINT fk_wellgrouppositions_wellgroup FOREIGN KEY (wellgroupid) REFERENCES assay.wellgroup(rowid);
ALTER TABLE issues.comments ADD CONSTRAINT fk_comments_issues FOREIGN KEY (issueid) REFERENCES issues.issues(issueid);
ALTER TABLE issues.emailprefs ADD CONSTRAINT fk_emailprefs_containers FOREIGN KEY (container) REFERENCES core.containers(entityid);
ALTER TABLE issues.emailprefs ADD CONSTRAINT fk_emailprefs_principals FOREIGN KEY (userid) REFERENCES core.principals(userid);
ALTER TABLE issues.issues ADD CONSTRAINT fk_issuelistdef_issuedefid_rowid FOREIGN KEY (issuedefid) REFERENCES issues.issuelistdef(rowid);
ALTER TABLE issues.relatedissues ADD CONSTRAINT fk_relatedissues_issues_issueid FOREIGN KEY (issueid) REFERENCES issues.issues(issueid);
ALTER TABLE issues.relatedissues ADD CONSTRAINT fk_relatedissues_issues_relatedissueid FOREIGN KEY (relatedissueid) REFERENCES issues.issues(issueid);
ALTER TABLE query.querysnapshotdef ADD CONSTRAINT fk_querysnapshotdef_querydefid FOREIGN KEY (querydefid) REFERENCES query.querydef(querydefid);
ALTER TABLE survey.surveys ADD CONSTRAINT fk_surveys_surveydesignid FOREIGN KEY (surveydesignid) REFERENCES survey.surveydesigns(rowid);

