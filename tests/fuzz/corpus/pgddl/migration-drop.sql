-- Applied to partitions.sql's database.
DROP TABLE events CASCADE;
ALTER TABLE special_log NO INHERIT base_log;
ALTER TABLE accounts RENAME TO customers;
CREATE TABLE events (id int PRIMARY KEY, customer_id int REFERENCES customers);
