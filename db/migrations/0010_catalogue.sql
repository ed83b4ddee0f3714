CREATE TABLE "question_largest_cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "question_largest_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question_id" integer NOT NULL,
	"case_json" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_submission_id_submissions_id_fk";
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "question_id" integer;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "job_id" integer;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "judged_on_question" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "question_largest_cases" ADD CONSTRAINT "question_largest_cases_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "question_largest_cases_question_key" ON "question_largest_cases" USING btree ("question_id");--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_job_key" ON "submissions" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "submissions_solved_idx" ON "submissions" USING btree ("user_id","question_id") WHERE "submissions"."status" = 'accepted' and "submissions"."judged_on_question";--> statement-breakpoint
-- Submissions name their question by key: a slug the bank has becomes its id (the judge's fixtures
-- shared the bank's slugs; a fixture slug the bank lacks stays null). A row judged on the caller's
-- own cases was a run, and never solves anything.
UPDATE "submissions" AS s SET "question_id" = q."id" FROM "questions" AS q WHERE q."slug" = s."problem";--> statement-breakpoint
UPDATE "submissions" SET "judged_on_question" = false WHERE "custom_tests" OR "question_id" IS NULL;--> statement-breakpoint
UPDATE "submissions" AS s SET "job_id" = j."id" FROM "jobs" AS j WHERE j."submission_id" = s."id";--> statement-breakpoint
-- The seeded questions' largest cases, built from their files the first time a full judge needs them.
INSERT INTO "question_largest_cases" ("question_id") SELECT "id" FROM "questions" WHERE "slug" IN ('best-time-to-buy-and-sell-stock','binary-search','binary-tree-level-order-traversal','binary-tree-maximum-path-sum','burst-balloons','car-fleet','climbing-stairs','coin-change','container-with-most-water','contains-duplicate','count-connected-components','course-schedule','daily-temperatures','edit-distance','evaluate-reverse-polish-notation','find-center-of-star-graph','find-minimum-in-rotated-sorted-array','first-unique-character','house-robber','k-closest-points-to-origin','koko-eating-bananas','kth-largest-element-in-an-array','kth-smallest-element-in-a-bst','largest-rectangle-in-histogram','lfu-cache','longest-common-subsequence','longest-consecutive-sequence','longest-increasing-subsequence','longest-substring-without-repeating-characters','longest-valid-parentheses','lru-cache','majority-element','maximum-depth-of-binary-tree','maximum-subarray','median-of-two-sorted-arrays','merge-k-sorted-lists','merge-two-sorted-lists','middle-of-the-linked-list','min-cost-climbing-stairs','min-stack','minimum-window-substring','network-delay-time','number-of-islands','pascals-triangle','product-of-array-except-self','regular-expression-matching','remove-nth-node-from-end-of-list','reorder-list','reverse-words','rotting-oranges','same-tree','search-in-rotated-sorted-array','search-insert-position','sliding-window-maximum','subarray-sum-equals-k','task-scheduler','three-sum','top-k-frequent-elements','trapping-rain-water','two-sum','unique-paths','valid-anagram','valid-palindrome','valid-parentheses','validate-binary-search-tree','word-break','word-ladder-length') ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "jobs" DROP COLUMN "submission_id";