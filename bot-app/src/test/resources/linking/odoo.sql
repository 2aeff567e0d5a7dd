-- Odoo 16.0 (sale, purchase, stock, account, crm teams, hr + recruitment, project; third-party OM accounting/asset/budget add-ons): 190-table subset of a public pg_dump (github.com/maaranmobiles/maaranodoo DB_Backup/mmdb_schema.sql, commit aa33ab5), regenerated from a PostgreSQL 15 catalog
CREATE SCHEMA odoo;

CREATE TABLE odoo.account_account (
    id integer NOT NULL,
    message_main_attachment_id integer,
    currency_id integer,
    company_id integer NOT NULL,
    group_id integer,
    root_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    code character varying(64) NOT NULL,
    account_type character varying NOT NULL,
    internal_group character varying,
    note text,
    deprecated boolean,
    include_initial_balance boolean,
    reconcile boolean,
    is_off_balance boolean,
    non_trade boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_account_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_account_account_journal_rel (
    account_account_id integer NOT NULL,
    account_journal_id integer NOT NULL,
    CONSTRAINT account_account_account_journal_rel_pkey PRIMARY KEY (account_account_id, account_journal_id)
);

CREATE TABLE odoo.account_account_account_tag (
    account_account_id integer NOT NULL,
    account_account_tag_id integer NOT NULL,
    CONSTRAINT account_account_account_tag_pkey PRIMARY KEY (account_account_id, account_account_tag_id)
);

CREATE TABLE odoo.account_account_tag (
    id integer NOT NULL,
    color integer,
    country_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    applicability character varying NOT NULL,
    active boolean,
    tax_negate boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_account_tag_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_account_tag_account_move_line_rel (
    account_move_line_id integer NOT NULL,
    account_account_tag_id integer NOT NULL,
    CONSTRAINT account_account_tag_account_move_line_rel_pkey PRIMARY KEY (account_move_line_id, account_account_tag_id)
);

CREATE TABLE odoo.account_account_tag_account_tax_repartition_line_rel (
    account_tax_repartition_line_id integer NOT NULL,
    account_account_tag_id integer NOT NULL,
    CONSTRAINT account_account_tag_account_tax_repartition_line_rel_pkey PRIMARY KEY (account_tax_repartition_line_id, account_account_tag_id)
);

CREATE TABLE odoo.account_account_tax_default_rel (
    account_id integer NOT NULL,
    tax_id integer NOT NULL,
    CONSTRAINT account_account_tax_default_rel_pkey PRIMARY KEY (account_id, tax_id)
);

CREATE TABLE odoo.account_account_type (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    type character varying,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_account_type_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_analytic_account (
    id integer NOT NULL,
    message_main_attachment_id integer,
    plan_id integer NOT NULL,
    root_plan_id integer,
    company_id integer,
    partner_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    code character varying,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_analytic_account_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_analytic_applicability (
    id integer NOT NULL,
    analytic_plan_id integer,
    create_uid integer,
    write_uid integer,
    business_domain character varying NOT NULL,
    applicability character varying NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    product_categ_id integer,
    account_prefix character varying,
    CONSTRAINT account_analytic_applicability_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_analytic_distribution_model (
    id integer NOT NULL,
    partner_id integer,
    partner_category_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    analytic_distribution jsonb,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    product_id integer,
    product_categ_id integer,
    account_prefix character varying,
    CONSTRAINT account_analytic_distribution_model_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_analytic_line (
    id integer NOT NULL,
    product_uom_id integer,
    account_id integer NOT NULL,
    partner_id integer,
    user_id integer,
    company_id integer NOT NULL,
    currency_id integer,
    plan_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    category character varying,
    date date NOT NULL,
    amount numeric NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    unit_amount double precision,
    product_id integer,
    general_account_id integer,
    journal_id integer,
    move_line_id integer,
    code character varying(8),
    ref character varying,
    so_line integer,
    CONSTRAINT account_analytic_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_analytic_plan (
    id integer NOT NULL,
    parent_id integer,
    company_id integer,
    color integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    parent_path character varying,
    complete_name character varying,
    default_applicability character varying NOT NULL,
    description text,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_analytic_plan_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_asset_asset (
    id integer NOT NULL,
    message_main_attachment_id integer,
    currency_id integer NOT NULL,
    company_id integer NOT NULL,
    category_id integer NOT NULL,
    partner_id integer,
    method_number integer,
    method_period integer NOT NULL,
    invoice_id integer,
    account_analytic_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    code character varying(32),
    state character varying NOT NULL,
    method character varying NOT NULL,
    method_time character varying NOT NULL,
    date_first_depreciation character varying NOT NULL,
    date date NOT NULL,
    method_end date,
    first_depreciation_manual_date date,
    analytic_distribution jsonb,
    note text,
    value numeric NOT NULL,
    salvage_value numeric,
    active boolean,
    prorata boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    method_progress_factor double precision,
    CONSTRAINT account_asset_asset_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_asset_category (
    id integer NOT NULL,
    message_main_attachment_id integer,
    account_analytic_id integer,
    account_asset_id integer NOT NULL,
    account_depreciation_id integer NOT NULL,
    account_depreciation_expense_id integer NOT NULL,
    journal_id integer NOT NULL,
    company_id integer NOT NULL,
    method_number integer,
    method_period integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    method character varying NOT NULL,
    method_time character varying NOT NULL,
    type character varying NOT NULL,
    date_first_depreciation character varying NOT NULL,
    method_end date,
    analytic_distribution jsonb,
    active boolean,
    prorata boolean,
    open_asset boolean,
    group_entries boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    method_progress_factor double precision,
    CONSTRAINT account_asset_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_asset_depreciation_line (
    id integer NOT NULL,
    sequence integer NOT NULL,
    asset_id integer NOT NULL,
    move_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    depreciation_date date,
    amount numeric NOT NULL,
    remaining_value numeric NOT NULL,
    depreciated_value numeric NOT NULL,
    move_check boolean,
    move_posted_check boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_asset_depreciation_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_bank_statement (
    id integer NOT NULL,
    company_id integer,
    journal_id integer,
    create_uid integer,
    write_uid integer,
    name character varying,
    reference character varying,
    first_line_index character varying,
    date date,
    balance_start numeric,
    balance_end numeric,
    balance_end_real numeric,
    is_complete boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_bank_statement_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_bank_statement_line (
    id integer NOT NULL,
    move_id integer NOT NULL,
    statement_id integer,
    sequence integer,
    partner_id integer,
    currency_id integer,
    foreign_currency_id integer,
    create_uid integer,
    write_uid integer,
    account_number character varying,
    partner_name character varying,
    transaction_type character varying,
    payment_ref character varying,
    internal_index character varying,
    amount numeric,
    amount_currency numeric,
    is_reconciled boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    amount_residual double precision,
    pos_session_id integer,
    unique_import_id character varying,
    CONSTRAINT account_bank_statement_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_budget_post (
    id integer NOT NULL,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_budget_post_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_budget_rel (
    budget_id integer NOT NULL,
    account_id integer NOT NULL,
    CONSTRAINT account_budget_rel_pkey PRIMARY KEY (budget_id, account_id)
);

CREATE TABLE odoo.account_cash_rounding (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    strategy character varying NOT NULL,
    rounding_method character varying NOT NULL,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    rounding double precision NOT NULL,
    CONSTRAINT account_cash_rounding_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_fiscal_position (
    id integer NOT NULL,
    sequence integer,
    company_id integer NOT NULL,
    country_id integer,
    country_group_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    zip_from character varying,
    zip_to character varying,
    foreign_vat character varying,
    note jsonb,
    active boolean,
    auto_apply boolean,
    vat_required boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_fiscal_position_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_fiscal_position_account (
    id integer NOT NULL,
    position_id integer NOT NULL,
    company_id integer,
    account_src_id integer NOT NULL,
    account_dest_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_fiscal_position_account_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_fiscal_position_res_country_state_rel (
    account_fiscal_position_id integer NOT NULL,
    res_country_state_id integer NOT NULL,
    CONSTRAINT account_fiscal_position_res_country_state_rel_pkey PRIMARY KEY (account_fiscal_position_id, res_country_state_id)
);

CREATE TABLE odoo.account_fiscal_position_tax (
    id integer NOT NULL,
    position_id integer NOT NULL,
    company_id integer,
    tax_src_id integer NOT NULL,
    tax_dest_id integer,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_fiscal_position_tax_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_fiscal_year (
    id integer NOT NULL,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    date_from date NOT NULL,
    date_to date NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_fiscal_year_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_full_reconcile (
    id integer NOT NULL,
    exchange_move_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_full_reconcile_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_group (
    id integer NOT NULL,
    parent_id integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    parent_path character varying,
    name character varying NOT NULL,
    code_prefix_start character varying,
    code_prefix_end character varying,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_group_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_incoterms (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    code character varying(3) NOT NULL,
    name jsonb NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_incoterms_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_journal (
    id integer NOT NULL,
    message_main_attachment_id integer,
    default_account_id integer,
    suspense_account_id integer,
    sequence integer,
    currency_id integer,
    company_id integer NOT NULL,
    profit_account_id integer,
    loss_account_id integer,
    bank_account_id integer,
    sale_activity_type_id integer,
    sale_activity_user_id integer,
    alias_id integer,
    secure_sequence_id integer,
    create_uid integer,
    write_uid integer,
    color integer,
    name character varying NOT NULL,
    code character varying(5) NOT NULL,
    type character varying NOT NULL,
    invoice_reference_type character varying NOT NULL,
    invoice_reference_model character varying NOT NULL,
    bank_statements_source character varying,
    sequence_override_regex text,
    sale_activity_note text,
    active boolean,
    restrict_mode_hash_table boolean,
    refund_sequence boolean,
    payment_sequence boolean,
    show_on_dashboard boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    l10n_in_gstin_partner_id integer,
    CONSTRAINT account_journal_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_journal_account_journal_group_rel (
    account_journal_group_id integer NOT NULL,
    account_journal_id integer NOT NULL,
    CONSTRAINT account_journal_account_journal_group_rel_pkey PRIMARY KEY (account_journal_group_id, account_journal_id)
);

CREATE TABLE odoo.account_journal_account_reconcile_model_rel (
    account_reconcile_model_id integer NOT NULL,
    account_journal_id integer NOT NULL,
    CONSTRAINT account_journal_account_reconcile_model_rel_pkey PRIMARY KEY (account_reconcile_model_id, account_journal_id)
);

CREATE TABLE odoo.account_journal_group (
    id integer NOT NULL,
    company_id integer NOT NULL,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_journal_group_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_move (
    id integer NOT NULL,
    sequence_number integer,
    message_main_attachment_id integer,
    journal_id integer NOT NULL,
    company_id integer,
    payment_id integer,
    statement_line_id integer,
    tax_cash_basis_rec_id integer,
    tax_cash_basis_origin_move_id integer,
    auto_post_origin_id integer,
    secure_sequence_number integer,
    invoice_payment_term_id integer,
    partner_id integer,
    commercial_partner_id integer,
    partner_shipping_id integer,
    partner_bank_id integer,
    fiscal_position_id integer,
    currency_id integer NOT NULL,
    reversed_entry_id integer,
    invoice_user_id integer,
    invoice_incoterm_id integer,
    invoice_cash_rounding_id integer,
    create_uid integer,
    write_uid integer,
    sequence_prefix character varying,
    access_token character varying,
    name character varying,
    ref character varying,
    state character varying NOT NULL,
    move_type character varying NOT NULL,
    auto_post character varying NOT NULL,
    inalterable_hash character varying,
    payment_reference character varying,
    qr_code_method character varying,
    payment_state character varying,
    invoice_source_email character varying,
    invoice_partner_display_name character varying,
    invoice_origin character varying,
    date date NOT NULL,
    auto_post_until date,
    invoice_date date,
    invoice_date_due date,
    narration text,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    amount_residual numeric,
    amount_untaxed_signed numeric,
    amount_tax_signed numeric,
    amount_total_signed numeric,
    amount_total_in_currency_signed numeric,
    amount_residual_signed numeric,
    quick_edit_total_amount numeric,
    is_storno boolean,
    always_tax_exigible boolean,
    to_check boolean,
    posted_before boolean,
    is_move_sent boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    edi_state character varying,
    stock_move_id integer,
    l10n_in_state_id integer,
    l10n_in_shipping_port_code_id integer,
    l10n_in_reseller_partner_id integer,
    l10n_in_gst_treatment character varying,
    l10n_in_gstin character varying,
    l10n_in_shipping_bill_number character varying,
    l10n_in_shipping_bill_date date,
    campaign_id integer,
    source_id integer,
    medium_id integer,
    team_id integer,
    website_id integer,
    CONSTRAINT account_move_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_move_line (
    id integer NOT NULL,
    move_id integer NOT NULL,
    journal_id integer,
    company_id integer,
    company_currency_id integer,
    sequence integer,
    account_id integer,
    currency_id integer NOT NULL,
    partner_id integer,
    reconcile_model_id integer,
    payment_id integer,
    statement_line_id integer,
    statement_id integer,
    group_tax_id integer,
    tax_line_id integer,
    tax_group_id integer,
    tax_repartition_line_id integer,
    full_reconcile_id integer,
    account_root_id integer,
    product_id integer,
    product_uom_id integer,
    create_uid integer,
    write_uid integer,
    move_name character varying,
    parent_state character varying,
    ref character varying,
    name character varying,
    tax_audit character varying,
    matching_number character varying,
    display_type character varying NOT NULL,
    date date,
    date_maturity date,
    discount_date date,
    analytic_distribution jsonb,
    debit numeric,
    credit numeric,
    balance numeric,
    amount_currency numeric,
    tax_base_amount numeric,
    amount_residual numeric,
    amount_residual_currency numeric,
    quantity numeric,
    price_unit numeric,
    price_subtotal numeric,
    price_total numeric,
    discount numeric,
    discount_amount_currency numeric,
    discount_balance numeric,
    tax_tag_invert boolean,
    reconciled boolean,
    blocked boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    discount_percentage double precision,
    is_downpayment boolean,
    purchase_line_id integer,
    asset_category_id integer,
    asset_start_date date,
    asset_end_date date,
    asset_mrr double precision,
    followup_line_id integer,
    followup_date date,
    CONSTRAINT account_move_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_move_line_account_tax_rel (
    account_move_line_id integer NOT NULL,
    account_tax_id integer NOT NULL,
    CONSTRAINT account_move_line_account_tax_rel_pkey PRIMARY KEY (account_move_line_id, account_tax_id)
);

CREATE TABLE odoo.account_move_purchase_order_rel (
    purchase_order_id integer NOT NULL,
    account_move_id integer NOT NULL,
    CONSTRAINT account_move_purchase_order_rel_pkey PRIMARY KEY (purchase_order_id, account_move_id)
);

CREATE TABLE odoo.account_partial_reconcile (
    id integer NOT NULL,
    debit_move_id integer NOT NULL,
    credit_move_id integer NOT NULL,
    full_reconcile_id integer,
    exchange_move_id integer,
    debit_currency_id integer,
    credit_currency_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    max_date date,
    amount numeric,
    debit_amount_currency numeric,
    credit_amount_currency numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_partial_reconcile_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_payment (
    id integer NOT NULL,
    message_main_attachment_id integer,
    move_id integer NOT NULL,
    partner_bank_id integer,
    paired_internal_transfer_payment_id integer,
    payment_method_line_id integer,
    payment_method_id integer,
    currency_id integer,
    partner_id integer,
    outstanding_account_id integer,
    destination_account_id integer,
    destination_journal_id integer,
    create_uid integer,
    write_uid integer,
    payment_type character varying NOT NULL,
    partner_type character varying NOT NULL,
    payment_reference character varying,
    amount numeric,
    amount_company_currency_signed numeric,
    is_reconciled boolean,
    is_matched boolean,
    is_internal_transfer boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    payment_transaction_id integer,
    payment_token_id integer,
    source_payment_id integer,
    pos_payment_method_id integer,
    force_outstanding_account_id integer,
    pos_session_id integer,
    CONSTRAINT account_payment_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_payment_account_bank_statement_line_rel (
    account_bank_statement_line_id integer NOT NULL,
    account_payment_id integer NOT NULL,
    CONSTRAINT account_payment_account_bank_statement_line_rel_pkey PRIMARY KEY (account_bank_statement_line_id, account_payment_id)
);

CREATE TABLE odoo.account_payment_method (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    code character varying NOT NULL,
    payment_type character varying NOT NULL,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_payment_method_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_payment_method_line (
    id integer NOT NULL,
    sequence integer,
    payment_method_id integer NOT NULL,
    payment_account_id integer,
    journal_id integer,
    create_uid integer,
    write_uid integer,
    name character varying,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    payment_provider_id integer,
    CONSTRAINT account_payment_method_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_payment_term (
    id integer NOT NULL,
    company_id integer,
    sequence integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    note jsonb,
    active boolean,
    display_on_invoice boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_payment_term_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_payment_term_line (
    id integer NOT NULL,
    months integer NOT NULL,
    days integer NOT NULL,
    days_after integer,
    discount_days integer,
    payment_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    value character varying NOT NULL,
    value_amount numeric,
    end_month boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    discount_percentage double precision,
    CONSTRAINT account_payment_term_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_reconcile_model (
    id integer NOT NULL,
    message_main_attachment_id integer,
    sequence integer NOT NULL,
    company_id integer NOT NULL,
    past_months_limit integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    rule_type character varying NOT NULL,
    matching_order character varying NOT NULL,
    match_nature character varying NOT NULL,
    match_amount character varying,
    match_label character varying,
    match_label_param character varying,
    match_note character varying,
    match_note_param character varying,
    match_transaction_type character varying,
    match_transaction_type_param character varying,
    payment_tolerance_type character varying NOT NULL,
    decimal_separator character varying,
    active boolean,
    auto_reconcile boolean,
    to_check boolean,
    match_text_location_label boolean,
    match_text_location_note boolean,
    match_text_location_reference boolean,
    match_same_currency boolean,
    allow_payment_tolerance boolean,
    match_partner boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    match_amount_min double precision,
    match_amount_max double precision,
    payment_tolerance_param double precision,
    CONSTRAINT account_reconcile_model_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_reconcile_model_line (
    id integer NOT NULL,
    model_id integer,
    company_id integer,
    sequence integer NOT NULL,
    account_id integer NOT NULL,
    journal_id integer,
    create_uid integer,
    write_uid integer,
    label character varying,
    amount_type character varying NOT NULL,
    amount_string character varying NOT NULL,
    analytic_distribution jsonb,
    force_tax_included boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    amount double precision,
    CONSTRAINT account_reconcile_model_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_reconcile_model_line_account_tax_rel (
    account_reconcile_model_line_id integer NOT NULL,
    account_tax_id integer NOT NULL,
    CONSTRAINT account_reconcile_model_line_account_tax_rel_pkey PRIMARY KEY (account_reconcile_model_line_id, account_tax_id)
);

CREATE TABLE odoo.account_reconcile_model_partner_mapping (
    id integer NOT NULL,
    model_id integer NOT NULL,
    partner_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    payment_ref_regex character varying,
    narration_regex character varying,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_reconcile_model_partner_mapping_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_reconcile_model_res_partner_category_rel (
    account_reconcile_model_id integer NOT NULL,
    res_partner_category_id integer NOT NULL,
    CONSTRAINT account_reconcile_model_res_partner_category_rel_pkey PRIMARY KEY (account_reconcile_model_id, res_partner_category_id)
);

CREATE TABLE odoo.account_reconcile_model_res_partner_rel (
    account_reconcile_model_id integer NOT NULL,
    res_partner_id integer NOT NULL,
    CONSTRAINT account_reconcile_model_res_partner_rel_pkey PRIMARY KEY (account_reconcile_model_id, res_partner_id)
);

CREATE TABLE odoo.account_tax (
    id integer NOT NULL,
    company_id integer NOT NULL,
    sequence integer NOT NULL,
    tax_group_id integer NOT NULL,
    cash_basis_transition_account_id integer,
    country_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    type_tax_use character varying NOT NULL,
    tax_scope character varying,
    amount_type character varying NOT NULL,
    description character varying,
    tax_exigibility character varying,
    amount numeric NOT NULL,
    active boolean,
    price_include boolean,
    include_base_amount boolean,
    is_base_affected boolean,
    analytic boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    real_amount double precision,
    python_compute text,
    python_applicable text,
    l10n_in_reverse_charge boolean,
    CONSTRAINT account_tax_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_tax_filiation_rel (
    parent_tax integer NOT NULL,
    child_tax integer NOT NULL,
    CONSTRAINT account_tax_filiation_rel_pkey PRIMARY KEY (parent_tax, child_tax)
);

CREATE TABLE odoo.account_tax_group (
    id integer NOT NULL,
    sequence integer,
    country_id integer,
    create_uid integer,
    write_uid integer,
    preceding_subtotal character varying,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_tax_group_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_tax_purchase_order_line_rel (
    purchase_order_line_id integer NOT NULL,
    account_tax_id integer NOT NULL,
    CONSTRAINT account_tax_purchase_order_line_rel_pkey PRIMARY KEY (purchase_order_line_id, account_tax_id)
);

CREATE TABLE odoo.account_tax_repartition_line (
    id integer NOT NULL,
    account_id integer,
    invoice_tax_id integer,
    refund_tax_id integer,
    company_id integer,
    sequence integer,
    create_uid integer,
    write_uid integer,
    repartition_type character varying NOT NULL,
    use_in_tax_closing boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    factor_percent double precision NOT NULL,
    CONSTRAINT account_tax_repartition_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.account_tax_sale_order_line_rel (
    sale_order_line_id integer NOT NULL,
    account_tax_id integer NOT NULL,
    CONSTRAINT account_tax_sale_order_line_rel_pkey PRIMARY KEY (sale_order_line_id, account_tax_id)
);

CREATE TABLE odoo.crm_tag (
    id integer NOT NULL,
    color integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT crm_tag_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.crm_team (
    id integer NOT NULL,
    message_main_attachment_id integer,
    sequence integer,
    company_id integer,
    user_id integer,
    color integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    use_quotations boolean,
    invoiced_target double precision,
    CONSTRAINT crm_team_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.crm_team_member (
    id integer NOT NULL,
    message_main_attachment_id integer,
    crm_team_id integer NOT NULL,
    user_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT crm_team_member_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.crossovered_budget (
    id integer NOT NULL,
    message_main_attachment_id integer,
    user_id integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    state character varying NOT NULL,
    date_from date NOT NULL,
    date_to date NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT crossovered_budget_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.crossovered_budget_lines (
    id integer NOT NULL,
    crossovered_budget_id integer NOT NULL,
    analytic_account_id integer,
    general_budget_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    crossovered_budget_state character varying,
    date_from date NOT NULL,
    date_to date NOT NULL,
    paid_date date,
    planned_amount numeric NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT crossovered_budget_lines_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_applicant (
    id integer NOT NULL,
    campaign_id integer,
    source_id integer,
    medium_id integer,
    message_main_attachment_id integer,
    partner_id integer,
    stage_id integer,
    last_stage_id integer,
    company_id integer,
    user_id integer,
    job_id integer,
    type_id integer,
    department_id integer,
    color integer,
    emp_id integer,
    refuse_reason_id integer,
    create_uid integer,
    write_uid integer,
    email_cc character varying,
    name character varying NOT NULL,
    email_from character varying(128),
    priority character varying,
    salary_proposed_extra character varying,
    salary_expected_extra character varying,
    partner_name character varying,
    partner_phone character varying(32),
    partner_mobile character varying(32),
    kanban_state character varying NOT NULL,
    linkedin_profile character varying,
    availability date,
    description text,
    active boolean,
    create_date timestamp without time zone,
    date_closed timestamp without time zone,
    date_open timestamp without time zone,
    date_last_stage_update timestamp without time zone,
    write_date timestamp without time zone,
    probability double precision,
    salary_proposed double precision,
    salary_expected double precision,
    delay_close double precision,
    CONSTRAINT hr_applicant_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_applicant_category (
    id integer NOT NULL,
    color integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_applicant_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_applicant_hr_applicant_category_rel (
    hr_applicant_id integer NOT NULL,
    hr_applicant_category_id integer NOT NULL,
    CONSTRAINT hr_applicant_hr_applicant_category_rel_pkey PRIMARY KEY (hr_applicant_id, hr_applicant_category_id)
);

CREATE TABLE odoo.hr_applicant_refuse_reason (
    id integer NOT NULL,
    template_id integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_applicant_refuse_reason_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_applicant_res_users_interviewers_rel (
    hr_applicant_id integer NOT NULL,
    res_users_id integer NOT NULL,
    CONSTRAINT hr_applicant_res_users_interviewers_rel_pkey PRIMARY KEY (hr_applicant_id, res_users_id)
);

CREATE TABLE odoo.hr_contract_type (
    id integer NOT NULL,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_contract_type_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_department (
    id integer NOT NULL,
    message_main_attachment_id integer,
    company_id integer,
    parent_id integer,
    manager_id integer,
    color integer,
    master_department_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    complete_name character varying,
    parent_path character varying,
    note text,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_department_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_departure_reason (
    id integer NOT NULL,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_departure_reason_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_employee (
    id integer NOT NULL,
    resource_id integer NOT NULL,
    company_id integer NOT NULL,
    resource_calendar_id integer,
    message_main_attachment_id integer,
    color integer,
    department_id integer,
    job_id integer,
    address_id integer,
    work_contact_id integer,
    work_location_id integer,
    user_id integer,
    parent_id integer,
    coach_id integer,
    address_home_id integer,
    country_id integer,
    children integer,
    country_of_birth integer,
    bank_account_id integer,
    km_home_work integer,
    departure_reason_id integer,
    create_uid integer,
    write_uid integer,
    name character varying,
    job_title character varying,
    work_phone character varying,
    mobile_phone character varying,
    work_email character varying,
    employee_type character varying NOT NULL,
    gender character varying,
    marital character varying,
    spouse_complete_name character varying,
    place_of_birth character varying,
    ssnid character varying,
    sinid character varying,
    identification_id character varying,
    passport_id character varying,
    permit_no character varying,
    visa_no character varying,
    certificate character varying,
    study_field character varying,
    study_school character varying,
    emergency_contact character varying,
    emergency_phone character varying,
    barcode character varying,
    pin character varying,
    spouse_birthdate date,
    birthday date,
    visa_expire date,
    work_permit_expiration_date date,
    departure_date date,
    additional_note text,
    notes text,
    departure_description text,
    active boolean,
    work_permit_scheduled_activity boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_employee_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_employee_category (
    id integer NOT NULL,
    color integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_employee_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_job (
    id integer NOT NULL,
    message_main_attachment_id integer,
    sequence integer,
    expected_employees integer,
    no_of_employee integer,
    no_of_recruitment integer,
    no_of_hired_employee integer,
    department_id integer,
    company_id integer,
    contract_type_id integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    description text,
    requirements text,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    alias_id integer NOT NULL,
    address_id integer,
    manager_id integer,
    user_id integer,
    hr_responsible_id integer,
    color integer,
    website_id integer,
    website_meta_og_img character varying,
    website_meta_title jsonb,
    website_meta_description jsonb,
    website_meta_keywords jsonb,
    seo_name jsonb,
    website_description jsonb,
    job_details jsonb,
    is_published boolean,
    CONSTRAINT hr_job_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_job_extended_interviewer_res_users (
    hr_job_id integer NOT NULL,
    res_users_id integer NOT NULL,
    CONSTRAINT hr_job_extended_interviewer_res_users_pkey PRIMARY KEY (hr_job_id, res_users_id)
);

CREATE TABLE odoo.hr_job_hr_recruitment_stage_rel (
    hr_recruitment_stage_id integer NOT NULL,
    hr_job_id integer NOT NULL,
    CONSTRAINT hr_job_hr_recruitment_stage_rel_pkey PRIMARY KEY (hr_recruitment_stage_id, hr_job_id)
);

CREATE TABLE odoo.hr_job_res_users_rel (
    hr_job_id integer NOT NULL,
    res_users_id integer NOT NULL,
    CONSTRAINT hr_job_res_users_rel_pkey PRIMARY KEY (hr_job_id, res_users_id)
);

CREATE TABLE odoo.hr_recruitment_degree (
    id integer NOT NULL,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_recruitment_degree_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_recruitment_source (
    id integer NOT NULL,
    source_id integer NOT NULL,
    job_id integer,
    alias_id integer,
    medium_id integer,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_recruitment_source_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_recruitment_stage (
    id integer NOT NULL,
    sequence integer,
    template_id integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    legend_blocked jsonb NOT NULL,
    legend_done jsonb NOT NULL,
    legend_normal jsonb NOT NULL,
    requirements text,
    fold boolean,
    hired_stage boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_recruitment_stage_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.hr_work_location (
    id integer NOT NULL,
    company_id integer NOT NULL,
    address_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    location_number character varying,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT hr_work_location_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.procurement_group (
    id integer NOT NULL,
    partner_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    move_type character varying NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    pos_order_id integer,
    sale_id integer,
    CONSTRAINT procurement_group_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_accessory_rel (
    src_id integer NOT NULL,
    dest_id integer NOT NULL,
    CONSTRAINT product_accessory_rel_pkey PRIMARY KEY (src_id, dest_id)
);

CREATE TABLE odoo.product_alternative_rel (
    src_id integer NOT NULL,
    dest_id integer NOT NULL,
    CONSTRAINT product_alternative_rel_pkey PRIMARY KEY (src_id, dest_id)
);

CREATE TABLE odoo.product_attr_exclusion_value_ids_rel (
    product_template_attribute_exclusion_id integer NOT NULL,
    product_template_attribute_value_id integer NOT NULL,
    CONSTRAINT product_attr_exclusion_value_ids_rel_pkey PRIMARY KEY (product_template_attribute_exclusion_id, product_template_attribute_value_id)
);

CREATE TABLE odoo.product_attribute (
    id integer NOT NULL,
    sequence integer,
    create_uid integer,
    write_uid integer,
    create_variant character varying NOT NULL,
    display_type character varying NOT NULL,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    visibility character varying,
    CONSTRAINT product_attribute_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_attribute_custom_value (
    id integer NOT NULL,
    custom_product_template_attribute_value_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    custom_value character varying,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    sale_order_line_id integer NOT NULL,
    CONSTRAINT product_attribute_custom_value_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_attribute_product_template_rel (
    product_attribute_id integer NOT NULL,
    product_template_id integer NOT NULL,
    CONSTRAINT product_attribute_product_template_rel_pkey PRIMARY KEY (product_attribute_id, product_template_id)
);

CREATE TABLE odoo.product_attribute_value (
    id integer NOT NULL,
    sequence integer,
    attribute_id integer NOT NULL,
    color integer,
    create_uid integer,
    write_uid integer,
    html_color character varying,
    name jsonb NOT NULL,
    is_custom boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_attribute_value_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_attribute_value_product_template_attribute_line_rel (
    product_attribute_value_id integer NOT NULL,
    product_template_attribute_line_id integer NOT NULL,
    CONSTRAINT product_attribute_value_product_template_attribute_line_re_pkey PRIMARY KEY (product_attribute_value_id, product_template_attribute_line_id)
);

CREATE TABLE odoo.product_category (
    id integer NOT NULL,
    parent_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    complete_name character varying,
    parent_path character varying,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    removal_strategy_id integer,
    packaging_reserve_method character varying,
    CONSTRAINT product_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_image (
    id integer NOT NULL,
    sequence integer,
    product_tmpl_id integer,
    product_variant_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    video_url character varying,
    can_image_1024_be_zoomed boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_image_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_optional_rel (
    src_id integer NOT NULL,
    dest_id integer NOT NULL,
    CONSTRAINT product_optional_rel_pkey PRIMARY KEY (src_id, dest_id)
);

CREATE TABLE odoo.product_packaging (
    id integer NOT NULL,
    sequence integer,
    product_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    barcode character varying,
    qty numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    package_type_id integer,
    sales boolean,
    purchase boolean,
    CONSTRAINT product_packaging_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_pricelist (
    id integer NOT NULL,
    sequence integer,
    currency_id integer NOT NULL,
    company_id integer,
    create_uid integer,
    write_uid integer,
    discount_policy character varying NOT NULL,
    name jsonb NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    website_id integer,
    code character varying,
    selectable boolean,
    CONSTRAINT product_pricelist_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_pricelist_item (
    id integer NOT NULL,
    pricelist_id integer NOT NULL,
    company_id integer,
    currency_id integer,
    categ_id integer,
    product_tmpl_id integer,
    product_id integer,
    base_pricelist_id integer,
    create_uid integer,
    write_uid integer,
    applied_on character varying NOT NULL,
    base character varying NOT NULL,
    compute_price character varying NOT NULL,
    min_quantity numeric,
    fixed_price numeric,
    price_discount numeric,
    price_round numeric,
    price_surcharge numeric,
    price_min_margin numeric,
    price_max_margin numeric,
    active boolean,
    date_start timestamp without time zone,
    date_end timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    percent_price double precision,
    CONSTRAINT product_pricelist_item_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_product (
    id integer NOT NULL,
    message_main_attachment_id integer,
    product_tmpl_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    default_code character varying,
    barcode character varying,
    combination_indices character varying,
    volume numeric,
    weight numeric,
    active boolean,
    can_image_variant_1024_be_zoomed boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    image_fetch_pending boolean,
    base_unit_id integer,
    base_unit_count double precision NOT NULL,
    CONSTRAINT product_product_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_public_category (
    id integer NOT NULL,
    website_id integer,
    parent_id integer,
    sequence integer,
    create_uid integer,
    write_uid integer,
    website_meta_og_img character varying,
    parent_path character varying,
    website_meta_title jsonb,
    website_meta_description jsonb,
    website_meta_keywords jsonb,
    seo_name jsonb,
    name jsonb NOT NULL,
    website_description jsonb,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_public_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_public_category_product_template_rel (
    product_public_category_id integer NOT NULL,
    product_template_id integer NOT NULL,
    CONSTRAINT product_public_category_product_template_rel_pkey PRIMARY KEY (product_public_category_id, product_template_id)
);

CREATE TABLE odoo.product_ribbon (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    bg_color character varying,
    text_color character varying,
    html_class character varying NOT NULL,
    html jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_ribbon_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_supplier_taxes_rel (
    prod_id integer NOT NULL,
    tax_id integer NOT NULL,
    CONSTRAINT product_supplier_taxes_rel_pkey PRIMARY KEY (prod_id, tax_id)
);

CREATE TABLE odoo.product_supplierinfo (
    id integer NOT NULL,
    partner_id integer NOT NULL,
    sequence integer,
    company_id integer,
    currency_id integer NOT NULL,
    product_id integer,
    product_tmpl_id integer,
    delay integer NOT NULL,
    create_uid integer,
    write_uid integer,
    product_name character varying,
    product_code character varying,
    date_start date,
    date_end date,
    min_qty numeric NOT NULL,
    price numeric NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_supplierinfo_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_tag (
    id integer NOT NULL,
    color integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    website_id integer,
    ribbon_id integer,
    CONSTRAINT product_tag_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_tag_product_product_rel (
    product_product_id integer NOT NULL,
    product_tag_id integer NOT NULL,
    CONSTRAINT product_tag_product_product_rel_pkey PRIMARY KEY (product_product_id, product_tag_id)
);

CREATE TABLE odoo.product_tag_product_template_rel (
    product_template_id integer NOT NULL,
    product_tag_id integer NOT NULL,
    CONSTRAINT product_tag_product_template_rel_pkey PRIMARY KEY (product_template_id, product_tag_id)
);

CREATE TABLE odoo.product_taxes_rel (
    prod_id integer NOT NULL,
    tax_id integer NOT NULL,
    CONSTRAINT product_taxes_rel_pkey PRIMARY KEY (prod_id, tax_id)
);

CREATE TABLE odoo.product_template (
    id integer NOT NULL,
    message_main_attachment_id integer,
    sequence integer,
    categ_id integer NOT NULL,
    uom_id integer NOT NULL,
    uom_po_id integer NOT NULL,
    company_id integer,
    color integer,
    create_uid integer,
    write_uid integer,
    detailed_type character varying NOT NULL,
    type character varying,
    default_code character varying,
    priority character varying,
    name jsonb NOT NULL,
    description jsonb,
    description_purchase jsonb,
    description_sale jsonb,
    list_price numeric,
    volume numeric,
    weight numeric,
    sale_ok boolean,
    purchase_ok boolean,
    active boolean,
    can_image_1024_be_zoomed boolean,
    has_configurable_attributes boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    tracking character varying NOT NULL,
    description_picking jsonb,
    description_pickingout jsonb,
    description_pickingin jsonb,
    sale_delay double precision,
    pos_categ_id integer,
    available_in_pos boolean,
    to_weight boolean,
    l10n_in_hsn_code character varying,
    l10n_in_hsn_description character varying,
    service_type character varying,
    sale_line_warn character varying NOT NULL,
    expense_policy character varying,
    invoice_policy character varying,
    sale_line_warn_msg text,
    service_tracking character varying,
    produce_delay double precision,
    days_to_prepare_mo double precision,
    purchase_method character varying,
    purchase_line_warn character varying NOT NULL,
    purchase_line_warn_msg text,
    website_id integer,
    website_size_x integer,
    website_size_y integer,
    website_ribbon_id integer,
    website_sequence integer,
    base_unit_id integer,
    website_meta_og_img character varying,
    website_meta_title jsonb,
    website_meta_description jsonb,
    website_meta_keywords jsonb,
    seo_name jsonb,
    website_description jsonb,
    compare_list_price numeric,
    is_published boolean,
    rating_last_value double precision,
    base_unit_count double precision NOT NULL,
    out_of_stock_message jsonb,
    allow_out_of_stock_order boolean,
    show_availability boolean,
    available_threshold double precision,
    CONSTRAINT product_template_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_template_attribute_exclusion (
    id integer NOT NULL,
    product_template_attribute_value_id integer,
    product_tmpl_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_template_attribute_exclusion_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_template_attribute_line (
    id integer NOT NULL,
    product_tmpl_id integer NOT NULL,
    attribute_id integer NOT NULL,
    value_count integer,
    create_uid integer,
    write_uid integer,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_template_attribute_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_template_attribute_value (
    id integer NOT NULL,
    product_attribute_value_id integer NOT NULL,
    attribute_line_id integer NOT NULL,
    product_tmpl_id integer,
    attribute_id integer,
    color integer,
    create_uid integer,
    write_uid integer,
    price_extra numeric,
    ptav_active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT product_template_attribute_value_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.product_template_attribute_value_sale_order_line_rel (
    sale_order_line_id integer NOT NULL,
    product_template_attribute_value_id integer NOT NULL,
    CONSTRAINT product_template_attribute_value_sale_order_line_rel_pkey PRIMARY KEY (sale_order_line_id, product_template_attribute_value_id)
);

CREATE TABLE odoo.product_variant_combination (
    product_product_id integer NOT NULL,
    product_template_attribute_value_id integer NOT NULL,
    CONSTRAINT product_variant_combination_pkey PRIMARY KEY (product_product_id, product_template_attribute_value_id)
);

CREATE TABLE odoo.project_collaborator (
    id integer NOT NULL,
    project_id integer NOT NULL,
    partner_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT project_collaborator_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_favorite_user_rel (
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT project_favorite_user_rel_pkey PRIMARY KEY (project_id, user_id)
);

CREATE TABLE odoo.project_milestone (
    id integer NOT NULL,
    message_main_attachment_id integer,
    project_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    deadline date,
    reached_date date,
    is_reached boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    sale_line_id integer,
    quantity_percentage double precision,
    CONSTRAINT project_milestone_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_project (
    id integer NOT NULL,
    message_main_attachment_id integer,
    alias_id integer NOT NULL,
    sequence integer,
    partner_id integer,
    company_id integer NOT NULL,
    analytic_account_id integer,
    color integer,
    user_id integer,
    stage_id integer,
    last_update_id integer,
    create_uid integer,
    write_uid integer,
    access_token character varying,
    partner_email character varying,
    partner_phone character varying,
    privacy_visibility character varying NOT NULL,
    rating_status character varying NOT NULL,
    rating_status_period character varying NOT NULL,
    last_update_status character varying NOT NULL,
    date_start date,
    date date,
    name jsonb NOT NULL,
    label_tasks jsonb,
    task_properties_definition jsonb,
    description text,
    active boolean,
    allow_subtasks boolean,
    allow_recurring_tasks boolean,
    allow_task_dependencies boolean,
    allow_milestones boolean,
    rating_active boolean,
    rating_request_deadline timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    sale_line_id integer,
    allow_billable boolean,
    CONSTRAINT project_project_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_project_project_tags_rel (
    project_project_id integer NOT NULL,
    project_tags_id integer NOT NULL,
    CONSTRAINT project_project_project_tags_rel_pkey PRIMARY KEY (project_project_id, project_tags_id)
);

CREATE TABLE odoo.project_project_stage (
    id integer NOT NULL,
    sequence integer,
    mail_template_id integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    active boolean,
    fold boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    sms_template_id integer,
    CONSTRAINT project_project_stage_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_tags (
    id integer NOT NULL,
    color integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT project_tags_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_tags_project_task_rel (
    project_task_id integer NOT NULL,
    project_tags_id integer NOT NULL,
    CONSTRAINT project_tags_project_task_rel_pkey PRIMARY KEY (project_task_id, project_tags_id)
);

CREATE TABLE odoo.project_task (
    id integer NOT NULL,
    message_main_attachment_id integer,
    sequence integer,
    stage_id integer,
    project_id integer,
    display_project_id integer,
    partner_id integer,
    company_id integer NOT NULL,
    color integer,
    displayed_image_id integer,
    parent_id integer,
    ancestor_id integer,
    milestone_id integer,
    recurrence_id integer,
    analytic_account_id integer,
    create_uid integer,
    write_uid integer,
    email_cc character varying,
    access_token character varying,
    name character varying NOT NULL,
    priority character varying,
    kanban_state character varying NOT NULL,
    partner_email character varying,
    partner_phone character varying,
    email_from character varying,
    date_deadline date,
    task_properties jsonb,
    description text,
    working_hours_open numeric,
    working_hours_close numeric,
    active boolean,
    is_closed boolean,
    is_blocked boolean,
    recurring_task boolean,
    is_analytic_account_id_changed boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    date_end timestamp without time zone,
    date_assign timestamp without time zone,
    date_last_stage_update timestamp without time zone,
    rating_last_value double precision,
    planned_hours double precision,
    working_days_open double precision,
    working_days_close double precision,
    sale_order_id integer,
    sale_line_id integer,
    CONSTRAINT project_task_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_task_recurrence (
    id integer NOT NULL,
    recurrence_left integer,
    repeat_interval integer,
    repeat_number integer,
    create_uid integer,
    write_uid integer,
    repeat_unit character varying,
    repeat_type character varying,
    repeat_on_month character varying,
    repeat_on_year character varying,
    repeat_day character varying,
    repeat_week character varying,
    repeat_weekday character varying,
    repeat_month character varying,
    next_recurrence_date date,
    repeat_until date,
    mon boolean,
    tue boolean,
    wed boolean,
    thu boolean,
    fri boolean,
    sat boolean,
    sun boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT project_task_recurrence_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_task_type (
    id integer NOT NULL,
    sequence integer,
    mail_template_id integer,
    rating_template_id integer,
    user_id integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    description jsonb,
    legend_blocked jsonb NOT NULL,
    legend_done jsonb NOT NULL,
    legend_normal jsonb NOT NULL,
    active boolean,
    fold boolean,
    auto_validation_kanban_state boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    sms_template_id integer,
    CONSTRAINT project_task_type_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_task_type_rel (
    type_id integer NOT NULL,
    project_id integer NOT NULL,
    CONSTRAINT project_task_type_rel_pkey PRIMARY KEY (type_id, project_id)
);

CREATE TABLE odoo.project_task_user_rel (
    id integer NOT NULL,
    task_id integer NOT NULL,
    user_id integer NOT NULL,
    stage_id integer,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT project_task_user_rel_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.project_update (
    id integer NOT NULL,
    message_main_attachment_id integer,
    progress integer,
    user_id integer NOT NULL,
    project_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    email_cc character varying,
    name character varying NOT NULL,
    status character varying NOT NULL,
    date date,
    description text,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT project_update_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.purchase_order (
    id integer NOT NULL,
    message_main_attachment_id integer,
    partner_id integer NOT NULL,
    dest_address_id integer,
    currency_id integer NOT NULL,
    invoice_count integer,
    fiscal_position_id integer,
    payment_term_id integer,
    incoterm_id integer,
    user_id integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    access_token character varying,
    name character varying NOT NULL,
    priority character varying,
    origin character varying,
    partner_ref character varying,
    state character varying,
    invoice_status character varying,
    notes text,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    mail_reminder_confirmed boolean,
    mail_reception_confirmed boolean,
    date_order timestamp without time zone NOT NULL,
    date_approve timestamp without time zone,
    date_planned timestamp without time zone,
    date_calendar_start timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    currency_rate double precision,
    picking_type_id integer NOT NULL,
    group_id integer,
    incoterm_location character varying,
    receipt_status character varying,
    effective_date timestamp without time zone,
    l10n_in_journal_id integer,
    l10n_in_gst_treatment character varying,
    CONSTRAINT purchase_order_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.purchase_order_line (
    id integer NOT NULL,
    sequence integer,
    product_uom integer,
    product_id integer,
    order_id integer NOT NULL,
    company_id integer,
    partner_id integer,
    currency_id integer,
    product_packaging_id integer,
    create_uid integer,
    write_uid integer,
    state character varying,
    qty_received_method character varying,
    display_type character varying,
    analytic_distribution jsonb,
    name text NOT NULL,
    product_qty numeric NOT NULL,
    price_unit numeric NOT NULL,
    price_subtotal numeric,
    price_total numeric,
    qty_invoiced numeric,
    qty_received numeric,
    qty_received_manual numeric,
    qty_to_invoice numeric,
    date_planned timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    product_uom_qty double precision,
    price_tax double precision,
    product_packaging_qty double precision,
    orderpoint_id integer,
    product_description_variants character varying,
    propagate_cancel boolean,
    sale_order_id integer,
    sale_line_id integer,
    CONSTRAINT purchase_order_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.purchase_order_stock_picking_rel (
    purchase_order_id integer NOT NULL,
    stock_picking_id integer NOT NULL,
    CONSTRAINT purchase_order_stock_picking_rel_pkey PRIMARY KEY (purchase_order_id, stock_picking_id)
);

CREATE TABLE odoo.res_bank (
    id integer NOT NULL,
    state integer,
    country integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    street character varying,
    street2 character varying,
    zip character varying,
    city character varying,
    email character varying,
    phone character varying,
    bic character varying,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_bank_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_company (
    id integer NOT NULL,
    name character varying NOT NULL,
    partner_id integer NOT NULL,
    currency_id integer NOT NULL,
    sequence integer,
    create_date timestamp without time zone,
    parent_id integer,
    paperformat_id integer,
    external_report_layout_id integer,
    create_uid integer,
    write_uid integer,
    email character varying,
    phone character varying,
    mobile character varying,
    base_onboarding_company_state character varying,
    font character varying,
    primary_color character varying,
    secondary_color character varying,
    layout_background character varying NOT NULL,
    report_footer jsonb,
    report_header text,
    company_details text,
    active boolean,
    write_date timestamp without time zone,
    logo_web bytea,
    nomenclature_id integer,
    resource_calendar_id integer,
    partner_gid integer,
    iap_enrich_auto_done boolean,
    snailmail_color boolean,
    snailmail_cover boolean,
    snailmail_duplex boolean,
    payment_provider_onboarding_state character varying,
    payment_onboarding_payment_method character varying,
    message_main_attachment_id integer,
    fiscalyear_last_day integer NOT NULL,
    transfer_account_id integer,
    chart_template_id integer,
    default_cash_difference_income_account_id integer,
    default_cash_difference_expense_account_id integer,
    account_journal_suspense_account_id integer,
    account_journal_payment_debit_account_id integer,
    account_journal_payment_credit_account_id integer,
    account_journal_early_pay_discount_gain_account_id integer,
    account_journal_early_pay_discount_loss_account_id integer,
    account_sale_tax_id integer,
    account_purchase_tax_id integer,
    currency_exchange_journal_id integer,
    income_currency_exchange_account_id integer,
    expense_currency_exchange_account_id integer,
    property_stock_account_input_categ_id integer,
    property_stock_account_output_categ_id integer,
    property_stock_valuation_account_id integer,
    incoterm_id integer,
    account_opening_move_id integer,
    account_default_pos_receivable_account_id integer,
    expense_accrual_account_id integer,
    revenue_accrual_account_id integer,
    automatic_entry_default_journal_id integer,
    account_fiscal_country_id integer,
    tax_cash_basis_journal_id integer,
    account_cash_basis_base_account_id integer,
    fiscalyear_last_month character varying NOT NULL,
    bank_account_code_prefix character varying,
    cash_account_code_prefix character varying,
    early_pay_discount_computation character varying,
    transfer_account_code_prefix character varying,
    tax_calculation_rounding_method character varying,
    account_setup_bank_data_state character varying,
    account_setup_fy_data_state character varying,
    account_setup_coa_state character varying,
    account_setup_taxes_state character varying,
    account_onboarding_invoice_layout_state character varying,
    account_onboarding_sale_tax_state character varying,
    account_invoice_onboarding_state character varying,
    account_dashboard_onboarding_state character varying,
    terms_type character varying,
    account_setup_bill_state character varying,
    quick_edit_mode character varying,
    period_lock_date date,
    fiscalyear_lock_date date,
    tax_lock_date date,
    account_opening_date date NOT NULL,
    invoice_terms jsonb,
    invoice_terms_html jsonb,
    expects_chart_of_accounts boolean,
    anglo_saxon_accounting boolean,
    qr_code boolean,
    invoice_is_email boolean,
    invoice_is_print boolean,
    account_use_credit_limit boolean,
    account_onboarding_create_invoice_state_flag boolean,
    tax_exigibility boolean,
    account_storno boolean,
    internal_transit_location_id integer,
    stock_mail_confirmation_template_id integer,
    annual_inventory_day integer,
    annual_inventory_month character varying,
    stock_move_email_validation boolean,
    invoice_is_snailmail boolean,
    stock_sms_confirmation_template_id integer,
    stock_move_sms_validation boolean,
    has_received_warning_stock_sms boolean,
    point_of_sale_update_stock_quantities character varying,
    point_of_sale_use_ticket_qr_code boolean,
    social_twitter character varying,
    social_facebook character varying,
    social_github character varying,
    social_linkedin character varying,
    social_youtube character varying,
    social_instagram character varying,
    hr_presence_control_email_amount integer,
    hr_presence_control_ip_list character varying,
    vat_check_vies boolean,
    quotation_validity_days integer,
    sale_quotation_onboarding_state character varying,
    sale_onboarding_order_confirmation_state character varying,
    sale_onboarding_sample_quotation_state character varying,
    sale_onboarding_payment_method character varying,
    portal_confirmation_sign boolean,
    portal_confirmation_pay boolean,
    sale_order_template_id integer,
    security_lead double precision NOT NULL,
    manufacturing_lead double precision NOT NULL,
    po_lock character varying,
    po_double_validation character varying,
    po_double_validation_amount numeric,
    po_lead double precision NOT NULL,
    days_to_purchase double precision,
    website_id integer,
    website_sale_onboarding_payment_provider_state character varying,
    CONSTRAINT res_company_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_company_users_rel (
    cid integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT res_company_users_rel_pkey PRIMARY KEY (cid, user_id)
);

CREATE TABLE odoo.res_country (
    id integer NOT NULL,
    address_view_id integer,
    currency_id integer,
    phone_code integer,
    create_uid integer,
    write_uid integer,
    code character varying(2),
    name_position character varying,
    name jsonb NOT NULL,
    vat_label jsonb,
    address_format text,
    state_required boolean,
    zip_required boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_country_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_country_group (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_country_group_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_country_group_pricelist_rel (
    pricelist_id integer NOT NULL,
    res_country_group_id integer NOT NULL,
    CONSTRAINT res_country_group_pricelist_rel_pkey PRIMARY KEY (pricelist_id, res_country_group_id)
);

CREATE TABLE odoo.res_country_res_country_group_rel (
    res_country_id integer NOT NULL,
    res_country_group_id integer NOT NULL,
    CONSTRAINT res_country_res_country_group_rel_pkey PRIMARY KEY (res_country_id, res_country_group_id)
);

CREATE TABLE odoo.res_country_state (
    id integer NOT NULL,
    country_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    code character varying NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    l10n_in_tin character varying(2),
    CONSTRAINT res_country_state_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_currency (
    id integer NOT NULL,
    name character varying NOT NULL,
    symbol character varying NOT NULL,
    decimal_places integer,
    create_uid integer,
    write_uid integer,
    full_name character varying,
    position character varying,
    currency_unit_label character varying,
    currency_subunit_label character varying,
    rounding numeric,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_currency_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_currency_rate (
    id integer NOT NULL,
    currency_id integer NOT NULL,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name date NOT NULL,
    rate numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_currency_rate_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_groups (
    id integer NOT NULL,
    name jsonb NOT NULL,
    category_id integer,
    color integer,
    create_uid integer,
    write_uid integer,
    comment jsonb,
    share boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_groups_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_groups_implied_rel (
    gid integer NOT NULL,
    hid integer NOT NULL,
    CONSTRAINT res_groups_implied_rel_pkey PRIMARY KEY (gid, hid)
);

CREATE TABLE odoo.res_groups_users_rel (
    gid integer NOT NULL,
    uid integer NOT NULL,
    CONSTRAINT res_groups_users_rel_pkey PRIMARY KEY (gid, uid)
);

CREATE TABLE odoo.res_lang (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    code character varying NOT NULL,
    iso_code character varying,
    url_code character varying NOT NULL,
    direction character varying NOT NULL,
    date_format character varying NOT NULL,
    time_format character varying NOT NULL,
    week_start character varying NOT NULL,
    grouping character varying NOT NULL,
    decimal_point character varying NOT NULL,
    thousands_sep character varying,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_lang_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_partner (
    id integer NOT NULL,
    company_id integer,
    create_date timestamp without time zone,
    name character varying,
    title integer,
    parent_id integer,
    user_id integer,
    state_id integer,
    country_id integer,
    industry_id integer,
    color integer,
    commercial_partner_id integer,
    create_uid integer,
    write_uid integer,
    display_name character varying,
    ref character varying,
    lang character varying,
    tz character varying,
    vat character varying,
    company_registry character varying,
    website character varying,
    function character varying,
    type character varying,
    street character varying,
    street2 character varying,
    zip character varying,
    city character varying,
    email character varying,
    phone character varying,
    mobile character varying,
    commercial_company_name character varying,
    company_name character varying,
    date date,
    comment text,
    partner_latitude numeric,
    partner_longitude numeric,
    active boolean,
    employee boolean,
    is_company boolean,
    partner_share boolean,
    write_date timestamp without time zone,
    message_main_attachment_id integer,
    message_bounce integer,
    email_normalized character varying,
    signup_token character varying,
    signup_type character varying,
    signup_expiration timestamp without time zone,
    partner_gid integer,
    additional_info character varying,
    phone_sanitized character varying,
    supplier_rank integer,
    customer_rank integer,
    invoice_warn character varying,
    invoice_warn_msg text,
    debit_limit numeric,
    last_time_entries_checked timestamp without time zone,
    picking_warn character varying,
    picking_warn_msg text,
    l10n_in_gst_treatment character varying,
    calendar_last_notif_ack timestamp without time zone,
    team_id integer,
    sale_warn character varying,
    sale_warn_msg text,
    purchase_warn character varying,
    purchase_warn_msg text,
    website_id integer,
    is_published boolean,
    date_localization date,
    website_meta_og_img character varying,
    website_meta_title jsonb,
    website_meta_description jsonb,
    website_meta_keywords jsonb,
    seo_name jsonb,
    website_description jsonb,
    website_short_description jsonb,
    payment_responsible_id integer,
    latest_followup_sequence integer,
    latest_followup_level_id_without_lit integer,
    payment_next_action_date date,
    payment_note text,
    payment_next_action text,
    CONSTRAINT res_partner_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_partner_bank (
    id integer NOT NULL,
    partner_id integer NOT NULL,
    bank_id integer,
    sequence integer,
    currency_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    acc_number character varying NOT NULL,
    sanitized_acc_number character varying,
    acc_holder_name character varying,
    active boolean,
    allow_out_payment boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    message_main_attachment_id integer,
    CONSTRAINT res_partner_bank_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_partner_category (
    id integer NOT NULL,
    color integer,
    parent_id integer,
    create_uid integer,
    write_uid integer,
    parent_path character varying,
    name jsonb NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_partner_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_partner_industry (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name jsonb,
    full_name jsonb,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_partner_industry_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_partner_res_partner_category_rel (
    category_id integer NOT NULL,
    partner_id integer NOT NULL,
    CONSTRAINT res_partner_res_partner_category_rel_pkey PRIMARY KEY (category_id, partner_id)
);

CREATE TABLE odoo.res_partner_title (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    shortcut jsonb,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT res_partner_title_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.res_users (
    id integer NOT NULL,
    company_id integer NOT NULL,
    partner_id integer NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    login character varying NOT NULL,
    password character varying,
    action_id integer,
    create_uid integer,
    write_uid integer,
    signature text,
    share boolean,
    write_date timestamp without time zone,
    totp_secret character varying,
    notification_type character varying NOT NULL,
    odoobot_state character varying,
    odoobot_failed boolean,
    karma integer,
    rank_id integer,
    next_rank_id integer,
    microsoft_calendar_rtoken character varying,
    microsoft_calendar_token character varying,
    microsoft_calendar_token_validity timestamp without time zone,
    google_calendar_account_id integer,
    sale_team_id integer,
    oauth_provider_id integer,
    oauth_uid character varying,
    oauth_access_token character varying,
    website_id integer,
    livechat_username character varying,
    CONSTRAINT res_users_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.resource_calendar (
    id integer NOT NULL,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    tz character varying NOT NULL,
    active boolean,
    two_weeks_calendar boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    hours_per_day double precision,
    CONSTRAINT resource_calendar_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.resource_calendar_attendance (
    id integer NOT NULL,
    calendar_id integer NOT NULL,
    resource_id integer,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    dayofweek character varying NOT NULL,
    day_period character varying NOT NULL,
    week_type character varying,
    display_type character varying,
    date_from date,
    date_to date,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    hour_from double precision NOT NULL,
    hour_to double precision NOT NULL,
    CONSTRAINT resource_calendar_attendance_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.resource_calendar_leaves (
    id integer NOT NULL,
    company_id integer,
    calendar_id integer,
    resource_id integer,
    create_uid integer,
    write_uid integer,
    name character varying,
    time_type character varying,
    date_from timestamp without time zone NOT NULL,
    date_to timestamp without time zone NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT resource_calendar_leaves_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.resource_resource (
    id integer NOT NULL,
    company_id integer,
    user_id integer,
    calendar_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    resource_type character varying NOT NULL,
    tz character varying NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    time_efficiency double precision NOT NULL,
    CONSTRAINT resource_resource_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.sale_order (
    id integer NOT NULL,
    campaign_id integer,
    source_id integer,
    medium_id integer,
    message_main_attachment_id integer,
    company_id integer NOT NULL,
    partner_id integer NOT NULL,
    partner_invoice_id integer NOT NULL,
    partner_shipping_id integer NOT NULL,
    fiscal_position_id integer,
    payment_term_id integer,
    pricelist_id integer NOT NULL,
    currency_id integer,
    user_id integer,
    team_id integer,
    analytic_account_id integer,
    create_uid integer,
    write_uid integer,
    access_token character varying,
    name character varying NOT NULL,
    state character varying,
    client_order_ref character varying,
    origin character varying,
    reference character varying,
    signed_by character varying,
    invoice_status character varying,
    validity_date date,
    note text,
    currency_rate numeric,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    require_signature boolean,
    require_payment boolean,
    create_date timestamp without time zone,
    commitment_date timestamp without time zone,
    date_order timestamp without time zone NOT NULL,
    signed_on timestamp without time zone,
    write_date timestamp without time zone,
    l10n_in_reseller_partner_id integer,
    l10n_in_journal_id integer,
    l10n_in_gst_treatment character varying,
    sale_order_template_id integer,
    incoterm integer,
    warehouse_id integer NOT NULL,
    procurement_group_id integer,
    incoterm_location character varying,
    picking_policy character varying NOT NULL,
    delivery_status character varying,
    effective_date timestamp without time zone,
    amount_unpaid numeric,
    project_id integer,
    website_id integer,
    shop_warning character varying,
    cart_recovery_email_sent boolean,
    CONSTRAINT sale_order_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.sale_order_line (
    id integer NOT NULL,
    order_id integer NOT NULL,
    sequence integer,
    company_id integer,
    currency_id integer,
    order_partner_id integer,
    salesman_id integer,
    product_id integer,
    product_uom integer,
    product_packaging_id integer,
    create_uid integer,
    write_uid integer,
    state character varying,
    display_type character varying,
    qty_delivered_method character varying,
    invoice_status character varying,
    analytic_distribution jsonb,
    name text NOT NULL,
    product_uom_qty numeric NOT NULL,
    price_unit numeric NOT NULL,
    discount numeric,
    price_reduce numeric,
    price_subtotal numeric,
    price_total numeric,
    price_reduce_taxexcl numeric,
    price_reduce_taxinc numeric,
    qty_delivered numeric,
    qty_invoiced numeric,
    qty_to_invoice numeric,
    untaxed_amount_invoiced numeric,
    untaxed_amount_to_invoice numeric,
    is_downpayment boolean,
    is_expense boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    price_tax double precision,
    product_packaging_qty double precision,
    customer_lead double precision NOT NULL,
    route_id integer,
    is_service boolean,
    project_id integer,
    task_id integer,
    linked_line_id integer,
    shop_warning character varying,
    event_id integer,
    event_ticket_id integer,
    CONSTRAINT sale_order_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.sale_order_line_invoice_rel (
    invoice_line_id integer NOT NULL,
    order_line_id integer NOT NULL,
    CONSTRAINT sale_order_line_invoice_rel_pkey PRIMARY KEY (invoice_line_id, order_line_id)
);

CREATE TABLE odoo.sale_order_option (
    id integer NOT NULL,
    order_id integer,
    product_id integer NOT NULL,
    line_id integer,
    sequence integer,
    uom_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name text NOT NULL,
    quantity numeric NOT NULL,
    price_unit numeric NOT NULL,
    discount numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT sale_order_option_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.sale_order_tag_rel (
    order_id integer NOT NULL,
    tag_id integer NOT NULL,
    CONSTRAINT sale_order_tag_rel_pkey PRIMARY KEY (order_id, tag_id)
);

CREATE TABLE odoo.sale_order_template (
    id integer NOT NULL,
    company_id integer,
    mail_template_id integer,
    number_of_days integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    note jsonb,
    active boolean,
    require_signature boolean,
    require_payment boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT sale_order_template_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.sale_order_template_line (
    id integer NOT NULL,
    sale_order_template_id integer NOT NULL,
    sequence integer,
    company_id integer,
    product_id integer,
    product_uom_id integer,
    create_uid integer,
    write_uid integer,
    display_type character varying,
    name jsonb NOT NULL,
    product_uom_qty numeric NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT sale_order_template_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.sale_order_template_option (
    id integer NOT NULL,
    sale_order_template_id integer NOT NULL,
    company_id integer,
    product_id integer NOT NULL,
    uom_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    quantity numeric NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT sale_order_template_option_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_location (
    id integer NOT NULL,
    location_id integer,
    posx integer,
    posy integer,
    posz integer,
    company_id integer,
    removal_strategy_id integer,
    cyclic_inventory_frequency integer,
    warehouse_id integer,
    storage_category_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    complete_name character varying,
    usage character varying NOT NULL,
    parent_path character varying,
    barcode character varying,
    last_inventory_date date,
    next_inventory_date date,
    comment text,
    active boolean,
    scrap_location boolean,
    return_location boolean,
    replenish_location boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    valuation_in_account_id integer,
    valuation_out_account_id integer,
    CONSTRAINT stock_location_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_lot (
    id integer NOT NULL,
    message_main_attachment_id integer,
    product_id integer NOT NULL,
    product_uom_id integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    ref character varying,
    note text,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_lot_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_move (
    id integer NOT NULL,
    sequence integer,
    company_id integer NOT NULL,
    product_id integer NOT NULL,
    product_uom integer NOT NULL,
    location_id integer NOT NULL,
    location_dest_id integer NOT NULL,
    partner_id integer,
    picking_id integer,
    group_id integer,
    rule_id integer,
    picking_type_id integer,
    origin_returned_move_id integer,
    restrict_partner_id integer,
    warehouse_id integer,
    package_level_id integer,
    next_serial_count integer,
    orderpoint_id integer,
    product_packaging_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    priority character varying,
    state character varying,
    origin character varying,
    procure_method character varying NOT NULL,
    reference character varying,
    next_serial character varying,
    reservation_date date,
    description_picking text,
    product_qty numeric,
    product_uom_qty numeric NOT NULL,
    quantity_done numeric,
    scrapped boolean,
    propagate_cancel boolean,
    is_inventory boolean,
    additional boolean,
    date timestamp without time zone NOT NULL,
    date_deadline timestamp without time zone,
    delay_alert_date timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    price_unit double precision,
    analytic_account_line_id integer,
    to_refund boolean,
    sale_line_id integer,
    is_done boolean,
    unit_factor double precision,
    created_production_id integer,
    production_id integer,
    raw_material_production_id integer,
    unbuild_id integer,
    consume_unbuild_id integer,
    operation_id integer,
    workorder_id integer,
    bom_line_id integer,
    byproduct_id integer,
    order_finished_lot_id integer,
    cost_share numeric,
    manual_consumption boolean,
    purchase_line_id integer,
    created_purchase_line_id integer,
    CONSTRAINT stock_move_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_move_line (
    id integer NOT NULL,
    picking_id integer,
    move_id integer,
    company_id integer NOT NULL,
    product_id integer,
    product_uom_id integer NOT NULL,
    package_id integer,
    package_level_id integer,
    lot_id integer,
    result_package_id integer,
    owner_id integer,
    location_id integer NOT NULL,
    location_dest_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    product_category_name character varying,
    lot_name character varying,
    state character varying,
    reference character varying,
    description_picking text,
    reserved_qty numeric,
    reserved_uom_qty numeric NOT NULL,
    qty_done numeric,
    date timestamp without time zone NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    workorder_id integer,
    production_id integer,
    CONSTRAINT stock_move_line_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_move_line_consume_rel (
    consume_line_id integer NOT NULL,
    produce_line_id integer NOT NULL,
    CONSTRAINT stock_move_line_consume_rel_pkey PRIMARY KEY (consume_line_id, produce_line_id)
);

CREATE TABLE odoo.stock_move_move_rel (
    move_orig_id integer NOT NULL,
    move_dest_id integer NOT NULL,
    CONSTRAINT stock_move_move_rel_pkey PRIMARY KEY (move_orig_id, move_dest_id)
);

CREATE TABLE odoo.stock_notification_product_partner_rel (
    product_product_id integer NOT NULL,
    res_partner_id integer NOT NULL,
    CONSTRAINT stock_notification_product_partner_rel_pkey PRIMARY KEY (product_product_id, res_partner_id)
);

CREATE TABLE odoo.stock_package_level (
    id integer NOT NULL,
    package_id integer NOT NULL,
    picking_id integer,
    location_dest_id integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_package_level_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_package_type (
    id integer NOT NULL,
    sequence integer,
    height integer,
    width integer,
    packaging_length integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    barcode character varying,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    base_weight double precision,
    max_weight double precision,
    CONSTRAINT stock_package_type_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_package_type_stock_putaway_rule_rel (
    stock_putaway_rule_id integer NOT NULL,
    stock_package_type_id integer NOT NULL,
    CONSTRAINT stock_package_type_stock_putaway_rule_rel_pkey PRIMARY KEY (stock_putaway_rule_id, stock_package_type_id)
);

CREATE TABLE odoo.stock_picking (
    id integer NOT NULL,
    message_main_attachment_id integer,
    backorder_id integer,
    group_id integer,
    location_id integer NOT NULL,
    location_dest_id integer NOT NULL,
    picking_type_id integer NOT NULL,
    partner_id integer,
    company_id integer,
    user_id integer,
    owner_id integer,
    create_uid integer,
    write_uid integer,
    name character varying,
    origin character varying,
    move_type character varying NOT NULL,
    state character varying,
    priority character varying,
    note text,
    has_deadline_issue boolean,
    printed boolean,
    is_locked boolean,
    immediate_transfer boolean,
    scheduled_date timestamp without time zone,
    date_deadline timestamp without time zone,
    date timestamp without time zone,
    date_done timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    pos_session_id integer,
    pos_order_id integer,
    sale_id integer,
    website_id integer,
    CONSTRAINT stock_picking_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_picking_type (
    id integer NOT NULL,
    color integer,
    sequence integer,
    sequence_id integer,
    default_location_src_id integer,
    default_location_dest_id integer,
    return_picking_type_id integer,
    warehouse_id integer,
    reservation_days_before integer,
    reservation_days_before_priority integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    sequence_code character varying NOT NULL,
    code character varying NOT NULL,
    reservation_method character varying NOT NULL,
    barcode character varying,
    create_backorder character varying NOT NULL,
    name jsonb NOT NULL,
    show_entire_packs boolean,
    active boolean,
    use_create_lots boolean,
    use_existing_lots boolean,
    print_label boolean,
    show_operations boolean,
    show_reserved boolean,
    auto_show_reception_report boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    use_create_components_lots boolean,
    use_auto_consume_components_lots boolean,
    CONSTRAINT stock_picking_type_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_putaway_rule (
    id integer NOT NULL,
    product_id integer,
    category_id integer,
    location_in_id integer NOT NULL,
    location_out_id integer NOT NULL,
    sequence integer,
    company_id integer NOT NULL,
    storage_category_id integer,
    create_uid integer,
    write_uid integer,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_putaway_rule_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_quant (
    id integer NOT NULL,
    product_id integer NOT NULL,
    company_id integer,
    location_id integer NOT NULL,
    storage_category_id integer,
    lot_id integer,
    package_id integer,
    owner_id integer,
    user_id integer,
    create_uid integer,
    write_uid integer,
    inventory_date date,
    quantity numeric,
    reserved_quantity numeric NOT NULL,
    inventory_quantity numeric,
    inventory_diff_quantity numeric,
    inventory_quantity_set boolean,
    in_date timestamp without time zone NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    accounting_date date,
    CONSTRAINT stock_quant_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_quant_package (
    id integer NOT NULL,
    package_type_id integer,
    location_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    package_use character varying NOT NULL,
    pack_date date,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_quant_package_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_route (
    id integer NOT NULL,
    sequence integer,
    supplied_wh_id integer,
    supplier_wh_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    active boolean,
    product_selectable boolean,
    product_categ_selectable boolean,
    warehouse_selectable boolean,
    packaging_selectable boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    sale_selectable boolean,
    CONSTRAINT stock_route_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_route_categ (
    route_id integer NOT NULL,
    categ_id integer NOT NULL,
    CONSTRAINT stock_route_categ_pkey PRIMARY KEY (route_id, categ_id)
);

CREATE TABLE odoo.stock_route_move (
    move_id integer NOT NULL,
    route_id integer NOT NULL,
    CONSTRAINT stock_route_move_pkey PRIMARY KEY (move_id, route_id)
);

CREATE TABLE odoo.stock_route_packaging (
    route_id integer NOT NULL,
    packaging_id integer NOT NULL,
    CONSTRAINT stock_route_packaging_pkey PRIMARY KEY (route_id, packaging_id)
);

CREATE TABLE odoo.stock_route_product (
    route_id integer NOT NULL,
    product_id integer NOT NULL,
    CONSTRAINT stock_route_product_pkey PRIMARY KEY (route_id, product_id)
);

CREATE TABLE odoo.stock_route_warehouse (
    route_id integer NOT NULL,
    warehouse_id integer NOT NULL,
    CONSTRAINT stock_route_warehouse_pkey PRIMARY KEY (route_id, warehouse_id)
);

CREATE TABLE odoo.stock_rule (
    id integer NOT NULL,
    group_id integer,
    sequence integer,
    company_id integer,
    location_dest_id integer NOT NULL,
    location_src_id integer,
    route_id integer NOT NULL,
    route_sequence integer,
    picking_type_id integer NOT NULL,
    delay integer,
    partner_address_id integer,
    warehouse_id integer,
    propagate_warehouse_id integer,
    create_uid integer,
    write_uid integer,
    group_propagation_option character varying,
    action character varying NOT NULL,
    procure_method character varying NOT NULL,
    auto character varying NOT NULL,
    name jsonb NOT NULL,
    active boolean,
    propagate_cancel boolean,
    propagate_carrier boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_rule_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_scrap (
    id integer NOT NULL,
    message_main_attachment_id integer,
    company_id integer NOT NULL,
    product_id integer NOT NULL,
    product_uom_id integer NOT NULL,
    lot_id integer,
    package_id integer,
    owner_id integer,
    move_id integer,
    picking_id integer,
    location_id integer NOT NULL,
    scrap_location_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    origin character varying,
    state character varying,
    scrap_qty numeric NOT NULL,
    date_done timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    production_id integer,
    workorder_id integer,
    CONSTRAINT stock_scrap_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_storage_category (
    id integer NOT NULL,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    allow_new_product character varying NOT NULL,
    max_weight numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_storage_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_storage_category_capacity (
    id integer NOT NULL,
    storage_category_id integer NOT NULL,
    product_id integer,
    package_type_id integer,
    create_uid integer,
    write_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    quantity double precision NOT NULL,
    CONSTRAINT stock_storage_category_capacity_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_valuation_layer (
    id integer NOT NULL,
    company_id integer NOT NULL,
    product_id integer NOT NULL,
    stock_valuation_layer_id integer,
    stock_move_id integer,
    account_move_id integer,
    account_move_line_id integer,
    create_uid integer,
    write_uid integer,
    description character varying,
    quantity numeric,
    unit_cost numeric,
    value numeric,
    remaining_qty numeric,
    remaining_value numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    price_diff_value double precision,
    CONSTRAINT stock_valuation_layer_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_warehouse (
    id integer NOT NULL,
    company_id integer NOT NULL,
    partner_id integer,
    view_location_id integer NOT NULL,
    lot_stock_id integer NOT NULL,
    wh_input_stock_loc_id integer,
    wh_qc_stock_loc_id integer,
    wh_output_stock_loc_id integer,
    wh_pack_stock_loc_id integer,
    mto_pull_id integer,
    pick_type_id integer,
    pack_type_id integer,
    out_type_id integer,
    in_type_id integer,
    int_type_id integer,
    return_type_id integer,
    crossdock_route_id integer,
    reception_route_id integer,
    delivery_route_id integer,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    code character varying(5) NOT NULL,
    reception_steps character varying NOT NULL,
    delivery_steps character varying NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    pos_type_id integer,
    l10n_in_sale_journal_id integer,
    manufacture_pull_id integer,
    manufacture_mto_pull_id integer,
    pbm_mto_pull_id integer,
    sam_rule_id integer,
    manu_type_id integer,
    pbm_type_id integer,
    sam_type_id integer,
    pbm_route_id integer,
    pbm_loc_id integer,
    sam_loc_id integer,
    manufacture_steps character varying NOT NULL,
    manufacture_to_resupply boolean,
    buy_pull_id integer,
    buy_to_resupply boolean,
    l10n_in_purchase_journal_id integer,
    CONSTRAINT stock_warehouse_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.stock_warehouse_orderpoint (
    id integer NOT NULL,
    warehouse_id integer NOT NULL,
    location_id integer NOT NULL,
    product_id integer NOT NULL,
    product_category_id integer,
    group_id integer,
    company_id integer NOT NULL,
    route_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    trigger character varying NOT NULL,
    snoozed_until date,
    product_min_qty numeric NOT NULL,
    product_max_qty numeric NOT NULL,
    qty_multiple numeric NOT NULL,
    qty_to_order numeric,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    bom_id integer,
    manufacturing_visibility_days double precision,
    supplier_id integer,
    vendor_id integer,
    purchase_visibility_days double precision,
    CONSTRAINT stock_warehouse_orderpoint_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.uom_category (
    id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    is_pos_groupable boolean,
    CONSTRAINT uom_category_pkey PRIMARY KEY (id)
);

CREATE TABLE odoo.uom_uom (
    id integer NOT NULL,
    category_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    uom_type character varying NOT NULL,
    name jsonb NOT NULL,
    factor numeric NOT NULL,
    rounding numeric NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    l10n_in_code character varying,
    CONSTRAINT uom_uom_pkey PRIMARY KEY (id)
);

ALTER TABLE odoo.account_account ADD CONSTRAINT account_account_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_account ADD CONSTRAINT account_account_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account ADD CONSTRAINT account_account_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account ADD CONSTRAINT account_account_group_id_fkey FOREIGN KEY (group_id) REFERENCES odoo.account_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account ADD CONSTRAINT account_account_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account_account_journal_rel ADD CONSTRAINT account_account_account_journal_rel_account_account_id_fkey FOREIGN KEY (account_account_id) REFERENCES odoo.account_account (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_account_journal_rel ADD CONSTRAINT account_account_account_journal_rel_account_journal_id_fkey FOREIGN KEY (account_journal_id) REFERENCES odoo.account_journal (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_account_tag ADD CONSTRAINT account_account_account_tag_account_account_id_fkey FOREIGN KEY (account_account_id) REFERENCES odoo.account_account (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_account_tag ADD CONSTRAINT account_account_account_tag_account_account_tag_id_fkey FOREIGN KEY (account_account_tag_id) REFERENCES odoo.account_account_tag (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_tag ADD CONSTRAINT account_account_tag_country_id_fkey FOREIGN KEY (country_id) REFERENCES odoo.res_country (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account_tag ADD CONSTRAINT account_account_tag_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account_tag ADD CONSTRAINT account_account_tag_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account_tag_account_move_line_rel ADD CONSTRAINT account_account_tag_account_move_li_account_account_tag_id_fkey FOREIGN KEY (account_account_tag_id) REFERENCES odoo.account_account_tag (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_account_tag_account_move_line_rel ADD CONSTRAINT account_account_tag_account_move_line_account_move_line_id_fkey FOREIGN KEY (account_move_line_id) REFERENCES odoo.account_move_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_tag_account_tax_repartition_line_rel ADD CONSTRAINT account_account_tag_account_t_account_tax_repartition_line_fkey FOREIGN KEY (account_tax_repartition_line_id) REFERENCES odoo.account_tax_repartition_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_tag_account_tax_repartition_line_rel ADD CONSTRAINT account_account_tag_account_tax_rep_account_account_tag_id_fkey FOREIGN KEY (account_account_tag_id) REFERENCES odoo.account_account_tag (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_tax_default_rel ADD CONSTRAINT account_account_tax_default_rel_account_id_fkey FOREIGN KEY (account_id) REFERENCES odoo.account_account (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_tax_default_rel ADD CONSTRAINT account_account_tax_default_rel_tax_id_fkey FOREIGN KEY (tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_account_type ADD CONSTRAINT account_account_type_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_account_type ADD CONSTRAINT account_account_type_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_account ADD CONSTRAINT account_analytic_account_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_account ADD CONSTRAINT account_analytic_account_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_account ADD CONSTRAINT account_analytic_account_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_account ADD CONSTRAINT account_analytic_account_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES odoo.account_analytic_plan (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_analytic_account ADD CONSTRAINT account_analytic_account_root_plan_id_fkey FOREIGN KEY (root_plan_id) REFERENCES odoo.account_analytic_plan (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_account ADD CONSTRAINT account_analytic_account_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_applicability ADD CONSTRAINT account_analytic_applicability_analytic_plan_id_fkey FOREIGN KEY (analytic_plan_id) REFERENCES odoo.account_analytic_plan (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_applicability ADD CONSTRAINT account_analytic_applicability_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_applicability ADD CONSTRAINT account_analytic_applicability_product_categ_id_fkey FOREIGN KEY (product_categ_id) REFERENCES odoo.product_category (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_applicability ADD CONSTRAINT account_analytic_applicability_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_distribution_model ADD CONSTRAINT account_analytic_distribution_model_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_analytic_distribution_model ADD CONSTRAINT account_analytic_distribution_model_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_distribution_model ADD CONSTRAINT account_analytic_distribution_model_partner_category_id_fkey FOREIGN KEY (partner_category_id) REFERENCES odoo.res_partner_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_analytic_distribution_model ADD CONSTRAINT account_analytic_distribution_model_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_analytic_distribution_model ADD CONSTRAINT account_analytic_distribution_model_product_categ_id_fkey FOREIGN KEY (product_categ_id) REFERENCES odoo.product_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_analytic_distribution_model ADD CONSTRAINT account_analytic_distribution_model_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_analytic_distribution_model ADD CONSTRAINT account_analytic_distribution_model_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES odoo.account_analytic_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_general_account_id_fkey FOREIGN KEY (general_account_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_move_line_id_fkey FOREIGN KEY (move_line_id) REFERENCES odoo.account_move_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES odoo.account_analytic_plan (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_product_uom_id_fkey FOREIGN KEY (product_uom_id) REFERENCES odoo.uom_uom (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_so_line_fkey FOREIGN KEY (so_line) REFERENCES odoo.sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_line ADD CONSTRAINT account_analytic_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_plan ADD CONSTRAINT account_analytic_plan_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_plan ADD CONSTRAINT account_analytic_plan_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_analytic_plan ADD CONSTRAINT account_analytic_plan_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.account_analytic_plan (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_analytic_plan ADD CONSTRAINT account_analytic_plan_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_account_analytic_id_fkey FOREIGN KEY (account_analytic_id) REFERENCES odoo.account_analytic_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_category_id_fkey FOREIGN KEY (category_id) REFERENCES odoo.account_asset_category (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_asset ADD CONSTRAINT account_asset_asset_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_account_analytic_id_fkey FOREIGN KEY (account_analytic_id) REFERENCES odoo.account_analytic_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_account_asset_id_fkey FOREIGN KEY (account_asset_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_account_depreciation_expense_id_fkey FOREIGN KEY (account_depreciation_expense_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_account_depreciation_id_fkey FOREIGN KEY (account_depreciation_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES odoo.account_journal (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_asset_category ADD CONSTRAINT account_asset_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_depreciation_line ADD CONSTRAINT account_asset_depreciation_line_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES odoo.account_asset_asset (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_asset_depreciation_line ADD CONSTRAINT account_asset_depreciation_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_depreciation_line ADD CONSTRAINT account_asset_depreciation_line_move_id_fkey FOREIGN KEY (move_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_asset_depreciation_line ADD CONSTRAINT account_asset_depreciation_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement ADD CONSTRAINT account_bank_statement_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement ADD CONSTRAINT account_bank_statement_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement ADD CONSTRAINT account_bank_statement_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement ADD CONSTRAINT account_bank_statement_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_foreign_currency_id_fkey FOREIGN KEY (foreign_currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_move_id_fkey FOREIGN KEY (move_id) REFERENCES odoo.account_move (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_statement_id_fkey FOREIGN KEY (statement_id) REFERENCES odoo.account_bank_statement (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_budget_post ADD CONSTRAINT account_budget_post_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_budget_post ADD CONSTRAINT account_budget_post_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_budget_post ADD CONSTRAINT account_budget_post_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_budget_rel ADD CONSTRAINT account_budget_rel_account_id_fkey FOREIGN KEY (account_id) REFERENCES odoo.account_account (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_budget_rel ADD CONSTRAINT account_budget_rel_budget_id_fkey FOREIGN KEY (budget_id) REFERENCES odoo.account_budget_post (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_cash_rounding ADD CONSTRAINT account_cash_rounding_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_cash_rounding ADD CONSTRAINT account_cash_rounding_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position ADD CONSTRAINT account_fiscal_position_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_fiscal_position ADD CONSTRAINT account_fiscal_position_country_group_id_fkey FOREIGN KEY (country_group_id) REFERENCES odoo.res_country_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position ADD CONSTRAINT account_fiscal_position_country_id_fkey FOREIGN KEY (country_id) REFERENCES odoo.res_country (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position ADD CONSTRAINT account_fiscal_position_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position ADD CONSTRAINT account_fiscal_position_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position_account ADD CONSTRAINT account_fiscal_position_account_account_dest_id_fkey FOREIGN KEY (account_dest_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_fiscal_position_account ADD CONSTRAINT account_fiscal_position_account_account_src_id_fkey FOREIGN KEY (account_src_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_fiscal_position_account ADD CONSTRAINT account_fiscal_position_account_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position_account ADD CONSTRAINT account_fiscal_position_account_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position_account ADD CONSTRAINT account_fiscal_position_account_position_id_fkey FOREIGN KEY (position_id) REFERENCES odoo.account_fiscal_position (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_fiscal_position_account ADD CONSTRAINT account_fiscal_position_account_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position_res_country_state_rel ADD CONSTRAINT account_fiscal_position_res_cou_account_fiscal_position_id_fkey FOREIGN KEY (account_fiscal_position_id) REFERENCES odoo.account_fiscal_position (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_fiscal_position_res_country_state_rel ADD CONSTRAINT account_fiscal_position_res_country_s_res_country_state_id_fkey FOREIGN KEY (res_country_state_id) REFERENCES odoo.res_country_state (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_fiscal_position_tax ADD CONSTRAINT account_fiscal_position_tax_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position_tax ADD CONSTRAINT account_fiscal_position_tax_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position_tax ADD CONSTRAINT account_fiscal_position_tax_position_id_fkey FOREIGN KEY (position_id) REFERENCES odoo.account_fiscal_position (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_fiscal_position_tax ADD CONSTRAINT account_fiscal_position_tax_tax_dest_id_fkey FOREIGN KEY (tax_dest_id) REFERENCES odoo.account_tax (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_position_tax ADD CONSTRAINT account_fiscal_position_tax_tax_src_id_fkey FOREIGN KEY (tax_src_id) REFERENCES odoo.account_tax (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_fiscal_position_tax ADD CONSTRAINT account_fiscal_position_tax_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_year ADD CONSTRAINT account_fiscal_year_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_fiscal_year ADD CONSTRAINT account_fiscal_year_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_fiscal_year ADD CONSTRAINT account_fiscal_year_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_full_reconcile ADD CONSTRAINT account_full_reconcile_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_full_reconcile ADD CONSTRAINT account_full_reconcile_exchange_move_id_fkey FOREIGN KEY (exchange_move_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_full_reconcile ADD CONSTRAINT account_full_reconcile_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_group ADD CONSTRAINT account_group_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_group ADD CONSTRAINT account_group_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_group ADD CONSTRAINT account_group_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.account_group (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_group ADD CONSTRAINT account_group_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_incoterms ADD CONSTRAINT account_incoterms_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_incoterms ADD CONSTRAINT account_incoterms_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_bank_account_id_fkey FOREIGN KEY (bank_account_id) REFERENCES odoo.res_partner_bank (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_default_account_id_fkey FOREIGN KEY (default_account_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_l10n_in_gstin_partner_id_fkey FOREIGN KEY (l10n_in_gstin_partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_loss_account_id_fkey FOREIGN KEY (loss_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_profit_account_id_fkey FOREIGN KEY (profit_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_sale_activity_user_id_fkey FOREIGN KEY (sale_activity_user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_suspense_account_id_fkey FOREIGN KEY (suspense_account_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_journal ADD CONSTRAINT account_journal_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal_account_journal_group_rel ADD CONSTRAINT account_journal_account_journal_g_account_journal_group_id_fkey FOREIGN KEY (account_journal_group_id) REFERENCES odoo.account_journal_group (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_journal_account_journal_group_rel ADD CONSTRAINT account_journal_account_journal_group_r_account_journal_id_fkey FOREIGN KEY (account_journal_id) REFERENCES odoo.account_journal (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_journal_account_reconcile_model_rel ADD CONSTRAINT account_journal_account_reconci_account_reconcile_model_id_fkey FOREIGN KEY (account_reconcile_model_id) REFERENCES odoo.account_reconcile_model (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_journal_account_reconcile_model_rel ADD CONSTRAINT account_journal_account_reconcile_model_account_journal_id_fkey FOREIGN KEY (account_journal_id) REFERENCES odoo.account_journal (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_journal_group ADD CONSTRAINT account_journal_group_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_journal_group ADD CONSTRAINT account_journal_group_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_journal_group ADD CONSTRAINT account_journal_group_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_auto_post_origin_id_fkey FOREIGN KEY (auto_post_origin_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_commercial_partner_id_fkey FOREIGN KEY (commercial_partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_fiscal_position_id_fkey FOREIGN KEY (fiscal_position_id) REFERENCES odoo.account_fiscal_position (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_invoice_cash_rounding_id_fkey FOREIGN KEY (invoice_cash_rounding_id) REFERENCES odoo.account_cash_rounding (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_invoice_incoterm_id_fkey FOREIGN KEY (invoice_incoterm_id) REFERENCES odoo.account_incoterms (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_invoice_payment_term_id_fkey FOREIGN KEY (invoice_payment_term_id) REFERENCES odoo.account_payment_term (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_invoice_user_id_fkey FOREIGN KEY (invoice_user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES odoo.account_journal (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_l10n_in_reseller_partner_id_fkey FOREIGN KEY (l10n_in_reseller_partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_l10n_in_state_id_fkey FOREIGN KEY (l10n_in_state_id) REFERENCES odoo.res_country_state (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_partner_bank_id_fkey FOREIGN KEY (partner_bank_id) REFERENCES odoo.res_partner_bank (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_partner_shipping_id_fkey FOREIGN KEY (partner_shipping_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES odoo.account_payment (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_reversed_entry_id_fkey FOREIGN KEY (reversed_entry_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_statement_line_id_fkey FOREIGN KEY (statement_line_id) REFERENCES odoo.account_bank_statement_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_stock_move_id_fkey FOREIGN KEY (stock_move_id) REFERENCES odoo.stock_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_tax_cash_basis_origin_move_id_fkey FOREIGN KEY (tax_cash_basis_origin_move_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_tax_cash_basis_rec_id_fkey FOREIGN KEY (tax_cash_basis_rec_id) REFERENCES odoo.account_partial_reconcile (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_team_id_fkey FOREIGN KEY (team_id) REFERENCES odoo.crm_team (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move ADD CONSTRAINT account_move_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES odoo.account_account (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_asset_category_id_fkey FOREIGN KEY (asset_category_id) REFERENCES odoo.account_asset_category (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_company_currency_id_fkey FOREIGN KEY (company_currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_full_reconcile_id_fkey FOREIGN KEY (full_reconcile_id) REFERENCES odoo.account_full_reconcile (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_group_tax_id_fkey FOREIGN KEY (group_tax_id) REFERENCES odoo.account_tax (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_move_id_fkey FOREIGN KEY (move_id) REFERENCES odoo.account_move (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES odoo.account_payment (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_product_uom_id_fkey FOREIGN KEY (product_uom_id) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_purchase_line_id_fkey FOREIGN KEY (purchase_line_id) REFERENCES odoo.purchase_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_reconcile_model_id_fkey FOREIGN KEY (reconcile_model_id) REFERENCES odoo.account_reconcile_model (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_statement_id_fkey FOREIGN KEY (statement_id) REFERENCES odoo.account_bank_statement (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_statement_line_id_fkey FOREIGN KEY (statement_line_id) REFERENCES odoo.account_bank_statement_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_tax_group_id_fkey FOREIGN KEY (tax_group_id) REFERENCES odoo.account_tax_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_tax_line_id_fkey FOREIGN KEY (tax_line_id) REFERENCES odoo.account_tax (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_tax_repartition_line_id_fkey FOREIGN KEY (tax_repartition_line_id) REFERENCES odoo.account_tax_repartition_line (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_move_line ADD CONSTRAINT account_move_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_move_line_account_tax_rel ADD CONSTRAINT account_move_line_account_tax_rel_account_move_line_id_fkey FOREIGN KEY (account_move_line_id) REFERENCES odoo.account_move_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_move_line_account_tax_rel ADD CONSTRAINT account_move_line_account_tax_rel_account_tax_id_fkey FOREIGN KEY (account_tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_move_purchase_order_rel ADD CONSTRAINT account_move_purchase_order_rel_account_move_id_fkey FOREIGN KEY (account_move_id) REFERENCES odoo.account_move (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_move_purchase_order_rel ADD CONSTRAINT account_move_purchase_order_rel_purchase_order_id_fkey FOREIGN KEY (purchase_order_id) REFERENCES odoo.purchase_order (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_credit_currency_id_fkey FOREIGN KEY (credit_currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_credit_move_id_fkey FOREIGN KEY (credit_move_id) REFERENCES odoo.account_move_line (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_debit_currency_id_fkey FOREIGN KEY (debit_currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_debit_move_id_fkey FOREIGN KEY (debit_move_id) REFERENCES odoo.account_move_line (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_exchange_move_id_fkey FOREIGN KEY (exchange_move_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_full_reconcile_id_fkey FOREIGN KEY (full_reconcile_id) REFERENCES odoo.account_full_reconcile (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_partial_reconcile ADD CONSTRAINT account_partial_reconcile_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_destination_account_id_fkey FOREIGN KEY (destination_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_destination_journal_id_fkey FOREIGN KEY (destination_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_force_outstanding_account_id_fkey FOREIGN KEY (force_outstanding_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_move_id_fkey FOREIGN KEY (move_id) REFERENCES odoo.account_move (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_outstanding_account_id_fkey FOREIGN KEY (outstanding_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_paired_internal_transfer_payment_id_fkey FOREIGN KEY (paired_internal_transfer_payment_id) REFERENCES odoo.account_payment (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_partner_bank_id_fkey FOREIGN KEY (partner_bank_id) REFERENCES odoo.res_partner_bank (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_payment_method_id_fkey FOREIGN KEY (payment_method_id) REFERENCES odoo.account_payment_method (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_payment_method_line_id_fkey FOREIGN KEY (payment_method_line_id) REFERENCES odoo.account_payment_method_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_source_payment_id_fkey FOREIGN KEY (source_payment_id) REFERENCES odoo.account_payment (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment ADD CONSTRAINT account_payment_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_account_bank_statement_line_rel ADD CONSTRAINT account_payment_account_bank__account_bank_statement_line__fkey FOREIGN KEY (account_bank_statement_line_id) REFERENCES odoo.account_bank_statement_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_payment_account_bank_statement_line_rel ADD CONSTRAINT account_payment_account_bank_statement__account_payment_id_fkey FOREIGN KEY (account_payment_id) REFERENCES odoo.account_payment (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_payment_method ADD CONSTRAINT account_payment_method_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_method ADD CONSTRAINT account_payment_method_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_method_line ADD CONSTRAINT account_payment_method_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_method_line ADD CONSTRAINT account_payment_method_line_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES odoo.account_journal (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_payment_method_line ADD CONSTRAINT account_payment_method_line_payment_account_id_fkey FOREIGN KEY (payment_account_id) REFERENCES odoo.account_account (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_payment_method_line ADD CONSTRAINT account_payment_method_line_payment_method_id_fkey FOREIGN KEY (payment_method_id) REFERENCES odoo.account_payment_method (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_payment_method_line ADD CONSTRAINT account_payment_method_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_term ADD CONSTRAINT account_payment_term_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_term ADD CONSTRAINT account_payment_term_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_term ADD CONSTRAINT account_payment_term_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_term_line ADD CONSTRAINT account_payment_term_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_payment_term_line ADD CONSTRAINT account_payment_term_line_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES odoo.account_payment_term (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_payment_term_line ADD CONSTRAINT account_payment_term_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model ADD CONSTRAINT account_reconcile_model_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_reconcile_model ADD CONSTRAINT account_reconcile_model_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model ADD CONSTRAINT account_reconcile_model_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model_line ADD CONSTRAINT account_reconcile_model_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES odoo.account_account (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_line ADD CONSTRAINT account_reconcile_model_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model_line ADD CONSTRAINT account_reconcile_model_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model_line ADD CONSTRAINT account_reconcile_model_line_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES odoo.account_journal (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_line ADD CONSTRAINT account_reconcile_model_line_model_id_fkey FOREIGN KEY (model_id) REFERENCES odoo.account_reconcile_model (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_line ADD CONSTRAINT account_reconcile_model_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model_line_account_tax_rel ADD CONSTRAINT account_reconcile_model_line__account_reconcile_model_line_fkey FOREIGN KEY (account_reconcile_model_line_id) REFERENCES odoo.account_reconcile_model_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_line_account_tax_rel ADD CONSTRAINT account_reconcile_model_line_account_tax_re_account_tax_id_fkey FOREIGN KEY (account_tax_id) REFERENCES odoo.account_tax (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_reconcile_model_partner_mapping ADD CONSTRAINT account_reconcile_model_partner_mapping_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model_partner_mapping ADD CONSTRAINT account_reconcile_model_partner_mapping_model_id_fkey FOREIGN KEY (model_id) REFERENCES odoo.account_reconcile_model (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_partner_mapping ADD CONSTRAINT account_reconcile_model_partner_mapping_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_partner_mapping ADD CONSTRAINT account_reconcile_model_partner_mapping_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_reconcile_model_res_partner_category_rel ADD CONSTRAINT account_reconcile_model_res_pa_account_reconcile_model_id_fkey1 FOREIGN KEY (account_reconcile_model_id) REFERENCES odoo.account_reconcile_model (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_res_partner_category_rel ADD CONSTRAINT account_reconcile_model_res_partne_res_partner_category_id_fkey FOREIGN KEY (res_partner_category_id) REFERENCES odoo.res_partner_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_res_partner_rel ADD CONSTRAINT account_reconcile_model_res_par_account_reconcile_model_id_fkey FOREIGN KEY (account_reconcile_model_id) REFERENCES odoo.account_reconcile_model (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_reconcile_model_res_partner_rel ADD CONSTRAINT account_reconcile_model_res_partner_rel_res_partner_id_fkey FOREIGN KEY (res_partner_id) REFERENCES odoo.res_partner (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax ADD CONSTRAINT account_tax_cash_basis_transition_account_id_fkey FOREIGN KEY (cash_basis_transition_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax ADD CONSTRAINT account_tax_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_tax ADD CONSTRAINT account_tax_country_id_fkey FOREIGN KEY (country_id) REFERENCES odoo.res_country (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_tax ADD CONSTRAINT account_tax_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax ADD CONSTRAINT account_tax_tax_group_id_fkey FOREIGN KEY (tax_group_id) REFERENCES odoo.account_tax_group (id) ON DELETE RESTRICT;
ALTER TABLE odoo.account_tax ADD CONSTRAINT account_tax_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_filiation_rel ADD CONSTRAINT account_tax_filiation_rel_child_tax_fkey FOREIGN KEY (child_tax) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax_filiation_rel ADD CONSTRAINT account_tax_filiation_rel_parent_tax_fkey FOREIGN KEY (parent_tax) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax_group ADD CONSTRAINT account_tax_group_country_id_fkey FOREIGN KEY (country_id) REFERENCES odoo.res_country (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_group ADD CONSTRAINT account_tax_group_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_group ADD CONSTRAINT account_tax_group_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_purchase_order_line_rel ADD CONSTRAINT account_tax_purchase_order_line_rel_account_tax_id_fkey FOREIGN KEY (account_tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax_purchase_order_line_rel ADD CONSTRAINT account_tax_purchase_order_line_rel_purchase_order_line_id_fkey FOREIGN KEY (purchase_order_line_id) REFERENCES odoo.purchase_order_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax_repartition_line ADD CONSTRAINT account_tax_repartition_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_repartition_line ADD CONSTRAINT account_tax_repartition_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_repartition_line ADD CONSTRAINT account_tax_repartition_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_repartition_line ADD CONSTRAINT account_tax_repartition_line_invoice_tax_id_fkey FOREIGN KEY (invoice_tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax_repartition_line ADD CONSTRAINT account_tax_repartition_line_refund_tax_id_fkey FOREIGN KEY (refund_tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax_repartition_line ADD CONSTRAINT account_tax_repartition_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.account_tax_sale_order_line_rel ADD CONSTRAINT account_tax_sale_order_line_rel_account_tax_id_fkey FOREIGN KEY (account_tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.account_tax_sale_order_line_rel ADD CONSTRAINT account_tax_sale_order_line_rel_sale_order_line_id_fkey FOREIGN KEY (sale_order_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.crm_tag ADD CONSTRAINT crm_tag_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crm_tag ADD CONSTRAINT crm_tag_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crm_team ADD CONSTRAINT crm_team_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.crm_team ADD CONSTRAINT crm_team_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crm_team ADD CONSTRAINT crm_team_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crm_team ADD CONSTRAINT crm_team_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crm_team_member ADD CONSTRAINT crm_team_member_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crm_team_member ADD CONSTRAINT crm_team_member_crm_team_id_fkey FOREIGN KEY (crm_team_id) REFERENCES odoo.crm_team (id) ON DELETE CASCADE;
ALTER TABLE odoo.crm_team_member ADD CONSTRAINT crm_team_member_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.crm_team_member ADD CONSTRAINT crm_team_member_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget ADD CONSTRAINT crossovered_budget_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.crossovered_budget ADD CONSTRAINT crossovered_budget_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget ADD CONSTRAINT crossovered_budget_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget ADD CONSTRAINT crossovered_budget_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget_lines ADD CONSTRAINT crossovered_budget_lines_analytic_account_id_fkey FOREIGN KEY (analytic_account_id) REFERENCES odoo.account_analytic_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget_lines ADD CONSTRAINT crossovered_budget_lines_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget_lines ADD CONSTRAINT crossovered_budget_lines_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget_lines ADD CONSTRAINT crossovered_budget_lines_crossovered_budget_id_fkey FOREIGN KEY (crossovered_budget_id) REFERENCES odoo.crossovered_budget (id) ON DELETE CASCADE;
ALTER TABLE odoo.crossovered_budget_lines ADD CONSTRAINT crossovered_budget_lines_general_budget_id_fkey FOREIGN KEY (general_budget_id) REFERENCES odoo.account_budget_post (id) ON DELETE SET NULL;
ALTER TABLE odoo.crossovered_budget_lines ADD CONSTRAINT crossovered_budget_lines_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_department_id_fkey FOREIGN KEY (department_id) REFERENCES odoo.hr_department (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_emp_id_fkey FOREIGN KEY (emp_id) REFERENCES odoo.hr_employee (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_job_id_fkey FOREIGN KEY (job_id) REFERENCES odoo.hr_job (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_last_stage_id_fkey FOREIGN KEY (last_stage_id) REFERENCES odoo.hr_recruitment_stage (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_refuse_reason_id_fkey FOREIGN KEY (refuse_reason_id) REFERENCES odoo.hr_applicant_refuse_reason (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES odoo.hr_recruitment_stage (id) ON DELETE RESTRICT;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_type_id_fkey FOREIGN KEY (type_id) REFERENCES odoo.hr_recruitment_degree (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant ADD CONSTRAINT hr_applicant_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant_category ADD CONSTRAINT hr_applicant_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant_category ADD CONSTRAINT hr_applicant_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant_hr_applicant_category_rel ADD CONSTRAINT hr_applicant_hr_applicant_categor_hr_applicant_category_id_fkey FOREIGN KEY (hr_applicant_category_id) REFERENCES odoo.hr_applicant_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_applicant_hr_applicant_category_rel ADD CONSTRAINT hr_applicant_hr_applicant_category_rel_hr_applicant_id_fkey FOREIGN KEY (hr_applicant_id) REFERENCES odoo.hr_applicant (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_applicant_refuse_reason ADD CONSTRAINT hr_applicant_refuse_reason_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant_refuse_reason ADD CONSTRAINT hr_applicant_refuse_reason_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_applicant_res_users_interviewers_rel ADD CONSTRAINT hr_applicant_res_users_interviewers_rel_hr_applicant_id_fkey FOREIGN KEY (hr_applicant_id) REFERENCES odoo.hr_applicant (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_applicant_res_users_interviewers_rel ADD CONSTRAINT hr_applicant_res_users_interviewers_rel_res_users_id_fkey FOREIGN KEY (res_users_id) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_contract_type ADD CONSTRAINT hr_contract_type_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_contract_type ADD CONSTRAINT hr_contract_type_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_department ADD CONSTRAINT hr_department_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_department ADD CONSTRAINT hr_department_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_department ADD CONSTRAINT hr_department_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES odoo.hr_employee (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_department ADD CONSTRAINT hr_department_master_department_id_fkey FOREIGN KEY (master_department_id) REFERENCES odoo.hr_department (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_department ADD CONSTRAINT hr_department_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.hr_department (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_department ADD CONSTRAINT hr_department_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_departure_reason ADD CONSTRAINT hr_departure_reason_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_departure_reason ADD CONSTRAINT hr_departure_reason_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_address_home_id_fkey FOREIGN KEY (address_home_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_address_id_fkey FOREIGN KEY (address_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_bank_account_id_fkey FOREIGN KEY (bank_account_id) REFERENCES odoo.res_partner_bank (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_coach_id_fkey FOREIGN KEY (coach_id) REFERENCES odoo.hr_employee (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_country_id_fkey FOREIGN KEY (country_id) REFERENCES odoo.res_country (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_country_of_birth_fkey FOREIGN KEY (country_of_birth) REFERENCES odoo.res_country (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_department_id_fkey FOREIGN KEY (department_id) REFERENCES odoo.hr_department (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_departure_reason_id_fkey FOREIGN KEY (departure_reason_id) REFERENCES odoo.hr_departure_reason (id) ON DELETE RESTRICT;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_job_id_fkey FOREIGN KEY (job_id) REFERENCES odoo.hr_job (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.hr_employee (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_resource_calendar_id_fkey FOREIGN KEY (resource_calendar_id) REFERENCES odoo.resource_calendar (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES odoo.resource_resource (id) ON DELETE RESTRICT;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_work_contact_id_fkey FOREIGN KEY (work_contact_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_work_location_id_fkey FOREIGN KEY (work_location_id) REFERENCES odoo.hr_work_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee ADD CONSTRAINT hr_employee_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee_category ADD CONSTRAINT hr_employee_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_employee_category ADD CONSTRAINT hr_employee_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_address_id_fkey FOREIGN KEY (address_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_contract_type_id_fkey FOREIGN KEY (contract_type_id) REFERENCES odoo.hr_contract_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_department_id_fkey FOREIGN KEY (department_id) REFERENCES odoo.hr_department (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_hr_responsible_id_fkey FOREIGN KEY (hr_responsible_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES odoo.hr_employee (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job ADD CONSTRAINT hr_job_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_job_extended_interviewer_res_users ADD CONSTRAINT hr_job_extended_interviewer_res_users_hr_job_id_fkey FOREIGN KEY (hr_job_id) REFERENCES odoo.hr_job (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_job_extended_interviewer_res_users ADD CONSTRAINT hr_job_extended_interviewer_res_users_res_users_id_fkey FOREIGN KEY (res_users_id) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_job_hr_recruitment_stage_rel ADD CONSTRAINT hr_job_hr_recruitment_stage_rel_hr_job_id_fkey FOREIGN KEY (hr_job_id) REFERENCES odoo.hr_job (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_job_hr_recruitment_stage_rel ADD CONSTRAINT hr_job_hr_recruitment_stage_rel_hr_recruitment_stage_id_fkey FOREIGN KEY (hr_recruitment_stage_id) REFERENCES odoo.hr_recruitment_stage (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_job_res_users_rel ADD CONSTRAINT hr_job_res_users_rel_hr_job_id_fkey FOREIGN KEY (hr_job_id) REFERENCES odoo.hr_job (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_job_res_users_rel ADD CONSTRAINT hr_job_res_users_rel_res_users_id_fkey FOREIGN KEY (res_users_id) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_recruitment_degree ADD CONSTRAINT hr_recruitment_degree_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_recruitment_degree ADD CONSTRAINT hr_recruitment_degree_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_recruitment_source ADD CONSTRAINT hr_recruitment_source_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_recruitment_source ADD CONSTRAINT hr_recruitment_source_job_id_fkey FOREIGN KEY (job_id) REFERENCES odoo.hr_job (id) ON DELETE CASCADE;
ALTER TABLE odoo.hr_recruitment_source ADD CONSTRAINT hr_recruitment_source_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_recruitment_stage ADD CONSTRAINT hr_recruitment_stage_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_recruitment_stage ADD CONSTRAINT hr_recruitment_stage_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_work_location ADD CONSTRAINT hr_work_location_address_id_fkey FOREIGN KEY (address_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.hr_work_location ADD CONSTRAINT hr_work_location_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.hr_work_location ADD CONSTRAINT hr_work_location_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.hr_work_location ADD CONSTRAINT hr_work_location_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.procurement_group ADD CONSTRAINT procurement_group_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.procurement_group ADD CONSTRAINT procurement_group_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.procurement_group ADD CONSTRAINT procurement_group_sale_id_fkey FOREIGN KEY (sale_id) REFERENCES odoo.sale_order (id) ON DELETE SET NULL;
ALTER TABLE odoo.procurement_group ADD CONSTRAINT procurement_group_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_accessory_rel ADD CONSTRAINT product_accessory_rel_dest_id_fkey FOREIGN KEY (dest_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_accessory_rel ADD CONSTRAINT product_accessory_rel_src_id_fkey FOREIGN KEY (src_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_alternative_rel ADD CONSTRAINT product_alternative_rel_dest_id_fkey FOREIGN KEY (dest_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_alternative_rel ADD CONSTRAINT product_alternative_rel_src_id_fkey FOREIGN KEY (src_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attr_exclusion_value_ids_rel ADD CONSTRAINT product_attr_exclusion_value__product_template_attribute_e_fkey FOREIGN KEY (product_template_attribute_exclusion_id) REFERENCES odoo.product_template_attribute_exclusion (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attr_exclusion_value_ids_rel ADD CONSTRAINT product_attr_exclusion_value__product_template_attribute_v_fkey FOREIGN KEY (product_template_attribute_value_id) REFERENCES odoo.product_template_attribute_value (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attribute ADD CONSTRAINT product_attribute_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_attribute ADD CONSTRAINT product_attribute_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_attribute_custom_value ADD CONSTRAINT product_attribute_custom_valu_custom_product_template_attr_fkey FOREIGN KEY (custom_product_template_attribute_value_id) REFERENCES odoo.product_template_attribute_value (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_attribute_custom_value ADD CONSTRAINT product_attribute_custom_value_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_attribute_custom_value ADD CONSTRAINT product_attribute_custom_value_sale_order_line_id_fkey FOREIGN KEY (sale_order_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attribute_custom_value ADD CONSTRAINT product_attribute_custom_value_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_attribute_product_template_rel ADD CONSTRAINT product_attribute_product_template_re_product_attribute_id_fkey FOREIGN KEY (product_attribute_id) REFERENCES odoo.product_attribute (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attribute_product_template_rel ADD CONSTRAINT product_attribute_product_template_rel_product_template_id_fkey FOREIGN KEY (product_template_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attribute_value ADD CONSTRAINT product_attribute_value_attribute_id_fkey FOREIGN KEY (attribute_id) REFERENCES odoo.product_attribute (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attribute_value ADD CONSTRAINT product_attribute_value_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_attribute_value ADD CONSTRAINT product_attribute_value_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_attribute_value_product_template_attribute_line_rel ADD CONSTRAINT product_attribute_value_produ_product_template_attribute_l_fkey FOREIGN KEY (product_template_attribute_line_id) REFERENCES odoo.product_template_attribute_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_attribute_value_product_template_attribute_line_rel ADD CONSTRAINT product_attribute_value_product_product_attribute_value_id_fkey FOREIGN KEY (product_attribute_value_id) REFERENCES odoo.product_attribute_value (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_category ADD CONSTRAINT product_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_category ADD CONSTRAINT product_category_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.product_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_category ADD CONSTRAINT product_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_image ADD CONSTRAINT product_image_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_image ADD CONSTRAINT product_image_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_image ADD CONSTRAINT product_image_product_variant_id_fkey FOREIGN KEY (product_variant_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_image ADD CONSTRAINT product_image_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_optional_rel ADD CONSTRAINT product_optional_rel_dest_id_fkey FOREIGN KEY (dest_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_optional_rel ADD CONSTRAINT product_optional_rel_src_id_fkey FOREIGN KEY (src_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_packaging ADD CONSTRAINT product_packaging_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_packaging ADD CONSTRAINT product_packaging_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_packaging ADD CONSTRAINT product_packaging_package_type_id_fkey FOREIGN KEY (package_type_id) REFERENCES odoo.stock_package_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_packaging ADD CONSTRAINT product_packaging_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_packaging ADD CONSTRAINT product_packaging_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist ADD CONSTRAINT product_pricelist_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist ADD CONSTRAINT product_pricelist_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist ADD CONSTRAINT product_pricelist_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_pricelist ADD CONSTRAINT product_pricelist_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_base_pricelist_id_fkey FOREIGN KEY (base_pricelist_id) REFERENCES odoo.product_pricelist (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_categ_id_fkey FOREIGN KEY (categ_id) REFERENCES odoo.product_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_pricelist_id_fkey FOREIGN KEY (pricelist_id) REFERENCES odoo.product_pricelist (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_pricelist_item ADD CONSTRAINT product_pricelist_item_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_product ADD CONSTRAINT product_product_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_product ADD CONSTRAINT product_product_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_product ADD CONSTRAINT product_product_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_public_category ADD CONSTRAINT product_public_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_public_category ADD CONSTRAINT product_public_category_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.product_public_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_public_category ADD CONSTRAINT product_public_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_public_category_product_template_rel ADD CONSTRAINT product_public_category_product_product_public_category_id_fkey FOREIGN KEY (product_public_category_id) REFERENCES odoo.product_public_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_public_category_product_template_rel ADD CONSTRAINT product_public_category_product_templa_product_template_id_fkey FOREIGN KEY (product_template_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_ribbon ADD CONSTRAINT product_ribbon_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_ribbon ADD CONSTRAINT product_ribbon_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_supplier_taxes_rel ADD CONSTRAINT product_supplier_taxes_rel_prod_id_fkey FOREIGN KEY (prod_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_supplier_taxes_rel ADD CONSTRAINT product_supplier_taxes_rel_tax_id_fkey FOREIGN KEY (tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_supplierinfo ADD CONSTRAINT product_supplierinfo_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_supplierinfo ADD CONSTRAINT product_supplierinfo_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_supplierinfo ADD CONSTRAINT product_supplierinfo_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_supplierinfo ADD CONSTRAINT product_supplierinfo_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_supplierinfo ADD CONSTRAINT product_supplierinfo_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_supplierinfo ADD CONSTRAINT product_supplierinfo_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_supplierinfo ADD CONSTRAINT product_supplierinfo_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_tag ADD CONSTRAINT product_tag_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_tag ADD CONSTRAINT product_tag_ribbon_id_fkey FOREIGN KEY (ribbon_id) REFERENCES odoo.product_ribbon (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_tag ADD CONSTRAINT product_tag_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_tag_product_product_rel ADD CONSTRAINT product_tag_product_product_rel_product_product_id_fkey FOREIGN KEY (product_product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_tag_product_product_rel ADD CONSTRAINT product_tag_product_product_rel_product_tag_id_fkey FOREIGN KEY (product_tag_id) REFERENCES odoo.product_tag (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_tag_product_template_rel ADD CONSTRAINT product_tag_product_template_rel_product_tag_id_fkey FOREIGN KEY (product_tag_id) REFERENCES odoo.product_tag (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_tag_product_template_rel ADD CONSTRAINT product_tag_product_template_rel_product_template_id_fkey FOREIGN KEY (product_template_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_taxes_rel ADD CONSTRAINT product_taxes_rel_prod_id_fkey FOREIGN KEY (prod_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_taxes_rel ADD CONSTRAINT product_taxes_rel_tax_id_fkey FOREIGN KEY (tax_id) REFERENCES odoo.account_tax (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_template ADD CONSTRAINT product_template_categ_id_fkey FOREIGN KEY (categ_id) REFERENCES odoo.product_category (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_template ADD CONSTRAINT product_template_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template ADD CONSTRAINT product_template_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template ADD CONSTRAINT product_template_uom_id_fkey FOREIGN KEY (uom_id) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_template ADD CONSTRAINT product_template_uom_po_id_fkey FOREIGN KEY (uom_po_id) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_template ADD CONSTRAINT product_template_website_ribbon_id_fkey FOREIGN KEY (website_ribbon_id) REFERENCES odoo.product_ribbon (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template ADD CONSTRAINT product_template_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_exclusion ADD CONSTRAINT product_template_attribute_ex_product_template_attribute_v_fkey FOREIGN KEY (product_template_attribute_value_id) REFERENCES odoo.product_template_attribute_value (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_template_attribute_exclusion ADD CONSTRAINT product_template_attribute_exclusion_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_exclusion ADD CONSTRAINT product_template_attribute_exclusion_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_template_attribute_exclusion ADD CONSTRAINT product_template_attribute_exclusion_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_line ADD CONSTRAINT product_template_attribute_line_attribute_id_fkey FOREIGN KEY (attribute_id) REFERENCES odoo.product_attribute (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_template_attribute_line ADD CONSTRAINT product_template_attribute_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_line ADD CONSTRAINT product_template_attribute_line_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_template_attribute_line ADD CONSTRAINT product_template_attribute_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_value ADD CONSTRAINT product_template_attribute_valu_product_attribute_value_id_fkey FOREIGN KEY (product_attribute_value_id) REFERENCES odoo.product_attribute_value (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_template_attribute_value ADD CONSTRAINT product_template_attribute_value_attribute_id_fkey FOREIGN KEY (attribute_id) REFERENCES odoo.product_attribute (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_value ADD CONSTRAINT product_template_attribute_value_attribute_line_id_fkey FOREIGN KEY (attribute_line_id) REFERENCES odoo.product_template_attribute_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_template_attribute_value ADD CONSTRAINT product_template_attribute_value_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_value ADD CONSTRAINT product_template_attribute_value_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES odoo.product_template (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_value ADD CONSTRAINT product_template_attribute_value_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.product_template_attribute_value_sale_order_line_rel ADD CONSTRAINT product_template_attribute_va_product_template_attribute_v_fkey FOREIGN KEY (product_template_attribute_value_id) REFERENCES odoo.product_template_attribute_value (id) ON DELETE RESTRICT;
ALTER TABLE odoo.product_template_attribute_value_sale_order_line_rel ADD CONSTRAINT product_template_attribute_value_sale_o_sale_order_line_id_fkey FOREIGN KEY (sale_order_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_variant_combination ADD CONSTRAINT product_variant_combination_product_product_id_fkey FOREIGN KEY (product_product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.product_variant_combination ADD CONSTRAINT product_variant_combination_product_template_attribute_val_fkey FOREIGN KEY (product_template_attribute_value_id) REFERENCES odoo.product_template_attribute_value (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_collaborator ADD CONSTRAINT project_collaborator_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_collaborator ADD CONSTRAINT project_collaborator_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_collaborator ADD CONSTRAINT project_collaborator_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_collaborator ADD CONSTRAINT project_collaborator_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_favorite_user_rel ADD CONSTRAINT project_favorite_user_rel_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_favorite_user_rel ADD CONSTRAINT project_favorite_user_rel_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_milestone ADD CONSTRAINT project_milestone_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_milestone ADD CONSTRAINT project_milestone_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_milestone ADD CONSTRAINT project_milestone_sale_line_id_fkey FOREIGN KEY (sale_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_milestone ADD CONSTRAINT project_milestone_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_analytic_account_id_fkey FOREIGN KEY (analytic_account_id) REFERENCES odoo.account_analytic_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_last_update_id_fkey FOREIGN KEY (last_update_id) REFERENCES odoo.project_update (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_sale_line_id_fkey FOREIGN KEY (sale_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES odoo.project_project_stage (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project ADD CONSTRAINT project_project_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project_project_tags_rel ADD CONSTRAINT project_project_project_tags_rel_project_project_id_fkey FOREIGN KEY (project_project_id) REFERENCES odoo.project_project (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_project_project_tags_rel ADD CONSTRAINT project_project_project_tags_rel_project_tags_id_fkey FOREIGN KEY (project_tags_id) REFERENCES odoo.project_tags (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_project_stage ADD CONSTRAINT project_project_stage_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_project_stage ADD CONSTRAINT project_project_stage_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_tags ADD CONSTRAINT project_tags_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_tags ADD CONSTRAINT project_tags_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_tags_project_task_rel ADD CONSTRAINT project_tags_project_task_rel_project_tags_id_fkey FOREIGN KEY (project_tags_id) REFERENCES odoo.project_tags (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_tags_project_task_rel ADD CONSTRAINT project_tags_project_task_rel_project_task_id_fkey FOREIGN KEY (project_task_id) REFERENCES odoo.project_task (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_analytic_account_id_fkey FOREIGN KEY (analytic_account_id) REFERENCES odoo.account_analytic_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_ancestor_id_fkey FOREIGN KEY (ancestor_id) REFERENCES odoo.project_task (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_display_project_id_fkey FOREIGN KEY (display_project_id) REFERENCES odoo.project_project (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_milestone_id_fkey FOREIGN KEY (milestone_id) REFERENCES odoo.project_milestone (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.project_task (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_recurrence_id_fkey FOREIGN KEY (recurrence_id) REFERENCES odoo.project_task_recurrence (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_sale_line_id_fkey FOREIGN KEY (sale_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_sale_order_id_fkey FOREIGN KEY (sale_order_id) REFERENCES odoo.sale_order (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES odoo.project_task_type (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_task ADD CONSTRAINT project_task_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task_recurrence ADD CONSTRAINT project_task_recurrence_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task_recurrence ADD CONSTRAINT project_task_recurrence_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task_type ADD CONSTRAINT project_task_type_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task_type ADD CONSTRAINT project_task_type_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task_type ADD CONSTRAINT project_task_type_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task_type_rel ADD CONSTRAINT project_task_type_rel_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_task_type_rel ADD CONSTRAINT project_task_type_rel_type_id_fkey FOREIGN KEY (type_id) REFERENCES odoo.project_task_type (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_task_user_rel ADD CONSTRAINT project_task_user_rel_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_task_user_rel ADD CONSTRAINT project_task_user_rel_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES odoo.project_task_type (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_task_user_rel ADD CONSTRAINT project_task_user_rel_task_id_fkey FOREIGN KEY (task_id) REFERENCES odoo.project_task (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_task_user_rel ADD CONSTRAINT project_task_user_rel_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.project_task_user_rel ADD CONSTRAINT project_task_user_rel_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_update ADD CONSTRAINT project_update_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.project_update ADD CONSTRAINT project_update_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_update ADD CONSTRAINT project_update_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE RESTRICT;
ALTER TABLE odoo.project_update ADD CONSTRAINT project_update_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_dest_address_id_fkey FOREIGN KEY (dest_address_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_fiscal_position_id_fkey FOREIGN KEY (fiscal_position_id) REFERENCES odoo.account_fiscal_position (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_group_id_fkey FOREIGN KEY (group_id) REFERENCES odoo.procurement_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_incoterm_id_fkey FOREIGN KEY (incoterm_id) REFERENCES odoo.account_incoterms (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_l10n_in_journal_id_fkey FOREIGN KEY (l10n_in_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_payment_term_id_fkey FOREIGN KEY (payment_term_id) REFERENCES odoo.account_payment_term (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_picking_type_id_fkey FOREIGN KEY (picking_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE RESTRICT;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order ADD CONSTRAINT purchase_order_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES odoo.purchase_order (id) ON DELETE CASCADE;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_orderpoint_id_fkey FOREIGN KEY (orderpoint_id) REFERENCES odoo.stock_warehouse_orderpoint (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_product_packaging_id_fkey FOREIGN KEY (product_packaging_id) REFERENCES odoo.product_packaging (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_product_uom_fkey FOREIGN KEY (product_uom) REFERENCES odoo.uom_uom (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_sale_line_id_fkey FOREIGN KEY (sale_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_sale_order_id_fkey FOREIGN KEY (sale_order_id) REFERENCES odoo.sale_order (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_line ADD CONSTRAINT purchase_order_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.purchase_order_stock_picking_rel ADD CONSTRAINT purchase_order_stock_picking_rel_purchase_order_id_fkey FOREIGN KEY (purchase_order_id) REFERENCES odoo.purchase_order (id) ON DELETE CASCADE;
ALTER TABLE odoo.purchase_order_stock_picking_rel ADD CONSTRAINT purchase_order_stock_picking_rel_stock_picking_id_fkey FOREIGN KEY (stock_picking_id) REFERENCES odoo.stock_picking (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_bank ADD CONSTRAINT res_bank_country_fkey FOREIGN KEY (country) REFERENCES odoo.res_country (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_bank ADD CONSTRAINT res_bank_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_bank ADD CONSTRAINT res_bank_state_fkey FOREIGN KEY (state) REFERENCES odoo.res_country_state (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_bank ADD CONSTRAINT res_bank_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_cash_basis_base_account_id_fkey FOREIGN KEY (account_cash_basis_base_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_default_pos_receivable_account_id_fkey FOREIGN KEY (account_default_pos_receivable_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_fiscal_country_id_fkey FOREIGN KEY (account_fiscal_country_id) REFERENCES odoo.res_country (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_journal_early_pay_discount_gain_accoun_fkey FOREIGN KEY (account_journal_early_pay_discount_gain_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_journal_early_pay_discount_loss_accoun_fkey FOREIGN KEY (account_journal_early_pay_discount_loss_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_journal_payment_credit_account_id_fkey FOREIGN KEY (account_journal_payment_credit_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_journal_payment_debit_account_id_fkey FOREIGN KEY (account_journal_payment_debit_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_journal_suspense_account_id_fkey FOREIGN KEY (account_journal_suspense_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_opening_move_id_fkey FOREIGN KEY (account_opening_move_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_purchase_tax_id_fkey FOREIGN KEY (account_purchase_tax_id) REFERENCES odoo.account_tax (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_account_sale_tax_id_fkey FOREIGN KEY (account_sale_tax_id) REFERENCES odoo.account_tax (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_automatic_entry_default_journal_id_fkey FOREIGN KEY (automatic_entry_default_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_currency_exchange_journal_id_fkey FOREIGN KEY (currency_exchange_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_default_cash_difference_expense_account_id_fkey FOREIGN KEY (default_cash_difference_expense_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_default_cash_difference_income_account_id_fkey FOREIGN KEY (default_cash_difference_income_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_expense_accrual_account_id_fkey FOREIGN KEY (expense_accrual_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_expense_currency_exchange_account_id_fkey FOREIGN KEY (expense_currency_exchange_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_income_currency_exchange_account_id_fkey FOREIGN KEY (income_currency_exchange_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_incoterm_id_fkey FOREIGN KEY (incoterm_id) REFERENCES odoo.account_incoterms (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_internal_transit_location_id_fkey FOREIGN KEY (internal_transit_location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_property_stock_account_input_categ_id_fkey FOREIGN KEY (property_stock_account_input_categ_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_property_stock_account_output_categ_id_fkey FOREIGN KEY (property_stock_account_output_categ_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_property_stock_valuation_account_id_fkey FOREIGN KEY (property_stock_valuation_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_resource_calendar_id_fkey FOREIGN KEY (resource_calendar_id) REFERENCES odoo.resource_calendar (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_revenue_accrual_account_id_fkey FOREIGN KEY (revenue_accrual_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_sale_order_template_id_fkey FOREIGN KEY (sale_order_template_id) REFERENCES odoo.sale_order_template (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_tax_cash_basis_journal_id_fkey FOREIGN KEY (tax_cash_basis_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_transfer_account_id_fkey FOREIGN KEY (transfer_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company ADD CONSTRAINT res_company_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_company_users_rel ADD CONSTRAINT res_company_users_rel_cid_fkey FOREIGN KEY (cid) REFERENCES odoo.res_company (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_company_users_rel ADD CONSTRAINT res_company_users_rel_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_country ADD CONSTRAINT res_country_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_country ADD CONSTRAINT res_country_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_country ADD CONSTRAINT res_country_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_country_group ADD CONSTRAINT res_country_group_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_country_group ADD CONSTRAINT res_country_group_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_country_group_pricelist_rel ADD CONSTRAINT res_country_group_pricelist_rel_pricelist_id_fkey FOREIGN KEY (pricelist_id) REFERENCES odoo.product_pricelist (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_country_group_pricelist_rel ADD CONSTRAINT res_country_group_pricelist_rel_res_country_group_id_fkey FOREIGN KEY (res_country_group_id) REFERENCES odoo.res_country_group (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_country_res_country_group_rel ADD CONSTRAINT res_country_res_country_group_rel_res_country_group_id_fkey FOREIGN KEY (res_country_group_id) REFERENCES odoo.res_country_group (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_country_res_country_group_rel ADD CONSTRAINT res_country_res_country_group_rel_res_country_id_fkey FOREIGN KEY (res_country_id) REFERENCES odoo.res_country (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_country_state ADD CONSTRAINT res_country_state_country_id_fkey FOREIGN KEY (country_id) REFERENCES odoo.res_country (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_country_state ADD CONSTRAINT res_country_state_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_country_state ADD CONSTRAINT res_country_state_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_currency ADD CONSTRAINT res_currency_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_currency ADD CONSTRAINT res_currency_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_currency_rate ADD CONSTRAINT res_currency_rate_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_currency_rate ADD CONSTRAINT res_currency_rate_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_currency_rate ADD CONSTRAINT res_currency_rate_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_currency_rate ADD CONSTRAINT res_currency_rate_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_groups ADD CONSTRAINT res_groups_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_groups ADD CONSTRAINT res_groups_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_groups_implied_rel ADD CONSTRAINT res_groups_implied_rel_gid_fkey FOREIGN KEY (gid) REFERENCES odoo.res_groups (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_groups_implied_rel ADD CONSTRAINT res_groups_implied_rel_hid_fkey FOREIGN KEY (hid) REFERENCES odoo.res_groups (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_groups_users_rel ADD CONSTRAINT res_groups_users_rel_gid_fkey FOREIGN KEY (gid) REFERENCES odoo.res_groups (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_groups_users_rel ADD CONSTRAINT res_groups_users_rel_uid_fkey FOREIGN KEY (uid) REFERENCES odoo.res_users (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_lang ADD CONSTRAINT res_lang_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_lang ADD CONSTRAINT res_lang_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_commercial_partner_id_fkey FOREIGN KEY (commercial_partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_country_id_fkey FOREIGN KEY (country_id) REFERENCES odoo.res_country (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_industry_id_fkey FOREIGN KEY (industry_id) REFERENCES odoo.res_partner_industry (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_payment_responsible_id_fkey FOREIGN KEY (payment_responsible_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_state_id_fkey FOREIGN KEY (state_id) REFERENCES odoo.res_country_state (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_team_id_fkey FOREIGN KEY (team_id) REFERENCES odoo.crm_team (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_title_fkey FOREIGN KEY (title) REFERENCES odoo.res_partner_title (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner ADD CONSTRAINT res_partner_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_bank ADD CONSTRAINT res_partner_bank_bank_id_fkey FOREIGN KEY (bank_id) REFERENCES odoo.res_bank (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_bank ADD CONSTRAINT res_partner_bank_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_bank ADD CONSTRAINT res_partner_bank_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_bank ADD CONSTRAINT res_partner_bank_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_bank ADD CONSTRAINT res_partner_bank_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_partner_bank ADD CONSTRAINT res_partner_bank_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_category ADD CONSTRAINT res_partner_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_category ADD CONSTRAINT res_partner_category_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES odoo.res_partner_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_partner_category ADD CONSTRAINT res_partner_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_industry ADD CONSTRAINT res_partner_industry_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_industry ADD CONSTRAINT res_partner_industry_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_res_partner_category_rel ADD CONSTRAINT res_partner_res_partner_category_rel_category_id_fkey FOREIGN KEY (category_id) REFERENCES odoo.res_partner_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_partner_res_partner_category_rel ADD CONSTRAINT res_partner_res_partner_category_rel_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE CASCADE;
ALTER TABLE odoo.res_partner_title ADD CONSTRAINT res_partner_title_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_partner_title ADD CONSTRAINT res_partner_title_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_users ADD CONSTRAINT res_users_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_users ADD CONSTRAINT res_users_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_users ADD CONSTRAINT res_users_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.res_users ADD CONSTRAINT res_users_sale_team_id_fkey FOREIGN KEY (sale_team_id) REFERENCES odoo.crm_team (id) ON DELETE SET NULL;
ALTER TABLE odoo.res_users ADD CONSTRAINT res_users_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar ADD CONSTRAINT resource_calendar_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar ADD CONSTRAINT resource_calendar_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar ADD CONSTRAINT resource_calendar_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_attendance ADD CONSTRAINT resource_calendar_attendance_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES odoo.resource_calendar (id) ON DELETE CASCADE;
ALTER TABLE odoo.resource_calendar_attendance ADD CONSTRAINT resource_calendar_attendance_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_attendance ADD CONSTRAINT resource_calendar_attendance_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES odoo.resource_resource (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_attendance ADD CONSTRAINT resource_calendar_attendance_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_leaves ADD CONSTRAINT resource_calendar_leaves_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES odoo.resource_calendar (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_leaves ADD CONSTRAINT resource_calendar_leaves_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_leaves ADD CONSTRAINT resource_calendar_leaves_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_leaves ADD CONSTRAINT resource_calendar_leaves_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES odoo.resource_resource (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_calendar_leaves ADD CONSTRAINT resource_calendar_leaves_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_resource ADD CONSTRAINT resource_resource_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES odoo.resource_calendar (id) ON DELETE RESTRICT;
ALTER TABLE odoo.resource_resource ADD CONSTRAINT resource_resource_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_resource ADD CONSTRAINT resource_resource_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_resource ADD CONSTRAINT resource_resource_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.resource_resource ADD CONSTRAINT resource_resource_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_analytic_account_id_fkey FOREIGN KEY (analytic_account_id) REFERENCES odoo.account_analytic_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_fiscal_position_id_fkey FOREIGN KEY (fiscal_position_id) REFERENCES odoo.account_fiscal_position (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_incoterm_fkey FOREIGN KEY (incoterm) REFERENCES odoo.account_incoterms (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_l10n_in_journal_id_fkey FOREIGN KEY (l10n_in_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_l10n_in_reseller_partner_id_fkey FOREIGN KEY (l10n_in_reseller_partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_partner_invoice_id_fkey FOREIGN KEY (partner_invoice_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_partner_shipping_id_fkey FOREIGN KEY (partner_shipping_id) REFERENCES odoo.res_partner (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_payment_term_id_fkey FOREIGN KEY (payment_term_id) REFERENCES odoo.account_payment_term (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_pricelist_id_fkey FOREIGN KEY (pricelist_id) REFERENCES odoo.product_pricelist (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_procurement_group_id_fkey FOREIGN KEY (procurement_group_id) REFERENCES odoo.procurement_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_sale_order_template_id_fkey FOREIGN KEY (sale_order_template_id) REFERENCES odoo.sale_order_template (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_team_id_fkey FOREIGN KEY (team_id) REFERENCES odoo.crm_team (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order ADD CONSTRAINT sale_order_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES odoo.res_currency (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_linked_line_id_fkey FOREIGN KEY (linked_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES odoo.sale_order (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_order_partner_id_fkey FOREIGN KEY (order_partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_product_packaging_id_fkey FOREIGN KEY (product_packaging_id) REFERENCES odoo.product_packaging (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_product_uom_fkey FOREIGN KEY (product_uom) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_project_id_fkey FOREIGN KEY (project_id) REFERENCES odoo.project_project (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_salesman_id_fkey FOREIGN KEY (salesman_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_task_id_fkey FOREIGN KEY (task_id) REFERENCES odoo.project_task (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line ADD CONSTRAINT sale_order_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_line_invoice_rel ADD CONSTRAINT sale_order_line_invoice_rel_invoice_line_id_fkey FOREIGN KEY (invoice_line_id) REFERENCES odoo.account_move_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_line_invoice_rel ADD CONSTRAINT sale_order_line_invoice_rel_order_line_id_fkey FOREIGN KEY (order_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_option ADD CONSTRAINT sale_order_option_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_option ADD CONSTRAINT sale_order_option_line_id_fkey FOREIGN KEY (line_id) REFERENCES odoo.sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_option ADD CONSTRAINT sale_order_option_order_id_fkey FOREIGN KEY (order_id) REFERENCES odoo.sale_order (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_option ADD CONSTRAINT sale_order_option_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order_option ADD CONSTRAINT sale_order_option_uom_id_fkey FOREIGN KEY (uom_id) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order_option ADD CONSTRAINT sale_order_option_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_tag_rel ADD CONSTRAINT sale_order_tag_rel_order_id_fkey FOREIGN KEY (order_id) REFERENCES odoo.sale_order (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_tag_rel ADD CONSTRAINT sale_order_tag_rel_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES odoo.crm_tag (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_template ADD CONSTRAINT sale_order_template_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template ADD CONSTRAINT sale_order_template_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template ADD CONSTRAINT sale_order_template_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_line ADD CONSTRAINT sale_order_template_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_line ADD CONSTRAINT sale_order_template_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_line ADD CONSTRAINT sale_order_template_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_line ADD CONSTRAINT sale_order_template_line_product_uom_id_fkey FOREIGN KEY (product_uom_id) REFERENCES odoo.uom_uom (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_line ADD CONSTRAINT sale_order_template_line_sale_order_template_id_fkey FOREIGN KEY (sale_order_template_id) REFERENCES odoo.sale_order_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_template_line ADD CONSTRAINT sale_order_template_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_option ADD CONSTRAINT sale_order_template_option_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_option ADD CONSTRAINT sale_order_template_option_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.sale_order_template_option ADD CONSTRAINT sale_order_template_option_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order_template_option ADD CONSTRAINT sale_order_template_option_sale_order_template_id_fkey FOREIGN KEY (sale_order_template_id) REFERENCES odoo.sale_order_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.sale_order_template_option ADD CONSTRAINT sale_order_template_option_uom_id_fkey FOREIGN KEY (uom_id) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.sale_order_template_option ADD CONSTRAINT sale_order_template_option_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_storage_category_id_fkey FOREIGN KEY (storage_category_id) REFERENCES odoo.stock_storage_category (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_valuation_in_account_id_fkey FOREIGN KEY (valuation_in_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_valuation_out_account_id_fkey FOREIGN KEY (valuation_out_account_id) REFERENCES odoo.account_account (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_location ADD CONSTRAINT stock_location_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_lot ADD CONSTRAINT stock_lot_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_lot ADD CONSTRAINT stock_lot_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_lot ADD CONSTRAINT stock_lot_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_lot ADD CONSTRAINT stock_lot_product_uom_id_fkey FOREIGN KEY (product_uom_id) REFERENCES odoo.uom_uom (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_lot ADD CONSTRAINT stock_lot_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_analytic_account_line_id_fkey FOREIGN KEY (analytic_account_line_id) REFERENCES odoo.account_analytic_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_created_purchase_line_id_fkey FOREIGN KEY (created_purchase_line_id) REFERENCES odoo.purchase_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_group_id_fkey FOREIGN KEY (group_id) REFERENCES odoo.procurement_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_location_dest_id_fkey FOREIGN KEY (location_dest_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_order_finished_lot_id_fkey FOREIGN KEY (order_finished_lot_id) REFERENCES odoo.stock_lot (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_orderpoint_id_fkey FOREIGN KEY (orderpoint_id) REFERENCES odoo.stock_warehouse_orderpoint (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_origin_returned_move_id_fkey FOREIGN KEY (origin_returned_move_id) REFERENCES odoo.stock_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_package_level_id_fkey FOREIGN KEY (package_level_id) REFERENCES odoo.stock_package_level (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_picking_id_fkey FOREIGN KEY (picking_id) REFERENCES odoo.stock_picking (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_picking_type_id_fkey FOREIGN KEY (picking_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_product_packaging_id_fkey FOREIGN KEY (product_packaging_id) REFERENCES odoo.product_packaging (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_product_uom_fkey FOREIGN KEY (product_uom) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_purchase_line_id_fkey FOREIGN KEY (purchase_line_id) REFERENCES odoo.purchase_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_restrict_partner_id_fkey FOREIGN KEY (restrict_partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES odoo.stock_rule (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_sale_line_id_fkey FOREIGN KEY (sale_line_id) REFERENCES odoo.sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move ADD CONSTRAINT stock_move_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_location_dest_id_fkey FOREIGN KEY (location_dest_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_lot_id_fkey FOREIGN KEY (lot_id) REFERENCES odoo.stock_lot (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_move_id_fkey FOREIGN KEY (move_id) REFERENCES odoo.stock_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_package_id_fkey FOREIGN KEY (package_id) REFERENCES odoo.stock_quant_package (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_package_level_id_fkey FOREIGN KEY (package_level_id) REFERENCES odoo.stock_package_level (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_picking_id_fkey FOREIGN KEY (picking_id) REFERENCES odoo.stock_picking (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_product_uom_id_fkey FOREIGN KEY (product_uom_id) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_result_package_id_fkey FOREIGN KEY (result_package_id) REFERENCES odoo.stock_quant_package (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_move_line ADD CONSTRAINT stock_move_line_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_move_line_consume_rel ADD CONSTRAINT stock_move_line_consume_rel_consume_line_id_fkey FOREIGN KEY (consume_line_id) REFERENCES odoo.stock_move_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_move_line_consume_rel ADD CONSTRAINT stock_move_line_consume_rel_produce_line_id_fkey FOREIGN KEY (produce_line_id) REFERENCES odoo.stock_move_line (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_move_move_rel ADD CONSTRAINT stock_move_move_rel_move_dest_id_fkey FOREIGN KEY (move_dest_id) REFERENCES odoo.stock_move (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_move_move_rel ADD CONSTRAINT stock_move_move_rel_move_orig_id_fkey FOREIGN KEY (move_orig_id) REFERENCES odoo.stock_move (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_notification_product_partner_rel ADD CONSTRAINT stock_notification_product_partner_rel_product_product_id_fkey FOREIGN KEY (product_product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_notification_product_partner_rel ADD CONSTRAINT stock_notification_product_partner_rel_res_partner_id_fkey FOREIGN KEY (res_partner_id) REFERENCES odoo.res_partner (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_package_level ADD CONSTRAINT stock_package_level_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_package_level ADD CONSTRAINT stock_package_level_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_package_level ADD CONSTRAINT stock_package_level_location_dest_id_fkey FOREIGN KEY (location_dest_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_package_level ADD CONSTRAINT stock_package_level_package_id_fkey FOREIGN KEY (package_id) REFERENCES odoo.stock_quant_package (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_package_level ADD CONSTRAINT stock_package_level_picking_id_fkey FOREIGN KEY (picking_id) REFERENCES odoo.stock_picking (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_package_level ADD CONSTRAINT stock_package_level_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_package_type ADD CONSTRAINT stock_package_type_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_package_type ADD CONSTRAINT stock_package_type_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_package_type ADD CONSTRAINT stock_package_type_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_package_type_stock_putaway_rule_rel ADD CONSTRAINT stock_package_type_stock_putaway_rul_stock_package_type_id_fkey FOREIGN KEY (stock_package_type_id) REFERENCES odoo.stock_package_type (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_package_type_stock_putaway_rule_rel ADD CONSTRAINT stock_package_type_stock_putaway_rul_stock_putaway_rule_id_fkey FOREIGN KEY (stock_putaway_rule_id) REFERENCES odoo.stock_putaway_rule (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_backorder_id_fkey FOREIGN KEY (backorder_id) REFERENCES odoo.stock_picking (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_group_id_fkey FOREIGN KEY (group_id) REFERENCES odoo.procurement_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_location_dest_id_fkey FOREIGN KEY (location_dest_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_picking_type_id_fkey FOREIGN KEY (picking_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_sale_id_fkey FOREIGN KEY (sale_id) REFERENCES odoo.sale_order (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking ADD CONSTRAINT stock_picking_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking_type ADD CONSTRAINT stock_picking_type_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_picking_type ADD CONSTRAINT stock_picking_type_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking_type ADD CONSTRAINT stock_picking_type_default_location_dest_id_fkey FOREIGN KEY (default_location_dest_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking_type ADD CONSTRAINT stock_picking_type_default_location_src_id_fkey FOREIGN KEY (default_location_src_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking_type ADD CONSTRAINT stock_picking_type_return_picking_type_id_fkey FOREIGN KEY (return_picking_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_picking_type ADD CONSTRAINT stock_picking_type_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_picking_type ADD CONSTRAINT stock_picking_type_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_category_id_fkey FOREIGN KEY (category_id) REFERENCES odoo.product_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_location_in_id_fkey FOREIGN KEY (location_in_id) REFERENCES odoo.stock_location (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_location_out_id_fkey FOREIGN KEY (location_out_id) REFERENCES odoo.stock_location (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_storage_category_id_fkey FOREIGN KEY (storage_category_id) REFERENCES odoo.stock_storage_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_putaway_rule ADD CONSTRAINT stock_putaway_rule_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_lot_id_fkey FOREIGN KEY (lot_id) REFERENCES odoo.stock_lot (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_package_id_fkey FOREIGN KEY (package_id) REFERENCES odoo.stock_quant_package (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_storage_category_id_fkey FOREIGN KEY (storage_category_id) REFERENCES odoo.stock_storage_category (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_user_id_fkey FOREIGN KEY (user_id) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant ADD CONSTRAINT stock_quant_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant_package ADD CONSTRAINT stock_quant_package_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant_package ADD CONSTRAINT stock_quant_package_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant_package ADD CONSTRAINT stock_quant_package_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant_package ADD CONSTRAINT stock_quant_package_package_type_id_fkey FOREIGN KEY (package_type_id) REFERENCES odoo.stock_package_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_quant_package ADD CONSTRAINT stock_quant_package_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_route ADD CONSTRAINT stock_route_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_route ADD CONSTRAINT stock_route_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_route ADD CONSTRAINT stock_route_supplied_wh_id_fkey FOREIGN KEY (supplied_wh_id) REFERENCES odoo.stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_route ADD CONSTRAINT stock_route_supplier_wh_id_fkey FOREIGN KEY (supplier_wh_id) REFERENCES odoo.stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_route ADD CONSTRAINT stock_route_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_route_categ ADD CONSTRAINT stock_route_categ_categ_id_fkey FOREIGN KEY (categ_id) REFERENCES odoo.product_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_categ ADD CONSTRAINT stock_route_categ_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_move ADD CONSTRAINT stock_route_move_move_id_fkey FOREIGN KEY (move_id) REFERENCES odoo.stock_move (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_move ADD CONSTRAINT stock_route_move_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_packaging ADD CONSTRAINT stock_route_packaging_packaging_id_fkey FOREIGN KEY (packaging_id) REFERENCES odoo.product_packaging (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_packaging ADD CONSTRAINT stock_route_packaging_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_product ADD CONSTRAINT stock_route_product_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_template (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_product ADD CONSTRAINT stock_route_product_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_warehouse ADD CONSTRAINT stock_route_warehouse_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_route_warehouse ADD CONSTRAINT stock_route_warehouse_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_group_id_fkey FOREIGN KEY (group_id) REFERENCES odoo.procurement_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_location_dest_id_fkey FOREIGN KEY (location_dest_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_location_src_id_fkey FOREIGN KEY (location_src_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_partner_address_id_fkey FOREIGN KEY (partner_address_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_picking_type_id_fkey FOREIGN KEY (picking_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_propagate_warehouse_id_fkey FOREIGN KEY (propagate_warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_rule ADD CONSTRAINT stock_rule_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_lot_id_fkey FOREIGN KEY (lot_id) REFERENCES odoo.stock_lot (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_move_id_fkey FOREIGN KEY (move_id) REFERENCES odoo.stock_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_package_id_fkey FOREIGN KEY (package_id) REFERENCES odoo.stock_quant_package (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_picking_id_fkey FOREIGN KEY (picking_id) REFERENCES odoo.stock_picking (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_product_uom_id_fkey FOREIGN KEY (product_uom_id) REFERENCES odoo.uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_scrap_location_id_fkey FOREIGN KEY (scrap_location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_scrap ADD CONSTRAINT stock_scrap_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_storage_category ADD CONSTRAINT stock_storage_category_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_storage_category ADD CONSTRAINT stock_storage_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_storage_category ADD CONSTRAINT stock_storage_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_storage_category_capacity ADD CONSTRAINT stock_storage_category_capacity_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_storage_category_capacity ADD CONSTRAINT stock_storage_category_capacity_package_type_id_fkey FOREIGN KEY (package_type_id) REFERENCES odoo.stock_package_type (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_storage_category_capacity ADD CONSTRAINT stock_storage_category_capacity_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_storage_category_capacity ADD CONSTRAINT stock_storage_category_capacity_storage_category_id_fkey FOREIGN KEY (storage_category_id) REFERENCES odoo.stock_storage_category (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_storage_category_capacity ADD CONSTRAINT stock_storage_category_capacity_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_account_move_id_fkey FOREIGN KEY (account_move_id) REFERENCES odoo.account_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_account_move_line_id_fkey FOREIGN KEY (account_move_line_id) REFERENCES odoo.account_move_line (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_stock_move_id_fkey FOREIGN KEY (stock_move_id) REFERENCES odoo.stock_move (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_stock_valuation_layer_id_fkey FOREIGN KEY (stock_valuation_layer_id) REFERENCES odoo.stock_valuation_layer (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_valuation_layer ADD CONSTRAINT stock_valuation_layer_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_buy_pull_id_fkey FOREIGN KEY (buy_pull_id) REFERENCES odoo.stock_rule (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_crossdock_route_id_fkey FOREIGN KEY (crossdock_route_id) REFERENCES odoo.stock_route (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_delivery_route_id_fkey FOREIGN KEY (delivery_route_id) REFERENCES odoo.stock_route (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_in_type_id_fkey FOREIGN KEY (in_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_int_type_id_fkey FOREIGN KEY (int_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_l10n_in_purchase_journal_id_fkey FOREIGN KEY (l10n_in_purchase_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_l10n_in_sale_journal_id_fkey FOREIGN KEY (l10n_in_sale_journal_id) REFERENCES odoo.account_journal (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_lot_stock_id_fkey FOREIGN KEY (lot_stock_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_manu_type_id_fkey FOREIGN KEY (manu_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_manufacture_mto_pull_id_fkey FOREIGN KEY (manufacture_mto_pull_id) REFERENCES odoo.stock_rule (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_manufacture_pull_id_fkey FOREIGN KEY (manufacture_pull_id) REFERENCES odoo.stock_rule (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_mto_pull_id_fkey FOREIGN KEY (mto_pull_id) REFERENCES odoo.stock_rule (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_out_type_id_fkey FOREIGN KEY (out_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_pack_type_id_fkey FOREIGN KEY (pack_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_pbm_loc_id_fkey FOREIGN KEY (pbm_loc_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_pbm_mto_pull_id_fkey FOREIGN KEY (pbm_mto_pull_id) REFERENCES odoo.stock_rule (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_pbm_route_id_fkey FOREIGN KEY (pbm_route_id) REFERENCES odoo.stock_route (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_pbm_type_id_fkey FOREIGN KEY (pbm_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_pick_type_id_fkey FOREIGN KEY (pick_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_pos_type_id_fkey FOREIGN KEY (pos_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_reception_route_id_fkey FOREIGN KEY (reception_route_id) REFERENCES odoo.stock_route (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_return_type_id_fkey FOREIGN KEY (return_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_sam_loc_id_fkey FOREIGN KEY (sam_loc_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_sam_rule_id_fkey FOREIGN KEY (sam_rule_id) REFERENCES odoo.stock_rule (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_sam_type_id_fkey FOREIGN KEY (sam_type_id) REFERENCES odoo.stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_view_location_id_fkey FOREIGN KEY (view_location_id) REFERENCES odoo.stock_location (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_wh_input_stock_loc_id_fkey FOREIGN KEY (wh_input_stock_loc_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_wh_output_stock_loc_id_fkey FOREIGN KEY (wh_output_stock_loc_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_wh_pack_stock_loc_id_fkey FOREIGN KEY (wh_pack_stock_loc_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_wh_qc_stock_loc_id_fkey FOREIGN KEY (wh_qc_stock_loc_id) REFERENCES odoo.stock_location (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse ADD CONSTRAINT stock_warehouse_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_company_id_fkey FOREIGN KEY (company_id) REFERENCES odoo.res_company (id) ON DELETE RESTRICT;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_group_id_fkey FOREIGN KEY (group_id) REFERENCES odoo.procurement_group (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_location_id_fkey FOREIGN KEY (location_id) REFERENCES odoo.stock_location (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_product_category_id_fkey FOREIGN KEY (product_category_id) REFERENCES odoo.product_category (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_product_id_fkey FOREIGN KEY (product_id) REFERENCES odoo.product_product (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_route_id_fkey FOREIGN KEY (route_id) REFERENCES odoo.stock_route (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES odoo.product_supplierinfo (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_vendor_id_fkey FOREIGN KEY (vendor_id) REFERENCES odoo.res_partner (id) ON DELETE SET NULL;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES odoo.stock_warehouse (id) ON DELETE CASCADE;
ALTER TABLE odoo.stock_warehouse_orderpoint ADD CONSTRAINT stock_warehouse_orderpoint_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.uom_category ADD CONSTRAINT uom_category_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.uom_category ADD CONSTRAINT uom_category_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.uom_uom ADD CONSTRAINT uom_uom_category_id_fkey FOREIGN KEY (category_id) REFERENCES odoo.uom_category (id) ON DELETE RESTRICT;
ALTER TABLE odoo.uom_uom ADD CONSTRAINT uom_uom_create_uid_fkey FOREIGN KEY (create_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;
ALTER TABLE odoo.uom_uom ADD CONSTRAINT uom_uom_write_uid_fkey FOREIGN KEY (write_uid) REFERENCES odoo.res_users (id) ON DELETE SET NULL;

COMMENT ON TABLE odoo.account_account IS 'Account';
COMMENT ON COLUMN odoo.account_account.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_account.currency_id IS 'Account Currency';
COMMENT ON COLUMN odoo.account_account.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_account.group_id IS 'Group';
COMMENT ON COLUMN odoo.account_account.root_id IS 'Root';
COMMENT ON COLUMN odoo.account_account.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_account.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_account.name IS 'Account Name';
COMMENT ON COLUMN odoo.account_account.code IS 'Code';
COMMENT ON COLUMN odoo.account_account.account_type IS 'Type';
COMMENT ON COLUMN odoo.account_account.internal_group IS 'Internal Group';
COMMENT ON COLUMN odoo.account_account.note IS 'Internal Notes';
COMMENT ON COLUMN odoo.account_account.deprecated IS 'Deprecated';
COMMENT ON COLUMN odoo.account_account.include_initial_balance IS 'Bring Accounts Balance Forward';
COMMENT ON COLUMN odoo.account_account.reconcile IS 'Allow Reconciliation';
COMMENT ON COLUMN odoo.account_account.is_off_balance IS 'Is Off Balance';
COMMENT ON COLUMN odoo.account_account.non_trade IS 'Non Trade';
COMMENT ON COLUMN odoo.account_account.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_account.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_account_account_journal_rel IS 'RELATION BETWEEN account_account AND account_journal';
COMMENT ON TABLE odoo.account_account_account_tag IS 'RELATION BETWEEN account_account AND account_account_tag';
COMMENT ON TABLE odoo.account_account_tag IS 'Account Tag';
COMMENT ON COLUMN odoo.account_account_tag.color IS 'Color Index';
COMMENT ON COLUMN odoo.account_account_tag.country_id IS 'Country';
COMMENT ON COLUMN odoo.account_account_tag.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_account_tag.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_account_tag.name IS 'Tag Name';
COMMENT ON COLUMN odoo.account_account_tag.applicability IS 'Applicability';
COMMENT ON COLUMN odoo.account_account_tag.active IS 'Active';
COMMENT ON COLUMN odoo.account_account_tag.tax_negate IS 'Negate Tax Balance';
COMMENT ON COLUMN odoo.account_account_tag.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_account_tag.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_account_tag_account_move_line_rel IS 'RELATION BETWEEN account_move_line AND account_account_tag';
COMMENT ON TABLE odoo.account_account_tag_account_tax_repartition_line_rel IS 'RELATION BETWEEN account_tax_repartition_line AND account_account_tag';
COMMENT ON TABLE odoo.account_account_tax_default_rel IS 'RELATION BETWEEN account_account AND account_tax';
COMMENT ON TABLE odoo.account_account_type IS 'Account Account Type';
COMMENT ON COLUMN odoo.account_account_type.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_account_type.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_account_type.type IS 'Type';
COMMENT ON COLUMN odoo.account_account_type.name IS 'Name';
COMMENT ON COLUMN odoo.account_account_type.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_account_type.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_analytic_account IS 'Analytic Account';
COMMENT ON COLUMN odoo.account_analytic_account.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_analytic_account.plan_id IS 'Plan';
COMMENT ON COLUMN odoo.account_analytic_account.root_plan_id IS 'Root Plan';
COMMENT ON COLUMN odoo.account_analytic_account.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_analytic_account.partner_id IS 'Customer';
COMMENT ON COLUMN odoo.account_analytic_account.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_analytic_account.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_analytic_account.name IS 'Analytic Account';
COMMENT ON COLUMN odoo.account_analytic_account.code IS 'Reference';
COMMENT ON COLUMN odoo.account_analytic_account.active IS 'Active';
COMMENT ON COLUMN odoo.account_analytic_account.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_analytic_account.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_analytic_applicability IS 'Analytic Plan''s Applicabilities';
COMMENT ON COLUMN odoo.account_analytic_applicability.analytic_plan_id IS 'Analytic Plan';
COMMENT ON COLUMN odoo.account_analytic_applicability.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_analytic_applicability.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_analytic_applicability.business_domain IS 'Domain';
COMMENT ON COLUMN odoo.account_analytic_applicability.applicability IS 'Applicability';
COMMENT ON COLUMN odoo.account_analytic_applicability.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_analytic_applicability.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_analytic_applicability.product_categ_id IS 'Product Category';
COMMENT ON COLUMN odoo.account_analytic_applicability.account_prefix IS 'Financial Accounts Prefix';
COMMENT ON TABLE odoo.account_analytic_distribution_model IS 'Analytic Distribution Model';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.partner_category_id IS 'Partner Category';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.analytic_distribution IS 'Analytic';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.product_id IS 'Product';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.product_categ_id IS 'Product Category';
COMMENT ON COLUMN odoo.account_analytic_distribution_model.account_prefix IS 'Accounts Prefix';
COMMENT ON TABLE odoo.account_analytic_line IS 'Analytic Line';
COMMENT ON COLUMN odoo.account_analytic_line.product_uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.account_analytic_line.account_id IS 'Analytic Account';
COMMENT ON COLUMN odoo.account_analytic_line.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.account_analytic_line.user_id IS 'User';
COMMENT ON COLUMN odoo.account_analytic_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_analytic_line.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.account_analytic_line.plan_id IS 'Plan';
COMMENT ON COLUMN odoo.account_analytic_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_analytic_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_analytic_line.name IS 'Description';
COMMENT ON COLUMN odoo.account_analytic_line.category IS 'Category';
COMMENT ON COLUMN odoo.account_analytic_line.date IS 'Date';
COMMENT ON COLUMN odoo.account_analytic_line.amount IS 'Amount';
COMMENT ON COLUMN odoo.account_analytic_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_analytic_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_analytic_line.unit_amount IS 'Quantity';
COMMENT ON COLUMN odoo.account_analytic_line.product_id IS 'Product';
COMMENT ON COLUMN odoo.account_analytic_line.general_account_id IS 'Financial Account';
COMMENT ON COLUMN odoo.account_analytic_line.journal_id IS 'Financial Journal';
COMMENT ON COLUMN odoo.account_analytic_line.move_line_id IS 'Journal Item';
COMMENT ON COLUMN odoo.account_analytic_line.code IS 'Code';
COMMENT ON COLUMN odoo.account_analytic_line.ref IS 'Ref.';
COMMENT ON COLUMN odoo.account_analytic_line.so_line IS 'Sales Order Item';
COMMENT ON TABLE odoo.account_analytic_plan IS 'Analytic Plans';
COMMENT ON COLUMN odoo.account_analytic_plan.parent_id IS 'Parent';
COMMENT ON COLUMN odoo.account_analytic_plan.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_analytic_plan.color IS 'Color';
COMMENT ON COLUMN odoo.account_analytic_plan.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_analytic_plan.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_analytic_plan.name IS 'Name';
COMMENT ON COLUMN odoo.account_analytic_plan.parent_path IS 'Parent Path';
COMMENT ON COLUMN odoo.account_analytic_plan.complete_name IS 'Complete Name';
COMMENT ON COLUMN odoo.account_analytic_plan.default_applicability IS 'Default Applicability';
COMMENT ON COLUMN odoo.account_analytic_plan.description IS 'Description';
COMMENT ON COLUMN odoo.account_analytic_plan.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_analytic_plan.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_asset_asset IS 'Asset/Revenue Recognition';
COMMENT ON COLUMN odoo.account_asset_asset.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_asset_asset.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.account_asset_asset.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_asset_asset.category_id IS 'Category';
COMMENT ON COLUMN odoo.account_asset_asset.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.account_asset_asset.method_number IS 'Number of Depreciations';
COMMENT ON COLUMN odoo.account_asset_asset.method_period IS 'Number of Months in a Period';
COMMENT ON COLUMN odoo.account_asset_asset.invoice_id IS 'Invoice';
COMMENT ON COLUMN odoo.account_asset_asset.account_analytic_id IS 'Analytic Account';
COMMENT ON COLUMN odoo.account_asset_asset.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_asset_asset.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_asset_asset.name IS 'Asset Name';
COMMENT ON COLUMN odoo.account_asset_asset.code IS 'Reference';
COMMENT ON COLUMN odoo.account_asset_asset.state IS 'Status';
COMMENT ON COLUMN odoo.account_asset_asset.method IS 'Computation Method';
COMMENT ON COLUMN odoo.account_asset_asset.method_time IS 'Time Method';
COMMENT ON COLUMN odoo.account_asset_asset.date_first_depreciation IS 'Depreciation Dates';
COMMENT ON COLUMN odoo.account_asset_asset.date IS 'Date';
COMMENT ON COLUMN odoo.account_asset_asset.method_end IS 'Ending Date';
COMMENT ON COLUMN odoo.account_asset_asset.first_depreciation_manual_date IS 'First Depreciation Date';
COMMENT ON COLUMN odoo.account_asset_asset.analytic_distribution IS 'Analytic';
COMMENT ON COLUMN odoo.account_asset_asset.note IS 'Note';
COMMENT ON COLUMN odoo.account_asset_asset.value IS 'Gross Value';
COMMENT ON COLUMN odoo.account_asset_asset.salvage_value IS 'Salvage Value';
COMMENT ON COLUMN odoo.account_asset_asset.active IS 'Active';
COMMENT ON COLUMN odoo.account_asset_asset.prorata IS 'Prorata Temporis';
COMMENT ON COLUMN odoo.account_asset_asset.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_asset_asset.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_asset_asset.method_progress_factor IS 'Degressive Factor';
COMMENT ON TABLE odoo.account_asset_category IS 'Asset category';
COMMENT ON COLUMN odoo.account_asset_category.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_asset_category.account_analytic_id IS 'Analytic Account';
COMMENT ON COLUMN odoo.account_asset_category.account_asset_id IS 'Asset Account';
COMMENT ON COLUMN odoo.account_asset_category.account_depreciation_id IS 'Depreciation Entries: Asset Account';
COMMENT ON COLUMN odoo.account_asset_category.account_depreciation_expense_id IS 'Depreciation Entries: Expense Account';
COMMENT ON COLUMN odoo.account_asset_category.journal_id IS 'Journal';
COMMENT ON COLUMN odoo.account_asset_category.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_asset_category.method_number IS 'Number of Depreciations';
COMMENT ON COLUMN odoo.account_asset_category.method_period IS 'Period Length';
COMMENT ON COLUMN odoo.account_asset_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_asset_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_asset_category.name IS 'Asset Type';
COMMENT ON COLUMN odoo.account_asset_category.method IS 'Computation Method';
COMMENT ON COLUMN odoo.account_asset_category.method_time IS 'Time Method';
COMMENT ON COLUMN odoo.account_asset_category.type IS 'Type';
COMMENT ON COLUMN odoo.account_asset_category.date_first_depreciation IS 'Depreciation Dates';
COMMENT ON COLUMN odoo.account_asset_category.method_end IS 'Ending date';
COMMENT ON COLUMN odoo.account_asset_category.analytic_distribution IS 'Analytic';
COMMENT ON COLUMN odoo.account_asset_category.active IS 'Active';
COMMENT ON COLUMN odoo.account_asset_category.prorata IS 'Prorata Temporis';
COMMENT ON COLUMN odoo.account_asset_category.open_asset IS 'Auto-Confirm Assets';
COMMENT ON COLUMN odoo.account_asset_category.group_entries IS 'Group Journal Entries';
COMMENT ON COLUMN odoo.account_asset_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_asset_category.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_asset_category.method_progress_factor IS 'Degressive Factor';
COMMENT ON TABLE odoo.account_asset_depreciation_line IS 'Asset depreciation line';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.asset_id IS 'Asset';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.move_id IS 'Depreciation Entry';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.name IS 'Depreciation Name';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.depreciation_date IS 'Depreciation Date';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.amount IS 'Current Depreciation';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.remaining_value IS 'Next Period Depreciation';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.depreciated_value IS 'Cumulative Depreciation';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.move_check IS 'Linked';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.move_posted_check IS 'Posted';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_asset_depreciation_line.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_bank_statement IS 'Bank Statement';
COMMENT ON COLUMN odoo.account_bank_statement.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_bank_statement.journal_id IS 'Journal';
COMMENT ON COLUMN odoo.account_bank_statement.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_bank_statement.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_bank_statement.name IS 'Reference';
COMMENT ON COLUMN odoo.account_bank_statement.reference IS 'External Reference';
COMMENT ON COLUMN odoo.account_bank_statement.first_line_index IS 'First Line Index';
COMMENT ON COLUMN odoo.account_bank_statement.date IS 'Date';
COMMENT ON COLUMN odoo.account_bank_statement.balance_start IS 'Starting Balance';
COMMENT ON COLUMN odoo.account_bank_statement.balance_end IS 'Computed Balance';
COMMENT ON COLUMN odoo.account_bank_statement.balance_end_real IS 'Ending Balance';
COMMENT ON COLUMN odoo.account_bank_statement.is_complete IS 'Is Complete';
COMMENT ON COLUMN odoo.account_bank_statement.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_bank_statement.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_bank_statement_line IS 'Bank Statement Line';
COMMENT ON COLUMN odoo.account_bank_statement_line.move_id IS 'Journal Entry';
COMMENT ON COLUMN odoo.account_bank_statement_line.statement_id IS 'Statement';
COMMENT ON COLUMN odoo.account_bank_statement_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_bank_statement_line.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.account_bank_statement_line.currency_id IS 'Journal Currency';
COMMENT ON COLUMN odoo.account_bank_statement_line.foreign_currency_id IS 'Foreign Currency';
COMMENT ON COLUMN odoo.account_bank_statement_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_bank_statement_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_bank_statement_line.account_number IS 'Bank Account Number';
COMMENT ON COLUMN odoo.account_bank_statement_line.partner_name IS 'Partner Name';
COMMENT ON COLUMN odoo.account_bank_statement_line.transaction_type IS 'Transaction Type';
COMMENT ON COLUMN odoo.account_bank_statement_line.payment_ref IS 'Label';
COMMENT ON COLUMN odoo.account_bank_statement_line.internal_index IS 'Internal Reference';
COMMENT ON COLUMN odoo.account_bank_statement_line.amount IS 'Amount';
COMMENT ON COLUMN odoo.account_bank_statement_line.amount_currency IS 'Amount in Currency';
COMMENT ON COLUMN odoo.account_bank_statement_line.is_reconciled IS 'Is Reconciled';
COMMENT ON COLUMN odoo.account_bank_statement_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_bank_statement_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_bank_statement_line.amount_residual IS 'Residual Amount';
COMMENT ON COLUMN odoo.account_bank_statement_line.pos_session_id IS 'Session';
COMMENT ON COLUMN odoo.account_bank_statement_line.unique_import_id IS 'Import ID';
COMMENT ON TABLE odoo.account_budget_post IS 'Budgetary Position';
COMMENT ON COLUMN odoo.account_budget_post.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_budget_post.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_budget_post.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_budget_post.name IS 'Name';
COMMENT ON COLUMN odoo.account_budget_post.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_budget_post.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_budget_rel IS 'RELATION BETWEEN account_budget_post AND account_account';
COMMENT ON TABLE odoo.account_cash_rounding IS 'Account Cash Rounding';
COMMENT ON COLUMN odoo.account_cash_rounding.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_cash_rounding.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_cash_rounding.strategy IS 'Rounding Strategy';
COMMENT ON COLUMN odoo.account_cash_rounding.rounding_method IS 'Rounding Method';
COMMENT ON COLUMN odoo.account_cash_rounding.name IS 'Name';
COMMENT ON COLUMN odoo.account_cash_rounding.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_cash_rounding.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_cash_rounding.rounding IS 'Rounding Precision';
COMMENT ON TABLE odoo.account_fiscal_position IS 'Fiscal Position';
COMMENT ON COLUMN odoo.account_fiscal_position.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_fiscal_position.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_fiscal_position.country_id IS 'Country';
COMMENT ON COLUMN odoo.account_fiscal_position.country_group_id IS 'Country Group';
COMMENT ON COLUMN odoo.account_fiscal_position.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_fiscal_position.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_fiscal_position.name IS 'Fiscal Position';
COMMENT ON COLUMN odoo.account_fiscal_position.zip_from IS 'Zip Range From';
COMMENT ON COLUMN odoo.account_fiscal_position.zip_to IS 'Zip Range To';
COMMENT ON COLUMN odoo.account_fiscal_position.foreign_vat IS 'Foreign Tax ID';
COMMENT ON COLUMN odoo.account_fiscal_position.note IS 'Notes';
COMMENT ON COLUMN odoo.account_fiscal_position.active IS 'Active';
COMMENT ON COLUMN odoo.account_fiscal_position.auto_apply IS 'Detect Automatically';
COMMENT ON COLUMN odoo.account_fiscal_position.vat_required IS 'VAT required';
COMMENT ON COLUMN odoo.account_fiscal_position.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_fiscal_position.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_fiscal_position_account IS 'Accounts Mapping of Fiscal Position';
COMMENT ON COLUMN odoo.account_fiscal_position_account.position_id IS 'Fiscal Position';
COMMENT ON COLUMN odoo.account_fiscal_position_account.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_fiscal_position_account.account_src_id IS 'Account on Product';
COMMENT ON COLUMN odoo.account_fiscal_position_account.account_dest_id IS 'Account to Use Instead';
COMMENT ON COLUMN odoo.account_fiscal_position_account.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_fiscal_position_account.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_fiscal_position_account.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_fiscal_position_account.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_fiscal_position_res_country_state_rel IS 'RELATION BETWEEN account_fiscal_position AND res_country_state';
COMMENT ON TABLE odoo.account_fiscal_position_tax IS 'Tax Mapping of Fiscal Position';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.position_id IS 'Fiscal Position';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.tax_src_id IS 'Tax on Product';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.tax_dest_id IS 'Tax to Apply';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_fiscal_position_tax.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_fiscal_year IS 'Fiscal Year';
COMMENT ON COLUMN odoo.account_fiscal_year.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_fiscal_year.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_fiscal_year.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_fiscal_year.name IS 'Name';
COMMENT ON COLUMN odoo.account_fiscal_year.date_from IS 'Start Date';
COMMENT ON COLUMN odoo.account_fiscal_year.date_to IS 'End Date';
COMMENT ON COLUMN odoo.account_fiscal_year.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_fiscal_year.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_full_reconcile IS 'Full Reconcile';
COMMENT ON COLUMN odoo.account_full_reconcile.exchange_move_id IS 'Exchange Move';
COMMENT ON COLUMN odoo.account_full_reconcile.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_full_reconcile.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_full_reconcile.name IS 'Number';
COMMENT ON COLUMN odoo.account_full_reconcile.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_full_reconcile.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_group IS 'Account Group';
COMMENT ON COLUMN odoo.account_group.parent_id IS 'Parent';
COMMENT ON COLUMN odoo.account_group.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_group.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_group.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_group.parent_path IS 'Parent Path';
COMMENT ON COLUMN odoo.account_group.name IS 'Name';
COMMENT ON COLUMN odoo.account_group.code_prefix_start IS 'Code Prefix Start';
COMMENT ON COLUMN odoo.account_group.code_prefix_end IS 'Code Prefix End';
COMMENT ON COLUMN odoo.account_group.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_group.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_incoterms IS 'Incoterms';
COMMENT ON COLUMN odoo.account_incoterms.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_incoterms.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_incoterms.code IS 'Code';
COMMENT ON COLUMN odoo.account_incoterms.name IS 'Name';
COMMENT ON COLUMN odoo.account_incoterms.active IS 'Active';
COMMENT ON COLUMN odoo.account_incoterms.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_incoterms.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_journal IS 'Journal';
COMMENT ON COLUMN odoo.account_journal.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_journal.default_account_id IS 'Default Account';
COMMENT ON COLUMN odoo.account_journal.suspense_account_id IS 'Suspense Account';
COMMENT ON COLUMN odoo.account_journal.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_journal.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.account_journal.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_journal.profit_account_id IS 'Profit Account';
COMMENT ON COLUMN odoo.account_journal.loss_account_id IS 'Loss Account';
COMMENT ON COLUMN odoo.account_journal.bank_account_id IS 'Bank Account';
COMMENT ON COLUMN odoo.account_journal.sale_activity_type_id IS 'Schedule Activity';
COMMENT ON COLUMN odoo.account_journal.sale_activity_user_id IS 'Activity User';
COMMENT ON COLUMN odoo.account_journal.alias_id IS 'Email Alias';
COMMENT ON COLUMN odoo.account_journal.secure_sequence_id IS 'Secure Sequence';
COMMENT ON COLUMN odoo.account_journal.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_journal.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_journal.color IS 'Color Index';
COMMENT ON COLUMN odoo.account_journal.name IS 'Journal Name';
COMMENT ON COLUMN odoo.account_journal.code IS 'Short Code';
COMMENT ON COLUMN odoo.account_journal.type IS 'Type';
COMMENT ON COLUMN odoo.account_journal.invoice_reference_type IS 'Communication Type';
COMMENT ON COLUMN odoo.account_journal.invoice_reference_model IS 'Communication Standard';
COMMENT ON COLUMN odoo.account_journal.bank_statements_source IS 'Bank Feeds';
COMMENT ON COLUMN odoo.account_journal.sequence_override_regex IS 'Sequence Override Regex';
COMMENT ON COLUMN odoo.account_journal.sale_activity_note IS 'Activity Summary';
COMMENT ON COLUMN odoo.account_journal.active IS 'Active';
COMMENT ON COLUMN odoo.account_journal.restrict_mode_hash_table IS 'Lock Posted Entries with Hash';
COMMENT ON COLUMN odoo.account_journal.refund_sequence IS 'Dedicated Credit Note Sequence';
COMMENT ON COLUMN odoo.account_journal.payment_sequence IS 'Dedicated Payment Sequence';
COMMENT ON COLUMN odoo.account_journal.show_on_dashboard IS 'Show journal on dashboard';
COMMENT ON COLUMN odoo.account_journal.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_journal.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_journal.l10n_in_gstin_partner_id IS 'GSTIN Unit';
COMMENT ON TABLE odoo.account_journal_account_journal_group_rel IS 'RELATION BETWEEN account_journal_group AND account_journal';
COMMENT ON TABLE odoo.account_journal_account_reconcile_model_rel IS 'RELATION BETWEEN account_reconcile_model AND account_journal';
COMMENT ON TABLE odoo.account_journal_group IS 'Account Journal Group';
COMMENT ON COLUMN odoo.account_journal_group.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_journal_group.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_journal_group.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_journal_group.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_journal_group.name IS 'Journal Group';
COMMENT ON COLUMN odoo.account_journal_group.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_journal_group.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_move IS 'Journal Entry';
COMMENT ON COLUMN odoo.account_move.sequence_number IS 'Sequence Number';
COMMENT ON COLUMN odoo.account_move.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_move.journal_id IS 'Journal';
COMMENT ON COLUMN odoo.account_move.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_move.payment_id IS 'Payment';
COMMENT ON COLUMN odoo.account_move.statement_line_id IS 'Statement Line';
COMMENT ON COLUMN odoo.account_move.tax_cash_basis_rec_id IS 'Tax Cash Basis Entry of';
COMMENT ON COLUMN odoo.account_move.tax_cash_basis_origin_move_id IS 'Cash Basis Origin';
COMMENT ON COLUMN odoo.account_move.auto_post_origin_id IS 'First recurring entry';
COMMENT ON COLUMN odoo.account_move.secure_sequence_number IS 'Inalteralbility No Gap Sequence #';
COMMENT ON COLUMN odoo.account_move.invoice_payment_term_id IS 'Payment Terms';
COMMENT ON COLUMN odoo.account_move.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.account_move.commercial_partner_id IS 'Commercial Entity';
COMMENT ON COLUMN odoo.account_move.partner_shipping_id IS 'Delivery Address';
COMMENT ON COLUMN odoo.account_move.partner_bank_id IS 'Recipient Bank';
COMMENT ON COLUMN odoo.account_move.fiscal_position_id IS 'Fiscal Position';
COMMENT ON COLUMN odoo.account_move.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.account_move.reversed_entry_id IS 'Reversal of';
COMMENT ON COLUMN odoo.account_move.invoice_user_id IS 'Salesperson';
COMMENT ON COLUMN odoo.account_move.invoice_incoterm_id IS 'Incoterm';
COMMENT ON COLUMN odoo.account_move.invoice_cash_rounding_id IS 'Cash Rounding Method';
COMMENT ON COLUMN odoo.account_move.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_move.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_move.sequence_prefix IS 'Sequence Prefix';
COMMENT ON COLUMN odoo.account_move.access_token IS 'Security Token';
COMMENT ON COLUMN odoo.account_move.name IS 'Number';
COMMENT ON COLUMN odoo.account_move.ref IS 'Reference';
COMMENT ON COLUMN odoo.account_move.state IS 'Status';
COMMENT ON COLUMN odoo.account_move.move_type IS 'Type';
COMMENT ON COLUMN odoo.account_move.auto_post IS 'Auto-post';
COMMENT ON COLUMN odoo.account_move.inalterable_hash IS 'Inalterability Hash';
COMMENT ON COLUMN odoo.account_move.payment_reference IS 'Payment Reference';
COMMENT ON COLUMN odoo.account_move.qr_code_method IS 'Payment QR-code';
COMMENT ON COLUMN odoo.account_move.payment_state IS 'Payment Status';
COMMENT ON COLUMN odoo.account_move.invoice_source_email IS 'Source Email';
COMMENT ON COLUMN odoo.account_move.invoice_partner_display_name IS 'Invoice Partner Display Name';
COMMENT ON COLUMN odoo.account_move.invoice_origin IS 'Origin';
COMMENT ON COLUMN odoo.account_move.date IS 'Date';
COMMENT ON COLUMN odoo.account_move.auto_post_until IS 'Auto-post until';
COMMENT ON COLUMN odoo.account_move.invoice_date IS 'Invoice/Bill Date';
COMMENT ON COLUMN odoo.account_move.invoice_date_due IS 'Due Date';
COMMENT ON COLUMN odoo.account_move.narration IS 'Terms and Conditions';
COMMENT ON COLUMN odoo.account_move.amount_untaxed IS 'Untaxed Amount';
COMMENT ON COLUMN odoo.account_move.amount_tax IS 'Tax';
COMMENT ON COLUMN odoo.account_move.amount_total IS 'Total';
COMMENT ON COLUMN odoo.account_move.amount_residual IS 'Amount Due';
COMMENT ON COLUMN odoo.account_move.amount_untaxed_signed IS 'Untaxed Amount Signed';
COMMENT ON COLUMN odoo.account_move.amount_tax_signed IS 'Tax Signed';
COMMENT ON COLUMN odoo.account_move.amount_total_signed IS 'Total Signed';
COMMENT ON COLUMN odoo.account_move.amount_total_in_currency_signed IS 'Total in Currency Signed';
COMMENT ON COLUMN odoo.account_move.amount_residual_signed IS 'Amount Due Signed';
COMMENT ON COLUMN odoo.account_move.quick_edit_total_amount IS 'Total (Tax inc.)';
COMMENT ON COLUMN odoo.account_move.is_storno IS 'Is Storno';
COMMENT ON COLUMN odoo.account_move.always_tax_exigible IS 'Always Tax Exigible';
COMMENT ON COLUMN odoo.account_move.to_check IS 'To Check';
COMMENT ON COLUMN odoo.account_move.posted_before IS 'Posted Before';
COMMENT ON COLUMN odoo.account_move.is_move_sent IS 'Is Move Sent';
COMMENT ON COLUMN odoo.account_move.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_move.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_move.edi_state IS 'Electronic invoicing';
COMMENT ON COLUMN odoo.account_move.stock_move_id IS 'Stock Move';
COMMENT ON COLUMN odoo.account_move.l10n_in_state_id IS 'Location of supply';
COMMENT ON COLUMN odoo.account_move.l10n_in_shipping_port_code_id IS 'Port code';
COMMENT ON COLUMN odoo.account_move.l10n_in_reseller_partner_id IS 'Reseller';
COMMENT ON COLUMN odoo.account_move.l10n_in_gst_treatment IS 'GST Treatment';
COMMENT ON COLUMN odoo.account_move.l10n_in_gstin IS 'GSTIN';
COMMENT ON COLUMN odoo.account_move.l10n_in_shipping_bill_number IS 'Shipping bill number';
COMMENT ON COLUMN odoo.account_move.l10n_in_shipping_bill_date IS 'Shipping bill date';
COMMENT ON COLUMN odoo.account_move.campaign_id IS 'Campaign';
COMMENT ON COLUMN odoo.account_move.source_id IS 'Source';
COMMENT ON COLUMN odoo.account_move.medium_id IS 'Medium';
COMMENT ON COLUMN odoo.account_move.team_id IS 'Sales Team';
COMMENT ON COLUMN odoo.account_move.website_id IS 'Website';
COMMENT ON TABLE odoo.account_move_line IS 'Journal Item';
COMMENT ON COLUMN odoo.account_move_line.move_id IS 'Journal Entry';
COMMENT ON COLUMN odoo.account_move_line.journal_id IS 'Journal';
COMMENT ON COLUMN odoo.account_move_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_move_line.company_currency_id IS 'Company Currency';
COMMENT ON COLUMN odoo.account_move_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_move_line.account_id IS 'Account';
COMMENT ON COLUMN odoo.account_move_line.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.account_move_line.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.account_move_line.reconcile_model_id IS 'Reconciliation Model';
COMMENT ON COLUMN odoo.account_move_line.payment_id IS 'Originator Payment';
COMMENT ON COLUMN odoo.account_move_line.statement_line_id IS 'Originator Statement Line';
COMMENT ON COLUMN odoo.account_move_line.statement_id IS 'Statement';
COMMENT ON COLUMN odoo.account_move_line.group_tax_id IS 'Originator Group of Taxes';
COMMENT ON COLUMN odoo.account_move_line.tax_line_id IS 'Originator Tax';
COMMENT ON COLUMN odoo.account_move_line.tax_group_id IS 'Originator tax group';
COMMENT ON COLUMN odoo.account_move_line.tax_repartition_line_id IS 'Originator Tax Distribution Line';
COMMENT ON COLUMN odoo.account_move_line.full_reconcile_id IS 'Matching';
COMMENT ON COLUMN odoo.account_move_line.account_root_id IS 'Account Root';
COMMENT ON COLUMN odoo.account_move_line.product_id IS 'Product';
COMMENT ON COLUMN odoo.account_move_line.product_uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.account_move_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_move_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_move_line.move_name IS 'Number';
COMMENT ON COLUMN odoo.account_move_line.parent_state IS 'Status';
COMMENT ON COLUMN odoo.account_move_line.ref IS 'Reference';
COMMENT ON COLUMN odoo.account_move_line.name IS 'Label';
COMMENT ON COLUMN odoo.account_move_line.tax_audit IS 'Tax Audit String';
COMMENT ON COLUMN odoo.account_move_line.matching_number IS 'Matching #';
COMMENT ON COLUMN odoo.account_move_line.display_type IS 'Display Type';
COMMENT ON COLUMN odoo.account_move_line.date IS 'Date';
COMMENT ON COLUMN odoo.account_move_line.date_maturity IS 'Due Date';
COMMENT ON COLUMN odoo.account_move_line.discount_date IS 'Discount Date';
COMMENT ON COLUMN odoo.account_move_line.analytic_distribution IS 'Analytic';
COMMENT ON COLUMN odoo.account_move_line.debit IS 'Debit';
COMMENT ON COLUMN odoo.account_move_line.credit IS 'Credit';
COMMENT ON COLUMN odoo.account_move_line.balance IS 'Balance';
COMMENT ON COLUMN odoo.account_move_line.amount_currency IS 'Amount in Currency';
COMMENT ON COLUMN odoo.account_move_line.tax_base_amount IS 'Base Amount';
COMMENT ON COLUMN odoo.account_move_line.amount_residual IS 'Residual Amount';
COMMENT ON COLUMN odoo.account_move_line.amount_residual_currency IS 'Residual Amount in Currency';
COMMENT ON COLUMN odoo.account_move_line.quantity IS 'Quantity';
COMMENT ON COLUMN odoo.account_move_line.price_unit IS 'Unit Price';
COMMENT ON COLUMN odoo.account_move_line.price_subtotal IS 'Subtotal';
COMMENT ON COLUMN odoo.account_move_line.price_total IS 'Total';
COMMENT ON COLUMN odoo.account_move_line.discount IS 'Discount (%)';
COMMENT ON COLUMN odoo.account_move_line.discount_amount_currency IS 'Discount amount in Currency';
COMMENT ON COLUMN odoo.account_move_line.discount_balance IS 'Discount Balance';
COMMENT ON COLUMN odoo.account_move_line.tax_tag_invert IS 'Invert Tags';
COMMENT ON COLUMN odoo.account_move_line.reconciled IS 'Reconciled';
COMMENT ON COLUMN odoo.account_move_line.blocked IS 'No Follow-up';
COMMENT ON COLUMN odoo.account_move_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_move_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_move_line.discount_percentage IS 'Discount Percentage';
COMMENT ON COLUMN odoo.account_move_line.is_downpayment IS 'Is Downpayment';
COMMENT ON COLUMN odoo.account_move_line.purchase_line_id IS 'Purchase Order Line';
COMMENT ON COLUMN odoo.account_move_line.asset_category_id IS 'Asset Category';
COMMENT ON COLUMN odoo.account_move_line.asset_start_date IS 'Asset Start Date';
COMMENT ON COLUMN odoo.account_move_line.asset_end_date IS 'Asset End Date';
COMMENT ON COLUMN odoo.account_move_line.asset_mrr IS 'Monthly Recurring Revenue';
COMMENT ON COLUMN odoo.account_move_line.followup_line_id IS 'Follow-up Level';
COMMENT ON COLUMN odoo.account_move_line.followup_date IS 'Latest Follow-up';
COMMENT ON TABLE odoo.account_move_line_account_tax_rel IS 'RELATION BETWEEN account_move_line AND account_tax';
COMMENT ON TABLE odoo.account_move_purchase_order_rel IS 'RELATION BETWEEN purchase_order AND account_move';
COMMENT ON TABLE odoo.account_partial_reconcile IS 'Partial Reconcile';
COMMENT ON COLUMN odoo.account_partial_reconcile.debit_move_id IS 'Debit Move';
COMMENT ON COLUMN odoo.account_partial_reconcile.credit_move_id IS 'Credit Move';
COMMENT ON COLUMN odoo.account_partial_reconcile.full_reconcile_id IS 'Full Reconcile';
COMMENT ON COLUMN odoo.account_partial_reconcile.exchange_move_id IS 'Exchange Move';
COMMENT ON COLUMN odoo.account_partial_reconcile.debit_currency_id IS 'Currency of the debit journal item.';
COMMENT ON COLUMN odoo.account_partial_reconcile.credit_currency_id IS 'Currency of the credit journal item.';
COMMENT ON COLUMN odoo.account_partial_reconcile.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_partial_reconcile.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_partial_reconcile.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_partial_reconcile.max_date IS 'Max Date of Matched Lines';
COMMENT ON COLUMN odoo.account_partial_reconcile.amount IS 'Amount';
COMMENT ON COLUMN odoo.account_partial_reconcile.debit_amount_currency IS 'Debit Amount Currency';
COMMENT ON COLUMN odoo.account_partial_reconcile.credit_amount_currency IS 'Credit Amount Currency';
COMMENT ON COLUMN odoo.account_partial_reconcile.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_partial_reconcile.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_payment IS 'Payments';
COMMENT ON COLUMN odoo.account_payment.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_payment.move_id IS 'Journal Entry';
COMMENT ON COLUMN odoo.account_payment.partner_bank_id IS 'Recipient Bank Account';
COMMENT ON COLUMN odoo.account_payment.paired_internal_transfer_payment_id IS 'Paired Internal Transfer Payment';
COMMENT ON COLUMN odoo.account_payment.payment_method_line_id IS 'Payment Method';
COMMENT ON COLUMN odoo.account_payment.payment_method_id IS 'Method';
COMMENT ON COLUMN odoo.account_payment.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.account_payment.partner_id IS 'Customer/Vendor';
COMMENT ON COLUMN odoo.account_payment.outstanding_account_id IS 'Outstanding Account';
COMMENT ON COLUMN odoo.account_payment.destination_account_id IS 'Destination Account';
COMMENT ON COLUMN odoo.account_payment.destination_journal_id IS 'Destination Journal';
COMMENT ON COLUMN odoo.account_payment.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_payment.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_payment.payment_type IS 'Payment Type';
COMMENT ON COLUMN odoo.account_payment.partner_type IS 'Partner Type';
COMMENT ON COLUMN odoo.account_payment.payment_reference IS 'Payment Reference';
COMMENT ON COLUMN odoo.account_payment.amount IS 'Amount';
COMMENT ON COLUMN odoo.account_payment.amount_company_currency_signed IS 'Amount Company Currency Signed';
COMMENT ON COLUMN odoo.account_payment.is_reconciled IS 'Is Reconciled';
COMMENT ON COLUMN odoo.account_payment.is_matched IS 'Is Matched With a Bank Statement';
COMMENT ON COLUMN odoo.account_payment.is_internal_transfer IS 'Internal Transfer';
COMMENT ON COLUMN odoo.account_payment.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_payment.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_payment.payment_transaction_id IS 'Payment Transaction';
COMMENT ON COLUMN odoo.account_payment.payment_token_id IS 'Saved Payment Token';
COMMENT ON COLUMN odoo.account_payment.source_payment_id IS 'Source Payment';
COMMENT ON COLUMN odoo.account_payment.pos_payment_method_id IS 'POS Payment Method';
COMMENT ON COLUMN odoo.account_payment.force_outstanding_account_id IS 'Forced Outstanding Account';
COMMENT ON COLUMN odoo.account_payment.pos_session_id IS 'POS Session';
COMMENT ON TABLE odoo.account_payment_account_bank_statement_line_rel IS 'RELATION BETWEEN account_bank_statement_line AND account_payment';
COMMENT ON TABLE odoo.account_payment_method IS 'Payment Methods';
COMMENT ON COLUMN odoo.account_payment_method.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_payment_method.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_payment_method.code IS 'Code';
COMMENT ON COLUMN odoo.account_payment_method.payment_type IS 'Payment Type';
COMMENT ON COLUMN odoo.account_payment_method.name IS 'Name';
COMMENT ON COLUMN odoo.account_payment_method.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_payment_method.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_payment_method_line IS 'Payment Methods';
COMMENT ON COLUMN odoo.account_payment_method_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_payment_method_line.payment_method_id IS 'Payment Method';
COMMENT ON COLUMN odoo.account_payment_method_line.payment_account_id IS 'Payment Account';
COMMENT ON COLUMN odoo.account_payment_method_line.journal_id IS 'Journal';
COMMENT ON COLUMN odoo.account_payment_method_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_payment_method_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_payment_method_line.name IS 'Name';
COMMENT ON COLUMN odoo.account_payment_method_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_payment_method_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_payment_method_line.payment_provider_id IS 'Payment Provider';
COMMENT ON TABLE odoo.account_payment_term IS 'Payment Terms';
COMMENT ON COLUMN odoo.account_payment_term.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_payment_term.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_payment_term.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_payment_term.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_payment_term.name IS 'Payment Terms';
COMMENT ON COLUMN odoo.account_payment_term.note IS 'Description on the Invoice';
COMMENT ON COLUMN odoo.account_payment_term.active IS 'Active';
COMMENT ON COLUMN odoo.account_payment_term.display_on_invoice IS 'Display terms on invoice';
COMMENT ON COLUMN odoo.account_payment_term.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_payment_term.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_payment_term_line IS 'Payment Terms Line';
COMMENT ON COLUMN odoo.account_payment_term_line.months IS 'Months';
COMMENT ON COLUMN odoo.account_payment_term_line.days IS 'Days';
COMMENT ON COLUMN odoo.account_payment_term_line.days_after IS 'Days after End of month';
COMMENT ON COLUMN odoo.account_payment_term_line.discount_days IS 'Discount Days';
COMMENT ON COLUMN odoo.account_payment_term_line.payment_id IS 'Payment Terms';
COMMENT ON COLUMN odoo.account_payment_term_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_payment_term_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_payment_term_line.value IS 'Type';
COMMENT ON COLUMN odoo.account_payment_term_line.value_amount IS 'Value';
COMMENT ON COLUMN odoo.account_payment_term_line.end_month IS 'End of month';
COMMENT ON COLUMN odoo.account_payment_term_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_payment_term_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_payment_term_line.discount_percentage IS 'Discount %';
COMMENT ON TABLE odoo.account_reconcile_model IS 'Preset to create journal entries during a invoices and payments matching';
COMMENT ON COLUMN odoo.account_reconcile_model.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.account_reconcile_model.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_reconcile_model.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_reconcile_model.past_months_limit IS 'Search Months Limit';
COMMENT ON COLUMN odoo.account_reconcile_model.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_reconcile_model.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_reconcile_model.name IS 'Name';
COMMENT ON COLUMN odoo.account_reconcile_model.rule_type IS 'Type';
COMMENT ON COLUMN odoo.account_reconcile_model.matching_order IS 'Matching Order';
COMMENT ON COLUMN odoo.account_reconcile_model.match_nature IS 'Amount Type';
COMMENT ON COLUMN odoo.account_reconcile_model.match_amount IS 'Amount Condition';
COMMENT ON COLUMN odoo.account_reconcile_model.match_label IS 'Label';
COMMENT ON COLUMN odoo.account_reconcile_model.match_label_param IS 'Label Parameter';
COMMENT ON COLUMN odoo.account_reconcile_model.match_note IS 'Note';
COMMENT ON COLUMN odoo.account_reconcile_model.match_note_param IS 'Note Parameter';
COMMENT ON COLUMN odoo.account_reconcile_model.match_transaction_type IS 'Transaction Type';
COMMENT ON COLUMN odoo.account_reconcile_model.match_transaction_type_param IS 'Transaction Type Parameter';
COMMENT ON COLUMN odoo.account_reconcile_model.payment_tolerance_type IS 'Payment Tolerance Type';
COMMENT ON COLUMN odoo.account_reconcile_model.decimal_separator IS 'Decimal Separator';
COMMENT ON COLUMN odoo.account_reconcile_model.active IS 'Active';
COMMENT ON COLUMN odoo.account_reconcile_model.auto_reconcile IS 'Auto-validate';
COMMENT ON COLUMN odoo.account_reconcile_model.to_check IS 'To Check';
COMMENT ON COLUMN odoo.account_reconcile_model.match_text_location_label IS 'Match Text Location Label';
COMMENT ON COLUMN odoo.account_reconcile_model.match_text_location_note IS 'Match Text Location Note';
COMMENT ON COLUMN odoo.account_reconcile_model.match_text_location_reference IS 'Match Text Location Reference';
COMMENT ON COLUMN odoo.account_reconcile_model.match_same_currency IS 'Same Currency';
COMMENT ON COLUMN odoo.account_reconcile_model.allow_payment_tolerance IS 'Payment Tolerance';
COMMENT ON COLUMN odoo.account_reconcile_model.match_partner IS 'Partner is Set';
COMMENT ON COLUMN odoo.account_reconcile_model.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_reconcile_model.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_reconcile_model.match_amount_min IS 'Amount Min Parameter';
COMMENT ON COLUMN odoo.account_reconcile_model.match_amount_max IS 'Amount Max Parameter';
COMMENT ON COLUMN odoo.account_reconcile_model.payment_tolerance_param IS 'Gap';
COMMENT ON TABLE odoo.account_reconcile_model_line IS 'Rules for the reconciliation model';
COMMENT ON COLUMN odoo.account_reconcile_model_line.model_id IS 'Model';
COMMENT ON COLUMN odoo.account_reconcile_model_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_reconcile_model_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_reconcile_model_line.account_id IS 'Account';
COMMENT ON COLUMN odoo.account_reconcile_model_line.journal_id IS 'Journal';
COMMENT ON COLUMN odoo.account_reconcile_model_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_reconcile_model_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_reconcile_model_line.label IS 'Journal Item Label';
COMMENT ON COLUMN odoo.account_reconcile_model_line.amount_type IS 'Amount Type';
COMMENT ON COLUMN odoo.account_reconcile_model_line.amount_string IS 'Amount';
COMMENT ON COLUMN odoo.account_reconcile_model_line.analytic_distribution IS 'Analytic';
COMMENT ON COLUMN odoo.account_reconcile_model_line.force_tax_included IS 'Tax Included in Price';
COMMENT ON COLUMN odoo.account_reconcile_model_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_reconcile_model_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_reconcile_model_line.amount IS 'Float Amount';
COMMENT ON TABLE odoo.account_reconcile_model_line_account_tax_rel IS 'RELATION BETWEEN account_reconcile_model_line AND account_tax';
COMMENT ON TABLE odoo.account_reconcile_model_partner_mapping IS 'Partner mapping for reconciliation models';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.model_id IS 'Model';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.payment_ref_regex IS 'Find Text in Label';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.narration_regex IS 'Find Text in Notes';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_reconcile_model_partner_mapping.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_reconcile_model_res_partner_category_rel IS 'RELATION BETWEEN account_reconcile_model AND res_partner_category';
COMMENT ON TABLE odoo.account_reconcile_model_res_partner_rel IS 'RELATION BETWEEN account_reconcile_model AND res_partner';
COMMENT ON TABLE odoo.account_tax IS 'Tax';
COMMENT ON COLUMN odoo.account_tax.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_tax.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_tax.tax_group_id IS 'Tax Group';
COMMENT ON COLUMN odoo.account_tax.cash_basis_transition_account_id IS 'Cash Basis Transition Account';
COMMENT ON COLUMN odoo.account_tax.country_id IS 'Country';
COMMENT ON COLUMN odoo.account_tax.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_tax.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_tax.name IS 'Tax Name';
COMMENT ON COLUMN odoo.account_tax.type_tax_use IS 'Tax Type';
COMMENT ON COLUMN odoo.account_tax.tax_scope IS 'Tax Scope';
COMMENT ON COLUMN odoo.account_tax.amount_type IS 'Tax Computation';
COMMENT ON COLUMN odoo.account_tax.description IS 'Label on Invoices';
COMMENT ON COLUMN odoo.account_tax.tax_exigibility IS 'Tax Exigibility';
COMMENT ON COLUMN odoo.account_tax.amount IS 'Amount';
COMMENT ON COLUMN odoo.account_tax.active IS 'Active';
COMMENT ON COLUMN odoo.account_tax.price_include IS 'Included in Price';
COMMENT ON COLUMN odoo.account_tax.include_base_amount IS 'Affect Base of Subsequent Taxes';
COMMENT ON COLUMN odoo.account_tax.is_base_affected IS 'Base Affected by Previous Taxes';
COMMENT ON COLUMN odoo.account_tax.analytic IS 'Include in Analytic Cost';
COMMENT ON COLUMN odoo.account_tax.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_tax.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_tax.real_amount IS 'Real amount to apply';
COMMENT ON COLUMN odoo.account_tax.python_compute IS 'Python Code';
COMMENT ON COLUMN odoo.account_tax.python_applicable IS 'Applicable Code';
COMMENT ON COLUMN odoo.account_tax.l10n_in_reverse_charge IS 'Reverse charge';
COMMENT ON TABLE odoo.account_tax_filiation_rel IS 'RELATION BETWEEN account_tax AND account_tax';
COMMENT ON TABLE odoo.account_tax_group IS 'Tax Group';
COMMENT ON COLUMN odoo.account_tax_group.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_tax_group.country_id IS 'Country';
COMMENT ON COLUMN odoo.account_tax_group.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_tax_group.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_tax_group.preceding_subtotal IS 'Preceding Subtotal';
COMMENT ON COLUMN odoo.account_tax_group.name IS 'Name';
COMMENT ON COLUMN odoo.account_tax_group.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_tax_group.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.account_tax_purchase_order_line_rel IS 'RELATION BETWEEN purchase_order_line AND account_tax';
COMMENT ON TABLE odoo.account_tax_repartition_line IS 'Tax Repartition Line';
COMMENT ON COLUMN odoo.account_tax_repartition_line.account_id IS 'Account';
COMMENT ON COLUMN odoo.account_tax_repartition_line.invoice_tax_id IS 'Invoice Tax';
COMMENT ON COLUMN odoo.account_tax_repartition_line.refund_tax_id IS 'Refund Tax';
COMMENT ON COLUMN odoo.account_tax_repartition_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.account_tax_repartition_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.account_tax_repartition_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.account_tax_repartition_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.account_tax_repartition_line.repartition_type IS 'Based On';
COMMENT ON COLUMN odoo.account_tax_repartition_line.use_in_tax_closing IS 'Tax Closing Entry';
COMMENT ON COLUMN odoo.account_tax_repartition_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.account_tax_repartition_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.account_tax_repartition_line.factor_percent IS '%';
COMMENT ON TABLE odoo.account_tax_sale_order_line_rel IS 'RELATION BETWEEN sale_order_line AND account_tax';
COMMENT ON TABLE odoo.crm_tag IS 'CRM Tag';
COMMENT ON COLUMN odoo.crm_tag.color IS 'Color';
COMMENT ON COLUMN odoo.crm_tag.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.crm_tag.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.crm_tag.name IS 'Tag Name';
COMMENT ON COLUMN odoo.crm_tag.create_date IS 'Created on';
COMMENT ON COLUMN odoo.crm_tag.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.crm_team IS 'Sales Team';
COMMENT ON COLUMN odoo.crm_team.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.crm_team.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.crm_team.company_id IS 'Company';
COMMENT ON COLUMN odoo.crm_team.user_id IS 'Team Leader';
COMMENT ON COLUMN odoo.crm_team.color IS 'Color Index';
COMMENT ON COLUMN odoo.crm_team.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.crm_team.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.crm_team.name IS 'Sales Team';
COMMENT ON COLUMN odoo.crm_team.active IS 'Active';
COMMENT ON COLUMN odoo.crm_team.create_date IS 'Created on';
COMMENT ON COLUMN odoo.crm_team.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.crm_team.use_quotations IS 'Quotations';
COMMENT ON COLUMN odoo.crm_team.invoiced_target IS 'Invoicing Target';
COMMENT ON TABLE odoo.crm_team_member IS 'Sales Team Member';
COMMENT ON COLUMN odoo.crm_team_member.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.crm_team_member.crm_team_id IS 'Sales Team';
COMMENT ON COLUMN odoo.crm_team_member.user_id IS 'Salesperson';
COMMENT ON COLUMN odoo.crm_team_member.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.crm_team_member.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.crm_team_member.active IS 'Active';
COMMENT ON COLUMN odoo.crm_team_member.create_date IS 'Created on';
COMMENT ON COLUMN odoo.crm_team_member.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.crossovered_budget IS 'Budget';
COMMENT ON COLUMN odoo.crossovered_budget.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.crossovered_budget.user_id IS 'Responsible';
COMMENT ON COLUMN odoo.crossovered_budget.company_id IS 'Company';
COMMENT ON COLUMN odoo.crossovered_budget.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.crossovered_budget.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.crossovered_budget.name IS 'Budget Name';
COMMENT ON COLUMN odoo.crossovered_budget.state IS 'Status';
COMMENT ON COLUMN odoo.crossovered_budget.date_from IS 'Start Date';
COMMENT ON COLUMN odoo.crossovered_budget.date_to IS 'End Date';
COMMENT ON COLUMN odoo.crossovered_budget.create_date IS 'Created on';
COMMENT ON COLUMN odoo.crossovered_budget.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.crossovered_budget_lines IS 'Budget Line';
COMMENT ON COLUMN odoo.crossovered_budget_lines.crossovered_budget_id IS 'Budget';
COMMENT ON COLUMN odoo.crossovered_budget_lines.analytic_account_id IS 'Analytic Account';
COMMENT ON COLUMN odoo.crossovered_budget_lines.general_budget_id IS 'Budgetary Position';
COMMENT ON COLUMN odoo.crossovered_budget_lines.company_id IS 'Company';
COMMENT ON COLUMN odoo.crossovered_budget_lines.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.crossovered_budget_lines.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.crossovered_budget_lines.crossovered_budget_state IS 'Budget State';
COMMENT ON COLUMN odoo.crossovered_budget_lines.date_from IS 'Start Date';
COMMENT ON COLUMN odoo.crossovered_budget_lines.date_to IS 'End Date';
COMMENT ON COLUMN odoo.crossovered_budget_lines.paid_date IS 'Paid Date';
COMMENT ON COLUMN odoo.crossovered_budget_lines.planned_amount IS 'Planned Amount';
COMMENT ON COLUMN odoo.crossovered_budget_lines.create_date IS 'Created on';
COMMENT ON COLUMN odoo.crossovered_budget_lines.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_applicant IS 'Applicant';
COMMENT ON COLUMN odoo.hr_applicant.campaign_id IS 'Campaign';
COMMENT ON COLUMN odoo.hr_applicant.source_id IS 'Source';
COMMENT ON COLUMN odoo.hr_applicant.medium_id IS 'Medium';
COMMENT ON COLUMN odoo.hr_applicant.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.hr_applicant.partner_id IS 'Contact';
COMMENT ON COLUMN odoo.hr_applicant.stage_id IS 'Stage';
COMMENT ON COLUMN odoo.hr_applicant.last_stage_id IS 'Last Stage';
COMMENT ON COLUMN odoo.hr_applicant.company_id IS 'Company';
COMMENT ON COLUMN odoo.hr_applicant.user_id IS 'Recruiter';
COMMENT ON COLUMN odoo.hr_applicant.job_id IS 'Applied Job';
COMMENT ON COLUMN odoo.hr_applicant.type_id IS 'Degree';
COMMENT ON COLUMN odoo.hr_applicant.department_id IS 'Department';
COMMENT ON COLUMN odoo.hr_applicant.color IS 'Color Index';
COMMENT ON COLUMN odoo.hr_applicant.emp_id IS 'Employee';
COMMENT ON COLUMN odoo.hr_applicant.refuse_reason_id IS 'Refuse Reason';
COMMENT ON COLUMN odoo.hr_applicant.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_applicant.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_applicant.email_cc IS 'Email cc';
COMMENT ON COLUMN odoo.hr_applicant.name IS 'Subject / Application';
COMMENT ON COLUMN odoo.hr_applicant.email_from IS 'Email';
COMMENT ON COLUMN odoo.hr_applicant.priority IS 'Appreciation';
COMMENT ON COLUMN odoo.hr_applicant.salary_proposed_extra IS 'Proposed Salary Extra';
COMMENT ON COLUMN odoo.hr_applicant.salary_expected_extra IS 'Expected Salary Extra';
COMMENT ON COLUMN odoo.hr_applicant.partner_name IS 'Applicant''s Name';
COMMENT ON COLUMN odoo.hr_applicant.partner_phone IS 'Phone';
COMMENT ON COLUMN odoo.hr_applicant.partner_mobile IS 'Mobile';
COMMENT ON COLUMN odoo.hr_applicant.kanban_state IS 'Kanban State';
COMMENT ON COLUMN odoo.hr_applicant.linkedin_profile IS 'LinkedIn Profile';
COMMENT ON COLUMN odoo.hr_applicant.availability IS 'Availability';
COMMENT ON COLUMN odoo.hr_applicant.description IS 'Description';
COMMENT ON COLUMN odoo.hr_applicant.active IS 'Active';
COMMENT ON COLUMN odoo.hr_applicant.create_date IS 'Creation Date';
COMMENT ON COLUMN odoo.hr_applicant.date_closed IS 'Hire Date';
COMMENT ON COLUMN odoo.hr_applicant.date_open IS 'Assigned';
COMMENT ON COLUMN odoo.hr_applicant.date_last_stage_update IS 'Last Stage Update';
COMMENT ON COLUMN odoo.hr_applicant.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.hr_applicant.probability IS 'Probability';
COMMENT ON COLUMN odoo.hr_applicant.salary_proposed IS 'Proposed Salary';
COMMENT ON COLUMN odoo.hr_applicant.salary_expected IS 'Expected Salary';
COMMENT ON COLUMN odoo.hr_applicant.delay_close IS 'Delay to Close';
COMMENT ON TABLE odoo.hr_applicant_category IS 'Category of applicant';
COMMENT ON COLUMN odoo.hr_applicant_category.color IS 'Color Index';
COMMENT ON COLUMN odoo.hr_applicant_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_applicant_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_applicant_category.name IS 'Tag Name';
COMMENT ON COLUMN odoo.hr_applicant_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_applicant_category.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_applicant_hr_applicant_category_rel IS 'RELATION BETWEEN hr_applicant AND hr_applicant_category';
COMMENT ON TABLE odoo.hr_applicant_refuse_reason IS 'Refuse Reason of Applicant';
COMMENT ON COLUMN odoo.hr_applicant_refuse_reason.template_id IS 'Email Template';
COMMENT ON COLUMN odoo.hr_applicant_refuse_reason.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_applicant_refuse_reason.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_applicant_refuse_reason.name IS 'Description';
COMMENT ON COLUMN odoo.hr_applicant_refuse_reason.active IS 'Active';
COMMENT ON COLUMN odoo.hr_applicant_refuse_reason.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_applicant_refuse_reason.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_applicant_res_users_interviewers_rel IS 'RELATION BETWEEN hr_applicant AND res_users';
COMMENT ON TABLE odoo.hr_contract_type IS 'Contract Type';
COMMENT ON COLUMN odoo.hr_contract_type.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.hr_contract_type.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_contract_type.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_contract_type.name IS 'Name';
COMMENT ON COLUMN odoo.hr_contract_type.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_contract_type.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_department IS 'Department';
COMMENT ON COLUMN odoo.hr_department.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.hr_department.company_id IS 'Company';
COMMENT ON COLUMN odoo.hr_department.parent_id IS 'Parent Department';
COMMENT ON COLUMN odoo.hr_department.manager_id IS 'Manager';
COMMENT ON COLUMN odoo.hr_department.color IS 'Color Index';
COMMENT ON COLUMN odoo.hr_department.master_department_id IS 'Master Department';
COMMENT ON COLUMN odoo.hr_department.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_department.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_department.name IS 'Department Name';
COMMENT ON COLUMN odoo.hr_department.complete_name IS 'Complete Name';
COMMENT ON COLUMN odoo.hr_department.parent_path IS 'Parent Path';
COMMENT ON COLUMN odoo.hr_department.note IS 'Note';
COMMENT ON COLUMN odoo.hr_department.active IS 'Active';
COMMENT ON COLUMN odoo.hr_department.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_department.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_departure_reason IS 'Departure Reason';
COMMENT ON COLUMN odoo.hr_departure_reason.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.hr_departure_reason.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_departure_reason.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_departure_reason.name IS 'Reason';
COMMENT ON COLUMN odoo.hr_departure_reason.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_departure_reason.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_employee IS 'Employee';
COMMENT ON COLUMN odoo.hr_employee.resource_id IS 'Resource';
COMMENT ON COLUMN odoo.hr_employee.company_id IS 'Company';
COMMENT ON COLUMN odoo.hr_employee.resource_calendar_id IS 'Working Hours';
COMMENT ON COLUMN odoo.hr_employee.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.hr_employee.color IS 'Color Index';
COMMENT ON COLUMN odoo.hr_employee.department_id IS 'Department';
COMMENT ON COLUMN odoo.hr_employee.job_id IS 'Job Position';
COMMENT ON COLUMN odoo.hr_employee.address_id IS 'Work Address';
COMMENT ON COLUMN odoo.hr_employee.work_contact_id IS 'Work Contact';
COMMENT ON COLUMN odoo.hr_employee.work_location_id IS 'Work Location';
COMMENT ON COLUMN odoo.hr_employee.user_id IS 'User';
COMMENT ON COLUMN odoo.hr_employee.parent_id IS 'Manager';
COMMENT ON COLUMN odoo.hr_employee.coach_id IS 'Coach';
COMMENT ON COLUMN odoo.hr_employee.address_home_id IS 'Address';
COMMENT ON COLUMN odoo.hr_employee.country_id IS 'Nationality (Country)';
COMMENT ON COLUMN odoo.hr_employee.children IS 'Number of Dependent Children';
COMMENT ON COLUMN odoo.hr_employee.country_of_birth IS 'Country of Birth';
COMMENT ON COLUMN odoo.hr_employee.bank_account_id IS 'Bank Account Number';
COMMENT ON COLUMN odoo.hr_employee.km_home_work IS 'Home-Work Distance';
COMMENT ON COLUMN odoo.hr_employee.departure_reason_id IS 'Departure Reason';
COMMENT ON COLUMN odoo.hr_employee.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_employee.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_employee.name IS 'Employee Name';
COMMENT ON COLUMN odoo.hr_employee.job_title IS 'Job Title';
COMMENT ON COLUMN odoo.hr_employee.work_phone IS 'Work Phone';
COMMENT ON COLUMN odoo.hr_employee.mobile_phone IS 'Work Mobile';
COMMENT ON COLUMN odoo.hr_employee.work_email IS 'Work Email';
COMMENT ON COLUMN odoo.hr_employee.employee_type IS 'Employee Type';
COMMENT ON COLUMN odoo.hr_employee.gender IS 'Gender';
COMMENT ON COLUMN odoo.hr_employee.marital IS 'Marital Status';
COMMENT ON COLUMN odoo.hr_employee.spouse_complete_name IS 'Spouse Complete Name';
COMMENT ON COLUMN odoo.hr_employee.place_of_birth IS 'Place of Birth';
COMMENT ON COLUMN odoo.hr_employee.ssnid IS 'SSN No';
COMMENT ON COLUMN odoo.hr_employee.sinid IS 'SIN No';
COMMENT ON COLUMN odoo.hr_employee.identification_id IS 'Identification No';
COMMENT ON COLUMN odoo.hr_employee.passport_id IS 'Passport No';
COMMENT ON COLUMN odoo.hr_employee.permit_no IS 'Work Permit No';
COMMENT ON COLUMN odoo.hr_employee.visa_no IS 'Visa No';
COMMENT ON COLUMN odoo.hr_employee.certificate IS 'Certificate Level';
COMMENT ON COLUMN odoo.hr_employee.study_field IS 'Field of Study';
COMMENT ON COLUMN odoo.hr_employee.study_school IS 'School';
COMMENT ON COLUMN odoo.hr_employee.emergency_contact IS 'Contact Name';
COMMENT ON COLUMN odoo.hr_employee.emergency_phone IS 'Contact Phone';
COMMENT ON COLUMN odoo.hr_employee.barcode IS 'Badge ID';
COMMENT ON COLUMN odoo.hr_employee.pin IS 'PIN';
COMMENT ON COLUMN odoo.hr_employee.spouse_birthdate IS 'Spouse Birthdate';
COMMENT ON COLUMN odoo.hr_employee.birthday IS 'Date of Birth';
COMMENT ON COLUMN odoo.hr_employee.visa_expire IS 'Visa Expire Date';
COMMENT ON COLUMN odoo.hr_employee.work_permit_expiration_date IS 'Work Permit Expiration Date';
COMMENT ON COLUMN odoo.hr_employee.departure_date IS 'Departure Date';
COMMENT ON COLUMN odoo.hr_employee.additional_note IS 'Additional Note';
COMMENT ON COLUMN odoo.hr_employee.notes IS 'Notes';
COMMENT ON COLUMN odoo.hr_employee.departure_description IS 'Additional Information';
COMMENT ON COLUMN odoo.hr_employee.active IS 'Active';
COMMENT ON COLUMN odoo.hr_employee.work_permit_scheduled_activity IS 'Work Permit Scheduled Activity';
COMMENT ON COLUMN odoo.hr_employee.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_employee.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_employee_category IS 'Employee Category';
COMMENT ON COLUMN odoo.hr_employee_category.color IS 'Color Index';
COMMENT ON COLUMN odoo.hr_employee_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_employee_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_employee_category.name IS 'Tag Name';
COMMENT ON COLUMN odoo.hr_employee_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_employee_category.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_job IS 'Job Position';
COMMENT ON COLUMN odoo.hr_job.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.hr_job.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.hr_job.expected_employees IS 'Total Forecasted Employees';
COMMENT ON COLUMN odoo.hr_job.no_of_employee IS 'Current Number of Employees';
COMMENT ON COLUMN odoo.hr_job.no_of_recruitment IS 'Target';
COMMENT ON COLUMN odoo.hr_job.no_of_hired_employee IS 'Hired Employees';
COMMENT ON COLUMN odoo.hr_job.department_id IS 'Department';
COMMENT ON COLUMN odoo.hr_job.company_id IS 'Company';
COMMENT ON COLUMN odoo.hr_job.contract_type_id IS 'Employment Type';
COMMENT ON COLUMN odoo.hr_job.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_job.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_job.name IS 'Job Position';
COMMENT ON COLUMN odoo.hr_job.description IS 'Job Description';
COMMENT ON COLUMN odoo.hr_job.requirements IS 'Requirements';
COMMENT ON COLUMN odoo.hr_job.active IS 'Active';
COMMENT ON COLUMN odoo.hr_job.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_job.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.hr_job.alias_id IS 'Alias';
COMMENT ON COLUMN odoo.hr_job.address_id IS 'Job Location';
COMMENT ON COLUMN odoo.hr_job.manager_id IS 'Department Manager';
COMMENT ON COLUMN odoo.hr_job.user_id IS 'Recruiter';
COMMENT ON COLUMN odoo.hr_job.hr_responsible_id IS 'HR Responsible';
COMMENT ON COLUMN odoo.hr_job.color IS 'Color Index';
COMMENT ON COLUMN odoo.hr_job.website_id IS 'Website';
COMMENT ON COLUMN odoo.hr_job.website_meta_og_img IS 'Website opengraph image';
COMMENT ON COLUMN odoo.hr_job.website_meta_title IS 'Website meta title';
COMMENT ON COLUMN odoo.hr_job.website_meta_description IS 'Website meta description';
COMMENT ON COLUMN odoo.hr_job.website_meta_keywords IS 'Website meta keywords';
COMMENT ON COLUMN odoo.hr_job.seo_name IS 'Seo name';
COMMENT ON COLUMN odoo.hr_job.website_description IS 'Website description';
COMMENT ON COLUMN odoo.hr_job.job_details IS 'Process Details';
COMMENT ON COLUMN odoo.hr_job.is_published IS 'Is Published';
COMMENT ON TABLE odoo.hr_job_extended_interviewer_res_users IS 'RELATION BETWEEN hr_job AND res_users';
COMMENT ON TABLE odoo.hr_job_hr_recruitment_stage_rel IS 'RELATION BETWEEN hr_recruitment_stage AND hr_job';
COMMENT ON TABLE odoo.hr_job_res_users_rel IS 'RELATION BETWEEN hr_job AND res_users';
COMMENT ON TABLE odoo.hr_recruitment_degree IS 'Applicant Degree';
COMMENT ON COLUMN odoo.hr_recruitment_degree.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.hr_recruitment_degree.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_recruitment_degree.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_recruitment_degree.name IS 'Degree Name';
COMMENT ON COLUMN odoo.hr_recruitment_degree.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_recruitment_degree.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_recruitment_source IS 'Source of Applicants';
COMMENT ON COLUMN odoo.hr_recruitment_source.source_id IS 'Source';
COMMENT ON COLUMN odoo.hr_recruitment_source.job_id IS 'Job';
COMMENT ON COLUMN odoo.hr_recruitment_source.alias_id IS 'Alias ID';
COMMENT ON COLUMN odoo.hr_recruitment_source.medium_id IS 'Medium';
COMMENT ON COLUMN odoo.hr_recruitment_source.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_recruitment_source.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_recruitment_source.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_recruitment_source.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_recruitment_stage IS 'Recruitment Stages';
COMMENT ON COLUMN odoo.hr_recruitment_stage.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.hr_recruitment_stage.template_id IS 'Email Template';
COMMENT ON COLUMN odoo.hr_recruitment_stage.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_recruitment_stage.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_recruitment_stage.name IS 'Stage Name';
COMMENT ON COLUMN odoo.hr_recruitment_stage.legend_blocked IS 'Red Kanban Label';
COMMENT ON COLUMN odoo.hr_recruitment_stage.legend_done IS 'Green Kanban Label';
COMMENT ON COLUMN odoo.hr_recruitment_stage.legend_normal IS 'Grey Kanban Label';
COMMENT ON COLUMN odoo.hr_recruitment_stage.requirements IS 'Requirements';
COMMENT ON COLUMN odoo.hr_recruitment_stage.fold IS 'Folded in Kanban';
COMMENT ON COLUMN odoo.hr_recruitment_stage.hired_stage IS 'Hired Stage';
COMMENT ON COLUMN odoo.hr_recruitment_stage.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_recruitment_stage.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.hr_work_location IS 'Work Location';
COMMENT ON COLUMN odoo.hr_work_location.company_id IS 'Company';
COMMENT ON COLUMN odoo.hr_work_location.address_id IS 'Work Address';
COMMENT ON COLUMN odoo.hr_work_location.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.hr_work_location.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.hr_work_location.name IS 'Work Location';
COMMENT ON COLUMN odoo.hr_work_location.location_number IS 'Location Number';
COMMENT ON COLUMN odoo.hr_work_location.active IS 'Active';
COMMENT ON COLUMN odoo.hr_work_location.create_date IS 'Created on';
COMMENT ON COLUMN odoo.hr_work_location.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.procurement_group IS 'Procurement Group';
COMMENT ON COLUMN odoo.procurement_group.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.procurement_group.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.procurement_group.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.procurement_group.name IS 'Reference';
COMMENT ON COLUMN odoo.procurement_group.move_type IS 'Delivery Type';
COMMENT ON COLUMN odoo.procurement_group.create_date IS 'Created on';
COMMENT ON COLUMN odoo.procurement_group.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.procurement_group.pos_order_id IS 'POS Order';
COMMENT ON COLUMN odoo.procurement_group.sale_id IS 'Sale Order';
COMMENT ON TABLE odoo.product_accessory_rel IS 'RELATION BETWEEN product_template AND product_product';
COMMENT ON TABLE odoo.product_alternative_rel IS 'RELATION BETWEEN product_template AND product_template';
COMMENT ON TABLE odoo.product_attr_exclusion_value_ids_rel IS 'RELATION BETWEEN product_template_attribute_exclusion AND product_template_attribute_value';
COMMENT ON TABLE odoo.product_attribute IS 'Product Attribute';
COMMENT ON COLUMN odoo.product_attribute.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_attribute.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_attribute.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_attribute.create_variant IS 'Variants Creation Mode';
COMMENT ON COLUMN odoo.product_attribute.display_type IS 'Display Type';
COMMENT ON COLUMN odoo.product_attribute.name IS 'Attribute';
COMMENT ON COLUMN odoo.product_attribute.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_attribute.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_attribute.visibility IS 'Visibility';
COMMENT ON TABLE odoo.product_attribute_custom_value IS 'Product Attribute Custom Value';
COMMENT ON COLUMN odoo.product_attribute_custom_value.custom_product_template_attribute_value_id IS 'Attribute Value';
COMMENT ON COLUMN odoo.product_attribute_custom_value.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_attribute_custom_value.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_attribute_custom_value.custom_value IS 'Custom Value';
COMMENT ON COLUMN odoo.product_attribute_custom_value.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_attribute_custom_value.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_attribute_custom_value.sale_order_line_id IS 'Sales Order Line';
COMMENT ON TABLE odoo.product_attribute_product_template_rel IS 'RELATION BETWEEN product_attribute AND product_template';
COMMENT ON TABLE odoo.product_attribute_value IS 'Attribute Value';
COMMENT ON COLUMN odoo.product_attribute_value.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_attribute_value.attribute_id IS 'Attribute';
COMMENT ON COLUMN odoo.product_attribute_value.color IS 'Color Index';
COMMENT ON COLUMN odoo.product_attribute_value.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_attribute_value.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_attribute_value.html_color IS 'Color';
COMMENT ON COLUMN odoo.product_attribute_value.name IS 'Value';
COMMENT ON COLUMN odoo.product_attribute_value.is_custom IS 'Is custom value';
COMMENT ON COLUMN odoo.product_attribute_value.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_attribute_value.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_attribute_value_product_template_attribute_line_rel IS 'RELATION BETWEEN product_attribute_value AND product_template_attribute_line';
COMMENT ON TABLE odoo.product_category IS 'Product Category';
COMMENT ON COLUMN odoo.product_category.parent_id IS 'Parent Category';
COMMENT ON COLUMN odoo.product_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_category.name IS 'Name';
COMMENT ON COLUMN odoo.product_category.complete_name IS 'Complete Name';
COMMENT ON COLUMN odoo.product_category.parent_path IS 'Parent Path';
COMMENT ON COLUMN odoo.product_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_category.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_category.removal_strategy_id IS 'Force Removal Strategy';
COMMENT ON COLUMN odoo.product_category.packaging_reserve_method IS 'Reserve Packagings';
COMMENT ON TABLE odoo.product_image IS 'Product Image';
COMMENT ON COLUMN odoo.product_image.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_image.product_tmpl_id IS 'Product Template';
COMMENT ON COLUMN odoo.product_image.product_variant_id IS 'Product Variant';
COMMENT ON COLUMN odoo.product_image.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_image.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_image.name IS 'Name';
COMMENT ON COLUMN odoo.product_image.video_url IS 'Video URL';
COMMENT ON COLUMN odoo.product_image.can_image_1024_be_zoomed IS 'Can Image 1024 be zoomed';
COMMENT ON COLUMN odoo.product_image.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_image.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_optional_rel IS 'RELATION BETWEEN product_template AND product_template';
COMMENT ON TABLE odoo.product_packaging IS 'Product Packaging';
COMMENT ON COLUMN odoo.product_packaging.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_packaging.product_id IS 'Product';
COMMENT ON COLUMN odoo.product_packaging.company_id IS 'Company';
COMMENT ON COLUMN odoo.product_packaging.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_packaging.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_packaging.name IS 'Product Packaging';
COMMENT ON COLUMN odoo.product_packaging.barcode IS 'Barcode';
COMMENT ON COLUMN odoo.product_packaging.qty IS 'Contained Quantity';
COMMENT ON COLUMN odoo.product_packaging.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_packaging.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_packaging.package_type_id IS 'Package Type';
COMMENT ON COLUMN odoo.product_packaging.sales IS 'Sales';
COMMENT ON COLUMN odoo.product_packaging.purchase IS 'Purchase';
COMMENT ON TABLE odoo.product_pricelist IS 'Pricelist';
COMMENT ON COLUMN odoo.product_pricelist.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_pricelist.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.product_pricelist.company_id IS 'Company';
COMMENT ON COLUMN odoo.product_pricelist.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_pricelist.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_pricelist.discount_policy IS 'Discount Policy';
COMMENT ON COLUMN odoo.product_pricelist.name IS 'Pricelist Name';
COMMENT ON COLUMN odoo.product_pricelist.active IS 'Active';
COMMENT ON COLUMN odoo.product_pricelist.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_pricelist.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_pricelist.website_id IS 'Website';
COMMENT ON COLUMN odoo.product_pricelist.code IS 'E-commerce Promotional Code';
COMMENT ON COLUMN odoo.product_pricelist.selectable IS 'Selectable';
COMMENT ON TABLE odoo.product_pricelist_item IS 'Pricelist Rule';
COMMENT ON COLUMN odoo.product_pricelist_item.pricelist_id IS 'Pricelist';
COMMENT ON COLUMN odoo.product_pricelist_item.company_id IS 'Company';
COMMENT ON COLUMN odoo.product_pricelist_item.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.product_pricelist_item.categ_id IS 'Product Category';
COMMENT ON COLUMN odoo.product_pricelist_item.product_tmpl_id IS 'Product';
COMMENT ON COLUMN odoo.product_pricelist_item.product_id IS 'Product Variant';
COMMENT ON COLUMN odoo.product_pricelist_item.base_pricelist_id IS 'Other Pricelist';
COMMENT ON COLUMN odoo.product_pricelist_item.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_pricelist_item.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_pricelist_item.applied_on IS 'Apply On';
COMMENT ON COLUMN odoo.product_pricelist_item.base IS 'Based on';
COMMENT ON COLUMN odoo.product_pricelist_item.compute_price IS 'Compute Price';
COMMENT ON COLUMN odoo.product_pricelist_item.min_quantity IS 'Min. Quantity';
COMMENT ON COLUMN odoo.product_pricelist_item.fixed_price IS 'Fixed Price';
COMMENT ON COLUMN odoo.product_pricelist_item.price_discount IS 'Price Discount';
COMMENT ON COLUMN odoo.product_pricelist_item.price_round IS 'Price Rounding';
COMMENT ON COLUMN odoo.product_pricelist_item.price_surcharge IS 'Price Surcharge';
COMMENT ON COLUMN odoo.product_pricelist_item.price_min_margin IS 'Min. Price Margin';
COMMENT ON COLUMN odoo.product_pricelist_item.price_max_margin IS 'Max. Price Margin';
COMMENT ON COLUMN odoo.product_pricelist_item.active IS 'Active';
COMMENT ON COLUMN odoo.product_pricelist_item.date_start IS 'Start Date';
COMMENT ON COLUMN odoo.product_pricelist_item.date_end IS 'End Date';
COMMENT ON COLUMN odoo.product_pricelist_item.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_pricelist_item.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_pricelist_item.percent_price IS 'Percentage Price';
COMMENT ON TABLE odoo.product_product IS 'Product Variant';
COMMENT ON COLUMN odoo.product_product.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.product_product.product_tmpl_id IS 'Product Template';
COMMENT ON COLUMN odoo.product_product.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_product.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_product.default_code IS 'Internal Reference';
COMMENT ON COLUMN odoo.product_product.barcode IS 'Barcode';
COMMENT ON COLUMN odoo.product_product.combination_indices IS 'Combination Indices';
COMMENT ON COLUMN odoo.product_product.volume IS 'Volume';
COMMENT ON COLUMN odoo.product_product.weight IS 'Weight';
COMMENT ON COLUMN odoo.product_product.active IS 'Active';
COMMENT ON COLUMN odoo.product_product.can_image_variant_1024_be_zoomed IS 'Can Variant Image 1024 be zoomed';
COMMENT ON COLUMN odoo.product_product.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_product.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_product.image_fetch_pending IS 'Image Fetch Pending';
COMMENT ON COLUMN odoo.product_product.base_unit_id IS 'Custom Unit of Measure';
COMMENT ON COLUMN odoo.product_product.base_unit_count IS 'Base Unit Count';
COMMENT ON TABLE odoo.product_public_category IS 'Website Product Category';
COMMENT ON COLUMN odoo.product_public_category.website_id IS 'Website';
COMMENT ON COLUMN odoo.product_public_category.parent_id IS 'Parent Category';
COMMENT ON COLUMN odoo.product_public_category.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_public_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_public_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_public_category.website_meta_og_img IS 'Website opengraph image';
COMMENT ON COLUMN odoo.product_public_category.parent_path IS 'Parent Path';
COMMENT ON COLUMN odoo.product_public_category.website_meta_title IS 'Website meta title';
COMMENT ON COLUMN odoo.product_public_category.website_meta_description IS 'Website meta description';
COMMENT ON COLUMN odoo.product_public_category.website_meta_keywords IS 'Website meta keywords';
COMMENT ON COLUMN odoo.product_public_category.seo_name IS 'Seo name';
COMMENT ON COLUMN odoo.product_public_category.name IS 'Name';
COMMENT ON COLUMN odoo.product_public_category.website_description IS 'Category Description';
COMMENT ON COLUMN odoo.product_public_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_public_category.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_public_category_product_template_rel IS 'RELATION BETWEEN product_public_category AND product_template';
COMMENT ON TABLE odoo.product_ribbon IS 'Product ribbon';
COMMENT ON COLUMN odoo.product_ribbon.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_ribbon.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_ribbon.bg_color IS 'Ribbon background color';
COMMENT ON COLUMN odoo.product_ribbon.text_color IS 'Ribbon text color';
COMMENT ON COLUMN odoo.product_ribbon.html_class IS 'Ribbon class';
COMMENT ON COLUMN odoo.product_ribbon.html IS 'Ribbon html';
COMMENT ON COLUMN odoo.product_ribbon.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_ribbon.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_supplier_taxes_rel IS 'RELATION BETWEEN product_template AND account_tax';
COMMENT ON TABLE odoo.product_supplierinfo IS 'Supplier Pricelist';
COMMENT ON COLUMN odoo.product_supplierinfo.partner_id IS 'Vendor';
COMMENT ON COLUMN odoo.product_supplierinfo.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_supplierinfo.company_id IS 'Company';
COMMENT ON COLUMN odoo.product_supplierinfo.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.product_supplierinfo.product_id IS 'Product Variant';
COMMENT ON COLUMN odoo.product_supplierinfo.product_tmpl_id IS 'Product Template';
COMMENT ON COLUMN odoo.product_supplierinfo.delay IS 'Delivery Lead Time';
COMMENT ON COLUMN odoo.product_supplierinfo.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_supplierinfo.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_supplierinfo.product_name IS 'Vendor Product Name';
COMMENT ON COLUMN odoo.product_supplierinfo.product_code IS 'Vendor Product Code';
COMMENT ON COLUMN odoo.product_supplierinfo.date_start IS 'Start Date';
COMMENT ON COLUMN odoo.product_supplierinfo.date_end IS 'End Date';
COMMENT ON COLUMN odoo.product_supplierinfo.min_qty IS 'Quantity';
COMMENT ON COLUMN odoo.product_supplierinfo.price IS 'Price';
COMMENT ON COLUMN odoo.product_supplierinfo.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_supplierinfo.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_tag IS 'Product Tag';
COMMENT ON COLUMN odoo.product_tag.color IS 'Color';
COMMENT ON COLUMN odoo.product_tag.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_tag.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_tag.name IS 'Tag Name';
COMMENT ON COLUMN odoo.product_tag.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_tag.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_tag.website_id IS 'Website';
COMMENT ON COLUMN odoo.product_tag.ribbon_id IS 'Ribbon';
COMMENT ON TABLE odoo.product_tag_product_product_rel IS 'RELATION BETWEEN product_product AND product_tag';
COMMENT ON TABLE odoo.product_tag_product_template_rel IS 'RELATION BETWEEN product_template AND product_tag';
COMMENT ON TABLE odoo.product_taxes_rel IS 'RELATION BETWEEN product_template AND account_tax';
COMMENT ON TABLE odoo.product_template IS 'Product';
COMMENT ON COLUMN odoo.product_template.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.product_template.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.product_template.categ_id IS 'Product Category';
COMMENT ON COLUMN odoo.product_template.uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.product_template.uom_po_id IS 'Purchase UoM';
COMMENT ON COLUMN odoo.product_template.company_id IS 'Company';
COMMENT ON COLUMN odoo.product_template.color IS 'Color Index';
COMMENT ON COLUMN odoo.product_template.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_template.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_template.detailed_type IS 'Product Type';
COMMENT ON COLUMN odoo.product_template.type IS 'Type';
COMMENT ON COLUMN odoo.product_template.default_code IS 'Internal Reference';
COMMENT ON COLUMN odoo.product_template.priority IS 'Favorite';
COMMENT ON COLUMN odoo.product_template.name IS 'Name';
COMMENT ON COLUMN odoo.product_template.description IS 'Description';
COMMENT ON COLUMN odoo.product_template.description_purchase IS 'Purchase Description';
COMMENT ON COLUMN odoo.product_template.description_sale IS 'Sales Description';
COMMENT ON COLUMN odoo.product_template.list_price IS 'Sales Price';
COMMENT ON COLUMN odoo.product_template.volume IS 'Volume';
COMMENT ON COLUMN odoo.product_template.weight IS 'Weight';
COMMENT ON COLUMN odoo.product_template.sale_ok IS 'Can be Sold';
COMMENT ON COLUMN odoo.product_template.purchase_ok IS 'Can be Purchased';
COMMENT ON COLUMN odoo.product_template.active IS 'Active';
COMMENT ON COLUMN odoo.product_template.can_image_1024_be_zoomed IS 'Can Image 1024 be zoomed';
COMMENT ON COLUMN odoo.product_template.has_configurable_attributes IS 'Is a configurable product';
COMMENT ON COLUMN odoo.product_template.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_template.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.product_template.tracking IS 'Tracking';
COMMENT ON COLUMN odoo.product_template.description_picking IS 'Description on Picking';
COMMENT ON COLUMN odoo.product_template.description_pickingout IS 'Description on Delivery Orders';
COMMENT ON COLUMN odoo.product_template.description_pickingin IS 'Description on Receptions';
COMMENT ON COLUMN odoo.product_template.sale_delay IS 'Customer Lead Time';
COMMENT ON COLUMN odoo.product_template.pos_categ_id IS 'Point of Sale Category';
COMMENT ON COLUMN odoo.product_template.available_in_pos IS 'Available in POS';
COMMENT ON COLUMN odoo.product_template.to_weight IS 'To Weigh With Scale';
COMMENT ON COLUMN odoo.product_template.l10n_in_hsn_code IS 'HSN/SAC Code';
COMMENT ON COLUMN odoo.product_template.l10n_in_hsn_description IS 'HSN/SAC Description';
COMMENT ON COLUMN odoo.product_template.service_type IS 'Track Service';
COMMENT ON COLUMN odoo.product_template.sale_line_warn IS 'Sales Order Line';
COMMENT ON COLUMN odoo.product_template.expense_policy IS 'Re-Invoice Expenses';
COMMENT ON COLUMN odoo.product_template.invoice_policy IS 'Invoicing Policy';
COMMENT ON COLUMN odoo.product_template.sale_line_warn_msg IS 'Message for Sales Order Line';
COMMENT ON COLUMN odoo.product_template.service_tracking IS 'Create on Order';
COMMENT ON COLUMN odoo.product_template.produce_delay IS 'Manufacturing Lead Time';
COMMENT ON COLUMN odoo.product_template.days_to_prepare_mo IS 'Days to prepare Manufacturing Order';
COMMENT ON COLUMN odoo.product_template.purchase_method IS 'Control Policy';
COMMENT ON COLUMN odoo.product_template.purchase_line_warn IS 'Purchase Order Line Warning';
COMMENT ON COLUMN odoo.product_template.purchase_line_warn_msg IS 'Message for Purchase Order Line';
COMMENT ON COLUMN odoo.product_template.website_id IS 'Website';
COMMENT ON COLUMN odoo.product_template.website_size_x IS 'Size X';
COMMENT ON COLUMN odoo.product_template.website_size_y IS 'Size Y';
COMMENT ON COLUMN odoo.product_template.website_ribbon_id IS 'Ribbon';
COMMENT ON COLUMN odoo.product_template.website_sequence IS 'Website Sequence';
COMMENT ON COLUMN odoo.product_template.base_unit_id IS 'Custom Unit of Measure';
COMMENT ON COLUMN odoo.product_template.website_meta_og_img IS 'Website opengraph image';
COMMENT ON COLUMN odoo.product_template.website_meta_title IS 'Website meta title';
COMMENT ON COLUMN odoo.product_template.website_meta_description IS 'Website meta description';
COMMENT ON COLUMN odoo.product_template.website_meta_keywords IS 'Website meta keywords';
COMMENT ON COLUMN odoo.product_template.seo_name IS 'Seo name';
COMMENT ON COLUMN odoo.product_template.website_description IS 'Description for the website';
COMMENT ON COLUMN odoo.product_template.compare_list_price IS 'Compare to Price';
COMMENT ON COLUMN odoo.product_template.is_published IS 'Is Published';
COMMENT ON COLUMN odoo.product_template.rating_last_value IS 'Rating Last Value';
COMMENT ON COLUMN odoo.product_template.base_unit_count IS 'Base Unit Count';
COMMENT ON COLUMN odoo.product_template.out_of_stock_message IS 'Out-of-Stock Message';
COMMENT ON COLUMN odoo.product_template.allow_out_of_stock_order IS 'Continue selling when out-of-stock';
COMMENT ON COLUMN odoo.product_template.show_availability IS 'Show availability Qty';
COMMENT ON COLUMN odoo.product_template.available_threshold IS 'Show Threshold';
COMMENT ON TABLE odoo.product_template_attribute_exclusion IS 'Product Template Attribute Exclusion';
COMMENT ON COLUMN odoo.product_template_attribute_exclusion.product_template_attribute_value_id IS 'Attribute Value';
COMMENT ON COLUMN odoo.product_template_attribute_exclusion.product_tmpl_id IS 'Product Template';
COMMENT ON COLUMN odoo.product_template_attribute_exclusion.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_template_attribute_exclusion.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_template_attribute_exclusion.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_template_attribute_exclusion.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_template_attribute_line IS 'Product Template Attribute Line';
COMMENT ON COLUMN odoo.product_template_attribute_line.product_tmpl_id IS 'Product Template';
COMMENT ON COLUMN odoo.product_template_attribute_line.attribute_id IS 'Attribute';
COMMENT ON COLUMN odoo.product_template_attribute_line.value_count IS 'Value Count';
COMMENT ON COLUMN odoo.product_template_attribute_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_template_attribute_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_template_attribute_line.active IS 'Active';
COMMENT ON COLUMN odoo.product_template_attribute_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_template_attribute_line.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_template_attribute_value IS 'Product Template Attribute Value';
COMMENT ON COLUMN odoo.product_template_attribute_value.product_attribute_value_id IS 'Attribute Value';
COMMENT ON COLUMN odoo.product_template_attribute_value.attribute_line_id IS 'Attribute Line';
COMMENT ON COLUMN odoo.product_template_attribute_value.product_tmpl_id IS 'Product Template';
COMMENT ON COLUMN odoo.product_template_attribute_value.attribute_id IS 'Attribute';
COMMENT ON COLUMN odoo.product_template_attribute_value.color IS 'Color';
COMMENT ON COLUMN odoo.product_template_attribute_value.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.product_template_attribute_value.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.product_template_attribute_value.price_extra IS 'Value Price Extra';
COMMENT ON COLUMN odoo.product_template_attribute_value.ptav_active IS 'Active';
COMMENT ON COLUMN odoo.product_template_attribute_value.create_date IS 'Created on';
COMMENT ON COLUMN odoo.product_template_attribute_value.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.product_template_attribute_value_sale_order_line_rel IS 'RELATION BETWEEN sale_order_line AND product_template_attribute_value';
COMMENT ON TABLE odoo.product_variant_combination IS 'RELATION BETWEEN product_product AND product_template_attribute_value';
COMMENT ON TABLE odoo.project_collaborator IS 'Collaborators in project shared';
COMMENT ON COLUMN odoo.project_collaborator.project_id IS 'Project Shared';
COMMENT ON COLUMN odoo.project_collaborator.partner_id IS 'Collaborator';
COMMENT ON COLUMN odoo.project_collaborator.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_collaborator.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_collaborator.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_collaborator.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.project_favorite_user_rel IS 'RELATION BETWEEN project_project AND res_users';
COMMENT ON TABLE odoo.project_milestone IS 'Project Milestone';
COMMENT ON COLUMN odoo.project_milestone.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.project_milestone.project_id IS 'Project';
COMMENT ON COLUMN odoo.project_milestone.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_milestone.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_milestone.name IS 'Name';
COMMENT ON COLUMN odoo.project_milestone.deadline IS 'Deadline';
COMMENT ON COLUMN odoo.project_milestone.reached_date IS 'Reached Date';
COMMENT ON COLUMN odoo.project_milestone.is_reached IS 'Reached';
COMMENT ON COLUMN odoo.project_milestone.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_milestone.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.project_milestone.sale_line_id IS 'Sales Order Item';
COMMENT ON COLUMN odoo.project_milestone.quantity_percentage IS 'Quantity';
COMMENT ON TABLE odoo.project_project IS 'Project';
COMMENT ON COLUMN odoo.project_project.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.project_project.alias_id IS 'Alias';
COMMENT ON COLUMN odoo.project_project.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.project_project.partner_id IS 'Customer';
COMMENT ON COLUMN odoo.project_project.company_id IS 'Company';
COMMENT ON COLUMN odoo.project_project.analytic_account_id IS 'Analytic Account';
COMMENT ON COLUMN odoo.project_project.color IS 'Color Index';
COMMENT ON COLUMN odoo.project_project.user_id IS 'Project Manager';
COMMENT ON COLUMN odoo.project_project.stage_id IS 'Stage';
COMMENT ON COLUMN odoo.project_project.last_update_id IS 'Last Update';
COMMENT ON COLUMN odoo.project_project.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_project.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_project.access_token IS 'Security Token';
COMMENT ON COLUMN odoo.project_project.partner_email IS 'Email';
COMMENT ON COLUMN odoo.project_project.partner_phone IS 'Phone';
COMMENT ON COLUMN odoo.project_project.privacy_visibility IS 'Visibility';
COMMENT ON COLUMN odoo.project_project.rating_status IS 'Customer Ratings Status';
COMMENT ON COLUMN odoo.project_project.rating_status_period IS 'Rating Frequency';
COMMENT ON COLUMN odoo.project_project.last_update_status IS 'Last Update Status';
COMMENT ON COLUMN odoo.project_project.date_start IS 'Start Date';
COMMENT ON COLUMN odoo.project_project.date IS 'Expiration Date';
COMMENT ON COLUMN odoo.project_project.name IS 'Name';
COMMENT ON COLUMN odoo.project_project.label_tasks IS 'Use Tasks as';
COMMENT ON COLUMN odoo.project_project.task_properties_definition IS 'Task Properties';
COMMENT ON COLUMN odoo.project_project.description IS 'Description';
COMMENT ON COLUMN odoo.project_project.active IS 'Active';
COMMENT ON COLUMN odoo.project_project.allow_subtasks IS 'Sub-tasks';
COMMENT ON COLUMN odoo.project_project.allow_recurring_tasks IS 'Recurring Tasks';
COMMENT ON COLUMN odoo.project_project.allow_task_dependencies IS 'Task Dependencies';
COMMENT ON COLUMN odoo.project_project.allow_milestones IS 'Milestones';
COMMENT ON COLUMN odoo.project_project.rating_active IS 'Customer Ratings';
COMMENT ON COLUMN odoo.project_project.rating_request_deadline IS 'Rating Request Deadline';
COMMENT ON COLUMN odoo.project_project.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_project.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.project_project.sale_line_id IS 'Sales Order Item';
COMMENT ON COLUMN odoo.project_project.allow_billable IS 'Billable';
COMMENT ON TABLE odoo.project_project_project_tags_rel IS 'RELATION BETWEEN project_project AND project_tags';
COMMENT ON TABLE odoo.project_project_stage IS 'Project Stage';
COMMENT ON COLUMN odoo.project_project_stage.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.project_project_stage.mail_template_id IS 'Email Template';
COMMENT ON COLUMN odoo.project_project_stage.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_project_stage.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_project_stage.name IS 'Name';
COMMENT ON COLUMN odoo.project_project_stage.active IS 'Active';
COMMENT ON COLUMN odoo.project_project_stage.fold IS 'Folded in Kanban';
COMMENT ON COLUMN odoo.project_project_stage.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_project_stage.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.project_project_stage.sms_template_id IS 'SMS Template';
COMMENT ON TABLE odoo.project_tags IS 'Project Tags';
COMMENT ON COLUMN odoo.project_tags.color IS 'Color';
COMMENT ON COLUMN odoo.project_tags.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_tags.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_tags.name IS 'Name';
COMMENT ON COLUMN odoo.project_tags.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_tags.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.project_tags_project_task_rel IS 'RELATION BETWEEN project_task AND project_tags';
COMMENT ON TABLE odoo.project_task IS 'Task';
COMMENT ON COLUMN odoo.project_task.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.project_task.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.project_task.stage_id IS 'Stage';
COMMENT ON COLUMN odoo.project_task.project_id IS 'Project';
COMMENT ON COLUMN odoo.project_task.display_project_id IS 'Display Project';
COMMENT ON COLUMN odoo.project_task.partner_id IS 'Customer';
COMMENT ON COLUMN odoo.project_task.company_id IS 'Company';
COMMENT ON COLUMN odoo.project_task.color IS 'Color Index';
COMMENT ON COLUMN odoo.project_task.displayed_image_id IS 'Cover Image';
COMMENT ON COLUMN odoo.project_task.parent_id IS 'Parent Task';
COMMENT ON COLUMN odoo.project_task.ancestor_id IS 'Ancestor Task';
COMMENT ON COLUMN odoo.project_task.milestone_id IS 'Milestone';
COMMENT ON COLUMN odoo.project_task.recurrence_id IS 'Recurrence';
COMMENT ON COLUMN odoo.project_task.analytic_account_id IS 'Analytic Account';
COMMENT ON COLUMN odoo.project_task.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_task.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_task.email_cc IS 'Email cc';
COMMENT ON COLUMN odoo.project_task.access_token IS 'Security Token';
COMMENT ON COLUMN odoo.project_task.name IS 'Title';
COMMENT ON COLUMN odoo.project_task.priority IS 'Priority';
COMMENT ON COLUMN odoo.project_task.kanban_state IS 'Status';
COMMENT ON COLUMN odoo.project_task.partner_email IS 'Email';
COMMENT ON COLUMN odoo.project_task.partner_phone IS 'Phone';
COMMENT ON COLUMN odoo.project_task.email_from IS 'Email From';
COMMENT ON COLUMN odoo.project_task.date_deadline IS 'Deadline';
COMMENT ON COLUMN odoo.project_task.task_properties IS 'Properties';
COMMENT ON COLUMN odoo.project_task.description IS 'Description';
COMMENT ON COLUMN odoo.project_task.working_hours_open IS 'Working Hours to Assign';
COMMENT ON COLUMN odoo.project_task.working_hours_close IS 'Working Hours to Close';
COMMENT ON COLUMN odoo.project_task.active IS 'Active';
COMMENT ON COLUMN odoo.project_task.is_closed IS 'Closing Stage';
COMMENT ON COLUMN odoo.project_task.is_blocked IS 'Is Blocked';
COMMENT ON COLUMN odoo.project_task.recurring_task IS 'Recurrent';
COMMENT ON COLUMN odoo.project_task.is_analytic_account_id_changed IS 'Is Analytic Account Manually Changed';
COMMENT ON COLUMN odoo.project_task.create_date IS 'Created On';
COMMENT ON COLUMN odoo.project_task.write_date IS 'Last Updated On';
COMMENT ON COLUMN odoo.project_task.date_end IS 'Ending Date';
COMMENT ON COLUMN odoo.project_task.date_assign IS 'Assigning Date';
COMMENT ON COLUMN odoo.project_task.date_last_stage_update IS 'Last Stage Update';
COMMENT ON COLUMN odoo.project_task.rating_last_value IS 'Rating Last Value';
COMMENT ON COLUMN odoo.project_task.planned_hours IS 'Initially Planned Hours';
COMMENT ON COLUMN odoo.project_task.working_days_open IS 'Working Days to Assign';
COMMENT ON COLUMN odoo.project_task.working_days_close IS 'Working Days to Close';
COMMENT ON COLUMN odoo.project_task.sale_order_id IS 'Sales Order';
COMMENT ON COLUMN odoo.project_task.sale_line_id IS 'Sales Order Item';
COMMENT ON TABLE odoo.project_task_recurrence IS 'Task Recurrence';
COMMENT ON COLUMN odoo.project_task_recurrence.recurrence_left IS 'Number of Tasks Left to Create';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_interval IS 'Repeat Every';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_number IS 'Repetitions';
COMMENT ON COLUMN odoo.project_task_recurrence.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_task_recurrence.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_unit IS 'Repeat Unit';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_type IS 'Until';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_on_month IS 'Repeat On Month';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_on_year IS 'Repeat On Year';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_day IS 'Repeat Day';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_week IS 'Repeat Week';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_weekday IS 'Day Of The Week';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_month IS 'Repeat Month';
COMMENT ON COLUMN odoo.project_task_recurrence.next_recurrence_date IS 'Next Recurrence Date';
COMMENT ON COLUMN odoo.project_task_recurrence.repeat_until IS 'End Date';
COMMENT ON COLUMN odoo.project_task_recurrence.mon IS 'Mon';
COMMENT ON COLUMN odoo.project_task_recurrence.tue IS 'Tue';
COMMENT ON COLUMN odoo.project_task_recurrence.wed IS 'Wed';
COMMENT ON COLUMN odoo.project_task_recurrence.thu IS 'Thu';
COMMENT ON COLUMN odoo.project_task_recurrence.fri IS 'Fri';
COMMENT ON COLUMN odoo.project_task_recurrence.sat IS 'Sat';
COMMENT ON COLUMN odoo.project_task_recurrence.sun IS 'Sun';
COMMENT ON COLUMN odoo.project_task_recurrence.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_task_recurrence.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.project_task_type IS 'Task Stage';
COMMENT ON COLUMN odoo.project_task_type.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.project_task_type.mail_template_id IS 'Email Template';
COMMENT ON COLUMN odoo.project_task_type.rating_template_id IS 'Rating Email Template';
COMMENT ON COLUMN odoo.project_task_type.user_id IS 'Stage Owner';
COMMENT ON COLUMN odoo.project_task_type.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_task_type.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_task_type.name IS 'Name';
COMMENT ON COLUMN odoo.project_task_type.description IS 'Description';
COMMENT ON COLUMN odoo.project_task_type.legend_blocked IS 'Red Kanban Label';
COMMENT ON COLUMN odoo.project_task_type.legend_done IS 'Green Kanban Label';
COMMENT ON COLUMN odoo.project_task_type.legend_normal IS 'Grey Kanban Label';
COMMENT ON COLUMN odoo.project_task_type.active IS 'Active';
COMMENT ON COLUMN odoo.project_task_type.fold IS 'Folded in Kanban';
COMMENT ON COLUMN odoo.project_task_type.auto_validation_kanban_state IS 'Automatic Kanban Status';
COMMENT ON COLUMN odoo.project_task_type.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_task_type.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.project_task_type.sms_template_id IS 'SMS Template';
COMMENT ON TABLE odoo.project_task_type_rel IS 'RELATION BETWEEN project_task_type AND project_project';
COMMENT ON TABLE odoo.project_task_user_rel IS 'Personal Task Stage';
COMMENT ON COLUMN odoo.project_task_user_rel.task_id IS 'Task';
COMMENT ON COLUMN odoo.project_task_user_rel.user_id IS 'User';
COMMENT ON COLUMN odoo.project_task_user_rel.stage_id IS 'Stage';
COMMENT ON COLUMN odoo.project_task_user_rel.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_task_user_rel.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_task_user_rel.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_task_user_rel.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.project_update IS 'Project Update';
COMMENT ON COLUMN odoo.project_update.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.project_update.progress IS 'Progress';
COMMENT ON COLUMN odoo.project_update.user_id IS 'Author';
COMMENT ON COLUMN odoo.project_update.project_id IS 'Project';
COMMENT ON COLUMN odoo.project_update.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.project_update.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.project_update.email_cc IS 'Email cc';
COMMENT ON COLUMN odoo.project_update.name IS 'Title';
COMMENT ON COLUMN odoo.project_update.status IS 'Status';
COMMENT ON COLUMN odoo.project_update.date IS 'Date';
COMMENT ON COLUMN odoo.project_update.description IS 'Description';
COMMENT ON COLUMN odoo.project_update.create_date IS 'Created on';
COMMENT ON COLUMN odoo.project_update.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.purchase_order IS 'Purchase Order';
COMMENT ON COLUMN odoo.purchase_order.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.purchase_order.partner_id IS 'Vendor';
COMMENT ON COLUMN odoo.purchase_order.dest_address_id IS 'Dropship Address';
COMMENT ON COLUMN odoo.purchase_order.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.purchase_order.invoice_count IS 'Bill Count';
COMMENT ON COLUMN odoo.purchase_order.fiscal_position_id IS 'Fiscal Position';
COMMENT ON COLUMN odoo.purchase_order.payment_term_id IS 'Payment Terms';
COMMENT ON COLUMN odoo.purchase_order.incoterm_id IS 'Incoterm';
COMMENT ON COLUMN odoo.purchase_order.user_id IS 'Buyer';
COMMENT ON COLUMN odoo.purchase_order.company_id IS 'Company';
COMMENT ON COLUMN odoo.purchase_order.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.purchase_order.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.purchase_order.access_token IS 'Security Token';
COMMENT ON COLUMN odoo.purchase_order.name IS 'Order Reference';
COMMENT ON COLUMN odoo.purchase_order.priority IS 'Priority';
COMMENT ON COLUMN odoo.purchase_order.origin IS 'Source Document';
COMMENT ON COLUMN odoo.purchase_order.partner_ref IS 'Vendor Reference';
COMMENT ON COLUMN odoo.purchase_order.state IS 'Status';
COMMENT ON COLUMN odoo.purchase_order.invoice_status IS 'Billing Status';
COMMENT ON COLUMN odoo.purchase_order.notes IS 'Terms and Conditions';
COMMENT ON COLUMN odoo.purchase_order.amount_untaxed IS 'Untaxed Amount';
COMMENT ON COLUMN odoo.purchase_order.amount_tax IS 'Taxes';
COMMENT ON COLUMN odoo.purchase_order.amount_total IS 'Total';
COMMENT ON COLUMN odoo.purchase_order.mail_reminder_confirmed IS 'Reminder Confirmed';
COMMENT ON COLUMN odoo.purchase_order.mail_reception_confirmed IS 'Reception Confirmed';
COMMENT ON COLUMN odoo.purchase_order.date_order IS 'Order Deadline';
COMMENT ON COLUMN odoo.purchase_order.date_approve IS 'Confirmation Date';
COMMENT ON COLUMN odoo.purchase_order.date_planned IS 'Expected Arrival';
COMMENT ON COLUMN odoo.purchase_order.date_calendar_start IS 'Date Calendar Start';
COMMENT ON COLUMN odoo.purchase_order.create_date IS 'Created on';
COMMENT ON COLUMN odoo.purchase_order.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.purchase_order.currency_rate IS 'Currency Rate';
COMMENT ON COLUMN odoo.purchase_order.picking_type_id IS 'Deliver To';
COMMENT ON COLUMN odoo.purchase_order.group_id IS 'Procurement Group';
COMMENT ON COLUMN odoo.purchase_order.incoterm_location IS 'Incoterm Location';
COMMENT ON COLUMN odoo.purchase_order.receipt_status IS 'Receipt Status';
COMMENT ON COLUMN odoo.purchase_order.effective_date IS 'Arrival';
COMMENT ON COLUMN odoo.purchase_order.l10n_in_journal_id IS 'Journal';
COMMENT ON COLUMN odoo.purchase_order.l10n_in_gst_treatment IS 'GST Treatment';
COMMENT ON TABLE odoo.purchase_order_line IS 'Purchase Order Line';
COMMENT ON COLUMN odoo.purchase_order_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.purchase_order_line.product_uom IS 'Unit of Measure';
COMMENT ON COLUMN odoo.purchase_order_line.product_id IS 'Product';
COMMENT ON COLUMN odoo.purchase_order_line.order_id IS 'Order Reference';
COMMENT ON COLUMN odoo.purchase_order_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.purchase_order_line.partner_id IS 'Partner';
COMMENT ON COLUMN odoo.purchase_order_line.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.purchase_order_line.product_packaging_id IS 'Packaging';
COMMENT ON COLUMN odoo.purchase_order_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.purchase_order_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.purchase_order_line.state IS 'Status';
COMMENT ON COLUMN odoo.purchase_order_line.qty_received_method IS 'Received Qty Method';
COMMENT ON COLUMN odoo.purchase_order_line.display_type IS 'Display Type';
COMMENT ON COLUMN odoo.purchase_order_line.analytic_distribution IS 'Analytic';
COMMENT ON COLUMN odoo.purchase_order_line.name IS 'Description';
COMMENT ON COLUMN odoo.purchase_order_line.product_qty IS 'Quantity';
COMMENT ON COLUMN odoo.purchase_order_line.price_unit IS 'Unit Price';
COMMENT ON COLUMN odoo.purchase_order_line.price_subtotal IS 'Subtotal';
COMMENT ON COLUMN odoo.purchase_order_line.price_total IS 'Total';
COMMENT ON COLUMN odoo.purchase_order_line.qty_invoiced IS 'Billed Qty';
COMMENT ON COLUMN odoo.purchase_order_line.qty_received IS 'Received Qty';
COMMENT ON COLUMN odoo.purchase_order_line.qty_received_manual IS 'Manual Received Qty';
COMMENT ON COLUMN odoo.purchase_order_line.qty_to_invoice IS 'To Invoice Quantity';
COMMENT ON COLUMN odoo.purchase_order_line.date_planned IS 'Expected Arrival';
COMMENT ON COLUMN odoo.purchase_order_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.purchase_order_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.purchase_order_line.product_uom_qty IS 'Total Quantity';
COMMENT ON COLUMN odoo.purchase_order_line.price_tax IS 'Tax';
COMMENT ON COLUMN odoo.purchase_order_line.product_packaging_qty IS 'Packaging Quantity';
COMMENT ON COLUMN odoo.purchase_order_line.orderpoint_id IS 'Orderpoint';
COMMENT ON COLUMN odoo.purchase_order_line.product_description_variants IS 'Custom Description';
COMMENT ON COLUMN odoo.purchase_order_line.propagate_cancel IS 'Propagate cancellation';
COMMENT ON COLUMN odoo.purchase_order_line.sale_order_id IS 'Sale Order';
COMMENT ON COLUMN odoo.purchase_order_line.sale_line_id IS 'Origin Sale Item';
COMMENT ON TABLE odoo.purchase_order_stock_picking_rel IS 'RELATION BETWEEN purchase_order AND stock_picking';
COMMENT ON TABLE odoo.res_bank IS 'Bank';
COMMENT ON COLUMN odoo.res_bank.state IS 'Fed. State';
COMMENT ON COLUMN odoo.res_bank.country IS 'Country';
COMMENT ON COLUMN odoo.res_bank.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_bank.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_bank.name IS 'Name';
COMMENT ON COLUMN odoo.res_bank.street IS 'Street';
COMMENT ON COLUMN odoo.res_bank.street2 IS 'Street2';
COMMENT ON COLUMN odoo.res_bank.zip IS 'Zip';
COMMENT ON COLUMN odoo.res_bank.city IS 'City';
COMMENT ON COLUMN odoo.res_bank.email IS 'Email';
COMMENT ON COLUMN odoo.res_bank.phone IS 'Phone';
COMMENT ON COLUMN odoo.res_bank.bic IS 'Bank Identifier Code';
COMMENT ON COLUMN odoo.res_bank.active IS 'Active';
COMMENT ON COLUMN odoo.res_bank.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_bank.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_company.parent_id IS 'Parent Company';
COMMENT ON COLUMN odoo.res_company.paperformat_id IS 'Paper format';
COMMENT ON COLUMN odoo.res_company.external_report_layout_id IS 'Document Template';
COMMENT ON COLUMN odoo.res_company.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_company.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_company.email IS 'Email';
COMMENT ON COLUMN odoo.res_company.phone IS 'Phone';
COMMENT ON COLUMN odoo.res_company.mobile IS 'Mobile';
COMMENT ON COLUMN odoo.res_company.base_onboarding_company_state IS 'State of the onboarding company step';
COMMENT ON COLUMN odoo.res_company.font IS 'Font';
COMMENT ON COLUMN odoo.res_company.primary_color IS 'Primary Color';
COMMENT ON COLUMN odoo.res_company.secondary_color IS 'Secondary Color';
COMMENT ON COLUMN odoo.res_company.layout_background IS 'Layout Background';
COMMENT ON COLUMN odoo.res_company.report_footer IS 'Report Footer';
COMMENT ON COLUMN odoo.res_company.report_header IS 'Company Tagline';
COMMENT ON COLUMN odoo.res_company.company_details IS 'Company Details';
COMMENT ON COLUMN odoo.res_company.active IS 'Active';
COMMENT ON COLUMN odoo.res_company.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_company.logo_web IS 'Logo Web';
COMMENT ON COLUMN odoo.res_company.nomenclature_id IS 'Nomenclature';
COMMENT ON COLUMN odoo.res_company.resource_calendar_id IS 'Default Working Hours';
COMMENT ON COLUMN odoo.res_company.partner_gid IS 'Company database ID';
COMMENT ON COLUMN odoo.res_company.iap_enrich_auto_done IS 'Enrich Done';
COMMENT ON COLUMN odoo.res_company.snailmail_color IS 'Color';
COMMENT ON COLUMN odoo.res_company.snailmail_cover IS 'Add a Cover Page';
COMMENT ON COLUMN odoo.res_company.snailmail_duplex IS 'Both sides';
COMMENT ON COLUMN odoo.res_company.payment_provider_onboarding_state IS 'State of the onboarding payment provider step';
COMMENT ON COLUMN odoo.res_company.payment_onboarding_payment_method IS 'Selected onboarding payment method';
COMMENT ON COLUMN odoo.res_company.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.res_company.fiscalyear_last_day IS 'Fiscalyear Last Day';
COMMENT ON COLUMN odoo.res_company.transfer_account_id IS 'Inter-Banks Transfer Account';
COMMENT ON COLUMN odoo.res_company.chart_template_id IS 'Chart Template';
COMMENT ON COLUMN odoo.res_company.default_cash_difference_income_account_id IS 'Cash Difference Income Account';
COMMENT ON COLUMN odoo.res_company.default_cash_difference_expense_account_id IS 'Cash Difference Expense Account';
COMMENT ON COLUMN odoo.res_company.account_journal_suspense_account_id IS 'Journal Suspense Account';
COMMENT ON COLUMN odoo.res_company.account_journal_payment_debit_account_id IS 'Journal Outstanding Receipts Account';
COMMENT ON COLUMN odoo.res_company.account_journal_payment_credit_account_id IS 'Journal Outstanding Payments Account';
COMMENT ON COLUMN odoo.res_company.account_journal_early_pay_discount_gain_account_id IS 'Cash Discount Write-Off Gain Account';
COMMENT ON COLUMN odoo.res_company.account_journal_early_pay_discount_loss_account_id IS 'Cash Discount Write-Off Loss Account';
COMMENT ON COLUMN odoo.res_company.account_sale_tax_id IS 'Default Sale Tax';
COMMENT ON COLUMN odoo.res_company.account_purchase_tax_id IS 'Default Purchase Tax';
COMMENT ON COLUMN odoo.res_company.currency_exchange_journal_id IS 'Exchange Gain or Loss Journal';
COMMENT ON COLUMN odoo.res_company.income_currency_exchange_account_id IS 'Gain Exchange Rate Account';
COMMENT ON COLUMN odoo.res_company.expense_currency_exchange_account_id IS 'Loss Exchange Rate Account';
COMMENT ON COLUMN odoo.res_company.property_stock_account_input_categ_id IS 'Input Account for Stock Valuation';
COMMENT ON COLUMN odoo.res_company.property_stock_account_output_categ_id IS 'Output Account for Stock Valuation';
COMMENT ON COLUMN odoo.res_company.property_stock_valuation_account_id IS 'Account Template for Stock Valuation';
COMMENT ON COLUMN odoo.res_company.incoterm_id IS 'Default incoterm';
COMMENT ON COLUMN odoo.res_company.account_opening_move_id IS 'Opening Journal Entry';
COMMENT ON COLUMN odoo.res_company.account_default_pos_receivable_account_id IS 'Default PoS Receivable Account';
COMMENT ON COLUMN odoo.res_company.expense_accrual_account_id IS 'Expense Accrual Account';
COMMENT ON COLUMN odoo.res_company.revenue_accrual_account_id IS 'Revenue Accrual Account';
COMMENT ON COLUMN odoo.res_company.automatic_entry_default_journal_id IS 'Automatic Entry Default Journal';
COMMENT ON COLUMN odoo.res_company.account_fiscal_country_id IS 'Fiscal Country';
COMMENT ON COLUMN odoo.res_company.tax_cash_basis_journal_id IS 'Cash Basis Journal';
COMMENT ON COLUMN odoo.res_company.account_cash_basis_base_account_id IS 'Base Tax Received Account';
COMMENT ON COLUMN odoo.res_company.fiscalyear_last_month IS 'Fiscalyear Last Month';
COMMENT ON COLUMN odoo.res_company.bank_account_code_prefix IS 'Prefix of the bank accounts';
COMMENT ON COLUMN odoo.res_company.cash_account_code_prefix IS 'Prefix of the cash accounts';
COMMENT ON COLUMN odoo.res_company.early_pay_discount_computation IS 'Cash Discount Tax Reduction';
COMMENT ON COLUMN odoo.res_company.transfer_account_code_prefix IS 'Prefix of the transfer accounts';
COMMENT ON COLUMN odoo.res_company.tax_calculation_rounding_method IS 'Tax Calculation Rounding Method';
COMMENT ON COLUMN odoo.res_company.account_setup_bank_data_state IS 'State of the onboarding bank data step';
COMMENT ON COLUMN odoo.res_company.account_setup_fy_data_state IS 'State of the onboarding fiscal year step';
COMMENT ON COLUMN odoo.res_company.account_setup_coa_state IS 'State of the onboarding charts of account step';
COMMENT ON COLUMN odoo.res_company.account_setup_taxes_state IS 'State of the onboarding Taxes step';
COMMENT ON COLUMN odoo.res_company.account_onboarding_invoice_layout_state IS 'State of the onboarding invoice layout step';
COMMENT ON COLUMN odoo.res_company.account_onboarding_sale_tax_state IS 'State of the onboarding sale tax step';
COMMENT ON COLUMN odoo.res_company.account_invoice_onboarding_state IS 'State of the account invoice onboarding panel';
COMMENT ON COLUMN odoo.res_company.account_dashboard_onboarding_state IS 'State of the account dashboard onboarding panel';
COMMENT ON COLUMN odoo.res_company.terms_type IS 'Terms & Conditions format';
COMMENT ON COLUMN odoo.res_company.account_setup_bill_state IS 'State of the onboarding bill step';
COMMENT ON COLUMN odoo.res_company.quick_edit_mode IS 'Quick encoding';
COMMENT ON COLUMN odoo.res_company.period_lock_date IS 'Journals Entries Lock Date';
COMMENT ON COLUMN odoo.res_company.fiscalyear_lock_date IS 'All Users Lock Date';
COMMENT ON COLUMN odoo.res_company.tax_lock_date IS 'Tax Return Lock Date';
COMMENT ON COLUMN odoo.res_company.account_opening_date IS 'Opening Entry';
COMMENT ON COLUMN odoo.res_company.invoice_terms IS 'Default Terms and Conditions';
COMMENT ON COLUMN odoo.res_company.invoice_terms_html IS 'Default Terms and Conditions as a Web page';
COMMENT ON COLUMN odoo.res_company.expects_chart_of_accounts IS 'Expects a Chart of Accounts';
COMMENT ON COLUMN odoo.res_company.anglo_saxon_accounting IS 'Use anglo-saxon accounting';
COMMENT ON COLUMN odoo.res_company.qr_code IS 'Display QR-code on invoices';
COMMENT ON COLUMN odoo.res_company.invoice_is_email IS 'Email by default';
COMMENT ON COLUMN odoo.res_company.invoice_is_print IS 'Print by default';
COMMENT ON COLUMN odoo.res_company.account_use_credit_limit IS 'Sales Credit Limit';
COMMENT ON COLUMN odoo.res_company.account_onboarding_create_invoice_state_flag IS 'Account Onboarding Create Invoice State Flag';
COMMENT ON COLUMN odoo.res_company.tax_exigibility IS 'Use Cash Basis';
COMMENT ON COLUMN odoo.res_company.account_storno IS 'Storno accounting';
COMMENT ON COLUMN odoo.res_company.internal_transit_location_id IS 'Internal Transit Location';
COMMENT ON COLUMN odoo.res_company.stock_mail_confirmation_template_id IS 'Email Template confirmation picking';
COMMENT ON COLUMN odoo.res_company.annual_inventory_day IS 'Day of the month';
COMMENT ON COLUMN odoo.res_company.annual_inventory_month IS 'Annual Inventory Month';
COMMENT ON COLUMN odoo.res_company.stock_move_email_validation IS 'Email Confirmation picking';
COMMENT ON COLUMN odoo.res_company.invoice_is_snailmail IS 'Send by Post';
COMMENT ON COLUMN odoo.res_company.stock_sms_confirmation_template_id IS 'SMS Template';
COMMENT ON COLUMN odoo.res_company.stock_move_sms_validation IS 'SMS Confirmation';
COMMENT ON COLUMN odoo.res_company.has_received_warning_stock_sms IS 'Has Received Warning Stock Sms';
COMMENT ON COLUMN odoo.res_company.point_of_sale_update_stock_quantities IS 'Update quantities in stock';
COMMENT ON COLUMN odoo.res_company.point_of_sale_use_ticket_qr_code IS 'Use QR code on ticket';
COMMENT ON COLUMN odoo.res_company.social_twitter IS 'Twitter Account';
COMMENT ON COLUMN odoo.res_company.social_facebook IS 'Facebook Account';
COMMENT ON COLUMN odoo.res_company.social_github IS 'GitHub Account';
COMMENT ON COLUMN odoo.res_company.social_linkedin IS 'LinkedIn Account';
COMMENT ON COLUMN odoo.res_company.social_youtube IS 'Youtube Account';
COMMENT ON COLUMN odoo.res_company.social_instagram IS 'Instagram Account';
COMMENT ON COLUMN odoo.res_company.hr_presence_control_email_amount IS '# emails to send';
COMMENT ON COLUMN odoo.res_company.hr_presence_control_ip_list IS 'Valid IP addresses';
COMMENT ON COLUMN odoo.res_company.vat_check_vies IS 'Verify VAT Numbers';
COMMENT ON COLUMN odoo.res_company.quotation_validity_days IS 'Default Quotation Validity (Days)';
COMMENT ON COLUMN odoo.res_company.sale_quotation_onboarding_state IS 'State of the sale onboarding panel';
COMMENT ON COLUMN odoo.res_company.sale_onboarding_order_confirmation_state IS 'State of the onboarding confirmation order step';
COMMENT ON COLUMN odoo.res_company.sale_onboarding_sample_quotation_state IS 'State of the onboarding sample quotation step';
COMMENT ON COLUMN odoo.res_company.sale_onboarding_payment_method IS 'Sale onboarding selected payment method';
COMMENT ON COLUMN odoo.res_company.portal_confirmation_sign IS 'Online Signature';
COMMENT ON COLUMN odoo.res_company.portal_confirmation_pay IS 'Online Payment';
COMMENT ON COLUMN odoo.res_company.sale_order_template_id IS 'Default Sale Template';
COMMENT ON COLUMN odoo.res_company.security_lead IS 'Sales Safety Days';
COMMENT ON COLUMN odoo.res_company.manufacturing_lead IS 'Manufacturing Lead Time';
COMMENT ON COLUMN odoo.res_company.po_lock IS 'Purchase Order Modification';
COMMENT ON COLUMN odoo.res_company.po_double_validation IS 'Levels of Approvals';
COMMENT ON COLUMN odoo.res_company.po_double_validation_amount IS 'Double validation amount';
COMMENT ON COLUMN odoo.res_company.po_lead IS 'Purchase Lead Time';
COMMENT ON COLUMN odoo.res_company.days_to_purchase IS 'Days to Purchase';
COMMENT ON COLUMN odoo.res_company.website_id IS 'Website';
COMMENT ON COLUMN odoo.res_company.website_sale_onboarding_payment_provider_state IS 'State of the website sale onboarding payment provider step';
COMMENT ON TABLE odoo.res_company_users_rel IS 'RELATION BETWEEN res_company AND res_users';
COMMENT ON TABLE odoo.res_country IS 'Country';
COMMENT ON COLUMN odoo.res_country.address_view_id IS 'Input View';
COMMENT ON COLUMN odoo.res_country.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.res_country.phone_code IS 'Country Calling Code';
COMMENT ON COLUMN odoo.res_country.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_country.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_country.code IS 'Country Code';
COMMENT ON COLUMN odoo.res_country.name_position IS 'Customer Name Position';
COMMENT ON COLUMN odoo.res_country.name IS 'Country Name';
COMMENT ON COLUMN odoo.res_country.vat_label IS 'Vat Label';
COMMENT ON COLUMN odoo.res_country.address_format IS 'Layout in Reports';
COMMENT ON COLUMN odoo.res_country.state_required IS 'State Required';
COMMENT ON COLUMN odoo.res_country.zip_required IS 'Zip Required';
COMMENT ON COLUMN odoo.res_country.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_country.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.res_country_group IS 'Country Group';
COMMENT ON COLUMN odoo.res_country_group.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_country_group.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_country_group.name IS 'Name';
COMMENT ON COLUMN odoo.res_country_group.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_country_group.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.res_country_group_pricelist_rel IS 'RELATION BETWEEN product_pricelist AND res_country_group';
COMMENT ON TABLE odoo.res_country_res_country_group_rel IS 'RELATION BETWEEN res_country AND res_country_group';
COMMENT ON TABLE odoo.res_country_state IS 'Country state';
COMMENT ON COLUMN odoo.res_country_state.country_id IS 'Country';
COMMENT ON COLUMN odoo.res_country_state.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_country_state.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_country_state.name IS 'State Name';
COMMENT ON COLUMN odoo.res_country_state.code IS 'State Code';
COMMENT ON COLUMN odoo.res_country_state.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_country_state.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_country_state.l10n_in_tin IS 'TIN Number';
COMMENT ON COLUMN odoo.res_currency.decimal_places IS 'Decimal Places';
COMMENT ON COLUMN odoo.res_currency.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_currency.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_currency.full_name IS 'Name';
COMMENT ON COLUMN odoo.res_currency.position IS 'Symbol Position';
COMMENT ON COLUMN odoo.res_currency.currency_unit_label IS 'Currency Unit';
COMMENT ON COLUMN odoo.res_currency.currency_subunit_label IS 'Currency Subunit';
COMMENT ON COLUMN odoo.res_currency.rounding IS 'Rounding Factor';
COMMENT ON COLUMN odoo.res_currency.active IS 'Active';
COMMENT ON COLUMN odoo.res_currency.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_currency.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.res_currency_rate IS 'Currency Rate';
COMMENT ON COLUMN odoo.res_currency_rate.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.res_currency_rate.company_id IS 'Company';
COMMENT ON COLUMN odoo.res_currency_rate.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_currency_rate.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_currency_rate.name IS 'Date';
COMMENT ON COLUMN odoo.res_currency_rate.rate IS 'Technical Rate';
COMMENT ON COLUMN odoo.res_currency_rate.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_currency_rate.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_groups.category_id IS 'Application';
COMMENT ON COLUMN odoo.res_groups.color IS 'Color Index';
COMMENT ON COLUMN odoo.res_groups.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_groups.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_groups.comment IS 'Comment';
COMMENT ON COLUMN odoo.res_groups.share IS 'Share Group';
COMMENT ON COLUMN odoo.res_groups.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_groups.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.res_groups_implied_rel IS 'RELATION BETWEEN res_groups AND res_groups';
COMMENT ON TABLE odoo.res_groups_users_rel IS 'RELATION BETWEEN res_groups AND res_users';
COMMENT ON TABLE odoo.res_lang IS 'Languages';
COMMENT ON COLUMN odoo.res_lang.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_lang.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_lang.name IS 'Name';
COMMENT ON COLUMN odoo.res_lang.code IS 'Locale Code';
COMMENT ON COLUMN odoo.res_lang.iso_code IS 'ISO code';
COMMENT ON COLUMN odoo.res_lang.url_code IS 'URL Code';
COMMENT ON COLUMN odoo.res_lang.direction IS 'Direction';
COMMENT ON COLUMN odoo.res_lang.date_format IS 'Date Format';
COMMENT ON COLUMN odoo.res_lang.time_format IS 'Time Format';
COMMENT ON COLUMN odoo.res_lang.week_start IS 'First Day of Week';
COMMENT ON COLUMN odoo.res_lang.grouping IS 'Separator Format';
COMMENT ON COLUMN odoo.res_lang.decimal_point IS 'Decimal Separator';
COMMENT ON COLUMN odoo.res_lang.thousands_sep IS 'Thousands Separator';
COMMENT ON COLUMN odoo.res_lang.active IS 'Active';
COMMENT ON COLUMN odoo.res_lang.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_lang.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_partner.title IS 'Title';
COMMENT ON COLUMN odoo.res_partner.parent_id IS 'Related Company';
COMMENT ON COLUMN odoo.res_partner.user_id IS 'Salesperson';
COMMENT ON COLUMN odoo.res_partner.state_id IS 'State';
COMMENT ON COLUMN odoo.res_partner.country_id IS 'Country';
COMMENT ON COLUMN odoo.res_partner.industry_id IS 'Industry';
COMMENT ON COLUMN odoo.res_partner.color IS 'Color Index';
COMMENT ON COLUMN odoo.res_partner.commercial_partner_id IS 'Commercial Entity';
COMMENT ON COLUMN odoo.res_partner.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_partner.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_partner.display_name IS 'Display Name';
COMMENT ON COLUMN odoo.res_partner.ref IS 'Reference';
COMMENT ON COLUMN odoo.res_partner.lang IS 'Language';
COMMENT ON COLUMN odoo.res_partner.tz IS 'Timezone';
COMMENT ON COLUMN odoo.res_partner.vat IS 'Tax ID';
COMMENT ON COLUMN odoo.res_partner.company_registry IS 'Company ID';
COMMENT ON COLUMN odoo.res_partner.website IS 'Website Link';
COMMENT ON COLUMN odoo.res_partner.function IS 'Job Position';
COMMENT ON COLUMN odoo.res_partner.type IS 'Address Type';
COMMENT ON COLUMN odoo.res_partner.street IS 'Street';
COMMENT ON COLUMN odoo.res_partner.street2 IS 'Street2';
COMMENT ON COLUMN odoo.res_partner.zip IS 'Zip';
COMMENT ON COLUMN odoo.res_partner.city IS 'City';
COMMENT ON COLUMN odoo.res_partner.email IS 'Email';
COMMENT ON COLUMN odoo.res_partner.phone IS 'Phone';
COMMENT ON COLUMN odoo.res_partner.mobile IS 'Mobile';
COMMENT ON COLUMN odoo.res_partner.commercial_company_name IS 'Company Name Entity';
COMMENT ON COLUMN odoo.res_partner.company_name IS 'Company Name';
COMMENT ON COLUMN odoo.res_partner.date IS 'Date';
COMMENT ON COLUMN odoo.res_partner.comment IS 'Notes';
COMMENT ON COLUMN odoo.res_partner.partner_latitude IS 'Geo Latitude';
COMMENT ON COLUMN odoo.res_partner.partner_longitude IS 'Geo Longitude';
COMMENT ON COLUMN odoo.res_partner.active IS 'Active';
COMMENT ON COLUMN odoo.res_partner.employee IS 'Employee';
COMMENT ON COLUMN odoo.res_partner.is_company IS 'Is a Company';
COMMENT ON COLUMN odoo.res_partner.partner_share IS 'Share Partner';
COMMENT ON COLUMN odoo.res_partner.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_partner.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.res_partner.message_bounce IS 'Bounce';
COMMENT ON COLUMN odoo.res_partner.email_normalized IS 'Normalized Email';
COMMENT ON COLUMN odoo.res_partner.signup_token IS 'Signup Token';
COMMENT ON COLUMN odoo.res_partner.signup_type IS 'Signup Token Type';
COMMENT ON COLUMN odoo.res_partner.signup_expiration IS 'Signup Expiration';
COMMENT ON COLUMN odoo.res_partner.partner_gid IS 'Company database ID';
COMMENT ON COLUMN odoo.res_partner.additional_info IS 'Additional info';
COMMENT ON COLUMN odoo.res_partner.phone_sanitized IS 'Sanitized Number';
COMMENT ON COLUMN odoo.res_partner.supplier_rank IS 'Supplier Rank';
COMMENT ON COLUMN odoo.res_partner.customer_rank IS 'Customer Rank';
COMMENT ON COLUMN odoo.res_partner.invoice_warn IS 'Invoice';
COMMENT ON COLUMN odoo.res_partner.invoice_warn_msg IS 'Message for Invoice';
COMMENT ON COLUMN odoo.res_partner.debit_limit IS 'Payable Limit';
COMMENT ON COLUMN odoo.res_partner.last_time_entries_checked IS 'Latest Invoices & Payments Matching Date';
COMMENT ON COLUMN odoo.res_partner.picking_warn IS 'Stock Picking';
COMMENT ON COLUMN odoo.res_partner.picking_warn_msg IS 'Message for Stock Picking';
COMMENT ON COLUMN odoo.res_partner.l10n_in_gst_treatment IS 'GST Treatment';
COMMENT ON COLUMN odoo.res_partner.calendar_last_notif_ack IS 'Last notification marked as read from base Calendar';
COMMENT ON COLUMN odoo.res_partner.team_id IS 'Sales Team';
COMMENT ON COLUMN odoo.res_partner.sale_warn IS 'Sales Warnings';
COMMENT ON COLUMN odoo.res_partner.sale_warn_msg IS 'Message for Sales Order';
COMMENT ON COLUMN odoo.res_partner.purchase_warn IS 'Purchase Order';
COMMENT ON COLUMN odoo.res_partner.purchase_warn_msg IS 'Message for Purchase Order';
COMMENT ON COLUMN odoo.res_partner.website_id IS 'Website';
COMMENT ON COLUMN odoo.res_partner.is_published IS 'Is Published';
COMMENT ON COLUMN odoo.res_partner.date_localization IS 'Geolocation Date';
COMMENT ON COLUMN odoo.res_partner.website_meta_og_img IS 'Website opengraph image';
COMMENT ON COLUMN odoo.res_partner.website_meta_title IS 'Website meta title';
COMMENT ON COLUMN odoo.res_partner.website_meta_description IS 'Website meta description';
COMMENT ON COLUMN odoo.res_partner.website_meta_keywords IS 'Website meta keywords';
COMMENT ON COLUMN odoo.res_partner.seo_name IS 'Seo name';
COMMENT ON COLUMN odoo.res_partner.website_description IS 'Website Partner Full Description';
COMMENT ON COLUMN odoo.res_partner.website_short_description IS 'Website Partner Short Description';
COMMENT ON COLUMN odoo.res_partner.payment_responsible_id IS 'Follow-up Responsible';
COMMENT ON COLUMN odoo.res_partner.latest_followup_sequence IS 'Sequence';
COMMENT ON COLUMN odoo.res_partner.latest_followup_level_id_without_lit IS 'Latest Follow-up Level without litigation';
COMMENT ON COLUMN odoo.res_partner.payment_next_action_date IS 'Next Action Date';
COMMENT ON COLUMN odoo.res_partner.payment_note IS 'Customer Payment Promise';
COMMENT ON COLUMN odoo.res_partner.payment_next_action IS 'Next Action';
COMMENT ON TABLE odoo.res_partner_bank IS 'Bank Accounts';
COMMENT ON COLUMN odoo.res_partner_bank.partner_id IS 'Account Holder';
COMMENT ON COLUMN odoo.res_partner_bank.bank_id IS 'Bank';
COMMENT ON COLUMN odoo.res_partner_bank.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.res_partner_bank.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.res_partner_bank.company_id IS 'Company';
COMMENT ON COLUMN odoo.res_partner_bank.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_partner_bank.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_partner_bank.acc_number IS 'Account Number';
COMMENT ON COLUMN odoo.res_partner_bank.sanitized_acc_number IS 'Sanitized Account Number';
COMMENT ON COLUMN odoo.res_partner_bank.acc_holder_name IS 'Account Holder Name';
COMMENT ON COLUMN odoo.res_partner_bank.active IS 'Active';
COMMENT ON COLUMN odoo.res_partner_bank.allow_out_payment IS 'Send Money';
COMMENT ON COLUMN odoo.res_partner_bank.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_partner_bank.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_partner_bank.message_main_attachment_id IS 'Main Attachment';
COMMENT ON TABLE odoo.res_partner_category IS 'Partner Tags';
COMMENT ON COLUMN odoo.res_partner_category.color IS 'Color';
COMMENT ON COLUMN odoo.res_partner_category.parent_id IS 'Parent Category';
COMMENT ON COLUMN odoo.res_partner_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_partner_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_partner_category.parent_path IS 'Parent Path';
COMMENT ON COLUMN odoo.res_partner_category.name IS 'Tag Name';
COMMENT ON COLUMN odoo.res_partner_category.active IS 'Active';
COMMENT ON COLUMN odoo.res_partner_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_partner_category.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.res_partner_industry IS 'Industry';
COMMENT ON COLUMN odoo.res_partner_industry.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_partner_industry.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_partner_industry.name IS 'Name';
COMMENT ON COLUMN odoo.res_partner_industry.full_name IS 'Full Name';
COMMENT ON COLUMN odoo.res_partner_industry.active IS 'Active';
COMMENT ON COLUMN odoo.res_partner_industry.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_partner_industry.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.res_partner_res_partner_category_rel IS 'RELATION BETWEEN res_partner_category AND res_partner';
COMMENT ON TABLE odoo.res_partner_title IS 'Partner Title';
COMMENT ON COLUMN odoo.res_partner_title.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_partner_title.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_partner_title.name IS 'Title';
COMMENT ON COLUMN odoo.res_partner_title.shortcut IS 'Abbreviation';
COMMENT ON COLUMN odoo.res_partner_title.create_date IS 'Created on';
COMMENT ON COLUMN odoo.res_partner_title.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_users.action_id IS 'Home Action';
COMMENT ON COLUMN odoo.res_users.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.res_users.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.res_users.signature IS 'Email Signature';
COMMENT ON COLUMN odoo.res_users.share IS 'Share User';
COMMENT ON COLUMN odoo.res_users.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.res_users.totp_secret IS 'Totp Secret';
COMMENT ON COLUMN odoo.res_users.notification_type IS 'Notification';
COMMENT ON COLUMN odoo.res_users.odoobot_state IS 'OdooBot Status';
COMMENT ON COLUMN odoo.res_users.odoobot_failed IS 'Odoobot Failed';
COMMENT ON COLUMN odoo.res_users.karma IS 'Karma';
COMMENT ON COLUMN odoo.res_users.rank_id IS 'Rank';
COMMENT ON COLUMN odoo.res_users.next_rank_id IS 'Next Rank';
COMMENT ON COLUMN odoo.res_users.microsoft_calendar_rtoken IS 'Microsoft Refresh Token';
COMMENT ON COLUMN odoo.res_users.microsoft_calendar_token IS 'Microsoft User token';
COMMENT ON COLUMN odoo.res_users.microsoft_calendar_token_validity IS 'Microsoft Token Validity';
COMMENT ON COLUMN odoo.res_users.google_calendar_account_id IS 'Google Calendar Account';
COMMENT ON COLUMN odoo.res_users.sale_team_id IS 'User Sales Team';
COMMENT ON COLUMN odoo.res_users.oauth_provider_id IS 'OAuth Provider';
COMMENT ON COLUMN odoo.res_users.oauth_uid IS 'OAuth User ID';
COMMENT ON COLUMN odoo.res_users.oauth_access_token IS 'OAuth Access Token';
COMMENT ON COLUMN odoo.res_users.website_id IS 'Website';
COMMENT ON COLUMN odoo.res_users.livechat_username IS 'Livechat Username';
COMMENT ON TABLE odoo.resource_calendar IS 'Resource Working Time';
COMMENT ON COLUMN odoo.resource_calendar.company_id IS 'Company';
COMMENT ON COLUMN odoo.resource_calendar.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.resource_calendar.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.resource_calendar.name IS 'Name';
COMMENT ON COLUMN odoo.resource_calendar.tz IS 'Timezone';
COMMENT ON COLUMN odoo.resource_calendar.active IS 'Active';
COMMENT ON COLUMN odoo.resource_calendar.two_weeks_calendar IS 'Calendar in 2 weeks mode';
COMMENT ON COLUMN odoo.resource_calendar.create_date IS 'Created on';
COMMENT ON COLUMN odoo.resource_calendar.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.resource_calendar.hours_per_day IS 'Average Hour per Day';
COMMENT ON TABLE odoo.resource_calendar_attendance IS 'Work Detail';
COMMENT ON COLUMN odoo.resource_calendar_attendance.calendar_id IS 'Resource''s Calendar';
COMMENT ON COLUMN odoo.resource_calendar_attendance.resource_id IS 'Resource';
COMMENT ON COLUMN odoo.resource_calendar_attendance.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.resource_calendar_attendance.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.resource_calendar_attendance.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.resource_calendar_attendance.name IS 'Name';
COMMENT ON COLUMN odoo.resource_calendar_attendance.dayofweek IS 'Day of Week';
COMMENT ON COLUMN odoo.resource_calendar_attendance.day_period IS 'Day Period';
COMMENT ON COLUMN odoo.resource_calendar_attendance.week_type IS 'Week Number';
COMMENT ON COLUMN odoo.resource_calendar_attendance.display_type IS 'Display Type';
COMMENT ON COLUMN odoo.resource_calendar_attendance.date_from IS 'Starting Date';
COMMENT ON COLUMN odoo.resource_calendar_attendance.date_to IS 'End Date';
COMMENT ON COLUMN odoo.resource_calendar_attendance.create_date IS 'Created on';
COMMENT ON COLUMN odoo.resource_calendar_attendance.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.resource_calendar_attendance.hour_from IS 'Work from';
COMMENT ON COLUMN odoo.resource_calendar_attendance.hour_to IS 'Work to';
COMMENT ON TABLE odoo.resource_calendar_leaves IS 'Resource Time Off Detail';
COMMENT ON COLUMN odoo.resource_calendar_leaves.company_id IS 'Company';
COMMENT ON COLUMN odoo.resource_calendar_leaves.calendar_id IS 'Working Hours';
COMMENT ON COLUMN odoo.resource_calendar_leaves.resource_id IS 'Resource';
COMMENT ON COLUMN odoo.resource_calendar_leaves.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.resource_calendar_leaves.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.resource_calendar_leaves.name IS 'Reason';
COMMENT ON COLUMN odoo.resource_calendar_leaves.time_type IS 'Time Type';
COMMENT ON COLUMN odoo.resource_calendar_leaves.date_from IS 'Start Date';
COMMENT ON COLUMN odoo.resource_calendar_leaves.date_to IS 'End Date';
COMMENT ON COLUMN odoo.resource_calendar_leaves.create_date IS 'Created on';
COMMENT ON COLUMN odoo.resource_calendar_leaves.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.resource_resource IS 'Resources';
COMMENT ON COLUMN odoo.resource_resource.company_id IS 'Company';
COMMENT ON COLUMN odoo.resource_resource.user_id IS 'User';
COMMENT ON COLUMN odoo.resource_resource.calendar_id IS 'Working Time';
COMMENT ON COLUMN odoo.resource_resource.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.resource_resource.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.resource_resource.name IS 'Name';
COMMENT ON COLUMN odoo.resource_resource.resource_type IS 'Type';
COMMENT ON COLUMN odoo.resource_resource.tz IS 'Timezone';
COMMENT ON COLUMN odoo.resource_resource.active IS 'Active';
COMMENT ON COLUMN odoo.resource_resource.create_date IS 'Created on';
COMMENT ON COLUMN odoo.resource_resource.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.resource_resource.time_efficiency IS 'Efficiency Factor';
COMMENT ON TABLE odoo.sale_order IS 'Sales Order';
COMMENT ON COLUMN odoo.sale_order.campaign_id IS 'Campaign';
COMMENT ON COLUMN odoo.sale_order.source_id IS 'Source';
COMMENT ON COLUMN odoo.sale_order.medium_id IS 'Medium';
COMMENT ON COLUMN odoo.sale_order.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.sale_order.company_id IS 'Company';
COMMENT ON COLUMN odoo.sale_order.partner_id IS 'Customer';
COMMENT ON COLUMN odoo.sale_order.partner_invoice_id IS 'Invoice Address';
COMMENT ON COLUMN odoo.sale_order.partner_shipping_id IS 'Delivery Address';
COMMENT ON COLUMN odoo.sale_order.fiscal_position_id IS 'Fiscal Position';
COMMENT ON COLUMN odoo.sale_order.payment_term_id IS 'Payment Terms';
COMMENT ON COLUMN odoo.sale_order.pricelist_id IS 'Pricelist';
COMMENT ON COLUMN odoo.sale_order.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.sale_order.user_id IS 'Salesperson';
COMMENT ON COLUMN odoo.sale_order.team_id IS 'Sales Team';
COMMENT ON COLUMN odoo.sale_order.analytic_account_id IS 'Analytic Account';
COMMENT ON COLUMN odoo.sale_order.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.sale_order.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.sale_order.access_token IS 'Security Token';
COMMENT ON COLUMN odoo.sale_order.name IS 'Order Reference';
COMMENT ON COLUMN odoo.sale_order.state IS 'Status';
COMMENT ON COLUMN odoo.sale_order.client_order_ref IS 'Customer Reference';
COMMENT ON COLUMN odoo.sale_order.origin IS 'Source Document';
COMMENT ON COLUMN odoo.sale_order.reference IS 'Payment Ref.';
COMMENT ON COLUMN odoo.sale_order.signed_by IS 'Signed By';
COMMENT ON COLUMN odoo.sale_order.invoice_status IS 'Invoice Status';
COMMENT ON COLUMN odoo.sale_order.validity_date IS 'Expiration';
COMMENT ON COLUMN odoo.sale_order.note IS 'Terms and conditions';
COMMENT ON COLUMN odoo.sale_order.currency_rate IS 'Currency Rate';
COMMENT ON COLUMN odoo.sale_order.amount_untaxed IS 'Untaxed Amount';
COMMENT ON COLUMN odoo.sale_order.amount_tax IS 'Taxes';
COMMENT ON COLUMN odoo.sale_order.amount_total IS 'Total';
COMMENT ON COLUMN odoo.sale_order.require_signature IS 'Online Signature';
COMMENT ON COLUMN odoo.sale_order.require_payment IS 'Online Payment';
COMMENT ON COLUMN odoo.sale_order.create_date IS 'Creation Date';
COMMENT ON COLUMN odoo.sale_order.commitment_date IS 'Delivery Date';
COMMENT ON COLUMN odoo.sale_order.date_order IS 'Order Date';
COMMENT ON COLUMN odoo.sale_order.signed_on IS 'Signed On';
COMMENT ON COLUMN odoo.sale_order.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.sale_order.l10n_in_reseller_partner_id IS 'Reseller';
COMMENT ON COLUMN odoo.sale_order.l10n_in_journal_id IS 'Journal';
COMMENT ON COLUMN odoo.sale_order.l10n_in_gst_treatment IS 'GST Treatment';
COMMENT ON COLUMN odoo.sale_order.sale_order_template_id IS 'Quotation Template';
COMMENT ON COLUMN odoo.sale_order.incoterm IS 'Incoterm';
COMMENT ON COLUMN odoo.sale_order.warehouse_id IS 'Warehouse';
COMMENT ON COLUMN odoo.sale_order.procurement_group_id IS 'Procurement Group';
COMMENT ON COLUMN odoo.sale_order.incoterm_location IS 'Incoterm Location';
COMMENT ON COLUMN odoo.sale_order.picking_policy IS 'Shipping Policy';
COMMENT ON COLUMN odoo.sale_order.delivery_status IS 'Delivery Status';
COMMENT ON COLUMN odoo.sale_order.effective_date IS 'Effective Date';
COMMENT ON COLUMN odoo.sale_order.amount_unpaid IS 'Unpaid Amount';
COMMENT ON COLUMN odoo.sale_order.project_id IS 'Project';
COMMENT ON COLUMN odoo.sale_order.website_id IS 'Website';
COMMENT ON COLUMN odoo.sale_order.shop_warning IS 'Warning';
COMMENT ON COLUMN odoo.sale_order.cart_recovery_email_sent IS 'Cart recovery email already sent';
COMMENT ON TABLE odoo.sale_order_line IS 'Sales Order Line';
COMMENT ON COLUMN odoo.sale_order_line.order_id IS 'Order Reference';
COMMENT ON COLUMN odoo.sale_order_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.sale_order_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.sale_order_line.currency_id IS 'Currency';
COMMENT ON COLUMN odoo.sale_order_line.order_partner_id IS 'Customer';
COMMENT ON COLUMN odoo.sale_order_line.salesman_id IS 'Salesperson';
COMMENT ON COLUMN odoo.sale_order_line.product_id IS 'Product';
COMMENT ON COLUMN odoo.sale_order_line.product_uom IS 'Unit of Measure';
COMMENT ON COLUMN odoo.sale_order_line.product_packaging_id IS 'Packaging';
COMMENT ON COLUMN odoo.sale_order_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.sale_order_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.sale_order_line.state IS 'Order Status';
COMMENT ON COLUMN odoo.sale_order_line.display_type IS 'Display Type';
COMMENT ON COLUMN odoo.sale_order_line.qty_delivered_method IS 'Method to update delivered qty';
COMMENT ON COLUMN odoo.sale_order_line.invoice_status IS 'Invoice Status';
COMMENT ON COLUMN odoo.sale_order_line.analytic_distribution IS 'Analytic';
COMMENT ON COLUMN odoo.sale_order_line.name IS 'Description';
COMMENT ON COLUMN odoo.sale_order_line.product_uom_qty IS 'Quantity';
COMMENT ON COLUMN odoo.sale_order_line.price_unit IS 'Unit Price';
COMMENT ON COLUMN odoo.sale_order_line.discount IS 'Discount (%)';
COMMENT ON COLUMN odoo.sale_order_line.price_reduce IS 'Price Reduce';
COMMENT ON COLUMN odoo.sale_order_line.price_subtotal IS 'Subtotal';
COMMENT ON COLUMN odoo.sale_order_line.price_total IS 'Total';
COMMENT ON COLUMN odoo.sale_order_line.price_reduce_taxexcl IS 'Price Reduce Tax excl';
COMMENT ON COLUMN odoo.sale_order_line.price_reduce_taxinc IS 'Price Reduce Tax incl';
COMMENT ON COLUMN odoo.sale_order_line.qty_delivered IS 'Delivery Quantity';
COMMENT ON COLUMN odoo.sale_order_line.qty_invoiced IS 'Invoiced Quantity';
COMMENT ON COLUMN odoo.sale_order_line.qty_to_invoice IS 'Quantity To Invoice';
COMMENT ON COLUMN odoo.sale_order_line.untaxed_amount_invoiced IS 'Untaxed Invoiced Amount';
COMMENT ON COLUMN odoo.sale_order_line.untaxed_amount_to_invoice IS 'Untaxed Amount To Invoice';
COMMENT ON COLUMN odoo.sale_order_line.is_downpayment IS 'Is a down payment';
COMMENT ON COLUMN odoo.sale_order_line.is_expense IS 'Is expense';
COMMENT ON COLUMN odoo.sale_order_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.sale_order_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.sale_order_line.price_tax IS 'Total Tax';
COMMENT ON COLUMN odoo.sale_order_line.product_packaging_qty IS 'Packaging Quantity';
COMMENT ON COLUMN odoo.sale_order_line.customer_lead IS 'Lead Time';
COMMENT ON COLUMN odoo.sale_order_line.route_id IS 'Route';
COMMENT ON COLUMN odoo.sale_order_line.project_id IS 'Generated Project';
COMMENT ON COLUMN odoo.sale_order_line.task_id IS 'Generated Task';
COMMENT ON COLUMN odoo.sale_order_line.linked_line_id IS 'Linked Order Line';
COMMENT ON COLUMN odoo.sale_order_line.shop_warning IS 'Warning';
COMMENT ON COLUMN odoo.sale_order_line.event_id IS 'Event';
COMMENT ON COLUMN odoo.sale_order_line.event_ticket_id IS 'Event Ticket';
COMMENT ON TABLE odoo.sale_order_line_invoice_rel IS 'RELATION BETWEEN account_move_line AND sale_order_line';
COMMENT ON TABLE odoo.sale_order_option IS 'Sale Options';
COMMENT ON COLUMN odoo.sale_order_option.order_id IS 'Sales Order Reference';
COMMENT ON COLUMN odoo.sale_order_option.product_id IS 'Product';
COMMENT ON COLUMN odoo.sale_order_option.line_id IS 'Line';
COMMENT ON COLUMN odoo.sale_order_option.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.sale_order_option.uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.sale_order_option.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.sale_order_option.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.sale_order_option.name IS 'Description';
COMMENT ON COLUMN odoo.sale_order_option.quantity IS 'Quantity';
COMMENT ON COLUMN odoo.sale_order_option.price_unit IS 'Unit Price';
COMMENT ON COLUMN odoo.sale_order_option.discount IS 'Discount (%)';
COMMENT ON COLUMN odoo.sale_order_option.create_date IS 'Created on';
COMMENT ON COLUMN odoo.sale_order_option.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.sale_order_tag_rel IS 'RELATION BETWEEN sale_order AND crm_tag';
COMMENT ON TABLE odoo.sale_order_template IS 'Quotation Template';
COMMENT ON COLUMN odoo.sale_order_template.company_id IS 'Company';
COMMENT ON COLUMN odoo.sale_order_template.mail_template_id IS 'Confirmation Mail';
COMMENT ON COLUMN odoo.sale_order_template.number_of_days IS 'Quotation Duration';
COMMENT ON COLUMN odoo.sale_order_template.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.sale_order_template.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.sale_order_template.name IS 'Quotation Template';
COMMENT ON COLUMN odoo.sale_order_template.note IS 'Terms and conditions';
COMMENT ON COLUMN odoo.sale_order_template.active IS 'Active';
COMMENT ON COLUMN odoo.sale_order_template.require_signature IS 'Online Signature';
COMMENT ON COLUMN odoo.sale_order_template.require_payment IS 'Online Payment';
COMMENT ON COLUMN odoo.sale_order_template.create_date IS 'Created on';
COMMENT ON COLUMN odoo.sale_order_template.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.sale_order_template_line IS 'Quotation Template Line';
COMMENT ON COLUMN odoo.sale_order_template_line.sale_order_template_id IS 'Quotation Template Reference';
COMMENT ON COLUMN odoo.sale_order_template_line.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.sale_order_template_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.sale_order_template_line.product_id IS 'Product';
COMMENT ON COLUMN odoo.sale_order_template_line.product_uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.sale_order_template_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.sale_order_template_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.sale_order_template_line.display_type IS 'Display Type';
COMMENT ON COLUMN odoo.sale_order_template_line.name IS 'Description';
COMMENT ON COLUMN odoo.sale_order_template_line.product_uom_qty IS 'Quantity';
COMMENT ON COLUMN odoo.sale_order_template_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.sale_order_template_line.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.sale_order_template_option IS 'Quotation Template Option';
COMMENT ON COLUMN odoo.sale_order_template_option.sale_order_template_id IS 'Quotation Template Reference';
COMMENT ON COLUMN odoo.sale_order_template_option.company_id IS 'Company';
COMMENT ON COLUMN odoo.sale_order_template_option.product_id IS 'Product';
COMMENT ON COLUMN odoo.sale_order_template_option.uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.sale_order_template_option.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.sale_order_template_option.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.sale_order_template_option.name IS 'Description';
COMMENT ON COLUMN odoo.sale_order_template_option.quantity IS 'Quantity';
COMMENT ON COLUMN odoo.sale_order_template_option.create_date IS 'Created on';
COMMENT ON COLUMN odoo.sale_order_template_option.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.stock_location IS 'Inventory Locations';
COMMENT ON COLUMN odoo.stock_location.location_id IS 'Parent Location';
COMMENT ON COLUMN odoo.stock_location.posx IS 'Corridor (X)';
COMMENT ON COLUMN odoo.stock_location.posy IS 'Shelves (Y)';
COMMENT ON COLUMN odoo.stock_location.posz IS 'Height (Z)';
COMMENT ON COLUMN odoo.stock_location.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_location.removal_strategy_id IS 'Removal Strategy';
COMMENT ON COLUMN odoo.stock_location.cyclic_inventory_frequency IS 'Inventory Frequency (Days)';
COMMENT ON COLUMN odoo.stock_location.warehouse_id IS 'Warehouse';
COMMENT ON COLUMN odoo.stock_location.storage_category_id IS 'Storage Category';
COMMENT ON COLUMN odoo.stock_location.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_location.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_location.name IS 'Location Name';
COMMENT ON COLUMN odoo.stock_location.complete_name IS 'Full Location Name';
COMMENT ON COLUMN odoo.stock_location.usage IS 'Location Type';
COMMENT ON COLUMN odoo.stock_location.parent_path IS 'Parent Path';
COMMENT ON COLUMN odoo.stock_location.barcode IS 'Barcode';
COMMENT ON COLUMN odoo.stock_location.last_inventory_date IS 'Last Effective Inventory';
COMMENT ON COLUMN odoo.stock_location.next_inventory_date IS 'Next Expected Inventory';
COMMENT ON COLUMN odoo.stock_location.comment IS 'Additional Information';
COMMENT ON COLUMN odoo.stock_location.active IS 'Active';
COMMENT ON COLUMN odoo.stock_location.scrap_location IS 'Is a Scrap Location?';
COMMENT ON COLUMN odoo.stock_location.return_location IS 'Is a Return Location?';
COMMENT ON COLUMN odoo.stock_location.replenish_location IS 'Replenish Location';
COMMENT ON COLUMN odoo.stock_location.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_location.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_location.valuation_in_account_id IS 'Stock Valuation Account (Incoming)';
COMMENT ON COLUMN odoo.stock_location.valuation_out_account_id IS 'Stock Valuation Account (Outgoing)';
COMMENT ON TABLE odoo.stock_lot IS 'Lot/Serial';
COMMENT ON COLUMN odoo.stock_lot.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.stock_lot.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_lot.product_uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.stock_lot.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_lot.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_lot.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_lot.name IS 'Lot/Serial Number';
COMMENT ON COLUMN odoo.stock_lot.ref IS 'Internal Reference';
COMMENT ON COLUMN odoo.stock_lot.note IS 'Description';
COMMENT ON COLUMN odoo.stock_lot.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_lot.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.stock_move IS 'Stock Move';
COMMENT ON COLUMN odoo.stock_move.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.stock_move.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_move.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_move.product_uom IS 'UoM';
COMMENT ON COLUMN odoo.stock_move.location_id IS 'Source Location';
COMMENT ON COLUMN odoo.stock_move.location_dest_id IS 'Destination Location';
COMMENT ON COLUMN odoo.stock_move.partner_id IS 'Destination Address ';
COMMENT ON COLUMN odoo.stock_move.picking_id IS 'Transfer';
COMMENT ON COLUMN odoo.stock_move.group_id IS 'Procurement Group';
COMMENT ON COLUMN odoo.stock_move.rule_id IS 'Stock Rule';
COMMENT ON COLUMN odoo.stock_move.picking_type_id IS 'Operation Type';
COMMENT ON COLUMN odoo.stock_move.origin_returned_move_id IS 'Origin return move';
COMMENT ON COLUMN odoo.stock_move.restrict_partner_id IS 'Owner ';
COMMENT ON COLUMN odoo.stock_move.warehouse_id IS 'Warehouse';
COMMENT ON COLUMN odoo.stock_move.package_level_id IS 'Package Level';
COMMENT ON COLUMN odoo.stock_move.next_serial_count IS 'Number of SN';
COMMENT ON COLUMN odoo.stock_move.orderpoint_id IS 'Original Reordering Rule';
COMMENT ON COLUMN odoo.stock_move.product_packaging_id IS 'Packaging';
COMMENT ON COLUMN odoo.stock_move.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_move.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_move.name IS 'Description';
COMMENT ON COLUMN odoo.stock_move.priority IS 'Priority';
COMMENT ON COLUMN odoo.stock_move.state IS 'Status';
COMMENT ON COLUMN odoo.stock_move.origin IS 'Source Document';
COMMENT ON COLUMN odoo.stock_move.procure_method IS 'Supply Method';
COMMENT ON COLUMN odoo.stock_move.reference IS 'Reference';
COMMENT ON COLUMN odoo.stock_move.next_serial IS 'First SN';
COMMENT ON COLUMN odoo.stock_move.reservation_date IS 'Date to Reserve';
COMMENT ON COLUMN odoo.stock_move.description_picking IS 'Description of Picking';
COMMENT ON COLUMN odoo.stock_move.product_qty IS 'Real Quantity';
COMMENT ON COLUMN odoo.stock_move.product_uom_qty IS 'Demand';
COMMENT ON COLUMN odoo.stock_move.quantity_done IS 'Quantity Done';
COMMENT ON COLUMN odoo.stock_move.scrapped IS 'Scrapped';
COMMENT ON COLUMN odoo.stock_move.propagate_cancel IS 'Propagate cancel and split';
COMMENT ON COLUMN odoo.stock_move.is_inventory IS 'Inventory';
COMMENT ON COLUMN odoo.stock_move.additional IS 'Whether the move was added after the picking''s confirmation';
COMMENT ON COLUMN odoo.stock_move.date IS 'Date Scheduled';
COMMENT ON COLUMN odoo.stock_move.date_deadline IS 'Deadline';
COMMENT ON COLUMN odoo.stock_move.delay_alert_date IS 'Delay Alert Date';
COMMENT ON COLUMN odoo.stock_move.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_move.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_move.price_unit IS 'Unit Price';
COMMENT ON COLUMN odoo.stock_move.analytic_account_line_id IS 'Analytic Account Line';
COMMENT ON COLUMN odoo.stock_move.to_refund IS 'Update quantities on SO/PO';
COMMENT ON COLUMN odoo.stock_move.sale_line_id IS 'Sale Line';
COMMENT ON COLUMN odoo.stock_move.created_production_id IS 'Created Production Order';
COMMENT ON COLUMN odoo.stock_move.production_id IS 'Production Order for finished products';
COMMENT ON COLUMN odoo.stock_move.raw_material_production_id IS 'Production Order for components';
COMMENT ON COLUMN odoo.stock_move.unbuild_id IS 'Disassembly Order';
COMMENT ON COLUMN odoo.stock_move.consume_unbuild_id IS 'Consumed Disassembly Order';
COMMENT ON COLUMN odoo.stock_move.operation_id IS 'Operation To Consume';
COMMENT ON COLUMN odoo.stock_move.workorder_id IS 'Work Order To Consume';
COMMENT ON COLUMN odoo.stock_move.bom_line_id IS 'BoM Line';
COMMENT ON COLUMN odoo.stock_move.byproduct_id IS 'By-products';
COMMENT ON COLUMN odoo.stock_move.order_finished_lot_id IS 'Finished Lot/Serial Number';
COMMENT ON COLUMN odoo.stock_move.cost_share IS 'Cost Share (%)';
COMMENT ON COLUMN odoo.stock_move.manual_consumption IS 'Manual Consumption';
COMMENT ON COLUMN odoo.stock_move.purchase_line_id IS 'Purchase Order Line';
COMMENT ON COLUMN odoo.stock_move.created_purchase_line_id IS 'Created Purchase Order Line';
COMMENT ON TABLE odoo.stock_move_line IS 'Product Moves (Stock Move Line)';
COMMENT ON COLUMN odoo.stock_move_line.picking_id IS 'Transfer';
COMMENT ON COLUMN odoo.stock_move_line.move_id IS 'Stock Operation';
COMMENT ON COLUMN odoo.stock_move_line.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_move_line.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_move_line.product_uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.stock_move_line.package_id IS 'Source Package';
COMMENT ON COLUMN odoo.stock_move_line.package_level_id IS 'Package Level';
COMMENT ON COLUMN odoo.stock_move_line.lot_id IS 'Lot/Serial Number';
COMMENT ON COLUMN odoo.stock_move_line.result_package_id IS 'Destination Package';
COMMENT ON COLUMN odoo.stock_move_line.owner_id IS 'From Owner';
COMMENT ON COLUMN odoo.stock_move_line.location_id IS 'From';
COMMENT ON COLUMN odoo.stock_move_line.location_dest_id IS 'To';
COMMENT ON COLUMN odoo.stock_move_line.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_move_line.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_move_line.product_category_name IS 'Product Category';
COMMENT ON COLUMN odoo.stock_move_line.lot_name IS 'Lot/Serial Number Name';
COMMENT ON COLUMN odoo.stock_move_line.state IS 'Status';
COMMENT ON COLUMN odoo.stock_move_line.reference IS 'Reference';
COMMENT ON COLUMN odoo.stock_move_line.description_picking IS 'Description picking';
COMMENT ON COLUMN odoo.stock_move_line.reserved_qty IS 'Real Reserved Quantity';
COMMENT ON COLUMN odoo.stock_move_line.reserved_uom_qty IS 'Reserved';
COMMENT ON COLUMN odoo.stock_move_line.qty_done IS 'Done';
COMMENT ON COLUMN odoo.stock_move_line.date IS 'Date';
COMMENT ON COLUMN odoo.stock_move_line.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_move_line.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_move_line.workorder_id IS 'Work Order';
COMMENT ON COLUMN odoo.stock_move_line.production_id IS 'Production Order';
COMMENT ON TABLE odoo.stock_move_line_consume_rel IS 'RELATION BETWEEN stock_move_line AND stock_move_line';
COMMENT ON TABLE odoo.stock_move_move_rel IS 'RELATION BETWEEN stock_move AND stock_move';
COMMENT ON TABLE odoo.stock_notification_product_partner_rel IS 'RELATION BETWEEN product_product AND res_partner';
COMMENT ON TABLE odoo.stock_package_level IS 'Stock Package Level';
COMMENT ON COLUMN odoo.stock_package_level.package_id IS 'Package';
COMMENT ON COLUMN odoo.stock_package_level.picking_id IS 'Picking';
COMMENT ON COLUMN odoo.stock_package_level.location_dest_id IS 'To';
COMMENT ON COLUMN odoo.stock_package_level.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_package_level.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_package_level.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_package_level.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_package_level.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.stock_package_type IS 'Stock package type';
COMMENT ON COLUMN odoo.stock_package_type.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.stock_package_type.height IS 'Height';
COMMENT ON COLUMN odoo.stock_package_type.width IS 'Width';
COMMENT ON COLUMN odoo.stock_package_type.packaging_length IS 'Length';
COMMENT ON COLUMN odoo.stock_package_type.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_package_type.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_package_type.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_package_type.name IS 'Package Type';
COMMENT ON COLUMN odoo.stock_package_type.barcode IS 'Barcode';
COMMENT ON COLUMN odoo.stock_package_type.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_package_type.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_package_type.base_weight IS 'Weight';
COMMENT ON COLUMN odoo.stock_package_type.max_weight IS 'Max Weight';
COMMENT ON TABLE odoo.stock_package_type_stock_putaway_rule_rel IS 'RELATION BETWEEN stock_putaway_rule AND stock_package_type';
COMMENT ON TABLE odoo.stock_picking IS 'Transfer';
COMMENT ON COLUMN odoo.stock_picking.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.stock_picking.backorder_id IS 'Back Order of';
COMMENT ON COLUMN odoo.stock_picking.group_id IS 'Procurement Group';
COMMENT ON COLUMN odoo.stock_picking.location_id IS 'Source Location';
COMMENT ON COLUMN odoo.stock_picking.location_dest_id IS 'Destination Location';
COMMENT ON COLUMN odoo.stock_picking.picking_type_id IS 'Operation Type';
COMMENT ON COLUMN odoo.stock_picking.partner_id IS 'Contact';
COMMENT ON COLUMN odoo.stock_picking.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_picking.user_id IS 'Responsible';
COMMENT ON COLUMN odoo.stock_picking.owner_id IS 'Assign Owner';
COMMENT ON COLUMN odoo.stock_picking.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_picking.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_picking.name IS 'Reference';
COMMENT ON COLUMN odoo.stock_picking.origin IS 'Source Document';
COMMENT ON COLUMN odoo.stock_picking.move_type IS 'Shipping Policy';
COMMENT ON COLUMN odoo.stock_picking.state IS 'Status';
COMMENT ON COLUMN odoo.stock_picking.priority IS 'Priority';
COMMENT ON COLUMN odoo.stock_picking.note IS 'Notes';
COMMENT ON COLUMN odoo.stock_picking.has_deadline_issue IS 'Is late';
COMMENT ON COLUMN odoo.stock_picking.printed IS 'Printed';
COMMENT ON COLUMN odoo.stock_picking.is_locked IS 'Is Locked';
COMMENT ON COLUMN odoo.stock_picking.immediate_transfer IS 'Immediate Transfer';
COMMENT ON COLUMN odoo.stock_picking.scheduled_date IS 'Scheduled Date';
COMMENT ON COLUMN odoo.stock_picking.date_deadline IS 'Deadline';
COMMENT ON COLUMN odoo.stock_picking.date IS 'Creation Date';
COMMENT ON COLUMN odoo.stock_picking.date_done IS 'Date of Transfer';
COMMENT ON COLUMN odoo.stock_picking.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_picking.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_picking.pos_session_id IS 'Pos Session';
COMMENT ON COLUMN odoo.stock_picking.pos_order_id IS 'Pos Order';
COMMENT ON COLUMN odoo.stock_picking.website_id IS 'Website';
COMMENT ON TABLE odoo.stock_picking_type IS 'Picking Type';
COMMENT ON COLUMN odoo.stock_picking_type.color IS 'Color';
COMMENT ON COLUMN odoo.stock_picking_type.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.stock_picking_type.sequence_id IS 'Reference Sequence';
COMMENT ON COLUMN odoo.stock_picking_type.default_location_src_id IS 'Default Source Location';
COMMENT ON COLUMN odoo.stock_picking_type.default_location_dest_id IS 'Default Destination Location';
COMMENT ON COLUMN odoo.stock_picking_type.return_picking_type_id IS 'Operation Type for Returns';
COMMENT ON COLUMN odoo.stock_picking_type.warehouse_id IS 'Warehouse';
COMMENT ON COLUMN odoo.stock_picking_type.reservation_days_before IS 'Days';
COMMENT ON COLUMN odoo.stock_picking_type.reservation_days_before_priority IS 'Days when starred';
COMMENT ON COLUMN odoo.stock_picking_type.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_picking_type.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_picking_type.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_picking_type.sequence_code IS 'Sequence Prefix';
COMMENT ON COLUMN odoo.stock_picking_type.code IS 'Type of Operation';
COMMENT ON COLUMN odoo.stock_picking_type.reservation_method IS 'Reservation Method';
COMMENT ON COLUMN odoo.stock_picking_type.barcode IS 'Barcode';
COMMENT ON COLUMN odoo.stock_picking_type.create_backorder IS 'Create Backorder';
COMMENT ON COLUMN odoo.stock_picking_type.name IS 'Operation Type';
COMMENT ON COLUMN odoo.stock_picking_type.show_entire_packs IS 'Move Entire Packages';
COMMENT ON COLUMN odoo.stock_picking_type.active IS 'Active';
COMMENT ON COLUMN odoo.stock_picking_type.use_create_lots IS 'Create New Lots/Serial Numbers';
COMMENT ON COLUMN odoo.stock_picking_type.use_existing_lots IS 'Use Existing Lots/Serial Numbers';
COMMENT ON COLUMN odoo.stock_picking_type.print_label IS 'Print Label';
COMMENT ON COLUMN odoo.stock_picking_type.show_operations IS 'Show Detailed Operations';
COMMENT ON COLUMN odoo.stock_picking_type.show_reserved IS 'Pre-fill Detailed Operations';
COMMENT ON COLUMN odoo.stock_picking_type.auto_show_reception_report IS 'Show Reception Report at Validation';
COMMENT ON COLUMN odoo.stock_picking_type.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_picking_type.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_picking_type.use_create_components_lots IS 'Create New Lots/Serial Numbers for Components';
COMMENT ON COLUMN odoo.stock_picking_type.use_auto_consume_components_lots IS 'Consume Reserved Lots/Serial Numbers automatically';
COMMENT ON TABLE odoo.stock_putaway_rule IS 'Putaway Rule';
COMMENT ON COLUMN odoo.stock_putaway_rule.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_putaway_rule.category_id IS 'Product Category';
COMMENT ON COLUMN odoo.stock_putaway_rule.location_in_id IS 'When product arrives in';
COMMENT ON COLUMN odoo.stock_putaway_rule.location_out_id IS 'Store to sublocation';
COMMENT ON COLUMN odoo.stock_putaway_rule.sequence IS 'Priority';
COMMENT ON COLUMN odoo.stock_putaway_rule.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_putaway_rule.storage_category_id IS 'Storage Category';
COMMENT ON COLUMN odoo.stock_putaway_rule.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_putaway_rule.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_putaway_rule.active IS 'Active';
COMMENT ON COLUMN odoo.stock_putaway_rule.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_putaway_rule.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.stock_quant IS 'Quants';
COMMENT ON COLUMN odoo.stock_quant.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_quant.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_quant.location_id IS 'Location';
COMMENT ON COLUMN odoo.stock_quant.storage_category_id IS 'Storage Category';
COMMENT ON COLUMN odoo.stock_quant.lot_id IS 'Lot/Serial Number';
COMMENT ON COLUMN odoo.stock_quant.package_id IS 'Package';
COMMENT ON COLUMN odoo.stock_quant.owner_id IS 'Owner';
COMMENT ON COLUMN odoo.stock_quant.user_id IS 'Assigned To';
COMMENT ON COLUMN odoo.stock_quant.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_quant.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_quant.inventory_date IS 'Scheduled Date';
COMMENT ON COLUMN odoo.stock_quant.quantity IS 'Quantity';
COMMENT ON COLUMN odoo.stock_quant.reserved_quantity IS 'Reserved Quantity';
COMMENT ON COLUMN odoo.stock_quant.inventory_quantity IS 'Counted Quantity';
COMMENT ON COLUMN odoo.stock_quant.inventory_diff_quantity IS 'Difference';
COMMENT ON COLUMN odoo.stock_quant.inventory_quantity_set IS 'Inventory Quantity Set';
COMMENT ON COLUMN odoo.stock_quant.in_date IS 'Incoming Date';
COMMENT ON COLUMN odoo.stock_quant.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_quant.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_quant.accounting_date IS 'Accounting Date';
COMMENT ON TABLE odoo.stock_quant_package IS 'Packages';
COMMENT ON COLUMN odoo.stock_quant_package.package_type_id IS 'Package Type';
COMMENT ON COLUMN odoo.stock_quant_package.location_id IS 'Location';
COMMENT ON COLUMN odoo.stock_quant_package.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_quant_package.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_quant_package.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_quant_package.name IS 'Package Reference';
COMMENT ON COLUMN odoo.stock_quant_package.package_use IS 'Package Use';
COMMENT ON COLUMN odoo.stock_quant_package.pack_date IS 'Pack Date';
COMMENT ON COLUMN odoo.stock_quant_package.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_quant_package.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.stock_route IS 'Inventory Routes';
COMMENT ON COLUMN odoo.stock_route.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.stock_route.supplied_wh_id IS 'Supplied Warehouse';
COMMENT ON COLUMN odoo.stock_route.supplier_wh_id IS 'Supplying Warehouse';
COMMENT ON COLUMN odoo.stock_route.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_route.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_route.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_route.name IS 'Route';
COMMENT ON COLUMN odoo.stock_route.active IS 'Active';
COMMENT ON COLUMN odoo.stock_route.product_selectable IS 'Applicable on Product';
COMMENT ON COLUMN odoo.stock_route.product_categ_selectable IS 'Applicable on Product Category';
COMMENT ON COLUMN odoo.stock_route.warehouse_selectable IS 'Applicable on Warehouse';
COMMENT ON COLUMN odoo.stock_route.packaging_selectable IS 'Applicable on Packaging';
COMMENT ON COLUMN odoo.stock_route.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_route.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_route.sale_selectable IS 'Selectable on Sales Order Line';
COMMENT ON TABLE odoo.stock_route_categ IS 'RELATION BETWEEN stock_route AND product_category';
COMMENT ON TABLE odoo.stock_route_move IS 'RELATION BETWEEN stock_move AND stock_route';
COMMENT ON TABLE odoo.stock_route_packaging IS 'RELATION BETWEEN stock_route AND product_packaging';
COMMENT ON TABLE odoo.stock_route_product IS 'RELATION BETWEEN stock_route AND product_template';
COMMENT ON TABLE odoo.stock_route_warehouse IS 'RELATION BETWEEN stock_route AND stock_warehouse';
COMMENT ON TABLE odoo.stock_rule IS 'Stock Rule';
COMMENT ON COLUMN odoo.stock_rule.group_id IS 'Fixed Procurement Group';
COMMENT ON COLUMN odoo.stock_rule.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.stock_rule.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_rule.location_dest_id IS 'Destination Location';
COMMENT ON COLUMN odoo.stock_rule.location_src_id IS 'Source Location';
COMMENT ON COLUMN odoo.stock_rule.route_id IS 'Route';
COMMENT ON COLUMN odoo.stock_rule.route_sequence IS 'Route Sequence';
COMMENT ON COLUMN odoo.stock_rule.picking_type_id IS 'Operation Type';
COMMENT ON COLUMN odoo.stock_rule.delay IS 'Lead Time';
COMMENT ON COLUMN odoo.stock_rule.partner_address_id IS 'Partner Address';
COMMENT ON COLUMN odoo.stock_rule.warehouse_id IS 'Warehouse';
COMMENT ON COLUMN odoo.stock_rule.propagate_warehouse_id IS 'Warehouse to Propagate';
COMMENT ON COLUMN odoo.stock_rule.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_rule.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_rule.group_propagation_option IS 'Propagation of Procurement Group';
COMMENT ON COLUMN odoo.stock_rule.action IS 'Action';
COMMENT ON COLUMN odoo.stock_rule.procure_method IS 'Supply Method';
COMMENT ON COLUMN odoo.stock_rule.auto IS 'Automatic Move';
COMMENT ON COLUMN odoo.stock_rule.name IS 'Name';
COMMENT ON COLUMN odoo.stock_rule.active IS 'Active';
COMMENT ON COLUMN odoo.stock_rule.propagate_cancel IS 'Cancel Next Move';
COMMENT ON COLUMN odoo.stock_rule.propagate_carrier IS 'Propagation of carrier';
COMMENT ON COLUMN odoo.stock_rule.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_rule.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.stock_scrap IS 'Scrap';
COMMENT ON COLUMN odoo.stock_scrap.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN odoo.stock_scrap.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_scrap.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_scrap.product_uom_id IS 'Unit of Measure';
COMMENT ON COLUMN odoo.stock_scrap.lot_id IS 'Lot/Serial';
COMMENT ON COLUMN odoo.stock_scrap.package_id IS 'Package';
COMMENT ON COLUMN odoo.stock_scrap.owner_id IS 'Owner';
COMMENT ON COLUMN odoo.stock_scrap.move_id IS 'Scrap Move';
COMMENT ON COLUMN odoo.stock_scrap.picking_id IS 'Picking';
COMMENT ON COLUMN odoo.stock_scrap.location_id IS 'Source Location';
COMMENT ON COLUMN odoo.stock_scrap.scrap_location_id IS 'Scrap Location';
COMMENT ON COLUMN odoo.stock_scrap.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_scrap.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_scrap.name IS 'Reference';
COMMENT ON COLUMN odoo.stock_scrap.origin IS 'Source Document';
COMMENT ON COLUMN odoo.stock_scrap.state IS 'Status';
COMMENT ON COLUMN odoo.stock_scrap.scrap_qty IS 'Quantity';
COMMENT ON COLUMN odoo.stock_scrap.date_done IS 'Date';
COMMENT ON COLUMN odoo.stock_scrap.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_scrap.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_scrap.production_id IS 'Manufacturing Order';
COMMENT ON COLUMN odoo.stock_scrap.workorder_id IS 'Work Order';
COMMENT ON TABLE odoo.stock_storage_category IS 'Storage Category';
COMMENT ON COLUMN odoo.stock_storage_category.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_storage_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_storage_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_storage_category.name IS 'Storage Category';
COMMENT ON COLUMN odoo.stock_storage_category.allow_new_product IS 'Allow New Product';
COMMENT ON COLUMN odoo.stock_storage_category.max_weight IS 'Max Weight';
COMMENT ON COLUMN odoo.stock_storage_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_storage_category.write_date IS 'Last Updated on';
COMMENT ON TABLE odoo.stock_storage_category_capacity IS 'Storage Category Capacity';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.storage_category_id IS 'Storage Category';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.package_type_id IS 'Package Type';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_storage_category_capacity.quantity IS 'Quantity';
COMMENT ON TABLE odoo.stock_valuation_layer IS 'Stock Valuation Layer';
COMMENT ON COLUMN odoo.stock_valuation_layer.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_valuation_layer.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_valuation_layer.stock_valuation_layer_id IS 'Linked To';
COMMENT ON COLUMN odoo.stock_valuation_layer.stock_move_id IS 'Stock Move';
COMMENT ON COLUMN odoo.stock_valuation_layer.account_move_id IS 'Journal Entry';
COMMENT ON COLUMN odoo.stock_valuation_layer.account_move_line_id IS 'Invoice Line';
COMMENT ON COLUMN odoo.stock_valuation_layer.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_valuation_layer.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_valuation_layer.description IS 'Description';
COMMENT ON COLUMN odoo.stock_valuation_layer.quantity IS 'Quantity';
COMMENT ON COLUMN odoo.stock_valuation_layer.unit_cost IS 'Unit Value';
COMMENT ON COLUMN odoo.stock_valuation_layer.value IS 'Total Value';
COMMENT ON COLUMN odoo.stock_valuation_layer.remaining_qty IS 'Remaining Qty';
COMMENT ON COLUMN odoo.stock_valuation_layer.remaining_value IS 'Remaining Value';
COMMENT ON COLUMN odoo.stock_valuation_layer.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_valuation_layer.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_valuation_layer.price_diff_value IS 'Invoice value correction with invoice currency';
COMMENT ON TABLE odoo.stock_warehouse IS 'Warehouse';
COMMENT ON COLUMN odoo.stock_warehouse.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_warehouse.partner_id IS 'Address';
COMMENT ON COLUMN odoo.stock_warehouse.view_location_id IS 'View Location';
COMMENT ON COLUMN odoo.stock_warehouse.lot_stock_id IS 'Location Stock';
COMMENT ON COLUMN odoo.stock_warehouse.wh_input_stock_loc_id IS 'Input Location';
COMMENT ON COLUMN odoo.stock_warehouse.wh_qc_stock_loc_id IS 'Quality Control Location';
COMMENT ON COLUMN odoo.stock_warehouse.wh_output_stock_loc_id IS 'Output Location';
COMMENT ON COLUMN odoo.stock_warehouse.wh_pack_stock_loc_id IS 'Packing Location';
COMMENT ON COLUMN odoo.stock_warehouse.mto_pull_id IS 'MTO rule';
COMMENT ON COLUMN odoo.stock_warehouse.pick_type_id IS 'Pick Type';
COMMENT ON COLUMN odoo.stock_warehouse.pack_type_id IS 'Pack Type';
COMMENT ON COLUMN odoo.stock_warehouse.out_type_id IS 'Out Type';
COMMENT ON COLUMN odoo.stock_warehouse.in_type_id IS 'In Type';
COMMENT ON COLUMN odoo.stock_warehouse.int_type_id IS 'Internal Type';
COMMENT ON COLUMN odoo.stock_warehouse.return_type_id IS 'Return Type';
COMMENT ON COLUMN odoo.stock_warehouse.crossdock_route_id IS 'Crossdock Route';
COMMENT ON COLUMN odoo.stock_warehouse.reception_route_id IS 'Receipt Route';
COMMENT ON COLUMN odoo.stock_warehouse.delivery_route_id IS 'Delivery Route';
COMMENT ON COLUMN odoo.stock_warehouse.sequence IS 'Sequence';
COMMENT ON COLUMN odoo.stock_warehouse.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_warehouse.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_warehouse.name IS 'Warehouse';
COMMENT ON COLUMN odoo.stock_warehouse.code IS 'Short Name';
COMMENT ON COLUMN odoo.stock_warehouse.reception_steps IS 'Incoming Shipments';
COMMENT ON COLUMN odoo.stock_warehouse.delivery_steps IS 'Outgoing Shipments';
COMMENT ON COLUMN odoo.stock_warehouse.active IS 'Active';
COMMENT ON COLUMN odoo.stock_warehouse.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_warehouse.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_warehouse.pos_type_id IS 'Point of Sale Operation Type';
COMMENT ON COLUMN odoo.stock_warehouse.l10n_in_sale_journal_id IS 'Sale Journal';
COMMENT ON COLUMN odoo.stock_warehouse.manufacture_pull_id IS 'Manufacture Rule';
COMMENT ON COLUMN odoo.stock_warehouse.manufacture_mto_pull_id IS 'Manufacture MTO Rule';
COMMENT ON COLUMN odoo.stock_warehouse.pbm_mto_pull_id IS 'Picking Before Manufacturing MTO Rule';
COMMENT ON COLUMN odoo.stock_warehouse.sam_rule_id IS 'Stock After Manufacturing Rule';
COMMENT ON COLUMN odoo.stock_warehouse.manu_type_id IS 'Manufacturing Operation Type';
COMMENT ON COLUMN odoo.stock_warehouse.pbm_type_id IS 'Picking Before Manufacturing Operation Type';
COMMENT ON COLUMN odoo.stock_warehouse.sam_type_id IS 'Stock After Manufacturing Operation Type';
COMMENT ON COLUMN odoo.stock_warehouse.pbm_route_id IS 'Picking Before Manufacturing Route';
COMMENT ON COLUMN odoo.stock_warehouse.pbm_loc_id IS 'Picking before Manufacturing Location';
COMMENT ON COLUMN odoo.stock_warehouse.sam_loc_id IS 'Stock after Manufacturing Location';
COMMENT ON COLUMN odoo.stock_warehouse.manufacture_steps IS 'Manufacture';
COMMENT ON COLUMN odoo.stock_warehouse.manufacture_to_resupply IS 'Manufacture to Resupply';
COMMENT ON COLUMN odoo.stock_warehouse.buy_pull_id IS 'Buy rule';
COMMENT ON COLUMN odoo.stock_warehouse.buy_to_resupply IS 'Buy to Resupply';
COMMENT ON COLUMN odoo.stock_warehouse.l10n_in_purchase_journal_id IS 'Purchase Journal';
COMMENT ON TABLE odoo.stock_warehouse_orderpoint IS 'Minimum Inventory Rule';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.warehouse_id IS 'Warehouse';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.location_id IS 'Location';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.product_id IS 'Product';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.product_category_id IS 'Product Category';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.group_id IS 'Procurement Group';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.company_id IS 'Company';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.route_id IS 'Preferred Route';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.name IS 'Name';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.trigger IS 'Trigger';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.snoozed_until IS 'Snoozed';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.product_min_qty IS 'Min Quantity';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.product_max_qty IS 'Max Quantity';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.qty_multiple IS 'Multiple Quantity';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.qty_to_order IS 'To Order';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.active IS 'Active';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.create_date IS 'Created on';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.bom_id IS 'Bill of Materials';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.manufacturing_visibility_days IS 'Manufacturing Visibility Days';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.supplier_id IS 'Product Supplier';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.vendor_id IS 'Vendor';
COMMENT ON COLUMN odoo.stock_warehouse_orderpoint.purchase_visibility_days IS 'Purchase Visibility Days';
COMMENT ON TABLE odoo.uom_category IS 'Product UoM Categories';
COMMENT ON COLUMN odoo.uom_category.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.uom_category.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.uom_category.name IS 'Unit of Measure Category';
COMMENT ON COLUMN odoo.uom_category.create_date IS 'Created on';
COMMENT ON COLUMN odoo.uom_category.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.uom_category.is_pos_groupable IS 'Group Products in POS';
COMMENT ON TABLE odoo.uom_uom IS 'Product Unit of Measure';
COMMENT ON COLUMN odoo.uom_uom.category_id IS 'Category';
COMMENT ON COLUMN odoo.uom_uom.create_uid IS 'Created by';
COMMENT ON COLUMN odoo.uom_uom.write_uid IS 'Last Updated by';
COMMENT ON COLUMN odoo.uom_uom.uom_type IS 'Type';
COMMENT ON COLUMN odoo.uom_uom.name IS 'Unit of Measure';
COMMENT ON COLUMN odoo.uom_uom.factor IS 'Ratio';
COMMENT ON COLUMN odoo.uom_uom.rounding IS 'Rounding Precision';
COMMENT ON COLUMN odoo.uom_uom.active IS 'Active';
COMMENT ON COLUMN odoo.uom_uom.create_date IS 'Created on';
COMMENT ON COLUMN odoo.uom_uom.write_date IS 'Last Updated on';
COMMENT ON COLUMN odoo.uom_uom.l10n_in_code IS 'Indian GST UQC';
