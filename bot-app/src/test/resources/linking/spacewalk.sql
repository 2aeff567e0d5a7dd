-- Spacewalk, the open-source Linux systems management server (upstream of Red Hat Satellite 5 and of Uyuni): a
-- coherent subset of its schema covering organizations (web_customer) and their settings and trusts, users
-- (web_contact, personal info, site/address info, contact permissions, reserved logins, password resets), user groups
-- (roles) and their members, per-user system and system-group permissions and preferences, registered systems
-- (rhnserver) with their architecture, hardware (CPU, RAM, devices, DMI), network interfaces and IPv4/IPv6 addresses,
-- installed packages, location, notes, custom data keys and values, history, events, locks, UUIDs, proxy and
-- satellite info, client capabilities, system groups and their types and features, entitlements, system profiles,
-- snapshots with their channels, packages, config revisions, groups and tags, scheduled actions and their types,
-- statuses and per-system results (package installs/removals and verifies, errata updates, remote scripts and their
-- results, configuration deploys/diffs, daemon config, image deploys), action chains, software channels with their
-- architectures, families, products, clone origins, comps, trust, permissions and content sources/repositories with
-- SSL keys and filters, packages with names, EVRs, architectures, groups, source RPMs, checksums, files, changelogs,
-- capabilities and dependencies (requires, provides, obsoletes, conflicts, recommends, ...), GPG keys and providers,
-- package deltas, errata (advisories) with severities, CVEs, bug lists, keywords, packages, files, channels, clones
-- and notification/cache queues, configuration channels, files, revisions, contents and file names, activation
-- keys (registration tokens) with their channels, config channels, groups, entitlements and packages, GPG/SSL crypto
-- keys, the SSM operations, task queue, indexer work, daily summary queue, web sessions, time zones, countries, text
-- templates and the architecture compatibility maps), as the Spacewalk schema package
-- spacewalk-schema 2.11.0 creates it on PostgreSQL: the table sources schema/spacewalk/common/tables/*.sql of
-- github.com/spacewalkproject/spacewalk (commit d25f80a, 2020-06-03, the last upstream commit; tables last changed
-- in 8822ad5, 2020-02-26), GPL-2.0; we use the schema's facts. The files were converted with the project's own
-- sed script schema/spacewalk/spacewalk-oracle2postgresql (VARCHAR2 -> varchar, NUMBER -> numeric, DATE and
-- timestamp with local time zone -> timestamptz, BLOB -> bytea), loaded into a scratch PostgreSQL 15 and regenerated
-- from its catalog. The full schema has 307 tables; this file keeps 235 of them, with their primary keys (119 tables,
-- mostly bridge tables, have none in the source) and the 381 foreign keys the source declares between them. Left out
-- as whole functional areas: kickstart provisioning (rhnkickstart*, rhnks*, rhnkstree*, rhnactionkickstart*,
-- rhncryptokeykickstart), virtualization (rhnvirtualinstance*, rhnactionvirt*), inter-server sync (rhniss*), the
-- errata import staging tables (rhnerrata*tmp), OpenSCAP audit results (rhnxccdf*, rhnactionscap), Taskomatic
-- scheduling (rhntasko*), osa push dispatch (rhnpush*) and crash reports (rhnservercrash*); hence the source's foreign
-- key rhnactivationkey.ks_session_id -> rhnkickstartsession is not here. Also left out: the Oracle-compatibility
-- table dual, the Quartz scheduler tables, defaults, CHECK constraints, unique constraints and indexes (except the
-- unique (server_id, action_id) of rhnserveraction, which two foreign keys reference), ON DELETE actions, sequences,
-- views, procedures, triggers and the rows of the lookup tables (action types and statuses, architectures, ...). The
-- column rhnpackageevr.evr is of the composite type evr_t (epoch, version, release) in the source and is written here
-- as text. The source declares no table or column comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS spacewalk;
CREATE TABLE spacewalk.log (
    id numeric NOT NULL,
    stamp timestamp with time zone,
    user_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.pxtsessions (
    id numeric NOT NULL,
    web_user_id numeric,
    expires numeric NOT NULL,
    value character varying(4000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnaction (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    action_type numeric NOT NULL,
    name character varying(128),
    scheduler numeric,
    earliest_action timestamp with time zone NOT NULL,
    version numeric NOT NULL,
    archived numeric NOT NULL,
    prerequisite numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactionchain (
    id numeric NOT NULL,
    label character varying(256) NOT NULL,
    user_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactionchainentry (
    actionchain_id numeric NOT NULL,
    action_id numeric,
    server_id numeric NOT NULL,
    sort_order numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactionconfigchannel (
    action_id numeric NOT NULL,
    server_id numeric NOT NULL,
    config_channel_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactionconfigdate (
    action_id numeric NOT NULL,
    start_date timestamp with time zone NOT NULL,
    end_date timestamp with time zone,
    import_contents character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactionconfigdatefile (
    action_id numeric NOT NULL,
    file_name character varying(512) NOT NULL,
    file_type character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactionconfigfilename (
    action_id numeric NOT NULL,
    server_id numeric NOT NULL,
    config_file_name_id numeric NOT NULL,
    config_revision_id numeric,
    failure_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactionconfigrevision (
    id numeric NOT NULL,
    action_id numeric NOT NULL,
    server_id numeric NOT NULL,
    config_revision_id numeric NOT NULL,
    failure_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactionconfigrevisionresult (
    action_config_revision_id numeric NOT NULL,
    result bytea,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactiondaemonconfig (
    action_id numeric NOT NULL,
    interval numeric NOT NULL,
    restart character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactionerrataupdate (
    action_id numeric NOT NULL,
    errata_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnactionimagedeploy (
    id numeric NOT NULL,
    action_id numeric NOT NULL,
    vcpus numeric NOT NULL,
    mem_kb numeric NOT NULL,
    bridge_device character varying(32),
    download_url character varying(256) NOT NULL,
    proxy_server character varying(64),
    proxy_user character varying(32),
    proxy_pass character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactionpackage (
    id numeric NOT NULL,
    action_id numeric NOT NULL,
    parameter character varying(128) NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric,
    package_arch_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactionpackageanswerfile (
    action_package_id numeric NOT NULL,
    answerfile bytea,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnactionpackagedelta (
    action_id numeric NOT NULL,
    package_delta_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnactionpackageremovalfailure (
    server_id numeric NOT NULL,
    action_id numeric NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    flags numeric NOT NULL,
    suggested numeric,
    sense numeric NOT NULL
);
CREATE TABLE spacewalk.rhnactionscript (
    id numeric NOT NULL,
    action_id numeric NOT NULL,
    username character varying(32) NOT NULL,
    groupname character varying(32) NOT NULL,
    script bytea,
    timeout numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactionstatus (
    id numeric NOT NULL,
    name character varying(16),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactiontype (
    id numeric NOT NULL,
    label character varying(48) NOT NULL,
    name character varying(100) NOT NULL,
    trigger_snapshot character(1) NOT NULL,
    unlocked_only character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnactivationkey (
    token character varying(48) NOT NULL,
    reg_token_id numeric NOT NULL,
    ks_session_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnarchtype (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnarchtypeactions (
    arch_type_id numeric NOT NULL,
    action_style character varying(64) NOT NULL,
    action_type_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchannel (
    id numeric NOT NULL,
    parent_channel numeric,
    org_id numeric,
    channel_arch_id numeric NOT NULL,
    label character varying(128) NOT NULL,
    basedir character varying(256) NOT NULL,
    name character varying(256) NOT NULL,
    summary character varying(500) NOT NULL,
    description character varying(4000),
    product_name_id numeric,
    gpg_key_url character varying(256),
    gpg_key_id character varying(14),
    gpg_key_fp character varying(50),
    end_of_life timestamp with time zone,
    checksum_type_id numeric,
    receiving_updates character(1) NOT NULL,
    last_modified timestamp with time zone NOT NULL,
    last_synced timestamp with time zone,
    channel_product_id numeric,
    channel_access character varying(10),
    maint_name character varying(128),
    maint_email character varying(128),
    maint_phone character varying(128),
    support_policy character varying(256),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchannelarch (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    arch_type_id numeric NOT NULL,
    name character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchannelcloned (
    original_id numeric NOT NULL,
    id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchannelcomps (
    id numeric NOT NULL,
    channel_id numeric NOT NULL,
    relative_filename character varying(256) NOT NULL,
    last_modified timestamp with time zone NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    comps_type_id numeric NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchannelcontentsource (
    source_id numeric NOT NULL,
    channel_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchannelerrata (
    channel_id numeric NOT NULL,
    errata_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchannelfamily (
    id numeric NOT NULL,
    org_id numeric,
    name character varying(128) NOT NULL,
    label character varying(128) NOT NULL,
    product_url character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchannelfamilymembers (
    channel_id numeric NOT NULL,
    channel_family_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchannelnewestpackage (
    channel_id numeric NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    package_arch_id numeric NOT NULL,
    package_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnchannelnewestpackageaudit (
    refresh_time timestamp with time zone NOT NULL,
    channel_id numeric NOT NULL,
    caller character varying(256) NOT NULL
);
CREATE TABLE spacewalk.rhnchannelpackage (
    channel_id numeric NOT NULL,
    package_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchannelpackagearchcompat (
    channel_arch_id numeric NOT NULL,
    package_arch_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchannelpermission (
    channel_id numeric NOT NULL,
    user_id numeric NOT NULL,
    role_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchannelpermissionrole (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    description character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchannelproduct (
    id numeric NOT NULL,
    product character varying(256) NOT NULL,
    version character varying(64) NOT NULL,
    beta character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchanneltrust (
    channel_id numeric NOT NULL,
    org_trust_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnchecksum (
    id numeric NOT NULL,
    checksum_type_id numeric NOT NULL,
    checksum character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchecksumtype (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    description character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnchildchannelarchcompat (
    parent_arch_id numeric NOT NULL,
    child_arch_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnclientcapability (
    server_id numeric NOT NULL,
    capability_name_id numeric NOT NULL,
    version character varying(32) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnclientcapabilityname (
    id numeric NOT NULL,
    name character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncompstype (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigchannel (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    confchan_type_id numeric NOT NULL,
    name character varying(128) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(1024) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigchanneltype (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    priority numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigcontent (
    id numeric NOT NULL,
    contents bytea,
    file_size numeric,
    checksum_id numeric NOT NULL,
    is_binary character(1) NOT NULL,
    delim_start character varying(16) NOT NULL,
    delim_end character varying(16) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigfile (
    id numeric NOT NULL,
    config_channel_id numeric NOT NULL,
    config_file_name_id numeric NOT NULL,
    latest_config_revision_id numeric,
    state_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigfilefailure (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(256) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigfilename (
    id numeric NOT NULL,
    path character varying(1024) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigfilestate (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    name character varying(256) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigfiletype (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(256) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfiginfo (
    id numeric NOT NULL,
    username character varying(32),
    groupname character varying(32),
    filemode numeric,
    symlink_target_filename_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    selinux_ctx character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfigrevision (
    id numeric NOT NULL,
    revision numeric NOT NULL,
    config_file_id numeric NOT NULL,
    config_content_id numeric,
    config_info_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    config_file_type_id numeric NOT NULL,
    changed_by_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnconfiguration (
    key character varying(64) NOT NULL,
    description character varying(512) NOT NULL,
    value character varying(512),
    default_value character varying(512),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (key)
);
CREATE TABLE spacewalk.rhncontentsource (
    id numeric NOT NULL,
    org_id numeric,
    type_id numeric NOT NULL,
    source_url character varying(2048) NOT NULL,
    label character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncontentsourcefilter (
    id numeric NOT NULL,
    source_id numeric,
    sort_order numeric NOT NULL,
    flag character varying(1) NOT NULL,
    filter character varying(4000) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncontentsourcessl (
    content_source_id numeric NOT NULL,
    ssl_ca_cert_id numeric NOT NULL,
    ssl_client_cert_id numeric,
    ssl_client_key_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhncontentsourcetype (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncpu (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    cpu_arch_id numeric NOT NULL,
    bogomips character varying(16),
    cache character varying(16),
    family character varying(32),
    mhz character varying(16),
    stepping character varying(16),
    flags character varying(2048),
    model character varying(64),
    version character varying(32),
    vendor character varying(32),
    nrcpu numeric,
    nrsocket numeric,
    acpiversion character varying(64),
    apic character varying(32),
    apmversion character varying(32),
    chipset character varying(64),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncpuarch (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncryptokey (
    id numeric NOT NULL,
    org_id numeric,
    description character varying(1024) NOT NULL,
    crypto_key_type_id numeric NOT NULL,
    key bytea,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncryptokeytype (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    description character varying(256) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncustomdatakey (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(4000) NOT NULL,
    created_by numeric,
    last_modified_by numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhncve (
    id numeric NOT NULL,
    name character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhndailysummaryqueue (
    org_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhndevice (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    class character varying(16),
    bus character varying(16),
    detached numeric,
    device character varying(256),
    driver character varying(256),
    description character varying(256),
    pcitype numeric,
    prop1 character varying(256),
    prop2 character varying(256),
    prop3 character varying(256),
    prop4 character varying(256),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhndistchannelmap (
    id numeric NOT NULL,
    os character varying(64) NOT NULL,
    release character varying(64) NOT NULL,
    channel_arch_id numeric NOT NULL,
    channel_id numeric NOT NULL,
    org_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnerrata (
    id numeric NOT NULL,
    advisory character varying(100) NOT NULL,
    advisory_type character varying(32) NOT NULL,
    advisory_name character varying(100) NOT NULL,
    advisory_rel numeric NOT NULL,
    product character varying(64) NOT NULL,
    description character varying(4000),
    synopsis character varying(4000) NOT NULL,
    topic character varying(4000),
    solution character varying(4000) NOT NULL,
    issue_date timestamp with time zone NOT NULL,
    update_date timestamp with time zone NOT NULL,
    refers_to character varying(4000),
    notes character varying(4000),
    org_id numeric,
    locally_modified character(1),
    errata_from character varying(127),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    last_modified timestamp with time zone NOT NULL,
    severity_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnerratabuglist (
    errata_id numeric NOT NULL,
    bug_id numeric NOT NULL,
    summary character varying(4000),
    href character varying(255),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerratacloned (
    original_id numeric NOT NULL,
    id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnerratacve (
    errata_id numeric NOT NULL,
    cve_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerratafile (
    id numeric NOT NULL,
    errata_id numeric NOT NULL,
    type numeric NOT NULL,
    checksum_id numeric NOT NULL,
    filename character varying(4000) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnerratafilechannel (
    channel_id numeric NOT NULL,
    errata_file_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerratafilepackage (
    package_id numeric NOT NULL,
    errata_file_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerratafilepackagesource (
    package_id numeric NOT NULL,
    errata_file_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerratafiletype (
    id numeric NOT NULL,
    label character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnerratakeyword (
    errata_id numeric NOT NULL,
    keyword character varying(64),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerratanotificationqueue (
    errata_id numeric NOT NULL,
    org_id numeric NOT NULL,
    next_action timestamp with time zone,
    channel_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerratapackage (
    errata_id numeric NOT NULL,
    package_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerrataqueue (
    errata_id numeric NOT NULL,
    channel_id numeric NOT NULL,
    next_action timestamp with time zone,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnerrataseverity (
    id numeric NOT NULL,
    rank numeric NOT NULL,
    label character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnexception (
    id numeric NOT NULL,
    label character varying(128) NOT NULL,
    message character varying(2000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnfeature (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    name character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnfile (
    id numeric NOT NULL,
    org_id numeric,
    file_size numeric NOT NULL,
    checksum_id numeric NOT NULL,
    path character varying(1000) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnfiledownload (
    file_id numeric NOT NULL,
    location character varying(2000) NOT NULL,
    token character varying(48),
    requestor_ip character varying(15) NOT NULL,
    start_time timestamp with time zone NOT NULL,
    user_id numeric
);
CREATE TABLE spacewalk.rhnfilelist (
    id numeric NOT NULL,
    label character varying(128) NOT NULL,
    org_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnfilelistmembers (
    file_list_id numeric NOT NULL,
    config_file_name_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnfilelocation (
    file_id numeric NOT NULL,
    location character varying(128) NOT NULL
);
CREATE TABLE spacewalk.rhnindexerwork (
    object_type character varying(40) NOT NULL,
    last_id numeric NOT NULL,
    last_modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhninfopane (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    acl character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnorgadminmanagement (
    org_id numeric NOT NULL,
    enabled character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnorgchannelsettings (
    org_id numeric NOT NULL,
    channel_id numeric NOT NULL,
    setting_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnorgchannelsettingstype (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnorgconfiguration (
    org_id numeric NOT NULL,
    staging_content_enabled character(1) NOT NULL,
    errata_emails_enabled character(1) NOT NULL,
    crash_reporting_enabled character(1) NOT NULL,
    crashfile_upload_enabled character(1) NOT NULL,
    crash_file_sizelimit numeric NOT NULL,
    scapfile_upload_enabled character(1) NOT NULL,
    scap_file_sizelimit numeric NOT NULL,
    scap_retention_period_days numeric,
    create_default_sg character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnorgerratacachequeue (
    org_id numeric NOT NULL,
    server_count numeric NOT NULL,
    processed numeric NOT NULL
);
CREATE TABLE spacewalk.rhnorgextgroupmapping (
    id numeric NOT NULL,
    ext_group_id numeric NOT NULL,
    server_group_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackage (
    id numeric NOT NULL,
    org_id numeric,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    package_arch_id numeric NOT NULL,
    package_group numeric,
    rpm_version character varying(16),
    description character varying(4000),
    summary character varying(4000),
    package_size numeric NOT NULL,
    payload_size numeric,
    installed_size numeric,
    build_host character varying(256),
    build_time timestamp without time zone,
    source_rpm_id numeric,
    checksum_id numeric NOT NULL,
    vendor character varying(64) NOT NULL,
    payload_format character varying(32),
    compat numeric(1,0),
    path character varying(1000),
    header_sig character varying(64),
    copyright character varying(128),
    cookie character varying(128),
    last_modified timestamp with time zone NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    header_start numeric NOT NULL,
    header_end numeric NOT NULL,
    multi_arch character varying(16),
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagearch (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    arch_type_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagebreaks (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagecapability (
    id numeric NOT NULL,
    name character varying(4000) NOT NULL,
    version character varying(512),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagechangelogdata (
    id numeric NOT NULL,
    name character varying(128) NOT NULL,
    text character varying(3000) NOT NULL,
    time timestamp with time zone NOT NULL,
    created timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagechangelogrec (
    id numeric NOT NULL,
    package_id numeric NOT NULL,
    changelog_data_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackageconflicts (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagedelta (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagedeltaelement (
    package_delta_id numeric NOT NULL,
    transaction_package_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnpackageenhances (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackageevr (
    id numeric NOT NULL,
    epoch character varying(16),
    version character varying(512) NOT NULL,
    release character varying(512) NOT NULL,
    evr text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagefile (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    device numeric NOT NULL,
    inode numeric NOT NULL,
    file_mode numeric NOT NULL,
    username character varying(32) NOT NULL,
    groupname character varying(32) NOT NULL,
    rdev numeric NOT NULL,
    file_size numeric NOT NULL,
    mtime timestamp with time zone NOT NULL,
    checksum_id numeric,
    linkto character varying(256),
    flags numeric NOT NULL,
    verifyflags numeric NOT NULL,
    lang character varying(32),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagefiledeletequeue (
    path character varying(1000),
    created timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagegroup (
    id numeric NOT NULL,
    name character varying(100) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagekey (
    id numeric NOT NULL,
    key_id character varying(64) NOT NULL,
    key_type_id numeric NOT NULL,
    provider_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagekeyassociation (
    package_id numeric NOT NULL,
    key_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagekeytype (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagename (
    id numeric NOT NULL,
    name character varying(256) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagenevra (
    id numeric NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    package_arch_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackageobsoletes (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagepredepends (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackageprovider (
    id numeric NOT NULL,
    name character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackageprovides (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagerecommends (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagerepodata (
    package_id numeric NOT NULL,
    primary_xml bytea,
    filelist bytea,
    other bytea,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (package_id)
);
CREATE TABLE spacewalk.rhnpackagerequires (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagesource (
    id numeric NOT NULL,
    org_id numeric,
    source_rpm_id numeric NOT NULL,
    package_group numeric NOT NULL,
    rpm_version character varying(16) NOT NULL,
    payload_size numeric NOT NULL,
    build_host character varying(256) NOT NULL,
    build_time timestamp with time zone NOT NULL,
    sigchecksum_id numeric NOT NULL,
    vendor character varying(64) NOT NULL,
    cookie character varying(128) NOT NULL,
    path character varying(1000),
    checksum_id numeric NOT NULL,
    package_size numeric NOT NULL,
    last_modified timestamp with time zone NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnpackagesuggests (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagesupplements (
    package_id numeric NOT NULL,
    capability_id numeric NOT NULL,
    sense numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackagesyncblacklist (
    package_name_id numeric NOT NULL,
    org_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnpackageupgradearchcompat (
    package_arch_id numeric NOT NULL,
    package_upgrade_arch_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnprivatechannelfamily (
    channel_family_id numeric NOT NULL,
    org_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnproductname (
    id numeric NOT NULL,
    label character varying(128) NOT NULL,
    name character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnprovisionstate (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    description character varying(256) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnproxyinfo (
    server_id numeric NOT NULL,
    proxy_evr_id numeric
);
CREATE TABLE spacewalk.rhnpublicchannelfamily (
    channel_family_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnram (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    ram numeric NOT NULL,
    swap numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnregtoken (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    user_id numeric,
    server_id numeric,
    note character varying(2048) NOT NULL,
    usage_limit numeric,
    disabled numeric NOT NULL,
    deploy_configs character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnregtokenchannels (
    token_id numeric NOT NULL,
    channel_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnregtokenconfigchannels (
    token_id numeric NOT NULL,
    config_channel_id numeric NOT NULL,
    position numeric NOT NULL
);
CREATE TABLE spacewalk.rhnregtokenentitlement (
    reg_token_id numeric NOT NULL,
    server_group_type_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnregtokengroups (
    token_id numeric NOT NULL,
    server_group_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnregtokenorgdefault (
    org_id numeric NOT NULL,
    reg_token_id numeric
);
CREATE TABLE spacewalk.rhnregtokenpackages (
    id numeric NOT NULL,
    token_id numeric NOT NULL,
    name_id numeric NOT NULL,
    arch_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnreleasechannelmap (
    product character varying(64) NOT NULL,
    version character varying(64) NOT NULL,
    release character varying(64) NOT NULL,
    channel_arch_id numeric NOT NULL,
    channel_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnreporegenqueue (
    id numeric NOT NULL,
    channel_label character varying(128) NOT NULL,
    client character varying(128),
    reason character varying(128),
    force character(1),
    bypass_filters character(1),
    next_action timestamp with time zone,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnresetpassword (
    id numeric NOT NULL,
    user_id numeric NOT NULL,
    token character varying(64) NOT NULL,
    is_valid character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnsatelliteinfo (
    server_id numeric NOT NULL,
    evr_id numeric,
    cert bytea NOT NULL,
    product character varying(256) NOT NULL,
    owner character varying(256) NOT NULL,
    issued_string character varying(256),
    expiration_string character varying(256),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserver (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    digital_server_id character varying(64) NOT NULL,
    server_arch_id numeric NOT NULL,
    os character varying(64) NOT NULL,
    release character varying(64) NOT NULL,
    name character varying(128),
    description character varying(256),
    info character varying(128),
    secret character varying(64) NOT NULL,
    creator_id numeric,
    auto_update character(1) NOT NULL,
    running_kernel character varying(64),
    last_boot numeric NOT NULL,
    provision_state_id numeric,
    channels_changed timestamp with time zone,
    cobbler_id character varying(64),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserveraction (
    server_id numeric NOT NULL,
    action_id numeric NOT NULL,
    status numeric NOT NULL,
    result_code numeric,
    result_msg character varying(1024),
    pickup_time timestamp with time zone,
    remaining_tries numeric NOT NULL,
    completion_time timestamp with time zone,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    UNIQUE (server_id, action_id)
);
CREATE TABLE spacewalk.rhnserveractionpackageresult (
    server_id numeric NOT NULL,
    action_package_id numeric NOT NULL,
    result_code numeric NOT NULL,
    stdout bytea,
    stderr bytea,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserveractionscriptresult (
    server_id numeric NOT NULL,
    action_script_id numeric NOT NULL,
    output bytea,
    start_date timestamp with time zone NOT NULL,
    stop_date timestamp with time zone NOT NULL,
    return_code numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserveractionverifymissing (
    server_id numeric NOT NULL,
    action_id numeric NOT NULL,
    package_name_id numeric NOT NULL,
    package_evr_id numeric NOT NULL,
    package_arch_id numeric NOT NULL,
    package_capability_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserveractionverifyresult (
    server_id numeric NOT NULL,
    action_id numeric NOT NULL,
    package_name_id numeric NOT NULL,
    package_evr_id numeric NOT NULL,
    package_arch_id numeric NOT NULL,
    package_capability_id numeric NOT NULL,
    attribute character(1),
    size_differs character(1) NOT NULL,
    mode_differs character(1) NOT NULL,
    checksum_differs character(1) NOT NULL,
    devnum_differs character(1) NOT NULL,
    readlink_differs character(1) NOT NULL,
    uid_differs character(1) NOT NULL,
    gid_differs character(1) NOT NULL,
    mtime_differs character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverarch (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    arch_type_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverchannel (
    server_id numeric NOT NULL,
    channel_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverchannelarchcompat (
    server_arch_id numeric NOT NULL,
    channel_arch_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverconfigchannel (
    server_id numeric NOT NULL,
    config_channel_id numeric NOT NULL,
    position numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnservercustomdatavalue (
    server_id numeric NOT NULL,
    key_id numeric NOT NULL,
    value character varying(4000),
    created_by numeric,
    last_modified_by numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverdmi (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    vendor character varying(256),
    system character varying(256),
    product character varying(256),
    bios_vendor character varying(256),
    bios_version character varying(256),
    bios_release character varying(256),
    asset character varying(256),
    board character varying(256),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverevent (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    details character varying(4000) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnservergroup (
    id numeric NOT NULL,
    name character varying(64) NOT NULL,
    description character varying(1024) NOT NULL,
    current_members numeric NOT NULL,
    group_type numeric,
    org_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnservergroupmembers (
    server_id numeric NOT NULL,
    server_group_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnservergrouptype (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    name character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    permanent character(1) NOT NULL,
    is_base character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnservergrouptypefeature (
    server_group_type_id numeric NOT NULL,
    feature_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverhistory (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    summary character varying(256) NOT NULL,
    details character varying(4000),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverinfo (
    server_id numeric NOT NULL,
    checkin timestamp with time zone,
    checkin_counter numeric
);
CREATE TABLE spacewalk.rhnserverinstallinfo (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    install_method character varying(32) NOT NULL,
    iso_status numeric,
    mediasum character varying(64),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverlocation (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    machine character varying(64),
    rack character varying(64),
    room character varying(32),
    building character varying(128),
    address1 character varying(128),
    address2 character varying(128),
    city character varying(128),
    state character varying(60),
    country character(2),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverlock (
    server_id numeric NOT NULL,
    locker_id numeric,
    reason character varying(4000),
    created timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverneededcache (
    server_id numeric NOT NULL,
    errata_id numeric,
    package_id numeric NOT NULL,
    channel_id numeric
);
CREATE TABLE spacewalk.rhnservernetaddress4 (
    interface_id numeric NOT NULL,
    address character varying(64),
    netmask character varying(64),
    broadcast character varying(64),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnservernetaddress6 (
    interface_id numeric NOT NULL,
    address character varying(45),
    netmask character varying(49),
    scope character varying(64),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnservernetinterface (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    name character varying(32) NOT NULL,
    hw_addr character varying(18),
    module character varying(128),
    is_primary character varying(1),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnservernetwork (
    id numeric NOT NULL,
    server_id numeric NOT NULL,
    hostname character varying(128),
    ipaddr character varying(16),
    ip6addr character varying(45),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnservernotes (
    id numeric NOT NULL,
    creator numeric,
    server_id numeric NOT NULL,
    subject character varying(80) NOT NULL,
    note character varying(4000),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverpackage (
    server_id numeric NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    package_arch_id numeric,
    created timestamp with time zone NOT NULL,
    installtime timestamp with time zone
);
CREATE TABLE spacewalk.rhnserverpackagearchcompat (
    server_arch_id numeric NOT NULL,
    package_arch_id numeric NOT NULL,
    preference numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverpath (
    server_id numeric NOT NULL,
    proxy_server_id numeric NOT NULL,
    position numeric NOT NULL,
    hostname character varying(256) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverpreservefilelist (
    server_id numeric NOT NULL,
    file_list_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnserverprofile (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    base_channel numeric NOT NULL,
    name character varying(128),
    description character varying(256),
    info character varying(128),
    profile_type_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverprofilepackage (
    server_profile_id numeric NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    package_arch_id numeric
);
CREATE TABLE spacewalk.rhnserverprofiletype (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnserverservergrouparchcompat (
    server_arch_id numeric NOT NULL,
    server_group_type numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnservertokenregs (
    token_id numeric NOT NULL,
    server_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnserveruuid (
    server_id numeric NOT NULL,
    uuid character varying(36) NOT NULL
);
CREATE TABLE spacewalk.rhnset (
    user_id numeric NOT NULL,
    label character varying(32) NOT NULL,
    element numeric NOT NULL,
    element_two numeric,
    element_three numeric
);
CREATE TABLE spacewalk.rhnsgtypebaseaddoncompat (
    base_id numeric NOT NULL,
    addon_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnsnapshot (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    invalid numeric,
    reason character varying(4000) NOT NULL,
    server_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnsnapshotchannel (
    snapshot_id numeric NOT NULL,
    channel_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnsnapshotconfigchannel (
    snapshot_id numeric NOT NULL,
    config_channel_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnsnapshotconfigrevision (
    snapshot_id numeric NOT NULL,
    config_revision_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnsnapshotinvalidreason (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    name character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnsnapshotpackage (
    snapshot_id numeric NOT NULL,
    nevra_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnsnapshotservergroup (
    snapshot_id numeric NOT NULL,
    server_group_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnsnapshottag (
    snapshot_id numeric NOT NULL,
    tag_id numeric NOT NULL,
    server_id numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnsourcerpm (
    id numeric NOT NULL,
    name character varying(256) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnssmoperation (
    id numeric NOT NULL,
    user_id numeric NOT NULL,
    description character varying(256) NOT NULL,
    status character varying(32) NOT NULL,
    started timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnssmoperationserver (
    operation_id numeric,
    server_id numeric,
    note character varying(256)
);
CREATE TABLE spacewalk.rhnsystemmigrations (
    org_id_to numeric,
    org_id_from numeric,
    server_id numeric NOT NULL,
    migrated timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhntag (
    id numeric NOT NULL,
    name_id numeric NOT NULL,
    org_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhntagname (
    id numeric NOT NULL,
    name character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhntaskqueue (
    org_id numeric NOT NULL,
    task_name character varying(64) NOT NULL,
    task_data numeric,
    priority numeric,
    earliest timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhntemplatecategory (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(512) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhntemplatestring (
    id numeric NOT NULL,
    category_id numeric NOT NULL,
    label character varying(64) NOT NULL,
    value character varying(4000),
    description character varying(512) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhntimezone (
    id numeric NOT NULL,
    olson_name character varying(128) NOT NULL,
    display_name character varying(128) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhntinyurl (
    token character varying(64) NOT NULL,
    url character varying(512) NOT NULL,
    enabled character varying(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    expires timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhntransactionoperation (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhntransactionpackage (
    id numeric NOT NULL,
    operation numeric NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    package_arch_id numeric,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhntrustedorgs (
    org_id numeric NOT NULL,
    org_trust_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnuserdefaultsystemgroups (
    user_id numeric NOT NULL,
    system_group_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnuserextgroup (
    id numeric NOT NULL,
    org_id numeric,
    label character varying(512) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnuserextgroupmapping (
    id numeric NOT NULL,
    ext_group_id numeric NOT NULL,
    int_group_type_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnusergroup (
    id numeric NOT NULL,
    name character varying(64) NOT NULL,
    description character varying(1024) NOT NULL,
    max_members numeric,
    current_members numeric NOT NULL,
    group_type numeric NOT NULL,
    org_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnusergroupmembers (
    user_id numeric NOT NULL,
    user_group_id numeric NOT NULL,
    temporary character(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnusergrouptype (
    id numeric NOT NULL,
    label character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnuserinfo (
    user_id numeric NOT NULL,
    no_clear_sets numeric NOT NULL,
    page_size numeric NOT NULL,
    email_notify numeric NOT NULL,
    tasko_notify character(1) NOT NULL,
    bad_email numeric NOT NULL,
    tz_offset numeric NOT NULL,
    timezone_id numeric,
    show_applied_errata character(1) NOT NULL,
    show_system_group_list character(1) NOT NULL,
    agreed_to_terms character(1) NOT NULL,
    use_pam_authentication character(1) NOT NULL,
    last_logged_in timestamp with time zone,
    agreed_to_ws_terms character(1),
    agreed_to_es_terms character(1),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    preferred_locale character varying(8),
    csv_separator character(1) NOT NULL
);
CREATE TABLE spacewalk.rhnuserinfopane (
    user_id numeric NOT NULL,
    pane_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnuserreserved (
    login character varying(64) NOT NULL,
    login_uc character varying(64) NOT NULL,
    password character varying(38) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnuserservergroupperms (
    user_id numeric NOT NULL,
    server_group_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnuserserverperms (
    user_id numeric NOT NULL,
    server_id numeric NOT NULL
);
CREATE TABLE spacewalk.rhnuserserverprefs (
    user_id numeric NOT NULL,
    server_id numeric NOT NULL,
    name character varying(64) NOT NULL,
    value character varying(1) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnversioninfo (
    label character varying(64) NOT NULL,
    name_id numeric NOT NULL,
    evr_id numeric NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.rhnvisibleobjects (
    pxt_session_id numeric NOT NULL,
    object_id numeric NOT NULL,
    object_type character varying(40) NOT NULL
);
CREATE TABLE spacewalk.rhnwebcontactchangelog (
    id numeric NOT NULL,
    web_contact_id numeric NOT NULL,
    web_contact_from_id numeric,
    change_state_id numeric NOT NULL,
    date_completed timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.rhnwebcontactchangestate (
    id numeric NOT NULL,
    label character varying(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.state_change (
    o_id character varying(64) NOT NULL,
    entry_time numeric NOT NULL,
    data character varying(4000)
);
CREATE TABLE spacewalk.valid_countries (
    code character varying(2) NOT NULL,
    short_name character varying(80) NOT NULL,
    name character varying(240),
    PRIMARY KEY (code)
);
CREATE TABLE spacewalk.web_contact (
    id numeric NOT NULL,
    org_id numeric NOT NULL,
    login character varying(64) NOT NULL,
    login_uc character varying(64) NOT NULL,
    password character varying(110) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    oracle_contact_id numeric,
    ignore_flag character(1) NOT NULL,
    read_only character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.web_contact_all (
    id numeric NOT NULL,
    org_id numeric,
    login character varying(64) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.web_customer (
    id numeric NOT NULL,
    name character varying(128) NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.web_user_contact_permission (
    web_user_id numeric NOT NULL,
    email character(1),
    mail character(1),
    call character(1),
    fax character(1),
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL
);
CREATE TABLE spacewalk.web_user_personal_info (
    web_user_id numeric NOT NULL,
    prefix character varying(12) NOT NULL,
    first_names character varying(128) NOT NULL,
    last_name character varying(128) NOT NULL,
    genqual character varying(12),
    parent_company character varying(128),
    company character varying(128),
    title character varying(128),
    phone character varying(128),
    fax character varying(128),
    email character varying(128),
    email_uc character varying(128),
    pin numeric,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    first_names_ol character varying(128),
    last_name_ol character varying(128),
    genqual_ol character varying(12),
    parent_company_ol character varying(128),
    company_ol character varying(128),
    title_ol character varying(128)
);
CREATE TABLE spacewalk.web_user_prefix (
    text character varying(12) NOT NULL,
    PRIMARY KEY (text)
);
CREATE TABLE spacewalk.web_user_site_info (
    id numeric NOT NULL,
    web_user_id numeric,
    email character varying(128),
    email_uc character varying(128),
    alt_first_names character varying(128),
    alt_last_name character varying(128),
    address1 character varying(128) NOT NULL,
    address2 character varying(128),
    address3 character varying(128),
    address4 character varying(128),
    city character varying(128) NOT NULL,
    state character varying(64),
    zip character varying(64),
    country character(2) NOT NULL,
    phone character varying(32),
    fax character varying(32),
    url character varying(128),
    is_po_box character(1),
    type character(1),
    oracle_site_id character varying(32),
    notes character varying(2000),
    created timestamp with time zone,
    modified timestamp with time zone,
    alt_first_names_ol character varying(128),
    alt_last_name_ol character varying(128),
    address1_ol character varying(128),
    address2_ol character varying(128),
    address3_ol character varying(128),
    city_ol character varying(128),
    state_ol character varying(32),
    zip_ol character varying(32),
    PRIMARY KEY (id)
);
CREATE TABLE spacewalk.web_user_site_type (
    type character(1) NOT NULL,
    description character varying(64) NOT NULL,
    PRIMARY KEY (type)
);
ALTER TABLE spacewalk.log ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact_all(id);
ALTER TABLE spacewalk.pxtsessions ADD FOREIGN KEY (web_user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnaction ADD FOREIGN KEY (action_type) REFERENCES spacewalk.rhnactiontype(id);
ALTER TABLE spacewalk.rhnaction ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnaction ADD FOREIGN KEY (prerequisite) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnaction ADD FOREIGN KEY (scheduler) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnactionchain ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnactionchainentry ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionchainentry ADD FOREIGN KEY (actionchain_id) REFERENCES spacewalk.rhnactionchain(id);
ALTER TABLE spacewalk.rhnactionchainentry ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnactionconfigchannel ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionconfigchannel ADD FOREIGN KEY (config_channel_id) REFERENCES spacewalk.rhnconfigchannel(id);
ALTER TABLE spacewalk.rhnactionconfigchannel ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnactionconfigchannel ADD FOREIGN KEY (server_id, action_id) REFERENCES spacewalk.rhnserveraction(server_id, action_id);
ALTER TABLE spacewalk.rhnactionconfigdate ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionconfigdatefile ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionconfigfilename ADD FOREIGN KEY (config_file_name_id) REFERENCES spacewalk.rhnconfigfilename(id);
ALTER TABLE spacewalk.rhnactionconfigfilename ADD FOREIGN KEY (config_revision_id) REFERENCES spacewalk.rhnconfigrevision(id);
ALTER TABLE spacewalk.rhnactionconfigfilename ADD FOREIGN KEY (failure_id) REFERENCES spacewalk.rhnconfigfilefailure(id);
ALTER TABLE spacewalk.rhnactionconfigfilename ADD FOREIGN KEY (server_id, action_id) REFERENCES spacewalk.rhnserveraction(server_id, action_id);
ALTER TABLE spacewalk.rhnactionconfigrevision ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionconfigrevision ADD FOREIGN KEY (config_revision_id) REFERENCES spacewalk.rhnconfigrevision(id);
ALTER TABLE spacewalk.rhnactionconfigrevision ADD FOREIGN KEY (failure_id) REFERENCES spacewalk.rhnconfigfilefailure(id);
ALTER TABLE spacewalk.rhnactionconfigrevision ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnactionconfigrevisionresult ADD FOREIGN KEY (action_config_revision_id) REFERENCES spacewalk.rhnactionconfigrevision(id);
ALTER TABLE spacewalk.rhnactiondaemonconfig ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionerrataupdate ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionerrataupdate ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnactionimagedeploy ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionpackage ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionpackage ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnactionpackage ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnactionpackage ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnactionpackageanswerfile ADD FOREIGN KEY (action_package_id) REFERENCES spacewalk.rhnactionpackage(id);
ALTER TABLE spacewalk.rhnactionpackagedelta ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionpackagedelta ADD FOREIGN KEY (package_delta_id) REFERENCES spacewalk.rhnpackagedelta(id);
ALTER TABLE spacewalk.rhnactionpackageremovalfailure ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactionpackageremovalfailure ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnactionpackageremovalfailure ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnactionpackageremovalfailure ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnactionpackageremovalfailure ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnactionpackageremovalfailure ADD FOREIGN KEY (suggested) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnactionscript ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnactivationkey ADD FOREIGN KEY (reg_token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnarchtypeactions ADD FOREIGN KEY (action_type_id) REFERENCES spacewalk.rhnactiontype(id);
ALTER TABLE spacewalk.rhnarchtypeactions ADD FOREIGN KEY (arch_type_id) REFERENCES spacewalk.rhnarchtype(id);
ALTER TABLE spacewalk.rhnchannel ADD FOREIGN KEY (channel_arch_id) REFERENCES spacewalk.rhnchannelarch(id);
ALTER TABLE spacewalk.rhnchannel ADD FOREIGN KEY (channel_product_id) REFERENCES spacewalk.rhnchannelproduct(id);
ALTER TABLE spacewalk.rhnchannel ADD FOREIGN KEY (checksum_type_id) REFERENCES spacewalk.rhnchecksumtype(id);
ALTER TABLE spacewalk.rhnchannel ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnchannel ADD FOREIGN KEY (parent_channel) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannel ADD FOREIGN KEY (product_name_id) REFERENCES spacewalk.rhnproductname(id);
ALTER TABLE spacewalk.rhnchannelarch ADD FOREIGN KEY (arch_type_id) REFERENCES spacewalk.rhnarchtype(id);
ALTER TABLE spacewalk.rhnchannelcloned ADD FOREIGN KEY (id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelcloned ADD FOREIGN KEY (original_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelcomps ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelcomps ADD FOREIGN KEY (comps_type_id) REFERENCES spacewalk.rhncompstype(id);
ALTER TABLE spacewalk.rhnchannelcontentsource ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelcontentsource ADD FOREIGN KEY (source_id) REFERENCES spacewalk.rhncontentsource(id);
ALTER TABLE spacewalk.rhnchannelerrata ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelerrata ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnchannelfamily ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnchannelfamilymembers ADD FOREIGN KEY (channel_family_id) REFERENCES spacewalk.rhnchannelfamily(id);
ALTER TABLE spacewalk.rhnchannelfamilymembers ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelnewestpackage ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelnewestpackage ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnchannelnewestpackage ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnchannelnewestpackage ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnchannelnewestpackage ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnchannelnewestpackageaudit ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelpackage ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelpackage ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnchannelpackagearchcompat ADD FOREIGN KEY (channel_arch_id) REFERENCES spacewalk.rhnchannelarch(id);
ALTER TABLE spacewalk.rhnchannelpackagearchcompat ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnchannelpermission ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchannelpermission ADD FOREIGN KEY (role_id) REFERENCES spacewalk.rhnchannelpermissionrole(id);
ALTER TABLE spacewalk.rhnchannelpermission ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnchanneltrust ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnchanneltrust ADD FOREIGN KEY (org_trust_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnchecksum ADD FOREIGN KEY (checksum_type_id) REFERENCES spacewalk.rhnchecksumtype(id);
ALTER TABLE spacewalk.rhnchildchannelarchcompat ADD FOREIGN KEY (child_arch_id) REFERENCES spacewalk.rhnchannelarch(id);
ALTER TABLE spacewalk.rhnchildchannelarchcompat ADD FOREIGN KEY (parent_arch_id) REFERENCES spacewalk.rhnchannelarch(id);
ALTER TABLE spacewalk.rhnclientcapability ADD FOREIGN KEY (capability_name_id) REFERENCES spacewalk.rhnclientcapabilityname(id);
ALTER TABLE spacewalk.rhnclientcapability ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnconfigchannel ADD FOREIGN KEY (confchan_type_id) REFERENCES spacewalk.rhnconfigchanneltype(id);
ALTER TABLE spacewalk.rhnconfigchannel ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnconfigcontent ADD FOREIGN KEY (checksum_id) REFERENCES spacewalk.rhnchecksum(id);
ALTER TABLE spacewalk.rhnconfigfile ADD FOREIGN KEY (config_channel_id) REFERENCES spacewalk.rhnconfigchannel(id);
ALTER TABLE spacewalk.rhnconfigfile ADD FOREIGN KEY (config_file_name_id) REFERENCES spacewalk.rhnconfigfilename(id);
ALTER TABLE spacewalk.rhnconfigfile ADD FOREIGN KEY (latest_config_revision_id) REFERENCES spacewalk.rhnconfigrevision(id);
ALTER TABLE spacewalk.rhnconfigfile ADD FOREIGN KEY (state_id) REFERENCES spacewalk.rhnconfigfilestate(id);
ALTER TABLE spacewalk.rhnconfiginfo ADD FOREIGN KEY (symlink_target_filename_id) REFERENCES spacewalk.rhnconfigfilename(id);
ALTER TABLE spacewalk.rhnconfigrevision ADD FOREIGN KEY (changed_by_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnconfigrevision ADD FOREIGN KEY (config_content_id) REFERENCES spacewalk.rhnconfigcontent(id);
ALTER TABLE spacewalk.rhnconfigrevision ADD FOREIGN KEY (config_file_id) REFERENCES spacewalk.rhnconfigfile(id);
ALTER TABLE spacewalk.rhnconfigrevision ADD FOREIGN KEY (config_file_type_id) REFERENCES spacewalk.rhnconfigfiletype(id);
ALTER TABLE spacewalk.rhnconfigrevision ADD FOREIGN KEY (config_info_id) REFERENCES spacewalk.rhnconfiginfo(id);
ALTER TABLE spacewalk.rhncontentsource ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhncontentsource ADD FOREIGN KEY (type_id) REFERENCES spacewalk.rhncontentsourcetype(id);
ALTER TABLE spacewalk.rhncontentsourcefilter ADD FOREIGN KEY (source_id) REFERENCES spacewalk.rhncontentsource(id);
ALTER TABLE spacewalk.rhncontentsourcessl ADD FOREIGN KEY (content_source_id) REFERENCES spacewalk.rhncontentsource(id);
ALTER TABLE spacewalk.rhncontentsourcessl ADD FOREIGN KEY (ssl_ca_cert_id) REFERENCES spacewalk.rhncryptokey(id);
ALTER TABLE spacewalk.rhncontentsourcessl ADD FOREIGN KEY (ssl_client_cert_id) REFERENCES spacewalk.rhncryptokey(id);
ALTER TABLE spacewalk.rhncontentsourcessl ADD FOREIGN KEY (ssl_client_key_id) REFERENCES spacewalk.rhncryptokey(id);
ALTER TABLE spacewalk.rhncpu ADD FOREIGN KEY (cpu_arch_id) REFERENCES spacewalk.rhncpuarch(id);
ALTER TABLE spacewalk.rhncpu ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhncryptokey ADD FOREIGN KEY (crypto_key_type_id) REFERENCES spacewalk.rhncryptokeytype(id);
ALTER TABLE spacewalk.rhncryptokey ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhncustomdatakey ADD FOREIGN KEY (created_by) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhncustomdatakey ADD FOREIGN KEY (last_modified_by) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhncustomdatakey ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhndailysummaryqueue ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhndevice ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhndistchannelmap ADD FOREIGN KEY (channel_arch_id) REFERENCES spacewalk.rhnchannelarch(id);
ALTER TABLE spacewalk.rhndistchannelmap ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhndistchannelmap ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnerrata ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnerrata ADD FOREIGN KEY (severity_id) REFERENCES spacewalk.rhnerrataseverity(id);
ALTER TABLE spacewalk.rhnerratabuglist ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratacloned ADD FOREIGN KEY (id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratacloned ADD FOREIGN KEY (original_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratacve ADD FOREIGN KEY (cve_id) REFERENCES spacewalk.rhncve(id);
ALTER TABLE spacewalk.rhnerratacve ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratafile ADD FOREIGN KEY (checksum_id) REFERENCES spacewalk.rhnchecksum(id);
ALTER TABLE spacewalk.rhnerratafile ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratafile ADD FOREIGN KEY (type) REFERENCES spacewalk.rhnerratafiletype(id);
ALTER TABLE spacewalk.rhnerratafilechannel ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnerratafilechannel ADD FOREIGN KEY (errata_file_id) REFERENCES spacewalk.rhnerratafile(id);
ALTER TABLE spacewalk.rhnerratafilepackage ADD FOREIGN KEY (errata_file_id) REFERENCES spacewalk.rhnerratafile(id);
ALTER TABLE spacewalk.rhnerratafilepackage ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnerratafilepackagesource ADD FOREIGN KEY (errata_file_id) REFERENCES spacewalk.rhnerratafile(id);
ALTER TABLE spacewalk.rhnerratafilepackagesource ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackagesource(id);
ALTER TABLE spacewalk.rhnerratakeyword ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratanotificationqueue ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnerratanotificationqueue ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratanotificationqueue ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnerratapackage ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnerratapackage ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnerrataqueue ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnerrataqueue ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnfile ADD FOREIGN KEY (checksum_id) REFERENCES spacewalk.rhnchecksum(id);
ALTER TABLE spacewalk.rhnfile ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnfiledownload ADD FOREIGN KEY (file_id) REFERENCES spacewalk.rhnfile(id);
ALTER TABLE spacewalk.rhnfiledownload ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnfilelist ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnfilelistmembers ADD FOREIGN KEY (config_file_name_id) REFERENCES spacewalk.rhnconfigfilename(id);
ALTER TABLE spacewalk.rhnfilelistmembers ADD FOREIGN KEY (file_list_id) REFERENCES spacewalk.rhnfilelist(id);
ALTER TABLE spacewalk.rhnfilelocation ADD FOREIGN KEY (file_id) REFERENCES spacewalk.rhnfile(id);
ALTER TABLE spacewalk.rhnorgadminmanagement ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnorgchannelsettings ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnorgchannelsettings ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnorgchannelsettings ADD FOREIGN KEY (setting_id) REFERENCES spacewalk.rhnorgchannelsettingstype(id);
ALTER TABLE spacewalk.rhnorgconfiguration ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnorgerratacachequeue ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnorgextgroupmapping ADD FOREIGN KEY (ext_group_id) REFERENCES spacewalk.rhnuserextgroup(id);
ALTER TABLE spacewalk.rhnorgextgroupmapping ADD FOREIGN KEY (server_group_id) REFERENCES spacewalk.rhnservergroup(id);
ALTER TABLE spacewalk.rhnpackage ADD FOREIGN KEY (checksum_id) REFERENCES spacewalk.rhnchecksum(id);
ALTER TABLE spacewalk.rhnpackage ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnpackage ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnpackage ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnpackage ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnpackage ADD FOREIGN KEY (package_group) REFERENCES spacewalk.rhnpackagegroup(id);
ALTER TABLE spacewalk.rhnpackage ADD FOREIGN KEY (source_rpm_id) REFERENCES spacewalk.rhnsourcerpm(id);
ALTER TABLE spacewalk.rhnpackagearch ADD FOREIGN KEY (arch_type_id) REFERENCES spacewalk.rhnarchtype(id);
ALTER TABLE spacewalk.rhnpackagebreaks ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackagebreaks ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagechangelogrec ADD FOREIGN KEY (changelog_data_id) REFERENCES spacewalk.rhnpackagechangelogdata(id);
ALTER TABLE spacewalk.rhnpackagechangelogrec ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackageconflicts ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackageconflicts ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagedeltaelement ADD FOREIGN KEY (package_delta_id) REFERENCES spacewalk.rhnpackagedelta(id);
ALTER TABLE spacewalk.rhnpackagedeltaelement ADD FOREIGN KEY (transaction_package_id) REFERENCES spacewalk.rhntransactionpackage(id);
ALTER TABLE spacewalk.rhnpackageenhances ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackageenhances ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagefile ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackagefile ADD FOREIGN KEY (checksum_id) REFERENCES spacewalk.rhnchecksum(id);
ALTER TABLE spacewalk.rhnpackagefile ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagekey ADD FOREIGN KEY (key_type_id) REFERENCES spacewalk.rhnpackagekeytype(id);
ALTER TABLE spacewalk.rhnpackagekey ADD FOREIGN KEY (provider_id) REFERENCES spacewalk.rhnpackageprovider(id);
ALTER TABLE spacewalk.rhnpackagekeyassociation ADD FOREIGN KEY (key_id) REFERENCES spacewalk.rhnpackagekey(id);
ALTER TABLE spacewalk.rhnpackagekeyassociation ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagenevra ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnpackagenevra ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnpackagenevra ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnpackageobsoletes ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackageobsoletes ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagepredepends ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackagepredepends ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackageprovides ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackageprovides ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagerecommends ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackagerecommends ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagerepodata ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagerequires ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackagerequires ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagesource ADD FOREIGN KEY (checksum_id) REFERENCES spacewalk.rhnchecksum(id);
ALTER TABLE spacewalk.rhnpackagesource ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnpackagesource ADD FOREIGN KEY (package_group) REFERENCES spacewalk.rhnpackagegroup(id);
ALTER TABLE spacewalk.rhnpackagesource ADD FOREIGN KEY (sigchecksum_id) REFERENCES spacewalk.rhnchecksum(id);
ALTER TABLE spacewalk.rhnpackagesource ADD FOREIGN KEY (source_rpm_id) REFERENCES spacewalk.rhnsourcerpm(id);
ALTER TABLE spacewalk.rhnpackagesuggests ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackagesuggests ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagesupplements ADD FOREIGN KEY (capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnpackagesupplements ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnpackagesyncblacklist ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnpackagesyncblacklist ADD FOREIGN KEY (package_name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnpackageupgradearchcompat ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnpackageupgradearchcompat ADD FOREIGN KEY (package_upgrade_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnprivatechannelfamily ADD FOREIGN KEY (channel_family_id) REFERENCES spacewalk.rhnchannelfamily(id);
ALTER TABLE spacewalk.rhnprivatechannelfamily ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnproxyinfo ADD FOREIGN KEY (proxy_evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnproxyinfo ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnpublicchannelfamily ADD FOREIGN KEY (channel_family_id) REFERENCES spacewalk.rhnchannelfamily(id);
ALTER TABLE spacewalk.rhnram ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnregtoken ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnregtoken ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnregtoken ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnregtokenchannels ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnregtokenchannels ADD FOREIGN KEY (token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnregtokenconfigchannels ADD FOREIGN KEY (config_channel_id) REFERENCES spacewalk.rhnconfigchannel(id);
ALTER TABLE spacewalk.rhnregtokenconfigchannels ADD FOREIGN KEY (token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnregtokenentitlement ADD FOREIGN KEY (reg_token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnregtokenentitlement ADD FOREIGN KEY (server_group_type_id) REFERENCES spacewalk.rhnservergrouptype(id);
ALTER TABLE spacewalk.rhnregtokengroups ADD FOREIGN KEY (server_group_id) REFERENCES spacewalk.rhnservergroup(id);
ALTER TABLE spacewalk.rhnregtokengroups ADD FOREIGN KEY (token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnregtokenorgdefault ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnregtokenorgdefault ADD FOREIGN KEY (reg_token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnregtokenpackages ADD FOREIGN KEY (arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnregtokenpackages ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnregtokenpackages ADD FOREIGN KEY (token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnreleasechannelmap ADD FOREIGN KEY (channel_arch_id) REFERENCES spacewalk.rhnchannelarch(id);
ALTER TABLE spacewalk.rhnreleasechannelmap ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnresetpassword ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnsatelliteinfo ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnsatelliteinfo ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserver ADD FOREIGN KEY (creator_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnserver ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnserver ADD FOREIGN KEY (provision_state_id) REFERENCES spacewalk.rhnprovisionstate(id);
ALTER TABLE spacewalk.rhnserver ADD FOREIGN KEY (server_arch_id) REFERENCES spacewalk.rhnserverarch(id);
ALTER TABLE spacewalk.rhnserveraction ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnserveraction ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserveraction ADD FOREIGN KEY (status) REFERENCES spacewalk.rhnactionstatus(id);
ALTER TABLE spacewalk.rhnserveractionpackageresult ADD FOREIGN KEY (action_package_id) REFERENCES spacewalk.rhnactionpackage(id);
ALTER TABLE spacewalk.rhnserveractionpackageresult ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserveractionscriptresult ADD FOREIGN KEY (action_script_id) REFERENCES spacewalk.rhnactionscript(id);
ALTER TABLE spacewalk.rhnserveractionscriptresult ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserveractionverifymissing ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnserveractionverifymissing ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnserveractionverifymissing ADD FOREIGN KEY (package_capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnserveractionverifymissing ADD FOREIGN KEY (package_evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnserveractionverifymissing ADD FOREIGN KEY (package_name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnserveractionverifymissing ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserveractionverifyresult ADD FOREIGN KEY (action_id) REFERENCES spacewalk.rhnaction(id);
ALTER TABLE spacewalk.rhnserveractionverifyresult ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnserveractionverifyresult ADD FOREIGN KEY (package_capability_id) REFERENCES spacewalk.rhnpackagecapability(id);
ALTER TABLE spacewalk.rhnserveractionverifyresult ADD FOREIGN KEY (package_evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnserveractionverifyresult ADD FOREIGN KEY (package_name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnserveractionverifyresult ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverarch ADD FOREIGN KEY (arch_type_id) REFERENCES spacewalk.rhnarchtype(id);
ALTER TABLE spacewalk.rhnserverchannel ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnserverchannel ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverchannelarchcompat ADD FOREIGN KEY (channel_arch_id) REFERENCES spacewalk.rhnchannelarch(id);
ALTER TABLE spacewalk.rhnserverchannelarchcompat ADD FOREIGN KEY (server_arch_id) REFERENCES spacewalk.rhnserverarch(id);
ALTER TABLE spacewalk.rhnserverconfigchannel ADD FOREIGN KEY (config_channel_id) REFERENCES spacewalk.rhnconfigchannel(id);
ALTER TABLE spacewalk.rhnserverconfigchannel ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnservercustomdatavalue ADD FOREIGN KEY (created_by) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnservercustomdatavalue ADD FOREIGN KEY (key_id) REFERENCES spacewalk.rhncustomdatakey(id);
ALTER TABLE spacewalk.rhnservercustomdatavalue ADD FOREIGN KEY (last_modified_by) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnservercustomdatavalue ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverdmi ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverevent ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnservergroup ADD FOREIGN KEY (group_type) REFERENCES spacewalk.rhnservergrouptype(id);
ALTER TABLE spacewalk.rhnservergroup ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnservergroupmembers ADD FOREIGN KEY (server_group_id) REFERENCES spacewalk.rhnservergroup(id);
ALTER TABLE spacewalk.rhnservergroupmembers ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnservergrouptypefeature ADD FOREIGN KEY (feature_id) REFERENCES spacewalk.rhnfeature(id);
ALTER TABLE spacewalk.rhnservergrouptypefeature ADD FOREIGN KEY (server_group_type_id) REFERENCES spacewalk.rhnservergrouptype(id);
ALTER TABLE spacewalk.rhnserverhistory ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverinfo ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverinstallinfo ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverlocation ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverlock ADD FOREIGN KEY (locker_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnserverlock ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverneededcache ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnserverneededcache ADD FOREIGN KEY (errata_id) REFERENCES spacewalk.rhnerrata(id);
ALTER TABLE spacewalk.rhnserverneededcache ADD FOREIGN KEY (package_id) REFERENCES spacewalk.rhnpackage(id);
ALTER TABLE spacewalk.rhnserverneededcache ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnservernetaddress4 ADD FOREIGN KEY (interface_id) REFERENCES spacewalk.rhnservernetinterface(id);
ALTER TABLE spacewalk.rhnservernetaddress6 ADD FOREIGN KEY (interface_id) REFERENCES spacewalk.rhnservernetinterface(id);
ALTER TABLE spacewalk.rhnservernetinterface ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnservernetwork ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnservernotes ADD FOREIGN KEY (creator) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnservernotes ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverpackage ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnserverpackage ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnserverpackage ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnserverpackage ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverpackagearchcompat ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnserverpackagearchcompat ADD FOREIGN KEY (server_arch_id) REFERENCES spacewalk.rhnserverarch(id);
ALTER TABLE spacewalk.rhnserverpath ADD FOREIGN KEY (proxy_server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverpath ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverpreservefilelist ADD FOREIGN KEY (file_list_id) REFERENCES spacewalk.rhnfilelist(id);
ALTER TABLE spacewalk.rhnserverpreservefilelist ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnserverprofile ADD FOREIGN KEY (base_channel) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnserverprofile ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnserverprofile ADD FOREIGN KEY (profile_type_id) REFERENCES spacewalk.rhnserverprofiletype(id);
ALTER TABLE spacewalk.rhnserverprofilepackage ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnserverprofilepackage ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnserverprofilepackage ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhnserverprofilepackage ADD FOREIGN KEY (server_profile_id) REFERENCES spacewalk.rhnserverprofile(id);
ALTER TABLE spacewalk.rhnserverservergrouparchcompat ADD FOREIGN KEY (server_arch_id) REFERENCES spacewalk.rhnserverarch(id);
ALTER TABLE spacewalk.rhnserverservergrouparchcompat ADD FOREIGN KEY (server_group_type) REFERENCES spacewalk.rhnservergrouptype(id);
ALTER TABLE spacewalk.rhnservertokenregs ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnservertokenregs ADD FOREIGN KEY (token_id) REFERENCES spacewalk.rhnregtoken(id);
ALTER TABLE spacewalk.rhnserveruuid ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnset ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnsgtypebaseaddoncompat ADD FOREIGN KEY (addon_id) REFERENCES spacewalk.rhnservergrouptype(id);
ALTER TABLE spacewalk.rhnsgtypebaseaddoncompat ADD FOREIGN KEY (base_id) REFERENCES spacewalk.rhnservergrouptype(id);
ALTER TABLE spacewalk.rhnsnapshot ADD FOREIGN KEY (invalid) REFERENCES spacewalk.rhnsnapshotinvalidreason(id);
ALTER TABLE spacewalk.rhnsnapshot ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnsnapshot ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnsnapshotchannel ADD FOREIGN KEY (channel_id) REFERENCES spacewalk.rhnchannel(id);
ALTER TABLE spacewalk.rhnsnapshotchannel ADD FOREIGN KEY (snapshot_id) REFERENCES spacewalk.rhnsnapshot(id);
ALTER TABLE spacewalk.rhnsnapshotconfigchannel ADD FOREIGN KEY (config_channel_id) REFERENCES spacewalk.rhnconfigchannel(id);
ALTER TABLE spacewalk.rhnsnapshotconfigchannel ADD FOREIGN KEY (snapshot_id) REFERENCES spacewalk.rhnsnapshot(id);
ALTER TABLE spacewalk.rhnsnapshotconfigrevision ADD FOREIGN KEY (config_revision_id) REFERENCES spacewalk.rhnconfigrevision(id);
ALTER TABLE spacewalk.rhnsnapshotconfigrevision ADD FOREIGN KEY (snapshot_id) REFERENCES spacewalk.rhnsnapshot(id);
ALTER TABLE spacewalk.rhnsnapshotpackage ADD FOREIGN KEY (nevra_id) REFERENCES spacewalk.rhnpackagenevra(id);
ALTER TABLE spacewalk.rhnsnapshotpackage ADD FOREIGN KEY (snapshot_id) REFERENCES spacewalk.rhnsnapshot(id);
ALTER TABLE spacewalk.rhnsnapshotservergroup ADD FOREIGN KEY (server_group_id) REFERENCES spacewalk.rhnservergroup(id);
ALTER TABLE spacewalk.rhnsnapshotservergroup ADD FOREIGN KEY (snapshot_id) REFERENCES spacewalk.rhnsnapshot(id);
ALTER TABLE spacewalk.rhnsnapshottag ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnsnapshottag ADD FOREIGN KEY (snapshot_id) REFERENCES spacewalk.rhnsnapshot(id);
ALTER TABLE spacewalk.rhnsnapshottag ADD FOREIGN KEY (tag_id) REFERENCES spacewalk.rhntag(id);
ALTER TABLE spacewalk.rhnssmoperation ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnssmoperationserver ADD FOREIGN KEY (operation_id) REFERENCES spacewalk.rhnssmoperation(id);
ALTER TABLE spacewalk.rhnssmoperationserver ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnsystemmigrations ADD FOREIGN KEY (org_id_from) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnsystemmigrations ADD FOREIGN KEY (org_id_to) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnsystemmigrations ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhntag ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhntagname(id);
ALTER TABLE spacewalk.rhntag ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhntaskqueue ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhntemplatestring ADD FOREIGN KEY (category_id) REFERENCES spacewalk.rhntemplatecategory(id);
ALTER TABLE spacewalk.rhntransactionpackage ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhntransactionpackage ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhntransactionpackage ADD FOREIGN KEY (operation) REFERENCES spacewalk.rhntransactionoperation(id);
ALTER TABLE spacewalk.rhntransactionpackage ADD FOREIGN KEY (package_arch_id) REFERENCES spacewalk.rhnpackagearch(id);
ALTER TABLE spacewalk.rhntrustedorgs ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhntrustedorgs ADD FOREIGN KEY (org_trust_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnuserdefaultsystemgroups ADD FOREIGN KEY (system_group_id) REFERENCES spacewalk.rhnservergroup(id);
ALTER TABLE spacewalk.rhnuserdefaultsystemgroups ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnuserextgroup ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnuserextgroupmapping ADD FOREIGN KEY (ext_group_id) REFERENCES spacewalk.rhnuserextgroup(id);
ALTER TABLE spacewalk.rhnuserextgroupmapping ADD FOREIGN KEY (int_group_type_id) REFERENCES spacewalk.rhnusergrouptype(id);
ALTER TABLE spacewalk.rhnusergroup ADD FOREIGN KEY (group_type) REFERENCES spacewalk.rhnusergrouptype(id);
ALTER TABLE spacewalk.rhnusergroup ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.rhnusergroupmembers ADD FOREIGN KEY (user_group_id) REFERENCES spacewalk.rhnusergroup(id);
ALTER TABLE spacewalk.rhnusergroupmembers ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnuserinfo ADD FOREIGN KEY (timezone_id) REFERENCES spacewalk.rhntimezone(id);
ALTER TABLE spacewalk.rhnuserinfo ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnuserinfopane ADD FOREIGN KEY (pane_id) REFERENCES spacewalk.rhninfopane(id);
ALTER TABLE spacewalk.rhnuserinfopane ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnuserservergroupperms ADD FOREIGN KEY (server_group_id) REFERENCES spacewalk.rhnservergroup(id);
ALTER TABLE spacewalk.rhnuserservergroupperms ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnuserserverperms ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnuserserverperms ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnuserserverprefs ADD FOREIGN KEY (server_id) REFERENCES spacewalk.rhnserver(id);
ALTER TABLE spacewalk.rhnuserserverprefs ADD FOREIGN KEY (user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnversioninfo ADD FOREIGN KEY (evr_id) REFERENCES spacewalk.rhnpackageevr(id);
ALTER TABLE spacewalk.rhnversioninfo ADD FOREIGN KEY (name_id) REFERENCES spacewalk.rhnpackagename(id);
ALTER TABLE spacewalk.rhnvisibleobjects ADD FOREIGN KEY (pxt_session_id) REFERENCES spacewalk.pxtsessions(id);
ALTER TABLE spacewalk.rhnwebcontactchangelog ADD FOREIGN KEY (change_state_id) REFERENCES spacewalk.rhnwebcontactchangestate(id);
ALTER TABLE spacewalk.rhnwebcontactchangelog ADD FOREIGN KEY (web_contact_from_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.rhnwebcontactchangelog ADD FOREIGN KEY (web_contact_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.web_contact ADD FOREIGN KEY (org_id) REFERENCES spacewalk.web_customer(id);
ALTER TABLE spacewalk.web_user_contact_permission ADD FOREIGN KEY (web_user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.web_user_personal_info ADD FOREIGN KEY (prefix) REFERENCES spacewalk.web_user_prefix(text);
ALTER TABLE spacewalk.web_user_personal_info ADD FOREIGN KEY (web_user_id) REFERENCES spacewalk.web_contact(id);
ALTER TABLE spacewalk.web_user_site_info ADD FOREIGN KEY (type) REFERENCES spacewalk.web_user_site_type(type);
ALTER TABLE spacewalk.web_user_site_info ADD FOREIGN KEY (web_user_id) REFERENCES spacewalk.web_contact(id);
