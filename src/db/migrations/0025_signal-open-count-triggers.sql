-- Hand-written. Keeps signal_open_counts (migration 0024) right: every statement that inserts,
-- updates or deletes signal_cases appends, per organisation, how many open cases it added or
-- removed. The rows are written in the same transaction as the change, so a rolled-back import
-- leaves no count behind; writers only insert, so concurrent imports and outcomes never wait on a
-- shared counter row. Statement-level with transition tables: one row per statement, not per case.
CREATE FUNCTION signal_cases_count_open() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO signal_open_counts (organisation_id, delta)
      SELECT organisation_id, count(*) FROM changed_new WHERE status = 'open' GROUP BY organisation_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO signal_open_counts (organisation_id, delta)
      SELECT organisation_id, -count(*) FROM changed_old WHERE status = 'open' GROUP BY organisation_id;
  ELSE
    INSERT INTO signal_open_counts (organisation_id, delta)
      SELECT organisation_id, sum(delta) FROM (
        SELECT organisation_id, 1 AS delta FROM changed_new WHERE status = 'open'
        UNION ALL
        SELECT organisation_id, -1 FROM changed_old WHERE status = 'open'
      ) AS moves
      GROUP BY organisation_id HAVING sum(delta) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER signal_cases_count_insert AFTER INSERT ON signal_cases
  REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION signal_cases_count_open();
--> statement-breakpoint
CREATE TRIGGER signal_cases_count_update AFTER UPDATE ON signal_cases
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION signal_cases_count_open();
--> statement-breakpoint
CREATE TRIGGER signal_cases_count_delete AFTER DELETE ON signal_cases
  REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION signal_cases_count_open();
--> statement-breakpoint
INSERT INTO signal_open_counts (organisation_id, delta)
  SELECT organisation_id, count(*) FROM signal_cases WHERE status = 'open' GROUP BY organisation_id;
