-- Catarse (github.com/catarse/catarse), db/structure.sql as of commit 0a66dba06edb95d27482fad4f62f8579cde64597
-- (pg_dump of 2013-12-29), regenerated from a scratch PostgreSQL catalog: tables, columns, NOT NULL,
-- primary keys, declared foreign keys; no defaults, checks, indexes, views, functions, triggers, sequences.

CREATE SCHEMA catarse;

CREATE TABLE catarse.authorizations (
    id integer NOT NULL,
    oauth_provider_id integer NOT NULL,
    user_id integer NOT NULL,
    uid text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT authorizations_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.backers (
    id integer NOT NULL,
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    reward_id integer,
    value numeric NOT NULL,
    confirmed_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    anonymous boolean,
    key text,
    credits boolean,
    notified_finish boolean,
    payment_method text,
    payment_token text,
    payment_id character varying(255),
    payer_name text,
    payer_email text,
    payer_document text,
    address_street text,
    address_number text,
    address_complement text,
    address_neighbourhood text,
    address_zip_code text,
    address_city text,
    address_state text,
    address_phone_number text,
    payment_choice text,
    payment_service_fee numeric,
    state character varying(255),
    referal_link text,
    CONSTRAINT backers_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.categories (
    id integer NOT NULL,
    name_pt text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name_en character varying(255),
    CONSTRAINT categories_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.channels (
    id integer NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    permalink text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    twitter text,
    facebook text,
    email text,
    image text,
    website text,
    video_url text,
    how_it_works text,
    how_it_works_html text,
    terms_url character varying(255),
    CONSTRAINT channel_profiles_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.channels_projects (
    id integer NOT NULL,
    channel_id integer,
    project_id integer,
    CONSTRAINT channels_projects_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.channels_subscribers (
    id integer NOT NULL,
    user_id integer NOT NULL,
    channel_id integer NOT NULL,
    CONSTRAINT channels_subscribers_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.configurations (
    id integer NOT NULL,
    name text NOT NULL,
    value text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT configurations_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.notifications (
    id integer NOT NULL,
    user_id integer NOT NULL,
    project_id integer,
    dismissed boolean NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    backer_id integer,
    update_id integer,
    origin_email text NOT NULL,
    origin_name text NOT NULL,
    template_name text NOT NULL,
    locale text NOT NULL,
    channel_id integer,
    CONSTRAINT notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.oauth_providers (
    id integer NOT NULL,
    name text NOT NULL,
    key text NOT NULL,
    secret text NOT NULL,
    scope text,
    "order" integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    strategy text,
    path text,
    CONSTRAINT oauth_providers_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.payment_notifications (
    id integer NOT NULL,
    backer_id integer NOT NULL,
    extra_data text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT payment_notifications_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.paypal_payments (
    data text,
    hora text,
    fusohorario text,
    nome text,
    tipo text,
    status text,
    moeda text,
    valorbruto text,
    tarifa text,
    liquido text,
    doe_mail text,
    parae_mail text,
    iddatransacao text,
    statusdoequivalente text,
    statusdoendereco text,
    titulodoitem text,
    iddoitem text,
    valordoenvioemanuseio text,
    valordoseguro text,
    impostosobrevendas text,
    opcao1nome text,
    opcao1valor text,
    opcao2nome text,
    opcao2valor text,
    sitedoleilao text,
    iddocomprador text,
    urldoitem text,
    datadetermino text,
    iddaescritura text,
    iddafatura text,
    "idtxn_dereferência" text,
    numerodafatura text,
    numeropersonalizado text,
    iddorecibo text,
    saldo text,
    enderecolinha1 text,
    enderecolinha2_distrito_bairro text,
    cidade text,
    "estado_regiao_território_prefeitura_republica" text,
    cep text,
    pais text,
    numerodotelefoneparacontato text,
    extra text
);

CREATE TABLE catarse.projects (
    id integer NOT NULL,
    name text NOT NULL,
    user_id integer NOT NULL,
    category_id integer NOT NULL,
    goal numeric NOT NULL,
    about text NOT NULL,
    headline text NOT NULL,
    video_url text,
    short_url text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    about_html text,
    recommended boolean,
    home_page_comment text,
    permalink text NOT NULL,
    video_thumbnail text,
    state character varying(255),
    online_days integer,
    online_date timestamp with time zone,
    how_know text,
    more_links text,
    first_backers text,
    uploaded_image character varying(255),
    video_embed_url character varying(255),
    referal_link text,
    sent_to_analysis_at timestamp without time zone,
    audited_user_name text,
    audited_user_cpf text,
    audited_user_moip_login text,
    audited_user_phone_number text,
    CONSTRAINT projects_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.rewards (
    id integer NOT NULL,
    project_id integer NOT NULL,
    minimum_value numeric NOT NULL,
    maximum_backers integer,
    description text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    reindex_versions timestamp without time zone,
    row_order integer,
    days_to_delivery integer,
    CONSTRAINT rewards_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.states (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    acronym character varying(255) NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    CONSTRAINT states_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.total_backed_ranges (
    name text NOT NULL,
    lower numeric,
    upper numeric,
    CONSTRAINT total_backed_ranges_pkey PRIMARY KEY (name)
);

CREATE TABLE catarse.unsubscribes (
    id integer NOT NULL,
    user_id integer NOT NULL,
    project_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT unsubscribes_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.updates (
    id integer NOT NULL,
    user_id integer NOT NULL,
    project_id integer NOT NULL,
    title text,
    comment text NOT NULL,
    comment_html text NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    exclusive boolean,
    CONSTRAINT updates_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.users (
    id integer NOT NULL,
    email text,
    name text,
    nickname text,
    bio text,
    image_url text,
    newsletter boolean,
    project_updates boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    admin boolean,
    full_name text,
    address_street text,
    address_number text,
    address_complement text,
    address_neighbourhood text,
    address_city text,
    address_state text,
    address_zip_code text,
    phone_number text,
    locale text NOT NULL,
    cpf text,
    encrypted_password character varying(128) NOT NULL,
    reset_password_token character varying(255),
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying(255),
    last_sign_in_ip character varying(255),
    twitter character varying(255),
    facebook_link character varying(255),
    other_link character varying(255),
    uploaded_image text,
    moip_login character varying(255),
    state_inscription character varying(255),
    channel_id integer,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE TABLE catarse.versions (
    id integer NOT NULL,
    item_type character varying(255) NOT NULL,
    item_id integer NOT NULL,
    event character varying(255) NOT NULL,
    whodunnit character varying(255),
    object text,
    created_at timestamp without time zone,
    CONSTRAINT versions_pkey PRIMARY KEY (id)
);

ALTER TABLE catarse.authorizations ADD CONSTRAINT fk_authorizations_oauth_provider_id FOREIGN KEY (oauth_provider_id) REFERENCES catarse.oauth_providers(id);
ALTER TABLE catarse.authorizations ADD CONSTRAINT fk_authorizations_user_id FOREIGN KEY (user_id) REFERENCES catarse.users(id);
ALTER TABLE catarse.backers ADD CONSTRAINT backers_project_id_reference FOREIGN KEY (project_id) REFERENCES catarse.projects(id);
ALTER TABLE catarse.backers ADD CONSTRAINT backers_reward_id_reference FOREIGN KEY (reward_id) REFERENCES catarse.rewards(id);
ALTER TABLE catarse.backers ADD CONSTRAINT backers_user_id_reference FOREIGN KEY (user_id) REFERENCES catarse.users(id);
ALTER TABLE catarse.channels_projects ADD CONSTRAINT fk_channels_projects_channel_id FOREIGN KEY (channel_id) REFERENCES catarse.channels(id);
ALTER TABLE catarse.channels_projects ADD CONSTRAINT fk_channels_projects_project_id FOREIGN KEY (project_id) REFERENCES catarse.projects(id);
ALTER TABLE catarse.channels_subscribers ADD CONSTRAINT fk_channels_subscribers_channel_id FOREIGN KEY (channel_id) REFERENCES catarse.channels(id);
ALTER TABLE catarse.channels_subscribers ADD CONSTRAINT fk_channels_subscribers_user_id FOREIGN KEY (user_id) REFERENCES catarse.users(id);
ALTER TABLE catarse.notifications ADD CONSTRAINT fk_notifications_channel_id FOREIGN KEY (channel_id) REFERENCES catarse.channels(id);
ALTER TABLE catarse.notifications ADD CONSTRAINT notifications_backer_id_fk FOREIGN KEY (backer_id) REFERENCES catarse.backers(id);
ALTER TABLE catarse.notifications ADD CONSTRAINT notifications_project_id_reference FOREIGN KEY (project_id) REFERENCES catarse.projects(id);
ALTER TABLE catarse.notifications ADD CONSTRAINT notifications_update_id_fk FOREIGN KEY (update_id) REFERENCES catarse.updates(id);
ALTER TABLE catarse.notifications ADD CONSTRAINT notifications_user_id_reference FOREIGN KEY (user_id) REFERENCES catarse.users(id);
ALTER TABLE catarse.payment_notifications ADD CONSTRAINT payment_notifications_backer_id_fk FOREIGN KEY (backer_id) REFERENCES catarse.backers(id);
ALTER TABLE catarse.projects ADD CONSTRAINT projects_category_id_reference FOREIGN KEY (category_id) REFERENCES catarse.categories(id);
ALTER TABLE catarse.projects ADD CONSTRAINT projects_user_id_reference FOREIGN KEY (user_id) REFERENCES catarse.users(id);
ALTER TABLE catarse.rewards ADD CONSTRAINT rewards_project_id_reference FOREIGN KEY (project_id) REFERENCES catarse.projects(id);
ALTER TABLE catarse.unsubscribes ADD CONSTRAINT unsubscribes_project_id_fk FOREIGN KEY (project_id) REFERENCES catarse.projects(id);
ALTER TABLE catarse.unsubscribes ADD CONSTRAINT unsubscribes_user_id_fk FOREIGN KEY (user_id) REFERENCES catarse.users(id);
ALTER TABLE catarse.updates ADD CONSTRAINT updates_project_id_fk FOREIGN KEY (project_id) REFERENCES catarse.projects(id);
ALTER TABLE catarse.updates ADD CONSTRAINT updates_user_id_fk FOREIGN KEY (user_id) REFERENCES catarse.users(id);
ALTER TABLE catarse.users ADD CONSTRAINT fk_users_channel_id FOREIGN KEY (channel_id) REFERENCES catarse.channels(id);
