-- Monica, the open-source personal relationship manager (a personal CRM: contacts with their addresses and places,
-- contact fields such as phone numbers and e-mail addresses and their types, tags, companies and occupations,
-- relationships between contacts and their types and groups, activities and their types and categories, calls and the
-- emotions felt during them, conversations and their messages, notes, tasks, reminders and the reminders sent, special
-- dates such as birthdays, life events and their types and categories, gifts, debts, pets, documents and photos, the
-- daily mood journal (days) and journal entries, users, accounts and their subscriptions, imports, invitations, audit
-- logs and the OAuth tables), as of May 2020 (Monica 2.x), as its MySQL schema dump for tests declares it:
-- scripts/database.test.sql of github.com/monicahq/monica, branch 4.x (file last changed at commit e577a3b, 2020-05-21;
-- branch head 32028ce; AGPL-3.0; we use the schema's facts). Its CREATE TABLE statements were turned into PostgreSQL by
-- a one-off script: all 90 tables, their primary keys (79 tables; activity_contact, address_contact_field_label, cache,
-- contact_field_contact_field_label, contact_photo, contact_tag, emotion_activity, emotion_call, password_resets,
-- sessions and term_user have none in the source) and the 139 foreign keys the dump declares (every one points at a
-- primary key), schema monica; int unsigned and bigint unsigned -> bigint, int -> integer, tinyint(1) -> boolean,
-- tinyint unsigned -> smallint, varchar(n) -> character varying(n), char(n) -> character(n), text/mediumtext/longtext
-- -> text, datetime/timestamp -> timestamp, double -> double precision; the camel-case columns of u2f_key and
-- webauthn_keys (keyHandle, publicKey, credentialId, ...) keep their case (quoted). Left out: auto-increment, defaults,
-- collations, ON DELETE actions, indexes and unique keys (no foreign key points at one) and the dump's session
-- settings; the dump declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS monica;
CREATE TABLE monica.accounts (
    id bigint NOT NULL,
    has_access_to_paid_version_for_free boolean NOT NULL,
    api_key character varying(255) NOT NULL,
    number_of_invitations_sent integer,
    default_time_reminder_is_sent character varying(255) NOT NULL,
    default_gender_id bigint,
    stripe_id character varying(255),
    card_brand character varying(255),
    card_last_four character varying(4),
    trial_ends_at timestamp without time zone,
    legacy_free_plan_unlimited_contacts boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.activities (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    activity_type_id bigint,
    summary character varying(255) NOT NULL,
    description text,
    happened_at date NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.activity_contact (
    activity_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    account_id bigint NOT NULL
);
CREATE TABLE monica.activity_statistics (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    year integer NOT NULL,
    count integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.activity_type_categories (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255),
    translation_key character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.activity_types (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    activity_type_category_id bigint NOT NULL,
    name character varying(255),
    translation_key character varying(255),
    location_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.address_contact_field_label (
    contact_field_label_id bigint NOT NULL,
    address_id bigint NOT NULL,
    account_id bigint NOT NULL
);
CREATE TABLE monica.addresses (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    place_id bigint,
    contact_id bigint NOT NULL,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.api_usage (
    id bigint NOT NULL,
    url character varying(255) NOT NULL,
    method character varying(255) NOT NULL,
    client_ip character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.audit_logs (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    author_id bigint,
    about_contact_id bigint,
    author_name character varying(255) NOT NULL,
    action character varying(255) NOT NULL,
    objects text NOT NULL,
    audited_at timestamp without time zone NOT NULL,
    should_appear_on_dashboard boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.cache (
    key character varying(255) NOT NULL,
    value text NOT NULL,
    expiration integer NOT NULL
);
CREATE TABLE monica.calls (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    called_at timestamp without time zone NOT NULL,
    content text,
    contact_called boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.companies (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    website character varying(255),
    number_of_employees integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.contact_field_contact_field_label (
    contact_field_label_id bigint NOT NULL,
    contact_field_id bigint NOT NULL,
    account_id bigint NOT NULL
);
CREATE TABLE monica.contact_field_labels (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    label_i18n character varying(20),
    label character varying(500),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.contact_field_types (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    fontawesome_icon character varying(255),
    protocol character varying(255),
    delible boolean NOT NULL,
    type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.contact_fields (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    contact_field_type_id bigint NOT NULL,
    data character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.contact_photo (
    contact_id bigint NOT NULL,
    photo_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE monica.contact_tag (
    contact_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE monica.contacts (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    first_name character varying(255) NOT NULL,
    middle_name character varying(255),
    last_name character varying(255),
    nickname character varying(255),
    gender_id integer,
    description character varying(255),
    uuid character(36),
    is_starred boolean NOT NULL,
    is_partial boolean NOT NULL,
    is_active boolean NOT NULL,
    is_dead boolean NOT NULL,
    deceased_special_date_id bigint,
    deceased_reminder_id bigint,
    last_talked_to date,
    stay_in_touch_frequency integer,
    stay_in_touch_trigger_date timestamp without time zone,
    birthday_special_date_id bigint,
    birthday_reminder_id bigint,
    first_met_through_contact_id integer,
    first_met_special_date_id bigint,
    first_met_reminder_id bigint,
    first_met_where character varying(255),
    first_met_additional_info text,
    job character varying(255),
    company character varying(255),
    food_preferences text,
    avatar_source character varying(255) NOT NULL,
    avatar_gravatar_url character varying(250),
    avatar_adorable_uuid character(36),
    avatar_adorable_url character varying(250),
    avatar_default_url character varying(250),
    avatar_photo_id bigint,
    has_avatar boolean NOT NULL,
    avatar_external_url character varying(400),
    avatar_file_name character varying(255),
    avatar_location character varying(255) NOT NULL,
    gravatar_url character varying(255),
    last_consulted_at timestamp without time zone,
    number_of_views integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    default_avatar_color character varying(255) NOT NULL,
    has_avatar_bool boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE monica.conversations (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    contact_field_type_id bigint NOT NULL,
    happened_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.crons (
    id bigint NOT NULL,
    command character varying(255) NOT NULL,
    last_run timestamp without time zone NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.currencies (
    id bigint NOT NULL,
    iso character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    symbol character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.days (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    date date NOT NULL,
    rate integer NOT NULL,
    comment text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.debts (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    in_debt character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    amount integer NOT NULL,
    currency_id bigint,
    reason text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_activity_type_categories (
    id bigint NOT NULL,
    translation_key character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_activity_types (
    id bigint NOT NULL,
    default_activity_type_category_id integer NOT NULL,
    translation_key character varying(255) NOT NULL,
    location_type character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_contact_field_types (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    fontawesome_icon character varying(255),
    protocol character varying(255),
    migrated boolean NOT NULL,
    delible boolean NOT NULL,
    type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_contact_modules (
    id bigint NOT NULL,
    key character varying(255) NOT NULL,
    translation_key character varying(255) NOT NULL,
    delible boolean NOT NULL,
    active boolean NOT NULL,
    migrated boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_life_event_categories (
    id bigint NOT NULL,
    translation_key character varying(255) NOT NULL,
    migrated boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_life_event_types (
    id bigint NOT NULL,
    default_life_event_category_id bigint NOT NULL,
    translation_key character varying(255) NOT NULL,
    specific_information_structure text,
    migrated boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_relationship_type_groups (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    delible boolean NOT NULL,
    migrated boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.default_relationship_types (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    name_reverse_relationship character varying(255) NOT NULL,
    relationship_type_group_id integer NOT NULL,
    delible boolean NOT NULL,
    migrated boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.documents (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    original_filename character varying(255) NOT NULL,
    new_filename character varying(255) NOT NULL,
    filesize integer,
    type character varying(255),
    mime_type character varying(255),
    number_of_downloads integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.emotion_activity (
    account_id bigint NOT NULL,
    activity_id bigint NOT NULL,
    emotion_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE monica.emotion_call (
    account_id bigint NOT NULL,
    call_id bigint NOT NULL,
    emotion_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE monica.emotions (
    id bigint NOT NULL,
    emotion_primary_id bigint NOT NULL,
    emotion_secondary_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.emotions_primary (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.emotions_secondary (
    id bigint NOT NULL,
    emotion_primary_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.entries (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    title character varying(255),
    post text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.failed_jobs (
    id bigint NOT NULL,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE monica.genders (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    type character(1),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.gift_photo (
    photo_id bigint NOT NULL,
    gift_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (photo_id, gift_id)
);
CREATE TABLE monica.gifts (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    is_for bigint,
    name character varying(255) NOT NULL,
    comment text,
    url text,
    amount character varying(255),
    currency_id bigint,
    status character varying(8) NOT NULL,
    date timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.import_job_reports (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    import_job_id bigint NOT NULL,
    contact_information text NOT NULL,
    skipped boolean NOT NULL,
    skip_reason character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.import_jobs (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    type character varying(255) NOT NULL,
    contacts_found integer,
    contacts_skipped integer,
    contacts_imported integer,
    filename character varying(255),
    started_at date,
    ended_at date,
    failed boolean NOT NULL,
    failed_reason text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.instances (
    id bigint NOT NULL,
    uuid character varying(255) NOT NULL,
    current_version character varying(255) NOT NULL,
    latest_version character varying(255),
    latest_release_notes text,
    number_of_versions_since_current_version integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.invitations (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    invited_by_user_id bigint NOT NULL,
    email character varying(255) NOT NULL,
    invitation_key character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.jobs (
    id bigint NOT NULL,
    queue character varying(255) NOT NULL,
    payload text NOT NULL,
    attempts smallint NOT NULL,
    reserved_at bigint,
    available_at bigint NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE monica.journal_entries (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    date timestamp without time zone NOT NULL,
    journalable_id integer NOT NULL,
    journalable_type character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.life_event_categories (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    default_life_event_category_key character varying(255),
    core_monica_data boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.life_event_types (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    life_event_category_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    default_life_event_type_key character varying(255),
    core_monica_data boolean NOT NULL,
    specific_information_structure text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.life_events (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    life_event_type_id bigint NOT NULL,
    reminder_id bigint,
    name character varying(255),
    note text,
    happened_at timestamp without time zone NOT NULL,
    happened_at_month_unknown boolean NOT NULL,
    happened_at_day_unknown boolean NOT NULL,
    specific_information text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.messages (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    content text NOT NULL,
    written_at timestamp without time zone NOT NULL,
    written_by_me boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.metadata_love_relationships (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    relationship_id bigint NOT NULL,
    is_active boolean NOT NULL,
    notes text,
    meet_date timestamp without time zone,
    official_date timestamp without time zone,
    breakup_date timestamp without time zone,
    breakup_reason text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.migrations (
    id bigint NOT NULL,
    migration character varying(255) NOT NULL,
    batch integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE monica.modules (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    key character varying(255) NOT NULL,
    translation_key character varying(255) NOT NULL,
    active boolean NOT NULL,
    delible boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.notes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    body text NOT NULL,
    is_favorited boolean NOT NULL,
    favorited_at date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.oauth_access_tokens (
    id character varying(100) NOT NULL,
    user_id bigint,
    client_id bigint NOT NULL,
    name character varying(255),
    scopes text,
    revoked boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    expires_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.oauth_auth_codes (
    id character varying(100) NOT NULL,
    user_id bigint NOT NULL,
    client_id bigint NOT NULL,
    scopes text,
    revoked boolean NOT NULL,
    expires_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.oauth_clients (
    id bigint NOT NULL,
    user_id bigint,
    name character varying(255) NOT NULL,
    secret character varying(100),
    redirect text NOT NULL,
    personal_access_client boolean NOT NULL,
    password_client boolean NOT NULL,
    revoked boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.oauth_personal_access_clients (
    id bigint NOT NULL,
    client_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.oauth_refresh_tokens (
    id character varying(100) NOT NULL,
    access_token_id character varying(100) NOT NULL,
    revoked boolean NOT NULL,
    expires_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.occupations (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    company_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    description character varying(1000),
    salary integer,
    salary_unit character varying(255),
    currently_works_here boolean,
    start_date date,
    end_date date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.password_resets (
    email character varying(255) NOT NULL,
    token character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL
);
CREATE TABLE monica.pet_categories (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    is_common boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.pets (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    pet_category_id bigint NOT NULL,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.photos (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    original_filename character varying(255) NOT NULL,
    new_filename character varying(255) NOT NULL,
    filesize integer,
    mime_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.places (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    street character varying(255),
    city character varying(255),
    province character varying(255),
    postal_code character varying(255),
    country character(3),
    latitude double precision,
    longitude double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.recovery_codes (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    recovery character varying(255) NOT NULL,
    used boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.relationship_type_groups (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    delible boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.relationship_types (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    name_reverse_relationship character varying(255) NOT NULL,
    relationship_type_group_id bigint NOT NULL,
    delible boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.relationships (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    relationship_type_id bigint NOT NULL,
    contact_is bigint NOT NULL,
    of_contact bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.reminder_outbox (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    reminder_id bigint NOT NULL,
    user_id bigint NOT NULL,
    planned_date date NOT NULL,
    nature character varying(255) NOT NULL,
    notification_number_days_before integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.reminder_rules (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    number_of_days_before integer NOT NULL,
    active boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.reminder_sent (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    reminder_id bigint,
    user_id bigint NOT NULL,
    planned_date date NOT NULL,
    sent_date timestamp without time zone NOT NULL,
    nature character varying(255) NOT NULL,
    frequency_type character varying(255),
    frequency_number integer,
    html_content text,
    text_content text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.reminders (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    initial_date date NOT NULL,
    title text,
    description text,
    frequency_type character varying(255) NOT NULL,
    frequency_number integer,
    delible boolean NOT NULL,
    inactive boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.sessions (
    id character varying(255) NOT NULL,
    user_id integer,
    ip_address character varying(45),
    user_agent text,
    payload text NOT NULL,
    last_activity integer NOT NULL
);
CREATE TABLE monica.special_dates (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    uuid character(36),
    is_age_based boolean NOT NULL,
    is_year_unknown boolean NOT NULL,
    date date NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.statistics (
    id bigint NOT NULL,
    number_of_users integer NOT NULL,
    number_of_contacts integer NOT NULL,
    number_of_notes integer NOT NULL,
    number_of_oauth_access_tokens integer NOT NULL,
    number_of_oauth_clients integer NOT NULL,
    number_of_offsprings integer NOT NULL,
    number_of_progenitors integer NOT NULL,
    number_of_relationships integer NOT NULL,
    number_of_subscriptions integer NOT NULL,
    number_of_reminders integer NOT NULL,
    number_of_tasks integer NOT NULL,
    number_of_kids integer NOT NULL,
    number_of_activities integer NOT NULL,
    number_of_addresses integer NOT NULL,
    number_of_api_calls integer NOT NULL,
    number_of_calls integer NOT NULL,
    number_of_contact_fields integer NOT NULL,
    number_of_contact_field_types integer NOT NULL,
    number_of_debts integer NOT NULL,
    number_of_entries integer NOT NULL,
    number_of_gifts integer NOT NULL,
    number_of_invitations_sent integer,
    number_of_accounts_with_more_than_one_user integer,
    number_of_tags integer,
    number_of_import_jobs integer,
    number_of_conversations integer,
    number_of_messages integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.subscriptions (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    name character varying(255) NOT NULL,
    stripe_id character varying(255) NOT NULL,
    stripe_status character varying(255) NOT NULL,
    stripe_plan character varying(255) NOT NULL,
    quantity integer NOT NULL,
    trial_ends_at timestamp without time zone,
    ends_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.synctoken (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    timestamp timestamp without time zone NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.tags (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    name_slug character varying(255) NOT NULL,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.tasks (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint,
    uuid character(36),
    title character varying(255) NOT NULL,
    description text,
    completed boolean NOT NULL,
    completed_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.term_user (
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    term_id bigint NOT NULL,
    ip_address character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);
CREATE TABLE monica.terms (
    id bigint NOT NULL,
    term_version character varying(255) NOT NULL,
    term_content text NOT NULL,
    privacy_version character varying(255) NOT NULL,
    privacy_content text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.u2f_key (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    user_id bigint NOT NULL,
    "keyHandle" character varying(255) NOT NULL,
    "publicKey" character varying(255) NOT NULL,
    certificate text NOT NULL,
    counter integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.users (
    id bigint NOT NULL,
    first_name character varying(255) NOT NULL,
    last_name character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    me_contact_id bigint,
    admin boolean NOT NULL,
    email_verified_at timestamp without time zone,
    password character varying(255) NOT NULL,
    remember_token character varying(100),
    google2fa_secret character varying(256),
    account_id bigint NOT NULL,
    timezone character varying(255),
    currency_id bigint,
    locale character varying(255) NOT NULL,
    metric character varying(255) NOT NULL,
    fluid_container character varying(255) NOT NULL,
    contacts_sort_order character varying(255) NOT NULL,
    name_order character varying(255) NOT NULL,
    invited_by_user_id bigint,
    dashboard_active_tab character varying(255) NOT NULL,
    gifts_active_tab character varying(255) NOT NULL,
    profile_active_tab character varying(255) NOT NULL,
    profile_new_life_event_badge_seen boolean NOT NULL,
    temperature_scale character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.weather (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    place_id bigint NOT NULL,
    weather_json character varying(2000) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE monica.webauthn_keys (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    "credentialId" character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    transports text NOT NULL,
    "attestationType" character varying(255) NOT NULL,
    "trustPath" text NOT NULL,
    aaguid text NOT NULL,
    "credentialPublicKey" text NOT NULL,
    counter integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
ALTER TABLE monica.accounts ADD FOREIGN KEY (default_gender_id) REFERENCES monica.genders(id);
ALTER TABLE monica.activities ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.activities ADD FOREIGN KEY (activity_type_id) REFERENCES monica.activity_types(id);
ALTER TABLE monica.activity_contact ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.activity_contact ADD FOREIGN KEY (activity_id) REFERENCES monica.activities(id);
ALTER TABLE monica.activity_contact ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.activity_statistics ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.activity_statistics ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.activity_type_categories ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.activity_types ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.activity_types ADD FOREIGN KEY (activity_type_category_id) REFERENCES monica.activity_type_categories(id);
ALTER TABLE monica.address_contact_field_label ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.address_contact_field_label ADD FOREIGN KEY (address_id) REFERENCES monica.addresses(id);
ALTER TABLE monica.address_contact_field_label ADD FOREIGN KEY (contact_field_label_id) REFERENCES monica.contact_field_labels(id);
ALTER TABLE monica.addresses ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.addresses ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.addresses ADD FOREIGN KEY (place_id) REFERENCES monica.places(id);
ALTER TABLE monica.audit_logs ADD FOREIGN KEY (about_contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.audit_logs ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.audit_logs ADD FOREIGN KEY (author_id) REFERENCES monica.users(id);
ALTER TABLE monica.calls ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.calls ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.companies ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.contact_field_contact_field_label ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.contact_field_contact_field_label ADD FOREIGN KEY (contact_field_id) REFERENCES monica.contact_fields(id);
ALTER TABLE monica.contact_field_contact_field_label ADD FOREIGN KEY (contact_field_label_id) REFERENCES monica.contact_field_labels(id);
ALTER TABLE monica.contact_field_labels ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.contact_field_types ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.contact_fields ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.contact_fields ADD FOREIGN KEY (contact_field_type_id) REFERENCES monica.contact_field_types(id);
ALTER TABLE monica.contact_fields ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.contact_photo ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.contact_photo ADD FOREIGN KEY (photo_id) REFERENCES monica.photos(id);
ALTER TABLE monica.contact_tag ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.contact_tag ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.contact_tag ADD FOREIGN KEY (tag_id) REFERENCES monica.tags(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (avatar_photo_id) REFERENCES monica.photos(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (birthday_reminder_id) REFERENCES monica.reminders(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (birthday_special_date_id) REFERENCES monica.special_dates(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (deceased_reminder_id) REFERENCES monica.reminders(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (deceased_special_date_id) REFERENCES monica.special_dates(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (first_met_reminder_id) REFERENCES monica.reminders(id);
ALTER TABLE monica.contacts ADD FOREIGN KEY (first_met_special_date_id) REFERENCES monica.special_dates(id);
ALTER TABLE monica.conversations ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.conversations ADD FOREIGN KEY (contact_field_type_id) REFERENCES monica.contact_field_types(id);
ALTER TABLE monica.conversations ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.days ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.debts ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.debts ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.debts ADD FOREIGN KEY (currency_id) REFERENCES monica.currencies(id);
ALTER TABLE monica.default_life_event_types ADD FOREIGN KEY (default_life_event_category_id) REFERENCES monica.default_life_event_categories(id);
ALTER TABLE monica.documents ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.documents ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.emotion_activity ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.emotion_activity ADD FOREIGN KEY (activity_id) REFERENCES monica.activities(id);
ALTER TABLE monica.emotion_activity ADD FOREIGN KEY (emotion_id) REFERENCES monica.emotions(id);
ALTER TABLE monica.emotion_call ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.emotion_call ADD FOREIGN KEY (call_id) REFERENCES monica.calls(id);
ALTER TABLE monica.emotion_call ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.emotion_call ADD FOREIGN KEY (emotion_id) REFERENCES monica.emotions(id);
ALTER TABLE monica.emotions ADD FOREIGN KEY (emotion_primary_id) REFERENCES monica.emotions_primary(id);
ALTER TABLE monica.emotions ADD FOREIGN KEY (emotion_secondary_id) REFERENCES monica.emotions_secondary(id);
ALTER TABLE monica.emotions_secondary ADD FOREIGN KEY (emotion_primary_id) REFERENCES monica.emotions_primary(id);
ALTER TABLE monica.entries ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.genders ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.gift_photo ADD FOREIGN KEY (gift_id) REFERENCES monica.gifts(id);
ALTER TABLE monica.gift_photo ADD FOREIGN KEY (photo_id) REFERENCES monica.photos(id);
ALTER TABLE monica.gifts ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.gifts ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.gifts ADD FOREIGN KEY (currency_id) REFERENCES monica.currencies(id);
ALTER TABLE monica.gifts ADD FOREIGN KEY (is_for) REFERENCES monica.contacts(id);
ALTER TABLE monica.import_job_reports ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.import_job_reports ADD FOREIGN KEY (import_job_id) REFERENCES monica.import_jobs(id);
ALTER TABLE monica.import_job_reports ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.import_jobs ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.import_jobs ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.invitations ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.invitations ADD FOREIGN KEY (invited_by_user_id) REFERENCES monica.users(id);
ALTER TABLE monica.journal_entries ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.life_event_categories ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.life_event_types ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.life_event_types ADD FOREIGN KEY (life_event_category_id) REFERENCES monica.life_event_categories(id);
ALTER TABLE monica.life_events ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.life_events ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.life_events ADD FOREIGN KEY (life_event_type_id) REFERENCES monica.life_event_types(id);
ALTER TABLE monica.life_events ADD FOREIGN KEY (reminder_id) REFERENCES monica.reminders(id);
ALTER TABLE monica.messages ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.messages ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.messages ADD FOREIGN KEY (conversation_id) REFERENCES monica.conversations(id);
ALTER TABLE monica.metadata_love_relationships ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.metadata_love_relationships ADD FOREIGN KEY (relationship_id) REFERENCES monica.relationships(id);
ALTER TABLE monica.modules ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.notes ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.notes ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.occupations ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.occupations ADD FOREIGN KEY (company_id) REFERENCES monica.companies(id);
ALTER TABLE monica.occupations ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.pets ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.pets ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.pets ADD FOREIGN KEY (pet_category_id) REFERENCES monica.pet_categories(id);
ALTER TABLE monica.photos ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.places ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.recovery_codes ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.recovery_codes ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.relationship_type_groups ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.relationship_types ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.relationship_types ADD FOREIGN KEY (relationship_type_group_id) REFERENCES monica.relationship_type_groups(id);
ALTER TABLE monica.relationships ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.relationships ADD FOREIGN KEY (contact_is) REFERENCES monica.contacts(id);
ALTER TABLE monica.relationships ADD FOREIGN KEY (of_contact) REFERENCES monica.contacts(id);
ALTER TABLE monica.relationships ADD FOREIGN KEY (relationship_type_id) REFERENCES monica.relationship_types(id);
ALTER TABLE monica.reminder_outbox ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.reminder_outbox ADD FOREIGN KEY (reminder_id) REFERENCES monica.reminders(id);
ALTER TABLE monica.reminder_outbox ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.reminder_rules ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.reminder_sent ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.reminder_sent ADD FOREIGN KEY (reminder_id) REFERENCES monica.reminders(id);
ALTER TABLE monica.reminder_sent ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.reminders ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.reminders ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.special_dates ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.special_dates ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.synctoken ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.synctoken ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.tags ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.tasks ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.tasks ADD FOREIGN KEY (contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.term_user ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.term_user ADD FOREIGN KEY (term_id) REFERENCES monica.terms(id);
ALTER TABLE monica.term_user ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.u2f_key ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
ALTER TABLE monica.users ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.users ADD FOREIGN KEY (currency_id) REFERENCES monica.currencies(id);
ALTER TABLE monica.users ADD FOREIGN KEY (invited_by_user_id) REFERENCES monica.users(id);
ALTER TABLE monica.users ADD FOREIGN KEY (me_contact_id) REFERENCES monica.contacts(id);
ALTER TABLE monica.weather ADD FOREIGN KEY (account_id) REFERENCES monica.accounts(id);
ALTER TABLE monica.weather ADD FOREIGN KEY (place_id) REFERENCES monica.places(id);
ALTER TABLE monica.webauthn_keys ADD FOREIGN KEY (user_id) REFERENCES monica.users(id);
