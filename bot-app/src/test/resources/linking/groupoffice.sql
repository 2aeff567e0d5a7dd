-- Group-Office 26.0.42 schema (www/go/core/install/install.sql + 27 bundled modules' install/install.sql, Intermesh/groupoffice commit 63bb0bc), converted to PostgreSQL
CREATE SCHEMA groupoffice;

CREATE TABLE groupoffice.addressbook_address (
    "contactId" integer NOT NULL,
    type character varying(50),
    address text,
    "zipCode" character varying(50),
    city character varying(100),
    state character varying(100),
    country character varying(100),
    "countryCode" character(2),
    latitude numeric(10,8),
    longitude numeric(11,8)
);

CREATE TABLE groupoffice.addressbook_addressbook (
    id integer NOT NULL,
    name character varying(190) NOT NULL,
    "aclId" integer NOT NULL,
    "createdBy" integer,
    "filesFolderId" integer,
    "salutationTemplate" text,
    CONSTRAINT addressbook_addressbook_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.addressbook_contact (
    id integer NOT NULL,
    "addressBookId" integer NOT NULL,
    "createdBy" integer,
    "createdAt" timestamp without time zone NOT NULL,
    "modifiedAt" timestamp without time zone NOT NULL,
    "modifiedBy" integer,
    "goUserId" integer,
    prefixes character varying(191),
    initials character varying(50),
    "firstName" character varying(100),
    "middleName" character varying(55),
    "lastName" character varying(100),
    suffixes character varying(191),
    salutation character varying(382),
    gender text,
    notes text,
    "isOrganization" boolean NOT NULL,
    name character varying(191) NOT NULL,
    "IBAN" character varying(50),
    "registrationNumber" character varying(100),
    icd character varying(4),
    "vatNo" character varying(50),
    "vatReverseCharge" boolean NOT NULL,
    "debtorNumber" character varying(50),
    "photoBlobId" bytea,
    language character varying(20),
    "jobTitle" character varying(190),
    department character varying(200),
    "filesFolderId" integer,
    uid character varying(512),
    "vcardBlobId" bytea,
    uri character varying(512),
    color character(6),
    "nameBank" character varying(50),
    "BIC" character varying(11),
    "newsletterAllowed" boolean,
    "lastContactAt" timestamp without time zone,
    "actionAt" date,
    CONSTRAINT addressbook_contact_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.addressbook_contact_custom_fields (
    id integer NOT NULL,
    CONSTRAINT addressbook_contact_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.addressbook_contact_group (
    "contactId" integer NOT NULL,
    "groupId" integer NOT NULL,
    CONSTRAINT addressbook_contact_group_pkey PRIMARY KEY ("contactId", "groupId")
);

CREATE TABLE groupoffice.addressbook_contact_star (
    "contactId" integer NOT NULL,
    "userId" integer NOT NULL,
    "modSeq" integer NOT NULL,
    starred boolean,
    CONSTRAINT addressbook_contact_star_pkey PRIMARY KEY ("contactId", "userId")
);

CREATE TABLE groupoffice.addressbook_date (
    "contactId" integer NOT NULL,
    type character varying(50) NOT NULL,
    date date NOT NULL
);

CREATE TABLE groupoffice.addressbook_email_address (
    "contactId" integer NOT NULL,
    type character varying(50),
    email character varying(191) NOT NULL
);

CREATE TABLE groupoffice.addressbook_group (
    id integer NOT NULL,
    "addressBookId" integer NOT NULL,
    name character varying(190) NOT NULL,
    CONSTRAINT addressbook_group_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.addressbook_phone_number (
    "contactId" integer NOT NULL,
    type character varying(50),
    number character varying(50) NOT NULL
);

CREATE TABLE groupoffice.addressbook_portlet_birthday (
    "userId" integer NOT NULL,
    "addressBookId" integer NOT NULL,
    CONSTRAINT addressbook_portlet_birthday_pkey PRIMARY KEY ("userId", "addressBookId")
);

CREATE TABLE groupoffice.addressbook_url (
    "contactId" integer NOT NULL,
    type character varying(190) NOT NULL,
    url character varying(255) NOT NULL
);

CREATE TABLE groupoffice.addressbook_user_settings (
    "userId" integer NOT NULL,
    "defaultAddressBookId" integer,
    "lastAddressBookId" integer,
    "startIn" text NOT NULL,
    CONSTRAINT addressbook_user_settings_pkey PRIMARY KEY ("userId")
);

CREATE TABLE groupoffice.apikeys_key (
    id integer NOT NULL,
    "accessToken" character varying(100) NOT NULL,
    name character varying(190) NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    CONSTRAINT apikeys_key_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.bookmarks_bookmark (
    id integer NOT NULL,
    "categoryId" integer NOT NULL,
    "createdBy" integer,
    name character varying(64) NOT NULL,
    content text NOT NULL,
    description character varying(255),
    logo bytea,
    "openExtern" boolean NOT NULL,
    "behaveAsModule" boolean NOT NULL,
    CONSTRAINT bookmarks_bookmark_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.bookmarks_category (
    id integer NOT NULL,
    "createdBy" integer,
    "aclId" integer NOT NULL,
    name character varying(50) NOT NULL,
    CONSTRAINT bookmarks_category_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_calendar (
    id bigint NOT NULL,
    name character varying(80) NOT NULL,
    description text,
    "defaultColor" character varying(21) NOT NULL,
    "timeZone" character varying(45),
    "webcalUri" character varying(512),
    "webcalHash" character(40),
    "groupId" bigint,
    "aclId" integer NOT NULL,
    "createdBy" integer,
    "ownerId" integer,
    "highestItemModSeq" character varying(32),
    "publishKey" character(20),
    CONSTRAINT calendar_calendar_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_calendar_custom_fields (
    id bigint NOT NULL,
    CONSTRAINT calendar_calendar_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_calendar_event (
    id bigint NOT NULL,
    "eventId" bigint NOT NULL,
    "calendarId" bigint NOT NULL,
    CONSTRAINT calendar_calendar_event_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_calendar_user (
    id bigint NOT NULL,
    "userId" integer NOT NULL,
    "isSubscribed" boolean NOT NULL,
    "isVisible" boolean NOT NULL,
    color character varying(21) NOT NULL,
    "sortOrder" integer NOT NULL,
    "timeZone" character varying(45),
    "syncToDevice" boolean NOT NULL,
    "includeInAvailability" text NOT NULL,
    "modSeq" integer NOT NULL,
    CONSTRAINT calendar_calendar_user_pkey PRIMARY KEY (id, "userId")
);

CREATE TABLE groupoffice.calendar_category (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    color character varying(21),
    "ownerId" integer,
    "calendarId" bigint,
    CONSTRAINT calendar_category_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_default_alert (
    id bigint NOT NULL,
    "offset" character varying(20),
    "relativeTo" text NOT NULL,
    "when" date,
    fk bigint NOT NULL,
    "userId" integer NOT NULL,
    CONSTRAINT calendar_default_alert_pkey PRIMARY KEY (id, fk, "userId")
);

CREATE TABLE groupoffice.calendar_default_alert_with_time (
    id bigint NOT NULL,
    "offset" character varying(20),
    "relativeTo" text NOT NULL,
    "when" timestamp without time zone,
    fk bigint NOT NULL,
    "userId" integer NOT NULL,
    CONSTRAINT calendar_default_alert_with_time_pkey PRIMARY KEY (id, fk, "userId")
);

CREATE TABLE groupoffice.calendar_event (
    "eventId" bigint NOT NULL,
    "prodId" character varying(100) NOT NULL,
    uid character varying(255) NOT NULL,
    sequence bigint NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    location text,
    locale character varying(6),
    "showWithoutTime" boolean NOT NULL,
    start timestamp without time zone NOT NULL,
    "timeZone" character varying(45),
    duration character varying(32) NOT NULL,
    priority smallint NOT NULL,
    privacy text NOT NULL,
    status text NOT NULL,
    "recurrenceRule" text,
    "firstOccurrence" timestamp without time zone NOT NULL,
    "lastOccurrence" timestamp without time zone,
    "createdAt" timestamp without time zone,
    "modifiedAt" timestamp without time zone,
    "createdBy" integer,
    "modifiedBy" integer,
    "isOrigin" boolean NOT NULL,
    "recurrenceId" character varying(24),
    etag character varying(100),
    uri character varying(512),
    "replyTo" character varying(100),
    "requestStatus" character varying(255),
    CONSTRAINT calendar_event_pkey PRIMARY KEY ("eventId")
);

CREATE TABLE groupoffice.calendar_event_alert (
    id bigint NOT NULL,
    "offset" character varying(20),
    "relativeTo" text,
    "when" timestamp without time zone,
    fk bigint NOT NULL,
    "userId" integer NOT NULL,
    CONSTRAINT calendar_event_alert_pkey PRIMARY KEY (id, fk, "userId")
);

CREATE TABLE groupoffice.calendar_event_category (
    "eventId" bigint NOT NULL,
    "categoryId" bigint NOT NULL,
    CONSTRAINT calendar_event_category_pkey PRIMARY KEY ("eventId", "categoryId")
);

CREATE TABLE groupoffice.calendar_event_custom_fields (
    id bigint NOT NULL,
    CONSTRAINT calendar_event_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_event_link (
    id bigint NOT NULL,
    "eventId" bigint NOT NULL,
    href character varying(100),
    title character varying(200),
    "contentType" character varying(129) NOT NULL,
    size integer NOT NULL,
    rel character varying(50) NOT NULL,
    "blobId" bytea,
    CONSTRAINT calendar_event_link_pkey PRIMARY KEY (id, "eventId")
);

CREATE TABLE groupoffice.calendar_event_location (
    id bigint NOT NULL,
    "eventId" bigint NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    "relativeTo" integer,
    latitude numeric(10,8),
    longitude numeric(11,8),
    CONSTRAINT calendar_event_location_pkey PRIMARY KEY (id, "eventId")
);

CREATE TABLE groupoffice.calendar_event_related (
    type integer NOT NULL,
    uid character varying(100) NOT NULL,
    "eventId" bigint NOT NULL,
    CONSTRAINT calendar_event_related_pkey PRIMARY KEY (type, uid)
);

CREATE TABLE groupoffice.calendar_event_user (
    "eventId" bigint NOT NULL,
    "userId" integer NOT NULL,
    "freeBusyStatus" text,
    color character varying(21),
    "useDefaultAlerts" boolean,
    "veventBlobId" bytea,
    "modSeq" integer NOT NULL,
    CONSTRAINT calendar_event_user_pkey PRIMARY KEY ("eventId", "userId")
);

CREATE TABLE groupoffice.calendar_participant (
    id character varying(128) NOT NULL,
    "eventId" bigint NOT NULL,
    name character varying(100),
    email character varying(128) NOT NULL,
    kind text NOT NULL,
    "rolesMask" integer NOT NULL,
    language character varying(20),
    "participationStatus" text,
    "expectReply" boolean NOT NULL,
    "scheduleUpdated" timestamp without time zone,
    "scheduleStatus" character varying(255),
    "scheduleSecret" character(16),
    CONSTRAINT calendar_participant_pkey PRIMARY KEY (id, "eventId")
);

CREATE TABLE groupoffice.calendar_preferences (
    "userId" integer NOT NULL,
    "weekViewGridSnap" integer,
    "weekViewGridSize" integer NOT NULL,
    "defaultDuration" character varying(32),
    "autoUpdateInvitations" boolean NOT NULL,
    "autoAddInvitations" boolean NOT NULL,
    "markReadAndFileAutoAdd" boolean NOT NULL,
    "markReadAndFileAutoUpdate" boolean NOT NULL,
    "lastProcessed" character varying(11) NOT NULL,
    "lastProcessedUid" bigint NOT NULL,
    "showDeclined" boolean NOT NULL,
    "multiLine" boolean NOT NULL,
    "showWeekNumbers" boolean NOT NULL,
    "birthdaysAreVisible" boolean NOT NULL,
    "tasksAreVisible" boolean NOT NULL,
    "holidaysAreVisible" boolean NOT NULL,
    "showTooltips" boolean NOT NULL,
    "defaultCalendarId" bigint,
    "personalCalendarId" bigint,
    "startView" character varying(20),
    CONSTRAINT calendar_preferences_pkey PRIMARY KEY ("userId")
);

CREATE TABLE groupoffice.calendar_recurrence_override (
    fk bigint NOT NULL,
    "recurrenceId" timestamp without time zone NOT NULL,
    patch text NOT NULL,
    CONSTRAINT calendar_recurrence_override_pkey PRIMARY KEY (fk, "recurrenceId")
);

CREATE TABLE groupoffice.calendar_resource_group (
    id bigint NOT NULL,
    name character varying(200),
    description text,
    "autoAccept" boolean NOT NULL,
    "defaultOwnerId" integer NOT NULL,
    "createdBy" integer,
    CONSTRAINT calendar_resource_group_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_schedule_object (
    id bigint NOT NULL,
    principaluri bytea,
    calendardata bytea,
    uri bytea,
    lastmodified bigint,
    etag bytea,
    size bigint NOT NULL,
    CONSTRAINT calendar_schedule_object_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.calendar_view (
    id bigint NOT NULL,
    "ownerId" integer NOT NULL,
    name character varying(50),
    "aclId" integer NOT NULL,
    "calendarIds" text,
    "groupIds" text,
    "defaultView" character varying(20),
    CONSTRAINT calendar_view_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.comments_comment (
    id integer NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    date timestamp without time zone NOT NULL,
    "entityId" integer NOT NULL,
    "entityTypeId" integer NOT NULL,
    "createdBy" character varying(60),
    "modifiedBy" integer,
    "modifiedAt" timestamp without time zone,
    text text,
    section character varying(50),
    "mimeMessageId" character varying(255),
    "mailStatus" text,
    CONSTRAINT comments_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.comments_comment_attachment (
    id bigint NOT NULL,
    "commentId" integer NOT NULL,
    "blobId" bytea,
    name character varying(190) NOT NULL,
    CONSTRAINT comments_comment_attachment_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.comments_comment_image (
    "commentId" integer NOT NULL,
    "blobId" bytea NOT NULL,
    CONSTRAINT comments_comment_image_pkey PRIMARY KEY ("commentId", "blobId")
);

CREATE TABLE groupoffice.comments_comment_label (
    "labelId" integer NOT NULL,
    "commentId" integer NOT NULL,
    CONSTRAINT comments_comment_label_pkey PRIMARY KEY ("labelId", "commentId")
);

CREATE TABLE groupoffice.comments_label (
    id integer NOT NULL,
    name character varying(127) NOT NULL,
    color character(6) NOT NULL,
    CONSTRAINT comments_label_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.community_maildomains_alias (
    id bigint NOT NULL,
    "domainId" bigint NOT NULL,
    address character varying(190),
    goto text,
    "createdBy" integer NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "modifiedBy" integer NOT NULL,
    "modifiedAt" timestamp without time zone,
    active boolean NOT NULL,
    CONSTRAINT community_maildomains_alias_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.community_maildomains_dkim_key (
    "domainId" bigint NOT NULL,
    selector character varying(190) NOT NULL,
    "publicKey" text,
    "privateKey" text,
    status integer,
    enabled boolean NOT NULL,
    CONSTRAINT community_maildomains_dkim_key_pkey PRIMARY KEY (selector, "domainId")
);

CREATE TABLE groupoffice.community_maildomains_domain (
    id bigint NOT NULL,
    "userId" integer NOT NULL,
    domain character varying(190),
    description character varying(255),
    "maxAliases" bigint NOT NULL,
    "maxMailboxes" bigint NOT NULL,
    "totalQuota" numeric(20,0) NOT NULL,
    "defaultQuota" numeric(20,0) NOT NULL,
    transport character varying(255) NOT NULL,
    "backupMx" boolean NOT NULL,
    spf character varying(255),
    "spfStatus" integer NOT NULL,
    dmarc character varying(255),
    "dmarcStatus" integer NOT NULL,
    mx character varying(255),
    "mxStatus" integer NOT NULL,
    "createdBy" integer NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "modifiedBy" integer NOT NULL,
    "modifiedAt" timestamp without time zone,
    active boolean NOT NULL,
    "aclId" integer NOT NULL,
    CONSTRAINT community_maildomains_domain_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.community_maildomains_mailbox (
    id bigint NOT NULL,
    "domainId" bigint,
    username character varying(190) NOT NULL,
    password character varying(255) NOT NULL,
    "domainOwner" boolean NOT NULL,
    "smtpAllowed" boolean NOT NULL,
    fts boolean NOT NULL,
    description character varying(255),
    maildir character varying(255),
    homedir character varying(255),
    quota numeric(20,0) NOT NULL,
    "autoExpunge" character varying(20) NOT NULL,
    "createdBy" integer,
    "createdAt" timestamp without time zone,
    "modifiedBy" integer,
    "modifiedAt" timestamp without time zone,
    active boolean NOT NULL,
    bytes bigint NOT NULL,
    messages integer NOT NULL,
    CONSTRAINT community_maildomains_mailbox_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_acl (
    id integer NOT NULL,
    "ownedBy" integer,
    "usedIn" character varying(190),
    "modifiedAt" timestamp without time zone,
    "entityTypeId" integer,
    "entityId" integer,
    CONSTRAINT core_acl_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_acl_group (
    "aclId" integer NOT NULL,
    "groupId" integer NOT NULL,
    level smallint NOT NULL,
    CONSTRAINT core_acl_group_pkey PRIMARY KEY ("aclId", "groupId")
);

CREATE TABLE groupoffice.core_acl_group_changes (
    id integer NOT NULL,
    "aclId" integer NOT NULL,
    "groupId" integer NOT NULL,
    "modSeq" integer NOT NULL,
    granted boolean NOT NULL,
    CONSTRAINT core_acl_group_changes_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_alert (
    id integer NOT NULL,
    "entityTypeId" integer NOT NULL,
    "entityId" integer NOT NULL,
    "createdBy" character varying(60),
    "userId" integer NOT NULL,
    "triggerAt" timestamp without time zone NOT NULL,
    "staleAt" timestamp without time zone,
    tag character varying(50),
    "recurrenceId" character varying(32),
    data text,
    "sendMail" boolean NOT NULL,
    "isSent" boolean NOT NULL,
    CONSTRAINT core_alert_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_auth_allow_group (
    id integer NOT NULL,
    "groupId" integer NOT NULL,
    "ipPattern" character varying(50) NOT NULL,
    CONSTRAINT core_auth_allow_group_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_auth_method (
    id character varying(100) NOT NULL,
    "moduleId" integer NOT NULL,
    "sortOrder" integer NOT NULL,
    CONSTRAINT core_auth_method_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_auth_password (
    "userId" integer NOT NULL,
    password character varying(190),
    CONSTRAINT core_auth_password_pkey PRIMARY KEY ("userId")
);

CREATE TABLE groupoffice.core_auth_remember_me (
    id integer NOT NULL,
    token character varying(190),
    series character varying(190),
    "expiresAt" timestamp without time zone,
    "userId" integer NOT NULL,
    "clientId" bigint NOT NULL,
    CONSTRAINT core_auth_remember_me_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_auth_token (
    "loginToken" character varying(100) NOT NULL,
    "accessToken" character varying(100),
    "CSRFToken" character varying(100),
    "userId" integer NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "expiresAt" timestamp without time zone,
    "passedAuthenticators" character varying(190),
    "clientId" bigint NOT NULL,
    CONSTRAINT core_auth_token_pkey PRIMARY KEY ("loginToken"),
    CONSTRAINT core_auth_token_pk UNIQUE ("accessToken")
);

CREATE TABLE groupoffice.core_blob (
    id bytea NOT NULL,
    type character varying(129) NOT NULL,
    size bigint NOT NULL,
    name character varying(255) NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "modifiedAt" timestamp without time zone,
    "staleAt" timestamp without time zone,
    CONSTRAINT core_blob_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_change (
    id integer NOT NULL,
    "entityId" character varying(100) NOT NULL,
    "entityTypeId" integer NOT NULL,
    "modSeq" integer NOT NULL,
    "aclId" integer,
    "createdAt" timestamp without time zone NOT NULL,
    destroyed boolean NOT NULL,
    CONSTRAINT core_change_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_change_user (
    "userId" integer NOT NULL,
    "entityId" integer NOT NULL,
    "entityTypeId" integer NOT NULL,
    "modSeq" integer NOT NULL,
    CONSTRAINT core_change_user_pkey PRIMARY KEY ("userId", "entityId", "entityTypeId")
);

CREATE TABLE groupoffice.core_change_user_modseq (
    "userId" integer NOT NULL,
    "entityTypeId" integer NOT NULL,
    "highestModSeq" integer NOT NULL,
    "lowestModSeq" integer NOT NULL,
    CONSTRAINT core_change_user_modseq_pkey PRIMARY KEY ("userId", "entityTypeId")
);

CREATE TABLE groupoffice.core_client (
    id bigint NOT NULL,
    "deviceId" character varying(80) NOT NULL,
    platform character varying(45) NOT NULL,
    name character varying(80) NOT NULL,
    version character varying(190) NOT NULL,
    ip character varying(45) NOT NULL,
    "lastSeen" timestamp without time zone NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    status text NOT NULL,
    "needResync" boolean,
    "userId" integer NOT NULL,
    CONSTRAINT core_client_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_cron_job (
    id integer NOT NULL,
    "moduleId" integer NOT NULL,
    description character varying(190) NOT NULL,
    name character varying(190) NOT NULL,
    expression character varying(190) NOT NULL,
    enabled boolean NOT NULL,
    "nextRunAt" timestamp without time zone,
    "lastRunAt" timestamp without time zone,
    "runningSince" timestamp without time zone,
    "lastError" text,
    CONSTRAINT core_cron_job_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_customfields_field (
    id integer NOT NULL,
    "fieldSetId" integer NOT NULL,
    "modSeq" integer,
    "createdAt" timestamp without time zone,
    "modifiedAt" timestamp without time zone,
    "deletedAt" timestamp without time zone,
    name character varying(255) NOT NULL,
    "databaseName" character varying(190),
    type character varying(100) NOT NULL,
    "sortOrder" integer NOT NULL,
    required boolean NOT NULL,
    "relatedFieldCondition" text,
    "conditionallyHidden" boolean NOT NULL,
    "conditionallyRequired" boolean NOT NULL,
    hint character varying(190),
    exclude_from_grid boolean NOT NULL,
    unique_values boolean NOT NULL,
    prefix character varying(32) NOT NULL,
    suffix character varying(32) NOT NULL,
    options text,
    "hiddenInGrid" boolean NOT NULL,
    filterable boolean NOT NULL,
    CONSTRAINT core_customfields_field_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_customfields_field_set (
    id integer NOT NULL,
    "modSeq" integer,
    "createdAt" timestamp without time zone,
    "modifiedAt" timestamp without time zone,
    "deletedAt" timestamp without time zone,
    "entityId" integer NOT NULL,
    "aclId" integer NOT NULL,
    name character varying(50),
    description text,
    "sortOrder" smallint NOT NULL,
    filter text,
    "isTab" boolean NOT NULL,
    "collapseIfEmpty" boolean NOT NULL,
    columns smallint NOT NULL,
    "parentFieldSetId" integer,
    CONSTRAINT core_customfields_field_set_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_customfields_select_option (
    id integer NOT NULL,
    "fieldId" integer NOT NULL,
    "parentId" integer,
    text character varying(255),
    "foregroundColor" character varying(6),
    "backgroundColor" character varying(6),
    "renderMode" character varying(20),
    "sortOrder" bigint,
    enabled boolean NOT NULL,
    CONSTRAINT core_customfields_select_option_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_email_template (
    id integer NOT NULL,
    "moduleId" integer NOT NULL,
    key character varying(20),
    language character varying(20) NOT NULL,
    name character varying(190) NOT NULL,
    subject character varying(255),
    body text NOT NULL,
    CONSTRAINT core_email_template_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_email_template_attachment (
    id integer NOT NULL,
    "emailTemplateId" integer NOT NULL,
    "blobId" bytea NOT NULL,
    name character varying(190) NOT NULL,
    inline boolean NOT NULL,
    attachment boolean NOT NULL,
    CONSTRAINT core_email_template_attachment_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_entity (
    id integer NOT NULL,
    "moduleId" integer,
    name character varying(190) NOT NULL,
    "clientName" character varying(190),
    "highestModSeq" integer NOT NULL,
    "defaultAclId" integer,
    CONSTRAINT core_entity_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_entity_filter (
    id integer NOT NULL,
    "entityTypeId" integer NOT NULL,
    name character varying(190) NOT NULL,
    "createdBy" integer NOT NULL,
    filter text,
    "aclId" integer NOT NULL,
    type text NOT NULL,
    CONSTRAINT core_entity_filter_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_group (
    id integer NOT NULL,
    name character varying(190) NOT NULL,
    "createdBy" integer NOT NULL,
    "aclId" integer,
    "isUserGroupFor" integer,
    CONSTRAINT core_group_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_group_default_group (
    "groupId" integer NOT NULL,
    CONSTRAINT core_group_default_group_pkey PRIMARY KEY ("groupId")
);

CREATE TABLE groupoffice.core_import_mapping (
    id bigint NOT NULL,
    "entityTypeId" integer,
    checksum character(32),
    name character varying(120) NOT NULL,
    mapping text,
    "updateBy" character varying(100),
    "dateFormat" character varying(20),
    "timeFormat" character varying(20),
    "decimalSeparator" character(1),
    "thousandsSeparator" character(1),
    CONSTRAINT core_import_mapping_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_link (
    id integer NOT NULL,
    "fromEntityTypeId" integer NOT NULL,
    "fromId" integer NOT NULL,
    "toEntityTypeId" integer NOT NULL,
    "toId" integer NOT NULL,
    description character varying(190),
    "createdAt" timestamp without time zone NOT NULL,
    "deletedAt" timestamp without time zone,
    "modSeq" integer,
    "folderId" integer,
    CONSTRAINT core_link_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_module (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    package character varying(100),
    version integer NOT NULL,
    sort_order integer NOT NULL,
    admin_menu boolean NOT NULL,
    enabled boolean NOT NULL,
    "modifiedAt" timestamp without time zone,
    "modSeq" integer,
    "deletedAt" timestamp without time zone,
    "shadowAclId" integer,
    CONSTRAINT core_module_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_oauth_access_token (
    identifier character varying(128) NOT NULL,
    "expiryDateTime" timestamp without time zone,
    "userIdentifier" integer NOT NULL,
    "clientId" integer NOT NULL,
    CONSTRAINT core_oauth_access_token_pkey PRIMARY KEY (identifier)
);

CREATE TABLE groupoffice.core_oauth_auth_codes (
    id integer NOT NULL,
    "clientId" integer NOT NULL,
    identifier character varying(128) NOT NULL,
    "userIdentifier" integer NOT NULL,
    "expiryDateTime" timestamp without time zone NOT NULL,
    nonce character varying(255),
    CONSTRAINT core_oauth_auth_codes_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_oauth_client (
    id integer NOT NULL,
    identifier character varying(128) NOT NULL,
    "isConfidential" boolean NOT NULL,
    name character varying(128) NOT NULL,
    "redirectUri" text NOT NULL,
    secret character varying(128),
    CONSTRAINT core_oauth_client_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_pdf_block (
    id numeric(20,0) NOT NULL,
    "pdfTemplateId" numeric(20,0) NOT NULL,
    x integer,
    y integer,
    width integer,
    height integer,
    align text NOT NULL,
    content text NOT NULL,
    type character varying(50) NOT NULL,
    CONSTRAINT core_pdf_block_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_pdf_template (
    id numeric(20,0) NOT NULL,
    "moduleId" integer NOT NULL,
    key character varying(20),
    language character varying(20) NOT NULL,
    name character varying(50) NOT NULL,
    "stationaryBlobId" bytea,
    "logoBlobId" bytea,
    landscape boolean NOT NULL,
    "pageSize" character varying(20) NOT NULL,
    "measureUnit" text NOT NULL,
    "marginTop" numeric(19,4) NOT NULL,
    "marginRight" numeric(19,4) NOT NULL,
    "marginBottom" numeric(19,4) NOT NULL,
    "marginLeft" numeric(19,4) NOT NULL,
    header text,
    "headerX" numeric(19,4),
    "headerY" numeric(19,4),
    footer text,
    "footerX" numeric(19,4),
    "footerY" numeric(19,4),
    "fontFamily" character varying(100) NOT NULL,
    "fontSize" smallint,
    CONSTRAINT core_pdf_template_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_permission (
    "moduleId" integer NOT NULL,
    "groupId" integer NOT NULL,
    rights bigint NOT NULL,
    CONSTRAINT core_permission_pkey PRIMARY KEY ("moduleId", "groupId")
);

CREATE TABLE groupoffice.core_principal (
    id character varying(60) NOT NULL,
    name character varying(100) NOT NULL,
    email character varying(255),
    type text,
    description character varying(255) NOT NULL,
    "timeZone" character varying(129),
    "entityTypeId" integer NOT NULL,
    "avatarId" bytea,
    "entityId" bigint NOT NULL,
    "aclId" integer NOT NULL,
    CONSTRAINT core_principal_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_search (
    id integer NOT NULL,
    "entityId" integer NOT NULL,
    "moduleId" integer,
    name character varying(100),
    description character varying(190) NOT NULL,
    "entityTypeId" integer NOT NULL,
    filter character varying(190),
    "modifiedAt" timestamp without time zone,
    "aclId" integer NOT NULL,
    rebuild boolean NOT NULL,
    CONSTRAINT core_search_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_search_word (
    "searchId" integer NOT NULL,
    word character varying(100) NOT NULL,
    CONSTRAINT core_search_word_pkey PRIMARY KEY (word, "searchId")
);

CREATE TABLE groupoffice.core_setting (
    "moduleId" integer NOT NULL,
    name character varying(190) NOT NULL,
    value text,
    CONSTRAINT core_setting_pkey PRIMARY KEY ("moduleId", name)
);

CREATE TABLE groupoffice.core_smtp_account (
    id integer NOT NULL,
    "moduleId" integer NOT NULL,
    "aclId" integer NOT NULL,
    hostname character varying(190) NOT NULL,
    port integer NOT NULL,
    username character varying(190),
    password text,
    encryption text,
    "verifyCertificate" boolean NOT NULL,
    "fromName" character varying(190) NOT NULL,
    "fromEmail" character varying(190) NOT NULL,
    "maxMessagesPerMinute" integer NOT NULL,
    CONSTRAINT core_smtp_account_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_spreadsheet_export (
    id bigint NOT NULL,
    "userId" integer NOT NULL,
    "entityTypeId" integer NOT NULL,
    name character varying(190) NOT NULL,
    columns text NOT NULL,
    CONSTRAINT core_spreadsheet_export_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_user (
    id integer NOT NULL,
    username character varying(190) NOT NULL,
    "displayName" character varying(190) NOT NULL,
    "avatarId" bytea,
    enabled boolean NOT NULL,
    email character varying(100) NOT NULL,
    "recoveryEmail" character varying(100) NOT NULL,
    "recoveryHash" character varying(40),
    "recoverySendAt" timestamp without time zone,
    "lastLogin" timestamp without time zone,
    "createdAt" timestamp without time zone,
    "modifiedAt" timestamp without time zone,
    "dateFormat" character varying(20) NOT NULL,
    "shortDateInList" boolean NOT NULL,
    "timeFormat" character varying(10) NOT NULL,
    "thousandsSeparator" character varying(1) NOT NULL,
    "decimalSeparator" character varying(1) NOT NULL,
    currency character(3) NOT NULL,
    "loginCount" integer NOT NULL,
    max_rows_list smallint NOT NULL,
    timezone character varying(50) NOT NULL,
    start_module character varying(50) NOT NULL,
    language character varying(20) NOT NULL,
    theme character varying(20) NOT NULL,
    "themeColorScheme" text NOT NULL,
    "firstWeekday" smallint NOT NULL,
    sort_name character varying(20) NOT NULL,
    muser_id integer NOT NULL,
    mute_sound boolean NOT NULL,
    mute_reminder_sound boolean NOT NULL,
    mute_new_mail_sound boolean NOT NULL,
    show_smilies boolean NOT NULL,
    auto_punctuation boolean NOT NULL,
    "listSeparator" character(3) NOT NULL,
    "textSeparator" character(3) NOT NULL,
    files_folder_id integer NOT NULL,
    disk_quota bigint,
    disk_usage bigint NOT NULL,
    mail_reminders boolean NOT NULL,
    holidayset character varying(10),
    sort_email_addresses_by_time boolean NOT NULL,
    no_reminders boolean NOT NULL,
    "homeDir" character varying(190) NOT NULL,
    "confirmOnMove" boolean NOT NULL,
    "passwordModifiedAt" timestamp without time zone,
    "forcePasswordChange" boolean NOT NULL,
    "enableSendShortcut" boolean NOT NULL,
    CONSTRAINT core_user_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_user_custom_fields (
    id integer NOT NULL,
    CONSTRAINT core_user_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.core_user_default_group (
    "groupId" integer NOT NULL,
    CONSTRAINT core_user_default_group_pkey PRIMARY KEY ("groupId")
);

CREATE TABLE groupoffice.core_user_group (
    "groupId" integer NOT NULL,
    "userId" integer NOT NULL,
    CONSTRAINT core_user_group_pkey PRIMARY KEY ("groupId", "userId")
);

CREATE TABLE groupoffice.dav_locks (
    id bigint NOT NULL,
    owner character varying(100),
    timeout bigint,
    created integer,
    token bytea,
    scope smallint,
    depth smallint,
    uri bytea,
    CONSTRAINT dav_locks_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.davclient_calendar (
    id bigint NOT NULL,
    "davaccountId" bigint NOT NULL,
    uri character varying(255) NOT NULL,
    ctag character varying(100) NOT NULL,
    synctoken character varying(100) NOT NULL,
    "lastSync" timestamp without time zone,
    "lastError" text,
    CONSTRAINT davclient_calendar_pkey PRIMARY KEY (id, "davaccountId")
);

CREATE TABLE groupoffice.davclient_davaccount (
    id bigint NOT NULL,
    name character varying(145) NOT NULL,
    host character varying(245),
    username character varying(60),
    password character varying(255),
    "basePath" character varying(100) NOT NULL,
    "principalUri" character varying(512) NOT NULL,
    "refreshInterval" integer NOT NULL,
    "lastSync" timestamp without time zone,
    "lastError" text,
    active boolean NOT NULL,
    "aclId" integer NOT NULL,
    "verifySSL" boolean NOT NULL,
    CONSTRAINT davclient_davaccount_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_accounts (
    id integer NOT NULL,
    user_id integer NOT NULL,
    acl_id integer NOT NULL,
    host character varying(100),
    port integer NOT NULL,
    deprecated_use_ssl boolean NOT NULL,
    novalidate_cert boolean NOT NULL,
    username character varying(190),
    password character varying(512),
    imap_encryption character(3) NOT NULL,
    imap_allow_self_signed boolean NOT NULL,
    mbroot character varying(30) NOT NULL,
    sent character varying(100),
    drafts character varying(100),
    trash character varying(100) NOT NULL,
    spam character varying(100) NOT NULL,
    smtp_host character varying(100),
    smtp_port integer NOT NULL,
    smtp_encryption character(10) NOT NULL,
    smtp_allow_self_signed boolean NOT NULL,
    smtp_username character varying(190),
    smtp_password character varying(512) NOT NULL,
    password_encrypted smallint NOT NULL,
    ignore_sent_folder boolean NOT NULL,
    save_sent boolean NOT NULL,
    sieve_port integer NOT NULL,
    sieve_usetls boolean NOT NULL,
    check_mailboxes text,
    do_not_mark_as_read boolean NOT NULL,
    signature_below_reply boolean NOT NULL,
    full_reply_headers boolean NOT NULL,
    force_smtp_login boolean NOT NULL,
    CONSTRAINT em_accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_accounts_collapsed (
    account_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT em_accounts_collapsed_pkey PRIMARY KEY (account_id, user_id)
);

CREATE TABLE groupoffice.em_accounts_sort (
    account_id integer NOT NULL,
    user_id integer NOT NULL,
    "order" integer NOT NULL,
    CONSTRAINT em_accounts_sort_pkey PRIMARY KEY (account_id, user_id)
);

CREATE TABLE groupoffice.em_aliases (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name character varying(100) NOT NULL,
    email character varying(100) NOT NULL,
    signature text,
    "default" boolean NOT NULL,
    CONSTRAINT em_aliases_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_contacts_last_mail_times (
    contact_id integer NOT NULL,
    user_id integer NOT NULL,
    last_mail_time integer NOT NULL,
    CONSTRAINT em_contacts_last_mail_times_pkey PRIMARY KEY (contact_id, user_id)
);

CREATE TABLE groupoffice.em_filters (
    id integer NOT NULL,
    account_id integer NOT NULL,
    field character varying(20),
    keyword character varying(100),
    folder character varying(100),
    priority integer NOT NULL,
    mark_as_read text NOT NULL,
    CONSTRAINT em_filters_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_folders (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name character varying(255),
    subscribed text NOT NULL,
    parent_id integer NOT NULL,
    delimiter character(1) NOT NULL,
    sort_order smallint NOT NULL,
    msgcount integer NOT NULL,
    unseen integer NOT NULL,
    auto_check text NOT NULL,
    can_have_children boolean NOT NULL,
    no_select boolean,
    sort text,
    CONSTRAINT em_folders_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_folders_expanded (
    folder_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT em_folders_expanded_pkey PRIMARY KEY (folder_id, user_id)
);

CREATE TABLE groupoffice.em_folders_favorites (
    id bigint NOT NULL,
    "userId" integer NOT NULL,
    name character varying(255) NOT NULL,
    account_id integer NOT NULL,
    mailbox character varying(255) NOT NULL,
    CONSTRAINT em_folders_favorites_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_labels (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    flag character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    account_id integer NOT NULL,
    "default" boolean NOT NULL,
    CONSTRAINT em_labels_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_links (
    id integer NOT NULL,
    user_id integer NOT NULL,
    "from" character varying(255),
    "to" text,
    subject character varying(255),
    "time" integer NOT NULL,
    path character varying(255),
    has_attachments boolean,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    muser_id integer NOT NULL,
    acl_id integer NOT NULL,
    uid character varying(350) NOT NULL,
    CONSTRAINT em_links_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.em_messages_cache (
    folder_id integer NOT NULL,
    uid integer NOT NULL,
    account_id integer NOT NULL,
    new text NOT NULL,
    subject character varying(100),
    "from" character varying(100),
    size integer NOT NULL,
    udate integer NOT NULL,
    attachments text NOT NULL,
    flagged text NOT NULL,
    answered text NOT NULL,
    forwarded boolean NOT NULL,
    priority smallint NOT NULL,
    "to" character varying(255),
    serialized_message_object text NOT NULL,
    CONSTRAINT em_messages_cache_pkey PRIMARY KEY (folder_id, uid)
);

CREATE TABLE groupoffice.em_portlet_folders (
    account_id integer NOT NULL,
    folder_name character varying(100) NOT NULL,
    user_id integer NOT NULL,
    mtime integer NOT NULL,
    CONSTRAINT em_portlet_folders_pkey PRIMARY KEY (account_id, folder_name, user_id)
);

CREATE TABLE groupoffice.email_default_email_account_templates (
    account_id integer NOT NULL,
    template_id integer NOT NULL,
    CONSTRAINT email_default_email_account_templates_pkey PRIMARY KEY (account_id)
);

CREATE TABLE groupoffice.email_default_email_templates (
    user_id integer NOT NULL,
    template_id integer NOT NULL,
    CONSTRAINT email_default_email_templates_pkey PRIMARY KEY (user_id)
);

CREATE TABLE groupoffice.emp_folders (
    folder_id integer NOT NULL,
    user_id integer NOT NULL,
    mtime integer NOT NULL,
    CONSTRAINT emp_folders_pkey PRIMARY KEY (folder_id, user_id)
);

CREATE TABLE groupoffice.fs_bookmarks (
    folder_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT fs_bookmarks_pkey PRIMARY KEY (folder_id, user_id)
);

CREATE TABLE groupoffice.fs_filehandlers (
    user_id integer NOT NULL,
    extension character varying(20) NOT NULL,
    cls character varying(100) NOT NULL,
    CONSTRAINT fs_filehandlers_pkey PRIMARY KEY (user_id, extension)
);

CREATE TABLE groupoffice.fs_files (
    id integer NOT NULL,
    folder_id integer NOT NULL,
    name character varying(260) NOT NULL,
    locked_user_id integer NOT NULL,
    lock_id character varying(192),
    status_id integer NOT NULL,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    muser_id integer NOT NULL,
    size bigint NOT NULL,
    user_id integer NOT NULL,
    comment text,
    extension character varying(20) NOT NULL,
    expire_time integer NOT NULL,
    random_code character(11),
    delete_when_expired boolean NOT NULL,
    content_expire_date integer,
    version bigint NOT NULL,
    CONSTRAINT fs_files_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_files_custom_fields (
    id integer NOT NULL,
    CONSTRAINT fs_files_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_folder_pref (
    folder_id integer NOT NULL,
    user_id integer NOT NULL,
    thumbs boolean NOT NULL,
    CONSTRAINT fs_folder_pref_pkey PRIMARY KEY (folder_id, user_id)
);

CREATE TABLE groupoffice.fs_folders (
    user_id integer NOT NULL,
    id integer NOT NULL,
    parent_id integer NOT NULL,
    name character varying(260) NOT NULL,
    visible boolean NOT NULL,
    acl_id integer NOT NULL,
    comment text,
    thumbs boolean NOT NULL,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    muser_id integer NOT NULL,
    quota_user_id integer NOT NULL,
    readonly boolean NOT NULL,
    cm_state text,
    apply_state boolean NOT NULL,
    CONSTRAINT fs_folders_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_folders_custom_fields (
    id integer NOT NULL,
    CONSTRAINT fs_folders_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_new_files (
    file_id integer NOT NULL,
    user_id integer NOT NULL
);

CREATE TABLE groupoffice.fs_notification_messages (
    id integer NOT NULL,
    user_id integer NOT NULL,
    modified_user_id integer NOT NULL,
    type integer NOT NULL,
    arg1 character varying(255) NOT NULL,
    arg2 character varying(255) NOT NULL,
    mtime integer NOT NULL,
    status boolean NOT NULL,
    CONSTRAINT fs_notification_messages_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_notifications (
    folder_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT fs_notifications_pkey PRIMARY KEY (folder_id, user_id)
);

CREATE TABLE groupoffice.fs_shared_cache (
    user_id integer NOT NULL,
    folder_id integer NOT NULL,
    name character varying(255) NOT NULL,
    path text NOT NULL,
    CONSTRAINT fs_shared_cache_pkey PRIMARY KEY (user_id, folder_id)
);

CREATE TABLE groupoffice.fs_shared_root_folders (
    user_id integer NOT NULL,
    folder_id integer NOT NULL,
    CONSTRAINT fs_shared_root_folders_pkey PRIMARY KEY (user_id, folder_id)
);

CREATE TABLE groupoffice.fs_status_history (
    id integer NOT NULL,
    link_id integer NOT NULL,
    status_id integer NOT NULL,
    user_id integer NOT NULL,
    ctime integer NOT NULL,
    comments text,
    CONSTRAINT fs_status_history_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_statuses (
    id integer NOT NULL,
    name character varying(50),
    CONSTRAINT fs_statuses_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_templates (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(50),
    acl_id integer NOT NULL,
    content bytea NOT NULL,
    extension character(4) NOT NULL,
    CONSTRAINT fs_templates_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_trash (
    id bigint NOT NULL,
    "parentId" bigint NOT NULL,
    "aclId" integer NOT NULL,
    "entityId" integer NOT NULL,
    "entityTypeId" integer NOT NULL,
    "deletedBy" integer NOT NULL,
    "deletedAt" timestamp without time zone,
    name character varying(260) NOT NULL,
    "fullPath" character varying(512) NOT NULL,
    CONSTRAINT fs_trash_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.fs_versions (
    id integer NOT NULL,
    file_id integer NOT NULL,
    mtime integer NOT NULL,
    user_id integer NOT NULL,
    path character varying(255) NOT NULL,
    version integer NOT NULL,
    size_bytes bigint NOT NULL,
    CONSTRAINT fs_versions_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_address_format (
    id integer NOT NULL,
    format text NOT NULL,
    CONSTRAINT go_address_format_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_advanced_searches (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    user_id integer NOT NULL,
    acl_id integer NOT NULL,
    data text,
    model_name character varying(100) NOT NULL,
    CONSTRAINT go_advanced_searches_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_cache (
    user_id integer NOT NULL,
    key character varying(190) NOT NULL,
    content text,
    mtime integer NOT NULL,
    CONSTRAINT go_cache_pkey PRIMARY KEY (user_id, key)
);

CREATE TABLE groupoffice.go_cf_setting_tabs (
    cf_category_id integer NOT NULL,
    CONSTRAINT go_cf_setting_tabs_pkey PRIMARY KEY (cf_category_id)
);

CREATE TABLE groupoffice.go_clients (
    id integer NOT NULL,
    footprint character varying(190) NOT NULL,
    user_id integer NOT NULL,
    ip character varying(45) NOT NULL,
    user_agent character varying(255),
    ctime integer NOT NULL,
    last_active integer NOT NULL,
    in_use boolean NOT NULL,
    CONSTRAINT go_clients_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_countries (
    id integer NOT NULL,
    name character varying(64),
    iso_code_2 character(2) NOT NULL,
    iso_code_3 character(3) NOT NULL,
    CONSTRAINT go_countries_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_cron (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    active boolean NOT NULL,
    minutes character varying(100) NOT NULL,
    hours character varying(100) NOT NULL,
    monthdays character varying(100) NOT NULL,
    months character varying(100) NOT NULL,
    weekdays character varying(100) NOT NULL,
    years character varying(100) NOT NULL,
    job character varying(255) NOT NULL,
    runonce boolean NOT NULL,
    nextrun integer NOT NULL,
    lastrun integer NOT NULL,
    completedat integer NOT NULL,
    error text,
    autodestroy boolean NOT NULL,
    params text,
    CONSTRAINT go_cron_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_cron_groups (
    cronjob_id integer NOT NULL,
    group_id integer NOT NULL,
    CONSTRAINT go_cron_groups_pkey PRIMARY KEY (cronjob_id, group_id)
);

CREATE TABLE groupoffice.go_cron_users (
    cronjob_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT go_cron_users_pkey PRIMARY KEY (cronjob_id, user_id)
);

CREATE TABLE groupoffice.go_links_em_links (
    id integer NOT NULL,
    folder_id integer NOT NULL,
    model_id integer NOT NULL,
    model_type_id integer NOT NULL,
    description character varying(100),
    ctime integer NOT NULL,
    CONSTRAINT go_links_em_links_pkey PRIMARY KEY (id, model_id, model_type_id)
);

CREATE TABLE groupoffice.go_links_fs_files (
    id integer NOT NULL,
    folder_id integer NOT NULL,
    model_id integer NOT NULL,
    model_type_id integer NOT NULL,
    description character varying(100),
    ctime integer NOT NULL,
    CONSTRAINT go_links_fs_files_pkey PRIMARY KEY (id, model_id, model_type_id)
);

CREATE TABLE groupoffice.go_links_fs_folders (
    id integer NOT NULL,
    folder_id integer NOT NULL,
    model_id integer NOT NULL,
    model_type_id integer NOT NULL,
    description character varying(100),
    ctime integer NOT NULL,
    CONSTRAINT go_links_fs_folders_pkey PRIMARY KEY (id, model_id, model_type_id)
);

CREATE TABLE groupoffice.go_reminders (
    id integer NOT NULL,
    model_id integer NOT NULL,
    model_type_id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(100),
    "time" integer NOT NULL,
    vtime integer NOT NULL,
    snooze_time integer NOT NULL,
    manual boolean NOT NULL,
    text text,
    CONSTRAINT go_reminders_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_reminders_users (
    reminder_id integer NOT NULL,
    user_id integer NOT NULL,
    "time" integer NOT NULL,
    mail_sent boolean NOT NULL,
    CONSTRAINT go_reminders_users_pkey PRIMARY KEY (reminder_id, user_id)
);

CREATE TABLE groupoffice.go_saved_exports (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    class_name character varying(255) NOT NULL,
    view character varying(255) NOT NULL,
    export_columns text,
    orientation text NOT NULL,
    include_column_names boolean NOT NULL,
    use_db_column_names boolean NOT NULL,
    CONSTRAINT go_saved_exports_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_saved_search_queries (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name character varying(50) NOT NULL,
    sql text NOT NULL,
    type character varying(50) NOT NULL,
    CONSTRAINT go_saved_search_queries_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_search_sync (
    user_id integer NOT NULL,
    module character varying(50) NOT NULL,
    last_sync_time integer NOT NULL,
    CONSTRAINT go_search_sync_pkey PRIMARY KEY (user_id, module)
);

CREATE TABLE groupoffice.go_settings (
    user_id integer NOT NULL,
    name character varying(50) NOT NULL,
    value text,
    CONSTRAINT go_settings_pkey PRIMARY KEY (user_id, name)
);

CREATE TABLE groupoffice.go_state (
    user_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value text,
    CONSTRAINT go_state_pkey PRIMARY KEY (user_id, name)
);

CREATE TABLE groupoffice.go_template_group (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    CONSTRAINT go_template_group_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_templates (
    id integer NOT NULL,
    user_id integer NOT NULL,
    type smallint NOT NULL,
    name character varying(100),
    acl_id integer NOT NULL,
    content bytea NOT NULL,
    filename character varying(100),
    extension character varying(4) NOT NULL,
    group_id bigint,
    CONSTRAINT go_templates_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.go_working_weeks (
    user_id integer NOT NULL,
    mo_work_hours double precision NOT NULL,
    tu_work_hours double precision NOT NULL,
    we_work_hours double precision NOT NULL,
    th_work_hours double precision NOT NULL,
    fr_work_hours double precision NOT NULL,
    sa_work_hours double precision NOT NULL,
    su_work_hours double precision NOT NULL,
    CONSTRAINT go_working_weeks_pkey PRIMARY KEY (user_id)
);

CREATE TABLE groupoffice.history_log_entry (
    id numeric(20,0) NOT NULL,
    action integer,
    description character varying(384),
    changes text,
    "createdAt" timestamp without time zone,
    "createdBy" integer,
    "aclId" integer,
    "removeAcl" boolean NOT NULL,
    "entityTypeId" integer NOT NULL,
    "entityId" character varying(100),
    "remoteIp" character varying(50),
    "requestId" character varying(190),
    CONSTRAINT history_log_entry_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.imapauth_server (
    id integer NOT NULL,
    "imapHostname" character varying(190) NOT NULL,
    "imapPort" integer NOT NULL,
    "imapEncryption" text,
    "imapValidateCertificate" boolean NOT NULL,
    "removeDomainFromUsername" boolean NOT NULL,
    "smtpHostname" character varying(190) NOT NULL,
    "smtpPort" integer NOT NULL,
    "smtpUsername" character varying(190),
    "smtpPassword" character varying(512),
    "smtpUseUserCredentials" boolean NOT NULL,
    "smtpEncryption" text,
    "smtpValidateCertificate" boolean NOT NULL,
    CONSTRAINT imapauth_server_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.imapauth_server_domain (
    id integer NOT NULL,
    "serverId" integer NOT NULL,
    name character varying(190) NOT NULL,
    CONSTRAINT imapauth_server_domain_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.imapauth_server_group (
    "serverId" integer NOT NULL,
    "groupId" integer NOT NULL,
    CONSTRAINT imapauth_server_group_pkey PRIMARY KEY ("serverId", "groupId")
);

CREATE TABLE groupoffice.ldapauth_server (
    id integer NOT NULL,
    hostname character varying(190) NOT NULL,
    port integer NOT NULL,
    encryption text,
    "ldapVerifyCertificate" boolean NOT NULL,
    "followReferrals" boolean NOT NULL,
    "protocolVersion" smallint NOT NULL,
    username character varying(190),
    password character varying(512),
    "usernameAttribute" character varying(190) NOT NULL,
    "peopleDN" character varying(190) NOT NULL,
    "groupsDN" character varying(190),
    "imapHostname" character varying(190),
    "imapPort" integer NOT NULL,
    "imapEncryption" text,
    "imapValidateCertificate" boolean NOT NULL,
    "imapUseEmailForUsername" boolean NOT NULL,
    "loginWithEmail" boolean NOT NULL,
    "smtpHostname" character varying(190),
    "smtpPort" integer NOT NULL,
    "smtpUsername" character varying(190),
    "smtpPassword" character varying(512),
    "smtpUseUserCredentials" boolean NOT NULL,
    "smtpEncryption" text,
    "smtpValidateCertificate" boolean NOT NULL,
    "syncUsers" boolean NOT NULL,
    "syncUsersQuery" text,
    "syncUsersDelete" boolean NOT NULL,
    "syncUsersMaxDeletePercentage" integer NOT NULL,
    "syncGroups" boolean NOT NULL,
    "syncGroupsQuery" text,
    "syncGroupsDelete" boolean NOT NULL,
    "syncGroupsMaxDeletePercentage" integer NOT NULL,
    CONSTRAINT ldapauth_server_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.ldapauth_server_domain (
    id integer NOT NULL,
    "serverId" integer NOT NULL,
    name character varying(190) NOT NULL,
    CONSTRAINT ldapauth_server_domain_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.ldapauth_server_group (
    "serverId" integer NOT NULL,
    "groupId" integer NOT NULL,
    CONSTRAINT ldapauth_server_group_pkey PRIMARY KEY ("serverId", "groupId")
);

CREATE TABLE groupoffice.ldapauth_server_group_sync (
    "serverId" integer NOT NULL,
    "groupId" integer NOT NULL,
    CONSTRAINT ldapauth_server_group_sync_pkey PRIMARY KEY ("serverId", "groupId")
);

CREATE TABLE groupoffice.ldapauth_server_user_sync (
    "serverId" integer NOT NULL,
    "userId" integer NOT NULL,
    CONSTRAINT ldapauth_server_user_sync_pkey PRIMARY KEY ("serverId", "userId")
);

CREATE TABLE groupoffice.multi_instance_instance (
    id integer NOT NULL,
    hostname character varying(190) NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    "adminDisplayName" character varying(190) NOT NULL,
    "adminEmail" character varying(190) NOT NULL,
    "userCount" integer,
    "usersMax" integer,
    "loginCount" integer,
    "lastLogin" timestamp without time zone,
    "modifiedAt" timestamp without time zone,
    "storageUsage" bigint,
    "storageQuota" bigint,
    "isTrial" boolean NOT NULL,
    enabled boolean NOT NULL,
    "welcomeMessage" text,
    version character varying(50),
    CONSTRAINT multi_instance_instance_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.notes_note (
    id integer NOT NULL,
    "noteBookId" integer NOT NULL,
    "createdBy" integer,
    "modifiedBy" integer,
    name character varying(100) NOT NULL,
    content text,
    "filesFolderId" integer,
    password character varying(255),
    "createdAt" timestamp without time zone,
    "modifiedAt" timestamp without time zone,
    CONSTRAINT notes_note_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.notes_note_book (
    id integer NOT NULL,
    "deletedAt" timestamp without time zone,
    "createdBy" integer,
    "aclId" integer NOT NULL,
    name character varying(100) NOT NULL,
    "filesFolderId" integer,
    CONSTRAINT notes_note_book_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.notes_note_custom_fields (
    id integer NOT NULL,
    CONSTRAINT notes_note_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.notes_note_image (
    "noteId" integer NOT NULL,
    "blobId" bytea NOT NULL,
    CONSTRAINT notes_note_image_pkey PRIMARY KEY ("noteId", "blobId")
);

CREATE TABLE groupoffice.notes_user_settings (
    "userId" integer NOT NULL,
    "defaultNoteBookId" integer,
    "rememberLastItems" boolean,
    "lastNoteBookIds" character varying(255),
    CONSTRAINT notes_user_settings_pkey PRIMARY KEY ("userId")
);

CREATE TABLE groupoffice.oauth2client_account (
    "accountId" integer NOT NULL,
    "oauth2ClientId" bigint NOT NULL,
    token text,
    "refreshToken" text,
    expires bigint,
    CONSTRAINT oauth2client_account_pkey PRIMARY KEY ("accountId")
);

CREATE TABLE groupoffice.oauth2client_default_client (
    id bigint NOT NULL,
    name character varying(190) NOT NULL,
    "authenticationMethod" character varying(20) NOT NULL,
    "imapHost" character varying(190) NOT NULL,
    "imapPort" integer NOT NULL,
    "imapEncryption" character varying(10),
    "smtpHost" character varying(190) NOT NULL,
    "smtpPort" integer NOT NULL,
    "smtpEncryption" character varying(10),
    CONSTRAINT oauth2client_default_client_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.oauth2client_oauth2client (
    id bigint NOT NULL,
    name character varying(190) NOT NULL,
    "defaultClientId" bigint,
    "clientId" character varying(190) NOT NULL,
    "clientSecret" character varying(190) NOT NULL,
    "projectId" character varying(190) NOT NULL,
    "openId" boolean,
    CONSTRAINT oauth2client_oauth2client_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.oauth2client_openid_user (
    "userId" integer NOT NULL,
    "clientId" bigint NOT NULL,
    CONSTRAINT oauth2client_openid_user_pkey PRIMARY KEY ("userId")
);

CREATE TABLE groupoffice.oidc_client (
    id bigint NOT NULL,
    name character varying(50) NOT NULL,
    url character varying(190) NOT NULL,
    "clientId" character varying(190) NOT NULL,
    "clientSecret" character varying(190) NOT NULL,
    CONSTRAINT oidc_client_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.oidc_user (
    "clientId" bigint NOT NULL,
    "userId" integer NOT NULL,
    CONSTRAINT oidc_user_pkey PRIMARY KEY ("userId", "clientId")
);

CREATE TABLE groupoffice.otp_secret (
    "userId" integer NOT NULL,
    secret character varying(128) NOT NULL,
    "createdAt" timestamp without time zone NOT NULL,
    verified boolean NOT NULL,
    "expiresAt" timestamp without time zone,
    CONSTRAINT otp_secret_pkey PRIMARY KEY ("userId")
);

CREATE TABLE groupoffice.pa_aliases (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    address character varying(190),
    goto text,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    active text NOT NULL,
    CONSTRAINT pa_aliases_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.pa_domains (
    id integer NOT NULL,
    user_id integer NOT NULL,
    domain character varying(190),
    description character varying(255),
    max_aliases integer NOT NULL,
    max_mailboxes integer NOT NULL,
    total_quota bigint NOT NULL,
    default_quota bigint NOT NULL,
    transport character varying(255) NOT NULL,
    backupmx boolean NOT NULL,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    active boolean NOT NULL,
    acl_id integer NOT NULL,
    CONSTRAINT pa_domains_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.pa_mailboxes (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    go_installation_id character varying(50),
    username character varying(190) NOT NULL,
    password character varying(255) NOT NULL,
    "smtpAllowed" boolean NOT NULL,
    fts boolean NOT NULL,
    name character varying(255) NOT NULL,
    maildir character varying(255),
    homedir character varying(255),
    quota bigint NOT NULL,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    active boolean NOT NULL,
    usage integer NOT NULL,
    CONSTRAINT pa_mailboxes_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.site_content (
    id integer NOT NULL,
    user_id integer NOT NULL,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    ptime integer NOT NULL,
    title character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    meta_title character varying(100),
    meta_description character varying(255),
    meta_keywords character varying(255),
    content text,
    status integer NOT NULL,
    parent_id integer,
    site_id integer NOT NULL,
    sort_order integer NOT NULL,
    template character varying(255),
    default_child_template character varying(255),
    content_type character varying(20) NOT NULL,
    CONSTRAINT site_content_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.site_content_custom_fields (
    id integer NOT NULL,
    CONSTRAINT site_content_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.site_menu (
    id integer NOT NULL,
    site_id integer NOT NULL,
    menu_slug character varying(255) NOT NULL,
    label character varying(255),
    CONSTRAINT site_menu_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.site_menu_item (
    menu_id integer NOT NULL,
    id integer NOT NULL,
    parent_id integer,
    content_id integer,
    label character varying(255) NOT NULL,
    url character varying(255),
    display_children boolean NOT NULL,
    sort_order integer NOT NULL,
    target character varying(10),
    CONSTRAINT site_menu_item_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.site_multifile_files (
    model_id integer NOT NULL,
    field_id integer NOT NULL,
    file_id integer NOT NULL,
    "order" integer NOT NULL,
    CONSTRAINT site_multifile_files_pkey PRIMARY KEY (model_id, field_id, file_id)
);

CREATE TABLE groupoffice.site_sites (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    user_id integer NOT NULL,
    mtime integer NOT NULL,
    ctime integer NOT NULL,
    domain character varying(100) NOT NULL,
    module character varying(100) NOT NULL,
    ssl boolean NOT NULL,
    mod_rewrite boolean NOT NULL,
    mod_rewrite_base_path character varying(50) NOT NULL,
    base_path character varying(100) NOT NULL,
    acl_id integer NOT NULL,
    language character varying(10) NOT NULL,
    files_folder_id integer NOT NULL,
    CONSTRAINT site_sites_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.site_sites_custom_fields (
    id integer NOT NULL,
    CONSTRAINT site_sites_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.smi_account_settings (
    account_id integer NOT NULL,
    always_sign boolean NOT NULL,
    CONSTRAINT smi_account_settings_pkey PRIMARY KEY (account_id)
);

CREATE TABLE groupoffice.smi_certs (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying(255) NOT NULL,
    cert text NOT NULL,
    CONSTRAINT smi_certs_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.smi_pkcs12 (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    cert bytea,
    serial character varying(100) NOT NULL,
    valid_until timestamp without time zone NOT NULL,
    valid_since timestamp without time zone NOT NULL,
    provided_by character varying(128) NOT NULL,
    CONSTRAINT smi_pkcs12_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.su_announcements (
    id integer NOT NULL,
    user_id integer NOT NULL,
    acl_id integer NOT NULL,
    due_time integer NOT NULL,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    title character varying(50),
    content text,
    CONSTRAINT su_announcements_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.su_latest_read_announcement_records (
    user_id integer NOT NULL,
    announcement_id integer,
    announcement_ctime integer NOT NULL,
    CONSTRAINT su_latest_read_announcement_records_pkey PRIMARY KEY (user_id)
);

CREATE TABLE groupoffice.su_notes (
    user_id integer NOT NULL,
    text text,
    CONSTRAINT su_notes_pkey PRIMARY KEY (user_id)
);

CREATE TABLE groupoffice.su_rss_feeds (
    id integer NOT NULL,
    user_id integer NOT NULL,
    title character varying(255) NOT NULL,
    url character varying(512),
    summary boolean NOT NULL,
    CONSTRAINT su_rss_feeds_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.su_visible_calendars (
    user_id integer NOT NULL,
    calendar_id integer NOT NULL,
    CONSTRAINT su_visible_calendars_pkey PRIMARY KEY (user_id, calendar_id)
);

CREATE TABLE groupoffice.su_visible_lists (
    user_id integer NOT NULL,
    tasklist_id integer NOT NULL,
    CONSTRAINT su_visible_lists_pkey PRIMARY KEY (user_id, tasklist_id)
);

CREATE TABLE groupoffice.sync_addressbook_user (
    "addressBookId" integer NOT NULL,
    "userId" integer NOT NULL,
    "isDefault" boolean NOT NULL,
    CONSTRAINT sync_addressbook_user_pkey PRIMARY KEY ("addressBookId", "userId")
);

CREATE TABLE groupoffice.sync_calendar_user (
    calendar_id integer NOT NULL,
    user_id integer NOT NULL,
    default_calendar boolean NOT NULL,
    CONSTRAINT sync_calendar_user_pkey PRIMARY KEY (calendar_id, user_id)
);

CREATE TABLE groupoffice.sync_devices (
    id integer NOT NULL,
    manufacturer character varying(50),
    model character varying(50),
    software_version character varying(50),
    user_id integer NOT NULL,
    uri character varying(128),
    "UTC" text NOT NULL,
    vcalendar_version character varying(4) NOT NULL,
    CONSTRAINT sync_devices_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.sync_note_categories_user (
    category_id integer NOT NULL,
    user_id integer NOT NULL,
    default_category boolean NOT NULL,
    CONSTRAINT sync_note_categories_user_pkey PRIMARY KEY (category_id, user_id)
);

CREATE TABLE groupoffice.sync_settings (
    user_id integer NOT NULL,
    addressbook_id integer NOT NULL,
    calendar_id integer NOT NULL,
    tasklist_id integer NOT NULL,
    note_category_id integer NOT NULL,
    account_id integer NOT NULL,
    server_is_master boolean NOT NULL,
    max_days_old smallint NOT NULL,
    delete_old_events boolean NOT NULL,
    "allowDeletes" boolean,
    CONSTRAINT sync_settings_pkey PRIMARY KEY (user_id)
);

CREATE TABLE groupoffice.sync_tasklist_user (
    "tasklistId" bigint NOT NULL,
    "userId" integer NOT NULL,
    "isDefault" boolean NOT NULL,
    CONSTRAINT sync_tasklist_user_pkey PRIMARY KEY ("tasklistId", "userId")
);

CREATE TABLE groupoffice.sync_user_note_book (
    "noteBookId" integer NOT NULL,
    "userId" integer NOT NULL,
    "isDefault" boolean NOT NULL,
    CONSTRAINT sync_user_note_book_pkey PRIMARY KEY ("noteBookId", "userId")
);

CREATE TABLE groupoffice.tasks_alert (
    id bigint NOT NULL,
    "when" timestamp without time zone NOT NULL,
    acknowledged timestamp without time zone,
    "relatedTo" text,
    action smallint NOT NULL,
    "offset" character varying(45),
    "relativeTo" character varying(5),
    "taskId" bigint NOT NULL,
    "userId" integer NOT NULL,
    CONSTRAINT tasks_alert_pkey PRIMARY KEY (id, "taskId", "userId")
);

CREATE TABLE groupoffice.tasks_category (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    "ownerId" integer,
    "tasklistId" bigint,
    role smallint NOT NULL,
    CONSTRAINT tasks_category_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.tasks_default_alert (
    id bigint NOT NULL,
    "when" timestamp without time zone NOT NULL,
    "relatedTo" text,
    action smallint NOT NULL,
    "offset" character varying(45),
    "relativeTo" character varying(5),
    "withTime" boolean NOT NULL,
    "tasklistId" bigint NOT NULL,
    CONSTRAINT tasks_default_alert_pkey PRIMARY KEY (id, "tasklistId")
);

CREATE TABLE groupoffice.tasks_portlet_tasklist (
    "userId" integer NOT NULL,
    "tasklistId" bigint NOT NULL,
    CONSTRAINT tasks_portlet_tasklist_pkey PRIMARY KEY ("userId", "tasklistId")
);

CREATE TABLE groupoffice.tasks_task (
    id bigint NOT NULL,
    uid character varying(190) NOT NULL,
    "tasklistId" bigint NOT NULL,
    "groupId" bigint,
    "responsibleUserId" integer,
    "createdBy" integer,
    "createdAt" timestamp without time zone NOT NULL,
    "modifiedAt" timestamp without time zone NOT NULL,
    "modifiedBy" integer,
    "filesFolderId" integer,
    due date,
    start date,
    "estimatedDuration" integer,
    progress smallint NOT NULL,
    "progressUpdated" timestamp without time zone,
    title character varying(255) NOT NULL,
    description text,
    color character(6),
    "recurrenceRule" character varying(400),
    priority integer NOT NULL,
    "freeBusyStatus" character(4),
    privacy character varying(7),
    "percentComplete" smallint NOT NULL,
    uri character varying(190),
    "vcalendarBlobId" bytea,
    latitude numeric(10,8),
    longitude numeric(11,8),
    location text,
    "projectId" bigint,
    "mileStoneId" bigint,
    CONSTRAINT tasks_task_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.tasks_task_category (
    "taskId" bigint NOT NULL,
    "categoryId" bigint NOT NULL,
    CONSTRAINT tasks_task_category_pkey PRIMARY KEY ("taskId", "categoryId")
);

CREATE TABLE groupoffice.tasks_task_custom_fields (
    id bigint NOT NULL,
    CONSTRAINT tasks_task_custom_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.tasks_task_user (
    "taskId" bigint NOT NULL,
    "userId" integer NOT NULL,
    "modSeq" integer NOT NULL,
    "freeBusyStatus" character(4) NOT NULL,
    CONSTRAINT tasks_task_user_pkey PRIMARY KEY ("taskId", "userId")
);

CREATE TABLE groupoffice.tasks_tasklist (
    id bigint NOT NULL,
    role smallint,
    name character varying(100) NOT NULL,
    description character varying(255),
    "createdBy" integer,
    "defaultColor" character varying(21) NOT NULL,
    "highestItemModSeq" character varying(32),
    "aclId" integer NOT NULL,
    "ownerId" integer NOT NULL,
    "filesFolderId" integer,
    "projectId" integer,
    "groupingId" bigint,
    CONSTRAINT tasks_tasklist_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.tasks_tasklist_group (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    color character(6),
    "sortOrder" integer NOT NULL,
    "tasklistId" bigint NOT NULL,
    "progressChange" smallint,
    CONSTRAINT tasks_tasklist_group_pkey PRIMARY KEY (id, "tasklistId"),
    CONSTRAINT tasks_tasklist_group_pk UNIQUE (id)
);

CREATE TABLE groupoffice.tasks_tasklist_grouping (
    id bigint NOT NULL,
    name character varying(190) NOT NULL,
    "order" bigint,
    role smallint NOT NULL,
    CONSTRAINT tasks_tasklist_grouping_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.tasks_tasklist_user (
    "tasklistId" bigint NOT NULL,
    "userId" integer NOT NULL,
    "modSeq" integer NOT NULL,
    color character varying(21),
    "sortOrder" integer,
    "isVisible" boolean NOT NULL,
    "isSubscribed" boolean NOT NULL,
    "syncToDevice" smallint NOT NULL,
    CONSTRAINT tasks_tasklist_user_pkey PRIMARY KEY ("tasklistId", "userId")
);

CREATE TABLE groupoffice.tasks_user_settings (
    "userId" integer NOT NULL,
    "defaultTasklistId" bigint,
    "rememberLastItems" boolean NOT NULL,
    "lastTasklistIds" character varying(255),
    "defaultDate" boolean,
    CONSTRAINT tasks_user_settings_pkey PRIMARY KEY ("userId")
);

CREATE TABLE groupoffice.wopi_action (
    "serviceId" integer NOT NULL,
    app character varying(190) NOT NULL,
    name character varying(50) NOT NULL,
    ext character varying(20) NOT NULL,
    url text NOT NULL
);

CREATE TABLE groupoffice.wopi_lock (
    id character varying(512) NOT NULL,
    "serviceId" integer NOT NULL,
    "fileId" integer NOT NULL,
    "expiresAt" timestamp without time zone NOT NULL,
    CONSTRAINT wopi_lock_pkey PRIMARY KEY (id, "serviceId")
);

CREATE TABLE groupoffice.wopi_service (
    id integer NOT NULL,
    name character varying(190) NOT NULL,
    url character varying(190) NOT NULL,
    "aclId" integer NOT NULL,
    type character varying(50) NOT NULL,
    "wopiClientUri" text,
    CONSTRAINT wopi_service_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.wopi_token (
    id integer NOT NULL,
    "serviceId" integer NOT NULL,
    "userId" integer NOT NULL,
    token character varying(190) NOT NULL,
    "expiresAt" timestamp without time zone NOT NULL,
    CONSTRAINT wopi_token_pkey PRIMARY KEY (id)
);

CREATE TABLE groupoffice.zpa_devices (
    id integer NOT NULL,
    device_id character varying(50) NOT NULL,
    device_type character varying(50) NOT NULL,
    remote_addr character varying(45) NOT NULL,
    can_connect boolean NOT NULL,
    ctime integer NOT NULL,
    mtime integer NOT NULL,
    new boolean NOT NULL,
    username character varying(190) NOT NULL,
    comment text,
    as_version character varying(10),
    CONSTRAINT zpa_devices_pkey PRIMARY KEY (id)
);

ALTER TABLE groupoffice.addressbook_address ADD CONSTRAINT addressbook_address_ibfk_1 FOREIGN KEY ("contactId") REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_addressbook ADD CONSTRAINT addressbook_addressbook_ibfk_1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.addressbook_addressbook ADD CONSTRAINT addressbook_addressbook_ibfk_2 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.addressbook_contact ADD CONSTRAINT addressbook_contact_ibfk_1 FOREIGN KEY ("addressBookId") REFERENCES groupoffice.addressbook_addressbook (id);
ALTER TABLE groupoffice.addressbook_contact ADD CONSTRAINT addressbook_contact_ibfk_2 FOREIGN KEY ("photoBlobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.addressbook_contact ADD CONSTRAINT addressbook_contact_ibfk_3 FOREIGN KEY ("modifiedBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.addressbook_contact ADD CONSTRAINT addressbook_contact_ibfk_4 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.addressbook_contact ADD CONSTRAINT addressbook_contact_ibfk_5 FOREIGN KEY ("goUserId") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.addressbook_contact ADD CONSTRAINT addressbook_contact_ibfk_6 FOREIGN KEY ("vcardBlobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.addressbook_contact_custom_fields ADD CONSTRAINT addressbook_contact_custom_fields_ibfk_1 FOREIGN KEY (id) REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_contact_group ADD CONSTRAINT addressbook_contact_group_ibfk_1 FOREIGN KEY ("contactId") REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_contact_group ADD CONSTRAINT addressbook_contact_group_ibfk_2 FOREIGN KEY ("groupId") REFERENCES groupoffice.addressbook_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_contact_star ADD CONSTRAINT addressbook_contact_star_ibfk_1 FOREIGN KEY ("contactId") REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_contact_star ADD CONSTRAINT addressbook_contact_star_ibfk_2 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_date ADD CONSTRAINT addressbook_date_ibfk_1 FOREIGN KEY ("contactId") REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_email_address ADD CONSTRAINT addressbook_email_address_ibfk_1 FOREIGN KEY ("contactId") REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_group ADD CONSTRAINT addressbook_group_ibfk_1 FOREIGN KEY ("addressBookId") REFERENCES groupoffice.addressbook_addressbook (id);
ALTER TABLE groupoffice.addressbook_phone_number ADD CONSTRAINT addressbook_phone_number_ibfk_1 FOREIGN KEY ("contactId") REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_portlet_birthday ADD CONSTRAINT addressbook_portlet_birthday_fk1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_portlet_birthday ADD CONSTRAINT addressbook_portlet_birthday_fk2 FOREIGN KEY ("addressBookId") REFERENCES groupoffice.addressbook_addressbook (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_url ADD CONSTRAINT addressbook_url_ibfk_1 FOREIGN KEY ("contactId") REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_user_settings ADD CONSTRAINT addressbook_user_settings_ibfk_1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.addressbook_user_settings ADD CONSTRAINT addressbook_user_settings_ibfk_2 FOREIGN KEY ("defaultAddressBookId") REFERENCES groupoffice.addressbook_addressbook (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.apikeys_key ADD CONSTRAINT apikeys_key_ibfk_1 FOREIGN KEY ("accessToken") REFERENCES groupoffice.core_auth_token ("accessToken");
ALTER TABLE groupoffice.bookmarks_bookmark ADD CONSTRAINT bookmarks_bookmark_ibfk_1 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.bookmarks_bookmark ADD CONSTRAINT bookmarks_bookmark_ibfk_2 FOREIGN KEY ("categoryId") REFERENCES groupoffice.bookmarks_category (id);
ALTER TABLE groupoffice.bookmarks_bookmark ADD CONSTRAINT core_blob_bookmark_logo FOREIGN KEY (logo) REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.bookmarks_category ADD CONSTRAINT bookmarks_category_acl_ibfk_1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.bookmarks_category ADD CONSTRAINT bookmarks_category_ibfk_1 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.calendar_calendar ADD CONSTRAINT fk_calendar_calendar_calendar_resource_group FOREIGN KEY ("groupId") REFERENCES groupoffice.calendar_resource_group (id);
ALTER TABLE groupoffice.calendar_calendar ADD CONSTRAINT fk_calendar_calendar_core_acl1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.calendar_calendar ADD CONSTRAINT fk_calendar_calendar_core_user_creator FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.calendar_calendar ADD CONSTRAINT fk_calendar_calendar_core_user_owner FOREIGN KEY ("ownerId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_calendar_custom_fields ADD CONSTRAINT fk_calendar_cf1 FOREIGN KEY (id) REFERENCES groupoffice.calendar_calendar (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_calendar_event ADD CONSTRAINT fk_calendar_calendar_event_calendar_calendar1 FOREIGN KEY ("calendarId") REFERENCES groupoffice.calendar_calendar (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_calendar_event ADD CONSTRAINT fk_calendar_calendar_event_calendar_event1 FOREIGN KEY ("eventId") REFERENCES groupoffice.calendar_event ("eventId");
ALTER TABLE groupoffice.calendar_calendar_user ADD CONSTRAINT fk_calendar_calendar_user_calendar_calendar1 FOREIGN KEY (id) REFERENCES groupoffice.calendar_calendar (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_calendar_user ADD CONSTRAINT fk_calendar_calendar_user_core_user1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_category ADD CONSTRAINT calendar_category_calendar_ibfk_9 FOREIGN KEY ("calendarId") REFERENCES groupoffice.calendar_calendar (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_category ADD CONSTRAINT calendar_category_ibfk_1 FOREIGN KEY ("ownerId") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.calendar_default_alert ADD CONSTRAINT fk_calendar_default_alert_calendar_calendar1 FOREIGN KEY (fk, "userId") REFERENCES groupoffice.calendar_calendar_user (id, "userId") ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_default_alert_with_time ADD CONSTRAINT fk_calendar_default_alert_with_time_calendar_calendar1 FOREIGN KEY (fk, "userId") REFERENCES groupoffice.calendar_calendar_user (id, "userId") ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event ADD CONSTRAINT fk_calendar_event_core_user1 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.calendar_event ADD CONSTRAINT fk_calendar_event_core_user2 FOREIGN KEY ("modifiedBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.calendar_event_alert ADD CONSTRAINT fk_calendar_event_alert_calendar_event_user1 FOREIGN KEY (fk, "userId") REFERENCES groupoffice.calendar_event_user ("eventId", "userId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_category ADD CONSTRAINT calendar_event_category_ibfk_2 FOREIGN KEY ("categoryId") REFERENCES groupoffice.calendar_category (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_category ADD CONSTRAINT calendar_task_category_ibfk_1 FOREIGN KEY ("eventId") REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_custom_fields ADD CONSTRAINT fk_calendar_event_cf1 FOREIGN KEY (id) REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_link ADD CONSTRAINT fk_calendar_event_link_core_blob1 FOREIGN KEY ("blobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.calendar_event_link ADD CONSTRAINT fk_event_attachment_calendar_event1 FOREIGN KEY ("eventId") REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_location ADD CONSTRAINT fk_event_location_calendar_event1 FOREIGN KEY ("eventId") REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_related ADD CONSTRAINT fk_calendar_event_related_calendar_event1 FOREIGN KEY ("eventId") REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_user ADD CONSTRAINT fk_calendar_event_user_calendar_event1 FOREIGN KEY ("eventId") REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_event_user ADD CONSTRAINT fk_calendar_event_user_core_blob1 FOREIGN KEY ("veventBlobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.calendar_event_user ADD CONSTRAINT fk_calendar_event_user_core_user1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_participant ADD CONSTRAINT fk_participant_calendar_event1 FOREIGN KEY ("eventId") REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_preferences ADD CONSTRAINT calendar_preferences_calendar_calendar_id_fk FOREIGN KEY ("defaultCalendarId") REFERENCES groupoffice.calendar_calendar (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.calendar_preferences ADD CONSTRAINT calendar_preferences_core_user_id_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_recurrence_override ADD CONSTRAINT fk_recurrence_override_calendar_event1 FOREIGN KEY (fk) REFERENCES groupoffice.calendar_event ("eventId") ON DELETE CASCADE;
ALTER TABLE groupoffice.calendar_resource_group ADD CONSTRAINT calendar_resource_group_core_user_id_fk FOREIGN KEY ("defaultOwnerId") REFERENCES groupoffice.core_user (id);
ALTER TABLE groupoffice.calendar_resource_group ADD CONSTRAINT fk_calendar_resource_group_core_user_creator FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.calendar_view ADD CONSTRAINT "calendar_View_ownerId" FOREIGN KEY ("ownerId") REFERENCES groupoffice.core_user (id);
ALTER TABLE groupoffice.calendar_view ADD CONSTRAINT "calendar_view_aclId" FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.comments_comment ADD CONSTRAINT comments_comment_core_entity_id_fk FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.comments_comment ADD CONSTRAINT fk_comments_comment_core_user1 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_principal (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.comments_comment ADD CONSTRAINT fk_comments_comment_core_user2 FOREIGN KEY ("modifiedBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.comments_comment_attachment ADD CONSTRAINT comments_comment_attachment_comments_comment_id_fk FOREIGN KEY ("commentId") REFERENCES groupoffice.comments_comment (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.comments_comment_attachment ADD CONSTRAINT comments_comment_attachment_core_blob_id_fk FOREIGN KEY ("blobId") REFERENCES groupoffice.core_blob (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.comments_comment_image ADD CONSTRAINT comments_comment_image_ibfk_1 FOREIGN KEY ("blobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.comments_comment_image ADD CONSTRAINT comments_comment_image_ibfk_2 FOREIGN KEY ("commentId") REFERENCES groupoffice.comments_comment (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.comments_comment_label ADD CONSTRAINT fk_comments_label_has_comments_comment_comments_comment1 FOREIGN KEY ("commentId") REFERENCES groupoffice.comments_comment (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.comments_comment_label ADD CONSTRAINT fk_comments_label_has_comments_comment_comments_label1 FOREIGN KEY ("labelId") REFERENCES groupoffice.comments_label (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.community_maildomains_alias ADD CONSTRAINT community_maildomains_alias_ibfk1 FOREIGN KEY ("domainId") REFERENCES groupoffice.community_maildomains_domain (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.community_maildomains_dkim_key ADD CONSTRAINT community_maildomains_dkim_key_ibfk_1 FOREIGN KEY ("domainId") REFERENCES groupoffice.community_maildomains_domain (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.community_maildomains_domain ADD CONSTRAINT community_maildomains_domain_acl_null_fk FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.community_maildomains_domain ADD CONSTRAINT community_maildomains_domain_user_null_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id);
ALTER TABLE groupoffice.community_maildomains_mailbox ADD CONSTRAINT community_maildomains_mailbox_ibfk1 FOREIGN KEY ("domainId") REFERENCES groupoffice.community_maildomains_domain (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_acl ADD CONSTRAINT core_acl_ibfk_1 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.core_acl ADD CONSTRAINT core_acl_ibfk_2 FOREIGN KEY ("ownedBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.core_acl_group ADD CONSTRAINT core_acl_group_ibfk_1 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_acl_group ADD CONSTRAINT core_acl_group_ibfk_2 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE groupoffice.core_acl_group_changes ADD CONSTRAINT "all" FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE groupoffice.core_acl_group_changes ADD CONSTRAINT "group" FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE groupoffice.core_alert ADD CONSTRAINT core_alert_core_principal_id_fk FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_principal (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.core_alert ADD CONSTRAINT "fk_alert_entityType" FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_alert ADD CONSTRAINT fk_alert_user FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_auth_allow_group ADD CONSTRAINT core_auth_allow_group_ibfk_1 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_auth_method ADD CONSTRAINT core_auth_method_ibfk_1 FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_auth_password ADD CONSTRAINT core_auth_password_ibfk_1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_auth_remember_me ADD CONSTRAINT core_auth_remember_me_core_user_id_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_auth_remember_me ADD CONSTRAINT fk_core_auth_remember_me_core_client1 FOREIGN KEY ("clientId") REFERENCES groupoffice.core_client (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_auth_token ADD CONSTRAINT fk_core_auth_token_core_client1 FOREIGN KEY ("clientId") REFERENCES groupoffice.core_client (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_auth_token ADD CONSTRAINT fk_core_auth_token_core_user1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_change ADD CONSTRAINT core_change_ibfk_1 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_change ADD CONSTRAINT core_change_ibfk_2 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.core_change_user ADD CONSTRAINT core_change_user_ibfk_1 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_change_user ADD CONSTRAINT core_change_user_ibfk_2 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_change_user_modseq ADD CONSTRAINT core_change_user_modseq_ibfk_1 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_change_user_modseq ADD CONSTRAINT core_change_user_modseq_ibfk_2 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_client ADD CONSTRAINT core_client_core_user_id_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_cron_job ADD CONSTRAINT core_cron_job_ibfk_1 FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_customfields_field ADD CONSTRAINT core_customfields_field_ibfk_1 FOREIGN KEY ("fieldSetId") REFERENCES groupoffice.core_customfields_field_set (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_customfields_field_set ADD CONSTRAINT core_customfields_field_set_core_customfields_field_set_id_fk FOREIGN KEY ("parentFieldSetId") REFERENCES groupoffice.core_customfields_field_set (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.core_customfields_field_set ADD CONSTRAINT core_customfields_field_set_ibfk_1 FOREIGN KEY ("entityId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_customfields_field_set ADD CONSTRAINT core_customfields_field_set_ibfk_2 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.core_customfields_select_option ADD CONSTRAINT core_customfields_select_option_ibfk_1 FOREIGN KEY ("fieldId") REFERENCES groupoffice.core_customfields_field (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_customfields_select_option ADD CONSTRAINT core_customfields_select_option_ibfk_2 FOREIGN KEY ("fieldId") REFERENCES groupoffice.core_customfields_field (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_customfields_select_option ADD CONSTRAINT core_customfields_select_option_ibfk_3 FOREIGN KEY ("parentId") REFERENCES groupoffice.core_customfields_select_option (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_email_template ADD CONSTRAINT core_email_template_ibfk_2 FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_email_template_attachment ADD CONSTRAINT core_email_template_attachment_ibfk_1 FOREIGN KEY ("blobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.core_email_template_attachment ADD CONSTRAINT core_email_template_attachment_ibfk_2 FOREIGN KEY ("emailTemplateId") REFERENCES groupoffice.core_email_template (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_entity ADD CONSTRAINT core_entity_ibfk_1 FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_entity ADD CONSTRAINT core_entity_ibfk_2 FOREIGN KEY ("defaultAclId") REFERENCES groupoffice.core_acl (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_entity_filter ADD CONSTRAINT core_entity_filter_ibfk_1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.core_entity_filter ADD CONSTRAINT core_entity_filter_ibfk_2 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_group ADD CONSTRAINT core_group_ibfk_1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.core_group ADD CONSTRAINT core_group_ibfk_2 FOREIGN KEY ("isUserGroupFor") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_group_default_group ADD CONSTRAINT core_group_default_group_ibfk_1 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_import_mapping ADD CONSTRAINT core_import_mapping_core_entity_null_fk FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_link ADD CONSTRAINT "fromEntity" FOREIGN KEY ("fromEntityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_link ADD CONSTRAINT "toEntity" FOREIGN KEY ("toEntityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_module ADD CONSTRAINT core_module_core_acl_id_fk FOREIGN KEY ("shadowAclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.core_oauth_access_token ADD CONSTRAINT core_oauth_access_token_ibfk_2 FOREIGN KEY ("userIdentifier") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_oauth_access_token ADD CONSTRAINT core_oauth_access_token_ibfk_3 FOREIGN KEY ("clientId") REFERENCES groupoffice.core_oauth_client (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_pdf_block ADD CONSTRAINT core_pdf_block_ibfk_1 FOREIGN KEY ("pdfTemplateId") REFERENCES groupoffice.core_pdf_template (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_pdf_template ADD CONSTRAINT core_pdf_template_core_blob_id_fk FOREIGN KEY ("logoBlobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.core_pdf_template ADD CONSTRAINT core_pdf_template_ibfk_1 FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_pdf_template ADD CONSTRAINT core_pdf_template_ibfk_2 FOREIGN KEY ("stationaryBlobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.core_permission ADD CONSTRAINT fk_permission_group FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_permission ADD CONSTRAINT fk_permission_module FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_principal ADD CONSTRAINT fk_core_principal_core_acl1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.core_principal ADD CONSTRAINT lnk_core_blob_core_principal FOREIGN KEY ("avatarId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.core_principal ADD CONSTRAINT lnk_core_entity_core_principal FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE groupoffice.core_search ADD CONSTRAINT core_search_ibfk_1 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE groupoffice.core_search ADD CONSTRAINT core_search_ibfk_2 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_search_word ADD CONSTRAINT core_search_word_ibfk_1 FOREIGN KEY ("searchId") REFERENCES groupoffice.core_search (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_setting ADD CONSTRAINT module FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_smtp_account ADD CONSTRAINT core_smtp_account_ibfk_1 FOREIGN KEY ("moduleId") REFERENCES groupoffice.core_module (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_smtp_account ADD CONSTRAINT core_smtp_account_ibfk_2 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.core_spreadsheet_export ADD CONSTRAINT core_spreadsheet_export_ibfk_1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_spreadsheet_export ADD CONSTRAINT core_spreadsheet_export_ibfk_2 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_user ADD CONSTRAINT fk_user_avatar_id FOREIGN KEY ("avatarId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.core_user_custom_fields ADD CONSTRAINT core_user_custom_fields_ibfk_1 FOREIGN KEY (id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_user_default_group ADD CONSTRAINT core_user_default_group_ibfk_1 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_user_group ADD CONSTRAINT core_user_group_ibfk_1 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.core_user_group ADD CONSTRAINT core_user_group_ibfk_2 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.davclient_calendar ADD CONSTRAINT fk_davclient_calendar_calendarl FOREIGN KEY (id) REFERENCES groupoffice.calendar_calendar (id);
ALTER TABLE groupoffice.davclient_calendar ADD CONSTRAINT fk_davclient_calendar_davaccount FOREIGN KEY ("davaccountId") REFERENCES groupoffice.davclient_davaccount (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.davclient_davaccount ADD CONSTRAINT fk_davclient_davaccount_core_acl FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.em_contacts_last_mail_times ADD CONSTRAINT em_contacts_last_mail_times_addressbook_addressbook_id_fk FOREIGN KEY (contact_id) REFERENCES groupoffice.addressbook_contact (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.em_contacts_last_mail_times ADD CONSTRAINT em_contacts_last_mail_times_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.em_folders_favorites ADD CONSTRAINT em_folders_favorites_user_id FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id);
ALTER TABLE groupoffice.fs_bookmarks ADD CONSTRAINT fs_bookmarks_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.fs_bookmarks ADD CONSTRAINT fs_bookmarks_fs_folders_folder_id_fk FOREIGN KEY (folder_id) REFERENCES groupoffice.fs_folders (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.fs_files_custom_fields ADD CONSTRAINT fs_files_custom_fields_ibfk_1 FOREIGN KEY (id) REFERENCES groupoffice.fs_files (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.fs_folders_custom_fields ADD CONSTRAINT fs_folders_custom_fields_ibfk_1 FOREIGN KEY (id) REFERENCES groupoffice.fs_folders (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.fs_trash ADD CONSTRAINT fs_trash_ibfk_1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.fs_trash ADD CONSTRAINT fs_trash_ibfk_2 FOREIGN KEY ("deletedBy") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.fs_trash ADD CONSTRAINT fs_trash_ibfk_3 FOREIGN KEY ("entityTypeId") REFERENCES groupoffice.core_entity (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.go_state ADD CONSTRAINT go_state_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.go_templates ADD CONSTRAINT fk_go_templates_go_template_group FOREIGN KEY (group_id) REFERENCES groupoffice.go_template_group (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.history_log_entry ADD CONSTRAINT fk_log_entry_core_acl1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE groupoffice.imapauth_server_domain ADD CONSTRAINT imapauth_server_domain_ibfk_1 FOREIGN KEY ("serverId") REFERENCES groupoffice.imapauth_server (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.imapauth_server_group ADD CONSTRAINT imapauth_server_group_ibfk_1 FOREIGN KEY ("serverId") REFERENCES groupoffice.imapauth_server (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.imapauth_server_group ADD CONSTRAINT imapauth_server_group_ibfk_2 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.ldapauth_server_domain ADD CONSTRAINT ldapauth_server_domain_ibfk_1 FOREIGN KEY ("serverId") REFERENCES groupoffice.ldapauth_server (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.ldapauth_server_group ADD CONSTRAINT ldapauth_server_group_ibfk_1 FOREIGN KEY ("serverId") REFERENCES groupoffice.ldapauth_server (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.ldapauth_server_group ADD CONSTRAINT ldapauth_server_group_ibfk_2 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.ldapauth_server_group_sync ADD CONSTRAINT ldapauth_server_group_sync_ibfk_1 FOREIGN KEY ("serverId") REFERENCES groupoffice.ldapauth_server (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.ldapauth_server_group_sync ADD CONSTRAINT ldapauth_server_group_sync_ibfk_2 FOREIGN KEY ("groupId") REFERENCES groupoffice.core_group (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.ldapauth_server_user_sync ADD CONSTRAINT ldapauth_server_user_sync_ibfk_1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.ldapauth_server_user_sync ADD CONSTRAINT ldapauth_server_user_sync_ibfk_2 FOREIGN KEY ("serverId") REFERENCES groupoffice.ldapauth_server (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.notes_note ADD CONSTRAINT notes_note_ibfk_1 FOREIGN KEY ("noteBookId") REFERENCES groupoffice.notes_note_book (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.notes_note ADD CONSTRAINT notes_note_ibfk_2 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.notes_note ADD CONSTRAINT notes_note_ibfk_3 FOREIGN KEY ("modifiedBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.notes_note_book ADD CONSTRAINT notes_note_book_ibfk_1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.notes_note_book ADD CONSTRAINT notes_note_book_ibfk_2 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.notes_note_custom_fields ADD CONSTRAINT notes_note_custom_fields_ibfk_1 FOREIGN KEY (id) REFERENCES groupoffice.notes_note (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.notes_note_image ADD CONSTRAINT notes_note_image_ibfk_1 FOREIGN KEY ("blobId") REFERENCES groupoffice.core_blob (id);
ALTER TABLE groupoffice.notes_note_image ADD CONSTRAINT notes_note_image_ibfk_2 FOREIGN KEY ("noteId") REFERENCES groupoffice.notes_note (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.notes_user_settings ADD CONSTRAINT notes_user_settings_ibfk_1 FOREIGN KEY ("defaultNoteBookId") REFERENCES groupoffice.notes_note_book (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.notes_user_settings ADD CONSTRAINT notes_user_settings_ibfk_2 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.oauth2client_account ADD CONSTRAINT oauth2client_account_ibfk_1 FOREIGN KEY ("oauth2ClientId") REFERENCES groupoffice.oauth2client_oauth2client (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.oauth2client_account ADD CONSTRAINT oauth2client_account_ibfk_2 FOREIGN KEY ("accountId") REFERENCES groupoffice.em_accounts (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.oauth2client_oauth2client ADD CONSTRAINT oauth2client_oauth2client_ibfk_1 FOREIGN KEY ("defaultClientId") REFERENCES groupoffice.oauth2client_default_client (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.oauth2client_openid_user ADD CONSTRAINT oauth2client_openid_user_core_user_id_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.oauth2client_openid_user ADD CONSTRAINT oauth2client_openid_user_oauth2client_oauth2client_id_fk FOREIGN KEY ("clientId") REFERENCES groupoffice.oauth2client_oauth2client (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.oidc_user ADD CONSTRAINT oidc_user_core_user_id_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.oidc_user ADD CONSTRAINT oidc_user_oidc_client_id_fk FOREIGN KEY ("clientId") REFERENCES groupoffice.oidc_client (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.otp_secret ADD CONSTRAINT otp_secret_user FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.site_content_custom_fields ADD CONSTRAINT site_content_custom_fields_ibfk_1 FOREIGN KEY (id) REFERENCES groupoffice.site_content (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.site_sites_custom_fields ADD CONSTRAINT site_sites_custom_fields_ibfk_1 FOREIGN KEY (id) REFERENCES groupoffice.site_sites (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.smi_account_settings ADD CONSTRAINT fk_smi_settings_account_id_to_email_account FOREIGN KEY (account_id) REFERENCES groupoffice.em_accounts (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.smi_pkcs12 ADD CONSTRAINT fk_account_id_to_email_account FOREIGN KEY (account_id) REFERENCES groupoffice.em_accounts (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.su_latest_read_announcement_records ADD CONSTRAINT su_latest_read_announcement_records_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.su_latest_read_announcement_records ADD CONSTRAINT su_latest_read_announcement_records_su_announcements_id_fk FOREIGN KEY (announcement_id) REFERENCES groupoffice.su_announcements (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.su_notes ADD CONSTRAINT su_notes_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.su_rss_feeds ADD CONSTRAINT su_rss_feeds_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.su_visible_calendars ADD CONSTRAINT su_visible_calendars_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.su_visible_lists ADD CONSTRAINT su_visible_lists_core_user_id_fk FOREIGN KEY (user_id) REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.sync_addressbook_user ADD CONSTRAINT sync_addressbook_user_ibfk_1 FOREIGN KEY ("addressBookId") REFERENCES groupoffice.addressbook_addressbook (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.sync_addressbook_user ADD CONSTRAINT sync_addressbook_user_ibfk_2 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.sync_tasklist_user ADD CONSTRAINT sync_tasklist_user_core_user_id_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.sync_tasklist_user ADD CONSTRAINT sync_tasklist_user_tasks_tasklist_id_fk FOREIGN KEY ("tasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.sync_user_note_book ADD CONSTRAINT sync_user_note_book_user FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_alert ADD CONSTRAINT fk_tasks_alert_tasks_task_user1 FOREIGN KEY ("taskId", "userId") REFERENCES groupoffice.tasks_task_user ("taskId", "userId") ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_category ADD CONSTRAINT tasks_category_ibfk_1 FOREIGN KEY ("ownerId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_category ADD CONSTRAINT tasks_category_tasklist_ibfk_9 FOREIGN KEY ("tasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_default_alert ADD CONSTRAINT fk_tasks_default_alert_tasks_tasklist1 FOREIGN KEY ("tasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_portlet_tasklist ADD CONSTRAINT tasks_portlet_tasklist_ibfk_1 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_portlet_tasklist ADD CONSTRAINT tasks_portlet_tasklist_ibfk_2 FOREIGN KEY ("tasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_task ADD CONSTRAINT tasks_task_core_user_id_fk FOREIGN KEY ("responsibleUserId") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.tasks_task ADD CONSTRAINT "tasks_task_fkModifiedBy" FOREIGN KEY ("modifiedBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.tasks_task ADD CONSTRAINT "tasks_task_groupId" FOREIGN KEY ("groupId") REFERENCES groupoffice.tasks_tasklist_group (id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE groupoffice.tasks_task ADD CONSTRAINT tasks_task_ibfk_1 FOREIGN KEY ("tasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_task ADD CONSTRAINT tasks_task_ibfk_2 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.tasks_task ADD CONSTRAINT tasks_vcalendar_blob FOREIGN KEY ("vcalendarBlobId") REFERENCES groupoffice.core_blob (id) ON UPDATE SET NULL;
ALTER TABLE groupoffice.tasks_task_category ADD CONSTRAINT tasks_task_category_ibfk_1 FOREIGN KEY ("taskId") REFERENCES groupoffice.tasks_task (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_task_category ADD CONSTRAINT tasks_task_category_ibfk_2 FOREIGN KEY ("categoryId") REFERENCES groupoffice.tasks_category (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_task_custom_fields ADD CONSTRAINT fk_tasks_task_custom_field1 FOREIGN KEY (id) REFERENCES groupoffice.tasks_task (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_task_user ADD CONSTRAINT fk_tasks_task_user_tasks_task1 FOREIGN KEY ("taskId") REFERENCES groupoffice.tasks_task (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_tasklist ADD CONSTRAINT tasks_tasklist_ibfk1 FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.tasks_tasklist ADD CONSTRAINT tasks_tasklist_ibfk2 FOREIGN KEY ("createdBy") REFERENCES groupoffice.core_user (id);
ALTER TABLE groupoffice.tasks_tasklist ADD CONSTRAINT tasks_tasklist_tasks_tasklist_grouping_null_fk FOREIGN KEY ("groupingId") REFERENCES groupoffice.tasks_tasklist_grouping (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.tasks_tasklist_group ADD CONSTRAINT fk_tasks_column_tasks_tasklist1 FOREIGN KEY ("tasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_tasklist_user ADD CONSTRAINT fk_tasks_tasklist_user_tasks_tasklist1 FOREIGN KEY ("tasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_user_settings ADD CONSTRAINT tasks_user_settings_core_user_id_fk FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.tasks_user_settings ADD CONSTRAINT tasks_user_settings_tasks_tasklist_id_fk FOREIGN KEY ("defaultTasklistId") REFERENCES groupoffice.tasks_tasklist (id) ON DELETE SET NULL;
ALTER TABLE groupoffice.wopi_action ADD CONSTRAINT wopi_action_ibfk_1 FOREIGN KEY ("serviceId") REFERENCES groupoffice.wopi_service (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.wopi_lock ADD CONSTRAINT wopi_lock_ibfk_1 FOREIGN KEY ("serviceId") REFERENCES groupoffice.wopi_service (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.wopi_lock ADD CONSTRAINT wopi_lock_ibfk_2 FOREIGN KEY ("fileId") REFERENCES groupoffice.fs_files (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.wopi_service ADD CONSTRAINT wopi_service_core_acl_id_fk FOREIGN KEY ("aclId") REFERENCES groupoffice.core_acl (id);
ALTER TABLE groupoffice.wopi_token ADD CONSTRAINT wopi_token_ibfk_2 FOREIGN KEY ("serviceId") REFERENCES groupoffice.wopi_service (id) ON DELETE CASCADE;
ALTER TABLE groupoffice.wopi_token ADD CONSTRAINT wopi_token_ibfk_3 FOREIGN KEY ("userId") REFERENCES groupoffice.core_user (id) ON DELETE CASCADE;

COMMENT ON COLUMN groupoffice.addressbook_address."countryCode" IS 'ISO_3166 Alpha 2 code';
COMMENT ON COLUMN groupoffice.addressbook_contact.prefixes IS 'Prefixes like ''Sir''';
COMMENT ON COLUMN groupoffice.addressbook_contact.suffixes IS 'Suffixes like ''Msc.''';
COMMENT ON COLUMN groupoffice.addressbook_contact.gender IS 'M for Male, F for Female, N for non-binary, P for private or null for unknown';
COMMENT ON COLUMN groupoffice.addressbook_contact.name IS 'name field for companies and contacts. It should be the display name of first, middle and last name';
COMMENT ON COLUMN groupoffice.addressbook_contact."registrationNumber" IS 'Company trade registration number';
COMMENT ON COLUMN groupoffice.calendar_event.start IS '@dbType=localdatetime';
COMMENT ON COLUMN groupoffice.calendar_event."firstOccurrence" IS '@dbType=localdatetime';
COMMENT ON COLUMN groupoffice.calendar_event."lastOccurrence" IS '@dbType=localdatetime';
COMMENT ON COLUMN groupoffice.calendar_recurrence_override."recurrenceId" IS '@dbType=localdatetime';
COMMENT ON COLUMN groupoffice.community_maildomains_mailbox."autoExpunge" IS 'Autoexpunge Spam and Trash folder after period';
COMMENT ON COLUMN groupoffice.core_auth_allow_group."ipPattern" IS 'IP Address. Wildcards can be used where * matches anything and ? matches exactly one character';
COMMENT ON TABLE groupoffice.pa_aliases IS 'Postfix Admin - Virtual Aliases';
COMMENT ON TABLE groupoffice.pa_domains IS 'Postfix Admin - Virtual Domains';
COMMENT ON TABLE groupoffice.pa_mailboxes IS 'Postfix Admin - Virtual Mailboxes';
COMMENT ON COLUMN groupoffice.tasks_task."estimatedDuration" IS 'Duration in seconds';
