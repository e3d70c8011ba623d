package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.session.TagScores;
import io.interview4j.session.WeakPoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeakPointScheduleTest {

    /**
     * History: completed sessions oldest first, separated by {@code |}; each lists {@code tag=score}, with a
     * trailing {@code *} when that session was revisiting the tag, or {@code -} when nothing was scored. Expected:
     * {@code tag@step} of each weak point due in the next session, in order.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "'';                                                  ''",
            "sql=40;                                              sql@1",
            "sql=60;                                              ''",
            "sql=59.9;                                            sql@1",
            "sql=40 | -;                                          ''",
            "sql=40 | sql=45* | -;                                sql@3",
            "sql=40 | sql=45* | - | sql=50* | - | - | -;          sql@7",
            "sql=40 | - | - | - | - | - | - | -;                  ''",
            "sql=40 | sql=70* | -;                                ''",
            "sql=40 | - | sql=80;                                 ''",
            "sql=40 | - | sql=30;                                 sql@1",
            "sql=40 | sql=20*;                                    ''",
            "sql=40 | sql=45* | sql=50;                           sql@1",
            "sql=40 lead=70 | graphs=30 | -;                      sql@3",
            "sql=40 | graphs=30 | lead=55;                        lead@1 sql@3",
            "graphs=50 sql=30 | - | -;                            sql@3 graphs@3",
            "sql=40 | - | - | - | - | - | - | - | -;              ''",
            "a=10 | b=10 | c=10 | d=10 | e=10 | f=10 | g=10;      g@1 e@3 a@7",
    })
    void should_bring_weak_points_back_after_1_3_and_7_sessions_until_they_recover(String history, String expected) {
        // when
        List<WeakPoint> due = WeakPointSchedule.due(parse(history));

        // then
        assertThat(due.stream().map(w -> w.tag() + "@" + w.step()).toList())
                .isEqualTo(expected.isBlank() ? List.of() : List.of(expected.trim().split("\\s+")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"sql=40; s0; 40.0", "sql=42.34 | sql=45* | -; s0; 42.3"})
    void should_name_the_session_and_score_of_the_finding(String history, String sessionId, double score) {
        // when
        WeakPoint w = WeakPointSchedule.due(parse(history)).get(0);

        // then
        assertThat(w.foundInSessionId()).isEqualTo(sessionId);
        assertThat(w.score()).isEqualTo(score);
    }

    private static List<TagScores> parse(String history) {
        List<TagScores> out = new ArrayList<>();
        if (history.isBlank()) {
            return out;
        }
        String[] sessions = history.split("\\|");
        for (int i = 0; i < sessions.length; i++) {
            Map<String, Double> scores = new LinkedHashMap<>();
            Set<String> revisited = new HashSet<>();
            for (String item : sessions[i].trim().split("\\s+")) {
                if (item.equals("-")) {
                    continue;
                }
                String[] kv = item.split("=");
                boolean star = kv[1].endsWith("*");
                scores.put(kv[0], Double.parseDouble(star ? kv[1].substring(0, kv[1].length() - 1) : kv[1]));
                if (star) {
                    revisited.add(kv[0]);
                }
            }
            out.add(new TagScores("s" + i, scores, revisited));
        }
        return out;
    }
}
