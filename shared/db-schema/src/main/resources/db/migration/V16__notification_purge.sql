-- V16: the three notification tables (V14) join the retention purge (ADR 0058, ADR 0104). The
-- tenant's retention.notificationDays (default 90, at least 15: longer than any redelivery, so a
-- redelivered event cannot bring back a purged notification) governs:
--   notification             read or dismissed rows created before the window (unread ones stay)
--   notification_digest      claims made before the window (a day's digest is never re-sent after it)
--   notification_preference  rows of deactivated (or removed) users unchanged within the window
-- purge_expired() is replaced whole: the V6 kinds are unchanged. Its grant (relay role only) stays.
CREATE OR REPLACE FUNCTION purge_expired(p_tenant uuid, p_kind text, p_before timestamptz, p_limit int) RETURNS int
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
DECLARE
  n int;
BEGIN
  IF p_tenant IS NULL OR p_before IS NULL THEN
    RAISE EXCEPTION 'purge_expired: tenant and cut-off are required' USING ERRCODE = '22023';
  END IF;
  IF p_limit IS NULL OR p_limit < 1 OR p_limit > 5000 THEN
    RAISE EXCEPTION 'purge_expired: p_limit must be 1..5000, not %', p_limit USING ERRCODE = '22023';
  END IF;
  IF p_before > clock_timestamp() - interval '1 hour' THEN
    RAISE EXCEPTION 'purge_expired: the cut-off must be at least an hour ago' USING ERRCODE = '22023';
  END IF;
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  CASE p_kind
    WHEN 'outbox' THEN
      DELETE FROM outbox WHERE ctid IN (SELECT ctid FROM outbox
        WHERE tenant_id = p_tenant AND published_at IS NOT NULL AND published_at < p_before LIMIT p_limit);
    WHEN 'processed_event' THEN
      DELETE FROM processed_event WHERE ctid IN (SELECT ctid FROM processed_event
        WHERE tenant_id = p_tenant AND processed_at < p_before LIMIT p_limit);
    WHEN 'idempotency_key' THEN
      DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key
        WHERE tenant_id = p_tenant AND created_at < p_before LIMIT p_limit);
    WHEN 'webhook_delivery' THEN
      DELETE FROM webhook_delivery WHERE ctid IN (SELECT ctid FROM webhook_delivery
        WHERE tenant_id = p_tenant AND status IN ('SUCCEEDED', 'FAILED') AND created_at < p_before LIMIT p_limit);
    WHEN 'match_run' THEN
      DELETE FROM match_run WHERE ctid IN (SELECT m.ctid FROM match_run m
        WHERE m.tenant_id = p_tenant AND m.created_at < p_before
          AND EXISTS (SELECT 1 FROM match_run newer WHERE newer.tenant_id = m.tenant_id
                        AND newer.requirement_id = m.requirement_id AND newer.id > m.id)
          AND NOT EXISTS (SELECT 1 FROM recommendation r JOIN recommendation_feedback f
                            ON f.tenant_id = r.tenant_id AND f.recommendation_id = r.id
                          WHERE r.tenant_id = m.tenant_id AND r.match_run_id = m.id)
          -- nor a run a submission came from (V10's submission.recommendation_id, the calibration's
          -- outcomes; PL/pgSQL resolves it when the function runs, after V10, whatever the order applied)
          AND NOT EXISTS (SELECT 1 FROM recommendation r JOIN submission s
                            ON s.tenant_id = r.tenant_id AND s.recommendation_id = r.id
                          WHERE r.tenant_id = m.tenant_id AND r.match_run_id = m.id)
        LIMIT p_limit);
    WHEN 'inbound_body' THEN
      UPDATE inbound_message SET extraction = NULL, report = NULL, problems = '[]'::jsonb, body_purged_at = clock_timestamp()
       WHERE ctid IN (SELECT ctid FROM inbound_message
        WHERE tenant_id = p_tenant AND body_purged_at IS NULL AND received_at < p_before LIMIT p_limit);
    WHEN 'notification' THEN
      -- read or dismissed before the window; unread, undismissed notifications stay until the user acts
      DELETE FROM notification WHERE ctid IN (SELECT ctid FROM notification
        WHERE tenant_id = p_tenant AND created_at < p_before
          AND (read_at IS NOT NULL OR dismissed_at IS NOT NULL) LIMIT p_limit);
    WHEN 'notification_digest' THEN
      DELETE FROM notification_digest WHERE ctid IN (SELECT ctid FROM notification_digest
        WHERE tenant_id = p_tenant AND claimed_at < p_before LIMIT p_limit);
    WHEN 'notification_preference' THEN
      -- only of users deactivated (or no longer there): an active user's settings are business data
      DELETE FROM notification_preference WHERE ctid IN (SELECT p.ctid FROM notification_preference p
        WHERE p.tenant_id = p_tenant AND p.updated_at < p_before
          AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.tenant_id = p.tenant_id AND u.id = p.user_id
                            AND u.status <> 'DEACTIVATED') LIMIT p_limit);
    ELSE
      RAISE EXCEPTION 'purge_expired: unknown kind %', p_kind USING ERRCODE = '22023';
  END CASE;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('app.tenant_id', '', true);
  RETURN n;
END
$$;
