package io.interview4j.spring.boot;

import io.interview4j.engine.InterviewListener;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every {@link InterviewListener} notice as a Spring application event, so that an application reacts with
 * {@code @EventListener void on(InterviewListener.Completed completed)}. Events are published synchronously, after the
 * engine stored what they report; a listener that throws is logged by the engine and fails nothing.
 */
public final class InterviewEventPublisher implements InterviewListener {

    private final ApplicationEventPublisher publisher;

    /** @param publisher where events go */
    public InterviewEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    @Override
    public void sessionStarted(Started notice) {
        publisher.publishEvent(notice);
    }

    @Override
    public void questionAsked(Asked notice) {
        publisher.publishEvent(notice);
    }

    @Override
    public void answerEvaluated(Evaluated notice) {
        publisher.publishEvent(notice);
    }

    @Override
    public void questionClosed(QuestionClosed notice) {
        publisher.publishEvent(notice);
    }

    @Override
    public void sessionCompleted(Completed notice) {
        publisher.publishEvent(notice);
    }

    @Override
    public void sessionAbandoned(Abandoned notice) {
        publisher.publishEvent(notice);
    }
}
