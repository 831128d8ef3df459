CREATE TABLE users (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    email text NOT NULL UNIQUE,
    manager_id integer REFERENCES users (id) ON DELETE SET NULL
)