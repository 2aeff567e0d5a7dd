-- Gepi, the French open-source school management system for collèges and lycées (Gestion des élèves par Internet),
-- **table and column names in French**: pupils (eleves) with their classes per term, regime, previous schools, MEF
-- training codes; parents/guardians (responsables2, resp_pers, resp_adr); classes, terms (periodes) and class
-- councils, subjects (matieres) and their categories, teaching groups (groupes) with their classes, subjects, teachers
-- and pupils; report-card marks, appreciations and council opinions (matieres_notes, matieres_appreciations,
-- avis_conseil_classe, mentions); the teachers' mark books (cn_cahier_notes, cn_conteneurs, cn_devoirs,
-- cn_notes_devoirs); the class log and homework (ct_entry, ct_devoirs_entry, ct_documents); absences, both the legacy
-- per-term counts (absences) and the abs2 module (a_saisies, a_traitements, a_types, a_motifs, a_justifications,
-- a_notifications); discipline (s_incidents, s_protagonistes, s_sanctions, s_retenues, s_exclusions, s_travail, ...);
-- timetable (edt_cours, edt_creneaux, salle_cours, edt_calendrier, ...); teacher absences and replacements;
-- cross-curricular projects (aid*); ECTS credits; orientation (o_*); Notanet/DNB exam, mock exams (ex_*, eb_*); the
-- common-core skills (socle_*); class-forming tool (gc_*); users, rights, settings, messages, logs, plugins and
-- import/temporary tables), as a fresh install creates it: sql/structure_gepi.sql of github.com/tbelliard/gepi
-- (commit fcdbdf3, 2025-11-02; the file last changed in 81c8e8c, 2024-01-11), GPL-2.0 (we use the schema's facts). The
-- MySQL script was loaded into a scratch MariaDB 10.11 and converted from its catalog by a one-off script (int ->
-- integer, int unsigned -> bigint, tinyint -> smallint, smallint unsigned -> integer, mediumint -> integer,
-- datetime/timestamp -> timestamp, text/mediumtext/longtext/enum/set -> text, blob -> bytea, double -> double
-- precision, float -> real, decimal -> numeric), loaded into a scratch PostgreSQL 15, schema gepi: all 310 tables
-- with their primary keys and the 205 table/column comments the source declares; the column "end" is quoted. Foreign
-- keys: the tables are MyISAM, so MySQL ignores the 31 FOREIGN KEY clauses the script writes (mostly on the abs2
-- absence tables, ECTS credits and ct_private_entry); the 28 that PostgreSQL can enforce are kept; left out are
-- eleves.mef_code -> mef.mef_code and archivage_ects.ine -> eleves.no_gep (referenced columns not unique) and
-- a_saisies.id_aid -> aid.id (integer vs varchar). All other references (j_eleves_classes.login -> eleves.login,
-- matieres_notes.id_groupe -> groupes.id, ...) are implied by names only. Left out: AUTO_INCREMENT, defaults,
-- ON DELETE actions, collations, engine options, indexes, UNIQUE keys, and the rows of sql/data_gepi.sql. No rows.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS gepi;
CREATE TABLE gepi.a_agregation_decompte (
    eleve_id integer NOT NULL,
    date_demi_jounee timestamp without time zone NOT NULL,
    manquement_obligation_presence smallint,
    non_justifiee smallint,
    notifiee smallint,
    retards integer,
    retards_non_justifies integer,
    motifs_absences text,
    motifs_retards text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (eleve_id, date_demi_jounee)
);
CREATE TABLE gepi.a_agregation_demi_journees (
    id integer NOT NULL,
    eleve_id integer NOT NULL,
    elenoet integer NOT NULL,
    login character varying(50) NOT NULL,
    nom character varying(50) NOT NULL,
    prenom character varying(50) NOT NULL,
    id_classe integer NOT NULL,
    classe character varying(50) NOT NULL,
    nbabsences integer NOT NULL,
    nbnonjustifiees integer NOT NULL,
    nbnonvalables integer NOT NULL,
    nbretards integer NOT NULL,
    date_debut date NOT NULL,
    date_fin date NOT NULL,
    date_extraction timestamp without time zone NOT NULL,
    id_extraction integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_droits (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    page character varying(255) NOT NULL,
    consultation character varying(10) NOT NULL,
    saisie character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_justifications (
    id integer NOT NULL,
    nom character varying(250) NOT NULL,
    commentaire text,
    sortable_rank integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_lieux (
    id integer NOT NULL,
    nom character varying(250) NOT NULL,
    commentaire text,
    sortable_rank integer,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_motifs (
    id integer NOT NULL,
    nom character varying(250) NOT NULL,
    commentaire text,
    sortable_rank integer,
    valable character varying(3) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_notifications (
    id integer NOT NULL,
    utilisateur_id character varying(100),
    a_traitement_id integer NOT NULL,
    type_notification integer,
    email character varying(100),
    telephone character varying(100),
    adr_id character varying(10),
    commentaire text,
    statut_envoi integer,
    date_envoi timestamp without time zone,
    erreur_message_envoi text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_saisies (
    id integer NOT NULL,
    utilisateur_id character varying(100),
    eleve_id integer,
    commentaire text,
    debut_abs timestamp without time zone,
    fin_abs timestamp without time zone,
    id_edt_creneau integer,
    id_edt_emplacement_cours integer,
    id_groupe integer,
    id_classe integer,
    id_aid integer,
    id_s_incidents integer,
    id_lieu integer,
    deleted_by character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    version integer,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_saisies_version (
    id integer NOT NULL,
    utilisateur_id character varying(100),
    eleve_id integer,
    commentaire text,
    debut_abs timestamp without time zone,
    fin_abs timestamp without time zone,
    id_edt_creneau integer,
    id_edt_emplacement_cours integer,
    id_groupe integer,
    id_classe integer,
    id_aid integer,
    id_s_incidents integer,
    id_lieu integer,
    deleted_by character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    version integer NOT NULL,
    version_created_at timestamp without time zone,
    version_created_by character varying(100),
    PRIMARY KEY (id, version)
);
CREATE TABLE gepi.a_traitements (
    id integer NOT NULL,
    utilisateur_id character varying(100),
    a_type_id integer,
    a_motif_id integer,
    a_justification_id integer,
    commentaire text,
    modifie_par_utilisateur_id character varying(100),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_types (
    id integer NOT NULL,
    nom character varying(250) NOT NULL,
    justification_exigible smallint,
    sous_responsabilite_etablissement character varying(255),
    manquement_obligation_presence character varying(50),
    retard_bulletin character varying(50),
    mode_interface character varying(50),
    commentaire text,
    id_lieu integer,
    sortable_rank integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.a_types_statut (
    id integer NOT NULL,
    id_a_type integer NOT NULL,
    statut character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.abs_bull_delais (
    periode integer NOT NULL,
    id_classe integer NOT NULL,
    totaux character(1) NOT NULL,
    appreciation character(1) NOT NULL,
    date_limite timestamp without time zone NOT NULL,
    mode character varying(100) NOT NULL,
    PRIMARY KEY (periode, id_classe)
);
CREATE TABLE gepi.abs_prof (
    id integer NOT NULL,
    login_user character varying(50) NOT NULL,
    date_debut timestamp without time zone NOT NULL,
    date_fin timestamp without time zone NOT NULL,
    titre character varying(100) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.abs_prof_divers (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.abs_prof_remplacement (
    id integer NOT NULL,
    id_absence integer NOT NULL,
    id_groupe integer NOT NULL,
    id_aid integer NOT NULL,
    id_classe integer NOT NULL,
    jour character(8) NOT NULL,
    id_creneau integer NOT NULL,
    date_debut_r timestamp without time zone NOT NULL,
    date_fin_r timestamp without time zone NOT NULL,
    reponse character varying(30) NOT NULL,
    date_reponse timestamp without time zone NOT NULL,
    login_user character varying(50) NOT NULL,
    commentaire_prof text NOT NULL,
    validation_remplacement character varying(30) NOT NULL,
    commentaire_validation text NOT NULL,
    salle character varying(100) NOT NULL,
    texte_famille text NOT NULL,
    info_famille character varying(10) NOT NULL,
    duree character varying(10) NOT NULL,
    heuredeb_dec character varying(3) NOT NULL,
    jour_semaine character varying(10) NOT NULL,
    id_cours_remplaced integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.absences (
    login character varying(50) NOT NULL,
    periode integer NOT NULL,
    nb_absences character(2) NOT NULL,
    non_justifie character(2) NOT NULL,
    nb_retards character(2) NOT NULL,
    appreciation text NOT NULL,
    PRIMARY KEY (login, periode)
);
CREATE TABLE gepi.absences_actions (
    id_absence_action integer NOT NULL,
    init_absence_action character(2) NOT NULL,
    def_absence_action character varying(255) NOT NULL,
    PRIMARY KEY (id_absence_action)
);
CREATE TABLE gepi.absences_appreciations_grp (
    id_classe integer NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    PRIMARY KEY (id_classe, periode)
);
CREATE TABLE gepi.absences_eleves (
    id_absence_eleve integer NOT NULL,
    type_absence_eleve character(1) NOT NULL,
    eleve_absence_eleve character varying(25) NOT NULL,
    justify_absence_eleve character(3) NOT NULL,
    info_justify_absence_eleve text NOT NULL,
    motif_absence_eleve character varying(4) NOT NULL,
    info_absence_eleve text NOT NULL,
    d_date_absence_eleve date NOT NULL,
    a_date_absence_eleve date,
    d_heure_absence_eleve time without time zone,
    a_heure_absence_eleve time without time zone,
    saisie_absence_eleve character varying(50) NOT NULL,
    PRIMARY KEY (id_absence_eleve)
);
CREATE TABLE gepi.absences_gep (
    id_seq character(2) NOT NULL,
    type character(1) NOT NULL,
    PRIMARY KEY (id_seq)
);
CREATE TABLE gepi.absences_motifs (
    id_motif_absence integer NOT NULL,
    init_motif_absence character(2) NOT NULL,
    def_motif_absence character varying(255) NOT NULL,
    PRIMARY KEY (id_motif_absence)
);
CREATE TABLE gepi.absences_rb (
    id integer NOT NULL,
    eleve_id character varying(30) NOT NULL,
    retard_absence character varying(1) NOT NULL,
    groupe_id character varying(8) NOT NULL,
    edt_id integer NOT NULL,
    jour_semaine character varying(10) NOT NULL,
    creneau_id integer NOT NULL,
    debut_ts integer NOT NULL,
    fin_ts integer NOT NULL,
    date_saisie integer NOT NULL,
    login_saisie character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.absences_repas (
    id integer NOT NULL,
    date_repas date NOT NULL,
    id_groupe character varying(8) NOT NULL,
    eleve_id character varying(30) NOT NULL,
    pers_id character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.acces_cdt (
    id integer NOT NULL,
    description text NOT NULL,
    chemin character varying(255) NOT NULL,
    date1 timestamp without time zone NOT NULL,
    date2 timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.acces_cdt_groupes (
    id integer NOT NULL,
    id_acces integer NOT NULL,
    id_groupe integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.acces_cn (
    id integer NOT NULL,
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    date_limite timestamp without time zone NOT NULL,
    commentaires text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.acces_exceptionnel_matieres_notes (
    id integer NOT NULL,
    id_groupe integer NOT NULL,
    id_aid integer NOT NULL,
    periode integer NOT NULL,
    date_limite timestamp without time zone NOT NULL,
    commentaires text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.aid (
    id character varying(100) NOT NULL,
    nom character varying(100) NOT NULL,
    numero character varying(8) NOT NULL,
    indice_aid integer NOT NULL,
    perso1 character varying(255) NOT NULL,
    perso2 character varying(255) NOT NULL,
    perso3 character varying(255) NOT NULL,
    productions character varying(100) NOT NULL,
    resume text NOT NULL,
    famille smallint NOT NULL,
    mots_cles character varying(255) NOT NULL,
    adresse1 character varying(255) NOT NULL,
    adresse2 character varying(255) NOT NULL,
    public_destinataire character varying(50) NOT NULL,
    contacts text NOT NULL,
    divers text NOT NULL,
    matiere1 character varying(100) NOT NULL,
    matiere2 character varying(100) NOT NULL,
    eleve_peut_modifier text NOT NULL,
    prof_peut_modifier text NOT NULL,
    cpe_peut_modifier text NOT NULL,
    fiche_publique text NOT NULL,
    affiche_adresse1 text NOT NULL,
    en_construction text NOT NULL,
    sous_groupe text NOT NULL,
    inscrit_direct text NOT NULL,
    visibilite_eleve text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.aid_appreciations (
    login character varying(50) NOT NULL,
    id_aid character varying(100) NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    statut character(10) NOT NULL,
    note real,
    indice_aid integer NOT NULL,
    PRIMARY KEY (login, id_aid, periode)
);
CREATE TABLE gepi.aid_appreciations_grp (
    id_aid integer NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    indice_aid integer NOT NULL,
    PRIMARY KEY (id_aid, indice_aid, periode)
);
CREATE TABLE gepi.aid_config (
    nom character(100) NOT NULL,
    nom_complet character(100) NOT NULL,
    note_max integer NOT NULL,
    order_display1 character(1) NOT NULL,
    order_display2 integer NOT NULL,
    type_note character(5) NOT NULL,
    type_aid integer NOT NULL,
    display_begin integer NOT NULL,
    display_end integer NOT NULL,
    message character varying(40) NOT NULL,
    display_nom character(1) NOT NULL,
    indice_aid integer NOT NULL,
    display_bulletin character(1) NOT NULL,
    bull_simplifie character(1) NOT NULL,
    outils_complementaires text NOT NULL,
    feuille_presence text NOT NULL,
    autoriser_inscript_multiples character(1) NOT NULL,
    resume text NOT NULL,
    imposer_resume character(1) NOT NULL,
    PRIMARY KEY (indice_aid)
);
CREATE TABLE gepi.aid_familles (
    ordre_affichage smallint NOT NULL,
    id smallint NOT NULL,
    type character varying(250) NOT NULL
);
CREATE TABLE gepi.aid_productions (
    id smallint NOT NULL,
    nom character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.aid_public (
    ordre_affichage smallint NOT NULL,
    id smallint NOT NULL,
    public character varying(100) NOT NULL
);
CREATE TABLE gepi.aid_sous_groupes (
    id bigint NOT NULL,
    aid character varying(100) NOT NULL,
    parent character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.archivage_aid_eleve (
    id_aid integer NOT NULL,
    id_eleve character varying(255) NOT NULL,
    eleve_resp character(1) NOT NULL,
    PRIMARY KEY (id_aid, id_eleve)
);
CREATE TABLE gepi.archivage_aids (
    id integer NOT NULL,
    annee character varying(200) NOT NULL,
    nom character varying(100) NOT NULL,
    id_type_aid integer NOT NULL,
    productions character varying(100) NOT NULL,
    resume text NOT NULL,
    famille smallint NOT NULL,
    mots_cles text NOT NULL,
    adresse1 character varying(255) NOT NULL,
    adresse2 character varying(255) NOT NULL,
    public_destinataire character varying(50) NOT NULL,
    contacts text NOT NULL,
    divers text NOT NULL,
    matiere1 character varying(100) NOT NULL,
    matiere2 character varying(100) NOT NULL,
    fiche_publique text NOT NULL,
    affiche_adresse1 text NOT NULL,
    en_construction text NOT NULL,
    notes_moyenne character varying(255) NOT NULL,
    notes_min character varying(255) NOT NULL,
    notes_max character varying(255) NOT NULL,
    responsables text NOT NULL,
    eleves text NOT NULL,
    eleves_resp text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.archivage_appreciations_aid (
    id_eleve character varying(255) NOT NULL,
    annee character varying(200) NOT NULL,
    classe character varying(255) NOT NULL,
    id_aid integer NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    note_eleve character varying(50) NOT NULL,
    note_moyenne_classe character varying(255) NOT NULL,
    note_min_classe character varying(255) NOT NULL,
    note_max_classe character varying(255) NOT NULL,
    PRIMARY KEY (id_eleve, id_aid, periode)
);
CREATE TABLE gepi.archivage_disciplines (
    id integer NOT NULL,
    annee character varying(200) NOT NULL,
    ine character varying(255) NOT NULL,
    classe character varying(255) NOT NULL,
    mef_code character varying(50) NOT NULL,
    num_periode smallint NOT NULL,
    nom_periode character varying(255) NOT NULL,
    special character varying(255) NOT NULL,
    matiere character varying(255) NOT NULL,
    code_matiere character varying(255) NOT NULL,
    id_groupe integer NOT NULL,
    effectif smallint NOT NULL,
    prof character varying(255) NOT NULL,
    id_prof character varying(255) NOT NULL,
    type_prof character varying(10) NOT NULL,
    nom_prof character varying(50) NOT NULL,
    prenom_prof character varying(50) NOT NULL,
    note character varying(255) NOT NULL,
    moymin character varying(255) NOT NULL,
    moymax character varying(255) NOT NULL,
    moyclasse character varying(255) NOT NULL,
    repar_moins_8 real NOT NULL,
    repar_8_12 real NOT NULL,
    repar_plus_12 real NOT NULL,
    rang smallint NOT NULL,
    appreciation text NOT NULL,
    nb_absences integer NOT NULL,
    non_justifie integer NOT NULL,
    nb_retards integer NOT NULL,
    ordre_matiere smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.archivage_ects (
    id integer NOT NULL,
    annee character varying(255) NOT NULL,
    ine character varying(55) NOT NULL,
    classe character varying(255) NOT NULL,
    num_periode integer NOT NULL,
    nom_periode character varying(255) NOT NULL,
    special character varying(255) NOT NULL,
    matiere character varying(255),
    profs character varying(255),
    valeur numeric(10,0) NOT NULL,
    mention character varying(255) NOT NULL,
    PRIMARY KEY (id, ine, num_periode, special)
);
CREATE TABLE gepi.archivage_eleves (
    ine character varying(255) NOT NULL,
    nom character varying(255) NOT NULL,
    prenom character varying(255) NOT NULL,
    sexe character(1) NOT NULL,
    naissance date NOT NULL,
    PRIMARY KEY (ine)
);
CREATE TABLE gepi.archivage_eleves2 (
    annee character varying(50) NOT NULL,
    ine character varying(50) NOT NULL,
    doublant text NOT NULL,
    regime character varying(255) NOT NULL,
    PRIMARY KEY (ine, annee)
);
CREATE TABLE gepi.archivage_engagements (
    id integer NOT NULL,
    annee character varying(100) NOT NULL,
    ine character varying(255) NOT NULL,
    code_engagement character varying(10) NOT NULL,
    nom_engagement character varying(100) NOT NULL,
    description_engagement text NOT NULL,
    classe character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.archivage_types_aid (
    id integer NOT NULL,
    annee character varying(200) NOT NULL,
    nom character varying(100) NOT NULL,
    nom_complet character varying(100) NOT NULL,
    note_sur integer NOT NULL,
    type_note character varying(5) NOT NULL,
    display_bulletin character(1) NOT NULL,
    outils_complementaires text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ateliers_config (
    nom_champ character(100) NOT NULL,
    content character(255) NOT NULL,
    param character(100) NOT NULL
);
CREATE TABLE gepi.avis_conseil_classe (
    login character varying(50) NOT NULL,
    periode integer NOT NULL,
    avis text NOT NULL,
    id_mention integer NOT NULL,
    statut character varying(10) NOT NULL,
    PRIMARY KEY (login, periode)
);
CREATE TABLE gepi.b_droits_divers (
    login character varying(50) NOT NULL,
    nom_droit character varying(50) NOT NULL,
    valeur_droit character varying(50) NOT NULL
);
CREATE TABLE gepi.bull_mail (
    id bigint NOT NULL,
    login_sender character varying(50) NOT NULL,
    pers_id character varying(10) NOT NULL,
    email character varying(100) NOT NULL,
    login_ele character varying(50) NOT NULL,
    nom_prenom_ele character varying(255) NOT NULL,
    id_classe bigint NOT NULL,
    periodes character varying(100) NOT NULL,
    id_envoi character varying(255) NOT NULL,
    envoi character varying(50) NOT NULL,
    date_envoi timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.calendrier_vacances (
    id integer NOT NULL,
    nom_calendrier character varying(100) NOT NULL,
    debut_calendrier_ts character varying(11) NOT NULL,
    fin_calendrier_ts character varying(11) NOT NULL,
    jourdebut_calendrier date NOT NULL,
    heuredebut_calendrier time without time zone NOT NULL,
    jourfin_calendrier date NOT NULL,
    heurefin_calendrier time without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.cc_dev (
    id integer NOT NULL,
    id_cn_dev integer NOT NULL,
    id_groupe integer NOT NULL,
    nom_court character varying(32) NOT NULL,
    nom_complet character varying(64) NOT NULL,
    description character varying(128) NOT NULL,
    arrondir character(2) NOT NULL,
    vision_famille text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.cc_eval (
    id integer NOT NULL,
    id_dev integer NOT NULL,
    nom_court character varying(32) NOT NULL,
    nom_complet character varying(64) NOT NULL,
    description character varying(128) NOT NULL,
    date timestamp without time zone NOT NULL,
    note_sur real,
    vision_famille date NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.cc_notes_eval (
    login character varying(50) NOT NULL,
    id_eval integer NOT NULL,
    note real NOT NULL,
    statut character(1) NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (login, id_eval)
);
CREATE TABLE gepi.classes (
    id integer NOT NULL,
    classe character varying(100) NOT NULL,
    nom_complet character varying(100) NOT NULL,
    suivi_par character varying(50) NOT NULL,
    formule character varying(100) NOT NULL,
    format_nom character varying(5) NOT NULL,
    format_nom_eleve character varying(5) NOT NULL,
    display_rang character(1) NOT NULL,
    display_address character(1) NOT NULL,
    display_coef character(1) NOT NULL,
    display_mat_cat character(1) NOT NULL,
    display_nbdev character(1) NOT NULL,
    display_moy_gen character(1) NOT NULL,
    modele_bulletin_pdf character varying(255),
    rn_nomdev character(1) NOT NULL,
    rn_toutcoefdev character(1) NOT NULL,
    rn_coefdev_si_diff character(1) NOT NULL,
    rn_datedev character(1) NOT NULL,
    rn_sign_chefetab character(1) NOT NULL,
    rn_sign_pp character(1) NOT NULL,
    rn_sign_resp character(1) NOT NULL,
    rn_sign_nblig integer NOT NULL,
    rn_formule text NOT NULL,
    ects_type_formation character varying(255) NOT NULL,
    ects_parcours character varying(255) NOT NULL,
    ects_code_parcours character varying(255) NOT NULL,
    ects_domaines_etude character varying(255) NOT NULL,
    ects_fonction_signataire_attestation character varying(255) NOT NULL,
    apb_niveau character varying(15) NOT NULL,
    rn_abs_2 character varying(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.classes_param (
    id integer NOT NULL,
    id_classe smallint NOT NULL,
    name character varying(100) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.cn_cahier_notes (
    id_cahier_notes integer NOT NULL,
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    PRIMARY KEY (id_cahier_notes, id_groupe, periode)
);
CREATE TABLE gepi.cn_conteneurs (
    id integer NOT NULL,
    id_racine integer NOT NULL,
    nom_court character varying(32) NOT NULL,
    nom_complet character varying(64) NOT NULL,
    description character varying(128) NOT NULL,
    mode character(1) NOT NULL,
    coef numeric(3,1) NOT NULL,
    arrondir character(2) NOT NULL,
    ponderation numeric(3,1) NOT NULL,
    display_parents character(1) NOT NULL,
    display_bulletin character(1) NOT NULL,
    parent integer NOT NULL,
    modele_id_conteneur integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.cn_conteneurs_modele (
    id_modele integer NOT NULL,
    nom_court character varying(32) NOT NULL,
    description character varying(128) NOT NULL,
    PRIMARY KEY (id_modele)
);
CREATE TABLE gepi.cn_conteneurs_modele_conteneurs (
    id integer NOT NULL,
    id_modele integer NOT NULL,
    id_racine integer NOT NULL,
    nom_court character varying(32) NOT NULL,
    nom_complet character varying(64) NOT NULL,
    description character varying(128) NOT NULL,
    mode character(1) NOT NULL,
    coef numeric(3,1) NOT NULL,
    arrondir character(2) NOT NULL,
    ponderation numeric(3,1) NOT NULL,
    display_parents character(1) NOT NULL,
    display_bulletin character(1) NOT NULL,
    parent integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.cn_devoirs (
    id integer NOT NULL,
    id_conteneur integer NOT NULL,
    id_racine integer NOT NULL,
    nom_court character varying(32) NOT NULL,
    nom_complet character varying(64) NOT NULL,
    description character varying(128) NOT NULL,
    facultatif character(1) NOT NULL,
    date timestamp without time zone NOT NULL,
    coef numeric(3,1) NOT NULL,
    note_sur integer,
    ramener_sur_referentiel character(1) NOT NULL,
    display_parents character(1) NOT NULL,
    display_parents_app character(1) NOT NULL,
    date_ele_resp timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.cn_notes_conteneurs (
    login character varying(50) NOT NULL,
    id_conteneur integer NOT NULL,
    note real NOT NULL,
    statut character(1) NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (login, id_conteneur)
);
CREATE TABLE gepi.cn_notes_devoirs (
    login character varying(50) NOT NULL,
    id_devoir integer NOT NULL,
    note real NOT NULL,
    comment text NOT NULL,
    statut character varying(4) NOT NULL,
    PRIMARY KEY (login, id_devoir)
);
CREATE TABLE gepi.commentaires_types (
    id integer NOT NULL,
    commentaire text NOT NULL,
    num_periode integer NOT NULL,
    id_classe integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.commentaires_types_d_apres_moy (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    note_min real NOT NULL,
    note_max real NOT NULL,
    app text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.commentaires_types_profs (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    app text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.communes (
    code_commune_insee character varying(50) NOT NULL,
    departement character varying(50) NOT NULL,
    commune character varying(255) NOT NULL,
    PRIMARY KEY (code_commune_insee)
);
CREATE TABLE gepi.ct_devoirs_documents (
    id integer NOT NULL,
    id_ct_devoir integer NOT NULL,
    titre character varying(255) NOT NULL,
    taille integer NOT NULL,
    emplacement character varying(255) NOT NULL,
    visible_eleve_parent smallint,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ct_devoirs_entry (
    id_ct integer NOT NULL,
    id_groupe integer NOT NULL,
    date_ct integer NOT NULL,
    id_login character varying(32) NOT NULL,
    id_sequence integer NOT NULL,
    contenu text NOT NULL,
    vise character(1) NOT NULL,
    special character varying(20) NOT NULL,
    date_visibilite_eleve timestamp without time zone NOT NULL,
    PRIMARY KEY (id_ct)
);
CREATE TABLE gepi.ct_devoirs_faits (
    id bigint NOT NULL,
    id_ct bigint NOT NULL,
    login character varying(255) NOT NULL,
    etat character varying(50) NOT NULL,
    date_initiale timestamp without time zone,
    date_modif timestamp without time zone,
    commentaire character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ct_documents (
    id integer NOT NULL,
    id_ct integer NOT NULL,
    titre character varying(255) NOT NULL,
    taille integer NOT NULL,
    emplacement character varying(255) NOT NULL,
    visible_eleve_parent smallint,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ct_entry (
    id_ct integer NOT NULL,
    heure_entry time without time zone NOT NULL,
    id_groupe integer NOT NULL,
    date_ct integer NOT NULL,
    id_login character varying(32) NOT NULL,
    id_sequence integer NOT NULL,
    contenu text NOT NULL,
    vise character(1) NOT NULL,
    visa character(1) NOT NULL,
    PRIMARY KEY (id_ct)
);
CREATE TABLE gepi.ct_private_entry (
    id_ct integer NOT NULL,
    heure_entry time without time zone NOT NULL,
    date_ct integer NOT NULL,
    contenu text NOT NULL,
    id_groupe integer NOT NULL,
    id_login character varying(32),
    id_sequence integer NOT NULL,
    PRIMARY KEY (id_ct)
);
CREATE TABLE gepi.ct_sequences (
    id integer NOT NULL,
    titre character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ct_tag (
    id bigint NOT NULL,
    id_ct bigint NOT NULL,
    type_ct character(1) NOT NULL,
    id_tag bigint NOT NULL,
    commentaire character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ct_tag_type (
    id bigint NOT NULL,
    nom_tag character varying(255) NOT NULL,
    tag_compte_rendu character(1) NOT NULL,
    tag_devoir character(1) NOT NULL,
    tag_notice_privee character(1) NOT NULL,
    drapeau character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ct_types_documents (
    id_type bigint NOT NULL,
    titre text NOT NULL,
    extension character varying(10) NOT NULL,
    upload text NOT NULL,
    PRIMARY KEY (id_type)
);
CREATE TABLE gepi.d_dates_evenements (
    id_ev integer NOT NULL,
    type character varying(50) NOT NULL,
    periode integer NOT NULL,
    texte_avant text NOT NULL,
    texte_apres text NOT NULL,
    texte_apres_ele_resp text NOT NULL,
    date_debut timestamp without time zone NOT NULL,
    PRIMARY KEY (id_ev)
);
CREATE TABLE gepi.d_dates_evenements_classes (
    id_ev_classe integer NOT NULL,
    id_ev integer NOT NULL,
    id_classe integer NOT NULL,
    date_evenement timestamp without time zone NOT NULL,
    id_salle integer NOT NULL,
    PRIMARY KEY (id_ev_classe)
);
CREATE TABLE gepi.d_dates_evenements_utilisateurs (
    id_ev integer NOT NULL,
    statut character varying(20) NOT NULL
);
CREATE TABLE gepi.droits (
    id character varying(200) NOT NULL,
    administrateur character(1) NOT NULL,
    professeur character(1) NOT NULL,
    cpe character(1) NOT NULL,
    scolarite character(1) NOT NULL,
    eleve character(1) NOT NULL,
    responsable character(1) NOT NULL,
    secours character(1) NOT NULL,
    autre character(1) NOT NULL,
    description character varying(255) NOT NULL,
    statut character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.droits_acces_fichiers (
    id bigint NOT NULL,
    fichier character varying(255) NOT NULL,
    identite character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.droits_aid (
    id character varying(200) NOT NULL,
    public character(1) NOT NULL,
    professeur character(1) NOT NULL,
    cpe character(1) NOT NULL,
    scolarite character(1) NOT NULL,
    eleve character(1) NOT NULL,
    responsable character(1) NOT NULL,
    secours character(1) NOT NULL,
    description character varying(255) NOT NULL,
    statut character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.droits_speciaux (
    id integer NOT NULL,
    id_statut integer NOT NULL,
    nom_fichier character varying(200) NOT NULL,
    autorisation character(1) NOT NULL,
    commentaire character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.droits_statut (
    id integer NOT NULL,
    nom_statut character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.droits_utilisateurs (
    id integer NOT NULL,
    id_statut integer NOT NULL,
    login_user character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.eb_copies (
    id bigint NOT NULL,
    login_ele character varying(255) NOT NULL,
    n_anonymat character varying(255) NOT NULL,
    id_salle integer NOT NULL,
    login_prof character varying(255) NOT NULL,
    note real NOT NULL,
    statut character varying(255) NOT NULL,
    id_epreuve bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.eb_epreuves (
    id bigint NOT NULL,
    intitule character varying(255) NOT NULL,
    description text NOT NULL,
    type_anonymat character varying(255) NOT NULL,
    date date NOT NULL,
    etat character varying(255) NOT NULL,
    note_sur bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.eb_groupes (
    id bigint NOT NULL,
    id_epreuve bigint NOT NULL,
    id_groupe bigint NOT NULL,
    transfert character varying(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.eb_profs (
    id bigint NOT NULL,
    id_epreuve bigint NOT NULL,
    login_prof character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.eb_salles (
    id bigint NOT NULL,
    salle character varying(255) NOT NULL,
    id_epreuve bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ects_credits (
    id integer NOT NULL,
    id_eleve integer NOT NULL,
    num_periode integer NOT NULL,
    id_groupe integer NOT NULL,
    valeur numeric(3,1),
    mention character varying(255),
    mention_prof character varying(255),
    PRIMARY KEY (id, id_eleve, num_periode, id_groupe)
);
CREATE TABLE gepi.ects_global_credits (
    id integer NOT NULL,
    id_eleve integer NOT NULL,
    mention character varying(255) NOT NULL,
    PRIMARY KEY (id, id_eleve)
);
CREATE TABLE gepi.edt_calendrier (
    id_calendrier integer NOT NULL,
    classe_concerne_calendrier text NOT NULL,
    nom_calendrier character varying(100) NOT NULL,
    debut_calendrier_ts character varying(11) NOT NULL,
    fin_calendrier_ts character varying(11) NOT NULL,
    jourdebut_calendrier date NOT NULL,
    heuredebut_calendrier time without time zone NOT NULL,
    jourfin_calendrier date NOT NULL,
    heurefin_calendrier time without time zone NOT NULL,
    numero_periode smallint NOT NULL,
    etabferme_calendrier smallint NOT NULL,
    etabvacances_calendrier smallint NOT NULL,
    PRIMARY KEY (id_calendrier)
);
CREATE TABLE gepi.edt_classes (
    id_edt_classe integer NOT NULL,
    groupe_edt_classe integer NOT NULL,
    prof_edt_classe character varying(25) NOT NULL,
    matiere_edt_classe character varying(10) NOT NULL,
    semaine_edt_classe character varying(5) NOT NULL,
    jour_edt_classe smallint NOT NULL,
    datedebut_edt_classe date NOT NULL,
    datefin_edt_classe date NOT NULL,
    heuredebut_edt_classe time without time zone NOT NULL,
    heurefin_edt_classe time without time zone NOT NULL,
    salle_edt_classe character varying(50) NOT NULL,
    PRIMARY KEY (id_edt_classe)
);
CREATE TABLE gepi.edt_corresp (
    id integer NOT NULL,
    champ character varying(100) NOT NULL,
    nom_edt character varying(255) NOT NULL,
    nom_gepi character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_corresp2 (
    id integer NOT NULL,
    id_groupe integer NOT NULL,
    mat_code_edt character varying(255) NOT NULL,
    nom_groupe_edt character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_cours (
    id_cours integer NOT NULL,
    id_groupe character varying(10) NOT NULL,
    id_aid character varying(10) NOT NULL,
    id_salle character varying(3) NOT NULL,
    jour_semaine character varying(10) NOT NULL,
    id_definie_periode character varying(3) NOT NULL,
    duree character varying(10) NOT NULL,
    heuredeb_dec character varying(3) NOT NULL,
    id_semaine character varying(10) NOT NULL,
    id_calendrier character varying(3) NOT NULL,
    modif_edt character varying(3) NOT NULL,
    login_prof character varying(50) NOT NULL,
    PRIMARY KEY (id_cours)
);
CREATE TABLE gepi.edt_cours_remplacements (
    id_cours integer NOT NULL,
    id_groupe character varying(10) NOT NULL,
    id_aid character varying(10) NOT NULL,
    id_salle character varying(3) NOT NULL,
    jour_semaine character varying(10) NOT NULL,
    id_definie_periode character varying(3) NOT NULL,
    duree character varying(10) NOT NULL,
    heuredeb_dec character varying(3) NOT NULL,
    id_semaine character varying(10) NOT NULL,
    id_calendrier character varying(3) NOT NULL,
    modif_edt character varying(3) NOT NULL,
    login_prof character varying(50) NOT NULL,
    id_absence integer NOT NULL,
    jour character varying(10) NOT NULL,
    PRIMARY KEY (id_cours)
);
CREATE TABLE gepi.edt_creneaux (
    id_definie_periode integer NOT NULL,
    nom_definie_periode character varying(10) NOT NULL,
    heuredebut_definie_periode time without time zone NOT NULL,
    heurefin_definie_periode time without time zone NOT NULL,
    suivi_definie_periode smallint NOT NULL,
    type_creneaux character varying(15) NOT NULL,
    jour_creneau character varying(20),
    PRIMARY KEY (id_definie_periode)
);
CREATE TABLE gepi.edt_creneaux_bis (
    id_definie_periode integer NOT NULL,
    nom_definie_periode character varying(10) NOT NULL,
    heuredebut_definie_periode time without time zone NOT NULL,
    heurefin_definie_periode time without time zone NOT NULL,
    suivi_definie_periode smallint NOT NULL,
    type_creneaux character varying(15) NOT NULL,
    PRIMARY KEY (id_definie_periode)
);
CREATE TABLE gepi.edt_dates_special (
    id_edt_date_special integer NOT NULL,
    nom_edt_date_special character varying(200) NOT NULL,
    debut_edt_date_special date NOT NULL,
    fin_edt_date_special date NOT NULL,
    PRIMARY KEY (id_edt_date_special)
);
CREATE TABLE gepi.edt_eleves_lignes (
    id integer NOT NULL,
    nom character varying(255) NOT NULL,
    prenom character varying(255) NOT NULL,
    date_naiss character varying(255) NOT NULL,
    sexe character varying(255) NOT NULL,
    n_national character varying(255) NOT NULL,
    classe character varying(255) NOT NULL,
    groupes character varying(255) NOT NULL,
    option_1 character varying(255) NOT NULL,
    option_2 character varying(255) NOT NULL,
    option_3 character varying(255) NOT NULL,
    option_4 character varying(255) NOT NULL,
    option_5 character varying(255) NOT NULL,
    option_6 character varying(255) NOT NULL,
    option_7 character varying(255) NOT NULL,
    option_8 character varying(255) NOT NULL,
    option_9 character varying(255) NOT NULL,
    option_10 character varying(255) NOT NULL,
    option_11 character varying(255) NOT NULL,
    option_12 character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_ics (
    id integer NOT NULL,
    id_classe integer NOT NULL,
    classe_ics character varying(100) NOT NULL,
    prof_ics character varying(200) NOT NULL,
    matiere_ics character varying(100) NOT NULL,
    salle_ics character varying(100) NOT NULL,
    jour_semaine character varying(10) NOT NULL,
    num_semaine character varying(10) NOT NULL,
    annee character(4) NOT NULL,
    date_debut timestamp without time zone NOT NULL,
    date_fin timestamp without time zone NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_ics_matiere (
    id integer NOT NULL,
    matiere character varying(100) NOT NULL,
    matiere_ics character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_ics_prof (
    id integer NOT NULL,
    login_prof character varying(100) NOT NULL,
    prof_ics character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_init (
    id_init integer NOT NULL,
    ident_export character varying(100) NOT NULL,
    nom_export character varying(200) NOT NULL,
    nom_gepi character varying(200) NOT NULL,
    PRIMARY KEY (id_init)
);
CREATE TABLE gepi.edt_lignes (
    id integer NOT NULL,
    numero character varying(255) NOT NULL,
    classe character varying(255) NOT NULL,
    mat_code character varying(255) NOT NULL,
    mat_libelle character varying(255) NOT NULL,
    prof_nom character varying(255) NOT NULL,
    prof_prenom character varying(255) NOT NULL,
    salle character varying(255) NOT NULL,
    jour character varying(255) NOT NULL,
    h_debut character varying(255) NOT NULL,
    duree character varying(255) NOT NULL,
    frequence character varying(10) NOT NULL,
    alternance character varying(10) NOT NULL,
    effectif character varying(255) NOT NULL,
    modalite character varying(255) NOT NULL,
    co_ens character varying(255) NOT NULL,
    pond character varying(255) NOT NULL,
    traitement character varying(100) NOT NULL,
    details_cours character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_semaines (
    id_edt_semaine integer NOT NULL,
    num_edt_semaine integer NOT NULL,
    type_edt_semaine character varying(10) NOT NULL,
    num_semaines_etab integer NOT NULL,
    PRIMARY KEY (id_edt_semaine)
);
CREATE TABLE gepi.edt_setting (
    id integer NOT NULL,
    reglage character varying(30) NOT NULL,
    valeur character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.edt_tempo (
    id integer NOT NULL,
    col1 character varying(255) NOT NULL,
    col2 character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ele_adr (
    adr_id character varying(10) NOT NULL,
    adr1 character varying(100) NOT NULL,
    adr2 character varying(100) NOT NULL,
    adr3 character varying(100) NOT NULL,
    adr4 character varying(100) NOT NULL,
    cp character varying(6) NOT NULL,
    pays character varying(50) NOT NULL,
    commune character varying(50) NOT NULL,
    PRIMARY KEY (adr_id)
);
CREATE TABLE gepi.elements_programmes (
    id integer NOT NULL,
    cycle smallint NOT NULL,
    matiere character varying(255) NOT NULL,
    rubrique character varying(255) NOT NULL,
    item text,
    resume character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.eleves (
    no_gep character varying(50) NOT NULL,
    login character varying(50) NOT NULL,
    nom character varying(100) NOT NULL,
    prenom character varying(100) NOT NULL,
    sexe character varying(1) NOT NULL,
    naissance date NOT NULL,
    lieu_naissance character varying(50) NOT NULL,
    elenoet character varying(50) NOT NULL,
    ereno character varying(50) NOT NULL,
    ele_id character varying(10) NOT NULL,
    email character varying(255) NOT NULL,
    tel_pers character varying(255) NOT NULL,
    tel_port character varying(255) NOT NULL,
    tel_prof character varying(255) NOT NULL,
    id_eleve integer NOT NULL,
    date_entree timestamp without time zone,
    date_sortie timestamp without time zone,
    mef_code character varying(50) NOT NULL,
    adr_id character varying(10) NOT NULL,
    id_sacoche integer NOT NULL,
    PRIMARY KEY (id_eleve)
);
CREATE TABLE gepi.eleves_groupes_settings (
    login character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(50) NOT NULL,
    PRIMARY KEY (id_groupe, login, name)
);
CREATE TABLE gepi.engagements (
    id integer NOT NULL,
    code character varying(10) NOT NULL,
    nom character varying(100) NOT NULL,
    description text NOT NULL,
    type character varying(20) NOT NULL,
    conseil_de_classe character varying(10) NOT NULL,
    concerneeleve character varying(10) NOT NULL,
    concerneresponsable character varying(10) NOT NULL,
    saisiescol character varying(10) NOT NULL,
    saisiecpe character varying(10) NOT NULL,
    saisiepp character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.engagements_droit_saisie (
    id bigint NOT NULL,
    id_engagement integer NOT NULL,
    login character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.engagements_pages (
    id integer NOT NULL,
    page character varying(255) NOT NULL,
    id_type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.engagements_user (
    id integer NOT NULL,
    id_engagement integer NOT NULL,
    login character varying(50) NOT NULL,
    id_type character varying(20) NOT NULL,
    valeur integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.etablissements (
    id character(8) NOT NULL,
    nom character(50) NOT NULL,
    niveau character(50) NOT NULL,
    type character(50) NOT NULL,
    cp character varying(10) NOT NULL,
    ville character(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.etiquettes_formats (
    id_etiquette_format integer NOT NULL,
    nom_etiquette_format character varying(150) NOT NULL,
    xcote_etiquette_format real NOT NULL,
    ycote_etiquette_format real NOT NULL,
    espacementx_etiquette_format real NOT NULL,
    espacementy_etiquette_format real NOT NULL,
    largeur_etiquette_format real NOT NULL,
    hauteur_etiquette_format real NOT NULL,
    nbl_etiquette_format smallint NOT NULL,
    nbh_etiquette_format smallint NOT NULL,
    PRIMARY KEY (id_etiquette_format)
);
CREATE TABLE gepi.ex_classes (
    id bigint NOT NULL,
    id_exam bigint NOT NULL,
    id_classe bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ex_examens (
    id bigint NOT NULL,
    intitule character varying(255) NOT NULL,
    description text NOT NULL,
    date date NOT NULL,
    etat character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ex_groupes (
    id bigint NOT NULL,
    id_exam bigint NOT NULL,
    matiere character varying(50) NOT NULL,
    id_groupe bigint NOT NULL,
    type character varying(255) NOT NULL,
    id_dev integer NOT NULL,
    valeur character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ex_matieres (
    id bigint NOT NULL,
    id_exam bigint NOT NULL,
    matiere character varying(255) NOT NULL,
    coef numeric(3,1) NOT NULL,
    bonus character(1) NOT NULL,
    ordre bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.ex_notes (
    id bigint NOT NULL,
    id_ex_grp bigint NOT NULL,
    login character varying(50) NOT NULL,
    note real NOT NULL,
    statut character varying(4) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_affichages (
    id bigint NOT NULL,
    id_aff bigint NOT NULL,
    id_req bigint NOT NULL,
    projet character varying(255) NOT NULL,
    nom_requete character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    valeur character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_divisions (
    id bigint NOT NULL,
    projet character varying(255) NOT NULL,
    id_classe integer NOT NULL,
    classe character varying(100) NOT NULL,
    statut text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_ele_arriv_red (
    login character varying(50) NOT NULL,
    statut text NOT NULL,
    projet character varying(255) NOT NULL,
    PRIMARY KEY (login, projet)
);
CREATE TABLE gepi.gc_eleves_options (
    id bigint NOT NULL,
    login character varying(50) NOT NULL,
    profil character varying(10) NOT NULL,
    moy character varying(255) NOT NULL,
    nb_absences character varying(255) NOT NULL,
    non_justifie character varying(255) NOT NULL,
    nb_retards character varying(255) NOT NULL,
    projet character varying(255) NOT NULL,
    id_classe_actuelle character varying(255) NOT NULL,
    classe_future character varying(255) NOT NULL,
    liste_opt character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_eleves_profils (
    id bigint NOT NULL,
    login character varying(50) NOT NULL,
    profil character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_noms_affichages (
    id bigint NOT NULL,
    id_aff integer NOT NULL,
    nom character varying(100) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_options (
    id bigint NOT NULL,
    projet character varying(255) NOT NULL,
    opt character varying(255) NOT NULL,
    type text NOT NULL,
    obligatoire text NOT NULL,
    exclusive integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_options_classes (
    id bigint NOT NULL,
    projet character varying(255) NOT NULL,
    opt_exclue character varying(255) NOT NULL,
    classe_future character varying(255) NOT NULL,
    commentaire text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.gc_projets (
    id integer NOT NULL,
    projet character varying(255) NOT NULL,
    commentaire text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.groupes (
    id integer NOT NULL,
    name character varying(60) NOT NULL,
    description text NOT NULL,
    recalcul_rang character varying(10) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.groupes_param (
    id integer NOT NULL,
    id_groupe integer NOT NULL,
    name character varying(100) NOT NULL,
    value character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.groupes_types (
    id bigint NOT NULL,
    nom_court character varying(255) NOT NULL,
    nom_complet character varying(255) NOT NULL,
    nom_complet_pluriel character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.grp_groupes (
    id integer NOT NULL,
    nom_court character varying(20) NOT NULL,
    nom_complet character varying(100) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.grp_groupes_admin (
    id integer NOT NULL,
    id_grp_groupe integer NOT NULL,
    login character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.grp_groupes_groupes (
    id integer NOT NULL,
    id_grp_groupe integer NOT NULL,
    id_groupe integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.horaires_etablissement (
    id_horaire_etablissement integer NOT NULL,
    date_horaire_etablissement date NOT NULL,
    jour_horaire_etablissement character varying(15) NOT NULL,
    ouverture_horaire_etablissement time without time zone NOT NULL,
    fermeture_horaire_etablissement time without time zone NOT NULL,
    pause_horaire_etablissement time without time zone NOT NULL,
    ouvert_horaire_etablissement smallint NOT NULL,
    num_jour_table_horaires_etablissement smallint NOT NULL,
    PRIMARY KEY (id_horaire_etablissement)
);
CREATE TABLE gepi.infos_actions (
    id integer NOT NULL,
    titre character varying(255) NOT NULL,
    description text NOT NULL,
    date timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.infos_actions_destinataires (
    id integer NOT NULL,
    id_info integer NOT NULL,
    nature text,
    valeur character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.inscription_items (
    id integer NOT NULL,
    date character varying(10) NOT NULL,
    heure character varying(20) NOT NULL,
    description character varying(200) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.inscription_j_login_items (
    login character varying(50) NOT NULL,
    id integer NOT NULL
);
CREATE TABLE gepi.j_aid_eleves (
    id_aid character varying(100) NOT NULL,
    login character varying(60) NOT NULL,
    indice_aid integer NOT NULL,
    PRIMARY KEY (id_aid, login)
);
CREATE TABLE gepi.j_aid_eleves_resp (
    id_aid character varying(100) NOT NULL,
    login character varying(60) NOT NULL,
    indice_aid integer NOT NULL,
    PRIMARY KEY (id_aid, login)
);
CREATE TABLE gepi.j_aid_utilisateurs (
    id_aid character varying(100) NOT NULL,
    id_utilisateur character varying(50) NOT NULL,
    indice_aid integer NOT NULL,
    PRIMARY KEY (id_aid, id_utilisateur)
);
CREATE TABLE gepi.j_aid_utilisateurs_gest (
    id_aid character varying(100) NOT NULL,
    id_utilisateur character varying(50) NOT NULL,
    indice_aid integer NOT NULL,
    PRIMARY KEY (id_aid, id_utilisateur)
);
CREATE TABLE gepi.j_aidcateg_super_gestionnaires (
    indice_aid integer NOT NULL,
    id_utilisateur character varying(50) NOT NULL
);
CREATE TABLE gepi.j_aidcateg_utilisateurs (
    indice_aid integer NOT NULL,
    id_utilisateur character varying(50) NOT NULL
);
CREATE TABLE gepi.j_eleves_classes (
    login character varying(50) NOT NULL,
    id_classe integer NOT NULL,
    periode integer NOT NULL,
    rang smallint NOT NULL,
    PRIMARY KEY (login, id_classe, periode)
);
CREATE TABLE gepi.j_eleves_cpe (
    e_login character varying(50) NOT NULL,
    cpe_login character varying(50) NOT NULL,
    PRIMARY KEY (e_login, cpe_login)
);
CREATE TABLE gepi.j_eleves_etablissements (
    id_eleve character varying(50) NOT NULL,
    id_etablissement character varying(8) NOT NULL,
    PRIMARY KEY (id_eleve, id_etablissement)
);
CREATE TABLE gepi.j_eleves_groupes (
    login character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    PRIMARY KEY (id_groupe, login, periode)
);
CREATE TABLE gepi.j_eleves_professeurs (
    login character varying(50) NOT NULL,
    professeur character varying(50) NOT NULL,
    id_classe integer NOT NULL,
    PRIMARY KEY (login, professeur, id_classe)
);
CREATE TABLE gepi.j_eleves_regime (
    login character varying(50) NOT NULL,
    doublant character(1) NOT NULL,
    regime character varying(5) NOT NULL,
    PRIMARY KEY (login)
);
CREATE TABLE gepi.j_groupes_aid (
    id_groupe integer NOT NULL,
    id_aid integer NOT NULL,
    indice_aid integer NOT NULL,
    etat character varying(255) NOT NULL,
    PRIMARY KEY (id_groupe, id_aid)
);
CREATE TABLE gepi.j_groupes_classes (
    id_groupe integer NOT NULL,
    id_classe integer NOT NULL,
    priorite smallint NOT NULL,
    coef numeric(3,1) NOT NULL,
    categorie_id integer NOT NULL,
    saisie_ects smallint NOT NULL,
    valeur_ects integer,
    mode_moy text NOT NULL,
    apb_langue_vivante character varying(3) NOT NULL,
    PRIMARY KEY (id_groupe, id_classe)
);
CREATE TABLE gepi.j_groupes_eleves_modalites (
    id_groupe integer NOT NULL,
    login character varying(50) NOT NULL,
    code_modalite_elect character varying(6) NOT NULL
);
CREATE TABLE gepi.j_groupes_enseignements_complement (
    id bigint NOT NULL,
    id_groupe integer NOT NULL,
    code character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_groupes_lvr (
    id bigint NOT NULL,
    id_groupe integer NOT NULL,
    code character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_groupes_matieres (
    id_groupe integer NOT NULL,
    id_matiere character varying(50) NOT NULL,
    PRIMARY KEY (id_groupe, id_matiere)
);
CREATE TABLE gepi.j_groupes_professeurs (
    id_groupe integer NOT NULL,
    login character varying(50) NOT NULL,
    ordre_prof smallint NOT NULL,
    PRIMARY KEY (id_groupe, login)
);
CREATE TABLE gepi.j_groupes_types (
    id bigint NOT NULL,
    id_groupe integer NOT NULL,
    id_type integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_groupes_visibilite (
    id integer NOT NULL,
    id_groupe integer NOT NULL,
    domaine character varying(255) NOT NULL,
    visible character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_matieres_categories_classes (
    categorie_id integer NOT NULL,
    classe_id integer NOT NULL,
    priority smallint NOT NULL,
    affiche_moyenne smallint NOT NULL,
    PRIMARY KEY (categorie_id, classe_id)
);
CREATE TABLE gepi.j_mentions_classes (
    id integer NOT NULL,
    id_mention integer NOT NULL,
    id_classe integer NOT NULL,
    ordre smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_mep_eleve (
    id bigint NOT NULL,
    idep integer,
    ideleve character varying(50),
    idgroupe integer,
    annee character varying(4),
    periode integer,
    date_insert timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_mep_groupe (
    id bigint NOT NULL,
    idep integer,
    idgroupe integer,
    annee character varying(4),
    periode integer,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_mep_mat (
    id bigint NOT NULL,
    idmat character varying(50),
    idep integer,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_mep_niveau (
    id bigint NOT NULL,
    idep integer,
    idniveau character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_mep_prof (
    id bigint NOT NULL,
    idep integer,
    id_prof character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.j_modalite_accompagnement_eleve (
    code character varying(10) NOT NULL,
    id_eleve integer NOT NULL,
    periode integer NOT NULL,
    commentaire text,
    PRIMARY KEY (code, id_eleve, periode)
);
CREATE TABLE gepi.j_notifications_resp_pers (
    a_notification_id integer NOT NULL,
    pers_id character varying(10) NOT NULL,
    PRIMARY KEY (a_notification_id, pers_id)
);
CREATE TABLE gepi.j_professeurs_matieres (
    id_professeur character varying(50) NOT NULL,
    id_matiere character varying(50) NOT NULL,
    ordre_matieres integer NOT NULL,
    PRIMARY KEY (id_professeur, id_matiere)
);
CREATE TABLE gepi.j_scol_classes (
    login character varying(50) NOT NULL,
    id_classe integer NOT NULL
);
CREATE TABLE gepi.j_signalement (
    id_groupe integer NOT NULL,
    login character varying(50) NOT NULL,
    periode integer NOT NULL,
    nature character varying(50) NOT NULL,
    valeur character varying(50) NOT NULL,
    declarant character varying(50) NOT NULL,
    PRIMARY KEY (id_groupe, login, periode, nature)
);
CREATE TABLE gepi.j_traitements_saisies (
    a_saisie_id integer NOT NULL,
    a_traitement_id integer NOT NULL,
    PRIMARY KEY (a_saisie_id, a_traitement_id)
);
CREATE TABLE gepi.ldap_bx (
    id integer NOT NULL,
    login_u character varying(200) NOT NULL,
    nom_u character varying(200) NOT NULL,
    prenom_u character varying(200) NOT NULL,
    statut_u character varying(50) NOT NULL,
    identite_u character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.lettres_cadres (
    id_lettre_cadre integer NOT NULL,
    nom_lettre_cadre character varying(150) NOT NULL,
    x_lettre_cadre real NOT NULL,
    y_lettre_cadre real NOT NULL,
    l_lettre_cadre real NOT NULL,
    h_lettre_cadre real NOT NULL,
    texte_lettre_cadre text NOT NULL,
    encadre_lettre_cadre smallint NOT NULL,
    couleurdefond_lettre_cadre character varying(11) NOT NULL,
    PRIMARY KEY (id_lettre_cadre)
);
CREATE TABLE gepi.lettres_suivis (
    id_lettre_suivi integer NOT NULL,
    lettresuitealettren_lettre_suivi integer NOT NULL,
    quirecois_lettre_suivi character varying(50) NOT NULL,
    partde_lettre_suivi character varying(200) NOT NULL,
    partdenum_lettre_suivi text NOT NULL,
    quiemet_lettre_suivi character varying(150) NOT NULL,
    emis_date_lettre_suivi date NOT NULL,
    emis_heure_lettre_suivi time without time zone NOT NULL,
    quienvoi_lettre_suivi character varying(150) NOT NULL,
    envoye_date_lettre_suivi date NOT NULL,
    envoye_heure_lettre_suivi time without time zone NOT NULL,
    type_lettre_suivi integer NOT NULL,
    quireception_lettre_suivi character varying(150) NOT NULL,
    reponse_date_lettre_suivi date NOT NULL,
    reponse_remarque_lettre_suivi character varying(250) NOT NULL,
    statu_lettre_suivi character varying(20) NOT NULL,
    PRIMARY KEY (id_lettre_suivi)
);
CREATE TABLE gepi.lettres_tcs (
    id_lettre_tc integer NOT NULL,
    type_lettre_tc integer NOT NULL,
    cadre_lettre_tc integer NOT NULL,
    x_lettre_tc real NOT NULL,
    y_lettre_tc real NOT NULL,
    l_lettre_tc real NOT NULL,
    h_lettre_tc real NOT NULL,
    encadre_lettre_tc integer NOT NULL,
    PRIMARY KEY (id_lettre_tc)
);
CREATE TABLE gepi.lettres_types (
    id_lettre_type integer NOT NULL,
    titre_lettre_type character varying(250) NOT NULL,
    categorie_lettre_type character varying(250) NOT NULL,
    reponse_lettre_type character varying(3) NOT NULL,
    PRIMARY KEY (id_lettre_type)
);
CREATE TABLE gepi.log (
    login character varying(50) NOT NULL,
    start timestamp without time zone NOT NULL,
    session_id character varying(255) NOT NULL,
    remote_addr character varying(16) NOT NULL,
    user_agent character varying(255) NOT NULL,
    referer character varying(64) NOT NULL,
    autoclose text NOT NULL,
    "end" timestamp without time zone NOT NULL,
    PRIMARY KEY (session_id, start)
);
CREATE TABLE gepi.log_maj_sconet (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    texte text NOT NULL,
    date_debut timestamp without time zone NOT NULL,
    date_fin timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.matiere_element_programme (
    id bigint NOT NULL,
    libelle character varying(255) NOT NULL,
    id_user character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.matieres (
    matiere character varying(255) NOT NULL,
    nom_complet character varying(200) NOT NULL,
    priority smallint NOT NULL,
    categorie_id integer NOT NULL,
    matiere_aid character(1) NOT NULL,
    matiere_atelier character(1) NOT NULL,
    code_matiere character varying(255) NOT NULL,
    PRIMARY KEY (matiere)
);
CREATE TABLE gepi.matieres_app_corrections (
    login character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    id_aid integer NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    PRIMARY KEY (login, periode, id_groupe, id_aid)
);
CREATE TABLE gepi.matieres_app_delais (
    periode integer NOT NULL,
    id_groupe integer NOT NULL,
    id_aid integer NOT NULL,
    date_limite timestamp without time zone NOT NULL,
    mode character varying(100) NOT NULL,
    PRIMARY KEY (periode, id_groupe, id_aid)
);
CREATE TABLE gepi.matieres_appreciations (
    login character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    PRIMARY KEY (login, id_groupe, periode)
);
CREATE TABLE gepi.matieres_appreciations_acces (
    id_classe integer NOT NULL,
    statut character varying(255) NOT NULL,
    periode integer NOT NULL,
    date date NOT NULL,
    acces text NOT NULL
);
CREATE TABLE gepi.matieres_appreciations_acces_eleve (
    login character varying(50) NOT NULL,
    periode integer NOT NULL,
    acces text NOT NULL
);
CREATE TABLE gepi.matieres_appreciations_grp (
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    PRIMARY KEY (id_groupe, periode)
);
CREATE TABLE gepi.matieres_appreciations_tempo (
    login character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    appreciation text NOT NULL,
    PRIMARY KEY (login, id_groupe, periode)
);
CREATE TABLE gepi.matieres_categories (
    id integer NOT NULL,
    nom_court character varying(255) NOT NULL,
    nom_complet character varying(255) NOT NULL,
    priority smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.matieres_notes (
    login character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    note real,
    statut character varying(10) NOT NULL,
    rang smallint NOT NULL,
    PRIMARY KEY (login, id_groupe, periode)
);
CREATE TABLE gepi.mef (
    id integer NOT NULL,
    mef_code character varying(50) NOT NULL,
    libelle_court character varying(50) NOT NULL,
    libelle_long character varying(300) NOT NULL,
    libelle_edition character varying(300) NOT NULL,
    code_mefstat character varying(50) NOT NULL,
    mef_rattachement character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mef_matieres (
    mef_code character varying(50) NOT NULL,
    code_matiere character varying(250) NOT NULL,
    code_modalite_elect character varying(6) NOT NULL
);
CREATE TABLE gepi.mentions (
    id integer NOT NULL,
    mention character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.message_login (
    id integer NOT NULL,
    texte text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.messagerie (
    id integer NOT NULL,
    in_reply_to integer NOT NULL,
    login_src character varying(50) NOT NULL,
    login_dest character varying(50) NOT NULL,
    sujet character varying(100) NOT NULL,
    message text NOT NULL,
    date_msg timestamp without time zone NOT NULL,
    date_visibilite timestamp without time zone NOT NULL,
    vu smallint NOT NULL,
    date_vu timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.messages (
    id integer NOT NULL,
    texte text NOT NULL,
    date_debut integer NOT NULL,
    date_fin integer NOT NULL,
    auteur character varying(50) NOT NULL,
    statuts_destinataires character varying(10) NOT NULL,
    login_destinataire character varying(50) NOT NULL,
    date_decompte integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.miseajour (
    id_miseajour integer NOT NULL,
    fichier_miseajour character varying(250) NOT NULL,
    emplacement_miseajour character varying(250) NOT NULL,
    date_miseajour date NOT NULL,
    heure_miseajour time without time zone NOT NULL,
    PRIMARY KEY (id_miseajour)
);
CREATE TABLE gepi.mod_actions_action (
    id integer NOT NULL,
    id_categorie integer NOT NULL,
    nom character varying(255) NOT NULL,
    description text NOT NULL,
    date_action timestamp without time zone NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_actions_categories (
    id integer NOT NULL,
    nom character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_actions_gestionnaires (
    id integer NOT NULL,
    id_categorie integer NOT NULL,
    login_user character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_actions_inscriptions (
    id integer NOT NULL,
    id_action integer NOT NULL,
    login_ele character varying(50) NOT NULL,
    presence character varying(10) NOT NULL,
    date_pointage timestamp without time zone NOT NULL,
    login_pointage character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_alerte_divers (
    id bigint NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_listes_perso_colonnes (
    id integer NOT NULL,
    id_def integer NOT NULL,
    titre character varying(30) NOT NULL,
    placement integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_listes_perso_contenus (
    id integer NOT NULL,
    id_def integer NOT NULL,
    login character varying(50) NOT NULL,
    colonne integer NOT NULL,
    contenu character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_listes_perso_definition (
    id integer NOT NULL,
    nom character varying(50) NOT NULL,
    sexe smallint,
    classe smallint,
    photo smallint,
    proprietaire character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.mod_listes_perso_eleves (
    id integer NOT NULL,
    id_def integer NOT NULL,
    login character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.modalites_accompagnement (
    code character varying(10) NOT NULL,
    libelle character varying(255) NOT NULL,
    avec_commentaire character(1) NOT NULL,
    PRIMARY KEY (code)
);
CREATE TABLE gepi.model_bulletin (
    id_model_bulletin integer NOT NULL,
    nom_model_bulletin character varying(100) NOT NULL,
    active_bloc_datation numeric(4,0) NOT NULL,
    active_bloc_eleve smallint NOT NULL,
    active_bloc_adresse_parent smallint NOT NULL,
    active_bloc_absence smallint NOT NULL,
    active_bloc_note_appreciation smallint NOT NULL,
    active_bloc_avis_conseil smallint NOT NULL,
    active_bloc_chef smallint NOT NULL,
    active_photo smallint NOT NULL,
    active_coef_moyenne smallint NOT NULL,
    active_nombre_note smallint NOT NULL,
    active_nombre_note_case smallint NOT NULL,
    active_moyenne smallint NOT NULL,
    active_moyenne_eleve smallint NOT NULL,
    active_moyenne_classe smallint NOT NULL,
    active_moyenne_min smallint NOT NULL,
    active_moyenne_max smallint NOT NULL,
    active_regroupement_cote smallint NOT NULL,
    active_entete_regroupement smallint NOT NULL,
    active_moyenne_regroupement smallint NOT NULL,
    active_rang smallint NOT NULL,
    active_graphique_niveau smallint NOT NULL,
    active_appreciation smallint NOT NULL,
    affiche_doublement smallint NOT NULL,
    affiche_date_naissance smallint NOT NULL,
    affiche_dp smallint NOT NULL,
    affiche_nom_court smallint NOT NULL,
    affiche_effectif_classe smallint NOT NULL,
    affiche_numero_impression smallint NOT NULL,
    caractere_utilse character varying(20) NOT NULL,
    x_parent real NOT NULL,
    y_parent real NOT NULL,
    x_eleve real NOT NULL,
    y_eleve real NOT NULL,
    cadre_eleve smallint NOT NULL,
    x_datation_bul real NOT NULL,
    y_datation_bul real NOT NULL,
    cadre_datation_bul smallint NOT NULL,
    hauteur_info_categorie real NOT NULL,
    x_note_app real NOT NULL,
    y_note_app real NOT NULL,
    longeur_note_app real NOT NULL,
    hauteur_note_app real NOT NULL,
    largeur_coef_moyenne real NOT NULL,
    largeur_nombre_note real NOT NULL,
    largeur_d_une_moyenne real NOT NULL,
    largeur_niveau real NOT NULL,
    largeur_rang real NOT NULL,
    x_absence real NOT NULL,
    y_absence real NOT NULL,
    hauteur_entete_moyenne_general real NOT NULL,
    x_avis_cons real NOT NULL,
    y_avis_cons real NOT NULL,
    longeur_avis_cons real NOT NULL,
    hauteur_avis_cons real NOT NULL,
    cadre_avis_cons smallint NOT NULL,
    x_sign_chef real NOT NULL,
    y_sign_chef real NOT NULL,
    longeur_sign_chef real NOT NULL,
    hauteur_sign_chef real NOT NULL,
    cadre_sign_chef smallint NOT NULL,
    affiche_filigrame smallint NOT NULL,
    texte_filigrame character varying(100) NOT NULL,
    affiche_logo_etab smallint NOT NULL,
    entente_mel smallint NOT NULL,
    entente_tel smallint NOT NULL,
    entente_fax smallint NOT NULL,
    l_max_logo smallint NOT NULL,
    h_max_logo smallint NOT NULL,
    toute_moyenne_meme_col smallint NOT NULL,
    active_reperage_eleve smallint NOT NULL,
    couleur_reperage_eleve1 smallint NOT NULL,
    couleur_reperage_eleve2 smallint NOT NULL,
    couleur_reperage_eleve3 smallint NOT NULL,
    couleur_categorie_entete smallint NOT NULL,
    couleur_categorie_entete1 smallint NOT NULL,
    couleur_categorie_entete2 smallint NOT NULL,
    couleur_categorie_entete3 smallint NOT NULL,
    couleur_categorie_cote smallint NOT NULL,
    couleur_categorie_cote1 smallint NOT NULL,
    couleur_categorie_cote2 smallint NOT NULL,
    couleur_categorie_cote3 smallint NOT NULL,
    couleur_moy_general smallint NOT NULL,
    couleur_moy_general1 smallint NOT NULL,
    couleur_moy_general2 smallint NOT NULL,
    couleur_moy_general3 smallint NOT NULL,
    titre_entete_matiere character varying(50) NOT NULL,
    titre_entete_coef character varying(20) NOT NULL,
    titre_entete_nbnote character varying(20) NOT NULL,
    titre_entete_rang character varying(20) NOT NULL,
    titre_entete_appreciation character varying(50) NOT NULL,
    active_coef_sousmoyene smallint NOT NULL,
    arrondie_choix real NOT NULL,
    nb_chiffre_virgule smallint NOT NULL,
    chiffre_avec_zero smallint NOT NULL,
    autorise_sous_matiere smallint NOT NULL,
    affichage_haut_responsable smallint NOT NULL,
    entete_model_bulletin smallint NOT NULL,
    ordre_entete_model_bulletin smallint NOT NULL,
    affiche_etab_origine smallint NOT NULL,
    imprime_pour smallint NOT NULL,
    largeur_matiere real NOT NULL,
    nom_etab_gras smallint NOT NULL,
    taille_texte_date_edition real NOT NULL,
    taille_texte_matiere real NOT NULL,
    active_moyenne_general smallint NOT NULL,
    titre_bloc_avis_conseil character varying(50) NOT NULL,
    taille_titre_bloc_avis_conseil real NOT NULL,
    taille_profprincipal_bloc_avis_conseil real NOT NULL,
    affiche_fonction_chef smallint NOT NULL,
    taille_texte_fonction_chef real NOT NULL,
    taille_texte_identitee_chef real NOT NULL,
    tel_image character varying(20) NOT NULL,
    tel_texte character varying(20) NOT NULL,
    fax_image character varying(20) NOT NULL,
    fax_texte character varying(20) NOT NULL,
    courrier_image character varying(20) NOT NULL,
    courrier_texte character varying(20) NOT NULL,
    largeur_bloc_eleve real NOT NULL,
    hauteur_bloc_eleve real NOT NULL,
    largeur_bloc_adresse real NOT NULL,
    hauteur_bloc_adresse real NOT NULL,
    largeur_bloc_datation real NOT NULL,
    hauteur_bloc_datation real NOT NULL,
    taille_texte_classe real NOT NULL,
    type_texte_classe character varying(1) NOT NULL,
    taille_texte_annee real NOT NULL,
    type_texte_annee character varying(1) NOT NULL,
    taille_texte_periode real NOT NULL,
    type_texte_periode character varying(1) NOT NULL,
    taille_texte_categorie_cote real NOT NULL,
    taille_texte_categorie real NOT NULL,
    type_texte_date_datation character varying(1) NOT NULL,
    cadre_adresse smallint NOT NULL,
    centrage_logo smallint NOT NULL,
    y_centre_logo real NOT NULL,
    ajout_cadre_blanc_photo smallint NOT NULL,
    affiche_moyenne_mini_general smallint NOT NULL,
    affiche_moyenne_maxi_general smallint NOT NULL,
    affiche_date_edition smallint NOT NULL,
    PRIMARY KEY (id_model_bulletin)
);
CREATE TABLE gepi.modele_bulletin (
    id_model_bulletin integer NOT NULL,
    nom character varying(255) NOT NULL,
    valeur character varying(255) NOT NULL
);
CREATE TABLE gepi.modeles_grilles_pdf (
    id_modele integer NOT NULL,
    login character varying(50) NOT NULL,
    nom_modele character varying(255) NOT NULL,
    par_defaut text,
    PRIMARY KEY (id_modele)
);
CREATE TABLE gepi.modeles_grilles_pdf_valeurs (
    id_modele integer NOT NULL,
    nom character varying(255) NOT NULL,
    valeur character varying(255) NOT NULL
);
CREATE TABLE gepi.modules_restrictions (
    id integer NOT NULL,
    module character varying(50) NOT NULL,
    name character varying(50) NOT NULL,
    value character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.nomenclature_modalites_election (
    code_modalite_elect character varying(6) NOT NULL,
    libelle_court character varying(50) NOT NULL,
    libelle_long character varying(250) NOT NULL,
    PRIMARY KEY (code_modalite_elect)
);
CREATE TABLE gepi.nomenclatures (
    id bigint NOT NULL,
    type character varying(255) NOT NULL,
    code character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.nomenclatures_valeurs (
    id bigint NOT NULL,
    type character varying(255) NOT NULL,
    code character varying(255) NOT NULL,
    nom character varying(255) NOT NULL,
    valeur character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.notanet (
    login character varying(50) NOT NULL,
    ine text NOT NULL,
    id_mat integer NOT NULL,
    notanet_mat character varying(255) NOT NULL,
    matiere character varying(50) NOT NULL,
    note character varying(4) NOT NULL,
    note_notanet character varying(4) NOT NULL,
    id_classe smallint NOT NULL
);
CREATE TABLE gepi.notanet_app (
    login character varying(50) NOT NULL,
    id_mat integer NOT NULL,
    matiere character varying(50) NOT NULL,
    appreciation text NOT NULL,
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.notanet_avis (
    login character varying(50) NOT NULL,
    favorable text NOT NULL,
    avis text NOT NULL,
    PRIMARY KEY (login)
);
CREATE TABLE gepi.notanet_corresp (
    id integer NOT NULL,
    type_brevet smallint NOT NULL,
    id_mat integer NOT NULL,
    notanet_mat character varying(255) NOT NULL,
    matiere character varying(50) NOT NULL,
    statut text NOT NULL,
    mode character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.notanet_ele_type (
    login character varying(50) NOT NULL,
    type_brevet smallint NOT NULL,
    PRIMARY KEY (login)
);
CREATE TABLE gepi.notanet_saisie (
    login character varying(50) NOT NULL,
    id_mat integer NOT NULL,
    matiere character varying(50),
    note character varying(4),
    PRIMARY KEY (login, id_mat)
);
CREATE TABLE gepi.notanet_socles (
    login character varying(50) NOT NULL,
    b2i text NOT NULL,
    a2 text NOT NULL,
    lv character varying(50) NOT NULL,
    PRIMARY KEY (login)
);
CREATE TABLE gepi.notanet_verrou (
    id_classe smallint NOT NULL,
    type_brevet smallint NOT NULL,
    verrouillage character(1) NOT NULL
);
CREATE TABLE gepi.o_avis (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    avis character varying(255) NOT NULL,
    saisi_par character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.o_mef (
    id integer NOT NULL,
    mef_code character varying(50) NOT NULL,
    affichage character(1) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.o_orientations (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    id_orientation integer NOT NULL,
    rang integer NOT NULL,
    commentaire text NOT NULL,
    date_orientation timestamp without time zone NOT NULL,
    saisi_par character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.o_orientations_base (
    id integer NOT NULL,
    titre character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.o_orientations_mefs (
    id integer NOT NULL,
    id_orientation integer NOT NULL,
    mef_code character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.o_voeux (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    id_orientation integer NOT NULL,
    rang integer NOT NULL,
    date_voeu timestamp without time zone NOT NULL,
    commentaire character varying(255) NOT NULL,
    saisi_par character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.pays (
    code_pays character varying(50) NOT NULL,
    nom_pays character varying(255) NOT NULL,
    PRIMARY KEY (code_pays)
);
CREATE TABLE gepi.periodes (
    nom_periode character varying(50) NOT NULL,
    num_periode integer NOT NULL,
    verouiller character(1) NOT NULL,
    id_classe integer NOT NULL,
    date_verrouillage timestamp without time zone NOT NULL,
    date_fin timestamp without time zone,
    date_conseil_classe timestamp without time zone NOT NULL,
    PRIMARY KEY (num_periode, id_classe)
);
CREATE TABLE gepi.plugins (
    id integer NOT NULL,
    nom character varying(100) NOT NULL,
    repertoire character varying(255) NOT NULL,
    description text NOT NULL,
    ouvert character(1),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.plugins_autorisations (
    id integer NOT NULL,
    plugin_id integer NOT NULL,
    fichier character varying(100) NOT NULL,
    user_statut character varying(50) NOT NULL,
    auth character(1),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.plugins_menus (
    id integer NOT NULL,
    plugin_id integer NOT NULL,
    user_statut character varying(50) NOT NULL,
    titre_item character varying(255) NOT NULL,
    lien_item character varying(255) NOT NULL,
    description_item character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.preferences (
    login character varying(50) NOT NULL,
    name character varying(255) NOT NULL,
    value text NOT NULL
);
CREATE TABLE gepi.ref_wiki (
    id integer NOT NULL,
    ref character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.resp_adr (
    adr_id character varying(10) NOT NULL,
    adr1 character varying(100) NOT NULL,
    adr2 character varying(100) NOT NULL,
    adr3 character varying(100) NOT NULL,
    adr4 character varying(100) NOT NULL,
    cp character varying(6) NOT NULL,
    pays character varying(50) NOT NULL,
    commune character varying(50) NOT NULL,
    PRIMARY KEY (adr_id)
);
CREATE TABLE gepi.resp_pers (
    pers_id character varying(10) NOT NULL,
    login character varying(50) NOT NULL,
    nom character varying(50) NOT NULL,
    prenom character varying(50) NOT NULL,
    civilite character varying(5) NOT NULL,
    tel_pers character varying(255) NOT NULL,
    tel_port character varying(255) NOT NULL,
    tel_prof character varying(255) NOT NULL,
    mel character varying(100) NOT NULL,
    adr_id character varying(10) NOT NULL,
    PRIMARY KEY (pers_id)
);
CREATE TABLE gepi.responsables (
    ereno character varying(10) NOT NULL,
    nom1 character varying(50) NOT NULL,
    prenom1 character varying(50) NOT NULL,
    adr1 character varying(100) NOT NULL,
    adr1_comp character varying(100) NOT NULL,
    commune1 character varying(50) NOT NULL,
    cp1 character varying(6) NOT NULL,
    nom2 character varying(50) NOT NULL,
    prenom2 character varying(50) NOT NULL,
    adr2 character varying(100) NOT NULL,
    adr2_comp character varying(100) NOT NULL,
    commune2 character varying(50) NOT NULL,
    cp2 character varying(6) NOT NULL,
    PRIMARY KEY (ereno)
);
CREATE TABLE gepi.responsables2 (
    ele_id character varying(10) NOT NULL,
    pers_id character varying(10) NOT NULL,
    resp_legal character varying(1) NOT NULL,
    pers_contact character varying(1) NOT NULL,
    acces_sp character varying(1) NOT NULL,
    envoi_bulletin character(1) NOT NULL,
    niveau_responsabilite character varying(10) NOT NULL,
    code_parente character varying(10) NOT NULL,
    paie_frais_scolaires character varying(10) NOT NULL
);
CREATE TABLE gepi.rss_users (
    id integer NOT NULL,
    user_login character varying(30) NOT NULL,
    user_uri character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_alerte_mail (
    id bigint NOT NULL,
    id_classe integer NOT NULL,
    destinataire character varying(50) NOT NULL,
    login character varying(50) NOT NULL,
    adresse character varying(250),
    type character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_autres_sanctions (
    id integer NOT NULL,
    id_sanction integer NOT NULL,
    id_nature integer NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_avertissements (
    id_avertissement integer NOT NULL,
    login_ele character varying(50) NOT NULL,
    id_type_avertissement integer NOT NULL,
    periode integer NOT NULL,
    s_periode character(1) NOT NULL,
    date_avertissement timestamp without time zone NOT NULL,
    declarant character varying(50) NOT NULL,
    commentaire text NOT NULL,
    PRIMARY KEY (id_avertissement)
);
CREATE TABLE gepi.s_categories (
    id integer NOT NULL,
    categorie character varying(50) NOT NULL,
    sigle character varying(20) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_communication (
    id_communication integer NOT NULL,
    id_incident integer NOT NULL,
    login character varying(50) NOT NULL,
    nature character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id_communication)
);
CREATE TABLE gepi.s_delegation (
    id_delegation integer NOT NULL,
    fct_delegation character varying(100) NOT NULL,
    fct_autorite character varying(50) NOT NULL,
    nom_autorite character varying(50) NOT NULL,
    PRIMARY KEY (id_delegation)
);
CREATE TABLE gepi.s_exclusions (
    id_exclusion integer NOT NULL,
    id_sanction integer NOT NULL,
    date_debut date NOT NULL,
    heure_debut character varying(20) NOT NULL,
    date_fin date NOT NULL,
    heure_fin character varying(20) NOT NULL,
    travail text NOT NULL,
    lieu character varying(255) NOT NULL,
    nombre_jours character varying(50) NOT NULL,
    qualification_faits text NOT NULL,
    num_courrier character varying(50) NOT NULL,
    type_exclusion character varying(50) NOT NULL,
    id_signataire integer NOT NULL,
    PRIMARY KEY (id_exclusion)
);
CREATE TABLE gepi.s_incidents (
    id_incident integer NOT NULL,
    declarant character varying(50) NOT NULL,
    date date NOT NULL,
    heure character varying(20) NOT NULL,
    id_lieu integer NOT NULL,
    nature character varying(255) NOT NULL,
    id_categorie integer,
    description text NOT NULL,
    etat character varying(20) NOT NULL,
    message_id character varying(50) NOT NULL,
    primo_declarant character varying(50),
    commentaire text NOT NULL,
    PRIMARY KEY (id_incident)
);
CREATE TABLE gepi.s_lieux_incidents (
    id integer NOT NULL,
    lieu character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_mesures (
    id integer NOT NULL,
    type text,
    mesure character varying(50) NOT NULL,
    commentaire text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_natures (
    id integer NOT NULL,
    nature character varying(50) NOT NULL,
    id_categorie integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_protagonistes (
    id integer NOT NULL,
    id_incident integer NOT NULL,
    login character varying(50) NOT NULL,
    statut character varying(50) NOT NULL,
    qualite character varying(50) NOT NULL,
    avertie text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_qualites (
    id integer NOT NULL,
    qualite character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_reports (
    id_report integer NOT NULL,
    id_sanction integer NOT NULL,
    id_type_sanction integer NOT NULL,
    nature_sanction character varying(255) NOT NULL,
    date date NOT NULL,
    informations text NOT NULL,
    motif_report character varying(255) NOT NULL,
    PRIMARY KEY (id_report)
);
CREATE TABLE gepi.s_retenues (
    id_retenue integer NOT NULL,
    id_sanction integer NOT NULL,
    date date NOT NULL,
    heure_debut character varying(20) NOT NULL,
    duree real NOT NULL,
    travail text NOT NULL,
    lieu character varying(255) NOT NULL,
    materiel character varying(150) NOT NULL,
    PRIMARY KEY (id_retenue)
);
CREATE TABLE gepi.s_sanctions (
    id_sanction integer NOT NULL,
    login character varying(50) NOT NULL,
    description text NOT NULL,
    nature character varying(255) NOT NULL,
    id_nature_sanction integer,
    effectuee text NOT NULL,
    id_incident integer NOT NULL,
    saisie_par character varying(255) NOT NULL,
    PRIMARY KEY (id_sanction)
);
CREATE TABLE gepi.s_sanctions_check (
    id integer NOT NULL,
    id_sanction integer NOT NULL,
    etat character varying(100) NOT NULL,
    login character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_traitement_incident (
    id integer NOT NULL,
    id_incident integer NOT NULL,
    login_ele character varying(50) NOT NULL,
    login_u character varying(50) NOT NULL,
    id_mesure integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_travail (
    id_travail integer NOT NULL,
    id_sanction integer NOT NULL,
    date_retour date NOT NULL,
    heure_retour character varying(20) NOT NULL,
    travail text NOT NULL,
    PRIMARY KEY (id_travail)
);
CREATE TABLE gepi.s_travail_mesure (
    id integer NOT NULL,
    id_incident integer NOT NULL,
    login_ele character varying(50) NOT NULL,
    travail text NOT NULL,
    materiel character varying(150) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.s_types_avertissements (
    id_type_avertissement integer NOT NULL,
    nom_court character varying(50) NOT NULL,
    nom_complet character varying(255) NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (id_type_avertissement)
);
CREATE TABLE gepi.s_types_sanctions2 (
    id_nature integer NOT NULL,
    nature character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    saisie_prof character(1) NOT NULL,
    rang integer NOT NULL,
    PRIMARY KEY (id_nature)
);
CREATE TABLE gepi.salle_cours (
    id_salle integer NOT NULL,
    numero_salle character varying(10) NOT NULL,
    nom_salle character varying(50) NOT NULL,
    PRIMARY KEY (id_salle)
);
CREATE TABLE gepi.sconet_ele_options (
    id bigint NOT NULL,
    ele_id character varying(10) NOT NULL,
    code_matiere character varying(255) NOT NULL,
    code_modalite_elect character(1) NOT NULL,
    num_option integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.setting (
    name character varying(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE gepi.signature_classes (
    id bigint NOT NULL,
    login character varying(255) NOT NULL,
    id_classe integer NOT NULL,
    id_fichier integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.signature_droits (
    id bigint NOT NULL,
    login character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.signature_fichiers (
    id_fichier bigint NOT NULL,
    fichier character varying(255) NOT NULL,
    login character varying(255) NOT NULL,
    type character varying(255) NOT NULL,
    PRIMARY KEY (id_fichier)
);
CREATE TABLE gepi.socle_classes_syntheses_numeriques (
    id integer NOT NULL,
    id_classe integer NOT NULL,
    classe character varying(50) NOT NULL,
    annee character varying(10) NOT NULL,
    synthese text,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.socle_eleves_competences_numeriques (
    id integer NOT NULL,
    ine character varying(50) NOT NULL,
    cycle smallint NOT NULL,
    annee character varying(10) NOT NULL,
    code_competence character varying(10) NOT NULL,
    niveau_maitrise character varying(10) NOT NULL,
    periode integer NOT NULL,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.socle_eleves_composantes (
    id integer NOT NULL,
    ine character varying(50) NOT NULL,
    cycle smallint NOT NULL,
    annee character varying(10) NOT NULL,
    code_composante character varying(10) NOT NULL,
    niveau_maitrise character varying(10) NOT NULL,
    periode integer NOT NULL,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.socle_eleves_composantes_groupes (
    id integer NOT NULL,
    ine character varying(50) NOT NULL,
    cycle smallint NOT NULL,
    annee character varying(10) NOT NULL,
    code_composante character varying(10) NOT NULL,
    niveau_maitrise character varying(10) NOT NULL,
    id_groupe integer NOT NULL,
    periode integer NOT NULL,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.socle_eleves_enseignements_complements (
    id integer NOT NULL,
    ine character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    positionnement character varying(10) NOT NULL,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.socle_eleves_lvr (
    id integer NOT NULL,
    ine character varying(50) NOT NULL,
    id_groupe integer NOT NULL,
    positionnement character varying(10) NOT NULL,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.socle_eleves_syntheses (
    id integer NOT NULL,
    ine character varying(50) NOT NULL,
    cycle smallint NOT NULL,
    annee character varying(10) NOT NULL,
    synthese text,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.socle_eleves_syntheses_numeriques (
    id integer NOT NULL,
    ine character varying(50) NOT NULL,
    cycle smallint NOT NULL,
    annee character varying(10) NOT NULL,
    periode integer NOT NULL,
    synthese text,
    login_saisie character varying(50) NOT NULL,
    date_saisie timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.sp_saisies (
    id integer NOT NULL,
    id_type integer NOT NULL,
    login character varying(50) NOT NULL,
    date_sp timestamp without time zone NOT NULL,
    commentaire text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    created_by character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.sp_seuils (
    id_seuil integer NOT NULL,
    seuil integer NOT NULL,
    periode character(1) NOT NULL,
    type character varying(255) NOT NULL,
    administrateur character(1) NOT NULL,
    scolarite character(1) NOT NULL,
    cpe character(1) NOT NULL,
    eleve character(1) NOT NULL,
    responsable character(1) NOT NULL,
    professeur_principal character(1) NOT NULL,
    PRIMARY KEY (id_seuil)
);
CREATE TABLE gepi.sp_types_saisies (
    id_type integer NOT NULL,
    nom character varying(255) NOT NULL,
    description text NOT NULL,
    rang integer NOT NULL,
    PRIMARY KEY (id_type)
);
CREATE TABLE gepi.sso_table_correspondance (
    login_gepi character varying(100) NOT NULL,
    login_sso character varying(100) NOT NULL,
    PRIMARY KEY (login_gepi)
);
CREATE TABLE gepi.suivi_eleve_cpe (
    id_suivi_eleve_cpe integer NOT NULL,
    eleve_suivi_eleve_cpe character varying(30) NOT NULL,
    parqui_suivi_eleve_cpe character varying(150) NOT NULL,
    date_suivi_eleve_cpe date NOT NULL,
    heure_suivi_eleve_cpe time without time zone NOT NULL,
    komenti_suivi_eleve_cpe text NOT NULL,
    niveau_message_suivi_eleve_cpe character varying(1) NOT NULL,
    action_suivi_eleve_cpe character varying(2) NOT NULL,
    support_suivi_eleve_cpe smallint NOT NULL,
    courrier_suivi_eleve_cpe integer NOT NULL,
    PRIMARY KEY (id_suivi_eleve_cpe)
);
CREATE TABLE gepi.synthese_app_classe (
    id_classe integer NOT NULL,
    periode integer NOT NULL,
    synthese text NOT NULL,
    PRIMARY KEY (id_classe, periode)
);
CREATE TABLE gepi.t_plan_de_classe (
    id integer NOT NULL,
    id_groupe integer NOT NULL,
    login_prof character varying(50) NOT NULL,
    dim_photo integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.t_plan_de_classe_ele (
    id integer NOT NULL,
    id_plan integer NOT NULL,
    login_ele character varying(50) NOT NULL,
    x integer NOT NULL,
    y integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.temp_abs_extract (
    id bigint NOT NULL,
    login character varying(50) NOT NULL,
    date_extract timestamp without time zone NOT NULL,
    login_ele character varying(50) NOT NULL,
    item character varying(100) NOT NULL,
    valeur character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE gepi.temp_abs_import (
    id integer NOT NULL,
    login character varying(50) NOT NULL,
    cpe_login character varying(50) NOT NULL,
    elenoet character varying(50) NOT NULL,
    libelle character varying(50) NOT NULL,
    nbabs integer NOT NULL,
    nbnonjustif integer NOT NULL,
    nbret integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.temp_gep_import (
    id_tempo character varying(40) NOT NULL,
    login character varying(40) NOT NULL,
    elenom character varying(40) NOT NULL,
    elepre character varying(40) NOT NULL,
    elesexe character varying(40) NOT NULL,
    eledatnais character varying(40) NOT NULL,
    elenoet character varying(40) NOT NULL,
    ereno character varying(40) NOT NULL,
    eledoubl character varying(40) NOT NULL,
    elenonat character varying(40) NOT NULL,
    elereg character varying(40) NOT NULL,
    divcod character varying(40) NOT NULL,
    etocod_ep character varying(40) NOT NULL,
    eleopt1 character varying(40) NOT NULL,
    eleopt2 character varying(40) NOT NULL,
    eleopt3 character varying(40) NOT NULL,
    eleopt4 character varying(40) NOT NULL,
    eleopt5 character varying(40) NOT NULL,
    eleopt6 character varying(40) NOT NULL,
    eleopt7 character varying(40) NOT NULL,
    eleopt8 character varying(40) NOT NULL,
    eleopt9 character varying(40) NOT NULL,
    eleopt10 character varying(40) NOT NULL,
    eleopt11 character varying(40) NOT NULL,
    eleopt12 character varying(40) NOT NULL
);
CREATE TABLE gepi.temp_gep_import2 (
    id_tempo character varying(40) NOT NULL,
    login character varying(40) NOT NULL,
    elenom character varying(40) NOT NULL,
    elepre character varying(40) NOT NULL,
    elesexe character varying(40) NOT NULL,
    eledatnais character varying(40) NOT NULL,
    elenoet character varying(40) NOT NULL,
    ele_id character varying(40) NOT NULL,
    eledoubl character varying(40) NOT NULL,
    elenonat character varying(40) NOT NULL,
    elereg character varying(40) NOT NULL,
    divcod character varying(40) NOT NULL,
    etocod_ep character varying(40) NOT NULL,
    eleopt1 character varying(40) NOT NULL,
    eleopt2 character varying(40) NOT NULL,
    eleopt3 character varying(40) NOT NULL,
    eleopt4 character varying(40) NOT NULL,
    eleopt5 character varying(40) NOT NULL,
    eleopt6 character varying(40) NOT NULL,
    eleopt7 character varying(40) NOT NULL,
    eleopt8 character varying(40) NOT NULL,
    eleopt9 character varying(40) NOT NULL,
    eleopt10 character varying(40) NOT NULL,
    eleopt11 character varying(40) NOT NULL,
    eleopt12 character varying(40) NOT NULL,
    lieu_naissance character varying(50) NOT NULL,
    mel character varying(255) NOT NULL,
    tel_pers character varying(255) NOT NULL,
    tel_port character varying(255) NOT NULL,
    tel_prof character varying(255) NOT NULL
);
CREATE TABLE gepi.tempo (
    id_classe integer NOT NULL,
    max_periode integer NOT NULL,
    num character varying(255) NOT NULL
);
CREATE TABLE gepi.tempo2 (
    col1 character varying(100) NOT NULL,
    col2 character varying(100) NOT NULL
);
CREATE TABLE gepi.tempo3 (
    id integer NOT NULL,
    col1 character varying(255) NOT NULL,
    col2 text,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.tempo3_cdt (
    id_classe integer NOT NULL,
    classe character varying(255) NOT NULL,
    matiere character varying(255) NOT NULL,
    enseignement character varying(255) NOT NULL,
    id_groupe integer NOT NULL,
    fichier character varying(255) NOT NULL
);
CREATE TABLE gepi.tempo4 (
    col1 character varying(100) NOT NULL,
    col2 character varying(100) NOT NULL,
    col3 character varying(255) NOT NULL,
    col4 character varying(100) NOT NULL
);
CREATE TABLE gepi.tempo_utilisateurs (
    login character varying(50) NOT NULL,
    password character varying(128) NOT NULL,
    salt character varying(128) NOT NULL,
    email character varying(50) NOT NULL,
    identifiant1 character varying(10) NOT NULL,
    identifiant2 character varying(50) NOT NULL,
    nom character varying(50) NOT NULL,
    prenom character varying(50) NOT NULL,
    statut character varying(20) NOT NULL,
    auth_mode text NOT NULL,
    date_reserve date,
    temoin character varying(50) NOT NULL,
    PRIMARY KEY (login)
);
CREATE TABLE gepi.tentatives_intrusion (
    id bigint NOT NULL,
    login character varying(255),
    adresse_ip character varying(255) NOT NULL,
    date timestamp without time zone NOT NULL,
    niveau smallint NOT NULL,
    fichier character varying(255) NOT NULL,
    description text NOT NULL,
    statut character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.udt_corresp (
    champ character varying(255) NOT NULL,
    nom_udt character varying(255) NOT NULL,
    nom_gepi character varying(255) NOT NULL
);
CREATE TABLE gepi.udt_lignes (
    id bigint NOT NULL,
    division character varying(255) NOT NULL,
    matiere character varying(255) NOT NULL,
    prof character varying(255) NOT NULL,
    groupe character varying(255) NOT NULL,
    regroup character varying(255) NOT NULL,
    mo character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.utilisateurs (
    login character varying(50) NOT NULL,
    nom character varying(50) NOT NULL,
    prenom character varying(50) NOT NULL,
    civilite character varying(5) NOT NULL,
    password character varying(128) NOT NULL,
    salt character varying(128) NOT NULL,
    email character varying(50) NOT NULL,
    show_email character varying(3) NOT NULL,
    statut character varying(20) NOT NULL,
    etat character varying(20) NOT NULL,
    change_mdp character(1) NOT NULL,
    date_verrouillage timestamp without time zone NOT NULL,
    password_ticket character varying(255) NOT NULL,
    ticket_expiration timestamp without time zone NOT NULL,
    niveau_alerte smallint NOT NULL,
    observation_securite smallint NOT NULL,
    temp_dir character varying(255) NOT NULL,
    numind character varying(255) NOT NULL,
    type character varying(10) NOT NULL,
    auth_mode text NOT NULL,
    PRIMARY KEY (login)
);
CREATE TABLE gepi.vocabulaire (
    id integer NOT NULL,
    terme character varying(255) NOT NULL,
    terme_corrige character varying(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE gepi.vs_alerts_eleves (
    id_alert_eleve integer NOT NULL,
    eleve_alert_eleve character varying(100) NOT NULL,
    date_alert_eleve date NOT NULL,
    groupe_alert_eleve integer NOT NULL,
    type_alert_eleve integer NOT NULL,
    nb_trouve integer NOT NULL,
    temp_insert character varying(100) NOT NULL,
    etat_alert_eleve smallint NOT NULL,
    etatpar_alert_eleve character varying(100) NOT NULL,
    PRIMARY KEY (id_alert_eleve)
);
CREATE TABLE gepi.vs_alerts_groupes (
    id_alert_groupe integer NOT NULL,
    nom_alert_groupe character varying(150) NOT NULL,
    creerpar_alert_groupe character varying(100) NOT NULL,
    PRIMARY KEY (id_alert_groupe)
);
CREATE TABLE gepi.vs_alerts_types (
    id_alert_type integer NOT NULL,
    groupe_alert_type integer NOT NULL,
    type_alert_type character varying(10) NOT NULL,
    specifisite_alert_type character varying(25) NOT NULL,
    eleve_concerne text NOT NULL,
    date_debut_comptage date NOT NULL,
    nb_comptage_limit character varying(200) NOT NULL,
    PRIMARY KEY (id_alert_type)
);
ALTER TABLE gepi.a_agregation_decompte ADD FOREIGN KEY (eleve_id) REFERENCES gepi.eleves (id_eleve);
ALTER TABLE gepi.a_notifications ADD FOREIGN KEY (utilisateur_id) REFERENCES gepi.utilisateurs (login);
ALTER TABLE gepi.a_notifications ADD FOREIGN KEY (a_traitement_id) REFERENCES gepi.a_traitements (id);
ALTER TABLE gepi.a_notifications ADD FOREIGN KEY (adr_id) REFERENCES gepi.resp_adr (adr_id);
ALTER TABLE gepi.a_saisies ADD FOREIGN KEY (id_edt_emplacement_cours) REFERENCES gepi.edt_cours (id_cours);
ALTER TABLE gepi.a_saisies ADD FOREIGN KEY (id_groupe) REFERENCES gepi.groupes (id);
ALTER TABLE gepi.a_saisies ADD FOREIGN KEY (id_classe) REFERENCES gepi.classes (id);
ALTER TABLE gepi.a_saisies ADD FOREIGN KEY (id_lieu) REFERENCES gepi.a_lieux (id);
ALTER TABLE gepi.a_saisies ADD FOREIGN KEY (utilisateur_id) REFERENCES gepi.utilisateurs (login);
ALTER TABLE gepi.a_saisies ADD FOREIGN KEY (eleve_id) REFERENCES gepi.eleves (id_eleve);
ALTER TABLE gepi.a_saisies ADD FOREIGN KEY (id_edt_creneau) REFERENCES gepi.edt_creneaux (id_definie_periode);
ALTER TABLE gepi.a_saisies_version ADD FOREIGN KEY (id) REFERENCES gepi.a_saisies (id);
ALTER TABLE gepi.a_traitements ADD FOREIGN KEY (utilisateur_id) REFERENCES gepi.utilisateurs (login);
ALTER TABLE gepi.a_traitements ADD FOREIGN KEY (a_type_id) REFERENCES gepi.a_types (id);
ALTER TABLE gepi.a_traitements ADD FOREIGN KEY (a_motif_id) REFERENCES gepi.a_motifs (id);
ALTER TABLE gepi.a_traitements ADD FOREIGN KEY (a_justification_id) REFERENCES gepi.a_justifications (id);
ALTER TABLE gepi.a_traitements ADD FOREIGN KEY (modifie_par_utilisateur_id) REFERENCES gepi.utilisateurs (login);
ALTER TABLE gepi.a_types ADD FOREIGN KEY (id_lieu) REFERENCES gepi.a_lieux (id);
ALTER TABLE gepi.a_types_statut ADD FOREIGN KEY (id_a_type) REFERENCES gepi.a_types (id);
ALTER TABLE gepi.ct_private_entry ADD FOREIGN KEY (id_groupe) REFERENCES gepi.groupes (id);
ALTER TABLE gepi.ct_private_entry ADD FOREIGN KEY (id_login) REFERENCES gepi.utilisateurs (login);
ALTER TABLE gepi.ects_credits ADD FOREIGN KEY (id_eleve) REFERENCES gepi.eleves (id_eleve);
ALTER TABLE gepi.ects_credits ADD FOREIGN KEY (id_groupe) REFERENCES gepi.groupes (id);
ALTER TABLE gepi.ects_global_credits ADD FOREIGN KEY (id_eleve) REFERENCES gepi.eleves (id_eleve);
ALTER TABLE gepi.j_notifications_resp_pers ADD FOREIGN KEY (a_notification_id) REFERENCES gepi.a_notifications (id);
ALTER TABLE gepi.j_notifications_resp_pers ADD FOREIGN KEY (pers_id) REFERENCES gepi.resp_pers (pers_id);
ALTER TABLE gepi.j_traitements_saisies ADD FOREIGN KEY (a_saisie_id) REFERENCES gepi.a_saisies (id);
ALTER TABLE gepi.j_traitements_saisies ADD FOREIGN KEY (a_traitement_id) REFERENCES gepi.a_traitements (id);
COMMENT ON TABLE gepi.a_agregation_decompte IS 'Table d''agregation des decomptes de demi journees d''absence et de retard';
COMMENT ON TABLE gepi.a_justifications IS 'Liste des justifications possibles pour une absence';
COMMENT ON TABLE gepi.a_lieux IS 'Lieu pour les types d''absence ou les saisies';
COMMENT ON TABLE gepi.a_motifs IS 'Liste des motifs possibles pour une absence';
COMMENT ON TABLE gepi.a_notifications IS 'Notification (a la famille) des absences';
COMMENT ON TABLE gepi.a_saisies IS 'Chaque saisie d''absence doit faire l''objet d''une ligne dans la table a_saisies. Une saisie peut etre : une plage horaire longue durée (plusieurs jours), défini avec les champs debut_abs et fin_abs. Un creneau horaire, le jour etant precisé dans debut_abs. Un cours de l''emploi du temps, le jours du cours etant precisé dans debut_abs.';
COMMENT ON TABLE gepi.a_traitements IS 'Un traitement peut gerer plusieurs saisies et consiste à definir les motifs/justifications... de ces absences saisies';
COMMENT ON TABLE gepi.a_types IS 'Liste des types d''absences possibles dans l''etablissement';
COMMENT ON TABLE gepi.a_types_statut IS 'Liste des statuts autorises à saisir des types d''absences';
COMMENT ON TABLE gepi.acces_cn IS 'Acces exceptionnel au CN en periode close';
COMMENT ON TABLE gepi.acces_exceptionnel_matieres_notes IS 'Acces exceptionnel à la modif de notes du bulletin en periode close';
COMMENT ON TABLE gepi.ct_private_entry IS 'Notice privee du cahier de texte';
COMMENT ON TABLE gepi.eleves IS 'Liste des eleves de l''etablissement';
COMMENT ON TABLE gepi.j_mep_eleve IS 'Jointure éléments de programme travaillé ↔ groupe enseignement';
COMMENT ON TABLE gepi.j_mep_groupe IS 'Jointure éléments de programme travaillé ↔ groupe enseignement';
COMMENT ON TABLE gepi.j_mep_mat IS 'Jointure éléments de programme travaillé ↔ matière';
COMMENT ON TABLE gepi.j_mep_niveau IS 'Jointure éléments de programme travaillé ↔ Niveau';
COMMENT ON TABLE gepi.j_mep_prof IS 'Jointure éléments de programme travaillé ↔ enseignant';
COMMENT ON TABLE gepi.j_notifications_resp_pers IS 'Table de jointure entre la notification et les personnes dont on va mettre le nom dans le message.';
COMMENT ON TABLE gepi.j_traitements_saisies IS 'Table de jointure entre la saisie et le traitement des absences';
COMMENT ON TABLE gepi.matiere_element_programme IS 'Éléments de programme travaillé';
COMMENT ON TABLE gepi.mef IS 'Module élémentaire de formation';
COMMENT ON TABLE gepi.mod_listes_perso_colonnes IS 'Liste personnelle : Définition des colonnes';
COMMENT ON TABLE gepi.mod_listes_perso_contenus IS 'Liste personnelle : contenu du tableau';
COMMENT ON TABLE gepi.mod_listes_perso_definition IS 'Liste personnelle : création';
COMMENT ON TABLE gepi.mod_listes_perso_eleves IS 'Liste personnelle : élèves de la liste';
COMMENT ON COLUMN gepi.a_agregation_decompte.eleve_id IS 'id de l''eleve';
COMMENT ON COLUMN gepi.a_agregation_decompte.date_demi_jounee IS 'Date de la demi journée agrégée : 00:00 pour une matinée, 12:00 pour une après midi';
COMMENT ON COLUMN gepi.a_agregation_decompte.manquement_obligation_presence IS 'Cette demi journée est comptée comme absence';
COMMENT ON COLUMN gepi.a_agregation_decompte.non_justifiee IS 'Si cette demi journée est compté comme absence, y a-t-il une justification';
COMMENT ON COLUMN gepi.a_agregation_decompte.notifiee IS 'Si cette demi journée est compté comme absence, y a-t-il une notification à la famille';
COMMENT ON COLUMN gepi.a_agregation_decompte.retards IS 'Nombre de retards total décomptés dans la demi journée';
COMMENT ON COLUMN gepi.a_agregation_decompte.retards_non_justifies IS 'Nombre de retards non justifiés décomptés dans la demi journée';
COMMENT ON COLUMN gepi.a_agregation_decompte.motifs_absences IS 'Liste des motifs (table a_motifs) associés à cette demi-journée d''absence';
COMMENT ON COLUMN gepi.a_agregation_decompte.motifs_retards IS 'Liste des motifs (table a_motifs) associés aux retard de cette demi-journée';
COMMENT ON COLUMN gepi.a_justifications.id IS 'cle primaire auto-incrementee';
COMMENT ON COLUMN gepi.a_justifications.nom IS 'Nom de la justification';
COMMENT ON COLUMN gepi.a_justifications.commentaire IS 'commentaire saisi par l''utilisateur';
COMMENT ON COLUMN gepi.a_lieux.id IS 'Cle primaire auto-incrementee';
COMMENT ON COLUMN gepi.a_lieux.nom IS 'Nom du lieu';
COMMENT ON COLUMN gepi.a_lieux.commentaire IS 'commentaire saisi par l''utilisateur';
COMMENT ON COLUMN gepi.a_motifs.id IS 'cle primaire auto-incrementee';
COMMENT ON COLUMN gepi.a_motifs.nom IS 'Nom du motif';
COMMENT ON COLUMN gepi.a_motifs.commentaire IS 'commentaire saisi par l''utilisateur';
COMMENT ON COLUMN gepi.a_motifs.valable IS 'caractere valable ou non du motif';
COMMENT ON COLUMN gepi.a_notifications.utilisateur_id IS 'Login de l''utilisateur professionnel qui envoi la notification';
COMMENT ON COLUMN gepi.a_notifications.a_traitement_id IS 'cle etrangere du traitement qu''on notifie';
COMMENT ON COLUMN gepi.a_notifications.type_notification IS 'type de notification (0 : email, 1 : courrier, 2 : sms)';
COMMENT ON COLUMN gepi.a_notifications.email IS 'email de destination (pour le type email)';
COMMENT ON COLUMN gepi.a_notifications.telephone IS 'numero du telephone de destination (pour le type sms)';
COMMENT ON COLUMN gepi.a_notifications.adr_id IS 'cle etrangere vers l''adresse de destination (pour le type courrier)';
COMMENT ON COLUMN gepi.a_notifications.commentaire IS 'commentaire saisi par l''utilisateur';
COMMENT ON COLUMN gepi.a_notifications.statut_envoi IS 'Statut de cet envoi (0 : etat initial, 1 : en cours, 2 : echec, 3 : succes, 4 : succes avec accuse de reception)';
COMMENT ON COLUMN gepi.a_notifications.date_envoi IS 'Date envoi';
COMMENT ON COLUMN gepi.a_notifications.erreur_message_envoi IS 'Message d''erreur retourné par le service d''envoi';
COMMENT ON COLUMN gepi.a_saisies.utilisateur_id IS 'Login de l''utilisateur professionnel qui a saisi l''absence';
COMMENT ON COLUMN gepi.a_saisies.eleve_id IS 'id_eleve de l''eleve objet de la saisie, egal à null si aucun eleve n''est saisi';
COMMENT ON COLUMN gepi.a_saisies.commentaire IS 'commentaire de l''utilisateur';
COMMENT ON COLUMN gepi.a_saisies.debut_abs IS 'Debut de l''absence en timestamp UNIX';
COMMENT ON COLUMN gepi.a_saisies.fin_abs IS 'Fin de l''absence en timestamp UNIX';
COMMENT ON COLUMN gepi.a_saisies.id_edt_creneau IS 'identifiant du creneaux de l''emploi du temps';
COMMENT ON COLUMN gepi.a_saisies.id_edt_emplacement_cours IS 'identifiant du cours de l''emploi du temps';
COMMENT ON COLUMN gepi.a_saisies.id_groupe IS 'identifiant du groupe pour lequel la saisie a ete effectuee';
COMMENT ON COLUMN gepi.a_saisies.id_classe IS 'identifiant de la classe pour lequel la saisie a ete effectuee';
COMMENT ON COLUMN gepi.a_saisies.id_aid IS 'identifiant de l''aid pour lequel la saisie a ete effectuee';
COMMENT ON COLUMN gepi.a_saisies.id_s_incidents IS 'identifiant de la saisie d''incident discipline';
COMMENT ON COLUMN gepi.a_saisies.id_lieu IS 'cle etrangere du lieu ou se trouve l''eleve';
COMMENT ON COLUMN gepi.a_saisies.deleted_by IS 'Login de l''utilisateur professionnel qui a supprimé la saisie';
COMMENT ON COLUMN gepi.a_saisies.created_at IS 'Date de creation de la saisie';
COMMENT ON COLUMN gepi.a_saisies.updated_at IS 'Date de modification de la saisie, y compris suppression, restauration et changement de version';
COMMENT ON COLUMN gepi.a_saisies_version.utilisateur_id IS 'Login de l''utilisateur professionnel qui a saisi l''absence';
COMMENT ON COLUMN gepi.a_saisies_version.eleve_id IS 'id_eleve de l''eleve objet de la saisie, egal à null si aucun eleve n''est saisi';
COMMENT ON COLUMN gepi.a_saisies_version.commentaire IS 'commentaire de l''utilisateur';
COMMENT ON COLUMN gepi.a_saisies_version.debut_abs IS 'Debut de l''absence en timestamp UNIX';
COMMENT ON COLUMN gepi.a_saisies_version.fin_abs IS 'Fin de l''absence en timestamp UNIX';
COMMENT ON COLUMN gepi.a_saisies_version.id_edt_creneau IS 'identifiant du creneaux de l''emploi du temps';
COMMENT ON COLUMN gepi.a_saisies_version.id_edt_emplacement_cours IS 'identifiant du cours de l''emploi du temps';
COMMENT ON COLUMN gepi.a_saisies_version.id_groupe IS 'identifiant du groupe pour lequel la saisie a ete effectuee';
COMMENT ON COLUMN gepi.a_saisies_version.id_classe IS 'identifiant de la classe pour lequel la saisie a ete effectuee';
COMMENT ON COLUMN gepi.a_saisies_version.id_aid IS 'identifiant de l''aid pour lequel la saisie a ete effectuee';
COMMENT ON COLUMN gepi.a_saisies_version.id_s_incidents IS 'identifiant de la saisie d''incident discipline';
COMMENT ON COLUMN gepi.a_saisies_version.id_lieu IS 'cle etrangere du lieu ou se trouve l''eleve';
COMMENT ON COLUMN gepi.a_saisies_version.deleted_by IS 'Login de l''utilisateur professionnel qui a supprimé la saisie';
COMMENT ON COLUMN gepi.a_saisies_version.created_at IS 'Date de creation de la saisie';
COMMENT ON COLUMN gepi.a_saisies_version.updated_at IS 'Date de modification de la saisie, y compris suppression, restauration et changement de version';
COMMENT ON COLUMN gepi.a_traitements.id IS 'cle primaire auto-incremente';
COMMENT ON COLUMN gepi.a_traitements.utilisateur_id IS 'Login de l''utilisateur professionnel qui a fait le traitement';
COMMENT ON COLUMN gepi.a_traitements.a_type_id IS 'cle etrangere du type d''absence';
COMMENT ON COLUMN gepi.a_traitements.a_motif_id IS 'cle etrangere du motif d''absence';
COMMENT ON COLUMN gepi.a_traitements.a_justification_id IS 'cle etrangere de la justification de l''absence';
COMMENT ON COLUMN gepi.a_traitements.commentaire IS 'commentaire saisi par l''utilisateur';
COMMENT ON COLUMN gepi.a_traitements.modifie_par_utilisateur_id IS 'Login de l''utilisateur professionnel qui a modifie en dernier le traitement';
COMMENT ON COLUMN gepi.a_types.id IS 'Cle primaire auto-incrementee';
COMMENT ON COLUMN gepi.a_types.nom IS 'Nom du type d''absence';
COMMENT ON COLUMN gepi.a_types.justification_exigible IS 'Ce type d''absence doit entrainer une justification de la part de la famille';
COMMENT ON COLUMN gepi.a_types.sous_responsabilite_etablissement IS 'L''eleve est sous la responsabilite de l''etablissement. Typiquement : absence infirmerie, mettre la propriété à vrai car l''eleve est encore sous la responsabilité de l''etablissement. Possibilite : ''vrai''/''faux''/''non_precise''';
COMMENT ON COLUMN gepi.a_types.manquement_obligation_presence IS 'L''eleve manque à ses obligations de presence (L''absence apparait sur le bulletin). Possibilite : ''vrai''/''faux''/''non_precise''';
COMMENT ON COLUMN gepi.a_types.retard_bulletin IS 'La saisie est comptabilisée dans le bulletin en tant que retard. Possibilite : ''vrai''/''faux''/''non_precise''';
COMMENT ON COLUMN gepi.a_types.mode_interface IS 'Enumeration des possibilités de l''interface de saisie de l''absence pour ce type : DEBUT_ABS, FIN_ABS, DEBUT_ET_FIN_ABS, NON_PRECISE, COMMENTAIRE_EXIGE, DISCIPLINE, CHECKBOX, CHECKBOX_HIDDEN';
COMMENT ON COLUMN gepi.a_types.commentaire IS 'commentaire saisi par l''utilisateur';
COMMENT ON COLUMN gepi.a_types.id_lieu IS 'cle etrangere du lieu ou se trouve l''élève';
COMMENT ON COLUMN gepi.a_types_statut.id IS 'Cle primaire auto-incrementee';
COMMENT ON COLUMN gepi.a_types_statut.id_a_type IS 'Cle etrangere de la table a_type';
COMMENT ON COLUMN gepi.a_types_statut.statut IS 'Statut de l''utilisateur';
COMMENT ON COLUMN gepi.archivage_ects.annee IS 'Annee scolaire';
COMMENT ON COLUMN gepi.archivage_ects.ine IS 'Identifiant de l''eleve';
COMMENT ON COLUMN gepi.archivage_ects.classe IS 'Classe de l''eleve';
COMMENT ON COLUMN gepi.archivage_ects.num_periode IS 'Identifiant de la periode';
COMMENT ON COLUMN gepi.archivage_ects.nom_periode IS 'Nom complet de la periode';
COMMENT ON COLUMN gepi.archivage_ects.special IS 'Cle utilisee pour isoler certaines lignes (par exemple un credit ECTS pour une periode et non une matiere)';
COMMENT ON COLUMN gepi.archivage_ects.matiere IS 'Nom de l''enseignement';
COMMENT ON COLUMN gepi.archivage_ects.profs IS 'Liste des profs de l''enseignement';
COMMENT ON COLUMN gepi.archivage_ects.valeur IS 'Nombre de crédits obtenus par l''eleve';
COMMENT ON COLUMN gepi.archivage_ects.mention IS 'Mention obtenue';
COMMENT ON COLUMN gepi.cc_dev.vision_famille IS 'Autorisation de voir pour les familles';
COMMENT ON COLUMN gepi.cc_eval.vision_famille IS 'Autorisation de voir pour les familles';
COMMENT ON COLUMN gepi.ct_devoirs_entry.date_visibilite_eleve IS 'Timestamp précisant quand les devoirs sont portés à la connaissance des élèves';
COMMENT ON COLUMN gepi.ct_private_entry.id_ct IS 'Cle primaire de la cotice privee';
COMMENT ON COLUMN gepi.ct_private_entry.heure_entry IS 'heure de l''entree';
COMMENT ON COLUMN gepi.ct_private_entry.date_ct IS 'date du compte rendu';
COMMENT ON COLUMN gepi.ct_private_entry.contenu IS 'contenu redactionnel du compte rendu';
COMMENT ON COLUMN gepi.ct_private_entry.id_groupe IS 'Cle etrangere du groupe auquel appartient le compte rendu';
COMMENT ON COLUMN gepi.ct_private_entry.id_login IS 'Cle etrangere de l''utilisateur auquel appartient le compte rendu';
COMMENT ON COLUMN gepi.ects_credits.id_eleve IS 'Identifiant de l''eleve';
COMMENT ON COLUMN gepi.ects_credits.num_periode IS 'Identifiant de la periode';
COMMENT ON COLUMN gepi.ects_credits.id_groupe IS 'Identifiant du groupe';
COMMENT ON COLUMN gepi.ects_credits.valeur IS 'Nombre de credits obtenus par l''eleve';
COMMENT ON COLUMN gepi.ects_credits.mention IS 'Mention obtenue';
COMMENT ON COLUMN gepi.ects_credits.mention_prof IS 'Mention presaisie par le prof';
COMMENT ON COLUMN gepi.ects_global_credits.id_eleve IS 'Identifiant de l''eleve';
COMMENT ON COLUMN gepi.ects_global_credits.mention IS 'Mention obtenue';
COMMENT ON COLUMN gepi.eleves.no_gep IS 'Ancien numero GEP, Numero national de l''eleve';
COMMENT ON COLUMN gepi.eleves.login IS 'Login de l''eleve, est conserve pour le login utilisateur';
COMMENT ON COLUMN gepi.eleves.nom IS 'Nom eleve';
COMMENT ON COLUMN gepi.eleves.prenom IS 'Prenom eleve';
COMMENT ON COLUMN gepi.eleves.sexe IS 'M ou F';
COMMENT ON COLUMN gepi.eleves.naissance IS 'Date de naissance AAAA-MM-JJ';
COMMENT ON COLUMN gepi.eleves.lieu_naissance IS 'Code de Sconet';
COMMENT ON COLUMN gepi.eleves.elenoet IS 'Numero interne de l''eleve dans l''etablissement';
COMMENT ON COLUMN gepi.eleves.ereno IS 'Plus utilise';
COMMENT ON COLUMN gepi.eleves.ele_id IS 'cle utilise par Sconet dans ses fichiers xml';
COMMENT ON COLUMN gepi.eleves.email IS 'Courriel de l''eleve';
COMMENT ON COLUMN gepi.eleves.tel_pers IS 'Telephone personnel de l''eleve';
COMMENT ON COLUMN gepi.eleves.tel_port IS 'Telephone portable de l''eleve';
COMMENT ON COLUMN gepi.eleves.tel_prof IS 'Telephone professionnel (?) de l''eleve';
COMMENT ON COLUMN gepi.eleves.id_eleve IS 'cle primaire autoincremente';
COMMENT ON COLUMN gepi.eleves.date_entree IS 'Timestamp d''entrée de l''élève de l''établissement (début d''inscription)';
COMMENT ON COLUMN gepi.eleves.date_sortie IS 'Timestamp de sortie de l''élève de l''établissement (fin d''inscription)';
COMMENT ON COLUMN gepi.eleves.mef_code IS 'code mef de la formation de l''eleve';
COMMENT ON COLUMN gepi.engagements_pages.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.engagements_pages.page IS 'Page ou module';
COMMENT ON COLUMN gepi.engagements_pages.id_type IS 'identifiant du type d engagement';
COMMENT ON COLUMN gepi.j_mep_eleve.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.j_mep_eleve.idep IS 'identifiant unique de l''élément de programme';
COMMENT ON COLUMN gepi.j_mep_eleve.ideleve IS 'login élève';
COMMENT ON COLUMN gepi.j_mep_eleve.idgroupe IS 'identifiant du groupe';
COMMENT ON COLUMN gepi.j_mep_eleve.annee IS 'année sur 4 caractères';
COMMENT ON COLUMN gepi.j_mep_eleve.periode IS 'période sur 4 caractères';
COMMENT ON COLUMN gepi.j_mep_groupe.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.j_mep_groupe.idep IS 'identifiant unique de l''élément de programme';
COMMENT ON COLUMN gepi.j_mep_groupe.idgroupe IS 'identifiant du groupe';
COMMENT ON COLUMN gepi.j_mep_groupe.annee IS 'année sur 4 caractères';
COMMENT ON COLUMN gepi.j_mep_groupe.periode IS 'période sur 4 caractères';
COMMENT ON COLUMN gepi.j_mep_mat.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.j_mep_mat.idmat IS 'identifiant unique de la matière';
COMMENT ON COLUMN gepi.j_mep_mat.idep IS 'identifiant unique de l''élément de programme';
COMMENT ON COLUMN gepi.j_mep_niveau.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.j_mep_niveau.idep IS 'identifiant unique de l''élément de programme';
COMMENT ON COLUMN gepi.j_mep_niveau.idniveau IS 'niveau auquel se réfère l''élément';
COMMENT ON COLUMN gepi.j_mep_prof.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.j_mep_prof.idep IS 'identifiant unique de l''élément de programme';
COMMENT ON COLUMN gepi.j_mep_prof.id_prof IS 'identifiant unique du professeur';
COMMENT ON COLUMN gepi.j_notifications_resp_pers.a_notification_id IS 'cle etrangere de la notification';
COMMENT ON COLUMN gepi.j_notifications_resp_pers.pers_id IS 'cle etrangere des personnes';
COMMENT ON COLUMN gepi.j_traitements_saisies.a_saisie_id IS 'cle etrangere de l''absence saisie';
COMMENT ON COLUMN gepi.j_traitements_saisies.a_traitement_id IS 'cle etrangere du traitement de ces absences';
COMMENT ON COLUMN gepi.matiere_element_programme.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.matiere_element_programme.libelle IS 'Libellé de l''élément de programme';
COMMENT ON COLUMN gepi.matiere_element_programme.id_user IS 'Auteur/proprio de l''élément de programme';
COMMENT ON COLUMN gepi.mef.id IS 'Cle primaire de la classe';
COMMENT ON COLUMN gepi.mef.mef_code IS 'Numero de la nomenclature officielle (numero MEF)';
COMMENT ON COLUMN gepi.mef.libelle_court IS 'libelle de la formation';
COMMENT ON COLUMN gepi.mef.libelle_long IS 'libelle de la formation';
COMMENT ON COLUMN gepi.mef.libelle_edition IS 'libelle de la formation pour presentation';
COMMENT ON COLUMN gepi.mod_listes_perso_colonnes.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.mod_listes_perso_colonnes.id_def IS 'identifiant de la liste';
COMMENT ON COLUMN gepi.mod_listes_perso_colonnes.titre IS 'Titre de la colonne';
COMMENT ON COLUMN gepi.mod_listes_perso_colonnes.placement IS 'Place de la colonne dans le tableau';
COMMENT ON COLUMN gepi.mod_listes_perso_contenus.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.mod_listes_perso_contenus.id_def IS 'identifiant de la liste';
COMMENT ON COLUMN gepi.mod_listes_perso_contenus.login IS 'identifiant des élèves';
COMMENT ON COLUMN gepi.mod_listes_perso_contenus.colonne IS 'identifiant de la colonne';
COMMENT ON COLUMN gepi.mod_listes_perso_contenus.contenu IS 'contenu de la cellule';
COMMENT ON COLUMN gepi.mod_listes_perso_definition.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.mod_listes_perso_definition.nom IS 'Nom de la liste';
COMMENT ON COLUMN gepi.mod_listes_perso_definition.sexe IS 'Affichage ou non du sexe des élèves ';
COMMENT ON COLUMN gepi.mod_listes_perso_definition.classe IS 'Affichage ou non de la classe des élèves';
COMMENT ON COLUMN gepi.mod_listes_perso_definition.photo IS 'Affichage ou non de la photo';
COMMENT ON COLUMN gepi.mod_listes_perso_definition.proprietaire IS 'Nom du créateur de la liste';
COMMENT ON COLUMN gepi.mod_listes_perso_eleves.id IS 'identifiant unique';
COMMENT ON COLUMN gepi.mod_listes_perso_eleves.id_def IS 'identifiant de la liste';
COMMENT ON COLUMN gepi.mod_listes_perso_eleves.login IS 'identifiant des élèves';
COMMENT ON COLUMN gepi.responsables2.envoi_bulletin IS 'Envoi des bulletins pour les resp_legal=0';
COMMENT ON COLUMN gepi.tempo_utilisateurs.identifiant1 IS 'eleves.ele_id ou resp_pers.pers_id';
COMMENT ON COLUMN gepi.tempo_utilisateurs.identifiant2 IS 'eleves.elenoet';
