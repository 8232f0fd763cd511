CREATE TABLE "scan_outcomes" (
	"scan_id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"next_completed_at" timestamp with time zone,
	"first" boolean NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"aspect_order" integer NOT NULL,
	"delta_tenths" smallint[],
	"capital_levels" smallint[]
);
--> statement-breakpoint
ALTER TABLE "scan_outcomes" ADD CONSTRAINT "scan_outcomes_scan_id_scan_scores_scan_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scan_scores"("scan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_outcomes" ADD CONSTRAINT "scan_outcomes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scan_outcomes_household_idx" ON "scan_outcomes" USING btree ("household_id","completed_at");