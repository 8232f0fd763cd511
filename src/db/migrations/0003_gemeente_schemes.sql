CREATE TABLE "gemeente_schemes" (
	"gemeente_code" text PRIMARY KEY NOT NULL,
	"config" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"organisation_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gemeente_schemes" ADD CONSTRAINT "gemeente_schemes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeente_schemes" ADD CONSTRAINT "gemeente_schemes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;