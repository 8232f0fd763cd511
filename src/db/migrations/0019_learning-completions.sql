CREATE TABLE "learning_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"module_id" text NOT NULL,
	"module_version" integer NOT NULL,
	"completed_on" date NOT NULL,
	"score" integer NOT NULL,
	"question_count" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "learning_completions_score" CHECK ("learning_completions"."score" >= 0 and "learning_completions"."score" <= "learning_completions"."question_count")
);
--> statement-breakpoint
ALTER TABLE "learning_completions" ADD CONSTRAINT "learning_completions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_completions_user_idx" ON "learning_completions" USING btree ("user_id","module_id");