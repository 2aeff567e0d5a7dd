-- Invenio 1.2.2, CERN's open-source digital library and document repository framework (bibliographic records and
-- their MARC fields, formatted records, fulltext documents and their file versions, collections and their names,
-- portal boxes, output formats and search fields, word indexes and ranking methods, citation and download/page-view
-- statistics, OAI-PMH repository sets and harvesting sources with their logs, users, groups, roles and access
-- actions, baskets and alerts, internal messages, record comments and reviews, knowledge bases, the submission
-- system (document types, actions, functions, approvals, referees, publications), the task scheduler and its
-- history, circulation (borrowers, libraries, items, loans, loan and interlibrary-loan requests, purchases, vendors),
-- export jobs, SWORD remote servers, journals and issues, link-back entries), as its MySQL install script declares
-- it: modules/miscutil/sql/tabcreate.sql of github.com/inveniosoftware/invenio (tag v1.2.2, commit f208a41e).
-- GPL-2.0-or-later (we use the schema's facts). Turned into PostgreSQL by a one-off script and loaded into a
-- scratch PostgreSQL 15, schema invenio. A consistent subset of its 541 tables: 161 kept. Left out: the MARC field
-- tables bibNNx/bibrec_bibNNx except five pairs kept as they are (bib10x main author, bib24x title, bib26x
-- publication, bib65x subject, bib70x added authors, each with its bibrec_ link table): 190 tables, all alike; and
-- the 171 numbered word, pair and phrase index tables (idxWORDnnF/R/Q, idxPAIRnnF/R/Q, idxPHRASEnnF/R/Q; the index
-- definitions idxINDEX, idxINDEXNAME, idxINDEX_field, idxINDEX_idxINDEX stay). Names lower-cased as PostgreSQL folds
-- them (bskBASKET -> bskbasket, id_crcBORROWER -> id_crcborrower); "user" quoted. int/mediumint (unsigned or not)
-- -> integer, tinyint/smallint -> smallint (smallint unsigned -> integer), bigint -> bigint, varchar(n)/char(n)
-- kept, enum -> character varying, text kinds -> text, blob kinds/varbinary -> bytea, datetime/timestamp ->
-- timestamp, date -> date, boolean -> boolean. Primary keys as declared (128 tables; 33 have none) and the four
-- foreign keys the source declares (link-back log tables). Left out: defaults, AUTO_INCREMENT, the other keys and
-- indexes, the MyISAM engine clauses and the install data of tabfill.sql. The source has no comments. No rows. See
-- README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS invenio;
CREATE TABLE invenio.bibrec (
    id integer NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    modification_date timestamp without time zone NOT NULL,
    master_format character varying(16) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bib10x (
    id integer NOT NULL,
    tag character varying(6) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bib24x (
    id integer NOT NULL,
    tag character varying(6) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bib26x (
    id integer NOT NULL,
    tag character varying(6) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bib65x (
    id integer NOT NULL,
    tag character varying(6) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bib70x (
    id integer NOT NULL,
    tag character varying(6) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bibrec_bib10x (
    id_bibrec integer NOT NULL,
    id_bibxxx integer NOT NULL,
    field_number integer
);
CREATE TABLE invenio.bibrec_bib24x (
    id_bibrec integer NOT NULL,
    id_bibxxx integer NOT NULL,
    field_number integer
);
CREATE TABLE invenio.bibrec_bib26x (
    id_bibrec integer NOT NULL,
    id_bibxxx integer NOT NULL,
    field_number integer
);
CREATE TABLE invenio.bibrec_bib65x (
    id_bibrec integer NOT NULL,
    id_bibxxx integer NOT NULL,
    field_number integer
);
CREATE TABLE invenio.bibrec_bib70x (
    id_bibrec integer NOT NULL,
    id_bibxxx integer NOT NULL,
    field_number integer
);
CREATE TABLE invenio.bibfmt (
    id_bibrec integer NOT NULL,
    format character varying(10) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    value bytea,
    needs_2nd_pass smallint,
    PRIMARY KEY (id_bibrec, format)
);
CREATE TABLE invenio.idxindex (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    description character varying(255) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    stemming_language character varying(10) NOT NULL,
    indexer character varying(10) NOT NULL,
    synonym_kbrs character varying(255) NOT NULL,
    remove_stopwords character varying(255) NOT NULL,
    remove_html_markup character varying(10) NOT NULL,
    remove_latex_markup character varying(10) NOT NULL,
    tokenizer character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.idxindexname (
    id_idxindex integer NOT NULL,
    ln character(5) NOT NULL,
    type character(3) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_idxindex, ln, type)
);
CREATE TABLE invenio.idxindex_field (
    id_idxindex integer NOT NULL,
    id_field integer NOT NULL,
    regexp_punctuation character varying(255) NOT NULL,
    regexp_alphanumeric_separators character varying(255) NOT NULL,
    PRIMARY KEY (id_idxindex, id_field)
);
CREATE TABLE invenio.idxindex_idxindex (
    id_virtual integer NOT NULL,
    id_normal integer NOT NULL,
    PRIMARY KEY (id_virtual, id_normal)
);
CREATE TABLE invenio.rnkmethod (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.rnkmethodname (
    id_rnkmethod integer NOT NULL,
    ln character(5) NOT NULL,
    type character(3) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_rnkmethod, ln, type)
);
CREATE TABLE invenio.rnkmethoddata (
    id_rnkmethod integer NOT NULL,
    relevance_data bytea,
    PRIMARY KEY (id_rnkmethod)
);
CREATE TABLE invenio.collection_rnkmethod (
    id_collection integer NOT NULL,
    id_rnkmethod integer NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (id_collection, id_rnkmethod)
);
CREATE TABLE invenio.rnkword01f (
    id integer NOT NULL,
    term character varying(50),
    hitlist bytea,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.rnkword01r (
    id_bibrec integer NOT NULL,
    termlist bytea,
    type character varying NOT NULL,
    PRIMARY KEY (id_bibrec, type)
);
CREATE TABLE invenio.rnkauthordata (
    aterm character varying(50),
    hitlist bytea
);
CREATE TABLE invenio.rnkpageviews (
    id_bibrec integer,
    id_user integer,
    client_host integer,
    view_time timestamp without time zone
);
CREATE TABLE invenio.rnkdownloads (
    id_bibrec integer,
    download_time timestamp without time zone,
    client_host integer,
    id_user integer,
    id_bibdoc integer,
    file_version integer,
    file_format character varying(50)
);
CREATE TABLE invenio.rnkcitationdict (
    citee integer NOT NULL,
    citer integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (citee, citer)
);
CREATE TABLE invenio.rnkselfcitedict (
    citee integer NOT NULL,
    citer integer NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (citee, citer)
);
CREATE TABLE invenio.rnkcitationlog (
    id integer NOT NULL,
    citee integer NOT NULL,
    citer integer NOT NULL,
    type character varying,
    action_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.rnkcitationdataext (
    id_bibrec integer,
    extcitepubinfo character varying(255) NOT NULL,
    PRIMARY KEY (id_bibrec, extcitepubinfo)
);
CREATE TABLE invenio.rnkcitationdataerr (
    type character varying,
    citinfo character varying(255) NOT NULL,
    PRIMARY KEY (type, citinfo)
);
CREATE TABLE invenio.collection (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    dbquery text,
    nbrecs integer,
    reclist bytea,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.collectionname (
    id_collection integer NOT NULL,
    ln character(5) NOT NULL,
    type character(3) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_collection, ln, type)
);
CREATE TABLE invenio.collection_collection (
    id_dad integer NOT NULL,
    id_son integer NOT NULL,
    type character(1) NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (id_dad, id_son)
);
CREATE TABLE invenio.collectionboxname (
    id_collection integer NOT NULL,
    ln character(5) NOT NULL,
    type character(1) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_collection, ln, type)
);
CREATE TABLE invenio.oairepository (
    id integer NOT NULL,
    setname character varying(255) NOT NULL,
    setspec character varying(255) NOT NULL,
    setcollection character varying(255) NOT NULL,
    setdescription text NOT NULL,
    setdefinition text NOT NULL,
    setreclist bytea,
    last_updated timestamp without time zone NOT NULL,
    p1 text NOT NULL,
    f1 text NOT NULL,
    m1 text NOT NULL,
    p2 text NOT NULL,
    f2 text NOT NULL,
    m2 text NOT NULL,
    p3 text NOT NULL,
    f3 text NOT NULL,
    m3 text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.oaiharvest (
    id integer NOT NULL,
    baseurl character varying(255) NOT NULL,
    metadataprefix character varying(255) NOT NULL,
    arguments bytea,
    comment text,
    name character varying(255) NOT NULL,
    lastrun timestamp without time zone,
    frequency integer NOT NULL,
    postprocess character varying(20) NOT NULL,
    setspecs text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.oaiharvestlog (
    id_oaiharvest integer NOT NULL,
    id_bibrec integer NOT NULL,
    bibupload_task_id integer NOT NULL,
    oai_id character varying(40) NOT NULL,
    date_harvested timestamp without time zone NOT NULL,
    date_inserted timestamp without time zone NOT NULL,
    inserted_to_db character(1) NOT NULL,
    PRIMARY KEY (bibupload_task_id, oai_id, date_harvested)
);
CREATE TABLE invenio.bibholdingpen (
    changeset_id integer NOT NULL,
    changeset_date timestamp without time zone NOT NULL,
    changeset_xml bytea NOT NULL,
    oai_id character varying(40) NOT NULL,
    id_bibrec integer NOT NULL,
    PRIMARY KEY (changeset_id)
);
CREATE TABLE invenio.bibarxivpdf (
    id_bibrec integer NOT NULL,
    status character varying NOT NULL,
    date_harvested timestamp without time zone NOT NULL,
    version smallint NOT NULL,
    PRIMARY KEY (id_bibrec)
);
CREATE TABLE invenio.collection_portalbox (
    id_collection integer NOT NULL,
    id_portalbox integer NOT NULL,
    ln character(5) NOT NULL,
    position character(3) NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (id_collection, id_portalbox, ln)
);
CREATE TABLE invenio.portalbox (
    id integer NOT NULL,
    title text NOT NULL,
    body text NOT NULL
);
CREATE TABLE invenio.collection_example (
    id_collection integer NOT NULL,
    id_example integer NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (id_collection, id_example)
);
CREATE TABLE invenio.example (
    id integer NOT NULL,
    type text NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.collection_format (
    id_collection integer NOT NULL,
    id_format integer NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (id_collection, id_format)
);
CREATE TABLE invenio.format (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    code character varying(20) NOT NULL,
    description character varying(255),
    content_type character varying(255),
    visibility smallint NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.formatname (
    id_format integer NOT NULL,
    ln character(5) NOT NULL,
    type character(3) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_format, ln, type)
);
CREATE TABLE invenio.collectiondetailedrecordpagetabs (
    id_collection integer NOT NULL,
    tabs character varying(255) NOT NULL,
    PRIMARY KEY (id_collection)
);
CREATE TABLE invenio.collection_field_fieldvalue (
    id_collection integer NOT NULL,
    id_field integer NOT NULL,
    id_fieldvalue integer,
    type character(3) NOT NULL,
    score smallint NOT NULL,
    score_fieldvalue smallint NOT NULL
);
CREATE TABLE invenio.field (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    code character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.fieldname (
    id_field integer NOT NULL,
    ln character(5) NOT NULL,
    type character(3) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_field, ln, type)
);
CREATE TABLE invenio.fieldvalue (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.field_tag (
    id_field integer NOT NULL,
    id_tag integer NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (id_field, id_tag)
);
CREATE TABLE invenio.tag (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(6),
    recjson_value text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bibdoc (
    id integer NOT NULL,
    status text NOT NULL,
    docname character varying(250),
    creation_date timestamp without time zone NOT NULL,
    modification_date timestamp without time zone NOT NULL,
    text_extraction_date timestamp without time zone NOT NULL,
    doctype character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bibrec_bibdoc (
    id_bibrec integer NOT NULL,
    id_bibdoc integer NOT NULL,
    docname character varying(250) NOT NULL,
    type character varying(255)
);
CREATE TABLE invenio.bibdoc_bibdoc (
    id integer NOT NULL,
    id_bibdoc1 integer,
    version1 smallint,
    format1 character varying(50),
    id_bibdoc2 integer,
    version2 smallint,
    format2 character varying(50),
    rel_type character varying(255)
);
CREATE TABLE invenio.bibdocmoreinfo (
    id_bibdoc integer,
    version smallint,
    format character varying(50),
    id_rel integer,
    namespace character varying(25),
    data_key character varying(25),
    data_value bytea
);
CREATE TABLE invenio.bibdocfsinfo (
    id_bibdoc integer NOT NULL,
    version smallint NOT NULL,
    format character varying(50) NOT NULL,
    last_version boolean NOT NULL,
    cd timestamp without time zone NOT NULL,
    md timestamp without time zone NOT NULL,
    checksum character(32) NOT NULL,
    filesize bigint NOT NULL,
    mime character varying(100) NOT NULL,
    master_format character varying(50),
    PRIMARY KEY (id_bibdoc, version, format)
);
CREATE TABLE invenio.publreq (
    id integer NOT NULL,
    host character varying(255) NOT NULL,
    date character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    address text NOT NULL,
    publication text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.session (
    session_key character varying(32) NOT NULL,
    session_expiry timestamp without time zone NOT NULL,
    session_object bytea,
    uid integer NOT NULL
);
CREATE TABLE invenio."user" (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    password bytea NOT NULL,
    note character varying(255),
    settings bytea,
    nickname character varying(255) NOT NULL,
    last_login timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.userext (
    id bytea NOT NULL,
    method character varying(50) NOT NULL,
    id_user integer NOT NULL,
    PRIMARY KEY (id, method)
);
CREATE TABLE invenio.oauth1_storage (
    token character varying(255) NOT NULL,
    secret character varying(255) NOT NULL,
    date_creation timestamp without time zone NOT NULL,
    PRIMARY KEY (token)
);
CREATE TABLE invenio.usergroup (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    join_policy character(2) NOT NULL,
    login_method character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.user_usergroup (
    id_user integer NOT NULL,
    id_usergroup integer NOT NULL,
    user_status character(1) NOT NULL,
    user_status_date timestamp without time zone NOT NULL
);
CREATE TABLE invenio.accrole (
    id integer NOT NULL,
    name character varying(32),
    description character varying(255),
    firerole_def_ser bytea,
    firerole_def_src text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.user_accrole (
    id_user integer NOT NULL,
    id_accrole integer NOT NULL,
    expiration timestamp without time zone NOT NULL,
    PRIMARY KEY (id_user, id_accrole)
);
CREATE TABLE invenio.accmailcookie (
    id integer NOT NULL,
    data bytea NOT NULL,
    expiration timestamp without time zone NOT NULL,
    kind character varying(32) NOT NULL,
    onetime boolean NOT NULL,
    status character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.accaction (
    id integer NOT NULL,
    name character varying(32),
    description character varying(255),
    allowedkeywords character varying(255),
    optional character varying NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.accargument (
    id integer NOT NULL,
    keyword character varying(32),
    value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE invenio.accrole_accaction_accargument (
    id_accrole integer,
    id_accaction integer,
    id_accargument integer,
    argumentlistid integer
);
CREATE TABLE invenio.user_query (
    id_user integer NOT NULL,
    id_query integer NOT NULL,
    hostname character varying(50),
    date timestamp without time zone
);
CREATE TABLE invenio.query (
    id integer NOT NULL,
    type character(1) NOT NULL,
    urlargs text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.user_query_basket (
    id_user integer NOT NULL,
    id_query integer NOT NULL,
    id_basket integer NOT NULL,
    frequency character varying(5) NOT NULL,
    date_creation date,
    date_lastrun date,
    alert_name character varying(30) NOT NULL,
    alert_desc text,
    alert_recipient text,
    notification character(1) NOT NULL,
    PRIMARY KEY (id_user, id_query, frequency, id_basket)
);
CREATE TABLE invenio.bskbasket (
    id integer NOT NULL,
    id_owner integer NOT NULL,
    name character varying(50) NOT NULL,
    date_modification timestamp without time zone NOT NULL,
    nb_views integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bskrec (
    id_bibrec_or_bskextrec integer NOT NULL,
    id_bskbasket integer NOT NULL,
    id_user_who_added_item integer NOT NULL,
    score integer NOT NULL,
    date_added timestamp without time zone NOT NULL,
    PRIMARY KEY (id_bibrec_or_bskextrec, id_bskbasket)
);
CREATE TABLE invenio.bskextrec (
    id integer NOT NULL,
    external_id integer NOT NULL,
    collection_id integer NOT NULL,
    original_url text,
    creation_date timestamp without time zone NOT NULL,
    modification_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bskextfmt (
    id integer NOT NULL,
    id_bskextrec integer NOT NULL,
    format character varying(10) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    value bytea,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.user_bskbasket (
    id_user integer NOT NULL,
    id_bskbasket integer NOT NULL,
    topic character varying(50) NOT NULL,
    PRIMARY KEY (id_user, id_bskbasket)
);
CREATE TABLE invenio.usergroup_bskbasket (
    id_usergroup integer NOT NULL,
    id_bskbasket integer NOT NULL,
    topic character varying(50) NOT NULL,
    date_shared timestamp without time zone NOT NULL,
    share_level character(2) NOT NULL,
    PRIMARY KEY (id_usergroup, id_bskbasket)
);
CREATE TABLE invenio.bskrecordcomment (
    id integer NOT NULL,
    id_bibrec_or_bskextrec integer NOT NULL,
    id_bskbasket integer NOT NULL,
    id_user integer NOT NULL,
    title character varying(255) NOT NULL,
    body text NOT NULL,
    date_creation timestamp without time zone NOT NULL,
    priority integer NOT NULL,
    in_reply_to_id_bskrecordcomment integer NOT NULL,
    reply_order_cached_data bytea,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.msgmessage (
    id integer NOT NULL,
    id_user_from integer NOT NULL,
    sent_to_user_nicks text NOT NULL,
    sent_to_group_names text NOT NULL,
    subject text NOT NULL,
    body text,
    sent_date timestamp without time zone NOT NULL,
    received_date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.user_msgmessage (
    id_user_to integer NOT NULL,
    id_msgmessage integer NOT NULL,
    status character(1) NOT NULL,
    PRIMARY KEY (id_user_to, id_msgmessage)
);
CREATE TABLE invenio.cmtrecordcomment (
    id integer NOT NULL,
    id_bibrec integer NOT NULL,
    id_user integer NOT NULL,
    title character varying(255) NOT NULL,
    body text NOT NULL,
    date_creation timestamp without time zone NOT NULL,
    star_score smallint NOT NULL,
    nb_votes_yes integer NOT NULL,
    nb_votes_total integer NOT NULL,
    nb_abuse_reports integer NOT NULL,
    status character(2) NOT NULL,
    round_name character varying(255) NOT NULL,
    restriction character varying(50) NOT NULL,
    in_reply_to_id_cmtrecordcomment integer NOT NULL,
    reply_order_cached_data bytea,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.cmtactionhistory (
    id_cmtrecordcomment integer,
    id_bibrec integer,
    id_user integer,
    client_host integer,
    action_time timestamp without time zone NOT NULL,
    action_code character(1) NOT NULL
);
CREATE TABLE invenio.cmtsubscription (
    id_bibrec integer NOT NULL,
    id_user integer NOT NULL,
    creation_time timestamp without time zone NOT NULL
);
CREATE TABLE invenio.cmtcollapsed (
    id_bibrec integer NOT NULL,
    id_cmtrecordcomment integer,
    id_user integer NOT NULL,
    PRIMARY KEY (id_user, id_bibrec, id_cmtrecordcomment)
);
CREATE TABLE invenio.knwkb (
    id integer NOT NULL,
    name character varying(255),
    description text,
    kbtype character(1),
    PRIMARY KEY (id)
);
CREATE TABLE invenio.knwkbrval (
    id integer NOT NULL,
    m_key character varying(255) NOT NULL,
    m_value text NOT NULL,
    id_knwkb integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.knwkbddef (
    id_knwkb integer NOT NULL,
    id_collection integer,
    output_tag text,
    search_expression text,
    PRIMARY KEY (id_knwkb)
);
CREATE TABLE invenio.sbmaction (
    lactname text,
    sactname character(3) NOT NULL,
    dir text,
    cd date,
    md date,
    actionbutton text,
    statustext text,
    PRIMARY KEY (sactname)
);
CREATE TABLE invenio.sbmallfuncdescr (
    function character varying(40) NOT NULL,
    description text,
    PRIMARY KEY (function)
);
CREATE TABLE invenio.sbmapproval (
    doctype character varying(10) NOT NULL,
    categ character varying(50) NOT NULL,
    rn character varying(50) NOT NULL,
    status character varying(10) NOT NULL,
    dfirstreq timestamp without time zone NOT NULL,
    dlastreq timestamp without time zone NOT NULL,
    daction timestamp without time zone NOT NULL,
    access character varying(20) NOT NULL,
    note text NOT NULL,
    PRIMARY KEY (rn)
);
CREATE TABLE invenio.sbmcplxapproval (
    doctype character varying(10) NOT NULL,
    categ character varying(50) NOT NULL,
    rn character varying(50) NOT NULL,
    type character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    id_group integer NOT NULL,
    id_bskbasket integer NOT NULL,
    id_edboardgroup integer NOT NULL,
    dfirstreq timestamp without time zone NOT NULL,
    dlastreq timestamp without time zone NOT NULL,
    dedboardsel timestamp without time zone NOT NULL,
    drefereesel timestamp without time zone NOT NULL,
    drefereerecom timestamp without time zone NOT NULL,
    dedboardrecom timestamp without time zone NOT NULL,
    dpubcomrecom timestamp without time zone NOT NULL,
    dprojectleaderaction timestamp without time zone NOT NULL,
    PRIMARY KEY (rn, type)
);
CREATE TABLE invenio.sbmcollection (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.sbmcollection_sbmcollection (
    id_father integer NOT NULL,
    id_son integer NOT NULL,
    catalogue_order integer NOT NULL
);
CREATE TABLE invenio.sbmcollection_sbmdoctype (
    id_father integer NOT NULL,
    id_son character(10) NOT NULL,
    catalogue_order integer NOT NULL
);
CREATE TABLE invenio.sbmcategories (
    doctype character varying(10) NOT NULL,
    sname character varying(75) NOT NULL,
    lname character varying(75) NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (doctype, sname)
);
CREATE TABLE invenio.sbmchecks (
    chname character varying(15) NOT NULL,
    chdesc text,
    cd date,
    md date,
    chefi1 text,
    chefi2 text,
    PRIMARY KEY (chname)
);
CREATE TABLE invenio.sbmdoctype (
    ldocname text,
    sdocname character varying(10),
    cd date,
    md date,
    description text
);
CREATE TABLE invenio.sbmfield (
    subname character varying(13),
    pagenb integer,
    fieldnb integer,
    fidesc character varying(15),
    fitext text,
    level character(1),
    sdesc text,
    checkn text,
    cd date,
    md date,
    fiefi1 text,
    fiefi2 text
);
CREATE TABLE invenio.sbmfielddesc (
    name character varying(15) NOT NULL,
    alephcode character varying(50),
    marccode character varying(50) NOT NULL,
    type character(1),
    size integer,
    rows integer,
    cols integer,
    maxlength integer,
    val text,
    fidesc text,
    cd date,
    md date,
    modifytext text,
    fddfi2 text,
    cookie integer,
    PRIMARY KEY (name)
);
CREATE TABLE invenio.sbmformatextension (
    file_format text NOT NULL,
    file_extension text NOT NULL
);
CREATE TABLE invenio.sbmfunctions (
    action character varying(10) NOT NULL,
    doctype character varying(10) NOT NULL,
    function character varying(40) NOT NULL,
    score integer NOT NULL,
    step smallint NOT NULL
);
CREATE TABLE invenio.sbmfundesc (
    function character varying(40) NOT NULL,
    param character varying(40)
);
CREATE TABLE invenio.sbmgfileresult (
    format text NOT NULL,
    result text NOT NULL
);
CREATE TABLE invenio.sbmimplement (
    docname character varying(10),
    actname character(3),
    displayed character(1),
    subname character varying(13),
    nbpg integer,
    cd date,
    md date,
    buttonorder integer,
    statustext text,
    level character(1) NOT NULL,
    score integer NOT NULL,
    stpage integer NOT NULL,
    endtxt character varying(100) NOT NULL
);
CREATE TABLE invenio.sbmparameters (
    doctype character varying(10) NOT NULL,
    name character varying(40) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (doctype, name)
);
CREATE TABLE invenio.sbmpublication (
    doctype character varying(10) NOT NULL,
    categ character varying(50) NOT NULL,
    rn character varying(50) NOT NULL,
    status character varying(10) NOT NULL,
    dfirstreq timestamp without time zone NOT NULL,
    dlastreq timestamp without time zone NOT NULL,
    daction timestamp without time zone NOT NULL,
    accessref character varying(20) NOT NULL,
    accessedi character varying(20) NOT NULL,
    access character varying(20) NOT NULL,
    referees character varying(50) NOT NULL,
    authoremail character varying(50) NOT NULL,
    drefselection timestamp without time zone NOT NULL,
    drefrec timestamp without time zone NOT NULL,
    dedirec timestamp without time zone NOT NULL,
    accessspo character varying(20) NOT NULL,
    journal character varying(100),
    PRIMARY KEY (doctype, categ, rn)
);
CREATE TABLE invenio.sbmpublicationcomm (
    id integer NOT NULL,
    id_parent integer,
    rn character varying(100) NOT NULL,
    firstname character varying(100),
    secondname character varying(100),
    email character varying(100),
    date character varying(40) NOT NULL,
    synopsis character varying(255) NOT NULL,
    commentfulltext text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.sbmpublicationdata (
    doctype character varying(10) NOT NULL,
    editoboard character varying(250) NOT NULL,
    base character varying(10) NOT NULL,
    logicalbase character varying(10) NOT NULL,
    spokesperson character varying(50) NOT NULL,
    PRIMARY KEY (doctype)
);
CREATE TABLE invenio.sbmreferees (
    doctype character varying(10) NOT NULL,
    categ character varying(10) NOT NULL,
    name character varying(50) NOT NULL,
    address character varying(50) NOT NULL,
    rid integer NOT NULL,
    PRIMARY KEY (rid)
);
CREATE TABLE invenio.sbmsubmissions (
    email character varying(50) NOT NULL,
    doctype character varying(10) NOT NULL,
    action character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    id character varying(30) NOT NULL,
    reference character varying(40) NOT NULL,
    cd timestamp without time zone NOT NULL,
    md timestamp without time zone NOT NULL
);
CREATE TABLE invenio.sbmcookies (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    value text,
    uid integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.schtask (
    id integer NOT NULL,
    proc character varying(255) NOT NULL,
    host character varying(255) NOT NULL,
    "user" character varying(50) NOT NULL,
    runtime timestamp without time zone NOT NULL,
    sleeptime character varying(20),
    arguments bytea,
    status character varying(50),
    progress character varying(255),
    priority smallint NOT NULL,
    sequenceid integer,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.schstatus (
    name character varying(50),
    value bytea,
    PRIMARY KEY (name)
);
CREATE TABLE invenio.hsttask (
    id integer NOT NULL,
    proc character varying(255) NOT NULL,
    host character varying(255) NOT NULL,
    "user" character varying(50) NOT NULL,
    runtime timestamp without time zone NOT NULL,
    sleeptime character varying(20),
    arguments bytea,
    status character varying(50),
    progress character varying(255),
    priority smallint NOT NULL,
    sequenceid integer,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.hstbatchupload (
    id integer NOT NULL,
    "user" character varying(50) NOT NULL,
    submitdate timestamp without time zone NOT NULL,
    filename character varying(255) NOT NULL,
    execdate timestamp without time zone NOT NULL,
    id_schtask integer NOT NULL,
    batch_mode character varying(15) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.collection_externalcollection (
    id_collection integer NOT NULL,
    id_externalcollection integer NOT NULL,
    type smallint NOT NULL,
    PRIMARY KEY (id_collection, id_externalcollection)
);
CREATE TABLE invenio.externalcollection (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.staevent (
    id character varying(255) NOT NULL,
    number integer NOT NULL,
    name character varying(255),
    creation_time timestamp without time zone,
    cols character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE invenio.clsmethod (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    location character varying(255) NOT NULL,
    description character varying(255) NOT NULL,
    last_updated timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.collection_clsmethod (
    id_collection integer NOT NULL,
    id_clsmethod integer NOT NULL,
    PRIMARY KEY (id_collection, id_clsmethod)
);
CREATE TABLE invenio.jrnjournal (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.jrnissue (
    id_jrnjournal integer NOT NULL,
    issue_number character varying(50) NOT NULL,
    issue_display character varying(50) NOT NULL,
    date_released timestamp without time zone NOT NULL,
    date_announced timestamp without time zone NOT NULL,
    PRIMARY KEY (id_jrnjournal, issue_number)
);
CREATE TABLE invenio.hstrecord (
    id_bibrec integer NOT NULL,
    marcxml bytea NOT NULL,
    job_id integer NOT NULL,
    job_name character varying(255) NOT NULL,
    job_person character varying(255) NOT NULL,
    job_date timestamp without time zone NOT NULL,
    job_details bytea NOT NULL,
    affected_fields text NOT NULL
);
CREATE TABLE invenio.hstdocument (
    id_bibdoc integer NOT NULL,
    docname character varying(250) NOT NULL,
    docformat character varying(50) NOT NULL,
    docversion smallint NOT NULL,
    docsize bigint NOT NULL,
    docchecksum character(32) NOT NULL,
    doctimestamp timestamp without time zone NOT NULL,
    action character varying(50) NOT NULL,
    job_id integer,
    job_name character varying(255),
    job_person character varying(255),
    job_date timestamp without time zone,
    job_details bytea
);
CREATE TABLE invenio.crcborrower (
    id integer NOT NULL,
    ccid integer,
    name character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    phone character varying(60),
    address character varying(60),
    mailbox character varying(30),
    borrower_since timestamp without time zone NOT NULL,
    borrower_until timestamp without time zone NOT NULL,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.crcillrequest (
    id integer NOT NULL,
    id_crcborrower integer NOT NULL,
    barcode character varying(30) NOT NULL,
    period_of_interest_from timestamp without time zone NOT NULL,
    period_of_interest_to timestamp without time zone NOT NULL,
    id_crclibrary integer NOT NULL,
    request_date timestamp without time zone NOT NULL,
    expected_date timestamp without time zone NOT NULL,
    arrival_date timestamp without time zone NOT NULL,
    due_date timestamp without time zone NOT NULL,
    return_date timestamp without time zone NOT NULL,
    status character varying(20) NOT NULL,
    cost character varying(30) NOT NULL,
    budget_code character varying(60) NOT NULL,
    item_info text,
    request_type text,
    borrower_comments text,
    only_this_edition character varying(10) NOT NULL,
    library_notes text,
    overdue_letter_number integer NOT NULL,
    overdue_letter_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.crcitem (
    barcode character varying(30) NOT NULL,
    id_bibrec integer NOT NULL,
    id_crclibrary integer NOT NULL,
    collection character varying(60),
    location character varying(60),
    description character varying(60),
    loan_period character varying(30) NOT NULL,
    status character varying(20) NOT NULL,
    expected_arrival_date character varying(60) NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    modification_date timestamp without time zone NOT NULL,
    number_of_requests integer NOT NULL,
    PRIMARY KEY (barcode)
);
CREATE TABLE invenio.crclibrary (
    id integer NOT NULL,
    name character varying(80) NOT NULL,
    address character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    phone character varying(30) NOT NULL,
    type character varying(30) NOT NULL,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.crcloan (
    id integer NOT NULL,
    id_crcborrower integer NOT NULL,
    id_bibrec integer NOT NULL,
    barcode character varying(30) NOT NULL,
    loaned_on timestamp without time zone NOT NULL,
    returned_on date NOT NULL,
    due_date timestamp without time zone NOT NULL,
    number_of_renewals integer NOT NULL,
    overdue_letter_number integer NOT NULL,
    overdue_letter_date timestamp without time zone NOT NULL,
    status character varying(20) NOT NULL,
    type character varying(20) NOT NULL,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.crcloanrequest (
    id integer NOT NULL,
    id_crcborrower integer NOT NULL,
    id_bibrec integer NOT NULL,
    barcode character varying(30) NOT NULL,
    period_of_interest_from timestamp without time zone NOT NULL,
    period_of_interest_to timestamp without time zone NOT NULL,
    status character varying(20) NOT NULL,
    notes text,
    request_date timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.crcpurchase (
    id integer NOT NULL,
    id_bibrec integer NOT NULL,
    id_crcvendor integer NOT NULL,
    ordered_date timestamp without time zone NOT NULL,
    expected_date timestamp without time zone NOT NULL,
    price character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.crcvendor (
    id integer NOT NULL,
    name character varying(80) NOT NULL,
    address character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    phone character varying(30) NOT NULL,
    notes text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.expjob (
    id integer NOT NULL,
    jobname character varying(50) NOT NULL,
    jobfreq integer NOT NULL,
    output_format integer NOT NULL,
    deleted integer NOT NULL,
    lastrun timestamp without time zone NOT NULL,
    output_directory text,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.expquery (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    search_criteria text NOT NULL,
    output_fields text NOT NULL,
    notes text,
    deleted integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.expjob_expquery (
    id_expjob integer NOT NULL,
    id_expquery integer NOT NULL,
    PRIMARY KEY (id_expjob, id_expquery)
);
CREATE TABLE invenio.expqueryresult (
    id integer NOT NULL,
    id_expquery integer NOT NULL,
    result text NOT NULL,
    status integer NOT NULL,
    status_message text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.expjobresult (
    id integer NOT NULL,
    id_expjob integer NOT NULL,
    execution_time timestamp without time zone NOT NULL,
    status integer NOT NULL,
    status_message text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.expjobresult_expqueryresult (
    id_expjobresult integer NOT NULL,
    id_expqueryresult integer NOT NULL,
    PRIMARY KEY (id_expjobresult, id_expqueryresult)
);
CREATE TABLE invenio.user_expjob (
    id_user integer NOT NULL,
    id_expjob integer NOT NULL,
    PRIMARY KEY (id_user, id_expjob)
);
CREATE TABLE invenio.swrremoteserver (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    host character varying(50) NOT NULL,
    username character varying(50) NOT NULL,
    password character varying(50) NOT NULL,
    email character varying(50) NOT NULL,
    realm character varying(50) NOT NULL,
    url_base_record character varying(50) NOT NULL,
    url_servicedocument character varying(80) NOT NULL,
    xml_servicedocument bytea,
    last_update integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.swrclientdata (
    id integer NOT NULL,
    id_swrremoteserver integer NOT NULL,
    id_record integer NOT NULL,
    report_no character varying(50) NOT NULL,
    id_remote character varying(50) NOT NULL,
    id_user integer NOT NULL,
    user_name character varying(100) NOT NULL,
    user_email character varying(100) NOT NULL,
    xml_media_deposit bytea NOT NULL,
    xml_metadata_submit bytea NOT NULL,
    submission_date timestamp without time zone NOT NULL,
    publication_date timestamp without time zone NOT NULL,
    removal_date timestamp without time zone NOT NULL,
    link_medias character varying(150) NOT NULL,
    link_metadata character varying(150) NOT NULL,
    link_status character varying(150) NOT NULL,
    status character varying(150) NOT NULL,
    last_update timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.hstexception (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    filename character varying(255),
    line integer,
    last_seen timestamp without time zone NOT NULL,
    last_notified timestamp without time zone NOT NULL,
    counter integer NOT NULL,
    total integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bsrmethod (
    id integer NOT NULL,
    name character varying(20) NOT NULL,
    definition character varying(255) NOT NULL,
    washer character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.bsrmethodname (
    id_bsrmethod integer NOT NULL,
    ln character(5) NOT NULL,
    type character(3) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id_bsrmethod, ln, type)
);
CREATE TABLE invenio.bsrmethoddata (
    id_bsrmethod integer NOT NULL,
    data_dict bytea,
    data_dict_ordered bytea,
    data_list_sorted bytea,
    last_updated timestamp without time zone,
    PRIMARY KEY (id_bsrmethod)
);
CREATE TABLE invenio.bsrmethoddatabucket (
    id_bsrmethod integer NOT NULL,
    bucket_no smallint NOT NULL,
    bucket_data bytea,
    bucket_last_value character varying(255),
    last_updated timestamp without time zone,
    PRIMARY KEY (id_bsrmethod, bucket_no)
);
CREATE TABLE invenio.collection_bsrmethod (
    id_collection integer NOT NULL,
    id_bsrmethod integer NOT NULL,
    score smallint NOT NULL,
    PRIMARY KEY (id_collection, id_bsrmethod)
);
CREATE TABLE invenio.seqstore (
    id integer NOT NULL,
    seq_name character varying(15),
    seq_value character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE invenio.lnkentry (
    id integer NOT NULL,
    origin_url character varying(100) NOT NULL,
    id_bibrec integer NOT NULL,
    additional_properties bytea,
    type character varying(30) NOT NULL,
    status character varying(30) NOT NULL,
    insert_time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.lnkentryurltitle (
    id integer NOT NULL,
    url character varying(100) NOT NULL,
    title character varying(100) NOT NULL,
    manual_set boolean NOT NULL,
    broken_count integer,
    broken boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.lnkentrylog (
    id_lnkentry integer NOT NULL,
    id_lnklog integer NOT NULL
);
CREATE TABLE invenio.lnklog (
    id integer NOT NULL,
    id_user integer,
    action character varying(30) NOT NULL,
    log_time timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.lnkadminurl (
    id integer NOT NULL,
    url character varying(100) NOT NULL,
    list character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE invenio.lnkadminurllog (
    id_lnkadminurl integer NOT NULL,
    id_lnklog integer NOT NULL
);
CREATE TABLE invenio.webapikey (
    id character varying(150) NOT NULL,
    secret character varying(150) NOT NULL,
    id_user integer NOT NULL,
    status character varying(25) NOT NULL,
    description character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE invenio.goto (
    label character varying(150) NOT NULL,
    plugin character varying(150) NOT NULL,
    parameters text NOT NULL,
    creation_date timestamp without time zone NOT NULL,
    modification_date timestamp without time zone NOT NULL,
    PRIMARY KEY (label)
);
CREATE TABLE invenio.bibcheck_rules (
    name character varying(150) NOT NULL,
    last_run timestamp without time zone NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE invenio.upgrade (
    upgrade character varying(255) NOT NULL,
    applied timestamp without time zone NOT NULL,
    PRIMARY KEY (upgrade)
);
ALTER TABLE ONLY invenio.lnkentrylog ADD FOREIGN KEY (id_lnkentry) REFERENCES invenio.lnkentry(id);
ALTER TABLE ONLY invenio.lnkentrylog ADD FOREIGN KEY (id_lnklog) REFERENCES invenio.lnklog(id);
ALTER TABLE ONLY invenio.lnkadminurllog ADD FOREIGN KEY (id_lnkadminurl) REFERENCES invenio.lnkadminurl(id);
ALTER TABLE ONLY invenio.lnkadminurllog ADD FOREIGN KEY (id_lnklog) REFERENCES invenio.lnklog(id);
