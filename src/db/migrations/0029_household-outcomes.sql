CREATE TABLE "household_outcomes" (
	"household_id" uuid PRIMARY KEY NOT NULL,
	"first_scan_id" uuid NOT NULL,
	"latest_scan_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"aspect_order" integer NOT NULL,
	"delta_tenths" smallint[]
);
--> statement-breakpoint
ALTER TABLE "household_outcomes" ADD CONSTRAINT "household_outcomes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_outcomes" ADD CONSTRAINT "household_outcomes_first_scan_id_scan_scores_scan_id_fk" FOREIGN KEY ("first_scan_id") REFERENCES "public"."scan_scores"("scan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_outcomes" ADD CONSTRAINT "household_outcomes_latest_scan_id_scan_scores_scan_id_fk" FOREIGN KEY ("latest_scan_id") REFERENCES "public"."scan_scores"("scan_id") ON DELETE cascade ON UPDATE no action;