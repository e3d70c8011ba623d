package io.interview4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cheap test before each grader pattern names only text that every match must start with. */
class GraderAddressStartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
            "\\b(ignore|disregard|forget)\\s+all; ignore,disregard,forget",
            "\\bjailbreak\\b; jailbreak",
            "(ignor[ae]\\w*|olvid[ae]\\w*)\\s+x; ignor,olvid",
            "\\b(max(imum)?|full|recogni[sz]e)\\s+; max,full,recogni",
            "\\b(umm?|uh+)\\b; um,uh",
            "(^|[.!?])\\s*rate; NONE",
            "\\b(a|an|the)?\\s*perfect; NONE",
            "(?m)^\\s*system; NONE",
            "<\\|[a-z_ ]{2,20}\\|>; NONE",
            "foo|bar; NONE",
            "(foo)x|bar; NONE",
            "\\b(you\\s+are|to)\\s+; you,to",
            "满点; 满点"})
    void should_name_the_literal_starts_of_a_pattern_when_each_alternative_has_one(String regex, String starts) {
        // when
        List<String> found = GraderAddress.literalStarts(regex);

        // then
        if (starts == null) {
            assertThat(found).isNull();
        } else {
            assertThat(found).containsExactly(starts.split(","));
        }
    }
}
