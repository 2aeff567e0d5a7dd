-- Airlines demo database (Postgres Pro's "demo" sample, English edition demo-small-en-20170815, schema bookings:
-- flights, bookings and boarding of a Russian airline, edu.postgrespro.com; read from the schema dump mirrored at
-- github.com/Jardinesdelareina/grok_postgresql, databases/air_trans/demo-schema.sql, with the keys checked against
-- other pg_dump copies of the same database): tables, keys and comments only, no data. Regenerated from the
-- schema's catalog facts; its views (aircrafts, airports, flights_v, routes), functions, sequence and CHECK
-- constraints left out, as for the other databases here. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bookings;
CREATE TABLE bookings.aircrafts_data (
    aircraft_code character(3) NOT NULL,
    model jsonb NOT NULL,
    range integer NOT NULL,
    PRIMARY KEY (aircraft_code)
);
CREATE TABLE bookings.airports_data (
    airport_code character(3) NOT NULL,
    airport_name jsonb NOT NULL,
    city jsonb NOT NULL,
    coordinates point NOT NULL,
    timezone text NOT NULL,
    PRIMARY KEY (airport_code)
);
CREATE TABLE bookings.boarding_passes (
    ticket_no character(13) NOT NULL,
    flight_id integer NOT NULL,
    boarding_no integer NOT NULL,
    seat_no character varying(4) NOT NULL,
    PRIMARY KEY (ticket_no, flight_id)
);
CREATE TABLE bookings.bookings (
    book_ref character(6) NOT NULL,
    book_date timestamp with time zone NOT NULL,
    total_amount numeric(10,2) NOT NULL,
    PRIMARY KEY (book_ref)
);
CREATE TABLE bookings.flights (
    flight_id integer NOT NULL,
    flight_no character(6) NOT NULL,
    scheduled_departure timestamp with time zone NOT NULL,
    scheduled_arrival timestamp with time zone NOT NULL,
    departure_airport character(3) NOT NULL,
    arrival_airport character(3) NOT NULL,
    status character varying(20) NOT NULL,
    aircraft_code character(3) NOT NULL,
    actual_departure timestamp with time zone,
    actual_arrival timestamp with time zone,
    PRIMARY KEY (flight_id)
);
CREATE TABLE bookings.seats (
    aircraft_code character(3) NOT NULL,
    seat_no character varying(4) NOT NULL,
    fare_conditions character varying(10) NOT NULL,
    PRIMARY KEY (aircraft_code, seat_no)
);
CREATE TABLE bookings.ticket_flights (
    ticket_no character(13) NOT NULL,
    flight_id integer NOT NULL,
    fare_conditions character varying(10) NOT NULL,
    amount numeric(10,2) NOT NULL,
    PRIMARY KEY (ticket_no, flight_id)
);
CREATE TABLE bookings.tickets (
    ticket_no character(13) NOT NULL,
    book_ref character(6) NOT NULL,
    passenger_id character varying(20) NOT NULL,
    passenger_name text NOT NULL,
    contact_data jsonb,
    PRIMARY KEY (ticket_no)
);
ALTER TABLE bookings.boarding_passes ADD FOREIGN KEY (ticket_no, flight_id) REFERENCES bookings.ticket_flights (ticket_no, flight_id);
ALTER TABLE bookings.flights ADD FOREIGN KEY (aircraft_code) REFERENCES bookings.aircrafts_data (aircraft_code);
ALTER TABLE bookings.flights ADD FOREIGN KEY (arrival_airport) REFERENCES bookings.airports_data (airport_code);
ALTER TABLE bookings.flights ADD FOREIGN KEY (departure_airport) REFERENCES bookings.airports_data (airport_code);
ALTER TABLE bookings.seats ADD FOREIGN KEY (aircraft_code) REFERENCES bookings.aircrafts_data (aircraft_code) ON DELETE CASCADE;
ALTER TABLE bookings.ticket_flights ADD FOREIGN KEY (flight_id) REFERENCES bookings.flights (flight_id);
ALTER TABLE bookings.ticket_flights ADD FOREIGN KEY (ticket_no) REFERENCES bookings.tickets (ticket_no);
ALTER TABLE bookings.tickets ADD FOREIGN KEY (book_ref) REFERENCES bookings.bookings (book_ref);
COMMENT ON SCHEMA bookings IS 'Airlines demo database schema';
COMMENT ON TABLE bookings.aircrafts_data IS 'Aircrafts (internal data)';
COMMENT ON COLUMN bookings.aircrafts_data.aircraft_code IS 'Aircraft code, IATA';
COMMENT ON COLUMN bookings.aircrafts_data.model IS 'Aircraft model';
COMMENT ON COLUMN bookings.aircrafts_data.range IS 'Maximal flying distance, km';
COMMENT ON TABLE bookings.airports_data IS 'Airports (internal data)';
COMMENT ON COLUMN bookings.airports_data.airport_code IS 'Airport code';
COMMENT ON COLUMN bookings.airports_data.airport_name IS 'Airport name';
COMMENT ON COLUMN bookings.airports_data.city IS 'City';
COMMENT ON COLUMN bookings.airports_data.coordinates IS 'Airport coordinates (longitude and latitude)';
COMMENT ON COLUMN bookings.airports_data.timezone IS 'Airport time zone';
COMMENT ON TABLE bookings.boarding_passes IS 'Boarding passes';
COMMENT ON COLUMN bookings.boarding_passes.ticket_no IS 'Ticket number';
COMMENT ON COLUMN bookings.boarding_passes.flight_id IS 'Flight ID';
COMMENT ON COLUMN bookings.boarding_passes.boarding_no IS 'Boarding pass number';
COMMENT ON COLUMN bookings.boarding_passes.seat_no IS 'Seat number';
COMMENT ON TABLE bookings.bookings IS 'Bookings';
COMMENT ON COLUMN bookings.bookings.book_ref IS 'Booking number';
COMMENT ON COLUMN bookings.bookings.book_date IS 'Booking date';
COMMENT ON COLUMN bookings.bookings.total_amount IS 'Total booking cost';
COMMENT ON TABLE bookings.flights IS 'Flights';
COMMENT ON COLUMN bookings.flights.flight_id IS 'Flight ID';
COMMENT ON COLUMN bookings.flights.flight_no IS 'Flight number';
COMMENT ON COLUMN bookings.flights.scheduled_departure IS 'Scheduled departure time';
COMMENT ON COLUMN bookings.flights.scheduled_arrival IS 'Scheduled arrival time';
COMMENT ON COLUMN bookings.flights.departure_airport IS 'Airport of departure';
COMMENT ON COLUMN bookings.flights.arrival_airport IS 'Airport of arrival';
COMMENT ON COLUMN bookings.flights.status IS 'Flight status';
COMMENT ON COLUMN bookings.flights.aircraft_code IS 'Aircraft code, IATA';
COMMENT ON COLUMN bookings.flights.actual_departure IS 'Actual departure time';
COMMENT ON COLUMN bookings.flights.actual_arrival IS 'Actual arrival time';
COMMENT ON TABLE bookings.seats IS 'Seats';
COMMENT ON COLUMN bookings.seats.aircraft_code IS 'Aircraft code, IATA';
COMMENT ON COLUMN bookings.seats.seat_no IS 'Seat number';
COMMENT ON COLUMN bookings.seats.fare_conditions IS 'Travel class';
COMMENT ON TABLE bookings.ticket_flights IS 'Flight segment';
COMMENT ON COLUMN bookings.ticket_flights.ticket_no IS 'Ticket number';
COMMENT ON COLUMN bookings.ticket_flights.flight_id IS 'Flight ID';
COMMENT ON COLUMN bookings.ticket_flights.fare_conditions IS 'Travel class';
COMMENT ON COLUMN bookings.ticket_flights.amount IS 'Travel cost';
COMMENT ON TABLE bookings.tickets IS 'Tickets';
COMMENT ON COLUMN bookings.tickets.ticket_no IS 'Ticket number';
COMMENT ON COLUMN bookings.tickets.book_ref IS 'Booking number';
COMMENT ON COLUMN bookings.tickets.passenger_id IS 'Passenger ID';
COMMENT ON COLUMN bookings.tickets.passenger_name IS 'Passenger name';
COMMENT ON COLUMN bookings.tickets.contact_data IS 'Passenger contact information';
