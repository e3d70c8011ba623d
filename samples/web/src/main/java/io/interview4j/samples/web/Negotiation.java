package io.interview4j.samples.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/** Picks the report's format from an {@code Accept} header: JSON, Markdown or HTML, JSON when anything goes. */
final class Negotiation {

    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, InterviewController.MARKDOWN,
            MediaType.TEXT_HTML);

    private Negotiation() {
    }

    /** @return one of the offered types, or a {@code not-acceptable} problem */
    static MediaType pick(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> wanted;
        try {
            wanted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw WebException.invalid("Accept", "the Accept header is malformed: " + e.getMessage());
        }
        MimeTypeUtils.sortBySpecificity(wanted);
        wanted = wanted.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        for (MediaType w : wanted) {
            if (w.getQualityValue() <= 0) {
                continue;
            }
            for (MediaType offered : OFFERED) {
                if (w.includes(offered)) {
                    return offered;
                }
            }
        }
        throw WebException.of(ProblemType.NOT_ACCEPTABLE,
                "the report comes as application/json, text/markdown or text/html; the Accept header allows none");
    }
}
