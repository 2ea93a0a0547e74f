-- The child's record: people, the facts of their journey, workers and teams.
-- Runs on PostgreSQL 15 and PGlite (PostgreSQL 18): no syntax newer than 15.

CREATE TABLE council (
  id           integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  la_code      text NOT NULL,          -- long form, e.g. E09000030
  la_number    text NOT NULL,          -- three-digit DfE LA number, e.g. 211
  name         text NOT NULL,
  demo_profile text,
  demo_seed    integer,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team (
  id    uuid PRIMARY KEY,
  name  text NOT NULL UNIQUE,
  kind  text NOT NULL CHECK (kind IN ('front_door', 'assessment', 'child_protection', 'children_in_care', 'leaving_care', 'iro', 'quality'))
);

CREATE TABLE worker (
  id          uuid PRIMARY KEY,
  team_id     uuid REFERENCES team(id),
  name        text NOT NULL,
  role        text NOT NULL CHECK (role IN ('social_worker', 'team_manager', 'iro', 'personal_adviser', 'mash_worker', 'analyst', 'director', 'admin', 'qa_lead')),
  agency      boolean NOT NULL DEFAULT false,
  started_on  date NOT NULL,
  left_on     date,
  email       text UNIQUE
);

CREATE TABLE child (
  id                            uuid PRIMARY KEY,
  la_child_id                   text NOT NULL UNIQUE,
  first_name                    text NOT NULL,
  last_name                     text NOT NULL,
  date_of_birth                 date,
  expected_date_of_birth        date,
  sex                           text NOT NULL,
  ethnicity                     text NOT NULL,
  upn                           text,
  nhs_number                    text,
  disabilities                  text[] NOT NULL DEFAULT '{}',
  uasc_from                     date,
  uasc_ceased                   date,
  date_of_death                 date,
  mother_of_child_date_of_birth date,
  team_id                       uuid REFERENCES team(id),
  created_at                    timestamptz NOT NULL DEFAULT now(),
  updated_at                    timestamptz NOT NULL DEFAULT now(),
  CHECK (date_of_birth IS NOT NULL OR expected_date_of_birth IS NOT NULL)
);
CREATE INDEX child_team ON child(team_id);

CREATE TABLE address (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id),
  postcode text NOT NULL, "from" date NOT NULL, "to" date
);

CREATE TABLE contact (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id),
  received_at timestamptz NOT NULL, source text NOT NULL,
  decided_at timestamptz, outcome text, decided_by uuid REFERENCES worker(id), reason text
);

CREATE TABLE referral (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id),
  referral_date date NOT NULL, source text NOT NULL, primary_need text, referral_nfa boolean NOT NULL DEFAULT false,
  closure_date date, closure_reason text, contact_id uuid REFERENCES contact(id)
);

CREATE TABLE assessment (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), referral_id uuid NOT NULL REFERENCES referral(id),
  start_date date NOT NULL, authorised_date date, factors text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE strategy_discussion (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), referral_id uuid NOT NULL REFERENCES referral(id),
  date date NOT NULL
);

CREATE TABLE section47 (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), referral_id uuid NOT NULL REFERENCES referral(id),
  start_date date NOT NULL, strategy_discussion_id uuid REFERENCES strategy_discussion(id),
  icpc_date date, icpc_not_required boolean NOT NULL DEFAULT false
);

CREATE TABLE cp_plan (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), referral_id uuid NOT NULL REFERENCES referral(id),
  start_date date NOT NULL, end_date date, initial_category text NOT NULL, latest_category text NOT NULL,
  number_of_previous_plans integer
);

CREATE TABLE cp_review (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), cp_plan_id uuid NOT NULL REFERENCES cp_plan(id),
  date date NOT NULL
);

CREATE TABLE core_group (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), cp_plan_id uuid NOT NULL REFERENCES cp_plan(id),
  date date NOT NULL
);

CREATE TABLE cin_plan (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), referral_id uuid NOT NULL REFERENCES referral(id),
  start_date date NOT NULL, end_date date
);

