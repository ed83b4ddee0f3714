CREATE TABLE "interview_answers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"interview_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"question_id" integer,
	"question" text NOT NULL,
	"kind" text,
	"points" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seconds_min" smallint,
	"seconds_max" smallint,
	"reason" jsonb,
	"answer" text,
	"mode" text,
	"duration_ms" integer,
	"speech_rate" integer,
	"feedback" jsonb,
	"coach" jsonb,
	"recording" text,
	"recording_type" text,
	"recording_bytes" integer,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "interview_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"family" text NOT NULL,
	"kind" text NOT NULL,
	"text_zh" text NOT NULL,
	"text_en" text NOT NULL,
	"tags" jsonb NOT NULL,
	"points" jsonb NOT NULL,
	"seconds_min" smallint NOT NULL,
	"seconds_max" smallint NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_questions_key_key" UNIQUE("key"),
	CONSTRAINT "interview_questions_status_check" CHECK ("interview_questions"."status" in ('published', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"position" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"seconds_per_answer" smallint,
	"status" text NOT NULL,
	"origin" text NOT NULL,
	"score" smallint,
	"improved" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "interviews_status_check" CHECK ("interviews"."status" in ('in_progress', 'completed'))
);
--> statement-breakpoint
ALTER TABLE "interview_answers" ADD CONSTRAINT "interview_answers_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_answers" ADD CONSTRAINT "interview_answers_question_id_interview_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."interview_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD CONSTRAINT "interview_questions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_answers_position_key" ON "interview_answers" USING btree ("interview_id","position");--> statement-breakpoint
CREATE INDEX "interview_answers_question_idx" ON "interview_answers" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "interview_questions_family_idx" ON "interview_questions" USING btree ("family","kind");--> statement-breakpoint
CREATE INDEX "interviews_user_idx" ON "interviews" USING btree ("user_id","created_at");