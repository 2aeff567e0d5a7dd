-- Openfire, the open-source XMPP (Jabber) real-time chat and presence server (formerly Wildfire, by Ignite
-- Realtime): users with their properties, flags, SCRAM credentials, presence, vCards, privacy lists and offline
-- messages; rosters (contact lists) and roster groups; user groups with their properties and members; multi-user
-- chat (MUC) services and their properties, chat rooms with their properties, affiliations, registered members,
-- retired rooms and the room conversation log; publish-subscribe (PubSub) nodes with their JIDs and roster groups,
-- affiliations, published items, subscriptions and default configurations; server properties, the id generator
-- table, schema versions, external component and remote server (server-to-server) configuration and the security
-- audit log. Source: distribution/src/database/openfire_postgresql.sql of github.com/igniterealtime/Openfire at
-- commit 3709dd4 (2026-07-23, main line, version 5.2.0-SNAPSHOT, database schema version 40; the file last changed
-- in 6228f88, 2026-07-03), Apache-2.0; we use the schema's facts. The script's CREATE TABLE and ALTER TABLE
-- statements were loaded as they are into a scratch PostgreSQL 15 and regenerated from its catalog, schema openfire:
-- all 34 tables, their primary keys (ofMucConversationLog and ofPubsubNodeGroups have none in the source) and the
-- one foreign key the source declares (ofRosterGroups.rosterID -> ofRoster, DEFERRABLE INITIALLY DEFERRED in the
-- source). The script's unquoted camelCase names fold to lower case as PostgreSQL stores them (ofUser -> ofuser,
-- ofMucRoom.naturalName -> ofmucroom.naturalname). References such as ofMucRoom.serviceID, ofMucMember.roomID,
-- ofRoster.username or ofGroupUser.groupName are implied by the names only. Dates are mostly CHAR(15) strings of
-- epoch milliseconds, as in the source. Left out: indexes, the one default (ofMucRoomRetiree.retiredAt) and the
-- INSERTs of the default rows (ofID counters, the admin user, the conference MUC service, the schema version). The
-- source declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS openfire;
CREATE TABLE openfire.ofextcomponentconf (
    subdomain character varying(255) NOT NULL,
    wildcard integer NOT NULL,
    secret character varying(255),
    permission character varying(10) NOT NULL,
    PRIMARY KEY (subdomain)
);
CREATE TABLE openfire.ofgroup (
    groupname character varying(50) NOT NULL,
    description character varying(255),
    PRIMARY KEY (groupname)
);
CREATE TABLE openfire.ofgroupprop (
    groupname character varying(50) NOT NULL,
    name character varying(100) NOT NULL,
    propvalue text NOT NULL,
    PRIMARY KEY (groupname, name)
);
CREATE TABLE openfire.ofgroupuser (
    groupname character varying(50) NOT NULL,
    username character varying(100) NOT NULL,
    administrator integer NOT NULL,
    PRIMARY KEY (groupname, username, administrator)
);
CREATE TABLE openfire.ofid (
    idtype integer NOT NULL,
    id integer NOT NULL,
    PRIMARY KEY (idtype)
);
CREATE TABLE openfire.ofmucaffiliation (
    roomid integer NOT NULL,
    jid character varying(1024) NOT NULL,
    affiliation integer NOT NULL,
    PRIMARY KEY (roomid, jid)
);
CREATE TABLE openfire.ofmucconversationlog (
    roomid integer NOT NULL,
    messageid integer NOT NULL,
    sender character varying(1024) NOT NULL,
    nickname character varying(255),
    logtime character(15) NOT NULL,
    subject character varying(255),
    body text,
    stanza text
);
CREATE TABLE openfire.ofmucmember (
    roomid integer NOT NULL,
    jid character varying(1024) NOT NULL,
    nickname character varying(255),
    firstname character varying(100),
    lastname character varying(100),
    url character varying(100),
    email character varying(100),
    faqentry character varying(100),
    PRIMARY KEY (roomid, jid)
);
CREATE TABLE openfire.ofmucroom (
    serviceid integer NOT NULL,
    roomid integer NOT NULL,
    creationdate character(15) NOT NULL,
    modificationdate character(15) NOT NULL,
    name character varying(50) NOT NULL,
    naturalname character varying(255) NOT NULL,
    description character varying(255),
    lockeddate character(15) NOT NULL,
    emptydate character(15),
    canchangesubject integer NOT NULL,
    maxusers integer NOT NULL,
    publicroom integer NOT NULL,
    moderated integer NOT NULL,
    membersonly integer NOT NULL,
    caninvite integer NOT NULL,
    roompassword character varying(50),
    candiscoverjid integer NOT NULL,
    logenabled integer NOT NULL,
    retireondeletion integer NOT NULL,
    preservehistondel integer NOT NULL,
    subject text,
    rolestobroadcast integer NOT NULL,
    usereservednick integer NOT NULL,
    canchangenick integer NOT NULL,
    canregister integer NOT NULL,
    allowpm integer,
    fmucenabled integer,
    fmucoutboundnode text,
    fmucoutboundmode integer,
    fmucinboundnodes text,
    PRIMARY KEY (serviceid, name)
);
CREATE TABLE openfire.ofmucroomprop (
    roomid integer NOT NULL,
    name character varying(100) NOT NULL,
    propvalue text NOT NULL,
    PRIMARY KEY (roomid, name)
);
CREATE TABLE openfire.ofmucroomretiree (
    serviceid integer NOT NULL,
    name character varying(50) NOT NULL,
    alternatejid character varying(2000),
    reason character varying(1024),
    retiredat timestamp without time zone,
    PRIMARY KEY (serviceid, name)
);
CREATE TABLE openfire.ofmucservice (
    serviceid integer NOT NULL,
    subdomain character varying(255) NOT NULL,
    description character varying(255),
    ishidden integer NOT NULL,
    PRIMARY KEY (subdomain)
);
CREATE TABLE openfire.ofmucserviceprop (
    serviceid integer NOT NULL,
    name character varying(100) NOT NULL,
    propvalue text NOT NULL,
    PRIMARY KEY (serviceid, name)
);
CREATE TABLE openfire.ofoffline (
    username character varying(64) NOT NULL,
    messageid integer NOT NULL,
    creationdate character(15) NOT NULL,
    messagesize integer NOT NULL,
    stanza text NOT NULL,
    PRIMARY KEY (username, messageid)
);
CREATE TABLE openfire.ofpresence (
    username character varying(64) NOT NULL,
    offlinepresence text,
    offlinedate character varying(15) NOT NULL,
    PRIMARY KEY (username)
);
CREATE TABLE openfire.ofprivacylist (
    username character varying(64) NOT NULL,
    name character varying(100) NOT NULL,
    isdefault integer NOT NULL,
    list text NOT NULL,
    PRIMARY KEY (username, name)
);
CREATE TABLE openfire.ofproperty (
    name character varying(100) NOT NULL,
    propvalue character varying(4000) NOT NULL,
    encrypted integer,
    iv character(24),
    PRIMARY KEY (name)
);
CREATE TABLE openfire.ofpubsubaffiliation (
    serviceid character varying(100) NOT NULL,
    nodeid character varying(100) NOT NULL,
    jid character varying(1024) NOT NULL,
    affiliation character varying(10) NOT NULL,
    PRIMARY KEY (serviceid, nodeid, jid)
);
CREATE TABLE openfire.ofpubsubdefaultconf (
    serviceid character varying(100) NOT NULL,
    leaf integer NOT NULL,
    deliverpayloads integer NOT NULL,
    maxpayloadsize integer NOT NULL,
    persistitems integer NOT NULL,
    maxitems integer NOT NULL,
    notifyconfigchanges integer NOT NULL,
    notifydelete integer NOT NULL,
    notifyretract integer NOT NULL,
    presencebased integer NOT NULL,
    senditemsubscribe integer NOT NULL,
    publishermodel character varying(15) NOT NULL,
    subscriptionenabled integer NOT NULL,
    accessmodel character varying(10) NOT NULL,
    language character varying(255),
    replypolicy character varying(15),
    associationpolicy character varying(15) NOT NULL,
    maxleafnodes integer NOT NULL,
    PRIMARY KEY (serviceid, leaf)
);
CREATE TABLE openfire.ofpubsubitem (
    serviceid character varying(100) NOT NULL,
    nodeid character varying(100) NOT NULL,
    id character varying(100) NOT NULL,
    jid character varying(1024) NOT NULL,
    creationdate character(15) NOT NULL,
    payload text,
    PRIMARY KEY (serviceid, nodeid, id)
);
CREATE TABLE openfire.ofpubsubnode (
    serviceid character varying(100) NOT NULL,
    nodeid character varying(100) NOT NULL,
    leaf integer NOT NULL,
    creationdate character(15) NOT NULL,
    modificationdate character(15) NOT NULL,
    parent character varying(100),
    deliverpayloads integer NOT NULL,
    maxpayloadsize integer,
    persistitems integer,
    maxitems integer,
    notifyconfigchanges integer NOT NULL,
    notifydelete integer NOT NULL,
    notifyretract integer NOT NULL,
    presencebased integer NOT NULL,
    senditemsubscribe integer NOT NULL,
    publishermodel character varying(15) NOT NULL,
    subscriptionenabled integer NOT NULL,
    configsubscription integer NOT NULL,
    accessmodel character varying(10) NOT NULL,
    payloadtype character varying(100),
    bodyxslt character varying(100),
    dataformxslt character varying(100),
    creator character varying(1024) NOT NULL,
    description character varying(255),
    language character varying(255),
    name character varying(50),
    replypolicy character varying(15),
    associationpolicy character varying(15),
    maxleafnodes integer,
    PRIMARY KEY (serviceid, nodeid)
);
CREATE TABLE openfire.ofpubsubnodegroups (
    serviceid character varying(100) NOT NULL,
    nodeid character varying(100) NOT NULL,
    rostergroup character varying(100) NOT NULL
);
CREATE TABLE openfire.ofpubsubnodejids (
    serviceid character varying(100) NOT NULL,
    nodeid character varying(100) NOT NULL,
    jid character varying(1024) NOT NULL,
    associationtype character varying(20) NOT NULL,
    PRIMARY KEY (serviceid, nodeid, jid)
);
CREATE TABLE openfire.ofpubsubsubscription (
    serviceid character varying(100) NOT NULL,
    nodeid character varying(100) NOT NULL,
    id character varying(100) NOT NULL,
    jid character varying(1024) NOT NULL,
    owner character varying(1024) NOT NULL,
    state character varying(15) NOT NULL,
    deliver integer NOT NULL,
    digest integer NOT NULL,
    digest_frequency integer NOT NULL,
    expire character(15),
    includebody integer NOT NULL,
    showvalues character varying(30) NOT NULL,
    subscriptiontype character varying(10) NOT NULL,
    subscriptiondepth integer NOT NULL,
    keyword character varying(200),
    PRIMARY KEY (serviceid, nodeid, id)
);
CREATE TABLE openfire.ofremoteserverconf (
    xmppdomain character varying(255) NOT NULL,
    remoteport integer,
    permission character varying(10) NOT NULL,
    PRIMARY KEY (xmppdomain)
);
CREATE TABLE openfire.ofroster (
    rosterid integer NOT NULL,
    username character varying(64) NOT NULL,
    jid character varying(1024) NOT NULL,
    sub integer NOT NULL,
    ask integer NOT NULL,
    recv integer NOT NULL,
    nick character varying(255),
    stanza text,
    PRIMARY KEY (rosterid)
);
CREATE TABLE openfire.ofrostergroups (
    rosterid integer NOT NULL,
    rank integer NOT NULL,
    groupname character varying(255) NOT NULL,
    PRIMARY KEY (rosterid, rank)
);
CREATE TABLE openfire.ofsecurityauditlog (
    msgid integer NOT NULL,
    username character varying(64) NOT NULL,
    entrystamp bigint NOT NULL,
    summary character varying(255) NOT NULL,
    node character varying(255) NOT NULL,
    details text,
    PRIMARY KEY (msgid)
);
CREATE TABLE openfire.ofuser (
    username character varying(64) NOT NULL,
    plainpassword character varying(32),
    encryptedpassword character varying(255),
    name character varying(100),
    email character varying(100),
    creationdate character(15) NOT NULL,
    modificationdate character(15) NOT NULL,
    PRIMARY KEY (username)
);
CREATE TABLE openfire.ofuserflag (
    username character varying(64) NOT NULL,
    name character varying(100) NOT NULL,
    starttime character(15),
    endtime character(15),
    PRIMARY KEY (username, name)
);
CREATE TABLE openfire.ofuserprop (
    username character varying(64) NOT NULL,
    name character varying(100) NOT NULL,
    propvalue text NOT NULL,
    PRIMARY KEY (username, name)
);
CREATE TABLE openfire.ofuserscram (
    username character varying(64) NOT NULL,
    mechanism character varying(32) NOT NULL,
    storedkey character varying(255),
    serverkey character varying(255),
    salt character varying(255),
    iterations integer NOT NULL,
    PRIMARY KEY (username, mechanism)
);
CREATE TABLE openfire.ofvcard (
    username character varying(64) NOT NULL,
    vcard text NOT NULL,
    PRIMARY KEY (username)
);
CREATE TABLE openfire.ofversion (
    name character varying(50) NOT NULL,
    version integer NOT NULL,
    PRIMARY KEY (name)
);
ALTER TABLE openfire.ofrostergroups ADD FOREIGN KEY (rosterid) REFERENCES openfire.ofroster (rosterid);
