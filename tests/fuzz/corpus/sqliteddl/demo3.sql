CREATE TABLE audit_logs (
    id integer PRIMARY KEY,
    user_id integer REFERENCES users (id) ON DELETE RESTRICT,
    action text NOT NULL
)