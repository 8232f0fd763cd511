CREATE TABLE "experience_expert_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"team_session_id" uuid,
	"case_dialogue_id" uuid,
	"role" text NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "experience_expert_invitations_one_target" CHECK (("experience_expert_invitations"."team_session_id" IS NULL) <> ("experience_expert_invitations"."case_dialogue_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "experience_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"roles" jsonb NOT NULL,
	"agreements" text DEFAULT '' NOT NULL,
	"availability" jsonb NOT NULL,
	"consent_given_at" date NOT NULL,
	"consent_how" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "experience_experts_reachable" CHECK ("experience_experts"."email" IS NOT NULL OR "experience_experts"."phone" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "experience_expert_invitations" ADD CONSTRAINT "experience_expert_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_expert_invitations" ADD CONSTRAINT "experience_expert_invitations_expert_id_experience_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experience_experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_expert_invitations" ADD CONSTRAINT "experience_expert_invitations_team_session_id_team_sessions_id_fk" FOREIGN KEY ("team_session_id") REFERENCES "public"."team_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_expert_invitations" ADD CONSTRAINT "experience_expert_invitations_case_dialogue_id_case_dialogues_id_fk" FOREIGN KEY ("case_dialogue_id") REFERENCES "public"."case_dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_expert_invitations" ADD CONSTRAINT "experience_expert_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_experts" ADD CONSTRAINT "experience_experts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_experts" ADD CONSTRAINT "experience_experts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "experience_expert_invitations_session_idx" ON "experience_expert_invitations" USING btree ("team_session_id","expert_id") WHERE "experience_expert_invitations"."team_session_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "experience_expert_invitations_dialogue_idx" ON "experience_expert_invitations" USING btree ("case_dialogue_id","expert_id") WHERE "experience_expert_invitations"."case_dialogue_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "experience_expert_invitations_expert_idx" ON "experience_expert_invitations" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "experience_experts_org_idx" ON "experience_experts" USING btree ("organisation_id","name");