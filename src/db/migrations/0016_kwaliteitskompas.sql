CREATE TABLE "kompas_cycle_versions" (
	"cycle_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"blocks" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kompas_cycle_versions_cycle_id_version_pk" PRIMARY KEY("cycle_id","version")
);
--> statement-breakpoint
CREATE TABLE "kompas_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"gemeente" text NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"previous_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"blocks" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kompas_cycle_versions" ADD CONSTRAINT "kompas_cycle_versions_cycle_id_kompas_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."kompas_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kompas_cycle_versions" ADD CONSTRAINT "kompas_cycle_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kompas_cycles" ADD CONSTRAINT "kompas_cycles_group_id_organisations_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kompas_cycles" ADD CONSTRAINT "kompas_cycles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kompas_cycles" ADD CONSTRAINT "kompas_cycles_previous_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."kompas_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kompas_cycles_group_idx" ON "kompas_cycles" USING btree ("group_id","gemeente","period_from");