-- Mahara 23.04dev (version 2023022000), the open-source ePortfolio system, as its XMLDB schema files declare it,
-- converted to PostgreSQL in schema mahara: htdocs/lib/db/install.xml with its plugin-type tables substituted as the
-- installer does (lib/db/plugintables.xml for artefact, notification, search, module, blocktype, interaction,
-- grouptype, import, export; auth/plugintables.xml; artefact/extratables.xml; blocktype/beforetables.xml and
-- extratables.xml) plus the db/install.xml of the 26 bundled plugins (artefact, auth/webservice, blocktype, interaction/forum,
-- module, notification, search), from github.com/MaharaProject/mahara commit 0881d0f (2023-11-16). Types as Mahara's
-- PostgreSQL XMLDB generator maps them; primary keys, the 322 XMLDB foreign keys plus the 3 the installer adds in
-- postinst(), the one unique index a foreign key points at (as a UNIQUE constraint) and the XMLDB comments kept;
-- defaults, other indexes and unique keys, sequences and CHECK constraints left out. Regenerated from a scratch PostgreSQL 15 catalog.
CREATE SCHEMA mahara;

CREATE TABLE mahara.activity_queue (
    id bigint NOT NULL,
    type bigint NOT NULL,
    data text NOT NULL,
    ctime timestamp without time zone,
    last_processed_userid bigint,
    CONSTRAINT activity_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.activity_type (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    admin smallint NOT NULL,
    delay smallint NOT NULL,
    allownonemethod smallint NOT NULL,
    defaultmethod character varying(255),
    plugintype character varying(25),
    pluginname character varying(255),
    CONSTRAINT activity_type_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.application (
    name character varying(20) NOT NULL,
    displayname character varying(100) NOT NULL,
    xmlrpcserverurl character varying(255) NOT NULL,
    ssolandurl character varying(255) NOT NULL,
    CONSTRAINT application_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.archived_submissions (
    id bigint NOT NULL,
    archiveid bigint NOT NULL,
    "group" bigint,
    externalhost character varying(50),
    externalid character varying(255),
    externalname character varying(255),
    externalurl text,
    CONSTRAINT archived_submissions_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact (
    id bigint NOT NULL,
    artefacttype character varying(255) NOT NULL,
    container smallint NOT NULL,
    parent bigint,
    owner bigint,
    institution character varying(255),
    "group" bigint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    atime timestamp without time zone NOT NULL,
    locked smallint NOT NULL,
    title text NOT NULL,
    description text,
    note text,
    author bigint,
    authorname text,
    allowcomments smallint NOT NULL,
    approvecomments smallint NOT NULL,
    license character varying(255),
    licensor character varying(255),
    licensorurl character varying(255),
    path character varying(1024),
    CONSTRAINT artefact_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_access (
    artefact bigint NOT NULL,
    accesstype character varying(16),
    "group" bigint,
    usr bigint,
    institution character varying(255),
    ctime timestamp without time zone NOT NULL
);

CREATE TABLE mahara.artefact_access_role (
    role character varying(255) NOT NULL,
    artefact bigint NOT NULL,
    can_view smallint NOT NULL,
    can_edit smallint NOT NULL,
    can_republish smallint NOT NULL,
    CONSTRAINT artefact_access_role_pkey PRIMARY KEY (role, artefact)
);

CREATE TABLE mahara.artefact_access_usr (
    usr bigint NOT NULL,
    artefact bigint NOT NULL,
    can_republish smallint,
    CONSTRAINT artefact_access_usr_pkey PRIMARY KEY (usr, artefact)
);

CREATE TABLE mahara.artefact_annotation (
    annotation bigint NOT NULL,
    artefact bigint,
    view bigint,
    CONSTRAINT artefact_annotation_pkey PRIMARY KEY (annotation)
);

CREATE TABLE mahara.artefact_annotation_deletedby (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    CONSTRAINT artefact_annotation_deletedby_pkey PRIMARY KEY (id),
    CONSTRAINT artefact_annotation_deletedby_name_uix UNIQUE (name)
);

CREATE TABLE mahara.artefact_annotation_feedback (
    artefact bigint NOT NULL,
    onannotation bigint NOT NULL,
    private smallint NOT NULL,
    deletedby character varying(50),
    requestpublic character varying(50),
    lastcontentupdate timestamp without time zone,
    CONSTRAINT artefact_annotation_feedback_pkey PRIMARY KEY (artefact)
);

CREATE TABLE mahara.artefact_attachment (
    artefact bigint NOT NULL,
    attachment bigint NOT NULL,
    item bigint,
    CONSTRAINT artefact_attachment_pkey PRIMARY KEY (artefact, attachment)
);

CREATE TABLE mahara.artefact_blog_blogpost (
    blogpost bigint NOT NULL,
    published smallint NOT NULL,
    CONSTRAINT artefact_blog_blogpost_pkey PRIMARY KEY (blogpost)
);

CREATE TABLE mahara.artefact_checkpoint_feedback (
    feedback bigint NOT NULL,
    activity bigint NOT NULL,
    block bigint NOT NULL,
    author bigint NOT NULL,
    deletedby character varying(50),
    CONSTRAINT artefact_checkpoint_feedback_pkey PRIMARY KEY (feedback)
);

CREATE TABLE mahara.artefact_comment_comment (
    artefact bigint NOT NULL,
    onview bigint,
    onartefact bigint,
    private smallint NOT NULL,
    deletedby character varying(50),
    requestpublic character varying(50),
    rating bigint,
    lastcontentupdate timestamp without time zone,
    threadedposition smallint,
    hidden smallint,
    CONSTRAINT artefact_comment_comment_pkey PRIMARY KEY (artefact)
);

CREATE TABLE mahara.artefact_comment_deletedby (
    name character varying(50) NOT NULL,
    CONSTRAINT artefact_comment_deletedby_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.artefact_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT artefact_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.artefact_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT artefact_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.artefact_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT artefact_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_file_embedded (
    id bigint NOT NULL,
    fileid bigint NOT NULL,
    resourcetype character varying(100) NOT NULL,
    resourceid bigint NOT NULL,
    CONSTRAINT artefact_file_embedded_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_file_files (
    artefact bigint NOT NULL,
    size bigint,
    oldextension text,
    fileid bigint,
    filetype text,
    contenthash character varying(64),
    CONSTRAINT artefact_file_files_pkey PRIMARY KEY (artefact)
);

CREATE TABLE mahara.artefact_file_image (
    artefact bigint NOT NULL,
    width bigint,
    height bigint,
    orientation bigint NOT NULL,
    isdecorative smallint NOT NULL,
    altiscaption smallint NOT NULL,
    alttext text,
    CONSTRAINT artefact_file_image_pkey PRIMARY KEY (artefact)
);

CREATE TABLE mahara.artefact_file_mime_types (
    mimetype character varying(128) NOT NULL,
    description character varying(32) NOT NULL,
    CONSTRAINT artefact_file_mime_types_pkey PRIMARY KEY (mimetype, description)
);

CREATE TABLE mahara.artefact_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT artefact_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.artefact_installed_type (
    name character varying(255) NOT NULL,
    plugin character varying(255) NOT NULL,
    CONSTRAINT artefact_installed_type_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.artefact_internal_profile_email (
    owner bigint NOT NULL,
    email character varying(255) NOT NULL,
    verified smallint NOT NULL,
    principal smallint NOT NULL,
    artefact bigint,
    key character varying(16),
    expiry timestamp without time zone,
    mailssent smallint NOT NULL,
    mailsbounced smallint NOT NULL,
    CONSTRAINT artefact_internal_profile_email_pkey PRIMARY KEY (owner, email)
);

CREATE TABLE mahara.artefact_license (
    name character varying(255) NOT NULL,
    displayname character varying(255),
    shortname character varying(255),
    icon character varying(255) NOT NULL,
    CONSTRAINT artefact_license_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.artefact_log (
    artefact bigint NOT NULL,
    usr bigint,
    "time" timestamp without time zone NOT NULL,
    title text,
    description text,
    parent bigint,
    created smallint,
    deleted smallint,
    edited smallint
);

CREATE TABLE mahara.artefact_peer_assessment (
    assessment bigint NOT NULL,
    block bigint NOT NULL,
    usr bigint,
    view bigint NOT NULL,
    private smallint NOT NULL,
    CONSTRAINT artefact_peer_assessment_pkey PRIMARY KEY (assessment)
);

CREATE TABLE mahara.artefact_plans_plan (
    artefact bigint NOT NULL,
    template smallint NOT NULL,
    roottemplate bigint,
    rootgroupplan bigint,
    selectionplan smallint NOT NULL,
    CONSTRAINT artefact_plans_plan_pkey PRIMARY KEY (artefact)
);

CREATE TABLE mahara.artefact_plans_task (
    artefact bigint NOT NULL,
    startdate timestamp without time zone,
    completiondate timestamp without time zone,
    completed smallint NOT NULL,
    reminder bigint,
    remindermailsent smallint NOT NULL,
    taskview bigint,
    outcome bigint,
    outcometype character varying(20),
    template smallint NOT NULL,
    roottemplatetask bigint,
    mandatory smallint NOT NULL,
    rootgrouptask bigint,
    CONSTRAINT artefact_plans_task_pkey PRIMARY KEY (artefact)
);

CREATE TABLE mahara.artefact_resume_book (
    id bigint NOT NULL,
    artefact bigint NOT NULL,
    date text NOT NULL,
    title text NOT NULL,
    contribution text NOT NULL,
    description text,
    url text,
    displayorder bigint NOT NULL,
    CONSTRAINT artefact_resume_book_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_resume_certification (
    id bigint NOT NULL,
    artefact bigint NOT NULL,
    date text NOT NULL,
    title text NOT NULL,
    description text,
    displayorder bigint NOT NULL,
    CONSTRAINT artefact_resume_certification_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_resume_educationhistory (
    id bigint NOT NULL,
    artefact bigint NOT NULL,
    startdate text NOT NULL,
    enddate text,
    qualtype text,
    qualname text,
    institution text NOT NULL,
    institutionaddress text,
    qualdescription text,
    displayorder bigint NOT NULL,
    CONSTRAINT artefact_resume_educationhistory_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_resume_employmenthistory (
    id bigint NOT NULL,
    artefact bigint NOT NULL,
    startdate text NOT NULL,
    enddate text,
    employer text NOT NULL,
    employeraddress text,
    jobtitle text NOT NULL,
    positiondescription text,
    displayorder bigint NOT NULL,
    CONSTRAINT artefact_resume_employmenthistory_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_resume_membership (
    id bigint NOT NULL,
    artefact bigint NOT NULL,
    startdate text NOT NULL,
    enddate text,
    title text NOT NULL,
    description text,
    displayorder bigint NOT NULL,
    CONSTRAINT artefact_resume_membership_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.artefact_resume_personal_information (
    artefact bigint NOT NULL,
    dateofbirth timestamp without time zone,
    placeofbirth text,
    citizenship text,
    visastatus text,
    gender character varying(6),
    maritalstatus text,
    CONSTRAINT artefact_resume_personal_information_pkey PRIMARY KEY (artefact)
);

CREATE TABLE mahara.auth_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT auth_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.auth_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT auth_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.auth_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT auth_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.auth_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    requires_config smallint NOT NULL,
    requires_parent smallint NOT NULL,
    CONSTRAINT auth_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.auth_instance (
    id bigint NOT NULL,
    instancename character varying(255) NOT NULL,
    priority smallint NOT NULL,
    institution character varying(255) NOT NULL,
    authname character varying(255) NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT auth_instance_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.auth_instance_config (
    instance bigint NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT auth_instance_config_pkey PRIMARY KEY (instance, field)
);

CREATE TABLE mahara.auth_remote_user (
    authinstance bigint NOT NULL,
    remoteusername character varying(255) NOT NULL,
    localusr bigint NOT NULL,
    CONSTRAINT auth_remote_user_pkey PRIMARY KEY (authinstance, remoteusername)
);

CREATE TABLE mahara.block_instance (
    id bigint NOT NULL,
    blocktype character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    configdata text,
    view bigint NOT NULL,
    "row" smallint,
    "column" smallint,
    "order" smallint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT block_instance_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.block_instance_dimension (
    block bigint NOT NULL,
    positionx smallint NOT NULL,
    positiony bigint NOT NULL,
    width smallint NOT NULL,
    height smallint NOT NULL,
    CONSTRAINT block_instance_dimension_pkey PRIMARY KEY (block)
);

CREATE TABLE mahara.blocktype_category (
    name character varying(50) NOT NULL,
    sort smallint,
    CONSTRAINT blocktype_category_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.blocktype_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT blocktype_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.blocktype_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT blocktype_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.blocktype_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT blocktype_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.blocktype_externalfeed_data (
    id bigint NOT NULL,
    url text NOT NULL,
    insecuresslmode smallint NOT NULL,
    authuser text,
    authpassword text,
    link text,
    title text,
    description text,
    content text,
    lastupdate timestamp without time zone,
    image text,
    CONSTRAINT blocktype_externalfeed_data_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.blocktype_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    artefactplugin character varying(255),
    quickedit smallint NOT NULL,
    CONSTRAINT blocktype_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.blocktype_installed_category (
    blocktype character varying(50) NOT NULL,
    category character varying(50) NOT NULL,
    sortorder bigint NOT NULL,
    CONSTRAINT blocktype_installed_category_pkey PRIMARY KEY (blocktype)
);

CREATE TABLE mahara.blocktype_installed_viewtype (
    blocktype character varying(50) NOT NULL,
    viewtype character varying(50) NOT NULL,
    CONSTRAINT blocktype_installed_viewtype_pkey PRIMARY KEY (blocktype, viewtype)
);

CREATE TABLE mahara.blocktype_openbadgedisplayer_data (
    id bigint NOT NULL,
    host character varying(255) NOT NULL,
    uid character varying(100) NOT NULL,
    badgegroupid character varying(100) NOT NULL,
    name text,
    html text,
    lastupdate timestamp without time zone,
    CONSTRAINT blocktype_openbadgedisplayer_data_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.blocktype_taggedposts_tags (
    id bigint NOT NULL,
    block_instance bigint NOT NULL,
    tag character varying(128) NOT NULL,
    tagtype bigint NOT NULL,
    CONSTRAINT blocktype_taggedposts_tags_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.blocktype_verification_comment (
    id bigint NOT NULL,
    instance bigint NOT NULL,
    "from" bigint NOT NULL,
    private smallint NOT NULL,
    postdate timestamp without time zone NOT NULL,
    text text NOT NULL,
    CONSTRAINT blocktype_verification_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.blocktype_verification_undo (
    view bigint NOT NULL,
    usr bigint NOT NULL,
    block bigint NOT NULL,
    reporter bigint NOT NULL
);

CREATE TABLE mahara.blocktype_wall_post (
    id bigint NOT NULL,
    instance bigint NOT NULL,
    "from" bigint NOT NULL,
    replyto bigint,
    private smallint NOT NULL,
    postdate timestamp without time zone NOT NULL,
    text text NOT NULL,
    CONSTRAINT blocktype_wall_post_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.client_connections_config (
    id bigint NOT NULL,
    connection bigint NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT client_connections_config_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.client_connections_institution (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    plugintype character varying(255) NOT NULL,
    pluginname character varying(255) NOT NULL,
    priority bigint NOT NULL,
    class character varying(255) NOT NULL,
    connection character varying(255) NOT NULL,
    institution character varying(255) NOT NULL,
    url text NOT NULL,
    username character varying(255),
    password character varying(255),
    consumer character varying(255),
    secret character varying(255),
    token character varying(255),
    useheader smallint NOT NULL,
    header character varying(255),
    certificate text,
    parameters text,
    type character varying(10) NOT NULL,
    authtype character varying(10) NOT NULL,
    json smallint NOT NULL,
    enable smallint NOT NULL,
    isfatal smallint NOT NULL,
    version character varying(50),
    CONSTRAINT client_connections_institution_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.collection (
    id bigint NOT NULL,
    owner bigint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    name text NOT NULL,
    description text,
    navigation smallint NOT NULL,
    submittedgroup bigint,
    submittedhost character varying(255),
    submittedtime timestamp without time zone,
    submittedstatus smallint NOT NULL,
    "group" bigint,
    institution character varying(255),
    framework bigint,
    coverimage bigint,
    progresscompletion smallint NOT NULL,
    lock smallint NOT NULL,
    autocopytemplate smallint NOT NULL,
    template smallint NOT NULL,
    outcomeportfolio smallint NOT NULL,
    outcomecategory bigint,
    submissionoriginal bigint NOT NULL,
    CONSTRAINT collection_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.collection_template (
    id bigint NOT NULL,
    collection bigint NOT NULL,
    originaltemplate bigint NOT NULL,
    rolloverdate timestamp without time zone,
    CONSTRAINT collection_template_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.collection_view (
    collection bigint NOT NULL,
    view bigint NOT NULL,
    displayorder bigint NOT NULL,
    CONSTRAINT collection_view_pkey PRIMARY KEY (view)
);

CREATE TABLE mahara.config (
    field character varying(255) NOT NULL,
    value text,
    CONSTRAINT config_pkey PRIMARY KEY (field)
);

CREATE TABLE mahara.cron (
    id bigint NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT cron_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.event_log (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    realusr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    event character varying(255),
    data text,
    resourcetype character varying(255),
    resourceid bigint,
    parentresourcetype character varying(255),
    parentresourceid bigint,
    ownertype character varying(255),
    ownerid bigint,
    CONSTRAINT event_log_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.event_subscription (
    id bigint NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.event_type (
    name character varying(50) NOT NULL,
    CONSTRAINT event_type_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.existingcopy (
    id bigint NOT NULL,
    view bigint NOT NULL,
    collection bigint,
    usr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT existingcopy_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.export_archive (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    filename character varying(255) NOT NULL,
    filetitle character varying(255) NOT NULL,
    filepath character varying(255) NOT NULL,
    submission smallint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT export_archive_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.export_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT export_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.export_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT export_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.export_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT export_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.export_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT export_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.export_queue (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    type character varying(50),
    exporttype character varying(10) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    starttime timestamp without time zone,
    externalid character varying(255),
    externalname character varying(255),
    externalurl text,
    submitter bigint,
    CONSTRAINT export_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.export_queue_items (
    id bigint NOT NULL,
    exportqueueid bigint NOT NULL,
    collection bigint,
    view bigint,
    CONSTRAINT export_queue_items_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.external_functions (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    classname character varying(100) NOT NULL,
    methodname character varying(100) NOT NULL,
    classpath character varying(255),
    component character varying(100) NOT NULL,
    hasconfig smallint NOT NULL,
    CONSTRAINT external_functions_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.external_services (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    shortname character varying(200),
    enabled smallint NOT NULL,
    restrictedusers smallint NOT NULL,
    tokenusers smallint NOT NULL,
    component character varying(100),
    apiversion bigint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone,
    CONSTRAINT external_services_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.external_services_functions (
    id bigint NOT NULL,
    externalserviceid bigint NOT NULL,
    functionname character varying(200) NOT NULL,
    CONSTRAINT external_services_functions_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.external_services_logs (
    id bigint NOT NULL,
    timelogged bigint NOT NULL,
    userid bigint NOT NULL,
    externalserviceid bigint,
    institution character varying(255),
    protocol character varying(10) NOT NULL,
    auth character varying(10) NOT NULL,
    functionname character varying(200),
    timetaken numeric(10,5) NOT NULL,
    uri character varying(255),
    info text,
    ip character varying(45),
    CONSTRAINT external_services_logs_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.external_services_users (
    id bigint NOT NULL,
    externalserviceid bigint NOT NULL,
    userid bigint NOT NULL,
    institution character varying(255) NOT NULL,
    iprestriction character varying(255),
    validuntil bigint,
    ctime timestamp without time zone,
    mtime timestamp without time zone,
    publickey text NOT NULL,
    publickeyexpires bigint NOT NULL,
    wssigenc smallint NOT NULL,
    CONSTRAINT external_services_users_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.external_tokens (
    id bigint NOT NULL,
    token character varying(128) NOT NULL,
    tokentype smallint NOT NULL,
    userid bigint NOT NULL,
    institution character varying(255),
    externalserviceid bigint NOT NULL,
    sid character varying(128),
    creatorid bigint NOT NULL,
    iprestriction character varying(255),
    validuntil bigint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone,
    publickey text NOT NULL,
    publickeyexpires bigint NOT NULL,
    wssigenc smallint NOT NULL,
    clientname character varying(200),
    clientenv character varying(200),
    clientguid character varying(128),
    authinstance bigint NOT NULL,
    CONSTRAINT external_tokens_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.favorite (
    id bigint NOT NULL,
    owner bigint NOT NULL,
    shortname character varying(255) NOT NULL,
    institution character varying(255),
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT favorite_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.favorite_usr (
    favorite bigint NOT NULL,
    usr bigint NOT NULL,
    CONSTRAINT favorite_usr_pkey PRIMARY KEY (favorite, usr)
);

CREATE TABLE mahara.framework (
    id bigint NOT NULL,
    institution character varying(255),
    name character varying(255) NOT NULL,
    description text,
    selfassess bigint NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT framework_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.framework_assessment_feedback (
    id bigint NOT NULL,
    framework bigint NOT NULL,
    artefact bigint NOT NULL,
    oldstatus smallint NOT NULL,
    newstatus smallint NOT NULL,
    usr bigint NOT NULL,
    CONSTRAINT framework_assessment_feedback_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.framework_config (
    id bigint NOT NULL,
    framework bigint NOT NULL,
    field character varying(255) NOT NULL,
    value text NOT NULL,
    CONSTRAINT framework_config_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.framework_evidence (
    id bigint NOT NULL,
    annotation bigint,
    framework bigint,
    element bigint,
    view bigint,
    state smallint NOT NULL,
    reviewer bigint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT framework_evidence_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.framework_evidence_statuses (
    id bigint NOT NULL,
    framework bigint NOT NULL,
    name character varying(255) NOT NULL,
    type smallint NOT NULL,
    CONSTRAINT framework_evidence_statuses_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.framework_standard (
    id bigint NOT NULL,
    framework bigint NOT NULL,
    shortname character varying(100) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    priority bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT framework_standard_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.framework_standard_element (
    id bigint NOT NULL,
    standard bigint NOT NULL,
    shortname character varying(100) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    priority bigint NOT NULL,
    parent bigint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT framework_standard_element_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara."group" (
    id bigint NOT NULL,
    name character varying(128) NOT NULL,
    description text,
    grouptype character varying(20) NOT NULL,
    jointype character varying(20) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    public smallint NOT NULL,
    usersautoadded smallint NOT NULL,
    deleted smallint NOT NULL,
    category bigint,
    viewnotify smallint NOT NULL,
    quota bigint,
    quotaused bigint NOT NULL,
    institution character varying(255),
    shortname character varying(255),
    request smallint NOT NULL,
    submittableto smallint NOT NULL,
    editroles character varying(20) NOT NULL,
    hidden smallint NOT NULL,
    hidemembers smallint NOT NULL,
    hidemembersfrommembers smallint NOT NULL,
    groupparticipationreports smallint NOT NULL,
    grouparchivereports smallint NOT NULL,
    invitefriends smallint NOT NULL,
    suggestfriends smallint NOT NULL,
    urlid character varying(30),
    editwindowstart timestamp without time zone,
    editwindowend timestamp without time zone,
    sendnow smallint NOT NULL,
    feedbacknotify smallint NOT NULL,
    allowarchives smallint NOT NULL,
    CONSTRAINT group_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.group_category (
    id bigint NOT NULL,
    title character varying(255) NOT NULL,
    displayorder bigint NOT NULL,
    CONSTRAINT group_category_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.group_member (
    "group" bigint NOT NULL,
    member bigint NOT NULL,
    role character varying(255) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    method character varying(100) NOT NULL,
    CONSTRAINT group_member_pkey PRIMARY KEY ("group", member)
);

CREATE TABLE mahara.group_member_invite (
    "group" bigint NOT NULL,
    member bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    reason text,
    role character varying(255),
    CONSTRAINT group_member_invite_pkey PRIMARY KEY ("group", member)
);

CREATE TABLE mahara.group_member_request (
    "group" bigint NOT NULL,
    member bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    reason text,
    CONSTRAINT group_member_request_pkey PRIMARY KEY ("group", member)
);

CREATE TABLE mahara.group_usr_label (
    id bigint NOT NULL,
    "group" bigint NOT NULL,
    usr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    label character varying(255) NOT NULL,
    CONSTRAINT group_usr_label_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.grouptype (
    name character varying(20) NOT NULL,
    defaultrole character varying(255) NOT NULL,
    CONSTRAINT grouptype_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.grouptype_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT grouptype_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.grouptype_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT grouptype_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.grouptype_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT grouptype_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.grouptype_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT grouptype_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.grouptype_roles (
    grouptype character varying(20) NOT NULL,
    role character varying(255) NOT NULL,
    see_submitted_views smallint NOT NULL,
    CONSTRAINT grouptype_roles_pkey PRIMARY KEY (grouptype, role)
);

CREATE TABLE mahara.host (
    wwwroot character varying(255) NOT NULL,
    name character varying(80) NOT NULL,
    institution character varying(255) NOT NULL,
    ipaddress character varying(39) NOT NULL,
    appname character varying(20) NOT NULL,
    publickey text NOT NULL,
    publickeyexpires bigint NOT NULL,
    deleted smallint NOT NULL,
    lastconnecttime bigint NOT NULL,
    CONSTRAINT host_pkey PRIMARY KEY (wwwroot)
);

CREATE TABLE mahara.iframe_source (
    prefix character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT iframe_source_pkey PRIMARY KEY (prefix)
);

CREATE TABLE mahara.iframe_source_icon (
    name character varying(255) NOT NULL,
    domain character varying(255) NOT NULL,
    CONSTRAINT iframe_source_icon_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.import_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT import_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.import_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT import_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.import_entry_requests (
    id bigint NOT NULL,
    importid character varying(255) NOT NULL,
    entryid character varying(255) NOT NULL,
    entryparent character varying(255),
    strategy smallint NOT NULL,
    ownerid bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    entrytype character varying(255) NOT NULL,
    entrytitle text NOT NULL,
    entrycontent text,
    duplicateditemids text,
    existingitemids text,
    artefactmapping text,
    decision smallint NOT NULL,
    ctime timestamp without time zone,
    CONSTRAINT import_entry_requests_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.import_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT import_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.import_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT import_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.import_queue (
    id bigint NOT NULL,
    host character varying(255) NOT NULL,
    usr bigint NOT NULL,
    queue smallint NOT NULL,
    ready smallint NOT NULL,
    expirytime timestamp without time zone NOT NULL,
    format character varying(50),
    data text,
    token character varying(40) NOT NULL,
    CONSTRAINT import_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.institution (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    displayname character varying(255) NOT NULL,
    registerallowed smallint NOT NULL,
    theme character varying(255),
    defaultmembershipperiod bigint,
    maxuseraccounts bigint,
    expiry timestamp without time zone,
    expirymailsent smallint NOT NULL,
    suspended smallint NOT NULL,
    priority bigint NOT NULL,
    defaultquota bigint,
    showonlineusers bigint NOT NULL,
    allowinstitutionpublicviews smallint NOT NULL,
    registerconfirm smallint NOT NULL,
    logo bigint,
    logoxs bigint,
    style bigint,
    licensemandatory smallint NOT NULL,
    licensedefault character varying(255),
    dropdownmenu smallint NOT NULL,
    skins smallint NOT NULL,
    tags smallint NOT NULL,
    progresscompletion smallint NOT NULL,
    outcomeportfolio smallint NOT NULL,
    CONSTRAINT institution_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.institution_config (
    id bigint NOT NULL,
    institution character varying(255) NOT NULL,
    field character varying(255) NOT NULL,
    value text,
    CONSTRAINT institution_config_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.institution_data (
    ctime timestamp without time zone NOT NULL,
    institution character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    value text,
    CONSTRAINT institution_data_pkey PRIMARY KEY (ctime, institution, type)
);

CREATE TABLE mahara.institution_locked_profile_field (
    name character varying(255) NOT NULL,
    profilefield character varying(255) NOT NULL,
    CONSTRAINT institution_locked_profile_field_pkey PRIMARY KEY (name, profilefield)
);

CREATE TABLE mahara.institution_registration (
    id bigint NOT NULL,
    "time" timestamp without time zone NOT NULL,
    institution character varying(255) NOT NULL,
    CONSTRAINT institution_registration_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.institution_registration_data (
    registration_id bigint NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT institution_registration_data_pkey PRIMARY KEY (registration_id, field)
);

CREATE TABLE mahara.interaction_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT interaction_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.interaction_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT interaction_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.interaction_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT interaction_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.interaction_forum_edit (
    "user" bigint NOT NULL,
    post bigint NOT NULL,
    ctime timestamp without time zone NOT NULL
);

CREATE TABLE mahara.interaction_forum_instance_config (
    forum bigint NOT NULL,
    field text NOT NULL,
    value text NOT NULL
);

CREATE TABLE mahara.interaction_forum_moderator (
    "user" bigint NOT NULL,
    forum bigint NOT NULL
);

CREATE TABLE mahara.interaction_forum_post (
    id bigint NOT NULL,
    topic bigint NOT NULL,
    parent bigint,
    poster bigint NOT NULL,
    subject character varying(255),
    body text NOT NULL,
    ctime timestamp without time zone NOT NULL,
    deleted smallint NOT NULL,
    sent smallint NOT NULL,
    path character varying(2048),
    approved smallint NOT NULL,
    CONSTRAINT interaction_forum_post_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.interaction_forum_post_attachment (
    id bigint NOT NULL,
    post bigint NOT NULL,
    attachment bigint NOT NULL,
    CONSTRAINT interaction_forum_post_attachment_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.interaction_forum_subscription_forum (
    "user" bigint NOT NULL,
    forum bigint NOT NULL,
    key character varying(50) NOT NULL,
    CONSTRAINT interaction_forum_subscription_forum_pkey PRIMARY KEY ("user", forum)
);

CREATE TABLE mahara.interaction_forum_subscription_topic (
    "user" bigint NOT NULL,
    topic bigint NOT NULL,
    key character varying(50) NOT NULL,
    CONSTRAINT interaction_forum_subscription_topic_pkey PRIMARY KEY ("user", topic)
);

CREATE TABLE mahara.interaction_forum_topic (
    id bigint NOT NULL,
    forum bigint NOT NULL,
    sticky smallint NOT NULL,
    closed smallint NOT NULL,
    deleted smallint NOT NULL,
    CONSTRAINT interaction_forum_topic_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.interaction_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT interaction_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.interaction_instance (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    "group" bigint NOT NULL,
    title text NOT NULL,
    description text,
    ctime timestamp without time zone NOT NULL,
    creator bigint NOT NULL,
    deleted smallint NOT NULL,
    CONSTRAINT interaction_instance_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.lti_advantage_deployment (
    deployment_id character varying(255) NOT NULL,
    deployment_key bigint NOT NULL,
    registration_id character varying(255) NOT NULL,
    customer_id text NOT NULL,
    CONSTRAINT lti_advantage_deployment_pkey PRIMARY KEY (registration_id, deployment_id)
);

CREATE TABLE mahara.lti_advantage_group_membership (
    id bigint NOT NULL,
    context_memberships_url text NOT NULL,
    service_versions text,
    registration_id character varying(255) NOT NULL,
    state text,
    group_id bigint NOT NULL,
    external_unit_id text NOT NULL,
    CONSTRAINT lti_advantage_group_membership_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.lti_advantage_key (
    id character varying(255) NOT NULL,
    key_set_id character varying(255) NOT NULL,
    private_key text NOT NULL,
    alg text NOT NULL,
    CONSTRAINT lti_advantage_key_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.lti_advantage_key_set (
    id character varying(255) NOT NULL,
    CONSTRAINT lti_advantage_key_set_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.lti_advantage_registration (
    id character varying(255) NOT NULL,
    display_name character varying(32) NOT NULL,
    issuer text NOT NULL,
    client_id text NOT NULL,
    platform_login_auth_endpoint text NOT NULL,
    platform_service_auth_endpoint text NOT NULL,
    platform_jwks_endpoint text NOT NULL,
    platform_auth_provider text,
    platform_vendor_key text,
    key_set_id character varying(255) NOT NULL,
    connectionid bigint NOT NULL,
    CONSTRAINT lti_advantage_registration_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.lti_assessment (
    id bigint NOT NULL,
    oauthserver bigint NOT NULL,
    resourcelinkid text NOT NULL,
    contextid text NOT NULL,
    lisoutcomeserviceurl text NOT NULL,
    contexttitle text,
    resourcelinktitle text,
    "group" bigint NOT NULL,
    emailnotifications smallint NOT NULL,
    lock smallint NOT NULL,
    archive smallint NOT NULL,
    timeconfigured timestamp without time zone,
    CONSTRAINT lti_assessment_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.lti_assessment_submission (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    ltiassessment bigint NOT NULL,
    lisresultsourceid text NOT NULL,
    timesubmitted timestamp without time zone NOT NULL,
    grade smallint,
    timegraded timestamp without time zone,
    gradedbyusr bigint,
    collectionid bigint,
    viewid bigint,
    CONSTRAINT lti_assessment_submission_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.module_assessmentreport_history (
    id bigint NOT NULL,
    userid bigint,
    event text,
    itemid bigint,
    datesubmitted timestamp without time zone,
    datereleased timestamp without time zone,
    markerid bigint,
    groupid bigint,
    CONSTRAINT module_assessmentreport_history_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.module_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT module_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.module_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT module_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.module_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT module_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.module_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT module_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.module_multirecipient_notification (
    id bigint NOT NULL,
    type bigint,
    ctime timestamp without time zone,
    subject text,
    message text,
    parent bigint,
    CONSTRAINT module_multirecipient_notification_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.module_multirecipient_userrelation (
    id bigint NOT NULL,
    role character varying(9) NOT NULL,
    usr bigint NOT NULL,
    notification bigint NOT NULL,
    read smallint NOT NULL,
    deleted smallint NOT NULL,
    CONSTRAINT module_multirecipient_userrelation_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.module_submissions (
    id bigint NOT NULL,
    groupid bigint NOT NULL,
    ownertype character varying(20) NOT NULL,
    ownerid bigint NOT NULL,
    portfolioelementtype character varying(20) NOT NULL,
    portfolioelementid bigint NOT NULL,
    portfolioelementtitle text NOT NULL,
    submissiondate timestamp without time zone,
    status smallint NOT NULL,
    taskid bigint,
    tasktitle text,
    exportarchiveid bigint,
    CONSTRAINT module_submissions_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.module_submissions_evaluation (
    id bigint NOT NULL,
    submissionid bigint NOT NULL,
    evaluatorid bigint,
    evaluationdate timestamp without time zone,
    feedback text,
    rating smallint,
    success smallint,
    CONSTRAINT module_submissions_evaluation_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.notification_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT notification_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.notification_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT notification_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.notification_emaildigest_queue (
    id bigint NOT NULL,
    type bigint NOT NULL,
    usr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    message text NOT NULL,
    url text,
    CONSTRAINT notification_emaildigest_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.notification_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT notification_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.notification_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT notification_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.notification_internal_activity (
    id bigint NOT NULL,
    type bigint NOT NULL,
    usr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    subject text,
    message text,
    url text,
    urltext text,
    read smallint NOT NULL,
    parent bigint,
    "from" bigint,
    CONSTRAINT notification_internal_activity_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.oauth_server_config (
    id bigint NOT NULL,
    oauthserverregistryid bigint NOT NULL,
    field character varying(255) NOT NULL,
    value text,
    CONSTRAINT oauth_server_config_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.oauth_server_nonce (
    id bigint NOT NULL,
    consumer_key character varying(128) NOT NULL,
    token character varying(64) NOT NULL,
    nonce character varying(80) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT oauth_server_nonce_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.oauth_server_registry (
    id bigint NOT NULL,
    userid bigint NOT NULL,
    externalserviceid bigint NOT NULL,
    institution character varying(255) NOT NULL,
    consumer_key character varying(128) NOT NULL,
    consumer_secret character varying(128) NOT NULL,
    enabled smallint NOT NULL,
    status character varying(255) NOT NULL,
    requester_name character varying(255) NOT NULL,
    requester_email character varying(255) NOT NULL,
    callback_uri text NOT NULL,
    application_uri text NOT NULL,
    application_title character varying(255) NOT NULL,
    application_descr text NOT NULL,
    application_notes text NOT NULL,
    application_type character varying(255) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT oauth_server_registry_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.oauth_server_token (
    id bigint NOT NULL,
    osr_id_ref bigint NOT NULL,
    userid bigint NOT NULL,
    token character varying(64) NOT NULL,
    token_secret character varying(64) NOT NULL,
    token_type character varying(20) NOT NULL,
    authorized smallint NOT NULL,
    referrer_host character varying(128) NOT NULL,
    callback_uri text NOT NULL,
    verifier character varying(10) NOT NULL,
    token_ttl timestamp without time zone NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT oauth_server_token_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.objectionable (
    id bigint NOT NULL,
    objecttype character varying(20) NOT NULL,
    objectid bigint NOT NULL,
    reportedby bigint NOT NULL,
    report text NOT NULL,
    reportedtime timestamp without time zone NOT NULL,
    reviewedby bigint,
    review text,
    reviewedtime timestamp without time zone,
    resolvedby bigint,
    resolvedtime timestamp without time zone,
    suspended smallint NOT NULL,
    status smallint NOT NULL,
    CONSTRAINT objectionable_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.outcome (
    id bigint NOT NULL,
    outcome_type bigint,
    short_title character varying(70) NOT NULL,
    full_title character varying(255),
    support smallint NOT NULL,
    progress text,
    collection bigint NOT NULL,
    lastedit timestamp without time zone,
    lastauthor bigint,
    lasteditprogress timestamp without time zone,
    lastauthorprogress bigint,
    complete smallint NOT NULL,
    CONSTRAINT outcome_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.outcome_category (
    id bigint NOT NULL,
    title character varying(100) NOT NULL,
    institution character varying(255) NOT NULL,
    CONSTRAINT outcome_category_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.outcome_subject (
    id bigint NOT NULL,
    title character varying(100) NOT NULL,
    abbreviation character varying(10) NOT NULL,
    outcome_subject_category bigint NOT NULL,
    CONSTRAINT outcome_subject_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.outcome_subject_category (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    institution character varying(255) NOT NULL,
    CONSTRAINT outcome_subject_category_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.outcome_type (
    id bigint NOT NULL,
    title character varying(100) NOT NULL,
    abbreviation character varying(10) NOT NULL,
    styleclass character varying(63) NOT NULL,
    outcome_category bigint NOT NULL,
    CONSTRAINT outcome_type_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.outcome_view_activity (
    outcome bigint NOT NULL,
    activity bigint NOT NULL
);

CREATE TABLE mahara.search_config (
    plugin character varying(100) NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT search_config_pkey PRIMARY KEY (plugin, field)
);

CREATE TABLE mahara.search_cron (
    plugin character varying(255) NOT NULL,
    callfunction character varying(255) NOT NULL,
    nextrun timestamp without time zone,
    minute character varying(25) NOT NULL,
    hour character varying(25) NOT NULL,
    day character varying(25) NOT NULL,
    month character varying(25) NOT NULL,
    dayofweek character varying(25) NOT NULL,
    CONSTRAINT search_cron_pkey PRIMARY KEY (plugin, callfunction)
);

CREATE TABLE mahara.search_elasticsearch_7_queue (
    id bigint NOT NULL,
    itemid bigint NOT NULL,
    type character varying(255) NOT NULL,
    artefacttype character varying(255),
    status bigint NOT NULL,
    lastprocessed timestamp without time zone,
    CONSTRAINT search_elasticsearch_7_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.search_elasticsearch_queue (
    id bigint NOT NULL,
    itemid bigint NOT NULL,
    type character varying(255) NOT NULL,
    artefacttype character varying(255),
    status bigint NOT NULL,
    lastprocessed timestamp without time zone,
    CONSTRAINT search_elasticsearch_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.search_event_subscription (
    id bigint NOT NULL,
    plugin character varying(255) NOT NULL,
    event character varying(50) NOT NULL,
    callfunction character varying(255) NOT NULL,
    CONSTRAINT search_event_subscription_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.search_installed (
    name character varying(255) NOT NULL,
    version bigint NOT NULL,
    release text NOT NULL,
    active smallint NOT NULL,
    CONSTRAINT search_installed_pkey PRIMARY KEY (name)
);

CREATE TABLE mahara.site_content (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    content text NOT NULL,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    mauthor bigint NOT NULL,
    institution character varying(255) NOT NULL,
    CONSTRAINT site_content_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.site_content_version (
    id bigint NOT NULL,
    type character varying(100) NOT NULL,
    content text NOT NULL,
    author bigint NOT NULL,
    institution character varying(255) NOT NULL,
    version character varying(15) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT site_content_version_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.site_data (
    ctime timestamp without time zone NOT NULL,
    type character varying(255) NOT NULL,
    value text,
    CONSTRAINT site_data_pkey PRIMARY KEY (ctime, type)
);

CREATE TABLE mahara.site_menu (
    id bigint NOT NULL,
    title text NOT NULL,
    file bigint,
    url text,
    displayorder bigint NOT NULL,
    public smallint NOT NULL,
    CONSTRAINT site_menu_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.site_registration (
    id bigint NOT NULL,
    "time" timestamp without time zone NOT NULL,
    CONSTRAINT site_registration_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.site_registration_data (
    registration_id bigint NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT site_registration_data_pkey PRIMARY KEY (registration_id, field)
);

CREATE TABLE mahara.skin (
    id bigint NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    owner bigint NOT NULL,
    type character varying(10) NOT NULL,
    viewskin text NOT NULL,
    bodybgimg bigint,
    headingbgimg bigint,
    ctime timestamp without time zone,
    mtime timestamp without time zone,
    CONSTRAINT skin_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.skin_favorites (
    id bigint NOT NULL,
    "user" bigint NOT NULL,
    favorites text NOT NULL,
    CONSTRAINT skin_favorites_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.skin_fonts (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    title character varying(255) NOT NULL,
    licence character varying(255),
    notice text,
    previewfont character varying(255) NOT NULL,
    variants text NOT NULL,
    fonttype character varying(30) NOT NULL,
    onlyheading smallint NOT NULL,
    fontstack text NOT NULL,
    genericfont character varying(10) NOT NULL,
    CONSTRAINT skin_fonts_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.sso_session (
    userid bigint NOT NULL,
    instanceid bigint NOT NULL,
    username character varying(30) NOT NULL,
    useragent character varying(40) NOT NULL,
    token character varying(40) NOT NULL,
    confirmtimeout bigint NOT NULL,
    expires bigint NOT NULL,
    sessionid character varying(64) NOT NULL,
    CONSTRAINT sso_session_pkey PRIMARY KEY (userid, instanceid)
);

CREATE TABLE mahara.style (
    id bigint NOT NULL,
    title character varying(255) NOT NULL,
    css text,
    CONSTRAINT style_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.style_property (
    style bigint NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT style_property_pkey PRIMARY KEY (style, field)
);

CREATE TABLE mahara.tag (
    id bigint NOT NULL,
    tag character varying(255) NOT NULL,
    resourcetype character varying(100) NOT NULL,
    resourceid character varying(255) NOT NULL,
    ownertype character varying(100) NOT NULL,
    ownerid character varying(100),
    editedby bigint,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone,
    CONSTRAINT tag_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr (
    id bigint NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    salt character varying(8),
    passwordchange smallint NOT NULL,
    active smallint NOT NULL,
    deleted smallint NOT NULL,
    expiry timestamp without time zone,
    expirymailsent smallint NOT NULL,
    lastlogin timestamp without time zone,
    lastlastlogin timestamp without time zone,
    lastaccess timestamp without time zone,
    inactivemailsent smallint NOT NULL,
    staff smallint NOT NULL,
    admin smallint NOT NULL,
    firstname text,
    lastname text,
    studentid text,
    preferredname text,
    email character varying(255),
    profileicon bigint,
    suspendedctime timestamp without time zone,
    suspendedreason text,
    suspendedcusr bigint,
    quota bigint,
    quotaused bigint NOT NULL,
    authinstance bigint NOT NULL,
    ctime timestamp without time zone,
    showhomeinfo smallint NOT NULL,
    logintries smallint NOT NULL,
    unread bigint NOT NULL,
    urlid character varying(30),
    probation bigint NOT NULL,
    CONSTRAINT usr_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_access_roles (
    role character varying(255) NOT NULL,
    see_block_content smallint NOT NULL,
    CONSTRAINT usr_access_roles_pkey PRIMARY KEY (role)
);

CREATE TABLE mahara.usr_account_preference (
    usr bigint NOT NULL,
    field character varying(100) NOT NULL,
    value text NOT NULL,
    CONSTRAINT usr_account_preference_pkey PRIMARY KEY (usr, field)
);

CREATE TABLE mahara.usr_activity_preference (
    usr bigint NOT NULL,
    activity bigint NOT NULL,
    method character varying(255),
    CONSTRAINT usr_activity_preference_pkey PRIMARY KEY (usr, activity)
);

CREATE TABLE mahara.usr_agreement (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    sitecontentid bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    agreed smallint NOT NULL,
    CONSTRAINT usr_agreement_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_friend (
    usr1 bigint NOT NULL,
    usr2 bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT usr_friend_pkey PRIMARY KEY (usr1, usr2)
);

CREATE TABLE mahara.usr_friend_request (
    owner bigint NOT NULL,
    requester bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    message text,
    CONSTRAINT usr_friend_request_pkey PRIMARY KEY (owner, requester)
);

CREATE TABLE mahara.usr_infectedupload (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    "time" timestamp without time zone NOT NULL,
    CONSTRAINT usr_infectedupload_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_institution (
    usr bigint NOT NULL,
    institution character varying(255) NOT NULL,
    ctime timestamp without time zone,
    expiry timestamp without time zone,
    expirymailsent smallint NOT NULL,
    studentid text,
    staff smallint NOT NULL,
    admin smallint NOT NULL,
    supportadmin smallint NOT NULL,
    CONSTRAINT usr_institution_pkey PRIMARY KEY (usr, institution)
);

CREATE TABLE mahara.usr_institution_migrate (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    old_authinstance bigint NOT NULL,
    new_authinstance bigint NOT NULL,
    new_username character varying(255) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    key character varying(16),
    token character varying(8),
    email character varying(255),
    CONSTRAINT usr_institution_migrate_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_institution_request (
    usr bigint NOT NULL,
    institution character varying(255) NOT NULL,
    confirmedusr smallint NOT NULL,
    confirmedinstitution smallint NOT NULL,
    ctime timestamp without time zone,
    studentid text,
    CONSTRAINT usr_institution_request_pkey PRIMARY KEY (usr, institution)
);

CREATE TABLE mahara.usr_login_data (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT usr_login_data_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_login_saml (
    id bigint NOT NULL,
    usr bigint,
    data text NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT usr_login_saml_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_password_request (
    usr bigint NOT NULL,
    expiry timestamp without time zone NOT NULL,
    key character varying(20) NOT NULL,
    CONSTRAINT usr_password_request_pkey PRIMARY KEY (usr, expiry)
);

CREATE TABLE mahara.usr_pendingdeletion (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    reason text,
    CONSTRAINT usr_pendingdeletion_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_registration (
    id bigint NOT NULL,
    institution character varying(255) NOT NULL,
    firstname text NOT NULL,
    lastname text NOT NULL,
    email text NOT NULL,
    lang text,
    key character varying(16) NOT NULL,
    expiry timestamp without time zone NOT NULL,
    pending smallint NOT NULL,
    reason text,
    extra text,
    authtype character varying(255) NOT NULL,
    CONSTRAINT usr_registration_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_roles (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    role character varying(255) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    provisioner character varying(255) NOT NULL,
    institution character varying(255),
    active smallint NOT NULL,
    CONSTRAINT usr_roles_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.usr_session (
    usr bigint NOT NULL,
    session character varying(255) NOT NULL,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone,
    useragent text,
    CONSTRAINT usr_session_pkey PRIMARY KEY (session)
);

CREATE TABLE mahara.usr_watchlist_view (
    usr bigint NOT NULL,
    view bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    unsubscribetoken character varying(24),
    CONSTRAINT usr_watchlist_view_pkey PRIMARY KEY (usr, view)
);

CREATE TABLE mahara.view (
    id bigint NOT NULL,
    title text NOT NULL,
    description text,
    owner bigint,
    ownerformat text,
    "group" bigint,
    institution character varying(255),
    startdate timestamp without time zone,
    stopdate timestamp without time zone,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    atime timestamp without time zone NOT NULL,
    submittedgroup bigint,
    submittedhost character varying(255),
    submittedtime timestamp without time zone,
    submittedstatus smallint NOT NULL,
    numrows smallint NOT NULL,
    layout bigint,
    skin bigint,
    theme character varying(255),
    template smallint NOT NULL,
    retainview smallint NOT NULL,
    copynewuser smallint NOT NULL,
    type character varying(50) NOT NULL,
    visits bigint NOT NULL,
    allowcomments smallint NOT NULL,
    approvecomments smallint NOT NULL,
    locked smallint NOT NULL,
    urlid character varying(100),
    anonymise smallint NOT NULL,
    lockblocks smallint NOT NULL,
    instructions text,
    instructionscollapsed smallint NOT NULL,
    accessibleview smallint NOT NULL,
    coverimage bigint,
    locktemplate smallint NOT NULL,
    signoff smallint NOT NULL,
    verify smallint NOT NULL,
    submissionoriginal bigint NOT NULL,
    CONSTRAINT view_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_access (
    id bigint NOT NULL,
    view bigint NOT NULL,
    accesstype character varying(16),
    "group" bigint,
    role character varying(255),
    usr bigint,
    institution character varying(255),
    token character varying(100),
    visible smallint NOT NULL,
    startdate timestamp without time zone,
    stopdate timestamp without time zone,
    allowcomments smallint NOT NULL,
    approvecomments smallint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    CONSTRAINT view_access_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_activity (
    id bigint NOT NULL,
    view bigint NOT NULL,
    description text NOT NULL,
    subject bigint NOT NULL,
    supervisor bigint NOT NULL,
    achieved smallint NOT NULL,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT view_activity_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_activity_achievement_levels (
    id bigint NOT NULL,
    activity bigint NOT NULL,
    type integer NOT NULL,
    value character varying(255) NOT NULL,
    CONSTRAINT view_activity_achievement_levels_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_activity_support (
    id bigint NOT NULL,
    activity bigint NOT NULL,
    type character varying(255) NOT NULL,
    value text NOT NULL,
    author bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    mtime timestamp without time zone NOT NULL,
    CONSTRAINT view_activity_support_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_artefact (
    id bigint NOT NULL,
    view bigint NOT NULL,
    artefact bigint NOT NULL,
    block bigint NOT NULL,
    CONSTRAINT view_artefact_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_autocreate_grouptype (
    view bigint NOT NULL,
    grouptype character varying(20) NOT NULL,
    CONSTRAINT view_autocreate_grouptype_pkey PRIMARY KEY (view, grouptype)
);

CREATE TABLE mahara.view_copy_queue (
    id bigint NOT NULL,
    collection bigint,
    view bigint,
    usr bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    status bigint NOT NULL,
    CONSTRAINT view_copy_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_instructions_lock (
    view bigint NOT NULL,
    originaltemplate bigint,
    locked smallint NOT NULL,
    CONSTRAINT view_instructions_lock_pkey PRIMARY KEY (view)
);

CREATE TABLE mahara.view_rows_columns (
    id bigint NOT NULL,
    view bigint NOT NULL,
    "row" smallint NOT NULL,
    columns smallint NOT NULL,
    CONSTRAINT view_rows_columns_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_signoff_verify (
    id bigint NOT NULL,
    view bigint NOT NULL,
    verifier bigint,
    verifiedtime timestamp without time zone,
    signofftime timestamp without time zone,
    signoff smallint NOT NULL,
    verified smallint NOT NULL,
    show_verify smallint NOT NULL,
    CONSTRAINT view_signoff_verify_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_type (
    type character varying(50) NOT NULL,
    CONSTRAINT view_type_pkey PRIMARY KEY (type)
);

CREATE TABLE mahara.view_versioning (
    id bigint NOT NULL,
    view bigint NOT NULL,
    ctime timestamp without time zone NOT NULL,
    blockdata text,
    artefactids text,
    commentdata text,
    CONSTRAINT view_versioning_pkey PRIMARY KEY (id)
);

CREATE TABLE mahara.view_visit (
    view bigint NOT NULL,
    ctime timestamp without time zone NOT NULL
);

CREATE TABLE mahara.watchlist_queue (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    block bigint,
    view bigint NOT NULL,
    changed_on timestamp without time zone NOT NULL,
    CONSTRAINT watchlist_queue_pkey PRIMARY KEY (id)
);

ALTER TABLE mahara.activity_queue ADD CONSTRAINT activity_queue_last_processed_useridfk FOREIGN KEY (last_processed_userid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.activity_queue ADD CONSTRAINT activity_queue_typefk FOREIGN KEY (type) REFERENCES mahara.activity_type (id);
ALTER TABLE mahara.archived_submissions ADD CONSTRAINT archived_submissions_archivefk FOREIGN KEY (archiveid) REFERENCES mahara.export_archive (id);
ALTER TABLE mahara.archived_submissions ADD CONSTRAINT archived_submissions_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.artefact ADD CONSTRAINT artefact_authorfk FOREIGN KEY (author) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact ADD CONSTRAINT artefact_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.artefact ADD CONSTRAINT artefact_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.artefact ADD CONSTRAINT artefact_parentfk FOREIGN KEY (parent) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact ADD CONSTRAINT artefact_typefk FOREIGN KEY (artefacttype) REFERENCES mahara.artefact_installed_type (name);
ALTER TABLE mahara.artefact ADD CONSTRAINT artefact_usrfk FOREIGN KEY (owner) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact_access ADD CONSTRAINT artefact_access_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_access ADD CONSTRAINT artefact_access_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.artefact_access ADD CONSTRAINT artefact_access_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.artefact_access ADD CONSTRAINT artefact_access_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact_access_role ADD CONSTRAINT artefact_access_role_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_access_usr ADD CONSTRAINT artefact_access_usr_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_access_usr ADD CONSTRAINT artefact_access_usr_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact_annotation ADD CONSTRAINT artefact_annotation_annotationfk FOREIGN KEY (annotation) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_annotation ADD CONSTRAINT artefact_annotation_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_annotation ADD CONSTRAINT artefact_annotation_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.artefact_annotation_feedback ADD CONSTRAINT artefact_annotation_feedback_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_annotation_feedback ADD CONSTRAINT artefact_annotation_feedback_deletedbyfk FOREIGN KEY (deletedby) REFERENCES mahara.artefact_annotation_deletedby (name);
ALTER TABLE mahara.artefact_annotation_feedback ADD CONSTRAINT artefact_annotation_feedback_onannotationfk FOREIGN KEY (onannotation) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_annotation_feedback ADD CONSTRAINT artefact_annotation_feedback_requestpublicfk FOREIGN KEY (requestpublic) REFERENCES mahara.artefact_annotation_deletedby (name);
ALTER TABLE mahara.artefact_attachment ADD CONSTRAINT artefact_attachment_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_attachment ADD CONSTRAINT artefact_attachment_attachmentfk FOREIGN KEY (attachment) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_blog_blogpost ADD CONSTRAINT artefact_blog_blogpost_blogpostfk FOREIGN KEY (blogpost) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_checkpoint_feedback ADD CONSTRAINT artefact_checkpoint_feedback_activityfk FOREIGN KEY (activity) REFERENCES mahara.view_activity (id);
ALTER TABLE mahara.artefact_checkpoint_feedback ADD CONSTRAINT artefact_checkpoint_feedback_authorfk FOREIGN KEY (author) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact_checkpoint_feedback ADD CONSTRAINT artefact_checkpoint_feedback_blockfk FOREIGN KEY (block) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.artefact_checkpoint_feedback ADD CONSTRAINT artefact_checkpoint_feedback_feedbackfk FOREIGN KEY (feedback) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_comment_comment ADD CONSTRAINT artefact_comment_comment_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_comment_comment ADD CONSTRAINT artefact_comment_comment_deletedbyfk FOREIGN KEY (deletedby) REFERENCES mahara.artefact_comment_deletedby (name);
ALTER TABLE mahara.artefact_comment_comment ADD CONSTRAINT artefact_comment_comment_onartefactfk FOREIGN KEY (onartefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_comment_comment ADD CONSTRAINT artefact_comment_comment_onviewfk FOREIGN KEY (onview) REFERENCES mahara.view (id);
ALTER TABLE mahara.artefact_comment_comment ADD CONSTRAINT artefact_comment_comment_requestpublicfk FOREIGN KEY (requestpublic) REFERENCES mahara.artefact_comment_deletedby (name);
ALTER TABLE mahara.artefact_config ADD CONSTRAINT artefact_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.artefact_installed (name);
ALTER TABLE mahara.artefact_cron ADD CONSTRAINT artefact_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.artefact_installed (name);
ALTER TABLE mahara.artefact_event_subscription ADD CONSTRAINT artefact_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.artefact_event_subscription ADD CONSTRAINT artefact_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.artefact_installed (name);
ALTER TABLE mahara.artefact_file_embedded ADD CONSTRAINT artefact_file_embedded_artefactfk FOREIGN KEY (fileid) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_file_files ADD CONSTRAINT artefact_file_files_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_file_image ADD CONSTRAINT artefact_file_image_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_installed_type ADD CONSTRAINT artefact_installed_type_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.artefact_installed (name);
ALTER TABLE mahara.artefact_internal_profile_email ADD CONSTRAINT artefact_internal_profile_email_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_internal_profile_email ADD CONSTRAINT artefact_internal_profile_email_ownerfk FOREIGN KEY (owner) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact_log ADD CONSTRAINT artefact_log_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact_peer_assessment ADD CONSTRAINT artefact_peer_assessment_assessmentfk FOREIGN KEY (assessment) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_peer_assessment ADD CONSTRAINT artefact_peer_assessment_blockfk FOREIGN KEY (block) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.artefact_peer_assessment ADD CONSTRAINT artefact_peer_assessment_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.artefact_peer_assessment ADD CONSTRAINT artefact_peer_assessment_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.artefact_plans_plan ADD CONSTRAINT artefact_plans_plan_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_plans_task ADD CONSTRAINT artefact_plans_task_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_resume_book ADD CONSTRAINT artefact_resume_book_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_resume_certification ADD CONSTRAINT artefact_resume_certification_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_resume_educationhistory ADD CONSTRAINT artefact_resume_educationhistory_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_resume_employmenthistory ADD CONSTRAINT artefact_resume_employmenthistory_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_resume_membership ADD CONSTRAINT artefact_resume_membership_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.artefact_resume_personal_information ADD CONSTRAINT artefact_resume_personal_information_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.auth_config ADD CONSTRAINT auth_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.auth_installed (name);
ALTER TABLE mahara.auth_cron ADD CONSTRAINT auth_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.auth_installed (name);
ALTER TABLE mahara.auth_event_subscription ADD CONSTRAINT auth_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.auth_event_subscription ADD CONSTRAINT auth_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.auth_installed (name);
ALTER TABLE mahara.auth_instance ADD CONSTRAINT auth_instance_authnamefk FOREIGN KEY (authname) REFERENCES mahara.auth_installed (name);
ALTER TABLE mahara.auth_instance ADD CONSTRAINT auth_instance_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.auth_instance_config ADD CONSTRAINT auth_instance_config_instancefk FOREIGN KEY (instance) REFERENCES mahara.auth_instance (id);
ALTER TABLE mahara.auth_remote_user ADD CONSTRAINT auth_remote_user_authinstancefk FOREIGN KEY (authinstance) REFERENCES mahara.auth_instance (id);
ALTER TABLE mahara.auth_remote_user ADD CONSTRAINT auth_remote_user_localusrfk FOREIGN KEY (localusr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.block_instance ADD CONSTRAINT block_instance_blocktypefk FOREIGN KEY (blocktype) REFERENCES mahara.blocktype_installed (name);
ALTER TABLE mahara.block_instance ADD CONSTRAINT block_instance_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.block_instance_dimension ADD CONSTRAINT block_instance_dimension_blockfk FOREIGN KEY (block) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.blocktype_config ADD CONSTRAINT blocktype_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.blocktype_installed (name);
ALTER TABLE mahara.blocktype_cron ADD CONSTRAINT blocktype_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.blocktype_installed (name);
ALTER TABLE mahara.blocktype_event_subscription ADD CONSTRAINT blocktype_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.blocktype_event_subscription ADD CONSTRAINT blocktype_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.blocktype_installed (name);
ALTER TABLE mahara.blocktype_installed ADD CONSTRAINT blocktype_installed_artefactpluginfk FOREIGN KEY (artefactplugin) REFERENCES mahara.artefact_installed (name);
ALTER TABLE mahara.blocktype_installed_category ADD CONSTRAINT blocktype_installed_category_blocktypefk FOREIGN KEY (blocktype) REFERENCES mahara.blocktype_installed (name);
ALTER TABLE mahara.blocktype_installed_category ADD CONSTRAINT blocktype_installed_category_categoryfk FOREIGN KEY (category) REFERENCES mahara.blocktype_category (name);
ALTER TABLE mahara.blocktype_installed_viewtype ADD CONSTRAINT blocktype_installed_viewtype_blocktypefk FOREIGN KEY (blocktype) REFERENCES mahara.blocktype_installed (name);
ALTER TABLE mahara.blocktype_installed_viewtype ADD CONSTRAINT blocktype_installed_viewtype_viewtypefk FOREIGN KEY (viewtype) REFERENCES mahara.view_type (type);
ALTER TABLE mahara.blocktype_verification_comment ADD CONSTRAINT blocktype_verification_comment_instancefk FOREIGN KEY (instance) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.blocktype_verification_comment ADD CONSTRAINT blocktype_verification_comment_userfk FOREIGN KEY ("from") REFERENCES mahara.usr (id);
ALTER TABLE mahara.blocktype_verification_undo ADD CONSTRAINT blocktype_verification_undo_blockfk FOREIGN KEY (block) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.blocktype_verification_undo ADD CONSTRAINT blocktype_verification_undo_reporterfk FOREIGN KEY (reporter) REFERENCES mahara.usr (id);
ALTER TABLE mahara.blocktype_verification_undo ADD CONSTRAINT blocktype_verification_undo_userfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.blocktype_verification_undo ADD CONSTRAINT blocktype_verification_undo_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.blocktype_wall_post ADD CONSTRAINT blocktype_wall_post_instancefk FOREIGN KEY (instance) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.blocktype_wall_post ADD CONSTRAINT blocktype_wall_post_replytofk FOREIGN KEY (replyto) REFERENCES mahara.blocktype_wall_post (id);
ALTER TABLE mahara.blocktype_wall_post ADD CONSTRAINT blocktype_wall_post_userfk FOREIGN KEY ("from") REFERENCES mahara.usr (id);
ALTER TABLE mahara.client_connections_config ADD CONSTRAINT client_connections_config_ccifk FOREIGN KEY (connection) REFERENCES mahara.client_connections_institution (id);
ALTER TABLE mahara.client_connections_institution ADD CONSTRAINT client_connections_institution_institution FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.collection ADD CONSTRAINT collection_coverimagefk FOREIGN KEY (coverimage) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.collection ADD CONSTRAINT collection_frameworkfk FOREIGN KEY (framework) REFERENCES mahara.framework (id);
ALTER TABLE mahara.collection ADD CONSTRAINT collection_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.collection ADD CONSTRAINT collection_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.collection ADD CONSTRAINT collection_outcatfk FOREIGN KEY (outcomecategory) REFERENCES mahara.outcome_category (id);
ALTER TABLE mahara.collection ADD CONSTRAINT collection_submittedgroupfk FOREIGN KEY (submittedgroup) REFERENCES mahara."group" (id);
ALTER TABLE mahara.collection ADD CONSTRAINT collection_usrfk FOREIGN KEY (owner) REFERENCES mahara.usr (id);
ALTER TABLE mahara.collection_template ADD CONSTRAINT collection_template_collectionfk FOREIGN KEY (collection) REFERENCES mahara.collection (id);
ALTER TABLE mahara.collection_template ADD CONSTRAINT collection_template_templatefk FOREIGN KEY (originaltemplate) REFERENCES mahara.collection (id);
ALTER TABLE mahara.collection_view ADD CONSTRAINT collection_view_collectionfk FOREIGN KEY (collection) REFERENCES mahara.collection (id);
ALTER TABLE mahara.collection_view ADD CONSTRAINT collection_view_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.event_log ADD CONSTRAINT event_log_realusrfk FOREIGN KEY (realusr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.event_log ADD CONSTRAINT event_log_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.event_subscription ADD CONSTRAINT event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.existingcopy ADD CONSTRAINT existingcopy_collectionfk FOREIGN KEY (collection) REFERENCES mahara.collection (id);
ALTER TABLE mahara.existingcopy ADD CONSTRAINT existingcopy_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.existingcopy ADD CONSTRAINT existingcopy_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.export_archive ADD CONSTRAINT export_archive_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.export_config ADD CONSTRAINT export_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.export_installed (name);
ALTER TABLE mahara.export_cron ADD CONSTRAINT export_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.export_installed (name);
ALTER TABLE mahara.export_event_subscription ADD CONSTRAINT export_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.export_event_subscription ADD CONSTRAINT export_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.export_installed (name);
ALTER TABLE mahara.export_queue ADD CONSTRAINT export_queue_submitterfk FOREIGN KEY (submitter) REFERENCES mahara.usr (id);
ALTER TABLE mahara.export_queue ADD CONSTRAINT export_queue_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.export_queue_items ADD CONSTRAINT export_queue_items_collectionfk FOREIGN KEY (collection) REFERENCES mahara.collection (id);
ALTER TABLE mahara.export_queue_items ADD CONSTRAINT export_queue_items_exportqueuefk FOREIGN KEY (exportqueueid) REFERENCES mahara.export_queue (id);
ALTER TABLE mahara.export_queue_items ADD CONSTRAINT export_queue_items_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.external_services_functions ADD CONSTRAINT external_services_functions_externalserviceidfk FOREIGN KEY (externalserviceid) REFERENCES mahara.external_services (id);
ALTER TABLE mahara.external_services_logs ADD CONSTRAINT external_services_logs_useridfk FOREIGN KEY (userid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.external_services_users ADD CONSTRAINT external_services_users_externalserviceidfk FOREIGN KEY (externalserviceid) REFERENCES mahara.external_services (id);
ALTER TABLE mahara.external_services_users ADD CONSTRAINT external_services_users_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.external_services_users ADD CONSTRAINT external_services_users_useridfk FOREIGN KEY (userid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.external_tokens ADD CONSTRAINT external_tokens_creatoridfk FOREIGN KEY (creatorid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.external_tokens ADD CONSTRAINT external_tokens_externalserviceidfk FOREIGN KEY (externalserviceid) REFERENCES mahara.external_services (id);
ALTER TABLE mahara.external_tokens ADD CONSTRAINT external_tokens_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.external_tokens ADD CONSTRAINT external_tokens_useridfk FOREIGN KEY (userid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.favorite ADD CONSTRAINT favorite_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.favorite ADD CONSTRAINT favorite_ownerfk FOREIGN KEY (owner) REFERENCES mahara.usr (id);
ALTER TABLE mahara.favorite_usr ADD CONSTRAINT favorite_usr_favoritefk FOREIGN KEY (favorite) REFERENCES mahara.favorite (id);
ALTER TABLE mahara.favorite_usr ADD CONSTRAINT favorite_usr_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.framework_assessment_feedback ADD CONSTRAINT framework_assessment_feedback_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.framework_assessment_feedback ADD CONSTRAINT framework_assessment_feedback_frameworkfk FOREIGN KEY (framework) REFERENCES mahara.framework (id);
ALTER TABLE mahara.framework_assessment_feedback ADD CONSTRAINT framework_assessment_feedback_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.framework_config ADD CONSTRAINT framework_config_frameworkfk FOREIGN KEY (framework) REFERENCES mahara.framework (id);
ALTER TABLE mahara.framework_evidence ADD CONSTRAINT framework_evidence_annotationfk FOREIGN KEY (annotation) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.framework_evidence ADD CONSTRAINT framework_evidence_elementfk FOREIGN KEY (element) REFERENCES mahara.framework_standard_element (id);
ALTER TABLE mahara.framework_evidence ADD CONSTRAINT framework_evidence_frameworkfk FOREIGN KEY (framework) REFERENCES mahara.framework (id);
ALTER TABLE mahara.framework_evidence ADD CONSTRAINT framework_evidence_reviewerfk FOREIGN KEY (reviewer) REFERENCES mahara.usr (id);
ALTER TABLE mahara.framework_evidence ADD CONSTRAINT framework_evidence_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.framework_evidence_statuses ADD CONSTRAINT framework_evidence_statuses_frameworkfk FOREIGN KEY (framework) REFERENCES mahara.framework (id);
ALTER TABLE mahara.framework_standard ADD CONSTRAINT framework_standard_frameworkfk FOREIGN KEY (framework) REFERENCES mahara.framework (id);
ALTER TABLE mahara.framework_standard_element ADD CONSTRAINT framework_standard_element_frameworkstandardfk FOREIGN KEY (standard) REFERENCES mahara.framework_standard (id);
ALTER TABLE mahara."group" ADD CONSTRAINT group_categoryfk FOREIGN KEY (category) REFERENCES mahara.group_category (id);
ALTER TABLE mahara."group" ADD CONSTRAINT group_grouptypefk FOREIGN KEY (grouptype) REFERENCES mahara.grouptype (name);
ALTER TABLE mahara."group" ADD CONSTRAINT group_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.group_member ADD CONSTRAINT group_member_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.group_member ADD CONSTRAINT group_member_memberfk FOREIGN KEY (member) REFERENCES mahara.usr (id);
ALTER TABLE mahara.group_member_invite ADD CONSTRAINT group_member_invite_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.group_member_invite ADD CONSTRAINT group_member_invite_memberfk FOREIGN KEY (member) REFERENCES mahara.usr (id);
ALTER TABLE mahara.group_member_request ADD CONSTRAINT group_member_request_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.group_member_request ADD CONSTRAINT group_member_request_memberfk FOREIGN KEY (member) REFERENCES mahara.usr (id);
ALTER TABLE mahara.group_usr_label ADD CONSTRAINT group_usr_label_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.group_usr_label ADD CONSTRAINT group_usr_label_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.grouptype_config ADD CONSTRAINT grouptype_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.grouptype_installed (name);
ALTER TABLE mahara.grouptype_cron ADD CONSTRAINT grouptype_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.grouptype_installed (name);
ALTER TABLE mahara.grouptype_event_subscription ADD CONSTRAINT grouptype_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.grouptype_event_subscription ADD CONSTRAINT grouptype_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.grouptype_installed (name);
ALTER TABLE mahara.grouptype_roles ADD CONSTRAINT grouptype_roles_grouptypefk FOREIGN KEY (grouptype) REFERENCES mahara.grouptype (name);
ALTER TABLE mahara.host ADD CONSTRAINT host_appnamefk FOREIGN KEY (appname) REFERENCES mahara.application (name);
ALTER TABLE mahara.host ADD CONSTRAINT host_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.iframe_source ADD CONSTRAINT iframe_source_namefk FOREIGN KEY (name) REFERENCES mahara.iframe_source_icon (name);
ALTER TABLE mahara.import_config ADD CONSTRAINT import_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.import_installed (name);
ALTER TABLE mahara.import_cron ADD CONSTRAINT import_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.import_installed (name);
ALTER TABLE mahara.import_entry_requests ADD CONSTRAINT import_entry_requests_owneridfk FOREIGN KEY (ownerid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.import_event_subscription ADD CONSTRAINT import_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.import_event_subscription ADD CONSTRAINT import_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.import_installed (name);
ALTER TABLE mahara.import_queue ADD CONSTRAINT import_queue_hostfk FOREIGN KEY (host) REFERENCES mahara.host (wwwroot);
ALTER TABLE mahara.import_queue ADD CONSTRAINT import_queue_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.institution ADD CONSTRAINT institution_logofk FOREIGN KEY (logo) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.institution ADD CONSTRAINT institution_stylefk FOREIGN KEY (style) REFERENCES mahara.style (id);
ALTER TABLE mahara.institution_config ADD CONSTRAINT institution_config_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.institution_data ADD CONSTRAINT institution_data_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.institution_locked_profile_field ADD CONSTRAINT institution_locked_profile_field_name FOREIGN KEY (name) REFERENCES mahara.institution (name);
ALTER TABLE mahara.institution_registration ADD CONSTRAINT institution_registration_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.institution_registration_data ADD CONSTRAINT institution_registration_data_regdatafk FOREIGN KEY (registration_id) REFERENCES mahara.institution_registration (id);
ALTER TABLE mahara.interaction_config ADD CONSTRAINT interaction_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.interaction_installed (name);
ALTER TABLE mahara.interaction_cron ADD CONSTRAINT interaction_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.interaction_installed (name);
ALTER TABLE mahara.interaction_event_subscription ADD CONSTRAINT interaction_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.interaction_event_subscription ADD CONSTRAINT interaction_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.interaction_installed (name);
ALTER TABLE mahara.interaction_forum_edit ADD CONSTRAINT interaction_forum_edit_postfk FOREIGN KEY (post) REFERENCES mahara.interaction_forum_post (id);
ALTER TABLE mahara.interaction_forum_edit ADD CONSTRAINT interaction_forum_edit_userfk FOREIGN KEY ("user") REFERENCES mahara.usr (id);
ALTER TABLE mahara.interaction_forum_instance_config ADD CONSTRAINT interaction_forum_instance_config_forumfk FOREIGN KEY (forum) REFERENCES mahara.interaction_instance (id);
ALTER TABLE mahara.interaction_forum_moderator ADD CONSTRAINT interaction_forum_moderator_forumfk FOREIGN KEY (forum) REFERENCES mahara.interaction_instance (id);
ALTER TABLE mahara.interaction_forum_moderator ADD CONSTRAINT interaction_forum_moderator_userfk FOREIGN KEY ("user") REFERENCES mahara.usr (id);
ALTER TABLE mahara.interaction_forum_post ADD CONSTRAINT interaction_forum_post_parentfk FOREIGN KEY (parent) REFERENCES mahara.interaction_forum_post (id);
ALTER TABLE mahara.interaction_forum_post ADD CONSTRAINT interaction_forum_post_posterfk FOREIGN KEY (poster) REFERENCES mahara.usr (id);
ALTER TABLE mahara.interaction_forum_post ADD CONSTRAINT interaction_forum_post_topicfk FOREIGN KEY (topic) REFERENCES mahara.interaction_forum_topic (id);
ALTER TABLE mahara.interaction_forum_post_attachment ADD CONSTRAINT interaction_forum_post_attachment_attachmentfk FOREIGN KEY (attachment) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.interaction_forum_post_attachment ADD CONSTRAINT interaction_forum_post_attachment_postfk FOREIGN KEY (post) REFERENCES mahara.interaction_forum_post (id);
ALTER TABLE mahara.interaction_forum_subscription_forum ADD CONSTRAINT interaction_forum_subscription_forum_forumfk FOREIGN KEY (forum) REFERENCES mahara.interaction_instance (id);
ALTER TABLE mahara.interaction_forum_subscription_forum ADD CONSTRAINT interaction_forum_subscription_forum_userfk FOREIGN KEY ("user") REFERENCES mahara.usr (id);
ALTER TABLE mahara.interaction_forum_subscription_topic ADD CONSTRAINT interaction_forum_subscription_topic_topicfk FOREIGN KEY (topic) REFERENCES mahara.interaction_forum_topic (id);
ALTER TABLE mahara.interaction_forum_subscription_topic ADD CONSTRAINT interaction_forum_subscription_topic_userfk FOREIGN KEY ("user") REFERENCES mahara.usr (id);
ALTER TABLE mahara.interaction_forum_topic ADD CONSTRAINT interaction_forum_topic_forumfk FOREIGN KEY (forum) REFERENCES mahara.interaction_instance (id);
ALTER TABLE mahara.interaction_instance ADD CONSTRAINT interaction_instance_creatorfk FOREIGN KEY (creator) REFERENCES mahara.usr (id);
ALTER TABLE mahara.interaction_instance ADD CONSTRAINT interaction_instance_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.interaction_instance ADD CONSTRAINT interaction_instance_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.interaction_installed (name);
ALTER TABLE mahara.lti_advantage_deployment ADD CONSTRAINT lti_advantage_deployment_registrationidfk FOREIGN KEY (registration_id) REFERENCES mahara.lti_advantage_registration (id);
ALTER TABLE mahara.lti_advantage_group_membership ADD CONSTRAINT lti_advantage_group_membership_groupidfk FOREIGN KEY (group_id) REFERENCES mahara."group" (id);
ALTER TABLE mahara.lti_advantage_group_membership ADD CONSTRAINT lti_advantage_group_membership_registrationidfk FOREIGN KEY (registration_id) REFERENCES mahara.lti_advantage_registration (id);
ALTER TABLE mahara.lti_advantage_key ADD CONSTRAINT lti_advantage_key_keysetidfk FOREIGN KEY (key_set_id) REFERENCES mahara.lti_advantage_key_set (id);
ALTER TABLE mahara.lti_advantage_registration ADD CONSTRAINT lti_advantage_registration_connectionidfk FOREIGN KEY (connectionid) REFERENCES mahara.oauth_server_registry (id);
ALTER TABLE mahara.lti_advantage_registration ADD CONSTRAINT lti_advantage_registration_keysetidfk FOREIGN KEY (key_set_id) REFERENCES mahara.lti_advantage_key_set (id);
ALTER TABLE mahara.lti_assessment ADD CONSTRAINT lti_assessment_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.lti_assessment ADD CONSTRAINT lti_assessment_oauthserverregistryfk FOREIGN KEY (oauthserver) REFERENCES mahara.oauth_server_registry (id);
ALTER TABLE mahara.lti_assessment_submission ADD CONSTRAINT lti_assessment_submission_collectionidfk FOREIGN KEY (collectionid) REFERENCES mahara.collection (id);
ALTER TABLE mahara.lti_assessment_submission ADD CONSTRAINT lti_assessment_submission_ltiassessmentfk FOREIGN KEY (ltiassessment) REFERENCES mahara.lti_assessment (id);
ALTER TABLE mahara.lti_assessment_submission ADD CONSTRAINT lti_assessment_submission_userfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.lti_assessment_submission ADD CONSTRAINT lti_assessment_submission_viewfk FOREIGN KEY (viewid) REFERENCES mahara.view (id);
ALTER TABLE mahara.module_assessmentreport_history ADD CONSTRAINT module_assessmentreport_history_groupfk FOREIGN KEY (groupid) REFERENCES mahara."group" (id);
ALTER TABLE mahara.module_assessmentreport_history ADD CONSTRAINT module_assessmentreport_history_markerfk FOREIGN KEY (markerid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.module_assessmentreport_history ADD CONSTRAINT module_assessmentreport_history_userfk FOREIGN KEY (userid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.module_config ADD CONSTRAINT module_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.module_installed (name);
ALTER TABLE mahara.module_cron ADD CONSTRAINT module_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.module_installed (name);
ALTER TABLE mahara.module_event_subscription ADD CONSTRAINT module_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.module_event_subscription ADD CONSTRAINT module_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.module_installed (name);
ALTER TABLE mahara.module_multirecipient_notification ADD CONSTRAINT module_multirecipient_notification_parentfk FOREIGN KEY (parent) REFERENCES mahara.module_multirecipient_notification (id);
ALTER TABLE mahara.module_multirecipient_notification ADD CONSTRAINT module_multirecipient_notification_typefk FOREIGN KEY (type) REFERENCES mahara.activity_type (id);
ALTER TABLE mahara.module_multirecipient_userrelation ADD CONSTRAINT module_multirecipient_userrelation_notificationfk FOREIGN KEY (notification) REFERENCES mahara.module_multirecipient_notification (id);
ALTER TABLE mahara.module_multirecipient_userrelation ADD CONSTRAINT module_multirecipient_userrelation_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.module_submissions_evaluation ADD CONSTRAINT module_submissions_evaluation_submissionfk FOREIGN KEY (submissionid) REFERENCES mahara.module_submissions (id);
ALTER TABLE mahara.notification_config ADD CONSTRAINT notification_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.notification_installed (name);
ALTER TABLE mahara.notification_cron ADD CONSTRAINT notification_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.notification_installed (name);
ALTER TABLE mahara.notification_emaildigest_queue ADD CONSTRAINT notification_emaildigest_queue_typefk FOREIGN KEY (type) REFERENCES mahara.activity_type (id);
ALTER TABLE mahara.notification_emaildigest_queue ADD CONSTRAINT notification_emaildigest_queue_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.notification_event_subscription ADD CONSTRAINT notification_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.notification_event_subscription ADD CONSTRAINT notification_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.notification_installed (name);
ALTER TABLE mahara.notification_internal_activity ADD CONSTRAINT notification_internal_activity_fromfk FOREIGN KEY ("from") REFERENCES mahara.usr (id);
ALTER TABLE mahara.notification_internal_activity ADD CONSTRAINT notification_internal_activity_parentfk FOREIGN KEY (parent) REFERENCES mahara.notification_internal_activity (id);
ALTER TABLE mahara.notification_internal_activity ADD CONSTRAINT notification_internal_activity_typefk FOREIGN KEY (type) REFERENCES mahara.activity_type (id);
ALTER TABLE mahara.notification_internal_activity ADD CONSTRAINT notification_internal_activity_userfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.oauth_server_config ADD CONSTRAINT oauth_server_config_oauthserverregistryidfk FOREIGN KEY (oauthserverregistryid) REFERENCES mahara.oauth_server_registry (id);
ALTER TABLE mahara.oauth_server_registry ADD CONSTRAINT oauth_server_registry_externalserviceidfk FOREIGN KEY (externalserviceid) REFERENCES mahara.external_services (id);
ALTER TABLE mahara.oauth_server_registry ADD CONSTRAINT oauth_server_registry_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.oauth_server_registry ADD CONSTRAINT oauth_server_registry_useridfk FOREIGN KEY (userid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.oauth_server_token ADD CONSTRAINT oauth_server_token_osrrefidfk FOREIGN KEY (osr_id_ref) REFERENCES mahara.oauth_server_registry (id);
ALTER TABLE mahara.oauth_server_token ADD CONSTRAINT oauth_server_token_useridfk FOREIGN KEY (userid) REFERENCES mahara.usr (id);
ALTER TABLE mahara.objectionable ADD CONSTRAINT objectionable_reporterfk FOREIGN KEY (reportedby) REFERENCES mahara.usr (id);
ALTER TABLE mahara.objectionable ADD CONSTRAINT objectionable_resolverfk FOREIGN KEY (resolvedby) REFERENCES mahara.usr (id);
ALTER TABLE mahara.objectionable ADD CONSTRAINT objectionable_reviewerfk FOREIGN KEY (reviewedby) REFERENCES mahara.usr (id);
ALTER TABLE mahara.outcome ADD CONSTRAINT outcome_authorfk FOREIGN KEY (lastauthor) REFERENCES mahara.usr (id);
ALTER TABLE mahara.outcome ADD CONSTRAINT outcome_authorprofk FOREIGN KEY (lastauthorprogress) REFERENCES mahara.usr (id);
ALTER TABLE mahara.outcome ADD CONSTRAINT outcome_collectionfk FOREIGN KEY (collection) REFERENCES mahara.collection (id);
ALTER TABLE mahara.outcome ADD CONSTRAINT outcome_outtypefk FOREIGN KEY (outcome_type) REFERENCES mahara.outcome_type (id);
ALTER TABLE mahara.outcome_category ADD CONSTRAINT outcome_category_instfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.outcome_subject ADD CONSTRAINT outcome_subject_outsubcatfk FOREIGN KEY (outcome_subject_category) REFERENCES mahara.outcome_subject_category (id);
ALTER TABLE mahara.outcome_subject_category ADD CONSTRAINT outcome_subject_category_instfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.outcome_type ADD CONSTRAINT outcome_type_outcatfk FOREIGN KEY (outcome_category) REFERENCES mahara.outcome_category (id);
ALTER TABLE mahara.outcome_view_activity ADD CONSTRAINT outcome_view_activity_activityfk FOREIGN KEY (activity) REFERENCES mahara.view_activity (id);
ALTER TABLE mahara.outcome_view_activity ADD CONSTRAINT outcome_view_activity_outcomefk FOREIGN KEY (outcome) REFERENCES mahara.outcome (id);
ALTER TABLE mahara.search_config ADD CONSTRAINT search_config_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.search_installed (name);
ALTER TABLE mahara.search_cron ADD CONSTRAINT search_cron_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.search_installed (name);
ALTER TABLE mahara.search_event_subscription ADD CONSTRAINT search_event_subscription_eventfk FOREIGN KEY (event) REFERENCES mahara.event_type (name);
ALTER TABLE mahara.search_event_subscription ADD CONSTRAINT search_event_subscription_pluginfk FOREIGN KEY (plugin) REFERENCES mahara.search_installed (name);
ALTER TABLE mahara.site_content ADD CONSTRAINT site_content_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.site_content ADD CONSTRAINT site_content_mauthorfk FOREIGN KEY (mauthor) REFERENCES mahara.usr (id);
ALTER TABLE mahara.site_content_version ADD CONSTRAINT site_content_version_authorfk FOREIGN KEY (author) REFERENCES mahara.usr (id);
ALTER TABLE mahara.site_content_version ADD CONSTRAINT site_content_version_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.site_registration_data ADD CONSTRAINT site_registration_data_regdatafk FOREIGN KEY (registration_id) REFERENCES mahara.site_registration (id);
ALTER TABLE mahara.skin ADD CONSTRAINT skin_ownerfk FOREIGN KEY (owner) REFERENCES mahara.usr (id);
ALTER TABLE mahara.skin_favorites ADD CONSTRAINT skin_favorites_userfk FOREIGN KEY ("user") REFERENCES mahara.usr (id);
ALTER TABLE mahara.style_property ADD CONSTRAINT style_property_stylefk FOREIGN KEY (style) REFERENCES mahara.style (id);
ALTER TABLE mahara.tag ADD CONSTRAINT tag_editedbyfk FOREIGN KEY (editedby) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr ADD CONSTRAINT usr_authinstancefk FOREIGN KEY (authinstance) REFERENCES mahara.auth_instance (id);
ALTER TABLE mahara.usr ADD CONSTRAINT usr_profileiconfk FOREIGN KEY (profileicon) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.usr_account_preference ADD CONSTRAINT usr_account_preference_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_activity_preference ADD CONSTRAINT usr_activity_preference_activityfk FOREIGN KEY (activity) REFERENCES mahara.activity_type (id);
ALTER TABLE mahara.usr_activity_preference ADD CONSTRAINT usr_activity_preference_methodfk FOREIGN KEY (method) REFERENCES mahara.notification_installed (name);
ALTER TABLE mahara.usr_activity_preference ADD CONSTRAINT usr_activity_preference_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_agreement ADD CONSTRAINT usr_agreement_sitecontentfk FOREIGN KEY (sitecontentid) REFERENCES mahara.site_content_version (id);
ALTER TABLE mahara.usr_agreement ADD CONSTRAINT usr_agreement_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_friend ADD CONSTRAINT usr_friend_usr1fk FOREIGN KEY (usr1) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_friend ADD CONSTRAINT usr_friend_usr2fk FOREIGN KEY (usr2) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_friend_request ADD CONSTRAINT usr_friend_request_ownerfk FOREIGN KEY (owner) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_friend_request ADD CONSTRAINT usr_friend_request_requesterfk FOREIGN KEY (requester) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_infectedupload ADD CONSTRAINT usr_infectedupload_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_institution ADD CONSTRAINT usr_institution_institution FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.usr_institution ADD CONSTRAINT usr_institution_usr FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_institution_migrate ADD CONSTRAINT usr_institution_migrate_newauthfk FOREIGN KEY (new_authinstance) REFERENCES mahara.auth_instance (id);
ALTER TABLE mahara.usr_institution_migrate ADD CONSTRAINT usr_institution_migrate_oldauthfk FOREIGN KEY (old_authinstance) REFERENCES mahara.auth_instance (id);
ALTER TABLE mahara.usr_institution_migrate ADD CONSTRAINT usr_institution_migrate_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_institution_request ADD CONSTRAINT usr_institution_request_institution FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.usr_institution_request ADD CONSTRAINT usr_institution_request_usr FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_login_data ADD CONSTRAINT usr_login_data_usr FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_password_request ADD CONSTRAINT usr_password_request_foreign FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_pendingdeletion ADD CONSTRAINT usr_pendingdeletion_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_registration ADD CONSTRAINT usr_registration_authtype FOREIGN KEY (authtype) REFERENCES mahara.auth_installed (name);
ALTER TABLE mahara.usr_registration ADD CONSTRAINT usr_registration_institution FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.usr_roles ADD CONSTRAINT usr_roles_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_watchlist_view ADD CONSTRAINT usr_watchlist_view_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.usr_watchlist_view ADD CONSTRAINT usr_watchlist_view_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view ADD CONSTRAINT view_coverimagefk FOREIGN KEY (coverimage) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.view ADD CONSTRAINT view_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.view ADD CONSTRAINT view_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.view ADD CONSTRAINT view_ownerfk FOREIGN KEY (owner) REFERENCES mahara.usr (id);
ALTER TABLE mahara.view ADD CONSTRAINT view_submittedgroupfk FOREIGN KEY (submittedgroup) REFERENCES mahara."group" (id);
ALTER TABLE mahara.view ADD CONSTRAINT view_typefk FOREIGN KEY (type) REFERENCES mahara.view_type (type);
ALTER TABLE mahara.view_access ADD CONSTRAINT view_access_groupfk FOREIGN KEY ("group") REFERENCES mahara."group" (id);
ALTER TABLE mahara.view_access ADD CONSTRAINT view_access_institutionfk FOREIGN KEY (institution) REFERENCES mahara.institution (name);
ALTER TABLE mahara.view_access ADD CONSTRAINT view_access_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.view_access ADD CONSTRAINT view_access_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_activity ADD CONSTRAINT view_activity_subjectfk FOREIGN KEY (subject) REFERENCES mahara.outcome_subject (id);
ALTER TABLE mahara.view_activity ADD CONSTRAINT view_activity_supervisorfk FOREIGN KEY (supervisor) REFERENCES mahara.usr (id);
ALTER TABLE mahara.view_activity ADD CONSTRAINT view_activity_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_activity_achievement_levels ADD CONSTRAINT view_activity_achievement_levels_activityfk FOREIGN KEY (activity) REFERENCES mahara.view_activity (id);
ALTER TABLE mahara.view_activity_support ADD CONSTRAINT view_activity_support_activityfk FOREIGN KEY (activity) REFERENCES mahara.view_activity (id);
ALTER TABLE mahara.view_activity_support ADD CONSTRAINT view_activity_support_authorfk FOREIGN KEY (author) REFERENCES mahara.usr (id);
ALTER TABLE mahara.view_artefact ADD CONSTRAINT view_artefact_artefactfk FOREIGN KEY (artefact) REFERENCES mahara.artefact (id);
ALTER TABLE mahara.view_artefact ADD CONSTRAINT view_artefact_blockfk FOREIGN KEY (block) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.view_artefact ADD CONSTRAINT view_artefact_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_autocreate_grouptype ADD CONSTRAINT view_autocreate_grouptype_grouptypefk FOREIGN KEY (grouptype) REFERENCES mahara.grouptype (name);
ALTER TABLE mahara.view_autocreate_grouptype ADD CONSTRAINT view_autocreate_grouptype_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_copy_queue ADD CONSTRAINT view_copy_queue_collectionfk FOREIGN KEY (collection) REFERENCES mahara.collection (id);
ALTER TABLE mahara.view_copy_queue ADD CONSTRAINT view_copy_queue_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.view_copy_queue ADD CONSTRAINT view_copy_queue_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_instructions_lock ADD CONSTRAINT view_instructions_lock_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_rows_columns ADD CONSTRAINT view_rows_columns_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_signoff_verify ADD CONSTRAINT view_signoff_verify_verifierfk FOREIGN KEY (verifier) REFERENCES mahara.usr (id);
ALTER TABLE mahara.view_signoff_verify ADD CONSTRAINT view_signoff_verify_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_versioning ADD CONSTRAINT view_versioning_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.view_visit ADD CONSTRAINT view_visit_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);
ALTER TABLE mahara.watchlist_queue ADD CONSTRAINT watchlist_queue_blockfk FOREIGN KEY (block) REFERENCES mahara.block_instance (id);
ALTER TABLE mahara.watchlist_queue ADD CONSTRAINT watchlist_queue_usrfk FOREIGN KEY (usr) REFERENCES mahara.usr (id);
ALTER TABLE mahara.watchlist_queue ADD CONSTRAINT watchlist_queue_viewfk FOREIGN KEY (view) REFERENCES mahara.view (id);

COMMENT ON COLUMN mahara.client_connections_institution.plugintype IS 'Plugin type eg: notification';
COMMENT ON COLUMN mahara.client_connections_institution.pluginname IS 'Plugin type eg: log';
COMMENT ON COLUMN mahara.client_connections_institution.class IS 'Plugin class name';
COMMENT ON COLUMN mahara.client_connections_institution.connection IS 'connection name';
COMMENT ON COLUMN mahara.client_connections_institution.url IS 'URL for the web service call';
COMMENT ON COLUMN mahara.client_connections_institution.username IS 'Username for the web service call';
COMMENT ON COLUMN mahara.client_connections_institution.password IS 'Password for the web service call';
COMMENT ON COLUMN mahara.client_connections_institution.consumer IS 'OAuth Consumer Key for the web service call';
COMMENT ON COLUMN mahara.client_connections_institution.secret IS 'OAuth Secret for the web service call';
COMMENT ON COLUMN mahara.client_connections_institution.token IS 'Auth token for the web service call';
COMMENT ON COLUMN mahara.client_connections_institution.header IS 'HTTP Header name if useheader';
COMMENT ON COLUMN mahara.client_connections_institution.certificate IS 'Auth certificate for the web service call';
COMMENT ON COLUMN mahara.client_connections_institution.parameters IS 'Additional parameters for the web service call';
COMMENT ON TABLE mahara.external_functions IS 'list of all external functions';
COMMENT ON TABLE mahara.external_services IS 'built in and custom external services';
COMMENT ON TABLE mahara.external_services_functions IS 'lists functions available in each service group';
COMMENT ON TABLE mahara.external_services_logs IS 'external services logs';
COMMENT ON COLUMN mahara.external_services_logs.userid IS 'usr ref';
COMMENT ON TABLE mahara.external_services_users IS 'users allowed to use services with restricted users flag';
COMMENT ON COLUMN mahara.external_services_users.iprestriction IS 'ip restriction';
COMMENT ON COLUMN mahara.external_services_users.validuntil IS 'timestampt - valid until data';
COMMENT ON COLUMN mahara.external_services_users.publickey IS 'created timestamp';
COMMENT ON COLUMN mahara.external_services_users.publickeyexpires IS 'created timestamp';
COMMENT ON TABLE mahara.external_tokens IS 'Security tokens for accessing of external services';
COMMENT ON COLUMN mahara.external_tokens.token IS 'security token, aka private access key';
COMMENT ON COLUMN mahara.external_tokens.tokentype IS 'type of token: 0=permanent, no session; 1=linked to current browser session via sid; 2=permanent, with emulated session';
COMMENT ON COLUMN mahara.external_tokens.userid IS 'owner of the token';
COMMENT ON COLUMN mahara.external_tokens.sid IS 'link to browser or emulated session';
COMMENT ON COLUMN mahara.external_tokens.creatorid IS 'user id of the token creator (useful to know when the administrator created a token and so display the token to a specific administrator)';
COMMENT ON COLUMN mahara.external_tokens.iprestriction IS 'ip restriction';
COMMENT ON COLUMN mahara.external_tokens.validuntil IS 'timestampt - valid until data';
COMMENT ON COLUMN mahara.external_tokens.publickey IS 'created timestamp';
COMMENT ON COLUMN mahara.external_tokens.publickeyexpires IS 'created timestamp';
COMMENT ON COLUMN mahara.external_tokens.clientname IS 'Name of client program that generated and uses client.';
COMMENT ON COLUMN mahara.external_tokens.clientenv IS 'Brief description of the environment of the client program (OS, browser, etc)';
COMMENT ON COLUMN mahara.external_tokens.clientguid IS 'Optional unique ID for the client program.';
COMMENT ON COLUMN mahara.external_tokens.authinstance IS 'auth instance associated with the upload_file functions';
COMMENT ON COLUMN mahara.lti_advantage_deployment.registration_id IS 'will contain uuid';
COMMENT ON COLUMN mahara.lti_advantage_key.id IS 'will contain uuid';
COMMENT ON COLUMN mahara.lti_advantage_key.key_set_id IS 'will contain uuid';
COMMENT ON COLUMN mahara.lti_advantage_key_set.id IS 'will contain uuid';
COMMENT ON COLUMN mahara.lti_advantage_registration.id IS 'will contain uuid';
COMMENT ON COLUMN mahara.lti_advantage_registration.client_id IS 'This is the id received in the ''aud'' during a launch';
COMMENT ON COLUMN mahara.lti_advantage_registration.platform_login_auth_endpoint IS 'The platform''s OIDC login endpoint';
COMMENT ON COLUMN mahara.lti_advantage_registration.platform_service_auth_endpoint IS 'The platform''s service authorization endpoint - AUTH TOKEN URL';
COMMENT ON COLUMN mahara.lti_advantage_registration.platform_jwks_endpoint IS 'The platform''s JWKS endpoint - KEY SET URL';
COMMENT ON COLUMN mahara.lti_advantage_registration.platform_vendor_key IS 'The array key that holds the session data in the JWT packets';
COMMENT ON COLUMN mahara.lti_advantage_registration.key_set_id IS 'will contain uuid';
COMMENT ON TABLE mahara.module_assessmentreport_history IS 'Keep a history of assessments submitted';
COMMENT ON COLUMN mahara.module_assessmentreport_history.id IS 'Primary Key';
COMMENT ON COLUMN mahara.module_assessmentreport_history.userid IS 'The userid';
COMMENT ON COLUMN mahara.module_assessmentreport_history.event IS 'The Event was for a collection or page';
COMMENT ON COLUMN mahara.module_assessmentreport_history.itemid IS 'Page or Collection id';
COMMENT ON COLUMN mahara.module_assessmentreport_history.datesubmitted IS 'Date the item was submitted for marking';
COMMENT ON COLUMN mahara.module_assessmentreport_history.datereleased IS 'Date the item was released form marking';
COMMENT ON COLUMN mahara.module_assessmentreport_history.markerid IS 'The person who Released the assessment';
COMMENT ON COLUMN mahara.module_assessmentreport_history.groupid IS 'The group it was submitted to';
COMMENT ON TABLE mahara.module_multirecipient_notification IS 'notifications to (potentially) multiple recipients ';
COMMENT ON COLUMN mahara.module_multirecipient_notification.id IS 'Primary Key';
COMMENT ON COLUMN mahara.module_multirecipient_notification.type IS 'The type of message, e.g. notification';
COMMENT ON COLUMN mahara.module_multirecipient_notification.ctime IS 'the date when the message was sent';
COMMENT ON COLUMN mahara.module_multirecipient_notification.subject IS 'the subject of the message';
COMMENT ON COLUMN mahara.module_multirecipient_notification.message IS 'the content of the message';
COMMENT ON COLUMN mahara.module_multirecipient_notification.parent IS 'link to the predecessor/reply-to of the message, if any';
COMMENT ON TABLE mahara.module_multirecipient_userrelation IS 'notifications to (potentially) multiple recipients ';
COMMENT ON COLUMN mahara.module_multirecipient_userrelation.id IS 'Primary Key';
COMMENT ON COLUMN mahara.module_multirecipient_userrelation.role IS 'the role of user-relation';
COMMENT ON COLUMN mahara.module_multirecipient_userrelation.usr IS 'relation to the user';
COMMENT ON COLUMN mahara.module_multirecipient_userrelation.notification IS 'the message-relation';
COMMENT ON COLUMN mahara.module_multirecipient_userrelation.read IS 'boolean value indicating if the message has been read';
COMMENT ON COLUMN mahara.module_multirecipient_userrelation.deleted IS 'boolean value indicating if the message has been deleted';
COMMENT ON TABLE mahara.oauth_server_config IS 'Table to store settings related to an oauth server registry';
COMMENT ON TABLE mahara.oauth_server_nonce IS 'Nonce used by a certain consumer, every used nonce should be unique, this prevents replaying attacks';
COMMENT ON COLUMN mahara.oauth_server_nonce.id IS 'osn id';
COMMENT ON COLUMN mahara.oauth_server_nonce.consumer_key IS 'consumer key';
COMMENT ON COLUMN mahara.oauth_server_nonce.token IS 'token';
COMMENT ON COLUMN mahara.oauth_server_nonce.nonce IS 'nonce';
COMMENT ON COLUMN mahara.oauth_server_nonce.ctime IS 'creation timestamp';
COMMENT ON TABLE mahara.oauth_server_registry IS 'Table holding consumer key/secret combos an user issued to consumers';
COMMENT ON COLUMN mahara.oauth_server_registry.id IS 'osr id';
COMMENT ON COLUMN mahara.oauth_server_registry.userid IS 'usr ref';
COMMENT ON COLUMN mahara.oauth_server_registry.consumer_key IS 'consumer key';
COMMENT ON COLUMN mahara.oauth_server_registry.consumer_secret IS 'consumer secret';
COMMENT ON COLUMN mahara.oauth_server_registry.enabled IS 'enabled';
COMMENT ON COLUMN mahara.oauth_server_registry.status IS 'status';
COMMENT ON COLUMN mahara.oauth_server_registry.requester_name IS 'requester name';
COMMENT ON COLUMN mahara.oauth_server_registry.requester_email IS 'requester email';
COMMENT ON COLUMN mahara.oauth_server_registry.callback_uri IS 'callback URI';
COMMENT ON COLUMN mahara.oauth_server_registry.application_uri IS 'application URI';
COMMENT ON COLUMN mahara.oauth_server_registry.application_title IS 'application title';
COMMENT ON COLUMN mahara.oauth_server_registry.application_descr IS 'application description';
COMMENT ON COLUMN mahara.oauth_server_registry.application_notes IS 'application notes';
COMMENT ON COLUMN mahara.oauth_server_registry.application_type IS 'application type';
COMMENT ON COLUMN mahara.oauth_server_registry.ctime IS 'creation timestamp';
COMMENT ON COLUMN mahara.oauth_server_registry.mtime IS 'modified timestamp';
COMMENT ON TABLE mahara.oauth_server_token IS 'Table used to verify signed requests sent to a server by the consumer';
COMMENT ON COLUMN mahara.oauth_server_token.id IS 'ost id';
COMMENT ON COLUMN mahara.oauth_server_token.osr_id_ref IS 'osr ref';
COMMENT ON COLUMN mahara.oauth_server_token.userid IS 'usr ref';
COMMENT ON COLUMN mahara.oauth_server_token.token IS 'token';
COMMENT ON COLUMN mahara.oauth_server_token.token_secret IS 'token secret';
COMMENT ON COLUMN mahara.oauth_server_token.token_type IS 'token type';
COMMENT ON COLUMN mahara.oauth_server_token.authorized IS 'authorised';
COMMENT ON COLUMN mahara.oauth_server_token.referrer_host IS 'referrer host';
COMMENT ON COLUMN mahara.oauth_server_token.callback_uri IS 'callback URI';
COMMENT ON COLUMN mahara.oauth_server_token.verifier IS 'verifier';
COMMENT ON COLUMN mahara.oauth_server_token.token_ttl IS 'ttl for token';
COMMENT ON COLUMN mahara.oauth_server_token.ctime IS 'creation timestamp';
COMMENT ON COLUMN mahara.view_activity_achievement_levels.type IS 'level e.g. 1,2,3';
COMMENT ON COLUMN mahara.view_activity_achievement_levels.value IS 'E.g. N/A, Achieved, Merit, and Excellence';
COMMENT ON COLUMN mahara.view_activity_support.type IS 'Type of feedback: e.g. Strategies and support';
COMMENT ON COLUMN mahara.view_activity_support.value IS 'Feedback';
COMMENT ON COLUMN mahara.watchlist_queue.id IS 'Primary Key';
COMMENT ON COLUMN mahara.watchlist_queue.usr IS 'The User whose data are appended';
COMMENT ON COLUMN mahara.watchlist_queue.block IS 'the block that has been comitted';
COMMENT ON COLUMN mahara.watchlist_queue.view IS 'the view where the block resides';
COMMENT ON COLUMN mahara.watchlist_queue.changed_on IS 'the time of the change';
