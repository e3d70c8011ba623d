package io.interview4j.samples.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.plan.PresetOptions;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.StructuredRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The body of {@code POST /api/interviews}: a preset and its options. As JSON, or as {@code multipart/form-data} with
 * the same field names and the resume as the file part {@code resume}.
 *
 * @param preset campus-placement, structured, timed-screen, coaching or topic-drill; required
 * @param role the role; default software engineer
 * @param company the company, or null
 * @param level junior, mid or senior; default mid
 * @param type structured only: hr, technical, case or mixed
 * @param stage coaching only: recruiter_screen or hiring_manager
 * @param topics topics to focus on; for topic-drill the tags of what was studied (the three most frequent are drilled)
 * @param timeLimitMinutes timed-screen only: the time limit in minutes; default 10
 * @param jobDescription the job description as text, or null
 * @param resumeText the resume as text, or null (or upload it as {@code resume})
 */
record StartRequest(String preset, String role, String company, String level, String type, String stage,
                    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> topics, Integer timeLimitMinutes, String jobDescription, String resumeText) {

    static final int MAX_SHORT = 200;
    static final int MAX_DOCUMENT = 100_000;

    /** @return the preset's name, checked */
    String presetName() {
        String name = Fields.required("preset", preset, MAX_SHORT);
        return field("preset", name, PresetOptions::presetName);
    }

    /**
     * @param name the preset, from {@link #presetName()}
     * @param uploadedResume the uploaded resume's text, or null
     * @return the options, each refused field named
     */
    PresetOptions options(String name, String uploadedResume) {
        PresetOptions o = PresetOptions.defaults()
                .withRole(Fields.optional("role", role, MAX_SHORT))
                .withCompany(Fields.optional("company", company, MAX_SHORT));
        String lv = Fields.optional("level", level, MAX_SHORT);
        if (lv != null) {
            o = o.withLevel(field("level", lv, Level::parse));
        }
        String ty = Fields.optional("type", type, MAX_SHORT);
        if (ty != null) {
            requireApplies(name, PresetOptions.Option.INTERVIEW_TYPE, "type");
            o = o.withInterviewType(field("type", ty, StructuredRules.InterviewType::parse));
        }
        String st = Fields.optional("stage", stage, MAX_SHORT);
        if (st != null) {
            requireApplies(name, PresetOptions.Option.STAGE, "stage");
            o = o.withStage(field("stage", st, CoachingRules.Stage::parse));
        }
        if (timeLimitMinutes != null) {
            requireApplies(name, PresetOptions.Option.TIME_LIMIT, "timeLimitMinutes");
            o = o.withTimeLimit(field("timeLimitMinutes", timeLimitMinutes,
                    m -> PresetOptions.timeLimitMinutes(m, "timeLimitMinutes")));
        }
        o = o.withFocusTopics(focusTopics(name));
        o = o.withJobDescription(Fields.optional("jobDescription", jobDescription, MAX_DOCUMENT));
        String resume = Fields.optional("resumeText", resumeText, MAX_DOCUMENT);
        if (resume != null && uploadedResume != null) {
            throw WebException.invalid("resume", "send the resume either as resumeText or as an upload, not both");
        }
        return o.withResumeText(resume != null ? resume : uploadedResume);
    }

    private List<String> focusTopics(String name) {
        List<String> items = new ArrayList<>();
        for (String t : topics == null ? List.<String>of() : topics) {
            if (t != null) {
                Arrays.stream(t.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                        .forEach(items::add);
            }
        }
        if (items.size() > 100 || items.stream().anyMatch(t -> t.length() > MAX_SHORT)) {
            throw WebException.invalid("topics", "topics takes at most 100 topics of at most " + MAX_SHORT
                    + " characters each");
        }
        if (name.equals("topic-drill")) {
            return field("topics", items, list -> PresetOptions.studiedTopics(list.stream().map(List::of).toList(),
                    "topics"));
        }
        return List.copyOf(new LinkedHashSet<>(items));
    }

    private static void requireApplies(String preset, PresetOptions.Option option, String field) {
        try {
            PresetOptions.requireApplies(preset, option, field);
        } catch (InvalidInputException e) {
            throw WebException.invalid(field, e.getMessage());
        }
    }

    /** Runs a library parser, naming the field when it refuses the value. */
    static <T, R> R field(String field, T value, Function<T, R> parser) {
        try {
            return parser.apply(value);
        } catch (InvalidInputException e) {
            throw WebException.invalid(field, e.getMessage());
        }
    }

}
