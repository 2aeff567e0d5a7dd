-- GAzie (Gestione Aziendale) 7.39, the Italian open-source web accounting and ERP for small businesses, **table and
-- column names in Italian** (often abbreviated: clfoco = clienti/fornitori/conti, tesdoc/rigdoc = testate/righi
-- documenti, artico = articoli, movmag = movimenti di magazzino): the chart of accounts with customers and suppliers
-- (gaz_001clfoco) and the shared registry of names and addresses (gaz_anagra), destinations; sales and purchase
-- documents (gaz_001tesdoc/rigdoc: delivery notes, invoices, credit notes, receipts), quotes and orders
-- (gaz_001tesbro/rigbro), bills and RiBa (gaz_001effett), payment terms, banks, carriers, shipping, packaging,
-- ports/incoterms; articles, categories and statistical groups, bills of materials, lots, stock movements and their
-- causes; accounting entries (gaz_001tesmov, gaz_001rigmoc, VAT lines gaz_001rigmoi, payment schedule gaz_001paymov),
-- accounting causes, VAT rates, VAT settlements, e-invoice fluxes; agents and commissions; contracts; fixed assets;
-- production orders; staff, skills and worked hours; the field notebook (quaderno di campagna: fields, crops,
-- pesticides); letters, files, cash registers; and the global tables (companies gaz_aziend, users gaz_admin and their
-- logins, modules and menus, countries, regions, provinces, municipalities, currencies, languages, config). As the
-- installer creates them for company 001: setup/install/install_7.39.sql of GAzie's repository (mirrored from
-- SourceForge svn trunk r4303 in github.com/lab51org/gazie, commit 2b9f678, 2021-01-27; later install scripts are too
-- large for this machine's copy), GPL-2.0 (we use the schema's facts). The MySQL script was loaded into a scratch
-- MariaDB 10.11 and converted from its catalog by a one-off script (int -> integer, int unsigned -> bigint, tinyint ->
-- smallint, mediumint -> integer, datetime/timestamp -> timestamp, text/mediumtext/longtext/enum/set -> text,
-- blob/mediumblob -> bytea, double -> double precision, float -> real, decimal -> numeric), loaded into a scratch
-- PostgreSQL 15, schema gazie, table names kept with their gaz_ / gaz_001 prefixes: all 88 tables with their primary
-- keys and the 302 table/column comments the source declares. The source (MyISAM tables) declares no foreign keys:
-- references such as gaz_001rigdoc.id_tes -> gaz_001tesdoc, gaz_001tesdoc.clfoco -> gaz_001clfoco.codice,
-- gaz_001clfoco.id_anagra -> gaz_anagra.id, gaz_001movmag.artico -> gaz_001artico.codice are implied by names only.
-- Left out: AUTO_INCREMENT, defaults, ON UPDATE, collations, engine options, indexes, and the INSERTs of the default
-- rows (VAT rates, causes, payment terms, countries, municipalities, menus, ...). No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS gazie;
CREATE TABLE gazie.gaz_001agenti (
    id_agente integer NOT NULL,
    id_fornitore integer NOT NULL,
    base_percent numeric(4,2) NOT NULL,
    tipo_contratto smallint NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_agente)
);
CREATE TABLE gazie.gaz_001agenti_forn (
    id_agente integer NOT NULL,
    id_fornitore integer NOT NULL,
    base_percent numeric(4,2) NOT NULL,
    tipo_contratto smallint NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone
);
CREATE TABLE gazie.gaz_001aliiva (
    codice integer NOT NULL,
    tipiva character(1) NOT NULL,
    operation_type character(15) NOT NULL,
    aliquo numeric(3,1),
    taxstamp integer NOT NULL,
    fae_natura character varying(4) NOT NULL,
    descri character varying(50) NOT NULL,
    status character varying(10),
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001artico (
    codice character varying(15) NOT NULL,
    descri character varying(255),
    codice_fornitore character varying(50) NOT NULL,
    id_assets integer NOT NULL,
    ref_ecommerce_id_product character varying(50),
    quality character varying(50) NOT NULL,
    ordinabile character varying(1) NOT NULL,
    movimentabile character varying(1) NOT NULL,
    good_or_service integer,
    lot_or_serial integer NOT NULL,
    image bytea NOT NULL,
    barcode character varying(64) NOT NULL,
    unimis character(3),
    larghezza numeric(10,3),
    lunghezza numeric(10,3),
    spessore numeric(10,3),
    bending_moment numeric(8,2),
    catmer integer NOT NULL,
    ragstat character(15) NOT NULL,
    preacq numeric(14,5),
    preve1 numeric(14,5),
    preve2 numeric(14,5),
    preve3 numeric(14,5),
    preve4 numeric(14,5),
    sconto numeric(6,3),
    web_mu character varying(15) NOT NULL,
    web_price numeric(14,5) NOT NULL,
    web_multiplier numeric(6,3) NOT NULL,
    web_public smallint NOT NULL,
    depli_public smallint,
    web_url character varying(255) NOT NULL,
    aliiva integer,
    retention_tax smallint NOT NULL,
    last_cost numeric(14,5),
    payroll_tax smallint NOT NULL,
    scorta numeric(12,3),
    riordino numeric(12,3),
    uniacq character(3) NOT NULL,
    classif_amb smallint NOT NULL,
    maintenance_period integer NOT NULL,
    mostra_qdc smallint NOT NULL,
    peso_specifico numeric(12,3),
    volume_specifico numeric(12,3) NOT NULL,
    dose_massima numeric(8,3) NOT NULL,
    rame_metallico numeric(8,3) NOT NULL,
    perc_n numeric(3,1),
    perc_p numeric(3,1),
    perc_k numeric(3,1),
    tempo_sospensione integer NOT NULL,
    sian integer NOT NULL,
    id_reg integer NOT NULL,
    pack_units smallint NOT NULL,
    codcon integer NOT NULL,
    id_cost integer NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    clfoco character(15),
    last_used date,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001assets (
    id integer NOT NULL,
    id_movcon integer NOT NULL,
    type_mov integer NOT NULL,
    descri character varying(100) NOT NULL,
    codice_artico character varying(15) NOT NULL,
    install_date date,
    codice_campi integer NOT NULL,
    hostpath character varying(200) NOT NULL,
    username character varying(50) NOT NULL,
    password character varying(50) NOT NULL,
    linkmode character varying(15) NOT NULL,
    unimis character varying(3) NOT NULL,
    quantity numeric(12,3) NOT NULL,
    a_value numeric(12,2) NOT NULL,
    pagame integer NOT NULL,
    ss_amm_min integer NOT NULL,
    valamm numeric(5,2) NOT NULL,
    acc_fixed_assets integer NOT NULL,
    acc_found_assets integer NOT NULL,
    acc_cost_assets integer NOT NULL,
    id_no_deduct_vat integer NOT NULL,
    no_deduct_vat_rate numeric(5,2) NOT NULL,
    acc_no_deduct_cost integer NOT NULL,
    no_deduct_cost_rate numeric(5,2) NOT NULL,
    lost_cost_value numeric(12,2) NOT NULL,
    super_ammort numeric(12,2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001assist (
    id integer NOT NULL,
    idinstallazione integer NOT NULL,
    tipo character varying(3),
    codice integer NOT NULL,
    utente character varying(50) NOT NULL,
    data date NOT NULL,
    tecnico character varying(50) NOT NULL,
    oggetto character varying(80) NOT NULL,
    descrizione text NOT NULL,
    soluzione text,
    ora_inizio character varying(5),
    ora_fine character varying(5),
    info_agg character varying(80),
    clfoco integer NOT NULL,
    ore numeric(6,2) NOT NULL,
    codart character varying(15) NOT NULL,
    prezzo character varying(10),
    codeart character varying(10),
    ripetizione integer,
    ogni character varying(10),
    stato character varying(20) NOT NULL,
    note text,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001banapp (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    codabi integer NOT NULL,
    codcab integer NOT NULL,
    locali character varying(50) NOT NULL,
    codpro character(2) NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001body_text (
    id_body bigint NOT NULL,
    table_name_ref character varying(50) NOT NULL,
    id_ref integer NOT NULL,
    body_text text NOT NULL,
    lang_id integer NOT NULL,
    PRIMARY KEY (id_body)
);
CREATE TABLE gazie.gaz_001camp_artico (
    id_campartico integer NOT NULL,
    codice character varying(15) NOT NULL,
    or_macro integer NOT NULL,
    or_spec character varying(80) NOT NULL,
    estrazione integer NOT NULL,
    biologico integer NOT NULL,
    etichetta integer NOT NULL,
    confezione numeric(9,3) NOT NULL,
    categoria integer NOT NULL,
    PRIMARY KEY (id_campartico)
);
CREATE TABLE gazie.gaz_001camp_mov_sian (
    id_mov_sian integer NOT NULL,
    id_mov_sian_rif integer NOT NULL,
    id_movmag integer NOT NULL,
    recip_stocc_destin character varying(10) NOT NULL,
    recip_stocc character varying(10) NOT NULL,
    cod_operazione character varying(10) NOT NULL,
    stabil_dep integer NOT NULL,
    status character varying(45) NOT NULL,
    PRIMARY KEY (id_mov_sian)
);
CREATE TABLE gazie.gaz_001camp_recip_stocc (
    cod_silos character varying(10) NOT NULL,
    capacita numeric(13,3) NOT NULL,
    affitto integer NOT NULL,
    dop_igp integer NOT NULL,
    PRIMARY KEY (cod_silos)
);
CREATE TABLE gazie.gaz_001campi (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    image bytea,
    indirizzo character varying(50),
    provincia character varying(2),
    comune character varying(50),
    web_url character varying(255) NOT NULL,
    ricarico numeric(7,3) NOT NULL,
    giorno_decadimento timestamp without time zone,
    codice_prodotto_usato character varying(15) NOT NULL,
    id_mov integer,
    id_rif integer,
    id_colture integer,
    zona_vulnerabile integer,
    limite_azoto_zona_vulnerabile integer NOT NULL,
    limite_azoto_zona_non_vulnerabile integer NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001cash_register (
    id_cash smallint NOT NULL,
    seziva integer NOT NULL,
    adminid character varying(20) NOT NULL,
    serial_port character varying(32) NOT NULL,
    driver character varying(32) NOT NULL,
    path_data character varying(1000) NOT NULL,
    enabled_users character varying(1000) NOT NULL,
    descri character varying(32) NOT NULL,
    lotteria_scontrini character varying(32) NOT NULL,
    PRIMARY KEY (id_cash)
);
CREATE TABLE gazie.gaz_001cash_register_reparto (
    id_cash_register_reparto integer NOT NULL,
    cash_register_id_cash integer NOT NULL,
    aliiva_codice integer NOT NULL,
    reparto character varying(8) NOT NULL,
    descrizione character varying(50) NOT NULL,
    PRIMARY KEY (id_cash_register_reparto)
);
CREATE TABLE gazie.gaz_001cash_register_tender (
    id_cash_register_tender integer NOT NULL,
    cash_register_id_cash integer NOT NULL,
    pagame_codice integer NOT NULL,
    tender character varying(8) NOT NULL,
    descrizione character varying(50) NOT NULL,
    PRIMARY KEY (id_cash_register_tender)
);
CREATE TABLE gazie.gaz_001catmer (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    image bytea NOT NULL,
    web_url character varying(255) NOT NULL,
    ref_ecommerce_id_category character varying(50),
    ricarico numeric(4,1) NOT NULL,
    top smallint NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001caucon (
    codice character(3) NOT NULL,
    descri character varying(50) NOT NULL,
    insdoc integer,
    regiva integer NOT NULL,
    operat integer NOT NULL,
    pay_schedule integer NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001caucon_rows (
    caucon_cod character(3) NOT NULL,
    clfoco_ref integer NOT NULL,
    type_imp character(1) NOT NULL,
    dare_avere character(1) NOT NULL,
    n_order integer NOT NULL
);
CREATE TABLE gazie.gaz_001caumag (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    type_cau smallint NOT NULL,
    clifor smallint NOT NULL,
    insdoc smallint NOT NULL,
    operat smallint NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001clfoco (
    codice integer NOT NULL,
    id_anagra integer NOT NULL,
    descri character varying(100),
    ref_ecommerce_id_customer character varying(50),
    print_map smallint NOT NULL,
    external_resp smallint NOT NULL,
    external_service_descri character varying(100) NOT NULL,
    id_agente integer NOT NULL,
    banapp integer NOT NULL,
    portos integer NOT NULL,
    spediz integer NOT NULL,
    imball integer NOT NULL,
    listin integer NOT NULL,
    destin character varying(100) NOT NULL,
    id_des integer NOT NULL,
    iban character varying(32) NOT NULL,
    sia_code character varying(5) NOT NULL,
    cuc_code character varying(8) NOT NULL,
    maxrat numeric(8,2),
    ragdoc character(1) NOT NULL,
    addbol character(1) NOT NULL,
    speban character(1) NOT NULL,
    spefat character(1) NOT NULL,
    stapre character(1) NOT NULL,
    codpag integer NOT NULL,
    sconto numeric(5,2),
    sconto_rigo numeric(5,2),
    aliiva integer NOT NULL,
    ritenuta numeric(3,1) NOT NULL,
    allegato smallint NOT NULL,
    cosric integer NOT NULL,
    ceedar character varying(8) NOT NULL,
    ceeave character varying(8) NOT NULL,
    paymov character varying(1) NOT NULL,
    operation_type character varying(15) NOT NULL,
    id_assets integer NOT NULL,
    sel4esp_art smallint,
    status character varying(10) NOT NULL,
    status_sian integer NOT NULL,
    annota character varying(3000) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001company_config (
    id integer NOT NULL,
    description character varying(100),
    var character varying(100) NOT NULL,
    val character varying(2000),
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001company_data (
    id integer NOT NULL,
    description character varying(100),
    var character varying(100) NOT NULL,
    data text,
    ref character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001comunicazioni_dati_fatture (
    id integer NOT NULL,
    anno integer,
    periodicita character varying(1) NOT NULL,
    trimestre_semestre integer,
    nome_file_dte character varying(100),
    nome_file_dtr character varying(100),
    nome_file_zip character varying(100),
    idfile character varying(18),
    nome_file_ann character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001contract (
    id_contract integer NOT NULL,
    id_customer integer NOT NULL,
    id_assets integer NOT NULL,
    vat_section integer NOT NULL,
    doc_number integer NOT NULL,
    doc_type character varying(3) NOT NULL,
    conclusion_date date,
    start_date date,
    months_duration integer NOT NULL,
    initial_fee numeric(15,2) NOT NULL,
    periodic_reassessment integer NOT NULL,
    periodicity integer NOT NULL,
    payment_method integer NOT NULL,
    bank integer NOT NULL,
    tacit_renewal integer NOT NULL,
    current_fee numeric(15,2) NOT NULL,
    cod_revenue integer NOT NULL,
    id_con integer NOT NULL,
    vat_code integer NOT NULL,
    id_body_text integer NOT NULL,
    last_reassessment date,
    id_agente integer NOT NULL,
    provvigione numeric(4,2) NOT NULL,
    status character varying(10) NOT NULL,
    note character varying(64) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (id_contract)
);
CREATE TABLE gazie.gaz_001contract_row (
    id_row integer NOT NULL,
    id_contract integer NOT NULL,
    descri character varying(100),
    unimis character(3) NOT NULL,
    quanti numeric(12,3),
    price numeric(14,5),
    discount numeric(4,1),
    vat_code integer NOT NULL,
    cod_revenue integer NOT NULL,
    id_con integer NOT NULL,
    status character varying(10) NOT NULL,
    PRIMARY KEY (id_row)
);
CREATE TABLE gazie.gaz_001distinta_base (
    id bigint NOT NULL,
    codice_composizione character varying(15) NOT NULL,
    codice_artico_base character varying(15) NOT NULL,
    quantita_artico_base numeric(14,5) NOT NULL,
    id_movmag bigint,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001effett (
    id_tes integer NOT NULL,
    tipeff character(1) NOT NULL,
    datemi date,
    progre integer NOT NULL,
    numfat integer NOT NULL,
    seziva integer NOT NULL,
    protoc integer NOT NULL,
    datfat date,
    totfat numeric(11,2),
    salacc character(1) NOT NULL,
    impeff numeric(11,2),
    scaden date,
    clfoco integer NOT NULL,
    pagame integer NOT NULL,
    banapp integer NOT NULL,
    banacc integer NOT NULL,
    id_doc integer NOT NULL,
    id_con integer NOT NULL,
    cigcup character varying(40) NOT NULL,
    status character varying(10) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_tes)
);
CREATE TABLE gazie.gaz_001expdoc (
    id_exp integer NOT NULL,
    id_tes integer NOT NULL,
    condizionipagamento character varying(4) NOT NULL,
    modalitapagamento character varying(4) NOT NULL,
    datariferimentoterminipagamento date,
    giorniterminipagamento integer NOT NULL,
    datascadenzapagamento date,
    importopagamento numeric(10,2) NOT NULL,
    PRIMARY KEY (id_exp)
);
CREATE TABLE gazie.gaz_001extcon (
    year integer NOT NULL,
    cos_serv_ind numeric(11,2),
    cos_serv_amm numeric(11,2),
    cos_serv_com numeric(11,2),
    cos_godb_ind numeric(11,2),
    cos_godb_amm numeric(11,2),
    cos_godb_com numeric(11,2),
    cos_pers_ind numeric(11,2),
    cos_pers_amm numeric(11,2),
    cos_pers_com numeric(11,2),
    cos_amms_ind numeric(11,2),
    cos_amms_amm numeric(11,2),
    cos_amms_com numeric(11,2),
    cos_accr_ind numeric(11,2),
    cos_accr_amm numeric(11,2),
    cos_accr_com numeric(11,2),
    cos_acca_ind numeric(11,2),
    cos_acca_amm numeric(11,2),
    cos_acca_com numeric(11,2),
    cos_divg_ind numeric(11,2),
    cos_divg_amm numeric(11,2),
    cos_divg_com numeric(11,2),
    deb_breve numeric(11,2),
    deb_medio numeric(11,2),
    deb_lungo numeric(11,2),
    num_dip integer,
    PRIMARY KEY (year)
);
CREATE TABLE gazie.gaz_001fae_flux (
    id integer NOT NULL,
    filename_ori character varying(30) NOT NULL,
    filename_zip_package character varying(50) NOT NULL,
    id_tes_ref integer NOT NULL,
    exec_date timestamp without time zone NOT NULL,
    received_date timestamp without time zone NOT NULL,
    delivery_date timestamp without time zone NOT NULL,
    filename_son character varying(30) NOT NULL,
    id_sdi character varying(20) NOT NULL,
    filename_ret character varying(30) NOT NULL,
    mail_id character varying(50) NOT NULL,
    data bytea NOT NULL,
    flux_status character varying(10) NOT NULL,
    flux_completed integer NOT NULL,
    progr_ret character varying(4) NOT NULL,
    flux_descri character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001files (
    id_doc bigint NOT NULL,
    table_name_ref character varying(50) NOT NULL,
    id_ref integer NOT NULL,
    item_ref character varying(15) NOT NULL,
    extension character varying(4) NOT NULL,
    title character varying(255) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_doc)
);
CREATE TABLE gazie.gaz_001fornitore_magazzino (
    id integer NOT NULL,
    id_anagr integer NOT NULL,
    codice_fornitore character varying(50) NOT NULL,
    codice_magazzino character varying(15) NOT NULL,
    rapporto_qta_fornitore numeric(14,5) NOT NULL,
    last_price numeric(14,5) NOT NULL,
    date_insert date NOT NULL,
    date_update timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001imball (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    weight numeric(8,2) NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001instal (
    id integer NOT NULL,
    codice integer NOT NULL,
    clfoco integer NOT NULL,
    oggetto character varying(100) NOT NULL,
    descrizione character varying(255) NOT NULL,
    seriale character varying(255) NOT NULL,
    datainst date NOT NULL,
    note text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001letter (
    id_let integer NOT NULL,
    write_date date,
    numero character varying(20) NOT NULL,
    revision character(3) NOT NULL,
    clfoco integer NOT NULL,
    email character varying(50),
    tipo character(3) NOT NULL,
    c_a character varying(60) NOT NULL,
    oggetto character varying(128) NOT NULL,
    corpo text,
    signature smallint NOT NULL,
    note character varying(64) NOT NULL,
    status character varying(16) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_let)
);
CREATE TABLE gazie.gaz_001liquidazioni_iva (
    id integer NOT NULL,
    anno integer,
    periodicita character varying(1) NOT NULL,
    mese_trimestre integer,
    nome_file_xml character varying(100),
    subforniture integer,
    eventi_eccezionali integer,
    vp2 numeric(12,2),
    vp3 numeric(12,2),
    vp4 numeric(12,2),
    vp5 numeric(12,2),
    vp7 numeric(12,2),
    vp8 numeric(12,2),
    vp9 numeric(12,2),
    vp10 numeric(12,2),
    vp11 numeric(12,2),
    vp12 numeric(12,2),
    vp13 numeric(12,2),
    vp13m integer,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001lotmag (
    id integer NOT NULL,
    codart character varying(15) NOT NULL,
    id_movmag integer NOT NULL,
    id_rigdoc integer NOT NULL,
    identifier character varying(100) NOT NULL,
    expiry timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001movmag (
    id_mov integer NOT NULL,
    caumag integer NOT NULL,
    type_mov integer NOT NULL,
    operat smallint NOT NULL,
    datreg date NOT NULL,
    tipdoc character(3) NOT NULL,
    desdoc character varying(100) NOT NULL,
    datdoc date NOT NULL,
    clfoco integer NOT NULL,
    scochi numeric(5,2) NOT NULL,
    id_rif integer NOT NULL,
    artico character varying(50) NOT NULL,
    id_lotmag integer NOT NULL,
    id_orderman integer NOT NULL,
    id_assets integer NOT NULL,
    quanti numeric(14,5),
    prezzo numeric(14,5),
    scorig numeric(4,1),
    campo_coltivazione integer NOT NULL,
    id_avversita integer NOT NULL,
    id_colture integer NOT NULL,
    status character varying(10) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_mov)
);
CREATE TABLE gazie.gaz_001orderman (
    id integer NOT NULL,
    order_type character varying(3),
    description character varying(80) NOT NULL,
    add_info text,
    id_tesbro integer NOT NULL,
    id_rigbro integer NOT NULL,
    id_lotmag integer NOT NULL,
    campo_impianto integer NOT NULL,
    duration integer NOT NULL,
    id_staff_def integer NOT NULL,
    stato_lavorazione integer NOT NULL,
    tracking_no character varying(50) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001pagame (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    tippag character(1) NOT NULL,
    incaut integer NOT NULL,
    pagaut integer,
    tipdec character(1) NOT NULL,
    giodec integer NOT NULL,
    mesesc integer NOT NULL,
    messuc integer NOT NULL,
    giosuc integer NOT NULL,
    numrat integer NOT NULL,
    tiprat character(1) NOT NULL,
    fae_mode character varying(4) NOT NULL,
    id_bank integer NOT NULL,
    web_payment_ref character varying(50) NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001paymov (
    id integer NOT NULL,
    id_tesdoc_ref character varying(15) NOT NULL,
    id_rigmoc_pay integer NOT NULL,
    id_rigmoc_doc integer NOT NULL,
    amount numeric(11,2) NOT NULL,
    expiry date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001portos (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    incoterms character varying(3) NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001provvigioni (
    id_provvigione integer NOT NULL,
    id_agente integer NOT NULL,
    cod_articolo character varying(15) NOT NULL,
    cod_catmer integer NOT NULL,
    percentuale numeric(4,2) NOT NULL,
    PRIMARY KEY (id_provvigione)
);
CREATE TABLE gazie.gaz_001ragstat (
    codice character(15) NOT NULL,
    descri character varying(50) NOT NULL,
    image bytea NOT NULL,
    web_url character varying(255) NOT NULL,
    ricarico numeric(4,1) NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001registro_trattamento_dati (
    revision integer NOT NULL,
    data_emissione date NOT NULL,
    a01 text NOT NULL,
    a02 text NOT NULL,
    a03 text NOT NULL,
    a04 text NOT NULL,
    a05 integer NOT NULL,
    a06 integer NOT NULL,
    a07 integer NOT NULL,
    a08e smallint NOT NULL,
    a08c smallint NOT NULL,
    a09 text NOT NULL,
    a10 text NOT NULL,
    a11 text NOT NULL,
    a12 text NOT NULL,
    a13 text NOT NULL,
    a14 smallint NOT NULL,
    a15 smallint NOT NULL,
    b01a smallint NOT NULL,
    b01b smallint NOT NULL,
    b01c smallint NOT NULL,
    b01d smallint NOT NULL,
    b01e smallint NOT NULL,
    b01f smallint NOT NULL,
    b01g smallint NOT NULL,
    b02a smallint NOT NULL,
    b02b smallint NOT NULL,
    b02c smallint NOT NULL,
    b03a smallint NOT NULL,
    b03b smallint NOT NULL,
    b03c smallint NOT NULL,
    b04a smallint NOT NULL,
    b04b smallint NOT NULL,
    b04c smallint NOT NULL,
    b05a smallint NOT NULL,
    b05b smallint NOT NULL,
    b05c smallint NOT NULL,
    b06a smallint NOT NULL,
    b06b smallint NOT NULL,
    b06c smallint NOT NULL,
    b07a smallint NOT NULL,
    b07b smallint NOT NULL,
    b07c smallint NOT NULL,
    b08a smallint NOT NULL,
    b08b smallint NOT NULL,
    b08c smallint NOT NULL,
    c01a smallint NOT NULL,
    c01b smallint NOT NULL,
    c01c smallint NOT NULL,
    c02a integer NOT NULL,
    c02b integer NOT NULL,
    c02c integer NOT NULL,
    c03 smallint NOT NULL,
    c03_tipo_descri text NOT NULL,
    c03a smallint NOT NULL,
    c03a_altra_cat_descri text NOT NULL,
    c04 text NOT NULL,
    d01a smallint NOT NULL,
    d01b smallint NOT NULL,
    d01c smallint NOT NULL,
    d01d smallint NOT NULL,
    d01e smallint NOT NULL,
    d01f smallint NOT NULL,
    d02a smallint NOT NULL,
    d02b smallint NOT NULL,
    d02c smallint NOT NULL,
    d02d smallint NOT NULL,
    d02e smallint NOT NULL,
    d02f smallint NOT NULL,
    d02g smallint NOT NULL,
    d03 text NOT NULL,
    d04 text NOT NULL,
    d05 text NOT NULL,
    d05_giorni integer NOT NULL,
    d06 text NOT NULL,
    d06_giorni integer NOT NULL,
    d07 text NOT NULL,
    d07_giorni integer NOT NULL,
    d08 text NOT NULL,
    d08_giorni integer NOT NULL,
    d09 text NOT NULL,
    d09_giorni integer NOT NULL,
    d10 smallint NOT NULL,
    d11 smallint NOT NULL,
    d11_descri text NOT NULL,
    d12 smallint NOT NULL,
    d12_descri text NOT NULL,
    e01 text NOT NULL,
    e02 text NOT NULL,
    e03 smallint NOT NULL,
    e03_extra text NOT NULL,
    e04 smallint NOT NULL,
    e04_extra text NOT NULL,
    f01 smallint NOT NULL,
    f02 smallint NOT NULL,
    f03 smallint NOT NULL,
    f04 smallint NOT NULL,
    g01a smallint NOT NULL,
    g01b smallint NOT NULL,
    g01c smallint NOT NULL,
    g01d smallint NOT NULL,
    g01e smallint NOT NULL,
    g01f smallint NOT NULL,
    g01g smallint NOT NULL,
    g01h smallint NOT NULL,
    g02a smallint NOT NULL,
    g02b smallint NOT NULL,
    g02c smallint NOT NULL,
    g02d smallint NOT NULL,
    g03a text NOT NULL,
    g03b text NOT NULL,
    g03c text NOT NULL,
    g03d text NOT NULL,
    g03e text NOT NULL,
    g03f text NOT NULL,
    g03g text NOT NULL,
    g03h text NOT NULL,
    g04a text NOT NULL,
    g04b text NOT NULL,
    g04c text NOT NULL,
    g04d text NOT NULL,
    g05 text NOT NULL,
    g06 text NOT NULL,
    g07 text NOT NULL,
    h01 text NOT NULL,
    h02 text NOT NULL,
    h03 text NOT NULL,
    h04 date NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (revision)
);
CREATE TABLE gazie.gaz_001rigbro (
    id_rig integer NOT NULL,
    id_tes integer NOT NULL,
    tiprig integer NOT NULL,
    codart character varying(15) NOT NULL,
    codice_fornitore character varying(50) NOT NULL,
    descri character varying(1000) NOT NULL,
    quality character varying(50) NOT NULL,
    id_body_text integer NOT NULL,
    unimis character(3) NOT NULL,
    larghezza numeric(10,3),
    lunghezza numeric(10,3),
    spessore numeric(10,3),
    peso_specifico numeric(10,3),
    pezzi integer,
    quanti numeric(14,5),
    prelis numeric(14,5),
    sconto numeric(4,1),
    codvat integer NOT NULL,
    pervat numeric(3,1),
    codric integer NOT NULL,
    provvigione numeric(4,2) NOT NULL,
    ritenuta numeric(3,1) NOT NULL,
    delivery_date date,
    id_doc integer NOT NULL,
    id_mag integer NOT NULL,
    id_orderman integer,
    status character varying(100) NOT NULL,
    PRIMARY KEY (id_rig)
);
CREATE TABLE gazie.gaz_001rigdoc (
    id_rig integer NOT NULL,
    id_tes integer NOT NULL,
    tiprig integer NOT NULL,
    codart character varying(15) NOT NULL,
    codice_fornitore character varying(50) NOT NULL,
    descri character varying(1000) NOT NULL,
    quality character varying(50) NOT NULL,
    id_body_text integer NOT NULL,
    unimis character(3) NOT NULL,
    larghezza numeric(10,3),
    lunghezza numeric(10,3),
    spessore numeric(10,3),
    peso_specifico numeric(10,3),
    pezzi integer,
    quanti numeric(14,5),
    prelis numeric(14,5),
    sconto numeric(6,3),
    codvat integer NOT NULL,
    pervat numeric(3,1),
    codric integer NOT NULL,
    provvigione numeric(4,2) NOT NULL,
    ritenuta numeric(3,1) NOT NULL,
    id_order integer NOT NULL,
    id_mag integer NOT NULL,
    id_orderman integer NOT NULL,
    status character varying(10) NOT NULL,
    PRIMARY KEY (id_rig)
);
CREATE TABLE gazie.gaz_001rigmoc (
    id_rig integer NOT NULL,
    id_tes integer NOT NULL,
    darave character(1) NOT NULL,
    codcon integer NOT NULL,
    import numeric(11,2),
    id_orderman integer NOT NULL,
    PRIMARY KEY (id_rig)
);
CREATE TABLE gazie.gaz_001rigmoi (
    id_rig integer NOT NULL,
    id_tes integer NOT NULL,
    tipiva character(1) NOT NULL,
    reverse_charge_idtes integer NOT NULL,
    operation_type character varying(15) NOT NULL,
    codiva integer NOT NULL,
    periva numeric(3,1),
    imponi numeric(11,2),
    impost numeric(11,2),
    PRIMARY KEY (id_rig)
);
CREATE TABLE gazie.gaz_001sconti_articoli (
    clfoco integer NOT NULL,
    codart character varying(15) NOT NULL,
    sconto numeric(6,3),
    prezzo_netto numeric(14,5)
);
CREATE TABLE gazie.gaz_001sconti_raggruppamenti (
    clfoco integer NOT NULL,
    ragstat character(15) NOT NULL,
    sconto numeric(6,3)
);
CREATE TABLE gazie.gaz_001spediz (
    codice integer NOT NULL,
    descri character varying(50) NOT NULL,
    annota character varying(50),
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_001staff (
    id_staff integer NOT NULL,
    id_clfoco integer NOT NULL,
    id_contract integer NOT NULL,
    id_worker_type integer NOT NULL,
    job_title character varying(100),
    employment_status integer,
    last_hourly_cost numeric(6,2),
    joined_date date,
    job_grade character varying(50),
    title character varying(100),
    institution character varying(100),
    graduation_year date,
    start_date date,
    end_date date,
    codice_ccnl character varying(30) NOT NULL,
    PRIMARY KEY (id_staff)
);
CREATE TABLE gazie.gaz_001staff_skills (
    id integer NOT NULL,
    id_staff integer NOT NULL,
    variable_name character varying(50),
    skill_data character varying(100),
    skill_description character varying(100),
    skill_cost numeric(8,2),
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001staff_worked_hours (
    id_staff integer NOT NULL,
    work_day date,
    hours_normal numeric(3,2) NOT NULL,
    id_work_type_extra integer NOT NULL,
    hours_extra numeric(3,2) NOT NULL,
    id_absence_type integer NOT NULL,
    hours_absence numeric(3,2) NOT NULL,
    id_other_type integer NOT NULL,
    hours_other numeric(3,2) NOT NULL,
    note character varying(255),
    id_orderman integer,
    id_tes integer
);
CREATE TABLE gazie.gaz_001syncronize_oc (
    id integer NOT NULL,
    table_oc character varying(40) NOT NULL,
    table_gz character varying(40) NOT NULL,
    id_oc integer NOT NULL,
    id_gz integer NOT NULL,
    date_created timestamp without time zone NOT NULL,
    date_update timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_001tesbro (
    id_tes integer NOT NULL,
    seziva integer NOT NULL,
    tipdoc character(3) NOT NULL,
    ref_ecommerce_id_order character varying(50),
    template character varying(32),
    email character varying(50),
    print_total integer NOT NULL,
    delivery_time integer NOT NULL,
    day_of_validity integer NOT NULL,
    datemi date,
    weekday_repeat integer NOT NULL,
    protoc integer NOT NULL,
    numdoc bigint NOT NULL,
    numfat character varying(20) NOT NULL,
    datfat date,
    clfoco integer NOT NULL,
    pagame integer NOT NULL,
    banapp integer NOT NULL,
    vettor integer NOT NULL,
    listin integer NOT NULL,
    destin character varying(100) NOT NULL,
    id_des integer NOT NULL,
    id_des_same_company integer NOT NULL,
    spediz character varying(50) NOT NULL,
    portos character varying(50) NOT NULL,
    imball character varying(50) NOT NULL,
    traspo numeric(6,2),
    speban numeric(6,2),
    spevar numeric(6,2),
    round_stamp smallint NOT NULL,
    cauven integer NOT NULL,
    caucon character(3) NOT NULL,
    caumag integer NOT NULL,
    id_agente integer NOT NULL,
    id_parent_doc integer NOT NULL,
    sconto numeric(5,2),
    expense_vat integer NOT NULL,
    stamp numeric(6,2) NOT NULL,
    taxstamp numeric(5,2) NOT NULL,
    virtual_taxstamp smallint NOT NULL,
    net_weight numeric(12,2) NOT NULL,
    gross_weight numeric(12,2) NOT NULL,
    units integer NOT NULL,
    volume numeric(8,2) NOT NULL,
    initra timestamp without time zone,
    geneff character(1) NOT NULL,
    id_contract integer NOT NULL,
    id_con integer NOT NULL,
    id_orderman integer NOT NULL,
    status character varying(10) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_tes)
);
CREATE TABLE gazie.gaz_001tesdoc (
    id_tes integer NOT NULL,
    seziva integer NOT NULL,
    tipdoc character(3) NOT NULL,
    ddt_type character(1) NOT NULL,
    id_doc_ritorno integer NOT NULL,
    template character varying(32),
    email character varying(50),
    datemi date,
    weekday_repeat integer NOT NULL,
    data_ordine date,
    protoc integer NOT NULL,
    numdoc integer NOT NULL,
    numfat character varying(20) NOT NULL,
    datfat date,
    clfoco integer NOT NULL,
    pagame integer NOT NULL,
    ragbol integer NOT NULL,
    banapp integer NOT NULL,
    vettor integer NOT NULL,
    listin integer NOT NULL,
    destin character varying(100) NOT NULL,
    id_des integer NOT NULL,
    id_des_same_company integer NOT NULL,
    spediz character varying(50) NOT NULL,
    portos character varying(50) NOT NULL,
    imball character varying(50) NOT NULL,
    traspo numeric(6,2),
    speban numeric(6,2),
    spevar numeric(6,2),
    round_stamp smallint NOT NULL,
    cauven integer NOT NULL,
    caucon character(3) NOT NULL,
    caumag integer NOT NULL,
    id_agente integer NOT NULL,
    id_parent_doc integer NOT NULL,
    sconto numeric(5,2),
    expense_vat integer NOT NULL,
    stamp numeric(6,2) NOT NULL,
    taxstamp numeric(5,2) NOT NULL,
    virtual_taxstamp smallint NOT NULL,
    net_weight numeric(12,2) NOT NULL,
    gross_weight numeric(12,2) NOT NULL,
    units integer NOT NULL,
    volume numeric(8,2) NOT NULL,
    initra timestamp without time zone,
    geneff character(1) NOT NULL,
    id_contract integer NOT NULL,
    id_con integer NOT NULL,
    datreg date,
    fattura_elettronica_zip_package character varying(100),
    fattura_elettronica_original_name character varying(100),
    fattura_elettronica_original_content bytea,
    fattura_elettronica_reinvii integer,
    status character varying(10) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_tes)
);
CREATE TABLE gazie.gaz_001tesmov (
    id_tes integer NOT NULL,
    caucon character(3) NOT NULL,
    descri character varying(100) NOT NULL,
    notess text,
    datreg date,
    datliq date,
    seziva integer NOT NULL,
    id_doc integer NOT NULL,
    protoc integer NOT NULL,
    numdoc character varying(20) NOT NULL,
    datdoc date,
    clfoco integer NOT NULL,
    regiva character(1) NOT NULL,
    operat integer NOT NULL,
    libgio character(1) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_tes)
);
CREATE TABLE gazie.gaz_001vettor (
    codice integer NOT NULL,
    ragione_sociale character varying(100) NOT NULL,
    indirizzo character varying(100) NOT NULL,
    cap character varying(5) NOT NULL,
    citta character varying(100) NOT NULL,
    provincia character varying(100) NOT NULL,
    partita_iva character varying(12) NOT NULL,
    codice_fiscale character varying(16) NOT NULL,
    n_albo character varying(50) NOT NULL,
    descri character varying(100) NOT NULL,
    telefo character varying(50) NOT NULL,
    annota character varying(50) NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_admin (
    image bytea NOT NULL,
    lang character varying(15) NOT NULL,
    style character varying(15) NOT NULL,
    skin character varying(60) NOT NULL,
    abilit integer NOT NULL,
    access integer NOT NULL,
    last_ip character varying(39) NOT NULL,
    user_id integer NOT NULL,
    user_firstname character varying(30) NOT NULL,
    user_lastname character varying(30) NOT NULL,
    user_name character varying(64) NOT NULL,
    user_password_hash character varying(255) NOT NULL,
    aes_key text NOT NULL,
    user_email character varying(64) NOT NULL,
    user_telephone character varying(30) NOT NULL,
    user_active smallint NOT NULL,
    user_activation_hash character varying(40),
    user_password_reset_hash character(40),
    user_password_reset_timestamp bigint,
    user_rememberme_token character varying(64),
    user_failed_logins smallint NOT NULL,
    user_last_failed_login integer,
    user_registration_datetime timestamp without time zone NOT NULL,
    user_registration_ip character varying(39) NOT NULL,
    company_id integer NOT NULL,
    datacc timestamp without time zone NOT NULL,
    datpas date,
    PRIMARY KEY (user_id)
);
CREATE TABLE gazie.gaz_admin_config (
    id bigint NOT NULL,
    adminid character varying(20) NOT NULL,
    var_descri character varying(100) NOT NULL,
    var_name character varying(100) NOT NULL,
    var_value text,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_admin_login_history (
    login_user_id integer NOT NULL,
    login_datetime timestamp without time zone,
    login_user_ip character varying(39)
);
CREATE TABLE gazie.gaz_admin_module (
    adminid character varying(20) NOT NULL,
    company_id integer NOT NULL,
    moduleid integer NOT NULL,
    access integer NOT NULL,
    PRIMARY KEY (adminid, company_id, moduleid)
);
CREATE TABLE gazie.gaz_anagra (
    id integer NOT NULL,
    ragso1 character varying(50) NOT NULL,
    ragso2 character varying(50) NOT NULL,
    sedleg character varying(100) NOT NULL,
    legrap_pf_nome character varying(60) NOT NULL,
    legrap_pf_cognome character varying(60) NOT NULL,
    sexper character(1) NOT NULL,
    datnas date,
    luonas character varying(50) NOT NULL,
    pronas character(2) NOT NULL,
    counas character varying(3) NOT NULL,
    indspe character varying(60) NOT NULL,
    capspe character varying(10) NOT NULL,
    citspe character varying(60) NOT NULL,
    prospe character(2) NOT NULL,
    country character varying(3) NOT NULL,
    id_currency integer NOT NULL,
    id_language integer NOT NULL,
    latitude numeric(8,5) NOT NULL,
    longitude numeric(8,5) NOT NULL,
    telefo character varying(50) NOT NULL,
    fax character varying(32) NOT NULL,
    cell character varying(32) NOT NULL,
    codfis character varying(16) NOT NULL,
    pariva character varying(12) NOT NULL,
    fe_cod_univoco character varying(7) NOT NULL,
    e_mail character varying(60) NOT NULL,
    e_mail2 character varying(60) NOT NULL,
    pec_email character varying(60) NOT NULL,
    fatt_email smallint NOT NULL,
    id_sian integer,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_aziend (
    codice integer NOT NULL,
    ragso1 character varying(50) NOT NULL,
    ragso2 character varying(50) NOT NULL,
    image bytea NOT NULL,
    sedleg character varying(100) NOT NULL,
    legrap_pf_nome character varying(60) NOT NULL,
    legrap_pf_cognome character varying(60) NOT NULL,
    rea_ufficio character varying(2) NOT NULL,
    rea_numero character varying(20) NOT NULL,
    rea_capitale numeric(10,2),
    rea_socio character varying(2) NOT NULL,
    rea_stato character varying(2) NOT NULL,
    sexper character(1) NOT NULL,
    datnas date,
    order_type character(3) NOT NULL,
    luonas character varying(50) NOT NULL,
    pronas character(2) NOT NULL,
    indspe character varying(50) NOT NULL,
    capspe character varying(10) NOT NULL,
    citspe character varying(50) NOT NULL,
    prospe character(2) NOT NULL,
    country character varying(2) NOT NULL,
    id_currency integer NOT NULL,
    id_language integer NOT NULL,
    telefo character varying(50) NOT NULL,
    fax character varying(32) NOT NULL,
    codfis character varying(16) NOT NULL,
    pariva character varying(12),
    pec character varying(50) NOT NULL,
    e_mail character varying(50) NOT NULL,
    web_url character varying(255) NOT NULL,
    gazsynchro character varying(100) NOT NULL,
    cod_ateco integer NOT NULL,
    regime character varying(1) NOT NULL,
    fiscal_reg character varying(4) NOT NULL,
    amm_min character varying(20) NOT NULL,
    fae_tipo_cassa character varying(4) NOT NULL,
    ra_cassa smallint,
    vat_susp smallint NOT NULL,
    decimal_quantity integer NOT NULL,
    decimal_price integer NOT NULL,
    stock_eval_method integer NOT NULL,
    mascli integer NOT NULL,
    masfor integer NOT NULL,
    masban integer NOT NULL,
    mas_fixed_assets integer NOT NULL,
    mas_found_assets integer NOT NULL,
    mas_cost_assets integer NOT NULL,
    lost_cost_assets integer NOT NULL,
    super_amm_account integer NOT NULL,
    super_amm_rate numeric(4,1) NOT NULL,
    min_rate_deprec numeric(4,1) NOT NULL,
    capital_gains_account integer NOT NULL,
    capital_loss_account integer NOT NULL,
    mas_staff integer NOT NULL,
    cassa_ integer NOT NULL,
    ivaacq integer NOT NULL,
    ivaven integer NOT NULL,
    ivacor integer NOT NULL,
    ivaera integer NOT NULL,
    split_payment integer NOT NULL,
    impven integer NOT NULL,
    imptra integer NOT NULL,
    impimb integer NOT NULL,
    impspe integer NOT NULL,
    impvar integer NOT NULL,
    boleff integer NOT NULL,
    omaggi integer NOT NULL,
    sales_return integer NOT NULL,
    impacq integer NOT NULL,
    cost_tra integer NOT NULL,
    cost_imb integer NOT NULL,
    cost_var integer NOT NULL,
    purchases_return integer NOT NULL,
    latitude numeric(8,5) NOT NULL,
    longitude numeric(8,5) NOT NULL,
    coriba integer NOT NULL,
    cotrat integer NOT NULL,
    cocamb integer NOT NULL,
    c_ritenute integer NOT NULL,
    c_ritenute_autonomi integer NOT NULL,
    c_payroll_tax integer NOT NULL,
    closing_balance integer NOT NULL,
    economic_result integer NOT NULL,
    operating_profit integer NOT NULL,
    operating_losses integer NOT NULL,
    opening_balance integer NOT NULL,
    ritenuta numeric(3,1) NOT NULL,
    payroll_tax numeric(3,1) NOT NULL,
    acciva numeric(4,1),
    taxstamp_limit numeric(5,2) NOT NULL,
    taxstamp numeric(5,2) NOT NULL,
    perbol numeric(5,2),
    taxstamp_vat integer NOT NULL,
    taxstamp_account integer NOT NULL,
    round_bol smallint NOT NULL,
    virtual_taxstamp smallint NOT NULL,
    virtual_stamp_auth_prot character varying(14) NOT NULL,
    virtual_stamp_auth_date date NOT NULL,
    causale_pagam_770 character varying(1) NOT NULL,
    sperib numeric(5,2),
    desez1 character varying(50) NOT NULL,
    desez2 character varying(50) NOT NULL,
    desez3 character varying(50) NOT NULL,
    desez4 character varying(50) NOT NULL,
    desez5 character varying(50) NOT NULL,
    desez6 character varying(50) NOT NULL,
    desez7 character varying(50) NOT NULL,
    desez8 character varying(50) NOT NULL,
    desez9 character varying(50) NOT NULL,
    reverse_charge_sez integer NOT NULL,
    fatimm character varying(1) NOT NULL,
    artsea character varying(1) NOT NULL,
    template character varying(50) NOT NULL,
    colore character varying(6) NOT NULL,
    conmag integer NOT NULL,
    ivam_t character(1) NOT NULL,
    interessi numeric(3,1) NOT NULL,
    preeminent_vat integer NOT NULL,
    adminid character varying(20) NOT NULL,
    last_modified timestamp without time zone NOT NULL,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_breadcrumb (
    id_bread integer NOT NULL,
    exec_mode integer,
    file character varying(255) NOT NULL,
    titolo character varying(255) NOT NULL,
    link character varying(255) NOT NULL,
    position_order integer,
    icon bytea NOT NULL,
    grid_class character varying(127) NOT NULL,
    adminid character varying(20) NOT NULL
);
CREATE TABLE gazie.gaz_camp_avversita (
    id_avv integer NOT NULL,
    nome_avv character varying(30) NOT NULL,
    adminid character varying(30) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_avv)
);
CREATE TABLE gazie.gaz_camp_colture (
    id_colt integer NOT NULL,
    nome_colt character varying(30) NOT NULL,
    adminid character varying(30) NOT NULL,
    last_modified timestamp without time zone,
    PRIMARY KEY (id_colt)
);
CREATE TABLE gazie.gaz_camp_fitofarmaci (
    numero_registrazione integer NOT NULL,
    prodotto character varying(40) NOT NULL,
    impresa character varying(30) NOT NULL,
    sede_legale_impresa character varying(30) NOT NULL,
    scadenza_autorizzazione character varying(12) NOT NULL,
    indicazioni_di_pericolo character varying(45) NOT NULL,
    descrizione_formulazione character varying(30) NOT NULL,
    sostanze_attive character varying(30) NOT NULL,
    contenuto_per_100g character varying(30) NOT NULL,
    attivita character varying(50) NOT NULL,
    ip character varying(2) NOT NULL,
    ppo character varying(2) NOT NULL,
    PRIMARY KEY (numero_registrazione)
);
CREATE TABLE gazie.gaz_camp_uso_fitofarmaci (
    id integer NOT NULL,
    cod_art character varying(15) NOT NULL,
    id_colt integer NOT NULL,
    id_avv integer NOT NULL,
    dose numeric(8,3) NOT NULL,
    tempo_sosp integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_classroom (
    id integer NOT NULL,
    classe character varying(16) NOT NULL,
    sezione character varying(16) NOT NULL,
    anno_scolastico integer NOT NULL,
    teacher character varying(50) NOT NULL,
    location character varying(100) NOT NULL,
    title_note character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_config (
    id bigint NOT NULL,
    description character varying(100),
    variable character varying(100) NOT NULL,
    cvalue character varying(2000),
    weight numeric(10,0),
    show smallint,
    last_modified timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_country (
    iso character(2) NOT NULL,
    name character varying(80) NOT NULL,
    iso3 character(3),
    postal_code_length integer NOT NULL,
    iban_prefix character varying(2) NOT NULL,
    iban_lenght integer NOT NULL,
    bank_code_pos smallint NOT NULL,
    bank_code_lenght smallint NOT NULL,
    bank_code_fix smallint NOT NULL,
    bank_code_alpha smallint NOT NULL,
    account_number_pos smallint NOT NULL,
    account_number_lenght smallint NOT NULL,
    account_number_fix smallint NOT NULL,
    account_number_alpha smallint NOT NULL,
    vat_number_lenght smallint NOT NULL,
    vat_number_alpha smallint NOT NULL,
    black_list integer NOT NULL,
    istat_continent integer NOT NULL,
    istat_area integer NOT NULL,
    istat_country integer NOT NULL,
    cod_agenzia_entrate integer NOT NULL,
    istat_name character varying(100) NOT NULL,
    iana character varying(4) NOT NULL,
    un_vehicle character varying(3) NOT NULL,
    PRIMARY KEY (iso)
);
CREATE TABLE gazie.gaz_currencies (
    id integer NOT NULL,
    curr_name character varying(50),
    symbol character varying(3) NOT NULL,
    html_symbol character varying(10) NOT NULL,
    decimal_place character(4),
    decimal_symbol character(4),
    thousands_symbol character(4),
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_currency_history (
    id_currency integer NOT NULL,
    change_value numeric(12,5) NOT NULL,
    date_reference date NOT NULL,
    id_currency_obj integer NOT NULL
);
CREATE TABLE gazie.gaz_destina (
    codice integer NOT NULL,
    unita_locale1 character varying(50) NOT NULL,
    unita_locale2 character varying(50) NOT NULL,
    indspe character varying(50) NOT NULL,
    capspe character varying(10) NOT NULL,
    citspe character varying(50) NOT NULL,
    prospe character(2) NOT NULL,
    country character varying(3) NOT NULL,
    latitude numeric(8,5) NOT NULL,
    longitude numeric(8,5) NOT NULL,
    telefo character varying(50) NOT NULL,
    fax character varying(32) NOT NULL,
    cell character varying(32) NOT NULL,
    e_mail character varying(50) NOT NULL,
    fe_cod_ufficio character varying(7) NOT NULL,
    annota character varying(50) NOT NULL,
    id_anagra integer NOT NULL,
    PRIMARY KEY (codice)
);
CREATE TABLE gazie.gaz_languages (
    lang_id bigint NOT NULL,
    lang_code character(7) NOT NULL,
    title character varying(50) NOT NULL,
    title_native character varying(50) NOT NULL,
    sef character varying(50) NOT NULL,
    image character varying(50) NOT NULL,
    description character varying(512) NOT NULL,
    metakey text NOT NULL,
    metadesc text NOT NULL,
    published integer NOT NULL,
    ordering integer NOT NULL,
    PRIMARY KEY (lang_id)
);
CREATE TABLE gazie.gaz_menu_module (
    id integer NOT NULL,
    id_module integer NOT NULL,
    link character varying(100) NOT NULL,
    icon character varying(50) NOT NULL,
    class character varying(30) NOT NULL,
    translate_key integer NOT NULL,
    accesskey character varying(1) NOT NULL,
    weight integer,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_menu_script (
    id integer NOT NULL,
    id_menu integer NOT NULL,
    link character varying(100) NOT NULL,
    icon character varying(50) NOT NULL,
    class character varying(30) NOT NULL,
    translate_key integer NOT NULL,
    accesskey character varying(1) NOT NULL,
    weight integer,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_menu_usage (
    adminid character varying(30) NOT NULL,
    company_id integer NOT NULL,
    transl_ref character varying(64) NOT NULL,
    link character varying(255) NOT NULL,
    click integer,
    color character varying(6) NOT NULL,
    last_use timestamp without time zone NOT NULL
);
CREATE TABLE gazie.gaz_module (
    id integer NOT NULL,
    name character varying(30) NOT NULL,
    link character varying(100) NOT NULL,
    icon character varying(50) NOT NULL,
    class character varying(30) NOT NULL,
    access integer,
    weight integer,
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_municipalities (
    id integer NOT NULL,
    id_province integer NOT NULL,
    name character varying(255),
    postal_code character varying(255),
    dialing_code character varying(255),
    stat_code character varying(255),
    code_register character varying(255),
    web_url character varying(255),
    email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_provinces (
    id integer NOT NULL,
    id_region integer NOT NULL,
    name character varying(255),
    stat_code character varying(255),
    abbreviation character varying(255),
    web_url character varying(255),
    email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_regions (
    id integer NOT NULL,
    iso_country character varying(2) NOT NULL,
    name character varying(255),
    capital character varying(255),
    zone character varying(255),
    stat_code character varying(255),
    abbreviation character varying(255),
    web_url character varying(255),
    email character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gazie.gaz_staff_absence_type (
    id_absence integer NOT NULL,
    inps_ref character varying(3),
    causal character varying(3),
    descri_ext character varying(256),
    descri character varying(32),
    PRIMARY KEY (id_absence)
);
CREATE TABLE gazie.gaz_staff_work_type (
    id_work integer NOT NULL,
    id_work_type integer NOT NULL,
    hour_year_limit integer NOT NULL,
    hour_month_limit integer NOT NULL,
    hour_week_limit numeric(3,1) NOT NULL,
    hour_day_limit numeric(3,2) NOT NULL,
    increase numeric(3,2) NOT NULL,
    descri character varying(255),
    PRIMARY KEY (id_work)
);
CREATE TABLE gazie.gaz_students (
    student_id integer NOT NULL,
    student_classroom_id integer NOT NULL,
    student_firstname character varying(30) NOT NULL,
    student_lastname character varying(30) NOT NULL,
    student_name character varying(64) NOT NULL,
    student_password_hash character varying(255) NOT NULL,
    student_email character varying(64) NOT NULL,
    student_telephone character varying(30) NOT NULL,
    student_active smallint NOT NULL,
    student_activation_hash character varying(40),
    student_password_reset_hash character(40),
    student_password_reset_timestamp bigint,
    student_rememberme_token character varying(64),
    student_failed_logins smallint NOT NULL,
    student_last_failed_login integer,
    student_registration_datetime timestamp without time zone NOT NULL,
    student_registration_ip character varying(39) NOT NULL,
    PRIMARY KEY (student_id)
);
COMMENT ON TABLE gazie.gaz_001cash_register_reparto IS 'Tabella contenente le associazioni tra id_cash della tabella gaz_NNNcash_register e codice della tabella gaz_NNNaliiva al fine di passare il valore del reparto IVA ad ogni rigo dello scontrino telematico';
COMMENT ON TABLE gazie.gaz_001cash_register_tender IS 'Tabella contenente le associazioni tra id_cash della tabella gaz_NNNcash_register e codice della tabella gaz_NNNpagame al fine di valorizzare il tender specifico del registratore telematico in base alla modalità di pagamento';
COMMENT ON TABLE gazie.gaz_001comunicazioni_dati_fatture IS 'tabella contenente i dati delle Comunicazioni dati fatture (spesometro) secondo le specifiche tecniche dell''Agenzia delle Entrate';
COMMENT ON TABLE gazie.gaz_001distinta_base IS 'Tabella per creare gli "articoli compositi" (distinta base). Un articolo è composito quando è presente in almeno una di queste righe e qundi fa riferimento ad almeno un altro articolo di magazzino. Questi righi si potranno aggiungere tramite lo script admin_artico,  alla fine con il bottone "aggiungi articolo di base" ed immettendo la sola quantità, l''unità di misura ed il prezzo per i documenti di vendita  saranno quelli di sempre ma presi dall''articolo composito, molto facile perchè resterà tutto come prima, mentre la contabilità di magazzino verrà aggiornata tenendo conto di questi righi e non dell''articolo composito.';
COMMENT ON TABLE gazie.gaz_001expdoc IS 'Tabella contenente gli stessi dati degli elementi  <DatiPagamento>della fattura elettronica ed i riferimenti alla tabella gaz_NNNtesdoc. In fase di contabilizzazione delle fatture d''acquisto si avranno i dati necessari per aprire le partite  (gaz_NNNpaymov) con le scadenze  giuste. Solo se l''XML della fattura acquisita non contiene questo dettaglio allora per generarle verrà usata la modalità archiviata in anagrafica fornitore. ';
COMMENT ON TABLE gazie.gaz_001liquidazioni_iva IS 'tabella contenente i dati delle Comunicazioni delle liquidazioni periodiche dell''IVA secondo le specifiche tecniche dell''Agenzia delle Entrate';
COMMENT ON TABLE gazie.gaz_001registro_trattamento_dati IS 'Registro dei trattamenti (ex art.30 Regolamento UE 2016/679 - GDPR)';
COMMENT ON TABLE gazie.gaz_001rigbro IS 'Righi dei documenti le cui testate sono contenute in gaz_NNNtesbro';
COMMENT ON TABLE gazie.gaz_001rigdoc IS 'Righi dei documenti le cui testate sono contenute in gaz_NNNtesdoc';
COMMENT ON TABLE gazie.gaz_001rigmoc IS 'Righi dei movimenti contabili le cui testate sono contenute in gaz_NNNtesmov';
COMMENT ON TABLE gazie.gaz_001rigmoi IS 'Righi dei movimenti IVA le cui testate sono contenute in gaz_NNNtesmov';
COMMENT ON TABLE gazie.gaz_001tesbro IS 'Testate documenti che non hanno valenza fiscale. Ordini, preventivi, commesse, ecc';
COMMENT ON TABLE gazie.gaz_001tesdoc IS 'Testate documenti fiscalmente validi. Fatture, Note credito, , Documenti di Trasporto, ecc';
COMMENT ON TABLE gazie.gaz_001tesmov IS 'Testate dei movimenti contabili';
COMMENT ON TABLE gazie.gaz_admin_login_history IS 'Tabella che tiene traccia di tutti i login effettuati dagli utenti, unito ai campi <last_modified> sulle varie tabelle e la tabella <gaz_menu_usage> servirà agli amministratori di sistema per controllare le attività degli utenti';
COMMENT ON TABLE gazie.gaz_breadcrumb IS 'Tabella utilizzata sia per la personalizzazione della breadcrumb del menù (exec_mode=0) che per i widget della dashboard personalizzate dai singoli utenti (exec_mode=2)';
COMMENT ON TABLE gazie.gaz_camp_fitofarmaci IS 'Viene utilizzato dal modulo Registro di campagna (camp) e serve per contenere la tabella del ministero della salute delle sostanze';
COMMENT ON TABLE gazie.gaz_students IS 'student data';
COMMENT ON COLUMN gazie.gaz_001artico.id_assets IS 'Riferimento al bene strumentale ( id di gaz_NNNassets), quando maggiore di 0 è un bene strumentale e come tale in genere non in vendita ';
COMMENT ON COLUMN gazie.gaz_001artico.ref_ecommerce_id_product IS 'Codice di riferimento allo stesso articolo in eventuale ecommerce collegato attraverso API';
COMMENT ON COLUMN gazie.gaz_001artico.quality IS 'per indicare la qualità del materiale , normativa, ecc';
COMMENT ON COLUMN gazie.gaz_001artico.bending_moment IS 'Resistenza es.momento flettente (Wx cm³), utilizzabile per calcoli di svariata natura comunque legati alla resistenza meccanica del materiale';
COMMENT ON COLUMN gazie.gaz_001artico.classif_amb IS 'Classificazione ambientale come da art.16  comma 2 del D.Lgs 150/2012 (Utilizzato in quaderno di campagna)';
COMMENT ON COLUMN gazie.gaz_001artico.maintenance_period IS 'Periodicità in giorni della eventuale manutenzione del bene/servizio';
COMMENT ON COLUMN gazie.gaz_001artico.mostra_qdc IS 'Mostra nei movimenti del quaderno di campagna: 1=si , 0=no';
COMMENT ON COLUMN gazie.gaz_001artico.dose_massima IS 'Utilizzato in quaderno di campagna';
COMMENT ON COLUMN gazie.gaz_001artico.rame_metallico IS 'Utilizzato in quaderno di campagna';
COMMENT ON COLUMN gazie.gaz_001artico.perc_n IS 'Se un concime dev''essere valorizzato con la percentuale di azoto (N)';
COMMENT ON COLUMN gazie.gaz_001artico.perc_p IS 'Se un concime dev''essere valorizzato con la percentuale di fosforo (P)';
COMMENT ON COLUMN gazie.gaz_001artico.perc_k IS 'Se un concime dev''essere valorizzato con la percentuale di potassio (K)';
COMMENT ON COLUMN gazie.gaz_001artico.tempo_sospensione IS 'Utilizzato in quaderno di campagna';
COMMENT ON COLUMN gazie.gaz_001artico.sian IS '0 non movimenta, 1 movimenta il SIAN come olio, 2 movimenta il SIAN come olive';
COMMENT ON COLUMN gazie.gaz_001artico.id_reg IS 'Riferimento al numero registrazione della tabella camp_fitofarmaci';
COMMENT ON COLUMN gazie.gaz_001assets.id_movcon IS 'può essere riferito a gaz_001tesmov in caso di acquisto bene o a gaz_001rigmoc in altri casi, ad esempio negli ammortamenti di fine anno';
COMMENT ON COLUMN gazie.gaz_001assets.type_mov IS 'tipologia di movimento sul libro cespiti es.1=acquisto, 10 rivalutazione, 50 ammortamento, 90 alienazione';
COMMENT ON COLUMN gazie.gaz_001assets.codice_artico IS 'verrà valorizzato con un codice articolo se si vorranno gestire i beni strumentali, e sarà lo stesso valore codice in gaz_NNNartico ';
COMMENT ON COLUMN gazie.gaz_001assets.install_date IS 'Data di installazione del bene ammortizzabile';
COMMENT ON COLUMN gazie.gaz_001assets.codice_campi IS 'Riferimento alla tabella gaz_NNNcampi (luogo di produzione), ovvero il luogo ove è installata la macchina';
COMMENT ON COLUMN gazie.gaz_001assets.hostpath IS 'Percorso di rete della macchina (IoT e/o Industry 4.0)';
COMMENT ON COLUMN gazie.gaz_001assets.username IS 'Nome utente per accesso a dispositivo (IoT e/o Industry 4.0)';
COMMENT ON COLUMN gazie.gaz_001assets.password IS 'Password per accesso a dispositivo (IoT e/o Industry 4.0)';
COMMENT ON COLUMN gazie.gaz_001assets.linkmode IS 'Modalità-protocollo di comunicazione (IoT e/o Industry 4.0)';
COMMENT ON COLUMN gazie.gaz_001camp_artico.codice IS 'Codice articolo uguale alla tabella artico';
COMMENT ON COLUMN gazie.gaz_001camp_artico.or_macro IS 'macroarea di origine';
COMMENT ON COLUMN gazie.gaz_001camp_artico.or_spec IS 'origine specifica';
COMMENT ON COLUMN gazie.gaz_001camp_artico.estrazione IS 'Flag estrazione: 0=non specificata 1=prima spremitura a freddo 2=estratto a freddo';
COMMENT ON COLUMN gazie.gaz_001camp_artico.biologico IS 'Flag agricoltura: 0=convenzionale 1=biologica 2=in conversione';
COMMENT ON COLUMN gazie.gaz_001camp_artico.etichetta IS 'Flag etichettatura: 0=non etichettato 1=etichettato';
COMMENT ON COLUMN gazie.gaz_001camp_artico.confezione IS 'CapacitĂ  singola confezione. 0=sfuso';
COMMENT ON COLUMN gazie.gaz_001camp_artico.categoria IS 'Categoria olio come codificato dal SIAN';
COMMENT ON COLUMN gazie.gaz_001camp_mov_sian.id_mov_sian_rif IS 'Serve in caso di produzione per connettere insieme il prodotto con i suoi componenti';
COMMENT ON COLUMN gazie.gaz_001camp_mov_sian.id_movmag IS 'Movimento magazzino connesso';
COMMENT ON COLUMN gazie.gaz_001camp_mov_sian.recip_stocc_destin IS 'ID recipiente stoccaggio di destinazione';
COMMENT ON COLUMN gazie.gaz_001camp_mov_sian.recip_stocc IS 'Identificativo recipiente di stoccaggio. Deve essere identico a quello inserito nel SIAN';
COMMENT ON COLUMN gazie.gaz_001camp_mov_sian.cod_operazione IS 'Codice dell''operazione esguita';
COMMENT ON COLUMN gazie.gaz_001camp_mov_sian.stabil_dep IS 'Identificativo dello stabilimento o deposito assegnato dal SIAN';
COMMENT ON COLUMN gazie.gaz_001camp_mov_sian.status IS '0=inviare - nome del file=inviato';
COMMENT ON COLUMN gazie.gaz_001camp_recip_stocc.cod_silos IS 'Codice recipiente di stoccaggio olio. Deve essere identico a quello registrato al SIAN';
COMMENT ON COLUMN gazie.gaz_001camp_recip_stocc.capacita IS 'La capacità in kg di olio del recipiente';
COMMENT ON COLUMN gazie.gaz_001camp_recip_stocc.affitto IS '0=di proprietà 1=in affitto';
COMMENT ON COLUMN gazie.gaz_001camp_recip_stocc.dop_igp IS '0=non classificato 1=Recipiente destinato a olio DOP o IGP';
COMMENT ON COLUMN gazie.gaz_001campi.id_rif IS 'Identificativo dello stabilimento/deposito assegnato dal SIAN';
COMMENT ON COLUMN gazie.gaz_001campi.zona_vulnerabile IS 'Nelle regioni che hanno già individuato le Zone Vulnerabili da Nitrati di origine agricola, chiamate ZVN, quando si concima, non si può superare un certo limite di azoto annuo';
COMMENT ON COLUMN gazie.gaz_001campi.limite_azoto_zona_vulnerabile IS 'Limite di azoto ad ettaro se ZVN ( valore default = 170)';
COMMENT ON COLUMN gazie.gaz_001campi.limite_azoto_zona_non_vulnerabile IS 'Limite di azoto ad ettaro se zona NON vulnerabile ( valore default = 340)';
COMMENT ON COLUMN gazie.gaz_001cash_register.adminid IS 'riferimento all''ultimo utente della tabella gaz_admin che ha utilizzato il dispositivo';
COMMENT ON COLUMN gazie.gaz_001cash_register.driver IS 'il nome del file .php contenuto nella dir librarycash_register da utilizzare come driver di comunicazione con il registratore telematico';
COMMENT ON COLUMN gazie.gaz_001cash_register.path_data IS 'dati da passare al driver di cui sopra per raggiungere il dispositivo (path) ed eventuali dati caratteristici della macchina specifica. Contenuto e/o il formato dipende da come è scritto il driver stesso';
COMMENT ON COLUMN gazie.gaz_001cash_register.enabled_users IS 'contiene i riferimenti agli utenti abilitati all''utilizzo del dispositivo separati da un punto e virgola';
COMMENT ON COLUMN gazie.gaz_001cash_register.lotteria_scontrini IS 'stringa inviata dal driver al RT per i righi tipo "5 - Lotteria scontrini" ';
COMMENT ON COLUMN gazie.gaz_001catmer.ref_ecommerce_id_category IS 'Codice di riferimento alla stessa categoria articoli in eventuale ecommerce collegato attraverso API';
COMMENT ON COLUMN gazie.gaz_001catmer.top IS 'posizione di visualizzazione/pubblicazione';
COMMENT ON COLUMN gazie.gaz_001caumag.type_cau IS '0=solo modulo magazzino, 1=solo quaderno di campagna, 9=tutti';
COMMENT ON COLUMN gazie.gaz_001clfoco.ref_ecommerce_id_customer IS 'Codice di riferimento allo stesso cliente in eventuale ecommerce collegato attraverso API';
COMMENT ON COLUMN gazie.gaz_001clfoco.external_service_descri IS 'Descrizione del servizio esternalizzato, verrà riportato sulla nomina a responsabile esterno del trattamento dei dati';
COMMENT ON COLUMN gazie.gaz_001clfoco.sconto IS 'Sconto di chiusura, viene applicato alla fine e riferito a tutti i righi del corpo dei documenti';
COMMENT ON COLUMN gazie.gaz_001clfoco.sconto_rigo IS 'Sconto rigo, viene applicato ad ogni singolo rigo dei documenti';
COMMENT ON COLUMN gazie.gaz_001clfoco.status_sian IS '0=soggetto non trasmesso al SIAN, 1=soggetto trasmesso al SIAN';
COMMENT ON COLUMN gazie.gaz_001contract.id_assets IS 'Utilizzato in caso di contratto asssociato ad un bene strumentale che è soggetto a manutenzione periodica';
COMMENT ON COLUMN gazie.gaz_001distinta_base.codice_composizione IS 'è il codice dell''articolo composito';
COMMENT ON COLUMN gazie.gaz_001distinta_base.codice_artico_base IS 'codice dell''articolo base';
COMMENT ON COLUMN gazie.gaz_001distinta_base.quantita_artico_base IS 'quantità di articoli base necessari per costituire l''articolo composito';
COMMENT ON COLUMN gazie.gaz_001distinta_base.id_movmag IS 'Riferimento ad id_mag del movimento di magazzino. Se =0 indica la struttura di una composizione e verrà utilizzata per generare i relativi movimenti di magazzino, quando valorizzato serve per ricordare l''albero da cui sono stati generati i relativi movimenti di magazzino';
COMMENT ON COLUMN gazie.gaz_001fae_flux.filename_zip_package IS 'Nome del pacchetto zip contenitore dei file xml, è un metodo utilizzato quando lo si trasmette massivamente ad un intermediario';
COMMENT ON COLUMN gazie.gaz_001letter.email IS 'Utilizzato per inviare i documenti ad un indirizzo diverso da quello in anagrafica';
COMMENT ON COLUMN gazie.gaz_001movmag.type_mov IS 'Quaderno di campagna: 1=si 0=no  ';
COMMENT ON COLUMN gazie.gaz_001movmag.id_orderman IS 'Ref. alla tabella gaz_001orderman (produzioni-contabilità industriale) ';
COMMENT ON COLUMN gazie.gaz_001movmag.id_assets IS 'Ref. alla tabella gaz_001assets (riferito a bene ammortizzabile)';
COMMENT ON COLUMN gazie.gaz_001movmag.campo_coltivazione IS 'Ref.alla colonna codice della tabella gaz_001campi';
COMMENT ON COLUMN gazie.gaz_001movmag.id_avversita IS 'Utilizzato da quaderno di campagna';
COMMENT ON COLUMN gazie.gaz_001movmag.id_colture IS 'Utilizzato da quaderno di campagna';
COMMENT ON COLUMN gazie.gaz_001orderman.id_rigbro IS 'Riferimento al rigo ordine da cliente del modulo vendite';
COMMENT ON COLUMN gazie.gaz_001orderman.id_lotmag IS 'Riferimento al lotto (tabella gaz_NNNlotmag) per la tracciabilità e/o certificazione delle produzioni ';
COMMENT ON COLUMN gazie.gaz_001orderman.campo_impianto IS 'Se valorizzata questa referenza assegna l''ordine/commessa/produzione ad un impianto specifico, ovvero al campo del modulo camp (se azienda agricola)';
COMMENT ON COLUMN gazie.gaz_001orderman.duration IS 'Durata della produzione';
COMMENT ON COLUMN gazie.gaz_001orderman.id_staff_def IS 'Utilizzabile per la preselezione della persona addetta alla produzione/consulenza/intervento e/o al collaboratore responsabile della stessa';
COMMENT ON COLUMN gazie.gaz_001orderman.stato_lavorazione IS '0=aperto, 1=in attesa, 2=in lavorazione, 3=materiale ordinato, 4=incontrate difficoltà, 5=in attesa di spedizione, 6=spedito, 7=consegnato, 8=non chiuso, 9=chiuso';
COMMENT ON COLUMN gazie.gaz_001pagame.web_payment_ref IS 'Riferimento al metodo di pagamento utilizzato dall''ecommerce';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a01 IS 'Attività svolta';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a02 IS 'Forma sociale';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a03 IS 'Sede dell''attività';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a04 IS 'Struttura dei luoghi di svolgimento dell''attività';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a05 IS 'Numero dei titolari dell''attività';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a06 IS 'Numero dei dipendenti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a07 IS 'Numero dei collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a08e IS 'Raccolta e gestione dei dati elettronica';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a08c IS 'Raccolta e gestione dei dati cartacea';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a09 IS 'Descrizione sistemi informatici presenti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a10 IS 'Titolare del trattamento (Nominativo e dati di contatto)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a11 IS 'Contitolare del trattamento (se presente, nominativo e dati di contatto)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a12 IS 'Rappresentante del titolare del trattamento (se presente, nominativo e dati di contatto)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a13 IS 'Responsabile del titolare del trattamento (se presente, nominativo e dati di contatto)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a14 IS 'Il titolare ha aderito ad un codice di condotta (si-no)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.a15 IS 'Il titolare ha aderito ad un sistema di certificazione art.42 Regolamento (si-no)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b01a IS 'Finalità del trattamento dei dati personali degli interessati raccolti dal titolare: anagrafica';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b01b IS 'Finalità del trattamento dei dati personali degli interessati raccolti dal titolare: svolgimento attività principali e accessorie';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b01c IS 'Finalità del trattamento dei dati personali degli interessati raccolti dal titolare: promozione servizi del titolare';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b01d IS 'Finalità del trattamento dei dati personali degli interessati raccolti dal titolare: promozione servizi terzi';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b01e IS 'Finalità del trattamento dei dati personali degli interessati raccolti dal titolare: rilevazione abitudini di consumo';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b01f IS 'Finalità del trattamento dei dati personali degli interessati raccolti dal titolare: profilazione dei dati ex art.4 n.4 del Regolamento';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b01g IS 'Finalità del trattamento dei dati personali degli interessati raccolti dal titolare: rapporto di lavoro /collaborazione';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b02a IS 'Trattamento dei dati personali per finalità anagrafica: clienti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b02b IS 'Trattamento dei dati personali per finalità anagrafica: fornitori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b02c IS 'Trattamento dei dati personali per finalità anagrafica: dipendenti/collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b03a IS 'Trattamento dei dati personali per finalità di svolgimento delle attività principali e accessorie del titolare: clienti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b03b IS 'Trattamento dei dati personali per finalità di svolgimento delle attività principali e accessorie del titolare: fornitori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b03c IS 'Trattamento dei dati personali per finalità di svolgimento delle attività principali e accessorie del titolare: dipendenti/collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b04a IS 'Trattamento dei dati personali per finalità di promozione dei servizi del titolare: clienti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b04b IS 'Trattamento dei dati personali per finalità di promozione dei servizi del titolare: fornitori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b04c IS 'Trattamento dei dati personali per finalità di promozione dei servizi del titolare: dipendenti/collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b05a IS 'Trattamento dei dati personali per finalità di promozione dei servizi di terzi: clienti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b05b IS 'Trattamento dei dati personali per finalità di promozione dei servizi di terzi: fornitori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b05c IS 'Trattamento dei dati personali per finalità di promozione dei servizi di terzi: dipendenti/collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b06a IS 'Trattamento dei dati personali per rilevamento delle abitudini di consumo dell''interessato: clienti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b06b IS 'Trattamento dei dati personali per rilevamento delle abitudini di consumo dell''interessato: fornitori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b06c IS 'Trattamento dei dati personali per rilevamento delle abitudini di consumo dell''interessato: dipendenti/collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b07a IS 'Trattamento dei dati personali per i fini e con le modalità di cui all''art.4 n.4 del Regolamento (profilazione dati): clienti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b07b IS 'Trattamento dei dati personali per i fini e con le modalità di cui all''art.4 n.4 del Regolamento (profilazione dati): fornitori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b07c IS 'Trattamento dei dati personali per i fini e con le modalità di cui all''art.4 n.4 del Regolamento (profilazione dati): dipendenti/collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b08a IS 'Trattamento dei dati personali per finalità relative al rapporto di lavoro/collaborazione: clienti';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b08b IS 'Trattamento dei dati personali per finalità relative al rapporto di lavoro/collaborazione: fornitori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.b08c IS 'Trattamento dei dati personali per finalità relative al rapporto di lavoro/collaborazione: dipendenti/collaboratori';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c01a IS 'Base giuridica del trattamento dei dati: legge';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c01b IS 'Base giuridica del trattamento dei dati: contratto';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c01c IS 'Base giuridica del trattamento dei dati: standard internazionale';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c02a IS 'Termini massimi consentiti per la cancellazione dei dati: Dati personali art.4 (Ai fini del presente regolamento s''intende per: 1) «dato personale»: qualsiasi informazione riguardante una persona fisica identificata o identificabile («interessato»); si considera identificabile la persona fisica che può essere identificata, direttamente o indirettamente, con particolare riferimento a un identificativo come il nome, un numero di identificazione, dati relativi all''ubicazione, un identificativo online o a uno o più elementi caratteristici della sua identità fisica, fisiologica, genetica, psichica, economica, culturale o sociale)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c02b IS 'Termini massimi consentiti per la cancellazione dei dati: Dati personali art.9 ( È vietato trattare dati personali che rivelino l''origine razziale o etnica, le opinioni politiche, le convinzioni religiose o filosofiche, o l''appartenenza sindacale, nonché trattare dati genetici, dati biometrici intesi a identificare in modo univoco una persona fisica, dati relativi alla salute o alla vita sessuale o all''orientamento sessuale della persona)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c02c IS 'Termini massimi consentiti per la cancellazione dei dati: Dati personali art.10 (Il trattamento dei dati personali relativi alle condanne penali e ai reati o a connesse misure di sicurezza sulla base dell''articolo 6, paragrafo 1, deve avvenire soltanto sotto il controllo dell''autorità pubblica o se il trattamento è autorizzato dal diritto dell''Unione o degli Stati membri che preveda garanzie appropriate per i diritti e le libertà degli interessati. Un eventuale registro completo delle condanne penali deve essere tenuto soltanto sotto il controllo dell''autorità pubblica)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c03 IS 'Vengono eseguiti trattamenti in cui i dati sono comunicati a terzi? (0=NO, 1=SI)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c03_tipo_descri IS 'Se Si quali trattamenti? descrivi';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c03a IS 'Se Si verso quali categorie di terzi: 1) fornitori di annunci / pubblicità, 2) mediatori (art. 1754 c.c.), 3) notai, 4) assicurazioni, 5) architetti, 6) avvocati, 7) commercialisti, 8) istituti di credito, 9) altri soggetti esercenti attività finanziarie, 0) altre categorie descritte sotto';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c03a_altra_cat_descri IS 'Descrizione altra  categorie di terzi (quando sopra = 0)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.c04 IS 'Vengono eseguiti trattamenti in cui i dati sono comunicati a destinatari di Paesi terzi e/o Organizzazioni internazionali? (Se no lasciare vuoto)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d01a IS 'Descrizione dei sistemi informatici: computer singolo';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d01b IS 'Descrizione dei sistemi informatici: più computer non collegati tra loro';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d01c IS 'Descrizione dei sistemi informatici: sistemi connessi ad internet';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d01d IS 'Descrizione dei sistemi informatici: sistemi connessi ad entranet';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d01e IS 'Descrizione dei sistemi informatici: sistemi connessi a cloud';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d01f IS 'Descrizione dei sistemi informatici: presenza di server';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d02a IS 'Sistemi di sicurezza dei dati personali: pseudonimizzazione ';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d02b IS 'Sistemi di sicurezza dei dati personali: cifratura';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d02c IS 'Sistemi di sicurezza dei dati personali: sistemi protetti da password';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d02d IS 'Sistemi di sicurezza dei dati personali: sistemi antivirus';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d02e IS 'Sistemi di sicurezza dei dati personali: sistemi anti malware';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d02f IS 'Sistemi di sicurezza dei dati personali: sistemi firewall';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d02g IS 'Sistemi di sicurezza dei dati personali: sistemi di backup';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d03 IS 'Sistemi di pseudonimizzazione dei dati adottati, Art. 4 Regolamento 679/2016: “1. 5) «pseudonimizzazione»: il trattamento dei dati personali in modo tale che i dati personali non possano più essere attribuiti a un interessato specifico senza l''utilizzo di informazioni aggiuntive, a condizione che tali informazioni aggiuntive siano conservate separatamente e soggette a misure tecniche e organizzative intese a garantire che tali dati personali non siano attribuiti a una persona fisica identificata o identificabile"';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d04 IS 'Sistemi di cifratura dei dati adottati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d05 IS 'Sistemi di protezione mediante password adottati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d05_giorni IS 'Giorni aggiornamento password';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d06 IS 'Sistemi antivirus adottati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d06_giorni IS 'Giorni aggiornamento antivirus';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d07 IS 'Sistemi anti malware adottati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d07_giorni IS 'Giorni aggiornamento anti malware';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d08 IS 'Sistemi firewall adottati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d08_giorni IS 'Giorni aggiornamento firewall';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d09 IS 'Sistemi back up adottati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d09_giorni IS 'Giorni intervallo backup';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d10 IS 'Le misure di sicurezza adottate nel loro insieme garantiscono un adeguato livello di sicurezza?';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d11 IS 'Livello di attuazione del codice di condotta (0=nullo, 1-8=parziale, 9=totale)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d11_descri IS 'Il codice di condotta adottato quali adempimenti prescrive in materia di sicurezza? (es."ogni utente è stato edotto tramite il REGOLAMENTO PER L''UTILIZZO DELLE RISORSE INFORMATICHE")';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d12 IS 'Livello di attuazione delle prescrizioni imposte da sistema di certificazione adottato (0=nullo, 1-8=parziale, 9=totale)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.d12_descri IS 'Descrizione degli adempimenti del sistema di certificazione adottato in materia di sicurezza dei dati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.e01 IS 'Archivi elettronici: descrizione dei sistemi hardware e software utilizzati per archiviare i dati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.e02 IS 'Archivi cartacei: Descrizione dei sistemi utilizzati per archiviare i dati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.e03 IS 'Luogo di presenza degli archivi elettronici (0=presso il titolare nella propria sede, 1=presso il titolare ma in altri luoghi in territorio italiano, 2=presso il titolare ma in altri luoghi in territorio UE, 3=presso il titolare ma in altri luoghi in territorio extra UE, 4=presso soggeti terzi in territorio Italiano, 5=presso soggeti terzi in territorio UE, 6=presso soggeti terzi in territorio extra UE)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.e03_extra IS 'eventuale territorio extra UE';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.e04 IS 'Luogo di presenza degli archivi cartacei (0=presso il titolare nella propria sede, 1=presso il titolare ma in altri luoghi in territorio italiano, 2=presso il titolare ma in altri luoghi in territorio UE, 3=presso il titolare ma in altri luoghi in territorio extra UE, 4=presso soggeti terzi in territorio Italiano, 5=presso soggeti terzi in territorio UE, 6=presso soggeti terzi in territorio extra UE)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.e04_extra IS 'eventuale territorio extra UE';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.f01 IS 'Sono effettuati trattamenti che possono presentare rischi per i diritti e le libertà degli interessati? ';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.f02 IS 'In caso di risposta positiva al punto F.01: i trattamenti sono occasionali?';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.f03 IS 'In caso di risposta positiva al punto F.01: i trattamenti includono categorie di dati di cui all’art. 9 del Regolamento (dati sensibili, genetici e biometrici)?';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.f04 IS 'In caso di risposta positiva al punto F.01: i trattamenti includono categorie di dati di cui all’art. 10 del Regolamento (dati relativi a condanne penali e/o a reati)?';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01a IS 'Rischi individuati relativi alla possibile perdita di dati: a) rottura dei sistemi di archiviazione dati elettronici ';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01b IS 'Rischi individuati relativi alla possibile perdita di dati: b) interruzione non programmata dell’alimentazione dei sistemi informatici';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01c IS 'Rischi individuati relativi alla possibile perdita di dati: c) furto degli archivi informatici';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01d IS 'Rischi individuati relativi alla possibile perdita di dati: d) furto degli archivi cartacei';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01e IS 'Rischi individuati relativi alla possibile perdita di dati: e) perdita dei dati informatici a causa di virus o di altri agenti informatici automatizzati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01f IS 'Rischi individuati relativi alla possibile perdita di dati: f) perdita dei dati informatici a causa di intrusione nei sistemi informatici dall’esterno';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01g IS 'Rischi individuati relativi alla possibile perdita di dati: g) cancellazione non volontaria dei dati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g01h IS 'Rischi individuati relativi alla possibile perdita di dati: h) distruzione non volontaria di documenti contenti dati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g02a IS 'Rischi individuati relativi alla possibile sottrazione e divulgazione non autorizzata di dati: a) furto degli archivi informatici';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g02b IS 'Rischi individuati relativi alla possibile sottrazione e divulgazione non autorizzata di dati: b) furto degli archivi cartacei';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g02c IS 'Rischi individuati relativi alla possibile sottrazione e divulgazione non autorizzata di dati: c) sottrazione di dati contenuti in archivi informatici a causa di virus o di altri agenti informatici automatizzati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g02d IS 'Rischi individuati relativi alla possibile sottrazione e divulgazione non autorizzata di dati: d) sottrazione di dati contenuti in archivi informatici a causa di intrusione di nei sistemi informatici di soggetti dall’esterno';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03a IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: a) rottura dei sistemi di archiviazione dati elettronici ';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03b IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: b) interruzione non programmata dell’alimentazione dei sistemi informatici';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03c IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: c) furto degli archivi informatici';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03d IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: d) furto degli archivi cartacei';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03e IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: e) perdita dei dati informatici a causa di virus o di altri agenti informatici automatizzati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03f IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: f) perdita dei dati informatici a causa di intrusione nei sistemi informatici dall’esterno';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03g IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: g) cancellazione non volontaria dei dati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g03h IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile perdita di dati (G.01) per: h) distruzione non volontaria di documenti contenti dati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g04a IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile sottrazione e divulgazione non autorizzata di dati (G.02):  a) furto degli archivi informatici';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g04b IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile sottrazione e divulgazione non autorizzata di dati (G.02):  b) furto degli archivi cartacei';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g04c IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile sottrazione e divulgazione non autorizzata di dati (G.02): c) sottrazione di dati contenuti in archivi informatici a causa di virus o di altri agenti informatici automatizzati';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g04d IS 'Individuazione soluzioni relative ai rischi inerenti alla possibile sottrazione e divulgazione non autorizzata di dati (G.02): d) sottrazione di dati contenuti in archivi informatici a causa di intrusione di nei sistemi informatici di soggetti dall’esterno';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g05 IS 'Procedure di comunicazione di Data Breach relative ai rischi inerenti alla possibile perdita di dati (G.01)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g06 IS 'Procedure di comunicazione di Data Breach relative alla possibile sottrazione e divulgazione non autorizzata di dati (G.02)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.g07 IS 'Registro dei Data Breach (Data, tipo di evento, rimedi posti in atto e comunicazione)';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.h01 IS 'Modalità di conservazione del Registro (cartaceo o elettronico, in quest''ultimo caso indicare il software utilizzato: es. GAzie) ';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.h02 IS 'Elenco dei soggetti autorizzati ad accedere al Registro';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.h03 IS 'Soggetto responsabile alla conservazione e distribuzione del Registro';
COMMENT ON COLUMN gazie.gaz_001registro_trattamento_dati.h04 IS 'Prossima revisione del Registro';
COMMENT ON COLUMN gazie.gaz_001rigbro.descri IS '1000 caratteri per uniformarsi al tracciato della fattura elettronica';
COMMENT ON COLUMN gazie.gaz_001rigbro.quality IS 'per indicare la qualità del materiale richiesto, normativa, ecc';
COMMENT ON COLUMN gazie.gaz_001rigbro.larghezza IS 'espresso in mm';
COMMENT ON COLUMN gazie.gaz_001rigbro.lunghezza IS 'espresso in mm';
COMMENT ON COLUMN gazie.gaz_001rigbro.spessore IS 'espresso in mm';
COMMENT ON COLUMN gazie.gaz_001rigbro.peso_specifico IS 'non necessariamente in kg/l, potrà moltiplicare anche con i ml, mq, pezzi';
COMMENT ON COLUMN gazie.gaz_001rigbro.id_orderman IS 'Per avere riferimenti uno a molti, e viceversa, con le produzioni (orderman)';
COMMENT ON COLUMN gazie.gaz_001rigdoc.descri IS '1000 caratteri per uniformarsi al tracciato della fattura elettronica';
COMMENT ON COLUMN gazie.gaz_001rigdoc.quality IS 'per indicare la qualità del materiale richiesto, normativa, ecc';
COMMENT ON COLUMN gazie.gaz_001rigdoc.larghezza IS 'espresso in mm';
COMMENT ON COLUMN gazie.gaz_001rigdoc.lunghezza IS 'espresso in mm';
COMMENT ON COLUMN gazie.gaz_001rigdoc.spessore IS 'espresso in mm';
COMMENT ON COLUMN gazie.gaz_001rigdoc.peso_specifico IS 'non necessariamente in kg/l, potrà moltiplicare anche con i ml, mq, pezzi';
COMMENT ON COLUMN gazie.gaz_001rigdoc.provvigione IS 'Provvigione in caso di agente oppure percentuale cassa previdenziale in caso di tipo rigo = 4';
COMMENT ON COLUMN gazie.gaz_001rigdoc.id_orderman IS 'Ref. alla tabella gaz_001orderman (produzioni-contabilità industriale) ';
COMMENT ON COLUMN gazie.gaz_001rigmoc.id_orderman IS 'Ref. alla tabella gaz_001orderman (produzioni-contabilità industriale) ';
COMMENT ON COLUMN gazie.gaz_001staff.last_hourly_cost IS 'Costo orario del lavoro';
COMMENT ON COLUMN gazie.gaz_001staff_worked_hours.id_orderman IS 'sarà legato al piano dei conti per gestire le commesse (centri di costo)';
COMMENT ON COLUMN gazie.gaz_001staff_worked_hours.id_tes IS 'può essere usato per link con tesbro al fine di aver un documento/resoconto del lavoro eseguito';
COMMENT ON COLUMN gazie.gaz_001tesbro.ref_ecommerce_id_order IS 'Identificativo ordine attribuito dall''eventuale ecommerce collegato attraverso API';
COMMENT ON COLUMN gazie.gaz_001tesbro.email IS 'Utilizzato per inviare i documenti ad un indirizzo diverso da quello in anagrafica';
COMMENT ON COLUMN gazie.gaz_001tesbro.id_parent_doc IS 'riferimento ad id_tes del documento genitore  (es. ordine riferito a preventivo genitore)';
COMMENT ON COLUMN gazie.gaz_001tesdoc.email IS 'Utilizzato per inviare i documenti ad un indirizzo diverso da quello in anagrafica';
COMMENT ON COLUMN gazie.gaz_001tesdoc.id_parent_doc IS 'riferimento ad id_tes del documento genitore  (es. ordine riferito a preventivo genitore)';
COMMENT ON COLUMN gazie.gaz_001tesdoc.id_contract IS 'In caso di corrispettivo, scontrino con causale VCO, viene usato per contenere l''id del registratore ovvero id_cash della tabella gaz_NNNcash_register, se "0" verrà generato un file XML, altrimenti verranno inviati i dati al RT in base a quanto indicato sul rigo della tabella citata';
COMMENT ON COLUMN gazie.gaz_001tesdoc.datreg IS 'Data in cui si vuole venga registrata in contabilità la fattura d''acquisto (prima veniva messo in impropriamente in datemi)';
COMMENT ON COLUMN gazie.gaz_001tesdoc.fattura_elettronica_zip_package IS 'Nome del file zip in cui è contenuto la fattura elettronica';
COMMENT ON COLUMN gazie.gaz_001tesdoc.fattura_elettronica_reinvii IS 'Numero di reinvii allo SdI della fattura elettronica, assieme alla sezione, alla data fattura e al numero di protocollo e dopo un encode in base 36 determinerà gli ultimi cinque caratteri del nome file';
COMMENT ON COLUMN gazie.gaz_001tesmov.notess IS 'Note che NON vengono stampate sui registri contabili';
COMMENT ON COLUMN gazie.gaz_001tesmov.datliq IS 'Data di riferimento del periodo della liquidazione periodica dell''IVA, non può precedere la data del documento (datdoc)';
COMMENT ON COLUMN gazie.gaz_admin.user_firstname IS 'user''s first name';
COMMENT ON COLUMN gazie.gaz_admin.user_lastname IS 'user''s last name';
COMMENT ON COLUMN gazie.gaz_admin.user_name IS 'user''s name, unique';
COMMENT ON COLUMN gazie.gaz_admin.user_password_hash IS 'user''s password in salted and hashed format';
COMMENT ON COLUMN gazie.gaz_admin.user_email IS 'user''s email, unique';
COMMENT ON COLUMN gazie.gaz_admin.user_telephone IS 'user''s telephone number';
COMMENT ON COLUMN gazie.gaz_admin.user_active IS 'user''s activation status';
COMMENT ON COLUMN gazie.gaz_admin.user_activation_hash IS 'user''s email verification hash string';
COMMENT ON COLUMN gazie.gaz_admin.user_password_reset_hash IS 'user''s password reset code';
COMMENT ON COLUMN gazie.gaz_admin.user_password_reset_timestamp IS 'timestamp of the password reset request';
COMMENT ON COLUMN gazie.gaz_admin.user_rememberme_token IS 'user''s remember-me cookie token';
COMMENT ON COLUMN gazie.gaz_admin.user_failed_logins IS 'user''s failed login attemps';
COMMENT ON COLUMN gazie.gaz_admin.user_last_failed_login IS 'unix timestamp of last failed login attempt';
COMMENT ON COLUMN gazie.gaz_anagra.id_sian IS 'identificativo stabilimento assegnato dal SIAN';
COMMENT ON COLUMN gazie.gaz_aziend.rea_ufficio IS 'Fattura elettronica 1.2.4.1: Sigla della provincia dell''Ufficio del registro delle imprese presso il quale è registrata la società';
COMMENT ON COLUMN gazie.gaz_aziend.rea_numero IS 'Fattura elettronica 1.2.4.2: Numero di iscrizione al registro delle imprese';
COMMENT ON COLUMN gazie.gaz_aziend.rea_capitale IS 'Fattura elettronica 1.2.4.3: Nei soli casi di società di capitali (SpA, SApA, SRL), l''elemento informativo va valorizzato per indicare il capitale sociale';
COMMENT ON COLUMN gazie.gaz_aziend.rea_socio IS 'Fattura elettronica 1.2.4.4: Nei casi di spa e srl, l''elemento informativo va valorizzato per indicare se vi è un socio unico oppure se vi sono più soci, valori ammessi [SU] socio unico e [SM] più soci';
COMMENT ON COLUMN gazie.gaz_aziend.rea_stato IS 'Fattura elettronica 1.2.4.5: Indica se la Società si trova in stato di liquidazione oppure no, valori ammessi [LS] in liquidazione [LN] non in liquidazione';
COMMENT ON COLUMN gazie.gaz_aziend.order_type IS 'Tipo produzione: agricola, industriale, professionale, artigianale, ricerca e sviluppo; viene usato nel modulo orderman (produzioni)';
COMMENT ON COLUMN gazie.gaz_aziend.gazsynchro IS 'Indico i moduli dove trovare i file contenenti la classe "gazSynchro" con le funzioni  necessarie per eseguire aggiornamenti e/o sincronizzazioni; 
è indispensabile che la classe stessa contenga le funzioni api_token e get_sync_status.  
Ad ogni cambiamento di movimento di magazzino, cliente, articolo, categoria merceologica, aliquota IVA, presenza di nuovi ordini e/o clienti inseriti dal sito
si provvederà a fare delle chiamate alle funzioni contenute in essa.';
COMMENT ON COLUMN gazie.gaz_aziend.fae_tipo_cassa IS 'eventualmente con uno dei valori dell''elemento <TipoCassa> della fattura elettronica TC01,TC02,ecc';
COMMENT ON COLUMN gazie.gaz_aziend.ra_cassa IS 'scelta se applicare o meno la ritenuta d''acconto sulla cassa previdenziale';
COMMENT ON COLUMN gazie.gaz_aziend.vat_susp IS 'Se a 1 si indica che si sta operando in  regime di “Iva per cassa ex art. 32 bis del D.p.r. 83/2012”';
COMMENT ON COLUMN gazie.gaz_aziend.boleff IS 'Conto dei ricavi per bolli su vendite (il conto di costo su acquisti è la colonna taxstamp_account)';
COMMENT ON COLUMN gazie.gaz_aziend.c_ritenute IS 'conto ritenute subite';
COMMENT ON COLUMN gazie.gaz_aziend.c_ritenute_autonomi IS 'conto ritenute autonomi da versare ';
COMMENT ON COLUMN gazie.gaz_aziend.taxstamp_account IS 'Conto di costo su acquisti per bolli ( quello di ricavo su vendite è sulla colonna boleff)';
COMMENT ON COLUMN gazie.gaz_breadcrumb.exec_mode IS 'Modo di visualizzazione/esecuzione dello script: 0=simple link (solo su breadcrumb),1=button link,2=frame window,3=background execution';
COMMENT ON COLUMN gazie.gaz_camp_fitofarmaci.contenuto_per_100g IS 'Contenuto per 100 grammi di prodotto';
COMMENT ON COLUMN gazie.gaz_camp_fitofarmaci.attivita IS 'Attivita d''uso';
COMMENT ON COLUMN gazie.gaz_camp_fitofarmaci.ip IS 'Importazioni parallele';
COMMENT ON COLUMN gazie.gaz_camp_fitofarmaci.ppo IS 'Prodotti per piante ornamentali';
COMMENT ON COLUMN gazie.gaz_students.student_id IS 'auto incrementing student_id of each student, unique index';
COMMENT ON COLUMN gazie.gaz_students.student_classroom_id IS 'classroom_id of student';
COMMENT ON COLUMN gazie.gaz_students.student_firstname IS 'student''s first name';
COMMENT ON COLUMN gazie.gaz_students.student_lastname IS 'student''s last name';
COMMENT ON COLUMN gazie.gaz_students.student_name IS 'student''s name, unique';
COMMENT ON COLUMN gazie.gaz_students.student_password_hash IS 'student''s password in salted and hashed format';
COMMENT ON COLUMN gazie.gaz_students.student_email IS 'student''s email, unique';
COMMENT ON COLUMN gazie.gaz_students.student_telephone IS 'student''s telephone number';
COMMENT ON COLUMN gazie.gaz_students.student_active IS 'student''s activation status';
COMMENT ON COLUMN gazie.gaz_students.student_activation_hash IS 'student''s email verification hash string';
COMMENT ON COLUMN gazie.gaz_students.student_password_reset_hash IS 'student''s password reset code';
COMMENT ON COLUMN gazie.gaz_students.student_password_reset_timestamp IS 'timestamp of the password reset request';
COMMENT ON COLUMN gazie.gaz_students.student_rememberme_token IS 'student''s remember-me cookie token';
COMMENT ON COLUMN gazie.gaz_students.student_failed_logins IS 'student''s failed login attemps';
COMMENT ON COLUMN gazie.gaz_students.student_last_failed_login IS 'unix timestamp of last failed login attempt';
