package io.interview4j.samples.cli;

import io.interview4j.InterviewException;
import io.interview4j.SessionNotFoundException;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.llm.cost.PriceTable;
import io.interview4j.store.SessionStore;
import io.interview4j.store.StoredSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code report SESSION}: writes a session's report, after scoring an answer a crash left unevaluated (the caller is
 * the candidate, who owns the session).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the report of a session (completed or not) as text, JSON, Markdown or HTML.")
final class ReportCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "SESSION", description = "The session id.")
    String sessionId;

    @Mixin
    Options.Store store;

    @Mixin
    Options.Candidate candidate;

    @Mixin
    Options.Output output;

    ReportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        SessionStore sessions = openStore(ctx, store, sessionId);
        InterviewEngine engine = InterviewEngine.builder().sessionStore(sessions)
                .questionBank(ctx.stores().questions(store.spec(ctx))).costEstimator(PriceTable.defaults()).build();
        Caller caller = candidate.caller(ctx);
        try {
            engine.recover(caller, sessionId);
            ReportOutput.write(engine.report(caller, sessionId), output, ctx.out(), ctx.err());
        } catch (SessionNotFoundException e) {
            throw withOwnerHint(sessions, sessionId, caller, e);
        }
        return 0;
    }

    /**
     * The library says "not found" for another candidate's session, so that a stranger learns nothing; the terminal
     * app runs on the user's own store, so it says whose session it is and which {@code --candidate} to pass.
     *
     * @return an error naming the session's candidate, or {@code e} when the store does not hold the session
     */
    static InterviewException withOwnerHint(SessionStore sessions, String sessionId, Caller caller,
                                            SessionNotFoundException e) {
        return sessions.find(sessionId).map(StoredSession::toSession)
                .filter(s -> !s.candidateId().equals(caller.accountId()))
                .<InterviewException>map(s -> new InterviewException("session " + sessionId + " belongs to candidate "
                        + s.candidateId() + ", not " + caller.accountId() + "; pass --candidate " + s.candidateId(), e))
                .orElse(e);
    }

    /**
     * Opens the store and, for the memory store, checks up front that the session is there, explaining why it
     * may not be.
     *
     * @throws InterviewException for a session the memory store does not hold, saying why that may be
     * @throws io.interview4j.InvalidInputException naming the store when it cannot be opened
     */
    static SessionStore openStore(CliContext ctx, Options.Store option, String sessionId) {
        String spec = option.spec(ctx);
        SessionStore sessions = ctx.stores().open(spec);
        if (Stores.isMemory(spec) && sessions.find(sessionId).isEmpty()) {
            throw new InterviewException(new SessionNotFoundException(sessionId).getMessage()
                    + " (sessions in the memory store last only while one command runs)");
        }
        return sessions;
    }
}
