package io.interview4j.samples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.report.ReportRenderers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint and every error of the REST contract, over real HTTP. Each test uses accounts of its own, so the
 * tests share one running service. Run on SQLite ({@link SqliteRestTest}) and PostgreSQL ({@link PostgresRestTest}).
 */
abstract class RestContractTest extends WebTestBase {

    static final String STAR = "In my last role our checkout service failed under peak load. I was the on-call lead, so"
            + " I owned the fix. I profiled the service, found a lock held across a database call, and split it; I also"
            + " added a load test to the build. As a result p99 latency fell from 2 s to 300 ms and we had no outage"
            + " the next season. I learned to measure before changing anything.";

    @Autowired
    InterviewEngine engine;

    static String account(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Http.Response start(String token, Map<String, Object> body) {
        return http().post("/api/interviews", token, body);
    }

    JsonNode startCoaching(String token) {
        Http.Response r = start(token, Map.of("preset", "coaching", "role", "backend engineer"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    Http.Response answer(String token, JsonNode turn, String text) {
        return http().post("/api/interviews/" + turn.get("sessionId").asText() + "/answers", token,
                Map.of("questionId", turn.at("/question/id").asText(), "answer", text, "timeSeconds", 42));
    }

    /** Answers until the interview completes; @return every turn, the last one completed */
    List<JsonNode> answerAll(String token, JsonNode first) {
        List<JsonNode> turns = new ArrayList<>();
        JsonNode turn = first;
        for (int i = 0; i < 80 && !turn.get("completed").asBoolean(); i++) {
            Http.Response r = answer(token, turn, STAR);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            turn = r.json();
            turns.add(turn);
        }
        assertThat(turn.get("completed").asBoolean()).as("completed within 80 answers").isTrue();
        return turns;
    }

    static void assertProblem(Http.Response r, int status, String type) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("type").asText()).isEqualTo("urn:interview4j:problem:" + type);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    static void assertInvalid(Http.Response r, String field) {
        assertProblem(r, 400, "invalid-input");
        assertThat(r.json().path("field").asText()).isEqualTo(field);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    // --- dev token ---

    @Test
    void should_mint_a_token_and_refuse_a_bad_role_or_a_reviewer_without_organisation() {
        Http.Response ok = http().post("/api/dev/token", null, Map.of("account", "a", "role", "candidate"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(names(ok.json())).containsExactly("token");
        assertInvalid(http().post("/api/dev/token", null, Map.of("account", "a", "role", "admin")), "role");
        assertInvalid(http().post("/api/dev/token", null, Map.of("account", "a", "role", "reviewer")), "organisation");
        assertInvalid(http().post("/api/dev/token", null, Map.of("role", "candidate")), "account");
    }

    // --- start ---

    @Test
    void should_start_an_interview_and_return_a_turn_with_the_contract_fields() {
        String token = candidate(account("start"), null);
        Http.Response r = start(token, Map.of("preset", "coaching", "role", "backend engineer", "company", "Acme",
                "level", "senior", "stage", "recruiter_screen"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode t = r.json();
        assertThat(names(t)).containsExactly("sessionId", "status", "completed", "evaluation", "question", "progress");
        assertThat(names(t.get("question"))).containsExactly("id", "text", "label", "kind", "suggestedSeconds");
        assertThat(t.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(t.get("completed").asBoolean()).isFalse();
        assertThat(t.get("evaluation").isNull()).isTrue();
        assertThat(t.at("/question/label").asText()).isEqualTo("Q1");
        assertThat(t.at("/question/kind").asText()).isEqualTo("MAIN");
        assertThat(t.at("/progress/questionNumber").asInt()).isEqualTo(1);
        assertThat(t.at("/progress/totalQuestions").asInt()).isEqualTo(5);
        assertThat(r.header("Location")).isEqualTo("/api/interviews/" + t.get("sessionId").asText());
    }

    @Test
    void should_refuse_bad_start_options_naming_the_field() {
        String token = candidate(account("badstart"), null);
        assertInvalid(start(token, Map.of("role", "x")), "preset");
        assertInvalid(start(token, Map.of("preset", "karaoke")), "preset");
        assertInvalid(start(token, Map.of("preset", "coaching", "level", "wizard")), "level");
        assertInvalid(start(token, Map.of("preset", "coaching", "type", "hr")), "type");
        assertInvalid(start(token, Map.of("preset", "structured", "type", "poetry")), "type");
        assertInvalid(start(token, Map.of("preset", "coaching", "stage", "final")), "stage");
        assertInvalid(start(token, Map.of("preset", "timed-screen", "timeLimitMinutes", 0)), "timeLimitMinutes");
        assertInvalid(start(token, Map.of("preset", "coaching", "role", "r".repeat(201))), "role");
        assertProblem(http().post("/api/interviews", token, "{\"preset\": "), 400, "invalid-input");
        assertProblem(http().send(http().builder("/api/interviews", token).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("coaching"))), 415, "unsupported-media-type");
    }

    @Test
    void should_start_with_an_uploaded_resume_and_refuse_other_types_and_large_files() throws Exception {
        String account = account("upload");
        String token = candidate(account, null);
        byte[] md = "# Jane Doe\n\n- Built a **Kafka** pipeline in Java\n- Led a team of 4\n".getBytes(StandardCharsets.UTF_8);
        Http.Response ok = http().multipart("/api/interviews", token, Map.of("preset", "timed-screen", "role",
                "backend engineer", "timeLimitMinutes", "15"), "resume", "resume.md", "text/markdown", md);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        String id = ok.json().get("sessionId").asText();
        JsonNode report = http().get("/api/interviews/" + id + "/report", token).json();
        assertThat(report.get("preset").asText()).isEqualTo("timed-screen");

        byte[] pdf = pdf("Jane Doe. Senior engineer. Built a Kafka pipeline processing 2 million events a day.");
        Http.Response fromPdf = http().multipart("/api/interviews", token, Map.of("preset", "coaching"), "resume",
                "resume.pdf", "application/pdf", pdf);
        assertThat(fromPdf.status()).as(fromPdf.body()).isEqualTo(201);
        String pdfSession = fromPdf.json().get("sessionId").asText();
        assertThat(engine.session(Caller.candidate(account), pdfSession).plan().resumeText()).contains("Kafka pipeline");
        assertInvalid(http().multipart("/api/interviews", token, Map.of("preset", "coaching"), "resume",
                "resume.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)), "resume");

        Http.Response png = http().multipart("/api/interviews", token, Map.of("preset", "coaching"), "resume",
                "photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertProblem(png, 415, "unsupported-media-type");
        Http.Response big = http().multipart("/api/interviews", token, Map.of("preset", "coaching"), "resume",
                "resume.txt", "text/plain", "a".repeat(150_000).getBytes(StandardCharsets.UTF_8));
        assertProblem(big, 413, "payload-too-large");
        assertThat(big.json().path("field").asText()).isEqualTo("resume");
        Http.Response both = http().multipart("/api/interviews", token, Map.of("preset", "coaching", "resumeText",
                "I am a developer"), "resume", "resume.txt", "text/plain", "I code".getBytes(StandardCharsets.UTF_8));
        assertInvalid(both, "resume");
    }

    @Test
    void should_refuse_a_request_body_over_the_limit() {
        String token = candidate(account("huge"), null);
        Http.Response r = http().post("/api/interviews", token, Map.of("preset", "coaching", "jobDescription",
                "x".repeat(400_000)));
        assertProblem(r, 413, "payload-too-large");
    }

    static byte[] pdf(String text) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    // --- a whole interview ---

    @Test
    void should_run_a_whole_practice_interview_and_return_the_library_report_unchanged() throws Exception {
        String account = account("whole");
        String token = candidate(account, null);
        JsonNode first = startCoaching(token);
        String id = first.get("sessionId").asText();

        Http.Response status = http().get("/api/interviews/" + id, token);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(status.json().get("mode").asText()).isEqualTo("PRACTICE");
        assertThat(status.json().at("/question/id").asText()).isEqualTo(first.at("/question/id").asText());
        Http.Response current = http().get("/api/interviews/" + id + "/question", token);
        assertThat(current.json().get("question")).isEqualTo(first.get("question"));

        List<JsonNode> turns = answerAll(token, first);
        JsonNode second = turns.get(0);
        assertThat(second.get("evaluation").isObject()).as("practice mode shows the evaluation").isTrue();
        assertThat(second.at("/evaluation/score").asDouble()).isBetween(0.0, 100.0);
        assertThat(second.at("/evaluation/provenance").asText()).isEqualTo("HEURISTIC");
        JsonNode last = turns.get(turns.size() - 1);
        assertThat(last.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(last.get("question").isNull()).isTrue();
        assertThat(last.get("progress").isNull()).isTrue();

        Http.Response report = http().get("/api/interviews/" + id + "/report", token, "Accept", "application/json");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("application/json");
        String library = ReportRenderers.json(engine.report(Caller.candidate(account), id));
        assertThat(Http.JSON.readTree(report.body())).isEqualTo(Http.JSON.readTree(library));
        assertThat(report.json().get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.json().get("status").asText()).isEqualTo("COMPLETED");

        Http.Response md = http().get("/api/interviews/" + id + "/report", token, "Accept", "text/markdown");
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.header("Content-Type")).startsWith("text/markdown");
        assertThat(md.body()).isEqualTo(ReportRenderers.markdown(engine.report(Caller.candidate(account), id)));
        Http.Response html = http().get("/api/interviews/" + id + "/report", token, "Accept", "text/html");
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("<html");
        Http.Response any = http().get("/api/interviews/" + id + "/report", token, "Accept", "*/*");
        assertThat(any.header("Content-Type")).startsWith("application/json");
        assertProblem(http().get("/api/interviews/" + id + "/report", token, "Accept", "application/pdf"), 406,
                "not-acceptable");

        Http.Response after = answer(token, first, STAR);
        assertProblem(after, 409, "already-completed");
        assertProblem(http().postEmpty("/api/interviews/" + id + "/finish", token), 409, "already-completed");

        Http.Response done = http().get("/api/interviews/" + id + "/question", token);
        assertThat(done.json().get("completed").asBoolean()).isTrue();
        assertThat(done.json().get("question").isNull()).isTrue();
    }

    // --- answers ---

    @Test
    void should_refuse_bad_answers_with_their_problem_types() {
        String token = candidate(account("answers"), null);
        JsonNode t = startCoaching(token);
        String path = "/api/interviews/" + t.get("sessionId").asText() + "/answers";
        String q = t.at("/question/id").asText();
        assertProblem(http().post(path, token, Map.of("questionId", "not-asked", "answer", STAR)), 409, "wrong-question");
        assertInvalid(http().post(path, token, Map.of("questionId", q, "answer", "  ")), "answer");
        assertInvalid(http().post(path, token, Map.of("answer", STAR)), "questionId");
        assertInvalid(http().post(path, token, Map.of("questionId", q, "answer", STAR, "timeSeconds", -1)), "timeSeconds");
        assertInvalid(http().post(path, token, Map.of("questionId", q, "answer", STAR, "timeSeconds", "soon")),
                "timeSeconds");
        Http.Response tooLong = http().post(path, token, Map.of("questionId", q, "answer", "word ".repeat(1001)));
        assertProblem(tooLong, 413, "payload-too-large");
        assertThat(tooLong.json().get("field").asText()).isEqualTo("answer");
        assertProblem(http().post("/api/interviews/no-such-session/answers", token,
                Map.of("questionId", q, "answer", STAR)), 404, "not-found");
    }

    @Test
    void should_replay_an_answer_sent_again_with_its_idempotency_key_and_refuse_the_key_for_another_answer() {
        String token = candidate(account("idem"), null);
        JsonNode t = startCoaching(token);
        String path = "/api/interviews/" + t.get("sessionId").asText() + "/answers";
        Map<String, Object> body = Map.of("questionId", t.at("/question/id").asText(), "answer", STAR);
        Http.Response a = http().post(path, token, body, "Idempotency-Key", "k-1");
        Http.Response b = http().post(path, token, body, "Idempotency-Key", "k-1");
        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.json().get("question")).isEqualTo(a.json().get("question"));
        Http.Response other = http().post(path, token, Map.of("questionId", t.at("/question/id").asText(),
                "answer", "A different answer altogether, about queues."), "Idempotency-Key", "k-1");
        assertProblem(other, 409, "conflict");
        assertInvalid(http().post(path, token, body, "Idempotency-Key", "k".repeat(201)), "Idempotency-Key");
    }

    // --- skip, finish ---

    @Test
    void should_skip_the_question_asked_and_finish_early() {
        String token = candidate(account("skip"), null);
        JsonNode t = startCoaching(token);
        String id = t.get("sessionId").asText();
        Http.Response wrong = http().post("/api/interviews/" + id + "/skip", token, Map.of("questionId", "nope"));
        assertProblem(wrong, 409, "wrong-question");
        assertInvalid(http().post("/api/interviews/" + id + "/skip", token, Map.of()), "questionId");
        Http.Response skipped = http().post("/api/interviews/" + id + "/skip", token,
                Map.of("questionId", t.at("/question/id").asText()));
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        assertThat(skipped.json().get("evaluation").isNull()).isTrue();
        assertThat(skipped.json().at("/question/id").asText()).isNotEqualTo(t.at("/question/id").asText());

        Http.Response finished = http().postEmpty("/api/interviews/" + id + "/finish", token);
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(finished.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(finished.json().get("skipped").asInt()).isEqualTo(1);
        assertProblem(http().post("/api/interviews/" + id + "/skip", token,
                Map.of("questionId", skipped.json().at("/question/id").asText())), 409, "already-completed");
    }

    // --- who may see what ---

    @Test
    void should_answer_404_to_a_stranger_as_for_an_unknown_session_and_let_the_organisation_review() {
        String org = account("org");
        String owner = candidate(account("owner"), org);
        String stranger = candidate(account("stranger"), org);
        JsonNode t = startCoaching(owner);
        String id = t.get("sessionId").asText();

        Http.Response hidden = http().get("/api/interviews/" + id, stranger);
        Http.Response unknown = http().get("/api/interviews/" + id + "x", stranger);
        assertProblem(hidden, 404, "not-found");
        assertProblem(unknown, 404, "not-found");
        assertThat(hidden.json().get("title")).isEqualTo(unknown.json().get("title"));
        assertProblem(http().get("/api/interviews/" + id + "/report", stranger), 404, "not-found");
        assertProblem(http().get("/api/interviews/" + id + "/question", stranger), 404, "not-found");
        assertProblem(answer(stranger, t, STAR), 404, "not-found");
        assertProblem(http().postEmpty("/api/interviews/" + id + "/finish", stranger), 404, "not-found");

        String reviewer = reviewer(account("rev"), org);
        Http.Response reviewed = http().get("/api/interviews/" + id + "/report", reviewer);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        Http.Response status = http().get("/api/interviews/" + id, reviewer);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("question").isNull()).as("a reviewer does not see the open question").isTrue();
        assertProblem(answer(reviewer, t, STAR), 403, "access-denied");
        assertProblem(http().get("/api/interviews/" + id + "/question", reviewer), 403, "access-denied");
        assertProblem(http().get("/api/interviews/" + id + "/report", reviewer(account("rev"), account("other-org"))),
                404, "not-found");
        assertProblem(start(reviewer, Map.of("preset", "coaching")), 400, "invalid-input");
    }

    @Test
    void should_refuse_missing_bad_and_foreign_tokens_with_401() throws Exception {
        assertProblem(http().get("/api/interviews/any", null), 401, "unauthenticated");
        Http.Response garbage = http().get("/api/interviews/any", "not.a.jwt");
        assertProblem(garbage, 401, "unauthenticated");
        assertThat(garbage.header("WWW-Authenticate")).startsWith("Bearer");
        String foreign = Tokens.sign("another-secret-of-at-least-thirty-two-bytes-xyz", "mallory", "candidate", null, 600);
        assertProblem(http().get("/api/interviews/any", foreign), 401, "unauthenticated");
        String expired = Tokens.sign(SECRET, "alice", "candidate", null, -600);
        assertProblem(http().get("/api/interviews/any", expired), 401, "unauthenticated");
        String noOrg = Tokens.sign(SECRET, "rita", "reviewer", null, 600);
        assertProblem(http().get("/api/interviews/any", noOrg), 401, "unauthenticated");
        String admin = Tokens.sign(SECRET, "root", "admin", null, 600);
        assertProblem(http().get("/api/interviews/any", admin), 401, "unauthenticated");
        String signedHere = Tokens.sign(SECRET, account("own"), "candidate", null, 600);
        assertThat(start(signedHere, Map.of("preset", "topic-drill", "topics", List.of("python", "python", "sql")))
                .status()).isEqualTo(201);
        assertThat(start(signedHere, Map.of("preset", "topic-drill", "topics", "python")).status())
                .as("one topic as a plain string").isEqualTo(201);
    }

    // --- feedback ---

    @Test
    void should_give_feedback_on_a_closed_question_and_refuse_an_open_or_unknown_one() {
        String token = candidate(account("fb"), null);
        JsonNode first = startCoaching(token);
        String id = first.get("sessionId").asText();
        String q1 = first.at("/question/id").asText();
        String path = "/api/interviews/" + id + "/questions/" + q1 + "/feedback";
        assertProblem(http().get(path, token), 409, "conflict");
        assertProblem(http().get("/api/interviews/" + id + "/questions/nope/feedback", token), 404, "not-found");

        JsonNode turn = first;
        while (!turn.get("completed").asBoolean() && turn.at("/question/label").asText().startsWith("Q1")) {
            turn = answer(token, turn, STAR).json();
        }
        Http.Response fb = http().get(path, token);
        assertThat(fb.status()).as(fb.body()).isEqualTo(200);
        JsonNode f = fb.json();
        assertThat(f.get("label").asText()).isEqualTo("Q1");
        assertThat(f.get("questionId").asText()).isEqualTo(q1);
        assertThat(f.get("responses").get(0).asText()).isEqualTo(STAR);
        assertThat(f.get("entries").get(0).get("label").asText()).isEqualTo("Q1");
        assertThat(f.get("entries").get(0).get("score").isNumber()).isTrue();
        assertThat(f.has("feedback")).isTrue();
        assertProblem(http().get(path, candidate(account("fb-stranger"), null)), 404, "not-found");
    }

    // --- history ---

    @Test
    void should_list_a_candidates_history_to_them_and_refuse_it_to_another_candidate() {
        String account = account("hist");
        String token = candidate(account, null);
        JsonNode t = startCoaching(token);
        http().postEmpty("/api/interviews/" + t.get("sessionId").asText() + "/finish", token);
        Http.Response h = http().get("/api/candidates/" + account + "/history", token);
        assertThat(h.status()).as(h.body()).isEqualTo(200);
        assertThat(h.body()).contains(t.get("sessionId").asText());
        Http.Response md = http().get("/api/candidates/" + account + "/history", token, "Accept", "text/markdown");
        assertThat(md.header("Content-Type")).startsWith("text/markdown");
        assertProblem(http().get("/api/candidates/" + account + "/history", candidate(account("peek"), null)), 403,
                "access-denied");
    }

    // --- templates ---

    @Test
    void should_let_a_reviewer_make_a_template_a_candidate_take_it_and_the_organisation_review_it() {
        String org = account("tpl-org");
        String reviewer = reviewer(account("tpl-rev"), org);
        Http.Response made = http().post("/api/templates", reviewer, Map.of("name", "Backend engineer",
                "focusAreas", List.of("java", "sql"), "timeLimitMinutes", 12, "questionCount", 3));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String tid = made.json().get("id").asText();
        assertThat(made.json().get("link").asText()).isEqualTo("/?template=" + tid);
        assertThat(made.json().get("timeLimitSeconds").asLong()).isEqualTo(720);
        assertThat(made.json().get("organisationId").asText()).isEqualTo(org);

        String candidate = candidate(account("tpl-cand"), null);
        assertProblem(http().post("/api/templates", candidate, Map.of("name", "x")), 403, "access-denied");
        assertInvalid(http().post("/api/templates", reviewer, Map.of("focusAreas", List.of("java"))), "name");
        assertInvalid(http().post("/api/templates", reviewer, Map.of("name", "x", "questionCount", 0)), "questionCount");
        assertThat(http().get("/api/templates/" + tid, candidate).json().get("name").asText()).isEqualTo("Backend engineer");
        assertProblem(http().get("/api/templates/nope", candidate), 404, "not-found");
        assertProblem(http().post("/api/templates/nope/sessions", candidate, Map.of()), 404, "not-found");
        assertProblem(http().post("/api/templates/" + tid + "/sessions", reviewer, Map.of()), 403, "access-denied");

        Http.Response started = http().post("/api/templates/" + tid + "/sessions", candidate,
                Map.of("resumeText", "Java developer; built a Kafka pipeline; led a team of four."));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode t = started.json();
        assertThat(t.at("/progress/timeLeftSeconds").asLong()).isBetween(1L, 720L);
        Http.Response answered = answer(candidate, t, STAR);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("evaluation").isNull()).as("assessment mode hides the evaluation").isTrue();

        String id = t.get("sessionId").asText();
        Http.Response report = http().get("/api/interviews/" + id + "/report", reviewer);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("mode").asText()).isEqualTo("ASSESSMENT");
        assertProblem(http().get("/api/interviews/" + id + "/questions/" + t.at("/question/id").asText() + "/feedback",
                candidate), 409, "conflict");
        JsonNode byTemplate = http().get("/api/organisations/" + org + "/interviews?templateId=" + tid, reviewer).json();
        assertThat(byTemplate.at("/interviews/0/sessionId").asText()).isEqualTo(id);
        assertThat(byTemplate.at("/interviews/0/groupKey").asText()).isEqualTo(tid);
        assertThat(http().get("/api/organisations/" + org + "/interviews?templateId=other", reviewer).json()
                .get("interviews")).isEmpty();
        Http.Response upload = http().multipart("/api/templates/" + tid + "/sessions", candidate(account("tpl-up"), null),
                Map.of(), "resume", "cv.html", "text/html",
                "<html><body><h1>Sam</h1><p>Python and SQL</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
    }

    // --- seed 001's question list ---

    @Test
    void should_list_a_structured_interviews_drawn_questions_with_their_status() {
        String org = account("list-q-org");
        String owner = candidate(account("drawer"), org);
        Http.Response started = start(owner, Map.of("preset", "structured", "role", "backend engineer", "level", "junior"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode first = started.json();
        String id = first.get("sessionId").asText();

        Http.Response listed = http().get("/api/interviews/" + id + "/questions", owner);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode list = listed.json();
        assertThat(list).hasSize(10);
        assertThat(list.get(0).get("order").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo(first.at("/question/id").asText());
        assertThat(list.get(0).get("status").asText()).isEqualTo("ASKED");
        assertThat(list.get(1).get("status").asText()).isEqualTo("PENDING");
        assertThat(list.get(1).get("text").asText()).isNotBlank();
        assertThat(list.get(1).get("difficulty").asText()).isEqualTo("EASY");

        assertThat(answer(owner, first, STAR).status()).isEqualTo(200);
        assertThat(http().get("/api/interviews/" + id + "/questions", owner).json().at("/0/status").asText())
                .isEqualTo("ANSWERED");
        assertThat(http().get("/api/interviews/" + id + "/questions", reviewer(account("q-rev"), org)).status())
                .isEqualTo(200);
        assertProblem(http().get("/api/interviews/" + id + "/questions", candidate(account("q-stranger"), null)), 404,
                "not-found");
        String coaching = startCoaching(owner).get("sessionId").asText();
        assertThat(http().get("/api/interviews/" + coaching + "/questions", owner).json()).isEmpty();
    }

    // --- an organisation's interviews ---

    @Test
    void should_list_an_organisations_interviews_to_its_reviewers_newest_first() {
        String org = account("list-org");
        String ann = account("ann");
        String first = startCoaching(candidate(ann, org)).get("sessionId").asText();
        http().postEmpty("/api/interviews/" + first + "/finish", candidate(ann, org));
        String second = startCoaching(candidate(account("ben"), org)).get("sessionId").asText();
        startCoaching(candidate(account("elsewhere"), account("other-org")));
        startCoaching(candidate(account("no-org"), null));

        String reviewer = reviewer(account("lister"), org);
        Http.Response page = http().get("/api/organisations/" + org + "/interviews", reviewer);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode list = page.json().get("interviews");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("sessionId").asText()).isEqualTo(second);
        assertThat(list.get(0).get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(list.get(1).get("sessionId").asText()).isEqualTo(first);
        assertThat(list.get(1).get("candidateId").asText()).isEqualTo(ann);
        assertThat(list.get(1).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(list.get(1).get("preset").asText()).isEqualTo("coaching");
        Http.Response paged = http().get("/api/organisations/" + org + "/interviews?offset=1&limit=1", reviewer);
        assertThat(paged.json().get("interviews")).hasSize(1);
        assertThat(paged.json().at("/interviews/0/sessionId").asText()).isEqualTo(first);

        JsonNode anns = http().get("/api/organisations/" + org + "/interviews?candidateId=" + ann, reviewer).json();
        assertThat(anns.get("interviews")).hasSize(1);
        assertThat(anns.at("/interviews/0/sessionId").asText()).isEqualTo(first);
        assertInvalid(http().get("/api/organisations/" + org + "/interviews?candidateId=%20", reviewer), "candidateId");
        assertInvalid(http().get("/api/organisations/" + org + "/interviews?limit=0", reviewer), "limit");
        assertInvalid(http().get("/api/organisations/" + org + "/interviews?offset=-1", reviewer), "offset");
        assertProblem(http().get("/api/organisations/" + org + "/interviews", candidate(ann, org)), 403, "access-denied");
        assertProblem(http().get("/api/organisations/" + org + "/interviews", reviewer(account("x"), account("org2"))),
                403, "access-denied");
    }

    // --- limits and plumbing ---

    @Test
    void should_limit_submissions_per_account() {
        String token = candidate(account("burst"), null);
        Http.Response last = null;
        for (int i = 0; i < 80; i++) { // 40 a minute, refilled gradually while the loop runs
            last = start(token, Map.of("preset", "topic-drill"));
            if (last.status() != 201) {
                break;
            }
        }
        assertProblem(last, 429, "rate-limited");
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        assertThat(start(candidate(account("calm"), null), Map.of("preset", "topic-drill")).status())
                .as("another account is not limited").isEqualTo(201);
    }

    @Test
    void should_describe_the_api_and_answer_unknown_paths_and_methods_with_problems() {
        Http.Response docs = http().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        for (String p : List.of("/api/interviews", "/api/interviews/{id}", "/api/interviews/{id}/question",
                "/api/interviews/{id}/answers", "/api/interviews/{id}/skip", "/api/interviews/{id}/finish",
                "/api/interviews/{id}/report", "/api/interviews/{id}/questions/{questionId}/feedback",
                "/api/candidates/{id}/history", "/api/organisations/{id}/interviews", "/api/templates", "/api/templates/{id}/sessions", "/api/dev/token")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(http().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(http().get("/", null).body()).contains("Start a mock interview");
        String token = candidate(account("plumb"), null);
        assertProblem(http().get("/api/nothing-here", token), 404, "not-found");
        assertProblem(http().send(http().builder("/api/interviews/x/answers", token).DELETE()), 405,
                "method-not-allowed");
    }
}
