-- Request Tracker (RT), Best Practical's ticketing system (tickets with their queues, statuses, owners, priorities,
-- due dates and time worked; transactions (the ticket history: correspondence, comments, status changes, time
-- logged) and their attachments (message parts); links between tickets (depends on, refers to, merged into);
-- principals, users, groups, group members and cached group members (watchers: requestors, Cc, AdminCc; roles
-- and custom roles); rights (ACL); scrips with their conditions, actions and templates; custom fields, their
-- values and the values set on tickets, users, queues and assets; articles with classes and topics; assets and
-- their catalogs; saved searches, dashboards and their e-mail subscriptions, attributes, auth tokens, shortened
-- URLs, configuration and sessions), as its PostgreSQL installer creates it: etc/schema.Pg of
-- github.com/bestpractical/rt (commit 72106ba, rt-6.0.0 plus 4 commits on the 6.0-trunk branch; GPL-2.0; we use
-- the schema's facts), loaded into a scratch PostgreSQL 14 in schema rt and regenerated from its catalog with
-- pg_dump: all 38 tables (the source's CamelCase names are unquoted, so PostgreSQL folds them to lower case, as an
-- installed RT has them), their primary keys and the one foreign key the source declares
-- (cachedgroupmembers.via). Left out: the sequences and defaults, the indexes (etc/acl.Pg's grants and
-- etc/initialdata's rows are not part of the schema). No comments in the source. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS rt;
CREATE TABLE rt.acl (
    id integer NOT NULL,
    principaltype character varying(25) NOT NULL,
    principalid integer NOT NULL,
    rightname character varying(25) NOT NULL,
    objecttype character varying(25) NOT NULL,
    objectid integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.articles (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    summary character varying(255) NOT NULL,
    sortorder integer NOT NULL,
    class integer NOT NULL,
    parent integer NOT NULL,
    uri character varying(255),
    disabled smallint NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.assets (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    catalog integer NOT NULL,
    status character varying(64) NOT NULL,
    description character varying(255) NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.attachments (
    id bigint NOT NULL,
    transactionid bigint NOT NULL,
    parent bigint NOT NULL,
    messageid character varying(160),
    subject character varying(255),
    filename character varying(255),
    contenttype character varying(80),
    contentencoding character varying(80),
    content text,
    headers text,
    creator integer NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.attributes (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    content text,
    contenttype character varying(16),
    objecttype character varying(64),
    objectid integer,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.authtokens (
    id integer NOT NULL,
    owner integer NOT NULL,
    token character varying(256),
    description character varying(255) NOT NULL,
    lastused timestamp without time zone,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    expires timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.cachedgroupmembers (
    id integer NOT NULL,
    groupid integer,
    memberid integer,
    via integer,
    immediateparentid integer,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.catalogs (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    lifecycle character varying(32) NOT NULL,
    description character varying(255) NOT NULL,
    disabled integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.classes (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    sortorder integer NOT NULL,
    disabled smallint NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.configurations (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content text,
    contenttype character varying(80),
    disabled integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.customfields (
    id integer NOT NULL,
    name character varying(200),
    type character varying(200),
    rendertype character varying(64),
    maxvalues integer NOT NULL,
    valuesclass character varying(64),
    basedon integer,
    pattern character varying(65536),
    lookuptype character varying(255) NOT NULL,
    entryhint character varying(255),
    validationhint character varying(255),
    description character varying(255),
    sortorder integer NOT NULL,
    uniquevalues integer NOT NULL,
    canonicalizeclass character varying(64),
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.customfieldvalues (
    id integer NOT NULL,
    customfield integer NOT NULL,
    name character varying(200),
    description character varying(255),
    sortorder integer NOT NULL,
    category character varying(255),
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.customroles (
    id integer NOT NULL,
    name character varying(200),
    description character varying(255),
    maxvalues integer NOT NULL,
    entryhint character varying(255),
    lookuptype character varying(255) NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.dashboards (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    principalid integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.dashboardsubscriptions (
    id integer NOT NULL,
    userid integer NOT NULL,
    dashboardid integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.groupmembers (
    id integer NOT NULL,
    groupid integer NOT NULL,
    memberid integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.groups (
    id integer NOT NULL,
    name character varying(200),
    description character varying(255),
    domain character varying(64),
    instance integer,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.links (
    id integer NOT NULL,
    base character varying(240),
    target character varying(240),
    type character varying(20) NOT NULL,
    localtarget integer NOT NULL,
    localbase integer NOT NULL,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    creator integer NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.objectclasses (
    id integer NOT NULL,
    class integer NOT NULL,
    objecttype character varying(255) NOT NULL,
    objectid integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.objectcontents (
    id bigint NOT NULL,
    objecttype character varying(64) NOT NULL,
    objectid integer NOT NULL,
    contentencoding character varying(64),
    content text,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.objectcustomfields (
    id integer NOT NULL,
    customfield integer NOT NULL,
    objectid integer NOT NULL,
    sortorder integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.objectcustomfieldvalues (
    id integer NOT NULL,
    customfield integer NOT NULL,
    objecttype character varying(255),
    objectid bigint NOT NULL,
    sortorder integer NOT NULL,
    content character varying(255),
    largecontent text,
    contenttype character varying(80),
    contentencoding character varying(80),
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.objectcustomroles (
    id integer NOT NULL,
    customrole integer NOT NULL,
    objectid integer NOT NULL,
    sortorder integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.objectscrips (
    id integer NOT NULL,
    scrip integer NOT NULL,
    stage character varying(32) NOT NULL,
    objectid integer NOT NULL,
    sortorder integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.objecttopics (
    id integer NOT NULL,
    topic integer NOT NULL,
    objecttype character varying(64) NOT NULL,
    objectid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.principals (
    id integer NOT NULL,
    principaltype character varying(16) NOT NULL,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.queues (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(255),
    correspondaddress character varying(120),
    commentaddress character varying(120),
    lifecycle character varying(32),
    subjecttag character varying(120),
    sortorder integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    sladisabled integer NOT NULL,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.savedsearches (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    type character varying(64) NOT NULL,
    principalid integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.scripactions (
    id integer NOT NULL,
    name character varying(200),
    description character varying(255),
    execmodule character varying(60),
    argument character varying(255),
    lookuptype character varying(255) NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.scripconditions (
    id integer NOT NULL,
    name character varying(200),
    description character varying(255),
    execmodule character varying(60),
    argument character varying(255),
    applicabletranstypes character varying(60),
    lookuptype character varying(255) NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.scrips (
    id integer NOT NULL,
    description character varying(255),
    scripcondition integer NOT NULL,
    scripaction integer NOT NULL,
    customisapplicablecode text,
    custompreparecode text,
    customcommitcode text,
    disabled integer NOT NULL,
    template character varying(200) NOT NULL,
    lookuptype character varying(255) NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.sessions (
    id character(32) NOT NULL,
    a_session bytea,
    lastupdated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.shorteners (
    id integer NOT NULL,
    code character varying(40) NOT NULL,
    content text NOT NULL,
    permanent integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    lastaccessedby integer NOT NULL,
    lastaccessed timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.templates (
    id integer NOT NULL,
    objectid integer NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(255),
    type character varying(16),
    content text,
    lookuptype character varying(255) NOT NULL,
    lastupdated timestamp without time zone,
    lastupdatedby integer NOT NULL,
    creator integer NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.tickets (
    id integer NOT NULL,
    effectiveid integer NOT NULL,
    ismerged smallint,
    queue integer NOT NULL,
    type character varying(16),
    owner integer NOT NULL,
    subject character varying(200),
    description text,
    initialpriority integer NOT NULL,
    finalpriority integer NOT NULL,
    priority integer NOT NULL,
    timeestimated integer NOT NULL,
    timeworked integer NOT NULL,
    status character varying(64),
    sla character varying(64),
    timeleft integer NOT NULL,
    told timestamp without time zone,
    starts timestamp without time zone,
    started timestamp without time zone,
    due timestamp without time zone,
    resolved timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    creator integer NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.topics (
    id integer NOT NULL,
    parent integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    objecttype character varying(64) NOT NULL,
    objectid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE rt.transactions (
    id bigint NOT NULL,
    objecttype character varying(255) NOT NULL,
    objectid integer NOT NULL,
    timetaken integer NOT NULL,
    timeworker integer NOT NULL,
    timeworkeddate date,
    type character varying(20),
    field character varying(255),
    oldvalue character varying(255),
    newvalue character varying(255),
    referencetype character varying(255),
    oldreference integer,
    newreference integer,
    data character varying(255),
    creator integer NOT NULL,
    created timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE rt.users (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    password character varying(256),
    authtoken character varying(16),
    comments text,
    signature text,
    emailaddress character varying(120),
    freeformcontactinfo text,
    organization character varying(200),
    realname character varying(120),
    nickname character varying(16),
    lang character varying(16),
    gecos character varying(16),
    homephone character varying(30),
    workphone character varying(30),
    mobilephone character varying(30),
    pagerphone character varying(30),
    address1 character varying(200),
    address2 character varying(200),
    city character varying(100),
    state character varying(100),
    zip character varying(16),
    country character varying(50),
    timezone character varying(50),
    smimecertificate text,
    imagecontenttype character varying(80),
    image text,
    creator integer NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer NOT NULL,
    lastupdated timestamp without time zone,
    PRIMARY KEY (id)
);
ALTER TABLE rt.cachedgroupmembers ADD CONSTRAINT cachedgroupmembers_via_fkey FOREIGN KEY (via) REFERENCES rt.cachedgroupmembers(id) ON DELETE CASCADE;
