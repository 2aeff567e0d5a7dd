-- BIRD's "toxicology" database (molecules from a carcinogenicity study, labelled carcinogenic or not, with their
-- atoms, bonds and which atoms each bond connects), the dev-set database of the BIRD text-to-SQL benchmark
-- (bird-bench.github.io; BIRD is released under CC BY-SA 4.0). Read from the CREATE TABLE statements of its SQLite
-- file (toxicology.sqlite) as quoted in public copies of BIRD prompts (the repository holding the copy read could not
-- be identified), its tables, columns, SQLite types, primary keys and foreign keys turned into PostgreSQL by hand,
-- loaded into a scratch PostgreSQL and checked there; schema toxicology. The source's names kept exactly (text ids,
-- the terse atom_id2 and label). ON DELETE/UPDATE CASCADE and defaults left out. No comments: the SQLite file has
-- none. No rows.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS toxicology;
CREATE TABLE toxicology.molecule (
    molecule_id text NOT NULL,
    label text,
    PRIMARY KEY (molecule_id)
);
CREATE TABLE toxicology.atom (
    atom_id text NOT NULL,
    molecule_id text,
    element text,
    PRIMARY KEY (atom_id),
    FOREIGN KEY (molecule_id) REFERENCES toxicology.molecule (molecule_id)
);
CREATE TABLE toxicology.bond (
    bond_id text NOT NULL,
    molecule_id text,
    bond_type text,
    PRIMARY KEY (bond_id),
    FOREIGN KEY (molecule_id) REFERENCES toxicology.molecule (molecule_id)
);
CREATE TABLE toxicology.connected (
    atom_id text NOT NULL,
    atom_id2 text NOT NULL,
    bond_id text,
    PRIMARY KEY (atom_id, atom_id2),
    FOREIGN KEY (atom_id) REFERENCES toxicology.atom (atom_id),
    FOREIGN KEY (atom_id2) REFERENCES toxicology.atom (atom_id),
    FOREIGN KEY (bond_id) REFERENCES toxicology.bond (bond_id)
);
