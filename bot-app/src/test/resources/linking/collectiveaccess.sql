-- CollectiveAccess Providence, the collections management and cataloguing application for museums, archives and
-- special collections (objects with their labels/titles, accession and deaccession data, home and current
-- locations; object lots (accessions); entities (people and organisations), places, collections, occurrences
-- (exhibitions, events, works), storage locations, loans, movements, tours and tour stops, each with their labels
-- and the many-to-many relationship tables between them (ca_objects_x_entities, ca_loans_x_objects,
-- ca_objects_x_storage_locations, ...) typed by relationship types and their labels; lists, list items (the types,
-- statuses and vocabularies) and their labels; metadata elements, their labels, type restrictions and the
-- attributes and attribute values stored against any record; object representations (media) with multifiles,
-- captions, sidecars, annotations and transcriptions; sets (lightboxes) and set items; item comments, tags and
-- watch lists; object checkouts (circulation); users, user groups and roles, ACLs; editor UIs, screens and bundle
-- placements, bundle displays, search forms; data importers and exporters with their logs; the change log, search
-- and download logs, history tracking of current values, the metadata dictionary, metadata alerts and
-- notifications, media upload sessions, replication, the task and search indexing queues and the SQL search
-- index), as a fresh install of CollectiveAccess Providence 2.0.12 (development line, schema revision 212) creates
-- it: install/inc/schema_mysql.sql of github.com/collectiveaccess/providence (commit 3c4e08a, 2026-08-21; the file
-- last changed in 99c1c3e, 2026-05-25), GPL-3.0; we use the schema's facts. The MySQL (InnoDB) script was loaded
-- into a scratch MariaDB 10.11 and regenerated from its information_schema by a one-off script: all 235 tables,
-- their primary keys (ca_application_vars, ca_change_log_snapshots, ca_change_log_subjects, ca_eventlog,
-- ca_media_content_locations, ca_schema_updates and ca_sql_search_ngrams have none in the source) and the 711
-- foreign keys the source declares, schema collectiveaccess. MySQL types mapped: int unsigned -> bigint, int ->
-- integer, smallint unsigned / mediumint unsigned -> integer, tinyint -> smallint, bigint (unsigned) -> bigint,
-- decimal -> numeric, char/varchar kept, text/longtext -> text, blob/longblob -> bytea. Dates are stored as the
-- source stores them: Unix times in integer columns (log_datetime, created_on, checkout_date, due_date, ...) and
-- historical date ranges as numeric(30,20) (sdatetime/edatetime, accession_sdatetime, ...). No name needed
-- quoting. The source declares no comments. Left out: AUTO_INCREMENT, defaults, ON DELETE/UPDATE actions,
-- unique keys and indexes, charset/collation and engine options, and the one INSERT (the schema revision row).
-- No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS collectiveaccess;
CREATE TABLE collectiveaccess.ca_acl (
    acl_id bigint NOT NULL,
    group_id bigint,
    user_id bigint,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    access smallint NOT NULL,
    notes character(10) NOT NULL,
    inherited_from_table_num smallint,
    inherited_from_row_id bigint,
    include_representations smallint NOT NULL,
    PRIMARY KEY (acl_id)
);
CREATE TABLE collectiveaccess.ca_application_vars (
    vars text NOT NULL
);
CREATE TABLE collectiveaccess.ca_attribute_value_multifiles (
    multifile_id bigint NOT NULL,
    value_id bigint NOT NULL,
    resource_path text NOT NULL,
    media bytea NOT NULL,
    media_metadata bytea NOT NULL,
    media_content text NOT NULL,
    rank bigint NOT NULL,
    PRIMARY KEY (multifile_id)
);
CREATE TABLE collectiveaccess.ca_attribute_values (
    value_id bigint NOT NULL,
    element_id integer NOT NULL,
    attribute_id bigint NOT NULL,
    item_id bigint,
    value_longtext1 text,
    value_longtext2 text,
    value_blob bytea,
    value_decimal1 numeric(40,20),
    value_decimal2 numeric(40,20),
    value_integer1 bigint,
    value_sortable character varying(100),
    source_info text NOT NULL,
    PRIMARY KEY (value_id)
);
CREATE TABLE collectiveaccess.ca_attributes (
    attribute_id bigint NOT NULL,
    element_id integer NOT NULL,
    locale_id integer,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    value_source character varying(1024),
    PRIMARY KEY (attribute_id)
);
CREATE TABLE collectiveaccess.ca_batch_log (
    batch_id bigint NOT NULL,
    user_id bigint NOT NULL,
    log_datetime bigint NOT NULL,
    notes text NOT NULL,
    batch_type character(2) NOT NULL,
    table_num smallint NOT NULL,
    elapsed_time bigint NOT NULL,
    PRIMARY KEY (batch_id)
);
CREATE TABLE collectiveaccess.ca_batch_log_items (
    item_id bigint NOT NULL,
    batch_id bigint NOT NULL,
    row_id bigint NOT NULL,
    errors text,
    PRIMARY KEY (item_id)
);
CREATE TABLE collectiveaccess.ca_bookmark_folders (
    folder_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    user_id bigint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (folder_id)
);
CREATE TABLE collectiveaccess.ca_bookmarks (
    bookmark_id bigint NOT NULL,
    folder_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    notes text NOT NULL,
    rank integer NOT NULL,
    created_on bigint NOT NULL,
    PRIMARY KEY (bookmark_id)
);
CREATE TABLE collectiveaccess.ca_bundle_display_labels (
    label_id bigint NOT NULL,
    display_id bigint,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    description text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_bundle_display_placements (
    placement_id bigint NOT NULL,
    display_id bigint NOT NULL,
    bundle_name character varying(255) NOT NULL,
    rank bigint NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (placement_id)
);
CREATE TABLE collectiveaccess.ca_bundle_display_type_restrictions (
    restriction_id bigint NOT NULL,
    type_id bigint,
    table_num smallint NOT NULL,
    display_id bigint NOT NULL,
    include_subtypes smallint NOT NULL,
    settings text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (restriction_id)
);
CREATE TABLE collectiveaccess.ca_bundle_displays (
    display_id bigint NOT NULL,
    user_id bigint,
    display_code character varying(100),
    table_num smallint NOT NULL,
    is_system smallint NOT NULL,
    access smallint NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (display_id)
);
CREATE TABLE collectiveaccess.ca_bundle_displays_x_user_groups (
    relation_id bigint NOT NULL,
    display_id bigint NOT NULL,
    group_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_bundle_displays_x_users (
    relation_id bigint NOT NULL,
    display_id bigint NOT NULL,
    user_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_change_log (
    log_id bigint NOT NULL,
    log_datetime bigint NOT NULL,
    user_id bigint,
    changetype character(1) NOT NULL,
    logged_table_num smallint NOT NULL,
    logged_row_id bigint NOT NULL,
    rolledback smallint NOT NULL,
    unit_id character(32),
    batch_id bigint,
    PRIMARY KEY (log_id)
);
CREATE TABLE collectiveaccess.ca_change_log_snapshots (
    log_id bigint NOT NULL,
    snapshot bytea NOT NULL
);
CREATE TABLE collectiveaccess.ca_change_log_subjects (
    log_id bigint NOT NULL,
    subject_table_num smallint NOT NULL,
    subject_row_id bigint NOT NULL
);
CREATE TABLE collectiveaccess.ca_collection_labels (
    label_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_collections (
    collection_id bigint NOT NULL,
    parent_id bigint,
    locale_id integer,
    type_id bigint NOT NULL,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    view_count bigint NOT NULL,
    home_location_id bigint,
    accession_sdatetime numeric(30,20),
    accession_edatetime numeric(30,20),
    deaccession_sdatetime numeric(30,20),
    deaccession_edatetime numeric(30,20),
    deaccession_disposal_sdatetime numeric(30,20),
    deaccession_disposal_edatetime numeric(30,20),
    is_deaccessioned smallint NOT NULL,
    deaccession_notes text NOT NULL,
    deaccession_authorized_by character varying(255) NOT NULL,
    deaccession_type_id bigint,
    source_id bigint,
    source_info text NOT NULL,
    hier_collection_id bigint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (collection_id)
);
CREATE TABLE collectiveaccess.ca_collections_x_collections (
    relation_id bigint NOT NULL,
    collection_left_id bigint NOT NULL,
    collection_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_collections_x_storage_locations (
    relation_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    location_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_collections_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_data_exporter_items (
    item_id bigint NOT NULL,
    parent_id bigint,
    exporter_id bigint NOT NULL,
    element character varying(1024) NOT NULL,
    context character varying(1024),
    source character varying(1024),
    settings text NOT NULL,
    hier_item_id bigint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    rank bigint NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE collectiveaccess.ca_data_exporter_labels (
    label_id bigint NOT NULL,
    exporter_id bigint NOT NULL,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    description text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_data_exporters (
    exporter_id bigint NOT NULL,
    exporter_code character varying(100) NOT NULL,
    table_num smallint NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (exporter_id)
);
CREATE TABLE collectiveaccess.ca_data_import_event_log (
    log_id bigint NOT NULL,
    event_id bigint NOT NULL,
    item_id bigint,
    type_code character(10) NOT NULL,
    date_time bigint NOT NULL,
    message text NOT NULL,
    source character varying(255) NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE TABLE collectiveaccess.ca_data_import_events (
    event_id bigint NOT NULL,
    occurred_on bigint NOT NULL,
    user_id bigint,
    description text NOT NULL,
    type_code character(50) NOT NULL,
    source text NOT NULL,
    PRIMARY KEY (event_id)
);
CREATE TABLE collectiveaccess.ca_data_import_items (
    item_id bigint NOT NULL,
    event_id bigint NOT NULL,
    source_ref character varying(255) NOT NULL,
    table_num smallint,
    row_id bigint,
    type_code character(1),
    started_on bigint NOT NULL,
    completed_on bigint,
    elapsed_time numeric(8,4),
    success smallint,
    message text NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE collectiveaccess.ca_data_importer_groups (
    group_id bigint NOT NULL,
    importer_id bigint NOT NULL,
    group_code character varying(100) NOT NULL,
    destination character varying(1024) NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE collectiveaccess.ca_data_importer_items (
    item_id bigint NOT NULL,
    importer_id bigint NOT NULL,
    group_id bigint NOT NULL,
    source character varying(8192) NOT NULL,
    destination character varying(1024) NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE collectiveaccess.ca_data_importer_labels (
    label_id bigint NOT NULL,
    importer_id bigint NOT NULL,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    description text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_data_importer_log (
    log_id bigint NOT NULL,
    importer_id bigint NOT NULL,
    user_id bigint,
    log_datetime bigint NOT NULL,
    notes text NOT NULL,
    table_num smallint NOT NULL,
    datafile bytea NOT NULL,
    PRIMARY KEY (log_id)
);
CREATE TABLE collectiveaccess.ca_data_importer_log_items (
    log_item_id bigint NOT NULL,
    log_id bigint NOT NULL,
    log_datetime bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    type_code character(10) NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (log_item_id)
);
CREATE TABLE collectiveaccess.ca_data_importers (
    importer_id bigint NOT NULL,
    importer_code character varying(100) NOT NULL,
    table_num smallint NOT NULL,
    settings text NOT NULL,
    rules text NOT NULL,
    worksheet bytea NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (importer_id)
);
CREATE TABLE collectiveaccess.ca_download_log (
    log_id bigint NOT NULL,
    log_datetime bigint NOT NULL,
    user_id bigint,
    ip_addr character varying(39),
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    representation_id bigint,
    download_source character varying(40),
    PRIMARY KEY (log_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_bundle_placements (
    placement_id bigint NOT NULL,
    screen_id bigint NOT NULL,
    placement_code character varying(255) NOT NULL,
    bundle_name character varying(255) NOT NULL,
    rank integer NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (placement_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_labels (
    label_id bigint NOT NULL,
    ui_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    locale_id integer NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_screen_labels (
    label_id bigint NOT NULL,
    screen_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    locale_id integer NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_screen_type_restrictions (
    restriction_id bigint NOT NULL,
    table_num smallint NOT NULL,
    type_id bigint,
    screen_id bigint NOT NULL,
    include_subtypes smallint NOT NULL,
    settings text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (restriction_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_screens (
    screen_id bigint NOT NULL,
    parent_id bigint,
    ui_id bigint NOT NULL,
    idno character varying(255) NOT NULL,
    rank integer NOT NULL,
    is_default smallint NOT NULL,
    color character(6),
    icon bytea NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    PRIMARY KEY (screen_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_screens_x_roles (
    relation_id bigint NOT NULL,
    screen_id bigint NOT NULL,
    role_id integer NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_screens_x_user_groups (
    relation_id bigint NOT NULL,
    screen_id bigint NOT NULL,
    group_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_screens_x_users (
    relation_id bigint NOT NULL,
    screen_id bigint NOT NULL,
    user_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_editor_ui_type_restrictions (
    restriction_id bigint NOT NULL,
    table_num smallint NOT NULL,
    type_id bigint,
    ui_id bigint NOT NULL,
    include_subtypes smallint NOT NULL,
    settings text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (restriction_id)
);
CREATE TABLE collectiveaccess.ca_editor_uis (
    ui_id bigint NOT NULL,
    user_id bigint,
    is_system_ui smallint NOT NULL,
    editor_type smallint NOT NULL,
    editor_code character varying(100),
    color character(6),
    icon bytea NOT NULL,
    PRIMARY KEY (ui_id)
);
CREATE TABLE collectiveaccess.ca_editor_uis_x_roles (
    relation_id bigint NOT NULL,
    ui_id bigint NOT NULL,
    role_id integer NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_editor_uis_x_user_groups (
    relation_id bigint NOT NULL,
    ui_id bigint NOT NULL,
    group_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_editor_uis_x_users (
    relation_id bigint NOT NULL,
    ui_id bigint NOT NULL,
    user_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_entities (
    entity_id bigint NOT NULL,
    parent_id bigint,
    locale_id integer,
    source_id bigint,
    type_id bigint NOT NULL,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    view_count bigint NOT NULL,
    source_info text NOT NULL,
    life_sdatetime numeric(30,20),
    life_edatetime numeric(30,20),
    hier_entity_id bigint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (entity_id)
);
CREATE TABLE collectiveaccess.ca_entities_x_collections (
    relation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_entities_x_entities (
    relation_id bigint NOT NULL,
    entity_left_id bigint NOT NULL,
    entity_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_entities_x_occurrences (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    type_id integer NOT NULL,
    entity_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_entities_x_places (
    relation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_entities_x_storage_locations (
    relation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    location_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_entities_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_entity_labels (
    label_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    displayname character varying(512) NOT NULL,
    forename character varying(100) NOT NULL,
    other_forenames character varying(100) NOT NULL,
    middlename character varying(100) NOT NULL,
    surname character varying(512) NOT NULL,
    prefix character varying(100) NOT NULL,
    suffix character varying(100) NOT NULL,
    name_sort character varying(512) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    checked smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_eventlog (
    date_time bigint NOT NULL,
    code character(4) NOT NULL,
    message text NOT NULL,
    source character varying(255) NOT NULL
);
CREATE TABLE collectiveaccess.ca_groups_x_roles (
    relation_id bigint NOT NULL,
    group_id bigint NOT NULL,
    role_id integer NOT NULL,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_guids (
    guid_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    guid character varying(36) NOT NULL,
    PRIMARY KEY (guid_id)
);
CREATE TABLE collectiveaccess.ca_history_tracking_current_value_labels (
    label_id bigint NOT NULL,
    tracking_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    value character varying(8192) NOT NULL,
    value_sort character varying(1024) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_history_tracking_current_values (
    tracking_id bigint NOT NULL,
    policy character varying(50) NOT NULL,
    table_num smallint NOT NULL,
    type_id bigint,
    row_id bigint NOT NULL,
    current_table_num smallint,
    current_type_id bigint,
    current_row_id bigint,
    tracked_table_num smallint,
    tracked_type_id bigint,
    tracked_row_id bigint,
    is_future bigint,
    value_sdatetime numeric(40,20),
    value_edatetime numeric(40,20),
    PRIMARY KEY (tracking_id)
);
CREATE TABLE collectiveaccess.ca_ip_bans (
    ban_id bigint NOT NULL,
    reason character varying(255) NOT NULL,
    created_on bigint NOT NULL,
    expires_on bigint,
    details text NOT NULL,
    ip_addr character varying(39) NOT NULL,
    PRIMARY KEY (ban_id)
);
CREATE TABLE collectiveaccess.ca_ip_whitelist (
    whitelist_id bigint NOT NULL,
    reason character varying(255) NOT NULL,
    created_on bigint NOT NULL,
    expires_on bigint,
    ip_addr character varying(39) NOT NULL,
    PRIMARY KEY (whitelist_id)
);
CREATE TABLE collectiveaccess.ca_ips (
    ip_id bigint NOT NULL,
    user_id bigint NOT NULL,
    ip1 smallint NOT NULL,
    ip2 smallint,
    ip3 smallint,
    ip4s smallint,
    ip4e smallint,
    notes text NOT NULL,
    PRIMARY KEY (ip_id)
);
CREATE TABLE collectiveaccess.ca_item_comments (
    comment_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    user_id bigint,
    locale_id integer NOT NULL,
    media1 bytea NOT NULL,
    media2 bytea NOT NULL,
    media3 bytea NOT NULL,
    media4 bytea NOT NULL,
    comment text,
    rating smallint,
    email character varying(255),
    name character varying(255),
    location character varying(255),
    created_on bigint NOT NULL,
    access smallint NOT NULL,
    ip_addr character varying(39),
    moderated_on bigint,
    moderated_by_user_id bigint,
    PRIMARY KEY (comment_id)
);
CREATE TABLE collectiveaccess.ca_item_tags (
    tag_id bigint NOT NULL,
    locale_id integer NOT NULL,
    tag character varying(255) NOT NULL,
    PRIMARY KEY (tag_id)
);
CREATE TABLE collectiveaccess.ca_items_x_tags (
    relation_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    tag_id bigint,
    item_id bigint,
    user_id bigint,
    access smallint NOT NULL,
    ip_addr character varying(39),
    created_on bigint NOT NULL,
    moderated_on bigint,
    moderated_by_user_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_list_item_labels (
    label_id bigint NOT NULL,
    item_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name_singular character varying(255) NOT NULL,
    name_plural character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    description text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_list_items (
    item_id bigint NOT NULL,
    parent_id bigint,
    list_id integer NOT NULL,
    type_id bigint,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    item_value character varying(255) NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    is_enabled smallint NOT NULL,
    is_default smallint NOT NULL,
    validation_format character varying(255) NOT NULL,
    settings text NOT NULL,
    color character(6),
    icon bytea NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    source_id bigint,
    source_info text NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE collectiveaccess.ca_list_items_x_list_items (
    relation_id bigint NOT NULL,
    term_left_id bigint NOT NULL,
    term_right_id bigint NOT NULL,
    type_id integer,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_list_labels (
    label_id integer NOT NULL,
    list_id integer NOT NULL,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_lists (
    list_id integer NOT NULL,
    list_code character varying(100) NOT NULL,
    is_system_list smallint NOT NULL,
    is_hierarchical smallint NOT NULL,
    use_as_vocabulary smallint NOT NULL,
    default_sort smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (list_id)
);
CREATE TABLE collectiveaccess.ca_loan_labels (
    label_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_loans (
    loan_id bigint NOT NULL,
    parent_id bigint,
    type_id bigint NOT NULL,
    locale_id integer,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    view_count bigint NOT NULL,
    source_id bigint,
    source_info text NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    hier_loan_id bigint NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (loan_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_collections (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_entities (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    type_id integer NOT NULL,
    entity_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_loans (
    relation_id bigint NOT NULL,
    loan_left_id bigint NOT NULL,
    loan_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_movements (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    type_id integer NOT NULL,
    movement_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_object_lots (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_object_representations (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_objects (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    type_id integer NOT NULL,
    object_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_occurrences (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_places (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_storage_locations (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    location_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_loans_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    loan_id bigint NOT NULL,
    item_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_locales (
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    language character varying(3) NOT NULL,
    country character(2) NOT NULL,
    dialect character varying(8),
    dont_use_for_cataloguing smallint NOT NULL,
    PRIMARY KEY (locale_id)
);
CREATE TABLE collectiveaccess.ca_media_content_locations (
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    content text NOT NULL,
    loc text NOT NULL
);
CREATE TABLE collectiveaccess.ca_media_replication_status_check (
    check_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    target character varying(255) NOT NULL,
    created_on bigint NOT NULL,
    last_check bigint NOT NULL,
    PRIMARY KEY (check_id)
);
CREATE TABLE collectiveaccess.ca_media_upload_session_files (
    file_id bigint NOT NULL,
    session_id bigint NOT NULL,
    created_on bigint NOT NULL,
    completed_on bigint,
    last_activity_on bigint,
    filename character varying(1024) NOT NULL,
    bytes_received bigint NOT NULL,
    total_bytes bigint NOT NULL,
    error_code integer NOT NULL,
    PRIMARY KEY (file_id)
);
CREATE TABLE collectiveaccess.ca_media_upload_sessions (
    session_id bigint NOT NULL,
    user_id bigint NOT NULL,
    session_key character(36) NOT NULL,
    created_on bigint NOT NULL,
    submitted_on bigint,
    completed_on bigint,
    last_activity_on bigint,
    error_code integer NOT NULL,
    source character varying(30) NOT NULL,
    status character varying(30) NOT NULL,
    num_files bigint NOT NULL,
    total_bytes bigint NOT NULL,
    metadata text,
    PRIMARY KEY (session_id)
);
CREATE TABLE collectiveaccess.ca_metadata_alert_rule_labels (
    label_id bigint NOT NULL,
    rule_id bigint,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    description text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_metadata_alert_rule_type_restrictions (
    restriction_id bigint NOT NULL,
    type_id bigint,
    table_num smallint NOT NULL,
    rule_id bigint NOT NULL,
    include_subtypes smallint NOT NULL,
    settings text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (restriction_id)
);
CREATE TABLE collectiveaccess.ca_metadata_alert_rules (
    rule_id bigint NOT NULL,
    table_num smallint NOT NULL,
    code character varying(20) NOT NULL,
    settings text NOT NULL,
    user_id bigint,
    PRIMARY KEY (rule_id)
);
CREATE TABLE collectiveaccess.ca_metadata_alert_rules_x_user_groups (
    relation_id bigint NOT NULL,
    rule_id bigint NOT NULL,
    group_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_metadata_alert_rules_x_users (
    relation_id bigint NOT NULL,
    rule_id bigint NOT NULL,
    user_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_metadata_alert_triggers (
    trigger_id bigint NOT NULL,
    rule_id bigint NOT NULL,
    element_id integer,
    element_filters text NOT NULL,
    settings text NOT NULL,
    trigger_type character varying(30) NOT NULL,
    PRIMARY KEY (trigger_id)
);
CREATE TABLE collectiveaccess.ca_metadata_dictionary_entries (
    entry_id bigint NOT NULL,
    table_num smallint NOT NULL,
    bundle_name character varying(255) NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (entry_id)
);
CREATE TABLE collectiveaccess.ca_metadata_dictionary_entry_labels (
    label_id bigint NOT NULL,
    entry_id bigint,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    description text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_metadata_dictionary_rule_violations (
    violation_id bigint NOT NULL,
    rule_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    created_on bigint NOT NULL,
    last_checked_on bigint NOT NULL,
    PRIMARY KEY (violation_id)
);
CREATE TABLE collectiveaccess.ca_metadata_dictionary_rules (
    rule_id bigint NOT NULL,
    entry_id bigint NOT NULL,
    rule_code character varying(100) NOT NULL,
    expression text NOT NULL,
    rule_level character(4) NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (rule_id)
);
CREATE TABLE collectiveaccess.ca_metadata_element_labels (
    label_id integer NOT NULL,
    element_id integer NOT NULL,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_metadata_elements (
    element_id integer NOT NULL,
    parent_id integer,
    list_id integer,
    element_code character varying(30) NOT NULL,
    documentation_url character varying(255) NOT NULL,
    datatype smallint NOT NULL,
    settings text NOT NULL,
    rank integer NOT NULL,
    deleted smallint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    hier_element_id integer,
    PRIMARY KEY (element_id)
);
CREATE TABLE collectiveaccess.ca_metadata_type_restrictions (
    restriction_id bigint NOT NULL,
    table_num smallint NOT NULL,
    type_id bigint,
    element_id integer NOT NULL,
    settings text NOT NULL,
    include_subtypes smallint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (restriction_id)
);
CREATE TABLE collectiveaccess.ca_movement_labels (
    label_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_movements (
    movement_id bigint NOT NULL,
    type_id bigint NOT NULL,
    locale_id integer,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    view_count bigint NOT NULL,
    source_id bigint,
    source_info text NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (movement_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_collections (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_entities (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    type_id integer NOT NULL,
    entity_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_movements (
    relation_id bigint NOT NULL,
    movement_left_id bigint NOT NULL,
    movement_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_object_lots (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    type_id integer NOT NULL,
    lot_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_object_representations (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_objects (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    type_id integer NOT NULL,
    object_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_occurrences (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_places (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_storage_locations (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    location_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_movements_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    movement_id bigint NOT NULL,
    item_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_multipart_idno_sequences (
    idno_stub character varying(255) NOT NULL,
    format character varying(100) NOT NULL,
    element character varying(100) NOT NULL,
    seq bigint NOT NULL,
    PRIMARY KEY (idno_stub, format, element)
);
CREATE TABLE collectiveaccess.ca_notification_subjects (
    subject_id bigint NOT NULL,
    notification_id bigint NOT NULL,
    was_read smallint NOT NULL,
    read_on bigint,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    delivery_email smallint NOT NULL,
    delivery_email_sent_on bigint,
    delivery_inbox smallint NOT NULL,
    PRIMARY KEY (subject_id)
);
CREATE TABLE collectiveaccess.ca_notifications (
    notification_id bigint NOT NULL,
    notification_type smallint NOT NULL,
    datetime bigint NOT NULL,
    message text,
    is_system smallint NOT NULL,
    notification_key character(32) NOT NULL,
    extra_data text NOT NULL,
    PRIMARY KEY (notification_id)
);
CREATE TABLE collectiveaccess.ca_object_checkouts (
    checkout_id bigint NOT NULL,
    group_uuid character(36) NOT NULL,
    object_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_on bigint NOT NULL,
    checkout_date bigint,
    due_date bigint,
    return_date bigint,
    return_confirmation_date bigint,
    checkout_notes text NOT NULL,
    return_notes text NOT NULL,
    last_sent_coming_due_email bigint,
    last_sent_overdue_email bigint,
    last_reservation_available_email bigint,
    deleted smallint NOT NULL,
    PRIMARY KEY (checkout_id)
);
CREATE TABLE collectiveaccess.ca_object_labels (
    label_id bigint NOT NULL,
    object_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_object_lot_labels (
    label_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_object_lots (
    lot_id bigint NOT NULL,
    type_id bigint NOT NULL,
    parent_id bigint,
    lot_status_id bigint NOT NULL,
    idno_stub character varying(255) NOT NULL,
    idno_stub_sort character varying(255) NOT NULL,
    idno_stub_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    view_count bigint NOT NULL,
    extent integer NOT NULL,
    extent_units character varying(255) NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    home_location_id bigint,
    accession_sdatetime numeric(30,20),
    accession_edatetime numeric(30,20),
    deaccession_sdatetime numeric(30,20),
    deaccession_edatetime numeric(30,20),
    deaccession_disposal_sdatetime numeric(30,20),
    deaccession_disposal_edatetime numeric(30,20),
    is_deaccessioned smallint NOT NULL,
    deaccession_notes text NOT NULL,
    deaccession_authorized_by character varying(255) NOT NULL,
    deaccession_type_id bigint,
    source_id bigint,
    source_info text NOT NULL,
    hier_lot_id bigint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (lot_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_collections (
    relation_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_entities (
    relation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_object_lots (
    relation_id bigint NOT NULL,
    lot_left_id bigint NOT NULL,
    lot_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_object_representations (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_occurrences (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_places (
    relation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_storage_locations (
    relation_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    type_id integer NOT NULL,
    location_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_lots_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    lot_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_representation_captions (
    caption_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    locale_id integer NOT NULL,
    caption_file bytea NOT NULL,
    caption_content text NOT NULL,
    PRIMARY KEY (caption_id)
);
CREATE TABLE collectiveaccess.ca_object_representation_labels (
    label_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_object_representation_multifiles (
    multifile_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    resource_path text NOT NULL,
    media bytea NOT NULL,
    media_metadata bytea NOT NULL,
    media_content text NOT NULL,
    rank bigint NOT NULL,
    PRIMARY KEY (multifile_id)
);
CREATE TABLE collectiveaccess.ca_object_representation_sidecars (
    sidecar_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    sidecar_file bytea NOT NULL,
    sidecar_content text NOT NULL,
    notes text NOT NULL,
    mimetype character varying(255),
    PRIMARY KEY (sidecar_id)
);
CREATE TABLE collectiveaccess.ca_object_representations (
    representation_id bigint NOT NULL,
    locale_id integer,
    type_id bigint NOT NULL,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    md5 character varying(32) NOT NULL,
    mimetype character varying(255),
    media_class character varying(20),
    original_filename character varying(1024) NOT NULL,
    media bytea NOT NULL,
    media_metadata bytea,
    media_content text,
    deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    view_count bigint NOT NULL,
    home_location_id bigint,
    access smallint NOT NULL,
    status smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    source_id bigint,
    source_info text NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    is_transcribable smallint NOT NULL,
    PRIMARY KEY (representation_id)
);
CREATE TABLE collectiveaccess.ca_object_representations_x_collections (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_representations_x_entities (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_representations_x_object_representations (
    relation_id bigint NOT NULL,
    representation_left_id bigint NOT NULL,
    representation_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_representations_x_occurrences (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_representations_x_places (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_representations_x_storage_locations (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    location_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_object_representations_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    is_primary smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects (
    object_id bigint NOT NULL,
    parent_id bigint,
    lot_id bigint,
    locale_id integer,
    source_id bigint,
    is_template smallint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    view_count bigint NOT NULL,
    type_id bigint NOT NULL,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    acquisition_type_id bigint,
    item_status_id bigint,
    source_info text NOT NULL,
    hier_object_id bigint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    extent bigint NOT NULL,
    extent_units character varying(255) NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_ca_collections smallint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    home_location_id bigint,
    accession_sdatetime numeric(30,20),
    accession_edatetime numeric(30,20),
    deaccession_sdatetime numeric(30,20),
    deaccession_edatetime numeric(30,20),
    deaccession_disposal_sdatetime numeric(30,20),
    deaccession_disposal_edatetime numeric(30,20),
    is_deaccessioned smallint NOT NULL,
    deaccession_notes text NOT NULL,
    deaccession_authorized_by character varying(255) NOT NULL,
    deaccession_type_id bigint,
    current_loc_class smallint,
    current_loc_subclass bigint,
    current_loc_id bigint,
    circulation_status_id bigint,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (object_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_collections (
    relation_id bigint NOT NULL,
    object_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_entities (
    relation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_object_representations (
    relation_id bigint NOT NULL,
    object_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    is_primary smallint NOT NULL,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_objects (
    relation_id bigint NOT NULL,
    object_left_id bigint NOT NULL,
    object_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_occurrences (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_places (
    relation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_storage_locations (
    relation_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id integer NOT NULL,
    location_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_objects_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_occurrence_labels (
    label_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_occurrences (
    occurrence_id bigint NOT NULL,
    parent_id bigint,
    locale_id integer,
    type_id bigint NOT NULL,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    view_count bigint NOT NULL,
    source_id bigint,
    source_info text NOT NULL,
    hier_occurrence_id bigint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (occurrence_id)
);
CREATE TABLE collectiveaccess.ca_occurrences_x_collections (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_occurrences_x_occurrences (
    relation_id bigint NOT NULL,
    occurrence_left_id bigint NOT NULL,
    occurrence_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_occurrences_x_storage_locations (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    location_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_occurrences_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_persistent_cache (
    cache_key character(32) NOT NULL,
    cache_value bytea NOT NULL,
    created_on bigint NOT NULL,
    updated_on bigint NOT NULL,
    namespace character varying(100) NOT NULL,
    PRIMARY KEY (cache_key)
);
CREATE TABLE collectiveaccess.ca_place_labels (
    label_id bigint NOT NULL,
    place_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_places (
    place_id bigint NOT NULL,
    parent_id bigint,
    locale_id integer,
    type_id bigint,
    source_id bigint,
    hierarchy_id bigint NOT NULL,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    view_count bigint NOT NULL,
    source_info text NOT NULL,
    lifespan_sdate numeric(30,20),
    lifespan_edate numeric(30,20),
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    floorplan bytea NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (place_id)
);
CREATE TABLE collectiveaccess.ca_places_x_collections (
    relation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_places_x_occurrences (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_places_x_places (
    relation_id bigint NOT NULL,
    place_left_id bigint NOT NULL,
    place_right_id bigint NOT NULL,
    type_id integer,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_places_x_storage_locations (
    relation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    location_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_places_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_relationship_relationships (
    reification_id bigint NOT NULL,
    type_id integer NOT NULL,
    relationship_table_num smallint NOT NULL,
    relation_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    PRIMARY KEY (reification_id)
);
CREATE TABLE collectiveaccess.ca_relationship_type_labels (
    label_id bigint NOT NULL,
    type_id integer NOT NULL,
    locale_id integer NOT NULL,
    typename character varying(255) NOT NULL,
    typename_reverse character varying(255) NOT NULL,
    description text NOT NULL,
    description_reverse text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_relationship_type_restrictions (
    restriction_id integer NOT NULL,
    type_id integer,
    sub_type_left_id bigint,
    include_subtypes_left smallint NOT NULL,
    sub_type_right_id bigint,
    include_subtypes_right smallint NOT NULL,
    settings text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (restriction_id)
);
CREATE TABLE collectiveaccess.ca_relationship_types (
    type_id integer NOT NULL,
    parent_id integer,
    sub_type_left_id bigint,
    include_subtypes_left smallint NOT NULL,
    sub_type_right_id bigint,
    include_subtypes_right smallint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    hier_type_id integer,
    table_num smallint NOT NULL,
    type_code character varying(30) NOT NULL,
    rank integer NOT NULL,
    is_default smallint NOT NULL,
    PRIMARY KEY (type_id)
);
CREATE TABLE collectiveaccess.ca_replication_log (
    entry_id bigint NOT NULL,
    source_system_guid character varying(36) NOT NULL,
    log_id bigint NOT NULL,
    status character(1) NOT NULL,
    vars text,
    PRIMARY KEY (entry_id)
);
CREATE TABLE collectiveaccess.ca_representation_annotation_labels (
    label_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name text NOT NULL,
    name_sort text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_representation_annotations (
    annotation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    locale_id integer,
    user_id bigint,
    type_code character varying(30) NOT NULL,
    props text NOT NULL,
    preview bytea NOT NULL,
    source_info text NOT NULL,
    view_count bigint NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (annotation_id)
);
CREATE TABLE collectiveaccess.ca_representation_annotations_x_entities (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_representation_annotations_x_objects (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_representation_annotations_x_occurrences (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_representation_annotations_x_places (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_representation_annotations_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_representation_transcriptions (
    transcription_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    transcription text NOT NULL,
    created_on bigint NOT NULL,
    completed_on bigint,
    validated_on bigint,
    is_primary smallint NOT NULL,
    ip_addr character varying(39) NOT NULL,
    user_id bigint,
    PRIMARY KEY (transcription_id)
);
CREATE TABLE collectiveaccess.ca_schema_updates (
    version_num bigint NOT NULL,
    datetime bigint NOT NULL
);
CREATE TABLE collectiveaccess.ca_search_form_labels (
    label_id bigint NOT NULL,
    form_id bigint,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    description text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_search_form_placements (
    placement_id bigint NOT NULL,
    form_id bigint NOT NULL,
    bundle_name character varying(255) NOT NULL,
    rank bigint NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (placement_id)
);
CREATE TABLE collectiveaccess.ca_search_form_type_restrictions (
    restriction_id bigint NOT NULL,
    table_num smallint NOT NULL,
    type_id bigint,
    form_id bigint NOT NULL,
    include_subtypes smallint NOT NULL,
    settings text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (restriction_id)
);
CREATE TABLE collectiveaccess.ca_search_forms (
    form_id bigint NOT NULL,
    user_id bigint,
    form_code character varying(100),
    table_num smallint NOT NULL,
    is_system smallint NOT NULL,
    settings text NOT NULL,
    PRIMARY KEY (form_id)
);
CREATE TABLE collectiveaccess.ca_search_forms_x_user_groups (
    relation_id bigint NOT NULL,
    form_id bigint NOT NULL,
    group_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_search_forms_x_users (
    relation_id bigint NOT NULL,
    form_id bigint NOT NULL,
    user_id bigint NOT NULL,
    access smallint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_search_indexing_queue (
    entry_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    field_data text,
    reindex smallint NOT NULL,
    changed_fields text,
    options text,
    is_unindex smallint NOT NULL,
    dependencies text,
    started_on bigint,
    PRIMARY KEY (entry_id)
);
CREATE TABLE collectiveaccess.ca_search_log (
    search_id bigint NOT NULL,
    log_datetime bigint NOT NULL,
    user_id bigint,
    table_num smallint NOT NULL,
    search_expression character varying(1024) NOT NULL,
    num_hits bigint NOT NULL,
    form_id bigint,
    ip_addr character varying(39),
    details text NOT NULL,
    execution_time numeric(7,3) NOT NULL,
    search_source character varying(40) NOT NULL,
    PRIMARY KEY (search_id)
);
CREATE TABLE collectiveaccess.ca_set_item_labels (
    label_id bigint NOT NULL,
    item_id bigint NOT NULL,
    locale_id integer NOT NULL,
    caption text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_set_items (
    item_id bigint NOT NULL,
    set_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    representation_id bigint,
    annotation_id bigint,
    type_id bigint NOT NULL,
    rank bigint NOT NULL,
    vars text NOT NULL,
    checked smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE collectiveaccess.ca_set_labels (
    label_id bigint NOT NULL,
    set_id bigint NOT NULL,
    locale_id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_sets (
    set_id bigint NOT NULL,
    parent_id bigint,
    hier_set_id bigint NOT NULL,
    user_id bigint,
    type_id bigint NOT NULL,
    commenting_status smallint NOT NULL,
    tagging_status smallint NOT NULL,
    rating_status smallint NOT NULL,
    set_code character varying(100),
    set_code_sort character varying(100),
    table_num smallint NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    source_id bigint,
    last_used bigint,
    autodelete smallint NOT NULL,
    PRIMARY KEY (set_id)
);
CREATE TABLE collectiveaccess.ca_sets_x_anonymous_access (
    relation_id bigint NOT NULL,
    set_id bigint NOT NULL,
    access smallint NOT NULL,
    guid character varying(100) NOT NULL,
    name character varying(255) NOT NULL,
    settings text NOT NULL,
    sdatetime bigint,
    edatetime bigint,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_sets_x_user_groups (
    relation_id bigint NOT NULL,
    set_id bigint NOT NULL,
    group_id bigint NOT NULL,
    access smallint NOT NULL,
    settings text NOT NULL,
    sdatetime bigint,
    edatetime bigint,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_sets_x_users (
    relation_id bigint NOT NULL,
    set_id bigint NOT NULL,
    user_id bigint,
    access smallint NOT NULL,
    pending_access smallint,
    activation_key character(36),
    activation_email character varying(255),
    settings text NOT NULL,
    sdatetime bigint,
    edatetime bigint,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_site_page_media (
    media_id bigint NOT NULL,
    page_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    caption text NOT NULL,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    media bytea NOT NULL,
    media_metadata bytea NOT NULL,
    media_content text NOT NULL,
    md5 character varying(32) NOT NULL,
    mimetype character varying(255),
    original_filename character varying(1024) NOT NULL,
    rank bigint NOT NULL,
    access smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (media_id)
);
CREATE TABLE collectiveaccess.ca_site_pages (
    page_id bigint NOT NULL,
    template_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    path character varying(255) NOT NULL,
    content text NOT NULL,
    keywords text NOT NULL,
    access smallint NOT NULL,
    deleted smallint NOT NULL,
    view_count bigint NOT NULL,
    locale_id integer,
    rank bigint NOT NULL,
    PRIMARY KEY (page_id)
);
CREATE TABLE collectiveaccess.ca_site_templates (
    template_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    description text NOT NULL,
    template text NOT NULL,
    template_code character varying(100) NOT NULL,
    tags text NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (template_id)
);
CREATE TABLE collectiveaccess.ca_sql_search_ngrams (
    word_id bigint NOT NULL,
    ngram character(4) NOT NULL,
    seq smallint NOT NULL
);
CREATE TABLE collectiveaccess.ca_sql_search_word_index (
    index_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    field_table_num smallint NOT NULL,
    field_num character varying(100) NOT NULL,
    field_container_id bigint,
    field_row_id bigint NOT NULL,
    rel_type_id integer NOT NULL,
    word_id bigint NOT NULL,
    boost smallint NOT NULL,
    access smallint NOT NULL,
    word_index integer NOT NULL,
    word_count integer NOT NULL,
    field_index integer NOT NULL,
    timecode_start numeric(10,3) NOT NULL,
    timecode_end numeric(10,3) NOT NULL,
    PRIMARY KEY (index_id)
);
CREATE TABLE collectiveaccess.ca_sql_search_words (
    word_id bigint NOT NULL,
    word character varying(255) NOT NULL,
    stem character varying(255) NOT NULL,
    locale_id integer,
    PRIMARY KEY (word_id)
);
CREATE TABLE collectiveaccess.ca_storage_location_labels (
    label_id bigint NOT NULL,
    location_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name character varying(255) NOT NULL,
    name_sort character varying(255) NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    access smallint NOT NULL,
    notes text NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_storage_locations (
    location_id bigint NOT NULL,
    parent_id bigint,
    type_id bigint,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    is_template smallint NOT NULL,
    view_count bigint NOT NULL,
    source_id bigint,
    source_info text NOT NULL,
    color character(6),
    icon bytea NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    home_location_id bigint,
    deleted smallint NOT NULL,
    rank bigint NOT NULL,
    acl_inherit_from_parent smallint NOT NULL,
    access_inherit_from_parent smallint NOT NULL,
    is_enabled smallint NOT NULL,
    submission_user_id bigint,
    submission_group_id bigint,
    submission_status_id bigint,
    submission_via_form character varying(100),
    submission_session_id bigint,
    PRIMARY KEY (location_id)
);
CREATE TABLE collectiveaccess.ca_storage_locations_x_storage_locations (
    relation_id bigint NOT NULL,
    location_left_id bigint NOT NULL,
    location_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_storage_locations_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    location_id bigint NOT NULL,
    item_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_task_queue (
    task_id bigint NOT NULL,
    user_id bigint,
    row_key character(32),
    entity_key character(32),
    created_on bigint NOT NULL,
    started_on bigint,
    completed_on bigint,
    priority integer NOT NULL,
    handler character varying(20) NOT NULL,
    parameters text NOT NULL,
    notes text,
    error_code integer NOT NULL,
    PRIMARY KEY (task_id)
);
CREATE TABLE collectiveaccess.ca_tour_labels (
    label_id bigint NOT NULL,
    tour_id bigint NOT NULL,
    locale_id integer NOT NULL,
    name_sort character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_tour_stop_labels (
    label_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    locale_id integer NOT NULL,
    name character varying(8192) NOT NULL,
    name_sort character varying(255) NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops (
    stop_id bigint NOT NULL,
    parent_id bigint,
    tour_id bigint NOT NULL,
    type_id bigint,
    idno character varying(255) NOT NULL,
    idno_sort character varying(255) NOT NULL,
    idno_sort_num bigint NOT NULL,
    rank bigint NOT NULL,
    view_count bigint NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    hier_stop_id bigint NOT NULL,
    color character(6),
    icon bytea NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (stop_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops_x_collections (
    relation_id bigint NOT NULL,
    collection_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops_x_entities (
    relation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops_x_objects (
    relation_id bigint NOT NULL,
    object_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops_x_occurrences (
    relation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops_x_places (
    relation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops_x_tour_stops (
    relation_id bigint NOT NULL,
    stop_left_id bigint NOT NULL,
    stop_right_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_tour_stops_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    item_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_tours (
    tour_id bigint NOT NULL,
    tour_code character varying(100) NOT NULL,
    type_id bigint,
    rank bigint NOT NULL,
    color character(6),
    icon bytea NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    view_count bigint NOT NULL,
    user_id bigint,
    source_id bigint,
    source_info text NOT NULL,
    PRIMARY KEY (tour_id)
);
CREATE TABLE collectiveaccess.ca_unsaved_edits (
    edit_id integer NOT NULL,
    edit_datetime bigint NOT NULL,
    user_id bigint,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    snapshot bytea NOT NULL,
    PRIMARY KEY (edit_id)
);
CREATE TABLE collectiveaccess.ca_user_export_downloads (
    download_id bigint NOT NULL,
    created_on bigint NOT NULL,
    generated_on bigint,
    user_id bigint,
    download_type character varying(30) NOT NULL,
    metadata text NOT NULL,
    status character varying(30) NOT NULL,
    downloaded_on bigint,
    error_code integer NOT NULL,
    export_file bytea NOT NULL,
    PRIMARY KEY (download_id)
);
CREATE TABLE collectiveaccess.ca_user_groups (
    group_id bigint NOT NULL,
    parent_id bigint,
    name character varying(255) NOT NULL,
    code character varying(20) NOT NULL,
    description text NOT NULL,
    for_public_use smallint NOT NULL,
    user_id bigint,
    rank integer NOT NULL,
    vars text NOT NULL,
    hier_left numeric(30,20) NOT NULL,
    hier_right numeric(30,20) NOT NULL,
    PRIMARY KEY (group_id)
);
CREATE TABLE collectiveaccess.ca_user_notes (
    note_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    user_id bigint NOT NULL,
    bundle_name character varying(255) NOT NULL,
    note text NOT NULL,
    created_on bigint NOT NULL,
    PRIMARY KEY (note_id)
);
CREATE TABLE collectiveaccess.ca_user_representation_annotation_labels (
    label_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    locale_id integer NOT NULL,
    type_id bigint,
    name text NOT NULL,
    name_sort text NOT NULL,
    source_info text NOT NULL,
    is_preferred smallint NOT NULL,
    PRIMARY KEY (label_id)
);
CREATE TABLE collectiveaccess.ca_user_representation_annotations (
    annotation_id bigint NOT NULL,
    representation_id bigint NOT NULL,
    idno character varying(255),
    locale_id integer,
    user_id bigint,
    session_id character varying(255),
    type_code character varying(30) NOT NULL,
    props text NOT NULL,
    preview bytea NOT NULL,
    source_info text NOT NULL,
    access smallint NOT NULL,
    status smallint NOT NULL,
    PRIMARY KEY (annotation_id)
);
CREATE TABLE collectiveaccess.ca_user_representation_annotations_x_entities (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_user_representation_annotations_x_objects (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_user_representation_annotations_x_occurrences (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    occurrence_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_user_representation_annotations_x_places (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    place_id bigint NOT NULL,
    type_id integer NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_user_representation_annotations_x_vocabulary_terms (
    relation_id bigint NOT NULL,
    annotation_id bigint NOT NULL,
    type_id integer NOT NULL,
    item_id bigint NOT NULL,
    source_info text NOT NULL,
    sdatetime numeric(30,20),
    edatetime numeric(30,20),
    label_left_id bigint,
    label_right_id bigint,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_user_roles (
    role_id integer NOT NULL,
    name character varying(255) NOT NULL,
    code character varying(20) NOT NULL,
    description text NOT NULL,
    rank integer NOT NULL,
    vars text NOT NULL,
    field_access text NOT NULL,
    PRIMARY KEY (role_id)
);
CREATE TABLE collectiveaccess.ca_user_sort_items (
    item_id bigint NOT NULL,
    sort_id bigint NOT NULL,
    bundle_name character varying(255) NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (item_id)
);
CREATE TABLE collectiveaccess.ca_user_sorts (
    sort_id bigint NOT NULL,
    table_num smallint NOT NULL,
    user_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    settings text NOT NULL,
    sort_type character(1),
    rank integer NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (sort_id)
);
CREATE TABLE collectiveaccess.ca_users (
    user_id bigint NOT NULL,
    user_name character varying(255) NOT NULL,
    userclass smallint NOT NULL,
    password character varying(100) NOT NULL,
    fname character varying(255) NOT NULL,
    lname character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    sms_number character varying(30) NOT NULL,
    vars text NOT NULL,
    volatile_vars text NOT NULL,
    active smallint NOT NULL,
    confirmed_on bigint,
    confirmation_key character(32),
    registered_on bigint,
    entity_id bigint,
    PRIMARY KEY (user_id)
);
CREATE TABLE collectiveaccess.ca_users_x_groups (
    relation_id bigint NOT NULL,
    user_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_users_x_roles (
    relation_id bigint NOT NULL,
    user_id bigint NOT NULL,
    role_id integer NOT NULL,
    rank bigint NOT NULL,
    PRIMARY KEY (relation_id)
);
CREATE TABLE collectiveaccess.ca_watch_list (
    watch_id bigint NOT NULL,
    table_num smallint NOT NULL,
    row_id bigint NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (watch_id)
);
ALTER TABLE collectiveaccess.ca_acl ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_acl ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_attribute_value_multifiles ADD FOREIGN KEY (value_id) REFERENCES collectiveaccess.ca_attribute_values (value_id);
ALTER TABLE collectiveaccess.ca_attribute_values ADD FOREIGN KEY (attribute_id) REFERENCES collectiveaccess.ca_attributes (attribute_id);
ALTER TABLE collectiveaccess.ca_attribute_values ADD FOREIGN KEY (element_id) REFERENCES collectiveaccess.ca_metadata_elements (element_id);
ALTER TABLE collectiveaccess.ca_attribute_values ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_attributes ADD FOREIGN KEY (element_id) REFERENCES collectiveaccess.ca_metadata_elements (element_id);
ALTER TABLE collectiveaccess.ca_attributes ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_batch_log ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_batch_log_items ADD FOREIGN KEY (batch_id) REFERENCES collectiveaccess.ca_batch_log (batch_id);
ALTER TABLE collectiveaccess.ca_bookmark_folders ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_bookmarks ADD FOREIGN KEY (folder_id) REFERENCES collectiveaccess.ca_bookmark_folders (folder_id);
ALTER TABLE collectiveaccess.ca_bundle_display_labels ADD FOREIGN KEY (display_id) REFERENCES collectiveaccess.ca_bundle_displays (display_id);
ALTER TABLE collectiveaccess.ca_bundle_display_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_bundle_display_placements ADD FOREIGN KEY (display_id) REFERENCES collectiveaccess.ca_bundle_displays (display_id);
ALTER TABLE collectiveaccess.ca_bundle_display_type_restrictions ADD FOREIGN KEY (display_id) REFERENCES collectiveaccess.ca_bundle_displays (display_id);
ALTER TABLE collectiveaccess.ca_bundle_displays ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_bundle_displays_x_user_groups ADD FOREIGN KEY (display_id) REFERENCES collectiveaccess.ca_bundle_displays (display_id);
ALTER TABLE collectiveaccess.ca_bundle_displays_x_user_groups ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_bundle_displays_x_users ADD FOREIGN KEY (display_id) REFERENCES collectiveaccess.ca_bundle_displays (display_id);
ALTER TABLE collectiveaccess.ca_bundle_displays_x_users ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_change_log_snapshots ADD FOREIGN KEY (log_id) REFERENCES collectiveaccess.ca_change_log (log_id);
ALTER TABLE collectiveaccess.ca_change_log_subjects ADD FOREIGN KEY (log_id) REFERENCES collectiveaccess.ca_change_log (log_id);
ALTER TABLE collectiveaccess.ca_collection_labels ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_collection_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_collection_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (deaccession_type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (home_location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_collections_x_collections ADD FOREIGN KEY (collection_left_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_collections_x_collections ADD FOREIGN KEY (collection_right_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_collections_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_collections_x_storage_locations ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_collections_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_collections_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_collections_x_vocabulary_terms ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_collections_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_collections_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_collections_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_data_exporter_items ADD FOREIGN KEY (exporter_id) REFERENCES collectiveaccess.ca_data_exporters (exporter_id);
ALTER TABLE collectiveaccess.ca_data_exporter_items ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_data_exporter_items (item_id);
ALTER TABLE collectiveaccess.ca_data_exporter_labels ADD FOREIGN KEY (exporter_id) REFERENCES collectiveaccess.ca_data_exporters (exporter_id);
ALTER TABLE collectiveaccess.ca_data_exporter_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_data_import_event_log ADD FOREIGN KEY (event_id) REFERENCES collectiveaccess.ca_data_import_events (event_id);
ALTER TABLE collectiveaccess.ca_data_import_event_log ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_data_import_items (item_id);
ALTER TABLE collectiveaccess.ca_data_import_events ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_data_import_items ADD FOREIGN KEY (event_id) REFERENCES collectiveaccess.ca_data_import_events (event_id);
ALTER TABLE collectiveaccess.ca_data_importer_groups ADD FOREIGN KEY (importer_id) REFERENCES collectiveaccess.ca_data_importers (importer_id);
ALTER TABLE collectiveaccess.ca_data_importer_items ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_data_importer_groups (group_id);
ALTER TABLE collectiveaccess.ca_data_importer_items ADD FOREIGN KEY (importer_id) REFERENCES collectiveaccess.ca_data_importers (importer_id);
ALTER TABLE collectiveaccess.ca_data_importer_labels ADD FOREIGN KEY (importer_id) REFERENCES collectiveaccess.ca_data_importers (importer_id);
ALTER TABLE collectiveaccess.ca_data_importer_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_data_importer_log ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_data_importer_log ADD FOREIGN KEY (importer_id) REFERENCES collectiveaccess.ca_data_importers (importer_id);
ALTER TABLE collectiveaccess.ca_data_importer_log_items ADD FOREIGN KEY (log_id) REFERENCES collectiveaccess.ca_data_importer_log (log_id);
ALTER TABLE collectiveaccess.ca_download_log ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_download_log ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_editor_ui_bundle_placements ADD FOREIGN KEY (screen_id) REFERENCES collectiveaccess.ca_editor_ui_screens (screen_id);
ALTER TABLE collectiveaccess.ca_editor_ui_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_editor_ui_labels ADD FOREIGN KEY (ui_id) REFERENCES collectiveaccess.ca_editor_uis (ui_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screen_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screen_labels ADD FOREIGN KEY (screen_id) REFERENCES collectiveaccess.ca_editor_ui_screens (screen_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screen_type_restrictions ADD FOREIGN KEY (screen_id) REFERENCES collectiveaccess.ca_editor_ui_screens (screen_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_editor_ui_screens (screen_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens ADD FOREIGN KEY (ui_id) REFERENCES collectiveaccess.ca_editor_uis (ui_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens_x_roles ADD FOREIGN KEY (role_id) REFERENCES collectiveaccess.ca_user_roles (role_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens_x_roles ADD FOREIGN KEY (screen_id) REFERENCES collectiveaccess.ca_editor_ui_screens (screen_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens_x_user_groups ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens_x_user_groups ADD FOREIGN KEY (screen_id) REFERENCES collectiveaccess.ca_editor_ui_screens (screen_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens_x_users ADD FOREIGN KEY (screen_id) REFERENCES collectiveaccess.ca_editor_ui_screens (screen_id);
ALTER TABLE collectiveaccess.ca_editor_ui_screens_x_users ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_editor_ui_type_restrictions ADD FOREIGN KEY (ui_id) REFERENCES collectiveaccess.ca_editor_uis (ui_id);
ALTER TABLE collectiveaccess.ca_editor_uis ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_editor_uis_x_roles ADD FOREIGN KEY (role_id) REFERENCES collectiveaccess.ca_user_roles (role_id);
ALTER TABLE collectiveaccess.ca_editor_uis_x_roles ADD FOREIGN KEY (ui_id) REFERENCES collectiveaccess.ca_editor_uis (ui_id);
ALTER TABLE collectiveaccess.ca_editor_uis_x_user_groups ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_editor_uis_x_user_groups ADD FOREIGN KEY (ui_id) REFERENCES collectiveaccess.ca_editor_uis (ui_id);
ALTER TABLE collectiveaccess.ca_editor_uis_x_users ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_editor_uis_x_users ADD FOREIGN KEY (ui_id) REFERENCES collectiveaccess.ca_editor_uis (ui_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_entities_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_entities_x_collections ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_entities_x_entities ADD FOREIGN KEY (entity_left_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities_x_entities ADD FOREIGN KEY (entity_right_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_entities_x_occurrences ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_entities_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_entities_x_places ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_entities_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_entities_x_storage_locations ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_entities_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_entities_x_vocabulary_terms ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entities_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_entities_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_entities_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_entity_labels ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_entity_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_entity_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_groups_x_roles ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_groups_x_roles ADD FOREIGN KEY (role_id) REFERENCES collectiveaccess.ca_user_roles (role_id);
ALTER TABLE collectiveaccess.ca_history_tracking_current_value_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_history_tracking_current_value_labels ADD FOREIGN KEY (tracking_id) REFERENCES collectiveaccess.ca_history_tracking_current_values (tracking_id);
ALTER TABLE collectiveaccess.ca_history_tracking_current_value_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_ips ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_item_comments ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_item_comments ADD FOREIGN KEY (moderated_by_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_item_comments ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_item_tags ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_items_x_tags ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_items_x_tags ADD FOREIGN KEY (moderated_by_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_items_x_tags ADD FOREIGN KEY (tag_id) REFERENCES collectiveaccess.ca_item_tags (tag_id);
ALTER TABLE collectiveaccess.ca_items_x_tags ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_list_item_labels ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_list_item_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_list_item_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_list_items ADD FOREIGN KEY (list_id) REFERENCES collectiveaccess.ca_lists (list_id);
ALTER TABLE collectiveaccess.ca_list_items ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_list_items ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_list_items ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_list_items_x_list_items ADD FOREIGN KEY (term_left_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_list_items_x_list_items ADD FOREIGN KEY (term_right_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_list_items_x_list_items ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_list_items_x_list_items ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_list_items_x_list_items ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_list_labels ADD FOREIGN KEY (list_id) REFERENCES collectiveaccess.ca_lists (list_id);
ALTER TABLE collectiveaccess.ca_list_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_loan_labels ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loan_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_loan_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_loans ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_loans_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_loans_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_collections ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_loans_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_entities ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_loans ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_loans ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_loans ADD FOREIGN KEY (loan_left_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_loans ADD FOREIGN KEY (loan_right_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_loans ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_movements ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_movements ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_movements ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_movements ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_loans_x_movements ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_lots ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_lots ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_lots ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_lots ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_lots ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_representations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_representations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_representations ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_representations ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_loans_x_object_representations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_objects ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_objects ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_objects ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_objects ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_loans_x_objects ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_occurrences ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_loans_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_places ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_loans_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_storage_locations ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_loans_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_loans_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_loans_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_loan_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_loans_x_vocabulary_terms ADD FOREIGN KEY (loan_id) REFERENCES collectiveaccess.ca_loans (loan_id);
ALTER TABLE collectiveaccess.ca_loans_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_media_upload_session_files ADD FOREIGN KEY (session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_media_upload_sessions ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rule_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rule_labels ADD FOREIGN KEY (rule_id) REFERENCES collectiveaccess.ca_metadata_alert_rules (rule_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rule_type_restrictions ADD FOREIGN KEY (rule_id) REFERENCES collectiveaccess.ca_metadata_alert_rules (rule_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rules ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rules_x_user_groups ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rules_x_user_groups ADD FOREIGN KEY (rule_id) REFERENCES collectiveaccess.ca_metadata_alert_rules (rule_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rules_x_users ADD FOREIGN KEY (rule_id) REFERENCES collectiveaccess.ca_metadata_alert_rules (rule_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_rules_x_users ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_triggers ADD FOREIGN KEY (rule_id) REFERENCES collectiveaccess.ca_metadata_alert_rules (rule_id);
ALTER TABLE collectiveaccess.ca_metadata_alert_triggers ADD FOREIGN KEY (element_id) REFERENCES collectiveaccess.ca_metadata_elements (element_id);
ALTER TABLE collectiveaccess.ca_metadata_dictionary_entry_labels ADD FOREIGN KEY (entry_id) REFERENCES collectiveaccess.ca_metadata_dictionary_entries (entry_id);
ALTER TABLE collectiveaccess.ca_metadata_dictionary_entry_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_metadata_dictionary_rule_violations ADD FOREIGN KEY (rule_id) REFERENCES collectiveaccess.ca_metadata_dictionary_rules (rule_id);
ALTER TABLE collectiveaccess.ca_metadata_dictionary_rules ADD FOREIGN KEY (entry_id) REFERENCES collectiveaccess.ca_metadata_dictionary_entries (entry_id);
ALTER TABLE collectiveaccess.ca_metadata_element_labels ADD FOREIGN KEY (element_id) REFERENCES collectiveaccess.ca_metadata_elements (element_id);
ALTER TABLE collectiveaccess.ca_metadata_element_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_metadata_elements ADD FOREIGN KEY (list_id) REFERENCES collectiveaccess.ca_lists (list_id);
ALTER TABLE collectiveaccess.ca_metadata_elements ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_metadata_elements (element_id);
ALTER TABLE collectiveaccess.ca_metadata_type_restrictions ADD FOREIGN KEY (element_id) REFERENCES collectiveaccess.ca_metadata_elements (element_id);
ALTER TABLE collectiveaccess.ca_movement_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_movement_labels ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movement_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_movements ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_movements ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_movements ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_movements ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_movements ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_movements ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_movements ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_movements_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_movements_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_collections ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_movements_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_entities ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_movements ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_movements ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_movements ADD FOREIGN KEY (movement_left_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_movements ADD FOREIGN KEY (movement_right_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_movements ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_lots ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_lots ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_lots ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_lots ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_lots ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_representations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_representations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_representations ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_representations ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_movements_x_object_representations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_objects ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_objects ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_objects ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_objects ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_movements_x_objects ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_occurrences ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_movements_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_places ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_movements_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_movements_x_storage_locations ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_movements_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_movements_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_movement_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_movements_x_vocabulary_terms ADD FOREIGN KEY (movement_id) REFERENCES collectiveaccess.ca_movements (movement_id);
ALTER TABLE collectiveaccess.ca_movements_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_notification_subjects ADD FOREIGN KEY (notification_id) REFERENCES collectiveaccess.ca_notifications (notification_id);
ALTER TABLE collectiveaccess.ca_object_checkouts ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_object_checkouts ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_object_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_object_labels ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_object_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lot_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_object_lot_labels ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lot_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (deaccession_type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (home_location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (lot_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_object_lots ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_collections ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_entities ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_lots ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_lots ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_lots ADD FOREIGN KEY (lot_left_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_lots ADD FOREIGN KEY (lot_right_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_lots ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_representations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_representations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_representations ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_representations ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_object_representations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_occurrences ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_places ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_storage_locations ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_lot_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_vocabulary_terms ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_lots_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_representation_captions ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_object_representation_captions ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representation_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_object_representation_labels ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representation_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_representation_multifiles ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representation_sidecars ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (home_location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_representations ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_collections ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_entities ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_object_representations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_object_representations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_object_representations ADD FOREIGN KEY (representation_left_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_object_representations ADD FOREIGN KEY (representation_right_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_object_representations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_occurrences ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_places ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_storage_locations ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_representation_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_vocabulary_terms ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_object_representations_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (acquisition_type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (circulation_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (deaccession_type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (home_location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (item_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (lot_id) REFERENCES collectiveaccess.ca_object_lots (lot_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_objects ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_objects_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_collections ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_objects_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_objects_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_entities ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_objects_x_object_representations ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_object_representations ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_objects_x_objects ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_objects ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_objects ADD FOREIGN KEY (object_left_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_objects ADD FOREIGN KEY (object_right_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_objects ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_objects_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_occurrences ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_objects_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_objects_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_places ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_objects_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_objects_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_objects_x_storage_locations ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_objects_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_objects_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_objects_x_vocabulary_terms ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_objects_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_occurrence_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_occurrence_labels ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_occurrence_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_collections ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_occurrences ADD FOREIGN KEY (occurrence_left_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_occurrences ADD FOREIGN KEY (occurrence_right_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_storage_locations ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_vocabulary_terms ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_occurrences_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_place_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_place_labels ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_place_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (hierarchy_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_places_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_places_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_collections ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_places_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_places_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_places_x_occurrences ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_places_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_places_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_places ADD FOREIGN KEY (place_left_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_places_x_places ADD FOREIGN KEY (place_right_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_places_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_places_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_storage_locations ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_places_x_storage_locations ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_places_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_places_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_places_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_places_x_vocabulary_terms ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_places_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_relationship_relationships ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_relationship_type_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_relationship_type_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_relationship_type_restrictions ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_relationship_types ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_representation_annotation_labels ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_representation_annotation_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_representation_annotation_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_representation_annotations ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_representation_annotations ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_representation_annotations ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_entities ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_objects ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_objects ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_objects ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_objects ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_objects ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_occurrences ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_places ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_representation_transcriptions ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_representation_transcriptions ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_search_form_labels ADD FOREIGN KEY (form_id) REFERENCES collectiveaccess.ca_search_forms (form_id);
ALTER TABLE collectiveaccess.ca_search_form_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_search_form_placements ADD FOREIGN KEY (form_id) REFERENCES collectiveaccess.ca_search_forms (form_id);
ALTER TABLE collectiveaccess.ca_search_form_type_restrictions ADD FOREIGN KEY (form_id) REFERENCES collectiveaccess.ca_search_forms (form_id);
ALTER TABLE collectiveaccess.ca_search_forms ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_search_forms_x_user_groups ADD FOREIGN KEY (form_id) REFERENCES collectiveaccess.ca_search_forms (form_id);
ALTER TABLE collectiveaccess.ca_search_forms_x_user_groups ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_search_forms_x_users ADD FOREIGN KEY (form_id) REFERENCES collectiveaccess.ca_search_forms (form_id);
ALTER TABLE collectiveaccess.ca_search_forms_x_users ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_search_log ADD FOREIGN KEY (form_id) REFERENCES collectiveaccess.ca_search_forms (form_id);
ALTER TABLE collectiveaccess.ca_search_log ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_set_item_labels ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_set_items (item_id);
ALTER TABLE collectiveaccess.ca_set_item_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_set_items ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_set_items ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_set_items ADD FOREIGN KEY (set_id) REFERENCES collectiveaccess.ca_sets (set_id);
ALTER TABLE collectiveaccess.ca_set_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_set_labels ADD FOREIGN KEY (set_id) REFERENCES collectiveaccess.ca_sets (set_id);
ALTER TABLE collectiveaccess.ca_sets ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_sets (set_id);
ALTER TABLE collectiveaccess.ca_sets ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_sets ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_sets_x_anonymous_access ADD FOREIGN KEY (set_id) REFERENCES collectiveaccess.ca_sets (set_id);
ALTER TABLE collectiveaccess.ca_sets_x_user_groups ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_sets_x_user_groups ADD FOREIGN KEY (set_id) REFERENCES collectiveaccess.ca_sets (set_id);
ALTER TABLE collectiveaccess.ca_sets_x_users ADD FOREIGN KEY (set_id) REFERENCES collectiveaccess.ca_sets (set_id);
ALTER TABLE collectiveaccess.ca_sets_x_users ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_site_page_media ADD FOREIGN KEY (page_id) REFERENCES collectiveaccess.ca_site_pages (page_id);
ALTER TABLE collectiveaccess.ca_site_pages ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_site_pages ADD FOREIGN KEY (template_id) REFERENCES collectiveaccess.ca_site_templates (template_id);
ALTER TABLE collectiveaccess.ca_storage_location_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_storage_location_labels ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_storage_location_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (home_location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (submission_group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (submission_session_id) REFERENCES collectiveaccess.ca_media_upload_sessions (session_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (submission_status_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (submission_user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_storage_locations ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_storage_locations ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_storage_locations ADD FOREIGN KEY (location_left_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_storage_locations ADD FOREIGN KEY (location_right_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_storage_locations ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_storage_location_labels (label_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_vocabulary_terms ADD FOREIGN KEY (location_id) REFERENCES collectiveaccess.ca_storage_locations (location_id);
ALTER TABLE collectiveaccess.ca_storage_locations_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tour_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_tour_labels ADD FOREIGN KEY (tour_id) REFERENCES collectiveaccess.ca_tours (tour_id);
ALTER TABLE collectiveaccess.ca_tour_stop_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_tour_stop_labels ADD FOREIGN KEY (stop_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops ADD FOREIGN KEY (tour_id) REFERENCES collectiveaccess.ca_tours (tour_id);
ALTER TABLE collectiveaccess.ca_tour_stops ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_collections ADD FOREIGN KEY (collection_id) REFERENCES collectiveaccess.ca_collections (collection_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_collections ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_collections ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_collection_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_collections ADD FOREIGN KEY (stop_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_collections ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_entities ADD FOREIGN KEY (stop_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_objects ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_objects ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_objects ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_objects ADD FOREIGN KEY (stop_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_objects ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_occurrences ADD FOREIGN KEY (stop_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_places ADD FOREIGN KEY (stop_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_tour_stops ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_tour_stops ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_tour_stops ADD FOREIGN KEY (stop_left_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_tour_stops ADD FOREIGN KEY (stop_right_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_tour_stops ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_tour_stop_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_vocabulary_terms ADD FOREIGN KEY (stop_id) REFERENCES collectiveaccess.ca_tour_stops (stop_id);
ALTER TABLE collectiveaccess.ca_tour_stops_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_tours ADD FOREIGN KEY (source_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_tours ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_user_export_downloads ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_user_groups ADD FOREIGN KEY (parent_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_user_groups ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_user_notes ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotation_labels ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_user_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotation_labels ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotation_labels ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations ADD FOREIGN KEY (locale_id) REFERENCES collectiveaccess.ca_locales (locale_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations ADD FOREIGN KEY (representation_id) REFERENCES collectiveaccess.ca_object_representations (representation_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_entities ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_user_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_entities ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_entities ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_user_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_entities ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_entity_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_entities ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_objects ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_user_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_objects ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_user_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_objects ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_object_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_objects ADD FOREIGN KEY (object_id) REFERENCES collectiveaccess.ca_objects (object_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_objects ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_occurrences ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_user_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_occurrences ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_user_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_occurrences ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_occurrence_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_occurrences ADD FOREIGN KEY (occurrence_id) REFERENCES collectiveaccess.ca_occurrences (occurrence_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_occurrences ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_places ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_user_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_places ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_user_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_places ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_place_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_places ADD FOREIGN KEY (place_id) REFERENCES collectiveaccess.ca_places (place_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_places ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (annotation_id) REFERENCES collectiveaccess.ca_user_representation_annotations (annotation_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (item_id) REFERENCES collectiveaccess.ca_list_items (item_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (label_left_id) REFERENCES collectiveaccess.ca_user_representation_annotation_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (label_right_id) REFERENCES collectiveaccess.ca_list_item_labels (label_id);
ALTER TABLE collectiveaccess.ca_user_representation_annotations_x_vocabulary_terms ADD FOREIGN KEY (type_id) REFERENCES collectiveaccess.ca_relationship_types (type_id);
ALTER TABLE collectiveaccess.ca_user_sort_items ADD FOREIGN KEY (sort_id) REFERENCES collectiveaccess.ca_user_sorts (sort_id);
ALTER TABLE collectiveaccess.ca_user_sorts ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_users ADD FOREIGN KEY (entity_id) REFERENCES collectiveaccess.ca_entities (entity_id);
ALTER TABLE collectiveaccess.ca_users_x_groups ADD FOREIGN KEY (group_id) REFERENCES collectiveaccess.ca_user_groups (group_id);
ALTER TABLE collectiveaccess.ca_users_x_groups ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_users_x_roles ADD FOREIGN KEY (role_id) REFERENCES collectiveaccess.ca_user_roles (role_id);
ALTER TABLE collectiveaccess.ca_users_x_roles ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
ALTER TABLE collectiveaccess.ca_watch_list ADD FOREIGN KEY (user_id) REFERENCES collectiveaccess.ca_users (user_id);
