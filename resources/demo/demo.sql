-- fkscope's demo database: a small product whose foreign-key stories are the ones users debug.
-- Portable SQL: PostgreSQL and SQLite both run this file unchanged (data is generated with
-- recursive CTEs), so the same source feeds the PostgreSQL demo and the embedded SQLite demo.

-- Users, accounts, sessions and audit: a mix of rules and a self-referencing tree.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent_account_id integer REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE TABLE users (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    email text NOT NULL UNIQUE,
    manager_id integer REFERENCES users (id) ON DELETE SET NULL
);
CREATE TABLE sessions (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at text NOT NULL
);
CREATE TABLE audit_logs (
    id integer PRIMARY KEY,
    user_id integer REFERENCES users (id) ON DELETE RESTRICT,
    action text NOT NULL
);

-- Content items and generation jobs: jobs are kept (SET NULL) when their content is deleted.
CREATE TABLE content_items (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL
);
CREATE TABLE generation_jobs (
    id integer PRIMARY KEY,
    content_item_id integer REFERENCES content_items (id) ON DELETE SET NULL,
    status text NOT NULL DEFAULT 'queued'
);

-- Workflows: a CASCADE chain five levels deep.
CREATE TABLE workflow_definitions (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name text NOT NULL
);
CREATE TABLE workflow_executions (
    id integer PRIMARY KEY,
    definition_id integer NOT NULL REFERENCES workflow_definitions (id) ON DELETE CASCADE,
    started_by integer REFERENCES users (id) ON DELETE SET NULL
);
CREATE TABLE step_executions (
    id integer PRIMARY KEY,
    execution_id integer NOT NULL REFERENCES workflow_executions (id) ON DELETE CASCADE,
    step_name text NOT NULL
);
CREATE TABLE state_snapshots (
    id integer PRIMARY KEY,
    step_execution_id integer NOT NULL REFERENCES step_executions (id) ON DELETE CASCADE,
    payload text
);
CREATE TABLE approval_requests (
    id integer PRIMARY KEY,
    step_execution_id integer NOT NULL REFERENCES step_executions (id) ON DELETE CASCADE,
    approver_id integer REFERENCES users (id) ON DELETE SET NULL
);
CREATE TABLE rollback_actions (
    id integer PRIMARY KEY,
    approval_request_id integer NOT NULL REFERENCES approval_requests (id) ON DELETE CASCADE,
    snapshot_id integer REFERENCES state_snapshots (id) ON DELETE NO ACTION
);

