-- eZ Publish legacy kernel schema (ezsystems/ezpublish-legacy, kernel/sql/postgresql/kernel_schema.sql)
-- regenerated from a scratch PostgreSQL catalog; sequences, defaults and indexes left out; the source declares no foreign keys
CREATE SCHEMA ezpublish;

CREATE TABLE ezpublish.ezapprove_items (
    collaboration_id integer NOT NULL,
    id integer NOT NULL,
    workflow_process_id integer NOT NULL,
    CONSTRAINT ezapprove_items_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezbasket (
    id integer NOT NULL,
    order_id integer NOT NULL,
    productcollection_id integer NOT NULL,
    session_id character varying(255) NOT NULL,
    CONSTRAINT ezbasket_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezbinaryfile (
    contentobject_attribute_id integer NOT NULL,
    download_count integer NOT NULL,
    filename character varying(255) NOT NULL,
    mime_type character varying(255) NOT NULL,
    original_filename character varying(255) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT ezbinaryfile_pkey PRIMARY KEY (contentobject_attribute_id, version)
);

CREATE TABLE ezpublish.ezcobj_state (
    default_language_id integer NOT NULL,
    group_id integer NOT NULL,
    id integer NOT NULL,
    identifier character varying(45) NOT NULL,
    language_mask integer NOT NULL,
    priority integer NOT NULL,
    CONSTRAINT ezcobj_state_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcobj_state_group (
    default_language_id integer NOT NULL,
    id integer NOT NULL,
    identifier character varying(45) NOT NULL,
    language_mask integer NOT NULL,
    CONSTRAINT ezcobj_state_group_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcobj_state_group_language (
    contentobject_state_group_id integer NOT NULL,
    description text NOT NULL,
    language_id integer NOT NULL,
    real_language_id integer NOT NULL,
    name character varying(45) NOT NULL,
    CONSTRAINT ezcobj_state_group_language_pkey PRIMARY KEY (contentobject_state_group_id, real_language_id)
);

CREATE TABLE ezpublish.ezcobj_state_language (
    contentobject_state_id integer NOT NULL,
    description text NOT NULL,
    language_id integer NOT NULL,
    name character varying(45) NOT NULL,
    CONSTRAINT ezcobj_state_language_pkey PRIMARY KEY (contentobject_state_id, language_id)
);

CREATE TABLE ezpublish.ezcobj_state_link (
    contentobject_id integer NOT NULL,
    contentobject_state_id integer NOT NULL,
    CONSTRAINT ezcobj_state_link_pkey PRIMARY KEY (contentobject_id, contentobject_state_id)
);

CREATE TABLE ezpublish.ezcollab_group (
    created integer NOT NULL,
    depth integer NOT NULL,
    id integer NOT NULL,
    is_open integer NOT NULL,
    modified integer NOT NULL,
    parent_group_id integer NOT NULL,
    path_string character varying(255) NOT NULL,
    priority integer NOT NULL,
    title character varying(255) NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezcollab_group_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcollab_item (
    created integer NOT NULL,
    creator_id integer NOT NULL,
    data_float1 real NOT NULL,
    data_float2 real NOT NULL,
    data_float3 real NOT NULL,
    data_int1 integer NOT NULL,
    data_int2 integer NOT NULL,
    data_int3 integer NOT NULL,
    data_text1 text NOT NULL,
    data_text2 text NOT NULL,
    data_text3 text NOT NULL,
    id integer NOT NULL,
    modified integer NOT NULL,
    status integer NOT NULL,
    type_identifier character varying(40) NOT NULL,
    CONSTRAINT ezcollab_item_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcollab_item_group_link (
    collaboration_id integer NOT NULL,
    created integer NOT NULL,
    group_id integer NOT NULL,
    is_active integer NOT NULL,
    is_read integer NOT NULL,
    last_read integer NOT NULL,
    modified integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezcollab_item_group_link_pkey PRIMARY KEY (collaboration_id, group_id, user_id)
);

CREATE TABLE ezpublish.ezcollab_item_message_link (
    collaboration_id integer NOT NULL,
    created integer NOT NULL,
    id integer NOT NULL,
    message_id integer NOT NULL,
    message_type integer NOT NULL,
    modified integer NOT NULL,
    participant_id integer NOT NULL,
    CONSTRAINT ezcollab_item_message_link_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcollab_item_participant_link (
    collaboration_id integer NOT NULL,
    created integer NOT NULL,
    is_active integer NOT NULL,
    is_read integer NOT NULL,
    last_read integer NOT NULL,
    modified integer NOT NULL,
    participant_id integer NOT NULL,
    participant_role integer NOT NULL,
    participant_type integer NOT NULL,
    CONSTRAINT ezcollab_item_participant_link_pkey PRIMARY KEY (collaboration_id, participant_id)
);

CREATE TABLE ezpublish.ezcollab_item_status (
    collaboration_id integer NOT NULL,
    is_active integer NOT NULL,
    is_read integer NOT NULL,
    last_read integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezcollab_item_status_pkey PRIMARY KEY (collaboration_id, user_id)
);

CREATE TABLE ezpublish.ezcollab_notification_rule (
    collab_identifier character varying(255) NOT NULL,
    id integer NOT NULL,
    user_id character varying(255) NOT NULL,
    CONSTRAINT ezcollab_notification_rule_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcollab_profile (
    created integer NOT NULL,
    data_text1 text NOT NULL,
    id integer NOT NULL,
    main_group integer NOT NULL,
    modified integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezcollab_profile_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcollab_simple_message (
    created integer NOT NULL,
    creator_id integer NOT NULL,
    data_float1 real NOT NULL,
    data_float2 real NOT NULL,
    data_float3 real NOT NULL,
    data_int1 integer NOT NULL,
    data_int2 integer NOT NULL,
    data_int3 integer NOT NULL,
    data_text1 text NOT NULL,
    data_text2 text NOT NULL,
    data_text3 text NOT NULL,
    id integer NOT NULL,
    message_type character varying(40) NOT NULL,
    modified integer NOT NULL,
    CONSTRAINT ezcollab_simple_message_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcontent_language (
    disabled integer NOT NULL,
    id integer NOT NULL,
    locale character varying(20) NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT ezcontent_language_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcontentbrowsebookmark (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    node_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezcontentbrowsebookmark_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcontentbrowserecent (
    created integer NOT NULL,
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    node_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezcontentbrowserecent_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcontentclass (
    always_available integer NOT NULL,
    contentobject_name character varying(255),
    created integer NOT NULL,
    creator_id integer NOT NULL,
    id integer NOT NULL,
    identifier character varying(50) NOT NULL,
    initial_language_id integer NOT NULL,
    is_container integer NOT NULL,
    language_mask integer NOT NULL,
    modified integer NOT NULL,
    modifier_id integer NOT NULL,
    remote_id character varying(100) NOT NULL,
    serialized_description_list text,
    serialized_name_list text,
    sort_field integer NOT NULL,
    sort_order integer NOT NULL,
    url_alias_name character varying(255),
    version integer NOT NULL,
    CONSTRAINT ezcontentclass_pkey PRIMARY KEY (id, version)
);

CREATE TABLE ezpublish.ezcontentclass_attribute (
    can_translate integer,
    category character varying(25) NOT NULL,
    contentclass_id integer NOT NULL,
    data_float1 double precision,
    data_float2 double precision,
    data_float3 double precision,
    data_float4 double precision,
    data_int1 integer,
    data_int2 integer,
    data_int3 integer,
    data_int4 integer,
    data_text1 character varying(50),
    data_text2 character varying(50),
    data_text3 character varying(50),
    data_text4 character varying(255),
    data_text5 text,
    data_type_string character varying(50) NOT NULL,
    id integer NOT NULL,
    identifier character varying(50) NOT NULL,
    is_information_collector integer NOT NULL,
    is_required integer NOT NULL,
    is_searchable integer NOT NULL,
    placement integer NOT NULL,
    serialized_data_text text,
    serialized_description_list text,
    serialized_name_list text NOT NULL,
    version integer NOT NULL,
    CONSTRAINT ezcontentclass_attribute_pkey PRIMARY KEY (id, version)
);

CREATE TABLE ezpublish.ezcontentclass_classgroup (
    contentclass_id integer NOT NULL,
    contentclass_version integer NOT NULL,
    group_id integer NOT NULL,
    group_name character varying(255),
    CONSTRAINT ezcontentclass_classgroup_pkey PRIMARY KEY (contentclass_id, contentclass_version, group_id)
);

CREATE TABLE ezpublish.ezcontentclass_name (
    contentclass_id integer NOT NULL,
    contentclass_version integer NOT NULL,
    language_id integer NOT NULL,
    language_locale character varying(20) NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT ezcontentclass_name_pkey PRIMARY KEY (contentclass_id, contentclass_version, language_id)
);

CREATE TABLE ezpublish.ezcontentclassgroup (
    created integer NOT NULL,
    creator_id integer NOT NULL,
    id integer NOT NULL,
    modified integer NOT NULL,
    modifier_id integer NOT NULL,
    name character varying(255),
    CONSTRAINT ezcontentclassgroup_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcontentobject (
    contentclass_id integer NOT NULL,
    current_version integer,
    id integer NOT NULL,
    initial_language_id integer NOT NULL,
    language_mask integer NOT NULL,
    modified integer NOT NULL,
    name character varying(255),
    owner_id integer NOT NULL,
    published integer NOT NULL,
    remote_id character varying(100),
    section_id integer NOT NULL,
    status integer,
    CONSTRAINT ezcontentobject_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcontentobject_attribute (
    attribute_original_id integer,
    contentclassattribute_id integer NOT NULL,
    contentobject_id integer NOT NULL,
    data_float double precision,
    data_int integer,
    data_text text,
    data_type_string character varying(50),
    id integer NOT NULL,
    language_code character varying(20) NOT NULL,
    language_id integer NOT NULL,
    sort_key_int integer NOT NULL,
    sort_key_string character varying(255) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT ezcontentobject_attribute_pkey PRIMARY KEY (id, version)
);

CREATE TABLE ezpublish.ezcontentobject_link (
    contentclassattribute_id integer NOT NULL,
    from_contentobject_id integer NOT NULL,
    from_contentobject_version integer NOT NULL,
    id integer NOT NULL,
    relation_type integer NOT NULL,
    to_contentobject_id integer NOT NULL,
    CONSTRAINT ezcontentobject_link_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcontentobject_name (
    content_translation character varying(20) NOT NULL,
    content_version integer NOT NULL,
    contentobject_id integer NOT NULL,
    language_id integer NOT NULL,
    name character varying(255),
    real_translation character varying(20),
    CONSTRAINT ezcontentobject_name_pkey PRIMARY KEY (contentobject_id, content_version, content_translation)
);

CREATE TABLE ezpublish.ezcontentobject_trash (
    contentobject_id integer,
    contentobject_version integer,
    depth integer NOT NULL,
    is_hidden integer NOT NULL,
    is_invisible integer NOT NULL,
    main_node_id integer,
    modified_subnode integer,
    node_id integer NOT NULL,
    parent_node_id integer NOT NULL,
    path_identification_string text,
    path_string character varying(255) NOT NULL,
    priority integer NOT NULL,
    remote_id character varying(100) NOT NULL,
    sort_field integer,
    sort_order integer,
    trashed integer NOT NULL,
    CONSTRAINT ezcontentobject_trash_pkey PRIMARY KEY (node_id)
);

CREATE TABLE ezpublish.ezcontentobject_tree (
    contentobject_id integer,
    contentobject_is_published integer,
    contentobject_version integer,
    depth integer NOT NULL,
    is_hidden integer NOT NULL,
    is_invisible integer NOT NULL,
    main_node_id integer,
    modified_subnode integer,
    node_id integer NOT NULL,
    parent_node_id integer NOT NULL,
    path_identification_string text,
    path_string character varying(255) NOT NULL,
    priority integer NOT NULL,
    remote_id character varying(100) NOT NULL,
    sort_field integer,
    sort_order integer,
    CONSTRAINT ezcontentobject_tree_pkey PRIMARY KEY (node_id)
);

CREATE TABLE ezpublish.ezcontentobject_version (
    contentobject_id integer,
    created integer NOT NULL,
    creator_id integer NOT NULL,
    id integer NOT NULL,
    initial_language_id integer NOT NULL,
    language_mask integer NOT NULL,
    modified integer NOT NULL,
    status integer NOT NULL,
    user_id integer NOT NULL,
    version integer NOT NULL,
    workflow_event_pos integer,
    CONSTRAINT ezcontentobject_version_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezcurrencydata (
    auto_rate_value numeric(10,5) NOT NULL,
    code character varying(4) NOT NULL,
    custom_rate_value numeric(10,5) NOT NULL,
    id integer NOT NULL,
    locale character varying(255) NOT NULL,
    rate_factor numeric(10,5) NOT NULL,
    status integer NOT NULL,
    symbol character varying(255) NOT NULL,
    CONSTRAINT ezcurrencydata_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezdiscountrule (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT ezdiscountrule_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezdiscountsubrule (
    discount_percent real,
    discountrule_id integer NOT NULL,
    id integer NOT NULL,
    limitation character(1),
    name character varying(255) NOT NULL,
    CONSTRAINT ezdiscountsubrule_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezdiscountsubrule_value (
    discountsubrule_id integer NOT NULL,
    issection integer NOT NULL,
    value integer NOT NULL,
    CONSTRAINT ezdiscountsubrule_value_pkey PRIMARY KEY (discountsubrule_id, value, issection)
);

CREATE TABLE ezpublish.ezenumobjectvalue (
    contentobject_attribute_id integer NOT NULL,
    contentobject_attribute_version integer NOT NULL,
    enumelement character varying(255) NOT NULL,
    enumid integer NOT NULL,
    enumvalue character varying(255) NOT NULL,
    CONSTRAINT ezenumobjectvalue_pkey PRIMARY KEY (contentobject_attribute_id, contentobject_attribute_version, enumid)
);

CREATE TABLE ezpublish.ezenumvalue (
    contentclass_attribute_id integer NOT NULL,
    contentclass_attribute_version integer NOT NULL,
    enumelement character varying(255) NOT NULL,
    enumvalue character varying(255) NOT NULL,
    id integer NOT NULL,
    placement integer NOT NULL,
    CONSTRAINT ezenumvalue_pkey PRIMARY KEY (id, contentclass_attribute_id, contentclass_attribute_version)
);

CREATE TABLE ezpublish.ezforgot_password (
    hash_key character varying(32) NOT NULL,
    id integer NOT NULL,
    "time" integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezforgot_password_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezgeneral_digest_user_settings (
    user_id integer NOT NULL,
    day character varying(255) NOT NULL,
    digest_type integer NOT NULL,
    id integer NOT NULL,
    receive_digest integer NOT NULL,
    "time" character varying(255) NOT NULL,
    CONSTRAINT ezgeneral_digest_user_settings_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezimagefile (
    contentobject_attribute_id integer NOT NULL,
    filepath text NOT NULL,
    id integer NOT NULL,
    CONSTRAINT ezimagefile_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezinfocollection (
    contentobject_id integer NOT NULL,
    created integer NOT NULL,
    creator_id integer NOT NULL,
    id integer NOT NULL,
    modified integer,
    user_identifier character varying(34),
    CONSTRAINT ezinfocollection_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezinfocollection_attribute (
    contentclass_attribute_id integer NOT NULL,
    contentobject_attribute_id integer,
    contentobject_id integer,
    data_float real,
    data_int integer,
    data_text text,
    id integer NOT NULL,
    informationcollection_id integer NOT NULL,
    CONSTRAINT ezinfocollection_attribute_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezisbn_group (
    description character varying(255) NOT NULL,
    group_number integer NOT NULL,
    id integer NOT NULL,
    CONSTRAINT ezisbn_group_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezisbn_group_range (
    from_number integer NOT NULL,
    group_from character varying(32) NOT NULL,
    group_length integer NOT NULL,
    group_to character varying(32) NOT NULL,
    id integer NOT NULL,
    to_number integer NOT NULL,
    CONSTRAINT ezisbn_group_range_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezisbn_registrant_range (
    from_number integer NOT NULL,
    id integer NOT NULL,
    isbn_group_id integer NOT NULL,
    registrant_from character varying(32) NOT NULL,
    registrant_length integer NOT NULL,
    registrant_to character varying(32) NOT NULL,
    to_number integer NOT NULL,
    CONSTRAINT ezisbn_registrant_range_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezkeyword (
    class_id integer NOT NULL,
    id integer NOT NULL,
    keyword character varying(255),
    CONSTRAINT ezkeyword_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezkeyword_attribute_link (
    id integer NOT NULL,
    keyword_id integer NOT NULL,
    objectattribute_id integer NOT NULL,
    CONSTRAINT ezkeyword_attribute_link_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezmedia (
    contentobject_attribute_id integer NOT NULL,
    controls character varying(50),
    filename character varying(255) NOT NULL,
    has_controller integer,
    height integer,
    is_autoplay integer,
    is_loop integer,
    mime_type character varying(50) NOT NULL,
    original_filename character varying(255) NOT NULL,
    pluginspage character varying(255),
    quality character varying(50),
    version integer NOT NULL,
    width integer,
    CONSTRAINT ezmedia_pkey PRIMARY KEY (contentobject_attribute_id, version)
);

CREATE TABLE ezpublish.ezmessage (
    body text,
    destination_address character varying(50) NOT NULL,
    id integer NOT NULL,
    is_sent integer NOT NULL,
    send_method character varying(50) NOT NULL,
    send_time character varying(50) NOT NULL,
    send_weekday character varying(50) NOT NULL,
    title character varying(255) NOT NULL,
    CONSTRAINT ezmessage_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezmodule_run (
    function_name character varying(255),
    id integer NOT NULL,
    module_data text,
    module_name character varying(255),
    workflow_process_id integer,
    CONSTRAINT ezmodule_run_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezmultipricedata (
    contentobject_attr_id integer NOT NULL,
    contentobject_attr_version integer NOT NULL,
    currency_code character varying(4) NOT NULL,
    id integer NOT NULL,
    type integer NOT NULL,
    value numeric(15,2) NOT NULL,
    CONSTRAINT ezmultipricedata_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.eznode_assignment (
    contentobject_id integer,
    contentobject_version integer,
    from_node_id integer,
    id integer NOT NULL,
    is_main integer NOT NULL,
    op_code integer NOT NULL,
    parent_node integer,
    parent_remote_id character varying(100) NOT NULL,
    remote_id character varying(100) NOT NULL,
    sort_field integer,
    sort_order integer,
    priority integer NOT NULL,
    is_hidden integer NOT NULL,
    CONSTRAINT eznode_assignment_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.eznotificationcollection (
    data_subject text NOT NULL,
    data_text text NOT NULL,
    event_id integer NOT NULL,
    handler character varying(255) NOT NULL,
    id integer NOT NULL,
    transport character varying(255) NOT NULL,
    CONSTRAINT eznotificationcollection_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.eznotificationcollection_item (
    address character varying(255) NOT NULL,
    collection_id integer NOT NULL,
    event_id integer NOT NULL,
    id integer NOT NULL,
    send_date integer NOT NULL,
    CONSTRAINT eznotificationcollection_item_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.eznotificationevent (
    data_int1 integer NOT NULL,
    data_int2 integer NOT NULL,
    data_int3 integer NOT NULL,
    data_int4 integer NOT NULL,
    data_text1 text NOT NULL,
    data_text2 text NOT NULL,
    data_text3 text NOT NULL,
    data_text4 text NOT NULL,
    event_type_string character varying(255) NOT NULL,
    id integer NOT NULL,
    status integer NOT NULL,
    CONSTRAINT eznotificationevent_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezoperation_memento (
    id integer NOT NULL,
    main integer NOT NULL,
    main_key character varying(32) NOT NULL,
    memento_data text NOT NULL,
    memento_key character varying(32) NOT NULL,
    CONSTRAINT ezoperation_memento_pkey PRIMARY KEY (id, memento_key)
);

CREATE TABLE ezpublish.ezorder (
    account_identifier character varying(100) NOT NULL,
    created integer NOT NULL,
    data_text_1 text,
    data_text_2 text,
    email character varying(150),
    id integer NOT NULL,
    ignore_vat integer NOT NULL,
    is_archived integer NOT NULL,
    is_temporary integer NOT NULL,
    order_nr integer NOT NULL,
    productcollection_id integer NOT NULL,
    status_id integer,
    status_modified integer,
    status_modifier_id integer,
    user_id integer NOT NULL,
    CONSTRAINT ezorder_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezorder_item (
    description character varying(255),
    id integer NOT NULL,
    is_vat_inc integer NOT NULL,
    order_id integer NOT NULL,
    price real,
    type character varying(30),
    vat_value real NOT NULL,
    CONSTRAINT ezorder_item_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezorder_nr_incr (
    id integer NOT NULL,
    CONSTRAINT ezorder_nr_incr_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezorder_status (
    id integer NOT NULL,
    is_active integer NOT NULL,
    name character varying(255) NOT NULL,
    status_id integer NOT NULL,
    CONSTRAINT ezorder_status_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezorder_status_history (
    id integer NOT NULL,
    modified integer NOT NULL,
    modifier_id integer NOT NULL,
    order_id integer NOT NULL,
    status_id integer NOT NULL,
    CONSTRAINT ezorder_status_history_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpackage (
    id integer NOT NULL,
    install_date integer NOT NULL,
    name character varying(100) NOT NULL,
    version character varying(30) NOT NULL,
    CONSTRAINT ezpackage_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpaymentobject (
    id integer NOT NULL,
    order_id integer NOT NULL,
    payment_string character varying(255) NOT NULL,
    status integer NOT NULL,
    workflowprocess_id integer NOT NULL,
    CONSTRAINT ezpaymentobject_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpdf_export (
    created integer,
    creator_id integer,
    export_classes character varying(255),
    export_structure character varying(255),
    id integer NOT NULL,
    intro_text text,
    modified integer,
    modifier_id integer,
    pdf_filename character varying(255),
    show_frontpage integer,
    site_access character varying(255),
    source_node_id integer,
    status integer,
    sub_text text,
    title character varying(255),
    version integer NOT NULL,
    CONSTRAINT ezpdf_export_pkey PRIMARY KEY (id, version)
);

CREATE TABLE ezpublish.ezpending_actions (
    id integer NOT NULL,
    action character varying(64) NOT NULL,
    created integer,
    param text,
    CONSTRAINT ezpending_actions_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpolicy (
    function_name character varying(255),
    id integer NOT NULL,
    module_name character varying(255),
    original_id integer NOT NULL,
    role_id integer,
    CONSTRAINT ezpolicy_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpolicy_limitation (
    id integer NOT NULL,
    identifier character varying(255) NOT NULL,
    policy_id integer,
    CONSTRAINT ezpolicy_limitation_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpolicy_limitation_value (
    id integer NOT NULL,
    limitation_id integer,
    value character varying(255),
    CONSTRAINT ezpolicy_limitation_value_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpreferences (
    id integer NOT NULL,
    name character varying(100),
    user_id integer NOT NULL,
    value text,
    CONSTRAINT ezpreferences_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezprest_authcode (
    client_id character varying(200) NOT NULL,
    expirytime bigint NOT NULL,
    id character varying(200) NOT NULL,
    scope character varying(200),
    user_id integer NOT NULL,
    CONSTRAINT ezprest_authcode_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezprest_authorized_clients (
    created integer,
    id integer NOT NULL,
    rest_client_id integer,
    user_id integer,
    CONSTRAINT ezprest_authorized_clients_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezprest_clients (
    client_id character varying(200),
    client_secret character varying(200),
    created integer NOT NULL,
    description text,
    endpoint_uri character varying(200),
    id integer NOT NULL,
    name character varying(100),
    owner_id integer NOT NULL,
    updated integer NOT NULL,
    version integer NOT NULL,
    CONSTRAINT ezprest_clients_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezprest_token (
    client_id character varying(200) NOT NULL,
    expirytime bigint NOT NULL,
    id character varying(200) NOT NULL,
    refresh_token character varying(200) NOT NULL,
    scope character varying(200),
    user_id integer NOT NULL,
    CONSTRAINT ezprest_token_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezproductcategory (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT ezproductcategory_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezproductcollection (
    created integer,
    currency_code character varying(4) NOT NULL,
    id integer NOT NULL,
    CONSTRAINT ezproductcollection_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezproductcollection_item (
    contentobject_id integer NOT NULL,
    discount real,
    id integer NOT NULL,
    is_vat_inc integer,
    item_count integer NOT NULL,
    name character varying(255) NOT NULL,
    price real,
    productcollection_id integer NOT NULL,
    vat_value real,
    CONSTRAINT ezproductcollection_item_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezproductcollection_item_opt (
    id integer NOT NULL,
    item_id integer NOT NULL,
    name character varying(255) NOT NULL,
    object_attribute_id integer,
    option_item_id integer NOT NULL,
    price real NOT NULL,
    value character varying(255) NOT NULL,
    CONSTRAINT ezproductcollection_item_opt_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezpublishingqueueprocesses (
    created integer,
    ezcontentobject_version_id integer NOT NULL,
    finished integer,
    pid integer,
    started integer,
    status integer,
    CONSTRAINT ezpublishingqueueprocesses_pkey PRIMARY KEY (ezcontentobject_version_id)
);

CREATE TABLE ezpublish.ezrole (
    id integer NOT NULL,
    is_new integer NOT NULL,
    name character varying(255) NOT NULL,
    value character(1),
    version integer,
    CONSTRAINT ezrole_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezrss_export (
    access_url character varying(255),
    active integer,
    created integer,
    creator_id integer,
    description text,
    id integer NOT NULL,
    image_id integer,
    main_node_only integer NOT NULL,
    modified integer,
    modifier_id integer,
    node_id integer,
    number_of_objects integer NOT NULL,
    rss_version character varying(255),
    site_access character varying(255),
    status integer NOT NULL,
    title character varying(255),
    url character varying(255),
    CONSTRAINT ezrss_export_pkey PRIMARY KEY (id, status)
);

CREATE TABLE ezpublish.ezrss_export_item (
    category character varying(255),
    class_id integer,
    description character varying(255),
    enclosure character varying(255),
    id integer NOT NULL,
    rssexport_id integer,
    source_node_id integer,
    status integer NOT NULL,
    subnodes integer NOT NULL,
    title character varying(255),
    CONSTRAINT ezrss_export_item_pkey PRIMARY KEY (id, status)
);

CREATE TABLE ezpublish.ezrss_import (
    active integer,
    class_description character varying(255),
    class_id integer,
    class_title character varying(255),
    class_url character varying(255),
    created integer,
    creator_id integer,
    destination_node_id integer,
    id integer NOT NULL,
    import_description text NOT NULL,
    modified integer,
    modifier_id integer,
    name character varying(255),
    object_owner_id integer,
    status integer NOT NULL,
    url text,
    CONSTRAINT ezrss_import_pkey PRIMARY KEY (id, status)
);

CREATE TABLE ezpublish.ezscheduled_script (
    command character varying(255) NOT NULL,
    id integer NOT NULL,
    last_report_timestamp integer NOT NULL,
    name character varying(50) NOT NULL,
    process_id integer NOT NULL,
    progress integer,
    user_id integer NOT NULL,
    CONSTRAINT ezscheduled_script_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezsearch_object_word_link (
    contentclass_attribute_id integer NOT NULL,
    contentclass_id integer NOT NULL,
    contentobject_id integer NOT NULL,
    frequency real NOT NULL,
    id integer NOT NULL,
    identifier character varying(255) NOT NULL,
    integer_value integer NOT NULL,
    next_word_id integer NOT NULL,
    placement integer NOT NULL,
    prev_word_id integer NOT NULL,
    published integer NOT NULL,
    section_id integer NOT NULL,
    word_id integer NOT NULL,
    CONSTRAINT ezsearch_object_word_link_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezsearch_search_phrase (
    id integer NOT NULL,
    phrase character varying(250),
    phrase_count integer,
    result_count integer,
    CONSTRAINT ezsearch_search_phrase_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezsearch_word (
    id integer NOT NULL,
    object_count integer NOT NULL,
    word character varying(150),
    CONSTRAINT ezsearch_word_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezsection (
    id integer NOT NULL,
    identifier character varying(255),
    locale character varying(255),
    name character varying(255),
    navigation_part_identifier character varying(100),
    CONSTRAINT ezsection_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezsession (
    data text NOT NULL,
    expiration_time integer NOT NULL,
    session_key character varying(32) NOT NULL,
    user_hash character varying(32) NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezsession_pkey PRIMARY KEY (session_key)
);

CREATE TABLE ezpublish.ezsite_data (
    name character varying(60) NOT NULL,
    value text NOT NULL,
    CONSTRAINT ezsite_data_pkey PRIMARY KEY (name)
);

CREATE TABLE ezpublish.ezsubtree_notification_rule (
    id integer NOT NULL,
    node_id integer NOT NULL,
    use_digest integer,
    user_id integer NOT NULL,
    CONSTRAINT ezsubtree_notification_rule_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.eztipafriend_counter (
    count integer NOT NULL,
    node_id integer NOT NULL,
    requested integer NOT NULL,
    CONSTRAINT eztipafriend_counter_pkey PRIMARY KEY (node_id, requested)
);

CREATE TABLE ezpublish.eztipafriend_request (
    created integer NOT NULL,
    email_receiver character varying(100) NOT NULL
);

CREATE TABLE ezpublish.eztrigger (
    connect_type character(1) NOT NULL,
    function_name character varying(200) NOT NULL,
    id integer NOT NULL,
    module_name character varying(200) NOT NULL,
    name character varying(255),
    workflow_id integer,
    CONSTRAINT eztrigger_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezurl (
    created integer NOT NULL,
    id integer NOT NULL,
    is_valid integer NOT NULL,
    last_checked integer NOT NULL,
    modified integer NOT NULL,
    original_url_md5 character varying(32) NOT NULL,
    url text,
    CONSTRAINT ezurl_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezurl_object_link (
    contentobject_attribute_id integer NOT NULL,
    contentobject_attribute_version integer NOT NULL,
    url_id integer NOT NULL
);

CREATE TABLE ezpublish.ezurlalias (
    destination_url text NOT NULL,
    forward_to_id integer NOT NULL,
    id integer NOT NULL,
    is_imported integer NOT NULL,
    is_internal integer NOT NULL,
    is_wildcard integer NOT NULL,
    source_md5 character varying(32),
    source_url text NOT NULL,
    CONSTRAINT ezurlalias_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezurlalias_ml (
    action text NOT NULL,
    action_type character varying(32) NOT NULL,
    alias_redirects integer NOT NULL,
    id integer NOT NULL,
    is_alias integer NOT NULL,
    is_original integer NOT NULL,
    lang_mask integer NOT NULL,
    link integer NOT NULL,
    parent integer NOT NULL,
    text text NOT NULL,
    text_md5 character varying(32) NOT NULL,
    CONSTRAINT ezurlalias_ml_pkey PRIMARY KEY (parent, text_md5)
);

CREATE TABLE ezpublish.ezurlalias_ml_incr (
    id integer NOT NULL,
    CONSTRAINT ezurlalias_ml_incr_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezurlwildcard (
    destination_url text NOT NULL,
    id integer NOT NULL,
    source_url text NOT NULL,
    type integer NOT NULL,
    CONSTRAINT ezurlwildcard_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezuser (
    contentobject_id integer NOT NULL,
    email character varying(150) NOT NULL,
    login character varying(150) NOT NULL,
    password_hash character varying(255),
    password_hash_type integer NOT NULL,
    CONSTRAINT ezuser_pkey PRIMARY KEY (contentobject_id)
);

CREATE TABLE ezpublish.ezuser_accountkey (
    hash_key character varying(32) NOT NULL,
    id integer NOT NULL,
    "time" integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezuser_accountkey_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezuser_discountrule (
    contentobject_id integer,
    discountrule_id integer,
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT ezuser_discountrule_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezuser_role (
    contentobject_id integer,
    id integer NOT NULL,
    limit_identifier character varying(255),
    limit_value character varying(255),
    role_id integer,
    CONSTRAINT ezuser_role_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezuser_setting (
    is_enabled integer NOT NULL,
    max_login integer,
    user_id integer NOT NULL,
    CONSTRAINT ezuser_setting_pkey PRIMARY KEY (user_id)
);

CREATE TABLE ezpublish.ezuservisit (
    current_visit_timestamp integer NOT NULL,
    failed_login_attempts integer NOT NULL,
    last_visit_timestamp integer NOT NULL,
    login_count integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezuservisit_pkey PRIMARY KEY (user_id)
);

CREATE TABLE ezpublish.ezvatrule (
    country_code character varying(255) NOT NULL,
    id integer NOT NULL,
    vat_type integer NOT NULL,
    CONSTRAINT ezvatrule_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezvatrule_product_category (
    product_category_id integer NOT NULL,
    vatrule_id integer NOT NULL,
    CONSTRAINT ezvatrule_product_category_pkey PRIMARY KEY (vatrule_id, product_category_id)
);

CREATE TABLE ezpublish.ezvattype (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    percentage real,
    CONSTRAINT ezvattype_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezview_counter (
    count integer NOT NULL,
    node_id integer NOT NULL,
    CONSTRAINT ezview_counter_pkey PRIMARY KEY (node_id)
);

CREATE TABLE ezpublish.ezwaituntildatevalue (
    contentclass_attribute_id integer NOT NULL,
    contentclass_id integer NOT NULL,
    id integer NOT NULL,
    workflow_event_id integer NOT NULL,
    workflow_event_version integer NOT NULL,
    CONSTRAINT ezwaituntildatevalue_pkey PRIMARY KEY (id, workflow_event_id, workflow_event_version)
);

CREATE TABLE ezpublish.ezwishlist (
    id integer NOT NULL,
    productcollection_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ezwishlist_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezworkflow (
    created integer NOT NULL,
    creator_id integer NOT NULL,
    id integer NOT NULL,
    is_enabled integer NOT NULL,
    modified integer NOT NULL,
    modifier_id integer NOT NULL,
    name character varying(255) NOT NULL,
    version integer NOT NULL,
    workflow_type_string character varying(50) NOT NULL,
    CONSTRAINT ezworkflow_pkey PRIMARY KEY (id, version)
);

CREATE TABLE ezpublish.ezworkflow_assign (
    access_type integer NOT NULL,
    as_tree integer NOT NULL,
    id integer NOT NULL,
    node_id integer NOT NULL,
    workflow_id integer NOT NULL,
    CONSTRAINT ezworkflow_assign_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezworkflow_event (
    data_int1 integer,
    data_int2 integer,
    data_int3 integer,
    data_int4 integer,
    data_text1 character varying(255),
    data_text2 character varying(255),
    data_text3 character varying(255),
    data_text4 character varying(255),
    data_text5 text,
    description character varying(50) NOT NULL,
    id integer NOT NULL,
    placement integer NOT NULL,
    version integer NOT NULL,
    workflow_id integer NOT NULL,
    workflow_type_string character varying(50) NOT NULL,
    CONSTRAINT ezworkflow_event_pkey PRIMARY KEY (id, version)
);

CREATE TABLE ezpublish.ezworkflow_group (
    created integer NOT NULL,
    creator_id integer NOT NULL,
    id integer NOT NULL,
    modified integer NOT NULL,
    modifier_id integer NOT NULL,
    name character varying(255) NOT NULL,
    CONSTRAINT ezworkflow_group_pkey PRIMARY KEY (id)
);

CREATE TABLE ezpublish.ezworkflow_group_link (
    group_id integer NOT NULL,
    group_name character varying(255),
    workflow_id integer NOT NULL,
    workflow_version integer NOT NULL,
    CONSTRAINT ezworkflow_group_link_pkey PRIMARY KEY (workflow_id, group_id, workflow_version)
);

CREATE TABLE ezpublish.ezworkflow_process (
    activation_date integer,
    content_id integer NOT NULL,
    content_version integer NOT NULL,
    created integer NOT NULL,
    event_id integer NOT NULL,
    event_position integer NOT NULL,
    event_state integer,
    event_status integer NOT NULL,
    id integer NOT NULL,
    last_event_id integer NOT NULL,
    last_event_position integer NOT NULL,
    last_event_status integer NOT NULL,
    memento_key character varying(32),
    modified integer NOT NULL,
    node_id integer NOT NULL,
    parameters text,
    process_key character varying(32) NOT NULL,
    session_key character varying(32) NOT NULL,
    status integer,
    user_id integer NOT NULL,
    workflow_id integer NOT NULL,
    CONSTRAINT ezworkflow_process_pkey PRIMARY KEY (id)
);

