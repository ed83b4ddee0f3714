CREATE TABLE "question_cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "question_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"hidden" boolean NOT NULL,
	"args" jsonb NOT NULL,
	"expected" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title_en" text NOT NULL,
	"title_zh" text NOT NULL,
	"difficulty" text NOT NULL,
	"category" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"statement_en" text NOT NULL,
	"statement_zh" text NOT NULL,
	"examples" jsonb NOT NULL,
	"constraints" jsonb NOT NULL,
	"hints" jsonb NOT NULL,
	"spec" jsonb NOT NULL,
	"time_limit_ms" integer NOT NULL,
	"memory_limit_mb" integer NOT NULL,
	"starter" jsonb NOT NULL,
	"solutions" jsonb NOT NULL,
	"brute" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"proven_at" timestamp with time zone,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_status_check" CHECK ("questions"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "questions_difficulty_check" CHECK ("questions"."difficulty" in ('Easy', 'Medium', 'Hard'))
);
--> statement-breakpoint
ALTER TABLE "question_cases" ADD CONSTRAINT "question_cases_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "question_cases_position_key" ON "question_cases" USING btree ("question_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_slug_key" ON "questions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "questions_listing_idx" ON "questions" USING btree ("status","difficulty","category");