-- CiviCRM 3.1.3 (constituent relationship management for non-profits: contacts (individuals, households,
-- organisations) with their addresses, phones, e-mails, relationships, groups and tags; contributions, recurring
-- gifts, contribution pages, premiums, soft credits and financial transactions; memberships and their types,
-- statuses and payments; events, participants and price sets; activities and their targets/assignees; cases;
-- pledges and pledge payments; grants; bulk mailings with their delivery, open, click, bounce and unsubscribe
-- events; personal campaign pages; option groups/values, custom fields, profiles, ACLs, dedupe rules), all 122
-- tables of its generated MySQL install DDL `sql/civicrm.mysql` as committed in github.com/bhirsch/civicrm (a copy
-- of the CiviCRM 3.1.3 Drupal tarball; file at HEAD commit 1ae53e76e97ad5009ffd2ba51c3c05e913b07949, last changed in
-- 5b0061c). Converted by a one-off script: schema civicrm, table names kept (civicrm_ prefix), column names
-- lower-cased; int unsigned/int -> integer, tinyint -> smallint, datetime -> timestamp, double -> double precision,
-- decimal -> numeric, blob -> bytea, longtext -> text, enum -> text (its allowed values appended to the column
-- comment); NOT NULL, primary keys, the 184 foreign keys the source declares (with their ON DELETE) and the
-- source's table and column comments kept. Left out: defaults, AUTO_INCREMENT, indexes and unique indexes, engine
-- and charset options, the source's DROP statements. Many "FK to civicrm_option_value" columns in the source are
-- not declared foreign keys (option values are looked up by option group), so none is added here.
-- Licence: CiviCRM is GNU AGPL 3 (with the CiviCRM licensing exception); we use the schema's facts, SQL text ours.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS civicrm;
CREATE TABLE civicrm.civicrm_currency (
    id integer NOT NULL,
    name varchar(64),
    symbol varchar(8),
    numeric_code varchar(3),
    full_name varchar(64),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_currency.id IS 'Currency Id';
COMMENT ON COLUMN civicrm.civicrm_currency.name IS 'Currency Name';
COMMENT ON COLUMN civicrm.civicrm_currency.symbol IS 'Currency Symbol';
COMMENT ON COLUMN civicrm.civicrm_currency.numeric_code IS 'Numeric currency code';
COMMENT ON COLUMN civicrm.civicrm_currency.full_name IS 'Full currency name';
CREATE TABLE civicrm.civicrm_domain (
    id integer NOT NULL,
    name varchar(64),
    description varchar(255),
    config_backend text,
    version varchar(32),
    loc_block_id integer,
    locales text,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_domain IS 'Top-level hierarchy to support multi-org/domain installations. Define domains for multi-org installs, else all contacts belong to one domain.';
COMMENT ON COLUMN civicrm.civicrm_domain.id IS 'Domain ID';
COMMENT ON COLUMN civicrm.civicrm_domain.name IS 'Name of Domain / Organization';
COMMENT ON COLUMN civicrm.civicrm_domain.description IS 'Description of Domain.';
COMMENT ON COLUMN civicrm.civicrm_domain.config_backend IS 'Backend configuration.';
COMMENT ON COLUMN civicrm.civicrm_domain.version IS 'The civicrm version this instance is running';
COMMENT ON COLUMN civicrm.civicrm_domain.loc_block_id IS 'FK to Location Block ID. This is specifically not an FK to avoid circular constraints';
COMMENT ON COLUMN civicrm.civicrm_domain.locales IS 'list of locales supported by the current db state (NULL for single-lang install)';
CREATE TABLE civicrm.civicrm_file (
    id integer NOT NULL,
    file_type_id integer,
    mime_type varchar(255),
    uri varchar(255),
    document bytea,
    description varchar(255),
    upload_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_file IS 'Data store for uploaded (attached) files (pointer to file on disk OR blob). Maybe be joined to entities via custom_value.file_id or entity_file table.';
COMMENT ON COLUMN civicrm.civicrm_file.id IS 'Unique ID';
COMMENT ON COLUMN civicrm.civicrm_file.file_type_id IS 'Type of file (e.g. Transcript, Income Tax Return, etc). FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_file.mime_type IS 'mime type of the document';
COMMENT ON COLUMN civicrm.civicrm_file.uri IS 'uri of the file on disk';
COMMENT ON COLUMN civicrm.civicrm_file.document IS 'contents of the document';
COMMENT ON COLUMN civicrm.civicrm_file.description IS 'Additional descriptive text regarding this attachment (optional).';
COMMENT ON COLUMN civicrm.civicrm_file.upload_date IS 'Date and time that this attachment was uploaded or written to server.';
CREATE TABLE civicrm.civicrm_location_type (
    id integer NOT NULL,
    name varchar(64),
    vcard_name varchar(64),
    description varchar(255),
    is_reserved smallint,
    is_active smallint,
    is_default smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_location_type.id IS 'Location Type ID';
COMMENT ON COLUMN civicrm.civicrm_location_type.name IS 'Location Type Name.';
COMMENT ON COLUMN civicrm.civicrm_location_type.vcard_name IS 'vCard Location Type Name.';
COMMENT ON COLUMN civicrm.civicrm_location_type.description IS 'Location Type Description.';
COMMENT ON COLUMN civicrm.civicrm_location_type.is_reserved IS 'Is this location type a predefined system location?';
COMMENT ON COLUMN civicrm.civicrm_location_type.is_active IS 'Is this property active?';
COMMENT ON COLUMN civicrm.civicrm_location_type.is_default IS 'Is this location type the default?';
CREATE TABLE civicrm.civicrm_mail_settings (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    name varchar(255),
    is_default smallint,
    domain varchar(255),
    localpart varchar(255),
    return_path varchar(255),
    protocol varchar(255),
    server varchar(255),
    port integer,
    username varchar(255),
    password varchar(255),
    is_ssl smallint,
    source varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mail_settings IS 'Various email accounts for use by CiviMail (and its processor)';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.id IS 'primary key';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.domain_id IS 'Which Domain is this match entry for';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.name IS 'name of this group of settings';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.is_default IS 'whether this is the default set of settings for this domain';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.domain IS 'email address domain (the part after @)';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.localpart IS 'optional local part (like civimail+ for addresses like civimail+s.1.2@example.com)';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.return_path IS 'contents of the Return-Path header';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.protocol IS 'name of the protocol to use for polling (like IMAP, POP3 or Maildir)';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.server IS 'server to use when polling';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.port IS 'port to use when polling';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.username IS 'username to use when polling';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.password IS 'password to use when polling';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.is_ssl IS 'whether to use SSL or not';
COMMENT ON COLUMN civicrm.civicrm_mail_settings.source IS 'folder to poll from when using IMAP, path to poll from when using Maildir, etc.';
CREATE TABLE civicrm.civicrm_mapping (
    id integer NOT NULL,
    name varchar(64),
    description varchar(255),
    mapping_type_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mapping IS 'Store field mappings in import or export for reuse';
COMMENT ON COLUMN civicrm.civicrm_mapping.id IS 'Mapping ID';
COMMENT ON COLUMN civicrm.civicrm_mapping.name IS 'Name of Mapping';
COMMENT ON COLUMN civicrm.civicrm_mapping.description IS 'Description of Mapping.';
COMMENT ON COLUMN civicrm.civicrm_mapping.mapping_type_id IS 'Mapping Type';
CREATE TABLE civicrm.civicrm_msg_template (
    id integer NOT NULL,
    msg_title varchar(255),
    msg_subject text,
    msg_text text,
    msg_html text,
    is_active smallint,
    workflow_id integer,
    is_default smallint,
    is_reserved smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_msg_template IS 'Users will need a way to save and retrieve templates with tokens for use in recurring email communication tasks';
COMMENT ON COLUMN civicrm.civicrm_msg_template.id IS 'Message Template ID';
COMMENT ON COLUMN civicrm.civicrm_msg_template.msg_title IS 'Descriptive title of message';
COMMENT ON COLUMN civicrm.civicrm_msg_template.msg_subject IS 'Subject for email message.';
COMMENT ON COLUMN civicrm.civicrm_msg_template.msg_text IS 'Text formatted message';
COMMENT ON COLUMN civicrm.civicrm_msg_template.msg_html IS 'HTML formatted message';
COMMENT ON COLUMN civicrm.civicrm_msg_template.workflow_id IS 'a pseudo-FK to civicrm_option_value';
COMMENT ON COLUMN civicrm.civicrm_msg_template.is_default IS 'is this the default message template for the workflow referenced by workflow_id?';
COMMENT ON COLUMN civicrm.civicrm_msg_template.is_reserved IS 'is this the reserved message template which we ship for the workflow referenced by workflow_id?';
CREATE TABLE civicrm.civicrm_navigation (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    label varchar(255),
    name varchar(255),
    url varchar(255),
    permission varchar(255),
    permission_operator varchar(3),
    parent_id integer,
    is_active smallint,
    has_separator smallint,
    weight integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_navigation IS 'Table to store navigation.';
COMMENT ON COLUMN civicrm.civicrm_navigation.domain_id IS 'Which Domain is this navigation item for';
COMMENT ON COLUMN civicrm.civicrm_navigation.label IS 'Navigation Title';
COMMENT ON COLUMN civicrm.civicrm_navigation.name IS 'Internal Name';
COMMENT ON COLUMN civicrm.civicrm_navigation.url IS 'url in case of custom navigation link';
COMMENT ON COLUMN civicrm.civicrm_navigation.permission IS 'Permission for menu item';
COMMENT ON COLUMN civicrm.civicrm_navigation.permission_operator IS 'Permission Operator';
COMMENT ON COLUMN civicrm.civicrm_navigation.parent_id IS 'Parent navigation item, used for grouping';
COMMENT ON COLUMN civicrm.civicrm_navigation.is_active IS 'Is this navigation item active?';
COMMENT ON COLUMN civicrm.civicrm_navigation.has_separator IS 'If separator needs to be added after this menu item';
COMMENT ON COLUMN civicrm.civicrm_navigation.weight IS 'Ordering of the navigation items in various blocks.';
CREATE TABLE civicrm.civicrm_option_group (
    id integer NOT NULL,
    name varchar(64) NOT NULL,
    label varchar(255),
    description varchar(255),
    is_reserved smallint,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_option_group.id IS 'Option Group ID';
COMMENT ON COLUMN civicrm.civicrm_option_group.name IS 'Option group name. Used as selection key by class properties which lookup options in civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_option_group.label IS 'Option label.';
COMMENT ON COLUMN civicrm.civicrm_option_group.description IS 'Option group description.';
COMMENT ON COLUMN civicrm.civicrm_option_group.is_reserved IS 'Is this a predefined system option group (i.e. it can not be deleted)?';
COMMENT ON COLUMN civicrm.civicrm_option_group.is_active IS 'Is this option group active?';
CREATE TABLE civicrm.civicrm_payment_processor (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    name varchar(64),
    description varchar(255),
    payment_processor_type varchar(255),
    is_active smallint,
    is_default smallint,
    is_test smallint,
    user_name varchar(255),
    password varchar(255),
    signature varchar(255),
    url_site varchar(255),
    url_api varchar(255),
    url_recur varchar(255),
    url_button varchar(255),
    subject varchar(255),
    class_name varchar(255),
    billing_mode integer NOT NULL,
    is_recur smallint,
    payment_type integer,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_payment_processor.id IS 'Payment Processor ID';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.domain_id IS 'Which Domain is this match entry for';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.name IS 'Payment Processor Name.';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.description IS 'Payment Processor Description.';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.payment_processor_type IS 'Payment Processor Type.';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.is_active IS 'Is this processor active?';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.is_default IS 'Is this processor the default?';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.is_test IS 'Is this processor for a test site?';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.billing_mode IS 'Billing Mode';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.is_recur IS 'Can process recurring contributions';
COMMENT ON COLUMN civicrm.civicrm_payment_processor.payment_type IS 'Payment Type: Credit or Debit';
CREATE TABLE civicrm.civicrm_payment_processor_type (
    id integer NOT NULL,
    name varchar(64),
    title varchar(64),
    description varchar(255),
    is_active smallint,
    is_default smallint,
    user_name_label varchar(255),
    password_label varchar(255),
    signature_label varchar(255),
    subject_label varchar(255),
    class_name varchar(255),
    url_site_default varchar(255),
    url_api_default varchar(255),
    url_recur_default varchar(255),
    url_button_default varchar(255),
    url_site_test_default varchar(255),
    url_api_test_default varchar(255),
    url_recur_test_default varchar(255),
    url_button_test_default varchar(255),
    billing_mode integer NOT NULL,
    is_recur smallint,
    payment_type integer,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.id IS 'Payment Processor Type ID';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.name IS 'Payment Processor Name.';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.title IS 'Payment Processor Name.';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.description IS 'Payment Processor Description.';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.is_active IS 'Is this processor active?';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.is_default IS 'Is this processor the default?';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.billing_mode IS 'Billing Mode';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.is_recur IS 'Can process recurring contributions';
COMMENT ON COLUMN civicrm.civicrm_payment_processor_type.payment_type IS 'Payment Type: Credit or Debit';
CREATE TABLE civicrm.civicrm_preferences_date (
    id integer NOT NULL,
    name varchar(64) NOT NULL,
    description varchar(255),
    start integer NOT NULL,
    "end" integer NOT NULL,
    date_format varchar(64),
    time_format varchar(64),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_preferences_date IS 'Define date preferences for the site';
COMMENT ON COLUMN civicrm.civicrm_preferences_date.name IS 'The meta name for this date (fixed in code)';
COMMENT ON COLUMN civicrm.civicrm_preferences_date.description IS 'Description of this date type.';
COMMENT ON COLUMN civicrm.civicrm_preferences_date.start IS 'The start offset relative to current year';
COMMENT ON COLUMN civicrm.civicrm_preferences_date."end" IS 'The end offset relative to current year, can be negative';
COMMENT ON COLUMN civicrm.civicrm_preferences_date.date_format IS 'The date type';
COMMENT ON COLUMN civicrm.civicrm_preferences_date.time_format IS 'time format';
CREATE TABLE civicrm.civicrm_tag (
    id integer NOT NULL,
    name varchar(64),
    description varchar(255),
    parent_id integer,
    is_selectable smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_tag IS 'Provides support for flat or hierarchical classification of various types of entities (contacts, groups, actions...).';
COMMENT ON COLUMN civicrm.civicrm_tag.id IS 'Tag ID';
COMMENT ON COLUMN civicrm.civicrm_tag.name IS 'Name of Tag.';
COMMENT ON COLUMN civicrm.civicrm_tag.description IS 'Optional verbose description of the tag.';
COMMENT ON COLUMN civicrm.civicrm_tag.parent_id IS 'Optional parent id for this tag.';
COMMENT ON COLUMN civicrm.civicrm_tag.is_selectable IS 'Is this tag selectable / displayed';
CREATE TABLE civicrm.civicrm_worldregion (
    id integer NOT NULL,
    name varchar(128),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_worldregion.id IS 'Country Id';
COMMENT ON COLUMN civicrm.civicrm_worldregion.name IS 'Region name to be associated with countries';
CREATE TABLE civicrm.civicrm_component (
    id integer NOT NULL,
    name varchar(64) NOT NULL,
    namespace varchar(128),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_component.id IS 'Component ID';
COMMENT ON COLUMN civicrm.civicrm_component.name IS 'Name of the component.';
COMMENT ON COLUMN civicrm.civicrm_component.namespace IS 'Path to components main directory in a form of a class namespace.';
CREATE TABLE civicrm.civicrm_discount (
    id integer NOT NULL,
    entity_table varchar(64),
    entity_id integer NOT NULL,
    option_group_id integer NOT NULL,
    start_date date,
    end_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_discount IS 'Stores discounts for events on the basis of date';
COMMENT ON COLUMN civicrm.civicrm_discount.id IS 'primary key';
COMMENT ON COLUMN civicrm.civicrm_discount.entity_table IS 'physical tablename for entity being joined to discount, e.g. civicrm_event';
COMMENT ON COLUMN civicrm.civicrm_discount.entity_id IS 'FK to entity table specified in entity_table column.';
COMMENT ON COLUMN civicrm.civicrm_discount.option_group_id IS 'FK to civicrm_option_group';
COMMENT ON COLUMN civicrm.civicrm_discount.start_date IS 'Date when discount starts.';
COMMENT ON COLUMN civicrm.civicrm_discount.end_date IS 'Date when discount ends.';
CREATE TABLE civicrm.civicrm_acl (
    id integer NOT NULL,
    name varchar(64),
    deny smallint NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer,
    operation text NOT NULL,
    object_table varchar(64),
    object_id integer,
    acl_table varchar(64),
    acl_id integer,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_acl IS 'Access Control List';
COMMENT ON COLUMN civicrm.civicrm_acl.id IS 'Unique table ID';
COMMENT ON COLUMN civicrm.civicrm_acl.name IS 'ACL Name.';
COMMENT ON COLUMN civicrm.civicrm_acl.deny IS 'Is this ACL entry Allow (0) or Deny (1) ?';
COMMENT ON COLUMN civicrm.civicrm_acl.entity_table IS 'Table of the object possessing this ACL entry (Contact, Group, or ACL Group)';
COMMENT ON COLUMN civicrm.civicrm_acl.entity_id IS 'ID of the object possessing this ACL';
COMMENT ON COLUMN civicrm.civicrm_acl.operation IS 'What operation does this ACL entry control? (one of: All, View, Edit, Create, Delete, Grant, Revoke, Search)';
COMMENT ON COLUMN civicrm.civicrm_acl.object_table IS 'The table of the object controlled by this ACL entry';
COMMENT ON COLUMN civicrm.civicrm_acl.object_id IS 'The ID of the object controlled by this ACL entry';
COMMENT ON COLUMN civicrm.civicrm_acl.acl_table IS 'If this is a grant/revoke entry, what table are we granting?';
COMMENT ON COLUMN civicrm.civicrm_acl.acl_id IS 'ID of the ACL or ACL group being granted/revoked';
COMMENT ON COLUMN civicrm.civicrm_acl.is_active IS 'Is this property active?';
CREATE TABLE civicrm.civicrm_acl_entity_role (
    id integer NOT NULL,
    acl_role_id integer NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_acl_entity_role IS 'Join table for Contacts and Groups to ACL Roles';
COMMENT ON COLUMN civicrm.civicrm_acl_entity_role.id IS 'Unique table ID';
COMMENT ON COLUMN civicrm.civicrm_acl_entity_role.acl_role_id IS 'Foreign Key to ACL Role (which is an option value pair and hence an implicit FK)';
COMMENT ON COLUMN civicrm.civicrm_acl_entity_role.entity_table IS 'Table of the object joined to the ACL Role (Contact or Group)';
COMMENT ON COLUMN civicrm.civicrm_acl_entity_role.entity_id IS 'ID of the group/contact object being joined';
COMMENT ON COLUMN civicrm.civicrm_acl_entity_role.is_active IS 'Is this property active?';
CREATE TABLE civicrm.civicrm_contact (
    id integer NOT NULL,
    contact_type varchar(64),
    contact_sub_type varchar(64),
    do_not_email smallint,
    do_not_phone smallint,
    do_not_mail smallint,
    do_not_sms smallint,
    do_not_trade smallint,
    is_opt_out smallint NOT NULL,
    legal_identifier varchar(32),
    external_identifier varchar(32),
    sort_name varchar(128),
    display_name varchar(128),
    nick_name varchar(128),
    legal_name varchar(128),
    home_url varchar(128),
    image_url varchar(128),
    preferred_communication_method varchar(255),
    preferred_mail_format text,
    hash varchar(32),
    api_key varchar(32),
    source varchar(255),
    first_name varchar(64),
    middle_name varchar(64),
    last_name varchar(64),
    prefix_id integer,
    suffix_id integer,
    email_greeting_id integer,
    email_greeting_custom varchar(128),
    email_greeting_display varchar(255),
    postal_greeting_id integer,
    postal_greeting_custom varchar(128),
    postal_greeting_display varchar(255),
    addressee_id integer,
    addressee_custom varchar(128),
    addressee_display varchar(255),
    job_title varchar(255),
    gender_id integer,
    birth_date date,
    is_deceased smallint,
    deceased_date date,
    mail_to_household_id integer NOT NULL,
    household_name varchar(128),
    primary_contact_id integer,
    organization_name varchar(128),
    sic_code varchar(8),
    user_unique_id varchar(255),
    employer_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_contact IS 'Contact objects are defined by a civicrm_contact record plus a related civicrm_contact_type record.';
COMMENT ON COLUMN civicrm.civicrm_contact.id IS 'Unique Contact ID';
COMMENT ON COLUMN civicrm.civicrm_contact.contact_type IS 'Type of Contact.';
COMMENT ON COLUMN civicrm.civicrm_contact.contact_sub_type IS 'May be used to over-ride contact view and edit templates.';
COMMENT ON COLUMN civicrm.civicrm_contact.is_opt_out IS 'Has the contact opted out from receiving all bulk email from the organization or site domain?';
COMMENT ON COLUMN civicrm.civicrm_contact.legal_identifier IS 'May be used for SSN, EIN/TIN, Household ID (census) or other applicable unique legal/government ID.';
COMMENT ON COLUMN civicrm.civicrm_contact.external_identifier IS 'Unique trusted external ID (generally from a legacy app/datasource). Particularly useful for deduping operations.';
COMMENT ON COLUMN civicrm.civicrm_contact.sort_name IS 'Name used for sorting different contact types';
COMMENT ON COLUMN civicrm.civicrm_contact.display_name IS 'Formatted name representing preferred format for display/print/other output.';
COMMENT ON COLUMN civicrm.civicrm_contact.nick_name IS 'Nick Name.';
COMMENT ON COLUMN civicrm.civicrm_contact.legal_name IS 'Legal Name.';
COMMENT ON COLUMN civicrm.civicrm_contact.home_url IS 'optional "home page" URL for this contact.';
COMMENT ON COLUMN civicrm.civicrm_contact.image_url IS 'optional URL for preferred image (photo, logo, etc.) to display for this contact.';
COMMENT ON COLUMN civicrm.civicrm_contact.preferred_communication_method IS 'What is the preferred mode of communication.';
COMMENT ON COLUMN civicrm.civicrm_contact.preferred_mail_format IS 'What is the preferred mode of sending an email. (one of: Text, HTML, Both)';
COMMENT ON COLUMN civicrm.civicrm_contact.hash IS 'Key for validating requests related to this contact.';
COMMENT ON COLUMN civicrm.civicrm_contact.api_key IS 'API Key for validating requests related to this contact.';
COMMENT ON COLUMN civicrm.civicrm_contact.source IS 'where contact come from, e.g. import, donate module insert...';
COMMENT ON COLUMN civicrm.civicrm_contact.first_name IS 'First Name.';
COMMENT ON COLUMN civicrm.civicrm_contact.middle_name IS 'Middle Name.';
COMMENT ON COLUMN civicrm.civicrm_contact.last_name IS 'Last Name.';
COMMENT ON COLUMN civicrm.civicrm_contact.prefix_id IS 'Prefix or Title for name (Ms, Mr...). FK to prefix ID';
COMMENT ON COLUMN civicrm.civicrm_contact.suffix_id IS 'Suffix for name (Jr, Sr...). FK to suffix ID';
COMMENT ON COLUMN civicrm.civicrm_contact.email_greeting_id IS 'FK to civicrm_option_value.id, that has to be valid registered Email Greeting.';
COMMENT ON COLUMN civicrm.civicrm_contact.email_greeting_custom IS 'Custom Email Greeting.';
COMMENT ON COLUMN civicrm.civicrm_contact.email_greeting_display IS 'Cache Email Greeting.';
COMMENT ON COLUMN civicrm.civicrm_contact.postal_greeting_id IS 'FK to civicrm_option_value.id, that has to be valid registered Postal Greeting.';
COMMENT ON COLUMN civicrm.civicrm_contact.postal_greeting_custom IS 'Custom Postal greeting.';
COMMENT ON COLUMN civicrm.civicrm_contact.postal_greeting_display IS 'Cache Postal greeting.';
COMMENT ON COLUMN civicrm.civicrm_contact.addressee_id IS 'FK to civicrm_option_value.id, that has to be valid registered Addressee.';
COMMENT ON COLUMN civicrm.civicrm_contact.addressee_custom IS 'Custom Addressee.';
COMMENT ON COLUMN civicrm.civicrm_contact.addressee_display IS 'Cache Addressee.';
COMMENT ON COLUMN civicrm.civicrm_contact.job_title IS 'Job Title';
COMMENT ON COLUMN civicrm.civicrm_contact.gender_id IS 'FK to gender ID';
COMMENT ON COLUMN civicrm.civicrm_contact.birth_date IS 'Date of birth';
COMMENT ON COLUMN civicrm.civicrm_contact.deceased_date IS 'Date of deceased';
COMMENT ON COLUMN civicrm.civicrm_contact.mail_to_household_id IS 'OPTIONAL FK to civicrm_contact_household record. If NOT NULL, direct mail communications to household rather than individual location.';
COMMENT ON COLUMN civicrm.civicrm_contact.household_name IS 'Household Name.';
COMMENT ON COLUMN civicrm.civicrm_contact.primary_contact_id IS 'Optional FK to Primary Contact for this household.';
COMMENT ON COLUMN civicrm.civicrm_contact.organization_name IS 'Organization Name.';
COMMENT ON COLUMN civicrm.civicrm_contact.sic_code IS 'Standard Industry Classification Code.';
COMMENT ON COLUMN civicrm.civicrm_contact.user_unique_id IS 'the OpenID (or OpenID-style http://username.domain/) unique identifier for this contact mainly used for logging in to CiviCRM';
COMMENT ON COLUMN civicrm.civicrm_contact.employer_id IS 'OPTIONAL FK to civicrm_contact record.';
CREATE TABLE civicrm.civicrm_acl_contact_cache (
    id integer NOT NULL,
    user_id integer,
    contact_id integer NOT NULL,
    operation text NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_acl_contact_cache IS 'Join table cache for contacts that a user has permission on.';
COMMENT ON COLUMN civicrm.civicrm_acl_contact_cache.id IS 'primary key';
COMMENT ON COLUMN civicrm.civicrm_acl_contact_cache.user_id IS 'FK to civicrm_contact (could be null for anon user)';
COMMENT ON COLUMN civicrm.civicrm_acl_contact_cache.contact_id IS 'FK to civicrm_contact';
COMMENT ON COLUMN civicrm.civicrm_acl_contact_cache.operation IS 'What operation does this user have permission on? (one of: All, View, Edit, Create, Delete, Grant, Revoke)';
CREATE TABLE civicrm.civicrm_relationship_type (
    id integer NOT NULL,
    name_a_b varchar(64),
    label_a_b varchar(64),
    name_b_a varchar(64),
    label_b_a varchar(64),
    description varchar(255),
    contact_type_a text,
    contact_type_b text,
    contact_sub_type_a varchar(64),
    contact_sub_type_b varchar(64),
    is_reserved smallint,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_relationship_type IS 'Relationship types s/b structured with contact_a as the ''subject/child'' contact and contact_b as the ''object/parent'' contact (e.g. Individual A is Employee of Org B).';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.id IS 'Primary key';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.name_a_b IS 'name for relationship of contact_a to contact_b.';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.label_a_b IS 'label for relationship of contact_a to contact_b.';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.name_b_a IS 'Optional name for relationship of contact_b to contact_a.';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.label_b_a IS 'Optional label for relationship of contact_b to contact_a.';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.description IS 'Optional verbose description of the relationship type.';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.contact_type_a IS 'If defined, contact_a in a relationship of this type must be a specific contact_type. (one of: Individual, Organization, Household)';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.contact_type_b IS 'If defined, contact_b in a relationship of this type must be a specific contact_type. (one of: Individual, Organization, Household)';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.contact_sub_type_a IS 'If defined, contact_sub_type_a in a relationship of this type must be a specific contact_sub_type.';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.contact_sub_type_b IS 'If defined, contact_sub_type_b in a relationship of this type must be a specific contact_sub_type.';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.is_reserved IS 'Is this relationship type a predefined system type (can not be changed or de-activated)?';
COMMENT ON COLUMN civicrm.civicrm_relationship_type.is_active IS 'Is this relationship type currently active (i.e. can be used when creating or editing relationships)?';
CREATE TABLE civicrm.civicrm_saved_search (
    id integer NOT NULL,
    form_values text,
    mapping_id integer,
    search_custom_id integer,
    where_clause text,
    select_tables text,
    where_tables text,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_saved_search IS 'Users can save their complex SQL queries and use them later.';
COMMENT ON COLUMN civicrm.civicrm_saved_search.id IS 'Saved search ID';
COMMENT ON COLUMN civicrm.civicrm_saved_search.form_values IS 'Submitted form values for this search';
COMMENT ON COLUMN civicrm.civicrm_saved_search.mapping_id IS 'Foreign key to civicrm_mapping used for saved search-builder searches.';
COMMENT ON COLUMN civicrm.civicrm_saved_search.search_custom_id IS 'Foreign key to civicrm_option value table used for saved custom searches.';
COMMENT ON COLUMN civicrm.civicrm_saved_search.where_clause IS 'the sql where clause if a saved search acl';
COMMENT ON COLUMN civicrm.civicrm_saved_search.select_tables IS 'the tables to be included in a select data';
COMMENT ON COLUMN civicrm.civicrm_saved_search.where_tables IS 'the tables to be included in the count statement';
CREATE TABLE civicrm.civicrm_contact_type (
    id integer NOT NULL,
    name varchar(64),
    label varchar(64),
    description text,
    image_url varchar(255),
    parent_id integer,
    is_active smallint,
    is_reserved smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_contact_type IS 'Provide type information for contacts';
COMMENT ON COLUMN civicrm.civicrm_contact_type.id IS 'Contact Type ID';
COMMENT ON COLUMN civicrm.civicrm_contact_type.name IS 'Internal name of Contact Type (or Subtype).';
COMMENT ON COLUMN civicrm.civicrm_contact_type.label IS 'localized Name of Contact Type.';
COMMENT ON COLUMN civicrm.civicrm_contact_type.description IS 'localized Optional verbose description of the type.';
COMMENT ON COLUMN civicrm.civicrm_contact_type.image_url IS 'URL of image if any.';
COMMENT ON COLUMN civicrm.civicrm_contact_type.parent_id IS 'Optional FK to parent contact type.';
COMMENT ON COLUMN civicrm.civicrm_contact_type.is_active IS 'Is this entry active?';
COMMENT ON COLUMN civicrm.civicrm_contact_type.is_reserved IS 'Is this contact type a predefined system type';
CREATE TABLE civicrm.civicrm_mailing_component (
    id integer NOT NULL,
    name varchar(64),
    component_type text,
    subject varchar(255),
    body_html text,
    body_text text,
    is_default smallint,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_component IS 'Stores information about the mailing components (header/footer).';
COMMENT ON COLUMN civicrm.civicrm_mailing_component.name IS 'The name of this component';
COMMENT ON COLUMN civicrm.civicrm_mailing_component.component_type IS 'Type of Component. (one of: Header, Footer, Subscribe, Welcome, Unsubscribe, OptOut, Reply, Resubscribe)';
COMMENT ON COLUMN civicrm.civicrm_mailing_component.body_html IS 'Body of the component in html format.';
COMMENT ON COLUMN civicrm.civicrm_mailing_component.body_text IS 'Body of the component in text format.';
COMMENT ON COLUMN civicrm.civicrm_mailing_component.is_default IS 'Is this the default component for this component_type?';
COMMENT ON COLUMN civicrm.civicrm_mailing_component.is_active IS 'Is this property active?';
CREATE TABLE civicrm.civicrm_mailing (
    id integer NOT NULL,
    header_id integer,
    footer_id integer,
    reply_id integer,
    unsubscribe_id integer,
    resubscribe_id integer,
    optout_id integer,
    name varchar(128),
    from_name varchar(128),
    from_email varchar(128),
    replyto_email varchar(128),
    subject varchar(128),
    body_text text,
    body_html text,
    url_tracking smallint,
    forward_replies smallint,
    auto_responder smallint,
    open_tracking smallint,
    is_completed smallint,
    msg_template_id integer,
    override_verp smallint,
    created_id integer,
    created_date date,
    scheduled_id integer,
    is_archived smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing IS 'Stores information about a mailing.';
COMMENT ON COLUMN civicrm.civicrm_mailing.header_id IS 'FK to the header component.';
COMMENT ON COLUMN civicrm.civicrm_mailing.footer_id IS 'FK to the footer component.';
COMMENT ON COLUMN civicrm.civicrm_mailing.reply_id IS 'FK to the auto-responder component.';
COMMENT ON COLUMN civicrm.civicrm_mailing.unsubscribe_id IS 'FK to the unsubscribe component.';
COMMENT ON COLUMN civicrm.civicrm_mailing.optout_id IS 'FK to the opt-out component.';
COMMENT ON COLUMN civicrm.civicrm_mailing.name IS 'Mailing Name.';
COMMENT ON COLUMN civicrm.civicrm_mailing.from_name IS 'From Header of mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing.from_email IS 'From Email of mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing.replyto_email IS 'Reply-To Email of mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing.subject IS 'Subject of mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing.body_text IS 'Body of the mailing in text format.';
COMMENT ON COLUMN civicrm.civicrm_mailing.body_html IS 'Body of the mailing in html format.';
COMMENT ON COLUMN civicrm.civicrm_mailing.url_tracking IS 'Should we track URL click-throughs for this mailing?';
COMMENT ON COLUMN civicrm.civicrm_mailing.forward_replies IS 'Should we forward replies back to the author?';
COMMENT ON COLUMN civicrm.civicrm_mailing.auto_responder IS 'Should we enable the auto-responder?';
COMMENT ON COLUMN civicrm.civicrm_mailing.open_tracking IS 'Should we track when recipients open/read this mailing?';
COMMENT ON COLUMN civicrm.civicrm_mailing.is_completed IS 'Has at least one job associated with this mailing finished?';
COMMENT ON COLUMN civicrm.civicrm_mailing.msg_template_id IS 'FK to the message template.';
COMMENT ON COLUMN civicrm.civicrm_mailing.override_verp IS 'Should we overrite VERP address in Reply-To';
COMMENT ON COLUMN civicrm.civicrm_mailing.created_id IS 'FK to Contact ID who first created this mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing.created_date IS 'Date and time this mailing was created.';
COMMENT ON COLUMN civicrm.civicrm_mailing.scheduled_id IS 'FK to Contact ID who scheduled this mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing.is_archived IS 'Is this mailing archived?';
CREATE TABLE civicrm.civicrm_mailing_group (
    id integer NOT NULL,
    mailing_id integer NOT NULL,
    group_type text,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    search_id integer,
    search_args text,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_group IS 'Stores information about the groups that participate in this mailing..';
COMMENT ON COLUMN civicrm.civicrm_mailing_group.mailing_id IS 'The ID of a previous mailing to include/exclude recipients.';
COMMENT ON COLUMN civicrm.civicrm_mailing_group.group_type IS 'Are the members of the group included or excluded?. (one of: Include, Exclude, Base)';
COMMENT ON COLUMN civicrm.civicrm_mailing_group.entity_table IS 'Name of table where item being referenced is stored.';
COMMENT ON COLUMN civicrm.civicrm_mailing_group.entity_id IS 'Foreign key to the referenced item.';
COMMENT ON COLUMN civicrm.civicrm_mailing_group.search_id IS 'The filtering search. custom search id or -1 for civicrm api search';
COMMENT ON COLUMN civicrm.civicrm_mailing_group.search_args IS 'The arguments to be sent to the search function';
CREATE TABLE civicrm.civicrm_mailing_trackable_url (
    id integer NOT NULL,
    url varchar(255) NOT NULL,
    mailing_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_trackable_url IS 'Stores URLs for which we should track click-throughs from mailings';
COMMENT ON COLUMN civicrm.civicrm_mailing_trackable_url.url IS 'The URL to be tracked.';
COMMENT ON COLUMN civicrm.civicrm_mailing_trackable_url.mailing_id IS 'FK to the mailing';
CREATE TABLE civicrm.civicrm_mailing_job (
    id integer NOT NULL,
    mailing_id integer NOT NULL,
    scheduled_date date,
    start_date date,
    end_date date,
    status text,
    is_test smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_job IS 'Stores information about the job that executes this mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing_job.mailing_id IS 'The ID of the mailing this Job will send.';
COMMENT ON COLUMN civicrm.civicrm_mailing_job.scheduled_date IS 'date on which this job was scheduled.';
COMMENT ON COLUMN civicrm.civicrm_mailing_job.start_date IS 'date on which this job was started.';
COMMENT ON COLUMN civicrm.civicrm_mailing_job.end_date IS 'date on which this job ended.';
COMMENT ON COLUMN civicrm.civicrm_mailing_job.status IS 'The state of this job (one of: Scheduled, Running, Complete, Paused, Canceled)';
COMMENT ON COLUMN civicrm.civicrm_mailing_job.is_test IS 'Is this job for a test mail?';
CREATE TABLE civicrm.civicrm_mailing_bounce_type (
    id integer NOT NULL,
    name text NOT NULL,
    description varchar(255),
    hold_threshold integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_bounce_type IS 'Table to index the various bounce types and their properties';
COMMENT ON COLUMN civicrm.civicrm_mailing_bounce_type.name IS 'Type of bounce (one of: AOL, Away, DNS, Host, Inactive, Invalid, Loop, Quota, Relay, Spam, Syntax, Unknown)';
COMMENT ON COLUMN civicrm.civicrm_mailing_bounce_type.description IS 'A description of this bounce type';
COMMENT ON COLUMN civicrm.civicrm_mailing_bounce_type.hold_threshold IS 'Number of bounces of this type required before the email address is put on bounce hold';
CREATE TABLE civicrm.civicrm_mailing_bounce_pattern (
    id integer NOT NULL,
    bounce_type_id integer NOT NULL,
    pattern varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_bounce_pattern IS 'Pseudo-constant table of patterns for bounce classification';
COMMENT ON COLUMN civicrm.civicrm_mailing_bounce_pattern.bounce_type_id IS 'Type of bounce';
COMMENT ON COLUMN civicrm.civicrm_mailing_bounce_pattern.pattern IS 'A regexp to match a message to a bounce type';
CREATE TABLE civicrm.civicrm_mailing_spool (
    id integer NOT NULL,
    job_id integer NOT NULL,
    recipient_email text,
    headers text,
    body text,
    added_at date,
    removed_at date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_spool IS 'Stores the outbond mails';
COMMENT ON COLUMN civicrm.civicrm_mailing_spool.job_id IS 'The ID of the Job .';
COMMENT ON COLUMN civicrm.civicrm_mailing_spool.recipient_email IS 'The email of the receipients this mail is to be sent.';
COMMENT ON COLUMN civicrm.civicrm_mailing_spool.headers IS 'The header information of this mailing .';
COMMENT ON COLUMN civicrm.civicrm_mailing_spool.body IS 'The body of this mailing.';
COMMENT ON COLUMN civicrm.civicrm_mailing_spool.added_at IS 'date on which this job was added.';
COMMENT ON COLUMN civicrm.civicrm_mailing_spool.removed_at IS 'date on which this job was removed.';
CREATE TABLE civicrm.civicrm_contribution_recur (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    amount numeric(20,2) NOT NULL,
    frequency_unit text,
    frequency_interval integer NOT NULL,
    installments integer,
    start_date date NOT NULL,
    create_date date NOT NULL,
    modified_date date,
    cancel_date date,
    end_date date,
    processor_id varchar(255),
    trxn_id varchar(255),
    invoice_id varchar(255),
    contribution_status_id integer,
    is_test smallint,
    cycle_day integer NOT NULL,
    next_sched_contribution date,
    failure_count integer,
    failure_retry_date date,
    auto_renew smallint NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.id IS 'Contribution Recur ID';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.contact_id IS 'Foreign key to civicrm_contact.id .';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.amount IS 'Amount to be contributed or charged each recurrence.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.frequency_unit IS 'Time units for recurrence of payment. (one of: day, week, month, year)';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.frequency_interval IS 'Number of time units for recurrence of payment.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.installments IS 'Total number of payments to be made. Set this to 0 if this is an open-ended commitment i.e. no set end date.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.start_date IS 'The date the first scheduled recurring contribution occurs.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.create_date IS 'When this recurring contribution record was created.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.modified_date IS 'Last updated date for this record. mostly the last time a payment was received';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.cancel_date IS 'Date this recurring contribution was cancelled by contributor- if we can get access to it';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.end_date IS 'Date this recurring contribution finished successfully';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.processor_id IS 'Possibly needed to store a unique identifier for this recurring payment order - if this is available from the processor??';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.trxn_id IS 'unique transaction id. may be processor id, bank id + trans id, or account number + check number... depending on payment_method';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.invoice_id IS 'unique invoice id, system generated or passed in';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.cycle_day IS 'Day in the period when the payment should be charged e.g. 1st of month, 15th etc.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.next_sched_contribution IS 'At Groundspring this was used by the cron job which triggered payments. If we''re not doing that but we know about payments, it might still be useful to store for display to org andor contributors.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.failure_count IS 'Number of failed charge attempts since last success. Business rule could be set to deactivate on more than x failures.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.failure_retry_date IS 'At Groundspring we set a business rule to retry failed payments every 7 days - and stored the next scheduled attempt date there.';
COMMENT ON COLUMN civicrm.civicrm_contribution_recur.auto_renew IS 'Some systems allow contributor to set a number of installments - but then auto-renew the subscription or commitment if they do not cancel.';
CREATE TABLE civicrm.civicrm_contribution_type (
    id integer NOT NULL,
    name varchar(64),
    accounting_code varchar(64),
    description varchar(255),
    is_deductible smallint,
    is_reserved smallint,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_contribution_type.id IS 'Contribution Type ID';
COMMENT ON COLUMN civicrm.civicrm_contribution_type.name IS 'Contribution Type Name.';
COMMENT ON COLUMN civicrm.civicrm_contribution_type.accounting_code IS 'Optional value for mapping contributions to accounting system codes for each type/category of contribution.';
COMMENT ON COLUMN civicrm.civicrm_contribution_type.description IS 'Contribution Type Description.';
COMMENT ON COLUMN civicrm.civicrm_contribution_type.is_deductible IS 'Is this contribution type tax-deductible? If true, contributions of this type may be fully OR partially deductible - non-deductible amount is stored in the Contribution record.';
COMMENT ON COLUMN civicrm.civicrm_contribution_type.is_reserved IS 'Is this a predefined system object?';
COMMENT ON COLUMN civicrm.civicrm_contribution_type.is_active IS 'Is this property active?';
CREATE TABLE civicrm.civicrm_premiums (
    id integer NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    premiums_active smallint NOT NULL,
    premiums_intro_title varchar(255),
    premiums_intro_text text,
    premiums_contact_email varchar(100),
    premiums_contact_phone varchar(50),
    premiums_display_min_contribution smallint NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_premiums IS 'table - settings for the Premiums features for a given contribution page';
COMMENT ON COLUMN civicrm.civicrm_premiums.entity_table IS 'Joins these premium settings to another object. Always civicrm_contribution_page for now.';
COMMENT ON COLUMN civicrm.civicrm_premiums.premiums_active IS 'Is the Premiums feature enabled for this page?';
COMMENT ON COLUMN civicrm.civicrm_premiums.premiums_intro_title IS 'Title for Premiums section.';
COMMENT ON COLUMN civicrm.civicrm_premiums.premiums_intro_text IS 'Displayed in <div> at top of Premiums section of page. Text and HTML allowed.';
COMMENT ON COLUMN civicrm.civicrm_premiums.premiums_contact_email IS 'This email address is included in receipts if it is populated and a premium has been selected.';
COMMENT ON COLUMN civicrm.civicrm_premiums.premiums_contact_phone IS 'This phone number is included in receipts if it is populated and a premium has been selected.';
COMMENT ON COLUMN civicrm.civicrm_premiums.premiums_display_min_contribution IS 'Boolean. Should we automatically display minimum contribution amount text after the premium descriptions.';
CREATE TABLE civicrm.civicrm_product (
    id integer NOT NULL,
    name varchar(255) NOT NULL,
    description text,
    sku varchar(50),
    options text,
    image varchar(255),
    thumbnail varchar(255),
    price numeric(20,2),
    min_contribution numeric(20,2),
    cost numeric(20,2),
    is_active smallint NOT NULL,
    period_type text,
    fixed_period_start_day integer,
    duration_unit text,
    duration_interval integer,
    frequency_unit text,
    frequency_interval integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_product IS 'able - stores "product info" for premiums and can be used for non-incentive products';
COMMENT ON COLUMN civicrm.civicrm_product.name IS 'Required product/premium name';
COMMENT ON COLUMN civicrm.civicrm_product.description IS 'Optional description of the product/premium.';
COMMENT ON COLUMN civicrm.civicrm_product.sku IS 'Optional product sku or code.';
COMMENT ON COLUMN civicrm.civicrm_product.options IS 'Store comma-delimited list of color, size, etc. options for the product.';
COMMENT ON COLUMN civicrm.civicrm_product.image IS 'Full or relative URL to uploaded image - fullsize.';
COMMENT ON COLUMN civicrm.civicrm_product.thumbnail IS 'Full or relative URL to image thumbnail.';
COMMENT ON COLUMN civicrm.civicrm_product.price IS 'Sell price or market value for premiums. For tax-deductible contributions, this will be stored as non_deductible_amount in the contribution record.';
COMMENT ON COLUMN civicrm.civicrm_product.min_contribution IS 'Minimum contribution required to be eligible to select this premium.';
COMMENT ON COLUMN civicrm.civicrm_product.cost IS 'Actual cost of this product. Useful to determine net return from sale or using this as an incentive.';
COMMENT ON COLUMN civicrm.civicrm_product.is_active IS 'Disabling premium removes it from the premiums_premium join table below.';
COMMENT ON COLUMN civicrm.civicrm_product.period_type IS 'Rolling means we set start/end based on current day, fixed means we set start/end for current year or month (e.g. 1 year + fixed -> we would set start/end for 1/1/06 thru 12/31/06 for any premium chosen in 2006) (one of: rolling, fixed)';
COMMENT ON COLUMN civicrm.civicrm_product.fixed_period_start_day IS 'Month and day (MMDD) that fixed period type subscription or membership starts.';
COMMENT ON COLUMN civicrm.civicrm_product.duration_unit IS '(one of: day, month, week, year)';
COMMENT ON COLUMN civicrm.civicrm_product.duration_interval IS 'Number of units for total duration of subscription, service, membership (e.g. 12 Months).';
COMMENT ON COLUMN civicrm.civicrm_product.frequency_unit IS 'Frequency unit and interval allow option to store actual delivery frequency for a subscription or service. (one of: day, month, week, year)';
COMMENT ON COLUMN civicrm.civicrm_product.frequency_interval IS 'Number of units for delivery frequency of subscription, service, membership (e.g. every 3 Months).';
CREATE TABLE civicrm.civicrm_premiums_product (
    id integer NOT NULL,
    premiums_id integer NOT NULL,
    product_id integer NOT NULL,
    weight integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_premiums_product IS 'joins premiums (settings) to individual product/premium items - determines which products are available for a given contribution page';
COMMENT ON COLUMN civicrm.civicrm_premiums_product.id IS 'Contribution ID';
COMMENT ON COLUMN civicrm.civicrm_premiums_product.premiums_id IS 'Foreign key to premiums settings record.';
COMMENT ON COLUMN civicrm.civicrm_premiums_product.product_id IS 'Foreign key to each product object.';
CREATE TABLE civicrm.civicrm_project (
    id integer NOT NULL,
    title varchar(64),
    description text,
    logo varchar(255),
    owner_entity_table varchar(64) NOT NULL,
    owner_entity_id integer NOT NULL,
    start_date date,
    end_date date,
    is_active smallint,
    status_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_project IS 'Instantiate projects, programs, campaigns, etc.';
COMMENT ON COLUMN civicrm.civicrm_project.id IS 'Project ID';
COMMENT ON COLUMN civicrm.civicrm_project.title IS 'Project name.';
COMMENT ON COLUMN civicrm.civicrm_project.description IS 'Optional verbose description of the project. May be used for display - HTML allowed.';
COMMENT ON COLUMN civicrm.civicrm_project.logo IS 'Full or relative URL to optional uploaded logo image for project.';
COMMENT ON COLUMN civicrm.civicrm_project.owner_entity_table IS 'Name of table where project owner being referenced is stored (e.g. civicrm_contact or civicrm_group).';
COMMENT ON COLUMN civicrm.civicrm_project.owner_entity_id IS 'Foreign key to project owner (contact, group, etc.).';
COMMENT ON COLUMN civicrm.civicrm_project.start_date IS 'Project start date.';
COMMENT ON COLUMN civicrm.civicrm_project.end_date IS 'Project end date.';
COMMENT ON COLUMN civicrm.civicrm_project.is_active IS 'Is this record active? For Projects: can tasks be created for it, does it appear on project listings, etc.';
COMMENT ON COLUMN civicrm.civicrm_project.status_id IS 'Configurable status value (e.g. Planned, Active, Closed...). FK to civicrm_option_value.';
CREATE TABLE civicrm.civicrm_task (
    id integer NOT NULL,
    title varchar(64),
    description varchar(255),
    task_type_id integer,
    owner_entity_table varchar(64) NOT NULL,
    owner_entity_id integer NOT NULL,
    parent_entity_table varchar(64),
    parent_entity_id integer,
    due_date date,
    priority_id integer,
    task_class varchar(255),
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_task IS 'To-do items. Can be assigned to self or other entities.';
COMMENT ON COLUMN civicrm.civicrm_task.id IS 'Task ID';
COMMENT ON COLUMN civicrm.civicrm_task.title IS 'Task name.';
COMMENT ON COLUMN civicrm.civicrm_task.description IS 'Optional verbose description of the Task. May be used for display - HTML allowed.';
COMMENT ON COLUMN civicrm.civicrm_task.task_type_id IS 'Configurable task type values (e.g. App Submit, App Review...). FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_task.owner_entity_table IS 'Name of table where Task owner being referenced is stored (e.g. civicrm_contact or civicrm_group).';
COMMENT ON COLUMN civicrm.civicrm_task.owner_entity_id IS 'Foreign key to Task owner (contact, group, etc.).';
COMMENT ON COLUMN civicrm.civicrm_task.parent_entity_table IS 'Name of table where optional Task parent is stored (e.g. civicrm_project, or civicrm_task for sub-tasks).';
COMMENT ON COLUMN civicrm.civicrm_task.parent_entity_id IS 'Optional foreign key to Task Parent (project, another task, etc.).';
COMMENT ON COLUMN civicrm.civicrm_task.due_date IS 'Task due date.';
COMMENT ON COLUMN civicrm.civicrm_task.priority_id IS 'Configurable priority value (e.g. Critical, High, Medium...). FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_task.task_class IS 'Optional key to a process class related to this task (e.g. CRM_Quest_PreApp).';
COMMENT ON COLUMN civicrm.civicrm_task.is_active IS 'Is this record active? For tasks: can it be assigned, does it appear on open task listings, etc.';
CREATE TABLE civicrm.civicrm_task_status (
    id integer NOT NULL,
    task_id integer NOT NULL,
    responsible_entity_table varchar(64) NOT NULL,
    responsible_entity_id integer NOT NULL,
    target_entity_table varchar(64) NOT NULL,
    target_entity_id integer NOT NULL,
    status_detail text,
    status_id integer,
    create_date date,
    modified_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_task_status IS 'Tracks the responsible entity, optional target entity and status of a task. Tasks can have multiple task_status entries if assigned to multiple responsible entities and-or there are multiple targets.';
COMMENT ON COLUMN civicrm.civicrm_task_status.id IS 'Task ID';
COMMENT ON COLUMN civicrm.civicrm_task_status.task_id IS 'Status is for which task.';
COMMENT ON COLUMN civicrm.civicrm_task_status.responsible_entity_table IS 'Entity responsible for this task_status instance (table where entity is stored e.g. civicrm_contact or civicrm_group).';
COMMENT ON COLUMN civicrm.civicrm_task_status.responsible_entity_id IS 'Foreign key to responsible entity (contact, group, etc.).';
COMMENT ON COLUMN civicrm.civicrm_task_status.target_entity_table IS 'Optional target entity for this task_status instance, i.e. review this membership application-prospect member contact record is target (table where entity is stored e.g. civicrm_contact or civicrm_group).';
COMMENT ON COLUMN civicrm.civicrm_task_status.target_entity_id IS 'Foreign key to target entity (contact, group, etc.).';
COMMENT ON COLUMN civicrm.civicrm_task_status.status_detail IS 'Encoded array of status details used for programmatic progress reporting and tracking.';
COMMENT ON COLUMN civicrm.civicrm_task_status.status_id IS 'Configurable status value (e.g. Not Started, In Progress, Completed, Deferred...). FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_task_status.create_date IS 'Date this record was created (date work on task started).';
COMMENT ON COLUMN civicrm.civicrm_task_status.modified_date IS 'Date-time of last update to this task_status record.';
CREATE TABLE civicrm.civicrm_membership_type (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    name varchar(128),
    description varchar(255),
    member_of_contact_id integer NOT NULL,
    contribution_type_id integer NOT NULL,
    minimum_fee numeric(20,2),
    duration_unit text,
    duration_interval integer,
    period_type text,
    fixed_period_start_day integer,
    fixed_period_rollover_day integer,
    relationship_type_id integer,
    relationship_direction varchar(6),
    visibility varchar(64),
    weight integer,
    renewal_msg_id integer,
    renewal_reminder_day integer,
    receipt_text_signup varchar(255),
    receipt_text_renewal varchar(255),
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_membership_type IS 'Sites can configure multiple types of memberships. They encode the owner organization, fee, and the rules needed to set start and end (expire) dates when a member signs up for that type.';
COMMENT ON COLUMN civicrm.civicrm_membership_type.id IS 'Membership Id';
COMMENT ON COLUMN civicrm.civicrm_membership_type.domain_id IS 'Which Domain is this match entry for';
COMMENT ON COLUMN civicrm.civicrm_membership_type.name IS 'Name of Membership Type';
COMMENT ON COLUMN civicrm.civicrm_membership_type.description IS 'Description of Membership Type';
COMMENT ON COLUMN civicrm.civicrm_membership_type.member_of_contact_id IS 'Owner organization for this membership type. FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_membership_type.contribution_type_id IS 'If membership is paid by a contribution - what contribution type should be used. FK to Contribution Type ID';
COMMENT ON COLUMN civicrm.civicrm_membership_type.minimum_fee IS 'Minimum fee for this membership (0 for free/complimentary memberships).';
COMMENT ON COLUMN civicrm.civicrm_membership_type.duration_unit IS 'Unit in which membership period is expressed. (one of: day, month, year, lifetime)';
COMMENT ON COLUMN civicrm.civicrm_membership_type.duration_interval IS 'Number of duration units in membership period (e.g. 1 year, 12 months).';
COMMENT ON COLUMN civicrm.civicrm_membership_type.period_type IS 'Rolling membership period starts on signup date. Fixed membership periods start on fixed_period_start_day. (one of: rolling, fixed)';
COMMENT ON COLUMN civicrm.civicrm_membership_type.fixed_period_start_day IS 'For fixed period memberships, month and day (mmdd) on which subscription/membership will start. Period start is back-dated unless after rollover day.';
COMMENT ON COLUMN civicrm.civicrm_membership_type.fixed_period_rollover_day IS 'For fixed period memberships, signups after this day (mmdd) rollover to next period.';
COMMENT ON COLUMN civicrm.civicrm_membership_type.relationship_type_id IS 'FK to Relationship Type ID';
COMMENT ON COLUMN civicrm.civicrm_membership_type.renewal_msg_id IS 'FK to civicrm_msg_template.id';
COMMENT ON COLUMN civicrm.civicrm_membership_type.renewal_reminder_day IS 'Number of days prior to expiration to send renewal reminder';
COMMENT ON COLUMN civicrm.civicrm_membership_type.receipt_text_signup IS 'Receipt Text for membership signup';
COMMENT ON COLUMN civicrm.civicrm_membership_type.receipt_text_renewal IS 'Receipt Text for membership renewal';
COMMENT ON COLUMN civicrm.civicrm_membership_type.is_active IS 'Is this membership_type enabled';
CREATE TABLE civicrm.civicrm_membership_status (
    id integer NOT NULL,
    name varchar(128),
    start_event text,
    start_event_adjust_unit text,
    start_event_adjust_interval integer,
    end_event text,
    end_event_adjust_unit text,
    end_event_adjust_interval integer,
    is_current_member smallint,
    is_admin smallint,
    weight integer,
    is_default smallint,
    is_active smallint,
    is_reserved smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_membership_status IS 'Membership Status stores admin configurable rules for assigning status to memberships.';
COMMENT ON COLUMN civicrm.civicrm_membership_status.id IS 'Membership Id';
COMMENT ON COLUMN civicrm.civicrm_membership_status.name IS 'Name for Membership Status';
COMMENT ON COLUMN civicrm.civicrm_membership_status.start_event IS 'Event when this status starts. (one of: start_date, end_date, join_date)';
COMMENT ON COLUMN civicrm.civicrm_membership_status.start_event_adjust_unit IS 'Unit used for adjusting from start_event. (one of: day, month, year)';
COMMENT ON COLUMN civicrm.civicrm_membership_status.start_event_adjust_interval IS 'Status range begins this many units from start_event.';
COMMENT ON COLUMN civicrm.civicrm_membership_status.end_event IS 'Event after which this status ends. (one of: start_date, end_date, join_date)';
COMMENT ON COLUMN civicrm.civicrm_membership_status.end_event_adjust_unit IS 'Unit used for adjusting from the ending event. (one of: day, month, year)';
COMMENT ON COLUMN civicrm.civicrm_membership_status.end_event_adjust_interval IS 'Status range ends this many units from end_event.';
COMMENT ON COLUMN civicrm.civicrm_membership_status.is_current_member IS 'Does this status aggregate to current members (e.g. New, Renewed, Grace might all be TRUE... while Unrenewed, Lapsed, Inactive would be FALSE).';
COMMENT ON COLUMN civicrm.civicrm_membership_status.is_admin IS 'Is this status for admin/manual assignment only.';
COMMENT ON COLUMN civicrm.civicrm_membership_status.is_default IS 'Assign this status to a membership record if no other status match is found.';
COMMENT ON COLUMN civicrm.civicrm_membership_status.is_active IS 'Is this membership_status enabled.';
COMMENT ON COLUMN civicrm.civicrm_membership_status.is_reserved IS 'Is this membership_status reserved.';
CREATE TABLE civicrm.civicrm_participant_status_type (
    id integer NOT NULL,
    name varchar(64),
    label varchar(255),
    class text,
    is_reserved smallint,
    is_active smallint,
    is_counted smallint,
    weight integer NOT NULL,
    visibility_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_participant_status_type IS 'various types of CiviEvent participant statuses';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.id IS 'unique participant status type id';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.name IS 'non-localized name of the status type';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.label IS 'localized label for display of this status type';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.class IS 'the general group of status type this one belongs to (one of: Positive, Pending, Waiting, Negative)';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.is_reserved IS 'whether this is a status type required by the system';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.is_active IS 'whether this status type is active';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.is_counted IS 'whether this status type is counted against event size limit';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.weight IS 'controls sort order';
COMMENT ON COLUMN civicrm.civicrm_participant_status_type.visibility_id IS 'whether the status type is visible to the public, an implicit foreign key to option_value.value related to the `visibility` option_group';
CREATE TABLE civicrm.civicrm_dedupe_rule_group (
    id integer NOT NULL,
    contact_type text,
    threshold integer NOT NULL,
    level text,
    is_default smallint,
    name varchar(64),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_dedupe_rule_group IS 'Dedupe rule groups';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule_group.id IS 'Unique dedupe rule group id';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule_group.contact_type IS 'The type of contacts this group applies to (one of: Individual, Organization, Household)';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule_group.threshold IS 'The weight threshold the sum of the rule weights has to cross to consider two contacts the same';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule_group.level IS 'Whether the rule should be used for cases where strict maching of the given contact type is required or a fuzzy one (one of: Strict, Fuzzy)';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule_group.is_default IS 'Is this a default rule (one rule for every contact type + level combination should be default)';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule_group.name IS 'Name of the rule group';
CREATE TABLE civicrm.civicrm_dedupe_rule (
    id integer NOT NULL,
    dedupe_rule_group_id integer NOT NULL,
    rule_table varchar(64) NOT NULL,
    rule_field varchar(64) NOT NULL,
    rule_length integer,
    rule_weight integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_dedupe_rule IS 'Dedupe rules for use by rule groups';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule.id IS 'Unique dedupe rule id';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule.dedupe_rule_group_id IS 'The id of the rule group this rule belongs to';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule.rule_table IS 'The name of the table this rule is about';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule.rule_field IS 'The name of the field of the table referenced in rule_table';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule.rule_length IS 'The lenght of the matching substring';
COMMENT ON COLUMN civicrm.civicrm_dedupe_rule.rule_weight IS 'The weight of the rule';
CREATE TABLE civicrm.civicrm_case (
    id integer NOT NULL,
    case_type_id varchar(128) NOT NULL,
    subject varchar(128),
    start_date date,
    end_date date,
    details text,
    status_id integer NOT NULL,
    is_deleted smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_case IS 'This table stores information about cases grouping activities.';
COMMENT ON COLUMN civicrm.civicrm_case.id IS 'Unique Case ID';
COMMENT ON COLUMN civicrm.civicrm_case.case_type_id IS 'Id of first case category.';
COMMENT ON COLUMN civicrm.civicrm_case.subject IS 'Short name of the case.';
COMMENT ON COLUMN civicrm.civicrm_case.start_date IS 'Date on which given case starts.';
COMMENT ON COLUMN civicrm.civicrm_case.end_date IS 'Date on which given case ends.';
COMMENT ON COLUMN civicrm.civicrm_case.details IS 'Details about the meeting (agenda, notes, etc).';
COMMENT ON COLUMN civicrm.civicrm_case.status_id IS 'Id of case status.';
CREATE TABLE civicrm.civicrm_case_contact (
    id integer NOT NULL,
    case_id integer NOT NULL,
    contact_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_case_contact IS 'Joining table for case-contact associations.';
COMMENT ON COLUMN civicrm.civicrm_case_contact.id IS 'Unique case-contact association id';
COMMENT ON COLUMN civicrm.civicrm_case_contact.case_id IS 'Case ID of case-contact association.';
COMMENT ON COLUMN civicrm.civicrm_case_contact.contact_id IS 'Contact ID of contact record given case belongs to.';
CREATE TABLE civicrm.civicrm_grant (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    application_received_date date,
    decision_date date,
    money_transfer_date date,
    grant_due_date date,
    grant_report_received smallint,
    grant_type_id integer NOT NULL,
    amount_total numeric(20,2) NOT NULL,
    amount_requested numeric(20,2),
    amount_granted numeric(20,2),
    rationale text,
    status_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_grant IS 'This table stores information about grants given to a contact.';
COMMENT ON COLUMN civicrm.civicrm_grant.id IS 'Unique Grant id';
COMMENT ON COLUMN civicrm.civicrm_grant.contact_id IS 'Contact ID of contact record given grant belongs to.';
COMMENT ON COLUMN civicrm.civicrm_grant.application_received_date IS 'Date on which grant application was received by donor.';
COMMENT ON COLUMN civicrm.civicrm_grant.decision_date IS 'Date on which grant decision was made.';
COMMENT ON COLUMN civicrm.civicrm_grant.money_transfer_date IS 'Date on which grant money transfer was made.';
COMMENT ON COLUMN civicrm.civicrm_grant.grant_due_date IS 'Date on which grant report is due.';
COMMENT ON COLUMN civicrm.civicrm_grant.grant_report_received IS 'Yes/No field stating whether grant report was received by donor.';
COMMENT ON COLUMN civicrm.civicrm_grant.grant_type_id IS 'Type of grant. Implicit FK to civicrm_option_value in grant_type option_group.';
COMMENT ON COLUMN civicrm.civicrm_grant.amount_total IS 'Requested grant amount, in default currency.';
COMMENT ON COLUMN civicrm.civicrm_grant.amount_requested IS 'Requested grant amount, in original currency (optional).';
COMMENT ON COLUMN civicrm.civicrm_grant.amount_granted IS 'Granted amount, in default currency.';
COMMENT ON COLUMN civicrm.civicrm_grant.rationale IS 'Grant rationale.';
COMMENT ON COLUMN civicrm.civicrm_grant.status_id IS 'Id of Grant status.';
CREATE TABLE civicrm.civicrm_tell_friend (
    id integer NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    title varchar(255),
    intro text,
    suggested_message text,
    general_link varchar(255),
    thankyou_title varchar(255),
    thankyou_text text,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_tell_friend.id IS 'Friend ID';
COMMENT ON COLUMN civicrm.civicrm_tell_friend.entity_table IS 'Name of table where item being referenced is stored.';
COMMENT ON COLUMN civicrm.civicrm_tell_friend.entity_id IS 'Foreign key to the referenced item.';
COMMENT ON COLUMN civicrm.civicrm_tell_friend.intro IS 'Introductory message to contributor or participant displayed on the Tell a Friend form.';
COMMENT ON COLUMN civicrm.civicrm_tell_friend.suggested_message IS 'Suggested message to friends, provided as default on the Tell A Friend form.';
COMMENT ON COLUMN civicrm.civicrm_tell_friend.general_link IS 'URL for general info about the organization - included in the email sent to friends.';
COMMENT ON COLUMN civicrm.civicrm_tell_friend.thankyou_title IS 'Text for Tell a Friend thank you page header and HTML title.';
COMMENT ON COLUMN civicrm.civicrm_tell_friend.thankyou_text IS 'Thank you message displayed on success page.';
CREATE TABLE civicrm.civicrm_openid_nonces (
    id integer NOT NULL,
    server_url bytea,
    "timestamp" integer,
    salt char(40),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_openid_nonces IS 'The OpenID nonce store for standalone login.';
CREATE TABLE civicrm.civicrm_openid_associations (
    id integer NOT NULL,
    server_url bytea,
    handle varchar(255),
    secret bytea,
    issued integer,
    lifetime integer,
    assoc_type varchar(64),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_openid_associations IS 'The OpenID associations store for standalone login.';
CREATE TABLE civicrm.civicrm_pledge_block (
    id integer NOT NULL,
    entity_table varchar(64),
    entity_id integer NOT NULL,
    pledge_frequency_unit varchar(128),
    is_pledge_interval smallint,
    max_reminders integer,
    initial_reminder_day integer,
    additional_reminder_day integer,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_pledge_block.id IS 'Pledge ID';
COMMENT ON COLUMN civicrm.civicrm_pledge_block.entity_table IS 'physical tablename for entity being joined to pledge, e.g. civicrm_contact';
COMMENT ON COLUMN civicrm.civicrm_pledge_block.entity_id IS 'FK to entity table specified in entity_table column.';
COMMENT ON COLUMN civicrm.civicrm_pledge_block.pledge_frequency_unit IS 'Delimited list of supported frequency units';
COMMENT ON COLUMN civicrm.civicrm_pledge_block.is_pledge_interval IS 'Is frequency interval exposed on the contribution form.';
COMMENT ON COLUMN civicrm.civicrm_pledge_block.max_reminders IS 'The maximum number of payment reminders to send for any given payment.';
COMMENT ON COLUMN civicrm.civicrm_pledge_block.initial_reminder_day IS 'Send initial reminder this many days prior to the payment due date.';
COMMENT ON COLUMN civicrm.civicrm_pledge_block.additional_reminder_day IS 'Send additional reminder this many days after last one sent, up to maximum number of reminders.';
CREATE TABLE civicrm.civicrm_report_instance (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    title varchar(255),
    report_id varchar(64) NOT NULL,
    description varchar(255),
    permission varchar(255),
    form_values text,
    is_active smallint,
    email_subject varchar(255),
    email_to text,
    email_cc text,
    header text,
    footer text,
    navigation_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_report_instance IS 'Users can save their report instance and put in a cron tab etc.';
COMMENT ON COLUMN civicrm.civicrm_report_instance.id IS 'Report Instance ID';
COMMENT ON COLUMN civicrm.civicrm_report_instance.domain_id IS 'Which Domain is this instance for';
COMMENT ON COLUMN civicrm.civicrm_report_instance.title IS 'Report Instance Title.';
COMMENT ON COLUMN civicrm.civicrm_report_instance.report_id IS 'FK to civicrm_option_value for the report template';
COMMENT ON COLUMN civicrm.civicrm_report_instance.description IS 'Report Instance description.';
COMMENT ON COLUMN civicrm.civicrm_report_instance.permission IS 'permission required to be able to run this instance';
COMMENT ON COLUMN civicrm.civicrm_report_instance.form_values IS 'Submitted form values for this report';
COMMENT ON COLUMN civicrm.civicrm_report_instance.is_active IS 'Is this entry active?';
COMMENT ON COLUMN civicrm.civicrm_report_instance.email_subject IS 'Subject of email';
COMMENT ON COLUMN civicrm.civicrm_report_instance.email_to IS 'comma-separated list of email addresses to send the report to';
COMMENT ON COLUMN civicrm.civicrm_report_instance.email_cc IS 'comma-separated list of email addresses to send the report to';
COMMENT ON COLUMN civicrm.civicrm_report_instance.header IS 'comma-separated list of email addresses to send the report to';
COMMENT ON COLUMN civicrm.civicrm_report_instance.footer IS 'comma-separated list of email addresses to send the report to';
COMMENT ON COLUMN civicrm.civicrm_report_instance.navigation_id IS 'FK to navigation ID';
CREATE TABLE civicrm.civicrm_price_set (
    id integer NOT NULL,
    domain_id integer,
    name varchar(255) NOT NULL,
    title varchar(255) NOT NULL,
    is_active smallint,
    help_pre text,
    help_post text,
    javascript varchar(64),
    extends varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_price_set.id IS 'Price Set';
COMMENT ON COLUMN civicrm.civicrm_price_set.domain_id IS 'Which Domain is this price-set for';
COMMENT ON COLUMN civicrm.civicrm_price_set.name IS 'Variable name/programmatic handle for this set of price fields.';
COMMENT ON COLUMN civicrm.civicrm_price_set.title IS 'Displayed title for the Price Set.';
COMMENT ON COLUMN civicrm.civicrm_price_set.is_active IS 'Is this price set active';
COMMENT ON COLUMN civicrm.civicrm_price_set.help_pre IS 'Description and/or help text to display before fields in form.';
COMMENT ON COLUMN civicrm.civicrm_price_set.help_post IS 'Description and/or help text to display after fields in form.';
COMMENT ON COLUMN civicrm.civicrm_price_set.javascript IS 'Optional Javascript script function(s) included on the form with this price_set. Can be used for conditional';
COMMENT ON COLUMN civicrm.civicrm_price_set.extends IS 'What components are using this price set?';
CREATE TABLE civicrm.civicrm_price_set_entity (
    id integer NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    price_set_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_price_set_entity.id IS 'Price Set Entity';
COMMENT ON COLUMN civicrm.civicrm_price_set_entity.entity_table IS 'Table which uses this price set';
COMMENT ON COLUMN civicrm.civicrm_price_set_entity.entity_id IS 'Item in table';
COMMENT ON COLUMN civicrm.civicrm_price_set_entity.price_set_id IS 'price set being used';
CREATE TABLE civicrm.civicrm_cache (
    id integer NOT NULL,
    group_name varchar(32) NOT NULL,
    path varchar(64),
    data text,
    component_id integer,
    created_date date,
    expired_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_cache IS 'Table to cache items for civicrm components.';
COMMENT ON COLUMN civicrm.civicrm_cache.group_name IS 'group name for cache element, useful in cleaning cache elements';
COMMENT ON COLUMN civicrm.civicrm_cache.path IS 'Unique path name for cache element';
COMMENT ON COLUMN civicrm.civicrm_cache.data IS 'data associated with this path';
COMMENT ON COLUMN civicrm.civicrm_cache.component_id IS 'Component that this menu item belongs to';
COMMENT ON COLUMN civicrm.civicrm_cache.created_date IS 'When was the cache item created';
COMMENT ON COLUMN civicrm.civicrm_cache.expired_date IS 'When should the cache item expire';
CREATE TABLE civicrm.civicrm_country (
    id integer NOT NULL,
    name varchar(64),
    iso_code char(2),
    country_code varchar(4),
    idd_prefix varchar(4),
    ndd_prefix varchar(4),
    region_id integer NOT NULL,
    is_province_abbreviated smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_country.id IS 'Country Id';
COMMENT ON COLUMN civicrm.civicrm_country.name IS 'Country Name';
COMMENT ON COLUMN civicrm.civicrm_country.iso_code IS 'ISO Code';
COMMENT ON COLUMN civicrm.civicrm_country.country_code IS 'National prefix to be used when dialing TO this country.';
COMMENT ON COLUMN civicrm.civicrm_country.idd_prefix IS 'International direct dialing prefix from within the country TO another country';
COMMENT ON COLUMN civicrm.civicrm_country.ndd_prefix IS 'Access prefix to call within a country to a different area';
COMMENT ON COLUMN civicrm.civicrm_country.region_id IS 'Foreign key to civicrm_worldregion.id.';
COMMENT ON COLUMN civicrm.civicrm_country.is_province_abbreviated IS 'Should state/province be displayed as abbreviation for contacts from this country?';
CREATE TABLE civicrm.civicrm_custom_group (
    id integer NOT NULL,
    name varchar(64),
    title varchar(64),
    extends text,
    extends_entity_column_id integer,
    extends_entity_column_value varchar(64),
    style text,
    collapse_display integer,
    help_pre text,
    help_post text,
    weight integer NOT NULL,
    is_active smallint,
    table_name varchar(255),
    is_multiple smallint,
    min_multiple integer,
    max_multiple integer,
    collapse_adv_display integer,
    created_id integer,
    created_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_custom_group IS 'All extended (custom) properties are associated with a group. These are logical sets of related data.';
COMMENT ON COLUMN civicrm.civicrm_custom_group.id IS 'Unique Custom Group ID';
COMMENT ON COLUMN civicrm.civicrm_custom_group.name IS 'Variable name/programmatic handle for this group.';
COMMENT ON COLUMN civicrm.civicrm_custom_group.title IS 'Friendly Name.';
COMMENT ON COLUMN civicrm.civicrm_custom_group.extends IS 'Type of object this group extends (can add other options later e.g. contact_address, etc.). (one of: Contact, Individual, Household, Organization, Location, Address, Contribution, Activity, Relationship, Group, Membership, Participant, Event, Grant, Pledge, Case)';
COMMENT ON COLUMN civicrm.civicrm_custom_group.extends_entity_column_id IS 'FK to civicrm_option_value.id (for option group custom_data_type.)';
COMMENT ON COLUMN civicrm.civicrm_custom_group.extends_entity_column_value IS 'linking custom group for dynamic object';
COMMENT ON COLUMN civicrm.civicrm_custom_group.style IS 'Visual relationship between this form and its parent. (one of: Tab, Inline)';
COMMENT ON COLUMN civicrm.civicrm_custom_group.collapse_display IS 'Will this group be in collapsed or expanded mode on initial display ?';
COMMENT ON COLUMN civicrm.civicrm_custom_group.help_pre IS 'Description and/or help text to display before fields in form.';
COMMENT ON COLUMN civicrm.civicrm_custom_group.help_post IS 'Description and/or help text to display after fields in form.';
COMMENT ON COLUMN civicrm.civicrm_custom_group.weight IS 'Controls display order when multiple extended property groups are setup for the same class.';
COMMENT ON COLUMN civicrm.civicrm_custom_group.is_active IS 'Is this property active?';
COMMENT ON COLUMN civicrm.civicrm_custom_group.table_name IS 'Name of the table that holds the values for this group.';
COMMENT ON COLUMN civicrm.civicrm_custom_group.is_multiple IS 'Does this group hold multiple values?';
COMMENT ON COLUMN civicrm.civicrm_custom_group.min_multiple IS 'minimum number of multiple records (typically 0?)';
COMMENT ON COLUMN civicrm.civicrm_custom_group.max_multiple IS 'maximum number of multiple records, if 0 - no max';
COMMENT ON COLUMN civicrm.civicrm_custom_group.collapse_adv_display IS 'Will this group be in collapsed or expanded mode on advanced search display ?';
COMMENT ON COLUMN civicrm.civicrm_custom_group.created_id IS 'FK to civicrm_contact, who created this custom group';
COMMENT ON COLUMN civicrm.civicrm_custom_group.created_date IS 'Date and time this custom group was created.';
CREATE TABLE civicrm.civicrm_custom_field (
    id integer NOT NULL,
    custom_group_id integer NOT NULL,
    label varchar(255),
    data_type text NOT NULL,
    html_type text NOT NULL,
    default_value varchar(255),
    is_required smallint,
    is_searchable smallint,
    is_search_range smallint,
    weight integer NOT NULL,
    help_pre text,
    help_post text,
    mask varchar(64),
    attributes varchar(255),
    javascript varchar(255),
    is_active smallint,
    is_view smallint,
    options_per_line integer,
    text_length integer,
    start_date_years integer,
    end_date_years integer,
    date_format varchar(64),
    time_format integer,
    note_columns integer,
    note_rows integer,
    column_name varchar(255),
    option_group_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_custom_field IS 'Stores info about an extended (custom) property (data and form field info).';
COMMENT ON COLUMN civicrm.civicrm_custom_field.id IS 'Unique Custom Field ID';
COMMENT ON COLUMN civicrm.civicrm_custom_field.custom_group_id IS 'FK to civicrm_custom_group.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.label IS 'Text for form field label (also friendly name for administering this custom property).';
COMMENT ON COLUMN civicrm.civicrm_custom_field.data_type IS 'Controls location of data storage in extended_data table. (one of: String, Int, Float, Money, Memo, Date, Boolean, StateProvince, Country, File, Link, ContactReference)';
COMMENT ON COLUMN civicrm.civicrm_custom_field.html_type IS 'HTML types plus several built-in extended types. (one of: Text, TextArea, Select, Multi-Select, AdvMulti-Select, Radio, CheckBox, Select Date, Select State/Province, Select Country, Multi-Select Country, Multi-Select State/Province, File, Link, RichTextEditor, Autocomplete-Select)';
COMMENT ON COLUMN civicrm.civicrm_custom_field.default_value IS 'Use form_options.is_default for field_types which use options.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.is_required IS 'Is a value required for this property.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.is_searchable IS 'Is this property searchable.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.is_search_range IS 'Is this property range searchable.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.weight IS 'Controls field display order within an extended property group.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.help_pre IS 'Description and/or help text to display before this field.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.help_post IS 'Description and/or help text to display after this field.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.mask IS 'Optional format instructions for specific field types, like date types.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.attributes IS 'Store collection of type-appropriate attributes, e.g. textarea needs rows/cols attributes';
COMMENT ON COLUMN civicrm.civicrm_custom_field.javascript IS 'Optional scripting attributes for field.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.is_active IS 'Is this property active?';
COMMENT ON COLUMN civicrm.civicrm_custom_field.is_view IS 'Is this property set by PHP Code? A code field is viewable but not editable';
COMMENT ON COLUMN civicrm.civicrm_custom_field.options_per_line IS 'number of options per line for checkbox and radio';
COMMENT ON COLUMN civicrm.civicrm_custom_field.text_length IS 'field length if alphanumeric';
COMMENT ON COLUMN civicrm.civicrm_custom_field.start_date_years IS 'Date may be up to start_date_years years prior to tcurrent date';
COMMENT ON COLUMN civicrm.civicrm_custom_field.end_date_years IS 'Date may be up to end_date_years years after to tcurrent date';
COMMENT ON COLUMN civicrm.civicrm_custom_field.date_format IS 'date format for custom date';
COMMENT ON COLUMN civicrm.civicrm_custom_field.time_format IS 'time format for custom date';
COMMENT ON COLUMN civicrm.civicrm_custom_field.note_columns IS 'Number of columns in Note Field';
COMMENT ON COLUMN civicrm.civicrm_custom_field.note_rows IS 'Number of rows in Note Field';
COMMENT ON COLUMN civicrm.civicrm_custom_field.column_name IS 'Name of the column that holds the values for this field.';
COMMENT ON COLUMN civicrm.civicrm_custom_field.option_group_id IS 'For elements with options, the option group id that is used';
CREATE TABLE civicrm.civicrm_dashboard (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    label varchar(255),
    url varchar(255),
    content text,
    permission varchar(255),
    permission_operator varchar(3),
    column_no smallint,
    is_minimized smallint,
    is_fullscreen smallint,
    is_active smallint,
    is_reserved smallint,
    weight integer,
    created_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_dashboard IS 'Table to store dashboard.';
COMMENT ON COLUMN civicrm.civicrm_dashboard.domain_id IS 'Domain for dashboard';
COMMENT ON COLUMN civicrm.civicrm_dashboard.label IS 'dashlet title';
COMMENT ON COLUMN civicrm.civicrm_dashboard.url IS 'url in case of external dashlet';
COMMENT ON COLUMN civicrm.civicrm_dashboard.content IS 'dashlet content';
COMMENT ON COLUMN civicrm.civicrm_dashboard.permission IS 'Permission for the dashlet';
COMMENT ON COLUMN civicrm.civicrm_dashboard.permission_operator IS 'Permission Operator';
COMMENT ON COLUMN civicrm.civicrm_dashboard.column_no IS 'column no for this dashlet';
COMMENT ON COLUMN civicrm.civicrm_dashboard.is_minimized IS 'Is Minimized?';
COMMENT ON COLUMN civicrm.civicrm_dashboard.is_fullscreen IS 'Is Fullscreen?';
COMMENT ON COLUMN civicrm.civicrm_dashboard.is_active IS 'Is this dashlet active?';
COMMENT ON COLUMN civicrm.civicrm_dashboard.is_reserved IS 'Is this dashlet reserved?';
COMMENT ON COLUMN civicrm.civicrm_dashboard.weight IS 'Ordering of the dashlets.';
COMMENT ON COLUMN civicrm.civicrm_dashboard.created_date IS 'When was content populated';
CREATE TABLE civicrm.civicrm_email (
    id integer NOT NULL,
    contact_id integer,
    location_type_id integer,
    email varchar(64),
    is_primary smallint,
    is_billing smallint,
    on_hold smallint NOT NULL,
    is_bulkmail smallint NOT NULL,
    hold_date date,
    reset_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_email IS 'Email information for a specific location.';
COMMENT ON COLUMN civicrm.civicrm_email.id IS 'Unique Email ID';
COMMENT ON COLUMN civicrm.civicrm_email.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_email.location_type_id IS 'Which Location does this email belong to.';
COMMENT ON COLUMN civicrm.civicrm_email.email IS 'Email address';
COMMENT ON COLUMN civicrm.civicrm_email.is_primary IS 'Is this the primary?';
COMMENT ON COLUMN civicrm.civicrm_email.is_billing IS 'Is this the billing?';
COMMENT ON COLUMN civicrm.civicrm_email.on_hold IS 'Is this address on bounce hold?';
COMMENT ON COLUMN civicrm.civicrm_email.is_bulkmail IS 'Is this address for bulk mail ?';
COMMENT ON COLUMN civicrm.civicrm_email.hold_date IS 'When the address went on bounce hold';
COMMENT ON COLUMN civicrm.civicrm_email.reset_date IS 'When the address bounce status was last reset';
CREATE TABLE civicrm.civicrm_entity_file (
    id integer NOT NULL,
    entity_table varchar(64),
    entity_id integer NOT NULL,
    file_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_entity_file IS 'Attaches (joins) uploaded files (images, documents, etc.) to entities (Contacts, Groups, Actions).';
COMMENT ON COLUMN civicrm.civicrm_entity_file.id IS 'primary key';
COMMENT ON COLUMN civicrm.civicrm_entity_file.entity_table IS 'physical tablename for entity being joined to file, e.g. civicrm_contact';
COMMENT ON COLUMN civicrm.civicrm_entity_file.entity_id IS 'FK to entity table specified in entity_table column.';
COMMENT ON COLUMN civicrm.civicrm_entity_file.file_id IS 'FK to civicrm_file';
CREATE TABLE civicrm.civicrm_entity_tag (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    tag_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_entity_tag IS 'Tag entities (Contacts, Groups, Actions) to categories.';
COMMENT ON COLUMN civicrm.civicrm_entity_tag.id IS 'primary key';
COMMENT ON COLUMN civicrm.civicrm_entity_tag.contact_id IS 'FK to contact table.';
COMMENT ON COLUMN civicrm.civicrm_entity_tag.tag_id IS 'FK to civicrm_tag';
CREATE TABLE civicrm.civicrm_im (
    id integer NOT NULL,
    contact_id integer,
    location_type_id integer,
    name varchar(64),
    provider_id integer,
    is_primary smallint,
    is_billing smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_im IS 'IM information for a specific location.';
COMMENT ON COLUMN civicrm.civicrm_im.id IS 'Unique IM ID';
COMMENT ON COLUMN civicrm.civicrm_im.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_im.location_type_id IS 'Which Location does this email belong to.';
COMMENT ON COLUMN civicrm.civicrm_im.name IS 'IM screen name';
COMMENT ON COLUMN civicrm.civicrm_im.provider_id IS 'Which IM Provider does this screen name belong to.';
COMMENT ON COLUMN civicrm.civicrm_im.is_primary IS 'Is this the primary IM for this contact and location.';
COMMENT ON COLUMN civicrm.civicrm_im.is_billing IS 'Is this the billing?';
CREATE TABLE civicrm.civicrm_log (
    id integer NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    data text,
    modified_id integer,
    modified_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_log IS 'Log can be linked to any object in the application.';
COMMENT ON COLUMN civicrm.civicrm_log.id IS 'Log ID';
COMMENT ON COLUMN civicrm.civicrm_log.entity_table IS 'Name of table where item being referenced is stored.';
COMMENT ON COLUMN civicrm.civicrm_log.entity_id IS 'Foreign key to the referenced item.';
COMMENT ON COLUMN civicrm.civicrm_log.data IS 'Updates does to this object if any.';
COMMENT ON COLUMN civicrm.civicrm_log.modified_id IS 'FK to Contact ID of person under whose credentials this data modification was made.';
COMMENT ON COLUMN civicrm.civicrm_log.modified_date IS 'When was the referenced entity created or modified or deleted.';
CREATE TABLE civicrm.civicrm_mapping_field (
    id integer NOT NULL,
    mapping_id integer NOT NULL,
    name varchar(64),
    contact_type varchar(64),
    column_number integer NOT NULL,
    location_type_id integer,
    phone_type_id integer,
    im_provider_id integer,
    relationship_type_id integer,
    relationship_direction varchar(6),
    "grouping" integer,
    operator text,
    value varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mapping_field IS 'Individual field mappings for Mapping';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.id IS 'Mapping Field ID';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.mapping_id IS 'Mapping to which this field belongs';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.name IS 'Mapping field key';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.contact_type IS 'Contact Type in mapping';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.column_number IS 'Column number for mapping set';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.location_type_id IS 'Location type of this mapping, if required';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.phone_type_id IS 'Which type of phone does this number belongs.';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.im_provider_id IS 'Which type of IM Provider does this name belong.';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.relationship_type_id IS 'Relationship type, if required';
COMMENT ON COLUMN civicrm.civicrm_mapping_field."grouping" IS 'Used to group mapping_field records into related sets (e.g. for criteria sets in search builder mappings).';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.operator IS 'SQL WHERE operator for search-builder mapping fields (search criteria). (one of: =, !=, >, <, >=, <=, IN, NOT IN, LIKE, NOT LIKE)';
COMMENT ON COLUMN civicrm.civicrm_mapping_field.value IS 'SQL WHERE value for search-builder mapping fields.';
CREATE TABLE civicrm.civicrm_menu (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    path varchar(255),
    path_arguments text,
    title varchar(255),
    access_callback varchar(255),
    access_arguments text,
    page_callback varchar(255),
    page_arguments text,
    breadcrumb text,
    return_url varchar(255),
    return_url_args varchar(255),
    component_id integer,
    is_active smallint,
    is_public smallint,
    is_exposed smallint,
    is_ssl smallint,
    weight integer NOT NULL,
    type integer NOT NULL,
    page_type integer NOT NULL,
    skipbreadcrumb smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_menu IS 'Table to store menu items for all civicrm components.';
COMMENT ON COLUMN civicrm.civicrm_menu.domain_id IS 'Which Domain is this menu item for';
COMMENT ON COLUMN civicrm.civicrm_menu.path IS 'Path Name';
COMMENT ON COLUMN civicrm.civicrm_menu.path_arguments IS 'Arguments to pass to the url';
COMMENT ON COLUMN civicrm.civicrm_menu.title IS 'Menu Title';
COMMENT ON COLUMN civicrm.civicrm_menu.access_callback IS 'Function to call to check access permissions';
COMMENT ON COLUMN civicrm.civicrm_menu.access_arguments IS 'Arguments to pass to access callback';
COMMENT ON COLUMN civicrm.civicrm_menu.page_callback IS 'function to call for this url';
COMMENT ON COLUMN civicrm.civicrm_menu.page_arguments IS 'Arguments to pass to page callback';
COMMENT ON COLUMN civicrm.civicrm_menu.breadcrumb IS 'Breadcrumb for the path.';
COMMENT ON COLUMN civicrm.civicrm_menu.return_url IS 'Url where a page should redirected to, if next url not known.';
COMMENT ON COLUMN civicrm.civicrm_menu.return_url_args IS 'Arguments to pass to return_url';
COMMENT ON COLUMN civicrm.civicrm_menu.component_id IS 'Component that this menu item belongs to';
COMMENT ON COLUMN civicrm.civicrm_menu.is_active IS 'Is this menu item active?';
COMMENT ON COLUMN civicrm.civicrm_menu.is_public IS 'Is this menu accessible to the public?';
COMMENT ON COLUMN civicrm.civicrm_menu.is_exposed IS 'Is this menu exposed to the navigation system?';
COMMENT ON COLUMN civicrm.civicrm_menu.is_ssl IS 'Should this menu be exposed via SSL if enabled?';
COMMENT ON COLUMN civicrm.civicrm_menu.weight IS 'Ordering of the menu items in various blocks.';
COMMENT ON COLUMN civicrm.civicrm_menu.type IS 'Drupal menu type.';
COMMENT ON COLUMN civicrm.civicrm_menu.page_type IS 'CiviCRM menu type.';
COMMENT ON COLUMN civicrm.civicrm_menu.skipbreadcrumb IS 'skip this url being exposed to breadcrumb';
CREATE TABLE civicrm.civicrm_note (
    id integer NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    note text,
    contact_id integer,
    modified_date date,
    subject varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_note IS 'Notes can be linked to any object in the application.';
COMMENT ON COLUMN civicrm.civicrm_note.id IS 'Note ID';
COMMENT ON COLUMN civicrm.civicrm_note.entity_table IS 'Name of table where item being referenced is stored.';
COMMENT ON COLUMN civicrm.civicrm_note.entity_id IS 'Foreign key to the referenced item.';
COMMENT ON COLUMN civicrm.civicrm_note.note IS 'Note and/or Comment.';
COMMENT ON COLUMN civicrm.civicrm_note.contact_id IS 'FK to Contact ID creator';
COMMENT ON COLUMN civicrm.civicrm_note.modified_date IS 'When was this note last modified/edited';
COMMENT ON COLUMN civicrm.civicrm_note.subject IS 'subject of note description';
CREATE TABLE civicrm.civicrm_option_value (
    id integer NOT NULL,
    option_group_id integer NOT NULL,
    label varchar(255) NOT NULL,
    value varchar(64) NOT NULL,
    name varchar(255),
    "grouping" varchar(64),
    filter integer,
    is_default smallint,
    weight integer NOT NULL,
    description varchar(255),
    is_optgroup smallint,
    is_reserved smallint,
    is_active smallint,
    component_id integer,
    domain_id integer,
    visibility_id integer,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_option_value.id IS 'Option ID';
COMMENT ON COLUMN civicrm.civicrm_option_value.option_group_id IS 'Group which this option belongs to.';
COMMENT ON COLUMN civicrm.civicrm_option_value.label IS 'Option string as displayed to users - e.g. the label in an HTML OPTION tag.';
COMMENT ON COLUMN civicrm.civicrm_option_value.value IS 'The actual value stored (as a foreign key) in the data record. Functions which need lookup option_value.title should use civicrm_option_value.option_group_id plus civicrm_option_value.value as the key.';
COMMENT ON COLUMN civicrm.civicrm_option_value.name IS 'Stores a fixed (non-translated) name for this option value. Lookup functions should use the name as the key for the option value row.';
COMMENT ON COLUMN civicrm.civicrm_option_value."grouping" IS 'Use to sort and/or set display properties for sub-set(s) of options within an option group. EXAMPLE: Use for college_interest field, to differentiate partners from non-partners.';
COMMENT ON COLUMN civicrm.civicrm_option_value.filter IS 'Bitwise logic can be used to create subsets of options within an option_group for different uses.';
COMMENT ON COLUMN civicrm.civicrm_option_value.is_default IS 'Is this the default option for the group?';
COMMENT ON COLUMN civicrm.civicrm_option_value.weight IS 'Controls display sort order.';
COMMENT ON COLUMN civicrm.civicrm_option_value.description IS 'Optional description.';
COMMENT ON COLUMN civicrm.civicrm_option_value.is_optgroup IS 'Is this row simply a display header? Expected usage is to render these as OPTGROUP tags within a SELECT field list of options?';
COMMENT ON COLUMN civicrm.civicrm_option_value.is_reserved IS 'Is this a predefined system object?';
COMMENT ON COLUMN civicrm.civicrm_option_value.is_active IS 'Is this option active?';
COMMENT ON COLUMN civicrm.civicrm_option_value.component_id IS 'Component that this option value belongs/caters to.';
COMMENT ON COLUMN civicrm.civicrm_option_value.domain_id IS 'Which Domain is this option value for';
CREATE TABLE civicrm.civicrm_phone (
    id integer NOT NULL,
    contact_id integer,
    location_type_id integer,
    is_primary smallint,
    is_billing smallint,
    mobile_provider_id integer,
    phone varchar(32),
    phone_type_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_phone IS 'Phone information for a specific location.';
COMMENT ON COLUMN civicrm.civicrm_phone.id IS 'Unique Phone ID';
COMMENT ON COLUMN civicrm.civicrm_phone.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_phone.location_type_id IS 'Which Location does this phone belong to.';
COMMENT ON COLUMN civicrm.civicrm_phone.is_primary IS 'Is this the primary phone for this contact and location.';
COMMENT ON COLUMN civicrm.civicrm_phone.is_billing IS 'Is this the billing?';
COMMENT ON COLUMN civicrm.civicrm_phone.mobile_provider_id IS 'Which Mobile Provider does this phone belong to.';
COMMENT ON COLUMN civicrm.civicrm_phone.phone IS 'Complete phone number.';
COMMENT ON COLUMN civicrm.civicrm_phone.phone_type_id IS 'Which type of phone does this number belongs.';
CREATE TABLE civicrm.civicrm_preferences (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    contact_id integer,
    is_domain smallint,
    contact_view_options varchar(128),
    contact_edit_options varchar(128),
    advanced_search_options varchar(128),
    user_dashboard_options varchar(128),
    address_options varchar(128),
    address_format text,
    mailing_format text,
    address_standardization_provider varchar(64),
    address_standardization_userid varchar(64),
    address_standardization_url varchar(255),
    editor_id integer,
    mailing_backend text,
    navigation text,
    contact_autocomplete_options varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_preferences IS 'Define preferences for the site and users';
COMMENT ON COLUMN civicrm.civicrm_preferences.domain_id IS 'Which Domain is this menu item for';
COMMENT ON COLUMN civicrm.civicrm_preferences.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_preferences.is_domain IS 'Is this the record for the domain setting?';
COMMENT ON COLUMN civicrm.civicrm_preferences.contact_view_options IS 'What tabs are displayed in the contact summary';
COMMENT ON COLUMN civicrm.civicrm_preferences.contact_edit_options IS 'What tabs are displayed in the contact edit';
COMMENT ON COLUMN civicrm.civicrm_preferences.advanced_search_options IS 'What tabs are displayed in the advanced search screen';
COMMENT ON COLUMN civicrm.civicrm_preferences.user_dashboard_options IS 'What tabs are displayed in the contact edit';
COMMENT ON COLUMN civicrm.civicrm_preferences.address_options IS 'What fields are displayed from the address table';
COMMENT ON COLUMN civicrm.civicrm_preferences.address_format IS 'Format to display the address';
COMMENT ON COLUMN civicrm.civicrm_preferences.mailing_format IS 'Format to display a mailing label';
COMMENT ON COLUMN civicrm.civicrm_preferences.address_standardization_provider IS 'object name of provider for address standarization';
COMMENT ON COLUMN civicrm.civicrm_preferences.address_standardization_userid IS 'user id for provider login';
COMMENT ON COLUMN civicrm.civicrm_preferences.address_standardization_url IS 'url of address standardization service';
COMMENT ON COLUMN civicrm.civicrm_preferences.editor_id IS 'ID of the editor';
COMMENT ON COLUMN civicrm.civicrm_preferences.mailing_backend IS 'Smtp Backend configuration.';
COMMENT ON COLUMN civicrm.civicrm_preferences.navigation IS 'Store navigation for the Contact';
COMMENT ON COLUMN civicrm.civicrm_preferences.contact_autocomplete_options IS 'What Autocomplete has to return';
CREATE TABLE civicrm.civicrm_state_province (
    id integer NOT NULL,
    name varchar(64),
    abbreviation varchar(4),
    country_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_state_province.id IS 'State / Province ID';
COMMENT ON COLUMN civicrm.civicrm_state_province.name IS 'Name of State / Province';
COMMENT ON COLUMN civicrm.civicrm_state_province.abbreviation IS '2-4 Character Abbreviation of State / Province';
COMMENT ON COLUMN civicrm.civicrm_state_province.country_id IS 'ID of Country that State / Province belong';
CREATE TABLE civicrm.civicrm_uf_match (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    uf_id integer NOT NULL,
    uf_name varchar(128),
    contact_id integer,
    language varchar(5),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_uf_match IS 'The mapping from an user framework (UF) object to a CRM object.';
COMMENT ON COLUMN civicrm.civicrm_uf_match.id IS 'System generated ID.';
COMMENT ON COLUMN civicrm.civicrm_uf_match.domain_id IS 'Which Domain is this match entry for';
COMMENT ON COLUMN civicrm.civicrm_uf_match.uf_id IS 'UF ID';
COMMENT ON COLUMN civicrm.civicrm_uf_match.uf_name IS 'UF Name';
COMMENT ON COLUMN civicrm.civicrm_uf_match.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_uf_match.language IS 'UI language preferred by the given user/contact';
CREATE TABLE civicrm.civicrm_timezone (
    id integer NOT NULL,
    name varchar(64),
    abbreviation char(3),
    gmt varchar(64),
    "offset" integer,
    country_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_timezone.id IS 'Timezone Id';
COMMENT ON COLUMN civicrm.civicrm_timezone.name IS 'Timezone full name';
COMMENT ON COLUMN civicrm.civicrm_timezone.abbreviation IS 'ISO Code for timezone abbreviation';
COMMENT ON COLUMN civicrm.civicrm_timezone.gmt IS 'GMT name of the timezone';
COMMENT ON COLUMN civicrm.civicrm_timezone.country_id IS 'Country Id';
CREATE TABLE civicrm.civicrm_openid (
    id integer NOT NULL,
    contact_id integer,
    location_type_id integer,
    openid varchar(255),
    allowed_to_login smallint NOT NULL,
    is_primary smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_openid IS 'OpenID information for a specific location.';
COMMENT ON COLUMN civicrm.civicrm_openid.id IS 'Unique OpenID ID';
COMMENT ON COLUMN civicrm.civicrm_openid.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_openid.location_type_id IS 'Which Location does this email belong to.';
COMMENT ON COLUMN civicrm.civicrm_openid.openid IS 'the OpenID (or OpenID-style http://username.domain/) unique identifier for this contact mainly used for logging in to CiviCRM';
COMMENT ON COLUMN civicrm.civicrm_openid.allowed_to_login IS 'Whether or not this user is allowed to login';
COMMENT ON COLUMN civicrm.civicrm_openid.is_primary IS 'Is this the primary email for this contact and location.';
CREATE TABLE civicrm.civicrm_acl_cache (
    id integer NOT NULL,
    contact_id integer,
    acl_id integer NOT NULL,
    modified_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_acl_cache IS 'Cache for acls and contacts';
COMMENT ON COLUMN civicrm.civicrm_acl_cache.id IS 'Unique table ID';
COMMENT ON COLUMN civicrm.civicrm_acl_cache.contact_id IS 'Foreign Key to Contact';
COMMENT ON COLUMN civicrm.civicrm_acl_cache.acl_id IS 'Foreign Key to ACL';
COMMENT ON COLUMN civicrm.civicrm_acl_cache.modified_date IS 'When was this cache entry last modified';
CREATE TABLE civicrm.civicrm_dashboard_contact (
    id integer NOT NULL,
    dashboard_id integer NOT NULL,
    contact_id integer NOT NULL,
    column_no smallint,
    is_minimized smallint,
    is_fullscreen smallint,
    is_active smallint,
    weight integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_dashboard_contact IS 'Table to store dashboard for each contact.';
COMMENT ON COLUMN civicrm.civicrm_dashboard_contact.dashboard_id IS 'Dashboard ID';
COMMENT ON COLUMN civicrm.civicrm_dashboard_contact.contact_id IS 'Contact ID';
COMMENT ON COLUMN civicrm.civicrm_dashboard_contact.column_no IS 'column no for this widget';
COMMENT ON COLUMN civicrm.civicrm_dashboard_contact.is_minimized IS 'Is Minimized?';
COMMENT ON COLUMN civicrm.civicrm_dashboard_contact.is_fullscreen IS 'Is Fullscreen?';
COMMENT ON COLUMN civicrm.civicrm_dashboard_contact.is_active IS 'Is this widget active?';
COMMENT ON COLUMN civicrm.civicrm_dashboard_contact.weight IS 'Ordering of the widgets.';
CREATE TABLE civicrm.civicrm_group (
    id integer NOT NULL,
    name varchar(64),
    title varchar(64),
    description text,
    source varchar(64),
    saved_search_id integer,
    is_active smallint,
    visibility text,
    where_clause text,
    select_tables text,
    where_tables text,
    group_type varchar(128),
    cache_date date,
    parents text,
    children text,
    is_hidden smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_group IS 'Provide grouping of related contacts';
COMMENT ON COLUMN civicrm.civicrm_group.id IS 'Group ID';
COMMENT ON COLUMN civicrm.civicrm_group.name IS 'Internal name of Group.';
COMMENT ON COLUMN civicrm.civicrm_group.title IS 'Name of Group.';
COMMENT ON COLUMN civicrm.civicrm_group.description IS 'Optional verbose description of the group.';
COMMENT ON COLUMN civicrm.civicrm_group.source IS 'Module or process which created this group.';
COMMENT ON COLUMN civicrm.civicrm_group.saved_search_id IS 'FK to saved search table.';
COMMENT ON COLUMN civicrm.civicrm_group.is_active IS 'Is this entry active?';
COMMENT ON COLUMN civicrm.civicrm_group.visibility IS 'In what context(s) is this field visible. (one of: User and User Admin Only, Public Pages)';
COMMENT ON COLUMN civicrm.civicrm_group.where_clause IS 'the sql where clause if a saved search acl';
COMMENT ON COLUMN civicrm.civicrm_group.select_tables IS 'the tables to be included in a select data';
COMMENT ON COLUMN civicrm.civicrm_group.where_tables IS 'the tables to be included in the count statement';
COMMENT ON COLUMN civicrm.civicrm_group.group_type IS 'FK to group type';
COMMENT ON COLUMN civicrm.civicrm_group.cache_date IS 'Date when we created the cache for a smart group';
COMMENT ON COLUMN civicrm.civicrm_group.parents IS 'IDs of the parent(s)';
COMMENT ON COLUMN civicrm.civicrm_group.children IS 'IDs of the child(ren)';
COMMENT ON COLUMN civicrm.civicrm_group.is_hidden IS 'Is this group hidden?';
CREATE TABLE civicrm.civicrm_subscription_history (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    group_id integer,
    date date NOT NULL,
    method text,
    status text,
    tracking varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_subscription_history IS 'History information of subscribe/unsubscribe actions';
COMMENT ON COLUMN civicrm.civicrm_subscription_history.id IS 'Internal Id';
COMMENT ON COLUMN civicrm.civicrm_subscription_history.contact_id IS 'Contact Id';
COMMENT ON COLUMN civicrm.civicrm_subscription_history.group_id IS 'Group Id';
COMMENT ON COLUMN civicrm.civicrm_subscription_history.date IS 'Date of the (un)subscription';
COMMENT ON COLUMN civicrm.civicrm_subscription_history.method IS 'How the (un)subscription was triggered (one of: Admin, Email, Web, API)';
COMMENT ON COLUMN civicrm.civicrm_subscription_history.status IS 'The state of the contact within the group (one of: Added, Removed, Pending)';
COMMENT ON COLUMN civicrm.civicrm_subscription_history.tracking IS 'IP address or other tracking info';
CREATE TABLE civicrm.civicrm_group_contact_cache (
    id integer NOT NULL,
    group_id integer NOT NULL,
    contact_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_group_contact_cache IS 'Join table cache for ''static'' groups.';
COMMENT ON COLUMN civicrm.civicrm_group_contact_cache.id IS 'primary key';
COMMENT ON COLUMN civicrm.civicrm_group_contact_cache.group_id IS 'FK to civicrm_group';
COMMENT ON COLUMN civicrm.civicrm_group_contact_cache.contact_id IS 'FK to civicrm_contact';
CREATE TABLE civicrm.civicrm_group_nesting (
    id integer NOT NULL,
    child_group_id integer NOT NULL,
    parent_group_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_group_nesting IS 'Provide parent-child relationships for groups';
COMMENT ON COLUMN civicrm.civicrm_group_nesting.id IS 'Relationship ID';
COMMENT ON COLUMN civicrm.civicrm_group_nesting.child_group_id IS 'ID of the child group';
COMMENT ON COLUMN civicrm.civicrm_group_nesting.parent_group_id IS 'ID of the parent group';
CREATE TABLE civicrm.civicrm_group_organization (
    id integer NOT NULL,
    group_id integer NOT NULL,
    organization_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_group_organization IS 'Integrate Organization information into Groups';
COMMENT ON COLUMN civicrm.civicrm_group_organization.id IS 'Relationship ID';
COMMENT ON COLUMN civicrm.civicrm_group_organization.group_id IS 'ID of the group';
COMMENT ON COLUMN civicrm.civicrm_group_organization.organization_id IS 'ID of the Organization Contact';
CREATE TABLE civicrm.civicrm_relationship (
    id integer NOT NULL,
    contact_id_a integer NOT NULL,
    contact_id_b integer NOT NULL,
    relationship_type_id integer NOT NULL,
    start_date date,
    end_date date,
    is_active smallint,
    description varchar(255),
    is_permission_a_b smallint,
    is_permission_b_a smallint,
    case_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_relationship IS 'Relationship between any 2 types of contacts.';
COMMENT ON COLUMN civicrm.civicrm_relationship.id IS 'Relationship ID';
COMMENT ON COLUMN civicrm.civicrm_relationship.contact_id_a IS 'id of the first contact';
COMMENT ON COLUMN civicrm.civicrm_relationship.contact_id_b IS 'id of the second contact';
COMMENT ON COLUMN civicrm.civicrm_relationship.relationship_type_id IS 'id of the relationship';
COMMENT ON COLUMN civicrm.civicrm_relationship.start_date IS 'date when the relationship started';
COMMENT ON COLUMN civicrm.civicrm_relationship.end_date IS 'date when the relationship ended';
COMMENT ON COLUMN civicrm.civicrm_relationship.is_active IS 'is the relationship active ?';
COMMENT ON COLUMN civicrm.civicrm_relationship.description IS 'Optional verbose description for the relationship.';
COMMENT ON COLUMN civicrm.civicrm_relationship.is_permission_a_b IS 'is contact a has permission to view / edit contact and related data for contact b ?';
COMMENT ON COLUMN civicrm.civicrm_relationship.is_permission_b_a IS 'is contact b has permission to view / edit contact and related data for contact a ?';
COMMENT ON COLUMN civicrm.civicrm_relationship.case_id IS 'FK to civicrm_case';
CREATE TABLE civicrm.civicrm_mailing_event_queue (
    id integer NOT NULL,
    job_id integer NOT NULL,
    email_id integer NOT NULL,
    contact_id integer NOT NULL,
    hash varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_queue IS 'A collection of all intended recipients of a job';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_queue.job_id IS 'FK to Job';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_queue.email_id IS 'FK to Email';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_queue.contact_id IS 'FK to Contact';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_queue.hash IS 'Security hash';
CREATE TABLE civicrm.civicrm_mailing_event_bounce (
    id integer NOT NULL,
    event_queue_id integer NOT NULL,
    bounce_type_id integer,
    bounce_reason varchar(255),
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_bounce IS 'Tracks when and why an email bounced.';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_bounce.event_queue_id IS 'FK to EventQueue';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_bounce.bounce_type_id IS 'What type of bounce was it?';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_bounce.bounce_reason IS 'The reason the email bounced.';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_bounce.time_stamp IS 'When this bounce event occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_delivered (
    id integer NOT NULL,
    event_queue_id integer NOT NULL,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_delivered IS 'Tracks when a queued email is actually delivered to the MTA';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_delivered.event_queue_id IS 'FK to EventQueue';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_delivered.time_stamp IS 'When this delivery event occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_forward (
    id integer NOT NULL,
    event_queue_id integer NOT NULL,
    dest_queue_id integer,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_forward IS 'Tracks when a contact forwards a mailing to a (new) contact';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_forward.event_queue_id IS 'FK to EventQueue';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_forward.dest_queue_id IS 'FK to EventQueue for destination';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_forward.time_stamp IS 'When this forward event occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_opened (
    id integer NOT NULL,
    event_queue_id integer NOT NULL,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_opened IS 'Tracks when a delivered email is opened by the recipient';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_opened.event_queue_id IS 'FK to EventQueue';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_opened.time_stamp IS 'When this open event occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_reply (
    id integer NOT NULL,
    event_queue_id integer NOT NULL,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_reply IS 'Tracks when a contact replies to a mailing';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_reply.event_queue_id IS 'FK to EventQueue';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_reply.time_stamp IS 'When this reply event occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_subscribe (
    id integer NOT NULL,
    group_id integer NOT NULL,
    contact_id integer NOT NULL,
    hash varchar(255) NOT NULL,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_subscribe IS 'Tracks when a (new) contact subscribes to a group by email';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_subscribe.group_id IS 'FK to Group';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_subscribe.contact_id IS 'FK to Contact';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_subscribe.hash IS 'Security hash';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_subscribe.time_stamp IS 'When this subscription event occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_confirm (
    id integer NOT NULL,
    event_subscribe_id integer NOT NULL,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_confirm IS 'Tracks when a subscription event is confirmed by email';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_confirm.event_subscribe_id IS 'FK to civicrm_mailing_event_subscribe';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_confirm.time_stamp IS 'When this confirmation event occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_trackable_url_open (
    id integer NOT NULL,
    event_queue_id integer NOT NULL,
    trackable_url_id integer NOT NULL,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_trackable_url_open IS 'Tracks when a TrackableURL is clicked by a recipient.';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_trackable_url_open.event_queue_id IS 'FK to EventQueue';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_trackable_url_open.trackable_url_id IS 'FK to TrackableURL';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_trackable_url_open.time_stamp IS 'When this trackable URL open occurred.';
CREATE TABLE civicrm.civicrm_mailing_event_unsubscribe (
    id integer NOT NULL,
    event_queue_id integer NOT NULL,
    org_unsubscribe smallint NOT NULL,
    time_stamp date NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_mailing_event_unsubscribe IS 'Tracks when a recipient unsubscribes from a group/domain';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_unsubscribe.event_queue_id IS 'FK to EventQueue';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_unsubscribe.org_unsubscribe IS 'Unsubscribe at org- or group-level';
COMMENT ON COLUMN civicrm.civicrm_mailing_event_unsubscribe.time_stamp IS 'When this delivery event occurred.';
CREATE TABLE civicrm.civicrm_contribution_page (
    id integer NOT NULL,
    title varchar(255),
    intro_text text,
    contribution_type_id integer NOT NULL,
    payment_processor_id integer,
    is_credit_card_only smallint,
    is_monetary smallint,
    is_recur smallint,
    recur_frequency_unit varchar(128),
    is_recur_interval smallint,
    is_pay_later smallint,
    pay_later_text text,
    pay_later_receipt text,
    is_allow_other_amount smallint,
    default_amount_id integer,
    min_amount numeric(20,2),
    max_amount numeric(20,2),
    goal_amount numeric(20,2),
    thankyou_title varchar(255),
    thankyou_text text,
    thankyou_footer text,
    is_for_organization smallint,
    for_organization text,
    is_email_receipt smallint,
    receipt_from_name varchar(255),
    receipt_from_email varchar(255),
    cc_receipt varchar(255),
    bcc_receipt varchar(255),
    receipt_text text,
    is_active smallint,
    footer_text text,
    amount_block_is_active smallint,
    honor_block_is_active smallint,
    honor_block_title varchar(255),
    honor_block_text text,
    start_date date,
    end_date date,
    created_id integer,
    created_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_contribution_page IS 'A Contribution object store meta information about a single customized contribution page';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.id IS 'Contribution Id';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.title IS 'Contribution Page title. For top of page display';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.intro_text IS 'Text and html allowed. Displayed below title.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.contribution_type_id IS 'default Contribution type assigned to contributions submitted via this page, e.g. Contribution, Campaign Contribution';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.payment_processor_id IS 'Payment Processor for this contribution Page';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_credit_card_only IS 'if true - processing logic must reject transaction at confirmation stage if pay method != credit card';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_monetary IS 'if true - allows real-time monetary transactions otherwise non-monetary transactions';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_recur IS 'if true - allows recurring contributions, valid only for PayPal_Standard';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.recur_frequency_unit IS 'Supported recurring frequency units.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_recur_interval IS 'if true - supports recurring intervals';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_pay_later IS 'if true - allows the user to send payment directly to the org later';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.pay_later_text IS 'The text displayed to the user in the main form';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.pay_later_receipt IS 'The receipt sent to the user instead of the normal receipt text';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_allow_other_amount IS 'if true, page will include an input text field where user can enter their own amount';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.default_amount_id IS 'FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.min_amount IS 'if other amounts allowed, user can configure minimum allowed.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.max_amount IS 'if other amounts allowed, user can configure maximum allowed.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.goal_amount IS 'The target goal for this page, allows people to build a goal meter';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.thankyou_title IS 'Title for Thank-you page (header title tag, and display at the top of the page).';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.thankyou_text IS 'text and html allowed. displayed above result on success page';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.thankyou_footer IS 'Text and html allowed. displayed at the bottom of the success page. Common usage is to include link(s) to other pages such as tell-a-friend, etc.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_for_organization IS 'if true, signup is done on behalf of an organization';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.for_organization IS 'This text field is shown when is_for_organization is checked. For example - I am contributing on behalf on an organization.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_email_receipt IS 'if true, receipt is automatically emailed to contact on success';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.receipt_from_name IS 'FROM email name used for receipts generated by contributions to this contribution page.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.receipt_from_email IS 'FROM email address used for receipts generated by contributions to this contribution page.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.cc_receipt IS 'comma-separated list of email addresses to cc each time a receipt is sent';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.bcc_receipt IS 'comma-separated list of email addresses to bcc each time a receipt is sent';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.receipt_text IS 'text to include above standard receipt info on receipt email. emails are text-only, so do not allow html for now';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.is_active IS 'Is this property active?';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.footer_text IS 'Text and html allowed. Displayed at the bottom of the first page of the contribution wizard.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.amount_block_is_active IS 'Is this property active?';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.honor_block_is_active IS 'Should this contribution have the honor block enabled?';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.honor_block_title IS 'Title for honor block.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.honor_block_text IS 'text for honor block.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.start_date IS 'Date and time that this page starts.';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.end_date IS 'Date and time that this page ends. May be NULL if no defined end date/time';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.created_id IS 'FK to civicrm_contact, who created this contribution page';
COMMENT ON COLUMN civicrm.civicrm_contribution_page.created_date IS 'Date and time that contribution page was created.';
CREATE TABLE civicrm.civicrm_contribution_widget (
    id integer NOT NULL,
    contribution_page_id integer,
    is_active smallint,
    title varchar(255),
    url_logo varchar(255),
    button_title varchar(255),
    about text,
    url_homepage varchar(255),
    color_title varchar(10),
    color_button varchar(10),
    color_bar varchar(10),
    color_main_text varchar(10),
    color_main varchar(10),
    color_main_bg varchar(10),
    color_bg varchar(10),
    color_about_link varchar(10),
    color_homepage_link varchar(10),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_contribution_widget IS 'A Widget object to store meta information about a single customized contribution widget';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.id IS 'Contribution Id';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.contribution_page_id IS 'The Contribution Page which triggered this contribution';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.is_active IS 'Is this property active?';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.title IS 'Widget title.';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.url_logo IS 'URL to Widget logo';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.button_title IS 'Button title.';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.about IS 'About description.';
COMMENT ON COLUMN civicrm.civicrm_contribution_widget.url_homepage IS 'URL to Homepage.';
CREATE TABLE civicrm.civicrm_pcp (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    status_id integer NOT NULL,
    title varchar(255),
    intro_text text,
    page_text text,
    donate_link_text varchar(255),
    contribution_page_id integer NOT NULL,
    is_thermometer integer,
    is_honor_roll integer,
    goal_amount numeric(20,2),
    referer varchar(255),
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_pcp.id IS 'Personal Campaign Page ID';
COMMENT ON COLUMN civicrm.civicrm_pcp.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_pcp.contribution_page_id IS 'The Contribution Page which triggered this pcp';
COMMENT ON COLUMN civicrm.civicrm_pcp.goal_amount IS 'Goal amount of this Personal Campaign Page.';
COMMENT ON COLUMN civicrm.civicrm_pcp.is_active IS 'Is Personal Campaign Page enabled/active?';
CREATE TABLE civicrm.civicrm_membership (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    membership_type_id integer NOT NULL,
    join_date date,
    start_date date,
    end_date date,
    source varchar(128),
    status_id integer NOT NULL,
    is_override smallint,
    reminder_date date,
    owner_membership_id integer,
    is_test smallint,
    is_pay_later smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_membership IS 'Contact Membership records.';
COMMENT ON COLUMN civicrm.civicrm_membership.id IS 'Membership Id';
COMMENT ON COLUMN civicrm.civicrm_membership.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_membership.membership_type_id IS 'FK to Membership Type';
COMMENT ON COLUMN civicrm.civicrm_membership.join_date IS 'Beginning of initial membership period (member since...).';
COMMENT ON COLUMN civicrm.civicrm_membership.start_date IS 'Beginning of current uninterrupted membership period.';
COMMENT ON COLUMN civicrm.civicrm_membership.end_date IS 'Current membership period expire date.';
COMMENT ON COLUMN civicrm.civicrm_membership.status_id IS 'FK to Membership Status';
COMMENT ON COLUMN civicrm.civicrm_membership.is_override IS 'Admin users may set a manual status which overrides the calculated status. When this flag is true, automated status update scripts should NOT modify status for the record.';
COMMENT ON COLUMN civicrm.civicrm_membership.reminder_date IS 'When should a reminder be sent.';
COMMENT ON COLUMN civicrm.civicrm_membership.owner_membership_id IS 'Optional FK to Parent Membership.';
CREATE TABLE civicrm.civicrm_membership_block (
    id integer NOT NULL,
    entity_table varchar(64),
    entity_id integer NOT NULL,
    membership_types varchar(255),
    membership_type_default integer,
    display_min_fee smallint,
    is_separate_payment smallint,
    new_title varchar(255),
    new_text text,
    renewal_title varchar(255),
    renewal_text text,
    is_required smallint,
    is_active smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_membership_block IS 'A Membership Block stores admin configurable status options and rules';
COMMENT ON COLUMN civicrm.civicrm_membership_block.id IS 'Membership Id';
COMMENT ON COLUMN civicrm.civicrm_membership_block.entity_table IS 'Name for Membership Status';
COMMENT ON COLUMN civicrm.civicrm_membership_block.entity_id IS 'FK to civicrm_contribution_page.id';
COMMENT ON COLUMN civicrm.civicrm_membership_block.membership_types IS 'Membership types to be exposed by this block';
COMMENT ON COLUMN civicrm.civicrm_membership_block.membership_type_default IS 'Optional foreign key to membership_type';
COMMENT ON COLUMN civicrm.civicrm_membership_block.display_min_fee IS 'Display minimum membership fee';
COMMENT ON COLUMN civicrm.civicrm_membership_block.is_separate_payment IS 'Should membership transactions be processed separately';
COMMENT ON COLUMN civicrm.civicrm_membership_block.new_title IS 'Title to display at top of block';
COMMENT ON COLUMN civicrm.civicrm_membership_block.new_text IS 'Text to display below title';
COMMENT ON COLUMN civicrm.civicrm_membership_block.renewal_title IS 'Title for renewal';
COMMENT ON COLUMN civicrm.civicrm_membership_block.renewal_text IS 'Text to display for member renewal';
COMMENT ON COLUMN civicrm.civicrm_membership_block.is_required IS 'Is membership sign up optional';
COMMENT ON COLUMN civicrm.civicrm_membership_block.is_active IS 'Is this membership_block enabled';
CREATE TABLE civicrm.civicrm_membership_log (
    id integer NOT NULL,
    membership_id integer NOT NULL,
    status_id integer NOT NULL,
    start_date date,
    end_date date,
    modified_id integer,
    modified_date date,
    renewal_reminder_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_membership_log IS 'Logs actions which affect a Membership record (signup, status override, renewal, etc.)';
COMMENT ON COLUMN civicrm.civicrm_membership_log.membership_id IS 'FK to Membership table';
COMMENT ON COLUMN civicrm.civicrm_membership_log.status_id IS 'New status assigned to membership by this action. FK to Membership Status';
COMMENT ON COLUMN civicrm.civicrm_membership_log.start_date IS 'New membership period start date';
COMMENT ON COLUMN civicrm.civicrm_membership_log.end_date IS 'New membership period expiration date.';
COMMENT ON COLUMN civicrm.civicrm_membership_log.modified_id IS 'FK to Contact ID of person under whose credentials this data modification was made.';
COMMENT ON COLUMN civicrm.civicrm_membership_log.modified_date IS 'Date this membership modification action was logged.';
COMMENT ON COLUMN civicrm.civicrm_membership_log.renewal_reminder_date IS 'The day we sent a renewal reminder';
CREATE TABLE civicrm.civicrm_activity (
    id integer NOT NULL,
    source_contact_id integer,
    source_record_id integer,
    activity_type_id integer NOT NULL,
    subject varchar(255),
    activity_date_time date,
    duration integer,
    location varchar(255),
    phone_id integer,
    phone_number varchar(64),
    details text,
    status_id integer,
    priority_id integer,
    parent_id integer,
    is_test smallint,
    medium_id integer,
    is_auto smallint,
    relationship_id integer,
    is_current_revision smallint,
    original_id integer,
    is_deleted smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_activity IS 'Other Activity details stored here include contact, location, details.';
COMMENT ON COLUMN civicrm.civicrm_activity.id IS 'Unique Other Activity ID';
COMMENT ON COLUMN civicrm.civicrm_activity.source_contact_id IS 'Contact ID of the person scheduling or logging this Activity. Usually the authenticated user.';
COMMENT ON COLUMN civicrm.civicrm_activity.source_record_id IS 'Artificial FK to original transaction (e.g. contribution) IF it is not an Activity. Table can be figured out through activity_type_id, and further through component registry.';
COMMENT ON COLUMN civicrm.civicrm_activity.activity_type_id IS 'FK to civicrm_option_value.id, that has to be valid, registered activity type.';
COMMENT ON COLUMN civicrm.civicrm_activity.subject IS 'The subject/purpose/short description of the activity.';
COMMENT ON COLUMN civicrm.civicrm_activity.activity_date_time IS 'Date and time this activity is scheduled to occur. Formerly named scheduled_date_time.';
COMMENT ON COLUMN civicrm.civicrm_activity.duration IS 'Planned or actual duration of activity expressed in minutes. Conglomerate of former duration_hours and duration_minutes.';
COMMENT ON COLUMN civicrm.civicrm_activity.location IS 'Location of the activity (optional, open text).';
COMMENT ON COLUMN civicrm.civicrm_activity.phone_id IS 'Phone ID of the number called (optional - used if an existing phone number is selected).';
COMMENT ON COLUMN civicrm.civicrm_activity.phone_number IS 'Phone number in case the number does not exist in the civicrm_phone table.';
COMMENT ON COLUMN civicrm.civicrm_activity.details IS 'Details about the activity (agenda, notes, etc).';
COMMENT ON COLUMN civicrm.civicrm_activity.status_id IS 'ID of the status this activity is currently in. Foreign key to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_activity.priority_id IS 'ID of the priority given to this activity. Foreign key to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_activity.parent_id IS 'Parent meeting ID (if this is a follow-up item). This is not currently implemented';
COMMENT ON COLUMN civicrm.civicrm_activity.medium_id IS 'Activity Medium, Implicit FK to civicrm_option_value where option_group = encounter_medium.';
COMMENT ON COLUMN civicrm.civicrm_activity.relationship_id IS 'FK to Relationship ID';
COMMENT ON COLUMN civicrm.civicrm_activity.original_id IS 'Activity ID of the first activity record in versioning chain.';
CREATE TABLE civicrm.civicrm_activity_assignment (
    id integer NOT NULL,
    activity_id integer NOT NULL,
    assignee_contact_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_activity_assignment IS 'Activity assignments';
COMMENT ON COLUMN civicrm.civicrm_activity_assignment.id IS 'Activity assignment id';
COMMENT ON COLUMN civicrm.civicrm_activity_assignment.activity_id IS 'Foreign key to the activity for this assignment.';
COMMENT ON COLUMN civicrm.civicrm_activity_assignment.assignee_contact_id IS 'Foreign key to the contact for this assignment.';
CREATE TABLE civicrm.civicrm_activity_target (
    id integer NOT NULL,
    activity_id integer NOT NULL,
    target_contact_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_activity_target IS 'Activity targets';
COMMENT ON COLUMN civicrm.civicrm_activity_target.id IS 'Activity target id';
COMMENT ON COLUMN civicrm.civicrm_activity_target.activity_id IS 'Foreign key to the activity for this target.';
COMMENT ON COLUMN civicrm.civicrm_activity_target.target_contact_id IS 'Foreign key to the contact for this target.';
CREATE TABLE civicrm.civicrm_case_activity (
    id integer NOT NULL,
    case_id integer NOT NULL,
    activity_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_case_activity IS 'Joining table for case-activity associations.';
COMMENT ON COLUMN civicrm.civicrm_case_activity.id IS 'Unique case-activity association id';
COMMENT ON COLUMN civicrm.civicrm_case_activity.case_id IS 'Case ID of case-activity association.';
COMMENT ON COLUMN civicrm.civicrm_case_activity.activity_id IS 'Activity ID of case-activity association.';
CREATE TABLE civicrm.civicrm_pledge (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    contribution_type_id integer,
    contribution_page_id integer,
    amount numeric(20,2) NOT NULL,
    frequency_unit text,
    frequency_interval integer NOT NULL,
    frequency_day integer NOT NULL,
    installments integer,
    start_date date NOT NULL,
    create_date date NOT NULL,
    acknowledge_date date,
    modified_date date,
    cancel_date date,
    end_date date,
    honor_contact_id integer,
    honor_type_id integer,
    max_reminders integer,
    initial_reminder_day integer,
    additional_reminder_day integer,
    status_id integer,
    is_test smallint,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_pledge.id IS 'Pledge ID';
COMMENT ON COLUMN civicrm.civicrm_pledge.contact_id IS 'Foreign key to civicrm_contact.id .';
COMMENT ON COLUMN civicrm.civicrm_pledge.contribution_type_id IS 'FK to Contribution Type. This is propagated to contribution record when pledge payments are made.';
COMMENT ON COLUMN civicrm.civicrm_pledge.contribution_page_id IS 'The Contribution Page which triggered this contribution';
COMMENT ON COLUMN civicrm.civicrm_pledge.amount IS 'Total pledged amount.';
COMMENT ON COLUMN civicrm.civicrm_pledge.frequency_unit IS 'Time units for recurrence of pledge payments. (one of: day, week, month, year)';
COMMENT ON COLUMN civicrm.civicrm_pledge.frequency_interval IS 'Number of time units for recurrence of pledge payments.';
COMMENT ON COLUMN civicrm.civicrm_pledge.frequency_day IS 'Day in the period when the pledge payment is due e.g. 1st of month, 15th etc. Use this to set the scheduled dates for pledge payments.';
COMMENT ON COLUMN civicrm.civicrm_pledge.installments IS 'Total number of payments to be made.';
COMMENT ON COLUMN civicrm.civicrm_pledge.start_date IS 'The date the first scheduled pledge occurs.';
COMMENT ON COLUMN civicrm.civicrm_pledge.create_date IS 'When this pledge record was created.';
COMMENT ON COLUMN civicrm.civicrm_pledge.acknowledge_date IS 'When a pledge acknowledgement message was sent to the contributor.';
COMMENT ON COLUMN civicrm.civicrm_pledge.modified_date IS 'Last updated date for this pledge record.';
COMMENT ON COLUMN civicrm.civicrm_pledge.cancel_date IS 'Date this pledge was cancelled by contributor.';
COMMENT ON COLUMN civicrm.civicrm_pledge.end_date IS 'Date this pledge finished successfully (total pledge payments equal to or greater than pledged amount).';
COMMENT ON COLUMN civicrm.civicrm_pledge.honor_contact_id IS 'FK to contact ID. Used when pledge is made in honor of another contact. This is propagated to contribution records when pledge payments are made.';
COMMENT ON COLUMN civicrm.civicrm_pledge.honor_type_id IS 'Implicit FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_pledge.max_reminders IS 'The maximum number of payment reminders to send for any given payment.';
COMMENT ON COLUMN civicrm.civicrm_pledge.initial_reminder_day IS 'Send initial reminder this many days prior to the payment due date.';
COMMENT ON COLUMN civicrm.civicrm_pledge.additional_reminder_day IS 'Send additional reminder this many days after last one sent, up to maximum number of reminders.';
COMMENT ON COLUMN civicrm.civicrm_pledge.status_id IS 'Implicit foreign key to civicrm_option_values in the contribution_status option group.';
CREATE TABLE civicrm.civicrm_price_field (
    id integer NOT NULL,
    price_set_id integer NOT NULL,
    name varchar(255) NOT NULL,
    label varchar(255) NOT NULL,
    html_type text NOT NULL,
    is_enter_qty smallint,
    help_pre text,
    help_post text,
    weight integer,
    is_display_amounts smallint,
    options_per_line integer,
    is_active smallint,
    is_required smallint,
    active_on date,
    expire_on date,
    javascript varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_price_field.id IS 'Price Field';
COMMENT ON COLUMN civicrm.civicrm_price_field.price_set_id IS 'FK to civicrm_price_set';
COMMENT ON COLUMN civicrm.civicrm_price_field.name IS 'Variable name/programmatic handle for this field.';
COMMENT ON COLUMN civicrm.civicrm_price_field.label IS 'Text for form field label (also friendly name for administering this field).';
COMMENT ON COLUMN civicrm.civicrm_price_field.html_type IS '(one of: Text, Select, Radio, CheckBox)';
COMMENT ON COLUMN civicrm.civicrm_price_field.is_enter_qty IS 'Enter a quantity for this field?';
COMMENT ON COLUMN civicrm.civicrm_price_field.help_pre IS 'Description and/or help text to display before this field.';
COMMENT ON COLUMN civicrm.civicrm_price_field.help_post IS 'Description and/or help text to display after this field.';
COMMENT ON COLUMN civicrm.civicrm_price_field.weight IS 'Order in which the fields should appear';
COMMENT ON COLUMN civicrm.civicrm_price_field.is_display_amounts IS 'Should the price be displayed next to the label for each option?';
COMMENT ON COLUMN civicrm.civicrm_price_field.options_per_line IS 'number of options per line for checkbox and radio';
COMMENT ON COLUMN civicrm.civicrm_price_field.is_active IS 'Is this price field active';
COMMENT ON COLUMN civicrm.civicrm_price_field.is_required IS 'Is this price field required (value must be > 1)';
COMMENT ON COLUMN civicrm.civicrm_price_field.active_on IS 'If non-zero, do not show this field before the date specified';
COMMENT ON COLUMN civicrm.civicrm_price_field.expire_on IS 'If non-zero, do not show this field after the date specified';
COMMENT ON COLUMN civicrm.civicrm_price_field.javascript IS 'Optional scripting attributes for field';
CREATE TABLE civicrm.civicrm_line_item (
    id integer NOT NULL,
    entity_table varchar(64) NOT NULL,
    entity_id integer NOT NULL,
    price_field_id integer NOT NULL,
    option_group_id integer NOT NULL,
    label varchar(255) NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(20,2) NOT NULL,
    line_total numeric(20,2) NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_line_item.id IS 'Line Item';
COMMENT ON COLUMN civicrm.civicrm_line_item.entity_table IS 'table which has the transaction';
COMMENT ON COLUMN civicrm.civicrm_line_item.entity_id IS 'entry in table';
COMMENT ON COLUMN civicrm.civicrm_line_item.price_field_id IS 'FK to price_field';
COMMENT ON COLUMN civicrm.civicrm_line_item.option_group_id IS 'FK to option group';
COMMENT ON COLUMN civicrm.civicrm_line_item.label IS 'descriptive label for item - from custom_option.label';
COMMENT ON COLUMN civicrm.civicrm_line_item.qty IS 'How many items ordered';
COMMENT ON COLUMN civicrm.civicrm_line_item.unit_price IS 'price of each item';
COMMENT ON COLUMN civicrm.civicrm_line_item.line_total IS 'qty * unit_price';
CREATE TABLE civicrm.civicrm_county (
    id integer NOT NULL,
    name varchar(64),
    abbreviation varchar(4),
    state_province_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_county.id IS 'County ID';
COMMENT ON COLUMN civicrm.civicrm_county.name IS 'Name of County';
COMMENT ON COLUMN civicrm.civicrm_county.abbreviation IS '2-4 Character Abbreviation of County';
COMMENT ON COLUMN civicrm.civicrm_county.state_province_id IS 'ID of State / Province that County belongs';
CREATE TABLE civicrm.civicrm_uf_group (
    id integer NOT NULL,
    is_active smallint,
    group_type varchar(255),
    title varchar(64),
    help_pre text,
    help_post text,
    limit_listings_group_id integer,
    post_url varchar(255),
    add_to_group_id integer,
    add_captcha smallint,
    is_map smallint,
    is_edit_link smallint,
    is_uf_link smallint,
    is_update_dupe smallint,
    cancel_url varchar(255),
    is_cms_user smallint,
    notify varchar(255),
    is_reserved smallint,
    name varchar(64),
    created_id integer,
    created_date date,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_uf_group IS 'User framework groups. Each group represents a form which encompasses a set of fields defined in civicrm_uf_fields table. Initially will be used for CiviCRM Profile form(s). Subsequently we anticipate using this to define other public facing forms (e.g. online donation solicitation forms, mailing list preferences, etc.).';
COMMENT ON COLUMN civicrm.civicrm_uf_group.id IS 'Unique table ID';
COMMENT ON COLUMN civicrm.civicrm_uf_group.is_active IS 'Is this form currently active? If false, hide all related fields for all sharing contexts.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.group_type IS 'This column will store a comma separated list of the type(s) of profile fields.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.title IS 'Form title.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.help_pre IS 'Description and/or help text to display before fields in form.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.help_post IS 'Description and/or help text to display after fields in form.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.limit_listings_group_id IS 'Group id, foriegn key from civicrm_group';
COMMENT ON COLUMN civicrm.civicrm_uf_group.post_url IS 'Redirect to URL.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.add_to_group_id IS 'foreign key to civicrm_group_id';
COMMENT ON COLUMN civicrm.civicrm_uf_group.add_captcha IS 'Should a CAPTCHA widget be included this Profile form.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.is_map IS 'Do we want to map results from this profile.';
COMMENT ON COLUMN civicrm.civicrm_uf_group.is_edit_link IS 'Should edit link display in profile selector';
COMMENT ON COLUMN civicrm.civicrm_uf_group.is_uf_link IS 'Should we display a link to the website profile in profile selector';
COMMENT ON COLUMN civicrm.civicrm_uf_group.is_update_dupe IS 'Should we update the contact record if we find a duplicate';
COMMENT ON COLUMN civicrm.civicrm_uf_group.cancel_url IS 'Redirect to URL when Cancle button clik .';
COMMENT ON COLUMN civicrm.civicrm_uf_group.is_cms_user IS 'Should we create a cms user for this profile';
COMMENT ON COLUMN civicrm.civicrm_uf_group.is_reserved IS 'Is this group reserved for use by some other CiviCRM functionality?';
COMMENT ON COLUMN civicrm.civicrm_uf_group.name IS 'Name of the UF group for directly addressing it in the codebase';
COMMENT ON COLUMN civicrm.civicrm_uf_group.created_id IS 'FK to civicrm_contact, who created this UF group';
COMMENT ON COLUMN civicrm.civicrm_uf_group.created_date IS 'Date and time this UF group was created.';
CREATE TABLE civicrm.civicrm_uf_field (
    id integer NOT NULL,
    uf_group_id integer NOT NULL,
    field_name varchar(64),
    is_active smallint,
    is_view smallint,
    is_required smallint,
    weight integer NOT NULL,
    help_post text,
    visibility text,
    in_selector smallint,
    is_searchable smallint,
    location_type_id integer,
    phone_type_id integer,
    label varchar(255),
    field_type varchar(255),
    is_reserved smallint,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_uf_field IS 'User Framework fields and their properties.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.id IS 'Unique table ID';
COMMENT ON COLUMN civicrm.civicrm_uf_field.uf_group_id IS 'Which form does this field belong to.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.field_name IS 'Name for CiviCRM field which is being exposed for sharing.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.is_active IS 'Is this field currently shareable? If false, hide the field for all sharing contexts.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.is_view IS 'the field is view only and not editable in user forms.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.is_required IS 'Is this field required when included in a user or registration form?';
COMMENT ON COLUMN civicrm.civicrm_uf_field.weight IS 'Controls field display order when user framework fields are displayed in registration and account editing forms.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.help_post IS 'Description and/or help text to display after this field.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.visibility IS 'In what context(s) is this field visible. (one of: User and User Admin Only, Public Pages, Public Pages and Listings)';
COMMENT ON COLUMN civicrm.civicrm_uf_field.in_selector IS 'Is this field included as a column in the selector table?';
COMMENT ON COLUMN civicrm.civicrm_uf_field.is_searchable IS 'Is this field included search form of profile?';
COMMENT ON COLUMN civicrm.civicrm_uf_field.location_type_id IS 'Location type of this mapping, if required';
COMMENT ON COLUMN civicrm.civicrm_uf_field.phone_type_id IS 'Phone Type Id, if required';
COMMENT ON COLUMN civicrm.civicrm_uf_field.label IS 'To save label for fields.';
COMMENT ON COLUMN civicrm.civicrm_uf_field.field_type IS 'This field saves field type (ie individual,household.. field etc).';
COMMENT ON COLUMN civicrm.civicrm_uf_field.is_reserved IS 'Is this field reserved for use by some other CiviCRM functionality?';
CREATE TABLE civicrm.civicrm_uf_join (
    id integer NOT NULL,
    is_active smallint,
    module varchar(64) NOT NULL,
    entity_table varchar(64),
    entity_id integer,
    weight integer NOT NULL,
    uf_group_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_uf_join IS 'User framework join table. This links various internal civicrm object with a profile. Initial use cases are the donation object and the user module';
COMMENT ON COLUMN civicrm.civicrm_uf_join.id IS 'Unique table ID';
COMMENT ON COLUMN civicrm.civicrm_uf_join.is_active IS 'Is this join currently active?';
COMMENT ON COLUMN civicrm.civicrm_uf_join.module IS 'Module which owns this uf_join instance, e.g. User Registration, CiviDonate, etc.';
COMMENT ON COLUMN civicrm.civicrm_uf_join.entity_table IS 'Name of table where item being referenced is stored. Modules which only need a single collection of uf_join instances may choose not to populate entity_table and entity_id.';
COMMENT ON COLUMN civicrm.civicrm_uf_join.entity_id IS 'Foreign key to the referenced item.';
COMMENT ON COLUMN civicrm.civicrm_uf_join.weight IS 'Controls display order when multiple user framework groups are setup for concurrent display.';
COMMENT ON COLUMN civicrm.civicrm_uf_join.uf_group_id IS 'Which form does this field belong to.';
CREATE TABLE civicrm.civicrm_pcp_block (
    id integer NOT NULL,
    entity_table varchar(64),
    entity_id integer NOT NULL,
    supporter_profile_id integer,
    is_approval_needed smallint,
    is_tellfriend_enabled smallint,
    tellfriend_limit integer,
    link_text varchar(255),
    is_active smallint,
    notify_email varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_pcp_block IS 'A Personal Campaign Page Block stores admin configurable status options and rules';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.id IS 'PCP block Id';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.entity_id IS 'FK to civicrm_contribution_page.id';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.supporter_profile_id IS 'FK to civicrm_uf_group.id. Does Personal Campaign Page require manual activation by administrator? (is inactive by default after setup)?';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.is_approval_needed IS 'Does Personal Campaign Page require manual activation by administrator? (is inactive by default after setup)?';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.is_tellfriend_enabled IS 'Does Personal Campaign Page allow using tell a friend?';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.tellfriend_limit IS 'Maximum recipient fields allowed in tell a friend';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.link_text IS 'Link text for PCP.';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.is_active IS 'Is Personal Campaign Page Block enabled/active?';
COMMENT ON COLUMN civicrm.civicrm_pcp_block.notify_email IS 'If set, notification is automatically emailed to this email-address on create/update Personal Campaign Page';
CREATE TABLE civicrm.civicrm_address (
    id integer NOT NULL,
    contact_id integer,
    location_type_id integer,
    is_primary smallint,
    is_billing smallint,
    street_address varchar(96),
    street_number integer,
    street_number_suffix varchar(8),
    street_number_predirectional varchar(8),
    street_name varchar(64),
    street_type varchar(8),
    street_number_postdirectional varchar(8),
    street_unit varchar(16),
    supplemental_address_1 varchar(96),
    supplemental_address_2 varchar(96),
    supplemental_address_3 varchar(96),
    city varchar(64),
    county_id integer,
    state_province_id integer,
    postal_code_suffix varchar(12),
    postal_code varchar(12),
    usps_adc varchar(32),
    country_id integer,
    geo_code_1 double precision,
    geo_code_2 double precision,
    timezone varchar(8),
    name varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_address IS 'Stores the physical street / mailing address. This format should be capable of storing ALL international addresses.';
COMMENT ON COLUMN civicrm.civicrm_address.id IS 'Unique Address ID';
COMMENT ON COLUMN civicrm.civicrm_address.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_address.location_type_id IS 'Which Location does this address belong to.';
COMMENT ON COLUMN civicrm.civicrm_address.is_primary IS 'Is this the primary address.';
COMMENT ON COLUMN civicrm.civicrm_address.is_billing IS 'Is this the billing address.';
COMMENT ON COLUMN civicrm.civicrm_address.street_address IS 'Concatenation of all routable street address components (prefix, street number, street name, suffix, unit number OR P.O. Box). Apps should be able to determine physical location with this data (for mapping, mail delivery, etc.).';
COMMENT ON COLUMN civicrm.civicrm_address.street_number IS 'Numeric portion of address number on the street, e.g. For 112A Main St, the street_number = 112.';
COMMENT ON COLUMN civicrm.civicrm_address.street_number_suffix IS 'Non-numeric portion of address number on the street, e.g. For 112A Main St, the street_number_suffix = A';
COMMENT ON COLUMN civicrm.civicrm_address.street_number_predirectional IS 'Directional prefix, e.g. SE Main St, SE is the prefix.';
COMMENT ON COLUMN civicrm.civicrm_address.street_name IS 'Actual street name, excluding St, Dr, Rd, Ave, e.g. For 112 Main St, the street_name = Main.';
COMMENT ON COLUMN civicrm.civicrm_address.street_type IS 'St, Rd, Dr, etc.';
COMMENT ON COLUMN civicrm.civicrm_address.street_number_postdirectional IS 'Directional prefix, e.g. Main St S, S is the suffix.';
COMMENT ON COLUMN civicrm.civicrm_address.street_unit IS 'Secondary unit designator, e.g. Apt 3 or Unit # 14, or Bldg 1200';
COMMENT ON COLUMN civicrm.civicrm_address.supplemental_address_1 IS 'Supplemental Address Information, Line 1';
COMMENT ON COLUMN civicrm.civicrm_address.supplemental_address_2 IS 'Supplemental Address Information, Line 2';
COMMENT ON COLUMN civicrm.civicrm_address.supplemental_address_3 IS 'Supplemental Address Information, Line 3';
COMMENT ON COLUMN civicrm.civicrm_address.city IS 'City, Town or Village Name.';
COMMENT ON COLUMN civicrm.civicrm_address.county_id IS 'Which County does this address belong to.';
COMMENT ON COLUMN civicrm.civicrm_address.state_province_id IS 'Which State_Province does this address belong to.';
COMMENT ON COLUMN civicrm.civicrm_address.postal_code_suffix IS 'Store the suffix, like the +4 part in the USPS system.';
COMMENT ON COLUMN civicrm.civicrm_address.postal_code IS 'Store both US (zip5) AND international postal codes. App is responsible for country/region appropriate validation.';
COMMENT ON COLUMN civicrm.civicrm_address.usps_adc IS 'USPS Bulk mailing code.';
COMMENT ON COLUMN civicrm.civicrm_address.country_id IS 'Which Country does this address belong to.';
COMMENT ON COLUMN civicrm.civicrm_address.geo_code_1 IS 'Latitude';
COMMENT ON COLUMN civicrm.civicrm_address.geo_code_2 IS 'Longitude';
COMMENT ON COLUMN civicrm.civicrm_address.timezone IS 'Timezone expressed as a UTC offset - e.g. United States CST would be written as "UTC-6".';
CREATE TABLE civicrm.civicrm_loc_block (
    id integer NOT NULL,
    address_id integer,
    email_id integer,
    phone_id integer,
    im_id integer,
    address_2_id integer,
    email_2_id integer,
    phone_2_id integer,
    im_2_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_loc_block IS 'Define location specific properties';
COMMENT ON COLUMN civicrm.civicrm_loc_block.id IS 'Unique ID';
CREATE TABLE civicrm.civicrm_group_contact (
    id integer NOT NULL,
    group_id integer NOT NULL,
    contact_id integer NOT NULL,
    status text,
    location_id integer,
    email_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_group_contact IS 'Join table sets membership for ''static'' groups. Also used to store ''opt-out'' entries for ''query'' type groups (status = ''OUT'')';
COMMENT ON COLUMN civicrm.civicrm_group_contact.id IS 'primary key';
COMMENT ON COLUMN civicrm.civicrm_group_contact.group_id IS 'FK to civicrm_group';
COMMENT ON COLUMN civicrm.civicrm_group_contact.contact_id IS 'FK to civicrm_contact';
COMMENT ON COLUMN civicrm.civicrm_group_contact.status IS 'status of contact relative to membership in group (one of: Added, Removed, Pending)';
COMMENT ON COLUMN civicrm.civicrm_group_contact.location_id IS 'Optional location to associate with this membership';
COMMENT ON COLUMN civicrm.civicrm_group_contact.email_id IS 'Optional email to associate with this membership';
CREATE TABLE civicrm.civicrm_contribution (
    id integer NOT NULL,
    contact_id integer NOT NULL,
    contribution_type_id integer,
    contribution_page_id integer,
    payment_instrument_id integer,
    receive_date date,
    non_deductible_amount numeric(20,2),
    total_amount numeric(20,2) NOT NULL,
    fee_amount numeric(20,2),
    net_amount numeric(20,2),
    trxn_id varchar(255),
    invoice_id varchar(255),
    currency varchar(64) NOT NULL,
    cancel_date date,
    cancel_reason text,
    receipt_date date,
    thankyou_date date,
    source varchar(255),
    amount_level text,
    contribution_recur_id integer,
    honor_contact_id integer,
    is_test smallint,
    is_pay_later smallint,
    contribution_status_id integer,
    honor_type_id integer,
    address_id integer,
    check_number varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_contribution.id IS 'Contribution ID';
COMMENT ON COLUMN civicrm.civicrm_contribution.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_contribution.contribution_type_id IS 'FK to Contribution Type';
COMMENT ON COLUMN civicrm.civicrm_contribution.contribution_page_id IS 'The Contribution Page which triggered this contribution';
COMMENT ON COLUMN civicrm.civicrm_contribution.payment_instrument_id IS 'FK to Payment Instrument';
COMMENT ON COLUMN civicrm.civicrm_contribution.receive_date IS 'when was gift received';
COMMENT ON COLUMN civicrm.civicrm_contribution.non_deductible_amount IS 'Portion of total amount which is NOT tax deductible. Equal to total_amount for non-deductible contribution types.';
COMMENT ON COLUMN civicrm.civicrm_contribution.total_amount IS 'Total amount of this contribution. Use market value for non-monetary gifts.';
COMMENT ON COLUMN civicrm.civicrm_contribution.fee_amount IS 'actual processor fee if known - may be 0.';
COMMENT ON COLUMN civicrm.civicrm_contribution.net_amount IS 'actual funds transfer amount. total less fees. if processor does not report actual fee during transaction, this is set to total_amount.';
COMMENT ON COLUMN civicrm.civicrm_contribution.trxn_id IS 'unique transaction id. may be processor id, bank id + trans id, or account number + check number... depending on payment_method';
COMMENT ON COLUMN civicrm.civicrm_contribution.invoice_id IS 'unique invoice id, system generated or passed in';
COMMENT ON COLUMN civicrm.civicrm_contribution.currency IS '3 character string, value derived from payment processor config setting.';
COMMENT ON COLUMN civicrm.civicrm_contribution.cancel_date IS 'when was gift cancelled';
COMMENT ON COLUMN civicrm.civicrm_contribution.receipt_date IS 'when (if) receipt was sent. populated automatically for online donations w/ automatic receipting';
COMMENT ON COLUMN civicrm.civicrm_contribution.thankyou_date IS 'when (if) was donor thanked';
COMMENT ON COLUMN civicrm.civicrm_contribution.source IS 'Origin of this Contribution.';
COMMENT ON COLUMN civicrm.civicrm_contribution.contribution_recur_id IS 'Conditional foreign key to civicrm_contribution_recur id. Each contribution made in connection with a recurring contribution carries a foreign key to the recurring contribution record. This assumes we can track these processor initiated events.';
COMMENT ON COLUMN civicrm.civicrm_contribution.honor_contact_id IS 'FK to contact ID';
COMMENT ON COLUMN civicrm.civicrm_contribution.honor_type_id IS 'Implicit FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_contribution.address_id IS 'Conditional foreign key to civicrm_address.id. We insert an address record for each contribution when we have associated billing name and address data.';
CREATE TABLE civicrm.civicrm_contribution_product (
    id integer NOT NULL,
    product_id integer NOT NULL,
    contribution_id integer NOT NULL,
    product_option varchar(255),
    quantity integer,
    fulfilled_date date,
    start_date date,
    end_date date,
    comment text,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_contribution_product.product_option IS 'Option value selected if applicable - e.g. color, size etc.';
COMMENT ON COLUMN civicrm.civicrm_contribution_product.fulfilled_date IS 'Optional. Can be used to record the date this product was fulfilled or shipped.';
COMMENT ON COLUMN civicrm.civicrm_contribution_product.start_date IS 'Actual start date for a time-delimited premium (subscription, service or membership)';
COMMENT ON COLUMN civicrm.civicrm_contribution_product.end_date IS 'Actual end date for a time-delimited premium (subscription, service or membership)';
CREATE TABLE civicrm.civicrm_contribution_soft (
    id integer NOT NULL,
    contribution_id integer NOT NULL,
    contact_id integer NOT NULL,
    amount numeric(20,2) NOT NULL,
    pcp_id integer,
    pcp_display_in_roll smallint,
    pcp_roll_nickname varchar(255),
    pcp_personal_note varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_contribution_soft.id IS 'Soft Contribution ID';
COMMENT ON COLUMN civicrm.civicrm_contribution_soft.contribution_id IS 'FK to contribution table.';
COMMENT ON COLUMN civicrm.civicrm_contribution_soft.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_contribution_soft.amount IS 'Amount of this soft contribution.';
COMMENT ON COLUMN civicrm.civicrm_contribution_soft.pcp_id IS 'FK to civicrm_pcp.id';
CREATE TABLE civicrm.civicrm_financial_trxn (
    id integer NOT NULL,
    contribution_id integer NOT NULL,
    trxn_date date NOT NULL,
    trxn_type text NOT NULL,
    total_amount numeric(20,2) NOT NULL,
    fee_amount numeric(20,2),
    net_amount numeric(20,2),
    currency varchar(64) NOT NULL,
    payment_processor varchar(64) NOT NULL,
    trxn_id varchar(255) NOT NULL,
    trxn_result_code varchar(255),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.id IS 'Gift ID';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.contribution_id IS 'FK to contribution table.';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.trxn_type IS '(one of: Debit, Credit)';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.total_amount IS 'amount of transaction';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.fee_amount IS 'actual processor fee if known - may be 0.';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.net_amount IS 'actual funds transfer amount. total less fees. if processor does not report actual fee during transaction, this is set to total_amount.';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.currency IS '3 character string, value derived from payment processor config setting.';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.payment_processor IS 'derived from Processor setting in civicrm.settings.php.';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.trxn_id IS 'unique processor transaction id, bank id + trans id,... depending on payment_method';
COMMENT ON COLUMN civicrm.civicrm_financial_trxn.trxn_result_code IS 'processor result code';
CREATE TABLE civicrm.civicrm_membership_payment (
    id integer NOT NULL,
    membership_id integer NOT NULL,
    contribution_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_membership_payment IS 'Membership Payment';
COMMENT ON COLUMN civicrm.civicrm_membership_payment.membership_id IS 'FK to Membership table';
COMMENT ON COLUMN civicrm.civicrm_membership_payment.contribution_id IS 'FK to contribution table.';
CREATE TABLE civicrm.civicrm_event (
    id integer NOT NULL,
    title varchar(255),
    summary text,
    description text,
    event_type_id integer,
    participant_listing_id integer,
    is_public smallint,
    start_date date,
    end_date date,
    is_online_registration smallint,
    registration_link_text varchar(255),
    registration_start_date date,
    registration_end_date date,
    max_participants integer,
    event_full_text text,
    is_monetary smallint,
    contribution_type_id integer,
    payment_processor_id integer,
    is_map smallint,
    is_active smallint,
    fee_label varchar(255),
    is_show_location smallint,
    loc_block_id integer,
    default_role_id integer,
    intro_text text,
    footer_text text,
    confirm_title varchar(255),
    confirm_text text,
    confirm_footer_text text,
    is_email_confirm smallint,
    confirm_email_text text,
    confirm_from_name varchar(255),
    confirm_from_email varchar(255),
    cc_confirm varchar(255),
    bcc_confirm varchar(255),
    default_fee_id integer,
    default_discount_fee_id integer,
    thankyou_title varchar(255),
    thankyou_text text,
    thankyou_footer_text text,
    is_pay_later smallint,
    pay_later_text text,
    pay_later_receipt text,
    is_multiple_registrations smallint,
    allow_same_participant_emails smallint,
    has_waitlist smallint,
    requires_approval smallint,
    expiration_time integer,
    waitlist_text text,
    approval_req_text text,
    is_template smallint,
    template_title varchar(255),
    created_id integer,
    created_date date,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_event.id IS 'Event';
COMMENT ON COLUMN civicrm.civicrm_event.title IS 'Event Title (e.g. Fall Fundraiser Dinner)';
COMMENT ON COLUMN civicrm.civicrm_event.summary IS 'Brief summary of event. Text and html allowed. Displayed on Event Registration form and can be used on other CMS pages which need an event summary.';
COMMENT ON COLUMN civicrm.civicrm_event.description IS 'Full description of event. Text and html allowed. Displayed on built-in Event Information screens.';
COMMENT ON COLUMN civicrm.civicrm_event.event_type_id IS 'Event Type ID.Implicit FK to civicrm_option_value where option_group = event_type.';
COMMENT ON COLUMN civicrm.civicrm_event.participant_listing_id IS 'Should we expose the participant list? Implicit FK to civicrm_option_value where option_group = participant_listing.';
COMMENT ON COLUMN civicrm.civicrm_event.is_public IS 'Public events will be included in the iCal feeds. Access to private event information may be limited using ACLs.';
COMMENT ON COLUMN civicrm.civicrm_event.start_date IS 'Date and time that event starts.';
COMMENT ON COLUMN civicrm.civicrm_event.end_date IS 'Date and time that event ends. May be NULL if no defined end date/time';
COMMENT ON COLUMN civicrm.civicrm_event.is_online_registration IS 'If true, include registration link on Event Info page.';
COMMENT ON COLUMN civicrm.civicrm_event.registration_link_text IS 'Text for link to Event Registration form which is displayed on Event Information screen when is_online_registration is true.';
COMMENT ON COLUMN civicrm.civicrm_event.registration_start_date IS 'Date and time that online registration starts.';
COMMENT ON COLUMN civicrm.civicrm_event.registration_end_date IS 'Date and time that online registration ends.';
COMMENT ON COLUMN civicrm.civicrm_event.max_participants IS 'Maximum number of registered participants to allow. After max is reached, a custom Event Full message is displayed. If NULL, allow unlimited number of participants.';
COMMENT ON COLUMN civicrm.civicrm_event.event_full_text IS 'Message to display on Event Information page and INSTEAD OF Event Registration form if maximum participants are signed up. Can include email address/info about getting on a waiting list, etc. Text and html allowed.';
COMMENT ON COLUMN civicrm.civicrm_event.is_monetary IS 'Is this a PAID event? If true, one or more fee amounts must be set and a Payment Processor must be configured for Online Event Registration.';
COMMENT ON COLUMN civicrm.civicrm_event.contribution_type_id IS 'Contribution type assigned to paid event registrations for this event. Required if is_monetary is true.';
COMMENT ON COLUMN civicrm.civicrm_event.payment_processor_id IS 'Payment Processor for this Event (if is_monetary is true)';
COMMENT ON COLUMN civicrm.civicrm_event.is_map IS 'Include a map block on the Event Information page when geocode info is available and a mapping provider has been specified?';
COMMENT ON COLUMN civicrm.civicrm_event.is_active IS 'Is this Event enabled or disabled/cancelled?';
COMMENT ON COLUMN civicrm.civicrm_event.is_show_location IS 'If true, show event location.';
COMMENT ON COLUMN civicrm.civicrm_event.loc_block_id IS 'FK to Location Block ID';
COMMENT ON COLUMN civicrm.civicrm_event.default_role_id IS 'Participant role ID. Implicit FK to civicrm_option_value where option_group = participant_role.';
COMMENT ON COLUMN civicrm.civicrm_event.intro_text IS 'Introductory message for Event Registration page. Text and html allowed. Displayed at the top of Event Registration form.';
COMMENT ON COLUMN civicrm.civicrm_event.footer_text IS 'Footer message for Event Registration page. Text and html allowed. Displayed at the bottom of Event Registration form.';
COMMENT ON COLUMN civicrm.civicrm_event.confirm_title IS 'Title for Confirmation page.';
COMMENT ON COLUMN civicrm.civicrm_event.confirm_text IS 'Introductory message for Event Registration page. Text and html allowed. Displayed at the top of Event Registration form.';
COMMENT ON COLUMN civicrm.civicrm_event.confirm_footer_text IS 'Footer message for Event Registration page. Text and html allowed. Displayed at the bottom of Event Registration form.';
COMMENT ON COLUMN civicrm.civicrm_event.is_email_confirm IS 'If true, confirmation is automatically emailed to contact on successful registration.';
COMMENT ON COLUMN civicrm.civicrm_event.confirm_email_text IS 'text to include above standard event info on confirmation email. emails are text-only, so do not allow html for now';
COMMENT ON COLUMN civicrm.civicrm_event.confirm_from_name IS 'FROM email name used for confirmation emails.';
COMMENT ON COLUMN civicrm.civicrm_event.confirm_from_email IS 'FROM email address used for confirmation emails.';
COMMENT ON COLUMN civicrm.civicrm_event.cc_confirm IS 'comma-separated list of email addresses to cc each time a confirmation is sent';
COMMENT ON COLUMN civicrm.civicrm_event.bcc_confirm IS 'comma-separated list of email addresses to bcc each time a confirmation is sent';
COMMENT ON COLUMN civicrm.civicrm_event.default_fee_id IS 'FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_event.default_discount_fee_id IS 'FK to civicrm_option_value.';
COMMENT ON COLUMN civicrm.civicrm_event.thankyou_title IS 'Title for ThankYou page.';
COMMENT ON COLUMN civicrm.civicrm_event.thankyou_text IS 'ThankYou Text.';
COMMENT ON COLUMN civicrm.civicrm_event.thankyou_footer_text IS 'Footer message.';
COMMENT ON COLUMN civicrm.civicrm_event.is_pay_later IS 'if true - allows the user to send payment directly to the org later';
COMMENT ON COLUMN civicrm.civicrm_event.pay_later_text IS 'The text displayed to the user in the main form';
COMMENT ON COLUMN civicrm.civicrm_event.pay_later_receipt IS 'The receipt sent to the user instead of the normal receipt text';
COMMENT ON COLUMN civicrm.civicrm_event.is_multiple_registrations IS 'if true - allows the user to register multiple participants for event';
COMMENT ON COLUMN civicrm.civicrm_event.allow_same_participant_emails IS 'if true - allows the user to register multiple registrations from same email address.';
COMMENT ON COLUMN civicrm.civicrm_event.has_waitlist IS 'Whether the event has waitlist support.';
COMMENT ON COLUMN civicrm.civicrm_event.requires_approval IS 'Whether participants require approval before they can finish registering.';
COMMENT ON COLUMN civicrm.civicrm_event.expiration_time IS 'Expire pending but unconfirmed registrations after this many hours.';
COMMENT ON COLUMN civicrm.civicrm_event.waitlist_text IS 'Text to display when the event is full, but participants can signup for a waitlist.';
COMMENT ON COLUMN civicrm.civicrm_event.approval_req_text IS 'Text to display when the approval is required to complete registration for an event.';
COMMENT ON COLUMN civicrm.civicrm_event.is_template IS 'whether the event has template';
COMMENT ON COLUMN civicrm.civicrm_event.template_title IS 'Event Template Title';
COMMENT ON COLUMN civicrm.civicrm_event.created_id IS 'FK to civicrm_contact, who created this event';
COMMENT ON COLUMN civicrm.civicrm_event.created_date IS 'Date and time that event was created.';
CREATE TABLE civicrm.civicrm_participant (
    id integer NOT NULL,
    contact_id integer,
    event_id integer,
    status_id integer NOT NULL,
    role_id integer,
    register_date date,
    source varchar(128),
    fee_level text,
    is_test smallint,
    is_pay_later smallint,
    fee_amount numeric(20,2),
    registered_by_id integer,
    discount_id integer,
    fee_currency varchar(64),
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_participant.id IS 'Participant Id';
COMMENT ON COLUMN civicrm.civicrm_participant.contact_id IS 'FK to Contact ID';
COMMENT ON COLUMN civicrm.civicrm_participant.event_id IS 'FK to Event ID';
COMMENT ON COLUMN civicrm.civicrm_participant.status_id IS 'Participant status ID. FK to civicrm_participant_status_type. Default of 1 should map to status = Registered.';
COMMENT ON COLUMN civicrm.civicrm_participant.role_id IS 'Participant role ID. Implicit FK to civicrm_option_value where option_group = participant_role.';
COMMENT ON COLUMN civicrm.civicrm_participant.register_date IS 'When did contact register for event?';
COMMENT ON COLUMN civicrm.civicrm_participant.source IS 'Source of this event registration.';
COMMENT ON COLUMN civicrm.civicrm_participant.fee_level IS 'Populate with the label (text) associated with a fee level for paid events with multiple levels. Note that we store the label value and not the key';
COMMENT ON COLUMN civicrm.civicrm_participant.fee_amount IS 'actual processor fee if known - may be 0.';
COMMENT ON COLUMN civicrm.civicrm_participant.registered_by_id IS 'FK to Participant ID';
COMMENT ON COLUMN civicrm.civicrm_participant.discount_id IS 'FK to Discount ID';
COMMENT ON COLUMN civicrm.civicrm_participant.fee_currency IS '3 character string, value derived from config setting.';
CREATE TABLE civicrm.civicrm_participant_payment (
    id integer NOT NULL,
    participant_id integer NOT NULL,
    contribution_id integer NOT NULL,
    PRIMARY KEY (id)
);
COMMENT ON COLUMN civicrm.civicrm_participant_payment.id IS 'Participant Payment Id';
COMMENT ON COLUMN civicrm.civicrm_participant_payment.participant_id IS 'Participant Id (FK)';
COMMENT ON COLUMN civicrm.civicrm_participant_payment.contribution_id IS 'FK to contribution table.';
CREATE TABLE civicrm.civicrm_pledge_payment (
    id integer NOT NULL,
    pledge_id integer NOT NULL,
    contribution_id integer,
    scheduled_amount numeric(20,2) NOT NULL,
    scheduled_date date NOT NULL,
    reminder_date date,
    reminder_count integer,
    status_id integer,
    PRIMARY KEY (id)
);
COMMENT ON TABLE civicrm.civicrm_pledge_payment IS 'Pledge Payment';
COMMENT ON COLUMN civicrm.civicrm_pledge_payment.pledge_id IS 'FK to Pledge table';
COMMENT ON COLUMN civicrm.civicrm_pledge_payment.contribution_id IS 'FK to contribution table.';
COMMENT ON COLUMN civicrm.civicrm_pledge_payment.scheduled_amount IS 'Pledged amount for this payment (the actual contribution amount might be different).';
COMMENT ON COLUMN civicrm.civicrm_pledge_payment.scheduled_date IS 'The date the pledge payment is supposed to happen.';
COMMENT ON COLUMN civicrm.civicrm_pledge_payment.reminder_date IS 'The date that the most recent payment reminder was sent.';
COMMENT ON COLUMN civicrm.civicrm_pledge_payment.reminder_count IS 'The number of payment reminders sent.';
ALTER TABLE civicrm.civicrm_navigation ADD CONSTRAINT fk_civicrm_navigation_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_navigation ADD CONSTRAINT fk_civicrm_navigation_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm.civicrm_navigation (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_payment_processor ADD CONSTRAINT fk_civicrm_payment_processor_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_tag ADD CONSTRAINT fk_civicrm_tag_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm.civicrm_tag (id);
ALTER TABLE civicrm.civicrm_discount ADD CONSTRAINT fk_civicrm_discount_option_group_id FOREIGN KEY (option_group_id) REFERENCES civicrm.civicrm_option_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_contact ADD CONSTRAINT fk_civicrm_contact_mail_to_household_id FOREIGN KEY (mail_to_household_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contact ADD CONSTRAINT fk_civicrm_contact_primary_contact_id FOREIGN KEY (primary_contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contact ADD CONSTRAINT fk_civicrm_contact_employer_id FOREIGN KEY (employer_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_acl_contact_cache ADD CONSTRAINT fk_civicrm_acl_contact_cache_user_id FOREIGN KEY (user_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_acl_contact_cache ADD CONSTRAINT fk_civicrm_acl_contact_cache_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_saved_search ADD CONSTRAINT fk_civicrm_saved_search_mapping_id FOREIGN KEY (mapping_id) REFERENCES civicrm.civicrm_mapping (id);
ALTER TABLE civicrm.civicrm_contact_type ADD CONSTRAINT fk_civicrm_contact_type_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm.civicrm_contact_type (id);
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_header_id FOREIGN KEY (header_id) REFERENCES civicrm.civicrm_mailing_component (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_footer_id FOREIGN KEY (footer_id) REFERENCES civicrm.civicrm_mailing_component (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_reply_id FOREIGN KEY (reply_id) REFERENCES civicrm.civicrm_mailing_component (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_unsubscribe_id FOREIGN KEY (unsubscribe_id) REFERENCES civicrm.civicrm_mailing_component (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_optout_id FOREIGN KEY (optout_id) REFERENCES civicrm.civicrm_mailing_component (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_msg_template_id FOREIGN KEY (msg_template_id) REFERENCES civicrm.civicrm_msg_template (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_created_id FOREIGN KEY (created_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing ADD CONSTRAINT fk_civicrm_mailing_scheduled_id FOREIGN KEY (scheduled_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing_group ADD CONSTRAINT fk_civicrm_mailing_group_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm.civicrm_mailing (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_trackable_url ADD CONSTRAINT fk_civicrm_mailing_trackable_url_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm.civicrm_mailing (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_job ADD CONSTRAINT fk_civicrm_mailing_job_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm.civicrm_mailing (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_bounce_pattern ADD CONSTRAINT fk_civicrm_mailing_bounce_pattern_bounce_type_id FOREIGN KEY (bounce_type_id) REFERENCES civicrm.civicrm_mailing_bounce_type (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_spool ADD CONSTRAINT fk_civicrm_mailing_spool_job_id FOREIGN KEY (job_id) REFERENCES civicrm.civicrm_mailing_job (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_contribution_recur ADD CONSTRAINT fk_civicrm_contribution_recur_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_premiums_product ADD CONSTRAINT fk_civicrm_premiums_product_premiums_id FOREIGN KEY (premiums_id) REFERENCES civicrm.civicrm_premiums (id);
ALTER TABLE civicrm.civicrm_premiums_product ADD CONSTRAINT fk_civicrm_premiums_product_product_id FOREIGN KEY (product_id) REFERENCES civicrm.civicrm_product (id);
ALTER TABLE civicrm.civicrm_task_status ADD CONSTRAINT fk_civicrm_task_status_task_id FOREIGN KEY (task_id) REFERENCES civicrm.civicrm_task (id);
ALTER TABLE civicrm.civicrm_membership_type ADD CONSTRAINT fk_civicrm_membership_type_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_membership_type ADD CONSTRAINT fk_civicrm_membership_type_member_of_contact_id FOREIGN KEY (member_of_contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE RESTRICT;
ALTER TABLE civicrm.civicrm_membership_type ADD CONSTRAINT fk_civicrm_membership_type_contribution_type_id FOREIGN KEY (contribution_type_id) REFERENCES civicrm.civicrm_contribution_type (id);
ALTER TABLE civicrm.civicrm_membership_type ADD CONSTRAINT fk_civicrm_membership_type_relationship_type_id FOREIGN KEY (relationship_type_id) REFERENCES civicrm.civicrm_relationship_type (id);
ALTER TABLE civicrm.civicrm_membership_type ADD CONSTRAINT fk_civicrm_membership_type_renewal_msg_id FOREIGN KEY (renewal_msg_id) REFERENCES civicrm.civicrm_msg_template (id);
ALTER TABLE civicrm.civicrm_dedupe_rule ADD CONSTRAINT fk_civicrm_dedupe_rule_dedupe_rule_group_id FOREIGN KEY (dedupe_rule_group_id) REFERENCES civicrm.civicrm_dedupe_rule_group (id);
ALTER TABLE civicrm.civicrm_case_contact ADD CONSTRAINT fk_civicrm_case_contact_case_id FOREIGN KEY (case_id) REFERENCES civicrm.civicrm_case (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_case_contact ADD CONSTRAINT fk_civicrm_case_contact_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_grant ADD CONSTRAINT fk_civicrm_grant_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_report_instance ADD CONSTRAINT fk_civicrm_report_instance_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_report_instance ADD CONSTRAINT fk_civicrm_report_instance_navigation_id FOREIGN KEY (navigation_id) REFERENCES civicrm.civicrm_navigation (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_price_set ADD CONSTRAINT fk_civicrm_price_set_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_price_set_entity ADD CONSTRAINT fk_civicrm_price_set_entity_price_set_id FOREIGN KEY (price_set_id) REFERENCES civicrm.civicrm_price_set (id);
ALTER TABLE civicrm.civicrm_cache ADD CONSTRAINT fk_civicrm_cache_component_id FOREIGN KEY (component_id) REFERENCES civicrm.civicrm_component (id);
ALTER TABLE civicrm.civicrm_country ADD CONSTRAINT fk_civicrm_country_region_id FOREIGN KEY (region_id) REFERENCES civicrm.civicrm_worldregion (id);
ALTER TABLE civicrm.civicrm_custom_group ADD CONSTRAINT fk_civicrm_custom_group_created_id FOREIGN KEY (created_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_custom_field ADD CONSTRAINT fk_civicrm_custom_field_custom_group_id FOREIGN KEY (custom_group_id) REFERENCES civicrm.civicrm_custom_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_dashboard ADD CONSTRAINT fk_civicrm_dashboard_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_email ADD CONSTRAINT fk_civicrm_email_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_entity_file ADD CONSTRAINT fk_civicrm_entity_file_file_id FOREIGN KEY (file_id) REFERENCES civicrm.civicrm_file (id);
ALTER TABLE civicrm.civicrm_entity_tag ADD CONSTRAINT fk_civicrm_entity_tag_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_entity_tag ADD CONSTRAINT fk_civicrm_entity_tag_tag_id FOREIGN KEY (tag_id) REFERENCES civicrm.civicrm_tag (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_im ADD CONSTRAINT fk_civicrm_im_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_log ADD CONSTRAINT fk_civicrm_log_modified_id FOREIGN KEY (modified_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mapping_field ADD CONSTRAINT fk_civicrm_mapping_field_mapping_id FOREIGN KEY (mapping_id) REFERENCES civicrm.civicrm_mapping (id);
ALTER TABLE civicrm.civicrm_mapping_field ADD CONSTRAINT fk_civicrm_mapping_field_location_type_id FOREIGN KEY (location_type_id) REFERENCES civicrm.civicrm_location_type (id);
ALTER TABLE civicrm.civicrm_mapping_field ADD CONSTRAINT fk_civicrm_mapping_field_relationship_type_id FOREIGN KEY (relationship_type_id) REFERENCES civicrm.civicrm_relationship_type (id);
ALTER TABLE civicrm.civicrm_menu ADD CONSTRAINT fk_civicrm_menu_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_menu ADD CONSTRAINT fk_civicrm_menu_component_id FOREIGN KEY (component_id) REFERENCES civicrm.civicrm_component (id);
ALTER TABLE civicrm.civicrm_note ADD CONSTRAINT fk_civicrm_note_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_option_value ADD CONSTRAINT fk_civicrm_option_value_option_group_id FOREIGN KEY (option_group_id) REFERENCES civicrm.civicrm_option_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_option_value ADD CONSTRAINT fk_civicrm_option_value_component_id FOREIGN KEY (component_id) REFERENCES civicrm.civicrm_component (id);
ALTER TABLE civicrm.civicrm_option_value ADD CONSTRAINT fk_civicrm_option_value_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_phone ADD CONSTRAINT fk_civicrm_phone_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_preferences ADD CONSTRAINT fk_civicrm_preferences_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_preferences ADD CONSTRAINT fk_civicrm_preferences_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_state_province ADD CONSTRAINT fk_civicrm_state_province_country_id FOREIGN KEY (country_id) REFERENCES civicrm.civicrm_country (id);
ALTER TABLE civicrm.civicrm_uf_match ADD CONSTRAINT fk_civicrm_uf_match_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm.civicrm_domain (id);
ALTER TABLE civicrm.civicrm_uf_match ADD CONSTRAINT fk_civicrm_uf_match_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_timezone ADD CONSTRAINT fk_civicrm_timezone_country_id FOREIGN KEY (country_id) REFERENCES civicrm.civicrm_country (id);
ALTER TABLE civicrm.civicrm_openid ADD CONSTRAINT fk_civicrm_openid_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_acl_cache ADD CONSTRAINT fk_civicrm_acl_cache_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_acl_cache ADD CONSTRAINT fk_civicrm_acl_cache_acl_id FOREIGN KEY (acl_id) REFERENCES civicrm.civicrm_acl (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_dashboard_contact ADD CONSTRAINT fk_civicrm_dashboard_contact_dashboard_id FOREIGN KEY (dashboard_id) REFERENCES civicrm.civicrm_dashboard (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_dashboard_contact ADD CONSTRAINT fk_civicrm_dashboard_contact_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group ADD CONSTRAINT fk_civicrm_group_saved_search_id FOREIGN KEY (saved_search_id) REFERENCES civicrm.civicrm_saved_search (id);
ALTER TABLE civicrm.civicrm_subscription_history ADD CONSTRAINT fk_civicrm_subscription_history_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_subscription_history ADD CONSTRAINT fk_civicrm_subscription_history_group_id FOREIGN KEY (group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_contact_cache ADD CONSTRAINT fk_civicrm_group_contact_cache_group_id FOREIGN KEY (group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_contact_cache ADD CONSTRAINT fk_civicrm_group_contact_cache_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_nesting ADD CONSTRAINT fk_civicrm_group_nesting_child_group_id FOREIGN KEY (child_group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_nesting ADD CONSTRAINT fk_civicrm_group_nesting_parent_group_id FOREIGN KEY (parent_group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_organization ADD CONSTRAINT fk_civicrm_group_organization_group_id FOREIGN KEY (group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_organization ADD CONSTRAINT fk_civicrm_group_organization_organization_id FOREIGN KEY (organization_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_relationship ADD CONSTRAINT fk_civicrm_relationship_contact_id_a FOREIGN KEY (contact_id_a) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_relationship ADD CONSTRAINT fk_civicrm_relationship_contact_id_b FOREIGN KEY (contact_id_b) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_relationship ADD CONSTRAINT fk_civicrm_relationship_relationship_type_id FOREIGN KEY (relationship_type_id) REFERENCES civicrm.civicrm_relationship_type (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_relationship ADD CONSTRAINT fk_civicrm_relationship_case_id FOREIGN KEY (case_id) REFERENCES civicrm.civicrm_case (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_queue ADD CONSTRAINT fk_civicrm_mailing_event_queue_job_id FOREIGN KEY (job_id) REFERENCES civicrm.civicrm_mailing_job (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_queue ADD CONSTRAINT fk_civicrm_mailing_event_queue_email_id FOREIGN KEY (email_id) REFERENCES civicrm.civicrm_email (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_queue ADD CONSTRAINT fk_civicrm_mailing_event_queue_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_bounce ADD CONSTRAINT fk_civicrm_mailing_event_bounce_event_queue_id FOREIGN KEY (event_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_delivered ADD CONSTRAINT fk_civicrm_mailing_event_delivered_event_queue_id FOREIGN KEY (event_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_forward ADD CONSTRAINT fk_civicrm_mailing_event_forward_event_queue_id FOREIGN KEY (event_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_forward ADD CONSTRAINT fk_civicrm_mailing_event_forward_dest_queue_id FOREIGN KEY (dest_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_mailing_event_opened ADD CONSTRAINT fk_civicrm_mailing_event_opened_event_queue_id FOREIGN KEY (event_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_reply ADD CONSTRAINT fk_civicrm_mailing_event_reply_event_queue_id FOREIGN KEY (event_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_subscribe ADD CONSTRAINT fk_civicrm_mailing_event_subscribe_group_id FOREIGN KEY (group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_subscribe ADD CONSTRAINT fk_civicrm_mailing_event_subscribe_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_confirm ADD CONSTRAINT fk_civicrm_mailing_event_confirm_event_subscribe_id FOREIGN KEY (event_subscribe_id) REFERENCES civicrm.civicrm_mailing_event_subscribe (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_trackable_url_open ADD CONSTRAINT fk_civicrm_mailing_event_trackable_url_open_event_queue_id FOREIGN KEY (event_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_trackable_url_open ADD CONSTRAINT fk_civicrm_mailing_event_trackable_url_open_trackable_url_id FOREIGN KEY (trackable_url_id) REFERENCES civicrm.civicrm_mailing_trackable_url (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_mailing_event_unsubscribe ADD CONSTRAINT fk_civicrm_mailing_event_unsubscribe_event_queue_id FOREIGN KEY (event_queue_id) REFERENCES civicrm.civicrm_mailing_event_queue (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_contribution_page ADD CONSTRAINT fk_civicrm_contribution_page_contribution_type_id FOREIGN KEY (contribution_type_id) REFERENCES civicrm.civicrm_contribution_type (id);
ALTER TABLE civicrm.civicrm_contribution_page ADD CONSTRAINT fk_civicrm_contribution_page_payment_processor_id FOREIGN KEY (payment_processor_id) REFERENCES civicrm.civicrm_payment_processor (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contribution_page ADD CONSTRAINT fk_civicrm_contribution_page_created_id FOREIGN KEY (created_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contribution_widget ADD CONSTRAINT fk_civicrm_contribution_widget_contribution_page_id FOREIGN KEY (contribution_page_id) REFERENCES civicrm.civicrm_contribution_page (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_pcp ADD CONSTRAINT fk_civicrm_pcp_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_pcp ADD CONSTRAINT fk_civicrm_pcp_contribution_page_id FOREIGN KEY (contribution_page_id) REFERENCES civicrm.civicrm_contribution_page (id);
ALTER TABLE civicrm.civicrm_membership ADD CONSTRAINT fk_civicrm_membership_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_membership ADD CONSTRAINT fk_civicrm_membership_membership_type_id FOREIGN KEY (membership_type_id) REFERENCES civicrm.civicrm_membership_type (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_membership ADD CONSTRAINT fk_civicrm_membership_status_id FOREIGN KEY (status_id) REFERENCES civicrm.civicrm_membership_status (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_membership ADD CONSTRAINT fk_civicrm_membership_owner_membership_id FOREIGN KEY (owner_membership_id) REFERENCES civicrm.civicrm_membership (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_membership_block ADD CONSTRAINT fk_civicrm_membership_block_entity_id FOREIGN KEY (entity_id) REFERENCES civicrm.civicrm_contribution_page (id);
ALTER TABLE civicrm.civicrm_membership_block ADD CONSTRAINT fk_civicrm_membership_block_membership_type_default FOREIGN KEY (membership_type_default) REFERENCES civicrm.civicrm_membership_type (id);
ALTER TABLE civicrm.civicrm_membership_log ADD CONSTRAINT fk_civicrm_membership_log_membership_id FOREIGN KEY (membership_id) REFERENCES civicrm.civicrm_membership (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_membership_log ADD CONSTRAINT fk_civicrm_membership_log_status_id FOREIGN KEY (status_id) REFERENCES civicrm.civicrm_membership_status (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_membership_log ADD CONSTRAINT fk_civicrm_membership_log_modified_id FOREIGN KEY (modified_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_activity ADD CONSTRAINT fk_civicrm_activity_source_contact_id FOREIGN KEY (source_contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_activity ADD CONSTRAINT fk_civicrm_activity_phone_id FOREIGN KEY (phone_id) REFERENCES civicrm.civicrm_phone (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_activity ADD CONSTRAINT fk_civicrm_activity_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm.civicrm_activity (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_activity ADD CONSTRAINT fk_civicrm_activity_relationship_id FOREIGN KEY (relationship_id) REFERENCES civicrm.civicrm_relationship (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_activity ADD CONSTRAINT fk_civicrm_activity_original_id FOREIGN KEY (original_id) REFERENCES civicrm.civicrm_activity (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_activity_assignment ADD CONSTRAINT fk_civicrm_activity_assignment_activity_id FOREIGN KEY (activity_id) REFERENCES civicrm.civicrm_activity (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_activity_assignment ADD CONSTRAINT fk_civicrm_activity_assignment_assignee_contact_id FOREIGN KEY (assignee_contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_activity_target ADD CONSTRAINT fk_civicrm_activity_target_activity_id FOREIGN KEY (activity_id) REFERENCES civicrm.civicrm_activity (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_activity_target ADD CONSTRAINT fk_civicrm_activity_target_target_contact_id FOREIGN KEY (target_contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_case_activity ADD CONSTRAINT fk_civicrm_case_activity_case_id FOREIGN KEY (case_id) REFERENCES civicrm.civicrm_case (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_case_activity ADD CONSTRAINT fk_civicrm_case_activity_activity_id FOREIGN KEY (activity_id) REFERENCES civicrm.civicrm_activity (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_pledge ADD CONSTRAINT fk_civicrm_pledge_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_pledge ADD CONSTRAINT fk_civicrm_pledge_contribution_type_id FOREIGN KEY (contribution_type_id) REFERENCES civicrm.civicrm_contribution_type (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_pledge ADD CONSTRAINT fk_civicrm_pledge_contribution_page_id FOREIGN KEY (contribution_page_id) REFERENCES civicrm.civicrm_contribution_page (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_pledge ADD CONSTRAINT fk_civicrm_pledge_honor_contact_id FOREIGN KEY (honor_contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_price_field ADD CONSTRAINT fk_civicrm_price_field_price_set_id FOREIGN KEY (price_set_id) REFERENCES civicrm.civicrm_price_set (id);
ALTER TABLE civicrm.civicrm_line_item ADD CONSTRAINT fk_civicrm_line_item_price_field_id FOREIGN KEY (price_field_id) REFERENCES civicrm.civicrm_price_field (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_county ADD CONSTRAINT fk_civicrm_county_state_province_id FOREIGN KEY (state_province_id) REFERENCES civicrm.civicrm_state_province (id);
ALTER TABLE civicrm.civicrm_uf_group ADD CONSTRAINT fk_civicrm_uf_group_limit_listings_group_id FOREIGN KEY (limit_listings_group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_uf_group ADD CONSTRAINT fk_civicrm_uf_group_add_to_group_id FOREIGN KEY (add_to_group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_uf_group ADD CONSTRAINT fk_civicrm_uf_group_created_id FOREIGN KEY (created_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_uf_field ADD CONSTRAINT fk_civicrm_uf_field_uf_group_id FOREIGN KEY (uf_group_id) REFERENCES civicrm.civicrm_uf_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_uf_field ADD CONSTRAINT fk_civicrm_uf_field_location_type_id FOREIGN KEY (location_type_id) REFERENCES civicrm.civicrm_location_type (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_uf_join ADD CONSTRAINT fk_civicrm_uf_join_uf_group_id FOREIGN KEY (uf_group_id) REFERENCES civicrm.civicrm_uf_group (id);
ALTER TABLE civicrm.civicrm_pcp_block ADD CONSTRAINT fk_civicrm_pcp_block_entity_id FOREIGN KEY (entity_id) REFERENCES civicrm.civicrm_contribution_page (id);
ALTER TABLE civicrm.civicrm_pcp_block ADD CONSTRAINT fk_civicrm_pcp_block_supporter_profile_id FOREIGN KEY (supporter_profile_id) REFERENCES civicrm.civicrm_uf_group (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_address ADD CONSTRAINT fk_civicrm_address_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_address ADD CONSTRAINT fk_civicrm_address_county_id FOREIGN KEY (county_id) REFERENCES civicrm.civicrm_county (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_address ADD CONSTRAINT fk_civicrm_address_state_province_id FOREIGN KEY (state_province_id) REFERENCES civicrm.civicrm_state_province (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_address ADD CONSTRAINT fk_civicrm_address_country_id FOREIGN KEY (country_id) REFERENCES civicrm.civicrm_country (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_address_id FOREIGN KEY (address_id) REFERENCES civicrm.civicrm_address (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_email_id FOREIGN KEY (email_id) REFERENCES civicrm.civicrm_email (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_phone_id FOREIGN KEY (phone_id) REFERENCES civicrm.civicrm_phone (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_im_id FOREIGN KEY (im_id) REFERENCES civicrm.civicrm_im (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_address_2_id FOREIGN KEY (address_2_id) REFERENCES civicrm.civicrm_address (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_email_2_id FOREIGN KEY (email_2_id) REFERENCES civicrm.civicrm_email (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_phone_2_id FOREIGN KEY (phone_2_id) REFERENCES civicrm.civicrm_phone (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_loc_block ADD CONSTRAINT fk_civicrm_loc_block_im_2_id FOREIGN KEY (im_2_id) REFERENCES civicrm.civicrm_im (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_group_contact ADD CONSTRAINT fk_civicrm_group_contact_group_id FOREIGN KEY (group_id) REFERENCES civicrm.civicrm_group (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_contact ADD CONSTRAINT fk_civicrm_group_contact_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_group_contact ADD CONSTRAINT fk_civicrm_group_contact_location_id FOREIGN KEY (location_id) REFERENCES civicrm.civicrm_loc_block (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_group_contact ADD CONSTRAINT fk_civicrm_group_contact_email_id FOREIGN KEY (email_id) REFERENCES civicrm.civicrm_email (id);
ALTER TABLE civicrm.civicrm_contribution ADD CONSTRAINT fk_civicrm_contribution_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_contribution ADD CONSTRAINT fk_civicrm_contribution_contribution_type_id FOREIGN KEY (contribution_type_id) REFERENCES civicrm.civicrm_contribution_type (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contribution ADD CONSTRAINT fk_civicrm_contribution_contribution_page_id FOREIGN KEY (contribution_page_id) REFERENCES civicrm.civicrm_contribution_page (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contribution ADD CONSTRAINT fk_civicrm_contribution_contribution_recur_id FOREIGN KEY (contribution_recur_id) REFERENCES civicrm.civicrm_contribution_recur (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contribution ADD CONSTRAINT fk_civicrm_contribution_honor_contact_id FOREIGN KEY (honor_contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contribution ADD CONSTRAINT fk_civicrm_contribution_address_id FOREIGN KEY (address_id) REFERENCES civicrm.civicrm_address (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_contribution_product ADD CONSTRAINT fk_civicrm_contribution_product_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm.civicrm_contribution (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_contribution_soft ADD CONSTRAINT fk_civicrm_contribution_soft_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm.civicrm_contribution (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_contribution_soft ADD CONSTRAINT fk_civicrm_contribution_soft_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_contribution_soft ADD CONSTRAINT fk_civicrm_contribution_soft_pcp_id FOREIGN KEY (pcp_id) REFERENCES civicrm.civicrm_pcp (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_financial_trxn ADD CONSTRAINT fk_civicrm_financial_trxn_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm.civicrm_contribution (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_membership_payment ADD CONSTRAINT fk_civicrm_membership_payment_membership_id FOREIGN KEY (membership_id) REFERENCES civicrm.civicrm_membership (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_membership_payment ADD CONSTRAINT fk_civicrm_membership_payment_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm.civicrm_contribution (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_event ADD CONSTRAINT fk_civicrm_event_payment_processor_id FOREIGN KEY (payment_processor_id) REFERENCES civicrm.civicrm_payment_processor (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_event ADD CONSTRAINT fk_civicrm_event_loc_block_id FOREIGN KEY (loc_block_id) REFERENCES civicrm.civicrm_loc_block (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_event ADD CONSTRAINT fk_civicrm_event_created_id FOREIGN KEY (created_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_participant ADD CONSTRAINT fk_civicrm_participant_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm.civicrm_contact (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_participant ADD CONSTRAINT fk_civicrm_participant_event_id FOREIGN KEY (event_id) REFERENCES civicrm.civicrm_event (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_participant ADD CONSTRAINT fk_civicrm_participant_status_id FOREIGN KEY (status_id) REFERENCES civicrm.civicrm_participant_status_type (id);
ALTER TABLE civicrm.civicrm_participant ADD CONSTRAINT fk_civicrm_participant_registered_by_id FOREIGN KEY (registered_by_id) REFERENCES civicrm.civicrm_participant (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_participant ADD CONSTRAINT fk_civicrm_participant_discount_id FOREIGN KEY (discount_id) REFERENCES civicrm.civicrm_discount (id) ON DELETE SET NULL;
ALTER TABLE civicrm.civicrm_participant_payment ADD CONSTRAINT fk_civicrm_participant_payment_participant_id FOREIGN KEY (participant_id) REFERENCES civicrm.civicrm_participant (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_participant_payment ADD CONSTRAINT fk_civicrm_participant_payment_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm.civicrm_contribution (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_pledge_payment ADD CONSTRAINT fk_civicrm_pledge_payment_pledge_id FOREIGN KEY (pledge_id) REFERENCES civicrm.civicrm_pledge (id) ON DELETE CASCADE;
ALTER TABLE civicrm.civicrm_pledge_payment ADD CONSTRAINT fk_civicrm_pledge_payment_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm.civicrm_contribution (id) ON DELETE CASCADE;