-- Models: a job references either a model row or a variant row, never both (CHECK). Deleting a
-- model row SETs the job's row_id NULL, which the CHECK then rejects: the delete is blocked.
CREATE TABLE models (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE model_rows (
    id integer PRIMARY KEY,
    model_id integer NOT NULL REFERENCES models (id) ON DELETE CASCADE
);
CREATE TABLE variant_rows (
    id integer PRIMARY KEY,
    model_row_id integer NOT NULL REFERENCES model_rows (id) ON DELETE CASCADE
);
CREATE TABLE jobs (
    id integer PRIMARY KEY,
    row_id integer REFERENCES model_rows (id) ON DELETE SET NULL,
    variant_row_id integer REFERENCES variant_rows (id) ON DELETE SET NULL,
    CONSTRAINT jobs_exactly_one_target CHECK ((row_id IS NULL) <> (variant_row_id IS NULL))
);

-- Robots and event triggers: NO ACTION everywhere, so deleting an archived script reference is
-- blocked until its event triggers, then their settings, are deleted first.
CREATE TABLE robots (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE script_reference (
    id integer PRIMARY KEY,
    robot_id integer NOT NULL REFERENCES robots (id) ON DELETE CASCADE,
    archived integer NOT NULL DEFAULT 0
);
CREATE TABLE event_trigger_setting (
    id integer PRIMARY KEY,
    script_reference_id integer NOT NULL REFERENCES script_reference (id) ON DELETE NO ACTION
);
CREATE TABLE event_trigger (
    id integer PRIMARY KEY,
    script_reference_id integer NOT NULL REFERENCES script_reference (id) ON DELETE NO ACTION,
    setting_id integer NOT NULL REFERENCES event_trigger_setting (id) ON DELETE NO ACTION
);

-- Billing: an invoice must keep its customer, but only by the end of the transaction (DEFERRABLE
-- INITIALLY DEFERRED), so deleting a customer with invoices succeeds as a statement and fails at
-- COMMIT unless its invoices go in the same transaction.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED,
    total_cents integer NOT NULL
);

-- The indexes a careful team adds; the remaining unindexed FKs are what the summary warns about.
CREATE INDEX users_account_idx ON users (account_id);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX content_items_owner_idx ON content_items (owner_id);
CREATE INDEX generation_jobs_content_idx ON generation_jobs (content_item_id);
CREATE INDEX workflow_executions_definition_idx ON workflow_executions (definition_id);
CREATE INDEX step_executions_execution_idx ON step_executions (execution_id);
CREATE INDEX state_snapshots_step_idx ON state_snapshots (step_execution_id);
CREATE INDEX approval_requests_step_idx ON approval_requests (step_execution_id);
CREATE INDEX model_rows_model_idx ON model_rows (model_id);
CREATE INDEX jobs_row_idx ON jobs (row_id);
CREATE INDEX script_reference_robot_idx ON script_reference (robot_id);

-- Data: a few thousand rows.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO accounts (id, name, parent_account_id)
SELECT i, 'account ' || i, CASE WHEN i > 4 THEN 1 + (i % 4) END FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO users (id, account_id, email, manager_id)
SELECT i, 1 + (i % 20), 'user' || i || '@example.com', CASE WHEN i > 20 THEN 1 + (i % 20) END FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO sessions (id, user_id, started_at) SELECT i, 1 + (i % 200), '2026-01-01' FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO audit_logs (id, user_id, action) SELECT i, CASE WHEN i % 3 = 0 THEN 1 + (i % 200) END, 'login' FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO content_items (id, owner_id, title) SELECT i, 1 + (i % 200), 'item ' || i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 800)
INSERT INTO generation_jobs (id, content_item_id, status) SELECT i, 1 + (i % 400), 'done' FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO workflow_definitions (id, account_id, name) SELECT i, 1 + (i % 20), 'workflow ' || i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO workflow_executions (id, definition_id, started_by) SELECT i, 1 + (i % 40), 1 + (i % 200) FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO step_executions (id, execution_id, step_name) SELECT i, 1 + (i % 200), 'step ' || (i % 3) FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO state_snapshots (id, step_execution_id, payload) SELECT i, i, '{}' FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO approval_requests (id, step_execution_id, approver_id) SELECT i, 2 * i, 1 + (i % 200) FROM n;

-- Each rollback action points at a snapshot of another step (NO ACTION): a delete that reaches
-- only one side is blocked.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
INSERT INTO rollback_actions (id, approval_request_id, snapshot_id) SELECT i, 2 * i, 4 * i - 1 FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO models (id, name) SELECT i, 'model ' || i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO model_rows (id, model_id) SELECT i, 1 + (i % 10) FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
INSERT INTO variant_rows (id, model_row_id) SELECT i, 2 * i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO jobs (id, row_id, variant_row_id)
SELECT i, CASE WHEN i % 2 = 0 THEN 1 + (i % 300) END, CASE WHEN i % 2 = 1 THEN 1 + (i % 150) END FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO robots (id, name) SELECT i, 'robot ' || i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO script_reference (id, robot_id, archived) SELECT i, 1 + (i % 10), CASE WHEN i % 4 = 0 THEN 1 ELSE 0 END FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
INSERT INTO event_trigger_setting (id, script_reference_id) SELECT i, i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO event_trigger (id, script_reference_id, setting_id) SELECT i, 1 + (i % 45), 1 + (i % 45) FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO customers (id, name) SELECT i, 'customer ' || i FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO invoices (id, customer_id, total_cents) SELECT i, 1 + (i % 30), 1000 + 37 * i FROM n;
