package io.interview4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to both");
    }
}
