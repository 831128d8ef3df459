-- Dropping: tables with CASCADE (keys of others go), columns, indexes, schemas.
CREATE SCHEMA scratch;
CREATE TABLE a (id int PRIMARY KEY, code int UNIQUE, spare int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a, a_code int REFERENCES a (code), spare int);
CREATE TABLE c (id int PRIMARY KEY, b_id int REFERENCES b ON DELETE CASCADE);
CREATE TABLE scratch.d (id int PRIMARY KEY, a_id int REFERENCES a);
CREATE INDEX b_spare_idx ON b (spare);
DROP INDEX b_spare_idx;
ALTER TABLE a DROP COLUMN code CASCADE;
ALTER TABLE a DROP COLUMN spare;
DROP TABLE b CASCADE;
DROP SCHEMA scratch CASCADE;
DROP TABLE IF EXISTS not_there;
CREATE TABLE e (id int PRIMARY KEY, c_id int REFERENCES c);
