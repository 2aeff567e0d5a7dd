-- Spider's "apartment_rentals" (apartment buildings with their managers, the apartments in them with type, rooms,
-- bedrooms and bathrooms, the facilities an apartment has, guests, bookings of apartments by guests with their
-- status, and the dated availability status of units), its SQLite file as mirrored in github.com/hyukkyukang/
-- text2SQL (datasets/spider/database/apartment_rentals/apartment_rentals.sqlite, commit 999f5e4), converted by a
-- one-off script from the SQLite catalog and loaded into a scratch PostgreSQL; schema apartment_rentals; names
-- lower-cased, INTEGER -> integer, VARCHAR(n) kept, CHAR(n) -> character(n), DATETIME -> timestamp, BIT -> bit(1);
-- two CHAR columns whose rows are longer than declared (apartment_buildings.building_short_name CHAR(15), up to 20
-- characters; guests.gender_code CHAR(1), holding 'Male', 'Female', 'Unknown') made text so the rows load; the
-- redundant UNIQUE constraints on primary keys left out; its 6 tables, 6 primary keys (view_unit_status's is
-- status_date, as in the source) and 6 foreign keys kept. No comments in the source. CC BY-SA 4.0 (Spider).
-- See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS apartment_rentals;
CREATE TABLE apartment_rentals.apartment_buildings (
    building_id integer NOT NULL,
    building_short_name text,
    building_full_name character varying(80),
    building_description character varying(255),
    building_address character varying(255),
    building_manager character varying(50),
    building_phone character varying(80),
    PRIMARY KEY (building_id)
);
CREATE TABLE apartment_rentals.apartments (
    apt_id integer NOT NULL,
    building_id integer NOT NULL,
    apt_type_code character(15),
    apt_number character(10),
    bathroom_count integer,
    bedroom_count integer,
    room_count character(5),
    PRIMARY KEY (apt_id)
);
CREATE TABLE apartment_rentals.apartment_facilities (
    apt_id integer NOT NULL,
    facility_code character(15) NOT NULL,
    PRIMARY KEY (apt_id, facility_code)
);
CREATE TABLE apartment_rentals.guests (
    guest_id integer NOT NULL,
    gender_code text,
    guest_first_name character varying(80),
    guest_last_name character varying(80),
    date_of_birth timestamp,
    PRIMARY KEY (guest_id)
);
CREATE TABLE apartment_rentals.apartment_bookings (
    apt_booking_id integer NOT NULL,
    apt_id integer,
    guest_id integer NOT NULL,
    booking_status_code character(15) NOT NULL,
    booking_start_date timestamp,
    booking_end_date timestamp,
    PRIMARY KEY (apt_booking_id)
);
CREATE TABLE apartment_rentals.view_unit_status (
    apt_id integer,
    apt_booking_id integer,
    status_date timestamp NOT NULL,
    available_yn bit(1),
    PRIMARY KEY (status_date)
);
ALTER TABLE apartment_rentals.apartments ADD FOREIGN KEY (building_id) REFERENCES apartment_rentals.apartment_buildings (building_id);
ALTER TABLE apartment_rentals.apartment_facilities ADD FOREIGN KEY (apt_id) REFERENCES apartment_rentals.apartments (apt_id);
ALTER TABLE apartment_rentals.apartment_bookings ADD FOREIGN KEY (guest_id) REFERENCES apartment_rentals.guests (guest_id);
ALTER TABLE apartment_rentals.apartment_bookings ADD FOREIGN KEY (apt_id) REFERENCES apartment_rentals.apartments (apt_id);
ALTER TABLE apartment_rentals.view_unit_status ADD FOREIGN KEY (apt_booking_id) REFERENCES apartment_rentals.apartment_bookings (apt_booking_id);
ALTER TABLE apartment_rentals.view_unit_status ADD FOREIGN KEY (apt_id) REFERENCES apartment_rentals.apartments (apt_id);
