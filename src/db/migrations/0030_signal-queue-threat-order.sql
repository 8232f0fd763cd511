DROP INDEX "signal_cases_queue_idx";--> statement-breakpoint
ALTER TABLE "signal_cases" ADD COLUMN "urgent_conversation_by" date;--> statement-breakpoint
CREATE INDEX "signal_cases_queue_idx" ON "signal_cases" USING btree ("organisation_id","status","urgent_conversation_by","priority" DESC NULLS LAST,"first_signal_on","id");