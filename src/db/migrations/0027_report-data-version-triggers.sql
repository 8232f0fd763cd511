-- Hand-written. The data version of an organisation's reports (table report_data_versions, ADR 1501):
-- every statement that writes households, consents, plans, scan_scores or household_professionals
-- (the rows the outcomes and municipal reports and the team dashboard read) gives the organisations it touched a new number from one sequence, in
-- the writing transaction. A kept report is reused only while the number is unchanged, so every
-- instance sees the change once it commits. Scans themselves are not watched: the reports read
-- only scan_scores, written in the transaction that completes a scan (a draft's autosave changes
-- no report). Statement triggers with transition tables: one upsert per organisation and
-- statement, not per row. The upsert takes the organisation's row lock, so the numbers follow the
-- commit order; organisations are locked in id order, so two writers cannot deadlock on them.
CREATE SEQUENCE report_data_version_seq;
--> statement-breakpoint
CREATE FUNCTION wegwijs_bump_report_versions(organisation_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO report_data_versions (organisation_id, version)
  SELECT o.id, nextval('report_data_version_seq') FROM organisations o
  WHERE o.id = ANY (organisation_ids)
  ORDER BY o.id
  ON CONFLICT (organisation_id) DO UPDATE SET version = nextval('report_data_version_seq');
$$;
--> statement-breakpoint
-- Rows with a household_id (consents, plans, scan_scores, household_professionals). Rows of a household deleted in the same
-- statement find no household: its own trigger below bumps the organisation.
CREATE FUNCTION wegwijs_household_rows_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM wegwijs_bump_report_versions(ARRAY(
    SELECT DISTINCT h.organisation_id FROM changed_rows r JOIN households h ON h.id = r.household_id));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION wegwijs_households_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM wegwijs_bump_report_versions(ARRAY(SELECT DISTINCT organisation_id FROM changed_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- An update may move a household to another organisation: both change.
CREATE FUNCTION wegwijs_households_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM wegwijs_bump_report_versions(ARRAY(
    SELECT organisation_id FROM changed_rows UNION SELECT organisation_id FROM old_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER households_report_inserted AFTER INSERT ON households
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_households_changed();
--> statement-breakpoint
CREATE TRIGGER households_report_updated AFTER UPDATE ON households
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_households_updated();
--> statement-breakpoint
CREATE TRIGGER households_report_deleted AFTER DELETE ON households
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_households_changed();
--> statement-breakpoint
CREATE TRIGGER consents_report_inserted AFTER INSERT ON consents
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER consents_report_updated AFTER UPDATE ON consents
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER consents_report_deleted AFTER DELETE ON consents
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER plans_report_inserted AFTER INSERT ON plans
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER plans_report_updated AFTER UPDATE ON plans
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER plans_report_deleted AFTER DELETE ON plans
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER scan_scores_report_inserted AFTER INSERT ON scan_scores
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER scan_scores_report_updated AFTER UPDATE ON scan_scores
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER scan_scores_report_deleted AFTER DELETE ON scan_scores
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER household_professionals_report_inserted AFTER INSERT ON household_professionals
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER household_professionals_report_updated AFTER UPDATE ON household_professionals
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
--> statement-breakpoint
CREATE TRIGGER household_professionals_report_deleted AFTER DELETE ON household_professionals
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION wegwijs_household_rows_changed();
