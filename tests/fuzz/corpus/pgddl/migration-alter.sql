-- Applied to constraints.sql's database: rules changed by drop and re-create, renames, new keys.
ALTER TABLE order_items DROP CONSTRAINT item_product;
ALTER TABLE order_items ADD CONSTRAINT item_product FOREIGN KEY (product_id) REFERENCES products ON DELETE RESTRICT;
ALTER TABLE orders RENAME CONSTRAINT orders_customer_id_fkey TO orders_customer_fk;
ALTER TABLE item_notes VALIDATE CONSTRAINT item_notes_order_id_fkey;
ALTER TABLE employees ADD COLUMN team_lead int REFERENCES employees;
ALTER TABLE employees ALTER COLUMN mentor_id SET NOT NULL;
ALTER TABLE orders RENAME COLUMN customer_id TO buyer_id;
CREATE TABLE payments (id int PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE);
