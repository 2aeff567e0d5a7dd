-- Claroline Connect 14.2.3 schema (replayed from the Doctrine migrations src/*/*/Installation/Migrations/*.php), converted to PostgreSQL
CREATE SCHEMA claroline;

CREATE TABLE claroline.claro__location (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    type integer NOT NULL,
    latitude double precision,
    longitude double precision,
    phone character varying(255),
    uuid character varying(36) NOT NULL,
    description text,
    thumbnail character varying(255),
    poster character varying(255),
    address_street1 character varying(255),
    address_street2 character varying(255),
    address_postal_code character varying(255),
    address_city character varying(255),
    address_state character varying(255),
    address_country character varying(255),
    CONSTRAINT claro__location_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro__location_organization (
    organization_id integer NOT NULL,
    location_id integer NOT NULL,
    CONSTRAINT claro__location_organization_pkey PRIMARY KEY (organization_id, location_id)
);

CREATE TABLE claroline.claro__open_badge_assertion (
    id integer NOT NULL,
    recipient_id integer,
    badge_id integer,
    issuedon timestamp without time zone NOT NULL,
    image text,
    narrative text,
    revoked boolean NOT NULL,
    revocationreason text,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro__open_badge_assertion_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro__open_badge_badge_class (
    id integer NOT NULL,
    issuer_id integer,
    workspace_id integer,
    template_id integer,
    name character varying(255) NOT NULL,
    description text,
    image character varying(255) NOT NULL,
    criteria text,
    enabled boolean,
    durationvalidation integer,
    hiderecipients boolean NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    issuingpeer boolean NOT NULL,
    notifygrant boolean NOT NULL,
    color character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro__open_badge_badge_class_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro__open_badge_evidence (
    id integer NOT NULL,
    assertion_id integer,
    rule_id integer,
    user_id integer,
    narrative text NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    genre character varying(255),
    audience text,
    uuid character varying(36) NOT NULL,
    resourceevidence_id integer,
    workspaceevidence_id integer,
    CONSTRAINT claro__open_badge_evidence_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro__open_badge_rule (
    id integer NOT NULL,
    badge_id integer,
    node_id integer,
    workspace_id integer,
    role_id integer,
    group_id integer,
    action character varying(255) NOT NULL,
    data json NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro__open_badge_rule_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro__organization (
    id integer NOT NULL,
    parent_id integer,
    "position" integer,
    email character varying(255),
    lft integer NOT NULL,
    lvl integer NOT NULL,
    rgt integer NOT NULL,
    root integer,
    is_default boolean NOT NULL,
    is_public boolean NOT NULL,
    vat character varying(255),
    type character varying(255),
    maxusers integer NOT NULL,
    code character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    description text,
    poster character varying(255),
    thumbnail character varying(255),
    CONSTRAINT claro__organization_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_admin_tool_role (
    admintool_id integer NOT NULL,
    role_id integer NOT NULL,
    CONSTRAINT claro_admin_tool_role_pkey PRIMARY KEY (admintool_id, role_id)
);

CREATE TABLE claroline.claro_admin_tools (
    id integer NOT NULL,
    plugin_id integer,
    name character varying(255) NOT NULL,
    class character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_admin_tools_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_announcement (
    id integer NOT NULL,
    creator_id integer,
    aggregate_id integer NOT NULL,
    task_id integer,
    title character varying(255),
    content text NOT NULL,
    announcer character varying(255),
    creation_date timestamp without time zone NOT NULL,
    publication_date timestamp without time zone,
    visible boolean NOT NULL,
    visible_from timestamp without time zone,
    visible_until timestamp without time zone,
    uuid character varying(36) NOT NULL,
    poster character varying(255),
    CONSTRAINT claro_announcement_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_announcement_aggregate (
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    email_template_id integer,
    pdf_template_id integer,
    CONSTRAINT claro_announcement_aggregate_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_announcement_roles (
    announcement_id integer NOT NULL,
    role_id integer NOT NULL,
    CONSTRAINT claro_announcement_roles_pkey PRIMARY KEY (announcement_id, role_id)
);

CREATE TABLE claroline.claro_announcements_send (
    id integer NOT NULL,
    announcement_id integer,
    data json,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_announcements_send_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_api_token (
    id integer NOT NULL,
    user_id integer,
    token character varying(36) NOT NULL,
    description text,
    is_locked boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_api_token_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_audio_interaction_waveform (
    id integer NOT NULL,
    question_id integer,
    url character varying(255) NOT NULL,
    tolerance double precision NOT NULL,
    answers_limit integer NOT NULL,
    penalty double precision NOT NULL,
    CONSTRAINT claro_audio_interaction_waveform_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_audio_params (
    id integer NOT NULL,
    node_id integer NOT NULL,
    sections_type character varying(255) NOT NULL,
    rate_control boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    description text,
    CONSTRAINT claro_audio_params_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_audio_resource_section (
    id integer NOT NULL,
    node_id integer NOT NULL,
    user_id integer,
    title character varying(255),
    section_start double precision NOT NULL,
    section_end double precision NOT NULL,
    color character varying(255),
    section_type character varying(255) NOT NULL,
    show_transcript boolean NOT NULL,
    transcript text,
    comments_allowed boolean NOT NULL,
    show_help boolean NOT NULL,
    help text,
    show_audio boolean NOT NULL,
    audio_url character varying(255),
    audio_description character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_audio_resource_section_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_audio_resource_section_comment (
    id integer NOT NULL,
    section_id integer,
    user_id integer,
    content text,
    creation_date timestamp without time zone NOT NULL,
    edition_date timestamp without time zone,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_audio_resource_section_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_audio_section (
    id integer NOT NULL,
    waveform_id integer,
    section_start double precision NOT NULL,
    section_end double precision NOT NULL,
    start_tolerance double precision NOT NULL,
    end_tolerance double precision NOT NULL,
    color character varying(255),
    feedback text,
    score double precision,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_audio_section_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_authentication_parameters (
    id integer NOT NULL,
    minlength integer NOT NULL,
    requirelowercase boolean NOT NULL,
    requireuppercase boolean NOT NULL,
    requirespecialchar boolean NOT NULL,
    requirenumber boolean NOT NULL,
    helpmessage text,
    changepassword boolean NOT NULL,
    internalaccount boolean NOT NULL,
    showclientip boolean NOT NULL,
    CONSTRAINT claro_authentication_parameters_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_bigbluebuttonbundle_bbb (
    id integer NOT NULL,
    welcome_message text,
    end_message text,
    new_tab boolean NOT NULL,
    moderator_required boolean NOT NULL,
    record boolean NOT NULL,
    ratio double precision,
    activated boolean NOT NULL,
    server character varying(255),
    runningon character varying(255),
    customusernames boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_bigbluebuttonbundle_bbb_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_bigbluebuttonbundle_recording (
    id integer NOT NULL,
    meeting_id integer,
    recordid character varying(255) NOT NULL,
    starttime character varying(255) NOT NULL,
    endtime character varying(255) NOT NULL,
    status character varying(255) NOT NULL,
    participants integer NOT NULL,
    medias json NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_bigbluebuttonbundle_recording_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_booking_material (
    id integer NOT NULL,
    location_id integer,
    event_name character varying(255) NOT NULL,
    capacity integer NOT NULL,
    code character varying(255) NOT NULL,
    description text,
    poster character varying(255),
    thumbnail character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_booking_material_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_booking_material_booking (
    id integer NOT NULL,
    material_id integer NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    description text,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_booking_material_booking_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_booking_room_booking (
    id integer NOT NULL,
    room_id integer NOT NULL,
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    description text,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_booking_room_booking_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_category (
    id integer NOT NULL,
    claco_form_id integer NOT NULL,
    category_name character varying(255) NOT NULL,
    details json,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_clacoformbundle_category_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_category_manager (
    category_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT claro_clacoformbundle_category_manager_pkey PRIMARY KEY (category_id, user_id)
);

CREATE TABLE claroline.claro_clacoformbundle_claco_form (
    id integer NOT NULL,
    template text,
    details json,
    showconfirm boolean NOT NULL,
    confirmmessage text,
    helpmessage text,
    uuid character varying(36) NOT NULL,
    filterable boolean NOT NULL,
    sortable boolean NOT NULL,
    paginated boolean NOT NULL,
    columnsfilterable boolean NOT NULL,
    count boolean NOT NULL,
    actions boolean NOT NULL,
    sortby character varying(255),
    availablesort json NOT NULL,
    pagesize integer NOT NULL,
    availablepagesizes json NOT NULL,
    display character varying(255) NOT NULL,
    availabledisplays json NOT NULL,
    searchmode character varying(255),
    filters json NOT NULL,
    availablefilters json NOT NULL,
    availablecolumns json NOT NULL,
    displayedcolumns json NOT NULL,
    card json NOT NULL,
    resourcenode_id integer,
    statistics boolean NOT NULL,
    CONSTRAINT claro_clacoformbundle_claco_form_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_comment (
    id integer NOT NULL,
    user_id integer,
    entry_id integer,
    content text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    edition_date timestamp without time zone,
    comment_status integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_clacoformbundle_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_entry (
    id integer NOT NULL,
    claco_form_id integer NOT NULL,
    user_id integer,
    title character varying(255) NOT NULL,
    entry_status integer NOT NULL,
    locked boolean NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    edition_date timestamp without time zone,
    publication_date timestamp without time zone,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_clacoformbundle_entry_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_entry_category (
    entry_id integer NOT NULL,
    category_id integer NOT NULL,
    CONSTRAINT claro_clacoformbundle_entry_category_pkey PRIMARY KEY (entry_id, category_id)
);

CREATE TABLE claroline.claro_clacoformbundle_entry_keyword (
    entry_id integer NOT NULL,
    keyword_id integer NOT NULL,
    CONSTRAINT claro_clacoformbundle_entry_keyword_pkey PRIMARY KEY (entry_id, keyword_id)
);

CREATE TABLE claroline.claro_clacoformbundle_entry_user (
    id integer NOT NULL,
    entry_id integer,
    user_id integer,
    shared boolean NOT NULL,
    notify_edition boolean NOT NULL,
    notify_comment boolean NOT NULL,
    notify_vote boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_clacoformbundle_entry_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_field (
    id integer NOT NULL,
    claco_form_id integer NOT NULL,
    field_facet_id integer,
    CONSTRAINT claro_clacoformbundle_field_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_field_choice_category (
    id integer NOT NULL,
    field_id integer NOT NULL,
    category_id integer NOT NULL,
    field_facet_choice_id integer,
    field_value json,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_clacoformbundle_field_choice_category_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_field_value (
    id integer NOT NULL,
    entry_id integer,
    field_id integer,
    field_facet_value_id integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_clacoformbundle_field_value_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_clacoformbundle_keyword (
    id integer NOT NULL,
    claco_form_id integer NOT NULL,
    keyword_name character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_clacoformbundle_keyword_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_color_collection (
    id integer NOT NULL,
    colors json NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    CONSTRAINT claro_color_collection_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_connection_message (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    message_type character varying(255) NOT NULL,
    locked boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    hidden boolean NOT NULL,
    accessible_from timestamp without time zone,
    accessible_until timestamp without time zone,
    CONSTRAINT claro_connection_message_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_connection_message_role (
    connectionmessage_id integer NOT NULL,
    role_id integer NOT NULL,
    CONSTRAINT claro_connection_message_role_pkey PRIMARY KEY (connectionmessage_id, role_id)
);

CREATE TABLE claroline.claro_connection_message_slide (
    id integer NOT NULL,
    message_id integer,
    content text,
    title character varying(255),
    slide_order integer NOT NULL,
    shortcuts json,
    uuid character varying(36) NOT NULL,
    poster character varying(255),
    CONSTRAINT claro_connection_message_slide_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_connection_message_user (
    connectionmessage_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT claro_connection_message_user_pkey PRIMARY KEY (connectionmessage_id, user_id)
);

CREATE TABLE claroline.claro_contact (
    id integer NOT NULL,
    user_id integer,
    contact_id integer,
    CONSTRAINT claro_contact_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_contact_categories (
    contact_id integer NOT NULL,
    category_id integer NOT NULL,
    CONSTRAINT claro_contact_categories_pkey PRIMARY KEY (contact_id, category_id)
);

CREATE TABLE claroline.claro_contact_category (
    id integer NOT NULL,
    user_id integer,
    category_name character varying(255) NOT NULL,
    category_order integer NOT NULL,
    CONSTRAINT claro_contact_category_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_contact_options (
    id integer NOT NULL,
    user_id integer,
    options json,
    CONSTRAINT claro_contact_options_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_content (
    id integer NOT NULL,
    title character varying(255),
    content text,
    type character varying(255),
    created timestamp without time zone NOT NULL,
    modified timestamp without time zone NOT NULL,
    CONSTRAINT claro_content_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_content_translation (
    id integer NOT NULL,
    locale character varying(8) NOT NULL,
    object_class character varying(191) NOT NULL,
    field character varying(32) NOT NULL,
    foreign_key character varying(64) NOT NULL,
    content text,
    CONSTRAINT claro_content_translation_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cryptographic_key (
    id integer NOT NULL,
    user_id integer,
    organization_id integer,
    publickeyparam text NOT NULL,
    privatekeyparam text,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_cryptographic_key_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_course (
    id integer NOT NULL,
    parent_id integer,
    workspace_id integer,
    learner_role_id integer,
    tutor_role_id integer,
    creator_id integer,
    slug character varying(128) NOT NULL,
    hidesessions boolean NOT NULL,
    sessionopening character varying(255),
    session_duration double precision NOT NULL,
    plaindescription character varying(255),
    public_registration boolean NOT NULL,
    auto_registration boolean NOT NULL,
    public_unregistration boolean NOT NULL,
    registration_validation boolean NOT NULL,
    registration_mail boolean NOT NULL,
    user_validation boolean NOT NULL,
    pending_registrations boolean NOT NULL,
    max_users integer,
    price double precision,
    pricedescription text,
    uuid character varying(36) NOT NULL,
    code character varying(255) NOT NULL,
    entity_name character varying(255) NOT NULL,
    description text,
    hidden boolean NOT NULL,
    entity_order integer NOT NULL,
    createdat timestamp without time zone,
    updatedat timestamp without time zone,
    poster character varying(255),
    thumbnail character varying(255),
    CONSTRAINT claro_cursusbundle_course_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_course_course_user (
    id integer NOT NULL,
    course_id integer NOT NULL,
    user_id integer NOT NULL,
    confirmed boolean NOT NULL,
    validated boolean NOT NULL,
    registration_type character varying(255) NOT NULL,
    registration_date timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_cursusbundle_course_course_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_course_organizations (
    course_id integer NOT NULL,
    organization_id integer NOT NULL,
    CONSTRAINT claro_cursusbundle_course_organizations_pkey PRIMARY KEY (course_id, organization_id)
);

CREATE TABLE claroline.claro_cursusbundle_course_panel_facet (
    course_id integer NOT NULL,
    panel_facet_id integer NOT NULL,
    CONSTRAINT claro_cursusbundle_course_panel_facet_pkey PRIMARY KEY (course_id, panel_facet_id)
);

CREATE TABLE claroline.claro_cursusbundle_course_session (
    id integer NOT NULL,
    course_id integer NOT NULL,
    location_id integer,
    workspace_id integer,
    learner_role_id integer,
    tutor_role_id integer,
    creator_id integer,
    default_session boolean NOT NULL,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    event_registration_type integer NOT NULL,
    plaindescription character varying(255),
    public_registration boolean NOT NULL,
    auto_registration boolean NOT NULL,
    public_unregistration boolean NOT NULL,
    registration_validation boolean NOT NULL,
    registration_mail boolean NOT NULL,
    user_validation boolean NOT NULL,
    pending_registrations boolean NOT NULL,
    max_users integer,
    price double precision,
    pricedescription text,
    uuid character varying(36) NOT NULL,
    code character varying(255) NOT NULL,
    entity_name character varying(255) NOT NULL,
    description text,
    hidden boolean NOT NULL,
    entity_order integer NOT NULL,
    createdat timestamp without time zone,
    updatedat timestamp without time zone,
    poster character varying(255),
    thumbnail character varying(255),
    invitation_template_id integer,
    CONSTRAINT claro_cursusbundle_course_session_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_course_session_group (
    id integer NOT NULL,
    session_id integer NOT NULL,
    group_id integer NOT NULL,
    registration_type character varying(255) NOT NULL,
    registration_date timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_cursusbundle_course_session_group_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_course_session_resources (
    resource_id integer NOT NULL,
    session_id integer NOT NULL,
    CONSTRAINT claro_cursusbundle_course_session_resources_pkey PRIMARY KEY (resource_id, session_id)
);

CREATE TABLE claroline.claro_cursusbundle_course_session_user (
    id integer NOT NULL,
    session_id integer NOT NULL,
    user_id integer NOT NULL,
    confirmed boolean NOT NULL,
    validated boolean NOT NULL,
    registration_type character varying(255) NOT NULL,
    registration_date timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_cursusbundle_course_session_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_course_user_values (
    registration_id integer NOT NULL,
    value_id integer NOT NULL,
    CONSTRAINT claro_cursusbundle_course_user_values_pkey PRIMARY KEY (registration_id, value_id)
);

CREATE TABLE claroline.claro_cursusbundle_presence_status (
    id integer NOT NULL,
    event_id integer NOT NULL,
    user_id integer NOT NULL,
    presence_status character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    presence_signature character varying(255),
    presence_validation_date timestamp without time zone,
    evidences json,
    CONSTRAINT claro_cursusbundle_presence_status_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_session_event (
    id integer NOT NULL,
    session_id integer NOT NULL,
    presence_template_id integer,
    planned_object_id integer NOT NULL,
    max_users integer,
    registration_type integer NOT NULL,
    registration_mail boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    code character varying(255) NOT NULL,
    invitation_template_id integer,
    CONSTRAINT claro_cursusbundle_session_event_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_session_event_group (
    id integer NOT NULL,
    event_id integer NOT NULL,
    group_id integer NOT NULL,
    registration_type character varying(255) NOT NULL,
    registration_date timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_cursusbundle_session_event_group_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_session_event_user (
    id integer NOT NULL,
    event_id integer NOT NULL,
    user_id integer NOT NULL,
    confirmed boolean NOT NULL,
    validated boolean NOT NULL,
    registration_type character varying(255) NOT NULL,
    registration_date timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_cursusbundle_session_event_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_cursusbundle_session_user_values (
    registration_id integer NOT NULL,
    value_id integer NOT NULL,
    CONSTRAINT claro_cursusbundle_session_user_values_pkey PRIMARY KEY (registration_id, value_id)
);

CREATE TABLE claroline.claro_data_source (
    id integer NOT NULL,
    plugin_id integer,
    source_name character varying(255) NOT NULL,
    source_type character varying(255) NOT NULL,
    context json NOT NULL,
    tags json NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_data_source_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_directory (
    id integer NOT NULL,
    is_upload_destination boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    filterable boolean NOT NULL,
    sortable boolean NOT NULL,
    paginated boolean NOT NULL,
    columnsfilterable boolean NOT NULL,
    count boolean NOT NULL,
    actions boolean NOT NULL,
    sortby character varying(255),
    availablesort json NOT NULL,
    pagesize integer NOT NULL,
    availablepagesizes json NOT NULL,
    display character varying(255) NOT NULL,
    availabledisplays json NOT NULL,
    searchmode character varying(255),
    filters json NOT NULL,
    availablefilters json NOT NULL,
    availablecolumns json NOT NULL,
    displayedcolumns json NOT NULL,
    card json NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_directory_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_correction (
    id integer NOT NULL,
    drop_id integer NOT NULL,
    user_id integer,
    score double precision,
    correction_comment text,
    is_valid boolean NOT NULL,
    start_date timestamp without time zone NOT NULL,
    last_edition_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone,
    finished boolean NOT NULL,
    editable boolean NOT NULL,
    reported boolean NOT NULL,
    reported_comment text,
    correction_denied boolean NOT NULL,
    correction_denied_comment text,
    team_id integer,
    team_uuid character varying(255),
    team_name character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_correction_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_criterion (
    id integer NOT NULL,
    dropzone_id integer NOT NULL,
    instruction text NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_criterion_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_document (
    id integer NOT NULL,
    drop_id integer NOT NULL,
    resource_id integer,
    user_id integer,
    revision_id integer,
    document_type text NOT NULL,
    file_array json,
    url character varying(255),
    content text,
    drop_date timestamp without time zone NOT NULL,
    is_manager boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_document_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_drop (
    id integer NOT NULL,
    dropzone_id integer NOT NULL,
    user_id integer,
    drop_date timestamp without time zone,
    score double precision,
    finished boolean NOT NULL,
    auto_closed_drop boolean NOT NULL,
    unlocked_drop boolean NOT NULL,
    unlocked_user boolean NOT NULL,
    team_id integer,
    team_uuid character varying(255),
    team_name character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_drop_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_drop_comment (
    id integer NOT NULL,
    drop_id integer,
    user_id integer,
    content text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    edition_date timestamp without time zone,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_drop_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_drop_users (
    drop_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT claro_dropzonebundle_drop_users_pkey PRIMARY KEY (drop_id, user_id)
);

CREATE TABLE claroline.claro_dropzonebundle_dropzone (
    id integer NOT NULL,
    edition_state smallint NOT NULL,
    instruction text,
    correction_instruction text,
    success_message text,
    fail_message text,
    workspace_resource_enabled boolean NOT NULL,
    upload_enabled boolean NOT NULL,
    url_enabled boolean NOT NULL,
    rich_text_enabled boolean NOT NULL,
    peer_review boolean NOT NULL,
    expected_correction_total smallint NOT NULL,
    display_notation_to_learners boolean NOT NULL,
    display_notation_message_to_learners boolean NOT NULL,
    score_to_pass double precision NOT NULL,
    score_max integer NOT NULL,
    drop_type text NOT NULL,
    manual_planning boolean NOT NULL,
    manual_state text NOT NULL,
    drop_start_date timestamp without time zone,
    drop_end_date timestamp without time zone,
    review_start_date timestamp without time zone,
    review_end_date timestamp without time zone,
    comment_in_correction_enabled boolean NOT NULL,
    comment_in_correction_forced boolean NOT NULL,
    display_corrections_to_learners boolean NOT NULL,
    correction_denial_enabled boolean NOT NULL,
    criteria_enabled boolean NOT NULL,
    criteria_total smallint NOT NULL,
    auto_close_drops_at_drop_end_date boolean NOT NULL,
    auto_close_state integer NOT NULL,
    drop_closed boolean NOT NULL,
    notify_on_drop boolean NOT NULL,
    corrector_displayed boolean NOT NULL,
    revision_enabled boolean NOT NULL,
    lock_drops boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_dropzonebundle_dropzone_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_grade (
    id integer NOT NULL,
    correction_id integer NOT NULL,
    criterion_id integer NOT NULL,
    grade_value integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_grade_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_revision (
    id integer NOT NULL,
    drop_id integer NOT NULL,
    creator_id integer,
    creation_date timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_revision_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_dropzonebundle_revision_comment (
    id integer NOT NULL,
    revision_id integer,
    user_id integer,
    content text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    edition_date timestamp without time zone,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_dropzonebundle_revision_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_evaluation_certificate (
    id integer NOT NULL,
    evaluation_id integer,
    user_id integer,
    obtention_date timestamp without time zone,
    issue_date timestamp without time zone,
    content text,
    status character varying(255) NOT NULL,
    score double precision NOT NULL,
    language character varying(255) NOT NULL,
    revoked boolean NOT NULL,
    revocation_reason text,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_evaluation_certificate_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_event (
    id integer NOT NULL,
    workspace_id integer,
    invitation_template_id integer,
    planned_object_id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_event_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_event_invitation (
    id integer NOT NULL,
    event integer NOT NULL,
    user_id integer NOT NULL,
    status character varying(255) NOT NULL,
    CONSTRAINT claro_event_invitation_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_example_example (
    id integer NOT NULL,
    creator_id integer,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    description text,
    createdat timestamp without time zone,
    updatedat timestamp without time zone,
    thumbnail character varying(255),
    poster character varying(255),
    CONSTRAINT claro_example_example_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_facet (
    id integer NOT NULL,
    ismain boolean NOT NULL,
    forcecreationform boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    entity_order integer NOT NULL,
    icon character varying(255),
    CONSTRAINT claro_facet_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_field_facet (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    isrequired boolean NOT NULL,
    options json NOT NULL,
    locked boolean NOT NULL,
    locked_edition boolean NOT NULL,
    help character varying(255),
    condition_field character varying(255),
    condition_comparator character varying(255),
    condition_value json,
    uuid character varying(36) NOT NULL,
    entity_order integer NOT NULL,
    panelfacet_id integer,
    confidentiality character varying(255) NOT NULL,
    hide_label boolean NOT NULL,
    CONSTRAINT claro_field_facet_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_field_facet_choice (
    id integer NOT NULL,
    parent_id integer,
    name character varying(255) NOT NULL,
    "position" integer NOT NULL,
    uuid character varying(36) NOT NULL,
    fieldfacet_id integer NOT NULL,
    CONSTRAINT claro_field_facet_choice_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_field_facet_value (
    id integer NOT NULL,
    user_id integer,
    field_value json,
    uuid character varying(36) NOT NULL,
    fieldfacet_id integer NOT NULL,
    CONSTRAINT claro_field_facet_value_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_file (
    id integer NOT NULL,
    size integer NOT NULL,
    hash_name character varying(255) NOT NULL,
    opening character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_file_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_flashcard_card (
    id integer NOT NULL,
    deck_id integer NOT NULL,
    question text,
    visiblecontent text NOT NULL,
    hiddencontent text NOT NULL,
    uuid character varying(36) NOT NULL,
    visiblecontenttype character varying(255) NOT NULL,
    hiddencontenttype character varying(255) NOT NULL,
    CONSTRAINT claro_flashcard_card_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_flashcard_deck (
    id integer NOT NULL,
    end_back_target_id integer,
    uuid character varying(36) NOT NULL,
    show_overview boolean NOT NULL,
    description text,
    show_end_page boolean NOT NULL,
    end_message text,
    end_navigation boolean NOT NULL,
    end_back_type text,
    end_back_label text,
    show_workspace_certificates boolean NOT NULL,
    resourcenode_id integer,
    draw integer,
    showprogression boolean NOT NULL,
    custombuttons boolean NOT NULL,
    rightbuttonlabel character varying(255),
    wrongbuttonlabel character varying(255),
    showleitnerrules boolean NOT NULL,
    CONSTRAINT claro_flashcard_deck_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_flashcard_drawn_progression (
    id integer NOT NULL,
    flashcard_id integer,
    resource_evaluation_id integer,
    success_count integer NOT NULL,
    CONSTRAINT claro_flashcard_drawn_progression_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_forum (
    id integer NOT NULL,
    validationmode character varying(255) NOT NULL,
    displaymessages integer NOT NULL,
    datalistoptions character varying(255) NOT NULL,
    lockdate timestamp without time zone,
    messageorder character varying(255) NOT NULL,
    expandcomments boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    show_overview boolean NOT NULL,
    description text,
    resourcenode_id integer,
    CONSTRAINT claro_forum_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_forum_message (
    id integer NOT NULL,
    subject_id integer,
    parent_id integer,
    user_id integer,
    moderation character varying(255) NOT NULL,
    flagged boolean NOT NULL,
    first boolean NOT NULL,
    content text NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    author character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_forum_message_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_forum_subject (
    id integer NOT NULL,
    forum_id integer,
    user_id integer,
    poster_id integer,
    title character varying(255) NOT NULL,
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    sticked boolean NOT NULL,
    closed boolean NOT NULL,
    flagged boolean NOT NULL,
    viewcount integer NOT NULL,
    moderation character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_forum_subject_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_forum_user (
    id integer NOT NULL,
    user_id integer,
    forum_id integer,
    access boolean NOT NULL,
    banned boolean NOT NULL,
    notified boolean NOT NULL,
    CONSTRAINT claro_forum_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_group (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    description text,
    poster character varying(255),
    thumbnail character varying(255),
    is_locked boolean NOT NULL,
    code character varying(255) NOT NULL,
    CONSTRAINT claro_group_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_group_role (
    group_id integer NOT NULL,
    role_id integer NOT NULL,
    CONSTRAINT claro_group_role_pkey PRIMARY KEY (group_id, role_id)
);

CREATE TABLE claroline.claro_home_tab (
    id integer NOT NULL,
    parent_id integer,
    context_name character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    class character varying(255),
    name character varying(255),
    longtitle text NOT NULL,
    centertitle boolean NOT NULL,
    showtitle boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_order integer NOT NULL,
    poster character varying(255),
    color character varying(255),
    icon character varying(255),
    hidden boolean NOT NULL,
    accessible_from timestamp without time zone,
    accessible_until timestamp without time zone,
    access_code character varying(255),
    context_id character varying(255),
    CONSTRAINT claro_home_tab_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_home_tab_roles (
    hometab_id integer NOT NULL,
    role_id integer NOT NULL,
    CONSTRAINT claro_home_tab_roles_pkey PRIMARY KEY (hometab_id, role_id)
);

CREATE TABLE claroline.claro_home_tab_tool_shortcut (
    id integer NOT NULL,
    tab_id integer,
    tool character varying(255) NOT NULL,
    CONSTRAINT claro_home_tab_tool_shortcut_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_home_tab_url (
    id integer NOT NULL,
    tab_id integer,
    url text NOT NULL,
    mode character varying(255) NOT NULL,
    ratio double precision,
    CONSTRAINT claro_home_tab_url_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_home_tab_widgets (
    id integer NOT NULL,
    tab_id integer,
    CONSTRAINT claro_home_tab_widgets_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_home_tab_widgets_containers (
    tab_id integer NOT NULL,
    container_id integer NOT NULL,
    CONSTRAINT claro_home_tab_widgets_containers_pkey PRIMARY KEY (tab_id, container_id)
);

CREATE TABLE claroline.claro_icon_item (
    id integer NOT NULL,
    icon_set_id integer,
    mime_type character varying(255),
    relative_url character varying(255) NOT NULL,
    svg boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    CONSTRAINT claro_icon_item_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_icon_set (
    id integer NOT NULL,
    cname character varying(255) NOT NULL,
    is_default boolean NOT NULL,
    type character varying(255),
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    CONSTRAINT claro_icon_set_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_ip_user (
    id integer NOT NULL,
    user_id integer,
    ip character varying(255) NOT NULL,
    is_range boolean NOT NULL,
    is_locked boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_ip_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_list_type_creation (
    resource_rights_id integer NOT NULL,
    resource_type_id integer NOT NULL,
    CONSTRAINT claro_list_type_creation_pkey PRIMARY KEY (resource_rights_id, resource_type_id)
);

CREATE TABLE claroline.claro_location_room (
    id integer NOT NULL,
    location_id integer,
    event_name character varying(255) NOT NULL,
    capacity integer NOT NULL,
    code character varying(255) NOT NULL,
    description text,
    poster character varying(255),
    thumbnail character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_location_room_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log (
    id integer NOT NULL,
    doer_id integer,
    receiver_id integer,
    receiver_group_id integer,
    workspace_id integer,
    resource_type_id integer,
    role_id integer,
    action character varying(255) NOT NULL,
    date_log timestamp without time zone NOT NULL,
    short_date_log date NOT NULL,
    details json,
    doer_type character varying(255) NOT NULL,
    doer_ip character varying(255),
    doer_session_id character varying(255),
    tool_name character varying(255),
    is_displayed_in_admin boolean NOT NULL,
    is_displayed_in_workspace boolean NOT NULL,
    other_element_id integer,
    resourcenode_id integer,
    CONSTRAINT claro_log_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_connect_admin_tool (
    id integer NOT NULL,
    tool_id integer,
    user_id integer,
    tool_name character varying(255) NOT NULL,
    connection_date timestamp without time zone NOT NULL,
    total_duration integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_log_connect_admin_tool_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_connect_platform (
    id integer NOT NULL,
    user_id integer,
    connection_date timestamp without time zone NOT NULL,
    total_duration integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_log_connect_platform_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_connect_resource (
    id integer NOT NULL,
    resource_id integer,
    user_id integer,
    resource_name character varying(255) NOT NULL,
    resource_type character varying(255) NOT NULL,
    embedded boolean NOT NULL,
    connection_date timestamp without time zone NOT NULL,
    total_duration integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_log_connect_resource_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_connect_tool (
    id integer NOT NULL,
    tool_id integer,
    workspace_id integer,
    user_id integer,
    tool_name character varying(255) NOT NULL,
    original_tool_name character varying(255) NOT NULL,
    workspace_name character varying(255),
    connection_date timestamp without time zone NOT NULL,
    total_duration integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_log_connect_tool_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_connect_workspace (
    id integer NOT NULL,
    workspace_id integer,
    user_id integer,
    workspace_name character varying(255) NOT NULL,
    connection_date timestamp without time zone NOT NULL,
    total_duration integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_log_connect_workspace_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_functionnal (
    id integer NOT NULL,
    doer_id integer,
    resource_id integer,
    workspace_id integer,
    date timestamp without time zone NOT NULL,
    details text NOT NULL,
    event character varying(255) NOT NULL,
    doer_ip character varying(255),
    doer_country character varying(255),
    doer_city character varying(255),
    CONSTRAINT claro_log_functionnal_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_message (
    id integer NOT NULL,
    receiver_id integer,
    doer_id integer,
    date timestamp without time zone NOT NULL,
    details text NOT NULL,
    event character varying(255) NOT NULL,
    doer_ip character varying(255),
    doer_country character varying(255),
    doer_city character varying(255),
    CONSTRAINT claro_log_message_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_operational (
    id integer NOT NULL,
    doer_id integer,
    date timestamp without time zone NOT NULL,
    event character varying(255) NOT NULL,
    details text NOT NULL,
    doer_ip character varying(255),
    doer_country character varying(255),
    doer_city character varying(255),
    objectclass character varying(255) NOT NULL,
    objectid character varying(255) NOT NULL,
    changeset text NOT NULL,
    CONSTRAINT claro_log_operational_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_log_security (
    id integer NOT NULL,
    target_id integer,
    doer_id integer,
    doer_country character varying(255),
    doer_ip character varying(255),
    doer_city character varying(255),
    date timestamp without time zone NOT NULL,
    details text NOT NULL,
    event character varying(255) NOT NULL,
    CONSTRAINT claro_log_security_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_menu_action (
    id integer NOT NULL,
    resource_type_id integer,
    plugin_id integer,
    name character varying(255),
    decoder character varying(255) NOT NULL,
    group_name character varying(255),
    scope json NOT NULL,
    api json NOT NULL,
    is_default boolean NOT NULL,
    CONSTRAINT claro_menu_action_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_message (
    id integer NOT NULL,
    sender_id integer,
    parent_id integer,
    object character varying(255) NOT NULL,
    content text NOT NULL,
    date timestamp without time zone NOT NULL,
    lft integer NOT NULL,
    lvl integer NOT NULL,
    rgt integer NOT NULL,
    root integer,
    sender_username character varying(255) NOT NULL,
    receiver_string text NOT NULL,
    attachments json,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_message_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_oauth_user (
    id integer NOT NULL,
    user_id integer,
    oauthid character varying(255) NOT NULL,
    service character varying(255) NOT NULL,
    CONSTRAINT claro_oauth_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_object_lock (
    id integer NOT NULL,
    user_id integer,
    object_uuid character varying(255) NOT NULL,
    object_class character varying(255) NOT NULL,
    locked boolean NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    CONSTRAINT claro_object_lock_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_ordered_tool (
    id integer NOT NULL,
    showicon boolean NOT NULL,
    fullscreen boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    thumbnail character varying(255),
    poster character varying(255),
    entity_order integer NOT NULL,
    hidden boolean NOT NULL,
    context_name character varying(255) NOT NULL,
    context_id character varying(255),
    tool_name character varying(255) NOT NULL,
    CONSTRAINT claro_ordered_tool_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_panel_facet (
    id integer NOT NULL,
    facet_id integer,
    help character varying(255),
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    description text,
    icon character varying(255),
    entity_order integer NOT NULL,
    CONSTRAINT claro_panel_facet_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_peertube_video (
    id integer NOT NULL,
    server character varying(255) NOT NULL,
    originaluuid character varying(255) NOT NULL,
    shortuuid character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    timecode_start integer,
    timecode_end integer,
    autoplay boolean NOT NULL,
    looping boolean NOT NULL,
    controls boolean NOT NULL,
    peertubelink boolean NOT NULL,
    resume boolean NOT NULL,
    CONSTRAINT claro_peertube_video_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_planned_object (
    id integer NOT NULL,
    location_id integer,
    room_id integer,
    creator_id integer,
    event_type character varying(255) NOT NULL,
    event_class character varying(255) NOT NULL,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    color character varying(255),
    locationurl character varying(255),
    createdat timestamp without time zone,
    description text,
    updatedat timestamp without time zone,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    poster character varying(255),
    thumbnail character varying(255),
    CONSTRAINT claro_planned_object_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_planning (
    id integer NOT NULL,
    objectid character varying(255) NOT NULL,
    objectclass character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_planning_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_planning_planned_object (
    planning_id integer NOT NULL,
    planned_object_id integer NOT NULL,
    CONSTRAINT claro_planning_planned_object_pkey PRIMARY KEY (planning_id, planned_object_id)
);

CREATE TABLE claroline.claro_plugin (
    id integer NOT NULL,
    vendor_name character varying(50) NOT NULL,
    short_name character varying(50) NOT NULL,
    CONSTRAINT claro_plugin_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_privacy_parameters (
    id integer NOT NULL,
    template_id integer,
    country_storage character varying(255),
    dpo_name character varying(255),
    dpo_email character varying(255),
    dpo_phone character varying(255),
    dpo_address_street1 character varying(255),
    dpo_address_street2 character varying(255),
    dpo_address_postal_code character varying(255),
    dpo_address_city character varying(255),
    dpo_address_state character varying(255),
    dpo_address_country character varying(255),
    tos_enabled boolean NOT NULL,
    CONSTRAINT claro_privacy_parameters_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_public_file (
    id integer NOT NULL,
    file_size integer,
    filename character varying(255) NOT NULL,
    hash_name character varying(255) NOT NULL,
    mime_type character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_public_file_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_public_file_use (
    id integer NOT NULL,
    public_file_id integer,
    object_uuid character varying(255) NOT NULL,
    object_class character varying(255) NOT NULL,
    object_name character varying(255),
    CONSTRAINT claro_public_file_use_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_comment (
    id integer NOT NULL,
    resource_node_id integer NOT NULL,
    user_id integer,
    content text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    edition_date timestamp without time zone,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_resource_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_evaluation (
    id integer NOT NULL,
    resource_user_evaluation integer,
    evaluation_comment text,
    more_data json,
    evaluation_date timestamp without time zone,
    evaluation_status character varying(255) NOT NULL,
    duration integer,
    score double precision,
    score_min double precision,
    score_max double precision,
    progression double precision NOT NULL,
    CONSTRAINT claro_resource_evaluation_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_favourite (
    id integer NOT NULL,
    user_id integer,
    resource_node_id integer,
    CONSTRAINT claro_resource_favourite_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_mask_decoder (
    id integer NOT NULL,
    resource_type_id integer NOT NULL,
    value integer NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT claro_resource_mask_decoder_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_node (
    id integer NOT NULL,
    resource_type_id integer NOT NULL,
    parent_id integer,
    creator_id integer,
    workspace_id integer,
    license character varying(255),
    creation_date timestamp without time zone NOT NULL,
    modification_date timestamp without time zone NOT NULL,
    showtitle boolean NOT NULL,
    showicon boolean NOT NULL,
    name character varying(255) NOT NULL,
    lvl integer,
    path text,
    materializedpath text,
    value integer,
    mime_type character varying(255),
    author character varying(255),
    active boolean NOT NULL,
    fullscreen boolean NOT NULL,
    accesses json,
    views_count integer NOT NULL,
    comments_activated boolean NOT NULL,
    slug character varying(128) NOT NULL,
    uuid character varying(36) NOT NULL,
    code character varying(255) NOT NULL,
    thumbnail character varying(255),
    poster character varying(255),
    description text,
    published boolean NOT NULL,
    hidden boolean NOT NULL,
    accessible_from timestamp without time zone,
    accessible_until timestamp without time zone,
    evaluated boolean NOT NULL,
    required boolean NOT NULL,
    estimatedduration integer,
    CONSTRAINT claro_resource_node_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_recent (
    id integer NOT NULL,
    user_id integer NOT NULL,
    resource_id integer NOT NULL,
    createdat timestamp without time zone,
    CONSTRAINT claro_resource_recent_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_rights (
    id integer NOT NULL,
    role_id integer NOT NULL,
    mask integer NOT NULL,
    resourcenode_id integer NOT NULL,
    CONSTRAINT claro_resource_rights_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_shortcut (
    id integer NOT NULL,
    target_id integer,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_resource_shortcut_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_type (
    id integer NOT NULL,
    plugin_id integer,
    name character varying(255) NOT NULL,
    class character varying(256) NOT NULL,
    is_exportable boolean NOT NULL,
    tags json NOT NULL,
    defaultmask integer NOT NULL,
    is_enabled boolean NOT NULL,
    CONSTRAINT claro_resource_type_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_resource_user_evaluation (
    id integer NOT NULL,
    resource_node integer,
    user_id integer,
    nb_attempts integer NOT NULL,
    nb_openings integer NOT NULL,
    evaluation_date timestamp without time zone,
    evaluation_status character varying(255) NOT NULL,
    duration integer,
    score double precision,
    score_min double precision,
    score_max double precision,
    progression double precision NOT NULL,
    CONSTRAINT claro_resource_user_evaluation_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_role (
    id integer NOT NULL,
    workspace_id integer,
    name character varying(255) NOT NULL,
    translation_key character varying(255) NOT NULL,
    type integer NOT NULL,
    personal_workspace_creation_enabled boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    description text,
    is_locked boolean NOT NULL,
    CONSTRAINT claro_role_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_rss_feed (
    id integer NOT NULL,
    url character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_rss_feed_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_scheduled_task (
    id integer NOT NULL,
    group_id integer,
    workspace_id integer,
    task_action character varying(255) NOT NULL,
    execution_type character varying(255) NOT NULL,
    scheduled_date timestamp without time zone NOT NULL,
    execution_date timestamp without time zone,
    execution_interval integer,
    end_date timestamp without time zone,
    execution_status character varying(255),
    parent_id character varying(255),
    task_data json,
    entity_name character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_scheduled_task_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_scheduled_task_users (
    scheduled_task_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT claro_scheduled_task_users_pkey PRIMARY KEY (scheduled_task_id, user_id)
);

CREATE TABLE claroline.claro_scorm (
    id integer NOT NULL,
    version character varying(255) NOT NULL,
    hash_name character varying(255) NOT NULL,
    ratio double precision,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_scorm_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_scorm_sco (
    id integer NOT NULL,
    scorm_id integer NOT NULL,
    sco_parent_id integer,
    entry_url character varying(255),
    identifier character varying(255) NOT NULL,
    title character varying(255) NOT NULL,
    visible boolean NOT NULL,
    sco_parameters text,
    launch_data text,
    max_time_allowed character varying(255),
    time_limit_action character varying(255),
    block boolean NOT NULL,
    score_int integer,
    score_decimal numeric(10,7),
    completion_threshold numeric(10,7),
    prerequisites character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_scorm_sco_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_scorm_sco_tracking (
    id integer NOT NULL,
    user_id integer,
    sco_id integer NOT NULL,
    score_raw integer,
    score_min integer,
    score_max integer,
    progression double precision NOT NULL,
    score_scaled numeric(10,7),
    lesson_status character varying(255),
    completion_status character varying(255),
    session_time integer,
    total_time_int integer,
    total_time_string character varying(255),
    entry character varying(255),
    suspend_data text,
    credit character varying(255),
    exit_mode character varying(255),
    lesson_location character varying(255),
    lesson_mode character varying(255),
    is_locked boolean,
    details json,
    latest_date timestamp without time zone,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_scorm_sco_tracking_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_slide (
    id integer NOT NULL,
    slideshow_id integer,
    content text NOT NULL,
    slide_order integer NOT NULL,
    title character varying(255),
    description text,
    uuid character varying(36) NOT NULL,
    color character varying(255),
    CONSTRAINT claro_slide_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_slideshow (
    id integer NOT NULL,
    auto_play boolean NOT NULL,
    slide_interval integer NOT NULL,
    show_overview boolean NOT NULL,
    show_controls boolean NOT NULL,
    description text,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_slideshow_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_tagbundle_tag (
    id integer NOT NULL,
    tag_name character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    description text,
    color character varying(255),
    CONSTRAINT claro_tagbundle_tag_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_tagbundle_tagged_object (
    id integer NOT NULL,
    tag_id integer NOT NULL,
    object_id character varying(255) NOT NULL,
    object_class character varying(255) NOT NULL,
    object_name character varying(255),
    CONSTRAINT claro_tagbundle_tagged_object_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_task (
    id integer NOT NULL,
    workspace_id integer,
    planned_object_id integer NOT NULL,
    is_task_done boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_task_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_team (
    id integer NOT NULL,
    workspace_id integer NOT NULL,
    role_id integer,
    manager_role_id integer,
    directory_id integer,
    max_users integer,
    self_registration boolean NOT NULL,
    self_unregistration boolean NOT NULL,
    is_public boolean NOT NULL,
    dir_deletable boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    description text,
    thumbnail character varying(255),
    poster character varying(255),
    CONSTRAINT claro_team_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_team_users (
    team_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT claro_team_users_pkey PRIMARY KEY (team_id, user_id)
);

CREATE TABLE claroline.claro_template (
    id integer NOT NULL,
    claro_template_type integer NOT NULL,
    is_system boolean NOT NULL,
    entity_name character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_template_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_template_content (
    id integer NOT NULL,
    template_id integer NOT NULL,
    title character varying(255),
    content text,
    lang character varying(255) NOT NULL,
    CONSTRAINT claro_template_content_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_template_type (
    id integer NOT NULL,
    plugin_id integer,
    entity_type character varying(255) NOT NULL,
    placeholders json,
    default_template character varying(255),
    entity_name character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_template_type_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_text (
    id integer NOT NULL,
    version integer NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT claro_text_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_text_revision (
    id integer NOT NULL,
    text_id integer,
    user_id integer,
    version integer NOT NULL,
    content text NOT NULL,
    CONSTRAINT claro_text_revision_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_theme (
    id integer NOT NULL,
    plugin_id integer,
    is_default boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_name character varying(255) NOT NULL,
    description text,
    CONSTRAINT claro_theme_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_tool_mask_decoder (
    id integer NOT NULL,
    value integer NOT NULL,
    name character varying(255) NOT NULL,
    tool_name character varying(255) NOT NULL,
    CONSTRAINT claro_tool_mask_decoder_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_tool_rights (
    id integer NOT NULL,
    role_id integer NOT NULL,
    ordered_tool_id integer NOT NULL,
    mask integer NOT NULL,
    CONSTRAINT claro_tool_rights_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_tools (
    id integer NOT NULL,
    plugin_id integer,
    name character varying(255) NOT NULL,
    class character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_tools_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_transfer_export (
    id integer NOT NULL,
    workspace_id integer,
    creator_id integer,
    url character varying(255),
    name character varying(255),
    action character varying(255),
    status character varying(255),
    file_format character varying(255) NOT NULL,
    extra json,
    executiondate timestamp without time zone,
    uuid character varying(36) NOT NULL,
    createdat timestamp without time zone,
    CONSTRAINT claro_transfer_export_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_transfer_import (
    id integer NOT NULL,
    file_id integer,
    workspace_id integer,
    creator_id integer,
    log character varying(255),
    name character varying(255),
    action character varying(255),
    status character varying(255),
    file_format character varying(255) NOT NULL,
    extra json,
    executiondate timestamp without time zone,
    uuid character varying(36) NOT NULL,
    createdat timestamp without time zone,
    CONSTRAINT claro_transfer_import_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_update (
    id integer NOT NULL,
    updater_class character varying(255) NOT NULL,
    CONSTRAINT claro_update_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_user (
    id integer NOT NULL,
    workspace_id integer,
    first_name character varying(50) NOT NULL,
    last_name character varying(50) NOT NULL,
    username character varying(255) NOT NULL,
    password character varying(255) NOT NULL,
    locale character varying(255),
    salt character varying(255) NOT NULL,
    phone character varying(255),
    mail character varying(255) NOT NULL,
    administrative_code character varying(255),
    creation_date timestamp without time zone NOT NULL,
    last_activity timestamp without time zone,
    initialization_date timestamp without time zone,
    reset_password character varying(255),
    picture character varying(255),
    hasacceptedterms boolean NOT NULL,
    is_enabled boolean NOT NULL,
    is_removed boolean NOT NULL,
    is_locked boolean NOT NULL,
    technical boolean NOT NULL,
    is_mail_notified boolean NOT NULL,
    is_mail_validated boolean NOT NULL,
    expiration_date timestamp without time zone,
    email_validation_hash character varying(255),
    code character varying(255),
    uuid character varying(36) NOT NULL,
    poster character varying(255),
    thumbnail character varying(255),
    description text,
    CONSTRAINT claro_user_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_user_group (
    user_id integer NOT NULL,
    group_id integer NOT NULL,
    CONSTRAINT claro_user_group_pkey PRIMARY KEY (user_id, group_id)
);

CREATE TABLE claroline.claro_user_message (
    id integer NOT NULL,
    user_id integer NOT NULL,
    message_id integer NOT NULL,
    is_removed boolean NOT NULL,
    is_read boolean NOT NULL,
    is_sent boolean NOT NULL,
    last_open_date timestamp without time zone,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_user_message_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_user_role (
    user_id integer NOT NULL,
    role_id integer NOT NULL,
    CONSTRAINT claro_user_role_pkey PRIMARY KEY (user_id, role_id)
);

CREATE TABLE claroline.claro_version (
    id integer NOT NULL,
    commit character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    branch character varying(255) NOT NULL,
    bundle character varying(255) NOT NULL,
    is_upgraded boolean NOT NULL,
    date integer,
    CONSTRAINT claro_version_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget (
    id integer NOT NULL,
    plugin_id integer,
    name character varying(255) NOT NULL,
    class character varying(255),
    sources json NOT NULL,
    context json NOT NULL,
    is_exportable boolean NOT NULL,
    tags json NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_widget_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget_container (
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_widget_container_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget_container_config (
    id integer NOT NULL,
    widget_container_id integer,
    widget_name character varying(255),
    alignname character varying(255) NOT NULL,
    is_visible boolean NOT NULL,
    layout json,
    color character varying(255),
    bordercolor character varying(255),
    backgroundtype character varying(255) NOT NULL,
    background character varying(255),
    "position" integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_widget_container_config_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget_instance (
    id integer NOT NULL,
    widget_id integer NOT NULL,
    container_id integer,
    uuid character varying(36) NOT NULL,
    datasource_id integer,
    CONSTRAINT claro_widget_instance_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget_instance_config (
    id integer NOT NULL,
    widget_instance_id integer,
    user_id integer,
    workspace_id integer,
    widget_order integer NOT NULL,
    type character varying(255) NOT NULL,
    is_visible boolean NOT NULL,
    is_locked boolean NOT NULL,
    CONSTRAINT claro_widget_instance_config_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget_list (
    id integer NOT NULL,
    maxresults integer,
    filterable boolean NOT NULL,
    sortable boolean NOT NULL,
    paginated boolean NOT NULL,
    columnsfilterable boolean NOT NULL,
    count boolean NOT NULL,
    actions boolean NOT NULL,
    sortby character varying(255),
    availablesort json NOT NULL,
    pagesize integer NOT NULL,
    availablepagesizes json NOT NULL,
    display character varying(255) NOT NULL,
    availabledisplays json NOT NULL,
    searchmode character varying(255),
    filters json NOT NULL,
    availablefilters json NOT NULL,
    availablecolumns json NOT NULL,
    displayedcolumns json NOT NULL,
    card json NOT NULL,
    widgetinstance_id integer NOT NULL,
    CONSTRAINT claro_widget_list_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget_resource (
    id integer NOT NULL,
    node_id integer,
    showresourceheader boolean NOT NULL,
    widgetinstance_id integer NOT NULL,
    CONSTRAINT claro_widget_resource_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_widget_simple (
    id integer NOT NULL,
    content text NOT NULL,
    widgetinstance_id integer NOT NULL,
    CONSTRAINT claro_widget_simple_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_workspace (
    id integer NOT NULL,
    default_role_id integer,
    options_id integer,
    creator_id integer,
    slug character varying(128) NOT NULL,
    ismodel boolean NOT NULL,
    self_registration boolean NOT NULL,
    registration_validation boolean NOT NULL,
    self_unregistration boolean NOT NULL,
    max_teams integer,
    is_personal boolean NOT NULL,
    disabled_notifications boolean NOT NULL,
    showprogression boolean NOT NULL,
    contactemail character varying(255),
    successcondition json,
    uuid character varying(36) NOT NULL,
    code character varying(255) NOT NULL,
    archived boolean NOT NULL,
    entity_name character varying(255) NOT NULL,
    poster character varying(255),
    thumbnail character varying(255),
    description text,
    createdat timestamp without time zone,
    updatedat timestamp without time zone,
    hidden boolean NOT NULL,
    accessible_from timestamp without time zone,
    accessible_until timestamp without time zone,
    access_code character varying(255),
    allowed_ips json,
    estimatedduration integer,
    score_total double precision NOT NULL,
    CONSTRAINT claro_workspace_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_workspace_evaluation (
    id integer NOT NULL,
    workspace_id integer,
    user_id integer,
    evaluation_date timestamp without time zone,
    evaluation_status character varying(255) NOT NULL,
    duration integer,
    score double precision,
    score_min double precision,
    score_max double precision,
    progression double precision NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_workspace_evaluation_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_workspace_favourite (
    id integer NOT NULL,
    user_id integer,
    workspace_id integer NOT NULL,
    CONSTRAINT claro_workspace_favourite_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_workspace_options (
    id integer NOT NULL,
    workspace_id integer,
    details json,
    breadcrumbitems json,
    CONSTRAINT claro_workspace_options_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_workspace_recent (
    id integer NOT NULL,
    user_id integer NOT NULL,
    workspace_id integer NOT NULL,
    createdat timestamp without time zone,
    CONSTRAINT claro_workspace_recent_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_workspace_registration_queue (
    id integer NOT NULL,
    role_id integer NOT NULL,
    user_id integer NOT NULL,
    workspace_id integer NOT NULL,
    CONSTRAINT claro_workspace_registration_queue_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_workspace_shortcuts (
    id integer NOT NULL,
    workspace_id integer,
    role_id integer,
    shortcuts_data json,
    uuid character varying(36) NOT NULL,
    CONSTRAINT claro_workspace_shortcuts_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.claro_youtube_video (
    id integer NOT NULL,
    video_id character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    timecode_start integer,
    timecode_end integer,
    autoplay boolean NOT NULL,
    looping boolean NOT NULL,
    controls boolean NOT NULL,
    resume boolean NOT NULL,
    CONSTRAINT claro_youtube_video_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.group_location (
    group_id integer NOT NULL,
    location_id integer NOT NULL,
    CONSTRAINT group_location_pkey PRIMARY KEY (group_id, location_id)
);

CREATE TABLE claroline.group_organization (
    group_id integer NOT NULL,
    organization_id integer NOT NULL,
    CONSTRAINT group_organization_pkey PRIMARY KEY (group_id, organization_id)
);

CREATE TABLE claroline.hevinci_ability (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    minresourcecount integer NOT NULL,
    minevaluatedresourcecount integer NOT NULL,
    resourcecount integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT hevinci_ability_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.hevinci_ability_resource (
    ability_id integer NOT NULL,
    resourcenode_id integer NOT NULL,
    CONSTRAINT hevinci_ability_resource_pkey PRIMARY KEY (ability_id, resourcenode_id)
);

CREATE TABLE claroline.hevinci_competency (
    id integer NOT NULL,
    scale_id integer,
    parent_id integer,
    name character varying(255) NOT NULL,
    description text,
    resourcecount integer NOT NULL,
    lft integer NOT NULL,
    lvl integer NOT NULL,
    rgt integer NOT NULL,
    root integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT hevinci_competency_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.hevinci_competency_ability (
    id integer NOT NULL,
    competency_id integer NOT NULL,
    ability_id integer NOT NULL,
    level_id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT hevinci_competency_ability_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.hevinci_competency_resource (
    competency_id integer NOT NULL,
    resourcenode_id integer NOT NULL,
    CONSTRAINT hevinci_competency_resource_pkey PRIMARY KEY (competency_id, resourcenode_id)
);

CREATE TABLE claroline.hevinci_level (
    id integer NOT NULL,
    scale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    value integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT hevinci_level_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.hevinci_scale (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT hevinci_scale_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.hevinci_url (
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    url text NOT NULL,
    mode character varying(255) NOT NULL,
    ratio double precision,
    resourcenode_id integer,
    CONSTRAINT hevinci_url_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__bibliography_book_reference (
    id integer NOT NULL,
    author character varying(255),
    description text,
    abstract text,
    isbn character varying(14),
    publisher character varying(255),
    printer character varying(255),
    publicationyear integer,
    language character varying(255),
    pagecount integer,
    url character varying(255),
    coverurl character varying(255),
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT icap__bibliography_book_reference_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__bibliography_book_reference_configuration (
    id integer NOT NULL,
    api_key character varying(255),
    CONSTRAINT icap__bibliography_book_reference_configuration_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__blog (
    id integer NOT NULL,
    infos text,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT icap__blog_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__blog_comment (
    id integer NOT NULL,
    user_id integer,
    post_id integer,
    message text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    publication_date timestamp without time zone,
    update_date timestamp without time zone,
    reported smallint NOT NULL,
    status smallint NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT icap__blog_comment_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__blog_member (
    id integer NOT NULL,
    user_id integer,
    blog_id integer,
    trusted boolean NOT NULL,
    banned boolean NOT NULL,
    CONSTRAINT icap__blog_member_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__blog_options (
    id integer NOT NULL,
    blog_id integer,
    authorize_comment boolean NOT NULL,
    authorize_anonymous_comment boolean NOT NULL,
    post_per_page smallint NOT NULL,
    auto_publish_post boolean NOT NULL,
    auto_publish_comment boolean NOT NULL,
    comment_moderation_mode smallint NOT NULL,
    display_full_posts boolean NOT NULL,
    display_post_view_counter boolean NOT NULL,
    banner_background_color character varying(255) NOT NULL,
    banner_height smallint NOT NULL,
    banner_background_image character varying(255),
    banner_background_image_position character varying(255) NOT NULL,
    banner_background_image_repeat character varying(255) NOT NULL,
    tag_cloud smallint,
    display_list_widget_blog_right character varying(255) NOT NULL,
    tag_top_mode boolean NOT NULL,
    max_tag smallint NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT icap__blog_options_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__blog_post (
    id integer NOT NULL,
    blog_id integer,
    creator_id integer,
    title character varying(255) NOT NULL,
    content text NOT NULL,
    slug character varying(128) NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    modification_date timestamp without time zone,
    publication_date timestamp without time zone,
    viewcounter integer NOT NULL,
    pinned boolean NOT NULL,
    author character varying(255),
    status smallint NOT NULL,
    poster character varying(255),
    thumbnail character varying(255),
    uuid character varying(36) NOT NULL,
    CONSTRAINT icap__blog_post_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__lesson (
    id integer NOT NULL,
    root_id integer,
    description text,
    show_overview boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    numbering character varying(255) NOT NULL,
    CONSTRAINT icap__lesson_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__lesson_chapter (
    id integer NOT NULL,
    lesson_id integer,
    parent_id integer,
    title character varying(255) NOT NULL,
    text text,
    internalnote text,
    slug character varying(128) NOT NULL,
    lft integer NOT NULL,
    lvl integer NOT NULL,
    rgt integer NOT NULL,
    root integer,
    uuid character varying(36) NOT NULL,
    poster character varying(255),
    customnumbering character varying(255),
    CONSTRAINT icap__lesson_chapter_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__notification (
    id integer NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    user_id integer,
    resource_id integer,
    icon_key character varying(255),
    action_key character varying(255) NOT NULL,
    details json,
    CONSTRAINT icap__notification_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__notification_follower_resource (
    id integer NOT NULL,
    hash character varying(64) NOT NULL,
    resource_class character varying(255) NOT NULL,
    resource_id integer NOT NULL,
    follower_id integer NOT NULL,
    CONSTRAINT icap__notification_follower_resource_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__notification_plugin_configuration (
    id integer NOT NULL,
    dropdown_items integer NOT NULL,
    max_per_page integer NOT NULL,
    purge_enabled boolean NOT NULL,
    purge_after_days integer NOT NULL,
    last_purge_date timestamp without time zone,
    CONSTRAINT icap__notification_plugin_configuration_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__notification_user_parameters (
    id integer NOT NULL,
    user_id integer,
    display_enabled_types text NOT NULL,
    rss_enabled_types text NOT NULL,
    rss_id character varying(255) NOT NULL,
    CONSTRAINT icap__notification_user_parameters_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__notification_viewer (
    id integer NOT NULL,
    notification_id integer NOT NULL,
    viewer_id integer NOT NULL,
    status boolean,
    CONSTRAINT icap__notification_viewer_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__wiki (
    id integer NOT NULL,
    root_id integer,
    mode smallint,
    displaysectionnumbers boolean NOT NULL,
    display_contents boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT icap__wiki_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__wiki_contribution (
    id integer NOT NULL,
    user_id integer,
    section_id integer,
    title character varying(255),
    text text,
    creation_date timestamp without time zone NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT icap__wiki_contribution_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.icap__wiki_section (
    id integer NOT NULL,
    user_id integer,
    active_contribution_id integer,
    wiki_id integer,
    parent_id integer,
    visible boolean NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    deleted boolean,
    deletion_date timestamp without time zone,
    lft integer NOT NULL,
    lvl integer NOT NULL,
    rgt integer NOT NULL,
    root integer,
    uuid character varying(36) NOT NULL,
    CONSTRAINT icap__wiki_section_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.innova_path (
    id integer NOT NULL,
    resource_id integer,
    end_back_target_id integer,
    numbering character varying(255) NOT NULL,
    manual_progression_allowed boolean NOT NULL,
    secondaryresourcestarget character varying(255) NOT NULL,
    score_total double precision NOT NULL,
    success_score double precision,
    show_score boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    show_overview boolean NOT NULL,
    description text,
    show_end_page boolean NOT NULL,
    end_message text,
    end_navigation boolean NOT NULL,
    end_back_type text,
    end_back_label text,
    show_workspace_certificates boolean NOT NULL,
    success_message text,
    failure_message text,
    resourcenode_id integer,
    CONSTRAINT innova_path_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.innova_path_progression (
    id integer NOT NULL,
    step_id integer,
    user_id integer,
    progression_status character varying(255) NOT NULL,
    CONSTRAINT innova_path_progression_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.innova_step (
    id integer NOT NULL,
    parent_id integer,
    path_id integer,
    resource_id integer,
    step_order integer NOT NULL,
    title character varying(255),
    description text,
    numbering character varying(255),
    showresourceheader boolean NOT NULL,
    slug character varying(128) NOT NULL,
    uuid character varying(36) NOT NULL,
    poster character varying(255),
    CONSTRAINT innova_step_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.innova_step_secondary_resource (
    id integer NOT NULL,
    step_id integer NOT NULL,
    resource_id integer NOT NULL,
    resource_order integer NOT NULL,
    CONSTRAINT innova_step_secondary_resource_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.messenger_messages (
    id bigint NOT NULL,
    body text NOT NULL,
    headers text NOT NULL,
    queue_name character varying(190) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    available_at timestamp without time zone NOT NULL,
    delivered_at timestamp without time zone,
    CONSTRAINT messenger_messages_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_association (
    id integer NOT NULL,
    match_question_id integer,
    label_id integer,
    proposal_id integer,
    score double precision,
    feedback text,
    CONSTRAINT ujm_association_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_boolean_choice (
    id integer NOT NULL,
    boolean_question_id integer,
    data text,
    feedback text,
    score double precision,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_boolean_choice_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_boolean_question (
    id integer NOT NULL,
    question_id integer,
    CONSTRAINT ujm_boolean_question_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_cell (
    id integer NOT NULL,
    question_id integer,
    data text,
    coordsx integer,
    coordsy integer,
    color character varying(255) NOT NULL,
    background character varying(255) NOT NULL,
    selector boolean NOT NULL,
    input boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    shuffle boolean NOT NULL,
    CONSTRAINT ujm_cell_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_cell_choice (
    id integer NOT NULL,
    cell_id integer,
    response character varying(255) NOT NULL,
    casesensitive boolean,
    expected boolean,
    feedback text,
    score double precision,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_cell_choice_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_choice (
    id integer NOT NULL,
    interaction_qcm_id integer,
    data text,
    feedback text,
    score double precision,
    expected boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    entity_order integer NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_choice_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_color (
    id integer NOT NULL,
    interaction_selection_id integer,
    colorcode character varying(255) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_color_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_color_selection (
    id integer NOT NULL,
    selection_id integer,
    color_id integer,
    score double precision,
    feedback text,
    CONSTRAINT ujm_color_selection_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_coords (
    id integer NOT NULL,
    interaction_graphic_id integer,
    value character varying(255) NOT NULL,
    shape character varying(255) NOT NULL,
    color character varying(255) NOT NULL,
    size double precision NOT NULL,
    feedback text,
    score double precision,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_coords_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_exercise (
    id integer NOT NULL,
    end_back_target_id integer,
    type character varying(255) NOT NULL,
    correction_mode character varying(255) NOT NULL,
    date_correction timestamp without time zone,
    mark_mode character varying(255) NOT NULL,
    interruptible boolean NOT NULL,
    show_back boolean NOT NULL,
    show_end_confirm boolean NOT NULL,
    intermediate_scores text,
    attempts_reached_message text,
    endstats character varying(255) NOT NULL,
    overviewstats character varying(255) NOT NULL,
    metadata_visible boolean NOT NULL,
    statistics boolean NOT NULL,
    minimal_correction boolean NOT NULL,
    anonymous boolean,
    show_feedback boolean NOT NULL,
    scorerule text,
    success_score double precision,
    numbering character varying(255) NOT NULL,
    questionnumbering character varying(255) NOT NULL,
    showtitles boolean NOT NULL,
    showquestiontitles boolean NOT NULL,
    max_papers integer NOT NULL,
    all_papers_stats boolean NOT NULL,
    mandatory_questions boolean NOT NULL,
    time_limited boolean NOT NULL,
    progression_displayed boolean NOT NULL,
    answers_editable boolean NOT NULL,
    expected_answers boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    show_overview boolean NOT NULL,
    description text,
    show_end_page boolean NOT NULL,
    end_message text,
    end_navigation boolean NOT NULL,
    end_back_type text,
    end_back_label text,
    show_workspace_certificates boolean NOT NULL,
    success_message text,
    failure_message text,
    picking character varying(255) NOT NULL,
    random_order character varying(255) NOT NULL,
    random_pick character varying(255) NOT NULL,
    pick text NOT NULL,
    duration integer NOT NULL,
    max_attempts integer NOT NULL,
    max_day_attempts integer NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_exercise_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_grid_item (
    id integer NOT NULL,
    coordsx integer,
    coordsy integer,
    data text,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_grid_item_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_grid_odd (
    id integer NOT NULL,
    item_id integer,
    pair_question_id integer,
    score double precision,
    feedback text,
    CONSTRAINT ujm_grid_odd_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_grid_row (
    id integer NOT NULL,
    pair_question_id integer,
    ordered boolean NOT NULL,
    score double precision,
    feedback text,
    CONSTRAINT ujm_grid_row_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_grid_row_item (
    row_id integer NOT NULL,
    item_id integer NOT NULL,
    entity_order integer NOT NULL,
    CONSTRAINT ujm_grid_row_item_pkey PRIMARY KEY (row_id, item_id)
);

CREATE TABLE claroline.ujm_hint (
    id integer NOT NULL,
    question_id integer,
    data text,
    penalty double precision NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_hint_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_hole (
    id integer NOT NULL,
    interaction_hole_id integer,
    size integer NOT NULL,
    selector boolean NOT NULL,
    placeholder character varying(255),
    uuid character varying(36) NOT NULL,
    shuffle boolean NOT NULL,
    CONSTRAINT ujm_hole_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_interaction_graphic (
    id integer NOT NULL,
    image_id integer,
    question_id integer,
    CONSTRAINT ujm_interaction_graphic_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_interaction_hole (
    id integer NOT NULL,
    question_id integer,
    htmlwithoutvalue text NOT NULL,
    CONSTRAINT ujm_interaction_hole_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_interaction_matching (
    id integer NOT NULL,
    question_id integer,
    shuffle boolean NOT NULL,
    penalty double precision NOT NULL,
    CONSTRAINT ujm_interaction_matching_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_interaction_open (
    id integer NOT NULL,
    question_id integer,
    contenttype character varying(255) NOT NULL,
    maxanswerlength integer NOT NULL,
    CONSTRAINT ujm_interaction_open_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_interaction_qcm (
    id integer NOT NULL,
    question_id integer,
    multiple boolean NOT NULL,
    numbering character varying(255) NOT NULL,
    direction character varying(255) NOT NULL,
    shuffle boolean NOT NULL,
    CONSTRAINT ujm_interaction_qcm_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_interaction_selection (
    id integer NOT NULL,
    question_id integer,
    text text NOT NULL,
    mode character varying(255) NOT NULL,
    tries integer NOT NULL,
    penalty double precision,
    CONSTRAINT ujm_interaction_selection_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_item_content (
    id integer NOT NULL,
    question_id integer,
    content_data text NOT NULL,
    CONSTRAINT ujm_item_content_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_label (
    id integer NOT NULL,
    interaction_matching_id integer,
    data text,
    entity_order integer NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_label_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_object_question (
    id integer NOT NULL,
    question_id integer,
    mime_type character varying(255) NOT NULL,
    object_data text NOT NULL,
    entity_order integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_object_question_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_ordering_item (
    id integer NOT NULL,
    ujm_question_ordering_id integer,
    "position" integer,
    data text,
    feedback text,
    score double precision,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_ordering_item_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_paper (
    id integer NOT NULL,
    user_id integer,
    exercise_id integer,
    num_paper integer NOT NULL,
    start timestamp without time zone NOT NULL,
    "end" timestamp without time zone,
    ordre_question text,
    interupt boolean,
    score double precision,
    total double precision,
    anonymous boolean,
    invalidated boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_paper_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_picture (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_picture_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_proposal (
    id integer NOT NULL,
    interaction_matching_id integer,
    data text,
    entity_order integer NOT NULL,
    uuid character varying(36) NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_proposal_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_question (
    id integer NOT NULL,
    user_id integer,
    mime_type character varying(255) NOT NULL,
    title character varying(255),
    invite text,
    feedback text,
    date_create timestamp without time zone NOT NULL,
    date_modify timestamp without time zone,
    description text,
    scorerule text,
    protect_update boolean NOT NULL,
    mandatory boolean NOT NULL,
    expected_answers boolean NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_question_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_question_grid (
    id integer NOT NULL,
    question_id integer,
    summode character varying(255) NOT NULL,
    grid_rows integer NOT NULL,
    grid_columns integer NOT NULL,
    borderwidth integer NOT NULL,
    bordercolor character varying(255) NOT NULL,
    penalty double precision NOT NULL,
    CONSTRAINT ujm_question_grid_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_question_ordering (
    id integer NOT NULL,
    question_id integer,
    direction character varying(255) NOT NULL,
    mode character varying(255) NOT NULL,
    penalty double precision NOT NULL,
    CONSTRAINT ujm_question_ordering_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_question_pair (
    id integer NOT NULL,
    question_id integer,
    shuffle boolean NOT NULL,
    penalty double precision NOT NULL,
    CONSTRAINT ujm_question_pair_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_question_pair_items (
    question_id integer NOT NULL,
    item_id integer NOT NULL,
    CONSTRAINT ujm_question_pair_items_pkey PRIMARY KEY (question_id, item_id)
);

CREATE TABLE claroline.ujm_question_resource (
    id integer NOT NULL,
    question_id integer,
    entity_order integer NOT NULL,
    resourcenode_id integer,
    CONSTRAINT ujm_question_resource_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_response (
    id integer NOT NULL,
    paper_id integer,
    ip character varying(255) NOT NULL,
    mark double precision,
    feedback text,
    nb_tries integer NOT NULL,
    response text,
    used_hints text,
    question_id character varying(36) NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_response_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_selection (
    id integer NOT NULL,
    interation_selection_id integer,
    begin integer NOT NULL,
    "end" integer NOT NULL,
    feedback text,
    score double precision,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_selection_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_share (
    user_id integer NOT NULL,
    question_id integer NOT NULL,
    adminrights boolean NOT NULL,
    CONSTRAINT ujm_share_pkey PRIMARY KEY (user_id, question_id)
);

CREATE TABLE claroline.ujm_step (
    id integer NOT NULL,
    exercise_id integer,
    title character varying(255),
    description text,
    slug character varying(128) NOT NULL,
    picking character varying(255) NOT NULL,
    random_order character varying(255) NOT NULL,
    random_pick character varying(255) NOT NULL,
    pick text NOT NULL,
    duration integer NOT NULL,
    max_attempts integer NOT NULL,
    max_day_attempts integer NOT NULL,
    entity_order integer NOT NULL,
    uuid character varying(36) NOT NULL,
    CONSTRAINT ujm_step_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.ujm_step_question (
    step_id integer NOT NULL,
    question_id integer NOT NULL,
    mandatory boolean,
    entity_order integer NOT NULL,
    CONSTRAINT ujm_step_question_pkey PRIMARY KEY (step_id, question_id)
);

CREATE TABLE claroline.ujm_word_response (
    id integer NOT NULL,
    interaction_open_id integer,
    hole_id integer,
    response character varying(255) NOT NULL,
    casesensitive boolean,
    score double precision,
    feedback text,
    CONSTRAINT ujm_word_response_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.user_location (
    user_id integer NOT NULL,
    location_id integer NOT NULL,
    CONSTRAINT user_location_pkey PRIMARY KEY (user_id, location_id)
);

CREATE TABLE claroline.user_organization (
    id integer NOT NULL,
    user_id integer NOT NULL,
    organization_id integer NOT NULL,
    is_main boolean NOT NULL,
    is_manager boolean NOT NULL,
    CONSTRAINT user_organization_pkey PRIMARY KEY (id)
);

CREATE TABLE claroline.workspace_organization (
    workspace_id integer NOT NULL,
    organization_id integer NOT NULL,
    CONSTRAINT workspace_organization_pkey PRIMARY KEY (workspace_id, organization_id)
);

ALTER TABLE claroline.claro__location_organization ADD CONSTRAINT fk_c4ebde032c8a3de FOREIGN KEY (organization_id) REFERENCES claroline.claro__organization (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__location_organization ADD CONSTRAINT fk_c4ebde064d218e FOREIGN KEY (location_id) REFERENCES claroline.claro__location (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__open_badge_assertion ADD CONSTRAINT fk_b6e0abade92f8f78 FOREIGN KEY (recipient_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__open_badge_assertion ADD CONSTRAINT fk_b6e0abadf7a2c2fc FOREIGN KEY (badge_id) REFERENCES claroline.claro__open_badge_badge_class (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__open_badge_badge_class ADD CONSTRAINT fk_7a1caebe5da0fb8 FOREIGN KEY (template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro__open_badge_badge_class ADD CONSTRAINT fk_7a1caebe82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id);
ALTER TABLE claroline.claro__open_badge_badge_class ADD CONSTRAINT fk_7a1caebebb9d6fee FOREIGN KEY (issuer_id) REFERENCES claroline.claro__organization (id);
ALTER TABLE claroline.claro__open_badge_evidence ADD CONSTRAINT fk_6f68173245a6843 FOREIGN KEY (assertion_id) REFERENCES claroline.claro__open_badge_assertion (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__open_badge_evidence ADD CONSTRAINT fk_6f6817330e7c438 FOREIGN KEY (resourceevidence_id) REFERENCES claroline.claro_resource_user_evaluation (id);
ALTER TABLE claroline.claro__open_badge_evidence ADD CONSTRAINT fk_6f68173744e0351 FOREIGN KEY (rule_id) REFERENCES claroline.claro__open_badge_rule (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__open_badge_evidence ADD CONSTRAINT fk_6f68173a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__open_badge_evidence ADD CONSTRAINT fk_6f68173b9480ab1 FOREIGN KEY (workspaceevidence_id) REFERENCES claroline.claro_workspace_evaluation (id);
ALTER TABLE claroline.claro__open_badge_rule ADD CONSTRAINT fk_de554ac7460d9fd7 FOREIGN KEY (node_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro__open_badge_rule ADD CONSTRAINT fk_de554ac782d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro__open_badge_rule ADD CONSTRAINT fk_de554ac7d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro__open_badge_rule ADD CONSTRAINT fk_de554ac7f7a2c2fc FOREIGN KEY (badge_id) REFERENCES claroline.claro__open_badge_badge_class (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro__open_badge_rule ADD CONSTRAINT fk_de554ac7fe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro__organization ADD CONSTRAINT fk_b68dd0d5727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.claro__organization (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_admin_tool_role ADD CONSTRAINT fk_940800692b80f4b6 FOREIGN KEY (admintool_id) REFERENCES claroline.claro_admin_tools (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_admin_tool_role ADD CONSTRAINT fk_94080069d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_admin_tools ADD CONSTRAINT fk_c10c14ecec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_announcement ADD CONSTRAINT fk_778754e361220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_announcement ADD CONSTRAINT fk_778754e38db60186 FOREIGN KEY (task_id) REFERENCES claroline.claro_scheduled_task (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_announcement ADD CONSTRAINT fk_778754e3d0bbccbe FOREIGN KEY (aggregate_id) REFERENCES claroline.claro_announcement_aggregate (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_announcement_aggregate ADD CONSTRAINT fk_79bf2c8c131a730f FOREIGN KEY (email_template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_announcement_aggregate ADD CONSTRAINT fk_79bf2c8cb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_announcement_aggregate ADD CONSTRAINT fk_79bf2c8cca5aa7d3 FOREIGN KEY (pdf_template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_announcement_roles ADD CONSTRAINT fk_4075322b913aea17 FOREIGN KEY (announcement_id) REFERENCES claroline.claro_announcement (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_announcement_roles ADD CONSTRAINT fk_4075322bd60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_announcements_send ADD CONSTRAINT fk_7c739377913aea17 FOREIGN KEY (announcement_id) REFERENCES claroline.claro_announcement (id);
ALTER TABLE claroline.claro_api_token ADD CONSTRAINT fk_2f3470b7a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_audio_interaction_waveform ADD CONSTRAINT fk_856e5bf91e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_audio_params ADD CONSTRAINT fk_b7ff82aa460d9fd7 FOREIGN KEY (node_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_audio_resource_section ADD CONSTRAINT fk_67587b08460d9fd7 FOREIGN KEY (node_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_audio_resource_section ADD CONSTRAINT fk_67587b08a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_audio_resource_section_comment ADD CONSTRAINT fk_16790db2a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_audio_resource_section_comment ADD CONSTRAINT fk_16790db2d823e37a FOREIGN KEY (section_id) REFERENCES claroline.claro_audio_resource_section (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_audio_section ADD CONSTRAINT fk_3ffca2335b93c951 FOREIGN KEY (waveform_id) REFERENCES claroline.claro_audio_interaction_waveform (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_bigbluebuttonbundle_bbb ADD CONSTRAINT fk_ccc5e62eb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_bigbluebuttonbundle_recording ADD CONSTRAINT fk_53feea5f67433d9c FOREIGN KEY (meeting_id) REFERENCES claroline.claro_bigbluebuttonbundle_bbb (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_booking_material ADD CONSTRAINT fk_f7aba7f564d218e FOREIGN KEY (location_id) REFERENCES claroline.claro__location (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_booking_material_booking ADD CONSTRAINT fk_280c960de308ac6f FOREIGN KEY (material_id) REFERENCES claroline.claro_booking_material (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_booking_room_booking ADD CONSTRAINT fk_f4dafbdf54177093 FOREIGN KEY (room_id) REFERENCES claroline.claro_location_room (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_category ADD CONSTRAINT fk_e2d499a8f7d9cc0c FOREIGN KEY (claco_form_id) REFERENCES claroline.claro_clacoformbundle_claco_form (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_category_manager ADD CONSTRAINT fk_562fc19412469de2 FOREIGN KEY (category_id) REFERENCES claroline.claro_clacoformbundle_category (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_category_manager ADD CONSTRAINT fk_562fc194a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_claco_form ADD CONSTRAINT fk_acb82378b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_comment ADD CONSTRAINT fk_23b30e0a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_clacoformbundle_comment ADD CONSTRAINT fk_23b30e0ba364942 FOREIGN KEY (entry_id) REFERENCES claroline.claro_clacoformbundle_entry (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_entry ADD CONSTRAINT fk_889daedfa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_clacoformbundle_entry ADD CONSTRAINT fk_889daedff7d9cc0c FOREIGN KEY (claco_form_id) REFERENCES claroline.claro_clacoformbundle_claco_form (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_entry_category ADD CONSTRAINT fk_2009a6be12469de2 FOREIGN KEY (category_id) REFERENCES claroline.claro_clacoformbundle_category (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_entry_category ADD CONSTRAINT fk_2009a6beba364942 FOREIGN KEY (entry_id) REFERENCES claroline.claro_clacoformbundle_entry (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_entry_keyword ADD CONSTRAINT fk_c61ca20b115d4552 FOREIGN KEY (keyword_id) REFERENCES claroline.claro_clacoformbundle_keyword (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_entry_keyword ADD CONSTRAINT fk_c61ca20bba364942 FOREIGN KEY (entry_id) REFERENCES claroline.claro_clacoformbundle_entry (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_entry_user ADD CONSTRAINT fk_7036190ca76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_entry_user ADD CONSTRAINT fk_7036190cba364942 FOREIGN KEY (entry_id) REFERENCES claroline.claro_clacoformbundle_entry (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field ADD CONSTRAINT fk_f84976f72ab018e9 FOREIGN KEY (field_facet_id) REFERENCES claroline.claro_field_facet (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field ADD CONSTRAINT fk_f84976f7f7d9cc0c FOREIGN KEY (claco_form_id) REFERENCES claroline.claro_clacoformbundle_claco_form (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field_choice_category ADD CONSTRAINT fk_1f7c5ef712469de2 FOREIGN KEY (category_id) REFERENCES claroline.claro_clacoformbundle_category (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field_choice_category ADD CONSTRAINT fk_1f7c5ef7443707b0 FOREIGN KEY (field_id) REFERENCES claroline.claro_clacoformbundle_field (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field_choice_category ADD CONSTRAINT fk_1f7c5ef7e07710c3 FOREIGN KEY (field_facet_choice_id) REFERENCES claroline.claro_field_facet_choice (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field_value ADD CONSTRAINT fk_b481bdb9443707b0 FOREIGN KEY (field_id) REFERENCES claroline.claro_clacoformbundle_field (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field_value ADD CONSTRAINT fk_b481bdb9ba364942 FOREIGN KEY (entry_id) REFERENCES claroline.claro_clacoformbundle_entry (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_field_value ADD CONSTRAINT fk_b481bdb9d4ee0dab FOREIGN KEY (field_facet_value_id) REFERENCES claroline.claro_field_facet_value (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_clacoformbundle_keyword ADD CONSTRAINT fk_ccdc13b7f7d9cc0c FOREIGN KEY (claco_form_id) REFERENCES claroline.claro_clacoformbundle_claco_form (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_connection_message_role ADD CONSTRAINT fk_b1eb3a86d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_connection_message_role ADD CONSTRAINT fk_b1eb3a86e926f912 FOREIGN KEY (connectionmessage_id) REFERENCES claroline.claro_connection_message (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_connection_message_slide ADD CONSTRAINT fk_dbb5c281537a1329 FOREIGN KEY (message_id) REFERENCES claroline.claro_connection_message (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_connection_message_user ADD CONSTRAINT fk_6b1166a5a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_connection_message_user ADD CONSTRAINT fk_6b1166a5e926f912 FOREIGN KEY (connectionmessage_id) REFERENCES claroline.claro_connection_message (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_contact ADD CONSTRAINT fk_2c215b9fa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_contact ADD CONSTRAINT fk_2c215b9fe7a1254a FOREIGN KEY (contact_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_contact_categories ADD CONSTRAINT fk_69f02fc412469de2 FOREIGN KEY (category_id) REFERENCES claroline.claro_contact_category (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_contact_categories ADD CONSTRAINT fk_69f02fc4e7a1254a FOREIGN KEY (contact_id) REFERENCES claroline.claro_contact (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_contact_category ADD CONSTRAINT fk_2c48c9bba76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_contact_options ADD CONSTRAINT fk_bbce147ca76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cryptographic_key ADD CONSTRAINT fk_1603a18232c8a3de FOREIGN KEY (organization_id) REFERENCES claroline.claro__organization (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cryptographic_key ADD CONSTRAINT fk_1603a182a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id);
ALTER TABLE claroline.claro_cursusbundle_course ADD CONSTRAINT fk_3359d34961220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course ADD CONSTRAINT fk_3359d349727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.claro_cursusbundle_course (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course ADD CONSTRAINT fk_3359d34982d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course ADD CONSTRAINT fk_3359d349befb2f13 FOREIGN KEY (tutor_role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course ADD CONSTRAINT fk_3359d349ef2297f5 FOREIGN KEY (learner_role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course_course_user ADD CONSTRAINT fk_7246ebff591cc992 FOREIGN KEY (course_id) REFERENCES claroline.claro_cursusbundle_course (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_course_user ADD CONSTRAINT fk_7246ebffa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_organizations ADD CONSTRAINT fk_6b367c832c8a3de FOREIGN KEY (organization_id) REFERENCES claroline.claro__organization (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_organizations ADD CONSTRAINT fk_6b367c8591cc992 FOREIGN KEY (course_id) REFERENCES claroline.claro_cursusbundle_course (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_panel_facet ADD CONSTRAINT fk_b108498e591cc992 FOREIGN KEY (course_id) REFERENCES claroline.claro_cursusbundle_course (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_panel_facet ADD CONSTRAINT fk_b108498ef7cb6621 FOREIGN KEY (panel_facet_id) REFERENCES claroline.claro_panel_facet (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_session ADD CONSTRAINT fk_c5f56fde591cc992 FOREIGN KEY (course_id) REFERENCES claroline.claro_cursusbundle_course (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_session ADD CONSTRAINT fk_c5f56fde61220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course_session ADD CONSTRAINT fk_c5f56fde64d218e FOREIGN KEY (location_id) REFERENCES claroline.claro__location (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course_session ADD CONSTRAINT fk_c5f56fde82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course_session ADD CONSTRAINT fk_c5f56fdebefb2f13 FOREIGN KEY (tutor_role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course_session ADD CONSTRAINT fk_c5f56fded2d03b8 FOREIGN KEY (invitation_template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course_session ADD CONSTRAINT fk_c5f56fdeef2297f5 FOREIGN KEY (learner_role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_course_session_group ADD CONSTRAINT fk_f27287a4613fecdf FOREIGN KEY (session_id) REFERENCES claroline.claro_cursusbundle_course_session (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_session_group ADD CONSTRAINT fk_f27287a4fe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_session_resources ADD CONSTRAINT fk_4956113e613fecdf FOREIGN KEY (session_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.claro_cursusbundle_course_session_resources ADD CONSTRAINT fk_4956113e89329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_cursusbundle_course_session (id);
ALTER TABLE claroline.claro_cursusbundle_course_session_user ADD CONSTRAINT fk_80b4120f613fecdf FOREIGN KEY (session_id) REFERENCES claroline.claro_cursusbundle_course_session (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_session_user ADD CONSTRAINT fk_80b4120fa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_user_values ADD CONSTRAINT fk_6882b76b833d8f43 FOREIGN KEY (registration_id) REFERENCES claroline.claro_cursusbundle_course_course_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_course_user_values ADD CONSTRAINT fk_6882b76bf920bba2 FOREIGN KEY (value_id) REFERENCES claroline.claro_field_facet_value (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_presence_status ADD CONSTRAINT fk_dfe5e1fe71f7e88b FOREIGN KEY (event_id) REFERENCES claroline.claro_cursusbundle_session_event (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_presence_status ADD CONSTRAINT fk_dfe5e1fea76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_event ADD CONSTRAINT fk_257c3061613fecdf FOREIGN KEY (session_id) REFERENCES claroline.claro_cursusbundle_course_session (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_event ADD CONSTRAINT fk_257c3061a669922f FOREIGN KEY (planned_object_id) REFERENCES claroline.claro_planned_object (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_event ADD CONSTRAINT fk_257c3061d2d03b8 FOREIGN KEY (invitation_template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_session_event ADD CONSTRAINT fk_257c3061d7f5eea3 FOREIGN KEY (presence_template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_cursusbundle_session_event_group ADD CONSTRAINT fk_9a1e570f71f7e88b FOREIGN KEY (event_id) REFERENCES claroline.claro_cursusbundle_session_event (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_event_group ADD CONSTRAINT fk_9a1e570ffe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_event_user ADD CONSTRAINT fk_31d741dd71f7e88b FOREIGN KEY (event_id) REFERENCES claroline.claro_cursusbundle_session_event (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_event_user ADD CONSTRAINT fk_31d741dda76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_user_values ADD CONSTRAINT fk_e930f53d833d8f43 FOREIGN KEY (registration_id) REFERENCES claroline.claro_cursusbundle_course_session_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_cursusbundle_session_user_values ADD CONSTRAINT fk_e930f53df920bba2 FOREIGN KEY (value_id) REFERENCES claroline.claro_field_facet_value (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_data_source ADD CONSTRAINT fk_b4a87f0bec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_directory ADD CONSTRAINT fk_12eec186b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_correction ADD CONSTRAINT fk_cbfa38964d224760 FOREIGN KEY (drop_id) REFERENCES claroline.claro_dropzonebundle_drop (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_correction ADD CONSTRAINT fk_cbfa3896a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_dropzonebundle_criterion ADD CONSTRAINT fk_1dd9f2e254fc3ec3 FOREIGN KEY (dropzone_id) REFERENCES claroline.claro_dropzonebundle_dropzone (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_document ADD CONSTRAINT fk_e846caa81dfa7c8f FOREIGN KEY (revision_id) REFERENCES claroline.claro_dropzonebundle_revision (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_dropzonebundle_document ADD CONSTRAINT fk_e846caa84d224760 FOREIGN KEY (drop_id) REFERENCES claroline.claro_dropzonebundle_drop (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_document ADD CONSTRAINT fk_e846caa889329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_dropzonebundle_document ADD CONSTRAINT fk_e846caa8a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_dropzonebundle_drop ADD CONSTRAINT fk_97d5db3154fc3ec3 FOREIGN KEY (dropzone_id) REFERENCES claroline.claro_dropzonebundle_dropzone (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_drop ADD CONSTRAINT fk_97d5db31a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_dropzonebundle_drop_comment ADD CONSTRAINT fk_214ac1d14d224760 FOREIGN KEY (drop_id) REFERENCES claroline.claro_dropzonebundle_drop (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_drop_comment ADD CONSTRAINT fk_214ac1d1a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_dropzonebundle_drop_users ADD CONSTRAINT fk_466e34eb4d224760 FOREIGN KEY (drop_id) REFERENCES claroline.claro_dropzonebundle_drop (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_drop_users ADD CONSTRAINT fk_466e34eba76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_dropzone ADD CONSTRAINT fk_fb84b2afb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_grade ADD CONSTRAINT fk_dd032f3494ae086b FOREIGN KEY (correction_id) REFERENCES claroline.claro_dropzonebundle_correction (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_grade ADD CONSTRAINT fk_dd032f3497766307 FOREIGN KEY (criterion_id) REFERENCES claroline.claro_dropzonebundle_criterion (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_revision ADD CONSTRAINT fk_5d4c55124d224760 FOREIGN KEY (drop_id) REFERENCES claroline.claro_dropzonebundle_drop (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_revision ADD CONSTRAINT fk_5d4c551261220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_dropzonebundle_revision_comment ADD CONSTRAINT fk_1756823a1dfa7c8f FOREIGN KEY (revision_id) REFERENCES claroline.claro_dropzonebundle_revision (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_dropzonebundle_revision_comment ADD CONSTRAINT fk_1756823aa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_evaluation_certificate ADD CONSTRAINT fk_98ccc562456c5646 FOREIGN KEY (evaluation_id) REFERENCES claroline.claro_workspace_evaluation (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_evaluation_certificate ADD CONSTRAINT fk_98ccc562a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_event ADD CONSTRAINT fk_b1adddb582d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_event ADD CONSTRAINT fk_b1adddb5a669922f FOREIGN KEY (planned_object_id) REFERENCES claroline.claro_planned_object (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_event ADD CONSTRAINT fk_b1adddb5d2d03b8 FOREIGN KEY (invitation_template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_event_invitation ADD CONSTRAINT fk_19d2f4603bae0aa7 FOREIGN KEY (event) REFERENCES claroline.claro_event (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_event_invitation ADD CONSTRAINT fk_19d2f460a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_example_example ADD CONSTRAINT fk_b79b23d661220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_field_facet ADD CONSTRAINT fk_f6c21db2e99038c0 FOREIGN KEY (panelfacet_id) REFERENCES claroline.claro_panel_facet (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_field_facet_choice ADD CONSTRAINT fk_e2001d727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.claro_field_facet_choice (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_field_facet_choice ADD CONSTRAINT fk_e2001d9f9239af FOREIGN KEY (fieldfacet_id) REFERENCES claroline.claro_field_facet (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_field_facet_value ADD CONSTRAINT fk_35307c0a9f9239af FOREIGN KEY (fieldfacet_id) REFERENCES claroline.claro_field_facet (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_field_facet_value ADD CONSTRAINT fk_35307c0aa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_file ADD CONSTRAINT fk_ea81c80bb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_flashcard_card ADD CONSTRAINT fk_3be938e2111948dc FOREIGN KEY (deck_id) REFERENCES claroline.claro_flashcard_deck (id);
ALTER TABLE claroline.claro_flashcard_deck ADD CONSTRAINT fk_6251960648fd0a1b FOREIGN KEY (end_back_target_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_flashcard_deck ADD CONSTRAINT fk_62519606b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_flashcard_drawn_progression ADD CONSTRAINT fk_bb81403dc5d16576 FOREIGN KEY (flashcard_id) REFERENCES claroline.claro_flashcard_card (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_flashcard_drawn_progression ADD CONSTRAINT fk_bb81403dc807080 FOREIGN KEY (resource_evaluation_id) REFERENCES claroline.claro_resource_evaluation (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_forum ADD CONSTRAINT fk_f2869dfb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_forum_message ADD CONSTRAINT fk_6a49ac0e23edc87 FOREIGN KEY (subject_id) REFERENCES claroline.claro_forum_subject (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_forum_message ADD CONSTRAINT fk_6a49ac0e727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.claro_forum_message (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_forum_message ADD CONSTRAINT fk_6a49ac0ea76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_forum_subject ADD CONSTRAINT fk_273aa20b29ccbad0 FOREIGN KEY (forum_id) REFERENCES claroline.claro_forum (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_forum_subject ADD CONSTRAINT fk_273aa20b5bb66c05 FOREIGN KEY (poster_id) REFERENCES claroline.claro_public_file (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_forum_subject ADD CONSTRAINT fk_273aa20ba76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_forum_user ADD CONSTRAINT fk_2cfbfdc429ccbad0 FOREIGN KEY (forum_id) REFERENCES claroline.claro_forum (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_forum_user ADD CONSTRAINT fk_2cfbfdc4a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_group_role ADD CONSTRAINT fk_1cba5a40d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_group_role ADD CONSTRAINT fk_1cba5a40fe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab ADD CONSTRAINT fk_a9744cce727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.claro_home_tab (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab_roles ADD CONSTRAINT fk_b81359f3cce862f FOREIGN KEY (hometab_id) REFERENCES claroline.claro_home_tab (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab_roles ADD CONSTRAINT fk_b81359f3d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab_tool_shortcut ADD CONSTRAINT fk_ed7350108d0c9323 FOREIGN KEY (tab_id) REFERENCES claroline.claro_home_tab (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab_url ADD CONSTRAINT fk_b256167b8d0c9323 FOREIGN KEY (tab_id) REFERENCES claroline.claro_home_tab (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab_widgets ADD CONSTRAINT fk_e813fd848d0c9323 FOREIGN KEY (tab_id) REFERENCES claroline.claro_home_tab (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab_widgets_containers ADD CONSTRAINT fk_151555278d0c9323 FOREIGN KEY (tab_id) REFERENCES claroline.claro_home_tab_widgets (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_home_tab_widgets_containers ADD CONSTRAINT fk_15155527bc21f742 FOREIGN KEY (container_id) REFERENCES claroline.claro_widget_container (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_icon_item ADD CONSTRAINT fk_d727f16b48d16f3b FOREIGN KEY (icon_set_id) REFERENCES claroline.claro_icon_set (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_ip_user ADD CONSTRAINT fk_feb73761a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_list_type_creation ADD CONSTRAINT fk_84b4beba195fbdf1 FOREIGN KEY (resource_rights_id) REFERENCES claroline.claro_resource_rights (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_list_type_creation ADD CONSTRAINT fk_84b4beba98ec6b7b FOREIGN KEY (resource_type_id) REFERENCES claroline.claro_resource_type (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_location_room ADD CONSTRAINT fk_dfa335db64d218e FOREIGN KEY (location_id) REFERENCES claroline.claro__location (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log ADD CONSTRAINT fk_97fab91f12d3860f FOREIGN KEY (doer_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log ADD CONSTRAINT fk_97fab91f82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log ADD CONSTRAINT fk_97fab91f98ec6b7b FOREIGN KEY (resource_type_id) REFERENCES claroline.claro_resource_type (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log ADD CONSTRAINT fk_97fab91fb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log ADD CONSTRAINT fk_97fab91fc6f122b2 FOREIGN KEY (receiver_group_id) REFERENCES claroline.claro_group (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log ADD CONSTRAINT fk_97fab91fcd53edb6 FOREIGN KEY (receiver_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log ADD CONSTRAINT fk_97fab91fd60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_connect_admin_tool ADD CONSTRAINT fk_833389778f7b22cc FOREIGN KEY (tool_id) REFERENCES claroline.claro_admin_tools (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_connect_admin_tool ADD CONSTRAINT fk_83338977a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_log_connect_platform ADD CONSTRAINT fk_897de045a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_log_connect_resource ADD CONSTRAINT fk_cbec49889329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_connect_resource ADD CONSTRAINT fk_cbec498a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_log_connect_tool ADD CONSTRAINT fk_ddd8a47082d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_connect_tool ADD CONSTRAINT fk_ddd8a4708f7b22cc FOREIGN KEY (tool_id) REFERENCES claroline.claro_ordered_tool (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_connect_tool ADD CONSTRAINT fk_ddd8a470a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_log_connect_workspace ADD CONSTRAINT fk_8724810e82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_connect_workspace ADD CONSTRAINT fk_8724810ea76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_log_functionnal ADD CONSTRAINT fk_29c2b64e12d3860f FOREIGN KEY (doer_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_functionnal ADD CONSTRAINT fk_29c2b64e82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_functionnal ADD CONSTRAINT fk_29c2b64e89329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_message ADD CONSTRAINT fk_5ac398912d3860f FOREIGN KEY (doer_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_message ADD CONSTRAINT fk_5ac3989cd53edb6 FOREIGN KEY (receiver_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_operational ADD CONSTRAINT fk_3bb0dc0e12d3860f FOREIGN KEY (doer_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_security ADD CONSTRAINT fk_91f693e112d3860f FOREIGN KEY (doer_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_log_security ADD CONSTRAINT fk_91f693e1158e0b66 FOREIGN KEY (target_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_menu_action ADD CONSTRAINT fk_1f57e52b98ec6b7b FOREIGN KEY (resource_type_id) REFERENCES claroline.claro_resource_type (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_menu_action ADD CONSTRAINT fk_1f57e52bec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_message ADD CONSTRAINT fk_d6fe8dd8727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.claro_message (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_message ADD CONSTRAINT fk_d6fe8dd8f624b39d FOREIGN KEY (sender_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_oauth_user ADD CONSTRAINT fk_e4539e82a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_object_lock ADD CONSTRAINT fk_9146967ca76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_panel_facet ADD CONSTRAINT fk_da3985ffc889f24 FOREIGN KEY (facet_id) REFERENCES claroline.claro_facet (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_peertube_video ADD CONSTRAINT fk_77719bdbb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_planned_object ADD CONSTRAINT fk_5f6cc1d754177093 FOREIGN KEY (room_id) REFERENCES claroline.claro_location_room (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_planned_object ADD CONSTRAINT fk_5f6cc1d761220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_planned_object ADD CONSTRAINT fk_5f6cc1d764d218e FOREIGN KEY (location_id) REFERENCES claroline.claro__location (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_planning_planned_object ADD CONSTRAINT fk_a05487943d865311 FOREIGN KEY (planning_id) REFERENCES claroline.claro_planning (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_planning_planned_object ADD CONSTRAINT fk_a0548794a669922f FOREIGN KEY (planned_object_id) REFERENCES claroline.claro_planned_object (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_privacy_parameters ADD CONSTRAINT fk_5f8ad24d5da0fb8 FOREIGN KEY (template_id) REFERENCES claroline.claro_template (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_public_file_use ADD CONSTRAINT fk_6f128157c81526de FOREIGN KEY (public_file_id) REFERENCES claroline.claro_public_file (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_comment ADD CONSTRAINT fk_79f5f9691bad783f FOREIGN KEY (resource_node_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_comment ADD CONSTRAINT fk_79f5f969a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_resource_evaluation ADD CONSTRAINT fk_c2a4b1e7fbe9df40 FOREIGN KEY (resource_user_evaluation) REFERENCES claroline.claro_resource_user_evaluation (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_favourite ADD CONSTRAINT fk_5ed1a9bd1bad783f FOREIGN KEY (resource_node_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_favourite ADD CONSTRAINT fk_5ed1a9bda76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_mask_decoder ADD CONSTRAINT fk_39d93f4298ec6b7b FOREIGN KEY (resource_type_id) REFERENCES claroline.claro_resource_type (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_node ADD CONSTRAINT fk_a76799ff61220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_resource_node ADD CONSTRAINT fk_a76799ff727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_node ADD CONSTRAINT fk_a76799ff82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_node ADD CONSTRAINT fk_a76799ff98ec6b7b FOREIGN KEY (resource_type_id) REFERENCES claroline.claro_resource_type (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_recent ADD CONSTRAINT fk_544b72fe89329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_recent ADD CONSTRAINT fk_544b72fea76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_rights ADD CONSTRAINT fk_3848f483b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_rights ADD CONSTRAINT fk_3848f483d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_shortcut ADD CONSTRAINT fk_5e7f4ab8158e0b66 FOREIGN KEY (target_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_shortcut ADD CONSTRAINT fk_5e7f4ab8b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_type ADD CONSTRAINT fk_aec62693ec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_user_evaluation ADD CONSTRAINT fk_bca02e7a8a5f48ff FOREIGN KEY (resource_node) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_resource_user_evaluation ADD CONSTRAINT fk_bca02e7aa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_role ADD CONSTRAINT fk_3177747182d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_rss_feed ADD CONSTRAINT fk_2bf44a06b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_scheduled_task ADD CONSTRAINT fk_9d92a4dd82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_scheduled_task ADD CONSTRAINT fk_9d92a4ddfe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_scheduled_task_users ADD CONSTRAINT fk_573e7d5ea76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id);
ALTER TABLE claroline.claro_scheduled_task_users ADD CONSTRAINT fk_573e7d5ee97157c2 FOREIGN KEY (scheduled_task_id) REFERENCES claroline.claro_scheduled_task (id);
ALTER TABLE claroline.claro_scorm ADD CONSTRAINT fk_b6416871b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_scorm_sco ADD CONSTRAINT fk_296767d048c689d5 FOREIGN KEY (sco_parent_id) REFERENCES claroline.claro_scorm_sco (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_scorm_sco ADD CONSTRAINT fk_296767d0d75f22be FOREIGN KEY (scorm_id) REFERENCES claroline.claro_scorm (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_scorm_sco_tracking ADD CONSTRAINT fk_2627e97218a32826 FOREIGN KEY (sco_id) REFERENCES claroline.claro_scorm_sco (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_scorm_sco_tracking ADD CONSTRAINT fk_2627e972a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_slide ADD CONSTRAINT fk_f8ec39708b14e343 FOREIGN KEY (slideshow_id) REFERENCES claroline.claro_slideshow (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_slideshow ADD CONSTRAINT fk_3326614cb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_tagbundle_tagged_object ADD CONSTRAINT fk_1ea1e15dbad26311 FOREIGN KEY (tag_id) REFERENCES claroline.claro_tagbundle_tag (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_task ADD CONSTRAINT fk_3460253e82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_task ADD CONSTRAINT fk_3460253ea669922f FOREIGN KEY (planned_object_id) REFERENCES claroline.claro_planned_object (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_team ADD CONSTRAINT fk_a2fe58042c94069f FOREIGN KEY (directory_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_team ADD CONSTRAINT fk_a2fe580468ce17ba FOREIGN KEY (manager_role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_team ADD CONSTRAINT fk_a2fe580482d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_team ADD CONSTRAINT fk_a2fe5804d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_team_users ADD CONSTRAINT fk_b10c67f3296cd8ae FOREIGN KEY (team_id) REFERENCES claroline.claro_team (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_team_users ADD CONSTRAINT fk_b10c67f3a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_template ADD CONSTRAINT fk_dfb26a757428ac44 FOREIGN KEY (claro_template_type) REFERENCES claroline.claro_template_type (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_template_content ADD CONSTRAINT fk_1d5c077d5da0fb8 FOREIGN KEY (template_id) REFERENCES claroline.claro_template (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_template_type ADD CONSTRAINT fk_7428ac44ec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_text ADD CONSTRAINT fk_5d9559dcb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_text_revision ADD CONSTRAINT fk_f61948de698d3548 FOREIGN KEY (text_id) REFERENCES claroline.claro_text (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_text_revision ADD CONSTRAINT fk_f61948dea76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_theme ADD CONSTRAINT fk_1d76301aec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_tool_rights ADD CONSTRAINT fk_efedec7ebac1b1d7 FOREIGN KEY (ordered_tool_id) REFERENCES claroline.claro_ordered_tool (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_tool_rights ADD CONSTRAINT fk_efedec7ed60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_tools ADD CONSTRAINT fk_60f90965ec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_transfer_export ADD CONSTRAINT fk_d64b84dd61220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_transfer_export ADD CONSTRAINT fk_d64b84dd82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_transfer_import ADD CONSTRAINT fk_9895c5461220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_transfer_import ADD CONSTRAINT fk_9895c5482d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_transfer_import ADD CONSTRAINT fk_9895c5493cb796c FOREIGN KEY (file_id) REFERENCES claroline.claro_public_file (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_user ADD CONSTRAINT fk_eb8d285282d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_user_group ADD CONSTRAINT fk_ed8b34c7a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_user_group ADD CONSTRAINT fk_ed8b34c7fe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_user_message ADD CONSTRAINT fk_d48ea38a537a1329 FOREIGN KEY (message_id) REFERENCES claroline.claro_message (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_user_message ADD CONSTRAINT fk_d48ea38aa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_user_role ADD CONSTRAINT fk_797e43ffa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_user_role ADD CONSTRAINT fk_797e43ffd60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget ADD CONSTRAINT fk_76ca6c4fec942bcf FOREIGN KEY (plugin_id) REFERENCES claroline.claro_plugin (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_container_config ADD CONSTRAINT fk_9523b282581122c3 FOREIGN KEY (widget_container_id) REFERENCES claroline.claro_widget_container (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_instance ADD CONSTRAINT fk_5f89a385bc21f742 FOREIGN KEY (container_id) REFERENCES claroline.claro_widget_container (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_instance ADD CONSTRAINT fk_5f89a385f3d3127e FOREIGN KEY (datasource_id) REFERENCES claroline.claro_data_source (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_instance ADD CONSTRAINT fk_5f89a385fbe885e2 FOREIGN KEY (widget_id) REFERENCES claroline.claro_widget (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_instance_config ADD CONSTRAINT fk_4787a3fd44bf891 FOREIGN KEY (widget_instance_id) REFERENCES claroline.claro_widget_instance (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_instance_config ADD CONSTRAINT fk_4787a3fd82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_instance_config ADD CONSTRAINT fk_4787a3fda76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_list ADD CONSTRAINT fk_57e3c2c6ab7b5a55 FOREIGN KEY (widgetinstance_id) REFERENCES claroline.claro_widget_instance (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_resource ADD CONSTRAINT fk_a128e64d460d9fd7 FOREIGN KEY (node_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_widget_resource ADD CONSTRAINT fk_a128e64dab7b5a55 FOREIGN KEY (widgetinstance_id) REFERENCES claroline.claro_widget_instance (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_widget_simple ADD CONSTRAINT fk_18cc1f0aab7b5a55 FOREIGN KEY (widgetinstance_id) REFERENCES claroline.claro_widget_instance (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace ADD CONSTRAINT fk_d9028545248673e9 FOREIGN KEY (default_role_id) REFERENCES claroline.claro_role (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_workspace ADD CONSTRAINT fk_d90285453adb05f1 FOREIGN KEY (options_id) REFERENCES claroline.claro_workspace_options (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_workspace ADD CONSTRAINT fk_d902854561220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.claro_workspace_evaluation ADD CONSTRAINT fk_e0ff675482d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_evaluation ADD CONSTRAINT fk_e0ff6754a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_favourite ADD CONSTRAINT fk_711a30b82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_favourite ADD CONSTRAINT fk_711a30ba76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_options ADD CONSTRAINT fk_d603ae0582d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_recent ADD CONSTRAINT fk_ed82ca3b82d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_recent ADD CONSTRAINT fk_ed82ca3ba76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_registration_queue ADD CONSTRAINT fk_f461c53882d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_registration_queue ADD CONSTRAINT fk_f461c538a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_registration_queue ADD CONSTRAINT fk_f461c538d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_shortcuts ADD CONSTRAINT fk_872a814982d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_workspace_shortcuts ADD CONSTRAINT fk_872a8149d60322ac FOREIGN KEY (role_id) REFERENCES claroline.claro_role (id) ON DELETE CASCADE;
ALTER TABLE claroline.claro_youtube_video ADD CONSTRAINT fk_83751cc9b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.group_location ADD CONSTRAINT fk_57aec5b464d218e FOREIGN KEY (location_id) REFERENCES claroline.claro__location (id) ON DELETE CASCADE;
ALTER TABLE claroline.group_location ADD CONSTRAINT fk_57aec5b4fe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE CASCADE;
ALTER TABLE claroline.group_organization ADD CONSTRAINT fk_2da8294532c8a3de FOREIGN KEY (organization_id) REFERENCES claroline.claro__organization (id) ON DELETE CASCADE;
ALTER TABLE claroline.group_organization ADD CONSTRAINT fk_2da82945fe54d947 FOREIGN KEY (group_id) REFERENCES claroline.claro_group (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_ability_resource ADD CONSTRAINT fk_563cd07e77c292ae FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_ability_resource ADD CONSTRAINT fk_563cd07e8016d8b2 FOREIGN KEY (ability_id) REFERENCES claroline.hevinci_ability (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_competency ADD CONSTRAINT fk_61ecd5e6727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.hevinci_competency (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_competency ADD CONSTRAINT fk_61ecd5e6f73142c2 FOREIGN KEY (scale_id) REFERENCES claroline.hevinci_scale (id);
ALTER TABLE claroline.hevinci_competency_ability ADD CONSTRAINT fk_38178a415fb14ba7 FOREIGN KEY (level_id) REFERENCES claroline.hevinci_level (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_competency_ability ADD CONSTRAINT fk_38178a418016d8b2 FOREIGN KEY (ability_id) REFERENCES claroline.hevinci_ability (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_competency_ability ADD CONSTRAINT fk_38178a41fb9f58c FOREIGN KEY (competency_id) REFERENCES claroline.hevinci_competency (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_competency_resource ADD CONSTRAINT fk_922821f377c292ae FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_competency_resource ADD CONSTRAINT fk_922821f3fb9f58c FOREIGN KEY (competency_id) REFERENCES claroline.hevinci_competency (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_level ADD CONSTRAINT fk_a5eb96d7f73142c2 FOREIGN KEY (scale_id) REFERENCES claroline.hevinci_scale (id) ON DELETE CASCADE;
ALTER TABLE claroline.hevinci_url ADD CONSTRAINT fk_a3d1d452b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__bibliography_book_reference ADD CONSTRAINT fk_d961f495b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__blog ADD CONSTRAINT fk_fd75e6c4b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__blog_comment ADD CONSTRAINT fk_95eb616f4b89032c FOREIGN KEY (post_id) REFERENCES claroline.icap__blog_post (id);
ALTER TABLE claroline.icap__blog_comment ADD CONSTRAINT fk_95eb616fa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.icap__blog_member ADD CONSTRAINT fk_34a6ff39a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id);
ALTER TABLE claroline.icap__blog_member ADD CONSTRAINT fk_34a6ff39dae07e97 FOREIGN KEY (blog_id) REFERENCES claroline.icap__blog (id);
ALTER TABLE claroline.icap__blog_options ADD CONSTRAINT fk_d1aac984dae07e97 FOREIGN KEY (blog_id) REFERENCES claroline.icap__blog (id);
ALTER TABLE claroline.icap__blog_post ADD CONSTRAINT fk_1b06792261220ea6 FOREIGN KEY (creator_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.icap__blog_post ADD CONSTRAINT fk_1b067922dae07e97 FOREIGN KEY (blog_id) REFERENCES claroline.icap__blog (id);
ALTER TABLE claroline.icap__lesson ADD CONSTRAINT fk_d9b3613079066886 FOREIGN KEY (root_id) REFERENCES claroline.icap__lesson_chapter (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__lesson ADD CONSTRAINT fk_d9b36130b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__lesson_chapter ADD CONSTRAINT fk_3d7e3c8c727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.icap__lesson_chapter (id) ON DELETE SET NULL;
ALTER TABLE claroline.icap__lesson_chapter ADD CONSTRAINT fk_3d7e3c8ccdf80196 FOREIGN KEY (lesson_id) REFERENCES claroline.icap__lesson (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__notification_user_parameters ADD CONSTRAINT fk_f44a756da76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.icap__notification_viewer ADD CONSTRAINT fk_db60418bef1a9d84 FOREIGN KEY (notification_id) REFERENCES claroline.icap__notification (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__wiki ADD CONSTRAINT fk_1fad6b8179066886 FOREIGN KEY (root_id) REFERENCES claroline.icap__wiki_section (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__wiki ADD CONSTRAINT fk_1fad6b81b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__wiki_contribution ADD CONSTRAINT fk_781e6502a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.icap__wiki_contribution ADD CONSTRAINT fk_781e6502d823e37a FOREIGN KEY (section_id) REFERENCES claroline.icap__wiki_section (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__wiki_section ADD CONSTRAINT fk_82904aa727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.icap__wiki_section (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__wiki_section ADD CONSTRAINT fk_82904aaa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.icap__wiki_section ADD CONSTRAINT fk_82904aaaa948dbe FOREIGN KEY (wiki_id) REFERENCES claroline.icap__wiki (id) ON DELETE CASCADE;
ALTER TABLE claroline.icap__wiki_section ADD CONSTRAINT fk_82904aafe665925 FOREIGN KEY (active_contribution_id) REFERENCES claroline.icap__wiki_contribution (id) ON DELETE CASCADE;
ALTER TABLE claroline.innova_path ADD CONSTRAINT fk_ce19f05448fd0a1b FOREIGN KEY (end_back_target_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.innova_path ADD CONSTRAINT fk_ce19f05489329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.innova_path ADD CONSTRAINT fk_ce19f054b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.innova_path_progression ADD CONSTRAINT fk_960f966a73b21e9c FOREIGN KEY (step_id) REFERENCES claroline.innova_step (id) ON DELETE CASCADE;
ALTER TABLE claroline.innova_path_progression ADD CONSTRAINT fk_960f966aa76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.innova_step ADD CONSTRAINT fk_86f48567727aca70 FOREIGN KEY (parent_id) REFERENCES claroline.innova_step (id) ON DELETE CASCADE;
ALTER TABLE claroline.innova_step ADD CONSTRAINT fk_86f4856789329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.innova_step ADD CONSTRAINT fk_86f48567d96c566b FOREIGN KEY (path_id) REFERENCES claroline.innova_path (id) ON DELETE CASCADE;
ALTER TABLE claroline.innova_step_secondary_resource ADD CONSTRAINT fk_4e895fcb73b21e9c FOREIGN KEY (step_id) REFERENCES claroline.innova_step (id) ON DELETE CASCADE;
ALTER TABLE claroline.innova_step_secondary_resource ADD CONSTRAINT fk_4e895fcb89329d25 FOREIGN KEY (resource_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_association ADD CONSTRAINT fk_2dd0dd0f2cbe8797 FOREIGN KEY (match_question_id) REFERENCES claroline.ujm_interaction_matching (id);
ALTER TABLE claroline.ujm_association ADD CONSTRAINT fk_2dd0dd0f33b92f39 FOREIGN KEY (label_id) REFERENCES claroline.ujm_label (id);
ALTER TABLE claroline.ujm_association ADD CONSTRAINT fk_2dd0dd0ff4792058 FOREIGN KEY (proposal_id) REFERENCES claroline.ujm_proposal (id);
ALTER TABLE claroline.ujm_boolean_choice ADD CONSTRAINT fk_b921639850b1c2f9 FOREIGN KEY (boolean_question_id) REFERENCES claroline.ujm_boolean_question (id);
ALTER TABLE claroline.ujm_boolean_choice ADD CONSTRAINT fk_b9216398b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.ujm_boolean_question ADD CONSTRAINT fk_131d51461e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_cell ADD CONSTRAINT fk_4abe4f561e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question_grid (id);
ALTER TABLE claroline.ujm_cell_choice ADD CONSTRAINT fk_ddcdd709cb39d93a FOREIGN KEY (cell_id) REFERENCES claroline.ujm_cell (id);
ALTER TABLE claroline.ujm_choice ADD CONSTRAINT fk_d4bdfa959dbf539 FOREIGN KEY (interaction_qcm_id) REFERENCES claroline.ujm_interaction_qcm (id);
ALTER TABLE claroline.ujm_choice ADD CONSTRAINT fk_d4bdfa95b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.ujm_color ADD CONSTRAINT fk_aadb06b43ccafa48 FOREIGN KEY (interaction_selection_id) REFERENCES claroline.ujm_interaction_selection (id);
ALTER TABLE claroline.ujm_color_selection ADD CONSTRAINT fk_979219697ada1fb5 FOREIGN KEY (color_id) REFERENCES claroline.ujm_color (id);
ALTER TABLE claroline.ujm_color_selection ADD CONSTRAINT fk_97921969e48efe78 FOREIGN KEY (selection_id) REFERENCES claroline.ujm_selection (id);
ALTER TABLE claroline.ujm_coords ADD CONSTRAINT fk_cd7b49827876d500 FOREIGN KEY (interaction_graphic_id) REFERENCES claroline.ujm_interaction_graphic (id);
ALTER TABLE claroline.ujm_exercise ADD CONSTRAINT fk_374df52548fd0a1b FOREIGN KEY (end_back_target_id) REFERENCES claroline.claro_resource_node (id) ON DELETE SET NULL;
ALTER TABLE claroline.ujm_exercise ADD CONSTRAINT fk_374df525b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_grid_item ADD CONSTRAINT fk_66b59764b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.ujm_grid_odd ADD CONSTRAINT fk_858e80e4126f525e FOREIGN KEY (item_id) REFERENCES claroline.ujm_grid_item (id);
ALTER TABLE claroline.ujm_grid_odd ADD CONSTRAINT fk_858e80e4b745dcf FOREIGN KEY (pair_question_id) REFERENCES claroline.ujm_question_pair (id);
ALTER TABLE claroline.ujm_grid_row ADD CONSTRAINT fk_f63a28d2b745dcf FOREIGN KEY (pair_question_id) REFERENCES claroline.ujm_question_pair (id);
ALTER TABLE claroline.ujm_grid_row_item ADD CONSTRAINT fk_bf97d890126f525e FOREIGN KEY (item_id) REFERENCES claroline.ujm_grid_item (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_grid_row_item ADD CONSTRAINT fk_bf97d89083a269f2 FOREIGN KEY (row_id) REFERENCES claroline.ujm_grid_row (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_hint ADD CONSTRAINT fk_b5ffcbe71e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id);
ALTER TABLE claroline.ujm_hint ADD CONSTRAINT fk_b5ffcbe7b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.ujm_hole ADD CONSTRAINT fk_e9f4f52575ebd64d FOREIGN KEY (interaction_hole_id) REFERENCES claroline.ujm_interaction_hole (id);
ALTER TABLE claroline.ujm_interaction_graphic ADD CONSTRAINT fk_9ebd442f1e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_interaction_graphic ADD CONSTRAINT fk_9ebd442f3da5256d FOREIGN KEY (image_id) REFERENCES claroline.ujm_picture (id);
ALTER TABLE claroline.ujm_interaction_hole ADD CONSTRAINT fk_7343fac11e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_interaction_matching ADD CONSTRAINT fk_ac9801c71e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_interaction_open ADD CONSTRAINT fk_bffe44f41e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_interaction_qcm ADD CONSTRAINT fk_58c3d5a11e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_interaction_selection ADD CONSTRAINT fk_7b1e8b31e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_item_content ADD CONSTRAINT fk_f725d00b1e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_label ADD CONSTRAINT fk_c22a1eb5b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.ujm_label ADD CONSTRAINT fk_c22a1eb5fab79c10 FOREIGN KEY (interaction_matching_id) REFERENCES claroline.ujm_interaction_matching (id);
ALTER TABLE claroline.ujm_object_question ADD CONSTRAINT fk_f91814bf1e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_ordering_item ADD CONSTRAINT fk_360c6c62273546de FOREIGN KEY (ujm_question_ordering_id) REFERENCES claroline.ujm_question_ordering (id);
ALTER TABLE claroline.ujm_ordering_item ADD CONSTRAINT fk_360c6c62b87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.ujm_paper ADD CONSTRAINT fk_82972e4ba76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.ujm_paper ADD CONSTRAINT fk_82972e4be934951a FOREIGN KEY (exercise_id) REFERENCES claroline.ujm_exercise (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_proposal ADD CONSTRAINT fk_2672b44bb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id);
ALTER TABLE claroline.ujm_proposal ADD CONSTRAINT fk_2672b44bfab79c10 FOREIGN KEY (interaction_matching_id) REFERENCES claroline.ujm_interaction_matching (id);
ALTER TABLE claroline.ujm_question ADD CONSTRAINT fk_2f606977a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE SET NULL;
ALTER TABLE claroline.ujm_question_grid ADD CONSTRAINT fk_2412de371e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_question_ordering ADD CONSTRAINT fk_73db988d1e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_question_pair ADD CONSTRAINT fk_36819691e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_question_pair_items ADD CONSTRAINT fk_d5f9cf05126f525e FOREIGN KEY (item_id) REFERENCES claroline.ujm_grid_item (id);
ALTER TABLE claroline.ujm_question_pair_items ADD CONSTRAINT fk_d5f9cf051e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question_pair (id);
ALTER TABLE claroline.ujm_question_resource ADD CONSTRAINT fk_b47b5ffc1e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_question_resource ADD CONSTRAINT fk_b47b5ffcb87fab32 FOREIGN KEY (resourcenode_id) REFERENCES claroline.claro_resource_node (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_response ADD CONSTRAINT fk_a7ec2bc2e6758861 FOREIGN KEY (paper_id) REFERENCES claroline.ujm_paper (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_selection ADD CONSTRAINT fk_c93913ff4ea83ef1 FOREIGN KEY (interation_selection_id) REFERENCES claroline.ujm_interaction_selection (id);
ALTER TABLE claroline.ujm_share ADD CONSTRAINT fk_238bd3071e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_share ADD CONSTRAINT fk_238bd307a76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_step ADD CONSTRAINT fk_c2803688e934951a FOREIGN KEY (exercise_id) REFERENCES claroline.ujm_exercise (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_step_question ADD CONSTRAINT fk_d22ea1ce1e27f6bf FOREIGN KEY (question_id) REFERENCES claroline.ujm_question (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_step_question ADD CONSTRAINT fk_d22ea1ce73b21e9c FOREIGN KEY (step_id) REFERENCES claroline.ujm_step (id) ON DELETE CASCADE;
ALTER TABLE claroline.ujm_word_response ADD CONSTRAINT fk_4e1930c515ade12c FOREIGN KEY (hole_id) REFERENCES claroline.ujm_hole (id);
ALTER TABLE claroline.ujm_word_response ADD CONSTRAINT fk_4e1930c598ddbdfd FOREIGN KEY (interaction_open_id) REFERENCES claroline.ujm_interaction_open (id);
ALTER TABLE claroline.user_location ADD CONSTRAINT fk_be136dcb64d218e FOREIGN KEY (location_id) REFERENCES claroline.claro__location (id) ON DELETE CASCADE;
ALTER TABLE claroline.user_location ADD CONSTRAINT fk_be136dcba76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.user_organization ADD CONSTRAINT fk_41221f7e32c8a3de FOREIGN KEY (organization_id) REFERENCES claroline.claro__organization (id) ON DELETE CASCADE;
ALTER TABLE claroline.user_organization ADD CONSTRAINT fk_41221f7ea76ed395 FOREIGN KEY (user_id) REFERENCES claroline.claro_user (id) ON DELETE CASCADE;
ALTER TABLE claroline.workspace_organization ADD CONSTRAINT fk_d212ad8032c8a3de FOREIGN KEY (organization_id) REFERENCES claroline.claro__organization (id) ON DELETE CASCADE;
ALTER TABLE claroline.workspace_organization ADD CONSTRAINT fk_d212ad8082d40a1f FOREIGN KEY (workspace_id) REFERENCES claroline.claro_workspace (id) ON DELETE CASCADE;
