package io.interview4j.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillVocabularyTest {

    private final SkillVocabulary vocabulary = SkillVocabulary.builtIn();

    @Test
    void should_hold_the_question_bank_tags_when_built_in() {
        // then
        assertThat(vocabulary.tags()).hasSizeGreaterThanOrEqualTo(120).contains("python", "java", "javascript", "sql",
                "databases", "oop", "api_design", "rest", "fastapi", "concurrency", "networking", "operating_systems",
                "algorithms", "data_structures", "machine_learning", "statistics", "cloud", "distributed_systems",
                "caching", "security", "testing", "git", "docker", "kubernetes", "leadership", "communication",
                "stakeholder_management", "product_management", "data_analysis", "computer_vision", "deep_learning",
                "pytorch", "tensorflow", "react", "spring", "aws", "gcp", "azure");
        assertThat(SkillVocabulary.builtIn()).isSameAs(vocabulary);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wrote C++ and C# services | cpp,csharp",
            "Migrated .NET apps to Node.js | dotnet,nodejs",
            "JavaScript and TypeScript code | javascript,typescript",
            "REST APIs with FastAPI | rest,fastapi",
            "Kubernetes (k8s) on AWS | kubernetes,aws",
            "PostgreSQL databases | postgresql,databases",
            "Machine-learning with PyTorch | machine_learning,pytorch",
            "Object-oriented design in java | oop,java",
    })
    void should_find_canonical_tags_when_text_names_skills(String text, String expected) {
        // when
        List<String> tags = vocabulary.extract(text);

        // then
        assertThat(tags).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource({
            "'The rest of the team went to a restaurant'",
            "'We go to the javanese place in spring'",
            "'Our tech stack is a mess'",
    })
    void should_find_nothing_when_words_only_contain_an_alias(String text) {
        // when / then
        assertThat(vocabulary.extract(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We are hiring a backend engineer | backend",
            "We are hiring! Join us | ''",
            "Let's go with Java for this service | java",
            "Go to the Java meetup and go home | java",
            "I want to go to the office | ''",
            "Option C was cheaper than plan B | ''",
            "We talked to the C-level executives | ''",
            "I got a C in the course and moved on | ''",
            "Our R&D budget grew | ''",
            "Then R. Smith joined the team | ''",
            "The rest of the team took a rest | ''",
            "We shipped it in spring, after a rest | ''",
            "In Spring we hired two interns | ''",
            "We needed a swift response from support | ''",
            "Swift action saved the launch | ''",
            "How did you react when the plan changed? | ''",
            "The ruby necklace was a gift | ''",
            "Rust on the old pipes | ''",
            "I excel at planning | ''",
            "That sparked a long debate | ''",
    })
    void should_find_no_skill_when_a_common_word_is_used_as_a_word(String text, String expected) {
        // when
        List<String> tags = vocabulary.extract(text);

        // then
        assertThat(tags).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Services written in Go and Python | go,python",
            "Java, Go and Kotlin | java,go,kotlin",
            "Go services on Kubernetes | go,kubernetes",
            "Java/Go/Rust | java,go,rust",
            "Languages: C, C++ and Python | c,cpp,python",
            "Firmware written in C for microcontrollers | c,embedded",
            "Statistics in R and SQL | statistics,r,sql",
            "Proficient in R | r",
            "We expose REST and GraphQL endpoints | rest,graphql",
            "A REST service in front of the database | rest,databases",
            "Backend in Java and Spring with Hibernate | backend,java,spring,hibernate",
            "Spring Boot microservices | spring,microservices",
            "iOS apps written in Swift | mobile,swift",
            "Swift and Kotlin for mobile development | swift,kotlin,mobile",
            "Frontend built with React and TypeScript | frontend,react,typescript",
            "Using React hooks for state | react",
            "Spark jobs on Databricks | spark",
            "Modelling in Excel and Tableau | data_analysis,bi_tools",
            "Led hiring and recruitment for the team | hr",
            "Worked in human resources | hr",
    })
    void should_find_the_skill_when_a_common_word_is_used_as_a_skill(String text, String expected) {
        // when
        List<String> tags = vocabulary.extract(text);

        // then
        assertThat(tags).containsExactlyInAnyOrder(expected.split(","));
    }

    @Test
    void should_refuse_context_word_when_it_is_not_a_one_word_alias() {
        // when / then
        assertThatThrownBy(() -> SkillVocabulary.of(Map.of("go", List.of("golang")), List.of("go")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'go' is not a one-word alias");
    }

    @Test
    void should_order_by_mentions_then_first_appearance_when_extracting() {
        // given
        String text = "Docker here. Python there. Kafka and Python again, then docker and Python.";

        // when
        List<String> tags = vocabulary.extract(text);

        // then
        assertThat(tags).containsExactly("python", "docker", "messaging");
    }

    @Test
    void should_prefer_longest_alias_when_aliases_overlap() {
        // when
        List<String> tags = vocabulary.extract("We ran A/B testing and unit testing");

        // then
        assertThat(tags).containsExactly("statistics", "testing");
    }

    @Test
    void should_refuse_alias_when_two_tags_share_it() {
        // when / then
        assertThatThrownBy(() -> SkillVocabulary.of(Map.of("a", List.of("x y"), "b", List.of("X Y"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("belongs to both");
    }
}
