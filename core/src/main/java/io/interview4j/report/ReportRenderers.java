package io.interview4j.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interview4j.InterviewException;
import io.interview4j.session.EventJson;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Renders a {@link Report} or a {@link History} as JSON (the public contract), Markdown, or a standalone HTML page
 * with inline CSS and inline SVG that loads nothing from the network and escapes every piece of text.
 */
public final class ReportRenderers {

    private static final ObjectMapper JSON = EventJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportRenderers() {
    }

    /**
     * @param report the report
     * @return pretty-printed JSON with {@code schemaVersion}
     * @throws InterviewException when it cannot be written (a bug)
     */
    public static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new InterviewException("cannot write report " + report.sessionId(), e);
        }
    }

    /**
     * @param report the report
     * @return a Markdown document with its date in UTC, as {@link #markdown(Report, ZoneId)}
     */
    public static String markdown(Report report) {
        return markdown(report, ZoneOffset.UTC);
    }

    /**
     * @param report the report
     * @param zone the time zone the report's date is shown in, to the second (the JSON stays ISO-8601 UTC)
     * @return a Markdown document; candidate text is quoted so it cannot change the document's structure
     * @throws NullPointerException when {@code zone} is {@code null}
     */
    public static String markdown(Report report, ZoneId zone) {
        return MarkdownRenderer.markdown(report, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * @param report the report
     * @return a standalone HTML page: inline CSS and SVG, no scripts, nothing loaded from the network, all text
     *     escaped
     */
    public static String html(Report report) {
        return HtmlRenderer.html(report);
    }

    /**
     * @param history a candidate's history
     * @return pretty-printed JSON with {@code schemaVersion}
     * @throws InterviewException when it cannot be written (a bug)
     */
    public static String json(History history) {
        try {
            return JSON.writeValueAsString(history);
        } catch (JsonProcessingException e) {
            throw new InterviewException("cannot write the history of " + history.candidateId(), e);
        }
    }

    /**
     * @param history a candidate's history
     * @return a Markdown document with times in UTC, as {@link #markdown(History, ZoneId)}
     */
    public static String markdown(History history) {
        return markdown(history, ZoneOffset.UTC);
    }

    /**
     * @param history a candidate's history
     * @param zone the time zone the sessions' times are shown in, to the second
     * @return a Markdown document: the sessions newest first, then the trend and the change per dimension
     * @throws NullPointerException when {@code zone} is {@code null}
     */
    public static String markdown(History history, ZoneId zone) {
        return MarkdownRenderer.markdown(history, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * @param history a candidate's history
     * @return a standalone HTML page with the sessions, the trend and an inline SVG line of completed scores over
     *     time; no scripts, nothing loaded from the network, all text escaped
     */
    public static String html(History history) {
        return HtmlRenderer.html(history);
    }

    /**
     * @param text any text
     * @return the text with {@code & < > " '} escaped for HTML; {@code ""} for {@code null}
     */
    public static String esc(String text) {
        return HtmlRenderer.esc(text);
    }
}
