-- The Spider text-to-SQL benchmark's "assets_maintenance" database (Yu et al., EMNLP 2018, yale-lily.github.io/spider;
-- CC BY-SA 4.0): third-party companies (maintenance contractors and suppliers), maintenance contracts, assets with
-- their make, model, supplier and contract, parts and the parts fitted to each asset, part faults and the skills
-- needed to fix them, staff, maintenance engineers and their skills, the fault log, the parts faulty in each logged
-- fault, and engineer visits to logged faults. Read from the Spider release's SQLite file as mirrored in
-- github.com/hyukkyukang/text2SQL (datasets/spider/database/assets_maintenance/assets_maintenance.sqlite, commit
-- 999f5e4), turned into PostgreSQL by a one-off script from its catalog (PRAGMA table_info / foreign_key_list),
-- loaded into a scratch PostgreSQL and checked there: the 14 tables with their primary keys and the 18 foreign keys
-- the file declares, schema assets_maintenance; names lower-cased, INTEGER -> integer, VARCHAR(n) -> character
-- varying(n), DATETIME -> timestamp. third_party_companies.company_type is declared VARCHAR(5) in the source but holds
-- 'Maintenance Contractor' (22 characters), so it is character varying without a length here. The link tables
-- (asset_parts, engineer_skills, fault_log_parts, skills_required_to_fix) have no primary key, as in the source.
-- Spider declares no comments.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS assets_maintenance;
CREATE TABLE assets_maintenance.third_party_companies (
    company_id integer NOT NULL,
    company_type character varying NOT NULL,
    company_name character varying(255),
    company_address character varying(255),
    other_company_details character varying(255),
    PRIMARY KEY (company_id)
);
CREATE TABLE assets_maintenance.maintenance_contracts (
    maintenance_contract_id integer NOT NULL,
    maintenance_contract_company_id integer NOT NULL,
    contract_start_date timestamp without time zone,
    contract_end_date timestamp without time zone,
    other_contract_details character varying(255),
    PRIMARY KEY (maintenance_contract_id),
    FOREIGN KEY (maintenance_contract_company_id) REFERENCES assets_maintenance.third_party_companies (company_id)
);
CREATE TABLE assets_maintenance.parts (
    part_id integer NOT NULL,
    part_name character varying(255),
    chargeable_yn character varying(1),
    chargeable_amount character varying(20),
    other_part_details character varying(255),
    PRIMARY KEY (part_id)
);
CREATE TABLE assets_maintenance.skills (
    skill_id integer NOT NULL,
    skill_code character varying(20),
    skill_description character varying(255),
    PRIMARY KEY (skill_id)
);
CREATE TABLE assets_maintenance.staff (
    staff_id integer NOT NULL,
    staff_name character varying(255),
    gender character varying(1),
    other_staff_details character varying(255),
    PRIMARY KEY (staff_id)
);
CREATE TABLE assets_maintenance.assets (
    asset_id integer NOT NULL,
    maintenance_contract_id integer NOT NULL,
    supplier_company_id integer NOT NULL,
    asset_details character varying(255),
    asset_make character varying(20),
    asset_model character varying(20),
    asset_acquired_date timestamp without time zone,
    asset_disposed_date timestamp without time zone,
    other_asset_details character varying(255),
    PRIMARY KEY (asset_id),
    FOREIGN KEY (supplier_company_id) REFERENCES assets_maintenance.third_party_companies (company_id),
    FOREIGN KEY (maintenance_contract_id) REFERENCES assets_maintenance.maintenance_contracts (maintenance_contract_id)
);
CREATE TABLE assets_maintenance.asset_parts (
    asset_id integer NOT NULL,
    part_id integer NOT NULL,
    FOREIGN KEY (asset_id) REFERENCES assets_maintenance.assets (asset_id),
    FOREIGN KEY (part_id) REFERENCES assets_maintenance.parts (part_id)
);
CREATE TABLE assets_maintenance.maintenance_engineers (
    engineer_id integer NOT NULL,
    company_id integer NOT NULL,
    first_name character varying(50),
    last_name character varying(50),
    other_details character varying(255),
    PRIMARY KEY (engineer_id),
    FOREIGN KEY (company_id) REFERENCES assets_maintenance.third_party_companies (company_id)
);
CREATE TABLE assets_maintenance.engineer_skills (
    engineer_id integer NOT NULL,
    skill_id integer NOT NULL,
    FOREIGN KEY (skill_id) REFERENCES assets_maintenance.skills (skill_id),
    FOREIGN KEY (engineer_id) REFERENCES assets_maintenance.maintenance_engineers (engineer_id)
);
CREATE TABLE assets_maintenance.fault_log (
    fault_log_entry_id integer NOT NULL,
    asset_id integer NOT NULL,
    recorded_by_staff_id integer NOT NULL,
    fault_log_entry_datetime timestamp without time zone,
    fault_description character varying(255),
    other_fault_details character varying(255),
    PRIMARY KEY (fault_log_entry_id),
    FOREIGN KEY (recorded_by_staff_id) REFERENCES assets_maintenance.staff (staff_id),
    FOREIGN KEY (asset_id) REFERENCES assets_maintenance.assets (asset_id)
);
CREATE TABLE assets_maintenance.engineer_visits (
    engineer_visit_id integer NOT NULL,
    contact_staff_id integer,
    engineer_id integer NOT NULL,
    fault_log_entry_id integer NOT NULL,
    fault_status character varying(10) NOT NULL,
    visit_start_datetime timestamp without time zone,
    visit_end_datetime timestamp without time zone,
    other_visit_details character varying(255),
    PRIMARY KEY (engineer_visit_id),
    FOREIGN KEY (contact_staff_id) REFERENCES assets_maintenance.staff (staff_id),
    FOREIGN KEY (engineer_id) REFERENCES assets_maintenance.maintenance_engineers (engineer_id),
    FOREIGN KEY (fault_log_entry_id) REFERENCES assets_maintenance.fault_log (fault_log_entry_id)
);
CREATE TABLE assets_maintenance.part_faults (
    part_fault_id integer NOT NULL,
    part_id integer NOT NULL,
    fault_short_name character varying(20),
    fault_description character varying(255),
    other_fault_details character varying(255),
    PRIMARY KEY (part_fault_id),
    FOREIGN KEY (part_id) REFERENCES assets_maintenance.parts (part_id)
);
CREATE TABLE assets_maintenance.fault_log_parts (
    fault_log_entry_id integer NOT NULL,
    part_fault_id integer NOT NULL,
    fault_status character varying(10) NOT NULL,
    FOREIGN KEY (fault_log_entry_id) REFERENCES assets_maintenance.fault_log (fault_log_entry_id),
    FOREIGN KEY (part_fault_id) REFERENCES assets_maintenance.part_faults (part_fault_id)
);
CREATE TABLE assets_maintenance.skills_required_to_fix (
    part_fault_id integer NOT NULL,
    skill_id integer NOT NULL,
    FOREIGN KEY (skill_id) REFERENCES assets_maintenance.skills (skill_id),
    FOREIGN KEY (part_fault_id) REFERENCES assets_maintenance.part_faults (part_fault_id)
);
