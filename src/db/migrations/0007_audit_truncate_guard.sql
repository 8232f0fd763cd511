-- TRUNCATE skips row and DELETE triggers, so the append-only access log needs its own guard.
-- (Operators also give the application a role without TRUNCATE, UPDATE or DELETE on audit_log;
-- see docs/security.md.)
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
