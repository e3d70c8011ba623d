package io.interview4j.samples.web;

import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.store.SessionQuery;
import io.interview4j.store.SessionSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/organisations/{id}/interviews}: an organisation's interviews, for its reviewers. */
@RestController
@SecurityRequirement(name = "bearer")
class OrganisationController {

    private final InterviewEngine engine;

    OrganisationController(InterviewEngine engine) {
        this.engine = engine;
    }

    /**
     * @param sessionId the session
     * @param candidateId the candidate
     * @param preset the preset
     * @param status {@code IN_PROGRESS}, {@code COMPLETED} or {@code ABANDONED}
     * @param startedAt ISO-8601 start
     * @param updatedAt ISO-8601 time of the last event
     * @param overallScore the 0-100 score once completed, or null
     * @param readiness the readiness label once completed, or null
     * @param groupKey the host key of the session's plan (a template's sessions carry the template id), or null
     */
    record InterviewSummary(String sessionId, String candidateId, String preset, String status, String startedAt,
                            String updatedAt, Double overallScore, String readiness, String groupKey) {

        static InterviewSummary of(SessionSummary s) {
            return new InterviewSummary(s.sessionId(), s.candidateId(), s.preset(), s.status().name(),
                    s.startedAt().toString(), s.updatedAt().toString(), s.overallScore(), s.readiness(), s.groupKey());
        }
    }

    /**
     * @param organisationId the organisation
     * @param offset sessions skipped
     * @param limit the most returned
     * @param interviews the page, newest first
     */
    record InterviewPage(String organisationId, int offset, int limit, List<InterviewSummary> interviews) {
    }

    @Operation(summary = "An organisation's interviews, newest first, for its reviewers (offset, limit 1-100; "
            + "optionally one candidate's, one template's or one host key's)")
    @GetMapping("/api/organisations/{id}/interviews")
    InterviewPage interviews(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String candidateId, @RequestParam(required = false) String templateId,
            @RequestParam(required = false) String groupKey) {
        if (caller.role() != Caller.Role.REVIEWER || !id.equals(caller.organisationId())) {
            throw WebException.of(ProblemType.ACCESS_DENIED, "only reviewers of organisation " + id
                    + " may list its interviews");
        }
        if (offset < 0) {
            throw WebException.invalid("offset", "offset must not be negative, was " + offset);
        }
        if (limit < 1 || limit > 100) {
            throw WebException.invalid("limit", "limit must be 1 to 100, was " + limit);
        }
        if (templateId != null && groupKey != null && !templateId.equals(groupKey)) {
            throw WebException.invalid("templateId", "give templateId or groupKey, not both");
        }
        String key = templateId != null ? templateId : groupKey;
        SessionQuery query = new SessionQuery(blankToNull("candidateId", candidateId), null, id,
                blankToNull(templateId != null ? "templateId" : "groupKey", key), offset, limit);
        return new InterviewPage(id, offset, limit, engine.sessions(caller, query).stream().map(InterviewSummary::of)
                .toList());
    }

    private static String blankToNull(String field, String value) {
        if (value != null && value.isBlank()) {
            throw WebException.invalid(field, field + " must not be blank");
        }
        return value;
    }
}
