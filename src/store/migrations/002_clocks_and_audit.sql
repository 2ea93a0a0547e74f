-- Derived obligations (recomputed in the same transaction as any write to a child's facts), and the
-- append-only logs: who read or changed which child's record, and every change with before/after.

CREATE TABLE obligation (
  id          bigserial PRIMARY KEY,
  child_id    uuid NOT NULL REFERENCES child(id),
  kind        text NOT NULL,
  subject_id  uuid,
  start       date NOT NULL,
  due         date NOT NULL,
  done        date,
  state       text NOT NULL CHECK (state IN ('due', 'overdue', 'met_in_time', 'met_late', 'not_applicable')),
  label       text NOT NULL,
  as_at       date NOT NULL
);
CREATE INDEX obligation_child ON obligation(child_id);
CREATE INDEX obligation_open ON obligation(state, due) WHERE state IN ('due', 'overdue');

CREATE TABLE access_log (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  actor_id  uuid,
  actor     text NOT NULL,            -- 'user:<id>', 'cli', 'demo', 'import'
  action    text NOT NULL,            -- 'read', 'create', 'update', 'export' ...
  child_id  uuid,
  reason    text,
  detail    jsonb
);
CREATE INDEX access_log_child ON access_log(child_id, at);

CREATE TABLE fact_change (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  actor     text NOT NULL,
  child_id  uuid NOT NULL,
  kind      text NOT NULL,
  fact_id   uuid NOT NULL,
  op        text NOT NULL CHECK (op IN ('create', 'update')),
  before    jsonb,
  after     jsonb NOT NULL
);
CREATE INDEX fact_change_child ON fact_change(child_id, at);

-- Nothing is ever lost: the logs refuse UPDATE and DELETE.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER fact_change_append_only BEFORE UPDATE OR DELETE ON fact_change FOR EACH ROW EXECUTE FUNCTION refuse_change();
