-- Tell every app instance when something a signed-in session carries has changed, so each can
-- drop what it cached (src/server/session-cache.ts). Triggers catch every path that writes these
-- tables (routes, retention, the demo loader, an operator's SQL), so no code has to remember.
-- Payloads: 'session:<token hash>', 'user:<id>', 'organisation:<id>'. A plain touch of
-- last_seen_at is not a change anyone needs to hear about.
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
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_auth_changed AFTER UPDATE OF expires_at, user_id, csrf_token OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION wegwijs_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_auth_changed AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION wegwijs_auth_changed();
--> statement-breakpoint
CREATE TRIGGER user_teams_auth_changed AFTER INSERT OR UPDATE OR DELETE ON user_teams
  FOR EACH ROW EXECUTE FUNCTION wegwijs_auth_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_gemeenten_auth_changed AFTER INSERT OR UPDATE OR DELETE ON organisation_gemeenten
  FOR EACH ROW EXECUTE FUNCTION wegwijs_auth_changed();
