package io.interview4j.bank;

import io.interview4j.InterviewException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of a question bank file: a list of questions, or an object whose
 * {@code questions} key holds the list, each question with the fields of {@link BankQuestion}. It ships in
 * interview4j-core as the classpath resource {@value #RESOURCE}; the storage adapters' file bank validates every
 * import against it, and the built-in bank conforms to it.
 */
public final class QuestionBankSchema {

    /** The schema's classpath resource. */
    public static final String RESOURCE = "/io/interview4j/bank/question-bank.schema.json";

    private QuestionBankSchema() {
    }

    /**
     * @return the schema as JSON text
     * @throws InterviewException when the resource is missing or unreadable (a packaging error)
     */
    public static String text() {
        try (InputStream in = QuestionBankSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InterviewException("question bank schema resource missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InterviewException("question bank schema resource unreadable: " + RESOURCE, e);
        }
    }
}
