-- The demo shop's tables. Loaded by DemoDataset.reset(); foreign keys and secondary indexes live in
-- constraints.sql so they are built once over the loaded rows instead of checked row by row.
-- The comments are part of the product: AskBar passes them to the LLM, so they say what a column
-- means, which values it takes and how to ask the usual questions about it.

DROP TABLE IF EXISTS public.returns, public.shipments, public.order_lines, public.orders,
    public.products, public.categories, public.customers, public.employees, public.regions CASCADE;

CREATE TABLE public.regions (
    region_id integer PRIMARY KEY,
    code      text NOT NULL UNIQUE,
    name      text NOT NULL
);
COMMENT ON TABLE public.regions IS 'Sales regions of the online shop; every customer and every sales rep belongs to one.';
COMMENT ON COLUMN public.regions.code IS 'Short region code used in reports: DACH, BNL, FR, SOUTH, NORD, CEE, UKI, APAC.';

CREATE TABLE public.employees (
    employee_id integer PRIMARY KEY,
    full_name   text NOT NULL,
    email       text NOT NULL UNIQUE,
    role        text NOT NULL CHECK (role IN ('manager', 'sales_rep', 'support_agent')),
    title       text NOT NULL,
    region_id   integer,
    manager_id  integer,
    hired_on    date NOT NULL,
    left_on     date
);
COMMENT ON TABLE public.employees IS 'Staff of the shop: managers, sales reps (credited with store and business orders) and support agents (handle returns).';
COMMENT ON COLUMN public.employees.role IS 'One of manager, sales_rep, support_agent.';
COMMENT ON COLUMN public.employees.region_id IS 'Region a sales rep or regional manager covers; NULL for head-office staff and support agents, who work for all regions.';
COMMENT ON COLUMN public.employees.manager_id IS 'The employee this person reports to (employees.employee_id); NULL only for the head of the company.';
COMMENT ON COLUMN public.employees.left_on IS 'Last working day; NULL while the person still works here.';

CREATE TABLE public.customers (
    customer_id        integer PRIMARY KEY,
    full_name          text NOT NULL,
    company_name       text,
    email              text NOT NULL UNIQUE,
    phone              text,
    country            text NOT NULL,
    country_code       char(2) NOT NULL,
    city               text,
    region_id          integer NOT NULL,
    segment            text NOT NULL CHECK (segment IN ('consumer', 'small_business', 'corporate')),
    account_manager_id integer,
    signup_date        date NOT NULL
);
COMMENT ON TABLE public.customers IS 'People and companies with a shop account. One row per account; a customer may have no orders yet.';
COMMENT ON COLUMN public.customers.full_name IS 'Name as the customer typed it, in their own script (e.g. Zoë Müller, 山田 太郎); Japanese names are family name first.';
COMMENT ON COLUMN public.customers.company_name IS 'Company of a business account; NULL for consumers.';
COMMENT ON COLUMN public.customers.phone IS 'International format; NULL when the customer gave no phone number.';
COMMENT ON COLUMN public.customers.country IS 'Country name in English, e.g. Germany, United Kingdom.';
COMMENT ON COLUMN public.customers.country_code IS 'ISO 3166-1 alpha-2 code of country, e.g. DE, GB, JP.';
COMMENT ON COLUMN public.customers.city IS 'City in its local spelling (München, Kraków); NULL when unknown.';
COMMENT ON COLUMN public.customers.segment IS 'consumer (private person), small_business or corporate (companies buying on account, with a discount).';
COMMENT ON COLUMN public.customers.account_manager_id IS 'Sales rep (employees.employee_id) who looks after a business account; NULL for consumers.';
COMMENT ON COLUMN public.customers.signup_date IS 'Date the account was created; some accounts predate the order history.';

CREATE TABLE public.categories (
    category_id integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    parent_id   integer
);
COMMENT ON TABLE public.categories IS 'Product categories, two levels: top-level departments and their sub-categories.';
COMMENT ON COLUMN public.categories.parent_id IS 'The department this sub-category belongs to (categories.category_id); NULL for a top-level department. Products always point at a sub-category.';

CREATE TABLE public.products (
    product_id  integer PRIMARY KEY,
    sku         text NOT NULL UNIQUE,
    name        text NOT NULL,
    category_id integer NOT NULL,
    unit_price  numeric(10,2) NOT NULL CHECK (unit_price > 0),
    unit_cost   numeric(10,2) NOT NULL CHECK (unit_cost > 0),
    active      boolean NOT NULL,
    launched_on date NOT NULL
);
COMMENT ON TABLE public.products IS 'The catalogue. Prices are in EUR including VAT.';
COMMENT ON COLUMN public.products.sku IS 'Stock keeping unit: department code, sub-category code, number, e.g. EL-AUD-0007.';
COMMENT ON COLUMN public.products.unit_price IS 'Current list price in EUR. The price actually paid is order_lines.unit_price.';
COMMENT ON COLUMN public.products.unit_cost IS 'Current purchase cost in EUR per unit; margin = unit_price - unit_cost.';
COMMENT ON COLUMN public.products.active IS 'false when the product is no longer sold (discontinued); its past sales remain.';
COMMENT ON COLUMN public.products.launched_on IS 'First day the product could be ordered.';

