CREATE TABLE "signal_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_key" text NOT NULL,
	"surname" text NOT NULL,
	"initials" text NOT NULL,
	"prefix" text NOT NULL,
	"street" text NOT NULL,
	"house_number" integer NOT NULL,
	"house_number_addition" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"priority" integer NOT NULL,
	"first_signal_on" date NOT NULL,
	"last_signal_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"outcome_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"reached" boolean NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"file_name" text,
	"encoding" text NOT NULL,
	"delimiter" text NOT NULL,
	"rows" integer NOT NULL,
	"signals" integer NOT NULL,
	"new_cases" integer NOT NULL,
	"report" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"creditor_type" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"months_in_arrears" integer NOT NULL,
	"arrears_since" date,
	"signal_date" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal_cases" ADD CONSTRAINT "signal_cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_contacts" ADD CONSTRAINT "signal_contacts_case_id_signal_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."signal_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_contacts" ADD CONSTRAINT "signal_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_imports" ADD CONSTRAINT "signal_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_imports" ADD CONSTRAINT "signal_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_case_id_signal_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."signal_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_import_id_signal_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."signal_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signal_cases_org_key_idx" ON "signal_cases" USING btree ("organisation_id","person_key");--> statement-breakpoint
CREATE INDEX "signal_cases_queue_idx" ON "signal_cases" USING btree ("organisation_id","status","priority" DESC NULLS LAST,"first_signal_on","id");--> statement-breakpoint
CREATE INDEX "signal_cases_retention_idx" ON "signal_cases" USING btree ("last_signal_on");--> statement-breakpoint
CREATE INDEX "signal_contacts_case_idx" ON "signal_contacts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "signal_imports_org_idx" ON "signal_imports" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "signals_case_idx" ON "signals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "signals_import_idx" ON "signals" USING btree ("import_id");