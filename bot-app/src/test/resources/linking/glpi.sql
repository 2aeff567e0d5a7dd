-- GLPI 9.4.0 (open-source IT asset management and service desk, "Gestionnaire Libre de Parc Informatique"; glpi_*
-- tables named by GLPI's convention: plural table names, links as <table>_id columns such as computermodels_id,
-- users_id_tech, groups_id_tech, and polymorphic itemtype/items_id pairs in glpi_infocoms, glpi_contracts_items,
-- glpi_items_tickets, glpi_computers_items, glpi_documents_items, glpi_reservationitems), from its install schema
-- install/mysql/glpi-empty.sql as shipped in GLPI 9.4.0 (inc/define.php: GLPI_VERSION 9.4.0), read from the copy of
-- the GLPI tree in github.com/dimujin/glpi94 at commit 2a95ba7 (the upstream glpi-project/glpi mirror was too large
-- to fetch here). Licence: GLPI is GPL-2.0-or-later (we use the schema's facts). MySQL converted by a one-off script:
-- tables and columns in source order, schema glpi, table names kept with their glpi_ prefix; int -> integer,
-- tinyint -> smallint, varchar(n)/char(n) kept, text/longtext -> text, datetime/timestamp -> timestamp, date, time,
-- decimal(p,s) -> numeric(p,s), float -> real; NOT NULL kept; every table's primary key (id) kept; the source's 17
-- column comments kept (it has table comments only on tables left out). The source declares no foreign keys (GLPI
-- links tables by naming convention only), so there are none here. Left out: column defaults, AUTO_INCREMENT, unique
-- and plain indexes, seed rows.
-- Cut from 313 to 143 tables, keeping assets (computers, monitors, printers, phones, peripherals, network equipment,
-- their models/types/manufacturers, operating systems, disks, virtual machines, antivirus, cartridges, consumables,
-- certificates), software and licences, financial info (glpi_infocoms), budgets, suppliers, contacts, contracts,
-- entities, locations, users, groups, profiles, states, the helpdesk (tickets and their actors, items, tasks,
-- followups, solutions, costs, satisfaction, validations, categories, request types, SLAs/OLAs, calendars), problems,
-- changes, projects, documents, reservations and the knowledge base's items and categories. Left out: hardware
-- components (device* and items_device*), network ports/addresses/VLANs/Wi-Fi, racks/datacenters/PDUs, rules,
-- notifications, SLA/OLA levels, LDAP/mail/auth config, cron, logs and events, saved searches, reminders, RSS feeds,
-- knowledge-base translations/revisions/comments/visibility, ticket-template field lists, phone lines, links,
-- transfers and other plumbing. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS glpi;
CREATE TABLE glpi.glpi_entities (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    completename text,
    comment text,
    level integer NOT NULL,
    sons_cache text,
    ancestors_cache text,
    address text,
    postcode character varying(255),
    town character varying(255),
    state character varying(255),
    country character varying(255),
    website character varying(255),
    phonenumber character varying(255),
    fax character varying(255),
    email character varying(255),
    admin_email character varying(255),
    admin_email_name character varying(255),
    admin_reply character varying(255),
    admin_reply_name character varying(255),
    notification_subject_tag character varying(255),
    ldap_dn character varying(255),
    tag character varying(255),
    authldaps_id integer NOT NULL,
    mail_domain character varying(255),
    entity_ldapfilter text,
    mailing_signature text,
    cartridges_alert_repeat integer NOT NULL,
    consumables_alert_repeat integer NOT NULL,
    use_licenses_alert integer NOT NULL,
    send_licenses_alert_before_delay integer NOT NULL,
    use_certificates_alert integer NOT NULL,
    send_certificates_alert_before_delay integer NOT NULL,
    use_contracts_alert integer NOT NULL,
    send_contracts_alert_before_delay integer NOT NULL,
    use_infocoms_alert integer NOT NULL,
    send_infocoms_alert_before_delay integer NOT NULL,
    use_reservations_alert integer NOT NULL,
    autoclose_delay integer NOT NULL,
    notclosed_delay integer NOT NULL,
    calendars_id integer NOT NULL,
    auto_assign_mode integer NOT NULL,
    tickettype integer NOT NULL,
    max_closedate timestamp without time zone,
    inquest_config integer NOT NULL,
    inquest_rate integer NOT NULL,
    inquest_delay integer NOT NULL,
    inquest_URL character varying(255),
    autofill_warranty_date character varying(255) NOT NULL,
    autofill_use_date character varying(255) NOT NULL,
    autofill_buy_date character varying(255) NOT NULL,
    autofill_delivery_date character varying(255) NOT NULL,
    autofill_order_date character varying(255) NOT NULL,
    tickettemplates_id integer NOT NULL,
    entities_id_software integer NOT NULL,
    default_contract_alert integer NOT NULL,
    default_infocom_alert integer NOT NULL,
    default_cartridges_alarm_threshold integer NOT NULL,
    default_consumables_alarm_threshold integer NOT NULL,
    delay_send_emails integer NOT NULL,
    is_notif_enable_default integer NOT NULL,
    inquest_duration integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    autofill_decommission_date character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_locations (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    locations_id integer NOT NULL,
    completename text,
    comment text,
    level integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    address text,
    postcode character varying(255),
    town character varying(255),
    state character varying(255),
    country character varying(255),
    building character varying(255),
    room character varying(255),
    latitude character varying(255),
    longitude character varying(255),
    altitude character varying(255),
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_users (
    id integer NOT NULL,
    name character varying(255),
    password character varying(255),
    phone character varying(255),
    phone2 character varying(255),
    mobile character varying(255),
    realname character varying(255),
    firstname character varying(255),
    locations_id integer NOT NULL,
    language character(10),
    use_mode integer NOT NULL,
    list_limit integer,
    is_active smallint NOT NULL,
    comment text,
    auths_id integer NOT NULL,
    authtype integer NOT NULL,
    last_login timestamp without time zone,
    date_mod timestamp without time zone,
    date_sync timestamp without time zone,
    is_deleted smallint NOT NULL,
    profiles_id integer NOT NULL,
    entities_id integer NOT NULL,
    usertitles_id integer NOT NULL,
    usercategories_id integer NOT NULL,
    date_format integer,
    number_format integer,
    names_format integer,
    csv_delimiter character(1),
    is_ids_visible smallint,
    use_flat_dropdowntree smallint,
    show_jobs_at_login smallint,
    priority_1 character(20),
    priority_2 character(20),
    priority_3 character(20),
    priority_4 character(20),
    priority_5 character(20),
    priority_6 character(20),
    followup_private smallint,
    task_private smallint,
    default_requesttypes_id integer,
    password_forget_token character(40),
    password_forget_token_date timestamp without time zone,
    user_dn text,
    registration_number character varying(255),
    show_count_on_tabs smallint,
    refresh_ticket_list integer,
    set_default_tech smallint,
    personal_token character varying(255),
    personal_token_date timestamp without time zone,
    api_token character varying(255),
    api_token_date timestamp without time zone,
    display_count_on_home integer,
    notification_to_myself smallint,
    duedateok_color character varying(255),
    duedatewarning_color character varying(255),
    duedatecritical_color character varying(255),
    duedatewarning_less integer,
    duedatecritical_less integer,
    duedatewarning_unit character varying(255),
    duedatecritical_unit character varying(255),
    display_options text,
    is_deleted_ldap smallint NOT NULL,
    pdffont character varying(255),
    picture character varying(255),
    begin_date timestamp without time zone,
    end_date timestamp without time zone,
    keep_devices_when_purging_item smallint,
    privatebookmarkorder text,
    backcreated smallint,
    task_state integer,
    layout character(20),
    palette character(20),
    set_default_requester smallint,
    lock_autolock_mode smallint,
    lock_directunlock_notification smallint,
    date_creation timestamp without time zone,
    highcontrast_css smallint,
    plannings text,
    sync_field character varying(255),
    groups_id integer NOT NULL,
    users_id_supervisor integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_usercategories (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_usertitles (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_useremails (
    id integer NOT NULL,
    users_id integer NOT NULL,
    is_default smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_groups (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    comment text,
    ldap_field character varying(255),
    ldap_value text,
    ldap_group_dn text,
    date_mod timestamp without time zone,
    groups_id integer NOT NULL,
    completename text,
    level integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    is_requester smallint NOT NULL,
    is_watcher smallint NOT NULL,
    is_assign smallint NOT NULL,
    is_task smallint NOT NULL,
    is_notify smallint NOT NULL,
    is_itemgroup smallint NOT NULL,
    is_usergroup smallint NOT NULL,
    is_manager smallint NOT NULL,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_groups_users (
    id integer NOT NULL,
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    is_dynamic smallint NOT NULL,
    is_manager smallint NOT NULL,
    is_userdelegate smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_profiles (
    id integer NOT NULL,
    name character varying(255),
    interface character varying(255),
    is_default smallint NOT NULL,
    helpdesk_hardware integer NOT NULL,
    helpdesk_item_type text,
    ticket_status text,
    date_mod timestamp without time zone,
    comment text,
    problem_status text,
    create_ticket_on_login smallint NOT NULL,
    tickettemplates_id integer NOT NULL,
    change_status text,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_profiles_users (
    id integer NOT NULL,
    users_id integer NOT NULL,
    profiles_id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_states (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    states_id integer NOT NULL,
    completename text,
    level integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    is_visible_computer smallint NOT NULL,
    is_visible_monitor smallint NOT NULL,
    is_visible_networkequipment smallint NOT NULL,
    is_visible_peripheral smallint NOT NULL,
    is_visible_phone smallint NOT NULL,
    is_visible_printer smallint NOT NULL,
    is_visible_softwareversion smallint NOT NULL,
    is_visible_softwarelicense smallint NOT NULL,
    is_visible_line smallint NOT NULL,
    is_visible_certificate smallint NOT NULL,
    is_visible_rack smallint NOT NULL,
    is_visible_enclosure smallint NOT NULL,
    is_visible_pdu smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_manufacturers (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computers (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    name character varying(255),
    serial character varying(255),
    otherserial character varying(255),
    contact character varying(255),
    contact_num character varying(255),
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    comment text,
    date_mod timestamp without time zone,
    autoupdatesystems_id integer NOT NULL,
    locations_id integer NOT NULL,
    domains_id integer NOT NULL,
    networks_id integer NOT NULL,
    computermodels_id integer NOT NULL,
    computertypes_id integer NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    manufacturers_id integer NOT NULL,
    is_deleted smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    states_id integer NOT NULL,
    ticket_tco numeric(20,4),
    uuid character varying(255),
    date_creation timestamp without time zone,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computermodels (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    product_number character varying(255),
    weight integer NOT NULL,
    required_units integer NOT NULL,
    depth real NOT NULL,
    power_connections integer NOT NULL,
    power_consumption integer NOT NULL,
    is_half_rack smallint NOT NULL,
    picture_front text,
    picture_rear text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computertypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_monitors (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    name character varying(255),
    date_mod timestamp without time zone,
    contact character varying(255),
    contact_num character varying(255),
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    comment text,
    serial character varying(255),
    otherserial character varying(255),
    size numeric(5,2) NOT NULL,
    have_micro smallint NOT NULL,
    have_speaker smallint NOT NULL,
    have_subd smallint NOT NULL,
    have_bnc smallint NOT NULL,
    have_dvi smallint NOT NULL,
    have_pivot smallint NOT NULL,
    have_hdmi smallint NOT NULL,
    have_displayport smallint NOT NULL,
    locations_id integer NOT NULL,
    monitortypes_id integer NOT NULL,
    monitormodels_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    is_global smallint NOT NULL,
    is_deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    states_id integer NOT NULL,
    ticket_tco numeric(20,4),
    is_dynamic smallint NOT NULL,
    date_creation timestamp without time zone,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_monitormodels (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    product_number character varying(255),
    weight integer NOT NULL,
    required_units integer NOT NULL,
    depth real NOT NULL,
    power_connections integer NOT NULL,
    power_consumption integer NOT NULL,
    is_half_rack smallint NOT NULL,
    picture_front text,
    picture_rear text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_monitortypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_printers (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    date_mod timestamp without time zone,
    contact character varying(255),
    contact_num character varying(255),
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    serial character varying(255),
    otherserial character varying(255),
    have_serial smallint NOT NULL,
    have_parallel smallint NOT NULL,
    have_usb smallint NOT NULL,
    have_wifi smallint NOT NULL,
    have_ethernet smallint NOT NULL,
    comment text,
    memory_size character varying(255),
    locations_id integer NOT NULL,
    domains_id integer NOT NULL,
    networks_id integer NOT NULL,
    printertypes_id integer NOT NULL,
    printermodels_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    is_global smallint NOT NULL,
    is_deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    init_pages_counter integer NOT NULL,
    last_pages_counter integer NOT NULL,
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    states_id integer NOT NULL,
    ticket_tco numeric(20,4),
    is_dynamic smallint NOT NULL,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_printermodels (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    product_number character varying(255),
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_printertypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_phones (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    name character varying(255),
    date_mod timestamp without time zone,
    contact character varying(255),
    contact_num character varying(255),
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    comment text,
    serial character varying(255),
    otherserial character varying(255),
    locations_id integer NOT NULL,
    phonetypes_id integer NOT NULL,
    phonemodels_id integer NOT NULL,
    brand character varying(255),
    phonepowersupplies_id integer NOT NULL,
    number_line character varying(255),
    have_headset smallint NOT NULL,
    have_hp smallint NOT NULL,
    manufacturers_id integer NOT NULL,
    is_global smallint NOT NULL,
    is_deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    states_id integer NOT NULL,
    ticket_tco numeric(20,4),
    is_dynamic smallint NOT NULL,
    date_creation timestamp without time zone,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_phonemodels (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    product_number character varying(255),
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_phonetypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_phonepowersupplies (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_peripherals (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    name character varying(255),
    date_mod timestamp without time zone,
    contact character varying(255),
    contact_num character varying(255),
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    comment text,
    serial character varying(255),
    otherserial character varying(255),
    locations_id integer NOT NULL,
    peripheraltypes_id integer NOT NULL,
    peripheralmodels_id integer NOT NULL,
    brand character varying(255),
    manufacturers_id integer NOT NULL,
    is_global smallint NOT NULL,
    is_deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    states_id integer NOT NULL,
    ticket_tco numeric(20,4),
    is_dynamic smallint NOT NULL,
    date_creation timestamp without time zone,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_peripheralmodels (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    product_number character varying(255),
    weight integer NOT NULL,
    required_units integer NOT NULL,
    depth real NOT NULL,
    power_connections integer NOT NULL,
    power_consumption integer NOT NULL,
    is_half_rack smallint NOT NULL,
    picture_front text,
    picture_rear text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_peripheraltypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_networkequipments (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    ram character varying(255),
    serial character varying(255),
    otherserial character varying(255),
    contact character varying(255),
    contact_num character varying(255),
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    date_mod timestamp without time zone,
    comment text,
    locations_id integer NOT NULL,
    domains_id integer NOT NULL,
    networks_id integer NOT NULL,
    networkequipmenttypes_id integer NOT NULL,
    networkequipmentmodels_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    is_deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    states_id integer NOT NULL,
    ticket_tco numeric(20,4),
    is_dynamic smallint NOT NULL,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_networkequipmentmodels (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    product_number character varying(255),
    weight integer NOT NULL,
    required_units integer NOT NULL,
    depth real NOT NULL,
    power_connections integer NOT NULL,
    power_consumption integer NOT NULL,
    is_half_rack smallint NOT NULL,
    picture_front text,
    picture_rear text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_networkequipmenttypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computers_items (
    id integer NOT NULL,
    items_id integer NOT NULL,
    computers_id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    is_deleted smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_items_operatingsystems (
    id integer NOT NULL,
    items_id integer NOT NULL,
    itemtype character varying(255),
    operatingsystems_id integer NOT NULL,
    operatingsystemversions_id integer NOT NULL,
    operatingsystemservicepacks_id integer NOT NULL,
    operatingsystemarchitectures_id integer NOT NULL,
    operatingsystemkernelversions_id integer NOT NULL,
    license_number character varying(255),
    licenseid character varying(255),
    operatingsystemeditions_id integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    is_deleted smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_operatingsystems (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_operatingsystemversions (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_operatingsystemservicepacks (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_operatingsystemarchitectures (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_operatingsystemeditions (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_operatingsystemkernels (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_operatingsystemkernelversions (
    id integer NOT NULL,
    operatingsystemkernels_id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_items_disks (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    itemtype character varying(255),
    items_id integer NOT NULL,
    name character varying(255),
    device character varying(255),
    mountpoint character varying(255),
    filesystems_id integer NOT NULL,
    totalsize integer NOT NULL,
    freesize integer NOT NULL,
    is_deleted smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_filesystems (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computervirtualmachines (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    computers_id integer NOT NULL,
    name character varying(255) NOT NULL,
    virtualmachinestates_id integer NOT NULL,
    virtualmachinesystems_id integer NOT NULL,
    virtualmachinetypes_id integer NOT NULL,
    uuid character varying(255) NOT NULL,
    vcpu integer NOT NULL,
    ram character varying(255) NOT NULL,
    is_deleted smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_virtualmachinestates (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment text NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_virtualmachinesystems (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment text NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_virtualmachinetypes (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment text NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computerantiviruses (
    id integer NOT NULL,
    computers_id integer NOT NULL,
    name character varying(255),
    manufacturers_id integer NOT NULL,
    antivirus_version character varying(255),
    signature_version character varying(255),
    is_active smallint NOT NULL,
    is_deleted smallint NOT NULL,
    is_uptodate smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    date_expiration timestamp without time zone,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_autoupdatesystems (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_networks (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_domains (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_infocoms (
    id integer NOT NULL,
    items_id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    buy_date date,
    use_date date,
    warranty_duration integer NOT NULL,
    warranty_info character varying(255),
    suppliers_id integer NOT NULL,
    order_number character varying(255),
    delivery_number character varying(255),
    immo_number character varying(255),
    value numeric(20,4) NOT NULL,
    warranty_value numeric(20,4) NOT NULL,
    sink_time integer NOT NULL,
    sink_type integer NOT NULL,
    sink_coeff real NOT NULL,
    comment text,
    bill character varying(255),
    budgets_id integer NOT NULL,
    alert integer NOT NULL,
    order_date date,
    delivery_date date,
    inventory_date date,
    warranty_date date,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    decommission_date timestamp without time zone,
    businesscriticities_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_cartridgeitems (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    ref character varying(255),
    locations_id integer NOT NULL,
    cartridgeitemtypes_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    is_deleted smallint NOT NULL,
    comment text,
    alarm_threshold integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_cartridgeitemtypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_cartridges (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    cartridgeitems_id integer NOT NULL,
    printers_id integer NOT NULL,
    date_in date,
    date_use date,
    date_out date,
    pages integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_cartridgeitems_printermodels (
    id integer NOT NULL,
    cartridgeitems_id integer NOT NULL,
    printermodels_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_consumableitems (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    ref character varying(255),
    locations_id integer NOT NULL,
    consumableitemtypes_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    is_deleted smallint NOT NULL,
    comment text,
    alarm_threshold integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    otherserial character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_consumableitemtypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_consumables (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    consumableitems_id integer NOT NULL,
    date_in date,
    date_out date,
    itemtype character varying(100),
    items_id integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_certificates (
    id integer NOT NULL,
    name character varying(255),
    serial character varying(255),
    otherserial character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    is_deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    certificatetypes_id integer NOT NULL,
    dns_name character varying(255),
    dns_suffix character varying(255),
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    locations_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    contact character varying(255),
    contact_num character varying(255),
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    is_autosign smallint NOT NULL,
    date_expiration date,
    states_id integer NOT NULL,
    command text,
    certificate_request text,
    certificate_item text,
    date_creation timestamp without time zone,
    date_mod timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_certificates_items (
    id integer NOT NULL,
    certificates_id integer NOT NULL,
    items_id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    date_creation timestamp without time zone,
    date_mod timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_certificatetypes (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    comment text,
    date_creation timestamp without time zone,
    date_mod timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_softwares (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    comment text,
    locations_id integer NOT NULL,
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    is_update smallint NOT NULL,
    softwares_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    is_deleted smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    date_mod timestamp without time zone,
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    ticket_tco numeric(20,4),
    is_helpdesk_visible smallint NOT NULL,
    softwarecategories_id integer NOT NULL,
    is_valid smallint NOT NULL,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_softwareversions (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    softwares_id integer NOT NULL,
    states_id integer NOT NULL,
    name character varying(255),
    comment text,
    operatingsystems_id integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_softwarelicenses (
    id integer NOT NULL,
    softwares_id integer NOT NULL,
    softwarelicenses_id integer NOT NULL,
    completename text,
    level integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    number integer NOT NULL,
    softwarelicensetypes_id integer NOT NULL,
    name character varying(255),
    serial character varying(255),
    otherserial character varying(255),
    softwareversions_id_buy integer NOT NULL,
    softwareversions_id_use integer NOT NULL,
    expire date,
    comment text,
    date_mod timestamp without time zone,
    is_valid smallint NOT NULL,
    date_creation timestamp without time zone,
    is_deleted smallint NOT NULL,
    locations_id integer NOT NULL,
    users_id_tech integer NOT NULL,
    users_id integer NOT NULL,
    groups_id_tech integer NOT NULL,
    groups_id integer NOT NULL,
    is_helpdesk_visible smallint NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    states_id integer NOT NULL,
    manufacturers_id integer NOT NULL,
    contact character varying(255),
    contact_num character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_softwarelicensetypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    softwarelicensetypes_id integer NOT NULL,
    level integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    completename text,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_softwarecategories (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    softwarecategories_id integer NOT NULL,
    completename text,
    level integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computers_softwareversions (
    id integer NOT NULL,
    computers_id integer NOT NULL,
    softwareversions_id integer NOT NULL,
    is_deleted_computer smallint NOT NULL,
    is_template_computer smallint NOT NULL,
    entities_id integer NOT NULL,
    is_deleted smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    date_install date,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_computers_softwarelicenses (
    id integer NOT NULL,
    computers_id integer NOT NULL,
    softwarelicenses_id integer NOT NULL,
    is_deleted smallint NOT NULL,
    is_dynamic smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_tickets (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    name character varying(255),
    date timestamp without time zone,
    closedate timestamp without time zone,
    solvedate timestamp without time zone,
    date_mod timestamp without time zone,
    users_id_lastupdater integer NOT NULL,
    status integer NOT NULL,
    users_id_recipient integer NOT NULL,
    requesttypes_id integer NOT NULL,
    content text,
    urgency integer NOT NULL,
    impact integer NOT NULL,
    priority integer NOT NULL,
    itilcategories_id integer NOT NULL,
    type integer NOT NULL,
    global_validation integer NOT NULL,
    slas_id_ttr integer NOT NULL,
    slas_id_tto integer NOT NULL,
    slalevels_id_ttr integer NOT NULL,
    time_to_resolve timestamp without time zone,
    time_to_own timestamp without time zone,
    begin_waiting_date timestamp without time zone,
    sla_waiting_duration integer NOT NULL,
    ola_waiting_duration integer NOT NULL,
    olas_id_tto integer NOT NULL,
    olas_id_ttr integer NOT NULL,
    olalevels_id_ttr integer NOT NULL,
    internal_time_to_resolve timestamp without time zone,
    internal_time_to_own timestamp without time zone,
    waiting_duration integer NOT NULL,
    close_delay_stat integer NOT NULL,
    solve_delay_stat integer NOT NULL,
    takeintoaccount_delay_stat integer NOT NULL,
    actiontime integer NOT NULL,
    is_deleted smallint NOT NULL,
    locations_id integer NOT NULL,
    validation_percent integer NOT NULL,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_tickets_users (
    id integer NOT NULL,
    tickets_id integer NOT NULL,
    users_id integer NOT NULL,
    type integer NOT NULL,
    use_notification smallint NOT NULL,
    alternative_email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_groups_tickets (
    id integer NOT NULL,
    tickets_id integer NOT NULL,
    groups_id integer NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_suppliers_tickets (
    id integer NOT NULL,
    tickets_id integer NOT NULL,
    suppliers_id integer NOT NULL,
    type integer NOT NULL,
    use_notification smallint NOT NULL,
    alternative_email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_items_tickets (
    id integer NOT NULL,
    itemtype character varying(255),
    items_id integer NOT NULL,
    tickets_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_itilcategories (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    itilcategories_id integer NOT NULL,
    name character varying(255),
    completename text,
    comment text,
    level integer NOT NULL,
    knowbaseitemcategories_id integer NOT NULL,
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    is_helpdeskvisible smallint NOT NULL,
    tickettemplates_id_incident integer NOT NULL,
    tickettemplates_id_demand integer NOT NULL,
    is_incident integer NOT NULL,
    is_request integer NOT NULL,
    is_problem integer NOT NULL,
    is_change smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_requesttypes (
    id integer NOT NULL,
    name character varying(255),
    is_helpdesk_default smallint NOT NULL,
    is_followup_default smallint NOT NULL,
    is_mail_default smallint NOT NULL,
    is_mailfollowup_default smallint NOT NULL,
    is_active smallint NOT NULL,
    is_ticketheader smallint NOT NULL,
    is_itilfollowup smallint NOT NULL,
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_tickettasks (
    id integer NOT NULL,
    tickets_id integer NOT NULL,
    taskcategories_id integer NOT NULL,
    date timestamp without time zone,
    users_id integer NOT NULL,
    users_id_editor integer NOT NULL,
    content text,
    is_private smallint NOT NULL,
    actiontime integer NOT NULL,
    begin timestamp without time zone,
    "end" timestamp without time zone,
    state integer NOT NULL,
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    tasktemplates_id integer NOT NULL,
    timeline_position smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_taskcategories (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    taskcategories_id integer NOT NULL,
    name character varying(255),
    completename text,
    comment text,
    level integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    is_active smallint NOT NULL,
    is_helpdeskvisible smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    knowbaseitemcategories_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_tasktemplates (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    content text,
    taskcategories_id integer NOT NULL,
    actiontime integer NOT NULL,
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    state integer NOT NULL,
    is_private smallint NOT NULL,
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_itilfollowups (
    id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    items_id integer NOT NULL,
    date timestamp without time zone,
    users_id integer NOT NULL,
    users_id_editor integer NOT NULL,
    content text,
    is_private smallint NOT NULL,
    requesttypes_id integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    timeline_position smallint NOT NULL,
    sourceitems_id integer NOT NULL,
    sourceof_items_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_itilsolutions (
    id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    items_id integer NOT NULL,
    solutiontypes_id integer NOT NULL,
    solutiontype_name character varying(255),
    content text,
    date_creation timestamp without time zone,
    date_mod timestamp without time zone,
    date_approval timestamp without time zone,
    users_id integer NOT NULL,
    user_name character varying(255),
    users_id_editor integer NOT NULL,
    users_id_approval integer NOT NULL,
    user_name_approval character varying(255),
    status integer NOT NULL,
    itilfollowups_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_solutiontypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_solutiontemplates (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    content text,
    solutiontypes_id integer NOT NULL,
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_ticketcosts (
    id integer NOT NULL,
    tickets_id integer NOT NULL,
    name character varying(255),
    comment text,
    begin_date date,
    end_date date,
    actiontime integer NOT NULL,
    cost_time numeric(20,4) NOT NULL,
    cost_fixed numeric(20,4) NOT NULL,
    cost_material numeric(20,4) NOT NULL,
    budgets_id integer NOT NULL,
    entities_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_ticketsatisfactions (
    id integer NOT NULL,
    tickets_id integer NOT NULL,
    type integer NOT NULL,
    date_begin timestamp without time zone,
    date_answered timestamp without time zone,
    satisfaction integer,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_ticketvalidations (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    users_id integer NOT NULL,
    tickets_id integer NOT NULL,
    users_id_validate integer NOT NULL,
    comment_submission text,
    comment_validation text,
    status integer NOT NULL,
    submission_date timestamp without time zone,
    validation_date timestamp without time zone,
    timeline_position smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_tickets_tickets (
    id integer NOT NULL,
    tickets_id_1 integer NOT NULL,
    tickets_id_2 integer NOT NULL,
    link integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_ticketrecurrents (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    is_active smallint NOT NULL,
    tickettemplates_id integer NOT NULL,
    begin_date timestamp without time zone,
    periodicity character varying(255),
    create_before integer NOT NULL,
    next_creation_date timestamp without time zone,
    calendars_id integer NOT NULL,
    end_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_tickettemplates (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_slms (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    calendars_id integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_slas (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    type integer NOT NULL,
    comment text,
    number_time integer NOT NULL,
    calendars_id integer NOT NULL,
    date_mod timestamp without time zone,
    definition_time character varying(255),
    end_of_working_day smallint NOT NULL,
    date_creation timestamp without time zone,
    slms_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_olas (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    type integer NOT NULL,
    comment text,
    number_time integer NOT NULL,
    calendars_id integer NOT NULL,
    date_mod timestamp without time zone,
    definition_time character varying(255),
    end_of_working_day smallint NOT NULL,
    date_creation timestamp without time zone,
    slms_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_calendars (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    date_mod timestamp without time zone,
    cache_duration text,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_calendarsegments (
    id integer NOT NULL,
    calendars_id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    day smallint NOT NULL,
    begin time without time zone,
    "end" time without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_holidays (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    begin_date date,
    end_date date,
    is_perpetual smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_calendars_holidays (
    id integer NOT NULL,
    calendars_id integer NOT NULL,
    holidays_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_problems (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    is_deleted smallint NOT NULL,
    status integer NOT NULL,
    content text,
    date_mod timestamp without time zone,
    date timestamp without time zone,
    solvedate timestamp without time zone,
    closedate timestamp without time zone,
    time_to_resolve timestamp without time zone,
    users_id_recipient integer NOT NULL,
    users_id_lastupdater integer NOT NULL,
    urgency integer NOT NULL,
    impact integer NOT NULL,
    priority integer NOT NULL,
    itilcategories_id integer NOT NULL,
    impactcontent text,
    causecontent text,
    symptomcontent text,
    actiontime integer NOT NULL,
    begin_waiting_date timestamp without time zone,
    waiting_duration integer NOT NULL,
    close_delay_stat integer NOT NULL,
    solve_delay_stat integer NOT NULL,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_problems_users (
    id integer NOT NULL,
    problems_id integer NOT NULL,
    users_id integer NOT NULL,
    type integer NOT NULL,
    use_notification smallint NOT NULL,
    alternative_email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_groups_problems (
    id integer NOT NULL,
    problems_id integer NOT NULL,
    groups_id integer NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_problems_suppliers (
    id integer NOT NULL,
    problems_id integer NOT NULL,
    suppliers_id integer NOT NULL,
    type integer NOT NULL,
    use_notification smallint NOT NULL,
    alternative_email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_problems_tickets (
    id integer NOT NULL,
    problems_id integer NOT NULL,
    tickets_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_items_problems (
    id integer NOT NULL,
    problems_id integer NOT NULL,
    itemtype character varying(100),
    items_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_problemtasks (
    id integer NOT NULL,
    problems_id integer NOT NULL,
    taskcategories_id integer NOT NULL,
    date timestamp without time zone,
    begin timestamp without time zone,
    "end" timestamp without time zone,
    users_id integer NOT NULL,
    users_id_editor integer NOT NULL,
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    content text,
    actiontime integer NOT NULL,
    state integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    tasktemplates_id integer NOT NULL,
    timeline_position smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_problemcosts (
    id integer NOT NULL,
    problems_id integer NOT NULL,
    name character varying(255),
    comment text,
    begin_date date,
    end_date date,
    actiontime integer NOT NULL,
    cost_time numeric(20,4) NOT NULL,
    cost_fixed numeric(20,4) NOT NULL,
    cost_material numeric(20,4) NOT NULL,
    budgets_id integer NOT NULL,
    entities_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changes (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    is_deleted smallint NOT NULL,
    status integer NOT NULL,
    content text,
    date_mod timestamp without time zone,
    date timestamp without time zone,
    solvedate timestamp without time zone,
    closedate timestamp without time zone,
    time_to_resolve timestamp without time zone,
    users_id_recipient integer NOT NULL,
    users_id_lastupdater integer NOT NULL,
    urgency integer NOT NULL,
    impact integer NOT NULL,
    priority integer NOT NULL,
    itilcategories_id integer NOT NULL,
    impactcontent text,
    controlistcontent text,
    rolloutplancontent text,
    backoutplancontent text,
    checklistcontent text,
    global_validation integer NOT NULL,
    validation_percent integer NOT NULL,
    actiontime integer NOT NULL,
    begin_waiting_date timestamp without time zone,
    waiting_duration integer NOT NULL,
    close_delay_stat integer NOT NULL,
    solve_delay_stat integer NOT NULL,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changes_users (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    users_id integer NOT NULL,
    type integer NOT NULL,
    use_notification smallint NOT NULL,
    alternative_email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changes_groups (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    groups_id integer NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changes_suppliers (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    suppliers_id integer NOT NULL,
    type integer NOT NULL,
    use_notification smallint NOT NULL,
    alternative_email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changes_tickets (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    tickets_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changes_problems (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    problems_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changes_items (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    itemtype character varying(100),
    items_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changetasks (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    taskcategories_id integer NOT NULL,
    state integer NOT NULL,
    date timestamp without time zone,
    begin timestamp without time zone,
    "end" timestamp without time zone,
    users_id integer NOT NULL,
    users_id_editor integer NOT NULL,
    users_id_tech integer NOT NULL,
    groups_id_tech integer NOT NULL,
    content text,
    actiontime integer NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    tasktemplates_id integer NOT NULL,
    timeline_position smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changecosts (
    id integer NOT NULL,
    changes_id integer NOT NULL,
    name character varying(255),
    comment text,
    begin_date date,
    end_date date,
    actiontime integer NOT NULL,
    cost_time numeric(20,4) NOT NULL,
    cost_fixed numeric(20,4) NOT NULL,
    cost_material numeric(20,4) NOT NULL,
    budgets_id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_changevalidations (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    users_id integer NOT NULL,
    changes_id integer NOT NULL,
    users_id_validate integer NOT NULL,
    comment_submission text,
    comment_validation text,
    status integer NOT NULL,
    submission_date timestamp without time zone,
    validation_date timestamp without time zone,
    timeline_position smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projects (
    id integer NOT NULL,
    name character varying(255),
    code character varying(255),
    priority integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    projects_id integer NOT NULL,
    projectstates_id integer NOT NULL,
    projecttypes_id integer NOT NULL,
    date timestamp without time zone,
    date_mod timestamp without time zone,
    users_id integer NOT NULL,
    groups_id integer NOT NULL,
    plan_start_date timestamp without time zone,
    plan_end_date timestamp without time zone,
    real_start_date timestamp without time zone,
    real_end_date timestamp without time zone,
    percent_done integer NOT NULL,
    show_on_global_gantt smallint NOT NULL,
    content text,
    comment text,
    is_deleted smallint NOT NULL,
    date_creation timestamp without time zone,
    projecttemplates_id integer NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projectstates (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    color character varying(255),
    is_finished smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projecttypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projecttasks (
    id integer NOT NULL,
    name character varying(255),
    content text,
    comment text,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    projects_id integer NOT NULL,
    projecttasks_id integer NOT NULL,
    date timestamp without time zone,
    date_mod timestamp without time zone,
    plan_start_date timestamp without time zone,
    plan_end_date timestamp without time zone,
    real_start_date timestamp without time zone,
    real_end_date timestamp without time zone,
    planned_duration integer NOT NULL,
    effective_duration integer NOT NULL,
    projectstates_id integer NOT NULL,
    projecttasktypes_id integer NOT NULL,
    users_id integer NOT NULL,
    percent_done integer NOT NULL,
    is_milestone smallint NOT NULL,
    projecttasktemplates_id integer NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projecttasktypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projectteams (
    id integer NOT NULL,
    projects_id integer NOT NULL,
    itemtype character varying(100),
    items_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projecttaskteams (
    id integer NOT NULL,
    projecttasks_id integer NOT NULL,
    itemtype character varying(100),
    items_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projectcosts (
    id integer NOT NULL,
    projects_id integer NOT NULL,
    name character varying(255),
    comment text,
    begin_date date,
    end_date date,
    cost numeric(20,4) NOT NULL,
    budgets_id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_items_projects (
    id integer NOT NULL,
    projects_id integer NOT NULL,
    itemtype character varying(100),
    items_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_projecttasks_tickets (
    id integer NOT NULL,
    tickets_id integer NOT NULL,
    projecttasks_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_suppliers (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    suppliertypes_id integer NOT NULL,
    address text,
    postcode character varying(255),
    town character varying(255),
    state character varying(255),
    country character varying(255),
    website character varying(255),
    phonenumber character varying(255),
    comment text,
    is_deleted smallint NOT NULL,
    fax character varying(255),
    email character varying(255),
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_suppliertypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contacts (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    firstname character varying(255),
    phone character varying(255),
    phone2 character varying(255),
    mobile character varying(255),
    fax character varying(255),
    email character varying(255),
    contacttypes_id integer NOT NULL,
    comment text,
    is_deleted smallint NOT NULL,
    usertitles_id integer NOT NULL,
    address text,
    postcode character varying(255),
    town character varying(255),
    state character varying(255),
    country character varying(255),
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contacttypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contacts_suppliers (
    id integer NOT NULL,
    suppliers_id integer NOT NULL,
    contacts_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contracts (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    num character varying(255),
    contracttypes_id integer NOT NULL,
    begin_date date,
    duration integer NOT NULL,
    notice integer NOT NULL,
    periodicity integer NOT NULL,
    billing integer NOT NULL,
    comment text,
    accounting_number character varying(255),
    is_deleted smallint NOT NULL,
    week_begin_hour time without time zone NOT NULL,
    week_end_hour time without time zone NOT NULL,
    saturday_begin_hour time without time zone NOT NULL,
    saturday_end_hour time without time zone NOT NULL,
    use_saturday smallint NOT NULL,
    monday_begin_hour time without time zone NOT NULL,
    monday_end_hour time without time zone NOT NULL,
    use_monday smallint NOT NULL,
    max_links_allowed integer NOT NULL,
    alert integer NOT NULL,
    renewal integer NOT NULL,
    template_name character varying(255),
    is_template smallint NOT NULL,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contracttypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contracts_items (
    id integer NOT NULL,
    contracts_id integer NOT NULL,
    items_id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contracts_suppliers (
    id integer NOT NULL,
    suppliers_id integer NOT NULL,
    contracts_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_contractcosts (
    id integer NOT NULL,
    contracts_id integer NOT NULL,
    name character varying(255),
    comment text,
    begin_date date,
    end_date date,
    cost numeric(20,4) NOT NULL,
    budgets_id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_budgets (
    id integer NOT NULL,
    name character varying(255),
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    comment text,
    is_deleted smallint NOT NULL,
    begin_date date,
    end_date date,
    value numeric(20,4) NOT NULL,
    is_template smallint NOT NULL,
    template_name character varying(255),
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    locations_id integer NOT NULL,
    budgettypes_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_budgettypes (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_documents (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    name character varying(255),
    filename character varying(255),
    filepath character varying(255),
    documentcategories_id integer NOT NULL,
    mime character varying(255),
    date_mod timestamp without time zone,
    comment text,
    is_deleted smallint NOT NULL,
    link character varying(255),
    users_id integer NOT NULL,
    tickets_id integer NOT NULL,
    sha1sum character(40),
    is_blacklisted smallint NOT NULL,
    tag character varying(255),
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_documentcategories (
    id integer NOT NULL,
    name character varying(255),
    comment text,
    documentcategories_id integer NOT NULL,
    completename text,
    level integer NOT NULL,
    ancestors_cache text,
    sons_cache text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_documenttypes (
    id integer NOT NULL,
    name character varying(255),
    ext character varying(255),
    icon character varying(255),
    mime character varying(255),
    is_uploadable smallint NOT NULL,
    date_mod timestamp without time zone,
    comment text,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_documents_items (
    id integer NOT NULL,
    documents_id integer NOT NULL,
    items_id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    date_mod timestamp without time zone,
    users_id integer,
    timeline_position smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_reservationitems (
    id integer NOT NULL,
    itemtype character varying(100) NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    items_id integer NOT NULL,
    comment text,
    is_active smallint NOT NULL,
    is_deleted smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_reservations (
    id integer NOT NULL,
    reservationitems_id integer NOT NULL,
    begin timestamp without time zone,
    "end" timestamp without time zone,
    users_id integer NOT NULL,
    comment text,
    "group" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_knowbaseitems (
    id integer NOT NULL,
    knowbaseitemcategories_id integer NOT NULL,
    name text,
    answer text,
    is_faq smallint NOT NULL,
    users_id integer NOT NULL,
    view integer NOT NULL,
    date timestamp without time zone,
    date_mod timestamp without time zone,
    begin_date timestamp without time zone,
    end_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE glpi.glpi_knowbaseitemcategories (
    id integer NOT NULL,
    entities_id integer NOT NULL,
    is_recursive smallint NOT NULL,
    knowbaseitemcategories_id integer NOT NULL,
    name character varying(255),
    completename text,
    comment text,
    level integer NOT NULL,
    sons_cache text,
    ancestors_cache text,
    date_mod timestamp without time zone,
    date_creation timestamp without time zone,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN glpi.glpi_users.language IS 'see define.php CFG_GLPI[language] array';
COMMENT ON COLUMN glpi.glpi_profiles.ticket_status IS 'json encoded array of from/dest allowed status change';
COMMENT ON COLUMN glpi.glpi_profiles.problem_status IS 'json encoded array of from/dest allowed status change';
COMMENT ON COLUMN glpi.glpi_profiles.change_status IS 'json encoded array of from/dest allowed status change';
COMMENT ON COLUMN glpi.glpi_computers_items.items_id IS 'RELATION to various table, according to itemtype (ID)';
COMMENT ON COLUMN glpi.glpi_certificates.certificatetypes_id IS 'RELATION to glpi_certificatetypes (id)';
COMMENT ON COLUMN glpi.glpi_certificates.users_id_tech IS 'RELATION to glpi_users (id)';
COMMENT ON COLUMN glpi.glpi_certificates.groups_id_tech IS 'RELATION to glpi_groups (id)';
COMMENT ON COLUMN glpi.glpi_certificates.locations_id IS 'RELATION to glpi_locations (id)';
COMMENT ON COLUMN glpi.glpi_certificates.manufacturers_id IS 'RELATION to glpi_manufacturers (id)';
COMMENT ON COLUMN glpi.glpi_certificates.states_id IS 'RELATION to states (id)';
COMMENT ON COLUMN glpi.glpi_certificates_items.items_id IS 'RELATION to various tables, according to itemtype (id)';
COMMENT ON COLUMN glpi.glpi_certificates_items.itemtype IS 'see .class.php file';
COMMENT ON COLUMN glpi.glpi_itilsolutions.itilfollowups_id IS 'Followup reference on reject or approve a solution';
COMMENT ON COLUMN glpi.glpi_calendarsegments.day IS 'numer of the day based on date(w)';
COMMENT ON COLUMN glpi.glpi_documents.filename IS 'for display and transfert';
COMMENT ON COLUMN glpi.glpi_documents.filepath IS 'file storage path';
