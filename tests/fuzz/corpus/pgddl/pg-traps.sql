-- A schema that holds every catalog trap the PostgreSQL loader must get right.
-- Used by tests/model/tst_pgcatalogloader.cpp; each block names the trap it covers.

-- Identifiers kept exactly: mixed case, spaces, quotes, dots, ampersand, non-ASCII.
CREATE SCHEMA "Sales & Co";
CREATE SCHEMA other;
CREATE TABLE "Sales & Co"."Customer ""Main""" (
    "Id" integer PRIMARY KEY,
    "e-mail" text UNIQUE,
    région text
);
COMMENT ON TABLE "Sales & Co"."Customer ""Main""" IS 'Customers, with a quoted name';
COMMENT ON COLUMN "Sales & Co"."Customer ""Main"""."Id" IS 'surrogate key';
CREATE TABLE other."weird.name ü" ("col ""q""" integer PRIMARY KEY);

-- Composite key referenced in another order than the parent's key: pairs are (pb -> b, pa -> a).
-- Also MATCH FULL, ON UPDATE SET NULL, cross-schema reference.
CREATE TABLE other.parent2 (a integer, b integer, c text DEFAULT 'x', PRIMARY KEY (a, b));
CREATE TABLE public.pairs (
    id serial PRIMARY KEY,
    pb integer,
    pa integer,
    CONSTRAINT pairs_fk FOREIGN KEY (pb, pa) REFERENCES other.parent2 (b, a)
        MATCH FULL ON DELETE CASCADE ON UPDATE SET NULL
);

-- A foreign key to a UNIQUE constraint (not the primary key); identity column; dropped column;
-- CHECK constraints, one NOT VALID; user trigger; unique expression index; partial index.
CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_email text REFERENCES "Sales & Co"."Customer ""Main""" ("e-mail") ON DELETE SET NULL,
    total numeric(10,2) CONSTRAINT total_positive CHECK (total >= 0),
    status text NOT NULL DEFAULT 'new',
    tmp integer
);
ALTER TABLE public.orders DROP COLUMN tmp;
ALTER TABLE public.orders ADD COLUMN note varchar(40);
ALTER TABLE public.orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED;
ALTER TABLE public.orders ADD CONSTRAINT total_small CHECK (total < 1000000) NOT VALID;
CREATE UNIQUE INDEX orders_status_lower ON public.orders (lower(status), id);
CREATE INDEX orders_partial ON public.orders (customer_email) WHERE status <> 'x';
CREATE FUNCTION public.noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN OLD; END$$;
CREATE TRIGGER audit_trg BEFORE DELETE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.noop_trigger();

-- PostgreSQL 15 ON DELETE SET NULL (column list); row-level security with a policy.
CREATE TABLE public.tenants (id integer PRIMARY KEY);
CREATE TABLE public.docs (
    tenant_id integer NOT NULL REFERENCES public.tenants ON DELETE CASCADE,
    id integer,
    PRIMARY KEY (tenant_id, id)
);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_policy ON public.docs USING (true);
CREATE TABLE public.docrefs (
    tenant_id integer NOT NULL,
    doc_id integer,
    CONSTRAINT docrefs_doc_fk FOREIGN KEY (tenant_id, doc_id) REFERENCES public.docs ON DELETE SET NULL (doc_id)
);
CREATE INDEX docrefs_doc_idx ON public.docrefs (doc_id, tenant_id);

-- Deferrable and NOT VALID foreign keys; ON DELETE SET DEFAULT and RESTRICT.
CREATE TABLE public.shipments (
    id integer PRIMARY KEY,
    order_id bigint,
    tenant_id integer DEFAULT 0
);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_order_fk FOREIGN KEY (order_id)
    REFERENCES public.orders DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.shipments ADD CONSTRAINT shipments_tenant_fk FOREIGN KEY (tenant_id)
    REFERENCES public.tenants ON DELETE SET DEFAULT NOT VALID;
CREATE TABLE public.refs_weird (w integer REFERENCES other."weird.name ü" ON DELETE RESTRICT ON UPDATE CASCADE);

-- Self reference, with a rewrite rule on the table.
CREATE TABLE public.nodes (id integer PRIMARY KEY, parent_id integer REFERENCES public.nodes ON DELETE CASCADE);
CREATE RULE nodes_keep_roots AS ON DELETE TO public.nodes WHERE old.parent_id IS NULL DO INSTEAD NOTHING;

-- Partitioned table: one FK declared on the parent (cloned to each partition) and one FK that
-- references the partitioned table (cloned once per partition on the referencing side).
CREATE TABLE public.events (
    id integer,
    at date,
    customer_id integer REFERENCES "Sales & Co"."Customer ""Main""" ON DELETE CASCADE,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.event_notes (
    id integer PRIMARY KEY,
    event_id integer,
    event_at date,
    FOREIGN KEY (event_id, event_at) REFERENCES public.events ON DELETE CASCADE
);

-- Legacy inheritance: foreign keys are not inherited by INHERITS children.
CREATE TABLE public.animals (id integer PRIMARY KEY, owner_id integer REFERENCES public.tenants);
CREATE TABLE public.dogs (bark text) INHERITS (public.animals);

-- A foreign table (no FDW handler is needed to declare one).
CREATE FOREIGN DATA WRAPPER dummy_fdw;
CREATE SERVER dummy_srv FOREIGN DATA WRAPPER dummy_fdw;
CREATE FOREIGN TABLE public.remote_things (id integer, customer_id integer) SERVER dummy_srv;
