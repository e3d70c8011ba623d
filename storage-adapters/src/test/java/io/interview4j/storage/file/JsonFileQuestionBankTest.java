package io.interview4j.storage.file;

import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.testkit.QuestionBankContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class JsonFileQuestionBankTest extends QuestionBankContract {

    @TempDir
    Path dir;

    @Override
    protected QuestionBank bank(List<BankQuestion> questions) {
        Path file = dir.resolve("questions.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            FileQuestionBank.export(questions, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FileQuestionBank.load(file);
    }
}
