-- Keycloak's identity and access management database (realms, clients and their scopes, redirect URIs and web
-- origins, roles and composite roles, groups, users with their attributes, credentials, required actions, role and
-- group memberships, consents, federated identities from identity providers, LDAP/Kerberos user federation, user
-- and client sessions (online and offline), login failures, login and admin events, authentication flows and
-- executions, components, protocol mappers, and the authorization services: resource servers, resources, scopes,
-- policies and permission tickets), as Keycloak 9.0 (Red Hat SSO 7.4) creates it in PostgreSQL with its Liquibase
-- changelogs (model/jpa/src/main/resources/META-INF/jpa-changelog-*.xml of github.com/keycloak/keycloak, up to
-- jpa-changelog-9.0.1.xml). Taken from the schema-and-data pg_dump that a fresh RH-SSO 7.4 install made, in
-- github.com/deewhyweb/sso-externaldb-2ways, schema/schema.sql (commit dadebd6); Keycloak is under the Apache
-- License 2.0, and we use the schema's facts. Converted by loading the dump's DDL (its COPY data, owners and the
-- plpgsql extension dropped) into a scratch PostgreSQL 15 and regenerating from the catalog: all 91 application
-- tables with their 91 primary keys and 90 foreign keys, schema keycloak instead of public. Left out: Liquibase's
-- own bookkeeping tables (databasechangelog, databasechangeloglock), the 16 unique constraints, defaults, indexes
-- and the dump's rows (one master realm's built-in clients, roles and flows). Keycloak declares no comments. Many
-- columns that hold ids declare no key (event_entity.user_id, user_session.user_id, user_entity.realm_id,
-- fed_user_*.user_id, offline_user_session.user_id, ...), as in the source. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS keycloak;
CREATE TABLE keycloak.admin_event_entity (
    id character varying(36) NOT NULL,
    admin_event_time bigint,
    realm_id character varying(255),
    operation_type character varying(255),
    auth_realm_id character varying(255),
    auth_client_id character varying(255),
    auth_user_id character varying(255),
    ip_address character varying(255),
    resource_path character varying(2550),
    representation text,
    error character varying(255),
    resource_type character varying(64),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.associated_policy (
    policy_id character varying(36) NOT NULL,
    associated_policy_id character varying(36) NOT NULL,
    PRIMARY KEY (policy_id, associated_policy_id)
);
CREATE TABLE keycloak.authentication_execution (
    id character varying(36) NOT NULL,
    alias character varying(255),
    authenticator character varying(36),
    realm_id character varying(36),
    flow_id character varying(36),
    requirement integer,
    priority integer,
    authenticator_flow boolean NOT NULL,
    auth_flow_id character varying(36),
    auth_config character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.authentication_flow (
    id character varying(36) NOT NULL,
    alias character varying(255),
    description character varying(255),
    realm_id character varying(36),
    provider_id character varying(36) NOT NULL,
    top_level boolean NOT NULL,
    built_in boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.authenticator_config (
    id character varying(36) NOT NULL,
    alias character varying(255),
    realm_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.authenticator_config_entry (
    authenticator_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL,
    PRIMARY KEY (authenticator_id, name)
);
CREATE TABLE keycloak.broker_link (
    identity_provider character varying(255) NOT NULL,
    storage_provider_id character varying(255),
    realm_id character varying(36) NOT NULL,
    broker_user_id character varying(255),
    broker_username character varying(255),
    token text,
    user_id character varying(255) NOT NULL,
    PRIMARY KEY (identity_provider, user_id)
);
CREATE TABLE keycloak.client (
    id character varying(36) NOT NULL,
    enabled boolean NOT NULL,
    full_scope_allowed boolean NOT NULL,
    client_id character varying(255),
    not_before integer,
    public_client boolean NOT NULL,
    secret character varying(255),
    base_url character varying(255),
    bearer_only boolean NOT NULL,
    management_url character varying(255),
    surrogate_auth_required boolean NOT NULL,
    realm_id character varying(36),
    protocol character varying(255),
    node_rereg_timeout integer,
    frontchannel_logout boolean NOT NULL,
    consent_required boolean NOT NULL,
    name character varying(255),
    service_accounts_enabled boolean NOT NULL,
    client_authenticator_type character varying(255),
    root_url character varying(255),
    description character varying(255),
    registration_token character varying(255),
    standard_flow_enabled boolean NOT NULL,
    implicit_flow_enabled boolean NOT NULL,
    direct_access_grants_enabled boolean NOT NULL,
    always_display_in_console boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.client_attributes (
    client_id character varying(36) NOT NULL,
    value character varying(4000),
    name character varying(255) NOT NULL,
    PRIMARY KEY (client_id, name)
);
CREATE TABLE keycloak.client_auth_flow_bindings (
    client_id character varying(36) NOT NULL,
    flow_id character varying(36),
    binding_name character varying(255) NOT NULL,
    PRIMARY KEY (client_id, binding_name)
);
CREATE TABLE keycloak.client_default_roles (
    client_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL,
    PRIMARY KEY (client_id, role_id)
);
CREATE TABLE keycloak.client_initial_access (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    "timestamp" integer,
    expiration integer,
    count integer,
    remaining_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.client_node_registrations (
    client_id character varying(36) NOT NULL,
    value integer,
    name character varying(255) NOT NULL,
    PRIMARY KEY (client_id, name)
);
CREATE TABLE keycloak.client_scope (
    id character varying(36) NOT NULL,
    name character varying(255),
    realm_id character varying(36),
    description character varying(255),
    protocol character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.client_scope_attributes (
    scope_id character varying(36) NOT NULL,
    value character varying(2048),
    name character varying(255) NOT NULL,
    PRIMARY KEY (scope_id, name)
);
CREATE TABLE keycloak.client_scope_client (
    client_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    default_scope boolean NOT NULL,
    PRIMARY KEY (client_id, scope_id)
);
CREATE TABLE keycloak.client_scope_role_mapping (
    scope_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL,
    PRIMARY KEY (scope_id, role_id)
);
CREATE TABLE keycloak.client_session (
    id character varying(36) NOT NULL,
    client_id character varying(36),
    redirect_uri character varying(255),
    state character varying(255),
    "timestamp" integer,
    session_id character varying(36),
    auth_method character varying(255),
    realm_id character varying(255),
    auth_user_id character varying(36),
    current_action character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.client_session_auth_status (
    authenticator character varying(36) NOT NULL,
    status integer,
    client_session character varying(36) NOT NULL,
    PRIMARY KEY (client_session, authenticator)
);
CREATE TABLE keycloak.client_session_note (
    name character varying(255) NOT NULL,
    value character varying(255),
    client_session character varying(36) NOT NULL,
    PRIMARY KEY (client_session, name)
);
CREATE TABLE keycloak.client_session_prot_mapper (
    protocol_mapper_id character varying(36) NOT NULL,
    client_session character varying(36) NOT NULL,
    PRIMARY KEY (client_session, protocol_mapper_id)
);
CREATE TABLE keycloak.client_session_role (
    role_id character varying(255) NOT NULL,
    client_session character varying(36) NOT NULL,
    PRIMARY KEY (client_session, role_id)
);
CREATE TABLE keycloak.client_user_session_note (
    name character varying(255) NOT NULL,
    value character varying(2048),
    client_session character varying(36) NOT NULL,
    PRIMARY KEY (client_session, name)
);
CREATE TABLE keycloak.component (
    id character varying(36) NOT NULL,
    name character varying(255),
    parent_id character varying(36),
    provider_id character varying(36),
    provider_type character varying(255),
    realm_id character varying(36),
    sub_type character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.component_config (
    id character varying(36) NOT NULL,
    component_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(4000),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.composite_role (
    composite character varying(36) NOT NULL,
    child_role character varying(36) NOT NULL,
    PRIMARY KEY (composite, child_role)
);
CREATE TABLE keycloak.credential (
    id character varying(36) NOT NULL,
    salt bytea,
    type character varying(255),
    user_id character varying(36),
    created_date bigint,
    user_label character varying(255),
    secret_data text,
    credential_data text,
    priority integer,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.default_client_scope (
    realm_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    default_scope boolean NOT NULL,
    PRIMARY KEY (realm_id, scope_id)
);
CREATE TABLE keycloak.event_entity (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    details_json character varying(2550),
    error character varying(255),
    ip_address character varying(255),
    realm_id character varying(255),
    session_id character varying(255),
    event_time bigint,
    type character varying(255),
    user_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.fed_user_attribute (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    value character varying(2024),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.fed_user_consent (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider character varying(36),
    external_client_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.fed_user_consent_cl_scope (
    user_consent_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    PRIMARY KEY (user_consent_id, scope_id)
);
CREATE TABLE keycloak.fed_user_credential (
    id character varying(36) NOT NULL,
    salt bytea,
    type character varying(255),
    created_date bigint,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    user_label character varying(255),
    secret_data text,
    credential_data text,
    priority integer,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.fed_user_group_membership (
    group_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    PRIMARY KEY (group_id, user_id)
);
CREATE TABLE keycloak.fed_user_required_action (
    required_action character varying(255) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    PRIMARY KEY (required_action, user_id)
);
CREATE TABLE keycloak.fed_user_role_mapping (
    role_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    PRIMARY KEY (role_id, user_id)
);
CREATE TABLE keycloak.federated_identity (
    identity_provider character varying(255) NOT NULL,
    realm_id character varying(36),
    federated_user_id character varying(255),
    federated_username character varying(255),
    token text,
    user_id character varying(36) NOT NULL,
    PRIMARY KEY (identity_provider, user_id)
);
CREATE TABLE keycloak.federated_user (
    id character varying(255) NOT NULL,
    storage_provider_id character varying(255),
    realm_id character varying(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.group_attribute (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    group_id character varying(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.group_role_mapping (
    role_id character varying(36) NOT NULL,
    group_id character varying(36) NOT NULL,
    PRIMARY KEY (role_id, group_id)
);
CREATE TABLE keycloak.identity_provider (
    internal_id character varying(36) NOT NULL,
    enabled boolean NOT NULL,
    provider_alias character varying(255),
    provider_id character varying(255),
    store_token boolean NOT NULL,
    authenticate_by_default boolean NOT NULL,
    realm_id character varying(36),
    add_token_role boolean NOT NULL,
    trust_email boolean NOT NULL,
    first_broker_login_flow_id character varying(36),
    post_broker_login_flow_id character varying(36),
    provider_display_name character varying(255),
    link_only boolean NOT NULL,
    PRIMARY KEY (internal_id)
);
CREATE TABLE keycloak.identity_provider_config (
    identity_provider_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL,
    PRIMARY KEY (identity_provider_id, name)
);
CREATE TABLE keycloak.identity_provider_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    idp_alias character varying(255) NOT NULL,
    idp_mapper_name character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.idp_mapper_config (
    idp_mapper_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL,
    PRIMARY KEY (idp_mapper_id, name)
);
CREATE TABLE keycloak.keycloak_group (
    id character varying(36) NOT NULL,
    name character varying(255),
    parent_group character varying(36) NOT NULL,
    realm_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.keycloak_role (
    id character varying(36) NOT NULL,
    client_realm_constraint character varying(255),
    client_role boolean NOT NULL,
    description character varying(255),
    name character varying(255),
    realm_id character varying(255),
    client character varying(36),
    realm character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.migration_model (
    id character varying(36) NOT NULL,
    version character varying(36),
    update_time bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.offline_client_session (
    user_session_id character varying(36) NOT NULL,
    client_id character varying(255) NOT NULL,
    offline_flag character varying(4) NOT NULL,
    "timestamp" integer,
    data text,
    client_storage_provider character varying(36) NOT NULL,
    external_client_id character varying(255) NOT NULL,
    PRIMARY KEY (user_session_id, client_id, client_storage_provider, external_client_id, offline_flag)
);
CREATE TABLE keycloak.offline_user_session (
    user_session_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    created_on integer NOT NULL,
    offline_flag character varying(4) NOT NULL,
    data text,
    last_session_refresh integer NOT NULL,
    PRIMARY KEY (user_session_id, offline_flag)
);
CREATE TABLE keycloak.policy_config (
    policy_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text,
    PRIMARY KEY (policy_id, name)
);
CREATE TABLE keycloak.protocol_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    protocol character varying(255) NOT NULL,
    protocol_mapper_name character varying(255) NOT NULL,
    client_id character varying(36),
    client_scope_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.protocol_mapper_config (
    protocol_mapper_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL,
    PRIMARY KEY (protocol_mapper_id, name)
);
CREATE TABLE keycloak.realm (
    id character varying(36) NOT NULL,
    access_code_lifespan integer,
    user_action_lifespan integer,
    access_token_lifespan integer,
    account_theme character varying(255),
    admin_theme character varying(255),
    email_theme character varying(255),
    enabled boolean NOT NULL,
    events_enabled boolean NOT NULL,
    events_expiration bigint,
    login_theme character varying(255),
    name character varying(255),
    not_before integer,
    password_policy character varying(2550),
    registration_allowed boolean NOT NULL,
    remember_me boolean NOT NULL,
    reset_password_allowed boolean NOT NULL,
    social boolean NOT NULL,
    ssl_required character varying(255),
    sso_idle_timeout integer,
    sso_max_lifespan integer,
    update_profile_on_soc_login boolean NOT NULL,
    verify_email boolean NOT NULL,
    master_admin_client character varying(36),
    login_lifespan integer,
    internationalization_enabled boolean NOT NULL,
    default_locale character varying(255),
    reg_email_as_username boolean NOT NULL,
    admin_events_enabled boolean NOT NULL,
    admin_events_details_enabled boolean NOT NULL,
    edit_username_allowed boolean NOT NULL,
    otp_policy_counter integer,
    otp_policy_window integer,
    otp_policy_period integer,
    otp_policy_digits integer,
    otp_policy_alg character varying(36),
    otp_policy_type character varying(36),
    browser_flow character varying(36),
    registration_flow character varying(36),
    direct_grant_flow character varying(36),
    reset_credentials_flow character varying(36),
    client_auth_flow character varying(36),
    offline_session_idle_timeout integer,
    revoke_refresh_token boolean NOT NULL,
    access_token_life_implicit integer,
    login_with_email_allowed boolean NOT NULL,
    duplicate_emails_allowed boolean NOT NULL,
    docker_auth_flow character varying(36),
    refresh_token_max_reuse integer,
    allow_user_managed_access boolean NOT NULL,
    sso_max_lifespan_remember_me integer NOT NULL,
    sso_idle_timeout_remember_me integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.realm_attribute (
    name character varying(255) NOT NULL,
    value character varying(255),
    realm_id character varying(36) NOT NULL,
    PRIMARY KEY (name, realm_id)
);
CREATE TABLE keycloak.realm_default_groups (
    realm_id character varying(36) NOT NULL,
    group_id character varying(36) NOT NULL,
    PRIMARY KEY (realm_id, group_id)
);
CREATE TABLE keycloak.realm_default_roles (
    realm_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL,
    PRIMARY KEY (realm_id, role_id)
);
CREATE TABLE keycloak.realm_enabled_event_types (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (realm_id, value)
);
CREATE TABLE keycloak.realm_events_listeners (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (realm_id, value)
);
CREATE TABLE keycloak.realm_required_credential (
    type character varying(255) NOT NULL,
    form_label character varying(255),
    input boolean NOT NULL,
    secret boolean NOT NULL,
    realm_id character varying(36) NOT NULL,
    PRIMARY KEY (realm_id, type)
);
CREATE TABLE keycloak.realm_smtp_config (
    realm_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL,
    PRIMARY KEY (realm_id, name)
);
CREATE TABLE keycloak.realm_supported_locales (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (realm_id, value)
);
CREATE TABLE keycloak.redirect_uris (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (client_id, value)
);
CREATE TABLE keycloak.required_action_config (
    required_action_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL,
    PRIMARY KEY (required_action_id, name)
);
CREATE TABLE keycloak.required_action_provider (
    id character varying(36) NOT NULL,
    alias character varying(255),
    name character varying(255),
    realm_id character varying(36),
    enabled boolean NOT NULL,
    default_action boolean NOT NULL,
    provider_id character varying(255),
    priority integer,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.resource_attribute (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    resource_id character varying(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.resource_policy (
    resource_id character varying(36) NOT NULL,
    policy_id character varying(36) NOT NULL,
    PRIMARY KEY (resource_id, policy_id)
);
CREATE TABLE keycloak.resource_scope (
    resource_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    PRIMARY KEY (resource_id, scope_id)
);
CREATE TABLE keycloak.resource_server (
    id character varying(36) NOT NULL,
    allow_rs_remote_mgmt boolean NOT NULL,
    policy_enforce_mode character varying(15) NOT NULL,
    decision_strategy smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.resource_server_perm_ticket (
    id character varying(36) NOT NULL,
    owner character varying(255) NOT NULL,
    requester character varying(255) NOT NULL,
    created_timestamp bigint NOT NULL,
    granted_timestamp bigint,
    resource_id character varying(36) NOT NULL,
    scope_id character varying(36),
    resource_server_id character varying(36) NOT NULL,
    policy_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.resource_server_policy (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    type character varying(255) NOT NULL,
    decision_strategy character varying(20),
    logic character varying(20),
    resource_server_id character varying(36) NOT NULL,
    owner character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.resource_server_resource (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(255),
    icon_uri character varying(255),
    owner character varying(255) NOT NULL,
    resource_server_id character varying(36) NOT NULL,
    owner_managed_access boolean NOT NULL,
    display_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.resource_server_scope (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    icon_uri character varying(255),
    resource_server_id character varying(36) NOT NULL,
    display_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.resource_uris (
    resource_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (resource_id, value)
);
CREATE TABLE keycloak.role_attribute (
    id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.scope_mapping (
    client_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL,
    PRIMARY KEY (client_id, role_id)
);
CREATE TABLE keycloak.scope_policy (
    scope_id character varying(36) NOT NULL,
    policy_id character varying(36) NOT NULL,
    PRIMARY KEY (scope_id, policy_id)
);
CREATE TABLE keycloak.user_attribute (
    name character varying(255) NOT NULL,
    value character varying(255),
    user_id character varying(36) NOT NULL,
    id character varying(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.user_consent (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    user_id character varying(36) NOT NULL,
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider character varying(36),
    external_client_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.user_consent_client_scope (
    user_consent_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    PRIMARY KEY (user_consent_id, scope_id)
);
CREATE TABLE keycloak.user_entity (
    id character varying(36) NOT NULL,
    email character varying(255),
    email_constraint character varying(255),
    email_verified boolean NOT NULL,
    enabled boolean NOT NULL,
    federation_link character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    realm_id character varying(255),
    username character varying(255),
    created_timestamp bigint,
    service_account_client_link character varying(255),
    not_before integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.user_federation_config (
    user_federation_provider_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL,
    PRIMARY KEY (user_federation_provider_id, name)
);
CREATE TABLE keycloak.user_federation_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    federation_provider_id character varying(36) NOT NULL,
    federation_mapper_type character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.user_federation_mapper_config (
    user_federation_mapper_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL,
    PRIMARY KEY (user_federation_mapper_id, name)
);
CREATE TABLE keycloak.user_federation_provider (
    id character varying(36) NOT NULL,
    changed_sync_period integer,
    display_name character varying(255),
    full_sync_period integer,
    last_sync integer,
    priority integer,
    provider_name character varying(255),
    realm_id character varying(36),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.user_group_membership (
    group_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE TABLE keycloak.user_required_action (
    user_id character varying(36) NOT NULL,
    required_action character varying(255) NOT NULL,
    PRIMARY KEY (required_action, user_id)
);
CREATE TABLE keycloak.user_role_mapping (
    role_id character varying(255) NOT NULL,
    user_id character varying(36) NOT NULL,
    PRIMARY KEY (role_id, user_id)
);
CREATE TABLE keycloak.user_session (
    id character varying(36) NOT NULL,
    auth_method character varying(255),
    ip_address character varying(255),
    last_session_refresh integer,
    login_username character varying(255),
    realm_id character varying(255),
    remember_me boolean NOT NULL,
    started integer,
    user_id character varying(255),
    user_session_state integer,
    broker_session_id character varying(255),
    broker_user_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE keycloak.user_session_note (
    user_session character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(2048),
    PRIMARY KEY (user_session, name)
);
CREATE TABLE keycloak.username_login_failure (
    realm_id character varying(36) NOT NULL,
    username character varying(255) NOT NULL,
    failed_login_not_before integer,
    last_failure bigint,
    last_ip_failure character varying(255),
    num_failures integer,
    PRIMARY KEY (realm_id, username)
);
CREATE TABLE keycloak.web_origins (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (client_id, value)
);
ALTER TABLE keycloak.associated_policy ADD FOREIGN KEY (associated_policy_id) REFERENCES keycloak.resource_server_policy(id);
ALTER TABLE keycloak.associated_policy ADD FOREIGN KEY (policy_id) REFERENCES keycloak.resource_server_policy(id);
ALTER TABLE keycloak.authentication_execution ADD FOREIGN KEY (flow_id) REFERENCES keycloak.authentication_flow(id);
ALTER TABLE keycloak.authentication_execution ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.authentication_flow ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.authenticator_config ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.client ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.client_attributes ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.client_default_roles ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.client_default_roles ADD FOREIGN KEY (role_id) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.client_initial_access ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.client_node_registrations ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.client_scope ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.client_scope_attributes ADD FOREIGN KEY (scope_id) REFERENCES keycloak.client_scope(id);
ALTER TABLE keycloak.client_scope_client ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.client_scope_client ADD FOREIGN KEY (scope_id) REFERENCES keycloak.client_scope(id);
ALTER TABLE keycloak.client_scope_role_mapping ADD FOREIGN KEY (role_id) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.client_scope_role_mapping ADD FOREIGN KEY (scope_id) REFERENCES keycloak.client_scope(id);
ALTER TABLE keycloak.client_session ADD FOREIGN KEY (session_id) REFERENCES keycloak.user_session(id);
ALTER TABLE keycloak.client_session_auth_status ADD FOREIGN KEY (client_session) REFERENCES keycloak.client_session(id);
ALTER TABLE keycloak.client_session_note ADD FOREIGN KEY (client_session) REFERENCES keycloak.client_session(id);
ALTER TABLE keycloak.client_session_prot_mapper ADD FOREIGN KEY (client_session) REFERENCES keycloak.client_session(id);
ALTER TABLE keycloak.client_session_role ADD FOREIGN KEY (client_session) REFERENCES keycloak.client_session(id);
ALTER TABLE keycloak.client_user_session_note ADD FOREIGN KEY (client_session) REFERENCES keycloak.client_session(id);
ALTER TABLE keycloak.component ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.component_config ADD FOREIGN KEY (component_id) REFERENCES keycloak.component(id);
ALTER TABLE keycloak.composite_role ADD FOREIGN KEY (child_role) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.composite_role ADD FOREIGN KEY (composite) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.credential ADD FOREIGN KEY (user_id) REFERENCES keycloak.user_entity(id);
ALTER TABLE keycloak.default_client_scope ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.default_client_scope ADD FOREIGN KEY (scope_id) REFERENCES keycloak.client_scope(id);
ALTER TABLE keycloak.federated_identity ADD FOREIGN KEY (user_id) REFERENCES keycloak.user_entity(id);
ALTER TABLE keycloak.group_attribute ADD FOREIGN KEY (group_id) REFERENCES keycloak.keycloak_group(id);
ALTER TABLE keycloak.group_role_mapping ADD FOREIGN KEY (group_id) REFERENCES keycloak.keycloak_group(id);
ALTER TABLE keycloak.group_role_mapping ADD FOREIGN KEY (role_id) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.identity_provider ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.identity_provider_config ADD FOREIGN KEY (identity_provider_id) REFERENCES keycloak.identity_provider(internal_id);
ALTER TABLE keycloak.identity_provider_mapper ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.idp_mapper_config ADD FOREIGN KEY (idp_mapper_id) REFERENCES keycloak.identity_provider_mapper(id);
ALTER TABLE keycloak.keycloak_group ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.keycloak_role ADD FOREIGN KEY (client) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.keycloak_role ADD FOREIGN KEY (realm) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.policy_config ADD FOREIGN KEY (policy_id) REFERENCES keycloak.resource_server_policy(id);
ALTER TABLE keycloak.protocol_mapper ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.protocol_mapper ADD FOREIGN KEY (client_scope_id) REFERENCES keycloak.client_scope(id);
ALTER TABLE keycloak.protocol_mapper_config ADD FOREIGN KEY (protocol_mapper_id) REFERENCES keycloak.protocol_mapper(id);
ALTER TABLE keycloak.realm ADD FOREIGN KEY (master_admin_client) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.realm_attribute ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.realm_default_groups ADD FOREIGN KEY (group_id) REFERENCES keycloak.keycloak_group(id);
ALTER TABLE keycloak.realm_default_groups ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.realm_default_roles ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.realm_default_roles ADD FOREIGN KEY (role_id) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.realm_enabled_event_types ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.realm_events_listeners ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.realm_required_credential ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.realm_smtp_config ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.realm_supported_locales ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.redirect_uris ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.required_action_provider ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.resource_attribute ADD FOREIGN KEY (resource_id) REFERENCES keycloak.resource_server_resource(id);
ALTER TABLE keycloak.resource_policy ADD FOREIGN KEY (policy_id) REFERENCES keycloak.resource_server_policy(id);
ALTER TABLE keycloak.resource_policy ADD FOREIGN KEY (resource_id) REFERENCES keycloak.resource_server_resource(id);
ALTER TABLE keycloak.resource_scope ADD FOREIGN KEY (resource_id) REFERENCES keycloak.resource_server_resource(id);
ALTER TABLE keycloak.resource_scope ADD FOREIGN KEY (scope_id) REFERENCES keycloak.resource_server_scope(id);
ALTER TABLE keycloak.resource_server_perm_ticket ADD FOREIGN KEY (policy_id) REFERENCES keycloak.resource_server_policy(id);
ALTER TABLE keycloak.resource_server_perm_ticket ADD FOREIGN KEY (resource_id) REFERENCES keycloak.resource_server_resource(id);
ALTER TABLE keycloak.resource_server_perm_ticket ADD FOREIGN KEY (resource_server_id) REFERENCES keycloak.resource_server(id);
ALTER TABLE keycloak.resource_server_perm_ticket ADD FOREIGN KEY (scope_id) REFERENCES keycloak.resource_server_scope(id);
ALTER TABLE keycloak.resource_server_policy ADD FOREIGN KEY (resource_server_id) REFERENCES keycloak.resource_server(id);
ALTER TABLE keycloak.resource_server_resource ADD FOREIGN KEY (resource_server_id) REFERENCES keycloak.resource_server(id);
ALTER TABLE keycloak.resource_server_scope ADD FOREIGN KEY (resource_server_id) REFERENCES keycloak.resource_server(id);
ALTER TABLE keycloak.resource_uris ADD FOREIGN KEY (resource_id) REFERENCES keycloak.resource_server_resource(id);
ALTER TABLE keycloak.role_attribute ADD FOREIGN KEY (role_id) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.scope_mapping ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
ALTER TABLE keycloak.scope_mapping ADD FOREIGN KEY (role_id) REFERENCES keycloak.keycloak_role(id);
ALTER TABLE keycloak.scope_policy ADD FOREIGN KEY (policy_id) REFERENCES keycloak.resource_server_policy(id);
ALTER TABLE keycloak.scope_policy ADD FOREIGN KEY (scope_id) REFERENCES keycloak.resource_server_scope(id);
ALTER TABLE keycloak.user_attribute ADD FOREIGN KEY (user_id) REFERENCES keycloak.user_entity(id);
ALTER TABLE keycloak.user_consent ADD FOREIGN KEY (user_id) REFERENCES keycloak.user_entity(id);
ALTER TABLE keycloak.user_consent_client_scope ADD FOREIGN KEY (user_consent_id) REFERENCES keycloak.user_consent(id);
ALTER TABLE keycloak.user_federation_config ADD FOREIGN KEY (user_federation_provider_id) REFERENCES keycloak.user_federation_provider(id);
ALTER TABLE keycloak.user_federation_mapper ADD FOREIGN KEY (federation_provider_id) REFERENCES keycloak.user_federation_provider(id);
ALTER TABLE keycloak.user_federation_mapper ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.user_federation_mapper_config ADD FOREIGN KEY (user_federation_mapper_id) REFERENCES keycloak.user_federation_mapper(id);
ALTER TABLE keycloak.user_federation_provider ADD FOREIGN KEY (realm_id) REFERENCES keycloak.realm(id);
ALTER TABLE keycloak.user_group_membership ADD FOREIGN KEY (user_id) REFERENCES keycloak.user_entity(id);
ALTER TABLE keycloak.user_required_action ADD FOREIGN KEY (user_id) REFERENCES keycloak.user_entity(id);
ALTER TABLE keycloak.user_role_mapping ADD FOREIGN KEY (user_id) REFERENCES keycloak.user_entity(id);
ALTER TABLE keycloak.user_session_note ADD FOREIGN KEY (user_session) REFERENCES keycloak.user_session(id);
ALTER TABLE keycloak.web_origins ADD FOREIGN KEY (client_id) REFERENCES keycloak.client(id);
