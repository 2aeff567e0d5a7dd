-- FacturaScripts, the Spanish open-source ERP and accounting program for small businesses (table and column names
-- in SPANISH): companies (empresas), warehouses (almacenes), customers and customer groups (clientes,
-- gruposclientes), suppliers (proveedores), contacts and addresses (contactos), sales agents (agentes), carriers
-- (agenciastrans), bank accounts (cuentasbanco, cuentasbcocli, cuentasbcopro); products, variants, attributes,
-- families, manufacturers, price rates, stock per warehouse and supplier prices (productos, variantes, atributos,
-- atributos_valores, familias, fabricantes, tarifas, stocks, productosprov, productos_imagenes); the sales and
-- purchase documents with their lines: quotes (presupuestoscli/prov), orders (pedidoscli/prov), delivery notes
-- (albaranescli/prov) and invoices (facturascli/prov), document states, transformations between documents,
-- numbering sequences and series; receipts and payments of invoices (recibospagoscli/prov, pagoscli/prov), payment
-- methods (formaspago), currencies (divisas), taxes, tax zones and withholdings (impuestos, impuestoszonas,
-- retenciones, regularizacionimpuestos); accounting: fiscal years (ejercicios), chart of accounts (cuentas,
-- subcuentas, cuentasesp), journals (diarios), journal entries and their lines (asientos, partidas,
-- conceptos_partidas); countries, provinces, cities, postcodes; users, roles and access rights, API keys, logs,
-- e-mails sent, cron jobs, attached files, pages and settings. As FacturaScripts 2026.65 creates it from its XML table
-- definitions Core/Table/*.xml of github.com/NeoRazorX/facturascripts (commit defd68f, 2026-08-21; Core/Table last
-- changed in c635996, 2026-08-10), LGPL-3.0-or-later; we use the schema's facts. Converted by a one-off script
-- (column <type> kept, as the program passes it to PostgreSQL, except serial -> integer NOT NULL, int -> integer,
-- bool -> boolean; <null>NO</null> -> NOT NULL; the PRIMARY KEY and FOREIGN KEY constraints as declared), loaded into
-- a scratch PostgreSQL 15 and regenerated from its catalog: all 83 tables, schema facturascripts, each with its
-- primary key, and all 223 foreign keys; of the 28 UNIQUE constraints only variantes (referencia) is kept, because
-- two foreign keys reference it. Left out: defaults, ON DELETE/ON UPDATE actions, the other unique constraints, the
-- one index, sequences, rows and plugin tables; the source declares no comments. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS facturascripts;
CREATE TABLE facturascripts.agenciastrans (
    activo boolean NOT NULL,
    codtrans character varying(8) NOT NULL,
    nombre character varying(100) NOT NULL,
    telefono character varying(30),
    web character varying(100),
    PRIMARY KEY (codtrans)
);
CREATE TABLE facturascripts.agentes (
    cargo character varying(100),
    cifnif character varying(30),
    codagente character varying(10) NOT NULL,
    debaja boolean,
    email character varying(100),
    fechaalta date,
    fechabaja date,
    idcontacto integer,
    idproducto integer,
    nombre character varying(100) NOT NULL,
    observaciones text,
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    PRIMARY KEY (codagente)
);
CREATE TABLE facturascripts.albaranescli (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codagente character varying(10),
    codalmacen character varying(4),
    codcliente character varying(10),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codigoenv character varying(200),
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codserie character varying(4) NOT NULL,
    codtrans character varying(8),
    direccion character varying(200),
    dtopor1 double precision,
    dtopor2 double precision,
    editable boolean,
    fecha date NOT NULL,
    femail date,
    hora time without time zone,
    idalbaran integer NOT NULL,
    idcontactoenv integer,
    idcontactofact integer,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    nombrecliente character varying(100),
    numdocs integer,
    numero character varying(12) NOT NULL,
    numero2 character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totalbeneficio double precision,
    totalcoste double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    PRIMARY KEY (idalbaran)
);
CREATE TABLE facturascripts.albaranesprov (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codalmacen character varying(4),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codproveedor character varying(10),
    codserie character varying(4) NOT NULL,
    editable boolean,
    dtopor1 double precision,
    dtopor2 double precision,
    direccion character varying(200),
    fecha date NOT NULL,
    femail date,
    hora time without time zone,
    idalbaran integer NOT NULL,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    nombre character varying(100) NOT NULL,
    numdocs integer,
    numero character varying(12) NOT NULL,
    numproveedor character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    PRIMARY KEY (idalbaran)
);
CREATE TABLE facturascripts.almacenes (
    activo boolean,
    apartado character varying(10),
    ciudad character varying(100),
    codalmacen character varying(4) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    direccion character varying(200),
    idempresa integer,
    nombre character varying(100) NOT NULL,
    provincia character varying(100),
    telefono character varying(30),
    PRIMARY KEY (codalmacen)
);
CREATE TABLE facturascripts.api_access (
    allowdelete boolean,
    allowget boolean,
    allowpost boolean,
    allowput boolean,
    id integer NOT NULL,
    idapikey integer NOT NULL,
    resource character varying(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.api_keys (
    apikey character varying(99) NOT NULL,
    creationdate date NOT NULL,
    description character varying(150) NOT NULL,
    enabled boolean NOT NULL,
    fullaccess boolean,
    lastactivity timestamp without time zone,
    lastip character varying(45),
    id integer NOT NULL,
    nick character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.asientos (
    canal integer,
    codejercicio character varying(4) NOT NULL,
    concepto character varying(255),
    documento character varying(50),
    editable boolean NOT NULL,
    fecha date NOT NULL,
    idasiento integer NOT NULL,
    iddiario integer,
    idempresa integer,
    importe double precision NOT NULL,
    numero integer NOT NULL,
    operacion character varying(1),
    PRIMARY KEY (idasiento)
);
CREATE TABLE facturascripts.atributos (
    codatributo character varying(20) NOT NULL,
    nombre character varying(100) NOT NULL,
    num_selector integer NOT NULL,
    PRIMARY KEY (codatributo)
);
CREATE TABLE facturascripts.atributos_valores (
    codatributo character varying(20) NOT NULL,
    descripcion character varying(200),
    id integer NOT NULL,
    valor character varying(100) NOT NULL,
    orden integer,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.attached_files (
    date date NOT NULL,
    filename character varying(100) NOT NULL,
    hour time without time zone,
    idfile integer NOT NULL,
    mimetype character varying(100),
    path character varying(200) NOT NULL,
    size integer NOT NULL,
    PRIMARY KEY (idfile)
);
CREATE TABLE facturascripts.attached_files_rel (
    creationdate timestamp without time zone,
    id integer NOT NULL,
    idfile integer NOT NULL,
    model character varying(30) NOT NULL,
    modelid integer NOT NULL,
    modelcode character varying(40),
    nick character varying(50),
    observations text,
    orden integer,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.ciudades (
    alias text,
    ciudad character varying(100) NOT NULL,
    creation_date timestamp without time zone,
    codeid character varying(5),
    idciudad integer NOT NULL,
    idprovincia integer NOT NULL,
    last_nick character varying(50),
    last_update timestamp without time zone,
    latitude double precision,
    longitude double precision,
    nick character varying(50),
    PRIMARY KEY (idciudad)
);
CREATE TABLE facturascripts.clientes (
    cifnif character varying(30) NOT NULL,
    codagente character varying(10),
    codcliente character varying(10) NOT NULL,
    codgrupo character varying(6),
    codpago character varying(10),
    codproveedor character varying(10),
    codretencion character varying(10),
    codserie character varying(4),
    codsubcuenta character varying(15),
    codtarifa character varying(6),
    debaja boolean,
    diaspago character varying(10),
    excepcioniva character varying(20),
    email character varying(100),
    fax character varying(30),
    fechaalta date,
    fechabaja date,
    idcontactoenv integer,
    idcontactofact integer,
    langcode character varying(10),
    nombre character varying(100) NOT NULL,
    observaciones text,
    operacion character varying(30),
    personafisica boolean,
    razonsocial character varying(100),
    regimeniva character varying(50),
    riesgoalcanzado double precision,
    riesgomax double precision,
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    web character varying(100),
    PRIMARY KEY (codcliente)
);
CREATE TABLE facturascripts.codigos_postales (
    codpais character varying(20) NOT NULL,
    creation_date timestamp without time zone,
    id integer NOT NULL,
    idciudad integer NOT NULL,
    idprovincia integer NOT NULL,
    last_nick character varying(50),
    last_update timestamp without time zone,
    nick character varying(50),
    number integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.conceptos_partidas (
    codconcepto character varying(6) NOT NULL,
    descripcion character varying(255) NOT NULL,
    PRIMARY KEY (codconcepto)
);
CREATE TABLE facturascripts.contactos (
    aceptaprivacidad boolean,
    admitemarketing boolean,
    apartado character varying(10),
    apellidos character varying(150),
    cargo character varying(100),
    cifnif character varying(30),
    ciudad character varying(100),
    codagente character varying(10),
    codcliente character varying(10),
    codpais character varying(20),
    codpostal character varying(10),
    codproveedor character varying(10),
    descripcion character varying(100),
    direccion character varying(200),
    email character varying(100),
    empresa character varying(100),
    fechaalta date,
    idcontacto integer NOT NULL,
    langcode character varying(10),
    nombre character varying(100),
    observaciones text,
    personafisica boolean,
    provincia character varying(100),
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    verificado boolean,
    web character varying(100),
    PRIMARY KEY (idcontacto)
);
CREATE TABLE facturascripts.cronjobs (
    date timestamp without time zone,
    daily_exec integer,
    done boolean,
    duration double precision,
    enabled boolean,
    failed boolean,
    fails integer,
    id integer NOT NULL,
    jobname character varying(50) NOT NULL,
    last_duration double precision,
    pluginname character varying(50),
    running integer,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.cuentas (
    codcuenta character varying(10) NOT NULL,
    codcuentaesp character varying(6),
    codejercicio character varying(4) NOT NULL,
    debe double precision,
    descripcion character varying(255),
    haber double precision,
    idcuenta integer NOT NULL,
    parent_codcuenta character varying(10),
    parent_idcuenta integer,
    saldo double precision,
    PRIMARY KEY (idcuenta)
);
CREATE TABLE facturascripts.cuentasbanco (
    activa boolean,
    codcuenta character varying(10) NOT NULL,
    codsubcuenta character varying(15),
    codsubcuentagasto character varying(15),
    descripcion character varying(100) NOT NULL,
    iban character varying(34),
    idempresa integer,
    sufijosepa character varying(3),
    swift character varying(11),
    PRIMARY KEY (codcuenta)
);
CREATE TABLE facturascripts.cuentasbcocli (
    codcliente character varying(10) NOT NULL,
    codcuenta character varying(10) NOT NULL,
    descripcion character varying(100),
    fmandato date,
    iban character varying(34),
    mandato character varying(35),
    principal boolean,
    swift character varying(11),
    PRIMARY KEY (codcuenta)
);
CREATE TABLE facturascripts.cuentasbcopro (
    codcuenta character varying(10) NOT NULL,
    codproveedor character varying(10) NOT NULL,
    descripcion character varying(100),
    iban character varying(34),
    principal boolean,
    swift character varying(11),
    PRIMARY KEY (codcuenta)
);
CREATE TABLE facturascripts.cuentasesp (
    codcuentaesp character varying(6) NOT NULL,
    descripcion character varying(255) NOT NULL,
    PRIMARY KEY (codcuentaesp)
);
CREATE TABLE facturascripts.diarios (
    descripcion character varying(100) NOT NULL,
    iddiario integer NOT NULL,
    PRIMARY KEY (iddiario)
);
CREATE TABLE facturascripts.divisas (
    coddivisa character varying(3) NOT NULL,
    codiso character varying(5),
    descripcion character varying(100),
    simbolo character varying(10),
    tasaconv double precision NOT NULL,
    tasaconvcompra double precision,
    PRIMARY KEY (coddivisa)
);
CREATE TABLE facturascripts.doctransformations (
    cantidad double precision,
    id integer NOT NULL,
    iddoc1 integer NOT NULL,
    iddoc2 integer NOT NULL,
    idlinea1 integer NOT NULL,
    idlinea2 integer NOT NULL,
    model1 character varying(30) NOT NULL,
    model2 character varying(30) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.ejercicios (
    codejercicio character varying(4) NOT NULL,
    estado character varying(15) NOT NULL,
    fechafin date NOT NULL,
    fechainicio date NOT NULL,
    idempresa integer,
    longsubcuenta integer,
    nombre character varying(100) NOT NULL,
    PRIMARY KEY (codejercicio)
);
CREATE TABLE facturascripts.emails_notifications (
    body text,
    creationdate date,
    enabled boolean,
    name character varying(100) NOT NULL,
    subject character varying(150) NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE facturascripts.emails_sent (
    addressee character varying(100),
    attachment boolean,
    body text,
    date timestamp without time zone,
    email_from character varying(100),
    html text,
    id integer NOT NULL,
    nick character varying(50),
    opened boolean,
    notification character varying(100),
    subject character varying(300),
    uuid character varying(13),
    verificode character varying(20),
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.empresas (
    administrador character varying(100),
    apartado character varying(10),
    cifnif character varying(30),
    ciudad character varying(100),
    codpais character varying(20),
    codpostal character varying(10),
    direccion character varying(200),
    email character varying(100),
    fax character varying(30),
    fechaalta date,
    idempresa integer NOT NULL,
    idlogo integer,
    nombre character varying(100) NOT NULL,
    nombrecorto character varying(32),
    observaciones text,
    personafisica boolean,
    provincia character varying(100),
    regimeniva character varying(50),
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    web character varying(100),
    PRIMARY KEY (idempresa)
);
CREATE TABLE facturascripts.estados_documentos (
    activo boolean,
    actualizastock integer,
    bloquear boolean,
    color character varying(15),
    editable boolean,
    generadoc character varying(30),
    icon character varying(50),
    idestado integer NOT NULL,
    nombre character varying(30) NOT NULL,
    predeterminado boolean,
    tipodoc character varying(30) NOT NULL,
    PRIMARY KEY (idestado)
);
CREATE TABLE facturascripts.fabricantes (
    codfabricante character varying(8) NOT NULL,
    nombre character varying(100) NOT NULL,
    numproductos integer NOT NULL,
    PRIMARY KEY (codfabricante)
);
CREATE TABLE facturascripts.facturascli (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codagente character varying(10),
    codalmacen character varying(4),
    codcliente character varying(10),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codigoenv character varying(200),
    codigorect character varying(20),
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codserie character varying(4) NOT NULL,
    codtrans character varying(8),
    direccion character varying(200),
    dtopor1 double precision,
    dtopor2 double precision,
    editable boolean,
    fecha date NOT NULL,
    fechadevengo date,
    femail date,
    hora time without time zone,
    idasiento integer,
    idcontactoenv integer,
    idcontactofact integer,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    idfactura integer NOT NULL,
    idfacturarect integer,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    nombrecliente character varying(100) NOT NULL,
    numdocs integer,
    numero character varying(12) NOT NULL,
    numero2 character varying(50),
    observaciones text,
    operacion character varying(30),
    pagada boolean,
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totalbeneficio double precision,
    totalcoste double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    vencida boolean,
    PRIMARY KEY (idfactura)
);
CREATE TABLE facturascripts.facturasprov (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codalmacen character varying(4),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codigorect character varying(20),
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codproveedor character varying(10),
    codserie character varying(4) NOT NULL,
    dtopor1 double precision,
    dtopor2 double precision,
    direccion character varying(200),
    editable boolean,
    fecha date NOT NULL,
    fechadevengo date,
    femail date,
    hora time without time zone,
    idasiento integer,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    idfactura integer NOT NULL,
    idfacturarect integer,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    numdocs integer,
    nombre character varying(100) NOT NULL,
    numero character varying(12) NOT NULL,
    numproveedor character varying(50),
    observaciones text,
    operacion character varying(30),
    pagada boolean,
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    vencida boolean,
    PRIMARY KEY (idfactura)
);
CREATE TABLE facturascripts.familias (
    codfamilia character varying(8) NOT NULL,
    codsubcuentacom character varying(15),
    codsubcuentairpfcom character varying(15),
    codsubcuentaven character varying(15),
    descripcion character varying(100) NOT NULL,
    madre character varying(8),
    numproductos integer NOT NULL,
    idattachedfile integer,
    PRIMARY KEY (codfamilia)
);
CREATE TABLE facturascripts.formaspago (
    activa boolean,
    codcuentabanco character varying(10),
    codpago character varying(10) NOT NULL,
    descripcion character varying(100) NOT NULL,
    domiciliado boolean,
    idempresa integer,
    imprimir boolean,
    pagado boolean,
    plazovencimiento integer,
    tipovencimiento character varying(10),
    PRIMARY KEY (codpago)
);
CREATE TABLE facturascripts.formatos_documentos (
    autoaplicar boolean,
    codserie character varying(4),
    id integer NOT NULL,
    idempresa integer,
    idlogo integer,
    nombre character varying(30),
    texto text,
    tipodoc character varying(30),
    titulo character varying(30),
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.gruposclientes (
    codgrupo character varying(6) NOT NULL,
    codsubcuenta character varying(15),
    codtarifa character varying(6),
    nombre character varying(100) NOT NULL,
    PRIMARY KEY (codgrupo)
);
CREATE TABLE facturascripts.idsfiscales (
    codeid character varying(2),
    tipoidfiscal character varying(25) NOT NULL,
    validar boolean,
    PRIMARY KEY (tipoidfiscal)
);
CREATE TABLE facturascripts.impuestos (
    activo boolean,
    codimpuesto character varying(10) NOT NULL,
    codsubcuentarep character varying(15),
    codsubcuentarepintra character varying(15),
    codsubcuentarepre character varying(15),
    codsubcuentasop character varying(15),
    codsubcuentasopintra character varying(15),
    codsubcuentasopre character varying(15),
    descripcion character varying(50),
    operacion character varying(20),
    tipo integer,
    iva double precision NOT NULL,
    recargo double precision NOT NULL,
    PRIMARY KEY (codimpuesto)
);
CREATE TABLE facturascripts.impuestoszonas (
    codimpuesto character varying(10) NOT NULL,
    codimpuestosel character varying(10),
    codisopro character varying(10),
    codpais character varying(20),
    excepcioniva character varying(20),
    id integer NOT NULL,
    prioridad integer,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.lineasalbaranescli (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    coste double precision,
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idalbaran integer NOT NULL,
    idlinea integer NOT NULL,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    mostrar_cantidad boolean,
    mostrar_precio boolean,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    salto_pagina boolean,
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.lineasalbaranesprov (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idalbaran integer NOT NULL,
    idlinea integer NOT NULL,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.lineasfacturascli (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    coste double precision,
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idfactura integer NOT NULL,
    idlinea integer NOT NULL,
    idlinearect integer,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    mostrar_cantidad boolean,
    mostrar_precio boolean,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    salto_pagina boolean,
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.lineasfacturasprov (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idfactura integer NOT NULL,
    idlinea integer NOT NULL,
    idlinearect integer,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.lineaspedidoscli (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    coste double precision,
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idlinea integer NOT NULL,
    idpedido integer NOT NULL,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    mostrar_cantidad boolean,
    mostrar_precio boolean,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    salto_pagina boolean,
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.lineaspedidosprov (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idlinea integer NOT NULL,
    idpedido integer NOT NULL,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.lineaspresupuestoscli (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    coste double precision,
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idlinea integer NOT NULL,
    idpresupuesto integer NOT NULL,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    mostrar_cantidad boolean,
    mostrar_precio boolean,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    salto_pagina boolean,
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.lineaspresupuestosprov (
    actualizastock integer NOT NULL,
    cantidad double precision NOT NULL,
    codimpuesto character varying(10),
    descripcion text,
    dtopor double precision NOT NULL,
    dtopor2 double precision NOT NULL,
    excepcioniva character varying(20),
    idlinea integer NOT NULL,
    idpresupuesto integer NOT NULL,
    idproducto integer,
    irpf double precision,
    iva double precision NOT NULL,
    orden integer,
    pvpsindto double precision NOT NULL,
    pvptotal double precision NOT NULL,
    pvpunitario double precision NOT NULL,
    recargo double precision NOT NULL,
    referencia character varying(30),
    servido double precision NOT NULL,
    suplido boolean,
    PRIMARY KEY (idlinea)
);
CREATE TABLE facturascripts.logs (
    channel character varying(40),
    context text,
    id integer NOT NULL,
    idcontacto integer,
    ip character varying(45),
    level character varying(15) NOT NULL,
    message text NOT NULL,
    model character varying(30),
    modelcode character varying(40),
    nick character varying(50),
    time timestamp without time zone NOT NULL,
    uri character varying(200),
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.pages (
    icon character varying(50),
    menu character varying(20),
    name character varying(40) NOT NULL,
    ordernum integer NOT NULL,
    showonmenu boolean NOT NULL,
    submenu character varying(20),
    title character varying(50) NOT NULL,
    PRIMARY KEY (name)
);
CREATE TABLE facturascripts.pages_filters (
    description character varying(50) NOT NULL,
    filters text,
    id integer NOT NULL,
    name character varying(40) NOT NULL,
    nick character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.pages_options (
    columns text,
    id integer NOT NULL,
    last_update timestamp without time zone,
    modals text,
    name character varying(40) NOT NULL,
    nick character varying(50),
    rows text,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.pagoscli (
    codpago character varying(10),
    customid character varying(30),
    customstatus character varying(30),
    fecha date NOT NULL,
    gastos double precision,
    hora time without time zone,
    idasiento integer,
    idpago integer NOT NULL,
    idrecibo integer NOT NULL,
    importe double precision,
    nick character varying(50),
    PRIMARY KEY (idpago)
);
CREATE TABLE facturascripts.pagosprov (
    codpago character varying(10),
    fecha date NOT NULL,
    hora time without time zone,
    idasiento integer,
    idpago integer NOT NULL,
    idrecibo integer NOT NULL,
    importe double precision,
    nick character varying(50),
    PRIMARY KEY (idpago)
);
CREATE TABLE facturascripts.paises (
    alias text,
    codiso character varying(2),
    codpais character varying(20) NOT NULL,
    creation_date timestamp without time zone,
    last_nick character varying(50),
    last_update timestamp without time zone,
    latitude double precision,
    longitude double precision,
    nick character varying(50),
    nombre character varying(100),
    telephone_prefix character varying(10),
    PRIMARY KEY (codpais)
);
CREATE TABLE facturascripts.partidas (
    baseimponible double precision NOT NULL,
    cifnif character varying(30),
    codcontrapartida character varying(15),
    coddivisa character varying(3),
    codserie character varying(4),
    codsubcuenta character varying(15) NOT NULL,
    concepto character varying(255),
    debe double precision NOT NULL,
    documento character varying(50),
    factura character varying(15),
    haber double precision NOT NULL,
    idasiento integer NOT NULL,
    idcontrapartida integer,
    idpartida integer NOT NULL,
    idsubcuenta integer NOT NULL,
    iva double precision,
    orden integer NOT NULL,
    punteada boolean NOT NULL,
    recargo double precision NOT NULL,
    saldo double precision NOT NULL,
    tasaconv double precision NOT NULL,
    PRIMARY KEY (idpartida)
);
CREATE TABLE facturascripts.pedidoscli (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codagente character varying(10),
    codalmacen character varying(4),
    codcliente character varying(10),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codigoenv character varying(200),
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codserie character varying(4) NOT NULL,
    codtrans character varying(8),
    direccion character varying(200),
    dtopor1 double precision,
    dtopor2 double precision,
    editable boolean,
    fecha date NOT NULL,
    femail date,
    finoferta date,
    hora time without time zone,
    idcontactoenv integer,
    idcontactofact integer,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    idpedido integer NOT NULL,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    nombrecliente character varying(100),
    numdocs integer,
    numero character varying(12) NOT NULL,
    numero2 character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totalbeneficio double precision,
    totalcoste double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    PRIMARY KEY (idpedido)
);
CREATE TABLE facturascripts.pedidosprov (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codalmacen character varying(4),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codproveedor character varying(10),
    codserie character varying(4) NOT NULL,
    dtopor1 double precision,
    dtopor2 double precision,
    direccion character varying(200),
    editable boolean,
    fecha date NOT NULL,
    femail date,
    hora time without time zone,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    idpedido integer NOT NULL,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    nombre character varying(100),
    numdocs integer,
    numero character varying(12) NOT NULL,
    numproveedor character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    PRIMARY KEY (idpedido)
);
CREATE TABLE facturascripts.presupuestoscli (
    apartado character varying(10),
    cifnif character varying(30),
    ciudad character varying(100),
    codagente character varying(10),
    codalmacen character varying(4),
    codcliente character varying(10),
    coddivisa character varying(3) NOT NULL,
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    codigoenv character varying(200),
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codserie character varying(4) NOT NULL,
    codtrans character varying(8),
    direccion character varying(200),
    dtopor1 double precision,
    dtopor2 double precision,
    editable boolean,
    fecha date NOT NULL,
    femail date,
    finoferta date,
    hora time without time zone,
    idcontactoenv integer,
    idcontactofact integer,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    idpresupuesto integer NOT NULL,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    nombrecliente character varying(100),
    numdocs integer,
    numero character varying(12) NOT NULL,
    numero2 character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totalbeneficio double precision,
    totalcoste double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    PRIMARY KEY (idpresupuesto)
);
CREATE TABLE facturascripts.presupuestosprov (
    apartado character varying(10),
    cifnif character varying(30) NOT NULL,
    ciudad character varying(100),
    codalmacen character varying(4),
    codejercicio character varying(4) NOT NULL,
    codigo character varying(20) NOT NULL,
    coddivisa character varying(3) NOT NULL,
    codpago character varying(10) NOT NULL,
    codpais character varying(20),
    codpostal character varying(10),
    codproveedor character varying(10),
    codserie character varying(4) NOT NULL,
    dtopor1 double precision,
    dtopor2 double precision,
    direccion character varying(200),
    editable boolean,
    fecha date NOT NULL,
    femail date,
    hora time without time zone,
    idempresa integer,
    idestado integer,
    idestado_ant integer,
    idpresupuesto integer NOT NULL,
    irpf double precision,
    neto double precision,
    netosindto double precision,
    nick character varying(50),
    numdocs integer,
    nombre character varying(100),
    numero character varying(12) NOT NULL,
    numproveedor character varying(50),
    observaciones text,
    operacion character varying(30),
    provincia character varying(100),
    tasaconv double precision,
    total double precision,
    totaleuros double precision,
    totalirpf double precision,
    totaliva double precision,
    totalrecargo double precision,
    totalsuplidos double precision,
    PRIMARY KEY (idpresupuesto)
);
CREATE TABLE facturascripts.productos (
    actualizado timestamp without time zone,
    bloqueado boolean,
    codfabricante character varying(8),
    codfamilia character varying(8),
    codimpuesto character varying(10),
    codsubcuentacom character varying(15),
    codsubcuentairpfcom character varying(15),
    codsubcuentaven character varying(15),
    descripcion text,
    excepcioniva character varying(20),
    fechaalta date,
    idproducto integer NOT NULL,
    nostock boolean,
    observaciones text,
    precio double precision,
    publico boolean,
    referencia character varying(30) NOT NULL,
    secompra boolean,
    sevende boolean,
    stockfis double precision,
    tipo character varying(50),
    ventasinstock boolean,
    PRIMARY KEY (idproducto)
);
CREATE TABLE facturascripts.productos_imagenes (
    id integer NOT NULL,
    idfile integer NOT NULL,
    idproducto integer NOT NULL,
    referencia character varying(30),
    orden integer,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.productosprov (
    actualizado timestamp without time zone,
    coddivisa character varying(3),
    codproveedor character varying(10) NOT NULL,
    dtopor double precision,
    dtopor2 double precision,
    id integer NOT NULL,
    idproducto integer,
    neto double precision,
    netoeuros double precision,
    precio double precision,
    referencia character varying(30),
    refproveedor character varying(30) NOT NULL,
    stock double precision,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.proveedores (
    acreedor boolean,
    cifnif character varying(30) NOT NULL,
    codcliente character varying(10),
    codpago character varying(10),
    codproveedor character varying(10) NOT NULL,
    codretencion character varying(10),
    codserie character varying(4),
    codsubcuenta character varying(15),
    debaja boolean,
    excepcioniva character varying(20),
    email character varying(100),
    fax character varying(30),
    fechaalta date,
    fechabaja date,
    idcontacto integer,
    langcode character varying(10),
    nombre character varying(100) NOT NULL,
    observaciones text,
    operacion character varying(30),
    personafisica boolean,
    razonsocial character varying(100),
    regimeniva character varying(50),
    telefono1 character varying(30),
    telefono2 character varying(30),
    tipoidfiscal character varying(25),
    web character varying(100),
    PRIMARY KEY (codproveedor)
);
CREATE TABLE facturascripts.provincias (
    alias text,
    codeid character varying(2),
    codisoprov character varying(10),
    codpais character varying(20) NOT NULL,
    creation_date timestamp without time zone,
    idprovincia integer NOT NULL,
    last_nick character varying(50),
    last_update timestamp without time zone,
    latitude double precision,
    longitude double precision,
    nick character varying(50),
    provincia character varying(100) NOT NULL,
    telephone_prefix character varying(10),
    PRIMARY KEY (idprovincia)
);
CREATE TABLE facturascripts.puntos_interes_ciudades (
    alias text,
    creation_date timestamp without time zone,
    id integer NOT NULL,
    idciudad integer NOT NULL,
    last_nick character varying(50),
    last_update timestamp without time zone,
    latitude double precision,
    longitude double precision,
    name character varying(100),
    nick character varying(50),
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.recibospagoscli (
    codcliente character varying(10) NOT NULL,
    coddivisa character varying(3),
    codigofactura character varying(20),
    codpago character varying(10),
    fecha date NOT NULL,
    fechapago date,
    gastos double precision,
    idempresa integer NOT NULL,
    idfactura integer,
    idrecibo integer NOT NULL,
    importe double precision,
    liquidado double precision,
    nick character varying(50),
    numero integer,
    observaciones text,
    pagado boolean,
    vencido boolean,
    vencimiento date,
    PRIMARY KEY (idrecibo)
);
CREATE TABLE facturascripts.recibospagosprov (
    coddivisa character varying(3),
    codigofactura character varying(20),
    codpago character varying(10),
    codproveedor character varying(10) NOT NULL,
    fecha date NOT NULL,
    fechapago date,
    idempresa integer NOT NULL,
    idfactura integer,
    idrecibo integer NOT NULL,
    importe double precision,
    liquidado double precision,
    nick character varying(50),
    numero integer,
    observaciones text,
    pagado boolean,
    vencido boolean,
    vencimiento date,
    PRIMARY KEY (idrecibo)
);
CREATE TABLE facturascripts.regularizacionimpuestos (
    bloquear boolean,
    codejercicio character varying(4) NOT NULL,
    codsubcuentaacr character varying(15),
    codsubcuentadeu character varying(15),
    fechaasiento date,
    fechafin date NOT NULL,
    fechainicio date NOT NULL,
    idasiento integer,
    idempresa integer,
    idregiva integer NOT NULL,
    idsubcuentaacr integer,
    idsubcuentadeu integer,
    periodo character varying(8) NOT NULL,
    PRIMARY KEY (idregiva)
);
CREATE TABLE facturascripts.retenciones (
    activa boolean,
    codretencion character varying(10) NOT NULL,
    codsubcuentaret character varying(15),
    codsubcuentaacr character varying(15),
    descripcion character varying(50),
    porcentaje double precision NOT NULL,
    PRIMARY KEY (codretencion)
);
CREATE TABLE facturascripts.roles (
    codrole character varying(20) NOT NULL,
    descripcion character varying(200) NOT NULL,
    PRIMARY KEY (codrole)
);
CREATE TABLE facturascripts.roles_access (
    allowdelete boolean NOT NULL,
    allowexport boolean NOT NULL,
    allowimport boolean NOT NULL,
    allowupdate boolean NOT NULL,
    codrole character varying(20) NOT NULL,
    id integer NOT NULL,
    onlyownerdata boolean NOT NULL,
    pagename character varying(40) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.roles_users (
    codrole character varying(20) NOT NULL,
    id integer NOT NULL,
    nick character varying(50) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE facturascripts.secuencias_documentos (
    codejercicio character varying(4),
    codserie character varying(4) NOT NULL,
    idempresa integer NOT NULL,
    idsecuencia integer NOT NULL,
    inicio integer,
    longnumero integer NOT NULL,
    mantenerfecha boolean NOT NULL,
    numero integer NOT NULL,
    patron character varying(50) NOT NULL,
    tipodoc character varying(30) NOT NULL,
    usarhuecos boolean NOT NULL,
    PRIMARY KEY (idsecuencia)
);
CREATE TABLE facturascripts.series (
    canal integer,
    codserie character varying(4) NOT NULL,
    descripcion character varying(100),
    iddiario integer,
    siniva boolean NOT NULL,
    tipo character varying(4),
    PRIMARY KEY (codserie)
);
CREATE TABLE facturascripts.settings (
    name character varying(50) NOT NULL,
    properties text,
    PRIMARY KEY (name)
);
CREATE TABLE facturascripts.stocks (
    cantidad double precision,
    codalmacen character varying(4) NOT NULL,
    disponible double precision,
    idproducto integer NOT NULL,
    idstock integer NOT NULL,
    pterecibir double precision,
    referencia character varying(30) NOT NULL,
    reservada double precision,
    stockmax double precision,
    stockmin double precision,
    ubicacion character varying(100),
    PRIMARY KEY (idstock)
);
CREATE TABLE facturascripts.subcuentas (
    codcuenta character varying(10) NOT NULL,
    codcuentaesp character varying(6),
    codejercicio character varying(4) NOT NULL,
    codsubcuenta character varying(15) NOT NULL,
    debe double precision NOT NULL,
    descripcion character varying(255) NOT NULL,
    haber double precision NOT NULL,
    idcuenta integer NOT NULL,
    idsubcuenta integer NOT NULL,
    saldo double precision NOT NULL,
    PRIMARY KEY (idsubcuenta)
);
CREATE TABLE facturascripts.tarifas (
    aplicar character varying(12),
    codtarifa character varying(6) NOT NULL,
    maxpvp boolean,
    mincoste boolean,
    nombre character varying(50) NOT NULL,
    valorx double precision,
    valory double precision,
    PRIMARY KEY (codtarifa)
);
CREATE TABLE facturascripts.users (
    admin boolean NOT NULL,
    codagente character varying(10),
    codalmacen character varying(4),
    codserie character varying(4),
    creationdate date,
    email character varying(100),
    enabled boolean NOT NULL,
    homepage character varying(30),
    idempresa integer,
    langcode character varying(10),
    lastactivity timestamp without time zone,
    lastbrowser character varying(200),
    lastip character varying(45),
    level integer,
    logkey character varying(100),
    nick character varying(50) NOT NULL,
    password character varying(255) NOT NULL,
    two_factor_enabled boolean NOT NULL,
    two_factor_secret_key character varying(32),
    PRIMARY KEY (nick)
);
CREATE TABLE facturascripts.variantes (
    codbarras character varying(20),
    coste double precision,
    idatributovalor1 integer,
    idatributovalor2 integer,
    idatributovalor3 integer,
    idatributovalor4 integer,
    idproducto integer NOT NULL,
    idvariante integer NOT NULL,
    margen double precision,
    precio double precision,
    referencia character varying(30) NOT NULL,
    stockfis double precision,
    PRIMARY KEY (idvariante),
    UNIQUE (referencia)
);
CREATE TABLE facturascripts.work_events (
    creation_date timestamp without time zone NOT NULL,
    done boolean,
    done_date timestamp without time zone,
    execution_time double precision,
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    nick character varying(50),
    params text,
    value character varying(100),
    workers integer,
    worker_list character varying(200),
    PRIMARY KEY (id)
);
ALTER TABLE facturascripts.agentes ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (codagente) REFERENCES facturascripts.agentes (codagente);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (codcliente) REFERENCES facturascripts.clientes (codcliente);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (codtrans) REFERENCES facturascripts.agenciastrans (codtrans);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.albaranescli ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.albaranesprov ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.almacenes ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.api_access ADD FOREIGN KEY (idapikey) REFERENCES facturascripts.api_keys (id);
ALTER TABLE facturascripts.api_keys ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.asientos ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.asientos ADD FOREIGN KEY (iddiario) REFERENCES facturascripts.diarios (iddiario);
ALTER TABLE facturascripts.asientos ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.atributos_valores ADD FOREIGN KEY (codatributo) REFERENCES facturascripts.atributos (codatributo);
ALTER TABLE facturascripts.attached_files_rel ADD FOREIGN KEY (idfile) REFERENCES facturascripts.attached_files (idfile);
ALTER TABLE facturascripts.attached_files_rel ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.ciudades ADD FOREIGN KEY (idprovincia) REFERENCES facturascripts.provincias (idprovincia);
ALTER TABLE facturascripts.ciudades ADD FOREIGN KEY (last_nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.ciudades ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.clientes ADD FOREIGN KEY (codagente) REFERENCES facturascripts.agentes (codagente);
ALTER TABLE facturascripts.clientes ADD FOREIGN KEY (codgrupo) REFERENCES facturascripts.gruposclientes (codgrupo);
ALTER TABLE facturascripts.clientes ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.clientes ADD FOREIGN KEY (codretencion) REFERENCES facturascripts.retenciones (codretencion);
ALTER TABLE facturascripts.clientes ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.clientes ADD FOREIGN KEY (codtarifa) REFERENCES facturascripts.tarifas (codtarifa);
ALTER TABLE facturascripts.codigos_postales ADD FOREIGN KEY (codpais) REFERENCES facturascripts.paises (codpais);
ALTER TABLE facturascripts.codigos_postales ADD FOREIGN KEY (idciudad) REFERENCES facturascripts.ciudades (idciudad);
ALTER TABLE facturascripts.codigos_postales ADD FOREIGN KEY (idprovincia) REFERENCES facturascripts.provincias (idprovincia);
ALTER TABLE facturascripts.codigos_postales ADD FOREIGN KEY (last_nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.codigos_postales ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.contactos ADD FOREIGN KEY (codagente) REFERENCES facturascripts.agentes (codagente);
ALTER TABLE facturascripts.contactos ADD FOREIGN KEY (codcliente) REFERENCES facturascripts.clientes (codcliente);
ALTER TABLE facturascripts.contactos ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.cuentas ADD FOREIGN KEY (codcuentaesp) REFERENCES facturascripts.cuentasesp (codcuentaesp);
ALTER TABLE facturascripts.cuentas ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.cuentas ADD FOREIGN KEY (parent_idcuenta) REFERENCES facturascripts.cuentas (idcuenta);
ALTER TABLE facturascripts.cuentasbanco ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.cuentasbcocli ADD FOREIGN KEY (codcliente) REFERENCES facturascripts.clientes (codcliente);
ALTER TABLE facturascripts.cuentasbcopro ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.ejercicios ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.emails_sent ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.empresas ADD FOREIGN KEY (idlogo) REFERENCES facturascripts.attached_files (idfile);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (codagente) REFERENCES facturascripts.agentes (codagente);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (codcliente) REFERENCES facturascripts.clientes (codcliente);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (codtrans) REFERENCES facturascripts.agenciastrans (codtrans);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (idasiento) REFERENCES facturascripts.asientos (idasiento);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (idfacturarect) REFERENCES facturascripts.facturascli (idfactura);
ALTER TABLE facturascripts.facturascli ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (idasiento) REFERENCES facturascripts.asientos (idasiento);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (idfacturarect) REFERENCES facturascripts.facturasprov (idfactura);
ALTER TABLE facturascripts.facturasprov ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.familias ADD FOREIGN KEY (idattachedfile) REFERENCES facturascripts.attached_files (idfile);
ALTER TABLE facturascripts.formaspago ADD FOREIGN KEY (codcuentabanco) REFERENCES facturascripts.cuentasbanco (codcuenta);
ALTER TABLE facturascripts.formaspago ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.formatos_documentos ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.formatos_documentos ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.formatos_documentos ADD FOREIGN KEY (idlogo) REFERENCES facturascripts.attached_files (idfile);
ALTER TABLE facturascripts.gruposclientes ADD FOREIGN KEY (codtarifa) REFERENCES facturascripts.tarifas (codtarifa);
ALTER TABLE facturascripts.impuestoszonas ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.impuestoszonas ADD FOREIGN KEY (codimpuestosel) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineasalbaranescli ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineasalbaranescli ADD FOREIGN KEY (idalbaran) REFERENCES facturascripts.albaranescli (idalbaran);
ALTER TABLE facturascripts.lineasalbaranescli ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.lineasalbaranesprov ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineasalbaranesprov ADD FOREIGN KEY (idalbaran) REFERENCES facturascripts.albaranesprov (idalbaran);
ALTER TABLE facturascripts.lineasalbaranesprov ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.lineasfacturascli ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineasfacturascli ADD FOREIGN KEY (idfactura) REFERENCES facturascripts.facturascli (idfactura);
ALTER TABLE facturascripts.lineasfacturascli ADD FOREIGN KEY (idlinearect) REFERENCES facturascripts.lineasfacturascli (idlinea);
ALTER TABLE facturascripts.lineasfacturascli ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.lineasfacturasprov ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineasfacturasprov ADD FOREIGN KEY (idfactura) REFERENCES facturascripts.facturasprov (idfactura);
ALTER TABLE facturascripts.lineasfacturasprov ADD FOREIGN KEY (idlinearect) REFERENCES facturascripts.lineasfacturasprov (idlinea);
ALTER TABLE facturascripts.lineasfacturasprov ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.lineaspedidoscli ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineaspedidoscli ADD FOREIGN KEY (idpedido) REFERENCES facturascripts.pedidoscli (idpedido);
ALTER TABLE facturascripts.lineaspedidoscli ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.lineaspedidosprov ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineaspedidosprov ADD FOREIGN KEY (idpedido) REFERENCES facturascripts.pedidosprov (idpedido);
ALTER TABLE facturascripts.lineaspedidosprov ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.lineaspresupuestoscli ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineaspresupuestoscli ADD FOREIGN KEY (idpresupuesto) REFERENCES facturascripts.presupuestoscli (idpresupuesto);
ALTER TABLE facturascripts.lineaspresupuestoscli ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.lineaspresupuestosprov ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.lineaspresupuestosprov ADD FOREIGN KEY (idpresupuesto) REFERENCES facturascripts.presupuestosprov (idpresupuesto);
ALTER TABLE facturascripts.lineaspresupuestosprov ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.pages_filters ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.pages_options ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.pagoscli ADD FOREIGN KEY (idasiento) REFERENCES facturascripts.asientos (idasiento);
ALTER TABLE facturascripts.pagoscli ADD FOREIGN KEY (idrecibo) REFERENCES facturascripts.recibospagoscli (idrecibo);
ALTER TABLE facturascripts.pagosprov ADD FOREIGN KEY (idasiento) REFERENCES facturascripts.asientos (idasiento);
ALTER TABLE facturascripts.pagosprov ADD FOREIGN KEY (idrecibo) REFERENCES facturascripts.recibospagosprov (idrecibo);
ALTER TABLE facturascripts.paises ADD FOREIGN KEY (last_nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.paises ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.partidas ADD FOREIGN KEY (idasiento) REFERENCES facturascripts.asientos (idasiento);
ALTER TABLE facturascripts.partidas ADD FOREIGN KEY (idcontrapartida) REFERENCES facturascripts.subcuentas (idsubcuenta);
ALTER TABLE facturascripts.partidas ADD FOREIGN KEY (idsubcuenta) REFERENCES facturascripts.subcuentas (idsubcuenta);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (codagente) REFERENCES facturascripts.agentes (codagente);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (codcliente) REFERENCES facturascripts.clientes (codcliente);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (codtrans) REFERENCES facturascripts.agenciastrans (codtrans);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.pedidoscli ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.pedidosprov ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (codagente) REFERENCES facturascripts.agentes (codagente);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (codcliente) REFERENCES facturascripts.clientes (codcliente);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (codtrans) REFERENCES facturascripts.agenciastrans (codtrans);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.presupuestoscli ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (idestado) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (idestado_ant) REFERENCES facturascripts.estados_documentos (idestado);
ALTER TABLE facturascripts.presupuestosprov ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.productos ADD FOREIGN KEY (codfabricante) REFERENCES facturascripts.fabricantes (codfabricante);
ALTER TABLE facturascripts.productos ADD FOREIGN KEY (codfamilia) REFERENCES facturascripts.familias (codfamilia);
ALTER TABLE facturascripts.productos ADD FOREIGN KEY (codimpuesto) REFERENCES facturascripts.impuestos (codimpuesto);
ALTER TABLE facturascripts.productos_imagenes ADD FOREIGN KEY (idfile) REFERENCES facturascripts.attached_files (idfile);
ALTER TABLE facturascripts.productos_imagenes ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.productos_imagenes ADD FOREIGN KEY (referencia) REFERENCES facturascripts.variantes (referencia);
ALTER TABLE facturascripts.productosprov ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.productosprov ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.productosprov ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.proveedores ADD FOREIGN KEY (codpago) REFERENCES facturascripts.formaspago (codpago);
ALTER TABLE facturascripts.proveedores ADD FOREIGN KEY (codretencion) REFERENCES facturascripts.retenciones (codretencion);
ALTER TABLE facturascripts.proveedores ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.provincias ADD FOREIGN KEY (codpais) REFERENCES facturascripts.paises (codpais);
ALTER TABLE facturascripts.provincias ADD FOREIGN KEY (last_nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.provincias ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.puntos_interes_ciudades ADD FOREIGN KEY (idciudad) REFERENCES facturascripts.ciudades (idciudad);
ALTER TABLE facturascripts.puntos_interes_ciudades ADD FOREIGN KEY (last_nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.puntos_interes_ciudades ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.recibospagoscli ADD FOREIGN KEY (codcliente) REFERENCES facturascripts.clientes (codcliente);
ALTER TABLE facturascripts.recibospagoscli ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.recibospagoscli ADD FOREIGN KEY (idfactura) REFERENCES facturascripts.facturascli (idfactura);
ALTER TABLE facturascripts.recibospagosprov ADD FOREIGN KEY (coddivisa) REFERENCES facturascripts.divisas (coddivisa);
ALTER TABLE facturascripts.recibospagosprov ADD FOREIGN KEY (codproveedor) REFERENCES facturascripts.proveedores (codproveedor);
ALTER TABLE facturascripts.recibospagosprov ADD FOREIGN KEY (idfactura) REFERENCES facturascripts.facturasprov (idfactura);
ALTER TABLE facturascripts.regularizacionimpuestos ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.regularizacionimpuestos ADD FOREIGN KEY (idasiento) REFERENCES facturascripts.asientos (idasiento);
ALTER TABLE facturascripts.regularizacionimpuestos ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.regularizacionimpuestos ADD FOREIGN KEY (idsubcuentaacr) REFERENCES facturascripts.subcuentas (idsubcuenta);
ALTER TABLE facturascripts.regularizacionimpuestos ADD FOREIGN KEY (idsubcuentadeu) REFERENCES facturascripts.subcuentas (idsubcuenta);
ALTER TABLE facturascripts.roles_access ADD FOREIGN KEY (codrole) REFERENCES facturascripts.roles (codrole);
ALTER TABLE facturascripts.roles_users ADD FOREIGN KEY (codrole) REFERENCES facturascripts.roles (codrole);
ALTER TABLE facturascripts.roles_users ADD FOREIGN KEY (nick) REFERENCES facturascripts.users (nick);
ALTER TABLE facturascripts.secuencias_documentos ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.secuencias_documentos ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.secuencias_documentos ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.series ADD FOREIGN KEY (iddiario) REFERENCES facturascripts.diarios (iddiario);
ALTER TABLE facturascripts.stocks ADD FOREIGN KEY (codalmacen) REFERENCES facturascripts.almacenes (codalmacen);
ALTER TABLE facturascripts.stocks ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
ALTER TABLE facturascripts.stocks ADD FOREIGN KEY (referencia) REFERENCES facturascripts.variantes (referencia);
ALTER TABLE facturascripts.subcuentas ADD FOREIGN KEY (codcuentaesp) REFERENCES facturascripts.cuentasesp (codcuentaesp);
ALTER TABLE facturascripts.subcuentas ADD FOREIGN KEY (codejercicio) REFERENCES facturascripts.ejercicios (codejercicio);
ALTER TABLE facturascripts.subcuentas ADD FOREIGN KEY (idcuenta) REFERENCES facturascripts.cuentas (idcuenta);
ALTER TABLE facturascripts.users ADD FOREIGN KEY (codserie) REFERENCES facturascripts.series (codserie);
ALTER TABLE facturascripts.users ADD FOREIGN KEY (homepage) REFERENCES facturascripts.pages (name);
ALTER TABLE facturascripts.users ADD FOREIGN KEY (idempresa) REFERENCES facturascripts.empresas (idempresa);
ALTER TABLE facturascripts.variantes ADD FOREIGN KEY (idatributovalor1) REFERENCES facturascripts.atributos_valores (id);
ALTER TABLE facturascripts.variantes ADD FOREIGN KEY (idatributovalor2) REFERENCES facturascripts.atributos_valores (id);
ALTER TABLE facturascripts.variantes ADD FOREIGN KEY (idatributovalor3) REFERENCES facturascripts.atributos_valores (id);
ALTER TABLE facturascripts.variantes ADD FOREIGN KEY (idatributovalor4) REFERENCES facturascripts.atributos_valores (id);
ALTER TABLE facturascripts.variantes ADD FOREIGN KEY (idproducto) REFERENCES facturascripts.productos (idproducto);
