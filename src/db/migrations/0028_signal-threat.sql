ALTER TABLE "signal_cases" ADD COLUMN "threat_kind" text;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD COLUMN "threat_known_on" date;