package io.interview4j.bank;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.InterviewException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The question bank that ships inside interview4j-core: over 150 questions across behavioral, situational,
 * hr, technical (core, advanced, practical), dsa, system design and case, for junior, mid and senior, each
 * with key points or a reference answer. It lets every preset run offline without repeating a question.
 */
public final class BuiltInQuestionBank {

    private static final List<String> RESOURCES = List.of(
            "/io/interview4j/bank/questions-people.json",
            "/io/interview4j/bank/questions-technical.json");

    private static volatile QuestionBank instance;

    private BuiltInQuestionBank() {
    }

    /**
     * @return the built-in bank, loaded once from the classpath
     * @throws InterviewException when a resource is missing or malformed (a packaging error)
     */
    public static QuestionBank get() {
        QuestionBank bank = instance;
        if (bank == null) {
            synchronized (BuiltInQuestionBank.class) {
                if (instance == null) {
                    instance = load();
                }
                bank = instance;
            }
        }
        return bank;
    }

    private static QuestionBank load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<BankQuestion> all = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = BuiltInQuestionBank.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new InterviewException("built-in question bank resource missing: " + resource);
                }
                all.addAll(mapper.readValue(in, new TypeReference<List<BankQuestion>>() { }));
            } catch (IOException e) {
                throw new InterviewException("built-in question bank resource unreadable: " + resource, e);
            }
        }
        return new InMemoryQuestionBank(all);
    }
}
