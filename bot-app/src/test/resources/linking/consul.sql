-- CONSUL (now Consul Democracy), the citizen participation and open government platform run by Madrid and many other
-- city councils (citizen proposals with their supports, notifications and dashboard, debates, comments, participatory
-- budgets with groups, district headings, spending projects (investments), phases, ballots and ballot lines,
-- evaluators (valuators) and their groups and assignments, polls and referendums with questions, answers, ballot
-- booths, booth assignments, polling officers, shifts, voters, recounts and partial results, legislation processes
-- with draft versions, margin annotations, questions and answers, signature sheets and signatures, districts
-- (geozones), census records and verification, users, administrators, moderators, managers, organisations, tags and
-- taggings, follows, flags, votes, milestones and progress bars, SDG goals, targets and relations, newsletters,
-- notifications, images, documents, map locations, site customisation, and the translation tables that hold every
-- title, name and description), as its Rails schema declares it: db/schema.rb (ActiveRecord schema version
-- 2022_09_15_154808) of github.com/consul/consul, now github.com/consuldemocracy/consuldemocracy, at commit
-- f4bd8e9 (the merge of pull request #4902, 2022-12-01), read from the fork github.com/hanuschka/consul whose head is
-- that upstream commit (AGPL-3.0; we use the schema's facts). Its create_table and add_foreign_key statements were
-- turned into PostgreSQL by a one-off script: all 137 tables, their primary keys (id: serial -> integer, the two
-- id: :uuid tables -> uuid) and the 49 foreign keys the schema declares, schema consul; string -> character varying
-- (with its limit), datetime -> timestamp, float -> double precision, tsvector kept; column names that are
-- PostgreSQL reserved words quoted. Left out: the pg_trgm and unaccent extensions, defaults, indexes (unique ones
-- too; no foreign key points at one), and the polymorphic references Rails keeps in *_type/*_id column pairs, which
-- the schema does not declare. The schema declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS consul;
CREATE TABLE consul.active_poll_translations (
    id integer NOT NULL,
    active_poll_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.active_polls (
    id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.active_storage_attachments (
    id bigint NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.active_storage_blobs (
    id bigint NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    byte_size bigint NOT NULL,
    checksum character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.activities (
    id integer NOT NULL,
    user_id integer,
    action character varying,
    actionable_type character varying,
    actionable_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.admin_notification_translations (
    id integer NOT NULL,
    admin_notification_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    body text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.admin_notifications (
    id integer NOT NULL,
    link character varying,
    segment_recipient character varying,
    recipients_count integer,
    sent_at date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.administrators (
    id integer NOT NULL,
    user_id integer,
    description character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.ahoy_events (
    id uuid NOT NULL,
    visit_id uuid,
    user_id integer,
    name character varying,
    properties jsonb,
    time timestamp without time zone,
    ip character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.audits (
    id integer NOT NULL,
    auditable_id integer,
    auditable_type character varying,
    associated_id integer,
    associated_type character varying,
    user_id integer,
    user_type character varying,
    username character varying,
    action character varying,
    audited_changes jsonb,
    version integer,
    comment character varying,
    remote_address character varying,
    request_uuid character varying,
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.banner_sections (
    id integer NOT NULL,
    banner_id integer,
    web_section_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.banner_translations (
    id integer NOT NULL,
    banner_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    description text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.banners (
    id integer NOT NULL,
    target_url character varying,
    post_started_at date,
    post_ended_at date,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    background_color text,
    font_color text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_administrators (
    id integer NOT NULL,
    budget_id integer,
    administrator_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_ballot_lines (
    id integer NOT NULL,
    ballot_id integer,
    investment_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    budget_id integer,
    group_id integer,
    heading_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_ballots (
    id integer NOT NULL,
    user_id integer,
    budget_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    ballot_lines_count integer,
    physical boolean,
    poll_ballot_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_content_blocks (
    id integer NOT NULL,
    heading_id integer,
    body text,
    locale character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_group_translations (
    id integer NOT NULL,
    budget_group_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_groups (
    id integer NOT NULL,
    budget_id integer,
    slug character varying,
    max_votable_headings integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_heading_translations (
    id integer NOT NULL,
    budget_heading_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_headings (
    id integer NOT NULL,
    group_id integer,
    price bigint,
    population integer,
    slug character varying,
    allow_custom_content boolean,
    latitude text,
    longitude text,
    max_ballot_lines integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_investment_translations (
    id integer NOT NULL,
    budget_investment_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    description text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_investments (
    id integer NOT NULL,
    author_id integer,
    administrator_id integer,
    external_url character varying,
    price bigint,
    feasibility character varying(15),
    price_explanation text,
    unfeasibility_explanation text,
    valuation_finished boolean,
    valuator_assignments_count integer,
    price_first_year bigint,
    duration character varying,
    hidden_at timestamp without time zone,
    cached_votes_up integer,
    comments_count integer,
    confidence_score integer NOT NULL,
    physical_votes integer,
    tsv tsvector,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    heading_id integer,
    responsible_name character varying,
    budget_id integer,
    group_id integer,
    selected boolean,
    location character varying,
    organization_name character varying,
    unfeasible_email_sent_at timestamp without time zone,
    ballot_lines_count integer,
    previous_heading_id integer,
    winner boolean,
    incompatible boolean,
    community_id integer,
    visible_to_valuators boolean,
    valuator_group_assignments_count integer,
    confirmed_hide_at timestamp without time zone,
    ignored_flag_at timestamp without time zone,
    flags_count integer,
    original_heading_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_phase_translations (
    id integer NOT NULL,
    budget_phase_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description text,
    summary text,
    name character varying,
    main_link_text character varying,
    main_link_url character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_phases (
    id integer NOT NULL,
    budget_id integer,
    next_phase_id integer,
    kind character varying NOT NULL,
    starts_at timestamp without time zone,
    ends_at timestamp without time zone,
    enabled boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_reclassified_votes (
    id integer NOT NULL,
    user_id integer,
    investment_id integer,
    reason character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_translations (
    id integer NOT NULL,
    budget_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    main_link_text character varying,
    main_link_url character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_valuator_assignments (
    id integer NOT NULL,
    valuator_id integer,
    investment_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_valuator_group_assignments (
    id integer NOT NULL,
    valuator_group_id integer,
    investment_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budget_valuators (
    id integer NOT NULL,
    budget_id integer,
    valuator_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.budgets (
    id integer NOT NULL,
    currency_symbol character varying(10),
    phase character varying(40),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description_accepting text,
    description_reviewing text,
    description_selecting text,
    description_valuating text,
    description_balloting text,
    description_reviewing_ballots text,
    description_finished text,
    slug character varying,
    description_drafting text,
    description_publishing_prices text,
    description_informing text,
    voting_style character varying,
    published boolean,
    hide_money boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.campaigns (
    id integer NOT NULL,
    name character varying,
    track_id character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.ckeditor_assets (
    id integer NOT NULL,
    data_file_name character varying NOT NULL,
    data_content_type character varying,
    data_file_size integer,
    data_fingerprint character varying,
    type character varying(30),
    width integer,
    height integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.comment_translations (
    id integer NOT NULL,
    comment_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    body text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.comments (
    id integer NOT NULL,
    commentable_id integer,
    commentable_type character varying,
    subject character varying,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    hidden_at timestamp without time zone,
    flags_count integer,
    ignored_flag_at timestamp without time zone,
    moderator_id integer,
    administrator_id integer,
    cached_votes_total integer,
    cached_votes_up integer,
    cached_votes_down integer,
    confirmed_hide_at timestamp without time zone,
    ancestry character varying,
    confidence_score integer NOT NULL,
    valuation boolean,
    tsv tsvector,
    PRIMARY KEY (id)
);
CREATE TABLE consul.communities (
    id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.dashboard_actions (
    id integer NOT NULL,
    title character varying(80),
    description text,
    request_to_administrators boolean,
    day_offset integer,
    required_supports integer,
    "order" integer,
    active boolean,
    hidden_at timestamp without time zone,
    action_type integer NOT NULL,
    short_description character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    published_proposal boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.dashboard_administrator_tasks (
    id integer NOT NULL,
    source_type character varying,
    source_id integer,
    user_id integer,
    executed_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.dashboard_executed_actions (
    id integer NOT NULL,
    proposal_id integer,
    action_id integer,
    executed_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.debate_translations (
    id integer NOT NULL,
    debate_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    description text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.debates (
    id integer NOT NULL,
    author_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    visit_id character varying,
    hidden_at timestamp without time zone,
    flags_count integer,
    ignored_flag_at timestamp without time zone,
    cached_votes_total integer,
    cached_votes_up integer,
    cached_votes_down integer,
    comments_count integer,
    confirmed_hide_at timestamp without time zone,
    cached_anonymous_votes_total integer,
    cached_votes_score integer,
    hot_score bigint,
    confidence_score integer,
    geozone_id integer,
    tsv tsvector,
    featured_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.delayed_jobs (
    id integer NOT NULL,
    priority integer NOT NULL,
    attempts integer NOT NULL,
    handler text NOT NULL,
    last_error text,
    run_at timestamp without time zone,
    locked_at timestamp without time zone,
    failed_at timestamp without time zone,
    locked_by character varying,
    queue character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tenant character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.direct_messages (
    id integer NOT NULL,
    sender_id integer,
    receiver_id integer,
    title character varying,
    body text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.documents (
    id integer NOT NULL,
    title character varying,
    attachment_file_name character varying,
    attachment_content_type character varying,
    attachment_file_size bigint,
    attachment_updated_at timestamp without time zone,
    user_id integer,
    documentable_type character varying,
    documentable_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    admin boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.failed_census_calls (
    id integer NOT NULL,
    user_id integer,
    document_number character varying,
    document_type character varying,
    date_of_birth date,
    postal_code character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    district_code character varying,
    poll_officer_id integer,
    year_of_birth integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.flags (
    id integer NOT NULL,
    user_id integer,
    flaggable_type character varying,
    flaggable_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.follows (
    id integer NOT NULL,
    user_id integer,
    followable_type character varying,
    followable_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.geozones (
    id integer NOT NULL,
    name character varying,
    html_map_coordinates character varying,
    external_code character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    census_code character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.geozones_polls (
    id integer NOT NULL,
    geozone_id integer,
    poll_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.i18n_content_translations (
    id integer NOT NULL,
    i18n_content_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    value text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.i18n_contents (
    id integer NOT NULL,
    key character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.identities (
    id integer NOT NULL,
    user_id integer,
    provider character varying,
    uid character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.images (
    id integer NOT NULL,
    imageable_type character varying,
    imageable_id integer,
    title character varying(80),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    attachment_file_name character varying,
    attachment_content_type character varying,
    attachment_file_size bigint,
    attachment_updated_at timestamp without time zone,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_annotations (
    id integer NOT NULL,
    quote character varying,
    ranges text,
    text text,
    legislation_draft_version_id integer,
    author_id integer,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    comments_count integer,
    range_start character varying,
    range_start_offset integer,
    range_end character varying,
    range_end_offset integer,
    context text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_answers (
    id integer NOT NULL,
    legislation_question_id integer,
    legislation_question_option_id integer,
    user_id integer,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_draft_version_translations (
    id integer NOT NULL,
    legislation_draft_version_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    changelog text,
    body text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_draft_versions (
    id integer NOT NULL,
    legislation_process_id integer,
    status character varying,
    final_version boolean,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_process_translations (
    id integer NOT NULL,
    legislation_process_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    summary text,
    description text,
    additional_info text,
    milestones_summary text,
    homepage text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_processes (
    id integer NOT NULL,
    start_date date,
    end_date date,
    debate_start_date date,
    debate_end_date date,
    draft_publication_date date,
    allegations_start_date date,
    allegations_end_date date,
    result_publication_date date,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    debate_phase_enabled boolean,
    allegations_phase_enabled boolean,
    draft_publication_enabled boolean,
    result_publication_enabled boolean,
    published boolean,
    proposals_phase_start_date date,
    proposals_phase_end_date date,
    proposals_phase_enabled boolean,
    proposals_description text,
    draft_start_date date,
    draft_end_date date,
    draft_phase_enabled boolean,
    homepage_enabled boolean,
    background_color text,
    font_color text,
    tsv tsvector,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_proposals (
    id integer NOT NULL,
    legislation_process_id integer,
    title character varying(80),
    description text,
    author_id integer,
    hidden_at timestamp without time zone,
    flags_count integer,
    ignored_flag_at timestamp without time zone,
    cached_votes_up integer,
    comments_count integer,
    confirmed_hide_at timestamp without time zone,
    hot_score bigint,
    confidence_score integer,
    responsible_name character varying(60),
    summary text,
    video_url character varying,
    tsv tsvector,
    geozone_id integer,
    retired_at timestamp without time zone,
    retired_reason character varying,
    retired_explanation text,
    community_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    cached_votes_total integer,
    cached_votes_down integer,
    selected boolean,
    cached_votes_score integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_question_option_translations (
    id integer NOT NULL,
    legislation_question_option_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    value character varying,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_question_options (
    id integer NOT NULL,
    legislation_question_id integer,
    answers_count integer,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_question_translations (
    id integer NOT NULL,
    legislation_question_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.legislation_questions (
    id integer NOT NULL,
    legislation_process_id integer,
    answers_count integer,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    comments_count integer,
    author_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.links (
    id integer NOT NULL,
    label character varying,
    url character varying,
    linkable_type character varying,
    linkable_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.local_census_records (
    id integer NOT NULL,
    document_number character varying NOT NULL,
    document_type character varying NOT NULL,
    date_of_birth date NOT NULL,
    postal_code character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.locks (
    id integer NOT NULL,
    user_id integer,
    tries integer,
    locked_until timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.machine_learning_infos (
    id bigint NOT NULL,
    kind character varying,
    generated_at timestamp without time zone,
    script character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.machine_learning_jobs (
    id bigint NOT NULL,
    started_at timestamp without time zone,
    finished_at timestamp without time zone,
    script character varying,
    pid integer,
    error character varying,
    user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.managers (
    id integer NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.map_locations (
    id integer NOT NULL,
    latitude double precision,
    longitude double precision,
    zoom integer,
    proposal_id integer,
    investment_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.milestone_statuses (
    id integer NOT NULL,
    name character varying,
    description text,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.milestone_translations (
    id integer NOT NULL,
    milestone_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.milestones (
    id integer NOT NULL,
    milestoneable_type character varying,
    milestoneable_id integer,
    publication_date timestamp without time zone,
    status_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.ml_summary_comments (
    id bigint NOT NULL,
    commentable_id integer,
    commentable_type character varying,
    body text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.moderators (
    id integer NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.newsletters (
    id integer NOT NULL,
    subject character varying,
    segment_recipient character varying NOT NULL,
    "from" character varying,
    body text,
    sent_at date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.notifications (
    id integer NOT NULL,
    user_id integer,
    notifiable_type character varying,
    notifiable_id integer,
    counter integer,
    emailed_at timestamp without time zone,
    read_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.organizations (
    id integer NOT NULL,
    user_id integer,
    name character varying(60),
    verified_at timestamp without time zone,
    rejected_at timestamp without time zone,
    responsible_name character varying(60),
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_answers (
    id integer NOT NULL,
    question_id integer,
    author_id integer,
    answer character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_ballot_sheets (
    id integer NOT NULL,
    data text,
    poll_id integer,
    officer_assignment_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_ballots (
    id integer NOT NULL,
    ballot_sheet_id integer,
    data text,
    external_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_booth_assignments (
    id integer NOT NULL,
    booth_id integer,
    poll_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_booths (
    id integer NOT NULL,
    name character varying,
    location character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_officer_assignments (
    id integer NOT NULL,
    booth_assignment_id integer,
    officer_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    date date NOT NULL,
    final boolean,
    user_data_log character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_officers (
    id integer NOT NULL,
    user_id integer,
    failed_census_calls_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_partial_results (
    id integer NOT NULL,
    question_id integer,
    author_id integer,
    answer character varying,
    amount integer,
    origin character varying,
    date date,
    booth_assignment_id integer,
    officer_assignment_id integer,
    amount_log text,
    officer_assignment_id_log text,
    author_id_log text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_question_answer_translations (
    id integer NOT NULL,
    poll_question_answer_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_question_answer_videos (
    id integer NOT NULL,
    title character varying,
    url character varying,
    answer_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_question_answers (
    id integer NOT NULL,
    question_id integer,
    given_order integer,
    most_voted boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_question_translations (
    id integer NOT NULL,
    poll_question_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_questions (
    id integer NOT NULL,
    proposal_id integer,
    poll_id integer,
    author_id integer,
    author_visible_name character varying,
    comments_count integer,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tsv tsvector,
    video_url character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_recounts (
    id integer NOT NULL,
    author_id integer,
    origin character varying,
    date date,
    booth_assignment_id integer,
    officer_assignment_id integer,
    officer_assignment_id_log text,
    author_id_log text,
    white_amount integer,
    white_amount_log text,
    null_amount integer,
    null_amount_log text,
    total_amount integer,
    total_amount_log text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_shifts (
    id integer NOT NULL,
    booth_id integer,
    officer_id integer,
    date date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    officer_name character varying,
    officer_email character varying,
    task integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_translations (
    id integer NOT NULL,
    poll_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    summary text,
    description text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.poll_voters (
    id integer NOT NULL,
    document_number character varying,
    document_type character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    poll_id integer NOT NULL,
    booth_assignment_id integer,
    age integer,
    gender character varying,
    geozone_id integer,
    answer_id integer,
    officer_assignment_id integer,
    user_id integer,
    origin character varying,
    officer_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.polls (
    id integer NOT NULL,
    starts_at timestamp without time zone,
    ends_at timestamp without time zone,
    published boolean,
    geozone_restricted boolean,
    comments_count integer,
    author_id integer,
    hidden_at timestamp without time zone,
    slug character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    budget_id integer,
    related_type character varying,
    related_id integer,
    tsv tsvector,
    PRIMARY KEY (id)
);
CREATE TABLE consul.progress_bar_translations (
    id integer NOT NULL,
    progress_bar_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.progress_bars (
    id integer NOT NULL,
    kind integer,
    percentage integer,
    progressable_type character varying,
    progressable_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.proposal_notifications (
    id integer NOT NULL,
    title character varying,
    body text,
    author_id integer,
    proposal_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    moderated boolean,
    hidden_at timestamp without time zone,
    ignored_at timestamp without time zone,
    confirmed_hide_at timestamp without time zone,
    tsv tsvector,
    PRIMARY KEY (id)
);
CREATE TABLE consul.proposal_translations (
    id integer NOT NULL,
    proposal_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    description text,
    summary text,
    retired_explanation text,
    hidden_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.proposals (
    id integer NOT NULL,
    author_id integer,
    hidden_at timestamp without time zone,
    flags_count integer,
    ignored_flag_at timestamp without time zone,
    cached_votes_up integer,
    comments_count integer,
    confirmed_hide_at timestamp without time zone,
    hot_score bigint,
    confidence_score integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    responsible_name character varying(60),
    video_url character varying,
    tsv tsvector,
    geozone_id integer,
    retired_at timestamp without time zone,
    retired_reason character varying,
    community_id integer,
    published_at timestamp without time zone,
    selected boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.related_content_scores (
    id integer NOT NULL,
    user_id integer,
    related_content_id integer,
    value integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.related_contents (
    id integer NOT NULL,
    parent_relationable_type character varying,
    parent_relationable_id integer,
    child_relationable_type character varying,
    child_relationable_id integer,
    related_content_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    hidden_at timestamp without time zone,
    related_content_scores_count integer,
    author_id integer,
    machine_learning boolean,
    machine_learning_score integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.remote_translations (
    id integer NOT NULL,
    locale character varying,
    remote_translatable_id integer,
    remote_translatable_type character varying,
    error_message text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.reports (
    id integer NOT NULL,
    stats boolean,
    results boolean,
    process_type character varying,
    process_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    advanced_stats boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_goals (
    id bigint NOT NULL,
    code integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_local_target_translations (
    id bigint NOT NULL,
    sdg_local_target_id bigint NOT NULL,
    locale character varying NOT NULL,
    title character varying,
    description text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_local_targets (
    id bigint NOT NULL,
    target_id bigint,
    code character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    goal_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_managers (
    id bigint NOT NULL,
    user_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_phases (
    id bigint NOT NULL,
    kind integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_relations (
    id bigint NOT NULL,
    related_sdg_type character varying,
    related_sdg_id bigint,
    relatable_type character varying,
    relatable_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_reviews (
    id bigint NOT NULL,
    relatable_type character varying,
    relatable_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.sdg_targets (
    id bigint NOT NULL,
    goal_id bigint,
    code character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.settings (
    id integer NOT NULL,
    key character varying,
    value character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.signature_sheets (
    id integer NOT NULL,
    signable_type character varying,
    signable_id integer,
    required_fields_to_verify text,
    processed boolean,
    author_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    title character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.signatures (
    id integer NOT NULL,
    signature_sheet_id integer,
    user_id integer,
    document_number character varying,
    verified boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    date_of_birth date,
    postal_code character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.site_customization_content_blocks (
    id integer NOT NULL,
    name character varying,
    locale character varying,
    body text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.site_customization_images (
    id integer NOT NULL,
    name character varying NOT NULL,
    image_file_name character varying,
    image_content_type character varying,
    image_file_size bigint,
    image_updated_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.site_customization_page_translations (
    id integer NOT NULL,
    site_customization_page_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    subtitle character varying,
    content text,
    PRIMARY KEY (id)
);
CREATE TABLE consul.site_customization_pages (
    id integer NOT NULL,
    slug character varying NOT NULL,
    more_info_flag boolean,
    print_content_flag boolean,
    status character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.stats_versions (
    id integer NOT NULL,
    process_type character varying,
    process_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.taggings (
    id integer NOT NULL,
    tag_id integer,
    taggable_type character varying,
    taggable_id integer,
    tagger_type character varying,
    tagger_id integer,
    context character varying(128),
    created_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.tags (
    id integer NOT NULL,
    name character varying(160),
    taggings_count integer,
    debates_count integer,
    proposals_count integer,
    kind character varying,
    budget_investments_count integer,
    legislation_proposals_count integer,
    legislation_processes_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.tenants (
    id integer NOT NULL,
    name character varying,
    schema character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.topics (
    id integer NOT NULL,
    title character varying NOT NULL,
    description text,
    author_id integer,
    comments_count integer,
    community_id integer,
    hidden_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.users (
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
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    email_on_comment boolean,
    email_on_comment_reply boolean,
    phone_number character varying(30),
    official_position character varying,
    official_level integer,
    hidden_at timestamp without time zone,
    sms_confirmation_code character varying,
    username character varying(60),
    document_number character varying,
    document_type character varying,
    residence_verified_at timestamp without time zone,
    email_verification_token character varying,
    verified_at timestamp without time zone,
    unconfirmed_phone character varying,
    confirmed_phone character varying,
    letter_requested_at timestamp without time zone,
    confirmed_hide_at timestamp without time zone,
    letter_verification_code character varying,
    failed_census_calls_count integer,
    level_two_verified_at timestamp without time zone,
    erase_reason character varying,
    erased_at timestamp without time zone,
    public_activity boolean,
    newsletter boolean,
    notifications_count integer,
    registering_with_oauth boolean,
    locale character varying,
    oauth_email character varying,
    geozone_id integer,
    redeemable_code character varying,
    gender character varying(10),
    date_of_birth timestamp without time zone,
    email_on_proposal_notification boolean,
    email_digest boolean,
    email_on_direct_message boolean,
    official_position_badge boolean,
    password_changed_at timestamp without time zone NOT NULL,
    created_from_signature boolean,
    failed_email_digests_count integer,
    former_users_data_log text,
    balloted_heading_id integer,
    public_interests boolean,
    recommended_debates boolean,
    recommended_proposals boolean,
    subscriptions_token character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.valuator_groups (
    id integer NOT NULL,
    name character varying,
    budget_investments_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.valuators (
    id integer NOT NULL,
    user_id integer,
    description character varying,
    budget_investments_count integer,
    valuator_group_id integer,
    can_comment boolean,
    can_edit_dossier boolean,
    PRIMARY KEY (id)
);
CREATE TABLE consul.verified_users (
    id integer NOT NULL,
    document_number character varying,
    document_type character varying,
    phone character varying,
    email character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.visits (
    id uuid NOT NULL,
    visitor_id uuid,
    ip character varying,
    user_agent text,
    referrer text,
    landing_page text,
    user_id integer,
    referring_domain character varying,
    search_keyword character varying,
    browser character varying,
    os character varying,
    device_type character varying,
    screen_height integer,
    screen_width integer,
    country character varying,
    region character varying,
    city character varying,
    postal_code character varying,
    latitude numeric,
    longitude numeric,
    utm_source character varying,
    utm_medium character varying,
    utm_term character varying,
    utm_content character varying,
    utm_campaign character varying,
    started_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE consul.votation_types (
    id bigint NOT NULL,
    questionable_id integer,
    questionable_type character varying,
    vote_type integer,
    max_votes integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.votes (
    id integer NOT NULL,
    votable_type character varying,
    votable_id integer,
    voter_type character varying,
    voter_id integer,
    vote_flag boolean,
    vote_scope character varying,
    vote_weight integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    signature_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE consul.web_sections (
    id integer NOT NULL,
    name text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE consul.widget_card_translations (
    id integer NOT NULL,
    widget_card_id integer NOT NULL,
    locale character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    label character varying,
    title character varying,
    description text,
    link_text character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.widget_cards (
    id integer NOT NULL,
    link_url character varying,
    header boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    cardable_id integer,
    columns integer,
    cardable_type character varying,
    PRIMARY KEY (id)
);
CREATE TABLE consul.widget_feeds (
    id integer NOT NULL,
    kind character varying,
    "limit" integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE consul.active_storage_attachments ADD FOREIGN KEY (blob_id) REFERENCES consul.active_storage_blobs (id);
ALTER TABLE consul.administrators ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.budget_administrators ADD FOREIGN KEY (administrator_id) REFERENCES consul.administrators (id);
ALTER TABLE consul.budget_administrators ADD FOREIGN KEY (budget_id) REFERENCES consul.budgets (id);
ALTER TABLE consul.budget_investments ADD FOREIGN KEY (community_id) REFERENCES consul.communities (id);
ALTER TABLE consul.budget_valuators ADD FOREIGN KEY (budget_id) REFERENCES consul.budgets (id);
ALTER TABLE consul.budget_valuators ADD FOREIGN KEY (valuator_id) REFERENCES consul.valuators (id);
ALTER TABLE consul.dashboard_administrator_tasks ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.dashboard_executed_actions ADD FOREIGN KEY (action_id) REFERENCES consul.dashboard_actions (id);
ALTER TABLE consul.dashboard_executed_actions ADD FOREIGN KEY (proposal_id) REFERENCES consul.proposals (id);
ALTER TABLE consul.documents ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.failed_census_calls ADD FOREIGN KEY (poll_officer_id) REFERENCES consul.poll_officers (id);
ALTER TABLE consul.failed_census_calls ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.flags ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.follows ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.geozones_polls ADD FOREIGN KEY (geozone_id) REFERENCES consul.geozones (id);
ALTER TABLE consul.geozones_polls ADD FOREIGN KEY (poll_id) REFERENCES consul.polls (id);
ALTER TABLE consul.identities ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.images ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.legislation_draft_versions ADD FOREIGN KEY (legislation_process_id) REFERENCES consul.legislation_processes (id);
ALTER TABLE consul.legislation_proposals ADD FOREIGN KEY (legislation_process_id) REFERENCES consul.legislation_processes (id);
ALTER TABLE consul.locks ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.machine_learning_jobs ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.managers ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.moderators ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.notifications ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.organizations ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.poll_answers ADD FOREIGN KEY (question_id) REFERENCES consul.poll_questions (id);
ALTER TABLE consul.poll_booth_assignments ADD FOREIGN KEY (poll_id) REFERENCES consul.polls (id);
ALTER TABLE consul.poll_officer_assignments ADD FOREIGN KEY (booth_assignment_id) REFERENCES consul.poll_booth_assignments (id);
ALTER TABLE consul.poll_partial_results ADD FOREIGN KEY (booth_assignment_id) REFERENCES consul.poll_booth_assignments (id);
ALTER TABLE consul.poll_partial_results ADD FOREIGN KEY (officer_assignment_id) REFERENCES consul.poll_officer_assignments (id);
ALTER TABLE consul.poll_partial_results ADD FOREIGN KEY (question_id) REFERENCES consul.poll_questions (id);
ALTER TABLE consul.poll_partial_results ADD FOREIGN KEY (author_id) REFERENCES consul.users (id);
ALTER TABLE consul.poll_question_answer_videos ADD FOREIGN KEY (answer_id) REFERENCES consul.poll_question_answers (id);
ALTER TABLE consul.poll_question_answers ADD FOREIGN KEY (question_id) REFERENCES consul.poll_questions (id);
ALTER TABLE consul.poll_questions ADD FOREIGN KEY (poll_id) REFERENCES consul.polls (id);
ALTER TABLE consul.poll_questions ADD FOREIGN KEY (proposal_id) REFERENCES consul.proposals (id);
ALTER TABLE consul.poll_questions ADD FOREIGN KEY (author_id) REFERENCES consul.users (id);
ALTER TABLE consul.poll_recounts ADD FOREIGN KEY (booth_assignment_id) REFERENCES consul.poll_booth_assignments (id);
ALTER TABLE consul.poll_recounts ADD FOREIGN KEY (officer_assignment_id) REFERENCES consul.poll_officer_assignments (id);
ALTER TABLE consul.poll_voters ADD FOREIGN KEY (poll_id) REFERENCES consul.polls (id);
ALTER TABLE consul.polls ADD FOREIGN KEY (budget_id) REFERENCES consul.budgets (id);
ALTER TABLE consul.proposals ADD FOREIGN KEY (community_id) REFERENCES consul.communities (id);
ALTER TABLE consul.related_content_scores ADD FOREIGN KEY (related_content_id) REFERENCES consul.related_contents (id);
ALTER TABLE consul.related_content_scores ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.sdg_managers ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
ALTER TABLE consul.users ADD FOREIGN KEY (geozone_id) REFERENCES consul.geozones (id);
ALTER TABLE consul.valuators ADD FOREIGN KEY (user_id) REFERENCES consul.users (id);
