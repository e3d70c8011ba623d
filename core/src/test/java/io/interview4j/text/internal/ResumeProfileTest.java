package io.interview4j.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResumeProfileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Backend engineer with 5+ years of experience in Java | 5",
            "Over 3 years building data pipelines | 3",
            "Seven years in fintech, Python | 7",
            "8 yrs experience; 2 years of Go | 8",
            "I have 4.5 years' experience | 4",
            "Moved here 2 years ago | -1",
            "Engineer with 70 years of experience | 50",
            "Engineer with 99 years of experience | -1",
    })
    void should_read_claimed_years_when_resume_states_them(String text, int expected) {
        // when
        ResumeProfile profile = ResumeProfile.extract(text, 2025);

        // then
        assertThat(profile.yearsOfExperience()).isEqualTo(expected < 0 ? null : expected);
    }

    @Test
    void should_merge_overlapping_ranges_when_counting_work_history() {
        // given
        String text = "Acme Corp, Engineer\n2016 - 2019\nBeta Inc, Senior Engineer\n2018 – 2021\n";

        // when
        ResumeProfile profile = ResumeProfile.extract(text, 2025);

        // then
        assertThat(profile.yearsOfExperience()).isEqualTo(5);
    }

    @Test
    void should_count_to_current_year_when_range_ends_at_present() {
        // given
        String text = "Gamma Ltd\nJan 2019 – Present\nDelta\nMar 2015 to Dec 2016";

        // when
        ResumeProfile profile = ResumeProfile.extract(text, 2025);

        // then
        assertThat(profile.yearsOfExperience()).isEqualTo(8);
    }

    @Test
    void should_skip_education_ranges_when_counting_work_history() {
        // given
        String text = "B.Sc. Computer Science, State University 2012 - 2016\nWork\nAcme 2020 - 2022";

        // when
        ResumeProfile profile = ResumeProfile.extract(text, 2025);

        // then
        assertThat(profile.yearsOfExperience()).isEqualTo(2);
    }

    @Test
    void should_cap_years_when_ranges_add_up_past_limit() {
        // when
        ResumeProfile profile = ResumeProfile.extract("Worked 1901 - 1999 at a mill", 2025);

        // then
        assertThat(profile.yearsOfExperience()).isEqualTo(ResumeProfile.MAX_YEARS);
    }

    @Test
    void should_find_skills_and_unknown_years_when_resume_has_no_dates() {
        // when
        ResumeProfile profile = ResumeProfile.extract("Python, SQL and Docker. Python daily.", 2025);

        // then
        assertThat(profile.skills()).containsExactly("python", "sql", "docker");
        assertThat(profile.yearsOfExperience()).isNull();
    }

    @Test
    void should_return_empty_profile_when_text_is_blank() {
        // when
        ResumeProfile profile = ResumeProfile.extract("   ", 2025);

        // then
        assertThat(profile.skills()).isEmpty();
        assertThat(profile.yearsOfExperience()).isNull();
    }
}
