-- Partitioned tables on both sides of a key, INHERITS, ATTACH / DETACH.
CREATE TABLE accounts (id int PRIMARY KEY, name text);
CREATE TABLE events (id int, account_id int REFERENCES accounts ON DELETE CASCADE, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events (CONSTRAINT events_2026_at CHECK (at >= '2026-01-01')) FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE events_old (LIKE events);
ALTER TABLE events ATTACH PARTITION events_old FOR VALUES FROM ('2000-01-01') TO ('2025-01-01');
CREATE TABLE events_spare PARTITION OF events FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');
ALTER TABLE events DETACH PARTITION events_spare;
CREATE TABLE notes (id int PRIMARY KEY, event_id int, event_at date, FOREIGN KEY (event_id, event_at) REFERENCES events (id, at) ON DELETE SET NULL);
CREATE TABLE base_log (id int PRIMARY KEY, account_id int REFERENCES accounts, CHECK (id > 0));
CREATE TABLE special_log (extra text) INHERITS (base_log);
