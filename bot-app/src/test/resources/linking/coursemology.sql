-- Coursemology (github.com/Coursemology/coursemology2), db/schema.rb converted to PostgreSQL DDL
CREATE SCHEMA coursemology;

CREATE TABLE coursemology.activities (
    id integer NOT NULL,
    actor_id integer NOT NULL,
    object_id integer NOT NULL,
    object_type character varying(255) NOT NULL,
    event character varying(255) NOT NULL,
    notifier_type character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.attachment_references (
    id uuid NOT NULL,
    attachable_id integer,
    attachable_type character varying(255),
    attachment_id integer NOT NULL,
    name character varying(255) NOT NULL,
    expires_at timestamp without time zone,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.attachments (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    file_upload text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.cikgo_users (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    provided_user_id character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_achievements (
    id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    badge text,
    weight integer NOT NULL,
    published boolean NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    satisfiability_type integer,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_announcements (
    id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    sticky boolean NOT NULL,
    start_at timestamp without time zone NOT NULL,
    end_at timestamp without time zone NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    opening_reminder_token double precision,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_auto_gradings (
    id integer NOT NULL,
    actable_id integer,
    actable_type character varying(255),
    answer_id integer NOT NULL,
    job_id uuid,
    result json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_forum_post_responses (
    id bigint NOT NULL,
    answer_text text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_forum_posts (
    id bigint NOT NULL,
    answer_id bigint NOT NULL,
    forum_topic_id integer NOT NULL,
    post_id integer NOT NULL,
    post_text character varying NOT NULL,
    post_creator_id integer NOT NULL,
    post_updated_at timestamp without time zone NOT NULL,
    parent_id integer,
    parent_text character varying,
    parent_creator_id integer,
    parent_updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_multiple_response_options (
    id integer NOT NULL,
    answer_id integer NOT NULL,
    option_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_multiple_responses (
    id integer NOT NULL,
    random_seed numeric,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_programming (
    id integer NOT NULL,
    codaveri_feedback_job_id uuid,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN coursemology.course_assessment_answer_programming.codaveri_feedback_job_id IS 'The ID of the codaveri code feedback job';

CREATE TABLE coursemology.course_assessment_answer_programming_auto_gradings (
    id integer NOT NULL,
    stdout text,
    stderr text,
    exit_code integer,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_programming_file_annotations (
    id integer NOT NULL,
    file_id integer NOT NULL,
    line integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_programming_files (
    id integer NOT NULL,
    answer_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_programming_test_results (
    id integer NOT NULL,
    auto_grading_id integer NOT NULL,
    test_case_id integer,
    passed boolean NOT NULL,
    messages jsonb NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_rubric_based_response_selections (
    id bigint NOT NULL,
    answer_id bigint NOT NULL,
    category_id bigint NOT NULL,
    criterion_id bigint,
    grade integer,
    explanation text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_rubric_based_responses (
    id bigint NOT NULL,
    answer_text character varying,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_scribing_scribbles (
    id integer NOT NULL,
    content text,
    answer_id integer NOT NULL,
    creator_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_scribings (
    id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_text_responses (
    id integer NOT NULL,
    answer_text text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answer_voice_responses (
    id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_answers (
    id integer NOT NULL,
    actable_id integer,
    actable_type character varying(255),
    submission_id integer NOT NULL,
    question_id integer NOT NULL,
    workflow_state character varying(255) NOT NULL,
    submitted_at timestamp without time zone,
    grade numeric(4,1),
    correct boolean,
    grader_id integer,
    graded_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    current_answer boolean NOT NULL,
    last_session_id character varying,
    client_version bigint,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_categories (
    id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    weight integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_links (
    id bigint NOT NULL,
    assessment_id bigint NOT NULL,
    linked_assessment_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_live_feedback_code (
    id bigint NOT NULL,
    feedback_id bigint NOT NULL,
    filename character varying NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_live_feedback_comments (
    id bigint NOT NULL,
    code_id bigint NOT NULL,
    line_number integer NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_live_feedbacks (
    id bigint NOT NULL,
    assessment_id bigint NOT NULL,
    question_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    feedback_id character varying,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_marketplace_access_blocks (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_marketplace_adoptions (
    id bigint NOT NULL,
    listing_id bigint NOT NULL,
    destination_course_id bigint NOT NULL,
    duplicated_assessment_id bigint NOT NULL,
    adopted_version_at timestamp without time zone,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_marketplace_allowlist_rules (
    id bigint NOT NULL,
    rule_type integer NOT NULL,
    user_id bigint,
    instance_id bigint,
    email_domain character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_marketplace_listing_versions (
    id bigint NOT NULL,
    listing_id bigint NOT NULL,
    published_at timestamp without time zone NOT NULL,
    assessment_id bigint NOT NULL,
    published_by_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_marketplace_listings (
    id bigint NOT NULL,
    authoring_assessment_id bigint,
    published boolean NOT NULL,
    first_published_at timestamp without time zone,
    last_published_at timestamp without time zone,
    source_course_id bigint,
    source_course_name character varying,
    source_instance_id bigint,
    current_version_id bigint,
    fallback_maintainer_id bigint,
    publisher_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_plagiarism_checks (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    last_started_at timestamp without time zone,
    workflow_state character varying(255) NOT NULL,
    assessment_id bigint NOT NULL,
    job_id uuid,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_bundle_assignments (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    assessment_id bigint NOT NULL,
    submission_id bigint,
    bundle_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_bundle_questions (
    id bigint NOT NULL,
    bundle_id bigint NOT NULL,
    question_id bigint NOT NULL,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_bundles (
    id bigint NOT NULL,
    title character varying NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_forum_post_responses (
    id bigint NOT NULL,
    has_text_response boolean,
    max_posts smallint NOT NULL,
    ai_grading_enabled boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_grading_contexts (
    id bigint NOT NULL,
    question_id bigint NOT NULL,
    context_type character varying NOT NULL,
    source_type character varying,
    source_id bigint,
    identifier character varying NOT NULL,
    options jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_groups (
    id bigint NOT NULL,
    title character varying NOT NULL,
    assessment_id bigint NOT NULL,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_mock_answer_grading_contexts (
    id bigint NOT NULL,
    mock_answer_id bigint NOT NULL,
    grading_context_id bigint NOT NULL,
    content text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_mock_answers (
    id bigint NOT NULL,
    question_id bigint NOT NULL,
    answer_text text,
    is_ai_generated boolean NOT NULL,
    name character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_multiple_response_options (
    id integer NOT NULL,
    question_id integer NOT NULL,
    correct boolean NOT NULL,
    option text NOT NULL,
    explanation text,
    weight integer NOT NULL,
    ignore_randomization boolean,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_multiple_responses (
    id integer NOT NULL,
    grading_scheme integer NOT NULL,
    randomize_options boolean,
    skip_grading boolean,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_programming (
    id integer NOT NULL,
    language_id integer NOT NULL,
    memory_limit integer,
    time_limit integer,
    import_job_id uuid,
    attempt_limit integer,
    package_type integer NOT NULL,
    multiple_file_submission boolean NOT NULL,
    is_codaveri boolean,
    codaveri_id text,
    codaveri_status integer,
    codaveri_message text,
    live_feedback_enabled boolean NOT NULL,
    live_feedback_custom_prompt character varying NOT NULL,
    is_synced_with_codaveri boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_programming_template_files (
    id integer NOT NULL,
    question_id integer NOT NULL,
    filename character varying(255) NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_programming_test_cases (
    id integer NOT NULL,
    question_id integer NOT NULL,
    identifier character varying(255) NOT NULL,
    test_case_type integer NOT NULL,
    expression text,
    expected text,
    hint text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_rubric_based_response_categories (
    id bigint NOT NULL,
    question_id bigint NOT NULL,
    name text NOT NULL,
    is_bonus_category boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_rubric_based_response_criterions (
    id bigint NOT NULL,
    category_id bigint NOT NULL,
    grade integer NOT NULL,
    explanation text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_rubric_based_responses (
    id bigint NOT NULL,
    ai_grading_enabled boolean NOT NULL,
    ai_grading_custom_prompt character varying NOT NULL,
    ai_grading_model_answer character varying NOT NULL,
    template_text text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_rubrics (
    id bigint NOT NULL,
    question_id bigint NOT NULL,
    rubric_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_scribings (
    id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_text_response_compre_groups (
    id integer NOT NULL,
    question_id integer NOT NULL,
    maximum_group_grade numeric(4,1) NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_text_response_compre_points (
    id integer NOT NULL,
    group_id integer NOT NULL,
    point_grade numeric(4,1) NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_text_response_compre_solutions (
    id integer NOT NULL,
    point_id integer NOT NULL,
    solution_type integer NOT NULL,
    solution character varying[] NOT NULL,
    solution_lemma character varying[] NOT NULL,
    information character varying,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_text_response_solution_spreadsheets (
    id bigint NOT NULL,
    solution_id bigint NOT NULL,
    is_randomization_enabled boolean NOT NULL,
    is_random_seed_fixed boolean NOT NULL,
    test_random_seed integer,
    is_timestamp_fixed boolean NOT NULL,
    test_timestamp timestamp without time zone,
    num_random_tests integer NOT NULL,
    variables jsonb NOT NULL,
    target_sheet_name character varying,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_text_response_solutions (
    id integer NOT NULL,
    question_id integer NOT NULL,
    solution_type integer NOT NULL,
    solution text NOT NULL,
    grade numeric(4,1) NOT NULL,
    explanation text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_text_responses (
    id integer NOT NULL,
    hide_text boolean,
    is_comprehension boolean,
    is_attachment_required boolean NOT NULL,
    max_attachments integer NOT NULL,
    max_attachment_size integer,
    template_text text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_question_voice_responses (
    id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_questions (
    id integer NOT NULL,
    actable_id integer,
    actable_type character varying(255),
    title character varying(255),
    description text,
    staff_only_comments text,
    maximum_grade numeric(4,1) NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_low_priority boolean,
    koditsu_question_id character varying,
    is_synced_with_koditsu boolean NOT NULL,
    active_rubric_id bigint,
    grading_mode character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_skill_branches (
    id integer NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_skills (
    id integer NOT NULL,
    course_id integer NOT NULL,
    skill_branch_id integer,
    title character varying(255) NOT NULL,
    description text,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_skills_question_assessments (
    id bigint NOT NULL,
    question_assessment_id integer NOT NULL,
    skill_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_submission_logs (
    id integer NOT NULL,
    submission_id integer NOT NULL,
    request jsonb,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_submission_questions (
    id integer NOT NULL,
    submission_id integer NOT NULL,
    question_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_submissions (
    id integer NOT NULL,
    assessment_id integer NOT NULL,
    workflow_state character varying(255) NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    publisher_id integer,
    published_at timestamp without time zone,
    session_id character varying(255),
    submitted_at timestamp without time zone,
    last_graded_time timestamp without time zone,
    unsubmitted_at timestamp without time zone,
    force_submit_scheduled_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessment_tabs (
    id integer NOT NULL,
    category_id integer NOT NULL,
    title character varying(255) NOT NULL,
    weight integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_assessments (
    id integer NOT NULL,
    tab_id integer NOT NULL,
    autograded boolean NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    session_password character varying(255),
    tabbed_view boolean NOT NULL,
    skippable boolean,
    delayed_grade_publication boolean,
    show_private boolean,
    show_evaluation boolean,
    view_password character varying(255),
    use_public boolean,
    use_private boolean,
    use_evaluation boolean,
    allow_partial_submission boolean,
    randomization integer,
    show_mcq_answer boolean,
    show_mcq_mrq_solution boolean,
    block_student_viewing_after_submitted boolean,
    satisfiability_type integer,
    monitor_id bigint,
    time_limit integer,
    koditsu_assessment_id character varying,
    is_koditsu_enabled boolean,
    is_synced_with_koditsu boolean NOT NULL,
    show_rubric_to_students boolean,
    ssid_folder_id uuid,
    linkable_tree_id integer NOT NULL,
    is_late_submission_allowed boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_condition_achievements (
    id integer NOT NULL,
    achievement_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_condition_assessments (
    id integer NOT NULL,
    assessment_id integer NOT NULL,
    minimum_grade_percentage double precision,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_condition_levels (
    id integer NOT NULL,
    minimum_level integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_condition_scholaistic_assessments (
    id bigint NOT NULL,
    scholaistic_assessment_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_condition_surveys (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_condition_videos (
    id bigint NOT NULL,
    video_id bigint NOT NULL,
    minimum_watch_percentage double precision,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_conditions (
    id integer NOT NULL,
    actable_id integer,
    actable_type character varying(255),
    course_id integer NOT NULL,
    conditional_id integer NOT NULL,
    conditional_type character varying(255) NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_discussion_post_codaveri_feedbacks (
    id bigint NOT NULL,
    post_id bigint NOT NULL,
    status integer,
    codaveri_feedback_id text NOT NULL,
    original_feedback text NOT NULL,
    rating integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_discussion_post_votes (
    id integer NOT NULL,
    post_id integer NOT NULL,
    vote_flag boolean NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_discussion_posts (
    id integer NOT NULL,
    parent_id integer,
    topic_id integer NOT NULL,
    title character varying(255),
    text text,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    answer boolean,
    is_delayed boolean NOT NULL,
    workflow_state character varying,
    is_anonymous boolean NOT NULL,
    is_ai_generated boolean NOT NULL,
    original_text character varying,
    faithfulness_score double precision NOT NULL,
    answer_relevance_score double precision NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_discussion_topic_subscriptions (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_discussion_topics (
    id integer NOT NULL,
    actable_id integer,
    actable_type character varying(255),
    course_id integer NOT NULL,
    pending_staff_reply boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_enrol_requests (
    id integer NOT NULL,
    course_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    workflow_state character varying NOT NULL,
    confirmed_at timestamp without time zone,
    confirmer_id bigint,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_experience_points_records (
    id integer NOT NULL,
    actable_id integer,
    actable_type character varying(255),
    points_awarded integer,
    course_user_id integer NOT NULL,
    reason character varying(255),
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    draft_points_awarded integer,
    awarded_at timestamp without time zone,
    awarder_id integer,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_external_assessment_grades (
    id bigint NOT NULL,
    external_assessment_id bigint NOT NULL,
    course_user_id bigint NOT NULL,
    grade numeric(5,2),
    imported_identifier character varying,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_external_assessments (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    title character varying NOT NULL,
    maximum_grade numeric(5,2) NOT NULL,
    floor_at_zero boolean NOT NULL,
    cap_at_maximum boolean NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_discussion_references (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    forum_import_id bigint NOT NULL,
    discussion_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_discussions (
    id bigint NOT NULL,
    embedding real[] NOT NULL,
    discussion jsonb NOT NULL,
    name character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_imports (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    course_id bigint NOT NULL,
    imported_forum_id bigint NOT NULL,
    workflow_state character varying(255) NOT NULL,
    job_id uuid,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_rag_auto_answerings (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    post_id bigint NOT NULL,
    job_id uuid,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_rag_wise_ratings (
    id bigint NOT NULL,
    post_id bigint,
    rating integer,
    original_content text NOT NULL,
    edited_content text,
    faithfulness_score double precision NOT NULL,
    answer_relevance_score double precision NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_subscriptions (
    id integer NOT NULL,
    forum_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_topic_views (
    id integer NOT NULL,
    topic_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forum_topics (
    id integer NOT NULL,
    forum_id integer NOT NULL,
    title character varying(255) NOT NULL,
    slug character varying(255),
    locked boolean,
    hidden boolean,
    topic_type integer,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    resolved boolean NOT NULL,
    latest_post_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_forums (
    id integer NOT NULL,
    course_id integer NOT NULL,
    name character varying(255) NOT NULL,
    slug character varying(255),
    description text,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    forum_topics_auto_subscribe boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_gradebook_assessment_contributions (
    id bigint NOT NULL,
    assessment_id bigint NOT NULL,
    weight numeric(5,2),
    excluded boolean NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_gradebook_external_contributions (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    external_assessment_id bigint NOT NULL,
    weight numeric(5,2) NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_gradebook_level_configs (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    enabled boolean NOT NULL,
    formula character varying NOT NULL,
    formula_ast jsonb,
    weight numeric(5,2) NOT NULL,
    show boolean NOT NULL,
    clamp boolean NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_gradebook_tab_contributions (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    tab_id bigint NOT NULL,
    weight numeric(5,2) NOT NULL,
    weight_mode integer NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    keep_highest integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_group_categories (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    name character varying NOT NULL,
    description text,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_group_users (
    id integer NOT NULL,
    group_id integer NOT NULL,
    course_user_id integer NOT NULL,
    role integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_groups (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description text,
    group_category_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_learning_maps (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_learning_rate_records (
    id bigint NOT NULL,
    course_user_id bigint NOT NULL,
    learning_rate double precision NOT NULL,
    effective_min double precision NOT NULL,
    effective_max double precision NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_lesson_plan_event_materials (
    id integer NOT NULL,
    lesson_plan_event_id integer NOT NULL,
    material_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_lesson_plan_events (
    id integer NOT NULL,
    location character varying(255),
    event_type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_lesson_plan_items (
    id integer NOT NULL,
    actable_id integer,
    actable_type character varying(255),
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    published boolean NOT NULL,
    base_exp integer NOT NULL,
    time_bonus_exp integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    closing_reminder_token double precision,
    triggers_recomputation boolean NOT NULL,
    movable boolean NOT NULL,
    has_personal_times boolean NOT NULL,
    affects_personal_times boolean NOT NULL,
    has_todo boolean,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_lesson_plan_milestones (
    id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_lesson_plan_todos (
    id integer NOT NULL,
    item_id integer NOT NULL,
    user_id integer NOT NULL,
    workflow_state character varying(255) NOT NULL,
    ignore boolean NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_levels (
    id integer NOT NULL,
    course_id integer NOT NULL,
    experience_points_threshold integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_material_folders (
    id integer NOT NULL,
    parent_id integer,
    course_id integer NOT NULL,
    owner_id integer,
    owner_type character varying(255),
    name character varying(255) NOT NULL,
    description text,
    can_student_upload boolean NOT NULL,
    start_at timestamp without time zone NOT NULL,
    end_at timestamp without time zone,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_material_text_chunk_references (
    id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    material_id bigint NOT NULL,
    text_chunk_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_material_text_chunkings (
    id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    material_id bigint NOT NULL,
    job_id uuid,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_material_text_chunks (
    id integer NOT NULL,
    content text NOT NULL,
    embedding real[] NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_materials (
    id integer NOT NULL,
    folder_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    workflow_state character varying(255) NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_monitoring_heartbeats (
    id bigint NOT NULL,
    session_id bigint NOT NULL,
    user_agent character varying NOT NULL,
    ip_address character varying,
    generated_at timestamp without time zone NOT NULL,
    stale boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    seb_payload jsonb,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_monitoring_monitors (
    id bigint NOT NULL,
    enabled boolean NOT NULL,
    secret character varying,
    min_interval_ms integer NOT NULL,
    max_interval_ms integer NOT NULL,
    offset_ms integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    blocks boolean NOT NULL,
    browser_authorization boolean NOT NULL,
    browser_authorization_method integer NOT NULL,
    seb_config_key character varying,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_monitoring_sessions (
    id bigint NOT NULL,
    monitor_id bigint NOT NULL,
    status integer NOT NULL,
    creator_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    misses integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_notifications (
    id integer NOT NULL,
    activity_id integer NOT NULL,
    course_id integer NOT NULL,
    notification_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_personal_times (
    id bigint NOT NULL,
    course_user_id bigint NOT NULL,
    lesson_plan_item_id bigint NOT NULL,
    start_at timestamp without time zone NOT NULL,
    bonus_end_at timestamp without time zone,
    end_at timestamp without time zone,
    fixed boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_question_assessments (
    id integer NOT NULL,
    question_id integer NOT NULL,
    assessment_id integer NOT NULL,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_reference_timelines (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    "default" boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying,
    weight integer,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_reference_times (
    id bigint NOT NULL,
    reference_timeline_id bigint NOT NULL,
    lesson_plan_item_id bigint NOT NULL,
    start_at timestamp without time zone NOT NULL,
    bonus_end_at timestamp without time zone,
    end_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubric_answer_evaluation_ratings (
    id bigint NOT NULL,
    answer_evaluation_id bigint NOT NULL,
    post_id bigint,
    rating integer,
    original_feedback text NOT NULL,
    edited_feedback text,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubric_answer_evaluation_selections (
    id bigint NOT NULL,
    answer_evaluation_id bigint NOT NULL,
    category_id bigint NOT NULL,
    criterion_id bigint,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubric_answer_evaluations (
    id bigint NOT NULL,
    answer_id bigint NOT NULL,
    rubric_id bigint,
    job_id uuid,
    feedback text,
    evaluation_type character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubric_categories (
    id bigint NOT NULL,
    rubric_id bigint NOT NULL,
    name text NOT NULL,
    is_bonus_category boolean NOT NULL,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubric_category_criterions (
    id bigint NOT NULL,
    category_id bigint NOT NULL,
    grade integer NOT NULL,
    explanation text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubric_mock_answer_evaluation_selections (
    id bigint NOT NULL,
    mock_answer_evaluation_id bigint NOT NULL,
    category_id bigint NOT NULL,
    criterion_id bigint,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubric_mock_answer_evaluations (
    id bigint NOT NULL,
    mock_answer_id bigint NOT NULL,
    rubric_id bigint NOT NULL,
    job_id uuid,
    feedback text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_rubrics (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    grading_prompt text NOT NULL,
    model_answer text NOT NULL,
    content_hash character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_scholaistic_assessments (
    id bigint NOT NULL,
    upstream_id character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_scholaistic_submissions (
    id bigint NOT NULL,
    upstream_id character varying NOT NULL,
    assessment_id bigint NOT NULL,
    creator_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_settings_emails (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    component integer NOT NULL,
    course_assessment_category_id bigint,
    setting integer NOT NULL,
    phantom boolean NOT NULL,
    regular boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_survey_answer_options (
    id integer NOT NULL,
    answer_id integer NOT NULL,
    question_option_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_survey_answers (
    id integer NOT NULL,
    question_id integer NOT NULL,
    response_id integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    text_response text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_survey_question_options (
    id integer NOT NULL,
    question_id integer NOT NULL,
    option text,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_survey_questions (
    id integer NOT NULL,
    description text NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    required boolean NOT NULL,
    question_type integer NOT NULL,
    weight integer NOT NULL,
    max_options integer,
    min_options integer,
    grid_view boolean NOT NULL,
    section_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_survey_responses (
    id integer NOT NULL,
    survey_id integer NOT NULL,
    submitted_at timestamp without time zone,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_survey_sections (
    id integer NOT NULL,
    survey_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_surveys (
    id integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    anonymous boolean NOT NULL,
    allow_modify_after_submit boolean NOT NULL,
    closing_reminded_at timestamp without time zone,
    allow_response_after_end boolean NOT NULL,
    satisfiability_type integer,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_user_achievements (
    id integer NOT NULL,
    course_user_id integer,
    achievement_id integer,
    obtained_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_user_email_unsubscriptions (
    id bigint NOT NULL,
    course_user_id bigint NOT NULL,
    course_settings_email_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_user_invitations (
    id integer NOT NULL,
    invitation_key character varying(32) NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    sent_at timestamp without time zone,
    course_id integer NOT NULL,
    name character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    confirmed_at timestamp without time zone,
    confirmer_id integer,
    role integer NOT NULL,
    phantom boolean NOT NULL,
    timeline_algorithm integer,
    is_retryable boolean NOT NULL,
    external_id character varying,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_users (
    id integer NOT NULL,
    course_id integer NOT NULL,
    user_id integer NOT NULL,
    role integer NOT NULL,
    name character varying(255) NOT NULL,
    phantom boolean NOT NULL,
    last_active_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    reference_timeline_id bigint,
    timeline_algorithm integer NOT NULL,
    deleted_at timestamp without time zone,
    is_suspended boolean NOT NULL,
    external_id character varying,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_video_events (
    id bigint NOT NULL,
    session_id integer NOT NULL,
    event_type integer NOT NULL,
    sequence_num integer NOT NULL,
    video_time integer NOT NULL,
    event_time timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    playback_rate double precision,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_video_sessions (
    id bigint NOT NULL,
    submission_id integer NOT NULL,
    session_start timestamp without time zone NOT NULL,
    session_end timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    creator_id integer,
    updater_id integer,
    last_video_time integer,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_video_statistics (
    id bigint NOT NULL,
    video_id integer NOT NULL,
    watch_freq integer[],
    percent_watched integer NOT NULL,
    cached boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_video_submission_statistics (
    id bigint NOT NULL,
    submission_id integer NOT NULL,
    watch_freq integer[],
    percent_watched integer NOT NULL,
    cached boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_video_submissions (
    id integer NOT NULL,
    video_id integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_video_tabs (
    id bigint NOT NULL,
    course_id integer NOT NULL,
    title character varying(255) NOT NULL,
    weight integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_video_topics (
    id integer NOT NULL,
    video_id integer NOT NULL,
    timestamp integer NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.course_videos (
    id integer NOT NULL,
    url character varying(255) NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    tab_id integer NOT NULL,
    duration integer NOT NULL,
    satisfiability_type integer,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.courses (
    id integer NOT NULL,
    instance_id integer NOT NULL,
    title character varying(255) NOT NULL,
    description text,
    logo text,
    registration_key character varying(16),
    settings text,
    start_at timestamp without time zone NOT NULL,
    end_at timestamp without time zone NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    gamified boolean NOT NULL,
    published boolean NOT NULL,
    enrollable boolean NOT NULL,
    time_zone character varying(255),
    show_personalized_timeline_features boolean NOT NULL,
    conditional_satisfiability_evaluation_time timestamp without time zone,
    default_timeline_algorithm integer NOT NULL,
    koditsu_workspace_id character varying,
    ssid_folder_id uuid,
    enrol_auto_approve boolean NOT NULL,
    user_suspension_message text,
    is_suspended boolean NOT NULL,
    course_suspension_message text,
    preview boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.duplication_traceable_assessments (
    id bigint NOT NULL,
    assessment_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.duplication_traceable_courses (
    id bigint NOT NULL,
    course_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.duplication_traceables (
    id bigint NOT NULL,
    actable_type character varying,
    actable_id bigint,
    source_id integer,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.generic_announcements (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    instance_id integer,
    title character varying(255) NOT NULL,
    content text,
    start_at timestamp without time zone NOT NULL,
    end_at timestamp without time zone NOT NULL,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.instance_user_invitations (
    id bigint NOT NULL,
    instance_id integer NOT NULL,
    name character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    role integer NOT NULL,
    invitation_key character varying(32) NOT NULL,
    sent_at timestamp without time zone,
    confirmed_at timestamp without time zone,
    confirmer_id integer,
    creator_id integer NOT NULL,
    updater_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    is_retryable boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.instance_user_role_requests (
    id integer NOT NULL,
    instance_id integer NOT NULL,
    user_id integer NOT NULL,
    role integer NOT NULL,
    organization character varying(255),
    designation character varying(255),
    reason text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    creator_id bigint NOT NULL,
    updater_id bigint NOT NULL,
    workflow_state character varying NOT NULL,
    confirmed_at timestamp without time zone,
    confirmer_id bigint,
    rejection_message text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.instance_users (
    id integer NOT NULL,
    instance_id integer NOT NULL,
    user_id integer NOT NULL,
    role integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    last_active_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.instances (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    host character varying(255) NOT NULL,
    settings text,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.jobs (
    id uuid NOT NULL,
    status integer NOT NULL,
    redirect_to text,
    error json,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.live_feedback_files (
    id bigint NOT NULL,
    filename character varying NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.live_feedback_message_files (
    id bigint NOT NULL,
    message_id bigint NOT NULL,
    file_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.live_feedback_message_options (
    id bigint NOT NULL,
    message_id bigint NOT NULL,
    option_id bigint NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.live_feedback_messages (
    id bigint NOT NULL,
    thread_id bigint NOT NULL,
    option_id bigint,
    creator_id bigint,
    is_error boolean NOT NULL,
    content character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.live_feedback_options (
    id bigint NOT NULL,
    option_type integer NOT NULL,
    is_enabled boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.live_feedback_threads (
    id bigint NOT NULL,
    submission_question_id bigint NOT NULL,
    submission_creator_id bigint NOT NULL,
    codaveri_thread_id character varying NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.oauth_access_grants (
    id bigint NOT NULL,
    resource_owner_id bigint NOT NULL,
    application_id bigint NOT NULL,
    token character varying NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.oauth_access_tokens (
    id bigint NOT NULL,
    resource_owner_id bigint,
    application_id bigint NOT NULL,
    token character varying NOT NULL,
    refresh_token character varying,
    expires_in integer,
    scopes character varying,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone,
    previous_refresh_token character varying NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.oauth_applications (
    id bigint NOT NULL,
    name character varying NOT NULL,
    uid character varying NOT NULL,
    secret character varying NOT NULL,
    redirect_uri text NOT NULL,
    scopes character varying NOT NULL,
    confidential boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.polyglot_languages (
    id integer NOT NULL,
    type character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    parent_id integer,
    weight integer NOT NULL,
    enabled boolean NOT NULL,
    default_evaluator_whitelisted boolean NOT NULL,
    codaveri_evaluator_whitelisted boolean NOT NULL,
    question_generation_whitelisted boolean NOT NULL,
    koditsu_whitelisted boolean NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.read_marks (
    id integer NOT NULL,
    readable_id integer,
    readable_type character varying(255) NOT NULL,
    reader_id integer NOT NULL,
    timestamp timestamp without time zone,
    reader_type character varying(255),
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.user_emails (
    id integer NOT NULL,
    "primary" boolean NOT NULL,
    user_id integer,
    email character varying(255) NOT NULL,
    confirmation_token character varying(255),
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying(255),
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.user_identities (
    id integer NOT NULL,
    user_id integer NOT NULL,
    provider character varying(255) NOT NULL,
    uid character varying(255) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.user_notifications (
    id integer NOT NULL,
    activity_id integer NOT NULL,
    user_id integer NOT NULL,
    notification_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE coursemology.users (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    role integer NOT NULL,
    time_zone character varying(255),
    profile_photo text,
    encrypted_password character varying(255) NOT NULL,
    reset_password_token character varying(255),
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale character varying NOT NULL,
    session_id character varying,
    PRIMARY KEY (id)
);

ALTER TABLE coursemology.activities ADD CONSTRAINT fk_activities_actor_id FOREIGN KEY (actor_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.attachment_references ADD CONSTRAINT fk_attachment_references_attachment_id FOREIGN KEY (attachment_id) REFERENCES coursemology.attachments (id);
ALTER TABLE coursemology.attachment_references ADD CONSTRAINT fk_attachment_references_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.attachment_references ADD CONSTRAINT fk_attachment_references_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.cikgo_users ADD CONSTRAINT fk_rails_2d1d43671a FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_achievements ADD CONSTRAINT fk_course_achievements_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_achievements ADD CONSTRAINT fk_course_achievements_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_achievements ADD CONSTRAINT fk_course_achievements_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_announcements ADD CONSTRAINT fk_course_announcements_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_announcements ADD CONSTRAINT fk_course_announcements_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_announcements ADD CONSTRAINT fk_course_announcements_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_answer_auto_gradings ADD CONSTRAINT fk_course_assessment_answer_auto_gradings_answer_id FOREIGN KEY (answer_id) REFERENCES coursemology.course_assessment_answers (id);
ALTER TABLE coursemology.course_assessment_answer_auto_gradings ADD CONSTRAINT fk_course_assessment_answer_auto_gradings_job_id FOREIGN KEY (job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_answer_forum_posts ADD CONSTRAINT fk_rails_105258703c FOREIGN KEY (answer_id) REFERENCES coursemology.course_assessment_answer_forum_post_responses (id);
ALTER TABLE coursemology.course_assessment_answer_multiple_response_options ADD CONSTRAINT fk_course_assessment_answer_multiple_response_options_answer_id FOREIGN KEY (answer_id) REFERENCES coursemology.course_assessment_answer_multiple_responses (id);
ALTER TABLE coursemology.course_assessment_answer_multiple_response_options ADD CONSTRAINT fk_course_assessment_answer_multiple_response_options_option_id FOREIGN KEY (option_id) REFERENCES coursemology.course_assessment_question_multiple_response_options (id);
ALTER TABLE coursemology.course_assessment_answer_programming ADD CONSTRAINT fk_rails_bc6d8a20eb FOREIGN KEY (codaveri_feedback_job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_answer_programming_file_annotations ADD CONSTRAINT fk_course_assessment_answer_ed21459e7a2a5034dcf43a14812cb17d FOREIGN KEY (file_id) REFERENCES coursemology.course_assessment_answer_programming_files (id);
ALTER TABLE coursemology.course_assessment_answer_programming_files ADD CONSTRAINT fk_course_assessment_answer_programming_files_answer_id FOREIGN KEY (answer_id) REFERENCES coursemology.course_assessment_answer_programming (id);
ALTER TABLE coursemology.course_assessment_answer_programming_test_results ADD CONSTRAINT fk_course_assessment_answer_e3d785447112439bb306849be8690102 FOREIGN KEY (auto_grading_id) REFERENCES coursemology.course_assessment_answer_programming_auto_gradings (id);
ALTER TABLE coursemology.course_assessment_answer_programming_test_results ADD CONSTRAINT fk_course_assessment_answer_bbb492885b1e3dca4433b8af8cb95906 FOREIGN KEY (test_case_id) REFERENCES coursemology.course_assessment_question_programming_test_cases (id);
ALTER TABLE coursemology.course_assessment_answer_rubric_based_response_selections ADD CONSTRAINT fk_rails_1ee4e62417 FOREIGN KEY (answer_id) REFERENCES coursemology.course_assessment_answer_rubric_based_responses (id);
ALTER TABLE coursemology.course_assessment_answer_rubric_based_response_selections ADD CONSTRAINT fk_rails_efa1de02bd FOREIGN KEY (category_id) REFERENCES coursemology.course_assessment_question_rubric_based_response_categories (id);
ALTER TABLE coursemology.course_assessment_answer_rubric_based_response_selections ADD CONSTRAINT fk_rails_5ec28ccca0 FOREIGN KEY (criterion_id) REFERENCES coursemology.course_assessment_question_rubric_based_response_criterions (id);
ALTER TABLE coursemology.course_assessment_answer_scribing_scribbles ADD CONSTRAINT fk_course_assessment_answer_scribing_scribbles_answer_id FOREIGN KEY (answer_id) REFERENCES coursemology.course_assessment_answer_scribings (id);
ALTER TABLE coursemology.course_assessment_answer_scribing_scribbles ADD CONSTRAINT fk_course_assessment_answer_scribing_scribbles_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_answers ADD CONSTRAINT fk_course_assessment_answers_question_id FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id);
ALTER TABLE coursemology.course_assessment_answers ADD CONSTRAINT fk_course_assessment_answers_submission_id FOREIGN KEY (submission_id) REFERENCES coursemology.course_assessment_submissions (id);
ALTER TABLE coursemology.course_assessment_answers ADD CONSTRAINT fk_course_assessment_answers_grader_id FOREIGN KEY (grader_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_categories ADD CONSTRAINT fk_course_assessment_categories_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_assessment_categories ADD CONSTRAINT fk_course_assessment_categories_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_categories ADD CONSTRAINT fk_course_assessment_categories_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_links ADD CONSTRAINT fk_rails_11fbb5cd18 FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_links ADD CONSTRAINT fk_rails_2f2e76c38a FOREIGN KEY (linked_assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_live_feedback_code ADD CONSTRAINT fk_rails_38b19f1c70 FOREIGN KEY (feedback_id) REFERENCES coursemology.course_assessment_live_feedbacks (id);
ALTER TABLE coursemology.course_assessment_live_feedback_comments ADD CONSTRAINT fk_rails_9fe26ff205 FOREIGN KEY (code_id) REFERENCES coursemology.course_assessment_live_feedback_code (id);
ALTER TABLE coursemology.course_assessment_live_feedbacks ADD CONSTRAINT fk_rails_6a05cee460 FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id);
ALTER TABLE coursemology.course_assessment_live_feedbacks ADD CONSTRAINT fk_rails_a46db68b27 FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_live_feedbacks ADD CONSTRAINT fk_rails_0519765478 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_access_blocks ADD CONSTRAINT fk_rails_036cf26521 FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_access_blocks ADD CONSTRAINT fk_rails_7fa03989ed FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_adoptions ADD CONSTRAINT fk_course_assessment_marketplace_adoptions_listing_id FOREIGN KEY (listing_id) REFERENCES coursemology.course_assessment_marketplace_listings (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_assessment_marketplace_adoptions ADD CONSTRAINT fk_cama_duplicated_assessment_id FOREIGN KEY (duplicated_assessment_id) REFERENCES coursemology.course_assessments (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_assessment_marketplace_adoptions ADD CONSTRAINT fk_cama_destination_course_id FOREIGN KEY (destination_course_id) REFERENCES coursemology.courses (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_assessment_marketplace_adoptions ADD CONSTRAINT fk_course_assessment_marketplace_adoptions_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_adoptions ADD CONSTRAINT fk_course_assessment_marketplace_adoptions_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_allowlist_rules ADD CONSTRAINT fk_rails_48eee582e6 FOREIGN KEY (instance_id) REFERENCES coursemology.instances (id);
ALTER TABLE coursemology.course_assessment_marketplace_allowlist_rules ADD CONSTRAINT fk_rails_26595b72cb FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_listing_versions ADD CONSTRAINT fk_camlv_listing_id FOREIGN KEY (listing_id) REFERENCES coursemology.course_assessment_marketplace_listings (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_assessment_marketplace_listing_versions ADD CONSTRAINT fk_camlv_assessment_id FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_marketplace_listing_versions ADD CONSTRAINT fk_camlv_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_listing_versions ADD CONSTRAINT fk_camlv_published_by FOREIGN KEY (published_by_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_listing_versions ADD CONSTRAINT fk_camlv_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_caml_current_version_id FOREIGN KEY (current_version_id) REFERENCES coursemology.course_assessment_marketplace_listing_versions (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_caml_authoring_assessment_id FOREIGN KEY (authoring_assessment_id) REFERENCES coursemology.course_assessments (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_caml_source_course_id FOREIGN KEY (source_course_id) REFERENCES coursemology.courses (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_caml_source_instance_id FOREIGN KEY (source_instance_id) REFERENCES coursemology.instances (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_course_assessment_marketplace_listings_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_caml_fallback_maintainer_id FOREIGN KEY (fallback_maintainer_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_course_assessment_marketplace_listings_publisher_id FOREIGN KEY (publisher_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_marketplace_listings ADD CONSTRAINT fk_course_assessment_marketplace_listings_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_plagiarism_checks ADD CONSTRAINT fk_course_assessment_plagiarism_checks_assessment_id FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_plagiarism_checks ADD CONSTRAINT fk_course_assessment_plagiarism_checks_job_id FOREIGN KEY (job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_question_bundle_assignments ADD CONSTRAINT fk_rails_ac81b1ae7d FOREIGN KEY (bundle_id) REFERENCES coursemology.course_assessment_question_bundles (id);
ALTER TABLE coursemology.course_assessment_question_bundle_assignments ADD CONSTRAINT fk_rails_7925bbe512 FOREIGN KEY (submission_id) REFERENCES coursemology.course_assessment_submissions (id);
ALTER TABLE coursemology.course_assessment_question_bundle_assignments ADD CONSTRAINT fk_rails_a63fbc3256 FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_question_bundle_assignments ADD CONSTRAINT fk_rails_ca617e5551 FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_question_bundle_questions ADD CONSTRAINT fk_rails_a877b896da FOREIGN KEY (bundle_id) REFERENCES coursemology.course_assessment_question_bundles (id);
ALTER TABLE coursemology.course_assessment_question_bundle_questions ADD CONSTRAINT fk_rails_ca7fa5d51d FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id);
ALTER TABLE coursemology.course_assessment_question_bundles ADD CONSTRAINT fk_rails_6d2c5b81f2 FOREIGN KEY (group_id) REFERENCES coursemology.course_assessment_question_groups (id);
ALTER TABLE coursemology.course_assessment_question_grading_contexts ADD CONSTRAINT fk_rails_7d509e1f5a FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_assessment_question_groups ADD CONSTRAINT fk_rails_e9f555df03 FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_question_mock_answer_grading_contexts ADD CONSTRAINT fk_rails_72e15f83c2 FOREIGN KEY (grading_context_id) REFERENCES coursemology.course_assessment_question_grading_contexts (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_assessment_question_mock_answer_grading_contexts ADD CONSTRAINT fk_rails_8252a285a1 FOREIGN KEY (mock_answer_id) REFERENCES coursemology.course_assessment_question_mock_answers (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_assessment_question_mock_answers ADD CONSTRAINT fk_rails_b078b54e2c FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id);
ALTER TABLE coursemology.course_assessment_question_multiple_response_options ADD CONSTRAINT fk_course_assessment_question_multiple_response_options_questio FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_question_multiple_responses (id);
ALTER TABLE coursemology.course_assessment_question_programming ADD CONSTRAINT fk_course_assessment_question_programming_import_job_id FOREIGN KEY (import_job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_question_programming ADD CONSTRAINT fk_course_assessment_question_programming_language_id FOREIGN KEY (language_id) REFERENCES coursemology.polyglot_languages (id);
ALTER TABLE coursemology.course_assessment_question_programming_template_files ADD CONSTRAINT fk_course_assessment_questi_0788633b496294e558f55f2b41bc7c45 FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_question_programming (id);
ALTER TABLE coursemology.course_assessment_question_programming_test_cases ADD CONSTRAINT fk_course_assessment_questi_ee00a2daf4389c4c2ddba3041a15c35f FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_question_programming (id);
ALTER TABLE coursemology.course_assessment_question_rubric_based_response_categories ADD CONSTRAINT fk_rails_f1ead9f6be FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_question_rubric_based_responses (id);
ALTER TABLE coursemology.course_assessment_question_rubric_based_response_criterions ADD CONSTRAINT fk_rails_9ac9cdbb68 FOREIGN KEY (category_id) REFERENCES coursemology.course_assessment_question_rubric_based_response_categories (id);
ALTER TABLE coursemology.course_assessment_question_rubrics ADD CONSTRAINT fk_rails_d7ada65a89 FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id);
ALTER TABLE coursemology.course_assessment_question_rubrics ADD CONSTRAINT fk_rails_076308d787 FOREIGN KEY (rubric_id) REFERENCES coursemology.course_rubrics (id);
ALTER TABLE coursemology.course_assessment_question_text_response_compre_groups ADD CONSTRAINT fk_rails_b34a0a9c3a FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_question_text_responses (id);
ALTER TABLE coursemology.course_assessment_question_text_response_compre_points ADD CONSTRAINT fk_rails_129212886f FOREIGN KEY (group_id) REFERENCES coursemology.course_assessment_question_text_response_compre_groups (id);
ALTER TABLE coursemology.course_assessment_question_text_response_compre_solutions ADD CONSTRAINT fk_rails_7597467b07 FOREIGN KEY (point_id) REFERENCES coursemology.course_assessment_question_text_response_compre_points (id);
ALTER TABLE coursemology.course_assessment_question_text_response_solution_spreadsheets ADD CONSTRAINT fk_rails_3060f1f1fd FOREIGN KEY (solution_id) REFERENCES coursemology.course_assessment_question_text_response_solutions (id);
ALTER TABLE coursemology.course_assessment_question_text_response_solutions ADD CONSTRAINT fk_course_assessment_questi_2fbeabfad04f21c2d05c8b2d9100d1c4 FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_question_text_responses (id);
ALTER TABLE coursemology.course_assessment_questions ADD CONSTRAINT fk_rails_0ca1dfd272 FOREIGN KEY (active_rubric_id) REFERENCES coursemology.course_rubrics (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_assessment_questions ADD CONSTRAINT fk_course_assessment_questions_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_questions ADD CONSTRAINT fk_course_assessment_questions_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_skill_branches ADD CONSTRAINT fk_course_assessment_skill_branches_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_assessment_skill_branches ADD CONSTRAINT fk_course_assessment_skill_branches_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_skill_branches ADD CONSTRAINT fk_course_assessment_skill_branches_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_skills ADD CONSTRAINT fk_course_assessment_skills_skill_branch_id FOREIGN KEY (skill_branch_id) REFERENCES coursemology.course_assessment_skill_branches (id);
ALTER TABLE coursemology.course_assessment_skills ADD CONSTRAINT fk_course_assessment_skills_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_assessment_skills ADD CONSTRAINT fk_course_assessment_skills_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_skills ADD CONSTRAINT fk_course_assessment_skills_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_skills_question_assessments ADD CONSTRAINT fk_rails_2b317950bd FOREIGN KEY (skill_id) REFERENCES coursemology.course_assessment_skills (id);
ALTER TABLE coursemology.course_assessment_skills_question_assessments ADD CONSTRAINT fk_rails_e9abe7f8d3 FOREIGN KEY (question_assessment_id) REFERENCES coursemology.course_question_assessments (id);
ALTER TABLE coursemology.course_assessment_submission_logs ADD CONSTRAINT fk_course_assessment_submission_logs_submission_id FOREIGN KEY (submission_id) REFERENCES coursemology.course_assessment_submissions (id);
ALTER TABLE coursemology.course_assessment_submission_questions ADD CONSTRAINT fk_course_assessment_submission_questions_question_id FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id);
ALTER TABLE coursemology.course_assessment_submission_questions ADD CONSTRAINT fk_course_assessment_submission_questions_submission_id FOREIGN KEY (submission_id) REFERENCES coursemology.course_assessment_submissions (id);
ALTER TABLE coursemology.course_assessment_submissions ADD CONSTRAINT fk_course_assessment_submissions_assessment_id FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_assessment_submissions ADD CONSTRAINT fk_course_assessment_submissions_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_submissions ADD CONSTRAINT fk_course_assessment_submissions_publisher_id FOREIGN KEY (publisher_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_submissions ADD CONSTRAINT fk_course_assessment_submissions_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_tabs ADD CONSTRAINT fk_course_assessment_tabs_category_id FOREIGN KEY (category_id) REFERENCES coursemology.course_assessment_categories (id);
ALTER TABLE coursemology.course_assessment_tabs ADD CONSTRAINT fk_course_assessment_tabs_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessment_tabs ADD CONSTRAINT fk_course_assessment_tabs_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessments ADD CONSTRAINT fk_course_assessments_tab_id FOREIGN KEY (tab_id) REFERENCES coursemology.course_assessment_tabs (id);
ALTER TABLE coursemology.course_assessments ADD CONSTRAINT fk_rails_5a883bc0d8 FOREIGN KEY (monitor_id) REFERENCES coursemology.course_monitoring_monitors (id);
ALTER TABLE coursemology.course_assessments ADD CONSTRAINT fk_course_assessments_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_assessments ADD CONSTRAINT fk_course_assessments_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_condition_achievements ADD CONSTRAINT fk_course_condition_achievements_achievement_id FOREIGN KEY (achievement_id) REFERENCES coursemology.course_achievements (id);
ALTER TABLE coursemology.course_condition_assessments ADD CONSTRAINT fk_course_condition_assessments_assessment_id FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_condition_scholaistic_assessments ADD CONSTRAINT fk_rails_3379f606e0 FOREIGN KEY (scholaistic_assessment_id) REFERENCES coursemology.course_scholaistic_assessments (id);
ALTER TABLE coursemology.course_condition_surveys ADD CONSTRAINT fk_rails_d699b6eee8 FOREIGN KEY (survey_id) REFERENCES coursemology.course_surveys (id);
ALTER TABLE coursemology.course_condition_videos ADD CONSTRAINT fk_rails_3fbea0b16d FOREIGN KEY (video_id) REFERENCES coursemology.course_videos (id);
ALTER TABLE coursemology.course_conditions ADD CONSTRAINT fk_course_conditions_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_conditions ADD CONSTRAINT fk_course_conditions_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_conditions ADD CONSTRAINT fk_course_conditions_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_discussion_post_codaveri_feedbacks ADD CONSTRAINT fk_rails_de97421ce0 FOREIGN KEY (post_id) REFERENCES coursemology.course_discussion_posts (id);
ALTER TABLE coursemology.course_discussion_post_votes ADD CONSTRAINT fk_course_discussion_post_votes_post_id FOREIGN KEY (post_id) REFERENCES coursemology.course_discussion_posts (id);
ALTER TABLE coursemology.course_discussion_post_votes ADD CONSTRAINT fk_course_discussion_post_votes_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_discussion_post_votes ADD CONSTRAINT fk_course_discussion_post_votes_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_discussion_posts ADD CONSTRAINT fk_course_discussion_posts_parent_id FOREIGN KEY (parent_id) REFERENCES coursemology.course_discussion_posts (id);
ALTER TABLE coursemology.course_discussion_posts ADD CONSTRAINT fk_course_discussion_posts_topic_id FOREIGN KEY (topic_id) REFERENCES coursemology.course_discussion_topics (id);
ALTER TABLE coursemology.course_discussion_posts ADD CONSTRAINT fk_course_discussion_posts_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_discussion_posts ADD CONSTRAINT fk_course_discussion_posts_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_discussion_topic_subscriptions ADD CONSTRAINT fk_course_discussion_topic_subscriptions_topic_id FOREIGN KEY (topic_id) REFERENCES coursemology.course_discussion_topics (id);
ALTER TABLE coursemology.course_discussion_topic_subscriptions ADD CONSTRAINT fk_course_discussion_topic_subscriptions_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_discussion_topics ADD CONSTRAINT fk_course_discussion_topics_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_enrol_requests ADD CONSTRAINT fk_course_enrol_requests_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_enrol_requests ADD CONSTRAINT fk_rails_f1843191e3 FOREIGN KEY (confirmer_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_enrol_requests ADD CONSTRAINT fk_rails_643e1c8f0e FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_enrol_requests ADD CONSTRAINT fk_rails_e11603f848 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_enrol_requests ADD CONSTRAINT fk_course_enrol_requests_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_experience_points_records ADD CONSTRAINT fk_course_experience_points_records_course_user_id FOREIGN KEY (course_user_id) REFERENCES coursemology.course_users (id);
ALTER TABLE coursemology.course_experience_points_records ADD CONSTRAINT fk_course_experience_points_records_awarder_id FOREIGN KEY (awarder_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_experience_points_records ADD CONSTRAINT fk_course_experience_points_records_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_experience_points_records ADD CONSTRAINT fk_course_experience_points_records_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_external_assessment_grades ADD CONSTRAINT fk_course_external_assessment_grades_external_assessment_id FOREIGN KEY (external_assessment_id) REFERENCES coursemology.course_external_assessments (id);
ALTER TABLE coursemology.course_external_assessment_grades ADD CONSTRAINT fk_course_external_assessment_grades_course_user_id FOREIGN KEY (course_user_id) REFERENCES coursemology.course_users (id);
ALTER TABLE coursemology.course_external_assessment_grades ADD CONSTRAINT fk_course_external_assessment_grades_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_external_assessment_grades ADD CONSTRAINT fk_course_external_assessment_grades_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_external_assessments ADD CONSTRAINT fk_course_external_assessments_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_external_assessments ADD CONSTRAINT fk_course_external_assessments_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_external_assessments ADD CONSTRAINT fk_course_external_assessments_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_discussion_references ADD CONSTRAINT fk_course_forum_discussion_references_discussion_id FOREIGN KEY (discussion_id) REFERENCES coursemology.course_forum_discussions (id);
ALTER TABLE coursemology.course_forum_discussion_references ADD CONSTRAINT fk_course_forum_discussion_references_forum_import_id FOREIGN KEY (forum_import_id) REFERENCES coursemology.course_forum_imports (id);
ALTER TABLE coursemology.course_forum_discussion_references ADD CONSTRAINT fk_course_forum_discussion_references_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_discussion_references ADD CONSTRAINT fk_course_forum_discussion_references_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_imports ADD CONSTRAINT fk_course_forum_imports_imported_forum_id FOREIGN KEY (imported_forum_id) REFERENCES coursemology.course_forums (id);
ALTER TABLE coursemology.course_forum_imports ADD CONSTRAINT fk_ccourse_forum_imports_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_forum_imports ADD CONSTRAINT fk_course_forum_importings_job_id FOREIGN KEY (job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_forum_rag_auto_answerings ADD CONSTRAINT fk_course_forum_rag_auto_answerings_post_id FOREIGN KEY (post_id) REFERENCES coursemology.course_discussion_posts (id);
ALTER TABLE coursemology.course_forum_rag_auto_answerings ADD CONSTRAINT fk_course_forum_rag_auto_answerings_job_id FOREIGN KEY (job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_forum_rag_wise_ratings ADD CONSTRAINT fk_rails_f51492e2de FOREIGN KEY (post_id) REFERENCES coursemology.course_discussion_posts (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_forum_rag_wise_ratings ADD CONSTRAINT fk_rails_3938038f38 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_rag_wise_ratings ADD CONSTRAINT fk_rails_0c09dcd5ff FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_subscriptions ADD CONSTRAINT fk_course_forum_subscriptions_forum_id FOREIGN KEY (forum_id) REFERENCES coursemology.course_forums (id);
ALTER TABLE coursemology.course_forum_subscriptions ADD CONSTRAINT fk_course_forum_subscriptions_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_topic_views ADD CONSTRAINT fk_course_forum_topic_views_topic_id FOREIGN KEY (topic_id) REFERENCES coursemology.course_forum_topics (id);
ALTER TABLE coursemology.course_forum_topic_views ADD CONSTRAINT fk_course_forum_topic_views_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_topics ADD CONSTRAINT fk_course_forum_topics_forum_id FOREIGN KEY (forum_id) REFERENCES coursemology.course_forums (id);
ALTER TABLE coursemology.course_forum_topics ADD CONSTRAINT fk_course_forum_topics_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forum_topics ADD CONSTRAINT fk_course_forum_topics_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forums ADD CONSTRAINT fk_course_forums_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_forums ADD CONSTRAINT fk_course_forums_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_forums ADD CONSTRAINT fk_course_forums_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_assessment_contributions ADD CONSTRAINT fk_rails_c8f38f4071 FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_gradebook_assessment_contributions ADD CONSTRAINT fk_rails_31cca99657 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_assessment_contributions ADD CONSTRAINT fk_rails_08aeeaf5c7 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_external_contributions ADD CONSTRAINT fk_rails_a5cb28e263 FOREIGN KEY (external_assessment_id) REFERENCES coursemology.course_external_assessments (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_gradebook_external_contributions ADD CONSTRAINT fk_rails_32287ea59c FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_gradebook_external_contributions ADD CONSTRAINT fk_rails_99be2e894a FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_external_contributions ADD CONSTRAINT fk_rails_a4ff49cdf7 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_level_configs ADD CONSTRAINT fk_rails_d5266b4f75 FOREIGN KEY (course_id) REFERENCES coursemology.courses (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_gradebook_level_configs ADD CONSTRAINT fk_rails_41fcb3b3bf FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_level_configs ADD CONSTRAINT fk_rails_12f5c4f029 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_tab_contributions ADD CONSTRAINT fk_rails_2235ca39a8 FOREIGN KEY (tab_id) REFERENCES coursemology.course_assessment_tabs (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_gradebook_tab_contributions ADD CONSTRAINT fk_rails_bae381eafd FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_gradebook_tab_contributions ADD CONSTRAINT fk_rails_48fb1920f2 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_gradebook_tab_contributions ADD CONSTRAINT fk_rails_5868e86531 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_group_categories ADD CONSTRAINT fk_rails_7ef8db7dab FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_group_categories ADD CONSTRAINT fk_rails_6c045d65f5 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_group_categories ADD CONSTRAINT fk_rails_c977ff87b9 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_group_users ADD CONSTRAINT fk_course_group_users_course_group_id FOREIGN KEY (group_id) REFERENCES coursemology.course_groups (id);
ALTER TABLE coursemology.course_group_users ADD CONSTRAINT fk_course_group_users_course_user_id FOREIGN KEY (course_user_id) REFERENCES coursemology.course_users (id);
ALTER TABLE coursemology.course_group_users ADD CONSTRAINT fk_course_group_users_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_group_users ADD CONSTRAINT fk_course_group_users_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_groups ADD CONSTRAINT fk_rails_e569c6c662 FOREIGN KEY (group_category_id) REFERENCES coursemology.course_group_categories (id);
ALTER TABLE coursemology.course_groups ADD CONSTRAINT fk_course_groups_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_groups ADD CONSTRAINT fk_course_groups_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_learning_maps ADD CONSTRAINT fk_rails_8ab49608b9 FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_learning_rate_records ADD CONSTRAINT fk_rails_5f27d82a71 FOREIGN KEY (course_user_id) REFERENCES coursemology.course_users (id);
ALTER TABLE coursemology.course_lesson_plan_event_materials ADD CONSTRAINT fk_course_lesson_plan_event_materials_lesson_plan_event_id FOREIGN KEY (lesson_plan_event_id) REFERENCES coursemology.course_lesson_plan_events (id);
ALTER TABLE coursemology.course_lesson_plan_event_materials ADD CONSTRAINT fk_course_lesson_plan_event_materials_material_id FOREIGN KEY (material_id) REFERENCES coursemology.course_materials (id);
ALTER TABLE coursemology.course_lesson_plan_items ADD CONSTRAINT fk_course_lesson_plan_items_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_lesson_plan_items ADD CONSTRAINT fk_course_lesson_plan_items_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_lesson_plan_items ADD CONSTRAINT fk_course_lesson_plan_items_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_lesson_plan_todos ADD CONSTRAINT fk_course_lesson_plan_todos_item_id FOREIGN KEY (item_id) REFERENCES coursemology.course_lesson_plan_items (id);
ALTER TABLE coursemology.course_lesson_plan_todos ADD CONSTRAINT fk_course_lesson_plan_todos_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_lesson_plan_todos ADD CONSTRAINT fk_course_lesson_plan_todos_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_lesson_plan_todos ADD CONSTRAINT fk_course_lesson_plan_todos_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_levels ADD CONSTRAINT fk_course_levels_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_material_folders ADD CONSTRAINT fk_course_material_folders_parent_id FOREIGN KEY (parent_id) REFERENCES coursemology.course_material_folders (id);
ALTER TABLE coursemology.course_material_folders ADD CONSTRAINT fk_course_material_folders_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_material_folders ADD CONSTRAINT fk_course_material_folders_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_material_folders ADD CONSTRAINT fk_course_material_folders_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_material_text_chunk_references ADD CONSTRAINT fk_course_material_text_chunk_references_text_chunk_id FOREIGN KEY (text_chunk_id) REFERENCES coursemology.course_material_text_chunks (id);
ALTER TABLE coursemology.course_material_text_chunk_references ADD CONSTRAINT fk_course_material_text_chunk_references_material_id FOREIGN KEY (material_id) REFERENCES coursemology.course_materials (id);
ALTER TABLE coursemology.course_material_text_chunk_references ADD CONSTRAINT fk_course_material_text_chunk_references_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_material_text_chunk_references ADD CONSTRAINT fk_course_material_text_chunk_references_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_material_text_chunkings ADD CONSTRAINT fk_course_material_text_chunkings_material_id FOREIGN KEY (material_id) REFERENCES coursemology.course_materials (id);
ALTER TABLE coursemology.course_material_text_chunkings ADD CONSTRAINT fk_course_material_text_chunkings_job_id FOREIGN KEY (job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_materials ADD CONSTRAINT fk_course_materials_folder_id FOREIGN KEY (folder_id) REFERENCES coursemology.course_material_folders (id);
ALTER TABLE coursemology.course_materials ADD CONSTRAINT fk_course_materials_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_materials ADD CONSTRAINT fk_course_materials_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_monitoring_heartbeats ADD CONSTRAINT fk_rails_e5478ee832 FOREIGN KEY (session_id) REFERENCES coursemology.course_monitoring_sessions (id);
ALTER TABLE coursemology.course_monitoring_sessions ADD CONSTRAINT fk_rails_94d0a778fe FOREIGN KEY (monitor_id) REFERENCES coursemology.course_monitoring_monitors (id);
ALTER TABLE coursemology.course_monitoring_sessions ADD CONSTRAINT fk_rails_764cf76484 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_notifications ADD CONSTRAINT fk_course_notifications_activity_id FOREIGN KEY (activity_id) REFERENCES coursemology.activities (id);
ALTER TABLE coursemology.course_notifications ADD CONSTRAINT fk_course_notifications_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_personal_times ADD CONSTRAINT fk_rails_978dab8490 FOREIGN KEY (lesson_plan_item_id) REFERENCES coursemology.course_lesson_plan_items (id);
ALTER TABLE coursemology.course_personal_times ADD CONSTRAINT fk_rails_095e82bc2e FOREIGN KEY (course_user_id) REFERENCES coursemology.course_users (id);
ALTER TABLE coursemology.course_question_assessments ADD CONSTRAINT fk_course_question_assessments_question_id FOREIGN KEY (question_id) REFERENCES coursemology.course_assessment_questions (id);
ALTER TABLE coursemology.course_question_assessments ADD CONSTRAINT fk_course_question_assessments_assessment_id FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.course_reference_timelines ADD CONSTRAINT fk_rails_06f2b36bdf FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_reference_times ADD CONSTRAINT fk_rails_7d565ddd8a FOREIGN KEY (lesson_plan_item_id) REFERENCES coursemology.course_lesson_plan_items (id);
ALTER TABLE coursemology.course_reference_times ADD CONSTRAINT fk_rails_c46b299fa9 FOREIGN KEY (reference_timeline_id) REFERENCES coursemology.course_reference_timelines (id);
ALTER TABLE coursemology.course_rubric_answer_evaluation_ratings ADD CONSTRAINT fk_rails_27a897864f FOREIGN KEY (post_id) REFERENCES coursemology.course_discussion_posts (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_rubric_answer_evaluation_ratings ADD CONSTRAINT fk_rails_1063ac5211 FOREIGN KEY (answer_evaluation_id) REFERENCES coursemology.course_rubric_answer_evaluations (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_rubric_answer_evaluation_ratings ADD CONSTRAINT fk_rails_e6cf89f8f7 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_rubric_answer_evaluation_ratings ADD CONSTRAINT fk_rails_95d0e2a342 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_rubric_answer_evaluation_selections ADD CONSTRAINT fk_rails_d764dd9f52 FOREIGN KEY (answer_evaluation_id) REFERENCES coursemology.course_rubric_answer_evaluations (id);
ALTER TABLE coursemology.course_rubric_answer_evaluation_selections ADD CONSTRAINT fk_rails_b48ca32965 FOREIGN KEY (category_id) REFERENCES coursemology.course_rubric_categories (id);
ALTER TABLE coursemology.course_rubric_answer_evaluation_selections ADD CONSTRAINT fk_rails_1191e1fce6 FOREIGN KEY (criterion_id) REFERENCES coursemology.course_rubric_category_criterions (id);
ALTER TABLE coursemology.course_rubric_answer_evaluations ADD CONSTRAINT fk_rails_cde586758e FOREIGN KEY (answer_id) REFERENCES coursemology.course_assessment_answers (id);
ALTER TABLE coursemology.course_rubric_answer_evaluations ADD CONSTRAINT fk_rails_10e21b88cc FOREIGN KEY (rubric_id) REFERENCES coursemology.course_rubrics (id);
ALTER TABLE coursemology.course_rubric_answer_evaluations ADD CONSTRAINT fk_course_rubric_answer_evaluations_jobs FOREIGN KEY (job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_rubric_categories ADD CONSTRAINT fk_rails_eb48648774 FOREIGN KEY (rubric_id) REFERENCES coursemology.course_rubrics (id);
ALTER TABLE coursemology.course_rubric_category_criterions ADD CONSTRAINT fk_rails_558806dbd2 FOREIGN KEY (category_id) REFERENCES coursemology.course_rubric_categories (id);
ALTER TABLE coursemology.course_rubric_mock_answer_evaluation_selections ADD CONSTRAINT fk_rails_f3933affa8 FOREIGN KEY (category_id) REFERENCES coursemology.course_rubric_categories (id);
ALTER TABLE coursemology.course_rubric_mock_answer_evaluation_selections ADD CONSTRAINT fk_rails_0383edd9e3 FOREIGN KEY (criterion_id) REFERENCES coursemology.course_rubric_category_criterions (id);
ALTER TABLE coursemology.course_rubric_mock_answer_evaluation_selections ADD CONSTRAINT fk_rails_dc52be910d FOREIGN KEY (mock_answer_evaluation_id) REFERENCES coursemology.course_rubric_mock_answer_evaluations (id);
ALTER TABLE coursemology.course_rubric_mock_answer_evaluations ADD CONSTRAINT fk_rails_c81516155a FOREIGN KEY (mock_answer_id) REFERENCES coursemology.course_assessment_question_mock_answers (id);
ALTER TABLE coursemology.course_rubric_mock_answer_evaluations ADD CONSTRAINT fk_rails_c227867a35 FOREIGN KEY (rubric_id) REFERENCES coursemology.course_rubrics (id);
ALTER TABLE coursemology.course_rubric_mock_answer_evaluations ADD CONSTRAINT fk_rails_889a4537eb FOREIGN KEY (job_id) REFERENCES coursemology.jobs (id) ON DELETE SET NULL;
ALTER TABLE coursemology.course_rubrics ADD CONSTRAINT fk_rails_24a47cd87e FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_scholaistic_submissions ADD CONSTRAINT fk_rails_1982c2764d FOREIGN KEY (assessment_id) REFERENCES coursemology.course_scholaistic_assessments (id);
ALTER TABLE coursemology.course_scholaistic_submissions ADD CONSTRAINT fk_rails_07e6d6d542 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_settings_emails ADD CONSTRAINT fk_rails_b2db4a4652 FOREIGN KEY (course_assessment_category_id) REFERENCES coursemology.course_assessment_categories (id);
ALTER TABLE coursemology.course_settings_emails ADD CONSTRAINT fk_rails_f544fe9159 FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_survey_answer_options ADD CONSTRAINT fk_course_survey_answer_options_answer_id FOREIGN KEY (answer_id) REFERENCES coursemology.course_survey_answers (id);
ALTER TABLE coursemology.course_survey_answer_options ADD CONSTRAINT fk_course_survey_answer_options_question_option_id FOREIGN KEY (question_option_id) REFERENCES coursemology.course_survey_question_options (id);
ALTER TABLE coursemology.course_survey_answers ADD CONSTRAINT fk_course_survey_answers_question_id FOREIGN KEY (question_id) REFERENCES coursemology.course_survey_questions (id);
ALTER TABLE coursemology.course_survey_answers ADD CONSTRAINT fk_course_survey_answers_response_id FOREIGN KEY (response_id) REFERENCES coursemology.course_survey_responses (id);
ALTER TABLE coursemology.course_survey_answers ADD CONSTRAINT fk_course_survey_answers_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_survey_answers ADD CONSTRAINT fk_course_survey_answers_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_survey_question_options ADD CONSTRAINT fk_course_survey_question_options_question_id FOREIGN KEY (question_id) REFERENCES coursemology.course_survey_questions (id);
ALTER TABLE coursemology.course_survey_questions ADD CONSTRAINT fk_course_survey_questions_section_id FOREIGN KEY (section_id) REFERENCES coursemology.course_survey_sections (id);
ALTER TABLE coursemology.course_survey_questions ADD CONSTRAINT fk_course_survey_questions_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_survey_questions ADD CONSTRAINT fk_course_survey_questions_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_survey_responses ADD CONSTRAINT fk_course_survey_responses_survey_id FOREIGN KEY (survey_id) REFERENCES coursemology.course_surveys (id);
ALTER TABLE coursemology.course_survey_responses ADD CONSTRAINT fk_course_survey_responses_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_survey_responses ADD CONSTRAINT fk_course_survey_responses_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_survey_sections ADD CONSTRAINT fk_course_survey_sections_survey_id FOREIGN KEY (survey_id) REFERENCES coursemology.course_surveys (id);
ALTER TABLE coursemology.course_surveys ADD CONSTRAINT fk_course_surveys_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_surveys ADD CONSTRAINT fk_course_surveys_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_user_achievements ADD CONSTRAINT fk_course_user_achievements_achievement_id FOREIGN KEY (achievement_id) REFERENCES coursemology.course_achievements (id);
ALTER TABLE coursemology.course_user_achievements ADD CONSTRAINT fk_course_user_achievements_course_user_id FOREIGN KEY (course_user_id) REFERENCES coursemology.course_users (id);
ALTER TABLE coursemology.course_user_email_unsubscriptions ADD CONSTRAINT fk_rails_00b6317f0f FOREIGN KEY (course_settings_email_id) REFERENCES coursemology.course_settings_emails (id);
ALTER TABLE coursemology.course_user_email_unsubscriptions ADD CONSTRAINT fk_rails_6ee0e2d723 FOREIGN KEY (course_user_id) REFERENCES coursemology.course_users (id);
ALTER TABLE coursemology.course_user_invitations ADD CONSTRAINT fk_course_user_invitations_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_user_invitations ADD CONSTRAINT fk_course_user_invitations_confirmer_id FOREIGN KEY (confirmer_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_user_invitations ADD CONSTRAINT fk_course_user_invitations_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_user_invitations ADD CONSTRAINT fk_course_user_invitations_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_users ADD CONSTRAINT fk_rails_333f5f5ccf FOREIGN KEY (reference_timeline_id) REFERENCES coursemology.course_reference_timelines (id);
ALTER TABLE coursemology.course_users ADD CONSTRAINT fk_course_users_course_id FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_users ADD CONSTRAINT fk_course_users_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_users ADD CONSTRAINT fk_course_users_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_users ADD CONSTRAINT fk_course_users_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_events ADD CONSTRAINT fk_rails_ee3da62a5b FOREIGN KEY (session_id) REFERENCES coursemology.course_video_sessions (id);
ALTER TABLE coursemology.course_video_sessions ADD CONSTRAINT fk_rails_e59b9a0016 FOREIGN KEY (submission_id) REFERENCES coursemology.course_video_submissions (id);
ALTER TABLE coursemology.course_video_sessions ADD CONSTRAINT fk_rails_6e4bd71803 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_sessions ADD CONSTRAINT fk_rails_3a70ab54b7 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_statistics ADD CONSTRAINT fk_rails_70ce8ff88d FOREIGN KEY (video_id) REFERENCES coursemology.course_videos (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_video_submission_statistics ADD CONSTRAINT fk_rails_1114147de5 FOREIGN KEY (submission_id) REFERENCES coursemology.course_video_submissions (id) ON DELETE CASCADE;
ALTER TABLE coursemology.course_video_submissions ADD CONSTRAINT fk_course_video_submissions_video_id FOREIGN KEY (video_id) REFERENCES coursemology.course_videos (id);
ALTER TABLE coursemology.course_video_submissions ADD CONSTRAINT fk_course_video_submissions_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_submissions ADD CONSTRAINT fk_course_video_submissions_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_tabs ADD CONSTRAINT fk_rails_f7046778b8 FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.course_video_tabs ADD CONSTRAINT fk_rails_7afddac54f FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_tabs ADD CONSTRAINT fk_rails_7882231fb5 FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_topics ADD CONSTRAINT fk_course_video_topics_video_id FOREIGN KEY (video_id) REFERENCES coursemology.course_videos (id);
ALTER TABLE coursemology.course_video_topics ADD CONSTRAINT fk_course_video_topics_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_video_topics ADD CONSTRAINT fk_course_video_topics_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_videos ADD CONSTRAINT fk_rails_0774abf34e FOREIGN KEY (tab_id) REFERENCES coursemology.course_video_tabs (id);
ALTER TABLE coursemology.course_videos ADD CONSTRAINT fk_course_videos_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.course_videos ADD CONSTRAINT fk_course_videos_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.courses ADD CONSTRAINT fk_courses_instance_id FOREIGN KEY (instance_id) REFERENCES coursemology.instances (id);
ALTER TABLE coursemology.courses ADD CONSTRAINT fk_courses_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.courses ADD CONSTRAINT fk_courses_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.duplication_traceable_assessments ADD CONSTRAINT fk_rails_dd50c1aa54 FOREIGN KEY (assessment_id) REFERENCES coursemology.course_assessments (id);
ALTER TABLE coursemology.duplication_traceable_courses ADD CONSTRAINT fk_rails_4a4a5a40ff FOREIGN KEY (course_id) REFERENCES coursemology.courses (id);
ALTER TABLE coursemology.duplication_traceables ADD CONSTRAINT fk_rails_e33f7bce1d FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.duplication_traceables ADD CONSTRAINT fk_rails_655cd43f8b FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.generic_announcements ADD CONSTRAINT fk_generic_announcements_instance_id FOREIGN KEY (instance_id) REFERENCES coursemology.instances (id);
ALTER TABLE coursemology.generic_announcements ADD CONSTRAINT fk_generic_announcements_creator_id FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.generic_announcements ADD CONSTRAINT fk_generic_announcements_updater_id FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.instance_user_role_requests ADD CONSTRAINT fk_instance_user_role_requests_instance_id FOREIGN KEY (instance_id) REFERENCES coursemology.instances (id);
ALTER TABLE coursemology.instance_user_role_requests ADD CONSTRAINT fk_rails_8868617225 FOREIGN KEY (confirmer_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.instance_user_role_requests ADD CONSTRAINT fk_rails_43f472a8f4 FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.instance_user_role_requests ADD CONSTRAINT fk_rails_fa1a30c68c FOREIGN KEY (updater_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.instance_user_role_requests ADD CONSTRAINT fk_instance_user_role_requests_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.instance_users ADD CONSTRAINT fk_instance_users_instance_id FOREIGN KEY (instance_id) REFERENCES coursemology.instances (id);
ALTER TABLE coursemology.instance_users ADD CONSTRAINT fk_instance_users_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.live_feedback_message_files ADD CONSTRAINT fk_rails_bd54d4d6e4 FOREIGN KEY (file_id) REFERENCES coursemology.live_feedback_files (id);
ALTER TABLE coursemology.live_feedback_message_files ADD CONSTRAINT fk_rails_35cd2b8ba9 FOREIGN KEY (message_id) REFERENCES coursemology.live_feedback_messages (id);
ALTER TABLE coursemology.live_feedback_message_options ADD CONSTRAINT fk_rails_4d19dfab0e FOREIGN KEY (message_id) REFERENCES coursemology.live_feedback_messages (id);
ALTER TABLE coursemology.live_feedback_message_options ADD CONSTRAINT fk_rails_a38b44150b FOREIGN KEY (option_id) REFERENCES coursemology.live_feedback_options (id);
ALTER TABLE coursemology.live_feedback_messages ADD CONSTRAINT fk_rails_3ee37caaee FOREIGN KEY (option_id) REFERENCES coursemology.live_feedback_options (id);
ALTER TABLE coursemology.live_feedback_messages ADD CONSTRAINT fk_rails_c0a6bdac51 FOREIGN KEY (thread_id) REFERENCES coursemology.live_feedback_threads (id);
ALTER TABLE coursemology.live_feedback_messages ADD CONSTRAINT fk_rails_1f54a604cc FOREIGN KEY (creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.live_feedback_threads ADD CONSTRAINT fk_rails_06076efaa1 FOREIGN KEY (submission_question_id) REFERENCES coursemology.course_assessment_submission_questions (id);
ALTER TABLE coursemology.live_feedback_threads ADD CONSTRAINT fk_rails_1017f2d9c3 FOREIGN KEY (submission_creator_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.oauth_access_grants ADD CONSTRAINT fk_rails_b4b53e07b8 FOREIGN KEY (application_id) REFERENCES coursemology.oauth_applications (id);
ALTER TABLE coursemology.oauth_access_grants ADD CONSTRAINT fk_rails_330c32d8d9 FOREIGN KEY (resource_owner_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.oauth_access_tokens ADD CONSTRAINT fk_rails_732cb83ab7 FOREIGN KEY (application_id) REFERENCES coursemology.oauth_applications (id);
ALTER TABLE coursemology.oauth_access_tokens ADD CONSTRAINT fk_rails_ee63f25419 FOREIGN KEY (resource_owner_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.polyglot_languages ADD CONSTRAINT fk_polyglot_languages_parent_id FOREIGN KEY (parent_id) REFERENCES coursemology.polyglot_languages (id);
ALTER TABLE coursemology.user_emails ADD CONSTRAINT fk_user_emails_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.user_identities ADD CONSTRAINT fk_user_identities_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
ALTER TABLE coursemology.user_notifications ADD CONSTRAINT fk_user_notifications_activity_id FOREIGN KEY (activity_id) REFERENCES coursemology.activities (id);
ALTER TABLE coursemology.user_notifications ADD CONSTRAINT fk_user_notifications_user_id FOREIGN KEY (user_id) REFERENCES coursemology.users (id);
