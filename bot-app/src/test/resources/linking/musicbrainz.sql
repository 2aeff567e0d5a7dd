-- MusicBrainz (the open music encyclopedia's database, github.com/metabrainz/musicbrainz-server, admin/sql/CreateTables.sql,
-- CreatePrimaryKeys.sql, CreateFKConstraints.sql; server code GPL-2.0, used here for the schema's facts): tables,
-- primary and foreign keys of schema musicbrainz, no data. Regenerated from the schema's catalog facts; see README.md here.
-- 257 of the source's 375 tables; the ones left out are listed in README.md. The source declares no catalog comments.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS musicbrainz;
CREATE TABLE musicbrainz.annotation (
    id integer NOT NULL,
    editor integer NOT NULL,
    text text,
    changelog character varying(255),
    created timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.area (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    type integer,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    ended boolean NOT NULL,
    comment character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.area_alias (
    id integer NOT NULL,
    area integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.area_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.area_annotation (
    area integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (area, annotation)
);
CREATE TABLE musicbrainz.area_attribute (
    id integer NOT NULL,
    area integer NOT NULL,
    area_attribute_type integer NOT NULL,
    area_attribute_type_allowed_value integer,
    area_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.area_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.area_containment (
    descendant integer NOT NULL,
    parent integer NOT NULL,
    depth smallint NOT NULL,
    PRIMARY KEY (descendant, parent)
);
CREATE TABLE musicbrainz.area_tag (
    area integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (area, tag)
);
CREATE TABLE musicbrainz.area_tag_raw (
    area integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (area, editor, tag)
);
CREATE TABLE musicbrainz.area_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    type integer,
    area integer,
    gender integer,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    ended boolean NOT NULL,
    begin_area integer,
    end_area integer,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist_alias (
    id integer NOT NULL,
    artist integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist_annotation (
    artist integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (artist, annotation)
);
CREATE TABLE musicbrainz.artist_attribute (
    id integer NOT NULL,
    artist integer NOT NULL,
    artist_attribute_type integer NOT NULL,
    artist_attribute_type_allowed_value integer,
    artist_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist_credit (
    id integer NOT NULL,
    name character varying NOT NULL,
    artist_count smallint NOT NULL,
    ref_count integer,
    created timestamp with time zone,
    edits_pending integer NOT NULL,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist_credit_name (
    artist_credit integer NOT NULL,
    position smallint NOT NULL,
    artist integer NOT NULL,
    name character varying NOT NULL,
    join_phrase text NOT NULL,
    PRIMARY KEY (artist_credit, position)
);
CREATE TABLE musicbrainz.artist_ipi (
    artist integer NOT NULL,
    ipi character(11) NOT NULL,
    edits_pending integer NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (artist, ipi)
);
CREATE TABLE musicbrainz.artist_isni (
    artist integer NOT NULL,
    isni character(16) NOT NULL,
    edits_pending integer NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (artist, isni)
);
CREATE TABLE musicbrainz.artist_meta (
    id integer NOT NULL,
    rating smallint,
    rating_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.artist_rating_raw (
    artist integer NOT NULL,
    editor integer NOT NULL,
    rating smallint NOT NULL,
    PRIMARY KEY (artist, editor)
);
CREATE TABLE musicbrainz.artist_tag (
    artist integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (artist, tag)
);
CREATE TABLE musicbrainz.artist_tag_raw (
    artist integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (artist, editor, tag)
);
CREATE TABLE musicbrainz.artist_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.cdtoc (
    id integer NOT NULL,
    discid character(28) NOT NULL,
    freedb_id character(8) NOT NULL,
    track_count integer NOT NULL,
    leadout_offset integer NOT NULL,
    track_offset integer[] NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.country_area (
    area integer NOT NULL,
    PRIMARY KEY (area)
);
CREATE TABLE musicbrainz.edit (
    id integer NOT NULL,
    editor integer NOT NULL,
    type smallint NOT NULL,
    status smallint NOT NULL,
    autoedit smallint NOT NULL,
    open_time timestamp with time zone,
    close_time timestamp with time zone,
    expire_time timestamp with time zone NOT NULL,
    language integer,
    quality smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.edit_note (
    id integer NOT NULL,
    editor integer NOT NULL,
    edit integer NOT NULL,
    text text NOT NULL,
    post_time timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.editor (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    privs integer,
    email character varying(64),
    website character varying(255),
    bio text,
    member_since timestamp with time zone,
    email_confirm_date timestamp with time zone,
    last_login_date timestamp with time zone,
    last_updated timestamp with time zone,
    birth_date date,
    gender integer,
    area integer,
    password character varying(128) NOT NULL,
    ha1 character(32) NOT NULL,
    deleted boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.editor_collection (
    id integer NOT NULL,
    gid uuid NOT NULL,
    editor integer NOT NULL,
    name character varying NOT NULL,
    public boolean NOT NULL,
    description text NOT NULL,
    type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.editor_collection_collaborator (
    collection integer NOT NULL,
    editor integer NOT NULL,
    PRIMARY KEY (collection, editor)
);
CREATE TABLE musicbrainz.editor_collection_release (
    collection integer NOT NULL,
    release integer NOT NULL,
    added timestamp with time zone,
    position integer NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (collection, release)
);
CREATE TABLE musicbrainz.editor_collection_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    entity_type character varying(50) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.editor_language (
    editor integer NOT NULL,
    language integer NOT NULL,
    fluency text NOT NULL,
    PRIMARY KEY (editor, language)
);
CREATE TABLE musicbrainz.editor_preference (
    id integer NOT NULL,
    editor integer NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.event (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    time time without time zone,
    type integer,
    cancelled boolean NOT NULL,
    setlist text,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.event_alias (
    id integer NOT NULL,
    event integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.event_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.event_annotation (
    event integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (event, annotation)
);
CREATE TABLE musicbrainz.event_attribute (
    id integer NOT NULL,
    event integer NOT NULL,
    event_attribute_type integer NOT NULL,
    event_attribute_type_allowed_value integer,
    event_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.event_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.event_meta (
    id integer NOT NULL,
    rating smallint,
    rating_count integer,
    event_art_presence text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.event_rating_raw (
    event integer NOT NULL,
    editor integer NOT NULL,
    rating smallint NOT NULL,
    PRIMARY KEY (event, editor)
);
CREATE TABLE musicbrainz.event_tag (
    event integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (event, tag)
);
CREATE TABLE musicbrainz.event_tag_raw (
    event integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (event, editor, tag)
);
CREATE TABLE musicbrainz.event_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.gender (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.genre (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.genre_alias (
    id integer NOT NULL,
    genre integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.genre_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.genre_annotation (
    genre integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (genre, annotation)
);
CREATE TABLE musicbrainz.instrument (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    type integer,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    comment character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.instrument_alias (
    id integer NOT NULL,
    instrument integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.instrument_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.instrument_annotation (
    instrument integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (instrument, annotation)
);
CREATE TABLE musicbrainz.instrument_attribute (
    id integer NOT NULL,
    instrument integer NOT NULL,
    instrument_attribute_type integer NOT NULL,
    instrument_attribute_type_allowed_value integer,
    instrument_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.instrument_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.instrument_tag (
    instrument integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (instrument, tag)
);
CREATE TABLE musicbrainz.instrument_tag_raw (
    instrument integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (instrument, editor, tag)
);
CREATE TABLE musicbrainz.instrument_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.iso_3166_1 (
    area integer NOT NULL,
    code character(2) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE musicbrainz.iso_3166_2 (
    area integer NOT NULL,
    code character varying(10) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE musicbrainz.iso_3166_3 (
    area integer NOT NULL,
    code character(4) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE musicbrainz.isrc (
    id integer NOT NULL,
    recording integer NOT NULL,
    isrc character(12) NOT NULL,
    edits_pending integer NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.iswc (
    id integer NOT NULL,
    work integer NOT NULL,
    iswc character(15),
    edits_pending integer NOT NULL,
    created timestamp with time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_area (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_artist (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_event (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_instrument (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_label (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_place (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_recording (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_area_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_artist (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_event (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_instrument (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_label (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_place (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_recording (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_artist_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_event (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_instrument (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_label (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_place (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_recording (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_event_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_genre_genre (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_instrument (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_label (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_place (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_recording (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_instrument_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_label (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_place (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_recording (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_label_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_place_place (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_place_recording (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_place_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_place_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_place_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_place_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_place_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_recording_recording (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_recording_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_recording_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_recording_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_recording_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_recording_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_group_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_group_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_group_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_group_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_release (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_release_group (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_release_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_series_series (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_series_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_series_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_url_url (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_url_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.l_work_work (
    id integer NOT NULL,
    link integer NOT NULL,
    entity0 integer NOT NULL,
    entity1 integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    link_order integer NOT NULL,
    entity0_credit text NOT NULL,
    entity1_credit text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.label (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    label_code integer,
    type integer,
    area integer,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.label_alias (
    id integer NOT NULL,
    label integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.label_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.label_annotation (
    label integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (label, annotation)
);
CREATE TABLE musicbrainz.label_attribute (
    id integer NOT NULL,
    label integer NOT NULL,
    label_attribute_type integer NOT NULL,
    label_attribute_type_allowed_value integer,
    label_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.label_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.label_ipi (
    label integer NOT NULL,
    ipi character(11) NOT NULL,
    edits_pending integer NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (label, ipi)
);
CREATE TABLE musicbrainz.label_isni (
    label integer NOT NULL,
    isni character(16) NOT NULL,
    edits_pending integer NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (label, isni)
);
CREATE TABLE musicbrainz.label_meta (
    id integer NOT NULL,
    rating smallint,
    rating_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.label_rating_raw (
    label integer NOT NULL,
    editor integer NOT NULL,
    rating smallint NOT NULL,
    PRIMARY KEY (label, editor)
);
CREATE TABLE musicbrainz.label_tag (
    label integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (label, tag)
);
CREATE TABLE musicbrainz.label_tag_raw (
    label integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (label, editor, tag)
);
CREATE TABLE musicbrainz.label_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.language (
    id integer NOT NULL,
    iso_code_2t character(3),
    iso_code_2b character(3),
    iso_code_1 character(2),
    name character varying(100) NOT NULL,
    frequency smallint NOT NULL,
    iso_code_3 character(3),
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.link (
    id integer NOT NULL,
    link_type integer NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    attribute_count integer NOT NULL,
    created timestamp with time zone,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.link_attribute (
    link integer NOT NULL,
    attribute_type integer NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (link, attribute_type)
);
CREATE TABLE musicbrainz.link_attribute_credit (
    link integer NOT NULL,
    attribute_type integer NOT NULL,
    credited_as text NOT NULL,
    PRIMARY KEY (link, attribute_type)
);
CREATE TABLE musicbrainz.link_attribute_text_value (
    link integer NOT NULL,
    attribute_type integer NOT NULL,
    text_value text NOT NULL,
    PRIMARY KEY (link, attribute_type)
);
CREATE TABLE musicbrainz.link_attribute_type (
    id integer NOT NULL,
    parent integer,
    root integer NOT NULL,
    child_order integer NOT NULL,
    gid uuid NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.link_creditable_attribute_type (
    attribute_type integer NOT NULL,
    PRIMARY KEY (attribute_type)
);
CREATE TABLE musicbrainz.link_text_attribute_type (
    attribute_type integer NOT NULL,
    PRIMARY KEY (attribute_type)
);
CREATE TABLE musicbrainz.link_type (
    id integer NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    gid uuid NOT NULL,
    entity_type0 character varying(50) NOT NULL,
    entity_type1 character varying(50) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    link_phrase character varying(255) NOT NULL,
    reverse_link_phrase character varying(255) NOT NULL,
    long_link_phrase character varying(255) NOT NULL,
    last_updated timestamp with time zone,
    is_deprecated boolean NOT NULL,
    has_dates boolean NOT NULL,
    entity0_cardinality smallint NOT NULL,
    entity1_cardinality smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.link_type_attribute_type (
    link_type integer NOT NULL,
    attribute_type integer NOT NULL,
    min smallint,
    max smallint,
    last_updated timestamp with time zone,
    PRIMARY KEY (link_type, attribute_type)
);
CREATE TABLE musicbrainz.medium (
    id integer NOT NULL,
    release integer NOT NULL,
    position integer NOT NULL,
    format integer,
    name character varying NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    track_count integer NOT NULL,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.medium_attribute (
    id integer NOT NULL,
    medium integer NOT NULL,
    medium_attribute_type integer NOT NULL,
    medium_attribute_type_allowed_value integer,
    medium_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.medium_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.medium_cdtoc (
    id integer NOT NULL,
    medium integer NOT NULL,
    cdtoc integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.medium_format (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    year smallint,
    has_discids boolean NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.mood (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.mood_alias (
    id integer NOT NULL,
    mood integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.mood_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.mood_annotation (
    mood integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (mood, annotation)
);
CREATE TABLE musicbrainz.orderable_link_type (
    link_type integer NOT NULL,
    direction smallint NOT NULL,
    PRIMARY KEY (link_type)
);
CREATE TABLE musicbrainz.place (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    type integer,
    address character varying NOT NULL,
    area integer,
    coordinates point,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.place_alias (
    id integer NOT NULL,
    place integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.place_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.place_annotation (
    place integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (place, annotation)
);
CREATE TABLE musicbrainz.place_attribute (
    id integer NOT NULL,
    place integer NOT NULL,
    place_attribute_type integer NOT NULL,
    place_attribute_type_allowed_value integer,
    place_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.place_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.place_meta (
    id integer NOT NULL,
    rating smallint,
    rating_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.place_rating_raw (
    place integer NOT NULL,
    editor integer NOT NULL,
    rating smallint NOT NULL,
    PRIMARY KEY (place, editor)
);
CREATE TABLE musicbrainz.place_tag (
    place integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (place, tag)
);
CREATE TABLE musicbrainz.place_tag_raw (
    place integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (place, editor, tag)
);
CREATE TABLE musicbrainz.place_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.recording (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    artist_credit integer NOT NULL,
    length integer,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    video boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.recording_alias (
    id integer NOT NULL,
    recording integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.recording_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.recording_annotation (
    recording integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (recording, annotation)
);
CREATE TABLE musicbrainz.recording_attribute (
    id integer NOT NULL,
    recording integer NOT NULL,
    recording_attribute_type integer NOT NULL,
    recording_attribute_type_allowed_value integer,
    recording_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.recording_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.recording_first_release_date (
    recording integer NOT NULL,
    year smallint,
    month smallint,
    day smallint,
    PRIMARY KEY (recording)
);
CREATE TABLE musicbrainz.recording_meta (
    id integer NOT NULL,
    rating smallint,
    rating_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.recording_rating_raw (
    recording integer NOT NULL,
    editor integer NOT NULL,
    rating smallint NOT NULL,
    PRIMARY KEY (recording, editor)
);
CREATE TABLE musicbrainz.recording_tag (
    recording integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (recording, tag)
);
CREATE TABLE musicbrainz.recording_tag_raw (
    recording integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (recording, editor, tag)
);
CREATE TABLE musicbrainz.release (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    artist_credit integer NOT NULL,
    release_group integer NOT NULL,
    status integer,
    packaging integer,
    language integer,
    script integer,
    barcode character varying(255),
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    quality smallint NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_alias (
    id integer NOT NULL,
    release integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_annotation (
    release integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (release, annotation)
);
CREATE TABLE musicbrainz.release_attribute (
    id integer NOT NULL,
    release integer NOT NULL,
    release_attribute_type integer NOT NULL,
    release_attribute_type_allowed_value integer,
    release_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_country (
    release integer NOT NULL,
    country integer NOT NULL,
    date_year smallint,
    date_month smallint,
    date_day smallint,
    PRIMARY KEY (release, country)
);
CREATE TABLE musicbrainz.release_first_release_date (
    release integer NOT NULL,
    year smallint,
    month smallint,
    day smallint,
    PRIMARY KEY (release)
);
CREATE TABLE musicbrainz.release_group (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    artist_credit integer NOT NULL,
    type integer,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_alias (
    id integer NOT NULL,
    release_group integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_annotation (
    release_group integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (release_group, annotation)
);
CREATE TABLE musicbrainz.release_group_attribute (
    id integer NOT NULL,
    release_group integer NOT NULL,
    release_group_attribute_type integer NOT NULL,
    release_group_attribute_type_allowed_value integer,
    release_group_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_meta (
    id integer NOT NULL,
    release_count integer NOT NULL,
    first_release_date_year smallint,
    first_release_date_month smallint,
    first_release_date_day smallint,
    rating smallint,
    rating_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_primary_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_rating_raw (
    release_group integer NOT NULL,
    editor integer NOT NULL,
    rating smallint NOT NULL,
    PRIMARY KEY (release_group, editor)
);
CREATE TABLE musicbrainz.release_group_secondary_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_group_secondary_type_join (
    release_group integer NOT NULL,
    secondary_type integer NOT NULL,
    created timestamp with time zone NOT NULL,
    PRIMARY KEY (release_group, secondary_type)
);
CREATE TABLE musicbrainz.release_group_tag (
    release_group integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (release_group, tag)
);
CREATE TABLE musicbrainz.release_group_tag_raw (
    release_group integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (release_group, editor, tag)
);
CREATE TABLE musicbrainz.release_label (
    id integer NOT NULL,
    release integer NOT NULL,
    label integer,
    catalog_number character varying(255),
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_meta (
    id integer NOT NULL,
    date_added timestamp with time zone,
    info_url character varying(255),
    amazon_asin character varying(10),
    cover_art_presence text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_packaging (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_status (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.release_tag (
    release integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (release, tag)
);
CREATE TABLE musicbrainz.release_tag_raw (
    release integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (release, editor, tag)
);
CREATE TABLE musicbrainz.release_unknown_country (
    release integer NOT NULL,
    date_year smallint,
    date_month smallint,
    date_day smallint,
    PRIMARY KEY (release)
);
CREATE TABLE musicbrainz.script (
    id integer NOT NULL,
    iso_code character(4) NOT NULL,
    iso_number character(3) NOT NULL,
    name character varying(100) NOT NULL,
    frequency smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.series (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    comment character varying(255) NOT NULL,
    type integer NOT NULL,
    ordering_type integer NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.series_alias (
    id integer NOT NULL,
    series integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.series_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.series_annotation (
    series integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (series, annotation)
);
CREATE TABLE musicbrainz.series_attribute (
    id integer NOT NULL,
    series integer NOT NULL,
    series_attribute_type integer NOT NULL,
    series_attribute_type_allowed_value integer,
    series_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.series_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.series_ordering_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.series_tag (
    series integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (series, tag)
);
CREATE TABLE musicbrainz.series_tag_raw (
    series integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (series, editor, tag)
);
CREATE TABLE musicbrainz.series_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    entity_type character varying(50) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.tag (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    ref_count integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.tag_relation (
    tag1 integer NOT NULL,
    tag2 integer NOT NULL,
    weight integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (tag1, tag2)
);
CREATE TABLE musicbrainz.track (
    id integer NOT NULL,
    gid uuid NOT NULL,
    recording integer NOT NULL,
    medium integer NOT NULL,
    position integer NOT NULL,
    number text NOT NULL,
    name character varying NOT NULL,
    artist_credit integer NOT NULL,
    length integer,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    is_data_track boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.url (
    id integer NOT NULL,
    gid uuid NOT NULL,
    url text NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.vote (
    id integer NOT NULL,
    editor integer NOT NULL,
    edit integer NOT NULL,
    vote smallint NOT NULL,
    vote_time timestamp with time zone,
    superseded boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.work (
    id integer NOT NULL,
    gid uuid NOT NULL,
    name character varying NOT NULL,
    type integer,
    comment character varying(255) NOT NULL,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.work_alias (
    id integer NOT NULL,
    work integer NOT NULL,
    name character varying NOT NULL,
    locale text,
    edits_pending integer NOT NULL,
    last_updated timestamp with time zone,
    type integer,
    sort_name character varying NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    primary_for_locale boolean NOT NULL,
    ended boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.work_alias_type (
    id integer NOT NULL,
    name text NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.work_annotation (
    work integer NOT NULL,
    annotation integer NOT NULL,
    PRIMARY KEY (work, annotation)
);
CREATE TABLE musicbrainz.work_attribute (
    id integer NOT NULL,
    work integer NOT NULL,
    work_attribute_type integer NOT NULL,
    work_attribute_type_allowed_value integer,
    work_attribute_text text,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.work_attribute_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    comment character varying(255) NOT NULL,
    free_text boolean NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.work_language (
    work integer NOT NULL,
    language integer NOT NULL,
    edits_pending integer NOT NULL,
    created timestamp with time zone,
    PRIMARY KEY (work, language)
);
CREATE TABLE musicbrainz.work_meta (
    id integer NOT NULL,
    rating smallint,
    rating_count integer,
    PRIMARY KEY (id)
);
CREATE TABLE musicbrainz.work_rating_raw (
    work integer NOT NULL,
    editor integer NOT NULL,
    rating smallint NOT NULL,
    PRIMARY KEY (work, editor)
);
CREATE TABLE musicbrainz.work_tag (
    work integer NOT NULL,
    tag integer NOT NULL,
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (work, tag)
);
CREATE TABLE musicbrainz.work_tag_raw (
    work integer NOT NULL,
    editor integer NOT NULL,
    tag integer NOT NULL,
    is_upvote boolean NOT NULL,
    PRIMARY KEY (work, editor, tag)
);
CREATE TABLE musicbrainz.work_type (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    parent integer,
    child_order integer NOT NULL,
    description text,
    gid uuid NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE musicbrainz.annotation ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.area ADD FOREIGN KEY (type) REFERENCES musicbrainz.area_type (id);
ALTER TABLE musicbrainz.area_alias ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.area_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.area_alias_type (id);
ALTER TABLE musicbrainz.area_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.area_alias_type (id);
ALTER TABLE musicbrainz.area_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.area_annotation ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.area_attribute ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.area_attribute ADD FOREIGN KEY (area_attribute_type) REFERENCES musicbrainz.area_attribute_type (id);
ALTER TABLE musicbrainz.area_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.area_attribute_type (id);
ALTER TABLE musicbrainz.area_containment ADD FOREIGN KEY (descendant) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.area_containment ADD FOREIGN KEY (parent) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.area_tag ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.area_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.area_tag_raw ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.area_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.area_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.area_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.area_type (id);
ALTER TABLE musicbrainz.artist ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.artist ADD FOREIGN KEY (begin_area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.artist ADD FOREIGN KEY (end_area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.artist ADD FOREIGN KEY (gender) REFERENCES musicbrainz.gender (id);
ALTER TABLE musicbrainz.artist ADD FOREIGN KEY (type) REFERENCES musicbrainz.artist_type (id);
ALTER TABLE musicbrainz.artist_alias ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.artist_alias_type (id);
ALTER TABLE musicbrainz.artist_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.artist_alias_type (id);
ALTER TABLE musicbrainz.artist_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.artist_annotation ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_attribute ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_attribute ADD FOREIGN KEY (artist_attribute_type) REFERENCES musicbrainz.artist_attribute_type (id);
ALTER TABLE musicbrainz.artist_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.artist_attribute_type (id);
ALTER TABLE musicbrainz.artist_credit_name ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_credit_name ADD FOREIGN KEY (artist_credit) REFERENCES musicbrainz.artist_credit (id);
ALTER TABLE musicbrainz.artist_ipi ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_isni ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_rating_raw ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_rating_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.artist_tag ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.artist_tag_raw ADD FOREIGN KEY (artist) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.artist_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.artist_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.artist_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.artist_type (id);
ALTER TABLE musicbrainz.country_area ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.edit ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.edit ADD FOREIGN KEY (language) REFERENCES musicbrainz.language (id);
ALTER TABLE musicbrainz.edit_note ADD FOREIGN KEY (edit) REFERENCES musicbrainz.edit (id);
ALTER TABLE musicbrainz.edit_note ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.editor ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.editor ADD FOREIGN KEY (gender) REFERENCES musicbrainz.gender (id);
ALTER TABLE musicbrainz.editor_collection ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.editor_collection ADD FOREIGN KEY (type) REFERENCES musicbrainz.editor_collection_type (id);
ALTER TABLE musicbrainz.editor_collection_collaborator ADD FOREIGN KEY (collection) REFERENCES musicbrainz.editor_collection (id);
ALTER TABLE musicbrainz.editor_collection_collaborator ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.editor_collection_release ADD FOREIGN KEY (collection) REFERENCES musicbrainz.editor_collection (id);
ALTER TABLE musicbrainz.editor_collection_release ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.editor_collection_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.editor_collection_type (id);
ALTER TABLE musicbrainz.editor_language ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.editor_language ADD FOREIGN KEY (language) REFERENCES musicbrainz.language (id);
ALTER TABLE musicbrainz.editor_preference ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.event ADD FOREIGN KEY (type) REFERENCES musicbrainz.event_type (id);
ALTER TABLE musicbrainz.event_alias ADD FOREIGN KEY (event) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.event_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.event_alias_type (id);
ALTER TABLE musicbrainz.event_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.event_alias_type (id);
ALTER TABLE musicbrainz.event_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.event_annotation ADD FOREIGN KEY (event) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.event_attribute ADD FOREIGN KEY (event) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.event_attribute ADD FOREIGN KEY (event_attribute_type) REFERENCES musicbrainz.event_attribute_type (id);
ALTER TABLE musicbrainz.event_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.event_attribute_type (id);
ALTER TABLE musicbrainz.event_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.event_rating_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.event_rating_raw ADD FOREIGN KEY (event) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.event_tag ADD FOREIGN KEY (event) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.event_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.event_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.event_tag_raw ADD FOREIGN KEY (event) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.event_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.event_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.event_type (id);
ALTER TABLE musicbrainz.gender ADD FOREIGN KEY (parent) REFERENCES musicbrainz.gender (id);
ALTER TABLE musicbrainz.genre_alias ADD FOREIGN KEY (genre) REFERENCES musicbrainz.genre (id);
ALTER TABLE musicbrainz.genre_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.genre_alias_type (id);
ALTER TABLE musicbrainz.genre_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.genre_alias_type (id);
ALTER TABLE musicbrainz.genre_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.genre_annotation ADD FOREIGN KEY (genre) REFERENCES musicbrainz.genre (id);
ALTER TABLE musicbrainz.instrument ADD FOREIGN KEY (type) REFERENCES musicbrainz.instrument_type (id);
ALTER TABLE musicbrainz.instrument_alias ADD FOREIGN KEY (instrument) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.instrument_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.instrument_alias_type (id);
ALTER TABLE musicbrainz.instrument_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.instrument_alias_type (id);
ALTER TABLE musicbrainz.instrument_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.instrument_annotation ADD FOREIGN KEY (instrument) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.instrument_attribute ADD FOREIGN KEY (instrument) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.instrument_attribute ADD FOREIGN KEY (instrument_attribute_type) REFERENCES musicbrainz.instrument_attribute_type (id);
ALTER TABLE musicbrainz.instrument_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.instrument_attribute_type (id);
ALTER TABLE musicbrainz.instrument_tag ADD FOREIGN KEY (instrument) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.instrument_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.instrument_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.instrument_tag_raw ADD FOREIGN KEY (instrument) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.instrument_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.instrument_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.instrument_type (id);
ALTER TABLE musicbrainz.iso_3166_1 ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.iso_3166_2 ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.iso_3166_3 ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.isrc ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.iswc ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_area_area ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_area ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_area ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_artist ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_artist ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_area_artist ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_event ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_event ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_area_event ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_instrument ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_instrument ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_area_instrument ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_label ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_label ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_area_label ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_place ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_place ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_area_place ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_recording ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_recording ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_area_recording ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_area_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_area_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_area_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_area_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_area_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.l_area_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_area_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_artist ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_artist ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_artist ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_event ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_event ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_artist_event ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_instrument ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_instrument ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_artist_instrument ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_label ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_label ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_artist_label ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_place ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_place ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_artist_place ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_recording ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_recording ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_artist_recording ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_artist_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_artist_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_artist_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_artist_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_artist_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.artist (id);
ALTER TABLE musicbrainz.l_artist_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_artist_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_event ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_event ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_event ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_instrument ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_instrument ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_event_instrument ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_label ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_label ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_event_label ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_place ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_place ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_event_place ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_recording ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_recording ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_event_recording ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_event_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_event_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_event_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_event_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_event_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.event (id);
ALTER TABLE musicbrainz.l_event_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_event_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_genre_genre ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.genre (id);
ALTER TABLE musicbrainz.l_genre_genre ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.genre (id);
ALTER TABLE musicbrainz.l_genre_genre ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_instrument ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_instrument ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_instrument ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_label ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_label ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_instrument_label ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_place ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_place ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_instrument_place ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_recording ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_recording ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_instrument_recording ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_instrument_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_instrument_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_instrument_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_instrument_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_instrument_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.instrument (id);
ALTER TABLE musicbrainz.l_instrument_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_instrument_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_label ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_label ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_label ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_place ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_place ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_label_place ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_recording ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_recording ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_label_recording ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_label_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_label_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_label_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_label_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_label_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.l_label_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_label_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_place_place ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_place ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_place ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_place_recording ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_recording ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_place_recording ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_place_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_place_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_place_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_place_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_place_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_place_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_place_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_place_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_place_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.l_place_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_place_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_recording_recording ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_recording_recording ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_recording_recording ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_recording_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_recording_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_recording_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_recording_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_recording_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_recording_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_recording_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_recording_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_recording_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_recording_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_recording_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_recording_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_recording_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.l_recording_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_recording_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_group_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_release_group_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_release_group_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_group_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_release_group_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_release_group_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_group_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_release_group_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_release_group_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_group_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_release_group_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_release_group_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_release ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_release_release ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_release_release ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_release_group ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_release_release_group ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.l_release_release_group ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_release_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_release_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_release_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_release_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_release_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.l_release_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_release_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_series_series ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_series_series ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_series_series ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_series_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_series_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_series_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_series_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.l_series_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_series_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_url_url ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_url_url ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_url_url ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_url_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.url (id);
ALTER TABLE musicbrainz.l_url_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_url_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.l_work_work ADD FOREIGN KEY (entity0) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_work_work ADD FOREIGN KEY (entity1) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.l_work_work ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.label ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.label ADD FOREIGN KEY (type) REFERENCES musicbrainz.label_type (id);
ALTER TABLE musicbrainz.label_alias ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.label_alias_type (id);
ALTER TABLE musicbrainz.label_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.label_alias_type (id);
ALTER TABLE musicbrainz.label_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.label_annotation ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_attribute ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_attribute ADD FOREIGN KEY (label_attribute_type) REFERENCES musicbrainz.label_attribute_type (id);
ALTER TABLE musicbrainz.label_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.label_attribute_type (id);
ALTER TABLE musicbrainz.label_ipi ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_isni ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_rating_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.label_rating_raw ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_tag ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.label_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.label_tag_raw ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.label_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.label_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.label_type (id);
ALTER TABLE musicbrainz.link ADD FOREIGN KEY (link_type) REFERENCES musicbrainz.link_type (id);
ALTER TABLE musicbrainz.link_attribute ADD FOREIGN KEY (attribute_type) REFERENCES musicbrainz.link_attribute_type (id);
ALTER TABLE musicbrainz.link_attribute ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.link_attribute_credit ADD FOREIGN KEY (attribute_type) REFERENCES musicbrainz.link_creditable_attribute_type (attribute_type);
ALTER TABLE musicbrainz.link_attribute_credit ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.link_attribute_text_value ADD FOREIGN KEY (attribute_type) REFERENCES musicbrainz.link_text_attribute_type (attribute_type);
ALTER TABLE musicbrainz.link_attribute_text_value ADD FOREIGN KEY (link) REFERENCES musicbrainz.link (id);
ALTER TABLE musicbrainz.link_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.link_attribute_type (id);
ALTER TABLE musicbrainz.link_attribute_type ADD FOREIGN KEY (root) REFERENCES musicbrainz.link_attribute_type (id);
ALTER TABLE musicbrainz.link_creditable_attribute_type ADD FOREIGN KEY (attribute_type) REFERENCES musicbrainz.link_attribute_type (id);
ALTER TABLE musicbrainz.link_text_attribute_type ADD FOREIGN KEY (attribute_type) REFERENCES musicbrainz.link_attribute_type (id);
ALTER TABLE musicbrainz.link_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.link_type (id);
ALTER TABLE musicbrainz.link_type_attribute_type ADD FOREIGN KEY (attribute_type) REFERENCES musicbrainz.link_attribute_type (id);
ALTER TABLE musicbrainz.link_type_attribute_type ADD FOREIGN KEY (link_type) REFERENCES musicbrainz.link_type (id);
ALTER TABLE musicbrainz.medium ADD FOREIGN KEY (format) REFERENCES musicbrainz.medium_format (id);
ALTER TABLE musicbrainz.medium ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.medium_attribute ADD FOREIGN KEY (medium) REFERENCES musicbrainz.medium (id);
ALTER TABLE musicbrainz.medium_attribute ADD FOREIGN KEY (medium_attribute_type) REFERENCES musicbrainz.medium_attribute_type (id);
ALTER TABLE musicbrainz.medium_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.medium_attribute_type (id);
ALTER TABLE musicbrainz.medium_cdtoc ADD FOREIGN KEY (cdtoc) REFERENCES musicbrainz.cdtoc (id);
ALTER TABLE musicbrainz.medium_cdtoc ADD FOREIGN KEY (medium) REFERENCES musicbrainz.medium (id);
ALTER TABLE musicbrainz.medium_format ADD FOREIGN KEY (parent) REFERENCES musicbrainz.medium_format (id);
ALTER TABLE musicbrainz.mood_alias ADD FOREIGN KEY (mood) REFERENCES musicbrainz.mood (id);
ALTER TABLE musicbrainz.mood_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.mood_alias_type (id);
ALTER TABLE musicbrainz.mood_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.mood_alias_type (id);
ALTER TABLE musicbrainz.mood_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.mood_annotation ADD FOREIGN KEY (mood) REFERENCES musicbrainz.mood (id);
ALTER TABLE musicbrainz.orderable_link_type ADD FOREIGN KEY (link_type) REFERENCES musicbrainz.link_type (id);
ALTER TABLE musicbrainz.place ADD FOREIGN KEY (area) REFERENCES musicbrainz.area (id);
ALTER TABLE musicbrainz.place ADD FOREIGN KEY (type) REFERENCES musicbrainz.place_type (id);
ALTER TABLE musicbrainz.place_alias ADD FOREIGN KEY (place) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.place_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.place_alias_type (id);
ALTER TABLE musicbrainz.place_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.place_alias_type (id);
ALTER TABLE musicbrainz.place_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.place_annotation ADD FOREIGN KEY (place) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.place_attribute ADD FOREIGN KEY (place) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.place_attribute ADD FOREIGN KEY (place_attribute_type) REFERENCES musicbrainz.place_attribute_type (id);
ALTER TABLE musicbrainz.place_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.place_attribute_type (id);
ALTER TABLE musicbrainz.place_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.place_rating_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.place_rating_raw ADD FOREIGN KEY (place) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.place_tag ADD FOREIGN KEY (place) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.place_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.place_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.place_tag_raw ADD FOREIGN KEY (place) REFERENCES musicbrainz.place (id);
ALTER TABLE musicbrainz.place_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.place_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.place_type (id);
ALTER TABLE musicbrainz.recording ADD FOREIGN KEY (artist_credit) REFERENCES musicbrainz.artist_credit (id);
ALTER TABLE musicbrainz.recording_alias ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.recording_alias_type (id);
ALTER TABLE musicbrainz.recording_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.recording_alias_type (id);
ALTER TABLE musicbrainz.recording_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.recording_annotation ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_attribute ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_attribute ADD FOREIGN KEY (recording_attribute_type) REFERENCES musicbrainz.recording_attribute_type (id);
ALTER TABLE musicbrainz.recording_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.recording_attribute_type (id);
ALTER TABLE musicbrainz.recording_first_release_date ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_rating_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.recording_rating_raw ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_tag ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.recording_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.recording_tag_raw ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.recording_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.release ADD FOREIGN KEY (artist_credit) REFERENCES musicbrainz.artist_credit (id);
ALTER TABLE musicbrainz.release ADD FOREIGN KEY (language) REFERENCES musicbrainz.language (id);
ALTER TABLE musicbrainz.release ADD FOREIGN KEY (packaging) REFERENCES musicbrainz.release_packaging (id);
ALTER TABLE musicbrainz.release ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release ADD FOREIGN KEY (script) REFERENCES musicbrainz.script (id);
ALTER TABLE musicbrainz.release ADD FOREIGN KEY (status) REFERENCES musicbrainz.release_status (id);
ALTER TABLE musicbrainz.release_alias ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.release_alias_type (id);
ALTER TABLE musicbrainz.release_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_alias_type (id);
ALTER TABLE musicbrainz.release_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.release_annotation ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_attribute ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_attribute ADD FOREIGN KEY (release_attribute_type) REFERENCES musicbrainz.release_attribute_type (id);
ALTER TABLE musicbrainz.release_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_attribute_type (id);
ALTER TABLE musicbrainz.release_country ADD FOREIGN KEY (country) REFERENCES musicbrainz.country_area (area);
ALTER TABLE musicbrainz.release_country ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_first_release_date ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_group ADD FOREIGN KEY (artist_credit) REFERENCES musicbrainz.artist_credit (id);
ALTER TABLE musicbrainz.release_group ADD FOREIGN KEY (type) REFERENCES musicbrainz.release_group_primary_type (id);
ALTER TABLE musicbrainz.release_group_alias ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.release_group_alias_type (id);
ALTER TABLE musicbrainz.release_group_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_group_alias_type (id);
ALTER TABLE musicbrainz.release_group_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.release_group_annotation ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_attribute ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_attribute ADD FOREIGN KEY (release_group_attribute_type) REFERENCES musicbrainz.release_group_attribute_type (id);
ALTER TABLE musicbrainz.release_group_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_group_attribute_type (id);
ALTER TABLE musicbrainz.release_group_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_primary_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_group_primary_type (id);
ALTER TABLE musicbrainz.release_group_rating_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.release_group_rating_raw ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_secondary_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_group_secondary_type (id);
ALTER TABLE musicbrainz.release_group_secondary_type_join ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_secondary_type_join ADD FOREIGN KEY (secondary_type) REFERENCES musicbrainz.release_group_secondary_type (id);
ALTER TABLE musicbrainz.release_group_tag ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.release_group_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.release_group_tag_raw ADD FOREIGN KEY (release_group) REFERENCES musicbrainz.release_group (id);
ALTER TABLE musicbrainz.release_group_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.release_label ADD FOREIGN KEY (label) REFERENCES musicbrainz.label (id);
ALTER TABLE musicbrainz.release_label ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_packaging ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_packaging (id);
ALTER TABLE musicbrainz.release_status ADD FOREIGN KEY (parent) REFERENCES musicbrainz.release_status (id);
ALTER TABLE musicbrainz.release_tag ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.release_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.release_tag_raw ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.release_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.release_unknown_country ADD FOREIGN KEY (release) REFERENCES musicbrainz.release (id);
ALTER TABLE musicbrainz.series ADD FOREIGN KEY (ordering_type) REFERENCES musicbrainz.series_ordering_type (id);
ALTER TABLE musicbrainz.series ADD FOREIGN KEY (type) REFERENCES musicbrainz.series_type (id);
ALTER TABLE musicbrainz.series_alias ADD FOREIGN KEY (series) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.series_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.series_alias_type (id);
ALTER TABLE musicbrainz.series_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.series_alias_type (id);
ALTER TABLE musicbrainz.series_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.series_annotation ADD FOREIGN KEY (series) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.series_attribute ADD FOREIGN KEY (series) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.series_attribute ADD FOREIGN KEY (series_attribute_type) REFERENCES musicbrainz.series_attribute_type (id);
ALTER TABLE musicbrainz.series_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.series_attribute_type (id);
ALTER TABLE musicbrainz.series_ordering_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.series_ordering_type (id);
ALTER TABLE musicbrainz.series_tag ADD FOREIGN KEY (series) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.series_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.series_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.series_tag_raw ADD FOREIGN KEY (series) REFERENCES musicbrainz.series (id);
ALTER TABLE musicbrainz.series_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.series_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.series_type (id);
ALTER TABLE musicbrainz.tag_relation ADD FOREIGN KEY (tag1) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.tag_relation ADD FOREIGN KEY (tag2) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.track ADD FOREIGN KEY (artist_credit) REFERENCES musicbrainz.artist_credit (id);
ALTER TABLE musicbrainz.track ADD FOREIGN KEY (medium) REFERENCES musicbrainz.medium (id);
ALTER TABLE musicbrainz.track ADD FOREIGN KEY (recording) REFERENCES musicbrainz.recording (id);
ALTER TABLE musicbrainz.vote ADD FOREIGN KEY (edit) REFERENCES musicbrainz.edit (id);
ALTER TABLE musicbrainz.vote ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.work ADD FOREIGN KEY (type) REFERENCES musicbrainz.work_type (id);
ALTER TABLE musicbrainz.work_alias ADD FOREIGN KEY (type) REFERENCES musicbrainz.work_alias_type (id);
ALTER TABLE musicbrainz.work_alias ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_alias_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.work_alias_type (id);
ALTER TABLE musicbrainz.work_annotation ADD FOREIGN KEY (annotation) REFERENCES musicbrainz.annotation (id);
ALTER TABLE musicbrainz.work_annotation ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_attribute ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_attribute ADD FOREIGN KEY (work_attribute_type) REFERENCES musicbrainz.work_attribute_type (id);
ALTER TABLE musicbrainz.work_attribute_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.work_attribute_type (id);
ALTER TABLE musicbrainz.work_language ADD FOREIGN KEY (language) REFERENCES musicbrainz.language (id);
ALTER TABLE musicbrainz.work_language ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_meta ADD FOREIGN KEY (id) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_rating_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.work_rating_raw ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_tag ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.work_tag ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_tag_raw ADD FOREIGN KEY (editor) REFERENCES musicbrainz.editor (id);
ALTER TABLE musicbrainz.work_tag_raw ADD FOREIGN KEY (tag) REFERENCES musicbrainz.tag (id);
ALTER TABLE musicbrainz.work_tag_raw ADD FOREIGN KEY (work) REFERENCES musicbrainz.work (id);
ALTER TABLE musicbrainz.work_type ADD FOREIGN KEY (parent) REFERENCES musicbrainz.work_type (id);
