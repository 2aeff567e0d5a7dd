-- OpenOLAT 15.2-SNAPSHOT, frentix's open-source learning management system (courses and other learning resources
-- in the repository (o_repositoryentry, o_olatresource), identities, user profiles and logins, groups and their
-- members, business groups and areas, organisations, curricula and curriculum elements, taxonomies and competences,
-- assessment entries, efficiency statements and QTI 2.1 test sessions, certificates, course lectures with roll calls,
-- absence notices and attendance summaries, group tasks (assignments, submissions, revisions), appointments,
-- BigBlueButton/Adobe Connect/GoToMeeting meetings, forums and messages, e-portfolio binders, pages and media, the
-- question pool, surveys and quality management, bookings with offers, orders and transactions, reminders, mail,
-- notifications, calendars, files' metadata and revisions, video, licences, statistics), as the PostgreSQL install
-- script src/main/resources/database/postgresql/setupDatabase.sql declares it, taken from github.com/tomgross/OpenOLAT
-- (commit 79812ce, 2020-07-11), a mirror of github.com/OpenOLAT/OpenOLAT whose last upstream commit is 18f45f6
-- (2020-07-10, branch OpenOLAT_15.1 merged; the fork changes no database file; upstream's own repository was too big
-- to mirror here). Apache-2.0 (we use the schema's facts). The script was loaded into a scratch PostgreSQL 15 (schema
-- openolat) and regenerated from its catalog: all 216 tables with their primary keys (213 tables; hibernate_unique_key,
-- o_mail_to_recipient and o_stat_lastupdated have none), the 31 unique constraints and the 288 foreign keys it adds.
-- Left out: its 9 views, indexes, defaults (so bigserial columns are plain bigint, without sequences), and its two
-- insert rows. The source has no comments. No rows. See README.md here.
SET client_min_messages = warning;

CREATE SCHEMA IF NOT EXISTS openolat;

CREATE TABLE openolat.hibernate_unique_key (
    next_hi integer
);

CREATE TABLE openolat.o_ac_auto_advance_order (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    a_identifier_key character varying(64) NOT NULL,
    a_identifier_value character varying(64) NOT NULL,
    a_status character varying(32) NOT NULL,
    a_status_modified timestamp without time zone NOT NULL,
    fk_identity bigint NOT NULL,
    fk_method bigint NOT NULL
);

CREATE TABLE openolat.o_ac_checkout_transaction (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    p_success_uuid character varying(64) NOT NULL,
    p_cancel_uuid character varying(64) NOT NULL,
    p_order_nr character varying(64) NOT NULL,
    p_order_id bigint NOT NULL,
    p_order_part_id bigint NOT NULL,
    p_method_id bigint NOT NULL,
    p_amount_currency_code character varying(3) NOT NULL,
    p_amount_amount numeric NOT NULL,
    p_status character varying(32) NOT NULL,
    p_paypal_order_id character varying(64),
    p_paypal_order_status character varying(64),
    p_paypal_order_status_reason text,
    p_paypal_authorization_id character varying(64),
    p_paypal_capture_id character varying(64),
    p_capture_currency_code character varying(3),
    p_capture_amount numeric,
    p_paypal_invoice_id character varying(64)
);

CREATE TABLE openolat.o_ac_method (
    method_id bigint NOT NULL,
    access_method character varying(32),
    version integer NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    is_valid boolean,
    is_enabled boolean,
    validfrom timestamp without time zone,
    validto timestamp without time zone
);

CREATE TABLE openolat.o_ac_offer (
    offer_id bigint NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    is_valid boolean,
    validfrom timestamp without time zone,
    validto timestamp without time zone,
    version integer NOT NULL,
    resourceid bigint,
    resourcetypename character varying(255),
    resourcedisplayname character varying(255),
    autobooking boolean NOT NULL,
    confirmation_email boolean,
    token character varying(255),
    price_amount numeric,
    price_currency_code character varying(3),
    offer_desc character varying(2000),
    fk_resource_id bigint
);

CREATE TABLE openolat.o_ac_offer_access (
    offer_method_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    is_valid boolean,
    validfrom timestamp without time zone,
    validto timestamp without time zone,
    fk_offer_id bigint,
    fk_method_id bigint
);

CREATE TABLE openolat.o_ac_order (
    order_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    is_valid boolean,
    total_lines_amount numeric,
    total_lines_currency_code character varying(3),
    total_amount numeric,
    total_currency_code character varying(3),
    discount_amount numeric,
    discount_currency_code character varying(3),
    order_status character varying(32),
    fk_delivery_id bigint
);

CREATE TABLE openolat.o_ac_order_line (
    order_item_id bigint NOT NULL,
    version integer NOT NULL,
    pos integer,
    creationdate timestamp without time zone,
    unit_price_amount numeric,
    unit_price_currency_code character varying(3),
    total_amount numeric,
    total_currency_code character varying(3),
    fk_order_part_id bigint,
    fk_offer_id bigint
);

CREATE TABLE openolat.o_ac_order_part (
    order_part_id bigint NOT NULL,
    version integer NOT NULL,
    pos integer,
    creationdate timestamp without time zone,
    total_lines_amount numeric,
    total_lines_currency_code character varying(3),
    total_amount numeric,
    total_currency_code character varying(3),
    fk_order_id bigint
);

CREATE TABLE openolat.o_ac_paypal_transaction (
    transaction_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    ref_no character varying(255),
    order_id bigint NOT NULL,
    order_part_id bigint NOT NULL,
    method_id bigint NOT NULL,
    success_uuid character varying(32) NOT NULL,
    cancel_uuid character varying(32) NOT NULL,
    amount_amount numeric,
    amount_currency_code character varying(3),
    pay_response_date timestamp without time zone,
    pay_key character varying(255),
    ack character varying(255),
    build character varying(255),
    coorelation_id character varying(255),
    payment_exec_status character varying(255),
    ipn_transaction_id character varying(255),
    ipn_transaction_status character varying(255),
    ipn_sender_transaction_id character varying(255),
    ipn_sender_transaction_status character varying(255),
    ipn_sender_email character varying(255),
    ipn_verify_sign character varying(255),
    ipn_pending_reason character varying(255),
    trx_status character varying(32) NOT NULL,
    trx_amount numeric,
    trx_currency_code character varying(3)
);

CREATE TABLE openolat.o_ac_reservation (
    reservation_id bigint NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    version integer NOT NULL,
    expirationdate timestamp without time zone,
    reservationtype character varying(32),
    fk_identity bigint NOT NULL,
    fk_resource bigint NOT NULL
);

CREATE TABLE openolat.o_ac_transaction (
    transaction_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    trx_status character varying(32),
    amount_amount numeric,
    amount_currency_code character varying(3),
    fk_order_part_id bigint,
    fk_order_id bigint,
    fk_method_id bigint
);

CREATE TABLE openolat.o_aconnect_meeting (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    a_sco_id character varying(128),
    a_folder_id character varying(128),
    a_env_name character varying(128),
    a_name character varying(128) NOT NULL,
    a_description character varying(2000),
    a_permanent boolean NOT NULL,
    a_start_date timestamp without time zone,
    a_leadtime bigint NOT NULL,
    a_start_with_leadtime timestamp without time zone,
    a_end_date timestamp without time zone,
    a_followuptime bigint NOT NULL,
    a_end_with_followuptime timestamp without time zone,
    a_opened boolean NOT NULL,
    a_template_id character varying(32),
    a_shared_documents character varying(2000),
    fk_entry_id bigint,
    a_sub_ident character varying(64),
    fk_group_id bigint
);

CREATE TABLE openolat.o_aconnect_user (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    a_principal_id character varying(128),
    a_env_name character varying(128),
    fk_identity_id bigint
);

CREATE TABLE openolat.o_ap_appointment (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    a_status character varying(64) NOT NULL,
    a_status_mod_date timestamp without time zone,
    a_start timestamp without time zone,
    a_end timestamp without time zone,
    a_location character varying(256),
    a_details character varying(4000),
    a_max_participations bigint,
    fk_topic_id bigint NOT NULL
);

CREATE TABLE openolat.o_ap_organizer (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    fk_topic_id bigint NOT NULL,
    fk_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_ap_participation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    fk_appointment_id bigint NOT NULL,
    fk_identity_id bigint NOT NULL,
    fk_identity_created_by bigint NOT NULL
);

CREATE TABLE openolat.o_ap_topic (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    a_title character varying(256),
    a_description character varying(4000),
    a_type character varying(64) NOT NULL,
    a_multi_participation boolean NOT NULL,
    a_auto_confirmation boolean NOT NULL,
    fk_group_id bigint,
    fk_entry_id bigint NOT NULL,
    a_sub_ident character varying(64) NOT NULL
);

CREATE TABLE openolat.o_ap_topic_to_group (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_topic_id bigint NOT NULL,
    fk_group_id bigint
);

CREATE TABLE openolat.o_as_eff_statement (
    id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    lastcoachmodified timestamp without time zone,
    lastusermodified timestamp without time zone,
    creationdate timestamp without time zone,
    passed boolean,
    score real,
    total_nodes integer,
    attempted_nodes integer,
    passed_nodes integer,
    course_title character varying(255),
    course_short_title character varying(128),
    course_repo_key bigint,
    statement_xml text,
    fk_identity bigint,
    fk_resource_id bigint
);

CREATE TABLE openolat.o_as_entry (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    lastcoachmodified timestamp without time zone,
    lastusermodified timestamp without time zone,
    a_attemtps bigint,
    a_last_attempt timestamp without time zone,
    a_score numeric,
    a_passed boolean,
    a_passed_original boolean,
    a_passed_mod_date timestamp without time zone,
    a_status character varying(16),
    a_date_done timestamp without time zone,
    a_details character varying(1024),
    a_user_visibility boolean,
    a_fully_assessed boolean,
    a_date_fully_assessed timestamp without time zone,
    a_assessment_id bigint,
    a_completion real,
    a_current_run_completion real,
    a_current_run_status character varying(16),
    a_comment text,
    a_coach_comment text,
    a_num_assessment_docs bigint NOT NULL,
    a_date_start timestamp without time zone,
    a_date_end timestamp without time zone,
    a_date_end_original timestamp without time zone,
    a_date_end_mod_date timestamp without time zone,
    a_duration bigint,
    a_obligation character varying(50),
    a_obligation_original character varying(50),
    a_obligation_mod_date timestamp without time zone,
    a_first_visit timestamp without time zone,
    a_last_visit timestamp without time zone,
    a_num_visits bigint,
    fk_entry bigint NOT NULL,
    a_subident character varying(512),
    a_entry_root boolean,
    fk_reference_entry bigint,
    fk_identity bigint,
    fk_identity_passed_mod bigint,
    fk_identity_end_date_mod bigint,
    fk_identity_obligation_mod bigint,
    a_anon_identifier character varying(128)
);

CREATE TABLE openolat.o_as_mode_course (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    a_name character varying(255),
    a_description text,
    a_status character varying(16),
    a_manual_beginend boolean NOT NULL,
    a_begin timestamp without time zone NOT NULL,
    a_leadtime bigint NOT NULL,
    a_begin_with_leadtime timestamp without time zone NOT NULL,
    a_end timestamp without time zone NOT NULL,
    a_followuptime bigint NOT NULL,
    a_end_with_followuptime timestamp without time zone NOT NULL,
    a_targetaudience character varying(16),
    a_restrictaccesselements boolean NOT NULL,
    a_elements character varying(32000),
    a_start_element character varying(64),
    a_restrictaccessips boolean NOT NULL,
    a_ips character varying(32000),
    a_safeexambrowser boolean NOT NULL,
    a_safeexambrowserkey character varying(32000),
    a_safeexambrowserhint text,
    a_applysettingscoach boolean NOT NULL,
    fk_entry bigint NOT NULL,
    fk_lecture_block bigint
);

CREATE TABLE openolat.o_as_mode_course_to_area (
    id bigint NOT NULL,
    fk_assessment_mode_id bigint NOT NULL,
    fk_area_id bigint NOT NULL
);

CREATE TABLE openolat.o_as_mode_course_to_cur_el (
    id bigint NOT NULL,
    fk_assessment_mode_id bigint NOT NULL,
    fk_cur_element_id bigint NOT NULL
);

CREATE TABLE openolat.o_as_mode_course_to_group (
    id bigint NOT NULL,
    fk_assessment_mode_id bigint NOT NULL,
    fk_group_id bigint NOT NULL
);

CREATE TABLE openolat.o_as_user_course_infos (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    initiallaunchdate timestamp without time zone,
    recentlaunchdate timestamp without time zone,
    visit integer,
    timespend bigint,
    fk_identity bigint,
    fk_resource_id bigint
);

CREATE TABLE openolat.o_bbb_meeting (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    b_meeting_id character varying(128) NOT NULL,
    b_attendee_pw character varying(128) NOT NULL,
    b_moderator_pw character varying(128) NOT NULL,
    b_name character varying(128) NOT NULL,
    b_description character varying(2000),
    b_welcome text,
    b_layout character varying(16),
    b_permanent boolean NOT NULL,
    b_guest boolean NOT NULL,
    b_identifier character varying(64),
    b_read_identifier character varying(64),
    b_start_date timestamp without time zone,
    b_leadtime bigint NOT NULL,
    b_start_with_leadtime timestamp without time zone,
    b_end_date timestamp without time zone,
    b_followuptime bigint NOT NULL,
    b_end_with_followuptime timestamp without time zone,
    fk_entry_id bigint,
    a_sub_ident character varying(64),
    fk_group_id bigint,
    fk_template_id bigint,
    fk_server_id bigint
);

CREATE TABLE openolat.o_bbb_server (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    b_name character varying(128),
    b_url character varying(255) NOT NULL,
    b_shared_secret character varying(255),
    b_recording_url character varying(255),
    b_enabled boolean,
    b_capacity_factor numeric
);

CREATE TABLE openolat.o_bbb_template (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    b_name character varying(128) NOT NULL,
    b_description character varying(2000),
    b_system boolean NOT NULL,
    b_enabled boolean NOT NULL,
    b_external_id character varying(255),
    b_external_users boolean NOT NULL,
    b_max_concurrent_meetings integer,
    b_max_participants bigint,
    b_max_duration bigint,
    b_record boolean,
    b_breakout boolean,
    b_mute_on_start boolean,
    b_auto_start_recording boolean,
    b_allow_start_stop_recording boolean,
    b_webcams_only_for_moderator boolean,
    b_allow_mods_to_unmute_users boolean,
    b_lock_set_disable_cam boolean,
    b_lock_set_disable_mic boolean,
    b_lock_set_disable_priv_chat boolean,
    b_lock_set_disable_public_chat boolean,
    b_lock_set_disable_note boolean,
    b_lock_set_locked_layout boolean,
    b_lock_set_hide_user_list boolean,
    b_lock_set_lock_on_join boolean,
    b_lock_set_lock_on_join_conf boolean,
    b_permitted_roles character varying(255),
    b_guest_policy character varying(32)
);

CREATE TABLE openolat.o_bs_authentication (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone NOT NULL,
    identity_fk bigint NOT NULL,
    provider character varying(8),
    authusername character varying(255),
    credential character varying(255),
    salt character varying(255),
    hashalgorithm character varying(16)
);

