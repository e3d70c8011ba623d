package io.interview4j.samples.cli;

import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.storage.file.FileQuestionBank;
import io.interview4j.storage.jdbc.JdbcQuestionBank;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bank import FILE...} and {@code bank export}: a host's own question sets, kept in the store's database
 * beside the sessions. {@code run} (and {@code resume}) draw from the built-in bank plus the imported questions;
 * an imported question replaces a built-in one with the same id, and importing an id again replaces it.
 */
@Command(name = "bank", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports and exports your own questions, kept in the store beside the sessions.",
                "Interviews draw from the built-in bank plus the imported questions."})
final class BankCommand {

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code bank import FILE...}: checks every file, then stores all their questions in one transaction. */
    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Imports questions from JSON or YAML files (.json, .yaml, .yml) into the store.",
                    "Every file is checked first: one bad entry refuses the whole import, naming the file, the entry"
                            + " and the field, and nothing is stored. A question whose id is already stored is replaced."})
    static final class Import implements Callable<Integer> {

        private final CliContext ctx;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Question files; ids must be unique across them.")
        List<Path> files;

        @Mixin
        Options.Store store;

        Import(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            List<BankQuestion> questions = FileQuestionBank.load(files).all();
            String where = store.spec(ctx);
            JdbcQuestionBank bank = ctx.stores().questionBank(where);
            int imported = bank.importQuestions(questions);
            int held = bank.all().size();
            long replacingBuiltIn = questions.stream()
                    .filter(q -> BuiltInQuestionBank.get().findById(q.id()).isPresent()).count();
            ctx.out().println("Imported " + plural(imported, "question") + " into " + Stores.describe(where)
                    + "; it holds " + plural(held, "imported question") + "."
                    + (replacingBuiltIn == 0 ? "" : " " + replacingBuiltIn + " replace built-in questions with the same id."));
            return 0;
        }
    }

    /** {@code bank export [--out FILE]}: the imported questions as JSON, in the layout {@code bank import} reads. */
    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Writes the questions imported into the store as JSON, in the layout 'bank import' reads.")
    static final class Export implements Callable<Integer> {

        private final CliContext ctx;

        @Option(names = "--out", paramLabel = "FILE", description = "Writes to FILE instead of stdout.")
        Path out;

        @Mixin
        Options.Store store;

        Export(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            String where = store.spec(ctx);
            List<BankQuestion> questions = ctx.stores().questionBank(where).all();
            StringWriter json = new StringWriter();
            FileQuestionBank.export(questions, json);
            String text = json.toString().endsWith("\n") ? json.toString() : json + "\n";
            if (out == null) {
                ctx.out().print(text);
                ctx.out().flush();
            } else {
                InputFiles.write(out, text, "the questions");
                ctx.err().println("Exported " + plural(questions.size(), "question") + " to " + out);
            }
            return 0;
        }
    }
}
