CREATE TABLE "scan_scores" (
	"scan_id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"aspect_scores" text NOT NULL,
	"aspect_order" integer NOT NULL,
	"risk_factors" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scan_scores" ADD CONSTRAINT "scan_scores_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_scores" ADD CONSTRAINT "scan_scores_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scan_scores_household_idx" ON "scan_scores" USING btree ("household_id","completed_at","scan_id");