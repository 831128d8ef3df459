-- Names resolved through search_path, as pg_dump and hand-written migrations set it.
CREATE SCHEMA app;
CREATE SCHEMA audit;
SET search_path TO app, public;
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE sessions (id int PRIMARY KEY, user_id int REFERENCES users);
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE audit.entries (id int PRIMARY KEY, user_id int REFERENCES app.users ON DELETE SET NULL);
SET search_path = audit;
CREATE TABLE users (id int PRIMARY KEY, app_user int REFERENCES app.users);
ALTER TABLE entries ADD FOREIGN KEY (id) REFERENCES users;
RESET search_path;
CREATE TABLE plain (id int PRIMARY KEY, u int REFERENCES app.users);
CREATE SCHEMA reports
    CREATE TABLE daily (id int PRIMARY KEY, u int REFERENCES app.users);
