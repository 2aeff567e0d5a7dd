-- Spider's "e_government" (a public-services portal: parties (the citizens and bodies served) with payment method,
-- phone and e-mail; their addresses over time and of which type; the services offered and the forms belonging to
-- them; which party filled in which form, when it was started and finished and its status; service bookings;
-- individuals, organisations and which individual was a contact for which organisation and when), its SQLite file
-- as mirrored in github.com/hyukkyukang/text2SQL (datasets/spider/database/e_government/e_government.sqlite, commit
-- 999f5e4), converted by a one-off script from the SQLite catalog (pragma table_info, foreign_key_list), schema
-- e_government; names lower-cased (the source's spellings service_descriptio and inidividual_phone kept),
-- VARCHAR(n) -> character varying(n), INTEGER -> integer, DATETIME -> timestamp; primary keys and the 9 foreign keys
-- as declared (party_services has no primary key in the source); party_forms.form_status_code widened from
-- VARCHAR(15) to character varying(20) so the source's own rows ('Partially Completed', 'Work In Progress') fit.
-- No comments in the source. Nothing left out. Licence: Spider is CC BY-SA 4.0 (Yu et al., EMNLP 2018); SQL text
-- ours. Rows in values-e_government.sql.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS e_government;
CREATE TABLE e_government.addresses (
    address_id integer NOT NULL,
    line_1_number_building character varying(80),
    town_city character varying(50),
    zip_postcode character varying(20),
    state_province_county character varying(50),
    country character varying(50),
    PRIMARY KEY (address_id)
);
CREATE TABLE e_government.services (
    service_id integer NOT NULL,
    service_type_code character varying(15) NOT NULL,
    service_name character varying(80),
    service_descriptio character varying(255),
    PRIMARY KEY (service_id)
);
CREATE TABLE e_government.forms (
    form_id integer NOT NULL,
    form_type_code character varying(15) NOT NULL,
    service_id integer,
    form_number character varying(50),
    form_name character varying(80),
    form_description character varying(255),
    PRIMARY KEY (form_id),
    FOREIGN KEY (service_id) REFERENCES e_government.services (service_id)
);
CREATE TABLE e_government.individuals (
    individual_id integer NOT NULL,
    individual_first_name character varying(80),
    individual_middle_name character varying(80),
    inidividual_phone character varying(80),
    individual_email character varying(80),
    individual_address character varying(255),
    individual_last_name character varying(80),
    PRIMARY KEY (individual_id)
);
CREATE TABLE e_government.organizations (
    organization_id integer NOT NULL,
    date_formed timestamp without time zone,
    organization_name character varying(255),
    uk_vat_number character varying(20),
    PRIMARY KEY (organization_id)
);
CREATE TABLE e_government.parties (
    party_id integer NOT NULL,
    payment_method_code character varying(15) NOT NULL,
    party_phone character varying(80),
    party_email character varying(80),
    PRIMARY KEY (party_id)
);
CREATE TABLE e_government.organization_contact_individuals (
    individual_id integer NOT NULL,
    organization_id integer NOT NULL,
    date_contact_from timestamp without time zone NOT NULL,
    date_contact_to timestamp without time zone,
    PRIMARY KEY (individual_id, organization_id),
    FOREIGN KEY (individual_id) REFERENCES e_government.individuals (individual_id),
    FOREIGN KEY (organization_id) REFERENCES e_government.organizations (organization_id)
);
CREATE TABLE e_government.party_addresses (
    party_id integer NOT NULL,
    address_id integer NOT NULL,
    date_address_from timestamp without time zone NOT NULL,
    address_type_code character varying(15) NOT NULL,
    date_address_to timestamp without time zone,
    PRIMARY KEY (party_id, address_id),
    FOREIGN KEY (party_id) REFERENCES e_government.parties (party_id),
    FOREIGN KEY (address_id) REFERENCES e_government.addresses (address_id)
);
CREATE TABLE e_government.party_forms (
    party_id integer NOT NULL,
    form_id integer NOT NULL,
    date_completion_started timestamp without time zone NOT NULL,
    form_status_code character varying(20) NOT NULL,
    date_fully_completed timestamp without time zone,
    PRIMARY KEY (party_id, form_id),
    FOREIGN KEY (form_id) REFERENCES e_government.forms (form_id),
    FOREIGN KEY (party_id) REFERENCES e_government.parties (party_id)
);
CREATE TABLE e_government.party_services (
    booking_id integer NOT NULL,
    customer_id integer NOT NULL,
    service_id integer NOT NULL,
    service_datetime timestamp without time zone NOT NULL,
    booking_made_date timestamp without time zone,
    FOREIGN KEY (customer_id) REFERENCES e_government.parties (party_id),
    FOREIGN KEY (service_id) REFERENCES e_government.services (service_id)
);
