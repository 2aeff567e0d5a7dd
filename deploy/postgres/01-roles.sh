#!/bin/sh
# Runs once, when the PostgreSQL container first initialises its data directory.
# askbar_reader runs questions and can only read; askbar_app owns AskBar's own schema.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE askbar_reader LOGIN PASSWORD '${ASKBAR_READER_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
ALTER ROLE askbar_reader SET default_transaction_read_only = on;
CREATE ROLE askbar_app LOGIN PASSWORD '${ASKBAR_APP_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE "$POSTGRES_DB" TO askbar_reader, askbar_app;
CREATE SCHEMA askbar AUTHORIZATION askbar_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO askbar_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO askbar_reader;
SQL
