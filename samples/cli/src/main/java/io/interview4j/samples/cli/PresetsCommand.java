package io.interview4j.samples.cli;

import io.interview4j.plan.Presets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code presets}: the interview presets, one line each. */
@Command(name = "presets", mixinStandardHelpOptions = true, description = "Lists the interview presets.")
final class PresetsCommand implements Callable<Integer> {

    /** One line per preset, in {@link Presets#NAMES} order. */
    static final Map<String, String> DESCRIPTIONS = Map.of(
            "campus-placement", "Coding, behavioral and design rounds of 2 questions; difficulty follows your scores.",
            "structured", "10-15 questions (--type hr|technical|case|mixed, --level); five-dimension rubric.",
            "timed-screen", "Timed screening (--time-limit) with follow-ups and a resume question; a hiring recommendation.",
            "coaching", "5 questions with up to 3 follow-ups each (--stage); 1-10 scores and readiness. The default.",
            "topic-drill", "5 technical questions on your top 3 studied topics (--topics); difficulty adapts; badges.");

    private final CliContext ctx;

    PresetsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        for (String name : Presets.NAMES) {
            ctx.out().println(String.format(Locale.ROOT, "%-18s %s", name, DESCRIPTIONS.getOrDefault(name, "")));
        }
        ctx.out().println();
        ctx.out().println("Run one with: interview4j run --preset NAME");
        return 0;
    }
}
