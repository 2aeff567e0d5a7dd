-- Fleetbase, the open-source logistics and fleet operations platform: its Core API (companies, users, groups and
-- roles, permissions and policies, API credentials and logs, webhooks, files, comments, custom fields, chat,
-- notifications, dashboards, reports, templates, transactions, schedules and their items, templates, exceptions and
-- constraints, activity log, extensions, settings) and its FleetOps extension (orders, payloads, waypoints, entities,
-- places, routes, tracking numbers and statuses, proofs of delivery, drivers, vehicles, fleets, vendors and vendor
-- personnel, contacts, service areas and zones, service rates and fees, service and purchase quotes, fuel reports and
-- fuel provider transactions, issues, positions, geofence events, devices, sensors, telematics, assets, equipment,
-- parts, warranties, work orders, maintenances and maintenance schedules, manifests and their stops, order configs),
-- as their Laravel migrations build it: the migrations/ folder of github.com/fleetbase/core-api (commit 6317e91,
-- 2026-08-19) and server/migrations/ of github.com/fleetbase/fleetops (commit e59e925, 2026-07-01), both AGPL-3.0; we
-- use the schema's facts. A one-off script replayed the up() steps of all 258 migrations in file-name order
-- (Schema::create, Schema::table with added, changed, renamed and dropped columns and foreign keys, Schema::rename,
-- Schema::drop; hasTable/hasColumn guards read as "only if not already there"; the permission tables' names taken
-- from config/permission.php and the activity log's from config/activitylog.php), and the result was loaded into a
-- scratch PostgreSQL 15: 110 tables (60 of the Core API, 50 of FleetOps), schema fleetbase; string -> character
-- varying(n, default 255), uuid/foreignUuid -> character(36), char -> character(n), increments -> integer,
-- bigIncrements/id -> bigint, unsigned integer -> bigint, tinyInteger/boolean -> smallint/boolean, json -> json,
-- timestamp/dateTime -> timestamp(0), decimal -> numeric(p,s), point/polygon -> point/polygon, multiPolygon -> text,
-- enum -> character varying(255) with its values as the column's comment; the migrations' own ->comment() texts kept
-- as column comments (34 comments in all). Primary keys as declared (108 tables; permissions and roles have only an
-- indexed id), single-column unique constraints as declared (119), and 222 of the 262 foreign keys the migrations
-- declare: left out are the 37 that point at a uuid column the migrations index but do not declare unique
-- (warranties, telematics, chat_*, reports, order_configs, devices, work_orders, comments, custom_fields,
-- dashboards, permissions and roles; MySQL accepts them, PostgreSQL does not) and the 3 that point at Laravel
-- Sanctum's personal_access_tokens, a table the package's own migration creates and neither repository has (so it
-- is left out too). Also left out: defaults, ON DELETE actions, indexes, multi-column unique constraints, raw
-- DB::statement steps and data back-fills, and the other FleetBase extensions (Storefront, Pallet, Ledger). No rows.
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS fleetbase;
CREATE TABLE fleetbase.activity (
    id integer NOT NULL,
    uuid character(36),
    log_name character varying(255),
    description text NOT NULL,
    company_id character(36),
    subject_id character(36),
    subject_type character varying(255),
    causer_id character(36),
    causer_type character varying(255),
    properties text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    event character varying(255),
    batch_uuid character(36),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.alerts (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    category_uuid character(36),
    acknowledged_by_uuid character(36),
    resolved_by_uuid character(36),
    type character varying(255) NOT NULL,
    severity character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    subject_type character varying(255),
    subject_uuid character(36),
    message text,
    rule json,
    context json,
    meta json,
    triggered_at timestamp(0) without time zone,
    acknowledged_at timestamp(0) without time zone,
    resolved_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.api_credentials (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    user_uuid character varying(191),
    company_uuid character varying(191),
    name character varying(255),
    key character varying(255),
    secret character varying(255),
    test_mode integer NOT NULL,
    api character varying(191),
    browser_origins json,
    last_used_at timestamp(0) without time zone,
    expires_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.api_events (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    api_credential_uuid character varying(255),
    event character varying(191),
    source character varying(255),
    data json,
    description character varying(255),
    method character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    access_token_id bigint,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.api_request_logs (
    id integer NOT NULL,
    _key character varying(255),
    uuid character(36) NOT NULL,
    company_uuid character(36),
    api_credential_uuid character(36),
    public_id character varying(191),
    method character varying(191),
    path character varying(191),
    full_url character varying(255),
    status_code character varying(191),
    reason_phrase character varying(255),
    duration numeric(17,14),
    ip_address character varying(255),
    version character varying(255),
    source character varying(255),
    content_type character varying(255),
    related json,
    query_params json,
    request_headers json,
    request_body json,
    request_raw_body text,
    response_headers json,
    response_body json,
    response_raw_body text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    access_token_id bigint,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.assets (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    category_uuid character(36),
    operator_type character varying(255),
    operator_uuid character(36),
    assigned_to_type character varying(255),
    assigned_to_uuid character(36),
    name character varying(255) NOT NULL,
    code character varying(255),
    type character varying(255),
    status character varying(255) NOT NULL,
    location point,
    speed character varying(255),
    heading character varying(255),
    altitude character varying(255),
    acquisition_cost integer,
    current_value integer,
    depreciation_rate integer,
    insurance_value integer,
    currency character varying(255),
    financing_status character varying(255),
    lease_expires_at date,
    vin character varying(255),
    plate_number character varying(255),
    make character varying(255),
    model character varying(255),
    year integer,
    color character varying(255),
    serial_number character varying(255),
    call_sign character varying(255),
    slug character varying(255),
    vendor_uuid character(36),
    current_place_uuid character(36),
    telematic_uuid character(36),
    odometer bigint,
    engine_hours bigint,
    gvw numeric(10,2),
    capacity json,
    specs json,
    attributes json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    warranty_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    ownership_type character varying(255),
    odometer_unit character varying(255),
    transmission character varying(255),
    fuel_volume_unit character varying(255),
    fuel_type character varying(255),
    description text,
    notes text,
    usage_type character varying(255),
    measurement_system character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.categories (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    parent_uuid character varying(191),
    owner_uuid character varying(255),
    owner_type character varying(255),
    name character varying(255),
    internal_id character varying(255),
    description character varying(255),
    translations json,
    tags json,
    meta json,
    icon character varying(255),
    icon_color character varying(255),
    "for" character varying(255),
    slug character varying(255),
    "order" character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    icon_file_uuid character(36),
    core_category boolean NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.chat_attachments (
    id integer NOT NULL,
    uuid character(36),
    public_id character varying(255) NOT NULL,
    company_uuid character(36),
    sender_uuid character(36),
    chat_channel_uuid character(36),
    chat_message_uuid character(36),
    file_uuid character(36),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.chat_channels (
    id integer NOT NULL,
    uuid character(36),
    company_uuid character(36),
    created_by_uuid character(36),
    public_id character varying(255),
    name character varying(255),
    slug character varying(255),
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.chat_logs (
    id bigint NOT NULL,
    uuid character(36),
    public_id character varying(255),
    company_uuid character(36),
    chat_channel_uuid character(36),
    initiator_uuid character(36),
    event_type character varying(255) NOT NULL,
    content text NOT NULL,
    subjects json NOT NULL,
    meta json,
    status character varying(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.chat_messages (
    id integer NOT NULL,
    uuid character(36),
    public_id character varying(255) NOT NULL,
    company_uuid character(36),
    sender_uuid character(36),
    chat_channel_uuid character(36),
    content text,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.chat_participants (
    id integer NOT NULL,
    uuid character(36),
    public_id character varying(255) NOT NULL,
    company_uuid character(36),
    user_uuid character(36),
    chat_channel_uuid character(36),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.chat_receipts (
    id integer NOT NULL,
    uuid character(36),
    public_id character varying(255),
    company_uuid character(36),
    participant_uuid character(36),
    chat_message_uuid character(36),
    read_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.comments (
    id integer NOT NULL,
    uuid character(36),
    public_id character varying(255),
    company_uuid character(36) NOT NULL,
    author_uuid character(36) NOT NULL,
    subject_uuid character(36) NOT NULL,
    subject_type character varying(255),
    content text NOT NULL,
    tags json,
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    parent_comment_uuid character(36),
    PRIMARY KEY (id),
    UNIQUE (public_id)
);
CREATE TABLE fleetbase.companies (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    stripe_id character varying(191),
    stripe_connect_id character varying(255),
    trial_ends_at timestamp(0) without time zone,
    card_last_four character varying(4),
    card_brand character varying(255),
    owner_uuid character varying(191),
    logo_uuid character varying(191),
    backdrop_uuid character varying(191),
    name character varying(255),
    website_url character varying(255),
    description character varying(255),
    options json,
    phone character varying(255),
    currency character varying(255),
    country character varying(255),
    timezone character varying(255),
    place_uuid character varying(191),
    plan character varying(255),
    status character varying(255),
    type character varying(191),
    slug character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    meta json,
    onboarding_completed_at timestamp(0) without time zone,
    onboarding_completed_by_uuid character varying(255),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.company_users (
    id integer NOT NULL,
    _key character varying(255),
    uuid character(36) NOT NULL,
    company_uuid character(36),
    user_uuid character(36),
    status character varying(255) NOT NULL,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    external boolean NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.contacts (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    internal_id character varying(255),
    company_uuid character(36),
    user_uuid character(36),
    photo_uuid character(36),
    name character varying(255),
    title character varying(255),
    email character varying(191),
    phone character varying(255),
    type character varying(255),
    slug character varying(255),
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    place_uuid character(36),
    notes text,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.custom_field_values (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    company_uuid character(36),
    custom_field_uuid character(36),
    subject_uuid character(36) NOT NULL,
    subject_type character varying(255) NOT NULL,
    value text NOT NULL,
    value_type character varying(255) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.custom_fields (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    company_uuid character(36),
    subject_uuid character(36) NOT NULL,
    subject_type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    component character varying(255),
    options json,
    required boolean NOT NULL,
    default_value text,
    validation_rules json,
    meta json,
    description text,
    help_text text,
    "order" integer,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    category_uuid character(36),
    editable boolean NOT NULL,
    "for" character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.dashboard_widgets (
    id bigint NOT NULL,
    uuid character(36),
    dashboard_uuid character(36),
    name character varying(255) NOT NULL,
    component character varying(255) NOT NULL,
    grid_options json NOT NULL,
    options json NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.dashboards (
    id bigint NOT NULL,
    uuid character(36),
    company_uuid character(36),
    user_uuid character(36),
    name character varying(255) NOT NULL,
    is_default boolean NOT NULL,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    meta json,
    options json,
    tags json,
    extension character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.device_events (
    id integer NOT NULL,
    uuid character(36),
    payload json,
    meta json,
    ident character varying(255),
    protocol character varying(255),
    provider character varying(255),
    location point,
    mileage character varying(255),
    state character varying(255),
    code character varying(255),
    reason character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    resolved_at timestamp(0) without time zone,
    comment text,
    device_uuid character(36),
    event_type character varying(255),
    severity character varying(255),
    _key character varying(255),
    public_id character varying(255),
    company_uuid character(36),
    message text,
    occurred_at timestamp(0) without time zone,
    processed_at timestamp(0) without time zone,
    data json,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.devices (
    id integer NOT NULL,
    uuid character(36),
    device_id character varying(255),
    device_provider character varying(255),
    device_type character varying(255),
    device_name character varying(255),
    device_location character varying(255),
    device_model character varying(255),
    manufacturer character varying(255),
    serial_number character varying(255),
    installation_date date,
    last_maintenance_date date,
    meta json,
    data json,
    online boolean NOT NULL,
    status character varying(255),
    data_frequency character varying(255),
    notes text,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    warranty_uuid character(36),
    telematic_uuid character(36),
    last_online_at timestamp(0) without time zone,
    attachable_type character varying(255),
    attachable_uuid character(36),
    options json,
    slug character varying(255),
    _key character varying(255),
    public_id character varying(255),
    company_uuid character(36),
    photo_uuid character(36),
    internal_id character varying(255),
    imei character varying(255),
    imsi character varying(255),
    firmware_version character varying(255),
    last_position point,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.directives (
    id integer NOT NULL,
    uuid character(36),
    company_uuid character(36),
    permission_uuid character(36),
    subject_type character varying(255),
    subject_uuid character(36),
    key text,
    rules json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.driver_geofence_states (
    id bigint NOT NULL,
    driver_uuid character(36) NOT NULL,
    geofence_uuid character(36) NOT NULL,
    geofence_type character varying(50) NOT NULL,
    is_inside boolean NOT NULL,
    entered_at timestamp(0) without time zone,
    exited_at timestamp(0) without time zone,
    dwell_job_id character varying(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.drivers (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    internal_id character varying(255),
    company_uuid character(36),
    vehicle_uuid character(36),
    vendor_uuid character(36),
    vendor_type character varying(255),
    current_job_uuid character(36),
    user_uuid character(36),
    auth_token character varying(255),
    drivers_license_number character varying(255),
    signup_token_used character varying(255),
    location point NOT NULL,
    latitude character varying(255),
    longitude character varying(255),
    heading character varying(255),
    bearing character varying(255),
    speed character varying(255),
    altitude character varying(255),
    country character varying(255),
    city character varying(255),
    currency character varying(255),
    online integer NOT NULL,
    status character varying(191),
    slug character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    meta json,
    avatar_url text,
    current_status character varying(255),
    skills json,
    max_travel_time bigint,
    max_distance bigint,
    time_window_start time(0) without time zone,
    time_window_end time(0) without time zone,
    license_expiry date,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.entities (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    payload_uuid character(36),
    company_uuid character(36),
    driver_assigned_uuid character(36),
    destination_uuid character(36),
    customer_uuid character varying(255),
    customer_type character varying(255),
    tracking_number_uuid character(36),
    photo_uuid text,
    _import_id character varying(191),
    internal_id character varying(191),
    name character varying(255),
    type character varying(255),
    description text,
    currency character varying(255),
    barcode text,
    qr_code text,
    weight character varying(255),
    weight_unit character varying(255),
    length character varying(255),
    width character varying(255),
    height character varying(255),
    dimensions_unit character varying(255),
    declared_value integer,
    sku character varying(191),
    price character varying(255),
    sale_price character varying(255),
    meta json,
    slug character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    category_uuid character(36),
    supplier_uuid character(36),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.equipments (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    category_uuid character(36),
    name character varying(255) NOT NULL,
    code character varying(255),
    type character varying(255),
    status character varying(255) NOT NULL,
    slug character varying(255),
    serial_number character varying(255),
    manufacturer character varying(255),
    model character varying(255),
    equipable_type character varying(255),
    equipable_uuid character(36),
    purchased_at date,
    purchase_price integer,
    currency character varying(255),
    warranty_uuid character(36),
    meta json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    photo_uuid character(36),
    public_id character varying(191),
    PRIMARY KEY (id),
    UNIQUE (public_id)
);
CREATE TABLE fleetbase.extension_installs (
    id bigint NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    extension_uuid character(36),
    company_uuid character varying(191),
    config json,
    meta json,
    overwrite json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.extensions (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    extension_id character varying(191),
    author_uuid character varying(191),
    category_uuid character varying(191),
    type_uuid character varying(191),
    name character varying(255),
    display_name character varying(255),
    key character varying(255),
    description text,
    tags json,
    namespace character varying(255),
    version character varying(255),
    component_url character varying(255),
    website_url character varying(255),
    privacy_policy_url character varying(255),
    tos_url character varying(255),
    contact_email character varying(255),
    icon_uuid character varying(191),
    domains json,
    core_service boolean NOT NULL,
    internal_route character varying(255),
    fa_icon character varying(255),
    meta json,
    meta_type character varying(255),
    config json,
    secret character varying(255),
    client_token character varying(255),
    status character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    slug character varying(255),
    PRIMARY KEY (id),
    UNIQUE (extension_id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.failed_jobs (
    id bigint NOT NULL,
    uuid character varying(255) NOT NULL,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.files (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(255),
    company_uuid character varying(191),
    uploader_uuid character varying(191),
    subject_uuid character varying(255),
    caption character varying(255),
    path text,
    subject_type character varying(255),
    bucket character varying(255),
    folder character varying(255),
    etag character varying(255),
    data_params text,
    original_filename character varying(255),
    type character varying(255),
    content_type character varying(255),
    file_size integer,
    slug character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    disk character varying(255),
    meta json,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.fleet_drivers (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    fleet_uuid character(36),
    driver_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.fleet_vehicles (
    id integer NOT NULL,
    _key character varying(255),
    uuid character(36),
    fleet_uuid character(36),
    vehicle_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.fleets (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    service_area_uuid character(36),
    zone_uuid character(36),
    image_uuid character varying(255),
    name character varying(255),
    color character varying(255),
    task character varying(255),
    status character varying(191),
    slug character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    vendor_uuid character(36),
    parent_fleet_uuid character(36),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.fuel_provider_connections (
    id integer NOT NULL,
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    provider character varying(80) NOT NULL,
    name character varying(255),
    environment character varying(40) NOT NULL,
    status character varying(50) NOT NULL,
    credentials json,
    sync_settings json,
    last_sync_state json,
    last_synced_at timestamp(0) without time zone,
    last_tested_at timestamp(0) without time zone,
    last_error text,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.fuel_provider_sync_runs (
    id integer NOT NULL,
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    fuel_provider_connection_uuid character(36),
    provider character varying(80) NOT NULL,
    status character varying(50) NOT NULL,
    "from" timestamp(0) without time zone,
    "to" timestamp(0) without time zone,
    imported bigint NOT NULL,
    matched bigint NOT NULL,
    unmatched bigint NOT NULL,
    fuel_reports_created bigint NOT NULL,
    liters numeric(12,3) NOT NULL,
    amount bigint NOT NULL,
    started_at timestamp(0) without time zone,
    finished_at timestamp(0) without time zone,
    error text,
    summary json,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.fuel_provider_transactions (
    id integer NOT NULL,
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    fuel_provider_connection_uuid character(36),
    fuel_report_uuid character(36),
    vehicle_uuid character(36),
    driver_uuid character(36),
    order_uuid character(36),
    provider character varying(80) NOT NULL,
    provider_transaction_id character varying(191) NOT NULL,
    provider_vehicle_id character varying(255),
    vehicle_card_id character varying(255),
    internal_number character varying(255),
    structure_number character varying(255),
    plate_number character varying(255),
    trip_number character varying(255),
    station_name character varying(255),
    station_latitude numeric(10,7),
    station_longitude numeric(10,7),
    transaction_at timestamp(0) without time zone,
    volume numeric(12,3),
    metric_unit character varying(20) NOT NULL,
    amount bigint,
    currency character varying(10) NOT NULL,
    odometer character varying(255),
    sync_status character varying(50) NOT NULL,
    matched_at timestamp(0) without time zone,
    normalized_payload json,
    raw_payload json,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    vin character varying(255),
    serial_number character varying(255),
    call_sign character varying(255),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.fuel_reports (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    driver_uuid character(36),
    vehicle_uuid character(36),
    odometer character varying(255),
    location point NOT NULL,
    amount character varying(255),
    currency character varying(255),
    volume character varying(255),
    metric_unit character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    meta json,
    report text,
    reported_by_uuid character(36),
    status character varying(255),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.geofence_events_log (
    id bigint NOT NULL,
    uuid character(36) NOT NULL,
    company_uuid character(36) NOT NULL,
    driver_uuid character(36),
    vehicle_uuid character(36),
    order_uuid character(36),
    geofence_uuid character(36) NOT NULL,
    geofence_type character varying(50) NOT NULL,
    geofence_name character varying(255),
    event_type character varying(255) NOT NULL,
    latitude numeric(10,7),
    longitude numeric(10,7),
    speed_kmh numeric(8,2),
    dwell_duration_minutes bigint,
    occurred_at timestamp(0) without time zone NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    subject_uuid character(36),
    subject_type character varying(50) NOT NULL,
    subject_name character varying(255),
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.group_users (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    group_uuid character(36) NOT NULL,
    user_uuid character(36) NOT NULL,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.groups (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    company_uuid character varying(191),
    name character varying(255),
    description character varying(500),
    slug character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    public_id character varying(255),
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.integrated_vendors (
    id bigint NOT NULL,
    _key character varying(255),
    uuid character(36),
    company_uuid character(36),
    created_by_uuid character(36),
    public_id character varying(255),
    host character varying(255),
    namespace character varying(255),
    webhook_url character varying(400),
    provider character varying(255),
    credentials json,
    options json,
    sandbox boolean NOT NULL,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    provider_options json,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.invites (
    id bigint NOT NULL,
    _key character varying(255),
    uuid character(36),
    company_uuid character(36),
    created_by_uuid character(36),
    subject_uuid character(36),
    subject_type character varying(255),
    public_id character varying(255),
    uri character varying(255),
    code character varying(255),
    protocol character varying(255) NOT NULL,
    recipients json,
    reason character varying(255),
    expires_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    meta json,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.issues (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    issue_id character varying(191),
    company_uuid character(36),
    driver_uuid character(36),
    vehicle_uuid character(36),
    assigned_to_uuid character(36),
    location point NOT NULL,
    type character varying(255),
    report text NOT NULL,
    priority character varying(255),
    resolved_at timestamp(0) without time zone,
    status character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    category character varying(255),
    tags json,
    meta json,
    reported_by_uuid character(36),
    title character varying(300),
    order_uuid character(36),
    PRIMARY KEY (id),
    UNIQUE (issue_id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.login_attempts (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    identity character varying(255),
    password character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.maintenance_schedule_reminders (
    id bigint NOT NULL,
    schedule_uuid character varying(191) NOT NULL,
    offset_days smallint NOT NULL,
    due_date_snapshot date NOT NULL,
    sent_at timestamp(0) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.maintenance_schedules (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    public_id character varying(191),
    company_uuid character(36) NOT NULL,
    subject_type character varying(255),
    subject_uuid character(36),
    name character varying(255) NOT NULL,
    type character varying(255),
    status character varying(255) NOT NULL,
    interval_method character varying(255),
    interval_type character varying(255),
    interval_value bigint,
    interval_unit character varying(255),
    interval_distance bigint,
    interval_engine_hours bigint,
    last_service_odometer bigint,
    last_service_engine_hours bigint,
    last_service_date timestamp(0) without time zone,
    next_due_date timestamp(0) without time zone,
    next_due_odometer bigint,
    next_due_engine_hours bigint,
    default_priority character varying(255) NOT NULL,
    default_assignee_type character varying(255),
    default_assignee_uuid character(36),
    instructions text,
    meta json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    reminder_offsets json,
    PRIMARY KEY (id),
    UNIQUE (public_id)
);
CREATE TABLE fleetbase.maintenances (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    category_uuid character(36),
    maintainable_type character varying(255),
    maintainable_uuid character(36),
    work_order_uuid character(36),
    type character varying(255),
    status character varying(255) NOT NULL,
    priority character varying(255),
    scheduled_at timestamp(0) without time zone,
    started_at timestamp(0) without time zone,
    completed_at timestamp(0) without time zone,
    odometer bigint,
    engine_hours bigint,
    estimated_downtime_hours integer,
    downtime_start timestamp(0) without time zone,
    downtime_end timestamp(0) without time zone,
    performed_by_type character varying(255),
    performed_by_uuid character(36),
    summary text,
    notes text,
    line_items json,
    labor_cost integer,
    parts_cost integer,
    tax integer,
    total_cost integer,
    currency character varying(255),
    attachments json,
    meta json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.manifest_stops (
    uuid character(36) NOT NULL,
    public_id character varying(23),
    manifest_uuid character(36) NOT NULL,
    order_uuid character(36) NOT NULL,
    place_uuid character(36),
    waypoint_uuid character(36),
    status character varying(50) NOT NULL,
    sequence integer NOT NULL,
    estimated_arrival timestamp(0) without time zone,
    actual_arrival timestamp(0) without time zone,
    distance_from_prev_m bigint NOT NULL,
    duration_from_prev_s bigint NOT NULL,
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (uuid),
    UNIQUE (public_id)
);
CREATE TABLE fleetbase.manifests (
    uuid character(36) NOT NULL,
    public_id character varying(23),
    internal_id character varying(100),
    company_uuid character(36),
    driver_uuid character(36),
    vehicle_uuid character(36),
    status character varying(50) NOT NULL,
    scheduled_date date,
    started_at timestamp(0) without time zone,
    completed_at timestamp(0) without time zone,
    total_distance_m bigint NOT NULL,
    total_duration_s bigint NOT NULL,
    stop_count bigint NOT NULL,
    notes text,
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (uuid),
    UNIQUE (public_id)
);
CREATE TABLE fleetbase.model_has_permissions (
    permission_id character(36) NOT NULL,
    model_type character varying(255) NOT NULL,
    model_uuid character(36) NOT NULL,
    PRIMARY KEY (permission_id, model_uuid, model_type)
);
CREATE TABLE fleetbase.model_has_policies (
    policy_id character(36) NOT NULL,
    model_type character varying(255) NOT NULL,
    model_uuid character(36) NOT NULL,
    PRIMARY KEY (policy_id, model_uuid, model_type)
);
CREATE TABLE fleetbase.model_has_roles (
    role_id character(36) NOT NULL,
    model_type character varying(255) NOT NULL,
    model_uuid character(36) NOT NULL,
    PRIMARY KEY (role_id, model_uuid, model_type)
);
CREATE TABLE fleetbase.monitored_scheduled_task_log_items (
    id bigint NOT NULL,
    monitored_scheduled_task_id bigint NOT NULL,
    type character varying(255) NOT NULL,
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.monitored_scheduled_tasks (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(255),
    cron_expression character varying(255) NOT NULL,
    timezone character varying(255),
    ping_url character varying(255),
    last_started_at timestamp(0) without time zone,
    last_finished_at timestamp(0) without time zone,
    last_failed_at timestamp(0) without time zone,
    last_skipped_at timestamp(0) without time zone,
    registered_on_oh_dear_at timestamp(0) without time zone,
    last_pinged_at timestamp(0) without time zone,
    grace_time_in_minutes integer NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.notifications (
    id character(36) NOT NULL,
    type character varying(255) NOT NULL,
    notifiable_type character varying(255) NOT NULL,
    notifiable_id character(36) NOT NULL,
    data text NOT NULL,
    read_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.order_configs (
    id integer NOT NULL,
    uuid character(36),
    company_uuid character(36),
    author_uuid character(36),
    category_uuid character(36),
    icon_uuid character(36),
    name character varying(255),
    namespace character varying(255),
    description text,
    key character varying(255),
    status character varying(255),
    version character varying(255),
    core_service boolean NOT NULL,
    flow json,
    entities json,
    tags json,
    meta json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    public_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.orders (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    created_by_uuid character(36),
    updated_by_uuid character(36),
    internal_id character varying(255),
    customer_uuid character(36),
    customer_type character varying(255),
    facilitator_uuid character varying(255),
    facilitator_type character varying(255),
    session_uuid character(36),
    payload_uuid character(36),
    route_uuid character(36),
    transaction_uuid character(36),
    purchase_rate_uuid character(36),
    tracking_number_uuid character(36),
    driver_assigned_uuid character(36),
    meta json,
    options json,
    dispatched boolean NOT NULL,
    dispatched_at timestamp(0) without time zone,
    adhoc boolean NOT NULL,
    adhoc_distance integer,
    started boolean NOT NULL,
    started_at timestamp(0) without time zone,
    distance integer,
    time integer,
    pod_required boolean,
    is_route_optimized boolean NOT NULL,
    pod_method character varying(255),
    notes text,
    scheduled_at timestamp(0) without time zone,
    type character varying(255),
    status character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    order_config_uuid character(36),
    vehicle_assigned_uuid character(36),
    orchestrator_priority smallint NOT NULL,
    required_skills json,
    time_window_start timestamp(0) without time zone,
    time_window_end timestamp(0) without time zone,
    manifest_uuid character(36),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.parts (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    category_uuid character(36),
    sku character varying(255),
    name character varying(255) NOT NULL,
    manufacturer character varying(255),
    model character varying(255),
    serial_number character varying(255),
    barcode character varying(255),
    type character varying(255),
    slug character varying(255),
    description text,
    vendor_uuid character(36),
    quantity_on_hand integer NOT NULL,
    unit_cost bigint,
    msrp bigint,
    reorder_point integer NOT NULL,
    reorder_quantity integer NOT NULL,
    max_stock_level integer,
    reserved_quantity integer NOT NULL,
    allocated_quantity integer NOT NULL,
    inventory_method character varying(255) NOT NULL,
    asset_type character varying(255),
    asset_uuid character(36),
    warranty_uuid character(36),
    specs json,
    meta json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    last_ordered_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    currency character varying(255),
    photo_uuid character(36),
    public_id character varying(255),
    status character varying(255),
    PRIMARY KEY (id),
    UNIQUE (public_id)
);
CREATE TABLE fleetbase.payloads (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    pickup_uuid character(36),
    dropoff_uuid character(36),
    return_uuid character(36),
    current_waypoint_uuid character(36),
    provider character varying(191),
    payment_method character varying(255),
    cod_amount integer,
    cod_currency character varying(255),
    cod_payment_method character varying(255),
    type character varying(255),
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    pickup_tracking_number_uuid character(36),
    dropoff_tracking_number_uuid character(36),
    return_tracking_number_uuid character(36),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.permissions (
    id character(36) NOT NULL,
    name character varying(255) NOT NULL,
    guard_name character varying(255) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    service character varying(255)
);
CREATE TABLE fleetbase.places (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    _import_id character varying(191),
    company_uuid character(36),
    owner_uuid character(36),
    owner_type character varying(255),
    name character varying(255),
    street1 character varying(255),
    street2 character varying(255),
    city character varying(191),
    province character varying(255),
    postal_code character varying(191),
    neighborhood character varying(191),
    district character varying(191),
    building character varying(191),
    security_access_code character varying(255),
    country character varying(191),
    location point NOT NULL,
    latitude character varying(255),
    longitude character varying(255),
    meta json,
    phone character varying(255),
    remarks text,
    type character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    avatar_url text,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.policies (
    id character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36),
    name character varying(255),
    guard_name character varying(255),
    description character varying(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    service character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.positions (
    id bigint NOT NULL,
    _key character varying(255),
    uuid character(36) NOT NULL,
    company_uuid character(36),
    order_uuid character(36),
    destination_uuid character(36),
    subject_uuid character(36),
    subject_type character varying(255),
    coordinates point NOT NULL,
    heading character varying(255),
    bearing character varying(255),
    speed character varying(255),
    altitude character varying(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.proofs (
    id integer NOT NULL,
    _key character varying(255),
    uuid character(36) NOT NULL,
    public_id character varying(191),
    order_uuid character(36),
    subject_uuid character(36),
    subject_type character varying(255),
    company_uuid character(36),
    file_uuid character(36),
    remarks text,
    raw_data text,
    data json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.purchase_rates (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    meta json,
    customer_uuid character varying(255),
    customer_type character varying(255),
    company_uuid character(36),
    transaction_uuid character(36),
    service_quote_uuid character(36),
    payload_uuid character(36),
    status character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.report_audit_logs (
    id bigint NOT NULL,
    uuid character(36) NOT NULL,
    report_uuid character(36),
    user_uuid character(36) NOT NULL,
    company_uuid character(36) NOT NULL,
    action character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    query_config json,
    metadata json,
    error_message text,
    execution_time integer,
    row_count integer,
    export_format character varying(255),
    ip_address character varying(255),
    user_agent character varying(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.report_cache (
    id bigint NOT NULL,
    uuid character(36) NOT NULL,
    report_uuid character(36) NOT NULL,
    cache_key character varying(255) NOT NULL,
    cached_data text NOT NULL,
    metadata json,
    row_count integer NOT NULL,
    execution_time integer,
    expires_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (cache_key),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.report_executions (
    id bigint NOT NULL,
    uuid character(36) NOT NULL,
    report_uuid character(36) NOT NULL,
    user_uuid character(36),
    company_uuid character(36),
    execution_time numeric(10,2),
    result_count integer NOT NULL,
    query_config json,
    status character varying(255) NOT NULL,
    error_message text,
    started_at timestamp(0) without time zone,
    completed_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.report_templates (
    id bigint NOT NULL,
    uuid character(36) NOT NULL,
    public_id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    category character varying(255) NOT NULL,
    query_config json NOT NULL,
    default_parameters json,
    required_parameters json,
    is_public boolean NOT NULL,
    is_system boolean NOT NULL,
    company_uuid character(36),
    created_by_uuid character(36) NOT NULL,
    updated_by_uuid character(36),
    usage_count integer NOT NULL,
    last_used_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.reports (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    category_uuid character(36),
    created_by_uuid character(36),
    updated_by_uuid character(36),
    type character varying(255) NOT NULL,
    title character varying(255),
    subject_type character varying(255),
    subject_uuid character(36),
    period_start timestamp(0) without time zone,
    period_end timestamp(0) without time zone,
    data json,
    body text,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    public_id character varying(255) NOT NULL,
    description character varying(255),
    status character varying(255),
    tags json,
    meta json,
    options json,
    query_config json,
    result_columns json,
    last_executed_at timestamp(0) without time zone,
    execution_time integer,
    row_count integer,
    is_scheduled boolean NOT NULL,
    schedule_config json,
    export_formats json,
    is_generated boolean NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (public_id)
);
CREATE TABLE fleetbase.role_has_permissions (
    permission_id character(36) NOT NULL,
    role_id character(36) NOT NULL,
    PRIMARY KEY (permission_id, role_id)
);
CREATE TABLE fleetbase.roles (
    id character(36) NOT NULL,
    name character varying(255) NOT NULL,
    guard_name character varying(255) NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    company_uuid character(36),
    description character varying(255),
    deleted_at timestamp(0) without time zone,
    service character varying(255)
);
CREATE TABLE fleetbase.routes (
    id bigint NOT NULL,
    _key character varying(255),
    uuid character(36) NOT NULL,
    company_uuid character(36),
    order_uuid character(36),
    details json,
    total_distance double precision,
    total_time double precision,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.schedule_availability (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    subject_uuid character varying(191),
    subject_type character varying(255),
    start_at timestamp(0) without time zone,
    end_at timestamp(0) without time zone,
    is_available boolean NOT NULL,
    preference_level smallint,
    rrule text,
    reason character varying(255),
    notes text,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.schedule_constraints (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    company_uuid character varying(191),
    subject_uuid character varying(191),
    subject_type character varying(255),
    name character varying(255),
    description text,
    type character varying(50),
    category character varying(50),
    constraint_key character varying(100),
    constraint_value text,
    jurisdiction character varying(50),
    priority integer NOT NULL,
    is_active boolean NOT NULL,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.schedule_exceptions (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    subject_uuid character varying(191),
    subject_type character varying(255),
    schedule_uuid character varying(191),
    start_at timestamp(0) without time zone,
    end_at timestamp(0) without time zone,
    type character varying(50),
    status character varying(50) NOT NULL,
    reason character varying(255),
    notes text,
    reviewed_by_uuid character varying(191),
    reviewed_at timestamp(0) without time zone,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.schedule_items (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    schedule_uuid character varying(191),
    assignee_uuid character varying(191),
    assignee_type character varying(255),
    resource_uuid character varying(191),
    resource_type character varying(255),
    start_at timestamp(0) without time zone,
    end_at timestamp(0) without time zone,
    duration integer,
    break_start_at timestamp(0) without time zone,
    break_end_at timestamp(0) without time zone,
    status character varying(255) NOT NULL,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    template_uuid character varying(191),
    is_exception boolean NOT NULL,
    exception_for_date character varying(20),
    company_uuid character varying(191),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.schedule_templates (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    subject_uuid character varying(191),
    subject_type character varying(255),
    name character varying(255),
    description text,
    start_time time(0) without time zone,
    end_time time(0) without time zone,
    duration integer,
    break_duration integer,
    rrule text,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    schedule_uuid character varying(191),
    color character varying(20),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.schedules (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    subject_uuid character varying(191),
    subject_type character varying(255),
    name character varying(255),
    description text,
    start_date date,
    end_date date,
    timezone character varying(50) NOT NULL,
    status character varying(255) NOT NULL,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    last_materialized_at timestamp(0) without time zone,
    materialization_horizon date,
    hos_daily_limit smallint,
    hos_weekly_limit smallint,
    hos_source character varying(50) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.sensors (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    name character varying(255),
    slug character varying(255),
    unit character varying(255),
    min_threshold double precision,
    max_threshold double precision,
    threshold_inclusive boolean NOT NULL,
    type character varying(255),
    last_reading_at timestamp(0) without time zone,
    last_value character varying(255),
    calibration json,
    report_frequency_sec bigint,
    sensorable_type character varying(255),
    sensorable_uuid character(36),
    device_uuid character(36),
    warranty_uuid character(36),
    meta json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    public_id character varying(255),
    photo_uuid character(36),
    telematic_uuid character(36),
    firmware_version character varying(255),
    imei character varying(255),
    imsi character varying(255),
    serial_number character varying(255),
    internal_id character varying(255),
    status character varying(255),
    last_position point,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.service_areas (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    name character varying(255),
    type character varying(255),
    country character varying(255),
    border text,
    color character varying(255),
    stroke_color character varying(255),
    parent_uuid character(36),
    status character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    trigger_on_entry boolean NOT NULL,
    trigger_on_exit boolean NOT NULL,
    dwell_threshold_minutes integer,
    speed_limit_kmh integer,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.service_quote_items (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    service_quote_uuid character(36),
    amount character varying(255),
    currency character varying(255),
    details character varying(255),
    code character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.service_quotes (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    request_id character varying(191),
    company_uuid character(36),
    payload_uuid character(36),
    service_rate_uuid character(36),
    amount bigint NOT NULL,
    currency character varying(255),
    meta json,
    expired_at character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    integrated_vendor_uuid character(36),
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.service_rate_fees (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    service_rate_uuid character(36),
    distance integer,
    min integer,
    max integer,
    unit character varying(255),
    distance_unit character varying(255),
    fee integer,
    currency character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    service_area_uuid character(36),
    zone_uuid character(36),
    label character varying(255),
    priority integer NOT NULL,
    is_fallback boolean NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.service_rate_parcel_fees (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    service_rate_uuid character(36),
    size character varying(255),
    length character varying(255),
    width character varying(255),
    height character varying(255),
    dimensions_unit character varying(255),
    weight character varying(255),
    weight_unit character varying(255),
    fee integer,
    currency character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.service_rates (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    service_area_uuid character(36),
    zone_uuid character(36),
    service_name character varying(255),
    service_type character varying(191),
    base_fee integer,
    per_meter_flat_rate_fee integer,
    per_meter_unit character varying(255),
    algorithm character varying(255),
    rate_calculation_method character varying(255),
    has_cod_fee integer,
    cod_calculation_method character varying(255),
    cod_flat_fee integer,
    cod_percent integer,
    has_peak_hours_fee integer,
    peak_hours_calculation_method character varying(255),
    peak_hours_flat_fee integer,
    peak_hours_percent integer,
    peak_hours_start character varying(255),
    peak_hours_end character varying(255),
    currency character varying(255),
    duration_terms character varying(255),
    estimated_days integer,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    order_config_uuid character(36),
    max_distance_unit character varying(255) NOT NULL,
    max_distance integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.settings (
    id integer NOT NULL,
    key character varying(255),
    value json,
    PRIMARY KEY (id),
    UNIQUE (key)
);
CREATE TABLE fleetbase.telematics (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    name character varying(255),
    provider character varying(255),
    model character varying(255),
    serial_number character varying(255),
    firmware_version character varying(255),
    status character varying(255) NOT NULL,
    imei character varying(255),
    iccid character varying(255),
    imsi character varying(255),
    msisdn character varying(255),
    type character varying(255),
    last_metrics json,
    config json,
    meta json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    warranty_uuid character(36),
    last_seen_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    credentials json NOT NULL,
    public_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.template_queries (
    id bigint NOT NULL,
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    template_uuid character varying(191),
    created_by_uuid character varying(191),
    model_type character varying(255) NOT NULL,
    variable_name character varying(255) NOT NULL,
    label character varying(255),
    conditions json,
    sort json,
    "limit" bigint,
    "with" json,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.templates (
    id bigint NOT NULL,
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    created_by_uuid character varying(191),
    updated_by_uuid character varying(191),
    name character varying(255) NOT NULL,
    description text,
    context_type character varying(255) NOT NULL,
    unit character varying(255) NOT NULL,
    width numeric(10,4) NOT NULL,
    height numeric(10,4) NOT NULL,
    orientation character varying(255) NOT NULL,
    margins json,
    background_color character varying(255),
    background_image_uuid character varying(255),
    content text,
    element_schemas json,
    is_default boolean NOT NULL,
    is_system boolean NOT NULL,
    is_public boolean NOT NULL,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.tracking_numbers (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    owner_uuid character(36),
    owner_type character varying(255),
    status_uuid character(36),
    tracking_number character varying(191),
    region character varying(255),
    qr_code text,
    barcode text,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.tracking_statuses (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    tracking_number_uuid character(36),
    proof_uuid character(36),
    meta json,
    status character varying(191),
    details text,
    code character varying(255),
    city character varying(255),
    province character varying(255),
    postal_code character varying(255),
    country character varying(255),
    location point NOT NULL,
    latitude character varying(255),
    longitude character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    complete boolean NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.transaction_items (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    transaction_uuid character varying(191),
    amount character varying(255),
    currency character varying(255),
    details character varying(255),
    code character varying(191),
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    public_id character varying(191),
    quantity integer NOT NULL,
    unit_price integer NOT NULL,
    tax_rate numeric(5,2) NOT NULL,
    tax_amount integer NOT NULL,
    description text,
    sort_order integer NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.transactions (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    owner_uuid character(36),
    owner_type character varying(255),
    customer_uuid character varying(191),
    customer_type character varying(255),
    company_uuid character varying(191),
    gateway_uuid character(36),
    gateway_transaction_id character varying(255),
    gateway character varying(255),
    amount integer,
    currency character varying(255),
    description character varying(255),
    type character varying(191),
    status character varying(255),
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    subject_uuid character(36),
    subject_type character varying(255),
    payer_uuid character(36),
    payer_type character varying(255),
    payee_uuid character(36),
    payee_type character varying(255),
    initiator_uuid character(36),
    initiator_type character varying(255),
    context_uuid character(36),
    context_type character varying(255),
    direction character varying(255),
    balance_after integer,
    fee_amount integer NOT NULL,
    tax_amount integer NOT NULL,
    net_amount integer NOT NULL,
    exchange_rate numeric(18,8) NOT NULL,
    settled_currency character varying(10),
    settled_amount integer,
    reference character varying(191),
    parent_transaction_uuid character(36),
    gateway_response json,
    payment_method character varying(50),
    payment_method_last4 character varying(4),
    payment_method_brand character varying(50),
    ip_address character varying(45),
    notes text,
    failure_reason character varying(191),
    failure_code character varying(50),
    period character varying(7),
    tags json,
    settled_at timestamp(0) without time zone,
    voided_at timestamp(0) without time zone,
    reversed_at timestamp(0) without time zone,
    expires_at timestamp(0) without time zone,
    settlement_status character varying(32) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (reference),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.types (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    company_uuid character varying(191),
    subject_uuid character(36),
    subject_type character varying(255),
    name character varying(255),
    description character varying(255),
    key character varying(255),
    slug character varying(255),
    "for" character varying(191),
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.user_devices (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    user_uuid character varying(191),
    platform character varying(191),
    token text,
    status character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.users (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character varying(191),
    avatar_uuid character varying(191),
    username character varying(191),
    email character varying(255),
    phone character varying(255),
    password character varying(255),
    name character varying(255),
    date_of_birth character varying(255),
    timezone character varying(255),
    country character varying(255),
    ip_address character varying(255),
    last_login character varying(255),
    slug character varying(255),
    type character varying(191),
    status character varying(255),
    meta json,
    remember_token character varying(100),
    email_verified_at timestamp(0) without time zone,
    phone_verified_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    apple_user_id character varying(255),
    facebook_user_id character varying(255),
    google_user_id character varying(255),
    options json,
    PRIMARY KEY (id),
    UNIQUE (apple_user_id),
    UNIQUE (facebook_user_id),
    UNIQUE (google_user_id),
    UNIQUE (public_id),
    UNIQUE (username),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.vehicle_geofence_states (
    id bigint NOT NULL,
    vehicle_uuid character(36) NOT NULL,
    geofence_uuid character(36) NOT NULL,
    geofence_type character varying(50) NOT NULL,
    is_inside boolean NOT NULL,
    entered_at timestamp(0) without time zone,
    exited_at timestamp(0) without time zone,
    dwell_job_id character varying(255),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.vehicles (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    vendor_uuid character(36),
    photo_uuid character(36),
    avatar_url text NOT NULL,
    make character varying(191),
    model character varying(191),
    year character varying(191),
    trim character varying(191),
    type character varying(255),
    plate_number character varying(255),
    vin character varying(255),
    vin_data json NOT NULL,
    meta json,
    status character varying(255),
    slug character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    location point,
    specs json,
    telematics json,
    online boolean NOT NULL,
    speed character varying(255),
    heading character varying(255),
    altitude character varying(255),
    telematic_uuid character(36),
    warranty_uuid character(36),
    category_uuid character(36),
    serial_number character varying(255),
    call_sign character varying(255),
    acquisition_cost integer,
    current_value integer,
    depreciation_rate integer,
    insurance_value integer,
    currency character varying(255),
    financing_status character varying(255),
    lease_expires_at timestamp(0) without time zone,
    purchased_at timestamp(0) without time zone,
    description text,
    name character varying(255),
    odometer_unit character varying(255),
    odometer character varying(255),
    ownership_type character varying(255),
    transmission character varying(255),
    color character varying(255),
    fuel_volume_unit character varying(255),
    fuel_type character varying(255),
    notes text,
    usage_type character varying(255),
    measurement_system character varying(255),
    class character varying(255),
    model_type character varying(255),
    body_sub_type character varying(255),
    body_type character varying(255),
    details json,
    loan_number_of_payments bigint,
    loan_first_payment date,
    loan_amount numeric(12,2),
    estimated_service_life_distance_unit character varying(16),
    estimated_service_life_distance bigint,
    estimated_service_life_months bigint,
    odometer_at_purchase bigint,
    cargo_volume numeric(10,2),
    passenger_volume numeric(10,2),
    interior_volume numeric(10,2),
    weight numeric(10,2),
    width numeric(10,2),
    length numeric(10,2),
    height numeric(10,2),
    towing_capacity numeric(10,2),
    payload_capacity numeric(10,2),
    seating_capacity smallint,
    ground_clearance numeric(10,2),
    bed_length numeric(10,2),
    fuel_capacity numeric(10,2),
    emission_standard character varying(32),
    dpf_equipped boolean,
    scr_equipped boolean,
    gvwr numeric(10,2),
    gcwr numeric(10,2),
    cylinder_arrangement character varying(8),
    number_of_cylinders smallint,
    torque_rpm bigint,
    torque numeric(10,2),
    horsepower_rpm bigint,
    horsepower numeric(10,2),
    engine_size numeric(5,2),
    engine_displacement numeric(7,2),
    engine_configuration character varying(32),
    engine_family character varying(64),
    engine_make character varying(64),
    engine_model character varying(64),
    engine_number character varying(128),
    skills json,
    payload_capacity_volume numeric(10,3),
    payload_capacity_pallets bigint,
    payload_capacity_parcels bigint,
    max_tasks bigint,
    time_window_start time(0) without time zone,
    time_window_end time(0) without time zone,
    return_to_depot boolean NOT NULL,
    internal_id character varying(255),
    fuel_card_number character varying(255),
    PRIMARY KEY (id),
    UNIQUE (engine_number),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.vendor_personnels (
    id integer NOT NULL,
    uuid character(36),
    vendor_uuid character(36),
    contact_uuid character(36),
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    role character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    invited_by_uuid character(36),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.vendors (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    place_uuid character(36),
    type_uuid character(36),
    connect_company_uuid character(36),
    logo_uuid character(36),
    name character varying(255),
    internal_id character varying(191),
    business_id character varying(255),
    connected integer,
    email character varying(255),
    phone character varying(255),
    website_url character varying(255),
    country character varying(255),
    meta json,
    callbacks json,
    type character varying(255),
    status character varying(255),
    slug character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    notes text,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.verification_codes (
    id integer NOT NULL,
    _key character varying(255),
    uuid character(36) NOT NULL,
    subject_uuid character(36),
    subject_type character varying(255),
    code character varying(255),
    "for" character varying(191),
    meta json,
    expires_at timestamp(0) without time zone,
    status character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.warranties (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    vendor_uuid character(36),
    category_uuid character(36),
    created_by_uuid character(36),
    updated_by_uuid character(36),
    subject_type character varying(255),
    subject_uuid character(36),
    provider character varying(255),
    policy_number character varying(255),
    type character varying(255),
    start_date date,
    end_date date,
    coverage json,
    terms json,
    policy text,
    meta json,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.waypoints (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(255),
    company_uuid character(36),
    place_uuid character(36),
    payload_uuid character(36),
    tracking_number_uuid character(36),
    _import_id character varying(191),
    type character varying(255),
    "order" integer,
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    customer_type character varying(255),
    customer_uuid character(36),
    time_window_start timestamp(0) without time zone,
    time_window_end timestamp(0) without time zone,
    service_time bigint,
    notes text,
    pod_method character varying(255),
    pod_required boolean NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.webhook_endpoints (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    company_uuid character varying(191),
    updated_by_uuid character(36),
    created_by_uuid character(36),
    api_credential_uuid character varying(191),
    url character varying(255),
    mode character varying(255),
    version character varying(255),
    description character varying(255),
    events json,
    status character varying(255),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.webhook_request_logs (
    id integer NOT NULL,
    _key character varying(255),
    uuid character(36) NOT NULL,
    public_id character varying(191),
    company_uuid character(36),
    webhook_uuid character(36),
    api_credential_uuid character(36),
    api_event_uuid character(36),
    method character varying(191),
    status_code character varying(191),
    reason_phrase character varying(255),
    duration numeric(17,14),
    url character varying(255),
    attempt integer,
    meta json,
    headers json,
    response json,
    status character varying(191),
    sent_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    deleted_at timestamp(0) without time zone,
    access_token_id bigint,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
CREATE TABLE fleetbase.work_orders (
    id integer NOT NULL,
    uuid character(36) NOT NULL,
    _key character varying(255),
    company_uuid character(36) NOT NULL,
    category_uuid character(36),
    code character varying(255),
    subject character varying(255) NOT NULL,
    category character varying(255),
    status character varying(255) NOT NULL,
    priority character varying(255),
    target_type character varying(255),
    target_uuid character(36),
    assignee_type character varying(255),
    assignee_uuid character(36),
    opened_at timestamp(0) without time zone,
    due_at timestamp(0) without time zone,
    closed_at timestamp(0) without time zone,
    required_skills json,
    required_certifications json,
    estimated_duration_hours integer,
    actual_duration_hours integer,
    resource_requirements json,
    earliest_start_date timestamp(0) without time zone,
    latest_completion_date timestamp(0) without time zone,
    scheduling_priority character varying(255) NOT NULL,
    can_be_split boolean NOT NULL,
    estimated_cost integer,
    approved_budget integer,
    actual_cost integer,
    currency character varying(255),
    cost_breakdown json,
    cost_center character varying(255),
    budget_code character varying(255),
    instructions text,
    completion_notes text,
    checklist json,
    meta json,
    created_by_uuid character(36),
    updated_by_uuid character(36),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    schedule_uuid character(36),
    PRIMARY KEY (id)
);
CREATE TABLE fleetbase.zones (
    id integer NOT NULL,
    _key character varying(255),
    uuid character varying(191),
    public_id character varying(191),
    company_uuid character(36),
    service_area_uuid character(36),
    name character varying(255),
    description text,
    border polygon,
    color character varying(255),
    stroke_color character varying(255),
    status character varying(191),
    deleted_at timestamp(0) without time zone,
    created_at timestamp(0) without time zone,
    updated_at timestamp(0) without time zone,
    trigger_on_entry boolean NOT NULL,
    trigger_on_exit boolean NOT NULL,
    dwell_threshold_minutes integer,
    speed_limit_kmh integer,
    PRIMARY KEY (id),
    UNIQUE (public_id),
    UNIQUE (uuid)
);
COMMENT ON COLUMN fleetbase.drivers.max_travel_time IS 'Seconds';
COMMENT ON COLUMN fleetbase.drivers.max_distance IS 'Metres';
COMMENT ON COLUMN fleetbase.geofence_events_log.event_type IS 'one of: entered, exited, dwelled';
COMMENT ON COLUMN fleetbase.maintenance_schedule_reminders.offset_days IS 'Which offset fired, e.g. 15 or 3';
COMMENT ON COLUMN fleetbase.maintenance_schedule_reminders.due_date_snapshot IS 'The next_due_date at time of sending; advances each cycle so reminders re-fire';
COMMENT ON COLUMN fleetbase.maintenance_schedules.reminder_offsets IS 'Array of integers: days before next_due_date to send reminder emails, e.g. [15, 7, 3]';
COMMENT ON COLUMN fleetbase.report_executions.execution_time IS 'Execution time in milliseconds';
COMMENT ON COLUMN fleetbase.report_executions.status IS 'one of: pending, running, completed, failed';
COMMENT ON COLUMN fleetbase.reports.execution_time IS 'Execution time in milliseconds';
COMMENT ON COLUMN fleetbase.schedule_availability.preference_level IS '1-5 preference strength';
COMMENT ON COLUMN fleetbase.schedule_availability.rrule IS 'RFC 5545 recurrence rule';
COMMENT ON COLUMN fleetbase.schedule_constraints.type IS 'e.g., hos, labor, business, capacity';
COMMENT ON COLUMN fleetbase.schedule_constraints.category IS 'e.g., compliance, optimization';
COMMENT ON COLUMN fleetbase.schedule_constraints.jurisdiction IS 'e.g., US-Federal, US-CA, EU';
COMMENT ON COLUMN fleetbase.schedule_constraints.priority IS 'Higher = more important';
COMMENT ON COLUMN fleetbase.schedule_exceptions.type IS 'e.g., time_off, sick, holiday, swap, training';
COMMENT ON COLUMN fleetbase.schedule_exceptions.status IS 'pending | approved | rejected | cancelled';
COMMENT ON COLUMN fleetbase.schedule_items.duration IS 'Duration in minutes';
COMMENT ON COLUMN fleetbase.schedule_items.template_uuid IS 'The ScheduleTemplate that generated this item via RRULE expansion';
COMMENT ON COLUMN fleetbase.schedule_items.is_exception IS 'True when this item has been manually edited and should not be overwritten by re-materialization';
COMMENT ON COLUMN fleetbase.schedule_items.exception_for_date IS 'The original RRULE occurrence date (YYYY-MM-DD) this item is an exception for';
COMMENT ON COLUMN fleetbase.schedule_items.status IS 'one of: pending, confirmed, in_progress, completed, cancelled, no_show';
COMMENT ON COLUMN fleetbase.schedule_templates.duration IS 'Duration in minutes';
COMMENT ON COLUMN fleetbase.schedule_templates.break_duration IS 'Break duration in minutes';
COMMENT ON COLUMN fleetbase.schedule_templates.rrule IS 'RFC 5545 recurrence rule';
COMMENT ON COLUMN fleetbase.schedule_templates.schedule_uuid IS 'UUID of the Schedule this template is applied to; NULL for library templates';
COMMENT ON COLUMN fleetbase.schedule_templates.color IS 'Hex colour for calendar rendering, e.g. #6366f1';
COMMENT ON COLUMN fleetbase.schedules.last_materialized_at IS 'Timestamp of the last successful RRULE materialization run';
COMMENT ON COLUMN fleetbase.schedules.materialization_horizon IS 'The furthest future date up to which ScheduleItems have been generated';
COMMENT ON COLUMN fleetbase.schedules.hos_daily_limit IS 'Max driving hours per day. NULL = use global default (11h).';
COMMENT ON COLUMN fleetbase.schedules.hos_weekly_limit IS 'Max driving hours per rolling 7-day period. NULL = use global default (70h).';
COMMENT ON COLUMN fleetbase.schedules.hos_source IS 'Source used to calculate HOS hours: schedule | telematics | manual';
COMMENT ON COLUMN fleetbase.schedules.status IS 'one of: draft, published, active, paused, archived';
COMMENT ON COLUMN fleetbase.waypoints.service_time IS 'Seconds';
ALTER TABLE fleetbase.alerts ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.alerts ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.alerts ADD FOREIGN KEY (acknowledged_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.alerts ADD FOREIGN KEY (resolved_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.api_credentials ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.api_credentials ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.api_request_logs ADD FOREIGN KEY (api_credential_uuid) REFERENCES fleetbase.api_credentials(uuid);
ALTER TABLE fleetbase.api_request_logs ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.assets ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.assets ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.assets ADD FOREIGN KEY (vendor_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.assets ADD FOREIGN KEY (current_place_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.assets ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.assets ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.categories ADD FOREIGN KEY (icon_file_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.chat_attachments ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.chat_attachments ADD FOREIGN KEY (file_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.chat_channels ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.chat_channels ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.chat_logs ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.chat_messages ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.chat_participants ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.chat_participants ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.chat_receipts ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.comments ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.comments ADD FOREIGN KEY (author_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.companies ADD FOREIGN KEY (backdrop_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.companies ADD FOREIGN KEY (logo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.companies ADD FOREIGN KEY (owner_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.companies ADD FOREIGN KEY (place_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.company_users ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.company_users ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.contacts ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.contacts ADD FOREIGN KEY (photo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.contacts ADD FOREIGN KEY (place_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.contacts ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.custom_field_values ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.custom_fields ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.device_events ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.devices ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.devices ADD FOREIGN KEY (photo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.directives ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.driver_geofence_states ADD FOREIGN KEY (driver_uuid) REFERENCES fleetbase.drivers(uuid);
ALTER TABLE fleetbase.drivers ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.drivers ADD FOREIGN KEY (current_job_uuid) REFERENCES fleetbase.orders(uuid);
ALTER TABLE fleetbase.drivers ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.drivers ADD FOREIGN KEY (vehicle_uuid) REFERENCES fleetbase.vehicles(uuid);
ALTER TABLE fleetbase.drivers ADD FOREIGN KEY (vendor_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.entities ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.entities ADD FOREIGN KEY (destination_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.entities ADD FOREIGN KEY (driver_assigned_uuid) REFERENCES fleetbase.drivers(uuid);
ALTER TABLE fleetbase.entities ADD FOREIGN KEY (payload_uuid) REFERENCES fleetbase.payloads(uuid);
ALTER TABLE fleetbase.entities ADD FOREIGN KEY (tracking_number_uuid) REFERENCES fleetbase.tracking_numbers(uuid);
ALTER TABLE fleetbase.entities ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.entities ADD FOREIGN KEY (supplier_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.equipments ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.equipments ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.equipments ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.equipments ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.equipments ADD FOREIGN KEY (photo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.extension_installs ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.extension_installs ADD FOREIGN KEY (extension_uuid) REFERENCES fleetbase.extensions(uuid);
ALTER TABLE fleetbase.extensions ADD FOREIGN KEY (author_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.extensions ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.extensions ADD FOREIGN KEY (icon_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.extensions ADD FOREIGN KEY (type_uuid) REFERENCES fleetbase.types(uuid);
ALTER TABLE fleetbase.fleet_drivers ADD FOREIGN KEY (driver_uuid) REFERENCES fleetbase.drivers(uuid);
ALTER TABLE fleetbase.fleet_drivers ADD FOREIGN KEY (fleet_uuid) REFERENCES fleetbase.fleets(uuid);
ALTER TABLE fleetbase.fleet_vehicles ADD FOREIGN KEY (fleet_uuid) REFERENCES fleetbase.fleets(uuid);
ALTER TABLE fleetbase.fleet_vehicles ADD FOREIGN KEY (vehicle_uuid) REFERENCES fleetbase.vehicles(uuid);
ALTER TABLE fleetbase.fleets ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.fleets ADD FOREIGN KEY (service_area_uuid) REFERENCES fleetbase.service_areas(uuid);
ALTER TABLE fleetbase.fleets ADD FOREIGN KEY (zone_uuid) REFERENCES fleetbase.zones(uuid);
ALTER TABLE fleetbase.fleets ADD FOREIGN KEY (vendor_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.fleets ADD FOREIGN KEY (parent_fleet_uuid) REFERENCES fleetbase.fleets(uuid);
ALTER TABLE fleetbase.fuel_reports ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.fuel_reports ADD FOREIGN KEY (driver_uuid) REFERENCES fleetbase.drivers(uuid);
ALTER TABLE fleetbase.fuel_reports ADD FOREIGN KEY (vehicle_uuid) REFERENCES fleetbase.vehicles(uuid);
ALTER TABLE fleetbase.fuel_reports ADD FOREIGN KEY (reported_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.group_users ADD FOREIGN KEY (group_uuid) REFERENCES fleetbase.groups(uuid);
ALTER TABLE fleetbase.group_users ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.groups ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.integrated_vendors ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.integrated_vendors ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.invites ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.invites ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.issues ADD FOREIGN KEY (assigned_to_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.issues ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.issues ADD FOREIGN KEY (driver_uuid) REFERENCES fleetbase.drivers(uuid);
ALTER TABLE fleetbase.issues ADD FOREIGN KEY (vehicle_uuid) REFERENCES fleetbase.vehicles(uuid);
ALTER TABLE fleetbase.issues ADD FOREIGN KEY (reported_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.maintenance_schedules ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.maintenance_schedules ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.maintenance_schedules ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.maintenances ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.maintenances ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.maintenances ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.maintenances ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.manifest_stops ADD FOREIGN KEY (manifest_uuid) REFERENCES fleetbase.manifests(uuid);
ALTER TABLE fleetbase.model_has_policies ADD FOREIGN KEY (policy_id) REFERENCES fleetbase.policies(id);
ALTER TABLE fleetbase.monitored_scheduled_task_log_items ADD FOREIGN KEY (monitored_scheduled_task_id) REFERENCES fleetbase.monitored_scheduled_tasks(id);
ALTER TABLE fleetbase.order_configs ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.order_configs ADD FOREIGN KEY (author_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.order_configs ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.order_configs ADD FOREIGN KEY (icon_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (driver_assigned_uuid) REFERENCES fleetbase.drivers(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (payload_uuid) REFERENCES fleetbase.payloads(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (purchase_rate_uuid) REFERENCES fleetbase.purchase_rates(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (route_uuid) REFERENCES fleetbase.routes(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (tracking_number_uuid) REFERENCES fleetbase.tracking_numbers(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (transaction_uuid) REFERENCES fleetbase.transactions(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.orders ADD FOREIGN KEY (vehicle_assigned_uuid) REFERENCES fleetbase.vehicles(uuid);
ALTER TABLE fleetbase.parts ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.parts ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.parts ADD FOREIGN KEY (vendor_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.parts ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.parts ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.parts ADD FOREIGN KEY (photo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.payloads ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.payloads ADD FOREIGN KEY (current_waypoint_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.payloads ADD FOREIGN KEY (dropoff_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.payloads ADD FOREIGN KEY (pickup_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.payloads ADD FOREIGN KEY (return_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.places ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.policies ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.positions ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.positions ADD FOREIGN KEY (destination_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.positions ADD FOREIGN KEY (order_uuid) REFERENCES fleetbase.orders(uuid);
ALTER TABLE fleetbase.proofs ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.proofs ADD FOREIGN KEY (file_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.purchase_rates ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.purchase_rates ADD FOREIGN KEY (payload_uuid) REFERENCES fleetbase.payloads(uuid);
ALTER TABLE fleetbase.purchase_rates ADD FOREIGN KEY (service_quote_uuid) REFERENCES fleetbase.service_quotes(uuid);
ALTER TABLE fleetbase.purchase_rates ADD FOREIGN KEY (transaction_uuid) REFERENCES fleetbase.transactions(uuid);
ALTER TABLE fleetbase.report_audit_logs ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.report_audit_logs ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.report_executions ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.report_executions ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.report_templates ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.report_templates ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.report_templates ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.reports ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.reports ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.reports ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.reports ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.roles ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.routes ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.routes ADD FOREIGN KEY (order_uuid) REFERENCES fleetbase.orders(uuid);
ALTER TABLE fleetbase.sensors ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.sensors ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.sensors ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.sensors ADD FOREIGN KEY (photo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.service_areas ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.service_areas ADD FOREIGN KEY (parent_uuid) REFERENCES fleetbase.service_areas(uuid);
ALTER TABLE fleetbase.service_quote_items ADD FOREIGN KEY (service_quote_uuid) REFERENCES fleetbase.service_quotes(uuid);
ALTER TABLE fleetbase.service_quotes ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.service_quotes ADD FOREIGN KEY (integrated_vendor_uuid) REFERENCES fleetbase.integrated_vendors(uuid);
ALTER TABLE fleetbase.service_quotes ADD FOREIGN KEY (payload_uuid) REFERENCES fleetbase.payloads(uuid);
ALTER TABLE fleetbase.service_quotes ADD FOREIGN KEY (service_rate_uuid) REFERENCES fleetbase.service_rates(uuid);
ALTER TABLE fleetbase.service_rate_fees ADD FOREIGN KEY (service_rate_uuid) REFERENCES fleetbase.service_rates(uuid);
ALTER TABLE fleetbase.service_rate_parcel_fees ADD FOREIGN KEY (service_rate_uuid) REFERENCES fleetbase.service_rates(uuid);
ALTER TABLE fleetbase.service_rates ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.service_rates ADD FOREIGN KEY (service_area_uuid) REFERENCES fleetbase.service_areas(uuid);
ALTER TABLE fleetbase.service_rates ADD FOREIGN KEY (zone_uuid) REFERENCES fleetbase.zones(uuid);
ALTER TABLE fleetbase.telematics ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.telematics ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.telematics ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.template_queries ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.template_queries ADD FOREIGN KEY (template_uuid) REFERENCES fleetbase.templates(uuid);
ALTER TABLE fleetbase.template_queries ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.templates ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.templates ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.templates ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.tracking_numbers ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.tracking_numbers ADD FOREIGN KEY (status_uuid) REFERENCES fleetbase.tracking_statuses(uuid);
ALTER TABLE fleetbase.tracking_statuses ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.tracking_statuses ADD FOREIGN KEY (tracking_number_uuid) REFERENCES fleetbase.tracking_numbers(uuid);
ALTER TABLE fleetbase.transaction_items ADD FOREIGN KEY (transaction_uuid) REFERENCES fleetbase.transactions(uuid);
ALTER TABLE fleetbase.transactions ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.types ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.user_devices ADD FOREIGN KEY (user_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.users ADD FOREIGN KEY (avatar_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.users ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.vehicle_geofence_states ADD FOREIGN KEY (vehicle_uuid) REFERENCES fleetbase.vehicles(uuid);
ALTER TABLE fleetbase.vehicles ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.vehicles ADD FOREIGN KEY (photo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.vehicles ADD FOREIGN KEY (vendor_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.vehicles ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.vendor_personnels ADD FOREIGN KEY (vendor_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.vendor_personnels ADD FOREIGN KEY (contact_uuid) REFERENCES fleetbase.contacts(uuid);
ALTER TABLE fleetbase.vendor_personnels ADD FOREIGN KEY (invited_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.vendors ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.vendors ADD FOREIGN KEY (connect_company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.vendors ADD FOREIGN KEY (logo_uuid) REFERENCES fleetbase.files(uuid);
ALTER TABLE fleetbase.vendors ADD FOREIGN KEY (place_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.vendors ADD FOREIGN KEY (type_uuid) REFERENCES fleetbase.types(uuid);
ALTER TABLE fleetbase.warranties ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.warranties ADD FOREIGN KEY (vendor_uuid) REFERENCES fleetbase.vendors(uuid);
ALTER TABLE fleetbase.warranties ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.warranties ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.warranties ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.waypoints ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.waypoints ADD FOREIGN KEY (payload_uuid) REFERENCES fleetbase.payloads(uuid);
ALTER TABLE fleetbase.waypoints ADD FOREIGN KEY (place_uuid) REFERENCES fleetbase.places(uuid);
ALTER TABLE fleetbase.waypoints ADD FOREIGN KEY (tracking_number_uuid) REFERENCES fleetbase.tracking_numbers(uuid);
ALTER TABLE fleetbase.webhook_endpoints ADD FOREIGN KEY (api_credential_uuid) REFERENCES fleetbase.api_credentials(uuid);
ALTER TABLE fleetbase.webhook_endpoints ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.webhook_endpoints ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.webhook_endpoints ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.webhook_request_logs ADD FOREIGN KEY (api_credential_uuid) REFERENCES fleetbase.api_credentials(uuid);
ALTER TABLE fleetbase.webhook_request_logs ADD FOREIGN KEY (api_event_uuid) REFERENCES fleetbase.api_events(uuid);
ALTER TABLE fleetbase.webhook_request_logs ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.webhook_request_logs ADD FOREIGN KEY (webhook_uuid) REFERENCES fleetbase.webhook_endpoints(uuid);
ALTER TABLE fleetbase.work_orders ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.work_orders ADD FOREIGN KEY (category_uuid) REFERENCES fleetbase.categories(uuid);
ALTER TABLE fleetbase.work_orders ADD FOREIGN KEY (created_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.work_orders ADD FOREIGN KEY (updated_by_uuid) REFERENCES fleetbase.users(uuid);
ALTER TABLE fleetbase.zones ADD FOREIGN KEY (company_uuid) REFERENCES fleetbase.companies(uuid);
ALTER TABLE fleetbase.zones ADD FOREIGN KEY (service_area_uuid) REFERENCES fleetbase.service_areas(uuid);
