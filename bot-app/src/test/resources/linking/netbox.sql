-- NetBox (the network source-of-truth application: sites, racks, devices, interfaces, cables, IP addressing,
-- VLANs, VRFs, circuits and providers, tenants and contacts, virtual machines and clusters, wireless, VPN tunnels,
-- plus its custom fields, tags, journal, webhooks/event rules, change log, jobs, users and API tokens), version 4.2,
-- as the PostgreSQL dump of the NetBox project's demo data publishes it: github.com/netbox-community/netbox-demo-data
-- (sql/netbox-demo-v4.2.sql, commit 1e3a368, "Add v4.2 snapshot", 2024-12-16; dumped from PostgreSQL 14). The dump
-- was loaded into a scratch PostgreSQL 15 and this file regenerated from its catalog, schema netbox (the dump's is
-- public), the Django app prefixes kept (dcim_, ipam_, circuits_, tenancy_, virtualization_, wireless_, vpn_,
-- extras_, core_, users_, taggit_). Kept: the 171 tables of those apps plus django_content_type, which the
-- generic relations point at (assigned object types, scope types, termination types). Left out: Django's own
-- tables (migrations, sessions, admin log), auth_group/auth_permission and the two user/group-permission link tables
-- that point at them, social_auth_*, the netbox_devtools_* plugin tables, the demo rows, sequences, identity and
-- column defaults, the CHECK constraints Django writes for positive integers, the natural_sort collation, unique
-- constraints and indexes; DEFERRABLE on foreign keys dropped. Primary keys and every foreign key between kept
-- tables as the dump declares them. The dump has no catalog comments, so none here. Licence: the demo-data
-- repository is MIT (Copyright (c) 2021 Jeremy Stretch); NetBox itself is Apache-2.0 (we use the schema's facts).
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS netbox;
CREATE TABLE netbox.circuits_circuit (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    cid character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    install_date date,
    commit_rate integer,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    provider_id bigint NOT NULL,
    tenant_id bigint,
    termination_a_id bigint,
    termination_z_id bigint,
    type_id bigint NOT NULL,
    termination_date date,
    provider_account_id bigint,
    _abs_distance numeric(10,4),
    distance numeric(8,2),
    distance_unit character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_circuitgroup (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_circuitgroupassignment (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    priority character varying(50),
    circuit_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_circuittermination (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    mark_connected boolean NOT NULL,
    term_side character varying(1) NOT NULL,
    port_speed integer,
    upstream_speed integer,
    xconnect_id character varying(50) NOT NULL,
    pp_info character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    cable_id bigint,
    circuit_id bigint NOT NULL,
    _provider_network_id bigint,
    custom_field_data jsonb NOT NULL,
    cable_end character varying(1),
    termination_id bigint,
    termination_type_id integer,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_circuittype (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    color character varying(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_provider (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_provider_asns (
    id bigint NOT NULL,
    provider_id bigint NOT NULL,
    asn_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_provideraccount (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    account character varying(100) NOT NULL,
    name character varying(100) NOT NULL,
    provider_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_providernetwork (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    provider_id bigint NOT NULL,
    service_id character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_virtualcircuit (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    cid character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    provider_account_id bigint,
    provider_network_id bigint NOT NULL,
    tenant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.circuits_virtualcircuittermination (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    role character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    interface_id bigint NOT NULL,
    virtual_circuit_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.core_autosyncrecord (
    id bigint NOT NULL,
    object_id bigint NOT NULL,
    datafile_id bigint NOT NULL,
    object_type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.core_configrevision (
    id bigint NOT NULL,
    created timestamp with time zone NOT NULL,
    comment character varying(200) NOT NULL,
    data jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.core_datafile (
    id bigint NOT NULL,
    created timestamp with time zone NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    path character varying(1000) NOT NULL,
    size integer NOT NULL,
    hash character varying(64) NOT NULL,
    data bytea NOT NULL,
    source_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.core_datasource (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    source_url character varying(200) NOT NULL,
    status character varying(50) NOT NULL,
    enabled boolean NOT NULL,
    ignore_rules text NOT NULL,
    parameters jsonb,
    last_synced timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.core_job (
    id bigint NOT NULL,
    object_id bigint,
    name character varying(200) NOT NULL,
    created timestamp with time zone NOT NULL,
    scheduled timestamp with time zone,
    interval integer,
    started timestamp with time zone,
    completed timestamp with time zone,
    status character varying(30) NOT NULL,
    data jsonb,
    job_id uuid NOT NULL,
    object_type_id integer,
    user_id integer,
    error text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.core_managedfile (
    id bigint NOT NULL,
    data_path character varying(1000) NOT NULL,
    data_synced timestamp with time zone,
    created timestamp with time zone NOT NULL,
    last_updated timestamp with time zone,
    file_root character varying(1000) NOT NULL,
    file_path character varying(100) NOT NULL,
    data_file_id bigint,
    data_source_id bigint,
    auto_sync_enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.core_objectchange (
    id bigint NOT NULL,
    time timestamp with time zone NOT NULL,
    user_name character varying(150) NOT NULL,
    request_id uuid NOT NULL,
    action character varying(50) NOT NULL,
    changed_object_id bigint NOT NULL,
    related_object_id bigint,
    object_repr character varying(200) NOT NULL,
    prechange_data jsonb,
    postchange_data jsonb,
    changed_object_type_id integer NOT NULL,
    related_object_type_id integer,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_cable (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    type character varying(50),
    status character varying(50) NOT NULL,
    label character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    length numeric(8,2),
    length_unit character varying(50),
    _abs_length numeric(10,4),
    tenant_id bigint,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_cablepath (
    id bigint NOT NULL,
    _nodes character varying(40)[] NOT NULL,
    is_active boolean NOT NULL,
    is_split boolean NOT NULL,
    path jsonb NOT NULL,
    is_complete boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_cabletermination (
    id bigint NOT NULL,
    cable_end character varying(1) NOT NULL,
    termination_id bigint NOT NULL,
    cable_id bigint NOT NULL,
    termination_type_id integer NOT NULL,
    _device_id bigint,
    _rack_id bigint,
    _location_id bigint,
    _site_id bigint,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_consoleport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    speed integer,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_consoleporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    device_type_id bigint,
    module_type_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_consoleserverport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    speed integer,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_consoleserverporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    device_type_id bigint,
    module_type_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_device (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    local_context_data jsonb,
    name character varying(64),
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    position numeric(4,1),
    face character varying(50),
    status character varying(50) NOT NULL,
    vc_position integer,
    vc_priority smallint,
    comments text NOT NULL,
    cluster_id bigint,
    role_id bigint NOT NULL,
    device_type_id bigint NOT NULL,
    location_id bigint,
    platform_id bigint,
    primary_ip4_id bigint,
    primary_ip6_id bigint,
    rack_id bigint,
    site_id bigint NOT NULL,
    tenant_id bigint,
    virtual_chassis_id bigint,
    airflow character varying(50),
    description character varying(200) NOT NULL,
    config_template_id bigint,
    latitude numeric(8,6),
    longitude numeric(9,6),
    oob_ip_id bigint,
    console_port_count bigint NOT NULL,
    console_server_port_count bigint NOT NULL,
    power_port_count bigint NOT NULL,
    power_outlet_count bigint NOT NULL,
    interface_count bigint NOT NULL,
    front_port_count bigint NOT NULL,
    rear_port_count bigint NOT NULL,
    device_bay_count bigint NOT NULL,
    module_bay_count bigint NOT NULL,
    inventory_item_count bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_devicebay (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    device_id bigint NOT NULL,
    installed_device_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_devicebaytemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    device_type_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_devicerole (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    vm_role boolean NOT NULL,
    description character varying(200) NOT NULL,
    config_template_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_devicetype (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    model character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    part_number character varying(50) NOT NULL,
    u_height numeric(4,1) NOT NULL,
    is_full_depth boolean NOT NULL,
    subdevice_role character varying(50),
    front_image character varying(100) NOT NULL,
    rear_image character varying(100) NOT NULL,
    comments text NOT NULL,
    manufacturer_id bigint NOT NULL,
    airflow character varying(50),
    weight numeric(8,2),
    weight_unit character varying(50),
    _abs_weight bigint,
    description character varying(200) NOT NULL,
    default_platform_id bigint,
    console_port_template_count bigint NOT NULL,
    console_server_port_template_count bigint NOT NULL,
    power_port_template_count bigint NOT NULL,
    power_outlet_template_count bigint NOT NULL,
    interface_template_count bigint NOT NULL,
    front_port_template_count bigint NOT NULL,
    rear_port_template_count bigint NOT NULL,
    device_bay_template_count bigint NOT NULL,
    module_bay_template_count bigint NOT NULL,
    inventory_item_template_count bigint NOT NULL,
    exclude_from_utilization boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_frontport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50) NOT NULL,
    rear_port_position smallint NOT NULL,
    cable_id bigint,
    device_id bigint NOT NULL,
    rear_port_id bigint NOT NULL,
    color character varying(6) NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_frontporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50) NOT NULL,
    rear_port_position smallint NOT NULL,
    device_type_id bigint,
    rear_port_id bigint NOT NULL,
    color character varying(6) NOT NULL,
    module_type_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_interface (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    enabled boolean NOT NULL,
    mtu integer,
    mode character varying(50),
    _name character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    mgmt_only boolean NOT NULL,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    lag_id bigint,
    parent_id bigint,
    untagged_vlan_id bigint,
    wwn macaddr8,
    bridge_id bigint,
    rf_role character varying(30),
    rf_channel character varying(50),
    rf_channel_frequency numeric(7,2),
    rf_channel_width numeric(7,3),
    tx_power smallint,
    wireless_link_id bigint,
    module_id bigint,
    vrf_id bigint,
    duplex character varying(50),
    speed integer,
    poe_mode character varying(50),
    poe_type character varying(50),
    cable_end character varying(1),
    vlan_translation_policy_id bigint,
    qinq_svlan_id bigint,
    primary_mac_address_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_interface_tagged_vlans (
    id bigint NOT NULL,
    interface_id bigint NOT NULL,
    vlan_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_interface_vdcs (
    id bigint NOT NULL,
    interface_id bigint NOT NULL,
    virtualdevicecontext_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_interface_wireless_lans (
    id bigint NOT NULL,
    interface_id bigint NOT NULL,
    wirelesslan_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_interfacetemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    _name character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    mgmt_only boolean NOT NULL,
    device_type_id bigint,
    module_type_id bigint,
    poe_mode character varying(50),
    poe_type character varying(50),
    enabled boolean NOT NULL,
    bridge_id bigint,
    rf_role character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_inventoryitem (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    part_id character varying(50) NOT NULL,
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    discovered boolean NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    device_id bigint NOT NULL,
    manufacturer_id bigint,
    parent_id bigint,
    role_id bigint,
    component_id bigint,
    component_type_id integer,
    status character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_inventoryitemrole (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_inventoryitemtemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    component_id bigint,
    part_id character varying(50) NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    component_type_id integer,
    device_type_id bigint NOT NULL,
    manufacturer_id bigint,
    parent_id bigint,
    role_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_location (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    parent_id bigint,
    site_id bigint NOT NULL,
    tenant_id bigint,
    status character varying(50) NOT NULL,
    facility character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_macaddress (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    mac_address macaddr NOT NULL,
    assigned_object_id bigint,
    assigned_object_type_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_manufacturer (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_module (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    local_context_data jsonb,
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    comments text NOT NULL,
    device_id bigint NOT NULL,
    module_bay_id bigint NOT NULL,
    module_type_id bigint NOT NULL,
    description character varying(200) NOT NULL,
    status character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_modulebay (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    position character varying(30) NOT NULL,
    description character varying(200) NOT NULL,
    device_id bigint NOT NULL,
    level integer NOT NULL,
    lft integer NOT NULL,
    module_id bigint,
    parent_id bigint,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_modulebaytemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    position character varying(30) NOT NULL,
    description character varying(200) NOT NULL,
    device_type_id bigint,
    module_type_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_moduletype (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    model character varying(100) NOT NULL,
    part_number character varying(50) NOT NULL,
    comments text NOT NULL,
    manufacturer_id bigint NOT NULL,
    weight numeric(8,2),
    weight_unit character varying(50),
    _abs_weight bigint,
    description character varying(200) NOT NULL,
    airflow character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_platform (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    manufacturer_id bigint,
    config_template_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_powerfeed (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    mark_connected boolean NOT NULL,
    name character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    type character varying(50) NOT NULL,
    supply character varying(50) NOT NULL,
    phase character varying(50) NOT NULL,
    voltage smallint NOT NULL,
    amperage smallint NOT NULL,
    max_utilization smallint NOT NULL,
    available_power integer NOT NULL,
    comments text NOT NULL,
    _path_id bigint,
    cable_id bigint,
    power_panel_id bigint NOT NULL,
    rack_id bigint,
    cable_end character varying(1),
    description character varying(200) NOT NULL,
    tenant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_poweroutlet (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    feed_leg character varying(50),
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    power_port_id bigint,
    module_id bigint,
    cable_end character varying(1),
    color character varying(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_poweroutlettemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    feed_leg character varying(50),
    device_type_id bigint,
    power_port_id bigint,
    module_type_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_powerpanel (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    location_id bigint,
    site_id bigint NOT NULL,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_powerport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    maximum_draw integer,
    allocated_draw integer,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_powerporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    maximum_draw integer,
    allocated_draw integer,
    device_type_id bigint,
    module_type_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_rack (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    facility_id character varying(50),
    status character varying(50) NOT NULL,
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    form_factor character varying(50),
    width smallint NOT NULL,
    u_height smallint NOT NULL,
    desc_units boolean NOT NULL,
    outer_width smallint,
    outer_depth smallint,
    outer_unit character varying(50),
    comments text NOT NULL,
    location_id bigint,
    role_id bigint,
    site_id bigint NOT NULL,
    tenant_id bigint,
    weight numeric(8,2),
    max_weight integer,
    weight_unit character varying(50),
    _abs_weight bigint,
    _abs_max_weight bigint,
    mounting_depth smallint,
    description character varying(200) NOT NULL,
    starting_unit smallint NOT NULL,
    rack_type_id bigint,
    airflow character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_rackreservation (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    units smallint[] NOT NULL,
    description character varying(200) NOT NULL,
    rack_id bigint NOT NULL,
    tenant_id bigint,
    user_id integer NOT NULL,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_rackrole (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_racktype (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    weight numeric(8,2),
    weight_unit character varying(50),
    _abs_weight bigint,
    manufacturer_id bigint NOT NULL,
    model character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    form_factor character varying(50) NOT NULL,
    width smallint NOT NULL,
    u_height smallint NOT NULL,
    starting_unit smallint NOT NULL,
    desc_units boolean NOT NULL,
    outer_width smallint,
    outer_depth smallint,
    outer_unit character varying(50),
    max_weight integer,
    _abs_max_weight bigint,
    mounting_depth smallint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_rearport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50) NOT NULL,
    positions smallint NOT NULL,
    cable_id bigint,
    device_id bigint NOT NULL,
    color character varying(6) NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_rearporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50) NOT NULL,
    positions smallint NOT NULL,
    device_type_id bigint,
    color character varying(6) NOT NULL,
    module_type_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_region (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    parent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_site (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    facility character varying(50) NOT NULL,
    time_zone character varying(63),
    description character varying(200) NOT NULL,
    physical_address character varying(200) NOT NULL,
    shipping_address character varying(200) NOT NULL,
    latitude numeric(8,6),
    longitude numeric(9,6),
    comments text NOT NULL,
    group_id bigint,
    region_id bigint,
    tenant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_site_asns (
    id bigint NOT NULL,
    site_id bigint NOT NULL,
    asn_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_sitegroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    parent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_virtualchassis (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(64) NOT NULL,
    domain character varying(30) NOT NULL,
    master_id bigint,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    member_count bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.dcim_virtualdevicecontext (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(64) NOT NULL,
    status character varying(50) NOT NULL,
    identifier smallint,
    comments text NOT NULL,
    device_id bigint,
    primary_ip4_id bigint,
    primary_ip6_id bigint,
    tenant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_bookmark (
    id bigint NOT NULL,
    created timestamp with time zone NOT NULL,
    object_id bigint NOT NULL,
    object_type_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_branch (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_cachedvalue (
    id uuid NOT NULL,
    timestamp timestamp with time zone NOT NULL,
    object_id bigint NOT NULL,
    field character varying(200) NOT NULL,
    type character varying(30) NOT NULL,
    value text NOT NULL,
    weight smallint NOT NULL,
    object_type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    weight smallint NOT NULL,
    description character varying(200) NOT NULL,
    is_active boolean NOT NULL,
    data jsonb NOT NULL,
    data_file_id bigint,
    data_path character varying(1000) NOT NULL,
    data_source_id bigint,
    auto_sync_enabled boolean NOT NULL,
    data_synced timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_cluster_groups (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    clustergroup_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_cluster_types (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    clustertype_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_clusters (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    cluster_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_device_types (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    devicetype_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_locations (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    location_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_platforms (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    platform_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_regions (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    region_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_roles (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    devicerole_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_site_groups (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    sitegroup_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_sites (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    site_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_tags (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_tenant_groups (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    tenantgroup_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configcontext_tenants (
    id bigint NOT NULL,
    configcontext_id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_configtemplate (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    data_path character varying(1000) NOT NULL,
    data_synced timestamp with time zone,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    template_code text NOT NULL,
    environment_params jsonb,
    data_file_id bigint,
    data_source_id bigint,
    auto_sync_enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_customfield (
    id bigint NOT NULL,
    type character varying(50) NOT NULL,
    name character varying(50) NOT NULL,
    label character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    required boolean NOT NULL,
    filter_logic character varying(50) NOT NULL,
    "default" jsonb,
    weight smallint NOT NULL,
    validation_minimum bigint,
    validation_maximum bigint,
    validation_regex character varying(500) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    related_object_type_id integer,
    group_name character varying(50) NOT NULL,
    search_weight smallint NOT NULL,
    is_cloneable boolean NOT NULL,
    choice_set_id bigint,
    ui_editable character varying(50) NOT NULL,
    ui_visible character varying(50) NOT NULL,
    comments text NOT NULL,
    "unique" boolean NOT NULL,
    related_object_filter jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_customfield_object_types (
    id bigint NOT NULL,
    customfield_id bigint NOT NULL,
    objecttype_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_customfieldchoiceset (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    base_choices character varying(50),
    extra_choices character varying(100)[],
    order_alphabetically boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_customlink (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    link_text text NOT NULL,
    link_url text NOT NULL,
    weight smallint NOT NULL,
    group_name character varying(50) NOT NULL,
    button_class character varying(30) NOT NULL,
    new_window boolean NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    enabled boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_customlink_object_types (
    id bigint NOT NULL,
    customlink_id bigint NOT NULL,
    objecttype_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_dashboard (
    id bigint NOT NULL,
    layout jsonb NOT NULL,
    config jsonb NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_eventrule (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(150) NOT NULL,
    description character varying(200) NOT NULL,
    enabled boolean NOT NULL,
    conditions jsonb,
    action_type character varying(30) NOT NULL,
    action_object_id bigint,
    action_data jsonb,
    comments text NOT NULL,
    action_object_type_id integer NOT NULL,
    event_types character varying(50)[] NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_eventrule_object_types (
    id bigint NOT NULL,
    eventrule_id bigint NOT NULL,
    objecttype_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_exporttemplate (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    template_code text NOT NULL,
    mime_type character varying(50) NOT NULL,
    file_extension character varying(15) NOT NULL,
    as_attachment boolean NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    data_file_id bigint,
    data_path character varying(1000) NOT NULL,
    data_source_id bigint,
    auto_sync_enabled boolean NOT NULL,
    data_synced timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_exporttemplate_object_types (
    id bigint NOT NULL,
    exporttemplate_id bigint NOT NULL,
    objecttype_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_imageattachment (
    id bigint NOT NULL,
    object_id bigint NOT NULL,
    image character varying(100) NOT NULL,
    image_height smallint NOT NULL,
    image_width smallint NOT NULL,
    name character varying(50) NOT NULL,
    created timestamp with time zone,
    object_type_id integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_journalentry (
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    assigned_object_id bigint NOT NULL,
    created timestamp with time zone,
    kind character varying(30) NOT NULL,
    comments text NOT NULL,
    assigned_object_type_id integer NOT NULL,
    created_by_id integer,
    custom_field_data jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_notification (
    id bigint NOT NULL,
    created timestamp with time zone NOT NULL,
    read timestamp with time zone,
    object_id bigint NOT NULL,
    event_type character varying(50) NOT NULL,
    object_type_id integer NOT NULL,
    object_repr character varying(200) NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_notificationgroup (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_notificationgroup_groups (
    id bigint NOT NULL,
    notificationgroup_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_notificationgroup_users (
    id bigint NOT NULL,
    notificationgroup_id bigint NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_savedfilter (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    weight smallint NOT NULL,
    enabled boolean NOT NULL,
    shared boolean NOT NULL,
    parameters jsonb NOT NULL,
    user_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_savedfilter_object_types (
    id bigint NOT NULL,
    savedfilter_id bigint NOT NULL,
    objecttype_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_script (
    id bigint NOT NULL,
    name character varying(79) NOT NULL,
    module_id bigint NOT NULL,
    is_executable boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_stagedchange (
    id bigint NOT NULL,
    action character varying(20) NOT NULL,
    object_id bigint,
    data jsonb,
    branch_id bigint NOT NULL,
    object_type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_subscription (
    id bigint NOT NULL,
    created timestamp with time zone NOT NULL,
    object_id bigint NOT NULL,
    object_type_id integer NOT NULL,
    user_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_tag (
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    color character varying(6) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_tag_object_types (
    id bigint NOT NULL,
    tag_id bigint NOT NULL,
    objecttype_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_taggeditem (
    object_id integer NOT NULL,
    id bigint NOT NULL,
    content_type_id integer NOT NULL,
    tag_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.extras_webhook (
    id bigint NOT NULL,
    name character varying(150) NOT NULL,
    payload_url character varying(500) NOT NULL,
    http_method character varying(30) NOT NULL,
    http_content_type character varying(100) NOT NULL,
    additional_headers text NOT NULL,
    body_template text NOT NULL,
    secret character varying(255) NOT NULL,
    ssl_verification boolean NOT NULL,
    ca_file_path character varying(4096),
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_aggregate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    prefix cidr NOT NULL,
    date_added date,
    description character varying(200) NOT NULL,
    rir_id bigint NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_asn (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    asn bigint NOT NULL,
    description character varying(200) NOT NULL,
    rir_id bigint NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_asnrange (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    start bigint NOT NULL,
    "end" bigint NOT NULL,
    rir_id bigint NOT NULL,
    tenant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_fhrpgroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    group_id smallint NOT NULL,
    protocol character varying(50) NOT NULL,
    auth_type character varying(50),
    auth_key character varying(255) NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(100) NOT NULL,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_fhrpgroupassignment (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    interface_id bigint NOT NULL,
    priority smallint NOT NULL,
    group_id bigint NOT NULL,
    interface_type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_ipaddress (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    address inet NOT NULL,
    status character varying(50) NOT NULL,
    role character varying(50),
    assigned_object_id bigint,
    dns_name character varying(255) NOT NULL,
    description character varying(200) NOT NULL,
    assigned_object_type_id integer,
    nat_inside_id bigint,
    tenant_id bigint,
    vrf_id bigint,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_iprange (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    start_address inet NOT NULL,
    end_address inet NOT NULL,
    size integer NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    role_id bigint,
    tenant_id bigint,
    vrf_id bigint,
    comments text NOT NULL,
    mark_utilized boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_prefix (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    prefix cidr NOT NULL,
    status character varying(50) NOT NULL,
    is_pool boolean NOT NULL,
    description character varying(200) NOT NULL,
    role_id bigint,
    tenant_id bigint,
    vlan_id bigint,
    vrf_id bigint,
    _children bigint NOT NULL,
    _depth smallint NOT NULL,
    mark_utilized boolean NOT NULL,
    comments text NOT NULL,
    scope_id bigint,
    scope_type_id integer,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_rir (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    is_private boolean NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_role (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    weight smallint NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_routetarget (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(21) NOT NULL,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_service (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    protocol character varying(50) NOT NULL,
    ports integer[] NOT NULL,
    description character varying(200) NOT NULL,
    device_id bigint,
    virtual_machine_id bigint,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_service_ipaddresses (
    id bigint NOT NULL,
    service_id bigint NOT NULL,
    ipaddress_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_servicetemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    protocol character varying(50) NOT NULL,
    ports integer[] NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(100) NOT NULL,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_vlan (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    vid smallint NOT NULL,
    name character varying(64) NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    group_id bigint,
    role_id bigint,
    site_id bigint,
    tenant_id bigint,
    comments text NOT NULL,
    qinq_role character varying(50),
    qinq_svlan_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_vlangroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    scope_id bigint,
    description character varying(200) NOT NULL,
    scope_type_id integer,
    vid_ranges int4range[] NOT NULL,
    _total_vlan_ids bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_vlantranslationpolicy (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_vlantranslationrule (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    local_vid smallint NOT NULL,
    remote_vid smallint NOT NULL,
    policy_id bigint NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_vrf (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    rd character varying(21),
    enforce_unique boolean NOT NULL,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_vrf_export_targets (
    id bigint NOT NULL,
    vrf_id bigint NOT NULL,
    routetarget_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.ipam_vrf_import_targets (
    id bigint NOT NULL,
    vrf_id bigint NOT NULL,
    routetarget_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.taggit_tag (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.taggit_taggeditem (
    id integer NOT NULL,
    object_id integer NOT NULL,
    content_type_id integer NOT NULL,
    tag_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.tenancy_contact (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    title character varying(100) NOT NULL,
    phone character varying(50) NOT NULL,
    email character varying(254) NOT NULL,
    address character varying(200) NOT NULL,
    comments text NOT NULL,
    group_id bigint,
    link character varying(200) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.tenancy_contactassignment (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint NOT NULL,
    object_id bigint NOT NULL,
    priority character varying(50),
    contact_id bigint NOT NULL,
    object_type_id integer NOT NULL,
    role_id bigint NOT NULL,
    custom_field_data jsonb NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.tenancy_contactgroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    parent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.tenancy_contactrole (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.tenancy_tenant (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.tenancy_tenantgroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    parent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_group (
    id bigint NOT NULL,
    name character varying(150) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_group_object_permissions (
    id bigint NOT NULL,
    objectpermission_id bigint NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_objectpermission (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    enabled boolean NOT NULL,
    actions character varying(30)[] NOT NULL,
    constraints jsonb,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_objectpermission_object_types (
    id bigint NOT NULL,
    objectpermission_id bigint NOT NULL,
    objecttype_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_token (
    id bigint NOT NULL,
    created timestamp with time zone NOT NULL,
    expires timestamp with time zone,
    key character varying(40) NOT NULL,
    write_enabled boolean NOT NULL,
    description character varying(200) NOT NULL,
    user_id integer NOT NULL,
    allowed_ips cidr[],
    last_used timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_user (
    id bigint NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_user_groups (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_user_object_permissions (
    id bigint NOT NULL,
    objectpermission_id bigint NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.users_userconfig (
    id bigint NOT NULL,
    data jsonb NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.virtualization_cluster (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    comments text NOT NULL,
    group_id bigint,
    tenant_id bigint,
    type_id bigint NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    scope_id bigint,
    scope_type_id integer,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.virtualization_clustergroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.virtualization_clustertype (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.virtualization_virtualdisk (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    size integer NOT NULL,
    virtual_machine_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.virtualization_virtualmachine (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    local_context_data jsonb,
    name character varying(64) NOT NULL,
    status character varying(50) NOT NULL,
    vcpus numeric(6,2),
    memory integer,
    disk integer,
    comments text NOT NULL,
    cluster_id bigint,
    platform_id bigint,
    primary_ip4_id bigint,
    primary_ip6_id bigint,
    role_id bigint,
    tenant_id bigint,
    site_id bigint,
    device_id bigint,
    description character varying(200) NOT NULL,
    interface_count bigint NOT NULL,
    config_template_id bigint,
    virtual_disk_count bigint NOT NULL,
    serial character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.virtualization_vminterface (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    enabled boolean NOT NULL,
    mtu integer,
    mode character varying(50),
    name character varying(64) NOT NULL,
    _name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    untagged_vlan_id bigint,
    virtual_machine_id bigint NOT NULL,
    bridge_id bigint,
    vrf_id bigint,
    vlan_translation_policy_id bigint,
    qinq_svlan_id bigint,
    primary_mac_address_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.virtualization_vminterface_tagged_vlans (
    id bigint NOT NULL,
    vminterface_id bigint NOT NULL,
    vlan_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_ikepolicy (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    version smallint NOT NULL,
    mode character varying,
    preshared_key text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_ikepolicy_proposals (
    id bigint NOT NULL,
    ikepolicy_id bigint NOT NULL,
    ikeproposal_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_ikeproposal (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    authentication_method character varying NOT NULL,
    encryption_algorithm character varying NOT NULL,
    authentication_algorithm character varying,
    "group" smallint NOT NULL,
    sa_lifetime integer,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_ipsecpolicy (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    pfs_group smallint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_ipsecpolicy_proposals (
    id bigint NOT NULL,
    ipsecpolicy_id bigint NOT NULL,
    ipsecproposal_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_ipsecprofile (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    mode character varying NOT NULL,
    ike_policy_id bigint NOT NULL,
    ipsec_policy_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_ipsecproposal (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    encryption_algorithm character varying,
    authentication_algorithm character varying,
    sa_lifetime_seconds integer,
    sa_lifetime_data integer,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_l2vpn (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    identifier bigint,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_l2vpn_export_targets (
    id bigint NOT NULL,
    l2vpn_id bigint NOT NULL,
    routetarget_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_l2vpn_import_targets (
    id bigint NOT NULL,
    l2vpn_id bigint NOT NULL,
    routetarget_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_l2vpntermination (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    assigned_object_id bigint NOT NULL,
    assigned_object_type_id integer NOT NULL,
    l2vpn_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_tunnel (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    group_id bigint,
    encapsulation character varying(50) NOT NULL,
    tunnel_id bigint,
    ipsec_profile_id bigint,
    tenant_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_tunnelgroup (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.vpn_tunneltermination (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    role character varying(50) NOT NULL,
    termination_id bigint,
    termination_type_id integer NOT NULL,
    outside_ip_id bigint,
    tunnel_id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.wireless_wirelesslan (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    ssid character varying(32) NOT NULL,
    group_id bigint,
    description character varying(200) NOT NULL,
    auth_cipher character varying(50),
    auth_psk character varying(64) NOT NULL,
    auth_type character varying(50),
    vlan_id bigint,
    tenant_id bigint,
    comments text NOT NULL,
    status character varying(50) NOT NULL,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    scope_id bigint,
    scope_type_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.wireless_wirelesslangroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    lft integer NOT NULL,
    rght integer NOT NULL,
    tree_id integer NOT NULL,
    level integer NOT NULL,
    parent_id bigint,
    PRIMARY KEY (id)
);
CREATE TABLE netbox.wireless_wirelesslink (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint NOT NULL,
    ssid character varying(32) NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    auth_cipher character varying(50),
    auth_psk character varying(64) NOT NULL,
    auth_type character varying(50),
    _interface_a_device_id bigint,
    _interface_b_device_id bigint,
    interface_a_id bigint NOT NULL,
    interface_b_id bigint NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    _abs_distance numeric(10,4),
    distance numeric(8,2),
    distance_unit character varying(50),
    PRIMARY KEY (id)
);
ALTER TABLE netbox.circuits_circuit ADD CONSTRAINT circuits_circuit_provider_account_id_a7c8f61b_fk_circuits_ FOREIGN KEY (provider_account_id) REFERENCES netbox.circuits_provideraccount(id);
ALTER TABLE netbox.circuits_circuit ADD CONSTRAINT circuits_circuit_provider_id_d9195418_fk_circuits_provider_id FOREIGN KEY (provider_id) REFERENCES netbox.circuits_provider(id);
ALTER TABLE netbox.circuits_circuit ADD CONSTRAINT circuits_circuit_tenant_id_812508a5_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.circuits_circuit ADD CONSTRAINT circuits_circuit_termination_a_id_f891adac_fk_circuits_ FOREIGN KEY (termination_a_id) REFERENCES netbox.circuits_circuittermination(id);
ALTER TABLE netbox.circuits_circuit ADD CONSTRAINT circuits_circuit_termination_z_id_377b8551_fk_circuits_ FOREIGN KEY (termination_z_id) REFERENCES netbox.circuits_circuittermination(id);
ALTER TABLE netbox.circuits_circuit ADD CONSTRAINT circuits_circuit_type_id_1b9f485a_fk_circuits_circuittype_id FOREIGN KEY (type_id) REFERENCES netbox.circuits_circuittype(id);
ALTER TABLE netbox.circuits_circuitgroup ADD CONSTRAINT circuits_circuitgroup_tenant_id_5bafdc3f_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.circuits_circuitgroupassignment ADD CONSTRAINT circuits_circuitgrou_circuit_id_ab429133_fk_circuits_ FOREIGN KEY (circuit_id) REFERENCES netbox.circuits_circuit(id);
ALTER TABLE netbox.circuits_circuitgroupassignment ADD CONSTRAINT circuits_circuitgrou_group_id_1a7b6580_fk_circuits_ FOREIGN KEY (group_id) REFERENCES netbox.circuits_circuitgroup(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuitterm__location_id_4a578dca_fk_dcim_loca FOREIGN KEY (_location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuitterm__provider_network_id_85ca661e_fk_circuits_ FOREIGN KEY (_provider_network_id) REFERENCES netbox.circuits_providernetwork(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuitterm__region_id_1fa03379_fk_dcim_regi FOREIGN KEY (_region_id) REFERENCES netbox.dcim_region(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuitterm__site_group_id_ec0c1998_fk_dcim_site FOREIGN KEY (_site_group_id) REFERENCES netbox.dcim_sitegroup(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuitterm_circuit_id_257e87e7_fk_circuits_ FOREIGN KEY (circuit_id) REFERENCES netbox.circuits_circuit(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuitterm_termination_type_id_c9262c91_fk_django_co FOREIGN KEY (termination_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuittermination__site_id_84942491_fk_dcim_site_id FOREIGN KEY (_site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.circuits_circuittermination ADD CONSTRAINT circuits_circuittermination_cable_id_35e9f703_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.circuits_provider_asns ADD CONSTRAINT circuits_provider_as_provider_id_becc3f7e_fk_circuits_ FOREIGN KEY (provider_id) REFERENCES netbox.circuits_provider(id);
ALTER TABLE netbox.circuits_provider_asns ADD CONSTRAINT circuits_provider_asns_asn_id_0a6c53b3_fk_ipam_asn_id FOREIGN KEY (asn_id) REFERENCES netbox.ipam_asn(id);
ALTER TABLE netbox.circuits_provideraccount ADD CONSTRAINT circuits_provideracc_provider_id_4bcd7e50_fk_circuits_ FOREIGN KEY (provider_id) REFERENCES netbox.circuits_provider(id);
ALTER TABLE netbox.circuits_providernetwork ADD CONSTRAINT circuits_providernet_provider_id_7992236c_fk_circuits_ FOREIGN KEY (provider_id) REFERENCES netbox.circuits_provider(id);
ALTER TABLE netbox.circuits_virtualcircuit ADD CONSTRAINT circuits_virtualcirc_provider_account_id_d942f455_fk_circuits_ FOREIGN KEY (provider_account_id) REFERENCES netbox.circuits_provideraccount(id);
ALTER TABLE netbox.circuits_virtualcircuit ADD CONSTRAINT circuits_virtualcirc_provider_network_id_a902f409_fk_circuits_ FOREIGN KEY (provider_network_id) REFERENCES netbox.circuits_providernetwork(id);
ALTER TABLE netbox.circuits_virtualcircuit ADD CONSTRAINT circuits_virtualcircuit_tenant_id_4458eca7_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.circuits_virtualcircuittermination ADD CONSTRAINT circuits_virtualcirc_interface_id_d764b232_fk_dcim_inte FOREIGN KEY (interface_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.circuits_virtualcircuittermination ADD CONSTRAINT circuits_virtualcirc_virtual_circuit_id_ca588886_fk_circuits_ FOREIGN KEY (virtual_circuit_id) REFERENCES netbox.circuits_virtualcircuit(id);
ALTER TABLE netbox.core_autosyncrecord ADD CONSTRAINT core_autosyncrecord_datafile_id_f2aad29e_fk_core_datafile_id FOREIGN KEY (datafile_id) REFERENCES netbox.core_datafile(id);
ALTER TABLE netbox.core_autosyncrecord ADD CONSTRAINT core_autosyncrecord_object_type_id_62506cf6_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.core_datafile ADD CONSTRAINT core_datafile_source_id_8d675be2_fk_core_datasource_id FOREIGN KEY (source_id) REFERENCES netbox.core_datasource(id);
ALTER TABLE netbox.core_job ADD CONSTRAINT core_job_object_type_id_ea17469a_fk_django_content_type_id FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.core_job ADD CONSTRAINT core_job_user_id_b69eefda_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.core_managedfile ADD CONSTRAINT core_managedfile_data_file_id_2b6fc95e_fk_core_datafile_id FOREIGN KEY (data_file_id) REFERENCES netbox.core_datafile(id);
ALTER TABLE netbox.core_managedfile ADD CONSTRAINT core_managedfile_data_source_id_647d5dbe_fk_core_datasource_id FOREIGN KEY (data_source_id) REFERENCES netbox.core_datasource(id);
ALTER TABLE netbox.core_objectchange ADD CONSTRAINT core_objectchange_changed_object_type_id_2070ade6 FOREIGN KEY (changed_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.core_objectchange ADD CONSTRAINT core_objectchange_related_object_type_id_b80958af FOREIGN KEY (related_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.core_objectchange ADD CONSTRAINT core_objectchange_user_id_2b2142be FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.dcim_cable ADD CONSTRAINT dcim_cable_tenant_id_3a7fdbb8_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_cabletermination ADD CONSTRAINT dcim_cableterminatio_termination_type_id_20da439e_fk_django_co FOREIGN KEY (termination_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.dcim_cabletermination ADD CONSTRAINT dcim_cabletermination__device_id_f5884934_fk_dcim_device_id FOREIGN KEY (_device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_cabletermination ADD CONSTRAINT dcim_cabletermination__location_id_ff4be503_fk_dcim_location_id FOREIGN KEY (_location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.dcim_cabletermination ADD CONSTRAINT dcim_cabletermination__rack_id_83a548e1_fk_dcim_rack_id FOREIGN KEY (_rack_id) REFERENCES netbox.dcim_rack(id);
ALTER TABLE netbox.dcim_cabletermination ADD CONSTRAINT dcim_cabletermination__site_id_616962fa_fk_dcim_site_id FOREIGN KEY (_site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.dcim_cabletermination ADD CONSTRAINT dcim_cabletermination_cable_id_b50010d1_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_consoleport ADD CONSTRAINT dcim_consoleport__path_id_e40a4436_fk_dcim_cablepath_id FOREIGN KEY (_path_id) REFERENCES netbox.dcim_cablepath(id);
ALTER TABLE netbox.dcim_consoleport ADD CONSTRAINT dcim_consoleport_cable_id_a9ae5465_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_consoleport ADD CONSTRAINT dcim_consoleport_device_id_f2d90d3c_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_consoleport ADD CONSTRAINT dcim_consoleport_module_id_d17b2519_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_consoleporttemplate ADD CONSTRAINT dcim_consoleporttemp_device_type_id_075d4015_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_consoleporttemplate ADD CONSTRAINT dcim_consoleporttemp_module_type_id_c0f35d97_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_consoleserverport ADD CONSTRAINT dcim_consoleserverport__path_id_dc5abe09_fk_dcim_cablepath_id FOREIGN KEY (_path_id) REFERENCES netbox.dcim_cablepath(id);
ALTER TABLE netbox.dcim_consoleserverport ADD CONSTRAINT dcim_consoleserverport_cable_id_f2940dfd_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_consoleserverport ADD CONSTRAINT dcim_consoleserverport_device_id_d9866581_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_consoleserverport ADD CONSTRAINT dcim_consoleserverport_module_id_d060cfc8_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_consoleserverporttemplate ADD CONSTRAINT dcim_consoleserverpo_device_type_id_579bdc86_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_consoleserverporttemplate ADD CONSTRAINT dcim_consoleserverpo_module_type_id_4abf751a_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_cluster_id_cf852f78_fk_virtualization_cluster_id FOREIGN KEY (cluster_id) REFERENCES netbox.virtualization_cluster(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_config_template_id_316328c4_fk_extras_co FOREIGN KEY (config_template_id) REFERENCES netbox.extras_configtemplate(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_device_type_id_d61b4086_fk_dcim_devicetype_id FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_location_id_11a7bedb_fk_dcim_location_id FOREIGN KEY (location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_oob_ip_id_5e7219c1_fk_ipam_ipaddress_id FOREIGN KEY (oob_ip_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_platform_id_468138f1_fk_dcim_platform_id FOREIGN KEY (platform_id) REFERENCES netbox.dcim_platform(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_primary_ip4_id_2ccd943a_fk_ipam_ipaddress_id FOREIGN KEY (primary_ip4_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_primary_ip6_id_d180fe91_fk_ipam_ipaddress_id FOREIGN KEY (primary_ip6_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_rack_id_23bde71f_fk_dcim_rack_id FOREIGN KEY (rack_id) REFERENCES netbox.dcim_rack(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_role_id_61edcc33_fk_dcim_devicerole_id FOREIGN KEY (role_id) REFERENCES netbox.dcim_devicerole(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_site_id_ff897cf6_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_tenant_id_dcea7969_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_device ADD CONSTRAINT dcim_device_virtual_chassis_id_aed51693_fk_dcim_virt FOREIGN KEY (virtual_chassis_id) REFERENCES netbox.dcim_virtualchassis(id);
ALTER TABLE netbox.dcim_devicebay ADD CONSTRAINT dcim_devicebay_device_id_0c8a1218_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_devicebay ADD CONSTRAINT dcim_devicebay_installed_device_id_04618112_fk_dcim_device_id FOREIGN KEY (installed_device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_devicebaytemplate ADD CONSTRAINT dcim_devicebaytempla_device_type_id_f4b24a29_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_devicerole ADD CONSTRAINT dcim_devicerole_config_template_id_5874002c_fk_extras_co FOREIGN KEY (config_template_id) REFERENCES netbox.extras_configtemplate(id);
ALTER TABLE netbox.dcim_devicetype ADD CONSTRAINT dcim_devicetype_default_platform_id_1f6ff6ac_fk_dcim_plat FOREIGN KEY (default_platform_id) REFERENCES netbox.dcim_platform(id);
ALTER TABLE netbox.dcim_devicetype ADD CONSTRAINT dcim_devicetype_manufacturer_id_a3e8029e_fk_dcim_manu FOREIGN KEY (manufacturer_id) REFERENCES netbox.dcim_manufacturer(id);
ALTER TABLE netbox.dcim_frontport ADD CONSTRAINT dcim_frontport_cable_id_04ff8aab_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_frontport ADD CONSTRAINT dcim_frontport_device_id_950557b5_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_frontport ADD CONSTRAINT dcim_frontport_module_id_952c3f9a_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_frontport ADD CONSTRAINT dcim_frontport_rear_port_id_78df2532_fk_dcim_rearport_id FOREIGN KEY (rear_port_id) REFERENCES netbox.dcim_rearport(id);
ALTER TABLE netbox.dcim_frontporttemplate ADD CONSTRAINT dcim_frontporttempla_device_type_id_f088b952_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_frontporttemplate ADD CONSTRAINT dcim_frontporttempla_module_type_id_66851ff9_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_frontporttemplate ADD CONSTRAINT dcim_frontporttempla_rear_port_id_9775411b_fk_dcim_rear FOREIGN KEY (rear_port_id) REFERENCES netbox.dcim_rearporttemplate(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface__path_id_f8f4f7f0_fk_dcim_cablepath_id FOREIGN KEY (_path_id) REFERENCES netbox.dcim_cablepath(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_bridge_id_f2a8df85_fk_dcim_interface_id FOREIGN KEY (bridge_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_cable_id_1b264edb_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_device_id_359c6115_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_lag_id_ea1a1d12_fk_dcim_interface_id FOREIGN KEY (lag_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_module_id_05ca2da5_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_parent_id_3e2b159b_fk_dcim_interface_id FOREIGN KEY (parent_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_primary_mac_address__a0bb90ca_fk_dcim_maca FOREIGN KEY (primary_mac_address_id) REFERENCES netbox.dcim_macaddress(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_qinq_svlan_id_21189a58_fk_ipam_vlan_id FOREIGN KEY (qinq_svlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_untagged_vlan_id_838dc7be_fk_ipam_vlan_id FOREIGN KEY (untagged_vlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_vlan_translation_pol_91060031_fk_ipam_vlan FOREIGN KEY (vlan_translation_policy_id) REFERENCES netbox.ipam_vlantranslationpolicy(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_vrf_id_a92e59b2_fk_ipam_vrf_id FOREIGN KEY (vrf_id) REFERENCES netbox.ipam_vrf(id);
ALTER TABLE netbox.dcim_interface ADD CONSTRAINT dcim_interface_wireless_link_id_bc91108f_fk_wireless_ FOREIGN KEY (wireless_link_id) REFERENCES netbox.wireless_wirelesslink(id);
ALTER TABLE netbox.dcim_interface_tagged_vlans ADD CONSTRAINT dcim_interface_tagge_interface_id_5870c9e9_fk_dcim_inte FOREIGN KEY (interface_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.dcim_interface_tagged_vlans ADD CONSTRAINT dcim_interface_tagged_vlans_vlan_id_e027005c_fk_ipam_vlan_id FOREIGN KEY (vlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.dcim_interface_vdcs ADD CONSTRAINT dcim_interface_vdcs_interface_id_6d58dbaf_fk_dcim_interface_id FOREIGN KEY (interface_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.dcim_interface_vdcs ADD CONSTRAINT dcim_interface_vdcs_virtualdevicecontext_af0bfd4b_fk_dcim_virt FOREIGN KEY (virtualdevicecontext_id) REFERENCES netbox.dcim_virtualdevicecontext(id);
ALTER TABLE netbox.dcim_interface_wireless_lans ADD CONSTRAINT dcim_interface_wirel_interface_id_80df3785_fk_dcim_inte FOREIGN KEY (interface_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.dcim_interface_wireless_lans ADD CONSTRAINT dcim_interface_wirel_wirelesslan_id_f081e278_fk_wireless_ FOREIGN KEY (wirelesslan_id) REFERENCES netbox.wireless_wirelesslan(id);
ALTER TABLE netbox.dcim_interfacetemplate ADD CONSTRAINT dcim_interfacetempla_bridge_id_4e44355b_fk_dcim_inte FOREIGN KEY (bridge_id) REFERENCES netbox.dcim_interfacetemplate(id);
ALTER TABLE netbox.dcim_interfacetemplate ADD CONSTRAINT dcim_interfacetempla_device_type_id_4bfcbfab_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_interfacetemplate ADD CONSTRAINT dcim_interfacetempla_module_type_id_f941f180_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_inventoryitem ADD CONSTRAINT dcim_inventoryitem_component_type_id_f0e4d83a_fk_django_co FOREIGN KEY (component_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.dcim_inventoryitem ADD CONSTRAINT dcim_inventoryitem_device_id_033d83f8_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_inventoryitem ADD CONSTRAINT dcim_inventoryitem_manufacturer_id_dcd1b78a_fk_dcim_manu FOREIGN KEY (manufacturer_id) REFERENCES netbox.dcim_manufacturer(id);
ALTER TABLE netbox.dcim_inventoryitem ADD CONSTRAINT dcim_inventoryitem_parent_id_7ebcd457_fk_dcim_inventoryitem_id FOREIGN KEY (parent_id) REFERENCES netbox.dcim_inventoryitem(id);
ALTER TABLE netbox.dcim_inventoryitem ADD CONSTRAINT dcim_inventoryitem_role_id_2bcfcb04_fk_dcim_inve FOREIGN KEY (role_id) REFERENCES netbox.dcim_inventoryitemrole(id);
ALTER TABLE netbox.dcim_inventoryitemtemplate ADD CONSTRAINT dcim_inventoryitemte_component_type_id_161623a2_fk_django_co FOREIGN KEY (component_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.dcim_inventoryitemtemplate ADD CONSTRAINT dcim_inventoryitemte_device_type_id_6a1be904_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_inventoryitemtemplate ADD CONSTRAINT dcim_inventoryitemte_manufacturer_id_b388c5d9_fk_dcim_manu FOREIGN KEY (manufacturer_id) REFERENCES netbox.dcim_manufacturer(id);
ALTER TABLE netbox.dcim_inventoryitemtemplate ADD CONSTRAINT dcim_inventoryitemte_parent_id_0dac73bb_fk_dcim_inve FOREIGN KEY (parent_id) REFERENCES netbox.dcim_inventoryitemtemplate(id);
ALTER TABLE netbox.dcim_inventoryitemtemplate ADD CONSTRAINT dcim_inventoryitemte_role_id_292676e6_fk_dcim_inve FOREIGN KEY (role_id) REFERENCES netbox.dcim_inventoryitemrole(id);
ALTER TABLE netbox.dcim_location ADD CONSTRAINT dcim_location_parent_id_d77f3318_fk_dcim_location_id FOREIGN KEY (parent_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.dcim_location ADD CONSTRAINT dcim_location_site_id_b55e975f_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.dcim_location ADD CONSTRAINT dcim_location_tenant_id_2c4df974_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_macaddress ADD CONSTRAINT dcim_macaddress_assigned_object_type_28814a20_fk_django_co FOREIGN KEY (assigned_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.dcim_module ADD CONSTRAINT dcim_module_device_id_53cfd5be_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_module ADD CONSTRAINT dcim_module_module_bay_id_8a1bf3e2_fk_dcim_modulebay_id FOREIGN KEY (module_bay_id) REFERENCES netbox.dcim_modulebay(id);
ALTER TABLE netbox.dcim_module ADD CONSTRAINT dcim_module_module_type_id_a50b39fc_fk_dcim_moduletype_id FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_modulebay ADD CONSTRAINT dcim_modulebay_device_id_3526abc2_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_modulebay ADD CONSTRAINT dcim_modulebay_module_id_a21ddd9a_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_modulebay ADD CONSTRAINT dcim_modulebay_parent_id_e483f9b7_fk_dcim_modulebay_id FOREIGN KEY (parent_id) REFERENCES netbox.dcim_modulebay(id);
ALTER TABLE netbox.dcim_modulebaytemplate ADD CONSTRAINT dcim_modulebaytempla_device_type_id_9eaf9bd3_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_modulebaytemplate ADD CONSTRAINT dcim_modulebaytempla_module_type_id_2fdfb491_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_moduletype ADD CONSTRAINT dcim_moduletype_manufacturer_id_7347392e_fk_dcim_manu FOREIGN KEY (manufacturer_id) REFERENCES netbox.dcim_manufacturer(id);
ALTER TABLE netbox.dcim_platform ADD CONSTRAINT dcim_platform_config_template_id_013a4d3c_fk_extras_co FOREIGN KEY (config_template_id) REFERENCES netbox.extras_configtemplate(id);
ALTER TABLE netbox.dcim_platform ADD CONSTRAINT dcim_platform_manufacturer_id_83f72d3d_fk_dcim_manufacturer_id FOREIGN KEY (manufacturer_id) REFERENCES netbox.dcim_manufacturer(id);
ALTER TABLE netbox.dcim_powerfeed ADD CONSTRAINT dcim_powerfeed__path_id_a1ea1f28_fk_dcim_cablepath_id FOREIGN KEY (_path_id) REFERENCES netbox.dcim_cablepath(id);
ALTER TABLE netbox.dcim_powerfeed ADD CONSTRAINT dcim_powerfeed_cable_id_ec44c4f8_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_powerfeed ADD CONSTRAINT dcim_powerfeed_power_panel_id_32bde3be_fk_dcim_powerpanel_id FOREIGN KEY (power_panel_id) REFERENCES netbox.dcim_powerpanel(id);
ALTER TABLE netbox.dcim_powerfeed ADD CONSTRAINT dcim_powerfeed_rack_id_7abba090_fk_dcim_rack_id FOREIGN KEY (rack_id) REFERENCES netbox.dcim_rack(id);
ALTER TABLE netbox.dcim_powerfeed ADD CONSTRAINT dcim_powerfeed_tenant_id_947bee85_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_poweroutlet ADD CONSTRAINT dcim_poweroutlet__path_id_cbb47bb9_fk_dcim_cablepath_id FOREIGN KEY (_path_id) REFERENCES netbox.dcim_cablepath(id);
ALTER TABLE netbox.dcim_poweroutlet ADD CONSTRAINT dcim_poweroutlet_cable_id_8dbea1ec_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_poweroutlet ADD CONSTRAINT dcim_poweroutlet_device_id_286351d7_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_poweroutlet ADD CONSTRAINT dcim_poweroutlet_module_id_032f5af2_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_poweroutlet ADD CONSTRAINT dcim_poweroutlet_power_port_id_9bdf4163_fk_dcim_powerport_id FOREIGN KEY (power_port_id) REFERENCES netbox.dcim_powerport(id);
ALTER TABLE netbox.dcim_poweroutlettemplate ADD CONSTRAINT dcim_poweroutlettemp_device_type_id_26b2316c_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_poweroutlettemplate ADD CONSTRAINT dcim_poweroutlettemp_module_type_id_6142b416_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_poweroutlettemplate ADD CONSTRAINT dcim_poweroutlettemp_power_port_id_c0fb0c42_fk_dcim_powe FOREIGN KEY (power_port_id) REFERENCES netbox.dcim_powerporttemplate(id);
ALTER TABLE netbox.dcim_powerpanel ADD CONSTRAINT dcim_powerpanel_location_id_474b60f8_fk_dcim_location_id FOREIGN KEY (location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.dcim_powerpanel ADD CONSTRAINT dcim_powerpanel_site_id_c430bc89_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.dcim_powerport ADD CONSTRAINT dcim_powerport__path_id_9fe4af8f_fk_dcim_cablepath_id FOREIGN KEY (_path_id) REFERENCES netbox.dcim_cablepath(id);
ALTER TABLE netbox.dcim_powerport ADD CONSTRAINT dcim_powerport_cable_id_c9682ba2_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_powerport ADD CONSTRAINT dcim_powerport_device_id_ef7185ae_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_powerport ADD CONSTRAINT dcim_powerport_module_id_d0c27534_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_powerporttemplate ADD CONSTRAINT dcim_powerporttempla_device_type_id_1ddfbfcc_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_powerporttemplate ADD CONSTRAINT dcim_powerporttempla_module_type_id_93e26849_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_rack ADD CONSTRAINT dcim_rack_location_id_5f63ec31_fk_dcim_location_id FOREIGN KEY (location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.dcim_rack ADD CONSTRAINT dcim_rack_rack_type_id_39433a22_fk_dcim_racktype_id FOREIGN KEY (rack_type_id) REFERENCES netbox.dcim_racktype(id);
ALTER TABLE netbox.dcim_rack ADD CONSTRAINT dcim_rack_role_id_62d6919e_fk_dcim_rackrole_id FOREIGN KEY (role_id) REFERENCES netbox.dcim_rackrole(id);
ALTER TABLE netbox.dcim_rack ADD CONSTRAINT dcim_rack_site_id_403c7b3a_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.dcim_rack ADD CONSTRAINT dcim_rack_tenant_id_7cdf3725_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_rackreservation ADD CONSTRAINT dcim_rackreservation_rack_id_1ebbaa9b_fk_dcim_rack_id FOREIGN KEY (rack_id) REFERENCES netbox.dcim_rack(id);
ALTER TABLE netbox.dcim_rackreservation ADD CONSTRAINT dcim_rackreservation_tenant_id_eb5e045f_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_rackreservation ADD CONSTRAINT dcim_rackreservation_user_id_0785a527_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.dcim_racktype ADD CONSTRAINT dcim_racktype_manufacturer_id_d46a05c6_fk_dcim_manufacturer_id FOREIGN KEY (manufacturer_id) REFERENCES netbox.dcim_manufacturer(id);
ALTER TABLE netbox.dcim_rearport ADD CONSTRAINT dcim_rearport_cable_id_42c0e4e7_fk_dcim_cable_id FOREIGN KEY (cable_id) REFERENCES netbox.dcim_cable(id);
ALTER TABLE netbox.dcim_rearport ADD CONSTRAINT dcim_rearport_device_id_0bdfe9c0_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_rearport ADD CONSTRAINT dcim_rearport_module_id_9a7b7e91_fk_dcim_module_id FOREIGN KEY (module_id) REFERENCES netbox.dcim_module(id);
ALTER TABLE netbox.dcim_rearporttemplate ADD CONSTRAINT dcim_rearporttemplat_device_type_id_6a02fd01_fk_dcim_devi FOREIGN KEY (device_type_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.dcim_rearporttemplate ADD CONSTRAINT dcim_rearporttemplat_module_type_id_4d970e5b_fk_dcim_modu FOREIGN KEY (module_type_id) REFERENCES netbox.dcim_moduletype(id);
ALTER TABLE netbox.dcim_region ADD CONSTRAINT dcim_region_parent_id_2486f5d4_fk_dcim_region_id FOREIGN KEY (parent_id) REFERENCES netbox.dcim_region(id);
ALTER TABLE netbox.dcim_site ADD CONSTRAINT dcim_site_group_id_3910c975_fk_dcim_sitegroup_id FOREIGN KEY (group_id) REFERENCES netbox.dcim_sitegroup(id);
ALTER TABLE netbox.dcim_site ADD CONSTRAINT dcim_site_region_id_45210932_fk_dcim_region_id FOREIGN KEY (region_id) REFERENCES netbox.dcim_region(id);
ALTER TABLE netbox.dcim_site ADD CONSTRAINT dcim_site_tenant_id_15e7df63_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_site_asns ADD CONSTRAINT dcim_site_asns_asn_id_3cfd0f00_fk_ipam_asn_id FOREIGN KEY (asn_id) REFERENCES netbox.ipam_asn(id);
ALTER TABLE netbox.dcim_site_asns ADD CONSTRAINT dcim_site_asns_site_id_112ccacf_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.dcim_sitegroup ADD CONSTRAINT dcim_sitegroup_parent_id_533a5e44_fk_dcim_sitegroup_id FOREIGN KEY (parent_id) REFERENCES netbox.dcim_sitegroup(id);
ALTER TABLE netbox.dcim_virtualchassis ADD CONSTRAINT dcim_virtualchassis_master_id_ab54cfc6_fk_dcim_device_id FOREIGN KEY (master_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.dcim_virtualdevicecontext ADD CONSTRAINT dcim_virtualdeviceco_primary_ip4_id_6bd0605b_fk_ipam_ipad FOREIGN KEY (primary_ip4_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.dcim_virtualdevicecontext ADD CONSTRAINT dcim_virtualdeviceco_primary_ip6_id_ed3b81bd_fk_ipam_ipad FOREIGN KEY (primary_ip6_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.dcim_virtualdevicecontext ADD CONSTRAINT dcim_virtualdeviceco_tenant_id_b6a21753_fk_tenancy_t FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.dcim_virtualdevicecontext ADD CONSTRAINT dcim_virtualdevicecontext_device_id_4f39274b_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.extras_bookmark ADD CONSTRAINT extras_bookmark_object_type_id_18c4bb44_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_bookmark ADD CONSTRAINT extras_bookmark_user_id_cb6c6677_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_branch ADD CONSTRAINT extras_branch_user_id_a6cfd338_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_cachedvalue ADD CONSTRAINT extras_cachedvalue_object_type_id_6f47d444_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_configcontext ADD CONSTRAINT extras_configcontext_data_file_id_8fdd620b_fk_core_datafile_id FOREIGN KEY (data_file_id) REFERENCES netbox.core_datafile(id);
ALTER TABLE netbox.extras_configcontext ADD CONSTRAINT extras_configcontext_data_source_id_1b2eb8af_fk_core_data FOREIGN KEY (data_source_id) REFERENCES netbox.core_datasource(id);
ALTER TABLE netbox.extras_configcontext_cluster_groups ADD CONSTRAINT extras_configcontext_clustergroup_id_f4322ce8_fk_virtualiz FOREIGN KEY (clustergroup_id) REFERENCES netbox.virtualization_clustergroup(id);
ALTER TABLE netbox.extras_configcontext_cluster_groups ADD CONSTRAINT extras_configcontext_configcontext_id_8f50b794_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_cluster_types ADD CONSTRAINT extras_configcontext_clustertype_id_fa493b64_fk_virtualiz FOREIGN KEY (clustertype_id) REFERENCES netbox.virtualization_clustertype(id);
ALTER TABLE netbox.extras_configcontext_cluster_types ADD CONSTRAINT extras_configcontext_configcontext_id_d549b6f2_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_clusters ADD CONSTRAINT extras_configcontext_cluster_id_6abd47a1_fk_virtualiz FOREIGN KEY (cluster_id) REFERENCES netbox.virtualization_cluster(id);
ALTER TABLE netbox.extras_configcontext_clusters ADD CONSTRAINT extras_configcontext_configcontext_id_ed579a40_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_device_types ADD CONSTRAINT extras_configcontext_configcontext_id_55632923_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_device_types ADD CONSTRAINT extras_configcontext_devicetype_id_b8788c2d_fk_dcim_devi FOREIGN KEY (devicetype_id) REFERENCES netbox.dcim_devicetype(id);
ALTER TABLE netbox.extras_configcontext_locations ADD CONSTRAINT extras_configcontext_configcontext_id_cc629ec1_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_locations ADD CONSTRAINT extras_configcontext_location_id_9e19eac9_fk_dcim_loca FOREIGN KEY (location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.extras_configcontext_platforms ADD CONSTRAINT extras_configcontext_configcontext_id_2a516699_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_platforms ADD CONSTRAINT extras_configcontext_platform_id_3fdfedc0_fk_dcim_plat FOREIGN KEY (platform_id) REFERENCES netbox.dcim_platform(id);
ALTER TABLE netbox.extras_configcontext_regions ADD CONSTRAINT extras_configcontext_configcontext_id_73003dbc_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_regions ADD CONSTRAINT extras_configcontext_region_id_35c6ba9d_fk_dcim_regi FOREIGN KEY (region_id) REFERENCES netbox.dcim_region(id);
ALTER TABLE netbox.extras_configcontext_roles ADD CONSTRAINT extras_configcontext_configcontext_id_59b67386_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_roles ADD CONSTRAINT extras_configcontext_devicerole_id_d3a84813_fk_dcim_devi FOREIGN KEY (devicerole_id) REFERENCES netbox.dcim_devicerole(id);
ALTER TABLE netbox.extras_configcontext_site_groups ADD CONSTRAINT extras_configcontext_configcontext_id_2e0f43cb_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_site_groups ADD CONSTRAINT extras_configcontext_sitegroup_id_3287c9e7_fk_dcim_site FOREIGN KEY (sitegroup_id) REFERENCES netbox.dcim_sitegroup(id);
ALTER TABLE netbox.extras_configcontext_sites ADD CONSTRAINT extras_configcontext_configcontext_id_8c54feb9_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_sites ADD CONSTRAINT extras_configcontext_sites_site_id_cbb76c96_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.extras_configcontext_tags ADD CONSTRAINT extras_configcontext_configcontext_id_64a392b1_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_tags ADD CONSTRAINT extras_configcontext_tags_tag_id_129a5d87_fk_extras_tag_id FOREIGN KEY (tag_id) REFERENCES netbox.extras_tag(id);
ALTER TABLE netbox.extras_configcontext_tenant_groups ADD CONSTRAINT extras_configcontext_configcontext_id_92f68345_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_tenant_groups ADD CONSTRAINT extras_configcontext_tenantgroup_id_0909688d_fk_tenancy_t FOREIGN KEY (tenantgroup_id) REFERENCES netbox.tenancy_tenantgroup(id);
ALTER TABLE netbox.extras_configcontext_tenants ADD CONSTRAINT extras_configcontext_configcontext_id_b53552a6_fk_extras_co FOREIGN KEY (configcontext_id) REFERENCES netbox.extras_configcontext(id);
ALTER TABLE netbox.extras_configcontext_tenants ADD CONSTRAINT extras_configcontext_tenant_id_8d0aa28e_fk_tenancy_t FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.extras_configtemplate ADD CONSTRAINT extras_configtemplat_data_source_id_f9d26d5d_fk_core_data FOREIGN KEY (data_source_id) REFERENCES netbox.core_datasource(id);
ALTER TABLE netbox.extras_configtemplate ADD CONSTRAINT extras_configtemplate_data_file_id_20c7cff4_fk_core_datafile_id FOREIGN KEY (data_file_id) REFERENCES netbox.core_datafile(id);
ALTER TABLE netbox.extras_customfield ADD CONSTRAINT extras_customfield_choice_set_id_5590efc2_fk_extras_cu FOREIGN KEY (choice_set_id) REFERENCES netbox.extras_customfieldchoiceset(id);
ALTER TABLE netbox.extras_customfield ADD CONSTRAINT extras_customfield_related_object_type__fa9aa45b_fk_django_co FOREIGN KEY (related_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_customfield_object_types ADD CONSTRAINT extras_customfield_c_customfield_id_3842aaf3_fk_extras_cu FOREIGN KEY (customfield_id) REFERENCES netbox.extras_customfield(id);
ALTER TABLE netbox.extras_customfield_object_types ADD CONSTRAINT extras_customfield_o_objecttype_id_5a98fa98_fk_django_co FOREIGN KEY (objecttype_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_customlink_object_types ADD CONSTRAINT extras_customlink_co_customlink_id_229ba2bc_fk_extras_cu FOREIGN KEY (customlink_id) REFERENCES netbox.extras_customlink(id);
ALTER TABLE netbox.extras_customlink_object_types ADD CONSTRAINT extras_customlink_ob_objecttype_id_3ede2b99_fk_django_co FOREIGN KEY (objecttype_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_dashboard ADD CONSTRAINT extras_dashboard_user_id_f1e1278b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_eventrule ADD CONSTRAINT extras_eventrule_action_object_type_i_1fe8a82e_fk_django_co FOREIGN KEY (action_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_eventrule_object_types ADD CONSTRAINT extras_eventrule_con_eventrule_id_c177fa54_fk_extras_ev FOREIGN KEY (eventrule_id) REFERENCES netbox.extras_eventrule(id);
ALTER TABLE netbox.extras_eventrule_object_types ADD CONSTRAINT extras_eventrule_obj_objecttype_id_7be10cf1_fk_django_co FOREIGN KEY (objecttype_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_exporttemplate ADD CONSTRAINT extras_exporttemplat_data_source_id_d61d0feb_fk_core_data FOREIGN KEY (data_source_id) REFERENCES netbox.core_datasource(id);
ALTER TABLE netbox.extras_exporttemplate ADD CONSTRAINT extras_exporttemplate_data_file_id_40a91ef8_fk_core_datafile_id FOREIGN KEY (data_file_id) REFERENCES netbox.core_datafile(id);
ALTER TABLE netbox.extras_exporttemplate_object_types ADD CONSTRAINT extras_exporttemplat_exporttemplate_id_7645f081_fk_extras_ex FOREIGN KEY (exporttemplate_id) REFERENCES netbox.extras_exporttemplate(id);
ALTER TABLE netbox.extras_exporttemplate_object_types ADD CONSTRAINT extras_exporttemplat_objecttype_id_f19a9d52_fk_django_co FOREIGN KEY (objecttype_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_imageattachment ADD CONSTRAINT extras_imageattachme_object_type_id_a9400c38_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_journalentry ADD CONSTRAINT extras_journalentry_assigned_object_type_1bba9f68_fk_django_co FOREIGN KEY (assigned_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_journalentry ADD CONSTRAINT extras_journalentry_created_by_id_8d4e4329_fk_auth_user_id FOREIGN KEY (created_by_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_notification ADD CONSTRAINT extras_notification_object_type_id_2efeb525_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_notification ADD CONSTRAINT extras_notification_user_id_4d8c96f5_fk_users_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_notificationgroup_groups ADD CONSTRAINT extras_notificationg_group_id_af4b7b6c_fk_users_gro FOREIGN KEY (group_id) REFERENCES netbox.users_group(id);
ALTER TABLE netbox.extras_notificationgroup_groups ADD CONSTRAINT extras_notificationg_notificationgroup_id_a41469f7_fk_extras_no FOREIGN KEY (notificationgroup_id) REFERENCES netbox.extras_notificationgroup(id);
ALTER TABLE netbox.extras_notificationgroup_users ADD CONSTRAINT extras_notificationg_notificationgroup_id_0a8ec85c_fk_extras_no FOREIGN KEY (notificationgroup_id) REFERENCES netbox.extras_notificationgroup(id);
ALTER TABLE netbox.extras_notificationgroup_users ADD CONSTRAINT extras_notificationg_user_id_2c30da19_fk_users_use FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_savedfilter ADD CONSTRAINT extras_savedfilter_user_id_10502e81_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_savedfilter_object_types ADD CONSTRAINT extras_savedfilter_c_savedfilter_id_1631b88b_fk_extras_sa FOREIGN KEY (savedfilter_id) REFERENCES netbox.extras_savedfilter(id);
ALTER TABLE netbox.extras_savedfilter_object_types ADD CONSTRAINT extras_savedfilter_o_objecttype_id_c3e201b1_fk_django_co FOREIGN KEY (objecttype_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_script ADD CONSTRAINT extras_script_module_id_af9cffaa_fk_core_managedfile_id FOREIGN KEY (module_id) REFERENCES netbox.core_managedfile(id);
ALTER TABLE netbox.extras_stagedchange ADD CONSTRAINT extras_stagedchange_branch_id_44893052_fk_extras_branch_id FOREIGN KEY (branch_id) REFERENCES netbox.extras_branch(id);
ALTER TABLE netbox.extras_stagedchange ADD CONSTRAINT extras_stagedchange_object_type_id_de76b05b_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_subscription ADD CONSTRAINT extras_subscription_object_type_id_e53297d2_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_subscription ADD CONSTRAINT extras_subscription_user_id_37472a14_fk_users_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.extras_tag_object_types ADD CONSTRAINT extras_tag_object_ty_objecttype_id_ea559d06_fk_django_co FOREIGN KEY (objecttype_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_tag_object_types ADD CONSTRAINT extras_tag_object_types_tag_id_2e1aab29_fk_extras_tag_id FOREIGN KEY (tag_id) REFERENCES netbox.extras_tag(id);
ALTER TABLE netbox.extras_taggeditem ADD CONSTRAINT extras_taggeditem_content_type_id_ba5562ed_fk_django_co FOREIGN KEY (content_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.extras_taggeditem ADD CONSTRAINT extras_taggeditem_tag_id_d48af7c7_fk_extras_tag_id FOREIGN KEY (tag_id) REFERENCES netbox.extras_tag(id);
ALTER TABLE netbox.ipam_aggregate ADD CONSTRAINT ipam_aggregate_rir_id_ef7a27bd_fk_ipam_rir_id FOREIGN KEY (rir_id) REFERENCES netbox.ipam_rir(id);
ALTER TABLE netbox.ipam_aggregate ADD CONSTRAINT ipam_aggregate_tenant_id_637dd1a1_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_asn ADD CONSTRAINT ipam_asn_rir_id_f5ad3cff_fk_ipam_rir_id FOREIGN KEY (rir_id) REFERENCES netbox.ipam_rir(id);
ALTER TABLE netbox.ipam_asn ADD CONSTRAINT ipam_asn_tenant_id_07e8188e_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_asnrange ADD CONSTRAINT ipam_asnrange_rir_id_c9c31183_fk_ipam_rir_id FOREIGN KEY (rir_id) REFERENCES netbox.ipam_rir(id);
ALTER TABLE netbox.ipam_asnrange ADD CONSTRAINT ipam_asnrange_tenant_id_ed8f80b7_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_fhrpgroupassignment ADD CONSTRAINT ipam_fhrpgroupassign_interface_type_id_f3bcb487_fk_django_co FOREIGN KEY (interface_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.ipam_fhrpgroupassignment ADD CONSTRAINT ipam_fhrpgroupassignment_group_id_19f15ca4_fk_ipam_fhrpgroup_id FOREIGN KEY (group_id) REFERENCES netbox.ipam_fhrpgroup(id);
ALTER TABLE netbox.ipam_ipaddress ADD CONSTRAINT ipam_ipaddress_assigned_object_type_02354370_fk_django_co FOREIGN KEY (assigned_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.ipam_ipaddress ADD CONSTRAINT ipam_ipaddress_nat_inside_id_a45fb7c5_fk_ipam_ipaddress_id FOREIGN KEY (nat_inside_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.ipam_ipaddress ADD CONSTRAINT ipam_ipaddress_tenant_id_ac55acfd_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_ipaddress ADD CONSTRAINT ipam_ipaddress_vrf_id_51fcc59b_fk_ipam_vrf_id FOREIGN KEY (vrf_id) REFERENCES netbox.ipam_vrf(id);
ALTER TABLE netbox.ipam_iprange ADD CONSTRAINT ipam_iprange_role_id_2782e864_fk_ipam_role_id FOREIGN KEY (role_id) REFERENCES netbox.ipam_role(id);
ALTER TABLE netbox.ipam_iprange ADD CONSTRAINT ipam_iprange_tenant_id_856027ea_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_iprange ADD CONSTRAINT ipam_iprange_vrf_id_613e9dd2_fk_ipam_vrf_id FOREIGN KEY (vrf_id) REFERENCES netbox.ipam_vrf(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix__location_id_f5925c42_fk_dcim_location_id FOREIGN KEY (_location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix__region_id_54aedc72_fk_dcim_region_id FOREIGN KEY (_region_id) REFERENCES netbox.dcim_region(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix__site_group_id_8277120b_fk_dcim_sitegroup_id FOREIGN KEY (_site_group_id) REFERENCES netbox.dcim_sitegroup(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix__site_id_b479fb05_fk_dcim_site_id FOREIGN KEY (_site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix_role_id_0a98d415_fk_ipam_role_id FOREIGN KEY (role_id) REFERENCES netbox.ipam_role(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix_scope_type_id_413319e2_fk_django_content_type_id FOREIGN KEY (scope_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix_tenant_id_7ba1fcc4_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix_vlan_id_1db91bff_fk_ipam_vlan_id FOREIGN KEY (vlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.ipam_prefix ADD CONSTRAINT ipam_prefix_vrf_id_34f78ed0_fk_ipam_vrf_id FOREIGN KEY (vrf_id) REFERENCES netbox.ipam_vrf(id);
ALTER TABLE netbox.ipam_routetarget ADD CONSTRAINT ipam_routetarget_tenant_id_5a0b35e8_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_service ADD CONSTRAINT ipam_service_device_id_b4d2bb9c_fk_dcim_device_id FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.ipam_service ADD CONSTRAINT ipam_service_virtual_machine_id_e8b53562_fk_virtualiz FOREIGN KEY (virtual_machine_id) REFERENCES netbox.virtualization_virtualmachine(id);
ALTER TABLE netbox.ipam_service_ipaddresses ADD CONSTRAINT ipam_service_ipaddre_ipaddress_id_b4138c6d_fk_ipam_ipad FOREIGN KEY (ipaddress_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.ipam_service_ipaddresses ADD CONSTRAINT ipam_service_ipaddresses_service_id_ae26b9ab_fk_ipam_service_id FOREIGN KEY (service_id) REFERENCES netbox.ipam_service(id);
ALTER TABLE netbox.ipam_vlan ADD CONSTRAINT ipam_vlan_group_id_88cbfa62_fk_ipam_vlangroup_id FOREIGN KEY (group_id) REFERENCES netbox.ipam_vlangroup(id);
ALTER TABLE netbox.ipam_vlan ADD CONSTRAINT ipam_vlan_qinq_svlan_id_acbd7a5d_fk_ipam_vlan_id FOREIGN KEY (qinq_svlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.ipam_vlan ADD CONSTRAINT ipam_vlan_role_id_f5015962_fk_ipam_role_id FOREIGN KEY (role_id) REFERENCES netbox.ipam_role(id);
ALTER TABLE netbox.ipam_vlan ADD CONSTRAINT ipam_vlan_site_id_a59334e3_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.ipam_vlan ADD CONSTRAINT ipam_vlan_tenant_id_71a8290d_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_vlangroup ADD CONSTRAINT ipam_vlangroup_scope_type_id_6606a755_fk_django_content_type_id FOREIGN KEY (scope_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.ipam_vlantranslationrule ADD CONSTRAINT ipam_vlantranslation_policy_id_09157735_fk_ipam_vlan FOREIGN KEY (policy_id) REFERENCES netbox.ipam_vlantranslationpolicy(id);
ALTER TABLE netbox.ipam_vrf ADD CONSTRAINT ipam_vrf_tenant_id_498b0051_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.ipam_vrf_export_targets ADD CONSTRAINT ipam_vrf_export_targ_routetarget_id_8d9319f7_fk_ipam_rout FOREIGN KEY (routetarget_id) REFERENCES netbox.ipam_routetarget(id);
ALTER TABLE netbox.ipam_vrf_export_targets ADD CONSTRAINT ipam_vrf_export_targets_vrf_id_6f4875c4_fk_ipam_vrf_id FOREIGN KEY (vrf_id) REFERENCES netbox.ipam_vrf(id);
ALTER TABLE netbox.ipam_vrf_import_targets ADD CONSTRAINT ipam_vrf_import_targ_routetarget_id_0e05b144_fk_ipam_rout FOREIGN KEY (routetarget_id) REFERENCES netbox.ipam_routetarget(id);
ALTER TABLE netbox.ipam_vrf_import_targets ADD CONSTRAINT ipam_vrf_import_targets_vrf_id_ed491b19_fk_ipam_vrf_id FOREIGN KEY (vrf_id) REFERENCES netbox.ipam_vrf(id);
ALTER TABLE netbox.taggit_taggeditem ADD CONSTRAINT taggit_taggeditem_content_type_id_9957a03c_fk_django_co FOREIGN KEY (content_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.taggit_taggeditem ADD CONSTRAINT taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id FOREIGN KEY (tag_id) REFERENCES netbox.taggit_tag(id);
ALTER TABLE netbox.tenancy_contact ADD CONSTRAINT tenancy_contact_group_id_76e0267c_fk_tenancy_contactgroup_id FOREIGN KEY (group_id) REFERENCES netbox.tenancy_contactgroup(id);
ALTER TABLE netbox.tenancy_contactassignment ADD CONSTRAINT tenancy_contactassig_contact_id_5302baf0_fk_tenancy_c FOREIGN KEY (contact_id) REFERENCES netbox.tenancy_contact(id);
ALTER TABLE netbox.tenancy_contactassignment ADD CONSTRAINT tenancy_contactassig_object_type_id_48881567_fk_django_co FOREIGN KEY (object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.tenancy_contactassignment ADD CONSTRAINT tenancy_contactassig_role_id_fc08bfb5_fk_tenancy_c FOREIGN KEY (role_id) REFERENCES netbox.tenancy_contactrole(id);
ALTER TABLE netbox.tenancy_contactgroup ADD CONSTRAINT tenancy_contactgroup_parent_id_c087d69f_fk_tenancy_c FOREIGN KEY (parent_id) REFERENCES netbox.tenancy_contactgroup(id);
ALTER TABLE netbox.tenancy_tenant ADD CONSTRAINT tenancy_tenant_group_id_7daef6f4_fk_tenancy_tenantgroup_id FOREIGN KEY (group_id) REFERENCES netbox.tenancy_tenantgroup(id);
ALTER TABLE netbox.tenancy_tenantgroup ADD CONSTRAINT tenancy_tenantgroup_parent_id_2542fc18_fk_tenancy_t FOREIGN KEY (parent_id) REFERENCES netbox.tenancy_tenantgroup(id);
ALTER TABLE netbox.users_group_object_permissions ADD CONSTRAINT users_group_object_p_group_id_90dd183a_fk_users_gro FOREIGN KEY (group_id) REFERENCES netbox.users_group(id);
ALTER TABLE netbox.users_group_object_permissions ADD CONSTRAINT users_group_object_p_objectpermission_id_dd489dc4_fk_users_obj FOREIGN KEY (objectpermission_id) REFERENCES netbox.users_objectpermission(id);
ALTER TABLE netbox.users_objectpermission_object_types ADD CONSTRAINT users_objectpermissi_objectpermission_id_38c7d8f5_fk_users_obj FOREIGN KEY (objectpermission_id) REFERENCES netbox.users_objectpermission(id);
ALTER TABLE netbox.users_objectpermission_object_types ADD CONSTRAINT users_objectpermissi_objecttype_id_335c084d_fk_django_co FOREIGN KEY (objecttype_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.users_token ADD CONSTRAINT users_token_user_id_af964690_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.users_user_groups ADD CONSTRAINT auth_user_groups_user_id_6a12ed8b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.users_user_groups ADD CONSTRAINT users_user_groups_group_id_9afc8d0e_fk_users_group_id FOREIGN KEY (group_id) REFERENCES netbox.users_group(id);
ALTER TABLE netbox.users_user_object_permissions ADD CONSTRAINT users_user_object_pe_objectpermission_id_29b431b4_fk_users_obj FOREIGN KEY (objectpermission_id) REFERENCES netbox.users_objectpermission(id);
ALTER TABLE netbox.users_user_object_permissions ADD CONSTRAINT users_user_object_permissions_user_id_9d647aac_fk_users_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.users_userconfig ADD CONSTRAINT users_userconfig_user_id_afd44184_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES netbox.users_user(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_clust__location_id_f553e386_fk_dcim_loca FOREIGN KEY (_location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_clust__site_group_id_7d9bff8f_fk_dcim_site FOREIGN KEY (_site_group_id) REFERENCES netbox.dcim_sitegroup(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_clust_group_id_de379828_fk_virtualiz FOREIGN KEY (group_id) REFERENCES netbox.virtualization_clustergroup(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_clust_scope_type_id_c49d797a_fk_django_co FOREIGN KEY (scope_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_clust_type_id_4efafb0a_fk_virtualiz FOREIGN KEY (type_id) REFERENCES netbox.virtualization_clustertype(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_cluster__region_id_9244325e_fk_dcim_region_id FOREIGN KEY (_region_id) REFERENCES netbox.dcim_region(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_cluster__site_id_883df848_fk_dcim_site_id FOREIGN KEY (_site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.virtualization_cluster ADD CONSTRAINT virtualization_cluster_tenant_id_bc2868d0_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.virtualization_virtualdisk ADD CONSTRAINT virtualization_virtu_virtual_machine_id_7bc8b6c2_fk_virtualiz FOREIGN KEY (virtual_machine_id) REFERENCES netbox.virtualization_virtualmachine(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_cluster_id_6c9f9047_fk_virtualiz FOREIGN KEY (cluster_id) REFERENCES netbox.virtualization_cluster(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_config_template_id_d7fc7874_fk_extras_co FOREIGN KEY (config_template_id) REFERENCES netbox.extras_configtemplate(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_device_id_5a49ed18_fk_dcim_devi FOREIGN KEY (device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_platform_id_a6c5ccb2_fk_dcim_plat FOREIGN KEY (platform_id) REFERENCES netbox.dcim_platform(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_primary_ip4_id_942e42ae_fk_ipam_ipad FOREIGN KEY (primary_ip4_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_primary_ip6_id_b7904e73_fk_ipam_ipad FOREIGN KEY (primary_ip6_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_role_id_0cc898f9_fk_dcim_devi FOREIGN KEY (role_id) REFERENCES netbox.dcim_devicerole(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtu_tenant_id_d00d1d77_fk_tenancy_t FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.virtualization_virtualmachine ADD CONSTRAINT virtualization_virtualmachine_site_id_54475a27_fk_dcim_site_id FOREIGN KEY (site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vmint_bridge_id_7462b91e_fk_virtualiz FOREIGN KEY (bridge_id) REFERENCES netbox.virtualization_vminterface(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vmint_parent_id_f86958e1_fk_virtualiz FOREIGN KEY (parent_id) REFERENCES netbox.virtualization_vminterface(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vmint_primary_mac_address__7a6c9b66_fk_dcim_maca FOREIGN KEY (primary_mac_address_id) REFERENCES netbox.dcim_macaddress(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vmint_qinq_svlan_id_afacb024_fk_ipam_vlan FOREIGN KEY (qinq_svlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vmint_untagged_vlan_id_aea4fc69_fk_ipam_vlan FOREIGN KEY (untagged_vlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vmint_virtual_machine_id_e9f89829_fk_virtualiz FOREIGN KEY (virtual_machine_id) REFERENCES netbox.virtualization_virtualmachine(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vmint_vlan_translation_pol_938e6637_fk_ipam_vlan FOREIGN KEY (vlan_translation_policy_id) REFERENCES netbox.ipam_vlantranslationpolicy(id);
ALTER TABLE netbox.virtualization_vminterface ADD CONSTRAINT virtualization_vminterface_vrf_id_4b570a8c_fk_ipam_vrf_id FOREIGN KEY (vrf_id) REFERENCES netbox.ipam_vrf(id);
ALTER TABLE netbox.virtualization_vminterface_tagged_vlans ADD CONSTRAINT virtualization_vmint_vlan_id_4e77411e_fk_ipam_vlan FOREIGN KEY (vlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.virtualization_vminterface_tagged_vlans ADD CONSTRAINT virtualization_vmint_vminterface_id_904b12de_fk_virtualiz FOREIGN KEY (vminterface_id) REFERENCES netbox.virtualization_vminterface(id);
ALTER TABLE netbox.vpn_ikepolicy_proposals ADD CONSTRAINT vpn_ikepolicy_propos_ikepolicy_id_1e1deaab_fk_vpn_ikepo FOREIGN KEY (ikepolicy_id) REFERENCES netbox.vpn_ikepolicy(id);
ALTER TABLE netbox.vpn_ikepolicy_proposals ADD CONSTRAINT vpn_ikepolicy_propos_ikeproposal_id_a9ead252_fk_vpn_ikepr FOREIGN KEY (ikeproposal_id) REFERENCES netbox.vpn_ikeproposal(id);
ALTER TABLE netbox.vpn_ipsecpolicy_proposals ADD CONSTRAINT vpn_ipsecpolicy_prop_ipsecpolicy_id_0e7771a1_fk_vpn_ipsec FOREIGN KEY (ipsecpolicy_id) REFERENCES netbox.vpn_ipsecpolicy(id);
ALTER TABLE netbox.vpn_ipsecpolicy_proposals ADD CONSTRAINT vpn_ipsecpolicy_prop_ipsecproposal_id_685fe509_fk_vpn_ipsec FOREIGN KEY (ipsecproposal_id) REFERENCES netbox.vpn_ipsecproposal(id);
ALTER TABLE netbox.vpn_ipsecprofile ADD CONSTRAINT vpn_ipsecprofile_ike_policy_id_4eff5fb9_fk_vpn_ikepolicy_id FOREIGN KEY (ike_policy_id) REFERENCES netbox.vpn_ikepolicy(id);
ALTER TABLE netbox.vpn_ipsecprofile ADD CONSTRAINT vpn_ipsecprofile_ipsec_policy_id_e06f2323_fk_vpn_ipsecpolicy_id FOREIGN KEY (ipsec_policy_id) REFERENCES netbox.vpn_ipsecpolicy(id);
ALTER TABLE netbox.vpn_l2vpn ADD CONSTRAINT vpn_l2vpn_tenant_id_57ec8f92_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.vpn_l2vpn_export_targets ADD CONSTRAINT ipam_l2vpn_export_ta_routetarget_id_5ccb758b_fk_ipam_rout FOREIGN KEY (routetarget_id) REFERENCES netbox.ipam_routetarget(id);
ALTER TABLE netbox.vpn_l2vpn_export_targets ADD CONSTRAINT ipam_l2vpn_export_targets_l2vpn_id_8749bbe8_fk_ipam_l2vpn_id FOREIGN KEY (l2vpn_id) REFERENCES netbox.vpn_l2vpn(id);
ALTER TABLE netbox.vpn_l2vpn_import_targets ADD CONSTRAINT ipam_l2vpn_import_ta_routetarget_id_58a188b2_fk_ipam_rout FOREIGN KEY (routetarget_id) REFERENCES netbox.ipam_routetarget(id);
ALTER TABLE netbox.vpn_l2vpn_import_targets ADD CONSTRAINT ipam_l2vpn_import_targets_l2vpn_id_731f5bb4_fk_ipam_l2vpn_id FOREIGN KEY (l2vpn_id) REFERENCES netbox.vpn_l2vpn(id);
ALTER TABLE netbox.vpn_l2vpntermination ADD CONSTRAINT vpn_l2vpntermination_assigned_object_type_id_f063b865_fk_django FOREIGN KEY (assigned_object_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.vpn_l2vpntermination ADD CONSTRAINT vpn_l2vpntermination_l2vpn_id_f5367bbe_fk_vpn_l2vpn_id FOREIGN KEY (l2vpn_id) REFERENCES netbox.vpn_l2vpn(id);
ALTER TABLE netbox.vpn_tunnel ADD CONSTRAINT vpn_tunnel_group_id_56b1e7f7_fk_vpn_tunnelgroup_id FOREIGN KEY (group_id) REFERENCES netbox.vpn_tunnelgroup(id);
ALTER TABLE netbox.vpn_tunnel ADD CONSTRAINT vpn_tunnel_ipsec_profile_id_fd0361c5_fk_vpn_ipsecprofile_id FOREIGN KEY (ipsec_profile_id) REFERENCES netbox.vpn_ipsecprofile(id);
ALTER TABLE netbox.vpn_tunnel ADD CONSTRAINT vpn_tunnel_tenant_id_f3df2ab3_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.vpn_tunneltermination ADD CONSTRAINT vpn_tunnelterminatio_outside_ip_id_2c6f3a7c_fk_ipam_ipad FOREIGN KEY (outside_ip_id) REFERENCES netbox.ipam_ipaddress(id);
ALTER TABLE netbox.vpn_tunneltermination ADD CONSTRAINT vpn_tunnelterminatio_termination_type_id_e546f7a1_fk_django_co FOREIGN KEY (termination_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.vpn_tunneltermination ADD CONSTRAINT vpn_tunneltermination_tunnel_id_962efa25_fk_vpn_tunnel_id FOREIGN KEY (tunnel_id) REFERENCES netbox.vpn_tunnel(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan__location_id_c742912f_fk_dcim_location_id FOREIGN KEY (_location_id) REFERENCES netbox.dcim_location(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan__region_id_fd2a93ee_fk_dcim_region_id FOREIGN KEY (_region_id) REFERENCES netbox.dcim_region(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan__site_group_id_d61285cc_fk_dcim_site FOREIGN KEY (_site_group_id) REFERENCES netbox.dcim_sitegroup(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan__site_id_5dce5f6f_fk_dcim_site_id FOREIGN KEY (_site_id) REFERENCES netbox.dcim_site(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan_group_id_d9e3d67f_fk_wireless_ FOREIGN KEY (group_id) REFERENCES netbox.wireless_wirelesslangroup(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan_scope_type_id_c3e37d35_fk_django_co FOREIGN KEY (scope_type_id) REFERENCES netbox.django_content_type(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan_tenant_id_5dfee941_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
ALTER TABLE netbox.wireless_wirelesslan ADD CONSTRAINT wireless_wirelesslan_vlan_id_d7fa6ccc_fk_ipam_vlan_id FOREIGN KEY (vlan_id) REFERENCES netbox.ipam_vlan(id);
ALTER TABLE netbox.wireless_wirelesslangroup ADD CONSTRAINT wireless_wirelesslan_parent_id_37ca8b87_fk_wireless_ FOREIGN KEY (parent_id) REFERENCES netbox.wireless_wirelesslangroup(id);
ALTER TABLE netbox.wireless_wirelesslink ADD CONSTRAINT wireless_wirelesslin__interface_a_device__6c8e042e_fk_dcim_devi FOREIGN KEY (_interface_a_device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.wireless_wirelesslink ADD CONSTRAINT wireless_wirelesslin__interface_b_device__43d5101a_fk_dcim_devi FOREIGN KEY (_interface_b_device_id) REFERENCES netbox.dcim_device(id);
ALTER TABLE netbox.wireless_wirelesslink ADD CONSTRAINT wireless_wirelesslin_interface_a_id_bc9e37fd_fk_dcim_inte FOREIGN KEY (interface_a_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.wireless_wirelesslink ADD CONSTRAINT wireless_wirelesslin_interface_b_id_a82fb2ee_fk_dcim_inte FOREIGN KEY (interface_b_id) REFERENCES netbox.dcim_interface(id);
ALTER TABLE netbox.wireless_wirelesslink ADD CONSTRAINT wireless_wirelesslink_tenant_id_4c0638ee_fk_tenancy_tenant_id FOREIGN KEY (tenant_id) REFERENCES netbox.tenancy_tenant(id);
