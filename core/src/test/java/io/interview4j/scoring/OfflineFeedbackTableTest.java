package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Offline feedback must be true of the answer it is about. Each row is a realistic answer to a realistic question,
 * with the key points it says (often in other words) and those it does not. For every row: a point the answer said
 * is listed as covered and never named as missing; a point it did not say is listed as missed; no strength is
 * contradicted by a weakness or a suggestion of the same answer; advice fits the question's kind (STAR for
 * behavioural and situational questions, a measurable result only for stories that happened, complexity for
 * coding); and every weakness is a full sentence, not a rubric fragment.
 */
class OfflineFeedbackTableTest {

    private static final HeuristicEvaluator EVALUATOR = new HeuristicEvaluator();

    /**
     * @param name what the row shows
     * @param kind the question's kind
     * @param question the question
     * @param keyPoints what a strong answer covers
     * @param answer the candidate's answer
     * @param said indices of key points the answer says, in its own words
     * @param notSaid indices of key points the answer does not say
     */
    record Row(String name, String kind, String question, List<String> keyPoints, String answer, List<Integer> said,
               List<Integer> notSaid) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> feedbackPoints = List.of("gives direct, specific feedback in a private conversation",
                "focuses on the behaviour and its impact on the team", "agrees on next steps and follows up");
        rows.add(new Row("private one-on-one is a private conversation", "behavioral",
                "Tell me about a time you had to give difficult feedback to a colleague.", feedbackPoints,
                "Last year a teammate kept merging code without tests. I pulled him aside for a private one-on-one and "
                        + "was honest about exactly which pull requests had broken the build. We agreed he would add "
                        + "tests first, and build failures dropped from six a month to zero.",
                List.of(0), List.of()));
        rows.add(new Row("the follow-up that was exactly a 1:1", "behavioral",
                "How did you deliver that feedback, and where?", feedbackPoints,
                "I booked a 1:1 meeting with him, away from the team, and gave him frank comments on the two specific "
                        + "reviews where his tone had upset people. I asked how he saw it before suggesting anything.",
                List.of(0), List.of(2)));
        rows.add(new Row("feedback delivered in public misses the private point", "behavioral",
                "Tell me about a time you had to give difficult feedback to a colleague.", feedbackPoints,
                "In our sprint retro I told the whole team that the release slipped because of missing tests. "
                        + "As a result we added a testing checklist and the next release shipped on time.",
                List.of(), List.of(0)));
        List<String> qualityPoints = List.of("code reviews against clear standards", "automated linters and formatters in CI",
                "tests required before merge");
        rows.add(new Row("a lint rule is a linter", "technical", "How do you keep code quality consistent across a team?",
                qualityPoints,
                "Every change goes through review against our style guide. We added a lint rule and a formatter check to "
                        + "the CI pipeline, so style arguments disappeared. Nothing merges without passing unit tests.",
                List.of(0, 1, 2), List.of()));
        rows.add(new Row("linting named, tests not", "technical", "How do you keep code quality consistent across a team?",
                qualityPoints,
                "We run linting on every commit in CI with an auto-formatter, which catches most style problems before a "
                        + "reviewer even opens the pull request. For example, unused imports never reach main.",
                List.of(1), List.of(2)));
        List<String> indexPoints = List.of("an index speeds up reads by avoiding a full table scan",
                "indexes slow down writes and use extra storage", "choose columns used in where clauses and joins");
        rows.add(new Row("index trade-offs in other words", "technical", "What are the trade-offs of adding a database index?",
                indexPoints,
                "An index lets the database find rows without scanning the whole table, so lookups get much faster. "
                        + "The cost is that every write must also update the index, and it takes more disk. "
                        + "I add them for columns we filter or join on.",
                List.of(0, 1, 2), List.of()));
        rows.add(new Row("index benefit only", "technical", "What are the trade-offs of adding a database index?", indexPoints,
                "Indexes make queries faster because the database does not need to read the full table. For example our "
                        + "orders search went from two seconds to forty milliseconds after we indexed customer id.",
                List.of(0), List.of(1)));
        List<String> cachePoints = List.of("caching stores results of expensive operations for reuse",
                "stale data needs an expiry or invalidation strategy", "a cache adds memory cost and complexity");
        rows.add(new Row("cache answer with invalidation in other words", "technical", "When would you add a cache?",
                cachePoints,
                "When the same expensive query runs again and again, I keep its result in Redis so later requests reuse "
                        + "it. The hard part is stale data, so every entry gets a TTL and we evict it when the row changes.",
                List.of(0, 1), List.of()));
        rows.add(new Row("short cache answer", "technical", "When would you add a cache?", cachePoints,
                "I would add a cache to save results of slow calls so they can be reused.",
                List.of(0), List.of(1)));
        List<String> threadPoints = List.of("threads share memory within a process", "processes have separate memory spaces",
                "switching between threads is cheaper than between processes");
        rows.add(new Row("threads and processes reworded", "technical", "What is the difference between a thread and a process?",
                threadPoints,
                "A process gets its own address space, while the threads inside one process all see the same memory. "
                        + "Context switches between threads cost less because the memory map stays the same.",
                List.of(0, 1, 2), List.of()));
        rows.add(new Row("threads only", "technical", "What is the difference between a thread and a process?", threadPoints,
                "Threads share memory within a process, so they can talk through shared variables, which is fast but "
                        + "needs locks.",
                List.of(0), List.of(1)));
        List<String> reversePoints = List.of("walk the list once with three pointers", "point each node's next to the previous node",
                "return the old tail as the new head");
        rows.add(new Row("linked list reversal without complexity", "dsa", "Reverse a singly linked list.", reversePoints,
                "I keep previous, current and next pointers and walk the list one time. At each node I set its next to the "
                        + "previous node, then move all three forward. When current is null, I return previous, which is now the head.",
                List.of(0, 1, 2), List.of()));
        rows.add(new Row("linked list reversal with complexity", "dsa", "Reverse a singly linked list.", reversePoints,
                "Iterate once keeping prev and curr; for each node, save next, point curr.next at prev, and advance. At the "
                        + "end I return prev as the new head. That is O(n) time and O(1) extra space.",
                List.of(1, 2), List.of()));
        List<String> twoSumPoints = List.of("store each number's index in a hash map", "look up the complement before inserting",
                "single pass in linear time");
        rows.add(new Row("two sum with a map", "dsa", "Given an array and a target, return two indices that add up to the target.",
                twoSumPoints,
                "I go through the array once with a hash map from value to position. For each value I check whether its "
                        + "complement, target minus value, is already in the map; if so I return both positions, otherwise I add it.",
                List.of(0, 1), List.of()));
        rows.add(new Row("two sum brute force", "dsa", "Given an array and a target, return two indices that add up to the target.",
                twoSumPoints,
                "Two nested loops: for every pair i and j, check if the numbers add up to the target and return them.",
                List.of(), List.of(0)));
        List<String> conflictPoints = List.of("listens to understand both sides", "finds shared goals and a compromise",
                "escalates only when needed");
        rows.add(new Row("conflict story with paraphrases", "behavioral",
                "Tell me about a time you resolved a disagreement between two engineers.", conflictPoints,
                "At my last company two senior engineers disagreed about moving to Kafka. I met each of them to hear "
                        + "their side, then got them to agree on a shared goal: fewer lost events. The compromise was to "
                        + "pilot it on one service first, and lost events fell by 90 percent.",
                List.of(0, 1), List.of()));
        rows.add(new Row("conflict story without an ending", "behavioral",
                "Tell me about a time you resolved a disagreement between two engineers.", conflictPoints,
                "Two engineers on my team kept arguing about code style in reviews. I listened to both of them separately "
                        + "to understand what bothered each one.",
                List.of(0), List.of(1)));
        List<String> failurePoints = List.of("owns the mistake without blaming others", "explains what was learned",
                "describes what changed afterwards");
        rows.add(new Row("failure story with lessons", "behavioral", "Tell me about a time you failed.", failurePoints,
                "I shipped a migration that locked the payments table for twenty minutes. That was my mistake and I owned it: I had not "
                        + "tested it on production-sized data. The lesson I took was to rehearse migrations on a copy, and "
                        + "later our runbook changed to require a dry run, and we have had no locking incidents.",
                List.of(0, 1, 2), List.of()));
        List<String> deadlinePoints = List.of("clarify priorities with the stakeholder", "cut scope to what matters most",
                "communicate the risk early");
        rows.add(new Row("hypothetical deadline", "situational",
                "What would you do if you realised you could not meet a deadline?", deadlinePoints,
                "First I would talk to the product owner to settle the priorities, then propose cutting "
                        + "the rest of the scope from this release. I would flag the risk as soon as I knew, not on the last day.",
                List.of(0, 1, 2), List.of()));
        rows.add(new Row("hypothetical deadline, vague", "situational",
                "What would you do if you realised you could not meet a deadline?", deadlinePoints,
                "I would work harder and stay late to get everything finished because deadlines matter to the business.",
                List.of(), List.of(0, 1)));
        List<String> outagePoints = List.of("detect the outage through monitoring and alerts", "mitigate first by rolling back",
                "find the root cause and write a postmortem");
        rows.add(new Row("outage story", "behavioral", "Tell me about a production incident you handled.", outagePoints,
                "Our alerting paged me at 2am when checkout errors spiked. I rolled back the release within ten minutes, "
                        + "which stopped the errors. Next day I traced the underlying cause to a missing null check and wrote "
                        + "up the incident review.",
                List.of(0, 1), List.of()));
        List<String> restPoints = List.of("resources identified by URLs", "standard HTTP methods for operations",
                "stateless requests");
        rows.add(new Row("rest explained", "technical", "What makes an API RESTful?", restPoints,
                "Each resource has its own URL, and you act on it with the usual HTTP verbs like GET, POST, PUT and DELETE. "
                        + "The server keeps no session state between calls, so every request carries what it needs.",
                List.of(0, 1, 2), List.of()));
        rows.add(new Row("rest partial", "technical", "What makes an API RESTful?", restPoints,
                "It uses HTTP methods such as GET and POST to read and change data, and returns JSON.",
                List.of(1), List.of(2)));
        List<String> scalePoints = List.of("scale horizontally behind a load balancer", "keep services stateless",
                "add a cache and read replicas for the database");
        rows.add(new Row("design at scale", "system_design", "How would you scale a web application to ten times its traffic?",
                scalePoints,
                "I would run more instances behind a load balancer, which works because the app servers hold no session "
                        + "state. For the database I would add read replicas and put Redis in front for hot reads. However, "
                        + "replicas add replication lag, so writes that must be read back go to the primary.",
                List.of(0, 1, 2), List.of()));
        List<String> motivationPoints = List.of("specific reasons tied to the product", "how the role fits the candidate's goals");
        rows.add(new Row("why this company", "hr", "Why do you want to work here?", motivationPoints,
                "The main reason is your product: I have used your scheduling app at my last two jobs, and I want to work on the routing engine behind "
                        + "it. The role fits where I want to grow: owning a backend service end to end.",
                List.of(0, 1), List.of()));
        rows.add(new Row("why this company, generic", "hr", "Why do you want to work here?", motivationPoints,
                "It seems like a great place with nice people and good benefits, and I am looking for a new challenge.",
                List.of(), List.of(0)));
        List<String> leadPoints = List.of("aligned several teams on a shared goal", "influenced without authority",
                "measured the result");
        rows.add(new Row("cross-team leadership", "behavioral",
                "Tell me about a time you led a project across several teams.", leadPoints,
                "I led our move to a shared design system across four product teams. None of them reported to me, so I "
                        + "won them over with a prototype that halved their UI work, and got everyone to agree on one roadmap. "
                        + "Six months later 80 percent of screens used it.",
                List.of(0, 2), List.of()));
        rows.add(new Row("long-winded story", "behavioral", "Tell me about a time you improved a process.",
                List.of("identified the bottleneck", "changed the process", "measured the improvement"),
                "So basically at my previous job we had this really long release process that you know took forever and "
                        + "nobody really liked it and I think maybe it was because the approvals went through three different "
                        + "managers who were often on holiday and the tickets sat there waiting for days and days and it was "
                        + "sort of frustrating for everyone involved in the whole thing and the bottleneck was clearly the approvals so eventually I proposed changing it so one "
                        + "on-call approver could sign off and the release time went from five days to one day which everyone "
                        + "was happy about.",
                List.of(0, 1, 2), List.of()));
        List<String> gcPoints = List.of("automatically frees memory no longer referenced", "pauses can hurt latency");
        rows.add(new Row("garbage collection", "technical", "How does garbage collection work in the JVM?", gcPoints,
                "The JVM automatically finds objects that nothing references any more and reclaims their memory. The catch is that "
                        + "collection pauses can add delay to requests, which is why we tuned G1 for our API.",
                List.of(0, 1), List.of()));
        List<String> testPoints = List.of("unit tests for logic in isolation", "integration tests against real dependencies",
                "tests run on every change in CI");
        rows.add(new Row("testing strategy", "technical", "How do you approach testing a new service?", testPoints,
                "I write small unit tests, isolated from the database, for the business rules, plus a few end-to-end tests against real dependencies, "
                        + "such as Postgres in a container. All of them run in the pipeline on each pull request.",
                List.of(0, 1, 2), List.of()));
        rows.add(new Row("testing strategy, unit only", "technical", "How do you approach testing a new service?", testPoints,
                "I write unit tests for each class with mocks for everything else, aiming for high coverage.",
                List.of(0), List.of(1)));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void should_give_feedback_that_is_true_of_the_answer(Row row) {
        // when
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(row.question(), row.kind(), null, row.keyPoints(), null,
                row.answer(), Rubrics.FIVE_DIMENSION, List.of(), null));

