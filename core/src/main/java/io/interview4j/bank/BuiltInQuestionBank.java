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
 * The question bank that ships inside interview4j-core: over 350 questions across behavioral, situational,
 * hr, technical (core, advanced, practical), dsa, system design and case, for junior, mid and senior, each
 * with key points or a reference answer. It lets every preset run offline without repeating a question.
 *
 * <p>The 40 skills most often named in software job descriptions ({@link #COMMON_SKILLS}) each have at least five
 * questions spread over easy, medium and hard. Skill tags are normalised when the bank loads ({@link SkillTags}).
 */
public final class BuiltInQuestionBank {

    private static final List<String> RESOURCES = List.of(
            "/io/interview4j/bank/questions-people.json",
            "/io/interview4j/bank/questions-technical.json",
            "/io/interview4j/bank/questions-skills.json");

    /**
     * The 40 skill tags most often named in software job descriptions, in the spelling of the skill vocabulary that
     * reads job descriptions and resumes: languages, frameworks, cloud, containers, messaging, databases, data and
     * machine learning, front end, security, testing and design.
     */
    public static final List<String> COMMON_SKILLS = List.of(
            "java", "python", "go", "javascript", "typescript", "react", "spring", "nodejs", "html_css",
            "kubernetes", "docker", "aws", "cloud", "terraform", "ci_cd", "linux", "git",
            "kafka", "postgresql", "mysql", "redis", "mongodb", "sql", "databases",
            "rest", "api_design", "graphql", "microservices", "system_design", "distributed_systems", "caching",
            "concurrency", "data_structures", "algorithms", "data_engineering", "spark", "machine_learning",
            "observability", "security", "testing");

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
