package io.interview4j.samples.web;

import io.interview4j.engine.Caller;
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

    private final OrganisationIndex index;

    OrganisationController(OrganisationIndex index) {
        this.index = index;
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
     */
    record InterviewSummary(String sessionId, String candidateId, String preset, String status, String startedAt,
                            String updatedAt, Double overallScore, String readiness) {

        static InterviewSummary of(SessionSummary s) {
            return new InterviewSummary(s.sessionId(), s.candidateId(), s.preset(), s.status().name(),
                    s.startedAt().toString(), s.updatedAt().toString(), s.overallScore(), s.readiness());
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

    @Operation(summary = "An organisation's interviews, newest first, for its reviewers (offset, limit 1-100)")
    @GetMapping("/api/organisations/{id}/interviews")
    InterviewPage interviews(@AuthenticationPrincipal Caller caller, @PathVariable String id,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
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
        return new InterviewPage(id, offset, limit, index.list(id, offset, limit).stream().map(InterviewSummary::of)
                .toList());
    }
}
