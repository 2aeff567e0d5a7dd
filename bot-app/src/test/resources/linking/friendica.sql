-- Friendica, the decentralised social network server (local users and their profiles, custom profile fields,
-- registrations awaiting approval, two-factor codes and app passwords; contacts, ActivityPub contacts, contact
-- relations, user-specific contact data, friend requests (intro) and suggestions; privacy circles (group,
-- group_member) and channels; posts in their global, per-user and per-thread forms with their content, tags and
-- mentions, categories, media, polls and options, engagement and counts, activities, collections, delivery queues
-- and scheduled posts; private messages (mail, conv); events, photos and file attachments; notifications and
-- notify entries; known servers (gserver) and their tags; moderation reports with their posts and rules; OAuth
-- applications and tokens; worker queue, caches, config and locks), as its own MySQL schema dump declares it:
-- database.sql of github.com/friendica/friendica (commit a0a8aeb30488ee66717dc5ed3f98b71906037725, 2024-10-21,
-- "Friendica 2024.09-rc (Yellow Archangel)", DB_UPDATE_VERSION 1575); AGPL-3.0 (the code; we use the schema's facts).
-- MySQL converted to PostgreSQL by a one-off script (not committed), loaded into a scratch PostgreSQL 15 and
-- regenerated from its catalog: all 91 tables, schema friendica, table and column names kept as the source spells
-- them (hyphenated names such as "post-user", "uri-id" and reserved words such as "user", "group" quoted); int and
-- mediumint -> integer, tinyint and smallint -> smallint, bigint -> bigint (unsigned dropped), varchar and varbinary(n)
-- -> character varying(n), char(n) -> character(n), binary(n) and the blobs -> bytea, tinytext/text/mediumtext ->
-- text, datetime -> timestamp without time zone, boolean and date kept; NOT NULL kept; the primary keys of all 91
-- tables and all 170 foreign keys the dump declares kept (ON UPDATE/DELETE actions left out); its 84 table and 699
-- column comments kept (empty comments dropped). Left out: defaults, AUTO_INCREMENT, plain, unique and full-text
-- indexes, collation and engine options, and the 27 views the dump defines after the tables (no question needs
-- one). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS friendica;
CREATE TABLE friendica."2fa_app_specific_password" (
    id integer NOT NULL,
    uid integer NOT NULL,
    description character varying(255),
    hashed_password character varying(255) NOT NULL,
    generated timestamp without time zone NOT NULL,
    last_used timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."2fa_recovery_codes" (
    uid integer NOT NULL,
    code character varying(50) NOT NULL,
    generated timestamp without time zone NOT NULL,
    used timestamp without time zone,
    PRIMARY KEY (uid, code)
);
CREATE TABLE friendica."2fa_trusted_browser" (
    cookie_hash character varying(80) NOT NULL,
    uid integer NOT NULL,
    user_agent text,
    trusted boolean NOT NULL,
    created timestamp without time zone NOT NULL,
    last_used timestamp without time zone,
    PRIMARY KEY (cookie_hash)
);
CREATE TABLE friendica."account-suggestion" (
    "uri-id" integer NOT NULL,
    uid integer NOT NULL,
    level smallint,
    ignore boolean NOT NULL,
    PRIMARY KEY (uid, "uri-id")
);
CREATE TABLE friendica."account-user" (
    id integer NOT NULL,
    "uri-id" integer NOT NULL,
    uid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.apcontact (
    url character varying(383) NOT NULL,
    "uri-id" integer,
    uuid character varying(255),
    type character varying(20) NOT NULL,
    following character varying(383),
    followers character varying(383),
    inbox character varying(383) NOT NULL,
    outbox character varying(383),
    sharedinbox character varying(383),
    featured character varying(383),
    "featured-tags" character varying(383),
    "manually-approve" boolean,
    discoverable boolean,
    suspended boolean,
    "posting-restricted" boolean,
    nick character varying(255) NOT NULL,
    name character varying(255),
    about text,
    xmpp character varying(255),
    matrix character varying(255),
    photo character varying(383),
    header character varying(383),
    addr character varying(255),
    alias character varying(383),
    pubkey text,
    subscribe character varying(383),
    baseurl character varying(383),
    gsid integer,
    generator character varying(255),
    following_count integer,
    followers_count integer,
    statuses_count integer,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (url)
);
CREATE TABLE friendica.application (
    id integer NOT NULL,
    client_id character varying(64) NOT NULL,
    client_secret character varying(64) NOT NULL,
    name character varying(255) NOT NULL,
    redirect_uri character varying(383) NOT NULL,
    website character varying(383),
    scopes character varying(255),
    read boolean,
    write boolean,
    follow boolean,
    push boolean,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."application-marker" (
    "application-id" integer NOT NULL,
    uid integer NOT NULL,
    timeline character varying(64) NOT NULL,
    last_read_id character varying(383),
    version smallint,
    updated_at timestamp without time zone,
    PRIMARY KEY ("application-id", uid, timeline)
);
CREATE TABLE friendica."application-token" (
    "application-id" integer NOT NULL,
    uid integer NOT NULL,
    code character varying(64) NOT NULL,
    access_token character varying(64) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    scopes character varying(255),
    read boolean,
    write boolean,
    follow boolean,
    push boolean,
    PRIMARY KEY ("application-id", uid)
);
CREATE TABLE friendica."arrived-activity" (
    "object-id" character varying(383) NOT NULL,
    received timestamp without time zone,
    PRIMARY KEY ("object-id")
);
CREATE TABLE friendica.attach (
    id integer NOT NULL,
    uid integer NOT NULL,
    hash character varying(64) NOT NULL,
    filename character varying(255) NOT NULL,
    filetype character varying(64) NOT NULL,
    filesize integer NOT NULL,
    data bytea NOT NULL,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    allow_cid text,
    allow_gid text,
    deny_cid text,
    deny_gid text,
    "backend-class" text,
    "backend-ref" text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.cache (
    k character varying(255) NOT NULL,
    v text,
    expires timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (k)
);
CREATE TABLE friendica.channel (
    id integer NOT NULL,
    uid integer NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(64),
    circle integer,
    "access-key" character varying(1),
    "include-tags" character varying(1023),
    "exclude-tags" character varying(1023),
    "min-size" integer,
    "max-size" integer,
    "full-text-search" character varying(1023),
    "media-type" smallint,
    languages text,
    publish boolean,
    valid boolean,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."check-full-text-search" (
    pid integer NOT NULL,
    searchtext text,
    PRIMARY KEY (pid)
);
CREATE TABLE friendica.config (
    id integer NOT NULL,
    cat character varying(50) NOT NULL,
    k character varying(50) NOT NULL,
    v text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.contact (
    id integer NOT NULL,
    uid integer NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone,
    network character(4) NOT NULL,
    name character varying(255) NOT NULL,
    nick character varying(255) NOT NULL,
    location character varying(255),
    about text,
    keywords text,
    xmpp character varying(255) NOT NULL,
    matrix character varying(255) NOT NULL,
    avatar character varying(383) NOT NULL,
    blurhash character varying(255),
    header character varying(383),
    url character varying(383) NOT NULL,
    nurl character varying(383) NOT NULL,
    "uri-id" integer,
    addr character varying(255) NOT NULL,
    alias character varying(383) NOT NULL,
    pubkey text,
    prvkey text,
    batch character varying(383) NOT NULL,
    notify character varying(383),
    poll character varying(383),
    subscribe character varying(383),
    "last-update" timestamp without time zone NOT NULL,
    "next-update" timestamp without time zone,
    success_update timestamp without time zone NOT NULL,
    failure_update timestamp without time zone NOT NULL,
    failed boolean,
    "term-date" timestamp without time zone NOT NULL,
    "last-item" timestamp without time zone NOT NULL,
    "last-discovery" timestamp without time zone NOT NULL,
    "local-data" boolean,
    blocked boolean NOT NULL,
    block_reason text,
    readonly boolean NOT NULL,
    "contact-type" smallint NOT NULL,
    "manually-approve" boolean,
    archive boolean NOT NULL,
    unsearchable boolean NOT NULL,
    sensitive boolean NOT NULL,
    baseurl character varying(383),
    gsid integer,
    bd date NOT NULL,
    reason text,
    self boolean NOT NULL,
    remote_self boolean NOT NULL,
    rel smallint NOT NULL,
    protocol character(4) NOT NULL,
    "hub-verify" character varying(383) NOT NULL,
    rating smallint NOT NULL,
    priority smallint NOT NULL,
    attag character varying(255) NOT NULL,
    hidden boolean NOT NULL,
    pending boolean NOT NULL,
    deleted boolean NOT NULL,
    info text,
    notify_new_posts boolean NOT NULL,
    fetch_further_information smallint NOT NULL,
    ffi_keyword_denylist text,
    photo character varying(383),
    thumb character varying(383),
    micro character varying(383),
    "name-date" timestamp without time zone NOT NULL,
    "uri-date" timestamp without time zone NOT NULL,
    "avatar-date" timestamp without time zone NOT NULL,
    request character varying(383),
    confirm character varying(383),
    poco character varying(383),
    writable boolean NOT NULL,
    forum boolean NOT NULL,
    prv boolean NOT NULL,
    bdyear character varying(4) NOT NULL,
    "site-pubkey" text,
    gender character varying(32) NOT NULL,
    duplex boolean NOT NULL,
    "issued-id" character varying(383) NOT NULL,
    "dfrn-id" character varying(383) NOT NULL,
    aes_allow boolean NOT NULL,
    "ret-aes" boolean NOT NULL,
    usehub boolean NOT NULL,
    closeness smallint NOT NULL,
    "profile-id" integer,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."contact-relation" (
    cid integer NOT NULL,
    "relation-cid" integer NOT NULL,
    "last-interaction" timestamp without time zone NOT NULL,
    "follow-updated" timestamp without time zone NOT NULL,
    follows boolean NOT NULL,
    score smallint,
    "relation-score" smallint,
    "thread-score" smallint,
    "relation-thread-score" smallint,
    "post-score" smallint,
    PRIMARY KEY (cid, "relation-cid")
);
CREATE TABLE friendica.conv (
    id integer NOT NULL,
    guid character varying(255) NOT NULL,
    recips text,
    uid integer NOT NULL,
    creator character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    subject text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."delayed-post" (
    id integer NOT NULL,
    uri character varying(383),
    uid integer,
    delayed timestamp without time zone,
    wid integer,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."delivery-queue" (
    gsid integer NOT NULL,
    "uri-id" integer NOT NULL,
    created timestamp without time zone,
    command character varying(32),
    cid integer,
    uid integer,
    failed smallint,
    PRIMARY KEY ("uri-id", gsid)
);
CREATE TABLE friendica."diaspora-contact" (
    "uri-id" integer NOT NULL,
    addr character varying(255),
    alias character varying(255),
    nick character varying(255),
    name character varying(255),
    "given-name" character varying(255),
    "family-name" character varying(255),
    photo character varying(255),
    "photo-medium" character varying(255),
    "photo-small" character varying(255),
    batch character varying(255),
    notify character varying(255),
    poll character varying(255),
    subscribe character varying(255),
    searchable boolean,
    pubkey text,
    gsid integer,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    interacting_count integer,
    interacted_count integer,
    post_count integer,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."diaspora-interaction" (
    "uri-id" integer NOT NULL,
    interaction text,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica.endpoint (
    url character varying(383) NOT NULL,
    type character varying(20) NOT NULL,
    "owner-uri-id" integer,
    PRIMARY KEY (url)
);
CREATE TABLE friendica.event (
    id integer NOT NULL,
    guid character varying(255) NOT NULL,
    uid integer NOT NULL,
    cid integer NOT NULL,
    uri character varying(383) NOT NULL,
    "uri-id" integer,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    start timestamp without time zone NOT NULL,
    finish timestamp without time zone NOT NULL,
    summary text,
    "desc" text,
    location text,
    type character varying(20) NOT NULL,
    nofinish boolean NOT NULL,
    ignore boolean NOT NULL,
    allow_cid text,
    allow_gid text,
    deny_cid text,
    deny_gid text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."fetch-entry" (
    id integer NOT NULL,
    url character varying(383),
    created timestamp without time zone NOT NULL,
    wid integer,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."fetched-activity" (
    "object-id" character varying(383) NOT NULL,
    received timestamp without time zone,
    PRIMARY KEY ("object-id")
);
CREATE TABLE friendica.fsuggest (
    id integer NOT NULL,
    uid integer NOT NULL,
    cid integer NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(383) NOT NULL,
    request character varying(383) NOT NULL,
    photo character varying(383) NOT NULL,
    note text,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."group" (
    id integer NOT NULL,
    uid integer NOT NULL,
    visible boolean NOT NULL,
    deleted boolean NOT NULL,
    cid integer,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.group_member (
    id integer NOT NULL,
    gid integer NOT NULL,
    "contact-id" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.gserver (
    id integer NOT NULL,
    url character varying(383) NOT NULL,
    nurl character varying(383) NOT NULL,
    version character varying(255) NOT NULL,
    site_name character varying(255) NOT NULL,
    info text,
    register_policy smallint NOT NULL,
    "registered-users" integer NOT NULL,
    "active-week-users" integer,
    "active-month-users" integer,
    "active-halfyear-users" integer,
    "local-posts" integer,
    "local-comments" integer,
    "directory-type" smallint,
    poco character varying(383) NOT NULL,
    openwebauth character varying(383),
    authredirect character varying(383),
    noscrape character varying(383) NOT NULL,
    network character(4) NOT NULL,
    protocol smallint,
    platform character varying(255) NOT NULL,
    repository character varying(383),
    homepage character varying(383),
    "relay-subscribe" boolean NOT NULL,
    "relay-scope" character varying(10) NOT NULL,
    "detection-method" smallint,
    created timestamp without time zone NOT NULL,
    last_poco_query timestamp without time zone,
    last_contact timestamp without time zone,
    last_failure timestamp without time zone,
    blocked boolean,
    failed boolean,
    next_contact timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."gserver-tag" (
    "gserver-id" integer NOT NULL,
    tag character varying(100) NOT NULL,
    PRIMARY KEY ("gserver-id", tag)
);
CREATE TABLE friendica.hook (
    id integer NOT NULL,
    hook character varying(100) NOT NULL,
    file character varying(200) NOT NULL,
    function character varying(200) NOT NULL,
    priority smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."inbox-entry" (
    id integer NOT NULL,
    "activity-id" character varying(383),
    "object-id" character varying(383),
    "in-reply-to-id" character varying(383),
    context character varying(383),
    conversation character varying(383),
    type character varying(64),
    "object-type" character varying(64),
    "object-object-type" character varying(64),
    received timestamp without time zone,
    activity text,
    signer character varying(255),
    push boolean,
    trust boolean,
    wid integer,
    retrial smallint,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."inbox-entry-receiver" (
    "queue-id" integer NOT NULL,
    uid integer NOT NULL,
    PRIMARY KEY ("queue-id", uid)
);
CREATE TABLE friendica."inbox-status" (
    url character varying(383) NOT NULL,
    "uri-id" integer,
    gsid integer,
    created timestamp without time zone NOT NULL,
    success timestamp without time zone NOT NULL,
    failure timestamp without time zone NOT NULL,
    previous timestamp without time zone NOT NULL,
    archive boolean NOT NULL,
    shared boolean NOT NULL,
    PRIMARY KEY (url)
);
CREATE TABLE friendica.intro (
    id integer NOT NULL,
    uid integer NOT NULL,
    fid integer,
    "contact-id" integer NOT NULL,
    "suggest-cid" integer,
    knowyou boolean NOT NULL,
    duplex boolean NOT NULL,
    note text,
    hash character varying(255) NOT NULL,
    datetime timestamp without time zone NOT NULL,
    blocked boolean NOT NULL,
    ignore boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."item-uri" (
    id integer NOT NULL,
    uri character varying(383) NOT NULL,
    guid character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE friendica."key-value" (
    k character varying(50) NOT NULL,
    v text,
    updated_at integer NOT NULL,
    PRIMARY KEY (k)
);
CREATE TABLE friendica.locks (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    locked boolean NOT NULL,
    pid integer NOT NULL,
    expires timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.mail (
    id integer NOT NULL,
    uid integer NOT NULL,
    guid character varying(255) NOT NULL,
    "from-name" character varying(255) NOT NULL,
    "from-photo" character varying(383) NOT NULL,
    "from-url" character varying(383) NOT NULL,
    "contact-id" character varying(255),
    "author-id" integer,
    convid integer,
    title character varying(255) NOT NULL,
    body text,
    seen boolean NOT NULL,
    reply boolean NOT NULL,
    replied boolean NOT NULL,
    unknown boolean NOT NULL,
    uri character varying(383) NOT NULL,
    "uri-id" integer,
    "parent-uri" character varying(383) NOT NULL,
    "parent-uri-id" integer,
    "thr-parent" character varying(383),
    "thr-parent-id" integer,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.mailacct (
    id integer NOT NULL,
    uid integer NOT NULL,
    server character varying(255) NOT NULL,
    port smallint NOT NULL,
    ssltype character varying(16) NOT NULL,
    mailbox character varying(255) NOT NULL,
    "user" character varying(255) NOT NULL,
    pass text,
    reply_to character varying(255) NOT NULL,
    action smallint NOT NULL,
    movetofolder character varying(255) NOT NULL,
    pubmail boolean NOT NULL,
    last_check timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.manage (
    id integer NOT NULL,
    uid integer NOT NULL,
    mid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.notification (
    id integer NOT NULL,
    uid integer,
    vid smallint,
    type smallint,
    "actor-id" integer,
    "target-uri-id" integer,
    "parent-uri-id" integer,
    created timestamp without time zone,
    seen boolean,
    dismissed boolean,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.notify (
    id integer NOT NULL,
    type smallint NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(383) NOT NULL,
    photo character varying(383) NOT NULL,
    date timestamp without time zone NOT NULL,
    msg text,
    uid integer NOT NULL,
    link character varying(383) NOT NULL,
    iid integer,
    parent integer,
    "uri-id" integer,
    "parent-uri-id" integer,
    seen boolean NOT NULL,
    verb character varying(100) NOT NULL,
    otype character varying(10) NOT NULL,
    name_cache text,
    msg_cache text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."notify-threads" (
    id integer NOT NULL,
    "notify-id" integer NOT NULL,
    "master-parent-item" integer,
    "master-parent-uri-id" integer,
    "parent-item" integer NOT NULL,
    "receiver-uid" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.oembed (
    url character varying(383) NOT NULL,
    maxwidth integer NOT NULL,
    content text,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (url, maxwidth)
);
CREATE TABLE friendica."openwebauth-token" (
    id integer NOT NULL,
    uid integer NOT NULL,
    type character varying(32) NOT NULL,
    token character varying(255) NOT NULL,
    meta character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.parsed_url (
    url_hash bytea NOT NULL,
    guessing boolean NOT NULL,
    oembed boolean NOT NULL,
    url text NOT NULL,
    content text,
    created timestamp without time zone NOT NULL,
    expires timestamp without time zone NOT NULL,
    PRIMARY KEY (url_hash, guessing, oembed)
);
CREATE TABLE friendica.pconfig (
    id integer NOT NULL,
    uid integer NOT NULL,
    cat character varying(50) NOT NULL,
    k character varying(100) NOT NULL,
    v text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.permissionset (
    id integer NOT NULL,
    uid integer NOT NULL,
    allow_cid text,
    allow_gid text,
    deny_cid text,
    deny_gid text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.photo (
    id integer NOT NULL,
    uid integer NOT NULL,
    "contact-id" integer NOT NULL,
    guid character(16) NOT NULL,
    "resource-id" character(32) NOT NULL,
    hash character(32),
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    title character varying(255) NOT NULL,
    "desc" text,
    album character varying(255) NOT NULL,
    "photo-type" smallint,
    filename character varying(255) NOT NULL,
    type character varying(30) NOT NULL,
    height smallint NOT NULL,
    width smallint NOT NULL,
    datasize integer NOT NULL,
    blurhash character varying(255),
    data bytea NOT NULL,
    scale smallint NOT NULL,
    profile boolean NOT NULL,
    allow_cid text,
    allow_gid text,
    deny_cid text,
    deny_gid text,
    accessible boolean NOT NULL,
    "backend-class" text,
    "backend-ref" text,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.post (
    "uri-id" integer NOT NULL,
    "parent-uri-id" integer,
    "thr-parent-id" integer,
    "external-id" integer,
    "replies-id" integer,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    received timestamp without time zone NOT NULL,
    gravity smallint NOT NULL,
    network character(4) NOT NULL,
    "owner-id" integer NOT NULL,
    "author-id" integer NOT NULL,
    "causer-id" integer,
    "post-type" smallint NOT NULL,
    vid smallint,
    private smallint NOT NULL,
    global boolean NOT NULL,
    visible boolean NOT NULL,
    deleted boolean NOT NULL,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."post-activity" (
    "uri-id" integer NOT NULL,
    activity text,
    received timestamp without time zone,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."post-category" (
    "uri-id" integer NOT NULL,
    uid integer NOT NULL,
    type smallint NOT NULL,
    tid integer NOT NULL,
    PRIMARY KEY ("uri-id", uid, type, tid)
);
CREATE TABLE friendica."post-collection" (
    "uri-id" integer NOT NULL,
    type smallint NOT NULL,
    "author-id" integer,
    PRIMARY KEY ("uri-id", type)
);
CREATE TABLE friendica."post-content" (
    "uri-id" integer NOT NULL,
    title character varying(255) NOT NULL,
    "content-warning" character varying(255) NOT NULL,
    body text,
    "raw-body" text,
    "quote-uri-id" integer,
    location character varying(255) NOT NULL,
    coord character varying(255) NOT NULL,
    language text,
    sensitive boolean,
    app character varying(255) NOT NULL,
    "rendered-hash" character varying(32) NOT NULL,
    "rendered-html" text,
    "object-type" character varying(100) NOT NULL,
    object text,
    "target-type" character varying(100) NOT NULL,
    target text,
    "resource-id" character varying(32) NOT NULL,
    plink character varying(383) NOT NULL,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."post-counts" (
    "uri-id" integer NOT NULL,
    vid smallint NOT NULL,
    reaction character varying(4) NOT NULL,
    "parent-uri-id" integer,
    count integer,
    PRIMARY KEY ("uri-id", vid, reaction)
);
CREATE TABLE friendica."post-delivery" (
    "uri-id" integer NOT NULL,
    "inbox-id" integer NOT NULL,
    uid integer,
    created timestamp without time zone,
    command character varying(32),
    failed smallint,
    receivers text,
    PRIMARY KEY ("uri-id", "inbox-id")
);
CREATE TABLE friendica."post-delivery-data" (
    "uri-id" integer NOT NULL,
    postopts text,
    inform text,
    queue_count integer NOT NULL,
    queue_done integer NOT NULL,
    queue_failed integer NOT NULL,
    activitypub integer NOT NULL,
    dfrn integer NOT NULL,
    legacy_dfrn integer NOT NULL,
    diaspora integer NOT NULL,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."post-engagement" (
    "uri-id" integer NOT NULL,
    "owner-id" integer NOT NULL,
    "contact-type" smallint NOT NULL,
    "media-type" smallint NOT NULL,
    language character(2),
    searchtext text,
    size integer,
    created timestamp without time zone,
    network character(4),
    restricted boolean NOT NULL,
    comments integer,
    activities integer,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."post-history" (
    "uri-id" integer NOT NULL,
    edited timestamp without time zone NOT NULL,
    title character varying(255) NOT NULL,
    "content-warning" character varying(255) NOT NULL,
    body text,
    "raw-body" text,
    location character varying(255) NOT NULL,
    coord character varying(255) NOT NULL,
    language text,
    app character varying(255) NOT NULL,
    "rendered-hash" character varying(32) NOT NULL,
    "rendered-html" text,
    "object-type" character varying(100) NOT NULL,
    object text,
    "target-type" character varying(100) NOT NULL,
    target text,
    "resource-id" character varying(32) NOT NULL,
    plink character varying(383) NOT NULL,
    PRIMARY KEY ("uri-id", edited)
);
CREATE TABLE friendica."post-link" (
    id integer NOT NULL,
    "uri-id" integer NOT NULL,
    url character varying(511) NOT NULL,
    mimetype character varying(60),
    height smallint,
    width smallint,
    blurhash character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE friendica."post-media" (
    id integer NOT NULL,
    "uri-id" integer NOT NULL,
    url character varying(1024) NOT NULL,
    "media-uri-id" integer,
    "attach-id" integer,
    type smallint NOT NULL,
    mimetype character varying(60),
    height smallint,
    width smallint,
    size bigint,
    blurhash character varying(255),
    preview character varying(512),
    "preview-height" smallint,
    "preview-width" smallint,
    description text,
    name character varying(255),
    "author-url" character varying(383),
    "author-name" character varying(255),
    "author-image" character varying(383),
    "publisher-url" character varying(383),
    "publisher-name" character varying(255),
    "publisher-image" character varying(383),
    PRIMARY KEY (id)
);
CREATE TABLE friendica."post-origin" (
    id integer NOT NULL,
    "uri-id" integer NOT NULL,
    uid integer NOT NULL,
    "parent-uri-id" integer,
    "thr-parent-id" integer,
    created timestamp without time zone NOT NULL,
    received timestamp without time zone NOT NULL,
    gravity smallint NOT NULL,
    vid smallint,
    private smallint NOT NULL,
    wall boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."post-question" (
    id integer NOT NULL,
    "uri-id" integer NOT NULL,
    multiple boolean NOT NULL,
    voters integer,
    "end-time" timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."post-question-option" (
    id integer NOT NULL,
    "uri-id" integer NOT NULL,
    name character varying(255),
    replies integer,
    PRIMARY KEY ("uri-id", id)
);
CREATE TABLE friendica."post-searchindex" (
    "uri-id" integer NOT NULL,
    "owner-id" integer NOT NULL,
    "media-type" smallint NOT NULL,
    language character(2),
    searchtext text,
    size integer,
    created timestamp without time zone,
    restricted boolean NOT NULL,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."post-tag" (
    "uri-id" integer NOT NULL,
    type smallint NOT NULL,
    tid integer NOT NULL,
    cid integer NOT NULL,
    PRIMARY KEY ("uri-id", type, tid, cid)
);
CREATE TABLE friendica."post-thread" (
    "uri-id" integer NOT NULL,
    "context-id" integer,
    "conversation-id" integer,
    "owner-id" integer NOT NULL,
    "author-id" integer NOT NULL,
    "causer-id" integer,
    network character(4) NOT NULL,
    created timestamp without time zone NOT NULL,
    received timestamp without time zone NOT NULL,
    changed timestamp without time zone NOT NULL,
    commented timestamp without time zone NOT NULL,
    PRIMARY KEY ("uri-id")
);
CREATE TABLE friendica."post-thread-user" (
    "uri-id" integer NOT NULL,
    "context-id" integer,
    "conversation-id" integer,
    "owner-id" integer NOT NULL,
    "author-id" integer NOT NULL,
    "causer-id" integer,
    network character(4) NOT NULL,
    created timestamp without time zone NOT NULL,
    received timestamp without time zone NOT NULL,
    changed timestamp without time zone NOT NULL,
    commented timestamp without time zone NOT NULL,
    uid integer NOT NULL,
    pinned boolean NOT NULL,
    starred boolean NOT NULL,
    ignored boolean NOT NULL,
    wall boolean NOT NULL,
    mention boolean NOT NULL,
    pubmail boolean NOT NULL,
    forum_mode smallint NOT NULL,
    "contact-id" integer NOT NULL,
    unseen boolean NOT NULL,
    hidden boolean NOT NULL,
    origin boolean NOT NULL,
    psid integer,
    "post-user-id" integer,
    PRIMARY KEY (uid, "uri-id")
);
CREATE TABLE friendica."post-user" (
    id integer NOT NULL,
    "uri-id" integer NOT NULL,
    "parent-uri-id" integer,
    "thr-parent-id" integer,
    "external-id" integer,
    "replies-id" integer,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    received timestamp without time zone NOT NULL,
    gravity smallint NOT NULL,
    network character(4) NOT NULL,
    "owner-id" integer NOT NULL,
    "author-id" integer NOT NULL,
    "causer-id" integer,
    "post-type" smallint NOT NULL,
    "post-reason" smallint NOT NULL,
    vid smallint,
    private smallint NOT NULL,
    restrictions smallint,
    global boolean NOT NULL,
    visible boolean NOT NULL,
    deleted boolean NOT NULL,
    uid integer NOT NULL,
    protocol smallint,
    "contact-id" integer NOT NULL,
    "event-id" integer,
    unseen boolean NOT NULL,
    hidden boolean NOT NULL,
    "notification-type" smallint NOT NULL,
    wall boolean NOT NULL,
    origin boolean NOT NULL,
    psid integer,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."post-user-notification" (
    "uri-id" integer NOT NULL,
    uid integer NOT NULL,
    "notification-type" smallint NOT NULL,
    PRIMARY KEY (uid, "uri-id")
);
CREATE TABLE friendica.process (
    pid integer NOT NULL,
    hostname character varying(255) NOT NULL,
    command character varying(32) NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (pid, hostname)
);
CREATE TABLE friendica.profile (
    id integer NOT NULL,
    uid integer NOT NULL,
    "profile-name" character varying(255),
    "is-default" boolean,
    "hide-friends" boolean NOT NULL,
    name character varying(255) NOT NULL,
    pdesc character varying(255),
    dob character varying(32) NOT NULL,
    address character varying(255) NOT NULL,
    locality character varying(255) NOT NULL,
    region character varying(255) NOT NULL,
    "postal-code" character varying(32) NOT NULL,
    "country-name" character varying(255) NOT NULL,
    hometown character varying(255),
    gender character varying(32),
    marital character varying(255),
    "with" text,
    howlong timestamp without time zone,
    sexual character varying(255),
    politic character varying(255),
    religion character varying(255),
    pub_keywords text,
    prv_keywords text,
    likes text,
    dislikes text,
    about text,
    summary character varying(255),
    music text,
    book text,
    tv text,
    film text,
    interest text,
    romance text,
    work text,
    education text,
    contact text,
    homepage character varying(255) NOT NULL,
    homepage_verified boolean NOT NULL,
    xmpp character varying(255) NOT NULL,
    matrix character varying(255) NOT NULL,
    photo character varying(383) NOT NULL,
    thumb character varying(383) NOT NULL,
    publish boolean NOT NULL,
    "net-publish" boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.profile_field (
    id integer NOT NULL,
    uid integer NOT NULL,
    "order" integer NOT NULL,
    psid integer,
    label character varying(255) NOT NULL,
    value text,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.register (
    id integer NOT NULL,
    hash character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    uid integer NOT NULL,
    password character varying(255) NOT NULL,
    language character varying(16) NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.report (
    id integer NOT NULL,
    uid integer,
    "reporter-id" integer,
    cid integer NOT NULL,
    gsid integer,
    comment text,
    "category-id" integer NOT NULL,
    forward boolean,
    "public-remarks" text,
    "private-remarks" text,
    "last-editor-uid" integer,
    "assigned-uid" integer,
    status smallint NOT NULL,
    resolution smallint,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."report-post" (
    rid integer NOT NULL,
    "uri-id" integer NOT NULL,
    status smallint,
    PRIMARY KEY (rid, "uri-id")
);
CREATE TABLE friendica."report-rule" (
    rid integer NOT NULL,
    "line-id" integer NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (rid, "line-id")
);
CREATE TABLE friendica.search (
    id integer NOT NULL,
    uid integer NOT NULL,
    term character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.session (
    id bigint NOT NULL,
    sid character varying(255) NOT NULL,
    data text,
    expire integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.storage (
    id integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.subscription (
    id integer NOT NULL,
    "application-id" integer NOT NULL,
    uid integer NOT NULL,
    endpoint character varying(511),
    pubkey character varying(127),
    secret character varying(32),
    follow boolean,
    favourite boolean,
    reblog boolean,
    mention boolean,
    poll boolean,
    follow_request boolean,
    status boolean,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.tag (
    id integer NOT NULL,
    name character varying(96) NOT NULL,
    url character varying(383) NOT NULL,
    type smallint,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."user" (
    uid integer NOT NULL,
    "parent-uid" integer,
    guid character varying(64) NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    legacy_password boolean NOT NULL,
    nickname character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    openid character varying(255) NOT NULL,
    timezone character varying(128) NOT NULL,
    language character varying(32) NOT NULL,
    register_date timestamp without time zone NOT NULL,
    login_date timestamp without time zone NOT NULL,
    "last-activity" date,
    "default-location" character varying(255) NOT NULL,
    allow_location boolean NOT NULL,
    theme character varying(255) NOT NULL,
    pubkey text,
    prvkey text,
    verified boolean NOT NULL,
    blocked boolean NOT NULL,
    blockwall boolean NOT NULL,
    hidewall boolean NOT NULL,
    blocktags boolean NOT NULL,
    "notify-flags" smallint NOT NULL,
    "page-flags" smallint NOT NULL,
    "account-type" smallint NOT NULL,
    prvnets boolean NOT NULL,
    pwdreset character varying(255),
    pwdreset_time timestamp without time zone,
    maxreq integer NOT NULL,
    expire integer NOT NULL,
    account_removed boolean NOT NULL,
    account_expired boolean NOT NULL,
    account_expires_on timestamp without time zone NOT NULL,
    expire_notification_sent timestamp without time zone NOT NULL,
    def_gid integer NOT NULL,
    allow_cid text,
    allow_gid text,
    deny_cid text,
    deny_gid text,
    openidserver text,
    PRIMARY KEY (uid)
);
CREATE TABLE friendica."user-contact" (
    cid integer NOT NULL,
    uid integer NOT NULL,
    "uri-id" integer,
    blocked boolean,
    ignored boolean,
    collapsed boolean,
    hidden boolean,
    "channel-only" boolean,
    "is-blocked" boolean,
    "channel-frequency" smallint,
    pending boolean,
    rel smallint,
    info text,
    notify_new_posts boolean,
    remote_self smallint,
    fetch_further_information smallint,
    ffi_keyword_denylist text,
    "hub-verify" character varying(383),
    protocol character(4),
    rating smallint,
    priority smallint,
    PRIMARY KEY (uid, cid)
);
CREATE TABLE friendica."user-gserver" (
    uid integer NOT NULL,
    gsid integer NOT NULL,
    ignored boolean NOT NULL,
    PRIMARY KEY (uid, gsid)
);
CREATE TABLE friendica.userd (
    id integer NOT NULL,
    username character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica.verb (
    id smallint NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE friendica."worker-ipc" (
    key integer NOT NULL,
    jobs boolean,
    PRIMARY KEY (key)
);
CREATE TABLE friendica.workerqueue (
    id integer NOT NULL,
    command character varying(100),
    parameter text,
    priority smallint NOT NULL,
    created timestamp without time zone NOT NULL,
    pid integer NOT NULL,
    executed timestamp without time zone NOT NULL,
    next_try timestamp without time zone NOT NULL,
    retrial smallint NOT NULL,
    done boolean NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE friendica."2fa_app_specific_password" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."2fa_recovery_codes" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."2fa_trusted_browser" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."account-suggestion" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."account-suggestion" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."account-user" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."account-user" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."application-marker" ADD FOREIGN KEY ("application-id") REFERENCES friendica.application(id);
ALTER TABLE friendica."application-marker" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."application-token" ADD FOREIGN KEY ("application-id") REFERENCES friendica.application(id);
ALTER TABLE friendica."application-token" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."contact-relation" ADD FOREIGN KEY ("relation-cid") REFERENCES friendica.contact(id);
ALTER TABLE friendica."contact-relation" ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica."delayed-post" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."delayed-post" ADD FOREIGN KEY (wid) REFERENCES friendica.workerqueue(id);
ALTER TABLE friendica."delivery-queue" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."delivery-queue" ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica."delivery-queue" ADD FOREIGN KEY (gsid) REFERENCES friendica.gserver(id);
ALTER TABLE friendica."delivery-queue" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."diaspora-contact" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."diaspora-contact" ADD FOREIGN KEY (gsid) REFERENCES friendica.gserver(id);
ALTER TABLE friendica."diaspora-interaction" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."fetch-entry" ADD FOREIGN KEY (wid) REFERENCES friendica.workerqueue(id);
ALTER TABLE friendica."group" ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica."group" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."gserver-tag" ADD FOREIGN KEY ("gserver-id") REFERENCES friendica.gserver(id);
ALTER TABLE friendica."inbox-entry" ADD FOREIGN KEY (wid) REFERENCES friendica.workerqueue(id);
ALTER TABLE friendica."inbox-entry-receiver" ADD FOREIGN KEY ("queue-id") REFERENCES friendica."inbox-entry"(id);
ALTER TABLE friendica."inbox-entry-receiver" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."inbox-status" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."inbox-status" ADD FOREIGN KEY (gsid) REFERENCES friendica.gserver(id);
ALTER TABLE friendica."notify-threads" ADD FOREIGN KEY ("master-parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."notify-threads" ADD FOREIGN KEY ("notify-id") REFERENCES friendica.notify(id);
ALTER TABLE friendica."notify-threads" ADD FOREIGN KEY ("receiver-uid") REFERENCES friendica."user"(uid);
ALTER TABLE friendica."openwebauth-token" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."post-activity" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-category" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-category" ADD FOREIGN KEY (tid) REFERENCES friendica.tag(id);
ALTER TABLE friendica."post-category" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."post-collection" ADD FOREIGN KEY ("author-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-collection" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-content" ADD FOREIGN KEY ("quote-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-content" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-counts" ADD FOREIGN KEY ("parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-counts" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-counts" ADD FOREIGN KEY (vid) REFERENCES friendica.verb(id);
ALTER TABLE friendica."post-delivery" ADD FOREIGN KEY ("inbox-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-delivery" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-delivery" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."post-delivery-data" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-engagement" ADD FOREIGN KEY ("owner-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-engagement" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-history" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-link" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-media" ADD FOREIGN KEY ("attach-id") REFERENCES friendica.attach(id);
ALTER TABLE friendica."post-media" ADD FOREIGN KEY ("media-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-media" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-origin" ADD FOREIGN KEY ("parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-origin" ADD FOREIGN KEY ("thr-parent-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-origin" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-origin" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."post-origin" ADD FOREIGN KEY (vid) REFERENCES friendica.verb(id);
ALTER TABLE friendica."post-question" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-question-option" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-searchindex" ADD FOREIGN KEY ("owner-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-searchindex" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-tag" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-tag" ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-tag" ADD FOREIGN KEY (tid) REFERENCES friendica.tag(id);
ALTER TABLE friendica."post-thread" ADD FOREIGN KEY ("author-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-thread" ADD FOREIGN KEY ("causer-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-thread" ADD FOREIGN KEY ("context-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-thread" ADD FOREIGN KEY ("conversation-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-thread" ADD FOREIGN KEY ("owner-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-thread" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("author-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("causer-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("contact-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("context-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("conversation-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("owner-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("post-user-id") REFERENCES friendica."post-user"(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY (psid) REFERENCES friendica.permissionset(id);
ALTER TABLE friendica."post-thread-user" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("author-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("causer-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("contact-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("event-id") REFERENCES friendica.event(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("external-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("owner-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("replies-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("thr-parent-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY (psid) REFERENCES friendica.permissionset(id);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."post-user" ADD FOREIGN KEY (vid) REFERENCES friendica.verb(id);
ALTER TABLE friendica."post-user-notification" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."post-user-notification" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."report-post" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."report-post" ADD FOREIGN KEY (rid) REFERENCES friendica.report(id);
ALTER TABLE friendica."report-rule" ADD FOREIGN KEY (rid) REFERENCES friendica.report(id);
ALTER TABLE friendica."user" ADD FOREIGN KEY ("parent-uid") REFERENCES friendica."user"(uid);
ALTER TABLE friendica."user-contact" ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica."user-contact" ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica."user-contact" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica."user-gserver" ADD FOREIGN KEY (gsid) REFERENCES friendica.gserver(id);
ALTER TABLE friendica."user-gserver" ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.apcontact ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.apcontact ADD FOREIGN KEY (gsid) REFERENCES friendica.gserver(id);
ALTER TABLE friendica.attach ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.channel ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.contact ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.contact ADD FOREIGN KEY (gsid) REFERENCES friendica.gserver(id);
ALTER TABLE friendica.contact ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.conv ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.endpoint ADD FOREIGN KEY ("owner-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.event ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.event ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica.event ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.fsuggest ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica.fsuggest ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.group_member ADD FOREIGN KEY ("contact-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.group_member ADD FOREIGN KEY (gid) REFERENCES friendica."group"(id);
ALTER TABLE friendica.intro ADD FOREIGN KEY ("contact-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.intro ADD FOREIGN KEY ("suggest-cid") REFERENCES friendica.contact(id);
ALTER TABLE friendica.intro ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.mail ADD FOREIGN KEY ("author-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.mail ADD FOREIGN KEY ("parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.mail ADD FOREIGN KEY ("thr-parent-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.mail ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.mail ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.mailacct ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.manage ADD FOREIGN KEY (mid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.manage ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.notification ADD FOREIGN KEY ("actor-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.notification ADD FOREIGN KEY ("parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.notification ADD FOREIGN KEY ("target-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.notification ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.notification ADD FOREIGN KEY (vid) REFERENCES friendica.verb(id);
ALTER TABLE friendica.notify ADD FOREIGN KEY ("parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.notify ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.notify ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.pconfig ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.permissionset ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.photo ADD FOREIGN KEY ("contact-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.photo ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.post ADD FOREIGN KEY ("author-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.post ADD FOREIGN KEY ("causer-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.post ADD FOREIGN KEY ("external-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.post ADD FOREIGN KEY ("owner-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.post ADD FOREIGN KEY ("parent-uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.post ADD FOREIGN KEY ("replies-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.post ADD FOREIGN KEY ("thr-parent-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.post ADD FOREIGN KEY ("uri-id") REFERENCES friendica."item-uri"(id);
ALTER TABLE friendica.post ADD FOREIGN KEY (vid) REFERENCES friendica.verb(id);
ALTER TABLE friendica.profile ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.profile_field ADD FOREIGN KEY (psid) REFERENCES friendica.permissionset(id);
ALTER TABLE friendica.profile_field ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.register ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.report ADD FOREIGN KEY ("assigned-uid") REFERENCES friendica."user"(uid);
ALTER TABLE friendica.report ADD FOREIGN KEY ("last-editor-uid") REFERENCES friendica."user"(uid);
ALTER TABLE friendica.report ADD FOREIGN KEY ("reporter-id") REFERENCES friendica.contact(id);
ALTER TABLE friendica.report ADD FOREIGN KEY (cid) REFERENCES friendica.contact(id);
ALTER TABLE friendica.report ADD FOREIGN KEY (gsid) REFERENCES friendica.gserver(id);
ALTER TABLE friendica.report ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.search ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
ALTER TABLE friendica.subscription ADD FOREIGN KEY ("application-id") REFERENCES friendica.application(id);
ALTER TABLE friendica.subscription ADD FOREIGN KEY (uid) REFERENCES friendica."user"(uid);
COMMENT ON TABLE friendica."2fa_app_specific_password" IS 'Two-factor app-specific _password';
COMMENT ON COLUMN friendica."2fa_app_specific_password".id IS 'Password ID for revocation';
COMMENT ON COLUMN friendica."2fa_app_specific_password".uid IS 'User ID';
COMMENT ON COLUMN friendica."2fa_app_specific_password".description IS 'Description of the usage of the password';
COMMENT ON COLUMN friendica."2fa_app_specific_password".hashed_password IS 'Hashed password';
COMMENT ON COLUMN friendica."2fa_app_specific_password".generated IS 'Datetime the password was generated';
COMMENT ON COLUMN friendica."2fa_app_specific_password".last_used IS 'Datetime the password was last used';
COMMENT ON TABLE friendica."2fa_recovery_codes" IS 'Two-factor authentication recovery codes';
COMMENT ON COLUMN friendica."2fa_recovery_codes".uid IS 'User ID';
COMMENT ON COLUMN friendica."2fa_recovery_codes".code IS 'Recovery code string';
COMMENT ON COLUMN friendica."2fa_recovery_codes".generated IS 'Datetime the code was generated';
COMMENT ON COLUMN friendica."2fa_recovery_codes".used IS 'Datetime the code was used';
COMMENT ON TABLE friendica."2fa_trusted_browser" IS 'Two-factor authentication trusted browsers';
COMMENT ON COLUMN friendica."2fa_trusted_browser".cookie_hash IS 'Trusted cookie hash';
COMMENT ON COLUMN friendica."2fa_trusted_browser".uid IS 'User ID';
COMMENT ON COLUMN friendica."2fa_trusted_browser".user_agent IS 'User agent string';
COMMENT ON COLUMN friendica."2fa_trusted_browser".trusted IS 'Whenever this browser should be trusted or not';
COMMENT ON COLUMN friendica."2fa_trusted_browser".created IS 'Datetime the trusted browser was recorded';
COMMENT ON COLUMN friendica."2fa_trusted_browser".last_used IS 'Datetime the trusted browser was last used';
COMMENT ON TABLE friendica."account-suggestion" IS 'Account suggestion';
COMMENT ON COLUMN friendica."account-suggestion"."uri-id" IS 'Id of the item-uri table entry that contains the account url';
COMMENT ON COLUMN friendica."account-suggestion".uid IS 'User ID';
COMMENT ON COLUMN friendica."account-suggestion".level IS 'level of closeness';
COMMENT ON COLUMN friendica."account-suggestion".ignore IS 'If set, this account will not be suggested again';
COMMENT ON TABLE friendica."account-user" IS 'Remote and local accounts';
COMMENT ON COLUMN friendica."account-user".id IS 'sequential ID';
COMMENT ON COLUMN friendica."account-user"."uri-id" IS 'Id of the item-uri table entry that contains the account url';
COMMENT ON COLUMN friendica."account-user".uid IS 'User ID';
COMMENT ON TABLE friendica.apcontact IS 'ActivityPub compatible contacts - used in the ActivityPub implementation';
COMMENT ON COLUMN friendica.apcontact.url IS 'URL of the contact';
COMMENT ON COLUMN friendica.apcontact."uri-id" IS 'Id of the item-uri table entry that contains the apcontact url';
COMMENT ON COLUMN friendica.apcontact.featured IS 'Address for the collection of featured posts';
COMMENT ON COLUMN friendica.apcontact."featured-tags" IS 'Address for the collection of featured tags';
COMMENT ON COLUMN friendica.apcontact.discoverable IS 'Mastodon extension: true if profile is published in their directory';
COMMENT ON COLUMN friendica.apcontact.suspended IS 'Mastodon extension: true if profile is suspended';
COMMENT ON COLUMN friendica.apcontact."posting-restricted" IS 'lemmy:postingRestrictedToMods';
COMMENT ON COLUMN friendica.apcontact.xmpp IS 'XMPP address';
COMMENT ON COLUMN friendica.apcontact.matrix IS 'Matrix address';
COMMENT ON COLUMN friendica.apcontact.header IS 'Header picture';
COMMENT ON COLUMN friendica.apcontact.baseurl IS 'baseurl of the ap contact';
COMMENT ON COLUMN friendica.apcontact.gsid IS 'Global Server ID';
COMMENT ON COLUMN friendica.apcontact.generator IS 'Name of the contact''s system';
COMMENT ON COLUMN friendica.apcontact.following_count IS 'Number of following contacts';
COMMENT ON COLUMN friendica.apcontact.followers_count IS 'Number of followers';
COMMENT ON COLUMN friendica.apcontact.statuses_count IS 'Number of posts';
COMMENT ON TABLE friendica.application IS 'OAuth application';
COMMENT ON COLUMN friendica.application.id IS 'generated index';
COMMENT ON COLUMN friendica.application.read IS 'Read scope';
COMMENT ON COLUMN friendica.application.write IS 'Write scope';
COMMENT ON COLUMN friendica.application.follow IS 'Follow scope';
COMMENT ON COLUMN friendica.application.push IS 'Push scope';
COMMENT ON TABLE friendica."application-marker" IS 'Timeline marker';
COMMENT ON COLUMN friendica."application-marker".uid IS 'Owner User id';
COMMENT ON COLUMN friendica."application-marker".timeline IS 'Marker (home, notifications)';
COMMENT ON COLUMN friendica."application-marker".last_read_id IS 'Marker id for the timeline';
COMMENT ON COLUMN friendica."application-marker".version IS 'Version number';
COMMENT ON COLUMN friendica."application-marker".updated_at IS 'creation time';
COMMENT ON TABLE friendica."application-token" IS 'OAuth user token';
COMMENT ON COLUMN friendica."application-token".uid IS 'Owner User id';
COMMENT ON COLUMN friendica."application-token".created_at IS 'creation time';
COMMENT ON COLUMN friendica."application-token".read IS 'Read scope';
COMMENT ON COLUMN friendica."application-token".write IS 'Write scope';
COMMENT ON COLUMN friendica."application-token".follow IS 'Follow scope';
COMMENT ON COLUMN friendica."application-token".push IS 'Push scope';
COMMENT ON TABLE friendica."arrived-activity" IS 'Id of arrived activities';
COMMENT ON COLUMN friendica."arrived-activity"."object-id" IS 'object id of the incoming activity';
COMMENT ON COLUMN friendica."arrived-activity".received IS 'Receiving date';
COMMENT ON TABLE friendica.attach IS 'file attachments';
COMMENT ON COLUMN friendica.attach.id IS 'generated index';
COMMENT ON COLUMN friendica.attach.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.attach.hash IS 'hash';
COMMENT ON COLUMN friendica.attach.filename IS 'filename of original';
COMMENT ON COLUMN friendica.attach.filetype IS 'mimetype';
COMMENT ON COLUMN friendica.attach.filesize IS 'size in bytes';
COMMENT ON COLUMN friendica.attach.data IS 'file data';
COMMENT ON COLUMN friendica.attach.created IS 'creation time';
COMMENT ON COLUMN friendica.attach.edited IS 'last edit time';
COMMENT ON COLUMN friendica.attach.allow_cid IS 'Access Control - list of allowed contact.id ''<19><78>';
COMMENT ON COLUMN friendica.attach.allow_gid IS 'Access Control - list of allowed circles';
COMMENT ON COLUMN friendica.attach.deny_cid IS 'Access Control - list of denied contact.id';
COMMENT ON COLUMN friendica.attach.deny_gid IS 'Access Control - list of denied circles';
COMMENT ON COLUMN friendica.attach."backend-class" IS 'Storage backend class';
COMMENT ON COLUMN friendica.attach."backend-ref" IS 'Storage backend data reference';
COMMENT ON TABLE friendica.cache IS 'Stores temporary data';
COMMENT ON COLUMN friendica.cache.k IS 'cache key';
COMMENT ON COLUMN friendica.cache.v IS 'cached serialized value';
COMMENT ON COLUMN friendica.cache.expires IS 'datetime of cache expiration';
COMMENT ON COLUMN friendica.cache.updated IS 'datetime of cache insertion';
COMMENT ON TABLE friendica.channel IS 'User defined Channels';
COMMENT ON COLUMN friendica.channel.uid IS 'User id';
COMMENT ON COLUMN friendica.channel.label IS 'Channel label';
COMMENT ON COLUMN friendica.channel.description IS 'Channel description';
COMMENT ON COLUMN friendica.channel.circle IS 'Circle or channel that this channel is based on';
COMMENT ON COLUMN friendica.channel."access-key" IS 'Access key';
COMMENT ON COLUMN friendica.channel."include-tags" IS 'Comma separated list of tags that will be included in the channel';
COMMENT ON COLUMN friendica.channel."exclude-tags" IS 'Comma separated list of tags that aren''t allowed in the channel';
COMMENT ON COLUMN friendica.channel."min-size" IS 'Minimum post size';
COMMENT ON COLUMN friendica.channel."max-size" IS 'Maximum post size';
COMMENT ON COLUMN friendica.channel."full-text-search" IS 'Full text search pattern, see https://mariadb.com/kb/en/full-text-index-overview/#in-boolean-mode';
COMMENT ON COLUMN friendica.channel."media-type" IS 'Filtered media types';
COMMENT ON COLUMN friendica.channel.languages IS 'Desired languages';
COMMENT ON COLUMN friendica.channel.publish IS 'publish channel content';
COMMENT ON COLUMN friendica.channel.valid IS 'Set, when the full-text-search is valid';
COMMENT ON TABLE friendica."check-full-text-search" IS 'Check for a full text search match in user defined channels before storing the message in the system';
COMMENT ON COLUMN friendica."check-full-text-search".pid IS 'The ID of the process';
COMMENT ON COLUMN friendica."check-full-text-search".searchtext IS 'Simplified text for the full text search';
COMMENT ON TABLE friendica.config IS 'main configuration storage';
COMMENT ON COLUMN friendica.config.cat IS 'The category of the entry';
COMMENT ON COLUMN friendica.config.k IS 'The key of the entry';
COMMENT ON TABLE friendica.contact IS 'contact table';
COMMENT ON COLUMN friendica.contact.id IS 'sequential ID';
COMMENT ON COLUMN friendica.contact.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.contact.updated IS 'Date of last contact update';
COMMENT ON COLUMN friendica.contact.network IS 'Network of the contact';
COMMENT ON COLUMN friendica.contact.name IS 'Name that this contact is known by';
COMMENT ON COLUMN friendica.contact.nick IS 'Nick- and user name of the contact';
COMMENT ON COLUMN friendica.contact.keywords IS 'public keywords (interests) of the contact';
COMMENT ON COLUMN friendica.contact.xmpp IS 'XMPP address';
COMMENT ON COLUMN friendica.contact.matrix IS 'Matrix address';
COMMENT ON COLUMN friendica.contact.blurhash IS 'BlurHash representation of the avatar';
COMMENT ON COLUMN friendica.contact.header IS 'Header picture';
COMMENT ON COLUMN friendica.contact."uri-id" IS 'Id of the item-uri table entry that contains the contact url';
COMMENT ON COLUMN friendica.contact.pubkey IS 'RSA public key 4096 bit';
COMMENT ON COLUMN friendica.contact.prvkey IS 'RSA private key 4096 bit';
COMMENT ON COLUMN friendica.contact."last-update" IS 'Date of the last try to update the contact info';
COMMENT ON COLUMN friendica.contact."next-update" IS 'Next connection request';
COMMENT ON COLUMN friendica.contact.success_update IS 'Date of the last successful contact update';
COMMENT ON COLUMN friendica.contact.failure_update IS 'Date of the last failed update';
COMMENT ON COLUMN friendica.contact.failed IS 'Connection failed';
COMMENT ON COLUMN friendica.contact."last-item" IS 'date of the last post';
COMMENT ON COLUMN friendica.contact."last-discovery" IS 'date of the last follower discovery';
COMMENT ON COLUMN friendica.contact."local-data" IS 'Is true when there are posts with this contact on the system';
COMMENT ON COLUMN friendica.contact.blocked IS 'Node-wide block status';
COMMENT ON COLUMN friendica.contact.block_reason IS 'Node-wide block reason';
COMMENT ON COLUMN friendica.contact.readonly IS 'posts of the contact are readonly';
COMMENT ON COLUMN friendica.contact."contact-type" IS 'Person, organisation, news, community, relay';
COMMENT ON COLUMN friendica.contact."manually-approve" IS 'Contact requests have to be approved manually';
COMMENT ON COLUMN friendica.contact.unsearchable IS 'Contact prefers to not be searchable';
COMMENT ON COLUMN friendica.contact.sensitive IS 'Contact posts sensitive content';
COMMENT ON COLUMN friendica.contact.baseurl IS 'baseurl of the contact from the gserver record, can be missing';
COMMENT ON COLUMN friendica.contact.gsid IS 'Global Server ID, can be missing';
COMMENT ON COLUMN friendica.contact.self IS '1 if the contact is the user him/her self';
COMMENT ON COLUMN friendica.contact.rel IS 'The kind of the relation between the user and the contact';
COMMENT ON COLUMN friendica.contact.protocol IS 'Protocol of the contact';
COMMENT ON COLUMN friendica.contact.rating IS 'Automatically detected feed poll frequency';
COMMENT ON COLUMN friendica.contact.priority IS 'Feed poll priority';
COMMENT ON COLUMN friendica.contact.pending IS 'Contact request is pending';
COMMENT ON COLUMN friendica.contact.deleted IS 'Contact has been deleted';
COMMENT ON COLUMN friendica.contact.photo IS 'Link to the profile photo of the contact';
COMMENT ON COLUMN friendica.contact.thumb IS 'Link to the profile photo (thumb size)';
COMMENT ON COLUMN friendica.contact.micro IS 'Link to the profile photo (micro size)';
COMMENT ON COLUMN friendica.contact.forum IS 'contact is a group. Deprecated, use ''contact-type'' = ''community'' and ''manually-approve'' = false instead';
COMMENT ON COLUMN friendica.contact.prv IS 'contact is a private group. Deprecated, use ''contact-type'' = ''community'' and ''manually-approve'' = true instead';
COMMENT ON COLUMN friendica.contact."site-pubkey" IS 'Deprecated';
COMMENT ON COLUMN friendica.contact.gender IS 'Deprecated';
COMMENT ON COLUMN friendica.contact.duplex IS 'Deprecated';
COMMENT ON COLUMN friendica.contact."issued-id" IS 'Deprecated';
COMMENT ON COLUMN friendica.contact."dfrn-id" IS 'Deprecated';
COMMENT ON COLUMN friendica.contact.aes_allow IS 'Deprecated';
COMMENT ON COLUMN friendica.contact."ret-aes" IS 'Deprecated';
COMMENT ON COLUMN friendica.contact.usehub IS 'Deprecated';
COMMENT ON COLUMN friendica.contact.closeness IS 'Deprecated';
COMMENT ON COLUMN friendica.contact."profile-id" IS 'Deprecated';
COMMENT ON TABLE friendica."contact-relation" IS 'Contact relations';
COMMENT ON COLUMN friendica."contact-relation".cid IS 'contact the related contact had interacted with';
COMMENT ON COLUMN friendica."contact-relation"."relation-cid" IS 'related contact who had interacted with the contact';
COMMENT ON COLUMN friendica."contact-relation"."last-interaction" IS 'Date of the last interaction by relation-cid on cid';
COMMENT ON COLUMN friendica."contact-relation"."follow-updated" IS 'Date of the last update of the contact relationship';
COMMENT ON COLUMN friendica."contact-relation".follows IS 'if true, relation-cid follows cid';
COMMENT ON COLUMN friendica."contact-relation".score IS 'score for interactions of cid on relation-cid';
COMMENT ON COLUMN friendica."contact-relation"."relation-score" IS 'score for interactions of relation-cid on cid';
COMMENT ON COLUMN friendica."contact-relation"."thread-score" IS 'score for interactions of cid on threads of relation-cid';
COMMENT ON COLUMN friendica."contact-relation"."relation-thread-score" IS 'score for interactions of relation-cid on threads of cid';
COMMENT ON COLUMN friendica."contact-relation"."post-score" IS 'score for the amount of posts from cid that can be seen by relation-cid';
COMMENT ON TABLE friendica.conv IS 'private messages';
COMMENT ON COLUMN friendica.conv.id IS 'sequential ID';
COMMENT ON COLUMN friendica.conv.guid IS 'A unique identifier for this conversation';
COMMENT ON COLUMN friendica.conv.recips IS 'sender_handle;recipient_handle';
COMMENT ON COLUMN friendica.conv.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.conv.creator IS 'handle of creator';
COMMENT ON COLUMN friendica.conv.created IS 'creation timestamp';
COMMENT ON COLUMN friendica.conv.updated IS 'edited timestamp';
COMMENT ON COLUMN friendica.conv.subject IS 'subject of initial message';
COMMENT ON TABLE friendica."delayed-post" IS 'Posts that are about to be distributed at a later time';
COMMENT ON COLUMN friendica."delayed-post".uri IS 'URI of the post that will be distributed later';
COMMENT ON COLUMN friendica."delayed-post".uid IS 'Owner User id';
COMMENT ON COLUMN friendica."delayed-post".delayed IS 'delay time';
COMMENT ON COLUMN friendica."delayed-post".wid IS 'Workerqueue id';
COMMENT ON TABLE friendica."delivery-queue" IS 'Delivery data for posts for the batch processing';
COMMENT ON COLUMN friendica."delivery-queue".gsid IS 'Target server';
COMMENT ON COLUMN friendica."delivery-queue"."uri-id" IS 'Delivered post';
COMMENT ON COLUMN friendica."delivery-queue".cid IS 'Target contact';
COMMENT ON COLUMN friendica."delivery-queue".uid IS 'Delivering user';
COMMENT ON COLUMN friendica."delivery-queue".failed IS 'Number of times the delivery has failed';
COMMENT ON TABLE friendica."diaspora-contact" IS 'Diaspora compatible contacts - used in the Diaspora implementation';
COMMENT ON COLUMN friendica."diaspora-contact"."uri-id" IS 'Id of the item-uri table entry that contains the contact URL';
COMMENT ON COLUMN friendica."diaspora-contact".gsid IS 'Global Server ID';
COMMENT ON COLUMN friendica."diaspora-contact".interacting_count IS 'Number of contacts this contact interacts with';
COMMENT ON COLUMN friendica."diaspora-contact".interacted_count IS 'Number of contacts that interacted with this contact';
COMMENT ON COLUMN friendica."diaspora-contact".post_count IS 'Number of posts and comments';
COMMENT ON TABLE friendica."diaspora-interaction" IS 'Signed Diaspora Interaction';
COMMENT ON COLUMN friendica."diaspora-interaction"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."diaspora-interaction".interaction IS 'The Diaspora interaction';
COMMENT ON TABLE friendica.endpoint IS 'ActivityPub endpoints - used in the ActivityPub implementation';
COMMENT ON COLUMN friendica.endpoint.url IS 'URL of the contact';
COMMENT ON COLUMN friendica.endpoint."owner-uri-id" IS 'Id of the item-uri table entry that contains the apcontact url';
COMMENT ON TABLE friendica.event IS 'Events';
COMMENT ON COLUMN friendica.event.id IS 'sequential ID';
COMMENT ON COLUMN friendica.event.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.event.cid IS 'contact_id (ID of the contact in contact table)';
COMMENT ON COLUMN friendica.event."uri-id" IS 'Id of the item-uri table entry that contains the event uri';
COMMENT ON COLUMN friendica.event.created IS 'creation time';
COMMENT ON COLUMN friendica.event.edited IS 'last edit time';
COMMENT ON COLUMN friendica.event.start IS 'event start time';
COMMENT ON COLUMN friendica.event.finish IS 'event end time';
COMMENT ON COLUMN friendica.event.summary IS 'short description or title of the event';
COMMENT ON COLUMN friendica.event."desc" IS 'event description';
COMMENT ON COLUMN friendica.event.location IS 'event location';
COMMENT ON COLUMN friendica.event.type IS 'event or birthday';
COMMENT ON COLUMN friendica.event.nofinish IS 'if event does have no end this is 1';
COMMENT ON COLUMN friendica.event.ignore IS '0 or 1';
COMMENT ON COLUMN friendica.event.allow_cid IS 'Access Control - list of allowed contact.id ''<19><78>''';
COMMENT ON COLUMN friendica.event.allow_gid IS 'Access Control - list of allowed circles';
COMMENT ON COLUMN friendica.event.deny_cid IS 'Access Control - list of denied contact.id';
COMMENT ON COLUMN friendica.event.deny_gid IS 'Access Control - list of denied circles';
COMMENT ON COLUMN friendica."fetch-entry".id IS 'sequential ID';
COMMENT ON COLUMN friendica."fetch-entry".url IS 'url that awaiting to be fetched';
COMMENT ON COLUMN friendica."fetch-entry".created IS 'Creation date of the fetch request';
COMMENT ON COLUMN friendica."fetch-entry".wid IS 'Workerqueue id';
COMMENT ON TABLE friendica."fetched-activity" IS 'Id of fetched activities';
COMMENT ON COLUMN friendica."fetched-activity"."object-id" IS 'object id of fetched activity';
COMMENT ON COLUMN friendica."fetched-activity".received IS 'Receiving date';
COMMENT ON TABLE friendica.fsuggest IS 'friend suggestion stuff';
COMMENT ON COLUMN friendica.fsuggest.uid IS 'User id';
COMMENT ON TABLE friendica."group" IS 'privacy circles, circle info';
COMMENT ON COLUMN friendica."group".id IS 'sequential ID';
COMMENT ON COLUMN friendica."group".uid IS 'Owner User id';
COMMENT ON COLUMN friendica."group".visible IS '1 indicates the member list is not private';
COMMENT ON COLUMN friendica."group".deleted IS '1 indicates the circle has been deleted';
COMMENT ON COLUMN friendica."group".cid IS 'Contact id of group. When this field is filled then the members are synced automatically.';
COMMENT ON COLUMN friendica."group".name IS 'human readable name of circle';
COMMENT ON TABLE friendica.group_member IS 'privacy circles, member info';
COMMENT ON COLUMN friendica.group_member.id IS 'sequential ID';
COMMENT ON COLUMN friendica.group_member.gid IS 'group.id of the associated circle';
COMMENT ON COLUMN friendica.group_member."contact-id" IS 'contact.id of the member assigned to the associated circle';
COMMENT ON TABLE friendica.gserver IS 'Global servers';
COMMENT ON COLUMN friendica.gserver.id IS 'sequential ID';
COMMENT ON COLUMN friendica.gserver.version IS 'The version of this server software.';
COMMENT ON COLUMN friendica.gserver."registered-users" IS 'Number of registered users';
COMMENT ON COLUMN friendica.gserver."active-week-users" IS 'Number of active users in the last week';
COMMENT ON COLUMN friendica.gserver."active-month-users" IS 'Number of active users in the last month';
COMMENT ON COLUMN friendica.gserver."active-halfyear-users" IS 'Number of active users in the last six month';
COMMENT ON COLUMN friendica.gserver."local-posts" IS 'Number of local posts';
COMMENT ON COLUMN friendica.gserver."local-comments" IS 'Number of local comments';
COMMENT ON COLUMN friendica.gserver."directory-type" IS 'Type of directory service (Poco, Mastodon)';
COMMENT ON COLUMN friendica.gserver.openwebauth IS 'Path to the OpenWebAuth endpoint';
COMMENT ON COLUMN friendica.gserver.authredirect IS 'Path to the authRedirect endpoint';
COMMENT ON COLUMN friendica.gserver.protocol IS 'The protocol of the server';
COMMENT ON COLUMN friendica.gserver.platform IS 'The canonical name of this server software.';
COMMENT ON COLUMN friendica.gserver.repository IS 'The url of the source code repository of this server software.';
COMMENT ON COLUMN friendica.gserver.homepage IS 'The url of the homepage of this server software.';
COMMENT ON COLUMN friendica.gserver."relay-subscribe" IS 'Has the server subscribed to the relay system';
COMMENT ON COLUMN friendica.gserver."relay-scope" IS 'The scope of messages that the server wants to get';
COMMENT ON COLUMN friendica.gserver."detection-method" IS 'Method that had been used to detect that server';
COMMENT ON COLUMN friendica.gserver.last_contact IS 'Last successful connection request';
COMMENT ON COLUMN friendica.gserver.last_failure IS 'Last failed connection request';
COMMENT ON COLUMN friendica.gserver.blocked IS 'Server is blocked';
COMMENT ON COLUMN friendica.gserver.failed IS 'Connection failed';
COMMENT ON COLUMN friendica.gserver.next_contact IS 'Next connection request';
COMMENT ON TABLE friendica."gserver-tag" IS 'Tags that the server has subscribed';
COMMENT ON COLUMN friendica."gserver-tag"."gserver-id" IS 'The id of the gserver';
COMMENT ON COLUMN friendica."gserver-tag".tag IS 'Tag that the server has subscribed';
COMMENT ON TABLE friendica.hook IS 'addon hook registry';
COMMENT ON COLUMN friendica.hook.id IS 'sequential ID';
COMMENT ON COLUMN friendica.hook.hook IS 'name of hook';
COMMENT ON COLUMN friendica.hook.file IS 'relative filename of hook handler';
COMMENT ON COLUMN friendica.hook.function IS 'function name of hook handler';
COMMENT ON COLUMN friendica.hook.priority IS 'not yet implemented - can be used to sort conflicts in hook handling by calling handlers in priority order';
COMMENT ON TABLE friendica."inbox-entry" IS 'Incoming activity';
COMMENT ON COLUMN friendica."inbox-entry".id IS 'sequential ID';
COMMENT ON COLUMN friendica."inbox-entry"."activity-id" IS 'id of the incoming activity';
COMMENT ON COLUMN friendica."inbox-entry".type IS 'Type of the activity';
COMMENT ON COLUMN friendica."inbox-entry"."object-type" IS 'Type of the object activity';
COMMENT ON COLUMN friendica."inbox-entry"."object-object-type" IS 'Type of the object''s object activity';
COMMENT ON COLUMN friendica."inbox-entry".received IS 'Receiving date';
COMMENT ON COLUMN friendica."inbox-entry".activity IS 'The JSON activity';
COMMENT ON COLUMN friendica."inbox-entry".push IS 'Is the entry pushed or have pulled it?';
COMMENT ON COLUMN friendica."inbox-entry".trust IS 'Do we trust this entry?';
COMMENT ON COLUMN friendica."inbox-entry".wid IS 'Workerqueue id';
COMMENT ON COLUMN friendica."inbox-entry".retrial IS 'Retrial counter';
COMMENT ON TABLE friendica."inbox-entry-receiver" IS 'Receiver for the incoming activity';
COMMENT ON COLUMN friendica."inbox-entry-receiver".uid IS 'User id';
COMMENT ON TABLE friendica."inbox-status" IS 'Status of ActivityPub inboxes';
COMMENT ON COLUMN friendica."inbox-status".url IS 'URL of the inbox';
COMMENT ON COLUMN friendica."inbox-status"."uri-id" IS 'Item-uri id of inbox url';
COMMENT ON COLUMN friendica."inbox-status".gsid IS 'ID of the related server';
COMMENT ON COLUMN friendica."inbox-status".created IS 'Creation date of this entry';
COMMENT ON COLUMN friendica."inbox-status".success IS 'Date of the last successful delivery';
COMMENT ON COLUMN friendica."inbox-status".failure IS 'Date of the last failed delivery';
COMMENT ON COLUMN friendica."inbox-status".previous IS 'Previous delivery date';
COMMENT ON COLUMN friendica."inbox-status".archive IS 'Is the inbox archived?';
COMMENT ON COLUMN friendica."inbox-status".shared IS 'Is it a shared inbox?';
COMMENT ON COLUMN friendica.intro.id IS 'sequential ID';
COMMENT ON COLUMN friendica.intro.uid IS 'User id';
COMMENT ON COLUMN friendica.intro.fid IS 'deprecated';
COMMENT ON COLUMN friendica.intro."suggest-cid" IS 'Suggested contact';
COMMENT ON COLUMN friendica.intro.duplex IS 'deprecated';
COMMENT ON COLUMN friendica.intro.blocked IS 'deprecated';
COMMENT ON TABLE friendica."item-uri" IS 'URI and GUID for items';
COMMENT ON COLUMN friendica."item-uri".uri IS 'URI of an item';
COMMENT ON COLUMN friendica."item-uri".guid IS 'A unique identifier for an item';
COMMENT ON TABLE friendica."key-value" IS 'A key value storage';
COMMENT ON COLUMN friendica."key-value".updated_at IS 'timestamp of the last update';
COMMENT ON COLUMN friendica.locks.id IS 'sequential ID';
COMMENT ON COLUMN friendica.locks.pid IS 'Process ID';
COMMENT ON COLUMN friendica.locks.expires IS 'datetime of cache expiration';
COMMENT ON TABLE friendica.mail IS 'private messages';
COMMENT ON COLUMN friendica.mail.id IS 'sequential ID';
COMMENT ON COLUMN friendica.mail.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.mail.guid IS 'A unique identifier for this private message';
COMMENT ON COLUMN friendica.mail."from-name" IS 'name of the sender';
COMMENT ON COLUMN friendica.mail."from-photo" IS 'contact photo link of the sender';
COMMENT ON COLUMN friendica.mail."from-url" IS 'profile link of the sender';
COMMENT ON COLUMN friendica.mail."contact-id" IS 'contact.id';
COMMENT ON COLUMN friendica.mail."author-id" IS 'Link to the contact table with uid=0 of the author of the mail';
COMMENT ON COLUMN friendica.mail.convid IS 'conv.id';
COMMENT ON COLUMN friendica.mail.seen IS 'if message visited it is 1';
COMMENT ON COLUMN friendica.mail.unknown IS 'if sender not in the contact table this is 1';
COMMENT ON COLUMN friendica.mail."uri-id" IS 'Item-uri id of the related mail';
COMMENT ON COLUMN friendica.mail."parent-uri-id" IS 'Item-uri id of the parent of the related mail';
COMMENT ON COLUMN friendica.mail."thr-parent-id" IS 'Id of the item-uri table that contains the thread parent uri';
COMMENT ON COLUMN friendica.mail.created IS 'creation time of the private message';
COMMENT ON TABLE friendica.mailacct IS 'Mail account data for fetching mails';
COMMENT ON COLUMN friendica.mailacct.id IS 'sequential ID';
COMMENT ON COLUMN friendica.mailacct.uid IS 'User id';
COMMENT ON TABLE friendica.manage IS 'table of accounts that can manage each other';
COMMENT ON COLUMN friendica.manage.id IS 'sequential ID';
COMMENT ON COLUMN friendica.manage.uid IS 'User id';
COMMENT ON COLUMN friendica.manage.mid IS 'User id';
COMMENT ON TABLE friendica.notification IS 'notifications';
COMMENT ON COLUMN friendica.notification.id IS 'sequential ID';
COMMENT ON COLUMN friendica.notification.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.notification.vid IS 'Id of the verb table entry that contains the activity verbs';
COMMENT ON COLUMN friendica.notification."actor-id" IS 'Link to the contact table with uid=0 of the actor that caused the notification';
COMMENT ON COLUMN friendica.notification."target-uri-id" IS 'Item-uri id of the related post';
COMMENT ON COLUMN friendica.notification."parent-uri-id" IS 'Item-uri id of the parent of the related post';
COMMENT ON COLUMN friendica.notification.seen IS 'Seen on the desktop';
COMMENT ON COLUMN friendica.notification.dismissed IS 'Dismissed via the API';
COMMENT ON TABLE friendica.notify IS '[Deprecated] User notifications';
COMMENT ON COLUMN friendica.notify.id IS 'sequential ID';
COMMENT ON COLUMN friendica.notify.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.notify."uri-id" IS 'Item-uri id of the related post';
COMMENT ON COLUMN friendica.notify."parent-uri-id" IS 'Item-uri id of the parent of the related post';
COMMENT ON COLUMN friendica.notify.name_cache IS 'Cached bbcode parsing of name';
COMMENT ON COLUMN friendica.notify.msg_cache IS 'Cached bbcode parsing of msg';
COMMENT ON COLUMN friendica."notify-threads".id IS 'sequential ID';
COMMENT ON COLUMN friendica."notify-threads"."master-parent-item" IS 'Deprecated';
COMMENT ON COLUMN friendica."notify-threads"."master-parent-uri-id" IS 'Item-uri id of the parent of the related post';
COMMENT ON COLUMN friendica."notify-threads"."receiver-uid" IS 'User id';
COMMENT ON TABLE friendica.oembed IS 'cache for OEmbed queries';
COMMENT ON COLUMN friendica.oembed.url IS 'page url';
COMMENT ON COLUMN friendica.oembed.maxwidth IS 'Maximum width passed to Oembed';
COMMENT ON COLUMN friendica.oembed.content IS 'OEmbed data of the page';
COMMENT ON COLUMN friendica.oembed.created IS 'datetime of creation';
COMMENT ON TABLE friendica."openwebauth-token" IS 'Store OpenWebAuth token to verify contacts';
COMMENT ON COLUMN friendica."openwebauth-token".id IS 'sequential ID';
COMMENT ON COLUMN friendica."openwebauth-token".uid IS 'User id - currently unused';
COMMENT ON COLUMN friendica."openwebauth-token".type IS 'Verify type';
COMMENT ON COLUMN friendica."openwebauth-token".token IS 'A generated token';
COMMENT ON COLUMN friendica."openwebauth-token".created IS 'datetime of creation';
COMMENT ON TABLE friendica.parsed_url IS 'cache for ''parse_url'' queries';
COMMENT ON COLUMN friendica.parsed_url.url_hash IS 'page url hash';
COMMENT ON COLUMN friendica.parsed_url.guessing IS 'is the ''guessing'' mode active?';
COMMENT ON COLUMN friendica.parsed_url.oembed IS 'is the data the result of oembed?';
COMMENT ON COLUMN friendica.parsed_url.url IS 'page url';
COMMENT ON COLUMN friendica.parsed_url.content IS 'page data';
COMMENT ON COLUMN friendica.parsed_url.created IS 'datetime of creation';
COMMENT ON COLUMN friendica.parsed_url.expires IS 'datetime of expiration';
COMMENT ON TABLE friendica.pconfig IS 'personal (per user) configuration storage';
COMMENT ON COLUMN friendica.pconfig.id IS 'Primary key';
COMMENT ON COLUMN friendica.pconfig.uid IS 'User id';
COMMENT ON COLUMN friendica.pconfig.cat IS 'Category';
COMMENT ON COLUMN friendica.pconfig.k IS 'Key';
COMMENT ON COLUMN friendica.pconfig.v IS 'Value';
COMMENT ON COLUMN friendica.permissionset.id IS 'sequential ID';
COMMENT ON COLUMN friendica.permissionset.uid IS 'Owner id of this permission set';
COMMENT ON COLUMN friendica.permissionset.allow_cid IS 'Access Control - list of allowed contact.id ''<19><78>''';
COMMENT ON COLUMN friendica.permissionset.allow_gid IS 'Access Control - list of allowed circles';
COMMENT ON COLUMN friendica.permissionset.deny_cid IS 'Access Control - list of denied contact.id';
COMMENT ON COLUMN friendica.permissionset.deny_gid IS 'Access Control - list of denied circles';
COMMENT ON TABLE friendica.photo IS 'photo storage';
COMMENT ON COLUMN friendica.photo.id IS 'sequential ID';
COMMENT ON COLUMN friendica.photo.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.photo."contact-id" IS 'contact.id';
COMMENT ON COLUMN friendica.photo.guid IS 'A unique identifier for this photo';
COMMENT ON COLUMN friendica.photo.hash IS 'hash value of the photo';
COMMENT ON COLUMN friendica.photo.created IS 'creation date';
COMMENT ON COLUMN friendica.photo.edited IS 'last edited date';
COMMENT ON COLUMN friendica.photo.album IS 'The name of the album to which the photo belongs';
COMMENT ON COLUMN friendica.photo."photo-type" IS 'User avatar, user banner, contact avatar, contact banner or default';
COMMENT ON COLUMN friendica.photo.blurhash IS 'BlurHash representation of the photo';
COMMENT ON COLUMN friendica.photo.allow_cid IS 'Access Control - list of allowed contact.id ''<19><78>''';
COMMENT ON COLUMN friendica.photo.allow_gid IS 'Access Control - list of allowed circles';
COMMENT ON COLUMN friendica.photo.deny_cid IS 'Access Control - list of denied contact.id';
COMMENT ON COLUMN friendica.photo.deny_gid IS 'Access Control - list of denied circles';
COMMENT ON COLUMN friendica.photo.accessible IS 'Make photo publicly accessible, ignoring permissions';
COMMENT ON COLUMN friendica.photo."backend-class" IS 'Storage backend class';
COMMENT ON COLUMN friendica.photo."backend-ref" IS 'Storage backend data reference';
COMMENT ON TABLE friendica.post IS 'Structure for all posts';
COMMENT ON COLUMN friendica.post."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica.post."parent-uri-id" IS 'Id of the item-uri table that contains the parent uri';
COMMENT ON COLUMN friendica.post."thr-parent-id" IS 'Id of the item-uri table that contains the thread parent uri';
COMMENT ON COLUMN friendica.post."external-id" IS 'Id of the item-uri table entry that contains the external uri';
COMMENT ON COLUMN friendica.post."replies-id" IS 'Id of the item-uri table entry that contains the endpoint for the replies collection';
COMMENT ON COLUMN friendica.post.created IS 'Creation timestamp.';
COMMENT ON COLUMN friendica.post.edited IS 'Date of last edit (default is created)';
COMMENT ON COLUMN friendica.post.received IS 'datetime';
COMMENT ON COLUMN friendica.post.network IS 'Network from where the item comes from';
COMMENT ON COLUMN friendica.post."owner-id" IS 'Link to the contact table with uid=0 of the owner of this item';
COMMENT ON COLUMN friendica.post."author-id" IS 'Link to the contact table with uid=0 of the author of this item';
COMMENT ON COLUMN friendica.post."causer-id" IS 'Link to the contact table with uid=0 of the contact that caused the item creation';
COMMENT ON COLUMN friendica.post."post-type" IS 'Post type (personal note, image, article, ...)';
COMMENT ON COLUMN friendica.post.vid IS 'Id of the verb table entry that contains the activity verbs';
COMMENT ON COLUMN friendica.post.private IS '0=public, 1=private, 2=unlisted';
COMMENT ON COLUMN friendica.post.deleted IS 'item has been marked for deletion';
COMMENT ON TABLE friendica."post-activity" IS 'Original remote activity';
COMMENT ON COLUMN friendica."post-activity"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-activity".activity IS 'Original activity';
COMMENT ON TABLE friendica."post-category" IS 'post relation to categories';
COMMENT ON COLUMN friendica."post-category"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-category".uid IS 'User id';
COMMENT ON TABLE friendica."post-collection" IS 'Collection of posts';
COMMENT ON COLUMN friendica."post-collection"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-collection".type IS '0 - Featured';
COMMENT ON COLUMN friendica."post-collection"."author-id" IS 'Author of the featured post';
COMMENT ON TABLE friendica."post-content" IS 'Content for all posts';
COMMENT ON COLUMN friendica."post-content"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-content".title IS 'item title';
COMMENT ON COLUMN friendica."post-content".body IS 'item body content';
COMMENT ON COLUMN friendica."post-content"."raw-body" IS 'Body without embedded media links';
COMMENT ON COLUMN friendica."post-content"."quote-uri-id" IS 'Id of the item-uri table that contains the quoted uri';
COMMENT ON COLUMN friendica."post-content".location IS 'text location where this item originated';
COMMENT ON COLUMN friendica."post-content".coord IS 'longitude/latitude pair representing location where this item originated';
COMMENT ON COLUMN friendica."post-content".language IS 'Language information about this post';
COMMENT ON COLUMN friendica."post-content".sensitive IS 'If true, this post contains sensitive content';
COMMENT ON COLUMN friendica."post-content".app IS 'application which generated this item';
COMMENT ON COLUMN friendica."post-content"."rendered-html" IS 'item.body converted to html';
COMMENT ON COLUMN friendica."post-content"."object-type" IS 'ActivityStreams object type';
COMMENT ON COLUMN friendica."post-content".object IS 'JSON encoded object structure unless it is an implied object (normal post)';
COMMENT ON COLUMN friendica."post-content"."target-type" IS 'ActivityStreams target type if applicable (URI)';
COMMENT ON COLUMN friendica."post-content".target IS 'JSON encoded target structure if used';
COMMENT ON COLUMN friendica."post-content"."resource-id" IS 'Used to link other tables to items, it identifies the linked resource (e.g. photo) and if set must also set resource_type';
COMMENT ON COLUMN friendica."post-content".plink IS 'permalink or URL to a displayable copy of the message at its source';
COMMENT ON TABLE friendica."post-counts" IS 'Original remote activity';
COMMENT ON COLUMN friendica."post-counts"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-counts".vid IS 'Id of the verb table entry that contains the activity verbs';
COMMENT ON COLUMN friendica."post-counts".reaction IS 'Emoji Reaction';
COMMENT ON COLUMN friendica."post-counts"."parent-uri-id" IS 'Id of the item-uri table that contains the parent uri';
COMMENT ON COLUMN friendica."post-counts".count IS 'Number of activities';
COMMENT ON TABLE friendica."post-delivery" IS 'Delivery data for posts for the batch processing';
COMMENT ON COLUMN friendica."post-delivery"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-delivery"."inbox-id" IS 'Item-uri id of inbox url';
COMMENT ON COLUMN friendica."post-delivery".uid IS 'Delivering user';
COMMENT ON COLUMN friendica."post-delivery".failed IS 'Number of times the delivery has failed';
COMMENT ON COLUMN friendica."post-delivery".receivers IS 'JSON encoded array with the receiving contacts';
COMMENT ON TABLE friendica."post-delivery-data" IS 'Delivery data for items';
COMMENT ON COLUMN friendica."post-delivery-data"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-delivery-data".postopts IS 'External post connectors add their network name to this comma-separated string to identify that they should be delivered to these networks during delivery';
COMMENT ON COLUMN friendica."post-delivery-data".inform IS 'Additional receivers of the linked item';
COMMENT ON COLUMN friendica."post-delivery-data".queue_count IS 'Initial number of delivery recipients, used as item.delivery_queue_count';
COMMENT ON COLUMN friendica."post-delivery-data".queue_done IS 'Number of successful deliveries, used as item.delivery_queue_done';
COMMENT ON COLUMN friendica."post-delivery-data".queue_failed IS 'Number of unsuccessful deliveries, used as item.delivery_queue_failed';
COMMENT ON COLUMN friendica."post-delivery-data".activitypub IS 'Number of successful deliveries via ActivityPub';
COMMENT ON COLUMN friendica."post-delivery-data".dfrn IS 'Number of successful deliveries via DFRN';
COMMENT ON COLUMN friendica."post-delivery-data".legacy_dfrn IS 'Number of successful deliveries via legacy DFRN';
COMMENT ON COLUMN friendica."post-delivery-data".diaspora IS 'Number of successful deliveries via Diaspora';
COMMENT ON TABLE friendica."post-engagement" IS 'Engagement data per post';
COMMENT ON COLUMN friendica."post-engagement"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-engagement"."owner-id" IS 'Item owner';
COMMENT ON COLUMN friendica."post-engagement"."contact-type" IS 'Person, organisation, news, community, relay';
COMMENT ON COLUMN friendica."post-engagement"."media-type" IS 'Type of media in a bit array (1 = image, 2 = video, 4 = audio)';
COMMENT ON COLUMN friendica."post-engagement".language IS 'Language information about this post in the ISO 639-1 format';
COMMENT ON COLUMN friendica."post-engagement".searchtext IS 'Simplified text for the full text search';
COMMENT ON COLUMN friendica."post-engagement".size IS 'Body size';
COMMENT ON COLUMN friendica."post-engagement".restricted IS 'If true, this post is either unlisted or not from a federated network';
COMMENT ON COLUMN friendica."post-engagement".comments IS 'Number of comments';
COMMENT ON COLUMN friendica."post-engagement".activities IS 'Number of activities (like, dislike, ...)';
COMMENT ON TABLE friendica."post-history" IS 'Post history';
COMMENT ON COLUMN friendica."post-history"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-history".edited IS 'Date of edit';
COMMENT ON COLUMN friendica."post-history".title IS 'item title';
COMMENT ON COLUMN friendica."post-history".body IS 'item body content';
COMMENT ON COLUMN friendica."post-history"."raw-body" IS 'Body without embedded media links';
COMMENT ON COLUMN friendica."post-history".location IS 'text location where this item originated';
COMMENT ON COLUMN friendica."post-history".coord IS 'longitude/latitude pair representing location where this item originated';
COMMENT ON COLUMN friendica."post-history".language IS 'Language information about this post';
COMMENT ON COLUMN friendica."post-history".app IS 'application which generated this item';
COMMENT ON COLUMN friendica."post-history"."rendered-html" IS 'item.body converted to html';
COMMENT ON COLUMN friendica."post-history"."object-type" IS 'ActivityStreams object type';
COMMENT ON COLUMN friendica."post-history".object IS 'JSON encoded object structure unless it is an implied object (normal post)';
COMMENT ON COLUMN friendica."post-history"."target-type" IS 'ActivityStreams target type if applicable (URI)';
COMMENT ON COLUMN friendica."post-history".target IS 'JSON encoded target structure if used';
COMMENT ON COLUMN friendica."post-history"."resource-id" IS 'Used to link other tables to items, it identifies the linked resource (e.g. photo) and if set must also set resource_type';
COMMENT ON COLUMN friendica."post-history".plink IS 'permalink or URL to a displayable copy of the message at its source';
COMMENT ON TABLE friendica."post-link" IS 'Post related external links';
COMMENT ON COLUMN friendica."post-link".id IS 'sequential ID';
COMMENT ON COLUMN friendica."post-link"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-link".url IS 'External URL';
COMMENT ON COLUMN friendica."post-link".height IS 'Height of the media';
COMMENT ON COLUMN friendica."post-link".width IS 'Width of the media';
COMMENT ON COLUMN friendica."post-link".blurhash IS 'BlurHash representation of the link';
COMMENT ON TABLE friendica."post-media" IS 'Attached media';
COMMENT ON COLUMN friendica."post-media".id IS 'sequential ID';
COMMENT ON COLUMN friendica."post-media"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-media".url IS 'Media URL';
COMMENT ON COLUMN friendica."post-media"."media-uri-id" IS 'Id of the item-uri table entry that contains the activities uri-id';
COMMENT ON COLUMN friendica."post-media"."attach-id" IS 'In case of a local attachment, this field is filled with the id in the attach table';
COMMENT ON COLUMN friendica."post-media".type IS 'Media type';
COMMENT ON COLUMN friendica."post-media".height IS 'Height of the media';
COMMENT ON COLUMN friendica."post-media".width IS 'Width of the media';
COMMENT ON COLUMN friendica."post-media".size IS 'Media size';
COMMENT ON COLUMN friendica."post-media".blurhash IS 'BlurHash representation of the image';
COMMENT ON COLUMN friendica."post-media".preview IS 'Preview URL';
COMMENT ON COLUMN friendica."post-media"."preview-height" IS 'Height of the preview picture';
COMMENT ON COLUMN friendica."post-media"."preview-width" IS 'Width of the preview picture';
COMMENT ON COLUMN friendica."post-media".name IS 'Name of the media';
COMMENT ON COLUMN friendica."post-media"."author-url" IS 'URL of the author of the media';
COMMENT ON COLUMN friendica."post-media"."author-name" IS 'Name of the author of the media';
COMMENT ON COLUMN friendica."post-media"."author-image" IS 'Image of the author of the media';
COMMENT ON COLUMN friendica."post-media"."publisher-url" IS 'URL of the publisher of the media';
COMMENT ON COLUMN friendica."post-media"."publisher-name" IS 'Name of the publisher of the media';
COMMENT ON COLUMN friendica."post-media"."publisher-image" IS 'Image of the publisher of the media';
COMMENT ON TABLE friendica."post-origin" IS 'Posts from local users';
COMMENT ON COLUMN friendica."post-origin"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-origin".uid IS 'Owner id which owns this copy of the item';
COMMENT ON COLUMN friendica."post-origin"."parent-uri-id" IS 'Id of the item-uri table that contains the parent uri';
COMMENT ON COLUMN friendica."post-origin"."thr-parent-id" IS 'Id of the item-uri table that contains the thread parent uri';
COMMENT ON COLUMN friendica."post-origin".created IS 'Creation timestamp.';
COMMENT ON COLUMN friendica."post-origin".received IS 'datetime';
COMMENT ON COLUMN friendica."post-origin".vid IS 'Id of the verb table entry that contains the activity verbs';
COMMENT ON COLUMN friendica."post-origin".private IS '0=public, 1=private, 2=unlisted';
COMMENT ON COLUMN friendica."post-origin".wall IS 'This item was posted to the wall of uid';
COMMENT ON TABLE friendica."post-question" IS 'Question';
COMMENT ON COLUMN friendica."post-question".id IS 'sequential ID';
COMMENT ON COLUMN friendica."post-question"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-question".multiple IS 'Multiple choice';
COMMENT ON COLUMN friendica."post-question".voters IS 'Number of voters for this question';
COMMENT ON COLUMN friendica."post-question"."end-time" IS 'Question end time';
COMMENT ON TABLE friendica."post-question-option" IS 'Question option';
COMMENT ON COLUMN friendica."post-question-option".id IS 'Id of the question';
COMMENT ON COLUMN friendica."post-question-option"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-question-option".name IS 'Name of the option';
COMMENT ON COLUMN friendica."post-question-option".replies IS 'Number of replies for this question option';
COMMENT ON TABLE friendica."post-searchindex" IS 'Content for all posts';
COMMENT ON COLUMN friendica."post-searchindex"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-searchindex"."owner-id" IS 'Item owner';
COMMENT ON COLUMN friendica."post-searchindex"."media-type" IS 'Type of media in a bit array (1 = image, 2 = video, 4 = audio)';
COMMENT ON COLUMN friendica."post-searchindex".language IS 'Language information about this post in the ISO 639-1 format';
COMMENT ON COLUMN friendica."post-searchindex".searchtext IS 'Simplified text for the full text search';
COMMENT ON COLUMN friendica."post-searchindex".size IS 'Body size';
COMMENT ON COLUMN friendica."post-searchindex".restricted IS 'If true, this post is either unlisted or not from a federated network';
COMMENT ON TABLE friendica."post-tag" IS 'post relation to tags';
COMMENT ON COLUMN friendica."post-tag"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-tag".cid IS 'Contact id of the mentioned public contact';
COMMENT ON TABLE friendica."post-thread" IS 'Thread related data';
COMMENT ON COLUMN friendica."post-thread"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-thread"."context-id" IS 'Id of the item-uri table entry that contains the endpoint for the context collection';
COMMENT ON COLUMN friendica."post-thread"."conversation-id" IS 'Id of the item-uri table entry that contains the conversation uri';
COMMENT ON COLUMN friendica."post-thread"."owner-id" IS 'Item owner';
COMMENT ON COLUMN friendica."post-thread"."author-id" IS 'Item author';
COMMENT ON COLUMN friendica."post-thread"."causer-id" IS 'Link to the contact table with uid=0 of the contact that caused the item creation';
COMMENT ON COLUMN friendica."post-thread".changed IS 'Date that something in the conversation changed, indicating clients should fetch the conversation again';
COMMENT ON TABLE friendica."post-thread-user" IS 'Thread related data per user';
COMMENT ON COLUMN friendica."post-thread-user"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-thread-user"."context-id" IS 'Id of the item-uri table entry that contains the endpoint for the context collection';
COMMENT ON COLUMN friendica."post-thread-user"."conversation-id" IS 'Id of the item-uri table entry that contains the conversation uri';
COMMENT ON COLUMN friendica."post-thread-user"."owner-id" IS 'Item owner';
COMMENT ON COLUMN friendica."post-thread-user"."author-id" IS 'Item author';
COMMENT ON COLUMN friendica."post-thread-user"."causer-id" IS 'Link to the contact table with uid=0 of the contact that caused the item creation';
COMMENT ON COLUMN friendica."post-thread-user".changed IS 'Date that something in the conversation changed, indicating clients should fetch the conversation again';
COMMENT ON COLUMN friendica."post-thread-user".uid IS 'Owner id which owns this copy of the item';
COMMENT ON COLUMN friendica."post-thread-user".pinned IS 'deprecated';
COMMENT ON COLUMN friendica."post-thread-user".ignored IS 'Ignore updates for this thread';
COMMENT ON COLUMN friendica."post-thread-user".wall IS 'This item was posted to the wall of uid';
COMMENT ON COLUMN friendica."post-thread-user".forum_mode IS 'Deprecated';
COMMENT ON COLUMN friendica."post-thread-user"."contact-id" IS 'contact.id';
COMMENT ON COLUMN friendica."post-thread-user".unseen IS 'post has not been seen';
COMMENT ON COLUMN friendica."post-thread-user".hidden IS 'Marker to hide the post from the user';
COMMENT ON COLUMN friendica."post-thread-user".origin IS 'item originated at this site';
COMMENT ON COLUMN friendica."post-thread-user".psid IS 'ID of the permission set of this post';
COMMENT ON COLUMN friendica."post-thread-user"."post-user-id" IS 'Id of the post-user table';
COMMENT ON TABLE friendica."post-user" IS 'User specific post data';
COMMENT ON COLUMN friendica."post-user"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-user"."parent-uri-id" IS 'Id of the item-uri table that contains the parent uri';
COMMENT ON COLUMN friendica."post-user"."thr-parent-id" IS 'Id of the item-uri table that contains the thread parent uri';
COMMENT ON COLUMN friendica."post-user"."external-id" IS 'Id of the item-uri table entry that contains the external uri';
COMMENT ON COLUMN friendica."post-user"."replies-id" IS 'Id of the item-uri table entry that contains the endpoint for the replies collection';
COMMENT ON COLUMN friendica."post-user".created IS 'Creation timestamp.';
COMMENT ON COLUMN friendica."post-user".edited IS 'Date of last edit (default is created)';
COMMENT ON COLUMN friendica."post-user".received IS 'datetime';
COMMENT ON COLUMN friendica."post-user".network IS 'Network from where the item comes from';
COMMENT ON COLUMN friendica."post-user"."owner-id" IS 'Link to the contact table with uid=0 of the owner of this item';
COMMENT ON COLUMN friendica."post-user"."author-id" IS 'Link to the contact table with uid=0 of the author of this item';
COMMENT ON COLUMN friendica."post-user"."causer-id" IS 'Link to the contact table with uid=0 of the contact that caused the item creation';
COMMENT ON COLUMN friendica."post-user"."post-type" IS 'Post type (personal note, image, article, ...)';
COMMENT ON COLUMN friendica."post-user"."post-reason" IS 'Reason why the post arrived at the user';
COMMENT ON COLUMN friendica."post-user".vid IS 'Id of the verb table entry that contains the activity verbs';
COMMENT ON COLUMN friendica."post-user".private IS '0=public, 1=private, 2=unlisted';
COMMENT ON COLUMN friendica."post-user".restrictions IS 'Bit array of post restrictions (1 = Reply, 2 = Like, 4 = Announce)';
COMMENT ON COLUMN friendica."post-user".deleted IS 'item has been marked for deletion';
COMMENT ON COLUMN friendica."post-user".uid IS 'Owner id which owns this copy of the item';
COMMENT ON COLUMN friendica."post-user".protocol IS 'Protocol used to deliver the item for this user';
COMMENT ON COLUMN friendica."post-user"."contact-id" IS 'contact.id';
COMMENT ON COLUMN friendica."post-user"."event-id" IS 'Used to link to the event.id';
COMMENT ON COLUMN friendica."post-user".unseen IS 'post has not been seen';
COMMENT ON COLUMN friendica."post-user".hidden IS 'Marker to hide the post from the user';
COMMENT ON COLUMN friendica."post-user".wall IS 'This item was posted to the wall of uid';
COMMENT ON COLUMN friendica."post-user".origin IS 'item originated at this site';
COMMENT ON COLUMN friendica."post-user".psid IS 'ID of the permission set of this post';
COMMENT ON TABLE friendica."post-user-notification" IS 'User post notifications';
COMMENT ON COLUMN friendica."post-user-notification"."uri-id" IS 'Id of the item-uri table entry that contains the item uri';
COMMENT ON COLUMN friendica."post-user-notification".uid IS 'Owner id which owns this copy of the item';
COMMENT ON TABLE friendica.process IS 'Currently running system processes';
COMMENT ON COLUMN friendica.process.pid IS 'The ID of the process';
COMMENT ON COLUMN friendica.process.hostname IS 'The name of the host the process is ran on';
COMMENT ON TABLE friendica.profile IS 'user profiles data';
COMMENT ON COLUMN friendica.profile.id IS 'sequential ID';
COMMENT ON COLUMN friendica.profile.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.profile."profile-name" IS 'Deprecated';
COMMENT ON COLUMN friendica.profile."is-default" IS 'Deprecated';
COMMENT ON COLUMN friendica.profile."hide-friends" IS 'Hide friend list from viewers of this profile';
COMMENT ON COLUMN friendica.profile.name IS 'Unused in favor of user.username';
COMMENT ON COLUMN friendica.profile.pdesc IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.dob IS 'Day of birth';
COMMENT ON COLUMN friendica.profile.hometown IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.gender IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.marital IS 'Deprecated';
COMMENT ON COLUMN friendica.profile."with" IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.howlong IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.sexual IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.politic IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.religion IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.likes IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.dislikes IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.about IS 'Profile description';
COMMENT ON COLUMN friendica.profile.summary IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.music IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.book IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.tv IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.film IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.interest IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.romance IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.work IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.education IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.contact IS 'Deprecated';
COMMENT ON COLUMN friendica.profile.homepage_verified IS 'was the homepage verified by a rel-me link back to the profile';
COMMENT ON COLUMN friendica.profile.xmpp IS 'XMPP address';
COMMENT ON COLUMN friendica.profile.matrix IS 'Matrix address';
COMMENT ON COLUMN friendica.profile.publish IS 'publish default profile in local directory';
COMMENT ON COLUMN friendica.profile."net-publish" IS 'publish profile in global directory';
COMMENT ON TABLE friendica.profile_field IS 'Custom profile fields';
COMMENT ON COLUMN friendica.profile_field.id IS 'sequential ID';
COMMENT ON COLUMN friendica.profile_field.uid IS 'Owner user id';
COMMENT ON COLUMN friendica.profile_field."order" IS 'Field ordering per user';
COMMENT ON COLUMN friendica.profile_field.psid IS 'ID of the permission set of this profile field - 0 = public';
COMMENT ON COLUMN friendica.profile_field.label IS 'Label of the field';
COMMENT ON COLUMN friendica.profile_field.value IS 'Value of the field';
COMMENT ON COLUMN friendica.profile_field.created IS 'creation time';
COMMENT ON COLUMN friendica.profile_field.edited IS 'last edit time';
COMMENT ON TABLE friendica.register IS 'registrations requiring admin approval';
COMMENT ON COLUMN friendica.register.id IS 'sequential ID';
COMMENT ON COLUMN friendica.register.uid IS 'User id';
COMMENT ON COLUMN friendica.report.id IS 'sequential ID';
COMMENT ON COLUMN friendica.report.uid IS 'Reporting user';
COMMENT ON COLUMN friendica.report."reporter-id" IS 'Reporting contact';
COMMENT ON COLUMN friendica.report.cid IS 'Reported contact';
COMMENT ON COLUMN friendica.report.gsid IS 'Reported contact server';
COMMENT ON COLUMN friendica.report.comment IS 'Report';
COMMENT ON COLUMN friendica.report."category-id" IS 'Report category, one of Entity Report::CATEGORY_*';
COMMENT ON COLUMN friendica.report.forward IS 'Forward the report to the remote server';
COMMENT ON COLUMN friendica.report."public-remarks" IS 'Remarks shared with the reporter';
COMMENT ON COLUMN friendica.report."private-remarks" IS 'Remarks shared with the moderation team';
COMMENT ON COLUMN friendica.report."last-editor-uid" IS 'Last editor user';
COMMENT ON COLUMN friendica.report."assigned-uid" IS 'Assigned moderator user';
COMMENT ON COLUMN friendica.report.status IS 'Status of the report, one of Entity Report::STATUS_*';
COMMENT ON COLUMN friendica.report.resolution IS 'Resolution of the report, one of Entity Report::RESOLUTION_*';
COMMENT ON COLUMN friendica.report.edited IS 'Last time the report has been edited';
COMMENT ON TABLE friendica."report-post" IS 'Individual posts attached to a moderation report';
COMMENT ON COLUMN friendica."report-post".rid IS 'Report id';
COMMENT ON COLUMN friendica."report-post"."uri-id" IS 'Uri-id of the reported post';
COMMENT ON COLUMN friendica."report-post".status IS 'Status of the reported post';
COMMENT ON TABLE friendica."report-rule" IS 'Terms of service rule lines relevant to a moderation report';
COMMENT ON COLUMN friendica."report-rule".rid IS 'Report id';
COMMENT ON COLUMN friendica."report-rule"."line-id" IS 'Terms of service rule line number, may become invalid after a TOS change.';
COMMENT ON COLUMN friendica."report-rule".text IS 'Terms of service rule text recorded at the time of the report';
COMMENT ON COLUMN friendica.search.id IS 'sequential ID';
COMMENT ON COLUMN friendica.search.uid IS 'User id';
COMMENT ON TABLE friendica.session IS 'web session storage';
COMMENT ON COLUMN friendica.session.id IS 'sequential ID';
COMMENT ON TABLE friendica.storage IS 'Data stored by Database storage backend';
COMMENT ON COLUMN friendica.storage.id IS 'Auto incremented image data id';
COMMENT ON COLUMN friendica.storage.data IS 'file data';
COMMENT ON TABLE friendica.subscription IS 'Push Subscription for the API';
COMMENT ON COLUMN friendica.subscription.id IS 'Auto incremented image data id';
COMMENT ON COLUMN friendica.subscription.uid IS 'Owner User id';
COMMENT ON COLUMN friendica.subscription.endpoint IS 'Endpoint URL';
COMMENT ON COLUMN friendica.subscription.pubkey IS 'User agent public key';
COMMENT ON COLUMN friendica.subscription.secret IS 'Auth secret';
COMMENT ON TABLE friendica.tag IS 'tags and mentions';
COMMENT ON COLUMN friendica.tag.type IS 'Type of the tag (Unknown, General Collection, Follower Collection or Account)';
COMMENT ON TABLE friendica."user" IS 'The local users';
COMMENT ON COLUMN friendica."user".uid IS 'sequential ID';
COMMENT ON COLUMN friendica."user"."parent-uid" IS 'The parent user that has full control about this user';
COMMENT ON COLUMN friendica."user".guid IS 'A unique identifier for this user';
COMMENT ON COLUMN friendica."user".username IS 'Name that this user is known by';
COMMENT ON COLUMN friendica."user".password IS 'encrypted password';
COMMENT ON COLUMN friendica."user".legacy_password IS 'Is the password hash double-hashed?';
COMMENT ON COLUMN friendica."user".nickname IS 'nick- and user name';
COMMENT ON COLUMN friendica."user".email IS 'the users email address';
COMMENT ON COLUMN friendica."user".timezone IS 'PHP-legal timezone';
COMMENT ON COLUMN friendica."user".language IS 'default language';
COMMENT ON COLUMN friendica."user".register_date IS 'timestamp of registration';
COMMENT ON COLUMN friendica."user".login_date IS 'timestamp of last login';
COMMENT ON COLUMN friendica."user"."last-activity" IS 'Day of the last activity';
COMMENT ON COLUMN friendica."user"."default-location" IS 'Default for item.location';
COMMENT ON COLUMN friendica."user".allow_location IS '1 allows to display the location';
COMMENT ON COLUMN friendica."user".theme IS 'user theme preference';
COMMENT ON COLUMN friendica."user".pubkey IS 'RSA public key 4096 bit';
COMMENT ON COLUMN friendica."user".prvkey IS 'RSA private key 4096 bit';
COMMENT ON COLUMN friendica."user".verified IS 'user is verified through email';
COMMENT ON COLUMN friendica."user".blocked IS '1 for user is blocked';
COMMENT ON COLUMN friendica."user".blockwall IS 'Prohibit contacts to post to the profile page of the user';
COMMENT ON COLUMN friendica."user".hidewall IS 'Hide profile details from unknown viewers';
COMMENT ON COLUMN friendica."user".blocktags IS 'Prohibit contacts to tag the post of this user';
COMMENT ON COLUMN friendica."user"."notify-flags" IS 'email notification options';
COMMENT ON COLUMN friendica."user"."page-flags" IS 'page/profile type';
COMMENT ON COLUMN friendica."user".pwdreset IS 'Password reset request token';
COMMENT ON COLUMN friendica."user".pwdreset_time IS 'Timestamp of the last password reset request';
COMMENT ON COLUMN friendica."user".expire IS 'Delay in days before deleting user-related posts. Scope is controlled by pConfig.';
COMMENT ON COLUMN friendica."user".account_removed IS 'if 1 the account is removed';
COMMENT ON COLUMN friendica."user".account_expires_on IS 'timestamp when account expires and will be deleted';
COMMENT ON COLUMN friendica."user".expire_notification_sent IS 'timestamp of last warning of account expiration';
COMMENT ON COLUMN friendica."user".allow_cid IS 'default permission for this user';
COMMENT ON COLUMN friendica."user".allow_gid IS 'default permission for this user';
COMMENT ON COLUMN friendica."user".deny_cid IS 'default permission for this user';
COMMENT ON COLUMN friendica."user".deny_gid IS 'default permission for this user';
COMMENT ON TABLE friendica."user-contact" IS 'User specific public contact data';
COMMENT ON COLUMN friendica."user-contact".cid IS 'Contact id of the linked public contact';
COMMENT ON COLUMN friendica."user-contact".uid IS 'User id';
COMMENT ON COLUMN friendica."user-contact"."uri-id" IS 'Id of the item-uri table entry that contains the contact url';
COMMENT ON COLUMN friendica."user-contact".blocked IS 'Contact is completely blocked for this user';
COMMENT ON COLUMN friendica."user-contact".ignored IS 'Posts from this contact are ignored';
COMMENT ON COLUMN friendica."user-contact".collapsed IS 'Posts from this contact are collapsed';
COMMENT ON COLUMN friendica."user-contact".hidden IS 'This contact is hidden from the others';
COMMENT ON COLUMN friendica."user-contact"."channel-only" IS 'This contact is displayed only in channels, but not in the network stream.';
COMMENT ON COLUMN friendica."user-contact"."is-blocked" IS 'User is blocked by this contact';
COMMENT ON COLUMN friendica."user-contact"."channel-frequency" IS 'Controls the frequency of the appearance of this contact in channels';
COMMENT ON COLUMN friendica."user-contact".rel IS 'The kind of the relation between the user and the contact';
COMMENT ON COLUMN friendica."user-contact".remote_self IS '0 => No mirroring, 1-2 => Mirror as own post, 3 => Mirror as reshare';
COMMENT ON COLUMN friendica."user-contact".fetch_further_information IS '0 => None, 1 => Fetch information, 3 => Fetch keywords, 2 => Fetch both';
COMMENT ON COLUMN friendica."user-contact".protocol IS 'Protocol of the contact';
COMMENT ON COLUMN friendica."user-contact".rating IS 'Automatically detected feed poll frequency';
COMMENT ON COLUMN friendica."user-contact".priority IS 'Feed poll priority';
COMMENT ON TABLE friendica."user-gserver" IS 'User settings about remote servers';
COMMENT ON COLUMN friendica."user-gserver".uid IS 'Owner User id';
COMMENT ON COLUMN friendica."user-gserver".gsid IS 'Gserver id';
COMMENT ON COLUMN friendica."user-gserver".ignored IS 'server accounts are ignored for the user';
COMMENT ON TABLE friendica.userd IS 'Deleted usernames';
COMMENT ON COLUMN friendica.userd.id IS 'sequential ID';
COMMENT ON TABLE friendica.verb IS 'Activity Verbs';
COMMENT ON TABLE friendica."worker-ipc" IS 'Inter process communication between the frontend and the worker';
COMMENT ON COLUMN friendica."worker-ipc".jobs IS 'Flag for outstanding jobs';
COMMENT ON TABLE friendica.workerqueue IS 'Background tasks queue entries';
COMMENT ON COLUMN friendica.workerqueue.id IS 'Auto incremented worker task id';
COMMENT ON COLUMN friendica.workerqueue.command IS 'Task command';
COMMENT ON COLUMN friendica.workerqueue.parameter IS 'Task parameter';
COMMENT ON COLUMN friendica.workerqueue.priority IS 'Task priority';
COMMENT ON COLUMN friendica.workerqueue.created IS 'Creation date';
COMMENT ON COLUMN friendica.workerqueue.pid IS 'Process id of the worker';
COMMENT ON COLUMN friendica.workerqueue.executed IS 'Execution date';
COMMENT ON COLUMN friendica.workerqueue.next_try IS 'Next retrial date';
COMMENT ON COLUMN friendica.workerqueue.retrial IS 'Retrial counter';
COMMENT ON COLUMN friendica.workerqueue.done IS 'Marked 1 when the task was done - will be deleted later';
