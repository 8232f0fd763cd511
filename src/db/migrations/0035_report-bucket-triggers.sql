-- Hand-written. Report buckets (ADR 1501): beside the organisation's report data version
-- (migration 0027), every writing statement gives each (organisation, bucket) it touched a new
-- number from the same sequence. A household's bucket is the last byte of its id modulo 64, the
-- expression of the index households_report_bucket_idx. A kept count is then redone only for the
-- buckets whose number moved, a 64th of the households per changed bucket. The organisation's row
-- is locked first, as before, so writers still queue on it in one order and cannot deadlock.
CREATE FUNCTION wegwijs_bump_report_rows(organisation_ids uuid[], household_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  SELECT wegwijs_bump_report_versions(ARRAY(SELECT DISTINCT unnest(organisation_ids)));
  INSERT INTO report_bucket_versions (organisation_id, bucket, version)
  SELECT b.organisation_id, b.bucket, nextval('report_data_version_seq')
  FROM (SELECT DISTINCT u.o AS organisation_id, (get_byte(uuid_send(u.h), 15) & 63)::smallint AS bucket
        FROM unnest(organisation_ids, household_ids) AS u(o, h)
        JOIN organisations o ON o.id = u.o) b
  ORDER BY b.organisation_id, b.bucket
  ON CONFLICT (organisation_id, bucket) DO UPDATE SET version = nextval('report_data_version_seq');
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION wegwijs_household_rows_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  organisation_ids uuid[];
  household_ids uuid[];
BEGIN
  SELECT array_agg(h.organisation_id), array_agg(h.id) INTO organisation_ids, household_ids
  FROM (SELECT DISTINCT household_id FROM changed_rows) r JOIN households h ON h.id = r.household_id;
  PERFORM wegwijs_bump_report_rows(coalesce(organisation_ids, '{}'), coalesce(household_ids, '{}'));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION wegwijs_households_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM wegwijs_bump_report_rows(ARRAY(SELECT organisation_id FROM changed_rows),
    ARRAY(SELECT id FROM changed_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- An update may move a household to another organisation: both change.
CREATE OR REPLACE FUNCTION wegwijs_households_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  organisation_ids uuid[];
  household_ids uuid[];
BEGIN
  SELECT array_agg(r.organisation_id), array_agg(r.id) INTO organisation_ids, household_ids
  FROM (SELECT organisation_id, id FROM changed_rows UNION SELECT organisation_id, id FROM old_rows) r;
  PERFORM wegwijs_bump_report_rows(coalesce(organisation_ids, '{}'), coalesce(household_ids, '{}'));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The kept changes and per-scan rows are what the counts read: written at start by the backfill
-- too, without a scan_scores write, so they move the numbers themselves.
CREATE TRIGGER household_outcomes_report_inserted AFTER INSERT ON household_outcomes
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER household_outcomes_report_updated AFTER UPDATE ON household_outcomes
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER household_outcomes_report_deleted AFTER DELETE ON household_outcomes
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER scan_outcomes_report_inserted AFTER INSERT ON scan_outcomes
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER scan_outcomes_report_updated AFTER UPDATE ON scan_outcomes
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER scan_outcomes_report_deleted AFTER DELETE ON scan_outcomes
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
