-- X2CRM (X2Engine) 7.x, the open-source PHP CRM: schema from the MySQL install SQL (protected/data/core*.sql, RBAC.sql, timezoneData.sql, modules/*/data/install*.sql), converted to PostgreSQL
CREATE SCHEMA x2crm;

CREATE TABLE x2crm.x2_accounts (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "nameId" character varying(250),
    "firstName" character varying(255),
    "lastName" character varying(255),
    website character varying(255),
    type character varying(255),
    title character varying(100),
    visibility smallint,
    "annualRevenue" numeric(18,2),
    phone character varying(40),
    phone2 character varying(40),
    email character varying(250),
    twitter character varying(50),
    linkedin character varying(100),
    skype character varying(32),
    googleplus character varying(100),
    "otherUrl" character varying(100),
    company character varying(250),
    "modelName" character varying(100),
    "tickerSymbol" character varying(10),
    employees integer,
    address character varying(250),
    address2 character varying(250),
    city character varying(250),
    state character varying(250),
    country character varying(250),
    zipcode character varying(250),
    "backgroundInfo" text,
    priority character varying(40),
    "parentAccount" character varying(250),
    "primaryContact" character varying(250),
    "assignedTo" text,
    "createDate" bigint,
    facebook character varying(100),
    timezone character varying(250),
    "associatedContacts" text,
    description text,
    "lastUpdated" bigint,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    "dupeCheck" smallint,
    "trackingKey" character varying(32),
    leadtype character varying(250),
    "leadSource" character varying(40),
    leadstatus character varying(250),
    "leadDate" bigint,
    leadscore integer,
    interest character varying(250),
    dealvalue numeric(18,2),
    closedate bigint,
    rating smallint,
    dealstatus character varying(250),
    "expectedCloseDate" bigint,
    "doNotCall" smallint,
    "doNotEmail" smallint,
    "businessEmail" character varying(250),
    "personalEmail" character varying(250),
    "alternativeEmail" character varying(250),
    "preferredEmail" character varying(250),
    CONSTRAINT x2_accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_action_meta_data (
    id integer NOT NULL,
    "actionId" integer NOT NULL,
    "eventSubtype" character varying(100),
    "eventStatus" character varying(100),
    etag character varying(255),
    "remoteCalendarUrl" character varying(255),
    "remoteSource" integer,
    "emailImapUid" integer,
    "emailInboxId" integer,
    "emailUidValidity" integer,
    "emailFolderName" character varying(250),
    CONSTRAINT x2_action_meta_data_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_action_text (
    id integer NOT NULL,
    text text,
    "actionId" integer,
    CONSTRAINT x2_action_text_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_action_timers (
    id integer NOT NULL,
    "userId" integer NOT NULL,
    "associationId" integer,
    "associationType" character varying(250),
    type character varying(250),
    "timestamp" bigint,
    endtime bigint,
    "actionId" integer,
    data text,
    CONSTRAINT x2_action_timers_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_action_to_record (
    id integer NOT NULL,
    "actionId" integer NOT NULL,
    "recordId" integer NOT NULL,
    "recordType" character varying(32) NOT NULL,
    CONSTRAINT x2_action_to_record_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_actions (
    id integer NOT NULL,
    "assignedTo" character varying(255),
    "calendarId" integer,
    subject character varying(255),
    visibility integer NOT NULL,
    "associationId" integer NOT NULL,
    "associationType" character varying(255),
    "associationName" character varying(100),
    "dueDate" bigint,
    "showTime" smallint NOT NULL,
    priority character varying(10),
    type character varying(20),
    "createDate" bigint,
    complete character varying(5),
    reminder character varying(5),
    "completedBy" character varying(50),
    "completeDate" bigint,
    "lastUpdated" bigint,
    "updatedBy" character varying(50),
    "workflowId" integer,
    "quoteId" integer,
    "stageNumber" integer,
    "allDay" smallint,
    color character varying(20),
    "syncGoogleCalendarEventId" text,
    "syncOutlookCalendarEventId" text,
    sticky smallint,
    "flowTriggered" smallint,
    "timeSpent" integer,
    "locationId" integer,
    CONSTRAINT x2_actions_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_actions_to_media (
    id integer NOT NULL,
    "actionsId" integer NOT NULL,
    "mediaId" integer NOT NULL,
    CONSTRAINT x2_actions_to_media_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_admin (
    id integer NOT NULL,
    timeout integer,
    "maxUserCount" integer,
    "loginCredsTimeout" integer,
    "tokenPersist" smallint,
    "webLeadEmail" character varying(255),
    "webLeadEmailAccount" integer NOT NULL,
    "webTrackerCooldown" integer,
    "enableWebTracker" smallint,
    "enableGeolocation" smallint,
    currency character varying(3),
    "duplicateFields" character varying(255) NOT NULL,
    "chatPollTime" integer,
    "maxFileSize" integer,
    "locationTrackingFrequency" integer,
    "defaultTheme" integer,
    "ignoreUpdates" smallint,
    "rrId" integer,
    "leadDistribution" character varying(255),
    "onlineOnly" smallint,
    "actionPublisherTabs" text,
    "disableAutomaticRecordTagging" smallint,
    "emailBulkAccount" integer NOT NULL,
    "emailNotificationAccount" integer NOT NULL,
    "emailFromName" character varying(255) NOT NULL,
    "emailFromAddr" character varying(255) NOT NULL,
    "emailBatchSize" integer NOT NULL,
    "emailInterval" integer NOT NULL,
    "emailCount" integer,
    "emailStartTime" bigint,
    "emailUseSignature" character varying(5),
    "emailSignature" text,
    "emailType" character varying(20),
    "emailHost" character varying(255),
    "emailPort" integer,
    "emailUseAuth" character varying(5),
    "emailUser" character varying(255),
    "emailPass" character varying(255),
    "emailSecurity" character varying(10),
    "enableColorDropdownLegend" smallint,
    "enforceDefaultTheme" smallint,
    "installDate" bigint NOT NULL,
    "updateDate" bigint NOT NULL,
    "updateInterval" integer NOT NULL,
    "quoteStrictLock" smallint,
    "locationTrackingSwitch" smallint,
    "checkinByDefault" smallint,
    "googleIntegration" smallint,
    "outlookIntegration" smallint,
    "inviteKey" character varying(255),
    "workflowBackdateWindow" integer NOT NULL,
    "workflowBackdateRange" integer NOT NULL,
    "workflowBackdateReassignment" smallint NOT NULL,
    unique_id character varying(32) NOT NULL,
    edition character varying(10) NOT NULL,
    "serviceCaseEmailAccount" integer NOT NULL,
    "serviceCaseFromEmailAddress" text,
    "serviceCaseFromEmailName" text,
    "serviceCaseEmailSubject" text,
    "serviceCaseEmailMessage" text,
    "srrId" integer,
    "sgrrId" integer,
    "serviceDistribution" character varying(255),
    "serviceOnlineOnly" smallint,
    "corporateAddress" text,
    "eventDeletionTime" integer,
    "eventDeletionTypes" text,
    "properCaseNames" integer,
    "contactNameFormat" character varying(255),
    "gaTracking_public" character varying(20),
    "gaTracking_internal" character varying(20),
    "sessionLog" smallint,
    "userActionBackdating" smallint,
    "historyPrivacy" character varying(20),
    "batchTimeout" integer,
    "locationTrackingDistance" integer,
    "massActionsBatchSize" integer,
    "externalBaseUrl" character varying(255),
    "externalBaseUri" character varying(255),
    "assetBaseUrls" character varying(255),
    "enableAssetDomains" smallint NOT NULL,
    "appName" character varying(255),
    "appDescription" character varying(255),
    "x2FlowRespectsDoNotEmail" smallint,
    "doNotEmailPage" text,
    "EmailUnSubPage" text,
    "doNotEmailLinkText" character varying(255),
    "enableUnsubscribeHeader" smallint,
    "twitterCredentialsId" integer,
    "dropboxCredentialsId" integer,
    "linkedInCredentialsId" integer,
    "twitterRateLimits" text,
    "linkedInRateLimits" text,
    "dropboxRateLimits" text,
    "triggerLogMax" integer,
    "googleCredentialsId" integer,
    "jasperCredentialsId" integer,
    "hubCredentialsId" integer,
    "twoFactorCredentialsId" integer,
    "disableAnonContactNotifs" smallint,
    "outlookCredentialsId" integer,
    "imapPollTimeout" integer,
    "emailDropbox" text,
    "appliedPackages" text,
    api2 text,
    "accessControlMethod" character varying(15),
    "ipWhitelist" text,
    "ipBlacklist" text,
    "loginTimeout" integer,
    "failedLoginsBeforeCaptcha" integer,
    "maxFailedLogins" integer,
    "maxLoginHistory" integer,
    "maxFailedLoginHistory" integer,
    "scanUploads" smallint,
    "enableFingerprinting" smallint,
    "identityThreshold" integer,
    "maxAnonContacts" integer,
    "maxAnonActions" integer,
    "performHostnameLookups" smallint,
    "passwordRequirements" character varying(250),
    CONSTRAINT x2_admin_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_anon_contact (
    id integer NOT NULL,
    "createDate" bigint NOT NULL,
    "lastUpdated" bigint,
    "fingerprintId" integer NOT NULL,
    "trackingKey" character varying(32),
    email character varying(250),
    "reverseIp" character varying(250),
    leadscore integer,
    CONSTRAINT x2_anon_contact_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_api_hooks (
    id integer NOT NULL,
    event character varying(50),
    "modelName" character varying(100),
    target_url character varying(255),
    "userId" integer NOT NULL,
    "directPayload" smallint,
    "createDate" bigint,
    CONSTRAINT x2_api_hooks_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_auth_assignment (
    itemname character varying(64) NOT NULL,
    userid character varying(64) NOT NULL,
    bizrule text,
    data text,
    CONSTRAINT x2_auth_assignment_pkey PRIMARY KEY (itemname, userid)
);

CREATE TABLE x2crm.x2_auth_cache (
    "authItem" character varying(100) NOT NULL,
    "userId" integer NOT NULL,
    expire integer NOT NULL,
    value boolean,
    params character varying(100) NOT NULL,
    CONSTRAINT x2_auth_cache_pkey PRIMARY KEY ("userId", "authItem", params)
);

CREATE TABLE x2crm.x2_auth_item (
    name character varying(64) NOT NULL,
    type integer NOT NULL,
    description text,
    bizrule text,
    data text,
    CONSTRAINT x2_auth_item_pkey PRIMARY KEY (name)
);

CREATE TABLE x2crm.x2_auth_item_child (
    parent character varying(64) NOT NULL,
    child character varying(64) NOT NULL,
    CONSTRAINT x2_auth_item_child_pkey PRIMARY KEY (parent, child)
);

CREATE TABLE x2crm.x2_bug_reports (
    id integer NOT NULL,
    "assignedTo" character varying(250),
    name character varying(250),
    "nameId" character varying(250),
    description text,
    "createDate" integer,
    "lastUpdated" integer,
    "lastActivity" bigint,
    "updatedBy" character varying(250),
    blocks character varying(250),
    duplicate character varying(250),
    file character varying(250),
    line character varying(250),
    "phpVersion" character varying(250),
    severity character varying(250),
    status character varying(250),
    subject character varying(250),
    type character varying(250),
    visibility smallint,
    "x2Version" character varying(250),
    "errorCode" character varying(250),
    CONSTRAINT x2_bug_reports_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_calendar_invites (
    id integer NOT NULL,
    "actionId" integer NOT NULL,
    email character varying(255),
    status text,
    "inviteKey" character varying(255),
    CONSTRAINT x2_calendar_invites_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_calendar_permissions (
    id integer NOT NULL,
    "calendarId" integer,
    "userId" integer,
    view smallint,
    edit smallint,
    CONSTRAINT x2_calendar_permissions_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_calendars (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    "remoteSync" smallint,
    "createDate" bigint,
    "createdBy" character varying(40),
    "lastUpdated" bigint,
    "updatedBy" character varying(40),
    "syncType" character varying(255),
    "remoteCalendarId" character varying(255),
    "remoteCalOutlook" character varying(255),
    "remoteCalendarUrl" character varying(512),
    "syncToken" character varying(255),
    ctag character varying(255),
    credentials text,
    CONSTRAINT x2_calendars_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_campaigns (
    id integer NOT NULL,
    "masterId" integer,
    name character varying(250) NOT NULL,
    "nameId" character varying(250),
    "assignedTo" character varying(50),
    email character varying(250),
    phone character varying(40),
    leadstatus character varying(250),
    "listId" character varying(100),
    "suppressionListId" character varying(100),
    active smallint,
    description text,
    type character varying(100),
    cost character varying(100),
    "leadSource" character varying(40),
    template character varying(250),
    subject character varying(250),
    content text,
    "createdBy" character varying(50) NOT NULL,
    complete smallint,
    visibility integer NOT NULL,
    "createDate" bigint NOT NULL,
    "launchDate" bigint,
    "lastUpdated" bigint NOT NULL,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    "sendAs" integer,
    "bouncedAccount" integer,
    "enableRedirectLinks" smallint,
    "enableBounceHandling" smallint NOT NULL,
    "openRate" real,
    "clickRate" real,
    "unsubscribeRate" real,
    category character varying(250),
    "categoryListId" character varying(100),
    parent character varying(250),
    children character varying(250),
    CONSTRAINT x2_campaigns_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_campaigns_attachments (
    id integer NOT NULL,
    campaign integer,
    media integer,
    CONSTRAINT x2_campaigns_attachments_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_changelog (
    id integer NOT NULL,
    type character varying(50) NOT NULL,
    "itemId" integer NOT NULL,
    "recordName" character varying(255),
    "changedBy" character varying(255) NOT NULL,
    changed text,
    "fieldName" character varying(255),
    "oldValue" text,
    "newValue" text,
    diff smallint NOT NULL,
    "timestamp" integer NOT NULL,
    CONSTRAINT x2_changelog_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_chart_settings (
    id integer NOT NULL,
    "userId" integer NOT NULL,
    name character varying(100) NOT NULL,
    "chartType" character varying(100) NOT NULL,
    settings text,
    CONSTRAINT x2_chart_settings_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_charts (
    id integer NOT NULL,
    "createDate" bigint,
    "createdBy" character varying(250),
    "reportId" integer,
    "lastUpdated" bigint,
    name character varying(128),
    settings text,
    version character varying(16),
    type character varying(250),
    CONSTRAINT x2_charts_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_contacts (
    id integer NOT NULL,
    name character varying(255),
    "nameId" character varying(250),
    "firstName" character varying(255) NOT NULL,
    "lastName" character varying(255) NOT NULL,
    title character varying(100),
    company character varying(250),
    phone character varying(40),
    phone2 character varying(40),
    email character varying(250),
    website character varying(250),
    address character varying(250),
    address2 character varying(250),
    city character varying(40),
    state character varying(40),
    zipcode character varying(20),
    country character varying(40),
    visibility integer NOT NULL,
    "assignedTo" character varying(50),
    "backgroundInfo" text,
    twitter character varying(50),
    linkedin character varying(100),
    skype character varying(32),
    googleplus character varying(100),
    "lastUpdated" bigint,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    priority character varying(40),
    "leadSource" character varying(40),
    "leadDate" bigint,
    rating smallint,
    "createDate" bigint,
    facebook character varying(100),
    "otherUrl" character varying(100),
    leadtype character varying(250),
    closedate bigint,
    "expectedCloseDate" bigint,
    interest character varying(250),
    leadstatus character varying(250),
    dealvalue numeric(18,2),
    leadscore integer,
    dealstatus character varying(250),
    timezone character varying(250),
    "doNotCall" smallint,
    "doNotEmail" smallint,
    "trackingKey" character varying(32),
    "dupeCheck" integer,
    "fingerprintId" integer,
    "accountName" character varying(100),
    "businessEmail" character varying(250),
    "personalEmail" character varying(250),
    "alternativeEmail" character varying(250),
    "preferredEmail" character varying(250),
    "reverseIp" character varying(250),
    CONSTRAINT x2_contacts_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_credentials (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    "userId" integer,
    private smallint NOT NULL,
    "isEncrypted" smallint NOT NULL,
    "disableInbox" smallint NOT NULL,
    "modelClass" character varying(50) NOT NULL,
    "createDate" bigint,
    "lastUpdated" bigint,
    "isBounceAccount" smallint NOT NULL,
    "lastRunDate" bigint,
    auth text,
    CONSTRAINT x2_credentials_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_credentials_default (
    "userId" integer NOT NULL,
    "serviceType" character varying(50) NOT NULL,
    "credId" integer NOT NULL,
    CONSTRAINT x2_credentials_default_pkey PRIMARY KEY ("userId", "serviceType")
);

CREATE TABLE x2crm.x2_criteria (
    id integer NOT NULL,
    "modelType" character varying(100),
    "modelField" character varying(250),
    "modelValue" text,
    "comparisonOperator" character varying(10),
    users text,
    type character varying(250),
    CONSTRAINT x2_criteria_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_cron_events (
    id integer NOT NULL,
    type character varying(20) NOT NULL,
    recurring smallint,
    priority integer,
    "time" bigint,
    "interval" character varying(20),
    schedule text,
    data text NOT NULL,
    "createDate" bigint NOT NULL,
    "lastExecution" bigint,
    "executionCount" bigint NOT NULL,
    "flowId" integer,
    "associationId" integer,
    "associationType" character varying(255),
    CONSTRAINT x2_cron_events_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_doc_folders (
    id integer NOT NULL,
    name character varying(250) NOT NULL,
    "createdBy" character varying(250),
    "createDate" bigint,
    "lastUpdated" bigint,
    "updatedBy" character varying(250),
    visibility smallint,
    "parentFolder" integer,
    CONSTRAINT x2_doc_folders_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_docs (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    "nameId" character varying(250),
    subject character varying(255),
    "emailTo" text,
    type character varying(10) NOT NULL,
    "associationType" character varying(250),
    text text NOT NULL,
    "createdBy" character varying(60),
    "createDate" bigint,
    "updatedBy" character varying(50),
    "lastUpdated" bigint,
    visibility smallint,
    "folderId" integer,
    CONSTRAINT x2_docs_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_dropdowns (
    id integer NOT NULL,
    name character varying(250),
    options text,
    multi smallint,
    parent integer,
    "parentVal" character varying(250),
    CONSTRAINT x2_dropdowns_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_email_inboxes (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "credentialId" integer,
    shared smallint,
    "assignedTo" character varying(255),
    "lastUpdated" bigint,
    settings character varying(1024),
    CONSTRAINT x2_email_inboxes_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_email_reports (
    id integer NOT NULL,
    name character varying(255),
    "user" character varying(255),
    "cronId" integer NOT NULL,
    schedule character varying(255),
    CONSTRAINT x2_email_reports_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_events (
    id integer NOT NULL,
    type character varying(250),
    subtype character varying(250),
    level integer,
    visibility smallint,
    text text,
    "associationType" character varying(250),
    "associationId" integer,
    "user" character varying(250),
    "timestamp" bigint,
    "lastUpdated" bigint,
    important smallint,
    sticky smallint,
    color character varying(10),
    "fontColor" character varying(10),
    "linkColor" character varying(10),
    "locationId" integer,
    "recordLinks" text,
    CONSTRAINT x2_events_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_events_data (
    id integer NOT NULL,
    type character varying(250),
    count integer,
    "user" character varying(250),
    CONSTRAINT x2_events_data_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_events_to_media (
    id integer NOT NULL,
    "eventsId" integer NOT NULL,
    "mediaId" integer NOT NULL,
    CONSTRAINT x2_events_to_media_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_failed_logins (
    id integer NOT NULL,
    "IP" character varying(40) NOT NULL,
    attempts integer,
    active smallint,
    "lastAttempt" bigint,
    CONSTRAINT x2_failed_logins_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_fields (
    id integer NOT NULL,
    "modelName" character varying(100),
    "fieldName" character varying(100),
    "attributeLabel" character varying(250),
    modified integer,
    custom integer,
    type character varying(20),
    required smallint,
    "uniqueConstraint" smallint,
    safe smallint,
    "readOnly" smallint,
    "linkType" character varying(250),
    searchable smallint,
    relevance character varying(250),
    "isVirtual" smallint,
    "defaultValue" text,
    "keyType" character(3),
    data text,
    description text,
    CONSTRAINT x2_fields_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_fingerprint (
    id integer NOT NULL,
    fingerprint bigint,
    "createDate" bigint NOT NULL,
    anonymous smallint,
    plugins character varying(255),
    "userAgent" character varying(255),
    language character varying(40),
    "screenRes" character varying(40),
    timezone integer,
    "cookiesEnabled" smallint,
    "indexedDB" smallint,
    "addBehavior" smallint,
    "javaEnabled" smallint,
    "canvasFingerprint" integer,
    "localStorage" smallint,
    "sessionStorage" smallint,
    fonts integer,
    CONSTRAINT x2_fingerprint_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_flows (
    id integer NOT NULL,
    active smallint NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    "triggerType" character varying(40) NOT NULL,
    "modelClass" character varying(40),
    flow text,
    flow_counter text,
    "createDate" bigint NOT NULL,
    "lastUpdated" bigint NOT NULL,
    CONSTRAINT x2_flows_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_form_layouts (
    id integer NOT NULL,
    model character varying(250) NOT NULL,
    version character varying(250) NOT NULL,
    scenario character varying(20) NOT NULL,
    layout text,
    "defaultView" smallint NOT NULL,
    "defaultForm" smallint NOT NULL,
    "createDate" bigint,
    "lastUpdated" bigint,
    CONSTRAINT x2_form_layouts_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_forwarded_email_patterns (
    id integer NOT NULL,
    custom smallint,
    "groupName" character varying(20) NOT NULL,
    pattern text,
    "bodyFrom" text,
    description text,
    CONSTRAINT x2_forwarded_email_patterns_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_gallery (
    id integer NOT NULL,
    versions_data text NOT NULL,
    name boolean NOT NULL,
    description boolean NOT NULL,
    CONSTRAINT x2_gallery_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_gallery_photo (
    id integer NOT NULL,
    gallery_id integer NOT NULL,
    rank integer NOT NULL,
    name character varying(512) NOT NULL,
    description text,
    file_name character varying(128) NOT NULL,
    CONSTRAINT x2_gallery_photo_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_gallery_to_model (
    id integer NOT NULL,
    "galleryId" integer NOT NULL,
    "modelName" character varying(255) NOT NULL,
    "modelId" integer NOT NULL,
    CONSTRAINT x2_gallery_to_model_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_group_to_user (
    id integer NOT NULL,
    "groupId" integer,
    "userId" integer,
    username character varying(250),
    CONSTRAINT x2_group_to_user_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_groups (
    id integer NOT NULL,
    name character varying(250),
    "nameId" character varying(250),
    CONSTRAINT x2_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_imports (
    id integer NOT NULL,
    "importId" integer NOT NULL,
    "modelId" integer NOT NULL,
    "modelType" character varying(250) NOT NULL,
    "timestamp" bigint,
    CONSTRAINT x2_imports_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_lead_routing (
    id integer NOT NULL,
    criteria text,
    users text,
    priority integer,
    "rrId" integer,
    "groupType" integer,
    CONSTRAINT x2_lead_routing_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_like_to_post (
    "userId" integer NOT NULL,
    "postId" integer NOT NULL
);

CREATE TABLE x2crm.x2_list_criteria (
    id integer NOT NULL,
    "listId" integer NOT NULL,
    type character varying(20),
    attribute character varying(40),
    comparison character varying(10),
    value character varying(255) NOT NULL,
    CONSTRAINT x2_list_criteria_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_list_items (
    id integer NOT NULL,
    "emailAddress" character varying(255),
    "contactId" integer,
    "listId" integer NOT NULL,
    "uniqueId" character varying(32),
    sent integer NOT NULL,
    opened integer NOT NULL,
    clicked integer NOT NULL,
    unsubscribed integer NOT NULL,
    sending smallint NOT NULL,
    suppressed integer NOT NULL,
    bounced integer NOT NULL,
    urls text,
    CONSTRAINT x2_list_items_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_lists (
    id integer NOT NULL,
    "assignedTo" character varying(255),
    name character varying(238) NOT NULL,
    "nameId" character varying(250),
    description character varying(250),
    type character varying(20),
    "logicType" character varying(20),
    "modelName" character varying(100),
    visibility integer NOT NULL,
    count integer NOT NULL,
    "createDate" bigint NOT NULL,
    "lastUpdated" bigint NOT NULL,
    CONSTRAINT x2_lists_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_locations (
    id integer NOT NULL,
    "recordId" integer NOT NULL,
    "recordType" character varying(250) NOT NULL,
    lat real NOT NULL,
    lon real NOT NULL,
    altitude real,
    accuracy real,
    "altitudeAccuracy" real,
    heading real,
    speed real,
    type character varying(50),
    "ipAddress" character varying(250),
    comment character varying(250),
    seen text,
    "createDate" bigint NOT NULL,
    CONSTRAINT x2_locations_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_login_history (
    id integer NOT NULL,
    username character varying(50) NOT NULL,
    "IP" character varying(40),
    "timestamp" bigint,
    CONSTRAINT x2_login_history_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_maps (
    id integer NOT NULL,
    owner character varying(250),
    name character varying(250),
    "contactId" integer,
    params text,
    "centerLat" real,
    "centerLng" real,
    zoom integer,
    "locationType" character varying(250),
    CONSTRAINT x2_maps_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_media (
    id integer NOT NULL,
    "associationType" character varying(40) NOT NULL,
    "associationId" integer,
    "uploadedBy" character varying(50),
    "fileName" character varying(100),
    name character varying(255),
    "nameId" character varying(250),
    "createDate" bigint,
    "lastUpdated" bigint,
    private smallint,
    description text,
    mimetype character varying(250),
    filesize integer,
    dimensions character varying(40),
    drive smallint,
    "accessKey" character varying(255),
    CONSTRAINT x2_media_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_merge_log (
    id integer NOT NULL,
    "modelType" character varying(255),
    "modelId" integer,
    "mergeModelId" integer,
    "mergeData" text,
    "mergeDate" bigint,
    CONSTRAINT x2_merge_log_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_mobile_layouts (
    id integer NOT NULL,
    version character varying(16) NOT NULL,
    "modelName" character varying(100) NOT NULL,
    layout text,
    "defaultForm" smallint NOT NULL,
    "defaultView" smallint NOT NULL,
    CONSTRAINT x2_mobile_layouts_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_modules (
    id integer NOT NULL,
    name character varying(100),
    title character varying(250),
    visible integer,
    "menuPosition" integer,
    searchable integer,
    toggleable integer,
    "adminOnly" integer,
    editable integer,
    custom integer,
    "enableRecordAliasing" smallint,
    "itemName" character varying(100),
    "defaultWorkflow" integer,
    "linkRecordType" character varying(250),
    "linkRecordId" integer,
    "linkHref" character varying(250),
    "linkOpenInNewTab" smallint,
    "linkOpenInFrame" smallint,
    "moduleType" text,
    CONSTRAINT x2_modules_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_notifications (
    id integer NOT NULL,
    type character varying(20),
    comparison character varying(20),
    value character varying(250),
    text text,
    "modelType" character varying(250),
    "modelId" integer,
    "fieldName" character varying(250),
    "user" character varying(20),
    "createdBy" character varying(20),
    viewed smallint,
    "createDate" bigint,
    CONSTRAINT x2_notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_opportunities (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "nameId" character varying(250),
    "firstName" character varying(255),
    "lastName" character varying(255),
    "accountName" character varying(100),
    "contactName" character varying(100),
    email character varying(250),
    phone character varying(40),
    leadstatus character varying(250),
    "modelName" character varying(100),
    "quoteAmount" numeric(18,2),
    "salesStage" character varying(20),
    "expectedCloseDate" bigint,
    probability real,
    "leadSource" character varying(100),
    description text,
    "assignedTo" text,
    "createDate" bigint,
    visibility smallint,
    "associatedContacts" text,
    "lastUpdated" bigint,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    "doNotCall" smallint,
    "doNotEmail" smallint,
    "businessEmail" character varying(250),
    "personalEmail" character varying(250),
    "alternativeEmail" character varying(250),
    "preferredEmail" character varying(250),
    CONSTRAINT x2_opportunities_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_password_reset (
    id character(64) NOT NULL,
    ip character varying(39),
    requested bigint,
    email character varying(250),
    "userId" integer,
    CONSTRAINT x2_password_reset_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_phone_numbers (
    id integer NOT NULL,
    "modelId" integer NOT NULL,
    "modelType" character varying(100) NOT NULL,
    number character varying(40) NOT NULL,
    "fieldName" character varying(255),
    CONSTRAINT x2_phone_numbers_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_products (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "nameId" character varying(250),
    type character varying(100),
    price numeric(18,2),
    inventory integer,
    description text,
    "createDate" bigint,
    "lastUpdated" bigint,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    status character varying(20),
    currency character varying(40),
    adjustment numeric(18,2),
    CONSTRAINT x2_products_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_profile (
    id integer NOT NULL,
    "fullName" character varying(255) NOT NULL,
    username character varying(50) NOT NULL,
    "officePhone" character varying(40),
    extension character varying(40),
    "cellPhone" character varying(40),
    "emailAddress" character varying(255) NOT NULL,
    notes text,
    status smallint NOT NULL,
    "tagLine" character varying(255),
    "lastUpdated" bigint,
    "updatedBy" character varying(255),
    avatar text,
    "allowPost" smallint,
    "disablePhoneLinks" smallint,
    "disableNotifPopup" smallint,
    "disableAutomaticRecordTagging" smallint,
    "disableTimeInTitle" smallint,
    language character varying(40),
    "timeZone" character varying(100),
    "resultsPerPage" integer,
    widgets character varying(255),
    "widgetOrder" text,
    "widgetSettings" text,
    "defaultEmailTemplates" text,
    "activityFeedOrder" smallint,
    theme text,
    "showActions" character varying(20),
    "miscLayoutSettings" text,
    "notificationSound" character varying(100),
    "loginSound" character varying(100),
    "startPage" character varying(30),
    "showSocialMedia" smallint NOT NULL,
    "showDetailView" smallint NOT NULL,
    "gridviewSettings" text,
    "generalGridViewSettings" text,
    "formSettings" text,
    "emailUseSignature" character varying(5),
    "emailSignature" text,
    "enableFullWidth" smallint,
    "googleId" character varying(250),
    "userCalendarsVisible" smallint,
    "tagsShowAllUsers" smallint,
    "hideCasesWithStatus" text,
    "hiddenTags" text,
    address text,
    "defaultFeedFilters" text,
    layout text,
    "minimizeFeed" smallint,
    fullscreen smallint,
    "fullFeedControls" smallint,
    "feedFilters" text,
    "hideBugsWithStatus" text,
    "actionFilters" text,
    "oldActions" smallint,
    "mediaWidgetDrive" smallint,
    "historyShowAll" smallint,
    "historyShowRels" smallint,
    "googleRefreshToken" character varying(255),
    "outlookRefreshToken" character varying(1000),
    "leadRoutingAvailability" smallint,
    "showTours" smallint,
    "defaultCalendar" integer,
    "enableTwoFactor" smallint,
    "emailInboxes" character varying(255) NOT NULL,
    CONSTRAINT x2_profile_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_quotes (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "nameId" character varying(250),
    "accountName" character varying(250),
    "salesStage" character varying(20),
    "expectedCloseDate" bigint,
    probability integer,
    "leadSource" character varying(10),
    email character varying(250),
    phone character varying(40),
    leadstatus character varying(250),
    "modelName" character varying(100),
    description text,
    "assignedTo" text,
    "createDate" bigint,
    "createdBy" character varying(50),
    "associatedContacts" character varying(250),
    "lastUpdated" bigint,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    "expirationDate" bigint,
    status character varying(20),
    currency character varying(40),
    locked smallint,
    type character varying(20),
    "invoiceStatus" character varying(40),
    "invoiceCreateDate" bigint,
    "invoiceIssuedDate" bigint,
    "invoicePayedDate" bigint,
    template character varying(250),
    total numeric(18,2),
    subtotal numeric(18,2),
    CONSTRAINT x2_quotes_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_quotes_products (
    id integer NOT NULL,
    "quoteId" integer,
    "productId" integer,
    quantity numeric(18,2),
    name character varying(100) NOT NULL,
    type character varying(100),
    price numeric(18,2),
    inventory integer,
    description text,
    "assignedTo" text,
    "createDate" bigint,
    "lastUpdated" bigint,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    active smallint,
    currency character varying(40),
    adjustment numeric(18,2),
    "adjustmentType" character varying(20),
    "lineNumber" integer NOT NULL,
    total numeric(18,2),
    CONSTRAINT x2_quotes_products_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_record_aliases (
    id integer NOT NULL,
    "recordId" integer NOT NULL,
    "recordType" character varying(100) NOT NULL,
    alias character varying(100) NOT NULL,
    "aliasType" character varying(100) NOT NULL,
    label character varying(100),
    CONSTRAINT x2_record_aliases_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_relationships (
    id integer NOT NULL,
    "firstType" character varying(100),
    "firstId" integer,
    "firstLabel" character varying(100),
    "secondType" character varying(100),
    "secondId" integer,
    "secondLabel" character varying(100),
    CONSTRAINT x2_relationships_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_reports_2 (
    id integer NOT NULL,
    "createDate" bigint,
    "createdBy" character varying(250),
    "lastUpdated" bigint,
    name character varying(128),
    settings text,
    "dataWidgetLayout" text,
    version character varying(16),
    type character varying(250),
    CONSTRAINT x2_reports_2_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_role_exceptions (
    id integer NOT NULL,
    "workflowId" integer,
    "stageId" integer,
    "roleId" integer,
    "replacementId" integer,
    CONSTRAINT x2_role_exceptions_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_role_to_permission (
    id integer NOT NULL,
    "roleId" integer,
    "fieldId" integer NOT NULL,
    permission integer,
    CONSTRAINT x2_role_to_permission_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_role_to_user (
    id integer NOT NULL,
    "roleId" integer,
    "userId" integer,
    type character varying(250),
    CONSTRAINT x2_role_to_user_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_role_to_workflow (
    id integer NOT NULL,
    "roleId" integer,
    "stageId" integer,
    "workflowId" integer,
    CONSTRAINT x2_role_to_workflow_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_roles (
    id integer NOT NULL,
    name character varying(250),
    users text,
    timeout integer,
    CONSTRAINT x2_roles_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_services (
    id integer NOT NULL,
    "createDate" bigint,
    "lastUpdated" bigint,
    "updatedBy" character varying(50),
    description text,
    "contactId" character varying(250),
    "assignedTo" text,
    name character varying(255),
    "nameId" character varying(250),
    impact character varying(40),
    status character varying(40),
    subject text,
    "mainIssue" character varying(40),
    email character varying(255),
    "nextAction" text,
    resolution text,
    "subIssue" character varying(40),
    origin character varying(40),
    "escalatedTo" character varying(50),
    "lastActivity" bigint,
    "parentCase" character varying(250),
    CONSTRAINT x2_services_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_session_log (
    id integer NOT NULL,
    "sessionId" character(40),
    "user" character varying(255),
    "timestamp" bigint,
    status character varying(250),
    CONSTRAINT x2_session_log_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_sessions (
    id character(128) NOT NULL,
    "user" character varying(255),
    "lastUpdated" bigint,
    "IP" character varying(40) NOT NULL,
    status smallint NOT NULL,
    CONSTRAINT x2_sessions_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_sessions_token (
    id character(128) NOT NULL,
    "user" character varying(255),
    "lastUpdated" bigint,
    "IP" character varying(40) NOT NULL,
    status smallint NOT NULL,
    CONSTRAINT x2_sessions_token_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_settings (
    id integer NOT NULL,
    "recordId" integer NOT NULL,
    "recordType" character varying(31) NOT NULL,
    name character varying(255),
    "embeddedModelName" character varying(31),
    settings text,
    "isDefault" smallint,
    CONSTRAINT x2_settings_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_social (
    id integer NOT NULL,
    type character varying(40) NOT NULL,
    subtype character varying(250),
    data text,
    "user" character varying(20),
    "associationId" integer,
    visibility smallint,
    "timestamp" integer,
    "lastUpdated" bigint,
    CONSTRAINT x2_social_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_subscribe_contacts (
    contact_id integer,
    user_id integer
);

CREATE TABLE x2crm.x2_tags (
    id integer NOT NULL,
    type character varying(50) NOT NULL,
    "itemId" integer NOT NULL,
    "taggedBy" character varying(50) NOT NULL,
    tag character varying(250) NOT NULL,
    "itemName" character varying(250),
    "timestamp" integer NOT NULL,
    CONSTRAINT x2_tags_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_temp_files (
    id integer NOT NULL,
    folder character varying(10),
    name text,
    "createDate" integer,
    CONSTRAINT x2_temp_files_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_templates (
    id integer NOT NULL,
    "assignedTo" character varying(250),
    name character varying(250) NOT NULL,
    "nameId" character varying(250),
    description text,
    "createDate" integer,
    "lastUpdated" integer,
    "lastActivity" bigint,
    "updatedBy" character varying(250),
    CONSTRAINT x2_templates_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_timezone_points (
    lat real NOT NULL,
    lon real NOT NULL,
    tz_id integer NOT NULL
);

CREATE TABLE x2crm.x2_timezones (
    id integer NOT NULL,
    name character varying(40) NOT NULL,
    CONSTRAINT x2_timezones_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_tips (
    id integer NOT NULL,
    tip text,
    edition character varying(10),
    admin smallint,
    module character varying(255),
    CONSTRAINT x2_tips_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_topic_replies (
    id integer NOT NULL,
    "topicId" integer NOT NULL,
    text text NOT NULL,
    "assignedTo" character varying(250),
    "createDate" bigint,
    "lastUpdated" bigint,
    "updatedBy" character varying(250),
    CONSTRAINT x2_topic_replies_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_topics (
    id integer NOT NULL,
    "assignedTo" character varying(250),
    name character varying(250) NOT NULL,
    "nameId" character varying(250),
    "createDate" bigint,
    "lastUpdated" bigint,
    "updatedBy" character varying(250),
    sticky smallint,
    CONSTRAINT x2_topics_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_tours (
    id integer NOT NULL,
    "profileId" integer NOT NULL,
    description character varying(32),
    seen smallint,
    CONSTRAINT x2_tours_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_track_emails (
    id integer NOT NULL,
    "actionId" integer,
    "uniqueId" character varying(32),
    opened integer,
    CONSTRAINT x2_track_emails_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_trigger_logs (
    id integer NOT NULL,
    "flowId" integer NOT NULL,
    "triggeredAt" bigint NOT NULL,
    "triggerLog" text,
    CONSTRAINT x2_trigger_logs_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_twofactor_auth (
    "userId" integer NOT NULL,
    code character varying(6) NOT NULL,
    requested bigint NOT NULL,
    CONSTRAINT x2_twofactor_auth_pkey PRIMARY KEY ("userId")
);

CREATE TABLE x2crm.x2_urls (
    id integer NOT NULL,
    title character varying(20) NOT NULL,
    url character varying(256),
    userid integer,
    "timestamp" integer,
    CONSTRAINT x2_urls_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_users (
    id integer NOT NULL,
    "firstName" character varying(100),
    "lastName" character varying(120),
    username character varying(50),
    "userAlias" character varying(50),
    password character varying(100),
    title character varying(50),
    department character varying(40),
    "officePhone" character varying(40),
    "cellPhone" character varying(40),
    "homePhone" character varying(40),
    address character varying(100),
    "backgroundInfo" text,
    "emailAddress" character varying(100),
    status smallint NOT NULL,
    temporary smallint,
    "lastUpdated" character varying(50),
    "createDate" bigint,
    "updatedBy" character varying(50),
    "recentItems" character varying(100),
    "topContacts" character varying(100),
    "lastLogin" integer,
    login integer,
    "showCalendars" text,
    "inviteKey" character varying(16),
    "userKey" character varying(64),
    "calendarKey" character varying(64),
    CONSTRAINT x2_users_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_view_log (
    id integer NOT NULL,
    "user" character varying(255),
    "recordType" character varying(255),
    "recordId" integer,
    "timestamp" bigint,
    CONSTRAINT x2_view_log_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_web_forms (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    type character varying(100) NOT NULL,
    description character varying(255),
    "modelName" character varying(100),
    fields text,
    params text,
    css text,
    header text,
    visibility integer NOT NULL,
    "assignedTo" character varying(50) NOT NULL,
    "createdBy" character varying(50) NOT NULL,
    "updatedBy" character varying(50) NOT NULL,
    "createDate" bigint NOT NULL,
    "lastUpdated" bigint NOT NULL,
    "userEmailTemplate" integer,
    "webleadEmailTemplate" integer,
    "leadSource" character varying(100),
    "redirectUrl" character varying(255),
    "generateLead" smallint,
    "generateAccount" smallint,
    "requireCaptcha" smallint,
    "fingerprintDetection" smallint,
    "thankYouText" text,
    CONSTRAINT x2_web_forms_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_workflow_stages (
    id integer NOT NULL,
    "workflowId" integer NOT NULL,
    "stageNumber" integer,
    name character varying(40),
    description text,
    "conversionRate" numeric(18,2),
    value numeric(18,2),
    "requirePrevious" integer,
    "requireComment" smallint,
    CONSTRAINT x2_workflow_stages_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_workflows (
    id integer NOT NULL,
    name character varying(250),
    "isDefault" smallint NOT NULL,
    "lastUpdated" bigint,
    colors text,
    financial smallint NOT NULL,
    "financialModel" character varying(250),
    "financialField" character varying(250),
    CONSTRAINT x2_workflows_pkey PRIMARY KEY (id)
);

CREATE TABLE x2crm.x2_x2leads (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    "firstName" character varying(255) NOT NULL,
    "lastName" character varying(255) NOT NULL,
    "nameId" character varying(250),
    "accountName" character varying(100),
    title character varying(100),
    company character varying(250),
    email character varying(250),
    phone character varying(40),
    phone2 character varying(40),
    address character varying(250),
    address2 character varying(250),
    city character varying(40),
    state character varying(40),
    zipcode character varying(20),
    country character varying(40),
    "backgroundInfo" text,
    priority character varying(40),
    leadtype character varying(250),
    dealstatus character varying(250),
    "trackingKey" character varying(32),
    "dupeCheck" integer,
    leadstatus character varying(250),
    "quoteAmount" numeric(18,2),
    "salesStage" character varying(20),
    "expectedCloseDate" bigint,
    probability real,
    website character varying(250),
    "leadSource" character varying(100),
    description text,
    "assignedTo" text,
    "createDate" bigint,
    visibility smallint,
    "lastUpdated" bigint,
    "lastActivity" bigint,
    "updatedBy" character varying(50),
    converted smallint,
    "conversionDate" bigint,
    "convertedToType" character varying(255),
    "convertedToId" integer,
    "doNotCall" smallint,
    "doNotEmail" smallint,
    twitter character varying(50),
    linkedin character varying(100),
    skype character varying(32),
    googleplus character varying(100),
    facebook character varying(100),
    "otherUrl" character varying(100),
    "leadDate" bigint,
    interest character varying(250),
    dealvalue numeric(18,2),
    leadscore integer,
    "businessEmail" character varying(250),
    "personalEmail" character varying(250),
    "alternativeEmail" character varying(250),
    "preferredEmail" character varying(250),
    CONSTRAINT x2_x2leads_pkey PRIMARY KEY (id)
);

ALTER TABLE x2crm.x2_action_meta_data ADD CONSTRAINT x2_action_meta_data_ibfk_1 FOREIGN KEY ("actionId") REFERENCES x2crm.x2_actions (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_action_text ADD CONSTRAINT action_id_key FOREIGN KEY ("actionId") REFERENCES x2crm.x2_actions (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_action_to_record ADD CONSTRAINT x2_action_to_record_ibfk_1 FOREIGN KEY ("actionId") REFERENCES x2crm.x2_actions (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_actions ADD CONSTRAINT "calendarId" FOREIGN KEY ("calendarId") REFERENCES x2crm.x2_calendars (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_actions ADD CONSTRAINT x2_actions_ibfk_1 FOREIGN KEY ("workflowId") REFERENCES x2crm.x2_workflows (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_actions ADD CONSTRAINT x2_actions_ibfk_2 FOREIGN KEY ("stageNumber") REFERENCES x2crm.x2_workflow_stages (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_actions_to_media ADD CONSTRAINT x2_actions_to_media_ibfk_1 FOREIGN KEY ("actionsId") REFERENCES x2crm.x2_actions (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_actions_to_media ADD CONSTRAINT x2_actions_to_media_ibfk_2 FOREIGN KEY ("mediaId") REFERENCES x2crm.x2_media (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_admin ADD CONSTRAINT x2_admin_ibfk_1 FOREIGN KEY ("twitterCredentialsId") REFERENCES x2crm.x2_credentials (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_admin ADD CONSTRAINT x2_admin_ibfk_2 FOREIGN KEY ("linkedInCredentialsId") REFERENCES x2crm.x2_credentials (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_admin ADD CONSTRAINT x2_admin_ibfk_3 FOREIGN KEY ("dropboxCredentialsId") REFERENCES x2crm.x2_credentials (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_admin ADD CONSTRAINT x2_admin_ibfk_4 FOREIGN KEY ("googleCredentialsId") REFERENCES x2crm.x2_credentials (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_auth_assignment ADD CONSTRAINT x2_auth_assignment_ibfk_1 FOREIGN KEY (itemname) REFERENCES x2crm.x2_auth_item (name) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_auth_item_child ADD CONSTRAINT x2_auth_item_child_ibfk_1 FOREIGN KEY (parent) REFERENCES x2crm.x2_auth_item (name) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_auth_item_child ADD CONSTRAINT x2_auth_item_child_ibfk_2 FOREIGN KEY (child) REFERENCES x2crm.x2_auth_item (name) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_calendar_invites ADD CONSTRAINT x2_calendar_invites_ibfk_1 FOREIGN KEY ("actionId") REFERENCES x2crm.x2_actions (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_calendar_permissions ADD CONSTRAINT x2_calendar_permissions_ibfk_1 FOREIGN KEY ("calendarId") REFERENCES x2crm.x2_calendars (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_calendar_permissions ADD CONSTRAINT x2_calendar_permissions_ibfk_2 FOREIGN KEY ("userId") REFERENCES x2crm.x2_users (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_campaigns ADD CONSTRAINT x2_campaigns_ibfk_1 FOREIGN KEY ("masterId") REFERENCES x2crm.x2_campaigns (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_doc_folders ADD CONSTRAINT x2_doc_folders_ibfk_1 FOREIGN KEY ("parentFolder") REFERENCES x2crm.x2_doc_folders (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_docs ADD CONSTRAINT x2_docs_ibfk_1 FOREIGN KEY ("folderId") REFERENCES x2crm.x2_doc_folders (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_email_reports ADD CONSTRAINT fk_report_to_cron FOREIGN KEY ("cronId") REFERENCES x2crm.x2_cron_events (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_events_to_media ADD CONSTRAINT x2_events_to_media_ibfk_1 FOREIGN KEY ("eventsId") REFERENCES x2crm.x2_events (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_events_to_media ADD CONSTRAINT x2_events_to_media_ibfk_2 FOREIGN KEY ("mediaId") REFERENCES x2crm.x2_media (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_gallery_photo ADD CONSTRAINT fk_gallery_photo_gallery1 FOREIGN KEY (gallery_id) REFERENCES x2crm.x2_gallery (id);
ALTER TABLE x2crm.x2_gallery_to_model ADD CONSTRAINT fk_gallery_to_model FOREIGN KEY ("galleryId") REFERENCES x2crm.x2_gallery (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_list_criteria ADD CONSTRAINT x2_list_criteria_ibfk_1 FOREIGN KEY ("listId") REFERENCES x2crm.x2_lists (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_list_items ADD CONSTRAINT x2_list_items_ibfk_1 FOREIGN KEY ("listId") REFERENCES x2crm.x2_lists (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_modules ADD CONSTRAINT x2_modules_ibfk_1 FOREIGN KEY ("defaultWorkflow") REFERENCES x2crm.x2_workflows (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_exceptions ADD CONSTRAINT x2_role_exceptions_ibfk_1 FOREIGN KEY ("roleId") REFERENCES x2crm.x2_roles (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_exceptions ADD CONSTRAINT x2_role_exceptions_ibfk_2 FOREIGN KEY ("replacementId") REFERENCES x2crm.x2_roles (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_exceptions ADD CONSTRAINT x2_role_exceptions_ibfk_3 FOREIGN KEY ("stageId") REFERENCES x2crm.x2_workflow_stages (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_exceptions ADD CONSTRAINT x2_role_exceptions_ibfk_4 FOREIGN KEY ("workflowId") REFERENCES x2crm.x2_workflows (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_to_permission ADD CONSTRAINT x2_role_to_permission_ibfk_1 FOREIGN KEY ("roleId") REFERENCES x2crm.x2_roles (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_to_permission ADD CONSTRAINT x2_role_to_permission_ibfk_2 FOREIGN KEY ("fieldId") REFERENCES x2crm.x2_fields (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_to_user ADD CONSTRAINT x2_role_to_user_ibfk_1 FOREIGN KEY ("roleId") REFERENCES x2crm.x2_roles (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_to_workflow ADD CONSTRAINT x2_role_to_workflow_ibfk_1 FOREIGN KEY ("roleId") REFERENCES x2crm.x2_roles (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_to_workflow ADD CONSTRAINT x2_role_to_workflow_ibfk_2 FOREIGN KEY ("stageId") REFERENCES x2crm.x2_workflow_stages (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_role_to_workflow ADD CONSTRAINT x2_role_to_workflow_ibfk_3 FOREIGN KEY ("workflowId") REFERENCES x2crm.x2_workflows (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_topic_replies ADD CONSTRAINT x2_topic_replies_ibfk_1 FOREIGN KEY ("topicId") REFERENCES x2crm.x2_topics (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_trigger_logs ADD CONSTRAINT x2_trigger_logs_ibfk_1 FOREIGN KEY ("flowId") REFERENCES x2crm.x2_flows (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE x2crm.x2_workflow_stages ADD CONSTRAINT x2_workflow_stages_ibfk_1 FOREIGN KEY ("workflowId") REFERENCES x2crm.x2_workflows (id) ON DELETE CASCADE ON UPDATE CASCADE;
