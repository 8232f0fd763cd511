CREATE TABLE "reflection_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid NOT NULL,
	"deck_id" text NOT NULL,
	"deck_version" integer NOT NULL,
	"moment" text NOT NULL,
	"answers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reflection_entries_moment" CHECK ("reflection_entries"."moment" in ('voor', 'na'))
);
--> statement-breakpoint
ALTER TABLE "reflection_entries" ADD CONSTRAINT "reflection_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reflection_entries_author_idx" ON "reflection_entries" USING btree ("author_id","created_at");