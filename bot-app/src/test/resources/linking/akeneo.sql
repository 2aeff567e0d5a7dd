-- Akeneo PIM Community Edition (6.x-era schema: the mysqldump in upgrades/test_schema of akeneo/pim-community-dev), converted to PostgreSQL
CREATE SCHEMA akeneo;

CREATE TABLE akeneo.acl_classes (
    id bigint NOT NULL,
    class_type character varying(200) NOT NULL,
    CONSTRAINT acl_classes_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.acl_entries (
    id bigint NOT NULL,
    class_id bigint NOT NULL,
    object_identity_id bigint,
    security_identity_id bigint NOT NULL,
    field_name character varying(50),
    ace_order integer NOT NULL,
    mask integer NOT NULL,
    granting boolean NOT NULL,
    granting_strategy character varying(30) NOT NULL,
    audit_success boolean NOT NULL,
    audit_failure boolean NOT NULL,
    CONSTRAINT acl_entries_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.acl_object_identities (
    id bigint NOT NULL,
    parent_object_identity_id bigint,
    class_id bigint NOT NULL,
    object_identifier character varying(100) NOT NULL,
    entries_inheriting boolean NOT NULL,
    CONSTRAINT acl_object_identities_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.acl_object_identity_ancestors (
    object_identity_id bigint NOT NULL,
    ancestor_id bigint NOT NULL,
    CONSTRAINT acl_object_identity_ancestors_pkey PRIMARY KEY (object_identity_id, ancestor_id)
);

CREATE TABLE akeneo.acl_security_identities (
    id bigint NOT NULL,
    identifier character varying(200) NOT NULL,
    username boolean NOT NULL,
    CONSTRAINT acl_security_identities_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.acme_reference_data_color (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    sortorder integer NOT NULL,
    name character varying(255) NOT NULL,
    hex character varying(255) NOT NULL,
    red integer NOT NULL,
    green integer NOT NULL,
    blue integer NOT NULL,
    hue integer NOT NULL,
    hslsaturation integer NOT NULL,
    light integer NOT NULL,
    hsvsaturation integer NOT NULL,
    value integer NOT NULL,
    CONSTRAINT acme_reference_data_color_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.acme_reference_data_fabric (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    sortorder integer NOT NULL,
    name character varying(255) NOT NULL,
    alternativename character varying(255),
    CONSTRAINT acme_reference_data_fabric_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.akeneo_batch_job_execution (
    id integer NOT NULL,
    job_instance_id integer NOT NULL,
    pid integer,
    "user" character varying(255),
    status integer NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    create_time timestamp without time zone,
    updated_time timestamp without time zone,
    health_check_time timestamp without time zone,
    exit_code character varying(255),
    exit_description text,
    failure_exceptions text,
    log_file character varying(255),
    raw_parameters json NOT NULL,
    is_stoppable boolean NOT NULL,
    step_count integer NOT NULL,
    is_visible boolean NOT NULL,
    CONSTRAINT akeneo_batch_job_execution_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.akeneo_batch_job_instance (
    id integer NOT NULL,
    code character varying(100) NOT NULL,
    label character varying(255),
    job_name character varying(50) NOT NULL,
    status integer NOT NULL,
    connector character varying(255) NOT NULL,
    raw_parameters text NOT NULL,
    type character varying(255) NOT NULL,
    CONSTRAINT akeneo_batch_job_instance_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.akeneo_batch_step_execution (
    id integer NOT NULL,
    job_execution_id integer,
    step_name character varying(100),
    status integer NOT NULL,
    read_count integer NOT NULL,
    write_count integer NOT NULL,
    filter_count integer NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    exit_code character varying(255),
    exit_description text,
    terminate_only boolean,
    failure_exceptions text,
    errors text NOT NULL,
    summary text NOT NULL,
    tracking_data json,
    warning_count integer NOT NULL,
    is_trackable boolean NOT NULL,
    CONSTRAINT akeneo_batch_step_execution_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.akeneo_batch_warning (
    id integer NOT NULL,
    step_execution_id integer,
    reason text,
    reason_parameters text NOT NULL,
    item text NOT NULL,
    CONSTRAINT akeneo_batch_warning_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.akeneo_communication_channel_viewed_announcements (
    announcement_id character varying(100) NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT akeneo_communication_channel_viewed_announcements_pkey PRIMARY KEY (announcement_id, user_id)
);

CREATE TABLE akeneo.akeneo_connectivity_connected_app (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    logo character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    partner character varying(255),
    categories json NOT NULL,
    certified boolean NOT NULL,
    connection_code character varying(100) NOT NULL,
    scopes json NOT NULL,
    user_group_name character varying(255) NOT NULL,
    CONSTRAINT akeneo_connectivity_connected_app_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.akeneo_connectivity_connection (
    client_id integer NOT NULL,
    user_id integer NOT NULL,
    code character varying(100) NOT NULL,
    label character varying(100) NOT NULL,
    flow_type character varying(50) NOT NULL,
    image character varying(255),
    created timestamp without time zone NOT NULL,
    auditable boolean NOT NULL,
    webhook_url character varying(255),
    webhook_secret character varying(255),
    webhook_enabled boolean NOT NULL,
    type character varying(30) NOT NULL,
    CONSTRAINT akeneo_connectivity_connection_pkey PRIMARY KEY (code)
);

CREATE TABLE akeneo.akeneo_connectivity_connection_audit_error (
    connection_code character varying(100) NOT NULL,
    error_datetime timestamp without time zone NOT NULL,
    error_count integer NOT NULL,
    error_type character varying(100) NOT NULL,
    CONSTRAINT akeneo_connectivity_connection_audit_error_pkey PRIMARY KEY (error_datetime, connection_code, error_type)
);

CREATE TABLE akeneo.akeneo_connectivity_connection_audit_product (
    connection_code character varying(100) NOT NULL,
    event_datetime timestamp without time zone NOT NULL,
    event_count integer NOT NULL,
    event_type character varying(100) NOT NULL,
    updated timestamp without time zone NOT NULL,
    CONSTRAINT akeneo_connectivity_connection_audit_product_pkey PRIMARY KEY (event_datetime, connection_code, event_type)
);

CREATE TABLE akeneo.akeneo_connectivity_connection_events_api_request_count (
    event_minute integer NOT NULL,
    event_count integer NOT NULL,
    updated timestamp without time zone NOT NULL,
    CONSTRAINT akeneo_connectivity_connection_events_api_request_count_pkey PRIMARY KEY (event_minute)
);

CREATE TABLE akeneo.akeneo_connectivity_connection_wrong_credentials_combination (
    connection_code character varying(100) NOT NULL,
    username character varying(100) NOT NULL,
    authentication_date timestamp without time zone NOT NULL,
    CONSTRAINT akeneo_connectivity_connection_wrong_credentials_combination_pk PRIMARY KEY (connection_code, username)
);

CREATE TABLE akeneo.akeneo_connectivity_user_consent (
    user_id integer NOT NULL,
    app_id character varying(36) NOT NULL,
    scopes json NOT NULL,
    uuid character(36) NOT NULL,
    consent_date timestamp without time zone NOT NULL,
    CONSTRAINT akeneo_connectivity_user_consent_pkey PRIMARY KEY (user_id, app_id)
);

CREATE TABLE akeneo.akeneo_file_storage_file_info (
    id integer NOT NULL,
    file_key character varying(255) NOT NULL,
    original_filename character varying(255) NOT NULL,
    mime_type character varying(255) NOT NULL,
    size integer,
    extension character varying(10) NOT NULL,
    hash character varying(100),
    storage character varying(255),
    CONSTRAINT akeneo_file_storage_file_info_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.akeneo_measurement (
    code character varying(100) NOT NULL,
    labels json NOT NULL,
    standard_unit character varying(100) NOT NULL,
    units json NOT NULL,
    CONSTRAINT akeneo_measurement_pkey PRIMARY KEY (code)
);

CREATE TABLE akeneo.akeneo_structure_version_last_update (
    resource_name character varying(255) NOT NULL,
    last_update timestamp without time zone NOT NULL,
    CONSTRAINT akeneo_structure_version_last_update_pkey PRIMARY KEY (resource_name)
);

CREATE TABLE akeneo.lock_keys (
    key_id character varying(64) NOT NULL,
    key_token character varying(44) NOT NULL,
    key_expiration bigint NOT NULL,
    CONSTRAINT lock_keys_pkey PRIMARY KEY (key_id)
);

CREATE TABLE akeneo.messenger_messages (
    id bigint NOT NULL,
    body text NOT NULL,
    headers text NOT NULL,
    queue_name character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    available_at timestamp without time zone NOT NULL,
    delivered_at timestamp without time zone,
    CONSTRAINT messenger_messages_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.migration_versions (
    version character varying(190) NOT NULL,
    executed_at timestamp without time zone,
    execution_time integer,
    CONSTRAINT migration_versions_pkey PRIMARY KEY (version)
);

CREATE TABLE akeneo.oro_access_group (
    id smallint NOT NULL,
    name character varying(255) NOT NULL,
    default_permissions json,
    type character varying(30) NOT NULL,
    CONSTRAINT oro_access_group_pkey PRIMARY KEY (id),
    CONSTRAINT uniq_fef9edb75e237e06 UNIQUE (name)
);

CREATE TABLE akeneo.oro_access_role (
    id smallint NOT NULL,
    role character varying(255) NOT NULL,
    label character varying(255) NOT NULL,
    type character varying(30) NOT NULL,
    CONSTRAINT oro_access_role_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.oro_config (
    id integer NOT NULL,
    entity character varying(255),
    record_id integer,
    CONSTRAINT oro_config_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.oro_config_value (
    id integer NOT NULL,
    config_id integer,
    name character varying(255) NOT NULL,
    section character varying(50),
    value text,
    CONSTRAINT oro_config_value_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.oro_user (
    id integer NOT NULL,
    file_info_id integer,
    ui_locale_id integer NOT NULL,
    username character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    name_prefix character varying(255),
    first_name character varying(255),
    middle_name character varying(255),
    last_name character varying(255),
    name_suffix character varying(255),
    image character varying(255),
    enabled boolean NOT NULL,
    salt character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    confirmation_token character varying(255),
    password_requested timestamp without time zone,
    last_login timestamp without time zone,
    login_count bigint NOT NULL,
    createdat timestamp without time zone NOT NULL,
    updatedat timestamp without time zone NOT NULL,
    product_grid_filters json,
    emailnotifications boolean NOT NULL,
    phone character varying(20),
    timezone character varying(30) NOT NULL,
    user_type character varying(20) NOT NULL,
    properties json NOT NULL,
    consecutive_authentication_failure_counter bigint NOT NULL,
    authentication_failure_reset_date timestamp without time zone,
    profile character varying(255),
    cataloglocale_id integer,
    catalogscope_id integer,
    defaulttree_id integer,
    CONSTRAINT oro_user_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.oro_user_access_group (
    user_id integer NOT NULL,
    group_id smallint NOT NULL,
    CONSTRAINT oro_user_access_group_pkey PRIMARY KEY (user_id, group_id)
);

CREATE TABLE akeneo.oro_user_access_group_role (
    group_id smallint NOT NULL,
    role_id smallint NOT NULL,
    CONSTRAINT oro_user_access_group_role_pkey PRIMARY KEY (group_id, role_id)
);

CREATE TABLE akeneo.oro_user_access_role (
    user_id integer NOT NULL,
    role_id smallint NOT NULL,
    CONSTRAINT oro_user_access_role_pkey PRIMARY KEY (user_id, role_id)
);

CREATE TABLE akeneo.pim_aggregated_volume (
    volume_name character varying(255) NOT NULL,
    volume json NOT NULL,
    aggregated_at timestamp without time zone NOT NULL,
    CONSTRAINT pim_aggregated_volume_pkey PRIMARY KEY (volume_name)
);

CREATE TABLE akeneo.pim_api_access_token (
    id integer NOT NULL,
    client integer,
    "user" integer,
    token character varying(255) NOT NULL,
    expires_at integer,
    scope character varying(255),
    CONSTRAINT pim_api_access_token_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_api_auth_code (
    id integer NOT NULL,
    client_id integer,
    user_id integer,
    token character varying(255) NOT NULL,
    redirect_uri text NOT NULL,
    expires_at integer,
    scope character varying(255),
    CONSTRAINT pim_api_auth_code_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_api_client (
    id integer NOT NULL,
    random_id character varying(255) NOT NULL,
    redirect_uris text NOT NULL,
    secret character varying(255) NOT NULL,
    allowed_grant_types text NOT NULL,
    label character varying(255),
    marketplace_public_app_id character varying(255),
    CONSTRAINT pim_api_client_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_api_refresh_token (
    id integer NOT NULL,
    client integer,
    "user" integer,
    token character varying(255) NOT NULL,
    expires_at integer,
    scope character varying(255),
    CONSTRAINT pim_api_refresh_token_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_association (
    id integer NOT NULL,
    association_type_id integer NOT NULL,
    owner_id integer NOT NULL,
    CONSTRAINT pim_catalog_association_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_association_group (
    association_id integer NOT NULL,
    group_id integer NOT NULL,
    CONSTRAINT pim_catalog_association_group_pkey PRIMARY KEY (association_id, group_id)
);

CREATE TABLE akeneo.pim_catalog_association_product (
    association_id integer NOT NULL,
    product_id integer NOT NULL,
    CONSTRAINT pim_catalog_association_product_pkey PRIMARY KEY (association_id, product_id)
);

CREATE TABLE akeneo.pim_catalog_association_product_model (
    association_id integer NOT NULL,
    product_model_id integer NOT NULL,
    CONSTRAINT pim_catalog_association_product_model_pkey PRIMARY KEY (association_id, product_model_id)
);

CREATE TABLE akeneo.pim_catalog_association_product_model_to_group (
    association_id integer NOT NULL,
    group_id integer NOT NULL,
    CONSTRAINT pim_catalog_association_product_model_to_group_pkey PRIMARY KEY (association_id, group_id)
);

CREATE TABLE akeneo.pim_catalog_association_product_model_to_product (
    association_id integer NOT NULL,
    product_id integer NOT NULL,
    CONSTRAINT pim_catalog_association_product_model_to_product_pkey PRIMARY KEY (association_id, product_id)
);

CREATE TABLE akeneo.pim_catalog_association_product_model_to_product_model (
    association_id integer NOT NULL,
    product_model_id integer NOT NULL,
    CONSTRAINT pim_catalog_association_product_model_to_product_model_pkey PRIMARY KEY (association_id, product_model_id)
);

CREATE TABLE akeneo.pim_catalog_association_type (
    id integer NOT NULL,
    code character varying(100) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    is_two_way boolean NOT NULL,
    is_quantified boolean NOT NULL,
    CONSTRAINT pim_catalog_association_type_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_association_type_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_association_type_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_attribute (
    id integer NOT NULL,
    group_id integer,
    sort_order integer NOT NULL,
    useable_as_grid_filter boolean NOT NULL,
    max_characters integer,
    validation_rule character varying(10),
    validation_regexp character varying(500),
    wysiwyg_enabled boolean,
    number_min numeric(14,4),
    number_max numeric(14,4),
    decimals_allowed boolean,
    negative_allowed boolean,
    date_min timestamp without time zone,
    date_max timestamp without time zone,
    metric_family character varying(100),
    default_metric_unit character varying(100),
    max_file_size numeric(6,2),
    allowed_extensions character varying(255),
    minimuminputlength smallint,
    is_required boolean NOT NULL,
    is_unique boolean NOT NULL,
    is_localizable boolean NOT NULL,
    is_scopable boolean NOT NULL,
    code character varying(100) NOT NULL,
    entity_type character varying(255) NOT NULL,
    attribute_type character varying(255) NOT NULL,
    backend_type character varying(255) NOT NULL,
    properties text,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    guidelines json NOT NULL,
    CONSTRAINT pim_catalog_attribute_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_attribute_blacklist (
    attribute_code character varying(100) NOT NULL,
    cleanup_job_execution_id integer,
    CONSTRAINT pim_catalog_attribute_blacklist_pkey PRIMARY KEY (attribute_code)
);

CREATE TABLE akeneo.pim_catalog_attribute_group (
    id integer NOT NULL,
    code character varying(100) NOT NULL,
    sort_order integer NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    CONSTRAINT pim_catalog_attribute_group_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_attribute_group_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_attribute_group_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_attribute_locale (
    attribute_id integer NOT NULL,
    locale_id integer NOT NULL,
    CONSTRAINT pim_catalog_attribute_locale_pkey PRIMARY KEY (attribute_id, locale_id)
);

CREATE TABLE akeneo.pim_catalog_attribute_option (
    id integer NOT NULL,
    attribute_id integer NOT NULL,
    code character varying(100) NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT pim_catalog_attribute_option_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_attribute_option_value (
    id integer NOT NULL,
    option_id integer NOT NULL,
    locale_code character varying(20),
    value character varying(255),
    CONSTRAINT pim_catalog_attribute_option_value_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_attribute_requirement (
    id integer NOT NULL,
    family_id integer NOT NULL,
    attribute_id integer NOT NULL,
    channel_id integer NOT NULL,
    required boolean NOT NULL,
    CONSTRAINT pim_catalog_attribute_requirement_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_attribute_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_attribute_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_category (
    id integer NOT NULL,
    parent_id integer,
    code character varying(100) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    root integer NOT NULL,
    lvl integer NOT NULL,
    lft integer NOT NULL,
    rgt integer NOT NULL,
    CONSTRAINT pim_catalog_category_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_category_product (
    product_id integer NOT NULL,
    category_id integer NOT NULL,
    CONSTRAINT pim_catalog_category_product_pkey PRIMARY KEY (product_id, category_id)
);

CREATE TABLE akeneo.pim_catalog_category_product_model (
    product_model_id integer NOT NULL,
    category_id integer NOT NULL,
    CONSTRAINT pim_catalog_category_product_model_pkey PRIMARY KEY (product_model_id, category_id)
);

CREATE TABLE akeneo.pim_catalog_category_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_category_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_channel (
    id integer NOT NULL,
    category_id integer,
    code character varying(100) NOT NULL,
    conversionunits text NOT NULL,
    CONSTRAINT pim_catalog_channel_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_channel_currency (
    channel_id integer NOT NULL,
    currency_id integer NOT NULL,
    CONSTRAINT pim_catalog_channel_currency_pkey PRIMARY KEY (channel_id, currency_id)
);

CREATE TABLE akeneo.pim_catalog_channel_locale (
    channel_id integer NOT NULL,
    locale_id integer NOT NULL,
    CONSTRAINT pim_catalog_channel_locale_pkey PRIMARY KEY (channel_id, locale_id)
);

CREATE TABLE akeneo.pim_catalog_channel_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_channel_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_completeness (
    id bigint NOT NULL,
    locale_id integer NOT NULL,
    channel_id integer NOT NULL,
    product_id integer NOT NULL,
    missing_count integer NOT NULL,
    required_count integer NOT NULL,
    CONSTRAINT pim_catalog_completeness_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_currency (
    id integer NOT NULL,
    code character varying(3) NOT NULL,
    is_activated boolean NOT NULL,
    CONSTRAINT pim_catalog_currency_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_family (
    id integer NOT NULL,
    label_attribute_id integer,
    image_attribute_id integer,
    code character varying(100) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    CONSTRAINT pim_catalog_family_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_family_attribute (
    family_id integer NOT NULL,
    attribute_id integer NOT NULL,
    CONSTRAINT pim_catalog_family_attribute_pkey PRIMARY KEY (family_id, attribute_id)
);

CREATE TABLE akeneo.pim_catalog_family_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_family_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_family_variant (
    id integer NOT NULL,
    family_id integer,
    code character varying(100) NOT NULL,
    CONSTRAINT pim_catalog_family_variant_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_family_variant_attribute_set (
    id integer NOT NULL,
    level integer NOT NULL,
    CONSTRAINT pim_catalog_family_variant_attribute_set_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_family_variant_has_variant_attribute_sets (
    family_variant_id integer NOT NULL,
    variant_attribute_sets_id integer NOT NULL,
    CONSTRAINT pim_catalog_family_variant_has_variant_attribute_sets_pkey PRIMARY KEY (family_variant_id, variant_attribute_sets_id)
);

CREATE TABLE akeneo.pim_catalog_family_variant_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_family_variant_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_group (
    id integer NOT NULL,
    type_id integer NOT NULL,
    code character varying(100) NOT NULL,
    CONSTRAINT pim_catalog_group_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_group_product (
    product_id integer NOT NULL,
    group_id integer NOT NULL,
    CONSTRAINT pim_catalog_group_product_pkey PRIMARY KEY (product_id, group_id)
);

CREATE TABLE akeneo.pim_catalog_group_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_group_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_group_type (
    id integer NOT NULL,
    code character varying(100) NOT NULL,
    CONSTRAINT pim_catalog_group_type_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_group_type_translation (
    id integer NOT NULL,
    foreign_key integer,
    label character varying(100),
    locale character varying(20) NOT NULL,
    CONSTRAINT pim_catalog_group_type_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_locale (
    id integer NOT NULL,
    code character varying(20) NOT NULL,
    is_activated boolean NOT NULL,
    CONSTRAINT pim_catalog_locale_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_product (
    id integer NOT NULL,
    family_id integer,
    product_model_id integer,
    family_variant_id integer,
    is_enabled boolean NOT NULL,
    identifier character varying(255) NOT NULL,
    raw_values json NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    quantified_associations json,
    CONSTRAINT pim_catalog_product_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_product_model (
    id integer NOT NULL,
    parent_id integer,
    family_variant_id integer,
    code character varying(255) NOT NULL,
    raw_values json NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    quantified_associations json,
    CONSTRAINT pim_catalog_product_model_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_product_model_association (
    id integer NOT NULL,
    association_type_id integer NOT NULL,
    owner_id integer NOT NULL,
    CONSTRAINT pim_catalog_product_model_association_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_product_unique_data (
    id integer NOT NULL,
    product_id integer NOT NULL,
    attribute_id integer NOT NULL,
    raw_data character varying(255) NOT NULL,
    CONSTRAINT pim_catalog_product_unique_data_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_catalog_variant_attribute_set_has_attributes (
    variant_attribute_set_id integer NOT NULL,
    attributes_id integer NOT NULL,
    CONSTRAINT pim_catalog_variant_attribute_set_has_attributes_pkey PRIMARY KEY (variant_attribute_set_id, attributes_id)
);

CREATE TABLE akeneo.pim_catalog_variant_attribute_set_has_axes (
    variant_attribute_set_id integer NOT NULL,
    axes_id integer NOT NULL,
    CONSTRAINT pim_catalog_variant_attribute_set_has_axes_pkey PRIMARY KEY (variant_attribute_set_id, axes_id)
);

CREATE TABLE akeneo.pim_comment_comment (
    id integer NOT NULL,
    parent_id integer,
    author_id integer,
    resource_name character varying(255) NOT NULL,
    resource_id character varying(24) NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    replied_at timestamp without time zone NOT NULL,
    CONSTRAINT pim_comment_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_configuration (
    code character varying(128) NOT NULL,
    "values" json NOT NULL,
    CONSTRAINT pim_configuration_pkey PRIMARY KEY (code)
);

CREATE TABLE akeneo.pim_data_quality_insights_attribute_group_activation (
    attribute_group_code character varying(100) NOT NULL,
    activated smallint NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT pim_data_quality_insights_attribute_group_activation_pkey PRIMARY KEY (attribute_group_code)
);

CREATE TABLE akeneo.pim_data_quality_insights_dashboard_scores_projection (
    type character varying(15) NOT NULL,
    code character varying(100) NOT NULL,
    scores json NOT NULL,
    CONSTRAINT pim_data_quality_insights_dashboard_scores_projection_pkey PRIMARY KEY (type, code)
);

CREATE TABLE akeneo.pim_data_quality_insights_product_criteria_evaluation (
    product_id integer NOT NULL,
    criterion_code character varying(40) NOT NULL,
    evaluated_at timestamp without time zone,
    status character varying(15) NOT NULL,
    result json,
    CONSTRAINT pim_data_quality_insights_product_criteria_evaluation_pkey PRIMARY KEY (product_id, criterion_code)
);

CREATE TABLE akeneo.pim_data_quality_insights_product_model_criteria_evaluation (
    product_id integer NOT NULL,
    criterion_code character varying(40) NOT NULL,
    evaluated_at timestamp without time zone,
    status character varying(15) NOT NULL,
    result json,
    CONSTRAINT pim_data_quality_insights_product_model_criteria_evaluation_pke PRIMARY KEY (product_id, criterion_code)
);

CREATE TABLE akeneo.pim_data_quality_insights_product_score (
    product_id integer NOT NULL,
    evaluated_at date NOT NULL,
    scores json NOT NULL,
    CONSTRAINT pim_data_quality_insights_product_score_pkey PRIMARY KEY (product_id, evaluated_at)
);

CREATE TABLE akeneo.pim_datagrid_view (
    id integer NOT NULL,
    owner_id integer,
    label character varying(100) NOT NULL,
    type character varying(10),
    datagrid_alias character varying(255) NOT NULL,
    columns text NOT NULL,
    filters text,
    CONSTRAINT pim_datagrid_view_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_index_migration (
    index_alias character varying(100) NOT NULL,
    hash character varying(100) NOT NULL,
    "values" json NOT NULL
);

CREATE TABLE akeneo.pim_notification_notification (
    id integer NOT NULL,
    route character varying(255),
    routeparams text NOT NULL,
    message character varying(255) NOT NULL,
    messageparams text NOT NULL,
    comment character varying(255),
    created timestamp without time zone NOT NULL,
    type character varying(20) NOT NULL,
    context text NOT NULL,
    CONSTRAINT pim_notification_notification_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_notification_user_notification (
    id integer NOT NULL,
    notification integer,
    "user" integer,
    viewed boolean NOT NULL,
    CONSTRAINT pim_notification_user_notification_pkey PRIMARY KEY (id)
);

CREATE TABLE akeneo.pim_one_time_task (
    code character varying(100) NOT NULL,
    status character varying(100) NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    "values" json NOT NULL,
    CONSTRAINT pim_one_time_task_pkey PRIMARY KEY (code)
);

CREATE TABLE akeneo.pim_session (
    sess_id bytea NOT NULL,
    sess_data bytea NOT NULL,
    sess_time bigint NOT NULL,
    sess_lifetime bigint NOT NULL,
    CONSTRAINT pim_session_pkey PRIMARY KEY (sess_id)
);

CREATE TABLE akeneo.pim_user_default_datagrid_view (
    user_id integer NOT NULL,
    view_id integer NOT NULL,
    CONSTRAINT pim_user_default_datagrid_view_pkey PRIMARY KEY (user_id, view_id)
);

CREATE TABLE akeneo.pim_versioning_version (
    id integer NOT NULL,
    author character varying(255) NOT NULL,
    resource_name character varying(255) NOT NULL,
    resource_id character varying(24) NOT NULL,
    snapshot text,
    changeset text NOT NULL,
    context character varying(255),
    version integer,
    logged_at timestamp without time zone NOT NULL,
    pending boolean NOT NULL,
    CONSTRAINT pim_versioning_version_pkey PRIMARY KEY (id)
);

ALTER TABLE akeneo.acl_entries ADD CONSTRAINT fk_46c8b8063d9ab4a6 FOREIGN KEY (object_identity_id) REFERENCES akeneo.acl_object_identities (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE akeneo.acl_entries ADD CONSTRAINT fk_46c8b806df9183c9 FOREIGN KEY (security_identity_id) REFERENCES akeneo.acl_security_identities (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE akeneo.acl_entries ADD CONSTRAINT fk_46c8b806ea000b10 FOREIGN KEY (class_id) REFERENCES akeneo.acl_classes (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE akeneo.acl_object_identities ADD CONSTRAINT fk_9407e54977fa751a FOREIGN KEY (parent_object_identity_id) REFERENCES akeneo.acl_object_identities (id);
ALTER TABLE akeneo.acl_object_identity_ancestors ADD CONSTRAINT fk_825de2993d9ab4a6 FOREIGN KEY (object_identity_id) REFERENCES akeneo.acl_object_identities (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE akeneo.acl_object_identity_ancestors ADD CONSTRAINT fk_825de299c671cea1 FOREIGN KEY (ancestor_id) REFERENCES akeneo.acl_object_identities (id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE akeneo.akeneo_batch_job_execution ADD CONSTRAINT fk_62738477593d6954 FOREIGN KEY (job_instance_id) REFERENCES akeneo.akeneo_batch_job_instance (id) ON DELETE CASCADE;
ALTER TABLE akeneo.akeneo_batch_step_execution ADD CONSTRAINT fk_bde7d0925871c06b FOREIGN KEY (job_execution_id) REFERENCES akeneo.akeneo_batch_job_execution (id) ON DELETE CASCADE;
ALTER TABLE akeneo.akeneo_batch_warning ADD CONSTRAINT fk_8ee0ae736c7da296 FOREIGN KEY (step_execution_id) REFERENCES akeneo.akeneo_batch_step_execution (id) ON DELETE CASCADE;
ALTER TABLE akeneo.akeneo_communication_channel_viewed_announcements ADD CONSTRAINT fk_communication_channel_viewed_announcements_user_id FOREIGN KEY (user_id) REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.akeneo_connectivity_connected_app ADD CONSTRAINT fk_connectivity_connected_app_connection_code FOREIGN KEY (connection_code) REFERENCES akeneo.akeneo_connectivity_connection (code);
ALTER TABLE akeneo.akeneo_connectivity_connected_app ADD CONSTRAINT fk_connectivity_connected_app_user_group_name FOREIGN KEY (user_group_name) REFERENCES akeneo.oro_access_group (name);
ALTER TABLE akeneo.akeneo_connectivity_connection ADD CONSTRAINT fk_connectivity_connection_client_id FOREIGN KEY (client_id) REFERENCES akeneo.pim_api_client (id);
ALTER TABLE akeneo.akeneo_connectivity_connection ADD CONSTRAINT fk_connectivity_connection_user_id FOREIGN KEY (user_id) REFERENCES akeneo.oro_user (id);
ALTER TABLE akeneo.akeneo_connectivity_user_consent ADD CONSTRAINT fk_connectivity_connection_user_consent_user_id FOREIGN KEY (user_id) REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.oro_config_value ADD CONSTRAINT fk_daf6df5524db0683 FOREIGN KEY (config_id) REFERENCES akeneo.oro_config (id);
ALTER TABLE akeneo.oro_user ADD CONSTRAINT fk_f82840bc6ed78c3 FOREIGN KEY (file_info_id) REFERENCES akeneo.akeneo_file_storage_file_info (id);
ALTER TABLE akeneo.oro_user ADD CONSTRAINT fk_f82840bc7bbfc60c FOREIGN KEY (cataloglocale_id) REFERENCES akeneo.pim_catalog_locale (id);
ALTER TABLE akeneo.oro_user ADD CONSTRAINT fk_f82840bca7ea8e8c FOREIGN KEY (ui_locale_id) REFERENCES akeneo.pim_catalog_locale (id);
ALTER TABLE akeneo.oro_user ADD CONSTRAINT fk_f82840bcd654b1ee FOREIGN KEY (defaulttree_id) REFERENCES akeneo.pim_catalog_category (id);
ALTER TABLE akeneo.oro_user ADD CONSTRAINT fk_f82840bceaa72736 FOREIGN KEY (catalogscope_id) REFERENCES akeneo.pim_catalog_channel (id);
ALTER TABLE akeneo.oro_user_access_group ADD CONSTRAINT fk_ec003ef3a76ed395 FOREIGN KEY (user_id) REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.oro_user_access_group ADD CONSTRAINT fk_ec003ef3fe54d947 FOREIGN KEY (group_id) REFERENCES akeneo.oro_access_group (id) ON DELETE CASCADE;
ALTER TABLE akeneo.oro_user_access_group_role ADD CONSTRAINT fk_e7e7e38ed60322ac FOREIGN KEY (role_id) REFERENCES akeneo.oro_access_role (id) ON DELETE CASCADE;
ALTER TABLE akeneo.oro_user_access_group_role ADD CONSTRAINT fk_e7e7e38efe54d947 FOREIGN KEY (group_id) REFERENCES akeneo.oro_access_group (id) ON DELETE CASCADE;
ALTER TABLE akeneo.oro_user_access_role ADD CONSTRAINT fk_290571bea76ed395 FOREIGN KEY (user_id) REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.oro_user_access_role ADD CONSTRAINT fk_290571bed60322ac FOREIGN KEY (role_id) REFERENCES akeneo.oro_access_role (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_api_access_token ADD CONSTRAINT fk_bd5e40238d93d649 FOREIGN KEY ("user") REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_api_access_token ADD CONSTRAINT fk_bd5e4023c7440455 FOREIGN KEY (client) REFERENCES akeneo.pim_api_client (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_api_auth_code ADD CONSTRAINT fk_ad5dc7c619eb6921 FOREIGN KEY (client_id) REFERENCES akeneo.pim_api_client (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_api_auth_code ADD CONSTRAINT fk_ad5dc7c6a76ed395 FOREIGN KEY (user_id) REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_api_refresh_token ADD CONSTRAINT fk_264a45108d93d649 FOREIGN KEY ("user") REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_api_refresh_token ADD CONSTRAINT fk_264a4510c7440455 FOREIGN KEY (client) REFERENCES akeneo.pim_api_client (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association ADD CONSTRAINT fk_cc2710017e3c61f9 FOREIGN KEY (owner_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association ADD CONSTRAINT fk_cc271001b1e1c39 FOREIGN KEY (association_type_id) REFERENCES akeneo.pim_catalog_association_type (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_group ADD CONSTRAINT fk_e91414ddefb9c8a5 FOREIGN KEY (association_id) REFERENCES akeneo.pim_catalog_association (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_group ADD CONSTRAINT fk_e91414ddfe54d947 FOREIGN KEY (group_id) REFERENCES akeneo.pim_catalog_group (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product ADD CONSTRAINT fk_3a3a49d44584665a FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product ADD CONSTRAINT fk_3a3a49d4efb9c8a5 FOREIGN KEY (association_id) REFERENCES akeneo.pim_catalog_association (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model ADD CONSTRAINT fk_378b82c7b2c5dd70 FOREIGN KEY (product_model_id) REFERENCES akeneo.pim_catalog_product_model (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model ADD CONSTRAINT fk_378b82c7efb9c8a5 FOREIGN KEY (association_id) REFERENCES akeneo.pim_catalog_association (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model_to_group ADD CONSTRAINT fk_16ea55aeefb9c8a5 FOREIGN KEY (association_id) REFERENCES akeneo.pim_catalog_product_model_association (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model_to_group ADD CONSTRAINT fk_16ea55aefe54d947 FOREIGN KEY (group_id) REFERENCES akeneo.pim_catalog_group (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model_to_product ADD CONSTRAINT fk_3ff3ed194584665a FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model_to_product ADD CONSTRAINT fk_3ff3ed19efb9c8a5 FOREIGN KEY (association_id) REFERENCES akeneo.pim_catalog_product_model_association (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model_to_product_model ADD CONSTRAINT fk_12d4d59cb2c5dd70 FOREIGN KEY (product_model_id) REFERENCES akeneo.pim_catalog_product_model (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_product_model_to_product_model ADD CONSTRAINT fk_12d4d59cefb9c8a5 FOREIGN KEY (association_id) REFERENCES akeneo.pim_catalog_product_model_association (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_association_type_translation ADD CONSTRAINT fk_cccbaa2d7e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_association_type (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute ADD CONSTRAINT fk_492fd44ffe54d947 FOREIGN KEY (group_id) REFERENCES akeneo.pim_catalog_attribute_group (id) ON DELETE SET NULL;
ALTER TABLE akeneo.pim_catalog_attribute_blacklist ADD CONSTRAINT fk_bde7d0925812c06b FOREIGN KEY (cleanup_job_execution_id) REFERENCES akeneo.akeneo_batch_job_execution (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_group_translation ADD CONSTRAINT fk_b74958bd7e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_attribute_group (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_locale ADD CONSTRAINT fk_26d2d5d0b6e62efa FOREIGN KEY (attribute_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_locale ADD CONSTRAINT fk_26d2d5d0e559dfd1 FOREIGN KEY (locale_id) REFERENCES akeneo.pim_catalog_locale (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_option ADD CONSTRAINT fk_3dd413f8b6e62efa FOREIGN KEY (attribute_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_option_value ADD CONSTRAINT fk_cc4b9a83a7c41d6f FOREIGN KEY (option_id) REFERENCES akeneo.pim_catalog_attribute_option (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_requirement ADD CONSTRAINT fk_b494b91772f5a1aa FOREIGN KEY (channel_id) REFERENCES akeneo.pim_catalog_channel (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_requirement ADD CONSTRAINT fk_b494b917b6e62efa FOREIGN KEY (attribute_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_requirement ADD CONSTRAINT fk_b494b917c35e566a FOREIGN KEY (family_id) REFERENCES akeneo.pim_catalog_family (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_attribute_translation ADD CONSTRAINT fk_dbc2a9287e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_category ADD CONSTRAINT fk_350d8339727aca70 FOREIGN KEY (parent_id) REFERENCES akeneo.pim_catalog_category (id) ON DELETE SET NULL;
ALTER TABLE akeneo.pim_catalog_category_product ADD CONSTRAINT fk_512179c112469de2 FOREIGN KEY (category_id) REFERENCES akeneo.pim_catalog_category (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_category_product ADD CONSTRAINT fk_512179c14584665a FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_category_product_model ADD CONSTRAINT fk_62b5d3612469de2 FOREIGN KEY (category_id) REFERENCES akeneo.pim_catalog_category (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_category_product_model ADD CONSTRAINT fk_62b5d36b2c5dd70 FOREIGN KEY (product_model_id) REFERENCES akeneo.pim_catalog_product_model (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_category_translation ADD CONSTRAINT fk_1c0fa6b77e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_category (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_channel ADD CONSTRAINT fk_e07e932a12469de2 FOREIGN KEY (category_id) REFERENCES akeneo.pim_catalog_category (id);
ALTER TABLE akeneo.pim_catalog_channel_currency ADD CONSTRAINT fk_5b55c68438248176 FOREIGN KEY (currency_id) REFERENCES akeneo.pim_catalog_currency (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_channel_currency ADD CONSTRAINT fk_5b55c68472f5a1aa FOREIGN KEY (channel_id) REFERENCES akeneo.pim_catalog_channel (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_channel_locale ADD CONSTRAINT fk_d8113cb272f5a1aa FOREIGN KEY (channel_id) REFERENCES akeneo.pim_catalog_channel (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_channel_locale ADD CONSTRAINT fk_d8113cb2e559dfd1 FOREIGN KEY (locale_id) REFERENCES akeneo.pim_catalog_locale (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_channel_translation ADD CONSTRAINT fk_8a91679d7e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_channel (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_completeness ADD CONSTRAINT fk_113ba85472f5a1aa FOREIGN KEY (channel_id) REFERENCES akeneo.pim_catalog_channel (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_completeness ADD CONSTRAINT fk_113ba854e559dfd1 FOREIGN KEY (locale_id) REFERENCES akeneo.pim_catalog_locale (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_family ADD CONSTRAINT fk_90632072bc295696 FOREIGN KEY (image_attribute_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE SET NULL;
ALTER TABLE akeneo.pim_catalog_family ADD CONSTRAINT fk_90632072e2d3a503 FOREIGN KEY (label_attribute_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE SET NULL;
ALTER TABLE akeneo.pim_catalog_family_attribute ADD CONSTRAINT fk_76074884b6e62efa FOREIGN KEY (attribute_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_family_attribute ADD CONSTRAINT fk_76074884c35e566a FOREIGN KEY (family_id) REFERENCES akeneo.pim_catalog_family (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_family_translation ADD CONSTRAINT fk_547c9a607e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_family (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_family_variant ADD CONSTRAINT fk_fba5ab45c35e566a FOREIGN KEY (family_id) REFERENCES akeneo.pim_catalog_family (id);
ALTER TABLE akeneo.pim_catalog_family_variant_has_variant_attribute_sets ADD CONSTRAINT fk_1f4dc7028a37ad0 FOREIGN KEY (family_variant_id) REFERENCES akeneo.pim_catalog_family_variant (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_family_variant_has_variant_attribute_sets ADD CONSTRAINT fk_1f4dc702d8404d FOREIGN KEY (variant_attribute_sets_id) REFERENCES akeneo.pim_catalog_family_variant_attribute_set (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_family_variant_translation ADD CONSTRAINT fk_cb9a96af7e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_family_variant (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_group ADD CONSTRAINT fk_5d6997edc54c8c93 FOREIGN KEY (type_id) REFERENCES akeneo.pim_catalog_group_type (id);
ALTER TABLE akeneo.pim_catalog_group_product ADD CONSTRAINT fk_7ac0c83a4584665a FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_group_product ADD CONSTRAINT fk_7ac0c83afe54d947 FOREIGN KEY (group_id) REFERENCES akeneo.pim_catalog_group (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_group_translation ADD CONSTRAINT fk_622d98db7e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_group (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_group_type_translation ADD CONSTRAINT fk_6ef81aeb7e366551 FOREIGN KEY (foreign_key) REFERENCES akeneo.pim_catalog_group_type (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_product ADD CONSTRAINT fk_91cd19c08a37ad0 FOREIGN KEY (family_variant_id) REFERENCES akeneo.pim_catalog_family_variant (id);
ALTER TABLE akeneo.pim_catalog_product ADD CONSTRAINT fk_91cd19c0b2c5dd70 FOREIGN KEY (product_model_id) REFERENCES akeneo.pim_catalog_product_model (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_product ADD CONSTRAINT fk_91cd19c0c35e566a FOREIGN KEY (family_id) REFERENCES akeneo.pim_catalog_family (id) ON DELETE SET NULL;
ALTER TABLE akeneo.pim_catalog_product_model ADD CONSTRAINT fk_5943911e727aca70 FOREIGN KEY (parent_id) REFERENCES akeneo.pim_catalog_product_model (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_product_model ADD CONSTRAINT fk_5943911e8a37ad0 FOREIGN KEY (family_variant_id) REFERENCES akeneo.pim_catalog_family_variant (id);
ALTER TABLE akeneo.pim_catalog_product_model_association ADD CONSTRAINT fk_f5f4c8ca7e3c61f9 FOREIGN KEY (owner_id) REFERENCES akeneo.pim_catalog_product_model (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_product_model_association ADD CONSTRAINT fk_f5f4c8cab1e1c39 FOREIGN KEY (association_type_id) REFERENCES akeneo.pim_catalog_association_type (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_product_unique_data ADD CONSTRAINT fk_e0768ba34584665a FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_product_unique_data ADD CONSTRAINT fk_e0768ba3b6e62efa FOREIGN KEY (attribute_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_variant_attribute_set_has_attributes ADD CONSTRAINT fk_e9c4264a11d06f0e FOREIGN KEY (variant_attribute_set_id) REFERENCES akeneo.pim_catalog_family_variant_attribute_set (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_variant_attribute_set_has_attributes ADD CONSTRAINT fk_e9c4264abaaf4009 FOREIGN KEY (attributes_id) REFERENCES akeneo.pim_catalog_attribute (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_variant_attribute_set_has_axes ADD CONSTRAINT fk_6965051e11d06f0e FOREIGN KEY (variant_attribute_set_id) REFERENCES akeneo.pim_catalog_family_variant_attribute_set (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_catalog_variant_attribute_set_has_axes ADD CONSTRAINT fk_6965051ee684fcee FOREIGN KEY (axes_id) REFERENCES akeneo.pim_catalog_attribute (id);
ALTER TABLE akeneo.pim_comment_comment ADD CONSTRAINT fk_2a32d03d727aca70 FOREIGN KEY (parent_id) REFERENCES akeneo.pim_comment_comment (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_comment_comment ADD CONSTRAINT fk_2a32d03df675f31b FOREIGN KEY (author_id) REFERENCES akeneo.oro_user (id) ON DELETE SET NULL;
ALTER TABLE akeneo.pim_data_quality_insights_product_criteria_evaluation ADD CONSTRAINT fk_dqi_product_criteria_evaluation FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_data_quality_insights_product_model_criteria_evaluation ADD CONSTRAINT fk_dqi_product_model_criteria_evaluation FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product_model (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_data_quality_insights_product_score ADD CONSTRAINT fk_dqi_product_score FOREIGN KEY (product_id) REFERENCES akeneo.pim_catalog_product (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_datagrid_view ADD CONSTRAINT fk_b56b38f17e3c61f9 FOREIGN KEY (owner_id) REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_notification_user_notification ADD CONSTRAINT fk_342aa8558d93d649 FOREIGN KEY ("user") REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_notification_user_notification ADD CONSTRAINT fk_342aa855bf5476ca FOREIGN KEY (notification) REFERENCES akeneo.pim_notification_notification (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_user_default_datagrid_view ADD CONSTRAINT fk_3ceec2f231518c7 FOREIGN KEY (view_id) REFERENCES akeneo.pim_datagrid_view (id) ON DELETE CASCADE;
ALTER TABLE akeneo.pim_user_default_datagrid_view ADD CONSTRAINT fk_3ceec2f2a76ed395 FOREIGN KEY (user_id) REFERENCES akeneo.oro_user (id) ON DELETE CASCADE;

COMMENT ON COLUMN akeneo.akeneo_batch_job_execution.failure_exceptions IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.akeneo_batch_job_instance.raw_parameters IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.akeneo_batch_step_execution.failure_exceptions IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.akeneo_batch_step_execution.errors IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.akeneo_batch_step_execution.summary IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.akeneo_batch_warning.reason_parameters IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.akeneo_batch_warning.item IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.akeneo_structure_version_last_update.last_update IS '(DC2Type:datetime)';
COMMENT ON COLUMN akeneo.pim_aggregated_volume.aggregated_at IS '(DC2Type:datetime)';
COMMENT ON COLUMN akeneo.pim_api_client.redirect_uris IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_api_client.allowed_grant_types IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_catalog_attribute.properties IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_catalog_channel.conversionunits IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_datagrid_view.columns IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_notification_notification.routeparams IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_notification_notification.messageparams IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_notification_notification.context IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_versioning_version.snapshot IS '(DC2Type:array)';
COMMENT ON COLUMN akeneo.pim_versioning_version.changeset IS '(DC2Type:array)';
