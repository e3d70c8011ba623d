package io.interview4j.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interview4j.InterviewException;
import io.interview4j.session.EventJson;

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
     * @return a Markdown document; candidate text is quoted so it cannot change the document's structure
     */
    public static String markdown(Report report) {
        return MarkdownRenderer.markdown(report);
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
     * @return a Markdown document: the sessions newest first, then the trend and the change per dimension
     */
    public static String markdown(History history) {
        return MarkdownRenderer.markdown(history);
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
