-- Liferay Portal 6.1.0 CE's core database (the portal's own tables, 171 of them: companies (portal instances),
-- users, contacts, addresses, phones, e-mail addresses and websites; sites/communities (group_), organisations,
-- user groups, teams, roles, memberships and permissions; pages (layout, layoutset, prototypes, branches,
-- revisions); the asset framework (assetentry, tags, categories, vocabularies, links, ratings); web content
-- (journalarticle, structures, templates, feeds); documents and media (dlfolder, dlfileentry, dlfileversion,
-- file types, shortcuts, repositories); blogs, wiki, message boards (mbcategory, mbthread, mbmessage, bans, stats),
-- bookmarks, calendar events (calevent), polls (questions, choices, votes), announcements, the shopping portlet
-- (shoppingcategory, shoppingitem, item prices and fields, coupons, carts, shoppingorder, shoppingorderitem), the
-- software catalogue (scproductentry, versions, licences, framework versions), social activity, relations and
-- requests, dynamic data lists and mappings (ddl*, ddm*), mobile device rules (mdr*), expando custom fields,
-- subscriptions, workflow links, password policies, user tracking, and plumbing (counter, classname_, lock_,
-- release_, servicecomponent, shard, ...)). Source: github.com/nitro1010/liferay (a copy of the liferay-portal
-- source at version 6.1.0, lp.version=6.1.0 in release.properties; commit 71609df), file
-- sql/portal-minimal/portal-minimal-postgresql.sql, the PostgreSQL DDL Liferay's build generates from
-- sql/portal-tables.sql. Licence: Liferay Portal CE is under the GNU LGPL 2.1 or later (copyright.txt); we use the
-- schema's facts. Converted by a one-off script: every table's CREATE TABLE kept with its columns, types and 171
-- primary keys (Liferay declares no foreign keys and no comments), put in schema liferay, names lower-cased (as
-- PostgreSQL folds Liferay's unquoted names anyway), varchar -> character varying, timestamp -> timestamp without
-- time zone, bool -> boolean. Left out: the 11 QUARTZ_* scheduler tables that file also creates, the indexes, and the
-- seed rows (counter, class names, release, a default company, user and groups). Relations between tables are by
-- id columns (companyid, groupid, userid, classnameid + classpk for polymorphic links) that are not declared.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS liferay;
CREATE TABLE liferay.account_ (
    accountid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    parentaccountid bigint,
    name character varying(75),
    legalname character varying(75),
    legalid character varying(75),
    legaltype character varying(75),
    siccode character varying(75),
    tickersymbol character varying(75),
    industry character varying(75),
    type_ character varying(75),
    size_ character varying(75)
);
CREATE TABLE liferay.address (
    addressid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    street1 character varying(75),
    street2 character varying(75),
    street3 character varying(75),
    city character varying(75),
    zip character varying(75),
    regionid bigint,
    countryid bigint,
    typeid integer,
    mailing boolean,
    primary_ boolean
);
CREATE TABLE liferay.announcementsdelivery (
    deliveryid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    type_ character varying(75),
    email boolean,
    sms boolean,
    website boolean
);
CREATE TABLE liferay.announcementsentry (
    uuid_ character varying(75),
    entryid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    title character varying(75),
    content text,
    url text,
    type_ character varying(75),
    displaydate timestamp without time zone,
    expirationdate timestamp without time zone,
    priority integer,
    alert boolean
);
CREATE TABLE liferay.announcementsflag (
    flagid bigint NOT NULL PRIMARY KEY,
    userid bigint,
    createdate timestamp without time zone,
    entryid bigint,
    value integer
);
CREATE TABLE liferay.assetcategory (
    uuid_ character varying(75),
    categoryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    parentcategoryid bigint,
    leftcategoryid bigint,
    rightcategoryid bigint,
    name character varying(75),
    title text,
    description text,
    vocabularyid bigint
);
CREATE TABLE liferay.assetcategoryproperty (
    categorypropertyid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    categoryid bigint,
    key_ character varying(75),
    value character varying(75)
);
CREATE TABLE liferay.assetentries_assetcategories (
    entryid bigint NOT NULL,
    categoryid bigint NOT NULL,
    PRIMARY KEY (entryid, categoryid)
);
CREATE TABLE liferay.assetentries_assettags (
    entryid bigint NOT NULL,
    tagid bigint NOT NULL,
    PRIMARY KEY (entryid, tagid)
);
CREATE TABLE liferay.assetentry (
    entryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    classuuid character varying(75),
    classtypeid bigint,
    visible boolean,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    publishdate timestamp without time zone,
    expirationdate timestamp without time zone,
    mimetype character varying(75),
    title text,
    description text,
    summary text,
    url text,
    layoutuuid character varying(75),
    height integer,
    width integer,
    priority double precision,
    viewcount integer
);
CREATE TABLE liferay.assetlink (
    linkid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    entryid1 bigint,
    entryid2 bigint,
    type_ integer,
    weight integer
);
CREATE TABLE liferay.assettag (
    tagid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    assetcount integer
);
CREATE TABLE liferay.assettagproperty (
    tagpropertyid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    tagid bigint,
    key_ character varying(75),
    value character varying(255)
);
CREATE TABLE liferay.assettagstats (
    tagstatsid bigint NOT NULL PRIMARY KEY,
    tagid bigint,
    classnameid bigint,
    assetcount integer
);
CREATE TABLE liferay.assetvocabulary (
    uuid_ character varying(75),
    vocabularyid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    title text,
    description text,
    settings_ text
);
CREATE TABLE liferay.blogsentry (
    uuid_ character varying(75),
    entryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    title character varying(150),
    urltitle character varying(150),
    description character varying(75),
    content text,
    displaydate timestamp without time zone,
    allowpingbacks boolean,
    allowtrackbacks boolean,
    trackbacks text,
    smallimage boolean,
    smallimageid bigint,
    smallimageurl text,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.blogsstatsuser (
    statsuserid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    entrycount integer,
    lastpostdate timestamp without time zone,
    ratingstotalentries integer,
    ratingstotalscore double precision,
    ratingsaveragescore double precision
);
CREATE TABLE liferay.bookmarksentry (
    uuid_ character varying(75),
    entryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    resourceblockid bigint,
    folderid bigint,
    name character varying(255),
    url text,
    description text,
    visits integer,
    priority integer
);
CREATE TABLE liferay.bookmarksfolder (
    uuid_ character varying(75),
    folderid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    resourceblockid bigint,
    parentfolderid bigint,
    name character varying(75),
    description text
);
CREATE TABLE liferay.browsertracker (
    browsertrackerid bigint NOT NULL PRIMARY KEY,
    userid bigint,
    browserkey bigint
);
CREATE TABLE liferay.calevent (
    uuid_ character varying(75),
    eventid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    title character varying(75),
    description text,
    location text,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    durationhour integer,
    durationminute integer,
    allday boolean,
    timezonesensitive boolean,
    type_ character varying(75),
    repeating boolean,
    recurrence text,
    remindby integer,
    firstreminder integer,
    secondreminder integer
);
CREATE TABLE liferay.classname_ (
    classnameid bigint NOT NULL PRIMARY KEY,
    value character varying(200)
);
CREATE TABLE liferay.clustergroup (
    clustergroupid bigint NOT NULL PRIMARY KEY,
    name character varying(75),
    clusternodeids character varying(75),
    wholecluster boolean
);
CREATE TABLE liferay.company (
    companyid bigint NOT NULL PRIMARY KEY,
    accountid bigint,
    webid character varying(75),
    key_ text,
    mx character varying(75),
    homeurl text,
    logoid bigint,
    system boolean,
    maxusers integer,
    active_ boolean
);
CREATE TABLE liferay.contact_ (
    contactid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    accountid bigint,
    parentcontactid bigint,
    firstname character varying(75),
    middlename character varying(75),
    lastname character varying(75),
    prefixid integer,
    suffixid integer,
    male boolean,
    birthday timestamp without time zone,
    smssn character varying(75),
    aimsn character varying(75),
    facebooksn character varying(75),
    icqsn character varying(75),
    jabbersn character varying(75),
    msnsn character varying(75),
    myspacesn character varying(75),
    skypesn character varying(75),
    twittersn character varying(75),
    ymsn character varying(75),
    employeestatusid character varying(75),
    employeenumber character varying(75),
    jobtitle character varying(100),
    jobclass character varying(75),
    hoursofoperation character varying(75)
);
CREATE TABLE liferay.counter (
    name character varying(75) NOT NULL PRIMARY KEY,
    currentid bigint
);
CREATE TABLE liferay.country (
    countryid bigint NOT NULL PRIMARY KEY,
    name character varying(75),
    a2 character varying(75),
    a3 character varying(75),
    number_ character varying(75),
    idd_ character varying(75),
    ziprequired boolean,
    active_ boolean
);
CREATE TABLE liferay.cyrususer (
    userid character varying(75) NOT NULL PRIMARY KEY,
    password_ character varying(75) NOT NULL
);
CREATE TABLE liferay.cyrusvirtual (
    emailaddress character varying(75) NOT NULL PRIMARY KEY,
    userid character varying(75) NOT NULL
);
CREATE TABLE liferay.ddlrecord (
    uuid_ character varying(75),
    recordid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    versionuserid bigint,
    versionusername character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    ddmstorageid bigint,
    recordsetid bigint,
    version character varying(75),
    displayindex integer
);
CREATE TABLE liferay.ddlrecordset (
    uuid_ character varying(75),
    recordsetid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    ddmstructureid bigint,
    recordsetkey character varying(75),
    name text,
    description text,
    mindisplayrows integer,
    scope integer
);
CREATE TABLE liferay.ddlrecordversion (
    recordversionid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    ddmstorageid bigint,
    recordsetid bigint,
    recordid bigint,
    version character varying(75),
    displayindex integer,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.ddmcontent (
    uuid_ character varying(75),
    contentid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name text,
    description text,
    xml text
);
CREATE TABLE liferay.ddmstoragelink (
    uuid_ character varying(75),
    storagelinkid bigint NOT NULL PRIMARY KEY,
    classnameid bigint,
    classpk bigint,
    structureid bigint
);
CREATE TABLE liferay.ddmstructure (
    uuid_ character varying(75),
    structureid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    structurekey character varying(75),
    name text,
    description text,
    xsd text,
    storagetype character varying(75),
    type_ integer
);
CREATE TABLE liferay.ddmstructurelink (
    structurelinkid bigint NOT NULL PRIMARY KEY,
    classnameid bigint,
    classpk bigint,
    structureid bigint
);
CREATE TABLE liferay.ddmtemplate (
    uuid_ character varying(75),
    templateid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    structureid bigint,
    name text,
    description text,
    type_ character varying(75),
    mode_ character varying(75),
    language character varying(75),
    script text
);
CREATE TABLE liferay.dlcontent (
    contentid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    repositoryid bigint,
    path_ character varying(255),
    version character varying(75),
    data_ oid,
    size_ bigint
);
CREATE TABLE liferay.dlfileentry (
    uuid_ character varying(75),
    fileentryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    versionuserid bigint,
    versionusername character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    repositoryid bigint,
    folderid bigint,
    name character varying(255),
    extension character varying(75),
    mimetype character varying(75),
    title character varying(255),
    description text,
    extrasettings text,
    fileentrytypeid bigint,
    version character varying(75),
    size_ bigint,
    readcount integer,
    smallimageid bigint,
    largeimageid bigint,
    custom1imageid bigint,
    custom2imageid bigint
);
CREATE TABLE liferay.dlfileentrymetadata (
    uuid_ character varying(75),
    fileentrymetadataid bigint NOT NULL PRIMARY KEY,
    ddmstorageid bigint,
    ddmstructureid bigint,
    fileentrytypeid bigint,
    fileentryid bigint,
    fileversionid bigint
);
CREATE TABLE liferay.dlfileentrytype (
    uuid_ character varying(75),
    fileentrytypeid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    description text
);
CREATE TABLE liferay.dlfileentrytypes_ddmstructures (
    fileentrytypeid bigint NOT NULL,
    structureid bigint NOT NULL,
    PRIMARY KEY (fileentrytypeid, structureid)
);
CREATE TABLE liferay.dlfileentrytypes_dlfolders (
    fileentrytypeid bigint NOT NULL,
    folderid bigint NOT NULL,
    PRIMARY KEY (fileentrytypeid, folderid)
);
CREATE TABLE liferay.dlfilerank (
    filerankid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    createdate timestamp without time zone,
    fileentryid bigint
);
CREATE TABLE liferay.dlfileshortcut (
    uuid_ character varying(75),
    fileshortcutid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    repositoryid bigint,
    folderid bigint,
    tofileentryid bigint,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.dlfileversion (
    fileversionid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    repositoryid bigint,
    folderid bigint,
    fileentryid bigint,
    extension character varying(75),
    mimetype character varying(75),
    title character varying(255),
    description text,
    changelog character varying(75),
    extrasettings text,
    fileentrytypeid bigint,
    version character varying(75),
    size_ bigint,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.dlfolder (
    uuid_ character varying(75),
    folderid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    repositoryid bigint,
    mountpoint boolean,
    parentfolderid bigint,
    name character varying(100),
    description text,
    lastpostdate timestamp without time zone,
    defaultfileentrytypeid bigint,
    overridefileentrytypes boolean
);
CREATE TABLE liferay.dlsync (
    syncid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    fileid bigint,
    fileuuid character varying(75),
    repositoryid bigint,
    parentfolderid bigint,
    name character varying(255),
    event character varying(75),
    type_ character varying(75),
    version character varying(75)
);
CREATE TABLE liferay.emailaddress (
    emailaddressid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    address character varying(75),
    typeid integer,
    primary_ boolean
);
CREATE TABLE liferay.expandocolumn (
    columnid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    tableid bigint,
    name character varying(75),
    type_ integer,
    defaultdata text,
    typesettings text
);
CREATE TABLE liferay.expandorow (
    rowid_ bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    tableid bigint,
    classpk bigint
);
CREATE TABLE liferay.expandotable (
    tableid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    classnameid bigint,
    name character varying(75)
);
CREATE TABLE liferay.expandovalue (
    valueid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    tableid bigint,
    columnid bigint,
    rowid_ bigint,
    classnameid bigint,
    classpk bigint,
    data_ text
);
CREATE TABLE liferay.group_ (
    groupid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    creatoruserid bigint,
    classnameid bigint,
    classpk bigint,
    parentgroupid bigint,
    livegroupid bigint,
    name character varying(150),
    description text,
    type_ integer,
    typesettings text,
    friendlyurl character varying(100),
    site boolean,
    active_ boolean
);
CREATE TABLE liferay.groups_orgs (
    groupid bigint NOT NULL,
    organizationid bigint NOT NULL,
    PRIMARY KEY (groupid, organizationid)
);
CREATE TABLE liferay.groups_permissions (
    groupid bigint NOT NULL,
    permissionid bigint NOT NULL,
    PRIMARY KEY (groupid, permissionid)
);
CREATE TABLE liferay.groups_roles (
    groupid bigint NOT NULL,
    roleid bigint NOT NULL,
    PRIMARY KEY (groupid, roleid)
);
CREATE TABLE liferay.groups_usergroups (
    groupid bigint NOT NULL,
    usergroupid bigint NOT NULL,
    PRIMARY KEY (groupid, usergroupid)
);
CREATE TABLE liferay.image (
    imageid bigint NOT NULL PRIMARY KEY,
    modifieddate timestamp without time zone,
    text_ text,
    type_ character varying(75),
    height integer,
    width integer,
    size_ integer
);
CREATE TABLE liferay.journalarticle (
    uuid_ character varying(75),
    id_ bigint NOT NULL PRIMARY KEY,
    resourceprimkey bigint,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    articleid character varying(75),
    version double precision,
    title text,
    urltitle character varying(150),
    description text,
    content text,
    type_ character varying(75),
    structureid character varying(75),
    templateid character varying(75),
    layoutuuid character varying(75),
    displaydate timestamp without time zone,
    expirationdate timestamp without time zone,
    reviewdate timestamp without time zone,
    indexable boolean,
    smallimage boolean,
    smallimageid bigint,
    smallimageurl text,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.journalarticleimage (
    articleimageid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    articleid character varying(75),
    version double precision,
    elinstanceid character varying(75),
    elname character varying(75),
    languageid character varying(75),
    tempimage boolean
);
CREATE TABLE liferay.journalarticleresource (
    uuid_ character varying(75),
    resourceprimkey bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    articleid character varying(75)
);
CREATE TABLE liferay.journalcontentsearch (
    contentsearchid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    privatelayout boolean,
    layoutid bigint,
    portletid character varying(200),
    articleid character varying(75)
);
CREATE TABLE liferay.journalfeed (
    uuid_ character varying(75),
    id_ bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    feedid character varying(75),
    name character varying(75),
    description text,
    type_ character varying(75),
    structureid character varying(75),
    templateid character varying(75),
    renderertemplateid character varying(75),
    delta integer,
    orderbycol character varying(75),
    orderbytype character varying(75),
    targetlayoutfriendlyurl character varying(255),
    targetportletid character varying(75),
    contentfield character varying(75),
    feedtype character varying(75),
    feedversion double precision
);
CREATE TABLE liferay.journalstructure (
    uuid_ character varying(75),
    id_ bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    structureid character varying(75),
    parentstructureid character varying(75),
    name text,
    description text,
    xsd text
);
CREATE TABLE liferay.journaltemplate (
    uuid_ character varying(75),
    id_ bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    templateid character varying(75),
    structureid character varying(75),
    name text,
    description text,
    xsl text,
    langtype character varying(75),
    cacheable boolean,
    smallimage boolean,
    smallimageid bigint,
    smallimageurl text
);
CREATE TABLE liferay.layout (
    uuid_ character varying(75),
    plid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    privatelayout boolean,
    layoutid bigint,
    parentlayoutid bigint,
    name text,
    title text,
    description text,
    keywords text,
    robots text,
    type_ character varying(75),
    typesettings text,
    hidden_ boolean,
    friendlyurl character varying(255),
    iconimage boolean,
    iconimageid bigint,
    themeid character varying(75),
    colorschemeid character varying(75),
    wapthemeid character varying(75),
    wapcolorschemeid character varying(75),
    css text,
    priority integer,
    layoutprototypeuuid character varying(75),
    layoutprototypelinkenabled boolean,
    sourceprototypelayoutuuid character varying(75)
);
CREATE TABLE liferay.layoutbranch (
    layoutbranchid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    layoutsetbranchid bigint,
    plid bigint,
    name character varying(75),
    description text,
    master boolean
);
CREATE TABLE liferay.layoutprototype (
    uuid_ character varying(75),
    layoutprototypeid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    name text,
    description text,
    settings_ text,
    active_ boolean
);
CREATE TABLE liferay.layoutrevision (
    layoutrevisionid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    layoutsetbranchid bigint,
    layoutbranchid bigint,
    parentlayoutrevisionid bigint,
    head boolean,
    major boolean,
    plid bigint,
    privatelayout boolean,
    name text,
    title text,
    description text,
    keywords text,
    robots text,
    typesettings text,
    iconimage boolean,
    iconimageid bigint,
    themeid character varying(75),
    colorschemeid character varying(75),
    wapthemeid character varying(75),
    wapcolorschemeid character varying(75),
    css text,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.layoutset (
    layoutsetid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    privatelayout boolean,
    logo boolean,
    logoid bigint,
    themeid character varying(75),
    colorschemeid character varying(75),
    wapthemeid character varying(75),
    wapcolorschemeid character varying(75),
    css text,
    pagecount integer,
    settings_ text,
    layoutsetprototypeuuid character varying(75),
    layoutsetprototypelinkenabled boolean
);
CREATE TABLE liferay.layoutsetbranch (
    layoutsetbranchid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    privatelayout boolean,
    name character varying(75),
    description text,
    master boolean
);
CREATE TABLE liferay.layoutsetprototype (
    uuid_ character varying(75),
    layoutsetprototypeid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name text,
    description text,
    settings_ text,
    active_ boolean
);
CREATE TABLE liferay.listtype (
    listtypeid integer NOT NULL PRIMARY KEY,
    name character varying(75),
    type_ character varying(75)
);
CREATE TABLE liferay.lock_ (
    uuid_ character varying(75),
    lockid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    classname character varying(75),
    key_ character varying(200),
    owner character varying(255),
    inheritable boolean,
    expirationdate timestamp without time zone
);
CREATE TABLE liferay.mbban (
    banid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    banuserid bigint
);
CREATE TABLE liferay.mbcategory (
    uuid_ character varying(75),
    categoryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    parentcategoryid bigint,
    name character varying(75),
    description text,
    displaystyle character varying(75),
    threadcount integer,
    messagecount integer,
    lastpostdate timestamp without time zone
);
CREATE TABLE liferay.mbdiscussion (
    discussionid bigint NOT NULL PRIMARY KEY,
    classnameid bigint,
    classpk bigint,
    threadid bigint
);
CREATE TABLE liferay.mbmailinglist (
    uuid_ character varying(75),
    mailinglistid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    categoryid bigint,
    emailaddress character varying(75),
    inprotocol character varying(75),
    inservername character varying(75),
    inserverport integer,
    inusessl boolean,
    inusername character varying(75),
    inpassword character varying(75),
    inreadinterval integer,
    outemailaddress character varying(75),
    outcustom boolean,
    outservername character varying(75),
    outserverport integer,
    outusessl boolean,
    outusername character varying(75),
    outpassword character varying(75),
    allowanonymous boolean,
    active_ boolean
);
CREATE TABLE liferay.mbmessage (
    uuid_ character varying(75),
    messageid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    categoryid bigint,
    threadid bigint,
    rootmessageid bigint,
    parentmessageid bigint,
    subject character varying(75),
    body text,
    format character varying(75),
    attachments boolean,
    anonymous boolean,
    priority double precision,
    allowpingbacks boolean,
    answer boolean,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.mbstatsuser (
    statsuserid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    userid bigint,
    messagecount integer,
    lastpostdate timestamp without time zone
);
CREATE TABLE liferay.mbthread (
    threadid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    categoryid bigint,
    rootmessageid bigint,
    rootmessageuserid bigint,
    messagecount integer,
    viewcount integer,
    lastpostbyuserid bigint,
    lastpostdate timestamp without time zone,
    priority double precision,
    question boolean,
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.mbthreadflag (
    threadflagid bigint NOT NULL PRIMARY KEY,
    userid bigint,
    modifieddate timestamp without time zone,
    threadid bigint
);
CREATE TABLE liferay.mdraction (
    uuid_ character varying(75),
    actionid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    rulegroupinstanceid bigint,
    name text,
    description text,
    type_ character varying(255),
    typesettings text
);
CREATE TABLE liferay.mdrrule (
    uuid_ character varying(75),
    ruleid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    rulegroupid bigint,
    name text,
    description text,
    type_ character varying(255),
    typesettings text
);
CREATE TABLE liferay.mdrrulegroup (
    uuid_ character varying(75),
    rulegroupid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name text,
    description text
);
CREATE TABLE liferay.mdrrulegroupinstance (
    uuid_ character varying(75),
    rulegroupinstanceid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    rulegroupid bigint,
    priority integer
);
CREATE TABLE liferay.membershiprequest (
    membershiprequestid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    createdate timestamp without time zone,
    comments text,
    replycomments text,
    replydate timestamp without time zone,
    replieruserid bigint,
    statusid integer
);
CREATE TABLE liferay.organization_ (
    organizationid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    parentorganizationid bigint,
    treepath text,
    name character varying(100),
    type_ character varying(75),
    recursable boolean,
    regionid bigint,
    countryid bigint,
    statusid integer,
    comments text
);
CREATE TABLE liferay.orggrouppermission (
    organizationid bigint NOT NULL,
    groupid bigint NOT NULL,
    permissionid bigint NOT NULL,
    PRIMARY KEY (organizationid, groupid, permissionid)
);
CREATE TABLE liferay.orggrouprole (
    organizationid bigint NOT NULL,
    groupid bigint NOT NULL,
    roleid bigint NOT NULL,
    PRIMARY KEY (organizationid, groupid, roleid)
);
CREATE TABLE liferay.orglabor (
    orglaborid bigint NOT NULL PRIMARY KEY,
    organizationid bigint,
    typeid integer,
    sunopen integer,
    sunclose integer,
    monopen integer,
    monclose integer,
    tueopen integer,
    tueclose integer,
    wedopen integer,
    wedclose integer,
    thuopen integer,
    thuclose integer,
    friopen integer,
    friclose integer,
    satopen integer,
    satclose integer
);
CREATE TABLE liferay.passwordpolicy (
    passwordpolicyid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    defaultpolicy boolean,
    name character varying(75),
    description text,
    changeable boolean,
    changerequired boolean,
    minage bigint,
    checksyntax boolean,
    allowdictionarywords boolean,
    minalphanumeric integer,
    minlength integer,
    minlowercase integer,
    minnumbers integer,
    minsymbols integer,
    minuppercase integer,
    history boolean,
    historycount integer,
    expireable boolean,
    maxage bigint,
    warningtime bigint,
    gracelimit integer,
    lockout boolean,
    maxfailure integer,
    lockoutduration bigint,
    requireunlock boolean,
    resetfailurecount bigint,
    resetticketmaxage bigint
);
CREATE TABLE liferay.passwordpolicyrel (
    passwordpolicyrelid bigint NOT NULL PRIMARY KEY,
    passwordpolicyid bigint,
    classnameid bigint,
    classpk bigint
);
CREATE TABLE liferay.passwordtracker (
    passwordtrackerid bigint NOT NULL PRIMARY KEY,
    userid bigint,
    createdate timestamp without time zone,
    password_ character varying(75)
);
CREATE TABLE liferay.permission_ (
    permissionid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    actionid character varying(75),
    resourceid bigint
);
CREATE TABLE liferay.phone (
    phoneid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    number_ character varying(75),
    extension character varying(75),
    typeid integer,
    primary_ boolean
);
CREATE TABLE liferay.pluginsetting (
    pluginsettingid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    pluginid character varying(75),
    plugintype character varying(75),
    roles text,
    active_ boolean
);
CREATE TABLE liferay.pollschoice (
    uuid_ character varying(75),
    choiceid bigint NOT NULL PRIMARY KEY,
    questionid bigint,
    name character varying(75),
    description text
);
CREATE TABLE liferay.pollsquestion (
    uuid_ character varying(75),
    questionid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    title text,
    description text,
    expirationdate timestamp without time zone,
    lastvotedate timestamp without time zone
);
CREATE TABLE liferay.pollsvote (
    voteid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    questionid bigint,
    choiceid bigint,
    votedate timestamp without time zone
);
CREATE TABLE liferay.portalpreferences (
    portalpreferencesid bigint NOT NULL PRIMARY KEY,
    ownerid bigint,
    ownertype integer,
    preferences text
);
CREATE TABLE liferay.portlet (
    id_ bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    portletid character varying(200),
    roles text,
    active_ boolean
);
CREATE TABLE liferay.portletitem (
    portletitemid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    portletid character varying(75),
    classnameid bigint
);
CREATE TABLE liferay.portletpreferences (
    portletpreferencesid bigint NOT NULL PRIMARY KEY,
    ownerid bigint,
    ownertype integer,
    plid bigint,
    portletid character varying(200),
    preferences text
);
CREATE TABLE liferay.ratingsentry (
    entryid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    score double precision
);
CREATE TABLE liferay.ratingsstats (
    statsid bigint NOT NULL PRIMARY KEY,
    classnameid bigint,
    classpk bigint,
    totalentries integer,
    totalscore double precision,
    averagescore double precision
);
CREATE TABLE liferay.region (
    regionid bigint NOT NULL PRIMARY KEY,
    countryid bigint,
    regioncode character varying(75),
    name character varying(75),
    active_ boolean
);
CREATE TABLE liferay.release_ (
    releaseid bigint NOT NULL PRIMARY KEY,
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    servletcontextname character varying(75),
    buildnumber integer,
    builddate timestamp without time zone,
    verified boolean,
    teststring character varying(1024)
);
CREATE TABLE liferay.repository (
    uuid_ character varying(75),
    repositoryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    name character varying(75),
    description text,
    portletid character varying(75),
    typesettings text,
    dlfolderid bigint
);
CREATE TABLE liferay.repositoryentry (
    uuid_ character varying(75),
    repositoryentryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    repositoryid bigint,
    mappedid character varying(75)
);
CREATE TABLE liferay.resourceblock (
    resourceblockid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    groupid bigint,
    name character varying(75),
    permissionshash character varying(75),
    referencecount bigint
);
CREATE TABLE liferay.resourceblockpermission (
    resourceblockpermissionid bigint NOT NULL PRIMARY KEY,
    resourceblockid bigint,
    roleid bigint,
    actionids bigint
);
CREATE TABLE liferay.resourcetypepermission (
    resourcetypepermissionid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    groupid bigint,
    name character varying(75),
    roleid bigint,
    actionids bigint
);
CREATE TABLE liferay.resource_ (
    resourceid bigint NOT NULL PRIMARY KEY,
    codeid bigint,
    primkey character varying(255)
);
CREATE TABLE liferay.resourceaction (
    resourceactionid bigint NOT NULL PRIMARY KEY,
    name character varying(255),
    actionid character varying(75),
    bitwisevalue bigint
);
CREATE TABLE liferay.resourcecode (
    codeid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    name character varying(255),
    scope integer
);
CREATE TABLE liferay.resourcepermission (
    resourcepermissionid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    name character varying(255),
    scope integer,
    primkey character varying(255),
    roleid bigint,
    ownerid bigint,
    actionids bigint
);
CREATE TABLE liferay.role_ (
    roleid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    classnameid bigint,
    classpk bigint,
    name character varying(75),
    title text,
    description text,
    type_ integer,
    subtype character varying(75)
);
CREATE TABLE liferay.roles_permissions (
    roleid bigint NOT NULL,
    permissionid bigint NOT NULL,
    PRIMARY KEY (roleid, permissionid)
);
CREATE TABLE liferay.scframeworkversi_scproductvers (
    frameworkversionid bigint NOT NULL,
    productversionid bigint NOT NULL,
    PRIMARY KEY (frameworkversionid, productversionid)
);
CREATE TABLE liferay.scframeworkversion (
    frameworkversionid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    url text,
    active_ boolean,
    priority integer
);
CREATE TABLE liferay.sclicense (
    licenseid bigint NOT NULL PRIMARY KEY,
    name character varying(75),
    url text,
    opensource boolean,
    active_ boolean,
    recommended boolean
);
CREATE TABLE liferay.sclicenses_scproductentries (
    licenseid bigint NOT NULL,
    productentryid bigint NOT NULL,
    PRIMARY KEY (licenseid, productentryid)
);
CREATE TABLE liferay.scproductentry (
    productentryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    type_ character varying(75),
    tags character varying(255),
    shortdescription text,
    longdescription text,
    pageurl text,
    author character varying(75),
    repogroupid character varying(75),
    repoartifactid character varying(75)
);
CREATE TABLE liferay.scproductscreenshot (
    productscreenshotid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    groupid bigint,
    productentryid bigint,
    thumbnailid bigint,
    fullimageid bigint,
    priority integer
);
CREATE TABLE liferay.scproductversion (
    productversionid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    productentryid bigint,
    version character varying(75),
    changelog text,
    downloadpageurl text,
    directdownloadurl character varying(2000),
    repostoreartifact boolean
);
CREATE TABLE liferay.servicecomponent (
    servicecomponentid bigint NOT NULL PRIMARY KEY,
    buildnamespace character varying(75),
    buildnumber bigint,
    builddate bigint,
    data_ text
);
CREATE TABLE liferay.shard (
    shardid bigint NOT NULL PRIMARY KEY,
    classnameid bigint,
    classpk bigint,
    name character varying(75)
);
CREATE TABLE liferay.shoppingcart (
    cartid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    itemids text,
    couponcodes character varying(75),
    altshipping integer,
    insure boolean
);
CREATE TABLE liferay.shoppingcategory (
    categoryid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    parentcategoryid bigint,
    name character varying(75),
    description text
);
CREATE TABLE liferay.shoppingcoupon (
    couponid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    code_ character varying(75),
    name character varying(75),
    description text,
    startdate timestamp without time zone,
    enddate timestamp without time zone,
    active_ boolean,
    limitcategories text,
    limitskus text,
    minorder double precision,
    discount double precision,
    discounttype character varying(75)
);
CREATE TABLE liferay.shoppingitem (
    itemid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    categoryid bigint,
    sku character varying(75),
    name character varying(200),
    description text,
    properties text,
    fields_ boolean,
    fieldsquantities text,
    minquantity integer,
    maxquantity integer,
    price double precision,
    discount double precision,
    taxable boolean,
    shipping double precision,
    useshippingformula boolean,
    requiresshipping boolean,
    stockquantity integer,
    featured_ boolean,
    sale_ boolean,
    smallimage boolean,
    smallimageid bigint,
    smallimageurl text,
    mediumimage boolean,
    mediumimageid bigint,
    mediumimageurl text,
    largeimage boolean,
    largeimageid bigint,
    largeimageurl text
);
CREATE TABLE liferay.shoppingitemfield (
    itemfieldid bigint NOT NULL PRIMARY KEY,
    itemid bigint,
    name character varying(75),
    values_ text,
    description text
);
CREATE TABLE liferay.shoppingitemprice (
    itempriceid bigint NOT NULL PRIMARY KEY,
    itemid bigint,
    minquantity integer,
    maxquantity integer,
    price double precision,
    discount double precision,
    taxable boolean,
    shipping double precision,
    useshippingformula boolean,
    status integer
);
CREATE TABLE liferay.shoppingorder (
    orderid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    number_ character varying(75),
    tax double precision,
    shipping double precision,
    altshipping character varying(75),
    requiresshipping boolean,
    insure boolean,
    insurance double precision,
    couponcodes character varying(75),
    coupondiscount double precision,
    billingfirstname character varying(75),
    billinglastname character varying(75),
    billingemailaddress character varying(75),
    billingcompany character varying(75),
    billingstreet character varying(75),
    billingcity character varying(75),
    billingstate character varying(75),
    billingzip character varying(75),
    billingcountry character varying(75),
    billingphone character varying(75),
    shiptobilling boolean,
    shippingfirstname character varying(75),
    shippinglastname character varying(75),
    shippingemailaddress character varying(75),
    shippingcompany character varying(75),
    shippingstreet character varying(75),
    shippingcity character varying(75),
    shippingstate character varying(75),
    shippingzip character varying(75),
    shippingcountry character varying(75),
    shippingphone character varying(75),
    ccname character varying(75),
    cctype character varying(75),
    ccnumber character varying(75),
    ccexpmonth integer,
    ccexpyear integer,
    ccvernumber character varying(75),
    comments text,
    pptxnid character varying(75),
    pppaymentstatus character varying(75),
    pppaymentgross double precision,
    ppreceiveremail character varying(75),
    pppayeremail character varying(75),
    sendorderemail boolean,
    sendshippingemail boolean
);
CREATE TABLE liferay.shoppingorderitem (
    orderitemid bigint NOT NULL PRIMARY KEY,
    orderid bigint,
    itemid character varying(75),
    sku character varying(75),
    name character varying(200),
    description text,
    properties text,
    price double precision,
    quantity integer,
    shippeddate timestamp without time zone
);
CREATE TABLE liferay.socialactivity (
    activityid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    createdate bigint,
    mirroractivityid bigint,
    classnameid bigint,
    classpk bigint,
    type_ integer,
    extradata text,
    receiveruserid bigint
);
CREATE TABLE liferay.socialactivityachievement (
    activityachievementid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    createdate bigint,
    name character varying(75),
    firstingroup boolean
);
CREATE TABLE liferay.socialactivitycounter (
    activitycounterid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    classnameid bigint,
    classpk bigint,
    name character varying(75),
    ownertype integer,
    currentvalue integer,
    totalvalue integer,
    gracevalue integer,
    startperiod integer,
    endperiod integer
);
CREATE TABLE liferay.socialactivitylimit (
    activitylimitid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    classnameid bigint,
    classpk bigint,
    activitytype integer,
    activitycountername character varying(75),
    value character varying(75)
);
CREATE TABLE liferay.socialactivitysetting (
    activitysettingid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    classnameid bigint,
    activitytype integer,
    name character varying(75),
    value character varying(1024)
);
CREATE TABLE liferay.socialrelation (
    uuid_ character varying(75),
    relationid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    createdate bigint,
    userid1 bigint,
    userid2 bigint,
    type_ integer
);
CREATE TABLE liferay.socialrequest (
    uuid_ character varying(75),
    requestid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    createdate bigint,
    modifieddate bigint,
    classnameid bigint,
    classpk bigint,
    type_ integer,
    extradata text,
    receiveruserid bigint,
    status integer
);
CREATE TABLE liferay.subscription (
    subscriptionid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    frequency character varying(75)
);
CREATE TABLE liferay.team (
    teamid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    groupid bigint,
    name character varying(75),
    description text
);
CREATE TABLE liferay.ticket (
    ticketid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    createdate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    key_ character varying(75),
    type_ integer,
    extrainfo text,
    expirationdate timestamp without time zone
);
CREATE TABLE liferay.user_ (
    uuid_ character varying(75),
    userid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    defaultuser boolean,
    contactid bigint,
    password_ character varying(75),
    passwordencrypted boolean,
    passwordreset boolean,
    passwordmodifieddate timestamp without time zone,
    digest character varying(255),
    reminderqueryquestion character varying(75),
    reminderqueryanswer character varying(75),
    gracelogincount integer,
    screenname character varying(75),
    emailaddress character varying(75),
    facebookid bigint,
    openid character varying(1024),
    portraitid bigint,
    languageid character varying(75),
    timezoneid character varying(75),
    greeting character varying(255),
    comments text,
    firstname character varying(75),
    middlename character varying(75),
    lastname character varying(75),
    jobtitle character varying(100),
    logindate timestamp without time zone,
    loginip character varying(75),
    lastlogindate timestamp without time zone,
    lastloginip character varying(75),
    lastfailedlogindate timestamp without time zone,
    failedloginattempts integer,
    lockout boolean,
    lockoutdate timestamp without time zone,
    agreedtotermsofuse boolean,
    emailaddressverified boolean,
    status integer
);
CREATE TABLE liferay.usergroup (
    usergroupid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    parentusergroupid bigint,
    name character varying(75),
    description text,
    addedbyldapimport boolean
);
CREATE TABLE liferay.usergroupgrouprole (
    usergroupid bigint NOT NULL,
    groupid bigint NOT NULL,
    roleid bigint NOT NULL,
    PRIMARY KEY (usergroupid, groupid, roleid)
);
CREATE TABLE liferay.usergrouprole (
    userid bigint NOT NULL,
    groupid bigint NOT NULL,
    roleid bigint NOT NULL,
    PRIMARY KEY (userid, groupid, roleid)
);
CREATE TABLE liferay.usergroups_teams (
    usergroupid bigint NOT NULL,
    teamid bigint NOT NULL,
    PRIMARY KEY (usergroupid, teamid)
);
CREATE TABLE liferay.useridmapper (
    useridmapperid bigint NOT NULL PRIMARY KEY,
    userid bigint,
    type_ character varying(75),
    description character varying(75),
    externaluserid character varying(75)
);
CREATE TABLE liferay.usernotificationevent (
    uuid_ character varying(75),
    usernotificationeventid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    type_ character varying(75),
    timestamp bigint,
    deliverby bigint,
    payload text,
    archived boolean
);
CREATE TABLE liferay.users_groups (
    userid bigint NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (userid, groupid)
);
CREATE TABLE liferay.users_orgs (
    userid bigint NOT NULL,
    organizationid bigint NOT NULL,
    PRIMARY KEY (userid, organizationid)
);
CREATE TABLE liferay.users_permissions (
    userid bigint NOT NULL,
    permissionid bigint NOT NULL,
    PRIMARY KEY (userid, permissionid)
);
CREATE TABLE liferay.users_roles (
    userid bigint NOT NULL,
    roleid bigint NOT NULL,
    PRIMARY KEY (userid, roleid)
);
CREATE TABLE liferay.users_teams (
    userid bigint NOT NULL,
    teamid bigint NOT NULL,
    PRIMARY KEY (userid, teamid)
);
CREATE TABLE liferay.users_usergroups (
    usergroupid bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (usergroupid, userid)
);
CREATE TABLE liferay.usertracker (
    usertrackerid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    modifieddate timestamp without time zone,
    sessionid character varying(200),
    remoteaddr character varying(75),
    remotehost character varying(75),
    useragent character varying(200)
);
CREATE TABLE liferay.usertrackerpath (
    usertrackerpathid bigint NOT NULL PRIMARY KEY,
    usertrackerid bigint,
    path_ text,
    pathdate timestamp without time zone
);
CREATE TABLE liferay.virtualhost (
    virtualhostid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    layoutsetid bigint,
    hostname character varying(75)
);
CREATE TABLE liferay.vocabulary (
    vocabularyid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    description character varying(75),
    folksonomy boolean
);
CREATE TABLE liferay.webdavprops (
    webdavpropsid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    props text
);
CREATE TABLE liferay.website (
    websiteid bigint NOT NULL PRIMARY KEY,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    url text,
    typeid integer,
    primary_ boolean
);
CREATE TABLE liferay.wikinode (
    uuid_ character varying(75),
    nodeid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    name character varying(75),
    description text,
    lastpostdate timestamp without time zone
);
CREATE TABLE liferay.wikipage (
    uuid_ character varying(75),
    pageid bigint NOT NULL PRIMARY KEY,
    resourceprimkey bigint,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    nodeid bigint,
    title character varying(255),
    version double precision,
    minoredit boolean,
    content text,
    summary text,
    format character varying(75),
    head boolean,
    parenttitle character varying(255),
    redirecttitle character varying(255),
    status integer,
    statusbyuserid bigint,
    statusbyusername character varying(75),
    statusdate timestamp without time zone
);
CREATE TABLE liferay.wikipageresource (
    uuid_ character varying(75),
    resourceprimkey bigint NOT NULL PRIMARY KEY,
    nodeid bigint,
    title character varying(255)
);
CREATE TABLE liferay.workflowdefinitionlink (
    workflowdefinitionlinkid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    typepk bigint,
    workflowdefinitionname character varying(75),
    workflowdefinitionversion integer
);
CREATE TABLE liferay.workflowinstancelink (
    workflowinstancelinkid bigint NOT NULL PRIMARY KEY,
    groupid bigint,
    companyid bigint,
    userid bigint,
    username character varying(75),
    createdate timestamp without time zone,
    modifieddate timestamp without time zone,
    classnameid bigint,
    classpk bigint,
    workflowinstanceid bigint
);