CREATE TABLE openolat.o_bs_authentication_history (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    provider character varying(8),
    authusername character varying(255),
    credential character varying(255),
    salt character varying(255),
    hashalgorithm character varying(16),
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_bs_grant (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    g_role character varying(32) NOT NULL,
    g_permission character varying(32) NOT NULL,
    fk_group_id bigint NOT NULL,
    fk_resource_id bigint NOT NULL
);

CREATE TABLE openolat.o_bs_group (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    g_name character varying(36)
);

CREATE TABLE openolat.o_bs_group_member (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_role character varying(24) NOT NULL,
    g_inheritance_mode character varying(16) NOT NULL,
    fk_group_id bigint NOT NULL,
    fk_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_bs_identity (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    lastlogin timestamp without time zone,
    name character varying(128) NOT NULL,
    external_id character varying(64),
    status integer,
    deleteddate timestamp without time zone,
    deletedroles character varying(1024),
    deletedby character varying(128),
    inactivationdate timestamp without time zone,
    inactivationemaildate timestamp without time zone,
    deletionemaildate timestamp without time zone
);

CREATE TABLE openolat.o_bs_identity_to_identity (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    g_external_id character varying(128),
    g_managed_flags character varying(256),
    fk_source_id bigint NOT NULL,
    fk_target_id bigint NOT NULL,
    fk_role_id bigint NOT NULL
);

CREATE TABLE openolat.o_bs_invitation (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    token character varying(64) NOT NULL,
    first_name character varying(64),
    last_name character varying(64),
    mail character varying(128),
    fk_group_id bigint,
    fk_identity_id bigint
);

CREATE TABLE openolat.o_bs_membership (
    id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    secgroup_id bigint NOT NULL,
    identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_bs_namedgroup (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    secgroup_id bigint NOT NULL,
    groupname character varying(16)
);

CREATE TABLE openolat.o_bs_policy (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    oresource_id bigint NOT NULL,
    group_id bigint NOT NULL,
    permission character varying(16) NOT NULL,
    apply_from timestamp without time zone,
    apply_to timestamp without time zone
);

CREATE TABLE openolat.o_bs_relation_right (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    g_right character varying(128) NOT NULL
);

CREATE TABLE openolat.o_bs_relation_role (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_role character varying(128) NOT NULL,
    g_external_id character varying(128),
    g_external_ref character varying(128),
    g_managed_flags character varying(256)
);

CREATE TABLE openolat.o_bs_relation_role_to_right (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_role_id bigint,
    fk_right_id bigint NOT NULL
);

CREATE TABLE openolat.o_bs_secgroup (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone
);

CREATE TABLE openolat.o_cal_import (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_calendar_id character varying(128) NOT NULL,
    c_calendar_type character varying(16) NOT NULL,
    c_displayname character varying(256),
    c_lastupdate timestamp without time zone NOT NULL,
    c_url character varying(1024),
    fk_identity bigint
);

CREATE TABLE openolat.o_cal_import_to (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_to_calendar_id character varying(128) NOT NULL,
    c_to_calendar_type character varying(16) NOT NULL,
    c_lastupdate timestamp without time zone NOT NULL,
    c_url character varying(1024)
);

CREATE TABLE openolat.o_cal_use_config (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_calendar_id character varying(128) NOT NULL,
    c_calendar_type character varying(16) NOT NULL,
    c_token character varying(36),
    c_cssclass character varying(36),
    c_visible boolean,
    c_aggregated_feed boolean,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_catentry (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    name character varying(110) NOT NULL,
    description text,
    style character varying(16),
    externalurl character varying(255),
    fk_repoentry bigint,
    fk_ownergroup bigint,
    type integer NOT NULL,
    parent_id bigint,
    order_index bigint,
    short_title character varying(255)
);

CREATE TABLE openolat.o_cer_certificate (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_status character varying(16) NOT NULL,
    c_email_status character varying(16),
    c_uuid character varying(36) NOT NULL,
    c_next_recertification timestamp without time zone,
    c_path character varying(1024),
    c_last boolean NOT NULL,
    c_course_title character varying(255),
    c_archived_resource_id bigint NOT NULL,
    fk_olatresource bigint,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_cer_template (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_name character varying(256) NOT NULL,
    c_path character varying(1024) NOT NULL,
    c_public boolean NOT NULL,
    c_format character varying(16),
    c_orientation character varying(16)
);

CREATE TABLE openolat.o_checklist (
    checklist_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    title character varying(255),
    description text
);

CREATE TABLE openolat.o_checkpoint (
    checkpoint_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    title character varying(255),
    description text,
    modestring character varying(64) NOT NULL,
    checklist_fk bigint
);

CREATE TABLE openolat.o_checkpoint_results (
    checkpoint_result_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    result boolean NOT NULL,
    checkpoint_fk bigint,
    identity_fk bigint
);

CREATE TABLE openolat.o_cl_check (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_score real,
    c_checked boolean,
    fk_identity_id bigint NOT NULL,
    fk_checkbox_id bigint NOT NULL
);

CREATE TABLE openolat.o_cl_checkbox (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_checkboxid character varying(50) NOT NULL,
    c_resname character varying(50) NOT NULL,
    c_resid bigint NOT NULL,
    c_ressubpath character varying(255) NOT NULL
);

CREATE TABLE openolat.o_co_db_entry (
    id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    courseid bigint,
    identity bigint,
    category character varying(32),
    name character varying(255) NOT NULL,
    floatvalue numeric(65,30),
    longvalue bigint,
    stringvalue character varying(255),
    textvalue text
);

CREATE TABLE openolat.o_course_disclaimer_consent (
    id bigint NOT NULL,
    disc_1_accepted boolean NOT NULL,
    disc_2_accepted boolean NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    fk_repository_entry bigint NOT NULL,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_csp_log (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    l_blocked_uri character varying(1024),
    l_disposition character varying(32),
    l_document_uri character varying(1024),
    l_effective_directive text,
    l_original_policy text,
    l_referrer character varying(1024),
    l_script_sample text,
    l_status_code character varying(1024),
    l_violated_directive character varying(1024),
    l_source_file character varying(1024),
    l_line_number bigint,
    l_column_number bigint,
    fk_identity bigint
);

CREATE TABLE openolat.o_cur_curriculum (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_identifier character varying(64),
    c_displayname character varying(255) NOT NULL,
    c_description text,
    c_external_id character varying(64),
    c_managed_flags character varying(255),
    c_status character varying(32),
    c_degree character varying(255),
    fk_group bigint NOT NULL,
    fk_organisation bigint
);

CREATE TABLE openolat.o_cur_curriculum_element (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    pos bigint,
    pos_cur bigint,
    c_identifier character varying(64),
    c_displayname character varying(255) NOT NULL,
    c_description text,
    c_status character varying(32),
    c_begin timestamp without time zone,
    c_end timestamp without time zone,
    c_external_id character varying(64),
    c_m_path_keys character varying(255),
    c_managed_flags character varying(255),
    c_calendars character varying(16),
    c_lectures character varying(16),
    c_learning_progress character varying(16),
    fk_group bigint NOT NULL,
    fk_parent bigint,
    fk_curriculum bigint NOT NULL,
    fk_curriculum_parent bigint,
    fk_type bigint
);

CREATE TABLE openolat.o_cur_element_to_tax_level (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_cur_element bigint NOT NULL,
    fk_taxonomy_level bigint NOT NULL
);

CREATE TABLE openolat.o_cur_element_type (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    c_identifier character varying(64),
    c_displayname character varying(255) NOT NULL,
    c_description text,
    c_external_id character varying(64),
    c_managed_flags character varying(255),
    c_calendars character varying(16),
    c_lectures character varying(16),
    c_learning_progress character varying(16),
    c_css_class character varying(64)
);

CREATE TABLE openolat.o_cur_element_type_to_type (
    id bigint NOT NULL,
    fk_type bigint NOT NULL,
    fk_allowed_sub_type bigint NOT NULL
);

CREATE TABLE openolat.o_dialog_element (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    d_filename character varying(2048),
    d_filesize bigint,
    d_subident character varying(64) NOT NULL,
    fk_author bigint,
    fk_entry bigint NOT NULL,
    fk_forum bigint NOT NULL
);

CREATE TABLE openolat.o_es_usage (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    e_identifier character varying(64) NOT NULL,
    e_resname character varying(50) NOT NULL,
    e_resid bigint NOT NULL,
    e_sub_path character varying(256),
    e_object_url character varying(255) NOT NULL,
    e_version character varying(64),
    e_mime_type character varying(128),
    e_media_type character varying(128),
    e_width character varying(8),
    e_height character varying(8),
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_eva_form_participation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    e_identifier_type character varying(50) NOT NULL,
    e_identifier_key character varying(50) NOT NULL,
    e_status character varying(20) NOT NULL,
    e_anonymous boolean NOT NULL,
    fk_executor bigint,
    fk_survey bigint NOT NULL
);

CREATE TABLE openolat.o_eva_form_response (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    e_no_response boolean,
    e_responseidentifier character varying(64) NOT NULL,
    e_numericalresponse numeric,
    e_stringuifiedresponse text,
    e_file_response_path character varying(4000),
    fk_session bigint NOT NULL
);

CREATE TABLE openolat.o_eva_form_session (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    e_status character varying(16),
    e_submission_date timestamp without time zone,
    e_first_submission_date timestamp without time zone,
    e_email character varying(1024),
    e_firstname character varying(1024),
    e_lastname character varying(1024),
    e_age character varying(1024),
    e_gender character varying(1024),
    e_org_unit character varying(1024),
    e_study_subject character varying(1024),
    fk_survey bigint,
    fk_participation bigint,
    fk_identity bigint,
    fk_page_body bigint,
    fk_form_entry bigint
);

CREATE TABLE openolat.o_eva_form_survey (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    e_resname character varying(50) NOT NULL,
    e_resid bigint NOT NULL,
    e_sub_ident character varying(2048),
    e_sub_ident2 character varying(2048),
    e_series_key bigint,
    e_series_index integer,
    fk_form_entry bigint NOT NULL,
    fk_series_previous bigint
);

CREATE TABLE openolat.o_ex_task (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    e_name character varying(255) NOT NULL,
    e_status character varying(16) NOT NULL,
    e_ressubpath character varying(2048),
    e_executor_node character varying(16),
    e_executor_boot_id character varying(64),
    e_task text NOT NULL,
    e_scheduled timestamp without time zone,
    e_status_before_edit character varying(16),
    fk_resource_id bigint,
    fk_identity_id bigint
);

CREATE TABLE openolat.o_ex_task_modifier (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_task_id bigint NOT NULL,
    fk_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_feed (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    f_resourceable_id bigint,
    f_resourceable_type character varying(64),
    f_title character varying(1024),
    f_description text,
    f_author character varying(255),
    f_image_name character varying(1024),
    f_external boolean,
    f_external_feed_url character varying(4000),
    f_external_image_url character varying(4000)
);

CREATE TABLE openolat.o_feed_item (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    f_title character varying(1024),
    f_description text,
    f_content text,
    f_author character varying(255),
    f_guid character varying(255),
    f_external_link character varying(4000),
    f_draft boolean,
    f_publish_date timestamp without time zone,
    f_width bigint,
    f_height bigint,
    f_filename character varying(1024),
    f_type character varying(255),
    f_length bigint,
    f_external_url character varying(4000),
    fk_feed_id bigint,
    fk_identity_author_id bigint,
    fk_identity_modified_id bigint
);

CREATE TABLE openolat.o_forum (
    forum_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    f_refresname character varying(50),
    f_refresid bigint
);

CREATE TABLE openolat.o_forum_pseudonym (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    p_pseudonym character varying(255) NOT NULL,
    p_credential character varying(255) NOT NULL,
    p_salt character varying(255) NOT NULL,
    p_hashalgorithm character varying(16) NOT NULL
);

CREATE TABLE openolat.o_goto_meeting (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_external_id character varying(128),
    g_type character varying(16) NOT NULL,
    g_meeting_key character varying(128) NOT NULL,
    g_name character varying(255),
    g_description character varying(2000),
    g_start_date timestamp without time zone,
    g_end_date timestamp without time zone,
    fk_organizer_id bigint NOT NULL,
    fk_entry_id bigint,
    g_sub_ident character varying(64),
    fk_group_id bigint
);

CREATE TABLE openolat.o_goto_organizer (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_name character varying(128),
    g_account_key character varying(128),
    g_access_token character varying(4000) NOT NULL,
    g_renew_date timestamp without time zone NOT NULL,
    g_refresh_token character varying(4000),
    g_renew_refresh_date timestamp without time zone,
    g_organizer_key character varying(128) NOT NULL,
    g_username character varying(128) NOT NULL,
    g_firstname character varying(128),
    g_lastname character varying(128),
    g_email character varying(128),
    fk_identity bigint
);

CREATE TABLE openolat.o_goto_registrant (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_status character varying(16),
    g_join_url character varying(1024),
    g_confirm_url character varying(1024),
    g_registrant_key character varying(64),
    fk_meeting_id bigint NOT NULL,
    fk_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_gp_bgarea (
    area_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    name character varying(255) NOT NULL,
    descr text,
    fk_resource bigint
);

CREATE TABLE openolat.o_gp_bgtoarea_rel (
    bgtoarea_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    group_fk bigint NOT NULL,
    area_fk bigint NOT NULL
);

CREATE TABLE openolat.o_gp_business (
    group_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    lastusage timestamp without time zone,
    groupname character varying(255),
    external_id character varying(64),
    managed_flags character varying(255),
    descr text,
    minparticipants integer,
    maxparticipants integer,
    waitinglist_enabled boolean,
    autocloseranks_enabled boolean,
    ownersintern boolean NOT NULL,
    participantsintern boolean NOT NULL,
    waitingintern boolean NOT NULL,
    ownerspublic boolean NOT NULL,
    participantspublic boolean NOT NULL,
    waitingpublic boolean NOT NULL,
    downloadmembers boolean NOT NULL,
    allowtoleave boolean NOT NULL,
    fk_resource bigint,
    fk_group_id bigint
);

CREATE TABLE openolat.o_grad_assignment (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_status character varying(16) NOT NULL,
    g_assessment_date timestamp without time zone,
    g_assignment_date timestamp without time zone,
    g_assignment_notification timestamp without time zone,
    g_reminder_1 timestamp without time zone,
    g_reminder_2 timestamp without time zone,
    g_deadline timestamp without time zone,
    g_extended_deadline timestamp without time zone,
    g_closed timestamp without time zone,
    fk_reference_entry bigint NOT NULL,
    fk_assessment_entry bigint NOT NULL,
    fk_grader bigint
);

CREATE TABLE openolat.o_grad_configuration (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_grading_enabled boolean NOT NULL,
    g_identity_visibility character varying(32) NOT NULL,
    g_grading_period bigint,
    g_notification_type character varying(32) NOT NULL,
    g_notification_subject character varying(255),
    g_notification_body text,
    g_first_reminder bigint,
    g_first_reminder_subject character varying(255),
    g_first_reminder_body text,
    g_second_reminder bigint,
    g_second_reminder_subject character varying(255),
    g_second_reminder_body text,
    fk_entry bigint NOT NULL
);

CREATE TABLE openolat.o_grad_time_record (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_time bigint NOT NULL,
    g_metadata_time bigint NOT NULL,
    g_date_record date NOT NULL,
    fk_assignment bigint,
    fk_grader bigint NOT NULL
);

CREATE TABLE openolat.o_grad_to_identity (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_status character varying(16) NOT NULL,
    fk_identity bigint NOT NULL,
    fk_entry bigint NOT NULL
);

CREATE TABLE openolat.o_gta_mark (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    fk_tasklist_id bigint NOT NULL,
    fk_marker_identity_id bigint NOT NULL,
    fk_participant_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_gta_task (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_status character varying(36),
    g_rev_loop integer NOT NULL,
    g_assignment_date timestamp without time zone,
    g_submission_date timestamp without time zone,
    g_submission_ndocs bigint,
    g_submission_revisions_date timestamp without time zone,
    g_submission_revisions_ndocs bigint,
    g_collection_date timestamp without time zone,
    g_collection_ndocs bigint,
    g_acceptation_date timestamp without time zone,
    g_solution_date timestamp without time zone,
    g_graduation_date timestamp without time zone,
    g_allow_reset_date timestamp without time zone,
    g_assignment_due_date timestamp without time zone,
    g_submission_due_date timestamp without time zone,
    g_revisions_due_date timestamp without time zone,
    g_solution_due_date timestamp without time zone,
    g_taskname character varying(1024),
    fk_tasklist bigint NOT NULL,
    fk_identity bigint,
    fk_businessgroup bigint,
    fk_allow_reset_identity bigint
);

CREATE TABLE openolat.o_gta_task_list (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_course_node_ident character varying(36),
    fk_entry bigint NOT NULL
);

CREATE TABLE openolat.o_gta_task_revision (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    g_status character varying(36) NOT NULL,
    g_rev_loop integer NOT NULL,
    g_date timestamp without time zone,
    g_rev_comment text,
    g_rev_comment_lastmodified timestamp without time zone,
    fk_task bigint NOT NULL,
    fk_comment_author bigint
);

CREATE TABLE openolat.o_gta_task_revision_date (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    g_status character varying(36) NOT NULL,
    g_rev_loop bigint NOT NULL,
    g_date timestamp without time zone NOT NULL,
    fk_task bigint NOT NULL
);

CREATE TABLE openolat.o_im_message (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    msg_resname character varying(50) NOT NULL,
    msg_resid bigint NOT NULL,
    msg_anonym boolean,
    msg_from character varying(255) NOT NULL,
    msg_body text,
    fk_from_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_im_notification (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    chat_resname character varying(50) NOT NULL,
    chat_resid bigint NOT NULL,
    fk_to_identity_id bigint NOT NULL,
    fk_from_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_im_preferences (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    visible_to_others boolean,
    roster_def_status character varying(12),
    fk_from_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_im_roster_entry (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    r_resname character varying(50) NOT NULL,
    r_resid bigint NOT NULL,
    r_nickname character varying(255),
    r_fullname character varying(255),
    r_vip boolean,
    r_anonym boolean,
    fk_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_info_message (
    info_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    modificationdate timestamp without time zone,
    title character varying(2048),
    message text,
    attachmentpath character varying(1024),
    resname character varying(50) NOT NULL,
    resid bigint NOT NULL,
    ressubpath character varying(2048),
    businesspath character varying(2048),
    fk_author_id bigint,
    fk_modifier_id bigint
);

CREATE TABLE openolat.o_lecture_absence_category (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_title character varying(255),
    l_descr text
);

CREATE TABLE openolat.o_lecture_absence_notice (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_type character varying(32),
    l_absence_reason text,
    l_absence_authorized boolean,
    l_start_date timestamp without time zone NOT NULL,
    l_end_date timestamp without time zone NOT NULL,
    l_target character varying(32) NOT NULL,
    l_attachments_dir character varying(255),
    fk_identity bigint NOT NULL,
    fk_notifier bigint,
    fk_authorizer bigint,
    fk_absence_category bigint
);

CREATE TABLE openolat.o_lecture_block (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_external_id character varying(255),
    l_managed_flags character varying(255),
    l_title character varying(255),
    l_descr text,
    l_preparation text,
    l_location character varying(255),
    l_comment text,
    l_start_date timestamp without time zone NOT NULL,
    l_end_date timestamp without time zone NOT NULL,
    l_compulsory boolean,
    l_eff_end_date timestamp without time zone,
    l_planned_lectures_num bigint NOT NULL,
    l_effective_lectures_num bigint NOT NULL,
    l_effective_lectures character varying(128),
    l_auto_close_date timestamp without time zone,
    l_status character varying(16) NOT NULL,
    l_roll_call_status character varying(16) NOT NULL,
    fk_reason bigint,
    fk_entry bigint NOT NULL,
    fk_teacher_group bigint NOT NULL
);

CREATE TABLE openolat.o_lecture_block_audit_log (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    l_action character varying(32),
    l_val_before text,
    l_val_after text,
    l_message text,
    fk_lecture_block bigint,
    fk_roll_call bigint,
    fk_absence_notice bigint,
    fk_entry bigint,
    fk_identity bigint,
    fk_author bigint
);

CREATE TABLE openolat.o_lecture_block_roll_call (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_comment text,
    l_lectures_attended character varying(128),
    l_lectures_absent character varying(128),
    l_lectures_attended_num bigint NOT NULL,
    l_lectures_absent_num bigint NOT NULL,
    l_absence_notice_lectures character varying(128),
    l_absence_reason text,
    l_absence_authorized boolean,
    l_absence_appeal_date timestamp without time zone,
    l_absence_supervisor_noti_date timestamp without time zone,
    l_appeal_reason text,
    l_appeal_status text,
    l_appeal_status_reason text,
    fk_lecture_block bigint NOT NULL,
    fk_identity bigint NOT NULL,
    fk_absence_category bigint,
    fk_absence_notice bigint
);

CREATE TABLE openolat.o_lecture_block_to_group (
    id bigint NOT NULL,
    fk_lecture_block bigint NOT NULL,
    fk_group bigint NOT NULL
);

CREATE TABLE openolat.o_lecture_block_to_tax_level (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_lecture_block bigint NOT NULL,
    fk_taxonomy_level bigint NOT NULL
);

CREATE TABLE openolat.o_lecture_entry_config (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_lecture_enabled boolean,
    l_override_module_def boolean,
    l_rollcall_enabled boolean,
    l_calculate_attendance_rate boolean,
    l_required_attendance_rate real,
    l_sync_calendar_teacher boolean,
    l_sync_calendar_participant boolean,
    l_sync_calendar_course boolean,
    l_assessment_mode boolean,
    l_assessment_mode_lead bigint,
    l_assessment_mode_followup bigint,
    l_assessment_mode_ips character varying(2048),
    l_assessment_mode_seb character varying(2048),
    fk_entry bigint NOT NULL
);

CREATE TABLE openolat.o_lecture_notice_to_block (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_lecture_block bigint NOT NULL,
    fk_absence_notice bigint NOT NULL
);

CREATE TABLE openolat.o_lecture_notice_to_entry (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_entry bigint NOT NULL,
    fk_absence_notice bigint NOT NULL
);

CREATE TABLE openolat.o_lecture_participant_summary (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_required_attendance_rate real,
    l_first_admission_date timestamp without time zone,
    l_attended_lectures bigint NOT NULL,
    l_absent_lectures bigint NOT NULL,
    l_excused_lectures bigint NOT NULL,
    l_planneds_lectures bigint NOT NULL,
    l_attendance_rate real,
    l_cal_sync boolean,
    l_cal_last_sync_date timestamp without time zone,
    fk_entry bigint NOT NULL,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_lecture_reason (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_title character varying(255),
    l_descr character varying(2000)
);

CREATE TABLE openolat.o_lecture_reminder (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    l_status character varying(16) NOT NULL,
    fk_lecture_block bigint NOT NULL,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_lic_license (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_resname character varying(50) NOT NULL,
    l_resid bigint NOT NULL,
    l_licensor character varying(4000),
    l_freetext text,
    fk_license_type_id bigint NOT NULL
);

CREATE TABLE openolat.o_lic_license_type (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    l_name character varying(128) NOT NULL,
    l_text text,
    l_css_class character varying(64),
    l_predefined boolean NOT NULL,
    l_sort_order bigint NOT NULL
);

CREATE TABLE openolat.o_lic_license_type_activation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    l_handler_type character varying(128) NOT NULL,
    fk_license_type_id bigint NOT NULL
);

CREATE TABLE openolat.o_lifecycle (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    persistenttypename character varying(50) NOT NULL,
    persistentref bigint NOT NULL,
    action character varying(50) NOT NULL,
    lctimestamp timestamp without time zone,
    uservalue text
);

CREATE TABLE openolat.o_livestream_launch (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    l_launch_date timestamp without time zone NOT NULL,
    fk_entry bigint NOT NULL,
    l_subident character varying(128) NOT NULL,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_loggingtable (
    log_id bigint NOT NULL,
    creationdate timestamp without time zone,
    sourceclass character varying(255),
    sessionid character varying(255) NOT NULL,
    user_id bigint,
    actioncrudtype character varying(1) NOT NULL,
    actionverb character varying(16) NOT NULL,
    actionobject character varying(32) NOT NULL,
    simpleduration bigint NOT NULL,
    resourceadminaction boolean NOT NULL,
    businesspath character varying(2048),
    greatgrandparentrestype character varying(32),
    greatgrandparentresid character varying(64),
    greatgrandparentresname character varying(255),
    grandparentrestype character varying(32),
    grandparentresid character varying(64),
    grandparentresname character varying(255),
    parentrestype character varying(32),
    parentresid character varying(64),
    parentresname character varying(255),
    targetrestype character varying(32),
    targetresid character varying(64),
    targetresname character varying(255)
);

CREATE TABLE openolat.o_lti_outcome (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    r_ressubpath character varying(2048),
    r_action character varying(255) NOT NULL,
    r_outcome_key character varying(255) NOT NULL,
    r_outcome_value character varying(2048),
    fk_resource_id bigint NOT NULL,
    fk_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_mail (
    mail_id bigint NOT NULL,
    meta_mail_id character varying(64),
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    resname character varying(50),
    resid bigint,
    ressubpath character varying(2048),
    businesspath character varying(2048),
    subject character varying(512),
    body text,
    fk_from_id bigint
);

CREATE TABLE openolat.o_mail_attachment (
    attachment_id bigint NOT NULL,
    creationdate timestamp without time zone,
    datas bytea,
    datas_size bigint,
    datas_name character varying(255),
    datas_checksum bigint,
    datas_path character varying(1024),
    datas_lastmodified timestamp without time zone,
    mimetype character varying(255),
    fk_att_mail_id bigint
);

CREATE TABLE openolat.o_mail_recipient (
    recipient_id bigint NOT NULL,
    recipientvisible boolean,
    deleted boolean,
    mailread boolean,
    mailmarked boolean,
    email character varying(255),
    recipientgroup character varying(255),
    creationdate timestamp without time zone,
    fk_recipient_id bigint
);

CREATE TABLE openolat.o_mail_to_recipient (
    pos integer NOT NULL,
    fk_mail_id bigint,
    fk_recipient_id bigint
);

CREATE TABLE openolat.o_mapper (
    id bigint NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    expirationdate timestamp without time zone,
    mapper_uuid character varying(64),
    orig_session_id character varying(64),
    xml_config text
);

CREATE TABLE openolat.o_mark (
    mark_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    resname character varying(50) NOT NULL,
    resid bigint NOT NULL,
    ressubpath character varying(2048),
    businesspath character varying(2048),
    creator_id bigint NOT NULL
);

CREATE TABLE openolat.o_message (
    message_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    title character varying(100),
    body text,
    pseudonym character varying(255),
    guest boolean NOT NULL,
    parent_id bigint,
    topthread_id bigint,
    creator_id bigint,
    modifier_id bigint,
    modification_date timestamp without time zone,
    forum_fk bigint,
    statuscode integer,
    numofwords integer,
    numofcharacters integer
);

CREATE TABLE openolat.o_note (
    note_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    owner_id bigint,
    resourcetypename character varying(50) NOT NULL,
    resourcetypeid bigint NOT NULL,
    sub_type character varying(50),
    notetitle character varying(255),
    notetext text
);

CREATE TABLE openolat.o_noti_pub (
    publisher_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    publishertype character varying(50) NOT NULL,
    data text,
    resname character varying(50),
    resid bigint,
    subident character varying(128),
    businesspath character varying(255),
    state integer,
    latestnews timestamp without time zone NOT NULL
);

CREATE TABLE openolat.o_noti_sub (
    publisher_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    fk_publisher bigint NOT NULL,
    fk_identity bigint NOT NULL,
    latestemailed timestamp without time zone,
    subenabled boolean
);

CREATE TABLE openolat.o_olatresource (
    resource_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    resname character varying(50) NOT NULL,
    resid bigint NOT NULL
);

CREATE TABLE openolat.o_om_room_reference (
    id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    businessgroup bigint,
    resourcetypename character varying(50),
    resourcetypeid bigint,
    ressubpath character varying(255),
    roomid bigint,
    config text
);

CREATE TABLE openolat.o_org_organisation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    o_identifier character varying(64),
    o_displayname character varying(255) NOT NULL,
    o_description text,
    o_m_path_keys character varying(255),
    o_external_id character varying(64),
    o_managed_flags character varying(255),
    o_status character varying(32),
    o_css_class character varying(64),
    fk_group bigint NOT NULL,
    fk_root bigint,
    fk_parent bigint,
    fk_type bigint
);

CREATE TABLE openolat.o_org_organisation_type (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    o_identifier character varying(64),
    o_displayname character varying(255) NOT NULL,
    o_description text,
    o_external_id character varying(64),
    o_managed_flags character varying(255),
    o_css_class character varying(64)
);

CREATE TABLE openolat.o_org_type_to_type (
    id bigint NOT NULL,
    fk_type bigint NOT NULL,
    fk_allowed_sub_type bigint NOT NULL
);

CREATE TABLE openolat.o_pf_assessment_section (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    p_score numeric,
    p_passed boolean,
    p_comment text,
    fk_section_id bigint NOT NULL,
    fk_identity_id bigint NOT NULL
);

CREATE TABLE openolat.o_pf_assignment (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    pos bigint,
    p_status character varying(32),
    p_type character varying(32) NOT NULL,
    p_version bigint NOT NULL,
    p_template boolean,
    p_title character varying(255),
    p_summary text,
    p_content text,
    p_storage character varying(255),
    fk_section_id bigint,
    fk_binder_id bigint,
    fk_template_reference_id bigint,
    fk_page_id bigint,
    fk_assignee_id bigint,
    p_only_auto_eva boolean,
    p_reviewer_see_auto_eva boolean,
    p_anon_extern_eva boolean,
    fk_form_entry_id bigint
);

CREATE TABLE openolat.o_pf_binder (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    p_title character varying(255),
    p_status character varying(32),
    p_copy_date timestamp without time zone,
    p_return_date timestamp without time zone,
    p_deadline timestamp without time zone,
    p_summary text,
    p_image_path character varying(255),
    fk_olatresource_id bigint,
    fk_group_id bigint NOT NULL,
    fk_entry_id bigint,
    p_subident character varying(128),
    fk_template_id bigint
);

CREATE TABLE openolat.o_pf_binder_user_infos (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    p_initiallaunchdate timestamp without time zone,
    p_recentlaunchdate timestamp without time zone,
    p_visit integer,
    fk_identity bigint,
    fk_binder bigint
);

CREATE TABLE openolat.o_pf_category (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    p_name character varying(32)
);

CREATE TABLE openolat.o_pf_category_relation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    p_resname character varying(64) NOT NULL,
    p_resid bigint NOT NULL,
    fk_category_id bigint NOT NULL
);

CREATE TABLE openolat.o_pf_media (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    p_collection_date timestamp without time zone NOT NULL,
    p_type character varying(64) NOT NULL,
    p_storage_path character varying(255),
    p_root_filename character varying(255),
    p_title character varying(255) NOT NULL,
    p_description text,
    p_content text,
    p_signature bigint NOT NULL,
    p_reference_id character varying(255),
    p_business_path character varying(255),
    p_creators character varying(1024),
    p_place character varying(255),
    p_publisher character varying(255),
    p_publication_date timestamp without time zone,
    p_date character varying(32),
    p_url character varying(1024),
    p_source character varying(1024),
    p_language character varying(32),
    p_metadata_xml text,
    fk_author_id bigint NOT NULL
);

CREATE TABLE openolat.o_pf_page (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    pos bigint,
    p_editable boolean,
    p_title character varying(255),
    p_summary text,
    p_status character varying(32),
    p_image_path character varying(255),
    p_image_align character varying(32),
    p_version bigint,
    p_initial_publish_date timestamp without time zone,
    p_last_publish_date timestamp without time zone,
    fk_body_id bigint NOT NULL,
    fk_group_id bigint NOT NULL,
    fk_section_id bigint
);

CREATE TABLE openolat.o_pf_page_body (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL
);

CREATE TABLE openolat.o_pf_page_part (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    pos bigint,
    dtype character varying(32),
    p_content text,
    p_flow character varying(32),
    p_layout_options text,
    fk_media_id bigint,
    fk_page_body_id bigint,
    fk_form_entry_id bigint
);

CREATE TABLE openolat.o_pf_page_user_infos (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    p_mark boolean,
    p_status character varying(16) NOT NULL,
    p_recentlaunchdate timestamp without time zone NOT NULL,
    fk_identity_id bigint NOT NULL,
    fk_page_id bigint NOT NULL
);

CREATE TABLE openolat.o_pf_section (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    pos bigint,
    p_title character varying(255),
    p_description text,
    p_status character varying(32) NOT NULL,
    p_begin timestamp without time zone,
    p_end timestamp without time zone,
    p_override_begin_end boolean,
    fk_group_id bigint NOT NULL,
    fk_binder_id bigint NOT NULL,
    fk_template_reference_id bigint
);

CREATE TABLE openolat.o_plock (
    plock_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    asset character varying(255) NOT NULL
);

CREATE TABLE openolat.o_projectbroker (
    projectbroker_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone
);

CREATE TABLE openolat.o_projectbroker_customfields (
    fk_project_id bigint NOT NULL,
    propname character varying(255) NOT NULL,
    propvalue character varying(255)
);

CREATE TABLE openolat.o_projectbroker_project (
    project_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    title character varying(150),
    description text,
    state character varying(20),
    maxmembers integer,
    attachmentfilename character varying(100),
    mailnotificationenabled boolean NOT NULL,
    projectgroup_fk bigint NOT NULL,
    projectbroker_fk bigint NOT NULL,
    candidategroup_fk bigint NOT NULL
);

CREATE TABLE openolat.o_property (
    id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    identity bigint,
    grp bigint,
    resourcetypename character varying(50),
    resourcetypeid bigint,
    category character varying(33),
    name character varying(255) NOT NULL,
    floatvalue real,
    longvalue bigint,
    stringvalue character varying(255),
    textvalue text
);

CREATE TABLE openolat.o_qp_collection_2_item (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_collection_id bigint NOT NULL,
    fk_item_id bigint NOT NULL
);

CREATE TABLE openolat.o_qp_edu_context (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    q_level character varying(256) NOT NULL,
    q_deletable boolean
);

CREATE TABLE openolat.o_qp_item (
    id bigint NOT NULL,
    q_identifier character varying(36) NOT NULL,
    q_master_identifier character varying(36),
    q_title character varying(1024) NOT NULL,
    q_topic character varying(1024),
    q_description character varying(2048),
    q_keywords character varying(1024),
    q_coverage character varying(1024),
    q_additional_informations character varying(256),
    q_language character varying(16),
    fk_edu_context bigint,
    q_educational_learningtime character varying(32),
    fk_type bigint,
    q_difficulty numeric(10,9),
    q_stdev_difficulty numeric(10,9),
    q_differentiation numeric(10,9),
    q_num_of_answers_alt bigint NOT NULL,
    q_usage bigint NOT NULL,
    q_correction_time bigint,
    q_assessment_type character varying(64),
    q_status character varying(32) NOT NULL,
    q_version character varying(50),
    fk_license bigint,
    q_editor character varying(256),
    q_editor_version character varying(256),
    q_format character varying(32) NOT NULL,
    q_creator character varying(1024),
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_status_last_modified timestamp without time zone,
    q_dir character varying(32),
    q_root_filename character varying(255),
    fk_taxonomy_level bigint,
    fk_taxonomy_level_v2 bigint,
    fk_ownergroup bigint NOT NULL
);

CREATE TABLE openolat.o_qp_item_audit_log (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    q_action character varying(64),
    q_val_before text,
    q_val_after text,
    q_lic_before text,
    q_lic_after text,
    q_message text,
    fk_author_id bigint,
    fk_item_id bigint
);

CREATE TABLE openolat.o_qp_item_collection (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_name character varying(256),
    fk_owner_id bigint NOT NULL
);

CREATE TABLE openolat.o_qp_item_type (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    q_type character varying(256) NOT NULL,
    q_deletable boolean
);

CREATE TABLE openolat.o_qp_license (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    q_license character varying(256) NOT NULL,
    q_text character varying(2048),
    q_deletable boolean
);

CREATE TABLE openolat.o_qp_pool (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_name character varying(255) NOT NULL,
    q_public boolean,
    fk_ownergroup bigint
);

CREATE TABLE openolat.o_qp_pool_2_item (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    q_editable boolean,
    fk_pool_id bigint NOT NULL,
    fk_item_id bigint NOT NULL
);

CREATE TABLE openolat.o_qp_share_item (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    q_editable boolean,
    fk_resource_id bigint NOT NULL,
    fk_item_id bigint NOT NULL
);

CREATE TABLE openolat.o_qp_taxonomy_level (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_field character varying(255) NOT NULL,
    q_mat_path_ids character varying(1024),
    q_mat_path_names character varying(2048),
    fk_parent_field bigint
);

CREATE TABLE openolat.o_qti_assessment_marks (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_marks text,
    q_hidden_rubrics text,
    fk_reference_entry bigint NOT NULL,
    fk_entry bigint,
    q_subident character varying(64),
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_qti_assessment_response (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_responseidentifier character varying(255) NOT NULL,
    q_responsedatatype character varying(16) NOT NULL,
    q_responselegality character varying(16) NOT NULL,
    q_stringuifiedresponse text,
    fk_assessmentitem_session bigint NOT NULL,
    fk_assessmenttest_session bigint NOT NULL
);

CREATE TABLE openolat.o_qti_assessmentitem_session (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_itemidentifier character varying(255) NOT NULL,
    q_sectionidentifier character varying(255),
    q_testpartidentifier character varying(255),
    q_duration bigint,
    q_score numeric,
    q_manual_score numeric,
    q_coach_comment text,
    q_to_review boolean,
    q_passed boolean,
    q_storage character varying(1024),
    fk_assessmenttest_session bigint NOT NULL
);

CREATE TABLE openolat.o_qti_assessmenttest_session (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_exploded boolean,
    q_author_mode boolean,
    q_finish_time timestamp without time zone,
    q_termination_time timestamp without time zone,
    q_duration bigint,
    q_score numeric,
    q_manual_score numeric,
    q_passed boolean,
    q_num_questions bigint,
    q_num_answered_questions bigint,
    q_extra_time bigint,
    q_storage character varying(1024),
    fk_reference_entry bigint NOT NULL,
    fk_entry bigint,
    q_subident character varying(255),
    fk_identity bigint,
    q_anon_identifier character varying(128),
    fk_assessment_entry bigint NOT NULL
);

CREATE TABLE openolat.o_qtiresult (
    result_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    creationdate timestamp without time zone,
    itemident character varying(255) NOT NULL,
    answer text,
    duration bigint,
    score real,
    tstamp timestamp without time zone NOT NULL,
    ip character varying(255),
    resultset_fk bigint
);

CREATE TABLE openolat.o_qtiresultset (
    resultset_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    creationdate timestamp without time zone,
    identity_id bigint NOT NULL,
    olatresource_fk bigint NOT NULL,
    olatresourcedetail character varying(255) NOT NULL,
    assessmentid bigint NOT NULL,
    repositoryref_fk bigint NOT NULL,
    ispassed boolean,
    issuspended boolean,
    fullyassessed boolean,
    score real,
    duration bigint
);

CREATE TABLE openolat.o_qual_analysis_presentation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_name character varying(256),
    q_analysis_segment character varying(100),
    q_search_params text,
    q_heatmap_grouping text,
    q_heatmap_insufficient_only boolean,
    q_temporal_grouping character varying(50),
    q_trend_difference character varying(50),
    q_rubric_id character varying(50),
    fk_form_entry bigint NOT NULL
);

CREATE TABLE openolat.o_qual_context (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_role character varying(20),
    q_location character varying(1024),
    fk_data_collection bigint NOT NULL,
    fk_eva_participation bigint,
    fk_eva_session bigint,
    fk_audience_repository bigint,
    fk_audience_cur_element bigint
);

CREATE TABLE openolat.o_qual_context_to_cur_element (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_context bigint NOT NULL,
    fk_cur_element bigint NOT NULL
);

CREATE TABLE openolat.o_qual_context_to_curriculum (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_context bigint NOT NULL,
    fk_curriculum bigint NOT NULL
);

CREATE TABLE openolat.o_qual_context_to_organisation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_context bigint NOT NULL,
    fk_organisation bigint NOT NULL
);

CREATE TABLE openolat.o_qual_context_to_tax_level (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_context bigint NOT NULL,
    fk_tax_level bigint NOT NULL
);

CREATE TABLE openolat.o_qual_data_collection (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_status character varying(50),
    q_title character varying(200),
    q_start timestamp without time zone,
    q_deadline timestamp without time zone,
    q_topic_type character varying(50),
    q_topic_custom character varying(200),
    q_topic_fk_identity bigint,
    q_topic_fk_organisation bigint,
    q_topic_fk_curriculum bigint,
    q_topic_fk_curriculum_element bigint,
    q_topic_fk_repository bigint,
    fk_generator bigint,
    q_generator_provider_key bigint
);

CREATE TABLE openolat.o_qual_data_collection_to_org (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_data_collection bigint NOT NULL,
    fk_organisation bigint NOT NULL
);

CREATE TABLE openolat.o_qual_generator (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_title character varying(256),
    q_type character varying(64) NOT NULL,
    q_enabled boolean NOT NULL,
    q_last_run timestamp without time zone,
    fk_form_entry bigint
);

CREATE TABLE openolat.o_qual_generator_config (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_identifier character varying(50) NOT NULL,
    q_value text,
    fk_generator bigint NOT NULL
);

CREATE TABLE openolat.o_qual_generator_to_org (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_generator bigint NOT NULL,
    fk_organisation bigint NOT NULL
);

CREATE TABLE openolat.o_qual_reminder (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_type character varying(65),
    q_send_planed timestamp without time zone,
    q_send_done timestamp without time zone,
    fk_data_collection bigint NOT NULL
);

CREATE TABLE openolat.o_qual_report_access (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    q_type character varying(64),
    q_role character varying(64),
    q_online boolean,
    q_email_trigger character varying(64),
    fk_data_collection bigint,
    fk_generator bigint,
    fk_group bigint
);

CREATE TABLE openolat.o_re_to_group (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    r_defgroup boolean NOT NULL,
    fk_group_id bigint NOT NULL,
    fk_entry_id bigint NOT NULL
);

CREATE TABLE openolat.o_re_to_organisation (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    r_master boolean,
    fk_entry bigint NOT NULL,
    fk_organisation bigint NOT NULL
);

CREATE TABLE openolat.o_re_to_tax_level (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    fk_entry bigint NOT NULL,
    fk_taxonomy_level bigint NOT NULL
);

CREATE TABLE openolat.o_readmessage (
    id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    identity_id bigint NOT NULL,
    forum_id bigint NOT NULL,
    message_id bigint NOT NULL
);

CREATE TABLE openolat.o_references (
    reference_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    source_id bigint NOT NULL,
    target_id bigint NOT NULL,
    userdata character varying(64)
);

CREATE TABLE openolat.o_rem_reminder (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    r_description character varying(255),
    r_start timestamp without time zone,
    r_sendtime character varying(16),
    r_configuration text,
    r_email_subject character varying(255),
    r_email_body text,
    fk_creator bigint NOT NULL,
    fk_entry bigint NOT NULL
);

CREATE TABLE openolat.o_rem_sent_reminder (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    r_status character varying(16),
    fk_identity bigint NOT NULL,
    fk_reminder bigint NOT NULL
);

CREATE TABLE openolat.o_repositoryentry (
    repositoryentry_id bigint NOT NULL,
    version integer NOT NULL,
    lastmodified timestamp without time zone,
    creationdate timestamp without time zone,
    softkey character varying(36) NOT NULL,
    external_id character varying(64),
    external_ref character varying(64),
    managed_flags character varying(255),
    displayname character varying(110) NOT NULL,
    resourcename character varying(100) NOT NULL,
    authors character varying(2048),
    mainlanguage character varying(255),
    location character varying(255),
    objectives character varying(32000),
    requirements character varying(32000),
    credits character varying(32000),
    expenditureofwork character varying(32000),
    fk_stats bigint NOT NULL,
    fk_lifecycle bigint,
    fk_olatresource bigint,
    description text,
    initialauthor character varying(128) NOT NULL,
    allowtoleave character varying(16),
    candownload boolean NOT NULL,
    cancopy boolean NOT NULL,
    canreference boolean NOT NULL,
    status character varying(16) NOT NULL,
    allusers boolean NOT NULL,
    guests boolean NOT NULL,
    bookable boolean NOT NULL,
    deletiondate timestamp without time zone,
    fk_deleted_by bigint
);

CREATE TABLE openolat.o_repositoryentry_cycle (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    r_softkey character varying(64),
    r_label character varying(255),
    r_privatecycle boolean,
    r_validfrom timestamp without time zone,
    r_validto timestamp without time zone
);

CREATE TABLE openolat.o_repositoryentry_stats (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    r_rating numeric(65,30),
    r_num_of_ratings bigint NOT NULL,
    r_num_of_comments bigint NOT NULL,
    r_launchcounter bigint NOT NULL,
    r_downloadcounter bigint NOT NULL,
    r_lastusage timestamp without time zone NOT NULL
);

CREATE TABLE openolat.o_sms_message_log (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    s_message_uuid character varying(256) NOT NULL,
    s_server_response character varying(256),
    s_service_id character varying(32) NOT NULL,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_stat_daily (
    id bigint NOT NULL,
    businesspath character varying(2048) NOT NULL,
    resid bigint NOT NULL,
    day timestamp without time zone NOT NULL,
    value integer NOT NULL
);

CREATE TABLE openolat.o_stat_dayofweek (
    id bigint NOT NULL,
    businesspath character varying(2048) NOT NULL,
    resid bigint NOT NULL,
    day integer NOT NULL,
    value integer NOT NULL
);

CREATE TABLE openolat.o_stat_hourofday (
    id bigint NOT NULL,
    businesspath character varying(2048) NOT NULL,
    resid bigint NOT NULL,
    hour integer NOT NULL,
    value integer NOT NULL
);

CREATE TABLE openolat.o_stat_lastupdated (
    lastupdated timestamp without time zone NOT NULL
);

CREATE TABLE openolat.o_stat_studybranch3 (
    id bigint NOT NULL,
    businesspath character varying(2048) NOT NULL,
    resid bigint NOT NULL,
    studybranch3 character varying(255),
    value integer NOT NULL
);

CREATE TABLE openolat.o_stat_studylevel (
    id bigint NOT NULL,
    businesspath character varying(2048) NOT NULL,
    resid bigint NOT NULL,
    studylevel character varying(255) NOT NULL,
    value integer NOT NULL
);

CREATE TABLE openolat.o_stat_weekly (
    id bigint NOT NULL,
    businesspath character varying(2048) NOT NULL,
    resid bigint NOT NULL,
    week character varying(7) NOT NULL,
    value integer NOT NULL
);

CREATE TABLE openolat.o_tag (
    tag_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    tag character varying(128) NOT NULL,
    resname character varying(50) NOT NULL,
    resid bigint NOT NULL,
    ressubpath character varying(2048),
    businesspath character varying(2048),
    fk_author_id bigint NOT NULL
);

CREATE TABLE openolat.o_tax_competence_audit_log (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    t_action character varying(32),
    t_val_before text,
    t_val_after text,
    t_message text,
    fk_taxonomy bigint,
    fk_taxonomy_competence bigint,
    fk_identity bigint,
    fk_author bigint
);

CREATE TABLE openolat.o_tax_taxonomy (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    t_identifier character varying(64),
    t_displayname character varying(255) NOT NULL,
    t_description text,
    t_external_id character varying(64),
    t_managed_flags character varying(255),
    t_directory_path character varying(255),
    t_directory_lost_found_path character varying(255),
    fk_group bigint NOT NULL
);

CREATE TABLE openolat.o_tax_taxonomy_competence (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    t_type character varying(16),
    t_achievement numeric,
    t_reliability numeric,
    t_expiration_date timestamp without time zone,
    t_external_id character varying(64),
    t_source_text character varying(255),
    t_source_url character varying(255),
    fk_level bigint NOT NULL,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_tax_taxonomy_level (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    t_identifier character varying(64),
    t_displayname character varying(255) NOT NULL,
    t_description text,
    t_external_id character varying(64),
    t_sort_order bigint,
    t_directory_path character varying(255),
    t_m_path_keys character varying(255),
    t_m_path_identifiers character varying(1024),
    t_enabled boolean,
    t_managed_flags character varying(255),
    fk_taxonomy bigint NOT NULL,
    fk_parent bigint,
    fk_type bigint
);

CREATE TABLE openolat.o_tax_taxonomy_level_type (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    t_identifier character varying(64),
    t_displayname character varying(255) NOT NULL,
    t_description text,
    t_external_id character varying(64),
    t_managed_flags character varying(255),
    t_css_class character varying(64),
    t_visible boolean,
    t_library_docs boolean,
    t_library_manage boolean,
    t_library_teach_read boolean,
    t_library_teach_readlevels bigint NOT NULL,
    t_library_teach_write boolean,
    t_library_have_read boolean,
    t_library_target_read boolean,
    fk_taxonomy bigint NOT NULL
);

CREATE TABLE openolat.o_tax_taxonomy_type_to_type (
    id bigint NOT NULL,
    fk_type bigint NOT NULL,
    fk_allowed_sub_type bigint NOT NULL
);

CREATE TABLE openolat.o_temporarykey (
    reglist_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    email character varying(2000) NOT NULL,
    regkey character varying(255) NOT NULL,
    ip character varying(255) NOT NULL,
    valid_until timestamp without time zone,
    mailsent boolean NOT NULL,
    action character varying(255) NOT NULL,
    fk_identity_id bigint
);

CREATE TABLE openolat.o_user (
    user_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    language character varying(30),
    fontsize character varying(10),
    notification_interval character varying(16),
    presencemessagespublic boolean,
    informsessiontimeout boolean NOT NULL,
    receiverealmail character varying(16),
    u_firstname character varying(255),
    u_lastname character varying(255),
    u_email character varying(255),
    u_birthday character varying(255),
    u_graduation character varying(255),
    u_gender character varying(255),
    u_telprivate character varying(255),
    u_telmobile character varying(255),
    u_teloffice character varying(255),
    u_smstelmobile character varying(255),
    u_skype character varying(255),
    u_msn character varying(255),
    u_xing character varying(255),
    u_icq character varying(255),
    u_homepage character varying(255),
    u_street character varying(255),
    u_extendedaddress character varying(255),
    u_pobox character varying(255),
    u_zipcode character varying(255),
    u_region character varying(255),
    u_city character varying(255),
    u_country character varying(255),
    u_countrycode character varying(255),
    u_institutionalname character varying(255),
    u_institutionaluseridentifier character varying(255),
    u_institutionalemail character varying(255),
    u_orgunit character varying(255),
    u_studysubject character varying(255),
    u_emchangekey character varying(255),
    u_emaildisabled character varying(255),
    u_typeofuser character varying(255),
    u_socialsecuritynumber character varying(255),
    u_rank character varying(255),
    u_degree character varying(255),
    u_position character varying(255),
    u_userinterests character varying(255),
    u_usersearchedinterests character varying(255),
    u_officestreet character varying(255),
    u_extendedofficeaddress character varying(255),
    u_officepobox character varying(255),
    u_officezipcode character varying(255),
    u_officecity character varying(255),
    u_officecountry character varying(255),
    u_officemobilephone character varying(255),
    u_department character varying(255),
    u_privateemail character varying(255),
    u_employeenumber character varying(255),
    u_organizationalunit character varying(255),
    u_edupersonaffiliation character varying(255),
    u_swissedupersonstaffcategory character varying(255),
    u_swissedupersonhomeorg character varying(255),
    u_swissedupersonstudylevel character varying(255),
    u_swissedupersonhomeorgtype character varying(255),
    u_swissedupersonstudybranch1 character varying(255),
    u_swissedupersonstudybranch2 character varying(255),
    u_swissedupersonstudybranch3 character varying(255),
    u_genericselectionproperty character varying(255),
    u_genericselectionproperty2 character varying(255),
    u_genericselectionproperty3 character varying(255),
    u_generictextproperty character varying(255),
    u_generictextproperty2 character varying(255),
    u_generictextproperty3 character varying(255),
    u_generictextproperty4 character varying(255),
    u_generictextproperty5 character varying(255),
    u_genericuniquetextproperty character varying(255),
    u_genericuniquetextproperty2 character varying(255),
    u_genericuniquetextproperty3 character varying(255),
    u_genericemailproperty1 character varying(255),
    u_genericcheckboxproperty character varying(255),
    u_genericcheckboxproperty2 character varying(255),
    u_genericcheckboxproperty3 character varying(255),
    fk_identity bigint
);

CREATE TABLE openolat.o_user_absence_leave (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    u_absent_from timestamp without time zone,
    u_absent_to timestamp without time zone,
    u_resname character varying(50),
    u_resid bigint,
    u_sub_ident character varying(2048),
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.o_user_data_export (
    id bigint NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    u_directory character varying(255),
    u_status character varying(16),
    u_export_ids character varying(2000),
    fk_identity bigint NOT NULL,
    fk_request_by bigint
);

CREATE TABLE openolat.o_usercomment (
    comment_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    resname character varying(50) NOT NULL,
    resid bigint NOT NULL,
    ressubpath character varying(2048),
    creator_id bigint NOT NULL,
    commenttext text,
    parent_key bigint
);

CREATE TABLE openolat.o_userproperty (
    fk_user_id bigint NOT NULL,
    propname character varying(255) NOT NULL,
    propvalue character varying(255)
);

CREATE TABLE openolat.o_userrating (
    rating_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    lastmodified timestamp without time zone,
    resname character varying(50) NOT NULL,
    resid bigint NOT NULL,
    ressubpath character varying(2048),
    creator_id bigint NOT NULL,
    rating integer NOT NULL
);

CREATE TABLE openolat.o_vfs_metadata (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    f_uuid character varying(64) NOT NULL,
    f_deleted boolean NOT NULL,
    f_filename character varying(256) NOT NULL,
    f_relative_path character varying(2048) NOT NULL,
    f_directory boolean,
    f_lastmodified timestamp without time zone NOT NULL,
    f_size bigint,
    f_uri character varying(2000) NOT NULL,
    f_uri_protocol character varying(16) NOT NULL,
    f_cannot_thumbnails boolean,
    f_download_count bigint,
    f_comment character varying(32000),
    f_title character varying(2000),
    f_publisher character varying(2000),
    f_creator character varying(2000),
    f_source character varying(2000),
    f_city character varying(256),
    f_pages character varying(2000),
    f_language character varying(16),
    f_url character varying(2000),
    f_pub_month character varying(16),
    f_pub_year character varying(16),
    f_license_type_name character varying(256),
    f_license_text text,
    f_licensor character varying(4000),
    f_locked_date timestamp without time zone,
    f_locked boolean,
    f_revision_nr bigint NOT NULL,
    f_revision_comment character varying(32000),
    f_migrated character varying(12),
    f_m_path_keys character varying(1024),
    fk_locked_identity bigint,
    fk_license_type bigint,
    fk_author bigint,
    fk_parent bigint
);

CREATE TABLE openolat.o_vfs_revision (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    f_revision_size bigint NOT NULL,
    f_revision_nr bigint NOT NULL,
    f_revision_filename character varying(256) NOT NULL,
    f_revision_comment character varying(32000),
    f_revision_lastmodified timestamp without time zone NOT NULL,
    f_comment character varying(32000),
    f_title character varying(2000),
    f_publisher character varying(2000),
    f_creator character varying(2000),
    f_source character varying(2000),
    f_city character varying(256),
    f_pages character varying(2000),
    f_language character varying(16),
    f_url character varying(2048),
    f_pub_month character varying(16),
    f_pub_year character varying(16),
    f_license_type_name character varying(256),
    f_license_text text,
    f_licensor character varying(4000),
    fk_license_type bigint,
    fk_author bigint,
    fk_metadata bigint NOT NULL
);

CREATE TABLE openolat.o_vfs_thumbnail (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    f_size bigint NOT NULL,
    f_max_width bigint NOT NULL,
    f_max_height bigint NOT NULL,
    f_final_width bigint NOT NULL,
    f_final_height bigint NOT NULL,
    f_fill boolean NOT NULL,
    f_filename character varying(256) NOT NULL,
    fk_metadata bigint NOT NULL
);

CREATE TABLE openolat.o_vid_metadata (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    vid_width bigint,
    vid_height bigint,
    vid_size bigint,
    vid_format character varying(32),
    vid_length character varying(32),
    vid_url character varying(512),
    fk_resource_id bigint NOT NULL
);

CREATE TABLE openolat.o_vid_transcoding (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    vid_resolution bigint,
    vid_width bigint,
    vid_height bigint,
    vid_size bigint,
    vid_format character varying(128),
    vid_status bigint,
    vid_transcoder character varying(128),
    fk_resource_id bigint NOT NULL
);

CREATE TABLE openolat.o_wopi_access (
    id bigint NOT NULL,
    creationdate timestamp without time zone NOT NULL,
    lastmodified timestamp without time zone NOT NULL,
    o_app character varying(64) NOT NULL,
    o_token character varying(64) NOT NULL,
    o_expires_at timestamp without time zone,
    o_can_edit boolean NOT NULL,
    o_can_close boolean NOT NULL,
    o_version_controlled boolean NOT NULL,
    fk_metadata bigint NOT NULL,
    fk_identity bigint NOT NULL
);

CREATE TABLE openolat.oc_lock (
    lock_id bigint NOT NULL,
    version integer NOT NULL,
    creationdate timestamp without time zone,
    identity_fk bigint NOT NULL,
    asset character varying(120) NOT NULL,
    windowid character varying(32)
);

ALTER TABLE ONLY openolat.o_qp_item_type
    ADD CONSTRAINT cst_unique_item_type UNIQUE (q_type);

ALTER TABLE ONLY openolat.o_user
    ADD CONSTRAINT idx_un_user_to_ident_idx UNIQUE (fk_identity);

ALTER TABLE ONLY openolat.o_ac_auto_advance_order
    ADD CONSTRAINT o_ac_auto_advance_order_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ac_checkout_transaction
    ADD CONSTRAINT o_ac_checkout_transaction_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ac_method
    ADD CONSTRAINT o_ac_method_pkey PRIMARY KEY (method_id);

ALTER TABLE ONLY openolat.o_ac_offer_access
    ADD CONSTRAINT o_ac_offer_access_pkey PRIMARY KEY (offer_method_id);

ALTER TABLE ONLY openolat.o_ac_offer
    ADD CONSTRAINT o_ac_offer_pkey PRIMARY KEY (offer_id);

ALTER TABLE ONLY openolat.o_ac_order_line
    ADD CONSTRAINT o_ac_order_line_pkey PRIMARY KEY (order_item_id);

ALTER TABLE ONLY openolat.o_ac_order_part
    ADD CONSTRAINT o_ac_order_part_pkey PRIMARY KEY (order_part_id);

ALTER TABLE ONLY openolat.o_ac_order
    ADD CONSTRAINT o_ac_order_pkey PRIMARY KEY (order_id);

ALTER TABLE ONLY openolat.o_ac_paypal_transaction
    ADD CONSTRAINT o_ac_paypal_transaction_pkey PRIMARY KEY (transaction_id);

ALTER TABLE ONLY openolat.o_ac_reservation
    ADD CONSTRAINT o_ac_reservation_pkey PRIMARY KEY (reservation_id);

ALTER TABLE ONLY openolat.o_ac_transaction
    ADD CONSTRAINT o_ac_transaction_pkey PRIMARY KEY (transaction_id);

ALTER TABLE ONLY openolat.o_aconnect_meeting
    ADD CONSTRAINT o_aconnect_meeting_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_aconnect_user
    ADD CONSTRAINT o_aconnect_user_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ap_appointment
    ADD CONSTRAINT o_ap_appointment_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ap_organizer
    ADD CONSTRAINT o_ap_organizer_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ap_participation
    ADD CONSTRAINT o_ap_participation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ap_topic
    ADD CONSTRAINT o_ap_topic_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ap_topic_to_group
    ADD CONSTRAINT o_ap_topic_to_group_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_as_eff_statement
    ADD CONSTRAINT o_as_eff_statement_fk_identity_fk_resource_id_key UNIQUE (fk_identity, fk_resource_id);

ALTER TABLE ONLY openolat.o_as_eff_statement
    ADD CONSTRAINT o_as_eff_statement_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_as_entry
    ADD CONSTRAINT o_as_entry_fk_identity_fk_entry_a_subident_key UNIQUE (fk_identity, fk_entry, a_subident);

ALTER TABLE ONLY openolat.o_as_entry
    ADD CONSTRAINT o_as_entry_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_as_mode_course
    ADD CONSTRAINT o_as_mode_course_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_area
    ADD CONSTRAINT o_as_mode_course_to_area_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_cur_el
    ADD CONSTRAINT o_as_mode_course_to_cur_el_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_group
    ADD CONSTRAINT o_as_mode_course_to_group_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_as_user_course_infos
    ADD CONSTRAINT o_as_user_course_infos_fk_identity_fk_resource_id_key UNIQUE (fk_identity, fk_resource_id);

ALTER TABLE ONLY openolat.o_as_user_course_infos
    ADD CONSTRAINT o_as_user_course_infos_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bbb_meeting
    ADD CONSTRAINT o_bbb_meeting_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bbb_server
    ADD CONSTRAINT o_bbb_server_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bbb_template
    ADD CONSTRAINT o_bbb_template_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_authentication_history
    ADD CONSTRAINT o_bs_authentication_history_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_authentication
    ADD CONSTRAINT o_bs_authentication_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_authentication
    ADD CONSTRAINT o_bs_authentication_provider_authusername_key UNIQUE (provider, authusername);

ALTER TABLE ONLY openolat.o_bs_grant
    ADD CONSTRAINT o_bs_grant_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_group_member
    ADD CONSTRAINT o_bs_group_member_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_group
    ADD CONSTRAINT o_bs_group_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_identity
    ADD CONSTRAINT o_bs_identity_name_key UNIQUE (name);

ALTER TABLE ONLY openolat.o_bs_identity
    ADD CONSTRAINT o_bs_identity_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_identity_to_identity
    ADD CONSTRAINT o_bs_identity_to_identity_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_invitation
    ADD CONSTRAINT o_bs_invitation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_membership
    ADD CONSTRAINT o_bs_membership_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_membership
    ADD CONSTRAINT o_bs_membership_secgroup_id_identity_id_key UNIQUE (secgroup_id, identity_id);

ALTER TABLE ONLY openolat.o_bs_namedgroup
    ADD CONSTRAINT o_bs_namedgroup_groupname_key UNIQUE (groupname);

ALTER TABLE ONLY openolat.o_bs_namedgroup
    ADD CONSTRAINT o_bs_namedgroup_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_policy
    ADD CONSTRAINT o_bs_policy_oresource_id_group_id_permission_key UNIQUE (oresource_id, group_id, permission);

ALTER TABLE ONLY openolat.o_bs_policy
    ADD CONSTRAINT o_bs_policy_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_relation_right
    ADD CONSTRAINT o_bs_relation_right_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_relation_role
    ADD CONSTRAINT o_bs_relation_role_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_relation_role_to_right
    ADD CONSTRAINT o_bs_relation_role_to_right_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_bs_secgroup
    ADD CONSTRAINT o_bs_secgroup_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cal_import
    ADD CONSTRAINT o_cal_import_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cal_import_to
    ADD CONSTRAINT o_cal_import_to_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cal_use_config
    ADD CONSTRAINT o_cal_use_config_c_calendar_id_c_calendar_type_fk_identity_key UNIQUE (c_calendar_id, c_calendar_type, fk_identity);

ALTER TABLE ONLY openolat.o_cal_use_config
    ADD CONSTRAINT o_cal_use_config_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_catentry
    ADD CONSTRAINT o_catentry_fk_ownergroup_key UNIQUE (fk_ownergroup);

ALTER TABLE ONLY openolat.o_catentry
    ADD CONSTRAINT o_catentry_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cer_certificate
    ADD CONSTRAINT o_cer_certificate_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cer_template
    ADD CONSTRAINT o_cer_template_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_checklist
    ADD CONSTRAINT o_checklist_pkey PRIMARY KEY (checklist_id);

ALTER TABLE ONLY openolat.o_checkpoint
    ADD CONSTRAINT o_checkpoint_pkey PRIMARY KEY (checkpoint_id);

ALTER TABLE ONLY openolat.o_checkpoint_results
    ADD CONSTRAINT o_checkpoint_results_pkey PRIMARY KEY (checkpoint_result_id);

ALTER TABLE ONLY openolat.o_cl_check
    ADD CONSTRAINT o_cl_check_fk_identity_id_fk_checkbox_id_key UNIQUE (fk_identity_id, fk_checkbox_id);

ALTER TABLE ONLY openolat.o_cl_check
    ADD CONSTRAINT o_cl_check_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cl_checkbox
    ADD CONSTRAINT o_cl_checkbox_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_co_db_entry
    ADD CONSTRAINT o_co_db_entry_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_course_disclaimer_consent
    ADD CONSTRAINT o_course_disclaimer_consent_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_csp_log
    ADD CONSTRAINT o_csp_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cur_curriculum_element
    ADD CONSTRAINT o_cur_curriculum_element_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cur_curriculum
    ADD CONSTRAINT o_cur_curriculum_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cur_element_to_tax_level
    ADD CONSTRAINT o_cur_element_to_tax_level_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cur_element_type
    ADD CONSTRAINT o_cur_element_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_cur_element_type_to_type
    ADD CONSTRAINT o_cur_element_type_to_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_dialog_element
    ADD CONSTRAINT o_dialog_element_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_es_usage
    ADD CONSTRAINT o_es_usage_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_eva_form_participation
    ADD CONSTRAINT o_eva_form_participation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_eva_form_response
    ADD CONSTRAINT o_eva_form_response_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_eva_form_session
    ADD CONSTRAINT o_eva_form_session_fk_participation_key UNIQUE (fk_participation);

ALTER TABLE ONLY openolat.o_eva_form_session
    ADD CONSTRAINT o_eva_form_session_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_eva_form_survey
    ADD CONSTRAINT o_eva_form_survey_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ex_task_modifier
    ADD CONSTRAINT o_ex_task_modifier_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_ex_task
    ADD CONSTRAINT o_ex_task_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_feed_item
    ADD CONSTRAINT o_feed_item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_feed
    ADD CONSTRAINT o_feed_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_forum
    ADD CONSTRAINT o_forum_pkey PRIMARY KEY (forum_id);

ALTER TABLE ONLY openolat.o_forum_pseudonym
    ADD CONSTRAINT o_forum_pseudonym_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_goto_meeting
    ADD CONSTRAINT o_goto_meeting_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_goto_organizer
    ADD CONSTRAINT o_goto_organizer_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_goto_registrant
    ADD CONSTRAINT o_goto_registrant_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_gp_bgarea
    ADD CONSTRAINT o_gp_bgarea_pkey PRIMARY KEY (area_id);

ALTER TABLE ONLY openolat.o_gp_bgtoarea_rel
    ADD CONSTRAINT o_gp_bgtoarea_rel_group_fk_area_fk_key UNIQUE (group_fk, area_fk);

ALTER TABLE ONLY openolat.o_gp_bgtoarea_rel
    ADD CONSTRAINT o_gp_bgtoarea_rel_pkey PRIMARY KEY (bgtoarea_id);

ALTER TABLE ONLY openolat.o_gp_business
    ADD CONSTRAINT o_gp_business_fk_group_id_key UNIQUE (fk_group_id);

ALTER TABLE ONLY openolat.o_gp_business
    ADD CONSTRAINT o_gp_business_fk_resource_key UNIQUE (fk_resource);

ALTER TABLE ONLY openolat.o_gp_business
    ADD CONSTRAINT o_gp_business_pkey PRIMARY KEY (group_id);

ALTER TABLE ONLY openolat.o_grad_assignment
    ADD CONSTRAINT o_grad_assignment_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_grad_configuration
    ADD CONSTRAINT o_grad_configuration_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_grad_time_record
    ADD CONSTRAINT o_grad_time_record_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_grad_to_identity
    ADD CONSTRAINT o_grad_to_identity_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_gta_mark
    ADD CONSTRAINT o_gta_mark_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_gta_task_list
    ADD CONSTRAINT o_gta_task_list_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_gta_task
    ADD CONSTRAINT o_gta_task_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_gta_task_revision_date
    ADD CONSTRAINT o_gta_task_revision_date_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_gta_task_revision
    ADD CONSTRAINT o_gta_task_revision_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_im_message
    ADD CONSTRAINT o_im_message_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_im_notification
    ADD CONSTRAINT o_im_notification_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_im_preferences
    ADD CONSTRAINT o_im_preferences_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_im_roster_entry
    ADD CONSTRAINT o_im_roster_entry_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_info_message
    ADD CONSTRAINT o_info_message_pkey PRIMARY KEY (info_id);

ALTER TABLE ONLY openolat.o_lecture_absence_category
    ADD CONSTRAINT o_lecture_absence_category_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_absence_notice
    ADD CONSTRAINT o_lecture_absence_notice_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_block_audit_log
    ADD CONSTRAINT o_lecture_block_audit_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_block
    ADD CONSTRAINT o_lecture_block_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_block_roll_call
    ADD CONSTRAINT o_lecture_block_roll_call_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_block_to_group
    ADD CONSTRAINT o_lecture_block_to_group_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_block_to_tax_level
    ADD CONSTRAINT o_lecture_block_to_tax_level_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_entry_config
    ADD CONSTRAINT o_lecture_entry_config_fk_entry_key UNIQUE (fk_entry);

ALTER TABLE ONLY openolat.o_lecture_entry_config
    ADD CONSTRAINT o_lecture_entry_config_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_notice_to_block
    ADD CONSTRAINT o_lecture_notice_to_block_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_notice_to_entry
    ADD CONSTRAINT o_lecture_notice_to_entry_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_participant_summary
    ADD CONSTRAINT o_lecture_participant_summary_fk_entry_fk_identity_key UNIQUE (fk_entry, fk_identity);

ALTER TABLE ONLY openolat.o_lecture_participant_summary
    ADD CONSTRAINT o_lecture_participant_summary_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_reason
    ADD CONSTRAINT o_lecture_reason_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lecture_reminder
    ADD CONSTRAINT o_lecture_reminder_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lic_license
    ADD CONSTRAINT o_lic_license_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lic_license_type_activation
    ADD CONSTRAINT o_lic_license_type_activation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lic_license_type
    ADD CONSTRAINT o_lic_license_type_l_name_key UNIQUE (l_name);

ALTER TABLE ONLY openolat.o_lic_license_type
    ADD CONSTRAINT o_lic_license_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_lifecycle
    ADD CONSTRAINT o_lifecycle_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_livestream_launch
    ADD CONSTRAINT o_livestream_launch_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_loggingtable
    ADD CONSTRAINT o_loggingtable_pkey PRIMARY KEY (log_id);

ALTER TABLE ONLY openolat.o_lti_outcome
    ADD CONSTRAINT o_lti_outcome_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_mail_attachment
    ADD CONSTRAINT o_mail_attachment_pkey PRIMARY KEY (attachment_id);

ALTER TABLE ONLY openolat.o_mail
    ADD CONSTRAINT o_mail_pkey PRIMARY KEY (mail_id);

ALTER TABLE ONLY openolat.o_mail_recipient
    ADD CONSTRAINT o_mail_recipient_pkey PRIMARY KEY (recipient_id);

ALTER TABLE ONLY openolat.o_mapper
    ADD CONSTRAINT o_mapper_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_mark
    ADD CONSTRAINT o_mark_pkey PRIMARY KEY (mark_id);

ALTER TABLE ONLY openolat.o_message
    ADD CONSTRAINT o_message_pkey PRIMARY KEY (message_id);

ALTER TABLE ONLY openolat.o_note
    ADD CONSTRAINT o_note_pkey PRIMARY KEY (note_id);

ALTER TABLE ONLY openolat.o_noti_pub
    ADD CONSTRAINT o_noti_pub_pkey PRIMARY KEY (publisher_id);

ALTER TABLE ONLY openolat.o_noti_sub
    ADD CONSTRAINT o_noti_sub_fk_publisher_fk_identity_key UNIQUE (fk_publisher, fk_identity);

ALTER TABLE ONLY openolat.o_noti_sub
    ADD CONSTRAINT o_noti_sub_pkey PRIMARY KEY (publisher_id);

ALTER TABLE ONLY openolat.o_olatresource
    ADD CONSTRAINT o_olatresource_pkey PRIMARY KEY (resource_id);

ALTER TABLE ONLY openolat.o_olatresource
    ADD CONSTRAINT o_olatresource_resname_resid_key UNIQUE (resname, resid);

ALTER TABLE ONLY openolat.o_om_room_reference
    ADD CONSTRAINT o_om_room_reference_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_org_organisation
    ADD CONSTRAINT o_org_organisation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_org_organisation_type
    ADD CONSTRAINT o_org_organisation_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_org_type_to_type
    ADD CONSTRAINT o_org_type_to_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_assessment_section
    ADD CONSTRAINT o_pf_assessment_section_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_assignment
    ADD CONSTRAINT o_pf_assignment_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_binder
    ADD CONSTRAINT o_pf_binder_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_binder_user_infos
    ADD CONSTRAINT o_pf_binder_user_infos_fk_identity_fk_binder_key UNIQUE (fk_identity, fk_binder);

ALTER TABLE ONLY openolat.o_pf_binder_user_infos
    ADD CONSTRAINT o_pf_binder_user_infos_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_category
    ADD CONSTRAINT o_pf_category_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_category_relation
    ADD CONSTRAINT o_pf_category_relation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_media
    ADD CONSTRAINT o_pf_media_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_page_body
    ADD CONSTRAINT o_pf_page_body_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_page_part
    ADD CONSTRAINT o_pf_page_part_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_page
    ADD CONSTRAINT o_pf_page_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_page_user_infos
    ADD CONSTRAINT o_pf_page_user_infos_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_pf_section
    ADD CONSTRAINT o_pf_section_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_plock
    ADD CONSTRAINT o_plock_asset_key UNIQUE (asset);

ALTER TABLE ONLY openolat.o_plock
    ADD CONSTRAINT o_plock_pkey PRIMARY KEY (plock_id);

ALTER TABLE ONLY openolat.o_projectbroker_customfields
    ADD CONSTRAINT o_projectbroker_customfields_pkey PRIMARY KEY (fk_project_id, propname);

ALTER TABLE ONLY openolat.o_projectbroker
    ADD CONSTRAINT o_projectbroker_pkey PRIMARY KEY (projectbroker_id);

ALTER TABLE ONLY openolat.o_projectbroker_project
    ADD CONSTRAINT o_projectbroker_project_pkey PRIMARY KEY (project_id);

ALTER TABLE ONLY openolat.o_property
    ADD CONSTRAINT o_property_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_collection_2_item
    ADD CONSTRAINT o_qp_collection_2_item_fk_collection_id_fk_item_id_key UNIQUE (fk_collection_id, fk_item_id);

ALTER TABLE ONLY openolat.o_qp_collection_2_item
    ADD CONSTRAINT o_qp_collection_2_item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_edu_context
    ADD CONSTRAINT o_qp_edu_context_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_item_audit_log
    ADD CONSTRAINT o_qp_item_audit_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_item_collection
    ADD CONSTRAINT o_qp_item_collection_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_item
    ADD CONSTRAINT o_qp_item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_item_type
    ADD CONSTRAINT o_qp_item_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_license
    ADD CONSTRAINT o_qp_license_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_pool_2_item
    ADD CONSTRAINT o_qp_pool_2_item_fk_pool_id_fk_item_id_key UNIQUE (fk_pool_id, fk_item_id);

ALTER TABLE ONLY openolat.o_qp_pool_2_item
    ADD CONSTRAINT o_qp_pool_2_item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_pool
    ADD CONSTRAINT o_qp_pool_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_share_item
    ADD CONSTRAINT o_qp_share_item_fk_resource_id_fk_item_id_key UNIQUE (fk_resource_id, fk_item_id);

ALTER TABLE ONLY openolat.o_qp_share_item
    ADD CONSTRAINT o_qp_share_item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qp_taxonomy_level
    ADD CONSTRAINT o_qp_taxonomy_level_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qti_assessment_marks
    ADD CONSTRAINT o_qti_assessment_marks_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qti_assessment_response
    ADD CONSTRAINT o_qti_assessment_response_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qti_assessmentitem_session
    ADD CONSTRAINT o_qti_assessmentitem_session_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qti_assessmenttest_session
    ADD CONSTRAINT o_qti_assessmenttest_session_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qtiresult
    ADD CONSTRAINT o_qtiresult_pkey PRIMARY KEY (result_id);

ALTER TABLE ONLY openolat.o_qtiresultset
    ADD CONSTRAINT o_qtiresultset_pkey PRIMARY KEY (resultset_id);

ALTER TABLE ONLY openolat.o_qual_analysis_presentation
    ADD CONSTRAINT o_qual_analysis_presentation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_context
    ADD CONSTRAINT o_qual_context_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_context_to_cur_element
    ADD CONSTRAINT o_qual_context_to_cur_element_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_context_to_curriculum
    ADD CONSTRAINT o_qual_context_to_curriculum_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_context_to_organisation
    ADD CONSTRAINT o_qual_context_to_organisation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_context_to_tax_level
    ADD CONSTRAINT o_qual_context_to_tax_level_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_data_collection
    ADD CONSTRAINT o_qual_data_collection_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_data_collection_to_org
    ADD CONSTRAINT o_qual_data_collection_to_org_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_generator_config
    ADD CONSTRAINT o_qual_generator_config_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_generator
    ADD CONSTRAINT o_qual_generator_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_generator_to_org
    ADD CONSTRAINT o_qual_generator_to_org_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_reminder
    ADD CONSTRAINT o_qual_reminder_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_qual_report_access
    ADD CONSTRAINT o_qual_report_access_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_re_to_group
    ADD CONSTRAINT o_re_to_group_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_re_to_organisation
    ADD CONSTRAINT o_re_to_organisation_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_re_to_tax_level
    ADD CONSTRAINT o_re_to_tax_level_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_readmessage
    ADD CONSTRAINT o_readmessage_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_references
    ADD CONSTRAINT o_references_pkey PRIMARY KEY (reference_id);

ALTER TABLE ONLY openolat.o_rem_reminder
    ADD CONSTRAINT o_rem_reminder_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_rem_sent_reminder
    ADD CONSTRAINT o_rem_sent_reminder_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_repositoryentry_cycle
    ADD CONSTRAINT o_repositoryentry_cycle_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_repositoryentry
    ADD CONSTRAINT o_repositoryentry_fk_olatresource_key UNIQUE (fk_olatresource);

ALTER TABLE ONLY openolat.o_repositoryentry
    ADD CONSTRAINT o_repositoryentry_fk_stats_key UNIQUE (fk_stats);

ALTER TABLE ONLY openolat.o_repositoryentry
    ADD CONSTRAINT o_repositoryentry_pkey PRIMARY KEY (repositoryentry_id);

ALTER TABLE ONLY openolat.o_repositoryentry
    ADD CONSTRAINT o_repositoryentry_softkey_key UNIQUE (softkey);

ALTER TABLE ONLY openolat.o_repositoryentry_stats
    ADD CONSTRAINT o_repositoryentry_stats_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_sms_message_log
    ADD CONSTRAINT o_sms_message_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_stat_daily
    ADD CONSTRAINT o_stat_daily_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_stat_dayofweek
    ADD CONSTRAINT o_stat_dayofweek_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_stat_hourofday
    ADD CONSTRAINT o_stat_hourofday_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_stat_studybranch3
    ADD CONSTRAINT o_stat_studybranch3_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_stat_studylevel
    ADD CONSTRAINT o_stat_studylevel_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_stat_weekly
    ADD CONSTRAINT o_stat_weekly_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_tag
    ADD CONSTRAINT o_tag_pkey PRIMARY KEY (tag_id);

ALTER TABLE ONLY openolat.o_tax_competence_audit_log
    ADD CONSTRAINT o_tax_competence_audit_log_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_competence
    ADD CONSTRAINT o_tax_taxonomy_competence_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_level
    ADD CONSTRAINT o_tax_taxonomy_level_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_level_type
    ADD CONSTRAINT o_tax_taxonomy_level_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_tax_taxonomy
    ADD CONSTRAINT o_tax_taxonomy_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_type_to_type
    ADD CONSTRAINT o_tax_taxonomy_type_to_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_temporarykey
    ADD CONSTRAINT o_temporarykey_pkey PRIMARY KEY (reglist_id);

ALTER TABLE ONLY openolat.o_user_absence_leave
    ADD CONSTRAINT o_user_absence_leave_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_user_data_export
    ADD CONSTRAINT o_user_data_export_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_user
    ADD CONSTRAINT o_user_pkey PRIMARY KEY (user_id);

ALTER TABLE ONLY openolat.o_usercomment
    ADD CONSTRAINT o_usercomment_pkey PRIMARY KEY (comment_id);

ALTER TABLE ONLY openolat.o_userproperty
    ADD CONSTRAINT o_userproperty_pkey PRIMARY KEY (fk_user_id, propname);

ALTER TABLE ONLY openolat.o_userrating
    ADD CONSTRAINT o_userrating_pkey PRIMARY KEY (rating_id);

ALTER TABLE ONLY openolat.o_vfs_metadata
    ADD CONSTRAINT o_vfs_metadata_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_vfs_revision
    ADD CONSTRAINT o_vfs_revision_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_vfs_thumbnail
    ADD CONSTRAINT o_vfs_thumbnail_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_vid_metadata
    ADD CONSTRAINT o_vid_metadata_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_vid_transcoding
    ADD CONSTRAINT o_vid_transcoding_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.o_wopi_access
    ADD CONSTRAINT o_wopi_access_pkey PRIMARY KEY (id);

ALTER TABLE ONLY openolat.oc_lock
    ADD CONSTRAINT oc_lock_asset_key UNIQUE (asset);

ALTER TABLE ONLY openolat.oc_lock
    ADD CONSTRAINT oc_lock_pkey PRIMARY KEY (lock_id);

ALTER TABLE ONLY openolat.o_ac_auto_advance_order
    ADD CONSTRAINT aao_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_user_absence_leave
    ADD CONSTRAINT abs_leave_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lecture_block_roll_call
    ADD CONSTRAINT absence_category_idx FOREIGN KEY (fk_absence_category) REFERENCES openolat.o_lecture_absence_category(id);

ALTER TABLE ONLY openolat.o_aconnect_user
    ADD CONSTRAINT aconn_ident_idx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_aconnect_meeting
    ADD CONSTRAINT aconnect_meet_entry_idx FOREIGN KEY (fk_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_aconnect_meeting
    ADD CONSTRAINT aconnect_meet_grp_idx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_ap_appointment
    ADD CONSTRAINT ap_appointment_topic_idx FOREIGN KEY (fk_topic_id) REFERENCES openolat.o_ap_topic(id);

ALTER TABLE ONLY openolat.o_ap_organizer
    ADD CONSTRAINT ap_organizer_identity_idx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_ap_organizer
    ADD CONSTRAINT ap_organizer_topic_idx FOREIGN KEY (fk_topic_id) REFERENCES openolat.o_ap_topic(id);

ALTER TABLE ONLY openolat.o_ap_participation
    ADD CONSTRAINT ap_part_appointment_idx FOREIGN KEY (fk_appointment_id) REFERENCES openolat.o_ap_appointment(id);

ALTER TABLE ONLY openolat.o_ap_participation
    ADD CONSTRAINT ap_part_identity_idx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_ap_topic_to_group
    ADD CONSTRAINT ap_tg_topic_idx FOREIGN KEY (fk_topic_id) REFERENCES openolat.o_ap_topic(id);

ALTER TABLE ONLY openolat.o_ap_topic
    ADD CONSTRAINT ap_topic_entry_idx FOREIGN KEY (fk_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_as_entry
    ADD CONSTRAINT as_entry_to_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_as_entry
    ADD CONSTRAINT as_entry_to_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_as_entry
    ADD CONSTRAINT as_entry_to_refentry_idx FOREIGN KEY (fk_reference_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_as_mode_course
    ADD CONSTRAINT as_mode_to_lblock_idx FOREIGN KEY (fk_lecture_block) REFERENCES openolat.o_lecture_block(id);

ALTER TABLE ONLY openolat.o_as_mode_course
    ADD CONSTRAINT as_mode_to_repo_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_area
    ADD CONSTRAINT as_modetoarea_area_idx FOREIGN KEY (fk_area_id) REFERENCES openolat.o_gp_bgarea(area_id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_area
    ADD CONSTRAINT as_modetoarea_mode_idx FOREIGN KEY (fk_assessment_mode_id) REFERENCES openolat.o_as_mode_course(id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_cur_el
    ADD CONSTRAINT as_modetocur_el_idx FOREIGN KEY (fk_cur_element_id) REFERENCES openolat.o_cur_curriculum_element(id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_cur_el
    ADD CONSTRAINT as_modetocur_mode_idx FOREIGN KEY (fk_assessment_mode_id) REFERENCES openolat.o_as_mode_course(id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_group
    ADD CONSTRAINT as_modetogroup_group_idx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_as_mode_course_to_group
    ADD CONSTRAINT as_modetogroup_mode_idx FOREIGN KEY (fk_assessment_mode_id) REFERENCES openolat.o_as_mode_course(id);

ALTER TABLE ONLY openolat.o_bs_authentication_history
    ADD CONSTRAINT auth_hist_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_bbb_meeting
    ADD CONSTRAINT bbb_meet_entry_idx FOREIGN KEY (fk_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_bbb_meeting
    ADD CONSTRAINT bbb_meet_grp_idx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_bbb_meeting
    ADD CONSTRAINT bbb_meet_serv_idx FOREIGN KEY (fk_server_id) REFERENCES openolat.o_bbb_server(id);

ALTER TABLE ONLY openolat.o_bbb_meeting
    ADD CONSTRAINT bbb_meet_template_idx FOREIGN KEY (fk_template_id) REFERENCES openolat.o_bbb_template(id);

ALTER TABLE ONLY openolat.o_pf_binder_user_infos
    ADD CONSTRAINT binder_user_binder_idx FOREIGN KEY (fk_binder) REFERENCES openolat.o_pf_binder(id);

ALTER TABLE ONLY openolat.o_pf_binder_user_infos
    ADD CONSTRAINT binder_user_to_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_cal_import
    ADD CONSTRAINT cal_imp_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_cal_use_config
    ADD CONSTRAINT cal_u_conf_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_cer_certificate
    ADD CONSTRAINT cer_to_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_cer_certificate
    ADD CONSTRAINT cer_to_resource_idx FOREIGN KEY (fk_olatresource) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_cl_check
    ADD CONSTRAINT check_box_ctx FOREIGN KEY (fk_checkbox_id) REFERENCES openolat.o_cl_checkbox(id);

ALTER TABLE ONLY openolat.o_cl_check
    ADD CONSTRAINT check_identity_ctx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_cur_element_to_tax_level
    ADD CONSTRAINT cur_el_rel_to_cur_el_idx FOREIGN KEY (fk_cur_element) REFERENCES openolat.o_cur_curriculum_element(id);

ALTER TABLE ONLY openolat.o_cur_curriculum_element
    ADD CONSTRAINT cur_el_to_cur_el_idx FOREIGN KEY (fk_parent) REFERENCES openolat.o_cur_curriculum_element(id);

ALTER TABLE ONLY openolat.o_cur_curriculum_element
    ADD CONSTRAINT cur_el_to_cur_idx FOREIGN KEY (fk_curriculum) REFERENCES openolat.o_cur_curriculum(id);

ALTER TABLE ONLY openolat.o_cur_curriculum_element
    ADD CONSTRAINT cur_el_to_group_idx FOREIGN KEY (fk_group) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_cur_element_to_tax_level
    ADD CONSTRAINT cur_el_to_tax_level_idx FOREIGN KEY (fk_taxonomy_level) REFERENCES openolat.o_tax_taxonomy_level(id);

ALTER TABLE ONLY openolat.o_cur_curriculum_element
    ADD CONSTRAINT cur_el_type_to_el_type_idx FOREIGN KEY (fk_type) REFERENCES openolat.o_cur_element_type(id);

ALTER TABLE ONLY openolat.o_cur_curriculum
    ADD CONSTRAINT cur_to_group_idx FOREIGN KEY (fk_group) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_cur_curriculum
    ADD CONSTRAINT cur_to_org_idx FOREIGN KEY (fk_organisation) REFERENCES openolat.o_org_organisation(id);

ALTER TABLE ONLY openolat.o_cur_element_type_to_type
    ADD CONSTRAINT cur_type_to_sub_type_idx FOREIGN KEY (fk_allowed_sub_type) REFERENCES openolat.o_cur_element_type(id);

ALTER TABLE ONLY openolat.o_cur_element_type_to_type
    ADD CONSTRAINT cur_type_to_type_idx FOREIGN KEY (fk_type) REFERENCES openolat.o_cur_element_type(id);

ALTER TABLE ONLY openolat.o_dialog_element
    ADD CONSTRAINT dial_el_author_idx FOREIGN KEY (fk_author) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_dialog_element
    ADD CONSTRAINT dial_el_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_dialog_element
    ADD CONSTRAINT dial_el_forum_idx FOREIGN KEY (fk_forum) REFERENCES openolat.o_forum(forum_id);

ALTER TABLE ONLY openolat.o_as_eff_statement
    ADD CONSTRAINT eff_statement_id_cstr FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_eva_form_participation
    ADD CONSTRAINT eva_part_to_surv_idx FOREIGN KEY (fk_survey) REFERENCES openolat.o_eva_form_survey(id);

ALTER TABLE ONLY openolat.o_eva_form_response
    ADD CONSTRAINT eva_resp_to_sess_idx FOREIGN KEY (fk_session) REFERENCES openolat.o_eva_form_session(id);

ALTER TABLE ONLY openolat.o_eva_form_session
    ADD CONSTRAINT eva_sess_to_body_idx FOREIGN KEY (fk_page_body) REFERENCES openolat.o_pf_page_body(id);

ALTER TABLE ONLY openolat.o_eva_form_session
    ADD CONSTRAINT eva_sess_to_form_idx FOREIGN KEY (fk_form_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_eva_form_session
    ADD CONSTRAINT eva_sess_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_eva_form_session
    ADD CONSTRAINT eva_sess_to_part_idx FOREIGN KEY (fk_participation) REFERENCES openolat.o_eva_form_participation(id);

ALTER TABLE ONLY openolat.o_eva_form_session
    ADD CONSTRAINT eva_sess_to_surv_idx FOREIGN KEY (fk_survey) REFERENCES openolat.o_eva_form_survey(id);

ALTER TABLE ONLY openolat.o_eva_form_survey
    ADD CONSTRAINT eva_surv_to_surv_idx FOREIGN KEY (fk_series_previous) REFERENCES openolat.o_eva_form_survey(id);

ALTER TABLE ONLY openolat.o_feed_item
    ADD CONSTRAINT feed_item_to_ident_author_fk FOREIGN KEY (fk_identity_author_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_feed_item
    ADD CONSTRAINT feed_item_to_ident_modified_fk FOREIGN KEY (fk_identity_modified_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_qtiresultset
    ADD CONSTRAINT fk14805d0f5259603c FOREIGN KEY (identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_qtiresult
    ADD CONSTRAINT fk3563e67340ef401f FOREIGN KEY (resultset_fk) REFERENCES openolat.o_qtiresultset(resultset_id);

ALTER TABLE ONLY openolat.o_noti_sub
    ADD CONSTRAINT fk4fb8f04749e53702 FOREIGN KEY (fk_publisher) REFERENCES openolat.o_noti_pub(publisher_id);

ALTER TABLE ONLY openolat.o_noti_sub
    ADD CONSTRAINT fk4fb8f0476b1f22f8 FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_tag
    ADD CONSTRAINT fk6491fca5a4fa5dc FOREIGN KEY (fk_author_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_bs_membership
    ADD CONSTRAINT fk7b6288b45259603c FOREIGN KEY (identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_bs_membership
    ADD CONSTRAINT fk7b6288b4b85b522c FOREIGN KEY (secgroup_id) REFERENCES openolat.o_bs_secgroup(id);

ALTER TABLE ONLY openolat.o_usercomment
    ADD CONSTRAINT fk92b6864a18251f0 FOREIGN KEY (parent_key) REFERENCES openolat.o_usercomment(comment_id);

ALTER TABLE ONLY openolat.o_gp_bgtoarea_rel
    ADD CONSTRAINT fk9b663f2d1e2e7685 FOREIGN KEY (group_fk) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_gp_bgtoarea_rel
    ADD CONSTRAINT fk9b663f2dd381b9b7 FOREIGN KEY (area_fk) REFERENCES openolat.o_gp_bgarea(area_id);

ALTER TABLE ONLY openolat.oc_lock
    ADD CONSTRAINT fk9e30f4b66115906d FOREIGN KEY (identity_fk) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_checkpoint_results
    ADD CONSTRAINT fk9e30f4b661159zzx FOREIGN KEY (identity_fk) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_checkpoint_results
    ADD CONSTRAINT fk9e30f4b661159zzy FOREIGN KEY (checkpoint_fk) REFERENCES openolat.o_checkpoint(checkpoint_id);

ALTER TABLE ONLY openolat.o_checkpoint
    ADD CONSTRAINT fk9e30f4b661159zzz FOREIGN KEY (checklist_fk) REFERENCES openolat.o_checklist(checklist_id);

ALTER TABLE ONLY openolat.o_vid_transcoding
    ADD CONSTRAINT fk_resource_id_idx FOREIGN KEY (fk_resource_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_property
    ADD CONSTRAINT fkb60b1ba5190e5 FOREIGN KEY (grp) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_property
    ADD CONSTRAINT fkb60b1ba5f7e870be FOREIGN KEY (identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_co_db_entry
    ADD CONSTRAINT fkb60b1ba5f7e870xy FOREIGN KEY (identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_bs_namedgroup
    ADD CONSTRAINT fkbafcbbc4b85b522c FOREIGN KEY (secgroup_id) REFERENCES openolat.o_bs_secgroup(id);

ALTER TABLE ONLY openolat.o_note
    ADD CONSTRAINT fkc2d855c263219e27 FOREIGN KEY (owner_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_bs_authentication
    ADD CONSTRAINT fkc6a5445652595fe6 FOREIGN KEY (identity_fk) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_references
    ADD CONSTRAINT fke971b4589ac44fbf FOREIGN KEY (source_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_references
    ADD CONSTRAINT fke971b458cf634a89 FOREIGN KEY (target_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_message
    ADD CONSTRAINT fkf26c8371cb7c4a3 FOREIGN KEY (forum_fk) REFERENCES openolat.o_forum(forum_id);

ALTER TABLE ONLY openolat.o_usercomment
    ADD CONSTRAINT fkf26c8375236f20a FOREIGN KEY (creator_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_message
    ADD CONSTRAINT fkf26c8375236f20e FOREIGN KEY (creator_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_userrating
    ADD CONSTRAINT fkf26c8375236f20x FOREIGN KEY (creator_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_mark
    ADD CONSTRAINT fkf26c8375236f21x FOREIGN KEY (creator_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_message
    ADD CONSTRAINT fkf26c8377b66b0d0 FOREIGN KEY (parent_id) REFERENCES openolat.o_message(message_id);

ALTER TABLE ONLY openolat.o_message
    ADD CONSTRAINT fkf26c8378eac1dbb FOREIGN KEY (topthread_id) REFERENCES openolat.o_message(message_id);

ALTER TABLE ONLY openolat.o_message
    ADD CONSTRAINT fkf26c837a3fbeb83 FOREIGN KEY (modifier_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_catentry
    ADD CONSTRAINT fkf4433c2c7b66b0d0 FOREIGN KEY (parent_id) REFERENCES openolat.o_catentry(id);

ALTER TABLE ONLY openolat.o_catentry
    ADD CONSTRAINT fkf4433c2ca1fac766 FOREIGN KEY (fk_ownergroup) REFERENCES openolat.o_bs_secgroup(id);

ALTER TABLE ONLY openolat.o_catentry
    ADD CONSTRAINT fkf4433c2cddd69946 FOREIGN KEY (fk_repoentry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_info_message
    ADD CONSTRAINT fkf85553465a4fa5dc FOREIGN KEY (fk_author_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_info_message
    ADD CONSTRAINT fkf85553465a4fa5ef FOREIGN KEY (fk_modifier_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_mail
    ADD CONSTRAINT fkf86663165a4fa5dc FOREIGN KEY (fk_from_id) REFERENCES openolat.o_mail_recipient(recipient_id);

ALTER TABLE ONLY openolat.o_mail_to_recipient
    ADD CONSTRAINT fkf86663165a4fa5dd FOREIGN KEY (fk_recipient_id) REFERENCES openolat.o_mail_recipient(recipient_id);

ALTER TABLE ONLY openolat.o_mail_to_recipient
    ADD CONSTRAINT fkf86663165a4fa5de FOREIGN KEY (fk_mail_id) REFERENCES openolat.o_mail(mail_id);

ALTER TABLE ONLY openolat.o_mail_attachment
    ADD CONSTRAINT fkf86663165a4fa5df FOREIGN KEY (fk_att_mail_id) REFERENCES openolat.o_mail(mail_id);

ALTER TABLE ONLY openolat.o_mail_recipient
    ADD CONSTRAINT fkf86663165a4fa5dg FOREIGN KEY (fk_recipient_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_vfs_metadata
    ADD CONSTRAINT fmeta_to_author_idx FOREIGN KEY (fk_locked_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_vfs_metadata
    ADD CONSTRAINT fmeta_to_lic_type_idx FOREIGN KEY (fk_license_type) REFERENCES openolat.o_lic_license_type(id);

ALTER TABLE ONLY openolat.o_vfs_metadata
    ADD CONSTRAINT fmeta_to_lockid_idx FOREIGN KEY (fk_author) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_vfs_metadata
    ADD CONSTRAINT fmeta_to_parent_idx FOREIGN KEY (fk_parent) REFERENCES openolat.o_vfs_metadata(id);

ALTER TABLE ONLY openolat.o_vfs_thumbnail
    ADD CONSTRAINT fthumb_to_meta_idx FOREIGN KEY (fk_metadata) REFERENCES openolat.o_vfs_metadata(id);

ALTER TABLE ONLY openolat.o_vfs_revision
    ADD CONSTRAINT fvers_to_author_idx FOREIGN KEY (fk_author) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_vfs_revision
    ADD CONSTRAINT fvers_to_lic_type_idx FOREIGN KEY (fk_license_type) REFERENCES openolat.o_lic_license_type(id);

ALTER TABLE ONLY openolat.o_vfs_revision
    ADD CONSTRAINT fvers_to_meta_idx FOREIGN KEY (fk_metadata) REFERENCES openolat.o_vfs_metadata(id);

ALTER TABLE ONLY openolat.o_goto_meeting
    ADD CONSTRAINT goto_meet_busgrp_idx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_goto_meeting
    ADD CONSTRAINT goto_meet_organizer_idx FOREIGN KEY (fk_organizer_id) REFERENCES openolat.o_goto_organizer(id);

ALTER TABLE ONLY openolat.o_goto_meeting
    ADD CONSTRAINT goto_meet_repoentry_idx FOREIGN KEY (fk_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_goto_organizer
    ADD CONSTRAINT goto_organ_owner_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_goto_registrant
    ADD CONSTRAINT goto_regis_ident_idx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_goto_registrant
    ADD CONSTRAINT goto_regis_meeting_idx FOREIGN KEY (fk_meeting_id) REFERENCES openolat.o_goto_meeting(id);

ALTER TABLE ONLY openolat.o_gp_business
    ADD CONSTRAINT gp_to_group_business_ctx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_grad_assignment
    ADD CONSTRAINT grad_assign_to_assess_idx FOREIGN KEY (fk_assessment_entry) REFERENCES openolat.o_as_entry(id);

ALTER TABLE ONLY openolat.o_grad_assignment
    ADD CONSTRAINT grad_assign_to_entry_idx FOREIGN KEY (fk_reference_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_grad_assignment
    ADD CONSTRAINT grad_assign_to_grader_idx FOREIGN KEY (fk_grader) REFERENCES openolat.o_grad_to_identity(id);

ALTER TABLE ONLY openolat.o_grad_configuration
    ADD CONSTRAINT grad_config_to_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_grad_to_identity
    ADD CONSTRAINT grad_id_to_repo_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_grad_time_record
    ADD CONSTRAINT grad_time_to_assign_idx FOREIGN KEY (fk_assignment) REFERENCES openolat.o_grad_assignment(id);

ALTER TABLE ONLY openolat.o_grad_time_record
    ADD CONSTRAINT grad_time_to_grader_idx FOREIGN KEY (fk_grader) REFERENCES openolat.o_grad_to_identity(id);

ALTER TABLE ONLY openolat.o_grad_to_identity
    ADD CONSTRAINT grad_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_gta_task_list
    ADD CONSTRAINT gta_list_to_repo_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_gta_mark
    ADD CONSTRAINT gtamark_tasklist_idx FOREIGN KEY (fk_tasklist_id) REFERENCES openolat.o_gta_task_list(id);

ALTER TABLE ONLY openolat.o_gta_task
    ADD CONSTRAINT gtask_to_bgroup_idx FOREIGN KEY (fk_businessgroup) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_gta_task
    ADD CONSTRAINT gtask_to_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_gta_task
    ADD CONSTRAINT gtask_to_tasklist_idx FOREIGN KEY (fk_tasklist) REFERENCES openolat.o_gta_task_list(id);

ALTER TABLE ONLY openolat.o_gta_task
    ADD CONSTRAINT gtaskreset_to_allower_idx FOREIGN KEY (fk_allow_reset_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_gta_task_revision_date
    ADD CONSTRAINT gtaskrev_to_task_idx FOREIGN KEY (fk_task) REFERENCES openolat.o_gta_task(id);

ALTER TABLE ONLY openolat.o_bs_identity_to_identity
    ADD CONSTRAINT id_to_id_source_idx FOREIGN KEY (fk_source_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_bs_identity_to_identity
    ADD CONSTRAINT id_to_id_target_idx FOREIGN KEY (fk_target_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_bs_identity_to_identity
    ADD CONSTRAINT id_to_role_idx FOREIGN KEY (fk_role_id) REFERENCES openolat.o_bs_relation_role(id);

ALTER TABLE ONLY openolat.o_gp_bgarea
    ADD CONSTRAINT idx_area_to_resource FOREIGN KEY (fk_resource) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_ex_task
    ADD CONSTRAINT idx_ex_task_ident_id FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_ex_task_modifier
    ADD CONSTRAINT idx_ex_task_mod_ident_id FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_ex_task_modifier
    ADD CONSTRAINT idx_ex_task_mod_task_id FOREIGN KEY (fk_task_id) REFERENCES openolat.o_ex_task(id);

ALTER TABLE ONLY openolat.o_ex_task
    ADD CONSTRAINT idx_ex_task_rsrc_id FOREIGN KEY (fk_resource_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_im_message
    ADD CONSTRAINT idx_im_msg_to_fromid FOREIGN KEY (fk_from_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_im_notification
    ADD CONSTRAINT idx_im_not_to_fromid FOREIGN KEY (fk_from_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_im_notification
    ADD CONSTRAINT idx_im_not_to_toid FOREIGN KEY (fk_to_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_im_preferences
    ADD CONSTRAINT idx_im_prfs_to_id FOREIGN KEY (fk_from_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_im_roster_entry
    ADD CONSTRAINT idx_im_rost_to_id FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lti_outcome
    ADD CONSTRAINT idx_lti_outcome_ident_id FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lti_outcome
    ADD CONSTRAINT idx_lti_outcome_rsrc_id FOREIGN KEY (fk_resource_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_om_room_reference
    ADD CONSTRAINT idx_omroom_to_bgroup FOREIGN KEY (businessgroup) REFERENCES openolat.o_gp_business(group_id);

ALTER TABLE ONLY openolat.o_qp_collection_2_item
    ADD CONSTRAINT idx_qp_coll_coll_id FOREIGN KEY (fk_collection_id) REFERENCES openolat.o_qp_item_collection(id);

ALTER TABLE ONLY openolat.o_qp_collection_2_item
    ADD CONSTRAINT idx_qp_coll_item_id FOREIGN KEY (fk_item_id) REFERENCES openolat.o_qp_item(id);

ALTER TABLE ONLY openolat.o_qp_item_collection
    ADD CONSTRAINT idx_qp_coll_owner_id FOREIGN KEY (fk_owner_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_qp_taxonomy_level
    ADD CONSTRAINT idx_qp_field_2_parent_id FOREIGN KEY (fk_parent_field) REFERENCES openolat.o_qp_taxonomy_level(id);

ALTER TABLE ONLY openolat.o_qp_item
    ADD CONSTRAINT idx_qp_item_edu_ctxt_id FOREIGN KEY (fk_edu_context) REFERENCES openolat.o_qp_edu_context(id);

ALTER TABLE ONLY openolat.o_qp_item
    ADD CONSTRAINT idx_qp_item_license_id FOREIGN KEY (fk_license) REFERENCES openolat.o_qp_license(id);

ALTER TABLE ONLY openolat.o_qp_item
    ADD CONSTRAINT idx_qp_item_owner_id FOREIGN KEY (fk_ownergroup) REFERENCES openolat.o_bs_secgroup(id);

ALTER TABLE ONLY openolat.o_qp_item
    ADD CONSTRAINT idx_qp_item_type_id FOREIGN KEY (fk_type) REFERENCES openolat.o_qp_item_type(id);

ALTER TABLE ONLY openolat.o_qp_pool_2_item
    ADD CONSTRAINT idx_qp_pool_2_item_item_id FOREIGN KEY (fk_item_id) REFERENCES openolat.o_qp_item(id);

ALTER TABLE ONLY openolat.o_qp_pool_2_item
    ADD CONSTRAINT idx_qp_pool_2_item_pool_id FOREIGN KEY (fk_pool_id) REFERENCES openolat.o_qp_pool(id);

ALTER TABLE ONLY openolat.o_qp_item
    ADD CONSTRAINT idx_qp_pool_2_tax_id FOREIGN KEY (fk_taxonomy_level_v2) REFERENCES openolat.o_tax_taxonomy_level(id);

ALTER TABLE ONLY openolat.o_qp_pool
    ADD CONSTRAINT idx_qp_pool_owner_grp_id FOREIGN KEY (fk_ownergroup) REFERENCES openolat.o_bs_secgroup(id);

ALTER TABLE ONLY openolat.o_qp_share_item
    ADD CONSTRAINT idx_qp_share_item_id FOREIGN KEY (fk_item_id) REFERENCES openolat.o_qp_item(id);

ALTER TABLE ONLY openolat.o_qp_share_item
    ADD CONSTRAINT idx_qp_share_rsrc_id FOREIGN KEY (fk_resource_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_repositoryentry
    ADD CONSTRAINT idx_re_lifecycle_fk FOREIGN KEY (fk_lifecycle) REFERENCES openolat.o_repositoryentry_cycle(id);

ALTER TABLE ONLY openolat.o_ac_reservation
    ADD CONSTRAINT idx_rsrv_to_rsrc_identity FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_ac_reservation
    ADD CONSTRAINT idx_rsrv_to_rsrc_rsrc FOREIGN KEY (fk_resource) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_bs_invitation
    ADD CONSTRAINT inv_to_group_group_ctx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_bs_invitation
    ADD CONSTRAINT invit_to_id_idx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_feed_item
    ADD CONSTRAINT item_to_feed_fk FOREIGN KEY (fk_feed_id) REFERENCES openolat.o_feed(id);

ALTER TABLE ONLY openolat.o_lecture_block_to_tax_level
    ADD CONSTRAINT lblock_rel_to_lblock_idx FOREIGN KEY (fk_lecture_block) REFERENCES openolat.o_lecture_block(id);

ALTER TABLE ONLY openolat.o_lecture_block_to_tax_level
    ADD CONSTRAINT lblock_rel_to_tax_lev_idx FOREIGN KEY (fk_taxonomy_level) REFERENCES openolat.o_tax_taxonomy_level(id);

ALTER TABLE ONLY openolat.o_lecture_block
    ADD CONSTRAINT lec_block_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_lecture_block
    ADD CONSTRAINT lec_block_gcoach_idx FOREIGN KEY (fk_teacher_group) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_lecture_block
    ADD CONSTRAINT lec_block_reason_idx FOREIGN KEY (fk_reason) REFERENCES openolat.o_lecture_reason(id);

ALTER TABLE ONLY openolat.o_lecture_block_to_group
    ADD CONSTRAINT lec_block_to_block_idx FOREIGN KEY (fk_group) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_lecture_block_to_group
    ADD CONSTRAINT lec_block_to_group_idx FOREIGN KEY (fk_lecture_block) REFERENCES openolat.o_lecture_block(id);

ALTER TABLE ONLY openolat.o_lecture_block_roll_call
    ADD CONSTRAINT lec_call_block_idx FOREIGN KEY (fk_lecture_block) REFERENCES openolat.o_lecture_block(id);

ALTER TABLE ONLY openolat.o_lecture_block_roll_call
    ADD CONSTRAINT lec_call_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lecture_entry_config
    ADD CONSTRAINT lec_entry_config_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_lecture_participant_summary
    ADD CONSTRAINT lec_part_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_lecture_participant_summary
    ADD CONSTRAINT lec_part_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lecture_reminder
    ADD CONSTRAINT lec_reminder_block_idx FOREIGN KEY (fk_lecture_block) REFERENCES openolat.o_lecture_block(id);

ALTER TABLE ONLY openolat.o_lecture_reminder
    ADD CONSTRAINT lec_reminder_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lic_license_type_activation
    ADD CONSTRAINT lic_activation_type_fk FOREIGN KEY (fk_license_type_id) REFERENCES openolat.o_lic_license_type(id);

ALTER TABLE ONLY openolat.o_lic_license
    ADD CONSTRAINT lic_license_type_fk FOREIGN KEY (fk_license_type_id) REFERENCES openolat.o_lic_license_type(id);

ALTER TABLE ONLY openolat.o_bs_group_member
    ADD CONSTRAINT member_group_ctx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_bs_group_member
    ADD CONSTRAINT member_identity_ctx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lecture_absence_notice
    ADD CONSTRAINT notice_auth_identity_idx FOREIGN KEY (fk_authorizer) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lecture_absence_notice
    ADD CONSTRAINT notice_category_idx FOREIGN KEY (fk_absence_category) REFERENCES openolat.o_lecture_absence_category(id);

ALTER TABLE ONLY openolat.o_lecture_absence_notice
    ADD CONSTRAINT notice_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lecture_absence_notice
    ADD CONSTRAINT notice_notif_identity_idx FOREIGN KEY (fk_notifier) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_lecture_notice_to_block
    ADD CONSTRAINT notice_to_block_idx FOREIGN KEY (fk_lecture_block) REFERENCES openolat.o_lecture_block(id);

ALTER TABLE ONLY openolat.o_lecture_notice_to_entry
    ADD CONSTRAINT notice_to_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_lecture_notice_to_block
    ADD CONSTRAINT notice_to_notice_idx FOREIGN KEY (fk_absence_notice) REFERENCES openolat.o_lecture_absence_notice(id);

ALTER TABLE ONLY openolat.o_ac_offer_access
    ADD CONSTRAINT off_to_meth_meth_ctx FOREIGN KEY (fk_method_id) REFERENCES openolat.o_ac_method(method_id);

ALTER TABLE ONLY openolat.o_ac_offer_access
    ADD CONSTRAINT off_to_meth_off_ctx FOREIGN KEY (fk_offer_id) REFERENCES openolat.o_ac_offer(offer_id);

ALTER TABLE ONLY openolat.o_ac_order_line
    ADD CONSTRAINT ord_item_offer_ctx FOREIGN KEY (fk_offer_id) REFERENCES openolat.o_ac_offer(offer_id);

ALTER TABLE ONLY openolat.o_ac_order_line
    ADD CONSTRAINT ord_item_ord_part_ctx FOREIGN KEY (fk_order_part_id) REFERENCES openolat.o_ac_order_part(order_part_id);

ALTER TABLE ONLY openolat.o_ac_order_part
    ADD CONSTRAINT ord_part_ord_ctx FOREIGN KEY (fk_order_id) REFERENCES openolat.o_ac_order(order_id);

ALTER TABLE ONLY openolat.o_org_organisation
    ADD CONSTRAINT org_to_group_idx FOREIGN KEY (fk_group) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_org_organisation
    ADD CONSTRAINT org_to_org_type_idx FOREIGN KEY (fk_type) REFERENCES openolat.o_org_organisation_type(id);

ALTER TABLE ONLY openolat.o_org_organisation
    ADD CONSTRAINT org_to_parent_org_idx FOREIGN KEY (fk_parent) REFERENCES openolat.o_org_organisation(id);

ALTER TABLE ONLY openolat.o_org_organisation
    ADD CONSTRAINT org_to_root_org_idx FOREIGN KEY (fk_root) REFERENCES openolat.o_org_organisation(id);

ALTER TABLE ONLY openolat.o_org_type_to_type
    ADD CONSTRAINT org_type_to_sub_type_idx FOREIGN KEY (fk_allowed_sub_type) REFERENCES openolat.o_org_organisation_type(id);

ALTER TABLE ONLY openolat.o_org_type_to_type
    ADD CONSTRAINT org_type_to_type_idx FOREIGN KEY (fk_type) REFERENCES openolat.o_org_organisation_type(id);

ALTER TABLE ONLY openolat.o_pf_page_user_infos
    ADD CONSTRAINT page_pfpage_idx FOREIGN KEY (fk_page_id) REFERENCES openolat.o_pf_page(id);

ALTER TABLE ONLY openolat.o_pf_assessment_section
    ADD CONSTRAINT pf_asection_ident_idx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_pf_assessment_section
    ADD CONSTRAINT pf_asection_section_idx FOREIGN KEY (fk_section_id) REFERENCES openolat.o_pf_section(id);

ALTER TABLE ONLY openolat.o_pf_assignment
    ADD CONSTRAINT pf_assign_assignee_idx FOREIGN KEY (fk_assignee_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_pf_assignment
    ADD CONSTRAINT pf_assign_binder_idx FOREIGN KEY (fk_binder_id) REFERENCES openolat.o_pf_binder(id);

ALTER TABLE ONLY openolat.o_pf_assignment
    ADD CONSTRAINT pf_assign_form_idx FOREIGN KEY (fk_form_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_pf_assignment
    ADD CONSTRAINT pf_assign_page_idx FOREIGN KEY (fk_page_id) REFERENCES openolat.o_pf_page(id);

ALTER TABLE ONLY openolat.o_pf_assignment
    ADD CONSTRAINT pf_assign_ref_assign_idx FOREIGN KEY (fk_template_reference_id) REFERENCES openolat.o_pf_assignment(id);

ALTER TABLE ONLY openolat.o_pf_assignment
    ADD CONSTRAINT pf_assign_section_idx FOREIGN KEY (fk_section_id) REFERENCES openolat.o_pf_section(id);

ALTER TABLE ONLY openolat.o_pf_binder
    ADD CONSTRAINT pf_binder_course_idx FOREIGN KEY (fk_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_pf_binder
    ADD CONSTRAINT pf_binder_group_idx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_pf_binder
    ADD CONSTRAINT pf_binder_resource_idx FOREIGN KEY (fk_olatresource_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_pf_binder
    ADD CONSTRAINT pf_binder_template_idx FOREIGN KEY (fk_template_id) REFERENCES openolat.o_pf_binder(id);

ALTER TABLE ONLY openolat.o_pf_category_relation
    ADD CONSTRAINT pf_category_rel_cat_idx FOREIGN KEY (fk_category_id) REFERENCES openolat.o_pf_category(id);

ALTER TABLE ONLY openolat.o_pf_media
    ADD CONSTRAINT pf_media_author_idx FOREIGN KEY (fk_author_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_pf_page
    ADD CONSTRAINT pf_page_body_idx FOREIGN KEY (fk_body_id) REFERENCES openolat.o_pf_page_body(id);

ALTER TABLE ONLY openolat.o_pf_page
    ADD CONSTRAINT pf_page_group_idx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_pf_page_part
    ADD CONSTRAINT pf_page_media_idx FOREIGN KEY (fk_media_id) REFERENCES openolat.o_pf_media(id);

ALTER TABLE ONLY openolat.o_pf_page_part
    ADD CONSTRAINT pf_page_page_body_idx FOREIGN KEY (fk_page_body_id) REFERENCES openolat.o_pf_page_body(id);

ALTER TABLE ONLY openolat.o_pf_page
    ADD CONSTRAINT pf_page_section_idx FOREIGN KEY (fk_section_id) REFERENCES openolat.o_pf_section(id);

ALTER TABLE ONLY openolat.o_pf_page_part
    ADD CONSTRAINT pf_part_form_idx FOREIGN KEY (fk_form_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_pf_section
    ADD CONSTRAINT pf_section_binder_idx FOREIGN KEY (fk_binder_id) REFERENCES openolat.o_pf_binder(id);

ALTER TABLE ONLY openolat.o_pf_section
    ADD CONSTRAINT pf_section_group_idx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_pf_section
    ADD CONSTRAINT pf_section_template_idx FOREIGN KEY (fk_template_reference_id) REFERENCES openolat.o_pf_section(id);

ALTER TABLE ONLY openolat.o_qti_assessmentitem_session
    ADD CONSTRAINT qti_itemsess_to_testsess_idx FOREIGN KEY (fk_assessmenttest_session) REFERENCES openolat.o_qti_assessmenttest_session(id);

ALTER TABLE ONLY openolat.o_qti_assessment_marks
    ADD CONSTRAINT qti_marks_to_course_entry_idx FOREIGN KEY (fk_reference_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_qti_assessment_marks
    ADD CONSTRAINT qti_marks_to_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_qti_assessment_marks
    ADD CONSTRAINT qti_marks_to_repo_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_qti_assessment_response
    ADD CONSTRAINT qti_resp_to_itemsession_idx FOREIGN KEY (fk_assessmentitem_session) REFERENCES openolat.o_qti_assessmentitem_session(id);

ALTER TABLE ONLY openolat.o_qti_assessment_response
    ADD CONSTRAINT qti_resp_to_testsession_idx FOREIGN KEY (fk_assessmenttest_session) REFERENCES openolat.o_qti_assessmenttest_session(id);

ALTER TABLE ONLY openolat.o_qti_assessmenttest_session
    ADD CONSTRAINT qti_sess_to_as_entry_idx FOREIGN KEY (fk_assessment_entry) REFERENCES openolat.o_as_entry(id);

ALTER TABLE ONLY openolat.o_qti_assessmenttest_session
    ADD CONSTRAINT qti_sess_to_course_entry_idx FOREIGN KEY (fk_reference_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_qti_assessmenttest_session
    ADD CONSTRAINT qti_sess_to_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_qti_assessmenttest_session
    ADD CONSTRAINT qti_sess_to_repo_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_qual_context_to_curriculum
    ADD CONSTRAINT qual_con_to_cur_con_idx FOREIGN KEY (fk_context) REFERENCES openolat.o_qual_context(id);

ALTER TABLE ONLY openolat.o_qual_context_to_cur_element
    ADD CONSTRAINT qual_con_to_cur_ele_con_idx FOREIGN KEY (fk_context) REFERENCES openolat.o_qual_context(id);

ALTER TABLE ONLY openolat.o_qual_context
    ADD CONSTRAINT qual_con_to_data_collection_idx FOREIGN KEY (fk_data_collection) REFERENCES openolat.o_qual_data_collection(id);

ALTER TABLE ONLY openolat.o_qual_context_to_organisation
    ADD CONSTRAINT qual_con_to_org_con_idx FOREIGN KEY (fk_context) REFERENCES openolat.o_qual_context(id);

ALTER TABLE ONLY openolat.o_qual_context
    ADD CONSTRAINT qual_con_to_participation_idx FOREIGN KEY (fk_eva_participation) REFERENCES openolat.o_eva_form_participation(id);

ALTER TABLE ONLY openolat.o_qual_context
    ADD CONSTRAINT qual_con_to_session_idx FOREIGN KEY (fk_eva_session) REFERENCES openolat.o_eva_form_session(id);

ALTER TABLE ONLY openolat.o_qual_context_to_tax_level
    ADD CONSTRAINT qual_con_to_tax_level_con_idx FOREIGN KEY (fk_context) REFERENCES openolat.o_qual_context(id);

ALTER TABLE ONLY openolat.o_qual_data_collection
    ADD CONSTRAINT qual_dc_to_gen_idx FOREIGN KEY (fk_generator) REFERENCES openolat.o_qual_generator(id);

ALTER TABLE ONLY openolat.o_qual_data_collection_to_org
    ADD CONSTRAINT qual_dc_to_org_idx FOREIGN KEY (fk_data_collection) REFERENCES openolat.o_qual_data_collection(id);

ALTER TABLE ONLY openolat.o_qual_generator_to_org
    ADD CONSTRAINT qual_gen_to_org_idx FOREIGN KEY (fk_generator) REFERENCES openolat.o_qual_generator(id);

ALTER TABLE ONLY openolat.o_qual_reminder
    ADD CONSTRAINT qual_rem_to_data_collection_idx FOREIGN KEY (fk_data_collection) REFERENCES openolat.o_qual_data_collection(id);

ALTER TABLE ONLY openolat.o_qual_report_access
    ADD CONSTRAINT qual_repacc_to_dc_idx FOREIGN KEY (fk_data_collection) REFERENCES openolat.o_qual_data_collection(id);

ALTER TABLE ONLY openolat.o_qual_report_access
    ADD CONSTRAINT qual_repacc_to_generator_idx FOREIGN KEY (fk_generator) REFERENCES openolat.o_qual_generator(id);

ALTER TABLE ONLY openolat.o_repositoryentry
    ADD CONSTRAINT re_deleted_to_identity_idx FOREIGN KEY (fk_deleted_by) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_re_to_group
    ADD CONSTRAINT re_to_group_group_ctx FOREIGN KEY (fk_group_id) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_re_to_group
    ADD CONSTRAINT re_to_group_re_ctx FOREIGN KEY (fk_entry_id) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_re_to_tax_level
    ADD CONSTRAINT re_to_lev_re_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_re_to_tax_level
    ADD CONSTRAINT re_to_lev_tax_lev_idx FOREIGN KEY (fk_taxonomy_level) REFERENCES openolat.o_tax_taxonomy_level(id);

ALTER TABLE ONLY openolat.o_lecture_notice_to_entry
    ADD CONSTRAINT rel_notice_e_to_notice_idx FOREIGN KEY (fk_absence_notice) REFERENCES openolat.o_lecture_absence_notice(id);

ALTER TABLE ONLY openolat.o_re_to_organisation
    ADD CONSTRAINT rel_org_to_org_idx FOREIGN KEY (fk_organisation) REFERENCES openolat.o_org_organisation(id);

ALTER TABLE ONLY openolat.o_re_to_organisation
    ADD CONSTRAINT rel_org_to_re_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_rem_reminder
    ADD CONSTRAINT rem_reminder_to_creator_idx FOREIGN KEY (fk_creator) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_rem_reminder
    ADD CONSTRAINT rem_reminder_to_repo_entry_idx FOREIGN KEY (fk_entry) REFERENCES openolat.o_repositoryentry(repositoryentry_id);

ALTER TABLE ONLY openolat.o_rem_sent_reminder
    ADD CONSTRAINT rem_sent_rem_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_rem_sent_reminder
    ADD CONSTRAINT rem_sent_rem_to_reminder_idx FOREIGN KEY (fk_reminder) REFERENCES openolat.o_rem_reminder(id);

ALTER TABLE ONLY openolat.o_repositoryentry
    ADD CONSTRAINT repoentry_stats_ctx FOREIGN KEY (fk_stats) REFERENCES openolat.o_repositoryentry_stats(id);

ALTER TABLE ONLY openolat.o_bs_relation_role_to_right
    ADD CONSTRAINT role_to_right_right_idx FOREIGN KEY (fk_right_id) REFERENCES openolat.o_bs_relation_right(id);

ALTER TABLE ONLY openolat.o_bs_relation_role_to_right
    ADD CONSTRAINT role_to_right_role_idx FOREIGN KEY (fk_role_id) REFERENCES openolat.o_bs_relation_role(id);

ALTER TABLE ONLY openolat.o_sms_message_log
    ADD CONSTRAINT sms_log_to_identity_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_gta_task_revision
    ADD CONSTRAINT task_rev_to_ident_idx FOREIGN KEY (fk_comment_author) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_gta_task_revision
    ADD CONSTRAINT task_rev_to_task_idx FOREIGN KEY (fk_task) REFERENCES openolat.o_gta_task(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_competence
    ADD CONSTRAINT tax_comp_to_tax_level_idx FOREIGN KEY (fk_level) REFERENCES openolat.o_tax_taxonomy_level(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_competence
    ADD CONSTRAINT tax_level_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_level
    ADD CONSTRAINT tax_level_to_tax_level_idx FOREIGN KEY (fk_parent) REFERENCES openolat.o_tax_taxonomy_level(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_level
    ADD CONSTRAINT tax_level_to_taxonomy_idx FOREIGN KEY (fk_taxonomy) REFERENCES openolat.o_tax_taxonomy(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_level
    ADD CONSTRAINT tax_level_to_type_idx FOREIGN KEY (fk_type) REFERENCES openolat.o_tax_taxonomy_level_type(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy
    ADD CONSTRAINT tax_to_group_idx FOREIGN KEY (fk_group) REFERENCES openolat.o_bs_group(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_type_to_type
    ADD CONSTRAINT tax_type_to_sub_type_idx FOREIGN KEY (fk_allowed_sub_type) REFERENCES openolat.o_tax_taxonomy_level_type(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_level_type
    ADD CONSTRAINT tax_type_to_taxonomy_idx FOREIGN KEY (fk_taxonomy) REFERENCES openolat.o_tax_taxonomy(id);

ALTER TABLE ONLY openolat.o_tax_taxonomy_type_to_type
    ADD CONSTRAINT tax_type_to_type_idx FOREIGN KEY (fk_type) REFERENCES openolat.o_tax_taxonomy_level_type(id);

ALTER TABLE ONLY openolat.o_ac_transaction
    ADD CONSTRAINT trans_method_ctx FOREIGN KEY (fk_method_id) REFERENCES openolat.o_ac_method(method_id);

ALTER TABLE ONLY openolat.o_ac_transaction
    ADD CONSTRAINT trans_ord_ctx FOREIGN KEY (fk_order_id) REFERENCES openolat.o_ac_order(order_id);

ALTER TABLE ONLY openolat.o_ac_transaction
    ADD CONSTRAINT trans_ord_part_ctx FOREIGN KEY (fk_order_part_id) REFERENCES openolat.o_ac_order_part(order_part_id);

ALTER TABLE ONLY openolat.o_as_user_course_infos
    ADD CONSTRAINT user_course_infos_id_cstr FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_as_user_course_infos
    ADD CONSTRAINT user_course_infos_res_cstr FOREIGN KEY (fk_resource_id) REFERENCES openolat.o_olatresource(resource_id);

ALTER TABLE ONLY openolat.o_pf_page_user_infos
    ADD CONSTRAINT user_pfpage_idx FOREIGN KEY (fk_identity_id) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_user
    ADD CONSTRAINT user_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_user_data_export
    ADD CONSTRAINT usr_dataex_to_ident_idx FOREIGN KEY (fk_identity) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_user_data_export
    ADD CONSTRAINT usr_dataex_to_requ_idx FOREIGN KEY (fk_request_by) REFERENCES openolat.o_bs_identity(id);

ALTER TABLE ONLY openolat.o_vid_metadata
    ADD CONSTRAINT vid_meta_rsrc_idx FOREIGN KEY (fk_resource_id) REFERENCES openolat.o_olatresource(resource_id);