        // then: covered in other words is covered, and never named as missing
        List<String> advice = new ArrayList<>(e.weaknesses());
        advice.addAll(e.suggestions());
        for (int i : row.said()) {
            String point = row.keyPoints().get(i);
            assertThat(e.keyPointsCovered()).as("said: " + point).contains(point);
            assertThat(advice).as("names a point the answer said").noneSatisfy(a -> assertThat(a).contains(point));
        }
        for (int i : row.notSaid()) {
            assertThat(e.keyPointsCovered()).as("not said: " + row.keyPoints().get(i)).doesNotContain(row.keyPoints().get(i));
        }
        if (!row.notSaid().isEmpty()) {
            assertThat(e.weaknesses()).as("a point not said is named").anySatisfy(w -> assertThat(w).startsWith("You left out"));
        }
        // strengths and weaknesses never contradict
        String strengths = String.join(" | ", e.strengths()).toLowerCase(Locale.ROOT);
        String fixes = String.join(" | ", advice).toLowerCase(Locale.ROOT);
        assertNoContradiction(strengths, fixes, "concise", "long");
        assertNoContradiction(strengths, fixes, "concrete example", "example");
        assertNoContradiction(strengths, fixes, "measurable result", "quantify");
        assertNoContradiction(strengths, fixes, "measurable result", "no number");
        assertNoContradiction(strengths, fixes, "star structure", "star");
        assertNoContradiction(strengths, fixes, "trade-offs", "trade-off");
        // advice fits the kind of question
        boolean story = row.kind().equals("behavioral") || row.kind().equals("situational");
        if (!story) {
            assertThat(fixes).as("STAR is for stories").doesNotContain("star");
        }
        if (!row.kind().equals("behavioral")) {
            assertThat(fixes).as("only a story that happened has a result to quantify").doesNotContain("quantify")
                    .doesNotContain("no number");
        }
        if (row.kind().equals("dsa") && !row.answer().contains("O(")) {
            assertThat(fixes).as("coding advice is about complexity").contains("complexity");
        }
        // weaknesses are sentences a coach would say
        assertThat(e.weaknesses()).allSatisfy(w -> {
            assertThat(Character.isUpperCase(w.charAt(0))).as(w).isTrue();
            assertThat(w).endsWith(".").doesNotContain("did not mention:");
            assertThat(w.split(" ")).as(w).hasSizeGreaterThanOrEqualTo(6);
        });
    }

    private static void assertNoContradiction(String strengths, String fixes, String praised, String criticised) {
        if (strengths.contains(praised)) {
            assertThat(fixes).as("praised \"" + praised + "\" and asked to fix it").doesNotContain(criticised);
        }
    }
}
