CREATE TABLE content_items (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL
)