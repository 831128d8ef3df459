CREATE TABLE generation_jobs (
    id integer PRIMARY KEY,
    content_item_id integer REFERENCES content_items (id) ON DELETE SET NULL,
    status text NOT NULL DEFAULT 'queued'
)