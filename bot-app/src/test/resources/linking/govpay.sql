-- GovPay 3.9, the Italian open-source gateway that connects public bodies (enti creditori) to pagoPA, the Italian
-- public-administration payment system (by Link.it), **table and column names in Italian**: all 41 tables of its
-- PostgreSQL schema: configuration (configurazione), pagoPA intermediaries (intermediari) and stations (stazioni),
-- users (utenze) with their ACLs, authorised creditor bodies (utenze_domini) and payment types (utenze_tipo_vers),
-- client applications (applicazioni), back-office operators (operatori), connectors (connettori), creditor bodies
-- (domini) with their IBAN accounts (iban_accredito), organisational units (uo), revenue types (tipi_tributo) and
-- the bodies' revenue entries (tributi), payment types (tipi_versamento) and their per-body settings
-- (tipi_vers_domini), documents (documenti), pending payment positions / debts (versamenti) and their single items
-- (singoli_versamenti), portal payment sessions (pagamenti_portale, pag_port_versamenti), payment requests and
-- receipts (rpt), payments (pagamenti), notifications to applications (notifiche) and to the IO app
-- (notifiche_app_io), e-mail reminders (promemoria), bank receipts / reconciliations (incassi), PSP reporting flows
-- (fr) and their entries (rendicontazioni), events (eventi), batch jobs (batch), printed payment notices (stampe),
-- bulk uploads (tracciati) and their operations (operazioni), payment-notice upload files (trac_notif_pag), JPPA
-- configuration (jppa_config), attachments (allegati), audit (gp_audit), health probes (sonde) and the protocol
-- message-id table ID_MESSAGGIO_RELATIVO (lower-cased here, as PostgreSQL folds it: id_messaggio_relativo).
-- Source: src/main/resources/db/sql/postgresql/gov_pay.sql of github.com/link-it/govpay (commit 1840dca,
-- 2026-03-30, version 3.9.1; the file last changed in c1080da, 2026-03-10), GPL-3.0; we use the schema's facts.
-- The file was loaded as is into a scratch PostgreSQL 15 (schema govpay) and regenerated from its catalog: columns,
-- types, NOT NULL, primary keys and the 50 foreign keys in force at the end of the script. The script first
-- declares 69 foreign keys and then drops 19 of them (on versamenti, singoli_versamenti, rpt, pagamenti,
-- pagamenti_portale, pag_port_versamenti and allegati, for performance), so e.g. versamenti.id_dominio,
-- pagamenti.id_rpt, rpt.id_versamento or singoli_versamenti.id_versamento are implied by the names only. Left out:
-- sequences and column defaults, UNIQUE constraints, indexes, the 13 views (v_riscossioni, v_pagamenti_portale,
-- v_rpt_versamenti, ...) and the rows of init.sql. The source declares no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS govpay;
CREATE TABLE govpay.acl (
    ruolo character varying(255),
    servizio character varying(255) NOT NULL,
    diritti character varying(255) NOT NULL,
    id bigint NOT NULL,
    id_utenza bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.allegati (
    nome character varying(255) NOT NULL,
    tipo character varying(255),
    descrizione character varying(255),
    data_creazione timestamp without time zone NOT NULL,
    raw_contenuto oid,
    id bigint NOT NULL,
    id_versamento bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.applicazioni (
    cod_applicazione character varying(35) NOT NULL,
    auto_iuv boolean NOT NULL,
    firma_ricevuta character varying(1) NOT NULL,
    cod_connettore_integrazione character varying(255),
    trusted boolean NOT NULL,
    cod_applicazione_iuv character varying(3),
    reg_exp character varying(1024),
    id bigint NOT NULL,
    id_utenza bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.batch (
    cod_batch character varying(255) NOT NULL,
    nodo character varying(255),
    inizio timestamp without time zone,
    aggiornamento timestamp without time zone,
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.configurazione (
    nome character varying(255) NOT NULL,
    valore text,
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.connettori (
    cod_connettore character varying(255) NOT NULL,
    cod_proprieta character varying(255) NOT NULL,
    valore character varying(255) NOT NULL,
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.documenti (
    cod_documento character varying(35) NOT NULL,
    descrizione character varying(255) NOT NULL,
    id bigint NOT NULL,
    id_dominio bigint NOT NULL,
    id_applicazione bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.domini (
    cod_dominio character varying(35) NOT NULL,
    gln character varying(35),
    abilitato boolean NOT NULL,
    ragione_sociale character varying(70) NOT NULL,
    aux_digit integer NOT NULL,
    iuv_prefix character varying(255),
    segregation_code integer,
    logo bytea,
    cbill character varying(255),
    aut_stampa_poste character varying(255),
    cod_connettore_my_pivot character varying(255),
    cod_connettore_secim character varying(255),
    cod_connettore_gov_pay character varying(255),
    cod_connettore_hyper_sic_apk character varying(255),
    intermediato boolean NOT NULL,
    tassonomia_pago_pa character varying(35),
    scarica_fr boolean NOT NULL,
    id bigint NOT NULL,
    id_stazione bigint,
    id_applicazione_default bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.eventi (
    componente character varying(35),
    ruolo character varying(1),
    categoria_evento character varying(1),
    tipo_evento character varying(255),
    sottotipo_evento character varying(255),
    data timestamp without time zone,
    intervallo bigint,
    esito character varying(4),
    sottotipo_esito character varying(255),
    dettaglio_esito text,
    parametri_richiesta bytea,
    parametri_risposta bytea,
    dati_pago_pa text,
    cod_versamento_ente character varying(35),
    cod_applicazione character varying(35),
    iuv character varying(35),
    ccp character varying(35),
    cod_dominio character varying(35),
    id_sessione character varying(35),
    severita integer,
    cluster_id character varying(255),
    transaction_id character varying(255),
    id bigint NOT NULL,
    id_fr bigint,
    id_incasso bigint,
    id_tracciato bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.fr (
    cod_psp character varying(35) NOT NULL,
    cod_dominio character varying(35) NOT NULL,
    cod_flusso character varying(35) NOT NULL,
    stato character varying(35) NOT NULL,
    descrizione_stato text,
    iur character varying(35) NOT NULL,
    data_ora_flusso timestamp without time zone NOT NULL,
    data_regolamento timestamp without time zone,
    data_acquisizione timestamp without time zone NOT NULL,
    numero_pagamenti bigint,
    importo_totale_pagamenti double precision,
    cod_bic_riversamento character varying(35),
    xml bytea,
    ragione_sociale_psp character varying(255),
    ragione_sociale_dominio character varying(255),
    obsoleto boolean NOT NULL,
    data_ora_pubblicazione timestamp without time zone,
    data_ora_aggiornamento timestamp without time zone,
    revisione bigint,
    id bigint NOT NULL,
    id_incasso bigint,
    id_dominio bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.gp_audit (
    data timestamp without time zone NOT NULL,
    id_oggetto bigint NOT NULL,
    tipo_oggetto character varying(255) NOT NULL,
    oggetto text NOT NULL,
    id bigint NOT NULL,
    id_operatore bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.iban_accredito (
    cod_iban character varying(255) NOT NULL,
    bic_accredito character varying(255),
    postale boolean NOT NULL,
    abilitato boolean NOT NULL,
    descrizione character varying(255),
    intestatario character varying(255),
    aut_stampa_poste character varying(255),
    id bigint NOT NULL,
    id_dominio bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.id_messaggio_relativo (
    counter bigint NOT NULL,
    protocollo character varying(255) NOT NULL,
    info_associata character varying(255) NOT NULL,
    ora_registrazione timestamp without time zone,
    PRIMARY KEY (protocollo, info_associata)
);
CREATE TABLE govpay.incassi (
    trn character varying(35) NOT NULL,
    cod_dominio character varying(35) NOT NULL,
    causale character varying(512),
    importo double precision NOT NULL,
    data_valuta date,
    data_contabile date,
    data_ora_incasso timestamp without time zone NOT NULL,
    nome_dispositivo character varying(512),
    iban_accredito character varying(35),
    sct character varying(35),
    identificativo character varying(35) NOT NULL,
    iuv character varying(35),
    cod_flusso_rendicontazione character varying(35),
    stato character varying(35) NOT NULL,
    descrizione_stato character varying(255),
    id bigint NOT NULL,
    id_applicazione bigint,
    id_operatore bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.intermediari (
    cod_intermediario character varying(35) NOT NULL,
    cod_connettore_pdd character varying(35) NOT NULL,
    cod_connettore_recupero_rt character varying(35),
    cod_connettore_aca character varying(35),
    cod_connettore_gpd character varying(35),
    cod_connettore_fr character varying(35),
    cod_connettore_backoffice_ec character varying(35),
    cod_connettore_ftp character varying(35),
    denominazione character varying(255) NOT NULL,
    principal character varying(4000) NOT NULL,
    principal_originale character varying(4000) NOT NULL,
    abilitato boolean NOT NULL,
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.jppa_config (
    cod_dominio character varying(35) NOT NULL,
    cod_connettore character varying(255),
    abilitato boolean NOT NULL,
    data_ultima_rt timestamp without time zone,
    id bigint NOT NULL,
    id_dominio bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.notifiche (
    tipo_esito character varying(16) NOT NULL,
    data_creazione timestamp without time zone NOT NULL,
    stato character varying(16) NOT NULL,
    descrizione_stato character varying(255),
    data_aggiornamento_stato timestamp without time zone NOT NULL,
    data_prossima_spedizione timestamp without time zone NOT NULL,
    tentativi_spedizione bigint,
    id bigint NOT NULL,
    id_applicazione bigint NOT NULL,
    id_rpt bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.notifiche_app_io (
    debitore_identificativo character varying(35) NOT NULL,
    cod_versamento_ente character varying(35) NOT NULL,
    cod_applicazione character varying(35) NOT NULL,
    cod_dominio character varying(35) NOT NULL,
    iuv character varying(35) NOT NULL,
    tipo_esito character varying(16) NOT NULL,
    data_creazione timestamp without time zone NOT NULL,
    stato character varying(16) NOT NULL,
    descrizione_stato character varying(255),
    data_aggiornamento_stato timestamp without time zone NOT NULL,
    data_prossima_spedizione timestamp without time zone NOT NULL,
    tentativi_spedizione bigint,
    id_messaggio character varying(255),
    stato_messaggio character varying(16),
    id bigint NOT NULL,
    id_versamento bigint NOT NULL,
    id_tipo_versamento_dominio bigint NOT NULL,
    id_rpt bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.operatori (
    nome character varying(35) NOT NULL,
    id bigint NOT NULL,
    id_utenza bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.operazioni (
    tipo_operazione character varying(16) NOT NULL,
    linea_elaborazione bigint NOT NULL,
    stato character varying(16) NOT NULL,
    dati_richiesta bytea,
    dati_risposta bytea,
    dettaglio_esito character varying(255),
    cod_versamento_ente character varying(255),
    cod_dominio character varying(35),
    iuv character varying(35),
    trn character varying(35),
    id bigint NOT NULL,
    id_tracciato bigint NOT NULL,
    id_applicazione bigint,
    id_stampa bigint,
    id_versamento bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.pag_port_versamenti (
    id bigint NOT NULL,
    id_pagamento_portale bigint NOT NULL,
    id_versamento bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.pagamenti (
    cod_dominio character varying(35) NOT NULL,
    iuv character varying(35) NOT NULL,
    indice_dati integer NOT NULL,
    importo_pagato double precision NOT NULL,
    data_acquisizione timestamp without time zone NOT NULL,
    iur character varying(35) NOT NULL,
    data_pagamento timestamp without time zone NOT NULL,
    commissioni_psp double precision,
    tipo_allegato character varying(2),
    allegato bytea,
    data_acquisizione_revoca timestamp without time zone,
    causale_revoca character varying(140),
    dati_revoca character varying(140),
    importo_revocato double precision,
    esito_revoca character varying(140),
    dati_esito_revoca character varying(140),
    stato character varying(35),
    tipo character varying(35) NOT NULL,
    id bigint NOT NULL,
    id_rpt bigint,
    id_singolo_versamento bigint,
    id_incasso bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.pagamenti_portale (
    cod_canale character varying(35),
    nome character varying(255) NOT NULL,
    importo double precision NOT NULL,
    versante_identificativo character varying(35),
    id_sessione character varying(35) NOT NULL,
    id_sessione_portale character varying(255),
    id_sessione_psp character varying(255),
    stato character varying(35) NOT NULL,
    codice_stato character varying(35) NOT NULL,
    descrizione_stato character varying(1024),
    psp_redirect_url character varying(1024),
    psp_esito character varying(255),
    json_request text,
    data_richiesta timestamp without time zone,
    url_ritorno character varying(1024),
    cod_psp character varying(35),
    tipo_versamento character varying(4),
    multi_beneficiario character varying(35),
    ack boolean NOT NULL,
    tipo integer NOT NULL,
    principal character varying(4000) NOT NULL,
    tipo_utenza character varying(35) NOT NULL,
    src_versante_identificativo character varying(35),
    severita integer,
    id bigint NOT NULL,
    id_applicazione bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.promemoria (
    tipo character varying(16) NOT NULL,
    data_creazione timestamp without time zone NOT NULL,
    stato character varying(16) NOT NULL,
    descrizione_stato character varying(1024),
    destinatario_to character varying(256) NOT NULL,
    destinatario_cc character varying(256),
    messaggio_content_type character varying(256),
    oggetto character varying(512),
    messaggio text,
    allega_pdf boolean NOT NULL,
    data_aggiornamento_stato timestamp without time zone NOT NULL,
    data_prossima_spedizione timestamp without time zone NOT NULL,
    tentativi_spedizione bigint,
    id bigint NOT NULL,
    id_versamento bigint,
    id_rpt bigint,
    id_documento bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.rendicontazioni (
    iuv character varying(35) NOT NULL,
    iur character varying(35) NOT NULL,
    indice_dati integer,
    importo_pagato double precision,
    esito integer,
    data timestamp without time zone,
    stato character varying(35) NOT NULL,
    anomalie text,
    esegui_recupero_rt boolean NOT NULL,
    notifica_inviata boolean NOT NULL,
    id bigint NOT NULL,
    id_fr bigint NOT NULL,
    id_pagamento bigint,
    id_singolo_versamento bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.rpt (
    cod_carrello character varying(35),
    iuv character varying(35) NOT NULL,
    ccp character varying(35) NOT NULL,
    cod_dominio character varying(35) NOT NULL,
    cod_msg_richiesta character varying(35) NOT NULL,
    data_msg_richiesta timestamp without time zone NOT NULL,
    stato character varying(35) NOT NULL,
    descrizione_stato text,
    cod_sessione character varying(255),
    cod_sessione_portale character varying(255),
    psp_redirect_url character varying(512),
    xml_rpt bytea,
    data_aggiornamento_stato timestamp without time zone NOT NULL,
    callback_url text,
    modello_pagamento character varying(16),
    cod_msg_ricevuta character varying(35),
    data_msg_ricevuta timestamp without time zone,
    cod_esito_pagamento integer,
    importo_totale_pagato double precision,
    xml_rt bytea,
    cod_canale character varying(35),
    cod_psp character varying(35),
    cod_intermediario_psp character varying(35),
    tipo_versamento character varying(35),
    tipo_identificativo_attestante character varying(1),
    identificativo_attestante character varying(35),
    denominazione_attestante character varying(70),
    cod_stazione character varying(35) NOT NULL,
    cod_transazione_rpt character varying(36),
    cod_transazione_rt character varying(36),
    stato_conservazione character varying(35),
    descrizione_stato_cons character varying(512),
    data_conservazione timestamp without time zone,
    bloccante boolean NOT NULL,
    versione character varying(35) NOT NULL,
    id bigint NOT NULL,
    id_versamento bigint NOT NULL,
    id_pagamento_portale bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.singoli_versamenti (
    cod_singolo_versamento_ente character varying(70) NOT NULL,
    stato_singolo_versamento character varying(35) NOT NULL,
    importo_singolo_versamento double precision NOT NULL,
    tipo_bollo character varying(2),
    hash_documento character varying(70),
    provincia_residenza character varying(2),
    tipo_contabilita character varying(1),
    codice_contabilita character varying(255),
    descrizione character varying(256),
    dati_allegati text,
    indice_dati integer NOT NULL,
    descrizione_causale_rpt character varying(140),
    contabilita text,
    metadata text,
    id bigint NOT NULL,
    id_versamento bigint NOT NULL,
    id_tributo bigint,
    id_iban_accredito bigint,
    id_iban_appoggio bigint,
    id_dominio bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.sonde (
    nome character varying(35) NOT NULL,
    classe character varying(255) NOT NULL,
    soglia_warn bigint NOT NULL,
    soglia_error bigint NOT NULL,
    data_ok timestamp without time zone,
    data_warn timestamp without time zone,
    data_error timestamp without time zone,
    data_ultimo_check timestamp without time zone,
    dati_check text,
    stato_ultimo_check integer,
    PRIMARY KEY (nome)
);
CREATE TABLE govpay.stampe (
    data_creazione timestamp without time zone NOT NULL,
    tipo character varying(16) NOT NULL,
    pdf bytea,
    id bigint NOT NULL,
    id_versamento bigint,
    id_documento bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.stazioni (
    cod_stazione character varying(35) NOT NULL,
    password character varying(35) NOT NULL,
    abilitato boolean NOT NULL,
    application_code integer NOT NULL,
    versione character varying(35) NOT NULL,
    id bigint NOT NULL,
    id_intermediario bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.tipi_tributo (
    cod_tributo character varying(255) NOT NULL,
    descrizione character varying(255),
    tipo_contabilita character varying(1),
    cod_contabilita character varying(255),
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.tipi_vers_domini (
    codifica_iuv character varying(4),
    paga_terzi boolean,
    abilitato boolean,
    bo_form_tipo character varying(35),
    bo_form_definizione text,
    bo_validazione_def text,
    bo_trasformazione_tipo character varying(35),
    bo_trasformazione_def text,
    bo_cod_applicazione character varying(35),
    bo_abilitato boolean,
    pag_form_tipo character varying(35),
    pag_form_definizione text,
    pag_form_impaginazione text,
    pag_validazione_def text,
    pag_trasformazione_tipo character varying(35),
    pag_trasformazione_def text,
    pag_cod_applicazione character varying(35),
    pag_abilitato boolean,
    avv_mail_prom_avv_abilitato boolean,
    avv_mail_prom_avv_pdf boolean,
    avv_mail_prom_avv_tipo character varying(35),
    avv_mail_prom_avv_oggetto text,
    avv_mail_prom_avv_messaggio text,
    avv_mail_prom_ric_abilitato boolean,
    avv_mail_prom_ric_pdf boolean,
    avv_mail_prom_ric_tipo character varying(35),
    avv_mail_prom_ric_oggetto text,
    avv_mail_prom_ric_messaggio text,
    avv_mail_prom_ric_eseguiti boolean,
    avv_mail_prom_scad_abilitato boolean,
    avv_mail_prom_scad_preavviso integer,
    avv_mail_prom_scad_tipo character varying(35),
    avv_mail_prom_scad_oggetto text,
    avv_mail_prom_scad_messaggio text,
    visualizzazione_definizione text,
    trac_csv_tipo character varying(35),
    trac_csv_header_risposta text,
    trac_csv_template_richiesta text,
    trac_csv_template_risposta text,
    app_io_api_key character varying(255),
    avv_app_io_prom_avv_abilitato boolean,
    avv_app_io_prom_avv_tipo character varying(35),
    avv_app_io_prom_avv_oggetto text,
    avv_app_io_prom_avv_messaggio text,
    avv_app_io_prom_ric_abilitato boolean,
    avv_app_io_prom_ric_tipo character varying(35),
    avv_app_io_prom_ric_oggetto text,
    avv_app_io_prom_ric_messaggio text,
    avv_app_io_prom_ric_eseguiti boolean,
    avv_app_io_prom_scad_abilitato boolean,
    avv_app_io_prom_scad_preavviso integer,
    avv_app_io_prom_scad_tipo character varying(35),
    avv_app_io_prom_scad_oggetto text,
    avv_app_io_prom_scad_messaggio text,
    id bigint NOT NULL,
    id_tipo_versamento bigint NOT NULL,
    id_dominio bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.tipi_versamento (
    cod_tipo_versamento character varying(35) NOT NULL,
    descrizione character varying(255) NOT NULL,
    codifica_iuv character varying(4),
    paga_terzi boolean NOT NULL,
    abilitato boolean NOT NULL,
    bo_form_tipo character varying(35),
    bo_form_definizione text,
    bo_validazione_def text,
    bo_trasformazione_tipo character varying(35),
    bo_trasformazione_def text,
    bo_cod_applicazione character varying(35),
    bo_abilitato boolean NOT NULL,
    pag_form_tipo character varying(35),
    pag_form_definizione text,
    pag_form_impaginazione text,
    pag_validazione_def text,
    pag_trasformazione_tipo character varying(35),
    pag_trasformazione_def text,
    pag_cod_applicazione character varying(35),
    pag_abilitato boolean NOT NULL,
    avv_mail_prom_avv_abilitato boolean NOT NULL,
    avv_mail_prom_avv_pdf boolean,
    avv_mail_prom_avv_tipo character varying(35),
    avv_mail_prom_avv_oggetto text,
    avv_mail_prom_avv_messaggio text,
    avv_mail_prom_ric_abilitato boolean NOT NULL,
    avv_mail_prom_ric_pdf boolean,
    avv_mail_prom_ric_tipo character varying(35),
    avv_mail_prom_ric_oggetto text,
    avv_mail_prom_ric_messaggio text,
    avv_mail_prom_ric_eseguiti boolean,
    avv_mail_prom_scad_abilitato boolean NOT NULL,
    avv_mail_prom_scad_preavviso integer,
    avv_mail_prom_scad_tipo character varying(35),
    avv_mail_prom_scad_oggetto text,
    avv_mail_prom_scad_messaggio text,
    visualizzazione_definizione text,
    trac_csv_tipo character varying(35),
    trac_csv_header_risposta text,
    trac_csv_template_richiesta text,
    trac_csv_template_risposta text,
    avv_app_io_prom_avv_abilitato boolean NOT NULL,
    avv_app_io_prom_avv_tipo character varying(35),
    avv_app_io_prom_avv_oggetto text,
    avv_app_io_prom_avv_messaggio text,
    avv_app_io_prom_ric_abilitato boolean NOT NULL,
    avv_app_io_prom_ric_tipo character varying(35),
    avv_app_io_prom_ric_oggetto text,
    avv_app_io_prom_ric_messaggio text,
    avv_app_io_prom_ric_eseguiti boolean,
    avv_app_io_prom_scad_abilitato boolean NOT NULL,
    avv_app_io_prom_scad_preavviso integer,
    avv_app_io_prom_scad_tipo character varying(35),
    avv_app_io_prom_scad_oggetto text,
    avv_app_io_prom_scad_messaggio text,
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.trac_notif_pag (
    nome_file character varying(255) NOT NULL,
    tipo character varying(20) NOT NULL,
    versione character varying(20) NOT NULL,
    stato character varying(20) NOT NULL,
    data_creazione timestamp without time zone NOT NULL,
    data_rt_da timestamp without time zone NOT NULL,
    data_rt_a timestamp without time zone NOT NULL,
    data_caricamento timestamp without time zone,
    data_completamento timestamp without time zone,
    raw_contenuto oid,
    bean_dati text,
    identificativo character varying(255) NOT NULL,
    id bigint NOT NULL,
    id_dominio bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.tracciati (
    cod_dominio character varying(35) NOT NULL,
    cod_tipo_versamento character varying(35),
    formato character varying(10) NOT NULL,
    tipo character varying(10) NOT NULL,
    stato character varying(12) NOT NULL,
    descrizione_stato character varying(256),
    data_caricamento timestamp without time zone NOT NULL,
    data_completamento timestamp without time zone,
    bean_dati text,
    file_name_richiesta character varying(256),
    raw_richiesta bytea,
    file_name_esito character varying(256),
    raw_esito bytea,
    zip_stampe oid,
    id bigint NOT NULL,
    id_operatore bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.tributi (
    abilitato boolean NOT NULL,
    tipo_contabilita character varying(1),
    codice_contabilita character varying(255),
    id bigint NOT NULL,
    id_dominio bigint NOT NULL,
    id_iban_accredito bigint,
    id_iban_appoggio bigint,
    id_tipo_tributo bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.uo (
    cod_uo character varying(35) NOT NULL,
    abilitato boolean NOT NULL,
    uo_codice_identificativo character varying(35),
    uo_denominazione character varying(70),
    uo_indirizzo character varying(70),
    uo_civico character varying(16),
    uo_cap character varying(16),
    uo_localita character varying(35),
    uo_provincia character varying(35),
    uo_nazione character varying(2),
    uo_area character varying(255),
    uo_url_sito_web character varying(255),
    uo_email character varying(255),
    uo_pec character varying(255),
    uo_tel character varying(255),
    uo_fax character varying(255),
    id bigint NOT NULL,
    id_dominio bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.utenze (
    principal character varying(4000) NOT NULL,
    principal_originale character varying(4000) NOT NULL,
    abilitato boolean NOT NULL,
    autorizzazione_domini_star boolean NOT NULL,
    autorizzazione_tipi_vers_star boolean NOT NULL,
    ruoli character varying(512),
    password character varying(255),
    id bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.utenze_domini (
    id bigint NOT NULL,
    id_utenza bigint NOT NULL,
    id_dominio bigint,
    id_uo bigint,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.utenze_tipo_vers (
    id bigint NOT NULL,
    id_utenza bigint NOT NULL,
    id_tipo_versamento bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE govpay.versamenti (
    cod_versamento_ente character varying(35) NOT NULL,
    nome character varying(35),
    importo_totale double precision NOT NULL,
    stato_versamento character varying(35) NOT NULL,
    descrizione_stato character varying(255),
    aggiornabile boolean NOT NULL,
    data_creazione timestamp without time zone NOT NULL,
    data_validita timestamp without time zone,
    data_scadenza timestamp without time zone,
    data_ora_ultimo_aggiornamento timestamp without time zone NOT NULL,
    causale_versamento character varying(1024),
    debitore_tipo character varying(1),
    debitore_identificativo character varying(35) NOT NULL,
    debitore_anagrafica character varying(70) NOT NULL,
    debitore_indirizzo character varying(70),
    debitore_civico character varying(16),
    debitore_cap character varying(16),
    debitore_localita character varying(35),
    debitore_provincia character varying(35),
    debitore_nazione character varying(2),
    debitore_email character varying(256),
    debitore_telefono character varying(35),
    debitore_cellulare character varying(35),
    debitore_fax character varying(35),
    tassonomia_avviso character varying(35),
    tassonomia character varying(35),
    cod_lotto character varying(35),
    cod_versamento_lotto character varying(35),
    cod_anno_tributario character varying(35),
    cod_bundlekey character varying(256),
    dati_allegati text,
    incasso character varying(1),
    anomalie text,
    iuv_versamento character varying(35),
    numero_avviso character varying(35),
    ack boolean NOT NULL,
    anomalo boolean NOT NULL,
    divisione character varying(35),
    direzione character varying(35),
    id_sessione character varying(35),
    data_pagamento timestamp without time zone,
    importo_pagato double precision NOT NULL,
    importo_incassato double precision NOT NULL,
    stato_pagamento character varying(35) NOT NULL,
    iuv_pagamento character varying(35),
    src_iuv character varying(35),
    src_debitore_identificativo character varying(35) NOT NULL,
    cod_rata character varying(35),
    tipo character varying(35) NOT NULL,
    data_notifica_avviso timestamp without time zone,
    avviso_notificato boolean,
    avv_mail_data_prom_scadenza timestamp without time zone,
    avv_mail_prom_scad_notificato boolean,
    avv_app_io_data_prom_scadenza timestamp without time zone,
    avv_app_io_prom_scad_notificat boolean,
    proprieta text,
    data_ultima_modifica_aca timestamp without time zone,
    data_ultima_comunicazione_aca timestamp without time zone,
    id bigint NOT NULL,
    id_tipo_versamento_dominio bigint NOT NULL,
    id_tipo_versamento bigint NOT NULL,
    id_dominio bigint NOT NULL,
    id_uo bigint,
    id_applicazione bigint NOT NULL,
    id_documento bigint,
    PRIMARY KEY (id)
);
ALTER TABLE govpay.acl ADD FOREIGN KEY (id_utenza) REFERENCES govpay.utenze (id);
ALTER TABLE govpay.applicazioni ADD FOREIGN KEY (id_utenza) REFERENCES govpay.utenze (id);
ALTER TABLE govpay.documenti ADD FOREIGN KEY (id_applicazione) REFERENCES govpay.applicazioni (id);
ALTER TABLE govpay.documenti ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.domini ADD FOREIGN KEY (id_applicazione_default) REFERENCES govpay.applicazioni (id);
ALTER TABLE govpay.domini ADD FOREIGN KEY (id_stazione) REFERENCES govpay.stazioni (id);
ALTER TABLE govpay.eventi ADD FOREIGN KEY (id_fr) REFERENCES govpay.fr (id);
ALTER TABLE govpay.eventi ADD FOREIGN KEY (id_incasso) REFERENCES govpay.incassi (id);
ALTER TABLE govpay.eventi ADD FOREIGN KEY (id_tracciato) REFERENCES govpay.tracciati (id);
ALTER TABLE govpay.fr ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.fr ADD FOREIGN KEY (id_incasso) REFERENCES govpay.incassi (id);
ALTER TABLE govpay.gp_audit ADD FOREIGN KEY (id_operatore) REFERENCES govpay.operatori (id);
ALTER TABLE govpay.iban_accredito ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.incassi ADD FOREIGN KEY (id_applicazione) REFERENCES govpay.applicazioni (id);
ALTER TABLE govpay.incassi ADD FOREIGN KEY (id_operatore) REFERENCES govpay.operatori (id);
ALTER TABLE govpay.jppa_config ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.notifiche ADD FOREIGN KEY (id_applicazione) REFERENCES govpay.applicazioni (id);
ALTER TABLE govpay.notifiche ADD FOREIGN KEY (id_rpt) REFERENCES govpay.rpt (id);
ALTER TABLE govpay.notifiche_app_io ADD FOREIGN KEY (id_rpt) REFERENCES govpay.rpt (id);
ALTER TABLE govpay.notifiche_app_io ADD FOREIGN KEY (id_tipo_versamento_dominio) REFERENCES govpay.tipi_vers_domini (id);
ALTER TABLE govpay.notifiche_app_io ADD FOREIGN KEY (id_versamento) REFERENCES govpay.versamenti (id);
ALTER TABLE govpay.operatori ADD FOREIGN KEY (id_utenza) REFERENCES govpay.utenze (id);
ALTER TABLE govpay.operazioni ADD FOREIGN KEY (id_applicazione) REFERENCES govpay.applicazioni (id);
ALTER TABLE govpay.operazioni ADD FOREIGN KEY (id_stampa) REFERENCES govpay.stampe (id);
ALTER TABLE govpay.operazioni ADD FOREIGN KEY (id_tracciato) REFERENCES govpay.tracciati (id);
ALTER TABLE govpay.operazioni ADD FOREIGN KEY (id_versamento) REFERENCES govpay.versamenti (id);
ALTER TABLE govpay.promemoria ADD FOREIGN KEY (id_documento) REFERENCES govpay.documenti (id);
ALTER TABLE govpay.promemoria ADD FOREIGN KEY (id_rpt) REFERENCES govpay.rpt (id);
ALTER TABLE govpay.promemoria ADD FOREIGN KEY (id_versamento) REFERENCES govpay.versamenti (id);
ALTER TABLE govpay.rendicontazioni ADD FOREIGN KEY (id_fr) REFERENCES govpay.fr (id);
ALTER TABLE govpay.rendicontazioni ADD FOREIGN KEY (id_pagamento) REFERENCES govpay.pagamenti (id);
ALTER TABLE govpay.rendicontazioni ADD FOREIGN KEY (id_singolo_versamento) REFERENCES govpay.singoli_versamenti (id);
ALTER TABLE govpay.singoli_versamenti ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.stampe ADD FOREIGN KEY (id_documento) REFERENCES govpay.documenti (id);
ALTER TABLE govpay.stampe ADD FOREIGN KEY (id_versamento) REFERENCES govpay.versamenti (id);
ALTER TABLE govpay.stazioni ADD FOREIGN KEY (id_intermediario) REFERENCES govpay.intermediari (id);
ALTER TABLE govpay.tipi_vers_domini ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.tipi_vers_domini ADD FOREIGN KEY (id_tipo_versamento) REFERENCES govpay.tipi_versamento (id);
ALTER TABLE govpay.trac_notif_pag ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.tracciati ADD FOREIGN KEY (id_operatore) REFERENCES govpay.operatori (id);
ALTER TABLE govpay.tributi ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.tributi ADD FOREIGN KEY (id_iban_accredito) REFERENCES govpay.iban_accredito (id);
ALTER TABLE govpay.tributi ADD FOREIGN KEY (id_iban_appoggio) REFERENCES govpay.iban_accredito (id);
ALTER TABLE govpay.tributi ADD FOREIGN KEY (id_tipo_tributo) REFERENCES govpay.tipi_tributo (id);
ALTER TABLE govpay.uo ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.utenze_domini ADD FOREIGN KEY (id_dominio) REFERENCES govpay.domini (id);
ALTER TABLE govpay.utenze_domini ADD FOREIGN KEY (id_uo) REFERENCES govpay.uo (id);
ALTER TABLE govpay.utenze_domini ADD FOREIGN KEY (id_utenza) REFERENCES govpay.utenze (id);
ALTER TABLE govpay.utenze_tipo_vers ADD FOREIGN KEY (id_tipo_versamento) REFERENCES govpay.tipi_versamento (id);
ALTER TABLE govpay.utenze_tipo_vers ADD FOREIGN KEY (id_utenza) REFERENCES govpay.utenze (id);
