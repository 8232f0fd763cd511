CREATE TABLE "quickscan_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quickscan_id" text NOT NULL,
	"quickscan_version" integer NOT NULL,
	"team_id" uuid,
	"wijk" text,
	"answers" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quickscan_responses" ADD CONSTRAINT "quickscan_responses_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quickscan_responses" ADD CONSTRAINT "quickscan_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quickscan_responses" ADD CONSTRAINT "quickscan_responses_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quickscan_responses_author_year_idx" ON "quickscan_responses" USING btree ("author_id","year");--> statement-breakpoint
CREATE INDEX "quickscan_responses_org_year_idx" ON "quickscan_responses" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "quickscan_responses_team_year_idx" ON "quickscan_responses" USING btree ("team_id","year");