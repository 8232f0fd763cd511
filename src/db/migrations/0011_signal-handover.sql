ALTER TABLE "signal_cases" ADD COLUMN "handover_team_id" uuid;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD COLUMN "handover_household_id" uuid;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD COLUMN "handed_over_on" date;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_handover_team_id_teams_id_fk" FOREIGN KEY ("handover_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_handover_household_id_households_id_fk" FOREIGN KEY ("handover_household_id") REFERENCES "public"."households"("id") ON DELETE set null ON UPDATE no action;