-- Evergreen ILS, the open-source integrated library system (library cards and patrons with addresses, settings,
-- statistical categories and standing penalties; the org-unit tree of library systems, branches and their hours and
-- closings; workstations; bibliographic records and monograph parts; call numbers, copies with statuses, locations,
-- notes, tags, alerts and statistical categories; circulations, aged circulations, in-house uses and non-catalogued
-- loans; holds, hold notifications and transits; patron billing: billable transactions, bills, payments of every
-- kind (cash, cheque, credit card, forgive, work, goods), collections; surveys; course reserves; booking of
-- resources; permission groups and their permissions), from its PostgreSQL install scripts Open-ILS/src/sql/Pg/
-- (000-990 *.schema.*.sql, 800.fkeys.sql) of github.com/evergreen-library-system/Evergreen (commit 921164cbfe;
-- GPL-2.0-or-later; we use the schema's facts). A one-off script kept the CREATE TABLE, ALTER TABLE ... ADD
-- (FOREIGN KEY | PRIMARY KEY | COLUMN) and COMMENT statements of the schemas actor, asset, biblio, money, action,
-- booking and permission and of 17 config tables those refer to (copy statuses, circulation modifiers, bib
-- sources, standing penalties, billing types, identification types, network access levels, non-catalogued types,
-- standings, copy alert types, floating groups, SMS carriers, circulation limit groups, locales, user and org-unit
-- setting types), loaded them into a scratch PostgreSQL (inheritance and LIKE resolved there) and regenerated this
-- file from its catalog: 168 tables, their primary keys and the 286 foreign keys the scripts declare between them;
-- the source's table and column comments kept (34). Inheritance is flattened: action.circulation,
-- action.non_cataloged_circulation, money.grocery, booking.reservation... carry the columns they inherit from
-- money.billable_xact, and the payment tables those of money.payment, without INHERITS. serial -> integer/bigint,
-- the three enums (org_unit_custom_tree_purpose, copy_alert_type_state/_event) -> text. Left out: the other
-- schemas (the rest of config, metabib, authority, vandelay, acq, serial, container, query, action_trigger,
-- reporter, url_verify, rating, sip, openapi...), foreign keys to them, views, functions, triggers (Evergreen
-- checks several references by trigger only, e.g. action.circulation.target_copy -> asset.copy, so those have
-- no foreign key here), defaults, CHECK and UNIQUE constraints, indexes and the seed rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS actor;
CREATE SCHEMA IF NOT EXISTS asset;
CREATE SCHEMA IF NOT EXISTS biblio;
CREATE SCHEMA IF NOT EXISTS booking;
CREATE SCHEMA IF NOT EXISTS config;
CREATE SCHEMA IF NOT EXISTS money;
CREATE SCHEMA IF NOT EXISTS action;
CREATE SCHEMA IF NOT EXISTS permission;
CREATE TABLE action.aged_circulation (
    usr_post_code text,
    usr_home_ou integer NOT NULL,
    usr_profile integer NOT NULL,
    usr_birth_year integer,
    copy_call_number integer NOT NULL,
    copy_owning_lib integer NOT NULL,
    copy_circ_lib integer NOT NULL,
    copy_bib_record bigint NOT NULL,
    id bigint NOT NULL,
    usr integer NOT NULL,
    xact_start timestamp with time zone NOT NULL,
    xact_finish timestamp with time zone,
    unrecovered boolean,
    target_copy bigint NOT NULL,
    circ_lib integer NOT NULL,
    circ_staff integer NOT NULL,
    checkin_staff integer,
    checkin_lib integer,
    renewal_remaining integer NOT NULL,
    grace_period interval NOT NULL,
    due_date timestamp with time zone,
    stop_fines_time timestamp with time zone,
    checkin_time timestamp with time zone,
    create_time timestamp with time zone NOT NULL,
    duration interval,
    fine_interval interval NOT NULL,
    recurring_fine numeric(6,2),
    max_fine numeric(6,2),
    phone_renewal boolean NOT NULL,
    desk_renewal boolean NOT NULL,
    opac_renewal boolean NOT NULL,
    duration_rule text NOT NULL,
    recurring_fine_rule text NOT NULL,
    max_fine_rule text NOT NULL,
    stop_fines text,
    workstation integer,
    checkin_workstation integer,
    copy_location integer NOT NULL,
    checkin_scan_time timestamp with time zone,
    auto_renewal boolean NOT NULL,
    auto_renewal_remaining integer,
    parent_circ bigint,
    PRIMARY KEY (id)
);
CREATE TABLE action.aged_hold_request (
    usr_post_code text,
    usr_home_ou integer NOT NULL,
    usr_profile integer NOT NULL,
    usr_birth_year integer,
    staff_placed boolean NOT NULL,
    id integer NOT NULL,
    request_time timestamp with time zone NOT NULL,
    capture_time timestamp with time zone,
    fulfillment_time timestamp with time zone,
    checkin_time timestamp with time zone,
    return_time timestamp with time zone,
    prev_check_time timestamp with time zone,
    expire_time timestamp with time zone,
    cancel_time timestamp with time zone,
    cancel_cause integer,
    cancel_note text,
    canceled_by integer,
    canceling_ws integer,
    target bigint NOT NULL,
    current_copy bigint,
    fulfillment_staff integer,
    fulfillment_lib integer,
    request_lib integer NOT NULL,
    requestor integer NOT NULL,
    usr integer NOT NULL,
    selection_ou integer NOT NULL,
    selection_depth integer NOT NULL,
    pickup_lib integer NOT NULL,
    hold_type text,
    holdable_formats text,
    phone_notify text,
    email_notify boolean NOT NULL,
    sms_notify text,
    sms_carrier integer,
    frozen boolean NOT NULL,
    thaw_date timestamp with time zone,
    shelf_time timestamp with time zone,
    cut_in_line boolean,
    mint_condition boolean NOT NULL,
    shelf_expire_time timestamp with time zone,
    current_shelf_lib integer,
    behind_desk boolean NOT NULL,
    hopeless_date timestamp with time zone,
    acq_request integer,
    PRIMARY KEY (id)
);
CREATE TABLE action.archive_actor_stat_cat (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    stat_cat integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.archive_asset_stat_cat (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    stat_cat integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.batch_hold_event (
    id integer NOT NULL,
    staff integer NOT NULL,
    bucket integer NOT NULL,
    target integer NOT NULL,
    hold_type text NOT NULL,
    run_date timestamp with time zone NOT NULL,
    cancelled timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE action.batch_hold_event_map (
    id integer NOT NULL,
    batch_hold_event integer NOT NULL,
    hold integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.circulation (
    id bigint NOT NULL,
    usr integer NOT NULL,
    xact_start timestamp with time zone NOT NULL,
    xact_finish timestamp with time zone,
    unrecovered boolean,
    target_copy bigint NOT NULL,
    circ_lib integer NOT NULL,
    circ_staff integer NOT NULL,
    checkin_staff integer,
    checkin_lib integer,
    renewal_remaining integer NOT NULL,
    grace_period interval NOT NULL,
    due_date timestamp with time zone,
    stop_fines_time timestamp with time zone,
    checkin_time timestamp with time zone,
    create_time timestamp with time zone NOT NULL,
    duration interval,
    fine_interval interval NOT NULL,
    recurring_fine numeric(6,2),
    max_fine numeric(6,2),
    phone_renewal boolean NOT NULL,
    desk_renewal boolean NOT NULL,
    opac_renewal boolean NOT NULL,
    duration_rule text NOT NULL,
    recurring_fine_rule text NOT NULL,
    max_fine_rule text NOT NULL,
    stop_fines text,
    workstation integer,
    checkin_workstation integer,
    copy_location integer NOT NULL,
    checkin_scan_time timestamp with time zone,
    auto_renewal boolean NOT NULL,
    auto_renewal_remaining integer,
    parent_circ bigint,
    PRIMARY KEY (id)
);
CREATE TABLE action.circulation_limit_group_map (
    circ bigint NOT NULL,
    limit_group integer NOT NULL,
    PRIMARY KEY (circ, limit_group)
);
CREATE TABLE action.curbside (
    id integer NOT NULL,
    patron integer NOT NULL,
    org integer NOT NULL,
    slot timestamp with time zone,
    staged timestamp with time zone,
    stage_staff integer,
    arrival timestamp with time zone,
    delivered timestamp with time zone,
    delivery_staff integer,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE action.emergency_closing (
    id integer NOT NULL,
    creator integer NOT NULL,
    create_time timestamp with time zone NOT NULL,
    process_start_time timestamp with time zone,
    process_end_time timestamp with time zone,
    last_update_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE action.emergency_closing_circulation (
    id bigint NOT NULL,
    emergency_closing integer NOT NULL,
    circulation integer NOT NULL,
    original_due_date timestamp with time zone,
    process_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE action.emergency_closing_hold (
    id bigint NOT NULL,
    emergency_closing integer NOT NULL,
    hold integer NOT NULL,
    original_shelf_expire_time timestamp with time zone,
    process_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE action.emergency_closing_reservation (
    id bigint NOT NULL,
    emergency_closing integer NOT NULL,
    reservation integer NOT NULL,
    original_end_time timestamp with time zone,
    process_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE action.eresource_link_click (
    id bigint NOT NULL,
    clicked_at timestamp with time zone NOT NULL,
    url text,
    record bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.eresource_link_click_course (
    id integer NOT NULL,
    click bigint NOT NULL,
    course integer,
    course_name text NOT NULL,
    course_number text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.fieldset (
    id integer NOT NULL,
    fieldset_group integer,
    owner integer NOT NULL,
    owning_lib integer NOT NULL,
    status text NOT NULL,
    creation_time timestamp with time zone NOT NULL,
    scheduled_time timestamp with time zone,
    applied_time timestamp with time zone,
    classname text NOT NULL,
    name text NOT NULL,
    error_msg text,
    stored_query integer,
    pkey_value text,
    PRIMARY KEY (id)
);
CREATE TABLE action.fieldset_col_val (
    id integer NOT NULL,
    fieldset integer NOT NULL,
    col text NOT NULL,
    val text,
    PRIMARY KEY (id)
);
CREATE TABLE action.fieldset_group (
    id integer NOT NULL,
    name text NOT NULL,
    create_time timestamp with time zone NOT NULL,
    complete_time timestamp with time zone,
    container integer,
    container_type text,
    can_rollback boolean,
    rollback_group integer,
    rollback_time timestamp with time zone,
    creator integer NOT NULL,
    owning_lib integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_copy_map (
    id bigint NOT NULL,
    hold integer NOT NULL,
    target_copy bigint NOT NULL,
    proximity numeric,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_notification (
    id integer NOT NULL,
    hold integer NOT NULL,
    notify_staff integer,
    notify_time timestamp with time zone NOT NULL,
    method text NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_request (
    id integer NOT NULL,
    request_time timestamp with time zone NOT NULL,
    capture_time timestamp with time zone,
    fulfillment_time timestamp with time zone,
    checkin_time timestamp with time zone,
    return_time timestamp with time zone,
    prev_check_time timestamp with time zone,
    expire_time timestamp with time zone,
    cancel_time timestamp with time zone,
    cancel_cause integer,
    cancel_note text,
    canceled_by integer,
    canceling_ws integer,
    target bigint NOT NULL,
    current_copy bigint,
    fulfillment_staff integer,
    fulfillment_lib integer,
    request_lib integer NOT NULL,
    requestor integer NOT NULL,
    usr integer NOT NULL,
    selection_ou integer NOT NULL,
    selection_depth integer NOT NULL,
    pickup_lib integer NOT NULL,
    hold_type text,
    holdable_formats text,
    phone_notify text,
    email_notify boolean NOT NULL,
    sms_notify text,
    sms_carrier integer,
    frozen boolean NOT NULL,
    thaw_date timestamp with time zone,
    shelf_time timestamp with time zone,
    cut_in_line boolean,
    mint_condition boolean NOT NULL,
    shelf_expire_time timestamp with time zone,
    current_shelf_lib integer,
    behind_desk boolean NOT NULL,
    hopeless_date timestamp with time zone,
    acq_request integer,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_request_cancel_cause (
    id integer NOT NULL,
    label text,
    manual boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_request_note (
    id bigint NOT NULL,
    hold bigint NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    slip boolean NOT NULL,
    pub boolean NOT NULL,
    staff boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_request_reset_reason (
    id integer NOT NULL,
    manual boolean,
    name text,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_request_reset_reason_entry (
    id integer NOT NULL,
    hold integer,
    reset_reason integer,
    note text,
    reset_time timestamp with time zone,
    previous_copy bigint,
    requestor integer,
    requestor_workstation integer,
    PRIMARY KEY (id)
);
CREATE TABLE action.hold_transit_copy (
    id integer NOT NULL,
    source_send_time timestamp with time zone,
    dest_recv_time timestamp with time zone,
    target_copy bigint NOT NULL,
    source integer NOT NULL,
    dest integer NOT NULL,
    prev_hop integer,
    copy_status integer NOT NULL,
    persistant_transfer boolean NOT NULL,
    prev_dest integer,
    cancel_time timestamp with time zone,
    hold integer,
    PRIMARY KEY (id)
);
CREATE TABLE action.in_house_use (
    id integer NOT NULL,
    item bigint NOT NULL,
    staff integer NOT NULL,
    workstation integer,
    org_unit integer NOT NULL,
    use_time timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.ingest_queue (
    id integer NOT NULL,
    created timestamp with time zone NOT NULL,
    run_at timestamp with time zone NOT NULL,
    who integer,
    start_time timestamp with time zone,
    end_time timestamp with time zone,
    threads integer,
    why text,
    PRIMARY KEY (id)
);
CREATE TABLE action.ingest_queue_entry (
    id bigint NOT NULL,
    record bigint NOT NULL,
    record_type text NOT NULL,
    action text NOT NULL,
    run_at timestamp with time zone NOT NULL,
    state_data text NOT NULL,
    queue integer,
    override_by bigint,
    ingest_time timestamp with time zone,
    fail_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE action.non_cat_in_house_use (
    id integer NOT NULL,
    item_type bigint NOT NULL,
    staff integer NOT NULL,
    workstation integer,
    org_unit integer NOT NULL,
    use_time timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.non_cataloged_circulation (
    id integer NOT NULL,
    patron integer NOT NULL,
    staff integer NOT NULL,
    circ_lib integer NOT NULL,
    item_type integer NOT NULL,
    circ_time timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.reservation_transit_copy (
    id integer NOT NULL,
    source_send_time timestamp with time zone,
    dest_recv_time timestamp with time zone,
    target_copy bigint NOT NULL,
    source integer NOT NULL,
    dest integer NOT NULL,
    prev_hop integer,
    copy_status integer NOT NULL,
    persistant_transfer boolean NOT NULL,
    prev_dest integer,
    cancel_time timestamp with time zone,
    reservation integer,
    PRIMARY KEY (id)
);
CREATE TABLE action.survey (
    id integer NOT NULL,
    owner integer NOT NULL,
    start_date timestamp with time zone NOT NULL,
    end_date timestamp with time zone NOT NULL,
    usr_summary boolean NOT NULL,
    opac boolean NOT NULL,
    poll boolean NOT NULL,
    required boolean NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.survey_answer (
    id integer NOT NULL,
    question integer NOT NULL,
    answer text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.survey_question (
    id integer NOT NULL,
    survey integer NOT NULL,
    question text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.survey_response (
    id bigint NOT NULL,
    response_group_id integer,
    usr integer,
    survey integer NOT NULL,
    question integer NOT NULL,
    answer integer NOT NULL,
    answer_date timestamp with time zone,
    effective_date timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.transit_copy (
    id integer NOT NULL,
    source_send_time timestamp with time zone,
    dest_recv_time timestamp with time zone,
    target_copy bigint NOT NULL,
    source integer NOT NULL,
    dest integer NOT NULL,
    prev_hop integer,
    copy_status integer NOT NULL,
    persistant_transfer boolean NOT NULL,
    prev_dest integer,
    cancel_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE action.unfulfilled_hold_list (
    id bigint NOT NULL,
    current_copy bigint NOT NULL,
    hold integer NOT NULL,
    circ_lib integer NOT NULL,
    fail_time timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE action.usr_circ_history (
    id bigint NOT NULL,
    usr integer NOT NULL,
    xact_start timestamp with time zone NOT NULL,
    target_copy bigint NOT NULL,
    due_date timestamp with time zone NOT NULL,
    checkin_time timestamp with time zone,
    source_circ bigint,
    PRIMARY KEY (id)
);
CREATE TABLE actor.address_alert (
    id integer NOT NULL,
    owner integer NOT NULL,
    active boolean NOT NULL,
    match_all boolean NOT NULL,
    alert_message text NOT NULL,
    street1 text,
    street2 text,
    city text,
    county text,
    state text,
    country text,
    post_code text,
    mailing_address boolean NOT NULL,
    billing_address boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.card (
    id integer NOT NULL,
    usr integer NOT NULL,
    barcode text NOT NULL,
    active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.copy_alert_suppress (
    id integer NOT NULL,
    org integer NOT NULL,
    alert_type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.hours_of_operation (
    id integer NOT NULL,
    dow_0_open time without time zone NOT NULL,
    dow_0_close time without time zone NOT NULL,
    dow_0_note text,
    dow_1_open time without time zone NOT NULL,
    dow_1_close time without time zone NOT NULL,
    dow_1_note text,
    dow_2_open time without time zone NOT NULL,
    dow_2_close time without time zone NOT NULL,
    dow_2_note text,
    dow_3_open time without time zone NOT NULL,
    dow_3_close time without time zone NOT NULL,
    dow_3_note text,
    dow_4_open time without time zone NOT NULL,
    dow_4_close time without time zone NOT NULL,
    dow_4_note text,
    dow_5_open time without time zone NOT NULL,
    dow_5_close time without time zone NOT NULL,
    dow_5_note text,
    dow_6_open time without time zone NOT NULL,
    dow_6_close time without time zone NOT NULL,
    dow_6_note text,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_address (
    id integer NOT NULL,
    valid boolean NOT NULL,
    address_type text NOT NULL,
    org_unit integer NOT NULL,
    street1 text NOT NULL,
    street2 text,
    city text NOT NULL,
    county text,
    state text,
    country text NOT NULL,
    post_code text NOT NULL,
    san text,
    latitude double precision,
    longitude double precision,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_lasso (
    id integer NOT NULL,
    name text,
    global boolean NOT NULL,
    opac_visible boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_lasso_map (
    id integer NOT NULL,
    lasso integer NOT NULL,
    org_unit integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit (
    id integer NOT NULL,
    parent_ou integer,
    ou_type integer NOT NULL,
    ill_address integer,
    holds_address integer,
    mailing_address integer,
    billing_address integer,
    shortname text NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    opac_visible boolean NOT NULL,
    staff_catalog_visible boolean NOT NULL,
    fiscal_calendar integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit_closed (
    id integer NOT NULL,
    org_unit integer NOT NULL,
    close_start timestamp with time zone NOT NULL,
    close_end timestamp with time zone NOT NULL,
    full_day boolean NOT NULL,
    multi_day boolean NOT NULL,
    reason text,
    emergency_closing integer,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit_custom_tree (
    id integer NOT NULL,
    active boolean,
    purpose text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit_custom_tree_node (
    id integer NOT NULL,
    tree integer,
    org_unit integer NOT NULL,
    parent_node integer,
    sibling_order integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit_proximity (
    id bigint NOT NULL,
    from_org integer,
    to_org integer,
    prox integer,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit_proximity_adjustment (
    id integer NOT NULL,
    item_circ_lib integer,
    item_owning_lib integer,
    copy_location integer,
    hold_pickup_lib integer,
    hold_request_lib integer,
    pos integer NOT NULL,
    absolute_adjustment boolean NOT NULL,
    prox_adjustment numeric,
    circ_mod text,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit_setting (
    id bigint NOT NULL,
    org_unit integer NOT NULL,
    name text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.org_unit_type (
    id integer NOT NULL,
    name text NOT NULL,
    opac_label text NOT NULL,
    depth integer NOT NULL,
    parent integer,
    can_have_vols boolean NOT NULL,
    can_have_users boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.passwd (
    id integer NOT NULL,
    usr integer NOT NULL,
    salt text,
    passwd text NOT NULL,
    passwd_type text NOT NULL,
    create_date timestamp with time zone NOT NULL,
    edit_date timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.passwd_type (
    code text NOT NULL,
    name text NOT NULL,
    login boolean NOT NULL,
    regex text,
    crypt_algo text,
    iter_count integer,
    PRIMARY KEY (code)
);
CREATE TABLE actor.patron_loader_log (
    id integer,
    session bigint,
    org_unit integer NOT NULL,
    event text,
    record_count integer,
    logtime timestamp without time zone
);
CREATE TABLE actor.search_filter_group (
    id integer NOT NULL,
    owner integer NOT NULL,
    code text NOT NULL,
    label text NOT NULL,
    create_date timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.search_filter_group_entry (
    id integer NOT NULL,
    grp integer NOT NULL,
    pos integer NOT NULL,
    query integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.search_query (
    id integer NOT NULL,
    label text NOT NULL,
    query_text text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.stat_cat (
    id integer NOT NULL,
    owner integer NOT NULL,
    name text NOT NULL,
    opac_visible boolean NOT NULL,
    usr_summary boolean NOT NULL,
    sip_field character(2),
    sip_format text,
    checkout_archive boolean NOT NULL,
    required boolean NOT NULL,
    allow_freetext boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.stat_cat_entry (
    id integer NOT NULL,
    stat_cat integer NOT NULL,
    owner integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.stat_cat_entry_default (
    id integer NOT NULL,
    stat_cat_entry integer NOT NULL,
    stat_cat integer NOT NULL,
    owner integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.stat_cat_entry_usr_map (
    id bigint NOT NULL,
    stat_cat_entry text NOT NULL,
    stat_cat integer NOT NULL,
    target_usr integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.stat_cat_sip_fields (
    field character(2) NOT NULL,
    name text NOT NULL,
    one_only boolean NOT NULL,
    PRIMARY KEY (field)
);
CREATE TABLE actor.toolbar (
    id bigint NOT NULL,
    ws integer,
    org integer,
    usr integer,
    label text NOT NULL,
    layout text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr (
    id integer NOT NULL,
    card integer,
    profile integer NOT NULL,
    usrname text NOT NULL,
    email text,
    passwd text,
    standing integer NOT NULL,
    ident_type integer NOT NULL,
    ident_value text,
    ident_type2 integer,
    ident_value2 text,
    net_access_level integer NOT NULL,
    photo_url text,
    prefix text,
    first_given_name text NOT NULL,
    second_given_name text,
    family_name text NOT NULL,
    suffix text,
    guardian text,
    guardian_email text,
    pref_prefix text,
    pref_first_given_name text,
    pref_second_given_name text,
    pref_family_name text,
    pref_suffix text,
    name_keywords text,
    name_kw_tsvector tsvector,
    alias text,
    day_phone text,
    evening_phone text,
    other_phone text,
    mailing_address integer,
    billing_address integer,
    home_ou integer NOT NULL,
    dob date,
    active boolean NOT NULL,
    master_account boolean NOT NULL,
    super_user boolean NOT NULL,
    barred boolean NOT NULL,
    deleted boolean NOT NULL,
    juvenile boolean NOT NULL,
    usrgroup integer NOT NULL,
    claims_returned_count integer NOT NULL,
    credit_forward_balance numeric(6,2) NOT NULL,
    last_xact_id text NOT NULL,
    create_date timestamp with time zone NOT NULL,
    expire_date timestamp with time zone NOT NULL,
    claims_never_checked_out_count integer NOT NULL,
    last_update_time timestamp with time zone,
    locale text,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_activity (
    id bigint NOT NULL,
    usr integer,
    etype integer NOT NULL,
    event_time timestamp with time zone NOT NULL,
    event_data text,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_address (
    id integer NOT NULL,
    valid boolean NOT NULL,
    within_city_limits boolean NOT NULL,
    address_type text NOT NULL,
    usr integer NOT NULL,
    street1 text NOT NULL,
    street2 text,
    city text NOT NULL,
    county text,
    state text,
    country text NOT NULL,
    post_code text NOT NULL,
    pending boolean NOT NULL,
    replaces integer,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_delta_history (
    id bigint NOT NULL,
    eg_user integer,
    eg_ws integer,
    usr_id integer NOT NULL,
    change_time timestamp with time zone NOT NULL,
    delta jsonb NOT NULL,
    keylist text[],
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_message (
    id integer NOT NULL,
    usr integer NOT NULL,
    title text,
    message text NOT NULL,
    create_date timestamp with time zone NOT NULL,
    deleted boolean NOT NULL,
    read_date timestamp with time zone,
    sending_lib integer NOT NULL,
    pub boolean NOT NULL,
    stop_date timestamp with time zone,
    editor bigint,
    edit_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_mfa_exception (
    id integer NOT NULL,
    usr bigint NOT NULL,
    ingress text,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_mfa_factor_map (
    id integer NOT NULL,
    usr bigint NOT NULL,
    factor text NOT NULL,
    purpose text NOT NULL,
    add_time timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_org_unit_opt_in (
    id integer NOT NULL,
    org_unit integer NOT NULL,
    usr integer NOT NULL,
    staff integer NOT NULL,
    opt_in_ts timestamp with time zone NOT NULL,
    opt_in_ws integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_password_reset (
    id integer NOT NULL,
    uuid text NOT NULL,
    usr bigint NOT NULL,
    request_time timestamp with time zone NOT NULL,
    has_been_reset boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_privacy_waiver (
    id bigint NOT NULL,
    usr bigint NOT NULL,
    name text NOT NULL,
    place_holds boolean,
    pickup_holds boolean,
    view_history boolean,
    checkout_items boolean,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_saved_search (
    id integer NOT NULL,
    owner integer NOT NULL,
    name text NOT NULL,
    create_date timestamp with time zone NOT NULL,
    query_text text NOT NULL,
    query_type text NOT NULL,
    target text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_setting (
    id bigint NOT NULL,
    usr integer NOT NULL,
    name text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.usr_standing_penalty (
    id integer NOT NULL,
    org_unit integer NOT NULL,
    usr integer NOT NULL,
    standing_penalty integer NOT NULL,
    staff integer,
    set_date timestamp with time zone,
    stop_date timestamp with time zone,
    usr_message bigint,
    PRIMARY KEY (id)
);
CREATE TABLE actor.workstation (
    id integer NOT NULL,
    name text NOT NULL,
    owning_lib integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE actor.workstation_setting (
    id integer NOT NULL,
    workstation integer NOT NULL,
    name text NOT NULL,
    value json NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.call_number (
    id bigint NOT NULL,
    creator bigint NOT NULL,
    create_date timestamp with time zone,
    editor bigint NOT NULL,
    edit_date timestamp with time zone,
    record bigint NOT NULL,
    owning_lib integer NOT NULL,
    label text NOT NULL,
    deleted boolean NOT NULL,
    prefix integer NOT NULL,
    suffix integer NOT NULL,
    label_class bigint NOT NULL,
    label_sortkey text,
    PRIMARY KEY (id)
);
CREATE TABLE asset.call_number_class (
    id bigint NOT NULL,
    name text NOT NULL,
    normalizer text NOT NULL,
    field text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.call_number_note (
    id bigint NOT NULL,
    call_number bigint NOT NULL,
    creator bigint NOT NULL,
    create_date timestamp with time zone,
    pub boolean NOT NULL,
    title text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.call_number_prefix (
    id integer NOT NULL,
    owning_lib integer NOT NULL,
    label text NOT NULL,
    label_sortkey text,
    PRIMARY KEY (id)
);
CREATE TABLE asset.call_number_suffix (
    id integer NOT NULL,
    owning_lib integer NOT NULL,
    label text NOT NULL,
    label_sortkey text,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy (
    id bigint NOT NULL,
    circ_lib integer NOT NULL,
    creator bigint NOT NULL,
    call_number bigint NOT NULL,
    editor bigint NOT NULL,
    create_date timestamp with time zone,
    edit_date timestamp with time zone,
    copy_number integer,
    status integer NOT NULL,
    location integer NOT NULL,
    loan_duration integer NOT NULL,
    fine_level integer NOT NULL,
    age_protect integer,
    circulate boolean NOT NULL,
    deposit boolean NOT NULL,
    ref boolean NOT NULL,
    holdable boolean NOT NULL,
    deposit_amount numeric(6,2) NOT NULL,
    price numeric(8,2),
    barcode text NOT NULL,
    circ_modifier text,
    circ_as_type text,
    dummy_title text,
    dummy_author text,
    alert_message text,
    opac_visible boolean NOT NULL,
    deleted boolean NOT NULL,
    floating integer,
    dummy_isbn text,
    status_changed_time timestamp with time zone,
    active_date timestamp with time zone,
    mint_condition boolean NOT NULL,
    cost numeric(8,2),
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_alert (
    id bigint NOT NULL,
    alert_type integer NOT NULL,
    copy bigint NOT NULL,
    temp boolean NOT NULL,
    create_time timestamp with time zone NOT NULL,
    create_staff bigint NOT NULL,
    note text,
    ack_time timestamp with time zone,
    ack_staff bigint,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_inventory (
    id integer NOT NULL,
    inventory_workstation integer,
    inventory_date timestamp with time zone NOT NULL,
    copy bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_location (
    id integer NOT NULL,
    name text NOT NULL,
    owning_lib integer NOT NULL,
    holdable boolean NOT NULL,
    hold_verify boolean NOT NULL,
    opac_visible boolean NOT NULL,
    circulate boolean NOT NULL,
    label_prefix text,
    label_suffix text,
    checkin_alert boolean NOT NULL,
    deleted boolean NOT NULL,
    url text,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_location_group (
    id integer NOT NULL,
    name text NOT NULL,
    owner integer NOT NULL,
    pos integer NOT NULL,
    top boolean NOT NULL,
    opac_visible boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_location_group_map (
    id integer NOT NULL,
    location integer NOT NULL,
    lgroup integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_location_order (
    id integer NOT NULL,
    location integer NOT NULL,
    org integer NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_note (
    id bigint NOT NULL,
    owning_copy bigint NOT NULL,
    creator bigint NOT NULL,
    create_date timestamp with time zone,
    pub boolean NOT NULL,
    title text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_part_map (
    id integer NOT NULL,
    target_copy bigint NOT NULL,
    part integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_tag (
    id integer NOT NULL,
    tag_type text,
    label text NOT NULL,
    value text NOT NULL,
    index_vector tsvector NOT NULL,
    staff_note text,
    pub boolean,
    owner integer NOT NULL,
    url text,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_tag_copy_map (
    id bigint NOT NULL,
    copy bigint,
    tag integer,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_template (
    id integer NOT NULL,
    owning_lib integer NOT NULL,
    creator bigint NOT NULL,
    editor bigint NOT NULL,
    create_date timestamp with time zone,
    edit_date timestamp with time zone,
    name text NOT NULL,
    circ_lib integer,
    status integer,
    location integer,
    loan_duration integer,
    fine_level integer,
    age_protect integer,
    circulate boolean,
    deposit boolean,
    ref boolean,
    holdable boolean,
    deposit_amount numeric(6,2),
    price numeric(8,2),
    circ_modifier text,
    circ_as_type text,
    alert_message text,
    opac_visible boolean,
    floating integer,
    mint_condition boolean,
    PRIMARY KEY (id)
);
CREATE TABLE asset.copy_vis_attr_cache (
    id bigint NOT NULL,
    record bigint NOT NULL,
    target_copy bigint NOT NULL,
    vis_attr_vector integer[],
    PRIMARY KEY (id)
);
CREATE TABLE asset.course_module_course (
    id integer NOT NULL,
    name text NOT NULL,
    course_number text NOT NULL,
    section_number text,
    owning_lib integer,
    is_archived boolean,
    PRIMARY KEY (id)
);
CREATE TABLE asset.course_module_course_materials (
    id integer NOT NULL,
    course integer NOT NULL,
    item integer,
    relationship text,
    record integer,
    temporary_record boolean,
    original_location integer,
    original_status integer,
    original_circ_modifier text,
    original_callnumber integer,
    original_circ_lib integer,
    PRIMARY KEY (id)
);
CREATE TABLE asset.course_module_course_users (
    id integer NOT NULL,
    course integer NOT NULL,
    usr integer NOT NULL,
    usr_role integer,
    PRIMARY KEY (id)
);
CREATE TABLE asset.course_module_role (
    id integer NOT NULL,
    name text NOT NULL,
    is_public boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.course_module_term (
    id integer NOT NULL,
    name text NOT NULL,
    owning_lib integer,
    start_date timestamp with time zone,
    end_date timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE asset.course_module_term_course_map (
    id bigint NOT NULL,
    term integer NOT NULL,
    course integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.stat_cat (
    id integer NOT NULL,
    owner integer NOT NULL,
    opac_visible boolean NOT NULL,
    name text NOT NULL,
    required boolean NOT NULL,
    sip_field character(2),
    sip_format text,
    checkout_archive boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.stat_cat_entry (
    id integer NOT NULL,
    stat_cat integer NOT NULL,
    owner integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.stat_cat_entry_copy_map (
    id bigint NOT NULL,
    stat_cat integer NOT NULL,
    stat_cat_entry integer NOT NULL,
    owning_copy bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.stat_cat_entry_transparency_map (
    id bigint NOT NULL,
    stat_cat integer NOT NULL,
    stat_cat_entry integer NOT NULL,
    owning_transparency integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.stat_cat_sip_fields (
    field character(2) NOT NULL,
    name text NOT NULL,
    one_only boolean NOT NULL,
    PRIMARY KEY (field)
);
CREATE TABLE asset.uri (
    id integer NOT NULL,
    href text NOT NULL,
    label text,
    use_restriction text,
    active boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE asset.uri_call_number_map (
    id bigint NOT NULL,
    uri integer NOT NULL,
    call_number integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE biblio.monograph_part (
    id integer NOT NULL,
    record bigint NOT NULL,
    label text NOT NULL,
    label_sortkey text NOT NULL,
    deleted boolean NOT NULL,
    creator integer NOT NULL,
    create_date timestamp with time zone NOT NULL,
    editor integer NOT NULL,
    edit_date timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE biblio.peer_bib_copy_map (
    id integer NOT NULL,
    peer_type integer NOT NULL,
    peer_record bigint NOT NULL,
    target_copy bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE biblio.peer_type (
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE biblio.record_entry (
    id bigint NOT NULL,
    creator integer NOT NULL,
    editor integer NOT NULL,
    source integer,
    quality integer,
    create_date timestamp with time zone NOT NULL,
    edit_date timestamp with time zone NOT NULL,
    active boolean NOT NULL,
    deleted boolean NOT NULL,
    fingerprint text,
    tcn_source text NOT NULL,
    tcn_value text NOT NULL,
    marc text NOT NULL,
    last_xact_id text NOT NULL,
    vis_attr_vector integer[],
    owner integer,
    share_depth integer,
    merge_date timestamp with time zone,
    merged_to bigint,
    PRIMARY KEY (id)
);
CREATE TABLE biblio.record_note (
    id bigint NOT NULL,
    record bigint NOT NULL,
    value text NOT NULL,
    creator integer NOT NULL,
    editor integer NOT NULL,
    deleted boolean NOT NULL,
    create_date timestamp with time zone NOT NULL,
    edit_date timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE booking.reservation (
    id bigint NOT NULL,
    usr integer NOT NULL,
    xact_start timestamp with time zone NOT NULL,
    xact_finish timestamp with time zone,
    unrecovered boolean,
    request_time timestamp with time zone NOT NULL,
    start_time timestamp with time zone,
    end_time timestamp with time zone,
    capture_time timestamp with time zone,
    cancel_time timestamp with time zone,
    pickup_time timestamp with time zone,
    return_time timestamp with time zone,
    booking_interval interval,
    fine_interval interval,
    fine_amount numeric(8,2),
    max_fine numeric(8,2),
    target_resource_type integer NOT NULL,
    target_resource integer,
    current_resource integer,
    request_lib integer NOT NULL,
    pickup_lib integer,
    capture_staff integer,
    email_notify boolean NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE booking.reservation_attr_value_map (
    id integer NOT NULL,
    reservation integer NOT NULL,
    attr_value integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE booking.resource (
    id integer NOT NULL,
    owner integer NOT NULL,
    type integer NOT NULL,
    overbook boolean NOT NULL,
    barcode text NOT NULL,
    deposit boolean NOT NULL,
    deposit_amount numeric(8,2) NOT NULL,
    user_fee numeric(8,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE booking.resource_attr (
    id integer NOT NULL,
    owner integer NOT NULL,
    name text NOT NULL,
    resource_type integer NOT NULL,
    required boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE booking.resource_attr_map (
    id integer NOT NULL,
    resource integer NOT NULL,
    resource_attr integer NOT NULL,
    value integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE booking.resource_attr_value (
    id integer NOT NULL,
    owner integer NOT NULL,
    attr integer NOT NULL,
    valid_value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE booking.resource_type (
    id integer NOT NULL,
    name text NOT NULL,
    elbow_room interval,
    fine_interval interval,
    fine_amount numeric(8,2) NOT NULL,
    max_fine numeric(8,2),
    owner integer NOT NULL,
    catalog_item boolean NOT NULL,
    transferable boolean NOT NULL,
    record bigint,
    PRIMARY KEY (id)
);
CREATE TABLE config.bib_source (
    id integer NOT NULL,
    quality integer,
    source text NOT NULL,
    transcendant boolean NOT NULL,
    can_have_copies boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE config.billing_type (
    id integer NOT NULL,
    name text NOT NULL,
    owner integer NOT NULL,
    default_price numeric(6,2),
    PRIMARY KEY (id)
);
CREATE TABLE config.circ_limit_group (
    id integer NOT NULL,
    name text NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE config.circ_modifier (
    code text NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    sip2_media_type text NOT NULL,
    magnetic_media boolean NOT NULL,
    avg_wait_time interval,
    PRIMARY KEY (code)
);
CREATE TABLE config.copy_alert_type (
    id integer NOT NULL,
    scope_org integer NOT NULL,
    active boolean NOT NULL,
    name text NOT NULL,
    state text,
    event text,
    in_renew boolean,
    invert_location boolean NOT NULL,
    at_circ boolean,
    at_owning boolean,
    next_status integer[],
    PRIMARY KEY (id)
);
CREATE TABLE config.copy_status (
    id integer NOT NULL,
    name text NOT NULL,
    holdable boolean NOT NULL,
    opac_visible boolean NOT NULL,
    copy_active boolean NOT NULL,
    restrict_copy_delete boolean NOT NULL,
    is_available boolean NOT NULL,
    hopeless_prone boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE config.floating_group (
    id integer NOT NULL,
    name text NOT NULL,
    manual boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE config.i18n_locale (
    code text NOT NULL,
    marc_code text NOT NULL,
    name text NOT NULL,
    description text,
    rtl boolean NOT NULL,
    staff_client boolean NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE config.identification_type (
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE config.net_access_level (
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE config.non_cataloged_type (
    id integer NOT NULL,
    owning_lib integer NOT NULL,
    name text NOT NULL,
    circ_duration interval NOT NULL,
    in_house boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE config.org_unit_setting_type (
    name text NOT NULL,
    label text NOT NULL,
    grp text,
    description text,
    datatype text NOT NULL,
    fm_class text,
    view_perm integer,
    update_perm integer,
    PRIMARY KEY (name)
);
CREATE TABLE config.sms_carrier (
    id integer NOT NULL,
    region text,
    name text,
    email_gateway text,
    active boolean,
    PRIMARY KEY (id)
);
CREATE TABLE config.standing (
    id integer NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE config.standing_penalty (
    id integer NOT NULL,
    name text NOT NULL,
    label text NOT NULL,
    block_list text,
    staff_alert boolean NOT NULL,
    org_depth integer,
    ignore_proximity integer,
    PRIMARY KEY (id)
);
CREATE TABLE config.usr_setting_type (
    name text NOT NULL,
    opac_visible boolean NOT NULL,
    label text NOT NULL,
    description text,
    grp text,
    datatype text NOT NULL,
    fm_class text,
    reg_default text,
    PRIMARY KEY (name)
);
CREATE TABLE money.account_adjustment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    billing bigint,
    PRIMARY KEY (id)
);
CREATE TABLE money.aged_billing (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    billing_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    voider integer,
    void_time timestamp with time zone,
    amount numeric(6,2) NOT NULL,
    billing_type text NOT NULL,
    btype integer NOT NULL,
    note text,
    create_date timestamp with time zone NOT NULL,
    period_start timestamp with time zone,
    period_end timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE money.aged_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    payment_type text NOT NULL,
    refundable boolean NOT NULL,
    accepting_usr integer,
    cash_drawer integer,
    billing bigint,
    PRIMARY KEY (id)
);
CREATE TABLE money.billable_xact (
    id bigint NOT NULL,
    usr integer NOT NULL,
    xact_start timestamp with time zone NOT NULL,
    xact_finish timestamp with time zone,
    unrecovered boolean,
    PRIMARY KEY (id)
);
CREATE TABLE money.billing (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    billing_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    voider integer,
    void_time timestamp with time zone,
    amount numeric(6,2) NOT NULL,
    billing_type text NOT NULL,
    btype integer NOT NULL,
    note text,
    create_date timestamp with time zone NOT NULL,
    period_start timestamp with time zone,
    period_end timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE money.bnm_desk_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    cash_drawer integer,
    PRIMARY KEY (id)
);
CREATE TABLE money.bnm_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE money.cash_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    cash_drawer integer,
    PRIMARY KEY (id)
);
CREATE TABLE money.check_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    cash_drawer integer,
    check_number text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE money.collections_tracker (
    id bigint NOT NULL,
    usr integer NOT NULL,
    collector integer NOT NULL,
    location integer NOT NULL,
    enter_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE money.credit_card_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    cash_drawer integer,
    cc_number text,
    cc_processor text,
    cc_order_number text,
    approval_code text,
    PRIMARY KEY (id)
);
CREATE TABLE money.credit_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE money.debit_card_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    cash_drawer integer,
    PRIMARY KEY (id)
);
CREATE TABLE money.forgive_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE money.goods_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE money.grocery (
    id bigint NOT NULL,
    usr integer NOT NULL,
    xact_start timestamp with time zone NOT NULL,
    xact_finish timestamp with time zone,
    unrecovered boolean,
    billing_location integer NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE money.payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE money.work_payment (
    id bigint NOT NULL,
    xact bigint NOT NULL,
    payment_ts timestamp with time zone NOT NULL,
    voided boolean NOT NULL,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.group_mfa_factor_map (
    id integer NOT NULL,
    grp integer NOT NULL,
    factor text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.grp_penalty_threshold (
    id integer NOT NULL,
    grp integer NOT NULL,
    org_unit integer NOT NULL,
    penalty integer NOT NULL,
    threshold numeric(8,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.grp_perm_map (
    id integer NOT NULL,
    grp integer NOT NULL,
    perm integer NOT NULL,
    depth integer NOT NULL,
    grantable boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.grp_tree (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    usergroup boolean NOT NULL,
    perm_interval interval NOT NULL,
    temporary_perm_interval interval,
    description text,
    application_perm text,
    hold_priority integer NOT NULL,
    mfa_allowed boolean NOT NULL,
    mfa_required boolean NOT NULL,
    erenew boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.grp_tree_display_entry (
    id integer NOT NULL,
    position integer NOT NULL,
    org integer NOT NULL,
    grp integer NOT NULL,
    parent integer,
    PRIMARY KEY (id)
);
CREATE TABLE permission.perm_list (
    id integer NOT NULL,
    code text NOT NULL,
    description text,
    PRIMARY KEY (id)
);
CREATE TABLE permission.usr_grp_map (
    id integer NOT NULL,
    usr integer NOT NULL,
    grp integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.usr_object_perm_map (
    id integer NOT NULL,
    usr integer NOT NULL,
    perm integer NOT NULL,
    object_type text NOT NULL,
    object_id text NOT NULL,
    grantable boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.usr_perm_map (
    id integer NOT NULL,
    usr integer NOT NULL,
    perm integer NOT NULL,
    depth integer NOT NULL,
    grantable boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE permission.usr_work_ou_map (
    id integer NOT NULL,
    usr integer NOT NULL,
    work_ou integer NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE action.batch_hold_event ADD FOREIGN KEY (staff) REFERENCES actor.usr(id);
ALTER TABLE action.batch_hold_event_map ADD FOREIGN KEY (batch_hold_event) REFERENCES action.batch_hold_event(id);
ALTER TABLE action.batch_hold_event_map ADD FOREIGN KEY (hold) REFERENCES action.hold_request(id);
ALTER TABLE action.circulation ADD FOREIGN KEY (checkin_workstation) REFERENCES actor.workstation(id);
ALTER TABLE action.circulation ADD FOREIGN KEY (circ_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.circulation ADD FOREIGN KEY (copy_location) REFERENCES asset.copy_location(id);
ALTER TABLE action.circulation ADD FOREIGN KEY (parent_circ) REFERENCES action.circulation(id);
ALTER TABLE action.circulation ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE action.circulation ADD FOREIGN KEY (workstation) REFERENCES actor.workstation(id);
ALTER TABLE action.circulation_limit_group_map ADD FOREIGN KEY (circ) REFERENCES action.circulation(id);
ALTER TABLE action.circulation_limit_group_map ADD FOREIGN KEY (limit_group) REFERENCES config.circ_limit_group(id);
ALTER TABLE action.curbside ADD FOREIGN KEY (delivery_staff) REFERENCES actor.usr(id);
ALTER TABLE action.curbside ADD FOREIGN KEY (org) REFERENCES actor.org_unit(id);
ALTER TABLE action.curbside ADD FOREIGN KEY (patron) REFERENCES actor.usr(id);
ALTER TABLE action.curbside ADD FOREIGN KEY (stage_staff) REFERENCES actor.usr(id);
ALTER TABLE action.emergency_closing ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE action.emergency_closing_circulation ADD FOREIGN KEY (circulation) REFERENCES action.circulation(id);
ALTER TABLE action.emergency_closing_circulation ADD FOREIGN KEY (emergency_closing) REFERENCES action.emergency_closing(id);
ALTER TABLE action.emergency_closing_hold ADD FOREIGN KEY (emergency_closing) REFERENCES action.emergency_closing(id);
ALTER TABLE action.emergency_closing_hold ADD FOREIGN KEY (hold) REFERENCES action.hold_request(id);
ALTER TABLE action.emergency_closing_reservation ADD FOREIGN KEY (emergency_closing) REFERENCES action.emergency_closing(id);
ALTER TABLE action.emergency_closing_reservation ADD FOREIGN KEY (reservation) REFERENCES booking.reservation(id);
ALTER TABLE action.eresource_link_click ADD FOREIGN KEY (record) REFERENCES biblio.record_entry(id);
ALTER TABLE action.eresource_link_click_course ADD FOREIGN KEY (click) REFERENCES action.eresource_link_click(id);
ALTER TABLE action.eresource_link_click_course ADD FOREIGN KEY (course) REFERENCES asset.course_module_course(id);
ALTER TABLE action.fieldset ADD FOREIGN KEY (fieldset_group) REFERENCES action.fieldset_group(id);
ALTER TABLE action.fieldset ADD FOREIGN KEY (owner) REFERENCES actor.usr(id);
ALTER TABLE action.fieldset ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.fieldset_col_val ADD FOREIGN KEY (fieldset) REFERENCES action.fieldset(id);
ALTER TABLE action.fieldset_group ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE action.fieldset_group ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.fieldset_group ADD FOREIGN KEY (rollback_group) REFERENCES action.fieldset_group(id);
ALTER TABLE action.hold_copy_map ADD FOREIGN KEY (hold) REFERENCES action.hold_request(id);
ALTER TABLE action.hold_notification ADD FOREIGN KEY (hold) REFERENCES action.hold_request(id);
ALTER TABLE action.hold_notification ADD FOREIGN KEY (notify_staff) REFERENCES actor.usr(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (cancel_cause) REFERENCES action.hold_request_cancel_cause(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (canceled_by) REFERENCES actor.usr(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (canceling_ws) REFERENCES actor.workstation(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (current_shelf_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (fulfillment_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (fulfillment_staff) REFERENCES actor.usr(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (pickup_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (request_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (requestor) REFERENCES actor.usr(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (selection_ou) REFERENCES actor.org_unit(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (sms_carrier) REFERENCES config.sms_carrier(id);
ALTER TABLE action.hold_request ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE action.hold_request_note ADD FOREIGN KEY (hold) REFERENCES action.hold_request(id);
ALTER TABLE action.hold_request_reset_reason_entry ADD FOREIGN KEY (hold) REFERENCES action.hold_request(id);
ALTER TABLE action.hold_request_reset_reason_entry ADD FOREIGN KEY (requestor) REFERENCES actor.usr(id);
ALTER TABLE action.hold_request_reset_reason_entry ADD FOREIGN KEY (requestor_workstation) REFERENCES actor.workstation(id);
ALTER TABLE action.hold_request_reset_reason_entry ADD FOREIGN KEY (reset_reason) REFERENCES action.hold_request_reset_reason(id);
ALTER TABLE action.hold_transit_copy ADD FOREIGN KEY (hold) REFERENCES action.hold_request(id);
ALTER TABLE action.in_house_use ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE action.in_house_use ADD FOREIGN KEY (staff) REFERENCES actor.usr(id);
ALTER TABLE action.in_house_use ADD FOREIGN KEY (workstation) REFERENCES actor.workstation(id);
ALTER TABLE action.ingest_queue ADD FOREIGN KEY (who) REFERENCES actor.usr(id);
ALTER TABLE action.ingest_queue_entry ADD FOREIGN KEY (override_by) REFERENCES action.ingest_queue_entry(id);
ALTER TABLE action.ingest_queue_entry ADD FOREIGN KEY (queue) REFERENCES action.ingest_queue(id);
ALTER TABLE action.non_cat_in_house_use ADD FOREIGN KEY (item_type) REFERENCES config.non_cataloged_type(id);
ALTER TABLE action.non_cat_in_house_use ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE action.non_cat_in_house_use ADD FOREIGN KEY (staff) REFERENCES actor.usr(id);
ALTER TABLE action.non_cat_in_house_use ADD FOREIGN KEY (workstation) REFERENCES actor.workstation(id);
ALTER TABLE action.non_cataloged_circulation ADD FOREIGN KEY (circ_lib) REFERENCES actor.org_unit(id);
ALTER TABLE action.non_cataloged_circulation ADD FOREIGN KEY (item_type) REFERENCES config.non_cataloged_type(id);
ALTER TABLE action.non_cataloged_circulation ADD FOREIGN KEY (patron) REFERENCES actor.usr(id);
ALTER TABLE action.non_cataloged_circulation ADD FOREIGN KEY (staff) REFERENCES actor.usr(id);
ALTER TABLE action.reservation_transit_copy ADD FOREIGN KEY (reservation) REFERENCES booking.reservation(id);
ALTER TABLE action.reservation_transit_copy ADD FOREIGN KEY (target_copy) REFERENCES booking.resource(id);
ALTER TABLE action.survey ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE action.survey_answer ADD FOREIGN KEY (question) REFERENCES action.survey_question(id);
ALTER TABLE action.survey_question ADD FOREIGN KEY (survey) REFERENCES action.survey(id);
ALTER TABLE action.survey_response ADD FOREIGN KEY (answer) REFERENCES action.survey_answer(id);
ALTER TABLE action.survey_response ADD FOREIGN KEY (question) REFERENCES action.survey_question(id);
ALTER TABLE action.survey_response ADD FOREIGN KEY (survey) REFERENCES action.survey(id);
ALTER TABLE action.transit_copy ADD FOREIGN KEY (copy_status) REFERENCES config.copy_status(id);
ALTER TABLE action.transit_copy ADD FOREIGN KEY (dest) REFERENCES actor.org_unit(id);
ALTER TABLE action.transit_copy ADD FOREIGN KEY (prev_dest) REFERENCES actor.org_unit(id);
ALTER TABLE action.transit_copy ADD FOREIGN KEY (prev_hop) REFERENCES action.transit_copy(id);
ALTER TABLE action.transit_copy ADD FOREIGN KEY (source) REFERENCES actor.org_unit(id);
ALTER TABLE action.usr_circ_history ADD FOREIGN KEY (source_circ) REFERENCES action.circulation(id);
ALTER TABLE action.usr_circ_history ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.address_alert ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE actor.card ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.copy_alert_suppress ADD FOREIGN KEY (alert_type) REFERENCES config.copy_alert_type(id);
ALTER TABLE actor.copy_alert_suppress ADD FOREIGN KEY (org) REFERENCES actor.org_unit(id);
ALTER TABLE actor.hours_of_operation ADD FOREIGN KEY (id) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_address ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_lasso_map ADD FOREIGN KEY (lasso) REFERENCES actor.org_lasso(id);
ALTER TABLE actor.org_lasso_map ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit ADD FOREIGN KEY (billing_address) REFERENCES actor.org_address(id);
ALTER TABLE actor.org_unit ADD FOREIGN KEY (holds_address) REFERENCES actor.org_address(id);
ALTER TABLE actor.org_unit ADD FOREIGN KEY (ill_address) REFERENCES actor.org_address(id);
ALTER TABLE actor.org_unit ADD FOREIGN KEY (mailing_address) REFERENCES actor.org_address(id);
ALTER TABLE actor.org_unit ADD FOREIGN KEY (ou_type) REFERENCES actor.org_unit_type(id);
ALTER TABLE actor.org_unit ADD FOREIGN KEY (parent_ou) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_closed ADD FOREIGN KEY (emergency_closing) REFERENCES action.emergency_closing(id);
ALTER TABLE actor.org_unit_closed ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_custom_tree_node ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_custom_tree_node ADD FOREIGN KEY (parent_node) REFERENCES actor.org_unit_custom_tree_node(id);
ALTER TABLE actor.org_unit_custom_tree_node ADD FOREIGN KEY (tree) REFERENCES actor.org_unit_custom_tree(id);
ALTER TABLE actor.org_unit_proximity_adjustment ADD FOREIGN KEY (circ_mod) REFERENCES config.circ_modifier(code);
ALTER TABLE actor.org_unit_proximity_adjustment ADD FOREIGN KEY (copy_location) REFERENCES asset.copy_location(id);
ALTER TABLE actor.org_unit_proximity_adjustment ADD FOREIGN KEY (hold_pickup_lib) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_proximity_adjustment ADD FOREIGN KEY (hold_request_lib) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_proximity_adjustment ADD FOREIGN KEY (item_circ_lib) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_proximity_adjustment ADD FOREIGN KEY (item_owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_setting ADD FOREIGN KEY (name) REFERENCES config.org_unit_setting_type(name);
ALTER TABLE actor.org_unit_setting ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.org_unit_type ADD FOREIGN KEY (parent) REFERENCES actor.org_unit_type(id);
ALTER TABLE actor.passwd ADD FOREIGN KEY (passwd_type) REFERENCES actor.passwd_type(code);
ALTER TABLE actor.passwd ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.patron_loader_log ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.search_filter_group ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE actor.search_filter_group_entry ADD FOREIGN KEY (grp) REFERENCES actor.search_filter_group(id);
ALTER TABLE actor.search_filter_group_entry ADD FOREIGN KEY (query) REFERENCES actor.search_query(id);
ALTER TABLE actor.stat_cat ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE actor.stat_cat ADD FOREIGN KEY (sip_field) REFERENCES actor.stat_cat_sip_fields(field);
ALTER TABLE actor.stat_cat_entry ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE actor.stat_cat_entry ADD FOREIGN KEY (stat_cat) REFERENCES actor.stat_cat(id);
ALTER TABLE actor.stat_cat_entry_default ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE actor.stat_cat_entry_default ADD FOREIGN KEY (stat_cat) REFERENCES actor.stat_cat(id);
ALTER TABLE actor.stat_cat_entry_default ADD FOREIGN KEY (stat_cat_entry) REFERENCES actor.stat_cat_entry(id);
ALTER TABLE actor.stat_cat_entry_usr_map ADD FOREIGN KEY (stat_cat) REFERENCES actor.stat_cat(id);
ALTER TABLE actor.stat_cat_entry_usr_map ADD FOREIGN KEY (target_usr) REFERENCES actor.usr(id);
ALTER TABLE actor.toolbar ADD FOREIGN KEY (org) REFERENCES actor.org_unit(id);
ALTER TABLE actor.toolbar ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.toolbar ADD FOREIGN KEY (ws) REFERENCES actor.workstation(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (billing_address) REFERENCES actor.usr_address(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (home_ou) REFERENCES actor.org_unit(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (ident_type) REFERENCES config.identification_type(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (ident_type2) REFERENCES config.identification_type(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (locale) REFERENCES config.i18n_locale(code);
ALTER TABLE actor.usr ADD FOREIGN KEY (mailing_address) REFERENCES actor.usr_address(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (net_access_level) REFERENCES config.net_access_level(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (profile) REFERENCES permission.grp_tree(id);
ALTER TABLE actor.usr ADD FOREIGN KEY (standing) REFERENCES config.standing(id);
ALTER TABLE actor.usr_activity ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_address ADD FOREIGN KEY (replaces) REFERENCES actor.usr_address(id);
ALTER TABLE actor.usr_address ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_delta_history ADD FOREIGN KEY (eg_user) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_delta_history ADD FOREIGN KEY (eg_ws) REFERENCES actor.workstation(id);
ALTER TABLE actor.usr_delta_history ADD FOREIGN KEY (usr_id) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_message ADD FOREIGN KEY (editor) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_message ADD FOREIGN KEY (sending_lib) REFERENCES actor.org_unit(id);
ALTER TABLE actor.usr_message ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_mfa_exception ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_mfa_factor_map ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_org_unit_opt_in ADD FOREIGN KEY (opt_in_ws) REFERENCES actor.workstation(id);
ALTER TABLE actor.usr_org_unit_opt_in ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.usr_org_unit_opt_in ADD FOREIGN KEY (staff) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_org_unit_opt_in ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_password_reset ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_privacy_waiver ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_saved_search ADD FOREIGN KEY (owner) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_setting ADD FOREIGN KEY (name) REFERENCES config.usr_setting_type(name);
ALTER TABLE actor.usr_setting ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_standing_penalty ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE actor.usr_standing_penalty ADD FOREIGN KEY (staff) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_standing_penalty ADD FOREIGN KEY (standing_penalty) REFERENCES config.standing_penalty(id);
ALTER TABLE actor.usr_standing_penalty ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE actor.usr_standing_penalty ADD FOREIGN KEY (usr_message) REFERENCES actor.usr_message(id);
ALTER TABLE actor.workstation ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE actor.workstation_setting ADD FOREIGN KEY (workstation) REFERENCES actor.workstation(id);
ALTER TABLE asset.call_number ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE asset.call_number ADD FOREIGN KEY (editor) REFERENCES actor.usr(id);
ALTER TABLE asset.call_number ADD FOREIGN KEY (label_class) REFERENCES asset.call_number_class(id);
ALTER TABLE asset.call_number ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.call_number ADD FOREIGN KEY (prefix) REFERENCES asset.call_number_prefix(id);
ALTER TABLE asset.call_number ADD FOREIGN KEY (record) REFERENCES biblio.record_entry(id);
ALTER TABLE asset.call_number ADD FOREIGN KEY (suffix) REFERENCES asset.call_number_suffix(id);
ALTER TABLE asset.call_number_note ADD FOREIGN KEY (call_number) REFERENCES asset.call_number(id);
ALTER TABLE asset.call_number_note ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE asset.call_number_prefix ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.call_number_suffix ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy ADD FOREIGN KEY (call_number) REFERENCES asset.call_number(id);
ALTER TABLE asset.copy ADD FOREIGN KEY (circ_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy ADD FOREIGN KEY (circ_modifier) REFERENCES config.circ_modifier(code);
ALTER TABLE asset.copy ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE asset.copy ADD FOREIGN KEY (editor) REFERENCES actor.usr(id);
ALTER TABLE asset.copy ADD FOREIGN KEY (floating) REFERENCES config.floating_group(id);
ALTER TABLE asset.copy ADD FOREIGN KEY (location) REFERENCES asset.copy_location(id);
ALTER TABLE asset.copy ADD FOREIGN KEY (status) REFERENCES config.copy_status(id);
ALTER TABLE asset.copy_alert ADD FOREIGN KEY (ack_staff) REFERENCES actor.usr(id);
ALTER TABLE asset.copy_alert ADD FOREIGN KEY (alert_type) REFERENCES config.copy_alert_type(id);
ALTER TABLE asset.copy_alert ADD FOREIGN KEY (create_staff) REFERENCES actor.usr(id);
ALTER TABLE asset.copy_inventory ADD FOREIGN KEY (inventory_workstation) REFERENCES actor.workstation(id);
ALTER TABLE asset.copy_location ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy_location_group ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy_location_group_map ADD FOREIGN KEY (lgroup) REFERENCES asset.copy_location_group(id);
ALTER TABLE asset.copy_location_group_map ADD FOREIGN KEY (location) REFERENCES asset.copy_location(id);
ALTER TABLE asset.copy_location_order ADD FOREIGN KEY (location) REFERENCES asset.copy_location(id);
ALTER TABLE asset.copy_location_order ADD FOREIGN KEY (org) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy_note ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE asset.copy_part_map ADD FOREIGN KEY (part) REFERENCES biblio.monograph_part(id);
ALTER TABLE asset.copy_tag ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy_tag_copy_map ADD FOREIGN KEY (tag) REFERENCES asset.copy_tag(id);
ALTER TABLE asset.copy_template ADD FOREIGN KEY (circ_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy_template ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE asset.copy_template ADD FOREIGN KEY (editor) REFERENCES actor.usr(id);
ALTER TABLE asset.copy_template ADD FOREIGN KEY (floating) REFERENCES config.floating_group(id);
ALTER TABLE asset.copy_template ADD FOREIGN KEY (location) REFERENCES asset.copy_location(id);
ALTER TABLE asset.copy_template ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.copy_template ADD FOREIGN KEY (status) REFERENCES config.copy_status(id);
ALTER TABLE asset.course_module_course ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (course) REFERENCES asset.course_module_course(id);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (item) REFERENCES asset.copy(id);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (original_callnumber) REFERENCES asset.call_number(id);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (original_circ_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (original_circ_modifier) REFERENCES config.circ_modifier(code);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (original_location) REFERENCES asset.copy_location(id);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (original_status) REFERENCES config.copy_status(id);
ALTER TABLE asset.course_module_course_materials ADD FOREIGN KEY (record) REFERENCES biblio.record_entry(id);
ALTER TABLE asset.course_module_course_users ADD FOREIGN KEY (course) REFERENCES asset.course_module_course(id);
ALTER TABLE asset.course_module_course_users ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE asset.course_module_course_users ADD FOREIGN KEY (usr_role) REFERENCES asset.course_module_role(id);
ALTER TABLE asset.course_module_term ADD FOREIGN KEY (owning_lib) REFERENCES actor.org_unit(id);
ALTER TABLE asset.course_module_term_course_map ADD FOREIGN KEY (course) REFERENCES asset.course_module_course(id);
ALTER TABLE asset.course_module_term_course_map ADD FOREIGN KEY (term) REFERENCES asset.course_module_term(id);
ALTER TABLE asset.stat_cat ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE asset.stat_cat ADD FOREIGN KEY (sip_field) REFERENCES asset.stat_cat_sip_fields(field);
ALTER TABLE asset.stat_cat_entry ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE asset.stat_cat_entry ADD FOREIGN KEY (stat_cat) REFERENCES asset.stat_cat(id);
ALTER TABLE asset.stat_cat_entry_copy_map ADD FOREIGN KEY (stat_cat) REFERENCES asset.stat_cat(id);
ALTER TABLE asset.stat_cat_entry_copy_map ADD FOREIGN KEY (stat_cat_entry) REFERENCES asset.stat_cat_entry(id);
ALTER TABLE asset.uri_call_number_map ADD FOREIGN KEY (call_number) REFERENCES asset.call_number(id);
ALTER TABLE asset.uri_call_number_map ADD FOREIGN KEY (uri) REFERENCES asset.uri(id);
ALTER TABLE biblio.monograph_part ADD FOREIGN KEY (record) REFERENCES biblio.record_entry(id);
ALTER TABLE biblio.peer_bib_copy_map ADD FOREIGN KEY (peer_record) REFERENCES biblio.record_entry(id);
ALTER TABLE biblio.peer_bib_copy_map ADD FOREIGN KEY (peer_type) REFERENCES biblio.peer_type(id);
ALTER TABLE biblio.record_entry ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE biblio.record_entry ADD FOREIGN KEY (editor) REFERENCES actor.usr(id);
ALTER TABLE biblio.record_entry ADD FOREIGN KEY (merged_to) REFERENCES biblio.record_entry(id);
ALTER TABLE biblio.record_entry ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE biblio.record_note ADD FOREIGN KEY (creator) REFERENCES actor.usr(id);
ALTER TABLE biblio.record_note ADD FOREIGN KEY (editor) REFERENCES actor.usr(id);
ALTER TABLE biblio.record_note ADD FOREIGN KEY (record) REFERENCES biblio.record_entry(id);
ALTER TABLE booking.reservation ADD FOREIGN KEY (capture_staff) REFERENCES actor.usr(id);
ALTER TABLE booking.reservation ADD FOREIGN KEY (current_resource) REFERENCES booking.resource(id);
ALTER TABLE booking.reservation ADD FOREIGN KEY (pickup_lib) REFERENCES actor.org_unit(id);
ALTER TABLE booking.reservation ADD FOREIGN KEY (request_lib) REFERENCES actor.org_unit(id);
ALTER TABLE booking.reservation ADD FOREIGN KEY (target_resource) REFERENCES booking.resource(id);
ALTER TABLE booking.reservation ADD FOREIGN KEY (target_resource_type) REFERENCES booking.resource_type(id);
ALTER TABLE booking.reservation ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE booking.reservation_attr_value_map ADD FOREIGN KEY (attr_value) REFERENCES booking.resource_attr_value(id);
ALTER TABLE booking.reservation_attr_value_map ADD FOREIGN KEY (reservation) REFERENCES booking.reservation(id);
ALTER TABLE booking.resource ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE booking.resource ADD FOREIGN KEY (type) REFERENCES booking.resource_type(id);
ALTER TABLE booking.resource_attr ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE booking.resource_attr ADD FOREIGN KEY (resource_type) REFERENCES booking.resource_type(id);
ALTER TABLE booking.resource_attr_map ADD FOREIGN KEY (resource) REFERENCES booking.resource(id);
ALTER TABLE booking.resource_attr_map ADD FOREIGN KEY (resource_attr) REFERENCES booking.resource_attr(id);
ALTER TABLE booking.resource_attr_map ADD FOREIGN KEY (value) REFERENCES booking.resource_attr_value(id);
ALTER TABLE booking.resource_attr_value ADD FOREIGN KEY (attr) REFERENCES booking.resource_attr(id);
ALTER TABLE booking.resource_attr_value ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE booking.resource_type ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE booking.resource_type ADD FOREIGN KEY (record) REFERENCES biblio.record_entry(id);
ALTER TABLE config.billing_type ADD FOREIGN KEY (owner) REFERENCES actor.org_unit(id);
ALTER TABLE config.copy_alert_type ADD FOREIGN KEY (scope_org) REFERENCES actor.org_unit(id);
ALTER TABLE config.org_unit_setting_type ADD FOREIGN KEY (update_perm) REFERENCES permission.perm_list(id);
ALTER TABLE config.org_unit_setting_type ADD FOREIGN KEY (view_perm) REFERENCES permission.perm_list(id);
ALTER TABLE money.account_adjustment ADD FOREIGN KEY (billing) REFERENCES money.billing(id);
ALTER TABLE money.billable_xact ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE money.billing ADD FOREIGN KEY (btype) REFERENCES config.billing_type(id);
ALTER TABLE money.bnm_desk_payment ADD FOREIGN KEY (cash_drawer) REFERENCES actor.workstation(id);
ALTER TABLE money.collections_tracker ADD FOREIGN KEY (collector) REFERENCES actor.usr(id);
ALTER TABLE money.collections_tracker ADD FOREIGN KEY (location) REFERENCES actor.org_unit(id);
ALTER TABLE money.collections_tracker ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE permission.group_mfa_factor_map ADD FOREIGN KEY (grp) REFERENCES permission.grp_tree(id);
ALTER TABLE permission.grp_penalty_threshold ADD FOREIGN KEY (grp) REFERENCES permission.grp_tree(id);
ALTER TABLE permission.grp_penalty_threshold ADD FOREIGN KEY (org_unit) REFERENCES actor.org_unit(id);
ALTER TABLE permission.grp_penalty_threshold ADD FOREIGN KEY (penalty) REFERENCES config.standing_penalty(id);
ALTER TABLE permission.grp_perm_map ADD FOREIGN KEY (grp) REFERENCES permission.grp_tree(id);
ALTER TABLE permission.grp_perm_map ADD FOREIGN KEY (perm) REFERENCES permission.perm_list(id);
ALTER TABLE permission.grp_tree ADD FOREIGN KEY (parent) REFERENCES permission.grp_tree(id);
ALTER TABLE permission.grp_tree_display_entry ADD FOREIGN KEY (grp) REFERENCES permission.grp_tree(id);
ALTER TABLE permission.grp_tree_display_entry ADD FOREIGN KEY (org) REFERENCES actor.org_unit(id);
ALTER TABLE permission.grp_tree_display_entry ADD FOREIGN KEY (parent) REFERENCES permission.grp_tree_display_entry(id);
ALTER TABLE permission.usr_grp_map ADD FOREIGN KEY (grp) REFERENCES permission.grp_tree(id);
ALTER TABLE permission.usr_grp_map ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE permission.usr_object_perm_map ADD FOREIGN KEY (perm) REFERENCES permission.perm_list(id);
ALTER TABLE permission.usr_object_perm_map ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE permission.usr_perm_map ADD FOREIGN KEY (perm) REFERENCES permission.perm_list(id);
ALTER TABLE permission.usr_perm_map ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE permission.usr_work_ou_map ADD FOREIGN KEY (usr) REFERENCES actor.usr(id);
ALTER TABLE permission.usr_work_ou_map ADD FOREIGN KEY (work_ou) REFERENCES actor.org_unit(id);
COMMENT ON TABLE actor.card IS 'Library Cards Each User has one or more library cards. The current "main" card is linked to here from the actor.usr table, and it is up to the consortium policy whether more than one card can be active for any one user at a given time.';
COMMENT ON TABLE actor.hours_of_operation IS 'When does this org_unit usually open and close? (Variations are expressed in the actor.org_unit_closed table.)';
COMMENT ON TABLE actor.org_unit_setting IS 'Org Unit settings This table contains any arbitrary settings that a client program would like to save for an org unit.';
COMMENT ON TABLE actor.stat_cat IS 'User Statistical Catagories Local data collected about Users is placed into a Statistical Catagory. Here''s where those catagories are defined.';
COMMENT ON TABLE actor.stat_cat_entry IS 'User Statistical Catagory Entries Local data collected about Users is placed into a Statistical Catagory. Each library can create entries into any of its own stat_cats, its ancestors'' stat_cats, or its descendants'' stat_cats.';
COMMENT ON TABLE actor.stat_cat_entry_default IS 'User Statistical Category Default Entry A library may choose one of the stat_cat entries to be the default entry.';
COMMENT ON TABLE actor.stat_cat_entry_usr_map IS 'Statistical Catagory Entry to User map Records the stat_cat entries for each user.';
COMMENT ON TABLE actor.stat_cat_sip_fields IS 'Actor Statistical Category SIP Fields Contains the list of valid SIP Field identifiers for Statistical Categories.';
COMMENT ON TABLE actor.usr IS 'User objects This table contains the core User objects that describe both staff members and patrons. The difference between the two types of users is based on the user''s permissions.';
COMMENT ON TABLE actor.usr_password_reset IS 'Self-serve password reset requests';
COMMENT ON TABLE actor.usr_setting IS 'User settings This table contains any arbitrary settings that a client program would like to save for a user.';
COMMENT ON TABLE actor.usr_standing_penalty IS 'User standing penalties';
COMMENT ON TABLE asset.call_number_class IS 'Defines the call number normalization database functions in the "normalizer" column and the tag/subfield combinations to use to lookup the call number in the "field" column for a given classification scheme. Tag/subfield combinations are delimited by commas.';
COMMENT ON TABLE asset.stat_cat_sip_fields IS 'Asset Statistical Category SIP Fields Contains the list of valid SIP Field identifiers for Statistical Categories.';
COMMENT ON TABLE config.bib_source IS 'This is table is used to set up the relative "quality" of each MARC source, such as OCLC. Also identifies "transcendant" sources, i.e., sources of bib records that should display in the OPAC even if no copies or located URIs are attached. Also indicates if the source is allowed to have actual copies on its bibs. Volumes for targeted URIs are unaffected by this setting.';
COMMENT ON TABLE config.copy_status IS 'Copy Statuses The available copy statuses, and whether a copy in that status is available for hold request capture. 0 (zero) is the only special number in this set, meaning that the item is available for immediate checkout, and is counted as available in the OPAC. Statuses with an ID below 100 are not removable, and have special meaning in the code. Do not change them except to translate the textual name. You may add and remove statuses above 100, and these can be used to remove items from normal circulation without affecting the rest of the copy''s values or its location.';
COMMENT ON TABLE config.identification_type IS 'Types of valid patron identification. Each patron must display at least one valid form of identification in order to get a library card. This table lists those forms.';
COMMENT ON TABLE config.net_access_level IS 'Patron Network Access level This will be used to inform the in-library firewall of how much internet access the using patron should be allowed.';
COMMENT ON TABLE config.non_cataloged_type IS 'Types of valid non-cataloged items.';
COMMENT ON TABLE config.standing IS 'Patron Standings This table contains the values that can be applied to a patron by a staff member. These values should not be changed, other than for translation, as the ID column is currently a "magic number" in the source. :(';
COMMENT ON COLUMN actor.hours_of_operation.dow_0_open IS 'When does this org_unit open on Monday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_0_close IS 'When does this org_unit close on Monday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_1_open IS 'When does this org_unit open on Tuesday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_1_close IS 'When does this org_unit close on Tuesday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_2_open IS 'When does this org_unit open on Wednesday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_2_close IS 'When does this org_unit close on Wednesday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_3_open IS 'When does this org_unit open on Thursday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_3_close IS 'When does this org_unit close on Thursday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_4_open IS 'When does this org_unit open on Friday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_4_close IS 'When does this org_unit close on Friday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_5_open IS 'When does this org_unit open on Saturday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_5_close IS 'When does this org_unit close on Saturday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_6_open IS 'When does this org_unit open on Sunday?';
COMMENT ON COLUMN actor.hours_of_operation.dow_6_close IS 'When does this org_unit close on Sunday?';
