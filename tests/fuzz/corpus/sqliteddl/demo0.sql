CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent_account_id integer REFERENCES accounts (id) ON DELETE CASCADE
)