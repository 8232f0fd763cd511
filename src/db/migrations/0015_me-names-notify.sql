-- Hand-written. GET /me keeps the organisation and team names with the cached session
-- (src/server/session-cache.ts), so a rename must reach every instance as well: the trigger of
-- migration 0010 now also speaks for organisations ('organisation:<id>', also heard by the members
-- of a koepel) and teams ('team:<id>'). Only the columns /me shows count as a change.
CREATE OR REPLACE FUNCTION wegwijs_auth_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('wegwijs_auth', 'session:' || OLD.token_hash);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('wegwijs_auth', 'user:' || OLD.id);
  ELSIF TG_TABLE_NAME = 'user_teams' THEN
    PERFORM pg_notify('wegwijs_auth', 'user:' || COALESCE(NEW.user_id, OLD.user_id));
  ELSIF TG_TABLE_NAME = 'organisation_gemeenten' THEN
    PERFORM pg_notify('wegwijs_auth', 'organisation:' || COALESCE(NEW.organisation_id, OLD.organisation_id));
  ELSIF TG_TABLE_NAME = 'organisations' THEN
    PERFORM pg_notify('wegwijs_auth', 'organisation:' || OLD.id);
  ELSIF TG_TABLE_NAME = 'teams' THEN
    PERFORM pg_notify('wegwijs_auth', 'team:' || OLD.id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_auth_changed AFTER UPDATE OF name, is_demo, parent_id OR DELETE ON organisations
  FOR EACH ROW EXECUTE FUNCTION wegwijs_auth_changed();
--> statement-breakpoint
CREATE TRIGGER teams_auth_changed AFTER UPDATE OF name OR DELETE ON teams
  FOR EACH ROW EXECUTE FUNCTION wegwijs_auth_changed();
