package io.interview4j.samples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.store.CandidateExport;
import io.interview4j.store.SessionStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code candidate export CANDIDATE} and {@code candidate erase CANDIDATE}: a candidate's right to their data,
 * through the store API ({@link CandidateExport} and {@link SessionStore#deleteCandidate(String)}).
 */
@Command(name = "candidate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Exports or erases every session of a candidate (privacy).")
final class CandidateCommand {

    private static void requireId(String candidate) {
        if (candidate.isBlank()) {
            throw new InvalidInputException("CANDIDATE is blank; give the candidate's id, as in 'history CANDIDATE'");
        }
    }

    /** {@code candidate export CANDIDATE [--out FILE]}: every session and event as one JSON document. */
    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Writes every session of a candidate, with every event, as one JSON document.",
                    "Format: {\"format\": \"" + CandidateExport.FORMAT + "\", \"formatVersion\": 1, \"candidateId\","
                            + " \"sessions\": [{\"sessionId\", \"version\", \"events\": [...]}]}, newest session first."})
    static final class Export implements Callable<Integer> {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final CliContext ctx;

        @Parameters(index = "0", paramLabel = "CANDIDATE", description = "The candidate's id.")
        String candidate;

        @Option(names = "--out", paramLabel = "FILE", description = "Writes to FILE instead of stdout.")
        Path out;

        @Mixin
        Options.Store store;

        Export(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            requireId(candidate);
            String json = CandidateExport.toJson(ctx.stores().open(store.spec(ctx)), candidate);
            String text = json.endsWith("\n") ? json : json + "\n";
            if (out == null) {
                ctx.out().print(text);
                ctx.out().flush();
            } else {
                InputFiles.write(out, text, "the export");
                ctx.err().println("Exported " + sessionCount(json) + " session(s) of " + candidate + " to " + out);
            }
            return 0;
        }

        private static int sessionCount(String json) {
            try {
                return JSON.readTree(json).get("sessions").size();
            } catch (JsonProcessingException e) {
                throw new InterviewException("cannot read back the export just written", e);
            }
        }
    }

    /** {@code candidate erase CANDIDATE}: deletes every session and event of the candidate in one call. */
    @Command(name = "erase", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Erases every session and event of a candidate from the store, in one call. It cannot be"
                    + " undone; run 'candidate export' first to keep a copy."})
    static final class Erase implements Callable<Integer> {

        private final CliContext ctx;

        @Parameters(index = "0", paramLabel = "CANDIDATE", description = "The candidate's id.")
        String candidate;

        @Mixin
        Options.Store store;

        Erase(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            requireId(candidate);
            String where = store.spec(ctx);
            int erased = ctx.stores().open(where).deleteCandidate(candidate);
            ctx.out().println("Erased " + erased + " session" + (erased == 1 ? "" : "s") + " of " + candidate + " from "
                    + (Stores.isMemory(where) ? "the memory store" : Stores.describe(where)) + ".");
            return 0;
        }
    }
}
