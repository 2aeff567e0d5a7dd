-- Mattermost's PostgreSQL schema (teams, channels and their members and membership history, posts, threads and who
-- follows them, reactions, custom emoji, files, drafts, scheduled posts, reminders, acknowledgements and priority,
-- read receipts, bookmarks, sidebar categories, users, bots, sessions, statuses, preferences, personal access
-- tokens, user groups synced to teams and channels, roles and permission schemes, slash commands, incoming and
-- outgoing webhooks, OAuth apps, jobs, compliance exports, data-retention policies, shared channels with remote
-- clusters, custom property fields, recaps, translations, terms of service), as its 158 PostgreSQL migrations
-- create it: server/channels/db/migrations/postgres/000001_create_teams.up.sql .. 000159_*.up.sql, read from
-- github.com/legendaSVD/mattermost (commit b24f322, a third-party upload of the mattermost/mattermost server tree,
-- which holds the same path; the official repository was over the size a copy here can have). Mattermost server:
-- AGPL-3.0 with parts under Apache-2.0; we use the schema's facts. The *.up.sql files were run in order into an empty
-- scratch PostgreSQL 15 and the result regenerated from its catalog (pg_dump -s, then filtered): 79 tables, their 79
-- primary keys and the 3 foreign keys the migrations declare (Mattermost relates rows by id columns such as
-- channelid, userid, teamid, postid without declaring keys), the 6 enum types, schema mattermost instead of public.
-- Left out: defaults, unique constraints, indexes, ON DELETE actions, the migration-tracking table the tool adds,
-- and the 5 materialized views for statistics (poststats, posts_by_team_day, bot_posts_by_team_day, file_stats,
-- attributeview). Times are bigint milliseconds since the epoch, as in the source. The source declares no comments.
-- No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS mattermost;
CREATE TYPE mattermost.channel_bookmark_type AS ENUM (
    'link',
    'file'
);
CREATE TYPE mattermost.channel_type AS ENUM (
    'P',
    'G',
    'O',
    'D'
);
CREATE TYPE mattermost.outgoingoauthconnections_granttype AS ENUM (
    'client_credentials',
    'password'
);
CREATE TYPE mattermost.property_field_type AS ENUM (
    'text',
    'select',
    'multiselect',
    'date',
    'user',
    'multiuser'
);
CREATE TYPE mattermost.team_type AS ENUM (
    'I',
    'O'
);
CREATE TYPE mattermost.upload_session_type AS ENUM (
    'attachment',
    'import'
);
CREATE TABLE mattermost.accesscontrolpolicies (
    id character varying(26) NOT NULL,
    name character varying(128) NOT NULL,
    type character varying(128) NOT NULL,
    active boolean NOT NULL,
    createat bigint NOT NULL,
    revision integer NOT NULL,
    version character varying(8) NOT NULL,
    data jsonb,
    props jsonb
);
CREATE TABLE mattermost.accesscontrolpolicyhistory (
    id character varying(26) NOT NULL,
    name character varying(128) NOT NULL,
    type character varying(128) NOT NULL,
    createat bigint NOT NULL,
    revision integer NOT NULL,
    version character varying(8) NOT NULL,
    data jsonb,
    props jsonb
);
CREATE TABLE mattermost.audits (
    id character varying(26) NOT NULL,
    createat bigint,
    userid character varying(26),
    action character varying(512),
    extrainfo character varying(1024),
    ipaddress character varying(64),
    sessionid character varying(26)
);
CREATE TABLE mattermost.bots (
    userid character varying(26) NOT NULL,
    description character varying(1024),
    ownerid character varying(190),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    lasticonupdate bigint
);
CREATE TABLE mattermost.channelbookmarks (
    id character varying(26) NOT NULL,
    ownerid character varying(26) NOT NULL,
    channelid character varying(26) NOT NULL,
    fileinfoid character varying(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    displayname text,
    sortorder integer,
    linkurl text,
    imageurl text,
    emoji character varying(64),
    type mattermost.channel_bookmark_type,
    originalid character varying(26),
    parentid character varying(26)
);
CREATE TABLE mattermost.channelmemberhistory (
    channelid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    jointime bigint NOT NULL,
    leavetime bigint
);
CREATE TABLE mattermost.channelmembers (
    channelid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    roles character varying(256),
    lastviewedat bigint,
    msgcount bigint,
    mentioncount bigint,
    notifyprops jsonb,
    lastupdateat bigint,
    schemeuser boolean,
    schemeadmin boolean,
    schemeguest boolean,
    mentioncountroot bigint,
    msgcountroot bigint,
    urgentmentioncount bigint,
    autotranslation boolean NOT NULL,
    autotranslationdisabled boolean NOT NULL
);
CREATE TABLE mattermost.channels (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    teamid character varying(26),
    type mattermost.channel_type,
    displayname character varying(64),
    name character varying(64),
    header character varying(1024),
    purpose character varying(250),
    lastpostat bigint,
    totalmsgcount bigint,
    extraupdateat bigint,
    creatorid character varying(26),
    schemeid character varying(26),
    groupconstrained boolean,
    shared boolean,
    totalmsgcountroot bigint,
    lastrootpostat bigint,
    bannerinfo jsonb,
    defaultcategoryname character varying(64),
    autotranslation boolean NOT NULL
);
CREATE TABLE mattermost.clusterdiscovery (
    id character varying(26) NOT NULL,
    type character varying(64),
    clustername character varying(64),
    hostname character varying(512),
    gossipport integer,
    port integer,
    createat bigint,
    lastpingat bigint
);
CREATE TABLE mattermost.commands (
    id character varying(26) NOT NULL,
    token character varying(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid character varying(26),
    teamid character varying(26),
    trigger character varying(128),
    method character varying(1),
    username character varying(64),
    iconurl character varying(1024),
    autocomplete boolean,
    autocompletedesc character varying(1024),
    autocompletehint character varying(1024),
    displayname character varying(64),
    description character varying(128),
    url character varying(1024),
    pluginid character varying(190)
);
CREATE TABLE mattermost.commandwebhooks (
    id character varying(26) NOT NULL,
    createat bigint,
    commandid character varying(26),
    userid character varying(26),
    channelid character varying(26),
    rootid character varying(26),
    usecount integer
);
CREATE TABLE mattermost.compliances (
    id character varying(26) NOT NULL,
    createat bigint,
    userid character varying(26),
    status character varying(64),
    count integer,
    "desc" character varying(512),
    type character varying(64),
    startat bigint,
    endat bigint,
    keywords character varying(512),
    emails character varying(1024)
);
CREATE TABLE mattermost.contentflaggingcommonreviewers (
    userid character varying(26) NOT NULL
);
CREATE TABLE mattermost.contentflaggingteamreviewers (
    teamid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL
);
CREATE TABLE mattermost.contentflaggingteamsettings (
    teamid character varying(26) NOT NULL,
    enabled boolean
);
CREATE TABLE mattermost.desktoptokens (
    token character varying(64) NOT NULL,
    createat bigint NOT NULL,
    userid character varying(26) NOT NULL
);
CREATE TABLE mattermost.drafts (
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid character varying(26) NOT NULL,
    channelid character varying(26) NOT NULL,
    rootid character varying(26),
    message character varying(65535),
    props character varying(8000),
    fileids character varying(300),
    priority text,
    type text
);
CREATE TABLE mattermost.emoji (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid character varying(26),
    name character varying(64)
);
CREATE TABLE mattermost.fileinfo (
    id character varying(26) NOT NULL,
    creatorid character varying(26),
    postid character varying(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    path character varying(512),
    thumbnailpath character varying(512),
    previewpath character varying(512),
    name character varying(256),
    extension character varying(64),
    size bigint,
    mimetype character varying(256),
    width integer,
    height integer,
    haspreviewimage boolean,
    minipreview bytea,
    content text,
    remoteid character varying(26),
    archived boolean NOT NULL,
    channelid character varying(26)
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05');
CREATE TABLE mattermost.groupchannels (
    groupid character varying(26) NOT NULL,
    autoadd boolean,
    schemeadmin boolean,
    createat bigint,
    deleteat bigint,
    updateat bigint,
    channelid character varying(26) NOT NULL
);
CREATE TABLE mattermost.groupmembers (
    groupid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    createat bigint,
    deleteat bigint
);
CREATE TABLE mattermost.groupteams (
    groupid character varying(26) NOT NULL,
    autoadd boolean,
    schemeadmin boolean,
    createat bigint,
    deleteat bigint,
    updateat bigint,
    teamid character varying(26) NOT NULL
);
CREATE TABLE mattermost.incomingwebhooks (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid character varying(26),
    channelid character varying(26),
    teamid character varying(26),
    displayname character varying(64),
    description character varying(500),
    username character varying(255),
    iconurl character varying(1024),
    channellocked boolean
);
CREATE TABLE mattermost.jobs (
    id character varying(26) NOT NULL,
    type character varying(32),
    priority bigint,
    createat bigint,
    startat bigint,
    lastactivityat bigint,
    status character varying(32),
    progress bigint,
    data jsonb
);
CREATE TABLE mattermost.licenses (
    id character varying(26) NOT NULL,
    createat bigint,
    bytes character varying(10000)
);
CREATE TABLE mattermost.linkmetadata (
    hash bigint NOT NULL,
    url character varying(2048),
    "timestamp" bigint,
    type character varying(16),
    data jsonb
);
CREATE TABLE mattermost.notifyadmin (
    userid character varying(26) NOT NULL,
    createat bigint,
    requiredplan character varying(100) NOT NULL,
    requiredfeature character varying(255) NOT NULL,
    trial boolean NOT NULL,
    sentat bigint
);
CREATE TABLE mattermost.oauthaccessdata (
    token character varying(26) NOT NULL,
    refreshtoken character varying(26),
    redirecturi character varying(256),
    clientid character varying(26),
    userid character varying(26),
    expiresat bigint,
    scope character varying(128),
    audience character varying(512)
);
CREATE TABLE mattermost.oauthapps (
    id character varying(26) NOT NULL,
    creatorid character varying(26),
    createat bigint,
    updateat bigint,
    clientsecret character varying(128),
    name character varying(64),
    description character varying(512),
    callbackurls character varying(1024),
    homepage character varying(256),
    istrusted boolean,
    iconurl character varying(512),
    mattermostappid character varying(32),
    isdynamicallyregistered boolean
);
CREATE TABLE mattermost.oauthauthdata (
    clientid character varying(26),
    userid character varying(26),
    code character varying(128) NOT NULL,
    expiresin integer,
    createat bigint,
    redirecturi character varying(256),
    state character varying(1024),
    scope character varying(128),
    codechallenge character varying(128),
    codechallengemethod character varying(10),
    resource character varying(512)
);
CREATE TABLE mattermost.outgoingoauthconnections (
    id character varying(26) NOT NULL,
    name character varying(64),
    creatorid character varying(26),
    createat bigint,
    updateat bigint,
    clientid character varying(255),
    clientsecret character varying(255),
    credentialsusername character varying(255),
    credentialspassword character varying(255),
    oauthtokenurl text,
    granttype mattermost.outgoingoauthconnections_granttype,
    audiences character varying(1024)
);
CREATE TABLE mattermost.outgoingwebhooks (
    id character varying(26) NOT NULL,
    token character varying(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid character varying(26),
    channelid character varying(26),
    teamid character varying(26),
    triggerwords character varying(1024),
    callbackurls character varying(1024),
    displayname character varying(64),
    contenttype character varying(128),
    triggerwhen integer,
    username character varying(64),
    iconurl character varying(1024),
    description character varying(500)
);
CREATE TABLE mattermost.persistentnotifications (
    postid character varying(26) NOT NULL,
    createat bigint,
    lastsentat bigint,
    deleteat bigint,
    sentcount smallint
);
CREATE TABLE mattermost.pluginkeyvaluestore (
    pluginid character varying(190) NOT NULL,
    pkey character varying(150) NOT NULL,
    pvalue bytea,
    expireat bigint
);
CREATE TABLE mattermost.postacknowledgements (
    postid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    acknowledgedat bigint,
    remoteid character varying(26),
    channelid character varying(26)
);
CREATE TABLE mattermost.postreminders (
    postid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    targettime bigint
);
CREATE TABLE mattermost.posts (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid character varying(26),
    channelid character varying(26),
    rootid character varying(26),
    originalid character varying(26),
    message character varying(65535),
    type character varying(26),
    props jsonb,
    hashtags character varying(1000),
    filenames character varying(4000),
    fileids character varying(300),
    hasreactions boolean,
    editat bigint,
    ispinned boolean,
    remoteid character varying(26)
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05');
CREATE TABLE mattermost.postspriority (
    postid character varying(26) NOT NULL,
    channelid character varying(26) NOT NULL,
    priority character varying(32) NOT NULL,
    requestedack boolean,
    persistentnotifications boolean
);
CREATE TABLE mattermost.preferences (
    userid character varying(26) NOT NULL,
    category character varying(32) NOT NULL,
    name character varying(32) NOT NULL,
    value text
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05');
CREATE TABLE mattermost.productnoticeviewstate (
    userid character varying(26) NOT NULL,
    noticeid character varying(26) NOT NULL,
    viewed integer,
    "timestamp" bigint
);
CREATE TABLE mattermost.propertyfields (
    id character varying(26) NOT NULL,
    groupid character varying(26) NOT NULL,
    name character varying(255) NOT NULL,
    type mattermost.property_field_type,
    attrs jsonb,
    targetid character varying(255),
    targettype character varying(255),
    createat bigint NOT NULL,
    updateat bigint NOT NULL,
    deleteat bigint NOT NULL
);
CREATE TABLE mattermost.propertygroups (
    id character varying(26) NOT NULL,
    name character varying(64) NOT NULL
);
CREATE TABLE mattermost.propertyvalues (
    id character varying(26) NOT NULL,
    targetid character varying(255) NOT NULL,
    targettype character varying(255) NOT NULL,
    groupid character varying(26) NOT NULL,
    fieldid character varying(26) NOT NULL,
    value jsonb NOT NULL,
    createat bigint NOT NULL,
    updateat bigint NOT NULL,
    deleteat bigint NOT NULL
);
CREATE TABLE mattermost.publicchannels (
    id character varying(26) NOT NULL,
    deleteat bigint,
    teamid character varying(26),
    displayname character varying(64),
    name character varying(64),
    header character varying(1024),
    purpose character varying(250)
);
CREATE TABLE mattermost.reactions (
    userid character varying(26) NOT NULL,
    postid character varying(26) NOT NULL,
    emojiname character varying(64) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    remoteid character varying(26),
    channelid character varying(26)
);
CREATE TABLE mattermost.readreceipts (
    postid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    expireat bigint NOT NULL
);
CREATE TABLE mattermost.recapchannels (
    id character varying(26) NOT NULL,
    recapid character varying(26) NOT NULL,
    channelid character varying(26) NOT NULL,
    channelname character varying(64) NOT NULL,
    highlights text,
    actionitems text,
    sourcepostids text,
    createat bigint NOT NULL
);
CREATE TABLE mattermost.recaps (
    id character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    title character varying(255) NOT NULL,
    createat bigint NOT NULL,
    updateat bigint NOT NULL,
    deleteat bigint NOT NULL,
    totalmessagecount integer NOT NULL,
    status character varying(32) NOT NULL,
    readat bigint NOT NULL,
    botid character varying(26)
);
CREATE TABLE mattermost.recentsearches (
    userid character(26) NOT NULL,
    searchpointer integer NOT NULL,
    query jsonb,
    createat bigint NOT NULL
);
CREATE TABLE mattermost.remoteclusters (
    remoteid character varying(26) NOT NULL,
    remoteteamid character varying(26),
    name character varying(64) NOT NULL,
    displayname character varying(64),
    siteurl character varying(512),
    createat bigint,
    lastpingat bigint,
    token character varying(26),
    remotetoken character varying(26),
    topics character varying(512),
    creatorid character varying(26),
    pluginid character varying(190),
    options smallint NOT NULL,
    defaultteamid character varying(26),
    deleteat bigint,
    lastglobalusersyncat bigint
);
CREATE TABLE mattermost.retentionidsfordeletion (
    id character varying(26) NOT NULL,
    tablename character varying(64),
    ids character varying(26)[]
);
CREATE TABLE mattermost.retentionpolicies (
    id character varying(26) NOT NULL,
    displayname character varying(64),
    postduration bigint
);
CREATE TABLE mattermost.retentionpolicieschannels (
    policyid character varying(26),
    channelid character varying(26) NOT NULL
);
CREATE TABLE mattermost.retentionpoliciesteams (
    policyid character varying(26),
    teamid character varying(26) NOT NULL
);
CREATE TABLE mattermost.roles (
    id character varying(26) NOT NULL,
    name character varying(64),
    displayname character varying(128),
    description character varying(1024),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    permissions text,
    schememanaged boolean,
    builtin boolean,
    schemeid character varying(26)
);
CREATE TABLE mattermost.scheduledposts (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    userid character varying(26) NOT NULL,
    channelid character varying(26) NOT NULL,
    rootid character varying(26),
    message character varying(65535),
    props character varying(8000),
    fileids character varying(300),
    priority text,
    scheduledat bigint NOT NULL,
    processedat bigint,
    errorcode character varying(200),
    type text
);
CREATE TABLE mattermost.schemes (
    id character varying(26) NOT NULL,
    name character varying(64),
    displayname character varying(128),
    description character varying(1024),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    scope character varying(32),
    defaultteamadminrole character varying(64),
    defaultteamuserrole character varying(64),
    defaultchanneladminrole character varying(64),
    defaultchanneluserrole character varying(64),
    defaultteamguestrole character varying(64),
    defaultchannelguestrole character varying(64),
    defaultplaybookadminrole character varying(64),
    defaultplaybookmemberrole character varying(64),
    defaultrunadminrole character varying(64),
    defaultrunmemberrole character varying(64)
);
CREATE TABLE mattermost.sessions (
    id character varying(26) NOT NULL,
    token character varying(26),
    createat bigint,
    expiresat bigint,
    lastactivityat bigint,
    userid character varying(26),
    deviceid character varying(512),
    roles character varying(256),
    isoauth boolean,
    props jsonb,
    expirednotify boolean
);
CREATE TABLE mattermost.sharedchannelattachments (
    id character varying(26) NOT NULL,
    fileid character varying(26),
    remoteid character varying(26),
    createat bigint,
    lastsyncat bigint
);
CREATE TABLE mattermost.sharedchannelremotes (
    id character varying(26) NOT NULL,
    channelid character varying(26) NOT NULL,
    creatorid character varying(26),
    createat bigint,
    updateat bigint,
    isinviteaccepted boolean,
    isinviteconfirmed boolean,
    remoteid character varying(26),
    lastpostupdateat bigint,
    lastpostid character varying(26),
    lastpostcreateat bigint NOT NULL,
    lastpostcreateid character varying(26),
    deleteat bigint,
    lastmemberssyncat bigint
);
CREATE TABLE mattermost.sharedchannels (
    channelid character varying(26) NOT NULL,
    teamid character varying(26),
    home boolean,
    readonly boolean,
    sharename character varying(64),
    sharedisplayname character varying(64),
    sharepurpose character varying(250),
    shareheader character varying(1024),
    creatorid character varying(26),
    createat bigint,
    updateat bigint,
    remoteid character varying(26)
);
CREATE TABLE mattermost.sharedchannelusers (
    id character varying(26) NOT NULL,
    userid character varying(26),
    remoteid character varying(26),
    createat bigint,
    lastsyncat bigint,
    channelid character varying(26),
    lastmembershipsyncat bigint
);
CREATE TABLE mattermost.sidebarcategories (
    id character varying(128) NOT NULL,
    userid character varying(26),
    teamid character varying(26),
    sortorder bigint,
    sorting character varying(64),
    type character varying(64),
    displayname character varying(64),
    muted boolean,
    collapsed boolean
);
CREATE TABLE mattermost.sidebarchannels (
    channelid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    categoryid character varying(128) NOT NULL,
    sortorder bigint
);
CREATE TABLE mattermost.status (
    userid character varying(26) NOT NULL,
    status character varying(32),
    manual boolean,
    lastactivityat bigint,
    dndendtime bigint,
    prevstatus character varying(32)
);
CREATE TABLE mattermost.systems (
    name character varying(64) NOT NULL,
    value character varying(1024)
);
CREATE TABLE mattermost.teammembers (
    teamid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    roles character varying(256),
    deleteat bigint,
    schemeuser boolean,
    schemeadmin boolean,
    schemeguest boolean,
    createat bigint
);
CREATE TABLE mattermost.teams (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    displayname character varying(64),
    name character varying(64),
    description character varying(255),
    email character varying(128),
    type mattermost.team_type,
    companyname character varying(64),
    alloweddomains character varying(1000),
    inviteid character varying(32),
    schemeid character varying(26),
    allowopeninvite boolean,
    lastteamiconupdate bigint,
    groupconstrained boolean,
    cloudlimitsarchived boolean NOT NULL
);
CREATE TABLE mattermost.temporaryposts (
    postid character varying(26) NOT NULL,
    type character varying(26) NOT NULL,
    expireat bigint NOT NULL,
    message character varying(65535),
    fileids character varying(300)
);
CREATE TABLE mattermost.termsofservice (
    id character varying(26) NOT NULL,
    createat bigint,
    userid character varying(26),
    text character varying(65535)
);
CREATE TABLE mattermost.threadmemberships (
    postid character varying(26) NOT NULL,
    userid character varying(26) NOT NULL,
    following boolean,
    lastviewed bigint,
    lastupdated bigint,
    unreadmentions bigint
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05');
CREATE TABLE mattermost.threads (
    postid character varying(26) NOT NULL,
    replycount bigint,
    lastreplyat bigint,
    participants jsonb,
    channelid character varying(26),
    threaddeleteat bigint,
    threadteamid character varying(26)
);
CREATE TABLE mattermost.tokens (
    token character varying(64) NOT NULL,
    createat bigint,
    type character varying(64),
    extra character varying(2048)
);
CREATE TABLE mattermost.translations (
    objectid character varying(26) NOT NULL,
    dstlang character varying NOT NULL,
    objecttype character varying NOT NULL,
    providerid character varying NOT NULL,
    normhash character(64) NOT NULL,
    text text NOT NULL,
    confidence real,
    meta jsonb,
    updateat bigint NOT NULL,
    state character varying(20) NOT NULL,
    channelid character varying(26)
);
CREATE TABLE mattermost.uploadsessions (
    id character varying(26) NOT NULL,
    type mattermost.upload_session_type,
    createat bigint,
    userid character varying(26),
    channelid character varying(26),
    filename character varying(256),
    path character varying(512),
    filesize bigint,
    fileoffset bigint,
    remoteid character varying(26),
    reqfileid character varying(26)
);
CREATE TABLE mattermost.useraccesstokens (
    id character varying(26) NOT NULL,
    token character varying(26),
    userid character varying(26),
    description character varying(512),
    isactive boolean
);
CREATE TABLE mattermost.usergroups (
    id character varying(26) NOT NULL,
    name character varying(64),
    displayname character varying(128),
    description character varying(1024),
    source character varying(64),
    remoteid character varying(48),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    allowreference boolean
);
CREATE TABLE mattermost.users (
    id character varying(26) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    username character varying(64),
    password character varying(128),
    authdata character varying(128),
    authservice character varying(32),
    email character varying(128),
    emailverified boolean,
    nickname character varying(64),
    firstname character varying(64),
    lastname character varying(64),
    roles character varying(256),
    allowmarketing boolean,
    props jsonb,
    notifyprops jsonb,
    lastpasswordupdate bigint,
    lastpictureupdate bigint,
    failedattempts integer,
    locale character varying(5),
    mfaactive boolean,
    mfasecret character varying(128),
    "position" character varying(128),
    timezone jsonb,
    remoteid character varying(26),
    lastlogin bigint NOT NULL,
    mfausedtimestamps jsonb
);
CREATE TABLE mattermost.usertermsofservice (
    userid character varying(26) NOT NULL,
    termsofserviceid character varying(26),
    createat bigint
);
ALTER TABLE mattermost.accesscontrolpolicies
    ADD CONSTRAINT accesscontrolpolicies_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.accesscontrolpolicyhistory
    ADD CONSTRAINT accesscontrolpolicyhistory_pkey PRIMARY KEY (id, revision);
ALTER TABLE mattermost.audits
    ADD CONSTRAINT audits_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.bots
    ADD CONSTRAINT bots_pkey PRIMARY KEY (userid);
ALTER TABLE mattermost.channelbookmarks
    ADD CONSTRAINT channelbookmarks_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.channelmemberhistory
    ADD CONSTRAINT channelmemberhistory_pkey PRIMARY KEY (channelid, userid, jointime);
ALTER TABLE mattermost.channelmembers
    ADD CONSTRAINT channelmembers_pkey PRIMARY KEY (channelid, userid);
ALTER TABLE mattermost.channels
    ADD CONSTRAINT channels_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.clusterdiscovery
    ADD CONSTRAINT clusterdiscovery_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.commands
    ADD CONSTRAINT commands_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.commandwebhooks
    ADD CONSTRAINT commandwebhooks_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.compliances
    ADD CONSTRAINT compliances_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.contentflaggingcommonreviewers
    ADD CONSTRAINT contentflaggingcommonreviewers_pkey PRIMARY KEY (userid);
ALTER TABLE mattermost.contentflaggingteamreviewers
    ADD CONSTRAINT contentflaggingteamreviewers_pkey PRIMARY KEY (teamid, userid);
ALTER TABLE mattermost.contentflaggingteamsettings
    ADD CONSTRAINT contentflaggingteamsettings_pkey PRIMARY KEY (teamid);
ALTER TABLE mattermost.desktoptokens
    ADD CONSTRAINT desktoptokens_pkey PRIMARY KEY (token);
ALTER TABLE mattermost.drafts
    ADD CONSTRAINT drafts_pkey PRIMARY KEY (userid, channelid, rootid);
ALTER TABLE mattermost.emoji
    ADD CONSTRAINT emoji_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.fileinfo
    ADD CONSTRAINT fileinfo_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.groupchannels
    ADD CONSTRAINT groupchannels_pkey PRIMARY KEY (groupid, channelid);
ALTER TABLE mattermost.groupmembers
    ADD CONSTRAINT groupmembers_pkey PRIMARY KEY (groupid, userid);
ALTER TABLE mattermost.groupteams
    ADD CONSTRAINT groupteams_pkey PRIMARY KEY (groupid, teamid);
ALTER TABLE mattermost.incomingwebhooks
    ADD CONSTRAINT incomingwebhooks_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.licenses
    ADD CONSTRAINT licenses_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.linkmetadata
    ADD CONSTRAINT linkmetadata_pkey PRIMARY KEY (hash);
ALTER TABLE mattermost.notifyadmin
    ADD CONSTRAINT notifyadmin_pkey PRIMARY KEY (userid, requiredfeature, requiredplan);
ALTER TABLE mattermost.oauthaccessdata
    ADD CONSTRAINT oauthaccessdata_pkey PRIMARY KEY (token);
ALTER TABLE mattermost.oauthapps
    ADD CONSTRAINT oauthapps_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.oauthauthdata
    ADD CONSTRAINT oauthauthdata_pkey PRIMARY KEY (code);
ALTER TABLE mattermost.outgoingoauthconnections
    ADD CONSTRAINT outgoingoauthconnections_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.outgoingwebhooks
    ADD CONSTRAINT outgoingwebhooks_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.persistentnotifications
    ADD CONSTRAINT persistentnotifications_pkey PRIMARY KEY (postid);
ALTER TABLE mattermost.pluginkeyvaluestore
    ADD CONSTRAINT pluginkeyvaluestore_pkey PRIMARY KEY (pluginid, pkey);
ALTER TABLE mattermost.postacknowledgements
    ADD CONSTRAINT postacknowledgements_pkey PRIMARY KEY (postid, userid);
ALTER TABLE mattermost.postreminders
    ADD CONSTRAINT postreminders_pkey PRIMARY KEY (postid, userid);
ALTER TABLE mattermost.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.postspriority
    ADD CONSTRAINT postspriority_pkey PRIMARY KEY (postid);
ALTER TABLE mattermost.preferences
    ADD CONSTRAINT preferences_pkey PRIMARY KEY (userid, category, name);
ALTER TABLE mattermost.productnoticeviewstate
    ADD CONSTRAINT productnoticeviewstate_pkey PRIMARY KEY (userid, noticeid);
ALTER TABLE mattermost.propertyfields
    ADD CONSTRAINT propertyfields_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.propertygroups
    ADD CONSTRAINT propertygroups_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.propertyvalues
    ADD CONSTRAINT propertyvalues_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.publicchannels
    ADD CONSTRAINT publicchannels_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.reactions
    ADD CONSTRAINT reactions_pkey PRIMARY KEY (postid, userid, emojiname);
ALTER TABLE mattermost.readreceipts
    ADD CONSTRAINT readreceipts_pkey PRIMARY KEY (postid, userid);
ALTER TABLE mattermost.recapchannels
    ADD CONSTRAINT recapchannels_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.recaps
    ADD CONSTRAINT recaps_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.recentsearches
    ADD CONSTRAINT recentsearches_pkey PRIMARY KEY (userid, searchpointer);
ALTER TABLE mattermost.remoteclusters
    ADD CONSTRAINT remoteclusters_pkey PRIMARY KEY (remoteid, name);
ALTER TABLE mattermost.retentionidsfordeletion
    ADD CONSTRAINT retentionidsfordeletion_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.retentionpolicies
    ADD CONSTRAINT retentionpolicies_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.retentionpolicieschannels
    ADD CONSTRAINT retentionpolicieschannels_pkey PRIMARY KEY (channelid);
ALTER TABLE mattermost.retentionpoliciesteams
    ADD CONSTRAINT retentionpoliciesteams_pkey PRIMARY KEY (teamid);
ALTER TABLE mattermost.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.scheduledposts
    ADD CONSTRAINT scheduledposts_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.schemes
    ADD CONSTRAINT schemes_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.sharedchannelattachments
    ADD CONSTRAINT sharedchannelattachments_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.sharedchannelremotes
    ADD CONSTRAINT sharedchannelremotes_pkey PRIMARY KEY (id, channelid);
ALTER TABLE mattermost.sharedchannels
    ADD CONSTRAINT sharedchannels_pkey PRIMARY KEY (channelid);
ALTER TABLE mattermost.sharedchannelusers
    ADD CONSTRAINT sharedchannelusers_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.sidebarcategories
    ADD CONSTRAINT sidebarcategories_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.sidebarchannels
    ADD CONSTRAINT sidebarchannels_pkey PRIMARY KEY (channelid, userid, categoryid);
ALTER TABLE mattermost.status
    ADD CONSTRAINT status_pkey PRIMARY KEY (userid);
ALTER TABLE mattermost.systems
    ADD CONSTRAINT systems_pkey PRIMARY KEY (name);
ALTER TABLE mattermost.teammembers
    ADD CONSTRAINT teammembers_pkey PRIMARY KEY (teamid, userid);
ALTER TABLE mattermost.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.temporaryposts
    ADD CONSTRAINT temporaryposts_pkey PRIMARY KEY (postid);
ALTER TABLE mattermost.termsofservice
    ADD CONSTRAINT termsofservice_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.threadmemberships
    ADD CONSTRAINT threadmemberships_pkey PRIMARY KEY (postid, userid);
ALTER TABLE mattermost.threads
    ADD CONSTRAINT threads_pkey PRIMARY KEY (postid);
ALTER TABLE mattermost.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (token);
ALTER TABLE mattermost.translations
    ADD CONSTRAINT translations_pkey PRIMARY KEY (objectid, objecttype, dstlang);
ALTER TABLE mattermost.uploadsessions
    ADD CONSTRAINT uploadsessions_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.useraccesstokens
    ADD CONSTRAINT useraccesstokens_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.usergroups
    ADD CONSTRAINT usergroups_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE mattermost.usertermsofservice
    ADD CONSTRAINT usertermsofservice_pkey PRIMARY KEY (userid);
ALTER TABLE mattermost.retentionpolicieschannels
    ADD CONSTRAINT fk_retentionpolicieschannels_retentionpolicies FOREIGN KEY (policyid) REFERENCES mattermost.retentionpolicies(id);
ALTER TABLE mattermost.retentionpoliciesteams
    ADD CONSTRAINT fk_retentionpoliciesteams_retentionpolicies FOREIGN KEY (policyid) REFERENCES mattermost.retentionpolicies(id);
ALTER TABLE mattermost.recapchannels
    ADD CONSTRAINT recapchannels_recapid_fkey FOREIGN KEY (recapid) REFERENCES mattermost.recaps(id);
