CREATE TABLE "signal_open_counts" (
	"organisation_id" uuid NOT NULL,
	"delta" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal_open_counts" ADD CONSTRAINT "signal_open_counts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signal_open_counts_org_idx" ON "signal_open_counts" USING btree ("organisation_id","delta");