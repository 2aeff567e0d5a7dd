-- Chado 1.4, the GMOD project's generic schema for biological databases (genomic features and their locations,
-- controlled vocabularies and ontology terms, database cross-references, publications, organisms, genotypes and
-- phenotypes, expression, libraries, stocks, natural-diversity experiments, phylogenies, maps, microarray/MAGE,
-- contacts, projects and analyses), github.com/GMOD/Chado (schemas/1.4/default_schema.sql at commit 590032ca, the
-- release's generated all-modules DDL), loaded unchanged into a scratch PostgreSQL (only nine of its SQL functions,
-- range searches using the box @ box operator or a missing groupoverlaps(), failed there) and regenerated from that
-- catalog, schema chado (the source uses public). The 208
-- tables of its public schema with their columns, types, primary keys, the 499 foreign keys declared between them and
-- its table and column comments (many tables have none); left out: the small side schemas genetic_code (3 tables),
-- so (its lookup table) and frange (featuregroup), its 32 views, functions, triggers, sequences, defaults, unique and
-- check constraints and indexes. Chado's terse names kept (cvterm, dbxref, featureloc, nd_experiment, phendesc,
-- featureprop...). The source ships no rows for these tables. Licence: Artistic License 2.0 (the repository's
-- LICENSE); we use the schema's facts. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS chado;
CREATE TABLE chado.acquisition (
    acquisition_id bigint NOT NULL,
    assay_id bigint NOT NULL,
    protocol_id bigint,
    channel_id bigint,
    acquisitiondate timestamp without time zone,
    name text,
    uri text,
    PRIMARY KEY (acquisition_id)
);
CREATE TABLE chado.acquisition_relationship (
    acquisition_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    type_id bigint NOT NULL,
    object_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (acquisition_relationship_id)
);
CREATE TABLE chado.acquisitionprop (
    acquisitionprop_id bigint NOT NULL,
    acquisition_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (acquisitionprop_id)
);
CREATE TABLE chado.analysis (
    analysis_id bigint NOT NULL,
    name character varying(255),
    description text,
    program character varying(255) NOT NULL,
    programversion character varying(255) NOT NULL,
    algorithm character varying(255),
    sourcename character varying(255),
    sourceversion character varying(255),
    sourceuri text,
    timeexecuted timestamp without time zone NOT NULL,
    PRIMARY KEY (analysis_id)
);
CREATE TABLE chado.analysis_cvterm (
    analysis_cvterm_id bigint NOT NULL,
    analysis_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    is_not boolean NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (analysis_cvterm_id)
);
CREATE TABLE chado.analysis_dbxref (
    analysis_dbxref_id bigint NOT NULL,
    analysis_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (analysis_dbxref_id)
);
CREATE TABLE chado.analysis_pub (
    analysis_pub_id bigint NOT NULL,
    analysis_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (analysis_pub_id)
);
CREATE TABLE chado.analysis_relationship (
    analysis_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (analysis_relationship_id)
);
CREATE TABLE chado.analysisfeature (
    analysisfeature_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    analysis_id bigint NOT NULL,
    rawscore double precision,
    normscore double precision,
    significance double precision,
    identity double precision,
    PRIMARY KEY (analysisfeature_id)
);
CREATE TABLE chado.analysisfeatureprop (
    analysisfeatureprop_id bigint NOT NULL,
    analysisfeature_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (analysisfeatureprop_id)
);
CREATE TABLE chado.analysisprop (
    analysisprop_id bigint NOT NULL,
    analysis_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (analysisprop_id)
);
CREATE TABLE chado.arraydesign (
    arraydesign_id bigint NOT NULL,
    manufacturer_id bigint NOT NULL,
    platformtype_id bigint NOT NULL,
    substratetype_id bigint,
    protocol_id bigint,
    dbxref_id bigint,
    name text NOT NULL,
    version text,
    description text,
    array_dimensions text,
    element_dimensions text,
    num_of_elements integer,
    num_array_columns integer,
    num_array_rows integer,
    num_grid_columns integer,
    num_grid_rows integer,
    num_sub_columns integer,
    num_sub_rows integer,
    PRIMARY KEY (arraydesign_id)
);
CREATE TABLE chado.arraydesignprop (
    arraydesignprop_id bigint NOT NULL,
    arraydesign_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (arraydesignprop_id)
);
CREATE TABLE chado.assay (
    assay_id bigint NOT NULL,
    arraydesign_id bigint NOT NULL,
    protocol_id bigint,
    assaydate timestamp without time zone,
    arrayidentifier text,
    arraybatchidentifier text,
    operator_id bigint NOT NULL,
    dbxref_id bigint,
    name text,
    description text,
    PRIMARY KEY (assay_id)
);
CREATE TABLE chado.assay_biomaterial (
    assay_biomaterial_id bigint NOT NULL,
    assay_id bigint NOT NULL,
    biomaterial_id bigint NOT NULL,
    channel_id bigint,
    rank integer NOT NULL,
    PRIMARY KEY (assay_biomaterial_id)
);
CREATE TABLE chado.assay_project (
    assay_project_id bigint NOT NULL,
    assay_id bigint NOT NULL,
    project_id bigint NOT NULL,
    PRIMARY KEY (assay_project_id)
);
CREATE TABLE chado.assayprop (
    assayprop_id bigint NOT NULL,
    assay_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (assayprop_id)
);
CREATE TABLE chado.biomaterial (
    biomaterial_id bigint NOT NULL,
    taxon_id bigint,
    biosourceprovider_id bigint,
    dbxref_id bigint,
    name text,
    description text,
    PRIMARY KEY (biomaterial_id)
);
CREATE TABLE chado.biomaterial_dbxref (
    biomaterial_dbxref_id bigint NOT NULL,
    biomaterial_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    PRIMARY KEY (biomaterial_dbxref_id)
);
CREATE TABLE chado.biomaterial_relationship (
    biomaterial_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    type_id bigint NOT NULL,
    object_id bigint NOT NULL,
    PRIMARY KEY (biomaterial_relationship_id)
);
CREATE TABLE chado.biomaterial_treatment (
    biomaterial_treatment_id bigint NOT NULL,
    biomaterial_id bigint NOT NULL,
    treatment_id bigint NOT NULL,
    unittype_id bigint,
    value real,
    rank integer NOT NULL,
    PRIMARY KEY (biomaterial_treatment_id)
);
CREATE TABLE chado.biomaterialprop (
    biomaterialprop_id bigint NOT NULL,
    biomaterial_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (biomaterialprop_id)
);
CREATE TABLE chado.cell_line (
    cell_line_id bigint NOT NULL,
    name character varying(255),
    uniquename character varying(255) NOT NULL,
    organism_id bigint NOT NULL,
    timeaccessioned timestamp without time zone NOT NULL,
    timelastmodified timestamp without time zone NOT NULL,
    PRIMARY KEY (cell_line_id)
);
CREATE TABLE chado.cell_line_cvterm (
    cell_line_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    rank integer NOT NULL,
    cell_line_cvterm_id bigint NOT NULL,
    PRIMARY KEY (cell_line_cvterm_id)
);
CREATE TABLE chado.cell_line_cvtermprop (
    cell_line_cvtermprop_id bigint NOT NULL,
    cell_line_cvterm_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (cell_line_cvtermprop_id)
);
CREATE TABLE chado.cell_line_dbxref (
    cell_line_dbxref_id bigint NOT NULL,
    cell_line_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (cell_line_dbxref_id)
);
CREATE TABLE chado.cell_line_feature (
    cell_line_feature_id bigint NOT NULL,
    cell_line_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (cell_line_feature_id)
);
CREATE TABLE chado.cell_line_library (
    cell_line_library_id bigint NOT NULL,
    cell_line_id bigint NOT NULL,
    library_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (cell_line_library_id)
);
CREATE TABLE chado.cell_line_pub (
    cell_line_pub_id bigint NOT NULL,
    cell_line_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (cell_line_pub_id)
);
CREATE TABLE chado.cell_line_relationship (
    cell_line_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (cell_line_relationship_id)
);
CREATE TABLE chado.cell_line_synonym (
    cell_line_synonym_id bigint NOT NULL,
    cell_line_id bigint NOT NULL,
    synonym_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    is_current boolean NOT NULL,
    is_internal boolean NOT NULL,
    PRIMARY KEY (cell_line_synonym_id)
);
CREATE TABLE chado.cell_lineprop (
    cell_lineprop_id bigint NOT NULL,
    cell_line_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (cell_lineprop_id)
);
CREATE TABLE chado.cell_lineprop_pub (
    cell_lineprop_pub_id bigint NOT NULL,
    cell_lineprop_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (cell_lineprop_pub_id)
);
CREATE TABLE chado.chadoprop (
    chadoprop_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (chadoprop_id)
);
CREATE TABLE chado.channel (
    channel_id bigint NOT NULL,
    name text NOT NULL,
    definition text NOT NULL,
    PRIMARY KEY (channel_id)
);
CREATE TABLE chado.contact (
    contact_id bigint NOT NULL,
    type_id bigint,
    name character varying(255) NOT NULL,
    description character varying(255),
    PRIMARY KEY (contact_id)
);
CREATE TABLE chado.contact_relationship (
    contact_relationship_id bigint NOT NULL,
    type_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    PRIMARY KEY (contact_relationship_id)
);
CREATE TABLE chado.contactprop (
    contactprop_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (contactprop_id)
);
CREATE TABLE chado.control (
    control_id bigint NOT NULL,
    type_id bigint NOT NULL,
    assay_id bigint NOT NULL,
    tableinfo_id bigint NOT NULL,
    row_id integer NOT NULL,
    name text,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (control_id)
);
CREATE TABLE chado.cv (
    cv_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    definition text,
    PRIMARY KEY (cv_id)
);
CREATE TABLE chado.cvprop (
    cvprop_id bigint NOT NULL,
    cv_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (cvprop_id)
);
CREATE TABLE chado.cvterm (
    cvterm_id bigint NOT NULL,
    cv_id bigint NOT NULL,
    name character varying(1024) NOT NULL,
    definition text,
    dbxref_id bigint NOT NULL,
    is_obsolete integer NOT NULL,
    is_relationshiptype integer NOT NULL,
    PRIMARY KEY (cvterm_id)
);
CREATE TABLE chado.cvterm_dbxref (
    cvterm_dbxref_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_for_definition integer NOT NULL,
    PRIMARY KEY (cvterm_dbxref_id)
);
CREATE TABLE chado.cvterm_relationship (
    cvterm_relationship_id bigint NOT NULL,
    type_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    PRIMARY KEY (cvterm_relationship_id)
);
CREATE TABLE chado.cvtermpath (
    cvtermpath_id bigint NOT NULL,
    type_id bigint,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    cv_id bigint NOT NULL,
    pathdistance integer,
    PRIMARY KEY (cvtermpath_id)
);
CREATE TABLE chado.cvtermprop (
    cvtermprop_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (cvtermprop_id)
);
CREATE TABLE chado.cvtermsynonym (
    cvtermsynonym_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    synonym character varying(1024) NOT NULL,
    type_id bigint,
    PRIMARY KEY (cvtermsynonym_id)
);
CREATE TABLE chado.db (
    db_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    urlprefix character varying(255),
    url character varying(255),
    PRIMARY KEY (db_id)
);
CREATE TABLE chado.dbprop (
    dbprop_id bigint NOT NULL,
    db_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (dbprop_id)
);
CREATE TABLE chado.dbxref (
    dbxref_id bigint NOT NULL,
    db_id bigint NOT NULL,
    accession character varying(1024) NOT NULL,
    version character varying(255) NOT NULL,
    description text,
    PRIMARY KEY (dbxref_id)
);
CREATE TABLE chado.dbxrefprop (
    dbxrefprop_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (dbxrefprop_id)
);
CREATE TABLE chado.eimage (
    eimage_id bigint NOT NULL,
    eimage_data text,
    eimage_type character varying(255) NOT NULL,
    image_uri character varying(255),
    PRIMARY KEY (eimage_id)
);
CREATE TABLE chado.element (
    element_id bigint NOT NULL,
    feature_id bigint,
    arraydesign_id bigint NOT NULL,
    type_id bigint,
    dbxref_id bigint,
    PRIMARY KEY (element_id)
);
CREATE TABLE chado.element_relationship (
    element_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    type_id bigint NOT NULL,
    object_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (element_relationship_id)
);
CREATE TABLE chado.elementresult (
    elementresult_id bigint NOT NULL,
    element_id bigint NOT NULL,
    quantification_id bigint NOT NULL,
    signal double precision NOT NULL,
    PRIMARY KEY (elementresult_id)
);
CREATE TABLE chado.elementresult_relationship (
    elementresult_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    type_id bigint NOT NULL,
    object_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (elementresult_relationship_id)
);
CREATE TABLE chado.environment (
    environment_id bigint NOT NULL,
    uniquename text NOT NULL,
    description text,
    PRIMARY KEY (environment_id)
);
CREATE TABLE chado.environment_cvterm (
    environment_cvterm_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    PRIMARY KEY (environment_cvterm_id)
);
CREATE TABLE chado.expression (
    expression_id bigint NOT NULL,
    uniquename text NOT NULL,
    md5checksum character(32),
    description text,
    PRIMARY KEY (expression_id)
);
CREATE TABLE chado.expression_cvterm (
    expression_cvterm_id bigint NOT NULL,
    expression_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    rank integer NOT NULL,
    cvterm_type_id bigint NOT NULL,
    PRIMARY KEY (expression_cvterm_id)
);
CREATE TABLE chado.expression_cvtermprop (
    expression_cvtermprop_id bigint NOT NULL,
    expression_cvterm_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (expression_cvtermprop_id)
);
CREATE TABLE chado.expression_image (
    expression_image_id bigint NOT NULL,
    expression_id bigint NOT NULL,
    eimage_id bigint NOT NULL,
    PRIMARY KEY (expression_image_id)
);
CREATE TABLE chado.expression_pub (
    expression_pub_id bigint NOT NULL,
    expression_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (expression_pub_id)
);
CREATE TABLE chado.expressionprop (
    expressionprop_id bigint NOT NULL,
    expression_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (expressionprop_id)
);
CREATE TABLE chado.feature (
    feature_id bigint NOT NULL,
    dbxref_id bigint,
    organism_id bigint NOT NULL,
    name character varying(255),
    uniquename text NOT NULL,
    residues text,
    seqlen bigint,
    md5checksum character(32),
    type_id bigint NOT NULL,
    is_analysis boolean NOT NULL,
    is_obsolete boolean NOT NULL,
    timeaccessioned timestamp without time zone NOT NULL,
    timelastmodified timestamp without time zone NOT NULL,
    PRIMARY KEY (feature_id)
);
CREATE TABLE chado.feature_contact (
    feature_contact_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    PRIMARY KEY (feature_contact_id)
);
CREATE TABLE chado.feature_cvterm (
    feature_cvterm_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    is_not boolean NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (feature_cvterm_id)
);
CREATE TABLE chado.feature_cvterm_dbxref (
    feature_cvterm_dbxref_id bigint NOT NULL,
    feature_cvterm_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    PRIMARY KEY (feature_cvterm_dbxref_id)
);
CREATE TABLE chado.feature_cvterm_pub (
    feature_cvterm_pub_id bigint NOT NULL,
    feature_cvterm_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (feature_cvterm_pub_id)
);
CREATE TABLE chado.feature_cvtermprop (
    feature_cvtermprop_id bigint NOT NULL,
    feature_cvterm_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (feature_cvtermprop_id)
);
CREATE TABLE chado.feature_dbxref (
    feature_dbxref_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (feature_dbxref_id)
);
CREATE TABLE chado.feature_expression (
    feature_expression_id bigint NOT NULL,
    expression_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (feature_expression_id)
);
CREATE TABLE chado.feature_expressionprop (
    feature_expressionprop_id bigint NOT NULL,
    feature_expression_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (feature_expressionprop_id)
);
CREATE TABLE chado.feature_genotype (
    feature_genotype_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    genotype_id bigint NOT NULL,
    chromosome_id bigint,
    rank integer NOT NULL,
    cgroup integer NOT NULL,
    cvterm_id bigint NOT NULL,
    PRIMARY KEY (feature_genotype_id)
);
CREATE TABLE chado.feature_phenotype (
    feature_phenotype_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    phenotype_id bigint NOT NULL,
    PRIMARY KEY (feature_phenotype_id)
);
CREATE TABLE chado.feature_pub (
    feature_pub_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (feature_pub_id)
);
CREATE TABLE chado.feature_pubprop (
    feature_pubprop_id bigint NOT NULL,
    feature_pub_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (feature_pubprop_id)
);
CREATE TABLE chado.feature_relationship (
    feature_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (feature_relationship_id)
);
CREATE TABLE chado.feature_relationship_pub (
    feature_relationship_pub_id bigint NOT NULL,
    feature_relationship_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (feature_relationship_pub_id)
);
CREATE TABLE chado.feature_relationshipprop (
    feature_relationshipprop_id bigint NOT NULL,
    feature_relationship_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (feature_relationshipprop_id)
);
CREATE TABLE chado.feature_relationshipprop_pub (
    feature_relationshipprop_pub_id bigint NOT NULL,
    feature_relationshipprop_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (feature_relationshipprop_pub_id)
);
CREATE TABLE chado.feature_synonym (
    feature_synonym_id bigint NOT NULL,
    synonym_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    is_current boolean NOT NULL,
    is_internal boolean NOT NULL,
    PRIMARY KEY (feature_synonym_id)
);
CREATE TABLE chado.featureloc (
    featureloc_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    srcfeature_id bigint,
    fmin bigint,
    is_fmin_partial boolean NOT NULL,
    fmax bigint,
    is_fmax_partial boolean NOT NULL,
    strand smallint,
    phase integer,
    residue_info text,
    locgroup integer NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (featureloc_id)
);
CREATE TABLE chado.featureloc_pub (
    featureloc_pub_id bigint NOT NULL,
    featureloc_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (featureloc_pub_id)
);
CREATE TABLE chado.featuremap (
    featuremap_id bigint NOT NULL,
    name character varying(255),
    description text,
    unittype_id bigint,
    PRIMARY KEY (featuremap_id)
);
CREATE TABLE chado.featuremap_contact (
    featuremap_contact_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    PRIMARY KEY (featuremap_contact_id)
);
CREATE TABLE chado.featuremap_dbxref (
    featuremap_dbxref_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (featuremap_dbxref_id)
);
CREATE TABLE chado.featuremap_organism (
    featuremap_organism_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    PRIMARY KEY (featuremap_organism_id)
);
CREATE TABLE chado.featuremap_pub (
    featuremap_pub_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (featuremap_pub_id)
);
CREATE TABLE chado.featuremapprop (
    featuremapprop_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (featuremapprop_id)
);
CREATE TABLE chado.featurepos (
    featurepos_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    map_feature_id bigint NOT NULL,
    mappos double precision NOT NULL,
    PRIMARY KEY (featurepos_id)
);
CREATE TABLE chado.featureposprop (
    featureposprop_id bigint NOT NULL,
    featurepos_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (featureposprop_id)
);
CREATE TABLE chado.featureprop (
    featureprop_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (featureprop_id)
);
CREATE TABLE chado.featureprop_pub (
    featureprop_pub_id bigint NOT NULL,
    featureprop_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (featureprop_pub_id)
);
CREATE TABLE chado.featurerange (
    featurerange_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    leftstartf_id bigint NOT NULL,
    leftendf_id bigint,
    rightstartf_id bigint,
    rightendf_id bigint NOT NULL,
    rangestr character varying(255),
    PRIMARY KEY (featurerange_id)
);
CREATE TABLE chado.genotype (
    genotype_id bigint NOT NULL,
    name text,
    uniquename text NOT NULL,
    description text,
    type_id bigint NOT NULL,
    PRIMARY KEY (genotype_id)
);
CREATE TABLE chado.genotypeprop (
    genotypeprop_id bigint NOT NULL,
    genotype_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (genotypeprop_id)
);
CREATE TABLE chado.library (
    library_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    name character varying(255),
    uniquename text NOT NULL,
    type_id bigint NOT NULL,
    is_obsolete integer NOT NULL,
    timeaccessioned timestamp without time zone NOT NULL,
    timelastmodified timestamp without time zone NOT NULL,
    PRIMARY KEY (library_id)
);
CREATE TABLE chado.library_contact (
    library_contact_id bigint NOT NULL,
    library_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    PRIMARY KEY (library_contact_id)
);
CREATE TABLE chado.library_cvterm (
    library_cvterm_id bigint NOT NULL,
    library_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (library_cvterm_id)
);
CREATE TABLE chado.library_dbxref (
    library_dbxref_id bigint NOT NULL,
    library_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (library_dbxref_id)
);
CREATE TABLE chado.library_expression (
    library_expression_id bigint NOT NULL,
    library_id bigint NOT NULL,
    expression_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (library_expression_id)
);
CREATE TABLE chado.library_expressionprop (
    library_expressionprop_id bigint NOT NULL,
    library_expression_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (library_expressionprop_id)
);
CREATE TABLE chado.library_feature (
    library_feature_id bigint NOT NULL,
    library_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    PRIMARY KEY (library_feature_id)
);
CREATE TABLE chado.library_featureprop (
    library_featureprop_id bigint NOT NULL,
    library_feature_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (library_featureprop_id)
);
CREATE TABLE chado.library_pub (
    library_pub_id bigint NOT NULL,
    library_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (library_pub_id)
);
CREATE TABLE chado.library_relationship (
    library_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (library_relationship_id)
);
CREATE TABLE chado.library_relationship_pub (
    library_relationship_pub_id bigint NOT NULL,
    library_relationship_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (library_relationship_pub_id)
);
CREATE TABLE chado.library_synonym (
    library_synonym_id bigint NOT NULL,
    synonym_id bigint NOT NULL,
    library_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    is_current boolean NOT NULL,
    is_internal boolean NOT NULL,
    PRIMARY KEY (library_synonym_id)
);
CREATE TABLE chado.libraryprop (
    libraryprop_id bigint NOT NULL,
    library_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (libraryprop_id)
);
CREATE TABLE chado.libraryprop_pub (
    libraryprop_pub_id bigint NOT NULL,
    libraryprop_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (libraryprop_pub_id)
);
CREATE TABLE chado.magedocumentation (
    magedocumentation_id bigint NOT NULL,
    mageml_id bigint NOT NULL,
    tableinfo_id bigint NOT NULL,
    row_id integer NOT NULL,
    mageidentifier text NOT NULL,
    PRIMARY KEY (magedocumentation_id)
);
CREATE TABLE chado.mageml (
    mageml_id bigint NOT NULL,
    mage_package text NOT NULL,
    mage_ml text NOT NULL,
    PRIMARY KEY (mageml_id)
);
CREATE TABLE chado.nd_experiment (
    nd_experiment_id bigint NOT NULL,
    nd_geolocation_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_id)
);
CREATE TABLE chado.nd_experiment_analysis (
    nd_experiment_analysis_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    analysis_id bigint NOT NULL,
    type_id bigint,
    PRIMARY KEY (nd_experiment_analysis_id)
);
CREATE TABLE chado.nd_experiment_contact (
    nd_experiment_contact_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_contact_id)
);
CREATE TABLE chado.nd_experiment_dbxref (
    nd_experiment_dbxref_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_dbxref_id)
);
CREATE TABLE chado.nd_experiment_genotype (
    nd_experiment_genotype_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    genotype_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_genotype_id)
);
CREATE TABLE chado.nd_experiment_phenotype (
    nd_experiment_phenotype_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    phenotype_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_phenotype_id)
);
CREATE TABLE chado.nd_experiment_project (
    nd_experiment_project_id bigint NOT NULL,
    project_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_project_id)
);
CREATE TABLE chado.nd_experiment_protocol (
    nd_experiment_protocol_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    nd_protocol_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_protocol_id)
);
CREATE TABLE chado.nd_experiment_pub (
    nd_experiment_pub_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_pub_id)
);
CREATE TABLE chado.nd_experiment_stock (
    nd_experiment_stock_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_stock_id)
);
CREATE TABLE chado.nd_experiment_stock_dbxref (
    nd_experiment_stock_dbxref_id bigint NOT NULL,
    nd_experiment_stock_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    PRIMARY KEY (nd_experiment_stock_dbxref_id)
);
CREATE TABLE chado.nd_experiment_stockprop (
    nd_experiment_stockprop_id bigint NOT NULL,
    nd_experiment_stock_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (nd_experiment_stockprop_id)
);
CREATE TABLE chado.nd_experimentprop (
    nd_experimentprop_id bigint NOT NULL,
    nd_experiment_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (nd_experimentprop_id)
);
CREATE TABLE chado.nd_geolocation (
    nd_geolocation_id bigint NOT NULL,
    description text,
    latitude real,
    longitude real,
    geodetic_datum character varying(32),
    altitude real,
    PRIMARY KEY (nd_geolocation_id)
);
CREATE TABLE chado.nd_geolocationprop (
    nd_geolocationprop_id bigint NOT NULL,
    nd_geolocation_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (nd_geolocationprop_id)
);
CREATE TABLE chado.nd_protocol (
    nd_protocol_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (nd_protocol_id)
);
CREATE TABLE chado.nd_protocol_reagent (
    nd_protocol_reagent_id bigint NOT NULL,
    nd_protocol_id bigint NOT NULL,
    reagent_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (nd_protocol_reagent_id)
);
CREATE TABLE chado.nd_protocolprop (
    nd_protocolprop_id bigint NOT NULL,
    nd_protocol_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (nd_protocolprop_id)
);
CREATE TABLE chado.nd_reagent (
    nd_reagent_id bigint NOT NULL,
    name character varying(80) NOT NULL,
    type_id bigint NOT NULL,
    feature_id bigint,
    PRIMARY KEY (nd_reagent_id)
);
CREATE TABLE chado.nd_reagent_relationship (
    nd_reagent_relationship_id bigint NOT NULL,
    subject_reagent_id bigint NOT NULL,
    object_reagent_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (nd_reagent_relationship_id)
);
CREATE TABLE chado.nd_reagentprop (
    nd_reagentprop_id bigint NOT NULL,
    nd_reagent_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (nd_reagentprop_id)
);
CREATE TABLE chado.organism (
    organism_id bigint NOT NULL,
    abbreviation character varying(255),
    genus character varying(255) NOT NULL,
    species character varying(255) NOT NULL,
    common_name character varying(255),
    infraspecific_name character varying(1024),
    type_id bigint,
    comment text,
    PRIMARY KEY (organism_id)
);
CREATE TABLE chado.organism_cvterm (
    organism_cvterm_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    rank integer NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (organism_cvterm_id)
);
CREATE TABLE chado.organism_cvtermprop (
    organism_cvtermprop_id bigint NOT NULL,
    organism_cvterm_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (organism_cvtermprop_id)
);
CREATE TABLE chado.organism_dbxref (
    organism_dbxref_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    PRIMARY KEY (organism_dbxref_id)
);
CREATE TABLE chado.organism_pub (
    organism_pub_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (organism_pub_id)
);
CREATE TABLE chado.organism_relationship (
    organism_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (organism_relationship_id)
);
CREATE TABLE chado.organismprop (
    organismprop_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (organismprop_id)
);
CREATE TABLE chado.organismprop_pub (
    organismprop_pub_id bigint NOT NULL,
    organismprop_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (organismprop_pub_id)
);
CREATE TABLE chado.phendesc (
    phendesc_id bigint NOT NULL,
    genotype_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    description text NOT NULL,
    type_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (phendesc_id)
);
CREATE TABLE chado.phenotype (
    phenotype_id bigint NOT NULL,
    uniquename text NOT NULL,
    name text,
    observable_id bigint,
    attr_id bigint,
    value text,
    cvalue_id bigint,
    assay_id bigint,
    PRIMARY KEY (phenotype_id)
);
CREATE TABLE chado.phenotype_comparison (
    phenotype_comparison_id bigint NOT NULL,
    genotype1_id bigint NOT NULL,
    environment1_id bigint NOT NULL,
    genotype2_id bigint NOT NULL,
    environment2_id bigint NOT NULL,
    phenotype1_id bigint NOT NULL,
    phenotype2_id bigint,
    pub_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    PRIMARY KEY (phenotype_comparison_id)
);
CREATE TABLE chado.phenotype_comparison_cvterm (
    phenotype_comparison_cvterm_id bigint NOT NULL,
    phenotype_comparison_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (phenotype_comparison_cvterm_id)
);
CREATE TABLE chado.phenotype_cvterm (
    phenotype_cvterm_id bigint NOT NULL,
    phenotype_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (phenotype_cvterm_id)
);
CREATE TABLE chado.phenotypeprop (
    phenotypeprop_id bigint NOT NULL,
    phenotype_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (phenotypeprop_id)
);
CREATE TABLE chado.phenstatement (
    phenstatement_id bigint NOT NULL,
    genotype_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    phenotype_id bigint NOT NULL,
    type_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (phenstatement_id)
);
CREATE TABLE chado.phylonode (
    phylonode_id bigint NOT NULL,
    phylotree_id bigint NOT NULL,
    parent_phylonode_id bigint,
    left_idx integer NOT NULL,
    right_idx integer NOT NULL,
    type_id bigint,
    feature_id bigint,
    label character varying(255),
    distance double precision,
    PRIMARY KEY (phylonode_id)
);
CREATE TABLE chado.phylonode_dbxref (
    phylonode_dbxref_id bigint NOT NULL,
    phylonode_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    PRIMARY KEY (phylonode_dbxref_id)
);
CREATE TABLE chado.phylonode_organism (
    phylonode_organism_id bigint NOT NULL,
    phylonode_id bigint NOT NULL,
    organism_id bigint NOT NULL,
    PRIMARY KEY (phylonode_organism_id)
);
CREATE TABLE chado.phylonode_pub (
    phylonode_pub_id bigint NOT NULL,
    phylonode_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (phylonode_pub_id)
);
CREATE TABLE chado.phylonode_relationship (
    phylonode_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    rank integer,
    phylotree_id bigint NOT NULL,
    PRIMARY KEY (phylonode_relationship_id)
);
CREATE TABLE chado.phylonodeprop (
    phylonodeprop_id bigint NOT NULL,
    phylonode_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text NOT NULL,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (phylonodeprop_id)
);
CREATE TABLE chado.phylotree (
    phylotree_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    name character varying(255),
    type_id bigint,
    analysis_id bigint,
    comment text,
    PRIMARY KEY (phylotree_id)
);
CREATE TABLE chado.phylotree_pub (
    phylotree_pub_id bigint NOT NULL,
    phylotree_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (phylotree_pub_id)
);
CREATE TABLE chado.phylotreeprop (
    phylotreeprop_id bigint NOT NULL,
    phylotree_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (phylotreeprop_id)
);
CREATE TABLE chado.project (
    project_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    PRIMARY KEY (project_id)
);
CREATE TABLE chado.project_analysis (
    project_analysis_id bigint NOT NULL,
    project_id bigint NOT NULL,
    analysis_id bigint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (project_analysis_id)
);
CREATE TABLE chado.project_contact (
    project_contact_id bigint NOT NULL,
    project_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    PRIMARY KEY (project_contact_id)
);
CREATE TABLE chado.project_dbxref (
    project_dbxref_id bigint NOT NULL,
    project_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (project_dbxref_id)
);
CREATE TABLE chado.project_feature (
    project_feature_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    project_id bigint NOT NULL,
    PRIMARY KEY (project_feature_id)
);
CREATE TABLE chado.project_pub (
    project_pub_id bigint NOT NULL,
    project_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (project_pub_id)
);
CREATE TABLE chado.project_relationship (
    project_relationship_id bigint NOT NULL,
    subject_project_id bigint NOT NULL,
    object_project_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (project_relationship_id)
);
CREATE TABLE chado.project_stock (
    project_stock_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    project_id bigint NOT NULL,
    PRIMARY KEY (project_stock_id)
);
CREATE TABLE chado.projectprop (
    projectprop_id bigint NOT NULL,
    project_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (projectprop_id)
);
CREATE TABLE chado.protocol (
    protocol_id bigint NOT NULL,
    type_id bigint NOT NULL,
    pub_id bigint,
    dbxref_id bigint,
    name text NOT NULL,
    uri text,
    protocoldescription text,
    hardwaredescription text,
    softwaredescription text,
    PRIMARY KEY (protocol_id)
);
CREATE TABLE chado.protocolparam (
    protocolparam_id bigint NOT NULL,
    protocol_id bigint NOT NULL,
    name text NOT NULL,
    datatype_id bigint,
    unittype_id bigint,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (protocolparam_id)
);
CREATE TABLE chado.pub (
    pub_id bigint NOT NULL,
    title text,
    volumetitle text,
    volume character varying(255),
    series_name character varying(255),
    issue character varying(255),
    pyear character varying(255),
    pages character varying(255),
    miniref character varying(255),
    uniquename text NOT NULL,
    type_id bigint NOT NULL,
    is_obsolete boolean,
    publisher character varying(255),
    pubplace character varying(255),
    PRIMARY KEY (pub_id)
);
CREATE TABLE chado.pub_dbxref (
    pub_dbxref_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (pub_dbxref_id)
);
CREATE TABLE chado.pub_relationship (
    pub_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    PRIMARY KEY (pub_relationship_id)
);
CREATE TABLE chado.pubauthor (
    pubauthor_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    rank integer NOT NULL,
    editor boolean,
    surname character varying(100) NOT NULL,
    givennames character varying(100),
    suffix character varying(100),
    PRIMARY KEY (pubauthor_id)
);
CREATE TABLE chado.pubauthor_contact (
    pubauthor_contact_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    pubauthor_id bigint NOT NULL,
    PRIMARY KEY (pubauthor_contact_id)
);
CREATE TABLE chado.pubprop (
    pubprop_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text NOT NULL,
    rank integer,
    cvalue_id bigint,
    PRIMARY KEY (pubprop_id)
);
CREATE TABLE chado.quantification (
    quantification_id bigint NOT NULL,
    acquisition_id bigint NOT NULL,
    operator_id bigint,
    protocol_id bigint,
    analysis_id bigint NOT NULL,
    quantificationdate timestamp without time zone,
    name text,
    uri text,
    PRIMARY KEY (quantification_id)
);
CREATE TABLE chado.quantification_relationship (
    quantification_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    type_id bigint NOT NULL,
    object_id bigint NOT NULL,
    PRIMARY KEY (quantification_relationship_id)
);
CREATE TABLE chado.quantificationprop (
    quantificationprop_id bigint NOT NULL,
    quantification_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (quantificationprop_id)
);
CREATE TABLE chado.stock (
    stock_id bigint NOT NULL,
    dbxref_id bigint,
    organism_id bigint,
    name character varying(255),
    uniquename text NOT NULL,
    description text,
    type_id bigint NOT NULL,
    is_obsolete boolean NOT NULL,
    PRIMARY KEY (stock_id)
);
CREATE TABLE chado.stock_cvterm (
    stock_cvterm_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    is_not boolean NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (stock_cvterm_id)
);
CREATE TABLE chado.stock_cvtermprop (
    stock_cvtermprop_id bigint NOT NULL,
    stock_cvterm_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (stock_cvtermprop_id)
);
CREATE TABLE chado.stock_dbxref (
    stock_dbxref_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    dbxref_id bigint NOT NULL,
    is_current boolean NOT NULL,
    PRIMARY KEY (stock_dbxref_id)
);
CREATE TABLE chado.stock_dbxrefprop (
    stock_dbxrefprop_id bigint NOT NULL,
    stock_dbxref_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (stock_dbxrefprop_id)
);
CREATE TABLE chado.stock_feature (
    stock_feature_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    type_id bigint NOT NULL,
    rank integer NOT NULL,
    PRIMARY KEY (stock_feature_id)
);
CREATE TABLE chado.stock_featuremap (
    stock_featuremap_id bigint NOT NULL,
    featuremap_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    type_id bigint,
    PRIMARY KEY (stock_featuremap_id)
);
CREATE TABLE chado.stock_genotype (
    stock_genotype_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    genotype_id bigint NOT NULL,
    PRIMARY KEY (stock_genotype_id)
);
CREATE TABLE chado.stock_library (
    stock_library_id bigint NOT NULL,
    library_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    PRIMARY KEY (stock_library_id)
);
CREATE TABLE chado.stock_pub (
    stock_pub_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (stock_pub_id)
);
CREATE TABLE chado.stock_relationship (
    stock_relationship_id bigint NOT NULL,
    subject_id bigint NOT NULL,
    object_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    PRIMARY KEY (stock_relationship_id)
);
CREATE TABLE chado.stock_relationship_cvterm (
    stock_relationship_cvterm_id bigint NOT NULL,
    stock_relationship_id bigint NOT NULL,
    cvterm_id bigint NOT NULL,
    pub_id bigint,
    PRIMARY KEY (stock_relationship_cvterm_id)
);
CREATE TABLE chado.stock_relationship_pub (
    stock_relationship_pub_id bigint NOT NULL,
    stock_relationship_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (stock_relationship_pub_id)
);
CREATE TABLE chado.stockcollection (
    stockcollection_id bigint NOT NULL,
    type_id bigint NOT NULL,
    contact_id bigint,
    name character varying(255),
    uniquename text NOT NULL,
    PRIMARY KEY (stockcollection_id)
);
CREATE TABLE chado.stockcollection_db (
    stockcollection_db_id bigint NOT NULL,
    stockcollection_id bigint NOT NULL,
    db_id bigint NOT NULL,
    PRIMARY KEY (stockcollection_db_id)
);
CREATE TABLE chado.stockcollection_stock (
    stockcollection_stock_id bigint NOT NULL,
    stockcollection_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    PRIMARY KEY (stockcollection_stock_id)
);
CREATE TABLE chado.stockcollectionprop (
    stockcollectionprop_id bigint NOT NULL,
    stockcollection_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (stockcollectionprop_id)
);
CREATE TABLE chado.stockprop (
    stockprop_id bigint NOT NULL,
    stock_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (stockprop_id)
);
CREATE TABLE chado.stockprop_pub (
    stockprop_pub_id bigint NOT NULL,
    stockprop_id bigint NOT NULL,
    pub_id bigint NOT NULL,
    PRIMARY KEY (stockprop_pub_id)
);
CREATE TABLE chado.study (
    study_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    pub_id bigint,
    dbxref_id bigint,
    name text NOT NULL,
    description text,
    PRIMARY KEY (study_id)
);
CREATE TABLE chado.study_assay (
    study_assay_id bigint NOT NULL,
    study_id bigint NOT NULL,
    assay_id bigint NOT NULL,
    PRIMARY KEY (study_assay_id)
);
CREATE TABLE chado.studydesign (
    studydesign_id bigint NOT NULL,
    study_id bigint NOT NULL,
    description text,
    PRIMARY KEY (studydesign_id)
);
CREATE TABLE chado.studydesignprop (
    studydesignprop_id bigint NOT NULL,
    studydesign_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (studydesignprop_id)
);
CREATE TABLE chado.studyfactor (
    studyfactor_id bigint NOT NULL,
    studydesign_id bigint NOT NULL,
    type_id bigint,
    name text NOT NULL,
    description text,
    PRIMARY KEY (studyfactor_id)
);
CREATE TABLE chado.studyfactorvalue (
    studyfactorvalue_id bigint NOT NULL,
    studyfactor_id bigint NOT NULL,
    assay_id bigint NOT NULL,
    factorvalue text,
    name text,
    rank integer NOT NULL,
    PRIMARY KEY (studyfactorvalue_id)
);
CREATE TABLE chado.studyprop (
    studyprop_id bigint NOT NULL,
    study_id bigint NOT NULL,
    type_id bigint NOT NULL,
    value text,
    rank integer NOT NULL,
    cvalue_id bigint,
    PRIMARY KEY (studyprop_id)
);
CREATE TABLE chado.studyprop_feature (
    studyprop_feature_id bigint NOT NULL,
    studyprop_id bigint NOT NULL,
    feature_id bigint NOT NULL,
    type_id bigint,
    PRIMARY KEY (studyprop_feature_id)
);
CREATE TABLE chado.synonym (
    synonym_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    type_id bigint NOT NULL,
    synonym_sgml character varying(255) NOT NULL,
    PRIMARY KEY (synonym_id)
);
CREATE TABLE chado.tableinfo (
    tableinfo_id bigint NOT NULL,
    name character varying(30) NOT NULL,
    primary_key_column character varying(30),
    is_view integer NOT NULL,
    view_on_table_id bigint,
    superclass_table_id bigint,
    is_updateable integer NOT NULL,
    modification_date date NOT NULL,
    PRIMARY KEY (tableinfo_id)
);
CREATE TABLE chado.treatment (
    treatment_id bigint NOT NULL,
    rank integer NOT NULL,
    biomaterial_id bigint NOT NULL,
    type_id bigint NOT NULL,
    protocol_id bigint,
    name text,
    PRIMARY KEY (treatment_id)
);
ALTER TABLE chado.acquisition ADD FOREIGN KEY (assay_id) REFERENCES chado.assay (assay_id);
ALTER TABLE chado.acquisition ADD FOREIGN KEY (channel_id) REFERENCES chado.channel (channel_id);
ALTER TABLE chado.acquisition ADD FOREIGN KEY (protocol_id) REFERENCES chado.protocol (protocol_id);
ALTER TABLE chado.acquisition_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.acquisition (acquisition_id);
ALTER TABLE chado.acquisition_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.acquisition (acquisition_id);
ALTER TABLE chado.acquisition_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.acquisitionprop ADD FOREIGN KEY (acquisition_id) REFERENCES chado.acquisition (acquisition_id);
ALTER TABLE chado.acquisitionprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.acquisitionprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.analysis_cvterm ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.analysis_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.analysis_dbxref ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.analysis_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.analysis_pub ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.analysis_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.analysis_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.analysis_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.analysis_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.analysisfeature ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.analysisfeature ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.analysisfeatureprop ADD FOREIGN KEY (analysisfeature_id) REFERENCES chado.analysisfeature (analysisfeature_id);
ALTER TABLE chado.analysisfeatureprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.analysisfeatureprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.analysisprop ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.analysisprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.analysisprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.arraydesign ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.arraydesign ADD FOREIGN KEY (manufacturer_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.arraydesign ADD FOREIGN KEY (platformtype_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.arraydesign ADD FOREIGN KEY (protocol_id) REFERENCES chado.protocol (protocol_id);
ALTER TABLE chado.arraydesign ADD FOREIGN KEY (substratetype_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.arraydesignprop ADD FOREIGN KEY (arraydesign_id) REFERENCES chado.arraydesign (arraydesign_id);
ALTER TABLE chado.arraydesignprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.arraydesignprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.assay ADD FOREIGN KEY (arraydesign_id) REFERENCES chado.arraydesign (arraydesign_id);
ALTER TABLE chado.assay ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.assay ADD FOREIGN KEY (operator_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.assay ADD FOREIGN KEY (protocol_id) REFERENCES chado.protocol (protocol_id);
ALTER TABLE chado.assay_biomaterial ADD FOREIGN KEY (assay_id) REFERENCES chado.assay (assay_id);
ALTER TABLE chado.assay_biomaterial ADD FOREIGN KEY (biomaterial_id) REFERENCES chado.biomaterial (biomaterial_id);
ALTER TABLE chado.assay_biomaterial ADD FOREIGN KEY (channel_id) REFERENCES chado.channel (channel_id);
ALTER TABLE chado.assay_project ADD FOREIGN KEY (assay_id) REFERENCES chado.assay (assay_id);
ALTER TABLE chado.assay_project ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.assayprop ADD FOREIGN KEY (assay_id) REFERENCES chado.assay (assay_id);
ALTER TABLE chado.assayprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.assayprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.biomaterial ADD FOREIGN KEY (biosourceprovider_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.biomaterial ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.biomaterial ADD FOREIGN KEY (taxon_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.biomaterial_dbxref ADD FOREIGN KEY (biomaterial_id) REFERENCES chado.biomaterial (biomaterial_id);
ALTER TABLE chado.biomaterial_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.biomaterial_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.biomaterial (biomaterial_id);
ALTER TABLE chado.biomaterial_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.biomaterial (biomaterial_id);
ALTER TABLE chado.biomaterial_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.biomaterial_treatment ADD FOREIGN KEY (biomaterial_id) REFERENCES chado.biomaterial (biomaterial_id);
ALTER TABLE chado.biomaterial_treatment ADD FOREIGN KEY (treatment_id) REFERENCES chado.treatment (treatment_id);
ALTER TABLE chado.biomaterial_treatment ADD FOREIGN KEY (unittype_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.biomaterialprop ADD FOREIGN KEY (biomaterial_id) REFERENCES chado.biomaterial (biomaterial_id);
ALTER TABLE chado.biomaterialprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.biomaterialprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cell_line ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.cell_line_cvterm ADD FOREIGN KEY (cell_line_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cell_line_cvterm ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.cell_line_cvtermprop ADD FOREIGN KEY (cell_line_cvterm_id) REFERENCES chado.cell_line_cvterm (cell_line_cvterm_id);
ALTER TABLE chado.cell_line_cvtermprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cell_line_dbxref ADD FOREIGN KEY (cell_line_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.cell_line_feature ADD FOREIGN KEY (cell_line_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_feature ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.cell_line_feature ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.cell_line_library ADD FOREIGN KEY (cell_line_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_library ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.cell_line_library ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.cell_line_pub ADD FOREIGN KEY (cell_line_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.cell_line_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cell_line_synonym ADD FOREIGN KEY (cell_line_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_line_synonym ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.cell_line_synonym ADD FOREIGN KEY (synonym_id) REFERENCES chado.synonym (synonym_id);
ALTER TABLE chado.cell_lineprop ADD FOREIGN KEY (cell_line_id) REFERENCES chado.cell_line (cell_line_id);
ALTER TABLE chado.cell_lineprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cell_lineprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cell_lineprop_pub ADD FOREIGN KEY (cell_lineprop_id) REFERENCES chado.cell_lineprop (cell_lineprop_id);
ALTER TABLE chado.cell_lineprop_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.chadoprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.contact ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.contact_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.contact_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.contact_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.contactprop ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.contactprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.contactprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.control ADD FOREIGN KEY (assay_id) REFERENCES chado.assay (assay_id);
ALTER TABLE chado.control ADD FOREIGN KEY (tableinfo_id) REFERENCES chado.tableinfo (tableinfo_id);
ALTER TABLE chado.control ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvprop ADD FOREIGN KEY (cv_id) REFERENCES chado.cv (cv_id);
ALTER TABLE chado.cvprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvterm ADD FOREIGN KEY (cv_id) REFERENCES chado.cv (cv_id);
ALTER TABLE chado.cvterm ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.cvterm_dbxref ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvterm_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.cvterm_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvterm_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvterm_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvtermpath ADD FOREIGN KEY (cv_id) REFERENCES chado.cv (cv_id);
ALTER TABLE chado.cvtermpath ADD FOREIGN KEY (object_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvtermpath ADD FOREIGN KEY (subject_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvtermpath ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvtermprop ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvtermprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvtermsynonym ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.cvtermsynonym ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.dbprop ADD FOREIGN KEY (db_id) REFERENCES chado.db (db_id);
ALTER TABLE chado.dbprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.dbxref ADD FOREIGN KEY (db_id) REFERENCES chado.db (db_id);
ALTER TABLE chado.dbxrefprop ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.dbxrefprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.element ADD FOREIGN KEY (arraydesign_id) REFERENCES chado.arraydesign (arraydesign_id);
ALTER TABLE chado.element ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.element ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.element ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.element_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.element (element_id);
ALTER TABLE chado.element_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.element (element_id);
ALTER TABLE chado.element_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.elementresult ADD FOREIGN KEY (element_id) REFERENCES chado.element (element_id);
ALTER TABLE chado.elementresult ADD FOREIGN KEY (quantification_id) REFERENCES chado.quantification (quantification_id);
ALTER TABLE chado.elementresult_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.elementresult (elementresult_id);
ALTER TABLE chado.elementresult_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.elementresult (elementresult_id);
ALTER TABLE chado.elementresult_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.environment_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.environment_cvterm ADD FOREIGN KEY (environment_id) REFERENCES chado.environment (environment_id);
ALTER TABLE chado.expression_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.expression_cvterm ADD FOREIGN KEY (cvterm_type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.expression_cvterm ADD FOREIGN KEY (expression_id) REFERENCES chado.expression (expression_id);
ALTER TABLE chado.expression_cvtermprop ADD FOREIGN KEY (expression_cvterm_id) REFERENCES chado.expression_cvterm (expression_cvterm_id);
ALTER TABLE chado.expression_cvtermprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.expression_image ADD FOREIGN KEY (eimage_id) REFERENCES chado.eimage (eimage_id);
ALTER TABLE chado.expression_image ADD FOREIGN KEY (expression_id) REFERENCES chado.expression (expression_id);
ALTER TABLE chado.expression_pub ADD FOREIGN KEY (expression_id) REFERENCES chado.expression (expression_id);
ALTER TABLE chado.expression_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.expressionprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.expressionprop ADD FOREIGN KEY (expression_id) REFERENCES chado.expression (expression_id);
ALTER TABLE chado.expressionprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.feature ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.feature ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_contact ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.feature_contact ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_cvterm ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_cvterm ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.feature_cvterm_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.feature_cvterm_dbxref ADD FOREIGN KEY (feature_cvterm_id) REFERENCES chado.feature_cvterm (feature_cvterm_id);
ALTER TABLE chado.feature_cvterm_pub ADD FOREIGN KEY (feature_cvterm_id) REFERENCES chado.feature_cvterm (feature_cvterm_id);
ALTER TABLE chado.feature_cvterm_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.feature_cvtermprop ADD FOREIGN KEY (feature_cvterm_id) REFERENCES chado.feature_cvterm (feature_cvterm_id);
ALTER TABLE chado.feature_cvtermprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.feature_dbxref ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_expression ADD FOREIGN KEY (expression_id) REFERENCES chado.expression (expression_id);
ALTER TABLE chado.feature_expression ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_expression ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.feature_expressionprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_expressionprop ADD FOREIGN KEY (feature_expression_id) REFERENCES chado.feature_expression (feature_expression_id);
ALTER TABLE chado.feature_expressionprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_genotype ADD FOREIGN KEY (chromosome_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_genotype ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_genotype ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_genotype ADD FOREIGN KEY (genotype_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.feature_phenotype ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_phenotype ADD FOREIGN KEY (phenotype_id) REFERENCES chado.phenotype (phenotype_id);
ALTER TABLE chado.feature_pub ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.feature_pubprop ADD FOREIGN KEY (feature_pub_id) REFERENCES chado.feature_pub (feature_pub_id);
ALTER TABLE chado.feature_pubprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_relationship_pub ADD FOREIGN KEY (feature_relationship_id) REFERENCES chado.feature_relationship (feature_relationship_id);
ALTER TABLE chado.feature_relationship_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.feature_relationshipprop ADD FOREIGN KEY (feature_relationship_id) REFERENCES chado.feature_relationship (feature_relationship_id);
ALTER TABLE chado.feature_relationshipprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.feature_relationshipprop_pub ADD FOREIGN KEY (feature_relationshipprop_id) REFERENCES chado.feature_relationshipprop (feature_relationshipprop_id);
ALTER TABLE chado.feature_relationshipprop_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.feature_synonym ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.feature_synonym ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.feature_synonym ADD FOREIGN KEY (synonym_id) REFERENCES chado.synonym (synonym_id);
ALTER TABLE chado.featureloc ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featureloc ADD FOREIGN KEY (srcfeature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featureloc_pub ADD FOREIGN KEY (featureloc_id) REFERENCES chado.featureloc (featureloc_id);
ALTER TABLE chado.featureloc_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.featuremap ADD FOREIGN KEY (unittype_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.featuremap_contact ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.featuremap_contact ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.featuremap_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.featuremap_dbxref ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.featuremap_organism ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.featuremap_organism ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.featuremap_pub ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.featuremap_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.featuremapprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.featuremapprop ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.featuremapprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.featurepos ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featurepos ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.featurepos ADD FOREIGN KEY (map_feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featureposprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.featureposprop ADD FOREIGN KEY (featurepos_id) REFERENCES chado.featurepos (featurepos_id);
ALTER TABLE chado.featureposprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.featureprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.featureprop ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featureprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.featureprop_pub ADD FOREIGN KEY (featureprop_id) REFERENCES chado.featureprop (featureprop_id);
ALTER TABLE chado.featureprop_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.featurerange ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featurerange ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.featurerange ADD FOREIGN KEY (leftendf_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featurerange ADD FOREIGN KEY (leftstartf_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featurerange ADD FOREIGN KEY (rightendf_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.featurerange ADD FOREIGN KEY (rightstartf_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.genotype ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.genotypeprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.genotypeprop ADD FOREIGN KEY (genotype_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.genotypeprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.library ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library_contact ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.library_contact ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library_cvterm ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_cvterm ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.library_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.library_dbxref ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_expression ADD FOREIGN KEY (expression_id) REFERENCES chado.expression (expression_id);
ALTER TABLE chado.library_expression ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_expression ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.library_expressionprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library_expressionprop ADD FOREIGN KEY (library_expression_id) REFERENCES chado.library_expression (library_expression_id);
ALTER TABLE chado.library_expressionprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library_feature ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.library_feature ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_featureprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library_featureprop ADD FOREIGN KEY (library_feature_id) REFERENCES chado.library_feature (library_feature_id);
ALTER TABLE chado.library_featureprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library_pub ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.library_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.library_relationship_pub ADD FOREIGN KEY (library_relationship_id) REFERENCES chado.library_relationship (library_relationship_id);
ALTER TABLE chado.library_relationship_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.library_synonym ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.library_synonym ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.library_synonym ADD FOREIGN KEY (synonym_id) REFERENCES chado.synonym (synonym_id);
ALTER TABLE chado.libraryprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.libraryprop ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.libraryprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.libraryprop_pub ADD FOREIGN KEY (libraryprop_id) REFERENCES chado.libraryprop (libraryprop_id);
ALTER TABLE chado.libraryprop_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.magedocumentation ADD FOREIGN KEY (mageml_id) REFERENCES chado.mageml (mageml_id);
ALTER TABLE chado.magedocumentation ADD FOREIGN KEY (tableinfo_id) REFERENCES chado.tableinfo (tableinfo_id);
ALTER TABLE chado.nd_experiment ADD FOREIGN KEY (nd_geolocation_id) REFERENCES chado.nd_geolocation (nd_geolocation_id);
ALTER TABLE chado.nd_experiment ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_experiment_analysis ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.nd_experiment_analysis ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_analysis ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_experiment_contact ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.nd_experiment_contact ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.nd_experiment_dbxref ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_genotype ADD FOREIGN KEY (genotype_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.nd_experiment_genotype ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_phenotype ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_phenotype ADD FOREIGN KEY (phenotype_id) REFERENCES chado.phenotype (phenotype_id);
ALTER TABLE chado.nd_experiment_project ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_project ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.nd_experiment_protocol ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_protocol ADD FOREIGN KEY (nd_protocol_id) REFERENCES chado.nd_protocol (nd_protocol_id);
ALTER TABLE chado.nd_experiment_pub ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.nd_experiment_stock ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experiment_stock ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.nd_experiment_stock ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_experiment_stock_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.nd_experiment_stock_dbxref ADD FOREIGN KEY (nd_experiment_stock_id) REFERENCES chado.nd_experiment_stock (nd_experiment_stock_id);
ALTER TABLE chado.nd_experiment_stockprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_experiment_stockprop ADD FOREIGN KEY (nd_experiment_stock_id) REFERENCES chado.nd_experiment_stock (nd_experiment_stock_id);
ALTER TABLE chado.nd_experiment_stockprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_experimentprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_experimentprop ADD FOREIGN KEY (nd_experiment_id) REFERENCES chado.nd_experiment (nd_experiment_id);
ALTER TABLE chado.nd_experimentprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_geolocationprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_geolocationprop ADD FOREIGN KEY (nd_geolocation_id) REFERENCES chado.nd_geolocation (nd_geolocation_id);
ALTER TABLE chado.nd_geolocationprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_protocol ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_protocol_reagent ADD FOREIGN KEY (nd_protocol_id) REFERENCES chado.nd_protocol (nd_protocol_id);
ALTER TABLE chado.nd_protocol_reagent ADD FOREIGN KEY (reagent_id) REFERENCES chado.nd_reagent (nd_reagent_id);
ALTER TABLE chado.nd_protocol_reagent ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_protocolprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_protocolprop ADD FOREIGN KEY (nd_protocol_id) REFERENCES chado.nd_protocol (nd_protocol_id);
ALTER TABLE chado.nd_protocolprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_reagent ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.nd_reagent ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_reagent_relationship ADD FOREIGN KEY (object_reagent_id) REFERENCES chado.nd_reagent (nd_reagent_id);
ALTER TABLE chado.nd_reagent_relationship ADD FOREIGN KEY (subject_reagent_id) REFERENCES chado.nd_reagent (nd_reagent_id);
ALTER TABLE chado.nd_reagent_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_reagentprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.nd_reagentprop ADD FOREIGN KEY (nd_reagent_id) REFERENCES chado.nd_reagent (nd_reagent_id);
ALTER TABLE chado.nd_reagentprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.organism ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.organism_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.organism_cvterm ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.organism_cvterm ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.organism_cvtermprop ADD FOREIGN KEY (organism_cvterm_id) REFERENCES chado.organism_cvterm (organism_cvterm_id);
ALTER TABLE chado.organism_cvtermprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.organism_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.organism_dbxref ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.organism_pub ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.organism_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.organism_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.organism_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.organism_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.organismprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.organismprop ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.organismprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.organismprop_pub ADD FOREIGN KEY (organismprop_id) REFERENCES chado.organismprop (organismprop_id);
ALTER TABLE chado.organismprop_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.phendesc ADD FOREIGN KEY (environment_id) REFERENCES chado.environment (environment_id);
ALTER TABLE chado.phendesc ADD FOREIGN KEY (genotype_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.phendesc ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.phendesc ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotype ADD FOREIGN KEY (assay_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotype ADD FOREIGN KEY (attr_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotype ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotype ADD FOREIGN KEY (observable_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (environment1_id) REFERENCES chado.environment (environment_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (environment2_id) REFERENCES chado.environment (environment_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (genotype1_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (genotype2_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (phenotype1_id) REFERENCES chado.phenotype (phenotype_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (phenotype2_id) REFERENCES chado.phenotype (phenotype_id);
ALTER TABLE chado.phenotype_comparison ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.phenotype_comparison_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotype_comparison_cvterm ADD FOREIGN KEY (phenotype_comparison_id) REFERENCES chado.phenotype_comparison (phenotype_comparison_id);
ALTER TABLE chado.phenotype_comparison_cvterm ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.phenotype_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotype_cvterm ADD FOREIGN KEY (phenotype_id) REFERENCES chado.phenotype (phenotype_id);
ALTER TABLE chado.phenotypeprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenotypeprop ADD FOREIGN KEY (phenotype_id) REFERENCES chado.phenotype (phenotype_id);
ALTER TABLE chado.phenotypeprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phenstatement ADD FOREIGN KEY (environment_id) REFERENCES chado.environment (environment_id);
ALTER TABLE chado.phenstatement ADD FOREIGN KEY (genotype_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.phenstatement ADD FOREIGN KEY (phenotype_id) REFERENCES chado.phenotype (phenotype_id);
ALTER TABLE chado.phenstatement ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.phenstatement ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phylonode ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.phylonode ADD FOREIGN KEY (parent_phylonode_id) REFERENCES chado.phylonode (phylonode_id);
ALTER TABLE chado.phylonode ADD FOREIGN KEY (phylotree_id) REFERENCES chado.phylotree (phylotree_id);
ALTER TABLE chado.phylonode ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phylonode_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.phylonode_dbxref ADD FOREIGN KEY (phylonode_id) REFERENCES chado.phylonode (phylonode_id);
ALTER TABLE chado.phylonode_organism ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.phylonode_organism ADD FOREIGN KEY (phylonode_id) REFERENCES chado.phylonode (phylonode_id);
ALTER TABLE chado.phylonode_pub ADD FOREIGN KEY (phylonode_id) REFERENCES chado.phylonode (phylonode_id);
ALTER TABLE chado.phylonode_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.phylonode_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.phylonode (phylonode_id);
ALTER TABLE chado.phylonode_relationship ADD FOREIGN KEY (phylotree_id) REFERENCES chado.phylotree (phylotree_id);
ALTER TABLE chado.phylonode_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.phylonode (phylonode_id);
ALTER TABLE chado.phylonode_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phylonodeprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phylonodeprop ADD FOREIGN KEY (phylonode_id) REFERENCES chado.phylonode (phylonode_id);
ALTER TABLE chado.phylonodeprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phylotree ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.phylotree ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.phylotree ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phylotree_pub ADD FOREIGN KEY (phylotree_id) REFERENCES chado.phylotree (phylotree_id);
ALTER TABLE chado.phylotree_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.phylotreeprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.phylotreeprop ADD FOREIGN KEY (phylotree_id) REFERENCES chado.phylotree (phylotree_id);
ALTER TABLE chado.phylotreeprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.project_analysis ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.project_analysis ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_contact ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.project_contact ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.project_dbxref ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_feature ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.project_feature ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_pub ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.project_relationship ADD FOREIGN KEY (object_project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_relationship ADD FOREIGN KEY (subject_project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.project_stock ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.project_stock ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.projectprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.projectprop ADD FOREIGN KEY (project_id) REFERENCES chado.project (project_id);
ALTER TABLE chado.projectprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.protocol ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.protocol ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.protocol ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.protocolparam ADD FOREIGN KEY (datatype_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.protocolparam ADD FOREIGN KEY (protocol_id) REFERENCES chado.protocol (protocol_id);
ALTER TABLE chado.protocolparam ADD FOREIGN KEY (unittype_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.pub ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.pub_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.pub_dbxref ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.pub_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.pub_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.pub_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.pubauthor ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.pubauthor_contact ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.pubauthor_contact ADD FOREIGN KEY (pubauthor_id) REFERENCES chado.pubauthor (pubauthor_id);
ALTER TABLE chado.pubprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.pubprop ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.pubprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.quantification ADD FOREIGN KEY (acquisition_id) REFERENCES chado.acquisition (acquisition_id);
ALTER TABLE chado.quantification ADD FOREIGN KEY (analysis_id) REFERENCES chado.analysis (analysis_id);
ALTER TABLE chado.quantification ADD FOREIGN KEY (operator_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.quantification ADD FOREIGN KEY (protocol_id) REFERENCES chado.protocol (protocol_id);
ALTER TABLE chado.quantification_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.quantification (quantification_id);
ALTER TABLE chado.quantification_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.quantification (quantification_id);
ALTER TABLE chado.quantification_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.quantificationprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.quantificationprop ADD FOREIGN KEY (quantification_id) REFERENCES chado.quantification (quantification_id);
ALTER TABLE chado.quantificationprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.stock ADD FOREIGN KEY (organism_id) REFERENCES chado.organism (organism_id);
ALTER TABLE chado.stock ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_cvterm ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.stock_cvterm ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_cvtermprop ADD FOREIGN KEY (stock_cvterm_id) REFERENCES chado.stock_cvterm (stock_cvterm_id);
ALTER TABLE chado.stock_cvtermprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_dbxref ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.stock_dbxref ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_dbxrefprop ADD FOREIGN KEY (stock_dbxref_id) REFERENCES chado.stock_dbxref (stock_dbxref_id);
ALTER TABLE chado.stock_dbxrefprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_feature ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.stock_feature ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_feature ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_featuremap ADD FOREIGN KEY (featuremap_id) REFERENCES chado.featuremap (featuremap_id);
ALTER TABLE chado.stock_featuremap ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_featuremap ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_genotype ADD FOREIGN KEY (genotype_id) REFERENCES chado.genotype (genotype_id);
ALTER TABLE chado.stock_genotype ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_library ADD FOREIGN KEY (library_id) REFERENCES chado.library (library_id);
ALTER TABLE chado.stock_library ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.stock_pub ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_relationship ADD FOREIGN KEY (object_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_relationship ADD FOREIGN KEY (subject_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stock_relationship ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_relationship_cvterm ADD FOREIGN KEY (cvterm_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stock_relationship_cvterm ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.stock_relationship_cvterm ADD FOREIGN KEY (stock_relationship_id) REFERENCES chado.stock_relationship (stock_relationship_id);
ALTER TABLE chado.stock_relationship_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.stock_relationship_pub ADD FOREIGN KEY (stock_relationship_id) REFERENCES chado.stock_relationship (stock_relationship_id);
ALTER TABLE chado.stockcollection ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.stockcollection ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stockcollection_db ADD FOREIGN KEY (db_id) REFERENCES chado.db (db_id);
ALTER TABLE chado.stockcollection_db ADD FOREIGN KEY (stockcollection_id) REFERENCES chado.stockcollection (stockcollection_id);
ALTER TABLE chado.stockcollection_stock ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stockcollection_stock ADD FOREIGN KEY (stockcollection_id) REFERENCES chado.stockcollection (stockcollection_id);
ALTER TABLE chado.stockcollectionprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stockcollectionprop ADD FOREIGN KEY (stockcollection_id) REFERENCES chado.stockcollection (stockcollection_id);
ALTER TABLE chado.stockcollectionprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stockprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stockprop ADD FOREIGN KEY (stock_id) REFERENCES chado.stock (stock_id);
ALTER TABLE chado.stockprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.stockprop_pub ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.stockprop_pub ADD FOREIGN KEY (stockprop_id) REFERENCES chado.stockprop (stockprop_id);
ALTER TABLE chado.study ADD FOREIGN KEY (contact_id) REFERENCES chado.contact (contact_id);
ALTER TABLE chado.study ADD FOREIGN KEY (dbxref_id) REFERENCES chado.dbxref (dbxref_id);
ALTER TABLE chado.study ADD FOREIGN KEY (pub_id) REFERENCES chado.pub (pub_id);
ALTER TABLE chado.study_assay ADD FOREIGN KEY (assay_id) REFERENCES chado.assay (assay_id);
ALTER TABLE chado.study_assay ADD FOREIGN KEY (study_id) REFERENCES chado.study (study_id);
ALTER TABLE chado.studydesign ADD FOREIGN KEY (study_id) REFERENCES chado.study (study_id);
ALTER TABLE chado.studydesignprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.studydesignprop ADD FOREIGN KEY (studydesign_id) REFERENCES chado.studydesign (studydesign_id);
ALTER TABLE chado.studydesignprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.studyfactor ADD FOREIGN KEY (studydesign_id) REFERENCES chado.studydesign (studydesign_id);
ALTER TABLE chado.studyfactor ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.studyfactorvalue ADD FOREIGN KEY (assay_id) REFERENCES chado.assay (assay_id);
ALTER TABLE chado.studyfactorvalue ADD FOREIGN KEY (studyfactor_id) REFERENCES chado.studyfactor (studyfactor_id);
ALTER TABLE chado.studyprop ADD FOREIGN KEY (cvalue_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.studyprop ADD FOREIGN KEY (study_id) REFERENCES chado.study (study_id);
ALTER TABLE chado.studyprop ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.studyprop_feature ADD FOREIGN KEY (feature_id) REFERENCES chado.feature (feature_id);
ALTER TABLE chado.studyprop_feature ADD FOREIGN KEY (studyprop_id) REFERENCES chado.studyprop (studyprop_id);
ALTER TABLE chado.studyprop_feature ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.synonym ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
ALTER TABLE chado.treatment ADD FOREIGN KEY (biomaterial_id) REFERENCES chado.biomaterial (biomaterial_id);
ALTER TABLE chado.treatment ADD FOREIGN KEY (protocol_id) REFERENCES chado.protocol (protocol_id);
ALTER TABLE chado.treatment ADD FOREIGN KEY (type_id) REFERENCES chado.cvterm (cvterm_id);
COMMENT ON TABLE chado.acquisition IS 'This represents the scanning of hybridized material. The output of this process is typically a digital image of an array.';
COMMENT ON TABLE chado.acquisition_relationship IS 'Multiple monochrome images may be merged to form a multi-color image. Red-green images of 2-channel hybridizations are an example of this.';
COMMENT ON TABLE chado.acquisitionprop IS 'Parameters associated with image acquisition.';
COMMENT ON COLUMN chado.acquisitionprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.analysis IS 'An analysis is a particular type of a
    computational analysis; it may be a blast of one sequence against
    another, or an all by all blast, or a different kind of analysis
    altogether. It is a single unit of computation.';
COMMENT ON COLUMN chado.analysis.name IS 'A way of grouping analyses. This
    should be a handy short identifier that can help people find an
    analysis they want. For instance "tRNAscan", "cDNA", "FlyPep",
    "SwissProt", and it should not be assumed to be unique. For instance, there may be lots of separate analyses done against a cDNA database.';
COMMENT ON COLUMN chado.analysis.program IS 'Program name, e.g. blastx, blastp, sim4, genscan.';
COMMENT ON COLUMN chado.analysis.programversion IS 'Version description, e.g. TBLASTX 2.0MP-WashU [09-Nov-2000].';
COMMENT ON COLUMN chado.analysis.algorithm IS 'Algorithm name, e.g. blast.';
COMMENT ON COLUMN chado.analysis.sourcename IS 'Source name, e.g. cDNA, SwissProt.';
COMMENT ON COLUMN chado.analysis.sourceuri IS 'This is an optional, permanent URL or URI for the source of the  analysis. The idea is that someone could recreate the analysis directly by going to this URI and fetching the source data (e.g. the blast database, or the training model).';
COMMENT ON TABLE chado.analysis_cvterm IS 'Associate a term from a cv with an analysis.';
COMMENT ON COLUMN chado.analysis_cvterm.is_not IS 'If this is set to true, then this 
annotation is interpreted as a NEGATIVE annotation - i.e. the analysis does 
NOT have the specified term.';
COMMENT ON TABLE chado.analysis_dbxref IS 'Links an analysis to dbxrefs.';
COMMENT ON COLUMN chado.analysis_dbxref.is_current IS 'True if this dbxref 
is the most up to date accession in the corresponding db. Retired 
accessions should set this field to false';
COMMENT ON TABLE chado.analysis_pub IS 'Provenance. Linking table between analyses and the publications that mention them.';
COMMENT ON COLUMN chado.analysis_relationship.subject_id IS 'analysis_relationship.subject_id i
s the subject of the subj-predicate-obj sentence.';
COMMENT ON COLUMN chado.analysis_relationship.object_id IS 'analysis_relationship.object_id 
is the object of the subj-predicate-obj sentence.';
COMMENT ON COLUMN chado.analysis_relationship.type_id IS 'analysis_relationship.type_id 
is relationship type between subject and object. This is a cvterm, typically 
from the OBO relationship ontology, although other relationship types are allowed.';
COMMENT ON COLUMN chado.analysis_relationship.value IS 'analysis_relationship.value 
is for additional notes or comments.';
COMMENT ON COLUMN chado.analysis_relationship.rank IS 'analysis_relationship.rank is 
the ordering of subject analysiss with respect to the object analysis may be 
important where rank is used to order these; starts from zero.';
COMMENT ON TABLE chado.analysisfeature IS 'Computational analyses generate features (e.g. Genscan generates transcripts and exons; sim4 alignments generate similarity/match features). analysisfeatures are stored using the feature table from the sequence module. The analysisfeature table is used to decorate these features, with analysis specific attributes. A feature is an analysisfeature if and only if there is a corresponding entry in the analysisfeature table. analysisfeatures will have two or more featureloc entries,
 with rank indicating query/subject';
COMMENT ON COLUMN chado.analysisfeature.rawscore IS 'This is the native score generated by the program; for example, the bitscore generated by blast, sim4 or genscan scores. One should not assume that high is necessarily better than low.';
COMMENT ON COLUMN chado.analysisfeature.normscore IS 'This is the rawscore but
    semi-normalized. Complete normalization to allow comparison of
    features generated by different programs would be nice but too
    difficult. Instead the normalization should strive to enforce the
    following semantics: * normscores are floating point numbers >= 0,
    * high normscores are better than low one. For most programs, it would be sufficient to make the normscore the same as this rawscore, providing these semantics are satisfied.';
COMMENT ON COLUMN chado.analysisfeature.significance IS 'This is some kind of expectation or probability metric, representing the probability that the analysis would appear randomly given the model. As such, any program or person querying this table can assume the following semantics:
   * 0 <= significance <= n, where n is a positive number, theoretically unbounded but unlikely to be more than 10
  * low numbers are better than high numbers.';
COMMENT ON COLUMN chado.analysisfeature.identity IS 'Percent identity between the locations compared.  Note that these 4 metrics do not cover the full range of scores possible; it would be undesirable to list every score possible, as this should be kept extensible. instead, for non-standard scores, use the analysisprop table.';
COMMENT ON COLUMN chado.analysisfeatureprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON COLUMN chado.analysisprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.arraydesign IS 'General properties about an array.
An array is a template used to generate physical slides, etc.  It
contains layout information, as well as global array properties, such
as material (glass, nylon) and spot dimensions (in rows/columns).';
COMMENT ON TABLE chado.arraydesignprop IS 'Extra array design properties that are not accounted for in arraydesign.';
COMMENT ON COLUMN chado.arraydesignprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.assay IS 'An assay consists of a physical instance of
an array, combined with the conditions used to create the array
(protocols, technician information). The assay can be thought of as a hybridization.';
COMMENT ON TABLE chado.assay_biomaterial IS 'A biomaterial can be hybridized many times (technical replicates), or combined with other biomaterials in a single hybridization (for two-channel arrays).';
COMMENT ON TABLE chado.assay_project IS 'Link assays to projects.';
COMMENT ON TABLE chado.assayprop IS 'Extra assay properties that are not accounted for in assay.';
COMMENT ON COLUMN chado.assayprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.biomaterial IS 'A biomaterial represents the MAGE concept of BioSource, BioSample, and LabeledExtract. It is essentially some biological material (tissue, cells, serum) that may have been processed. Processed biomaterials should be traceable back to raw biomaterials via the biomaterialrelationship table.';
COMMENT ON TABLE chado.biomaterial_relationship IS 'Relate biomaterials to one another. This is a way to track a series of treatments or material splits/merges, for instance.';
COMMENT ON TABLE chado.biomaterial_treatment IS 'Link biomaterials to treatments. Treatments have an order of operations (rank), and associated measurements (unittype_id, value).';
COMMENT ON TABLE chado.biomaterialprop IS 'Extra biomaterial properties that are not accounted for in biomaterial.';
COMMENT ON COLUMN chado.biomaterialprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON COLUMN chado.cell_lineprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.chadoprop IS 'This table is different from other prop tables in the database, as it is for storing information about the database itself, like schema version';
COMMENT ON COLUMN chado.chadoprop.type_id IS 'The name of the property or slot is a cvterm. The meaning of the property is defined in that cvterm.';
COMMENT ON COLUMN chado.chadoprop.value IS 'The value of the property, represented as text. Numeric values are converted to their text representation.';
COMMENT ON COLUMN chado.chadoprop.rank IS 'Property-Value ordering. Any
cv can have multiple values for any particular property type -
these are ordered in a list using rank, counting from zero. For
properties that are single-valued rather than multi-valued, the
default 0 value should be used.';
COMMENT ON TABLE chado.channel IS 'Different array platforms can record signals from one or more channels (cDNA arrays typically use two CCD, but Affymetrix uses only one).';
COMMENT ON TABLE chado.contact IS 'Model persons, institutes, groups, organizations, etc.';
COMMENT ON COLUMN chado.contact.type_id IS 'What type of contact is this?  E.g. "person", "lab".';
COMMENT ON TABLE chado.contact_relationship IS 'Model relationships between contacts';
COMMENT ON COLUMN chado.contact_relationship.type_id IS 'Relationship type between subject and object. This is a cvterm, typically from the OBO relationship ontology, although other relationship types are allowed.';
COMMENT ON COLUMN chado.contact_relationship.subject_id IS 'The subject of the subj-predicate-obj sentence. In a DAG, this corresponds to the child node.';
COMMENT ON COLUMN chado.contact_relationship.object_id IS 'The object of the subj-predicate-obj sentence. In a DAG, this corresponds to the parent node.';
COMMENT ON TABLE chado.contactprop IS 'A contact can have any number of slot-value property 
tags attached to it. This is an alternative to hardcoding a list of columns in the 
relational schema, and is completely extensible.';
COMMENT ON COLUMN chado.contactprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.cv IS 'A controlled vocabulary or ontology. A cv is
composed of cvterms (AKA terms, classes, types, universals - relations
and properties are also stored in cvterm) and the relationships
between them.';
COMMENT ON COLUMN chado.cv.name IS 'The name of the ontology. This
corresponds to the obo-format -namespace-. cv names uniquely identify
the cv. In OBO file format, the cv.name is known as the namespace.';
COMMENT ON COLUMN chado.cv.definition IS 'A text description of the criteria for
membership of this ontology.';
COMMENT ON TABLE chado.cvprop IS 'Additional extensible properties can be attached to a cv using this table.  A notable example would be the cv version';
COMMENT ON COLUMN chado.cvprop.type_id IS 'The name of the property or slot is a cvterm. The meaning of the property is defined in that cvterm.';
COMMENT ON COLUMN chado.cvprop.value IS 'The value of the property, represented as text. Numeric values are converted to their text representation.';
COMMENT ON COLUMN chado.cvprop.rank IS 'Property-Value ordering. Any
cv can have multiple values for any particular property type -
these are ordered in a list using rank, counting from zero. For
properties that are single-valued rather than multi-valued, the
default 0 value should be used.';
COMMENT ON TABLE chado.cvterm IS 'A term, class, universal or type within an
ontology or controlled vocabulary.  This table is also used for
relations and properties. cvterms constitute nodes in the graph
defined by the collection of cvterms and cvterm_relationships.';
COMMENT ON COLUMN chado.cvterm.cv_id IS 'The cv or ontology or namespace to which
this cvterm belongs.';
COMMENT ON COLUMN chado.cvterm.name IS 'A concise human-readable name or
label for the cvterm. Uniquely identifies a cvterm within a cv.';
COMMENT ON COLUMN chado.cvterm.definition IS 'A human-readable text
definition.';
COMMENT ON COLUMN chado.cvterm.dbxref_id IS 'Primary identifier dbxref - The
unique global OBO identifier for this cvterm.  Note that a cvterm may
have multiple secondary dbxrefs - see also table: cvterm_dbxref.';
COMMENT ON COLUMN chado.cvterm.is_obsolete IS 'Boolean 0=false,1=true; see
GO documentation for details of obsoletion. Note that two terms with
different primary dbxrefs may exist if one is obsolete.';
COMMENT ON COLUMN chado.cvterm.is_relationshiptype IS 'Boolean
0=false,1=true relations or relationship types (also known as Typedefs
in OBO format, or as properties or slots) form a cv/ontology in
themselves. We use this flag to indicate whether this cvterm is an
actual term/class/universal or a relation. Relations may be drawn from
the OBO Relations ontology, but are not exclusively drawn from there.';
COMMENT ON TABLE chado.cvterm_dbxref IS 'In addition to the primary
identifier (cvterm.dbxref_id) a cvterm can have zero or more secondary
identifiers/dbxrefs, which may refer to records in external
databases. The exact semantics of cvterm_dbxref are not fixed. For
example: the dbxref could be a pubmed ID that is pertinent to the
cvterm, or it could be an equivalent or similar term in another
ontology. For example, GO cvterms are typically linked to InterPro
IDs, even though the nature of the relationship between them is
largely one of statistical association. The dbxref may be have data
records attached in the same database instance, or it could be a
"hanging" dbxref pointing to some external database. NOTE: If the
desired objective is to link two cvterms together, and the nature of
the relation is known and holds for all instances of the subject
cvterm then consider instead using cvterm_relationship together with a
well-defined relation.';
COMMENT ON COLUMN chado.cvterm_dbxref.is_for_definition IS 'A
cvterm.definition should be supported by one or more references. If
this column is true, the dbxref is not for a term in an external database -
it is a dbxref for provenance information for the definition.';
COMMENT ON TABLE chado.cvterm_relationship IS 'A relationship linking two
cvterms. Each cvterm_relationship constitutes an edge in the graph
defined by the collection of cvterms and cvterm_relationships. The
meaning of the cvterm_relationship depends on the definition of the
cvterm R refered to by type_id. However, in general the definitions
are such that the statement "all SUBJs REL some OBJ" is true. The
cvterm_relationship statement is about the subject, not the
object. For example "insect wing part_of thorax".';
COMMENT ON COLUMN chado.cvterm_relationship.type_id IS 'The nature of the
relationship between subject and object. Note that relations are also
housed in the cvterm table, typically from the OBO relationship
ontology, although other relationship types are allowed.';
COMMENT ON COLUMN chado.cvterm_relationship.subject_id IS 'The subject of
the subj-predicate-obj sentence. The cvterm_relationship is about the
subject. In a graph, this typically corresponds to the child node.';
COMMENT ON COLUMN chado.cvterm_relationship.object_id IS 'The object of the
subj-predicate-obj sentence. The cvterm_relationship refers to the
object. In a graph, this typically corresponds to the parent node.';
COMMENT ON TABLE chado.cvtermpath IS 'The reflexive transitive closure of
the cvterm_relationship relation.';
COMMENT ON COLUMN chado.cvtermpath.type_id IS 'The relationship type that
this is a closure over. If null, then this is a closure over ALL
relationship types. If non-null, then this references a relationship
cvterm - note that the closure will apply to both this relationship
AND the OBO_REL:is_a (subclass) relationship.';
COMMENT ON COLUMN chado.cvtermpath.cv_id IS 'Closures will mostly be within
one cv. If the closure of a relationship traverses a cv, then this
refers to the cv of the object_id cvterm.';
COMMENT ON COLUMN chado.cvtermpath.pathdistance IS 'The number of steps
required to get from the subject cvterm to the object cvterm, counting
from zero (reflexive relationship).';
COMMENT ON TABLE chado.cvtermprop IS 'Additional extensible properties can be attached to a cvterm using this table. Corresponds to -AnnotationProperty- in W3C OWL format.';
COMMENT ON COLUMN chado.cvtermprop.type_id IS 'The name of the property or slot is a cvterm. The meaning of the property is defined in that cvterm.';
COMMENT ON COLUMN chado.cvtermprop.value IS 'The value of the property, represented as text. Numeric values are converted to their text representation.';
COMMENT ON COLUMN chado.cvtermprop.rank IS 'Property-Value ordering. Any
cvterm can have multiple values for any particular property type -
these are ordered in a list using rank, counting from zero. For
properties that are single-valued rather than multi-valued, the
default 0 value should be used.';
COMMENT ON TABLE chado.cvtermsynonym IS 'A cvterm actually represents a
distinct class or concept. A concept can be refered to by different
phrases or names. In addition to the primary name (cvterm.name) there
can be a number of alternative aliases or synonyms. For example, "T
cell" as a synonym for "T lymphocyte".';
COMMENT ON COLUMN chado.cvtermsynonym.type_id IS 'A synonym can be exact,
narrower, or broader than.';
COMMENT ON TABLE chado.db IS 'A database authority. Typical databases in
bioinformatics are FlyBase, GO, UniProt, NCBI, MGI, etc. The authority
is generally known by this shortened form, which is unique within the
bioinformatics and biomedical realm.  To Do - add support for URIs,
URNs (e.g. LSIDs). We can do this by treating the URL as a URI -
however, some applications may expect this to be resolvable - to be
decided.';
COMMENT ON TABLE chado.dbprop IS 'An external database can have any number of
slot-value property tags attached to it. This is an alternative to
hardcoding a list of columns in the relational schema, and is
completely extensible. There is a unique constraint, dbprop_c1, for
the combination of db_id, rank, and type_id. Multivalued property-value pairs must be differentiated by rank.';
COMMENT ON TABLE chado.dbxref IS 'A unique, global, public, stable identifier. Not necessarily an external reference - can reference data items inside the particular chado instance being used. Typically a row in a table can be uniquely identified with a primary identifier (called dbxref_id); a table may also have secondary identifiers (in a linking table <T>_dbxref). A dbxref is generally written as <DB>:<ACCESSION> or as <DB>:<ACCESSION>:<VERSION>.';
COMMENT ON COLUMN chado.dbxref.accession IS 'The local part of the identifier. Guaranteed by the db authority to be unique for that db.';
COMMENT ON TABLE chado.dbxrefprop IS 'Metadata about a dbxref. Note that this is not defined in the dbxref module, as it depends on the cvterm table. This table has a structure analagous to cvtermprop.';
COMMENT ON COLUMN chado.eimage.eimage_data IS 'We expect images in eimage_data (e.g. JPEGs) to be uuencoded.';
COMMENT ON COLUMN chado.eimage.eimage_type IS 'Describes the type of data in eimage_data.';
COMMENT ON TABLE chado.element IS 'Represents a feature of the array. This is typically a region of the array coated or bound to DNA.';
COMMENT ON TABLE chado.element_relationship IS 'Sometimes we want to combine measurements from multiple elements to get a composite value. Affymetrix combines many probes to form a probeset measurement, for instance.';
COMMENT ON TABLE chado.elementresult IS 'An element on an array produces a measurement when hybridized to a biomaterial (traceable through quantification_id). This is the base data from which tables that actually contain data inherit.';
COMMENT ON TABLE chado.elementresult_relationship IS 'Sometimes we want to combine measurements from multiple elements to get a composite value. Affymetrix combines many probes to form a probeset measurement, for instance.';
COMMENT ON TABLE chado.environment IS 'The environmental component of a phenotype description.';
COMMENT ON TABLE chado.expression IS 'The expression table is essentially a bridge table.';
COMMENT ON TABLE chado.expression_cvtermprop IS 'Extensible properties for
expression to cvterm associations. Examples: qualifiers.';
COMMENT ON COLUMN chado.expression_cvtermprop.type_id IS 'The name of the
property/slot is a cvterm. The meaning of the property is defined in
that cvterm. For example, cvterms may come from the FlyBase miscellaneous cv.';
COMMENT ON COLUMN chado.expression_cvtermprop.value IS 'The value of the
property, represented as text. Numeric values are converted to their
text representation. This is less efficient than using native database
types, but is easier to query.';
COMMENT ON COLUMN chado.expression_cvtermprop.rank IS 'Property-Value
ordering. Any expression_cvterm can have multiple values for any particular
property type - these are ordered in a list using rank, counting from
zero. For properties that are single-valued rather than multi-valued,
the default 0 value should be used.';
COMMENT ON COLUMN chado.expressionprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.feature IS 'A feature is a biological sequence or a
section of a biological sequence, or a collection of such
sections. Examples include genes, exons, transcripts, regulatory
regions, polypeptides, protein domains, chromosome sequences, sequence
variations, cross-genome match regions such as hits and HSPs and so
on; see the Sequence Ontology for more. The combination of
organism_id, uniquename and type_id should be unique.';
COMMENT ON COLUMN chado.feature.dbxref_id IS 'An optional primary public stable
identifier for this feature. Secondary identifiers and external
dbxrefs go in the table feature_dbxref.';
COMMENT ON COLUMN chado.feature.organism_id IS 'The organism to which this feature
belongs. This column is mandatory.';
COMMENT ON COLUMN chado.feature.name IS 'The optional human-readable common name for
a feature, for display purposes.';
COMMENT ON COLUMN chado.feature.uniquename IS 'The unique name for a feature; may
not be necessarily be particularly human-readable, although this is
preferred. This name must be unique for this type of feature within
this organism.';
COMMENT ON COLUMN chado.feature.residues IS 'A sequence of alphabetic characters
representing biological residues (nucleic acids, amino acids). This
column does not need to be manifested for all features; it is optional
for features such as exons where the residues can be derived from the
featureloc. It is recommended that the value for this column be
manifested for features which may may non-contiguous sublocations (e.g.
transcripts), since derivation at query time is non-trivial. For
expressed sequence, the DNA sequence should be used rather than the
RNA sequence. The default storage method for the residues column is
EXTERNAL, which will store it uncompressed to make substring operations
faster.';
COMMENT ON COLUMN chado.feature.seqlen IS 'The length of the residue feature. See
column:residues. This column is partially redundant with the residues
column, and also with featureloc. This column is required because the
location may be unknown and the residue sequence may not be
manifested, yet it may be desirable to store and query the length of
the feature. The seqlen should always be manifested where the length
of the sequence is known.';
COMMENT ON COLUMN chado.feature.md5checksum IS 'The 32-character checksum of the sequence,
calculated using the MD5 algorithm. This is practically guaranteed to
be unique for any feature. This column thus acts as a unique
identifier on the mathematical sequence.';
COMMENT ON COLUMN chado.feature.type_id IS 'A required reference to a table:cvterm
giving the feature type. This will typically be a Sequence Ontology
identifier. This column is thus used to subclass the feature table.';
COMMENT ON COLUMN chado.feature.is_analysis IS 'Boolean indicating whether this
feature is annotated or the result of an automated analysis. Analysis
results also use the companalysis module. Note that the dividing line
between analysis and annotation may be fuzzy, this should be determined on
a per-project basis in a consistent manner. One requirement is that
there should only be one non-analysis version of each wild-type gene
feature in a genome, whereas the same gene feature can be predicted
multiple times in different analyses.';
COMMENT ON COLUMN chado.feature.is_obsolete IS 'Boolean indicating whether this
feature has been obsoleted. Some chado instances may choose to simply
remove the feature altogether, others may choose to keep an obsolete
row in the table.';
COMMENT ON COLUMN chado.feature.timeaccessioned IS 'For handling object
accession or modification timestamps (as opposed to database auditing data,
handled elsewhere). The expectation is that these fields would be
available to software interacting with chado.';
COMMENT ON COLUMN chado.feature.timelastmodified IS 'For handling object
accession or modification timestamps (as opposed to database auditing data,
handled elsewhere). The expectation is that these fields would be
available to software interacting with chado.';
COMMENT ON TABLE chado.feature_contact IS 'Links contact(s) with a feature.  Used to indicate a particular 
person or organization responsible for discovery or that can provide more information on a particular feature.';
COMMENT ON TABLE chado.feature_cvterm IS 'Associate a term from a cv with a feature, for example, GO annotation.';
COMMENT ON COLUMN chado.feature_cvterm.pub_id IS 'Provenance for the annotation. Each annotation should have a single primary publication (which may be of the appropriate type for computational analyses) where more details can be found. Additional provenance dbxrefs can be attached using feature_cvterm_dbxref.';
COMMENT ON COLUMN chado.feature_cvterm.is_not IS 'If this is set to true, then this annotation is interpreted as a NEGATIVE annotation - i.e. the feature does NOT have the specified function, process, component, part, etc. See GO docs for more details.';
COMMENT ON TABLE chado.feature_cvterm_dbxref IS 'Additional dbxrefs for an association. Rows in the feature_cvterm table may be backed up by dbxrefs. For example, a feature_cvterm association that was inferred via a protein-protein interaction may be backed by by refering to the dbxref for the alternate protein. Corresponds to the WITH column in a GO gene association file (but can also be used for other analagous associations). See http://www.geneontology.org/doc/GO.annotation.shtml#file for more details.';
COMMENT ON TABLE chado.feature_cvterm_pub IS 'Secondary pubs for an
association. Each feature_cvterm association is supported by a single
primary publication. Additional secondary pubs can be added using this
linking table (in a GO gene association file, these corresponding to
any IDs after the pipe symbol in the publications column.';
COMMENT ON TABLE chado.feature_cvtermprop IS 'Extensible properties for
feature to cvterm associations. Examples: GO evidence codes;
qualifiers; metadata such as the date on which the entry was curated
and the source of the association. See the featureprop table for
meanings of type_id, value and rank.';
COMMENT ON COLUMN chado.feature_cvtermprop.type_id IS 'The name of the
property/slot is a cvterm. The meaning of the property is defined in
that cvterm. cvterms may come from the OBO evidence code cv.';
COMMENT ON COLUMN chado.feature_cvtermprop.value IS 'The value of the
property, represented as text. Numeric values are converted to their
text representation. This is less efficient than using native database
types, but is easier to query.';
COMMENT ON COLUMN chado.feature_cvtermprop.rank IS 'Property-Value
ordering. Any feature_cvterm can have multiple values for any particular
property type - these are ordered in a list using rank, counting from
zero. For properties that are single-valued rather than multi-valued,
the default 0 value should be used.';
COMMENT ON TABLE chado.feature_dbxref IS 'Links a feature to dbxrefs.';
COMMENT ON COLUMN chado.feature_dbxref.is_current IS 'True if this secondary dbxref is 
the most up to date accession in the corresponding db. Retired accessions 
should set this field to false';
COMMENT ON TABLE chado.feature_expressionprop IS 'Extensible properties for
feature_expression (comments, for example). Modeled on feature_cvtermprop.';
COMMENT ON COLUMN chado.feature_expressionprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON COLUMN chado.feature_genotype.chromosome_id IS 'A feature of SO type "chromosome".';
COMMENT ON COLUMN chado.feature_genotype.rank IS 'rank can be used for
n-ploid organisms or to preserve order.';
COMMENT ON COLUMN chado.feature_genotype.cgroup IS 'Spatially distinguishable
group. group can be used for distinguishing the chromosomal groups,
for example (RNAi products and so on can be treated as different
groups, as they do not fall on a particular chromosome).';
COMMENT ON TABLE chado.feature_phenotype IS 'Linking table between features and phenotypes.';
COMMENT ON TABLE chado.feature_pub IS 'Provenance. Linking table between features and publications that mention them.';
COMMENT ON TABLE chado.feature_pubprop IS 'Property or attribute of a feature_pub link.';
COMMENT ON TABLE chado.feature_relationship IS 'Features can be arranged in
graphs, e.g. "exon part_of transcript part_of gene"; If type is
thought of as a verb, the each arc or edge makes a statement
[Subject Verb Object]. The object can also be thought of as parent
(containing feature), and subject as child (contained feature or
subfeature). We include the relationship rank/order, because even
though most of the time we can order things implicitly by sequence
coordinates, we can not always do this - e.g. transpliced genes. It is also
useful for quickly getting implicit introns.';
COMMENT ON COLUMN chado.feature_relationship.subject_id IS 'The subject of the subj-predicate-obj sentence. This is typically the subfeature.';
COMMENT ON COLUMN chado.feature_relationship.object_id IS 'The object of the subj-predicate-obj sentence. This is typically the container feature.';
COMMENT ON COLUMN chado.feature_relationship.type_id IS 'Relationship type between subject and object. This is a cvterm, typically from the OBO relationship ontology, although other relationship types are allowed. The most common relationship type is OBO_REL:part_of. Valid relationship types are constrained by the Sequence Ontology.';
COMMENT ON COLUMN chado.feature_relationship.value IS 'Additional notes or comments.';
COMMENT ON COLUMN chado.feature_relationship.rank IS 'The ordering of subject features with respect to the object feature may be important (for example, exon ordering on a transcript - not always derivable if you take trans spliced genes into consideration). Rank is used to order these; starts from zero.';
COMMENT ON TABLE chado.feature_relationship_pub IS 'Provenance. Attach optional evidence to a feature_relationship in the form of a publication.';
COMMENT ON TABLE chado.feature_relationshipprop IS 'Extensible properties
for feature_relationships. Analagous structure to featureprop. This
table is largely optional and not used with a high frequency. Typical
scenarios may be if one wishes to attach additional data to a
feature_relationship - for example to say that the
feature_relationship is only true in certain contexts.';
COMMENT ON COLUMN chado.feature_relationshipprop.type_id IS 'The name of the
property/slot is a cvterm. The meaning of the property is defined in
that cvterm. Currently there is no standard ontology for
feature_relationship property types.';
COMMENT ON COLUMN chado.feature_relationshipprop.value IS 'The value of the
property, represented as text. Numeric values are converted to their
text representation. This is less efficient than using native database
types, but is easier to query.';
COMMENT ON COLUMN chado.feature_relationshipprop.rank IS 'Property-Value
ordering. Any feature_relationship can have multiple values for any particular
property type - these are ordered in a list using rank, counting from
zero. For properties that are single-valued rather than multi-valued,
the default 0 value should be used.';
COMMENT ON TABLE chado.feature_relationshipprop_pub IS 'Provenance for feature_relationshipprop.';
COMMENT ON TABLE chado.feature_synonym IS 'Linking table between feature and synonym.';
COMMENT ON COLUMN chado.feature_synonym.pub_id IS 'The pub_id link is for relating the usage of a given synonym to the publication in which it was used.';
COMMENT ON COLUMN chado.feature_synonym.is_current IS 'The is_current boolean indicates whether the linked synonym is the  current -official- symbol for the linked feature.';
COMMENT ON COLUMN chado.feature_synonym.is_internal IS 'Typically a synonym exists so that somebody querying the db with an obsolete name can find the object theyre looking for (under its current name.  If the synonym has been used publicly and deliberately (e.g. in a paper), it may also be listed in reports as a synonym. If the synonym was not used deliberately (e.g. there was a typo which went public), then the is_internal boolean may be set to -true- so that it is known that the synonym is -internal- and should be queryable but should not be listed in reports as a valid synonym.';
COMMENT ON TABLE chado.featureloc IS 'The location of a feature relative to
another feature. Important: interbase coordinates are used. This is
vital as it allows us to represent zero-length features e.g. splice
sites, insertion points without an awkward fuzzy system. Features
typically have exactly ONE location, but this need not be the
case. Some features may not be localized (e.g. a gene that has been
characterized genetically but no sequence or molecular information is
available). Note on multiple locations: Each feature can have 0 or
more locations. Multiple locations do NOT indicate non-contiguous
locations (if a feature such as a transcript has a non-contiguous
location, then the subfeatures such as exons should always be
manifested). Instead, multiple featurelocs for a feature designate
alternate locations or grouped locations; for instance, a feature
designating a blast hit or hsp will have two locations, one on the
query feature, one on the subject feature. Features representing
sequence variation could have alternate locations instantiated on a
feature on the mutant strain. The column:rank is used to
differentiate these different locations. Reflexive locations should
never be stored - this is for -proper- (i.e. non-self) locations only; nothing should be located relative to itself.';
COMMENT ON COLUMN chado.featureloc.feature_id IS 'The feature that is being located. Any feature can have zero or more featurelocs.';
COMMENT ON COLUMN chado.featureloc.srcfeature_id IS 'The source feature which this location is relative to. Every location is relative to another feature (however, this column is nullable, because the srcfeature may not be known). All locations are -proper- that is, nothing should be located relative to itself. No cycles are allowed in the featureloc graph.';
COMMENT ON COLUMN chado.featureloc.fmin IS 'The leftmost/minimal boundary in the linear range represented by the featureloc. Sometimes (e.g. in Bioperl) this is called -start- although this is confusing because it does not necessarily represent the 5-prime coordinate. Important: This is space-based (interbase) coordinates, counting from zero. To convert this to the leftmost position in a base-oriented system (eg GFF, Bioperl), add 1 to fmin.';
COMMENT ON COLUMN chado.featureloc.is_fmin_partial IS 'This is typically
false, but may be true if the value for column:fmin is inaccurate or
the leftmost part of the range is unknown/unbounded.';
COMMENT ON COLUMN chado.featureloc.fmax IS 'The rightmost/maximal boundary in the linear range represented by the featureloc. Sometimes (e.g. in bioperl) this is called -end- although this is confusing because it does not necessarily represent the 3-prime coordinate. Important: This is space-based (interbase) coordinates, counting from zero. No conversion is required to go from fmax to the rightmost coordinate in a base-oriented system that counts from 1 (e.g. GFF, Bioperl).';
COMMENT ON COLUMN chado.featureloc.is_fmax_partial IS 'This is typically
false, but may be true if the value for column:fmax is inaccurate or
the rightmost part of the range is unknown/unbounded.';
COMMENT ON COLUMN chado.featureloc.strand IS 'The orientation/directionality of the
location. Should be 0, -1 or +1.';
COMMENT ON COLUMN chado.featureloc.phase IS 'Phase of translation with
respect to srcfeature_id.
Values are 0, 1, 2. It may not be possible to manifest this column for
some features such as exons, because the phase is dependant on the
spliceform (the same exon can appear in multiple spliceforms). This column is mostly useful for predicted exons and CDSs.';
COMMENT ON COLUMN chado.featureloc.residue_info IS 'Alternative residues,
when these differ from feature.residues. For instance, a SNP feature
located on a wild and mutant protein would have different alternative residues.
for alignment/similarity features, the alternative residues is used to
represent the alignment string (CIGAR format). Note on variation
features; even if we do not want to instantiate a mutant
chromosome/contig feature, we can still represent a SNP etc with 2
locations, one (rank 0) on the genome, the other (rank 1) would have
most fields null, except for alternative residues.';
COMMENT ON COLUMN chado.featureloc.locgroup IS 'This is used to manifest redundant,
derivable extra locations for a feature. The default locgroup=0 is
used for the DIRECT location of a feature. Important: most Chado users may
never use featurelocs WITH logroup > 0. Transitively derived locations
are indicated with locgroup > 0. For example, the position of an exon on
a BAC and in global chromosome coordinates. This column is used to
differentiate these groupings of locations. The default locgroup 0
is used for the main or primary location, from which the others can be
derived via coordinate transformations. Another example of redundant
locations is storing ORF coordinates relative to both transcript and
genome. Redundant locations open the possibility of the database
getting into inconsistent states; this schema gives us the flexibility
of both warehouse instantiations with redundant locations (easier for
querying) and management instantiations with no redundant
locations. An example of using both locgroup and rank: imagine a
feature indicating a conserved region between the chromosomes of two
different species. We may want to keep redundant locations on both
contigs and chromosomes. We would thus have 4 locations for the single
conserved region feature - two distinct locgroups (contig level and
chromosome level) and two distinct ranks (for the two species).';
COMMENT ON COLUMN chado.featureloc.rank IS 'Used when a feature has >1
location, otherwise the default rank 0 is used. Some features (e.g.
blast hits and HSPs) have two locations - one on the query and one on
the subject. Rank is used to differentiate these. Rank=0 is always
used for the query, Rank=1 for the subject. For multiple alignments,
assignment of rank is arbitrary. Rank is also used for
sequence_variant features, such as SNPs. Rank=0 indicates the wildtype
(or baseline) feature, Rank=1 indicates the mutant (or compared) feature.';
COMMENT ON TABLE chado.featureloc_pub IS 'Provenance of featureloc. Linking table between featurelocs and publications that mention them.';
COMMENT ON TABLE chado.featuremap_contact IS 'Links contact(s) with a featuremap.  Used to 
indicate a particular person or organization responsible for constrution of or 
that can provide more information on a particular featuremap.';
COMMENT ON TABLE chado.featuremap_organism IS 'Links a featuremap to the organism(s) with which it is associated.';
COMMENT ON TABLE chado.featuremapprop IS 'A featuremap can have any number of slot-value property 
tags attached to it. This is an alternative to hardcoding a list of columns in the 
relational schema, and is completely extensible.';
COMMENT ON COLUMN chado.featuremapprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON COLUMN chado.featurepos.map_feature_id IS 'map_feature_id
links to the feature (map) upon which the feature is being localized.';
COMMENT ON TABLE chado.featureposprop IS 'Property or attribute of a featurepos record.';
COMMENT ON COLUMN chado.featureposprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.featureprop IS 'A feature can have any number of slot-value property tags attached to it. This is an alternative to hardcoding a list of columns in the relational schema, and is completely extensible.';
COMMENT ON COLUMN chado.featureprop.type_id IS 'The name of the
property/slot is a cvterm. The meaning of the property is defined in
that cvterm. Certain property types will only apply to certain feature
types (e.g. the anticodon property will only apply to tRNA features) ;
the types here come from the sequence feature property ontology.';
COMMENT ON COLUMN chado.featureprop.value IS 'The value of the property, represented as text. Numeric values are converted to their text representation. This is less efficient than using native database types, but is easier to query.';
COMMENT ON COLUMN chado.featureprop.rank IS 'Property-Value ordering. Any
feature can have multiple values for any particular property type -
these are ordered in a list using rank, counting from zero. For
properties that are single-valued rather than multi-valued, the
default 0 value should be used';
COMMENT ON COLUMN chado.featureprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.featureprop_pub IS 'Provenance. Any featureprop assignment can optionally be supported by a publication.';
COMMENT ON TABLE chado.featurerange IS 'In cases where the start and end of a mapped feature is a range, leftendf and rightstartf are populated. leftstartf_id, leftendf_id, rightstartf_id, rightendf_id are the ids of features with respect to which the feature is being mapped. These may be cytological bands.';
COMMENT ON COLUMN chado.featurerange.featuremap_id IS 'featuremap_id is the id of the feature being mapped.';
COMMENT ON TABLE chado.genotype IS 'Genetic context. A genotype is defined by a collection of features, mutations, balancers, deficiencies, haplotype blocks, or engineered constructs.';
COMMENT ON COLUMN chado.genotype.name IS 'Optional alternative name for a genotype, 
for display purposes.';
COMMENT ON COLUMN chado.genotype.uniquename IS 'The unique name for a genotype; 
typically derived from the features making up the genotype.';
COMMENT ON COLUMN chado.genotypeprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON COLUMN chado.library.type_id IS 'The type_id foreign key links to a controlled vocabulary of library types. Examples of this would be: "cDNA_library" or "genomic_library"';
COMMENT ON TABLE chado.library_contact IS 'Links contact(s) with a library.  Used to indicate a particular person or organization responsible for creation of or that can provide more information on a particular library.';
COMMENT ON TABLE chado.library_cvterm IS 'The table library_cvterm links a library to controlled vocabularies which describe the library.  For instance, there might be a link to the anatomy cv for "head" or "testes" for a head or testes library.';
COMMENT ON TABLE chado.library_dbxref IS 'Links a library to dbxrefs.';
COMMENT ON TABLE chado.library_expression IS 'Links a library to expression statements.';
COMMENT ON TABLE chado.library_expressionprop IS 'Attributes of a library_expression relationship.';
COMMENT ON COLUMN chado.library_expressionprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.library_feature IS 'library_feature links a library to the clones which are contained in the library.  Examples of such linked features might be "cDNA_clone" or  "genomic_clone".';
COMMENT ON TABLE chado.library_featureprop IS 'Attributes of a library_feature relationship.';
COMMENT ON COLUMN chado.library_featureprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.library_pub IS 'Attribution for a library.';
COMMENT ON TABLE chado.library_relationship IS 'Relationships between libraries.';
COMMENT ON TABLE chado.library_relationship_pub IS 'Provenance of library_relationship.';
COMMENT ON TABLE chado.library_synonym IS 'Linking table between library and synonym.';
COMMENT ON COLUMN chado.library_synonym.pub_id IS 'The pub_id link is for
relating the usage of a given synonym to the publication in which it was used.';
COMMENT ON COLUMN chado.library_synonym.is_current IS 'The is_current bit indicates whether the linked synonym is the current -official- symbol for the linked library.';
COMMENT ON COLUMN chado.library_synonym.is_internal IS 'Typically a synonym
exists so that somebody querying the database with an obsolete name
can find the object they are looking for under its current name.  If
the synonym has been used publicly and deliberately (e.g. in a paper), it my also be listed in reports as a synonym.   If the synonym was not used deliberately (e.g., there was a typo which went public), then the is_internal bit may be set to "true" so that it is known that the synonym is "internal" and should be queryable but should not be listed in reports as a valid synonym.';
COMMENT ON TABLE chado.libraryprop IS 'Tag-value properties - follows standard chado model.';
COMMENT ON COLUMN chado.libraryprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.libraryprop_pub IS 'Attribution for libraryprop.';
COMMENT ON TABLE chado.mageml IS 'This table is for storing extra bits of MAGEml in a denormalized form. More normalization would require many more tables.';
COMMENT ON TABLE chado.nd_experiment IS 'This is the core table for the natural diversity module, 
representing each individual assay that is undertaken (this is usually *not* an 
entire experiment). Each nd_experiment should give rise to a single genotype or 
phenotype and be described via 1 (or more) protocols. Collections of assays that 
relate to each other should be linked to the same record in the project table.';
COMMENT ON TABLE chado.nd_experiment_analysis IS 'An analysis that is used in an experiment';
COMMENT ON TABLE chado.nd_experiment_dbxref IS 'Cross-reference experiment to accessions, images, etc';
COMMENT ON TABLE chado.nd_experiment_genotype IS 'Linking table: experiments to the genotypes they produce. There is a one-to-one relationship between an experiment and a genotype since each genotype record should point to one experiment. Add a new experiment_id for each genotype record.';
COMMENT ON TABLE chado.nd_experiment_phenotype IS 'Linking table: experiments to the phenotypes they produce. There is a one-to-one relationship between an experiment and a phenotype since each phenotype record should point to one experiment. Add a new experiment_id for each phenotype record.';
COMMENT ON TABLE chado.nd_experiment_project IS 'Used to group together related nd_experiment records. All nd_experiments 
should be linked to at least one project.';
COMMENT ON TABLE chado.nd_experiment_protocol IS 'Linking table: experiments to the protocols they involve.';
COMMENT ON TABLE chado.nd_experiment_pub IS 'Linking nd_experiment(s) to publication(s)';
COMMENT ON TABLE chado.nd_experiment_stock IS 'Part of a stock or a clone of a stock that is used in an experiment';
COMMENT ON COLUMN chado.nd_experiment_stock.stock_id IS 'stock used in the extraction or the corresponding stock for the clone';
COMMENT ON TABLE chado.nd_experiment_stock_dbxref IS 'Cross-reference experiment_stock to accessions, images, etc';
COMMENT ON TABLE chado.nd_experiment_stockprop IS 'Property/value associations for experiment_stocks. This table can store the properties such as treatment';
COMMENT ON COLUMN chado.nd_experiment_stockprop.nd_experiment_stock_id IS 'The experiment_stock to which the property applies.';
COMMENT ON COLUMN chado.nd_experiment_stockprop.type_id IS 'The name of the property as a reference to a controlled vocabulary term.';
COMMENT ON COLUMN chado.nd_experiment_stockprop.value IS 'The value of the property.';
COMMENT ON COLUMN chado.nd_experiment_stockprop.rank IS 'The rank of the property value, if the property has an array of values.';
COMMENT ON COLUMN chado.nd_experiment_stockprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.nd_experimentprop IS 'An nd_experiment can have any number of
slot-value property tags attached to it. This is an alternative to
hardcoding a list of columns in the relational schema, and is
completely extensible. There is a unique constraint, stockprop_c1, for
the combination of stock_id, rank, and type_id. Multivalued property-value pairs must be differentiated by rank.';
COMMENT ON COLUMN chado.nd_experimentprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.nd_geolocation IS 'The geo-referencable location of the stock. NOTE: This entity is subject to change as a more general and possibly more OpenGIS-compliant geolocation module may be introduced into Chado.';
COMMENT ON COLUMN chado.nd_geolocation.description IS 'A textual representation of the location, if this is the original georeference. Optional if the original georeference is available in lat/long coordinates.';
COMMENT ON COLUMN chado.nd_geolocation.latitude IS 'The decimal latitude coordinate of the georeference, using positive and negative sign to indicate N and S, respectively.';
COMMENT ON COLUMN chado.nd_geolocation.longitude IS 'The decimal longitude coordinate of the georeference, using positive and negative sign to indicate E and W, respectively.';
COMMENT ON COLUMN chado.nd_geolocation.geodetic_datum IS 'The geodetic system on which the geo-reference coordinates are based. For geo-references measured between 1984 and 2010, this will typically be WGS84.';
COMMENT ON COLUMN chado.nd_geolocation.altitude IS 'The altitude (elevation) of the location in meters. If the altitude is only known as a range, this is the average, and altitude_dev will hold half of the width of the range.';
COMMENT ON TABLE chado.nd_geolocationprop IS 'Property/value associations for geolocations. This table can store the properties such as location and environment';
COMMENT ON COLUMN chado.nd_geolocationprop.type_id IS 'The name of the property as a reference to a controlled vocabulary term.';
COMMENT ON COLUMN chado.nd_geolocationprop.value IS 'The value of the property.';
COMMENT ON COLUMN chado.nd_geolocationprop.rank IS 'The rank of the property value, if the property has an array of values.';
COMMENT ON COLUMN chado.nd_geolocationprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.nd_protocol IS 'A protocol can be anything that is done as part of the experiment.';
COMMENT ON COLUMN chado.nd_protocol.name IS 'The protocol name.';
COMMENT ON TABLE chado.nd_protocolprop IS 'Property/value associations for protocol.';
COMMENT ON COLUMN chado.nd_protocolprop.nd_protocol_id IS 'The protocol to which the property applies.';
COMMENT ON COLUMN chado.nd_protocolprop.type_id IS 'The name of the property as a reference to a controlled vocabulary term.';
COMMENT ON COLUMN chado.nd_protocolprop.value IS 'The value of the property.';
COMMENT ON COLUMN chado.nd_protocolprop.rank IS 'The rank of the property value, if the property has an array of values.';
COMMENT ON COLUMN chado.nd_protocolprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.nd_reagent IS 'A reagent such as a primer, an enzyme, an adapter oligo, a linker oligo. Reagents are used in genotyping experiments, or in any other kind of experiment.';
COMMENT ON COLUMN chado.nd_reagent.name IS 'The name of the reagent. The name should be unique for a given type.';
COMMENT ON COLUMN chado.nd_reagent.type_id IS 'The type of the reagent, for example linker oligomer, or forward primer.';
COMMENT ON COLUMN chado.nd_reagent.feature_id IS 'If the reagent is a primer, the feature that it corresponds to. More generally, the corresponding feature for any reagent that has a sequence that maps to another sequence.';
COMMENT ON TABLE chado.nd_reagent_relationship IS 'Relationships between reagents. Some reagents form a group. i.e., they are used all together or not at all. Examples are adapter/linker/enzyme experiment reagents.';
COMMENT ON COLUMN chado.nd_reagent_relationship.subject_reagent_id IS 'The subject reagent in the relationship. In parent/child terminology, the subject is the child. For example, in "linkerA 3prime-overhang-linker enzymeA" linkerA is the subject, 3prime-overhand-linker is the type, and enzymeA is the object.';
COMMENT ON COLUMN chado.nd_reagent_relationship.object_reagent_id IS 'The object reagent in the relationship. In parent/child terminology, the object is the parent. For example, in "linkerA 3prime-overhang-linker enzymeA" linkerA is the subject, 3prime-overhand-linker is the type, and enzymeA is the object.';
COMMENT ON COLUMN chado.nd_reagent_relationship.type_id IS 'The type (or predicate) of the relationship. For example, in "linkerA 3prime-overhang-linker enzymeA" linkerA is the subject, 3prime-overhand-linker is the type, and enzymeA is the object.';
COMMENT ON COLUMN chado.nd_reagentprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.organism IS 'The organismal taxonomic
classification. Note that phylogenies are represented using the
phylogeny module, and taxonomies can be represented using the cvterm
module or the phylogeny module.';
COMMENT ON COLUMN chado.organism.species IS 'A type of organism is always
uniquely identified by genus and species. When mapping from the NCBI
taxonomy names.dmp file, this column must be used where it
is present, as the common_name column is not always unique (e.g. environmental
samples). If a particular strain or subspecies is to be represented,
this is appended onto the species name. Follows standard NCBI taxonomy
pattern.';
COMMENT ON COLUMN chado.organism.infraspecific_name IS 'The scientific name for any taxon 
below the rank of species.  The rank should be specified using the type_id field
and the name is provided here.';
COMMENT ON COLUMN chado.organism.type_id IS 'A controlled vocabulary term that
specifies the organism rank below species. It is used when an infraspecific 
name is provided.  Ideally, the rank should be a valid ICN name such as 
subspecies, varietas, subvarietas, forma and subforma';
COMMENT ON TABLE chado.organism_cvterm IS 'organism to cvterm associations. Examples: taxonomic name';
COMMENT ON COLUMN chado.organism_cvterm.rank IS 'Property-Value
ordering. Any organism_cvterm can have multiple values for any particular
property type - these are ordered in a list using rank, counting from
zero. For properties that are single-valued rather than multi-valued,
the default 0 value should be used';
COMMENT ON TABLE chado.organism_cvtermprop IS 'Extensible properties for
organism to cvterm associations. Examples: qualifiers';
COMMENT ON COLUMN chado.organism_cvtermprop.type_id IS 'The name of the
property/slot is a cvterm. The meaning of the property is defined in
that cvterm. ';
COMMENT ON COLUMN chado.organism_cvtermprop.value IS 'The value of the
property, represented as text. Numeric values are converted to their
text representation. This is less efficient than using native database
types, but is easier to query.';
COMMENT ON COLUMN chado.organism_cvtermprop.rank IS 'Property-Value
ordering. Any organism_cvterm can have multiple values for any particular
property type - these are ordered in a list using rank, counting from
zero. For properties that are single-valued rather than multi-valued,
the default 0 value should be used';
COMMENT ON TABLE chado.organism_dbxref IS 'Links an organism to a dbxref.';
COMMENT ON TABLE chado.organism_pub IS 'Attribution for organism.';
COMMENT ON TABLE chado.organism_relationship IS 'Specifies relationships between organisms 
that are not taxonomic. For example, in breeding, relationships such as 
"sterile_with", "incompatible_with", or "fertile_with" would be appropriate. Taxonomic
relatinoships should be housed in the phylogeny tables.';
COMMENT ON TABLE chado.organismprop IS 'Tag-value properties - follows standard chado model.';
COMMENT ON COLUMN chado.organismprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.organismprop_pub IS 'Attribution for organismprop.';
COMMENT ON TABLE chado.phendesc IS 'A summary of a _set_ of phenotypic statements for any one gcontext made in any one publication.';
COMMENT ON TABLE chado.phenotype IS 'A phenotypic statement, or a single
atomic phenotypic observation, is a controlled sentence describing
observable effects of non-wild type function. E.g. Obs=eye, attribute=color, cvalue=red.';
COMMENT ON COLUMN chado.phenotype.observable_id IS 'The entity: e.g. anatomy_part, biological_process.';
COMMENT ON COLUMN chado.phenotype.attr_id IS 'Phenotypic attribute (quality, property, attribute, character) - drawn from PATO.';
COMMENT ON COLUMN chado.phenotype.value IS 'Value of attribute - unconstrained free text. Used only if cvalue_id is not appropriate.';
COMMENT ON COLUMN chado.phenotype.cvalue_id IS 'Phenotype attribute value (state).';
COMMENT ON COLUMN chado.phenotype.assay_id IS 'Evidence type.';
COMMENT ON TABLE chado.phenotype_comparison IS 'Comparison of phenotypes e.g., genotype1/environment1/phenotype1 "non-suppressible" with respect to genotype2/environment2/phenotype2.';
COMMENT ON TABLE chado.phenotype_cvterm IS 'phenotype to cvterm associations.';
COMMENT ON TABLE chado.phenotypeprop IS 'A phenotype can have any number of slot-value property tags attached to it. This is an alternative to hardcoding a list of columns in the relational schema, and is completely extensible. There is a unique constraint, phenotypeprop_c1, for the combination of phenotype_id, rank, and type_id. Multivalued property-value pairs must be differentiated by rank.';
COMMENT ON COLUMN chado.phenotypeprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.phenstatement IS 'Phenotypes are things like "larval lethal".  Phenstatements are things like "dpp-1 is recessive larval lethal". So essentially phenstatement is a linking table expressing the relationship between genotype, environment, and phenotype.';
COMMENT ON TABLE chado.phylonode IS 'This is the most pervasive
       element in the phylogeny module, cataloging the "phylonodes" of
       tree graphs. Edges are implied by the parent_phylonode_id
       reflexive closure. For all nodes in a nested set implementation the left and right index will be *between* the parents left and right indexes.';
COMMENT ON COLUMN chado.phylonode.parent_phylonode_id IS 'Root phylonode can have null parent_phylonode_id value.';
COMMENT ON COLUMN chado.phylonode.type_id IS 'Type: e.g. root, interior, leaf.';
COMMENT ON COLUMN chado.phylonode.feature_id IS 'Phylonodes can have optional features attached to them e.g. a protein or nucleotide sequence usually attached to a leaf of the phylotree for non-leaf nodes, the feature may be a feature that is an instance of SO:match; this feature is the alignment of all leaf features beneath it.';
COMMENT ON TABLE chado.phylonode_dbxref IS 'For example, for orthology, paralogy group identifiers; could also be used for NCBI taxonomy; for sequences, refer to phylonode_feature, feature associated dbxrefs.';
COMMENT ON TABLE chado.phylonode_organism IS 'This linking table should only be used for nodes in taxonomy trees; it provides a mapping between the node and an organism. One node can have zero or one organisms, one organism can have zero or more nodes (although typically it should only have one in the standard NCBI taxonomy tree).';
COMMENT ON COLUMN chado.phylonode_organism.phylonode_id IS 'One phylonode cannot refer to >1 organism.';
COMMENT ON TABLE chado.phylonode_relationship IS 'This is for 
relationships that are not strictly hierarchical; for example,
horizontal gene transfer. Most phylogenetic trees are strictly
hierarchical, nevertheless it is here for completeness.';
COMMENT ON COLUMN chado.phylonodeprop.type_id IS 'type_id could designate phylonode hierarchy relationships, for example: species taxonomy (kingdom, order, family, genus, species), "ortholog/paralog", "fold/superfold", etc.';
COMMENT ON COLUMN chado.phylonodeprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.phylotree IS 'Global anchor for phylogenetic tree.';
COMMENT ON COLUMN chado.phylotree.type_id IS 'Type: protein, nucleotide, taxonomy, for example. The type should be any SO type, or "taxonomy".';
COMMENT ON TABLE chado.phylotree_pub IS 'Tracks citations global to the tree e.g. multiple sequence alignment supporting tree construction.';
COMMENT ON TABLE chado.phylotreeprop IS 'A phylotree can have any number of slot-value property 
tags attached to it. This is an alternative to hardcoding a list of columns in the 
relational schema, and is completely extensible.';
COMMENT ON COLUMN chado.phylotreeprop.type_id IS 'The name of the property/slot is a cvterm. 
The meaning of the property is defined in that cvterm.';
COMMENT ON COLUMN chado.phylotreeprop.value IS 'The value of the property, represented as text. 
Numeric values are converted to their text representation. This is less efficient than 
using native database types, but is easier to query.';
COMMENT ON COLUMN chado.phylotreeprop.rank IS 'Property-Value ordering. Any
phylotree can have multiple values for any particular property type 
these are ordered in a list using rank, counting from zero. For
properties that are single-valued rather than multi-valued, the
default 0 value should be used';
COMMENT ON COLUMN chado.phylotreeprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.project IS 'A project is some kind of planned endeavor.  Used primarily by other
Chado modules to group experiments, stocks, and so forth that are
associated with eachother administratively or organizationally.';
COMMENT ON TABLE chado.project_analysis IS 'Links an analysis to a project that may contain multiple analyses. 
The rank column can be used to specify a simple ordering in which analyses were executed.';
COMMENT ON TABLE chado.project_contact IS 'Linking table for associating projects and contacts.';
COMMENT ON TABLE chado.project_dbxref IS 'project_dbxref links a project to dbxrefs.';
COMMENT ON COLUMN chado.project_dbxref.is_current IS 'The is_current boolean indicates whether the linked dbxref is the current -official- dbxref for the linked project.';
COMMENT ON TABLE chado.project_feature IS 'This table is intended associate records in the feature table with a project.';
COMMENT ON TABLE chado.project_pub IS 'Linking table for associating projects and publications.';
COMMENT ON TABLE chado.project_relationship IS 'Linking table for relating projects to each other.  For example, a
given project could be composed of several smaller subprojects';
COMMENT ON COLUMN chado.project_relationship.type_id IS 'The cvterm type of the relationship being stated, such as "part of".';
COMMENT ON TABLE chado.project_stock IS 'This table is intended associate records in the stock table with a project.';
COMMENT ON TABLE chado.projectprop IS 'Standard Chado flexible property table for projects.';
COMMENT ON COLUMN chado.projectprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.protocol IS 'Procedural notes on how data was prepared and processed.';
COMMENT ON TABLE chado.protocolparam IS 'Parameters related to a
protocol. For example, if the protocol is a soak, this might include attributes of bath temperature and duration.';
COMMENT ON TABLE chado.pub IS 'A documented provenance artefact - publications,
documents, personal communication.';
COMMENT ON COLUMN chado.pub.title IS 'Descriptive general heading.';
COMMENT ON COLUMN chado.pub.volumetitle IS 'Title of part if one of a series.';
COMMENT ON COLUMN chado.pub.series_name IS 'Full name of (journal) series.';
COMMENT ON COLUMN chado.pub.pages IS 'Page number range[s], e.g. 457--459, viii + 664pp, lv--lvii.';
COMMENT ON COLUMN chado.pub.type_id IS 'The type of the publication (book, journal, poem, graffiti, etc). Uses pub cv.';
COMMENT ON TABLE chado.pub_dbxref IS 'Handle links to repositories,
e.g. Pubmed, Biosis, zoorec, OCLC, Medline, ISSN, coden...';
COMMENT ON TABLE chado.pub_relationship IS 'Handle relationships between
publications, e.g. when one publication makes others obsolete, when one
publication contains errata with respect to other publication(s), or
when one publication also appears in another pub.';
COMMENT ON TABLE chado.pubauthor IS 'An author for a publication. Note the denormalisation (hence lack of _ in table name) - this is deliberate as it is in general too hard to assign IDs to authors.';
COMMENT ON COLUMN chado.pubauthor.rank IS 'Order of author in author list for this pub - order is important.';
COMMENT ON COLUMN chado.pubauthor.editor IS 'Indicates whether the author is an editor for linked publication. Note: this is a boolean field but does not follow the normal chado convention for naming booleans.';
COMMENT ON COLUMN chado.pubauthor.givennames IS 'First name, initials';
COMMENT ON COLUMN chado.pubauthor.suffix IS 'Jr., Sr., etc';
COMMENT ON TABLE chado.pubauthor_contact IS 'An author on a publication may have a corresponding entry in the contact table and this table can link the two.';
COMMENT ON TABLE chado.pubprop IS 'Property-value pairs for a pub. Follows standard chado pattern.';
COMMENT ON COLUMN chado.pubprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.quantification IS 'Quantification is the transformation of an image acquisition to numeric data. This typically involves statistical procedures.';
COMMENT ON TABLE chado.quantification_relationship IS 'There may be multiple rounds of quantification, this allows us to keep an audit trail of what values went where.';
COMMENT ON TABLE chado.quantificationprop IS 'Extra quantification properties that are not accounted for in quantification.';
COMMENT ON COLUMN chado.quantificationprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.stock IS 'Any stock can be globally identified by the
combination of organism, uniquename and stock type. A stock is the physical entities, either living or preserved, held by collections. Stocks belong to a collection; they have IDs, type, organism, description and may have a genotype.';
COMMENT ON COLUMN chado.stock.dbxref_id IS 'The dbxref_id is an optional primary stable identifier for this stock. Secondary indentifiers and external dbxrefs go in table: stock_dbxref.';
COMMENT ON COLUMN chado.stock.organism_id IS 'The organism_id is the organism to which the stock belongs. This column should only be left blank if the organism cannot be determined.';
COMMENT ON COLUMN chado.stock.name IS 'The name is a human-readable local name for a stock.';
COMMENT ON COLUMN chado.stock.description IS 'The description is the genetic description provided in the stock list.';
COMMENT ON COLUMN chado.stock.type_id IS 'The type_id foreign key links to a controlled vocabulary of stock types. The would include living stock, genomic DNA, preserved specimen. Secondary cvterms for stocks would go in stock_cvterm.';
COMMENT ON TABLE chado.stock_cvterm IS 'stock_cvterm links a stock to cvterms. This is for secondary cvterms; primary cvterms should use stock.type_id.';
COMMENT ON TABLE chado.stock_cvtermprop IS 'Extensible properties for
stock to cvterm associations. Examples: GO evidence codes;
qualifiers; metadata such as the date on which the entry was curated
and the source of the association. See the stockprop table for
meanings of type_id, value and rank.';
COMMENT ON COLUMN chado.stock_cvtermprop.type_id IS 'The name of the
property/slot is a cvterm. The meaning of the property is defined in
that cvterm. cvterms may come from the OBO evidence code cv.';
COMMENT ON COLUMN chado.stock_cvtermprop.value IS 'The value of the
property, represented as text. Numeric values are converted to their
text representation. This is less efficient than using native database
types, but is easier to query.';
COMMENT ON COLUMN chado.stock_cvtermprop.rank IS 'Property-Value
ordering. Any stock_cvterm can have multiple values for any particular
property type - these are ordered in a list using rank, counting from
zero. For properties that are single-valued rather than multi-valued,
the default 0 value should be used.';
COMMENT ON TABLE chado.stock_dbxref IS 'stock_dbxref links a stock to dbxrefs. This is for secondary identifiers; primary identifiers should use stock.dbxref_id.';
COMMENT ON COLUMN chado.stock_dbxref.is_current IS 'The is_current boolean indicates whether the linked dbxref is the current -official- dbxref for the linked stock.';
COMMENT ON TABLE chado.stock_dbxrefprop IS 'A stock_dbxref can have any number of
slot-value property tags attached to it. This is useful for storing properties related to dbxref annotations of stocks, such as evidence codes, and references, and metadata, such as create/modify dates. This is an alternative to
hardcoding a list of columns in the relational schema, and is
completely extensible. There is a unique constraint, stock_dbxrefprop_c1, for
the combination of stock_dbxref_id, rank, and type_id. Multivalued property-value pairs must be differentiated by rank.';
COMMENT ON TABLE chado.stock_feature IS 'Links a stock to a feature.';
COMMENT ON TABLE chado.stock_featuremap IS 'Links a featuremap to a stock.';
COMMENT ON TABLE chado.stock_genotype IS 'Simple table linking a stock to
a genotype. Features with genotypes can be linked to stocks thru feature_genotype -> genotype -> stock_genotype -> stock.';
COMMENT ON TABLE chado.stock_library IS 'Links a stock with a library.';
COMMENT ON TABLE chado.stock_pub IS 'Provenance. Linking table between stocks and, for example, a stocklist computer file.';
COMMENT ON COLUMN chado.stock_relationship.subject_id IS 'stock_relationship.subject_id is the subject of the subj-predicate-obj sentence. This is typically the substock.';
COMMENT ON COLUMN chado.stock_relationship.object_id IS 'stock_relationship.object_id is the object of the subj-predicate-obj sentence. This is typically the container stock.';
COMMENT ON COLUMN chado.stock_relationship.type_id IS 'stock_relationship.type_id is relationship type between subject and object. This is a cvterm, typically from the OBO relationship ontology, although other relationship types are allowed.';
COMMENT ON COLUMN chado.stock_relationship.value IS 'stock_relationship.value is for additional notes or comments.';
COMMENT ON COLUMN chado.stock_relationship.rank IS 'stock_relationship.rank is the ordering of subject stocks with respect to the object stock may be important where rank is used to order these; starts from zero.';
COMMENT ON TABLE chado.stock_relationship_cvterm IS 'For germplasm maintenance and pedigree data, stock_relationship. type_id will record cvterms such as "is a female parent of", "a parent for mutation", "is a group_id of", "is a source_id of", etc The cvterms for higher categories such as "generative", "derivative" or "maintenance" can be stored in table stock_relationship_cvterm';
COMMENT ON TABLE chado.stock_relationship_pub IS 'Provenance. Attach optional evidence to a stock_relationship in the form of a publication.';
COMMENT ON TABLE chado.stockcollection IS 'The lab or stock center distributing the stocks in their collection.';
COMMENT ON COLUMN chado.stockcollection.type_id IS 'type_id is the collection type cv.';
COMMENT ON COLUMN chado.stockcollection.contact_id IS 'contact_id links to the contact information for the collection.';
COMMENT ON COLUMN chado.stockcollection.name IS 'name is the collection.';
COMMENT ON COLUMN chado.stockcollection.uniquename IS 'uniqename is the value of the collection cv.';
COMMENT ON TABLE chado.stockcollection_db IS 'Stock collections may be respresented 
by an external online database. This table associates a stock collection with 
a database where its member stocks can be found. Individual stock that are part 
of this collction should have entries in the stock_dbxref table with the same 
db_id record';
COMMENT ON TABLE chado.stockcollection_stock IS 'stockcollection_stock links
a stock collection to the stocks which are contained in the collection.';
COMMENT ON TABLE chado.stockcollectionprop IS 'The table stockcollectionprop
contains the value of the stock collection such as website/email URLs;
the value of the stock collection order URLs.';
COMMENT ON COLUMN chado.stockcollectionprop.type_id IS 'The cv for the type_id is "stockcollection property type".';
COMMENT ON COLUMN chado.stockcollectionprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.stockprop IS 'A stock can have any number of
slot-value property tags attached to it. This is an alternative to
hardcoding a list of columns in the relational schema, and is
completely extensible. There is a unique constraint, stockprop_c1, for
the combination of stock_id, rank, and type_id. Multivalued property-value pairs must be differentiated by rank.';
COMMENT ON COLUMN chado.stockprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.stockprop_pub IS 'Provenance. Any stockprop assignment can optionally be supported by a publication.';
COMMENT ON COLUMN chado.studydesignprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON COLUMN chado.studyprop.cvalue_id IS 'The value of the property if that value should be the name of a controlled vocabulary term.  It is preferred that a property either use the value or cvalue_id column but not both.  For example, if the property type is "color" then the cvalue_id could be a term named "green".';
COMMENT ON TABLE chado.synonym IS 'A synonym for a feature. One feature can have multiple synonyms, and the same synonym can apply to multiple features.';
COMMENT ON COLUMN chado.synonym.name IS 'The synonym itself. Should be human-readable machine-searchable ascii text.';
COMMENT ON COLUMN chado.synonym.type_id IS 'Types would be symbol and fullname for now.';
COMMENT ON COLUMN chado.synonym.synonym_sgml IS 'The fully specified synonym, with any non-ascii characters encoded in SGML.';
COMMENT ON TABLE chado.treatment IS 'A biomaterial may undergo multiple
treatments. Examples of treatments: apoxia, fluorophore and biotin labeling.';