CREATE TABLE care_episode (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id),
  start_date date NOT NULL, reason_new_episode text NOT NULL, legal_status text NOT NULL, category_of_need text NOT NULL,
  placement text NOT NULL, provider text, end_date date, reason_ended text, reason_place_change text,
  home_postcode text, placement_postcode text, urn text,
  long_term_foster boolean NOT NULL DEFAULT false, short_break boolean NOT NULL DEFAULT false
);

CREATE TABLE cla_review (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), date date NOT NULL, participation text NOT NULL
);

CREATE TABLE visit (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), kind text NOT NULL, date date NOT NULL,
  seen boolean NOT NULL DEFAULT true, seen_alone boolean, worker_id uuid REFERENCES worker(id)
);

CREATE TABLE health_assessment (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), kind text NOT NULL,
  requested_date date, date date
);

CREATE TABLE dental_check (id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), date date NOT NULL);

CREATE TABLE immunisation (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), as_at date NOT NULL, up_to_date boolean NOT NULL
);

CREATE TABLE sdq (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), date date NOT NULL, score integer, reason text
);

CREATE TABLE pep (id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), kind text NOT NULL, date date NOT NULL);

CREATE TABLE missing_episode (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), kind text NOT NULL,
  start_date date NOT NULL, end_date date, return_interview_offered boolean
);

CREATE TABLE care_leaver_contact (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), date date NOT NULL,
  in_touch text NOT NULL, activity text, accommodation text
);

CREATE TABLE pathway_plan (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), kind text NOT NULL, date date NOT NULL
);

CREATE TABLE adoption (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), decision_date date NOT NULL,
  placement_order_date date, match_date date, placed_date date, placed_ceased_date date, placed_ceased_reason text
);

CREATE TABLE previous_permanence (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), kind text NOT NULL, date date, la text
);

CREATE TABLE allocation (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), worker_id uuid NOT NULL REFERENCES worker(id),
  role text NOT NULL, "from" date NOT NULL, "to" date
);

CREATE TABLE oversight (
  id uuid PRIMARY KEY, child_id uuid NOT NULL REFERENCES child(id), kind text NOT NULL, date date NOT NULL,
  manager_id uuid NOT NULL REFERENCES worker(id), note text NOT NULL
);

-- Every fact table is read per child.
CREATE INDEX address_child ON address(child_id);
CREATE INDEX contact_child ON contact(child_id);
CREATE INDEX referral_child ON referral(child_id);
CREATE INDEX assessment_child ON assessment(child_id);
CREATE INDEX strategy_discussion_child ON strategy_discussion(child_id);
CREATE INDEX section47_child ON section47(child_id);
CREATE INDEX cp_plan_child ON cp_plan(child_id);
CREATE INDEX cp_review_child ON cp_review(child_id);
CREATE INDEX core_group_child ON core_group(child_id);
CREATE INDEX cin_plan_child ON cin_plan(child_id);
CREATE INDEX care_episode_child ON care_episode(child_id);
CREATE INDEX cla_review_child ON cla_review(child_id);
CREATE INDEX visit_child ON visit(child_id);
CREATE INDEX health_assessment_child ON health_assessment(child_id);
CREATE INDEX dental_check_child ON dental_check(child_id);
CREATE INDEX immunisation_child ON immunisation(child_id);
CREATE INDEX sdq_child ON sdq(child_id);
CREATE INDEX pep_child ON pep(child_id);
CREATE INDEX missing_episode_child ON missing_episode(child_id);
CREATE INDEX care_leaver_contact_child ON care_leaver_contact(child_id);
CREATE INDEX pathway_plan_child ON pathway_plan(child_id);
CREATE INDEX adoption_child ON adoption(child_id);
CREATE INDEX previous_permanence_child ON previous_permanence(child_id);
CREATE INDEX allocation_child ON allocation(child_id);
CREATE INDEX allocation_worker ON allocation(worker_id) WHERE "to" IS NULL;
CREATE INDEX oversight_child ON oversight(child_id);
