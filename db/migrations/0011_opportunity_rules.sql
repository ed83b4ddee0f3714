ALTER TABLE "opportunity_ledger" ADD COLUMN "counterpart_user_id" integer;--> statement-breakpoint
ALTER TABLE "rooms" ADD COLUMN "reward" text;--> statement-breakpoint
ALTER TABLE "opportunity_ledger" ADD CONSTRAINT "opportunity_ledger_counterpart_user_id_users_id_fk" FOREIGN KEY ("counterpart_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunity_ledger_counterpart_idx" ON "opportunity_ledger" USING btree ("counterpart_user_id","created_at") WHERE "opportunity_ledger"."counterpart_user_id" is not null;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_reward_check" CHECK ("rooms"."reward" is null or "rooms"."reward" in ('earned', 'too_short', 'no_work', 'pair_limit', 'daily_limit'));--> statement-breakpoint
-- Interviews ended before these rules all paid their interviewer; their rewards name the interviewee.
UPDATE "rooms" SET "reward" = 'earned' WHERE "status" = 'ended';--> statement-breakpoint
UPDATE "opportunity_ledger" AS l SET "counterpart_user_id" = m."user_id"
  FROM "room_members" AS m
  WHERE l."kind" = 'earned' AND l."session_id" = 'session_' || m."room_id" AND m."role" = 'interviewee';
