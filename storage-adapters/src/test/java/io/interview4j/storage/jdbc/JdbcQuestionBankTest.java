package io.interview4j.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.testkit.QuestionBankContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question-bank contract on every database, and what the SQL bank adds. */
class JdbcQuestionBankTest {

    abstract static class OnDatabase extends QuestionBankContract {
        @TempDir
        Path dir;
        HikariDataSource pool;
        String prefix;

        abstract TestDatabases database();

        @Override
        protected QuestionBank bank(List<BankQuestion> questions) {
            pool = database().open(dir, 4);
            prefix = TestDatabases.uniquePrefix();
            JdbcQuestionBank bank = JdbcQuestionBank.builder().dataSource(pool).tablePrefix(prefix).build();
            bank.importQuestions(questions);
            return bank;
        }

        @AfterEach
        void cleanUp() {
            if (pool != null) {
                TestDatabases.dropTables(pool, prefix);
                pool.close();
            }
        }
    }

    @Nested
    class Sqlite extends OnDatabase {
        @Override
        TestDatabases database() {
            return TestDatabases.SQLITE;
        }

        @Test
        void should_replace_a_question_in_place_when_importing_its_id_again() {
            // given
            JdbcQuestionBank bank = (JdbcQuestionBank) bank(fixture());
            BankQuestion changed = aQuestion("beh-2", "behavioral", "behavioral", "teamwork", List.of("conflict"),
                    List.of(), Difficulty.HARD, List.of(), List.of(), "Describe a disagreement you lost.");

            // when
            int imported = bank.importQuestions(List.of(changed,
                    aQuestion("new-1", "hr", "motivation", "", List.of(), List.of(), Difficulty.EASY, List.of(),
                            List.of(), "Why us?")));

            // then
            assertThat(imported).isEqualTo(2);
            assertThat(bank.findById("beh-2")).contains(changed);
            assertThat(bank.all()).hasSize(fixture().size() + 1);
            assertThat(bank.all().get(1)).isEqualTo(changed);
            assertThat(bank.all().get(fixture().size()).id()).isEqualTo("new-1");
        }

        @Test
        void should_refuse_the_import_when_two_questions_share_an_id() {
            // given
            JdbcQuestionBank bank = (JdbcQuestionBank) bank(List.of());
            BankQuestion q = fixture().get(0);

            // when / then
            assertThatThrownBy(() -> bank.importQuestions(List.of(q, q)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(q.id());
            assertThat(bank.all()).isEmpty();
        }

        @Test
        void should_forget_a_question_when_removed() {
            // given
            JdbcQuestionBank bank = (JdbcQuestionBank) bank(fixture());

            // when
            boolean removed = bank.remove("beh-1");

            // then
            assertThat(removed).isTrue();
            assertThat(bank.findById("beh-1")).isEmpty();
            assertThat(bank.remove("beh-1")).isFalse();
        }
    }

    @Nested
    class H2 extends OnDatabase {
        @Override
        TestDatabases database() {
            return TestDatabases.H2;
        }
    }

    @Nested
    class Postgres extends OnDatabase {
        @Override
        TestDatabases database() {
            return TestDatabases.POSTGRES;
        }
    }

    @Nested
    class MariaDb extends OnDatabase {
        @Override
        TestDatabases database() {
            return TestDatabases.MARIADB;
        }
    }
}
