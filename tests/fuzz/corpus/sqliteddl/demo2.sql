CREATE TABLE sessions (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at text NOT NULL
)