CREATE TABLE public.orders (
    order_id           integer PRIMARY KEY,
    customer_id        integer NOT NULL,
    employee_id        integer,
    status             text NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'delivered', 'cancelled', 'returned')),
    channel            text NOT NULL CHECK (channel IN ('web', 'mobile', 'store')),
    ordered_at         timestamptz NOT NULL,
    promised_ship_date date
);
COMMENT ON TABLE public.orders IS 'Customer orders, about two years of history up to the day the demo data was loaded. Order value = sum over order_lines of quantity * unit_price * (1 - discount).';
COMMENT ON COLUMN public.orders.employee_id IS 'Sales rep credited with the order (employees.employee_id): always set for store sales, set for some business orders, NULL for self-service web and mobile orders.';
COMMENT ON COLUMN public.orders.status IS 'Current state: placed (not paid yet), paid (waiting to ship), shipped (with the carrier), delivered (received, or handed over in a store), cancelled (never shipped, not revenue), returned (every line came back). Partly returned orders stay delivered; see returns.';
COMMENT ON COLUMN public.orders.channel IS 'Where the order was placed: web (website), mobile (app) or store (bought at a shop counter and taken home, so no shipment).';
COMMENT ON COLUMN public.orders.ordered_at IS 'When the order was placed (the shop works in Europe/Berlin time).';
COMMENT ON COLUMN public.orders.promised_ship_date IS 'Date the shop promised to hand the order to the carrier. An order shipped late has shipments.shipped_at::date > promised_ship_date. NULL for store sales.';

CREATE TABLE public.order_lines (
    order_line_id integer PRIMARY KEY,
    order_id      integer NOT NULL,
    product_id    integer NOT NULL,
    quantity      integer NOT NULL CHECK (quantity > 0),
    unit_price    numeric(10,2) NOT NULL CHECK (unit_price > 0),
    discount      numeric(4,3) NOT NULL CHECK (discount >= 0 AND discount < 1),
    UNIQUE (order_id, product_id)
);
COMMENT ON TABLE public.order_lines IS 'One row per product in an order.';
COMMENT ON COLUMN public.order_lines.unit_price IS 'List price in EUR per unit at the time of the sale, before discount (may differ from the current products.unit_price).';
COMMENT ON COLUMN public.order_lines.discount IS 'Discount as a fraction of unit_price: 0.150 means 15 % off. Line revenue in EUR = quantity * unit_price * (1 - discount).';

CREATE TABLE public.shipments (
    shipment_id     integer PRIMARY KEY,
    order_id        integer NOT NULL UNIQUE,
    carrier         text NOT NULL,
    tracking_number text NOT NULL,
    shipped_at      timestamptz NOT NULL,
    promised_by     date NOT NULL,
    delivered_at    timestamptz
);
COMMENT ON TABLE public.shipments IS 'Parcels handed to a carrier, at most one per order. Orders not yet shipped, cancelled orders and store sales have none.';
COMMENT ON COLUMN public.shipments.carrier IS 'Parcel carrier: DHL, DPD, UPS, GLS, PostNL or Colissimo.';
COMMENT ON COLUMN public.shipments.shipped_at IS 'When the carrier picked the parcel up (the shop works in Europe/Berlin time). Shipped late when shipped_at::date > orders.promised_ship_date.';
COMMENT ON COLUMN public.shipments.promised_by IS 'Delivery date promised to the customer. Delivered late when delivered_at::date > promised_by, or when delivered_at IS NULL and promised_by < current_date.';
COMMENT ON COLUMN public.shipments.delivered_at IS 'When the parcel was delivered (the shop works in Europe/Berlin time); NULL while still in transit.';

CREATE TABLE public.returns (
    return_id       integer PRIMARY KEY,
    order_line_id   integer NOT NULL UNIQUE,
    quantity        integer NOT NULL CHECK (quantity > 0),
    reason          text NOT NULL CHECK (reason IN ('damaged', 'wrong_item', 'not_as_described', 'too_small', 'too_large', 'changed_mind', 'arrived_late')),
    returned_at     timestamptz NOT NULL,
    refunded_amount numeric(10,2),
    handled_by      integer
);
COMMENT ON TABLE public.returns IS 'Products sent back by customers, at most one return per order line.';
COMMENT ON COLUMN public.returns.quantity IS 'Units returned, at most order_lines.quantity.';
COMMENT ON COLUMN public.returns.reason IS 'damaged, wrong_item, not_as_described, too_small, too_large (clothing and shoes), changed_mind or arrived_late.';
COMMENT ON COLUMN public.returns.returned_at IS 'When the returned parcel arrived back at the warehouse (the shop works in Europe/Berlin time).';
COMMENT ON COLUMN public.returns.refunded_amount IS 'Money paid back in EUR; less than the amount paid when items came back damaged by the customer; NULL while the return is still being inspected.';
COMMENT ON COLUMN public.returns.handled_by IS 'Support agent (employees.employee_id) who dealt with a return the customer contacted support about; NULL for self-service returns.';
