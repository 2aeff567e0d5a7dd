-- Hubzilla, the decentralised social platform and "nomadic identity" web publishing system (Zot6/ActivityPub
-- federation): accounts and their channels (identities), xchans (every known channel, local or remote, with network,
-- address and photos), hub locations of channels (hubloc) and known sites, connections (abook) with permissions,
-- closeness, roles and blocked/ignored/pending flags, privacy groups (access lists) and their members, profiles and
-- extended profile fields, posts and comments (item) with terms (hashtags, categories, mentions), item config and
-- external ids, signatures, likes, objects, polls with elements and votes, photos and albums, file storage
-- (attach), events and calendars, the CalDAV/CardDAV store (SabreDAV principals, calendars, calendar instances and
-- objects, address books, cards, changes, subscriptions, scheduling objects, locks, property storage), chatrooms,
-- chat messages and presence, menus and menu items, apps, notifications, delivery reports, the outbound queue and
-- the worker queue, registrations and e-mail verification, OAuth1/OAuth2 clients, tokens, codes and scopes,
-- channel sources (content syndication), per-channel/per-xchan/site config, directory updates and tags, addons and
-- hooks, sessions and cache), as a fresh Hubzilla 8.8.7 install (DB_UPDATE_VERSION 1259) creates it on
-- PostgreSQL: install/schema_postgres.sql of github.com/saiwal/hubzilla (commit f57fbaa, 2024-01-19, "version
-- 8.8.7", a GitHub mirror of framagit.org/hubzilla/core; the file last changed in b976adb, 2023-10-06), MIT
-- (Hubzilla Community); we use the schema's facts. The PostgreSQL script was loaded into a scratch PostgreSQL 15
-- as is and regenerated from its catalog by a one-off script: all 83 tables with their primary keys
-- (schedulingobjects and oauth_jwt have none in the source), schema hubzilla; serial columns written as integer
-- (their sequences dropped). The source declares no foreign keys: references such as channel.channel_account_id
-- -> account, item.uid -> channel, item.author_xchan / abook.abook_xchan -> xchan.xchan_hash, pgrp_member.gid ->
-- pgrp are implied by names only; it declares no comments either. Left out: defaults (many '0001-01-01 00:00:00'
-- and '' placeholders), sequences, the UNIQUE constraints (channel_address, config (cat, k), ...), indexes and the
-- full-text search column's index. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS hubzilla;
CREATE TABLE hubzilla.abconfig (
    id integer NOT NULL,
    chan bigint NOT NULL,
    xchan text NOT NULL,
    cat text NOT NULL,
    k text NOT NULL,
    v text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.abook (
    abook_id integer NOT NULL,
    abook_account bigint NOT NULL,
    abook_channel bigint NOT NULL,
    abook_xchan text NOT NULL,
    abook_my_perms bigint NOT NULL,
    abook_their_perms bigint NOT NULL,
    abook_closeness numeric(3,0) NOT NULL,
    abook_created timestamp without time zone NOT NULL,
    abook_updated timestamp without time zone NOT NULL,
    abook_connected timestamp without time zone NOT NULL,
    abook_dob timestamp without time zone NOT NULL,
    abook_flags bigint NOT NULL,
    abook_blocked smallint NOT NULL,
    abook_ignored smallint NOT NULL,
    abook_hidden smallint NOT NULL,
    abook_archived smallint NOT NULL,
    abook_pending smallint NOT NULL,
    abook_unconnected smallint NOT NULL,
    abook_self smallint NOT NULL,
    abook_feed smallint NOT NULL,
    abook_not_here smallint NOT NULL,
    abook_profile character varying(64) NOT NULL,
    abook_incl text NOT NULL,
    abook_excl text NOT NULL,
    abook_instance text NOT NULL,
    abook_role character varying(64) NOT NULL,
    PRIMARY KEY (abook_id)
);
CREATE TABLE hubzilla.account (
    account_id integer NOT NULL,
    account_parent bigint NOT NULL,
    account_default_channel bigint NOT NULL,
    account_salt character varying(32) NOT NULL,
    account_password text NOT NULL,
    account_email text NOT NULL,
    account_external text NOT NULL,
    account_language character varying(16) NOT NULL,
    account_created timestamp without time zone NOT NULL,
    account_lastlog timestamp without time zone NOT NULL,
    account_flags bigint NOT NULL,
    account_roles bigint NOT NULL,
    account_reset text NOT NULL,
    account_expires timestamp without time zone NOT NULL,
    account_expire_notified timestamp without time zone NOT NULL,
    account_service_class character varying(32) NOT NULL,
    account_level bigint NOT NULL,
    account_password_changed timestamp without time zone NOT NULL,
    PRIMARY KEY (account_id)
);
CREATE TABLE hubzilla.addon (
    id integer NOT NULL,
    aname text NOT NULL,
    version text NOT NULL,
    installed numeric(1,0) NOT NULL,
    hidden numeric(1,0) NOT NULL,
    tstamp numeric(20,0) NOT NULL,
    plugin_admin numeric(1,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.addressbookchanges (
    id integer NOT NULL,
    uri character varying(200) NOT NULL,
    synctoken integer NOT NULL,
    addressbookid integer NOT NULL,
    operation smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.addressbooks (
    id integer NOT NULL,
    principaluri character varying(255),
    displayname character varying(255),
    uri character varying(200),
    description text,
    synctoken integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.app (
    id integer NOT NULL,
    app_id text NOT NULL,
    app_sig text NOT NULL,
    app_author text NOT NULL,
    app_name text NOT NULL,
    app_desc text NOT NULL,
    app_url text NOT NULL,
    app_photo text NOT NULL,
    app_version text NOT NULL,
    app_channel bigint NOT NULL,
    app_addr text NOT NULL,
    app_price text NOT NULL,
    app_page text NOT NULL,
    app_requires text NOT NULL,
    app_deleted smallint NOT NULL,
    app_system smallint NOT NULL,
    app_plugin text NOT NULL,
    app_options smallint NOT NULL,
    app_created timestamp without time zone NOT NULL,
    app_edited timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.atoken (
    atoken_id integer NOT NULL,
    atoken_guid character varying(255) NOT NULL,
    atoken_aid bigint NOT NULL,
    atoken_uid bigint NOT NULL,
    atoken_name character varying(255) NOT NULL,
    atoken_token character varying(255) NOT NULL,
    atoken_expires timestamp without time zone NOT NULL,
    PRIMARY KEY (atoken_id)
);
CREATE TABLE hubzilla.attach (
    id integer NOT NULL,
    aid bigint NOT NULL,
    uid bigint NOT NULL,
    hash character varying(64) NOT NULL,
    creator character varying(128) NOT NULL,
    filename text NOT NULL,
    filetype character varying(64) NOT NULL,
    filesize bigint NOT NULL,
    revision bigint NOT NULL,
    folder character varying(64) NOT NULL,
    flags bigint NOT NULL,
    is_dir smallint NOT NULL,
    is_photo smallint NOT NULL,
    os_storage smallint NOT NULL,
    os_path text NOT NULL,
    display_path text NOT NULL,
    content bytea NOT NULL,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    allow_cid text NOT NULL,
    allow_gid text NOT NULL,
    deny_cid text NOT NULL,
    deny_gid text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.auth_codes (
    id character varying(40) NOT NULL,
    client_id character varying(20) NOT NULL,
    redirect_uri character varying(200) NOT NULL,
    expires bigint NOT NULL,
    auth_scope character varying(512) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.cache (
    k text NOT NULL,
    v text NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (k)
);
CREATE TABLE hubzilla.cal (
    cal_id integer NOT NULL,
    cal_aid bigint NOT NULL,
    cal_uid bigint NOT NULL,
    cal_hash text NOT NULL,
    cal_name text NOT NULL,
    uri text NOT NULL,
    logname text NOT NULL,
    pass text NOT NULL,
    ctag text NOT NULL,
    synctoken text NOT NULL,
    cal_types text NOT NULL,
    PRIMARY KEY (cal_id)
);
CREATE TABLE hubzilla.calendarchanges (
    id integer NOT NULL,
    uri character varying(200) NOT NULL,
    synctoken integer NOT NULL,
    calendarid integer NOT NULL,
    operation smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.calendarinstances (
    id integer NOT NULL,
    calendarid integer NOT NULL,
    principaluri character varying(100),
    access smallint NOT NULL,
    displayname character varying(100),
    uri character varying(200),
    description text,
    calendarorder integer NOT NULL,
    calendarcolor character varying(10),
    timezone text,
    transparent smallint NOT NULL,
    share_href character varying(100),
    share_displayname character varying(100),
    share_invitestatus smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.calendarobjects (
    id integer NOT NULL,
    calendardata bytea,
    uri character varying(200),
    calendarid integer NOT NULL,
    lastmodified integer,
    etag character varying(32),
    size integer NOT NULL,
    componenttype character varying(8),
    firstoccurence integer,
    lastoccurence integer,
    uid character varying(200),
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.calendars (
    id integer NOT NULL,
    synctoken integer NOT NULL,
    components character varying(21),
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.calendarsubscriptions (
    id integer NOT NULL,
    uri character varying(200) NOT NULL,
    principaluri character varying(100) NOT NULL,
    source text,
    displayname character varying(100),
    refreshrate character varying(10),
    calendarorder integer NOT NULL,
    calendarcolor character varying(10),
    striptodos smallint,
    stripalarms smallint,
    stripattachments smallint,
    lastmodified integer,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.cards (
    id integer NOT NULL,
    addressbookid integer NOT NULL,
    carddata bytea,
    uri character varying(200),
    lastmodified integer,
    etag character varying(32),
    size integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.channel (
    channel_id integer NOT NULL,
    channel_account_id bigint NOT NULL,
    channel_primary numeric(1,0) NOT NULL,
    channel_name text NOT NULL,
    channel_address text NOT NULL,
    channel_guid text NOT NULL,
    channel_guid_sig text NOT NULL,
    channel_hash text NOT NULL,
    channel_portable_id text NOT NULL,
    channel_timezone character varying(128) NOT NULL,
    channel_location text NOT NULL,
    channel_theme text NOT NULL,
    channel_startpage text NOT NULL,
    channel_pubkey text NOT NULL,
    channel_prvkey text NOT NULL,
    channel_notifyflags bigint NOT NULL,
    channel_pageflags bigint NOT NULL,
    channel_dirdate timestamp without time zone NOT NULL,
    channel_lastpost timestamp without time zone NOT NULL,
    channel_deleted timestamp without time zone NOT NULL,
    channel_active timestamp without time zone NOT NULL,
    channel_max_anon_mail bigint NOT NULL,
    channel_max_friend_req bigint NOT NULL,
    channel_expire_days bigint NOT NULL,
    channel_passwd_reset text NOT NULL,
    channel_default_group text NOT NULL,
    channel_allow_cid text,
    channel_allow_gid text,
    channel_deny_cid text,
    channel_deny_gid text,
    channel_removed smallint NOT NULL,
    channel_system smallint NOT NULL,
    channel_moved text NOT NULL,
    channel_password character varying(255) NOT NULL,
    channel_salt character varying(255) NOT NULL,
    PRIMARY KEY (channel_id)
);
CREATE TABLE hubzilla.chat (
    chat_id integer NOT NULL,
    chat_room bigint NOT NULL,
    chat_xchan text NOT NULL,
    chat_text text NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (chat_id)
);
CREATE TABLE hubzilla.chatpresence (
    cp_id integer NOT NULL,
    cp_room bigint NOT NULL,
    cp_xchan text NOT NULL,
    cp_last timestamp without time zone NOT NULL,
    cp_status text NOT NULL,
    cp_client character varying(128) NOT NULL,
    PRIMARY KEY (cp_id)
);
CREATE TABLE hubzilla.chatroom (
    cr_id integer NOT NULL,
    cr_aid bigint NOT NULL,
    cr_uid bigint NOT NULL,
    cr_name text NOT NULL,
    cr_created timestamp without time zone NOT NULL,
    cr_edited timestamp without time zone NOT NULL,
    cr_expire bigint NOT NULL,
    allow_cid text NOT NULL,
    allow_gid text NOT NULL,
    deny_cid text NOT NULL,
    deny_gid text NOT NULL,
    PRIMARY KEY (cr_id)
);
CREATE TABLE hubzilla.clients (
    client_id character varying(20) NOT NULL,
    pw character varying(20) NOT NULL,
    redirect_uri character varying(200) NOT NULL,
    clname text,
    icon text,
    uid bigint NOT NULL,
    PRIMARY KEY (client_id)
);
CREATE TABLE hubzilla.config (
    id integer NOT NULL,
    cat text NOT NULL,
    k text NOT NULL,
    v text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.dreport (
    dreport_id integer NOT NULL,
    dreport_channel integer NOT NULL,
    dreport_mid character varying(255) NOT NULL,
    dreport_site character varying(255) NOT NULL,
    dreport_recip character varying(255) NOT NULL,
    dreport_result character varying(255) NOT NULL,
    dreport_name character varying(255) NOT NULL,
    dreport_time timestamp without time zone NOT NULL,
    dreport_xchan character varying(255) NOT NULL,
    dreport_queue character varying(255) NOT NULL,
    PRIMARY KEY (dreport_id)
);
CREATE TABLE hubzilla.event (
    id integer NOT NULL,
    aid bigint NOT NULL,
    uid bigint NOT NULL,
    cal_id bigint NOT NULL,
    event_xchan text NOT NULL,
    event_hash text NOT NULL,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    dtstart timestamp without time zone NOT NULL,
    dtend timestamp without time zone NOT NULL,
    summary text NOT NULL,
    description text NOT NULL,
    location text NOT NULL,
    etype text NOT NULL,
    nofinish numeric(1,0) NOT NULL,
    adjust numeric(1,0) NOT NULL,
    dismissed numeric(1,0) NOT NULL,
    allow_cid text NOT NULL,
    allow_gid text NOT NULL,
    deny_cid text NOT NULL,
    deny_gid text NOT NULL,
    event_status character varying(255) NOT NULL,
    event_status_date timestamp without time zone NOT NULL,
    event_percent smallint NOT NULL,
    event_repeat text NOT NULL,
    event_sequence smallint NOT NULL,
    event_priority smallint NOT NULL,
    event_vdata text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.groupmembers (
    id integer NOT NULL,
    principal_id integer NOT NULL,
    member_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.hook (
    id integer NOT NULL,
    hook text NOT NULL,
    file text NOT NULL,
    fn text NOT NULL,
    priority smallint NOT NULL,
    hook_version smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.hubloc (
    hubloc_id integer NOT NULL,
    hubloc_guid text NOT NULL,
    hubloc_guid_sig text NOT NULL,
    hubloc_id_url text NOT NULL,
    hubloc_hash text NOT NULL,
    hubloc_addr text NOT NULL,
    hubloc_network text NOT NULL,
    hubloc_flags bigint NOT NULL,
    hubloc_status bigint NOT NULL,
    hubloc_url text NOT NULL,
    hubloc_url_sig text NOT NULL,
    hubloc_site_id text NOT NULL,
    hubloc_host text NOT NULL,
    hubloc_callback text NOT NULL,
    hubloc_connect text NOT NULL,
    hubloc_sitekey text NOT NULL,
    hubloc_updated timestamp without time zone NOT NULL,
    hubloc_connected timestamp without time zone NOT NULL,
    hubloc_primary smallint NOT NULL,
    hubloc_orphancheck smallint NOT NULL,
    hubloc_error smallint NOT NULL,
    hubloc_deleted smallint NOT NULL,
    PRIMARY KEY (hubloc_id)
);
CREATE TABLE hubzilla.iconfig (
    id integer NOT NULL,
    iid bigint NOT NULL,
    cat text NOT NULL,
    k text NOT NULL,
    v text NOT NULL,
    sharing integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.issue (
    issue_id integer NOT NULL,
    issue_created timestamp without time zone NOT NULL,
    issue_updated timestamp without time zone NOT NULL,
    issue_assigned text NOT NULL,
    issue_priority bigint NOT NULL,
    issue_status bigint NOT NULL,
    issue_component text NOT NULL,
    PRIMARY KEY (issue_id)
);
CREATE TABLE hubzilla.item (
    id integer NOT NULL,
    uuid text NOT NULL,
    mid text NOT NULL,
    aid bigint NOT NULL,
    uid bigint NOT NULL,
    parent bigint NOT NULL,
    parent_mid text NOT NULL,
    thr_parent text NOT NULL,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    expires timestamp without time zone NOT NULL,
    commented timestamp without time zone NOT NULL,
    received timestamp without time zone NOT NULL,
    changed timestamp without time zone NOT NULL,
    comments_closed timestamp without time zone NOT NULL,
    owner_xchan text NOT NULL,
    author_xchan text NOT NULL,
    source_xchan text NOT NULL,
    mimetype text NOT NULL,
    title text NOT NULL,
    summary text NOT NULL,
    body text NOT NULL,
    html text NOT NULL,
    app text NOT NULL,
    lang character varying(64) NOT NULL,
    revision bigint NOT NULL,
    verb text NOT NULL,
    obj_type text NOT NULL,
    obj text NOT NULL,
    tgt_type text NOT NULL,
    target text NOT NULL,
    layout_mid text NOT NULL,
    postopts text NOT NULL,
    route text NOT NULL,
    llink text NOT NULL,
    plink text NOT NULL,
    resource_id text NOT NULL,
    resource_type character varying(16) NOT NULL,
    attach text NOT NULL,
    sig text NOT NULL,
    location text NOT NULL,
    coord text NOT NULL,
    public_policy text NOT NULL,
    comment_policy text NOT NULL,
    allow_cid text NOT NULL,
    allow_gid text NOT NULL,
    deny_cid text NOT NULL,
    deny_gid text NOT NULL,
    item_restrict bigint NOT NULL,
    item_flags bigint NOT NULL,
    item_private numeric(4,0) NOT NULL,
    item_unseen smallint NOT NULL,
    item_wall smallint NOT NULL,
    item_origin smallint NOT NULL,
    item_starred smallint NOT NULL,
    item_uplink smallint NOT NULL,
    item_consensus smallint NOT NULL,
    item_thread_top smallint NOT NULL,
    item_notshown smallint NOT NULL,
    item_nsfw smallint NOT NULL,
    item_relay smallint NOT NULL,
    item_mentionsme smallint NOT NULL,
    item_nocomment smallint NOT NULL,
    item_obscured smallint NOT NULL,
    item_verified smallint NOT NULL,
    item_retained smallint NOT NULL,
    item_rss smallint NOT NULL,
    item_deleted smallint NOT NULL,
    item_type integer NOT NULL,
    item_hidden smallint NOT NULL,
    item_unpublished smallint NOT NULL,
    item_delayed smallint NOT NULL,
    item_pending_remove smallint NOT NULL,
    item_blocked smallint NOT NULL,
    item_search_vector tsvector,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.item_id (
    id integer NOT NULL,
    iid bigint NOT NULL,
    uid bigint NOT NULL,
    sid text NOT NULL,
    service text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.likes (
    id integer NOT NULL,
    channel_id bigint NOT NULL,
    liker character varying(128) NOT NULL,
    likee character varying(128) NOT NULL,
    iid bigint NOT NULL,
    i_mid character varying(255) NOT NULL,
    verb text NOT NULL,
    target_type text NOT NULL,
    target_id character varying(128) NOT NULL,
    target text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.listeners (
    id integer NOT NULL,
    target_id text NOT NULL,
    portable_id text NOT NULL,
    ltype smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.locks (
    id integer NOT NULL,
    owner character varying(100),
    timeout integer,
    created integer,
    token character varying(100),
    scope smallint,
    depth smallint,
    uri text,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.menu (
    menu_id integer NOT NULL,
    menu_channel_id bigint NOT NULL,
    menu_name text NOT NULL,
    menu_desc text NOT NULL,
    menu_flags bigint NOT NULL,
    menu_created timestamp without time zone NOT NULL,
    menu_edited timestamp without time zone NOT NULL,
    PRIMARY KEY (menu_id)
);
CREATE TABLE hubzilla.menu_item (
    mitem_id integer NOT NULL,
    mitem_link text NOT NULL,
    mitem_desc text NOT NULL,
    mitem_flags bigint NOT NULL,
    allow_cid text NOT NULL,
    allow_gid text NOT NULL,
    deny_cid text NOT NULL,
    deny_gid text NOT NULL,
    mitem_channel_id bigint NOT NULL,
    mitem_menu_id bigint NOT NULL,
    mitem_order bigint NOT NULL,
    PRIMARY KEY (mitem_id)
);
CREATE TABLE hubzilla.notify (
    id integer NOT NULL,
    hash character varying(64) NOT NULL,
    xname text NOT NULL,
    url text NOT NULL,
    photo text NOT NULL,
    created timestamp without time zone NOT NULL,
    msg text NOT NULL,
    aid bigint NOT NULL,
    uid bigint NOT NULL,
    link text NOT NULL,
    parent text NOT NULL,
    seen numeric(1,0) NOT NULL,
    ntype bigint NOT NULL,
    verb text NOT NULL,
    otype character varying(16) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.oauth_access_tokens (
    access_token character varying(40) NOT NULL,
    client_id character varying(80) NOT NULL,
    user_id bigint NOT NULL,
    expires timestamp without time zone NOT NULL,
    scope character varying(4000),
    PRIMARY KEY (access_token)
);
CREATE TABLE hubzilla.oauth_authorization_codes (
    authorization_code character varying(40) NOT NULL,
    client_id character varying(80) NOT NULL,
    user_id bigint NOT NULL,
    redirect_uri character varying(2000),
    expires timestamp without time zone NOT NULL,
    scope character varying(4000),
    id_token character varying(1000),
    PRIMARY KEY (authorization_code)
);
CREATE TABLE hubzilla.oauth_clients (
    client_id character varying(80) NOT NULL,
    client_secret character varying(80),
    redirect_uri character varying(2000),
    grant_types character varying(80),
    scope character varying(4000),
    user_id bigint NOT NULL,
    PRIMARY KEY (client_id)
);
CREATE TABLE hubzilla.oauth_jwt (
    client_id character varying(80) NOT NULL,
    subject character varying(80),
    public_key character varying(2000) NOT NULL
);
CREATE TABLE hubzilla.oauth_refresh_tokens (
    refresh_token character varying(40) NOT NULL,
    client_id character varying(80) NOT NULL,
    user_id bigint NOT NULL,
    expires timestamp without time zone NOT NULL,
    scope character varying(4000),
    PRIMARY KEY (refresh_token)
);
CREATE TABLE hubzilla.oauth_scopes (
    scope character varying(191) NOT NULL,
    is_default smallint,
    PRIMARY KEY (scope)
);
CREATE TABLE hubzilla.obj (
    obj_id integer NOT NULL,
    obj_page character varying(64) NOT NULL,
    obj_verb text NOT NULL,
    obj_type bigint NOT NULL,
    obj_obj text NOT NULL,
    obj_channel bigint NOT NULL,
    obj_term character varying(255) NOT NULL,
    obj_url character varying(255) NOT NULL,
    obj_imgurl character varying(255) NOT NULL,
    obj_created timestamp without time zone NOT NULL,
    obj_edited timestamp without time zone NOT NULL,
    obj_quantity bigint NOT NULL,
    allow_cid text NOT NULL,
    allow_gid text NOT NULL,
    deny_cid text NOT NULL,
    deny_gid text NOT NULL,
    PRIMARY KEY (obj_id)
);
CREATE TABLE hubzilla.outq (
    outq_hash text NOT NULL,
    outq_account bigint NOT NULL,
    outq_channel bigint NOT NULL,
    outq_driver character varying(32) NOT NULL,
    outq_posturl text NOT NULL,
    outq_async numeric(1,0) NOT NULL,
    outq_delivered numeric(1,0) NOT NULL,
    outq_created timestamp without time zone NOT NULL,
    outq_updated timestamp without time zone NOT NULL,
    outq_scheduled timestamp without time zone NOT NULL,
    outq_notify text NOT NULL,
    outq_msg text NOT NULL,
    outq_priority smallint NOT NULL,
    PRIMARY KEY (outq_hash)
);
CREATE TABLE hubzilla.pchan (
    pchan_id integer NOT NULL,
    pchan_guid text NOT NULL,
    pchan_hash text NOT NULL,
    pchan_pubkey text NOT NULL,
    pchan_prvkey text NOT NULL,
    PRIMARY KEY (pchan_id)
);
CREATE TABLE hubzilla.pconfig (
    id integer NOT NULL,
    uid bigint NOT NULL,
    cat text NOT NULL,
    k text NOT NULL,
    v text NOT NULL,
    updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.pgrp (
    id integer NOT NULL,
    hash text NOT NULL,
    uid bigint NOT NULL,
    visible numeric(1,0) NOT NULL,
    deleted numeric(1,0) NOT NULL,
    gname text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.pgrp_member (
    id integer NOT NULL,
    uid bigint NOT NULL,
    gid bigint NOT NULL,
    xchan text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.photo (
    id integer NOT NULL,
    aid bigint NOT NULL,
    uid bigint NOT NULL,
    xchan text NOT NULL,
    resource_id text NOT NULL,
    created timestamp without time zone NOT NULL,
    edited timestamp without time zone NOT NULL,
    expires timestamp without time zone NOT NULL,
    title text NOT NULL,
    description text NOT NULL,
    album text NOT NULL,
    filename text NOT NULL,
    mimetype character varying(128) NOT NULL,
    height numeric(6,0) NOT NULL,
    width numeric(6,0) NOT NULL,
    filesize bigint NOT NULL,
    content bytea NOT NULL,
    imgscale numeric(3,0) NOT NULL,
    profile numeric(1,0) NOT NULL,
    photo_usage smallint NOT NULL,
    is_nsfw smallint NOT NULL,
    os_storage smallint NOT NULL,
    os_path text NOT NULL,
    display_path text NOT NULL,
    photo_flags bigint NOT NULL,
    allow_cid text NOT NULL,
    allow_gid text NOT NULL,
    deny_cid text NOT NULL,
    deny_gid text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.poll (
    poll_id integer NOT NULL,
    poll_guid text NOT NULL,
    poll_channel bigint NOT NULL,
    poll_author text NOT NULL,
    poll_desc text NOT NULL,
    poll_flags bigint NOT NULL,
    poll_votes bigint NOT NULL,
    PRIMARY KEY (poll_id)
);
CREATE TABLE hubzilla.poll_elm (
    pelm_id integer NOT NULL,
    pelm_guid text NOT NULL,
    pelm_poll bigint NOT NULL,
    pelm_desc text NOT NULL,
    pelm_flags bigint NOT NULL,
    pelm_result double precision NOT NULL,
    pelm_order numeric(6,0) NOT NULL,
    PRIMARY KEY (pelm_id)
);
CREATE TABLE hubzilla.principals (
    id integer NOT NULL,
    uri character varying(200) NOT NULL,
    email character varying(80),
    displayname character varying(80),
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.profdef (
    id integer NOT NULL,
    field_name text NOT NULL,
    field_type character varying(16) NOT NULL,
    field_desc text NOT NULL,
    field_help text NOT NULL,
    field_inputs text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.profext (
    id integer NOT NULL,
    channel_id bigint NOT NULL,
    hash text NOT NULL,
    k text NOT NULL,
    v text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.profile (
    id integer NOT NULL,
    profile_guid character varying(64) NOT NULL,
    aid bigint NOT NULL,
    uid bigint NOT NULL,
    profile_name text NOT NULL,
    is_default numeric(1,0) NOT NULL,
    hide_friends numeric(1,0) NOT NULL,
    fullname text NOT NULL,
    pdesc text NOT NULL,
    chandesc text NOT NULL,
    dob character varying(32) NOT NULL,
    dob_tz text NOT NULL,
    address text NOT NULL,
    locality text NOT NULL,
    region text NOT NULL,
    postal_code character varying(32) NOT NULL,
    country_name text NOT NULL,
    hometown text NOT NULL,
    gender character varying(32) NOT NULL,
    marital text NOT NULL,
    partner text NOT NULL,
    howlong timestamp without time zone NOT NULL,
    sexual text NOT NULL,
    politic text NOT NULL,
    religion text NOT NULL,
    keywords text NOT NULL,
    likes text NOT NULL,
    dislikes text NOT NULL,
    about text NOT NULL,
    summary text NOT NULL,
    music text NOT NULL,
    book text NOT NULL,
    tv text NOT NULL,
    film text NOT NULL,
    interest text NOT NULL,
    romance text NOT NULL,
    employment text NOT NULL,
    education text NOT NULL,
    contact text NOT NULL,
    channels text NOT NULL,
    homepage text NOT NULL,
    photo text NOT NULL,
    thumb text NOT NULL,
    publish numeric(1,0) NOT NULL,
    profile_vcard text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.profile_check (
    id integer NOT NULL,
    uid bigint NOT NULL,
    cid bigint NOT NULL,
    dfrn_id text NOT NULL,
    sec text NOT NULL,
    expire bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.propertystorage (
    id integer NOT NULL,
    path character varying(1024) NOT NULL,
    name character varying(100) NOT NULL,
    valuetype integer,
    value bytea,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.register (
    reg_id integer NOT NULL,
    reg_vital integer NOT NULL,
    reg_flags bigint NOT NULL,
    reg_didx character(1) NOT NULL,
    reg_did2 text NOT NULL,
    reg_hash text NOT NULL,
    reg_email text NOT NULL,
    reg_created timestamp without time zone NOT NULL,
    reg_startup timestamp without time zone NOT NULL,
    reg_expires timestamp without time zone NOT NULL,
    reg_byc bigint NOT NULL,
    reg_uid bigint NOT NULL,
    reg_atip text NOT NULL,
    reg_pass text NOT NULL,
    reg_lang character varying(16) NOT NULL,
    reg_stuff text NOT NULL,
    PRIMARY KEY (reg_id)
);
CREATE TABLE hubzilla.schedulingobjects (
    id integer NOT NULL,
    principaluri character varying(255),
    calendardata bytea,
    uri character varying(200),
    lastmodified integer,
    etag character varying(32),
    size integer NOT NULL
);
CREATE TABLE hubzilla.session (
    id integer NOT NULL,
    sid text NOT NULL,
    sess_data text NOT NULL,
    expire numeric(20,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.shares (
    share_id integer NOT NULL,
    share_type bigint NOT NULL,
    share_target bigint NOT NULL,
    share_xchan text NOT NULL,
    PRIMARY KEY (share_id)
);
CREATE TABLE hubzilla.sign (
    id integer NOT NULL,
    iid bigint NOT NULL,
    retract_iid bigint NOT NULL,
    signed_text text NOT NULL,
    signature text NOT NULL,
    signer text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.site (
    site_url text NOT NULL,
    site_access bigint NOT NULL,
    site_flags bigint NOT NULL,
    site_update timestamp without time zone NOT NULL,
    site_pull timestamp without time zone NOT NULL,
    site_sync timestamp without time zone NOT NULL,
    site_directory text NOT NULL,
    site_register bigint NOT NULL,
    site_sellpage text NOT NULL,
    site_location text NOT NULL,
    site_realm text NOT NULL,
    site_valid smallint NOT NULL,
    site_dead smallint NOT NULL,
    site_type smallint NOT NULL,
    site_project text NOT NULL,
    site_version text NOT NULL,
    site_crypto text NOT NULL,
    PRIMARY KEY (site_url)
);
CREATE TABLE hubzilla.source (
    src_id integer NOT NULL,
    src_channel_id bigint NOT NULL,
    src_channel_xchan text NOT NULL,
    src_xchan text NOT NULL,
    src_patt text NOT NULL,
    src_tag text NOT NULL,
    PRIMARY KEY (src_id)
);
CREATE TABLE hubzilla.sys_perms (
    id integer NOT NULL,
    cat text NOT NULL,
    k text NOT NULL,
    v text NOT NULL,
    public_perm numeric(1,0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.term (
    tid integer NOT NULL,
    aid bigint NOT NULL,
    uid bigint NOT NULL,
    oid bigint NOT NULL,
    otype numeric(3,0) NOT NULL,
    ttype numeric(3,0) NOT NULL,
    term text NOT NULL,
    url text NOT NULL,
    imgurl text NOT NULL,
    term_hash text NOT NULL,
    parent_hash text NOT NULL,
    PRIMARY KEY (tid)
);
CREATE TABLE hubzilla.tokens (
    id character varying(40) NOT NULL,
    secret text NOT NULL,
    client_id character varying(20) NOT NULL,
    expires numeric(20,0) NOT NULL,
    auth_scope character varying(512) NOT NULL,
    uid bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.updates (
    ud_id integer NOT NULL,
    ud_hash character varying(128) NOT NULL,
    ud_date timestamp without time zone NOT NULL,
    ud_last timestamp without time zone NOT NULL,
    ud_flags bigint NOT NULL,
    ud_addr text NOT NULL,
    ud_update smallint NOT NULL,
    ud_host text NOT NULL,
    PRIMARY KEY (ud_id)
);
CREATE TABLE hubzilla.users (
    id integer NOT NULL,
    username character varying(50),
    digesta1 character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.verify (
    id integer NOT NULL,
    channel bigint NOT NULL,
    vtype character varying(32) NOT NULL,
    token text NOT NULL,
    meta text NOT NULL,
    created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.vote (
    vote_id integer NOT NULL,
    vote_guid text NOT NULL,
    vote_poll bigint NOT NULL,
    vote_element bigint NOT NULL,
    vote_result text NOT NULL,
    vote_xchan text NOT NULL,
    PRIMARY KEY (vote_id)
);
CREATE TABLE hubzilla.workerq (
    workerq_id bigint NOT NULL,
    workerq_priority smallint,
    workerq_reservationid character varying(25),
    workerq_processtimeout timestamp without time zone NOT NULL,
    workerq_data text,
    workerq_uuid uuid NOT NULL,
    workerq_cmd text NOT NULL,
    PRIMARY KEY (workerq_id)
);
CREATE TABLE hubzilla.xchan (
    xchan_hash text NOT NULL,
    xchan_guid text NOT NULL,
    xchan_guid_sig text NOT NULL,
    xchan_pubkey text NOT NULL,
    xchan_photo_mimetype text NOT NULL,
    xchan_photo_l text NOT NULL,
    xchan_photo_m text NOT NULL,
    xchan_photo_s text NOT NULL,
    xchan_addr text NOT NULL,
    xchan_url text NOT NULL,
    xchan_connurl text NOT NULL,
    xchan_follow text NOT NULL,
    xchan_connpage text NOT NULL,
    xchan_name text NOT NULL,
    xchan_network text NOT NULL,
    xchan_instance_url text NOT NULL,
    xchan_flags bigint NOT NULL,
    xchan_photo_date timestamp without time zone NOT NULL,
    xchan_name_date timestamp without time zone NOT NULL,
    xchan_hidden smallint NOT NULL,
    xchan_orphan smallint NOT NULL,
    xchan_censored smallint NOT NULL,
    xchan_selfcensored smallint NOT NULL,
    xchan_system smallint NOT NULL,
    xchan_pubforum smallint NOT NULL,
    xchan_deleted smallint NOT NULL,
    PRIMARY KEY (xchan_hash)
);
CREATE TABLE hubzilla.xchat (
    xchat_id integer NOT NULL,
    xchat_url text NOT NULL,
    xchat_desc text NOT NULL,
    xchat_xchan text NOT NULL,
    xchat_edited timestamp without time zone NOT NULL,
    PRIMARY KEY (xchat_id)
);
CREATE TABLE hubzilla.xconfig (
    id integer NOT NULL,
    xchan text NOT NULL,
    cat text NOT NULL,
    k text NOT NULL,
    v text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.xign (
    id integer NOT NULL,
    uid bigint NOT NULL,
    xchan text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE hubzilla.xlink (
    xlink_id integer NOT NULL,
    xlink_xchan text NOT NULL,
    xlink_link text NOT NULL,
    xlink_rating bigint NOT NULL,
    xlink_rating_text text NOT NULL,
    xlink_updated timestamp without time zone NOT NULL,
    xlink_static numeric(1,0) NOT NULL,
    xlink_sig text NOT NULL,
    PRIMARY KEY (xlink_id)
);
CREATE TABLE hubzilla.xperm (
    xp_id integer NOT NULL,
    xp_client character varying(20) NOT NULL,
    xp_channel bigint NOT NULL,
    xp_perm character varying(64) NOT NULL,
    PRIMARY KEY (xp_id)
);
CREATE TABLE hubzilla.xprof (
    xprof_hash text NOT NULL,
    xprof_age numeric(3,0) NOT NULL,
    xprof_desc text NOT NULL,
    xprof_dob character varying(12) NOT NULL,
    xprof_gender text NOT NULL,
    xprof_marital text NOT NULL,
    xprof_sexual text NOT NULL,
    xprof_locale text NOT NULL,
    xprof_region text NOT NULL,
    xprof_postcode character varying(32) NOT NULL,
    xprof_country text NOT NULL,
    xprof_keywords text NOT NULL,
    xprof_about text NOT NULL,
    xprof_homepage text NOT NULL,
    xprof_hometown text NOT NULL,
    PRIMARY KEY (xprof_hash)
);
CREATE TABLE hubzilla.xtag (
    xtag_id integer NOT NULL,
    xtag_hash text NOT NULL,
    xtag_term text NOT NULL,
    xtag_flags bigint NOT NULL,
    PRIMARY KEY (xtag_id)
);
