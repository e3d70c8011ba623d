package io.interview4j.samples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.engine.AnswerSubmission;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Mode;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.bank.QuestionBank;
import io.interview4j.report.Report;
import io.interview4j.report.ReportRenderers;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The interview endpoints under {@code /api/interviews}, and a candidate's history. Every call acts as the token's
 * {@link Caller}; the library decides who may see what, and a session the caller may not see is a 404.
 */
@RestController
@RequestMapping("/api")
@SecurityRequirement(name = "bearer")
class InterviewController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InterviewEngine engine;
    private final QuestionBank bank;
    private final SubmissionRateLimiter rateLimiter;
    private final WebProperties properties;

    InterviewController(InterviewEngine engine, QuestionBank bank, SubmissionRateLimiter rateLimiter,
                        WebProperties properties) {
        this.engine = engine;
        this.bank = bank;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
    }

    @Operation(summary = "Start an interview (JSON)")
    @PostMapping(path = "/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Views.TurnView> start(@AuthenticationPrincipal Caller caller, @RequestBody StartRequest request) {
        return start(caller, request, null);
    }

    @Operation(summary = "Start an interview with an uploaded resume (multipart: the options as fields, the file as resume)")
    @PostMapping(path = "/interviews", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Views.TurnView> startWithUpload(@AuthenticationPrincipal Caller caller,
            @ModelAttribute StartRequest request, @RequestPart(name = "resume", required = false) MultipartFile resume) {
        return start(caller, request, resume);
    }

    private ResponseEntity<Views.TurnView> start(Caller caller, StartRequest request, MultipartFile resume) {
        if (request == null) {
            throw WebException.invalid("preset", "preset is required");
        }
        String preset = request.presetName();
        PresetOptions options = request.options(preset, ResumeUploads.read(resume, properties.limits().uploadBytes()));
        InterviewPlan plan = StartRequest.field("preset", options, o -> Presets.create(preset, o, bank));
        rateLimiter.take(caller);
        TurnResult first = engine.start(caller, plan);
        return ResponseEntity.status(201).header("Location", "/api/interviews/" + first.sessionId())
                .body(Views.TurnView.of(first));
    }

    @Operation(summary = "A session's status and progress; the current question for its owner")
    @GetMapping("/interviews/{id}")
    Views.SessionView status(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        Session s = engine.session(caller, id);
        boolean owner = caller.role() == Caller.Role.CANDIDATE && caller.accountId().equals(s.ownerId());
        TurnResult current = owner && s.status() == SessionStatus.IN_PROGRESS ? engine.currentQuestion(caller, id) : null;
        return Views.SessionView.of(s, current);
    }

    @Operation(summary = "The question being asked, with progress (a completed turn when the interview is over)")
    @GetMapping("/interviews/{id}/question")
    Views.TurnView question(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return Views.TurnView.of(engine.currentQuestion(caller, id));
    }

    @Operation(summary = "The main questions drawn when the interview was created (seed 001; the structured preset), "
            + "in asking order, each with its status; empty for presets that pick as they go")
    @GetMapping("/interviews/{id}/questions")
    List<Views.PlannedQuestionView> questions(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        Session s = engine.session(caller, id);
        List<Question> drawn = engine.questions(caller, id);
        List<Views.PlannedQuestionView> out = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            out.add(Views.PlannedQuestionView.of(i + 1, drawn.get(i), s));
        }
        return out;
    }

    @Operation(summary = "Answer the question being asked: the evaluation (hidden in assessment mode) and the next question")
    @PostMapping(path = "/interviews/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    Views.TurnView answer(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestBody AnswerRequest request,
            @Parameter(description = "a key unique to this submission; sending it again returns the stored result")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        String questionId = Fields.required("questionId", request.questionId(), 200);
        if (request.answer() == null || request.answer().isBlank()) {
            throw WebException.invalid("answer", "answer is required; submit some text, or skip the question");
        }
        int max = properties.limits().answerChars();
        if (request.answer().length() > max) {
            throw WebException.tooLarge("answer", "the answer is " + request.answer().length()
                    + " characters; the limit is " + max);
        }
        if (request.timeSeconds() != null && (request.timeSeconds() < 0 || request.timeSeconds() > 86_400)) {
            throw WebException.invalid("timeSeconds", "timeSeconds must be 0 to 86400, was " + request.timeSeconds());
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > AnswerSubmission.MAX_KEY_CHARS)) {
            throw WebException.invalid("Idempotency-Key", "the Idempotency-Key header must be 1 to "
                    + AnswerSubmission.MAX_KEY_CHARS + " characters");
        }
        AnswerSubmission submission = new AnswerSubmission(id, questionId, request.answer(), idempotencyKey,
                request.timeSeconds() == null ? null : Duration.ofSeconds(request.timeSeconds()));
        rateLimiter.take(caller);
        return Views.TurnView.of(engine.submitAnswer(caller, submission));
    }

    @Operation(summary = "Skip the question being asked")
    @PostMapping(path = "/interviews/{id}/skip", consumes = MediaType.APPLICATION_JSON_VALUE)
    Views.TurnView skip(@AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody QuestionRef request) {
        String questionId = Fields.required("questionId", request.questionId(), 200);
        rateLimiter.take(caller);
        return Views.TurnView.of(engine.skip(caller, id, questionId));
    }

    @Operation(summary = "Finish the interview early; answers so far are kept and scored")
    @PostMapping("/interviews/{id}/finish")
    Views.SessionView finish(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        rateLimiter.take(caller);
        return Views.SessionView.of(engine.finish(caller, id), null);
    }

    @Operation(summary = "The report: the library's JSON report (application/json), Markdown (text/markdown) or an HTML page (text/html)")
    @GetMapping(path = "/interviews/{id}/report", produces = {MediaType.APPLICATION_JSON_VALUE, "text/markdown",
            MediaType.TEXT_HTML_VALUE})
    ResponseEntity<String> report(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestHeader(name = "Accept", required = false) String accept) {
        MediaType type = Negotiation.pick(accept);
        Report report = engine.report(caller, id);
        String body = type.equals(MediaType.TEXT_HTML) ? ReportRenderers.html(report)
                : type.equals(MARKDOWN) ? ReportRenderers.markdown(report) : ReportRenderers.json(report);
        return ResponseEntity.ok().contentType(type).body(body);
    }

    @Operation(summary = "Feedback on one main question and its follow-ups, once it is closed (in assessment mode once the interview is over)")
    @GetMapping(path = "/interviews/{id}/questions/{questionId}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> feedback(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @PathVariable String questionId) throws Exception {
        Session s = engine.session(caller, id);
        Turn turn = s.turn(questionId).orElseThrow(() ->
                WebException.of(ProblemType.NOT_FOUND, "session " + id + " has no question " + questionId));
        Question main = mainOf(s, turn.question());
        List<Turn> thread = new ArrayList<>();
        for (Turn t : s.turns()) {
            if (t.question().id().equals(main.id()) || main.id().equals(t.question().parentId())) {
                thread.add(t);
            }
        }
        boolean over = s.status() != SessionStatus.IN_PROGRESS;
        boolean closed = over || s.openTurn().map(open -> thread.stream().noneMatch(t -> t == open
                || t.question().id().equals(open.question().id()))).orElse(true);
        if (!closed) {
            throw WebException.of(ProblemType.CONFLICT, main.label() + " is still being asked; its feedback comes"
                    + " when it is closed");
        }
        if (!over && s.plan().mode() == Mode.ASSESSMENT && caller.role() == Caller.Role.CANDIDATE) {
            throw WebException.of(ProblemType.CONFLICT, "this is an assessment: feedback comes when the interview is over");
        }
        JsonNode report = JSON.readTree(ReportRenderers.json(engine.report(caller, id)));
        ObjectNode out = JSON.createObjectNode();
        out.put("sessionId", s.id());
        out.put("questionId", main.id());
        out.put("label", main.label());
        out.put("text", main.text());
        var answers = out.putArray("responses");
        var entries = out.putArray("entries");
        for (Turn t : thread) {
            if (t.answer() != null) {
                answers.add(t.answer());
            }
            for (JsonNode q : report.path("questions")) {
                if (q.path("label").asText().equals(t.question().label())) {
                    entries.add(q);
                    if (t == thread.get(0) && q.hasNonNull("feedback")) {
                        out.set("feedback", q.get("feedback"));
                    }
                }
            }
        }
        if (!out.has("feedback")) {
            out.putNull("feedback");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(out));
    }

    private static Question mainOf(Session s, Question q) {
        if (q.type() != QuestionType.FOLLOW_UP || q.parentId() == null) {
            return q;
        }
        return s.turn(q.parentId()).map(t -> mainOf(s, t.question())).orElse(q);
    }

    @Operation(summary = "A candidate's sessions, newest first, with the trend (JSON, Markdown or HTML by Accept)")
    @GetMapping(path = "/candidates/{id}/history", produces = {MediaType.APPLICATION_JSON_VALUE, "text/markdown",
            MediaType.TEXT_HTML_VALUE})
    ResponseEntity<String> history(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestHeader(name = "Accept", required = false) String accept) {
        MediaType type = Negotiation.pick(accept);
        var history = engine.history(caller, id);
        String body = type.equals(MediaType.TEXT_HTML) ? ReportRenderers.html(history)
                : type.equals(MARKDOWN) ? ReportRenderers.markdown(history) : ReportRenderers.json(history);
        return ResponseEntity.ok().contentType(type).body(body);
    }
}
