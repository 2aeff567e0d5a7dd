-- Decidim, the participatory democracy platform of Barcelona and hundreds of other public bodies, as its own community
-- instance Metadecidim (meta.decidim.org) runs it on Decidim 0.31.2 with the initiatives, conferences, elections and
-- collaborative texts modules and term customizer (organizations, participants and user groups (both in
-- decidim_users), participatory processes with steps, groups and types, assemblies with members and types,
-- conferences with speakers, partners, registration types, invites and registrations, components, proposals with
-- states, supports (votes), notes, evaluation assignments, collaborative drafts and co-authorships, comments and
-- comment votes, debates, meetings with registrations, invites, agendas, polls and services, participatory budgets
-- with projects, orders (ballots) and line items, accountability results, statuses and milestones, surveys and forms
-- (questionnaires, questions, options, responses), citizen initiatives with types, type scopes, committee members and
-- signatures (votes), elections, legacy consultations, sortitions, blog posts, pages, scopes and scope types, areas,
-- categories, taxonomies, follows, likes, moderations and reports, user moderation and blocks, authorizations
-- (verifications), conversations and messages, notifications, newsletters, action logs, metrics, attachments,
-- OAuth applications and tokens, static pages), as its Rails schema declares it: db/schema.rb (ActiveRecord schema
-- version 2026_02_09_155314) of github.com/decidim/metadecidim at commit 05fe096 (2026-02-26; Decidim and
-- Metadecidim are AGPL-3.0; we use the schema's facts). Its create_table and add_foreign_key statements were turned
-- into PostgreSQL by a one-off script: all 153 tables, their primary keys (id: serial -> integer, default ids ->
-- bigint, data_migrations keyed by its version string) and the 66 foreign keys the schema declares, schema decidim;
-- string -> character varying, datetime -> timestamp (precision 6 unless the schema says precision: nil), float ->
-- double precision, jsonb kept (titles and names are jsonb keyed by locale), the one ltree column
-- (decidim_assemblies.parents_path) -> text; column names that are PostgreSQL reserved words quoted. Left out: the
-- ltree and pg_trgm extensions, defaults, indexes (unique ones too; no foreign key points at one), the one ON DELETE
-- SET NULL action, and the polymorphic references Rails keeps in *_type/*_id column pairs, which the schema does not
-- declare. The schema declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS decidim;
CREATE TABLE decidim.active_storage_attachments (
    id bigint NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.active_storage_blobs (
    id bigint NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL,
    service_name character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.active_storage_variant_records (
    id bigint NOT NULL,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.data_migrations (
    version character varying NOT NULL,
    PRIMARY KEY (version)
);
CREATE TABLE decidim.decidim_accountability_milestones (
    id integer NOT NULL,
    entry_date date,
    description jsonb,
    decidim_accountability_result_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_accountability_results (
    id integer NOT NULL,
    title jsonb,
    description jsonb,
    reference character varying,
    start_date date,
    end_date date,
    progress numeric(5,2),
    external_id character varying,
    parent_id integer,
    decidim_accountability_status_id integer,
    decidim_component_id integer,
    decidim_scope_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    children_count integer,
    legacy_id integer,
    weight double precision,
    comments_count integer NOT NULL,
    deleted_at timestamp(6) without time zone,
    address text,
    latitude double precision,
    longitude double precision,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_accountability_statuses (
    id integer NOT NULL,
    key character varying,
    name jsonb,
    decidim_component_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description jsonb,
    progress integer,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_action_logs (
    id bigint NOT NULL,
    decidim_organization_id bigint NOT NULL,
    user_id bigint NOT NULL,
    decidim_component_id bigint,
    resource_type character varying NOT NULL,
    resource_id bigint NOT NULL,
    participatory_space_type character varying,
    participatory_space_id bigint,
    action character varying NOT NULL,
    extra jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    version_id integer,
    visibility character varying,
    decidim_scope_id integer,
    decidim_area_id integer,
    user_type character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_amendments (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_amendable_type character varying,
    decidim_amendable_id bigint,
    decidim_emendation_type character varying,
    decidim_emendation_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    state integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_api_jwt_denylists (
    id bigint NOT NULL,
    jti character varying NOT NULL,
    exp timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_area_types (
    id bigint NOT NULL,
    decidim_organization_id bigint,
    name jsonb NOT NULL,
    plural jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_areas (
    id bigint NOT NULL,
    name jsonb,
    area_type_id bigint,
    decidim_organization_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_assemblies (
    id integer NOT NULL,
    slug character varying NOT NULL,
    decidim_organization_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title jsonb NOT NULL,
    subtitle jsonb NOT NULL,
    short_description jsonb NOT NULL,
    description jsonb NOT NULL,
    hero_image character varying,
    banner_image character varying,
    promoted boolean,
    published_at timestamp without time zone,
    developer_group jsonb,
    meta_scope jsonb,
    local_area jsonb,
    target jsonb,
    participatory_scope jsonb,
    participatory_structure jsonb,
    decidim_scope_id integer,
    scopes_enabled boolean NOT NULL,
    reference character varying,
    decidim_area_id bigint,
    private_space boolean,
    parent_id bigint,
    parents_path text,
    children_count integer,
    purpose_of_action jsonb,
    composition jsonb,
    creation_date date,
    created_by character varying,
    created_by_other jsonb,
    duration date,
    included_at date,
    closing_date date,
    closing_date_reason jsonb,
    internal_organisation jsonb,
    is_transparent boolean,
    special_features jsonb,
    twitter_handler character varying,
    instagram_handler character varying,
    facebook_handler character varying,
    youtube_handler character varying,
    github_handler character varying,
    decidim_assemblies_type_id bigint,
    weight integer NOT NULL,
    follows_count integer NOT NULL,
    announcement jsonb,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_assemblies_settings (
    id bigint NOT NULL,
    enable_organization_chart boolean,
    decidim_organization_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_assemblies_types (
    id bigint NOT NULL,
    title jsonb NOT NULL,
    decidim_organization_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_assembly_members (
    id bigint NOT NULL,
    decidim_assembly_id bigint,
    weight integer NOT NULL,
    full_name character varying,
    gender character varying,
    birthday date,
    birthplace character varying,
    designation_date date,
    position character varying,
    position_other character varying,
    ceased_date date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_user_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_assembly_user_roles (
    id bigint NOT NULL,
    decidim_user_id integer,
    decidim_assembly_id integer,
    role character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_attachment_collections (
    id bigint NOT NULL,
    name jsonb NOT NULL,
    description jsonb NOT NULL,
    weight integer NOT NULL,
    collection_for_type character varying NOT NULL,
    collection_for_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_attachments (
    id integer NOT NULL,
    title jsonb NOT NULL,
    description jsonb,
    file character varying,
    content_type character varying NOT NULL,
    file_size character varying NOT NULL,
    attached_to_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    attached_to_type character varying NOT NULL,
    weight integer NOT NULL,
    attachment_collection_id integer,
    link character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_authorization_transfer_records (
    id bigint NOT NULL,
    transfer_id bigint NOT NULL,
    resource_type character varying NOT NULL,
    resource_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_authorization_transfers (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    source_user_id bigint NOT NULL,
    authorization_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_authorizations (
    id integer NOT NULL,
    name character varying NOT NULL,
    metadata jsonb,
    decidim_user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    unique_id character varying,
    granted_at timestamp without time zone,
    verification_metadata jsonb,
    verification_attachment character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_blogs_posts (
    id integer NOT NULL,
    title jsonb,
    body jsonb,
    decidim_component_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_author_id integer NOT NULL,
    decidim_author_type character varying NOT NULL,
    decidim_user_group_id integer,
    likes_count integer NOT NULL,
    comments_count integer NOT NULL,
    follows_count integer NOT NULL,
    published_at timestamp without time zone,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_budgets_budgets (
    id integer NOT NULL,
    title jsonb,
    weight integer NOT NULL,
    description jsonb,
    total_budget integer,
    decidim_component_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_scope_id bigint,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_budgets_line_items (
    id integer NOT NULL,
    decidim_order_id integer,
    decidim_project_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_budgets_orders (
    id integer NOT NULL,
    decidim_user_id integer,
    checked_out_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_budgets_budget_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_budgets_projects (
    id integer NOT NULL,
    title jsonb,
    description jsonb,
    budget_amount bigint NOT NULL,
    decidim_scope_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    reference character varying,
    decidim_budgets_budget_id bigint,
    selected_at date,
    comments_count integer NOT NULL,
    follows_count integer NOT NULL,
    address text,
    latitude double precision,
    longitude double precision,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_categories (
    id integer NOT NULL,
    name jsonb NOT NULL,
    description jsonb,
    parent_id integer,
    decidim_participatory_space_id integer,
    decidim_participatory_space_type character varying,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_categorizations (
    id bigint NOT NULL,
    decidim_category_id bigint NOT NULL,
    categorizable_type character varying NOT NULL,
    categorizable_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_coauthorships (
    id bigint NOT NULL,
    decidim_author_id bigint NOT NULL,
    decidim_user_group_id bigint,
    coauthorable_type character varying,
    coauthorable_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_author_type character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_collaborative_texts_documents (
    id bigint NOT NULL,
    decidim_component_id integer,
    title character varying,
    announcement jsonb,
    accepting_suggestions boolean NOT NULL,
    published_at timestamp without time zone,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    coauthorships_count integer NOT NULL,
    suggestions_count integer NOT NULL,
    document_versions_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_collaborative_texts_suggestions (
    id bigint NOT NULL,
    document_version_id bigint NOT NULL,
    decidim_author_type character varying,
    decidim_author_id bigint,
    changeset jsonb NOT NULL,
    status integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_collaborative_texts_versions (
    id bigint NOT NULL,
    document_id bigint NOT NULL,
    body character varying,
    draft boolean NOT NULL,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    suggestions_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_comments_comment_votes (
    id integer NOT NULL,
    weight integer NOT NULL,
    decidim_comment_id integer NOT NULL,
    decidim_author_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_author_type character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_comments_comments (
    id integer NOT NULL,
    decidim_commentable_type character varying NOT NULL,
    decidim_commentable_id integer NOT NULL,
    decidim_author_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    depth integer NOT NULL,
    alignment integer NOT NULL,
    decidim_user_group_id integer,
    decidim_root_commentable_type character varying NOT NULL,
    decidim_root_commentable_id integer NOT NULL,
    decidim_author_type character varying NOT NULL,
    body jsonb,
    comments_count integer NOT NULL,
    decidim_participatory_space_type character varying,
    decidim_participatory_space_id integer,
    deleted_at timestamp without time zone,
    up_votes_count integer NOT NULL,
    down_votes_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_components (
    id integer NOT NULL,
    manifest_name character varying,
    name jsonb,
    participatory_space_id integer NOT NULL,
    settings jsonb,
    weight integer,
    published_at timestamp without time zone,
    permissions jsonb,
    participatory_space_type character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    visible boolean,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conference_speaker_conference_meetings (
    id bigint NOT NULL,
    conference_speaker_id bigint NOT NULL,
    conference_meeting_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conference_speakers (
    id bigint NOT NULL,
    decidim_conference_id bigint,
    full_name character varying,
    position jsonb,
    affiliation jsonb,
    twitter_handle character varying,
    short_bio jsonb,
    personal_url character varying,
    avatar character varying,
    decidim_user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    published_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conference_user_roles (
    id bigint NOT NULL,
    decidim_user_id integer,
    decidim_conference_id integer,
    role character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conferences (
    id bigint NOT NULL,
    title jsonb NOT NULL,
    slogan jsonb NOT NULL,
    slug character varying NOT NULL,
    reference character varying,
    location character varying,
    decidim_organization_id integer,
    short_description jsonb NOT NULL,
    description jsonb NOT NULL,
    hero_image character varying,
    banner_image character varying,
    promoted boolean,
    published_at timestamp without time zone,
    objectives jsonb NOT NULL,
    show_statistics boolean,
    start_date date,
    end_date date,
    scopes_enabled boolean NOT NULL,
    decidim_scope_id integer,
    registrations_enabled boolean NOT NULL,
    available_slots integer NOT NULL,
    registration_terms jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    signature_name character varying,
    signature character varying,
    main_logo character varying,
    sign_date date,
    diploma_sent_at timestamp without time zone,
    follows_count integer NOT NULL,
    weight integer NOT NULL,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conferences_conference_invites (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_conference_id bigint NOT NULL,
    sent_at timestamp without time zone,
    accepted_at timestamp without time zone,
    rejected_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_conference_registration_type_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conferences_conference_meeting_registration_types (
    id bigint NOT NULL,
    registration_type_id bigint NOT NULL,
    conference_meeting_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conferences_conference_registrations (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_conference_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_conference_registration_type_id integer,
    confirmed_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conferences_media_links (
    id bigint NOT NULL,
    decidim_conference_id bigint,
    title jsonb NOT NULL,
    link character varying NOT NULL,
    date date,
    weight integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conferences_partners (
    id bigint NOT NULL,
    decidim_conference_id bigint,
    name character varying NOT NULL,
    partner_type character varying NOT NULL,
    weight integer NOT NULL,
    link character varying,
    logo character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_conferences_registration_types (
    id bigint NOT NULL,
    decidim_conference_id bigint,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    price numeric(8,2),
    weight integer NOT NULL,
    published_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_consultations (
    id bigint NOT NULL,
    slug character varying NOT NULL,
    decidim_organization_id integer,
    title jsonb NOT NULL,
    subtitle jsonb NOT NULL,
    description jsonb NOT NULL,
    banner_image character varying,
    introductory_video_url character varying,
    start_voting_date date NOT NULL,
    decidim_highlighted_scope_id integer,
    published_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    end_voting_date date NOT NULL,
    results_published_at date,
    introductory_image character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_consultations_questions (
    id bigint NOT NULL,
    decidim_consultation_id bigint,
    decidim_scope_id bigint,
    title jsonb NOT NULL,
    subtitle jsonb NOT NULL,
    what_is_decided jsonb NOT NULL,
    promoter_group jsonb NOT NULL,
    participatory_scope jsonb NOT NULL,
    question_context jsonb,
    banner_image character varying,
    reference character varying,
    hashtag character varying,
    published_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_organization_id integer NOT NULL,
    slug character varying NOT NULL,
    votes_count integer NOT NULL,
    origin_scope jsonb,
    origin_title jsonb,
    origin_url character varying,
    i_frame_url character varying,
    external_voting boolean,
    responses_count integer NOT NULL,
    hero_image character varying,
    "order" integer,
    max_votes integer,
    min_votes integer,
    instructions jsonb,
    response_groups_count integer NOT NULL,
    comments_count integer NOT NULL,
    follows_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_consultations_response_groups (
    id bigint NOT NULL,
    title jsonb,
    decidim_consultations_questions_id bigint,
    responses_count integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_consultations_responses (
    id bigint NOT NULL,
    title jsonb,
    decidim_consultations_questions_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    votes_count integer NOT NULL,
    decidim_consultations_response_group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_consultations_votes (
    id bigint NOT NULL,
    decidim_consultation_question_id bigint,
    decidim_author_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_user_group_id integer,
    decidim_consultations_response_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_content_block_attachments (
    id bigint NOT NULL,
    name character varying,
    decidim_content_block_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_content_blocks (
    id bigint NOT NULL,
    decidim_organization_id integer NOT NULL,
    manifest_name character varying NOT NULL,
    scope_name character varying NOT NULL,
    settings jsonb,
    published_at timestamp without time zone,
    weight integer,
    images jsonb,
    scoped_resource_id integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_contextual_help_sections (
    id bigint NOT NULL,
    section_id character varying NOT NULL,
    organization_id bigint NOT NULL,
    content jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_debates_debates (
    id integer NOT NULL,
    title jsonb,
    description jsonb,
    instructions jsonb,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    image character varying,
    decidim_component_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    extra jsonb,
    information_updates jsonb,
    decidim_author_id integer NOT NULL,
    reference character varying,
    decidim_user_group_id integer,
    decidim_author_type character varying NOT NULL,
    closed_at timestamp without time zone,
    conclusions jsonb,
    likes_count integer NOT NULL,
    comments_count integer NOT NULL,
    last_comment_at timestamp without time zone,
    last_comment_by_id integer,
    last_comment_by_type character varying,
    decidim_scope_id bigint,
    follows_count integer NOT NULL,
    comments_enabled boolean,
    deleted_at timestamp(6) without time zone,
    comments_layout character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_editor_images (
    id bigint NOT NULL,
    decidim_author_id bigint NOT NULL,
    decidim_organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_elections_elections (
    id bigint NOT NULL,
    decidim_component_id integer,
    title jsonb,
    description jsonb,
    announcement jsonb,
    start_at timestamp without time zone,
    end_at timestamp without time zone,
    results_availability character varying NOT NULL,
    published_at timestamp without time zone,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    census_manifest character varying,
    census_settings jsonb NOT NULL,
    published_results_at timestamp(6) without time zone,
    votes_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_elections_questions (
    id bigint NOT NULL,
    election_id bigint NOT NULL,
    body jsonb NOT NULL,
    description jsonb,
    mandatory boolean NOT NULL,
    question_type character varying NOT NULL,
    position integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    published_results_at timestamp(6) without time zone,
    voting_enabled_at timestamp(6) without time zone,
    votes_count integer NOT NULL,
    response_options_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_elections_response_options (
    id bigint NOT NULL,
    question_id bigint NOT NULL,
    body jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    votes_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_elections_voters (
    id bigint NOT NULL,
    election_id bigint NOT NULL,
    data jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_elections_votes (
    id bigint NOT NULL,
    question_id bigint NOT NULL,
    response_option_id bigint NOT NULL,
    voter_uid character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_follows (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_followable_type character varying,
    decidim_followable_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_forms_display_conditions (
    id bigint NOT NULL,
    decidim_question_id bigint NOT NULL,
    decidim_condition_question_id bigint NOT NULL,
    decidim_response_option_id bigint,
    condition_type integer NOT NULL,
    condition_value jsonb,
    mandatory boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_forms_question_matrix_rows (
    id bigint NOT NULL,
    decidim_question_id bigint,
    position integer,
    body jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_forms_questionnaires (
    id integer NOT NULL,
    title jsonb,
    description jsonb,
    tos jsonb,
    questionnaire_for_type character varying,
    questionnaire_for_id integer,
    published_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    salt character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_forms_questions (
    id integer NOT NULL,
    decidim_questionnaire_id integer,
    position integer,
    question_type character varying,
    mandatory boolean,
    body jsonb,
    description jsonb,
    max_choices integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    max_characters integer,
    response_options_count integer NOT NULL,
    matrix_rows_count integer NOT NULL,
    display_conditions_count integer NOT NULL,
    display_conditions_for_other_questions_count integer NOT NULL,
    survey_responses_published_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_forms_response_choices (
    id bigint NOT NULL,
    decidim_response_id bigint,
    decidim_response_option_id bigint,
    position integer,
    body jsonb,
    custom_body text,
    decidim_question_matrix_row_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_forms_response_options (
    id bigint NOT NULL,
    decidim_question_id bigint,
    body jsonb,
    free_text boolean,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_forms_responses (
    id integer NOT NULL,
    body text,
    decidim_user_id integer,
    decidim_questionnaire_id integer,
    decidim_question_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    session_token character varying NOT NULL,
    ip_hash character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_gamification_badge_scores (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    badge_name character varying NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_identities (
    id integer NOT NULL,
    provider character varying NOT NULL,
    uid character varying NOT NULL,
    decidim_user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_organization_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_impersonation_logs (
    id bigint NOT NULL,
    decidim_admin_id bigint,
    decidim_user_id bigint,
    started_at timestamp without time zone,
    ended_at timestamp without time zone,
    expired_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    reason text,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_initiatives (
    id bigint NOT NULL,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    decidim_organization_id integer,
    decidim_author_id bigint NOT NULL,
    published_at timestamp without time zone,
    state integer NOT NULL,
    signature_type integer NOT NULL,
    signature_start_date date,
    signature_end_date date,
    answer jsonb,
    answered_at timestamp without time zone,
    answer_url character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_user_group_id integer,
    scoped_type_id integer,
    first_progress_notification_at timestamp without time zone,
    second_progress_notification_at timestamp without time zone,
    decidim_author_type character varying NOT NULL,
    reference character varying,
    decidim_area_id bigint,
    online_votes jsonb,
    offline_votes jsonb,
    comments_count integer NOT NULL,
    follows_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_initiatives_committee_members (
    id bigint NOT NULL,
    decidim_initiatives_id bigint,
    decidim_users_id bigint,
    state integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_initiatives_settings (
    id bigint NOT NULL,
    initiatives_order character varying,
    decidim_organization_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_initiatives_type_scopes (
    id bigint NOT NULL,
    decidim_initiatives_types_id bigint,
    decidim_scopes_id bigint,
    supports_required integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_taxonomy_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_initiatives_types (
    id bigint NOT NULL,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    decidim_organization_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    banner_image character varying,
    collect_user_extra_fields boolean,
    extra_fields_legal_information jsonb,
    minimum_committee_members integer,
    validate_sms_code_on_votes boolean,
    document_number_authorization_handler character varying,
    undo_online_signatures_enabled boolean NOT NULL,
    promoting_committee_enabled boolean NOT NULL,
    signature_type integer NOT NULL,
    custom_signature_end_date_enabled boolean NOT NULL,
    attachments_enabled boolean NOT NULL,
    area_enabled boolean NOT NULL,
    child_scope_threshold_enabled boolean NOT NULL,
    only_global_scope_enabled boolean NOT NULL,
    comments_enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_initiatives_votes (
    id bigint NOT NULL,
    decidim_initiative_id bigint NOT NULL,
    decidim_author_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    encrypted_metadata text,
    timestamp character varying,
    hash_id character varying,
    decidim_scope_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_likes (
    id bigint NOT NULL,
    resource_type character varying,
    resource_id bigint,
    decidim_author_type character varying,
    decidim_author_id bigint,
    decidim_user_group_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_agenda_items (
    id bigint NOT NULL,
    decidim_agenda_id bigint,
    position integer,
    parent_id bigint,
    duration integer,
    title jsonb,
    description jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_agendas (
    id bigint NOT NULL,
    title jsonb,
    decidim_meeting_id bigint NOT NULL,
    visible boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_invites (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_meeting_id bigint NOT NULL,
    sent_at timestamp without time zone,
    accepted_at timestamp without time zone,
    rejected_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_meeting_links (
    id bigint NOT NULL,
    decidim_component_id bigint NOT NULL,
    decidim_meeting_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_meetings (
    id integer NOT NULL,
    title jsonb,
    description jsonb,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    address text,
    location jsonb,
    location_hints jsonb,
    decidim_component_id integer,
    decidim_author_id integer,
    decidim_scope_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    closing_report jsonb,
    attendees_count integer,
    contributions_count integer,
    attending_organizations text,
    closed_at time without time zone,
    latitude double precision,
    longitude double precision,
    extra jsonb,
    reference character varying,
    registrations_enabled boolean NOT NULL,
    available_slots integer NOT NULL,
    registration_terms jsonb,
    reserved_slots integer NOT NULL,
    private_meeting boolean,
    transparent boolean,
    registration_form_enabled boolean,
    decidim_author_type character varying,
    decidim_user_group_id integer,
    comments_count integer NOT NULL,
    salt character varying,
    online_meeting_url character varying,
    registration_url character varying,
    follows_count integer NOT NULL,
    customize_registration_email boolean,
    registration_email_custom_content jsonb,
    published_at timestamp without time zone,
    video_url character varying,
    audio_url character varying,
    closing_visible boolean,
    comments_enabled boolean,
    comments_start_time timestamp without time zone,
    comments_end_time timestamp without time zone,
    state character varying,
    iframe_access_level integer,
    iframe_embed_type integer,
    type_of_meeting integer NOT NULL,
    registration_type integer NOT NULL,
    withdrawn_at timestamp without time zone,
    deleted_at timestamp(6) without time zone,
    reminder_enabled boolean NOT NULL,
    send_reminders_before_hours integer,
    reminder_message_custom_content jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_polls (
    id bigint NOT NULL,
    decidim_meeting_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_questionnaires (
    id bigint NOT NULL,
    questionnaire_for_type character varying,
    questionnaire_for_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_questions (
    id bigint NOT NULL,
    decidim_questionnaire_id bigint,
    position integer,
    question_type character varying,
    body jsonb,
    max_choices integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    status integer,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_registrations (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_meeting_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    code character varying,
    validated_at timestamp without time zone,
    decidim_user_group_id bigint,
    public_participation boolean,
    status character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_response_choices (
    id bigint NOT NULL,
    decidim_response_id bigint,
    decidim_response_option_id bigint,
    position integer,
    body jsonb,
    custom_body text,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_response_options (
    id bigint NOT NULL,
    decidim_question_id bigint,
    body jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_responses (
    id bigint NOT NULL,
    decidim_user_id bigint,
    decidim_questionnaire_id bigint,
    decidim_question_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_meetings_services (
    id bigint NOT NULL,
    title jsonb,
    description jsonb,
    decidim_meeting_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_messaging_conversations (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_messaging_messages (
    id bigint NOT NULL,
    decidim_conversation_id bigint NOT NULL,
    decidim_sender_id bigint NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_messaging_participations (
    id bigint NOT NULL,
    decidim_conversation_id bigint NOT NULL,
    decidim_participant_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_messaging_receipts (
    id bigint NOT NULL,
    decidim_message_id bigint NOT NULL,
    decidim_recipient_id bigint NOT NULL,
    read_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_metrics (
    id bigint NOT NULL,
    day date NOT NULL,
    metric_type character varying NOT NULL,
    cumulative integer NOT NULL,
    quantity integer NOT NULL,
    decidim_organization_id bigint NOT NULL,
    participatory_space_type character varying,
    participatory_space_id bigint,
    related_object_type character varying,
    related_object_id bigint,
    decidim_category_id bigint,
    decidim_taxonomy_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_moderations (
    id integer NOT NULL,
    decidim_participatory_space_id integer NOT NULL,
    decidim_reportable_type character varying NOT NULL,
    decidim_reportable_id integer NOT NULL,
    report_count integer NOT NULL,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    decidim_participatory_space_type character varying NOT NULL,
    reported_content text,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_newsletters (
    id integer NOT NULL,
    subject jsonb,
    organization_id integer,
    author_id integer,
    total_recipients integer,
    total_deliveries integer,
    sent_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    extended_data jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_notifications (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_resource_type character varying NOT NULL,
    decidim_resource_id bigint NOT NULL,
    event_name character varying NOT NULL,
    event_class character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    extra jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_organizations (
    id integer NOT NULL,
    host character varying NOT NULL,
    default_locale character varying NOT NULL,
    available_locales character varying[],
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description jsonb,
    logo character varying,
    twitter_handler character varying,
    favicon character varying,
    official_img_footer character varying,
    official_url character varying,
    instagram_handler character varying,
    facebook_handler character varying,
    youtube_handler character varying,
    github_handler character varying,
    reference_prefix character varying NOT NULL,
    secondary_hosts character varying[],
    available_authorizations character varying[],
    header_snippets text,
    enable_omnipresent_banner boolean NOT NULL,
    omnipresent_banner_title jsonb,
    omnipresent_banner_short_description jsonb,
    omnipresent_banner_url character varying,
    tos_version timestamp without time zone,
    badges_enabled boolean NOT NULL,
    send_welcome_notification boolean NOT NULL,
    welcome_notification_subject jsonb,
    welcome_notification_body jsonb,
    users_registration_mode integer NOT NULL,
    id_documents_methods character varying[],
    id_documents_explanation_text jsonb,
    user_groups_enabled boolean NOT NULL,
    colors jsonb,
    smtp_settings jsonb,
    force_users_to_authenticate_before_access_organization boolean,
    rich_text_editor_in_public_views boolean,
    admin_terms_of_service_body jsonb,
    time_zone character varying(255),
    omniauth_settings jsonb,
    enable_machine_translations boolean,
    comments_max_length integer,
    file_upload_settings jsonb,
    machine_translation_display_priority character varying NOT NULL,
    external_domain_allowlist character varying[],
    enable_participatory_space_filters boolean,
    content_security_policy jsonb,
    name jsonb NOT NULL,
    short_name jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_pages_pages (
    id integer NOT NULL,
    body jsonb,
    decidim_component_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_participatory_process_groups (
    id integer NOT NULL,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    hero_image character varying,
    decidim_organization_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    group_url character varying,
    developer_group jsonb,
    local_area jsonb,
    meta_scope jsonb,
    target jsonb,
    participatory_scope jsonb,
    participatory_structure jsonb,
    promoted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_participatory_process_steps (
    id integer NOT NULL,
    title jsonb NOT NULL,
    description jsonb,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    decidim_participatory_process_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    active boolean,
    position integer,
    extra jsonb,
    cta_text jsonb,
    cta_path character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_participatory_process_types (
    id bigint NOT NULL,
    title jsonb NOT NULL,
    decidim_organization_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_participatory_process_user_roles (
    id integer NOT NULL,
    decidim_user_id integer,
    decidim_participatory_process_id integer,
    role character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_participatory_processes (
    id integer NOT NULL,
    slug character varying NOT NULL,
    decidim_organization_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title jsonb NOT NULL,
    subtitle jsonb NOT NULL,
    short_description jsonb NOT NULL,
    description jsonb NOT NULL,
    hero_image character varying,
    promoted boolean,
    published_at timestamp without time zone,
    developer_group jsonb,
    end_date date,
    meta_scope jsonb,
    extra jsonb,
    local_area jsonb,
    target jsonb,
    participatory_scope jsonb,
    participatory_structure jsonb,
    decidim_scope_id integer,
    decidim_participatory_process_group_id integer,
    announcement jsonb,
    scopes_enabled boolean NOT NULL,
    start_date date,
    reference character varying,
    private_space boolean,
    decidim_area_id bigint,
    decidim_scope_type_id bigint,
    weight integer NOT NULL,
    follows_count integer NOT NULL,
    decidim_participatory_process_type_id bigint,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_participatory_space_links (
    id integer NOT NULL,
    from_type character varying NOT NULL,
    from_id integer NOT NULL,
    to_type character varying NOT NULL,
    to_id integer NOT NULL,
    name character varying NOT NULL,
    data jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_participatory_space_private_users (
    id bigint NOT NULL,
    decidim_user_id bigint,
    privatable_to_id integer,
    privatable_to_type character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    role jsonb,
    published boolean,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_private_exports (
    id bigint NOT NULL,
    uuid uuid NOT NULL,
    export_type character varying NOT NULL,
    attached_to_type character varying,
    attached_to_id integer,
    file character varying,
    content_type character varying NOT NULL,
    file_size character varying NOT NULL,
    expires_at timestamp(6) without time zone,
    metadata jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_collaborative_draft_collaborator_requests (
    id bigint NOT NULL,
    decidim_proposals_collaborative_draft_id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_collaborative_drafts (
    id bigint NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    decidim_component_id integer NOT NULL,
    decidim_scope_id integer,
    reference character varying,
    address text,
    latitude double precision,
    longitude double precision,
    published_at timestamp without time zone,
    authors_count integer NOT NULL,
    versions_count integer NOT NULL,
    contributions_count integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    coauthorships_count integer NOT NULL,
    comments_count integer NOT NULL,
    follows_count integer NOT NULL,
    state integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_evaluation_assignments (
    id bigint NOT NULL,
    decidim_proposal_id bigint NOT NULL,
    evaluator_role_type character varying NOT NULL,
    evaluator_role_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_participatory_texts (
    id bigint NOT NULL,
    title jsonb,
    description jsonb,
    decidim_component_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_proposal_notes (
    id bigint NOT NULL,
    decidim_proposal_id bigint NOT NULL,
    decidim_author_id bigint NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    parent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_proposal_states (
    id bigint NOT NULL,
    title jsonb,
    announcement_title jsonb,
    token character varying NOT NULL,
    decidim_component_id bigint NOT NULL,
    proposals_count integer NOT NULL,
    bg_color character varying NOT NULL,
    text_color character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_proposal_votes (
    id integer NOT NULL,
    decidim_proposal_id integer NOT NULL,
    decidim_author_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    temporary boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_proposals_proposals (
    id integer NOT NULL,
    decidim_component_id integer NOT NULL,
    decidim_scope_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    proposal_votes_count integer NOT NULL,
    extra jsonb,
    answered_at timestamp without time zone,
    answer jsonb,
    reference character varying,
    address text,
    latitude double precision,
    longitude double precision,
    proposal_notes_count integer NOT NULL,
    published_at timestamp without time zone,
    coauthorships_count integer NOT NULL,
    participatory_text_level character varying,
    position integer,
    created_in_meeting boolean,
    cost numeric,
    cost_report jsonb,
    execution_period jsonb,
    state_published_at timestamp without time zone,
    likes_count integer NOT NULL,
    title jsonb,
    body jsonb,
    comments_count integer NOT NULL,
    follows_count integer NOT NULL,
    old_state integer NOT NULL,
    evaluation_assignments_count integer,
    withdrawn_at timestamp without time zone,
    decidim_proposals_proposal_state_id integer,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_reminder_deliveries (
    id bigint NOT NULL,
    decidim_reminder_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_reminder_records (
    id bigint NOT NULL,
    string character varying,
    decidim_reminder_id bigint,
    remindable_type character varying NOT NULL,
    remindable_id bigint NOT NULL,
    state integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_reminders (
    id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    decidim_component_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_reports (
    id integer NOT NULL,
    decidim_moderation_id integer NOT NULL,
    decidim_user_id integer NOT NULL,
    reason character varying NOT NULL,
    details text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_resource_links (
    id integer NOT NULL,
    from_type character varying NOT NULL,
    from_id integer NOT NULL,
    to_type character varying NOT NULL,
    to_id integer NOT NULL,
    name character varying NOT NULL,
    data jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_resource_permissions (
    id bigint NOT NULL,
    resource_type character varying,
    resource_id bigint,
    permissions jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_scope_types (
    id integer NOT NULL,
    decidim_organization_id integer,
    name jsonb NOT NULL,
    plural jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_scopes (
    id integer NOT NULL,
    decidim_organization_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name jsonb NOT NULL,
    scope_type_id integer,
    parent_id integer,
    code character varying NOT NULL,
    part_of integer[] NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_searchable_resources (
    id bigint NOT NULL,
    content_a text,
    content_b text,
    content_c text,
    content_d text,
    locale character varying NOT NULL,
    datetime timestamp without time zone,
    decidim_scope_id bigint,
    decidim_participatory_space_type character varying,
    decidim_participatory_space_id bigint,
    decidim_organization_id bigint,
    resource_type character varying,
    resource_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_share_tokens (
    id bigint NOT NULL,
    decidim_organization_id bigint NOT NULL,
    decidim_user_id bigint NOT NULL,
    token_for_type character varying NOT NULL,
    token_for_id bigint NOT NULL,
    token character varying NOT NULL,
    times_used integer,
    created_at timestamp without time zone,
    last_used_at timestamp without time zone,
    expires_at timestamp without time zone,
    registered_only boolean,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_short_links (
    id bigint NOT NULL,
    decidim_organization_id bigint NOT NULL,
    target_type character varying NOT NULL,
    target_id bigint NOT NULL,
    identifier character varying(10) NOT NULL,
    mounted_engine_name character varying,
    route_name character varying,
    params jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_sortitions_sortitions (
    id bigint NOT NULL,
    decidim_component_id bigint,
    decidim_proposals_component_id integer,
    dice integer NOT NULL,
    target_items integer NOT NULL,
    request_timestamp timestamp without time zone NOT NULL,
    selected_proposals jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    witnesses jsonb,
    additional_info jsonb,
    decidim_author_id bigint NOT NULL,
    reference character varying,
    title jsonb,
    cancel_reason jsonb,
    cancelled_on timestamp without time zone,
    cancelled_by_user_id integer,
    candidate_proposals jsonb,
    decidim_author_type character varying NOT NULL,
    comments_count integer NOT NULL,
    deleted_at timestamp(6) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_static_page_topics (
    id bigint NOT NULL,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    organization_id bigint NOT NULL,
    weight integer,
    show_in_footer boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_static_pages (
    id integer NOT NULL,
    title jsonb NOT NULL,
    slug character varying NOT NULL,
    content jsonb NOT NULL,
    decidim_organization_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    weight integer,
    topic_id bigint,
    allow_public_access boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_surveys_surveys (
    id integer NOT NULL,
    decidim_component_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp(6) without time zone,
    starts_at timestamp(6) without time zone,
    ends_at timestamp(6) without time zone,
    announcement jsonb,
    allow_responses boolean,
    allow_unregistered boolean,
    clean_after_publish boolean,
    published_at timestamp(6) without time zone,
    allow_editing_responses boolean,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_system_admins (
    id integer NOT NULL,
    email character varying NOT NULL,
    encrypted_password character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    failed_attempts integer NOT NULL,
    unlock_token character varying,
    locked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_taxonomies (
    id bigint NOT NULL,
    name jsonb NOT NULL,
    decidim_organization_id bigint NOT NULL,
    parent_id bigint,
    weight integer,
    children_count integer NOT NULL,
    taxonomizations_count integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    filters_count integer NOT NULL,
    filter_items_count integer NOT NULL,
    part_of integer[] NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_taxonomizations (
    id bigint NOT NULL,
    taxonomy_id bigint NOT NULL,
    taxonomizable_type character varying NOT NULL,
    taxonomizable_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_taxonomy_filter_items (
    id bigint NOT NULL,
    taxonomy_filter_id bigint NOT NULL,
    taxonomy_item_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_taxonomy_filters (
    id bigint NOT NULL,
    root_taxonomy_id bigint NOT NULL,
    filter_items_count integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    components_count integer NOT NULL,
    name jsonb,
    internal_name jsonb,
    participatory_space_manifests character varying[] NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_templates_templates (
    id bigint NOT NULL,
    decidim_organization_id integer NOT NULL,
    templatable_type character varying,
    templatable_id bigint,
    name jsonb NOT NULL,
    description jsonb,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    field_values json,
    target character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_term_customizer_constraints (
    id bigint NOT NULL,
    decidim_organization_id bigint NOT NULL,
    subject_type character varying,
    subject_id bigint,
    translation_set_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_term_customizer_translation_sets (
    id bigint NOT NULL,
    name jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_term_customizer_translations (
    id bigint NOT NULL,
    locale character varying,
    key character varying,
    value text,
    translation_set_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_user_blocks (
    id bigint NOT NULL,
    decidim_user_id bigint,
    blocking_user_id integer,
    justification text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_user_group_memberships (
    id integer NOT NULL,
    decidim_user_id integer NOT NULL,
    decidim_user_group_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    role character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_user_moderations (
    id bigint NOT NULL,
    decidim_user_id bigint,
    report_count integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_user_reports (
    id bigint NOT NULL,
    user_moderation_id integer,
    user_id integer NOT NULL,
    reason character varying,
    details text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_users (
    id integer NOT NULL,
    email character varying,
    encrypted_password character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    invitation_token character varying,
    invitation_created_at timestamp without time zone,
    invitation_sent_at timestamp without time zone,
    invitation_accepted_at timestamp without time zone,
    invitation_limit integer,
    invited_by_type character varying,
    invited_by_id integer,
    invitations_count integer,
    decidim_organization_id integer,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    name character varying,
    locale character varying,
    avatar character varying,
    extra jsonb,
    imported_erased_at timestamp without time zone,
    delete_reason text,
    deleted_at timestamp without time zone,
    admin boolean NOT NULL,
    managed boolean NOT NULL,
    roles character varying[],
    nickname character varying(20) NOT NULL,
    personal_url character varying,
    about text,
    officialized_at timestamp without time zone,
    officialized_as jsonb,
    accepted_tos_version timestamp without time zone,
    newsletter_token character varying,
    newsletter_notifications_at timestamp without time zone,
    type character varying NOT NULL,
    extended_data jsonb,
    following_count integer NOT NULL,
    followers_count integer NOT NULL,
    notification_types character varying NOT NULL,
    failed_attempts integer NOT NULL,
    unlock_token character varying,
    locked_at timestamp without time zone,
    admin_terms_accepted_at timestamp without time zone,
    session_token character varying,
    direct_message_types character varying NOT NULL,
    blocked boolean NOT NULL,
    blocked_at timestamp without time zone,
    block_id integer,
    email_on_moderations boolean,
    follows_count integer NOT NULL,
    notification_settings jsonb,
    notifications_sending_frequency character varying,
    digest_sent_at timestamp without time zone,
    password_updated_at timestamp without time zone,
    previous_passwords character varying[],
    email_on_assigned_proposals boolean,
    api_key character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_verifications_conflicts (
    id bigint NOT NULL,
    current_user_id bigint,
    managed_user_id bigint,
    times integer,
    unique_id character varying,
    solved boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.decidim_verifications_csv_data (
    id bigint NOT NULL,
    email character varying,
    decidim_organization_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.oauth_access_grants (
    id bigint NOT NULL,
    resource_owner_id integer NOT NULL,
    application_id bigint NOT NULL,
    token character varying NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    scopes character varying,
    code_challenge character varying,
    code_challenge_method character varying,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.oauth_access_tokens (
    id bigint NOT NULL,
    resource_owner_id integer,
    application_id bigint,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    revoked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    scopes character varying,
    previous_refresh_token character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.oauth_applications (
    id bigint NOT NULL,
    name character varying NOT NULL,
    organization_name character varying NOT NULL,
    organization_url character varying NOT NULL,
    organization_logo character varying,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    decidim_organization_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    type character varying,
    confidential boolean NOT NULL,
    refresh_tokens_enabled boolean,
    PRIMARY KEY (id)
);
CREATE TABLE decidim.versions (
    id bigint NOT NULL,
    item_type character varying NOT NULL,
    item_id integer NOT NULL,
    event character varying NOT NULL,
    whodunnit character varying,
    object jsonb,
    created_at timestamp without time zone,
    object_changes jsonb,
    PRIMARY KEY (id)
);
ALTER TABLE decidim.active_storage_attachments ADD FOREIGN KEY (blob_id) REFERENCES decidim.active_storage_blobs (id);
ALTER TABLE decidim.active_storage_variant_records ADD FOREIGN KEY (blob_id) REFERENCES decidim.active_storage_blobs (id);
ALTER TABLE decidim.decidim_area_types ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_areas ADD FOREIGN KEY (area_type_id) REFERENCES decidim.decidim_area_types (id);
ALTER TABLE decidim.decidim_areas ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_assemblies ADD FOREIGN KEY (decidim_assemblies_type_id) REFERENCES decidim.decidim_assemblies_types (id);
ALTER TABLE decidim.decidim_assemblies_settings ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_attachments ADD FOREIGN KEY (attachment_collection_id) REFERENCES decidim.decidim_attachment_collections (id);
ALTER TABLE decidim.decidim_authorization_transfer_records ADD FOREIGN KEY (transfer_id) REFERENCES decidim.decidim_authorization_transfers (id);
ALTER TABLE decidim.decidim_authorization_transfers ADD FOREIGN KEY (authorization_id) REFERENCES decidim.decidim_authorizations (id);
ALTER TABLE decidim.decidim_authorization_transfers ADD FOREIGN KEY (source_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_authorization_transfers ADD FOREIGN KEY (user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_authorizations ADD FOREIGN KEY (decidim_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_budgets_budgets ADD FOREIGN KEY (decidim_scope_id) REFERENCES decidim.decidim_scopes (id);
ALTER TABLE decidim.decidim_budgets_orders ADD FOREIGN KEY (decidim_budgets_budget_id) REFERENCES decidim.decidim_budgets_budgets (id);
ALTER TABLE decidim.decidim_budgets_projects ADD FOREIGN KEY (decidim_budgets_budget_id) REFERENCES decidim.decidim_budgets_budgets (id);
ALTER TABLE decidim.decidim_categorizations ADD FOREIGN KEY (decidim_category_id) REFERENCES decidim.decidim_categories (id);
ALTER TABLE decidim.decidim_consultations_response_groups ADD FOREIGN KEY (decidim_consultations_questions_id) REFERENCES decidim.decidim_consultations_questions (id);
ALTER TABLE decidim.decidim_consultations_responses ADD FOREIGN KEY (decidim_consultations_questions_id) REFERENCES decidim.decidim_consultations_questions (id);
ALTER TABLE decidim.decidim_consultations_responses ADD FOREIGN KEY (decidim_consultations_response_group_id) REFERENCES decidim.decidim_consultations_response_groups (id);
ALTER TABLE decidim.decidim_consultations_votes ADD FOREIGN KEY (decidim_consultations_response_id) REFERENCES decidim.decidim_consultations_responses (id);
ALTER TABLE decidim.decidim_debates_debates ADD FOREIGN KEY (decidim_scope_id) REFERENCES decidim.decidim_scopes (id);
ALTER TABLE decidim.decidim_editor_images ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_editor_images ADD FOREIGN KEY (decidim_author_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_elections_questions ADD FOREIGN KEY (election_id) REFERENCES decidim.decidim_elections_elections (id);
ALTER TABLE decidim.decidim_elections_response_options ADD FOREIGN KEY (question_id) REFERENCES decidim.decidim_elections_questions (id);
ALTER TABLE decidim.decidim_elections_voters ADD FOREIGN KEY (election_id) REFERENCES decidim.decidim_elections_elections (id);
ALTER TABLE decidim.decidim_elections_votes ADD FOREIGN KEY (question_id) REFERENCES decidim.decidim_elections_questions (id);
ALTER TABLE decidim.decidim_elections_votes ADD FOREIGN KEY (response_option_id) REFERENCES decidim.decidim_elections_response_options (id);
ALTER TABLE decidim.decidim_identities ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_initiatives_settings ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_newsletters ADD FOREIGN KEY (author_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_participatory_process_steps ADD FOREIGN KEY (decidim_participatory_process_id) REFERENCES decidim.decidim_participatory_processes (id);
ALTER TABLE decidim.decidim_participatory_process_types ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_participatory_processes ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_participatory_processes ADD FOREIGN KEY (decidim_participatory_process_type_id) REFERENCES decidim.decidim_participatory_process_types (id);
ALTER TABLE decidim.decidim_participatory_processes ADD FOREIGN KEY (decidim_scope_type_id) REFERENCES decidim.decidim_scope_types (id);
ALTER TABLE decidim.decidim_proposals_proposals ADD FOREIGN KEY (decidim_proposals_proposal_state_id) REFERENCES decidim.decidim_proposals_proposal_states (id);
ALTER TABLE decidim.decidim_reminder_deliveries ADD FOREIGN KEY (decidim_reminder_id) REFERENCES decidim.decidim_reminders (id);
ALTER TABLE decidim.decidim_reminder_records ADD FOREIGN KEY (decidim_reminder_id) REFERENCES decidim.decidim_reminders (id);
ALTER TABLE decidim.decidim_reminders ADD FOREIGN KEY (decidim_component_id) REFERENCES decidim.decidim_components (id);
ALTER TABLE decidim.decidim_reminders ADD FOREIGN KEY (decidim_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_scope_types ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_scopes ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_scopes ADD FOREIGN KEY (scope_type_id) REFERENCES decidim.decidim_scope_types (id);
ALTER TABLE decidim.decidim_scopes ADD FOREIGN KEY (parent_id) REFERENCES decidim.decidim_scopes (id);
ALTER TABLE decidim.decidim_static_pages ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_taxonomy_filter_items ADD FOREIGN KEY (taxonomy_item_id) REFERENCES decidim.decidim_taxonomies (id);
ALTER TABLE decidim.decidim_taxonomy_filters ADD FOREIGN KEY (root_taxonomy_id) REFERENCES decidim.decidim_taxonomies (id);
ALTER TABLE decidim.decidim_term_customizer_constraints ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_term_customizer_constraints ADD FOREIGN KEY (translation_set_id) REFERENCES decidim.decidim_term_customizer_translation_sets (id);
ALTER TABLE decidim.decidim_term_customizer_translations ADD FOREIGN KEY (translation_set_id) REFERENCES decidim.decidim_term_customizer_translation_sets (id);
ALTER TABLE decidim.decidim_user_blocks ADD FOREIGN KEY (decidim_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_user_blocks ADD FOREIGN KEY (blocking_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_user_moderations ADD FOREIGN KEY (decidim_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_user_reports ADD FOREIGN KEY (user_moderation_id) REFERENCES decidim.decidim_user_moderations (id);
ALTER TABLE decidim.decidim_user_reports ADD FOREIGN KEY (user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_users ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.decidim_verifications_conflicts ADD FOREIGN KEY (current_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_verifications_conflicts ADD FOREIGN KEY (managed_user_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.decidim_verifications_csv_data ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
ALTER TABLE decidim.oauth_access_grants ADD FOREIGN KEY (resource_owner_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.oauth_access_grants ADD FOREIGN KEY (application_id) REFERENCES decidim.oauth_applications (id);
ALTER TABLE decidim.oauth_access_tokens ADD FOREIGN KEY (resource_owner_id) REFERENCES decidim.decidim_users (id);
ALTER TABLE decidim.oauth_access_tokens ADD FOREIGN KEY (application_id) REFERENCES decidim.oauth_applications (id);
ALTER TABLE decidim.oauth_applications ADD FOREIGN KEY (decidim_organization_id) REFERENCES decidim.decidim_organizations (id);
