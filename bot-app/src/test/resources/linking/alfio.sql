-- alf.io, the open-source event attendance management and ticketing system (organizations and their events,
-- ticket categories and their prices, reservations with billing details, tickets and their holders, promo and
-- access codes, special prices, additional services such as donations and merchandise, payment transactions,
-- invoices and credit notes, waiting lists, subscriptions (season passes) and the events they cover, check-in
-- scans and sponsor lead scans, custom attendee fields and their values, polls with options and answers, attendee
-- groups and allow-lists, e-mails sent, admin users and their organizations, extension scripts and logs, and
-- configuration at system, organization, event and category level), as its Flyway migrations create it in
-- PostgreSQL: the 178 versioned migrations src/main/resources/alfio/db/PGSQL/V*.sql of github.com/alfio-event/alf.io
-- (commit 61ee430; GPL-3.0; we use the schema's facts), replayed in version order into a scratch PostgreSQL 15 and
-- regenerated from its catalog: all 62 tables, schema alfio (the source uses public), their primary keys (50 tables;
-- the others have none in the source) and the 115 foreign keys the migrations declare; enum types -> character
-- varying with their values as the column comment (the migrations declare no other comments). Left out: the
-- repeatable afterMigrate view scripts and the 8 views the migrations create (events_statistics,
-- ticket_category_statistics, auditing_user, latest_ticket_update, admin_reservation_request_stats, group_active,
-- group_link_active, group_member_active), the one Java migration (V22_1_14_8__MigrateMailchimp, data only),
-- functions, triggers, row-level security policies, sequences, defaults, check and unique constraints, indexes,
-- ON DELETE/UPDATE actions and rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS alfio;
CREATE TABLE alfio.a_group (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(2048),
    organization_id_fk integer NOT NULL,
    active boolean,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.additional_service (
    id integer NOT NULL,
    event_id_fk integer NOT NULL,
    price_cts integer,
    fix_price boolean NOT NULL,
    ordinal integer NOT NULL,
    available_qty integer NOT NULL,
    max_qty_per_order integer NOT NULL,
    inception_ts timestamp with time zone,
    expiration_ts timestamp with time zone,
    vat numeric(5,2),
    vat_type character varying(50) NOT NULL,
    src_price_cts integer NOT NULL,
    service_type character varying(255),
    supplement_policy character varying(255),
    organization_id_fk integer NOT NULL,
    price_min_cts integer,
    price_max_cts integer,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.additional_service_description (
    id integer NOT NULL,
    additional_service_id_fk integer NOT NULL,
    locale character varying(8) NOT NULL,
    type character varying(16) NOT NULL,
    value character varying(2048) NOT NULL,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.additional_service_item (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    creation timestamp with time zone NOT NULL,
    last_modified timestamp with time zone,
    tickets_reservation_uuid character(36),
    additional_service_id_fk integer NOT NULL,
    original_price_cts integer,
    paid_price_cts integer,
    status character varying(20),
    event_id_fk integer NOT NULL,
    src_price_cts integer NOT NULL,
    final_price_cts integer NOT NULL,
    vat_cts integer NOT NULL,
    discount_cts integer NOT NULL,
    organization_id_fk integer NOT NULL,
    currency_code character varying(10),
    ticket_id_fk integer,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.admin_job_queue (
    id bigint NOT NULL,
    job_name character varying(255) NOT NULL,
    request_ts timestamp without time zone NOT NULL,
    status character varying(255) NOT NULL,
    execution_ts timestamp without time zone,
    metadata jsonb,
    attempts integer NOT NULL,
    allow_duplicates character(1),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.admin_reservation_request (
    id bigint NOT NULL,
    request_id character varying(512) NOT NULL,
    user_id bigint NOT NULL,
    event_id bigint NOT NULL,
    reservation_id character varying(512),
    request_type character varying(64),
    status character varying(64),
    body text,
    failure_code character varying(255),
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.alfio_spring_session (
    primary_id character(36) NOT NULL,
    session_id character(36) NOT NULL,
    creation_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    max_inactive_interval integer NOT NULL,
    expiry_time bigint NOT NULL,
    principal_name character varying(100),
    PRIMARY KEY (primary_id)
);
CREATE TABLE alfio.alfio_spring_session_attributes (
    session_primary_id character(36) NOT NULL,
    attribute_name character varying(200) NOT NULL,
    attribute_bytes bytea NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
CREATE TABLE alfio.auditing (
    reservation_id character varying(512),
    user_id integer,
    event_type character varying(128),
    event_time timestamp without time zone NOT NULL,
    entity_type character varying(64),
    entity_id character varying(512),
    modifications text,
    event_id integer,
    organization_id_fk integer
);
CREATE TABLE alfio.authority (
    username character varying(255) NOT NULL,
    role character varying(255) NOT NULL
);
CREATE TABLE alfio.b_transaction (
    id integer NOT NULL,
    gtw_tx_id character varying(2048) NOT NULL,
    reservation_id character(36) NOT NULL,
    t_timestamp timestamp with time zone NOT NULL,
    price_cts integer NOT NULL,
    currency character varying(255) NOT NULL,
    description character varying(2048) NOT NULL,
    payment_proxy character varying(2048) NOT NULL,
    gtw_payment_id character varying(2048),
    plat_fee integer NOT NULL,
    gtw_fee integer NOT NULL,
    organization_id_fk integer NOT NULL,
    status character(32) NOT NULL,
    metadata jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.ba_user (
    id integer NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(2048) NOT NULL,
    first_name character varying(255) NOT NULL,
    last_name character varying(255) NOT NULL,
    email_address character varying(255) NOT NULL,
    enabled boolean,
    user_type character varying(255),
    user_creation_time timestamp without time zone,
    valid_to timestamp without time zone,
    description character varying(256),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.billing_document (
    id bigint NOT NULL,
    event_id_fk integer,
    number character varying(255) NOT NULL,
    reservation_id_fk character(36) NOT NULL,
    type character varying(255) NOT NULL,
    model text,
    generation_ts timestamp with time zone NOT NULL,
    external_id character varying(255),
    status character varying(255) NOT NULL,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.configuration (
    id integer NOT NULL,
    c_key character varying(255) NOT NULL,
    c_value text NOT NULL,
    description character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.configuration_event (
    id integer NOT NULL,
    organization_id_fk integer NOT NULL,
    event_id_fk integer NOT NULL,
    c_key character varying(255) NOT NULL,
    c_value text NOT NULL,
    description character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.configuration_organization (
    id integer NOT NULL,
    organization_id_fk integer NOT NULL,
    c_key character varying(255) NOT NULL,
    c_value text NOT NULL,
    description character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.configuration_purchase_context (
    id integer NOT NULL,
    organization_id_fk integer NOT NULL,
    event_id_fk integer,
    subscription_descriptor_id_fk uuid,
    c_key character varying(255) NOT NULL,
    c_value text NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.configuration_ticket_category (
    id integer NOT NULL,
    organization_id_fk integer NOT NULL,
    event_id_fk integer NOT NULL,
    ticket_category_id_fk integer NOT NULL,
    c_key character varying(255) NOT NULL,
    c_value text NOT NULL,
    description character varying(2048),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.dynamic_field_template (
    id integer NOT NULL,
    field_name character varying(64) NOT NULL,
    field_type character varying(64) NOT NULL,
    field_restricted_values text,
    field_description text,
    field_maxlength integer,
    field_minlength integer,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.email_message (
    id integer NOT NULL,
    event_id integer,
    status character varying(255) NOT NULL,
    recipient character varying(255) NOT NULL,
    subject character varying(255) NOT NULL,
    message text NOT NULL,
    attachments text,
    checksum character varying(255) NOT NULL,
    request_ts timestamp with time zone NOT NULL,
    sent_ts timestamp with time zone,
    attempts integer NOT NULL,
    email_cc text,
    organization_id_fk integer NOT NULL,
    reservation_id character(36),
    html_message text,
    subscription_descriptor_id_fk uuid,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.event (
    id integer NOT NULL,
    short_name character varying(2048) NOT NULL,
    location character varying(2048),
    latitude character varying(255),
    longitude character varying(255),
    start_ts timestamp with time zone NOT NULL,
    end_ts timestamp with time zone NOT NULL,
    time_zone character varying(255) NOT NULL,
    regular_price_cts integer NOT NULL,
    currency character varying(3),
    available_seats integer NOT NULL,
    vat_included boolean NOT NULL,
    vat numeric(5,2) NOT NULL,
    allowed_payment_proxies character varying(2048) NOT NULL,
    private_key character varying(2048) NOT NULL,
    org_id integer NOT NULL,
    website_url character varying(2048) NOT NULL,
    website_t_c_url character varying(2048) NOT NULL,
    image_url character varying(2048),
    file_blob_id character(64),
    display_name character varying(255),
    locales integer NOT NULL,
    type character varying(20) NOT NULL,
    external_url character varying(1024),
    src_price_cts integer NOT NULL,
    vat_status character varying(50) NOT NULL,
    version character varying(50),
    status character varying(255) NOT NULL,
    website_p_p_url character varying(2048),
    format character varying NOT NULL,
    metadata jsonb NOT NULL,
    tags text[] NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN alfio.event.format IS 'One of IN_PERSON, ONLINE, HYBRID';
CREATE TABLE alfio.event_description_text (
    event_id_fk integer NOT NULL,
    locale character varying(8) NOT NULL,
    type character varying(16) NOT NULL,
    description text NOT NULL,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (event_id_fk, locale, type)
);
CREATE TABLE alfio.event_migration (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_version character varying(1024) NOT NULL,
    build_ts timestamp without time zone NOT NULL,
    status character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.extension_configuration_metadata (
    ecm_id integer NOT NULL,
    ecm_name character varying(64) NOT NULL,
    ecm_configuration_level character varying(32) NOT NULL,
    ecm_description character varying(1024),
    ecm_type character varying(20) NOT NULL,
    ecm_mandatory boolean NOT NULL,
    ecm_es_id_fk integer NOT NULL,
    PRIMARY KEY (ecm_id)
);
CREATE TABLE alfio.extension_configuration_metadata_value (
    fk_ecm_id integer NOT NULL,
    conf_path character varying(128) NOT NULL,
    conf_value character varying(1024) NOT NULL
);
CREATE TABLE alfio.extension_event (
    es_id_fk integer NOT NULL,
    event character varying(128) NOT NULL
);
CREATE TABLE alfio.extension_log (
    id integer NOT NULL,
    path character varying(128) NOT NULL,
    effective_path character varying(128) NOT NULL,
    name character varying(64) NOT NULL,
    description text NOT NULL,
    type character varying(255),
    event_ts timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.extension_support (
    path character varying(128) NOT NULL,
    name character varying(64) NOT NULL,
    hash character varying(256) NOT NULL,
    enabled boolean NOT NULL,
    async boolean NOT NULL,
    script text NOT NULL,
    es_id integer NOT NULL,
    display_name character varying(255) NOT NULL,
    metadata jsonb NOT NULL,
    PRIMARY KEY (es_id)
);
CREATE TABLE alfio.file_blob (
    id character(64) NOT NULL,
    name character varying(255) NOT NULL,
    content_size integer NOT NULL,
    content bytea NOT NULL,
    content_type character varying(255) NOT NULL,
    creation_time timestamp without time zone NOT NULL,
    attributes text,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.group_link (
    id integer NOT NULL,
    a_group_id_fk integer NOT NULL,
    event_id_fk integer NOT NULL,
    ticket_category_id_fk integer,
    type character varying(255),
    match_type character varying(255),
    max_allocation integer,
    active boolean NOT NULL,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.group_member (
    id integer NOT NULL,
    a_group_id_fk integer NOT NULL,
    value character varying(255),
    description character varying(2048),
    active boolean,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.invoice_sequences (
    organization_id_fk integer NOT NULL,
    invoice_sequence integer NOT NULL,
    document_type character varying NOT NULL,
    PRIMARY KEY (organization_id_fk, document_type)
);
COMMENT ON COLUMN alfio.invoice_sequences.document_type IS 'One of INVOICE, CREDIT_NOTE';
CREATE TABLE alfio.j_user_organization (
    user_id integer NOT NULL,
    org_id integer NOT NULL
);
CREATE TABLE alfio.organization (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(2048) NOT NULL,
    email character varying(2048) NOT NULL,
    name_openid character varying(255),
    slug text,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.poll (
    id bigint NOT NULL,
    status character varying NOT NULL,
    title jsonb NOT NULL,
    description jsonb,
    allowed_tags text[] NOT NULL,
    poll_order integer NOT NULL,
    event_id_fk integer NOT NULL,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN alfio.poll.status IS 'One of DRAFT, OPEN, CLOSED';
CREATE TABLE alfio.poll_answer (
    id bigint NOT NULL,
    poll_id_fk bigint NOT NULL,
    poll_option_id_fk bigint NOT NULL,
    ticket_id_fk integer,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.poll_option (
    id bigint NOT NULL,
    poll_id_fk bigint NOT NULL,
    title jsonb NOT NULL,
    description jsonb,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.promo_code (
    id integer NOT NULL,
    promo_code character varying(255) NOT NULL,
    event_id_fk integer,
    valid_from timestamp with time zone NOT NULL,
    valid_to timestamp with time zone NOT NULL,
    discount_amount integer NOT NULL,
    discount_type character varying(255) NOT NULL,
    categories text,
    organization_id_fk integer NOT NULL,
    max_usage integer,
    description character varying(1024),
    email_reference character varying(256),
    code_type character varying(255) NOT NULL,
    hidden_category_id integer,
    currency_code character varying(3),
    PRIMARY KEY (id)
);
CREATE TABLE alfio.purchase_context_field_configuration (
    id bigint NOT NULL,
    event_id_fk integer,
    subscription_descriptor_id_fk uuid,
    field_name character varying(64) NOT NULL,
    field_order integer NOT NULL,
    field_type character varying(64) NOT NULL,
    field_restricted_values text,
    field_maxlength integer,
    field_minlength integer,
    field_required boolean NOT NULL,
    context character varying NOT NULL,
    additional_service_id integer NOT NULL,
    ticket_category_ids text,
    field_disabled_values text,
    organization_id_fk integer NOT NULL,
    field_editable boolean NOT NULL,
    old_id integer,
    display_at_check_in boolean NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN alfio.purchase_context_field_configuration.context IS 'One of ATTENDEE, ADDITIONAL_SERVICE, SUBSCRIPTION';
CREATE TABLE alfio.purchase_context_field_description (
    field_configuration_id_fk bigint NOT NULL,
    field_locale text NOT NULL,
    description text NOT NULL,
    organization_id_fk integer NOT NULL
);
CREATE TABLE alfio.purchase_context_field_value (
    context character varying NOT NULL,
    subscription_id_fk uuid,
    ticket_id_fk integer,
    additional_service_item_id_fk integer,
    field_configuration_id_fk bigint NOT NULL,
    field_value text,
    organization_id_fk integer NOT NULL
);
COMMENT ON COLUMN alfio.purchase_context_field_value.context IS 'One of ATTENDEE, ADDITIONAL_SERVICE, SUBSCRIPTION';
CREATE TABLE alfio.resource_event (
    name character varying(255) NOT NULL,
    organization_id_fk integer NOT NULL,
    event_id_fk integer NOT NULL,
    content_size integer NOT NULL,
    content bytea NOT NULL,
    content_type character varying(255) NOT NULL,
    creation_time timestamp without time zone NOT NULL,
    attributes text
);
CREATE TABLE alfio.resource_global (
    name character varying(255) NOT NULL,
    content_size integer NOT NULL,
    content bytea NOT NULL,
    content_type character varying(255) NOT NULL,
    creation_time timestamp without time zone NOT NULL,
    attributes text,
    PRIMARY KEY (name)
);
CREATE TABLE alfio.resource_organizer (
    name character varying(255) NOT NULL,
    organization_id_fk integer NOT NULL,
    content_size integer NOT NULL,
    content bytea NOT NULL,
    content_type character varying(255) NOT NULL,
    creation_time timestamp without time zone NOT NULL,
    attributes text
);
CREATE TABLE alfio.scan_audit (
    ticket_uuid character varying(255) NOT NULL,
    event_id_fk integer NOT NULL,
    scan_ts timestamp without time zone NOT NULL,
    username character varying(255) NOT NULL,
    check_in_status character varying(255) NOT NULL,
    operation character varying(255) NOT NULL,
    organization_id_fk integer NOT NULL
);
CREATE TABLE alfio.special_price (
    id integer NOT NULL,
    code character varying(64) NOT NULL,
    price_cts integer NOT NULL,
    ticket_category_id integer NOT NULL,
    status character varying(255) NOT NULL,
    session_id character varying(255),
    sent_ts timestamp with time zone,
    recipient_name character varying(255),
    recipient_email character varying(255),
    organization_id_fk integer,
    access_code_id_fk integer,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.sponsor_scan (
    id integer NOT NULL,
    creation timestamp with time zone NOT NULL,
    event_id integer NOT NULL,
    ticket_id integer NOT NULL,
    user_id integer NOT NULL,
    organization_id_fk integer NOT NULL,
    notes text,
    lead_status character varying(255) NOT NULL,
    operator text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.spring_session (
    session_id character(36) NOT NULL,
    creation_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    max_inactive_interval integer NOT NULL,
    principal_name character varying(100),
    PRIMARY KEY (session_id)
);
CREATE TABLE alfio.spring_session_attributes (
    session_id character(36) NOT NULL,
    attribute_name character varying(200) NOT NULL,
    attribute_bytes bytea NOT NULL,
    PRIMARY KEY (session_id, attribute_name)
);
CREATE TABLE alfio.subscription (
    id uuid NOT NULL,
    first_name text,
    last_name text,
    email_address text,
    subscription_descriptor_fk uuid NOT NULL,
    reservation_id_fk character(36),
    max_usage integer,
    valid_from timestamp with time zone,
    valid_to timestamp with time zone,
    src_price_cts integer NOT NULL,
    final_price_cts integer NOT NULL,
    vat_cts integer NOT NULL,
    discount_cts integer NOT NULL,
    currency text,
    organization_id_fk integer NOT NULL,
    creation_ts timestamp with time zone NOT NULL,
    update_ts timestamp with time zone,
    status character varying NOT NULL,
    max_entries integer NOT NULL,
    validity_from timestamp with time zone,
    validity_to timestamp with time zone,
    confirmation_ts timestamp with time zone,
    time_zone text,
    metadata jsonb NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN alfio.subscription.status IS 'One of FREE, PRE_RESERVED, PENDING, TO_BE_PAID, ACQUIRED, CANCELLED, CHECKED_IN, EXPIRED, INVALIDATED, RELEASED';
CREATE TABLE alfio.subscription_descriptor (
    id uuid NOT NULL,
    title jsonb NOT NULL,
    description jsonb,
    max_available integer NOT NULL,
    creation_ts timestamp with time zone NOT NULL,
    on_sale_from timestamp with time zone NOT NULL,
    on_sale_to timestamp with time zone,
    price_cts integer NOT NULL,
    vat numeric(5,2) NOT NULL,
    vat_status character varying NOT NULL,
    currency text,
    is_public boolean NOT NULL,
    organization_id_fk integer NOT NULL,
    max_entries integer NOT NULL,
    validity_type character varying NOT NULL,
    validity_time_unit character varying,
    validity_units integer,
    validity_from timestamp with time zone,
    validity_to timestamp with time zone,
    usage_type character varying NOT NULL,
    terms_conditions_url text NOT NULL,
    privacy_policy_url text,
    file_blob_id_fk character(64) NOT NULL,
    allowed_payment_proxies text[] NOT NULL,
    private_key text NOT NULL,
    time_zone text NOT NULL,
    supports_tickets_generation boolean NOT NULL,
    status character varying NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN alfio.subscription_descriptor.vat_status IS 'One of NONE, INCLUDED, NOT_INCLUDED, INCLUDED_EXEMPT, NOT_INCLUDED_EXEMPT, CUSTOM_NOT_INCLUDED_EXEMPT, CUSTOM_INCLUDED_EXEMPT';
COMMENT ON COLUMN alfio.subscription_descriptor.validity_type IS 'One of STANDARD, CUSTOM, NOT_SET';
COMMENT ON COLUMN alfio.subscription_descriptor.validity_time_unit IS 'One of DAYS, MONTHS, YEARS';
COMMENT ON COLUMN alfio.subscription_descriptor.usage_type IS 'One of ONCE_PER_EVENT, UNLIMITED';
COMMENT ON COLUMN alfio.subscription_descriptor.status IS 'One of ACTIVE, NOT_ACTIVE';
CREATE TABLE alfio.subscription_event (
    id bigint NOT NULL,
    event_id_fk integer NOT NULL,
    subscription_descriptor_id_fk uuid NOT NULL,
    price_per_ticket integer NOT NULL,
    organization_id_fk integer NOT NULL,
    compatible_categories jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.ticket (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    creation timestamp with time zone NOT NULL,
    category_id integer,
    event_id integer NOT NULL,
    status character varying(255) NOT NULL,
    original_price_cts integer NOT NULL,
    paid_price_cts integer NOT NULL,
    tickets_reservation_id character(36),
    full_name character varying(255),
    email_address character varying(255),
    special_price_id_fk integer,
    locked_assignment boolean,
    user_language character varying(20),
    reminder_sent boolean,
    src_price_cts integer NOT NULL,
    final_price_cts integer NOT NULL,
    vat_cts integer NOT NULL,
    discount_cts integer NOT NULL,
    first_name character varying(255),
    last_name character varying(255),
    ext_reference character varying(255),
    organization_id_fk integer NOT NULL,
    currency_code character varying(10),
    tags text[] NOT NULL,
    subscription_id_fk uuid,
    metadata jsonb NOT NULL,
    vat_status character varying,
    public_uuid uuid NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN alfio.ticket.vat_status IS 'One of NONE, INCLUDED, NOT_INCLUDED, INCLUDED_EXEMPT, NOT_INCLUDED_EXEMPT, CUSTOM_NOT_INCLUDED_EXEMPT, CUSTOM_INCLUDED_EXEMPT';
CREATE TABLE alfio.ticket_category (
    id integer NOT NULL,
    inception timestamp with time zone NOT NULL,
    expiration timestamp with time zone NOT NULL,
    max_tickets integer NOT NULL,
    name character varying(255) NOT NULL,
    price_cts integer NOT NULL,
    access_restricted boolean NOT NULL,
    tc_status character varying(255),
    event_id integer NOT NULL,
    bounded boolean NOT NULL,
    src_price_cts integer NOT NULL,
    category_code character varying(255),
    valid_checkin_from timestamp with time zone,
    valid_checkin_to timestamp with time zone,
    ticket_validity_start timestamp with time zone,
    ticket_validity_end timestamp with time zone,
    organization_id_fk integer NOT NULL,
    ticket_checkin_strategy character varying(255) NOT NULL,
    ordinal integer NOT NULL,
    metadata jsonb NOT NULL,
    ticket_access_type character varying NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN alfio.ticket_category.ticket_access_type IS 'One of INHERIT, IN_PERSON, ONLINE';
CREATE TABLE alfio.ticket_category_text (
    ticket_category_id_fk integer NOT NULL,
    locale character varying(8) NOT NULL,
    description text NOT NULL,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (ticket_category_id_fk, locale)
);
CREATE TABLE alfio.ticket_field_configuration (
    id integer NOT NULL,
    event_id_fk integer NOT NULL,
    field_name character varying(64) NOT NULL,
    field_order integer NOT NULL,
    field_type character varying(64) NOT NULL,
    field_restricted_values text,
    field_maxlength integer,
    field_minlength integer,
    field_required boolean NOT NULL,
    context character varying(50) NOT NULL,
    additional_service_id integer NOT NULL,
    ticket_category_ids character varying(1024),
    field_disabled_values character varying(1024),
    organization_id_fk integer NOT NULL,
    field_editable boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.ticket_field_description (
    ticket_field_configuration_id_fk integer NOT NULL,
    field_locale character varying(8) NOT NULL,
    description text NOT NULL,
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (ticket_field_configuration_id_fk, field_locale)
);
CREATE TABLE alfio.ticket_field_value (
    ticket_id_fk integer NOT NULL,
    ticket_field_configuration_id_fk integer NOT NULL,
    field_value character varying(2048),
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (ticket_id_fk, ticket_field_configuration_id_fk)
);
CREATE TABLE alfio.tickets_reservation (
    id character(36) NOT NULL,
    validity timestamp with time zone NOT NULL,
    status character varying(255) NOT NULL,
    full_name character varying(255),
    email_address character varying(255),
    billing_address character varying(4096),
    confirmation_ts timestamp with time zone,
    payment_method character varying(255),
    offline_payment_reminder_sent boolean,
    promo_code_id_fk integer,
    latest_reminder_ts timestamp with time zone,
    automatic boolean NOT NULL,
    user_language character varying(10),
    direct_assignment boolean NOT NULL,
    first_name character varying(255),
    last_name character varying(255),
    invoice_number character varying(256),
    invoice_model text,
    event_id_fk integer,
    vat_status character varying(50),
    vat_nr character varying(255),
    vat_country character varying(2),
    invoice_requested boolean,
    used_vat_percent numeric(5,2),
    vat_included boolean,
    creation_ts timestamp with time zone,
    customer_reference character varying(512),
    billing_address_company character varying(512),
    billing_address_line1 character varying(512),
    billing_address_line2 character varying(512),
    billing_address_zip character varying(512),
    billing_address_city character varying(512),
    validated_for_overview boolean,
    skip_vat_nr boolean,
    invoicing_additional_information jsonb,
    registration_ts timestamp with time zone,
    organization_id_fk integer NOT NULL,
    add_company_billing_details boolean,
    src_price_cts integer NOT NULL,
    final_price_cts integer NOT NULL,
    vat_cts integer NOT NULL,
    discount_cts integer NOT NULL,
    currency_code character varying(3),
    billing_address_state text,
    subscription_id_fk uuid,
    user_id_fk integer,
    metadata jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.user_profile (
    user_id_fk integer,
    billing_address_company text,
    billing_address_line1 text,
    billing_address_line2 text,
    billing_address_zip text,
    billing_address_city text,
    billing_address_state text,
    vat_country text,
    vat_nr text,
    invoicing_additional_information jsonb,
    additional_fields jsonb NOT NULL
);
CREATE TABLE alfio.waiting_queue (
    id integer NOT NULL,
    creation timestamp with time zone NOT NULL,
    event_id integer NOT NULL,
    status character varying(255) NOT NULL,
    full_name character varying(255),
    email_address character varying(255),
    ticket_reservation_id character varying(255),
    user_language character varying(20) NOT NULL,
    subscription_type character varying(20),
    selected_category_id integer,
    first_name character varying(255),
    last_name character varying(255),
    organization_id_fk integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE alfio.whitelisted_ticket (
    group_member_id_fk integer NOT NULL,
    group_link_id_fk integer NOT NULL,
    ticket_id_fk integer NOT NULL,
    requires_unique_value boolean,
    organization_id_fk integer NOT NULL
);
ALTER TABLE alfio.a_group ADD CONSTRAINT a_group_org_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.additional_service ADD CONSTRAINT additional_service_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.additional_service ADD CONSTRAINT additional_service_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.additional_service_description ADD CONSTRAINT additional_service_description_additional_service_id_fk_fkey FOREIGN KEY (additional_service_id_fk) REFERENCES alfio.additional_service(id);
ALTER TABLE alfio.additional_service_description ADD CONSTRAINT additional_service_description_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.additional_service_item ADD CONSTRAINT additional_service_item_additional_service_id_fk_fkey FOREIGN KEY (additional_service_id_fk) REFERENCES alfio.additional_service(id);
ALTER TABLE alfio.additional_service_item ADD CONSTRAINT additional_service_item_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.additional_service_item ADD CONSTRAINT additional_service_item_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.additional_service_item ADD CONSTRAINT asi_ticket_id_fk FOREIGN KEY (ticket_id_fk) REFERENCES alfio.ticket(id);
ALTER TABLE alfio.admin_reservation_request ADD CONSTRAINT admin_reservation_request_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.alfio_spring_session_attributes ADD CONSTRAINT alfio_spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES alfio.alfio_spring_session(primary_id);
ALTER TABLE alfio.auditing ADD CONSTRAINT auditing_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.b_transaction ADD CONSTRAINT b_transaction_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.b_transaction ADD CONSTRAINT b_transaction_reservation_id_fkey FOREIGN KEY (reservation_id) REFERENCES alfio.tickets_reservation(id);
ALTER TABLE alfio.billing_document ADD CONSTRAINT billing_document_event_id_fk FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.billing_document ADD CONSTRAINT billing_document_organization_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.billing_document ADD CONSTRAINT billing_document_reservation_id_fk FOREIGN KEY (reservation_id_fk) REFERENCES alfio.tickets_reservation(id);
ALTER TABLE alfio.configuration_event ADD CONSTRAINT configuration_event_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.configuration_event ADD CONSTRAINT configuration_event_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.configuration_organization ADD CONSTRAINT configuration_organization_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.configuration_purchase_context ADD CONSTRAINT configuration_purchase_contex_subscription_descriptor_id_f_fkey FOREIGN KEY (subscription_descriptor_id_fk) REFERENCES alfio.subscription_descriptor(id);
ALTER TABLE alfio.configuration_purchase_context ADD CONSTRAINT configuration_purchase_context_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.configuration_purchase_context ADD CONSTRAINT configuration_purchase_context_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.configuration_ticket_category ADD CONSTRAINT configuration_ticket_category_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.configuration_ticket_category ADD CONSTRAINT configuration_ticket_category_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.configuration_ticket_category ADD CONSTRAINT configuration_ticket_category_ticket_category_id_fk_fkey FOREIGN KEY (ticket_category_id_fk) REFERENCES alfio.ticket_category(id);
ALTER TABLE alfio.email_message ADD CONSTRAINT email_message_event_id_fkey FOREIGN KEY (event_id) REFERENCES alfio.event(id);
ALTER TABLE alfio.email_message ADD CONSTRAINT email_message_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.email_message ADD CONSTRAINT email_message_subscription_descriptor_fk FOREIGN KEY (subscription_descriptor_id_fk) REFERENCES alfio.subscription_descriptor(id);
ALTER TABLE alfio.event ADD CONSTRAINT event_file_blob_id_fkey FOREIGN KEY (file_blob_id) REFERENCES alfio.file_blob(id);
ALTER TABLE alfio.event ADD CONSTRAINT event_org_id_fkey FOREIGN KEY (org_id) REFERENCES alfio.organization(id);
ALTER TABLE alfio.event_description_text ADD CONSTRAINT event_description_text_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.event_description_text ADD CONSTRAINT event_description_text_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.event_migration ADD CONSTRAINT event_migration_event_id_fkey FOREIGN KEY (event_id) REFERENCES alfio.event(id);
ALTER TABLE alfio.extension_configuration_metadata ADD CONSTRAINT extension_configuration_metadata_ecm_es_id_fk_fkey FOREIGN KEY (ecm_es_id_fk) REFERENCES alfio.extension_support(es_id);
ALTER TABLE alfio.extension_configuration_metadata_value ADD CONSTRAINT extension_configuration_metadata_value_fk_ecm_id_fkey FOREIGN KEY (fk_ecm_id) REFERENCES alfio.extension_configuration_metadata(ecm_id);
ALTER TABLE alfio.extension_event ADD CONSTRAINT extension_event_es_id_fk_fkey FOREIGN KEY (es_id_fk) REFERENCES alfio.extension_support(es_id);
ALTER TABLE alfio.group_link ADD CONSTRAINT group_link_a_group_id_fk FOREIGN KEY (a_group_id_fk) REFERENCES alfio.a_group(id);
ALTER TABLE alfio.group_link ADD CONSTRAINT group_link_event_id_fk FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.group_link ADD CONSTRAINT group_link_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.group_link ADD CONSTRAINT group_link_ticket_category_id_fk FOREIGN KEY (ticket_category_id_fk) REFERENCES alfio.ticket_category(id);
ALTER TABLE alfio.group_member ADD CONSTRAINT group_member_a_group_id_fk FOREIGN KEY (a_group_id_fk) REFERENCES alfio.a_group(id);
ALTER TABLE alfio.group_member ADD CONSTRAINT group_member_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.invoice_sequences ADD CONSTRAINT invoice_sequences_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.j_user_organization ADD CONSTRAINT j_user_organization_org_id_fkey FOREIGN KEY (org_id) REFERENCES alfio.organization(id);
ALTER TABLE alfio.j_user_organization ADD CONSTRAINT j_user_organization_user_id_fkey FOREIGN KEY (user_id) REFERENCES alfio.ba_user(id);
ALTER TABLE alfio.poll ADD CONSTRAINT poll_event_id_fk FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.poll ADD CONSTRAINT poll_org_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.poll_answer ADD CONSTRAINT poll_answer_option_id_fk FOREIGN KEY (poll_option_id_fk) REFERENCES alfio.poll_option(id);
ALTER TABLE alfio.poll_answer ADD CONSTRAINT poll_answer_org_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.poll_answer ADD CONSTRAINT poll_answer_poll_id FOREIGN KEY (poll_id_fk) REFERENCES alfio.poll(id);
ALTER TABLE alfio.poll_answer ADD CONSTRAINT poll_answer_ticket_id_fk FOREIGN KEY (ticket_id_fk) REFERENCES alfio.ticket(id);
ALTER TABLE alfio.poll_option ADD CONSTRAINT poll_option_org_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.poll_option ADD CONSTRAINT poll_option_poll_id FOREIGN KEY (poll_id_fk) REFERENCES alfio.poll(id);
ALTER TABLE alfio.promo_code ADD CONSTRAINT promo_code_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.promo_code ADD CONSTRAINT promo_code_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.purchase_context_field_configuration ADD CONSTRAINT purchase_context_field_config_subscription_descriptor_id_f_fkey FOREIGN KEY (subscription_descriptor_id_fk) REFERENCES alfio.subscription_descriptor(id);
ALTER TABLE alfio.purchase_context_field_configuration ADD CONSTRAINT purchase_context_field_configuration_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.purchase_context_field_configuration ADD CONSTRAINT purchase_context_field_configuration_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.purchase_context_field_description ADD CONSTRAINT purchase_context_field_descripti_field_configuration_id_fk_fkey FOREIGN KEY (field_configuration_id_fk) REFERENCES alfio.purchase_context_field_configuration(id);
ALTER TABLE alfio.purchase_context_field_description ADD CONSTRAINT purchase_context_field_description_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.purchase_context_field_value ADD CONSTRAINT purchase_context_field_value_additional_service_item_id_fk_fkey FOREIGN KEY (additional_service_item_id_fk) REFERENCES alfio.additional_service_item(id);
ALTER TABLE alfio.purchase_context_field_value ADD CONSTRAINT purchase_context_field_value_field_configuration_id_fk_fkey FOREIGN KEY (field_configuration_id_fk) REFERENCES alfio.purchase_context_field_configuration(id);
ALTER TABLE alfio.purchase_context_field_value ADD CONSTRAINT purchase_context_field_value_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.purchase_context_field_value ADD CONSTRAINT purchase_context_field_value_subscription_id_fk_fkey FOREIGN KEY (subscription_id_fk) REFERENCES alfio.subscription(id);
ALTER TABLE alfio.purchase_context_field_value ADD CONSTRAINT purchase_context_field_value_ticket_id_fk_fkey FOREIGN KEY (ticket_id_fk) REFERENCES alfio.ticket(id);
ALTER TABLE alfio.resource_event ADD CONSTRAINT resource_event_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.resource_event ADD CONSTRAINT resource_event_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.resource_organizer ADD CONSTRAINT resource_organizer_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.scan_audit ADD CONSTRAINT scan_audit_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.scan_audit ADD CONSTRAINT scan_audit_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.special_price ADD CONSTRAINT access_code_promo_code_id FOREIGN KEY (access_code_id_fk) REFERENCES alfio.promo_code(id);
ALTER TABLE alfio.special_price ADD CONSTRAINT special_price_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.sponsor_scan ADD CONSTRAINT sponsor_scan_event_id_fkey FOREIGN KEY (event_id) REFERENCES alfio.event(id);
ALTER TABLE alfio.sponsor_scan ADD CONSTRAINT sponsor_scan_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.sponsor_scan ADD CONSTRAINT sponsor_scan_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES alfio.ticket(id);
ALTER TABLE alfio.spring_session_attributes ADD CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_id) REFERENCES alfio.spring_session(session_id);
ALTER TABLE alfio.subscription ADD CONSTRAINT subscription_organization_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.subscription ADD CONSTRAINT subscription_reservation_id_fk FOREIGN KEY (reservation_id_fk) REFERENCES alfio.tickets_reservation(id);
ALTER TABLE alfio.subscription ADD CONSTRAINT subscription_subscription_descriptor_fk FOREIGN KEY (subscription_descriptor_fk) REFERENCES alfio.subscription_descriptor(id);
ALTER TABLE alfio.subscription_descriptor ADD CONSTRAINT subscription_descriptor_file_blob_id FOREIGN KEY (file_blob_id_fk) REFERENCES alfio.file_blob(id);
ALTER TABLE alfio.subscription_descriptor ADD CONSTRAINT subscription_descriptor_organization_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.subscription_event ADD CONSTRAINT subscription_event_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.subscription_event ADD CONSTRAINT subscription_event_organization_id_fk FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.subscription_event ADD CONSTRAINT subscription_event_subscription_descriptor_id_fk FOREIGN KEY (subscription_descriptor_id_fk) REFERENCES alfio.subscription_descriptor(id);
ALTER TABLE alfio.ticket ADD CONSTRAINT ticket_category_id_fkey FOREIGN KEY (category_id) REFERENCES alfio.ticket_category(id);
ALTER TABLE alfio.ticket ADD CONSTRAINT ticket_event_id_fkey FOREIGN KEY (event_id) REFERENCES alfio.event(id);
ALTER TABLE alfio.ticket ADD CONSTRAINT ticket_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.ticket ADD CONSTRAINT ticket_special_price_id_fk_fkey FOREIGN KEY (special_price_id_fk) REFERENCES alfio.special_price(id);
ALTER TABLE alfio.ticket ADD CONSTRAINT ticket_subscription_applied FOREIGN KEY (subscription_id_fk) REFERENCES alfio.subscription(id);
ALTER TABLE alfio.ticket ADD CONSTRAINT ticket_tickets_reservation_id_fkey FOREIGN KEY (tickets_reservation_id) REFERENCES alfio.tickets_reservation(id);
ALTER TABLE alfio.ticket_category ADD CONSTRAINT ticket_category_event_id_fkey FOREIGN KEY (event_id) REFERENCES alfio.event(id);
ALTER TABLE alfio.ticket_category ADD CONSTRAINT ticket_category_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.ticket_category_text ADD CONSTRAINT ticket_category_text_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.ticket_category_text ADD CONSTRAINT ticket_category_text_ticket_category_id_fk_fkey FOREIGN KEY (ticket_category_id_fk) REFERENCES alfio.ticket_category(id);
ALTER TABLE alfio.ticket_field_configuration ADD CONSTRAINT ticket_field_configuration_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.ticket_field_configuration ADD CONSTRAINT ticket_field_configuration_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.ticket_field_description ADD CONSTRAINT ticket_field_description_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.ticket_field_description ADD CONSTRAINT ticket_field_description_ticket_field_configuration_id_fk_fkey FOREIGN KEY (ticket_field_configuration_id_fk) REFERENCES alfio.ticket_field_configuration(id);
ALTER TABLE alfio.ticket_field_value ADD CONSTRAINT ticket_field_value_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.ticket_field_value ADD CONSTRAINT ticket_field_value_ticket_field_configuration_id_fk_fkey FOREIGN KEY (ticket_field_configuration_id_fk) REFERENCES alfio.ticket_field_configuration(id);
ALTER TABLE alfio.ticket_field_value ADD CONSTRAINT ticket_field_value_ticket_id_fk_fkey FOREIGN KEY (ticket_id_fk) REFERENCES alfio.ticket(id);
ALTER TABLE alfio.tickets_reservation ADD CONSTRAINT reservation_user_id_fk FOREIGN KEY (user_id_fk) REFERENCES alfio.ba_user(id);
ALTER TABLE alfio.tickets_reservation ADD CONSTRAINT ticket_subscription_id_fk FOREIGN KEY (subscription_id_fk) REFERENCES alfio.subscription(id);
ALTER TABLE alfio.tickets_reservation ADD CONSTRAINT tickets_reservation_event_id_fk_fkey FOREIGN KEY (event_id_fk) REFERENCES alfio.event(id);
ALTER TABLE alfio.tickets_reservation ADD CONSTRAINT tickets_reservation_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.tickets_reservation ADD CONSTRAINT tickets_reservation_promo_code_id_fk_fkey FOREIGN KEY (promo_code_id_fk) REFERENCES alfio.promo_code(id);
ALTER TABLE alfio.user_profile ADD CONSTRAINT user_profile_user_id_fk FOREIGN KEY (user_id_fk) REFERENCES alfio.ba_user(id);
ALTER TABLE alfio.waiting_queue ADD CONSTRAINT waiting_queue_event_id_fkey FOREIGN KEY (event_id) REFERENCES alfio.event(id);
ALTER TABLE alfio.waiting_queue ADD CONSTRAINT waiting_queue_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.waiting_queue ADD CONSTRAINT waiting_queue_ticket_reservation_id_fkey FOREIGN KEY (ticket_reservation_id) REFERENCES alfio.tickets_reservation(id);
ALTER TABLE alfio.whitelisted_ticket ADD CONSTRAINT whitelisted_ticket_group_link_id_fk FOREIGN KEY (group_link_id_fk) REFERENCES alfio.group_link(id);
ALTER TABLE alfio.whitelisted_ticket ADD CONSTRAINT whitelisted_ticket_group_member_id_fk FOREIGN KEY (group_member_id_fk) REFERENCES alfio.group_member(id);
ALTER TABLE alfio.whitelisted_ticket ADD CONSTRAINT whitelisted_ticket_organization_id_fk_fkey FOREIGN KEY (organization_id_fk) REFERENCES alfio.organization(id);
ALTER TABLE alfio.whitelisted_ticket ADD CONSTRAINT whitelisted_ticket_ticket_id_fk FOREIGN KEY (ticket_id_fk) REFERENCES alfio.ticket(id);
