-- i-Educar, the Brazilian open-source public school management system run by municipal and state education
-- departments (Portabilis; table and column names in PORTUGUESE): the core of its three legacy schemas pmieducar,
-- cadastro and modules put together in ONE schema ieducar. pmieducar: the education network (instituicao), schools
-- (escola, escola_complemento, escola_ano_letivo, escola_curso, escola_serie, escola_serie_disciplina, school
-- networks and locations, buildings and rooms: infra_predio, infra_predio_comodo, infra_comodo_funcao), courses and
-- grades (curso, serie, sequencia_serie, nivel_ensino, tipo_ensino, tipo_regime), classes (turma, turma_tipo,
-- turma_turno, turma_modulo, timetables quadro_horario*), the school calendar (calendario_ano_letivo, calendario_dia,
-- calendario_dia_motivo, calendario_anotacao, ano_letivo_modulo, modulo), students (aluno, aluno_beneficio, height and
-- weight history, uniform distribution, projects), enrolments (matricula, matricula_turma, disciplinary incidents
-- matricula_ocorrencia_disciplinar, transfers transferencia_solicitacao/transferencia_tipo, drop-out types
-- abandono_tipo, subject exemptions dispensa_disciplina, dependencies disciplina_dependencia, place reservations
-- reserva_vaga and candidato_reserva_vaga), school records (historico_escolar, historico_disciplinas), staff
-- (servidor, servidor_alocacao, servidor_funcao, funcao, servidor_afastamento, motivo_afastamento, servidor_formacao,
-- falta_atraso, performance evaluations avaliacao_desempenho, salary levels nivel/subnivel/categoria_nivel), users
-- (usuario, tipo_usuario, escola_usuario); cadastro: people (pessoa, fisica, juridica, documento, fone_pessoa,
-- fisica_raca, fisica_deficiencia, raca, deficiencia, escolaridade, estado_civil, orgao_emissor_rg, registry offices
-- codigo_cartorio_inep); modules: subjects and knowledge areas (componente_curricular, area_conhecimento,
-- componente_curricular_ano_escolar, componente_curricular_turma), teachers on classes (professor_turma,
-- professor_turma_disciplina), grading rules (regra_avaliacao, regra_avaliacao_serie_ano, formula_media,
-- tabela_arredondamento*), marks, absences and reports per enrolment (nota_aluno, nota_componente_curricular,
-- nota_componente_curricular_media, nota_geral, media_geral, nota_exame, falta_aluno, falta_componente_curricular,
-- falta_geral, parecer_*), the student's medical record and housing (ficha_medica_aluno, moradia_aluno), the
-- Educacenso (school census, INEP) codes and tables (educacenso_cod_aluno/escola/turma/docente, educacenso_ies,
-- educacenso_curso_superior, etapas_educacenso) and the audit log (auditoria).
-- Source: the legacy baseline migrations database/migrations/legacy/2020_01_01_*.php of github.com/portabilis/i-educar
-- (commit 70850d7, 2024-10-10, the 2.8 line; the legacy folder last changed in 529ed43, 2023-06-22), which recreate
-- the consolidated schema of 2020-01-01 with DB::unprepared(<pg_dump SQL>) and Laravel Schema::table(...)->foreign().
-- GPL-2.0-or-later; we use the schema's facts. Converted by extracting the SQL of the migrations create_schemas,
-- create_types, create_extensions, every create_pmieducar_*/create_cadastro_*/create_modules_*_table written as SQL,
-- and every add_foreign_keys_in_* (foreign() calls rendered as ALTER TABLE ... ADD FOREIGN KEY), with a small PHP
-- shim, loading them into a scratch PostgreSQL 15 and regenerating from its catalog: all 137 tables of the three
-- schemas (84 pmieducar, 39 modules, 14 cadastro; 5 without a primary key in the source) and the 206 foreign keys
-- between them. No table name occurs in two of the three schemas, so none is prefixed. Left out: the *_excluidos
-- soft-delete archive tables (written with the Schema builder), the portal, public, relatorio and urbano schemas and
-- the English-named tables (menus, settings, employee_graduations, school_managers, manager_*, log_unification*), so
-- the 23 foreign keys to or from them are absent (e.g. ref_usuario_cad -> portal.funcionario); also defaults,
-- sequences, indexes, views, functions, triggers, rows and the unique constraints/indexes except the 5 that foreign
-- keys reference (componente_curricular (id), regra_avaliacao (id), tabela_arredondamento (id), historico_escolar
-- (ref_cod_aluno, sequencial), escola_serie_disciplina (ref_ref_cod_serie, ref_ref_cod_escola, ref_cod_disciplina));
-- the source declares no comments.
-- The roughly 470 later migrations (database/migrations/*.php, 2020-2024) are NOT applied: they drop 9 of these
-- tables (servidor_curso, servidor_formacao, servidor_titulo_concurso, infra_predio, infra_predio_comodo,
-- infra_comodo_funcao, nivel, subnivel, categoria_nivel), rename 3 to English names (avaliacao_desempenho ->
-- performance_evaluations, distribuicao_uniforme -> uniform_distributions, religiao -> religions) and add columns and
-- new, mostly English-named tables (public.places, ...); this is the 2020-01-01 baseline. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS ieducar;
CREATE TABLE ieducar.abandono_tipo (
    cod_abandono_tipo integer NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer,
    nome character varying(255) NOT NULL,
    data_cadastro timestamp without time zone,
    data_exclusao timestamp without time zone,
    ativo integer,
    PRIMARY KEY (cod_abandono_tipo)
);
CREATE TABLE ieducar.aluno (
    cod_aluno integer NOT NULL,
    ref_cod_religiao integer,
    ref_usuario_exc integer,
    ref_usuario_cad integer,
    ref_idpes integer,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    caminho_foto character varying(255),
    analfabeto smallint,
    nm_pai character varying(255),
    nm_mae character varying(255),
    tipo_responsavel character(1),
    aluno_estado_id character varying(25),
    justificativa_falta_documentacao smallint,
    url_laudo_medico json,
    codigo_sistema character varying(30),
    veiculo_transporte_escolar integer[],
    autorizado_um character varying(150),
    parentesco_um character varying(150),
    autorizado_dois character varying(150),
    parentesco_dois character varying(150),
    autorizado_tres character varying(150),
    parentesco_tres character varying(150),
    autorizado_quatro character varying(150),
    parentesco_quatro character varying(150),
    autorizado_cinco character varying(150),
    parentesco_cinco character varying(150),
    url_documento json,
    recebe_escolarizacao_em_outro_espaco smallint NOT NULL,
    recursos_prova_inep integer[],
    updated_at timestamp without time zone,
    emancipado boolean NOT NULL,
    PRIMARY KEY (cod_aluno)
);
CREATE TABLE ieducar.aluno_aluno_beneficio (
    aluno_id integer NOT NULL,
    aluno_beneficio_id integer NOT NULL,
    PRIMARY KEY (aluno_id, aluno_beneficio_id)
);
CREATE TABLE ieducar.aluno_beneficio (
    cod_aluno_beneficio integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_beneficio character varying(255) NOT NULL,
    desc_beneficio text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_aluno_beneficio)
);
CREATE TABLE ieducar.aluno_historico_altura_peso (
    ref_cod_aluno integer NOT NULL,
    data_historico date NOT NULL,
    altura numeric(12,2) NOT NULL,
    peso numeric(12,2) NOT NULL
);
CREATE TABLE ieducar.ano_letivo_modulo (
    ref_ano integer NOT NULL,
    ref_ref_cod_escola integer NOT NULL,
    sequencial integer NOT NULL,
    ref_cod_modulo integer NOT NULL,
    data_inicio date NOT NULL,
    data_fim date NOT NULL,
    dias_letivos numeric(5,0),
    PRIMARY KEY (ref_ano, ref_ref_cod_escola, sequencial, ref_cod_modulo)
);
CREATE TABLE ieducar.area_conhecimento (
    id integer NOT NULL,
    instituicao_id integer NOT NULL,
    nome character varying(200) NOT NULL,
    secao character varying(50),
    ordenamento_ac integer,
    updated_at timestamp without time zone,
    PRIMARY KEY (id, instituicao_id)
);
CREATE TABLE ieducar.auditoria (
    usuario character varying(300),
    operacao smallint,
    rotina character varying(300),
    valor_antigo text,
    valor_novo text,
    data_hora timestamp without time zone
);
CREATE TABLE ieducar.avaliacao_desempenho (
    sequencial integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    descricao text NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    titulo_avaliacao character varying(255) NOT NULL,
    PRIMARY KEY (sequencial, ref_cod_servidor, ref_ref_cod_instituicao)
);
CREATE TABLE ieducar.backup (
    id integer NOT NULL,
    caminho character varying(255) NOT NULL,
    data_backup timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.bloqueio_ano_letivo (
    ref_cod_instituicao integer NOT NULL,
    ref_ano integer NOT NULL,
    data_inicio date NOT NULL,
    data_fim date NOT NULL,
    PRIMARY KEY (ref_cod_instituicao, ref_ano)
);
CREATE TABLE ieducar.bloqueio_lancamento_faltas_notas (
    cod_bloqueio integer NOT NULL,
    ano integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    etapa integer NOT NULL,
    data_inicio date NOT NULL,
    data_fim date NOT NULL,
    PRIMARY KEY (cod_bloqueio)
);
CREATE TABLE ieducar.calendario_ano_letivo (
    cod_calendario_ano_letivo integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ano integer NOT NULL,
    data_cadastra timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_calendario_ano_letivo)
);
CREATE TABLE ieducar.calendario_anotacao (
    cod_calendario_anotacao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_anotacao character varying(255) NOT NULL,
    descricao text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_calendario_anotacao)
);
CREATE TABLE ieducar.calendario_dia (
    ref_cod_calendario_ano_letivo integer NOT NULL,
    mes integer NOT NULL,
    dia integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_calendario_dia_motivo integer,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    descricao text,
    PRIMARY KEY (ref_cod_calendario_ano_letivo, mes, dia)
);
CREATE TABLE ieducar.calendario_dia_anotacao (
    ref_dia integer NOT NULL,
    ref_mes integer NOT NULL,
    ref_ref_cod_calendario_ano_letivo integer NOT NULL,
    ref_cod_calendario_anotacao integer NOT NULL,
    PRIMARY KEY (ref_dia, ref_mes, ref_ref_cod_calendario_ano_letivo, ref_cod_calendario_anotacao)
);
CREATE TABLE ieducar.calendario_dia_motivo (
    cod_calendario_dia_motivo integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    sigla character varying(15) NOT NULL,
    descricao text,
    tipo character(1) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    nm_motivo character varying(255) NOT NULL,
    PRIMARY KEY (cod_calendario_dia_motivo)
);
CREATE TABLE ieducar.calendario_turma (
    calendario_ano_letivo_id integer NOT NULL,
    ano integer NOT NULL,
    mes integer NOT NULL,
    dia integer NOT NULL,
    turma_id integer NOT NULL,
    PRIMARY KEY (calendario_ano_letivo_id, ano, mes, dia, turma_id)
);
CREATE TABLE ieducar.candidato_reserva_vaga (
    cod_candidato_reserva_vaga integer NOT NULL,
    ano_letivo integer NOT NULL,
    data_solicitacao date NOT NULL,
    ref_cod_aluno integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    ref_cod_turno integer,
    ref_cod_pessoa_cad integer NOT NULL,
    data_cad timestamp without time zone NOT NULL,
    data_update timestamp without time zone NOT NULL,
    ref_cod_matricula integer,
    situacao character(1),
    data_situacao date,
    motivo character varying(255),
    ref_cod_escola integer,
    quantidade_membros smallint,
    mae_fez_pre_natal boolean,
    membros_trabalham smallint,
    hora_solicitacao time without time zone,
    historico json,
    PRIMARY KEY (cod_candidato_reserva_vaga)
);
CREATE TABLE ieducar.categoria_nivel (
    cod_categoria_nivel integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_categoria_nivel character varying(100) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo boolean NOT NULL,
    PRIMARY KEY (cod_categoria_nivel)
);
CREATE TABLE ieducar.codigo_cartorio_inep (
    id integer NOT NULL,
    id_cartorio integer NOT NULL,
    descricao character varying,
    cod_serventia integer,
    cod_municipio integer,
    ref_sigla_uf character varying(3),
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.componente_curricular (
    id integer NOT NULL,
    instituicao_id integer NOT NULL,
    area_conhecimento_id integer NOT NULL,
    nome character varying(500) NOT NULL,
    abreviatura character varying(25) NOT NULL,
    tipo_base smallint NOT NULL,
    codigo_educacenso smallint,
    ordenamento integer,
    updated_at timestamp without time zone,
    PRIMARY KEY (id, instituicao_id),
    UNIQUE (id)
);
CREATE TABLE ieducar.componente_curricular_ano_escolar (
    componente_curricular_id integer NOT NULL,
    ano_escolar_id integer NOT NULL,
    carga_horaria numeric(7,3),
    tipo_nota integer,
    anos_letivos smallint[] NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (componente_curricular_id, ano_escolar_id)
);
CREATE TABLE ieducar.componente_curricular_turma (
    componente_curricular_id integer NOT NULL,
    ano_escolar_id integer NOT NULL,
    escola_id integer NOT NULL,
    turma_id integer NOT NULL,
    carga_horaria numeric(7,3),
    docente_vinculado smallint,
    etapas_especificas smallint,
    etapas_utilizadas character varying,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (componente_curricular_id, turma_id)
);
CREATE TABLE ieducar.config_movimento_geral (
    id integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    coluna integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.configuracoes_gerais (
    ref_cod_instituicao integer NOT NULL,
    permite_relacionamento_posvendas integer NOT NULL,
    url_novo_educacao character varying(100),
    mostrar_codigo_inep_aluno smallint,
    justificativa_falta_documentacao_obrigatorio smallint,
    tamanho_min_rede_estadual integer,
    modelo_boletim_professor integer,
    custom_labels json,
    url_cadastro_usuario character varying(255),
    active_on_ieducar smallint,
    ieducar_image character varying(255),
    ieducar_entity_name character varying(255),
    ieducar_login_footer text,
    ieducar_external_footer text,
    ieducar_internal_footer text,
    facebook_url character varying(255),
    twitter_url character varying(255),
    linkedin_url character varying(255),
    ieducar_suspension_message text,
    bloquear_cadastro_aluno boolean NOT NULL,
    token_novo_educacao character varying(191),
    situacoes_especificas_atestados boolean NOT NULL,
    emitir_ato_autorizativo boolean NOT NULL,
    emitir_ato_criacao_credenciamento boolean NOT NULL,
    PRIMARY KEY (ref_cod_instituicao)
);
CREATE TABLE ieducar.curso (
    cod_curso integer NOT NULL,
    ref_usuario_cad integer NOT NULL,
    ref_cod_tipo_regime integer,
    ref_cod_nivel_ensino integer NOT NULL,
    ref_cod_tipo_ensino integer NOT NULL,
    nm_curso character varying(255) NOT NULL,
    sgl_curso character varying(15) NOT NULL,
    qtd_etapas smallint NOT NULL,
    carga_horaria double precision NOT NULL,
    ato_poder_publico character varying(255),
    objetivo_curso text,
    publico_alvo text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_usuario_exc integer,
    ref_cod_instituicao integer NOT NULL,
    padrao_ano_escolar smallint NOT NULL,
    hora_falta double precision NOT NULL,
    multi_seriado integer,
    modalidade_curso integer,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_curso)
);
CREATE TABLE ieducar.deficiencia (
    cod_deficiencia integer NOT NULL,
    nm_deficiencia character varying(70) NOT NULL,
    deficiencia_educacenso smallint,
    desconsidera_regra_diferenciada boolean,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_deficiencia)
);
CREATE TABLE ieducar.disciplina_dependencia (
    ref_cod_matricula integer NOT NULL,
    ref_cod_disciplina integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    observacao text,
    cod_disciplina_dependencia integer NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_disciplina_dependencia)
);
CREATE TABLE ieducar.disciplina_serie (
    ref_cod_disciplina integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    ativo smallint NOT NULL,
    PRIMARY KEY (ref_cod_disciplina, ref_cod_serie)
);
CREATE TABLE ieducar.dispensa_disciplina (
    ref_cod_matricula integer NOT NULL,
    ref_cod_disciplina integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_tipo_dispensa integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    observacao text,
    cod_dispensa integer NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_dispensa)
);
CREATE TABLE ieducar.dispensa_etapa (
    ref_cod_dispensa integer,
    etapa integer
);
CREATE TABLE ieducar.distribuicao_uniforme (
    cod_distribuicao_uniforme integer NOT NULL,
    ref_cod_aluno integer NOT NULL,
    ano integer NOT NULL,
    kit_completo boolean,
    agasalho_qtd smallint,
    camiseta_curta_qtd smallint,
    camiseta_longa_qtd smallint,
    meias_qtd smallint,
    bermudas_tectels_qtd smallint,
    bermudas_coton_qtd smallint,
    tenis_qtd smallint,
    data date,
    agasalho_tm character varying(20),
    camiseta_curta_tm character varying(20),
    camiseta_longa_tm character varying(20),
    meias_tm character varying(20),
    bermudas_tectels_tm character varying(20),
    bermudas_coton_tm character varying(20),
    tenis_tm character varying(20),
    ref_cod_escola integer,
    camiseta_infantil_qtd smallint,
    camiseta_infantil_tm character varying(20),
    calca_jeans_qtd integer,
    calca_jeans_tm character varying(191),
    saia_qtd smallint,
    saia_tm character varying(20),
    PRIMARY KEY (cod_distribuicao_uniforme)
);
CREATE TABLE ieducar.documento (
    idpes numeric(8,0) NOT NULL,
    rg character varying(25),
    data_exp_rg date,
    sigla_uf_exp_rg character(2),
    tipo_cert_civil numeric(2,0),
    num_termo numeric(8,0),
    num_livro character varying(8),
    num_folha numeric(4,0),
    data_emissao_cert_civil date,
    sigla_uf_cert_civil character(2),
    cartorio_cert_civil character varying(200),
    num_cart_trabalho numeric(9,0),
    serie_cart_trabalho numeric(5,0),
    data_emissao_cart_trabalho date,
    sigla_uf_cart_trabalho character(2),
    num_tit_eleitor numeric(13,0),
    zona_tit_eleitor numeric(4,0),
    secao_tit_eleitor numeric(4,0),
    idorg_exp_rg integer,
    idpes_rev numeric,
    data_rev timestamp without time zone,
    origem_gravacao character(1) NOT NULL,
    idpes_cad numeric,
    data_cad timestamp without time zone NOT NULL,
    operacao character(1) NOT NULL,
    certidao_nascimento character varying(50),
    cartorio_cert_civil_inep integer,
    certidao_casamento character varying(50),
    passaporte character varying(20),
    comprovante_residencia character varying(255),
    declaracao_trabalho_autonomo character varying,
    PRIMARY KEY (idpes)
);
CREATE TABLE ieducar.educacenso_cod_aluno (
    cod_aluno integer NOT NULL,
    cod_aluno_inep bigint NOT NULL,
    nome_inep character varying(255),
    fonte character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_aluno, cod_aluno_inep)
);
CREATE TABLE ieducar.educacenso_cod_docente (
    cod_servidor integer NOT NULL,
    cod_docente_inep bigint NOT NULL,
    nome_inep character varying(255),
    fonte character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_servidor, cod_docente_inep)
);
CREATE TABLE ieducar.educacenso_cod_escola (
    cod_escola integer NOT NULL,
    cod_escola_inep bigint NOT NULL,
    nome_inep character varying(255),
    fonte character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_escola, cod_escola_inep)
);
CREATE TABLE ieducar.educacenso_cod_turma (
    cod_turma integer NOT NULL,
    cod_turma_inep bigint NOT NULL,
    nome_inep character varying(255),
    fonte character varying(255),
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_turma, cod_turma_inep)
);
CREATE TABLE ieducar.educacenso_curso_superior (
    id integer NOT NULL,
    curso_id character varying(100) NOT NULL,
    nome character varying(255) NOT NULL,
    classe_id integer NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    grau_academico smallint,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.educacenso_ies (
    id integer NOT NULL,
    ies_id integer NOT NULL,
    nome character varying(255) NOT NULL,
    dependencia_administrativa_id integer NOT NULL,
    tipo_instituicao_id integer NOT NULL,
    uf character(2),
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.educacenso_orgao_regional (
    sigla_uf character varying(2) NOT NULL,
    codigo character varying(5) NOT NULL,
    PRIMARY KEY (sigla_uf, codigo)
);
CREATE TABLE ieducar.escola (
    cod_escola integer NOT NULL,
    ref_usuario_cad integer NOT NULL,
    ref_usuario_exc integer,
    ref_cod_instituicao integer NOT NULL,
    ref_cod_escola_rede_ensino integer NOT NULL,
    ref_idpes integer,
    sigla character varying(20) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    bloquear_lancamento_diario_anos_letivos_encerrados integer,
    situacao_funcionamento integer,
    dependencia_administrativa integer,
    regulamentacao integer,
    longitude character varying(20),
    latitude character varying(20),
    acesso integer,
    ref_idpes_gestor integer,
    cargo_gestor integer,
    local_funcionamento integer[],
    condicao integer,
    codigo_inep_escola_compartilhada integer,
    decreto_criacao character varying(50),
    area_terreno_total character varying(10),
    area_construida character varying(10),
    area_disponivel character varying(10),
    num_pavimentos integer,
    tipo_piso integer,
    medidor_energia integer,
    agua_consumida integer,
    dependencia_sala_diretoria integer,
    dependencia_sala_professores integer,
    dependencia_sala_secretaria integer,
    dependencia_laboratorio_informatica integer,
    dependencia_laboratorio_ciencias integer,
    dependencia_sala_aee integer,
    dependencia_quadra_coberta integer,
    dependencia_quadra_descoberta integer,
    dependencia_cozinha integer,
    dependencia_biblioteca integer,
    dependencia_sala_leitura integer,
    dependencia_parque_infantil integer,
    dependencia_bercario integer,
    dependencia_banheiro_fora integer,
    dependencia_banheiro_dentro integer,
    dependencia_banheiro_infantil integer,
    dependencia_banheiro_deficiente integer,
    dependencia_banheiro_chuveiro integer,
    dependencia_refeitorio integer,
    dependencia_dispensa integer,
    dependencia_aumoxarifado integer,
    dependencia_auditorio integer,
    dependencia_patio_coberto integer,
    dependencia_patio_descoberto integer,
    dependencia_alojamento_aluno integer,
    dependencia_alojamento_professor integer,
    dependencia_area_verde integer,
    dependencia_lavanderia integer,
    dependencia_unidade_climatizada integer,
    dependencia_quantidade_ambiente_climatizado integer,
    dependencia_nenhuma_relacionada integer,
    dependencia_numero_salas_existente integer,
    dependencia_numero_salas_utilizadas integer,
    porte_quadra_descoberta integer,
    porte_quadra_coberta integer,
    tipo_cobertura_patio integer,
    total_funcionario integer,
    atendimento_aee integer,
    atividade_complementar integer,
    fundamental_ciclo integer,
    localizacao_diferenciada integer,
    didatico_nao_utiliza integer,
    didatico_quilombola integer,
    didatico_indigena integer,
    educacao_indigena integer,
    lingua_ministrada integer,
    espaco_brasil_aprendizado integer,
    abre_final_semana integer,
    codigo_lingua_indigena integer[],
    proposta_pedagogica integer,
    televisoes smallint,
    videocassetes smallint,
    dvds smallint,
    antenas_parabolicas smallint,
    copiadoras smallint,
    retroprojetores smallint,
    impressoras smallint,
    aparelhos_de_som smallint,
    projetores_digitais smallint,
    faxs smallint,
    maquinas_fotograficas smallint,
    computadores smallint,
    computadores_administrativo smallint,
    computadores_alunos smallint,
    acesso_internet smallint,
    ato_criacao character varying(255),
    dependencia_vias_deficiente smallint,
    utiliza_regra_diferenciada boolean,
    ato_autorizativo character varying(255),
    ref_idpes_secretario_escolar integer,
    impressoras_multifuncionais smallint,
    categoria_escola_privada integer,
    conveniada_com_poder_publico integer,
    cnpj_mantenedora_principal numeric(14,0),
    mantenedora_escola_privada integer[],
    materiais_didaticos_especificos integer,
    abastecimento_agua integer[],
    abastecimento_energia integer[],
    esgoto_sanitario integer[],
    destinacao_lixo integer[],
    email_gestor character varying(255),
    zona_localizacao smallint,
    codigo_inep_escola_compartilhada2 integer,
    codigo_inep_escola_compartilhada3 integer,
    codigo_inep_escola_compartilhada4 integer,
    codigo_inep_escola_compartilhada5 integer,
    codigo_inep_escola_compartilhada6 integer,
    orgao_vinculado_escola integer[],
    esfera_administrativa integer,
    unidade_vinculada_outra_instituicao integer,
    inep_escola_sede integer,
    codigo_ies integer,
    predio_compartilhado_outra_escola integer,
    agua_potavel_consumo integer,
    tratamento_lixo integer[],
    salas_gerais integer[],
    salas_funcionais integer[],
    banheiros integer[],
    laboratorios integer[],
    salas_atividades integer[],
    dormitorios integer[],
    areas_externas integer[],
    recursos_acessibilidade integer[],
    possui_dependencias integer,
    numero_salas_utilizadas_dentro_predio integer,
    numero_salas_utilizadas_fora_predio integer,
    numero_salas_climatizadas integer,
    numero_salas_acessibilidade integer,
    qtd_secretario_escolar integer,
    qtd_auxiliar_administrativo integer,
    qtd_apoio_pedagogico integer,
    qtd_coordenador_turno integer,
    qtd_tecnicos integer,
    qtd_bibliotecarios integer,
    qtd_segurancas integer,
    qtd_auxiliar_servicos_gerais integer,
    qtd_nutricionistas integer,
    qtd_profissionais_preparacao integer,
    qtd_bombeiro integer,
    qtd_psicologo integer,
    qtd_fonoaudiologo integer,
    alimentacao_escolar_alunos integer,
    compartilha_espacos_atividades_integracao integer,
    usa_espacos_equipamentos_atividades_regulares integer,
    equipamentos integer[],
    uso_internet integer[],
    rede_local integer[],
    equipamentos_acesso_internet integer[],
    quantidade_computadores_alunos_mesa integer,
    quantidade_computadores_alunos_portateis integer,
    quantidade_computadores_alunos_tablets integer,
    lousas_digitais integer,
    organizacao_ensino integer[],
    instrumentos_pedagogicos integer[],
    orgaos_colegiados integer[],
    exame_selecao_ingresso integer,
    reserva_vagas_cotas integer[],
    projeto_politico_pedagogico integer,
    updated_at timestamp without time zone,
    iddis integer,
    PRIMARY KEY (cod_escola)
);
CREATE TABLE ieducar.escola_ano_letivo (
    ref_cod_escola integer NOT NULL,
    ano integer NOT NULL,
    ref_usuario_cad integer NOT NULL,
    ref_usuario_exc integer,
    andamento smallint NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    turmas_por_ano smallint,
    PRIMARY KEY (ref_cod_escola, ano)
);
CREATE TABLE ieducar.escola_complemento (
    ref_cod_escola integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    cep numeric(8,0) NOT NULL,
    numero numeric(10,0),
    complemento character varying(50),
    email character varying(50),
    nm_escola character varying(255) NOT NULL,
    municipio character varying(60) NOT NULL,
    bairro character varying(40) NOT NULL,
    logradouro character varying(150) NOT NULL,
    ddd_telefone numeric(2,0),
    telefone numeric(11,0),
    ddd_fax numeric(2,0),
    fax numeric(11,0),
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (ref_cod_escola)
);
CREATE TABLE ieducar.escola_curso (
    ref_cod_escola integer NOT NULL,
    ref_cod_curso integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    autorizacao character varying(255),
    anos_letivos smallint[] NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (ref_cod_escola, ref_cod_curso)
);
CREATE TABLE ieducar.escola_localizacao (
    cod_escola_localizacao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_localizacao character varying(255) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_escola_localizacao)
);
CREATE TABLE ieducar.escola_rede_ensino (
    cod_escola_rede_ensino integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_rede character varying(255) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_escola_rede_ensino)
);
CREATE TABLE ieducar.escola_serie (
    ref_cod_escola integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    hora_inicial time without time zone,
    hora_final time without time zone,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    hora_inicio_intervalo time without time zone,
    hora_fim_intervalo time without time zone,
    bloquear_enturmacao_sem_vagas integer,
    bloquear_cadastro_turma_para_serie_com_vagas integer,
    anos_letivos smallint[] NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (ref_cod_escola, ref_cod_serie)
);
CREATE TABLE ieducar.escola_serie_disciplina (
    id integer NOT NULL,
    ref_ref_cod_serie integer NOT NULL,
    ref_ref_cod_escola integer NOT NULL,
    ref_cod_disciplina integer NOT NULL,
    ativo smallint NOT NULL,
    carga_horaria numeric(7,3),
    etapas_especificas smallint,
    etapas_utilizadas character varying,
    updated_at timestamp without time zone NOT NULL,
    anos_letivos smallint[] NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (ref_ref_cod_serie, ref_ref_cod_escola, ref_cod_disciplina)
);
CREATE TABLE ieducar.escola_usuario (
    id integer NOT NULL,
    ref_cod_usuario integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    escola_atual integer,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.escolaridade (
    idesco numeric(2,0) NOT NULL,
    descricao character varying(60) NOT NULL,
    escolaridade smallint,
    PRIMARY KEY (idesco)
);
CREATE TABLE ieducar.estado_civil (
    ideciv numeric(1,0) NOT NULL,
    descricao character varying(15) NOT NULL,
    PRIMARY KEY (ideciv)
);
CREATE TABLE ieducar.etapas_curso_educacenso (
    etapa_id integer NOT NULL,
    curso_id integer NOT NULL,
    PRIMARY KEY (etapa_id, curso_id)
);
CREATE TABLE ieducar.etapas_educacenso (
    id integer NOT NULL,
    nome character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.falta_aluno (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    tipo_falta smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.falta_atraso (
    cod_falta_atraso integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    tipo smallint NOT NULL,
    data_falta_atraso timestamp without time zone NOT NULL,
    qtd_horas integer,
    qtd_min integer,
    justificada smallint NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_falta_atraso)
);
CREATE TABLE ieducar.falta_atraso_compensado (
    cod_compensado integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    data_inicio timestamp without time zone NOT NULL,
    data_fim timestamp without time zone NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_compensado)
);
CREATE TABLE ieducar.falta_componente_curricular (
    id integer NOT NULL,
    falta_aluno_id integer NOT NULL,
    componente_curricular_id integer NOT NULL,
    quantidade integer,
    etapa character varying(2) NOT NULL,
    PRIMARY KEY (falta_aluno_id, componente_curricular_id, etapa)
);
CREATE TABLE ieducar.falta_geral (
    id integer NOT NULL,
    falta_aluno_id integer NOT NULL,
    quantidade integer,
    etapa character varying(2) NOT NULL,
    PRIMARY KEY (falta_aluno_id, etapa)
);
CREATE TABLE ieducar.ficha_medica_aluno (
    ref_cod_aluno integer NOT NULL,
    altura character varying(4),
    peso character varying(7),
    grupo_sanguineo character varying(2),
    fator_rh character varying(1),
    alergia_medicamento character(1),
    desc_alergia_medicamento character varying(100),
    alergia_alimento character(1),
    desc_alergia_alimento character varying(100),
    doenca_congenita character(1),
    desc_doenca_congenita character varying(100),
    fumante character(1),
    doenca_caxumba character(1),
    doenca_sarampo character(1),
    doenca_rubeola character(1),
    doenca_catapora character(1),
    doenca_escarlatina character(1),
    doenca_coqueluche character(1),
    doenca_outras character varying(100),
    epiletico character(1),
    epiletico_tratamento character(1),
    hemofilico character(1),
    hipertenso character(1),
    asmatico character(1),
    diabetico character(1),
    insulina character(1),
    tratamento_medico character(1),
    desc_tratamento_medico character varying(100),
    medicacao_especifica character(1),
    desc_medicacao_especifica character varying(100),
    acomp_medico_psicologico character(1),
    desc_acomp_medico_psicologico character varying(100),
    restricao_atividade_fisica character(1),
    desc_restricao_atividade_fisica character varying(100),
    fratura_trauma character(1),
    desc_fratura_trauma character varying(100),
    plano_saude character(1),
    desc_plano_saude character varying(50),
    hospital_clinica character varying(100),
    hospital_clinica_endereco character varying(50),
    hospital_clinica_telefone character varying(20),
    responsavel character varying(50),
    responsavel_parentesco character varying(20),
    responsavel_parentesco_telefone character varying(20),
    responsavel_parentesco_celular character varying(20),
    observacao character varying(255),
    PRIMARY KEY (ref_cod_aluno)
);
CREATE TABLE ieducar.fisica (
    idpes numeric(8,0) NOT NULL,
    data_nasc date,
    sexo character(1),
    idpes_mae numeric(8,0),
    idpes_pai numeric(8,0),
    idpes_responsavel numeric(8,0),
    idesco numeric(2,0),
    ideciv numeric(1,0),
    idpes_con numeric(8,0),
    data_uniao date,
    data_obito date,
    nacionalidade numeric(1,0),
    idpais_estrangeiro numeric(3,0),
    data_chegada_brasil date,
    idmun_nascimento numeric(6,0),
    ultima_empresa character varying(150),
    nome_mae character varying(150),
    nome_pai character varying(150),
    nome_conjuge character varying(150),
    nome_responsavel character varying(150),
    justificativa_provisorio character varying(150),
    idpes_rev numeric,
    data_rev timestamp without time zone,
    origem_gravacao character(1) NOT NULL,
    idpes_cad numeric,
    data_cad timestamp without time zone NOT NULL,
    operacao character(1) NOT NULL,
    ref_cod_sistema integer,
    cpf numeric(11,0),
    ref_cod_religiao integer,
    nis_pis_pasep numeric(11,0),
    sus character varying(20),
    ocupacao character varying(255),
    empresa character varying(255),
    pessoa_contato character varying(255),
    renda_mensal numeric(10,2),
    data_admissao date,
    ddd_telefone_empresa numeric(3,0),
    telefone_empresa numeric(11,0),
    falecido boolean,
    ativo integer,
    ref_usuario_exc integer,
    data_exclusao timestamp without time zone,
    zona_localizacao_censo integer,
    tipo_trabalho integer,
    local_trabalho character varying,
    horario_inicial_trabalho time without time zone,
    horario_final_trabalho time without time zone,
    nome_social character varying(150),
    pais_residencia integer NOT NULL,
    localizacao_diferenciada integer,
    PRIMARY KEY (idpes)
);
CREATE TABLE ieducar.fisica_deficiencia (
    ref_idpes integer NOT NULL,
    ref_cod_deficiencia integer NOT NULL,
    PRIMARY KEY (ref_idpes, ref_cod_deficiencia)
);
CREATE TABLE ieducar.fisica_foto (
    idpes integer NOT NULL,
    caminho character varying(255),
    updated_at timestamp without time zone,
    PRIMARY KEY (idpes)
);
CREATE TABLE ieducar.fisica_raca (
    ref_idpes integer NOT NULL,
    ref_cod_raca integer NOT NULL,
    PRIMARY KEY (ref_idpes)
);
CREATE TABLE ieducar.fone_pessoa (
    idpes numeric(8,0) NOT NULL,
    tipo numeric(1,0) NOT NULL,
    ddd numeric(3,0) NOT NULL,
    fone numeric(11,0) NOT NULL,
    idpes_rev numeric,
    data_rev timestamp without time zone,
    origem_gravacao character(1) NOT NULL,
    idpes_cad numeric,
    data_cad timestamp without time zone NOT NULL,
    operacao character(1) NOT NULL,
    PRIMARY KEY (idpes, tipo)
);
CREATE TABLE ieducar.formula_media (
    id integer NOT NULL,
    instituicao_id integer NOT NULL,
    nome character varying(50) NOT NULL,
    formula_media character varying(200) NOT NULL,
    tipo_formula smallint,
    substitui_menor_nota_rc smallint NOT NULL,
    PRIMARY KEY (id, instituicao_id)
);
CREATE TABLE ieducar.funcao (
    cod_funcao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_funcao character varying(255) NOT NULL,
    abreviatura character varying(30) NOT NULL,
    professor smallint NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_funcao)
);
CREATE TABLE ieducar.historico_disciplinas (
    id integer NOT NULL,
    sequencial integer NOT NULL,
    ref_ref_cod_aluno integer NOT NULL,
    ref_sequencial integer NOT NULL,
    nm_disciplina text NOT NULL,
    nota character varying(255) NOT NULL,
    faltas integer,
    import numeric(1,0),
    ordenamento integer,
    carga_horaria_disciplina integer,
    dependencia boolean,
    tipo_base integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.historico_escolar (
    id integer NOT NULL,
    ref_cod_aluno integer NOT NULL,
    sequencial integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ano integer NOT NULL,
    carga_horaria double precision,
    dias_letivos integer,
    escola character varying(255) NOT NULL,
    escola_cidade character varying(255) NOT NULL,
    escola_uf character varying(3),
    observacao text,
    aprovado smallint NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    faltas_globalizadas integer,
    nm_serie character varying(255),
    origem smallint,
    extra_curricular smallint,
    ref_cod_matricula integer,
    ref_cod_instituicao integer,
    import numeric(1,0),
    frequencia numeric(5,2),
    registro character varying(50),
    livro character varying(50),
    folha character varying(50),
    historico_grade_curso_id integer,
    nm_curso character varying(255),
    aceleracao integer,
    ref_cod_escola integer,
    dependencia boolean,
    posicao integer,
    PRIMARY KEY (id),
    UNIQUE (ref_cod_aluno, sequencial)
);
CREATE TABLE ieducar.historico_grade_curso (
    id integer NOT NULL,
    descricao_etapa character varying(20) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone,
    quantidade_etapas integer,
    ativo smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.infra_comodo_funcao (
    cod_infra_comodo_funcao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_funcao character varying(255) NOT NULL,
    desc_funcao text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_escola integer,
    PRIMARY KEY (cod_infra_comodo_funcao)
);
CREATE TABLE ieducar.infra_predio (
    cod_infra_predio integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    nm_predio character varying(255) NOT NULL,
    desc_predio text,
    endereco text NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_infra_predio)
);
CREATE TABLE ieducar.infra_predio_comodo (
    cod_infra_predio_comodo integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_infra_comodo_funcao integer NOT NULL,
    ref_cod_infra_predio integer NOT NULL,
    nm_comodo character varying(255) NOT NULL,
    desc_comodo text,
    area double precision NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_infra_predio_comodo)
);
CREATE TABLE ieducar.instituicao (
    cod_instituicao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_idtlog character varying(20) NOT NULL,
    ref_sigla_uf character(2) NOT NULL,
    cep numeric(8,0) NOT NULL,
    cidade character varying(60) NOT NULL,
    bairro character varying(40) NOT NULL,
    logradouro character varying(255) NOT NULL,
    numero numeric(6,0),
    complemento character varying(50),
    nm_responsavel character varying(255) NOT NULL,
    ddd_telefone numeric(2,0),
    telefone numeric(11,0),
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    nm_instituicao character varying(255) NOT NULL,
    data_base_remanejamento date,
    data_base_transferencia date,
    controlar_espaco_utilizacao_aluno smallint,
    percentagem_maxima_ocupacao_salas numeric(5,2),
    quantidade_alunos_metro_quadrado integer,
    exigir_vinculo_turma_professor smallint,
    gerar_historico_transferencia boolean,
    matricula_apenas_bairro_escola boolean,
    restringir_historico_escolar boolean,
    coordenador_transporte character varying,
    restringir_multiplas_enturmacoes boolean,
    permissao_filtro_abandono_transferencia boolean,
    data_base_matricula date,
    multiplas_reserva_vaga boolean NOT NULL,
    reserva_integral_somente_com_renda boolean NOT NULL,
    data_expiracao_reserva_vaga date,
    data_fechamento date,
    componente_curricular_turma boolean,
    reprova_dependencia_ano_concluinte boolean,
    controlar_posicao_historicos boolean,
    data_educacenso date,
    bloqueia_matricula_serie_nao_seguinte boolean,
    permitir_carga_horaria boolean,
    exigir_dados_socioeconomicos boolean,
    altera_atestado_para_declaracao boolean,
    orgao_regional integer,
    obrigar_campos_censo boolean,
    obrigar_documento_pessoa boolean,
    exigir_lancamentos_anteriores boolean,
    exibir_apenas_professores_alocados boolean,
    bloquear_vinculo_professor_sem_alocacao_escola boolean NOT NULL,
    permitir_matricula_fora_periodo_letivo boolean NOT NULL,
    ordenar_alunos_sequencial_enturmacao boolean NOT NULL,
    obrigar_telefone_pessoa boolean,
    PRIMARY KEY (cod_instituicao)
);
CREATE TABLE ieducar.instituicao_documentacao (
    id integer NOT NULL,
    instituicao_id integer NOT NULL,
    titulo_documento character varying(100) NOT NULL,
    url_documento character varying(255) NOT NULL,
    ref_usuario_cad integer NOT NULL,
    ref_cod_escola integer,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.juridica (
    idpes numeric(8,0) NOT NULL,
    cnpj numeric(14,0) NOT NULL,
    insc_estadual numeric(20,0),
    idpes_rev numeric,
    data_rev timestamp without time zone,
    origem_gravacao character(1) NOT NULL,
    idpes_cad numeric,
    data_cad timestamp without time zone NOT NULL,
    operacao character(1) NOT NULL,
    fantasia character varying(255),
    capital_social character varying(255),
    PRIMARY KEY (idpes)
);
CREATE TABLE ieducar.lingua_indigena_educacenso (
    id integer NOT NULL,
    lingua character varying(255),
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.matricula (
    cod_matricula integer NOT NULL,
    ref_cod_reserva_vaga integer,
    ref_ref_cod_escola integer,
    ref_ref_cod_serie integer,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_aluno integer NOT NULL,
    aprovado smallint NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ano integer NOT NULL,
    ultima_matricula smallint NOT NULL,
    modulo smallint NOT NULL,
    descricao_reclassificacao text,
    formando smallint NOT NULL,
    matricula_reclassificacao smallint,
    ref_cod_curso integer,
    matricula_transferencia boolean NOT NULL,
    semestre smallint,
    observacao character varying(300),
    data_matricula timestamp without time zone,
    data_cancel timestamp without time zone,
    ref_cod_abandono_tipo integer,
    turno_pre_matricula smallint,
    dependencia boolean,
    saida_escola boolean,
    data_saida_escola date,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_matricula)
);
CREATE TABLE ieducar.matricula_ocorrencia_disciplinar (
    ref_cod_matricula integer NOT NULL,
    ref_cod_tipo_ocorrencia_disciplinar integer NOT NULL,
    sequencial integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    observacao text NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    visivel_pais integer,
    cod_ocorrencia_disciplinar integer NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (ref_cod_matricula, ref_cod_tipo_ocorrencia_disciplinar, sequencial)
);
CREATE TABLE ieducar.matricula_turma (
    ref_cod_matricula integer NOT NULL,
    ref_cod_turma integer NOT NULL,
    sequencial integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    data_enturmacao date NOT NULL,
    sequencial_fechamento integer NOT NULL,
    transferido boolean,
    remanejado boolean,
    reclassificado boolean,
    abandono boolean,
    falecido boolean,
    etapa_educacenso smallint,
    turma_unificada smallint,
    turno_id integer,
    id integer NOT NULL,
    tipo_atendimento integer[],
    updated_at timestamp(0) without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.media_geral (
    nota_aluno_id integer NOT NULL,
    media numeric(8,4),
    media_arredondada character varying(10),
    etapa character varying(2) NOT NULL,
    PRIMARY KEY (nota_aluno_id, etapa)
);
CREATE TABLE ieducar.menu_tipo_usuario (
    ref_cod_tipo_usuario integer NOT NULL,
    menu_id integer NOT NULL,
    cadastra smallint NOT NULL,
    visualiza smallint NOT NULL,
    exclui smallint NOT NULL,
    PRIMARY KEY (ref_cod_tipo_usuario, menu_id)
);
CREATE TABLE ieducar.modulo (
    cod_modulo integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_tipo character varying(255) NOT NULL,
    descricao text,
    num_meses numeric(2,0),
    num_semanas integer,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    num_etapas numeric(2,0) NOT NULL,
    PRIMARY KEY (cod_modulo)
);
CREATE TABLE ieducar.moradia_aluno (
    ref_cod_aluno integer NOT NULL,
    moradia character(1),
    material character(1),
    casa_outra character varying(20),
    moradia_situacao integer,
    quartos integer,
    sala integer,
    copa integer,
    banheiro integer,
    garagem integer,
    empregada_domestica character(1),
    automovel character(1),
    motocicleta character(1),
    computador character(1),
    geladeira character(1),
    fogao character(1),
    maquina_lavar character(1),
    microondas character(1),
    video_dvd character(1),
    televisao character(1),
    celular character(1),
    telefone character(1),
    quant_pessoas integer,
    renda double precision,
    agua_encanada character(1),
    poco character(1),
    energia character(1),
    esgoto character(1),
    fossa character(1),
    lixo character(1),
    PRIMARY KEY (ref_cod_aluno)
);
CREATE TABLE ieducar.motivo_afastamento (
    cod_motivo_afastamento integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_motivo character varying(255) NOT NULL,
    descricao text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_motivo_afastamento)
);
CREATE TABLE ieducar.nivel (
    cod_nivel integer NOT NULL,
    ref_cod_categoria_nivel integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_nivel_anterior integer,
    nm_nivel character varying(100) NOT NULL,
    salario_base double precision,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo boolean NOT NULL,
    PRIMARY KEY (cod_nivel)
);
CREATE TABLE ieducar.nivel_ensino (
    cod_nivel_ensino integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_nivel character varying(255) NOT NULL,
    descricao text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_nivel_ensino)
);
CREATE TABLE ieducar.nota_aluno (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.nota_componente_curricular (
    id integer NOT NULL,
    nota_aluno_id integer NOT NULL,
    componente_curricular_id integer NOT NULL,
    nota numeric(8,4),
    nota_arredondada character varying(10),
    etapa character varying(2) NOT NULL,
    nota_recuperacao character varying(10),
    nota_original character varying(10),
    nota_recuperacao_especifica character varying(10),
    PRIMARY KEY (nota_aluno_id, componente_curricular_id, etapa)
);
CREATE TABLE ieducar.nota_componente_curricular_media (
    nota_aluno_id integer NOT NULL,
    componente_curricular_id integer NOT NULL,
    media numeric(8,4),
    media_arredondada character varying(10),
    etapa character varying(2) NOT NULL,
    situacao integer,
    bloqueada boolean NOT NULL,
    PRIMARY KEY (nota_aluno_id, componente_curricular_id)
);
CREATE TABLE ieducar.nota_exame (
    ref_cod_matricula integer NOT NULL,
    ref_cod_componente_curricular integer NOT NULL,
    nota_exame numeric(6,3)
);
CREATE TABLE ieducar.nota_geral (
    id integer NOT NULL,
    nota_aluno_id integer NOT NULL,
    nota numeric(8,4),
    nota_arredondada character varying(10),
    etapa character varying(2) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.orgao_emissor_rg (
    idorg_rg integer NOT NULL,
    sigla character varying(20) NOT NULL,
    descricao character varying(60) NOT NULL,
    situacao character(1) NOT NULL,
    codigo_educacenso integer,
    PRIMARY KEY (idorg_rg)
);
CREATE TABLE ieducar.parecer_aluno (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    parecer_descritivo smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.parecer_componente_curricular (
    id integer NOT NULL,
    parecer_aluno_id integer NOT NULL,
    componente_curricular_id integer NOT NULL,
    parecer text,
    etapa character varying(2) NOT NULL,
    PRIMARY KEY (parecer_aluno_id, componente_curricular_id, etapa)
);
CREATE TABLE ieducar.parecer_geral (
    id integer NOT NULL,
    parecer_aluno_id integer NOT NULL,
    parecer text,
    etapa character varying(2) NOT NULL,
    PRIMARY KEY (parecer_aluno_id, etapa)
);
CREATE TABLE ieducar.pessoa (
    idpes numeric(8,0) NOT NULL,
    nome character varying(150) NOT NULL,
    idpes_cad numeric(8,0),
    data_cad timestamp without time zone NOT NULL,
    url character varying(60),
    tipo character(1) NOT NULL,
    idpes_rev numeric(8,0),
    data_rev timestamp without time zone,
    email character varying(100),
    situacao character(1) NOT NULL,
    origem_gravacao character(1) NOT NULL,
    operacao character(1) NOT NULL,
    PRIMARY KEY (idpes)
);
CREATE TABLE ieducar.professor_turma (
    id integer NOT NULL,
    ano smallint NOT NULL,
    instituicao_id integer NOT NULL,
    turma_id integer NOT NULL,
    servidor_id integer NOT NULL,
    funcao_exercida smallint NOT NULL,
    tipo_vinculo smallint,
    permite_lancar_faltas_componente integer,
    updated_at timestamp without time zone,
    turno_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.professor_turma_disciplina (
    professor_turma_id integer NOT NULL,
    componente_curricular_id integer NOT NULL,
    PRIMARY KEY (professor_turma_id, componente_curricular_id)
);
CREATE TABLE ieducar.projeto (
    cod_projeto integer NOT NULL,
    nome character varying(50),
    observacao character varying(255),
    PRIMARY KEY (cod_projeto)
);
CREATE TABLE ieducar.projeto_aluno (
    ref_cod_projeto integer NOT NULL,
    ref_cod_aluno integer NOT NULL,
    data_inclusao date,
    data_desligamento date,
    turno integer,
    PRIMARY KEY (ref_cod_projeto, ref_cod_aluno)
);
CREATE TABLE ieducar.quadro_horario (
    cod_quadro_horario integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_turma integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ano integer,
    PRIMARY KEY (cod_quadro_horario)
);
CREATE TABLE ieducar.quadro_horario_horarios (
    ref_cod_quadro_horario integer NOT NULL,
    sequencial integer NOT NULL,
    ref_cod_disciplina integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    ref_cod_instituicao_substituto integer,
    ref_cod_instituicao_servidor integer NOT NULL,
    ref_servidor_substituto integer,
    ref_servidor integer NOT NULL,
    dia_semana integer NOT NULL,
    hora_inicial time without time zone NOT NULL,
    hora_final time without time zone NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (ref_cod_quadro_horario, sequencial)
);
CREATE TABLE ieducar.quadro_horario_horarios_aux (
    ref_cod_quadro_horario integer NOT NULL,
    sequencial integer NOT NULL,
    ref_cod_disciplina integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_cod_serie integer NOT NULL,
    ref_cod_instituicao_servidor integer NOT NULL,
    ref_servidor integer NOT NULL,
    dia_semana integer NOT NULL,
    hora_inicial time without time zone NOT NULL,
    hora_final time without time zone NOT NULL,
    identificador character varying(30),
    data_cadastro timestamp without time zone NOT NULL,
    PRIMARY KEY (ref_cod_quadro_horario, sequencial)
);
CREATE TABLE ieducar.raca (
    cod_raca integer NOT NULL,
    idpes_exc integer,
    idpes_cad integer NOT NULL,
    nm_raca character varying(50) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo boolean,
    raca_educacenso smallint,
    PRIMARY KEY (cod_raca)
);
CREATE TABLE ieducar.regra_avaliacao (
    id integer NOT NULL,
    instituicao_id integer NOT NULL,
    formula_media_id integer,
    formula_recuperacao_id integer,
    tabela_arredondamento_id integer,
    nome character varying(50) NOT NULL,
    tipo_nota smallint NOT NULL,
    tipo_progressao smallint NOT NULL,
    media numeric(5,3),
    porcentagem_presenca numeric(6,3),
    parecer_descritivo smallint,
    tipo_presenca smallint NOT NULL,
    media_recuperacao numeric(5,3),
    tipo_recuperacao_paralela smallint,
    media_recuperacao_paralela numeric(5,3),
    nota_maxima_geral integer NOT NULL,
    nota_maxima_exame_final integer NOT NULL,
    qtd_casas_decimais integer NOT NULL,
    nota_geral_por_etapa smallint,
    qtd_disciplinas_dependencia smallint NOT NULL,
    aprova_media_disciplina smallint,
    reprovacao_automatica smallint,
    definir_componente_etapa smallint,
    qtd_matriculas_dependencia smallint NOT NULL,
    nota_minima_geral integer,
    tabela_arredondamento_id_conceitual integer,
    regra_diferenciada_id integer,
    updated_at timestamp without time zone,
    calcula_media_rec_paralela smallint NOT NULL,
    tipo_calculo_recuperacao_paralela integer NOT NULL,
    disciplinas_aglutinadas character varying(191),
    PRIMARY KEY (id, instituicao_id),
    UNIQUE (id)
);
CREATE TABLE ieducar.regra_avaliacao_recuperacao (
    id integer NOT NULL,
    regra_avaliacao_id integer NOT NULL,
    descricao character varying(25) NOT NULL,
    etapas_recuperadas character varying(25) NOT NULL,
    substitui_menor_nota boolean,
    media numeric(8,4) NOT NULL,
    nota_maxima numeric(8,4) NOT NULL,
    updated_at timestamp without time zone,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.regra_avaliacao_serie_ano (
    serie_id integer NOT NULL,
    regra_avaliacao_id integer NOT NULL,
    regra_avaliacao_diferenciada_id integer,
    ano_letivo smallint NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    PRIMARY KEY (serie_id, ano_letivo)
);
CREATE TABLE ieducar.religiao (
    cod_religiao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_religiao character varying(255) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_religiao)
);
CREATE TABLE ieducar.reserva_vaga (
    cod_reserva_vaga integer NOT NULL,
    ref_ref_cod_escola integer NOT NULL,
    ref_ref_cod_serie integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_aluno integer,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    nm_aluno character varying(255),
    cpf_responsavel numeric(11,0),
    PRIMARY KEY (cod_reserva_vaga)
);
CREATE TABLE ieducar.sequencia_serie (
    ref_serie_origem integer NOT NULL,
    ref_serie_destino integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (ref_serie_origem, ref_serie_destino)
);
CREATE TABLE ieducar.serie (
    cod_serie integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_curso integer NOT NULL,
    nm_serie character varying(255) NOT NULL,
    etapa_curso integer NOT NULL,
    concluinte smallint NOT NULL,
    carga_horaria double precision NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    intervalo integer,
    idade_inicial numeric(3,0),
    idade_final numeric(3,0),
    regra_avaliacao_id integer,
    observacao_historico character varying(100),
    dias_letivos integer,
    regra_avaliacao_diferenciada_id integer,
    alerta_faixa_etaria boolean,
    bloquear_matricula_faixa_etaria boolean,
    idade_ideal integer,
    exigir_inep boolean,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_serie)
);
CREATE TABLE ieducar.servidor (
    cod_servidor integer NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    ref_idesco numeric(2,0),
    carga_horaria double precision NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_subnivel integer,
    situacao_curso_superior_1 smallint,
    formacao_complementacao_pedagogica_1 smallint,
    codigo_curso_superior_1 integer,
    ano_inicio_curso_superior_1 numeric(4,0),
    ano_conclusao_curso_superior_1 numeric(4,0),
    instituicao_curso_superior_1 smallint,
    situacao_curso_superior_2 smallint,
    formacao_complementacao_pedagogica_2 smallint,
    codigo_curso_superior_2 integer,
    ano_inicio_curso_superior_2 numeric(4,0),
    ano_conclusao_curso_superior_2 numeric(4,0),
    instituicao_curso_superior_2 smallint,
    situacao_curso_superior_3 smallint,
    formacao_complementacao_pedagogica_3 smallint,
    codigo_curso_superior_3 integer,
    ano_inicio_curso_superior_3 numeric(4,0),
    ano_conclusao_curso_superior_3 numeric(4,0),
    instituicao_curso_superior_3 smallint,
    multi_seriado boolean,
    pos_graduacao integer[],
    curso_formacao_continuada integer[],
    tipo_ensino_medio_cursado integer,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_servidor, ref_cod_instituicao)
);
CREATE TABLE ieducar.servidor_afastamento (
    ref_cod_servidor integer NOT NULL,
    sequencial integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_cod_motivo_afastamento integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    data_retorno timestamp without time zone,
    data_saida timestamp without time zone NOT NULL,
    ativo smallint NOT NULL,
    PRIMARY KEY (ref_cod_servidor, sequencial, ref_ref_cod_instituicao)
);
CREATE TABLE ieducar.servidor_alocacao (
    cod_servidor_alocacao integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_escola integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    carga_horaria interval,
    periodo smallint,
    hora_final time without time zone,
    hora_inicial time without time zone,
    dia_semana integer,
    ref_cod_servidor_funcao integer,
    ref_cod_funcionario_vinculo integer,
    ano integer,
    data_admissao date,
    hora_atividade time without time zone,
    horas_excedentes time without time zone,
    data_saida date,
    PRIMARY KEY (cod_servidor_alocacao)
);
CREATE TABLE ieducar.servidor_curso (
    cod_servidor_curso integer NOT NULL,
    ref_cod_formacao integer NOT NULL,
    data_conclusao timestamp without time zone NOT NULL,
    data_registro timestamp without time zone,
    diplomas_registros text,
    PRIMARY KEY (cod_servidor_curso)
);
CREATE TABLE ieducar.servidor_curso_ministra (
    ref_cod_curso integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    PRIMARY KEY (ref_cod_curso, ref_ref_cod_instituicao, ref_cod_servidor)
);
CREATE TABLE ieducar.servidor_disciplina (
    ref_cod_disciplina integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    ref_cod_curso integer NOT NULL,
    PRIMARY KEY (ref_cod_disciplina, ref_ref_cod_instituicao, ref_cod_servidor, ref_cod_curso)
);
CREATE TABLE ieducar.servidor_formacao (
    cod_formacao integer NOT NULL,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    nm_formacao character varying(255) NOT NULL,
    tipo character(1) NOT NULL,
    descricao text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_formacao)
);
CREATE TABLE ieducar.servidor_funcao (
    ref_ref_cod_instituicao integer NOT NULL,
    ref_cod_servidor integer NOT NULL,
    ref_cod_funcao integer NOT NULL,
    matricula character varying,
    cod_servidor_funcao integer NOT NULL,
    PRIMARY KEY (cod_servidor_funcao)
);
CREATE TABLE ieducar.servidor_titulo_concurso (
    cod_servidor_titulo integer NOT NULL,
    ref_cod_formacao integer NOT NULL,
    data_vigencia_homolog timestamp without time zone NOT NULL,
    data_publicacao timestamp without time zone NOT NULL,
    PRIMARY KEY (cod_servidor_titulo)
);
CREATE TABLE ieducar.subnivel (
    cod_subnivel integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_subnivel_anterior integer,
    ref_cod_nivel integer NOT NULL,
    nm_subnivel character varying(100),
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo boolean NOT NULL,
    salario double precision NOT NULL,
    PRIMARY KEY (cod_subnivel)
);
CREATE TABLE ieducar.tabela_arredondamento (
    id integer NOT NULL,
    instituicao_id integer NOT NULL,
    nome character varying(50) NOT NULL,
    tipo_nota smallint NOT NULL,
    updated_at timestamp without time zone,
    arredondar_nota smallint NOT NULL,
    PRIMARY KEY (id, instituicao_id),
    UNIQUE (id)
);
CREATE TABLE ieducar.tabela_arredondamento_valor (
    id integer NOT NULL,
    tabela_arredondamento_id integer NOT NULL,
    nome character varying(5) NOT NULL,
    descricao character varying(50),
    valor_minimo numeric(5,3),
    valor_maximo numeric(5,3),
    casa_decimal_exata smallint,
    acao smallint,
    observacao character varying(191),
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.tipo_autor (
    codigo integer,
    tipo_autor character varying(255)
);
CREATE TABLE ieducar.tipo_dispensa (
    cod_tipo_dispensa integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_tipo character varying(255) NOT NULL,
    descricao text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_tipo_dispensa)
);
CREATE TABLE ieducar.tipo_ensino (
    cod_tipo_ensino integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_tipo character varying(255) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    atividade_complementar boolean,
    PRIMARY KEY (cod_tipo_ensino)
);
CREATE TABLE ieducar.tipo_ocorrencia_disciplinar (
    cod_tipo_ocorrencia_disciplinar integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_tipo character varying(255) NOT NULL,
    descricao text,
    max_ocorrencias integer,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_tipo_ocorrencia_disciplinar)
);
CREATE TABLE ieducar.tipo_regime (
    cod_tipo_regime integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_tipo character varying(255) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL,
    PRIMARY KEY (cod_tipo_regime)
);
CREATE TABLE ieducar.tipo_usuario (
    cod_tipo_usuario integer NOT NULL,
    ref_funcionario_cad integer NOT NULL,
    ref_funcionario_exc integer,
    nm_tipo character varying(255) NOT NULL,
    descricao text,
    nivel integer NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_tipo_usuario)
);
CREATE TABLE ieducar.transferencia_solicitacao (
    cod_transferencia_solicitacao integer NOT NULL,
    ref_cod_transferencia_tipo integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_cod_matricula_entrada integer,
    ref_cod_matricula_saida integer NOT NULL,
    observacao text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    data_transferencia timestamp without time zone,
    ref_cod_escola_destino integer,
    escola_destino_externa character varying,
    estado_escola_destino_externa character varying(60),
    municipio_escola_destino_externa character varying(60),
    PRIMARY KEY (cod_transferencia_solicitacao)
);
CREATE TABLE ieducar.transferencia_tipo (
    cod_transferencia_tipo integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_tipo character varying(255) NOT NULL,
    desc_tipo text,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer,
    PRIMARY KEY (cod_transferencia_tipo)
);
CREATE TABLE ieducar.turma (
    cod_turma integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    ref_ref_cod_serie integer,
    ref_ref_cod_escola integer,
    ref_cod_infra_predio_comodo integer,
    nm_turma character varying(255) NOT NULL,
    sgl_turma character varying(15),
    max_aluno integer NOT NULL,
    multiseriada smallint NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_turma_tipo integer NOT NULL,
    hora_inicial time without time zone,
    hora_final time without time zone,
    hora_inicio_intervalo time without time zone,
    hora_fim_intervalo time without time zone,
    ref_cod_regente integer,
    ref_cod_instituicao_regente integer,
    ref_cod_instituicao integer,
    ref_cod_curso integer,
    ref_ref_cod_serie_mult integer,
    ref_ref_cod_escola_mult integer,
    visivel boolean,
    tipo_boletim integer,
    turma_turno_id integer,
    ano integer,
    tipo_atendimento smallint,
    turma_mais_educacao smallint,
    atividade_complementar_1 integer,
    atividade_complementar_2 integer,
    atividade_complementar_3 integer,
    atividade_complementar_4 integer,
    atividade_complementar_5 integer,
    atividade_complementar_6 integer,
    aee_braille smallint,
    aee_recurso_optico smallint,
    aee_estrategia_desenvolvimento smallint,
    aee_tecnica_mobilidade smallint,
    aee_libras smallint,
    aee_caa smallint,
    aee_curricular smallint,
    aee_soroban smallint,
    aee_informatica smallint,
    aee_lingua_escrita smallint,
    aee_autonomia smallint,
    cod_curso_profissional integer,
    etapa_educacenso smallint,
    ref_cod_disciplina_dispensada integer,
    parecer_1_etapa text,
    parecer_2_etapa text,
    parecer_3_etapa text,
    parecer_4_etapa text,
    nao_informar_educacenso smallint,
    tipo_mediacao_didatico_pedagogico integer,
    dias_semana integer[],
    atividades_complementares integer[],
    atividades_aee integer[],
    tipo_boletim_diferenciado smallint,
    local_funcionamento_diferenciado smallint,
    updated_at timestamp without time zone,
    PRIMARY KEY (cod_turma)
);
CREATE TABLE ieducar.turma_modulo (
    ref_cod_turma integer NOT NULL,
    ref_cod_modulo integer NOT NULL,
    sequencial integer NOT NULL,
    data_inicio date NOT NULL,
    data_fim date NOT NULL,
    dias_letivos integer,
    PRIMARY KEY (ref_cod_turma, ref_cod_modulo, sequencial)
);
CREATE TABLE ieducar.turma_tipo (
    cod_turma_tipo integer NOT NULL,
    ref_usuario_exc integer,
    ref_usuario_cad integer NOT NULL,
    nm_tipo character varying(255) NOT NULL,
    sgl_tipo character varying(15) NOT NULL,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer,
    PRIMARY KEY (cod_turma_tipo)
);
CREATE TABLE ieducar.turma_turno (
    id integer NOT NULL,
    nome character varying(15) NOT NULL,
    ativo smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE ieducar.usuario (
    cod_usuario integer NOT NULL,
    ref_cod_instituicao integer,
    ref_funcionario_cad integer NOT NULL,
    ref_funcionario_exc integer,
    ref_cod_tipo_usuario integer,
    data_cadastro timestamp without time zone NOT NULL,
    data_exclusao timestamp without time zone,
    ativo smallint NOT NULL,
    PRIMARY KEY (cod_usuario)
);
ALTER TABLE ieducar.abandono_tipo ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.aluno ADD FOREIGN KEY (ref_idpes) REFERENCES ieducar.fisica (idpes);
ALTER TABLE ieducar.aluno_aluno_beneficio ADD FOREIGN KEY (aluno_beneficio_id) REFERENCES ieducar.aluno_beneficio (cod_aluno_beneficio);
ALTER TABLE ieducar.aluno_aluno_beneficio ADD FOREIGN KEY (aluno_id) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.aluno_historico_altura_peso ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.ano_letivo_modulo ADD FOREIGN KEY (ref_cod_modulo) REFERENCES ieducar.modulo (cod_modulo);
ALTER TABLE ieducar.ano_letivo_modulo ADD FOREIGN KEY (ref_ref_cod_escola, ref_ano) REFERENCES ieducar.escola_ano_letivo (ref_cod_escola, ano);
ALTER TABLE ieducar.avaliacao_desempenho ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.bloqueio_ano_letivo ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.bloqueio_lancamento_faltas_notas ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.calendario_ano_letivo ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.calendario_dia ADD FOREIGN KEY (ref_cod_calendario_ano_letivo) REFERENCES ieducar.calendario_ano_letivo (cod_calendario_ano_letivo);
ALTER TABLE ieducar.calendario_dia ADD FOREIGN KEY (ref_cod_calendario_dia_motivo) REFERENCES ieducar.calendario_dia_motivo (cod_calendario_dia_motivo);
ALTER TABLE ieducar.calendario_dia_anotacao ADD FOREIGN KEY (ref_cod_calendario_anotacao) REFERENCES ieducar.calendario_anotacao (cod_calendario_anotacao);
ALTER TABLE ieducar.calendario_dia_anotacao ADD FOREIGN KEY (ref_ref_cod_calendario_ano_letivo, ref_mes, ref_dia) REFERENCES ieducar.calendario_dia (ref_cod_calendario_ano_letivo, mes, dia);
ALTER TABLE ieducar.calendario_dia_motivo ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.calendario_turma ADD FOREIGN KEY (calendario_ano_letivo_id, mes, dia) REFERENCES ieducar.calendario_dia (ref_cod_calendario_ano_letivo, mes, dia);
ALTER TABLE ieducar.candidato_reserva_vaga ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.candidato_reserva_vaga ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.candidato_reserva_vaga ADD FOREIGN KEY (ref_cod_pessoa_cad) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.candidato_reserva_vaga ADD FOREIGN KEY (ref_cod_serie) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.candidato_reserva_vaga ADD FOREIGN KEY (ref_cod_turno) REFERENCES ieducar.turma_turno (id);
ALTER TABLE ieducar.componente_curricular ADD FOREIGN KEY (area_conhecimento_id, instituicao_id) REFERENCES ieducar.area_conhecimento (id, instituicao_id);
ALTER TABLE ieducar.componente_curricular_ano_escolar ADD FOREIGN KEY (componente_curricular_id) REFERENCES ieducar.componente_curricular (id);
ALTER TABLE ieducar.componente_curricular_turma ADD FOREIGN KEY (componente_curricular_id) REFERENCES ieducar.componente_curricular (id);
ALTER TABLE ieducar.componente_curricular_turma ADD FOREIGN KEY (turma_id) REFERENCES ieducar.turma (cod_turma);
ALTER TABLE ieducar.config_movimento_geral ADD FOREIGN KEY (ref_cod_serie) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.curso ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.curso ADD FOREIGN KEY (ref_cod_nivel_ensino) REFERENCES ieducar.nivel_ensino (cod_nivel_ensino);
ALTER TABLE ieducar.curso ADD FOREIGN KEY (ref_cod_tipo_ensino) REFERENCES ieducar.tipo_ensino (cod_tipo_ensino);
ALTER TABLE ieducar.curso ADD FOREIGN KEY (ref_cod_tipo_regime) REFERENCES ieducar.tipo_regime (cod_tipo_regime);
ALTER TABLE ieducar.disciplina_dependencia ADD FOREIGN KEY (ref_cod_matricula) REFERENCES ieducar.matricula (cod_matricula);
ALTER TABLE ieducar.disciplina_dependencia ADD FOREIGN KEY (ref_cod_serie, ref_cod_escola, ref_cod_disciplina) REFERENCES ieducar.escola_serie_disciplina (ref_ref_cod_serie, ref_ref_cod_escola, ref_cod_disciplina);
ALTER TABLE ieducar.disciplina_serie ADD FOREIGN KEY (ref_cod_serie) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.dispensa_disciplina ADD FOREIGN KEY (ref_cod_matricula) REFERENCES ieducar.matricula (cod_matricula);
ALTER TABLE ieducar.dispensa_disciplina ADD FOREIGN KEY (ref_cod_tipo_dispensa) REFERENCES ieducar.tipo_dispensa (cod_tipo_dispensa);
ALTER TABLE ieducar.dispensa_etapa ADD FOREIGN KEY (ref_cod_dispensa) REFERENCES ieducar.dispensa_disciplina (cod_dispensa);
ALTER TABLE ieducar.distribuicao_uniforme ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.distribuicao_uniforme ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.documento ADD FOREIGN KEY (cartorio_cert_civil_inep) REFERENCES ieducar.codigo_cartorio_inep (id);
ALTER TABLE ieducar.documento ADD FOREIGN KEY (idorg_exp_rg) REFERENCES ieducar.orgao_emissor_rg (idorg_rg);
ALTER TABLE ieducar.documento ADD FOREIGN KEY (idpes) REFERENCES ieducar.fisica (idpes);
ALTER TABLE ieducar.documento ADD FOREIGN KEY (idpes_cad) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.documento ADD FOREIGN KEY (idpes_rev) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.educacenso_cod_aluno ADD FOREIGN KEY (cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.educacenso_cod_escola ADD FOREIGN KEY (cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.educacenso_cod_turma ADD FOREIGN KEY (cod_turma) REFERENCES ieducar.turma (cod_turma);
ALTER TABLE ieducar.escola ADD FOREIGN KEY (codigo_ies) REFERENCES ieducar.educacenso_ies (id);
ALTER TABLE ieducar.escola ADD FOREIGN KEY (ref_cod_escola_rede_ensino) REFERENCES ieducar.escola_rede_ensino (cod_escola_rede_ensino);
ALTER TABLE ieducar.escola ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.escola ADD FOREIGN KEY (ref_idpes) REFERENCES ieducar.juridica (idpes);
ALTER TABLE ieducar.escola ADD FOREIGN KEY (ref_idpes_gestor) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.escola ADD FOREIGN KEY (ref_idpes_secretario_escolar) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.escola_ano_letivo ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.escola_curso ADD FOREIGN KEY (ref_cod_curso) REFERENCES ieducar.curso (cod_curso);
ALTER TABLE ieducar.escola_curso ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.escola_localizacao ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.escola_rede_ensino ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.escola_serie ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.escola_serie ADD FOREIGN KEY (ref_cod_serie) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.escola_serie_disciplina ADD FOREIGN KEY (ref_cod_disciplina) REFERENCES ieducar.componente_curricular (id);
ALTER TABLE ieducar.escola_serie_disciplina ADD FOREIGN KEY (ref_ref_cod_escola, ref_ref_cod_serie) REFERENCES ieducar.escola_serie (ref_cod_escola, ref_cod_serie);
ALTER TABLE ieducar.escola_usuario ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.escola_usuario ADD FOREIGN KEY (ref_cod_usuario) REFERENCES ieducar.usuario (cod_usuario);
ALTER TABLE ieducar.etapas_curso_educacenso ADD FOREIGN KEY (curso_id) REFERENCES ieducar.curso (cod_curso);
ALTER TABLE ieducar.etapas_curso_educacenso ADD FOREIGN KEY (etapa_id) REFERENCES ieducar.etapas_educacenso (id);
ALTER TABLE ieducar.falta_atraso ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.falta_atraso ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.falta_atraso_compensado ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.falta_atraso_compensado ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.falta_componente_curricular ADD FOREIGN KEY (falta_aluno_id) REFERENCES ieducar.falta_aluno (id);
ALTER TABLE ieducar.falta_geral ADD FOREIGN KEY (falta_aluno_id) REFERENCES ieducar.falta_aluno (id);
ALTER TABLE ieducar.ficha_medica_aluno ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (ideciv) REFERENCES ieducar.estado_civil (ideciv);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idesco) REFERENCES ieducar.escolaridade (idesco);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idpes) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idpes_cad) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idpes_con) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idpes_mae) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idpes_pai) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idpes_responsavel) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (idpes_rev) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica ADD FOREIGN KEY (ref_cod_religiao) REFERENCES ieducar.religiao (cod_religiao);
ALTER TABLE ieducar.fisica_deficiencia ADD FOREIGN KEY (ref_cod_deficiencia) REFERENCES ieducar.deficiencia (cod_deficiencia);
ALTER TABLE ieducar.fisica_deficiencia ADD FOREIGN KEY (ref_idpes) REFERENCES ieducar.fisica (idpes);
ALTER TABLE ieducar.fisica_foto ADD FOREIGN KEY (idpes) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fisica_raca ADD FOREIGN KEY (ref_cod_raca) REFERENCES ieducar.raca (cod_raca);
ALTER TABLE ieducar.fisica_raca ADD FOREIGN KEY (ref_idpes) REFERENCES ieducar.fisica (idpes);
ALTER TABLE ieducar.fone_pessoa ADD FOREIGN KEY (idpes) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fone_pessoa ADD FOREIGN KEY (idpes_cad) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.fone_pessoa ADD FOREIGN KEY (idpes_rev) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.funcao ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.historico_disciplinas ADD FOREIGN KEY (ref_ref_cod_aluno, ref_sequencial) REFERENCES ieducar.historico_escolar (ref_cod_aluno, sequencial);
ALTER TABLE ieducar.historico_escolar ADD FOREIGN KEY (historico_grade_curso_id) REFERENCES ieducar.historico_grade_curso (id);
ALTER TABLE ieducar.historico_escolar ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.historico_escolar ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.infra_comodo_funcao ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.infra_predio ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.infra_predio_comodo ADD FOREIGN KEY (ref_cod_infra_comodo_funcao) REFERENCES ieducar.infra_comodo_funcao (cod_infra_comodo_funcao);
ALTER TABLE ieducar.infra_predio_comodo ADD FOREIGN KEY (ref_cod_infra_predio) REFERENCES ieducar.infra_predio (cod_infra_predio);
ALTER TABLE ieducar.instituicao_documentacao ADD FOREIGN KEY (instituicao_id) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.juridica ADD FOREIGN KEY (idpes) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.juridica ADD FOREIGN KEY (idpes_cad) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.juridica ADD FOREIGN KEY (idpes_rev) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.matricula ADD FOREIGN KEY (ref_cod_abandono_tipo) REFERENCES ieducar.abandono_tipo (cod_abandono_tipo);
ALTER TABLE ieducar.matricula ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.matricula ADD FOREIGN KEY (ref_cod_curso) REFERENCES ieducar.curso (cod_curso);
ALTER TABLE ieducar.matricula ADD FOREIGN KEY (ref_cod_reserva_vaga) REFERENCES ieducar.reserva_vaga (cod_reserva_vaga);
ALTER TABLE ieducar.matricula ADD FOREIGN KEY (ref_ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.matricula ADD FOREIGN KEY (ref_ref_cod_serie) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.matricula_ocorrencia_disciplinar ADD FOREIGN KEY (ref_cod_matricula) REFERENCES ieducar.matricula (cod_matricula);
ALTER TABLE ieducar.matricula_ocorrencia_disciplinar ADD FOREIGN KEY (ref_cod_tipo_ocorrencia_disciplinar) REFERENCES ieducar.tipo_ocorrencia_disciplinar (cod_tipo_ocorrencia_disciplinar);
ALTER TABLE ieducar.matricula_turma ADD FOREIGN KEY (ref_cod_matricula) REFERENCES ieducar.matricula (cod_matricula);
ALTER TABLE ieducar.matricula_turma ADD FOREIGN KEY (ref_cod_turma) REFERENCES ieducar.turma (cod_turma);
ALTER TABLE ieducar.media_geral ADD FOREIGN KEY (nota_aluno_id) REFERENCES ieducar.nota_aluno (id);
ALTER TABLE ieducar.menu_tipo_usuario ADD FOREIGN KEY (ref_cod_tipo_usuario) REFERENCES ieducar.tipo_usuario (cod_tipo_usuario);
ALTER TABLE ieducar.modulo ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.moradia_aluno ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.motivo_afastamento ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.nivel ADD FOREIGN KEY (ref_cod_categoria_nivel) REFERENCES ieducar.categoria_nivel (cod_categoria_nivel);
ALTER TABLE ieducar.nivel ADD FOREIGN KEY (ref_cod_nivel_anterior) REFERENCES ieducar.nivel (cod_nivel);
ALTER TABLE ieducar.nivel_ensino ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.nota_componente_curricular ADD FOREIGN KEY (nota_aluno_id) REFERENCES ieducar.nota_aluno (id);
ALTER TABLE ieducar.nota_componente_curricular_media ADD FOREIGN KEY (nota_aluno_id) REFERENCES ieducar.nota_aluno (id);
ALTER TABLE ieducar.nota_exame ADD FOREIGN KEY (ref_cod_matricula) REFERENCES ieducar.matricula (cod_matricula);
ALTER TABLE ieducar.nota_geral ADD FOREIGN KEY (nota_aluno_id) REFERENCES ieducar.nota_aluno (id);
ALTER TABLE ieducar.parecer_componente_curricular ADD FOREIGN KEY (parecer_aluno_id) REFERENCES ieducar.parecer_aluno (id);
ALTER TABLE ieducar.parecer_geral ADD FOREIGN KEY (parecer_aluno_id) REFERENCES ieducar.parecer_aluno (id);
ALTER TABLE ieducar.pessoa ADD FOREIGN KEY (idpes_cad) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.pessoa ADD FOREIGN KEY (idpes_rev) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.professor_turma ADD FOREIGN KEY (servidor_id, instituicao_id) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.professor_turma ADD FOREIGN KEY (turma_id) REFERENCES ieducar.turma (cod_turma);
ALTER TABLE ieducar.professor_turma ADD FOREIGN KEY (turno_id) REFERENCES ieducar.turma_turno (id);
ALTER TABLE ieducar.professor_turma_disciplina ADD FOREIGN KEY (componente_curricular_id) REFERENCES ieducar.componente_curricular (id);
ALTER TABLE ieducar.professor_turma_disciplina ADD FOREIGN KEY (professor_turma_id) REFERENCES ieducar.professor_turma (id);
ALTER TABLE ieducar.projeto_aluno ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.projeto_aluno ADD FOREIGN KEY (ref_cod_projeto) REFERENCES ieducar.projeto (cod_projeto);
ALTER TABLE ieducar.quadro_horario ADD FOREIGN KEY (ref_cod_turma) REFERENCES ieducar.turma (cod_turma);
ALTER TABLE ieducar.quadro_horario_horarios ADD FOREIGN KEY (ref_cod_quadro_horario) REFERENCES ieducar.quadro_horario (cod_quadro_horario);
ALTER TABLE ieducar.quadro_horario_horarios ADD FOREIGN KEY (ref_servidor, ref_cod_instituicao_servidor) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.quadro_horario_horarios ADD FOREIGN KEY (ref_servidor_substituto, ref_cod_instituicao_substituto) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.quadro_horario_horarios_aux ADD FOREIGN KEY (ref_cod_quadro_horario) REFERENCES ieducar.quadro_horario (cod_quadro_horario);
ALTER TABLE ieducar.quadro_horario_horarios_aux ADD FOREIGN KEY (ref_cod_serie, ref_cod_escola, ref_cod_disciplina) REFERENCES ieducar.escola_serie_disciplina (ref_ref_cod_serie, ref_ref_cod_escola, ref_cod_disciplina);
ALTER TABLE ieducar.quadro_horario_horarios_aux ADD FOREIGN KEY (ref_servidor, ref_cod_instituicao_servidor) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.regra_avaliacao ADD FOREIGN KEY (formula_media_id, instituicao_id) REFERENCES ieducar.formula_media (id, instituicao_id);
ALTER TABLE ieducar.regra_avaliacao ADD FOREIGN KEY (formula_recuperacao_id, instituicao_id) REFERENCES ieducar.formula_media (id, instituicao_id);
ALTER TABLE ieducar.regra_avaliacao ADD FOREIGN KEY (regra_diferenciada_id) REFERENCES ieducar.regra_avaliacao (id);
ALTER TABLE ieducar.regra_avaliacao ADD FOREIGN KEY (tabela_arredondamento_id, instituicao_id) REFERENCES ieducar.tabela_arredondamento (id, instituicao_id);
ALTER TABLE ieducar.regra_avaliacao_recuperacao ADD FOREIGN KEY (regra_avaliacao_id) REFERENCES ieducar.regra_avaliacao (id);
ALTER TABLE ieducar.regra_avaliacao_serie_ano ADD FOREIGN KEY (regra_avaliacao_diferenciada_id) REFERENCES ieducar.regra_avaliacao (id);
ALTER TABLE ieducar.regra_avaliacao_serie_ano ADD FOREIGN KEY (regra_avaliacao_id) REFERENCES ieducar.regra_avaliacao (id);
ALTER TABLE ieducar.regra_avaliacao_serie_ano ADD FOREIGN KEY (serie_id) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.reserva_vaga ADD FOREIGN KEY (ref_cod_aluno) REFERENCES ieducar.aluno (cod_aluno);
ALTER TABLE ieducar.reserva_vaga ADD FOREIGN KEY (ref_ref_cod_serie, ref_ref_cod_escola) REFERENCES ieducar.escola_serie (ref_cod_serie, ref_cod_escola);
ALTER TABLE ieducar.sequencia_serie ADD FOREIGN KEY (ref_serie_destino) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.sequencia_serie ADD FOREIGN KEY (ref_serie_origem) REFERENCES ieducar.serie (cod_serie);
ALTER TABLE ieducar.serie ADD FOREIGN KEY (ref_cod_curso) REFERENCES ieducar.curso (cod_curso);
ALTER TABLE ieducar.serie ADD FOREIGN KEY (regra_avaliacao_diferenciada_id) REFERENCES ieducar.regra_avaliacao (id);
ALTER TABLE ieducar.serie ADD FOREIGN KEY (regra_avaliacao_id) REFERENCES ieducar.regra_avaliacao (id);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (cod_servidor) REFERENCES ieducar.pessoa (idpes);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (codigo_curso_superior_1) REFERENCES ieducar.educacenso_curso_superior (id);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (codigo_curso_superior_2) REFERENCES ieducar.educacenso_curso_superior (id);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (codigo_curso_superior_3) REFERENCES ieducar.educacenso_curso_superior (id);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (instituicao_curso_superior_1) REFERENCES ieducar.educacenso_ies (id);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (instituicao_curso_superior_2) REFERENCES ieducar.educacenso_ies (id);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (instituicao_curso_superior_3) REFERENCES ieducar.educacenso_ies (id);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (ref_cod_subnivel) REFERENCES ieducar.subnivel (cod_subnivel);
ALTER TABLE ieducar.servidor ADD FOREIGN KEY (ref_idesco) REFERENCES ieducar.escolaridade (idesco);
ALTER TABLE ieducar.servidor_afastamento ADD FOREIGN KEY (ref_cod_motivo_afastamento) REFERENCES ieducar.motivo_afastamento (cod_motivo_afastamento);
ALTER TABLE ieducar.servidor_afastamento ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.servidor_alocacao ADD FOREIGN KEY (ref_cod_escola) REFERENCES ieducar.escola (cod_escola);
ALTER TABLE ieducar.servidor_alocacao ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.servidor_curso ADD FOREIGN KEY (ref_cod_formacao) REFERENCES ieducar.servidor_formacao (cod_formacao);
ALTER TABLE ieducar.servidor_curso_ministra ADD FOREIGN KEY (ref_cod_curso) REFERENCES ieducar.curso (cod_curso);
ALTER TABLE ieducar.servidor_curso_ministra ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.servidor_disciplina ADD FOREIGN KEY (ref_cod_disciplina) REFERENCES ieducar.componente_curricular (id);
ALTER TABLE ieducar.servidor_disciplina ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.servidor_formacao ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.servidor_funcao ADD FOREIGN KEY (ref_cod_funcao) REFERENCES ieducar.funcao (cod_funcao);
ALTER TABLE ieducar.servidor_funcao ADD FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.servidor_titulo_concurso ADD FOREIGN KEY (ref_cod_formacao) REFERENCES ieducar.servidor_formacao (cod_formacao);
ALTER TABLE ieducar.subnivel ADD FOREIGN KEY (ref_cod_nivel) REFERENCES ieducar.nivel (cod_nivel);
ALTER TABLE ieducar.subnivel ADD FOREIGN KEY (ref_cod_subnivel_anterior) REFERENCES ieducar.subnivel (cod_subnivel);
ALTER TABLE ieducar.tabela_arredondamento_valor ADD FOREIGN KEY (tabela_arredondamento_id) REFERENCES ieducar.tabela_arredondamento (id);
ALTER TABLE ieducar.tipo_dispensa ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.tipo_ensino ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.tipo_ocorrencia_disciplinar ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.tipo_regime ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.transferencia_solicitacao ADD FOREIGN KEY (ref_cod_matricula_entrada) REFERENCES ieducar.matricula (cod_matricula);
ALTER TABLE ieducar.transferencia_solicitacao ADD FOREIGN KEY (ref_cod_matricula_saida) REFERENCES ieducar.matricula (cod_matricula);
ALTER TABLE ieducar.transferencia_solicitacao ADD FOREIGN KEY (ref_cod_transferencia_tipo) REFERENCES ieducar.transferencia_tipo (cod_transferencia_tipo);
ALTER TABLE ieducar.transferencia_tipo ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_cod_curso) REFERENCES ieducar.curso (cod_curso);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_cod_disciplina_dispensada) REFERENCES ieducar.componente_curricular (id);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_cod_infra_predio_comodo) REFERENCES ieducar.infra_predio_comodo (cod_infra_predio_comodo);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_cod_regente, ref_cod_instituicao_regente) REFERENCES ieducar.servidor (cod_servidor, ref_cod_instituicao);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_cod_turma_tipo) REFERENCES ieducar.turma_tipo (cod_turma_tipo);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_ref_cod_escola, ref_ref_cod_serie) REFERENCES ieducar.escola_serie (ref_cod_escola, ref_cod_serie);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (ref_ref_cod_serie_mult, ref_ref_cod_escola_mult) REFERENCES ieducar.escola_serie (ref_cod_serie, ref_cod_escola);
ALTER TABLE ieducar.turma ADD FOREIGN KEY (turma_turno_id) REFERENCES ieducar.turma_turno (id);
ALTER TABLE ieducar.turma_modulo ADD FOREIGN KEY (ref_cod_modulo) REFERENCES ieducar.modulo (cod_modulo);
ALTER TABLE ieducar.turma_modulo ADD FOREIGN KEY (ref_cod_turma) REFERENCES ieducar.turma (cod_turma);
ALTER TABLE ieducar.usuario ADD FOREIGN KEY (ref_cod_instituicao) REFERENCES ieducar.instituicao (cod_instituicao);
ALTER TABLE ieducar.usuario ADD FOREIGN KEY (ref_cod_tipo_usuario) REFERENCES ieducar.tipo_usuario (cod_tipo_usuario);
