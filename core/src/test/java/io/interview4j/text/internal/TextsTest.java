package io.interview4j.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @Test
    void should_keep_technical_tokens_whole_when_splitting_words() {
        // given
        String text = "I've used C++, C#, .NET and Node.js (ASP.NET) in the team's api_design work; 3.14 is pi.";

        // when
        List<String> words = Texts.words(text);

        // then
        assertThat(words).containsSubsequence("i've", "used", "c++", "c#", ".net", "and", "node.js", "asp.net", "in", "the",
                "team", "api_design", "work", "3.14", "is", "pi");
    }

    @Test
    void should_split_hyphens_and_lowercase_when_splitting_words() {
        // when
        List<String> words = Texts.words("Object-Oriented DESIGN");

        // then
        assertThat(words).containsExactly("object", "oriented", "design");
    }

    @Test
    void should_make_one_token_per_ideograph_when_text_is_chinese() {
        // when
        List<String> words = Texts.words("我不知道 नमस्ते दुनिया");

        // then
        assertThat(words).containsExactly("我", "不", "知", "道", "नमस्ते", "दुनिया");
    }

    @ParameterizedTest
    @CsvSource({
            "connections, connected",
            "connecting, connect",
            "implementation, implemented",
            "recursion, recursive",
            "sorting, sorts",
            "queries, query",
            "efficiently, efficiency",
            "hashing, hashed",
            "using, used",
            "organization, organized",
    })
    void should_give_related_forms_one_stem_when_stemming(String a, String b) {
        // when / then
        assertThat(Texts.stem(a)).isEqualTo(Texts.stem(b));
    }

    @ParameterizedTest
    @CsvSource({"is", "c++", "node.js", "3.14", "数据"})
    void should_leave_word_unchanged_when_short_or_not_plain_letters(String word) {
        // when / then
        assertThat(Texts.stem(word)).isEqualTo(word);
    }

    @ParameterizedTest
    @CsvSource({"the, true", "THE, true", "don't, true", "however, true", "database, false", "python, false"})
    void should_recognise_function_words_when_checking_stopwords(String word, boolean expected) {
        // when / then
        assertThat(Texts.isStopword(word)).isEqualTo(expected);
    }

    @Test
    void should_drop_stopwords_and_stem_when_extracting_content_stems() {
        // when
        List<String> stems = Texts.contentStems("The threads are sharing the memory");

        // then
        assertThat(stems).containsExactly("thread", "share", "memori");
    }

    @Test
    void should_split_sentences_when_punctuation_or_line_breaks_end_them() {
        // given
        String text = "First one. Second, e.g. with an example! Third? yes 3.5 stays\n- a bullet\n我好。你好";

        // when
        List<String> sentences = Texts.sentences(text);

        // then
        assertThat(sentences).containsExactly("First one.", "Second, e.g. with an example!", "Third? yes 3.5 stays",
                "- a bullet", "我好。", "你好");
    }

    @Test
    void should_return_empty_lists_when_text_is_blank() {
        // when / then
        assertThat(Texts.words("  ")).isEmpty();
        assertThat(Texts.sentences("\n\n")).isEmpty();
        assertThat(Texts.contentStems("")).isEmpty();
    }
}
