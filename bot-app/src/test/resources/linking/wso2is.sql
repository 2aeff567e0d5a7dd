-- WSO2 Identity Server 6.1.0's database (identity and access management): tenants, users, roles and their
-- memberships, user attributes and profiles, claims and claim dialects, permissions, hybrid/internal roles, the
-- organisation tree with its roles and members (um_*, from carbon-kernel's user-management schema); service
-- providers (applications) with their inbound protocols, login steps, federated connectors, claim and role mappings,
-- CORS origins and sharing with sub-organisations (sp_*); external identity providers with their authenticators,
-- claims, roles, provisioning settings (idp*); OAuth 1.0a/2.0 clients, access tokens with their scopes, authorization
-- codes, device flow, CIBA, user consent to scopes, OpenID Connect request objects and scope-claim mappings, SAML
-- assertion/artifact stores, login sessions, account association to federated ids, FIDO/FIDO2 devices, password
-- history, account recovery codes, identity metadata, approval workflows and their requests (wf_*), configuration
-- store, secrets and certificates (idn_*, from carbon-identity-framework); and the consent-management receipts,
-- purposes and personal-data categories (cm_*). Read from the PostgreSQL scripts shipped in the 6.1.0 distribution
-- as mirrored in github.com/truongtx2310/wso2-610 (commit 9fe90d9): dbscripts/postgresql.sql (user management and
-- registry), dbscripts/identity/postgresql.sql and dbscripts/consent/postgresql.sql. The WSO2 Identity Server source
-- (wso2/product-is, carbon-kernel, carbon-identity-framework, carbon-consent-management) is Apache-2.0; the mirrored
-- binary pack carries the WSO2 Software License Agreement; we use the schema's facts. Converted by loading the three
-- scripts unchanged (with search_path set to schema wso2is) into a scratch PostgreSQL 15 and regenerating from its
-- catalog: 145 tables (34 um_*, 101 identity, 10 cm_*) with 141 primary keys (idn_oauth2_token_binding,
-- um_org_role_user, um_org_role_group and um_org_role_permission declare none) and 102 foreign keys, plus the 4 unique
-- constraints those foreign keys point at (idn_oauth_consumer_apps.consumer_key, sp_app.uuid,
-- idn_oauth2_device_flow.code_id, idn_oauth2_user_consent.consent_id). Cut: the 17 registry tables (reg_*) of
-- dbscripts/postgresql.sql (the governance registry, not identity data). Left out: sequences, defaults, the other
-- unique constraints, indexes, ON DELETE actions and the script's seed rows (idn_base_table's product name,
-- idn_secret_type, idn_config_type). The scripts declare no comments. Many id columns carry no foreign key in the
-- source (um_user.um_tenant_id, idn_oauth2_access_token.authz_user, wf_request.created_by, sp_app.tenant_id, ...),
-- none added. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS wso2is;
CREATE TABLE wso2is.cm_consent_receipt_property (
    id integer NOT NULL,
    consent_receipt_id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(1023) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_pii_category (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1023),
    display_name character varying(255),
    is_sensitive integer NOT NULL,
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_purpose (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1023),
    purpose_group character varying(255) NOT NULL,
    group_type character varying(255) NOT NULL,
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_purpose_category (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1023),
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_purpose_pii_cat_assoc (
    id integer NOT NULL,
    purpose_id integer NOT NULL,
    cm_pii_category_id integer NOT NULL,
    is_mandatory integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_receipt (
    consent_receipt_id character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    jurisdiction character varying(255) NOT NULL,
    consent_timestamp timestamp without time zone NOT NULL,
    collection_method character varying(255) NOT NULL,
    language character varying(255) NOT NULL,
    pii_principal_id character varying(255) NOT NULL,
    principal_tenant_id integer,
    policy_url character varying(255) NOT NULL,
    state character varying(255) NOT NULL,
    pii_controller character varying(2048) NOT NULL,
    PRIMARY KEY (consent_receipt_id)
);
CREATE TABLE wso2is.cm_receipt_sp_assoc (
    id integer NOT NULL,
    consent_receipt_id character varying(255) NOT NULL,
    sp_name character varying(255) NOT NULL,
    sp_display_name character varying(255),
    sp_description character varying(1024),
    sp_tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_sp_purpose_assoc (
    id integer NOT NULL,
    receipt_sp_assoc integer NOT NULL,
    purpose_id integer NOT NULL,
    consent_type character varying(255) NOT NULL,
    is_primary_purpose integer NOT NULL,
    termination character varying(255) NOT NULL,
    third_party_disclosure integer NOT NULL,
    third_party_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_sp_purpose_pii_cat_assoc (
    id integer NOT NULL,
    sp_purpose_assoc_id integer NOT NULL,
    pii_category_id integer NOT NULL,
    validity character varying(1023),
    is_consented boolean,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.cm_sp_purpose_purpose_cat_assc (
    id integer NOT NULL,
    sp_purpose_assoc_id integer NOT NULL,
    purpose_category_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.fido2_device_store (
    tenant_id integer,
    domain_name character varying(255) NOT NULL,
    user_name character varying(45) NOT NULL,
    time_registered timestamp without time zone,
    user_handle character varying(64) NOT NULL,
    credential_id character varying(200) NOT NULL,
    public_key_cose character varying(1024) NOT NULL,
    signature_count bigint,
    user_identity character varying(512) NOT NULL,
    display_name character varying(255),
    is_usernameless_supported character(1),
    PRIMARY KEY (credential_id, user_handle)
);
CREATE TABLE wso2is.fido_device_store (
    tenant_id integer NOT NULL,
    domain_name character varying(255) NOT NULL,
    user_name character varying(45) NOT NULL,
    time_registered timestamp without time zone,
    key_handle character varying(200) NOT NULL,
    device_data character varying(2048) NOT NULL,
    PRIMARY KEY (tenant_id, domain_name, user_name, key_handle)
);
CREATE TABLE wso2is.idn_associated_id (
    id integer NOT NULL,
    idp_user_id character varying(255) NOT NULL,
    tenant_id integer,
    idp_id integer NOT NULL,
    domain_name character varying(255) NOT NULL,
    user_name character varying(255) NOT NULL,
    association_id character(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_auth_session_app_info (
    session_id character varying(100) NOT NULL,
    subject character varying(100) NOT NULL,
    app_id integer NOT NULL,
    inbound_auth_type character varying(255) NOT NULL,
    PRIMARY KEY (session_id, subject, app_id, inbound_auth_type)
);
CREATE TABLE wso2is.idn_auth_session_meta_data (
    session_id character varying(100) NOT NULL,
    property_type character varying(100) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (session_id, property_type, value)
);
CREATE TABLE wso2is.idn_auth_session_store (
    session_id character varying(100) NOT NULL,
    session_type character varying(100) NOT NULL,
    operation character varying(10) NOT NULL,
    session_object bytea,
    time_created bigint NOT NULL,
    tenant_id integer,
    expiry_time bigint,
    PRIMARY KEY (session_id, session_type, time_created, operation)
);
CREATE TABLE wso2is.idn_auth_temp_session_store (
    session_id character varying(100) NOT NULL,
    session_type character varying(100) NOT NULL,
    operation character varying(10) NOT NULL,
    session_object bytea,
    time_created bigint NOT NULL,
    tenant_id integer,
    expiry_time bigint,
    PRIMARY KEY (session_id, session_type, time_created, operation)
);
CREATE TABLE wso2is.idn_auth_user (
    user_id character varying(255) NOT NULL,
    user_name character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    domain_name character varying(255) NOT NULL,
    idp_id integer NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE TABLE wso2is.idn_auth_user_session_mapping (
    id integer NOT NULL,
    user_id character varying(255) NOT NULL,
    session_id character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_auth_wait_status (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    long_wait_key character varying(255) NOT NULL,
    wait_status character(1) NOT NULL,
    time_created timestamp without time zone,
    expire_time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_base_table (
    product_name character varying(20) NOT NULL,
    PRIMARY KEY (product_name)
);
CREATE TABLE wso2is.idn_certificate (
    id integer NOT NULL,
    name character varying(100),
    certificate_in_pem bytea,
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_claim (
    id integer NOT NULL,
    dialect_id integer NOT NULL,
    claim_uri character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_claim_dialect (
    id integer NOT NULL,
    dialect_uri character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_claim_mapped_attribute (
    id integer NOT NULL,
    local_claim_id integer,
    user_store_domain_name character varying(255) NOT NULL,
    attribute_name character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_claim_mapping (
    id integer NOT NULL,
    ext_claim_id integer NOT NULL,
    mapped_local_claim_id integer NOT NULL,
    tenant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_claim_property (
    id integer NOT NULL,
    local_claim_id integer,
    property_name character varying(255) NOT NULL,
    property_value character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_config_attribute (
    id character varying(255) NOT NULL,
    resource_id character varying(255) NOT NULL,
    attr_key character varying(255) NOT NULL,
    attr_value character varying(1023),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_config_file (
    id character varying(255) NOT NULL,
    value bytea,
    name character varying(255),
    resource_id character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_config_resource (
    id character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    name character varying(255) NOT NULL,
    created_time timestamp without time zone NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    has_file boolean NOT NULL,
    has_attribute boolean NOT NULL,
    type_id character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_config_type (
    id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1023),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_cors_association (
    idn_cors_origin_id integer NOT NULL,
    sp_app_id integer NOT NULL,
    PRIMARY KEY (idn_cors_origin_id, sp_app_id)
);
CREATE TABLE wso2is.idn_cors_origin (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    origin character varying(2048) NOT NULL,
    uuid character(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_fed_auth_session_mapping (
    id integer NOT NULL,
    idp_session_id character varying(255) NOT NULL,
    session_id character varying(255) NOT NULL,
    idp_name character varying(255) NOT NULL,
    authenticator_id character varying(255),
    protocol_type character varying(255),
    time_created timestamp without time zone NOT NULL,
    tenant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_function_library (
    name character varying(255) NOT NULL,
    description character varying(1023),
    type character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (tenant_id, name)
);
CREATE TABLE wso2is.idn_identity_meta_data (
    user_name character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    metadata_type character varying(255) NOT NULL,
    metadata character varying(255) NOT NULL,
    valid character varying(255) NOT NULL,
    PRIMARY KEY (tenant_id, user_name, metadata_type, metadata)
);
CREATE TABLE wso2is.idn_identity_user_data (
    tenant_id integer NOT NULL,
    user_name character varying(255) NOT NULL,
    data_key character varying(255) NOT NULL,
    data_value character varying(2048),
    PRIMARY KEY (tenant_id, user_name, data_key)
);
CREATE TABLE wso2is.idn_oauth1a_access_token (
    access_token character varying(512) NOT NULL,
    access_token_secret character varying(512),
    consumer_key_id integer,
    scope character varying(2048),
    authz_user character varying(512),
    tenant_id integer,
    PRIMARY KEY (access_token)
);
CREATE TABLE wso2is.idn_oauth1a_request_token (
    request_token character varying(512) NOT NULL,
    request_token_secret character varying(512),
    consumer_key_id integer,
    callback_url character varying(2048),
    scope character varying(2048),
    authorized character varying(128),
    oauth_verifier character varying(512),
    authz_user character varying(512),
    tenant_id integer,
    PRIMARY KEY (request_token)
);
CREATE TABLE wso2is.idn_oauth2_access_token (
    token_id character varying(255) NOT NULL,
    access_token character varying(2048),
    refresh_token character varying(2048),
    consumer_key_id integer,
    authz_user character varying(100),
    tenant_id integer,
    user_domain character varying(50),
    user_type character varying(25),
    grant_type character varying(50),
    time_created timestamp without time zone,
    refresh_token_time_created timestamp without time zone,
    validity_period bigint,
    refresh_token_validity_period bigint,
    token_scope_hash character varying(32),
    token_state character varying(25),
    token_state_id character varying(128),
    subject_identifier character varying(255),
    access_token_hash character varying(512),
    refresh_token_hash character varying(512),
    idp_id integer NOT NULL,
    token_binding_ref character varying(32),
    consented_token character varying(6),
    PRIMARY KEY (token_id)
);
CREATE TABLE wso2is.idn_oauth2_access_token_audit (
    id integer NOT NULL,
    token_id character varying(255),
    access_token character varying(2048),
    refresh_token character varying(2048),
    consumer_key_id integer,
    authz_user character varying(100),
    tenant_id integer,
    user_domain character varying(50),
    user_type character varying(25),
    grant_type character varying(50),
    time_created timestamp without time zone,
    refresh_token_time_created timestamp without time zone,
    validity_period bigint,
    refresh_token_validity_period bigint,
    token_scope_hash character varying(32),
    token_state character varying(25),
    token_state_id character varying(128),
    subject_identifier character varying(255),
    access_token_hash character varying(512),
    refresh_token_hash character varying(512),
    invalidated_time timestamp without time zone,
    idp_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oauth2_access_token_scope (
    token_id character varying(255) NOT NULL,
    token_scope character varying(60) NOT NULL,
    tenant_id integer,
    PRIMARY KEY (token_id, token_scope)
);
CREATE TABLE wso2is.idn_oauth2_authorization_code (
    code_id character varying(255) NOT NULL,
    authorization_code character varying(2048),
    consumer_key_id integer,
    callback_url character varying(2048),
    scope character varying(2048),
    authz_user character varying(100),
    tenant_id integer,
    user_domain character varying(50),
    time_created timestamp without time zone,
    validity_period bigint,
    state character varying(25),
    token_id character varying(255),
    subject_identifier character varying(255),
    pkce_code_challenge character varying(255),
    pkce_code_challenge_method character varying(128),
    authorization_code_hash character varying(512),
    idp_id integer NOT NULL,
    PRIMARY KEY (code_id)
);
CREATE TABLE wso2is.idn_oauth2_authz_code_scope (
    code_id character varying(255) NOT NULL,
    scope character varying(60) NOT NULL,
    tenant_id integer,
    PRIMARY KEY (code_id, scope)
);
CREATE TABLE wso2is.idn_oauth2_ciba_auth_code (
    auth_code_key character(36) NOT NULL,
    auth_req_id character(36),
    issued_time timestamp without time zone NOT NULL,
    consumer_key character varying(255),
    last_polled_time timestamp without time zone NOT NULL,
    polling_interval integer,
    expires_in integer,
    authenticated_user_name character varying(255),
    user_store_domain character varying(100),
    tenant_id integer,
    auth_req_status character varying(100),
    idp_id integer,
    PRIMARY KEY (auth_code_key)
);
CREATE TABLE wso2is.idn_oauth2_ciba_request_scopes (
    id integer NOT NULL,
    auth_code_key character(36),
    scope character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oauth2_device_flow (
    code_id character varying(255),
    device_code character varying(255) NOT NULL,
    user_code character varying(25),
    quantifier integer NOT NULL,
    consumer_key_id integer,
    last_poll_time timestamp without time zone NOT NULL,
    expiry_time timestamp without time zone NOT NULL,
    time_created timestamp without time zone NOT NULL,
    poll_time bigint,
    status character varying(25),
    authz_user character varying(100),
    tenant_id integer,
    user_domain character varying(50),
    idp_id integer,
    subject_identifier character varying(255),
    PRIMARY KEY (device_code)
);
CREATE TABLE wso2is.idn_oauth2_device_flow_scopes (
    id integer NOT NULL,
    scope_id character varying(255),
    scope character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oauth2_resource_scope (
    resource_path character varying(255) NOT NULL,
    scope_id integer NOT NULL,
    tenant_id integer,
    PRIMARY KEY (resource_path)
);
CREATE TABLE wso2is.idn_oauth2_scope (
    scope_id integer NOT NULL,
    name character varying(255) NOT NULL,
    display_name character varying(255) NOT NULL,
    description character varying(512),
    tenant_id integer NOT NULL,
    scope_type character varying(255) NOT NULL,
    PRIMARY KEY (scope_id)
);
CREATE TABLE wso2is.idn_oauth2_scope_binding (
    id integer NOT NULL,
    scope_id integer NOT NULL,
    scope_binding character varying(255) NOT NULL,
    binding_type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oauth2_scope_validators (
    app_id integer NOT NULL,
    scope_validator character varying(128) NOT NULL,
    PRIMARY KEY (app_id, scope_validator)
);
CREATE TABLE wso2is.idn_oauth2_token_binding (
    token_id character varying(255),
    token_binding_type character varying(32),
    token_binding_ref character varying(32),
    token_binding_value character varying(1024),
    tenant_id integer
);
CREATE TABLE wso2is.idn_oauth2_user_consent (
    id integer NOT NULL,
    user_id character varying(255) NOT NULL,
    app_id character(36) NOT NULL,
    tenant_id integer NOT NULL,
    consent_id character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oauth2_user_consented_scopes (
    id integer NOT NULL,
    consent_id character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    scope character varying(255) NOT NULL,
    consent boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oauth_consumer_apps (
    id integer NOT NULL,
    consumer_key character varying(255),
    consumer_secret character varying(2048),
    username character varying(255),
    tenant_id integer,
    user_domain character varying(50),
    app_name character varying(255),
    oauth_version character varying(128),
    callback_url character varying(2048),
    grant_types character varying(1024),
    pkce_mandatory character(1),
    pkce_support_plain character(1),
    app_state character varying(25),
    user_access_token_expire_time bigint,
    app_access_token_expire_time bigint,
    refresh_token_expire_time bigint,
    id_token_expire_time bigint,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oidc_jti (
    jwt_id character varying(255) NOT NULL,
    exp_time timestamp without time zone NOT NULL,
    time_created timestamp without time zone NOT NULL,
    PRIMARY KEY (jwt_id)
);
CREATE TABLE wso2is.idn_oidc_property (
    id integer NOT NULL,
    tenant_id integer,
    consumer_key character varying(255),
    property_key character varying(255) NOT NULL,
    property_value character varying(2047),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oidc_req_obj_claim_values (
    id integer NOT NULL,
    req_object_claims_id integer,
    claim_values character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oidc_req_object_claims (
    id integer NOT NULL,
    req_object_id integer,
    claim_attribute character varying(255),
    essential character(1) NOT NULL,
    value character varying(255),
    is_userinfo character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oidc_req_object_reference (
    id integer NOT NULL,
    consumer_key_id integer,
    code_id character varying(255),
    token_id character varying(255),
    session_data_key character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_oidc_scope_claim_mapping (
    id integer NOT NULL,
    scope_id integer NOT NULL,
    external_claim_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_openid_associations (
    handle character varying(255) NOT NULL,
    assoc_type character varying(255) NOT NULL,
    expire_in timestamp without time zone NOT NULL,
    mac_key character varying(255) NOT NULL,
    assoc_store character varying(128),
    tenant_id integer,
    PRIMARY KEY (handle)
);
CREATE TABLE wso2is.idn_openid_remember_me (
    user_name character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    cookie_value character varying(1024),
    created_time timestamp without time zone,
    PRIMARY KEY (user_name, tenant_id)
);
CREATE TABLE wso2is.idn_openid_user_rps (
    user_name character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    rp_url character varying(255) NOT NULL,
    trusted_always character varying(128),
    last_visit date NOT NULL,
    visit_count integer,
    default_profile_name character varying(255),
    PRIMARY KEY (user_name, tenant_id, rp_url)
);
CREATE TABLE wso2is.idn_password_history_data (
    id integer NOT NULL,
    user_name character varying(255) NOT NULL,
    user_domain character varying(127) NOT NULL,
    tenant_id integer,
    salt_value character varying(255),
    hash character varying(255) NOT NULL,
    time_created timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_recovery_data (
    user_name character varying(255) NOT NULL,
    user_domain character varying(127) NOT NULL,
    tenant_id integer NOT NULL,
    code character varying(255) NOT NULL,
    scenario character varying(255) NOT NULL,
    step character varying(127) NOT NULL,
    time_created timestamp without time zone NOT NULL,
    remaining_sets character varying(2500),
    PRIMARY KEY (user_name, user_domain, tenant_id, scenario, step)
);
CREATE TABLE wso2is.idn_remote_fetch_config (
    id character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    is_enabled character(1) NOT NULL,
    repo_manager_type character varying(255) NOT NULL,
    action_listener_type character varying(255) NOT NULL,
    config_deployer_type character varying(255) NOT NULL,
    remote_fetch_name character varying(255),
    remote_resource_uri character varying(255) NOT NULL,
    attributes_json text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_remote_fetch_revisions (
    id character varying(255) NOT NULL,
    config_id character varying(255) NOT NULL,
    file_path character varying(255) NOT NULL,
    file_hash character varying(255),
    deployed_date timestamp without time zone,
    last_sync_time timestamp without time zone,
    deployment_status character varying(255),
    item_name character varying(255),
    deploy_err_log text,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_saml2_artifact_store (
    id integer NOT NULL,
    source_id character varying(255) NOT NULL,
    message_handler character varying(255) NOT NULL,
    authn_req_dto bytea NOT NULL,
    session_id character varying(255) NOT NULL,
    init_timestamp timestamp without time zone NOT NULL,
    exp_timestamp timestamp without time zone NOT NULL,
    assertion_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_saml2_assertion_store (
    id integer NOT NULL,
    saml2_id character varying(255),
    saml2_issuer character varying(255),
    saml2_subject character varying(255),
    saml2_session_index character varying(255),
    saml2_authn_context_class_ref character varying(255),
    saml2_assertion character varying(4096),
    assertion bytea,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_scim_group (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    role_name character varying(255) NOT NULL,
    attr_name character varying(1024) NOT NULL,
    attr_value character varying(1024),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_secret (
    id character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    secret_name character varying(255) NOT NULL,
    secret_value character varying(8000) NOT NULL,
    created_time timestamp without time zone NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    type_id character varying(255) NOT NULL,
    description character varying(1023),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_secret_type (
    id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1023),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_sts_store (
    id integer NOT NULL,
    token_id character varying(255) NOT NULL,
    token_content bytea NOT NULL,
    create_date timestamp without time zone NOT NULL,
    expire_date timestamp without time zone NOT NULL,
    state integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_thrift_session (
    session_id character varying(255) NOT NULL,
    user_name character varying(255) NOT NULL,
    created_time character varying(255) NOT NULL,
    last_modified_time character varying(255) NOT NULL,
    tenant_id integer,
    PRIMARY KEY (session_id)
);
CREATE TABLE wso2is.idn_user_account_association (
    association_key character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    domain_name character varying(255) NOT NULL,
    user_name character varying(255) NOT NULL,
    PRIMARY KEY (tenant_id, domain_name, user_name)
);
CREATE TABLE wso2is.idn_user_functionality_mapping (
    id character varying(255) NOT NULL,
    user_id character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    functionality_id character varying(255) NOT NULL,
    is_functionality_locked boolean NOT NULL,
    functionality_unlock_time bigint NOT NULL,
    functionality_lock_reason character varying(1023),
    functionality_lock_reason_code character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idn_user_functionality_property (
    id character varying(255) NOT NULL,
    user_id character varying(255) NOT NULL,
    tenant_id integer NOT NULL,
    functionality_id character varying(255) NOT NULL,
    property_name character varying(255),
    property_value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp (
    id integer NOT NULL,
    tenant_id integer,
    name character varying(254) NOT NULL,
    is_enabled character(1) NOT NULL,
    is_primary character(1) NOT NULL,
    home_realm_id character varying(254),
    image bytea,
    certificate bytea,
    alias character varying(254),
    inbound_prov_enabled character(1) NOT NULL,
    inbound_prov_user_store_id character varying(254),
    user_claim_uri character varying(254),
    role_claim_uri character varying(254),
    description character varying(1024),
    default_authenticator_name character varying(254),
    default_pro_connector_name character varying(254),
    provisioning_role character varying(128),
    is_federation_hub character(1) NOT NULL,
    is_local_claim_dialect character(1) NOT NULL,
    display_name character varying(255),
    image_url character varying(1024),
    uuid character(36) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_authenticator (
    id integer NOT NULL,
    tenant_id integer,
    idp_id integer,
    name character varying(255) NOT NULL,
    is_enabled character(1),
    display_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_authenticator_property (
    id integer NOT NULL,
    tenant_id integer,
    authenticator_id integer,
    property_key character varying(255) NOT NULL,
    property_value character varying(2047),
    is_secret character(1),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_claim (
    id integer NOT NULL,
    idp_id integer,
    tenant_id integer,
    claim character varying(254),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_claim_mapping (
    id integer NOT NULL,
    idp_claim_id integer,
    tenant_id integer,
    local_claim character varying(253),
    default_value character varying(255),
    is_requested character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_local_claim (
    id integer NOT NULL,
    tenant_id integer,
    idp_id integer,
    claim_uri character varying(255) NOT NULL,
    default_value character varying(255),
    is_requested character varying(128),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_metadata (
    id integer NOT NULL,
    idp_id integer,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    display_name character varying(255),
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_prov_config_property (
    id integer NOT NULL,
    tenant_id integer,
    provisioning_config_id integer,
    property_key character varying(255) NOT NULL,
    property_value character varying(2048),
    property_blob_value bytea,
    property_type character(32) NOT NULL,
    is_secret character(1),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_provisioning_config (
    id integer NOT NULL,
    tenant_id integer,
    idp_id integer,
    provisioning_connector_type character varying(255) NOT NULL,
    is_enabled character(1),
    is_blocking character(1),
    is_rules_enabled character(1),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_provisioning_entity (
    id integer NOT NULL,
    provisioning_config_id integer,
    entity_type character varying(255) NOT NULL,
    entity_local_userstore character varying(255) NOT NULL,
    entity_name character varying(255) NOT NULL,
    entity_value character varying(255),
    tenant_id integer,
    entity_local_id character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_role (
    id integer NOT NULL,
    idp_id integer,
    tenant_id integer,
    role character varying(254),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.idp_role_mapping (
    id integer NOT NULL,
    idp_role_id integer,
    tenant_id integer,
    user_store_id character varying(253),
    local_role character varying(253),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_app (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    app_name character varying(255) NOT NULL,
    user_store character varying(255) NOT NULL,
    username character varying(255) NOT NULL,
    description character varying(1024),
    role_claim character varying(512),
    auth_type character varying(255) NOT NULL,
    provisioning_userstore_domain character varying(512),
    is_local_claim_dialect character(1),
    is_send_local_subject_id character(1),
    is_send_auth_list_of_idps character(1),
    is_use_tenant_domain_subject character(1),
    is_use_user_domain_subject character(1),
    enable_authorization character(1),
    subject_claim_uri character varying(512),
    is_saas_app character(1),
    is_dumb_mode character(1),
    uuid character(36),
    image_url character varying(1024),
    access_url character varying(1024),
    is_discoverable character(1),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_auth_script (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    app_id integer NOT NULL,
    type character varying(255) NOT NULL,
    content bytea,
    is_enabled character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_auth_step (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    step_order integer,
    app_id integer NOT NULL,
    is_subject_step character(1),
    is_attribute_step character(1),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_claim_dialect (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    sp_dialect character varying(512) NOT NULL,
    app_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_claim_mapping (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    idp_claim character varying(512) NOT NULL,
    sp_claim character varying(512) NOT NULL,
    app_id integer NOT NULL,
    is_requested character varying(128),
    is_mandatory character varying(128),
    default_value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_federated_idp (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    authenticator_id integer NOT NULL,
    PRIMARY KEY (id, authenticator_id)
);
CREATE TABLE wso2is.sp_inbound_auth (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    inbound_auth_key character varying(255),
    inbound_auth_type character varying(255) NOT NULL,
    inbound_config_type character varying(255) NOT NULL,
    prop_name character varying(255),
    prop_value character varying(1024),
    app_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_metadata (
    id integer NOT NULL,
    sp_id integer,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    display_name character varying(255),
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_provisioning_connector (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    idp_name character varying(255) NOT NULL,
    connector_name character varying(255) NOT NULL,
    app_id integer NOT NULL,
    is_jit_enabled character(1) NOT NULL,
    blocking character(1) NOT NULL,
    rule_enabled character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_req_path_authenticator (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    authenticator_name character varying(255) NOT NULL,
    app_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_role_mapping (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    idp_role character varying(255) NOT NULL,
    sp_role character varying(255) NOT NULL,
    app_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_shared_app (
    id integer NOT NULL,
    main_app_id character(36) NOT NULL,
    owner_org_id character(36) NOT NULL,
    shared_app_id character(36) NOT NULL,
    shared_org_id character(36) NOT NULL,
    share_with_all_children boolean,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.sp_template (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(1023),
    content bytea,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.um_account_mapping (
    um_id integer NOT NULL,
    um_user_name character varying(255) NOT NULL,
    um_tenant_id integer NOT NULL,
    um_user_store_domain character varying(100),
    um_acc_link_id integer NOT NULL,
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.um_claim (
    um_id integer NOT NULL,
    um_dialect_id integer NOT NULL,
    um_claim_uri character varying(255) NOT NULL,
    um_display_tag character varying(255),
    um_description character varying(255),
    um_mapped_attribute_domain character varying(255),
    um_mapped_attribute character varying(255),
    um_reg_ex character varying(255),
    um_supported smallint,
    um_required smallint,
    um_display_order integer,
    um_checked_attribute smallint,
    um_read_only smallint,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_claim_behavior (
    um_id integer NOT NULL,
    um_profile_id integer,
    um_claim_id integer,
    um_behaviour smallint,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_dialect (
    um_id integer NOT NULL,
    um_dialect_uri character varying(255) NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_domain (
    um_domain_id integer NOT NULL,
    um_domain_name character varying(255) NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_domain_id, um_tenant_id)
);
CREATE TABLE wso2is.um_group_uuid_domain_mapper (
    um_id integer NOT NULL,
    um_group_id character varying(255) NOT NULL,
    um_domain_id integer NOT NULL,
    um_tenant_id integer,
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.um_hybrid_group_role (
    um_id integer NOT NULL,
    um_group_name character varying(255),
    um_role_id integer NOT NULL,
    um_tenant_id integer NOT NULL,
    um_domain_id integer,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_hybrid_remember_me (
    um_id integer NOT NULL,
    um_user_name character varying(255) NOT NULL,
    um_cookie_value character varying(1024),
    um_created_time timestamp without time zone,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_hybrid_role (
    um_id integer NOT NULL,
    um_role_name character varying(255) NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_hybrid_user_role (
    um_id integer NOT NULL,
    um_user_name character varying(255),
    um_role_id integer NOT NULL,
    um_tenant_id integer NOT NULL,
    um_domain_id integer,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_module (
    um_id integer NOT NULL,
    um_module_name character varying(100),
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.um_module_actions (
    um_action character varying(255) NOT NULL,
    um_module_id integer NOT NULL,
    PRIMARY KEY (um_action, um_module_id)
);
CREATE TABLE wso2is.um_org (
    um_id character varying(36) NOT NULL,
    um_org_name character varying(255) NOT NULL,
    um_org_description character varying(1024),
    um_created_time timestamp without time zone NOT NULL,
    um_last_modified timestamp without time zone NOT NULL,
    um_status character varying(255) NOT NULL,
    um_parent_id character varying(36),
    um_org_type character varying(100) NOT NULL,
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.um_org_attribute (
    um_id integer NOT NULL,
    um_org_id character varying(36) NOT NULL,
    um_attribute_key character varying(255) NOT NULL,
    um_attribute_value character varying(512),
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.um_org_hierarchy (
    um_parent_id character varying(36) NOT NULL,
    um_id character varying(36) NOT NULL,
    depth integer,
    PRIMARY KEY (um_parent_id, um_id)
);
CREATE TABLE wso2is.um_org_permission (
    um_id integer NOT NULL,
    um_resource_id character varying(255) NOT NULL,
    um_action character varying(255) NOT NULL,
    um_tenant_id integer,
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.um_org_role (
    um_role_id character varying(255) NOT NULL,
    um_role_name character varying(255) NOT NULL,
    um_org_id character varying(36) NOT NULL,
    PRIMARY KEY (um_role_id)
);
CREATE TABLE wso2is.um_org_role_group (
    um_group_id character varying(255) NOT NULL,
    um_role_id character varying(255) NOT NULL
);
CREATE TABLE wso2is.um_org_role_permission (
    um_permission_id integer NOT NULL,
    um_role_id character varying(255) NOT NULL
);
CREATE TABLE wso2is.um_org_role_user (
    um_user_id character varying(255) NOT NULL,
    um_role_id character varying(255) NOT NULL
);
CREATE TABLE wso2is.um_permission (
    um_id integer NOT NULL,
    um_resource_id character varying(255) NOT NULL,
    um_action character varying(255) NOT NULL,
    um_tenant_id integer NOT NULL,
    um_module_id integer,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_profile_config (
    um_id integer NOT NULL,
    um_dialect_id integer NOT NULL,
    um_profile_name character varying(255),
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_role (
    um_id integer NOT NULL,
    um_role_name character varying(255) NOT NULL,
    um_tenant_id integer NOT NULL,
    um_shared_role boolean,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_role_permission (
    um_id integer NOT NULL,
    um_permission_id integer NOT NULL,
    um_role_name character varying(255) NOT NULL,
    um_is_allowed smallint NOT NULL,
    um_tenant_id integer NOT NULL,
    um_domain_id integer,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_shared_user_role (
    id integer NOT NULL,
    um_role_id integer NOT NULL,
    um_user_id integer NOT NULL,
    um_user_tenant_id integer NOT NULL,
    um_role_tenant_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.um_system_role (
    um_id integer NOT NULL,
    um_role_name character varying(255) NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_system_user (
    um_id integer NOT NULL,
    um_user_name character varying(255) NOT NULL,
    um_user_password character varying(255) NOT NULL,
    um_salt_value character varying(31),
    um_require_change boolean,
    um_changed_time timestamp without time zone NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_system_user_role (
    um_id integer NOT NULL,
    um_user_name character varying(255),
    um_role_id integer NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_tenant (
    um_id integer NOT NULL,
    um_tenant_uuid character varying(36) NOT NULL,
    um_domain_name character varying(255) NOT NULL,
    um_email character varying(255),
    um_active boolean,
    um_created_date timestamp without time zone NOT NULL,
    um_user_config bytea,
    um_org_uuid character varying(36),
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.um_user (
    um_id integer NOT NULL,
    um_user_id character varying(255) NOT NULL,
    um_user_name character varying(255) NOT NULL,
    um_user_password character varying(255) NOT NULL,
    um_salt_value character varying(31),
    um_require_change boolean,
    um_changed_time timestamp without time zone NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_user_attribute (
    um_id integer NOT NULL,
    um_attr_name character varying(255) NOT NULL,
    um_attr_value character varying(1024),
    um_profile_id character varying(255),
    um_user_id integer,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_user_permission (
    um_id integer NOT NULL,
    um_permission_id integer NOT NULL,
    um_user_name character varying(255) NOT NULL,
    um_is_allowed smallint NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_user_role (
    um_id integer NOT NULL,
    um_role_id integer NOT NULL,
    um_user_id integer NOT NULL,
    um_tenant_id integer NOT NULL,
    PRIMARY KEY (um_id, um_tenant_id)
);
CREATE TABLE wso2is.um_uuid_domain_mapper (
    um_id integer NOT NULL,
    um_user_id character varying(255) NOT NULL,
    um_domain_id integer NOT NULL,
    um_tenant_id integer,
    PRIMARY KEY (um_id)
);
CREATE TABLE wso2is.wf_bps_profile (
    profile_name character varying(45) NOT NULL,
    host_url_manager character varying(255),
    host_url_worker character varying(255),
    username character varying(100),
    password character varying(1023),
    callback_host character varying(45),
    tenant_id integer NOT NULL,
    PRIMARY KEY (profile_name, tenant_id)
);
CREATE TABLE wso2is.wf_request (
    uuid character varying(45) NOT NULL,
    created_by character varying(255),
    tenant_id integer,
    operation_type character varying(50),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    status character varying(30),
    request bytea,
    PRIMARY KEY (uuid)
);
CREATE TABLE wso2is.wf_request_entity_relationship (
    request_id character varying(45) NOT NULL,
    entity_name character varying(255) NOT NULL,
    entity_type character varying(50) NOT NULL,
    tenant_id integer NOT NULL,
    PRIMARY KEY (request_id, entity_name, entity_type, tenant_id)
);
CREATE TABLE wso2is.wf_workflow (
    id character varying(45) NOT NULL,
    wf_name character varying(45),
    description character varying(255),
    template_id character varying(45),
    impl_id character varying(45),
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.wf_workflow_association (
    id integer NOT NULL,
    assoc_name character varying(45),
    event_id character varying(45),
    assoc_condition character varying(2000),
    workflow_id character varying(45),
    is_enabled character(1),
    tenant_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE wso2is.wf_workflow_config_param (
    workflow_id character varying(45) NOT NULL,
    param_name character varying(45) NOT NULL,
    param_value character varying(1000),
    param_qname character varying(45) NOT NULL,
    param_holder character varying(45) NOT NULL,
    tenant_id integer,
    PRIMARY KEY (workflow_id, param_name, param_qname, param_holder)
);
CREATE TABLE wso2is.wf_workflow_request_relation (
    relationship_id character varying(45) NOT NULL,
    workflow_id character varying(45),
    request_id character varying(45),
    updated_at timestamp without time zone,
    status character varying(30),
    tenant_id integer,
    PRIMARY KEY (relationship_id)
);
ALTER TABLE wso2is.idn_oauth2_device_flow ADD UNIQUE (code_id);
ALTER TABLE wso2is.idn_oauth2_user_consent ADD UNIQUE (consent_id);
ALTER TABLE wso2is.idn_oauth_consumer_apps ADD UNIQUE (consumer_key);
ALTER TABLE wso2is.sp_app ADD UNIQUE (uuid);
ALTER TABLE wso2is.cm_consent_receipt_property ADD FOREIGN KEY (consent_receipt_id) REFERENCES wso2is.cm_receipt(consent_receipt_id);
ALTER TABLE wso2is.cm_receipt_sp_assoc ADD FOREIGN KEY (consent_receipt_id) REFERENCES wso2is.cm_receipt(consent_receipt_id);
ALTER TABLE wso2is.cm_sp_purpose_assoc ADD FOREIGN KEY (receipt_sp_assoc) REFERENCES wso2is.cm_receipt_sp_assoc(id);
ALTER TABLE wso2is.cm_sp_purpose_assoc ADD FOREIGN KEY (purpose_id) REFERENCES wso2is.cm_purpose(id);
ALTER TABLE wso2is.cm_sp_purpose_pii_cat_assoc ADD FOREIGN KEY (sp_purpose_assoc_id) REFERENCES wso2is.cm_sp_purpose_assoc(id);
ALTER TABLE wso2is.cm_sp_purpose_pii_cat_assoc ADD FOREIGN KEY (pii_category_id) REFERENCES wso2is.cm_pii_category(id);
ALTER TABLE wso2is.cm_sp_purpose_purpose_cat_assc ADD FOREIGN KEY (sp_purpose_assoc_id) REFERENCES wso2is.cm_sp_purpose_assoc(id);
ALTER TABLE wso2is.cm_sp_purpose_purpose_cat_assc ADD FOREIGN KEY (purpose_category_id) REFERENCES wso2is.cm_purpose_category(id);
ALTER TABLE wso2is.idn_associated_id ADD FOREIGN KEY (idp_id) REFERENCES wso2is.idp(id);
ALTER TABLE wso2is.idn_claim ADD FOREIGN KEY (dialect_id) REFERENCES wso2is.idn_claim_dialect(id);
ALTER TABLE wso2is.idn_claim_mapped_attribute ADD FOREIGN KEY (local_claim_id) REFERENCES wso2is.idn_claim(id);
ALTER TABLE wso2is.idn_claim_mapping ADD FOREIGN KEY (ext_claim_id) REFERENCES wso2is.idn_claim(id);
ALTER TABLE wso2is.idn_claim_mapping ADD FOREIGN KEY (mapped_local_claim_id) REFERENCES wso2is.idn_claim(id);
ALTER TABLE wso2is.idn_claim_property ADD FOREIGN KEY (local_claim_id) REFERENCES wso2is.idn_claim(id);
ALTER TABLE wso2is.idn_config_attribute ADD FOREIGN KEY (resource_id) REFERENCES wso2is.idn_config_resource(id);
ALTER TABLE wso2is.idn_config_file ADD FOREIGN KEY (resource_id) REFERENCES wso2is.idn_config_resource(id);
ALTER TABLE wso2is.idn_config_resource ADD FOREIGN KEY (type_id) REFERENCES wso2is.idn_config_type(id);
ALTER TABLE wso2is.idn_cors_association ADD FOREIGN KEY (idn_cors_origin_id) REFERENCES wso2is.idn_cors_origin(id);
ALTER TABLE wso2is.idn_cors_association ADD FOREIGN KEY (sp_app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.idn_oauth1a_access_token ADD FOREIGN KEY (consumer_key_id) REFERENCES wso2is.idn_oauth_consumer_apps(id);
ALTER TABLE wso2is.idn_oauth1a_request_token ADD FOREIGN KEY (consumer_key_id) REFERENCES wso2is.idn_oauth_consumer_apps(id);
ALTER TABLE wso2is.idn_oauth2_access_token ADD FOREIGN KEY (consumer_key_id) REFERENCES wso2is.idn_oauth_consumer_apps(id);
ALTER TABLE wso2is.idn_oauth2_access_token_scope ADD FOREIGN KEY (token_id) REFERENCES wso2is.idn_oauth2_access_token(token_id);
ALTER TABLE wso2is.idn_oauth2_authorization_code ADD FOREIGN KEY (consumer_key_id) REFERENCES wso2is.idn_oauth_consumer_apps(id);
ALTER TABLE wso2is.idn_oauth2_authz_code_scope ADD FOREIGN KEY (code_id) REFERENCES wso2is.idn_oauth2_authorization_code(code_id);
ALTER TABLE wso2is.idn_oauth2_ciba_auth_code ADD FOREIGN KEY (consumer_key) REFERENCES wso2is.idn_oauth_consumer_apps(consumer_key);
ALTER TABLE wso2is.idn_oauth2_ciba_request_scopes ADD FOREIGN KEY (auth_code_key) REFERENCES wso2is.idn_oauth2_ciba_auth_code(auth_code_key);
ALTER TABLE wso2is.idn_oauth2_device_flow ADD FOREIGN KEY (consumer_key_id) REFERENCES wso2is.idn_oauth_consumer_apps(id);
ALTER TABLE wso2is.idn_oauth2_device_flow_scopes ADD FOREIGN KEY (scope_id) REFERENCES wso2is.idn_oauth2_device_flow(code_id);
ALTER TABLE wso2is.idn_oauth2_resource_scope ADD FOREIGN KEY (scope_id) REFERENCES wso2is.idn_oauth2_scope(scope_id);
ALTER TABLE wso2is.idn_oauth2_scope_binding ADD FOREIGN KEY (scope_id) REFERENCES wso2is.idn_oauth2_scope(scope_id);
ALTER TABLE wso2is.idn_oauth2_scope_validators ADD FOREIGN KEY (app_id) REFERENCES wso2is.idn_oauth_consumer_apps(id);
ALTER TABLE wso2is.idn_oauth2_token_binding ADD FOREIGN KEY (token_id) REFERENCES wso2is.idn_oauth2_access_token(token_id);
ALTER TABLE wso2is.idn_oauth2_user_consent ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(uuid);
ALTER TABLE wso2is.idn_oauth2_user_consented_scopes ADD FOREIGN KEY (consent_id) REFERENCES wso2is.idn_oauth2_user_consent(consent_id);
ALTER TABLE wso2is.idn_oidc_property ADD FOREIGN KEY (consumer_key) REFERENCES wso2is.idn_oauth_consumer_apps(consumer_key);
ALTER TABLE wso2is.idn_oidc_req_obj_claim_values ADD FOREIGN KEY (req_object_claims_id) REFERENCES wso2is.idn_oidc_req_object_claims(id);
ALTER TABLE wso2is.idn_oidc_req_object_claims ADD FOREIGN KEY (req_object_id) REFERENCES wso2is.idn_oidc_req_object_reference(id);
ALTER TABLE wso2is.idn_oidc_req_object_reference ADD FOREIGN KEY (code_id) REFERENCES wso2is.idn_oauth2_authorization_code(code_id);
ALTER TABLE wso2is.idn_oidc_req_object_reference ADD FOREIGN KEY (consumer_key_id) REFERENCES wso2is.idn_oauth_consumer_apps(id);
ALTER TABLE wso2is.idn_oidc_req_object_reference ADD FOREIGN KEY (token_id) REFERENCES wso2is.idn_oauth2_access_token(token_id);
ALTER TABLE wso2is.idn_oidc_scope_claim_mapping ADD FOREIGN KEY (external_claim_id) REFERENCES wso2is.idn_claim(id);
ALTER TABLE wso2is.idn_oidc_scope_claim_mapping ADD FOREIGN KEY (scope_id) REFERENCES wso2is.idn_oauth2_scope(scope_id);
ALTER TABLE wso2is.idn_remote_fetch_revisions ADD FOREIGN KEY (config_id) REFERENCES wso2is.idn_remote_fetch_config(id);
ALTER TABLE wso2is.idn_secret ADD FOREIGN KEY (type_id) REFERENCES wso2is.idn_secret_type(id);
ALTER TABLE wso2is.idp_authenticator ADD FOREIGN KEY (idp_id) REFERENCES wso2is.idp(id);
ALTER TABLE wso2is.idp_authenticator_property ADD FOREIGN KEY (authenticator_id) REFERENCES wso2is.idp_authenticator(id);
ALTER TABLE wso2is.idp_claim ADD FOREIGN KEY (idp_id) REFERENCES wso2is.idp(id);
ALTER TABLE wso2is.idp_claim_mapping ADD FOREIGN KEY (idp_claim_id) REFERENCES wso2is.idp_claim(id);
ALTER TABLE wso2is.idp_local_claim ADD FOREIGN KEY (idp_id) REFERENCES wso2is.idp(id);
ALTER TABLE wso2is.idp_metadata ADD FOREIGN KEY (idp_id) REFERENCES wso2is.idp(id);
ALTER TABLE wso2is.idp_prov_config_property ADD FOREIGN KEY (provisioning_config_id) REFERENCES wso2is.idp_provisioning_config(id);
ALTER TABLE wso2is.idp_provisioning_config ADD FOREIGN KEY (idp_id) REFERENCES wso2is.idp(id);
ALTER TABLE wso2is.idp_provisioning_entity ADD FOREIGN KEY (provisioning_config_id) REFERENCES wso2is.idp_provisioning_config(id);
ALTER TABLE wso2is.idp_role ADD FOREIGN KEY (idp_id) REFERENCES wso2is.idp(id);
ALTER TABLE wso2is.idp_role_mapping ADD FOREIGN KEY (idp_role_id) REFERENCES wso2is.idp_role(id);
ALTER TABLE wso2is.sp_auth_step ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_claim_dialect ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_claim_mapping ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_federated_idp ADD FOREIGN KEY (id) REFERENCES wso2is.sp_auth_step(id);
ALTER TABLE wso2is.sp_inbound_auth ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_metadata ADD FOREIGN KEY (sp_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_provisioning_connector ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_req_path_authenticator ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_role_mapping ADD FOREIGN KEY (app_id) REFERENCES wso2is.sp_app(id);
ALTER TABLE wso2is.sp_shared_app ADD FOREIGN KEY (main_app_id) REFERENCES wso2is.sp_app(uuid);
ALTER TABLE wso2is.sp_shared_app ADD FOREIGN KEY (shared_app_id) REFERENCES wso2is.sp_app(uuid);
ALTER TABLE wso2is.um_account_mapping ADD FOREIGN KEY (um_tenant_id) REFERENCES wso2is.um_tenant(um_id);
ALTER TABLE wso2is.um_claim ADD FOREIGN KEY (um_dialect_id, um_tenant_id) REFERENCES wso2is.um_dialect(um_id, um_tenant_id);
ALTER TABLE wso2is.um_claim_behavior ADD FOREIGN KEY (um_claim_id, um_tenant_id) REFERENCES wso2is.um_claim(um_id, um_tenant_id);
ALTER TABLE wso2is.um_claim_behavior ADD FOREIGN KEY (um_profile_id, um_tenant_id) REFERENCES wso2is.um_profile_config(um_id, um_tenant_id);
ALTER TABLE wso2is.um_group_uuid_domain_mapper ADD FOREIGN KEY (um_domain_id, um_tenant_id) REFERENCES wso2is.um_domain(um_domain_id, um_tenant_id);
ALTER TABLE wso2is.um_hybrid_group_role ADD FOREIGN KEY (um_domain_id, um_tenant_id) REFERENCES wso2is.um_domain(um_domain_id, um_tenant_id);
ALTER TABLE wso2is.um_hybrid_group_role ADD FOREIGN KEY (um_role_id, um_tenant_id) REFERENCES wso2is.um_hybrid_role(um_id, um_tenant_id);
ALTER TABLE wso2is.um_hybrid_user_role ADD FOREIGN KEY (um_domain_id, um_tenant_id) REFERENCES wso2is.um_domain(um_domain_id, um_tenant_id);
ALTER TABLE wso2is.um_hybrid_user_role ADD FOREIGN KEY (um_role_id, um_tenant_id) REFERENCES wso2is.um_hybrid_role(um_id, um_tenant_id);
ALTER TABLE wso2is.um_module_actions ADD FOREIGN KEY (um_module_id) REFERENCES wso2is.um_module(um_id);
ALTER TABLE wso2is.um_org ADD FOREIGN KEY (um_parent_id) REFERENCES wso2is.um_org(um_id);
ALTER TABLE wso2is.um_org_attribute ADD FOREIGN KEY (um_org_id) REFERENCES wso2is.um_org(um_id);
ALTER TABLE wso2is.um_org_hierarchy ADD FOREIGN KEY (um_id) REFERENCES wso2is.um_org(um_id);
ALTER TABLE wso2is.um_org_hierarchy ADD FOREIGN KEY (um_parent_id) REFERENCES wso2is.um_org(um_id);
ALTER TABLE wso2is.um_org_role ADD FOREIGN KEY (um_org_id) REFERENCES wso2is.um_org(um_id);
ALTER TABLE wso2is.um_org_role_group ADD FOREIGN KEY (um_role_id) REFERENCES wso2is.um_org_role(um_role_id);
ALTER TABLE wso2is.um_org_role_permission ADD FOREIGN KEY (um_permission_id) REFERENCES wso2is.um_org_permission(um_id);
ALTER TABLE wso2is.um_org_role_permission ADD FOREIGN KEY (um_role_id) REFERENCES wso2is.um_org_role(um_role_id);
ALTER TABLE wso2is.um_org_role_user ADD FOREIGN KEY (um_role_id) REFERENCES wso2is.um_org_role(um_role_id);
ALTER TABLE wso2is.um_profile_config ADD FOREIGN KEY (um_dialect_id, um_tenant_id) REFERENCES wso2is.um_dialect(um_id, um_tenant_id);
ALTER TABLE wso2is.um_role_permission ADD FOREIGN KEY (um_domain_id, um_tenant_id) REFERENCES wso2is.um_domain(um_domain_id, um_tenant_id);
ALTER TABLE wso2is.um_role_permission ADD FOREIGN KEY (um_permission_id, um_tenant_id) REFERENCES wso2is.um_permission(um_id, um_tenant_id);
ALTER TABLE wso2is.um_shared_user_role ADD FOREIGN KEY (um_role_id, um_role_tenant_id) REFERENCES wso2is.um_role(um_id, um_tenant_id);
ALTER TABLE wso2is.um_shared_user_role ADD FOREIGN KEY (um_user_id, um_user_tenant_id) REFERENCES wso2is.um_user(um_id, um_tenant_id);
ALTER TABLE wso2is.um_system_user_role ADD FOREIGN KEY (um_role_id, um_tenant_id) REFERENCES wso2is.um_system_role(um_id, um_tenant_id);
ALTER TABLE wso2is.um_user_attribute ADD FOREIGN KEY (um_user_id, um_tenant_id) REFERENCES wso2is.um_user(um_id, um_tenant_id);
ALTER TABLE wso2is.um_user_permission ADD FOREIGN KEY (um_permission_id, um_tenant_id) REFERENCES wso2is.um_permission(um_id, um_tenant_id);
ALTER TABLE wso2is.um_user_role ADD FOREIGN KEY (um_role_id, um_tenant_id) REFERENCES wso2is.um_role(um_id, um_tenant_id);
ALTER TABLE wso2is.um_user_role ADD FOREIGN KEY (um_user_id, um_tenant_id) REFERENCES wso2is.um_user(um_id, um_tenant_id);
ALTER TABLE wso2is.um_uuid_domain_mapper ADD FOREIGN KEY (um_domain_id, um_tenant_id) REFERENCES wso2is.um_domain(um_domain_id, um_tenant_id);
ALTER TABLE wso2is.wf_request_entity_relationship ADD FOREIGN KEY (request_id) REFERENCES wso2is.wf_request(uuid);
ALTER TABLE wso2is.wf_workflow_association ADD FOREIGN KEY (workflow_id) REFERENCES wso2is.wf_workflow(id);
ALTER TABLE wso2is.wf_workflow_config_param ADD FOREIGN KEY (workflow_id) REFERENCES wso2is.wf_workflow(id);
ALTER TABLE wso2is.wf_workflow_request_relation ADD FOREIGN KEY (request_id) REFERENCES wso2is.wf_request(uuid);
ALTER TABLE wso2is.wf_workflow_request_relation ADD FOREIGN KEY (workflow_id) REFERENCES wso2is.wf_workflow(id);
