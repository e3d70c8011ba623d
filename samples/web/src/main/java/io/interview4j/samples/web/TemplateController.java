package io.interview4j.samples.web;

import io.interview4j.bank.QuestionBank;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.TurnResult;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.InterviewTemplate;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.RoundPlan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Seed 002's templates: a reviewer makes a timed screen with fixed preset questions for their organisation and shares
 * its link; a candidate starts a session from it with their own resume. The organisation's reviewers read those
 * sessions' reports.
 */
@RestController
@RequestMapping("/api/templates")
@SecurityRequirement(name = "bearer")
class TemplateController {

    private final TemplateStore templates;
    private final InterviewEngine engine;
    private final QuestionBank bank;
    private final SubmissionRateLimiter rateLimiter;
    private final WebProperties properties;

    TemplateController(TemplateStore templates, InterviewEngine engine, QuestionBank bank,
                       SubmissionRateLimiter rateLimiter, WebProperties properties) {
        this.templates = templates;
        this.engine = engine;
        this.bank = bank;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
    }

    /**
     * @param name the template's name, such as the job role; required
     * @param role the role; default the name
     * @param jobDescription the job description, or null
     * @param focusAreas topics the preset questions are drawn for
     * @param timeLimitMinutes the time limit; default 10
     * @param questionCount preset questions; default 3
     */
    record TemplateRequest(String name, String role, String jobDescription, List<String> focusAreas,
                           Integer timeLimitMinutes, Integer questionCount) {
    }

    /**
     * @param id the template's id
     * @param name its name
     * @param organisationId the organisation
     * @param role the role
     * @param timeLimitSeconds the time limit
     * @param questionCount preset questions
     * @param link the page a candidate opens to start from it
     */
    record TemplateView(String id, String name, String organisationId, String role, Long timeLimitSeconds,
                        int questionCount, String link) {

        static TemplateView of(TemplateStore.Stored t) {
            InterviewPlan plan = t.template().plan();
            int questions = plan.rounds().stream().mapToInt(RoundPlan::maxQuestions).sum();
            return new TemplateView(t.id(), t.template().name(), t.organisationId(), plan.role(),
                    plan.totalTimeLimit() == null ? null : plan.totalTimeLimit().getSeconds(), questions,
                    "/?template=" + t.id());
        }
    }

    /** @param resumeText the candidate's resume as text, or null */
    record TemplateStart(String resumeText) {
    }

    @Operation(summary = "Make a timed-screen template for the reviewer's organisation")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TemplateView> create(@AuthenticationPrincipal Caller caller, @RequestBody TemplateRequest request) {
        if (caller.role() != Caller.Role.REVIEWER) {
            throw WebException.of(ProblemType.ACCESS_DENIED, "only a reviewer can make a template");
        }
        String name = Fields.required("name", request.name(), StartRequest.MAX_SHORT);
        PresetOptions o = PresetOptions.defaults().withRole(
                        Fields.optional("role", request.role() == null ? name : request.role(), StartRequest.MAX_SHORT))
                .withJobDescription(Fields.optional("jobDescription", request.jobDescription(), StartRequest.MAX_DOCUMENT))
                .withFocusTopics(request.focusAreas() == null ? List.of()
                        : request.focusAreas().stream().map(t -> Fields.required("focusAreas", t, StartRequest.MAX_SHORT))
                        .toList());
        if (request.timeLimitMinutes() != null) {
            o = o.withTimeLimit(StartRequest.field("timeLimitMinutes", request.timeLimitMinutes(),
                    m -> PresetOptions.timeLimitMinutes(m, "timeLimitMinutes")));
        }
        if (request.questionCount() != null) {
            if (request.questionCount() < 1 || request.questionCount() > 20) {
                throw WebException.invalid("questionCount", "questionCount must be 1 to 20, was " + request.questionCount());
            }
            o = o.withPresetQuestionCount(request.questionCount());
        }
        PresetOptions options = o;
        InterviewTemplate template = StartRequest.field("focusAreas", options,
                opts -> InterviewTemplate.fromBank(name, opts, bank));
        TemplateStore.Stored stored = templates.save(caller.organisationId(), caller.accountId(), template);
        return ResponseEntity.status(201).header("Location", "/api/templates/" + stored.id())
                .body(TemplateView.of(stored));
    }

    @Operation(summary = "A template's name, role and time limit (not its questions)")
    @GetMapping("/{id}")
    TemplateView get(@PathVariable String id) {
        return TemplateView.of(find(id));
    }

    @Operation(summary = "Start a session from a template (JSON with resumeText)")
    @PostMapping(path = "/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Views.TurnView> start(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestBody(required = false) TemplateStart request) {
        return start(caller, id, request == null ? null
                : Fields.optional("resumeText", request.resumeText(), StartRequest.MAX_DOCUMENT));
    }

    @Operation(summary = "Start a session from a template with an uploaded resume (multipart, file part resume)")
    @PostMapping(path = "/{id}/sessions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Views.TurnView> startWithUpload(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestPart(name = "resume", required = false) MultipartFile resume) {
        return start(caller, id, ResumeUploads.read(resume, properties.limits().uploadBytes()));
    }

    private ResponseEntity<Views.TurnView> start(Caller caller, String id, String resume) {
        TemplateStore.Stored t = find(id);
        if (caller.role() != Caller.Role.CANDIDATE) {
            throw WebException.of(ProblemType.ACCESS_DENIED, "only a candidate can take an interview");
        }
        InterviewPlan fromTemplate = StartRequest.field("resume", resume, r -> t.template().forCandidate(r));
        // Sessions from a template carry its id as their host key, so reviewers can list them by template.
        InterviewPlan plan = fromTemplate.groupKey() != null ? fromTemplate
                : fromTemplate.toBuilder().groupKey(id).build();
        rateLimiter.take(caller);
        // The session belongs to the candidate; the template's organisation reviews it.
        TurnResult first = engine.start(new Caller(caller.accountId(), t.organisationId(), Caller.Role.CANDIDATE), plan);
        return ResponseEntity.status(201).header("Location", "/api/interviews/" + first.sessionId())
                .body(Views.TurnView.of(first));
    }

    private TemplateStore.Stored find(String id) {
        return templates.find(id).orElseThrow(() -> WebException.of(ProblemType.NOT_FOUND, "no template " + id));
    }
}
