ALTER TABLE "interventions" ALTER COLUMN "last_checked_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "interventions" ALTER COLUMN "last_checked_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "local_offers" ALTER COLUMN "last_checked_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "local_offers" ALTER COLUMN "last_checked_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "specialists" ALTER COLUMN "last_checked_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "specialists" ALTER COLUMN "last_checked_at" DROP NOT NULL;