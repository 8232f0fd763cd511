CREATE TABLE "offer_decision_events" (
	"decision_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"saved_by" uuid,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "offer_decision_events_decision_id_version_pk" PRIMARY KEY("decision_id","version")
);
--> statement-breakpoint
CREATE TABLE "offer_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"capital" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offer_decision_events" ADD CONSTRAINT "offer_decision_events_decision_id_offer_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."offer_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_decision_events" ADD CONSTRAINT "offer_decision_events_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_decisions" ADD CONSTRAINT "offer_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offer_decisions_subject_idx" ON "offer_decisions" USING btree ("organisation_id","scope","capital","subject_kind","subject_id");