-- Canvas LMS (Instructure's open-source learning management system) release/2020-02-12.07 schema, from the pg_dump postgres/canvas-lms/schema.sql of prisma/database-schema-examples; tables, primary and foreign keys only
CREATE SCHEMA canvas;

CREATE TABLE canvas.abstract_courses (
    id bigint,
    sis_source_id character varying(255),
    sis_batch_id bigint,
    account_id bigint,
    root_account_id bigint,
    short_name character varying(255),
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    enrollment_term_id bigint,
    workflow_state character varying(255),
    stuck_sis_fields text,
    CONSTRAINT abstract_courses_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.access_tokens (
    id bigint,
    developer_key_id bigint,
    user_id bigint,
    last_used_at timestamp without time zone,
    expires_at timestamp without time zone,
    purpose character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    crypted_token character varying(255),
    token_hint character varying(255),
    scopes text,
    remember_access boolean,
    crypted_refresh_token character varying(255),
    workflow_state character varying,
    CONSTRAINT access_tokens_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.account_notification_roles (
    id bigint,
    account_notification_id bigint,
    role_id bigint,
    CONSTRAINT account_notification_roles_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.account_notifications (
    id bigint,
    subject character varying(255),
    icon character varying(255),
    message text,
    account_id bigint,
    user_id bigint,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    required_account_service character varying(255),
    months_in_display_cycle integer,
    domain_specific boolean,
    send_message boolean,
    messages_sent_at timestamp without time zone,
    CONSTRAINT account_notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.account_report_rows (
    id bigint,
    account_report_id bigint,
    account_report_runner_id bigint,
    row_number integer,
    "row" character varying[],
    created_at timestamp without time zone,
    file character varying,
    CONSTRAINT account_report_rows_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.account_report_runners (
    id bigint,
    account_report_id bigint,
    workflow_state character varying(255),
    batch_items character varying[],
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    started_at timestamp without time zone,
    ended_at timestamp without time zone,
    CONSTRAINT account_report_runners_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.account_reports (
    id bigint,
    user_id bigint,
    message text,
    account_id bigint,
    attachment_id bigint,
    workflow_state character varying(255),
    report_type character varying(255),
    progress integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    parameters text,
    current_line integer,
    total_lines integer,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    CONSTRAINT account_reports_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.account_users (
    id bigint,
    account_id bigint,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    role_id bigint,
    workflow_state character varying,
    sis_batch_id bigint,
    CONSTRAINT account_users_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.accounts (
    id bigint,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    parent_account_id bigint,
    sis_source_id character varying(255),
    sis_batch_id bigint,
    current_sis_batch_id bigint,
    root_account_id bigint,
    last_successful_sis_batch_id bigint,
    membership_types character varying(255),
    default_time_zone character varying(255),
    external_status character varying(255),
    storage_quota bigint,
    default_storage_quota bigint,
    enable_user_notes boolean,
    allowed_services character varying(255),
    turnitin_pledge text,
    turnitin_comments text,
    turnitin_account_id character varying(255),
    turnitin_salt character varying(255),
    turnitin_crypted_secret character varying(255),
    show_section_name_as_course_name boolean,
    allow_sis_import boolean,
    equella_endpoint character varying(255),
    settings text,
    uuid character varying(255),
    default_locale character varying(255),
    stuck_sis_fields text,
    default_user_storage_quota bigint,
    lti_guid character varying(255),
    default_group_storage_quota bigint,
    turnitin_host character varying(255),
    integration_id character varying(255),
    lti_context_id character varying(255),
    brand_config_md5 character varying(32),
    turnitin_originality character varying(255),
    latest_outcome_import_id bigint,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.alert_criteria (
    id bigint,
    alert_id bigint,
    criterion_type character varying(255),
    threshold double precision,
    CONSTRAINT alert_criteria_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.alerts (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    recipients text,
    repetition integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT alerts_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.anonymous_or_moderation_events (
    id bigint,
    assignment_id bigint,
    user_id bigint,
    submission_id bigint,
    canvadoc_id bigint,
    event_type character varying,
    payload jsonb,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    context_external_tool_id bigint,
    quiz_id bigint,
    CONSTRAINT anonymous_or_moderation_events_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.appointment_group_contexts (
    id bigint,
    appointment_group_id bigint,
    context_code character varying(255),
    context_id bigint,
    context_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT appointment_group_contexts_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.appointment_group_sub_contexts (
    id bigint,
    appointment_group_id bigint,
    sub_context_id bigint,
    sub_context_type character varying(255),
    sub_context_code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT appointment_group_sub_contexts_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.appointment_groups (
    id bigint,
    title character varying(255),
    description text,
    location_name character varying(255),
    location_address character varying(255),
    context_code character varying(255),
    sub_context_code character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    participants_per_appointment integer,
    max_appointments_per_participant integer,
    min_appointments_per_participant integer,
    participant_visibility character varying(255),
    CONSTRAINT appointment_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.ar_internal_metadata (
    key character varying,
    value character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (key)
);

CREATE TABLE canvas.assessment_question_bank_users (
    id bigint,
    assessment_question_bank_id bigint,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT assessment_question_bank_users_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assessment_question_banks (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    title text,
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    migration_id character varying(255),
    CONSTRAINT assessment_question_banks_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assessment_questions (
    id bigint,
    name text,
    question_data text,
    context_id bigint,
    context_type character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    assessment_question_bank_id bigint,
    deleted_at timestamp without time zone,
    migration_id character varying(255),
    "position" integer,
    CONSTRAINT assessment_questions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assessment_requests (
    id bigint,
    rubric_assessment_id bigint,
    user_id bigint,
    asset_id bigint,
    asset_type character varying(255),
    assessor_asset_id bigint,
    assessor_asset_type character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    uuid character varying(255),
    rubric_association_id bigint,
    assessor_id bigint,
    CONSTRAINT assessment_requests_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.asset_user_accesses (
    id bigint,
    asset_code character varying(255),
    asset_group_code character varying(255),
    user_id bigint,
    context_id bigint,
    context_type character varying(255),
    last_access timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    asset_category character varying(255),
    view_score double precision,
    participate_score double precision,
    action_level character varying(255),
    display_name text,
    membership_type character varying(255),
    CONSTRAINT asset_user_accesses_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assignment_configuration_tool_lookups (
    id bigint,
    assignment_id bigint,
    tool_id bigint,
    tool_type character varying(255),
    subscription_id character varying,
    tool_product_code character varying,
    tool_vendor_code character varying,
    tool_resource_type_code character varying,
    context_type character varying,
    CONSTRAINT assignment_configuration_tool_lookups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assignment_groups (
    id bigint,
    name character varying(255),
    rules text,
    default_assignment_name character varying(255),
    "position" integer,
    assignment_weighting_scheme character varying(255),
    group_weight double precision,
    context_id bigint,
    context_type character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    cloned_item_id bigint,
    context_code character varying(255),
    migration_id character varying(255),
    sis_source_id character varying(255),
    integration_data text,
    CONSTRAINT assignment_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assignment_override_students (
    id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    assignment_id bigint,
    assignment_override_id bigint,
    user_id bigint,
    quiz_id bigint,
    workflow_state character varying,
    CONSTRAINT assignment_override_students_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assignment_overrides (
    id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    assignment_id bigint,
    assignment_version integer,
    set_type character varying(255),
    set_id bigint,
    title character varying(255),
    workflow_state character varying(255),
    due_at_overridden boolean,
    due_at timestamp without time zone,
    all_day boolean,
    all_day_date date,
    unlock_at_overridden boolean,
    unlock_at timestamp without time zone,
    lock_at_overridden boolean,
    lock_at timestamp without time zone,
    quiz_id bigint,
    quiz_version integer,
    CONSTRAINT assignment_overrides_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.assignments (
    id bigint,
    title character varying(255),
    description text,
    due_at timestamp without time zone,
    unlock_at timestamp without time zone,
    lock_at timestamp without time zone,
    points_possible double precision,
    min_score double precision,
    max_score double precision,
    mastery_score double precision,
    grading_type character varying(255),
    submission_types character varying(255),
    workflow_state character varying(255),
    context_id bigint,
    context_type character varying(255),
    assignment_group_id bigint,
    grading_standard_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    group_category character varying(255),
    submissions_downloads integer,
    peer_review_count integer,
    peer_reviews_due_at timestamp without time zone,
    peer_reviews_assigned boolean,
    peer_reviews boolean,
    automatic_peer_reviews boolean,
    all_day boolean,
    all_day_date date,
    could_be_locked boolean,
    cloned_item_id bigint,
    context_code character varying(255),
    "position" integer,
    migration_id character varying(255),
    grade_group_students_individually boolean,
    anonymous_peer_reviews boolean,
    time_zone_edited character varying(255),
    turnitin_enabled boolean,
    allowed_extensions character varying(255),
    turnitin_settings text,
    muted boolean,
    group_category_id bigint,
    freeze_on_copy boolean,
    copied boolean,
    only_visible_to_overrides boolean,
    post_to_sis boolean,
    integration_id character varying(255),
    integration_data text,
    turnitin_id bigint,
    moderated_grading boolean,
    grades_published_at timestamp without time zone,
    omit_from_final_grade boolean,
    vericite_enabled boolean,
    intra_group_peer_reviews boolean,
    lti_context_id character varying,
    anonymous_instructor_annotations boolean,
    duplicate_of_id bigint,
    anonymous_grading boolean,
    graders_anonymous_to_graders boolean,
    grader_count integer,
    grader_comments_visible_to_graders boolean,
    grader_section_id bigint,
    final_grader_id bigint,
    grader_names_visible_to_final_grader boolean,
    duplication_started_at timestamp without time zone,
    importing_started_at timestamp without time zone,
    allowed_attempts integer,
    root_account_id bigint,
    sis_source_id character varying,
    migrate_from_id bigint,
    settings jsonb,
    CONSTRAINT assignments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.attachment_associations (
    id bigint,
    attachment_id bigint,
    context_id bigint,
    context_type character varying(255),
    CONSTRAINT attachment_associations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.attachment_upload_statuses (
    id bigint,
    attachment_id bigint,
    error text,
    created_at timestamp without time zone,
    CONSTRAINT attachment_upload_statuses_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.attachments (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    size bigint,
    folder_id bigint,
    content_type character varying(255),
    filename text,
    uuid character varying(255),
    display_name text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    user_id bigint,
    locked boolean,
    file_state character varying(255),
    deleted_at timestamp without time zone,
    "position" integer,
    lock_at timestamp without time zone,
    unlock_at timestamp without time zone,
    could_be_locked boolean,
    root_attachment_id bigint,
    cloned_item_id bigint,
    migration_id character varying(255),
    namespace character varying(255),
    media_entry_id character varying(255),
    md5 character varying(255),
    encoding character varying(255),
    need_notify boolean,
    upload_error_message text,
    replacement_attachment_id bigint,
    usage_rights_id bigint,
    modified_at timestamp without time zone,
    viewed_at timestamp without time zone,
    instfs_uuid character varying,
    CONSTRAINT attachments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.authentication_providers (
    id bigint,
    account_id bigint,
    auth_port integer,
    auth_host character varying(255),
    auth_base character varying(255),
    auth_username character varying(255),
    auth_crypted_password character varying(255),
    auth_password_salt character varying(255),
    auth_type character varying(255),
    auth_over_tls character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    log_in_url character varying(255),
    log_out_url character varying(255),
    identifier_format character varying(255),
    certificate_fingerprint text,
    entity_id character varying(255),
    auth_filter text,
    requested_authn_context character varying(255),
    last_timeout_failure timestamp without time zone,
    login_attribute text,
    idp_entity_id character varying(255),
    "position" integer,
    parent_registration boolean,
    workflow_state character varying(255),
    jit_provisioning boolean,
    metadata_uri character varying(255),
    settings json,
    CONSTRAINT authentication_providers_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.bookmarks_bookmarks (
    id bigint,
    user_id bigint,
    name character varying(255),
    url character varying(255),
    "position" integer,
    json text,
    CONSTRAINT bookmarks_bookmarks_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.brand_configs (
    md5 character varying(32),
    variables text,
    share boolean,
    name character varying(255),
    created_at timestamp without time zone,
    js_overrides text,
    css_overrides text,
    mobile_js_overrides text,
    mobile_css_overrides text,
    parent_md5 character varying(255),
    CONSTRAINT brand_configs_pkey PRIMARY KEY (md5)
);

CREATE TABLE canvas.calendar_events (
    id bigint,
    title character varying(255),
    description text,
    location_name character varying(255),
    location_address character varying(255),
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    context_id bigint,
    context_type character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    all_day boolean,
    all_day_date date,
    deleted_at timestamp without time zone,
    cloned_item_id bigint,
    context_code character varying(255),
    migration_id character varying(255),
    time_zone_edited character varying(255),
    parent_calendar_event_id bigint,
    effective_context_code character varying(255),
    participants_per_appointment integer,
    override_participants_per_appointment boolean,
    comments text,
    timetable_code character varying(255),
    CONSTRAINT calendar_events_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.canvadocs (
    id bigint,
    document_id character varying(255),
    process_state character varying(255),
    attachment_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    has_annotations boolean,
    CONSTRAINT canvadocs_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.canvadocs_submissions (
    id bigint,
    canvadoc_id bigint,
    crocodoc_document_id bigint,
    submission_id bigint,
    CONSTRAINT canvadocs_submissions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.cloned_items (
    id bigint,
    original_item_id bigint,
    original_item_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT cloned_items_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.collaborations (
    id bigint,
    collaboration_type character varying(255),
    document_id character varying(255),
    user_id bigint,
    context_id bigint,
    context_type character varying(255),
    url character varying(255),
    uuid character varying(255),
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description text,
    title character varying(255),
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    context_code character varying(255),
    type character varying(255),
    CONSTRAINT collaborations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.collaborators (
    id bigint,
    user_id bigint,
    collaboration_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    authorized_service_user_id character varying(255),
    group_id bigint,
    CONSTRAINT collaborators_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.communication_channels (
    id bigint,
    path character varying(255),
    path_type character varying(255),
    "position" integer,
    user_id bigint,
    pseudonym_id bigint,
    bounce_count integer,
    workflow_state character varying(255),
    confirmation_code character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    build_pseudonym_on_confirm boolean,
    last_bounce_at timestamp without time zone,
    last_bounce_details text,
    last_suppression_bounce_at timestamp without time zone,
    last_transient_bounce_at timestamp without time zone,
    last_transient_bounce_details text,
    confirmation_code_expires_at timestamp without time zone,
    confirmation_sent_count integer,
    CONSTRAINT communication_channels_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.content_exports (
    id bigint,
    user_id bigint,
    attachment_id bigint,
    export_type character varying(255),
    settings text,
    progress double precision,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    content_migration_id bigint,
    context_type character varying(255),
    context_id bigint,
    global_identifiers boolean,
    CONSTRAINT content_exports_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.content_migrations (
    id bigint,
    context_id bigint,
    user_id bigint,
    workflow_state character varying(255),
    migration_settings text,
    started_at timestamp without time zone,
    finished_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    progress double precision,
    context_type character varying(255),
    attachment_id bigint,
    overview_attachment_id bigint,
    exported_attachment_id bigint,
    source_course_id bigint,
    migration_type character varying(255),
    child_subscription_id bigint,
    CONSTRAINT content_migrations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.content_participation_counts (
    id bigint,
    content_type character varying(255),
    context_type character varying(255),
    context_id bigint,
    user_id bigint,
    unread_count integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT content_participation_counts_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.content_participations (
    id bigint,
    content_type character varying(255),
    content_id bigint,
    user_id bigint,
    workflow_state character varying(255),
    CONSTRAINT content_participations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.content_shares (
    id bigint,
    name character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    content_export_id bigint,
    sender_id bigint,
    read_state character varying(255),
    type character varying(255),
    CONSTRAINT content_shares_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.content_tags (
    id bigint,
    content_id bigint,
    content_type character varying(255),
    context_id bigint,
    context_type character varying(255),
    title text,
    tag character varying(255),
    url text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    comments text,
    tag_type character varying(255),
    context_module_id bigint,
    "position" integer,
    indent integer,
    migration_id character varying(255),
    learning_outcome_id bigint,
    context_code character varying(255),
    mastery_score double precision,
    rubric_association_id bigint,
    workflow_state character varying(255),
    cloned_item_id bigint,
    associated_asset_id bigint,
    associated_asset_type character varying(255),
    new_tab boolean,
    CONSTRAINT content_tags_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.context_external_tool_assignment_lookups (
    id bigint,
    assignment_id bigint,
    context_external_tool_id bigint,
    CONSTRAINT context_external_tool_assignment_lookups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.context_external_tool_placements (
    id bigint,
    placement_type character varying(255),
    context_external_tool_id bigint,
    CONSTRAINT context_external_tool_placements_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.context_external_tools (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    domain character varying(255),
    url character varying(4096),
    shared_secret text,
    consumer_key text,
    name character varying(255),
    description text,
    settings text,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    migration_id character varying(255),
    cloned_item_id bigint,
    tool_id character varying(255),
    not_selectable boolean,
    app_center_id character varying(255),
    allow_membership_service_access boolean,
    developer_key_id bigint,
    root_account_id bigint,
    CONSTRAINT context_external_tools_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.context_module_progressions (
    id bigint,
    context_module_id bigint,
    user_id bigint,
    requirements_met text,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    collapsed boolean,
    current_position integer,
    completed_at timestamp without time zone,
    current boolean,
    lock_version integer,
    evaluated_at timestamp without time zone,
    incomplete_requirements text,
    CONSTRAINT context_module_progressions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.context_modules (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    name text,
    "position" integer,
    prerequisites text,
    completion_requirements text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    unlock_at timestamp without time zone,
    migration_id character varying(255),
    require_sequential_progress boolean,
    cloned_item_id bigint,
    completion_events text,
    requirement_count integer,
    CONSTRAINT context_modules_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.conversation_batches (
    id bigint,
    workflow_state character varying(255),
    user_id bigint,
    recipient_ids text,
    root_conversation_message_id bigint,
    conversation_message_ids text,
    tags text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    context_type character varying(255),
    context_id bigint,
    subject character varying(255),
    "group" boolean,
    generate_user_note boolean,
    CONSTRAINT conversation_batches_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.conversation_message_participants (
    id bigint,
    conversation_message_id bigint,
    conversation_participant_id bigint,
    tags text,
    user_id bigint,
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    CONSTRAINT conversation_message_participants_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.conversation_messages (
    id bigint,
    conversation_id bigint,
    author_id bigint,
    created_at timestamp without time zone,
    generated boolean,
    body text,
    forwarded_message_ids text,
    media_comment_id character varying(255),
    media_comment_type character varying(255),
    context_id bigint,
    context_type character varying(255),
    asset_id bigint,
    asset_type character varying(255),
    attachment_ids text,
    has_attachments boolean,
    has_media_objects boolean,
    CONSTRAINT conversation_messages_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.conversation_participants (
    id bigint,
    conversation_id bigint,
    user_id bigint,
    last_message_at timestamp without time zone,
    subscribed boolean,
    workflow_state character varying(255),
    last_authored_at timestamp without time zone,
    has_attachments boolean,
    has_media_objects boolean,
    message_count integer,
    label character varying(255),
    tags text,
    visible_last_authored_at timestamp without time zone,
    root_account_ids text,
    private_hash character varying(255),
    updated_at timestamp without time zone,
    CONSTRAINT conversation_participants_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.conversations (
    id bigint,
    private_hash character varying(255),
    has_attachments boolean,
    has_media_objects boolean,
    tags text,
    root_account_ids text,
    subject character varying(255),
    context_type character varying(255),
    context_id bigint,
    updated_at timestamp without time zone,
    CONSTRAINT conversations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.course_account_associations (
    id bigint,
    course_id bigint,
    account_id bigint,
    depth integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    course_section_id bigint,
    CONSTRAINT course_account_associations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.course_sections (
    id bigint,
    sis_source_id character varying(255),
    sis_batch_id bigint,
    course_id bigint,
    root_account_id bigint,
    enrollment_term_id bigint,
    name character varying(255),
    default_section boolean,
    accepting_enrollments boolean,
    can_manually_enroll boolean,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    restrict_enrollments_to_section_dates boolean,
    nonxlist_course_id bigint,
    stuck_sis_fields text,
    integration_id character varying(255),
    CONSTRAINT course_sections_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.courses (
    id bigint,
    name character varying(255),
    account_id bigint,
    group_weighting_scheme character varying(255),
    workflow_state character varying(255),
    uuid character varying(255),
    start_at timestamp without time zone,
    conclude_at timestamp without time zone,
    grading_standard_id bigint,
    is_public boolean,
    allow_student_wiki_edits boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    show_public_context_messages boolean,
    syllabus_body text,
    allow_student_forum_attachments boolean,
    default_wiki_editing_roles character varying(255),
    wiki_id bigint,
    allow_student_organized_groups boolean,
    course_code character varying(255),
    default_view character varying(255),
    abstract_course_id bigint,
    root_account_id bigint,
    enrollment_term_id bigint,
    sis_source_id character varying(255),
    sis_batch_id bigint,
    open_enrollment boolean,
    storage_quota bigint,
    tab_configuration text,
    allow_wiki_comments boolean,
    turnitin_comments text,
    self_enrollment boolean,
    license character varying(255),
    indexed boolean,
    restrict_enrollments_to_course_dates boolean,
    template_course_id bigint,
    locale character varying(255),
    settings text,
    replacement_course_id bigint,
    stuck_sis_fields text,
    public_description text,
    self_enrollment_code character varying(255),
    self_enrollment_limit integer,
    integration_id character varying(255),
    time_zone character varying(255),
    lti_context_id character varying(255),
    turnitin_id bigint,
    show_announcements_on_home_page boolean,
    home_page_announcement_limit integer,
    latest_outcome_import_id bigint,
    grade_passback_setting character varying(255),
    CONSTRAINT courses_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.crocodoc_documents (
    id bigint,
    uuid character varying(255),
    process_state character varying(255),
    attachment_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT crocodoc_documents_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.csp_domains (
    id bigint,
    account_id bigint,
    domain character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT csp_domains_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.custom_data (
    id bigint,
    data text,
    namespace character varying(255),
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT custom_data_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.custom_gradebook_column_data (
    id bigint,
    content character varying(255),
    user_id bigint,
    custom_gradebook_column_id bigint,
    CONSTRAINT custom_gradebook_column_data_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.custom_gradebook_columns (
    id bigint,
    title character varying(255),
    "position" integer,
    workflow_state character varying(255),
    course_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    teacher_notes boolean,
    read_only boolean,
    CONSTRAINT custom_gradebook_columns_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.delayed_jobs (
    id bigint,
    priority integer,
    attempts integer,
    handler text,
    last_error text,
    queue character varying(255),
    run_at timestamp without time zone,
    locked_at timestamp without time zone,
    failed_at timestamp without time zone,
    locked_by character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tag character varying(255),
    max_attempts integer,
    strand character varying(255),
    next_in_strand boolean,
    shard_id bigint,
    source character varying(255),
    max_concurrent integer,
    expires_at timestamp without time zone,
    CONSTRAINT delayed_jobs_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.delayed_messages (
    id bigint,
    notification_id bigint,
    notification_policy_id bigint,
    context_id bigint,
    context_type character varying(255),
    communication_channel_id bigint,
    frequency character varying(255),
    workflow_state character varying(255),
    batched_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    send_at timestamp without time zone,
    link text,
    name_of_topic text,
    summary text,
    root_account_id bigint,
    CONSTRAINT delayed_messages_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.delayed_notifications (
    id bigint,
    notification_id bigint,
    asset_id bigint,
    asset_type character varying(255),
    recipient_keys text,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT delayed_notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.developer_key_account_bindings (
    id bigint,
    account_id bigint,
    developer_key_id bigint,
    workflow_state character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT developer_key_account_bindings_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.developer_keys (
    id bigint,
    api_key character varying(255),
    email character varying(255),
    user_name character varying(255),
    account_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    name character varying(255),
    redirect_uri character varying(255),
    icon_url character varying(255),
    sns_arn character varying(255),
    trusted boolean,
    force_token_reuse boolean,
    workflow_state character varying(255),
    replace_tokens boolean,
    auto_expire_tokens boolean,
    redirect_uris character varying(255)[],
    notes text,
    access_token_count integer,
    vendor_code character varying,
    visible boolean,
    scopes text,
    require_scopes boolean,
    test_cluster_only boolean,
    public_jwk jsonb,
    internal_service boolean,
    oidc_initiation_url text,
    public_jwk_url character varying,
    is_lti_key boolean,
    allow_includes boolean,
    CONSTRAINT developer_keys_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.discussion_entries (
    id bigint,
    message text,
    discussion_topic_id bigint,
    user_id bigint,
    parent_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    attachment_id bigint,
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    migration_id character varying(255),
    editor_id bigint,
    root_entry_id bigint,
    depth integer,
    rating_count integer,
    rating_sum integer,
    CONSTRAINT discussion_entries_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.discussion_entry_participants (
    id bigint,
    discussion_entry_id bigint,
    user_id bigint,
    workflow_state character varying(255),
    forced_read_state boolean,
    rating integer,
    CONSTRAINT discussion_entry_participants_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.discussion_topic_materialized_views (
    discussion_topic_id bigint,
    json_structure character varying(10485760),
    participants_array character varying(10485760),
    entry_ids_array character varying(10485760),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    generation_started_at timestamp without time zone,
    CONSTRAINT discussion_topic_materialized_views_pkey PRIMARY KEY (discussion_topic_id)
);

CREATE TABLE canvas.discussion_topic_participants (
    id bigint,
    discussion_topic_id bigint,
    user_id bigint,
    unread_entry_count integer,
    workflow_state character varying(255),
    subscribed boolean,
    CONSTRAINT discussion_topic_participants_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.discussion_topic_section_visibilities (
    id bigint,
    discussion_topic_id bigint,
    course_section_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    CONSTRAINT discussion_topic_section_visibilities_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.discussion_topics (
    id bigint,
    title character varying(255),
    message text,
    context_id bigint,
    context_type character varying(255),
    type character varying(255),
    user_id bigint,
    workflow_state character varying(255),
    last_reply_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    delayed_post_at timestamp without time zone,
    posted_at timestamp without time zone,
    assignment_id bigint,
    attachment_id bigint,
    deleted_at timestamp without time zone,
    root_topic_id bigint,
    could_be_locked boolean,
    cloned_item_id bigint,
    context_code character varying(255),
    "position" integer,
    migration_id character varying(255),
    old_assignment_id bigint,
    subtopics_refreshed_at timestamp without time zone,
    last_assignment_id bigint,
    external_feed_id bigint,
    editor_id bigint,
    podcast_enabled boolean,
    podcast_has_student_posts boolean,
    require_initial_post boolean,
    discussion_type character varying(255),
    lock_at timestamp without time zone,
    pinned boolean,
    locked boolean,
    group_category_id bigint,
    allow_rating boolean,
    only_graders_can_rate boolean,
    sort_by_rating boolean,
    todo_date timestamp without time zone,
    is_section_specific boolean,
    CONSTRAINT discussion_topics_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.enrollment_dates_overrides (
    id bigint,
    enrollment_term_id bigint,
    enrollment_type character varying(255),
    context_id bigint,
    context_type character varying(255),
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT enrollment_dates_overrides_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.enrollment_states (
    enrollment_id bigint,
    state character varying(255),
    state_is_current boolean,
    state_started_at timestamp without time zone,
    state_valid_until timestamp without time zone,
    restricted_access boolean,
    access_is_current boolean,
    lock_version integer,
    updated_at timestamp without time zone,
    CONSTRAINT enrollment_states_pkey PRIMARY KEY (enrollment_id)
);

CREATE TABLE canvas.enrollment_terms (
    id bigint,
    root_account_id bigint,
    name character varying(255),
    term_code character varying(255),
    sis_source_id character varying(255),
    sis_batch_id bigint,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    accepting_enrollments boolean,
    can_manually_enroll boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    stuck_sis_fields text,
    integration_id character varying(255),
    grading_period_group_id bigint,
    CONSTRAINT enrollment_terms_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.enrollments (
    id bigint,
    user_id bigint,
    course_id bigint,
    type character varying(255),
    uuid character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    associated_user_id bigint,
    sis_batch_id bigint,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    course_section_id bigint,
    root_account_id bigint,
    completed_at timestamp without time zone,
    self_enrolled boolean,
    grade_publishing_status character varying(255),
    last_publish_attempt_at timestamp without time zone,
    stuck_sis_fields text,
    grade_publishing_message text,
    limit_privileges_to_course_section boolean,
    last_activity_at timestamp without time zone,
    total_activity_time integer,
    role_id bigint,
    graded_at timestamp without time zone,
    sis_pseudonym_id bigint,
    last_attended_at timestamp without time zone,
    CONSTRAINT enrollments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.eportfolio_categories (
    id bigint,
    eportfolio_id bigint,
    name character varying(255),
    "position" integer,
    slug character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT eportfolio_categories_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.eportfolio_entries (
    id bigint,
    eportfolio_id bigint,
    eportfolio_category_id bigint,
    "position" integer,
    name character varying(255),
    allow_comments boolean,
    show_comments boolean,
    slug character varying(255),
    content text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT eportfolio_entries_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.eportfolios (
    id bigint,
    user_id bigint,
    name character varying(255),
    public boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    uuid character varying(255),
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    spam_status character varying,
    CONSTRAINT eportfolios_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.epub_exports (
    id bigint,
    content_export_id bigint,
    course_id bigint,
    user_id bigint,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    type character varying(255),
    CONSTRAINT epub_exports_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.error_reports (
    id bigint,
    backtrace text,
    url text,
    message text,
    comments text,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    email character varying(255),
    during_tests boolean,
    user_agent text,
    request_method character varying(255),
    http_env text,
    subject character varying(255),
    request_context_id character varying(255),
    account_id bigint,
    zendesk_ticket_id bigint,
    data text,
    category character varying(255),
    CONSTRAINT error_reports_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.event_stream_failures (
    id bigint,
    operation character varying(255),
    event_stream character varying(255),
    record_id character varying(255),
    payload text,
    exception text,
    backtrace text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT event_stream_failures_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.external_feed_entries (
    id bigint,
    user_id bigint,
    external_feed_id bigint,
    title text,
    message text,
    source_name character varying(255),
    source_url text,
    posted_at timestamp without time zone,
    workflow_state character varying(255),
    url text,
    author_name character varying(255),
    author_email character varying(255),
    author_url text,
    asset_id bigint,
    asset_type character varying(255),
    uuid character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT external_feed_entries_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.external_feeds (
    id bigint,
    user_id bigint,
    context_id bigint,
    context_type character varying(255),
    consecutive_failures integer,
    failures integer,
    refresh_at timestamp without time zone,
    title character varying(255),
    url character varying(255),
    header_match character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    verbosity character varying(255),
    migration_id character varying(255),
    CONSTRAINT external_feeds_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.external_integration_keys (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    key_value character varying(255),
    key_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT external_integration_keys_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.failed_jobs (
    id bigint,
    priority integer,
    attempts integer,
    handler text,
    last_error text,
    queue character varying(255),
    run_at timestamp without time zone,
    locked_at timestamp without time zone,
    failed_at timestamp without time zone,
    locked_by character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tag character varying(255),
    max_attempts integer,
    strand character varying(255),
    shard_id bigint,
    original_job_id bigint,
    source character varying(255),
    expires_at timestamp without time zone,
    CONSTRAINT failed_jobs_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.favorites (
    id bigint,
    user_id bigint,
    context_id bigint,
    context_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT favorites_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.feature_flags (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    feature character varying(255),
    state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    visibility character varying(255),
    manipulate character varying(255),
    CONSTRAINT feature_flags_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.folders (
    id bigint,
    name character varying(255),
    full_name text,
    context_id bigint,
    context_type character varying(255),
    parent_folder_id bigint,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    locked boolean,
    lock_at timestamp without time zone,
    unlock_at timestamp without time zone,
    cloned_item_id bigint,
    "position" integer,
    submission_context_code character varying(255),
    unique_type character varying,
    CONSTRAINT folders_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.gradebook_csvs (
    id bigint,
    user_id bigint,
    attachment_id bigint,
    progress_id bigint,
    course_id bigint,
    CONSTRAINT gradebook_csvs_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.gradebook_uploads (
    id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    course_id bigint,
    user_id bigint,
    progress_id bigint,
    gradebook text,
    CONSTRAINT gradebook_uploads_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.grading_period_groups (
    id bigint,
    course_id bigint,
    account_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    title character varying(255),
    weighted boolean,
    display_totals_for_all_grading_periods boolean,
    CONSTRAINT grading_period_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.grading_periods (
    id bigint,
    weight double precision,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    title character varying(255),
    workflow_state character varying(255),
    grading_period_group_id integer,
    close_date timestamp without time zone,
    CONSTRAINT grading_periods_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.grading_standards (
    id bigint,
    title character varying(255),
    data text,
    context_id bigint,
    context_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    usage_count integer,
    context_code character varying(255),
    workflow_state character varying(255),
    migration_id character varying(255),
    version integer,
    CONSTRAINT grading_standards_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.group_categories (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    name character varying(255),
    role character varying(255),
    deleted_at timestamp without time zone,
    self_signup character varying(255),
    group_limit integer,
    auto_leader character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    sis_source_id character varying,
    root_account_id bigint,
    sis_batch_id bigint,
    CONSTRAINT group_categories_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.group_memberships (
    id bigint,
    group_id bigint,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    uuid character varying(255),
    sis_batch_id bigint,
    moderator boolean,
    CONSTRAINT group_memberships_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.groups (
    id bigint,
    name character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    context_id bigint,
    context_type character varying(255),
    category character varying(255),
    max_membership integer,
    is_public boolean,
    account_id bigint,
    wiki_id bigint,
    deleted_at timestamp without time zone,
    join_level character varying(255),
    default_view character varying(255),
    migration_id character varying(255),
    storage_quota bigint,
    uuid character varying(255),
    root_account_id bigint,
    sis_source_id character varying(255),
    sis_batch_id bigint,
    stuck_sis_fields text,
    group_category_id bigint,
    description text,
    avatar_attachment_id bigint,
    leader_id bigint,
    lti_context_id character varying(255),
    CONSTRAINT groups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.ignores (
    id bigint,
    asset_type character varying(255),
    asset_id bigint,
    user_id bigint,
    purpose character varying(255),
    permanent boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT ignores_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.late_policies (
    id bigint,
    course_id bigint,
    missing_submission_deduction_enabled boolean,
    missing_submission_deduction numeric(5,2),
    late_submission_deduction_enabled boolean,
    late_submission_deduction numeric(5,2),
    late_submission_interval character varying(16),
    late_submission_minimum_percent_enabled boolean,
    late_submission_minimum_percent numeric(5,2),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT late_policies_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.learning_outcome_groups (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    title character varying(255),
    learning_outcome_group_id bigint,
    root_learning_outcome_group_id bigint,
    workflow_state character varying(255),
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    migration_id character varying(255),
    vendor_guid character varying(255),
    low_grade character varying(255),
    high_grade character varying(255),
    vendor_guid_2 character varying(255),
    migration_id_2 character varying(255),
    outcome_import_id bigint,
    CONSTRAINT learning_outcome_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.learning_outcome_question_results (
    id bigint,
    learning_outcome_result_id bigint,
    learning_outcome_id bigint,
    associated_asset_id bigint,
    associated_asset_type character varying(255),
    score double precision,
    possible double precision,
    mastery boolean,
    percent double precision,
    attempt integer,
    title text,
    original_score double precision,
    original_possible double precision,
    original_mastery boolean,
    assessed_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    submitted_at timestamp without time zone,
    CONSTRAINT learning_outcome_question_results_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.learning_outcome_results (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    context_code character varying(255),
    association_id bigint,
    association_type character varying(255),
    content_tag_id bigint,
    learning_outcome_id bigint,
    mastery boolean,
    user_id bigint,
    score double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    attempt integer,
    possible double precision,
    original_score double precision,
    original_possible double precision,
    original_mastery boolean,
    artifact_id bigint,
    artifact_type character varying(255),
    assessed_at timestamp without time zone,
    title character varying(255),
    percent double precision,
    associated_asset_id bigint,
    associated_asset_type character varying(255),
    submitted_at timestamp without time zone,
    hide_points boolean,
    hidden boolean,
    CONSTRAINT learning_outcome_results_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.learning_outcomes (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    short_description character varying(255),
    context_code character varying(255),
    description text,
    data text,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    migration_id character varying(255),
    vendor_guid character varying(255),
    low_grade character varying(255),
    high_grade character varying(255),
    display_name character varying(255),
    calculation_method character varying(255),
    calculation_int smallint,
    vendor_guid_2 character varying(255),
    migration_id_2 character varying(255),
    outcome_import_id bigint,
    CONSTRAINT learning_outcomes_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.live_assessments_assessments (
    id bigint,
    key character varying(255),
    title character varying(255),
    context_id bigint,
    context_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT live_assessments_assessments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.live_assessments_results (
    id bigint,
    user_id bigint,
    assessor_id bigint,
    assessment_id bigint,
    passed boolean,
    assessed_at timestamp without time zone,
    CONSTRAINT live_assessments_results_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.live_assessments_submissions (
    id bigint,
    user_id bigint,
    assessment_id bigint,
    possible double precision,
    score double precision,
    assessed_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT live_assessments_submissions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_line_items (
    id bigint,
    score_maximum double precision,
    label character varying,
    resource_id character varying,
    tag character varying,
    lti_resource_link_id bigint,
    assignment_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    client_id bigint,
    workflow_state character varying,
    extensions jsonb,
    CONSTRAINT lti_line_items_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_links (
    id bigint,
    resource_link_id character varying,
    vendor_code character varying,
    product_code character varying,
    resource_type_code character varying,
    linkable_id bigint,
    linkable_type character varying,
    custom_parameters text,
    resource_url text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT lti_links_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_message_handlers (
    id bigint,
    message_type character varying(255),
    launch_path character varying(255),
    capabilities text,
    parameters text,
    resource_handler_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tool_proxy_id bigint,
    CONSTRAINT lti_message_handlers_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_product_families (
    id bigint,
    vendor_code character varying(255),
    product_code character varying(255),
    vendor_name character varying(255),
    vendor_description text,
    website character varying(255),
    vendor_email character varying(255),
    root_account_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    developer_key_id bigint,
    CONSTRAINT lti_product_families_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_resource_handlers (
    id bigint,
    resource_type_code character varying(255),
    placements character varying(255),
    name character varying(255),
    description text,
    icon_info text,
    tool_proxy_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT lti_resource_handlers_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_resource_links (
    id bigint,
    resource_link_id character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    context_external_tool_id bigint,
    workflow_state character varying,
    CONSTRAINT lti_resource_links_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_resource_placements (
    id bigint,
    placement character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    message_handler_id bigint,
    CONSTRAINT lti_resource_placements_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_results (
    id bigint,
    result_score double precision,
    result_maximum double precision,
    comment text,
    activity_progress character varying,
    grading_progress character varying,
    lti_line_item_id bigint,
    submission_id bigint,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying,
    extensions jsonb,
    CONSTRAINT lti_results_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_tool_configurations (
    id bigint,
    developer_key_id bigint,
    settings jsonb,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    disabled_placements character varying[],
    privacy_level character varying,
    CONSTRAINT lti_tool_configurations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_tool_consumer_profiles (
    id bigint,
    services text,
    capabilities text,
    uuid character varying,
    developer_key_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT lti_tool_consumer_profiles_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_tool_proxies (
    id bigint,
    shared_secret text,
    guid character varying(255),
    product_version character varying(255),
    lti_version character varying(255),
    product_family_id bigint,
    context_id bigint,
    workflow_state character varying(255),
    raw_data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    context_type character varying(255),
    name character varying(255),
    description text,
    update_payload text,
    registration_url text,
    CONSTRAINT lti_tool_proxies_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_tool_proxy_bindings (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    tool_proxy_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    enabled boolean,
    CONSTRAINT lti_tool_proxy_bindings_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.lti_tool_settings (
    id bigint,
    tool_proxy_id bigint,
    context_id bigint,
    context_type character varying(255),
    resource_link_id text,
    custom text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    product_code character varying,
    vendor_code character varying,
    resource_type_code character varying,
    custom_parameters text,
    resource_url text,
    CONSTRAINT lti_tool_settings_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.master_courses_child_content_tags (
    id bigint,
    child_subscription_id bigint,
    content_type character varying(255),
    content_id bigint,
    downstream_changes text,
    migration_id character varying,
    CONSTRAINT master_courses_child_content_tags_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.master_courses_child_subscriptions (
    id bigint,
    master_template_id bigint,
    child_course_id bigint,
    workflow_state character varying(255),
    use_selective_copy boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT master_courses_child_subscriptions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.master_courses_master_content_tags (
    id bigint,
    master_template_id bigint,
    content_type character varying(255),
    content_id bigint,
    current_migration_id bigint,
    restrictions text,
    migration_id character varying,
    use_default_restrictions boolean,
    CONSTRAINT master_courses_master_content_tags_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.master_courses_master_migrations (
    id bigint,
    master_template_id bigint,
    user_id bigint,
    export_results text,
    exports_started_at timestamp without time zone,
    imports_queued_at timestamp without time zone,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    imports_completed_at timestamp without time zone,
    comment text,
    send_notification boolean,
    migration_settings text,
    CONSTRAINT master_courses_master_migrations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.master_courses_master_templates (
    id bigint,
    course_id bigint,
    full_course boolean,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    active_migration_id bigint,
    default_restrictions text,
    use_default_restrictions_by_type boolean,
    default_restrictions_by_type text,
    CONSTRAINT master_courses_master_templates_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.master_courses_migration_results (
    id bigint,
    master_migration_id bigint,
    content_migration_id bigint,
    child_subscription_id bigint,
    import_type character varying,
    state character varying,
    results text,
    CONSTRAINT master_courses_migration_results_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.media_objects (
    id bigint,
    user_id bigint,
    context_id bigint,
    context_type character varying(255),
    workflow_state character varying(255),
    user_type character varying(255),
    title character varying(255),
    user_entered_title character varying(255),
    media_id character varying(255),
    media_type character varying(255),
    duration integer,
    max_size integer,
    root_account_id bigint,
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    attachment_id bigint,
    total_size integer,
    old_media_id character varying(255),
    CONSTRAINT media_objects_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.media_tracks (
    id bigint,
    user_id bigint,
    media_object_id bigint,
    kind character varying(255),
    locale character varying(255),
    content text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    webvtt_content text,
    CONSTRAINT media_tracks_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.messages (
    id bigint,
    "to" text,
    "from" text,
    subject text,
    body text,
    delay_for integer,
    dispatch_at timestamp without time zone,
    sent_at timestamp without time zone,
    workflow_state character varying(255),
    transmission_errors text,
    is_bounced boolean,
    notification_id bigint,
    communication_channel_id bigint,
    context_id bigint,
    context_type character varying(255),
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    notification_name character varying(255),
    url text,
    path_type character varying(255),
    from_name text,
    to_email boolean,
    html_body text,
    root_account_id bigint,
    reply_to_name character varying(255),
    CONSTRAINT messages_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.messages_2020_07 (
    id bigint,
    "to" text,
    "from" text,
    cc character varying,
    bcc character varying,
    subject text,
    body text,
    delay_for integer,
    dispatch_at timestamp without time zone,
    sent_at timestamp without time zone,
    workflow_state character varying(255),
    transmission_errors text,
    is_bounced boolean,
    notification_id bigint,
    communication_channel_id bigint,
    context_id bigint,
    context_type character varying(255),
    asset_context_id bigint,
    asset_context_type character varying(255),
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    notification_name character varying(255),
    url text,
    path_type character varying(255),
    from_name text,
    asset_context_code character varying(255),
    notification_category character varying,
    to_email boolean,
    html_body text,
    root_account_id bigint,
    reply_to_name character varying(255),
    CONSTRAINT messages_2020_07_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.messages_2020_08 (
    id bigint,
    "to" text,
    "from" text,
    cc character varying,
    bcc character varying,
    subject text,
    body text,
    delay_for integer,
    dispatch_at timestamp without time zone,
    sent_at timestamp without time zone,
    workflow_state character varying(255),
    transmission_errors text,
    is_bounced boolean,
    notification_id bigint,
    communication_channel_id bigint,
    context_id bigint,
    context_type character varying(255),
    asset_context_id bigint,
    asset_context_type character varying(255),
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    notification_name character varying(255),
    url text,
    path_type character varying(255),
    from_name text,
    asset_context_code character varying(255),
    notification_category character varying,
    to_email boolean,
    html_body text,
    root_account_id bigint,
    reply_to_name character varying(255),
    CONSTRAINT messages_2020_08_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.messages_2020_09 (
    id bigint,
    "to" text,
    "from" text,
    cc character varying,
    bcc character varying,
    subject text,
    body text,
    delay_for integer,
    dispatch_at timestamp without time zone,
    sent_at timestamp without time zone,
    workflow_state character varying(255),
    transmission_errors text,
    is_bounced boolean,
    notification_id bigint,
    communication_channel_id bigint,
    context_id bigint,
    context_type character varying(255),
    asset_context_id bigint,
    asset_context_type character varying(255),
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    notification_name character varying(255),
    url text,
    path_type character varying(255),
    from_name text,
    asset_context_code character varying(255),
    notification_category character varying,
    to_email boolean,
    html_body text,
    root_account_id bigint,
    reply_to_name character varying(255),
    CONSTRAINT messages_2020_09_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.migration_issues (
    id bigint,
    content_migration_id bigint,
    description text,
    workflow_state character varying(255),
    fix_issue_html_url text,
    issue_type character varying(255),
    error_report_id bigint,
    error_message text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT migration_issues_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.moderated_grading_provisional_grades (
    id bigint,
    grade character varying(255),
    score double precision,
    graded_at timestamp without time zone,
    scorer_id bigint,
    submission_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    final boolean,
    source_provisional_grade_id bigint,
    graded_anonymously boolean,
    CONSTRAINT moderated_grading_provisional_grades_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.moderated_grading_selections (
    id bigint,
    assignment_id bigint,
    student_id bigint,
    selected_provisional_grade_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT moderated_grading_selections_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.moderation_graders (
    id bigint,
    anonymous_id character varying(5),
    assignment_id bigint,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    slot_taken boolean,
    CONSTRAINT moderation_graders_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.notification_endpoints (
    id bigint,
    access_token_id bigint,
    token character varying(255),
    arn character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying,
    CONSTRAINT notification_endpoints_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.notification_policies (
    id bigint,
    notification_id bigint,
    communication_channel_id bigint,
    frequency character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT notification_policies_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.notifications (
    id bigint,
    workflow_state character varying(255),
    name character varying(255),
    subject character varying(255),
    category character varying(255),
    delay_for integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    main_link character varying(255),
    CONSTRAINT notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.oauth_requests (
    id bigint,
    token character varying(255),
    secret character varying(255),
    user_secret character varying(255),
    return_url character varying(4096),
    workflow_state character varying(255),
    user_id bigint,
    original_host_with_port character varying(255),
    service character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT oauth_requests_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.observer_alert_thresholds (
    id bigint,
    alert_type character varying,
    threshold character varying,
    workflow_state character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    observer_id bigint,
    CONSTRAINT observer_alert_thresholds_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.observer_alerts (
    id bigint,
    observer_alert_threshold_id bigint,
    context_type character varying,
    context_id bigint,
    alert_type character varying,
    workflow_state character varying,
    action_date timestamp without time zone,
    title character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    observer_id bigint,
    CONSTRAINT observer_alerts_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.observer_pairing_codes (
    id bigint,
    user_id bigint,
    code character varying(10),
    expires_at timestamp without time zone,
    workflow_state character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT observer_pairing_codes_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.one_time_passwords (
    id bigint,
    user_id bigint,
    code character varying,
    used boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT one_time_passwords_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.originality_reports (
    id bigint,
    attachment_id bigint,
    originality_score double precision,
    originality_report_attachment_id bigint,
    originality_report_url text,
    originality_report_lti_url text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    submission_id bigint,
    workflow_state character varying,
    link_id text,
    error_message text,
    submission_time timestamp without time zone,
    CONSTRAINT originality_reports_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.outcome_import_errors (
    id bigint,
    outcome_import_id bigint,
    message character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    "row" integer,
    failure boolean,
    CONSTRAINT outcome_import_errors_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.outcome_imports (
    id bigint,
    workflow_state character varying,
    context_id bigint,
    context_type character varying,
    user_id bigint,
    attachment_id bigint,
    progress integer,
    ended_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    data json,
    CONSTRAINT outcome_imports_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.outcome_proficiencies (
    id bigint,
    account_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT outcome_proficiencies_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.outcome_proficiency_ratings (
    id bigint,
    outcome_proficiency_id bigint,
    description character varying(255),
    points double precision,
    mastery boolean,
    color character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT outcome_proficiency_ratings_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.page_comments (
    id bigint,
    message text,
    page_id bigint,
    page_type character varying(255),
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT page_comments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.page_views (
    request_id character varying(255),
    session_id character varying(255),
    user_id bigint,
    url text,
    context_id bigint,
    context_type character varying(255),
    asset_id bigint,
    asset_type character varying(255),
    controller character varying(255),
    action character varying(255),
    interaction_seconds double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    developer_key_id bigint,
    user_request boolean,
    render_time double precision,
    user_agent text,
    asset_user_access_id bigint,
    participated boolean,
    summarized boolean,
    account_id bigint,
    real_user_id bigint,
    http_method character varying(255),
    remote_ip character varying(255),
    CONSTRAINT page_views_pkey PRIMARY KEY (request_id)
);

CREATE TABLE canvas.parallel_importers (
    id bigint,
    sis_batch_id bigint,
    workflow_state character varying(255),
    index bigint,
    batch_size bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    started_at timestamp without time zone,
    ended_at timestamp without time zone,
    importer_type character varying(255),
    attachment_id bigint,
    rows_processed integer,
    CONSTRAINT parallel_importers_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.planner_notes (
    id bigint,
    todo_date timestamp without time zone,
    title character varying,
    details text,
    user_id bigint,
    course_id bigint,
    workflow_state character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    linked_object_type character varying,
    linked_object_id bigint,
    CONSTRAINT planner_notes_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.planner_overrides (
    id bigint,
    plannable_type character varying,
    plannable_id bigint,
    user_id bigint,
    workflow_state character varying,
    marked_complete boolean,
    deleted_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    dismissed boolean,
    CONSTRAINT planner_overrides_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.plugin_settings (
    id bigint,
    name character varying(255),
    settings text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    disabled boolean,
    CONSTRAINT plugin_settings_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.polling_poll_choices (
    id bigint,
    text character varying(255),
    is_correct boolean,
    poll_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    "position" integer,
    CONSTRAINT polling_poll_choices_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.polling_poll_sessions (
    id bigint,
    is_published boolean,
    has_public_results boolean,
    course_id bigint,
    course_section_id bigint,
    poll_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT polling_poll_sessions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.polling_poll_submissions (
    id bigint,
    poll_id bigint,
    poll_choice_id bigint,
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    poll_session_id bigint,
    CONSTRAINT polling_poll_submissions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.polling_polls (
    id bigint,
    question character varying(255),
    description character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id bigint,
    CONSTRAINT polling_polls_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.post_policies (
    id bigint,
    post_manually boolean,
    course_id bigint,
    assignment_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT post_policies_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.profiles (
    id bigint,
    root_account_id bigint,
    context_type character varying(255),
    context_id bigint,
    title character varying(255),
    path character varying(255),
    description text,
    data text,
    visibility character varying(255),
    "position" integer,
    CONSTRAINT profiles_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.progresses (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    user_id bigint,
    tag character varying(255),
    completion double precision,
    delayed_job_id character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    message text,
    cache_key_context character varying(255),
    results text,
    CONSTRAINT progresses_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.pseudonyms (
    id bigint,
    user_id bigint,
    account_id bigint,
    workflow_state character varying(255),
    unique_id character varying(255),
    crypted_password character varying(255),
    password_salt character varying(255),
    persistence_token character varying(255),
    single_access_token character varying(255),
    perishable_token character varying(255),
    login_count integer,
    failed_login_count integer,
    last_request_at timestamp without time zone,
    last_login_at timestamp without time zone,
    current_login_at timestamp without time zone,
    last_login_ip character varying(255),
    current_login_ip character varying(255),
    reset_password_token character varying(255),
    "position" integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    password_auto_generated boolean,
    deleted_at timestamp without time zone,
    sis_batch_id bigint,
    sis_user_id character varying(255),
    sis_ssha character varying(255),
    communication_channel_id bigint,
    sis_communication_channel_id bigint,
    stuck_sis_fields text,
    integration_id character varying(255),
    authentication_provider_id bigint,
    CONSTRAINT pseudonyms_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.purgatories (
    id bigint,
    attachment_id bigint,
    deleted_by_user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying,
    old_filename character varying,
    old_display_name character varying(255),
    old_content_type character varying(255),
    new_instfs_uuid character varying,
    CONSTRAINT purgatories_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_groups (
    id bigint,
    quiz_id bigint,
    name character varying(255),
    pick_count integer,
    question_points double precision,
    "position" integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    migration_id character varying(255),
    assessment_question_bank_id bigint,
    CONSTRAINT quiz_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_question_regrades (
    id bigint,
    quiz_regrade_id bigint,
    quiz_question_id bigint,
    regrade_option character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT quiz_question_regrades_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_questions (
    id bigint,
    quiz_id bigint,
    quiz_group_id bigint,
    assessment_question_id bigint,
    question_data text,
    assessment_question_version integer,
    "position" integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    migration_id character varying(255),
    workflow_state character varying(255),
    duplicate_index integer,
    CONSTRAINT quiz_questions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_regrade_runs (
    id bigint,
    quiz_regrade_id bigint,
    started_at timestamp without time zone,
    finished_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT quiz_regrade_runs_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_regrades (
    id bigint,
    user_id bigint,
    quiz_id bigint,
    quiz_version integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT quiz_regrades_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_statistics (
    id bigint,
    quiz_id bigint,
    includes_all_versions boolean,
    anonymous boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    report_type character varying(255),
    includes_sis_ids boolean,
    CONSTRAINT quiz_statistics_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_submission_events (
    id bigint,
    attempt integer,
    event_type character varying(255),
    quiz_submission_id bigint,
    event_data text,
    created_at timestamp without time zone,
    client_timestamp timestamp without time zone,
    CONSTRAINT quiz_submission_events_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_submission_events_2020_2 (
    id bigint,
    attempt integer,
    event_type character varying(255),
    quiz_submission_id bigint,
    event_data text,
    created_at timestamp without time zone,
    CONSTRAINT quiz_submission_events_2020_2_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_submission_events_2020_3 (
    id bigint,
    attempt integer,
    event_type character varying(255),
    quiz_submission_id bigint,
    event_data text,
    created_at timestamp without time zone,
    CONSTRAINT quiz_submission_events_2020_3_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_submission_events_2020_4 (
    id bigint,
    attempt integer,
    event_type character varying(255),
    quiz_submission_id bigint,
    event_data text,
    created_at timestamp without time zone,
    CONSTRAINT quiz_submission_events_2020_4_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_submission_snapshots (
    id bigint,
    quiz_submission_id bigint,
    attempt integer,
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT quiz_submission_snapshots_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quiz_submissions (
    id bigint,
    quiz_id bigint,
    quiz_version integer,
    user_id bigint,
    submission_data text,
    submission_id bigint,
    score double precision,
    kept_score double precision,
    quiz_data text,
    started_at timestamp without time zone,
    end_at timestamp without time zone,
    finished_at timestamp without time zone,
    attempt integer,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    fudge_points double precision,
    quiz_points_possible double precision,
    extra_attempts integer,
    temporary_user_code character varying(255),
    extra_time integer,
    manually_unlocked boolean,
    manually_scored boolean,
    validation_token character varying(255),
    score_before_regrade double precision,
    was_preview boolean,
    has_seen_results boolean,
    question_references_fixed boolean,
    CONSTRAINT quiz_submissions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.quizzes (
    id bigint,
    title character varying(255),
    description text,
    quiz_data text,
    points_possible double precision,
    context_id bigint,
    context_type character varying(255),
    assignment_id bigint,
    workflow_state character varying(255),
    shuffle_answers boolean,
    show_correct_answers boolean,
    time_limit integer,
    allowed_attempts integer,
    scoring_policy character varying(255),
    quiz_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    lock_at timestamp without time zone,
    unlock_at timestamp without time zone,
    deleted_at timestamp without time zone,
    could_be_locked boolean,
    cloned_item_id bigint,
    access_code character varying(255),
    migration_id character varying(255),
    unpublished_question_count integer,
    due_at timestamp without time zone,
    question_count integer,
    last_assignment_id bigint,
    published_at timestamp without time zone,
    last_edited_at timestamp without time zone,
    anonymous_submissions boolean,
    assignment_group_id bigint,
    hide_results character varying(255),
    ip_filter character varying(255),
    require_lockdown_browser boolean,
    require_lockdown_browser_for_results boolean,
    one_question_at_a_time boolean,
    cant_go_back boolean,
    show_correct_answers_at timestamp without time zone,
    hide_correct_answers_at timestamp without time zone,
    require_lockdown_browser_monitor boolean,
    lockdown_browser_monitor_data text,
    only_visible_to_overrides boolean,
    one_time_results boolean,
    show_correct_answers_last_attempt boolean,
    CONSTRAINT quizzes_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.report_snapshots (
    id bigint,
    report_type character varying(255),
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    account_id bigint,
    CONSTRAINT report_snapshots_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.role_overrides (
    id bigint,
    permission character varying(255),
    enabled boolean,
    locked boolean,
    context_id bigint,
    context_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    applies_to_self boolean,
    applies_to_descendants boolean,
    role_id bigint,
    CONSTRAINT role_overrides_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.roles (
    id bigint,
    name character varying(255),
    base_role_type character varying(255),
    account_id bigint,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    root_account_id bigint,
    CONSTRAINT roles_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.rubric_assessments (
    id bigint,
    user_id bigint,
    rubric_id bigint,
    rubric_association_id bigint,
    score double precision,
    data text,
    comments text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    artifact_id bigint,
    artifact_type character varying(255),
    assessment_type character varying(255),
    assessor_id bigint,
    artifact_attempt integer,
    hide_points boolean,
    CONSTRAINT rubric_assessments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.rubric_associations (
    id bigint,
    rubric_id bigint,
    association_id bigint,
    association_type character varying(255),
    use_for_grading boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    title character varying(255),
    summary_data text,
    purpose character varying(255),
    url character varying(255),
    context_id bigint,
    context_type character varying(255),
    hide_score_total boolean,
    bookmarked boolean,
    context_code character varying(255),
    hide_points boolean,
    hide_outcome_results boolean,
    CONSTRAINT rubric_associations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.rubrics (
    id bigint,
    user_id bigint,
    rubric_id bigint,
    context_id bigint,
    context_type character varying(255),
    data text,
    points_possible double precision,
    title character varying(255),
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    reusable boolean,
    public boolean,
    read_only boolean,
    association_count integer,
    free_form_criterion_comments boolean,
    context_code character varying(255),
    migration_id character varying(255),
    hide_score_total boolean,
    workflow_state character varying(255),
    CONSTRAINT rubrics_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.schema_migrations (
    version character varying(255),
    CONSTRAINT schema_migrations_pkey PRIMARY KEY (version)
);

CREATE TABLE canvas.score_metadata (
    id bigint,
    score_id bigint,
    calculation_details json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying,
    CONSTRAINT score_metadata_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.score_statistics (
    id bigint,
    assignment_id bigint,
    minimum double precision,
    maximum double precision,
    mean double precision,
    count integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT score_statistics_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.scores (
    id bigint,
    enrollment_id bigint,
    grading_period_id bigint,
    workflow_state character varying(255),
    current_score double precision,
    final_score double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    assignment_group_id bigint,
    course_score boolean,
    unposted_current_score double precision,
    unposted_final_score double precision,
    current_points double precision,
    unposted_current_points double precision,
    final_points double precision,
    unposted_final_points double precision,
    override_score double precision,
    CONSTRAINT scores_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.session_persistence_tokens (
    id bigint,
    token_salt character varying(255),
    crypted_token character varying(255),
    pseudonym_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT session_persistence_tokens_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.sessions (
    id bigint,
    session_id character varying(255),
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.settings (
    id bigint,
    name character varying(255),
    value text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT settings_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.shared_brand_configs (
    id bigint,
    name character varying(255),
    account_id bigint,
    brand_config_md5 character varying(32),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT shared_brand_configs_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.sis_batch_errors (
    id bigint,
    sis_batch_id bigint,
    root_account_id bigint,
    message text,
    backtrace text,
    file character varying(255),
    failure boolean,
    "row" integer,
    created_at timestamp without time zone,
    row_info text,
    CONSTRAINT sis_batch_errors_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.sis_batch_roll_back_data (
    id bigint,
    sis_batch_id bigint,
    context_type character varying(255),
    context_id bigint,
    previous_workflow_state character varying(255),
    updated_workflow_state character varying(255),
    batch_mode_delete boolean,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT sis_batch_roll_back_data_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.sis_batches (
    id bigint,
    account_id bigint,
    ended_at timestamp without time zone,
    workflow_state character varying(255),
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    attachment_id bigint,
    progress integer,
    processing_errors text,
    processing_warnings text,
    batch_mode boolean,
    batch_mode_term_id bigint,
    options text,
    user_id bigint,
    started_at timestamp without time zone,
    diffing_data_set_identifier character varying(255),
    diffing_remaster boolean,
    generated_diff_id bigint,
    errors_attachment_id bigint,
    change_threshold integer,
    CONSTRAINT sis_batches_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.sis_post_grades_statuses (
    id bigint,
    course_id bigint,
    course_section_id bigint,
    user_id bigint,
    status character varying(255),
    message character varying(255),
    grades_posted_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT sis_post_grades_statuses_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.stream_item_instances (
    id bigint,
    user_id bigint,
    stream_item_id bigint,
    hidden boolean,
    workflow_state character varying(255),
    context_type character varying(255),
    context_id bigint,
    CONSTRAINT stream_item_instances_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.stream_items (
    id bigint,
    data text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    context_type character varying(255),
    context_id bigint,
    asset_type character varying(255),
    asset_id bigint,
    notification_category character varying(255),
    CONSTRAINT stream_items_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.submission_comments (
    id bigint,
    comment text,
    submission_id bigint,
    author_id bigint,
    author_name character varying(255),
    group_comment_id character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    attachment_ids text,
    assessment_request_id bigint,
    media_comment_id character varying(255),
    media_comment_type character varying(255),
    context_id bigint,
    context_type character varying(255),
    cached_attachments text,
    anonymous boolean,
    teacher_only_comment boolean,
    hidden boolean,
    provisional_grade_id bigint,
    draft boolean,
    edited_at timestamp without time zone,
    attempt integer,
    CONSTRAINT submission_comments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.submission_draft_attachments (
    id bigint,
    submission_draft_id bigint,
    attachment_id bigint,
    CONSTRAINT submission_draft_attachments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.submission_drafts (
    id bigint,
    submission_id bigint,
    submission_attempt integer,
    body text,
    url text,
    active_submission_type character varying,
    media_object_id character varying,
    CONSTRAINT submission_drafts_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.submission_versions (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    version_id bigint,
    user_id bigint,
    assignment_id bigint,
    CONSTRAINT submission_versions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.submissions (
    id bigint,
    body text,
    url character varying(255),
    attachment_id bigint,
    grade character varying(255),
    score double precision,
    submitted_at timestamp without time zone,
    assignment_id bigint,
    user_id bigint,
    submission_type character varying(255),
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    group_id bigint,
    attachment_ids text,
    processed boolean,
    grade_matches_current_submission boolean,
    published_score double precision,
    published_grade character varying(255),
    graded_at timestamp without time zone,
    student_entered_score double precision,
    grader_id bigint,
    media_comment_id character varying(255),
    media_comment_type character varying(255),
    quiz_submission_id bigint,
    submission_comments_count integer,
    attempt integer,
    context_code character varying(255),
    media_object_id bigint,
    turnitin_data text,
    cached_due_date timestamp without time zone,
    excused boolean,
    graded_anonymously boolean,
    late_policy_status character varying(16),
    points_deducted numeric(6,2),
    grading_period_id bigint,
    seconds_late_override bigint,
    lti_user_id character varying,
    anonymous_id character varying(5),
    last_comment_at timestamp without time zone,
    extra_attempts integer,
    posted_at timestamp without time zone,
    cached_quiz_lti boolean,
    CONSTRAINT submissions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.switchman_shards (
    id bigint,
    name character varying(255),
    database_server_id character varying(255),
    "default" boolean,
    settings text,
    delayed_jobs_shard_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT switchman_shards_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.terms_of_service_contents (
    id bigint,
    content text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    terms_updated_at timestamp without time zone,
    workflow_state character varying,
    account_id bigint,
    CONSTRAINT terms_of_service_contents_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.terms_of_services (
    id bigint,
    terms_type character varying,
    passive boolean,
    terms_of_service_content_id bigint,
    account_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying,
    CONSTRAINT terms_of_services_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.thumbnails (
    id bigint,
    parent_id bigint,
    content_type character varying(255),
    filename character varying(255),
    thumbnail character varying(255),
    size integer,
    width integer,
    height integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    uuid character varying(255),
    namespace character varying(255),
    CONSTRAINT thumbnails_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.usage_rights (
    id bigint,
    context_id bigint,
    context_type character varying(255),
    use_justification character varying(255),
    license character varying(255),
    legal_copyright text,
    CONSTRAINT usage_rights_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_account_associations (
    id bigint,
    user_id bigint,
    account_id bigint,
    depth integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT user_account_associations_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_merge_data (
    id bigint,
    user_id bigint,
    from_user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    workflow_state character varying(255),
    CONSTRAINT user_merge_data_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_merge_data_items (
    id bigint,
    user_merge_data_id bigint,
    user_id bigint,
    item_type character varying(255),
    item text,
    CONSTRAINT user_merge_data_items_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_merge_data_records (
    id bigint,
    user_merge_data_id bigint,
    context_id bigint,
    previous_user_id bigint,
    context_type character varying(255),
    previous_workflow_state character varying(255),
    CONSTRAINT user_merge_data_records_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_notes (
    id bigint,
    user_id bigint,
    note text,
    title character varying(255),
    created_by_id bigint,
    workflow_state character varying(255),
    deleted_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT user_notes_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_observers (
    id bigint,
    user_id bigint,
    observer_id bigint,
    workflow_state character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    sis_batch_id bigint,
    root_account_id bigint,
    CONSTRAINT user_observers_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_past_lti_ids (
    id bigint,
    user_id bigint,
    context_id bigint,
    context_type character varying(255),
    user_uuid character varying(255),
    user_lti_id text,
    user_lti_context_id character varying(255),
    CONSTRAINT user_past_lti_ids_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_profile_links (
    id bigint,
    url character varying(4096),
    title character varying(255),
    user_profile_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT user_profile_links_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_profiles (
    id bigint,
    bio text,
    title character varying(255),
    user_id bigint,
    CONSTRAINT user_profiles_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.user_services (
    id bigint,
    user_id bigint,
    token text,
    secret character varying(255),
    protocol character varying(255),
    service character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    service_user_url character varying(255),
    service_user_id character varying(255),
    service_user_name character varying(255),
    service_domain character varying(255),
    crypted_password character varying(255),
    password_salt character varying(255),
    type character varying(255),
    workflow_state character varying(255),
    last_result_id character varying(255),
    refresh_at timestamp without time zone,
    visible boolean,
    CONSTRAINT user_services_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.users (
    id bigint,
    name character varying(255),
    sortable_name character varying(255),
    workflow_state character varying(255),
    time_zone character varying(255),
    uuid character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    avatar_image_url character varying(255),
    avatar_image_source character varying(255),
    avatar_image_updated_at timestamp without time zone,
    phone character varying(255),
    school_name character varying(255),
    school_position character varying(255),
    short_name character varying(255),
    deleted_at timestamp without time zone,
    show_user_services boolean,
    gender character varying(255),
    page_views_count integer,
    reminder_time_for_due_dates integer,
    reminder_time_for_grading integer,
    storage_quota bigint,
    visible_inbox_types character varying(255),
    last_user_note timestamp without time zone,
    subscribe_to_emails boolean,
    features_used text,
    preferences text,
    avatar_state character varying(255),
    locale character varying(255),
    browser_locale character varying(255),
    unread_conversations_count integer,
    stuck_sis_fields text,
    public boolean,
    birthdate timestamp without time zone,
    otp_secret_key_enc character varying(255),
    otp_secret_key_salt character varying(255),
    otp_communication_channel_id bigint,
    initial_enrollment_type character varying(255),
    crocodoc_id integer,
    last_logged_out timestamp without time zone,
    lti_context_id character varying(255),
    turnitin_id bigint,
    lti_id text,
    pronouns character varying,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.versions (
    id bigint,
    versionable_id bigint,
    versionable_type character varying(255),
    number integer,
    yaml text,
    created_at timestamp without time zone,
    CONSTRAINT versions_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.versions_0 (
    id bigint,
    versionable_id bigint,
    versionable_type character varying(255),
    number integer,
    yaml text,
    created_at timestamp without time zone,
    CONSTRAINT versions_0_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.versions_1 (
    id bigint,
    versionable_id bigint,
    versionable_type character varying(255),
    number integer,
    yaml text,
    created_at timestamp without time zone,
    CONSTRAINT versions_1_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.viewed_submission_comments (
    id bigint,
    user_id bigint,
    submission_comment_id bigint,
    viewed_at timestamp without time zone,
    CONSTRAINT viewed_submission_comments_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.web_conference_participants (
    id bigint,
    user_id bigint,
    web_conference_id bigint,
    participation_type character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT web_conference_participants_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.web_conferences (
    id bigint,
    title character varying(255),
    conference_type character varying(255),
    conference_key character varying(255),
    context_id bigint,
    context_type character varying(255),
    user_ids character varying(255),
    added_user_ids character varying(255),
    user_id bigint,
    started_at timestamp without time zone,
    description text,
    duration double precision,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    uuid character varying(255),
    invited_user_ids character varying(255),
    ended_at timestamp without time zone,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    context_code character varying(255),
    type character varying(255),
    settings text,
    recording_ready boolean,
    CONSTRAINT web_conferences_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.wiki_pages (
    id bigint,
    wiki_id bigint,
    title character varying(255),
    body text,
    workflow_state character varying(255),
    user_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    url text,
    protected_editing boolean,
    editing_roles character varying(255),
    view_count integer,
    revised_at timestamp without time zone,
    could_be_locked boolean,
    cloned_item_id bigint,
    migration_id character varying(255),
    assignment_id bigint,
    old_assignment_id bigint,
    todo_date timestamp without time zone,
    context_id bigint,
    context_type character varying,
    CONSTRAINT wiki_pages_pkey PRIMARY KEY (id)
);

CREATE TABLE canvas.wikis (
    id bigint,
    title character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    front_page_url text,
    has_no_front_page boolean,
    CONSTRAINT wikis_pkey PRIMARY KEY (id)
);

ALTER TABLE canvas.abstract_courses ADD CONSTRAINT fk_rails_3077d9a014 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.abstract_courses ADD CONSTRAINT fk_rails_87ef57da5a FOREIGN KEY (enrollment_term_id) REFERENCES canvas.enrollment_terms (id);
ALTER TABLE canvas.abstract_courses ADD CONSTRAINT fk_rails_9c92877701 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.abstract_courses ADD CONSTRAINT fk_rails_c38b94c5bc FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.access_tokens ADD CONSTRAINT fk_rails_96fc070778 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.account_notification_roles ADD CONSTRAINT fk_rails_5948b12a95 FOREIGN KEY (account_notification_id) REFERENCES canvas.account_notifications (id);
ALTER TABLE canvas.account_notification_roles ADD CONSTRAINT fk_rails_794b06ff0e FOREIGN KEY (role_id) REFERENCES canvas.roles (id);
ALTER TABLE canvas.account_notifications ADD CONSTRAINT fk_rails_9a3f0df4a1 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.account_notifications ADD CONSTRAINT fk_rails_f83172407d FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.account_report_rows ADD CONSTRAINT fk_rails_bb695932fe FOREIGN KEY (account_report_id) REFERENCES canvas.account_reports (id);
ALTER TABLE canvas.account_report_rows ADD CONSTRAINT fk_rails_df404c1a41 FOREIGN KEY (account_report_runner_id) REFERENCES canvas.account_report_runners (id);
ALTER TABLE canvas.account_report_runners ADD CONSTRAINT fk_rails_e03a0118ae FOREIGN KEY (account_report_id) REFERENCES canvas.account_reports (id);
ALTER TABLE canvas.account_reports ADD CONSTRAINT fk_rails_1ee483dd34 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.account_reports ADD CONSTRAINT fk_rails_58e7f750a2 FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.account_reports ADD CONSTRAINT fk_rails_865683f386 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.account_users ADD CONSTRAINT fk_rails_685e030c15 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.account_users ADD CONSTRAINT fk_rails_c96445f213 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.account_users ADD CONSTRAINT fk_rails_f685686f18 FOREIGN KEY (role_id) REFERENCES canvas.roles (id);
ALTER TABLE canvas.accounts ADD CONSTRAINT fk_rails_3f0c8923c0 FOREIGN KEY (latest_outcome_import_id) REFERENCES canvas.outcome_imports (id);
ALTER TABLE canvas.accounts ADD CONSTRAINT fk_rails_5de7ad5dec FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.accounts ADD CONSTRAINT fk_rails_630eca7263 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.accounts ADD CONSTRAINT fk_rails_add3a59cd7 FOREIGN KEY (parent_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.accounts ADD CONSTRAINT fk_rails_f7353907b2 FOREIGN KEY (brand_config_md5) REFERENCES canvas.brand_configs (md5);
ALTER TABLE canvas.alert_criteria ADD CONSTRAINT fk_rails_f95d56943d FOREIGN KEY (alert_id) REFERENCES canvas.alerts (id);
ALTER TABLE canvas.anonymous_or_moderation_events ADD CONSTRAINT fk_rails_1c75f73508 FOREIGN KEY (submission_id) REFERENCES canvas.submissions (id);
ALTER TABLE canvas.anonymous_or_moderation_events ADD CONSTRAINT fk_rails_227462b115 FOREIGN KEY (canvadoc_id) REFERENCES canvas.canvadocs (id);
ALTER TABLE canvas.anonymous_or_moderation_events ADD CONSTRAINT fk_rails_80aae1e26f FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.anonymous_or_moderation_events ADD CONSTRAINT fk_rails_8c95885a92 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.anonymous_or_moderation_events ADD CONSTRAINT fk_rails_a862303024 FOREIGN KEY (quiz_id) REFERENCES canvas.quizzes (id);
ALTER TABLE canvas.anonymous_or_moderation_events ADD CONSTRAINT fk_rails_f492821432 FOREIGN KEY (context_external_tool_id) REFERENCES canvas.context_external_tools (id);
ALTER TABLE canvas.assessment_requests ADD CONSTRAINT fk_rails_33d90b7c30 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.assessment_requests ADD CONSTRAINT fk_rails_400dc27246 FOREIGN KEY (asset_id) REFERENCES canvas.submissions (id);
ALTER TABLE canvas.assessment_requests ADD CONSTRAINT fk_rails_c86f7bbc12 FOREIGN KEY (assessor_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.assessment_requests ADD CONSTRAINT fk_rails_cef87e7126 FOREIGN KEY (rubric_association_id) REFERENCES canvas.rubric_associations (id);
ALTER TABLE canvas.assignment_configuration_tool_lookups ADD CONSTRAINT fk_rails_73f7ea9f92 FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.assignment_groups ADD CONSTRAINT fk_rails_2d906abe72 FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.assignment_override_students ADD CONSTRAINT fk_rails_5215564217 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.assignment_override_students ADD CONSTRAINT fk_rails_9ffe0aa305 FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.assignment_override_students ADD CONSTRAINT fk_rails_e35e8eee60 FOREIGN KEY (quiz_id) REFERENCES canvas.quizzes (id);
ALTER TABLE canvas.assignment_override_students ADD CONSTRAINT fk_rails_ea26ada45d FOREIGN KEY (assignment_override_id) REFERENCES canvas.assignment_overrides (id);
ALTER TABLE canvas.assignment_overrides ADD CONSTRAINT fk_rails_58f8ee369b FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.assignment_overrides ADD CONSTRAINT fk_rails_bc94d484ff FOREIGN KEY (quiz_id) REFERENCES canvas.quizzes (id);
ALTER TABLE canvas.assignments ADD CONSTRAINT fk_rails_289e40e18c FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.assignments ADD CONSTRAINT fk_rails_46718e626a FOREIGN KEY (migrate_from_id) REFERENCES canvas.quizzes (id);
ALTER TABLE canvas.assignments ADD CONSTRAINT fk_rails_47a0621bf1 FOREIGN KEY (duplicate_of_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.assignments ADD CONSTRAINT fk_rails_b035441827 FOREIGN KEY (grader_section_id) REFERENCES canvas.course_sections (id);
ALTER TABLE canvas.assignments ADD CONSTRAINT fk_rails_b5ed4ab660 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.assignments ADD CONSTRAINT fk_rails_be38f24036 FOREIGN KEY (group_category_id) REFERENCES canvas.group_categories (id);
ALTER TABLE canvas.assignments ADD CONSTRAINT fk_rails_efc38ac892 FOREIGN KEY (final_grader_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.attachment_upload_statuses ADD CONSTRAINT fk_rails_45ef35c05a FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.attachments ADD CONSTRAINT fk_rails_b6a31db404 FOREIGN KEY (root_attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.attachments ADD CONSTRAINT fk_rails_b7c6788fce FOREIGN KEY (replacement_attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.attachments ADD CONSTRAINT fk_rails_d24085bab5 FOREIGN KEY (usage_rights_id) REFERENCES canvas.usage_rights (id);
ALTER TABLE canvas.authentication_providers ADD CONSTRAINT fk_rails_94e00def24 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.bookmarks_bookmarks ADD CONSTRAINT fk_rails_1c845e4204 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.calendar_events ADD CONSTRAINT fk_rails_0e82f26e3c FOREIGN KEY (parent_calendar_event_id) REFERENCES canvas.calendar_events (id);
ALTER TABLE canvas.calendar_events ADD CONSTRAINT fk_rails_75957d2da8 FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.calendar_events ADD CONSTRAINT fk_rails_930e3c0bf4 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.canvadocs ADD CONSTRAINT fk_rails_0e9b385b60 FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.collaborations ADD CONSTRAINT fk_rails_3e8ae0af8a FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.collaborators ADD CONSTRAINT fk_rails_02c23caf02 FOREIGN KEY (collaboration_id) REFERENCES canvas.collaborations (id);
ALTER TABLE canvas.collaborators ADD CONSTRAINT fk_rails_3d4aaacbb1 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.collaborators ADD CONSTRAINT fk_rails_baeba1010a FOREIGN KEY (group_id) REFERENCES canvas.groups (id);
ALTER TABLE canvas.communication_channels ADD CONSTRAINT fk_rails_cd70d006a2 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.content_exports ADD CONSTRAINT fk_rails_08b467f95d FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.content_exports ADD CONSTRAINT fk_rails_6364a4a05e FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.content_migrations ADD CONSTRAINT fk_rails_04f446621a FOREIGN KEY (child_subscription_id) REFERENCES canvas.master_courses_child_subscriptions (id);
ALTER TABLE canvas.content_migrations ADD CONSTRAINT fk_rails_471c20026b FOREIGN KEY (overview_attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.content_migrations ADD CONSTRAINT fk_rails_c1bf6cc5e9 FOREIGN KEY (exported_attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.content_migrations ADD CONSTRAINT fk_rails_c8d17d44ae FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.content_participations ADD CONSTRAINT fk_rails_a223bf6cde FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.content_shares ADD CONSTRAINT fk_rails_16c705c4c6 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.content_shares ADD CONSTRAINT fk_rails_ba88218dc2 FOREIGN KEY (sender_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.content_tags ADD CONSTRAINT fk_rails_0ad9c826f2 FOREIGN KEY (context_module_id) REFERENCES canvas.context_modules (id);
ALTER TABLE canvas.content_tags ADD CONSTRAINT fk_rails_7376a606b8 FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.content_tags ADD CONSTRAINT fk_rails_cbe0e9b21a FOREIGN KEY (learning_outcome_id) REFERENCES canvas.learning_outcomes (id);
ALTER TABLE canvas.context_external_tool_assignment_lookups ADD CONSTRAINT fk_rails_445c77bd4c FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.context_external_tool_assignment_lookups ADD CONSTRAINT fk_rails_f904968ac0 FOREIGN KEY (context_external_tool_id) REFERENCES canvas.context_external_tools (id);
ALTER TABLE canvas.context_external_tool_placements ADD CONSTRAINT fk_rails_dbbdbf40e7 FOREIGN KEY (context_external_tool_id) REFERENCES canvas.context_external_tools (id);
ALTER TABLE canvas.context_external_tools ADD CONSTRAINT fk_rails_27d8c7c29b FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.context_module_progressions ADD CONSTRAINT fk_rails_736970326a FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.context_module_progressions ADD CONSTRAINT fk_rails_9cc1157b30 FOREIGN KEY (context_module_id) REFERENCES canvas.context_modules (id);
ALTER TABLE canvas.context_modules ADD CONSTRAINT fk_rails_03f6fc5c38 FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.conversation_batches ADD CONSTRAINT fk_rails_d068cb6c53 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.conversation_batches ADD CONSTRAINT fk_rails_d421fc74f4 FOREIGN KEY (root_conversation_message_id) REFERENCES canvas.conversation_messages (id);
ALTER TABLE canvas.conversation_message_participants ADD CONSTRAINT fk_rails_992a8b9e13 FOREIGN KEY (conversation_message_id) REFERENCES canvas.conversation_messages (id);
ALTER TABLE canvas.conversation_messages ADD CONSTRAINT fk_rails_c3c322d882 FOREIGN KEY (conversation_id) REFERENCES canvas.conversations (id);
ALTER TABLE canvas.course_account_associations ADD CONSTRAINT fk_rails_4e21d15465 FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.course_account_associations ADD CONSTRAINT fk_rails_7225a78aa5 FOREIGN KEY (course_section_id) REFERENCES canvas.course_sections (id);
ALTER TABLE canvas.course_account_associations ADD CONSTRAINT fk_rails_7d50d15200 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.course_sections ADD CONSTRAINT fk_rails_4a0eb6ebbb FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.course_sections ADD CONSTRAINT fk_rails_616bd9cbd0 FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.course_sections ADD CONSTRAINT fk_rails_88559b4f6d FOREIGN KEY (enrollment_term_id) REFERENCES canvas.enrollment_terms (id);
ALTER TABLE canvas.course_sections ADD CONSTRAINT fk_rails_e050b590bb FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.course_sections ADD CONSTRAINT fk_rails_e0676f34c7 FOREIGN KEY (nonxlist_course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_187ebba5f6 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_4309898d02 FOREIGN KEY (wiki_id) REFERENCES canvas.wikis (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_7e42d223b2 FOREIGN KEY (latest_outcome_import_id) REFERENCES canvas.outcome_imports (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_8f8adab10c FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_c47c5058d9 FOREIGN KEY (abstract_course_id) REFERENCES canvas.abstract_courses (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_f4449a81f6 FOREIGN KEY (enrollment_term_id) REFERENCES canvas.enrollment_terms (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_f9bb591b41 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.courses ADD CONSTRAINT fk_rails_fa9ac2c08c FOREIGN KEY (template_course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.csp_domains ADD CONSTRAINT fk_rails_c597b23595 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.custom_gradebook_column_data ADD CONSTRAINT fk_rails_b2d446b0b0 FOREIGN KEY (custom_gradebook_column_id) REFERENCES canvas.custom_gradebook_columns (id);
ALTER TABLE canvas.custom_gradebook_column_data ADD CONSTRAINT fk_rails_bc039f962e FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.custom_gradebook_columns ADD CONSTRAINT fk_rails_571a48e40d FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.delayed_messages ADD CONSTRAINT fk_rails_3d428ac9f1 FOREIGN KEY (communication_channel_id) REFERENCES canvas.communication_channels (id);
ALTER TABLE canvas.delayed_messages ADD CONSTRAINT fk_rails_81d84c7a3d FOREIGN KEY (notification_policy_id) REFERENCES canvas.notification_policies (id);
ALTER TABLE canvas.developer_key_account_bindings ADD CONSTRAINT fk_rails_8435015b54 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.discussion_entries ADD CONSTRAINT fk_rails_2a02569030 FOREIGN KEY (root_entry_id) REFERENCES canvas.discussion_entries (id);
ALTER TABLE canvas.discussion_entries ADD CONSTRAINT fk_rails_846fecac98 FOREIGN KEY (editor_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.discussion_entries ADD CONSTRAINT fk_rails_8a7187368b FOREIGN KEY (parent_id) REFERENCES canvas.discussion_entries (id);
ALTER TABLE canvas.discussion_entries ADD CONSTRAINT fk_rails_9b275b5da7 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.discussion_entries ADD CONSTRAINT fk_rails_e329dc15c5 FOREIGN KEY (discussion_topic_id) REFERENCES canvas.discussion_topics (id);
ALTER TABLE canvas.discussion_entry_participants ADD CONSTRAINT fk_rails_86a01cf993 FOREIGN KEY (discussion_entry_id) REFERENCES canvas.discussion_entries (id);
ALTER TABLE canvas.discussion_entry_participants ADD CONSTRAINT fk_rails_c376b0a4c9 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.discussion_topic_materialized_views ADD CONSTRAINT fk_rails_34dd2d679a FOREIGN KEY (discussion_topic_id) REFERENCES canvas.discussion_topics (id);
ALTER TABLE canvas.discussion_topic_participants ADD CONSTRAINT fk_rails_3b8c3c44d8 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.discussion_topic_participants ADD CONSTRAINT fk_rails_fb902be971 FOREIGN KEY (discussion_topic_id) REFERENCES canvas.discussion_topics (id);
ALTER TABLE canvas.discussion_topic_section_visibilities ADD CONSTRAINT fk_rails_2456b918f5 FOREIGN KEY (discussion_topic_id) REFERENCES canvas.discussion_topics (id);
ALTER TABLE canvas.discussion_topic_section_visibilities ADD CONSTRAINT fk_rails_e0c6be759a FOREIGN KEY (course_section_id) REFERENCES canvas.course_sections (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_0b0ccee25f FOREIGN KEY (group_category_id) REFERENCES canvas.group_categories (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_1d19e2eea5 FOREIGN KEY (external_feed_id) REFERENCES canvas.external_feeds (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_4aac5d137c FOREIGN KEY (root_topic_id) REFERENCES canvas.discussion_topics (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_6791d1877c FOREIGN KEY (old_assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_98edc2f77e FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_99a031cbb1 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_9b3acbc3f8 FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_da3248778d FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.discussion_topics ADD CONSTRAINT fk_rails_ef64949942 FOREIGN KEY (editor_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.enrollment_dates_overrides ADD CONSTRAINT fk_rails_356b7d0ddc FOREIGN KEY (enrollment_term_id) REFERENCES canvas.enrollment_terms (id);
ALTER TABLE canvas.enrollment_states ADD CONSTRAINT fk_rails_2583b53a28 FOREIGN KEY (enrollment_id) REFERENCES canvas.enrollments (id);
ALTER TABLE canvas.enrollment_terms ADD CONSTRAINT fk_rails_51e8498073 FOREIGN KEY (grading_period_group_id) REFERENCES canvas.grading_period_groups (id);
ALTER TABLE canvas.enrollment_terms ADD CONSTRAINT fk_rails_cb0782c2d2 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.enrollment_terms ADD CONSTRAINT fk_rails_e182f18b93 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.enrollments ADD CONSTRAINT fk_rails_2e119501f4 FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.enrollments ADD CONSTRAINT fk_rails_56c4ec50d6 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.enrollments ADD CONSTRAINT fk_rails_6359366b63 FOREIGN KEY (associated_user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.enrollments ADD CONSTRAINT fk_rails_bbf3738e95 FOREIGN KEY (course_section_id) REFERENCES canvas.course_sections (id);
ALTER TABLE canvas.enrollments ADD CONSTRAINT fk_rails_d1e7d10c0a FOREIGN KEY (role_id) REFERENCES canvas.roles (id);
ALTER TABLE canvas.enrollments ADD CONSTRAINT fk_rails_df257dd853 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.enrollments ADD CONSTRAINT fk_rails_e860e0e46b FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.eportfolio_categories ADD CONSTRAINT fk_rails_ab14eddd76 FOREIGN KEY (eportfolio_id) REFERENCES canvas.eportfolios (id);
ALTER TABLE canvas.eportfolio_entries ADD CONSTRAINT fk_rails_482dbada33 FOREIGN KEY (eportfolio_category_id) REFERENCES canvas.eportfolio_categories (id);
ALTER TABLE canvas.eportfolio_entries ADD CONSTRAINT fk_rails_a3aa9184de FOREIGN KEY (eportfolio_id) REFERENCES canvas.eportfolios (id);
ALTER TABLE canvas.eportfolios ADD CONSTRAINT fk_rails_4c2dbd440f FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.epub_exports ADD CONSTRAINT fk_rails_3c608dd796 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.epub_exports ADD CONSTRAINT fk_rails_7b64484d53 FOREIGN KEY (content_export_id) REFERENCES canvas.content_exports (id);
ALTER TABLE canvas.epub_exports ADD CONSTRAINT fk_rails_8229c54d0d FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.external_feed_entries ADD CONSTRAINT fk_rails_c8030518e8 FOREIGN KEY (external_feed_id) REFERENCES canvas.external_feeds (id);
ALTER TABLE canvas.external_feed_entries ADD CONSTRAINT fk_rails_e0397e1d17 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.external_feeds ADD CONSTRAINT fk_rails_7727e39b38 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.favorites ADD CONSTRAINT fk_rails_d15744e438 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.folders ADD CONSTRAINT fk_rails_9f43470a04 FOREIGN KEY (parent_folder_id) REFERENCES canvas.folders (id);
ALTER TABLE canvas.gradebook_csvs ADD CONSTRAINT fk_rails_4d8cd84eb3 FOREIGN KEY (progress_id) REFERENCES canvas.progresses (id);
ALTER TABLE canvas.gradebook_csvs ADD CONSTRAINT fk_rails_60f1713674 FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.gradebook_csvs ADD CONSTRAINT fk_rails_b4531da5e9 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.gradebook_uploads ADD CONSTRAINT fk_rails_4e38efab60 FOREIGN KEY (progress_id) REFERENCES canvas.progresses (id);
ALTER TABLE canvas.gradebook_uploads ADD CONSTRAINT fk_rails_d6c567f720 FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.gradebook_uploads ADD CONSTRAINT fk_rails_e845504309 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.grading_period_groups ADD CONSTRAINT fk_rails_712c487e43 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.grading_period_groups ADD CONSTRAINT fk_rails_b4ea3168bc FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.grading_periods ADD CONSTRAINT fk_rails_9cc118401a FOREIGN KEY (grading_period_group_id) REFERENCES canvas.grading_period_groups (id);
ALTER TABLE canvas.grading_standards ADD CONSTRAINT fk_rails_38b90db7a8 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.group_categories ADD CONSTRAINT fk_rails_0297915259 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.group_categories ADD CONSTRAINT fk_rails_5c1dc542a5 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.group_memberships ADD CONSTRAINT fk_rails_1208c3cc2d FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.group_memberships ADD CONSTRAINT fk_rails_14271168a1 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.group_memberships ADD CONSTRAINT fk_rails_d05778f88b FOREIGN KEY (group_id) REFERENCES canvas.groups (id);
ALTER TABLE canvas.groups ADD CONSTRAINT fk_rails_3c368b24c7 FOREIGN KEY (leader_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.groups ADD CONSTRAINT fk_rails_61d69a1dcf FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.groups ADD CONSTRAINT fk_rails_7d60528287 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.groups ADD CONSTRAINT fk_rails_d2e3c28a2f FOREIGN KEY (group_category_id) REFERENCES canvas.group_categories (id);
ALTER TABLE canvas.groups ADD CONSTRAINT fk_rails_e5b00ef0e2 FOREIGN KEY (wiki_id) REFERENCES canvas.wikis (id);
ALTER TABLE canvas.groups ADD CONSTRAINT fk_rails_ed4ff9a299 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.ignores ADD CONSTRAINT fk_rails_9089e0c809 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.late_policies ADD CONSTRAINT fk_rails_eb4f0c93ce FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.learning_outcome_groups ADD CONSTRAINT fk_rails_2359cb17b0 FOREIGN KEY (root_learning_outcome_group_id) REFERENCES canvas.learning_outcome_groups (id);
ALTER TABLE canvas.learning_outcome_groups ADD CONSTRAINT fk_rails_34f901d115 FOREIGN KEY (learning_outcome_group_id) REFERENCES canvas.learning_outcome_groups (id);
ALTER TABLE canvas.learning_outcome_results ADD CONSTRAINT fk_rails_453d9421c4 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.learning_outcome_results ADD CONSTRAINT fk_rails_a093f5ae6a FOREIGN KEY (learning_outcome_id) REFERENCES canvas.learning_outcomes (id);
ALTER TABLE canvas.learning_outcome_results ADD CONSTRAINT fk_rails_c7ade34f0a FOREIGN KEY (content_tag_id) REFERENCES canvas.content_tags (id);
ALTER TABLE canvas.live_assessments_results ADD CONSTRAINT fk_rails_61dcfeb426 FOREIGN KEY (assessment_id) REFERENCES canvas.live_assessments_assessments (id);
ALTER TABLE canvas.live_assessments_results ADD CONSTRAINT fk_rails_768405ee04 FOREIGN KEY (assessor_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.live_assessments_submissions ADD CONSTRAINT fk_rails_924ff0872d FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.live_assessments_submissions ADD CONSTRAINT fk_rails_e9f0498f2a FOREIGN KEY (assessment_id) REFERENCES canvas.live_assessments_assessments (id);
ALTER TABLE canvas.lti_line_items ADD CONSTRAINT fk_rails_5389b967c4 FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.lti_line_items ADD CONSTRAINT fk_rails_96e1b2271c FOREIGN KEY (lti_resource_link_id) REFERENCES canvas.lti_resource_links (id);
ALTER TABLE canvas.lti_message_handlers ADD CONSTRAINT fk_rails_0446c78346 FOREIGN KEY (resource_handler_id) REFERENCES canvas.lti_resource_handlers (id);
ALTER TABLE canvas.lti_message_handlers ADD CONSTRAINT fk_rails_ec356d0f96 FOREIGN KEY (tool_proxy_id) REFERENCES canvas.lti_tool_proxies (id);
ALTER TABLE canvas.lti_product_families ADD CONSTRAINT fk_rails_e64cbae7bd FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.lti_resource_handlers ADD CONSTRAINT fk_rails_7cca6549c4 FOREIGN KEY (tool_proxy_id) REFERENCES canvas.lti_tool_proxies (id);
ALTER TABLE canvas.lti_resource_links ADD CONSTRAINT fk_rails_3107ae7bc7 FOREIGN KEY (context_external_tool_id) REFERENCES canvas.context_external_tools (id);
ALTER TABLE canvas.lti_resource_placements ADD CONSTRAINT fk_rails_fc443660f6 FOREIGN KEY (message_handler_id) REFERENCES canvas.lti_message_handlers (id);
ALTER TABLE canvas.lti_results ADD CONSTRAINT fk_rails_222c701887 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.lti_results ADD CONSTRAINT fk_rails_521e616957 FOREIGN KEY (submission_id) REFERENCES canvas.submissions (id);
ALTER TABLE canvas.lti_results ADD CONSTRAINT fk_rails_d80f7ad5f3 FOREIGN KEY (lti_line_item_id) REFERENCES canvas.lti_line_items (id);
ALTER TABLE canvas.lti_tool_configurations ADD CONSTRAINT fk_rails_e1026baa2d FOREIGN KEY (developer_key_id) REFERENCES canvas.developer_keys (id);
ALTER TABLE canvas.lti_tool_consumer_profiles ADD CONSTRAINT fk_rails_acb13d57c3 FOREIGN KEY (developer_key_id) REFERENCES canvas.developer_keys (id);
ALTER TABLE canvas.lti_tool_proxies ADD CONSTRAINT fk_rails_57f8b9857d FOREIGN KEY (product_family_id) REFERENCES canvas.lti_product_families (id);
ALTER TABLE canvas.lti_tool_proxy_bindings ADD CONSTRAINT fk_rails_9b5d93b5c3 FOREIGN KEY (tool_proxy_id) REFERENCES canvas.lti_tool_proxies (id);
ALTER TABLE canvas.master_courses_child_content_tags ADD CONSTRAINT fk_rails_1421b96805 FOREIGN KEY (child_subscription_id) REFERENCES canvas.master_courses_child_subscriptions (id);
ALTER TABLE canvas.master_courses_child_subscriptions ADD CONSTRAINT fk_rails_831debb6b9 FOREIGN KEY (master_template_id) REFERENCES canvas.master_courses_master_templates (id);
ALTER TABLE canvas.master_courses_child_subscriptions ADD CONSTRAINT fk_rails_95aad9cf8d FOREIGN KEY (child_course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.master_courses_master_content_tags ADD CONSTRAINT fk_rails_925590350a FOREIGN KEY (master_template_id) REFERENCES canvas.master_courses_master_templates (id);
ALTER TABLE canvas.master_courses_master_content_tags ADD CONSTRAINT fk_rails_af398d5991 FOREIGN KEY (current_migration_id) REFERENCES canvas.master_courses_master_migrations (id);
ALTER TABLE canvas.master_courses_master_migrations ADD CONSTRAINT fk_rails_48befa8db6 FOREIGN KEY (master_template_id) REFERENCES canvas.master_courses_master_templates (id);
ALTER TABLE canvas.master_courses_master_templates ADD CONSTRAINT fk_rails_01b5db190c FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.master_courses_master_templates ADD CONSTRAINT fk_rails_69a6430b11 FOREIGN KEY (active_migration_id) REFERENCES canvas.master_courses_master_migrations (id);
ALTER TABLE canvas.master_courses_migration_results ADD CONSTRAINT fk_rails_8a84ef8416 FOREIGN KEY (master_migration_id) REFERENCES canvas.master_courses_master_migrations (id);
ALTER TABLE canvas.master_courses_migration_results ADD CONSTRAINT fk_rails_ba9413706c FOREIGN KEY (child_subscription_id) REFERENCES canvas.master_courses_child_subscriptions (id);
ALTER TABLE canvas.master_courses_migration_results ADD CONSTRAINT fk_rails_f94a4e9f5d FOREIGN KEY (content_migration_id) REFERENCES canvas.content_migrations (id);
ALTER TABLE canvas.media_objects ADD CONSTRAINT fk_rails_06a85e3af6 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.media_objects ADD CONSTRAINT fk_rails_25b24c5e66 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.migration_issues ADD CONSTRAINT fk_rails_1d79ad9705 FOREIGN KEY (content_migration_id) REFERENCES canvas.content_migrations (id);
ALTER TABLE canvas.moderated_grading_provisional_grades ADD CONSTRAINT fk_rails_46d61d78e3 FOREIGN KEY (scorer_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.moderated_grading_provisional_grades ADD CONSTRAINT fk_rails_afa87e4ebc FOREIGN KEY (submission_id) REFERENCES canvas.submissions (id);
ALTER TABLE canvas.moderated_grading_provisional_grades ADD CONSTRAINT provisional_grades_source_provisional_grade_fk FOREIGN KEY (source_provisional_grade_id) REFERENCES canvas.moderated_grading_provisional_grades (id);
ALTER TABLE canvas.moderated_grading_selections ADD CONSTRAINT fk_rails_05e761621e FOREIGN KEY (student_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.moderated_grading_selections ADD CONSTRAINT fk_rails_a4904a6da8 FOREIGN KEY (selected_provisional_grade_id) REFERENCES canvas.moderated_grading_provisional_grades (id);
ALTER TABLE canvas.moderated_grading_selections ADD CONSTRAINT fk_rails_bc609b6673 FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.moderation_graders ADD CONSTRAINT fk_rails_a1f077985d FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.moderation_graders ADD CONSTRAINT fk_rails_d2edcc39ca FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.notification_endpoints ADD CONSTRAINT fk_rails_de537fc04f FOREIGN KEY (access_token_id) REFERENCES canvas.access_tokens (id);
ALTER TABLE canvas.notification_policies ADD CONSTRAINT fk_rails_065136b4a1 FOREIGN KEY (communication_channel_id) REFERENCES canvas.communication_channels (id);
ALTER TABLE canvas.oauth_requests ADD CONSTRAINT fk_rails_6471c0c593 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.observer_alert_thresholds ADD CONSTRAINT fk_rails_197b88ba34 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.observer_alert_thresholds ADD CONSTRAINT fk_rails_5c0602a7d1 FOREIGN KEY (observer_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.observer_alerts ADD CONSTRAINT fk_rails_3435fafc4c FOREIGN KEY (observer_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.observer_alerts ADD CONSTRAINT fk_rails_71aa3b8381 FOREIGN KEY (observer_alert_threshold_id) REFERENCES canvas.observer_alert_thresholds (id);
ALTER TABLE canvas.observer_alerts ADD CONSTRAINT fk_rails_792164ef57 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.observer_pairing_codes ADD CONSTRAINT fk_rails_1f9d0db943 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.one_time_passwords ADD CONSTRAINT fk_rails_afd10ae0cb FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.originality_reports ADD CONSTRAINT fk_rails_36c981e3e7 FOREIGN KEY (submission_id) REFERENCES canvas.submissions (id);
ALTER TABLE canvas.outcome_import_errors ADD CONSTRAINT fk_rails_172fb97705 FOREIGN KEY (outcome_import_id) REFERENCES canvas.outcome_imports (id);
ALTER TABLE canvas.outcome_imports ADD CONSTRAINT fk_rails_25a74d343f FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.outcome_imports ADD CONSTRAINT fk_rails_a241f096b5 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.outcome_proficiencies ADD CONSTRAINT fk_rails_49adcf658c FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.outcome_proficiency_ratings ADD CONSTRAINT fk_rails_5c89659ba6 FOREIGN KEY (outcome_proficiency_id) REFERENCES canvas.outcome_proficiencies (id);
ALTER TABLE canvas.page_comments ADD CONSTRAINT fk_rails_78ced27005 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.page_views ADD CONSTRAINT fk_rails_13a4e75c00 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.page_views ADD CONSTRAINT fk_rails_ab13cc7e9a FOREIGN KEY (real_user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.parallel_importers ADD CONSTRAINT fk_rails_00ed13d8d6 FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.parallel_importers ADD CONSTRAINT fk_rails_d8cbdaa461 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.planner_notes ADD CONSTRAINT fk_rails_3255427de8 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.planner_overrides ADD CONSTRAINT fk_rails_5fa99aedd0 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.polling_poll_choices ADD CONSTRAINT fk_rails_c6c7f35cfc FOREIGN KEY (poll_id) REFERENCES canvas.polling_polls (id);
ALTER TABLE canvas.polling_poll_sessions ADD CONSTRAINT fk_rails_13d9535afd FOREIGN KEY (course_section_id) REFERENCES canvas.course_sections (id);
ALTER TABLE canvas.polling_poll_sessions ADD CONSTRAINT fk_rails_52ebcb3ce8 FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.polling_poll_submissions ADD CONSTRAINT fk_rails_01fa2ef709 FOREIGN KEY (poll_session_id) REFERENCES canvas.polling_poll_sessions (id);
ALTER TABLE canvas.polling_poll_submissions ADD CONSTRAINT fk_rails_21612c7e9a FOREIGN KEY (poll_choice_id) REFERENCES canvas.polling_poll_choices (id);
ALTER TABLE canvas.polling_poll_submissions ADD CONSTRAINT fk_rails_8993f10747 FOREIGN KEY (poll_id) REFERENCES canvas.polling_polls (id);
ALTER TABLE canvas.polling_poll_submissions ADD CONSTRAINT fk_rails_a327cfe658 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.polling_polls ADD CONSTRAINT fk_rails_2742c5bc84 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.post_policies ADD CONSTRAINT fk_rails_46ead4a120 FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.post_policies ADD CONSTRAINT fk_rails_cf2d119863 FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.profiles ADD CONSTRAINT fk_rails_1c415318fc FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.pseudonyms ADD CONSTRAINT fk_rails_0f9b2ab873 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.pseudonyms ADD CONSTRAINT fk_rails_587e86bf60 FOREIGN KEY (authentication_provider_id) REFERENCES canvas.authentication_providers (id);
ALTER TABLE canvas.pseudonyms ADD CONSTRAINT fk_rails_9b98a5d814 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.pseudonyms ADD CONSTRAINT fk_rails_aabcbf9874 FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.purgatories ADD CONSTRAINT fk_rails_c906487417 FOREIGN KEY (attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.purgatories ADD CONSTRAINT fk_rails_d1f5462acf FOREIGN KEY (deleted_by_user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.quiz_question_regrades ADD CONSTRAINT fk_rails_e6cc08d5f1 FOREIGN KEY (quiz_question_id) REFERENCES canvas.quiz_questions (id);
ALTER TABLE canvas.quiz_question_regrades ADD CONSTRAINT fk_rails_f7834fb23d FOREIGN KEY (quiz_regrade_id) REFERENCES canvas.quiz_regrades (id);
ALTER TABLE canvas.quiz_regrade_runs ADD CONSTRAINT fk_rails_e7282f482b FOREIGN KEY (quiz_regrade_id) REFERENCES canvas.quiz_regrades (id);
ALTER TABLE canvas.quiz_regrades ADD CONSTRAINT fk_rails_4cf8b252f4 FOREIGN KEY (quiz_id) REFERENCES canvas.quizzes (id);
ALTER TABLE canvas.quiz_regrades ADD CONSTRAINT fk_rails_8116556edd FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.quiz_statistics ADD CONSTRAINT fk_rails_4e39b123dd FOREIGN KEY (quiz_id) REFERENCES canvas.quizzes (id);
ALTER TABLE canvas.quiz_submission_events ADD CONSTRAINT fk_rails_2d873134e2 FOREIGN KEY (quiz_submission_id) REFERENCES canvas.quiz_submissions (id);
ALTER TABLE canvas.quiz_submission_events_2020_2 ADD CONSTRAINT fk_rails_f55d68aa6f FOREIGN KEY (quiz_submission_id) REFERENCES canvas.quiz_submissions (id);
ALTER TABLE canvas.quiz_submission_events_2020_3 ADD CONSTRAINT fk_rails_dde2764133 FOREIGN KEY (quiz_submission_id) REFERENCES canvas.quiz_submissions (id);
ALTER TABLE canvas.quiz_submission_events_2020_4 ADD CONSTRAINT fk_rails_561a1c8adb FOREIGN KEY (quiz_submission_id) REFERENCES canvas.quiz_submissions (id);
ALTER TABLE canvas.quiz_submissions ADD CONSTRAINT fk_rails_04850db4b4 FOREIGN KEY (user_id) REFERENCES canvas.users (id) DEFERRABLE;
ALTER TABLE canvas.quiz_submissions ADD CONSTRAINT fk_rails_473863d022 FOREIGN KEY (quiz_id) REFERENCES canvas.quizzes (id);
ALTER TABLE canvas.quizzes ADD CONSTRAINT fk_rails_9f9beaf05c FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.quizzes ADD CONSTRAINT fk_rails_c8bbad8938 FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.report_snapshots ADD CONSTRAINT fk_rails_983ad88e61 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.role_overrides ADD CONSTRAINT fk_rails_4412996802 FOREIGN KEY (role_id) REFERENCES canvas.roles (id);
ALTER TABLE canvas.role_overrides ADD CONSTRAINT fk_rails_8571d0f354 FOREIGN KEY (context_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.roles ADD CONSTRAINT fk_rails_7c71253d78 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.roles ADD CONSTRAINT fk_rails_7d4ded04e1 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.rubric_assessments ADD CONSTRAINT fk_rails_a502a63cbe FOREIGN KEY (assessor_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.rubric_assessments ADD CONSTRAINT fk_rails_cbe6352121 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.rubric_assessments ADD CONSTRAINT fk_rails_d38b350cb8 FOREIGN KEY (rubric_association_id) REFERENCES canvas.rubric_associations (id);
ALTER TABLE canvas.rubric_assessments ADD CONSTRAINT fk_rails_eadf99bbb0 FOREIGN KEY (rubric_id) REFERENCES canvas.rubrics (id);
ALTER TABLE canvas.rubric_associations ADD CONSTRAINT fk_rails_9e5239a751 FOREIGN KEY (rubric_id) REFERENCES canvas.rubrics (id);
ALTER TABLE canvas.rubrics ADD CONSTRAINT fk_rails_aa80454086 FOREIGN KEY (rubric_id) REFERENCES canvas.rubrics (id);
ALTER TABLE canvas.rubrics ADD CONSTRAINT fk_rails_b5b6f45923 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.score_metadata ADD CONSTRAINT fk_rails_1baeaf2d19 FOREIGN KEY (score_id) REFERENCES canvas.scores (id);
ALTER TABLE canvas.score_statistics ADD CONSTRAINT fk_rails_26cf804e62 FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.scores ADD CONSTRAINT fk_rails_a8b66a0a6e FOREIGN KEY (enrollment_id) REFERENCES canvas.enrollments (id);
ALTER TABLE canvas.scores ADD CONSTRAINT fk_rails_baf45f32a0 FOREIGN KEY (grading_period_id) REFERENCES canvas.grading_periods (id);
ALTER TABLE canvas.session_persistence_tokens ADD CONSTRAINT fk_rails_fc3a4b8b9e FOREIGN KEY (pseudonym_id) REFERENCES canvas.pseudonyms (id);
ALTER TABLE canvas.shared_brand_configs ADD CONSTRAINT fk_rails_3f25f5e6fa FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.shared_brand_configs ADD CONSTRAINT fk_rails_669597e153 FOREIGN KEY (brand_config_md5) REFERENCES canvas.brand_configs (md5);
ALTER TABLE canvas.sis_batch_errors ADD CONSTRAINT fk_rails_5b09c1528e FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.sis_batch_errors ADD CONSTRAINT fk_rails_85b0d7c870 FOREIGN KEY (root_account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.sis_batch_roll_back_data ADD CONSTRAINT fk_rails_bfa1493f8a FOREIGN KEY (sis_batch_id) REFERENCES canvas.sis_batches (id);
ALTER TABLE canvas.sis_batches ADD CONSTRAINT fk_rails_0235dd4ff6 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.sis_batches ADD CONSTRAINT fk_rails_289263ccc7 FOREIGN KEY (errors_attachment_id) REFERENCES canvas.attachments (id);
ALTER TABLE canvas.sis_batches ADD CONSTRAINT fk_rails_5cc4e38775 FOREIGN KEY (batch_mode_term_id) REFERENCES canvas.enrollment_terms (id);
ALTER TABLE canvas.sis_post_grades_statuses ADD CONSTRAINT fk_rails_0221897d5f FOREIGN KEY (course_id) REFERENCES canvas.courses (id);
ALTER TABLE canvas.sis_post_grades_statuses ADD CONSTRAINT fk_rails_07ef291b5d FOREIGN KEY (course_section_id) REFERENCES canvas.course_sections (id);
ALTER TABLE canvas.sis_post_grades_statuses ADD CONSTRAINT fk_rails_870e38a0e6 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.stream_item_instances ADD CONSTRAINT fk_rails_75522c5fd3 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.submission_comments ADD CONSTRAINT fk_rails_6a44347cb4 FOREIGN KEY (provisional_grade_id) REFERENCES canvas.moderated_grading_provisional_grades (id);
ALTER TABLE canvas.submission_comments ADD CONSTRAINT fk_rails_a62b09d198 FOREIGN KEY (author_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.submission_comments ADD CONSTRAINT fk_rails_e4ff9f0115 FOREIGN KEY (submission_id) REFERENCES canvas.submissions (id);
ALTER TABLE canvas.submission_draft_attachments ADD CONSTRAINT fk_rails_ac30fea2e2 FOREIGN KEY (submission_draft_id) REFERENCES canvas.submission_drafts (id);
ALTER TABLE canvas.submission_drafts ADD CONSTRAINT fk_rails_0694e3073c FOREIGN KEY (submission_id) REFERENCES canvas.submissions (id);
ALTER TABLE canvas.submissions ADD CONSTRAINT fk_rails_11ec1c51e8 FOREIGN KEY (group_id) REFERENCES canvas.groups (id);
ALTER TABLE canvas.submissions ADD CONSTRAINT fk_rails_5d48b8a034 FOREIGN KEY (media_object_id) REFERENCES canvas.media_objects (id);
ALTER TABLE canvas.submissions ADD CONSTRAINT fk_rails_61cac0823d FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.submissions ADD CONSTRAINT fk_rails_8d85741475 FOREIGN KEY (user_id) REFERENCES canvas.users (id) DEFERRABLE;
ALTER TABLE canvas.submissions ADD CONSTRAINT fk_rails_9e3ddda320 FOREIGN KEY (grading_period_id) REFERENCES canvas.grading_periods (id);
ALTER TABLE canvas.submissions ADD CONSTRAINT fk_rails_ee2f0735cd FOREIGN KEY (quiz_submission_id) REFERENCES canvas.quiz_submissions (id);
ALTER TABLE canvas.switchman_shards ADD CONSTRAINT fk_rails_45bd80a9c8 FOREIGN KEY (delayed_jobs_shard_id) REFERENCES canvas.switchman_shards (id);
ALTER TABLE canvas.terms_of_service_contents ADD CONSTRAINT fk_rails_547ad56ef9 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.terms_of_services ADD CONSTRAINT fk_rails_337ba633a9 FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.user_account_associations ADD CONSTRAINT fk_rails_77e6070def FOREIGN KEY (account_id) REFERENCES canvas.accounts (id);
ALTER TABLE canvas.user_account_associations ADD CONSTRAINT fk_rails_8ec6f29c88 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_merge_data ADD CONSTRAINT fk_rails_4993c3792e FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_merge_data_items ADD CONSTRAINT fk_rails_91bd08925b FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_merge_data_items ADD CONSTRAINT fk_rails_b23903b809 FOREIGN KEY (user_merge_data_id) REFERENCES canvas.user_merge_data (id);
ALTER TABLE canvas.user_merge_data_records ADD CONSTRAINT fk_rails_4579cd8750 FOREIGN KEY (user_merge_data_id) REFERENCES canvas.user_merge_data (id);
ALTER TABLE canvas.user_notes ADD CONSTRAINT fk_rails_9bcd528c60 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_notes ADD CONSTRAINT fk_rails_b5a898af1b FOREIGN KEY (created_by_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_observers ADD CONSTRAINT fk_rails_506aea5479 FOREIGN KEY (observer_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_observers ADD CONSTRAINT fk_rails_6e626831b8 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_past_lti_ids ADD CONSTRAINT fk_rails_435c8261c6 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_profile_links ADD CONSTRAINT fk_rails_e7feec0134 FOREIGN KEY (user_profile_id) REFERENCES canvas.user_profiles (id);
ALTER TABLE canvas.user_profiles ADD CONSTRAINT fk_rails_87a6352e58 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.user_services ADD CONSTRAINT fk_rails_fea9a826f7 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.viewed_submission_comments ADD CONSTRAINT fk_rails_28c7c3f1f7 FOREIGN KEY (submission_comment_id) REFERENCES canvas.submission_comments (id);
ALTER TABLE canvas.viewed_submission_comments ADD CONSTRAINT fk_rails_653ca85e1b FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.web_conference_participants ADD CONSTRAINT fk_rails_5e4063e908 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.web_conference_participants ADD CONSTRAINT fk_rails_652989382e FOREIGN KEY (web_conference_id) REFERENCES canvas.web_conferences (id);
ALTER TABLE canvas.web_conferences ADD CONSTRAINT fk_rails_e776d94dd2 FOREIGN KEY (user_id) REFERENCES canvas.users (id);
ALTER TABLE canvas.wiki_pages ADD CONSTRAINT fk_rails_154906ae4a FOREIGN KEY (cloned_item_id) REFERENCES canvas.cloned_items (id);
ALTER TABLE canvas.wiki_pages ADD CONSTRAINT fk_rails_74a0fa180b FOREIGN KEY (assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.wiki_pages ADD CONSTRAINT fk_rails_9a0e88e669 FOREIGN KEY (old_assignment_id) REFERENCES canvas.assignments (id);
ALTER TABLE canvas.wiki_pages ADD CONSTRAINT fk_rails_adcd926cb8 FOREIGN KEY (wiki_id) REFERENCES canvas.wikis (id);
ALTER TABLE canvas.wiki_pages ADD CONSTRAINT fk_rails_df5fec60ce FOREIGN KEY (user_id) REFERENCES canvas.users (id);
