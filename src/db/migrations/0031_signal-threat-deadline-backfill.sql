-- Hand-written. Cases that had a threat (Wgs art. 4 lid 2) recorded before the queue ordered by
-- its deadline get the deadline the application now stores with every threat (ADR 1405): three
-- working days after the day it became known. SQL does not know the Algemene termijnenwet's
-- holidays, so only Saturdays and Sundays are skipped here; a holiday would make this date a day
-- early, never late, so such a case sorts slightly sooner. The page shows the date the domain
-- computes, so what the worker reads is exact. Then a check keeps kind, day and deadline together.
UPDATE signal_cases SET urgent_conversation_by = (
  SELECT day::date
  FROM generate_series(threat_known_on + 1, threat_known_on + 9, interval '1 day') AS g(day)
  WHERE extract(isodow FROM day) < 6
  ORDER BY day OFFSET 2 LIMIT 1
)
WHERE threat_known_on IS NOT NULL;
--> statement-breakpoint
ALTER TABLE signal_cases ADD CONSTRAINT signal_cases_threat_whole CHECK (
  (threat_kind IS NULL) = (threat_known_on IS NULL)
  AND (threat_known_on IS NULL) = (urgent_conversation_by IS NULL)
);
