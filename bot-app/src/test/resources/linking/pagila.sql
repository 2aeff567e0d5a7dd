-- Pagila (devrimgunduz/pagila, the Sakila DVD-rental sample for PostgreSQL): tables, keys and comments only, no data. Regenerated from the schema's catalog facts; see README.md here.
SET client_min_messages = warning;
CREATE TABLE public.actor (
    actor_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (actor_id)
);
CREATE TABLE public.address (
    address_id integer NOT NULL,
    address text NOT NULL,
    address2 text,
    district text NOT NULL,
    city_id integer NOT NULL,
    postal_code text,
    phone text NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (address_id)
);
CREATE TABLE public.category (
    category_id integer NOT NULL,
    name text NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (category_id)
);
CREATE TABLE public.city (
    city_id integer NOT NULL,
    city text NOT NULL,
    country_id integer NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (city_id)
);
CREATE TABLE public.country (
    country_id integer NOT NULL,
    country text NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (country_id)
);
CREATE TABLE public.customer (
    customer_id integer NOT NULL,
    store_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text,
    address_id integer NOT NULL,
    activebool boolean NOT NULL,
    create_date date NOT NULL,
    last_update timestamp with time zone,
    active integer,
    uuid uuid NOT NULL,
    PRIMARY KEY (customer_id)
);
CREATE TABLE public.film (
    film_id integer NOT NULL,
    title text NOT NULL,
    description text,
    release_year integer,
    language_id integer NOT NULL,
    original_language_id integer,
    rental_duration smallint NOT NULL,
    rental_rate numeric(4,2) NOT NULL,
    length smallint,
    replacement_cost numeric(5,2) NOT NULL,
    rating text,
    last_update timestamp with time zone NOT NULL,
    special_features text[],
    fulltext text NOT NULL,
    length_hours numeric(4,2),
    PRIMARY KEY (film_id)
);
CREATE TABLE public.film_actor (
    actor_id integer NOT NULL,
    film_id integer NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (actor_id, film_id)
);
CREATE TABLE public.film_category (
    film_id integer NOT NULL,
    category_id integer NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (film_id, category_id)
);
CREATE TABLE public.inventory (
    inventory_id integer NOT NULL,
    film_id integer NOT NULL,
    store_id integer NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (inventory_id)
);
CREATE TABLE public.language (
    language_id integer NOT NULL,
    name text NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (language_id)
);
CREATE TABLE public.payment (
    payment_id integer NOT NULL,
    customer_id integer NOT NULL,
    staff_id integer NOT NULL,
    rental_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    payment_date timestamp with time zone NOT NULL,
    uuid uuid NOT NULL,
    PRIMARY KEY (payment_id, payment_date)
) PARTITION BY RANGE (payment_date);
CREATE TABLE public.rental (
    rental_id integer NOT NULL,
    rental_date timestamp with time zone NOT NULL,
    inventory_id integer NOT NULL,
    customer_id integer NOT NULL,
    return_date timestamp with time zone,
    staff_id integer NOT NULL,
    last_update timestamp with time zone NOT NULL,
    uuid uuid NOT NULL,
    PRIMARY KEY (rental_id)
);
CREATE TABLE public.staff (
    staff_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    address_id integer NOT NULL,
    email text,
    store_id integer NOT NULL,
    active boolean NOT NULL,
    username text NOT NULL,
    password text,
    last_update timestamp with time zone NOT NULL,
    picture bytea,
    PRIMARY KEY (staff_id)
);
CREATE TABLE public.store (
    store_id integer NOT NULL,
    manager_staff_id integer NOT NULL,
    address_id integer NOT NULL,
    last_update timestamp with time zone NOT NULL,
    PRIMARY KEY (store_id)
);
CREATE TABLE public.payment_p2022_01 PARTITION OF public.payment FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00');
CREATE TABLE public.payment_p2022_02 PARTITION OF public.payment FOR VALUES FROM ('2022-02-01 00:00:00+00') TO ('2022-03-01 00:00:00+00');
CREATE TABLE public.payment_p2022_03 PARTITION OF public.payment FOR VALUES FROM ('2022-03-01 00:00:00+00') TO ('2022-04-01 00:00:00+00');
CREATE TABLE public.payment_p2022_04 PARTITION OF public.payment FOR VALUES FROM ('2022-04-01 00:00:00+00') TO ('2022-05-01 00:00:00+00');
CREATE TABLE public.payment_p2022_05 PARTITION OF public.payment FOR VALUES FROM ('2022-05-01 00:00:00+00') TO ('2022-06-01 00:00:00+00');
CREATE TABLE public.payment_p2022_06 PARTITION OF public.payment FOR VALUES FROM ('2022-06-01 00:00:00+00') TO ('2022-07-01 00:00:00+00');
CREATE TABLE public.payment_p2022_07 PARTITION OF public.payment FOR VALUES FROM ('2022-07-01 00:00:00+00') TO ('2022-08-01 00:00:00+00');
CREATE TABLE public.payment_p2022_08 PARTITION OF public.payment FOR VALUES FROM ('2022-08-01 00:00:00+00') TO ('2022-09-01 00:00:00+00');
CREATE TABLE public.payment_p2022_09 PARTITION OF public.payment FOR VALUES FROM ('2022-09-01 00:00:00+00') TO ('2022-10-01 00:00:00+00');
CREATE TABLE public.payment_p2022_10 PARTITION OF public.payment FOR VALUES FROM ('2022-10-01 00:00:00+00') TO ('2022-11-01 00:00:00+00');
CREATE TABLE public.payment_p2022_11 PARTITION OF public.payment FOR VALUES FROM ('2022-11-01 00:00:00+00') TO ('2022-12-01 00:00:00+00');
CREATE TABLE public.payment_p2022_12 PARTITION OF public.payment FOR VALUES FROM ('2022-12-01 00:00:00+00') TO ('2023-01-01 00:00:00+00');
CREATE TABLE public.payment_p2023_01 PARTITION OF public.payment FOR VALUES FROM ('2023-01-01 00:00:00+00') TO ('2023-02-01 00:00:00+00');
CREATE TABLE public.payment_p2023_02 PARTITION OF public.payment FOR VALUES FROM ('2023-02-01 00:00:00+00') TO ('2023-03-01 00:00:00+00');
CREATE TABLE public.payment_p2023_03 PARTITION OF public.payment FOR VALUES FROM ('2023-03-01 00:00:00+00') TO ('2023-04-01 00:00:00+00');
CREATE TABLE public.payment_p2023_04 PARTITION OF public.payment FOR VALUES FROM ('2023-04-01 00:00:00+00') TO ('2023-05-01 00:00:00+00');
CREATE TABLE public.payment_p2023_05 PARTITION OF public.payment FOR VALUES FROM ('2023-05-01 00:00:00+00') TO ('2023-06-01 00:00:00+00');
CREATE TABLE public.payment_p2023_06 PARTITION OF public.payment FOR VALUES FROM ('2023-06-01 00:00:00+00') TO ('2023-07-01 00:00:00+00');
CREATE TABLE public.payment_p2023_07 PARTITION OF public.payment FOR VALUES FROM ('2023-07-01 00:00:00+00') TO ('2023-08-01 00:00:00+00');
CREATE TABLE public.payment_p2023_08 PARTITION OF public.payment FOR VALUES FROM ('2023-08-01 00:00:00+00') TO ('2023-09-01 00:00:00+00');
CREATE TABLE public.payment_p2023_09 PARTITION OF public.payment FOR VALUES FROM ('2023-09-01 00:00:00+00') TO ('2023-10-01 00:00:00+00');
CREATE TABLE public.payment_p2023_10 PARTITION OF public.payment FOR VALUES FROM ('2023-10-01 00:00:00+00') TO ('2023-11-01 00:00:00+00');
CREATE TABLE public.payment_p2023_11 PARTITION OF public.payment FOR VALUES FROM ('2023-11-01 00:00:00+00') TO ('2023-12-01 00:00:00+00');
CREATE TABLE public.payment_p2023_12 PARTITION OF public.payment FOR VALUES FROM ('2023-12-01 00:00:00+00') TO ('2024-01-01 00:00:00+00');
CREATE TABLE public.payment_p2024_01 PARTITION OF public.payment FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE public.payment_p2024_02 PARTITION OF public.payment FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE public.payment_p2024_03 PARTITION OF public.payment FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
CREATE TABLE public.payment_p2024_04 PARTITION OF public.payment FOR VALUES FROM ('2024-04-01 00:00:00+00') TO ('2024-05-01 00:00:00+00');
CREATE TABLE public.payment_p2024_05 PARTITION OF public.payment FOR VALUES FROM ('2024-05-01 00:00:00+00') TO ('2024-06-01 00:00:00+00');
CREATE TABLE public.payment_p2024_06 PARTITION OF public.payment FOR VALUES FROM ('2024-06-01 00:00:00+00') TO ('2024-07-01 00:00:00+00');
CREATE TABLE public.payment_p2024_07 PARTITION OF public.payment FOR VALUES FROM ('2024-07-01 00:00:00+00') TO ('2024-08-01 00:00:00+00');
CREATE TABLE public.payment_p2024_08 PARTITION OF public.payment FOR VALUES FROM ('2024-08-01 00:00:00+00') TO ('2024-09-01 00:00:00+00');
CREATE TABLE public.payment_p2024_09 PARTITION OF public.payment FOR VALUES FROM ('2024-09-01 00:00:00+00') TO ('2024-10-01 00:00:00+00');
CREATE TABLE public.payment_p2024_10 PARTITION OF public.payment FOR VALUES FROM ('2024-10-01 00:00:00+00') TO ('2024-11-01 00:00:00+00');
CREATE TABLE public.payment_p2024_11 PARTITION OF public.payment FOR VALUES FROM ('2024-11-01 00:00:00+00') TO ('2024-12-01 00:00:00+00');
CREATE TABLE public.payment_p2024_12 PARTITION OF public.payment FOR VALUES FROM ('2024-12-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE public.payment_p2025_01 PARTITION OF public.payment FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE public.payment_p2025_02 PARTITION OF public.payment FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE TABLE public.payment_p2025_03 PARTITION OF public.payment FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');
CREATE TABLE public.payment_p2025_04 PARTITION OF public.payment FOR VALUES FROM ('2025-04-01 00:00:00+00') TO ('2025-05-01 00:00:00+00');
CREATE TABLE public.payment_p2025_05 PARTITION OF public.payment FOR VALUES FROM ('2025-05-01 00:00:00+00') TO ('2025-06-01 00:00:00+00');
CREATE TABLE public.payment_p2025_06 PARTITION OF public.payment FOR VALUES FROM ('2025-06-01 00:00:00+00') TO ('2025-07-01 00:00:00+00');
CREATE TABLE public.payment_p2025_07 PARTITION OF public.payment FOR VALUES FROM ('2025-07-01 00:00:00+00') TO ('2025-08-01 00:00:00+00');
CREATE TABLE public.payment_p2025_08 PARTITION OF public.payment FOR VALUES FROM ('2025-08-01 00:00:00+00') TO ('2025-09-01 00:00:00+00');
CREATE TABLE public.payment_p2025_09 PARTITION OF public.payment FOR VALUES FROM ('2025-09-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');
CREATE TABLE public.payment_p2025_10 PARTITION OF public.payment FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');
CREATE TABLE public.payment_p2025_11 PARTITION OF public.payment FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');
CREATE TABLE public.payment_p2025_12 PARTITION OF public.payment FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE public.payment_p2026_01 PARTITION OF public.payment FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE public.payment_p2026_02 PARTITION OF public.payment FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
CREATE TABLE public.payment_p2026_03 PARTITION OF public.payment FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE public.payment_p2026_04 PARTITION OF public.payment FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-05-01 00:00:00+00');
CREATE TABLE public.payment_p2026_05 PARTITION OF public.payment FOR VALUES FROM ('2026-05-01 00:00:00+00') TO ('2026-06-01 00:00:00+00');
CREATE TABLE public.payment_p2026_06 PARTITION OF public.payment FOR VALUES FROM ('2026-06-01 00:00:00+00') TO ('2026-07-01 00:00:00+00');
CREATE TABLE public.payment_p2026_07 PARTITION OF public.payment FOR VALUES FROM ('2026-07-01 00:00:00+00') TO ('2026-08-01 00:00:00+00');
ALTER TABLE public.address ADD FOREIGN KEY (city_id) REFERENCES public.city (city_id);
ALTER TABLE public.city ADD FOREIGN KEY (country_id) REFERENCES public.country (country_id);
ALTER TABLE public.customer ADD FOREIGN KEY (address_id) REFERENCES public.address (address_id);
ALTER TABLE public.customer ADD FOREIGN KEY (store_id) REFERENCES public.store (store_id);
ALTER TABLE public.film ADD FOREIGN KEY (language_id) REFERENCES public.language (language_id);
ALTER TABLE public.film ADD FOREIGN KEY (original_language_id) REFERENCES public.language (language_id);
ALTER TABLE public.film_actor ADD FOREIGN KEY (actor_id) REFERENCES public.actor (actor_id);
ALTER TABLE public.film_actor ADD FOREIGN KEY (film_id) REFERENCES public.film (film_id);
ALTER TABLE public.film_category ADD FOREIGN KEY (category_id) REFERENCES public.category (category_id);
ALTER TABLE public.film_category ADD FOREIGN KEY (film_id) REFERENCES public.film (film_id);
ALTER TABLE public.inventory ADD FOREIGN KEY (film_id) REFERENCES public.film (film_id);
ALTER TABLE public.inventory ADD FOREIGN KEY (store_id) REFERENCES public.store (store_id);
ALTER TABLE public.rental ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
ALTER TABLE public.rental ADD FOREIGN KEY (inventory_id) REFERENCES public.inventory (inventory_id);
ALTER TABLE public.rental ADD FOREIGN KEY (staff_id) REFERENCES public.staff (staff_id);
ALTER TABLE public.staff ADD FOREIGN KEY (address_id) REFERENCES public.address (address_id);
ALTER TABLE public.staff ADD FOREIGN KEY (store_id) REFERENCES public.store (store_id);
ALTER TABLE public.store ADD FOREIGN KEY (address_id) REFERENCES public.address (address_id);
ALTER TABLE public.payment_p2022_01 ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
ALTER TABLE public.payment_p2022_01 ADD FOREIGN KEY (rental_id) REFERENCES public.rental (rental_id);
ALTER TABLE public.payment_p2022_01 ADD FOREIGN KEY (staff_id) REFERENCES public.staff (staff_id);
ALTER TABLE public.payment_p2022_02 ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
ALTER TABLE public.payment_p2022_02 ADD FOREIGN KEY (rental_id) REFERENCES public.rental (rental_id);
ALTER TABLE public.payment_p2022_02 ADD FOREIGN KEY (staff_id) REFERENCES public.staff (staff_id);
ALTER TABLE public.payment_p2022_03 ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
ALTER TABLE public.payment_p2022_03 ADD FOREIGN KEY (rental_id) REFERENCES public.rental (rental_id);
ALTER TABLE public.payment_p2022_03 ADD FOREIGN KEY (staff_id) REFERENCES public.staff (staff_id);
ALTER TABLE public.payment_p2022_04 ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
ALTER TABLE public.payment_p2022_04 ADD FOREIGN KEY (rental_id) REFERENCES public.rental (rental_id);
ALTER TABLE public.payment_p2022_04 ADD FOREIGN KEY (staff_id) REFERENCES public.staff (staff_id);
ALTER TABLE public.payment_p2022_05 ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
ALTER TABLE public.payment_p2022_05 ADD FOREIGN KEY (rental_id) REFERENCES public.rental (rental_id);
ALTER TABLE public.payment_p2022_05 ADD FOREIGN KEY (staff_id) REFERENCES public.staff (staff_id);
ALTER TABLE public.payment_p2022_06 ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
ALTER TABLE public.payment_p2022_06 ADD FOREIGN KEY (rental_id) REFERENCES public.rental (rental_id);
ALTER TABLE public.payment_p2022_06 ADD FOREIGN KEY (staff_id) REFERENCES public.staff (staff_id);
