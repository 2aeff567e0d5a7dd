-- Camunda 7, the BPMN/CMMN/DMN process engine (camunda-bpm-platform; its tables keep the Activiti-era ACT_ names:
-- ACT_RE_* repository: deployments, process, case and decision definitions and forms; ACT_RU_* runtime: executions,
-- user tasks, identity links, variables, jobs and job definitions, external tasks, incidents, event subscriptions,
-- batches, authorizations, filters, case executions and sentries, meter logs; ACT_HI_* history: process, activity,
-- task, variable, detail, incident, job-log, external-task-log, operation-log, comment, attachment, identity-link,
-- batch, case and decision instances with their inputs and outputs; ACT_ID_* identity: users, groups, memberships,
-- tenants; ACT_GE_* general: byte arrays, properties, schema log), as its engine's PostgreSQL create scripts make it:
-- engine/src/main/resources/org/camunda/bpm/engine/db/create/activiti.postgres.create.{engine,history,identity,
-- case.engine,case.history,decision.engine,decision.history}.sql of github.com/camunda/camunda-bpm-platform (commit
-- 3dd653f, 25 September 2025, 7.24.0-SNAPSHOT; Apache-2.0). The seven scripts were loaded unchanged into a scratch
-- PostgreSQL 15 and the tables regenerated from its catalog: all 49 tables, their primary keys (every table), the 42
-- foreign keys and the 7 unique constraints the scripts declare, schema camunda (the scripts use the default schema);
-- the unquoted upper-case names fold to lower case as PostgreSQL itself folds them (ACT_RU_TASK.ASSIGNEE_ ->
-- act_ru_task.assignee_), types as the scripts declare them (varchar(n), integer, bigint, timestamp, bytea, boolean,
-- double precision). Left out: the 226 indexes and the INSERTs of the property and schema-log rows. The scripts
-- declare no comments. No rows. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS camunda;
CREATE TABLE camunda.act_ge_bytearray (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    deployment_id_ character varying(64),
    bytes_ bytea,
    generated_ boolean,
    tenant_id_ character varying(64),
    type_ integer,
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ge_property (
    name_ character varying(64) NOT NULL,
    value_ character varying(300),
    rev_ integer,
    PRIMARY KEY (name_)
);
CREATE TABLE camunda.act_ge_schema_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone,
    version_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_actinst (
    id_ character varying(64) NOT NULL,
    parent_act_inst_id_ character varying(64),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64) NOT NULL,
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64) NOT NULL,
    execution_id_ character varying(64) NOT NULL,
    act_id_ character varying(255) NOT NULL,
    task_id_ character varying(64),
    call_proc_inst_id_ character varying(64),
    call_case_inst_id_ character varying(64),
    act_name_ character varying(255),
    act_type_ character varying(255) NOT NULL,
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    act_inst_state_ integer,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_attachment (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(255),
    name_ character varying(255),
    description_ character varying(4000),
    type_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    url_ character varying(4000),
    content_id_ character varying(64),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_batch (
    id_ character varying(64) NOT NULL,
    type_ character varying(255),
    total_jobs_ integer,
    jobs_per_seed_ integer,
    invocations_per_job_ integer,
    seed_job_def_id_ character varying(64),
    monitor_job_def_id_ character varying(64),
    batch_job_def_id_ character varying(64),
    tenant_id_ character varying(64),
    create_user_id_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    removal_time_ timestamp without time zone,
    exec_start_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_caseactinst (
    id_ character varying(64) NOT NULL,
    parent_act_inst_id_ character varying(64),
    case_def_id_ character varying(64) NOT NULL,
    case_inst_id_ character varying(64) NOT NULL,
    case_act_id_ character varying(255) NOT NULL,
    task_id_ character varying(64),
    call_proc_inst_id_ character varying(64),
    call_case_inst_id_ character varying(64),
    case_act_name_ character varying(255),
    case_act_type_ character varying(255),
    create_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    state_ integer,
    required_ boolean,
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_caseinst (
    id_ character varying(64) NOT NULL,
    case_inst_id_ character varying(64) NOT NULL,
    business_key_ character varying(255),
    case_def_id_ character varying(64) NOT NULL,
    create_time_ timestamp without time zone NOT NULL,
    close_time_ timestamp without time zone,
    duration_ bigint,
    state_ integer,
    create_user_id_ character varying(255),
    super_case_instance_id_ character varying(64),
    super_process_instance_id_ character varying(64),
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_comment (
    id_ character varying(64) NOT NULL,
    type_ character varying(255),
    time_ timestamp without time zone NOT NULL,
    user_id_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    action_ character varying(255),
    message_ character varying(4000),
    full_msg_ bytea,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    rev_ integer NOT NULL,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_dec_in (
    id_ character varying(64) NOT NULL,
    dec_inst_id_ character varying(64) NOT NULL,
    clause_id_ character varying(64),
    clause_name_ character varying(255),
    var_type_ character varying(100),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_dec_out (
    id_ character varying(64) NOT NULL,
    dec_inst_id_ character varying(64) NOT NULL,
    clause_id_ character varying(64),
    clause_name_ character varying(255),
    rule_id_ character varying(64),
    rule_order_ integer,
    var_name_ character varying(255),
    var_type_ character varying(100),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_decinst (
    id_ character varying(64) NOT NULL,
    dec_def_id_ character varying(64) NOT NULL,
    dec_def_key_ character varying(255) NOT NULL,
    dec_def_name_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    proc_inst_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    act_inst_id_ character varying(64),
    act_id_ character varying(255),
    eval_time_ timestamp without time zone NOT NULL,
    removal_time_ timestamp without time zone,
    collect_value_ double precision,
    user_id_ character varying(255),
    root_dec_inst_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    dec_req_id_ character varying(64),
    dec_req_key_ character varying(255),
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_detail (
    id_ character varying(64) NOT NULL,
    type_ character varying(255) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    act_inst_id_ character varying(64),
    var_inst_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(64),
    rev_ integer,
    time_ timestamp without time zone NOT NULL,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    operation_id_ character varying(64),
    removal_time_ timestamp without time zone,
    initial_ boolean,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_ext_task_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    ext_task_id_ character varying(64) NOT NULL,
    retries_ integer,
    topic_name_ character varying(255),
    worker_id_ character varying(255),
    priority_ bigint NOT NULL,
    error_msg_ character varying(4000),
    error_details_id_ character varying(64),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    tenant_id_ character varying(64),
    state_ integer,
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_identitylink (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    type_ character varying(255),
    user_id_ character varying(255),
    group_id_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    operation_type_ character varying(64),
    assigner_id_ character varying(64),
    proc_def_key_ character varying(255),
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_incident (
    id_ character varying(64) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    create_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    incident_msg_ character varying(4000),
    incident_type_ character varying(255) NOT NULL,
    activity_id_ character varying(255),
    failed_activity_id_ character varying(255),
    cause_incident_id_ character varying(64),
    root_cause_incident_id_ character varying(64),
    configuration_ character varying(255),
    history_configuration_ character varying(255),
    incident_state_ integer,
    tenant_id_ character varying(64),
    job_def_id_ character varying(64),
    annotation_ character varying(4000),
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_job_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    job_id_ character varying(64) NOT NULL,
    job_duedate_ timestamp without time zone,
    job_retries_ integer,
    job_priority_ bigint NOT NULL,
    job_exception_msg_ character varying(4000),
    job_exception_stack_id_ character varying(64),
    job_state_ integer,
    job_def_id_ character varying(64),
    job_def_type_ character varying(255),
    job_def_configuration_ character varying(255),
    act_id_ character varying(255),
    failed_act_id_ character varying(255),
    execution_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    process_instance_id_ character varying(64),
    process_def_id_ character varying(64),
    process_def_key_ character varying(255),
    deployment_id_ character varying(64),
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    hostname_ character varying(255),
    removal_time_ timestamp without time zone,
    batch_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_op_log (
    id_ character varying(64) NOT NULL,
    deployment_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    job_id_ character varying(64),
    job_def_id_ character varying(64),
    batch_id_ character varying(64),
    user_id_ character varying(255),
    timestamp_ timestamp without time zone NOT NULL,
    operation_type_ character varying(64),
    operation_id_ character varying(64),
    entity_type_ character varying(30),
    property_ character varying(64),
    org_value_ character varying(4000),
    new_value_ character varying(4000),
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    category_ character varying(64),
    external_task_id_ character varying(64),
    annotation_ character varying(4000),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_procinst (
    id_ character varying(64) NOT NULL,
    proc_inst_id_ character varying(64) NOT NULL,
    business_key_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64) NOT NULL,
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    removal_time_ timestamp without time zone,
    duration_ bigint,
    start_user_id_ character varying(255),
    start_act_id_ character varying(255),
    end_act_id_ character varying(255),
    super_process_instance_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    super_case_instance_id_ character varying(64),
    case_inst_id_ character varying(64),
    delete_reason_ character varying(4000),
    tenant_id_ character varying(64),
    state_ character varying(255),
    restarted_proc_inst_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_taskinst (
    id_ character varying(64) NOT NULL,
    task_def_key_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    act_inst_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    owner_ character varying(255),
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    delete_reason_ character varying(4000),
    priority_ integer,
    due_date_ timestamp without time zone,
    follow_up_date_ timestamp without time zone,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    task_state_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_hi_varinst (
    id_ character varying(64) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    act_inst_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(100),
    create_time_ timestamp without time zone,
    rev_ integer,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    state_ character varying(20),
    removal_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_id_group (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    type_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_id_info (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(64),
    type_ character varying(64),
    key_ character varying(255),
    value_ character varying(255),
    password_ bytea,
    parent_id_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_id_membership (
    user_id_ character varying(64) NOT NULL,
    group_id_ character varying(64) NOT NULL,
    PRIMARY KEY (user_id_, group_id_)
);
CREATE TABLE camunda.act_id_tenant (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_id_tenant_member (
    id_ character varying(64) NOT NULL,
    tenant_id_ character varying(64) NOT NULL,
    user_id_ character varying(64),
    group_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_id_user (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    first_ character varying(255),
    last_ character varying(255),
    email_ character varying(255),
    pwd_ character varying(255),
    salt_ character varying(255),
    lock_exp_time_ timestamp without time zone,
    attempts_ integer,
    picture_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_re_camformdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_re_case_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    tenant_id_ character varying(64),
    history_ttl_ integer,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_re_decision_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    dec_req_id_ character varying(64),
    dec_req_key_ character varying(255),
    tenant_id_ character varying(64),
    history_ttl_ integer,
    version_tag_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_re_decision_req_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_re_deployment (
    id_ character varying(64) NOT NULL,
    name_ character varying(255),
    deploy_time_ timestamp without time zone,
    source_ character varying(255),
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_re_procdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    has_start_form_key_ boolean,
    suspension_state_ integer,
    tenant_id_ character varying(64),
    version_tag_ character varying(64),
    history_ttl_ integer,
    startable_ boolean NOT NULL,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_authorization (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    type_ integer NOT NULL,
    group_id_ character varying(255),
    user_id_ character varying(255),
    resource_type_ integer NOT NULL,
    resource_id_ character varying(255),
    perms_ integer,
    removal_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_batch (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    type_ character varying(255),
    total_jobs_ integer,
    jobs_created_ integer,
    jobs_per_seed_ integer,
    invocations_per_job_ integer,
    seed_job_def_id_ character varying(64),
    batch_job_def_id_ character varying(64),
    monitor_job_def_id_ character varying(64),
    suspension_state_ integer,
    configuration_ character varying(255),
    tenant_id_ character varying(64),
    create_user_id_ character varying(255),
    start_time_ timestamp without time zone,
    exec_start_time_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_case_execution (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    case_inst_id_ character varying(64),
    super_case_exec_ character varying(64),
    super_exec_ character varying(64),
    business_key_ character varying(255),
    parent_id_ character varying(64),
    case_def_id_ character varying(64),
    act_id_ character varying(255),
    prev_state_ integer,
    current_state_ integer,
    required_ boolean,
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_case_sentry_part (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    case_inst_id_ character varying(64),
    case_exec_id_ character varying(64),
    sentry_id_ character varying(255),
    type_ character varying(255),
    source_case_exec_id_ character varying(64),
    standard_event_ character varying(255),
    source_ character varying(255),
    variable_event_ character varying(255),
    variable_name_ character varying(255),
    satisfied_ boolean,
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_event_subscr (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    event_type_ character varying(255) NOT NULL,
    event_name_ character varying(255),
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    activity_id_ character varying(255),
    configuration_ character varying(255),
    created_ timestamp without time zone NOT NULL,
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_execution (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    business_key_ character varying(255),
    parent_id_ character varying(64),
    proc_def_id_ character varying(64),
    super_exec_ character varying(64),
    super_case_exec_ character varying(64),
    case_inst_id_ character varying(64),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    is_active_ boolean,
    is_concurrent_ boolean,
    is_scope_ boolean,
    is_event_scope_ boolean,
    suspension_state_ integer,
    cached_ent_state_ integer,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    proc_def_key_ character varying(255),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_ext_task (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    worker_id_ character varying(255),
    topic_name_ character varying(255),
    retries_ integer,
    error_msg_ character varying(4000),
    error_details_id_ character varying(64),
    lock_exp_time_ timestamp without time zone,
    create_time_ timestamp without time zone,
    suspension_state_ integer,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    tenant_id_ character varying(64),
    priority_ bigint NOT NULL,
    last_failure_log_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_filter (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    resource_type_ character varying(255) NOT NULL,
    name_ character varying(255) NOT NULL,
    owner_ character varying(255),
    query_ text NOT NULL,
    properties_ text,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_identitylink (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    group_id_ character varying(255),
    type_ character varying(255),
    user_id_ character varying(255),
    task_id_ character varying(64),
    proc_def_id_ character varying(64),
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_incident (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    incident_timestamp_ timestamp without time zone NOT NULL,
    incident_msg_ character varying(4000),
    incident_type_ character varying(255) NOT NULL,
    execution_id_ character varying(64),
    activity_id_ character varying(255),
    failed_activity_id_ character varying(255),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    cause_incident_id_ character varying(64),
    root_cause_incident_id_ character varying(64),
    configuration_ character varying(255),
    tenant_id_ character varying(64),
    job_def_id_ character varying(64),
    annotation_ character varying(4000),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_job (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    lock_exp_time_ timestamp without time zone,
    lock_owner_ character varying(255),
    exclusive_ boolean,
    execution_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    process_instance_id_ character varying(64),
    process_def_id_ character varying(64),
    process_def_key_ character varying(255),
    retries_ integer,
    exception_stack_id_ character varying(64),
    exception_msg_ character varying(4000),
    failed_act_id_ character varying(255),
    duedate_ timestamp without time zone,
    repeat_ character varying(255),
    repeat_offset_ bigint,
    handler_type_ character varying(255),
    handler_cfg_ character varying(4000),
    deployment_id_ character varying(64),
    suspension_state_ integer NOT NULL,
    job_def_id_ character varying(64),
    priority_ bigint NOT NULL,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    last_failure_log_id_ character varying(64),
    batch_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_jobdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    act_id_ character varying(255),
    job_type_ character varying(255) NOT NULL,
    job_configuration_ character varying(255),
    suspension_state_ integer,
    job_priority_ bigint,
    tenant_id_ character varying(64),
    deployment_id_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_meter_log (
    id_ character varying(64) NOT NULL,
    name_ character varying(64) NOT NULL,
    reporter_ character varying(255),
    value_ bigint,
    timestamp_ timestamp without time zone,
    milliseconds_ bigint,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_task (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    case_execution_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_def_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    task_def_key_ character varying(255),
    owner_ character varying(255),
    assignee_ character varying(255),
    delegation_ character varying(64),
    priority_ integer,
    create_time_ timestamp without time zone,
    last_updated_ timestamp without time zone,
    due_date_ timestamp without time zone,
    follow_up_date_ timestamp without time zone,
    suspension_state_ integer,
    tenant_id_ character varying(64),
    task_state_ character varying(64),
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_task_meter_log (
    id_ character varying(64) NOT NULL,
    assignee_hash_ bigint,
    timestamp_ timestamp without time zone,
    PRIMARY KEY (id_)
);
CREATE TABLE camunda.act_ru_variable (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    name_ character varying(255) NOT NULL,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    case_execution_id_ character varying(64),
    case_inst_id_ character varying(64),
    task_id_ character varying(64),
    batch_id_ character varying(64),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    var_scope_ character varying(64),
    sequence_counter_ bigint,
    is_concurrent_local_ boolean,
    tenant_id_ character varying(64),
    PRIMARY KEY (id_)
);
ALTER TABLE camunda.act_hi_caseinst ADD UNIQUE (case_inst_id_);
ALTER TABLE camunda.act_hi_procinst ADD UNIQUE (proc_inst_id_);
ALTER TABLE camunda.act_id_tenant_member ADD UNIQUE (tenant_id_, group_id_);
ALTER TABLE camunda.act_id_tenant_member ADD UNIQUE (tenant_id_, user_id_);
ALTER TABLE camunda.act_ru_authorization ADD UNIQUE (type_, group_id_, resource_type_, resource_id_);
ALTER TABLE camunda.act_ru_authorization ADD UNIQUE (type_, user_id_, resource_type_, resource_id_);
ALTER TABLE camunda.act_ru_variable ADD UNIQUE (var_scope_, name_);
ALTER TABLE camunda.act_ge_bytearray ADD FOREIGN KEY (deployment_id_) REFERENCES camunda.act_re_deployment(id_);
ALTER TABLE camunda.act_id_membership ADD FOREIGN KEY (group_id_) REFERENCES camunda.act_id_group(id_);
ALTER TABLE camunda.act_id_membership ADD FOREIGN KEY (user_id_) REFERENCES camunda.act_id_user(id_);
ALTER TABLE camunda.act_id_tenant_member ADD FOREIGN KEY (tenant_id_) REFERENCES camunda.act_id_tenant(id_);
ALTER TABLE camunda.act_id_tenant_member ADD FOREIGN KEY (group_id_) REFERENCES camunda.act_id_group(id_);
ALTER TABLE camunda.act_id_tenant_member ADD FOREIGN KEY (user_id_) REFERENCES camunda.act_id_user(id_);
ALTER TABLE camunda.act_re_decision_def ADD FOREIGN KEY (dec_req_id_) REFERENCES camunda.act_re_decision_req_def(id_);
ALTER TABLE camunda.act_ru_batch ADD FOREIGN KEY (batch_job_def_id_) REFERENCES camunda.act_ru_jobdef(id_);
ALTER TABLE camunda.act_ru_batch ADD FOREIGN KEY (monitor_job_def_id_) REFERENCES camunda.act_ru_jobdef(id_);
ALTER TABLE camunda.act_ru_batch ADD FOREIGN KEY (seed_job_def_id_) REFERENCES camunda.act_ru_jobdef(id_);
ALTER TABLE camunda.act_ru_case_execution ADD FOREIGN KEY (case_def_id_) REFERENCES camunda.act_re_case_def(id_);
ALTER TABLE camunda.act_ru_case_execution ADD FOREIGN KEY (case_inst_id_) REFERENCES camunda.act_ru_case_execution(id_);
ALTER TABLE camunda.act_ru_case_execution ADD FOREIGN KEY (parent_id_) REFERENCES camunda.act_ru_case_execution(id_);
ALTER TABLE camunda.act_ru_case_sentry_part ADD FOREIGN KEY (case_exec_id_) REFERENCES camunda.act_ru_case_execution(id_);
ALTER TABLE camunda.act_ru_case_sentry_part ADD FOREIGN KEY (case_inst_id_) REFERENCES camunda.act_ru_case_execution(id_);
ALTER TABLE camunda.act_ru_event_subscr ADD FOREIGN KEY (execution_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_execution ADD FOREIGN KEY (parent_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_execution ADD FOREIGN KEY (proc_def_id_) REFERENCES camunda.act_re_procdef(id_);
ALTER TABLE camunda.act_ru_execution ADD FOREIGN KEY (proc_inst_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_execution ADD FOREIGN KEY (super_exec_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_ext_task ADD FOREIGN KEY (error_details_id_) REFERENCES camunda.act_ge_bytearray(id_);
ALTER TABLE camunda.act_ru_ext_task ADD FOREIGN KEY (execution_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_identitylink ADD FOREIGN KEY (proc_def_id_) REFERENCES camunda.act_re_procdef(id_);
ALTER TABLE camunda.act_ru_identitylink ADD FOREIGN KEY (task_id_) REFERENCES camunda.act_ru_task(id_);
ALTER TABLE camunda.act_ru_incident ADD FOREIGN KEY (cause_incident_id_) REFERENCES camunda.act_ru_incident(id_);
ALTER TABLE camunda.act_ru_incident ADD FOREIGN KEY (execution_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_incident ADD FOREIGN KEY (job_def_id_) REFERENCES camunda.act_ru_jobdef(id_);
ALTER TABLE camunda.act_ru_incident ADD FOREIGN KEY (proc_def_id_) REFERENCES camunda.act_re_procdef(id_);
ALTER TABLE camunda.act_ru_incident ADD FOREIGN KEY (proc_inst_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_incident ADD FOREIGN KEY (root_cause_incident_id_) REFERENCES camunda.act_ru_incident(id_);
ALTER TABLE camunda.act_ru_job ADD FOREIGN KEY (exception_stack_id_) REFERENCES camunda.act_ge_bytearray(id_);
ALTER TABLE camunda.act_ru_task ADD FOREIGN KEY (case_def_id_) REFERENCES camunda.act_re_case_def(id_);
ALTER TABLE camunda.act_ru_task ADD FOREIGN KEY (case_execution_id_) REFERENCES camunda.act_ru_case_execution(id_);
ALTER TABLE camunda.act_ru_task ADD FOREIGN KEY (execution_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_task ADD FOREIGN KEY (proc_def_id_) REFERENCES camunda.act_re_procdef(id_);
ALTER TABLE camunda.act_ru_task ADD FOREIGN KEY (proc_inst_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_variable ADD FOREIGN KEY (batch_id_) REFERENCES camunda.act_ru_batch(id_);
ALTER TABLE camunda.act_ru_variable ADD FOREIGN KEY (bytearray_id_) REFERENCES camunda.act_ge_bytearray(id_);
ALTER TABLE camunda.act_ru_variable ADD FOREIGN KEY (case_execution_id_) REFERENCES camunda.act_ru_case_execution(id_);
ALTER TABLE camunda.act_ru_variable ADD FOREIGN KEY (case_inst_id_) REFERENCES camunda.act_ru_case_execution(id_);
ALTER TABLE camunda.act_ru_variable ADD FOREIGN KEY (execution_id_) REFERENCES camunda.act_ru_execution(id_);
ALTER TABLE camunda.act_ru_variable ADD FOREIGN KEY (proc_inst_id_) REFERENCES camunda.act_ru_execution(id_);
