-- Tiki Wiki CMS Groupware, the all-in-one PHP wiki/CMS/groupware (its database as db/tiki.sql creates it: wiki pages
-- with their history, links, footnotes, references, translations, structures and attachments; categories, the object
-- registry (tiki_objects) and categorised objects, freetags, object relations, attributes, ratings and scores;
-- comments and forums (threads, queue, attachments, reported posts, reads); blogs and blog posts; articles, article
-- types, topics, submissions and received articles/pages; file galleries, files, drafts and backlinks; trackers
-- (fields, items, item field values and their log, attachments, options) and tabular formats; calendars (items,
-- recurrence, categories, locations, roles/participants, options, CalDAV instances, changes, subscriptions and
-- scheduling objects) and address books/cards; users (users_users), groups, group membership and inclusion,
-- permissions per group and per object, user preferences, watches, group watches, monitors, reports, bookmarks,
-- notes, tasks, menus and modules, login cookies, API and auth tokens, OAuth clients; newsletters with their
-- subscriptions, groups, pages and sent editions; polls, quizzes (questions, options, results, user answers),
-- surveys and FAQs; internal messages (messu_messages, messu_archive, messu_sent), webmail contacts, mail-in
-- accounts and the mail queue; the double-entry accounting module (books, accounts, journal, items, bank accounts,
-- statements, stacks, taxes); payment requests and received payments, credits, discounts, cart inventory holds; the
-- scheduler and its runs, the queue, goals and goal events, invitations, live support, chat, shoutbox, minichat,
-- banners, banning, directory, spreadsheets (tiki_sheets), H5P contents and libraries, perspectives and areas,
-- workspaces, machine-learning models, content templates, dynamic content, HTML pages, integrator, RSS, web
-- services, custom routes and SEF URL rules, action log, logs, stats, search queries and stats, semaphores,
-- sessions, preferences, the installer's schema patch list and security database), as a fresh install of Tiki 24.1
-- ("Wolf 359", stable branch) creates it: db/tiki.sql of a copy of the Tiki 24.1 sources on GitHub,
-- github.com/g147/tiki (HEAD 635f834, 2023-04-26; the file added in cdd1c65, 2023-04-26; Tiki's own repository,
-- gitlab.com/tikiwiki/tiki, is not reachable here and its GitHub mirror github.com/tikiorg/tiki is over this
-- machine's fetch limit); LGPL-2.1 (Tiki Software Community Association); we use the schema's facts. The MySQL dump
-- was converted by a one-off script (int/integer -> integer, int unsigned -> bigint, mediumint -> integer, bigint
-- unsigned -> numeric(20,0), tinyint/bool -> smallint, smallint unsigned -> integer, datetime/timestamp ->
-- timestamp, enum/set -> text, tinytext/mediumtext/longtext -> text, blob/tinyblob/mediumblob/longblob/varbinary
-- -> bytea, decimal -> numeric, double -> double precision, float -> real) and loaded into a scratch PostgreSQL 15:
-- all 271 tables with their primary keys (16 tables, e.g. tiki_actionlog_params, tiki_sheet_values,
-- tiki_userpoints, tiki_user_votings, have none in the source) and the 3 column comments the source declares,
-- schema tiki. The source's camelCase column names are kept as quoted identifiers ("pageName", "lastModif",
-- "userId", "trackerId"), and the columns user, order, end, from, to, group, left and right quoted, as PostgreSQL
-- requires; Tiki stores most dates as Unix-time integers, kept as integer. The source declares no foreign keys
-- (SET FOREIGN_KEY_CHECKS = 0; "tiki doesn't officially use foreign keys"): references such as
-- tiki_tracker_items.trackerId, tiki_blog_posts.blogId, tiki_category_objects.catObjectId -> tiki_objects.objectId
-- or users_usergroups.userId are implied by names only, and many tables refer to users by login name (user
-- columns). Left out: AUTO_INCREMENT, defaults, prefix lengths, unique keys and indexes (FULLTEXT included),
-- charsets and engine options, and the INSERTs of default rows (article types, menus and menu options, groups and
-- permissions, preferences, action log configuration, ...). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS tiki;
CREATE TABLE tiki.messu_archive (
    "msgId" integer NOT NULL,
    "user" character varying(40) NOT NULL,
    user_from character varying(40) NOT NULL,
    user_to text,
    user_cc text,
    user_bcc text,
    subject character varying(255),
    body text,
    hash character varying(32),
    replyto_hash character varying(32),
    date integer,
    "isRead" character(1),
    "isReplied" character(1),
    "isFlagged" character(1),
    priority integer,
    PRIMARY KEY ("msgId")
);
CREATE TABLE tiki.messu_messages (
    "msgId" integer NOT NULL,
    "user" character varying(200) NOT NULL,
    user_from character varying(200) NOT NULL,
    user_to text,
    user_cc text,
    user_bcc text,
    subject character varying(255),
    body text,
    hash character varying(32),
    replyto_hash character varying(32),
    date integer,
    "isRead" character(1),
    "isReplied" character(1),
    "isFlagged" character(1),
    priority integer,
    PRIMARY KEY ("msgId")
);
CREATE TABLE tiki.messu_sent (
    "msgId" integer NOT NULL,
    "user" character varying(40) NOT NULL,
    user_from character varying(40) NOT NULL,
    user_to text,
    user_cc text,
    user_bcc text,
    subject character varying(255),
    body text,
    hash character varying(32),
    replyto_hash character varying(32),
    date integer,
    "isRead" character(1),
    "isReplied" character(1),
    "isFlagged" character(1),
    priority integer,
    PRIMARY KEY ("msgId")
);
CREATE TABLE tiki.sessions (
    sesskey character(32) NOT NULL,
    expiry bigint NOT NULL,
    expireref character varying(64),
    data bytea NOT NULL,
    PRIMARY KEY (sesskey)
);
CREATE TABLE tiki.tiki_acct_account (
    "accountBookId" bigint NOT NULL,
    "accountId" bigint NOT NULL,
    "accountName" character varying(255) NOT NULL,
    "accountNotes" text NOT NULL,
    "accountBudget" double precision NOT NULL,
    "accountLocked" integer NOT NULL,
    "accountTax" integer NOT NULL,
    "accountUserId" integer NOT NULL,
    PRIMARY KEY ("accountBookId", "accountId")
);
CREATE TABLE tiki.tiki_acct_bankaccount (
    "bankBookId" bigint NOT NULL,
    "bankAccountId" bigint NOT NULL,
    "externalNumber" integer NOT NULL,
    "bankCountry" character varying(2) NOT NULL,
    "bankCode" character varying(11) NOT NULL,
    "bankIBAN" character varying(63) NOT NULL,
    "bankBIC" character varying(63) NOT NULL,
    "bankDelimeter" character varying(15) NOT NULL,
    "bankDecPoint" character varying(1) NOT NULL,
    "bankThousand" character varying(1) NOT NULL,
    "bankHasHeader" smallint NOT NULL,
    "fieldNameAccount" character varying(63) NOT NULL,
    "fieldNameBookingDate" character varying(63) NOT NULL,
    "formatBookingDate" character varying(31) NOT NULL,
    "fieldNameValueDate" character varying(63) NOT NULL,
    "formatValueDate" character varying(31) NOT NULL,
    "fieldNameBookingText" character varying(63) NOT NULL,
    "fieldNameReason" character varying(63) NOT NULL,
    "fieldNameCounterpartName" character varying(63) NOT NULL,
    "fieldNameCounterpartAccount" character varying(63) NOT NULL,
    "fieldNameCounterpartBankCode" character varying(63) NOT NULL,
    "fieldNameAmount" character varying(63) NOT NULL,
    "amountType" bigint NOT NULL,
    "fieldNameAmountSign" character varying(63) NOT NULL,
    "SignPositive" character varying(7) NOT NULL,
    "SignNegative" character varying(7) NOT NULL,
    PRIMARY KEY ("bankBookId", "bankAccountId")
);
CREATE TABLE tiki.tiki_acct_book (
    "bookId" bigint NOT NULL,
    "bookName" character varying(255) NOT NULL,
    "bookClosed" text NOT NULL,
    "bookStartDate" date,
    "bookEndDate" date,
    "bookCurrency" character varying(3) NOT NULL,
    "bookCurrencyPos" integer NOT NULL,
    "bookDecimals" integer NOT NULL,
    "bookDecPoint" character varying(1) NOT NULL,
    "bookThousand" character varying(1) NOT NULL,
    "exportSeparator" character varying(4) NOT NULL,
    "exportEOL" character varying(4) NOT NULL,
    "exportQuote" character varying(4) NOT NULL,
    "bookAutoTax" text NOT NULL,
    PRIMARY KEY ("bookId")
);
CREATE TABLE tiki.tiki_acct_item (
    "itemId" integer NOT NULL,
    "itemBookId" bigint NOT NULL,
    "itemJournalId" bigint NOT NULL,
    "itemAccountId" bigint NOT NULL,
    "itemType" integer NOT NULL,
    "itemAmount" double precision NOT NULL,
    "itemText" character varying(255) NOT NULL,
    "itemTs" timestamp without time zone NOT NULL,
    PRIMARY KEY ("itemId")
);
CREATE TABLE tiki.tiki_acct_journal (
    "journalBookId" bigint NOT NULL,
    "journalId" bigint NOT NULL,
    "journalDate" date,
    "journalDescription" character varying(255) NOT NULL,
    "journalCancelled" integer NOT NULL,
    "journalTs" timestamp without time zone NOT NULL,
    PRIMARY KEY ("journalId")
);
CREATE TABLE tiki.tiki_acct_stack (
    "stackBookId" bigint NOT NULL,
    "stackId" bigint NOT NULL,
    "stackDate" date,
    "stackDescription" character varying(255) NOT NULL,
    "stackTs" timestamp without time zone NOT NULL,
    PRIMARY KEY ("stackId")
);
CREATE TABLE tiki.tiki_acct_stackitem (
    "stackBookId" bigint NOT NULL,
    "stackItemStackId" bigint NOT NULL,
    "stackItemAccountId" bigint NOT NULL,
    "stackItemType" integer NOT NULL,
    "stackItemAmount" double precision NOT NULL,
    "stackItemText" character varying(255) NOT NULL,
    PRIMARY KEY ("stackBookId", "stackItemStackId", "stackItemAccountId", "stackItemType")
);
CREATE TABLE tiki.tiki_acct_statement (
    "statementBookId" bigint NOT NULL,
    "statementAccountId" bigint NOT NULL,
    "statementId" bigint NOT NULL,
    "statementBookingDate" date,
    "statementValueDate" date,
    "statementBookingText" character varying(255) NOT NULL,
    "statementReason" character varying(255) NOT NULL,
    "statementCounterpart" character varying(63) NOT NULL,
    "statementCounterpartAccount" character varying(63) NOT NULL,
    "statementCounterpartBankCode" character varying(63) NOT NULL,
    "statementAmount" double precision NOT NULL,
    "statementJournalId" bigint NOT NULL,
    "statementStackId" integer NOT NULL,
    PRIMARY KEY ("statementId")
);
CREATE TABLE tiki.tiki_acct_tax (
    "taxBookId" bigint NOT NULL,
    "taxId" bigint NOT NULL,
    "taxText" character varying(63) NOT NULL,
    "taxAmount" double precision NOT NULL,
    "taxIsFix" text NOT NULL,
    PRIMARY KEY ("taxId")
);
CREATE TABLE tiki.tiki_actionlog (
    "actionId" integer NOT NULL,
    action character varying(255) NOT NULL,
    "lastModif" integer,
    object character varying(255),
    "objectType" character varying(32) NOT NULL,
    "user" character varying(200),
    ip character varying(39),
    comment text,
    "categId" integer NOT NULL,
    client character varying(200),
    log text,
    PRIMARY KEY ("actionId")
);
CREATE TABLE tiki.tiki_actionlog_conf (
    id integer NOT NULL,
    action character varying(32) NOT NULL,
    "objectType" character varying(32) NOT NULL,
    status character(1),
    PRIMARY KEY (action, "objectType")
);
CREATE TABLE tiki.tiki_actionlog_params (
    "actionId" integer NOT NULL,
    name character varying(40) NOT NULL,
    value text
);
CREATE TABLE tiki.tiki_activity_stream (
    "activityId" integer NOT NULL,
    "eventType" character varying(100) NOT NULL,
    "eventDate" integer NOT NULL,
    arguments bytea,
    PRIMARY KEY ("activityId")
);
CREATE TABLE tiki.tiki_activity_stream_mapping (
    field_name character varying(50) NOT NULL,
    field_type character varying(15) NOT NULL,
    PRIMARY KEY (field_name)
);
CREATE TABLE tiki.tiki_activity_stream_rules (
    "ruleId" integer NOT NULL,
    "eventType" character varying(100) NOT NULL,
    "ruleType" character varying(20) NOT NULL,
    rule text,
    notes text,
    PRIMARY KEY ("ruleId")
);
CREATE TABLE tiki.tiki_address_books (
    "addressBookId" bigint NOT NULL,
    "user" character varying(200),
    name character varying(255),
    uri bytea,
    description text,
    PRIMARY KEY ("addressBookId")
);
CREATE TABLE tiki.tiki_address_cards (
    "addressCardId" bigint NOT NULL,
    "addressBookId" bigint NOT NULL,
    carddata bytea,
    uri bytea,
    lastmodified bigint,
    etag bytea,
    size bigint NOT NULL,
    PRIMARY KEY ("addressCardId")
);
CREATE TABLE tiki.tiki_api_tokens (
    "tokenId" integer NOT NULL,
    type character varying(100) NOT NULL,
    "user" character varying(200),
    token character varying(100) NOT NULL,
    label character varying(191),
    parameters text,
    created integer NOT NULL,
    "lastModif" integer NOT NULL,
    "expireAfter" integer,
    hits integer NOT NULL,
    PRIMARY KEY ("tokenId")
);
CREATE TABLE tiki.tiki_areas (
    "categId" integer NOT NULL,
    perspectives text,
    exclusive character(1) NOT NULL,
    share_common character(1) NOT NULL,
    enabled character(1) NOT NULL
);
CREATE TABLE tiki.tiki_article_types (
    type character varying(50) NOT NULL,
    use_ratings character varying(1),
    show_pre_publ character varying(1),
    show_post_expire character varying(1),
    heading_only character varying(1),
    allow_comments character varying(1),
    show_image character varying(1),
    show_avatar character varying(1),
    show_author character varying(1),
    show_pubdate character varying(1),
    show_expdate character varying(1),
    show_reads character varying(1),
    show_size character varying(1),
    show_topline character varying(1),
    show_subtitle character varying(1),
    show_linkto character varying(1),
    show_image_caption character varying(1),
    creator_edit character varying(1),
    comment_can_rate_article character(1),
    PRIMARY KEY (type)
);
CREATE TABLE tiki.tiki_articles (
    "articleId" integer NOT NULL,
    topline character varying(255),
    title character varying(255),
    subtitle character varying(255),
    linkto character varying(255),
    lang character varying(16),
    state character(1),
    "authorName" character varying(60),
    "topicId" integer,
    "topicName" character varying(40),
    size integer,
    "useImage" character(1),
    image_name character varying(80),
    image_caption text,
    image_type character varying(80),
    image_size integer,
    image_x integer,
    image_y integer,
    list_image_x integer,
    list_image_y integer,
    image_data bytea,
    "publishDate" integer,
    "expireDate" integer,
    created integer,
    heading text,
    body text,
    author character varying(200),
    nbreads integer,
    votes integer,
    points integer,
    type character varying(50),
    rating numeric(3,2),
    isfloat character(1),
    ispublished character(1) NOT NULL,
    PRIMARY KEY ("articleId")
);
CREATE TABLE tiki.tiki_auth_tokens (
    "tokenId" integer NOT NULL,
    creation timestamp without time zone NOT NULL,
    timeout integer NOT NULL,
    hits integer NOT NULL,
    maxhits integer NOT NULL,
    token character(32),
    entry character varying(50),
    email character varying(255) NOT NULL,
    parameters character varying(255),
    groups text,
    "createUser" character(1),
    "userPrefix" character varying(200),
    PRIMARY KEY ("tokenId")
);
CREATE TABLE tiki.tiki_banners (
    "bannerId" integer NOT NULL,
    client character varying(200) NOT NULL,
    url character varying(255),
    title character varying(255),
    alt character varying(250),
    which character varying(50),
    "imageData" bytea,
    "imageType" character varying(200),
    "imageName" character varying(100),
    "HTMLData" text,
    "fixedURLData" character varying(255),
    "textData" text,
    "fromDate" integer,
    "toDate" integer,
    "useDates" character(1),
    mon character(1),
    tue character(1),
    wed character(1),
    thu character(1),
    fri character(1),
    sat character(1),
    sun character(1),
    "hourFrom" character varying(4),
    "hourTo" character varying(4),
    created integer,
    "maxImpressions" integer,
    impressions integer,
    "maxUserImpressions" integer,
    "maxClicks" integer,
    clicks integer,
    zone character varying(40),
    "onlyInURIs" text,
    "exceptInURIs" text,
    PRIMARY KEY ("bannerId")
);
CREATE TABLE tiki.tiki_banning (
    "banId" integer NOT NULL,
    mode text,
    title character varying(200),
    ip1 character(3),
    ip2 character(3),
    ip3 character(3),
    ip4 character(3),
    "user" character varying(200),
    date_from timestamp without time zone,
    date_to timestamp without time zone,
    use_dates character(1),
    created integer,
    message text,
    PRIMARY KEY ("banId")
);
CREATE TABLE tiki.tiki_banning_sections (
    "banId" integer NOT NULL,
    section character varying(100) NOT NULL,
    PRIMARY KEY ("banId", section)
);
CREATE TABLE tiki.tiki_blog_activity (
    "blogId" integer NOT NULL,
    day integer NOT NULL,
    posts integer,
    PRIMARY KEY ("blogId", day)
);
CREATE TABLE tiki.tiki_blog_posts (
    "postId" integer NOT NULL,
    "blogId" integer NOT NULL,
    data text,
    data_size bigint NOT NULL,
    excerpt text,
    created integer,
    "user" character varying(200),
    hits bigint,
    trackbacks_to text,
    trackbacks_from text,
    title character varying(255),
    priv character varying(1),
    wysiwyg character varying(1),
    PRIMARY KEY ("postId")
);
CREATE TABLE tiki.tiki_blog_posts_images (
    "imgId" integer NOT NULL,
    "postId" integer NOT NULL,
    filename character varying(80),
    filetype character varying(80),
    filesize integer,
    data bytea,
    PRIMARY KEY ("imgId")
);
CREATE TABLE tiki.tiki_blogs (
    "blogId" integer NOT NULL,
    created integer,
    "lastModif" integer,
    title character varying(200),
    description text,
    "user" character varying(200),
    public character(1),
    posts integer,
    "maxPosts" integer,
    hits integer,
    activity numeric(4,2),
    heading text,
    post_heading text,
    use_find character(1),
    use_title character(1),
    use_title_in_post character(1),
    use_description character(1),
    use_breadcrumbs character(1),
    use_author character(1),
    use_excerpt character(1),
    add_date character(1),
    add_poster character(1),
    allow_comments character(1),
    show_avatar character(1),
    always_owner character(1),
    show_related character(1),
    related_max integer,
    PRIMARY KEY ("blogId")
);
CREATE TABLE tiki.tiki_calendar_categories (
    "calcatId" integer NOT NULL,
    "calendarId" integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY ("calcatId")
);
CREATE TABLE tiki.tiki_calendar_changes (
    "changeId" bigint NOT NULL,
    "calitemId" bigint NOT NULL,
    synctoken bigint NOT NULL,
    "calendarId" bigint NOT NULL,
    operation smallint NOT NULL,
    PRIMARY KEY ("changeId")
);
CREATE TABLE tiki.tiki_calendar_instances (
    "calendarInstanceId" bigint NOT NULL,
    "calendarId" bigint NOT NULL,
    "user" character varying(200),
    access smallint NOT NULL,
    name character varying(100),
    uri bytea,
    description text,
    "order" bigint NOT NULL,
    color bytea,
    timezone text,
    transparent smallint NOT NULL,
    share_href bytea,
    share_name character varying(100),
    share_invite_status smallint NOT NULL,
    PRIMARY KEY ("calendarInstanceId")
);
CREATE TABLE tiki.tiki_calendar_items (
    "calitemId" integer NOT NULL,
    "calendarId" integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    "locationId" integer,
    "categoryId" integer,
    "nlId" integer NOT NULL,
    priority text,
    status text NOT NULL,
    url character varying(255),
    lang character(16) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    "recurrenceId" integer,
    changed smallint,
    "recurrenceStart" integer,
    "user" character varying(200),
    created integer NOT NULL,
    lastmodif integer NOT NULL,
    allday smallint NOT NULL,
    uid character varying(200),
    uri character varying(200),
    PRIMARY KEY ("calitemId")
);
CREATE TABLE tiki.tiki_calendar_locations (
    "callocId" integer NOT NULL,
    "calendarId" integer NOT NULL,
    name character varying(255) NOT NULL,
    description bytea,
    PRIMARY KEY ("callocId")
);
CREATE TABLE tiki.tiki_calendar_options (
    "calendarId" integer NOT NULL,
    "optionName" character varying(120) NOT NULL,
    value character varying(255),
    PRIMARY KEY ("calendarId", "optionName")
);
CREATE TABLE tiki.tiki_calendar_recurrence (
    "recurrenceId" integer NOT NULL,
    "calendarId" integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    allday smallint NOT NULL,
    "locationId" integer,
    "categoryId" integer,
    "nlId" integer NOT NULL,
    priority text NOT NULL,
    status text NOT NULL,
    url character varying(255),
    lang character(16) NOT NULL,
    name character varying(255) NOT NULL,
    description bytea,
    weekly smallint,
    weekdays character varying(20),
    monthly smallint,
    "dayOfMonth" integer,
    yearly smallint,
    "dateOfYear" integer,
    "nbRecurrences" integer,
    "startPeriod" integer,
    "endPeriod" integer,
    "user" character varying(200),
    created integer NOT NULL,
    lastmodif integer NOT NULL,
    uid character varying(200),
    uri character varying(200),
    PRIMARY KEY ("recurrenceId")
);
CREATE TABLE tiki.tiki_calendar_roles (
    "calitemId" integer NOT NULL,
    username character varying(200) NOT NULL,
    role text NOT NULL,
    partstat character varying(30),
    PRIMARY KEY ("calitemId", username, role)
);
CREATE TABLE tiki.tiki_calendar_scheduling_objects (
    "schedulingObjectId" bigint NOT NULL,
    "user" character varying(200),
    calendardata bytea,
    uri bytea,
    lastmodif bigint,
    etag bytea,
    size bigint NOT NULL,
    PRIMARY KEY ("schedulingObjectId")
);
CREATE TABLE tiki.tiki_calendar_subscriptions (
    "subscriptionId" bigint NOT NULL,
    "calendarId" bigint NOT NULL,
    "user" character varying(200) NOT NULL,
    source text,
    name character varying(100),
    refresh_rate character varying(10),
    "order" bigint NOT NULL,
    color bytea,
    strip_todos smallint,
    strip_alarms smallint,
    strip_attachments smallint,
    lastmodif bigint,
    PRIMARY KEY ("subscriptionId")
);
CREATE TABLE tiki.tiki_calendars (
    "calendarId" integer NOT NULL,
    name character varying(80) NOT NULL,
    description character varying(255),
    "user" character varying(200) NOT NULL,
    customlocations text NOT NULL,
    customcategories text NOT NULL,
    customlanguages text NOT NULL,
    custompriorities text NOT NULL,
    customparticipants text NOT NULL,
    customsubscription text NOT NULL,
    customstatus text NOT NULL,
    created integer NOT NULL,
    lastmodif integer NOT NULL,
    personal text NOT NULL,
    PRIMARY KEY ("calendarId")
);
CREATE TABLE tiki.tiki_cart_inventory_hold (
    "productId" integer NOT NULL,
    quantity integer NOT NULL,
    "timeHeld" integer NOT NULL,
    hash character(32) NOT NULL
);
CREATE TABLE tiki.tiki_categories (
    "categId" integer NOT NULL,
    name character varying(200),
    description character varying(500),
    "parentId" integer,
    "rootId" integer NOT NULL,
    hits integer,
    "tplGroupContainerId" integer,
    "tplGroupPattern" character varying(200),
    PRIMARY KEY ("categId")
);
CREATE TABLE tiki.tiki_categories_roles (
    "categId" integer NOT NULL,
    "categRoleId" integer NOT NULL,
    "groupRoleId" integer NOT NULL,
    "groupId" integer NOT NULL,
    PRIMARY KEY ("categId", "categRoleId", "groupRoleId")
);
CREATE TABLE tiki.tiki_categories_roles_available (
    "categId" integer NOT NULL,
    "categRoleId" integer NOT NULL,
    PRIMARY KEY ("categId", "categRoleId")
);
CREATE TABLE tiki.tiki_categorized_objects (
    "catObjectId" integer NOT NULL,
    PRIMARY KEY ("catObjectId")
);
CREATE TABLE tiki.tiki_category_objects (
    "catObjectId" integer NOT NULL,
    "categId" integer NOT NULL,
    PRIMARY KEY ("catObjectId", "categId")
);
CREATE TABLE tiki.tiki_category_sites (
    "categId" integer NOT NULL,
    "siteId" integer NOT NULL,
    PRIMARY KEY ("categId", "siteId")
);
CREATE TABLE tiki.tiki_chat_channels (
    "channelId" integer NOT NULL,
    name character varying(30),
    description character varying(250),
    max_users integer,
    mode character(1),
    moderator character varying(200),
    active character(1),
    refresh integer,
    PRIMARY KEY ("channelId")
);
CREATE TABLE tiki.tiki_chat_messages (
    "messageId" integer NOT NULL,
    "channelId" integer NOT NULL,
    data character varying(255),
    poster character varying(200) NOT NULL,
    timestamp integer,
    PRIMARY KEY ("messageId")
);
CREATE TABLE tiki.tiki_chat_users (
    nickname character varying(200) NOT NULL,
    "channelId" integer NOT NULL,
    timestamp integer,
    PRIMARY KEY (nickname, "channelId")
);
CREATE TABLE tiki.tiki_comments (
    "threadId" integer NOT NULL,
    object character varying(255) NOT NULL,
    "objectType" character varying(32) NOT NULL,
    "parentId" integer,
    "userName" character varying(200),
    "commentDate" integer,
    hits integer,
    type character(1),
    points numeric(8,2),
    votes integer,
    average numeric(8,4),
    title character varying(255),
    data text,
    email character varying(200),
    website character varying(200),
    user_ip character varying(39),
    summary character varying(240),
    smiley character varying(80),
    message_id character varying(128),
    in_reply_to character varying(128),
    comment_rating smallint,
    archived character(1),
    approved character(1) NOT NULL,
    locked character(1) NOT NULL,
    PRIMARY KEY ("threadId")
);
CREATE TABLE tiki.tiki_connect (
    id bigint NOT NULL,
    created timestamp without time zone NOT NULL,
    type character varying(64) NOT NULL,
    data text,
    guid character varying(64),
    server smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_content (
    "contentId" integer NOT NULL,
    description text,
    "contentLabel" character varying(255) NOT NULL,
    PRIMARY KEY ("contentId")
);
CREATE TABLE tiki.tiki_content_templates (
    "templateId" integer NOT NULL,
    template_type character varying(20) NOT NULL,
    content bytea,
    name character varying(200),
    created integer,
    PRIMARY KEY ("templateId")
);
CREATE TABLE tiki.tiki_content_templates_sections (
    "templateId" integer NOT NULL,
    section character varying(250) NOT NULL,
    PRIMARY KEY ("templateId", section)
);
CREATE TABLE tiki.tiki_contributions (
    "contributionId" integer NOT NULL,
    name character varying(100),
    description character varying(250),
    PRIMARY KEY ("contributionId")
);
CREATE TABLE tiki.tiki_contributions_assigned (
    "contributionId" integer NOT NULL,
    "objectId" integer NOT NULL,
    PRIMARY KEY ("objectId", "contributionId")
);
CREATE TABLE tiki.tiki_cookies (
    "cookieId" integer NOT NULL,
    cookie text,
    PRIMARY KEY ("cookieId")
);
CREATE TABLE tiki.tiki_copyrights (
    "copyrightId" integer NOT NULL,
    page character varying(200),
    title character varying(200),
    year integer,
    authors character varying(200),
    holder character varying(200),
    copyright_order integer,
    "userName" character varying(200),
    PRIMARY KEY ("copyrightId")
);
CREATE TABLE tiki.tiki_credits (
    "creditId" bigint NOT NULL,
    "userId" integer NOT NULL,
    credit_type character varying(25) NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    expiration_date timestamp without time zone,
    total_amount real NOT NULL,
    used_amount real NOT NULL,
    product_id integer,
    PRIMARY KEY ("creditId")
);
CREATE TABLE tiki.tiki_credits_types (
    credit_type character varying(25) NOT NULL,
    display_text character varying(50),
    unit_text character varying(25),
    is_static_level character(1),
    scaling_divisor real NOT NULL,
    PRIMARY KEY (credit_type)
);
CREATE TABLE tiki.tiki_credits_usage (
    "usageId" integer NOT NULL,
    "userId" integer NOT NULL,
    usage_date timestamp without time zone NOT NULL,
    credit_type character varying(25) NOT NULL,
    used_amount real NOT NULL,
    product_id integer,
    PRIMARY KEY ("usageId")
);
CREATE TABLE tiki.tiki_custom_route (
    id integer NOT NULL,
    description character varying(255),
    type character varying(255) NOT NULL,
    "from" character varying(255) NOT NULL,
    redirect text NOT NULL,
    active smallint NOT NULL,
    short_url smallint,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_db_status (
    id integer NOT NULL,
    "objectId" character varying(100) NOT NULL,
    "tableName" character varying(100) NOT NULL,
    status character varying(100) NOT NULL,
    other character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_directory_categories (
    "categId" integer NOT NULL,
    parent integer,
    name character varying(240),
    description text,
    "childrenType" character(1),
    sites integer,
    "viewableChildren" integer,
    "allowSites" character(1),
    "showCount" character(1),
    "editorGroup" character varying(200),
    hits integer,
    PRIMARY KEY ("categId")
);
CREATE TABLE tiki.tiki_directory_search (
    term character varying(250) NOT NULL,
    hits integer,
    PRIMARY KEY (term)
);
CREATE TABLE tiki.tiki_directory_sites (
    "siteId" integer NOT NULL,
    name character varying(240),
    description text,
    url character varying(255),
    country character varying(255),
    hits integer,
    "isValid" character(1),
    created integer,
    "lastModif" integer,
    cache bytea,
    cache_timestamp integer,
    PRIMARY KEY ("siteId")
);
CREATE TABLE tiki.tiki_discount (
    id integer NOT NULL,
    code character varying(255),
    value character varying(255),
    max integer,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_download (
    id integer NOT NULL,
    object character varying(255) NOT NULL,
    "userId" integer NOT NULL,
    type character varying(20) NOT NULL,
    date integer NOT NULL,
    "IP" character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_dsn (
    "dsnId" integer NOT NULL,
    name character varying(200) NOT NULL,
    dsn character varying(255),
    PRIMARY KEY ("dsnId")
);
CREATE TABLE tiki.tiki_dynamic_variables (
    name character varying(40) NOT NULL,
    data text,
    lang character varying(16)
);
CREATE TABLE tiki.tiki_encryption_keys (
    "keyId" integer NOT NULL,
    name character varying(191) NOT NULL,
    description text,
    algo character varying(50),
    shares integer NOT NULL,
    users text,
    secret character varying(191) NOT NULL,
    PRIMARY KEY ("keyId")
);
CREATE TABLE tiki.tiki_extwiki (
    "extwikiId" integer NOT NULL,
    name character varying(200) NOT NULL,
    extwiki character varying(255),
    indexname character varying(255),
    groups character varying(1024),
    PRIMARY KEY ("extwikiId")
);
CREATE TABLE tiki.tiki_faq_questions (
    "questionId" integer NOT NULL,
    "faqId" integer,
    position integer,
    question text,
    answer text,
    created integer,
    PRIMARY KEY ("questionId")
);
CREATE TABLE tiki.tiki_faqs (
    "faqId" integer NOT NULL,
    title character varying(200),
    description text,
    created integer,
    questions integer,
    hits integer,
    "canSuggest" character(1),
    PRIMARY KEY ("faqId")
);
CREATE TABLE tiki.tiki_feature (
    feature_id integer NOT NULL,
    feature_name character varying(150) NOT NULL,
    parent_id integer NOT NULL,
    status character varying(12) NOT NULL,
    setting_name character varying(50),
    feature_type character varying(30) NOT NULL,
    template character varying(50),
    permission character varying(50),
    ordinal integer NOT NULL,
    depends_on integer,
    keyword character varying(30),
    tip text,
    feature_count integer NOT NULL,
    feature_path character varying(20) NOT NULL,
    PRIMARY KEY (feature_id)
);
CREATE TABLE tiki.tiki_featured_links (
    url character varying(200) NOT NULL,
    title character varying(200),
    description text,
    hits integer,
    position integer,
    type character(1),
    PRIMARY KEY (url)
);
CREATE TABLE tiki.tiki_file_backlinks (
    "fileId" integer NOT NULL,
    "objectId" integer NOT NULL
);
CREATE TABLE tiki.tiki_file_drafts (
    "fileId" integer NOT NULL,
    filename character varying(80),
    filesize integer,
    filetype character varying(250),
    data bytea,
    "user" character varying(200) NOT NULL,
    path character varying(255),
    hash character varying(32),
    metadata text,
    "lastModif" integer,
    lockedby character varying(200),
    PRIMARY KEY ("fileId", "user")
);
CREATE TABLE tiki.tiki_file_galleries (
    "galleryId" integer NOT NULL,
    name character varying(80) NOT NULL,
    type character varying(20) NOT NULL,
    template integer,
    description text,
    created integer,
    visible character(1),
    "lastModif" integer,
    "user" character varying(200),
    hits integer,
    votes integer,
    points numeric(8,2),
    "maxRows" integer,
    public character(1),
    show_id character(1),
    show_icon character(1),
    show_name character(1),
    show_size character(1),
    show_description character(1),
    max_desc integer,
    show_created character(1),
    show_hits character(1),
    "show_lastDownload" character(1),
    "parentId" integer NOT NULL,
    lockable character(1),
    show_lockedby character(1),
    archives integer,
    sort_mode character(20),
    show_modified character(1),
    show_author character(1),
    show_creator character(1),
    subgal_conf character varying(200),
    show_last_user character(1),
    show_comment character(1),
    show_files character(1),
    show_explorer character(1),
    show_path character(1),
    show_slideshow character(1),
    show_ocr_state character(1),
    default_view character varying(20),
    quota integer,
    size integer,
    wiki_syntax character varying(200),
    "backlinkPerms" character(1),
    show_backlinks character(1),
    "show_deleteAfter" character(1),
    show_checked character(1),
    show_share character(1),
    image_max_size_x integer NOT NULL,
    image_max_size_y integer NOT NULL,
    show_source character(1) NOT NULL,
    "icon_fileId" bigint,
    ocr_lang character varying(255),
    PRIMARY KEY ("galleryId")
);
CREATE TABLE tiki.tiki_file_handlers (
    mime_type character varying(128),
    cmd character varying(238)
);
CREATE TABLE tiki.tiki_files (
    "fileId" integer NOT NULL,
    "galleryId" integer NOT NULL,
    name character varying(200) NOT NULL,
    description text,
    created integer,
    filename character varying(80),
    filesize integer,
    filetype character varying(250),
    data bytea,
    "user" character varying(200),
    author character varying(40),
    hits integer,
    maxhits integer,
    "lastDownload" integer,
    votes integer,
    points numeric(8,2),
    path character varying(255),
    reference_url character varying(250),
    is_reference character(1),
    hash character varying(32),
    search_data text,
    metadata text,
    "lastModif" integer,
    "lastModifUser" character varying(200),
    lockedby character varying(200),
    comment character varying(200),
    "archiveId" integer,
    "deleteAfter" integer,
    ocr_state smallint,
    ocr_lang character varying(255),
    ocr_data text,
    PRIMARY KEY ("fileId")
);
CREATE TABLE tiki.tiki_forum_attachments (
    "attId" integer NOT NULL,
    "threadId" integer NOT NULL,
    "qId" integer NOT NULL,
    "forumId" integer,
    filename character varying(250),
    filetype character varying(250),
    filesize integer,
    data bytea,
    dir character varying(200),
    created integer,
    path character varying(250),
    PRIMARY KEY ("attId")
);
CREATE TABLE tiki.tiki_forum_reads (
    "user" character varying(200) NOT NULL,
    "threadId" integer NOT NULL,
    "forumId" integer,
    timestamp integer,
    PRIMARY KEY ("user", "threadId")
);
CREATE TABLE tiki.tiki_forums (
    "forumId" integer NOT NULL,
    "parentId" integer NOT NULL,
    "forumOrder" integer NOT NULL,
    name character varying(255),
    description text,
    created integer,
    "lastPost" integer,
    threads integer,
    comments integer,
    "controlFlood" character(1),
    "floodInterval" integer,
    moderator character varying(200),
    hits integer,
    mail character varying(200),
    "useMail" character(1),
    section character varying(200),
    "usePruneUnreplied" character(1),
    "pruneUnrepliedAge" integer,
    "usePruneOld" character(1),
    "pruneMaxAge" integer,
    "topicsPerPage" integer,
    "topicOrdering" character varying(100),
    "threadOrdering" character varying(100),
    att character varying(80),
    att_store character varying(4),
    att_store_dir character varying(250),
    att_max_size integer,
    att_list_nb character(1),
    ui_level character(1),
    forum_password character varying(32),
    forum_use_password character(1),
    moderator_group character varying(200),
    approval_type character varying(20),
    outbound_address character varying(250),
    outbound_mails_for_inbound_mails character(1),
    outbound_mails_reply_link character(1),
    outbound_from character varying(250),
    inbound_pop_server character varying(250),
    inbound_pop_port integer,
    inbound_pop_user character varying(200),
    inbound_pop_password character varying(80),
    topic_smileys character(1),
    ui_avatar character(1),
    ui_rating_choice_topic character(1),
    ui_flag character(1),
    ui_posts character(1),
    ui_email character(1),
    ui_online character(1),
    topic_summary character(1),
    show_description character(1),
    topics_list_replies character(1),
    topics_list_reads character(1),
    topics_list_pts character(1),
    topics_list_lastpost character(1),
    topics_list_lastpost_title character(1),
    topics_list_lastpost_avatar character(1),
    topics_list_author character(1),
    topics_list_author_avatar character(1),
    vote_threads character(1),
    forum_last_n integer,
    "threadStyle" character varying(100),
    "commentsPerPage" character varying(100),
    is_flat character(1),
    mandatory_contribution character(1),
    "forumLanguage" character varying(255),
    PRIMARY KEY ("forumId")
);
CREATE TABLE tiki.tiki_forums_queue (
    "qId" integer NOT NULL,
    object character varying(32),
    "parentId" integer,
    "forumId" integer,
    timestamp integer,
    "user" character varying(200),
    title character varying(240),
    data text,
    type character varying(60),
    hash character varying(32),
    topic_smiley character varying(80),
    topic_title character varying(240),
    summary character varying(240),
    in_reply_to character varying(128),
    tags character varying(255),
    email character varying(255),
    PRIMARY KEY ("qId")
);
CREATE TABLE tiki.tiki_forums_reported (
    "threadId" integer NOT NULL,
    "forumId" integer NOT NULL,
    "parentId" integer NOT NULL,
    "user" character varying(200) NOT NULL,
    timestamp integer,
    reason character varying(250),
    PRIMARY KEY ("threadId", "forumId", "parentId", "user")
);
CREATE TABLE tiki.tiki_freetagged_objects (
    "tagId" integer NOT NULL,
    "objectId" integer NOT NULL,
    "user" character varying(200) NOT NULL,
    created integer NOT NULL,
    PRIMARY KEY ("tagId", "user", "objectId")
);
CREATE TABLE tiki.tiki_freetags (
    "tagId" bigint NOT NULL,
    tag character varying(128) NOT NULL,
    raw_tag character varying(150) NOT NULL,
    lang character varying(16),
    PRIMARY KEY ("tagId")
);
CREATE TABLE tiki.tiki_goal_events (
    "eventId" integer NOT NULL,
    "eventDate" integer NOT NULL,
    "eventType" character varying(50) NOT NULL,
    "targetType" character varying(50),
    "targetObject" character varying(255),
    "user" character varying(200) NOT NULL,
    groups bytea NOT NULL,
    PRIMARY KEY ("eventId")
);
CREATE TABLE tiki.tiki_goals (
    "goalId" integer NOT NULL,
    name character varying(50) NOT NULL,
    type character varying(10) NOT NULL,
    description text,
    enabled integer NOT NULL,
    "daySpan" integer NOT NULL,
    "from" timestamp without time zone,
    "to" timestamp without time zone,
    eligible bytea,
    conditions bytea,
    rewards bytea,
    PRIMARY KEY ("goalId")
);
CREATE TABLE tiki.tiki_group_inclusion (
    "groupName" character varying(255) NOT NULL,
    "includeGroup" character varying(255) NOT NULL,
    PRIMARY KEY ("groupName", "includeGroup")
);
CREATE TABLE tiki.tiki_group_watches (
    "watchId" integer NOT NULL,
    "group" character varying(200) NOT NULL,
    event character varying(40) NOT NULL,
    object character varying(200) NOT NULL,
    title character varying(250),
    type character varying(200),
    url character varying(250),
    PRIMARY KEY ("watchId")
);
CREATE TABLE tiki.tiki_groupalert (
    "groupName" character varying(255) NOT NULL,
    "objectType" character varying(20) NOT NULL,
    "objectId" character varying(10) NOT NULL,
    "displayEachuser" character(1),
    PRIMARY KEY ("groupName", "objectType", "objectId")
);
CREATE TABLE tiki.tiki_h5p_contents (
    id bigint NOT NULL,
    file_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    library_id bigint NOT NULL,
    parameters text NOT NULL,
    filtered text,
    slug character varying(127) NOT NULL,
    embed_type character varying(127) NOT NULL,
    disable bigint NOT NULL,
    content_type character varying(127),
    authors text,
    license character varying(32),
    keywords text,
    description text,
    source character varying(2083),
    year_from bigint,
    year_to bigint,
    license_version character varying(10),
    license_extras text,
    author_comments text,
    changes text,
    default_language character varying(32),
    a11y_title character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_h5p_contents_libraries (
    content_id bigint NOT NULL,
    library_id bigint NOT NULL,
    dependency_type character varying(31) NOT NULL,
    weight integer NOT NULL,
    drop_css smallint NOT NULL,
    PRIMARY KEY (content_id, library_id, dependency_type)
);
CREATE TABLE tiki.tiki_h5p_libraries (
    id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(127) NOT NULL,
    title character varying(255) NOT NULL,
    major_version bigint NOT NULL,
    minor_version bigint NOT NULL,
    patch_version bigint NOT NULL,
    runnable bigint NOT NULL,
    restricted bigint NOT NULL,
    fullscreen bigint NOT NULL,
    embed_types character varying(255) NOT NULL,
    preloaded_js text,
    preloaded_css text,
    drop_library_css text,
    semantics text NOT NULL,
    tutorial_url character varying(1023) NOT NULL,
    has_icon bigint NOT NULL,
    metadata_settings text,
    add_to text,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_h5p_libraries_cachedassets (
    library_id bigint NOT NULL,
    hash character varying(64) NOT NULL,
    PRIMARY KEY (library_id, hash)
);
CREATE TABLE tiki.tiki_h5p_libraries_hub_cache (
    id bigint NOT NULL,
    machine_name character varying(127) NOT NULL,
    major_version bigint NOT NULL,
    minor_version bigint NOT NULL,
    patch_version bigint NOT NULL,
    h5p_major_version bigint,
    h5p_minor_version bigint,
    title character varying(255) NOT NULL,
    summary text NOT NULL,
    description text NOT NULL,
    icon character varying(511) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    is_recommended bigint NOT NULL,
    popularity bigint NOT NULL,
    screenshots text,
    license text,
    example character varying(511) NOT NULL,
    tutorial character varying(511),
    keywords text,
    categories text,
    owner character varying(511),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_h5p_libraries_languages (
    library_id bigint NOT NULL,
    language_code character varying(31) NOT NULL,
    translation text NOT NULL,
    PRIMARY KEY (library_id, language_code)
);
CREATE TABLE tiki.tiki_h5p_libraries_libraries (
    library_id bigint NOT NULL,
    required_library_id bigint NOT NULL,
    dependency_type character varying(31) NOT NULL,
    PRIMARY KEY (library_id, required_library_id)
);
CREATE TABLE tiki.tiki_h5p_results (
    id bigint NOT NULL,
    content_id bigint NOT NULL,
    user_id bigint NOT NULL,
    score bigint NOT NULL,
    max_score bigint NOT NULL,
    opened bigint NOT NULL,
    finished bigint NOT NULL,
    time bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_h5p_tmpfiles (
    id bigint NOT NULL,
    path character varying(255) NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_history (
    "historyId" integer NOT NULL,
    "pageName" character varying(160) NOT NULL,
    version integer NOT NULL,
    version_minor integer NOT NULL,
    "lastModif" integer,
    description character varying(200),
    "user" character varying(200) NOT NULL,
    ip character varying(39),
    comment character varying(255),
    data bytea,
    type character varying(50),
    is_html smallint NOT NULL,
    PRIMARY KEY ("pageName", version)
);
CREATE TABLE tiki.tiki_hotwords (
    word character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    PRIMARY KEY (word)
);
CREATE TABLE tiki.tiki_html_pages (
    "pageName" character varying(200) NOT NULL,
    content bytea,
    refresh integer,
    type character(1),
    created integer,
    PRIMARY KEY ("pageName")
);
CREATE TABLE tiki.tiki_html_pages_dynamic_zones (
    "pageName" character varying(40) NOT NULL,
    zone character varying(80) NOT NULL,
    type character(2),
    content text,
    PRIMARY KEY ("pageName", zone)
);
CREATE TABLE tiki.tiki_integrator_reps (
    "repID" integer NOT NULL,
    name character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    start_page character varying(255) NOT NULL,
    css_file character varying(255) NOT NULL,
    visibility character(1) NOT NULL,
    cacheable character(1) NOT NULL,
    expiration integer NOT NULL,
    description text NOT NULL,
    PRIMARY KEY ("repID")
);
CREATE TABLE tiki.tiki_integrator_rules (
    "ruleID" integer NOT NULL,
    "repID" integer NOT NULL,
    ord bigint NOT NULL,
    srch bytea NOT NULL,
    repl bytea NOT NULL,
    type character(1) NOT NULL,
    casesense character(1) NOT NULL,
    rxmod character varying(20) NOT NULL,
    enabled character(1) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY ("ruleID")
);
CREATE TABLE tiki.tiki_invite (
    id integer NOT NULL,
    inviter character varying(200) NOT NULL,
    groups character varying(255),
    ts integer NOT NULL,
    emailsubject character varying(255) NOT NULL,
    emailcontent text NOT NULL,
    wikicontent text,
    wikipageafter character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_invited (
    id integer NOT NULL,
    id_invite integer NOT NULL,
    email character varying(255) NOT NULL,
    firstname character varying(24) NOT NULL,
    lastname character varying(24) NOT NULL,
    used text NOT NULL,
    used_on_user character varying(200),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_language (
    id integer NOT NULL,
    source text NOT NULL,
    lang character(16) NOT NULL,
    tran text,
    changed smallint,
    general smallint,
    "userId" integer,
    "lastModif" integer,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_link_cache (
    "cacheId" integer NOT NULL,
    url character varying(250),
    data bytea,
    refresh integer,
    PRIMARY KEY ("cacheId")
);
CREATE TABLE tiki.tiki_links (
    "fromPage" character varying(160) NOT NULL,
    "toPage" character varying(160) NOT NULL,
    "lastModif" integer NOT NULL,
    PRIMARY KEY ("fromPage", "toPage")
);
CREATE TABLE tiki.tiki_live_support_events (
    "eventId" integer NOT NULL,
    "reqId" character varying(32) NOT NULL,
    type character varying(40),
    "seqId" integer,
    "senderId" character varying(32),
    data text,
    timestamp integer,
    PRIMARY KEY ("eventId")
);
CREATE TABLE tiki.tiki_live_support_message_comments (
    "cId" integer NOT NULL,
    "msgId" integer,
    data text,
    timestamp integer,
    PRIMARY KEY ("cId")
);
CREATE TABLE tiki.tiki_live_support_messages (
    "msgId" integer NOT NULL,
    data text,
    timestamp integer,
    "user" character varying(200) NOT NULL,
    username character varying(200),
    priority integer,
    status character(1),
    assigned_to character varying(200),
    resolution character varying(100),
    title character varying(200),
    module integer,
    email character varying(250),
    PRIMARY KEY ("msgId")
);
CREATE TABLE tiki.tiki_live_support_modules (
    "modId" integer NOT NULL,
    name character varying(90),
    PRIMARY KEY ("modId")
);
CREATE TABLE tiki.tiki_live_support_operators (
    "user" character varying(200) NOT NULL,
    accepted_requests integer,
    status character varying(20),
    longest_chat integer,
    shortest_chat integer,
    average_chat integer,
    last_chat integer,
    time_online integer,
    votes integer,
    points integer,
    status_since integer,
    PRIMARY KEY ("user")
);
CREATE TABLE tiki.tiki_live_support_requests (
    "reqId" character varying(32) NOT NULL,
    "user" character varying(200) NOT NULL,
    tiki_user character varying(200),
    email character varying(200),
    operator character varying(200),
    operator_id character varying(32),
    user_id character varying(32),
    reason text,
    req_timestamp integer,
    timestamp integer,
    status character varying(40),
    resolution character varying(40),
    chat_started integer,
    chat_ended integer,
    PRIMARY KEY ("reqId")
);
CREATE TABLE tiki.tiki_logs (
    "logId" integer NOT NULL,
    logtype character varying(20) NOT NULL,
    logmessage text NOT NULL,
    loguser character varying(40) NOT NULL,
    logip character varying(200),
    logclient text NOT NULL,
    logtime integer NOT NULL,
    PRIMARY KEY ("logId")
);
CREATE TABLE tiki.tiki_machine_learning_models (
    "mlmId" integer NOT NULL,
    name character varying(191) NOT NULL,
    description text,
    "sourceTrackerId" integer NOT NULL,
    "trackerFields" text,
    "labelField" character varying(191),
    "ignoreEmpty" smallint,
    payload text,
    PRIMARY KEY ("mlmId")
);
CREATE TABLE tiki.tiki_mail_events (
    event character varying(200),
    object character varying(200),
    email character varying(200)
);
CREATE TABLE tiki.tiki_mail_queue (
    "messageId" integer NOT NULL,
    message text,
    attempts integer NOT NULL,
    PRIMARY KEY ("messageId")
);
CREATE TABLE tiki.tiki_mailin_accounts (
    "accountId" integer NOT NULL,
    "user" character varying(200) NOT NULL,
    account character varying(50) NOT NULL,
    protocol character varying(10) NOT NULL,
    host character varying(255),
    port integer,
    username character varying(100),
    pass character varying(100),
    active character(1),
    type character varying(40),
    anonymous character(1) NOT NULL,
    admin character(1) NOT NULL,
    attachments character(1) NOT NULL,
    routing character(1) NOT NULL,
    "article_topicId" integer,
    article_type character varying(50),
    discard_after character varying(255),
    "show_inlineImages" character(1),
    save_html character(1),
    "categoryId" integer,
    namespace character varying(20),
    respond_email character(1) NOT NULL,
    leave_email character(1) NOT NULL,
    "galleryId" integer,
    "trackerId" integer,
    preferences text,
    PRIMARY KEY ("accountId")
);
CREATE TABLE tiki.tiki_menu_languages (
    "menuId" integer NOT NULL,
    language character(16) NOT NULL,
    PRIMARY KEY ("menuId", language)
);
CREATE TABLE tiki.tiki_menu_options (
    "optionId" integer NOT NULL,
    "menuId" integer,
    type character(1),
    name character varying(200),
    url character varying(255),
    position integer,
    section text,
    perm text,
    groupname text,
    userlevel integer,
    icon character varying(200),
    class text,
    PRIMARY KEY ("optionId")
);
CREATE TABLE tiki.tiki_menus (
    "menuId" integer NOT NULL,
    name character varying(200) NOT NULL,
    description text,
    type character(1),
    icon character varying(200),
    use_items_icons character(1) NOT NULL,
    parse character(1) NOT NULL,
    PRIMARY KEY ("menuId")
);
CREATE TABLE tiki.tiki_minical_events (
    "user" character varying(200),
    "eventId" integer NOT NULL,
    title character varying(250),
    description text,
    start integer,
    "end" integer,
    security character(1),
    duration integer,
    "topicId" integer,
    reminded character(1),
    PRIMARY KEY ("eventId")
);
CREATE TABLE tiki.tiki_minical_topics (
    "user" character varying(200),
    "topicId" integer NOT NULL,
    name character varying(250),
    filename character varying(200),
    filetype character varying(200),
    filesize character varying(200),
    data bytea,
    path character varying(250),
    "isIcon" character(1),
    PRIMARY KEY ("topicId")
);
CREATE TABLE tiki.tiki_minichat (
    id bigint NOT NULL,
    channel character varying(31),
    ts bigint NOT NULL,
    "user" character varying(31),
    nick character varying(31),
    msg character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_modules (
    "moduleId" integer NOT NULL,
    name character varying(200) NOT NULL,
    position character varying(20) NOT NULL,
    ord integer NOT NULL,
    type character(1),
    title character varying(255),
    cache_time integer,
    rows integer,
    params text,
    groups text,
    PRIMARY KEY ("moduleId")
);
CREATE TABLE tiki.tiki_newsletter_groups (
    "nlId" integer NOT NULL,
    "groupName" character varying(255) NOT NULL,
    code character varying(32),
    include_groups character(1),
    PRIMARY KEY ("nlId", "groupName")
);
CREATE TABLE tiki.tiki_newsletter_included (
    "nlId" integer NOT NULL,
    "includedId" integer NOT NULL,
    PRIMARY KEY ("nlId", "includedId")
);
CREATE TABLE tiki.tiki_newsletter_pages (
    "nlId" integer NOT NULL,
    "wikiPageName" character varying(160) NOT NULL,
    "validateAddrs" character(1) NOT NULL,
    "addToList" character(1) NOT NULL,
    PRIMARY KEY ("nlId", "wikiPageName")
);
CREATE TABLE tiki.tiki_newsletter_subscriptions (
    "nlId" integer NOT NULL,
    email character varying(255) NOT NULL,
    code character varying(32),
    valid character(1),
    subscribed integer,
    "isUser" character(1) NOT NULL,
    included character(1) NOT NULL,
    PRIMARY KEY ("nlId", email, "isUser")
);
CREATE TABLE tiki.tiki_newsletters (
    "nlId" integer NOT NULL,
    name character varying(200),
    description text,
    created integer,
    "lastSent" integer,
    editions integer,
    users integer,
    "allowUserSub" character(1),
    "allowAnySub" character(1),
    "unsubMsg" character(1),
    "validateAddr" character(1),
    frequency integer,
    "allowTxt" character(1),
    author character varying(200),
    "allowArticleClip" character(1),
    "autoArticleClip" character(1),
    "articleClipTypes" text,
    "articleClipRange" integer,
    "emptyClipBlocksSend" character(1),
    PRIMARY KEY ("nlId")
);
CREATE TABLE tiki.tiki_oauthserver_clients (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    client_id character varying(128) NOT NULL,
    client_secret character varying(255) NOT NULL,
    redirect_uri character varying(255) NOT NULL,
    "user" character varying(200),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_object_attributes (
    "attributeId" integer NOT NULL,
    type character varying(50) NOT NULL,
    "itemId" character varying(160) NOT NULL,
    attribute character varying(70) NOT NULL,
    value character varying(255),
    comment character varying(255),
    PRIMARY KEY ("attributeId")
);
CREATE TABLE tiki.tiki_object_ratings (
    "catObjectId" integer NOT NULL,
    "pollId" integer NOT NULL,
    PRIMARY KEY ("catObjectId", "pollId")
);
CREATE TABLE tiki.tiki_object_relations (
    "relationId" integer NOT NULL,
    relation character varying(70) NOT NULL,
    source_type character varying(50) NOT NULL,
    "source_itemId" character varying(160) NOT NULL,
    target_type character varying(50) NOT NULL,
    "target_itemId" character varying(160) NOT NULL,
    PRIMARY KEY ("relationId")
);
CREATE TABLE tiki.tiki_object_scores (
    id bigint NOT NULL,
    "triggerObjectType" character varying(255) NOT NULL,
    "triggerObjectId" character varying(255) NOT NULL,
    "triggerUser" character varying(255) NOT NULL,
    "triggerEvent" character varying(255) NOT NULL,
    "ruleId" character varying(255) NOT NULL,
    "recipientObjectType" character varying(255) NOT NULL,
    "recipientObjectId" character varying(255) NOT NULL,
    "pointsAssigned" integer NOT NULL,
    "pointsBalance" integer NOT NULL,
    date integer NOT NULL,
    "reversalOf" bigint,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_objects (
    "objectId" integer NOT NULL,
    type character varying(50),
    "itemId" character varying(255),
    description text,
    created integer,
    name character varying(200),
    href character varying(256),
    hits integer,
    comments_locked character(1) NOT NULL,
    PRIMARY KEY ("objectId")
);
CREATE TABLE tiki.tiki_output (
    "entityId" character varying(160) NOT NULL,
    "objectType" character varying(32) NOT NULL,
    "outputType" character varying(32) NOT NULL,
    version integer NOT NULL,
    "outputId" integer NOT NULL,
    PRIMARY KEY ("outputId")
);
CREATE TABLE tiki.tiki_page_footnotes (
    "user" character varying(200) NOT NULL,
    "pageName" character varying(250) NOT NULL,
    data text,
    PRIMARY KEY ("user", "pageName")
);
CREATE TABLE tiki.tiki_page_references (
    ref_id integer NOT NULL,
    page_id integer,
    biblio_code character varying(50),
    author character varying(255),
    title character varying(255),
    part character varying(255),
    uri character varying(255),
    code character varying(255),
    year character varying(255),
    publisher character varying(255),
    location character varying(255),
    style character varying(30),
    template character varying(255),
    last_modified timestamp without time zone,
    PRIMARY KEY (ref_id)
);
CREATE TABLE tiki.tiki_pages (
    page_id integer NOT NULL,
    "pageName" character varying(160) NOT NULL,
    "pageSlug" character varying(160),
    hits integer,
    data text,
    description character varying(200),
    "lastModif" integer,
    comment character varying(255),
    version integer NOT NULL,
    version_minor integer NOT NULL,
    "user" character varying(200),
    ip character varying(39),
    flag character(1),
    points integer,
    votes integer,
    cache text,
    wiki_cache integer,
    cache_timestamp integer,
    "pageRank" numeric(4,3),
    creator character varying(200),
    page_size bigint,
    lang character varying(16),
    lockedby character varying(200),
    is_html smallint,
    created integer,
    wysiwyg character(1),
    wiki_authors_style character varying(20),
    comments_enabled character(1),
    keywords text,
    PRIMARY KEY (page_id)
);
CREATE TABLE tiki.tiki_pages_changes (
    page_id integer NOT NULL,
    version integer NOT NULL,
    segments_added integer,
    segments_removed integer,
    segments_total integer,
    PRIMARY KEY (page_id, version)
);
CREATE TABLE tiki.tiki_pages_translation_bits (
    translation_bit_id integer NOT NULL,
    page_id integer NOT NULL,
    version integer NOT NULL,
    source_translation_bit integer,
    original_translation_bit integer,
    flags text,
    PRIMARY KEY (translation_bit_id)
);
CREATE TABLE tiki.tiki_pageviews (
    day integer NOT NULL,
    pageviews integer,
    PRIMARY KEY (day)
);
CREATE TABLE tiki.tiki_password_blacklist (
    password character varying(30) NOT NULL,
    PRIMARY KEY (password)
);
CREATE TABLE tiki.tiki_payment_received (
    "paymentReceivedId" integer NOT NULL,
    "paymentRequestId" integer NOT NULL,
    payment_date timestamp without time zone,
    amount numeric(7,2),
    type character varying(15),
    status character varying(15) NOT NULL,
    details text,
    "userId" integer,
    PRIMARY KEY ("paymentReceivedId")
);
CREATE TABLE tiki.tiki_payment_requests (
    "paymentRequestId" integer NOT NULL,
    amount numeric(7,2) NOT NULL,
    amount_paid numeric(7,2) NOT NULL,
    currency character(3) NOT NULL,
    request_date timestamp without time zone NOT NULL,
    due_date timestamp without time zone,
    authorized_until timestamp without time zone,
    cancel_date timestamp without time zone,
    description character varying(100) NOT NULL,
    actions text,
    detail text,
    "userId" integer,
    PRIMARY KEY ("paymentRequestId")
);
CREATE TABLE tiki.tiki_performance (
    id integer NOT NULL,
    url character varying(255) NOT NULL,
    time_taken integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_perspective_preferences (
    "perspectiveId" integer NOT NULL,
    pref character varying(40) NOT NULL,
    value text,
    PRIMARY KEY ("perspectiveId", pref)
);
CREATE TABLE tiki.tiki_perspectives (
    "perspectiveId" integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY ("perspectiveId")
);
CREATE TABLE tiki.tiki_plugin_security (
    fingerprint character varying(200) NOT NULL,
    status character varying(10) NOT NULL,
    added_by character varying(200),
    approval_by character varying(200),
    last_update timestamp without time zone NOT NULL,
    "last_objectType" character varying(20) NOT NULL,
    "last_objectId" character varying(200) NOT NULL,
    PRIMARY KEY (fingerprint)
);
CREATE TABLE tiki.tiki_poll_objects (
    "catObjectId" integer NOT NULL,
    "pollId" integer NOT NULL,
    title character varying(255),
    PRIMARY KEY ("catObjectId", "pollId")
);
CREATE TABLE tiki.tiki_poll_options (
    "pollId" integer NOT NULL,
    "optionId" integer NOT NULL,
    title character varying(200),
    position integer NOT NULL,
    votes integer,
    PRIMARY KEY ("optionId")
);
CREATE TABLE tiki.tiki_polls (
    "pollId" integer NOT NULL,
    title character varying(200),
    votes integer,
    active character(1),
    "publishDate" integer,
    "voteConsiderationSpan" integer,
    PRIMARY KEY ("pollId")
);
CREATE TABLE tiki.tiki_preferences (
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (name)
);
CREATE TABLE tiki.tiki_private_messages (
    "messageId" integer NOT NULL,
    "toNickname" character varying(200) NOT NULL,
    poster character varying(200) NOT NULL,
    timestamp integer,
    received smallint NOT NULL,
    message character varying(255),
    PRIMARY KEY ("messageId")
);
CREATE TABLE tiki.tiki_profile_symbols (
    domain character varying(50) NOT NULL,
    profile character varying(100) NOT NULL,
    object character varying(150) NOT NULL,
    type character varying(20) NOT NULL,
    value character varying(160) NOT NULL,
    named text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    PRIMARY KEY (domain, profile, object)
);
CREATE TABLE tiki.tiki_programmed_content (
    "pId" integer NOT NULL,
    "contentId" integer NOT NULL,
    content_type character varying(20) NOT NULL,
    "publishDate" integer NOT NULL,
    data text,
    PRIMARY KEY ("pId")
);
CREATE TABLE tiki.tiki_queue (
    "entryId" integer NOT NULL,
    queue character varying(25) NOT NULL,
    timestamp integer NOT NULL,
    handler character varying(64),
    message text NOT NULL,
    PRIMARY KEY ("entryId")
);
CREATE TABLE tiki.tiki_quiz_question_options (
    "optionId" integer NOT NULL,
    "questionId" integer,
    "optionText" text,
    points integer,
    PRIMARY KEY ("optionId")
);
CREATE TABLE tiki.tiki_quiz_questions (
    "questionId" integer NOT NULL,
    "quizId" integer,
    question text,
    position integer,
    type character(1),
    "maxPoints" integer,
    PRIMARY KEY ("questionId")
);
CREATE TABLE tiki.tiki_quiz_results (
    "resultId" integer NOT NULL,
    "quizId" integer,
    "fromPoints" integer,
    "toPoints" integer,
    answer text,
    PRIMARY KEY ("resultId")
);
CREATE TABLE tiki.tiki_quiz_stats (
    "quizId" integer NOT NULL,
    "questionId" integer NOT NULL,
    "optionId" integer NOT NULL,
    votes integer,
    PRIMARY KEY ("quizId", "questionId", "optionId")
);
CREATE TABLE tiki.tiki_quiz_stats_sum (
    "quizId" integer NOT NULL,
    "quizName" character varying(255),
    "timesTaken" integer,
    avgpoints numeric(5,2),
    avgavg numeric(5,2),
    avgtime numeric(5,2),
    PRIMARY KEY ("quizId")
);
CREATE TABLE tiki.tiki_quizzes (
    "quizId" integer NOT NULL,
    name character varying(255),
    description text,
    "canRepeat" character(1),
    "storeResults" character(1),
    "questionsPerPage" integer,
    "timeLimited" character(1),
    "timeLimit" integer,
    created integer,
    taken integer,
    "immediateFeedback" character(1),
    "showAnswers" character(1),
    "shuffleQuestions" character(1),
    "shuffleAnswers" character(1),
    "publishDate" integer,
    "expireDate" integer,
    "bDeleted" character(1),
    "nAuthor" integer,
    "bOnline" character(1),
    "bRandomQuestions" character(1),
    "nRandomQuestions" smallint,
    "bLimitQuestionsPerPage" character(1),
    "nLimitQuestionsPerPage" smallint,
    "bMultiSession" character(1),
    "nCanRepeat" smallint,
    "sGradingMethod" character varying(80),
    "sShowScore" character varying(80),
    "sShowCorrectAnswers" character varying(80),
    "sPublishStats" character varying(80),
    "bAdditionalQuestions" character(1),
    "bForum" character(1),
    "sForum" character varying(80),
    "sPrologue" text,
    "sData" text,
    "sEpilogue" text,
    passingperct integer,
    PRIMARY KEY ("quizId")
);
CREATE TABLE tiki.tiki_rating_configs (
    "ratingConfigId" integer NOT NULL,
    name character varying(50) NOT NULL,
    expiry integer NOT NULL,
    formula text NOT NULL,
    callbacks text,
    PRIMARY KEY ("ratingConfigId")
);
CREATE TABLE tiki.tiki_rating_obtained (
    "ratingId" integer NOT NULL,
    "ratingConfigId" integer NOT NULL,
    type character varying(50) NOT NULL,
    object integer NOT NULL,
    expire integer NOT NULL,
    value real NOT NULL,
    PRIMARY KEY ("ratingId")
);
CREATE TABLE tiki.tiki_received_articles (
    "receivedArticleId" integer NOT NULL,
    "receivedFromSite" character varying(200),
    "receivedFromUser" character varying(200),
    "receivedDate" integer,
    title character varying(80),
    "authorName" character varying(60),
    size integer,
    "useImage" character(1),
    image_name character varying(80),
    image_type character varying(80),
    image_size integer,
    image_x integer,
    image_y integer,
    image_data bytea,
    "publishDate" integer,
    "expireDate" integer,
    created integer,
    heading text,
    body bytea,
    hash character varying(32),
    author character varying(200),
    type character varying(50),
    rating numeric(3,2),
    PRIMARY KEY ("receivedArticleId")
);
CREATE TABLE tiki.tiki_received_pages (
    "receivedPageId" integer NOT NULL,
    "pageName" character varying(160) NOT NULL,
    data bytea,
    description character varying(200),
    comment character varying(200),
    "receivedFromSite" character varying(200),
    "receivedFromUser" character varying(200),
    "receivedDate" integer,
    parent character varying(255),
    position smallint,
    alias character varying(255),
    "structureName" character varying(250),
    "parentName" character varying(250),
    page_alias character varying(250),
    pos integer,
    PRIMARY KEY ("receivedPageId")
);
CREATE TABLE tiki.tiki_referer_stats (
    referer character varying(255) NOT NULL,
    hits integer,
    last integer,
    lasturl text,
    PRIMARY KEY (referer)
);
CREATE TABLE tiki.tiki_registration_fields (
    id integer NOT NULL,
    field character varying(255) NOT NULL,
    name character varying(255),
    type character varying(255) NOT NULL,
    show smallint NOT NULL,
    size character varying(10),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_related_categories (
    "categId" integer NOT NULL,
    "relatedTo" integer NOT NULL,
    PRIMARY KEY ("categId", "relatedTo")
);
CREATE TABLE tiki.tiki_rss_feeds (
    name character varying(60) NOT NULL,
    "rssVer" character(1) NOT NULL,
    refresh integer,
    "lastUpdated" integer,
    cache bytea,
    PRIMARY KEY (name, "rssVer")
);
CREATE TABLE tiki.tiki_rss_items (
    "rssItemId" integer NOT NULL,
    "rssId" integer NOT NULL,
    guid character varying(255) NOT NULL,
    url text NOT NULL,
    publication_date bigint NOT NULL,
    title character varying(255) NOT NULL,
    author character varying(255),
    description text,
    content text,
    categories text,
    PRIMARY KEY ("rssItemId")
);
CREATE TABLE tiki.tiki_rss_modules (
    "rssId" integer NOT NULL,
    name character varying(30) NOT NULL,
    description text,
    url character varying(255) NOT NULL,
    refresh integer,
    "lastUpdated" integer,
    "showTitle" character(1),
    "showPubDate" character(1),
    sitetitle character varying(255),
    siteurl character varying(255),
    actions text,
    PRIMARY KEY ("rssId")
);
CREATE TABLE tiki.tiki_scheduler (
    id integer NOT NULL,
    name character varying(255),
    description character varying(255),
    task character varying(255),
    params text,
    run_time character varying(255),
    status character varying(10),
    re_run smallint,
    run_only_once smallint,
    creation_date integer,
    user_run_now character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_scheduler_run (
    id integer NOT NULL,
    scheduler_id integer NOT NULL,
    start_time integer,
    end_time integer,
    status character varying(10),
    output text,
    stalled smallint,
    healed smallint,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_schema (
    patch_name character varying(100) NOT NULL,
    install_date timestamp without time zone,
    PRIMARY KEY (patch_name)
);
CREATE TABLE tiki.tiki_score (
    event character varying(255) NOT NULL,
    data text,
    "reversalEvent" character varying(255),
    PRIMARY KEY (event)
);
CREATE TABLE tiki.tiki_search_queries (
    "queryId" integer NOT NULL,
    "userId" integer NOT NULL,
    "lastModif" integer,
    label character varying(100) NOT NULL,
    priority character varying(15) NOT NULL,
    query bytea,
    description text,
    PRIMARY KEY ("queryId")
);
CREATE TABLE tiki.tiki_search_stats (
    term character varying(50) NOT NULL,
    hits integer,
    PRIMARY KEY (term)
);
CREATE TABLE tiki.tiki_secdb (
    md5_value character varying(32) NOT NULL,
    filename character varying(250) NOT NULL,
    tiki_version character varying(60) NOT NULL,
    severity integer NOT NULL,
    PRIMARY KEY (filename, tiki_version)
);
CREATE TABLE tiki.tiki_sefurl_regex_out (
    id integer NOT NULL,
    "left" character varying(256) NOT NULL,
    "right" character varying(256),
    type character varying(32),
    silent character(1),
    feature character varying(256),
    comment character varying(256),
    "order" integer,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_semantic_tokens (
    token character varying(15) NOT NULL,
    label character varying(25) NOT NULL,
    invert_token character varying(15),
    PRIMARY KEY (token)
);
CREATE TABLE tiki.tiki_semaphores (
    "semName" character varying(250) NOT NULL,
    "objectType" character varying(20),
    "user" character varying(200) NOT NULL,
    timestamp integer,
    value character varying(255),
    PRIMARY KEY ("semName")
);
CREATE TABLE tiki.tiki_sent_newsletters (
    "editionId" integer NOT NULL,
    "nlId" integer NOT NULL,
    users integer,
    sent integer,
    subject character varying(200),
    data bytea,
    datatxt bytea,
    wysiwyg character(1),
    is_html character varying(2),
    PRIMARY KEY ("editionId")
);
CREATE TABLE tiki.tiki_sent_newsletters_errors (
    "editionId" integer,
    email character varying(255),
    login character varying(40),
    error character(1)
);
CREATE TABLE tiki.tiki_sent_newsletters_files (
    id integer NOT NULL,
    "editionId" integer NOT NULL,
    name character varying(256) NOT NULL,
    type character varying(64) NOT NULL,
    size integer NOT NULL,
    filename character varying(256) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_sessions (
    "sessionId" character varying(32) NOT NULL,
    "user" character varying(200),
    timestamp integer,
    tikihost character varying(200),
    PRIMARY KEY ("sessionId")
);
CREATE TABLE tiki.tiki_sheet_layout (
    "sheetId" integer NOT NULL,
    begin integer NOT NULL,
    "end" integer,
    "headerRow" integer NOT NULL,
    "footerRow" integer NOT NULL,
    "className" character varying(64),
    "parseValues" character(1) NOT NULL,
    "clonedSheetId" integer,
    metadata bytea
);
CREATE TABLE tiki.tiki_sheet_values (
    "sheetId" integer NOT NULL,
    begin integer NOT NULL,
    "end" integer,
    "rowIndex" integer NOT NULL,
    "columnIndex" integer NOT NULL,
    value character varying(255),
    calculation character varying(255),
    width integer NOT NULL,
    height integer NOT NULL,
    format character varying(255),
    "user" character varying(200),
    style character varying(255),
    class character varying(255),
    "clonedSheetId" integer
);
CREATE TABLE tiki.tiki_sheets (
    "sheetId" integer NOT NULL,
    title character varying(200) NOT NULL,
    description text,
    author character varying(200) NOT NULL,
    "parentSheetId" integer,
    "clonedSheetId" integer,
    PRIMARY KEY ("sheetId")
);
CREATE TABLE tiki.tiki_shoutbox (
    "msgId" integer NOT NULL,
    message character varying(255),
    timestamp integer,
    "user" character varying(200),
    hash character varying(32),
    "tweetId" numeric(20,0) NOT NULL,
    PRIMARY KEY ("msgId")
);
CREATE TABLE tiki.tiki_shoutbox_words (
    word character varying(40) NOT NULL,
    qty integer NOT NULL,
    PRIMARY KEY (word)
);
CREATE TABLE tiki.tiki_source_auth (
    identifier character varying(50) NOT NULL,
    scheme character varying(20) NOT NULL,
    domain character varying(200) NOT NULL,
    path character varying(200) NOT NULL,
    method character varying(20) NOT NULL,
    arguments text NOT NULL,
    PRIMARY KEY (identifier)
);
CREATE TABLE tiki.tiki_stats (
    object character varying(255) NOT NULL,
    type character varying(20) NOT NULL,
    day integer NOT NULL,
    hits integer NOT NULL,
    PRIMARY KEY (object, type, day)
);
CREATE TABLE tiki.tiki_structure_versions (
    structure_id integer NOT NULL,
    version integer,
    PRIMARY KEY (structure_id)
);
CREATE TABLE tiki.tiki_structures (
    page_ref_id integer NOT NULL,
    structure_id integer NOT NULL,
    parent_id integer,
    page_id integer NOT NULL,
    page_version integer,
    page_alias character varying(240),
    pos integer,
    PRIMARY KEY (page_ref_id)
);
CREATE TABLE tiki.tiki_submissions (
    "subId" integer NOT NULL,
    topline character varying(255),
    title character varying(255),
    subtitle character varying(255),
    linkto character varying(255),
    lang character varying(16),
    "authorName" character varying(60),
    "topicId" integer,
    "topicName" character varying(40),
    size integer,
    "useImage" character(1),
    image_name character varying(80),
    image_caption text,
    image_type character varying(80),
    image_size integer,
    image_x integer,
    image_y integer,
    image_data bytea,
    "publishDate" integer,
    "expireDate" integer,
    created integer,
    bibliographical_references text,
    resume text,
    heading text,
    body text,
    author character varying(200),
    nbreads integer,
    votes integer,
    points integer,
    type character varying(50),
    rating numeric(3,2),
    isfloat character(1),
    PRIMARY KEY ("subId")
);
CREATE TABLE tiki.tiki_suggested_faq_questions (
    "sfqId" integer NOT NULL,
    "faqId" integer NOT NULL,
    question text,
    answer text,
    created integer,
    "user" character varying(200) NOT NULL,
    PRIMARY KEY ("sfqId")
);
CREATE TABLE tiki.tiki_survey_question_options (
    "optionId" integer NOT NULL,
    "questionId" integer NOT NULL,
    qoption text,
    votes integer,
    PRIMARY KEY ("optionId")
);
CREATE TABLE tiki.tiki_survey_questions (
    "questionId" integer NOT NULL,
    "surveyId" integer NOT NULL,
    question text,
    options text,
    type character(1),
    position integer,
    votes integer,
    value integer,
    average numeric(4,2),
    mandatory character(1) NOT NULL,
    max_answers integer NOT NULL,
    min_answers integer NOT NULL,
    PRIMARY KEY ("questionId")
);
CREATE TABLE tiki.tiki_surveys (
    "surveyId" integer NOT NULL,
    name character varying(200),
    description text,
    taken integer,
    "lastTaken" integer,
    created integer,
    status character(1),
    PRIMARY KEY ("surveyId")
);
CREATE TABLE tiki.tiki_tabular_formats (
    "tabularId" integer NOT NULL,
    "trackerId" integer NOT NULL,
    name character varying(255) NOT NULL,
    format_descriptor text,
    filter_descriptor text,
    config text,
    odbc_config text,
    PRIMARY KEY ("tabularId")
);
CREATE TABLE tiki.tiki_tags (
    "tagName" character varying(80) NOT NULL,
    "pageName" character varying(160) NOT NULL,
    hits integer,
    description character varying(200),
    data bytea,
    "lastModif" integer,
    comment character varying(200),
    version integer NOT NULL,
    "user" character varying(200) NOT NULL,
    ip character varying(39),
    flag character(1),
    PRIMARY KEY ("tagName", "pageName")
);
CREATE TABLE tiki.tiki_theme_control_categs (
    "categId" integer NOT NULL,
    theme character varying(250) NOT NULL,
    PRIMARY KEY ("categId")
);
CREATE TABLE tiki.tiki_theme_control_objects (
    "objId" character varying(250) NOT NULL,
    type character varying(250) NOT NULL,
    name character varying(250) NOT NULL,
    theme character varying(250) NOT NULL,
    PRIMARY KEY ("objId", type)
);
CREATE TABLE tiki.tiki_theme_control_sections (
    section character varying(250) NOT NULL,
    theme character varying(250) NOT NULL,
    PRIMARY KEY (section)
);
CREATE TABLE tiki.tiki_todo (
    "todoId" integer NOT NULL,
    after integer NOT NULL,
    event character varying(50) NOT NULL,
    "objectType" character varying(50),
    "objectId" character varying(255),
    "from" character varying(255),
    "to" character varying(255),
    PRIMARY KEY ("todoId")
);
CREATE TABLE tiki.tiki_todo_notif (
    "todoId" integer NOT NULL,
    "objectType" character varying(50),
    "objectId" character varying(255)
);
CREATE TABLE tiki.tiki_topics (
    "topicId" integer NOT NULL,
    name character varying(40),
    image_name character varying(80),
    image_type character varying(80),
    image_size integer,
    image_data bytea,
    active character(1),
    created integer,
    PRIMARY KEY ("topicId")
);
CREATE TABLE tiki.tiki_tracker_fields (
    "fieldId" integer NOT NULL,
    "trackerId" integer NOT NULL,
    name character varying(255),
    "permName" character varying(100),
    options text,
    type character varying(15),
    "isMain" character(1),
    "isTblVisible" character(1),
    position integer,
    "isSearchable" character(1) NOT NULL,
    "isPublic" character(1) NOT NULL,
    "isHidden" character(1) NOT NULL,
    "isMandatory" character(1) NOT NULL,
    description text,
    "isMultilingual" character(1),
    "itemChoices" text,
    "errorMsg" text,
    "visibleBy" text,
    "editableBy" text,
    "descriptionIsParsed" character(1),
    validation character varying(255),
    "validationParam" character varying(255),
    "validationMessage" character varying(255),
    rules text,
    "encryptionKeyId" integer,
    PRIMARY KEY ("fieldId")
);
CREATE TABLE tiki.tiki_tracker_item_attachments (
    "attId" integer NOT NULL,
    "itemId" integer NOT NULL,
    filename character varying(80),
    filetype character varying(80),
    filesize integer,
    "user" character varying(200),
    data bytea,
    path character varying(255),
    hits integer,
    created integer,
    comment character varying(250),
    longdesc bytea,
    version character varying(40),
    PRIMARY KEY ("attId")
);
CREATE TABLE tiki.tiki_tracker_item_field_logs (
    version integer NOT NULL,
    "itemId" integer NOT NULL,
    "fieldId" integer NOT NULL,
    value text
);
CREATE TABLE tiki.tiki_tracker_item_fields (
    "itemId" integer NOT NULL,
    "fieldId" integer NOT NULL,
    value text,
    PRIMARY KEY ("itemId", "fieldId")
);
CREATE TABLE tiki.tiki_tracker_items (
    "itemId" integer NOT NULL,
    "trackerId" integer NOT NULL,
    created integer,
    "createdBy" character varying(200),
    status character(1),
    "lastModif" integer,
    "lastModifBy" character varying(200),
    PRIMARY KEY ("itemId")
);
CREATE TABLE tiki.tiki_tracker_options (
    "trackerId" integer NOT NULL,
    name character varying(80) NOT NULL,
    value text,
    PRIMARY KEY ("trackerId", name)
);
CREATE TABLE tiki.tiki_trackers (
    "trackerId" integer NOT NULL,
    name character varying(255),
    description text,
    "descriptionIsParsed" character varying(1),
    created integer,
    "lastModif" integer,
    items integer,
    PRIMARY KEY ("trackerId")
);
CREATE TABLE tiki.tiki_transitions (
    "transitionId" integer NOT NULL,
    preserve integer NOT NULL,
    name character varying(50),
    type character varying(20) NOT NULL,
    "from" character varying(255) NOT NULL,
    "to" character varying(255) NOT NULL,
    guards text,
    PRIMARY KEY ("transitionId")
);
CREATE TABLE tiki.tiki_translated_objects (
    "traId" integer NOT NULL,
    type character varying(50) NOT NULL,
    "objId" character varying(255) NOT NULL,
    lang character varying(16),
    PRIMARY KEY (type, "objId")
);
CREATE TABLE tiki.tiki_translations_in_progress (
    page_id integer NOT NULL,
    language character(2) NOT NULL
);
CREATE TABLE tiki.tiki_untranslated (
    id integer NOT NULL,
    source bytea NOT NULL,
    lang character(16) NOT NULL,
    PRIMARY KEY (source, lang)
);
CREATE TABLE tiki.tiki_url_shortener (
    "urlId" bigint NOT NULL,
    "user" character varying(200) NOT NULL,
    longurl text NOT NULL,
    longurl_hash character varying(32) NOT NULL,
    service character varying(32) NOT NULL,
    shorturl character varying(63) NOT NULL,
    PRIMARY KEY ("urlId")
);
CREATE TABLE tiki.tiki_user_answers (
    "userResultId" integer NOT NULL,
    "quizId" integer NOT NULL,
    "questionId" integer NOT NULL,
    "optionId" integer NOT NULL,
    PRIMARY KEY ("userResultId", "quizId", "questionId", "optionId")
);
CREATE TABLE tiki.tiki_user_answers_uploads (
    "answerUploadId" integer NOT NULL,
    "userResultId" integer NOT NULL,
    "questionId" integer NOT NULL,
    filename character varying(255) NOT NULL,
    filetype character varying(64) NOT NULL,
    filesize character varying(255) NOT NULL,
    filecontent bytea NOT NULL,
    PRIMARY KEY ("answerUploadId")
);
CREATE TABLE tiki.tiki_user_assigned_modules (
    "moduleId" integer NOT NULL,
    name character varying(200) NOT NULL,
    position character varying(20) NOT NULL,
    ord integer NOT NULL,
    type character(1),
    "user" character varying(200) NOT NULL,
    PRIMARY KEY (name, "user", position, ord)
);
CREATE TABLE tiki.tiki_user_bookmarks_folders (
    "folderId" integer NOT NULL,
    "parentId" integer,
    "user" character varying(200) NOT NULL,
    name character varying(30),
    PRIMARY KEY ("user", "folderId")
);
CREATE TABLE tiki.tiki_user_bookmarks_urls (
    "urlId" integer NOT NULL,
    name character varying(200),
    url character varying(250),
    data bytea,
    "lastUpdated" integer,
    "folderId" integer NOT NULL,
    "user" character varying(200) NOT NULL,
    PRIMARY KEY ("urlId")
);
CREATE TABLE tiki.tiki_user_login_cookies (
    "userId" integer NOT NULL,
    secret character(64) NOT NULL,
    expiration timestamp without time zone,
    PRIMARY KEY ("userId", secret)
);
CREATE TABLE tiki.tiki_user_mailin_struct (
    mailin_struct_id integer NOT NULL,
    username character varying(200) NOT NULL,
    subj_pattern character varying(255),
    body_pattern character varying(255),
    structure_id integer NOT NULL,
    page_id integer,
    is_active character(1),
    PRIMARY KEY (mailin_struct_id)
);
CREATE TABLE tiki.tiki_user_menus (
    "user" character varying(200) NOT NULL,
    "menuId" integer NOT NULL,
    url character varying(250),
    name character varying(40),
    position integer,
    mode character(1),
    PRIMARY KEY ("menuId")
);
CREATE TABLE tiki.tiki_user_modules (
    name character varying(200) NOT NULL,
    title character varying(40),
    data bytea,
    parse character(1),
    status character varying(60),
    PRIMARY KEY (name)
);
CREATE TABLE tiki.tiki_user_monitors (
    "monitorId" integer NOT NULL,
    "userId" integer NOT NULL,
    event character varying(50) NOT NULL,
    priority character varying(10) NOT NULL,
    target character varying(25) NOT NULL,
    PRIMARY KEY ("monitorId")
);
CREATE TABLE tiki.tiki_user_notes (
    "user" character varying(200) NOT NULL,
    "noteId" integer NOT NULL,
    created integer,
    name character varying(255),
    "lastModif" integer,
    data bytea,
    size integer,
    parse_mode character varying(20),
    PRIMARY KEY ("noteId")
);
CREATE TABLE tiki.tiki_user_postings (
    "user" character varying(200) NOT NULL,
    posts integer,
    last integer,
    first integer,
    level integer,
    PRIMARY KEY ("user")
);
CREATE TABLE tiki.tiki_user_preferences (
    "user" character varying(200) NOT NULL,
    "prefName" character varying(40) NOT NULL,
    value text,
    PRIMARY KEY ("user", "prefName")
);
CREATE TABLE tiki.tiki_user_quizzes (
    "user" character varying(200),
    "quizId" integer,
    timestamp integer,
    "timeTaken" integer,
    points integer,
    "maxPoints" integer,
    "resultId" integer,
    "userResultId" integer NOT NULL,
    PRIMARY KEY ("userResultId")
);
CREATE TABLE tiki.tiki_user_reports (
    id integer NOT NULL,
    "user" character varying(200) NOT NULL,
    interval character varying(20) NOT NULL,
    view character varying(8) NOT NULL,
    type character varying(5) NOT NULL,
    always_email smallint NOT NULL,
    last_report timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_user_reports_cache (
    id integer NOT NULL,
    "user" character varying(200) NOT NULL,
    event character varying(200) NOT NULL,
    data text NOT NULL,
    time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE tiki.tiki_user_taken_quizzes (
    "user" character varying(200) NOT NULL,
    "quizId" character varying(255) NOT NULL,
    PRIMARY KEY ("user", "quizId")
);
CREATE TABLE tiki.tiki_user_tasks (
    "taskId" integer NOT NULL,
    last_version integer NOT NULL,
    "user" character varying(200) NOT NULL,
    creator character varying(200) NOT NULL,
    public_for_group character varying(30),
    rights_by_creator character(1),
    created integer NOT NULL,
    status character(1),
    priority integer,
    completed integer,
    percentage integer,
    PRIMARY KEY ("taskId")
);
CREATE TABLE tiki.tiki_user_tasks_history (
    belongs_to integer NOT NULL,
    task_version integer NOT NULL,
    title character varying(250) NOT NULL,
    description text,
    start integer,
    "end" integer,
    lasteditor character varying(200) NOT NULL,
    lastchanges integer NOT NULL,
    priority integer NOT NULL,
    completed integer,
    deleted integer,
    status character(1),
    percentage integer,
    accepted_creator character(1),
    accepted_user character(1),
    PRIMARY KEY (belongs_to, task_version)
);
CREATE TABLE tiki.tiki_user_votings (
    "user" character varying(200) NOT NULL,
    ip character varying(39),
    id character varying(255) NOT NULL,
    "optionId" integer NOT NULL,
    time integer NOT NULL
);
CREATE TABLE tiki.tiki_user_watches (
    "watchId" integer NOT NULL,
    "user" character varying(200) NOT NULL,
    event character varying(40) NOT NULL,
    object character varying(200) NOT NULL,
    title character varying(250),
    type character varying(200),
    url character varying(250),
    email character varying(200),
    PRIMARY KEY ("watchId")
);
CREATE TABLE tiki.tiki_userfiles (
    "user" character varying(200) NOT NULL,
    "fileId" integer NOT NULL,
    name character varying(200),
    filename character varying(200),
    filetype character varying(200),
    filesize character varying(200),
    data bytea,
    hits integer,
    "isFile" character(1),
    path character varying(255),
    created integer,
    PRIMARY KEY ("fileId")
);
CREATE TABLE tiki.tiki_userpoints (
    "user" character varying(200) NOT NULL,
    points numeric(8,2),
    voted integer
);
CREATE TABLE tiki.tiki_webmail_contacts (
    "contactId" integer NOT NULL,
    "firstName" character varying(80),
    "lastName" character varying(80),
    email character varying(250),
    nickname character varying(200),
    "user" character varying(200) NOT NULL,
    uri character varying(200),
    PRIMARY KEY ("contactId")
);
CREATE TABLE tiki.tiki_webmail_contacts_ext (
    "contactId" integer NOT NULL,
    value character varying(255) NOT NULL,
    hidden smallint NOT NULL,
    "fieldId" bigint NOT NULL
);
CREATE TABLE tiki.tiki_webmail_contacts_fields (
    "user" character varying(200) NOT NULL,
    fieldname character varying(255) NOT NULL,
    "order" integer NOT NULL,
    show character(1) NOT NULL,
    "fieldId" bigint NOT NULL,
    "flagsPublic" character(1) NOT NULL,
    PRIMARY KEY ("fieldId")
);
CREATE TABLE tiki.tiki_webmail_contacts_groups (
    "contactId" integer NOT NULL,
    "groupName" character varying(255) NOT NULL,
    PRIMARY KEY ("contactId", "groupName")
);
CREATE TABLE tiki.tiki_webservice (
    service character varying(25) NOT NULL,
    url character varying(250),
    wstype character(4),
    operation character varying(250),
    body text,
    schema_version character varying(5),
    schema_documentation character varying(250),
    PRIMARY KEY (service)
);
CREATE TABLE tiki.tiki_webservice_template (
    service character varying(25) NOT NULL,
    template character varying(25) NOT NULL,
    engine character varying(15) NOT NULL,
    output character varying(15) NOT NULL,
    content text NOT NULL,
    last_modif integer,
    PRIMARY KEY (service, template)
);
CREATE TABLE tiki.tiki_wiki_attachments (
    "attId" integer NOT NULL,
    page character varying(200) NOT NULL,
    filename character varying(255),
    filetype character varying(80),
    filesize integer,
    "user" character varying(200),
    data bytea,
    path character varying(255),
    hits integer,
    created integer,
    comment character varying(250),
    PRIMARY KEY ("attId")
);
CREATE TABLE tiki.tiki_workspace_templates (
    "templateId" integer NOT NULL,
    name character varying(50),
    definition text,
    is_advanced character(1) NOT NULL,
    PRIMARY KEY ("templateId")
);
CREATE TABLE tiki.tiki_zones (
    zone character varying(40) NOT NULL,
    PRIMARY KEY (zone)
);
CREATE TABLE tiki.users_grouppermissions (
    "groupName" character varying(255) NOT NULL,
    "permName" character varying(40) NOT NULL,
    value character(1),
    PRIMARY KEY ("groupName", "permName")
);
CREATE TABLE tiki.users_groups (
    id integer NOT NULL,
    "groupName" character varying(255) NOT NULL,
    "groupDesc" character varying(255),
    "groupHome" character varying(255),
    "usersTrackerId" integer,
    "groupTrackerId" integer,
    "usersFieldId" integer,
    "groupFieldId" integer,
    "registrationChoice" character(1),
    "registrationUsersFieldIds" text,
    "userChoice" character(1),
    "groupDefCat" integer,
    "groupTheme" character varying(255),
    "groupColor" character varying(20) NOT NULL,
    "isExternal" character(1),
    "expireAfter" integer,
    "emailPattern" character varying(255),
    anniversary character(4),
    "prorateInterval" character varying(255),
    "isRole" character(1),
    "isTplGroup" character(1),
    PRIMARY KEY (id)
);
CREATE TABLE tiki.users_objectpermissions (
    "groupName" character varying(255) NOT NULL,
    "permName" character varying(40) NOT NULL,
    "objectType" character varying(20) NOT NULL,
    "objectId" character varying(32) NOT NULL,
    PRIMARY KEY ("objectId", "objectType", "groupName", "permName")
);
CREATE TABLE tiki.users_permissions (
    "permName" character varying(40) NOT NULL,
    level character varying(80),
    PRIMARY KEY ("permName")
);
CREATE TABLE tiki.users_usergroups (
    "userId" integer NOT NULL,
    "groupName" character varying(255) NOT NULL,
    created integer,
    expire integer,
    PRIMARY KEY ("userId", "groupName")
);
CREATE TABLE tiki.users_users (
    "userId" integer NOT NULL,
    email character varying(200),
    login character varying(200) NOT NULL,
    provpass character varying(30),
    default_group character varying(255),
    "lastLogin" integer,
    "currentLogin" integer,
    "registrationDate" integer,
    pass_confirm integer,
    email_confirm integer,
    hash character varying(60),
    created integer,
    "avatarName" character varying(80),
    "avatarSize" integer,
    "avatarFileType" character varying(250),
    "avatarData" bytea,
    "avatarLibName" character varying(200),
    "avatarType" character(1),
    valid character varying(32),
    unsuccessful_logins integer,
    openid_url character varying(255),
    waiting character(1),
    "twoFactorSecret" character varying(16),
    PRIMARY KEY ("userId")
);
COMMENT ON COLUMN tiki.tiki_calendar_instances.access IS '1 = owner, 2 = read, 3 = readwrite';
COMMENT ON COLUMN tiki.tiki_calendar_instances.share_invite_status IS '1 = noresponse, 2 = accepted, 3 = declined, 4 = invalid';
COMMENT ON COLUMN tiki.tiki_language.general IS 'true if this translation is general and can be contributed to the Tiki community, false if it is specific to this instance';
