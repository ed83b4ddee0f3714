CREATE TABLE "daily_resets" (
	"day" date PRIMARY KEY NOT NULL,
	"affected_users" integer NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunity_ledger" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "opportunity_ledger_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"amount" integer NOT NULL,
	"reason" text NOT NULL,
	"session_id" text,
	"balance_after" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunity_ledger" ADD CONSTRAINT "opportunity_ledger_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunity_ledger_user_idx" ON "opportunity_ledger" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunity_ledger_session_key" ON "opportunity_ledger" USING btree ("user_id","session_id","kind") WHERE "opportunity_ledger"."session_id" is not null;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_opportunities_nonnegative" CHECK ("users"."opportunities" >= 0);