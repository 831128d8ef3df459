-- Inline and table constraints, every foreign-key property, unnamed constraints named by the server.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    region text NOT NULL,
    code varchar(12) UNIQUE,
    UNIQUE (region, id)
);
CREATE TABLE products (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sku character(8) NOT NULL, price numeric(10,2) CHECK (price >= 0));
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE ON UPDATE RESTRICT,
    region text DEFAULT 'north',
    placed timestamp(3) with time zone DEFAULT now(),
    tags text[],
    status smallint DEFAULT 0 CHECK (status BETWEEN 0 AND 9),
    CHECK (customer_id > 0 AND region <> ''),
    FOREIGN KEY (region, customer_id) REFERENCES customers (region, id) MATCH FULL DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE order_items (
    order_id bigint REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE,
    product_id bigint CONSTRAINT item_product REFERENCES products ON DELETE SET NULL,
    line smallint DEFAULT 1,
    PRIMARY KEY (order_id, line)
);
CREATE TABLE item_notes (
    order_id bigint,
    line smallint,
    author_id integer DEFAULT 1,
    note text,
    FOREIGN KEY (order_id, line) REFERENCES order_items ON DELETE SET NULL (line),
    FOREIGN KEY (author_id) REFERENCES customers ON DELETE SET DEFAULT ON UPDATE CASCADE,
    FOREIGN KEY (author_id) REFERENCES customers
);
ALTER TABLE item_notes ADD FOREIGN KEY (order_id) REFERENCES orders NOT VALID;
ALTER TABLE item_notes ADD CONSTRAINT item_notes_note_check CHECK (note <> '') NOT VALID;
CREATE INDEX ON item_notes (order_id, line);
CREATE INDEX ON item_notes (order_id, line);
CREATE UNIQUE INDEX notes_partial ON item_notes (note) WHERE note IS NOT NULL;
CREATE INDEX notes_lower ON item_notes (lower(note));
CREATE TABLE "Kunden Größe" ("Größe" int PRIMARY KEY, "Kunde" integer REFERENCES customers);
CREATE TABLE employees (id int PRIMARY KEY, manager_id int REFERENCES employees, mentor_id int REFERENCES employees ON DELETE SET NULL);
COMMENT ON TABLE customers IS 'who buys';
COMMENT ON COLUMN orders.region IS 'copied at checkout';
