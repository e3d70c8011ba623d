package io.interview4j.storage.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.interview4j.Difficulty;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.QuestionBankSchema;
import io.interview4j.bank.QuestionQuery;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question bank loaded from JSON or YAML files: a host's own question sets.
 *
 * <p>A file holds a list of questions, either as its top-level array or under a top-level {@code questions}
 * key. Each question has the fields of {@link BankQuestion}:
 * <pre>{@code
 * - id: beh-101                  # required, unique over every file loaded together
 *   kind: behavioral             # required: behavioral, situational, hr, technical, dsa, system_design, case
 *   category: behavioral         # default: the kind
 *   competency: leadership       # default: none
 *   skills: [ownership]          # lowercase tags (lowercased on load)
 *   levels: [mid, senior]        # junior, mid, senior; empty means every level
 *   difficulty: medium           # required: easy, medium, hard
 *   roles: []                    # roles it is specific to; empty means any role
 *   companies: [acme]            # companies known to ask it
 *   text: Tell me about a time you led without authority.   # required
 *   keyPoints: [situation, action, result]
 *   referenceAnswer: ""
 *   followUps: ["What would you do differently?"]
 *   suggestedSeconds: 180        # 1 to 7200; default 120
 * }</pre>
 * A file with any bad entry is refused whole, with an {@link InvalidInputException} naming the file, the entry
 * (its position from 1 and its id) and the field. Unknown fields are refused too, so that a misspelt field is
 * not silently ignored. Files over {@value #MAX_FILE_BYTES} bytes are refused.
 *
 * <p>Queries run as in {@link InMemoryQuestionBank}. Immutable and thread-safe.
 */
public final class FileQuestionBank implements QuestionBank {

    /** The largest file accepted, in bytes: 10 MiB. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The kinds a question may have. */
    public static final Set<String> KINDS =
            Set.of("behavioral", "situational", "hr", "technical", "dsa", "system_design", "case");

    private static final List<String> FIELDS = List.of("id", "kind", "category", "competency", "skills", "levels",
            "difficulty", "roles", "companies", "text", "keyPoints", "referenceAnswer", "followUps", "suggestedSeconds");
    private static final int MAX_SECONDS = 7200;
    private static final int MAX_ID_LENGTH = 255;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** The file formats read and written. */
    public enum Format {
        /** JSON ({@code .json}). */
        JSON,
        /** YAML ({@code .yaml} or {@code .yml}). */
        YAML;

        /**
         * @param file a file
         * @return its format, from its extension
         * @throws InvalidInputException when the extension is none of {@code .json}, {@code .yaml}, {@code .yml}
         */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return YAML;
            }
            throw new InvalidInputException(file + ": a question file must end in .json, .yaml or .yml");
        }
    }

    private final InMemoryQuestionBank delegate;

    private FileQuestionBank(List<BankQuestion> questions) {
        this.delegate = new InMemoryQuestionBank(questions);
    }

    /**
     * Loads one or more files into one bank, in the order given.
     *
     * @param files JSON or YAML files
     * @return the bank
     * @throws InvalidInputException naming the file, entry and field when a file is unreadable, malformed or
     *     holds a bad entry, or when two entries share an id
     */
    public static FileQuestionBank load(Path... files) {
        return load(List.of(files));
    }

    /**
     * Loads files into one bank, in the order given.
     *
     * @param files JSON or YAML files
     * @return the bank
     * @throws InvalidInputException naming the file, entry and field when a file is unreadable, malformed or
     *     holds a bad entry, or when two entries share an id
     */
    public static FileQuestionBank load(List<Path> files) {
        List<BankQuestion> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            List<BankQuestion> read = read(file);
            for (int i = 0; i < read.size(); i++) {
                String where = file + " entry " + (i + 1);
                String earlier = seen.putIfAbsent(read.get(i).id(), where);
                if (earlier != null) {
                    throw new InvalidInputException(where + " (id '" + read.get(i).id() + "'): field 'id': "
                            + "already used by " + earlier);
                }
            }
            all.addAll(read);
        }
        return new FileQuestionBank(all);
    }

    /**
     * Reads and checks one file.
     *
     * @param file a JSON or YAML file
     * @return its questions, in file order
     * @throws InvalidInputException naming the file, entry and field when the file is unreadable, too large,
     *     malformed or holds a bad entry
     */
    public static List<BankQuestion> read(Path file) {
        Objects.requireNonNull(file, "file");
        Format format = Format.of(file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidInputException(file + ": the file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(reader, format, file.toString());
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read the file: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(file + ": cannot read the file: " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Reads and checks questions from text.
     *
     * @param reader the text; not closed
     * @param format its format
     * @param source a name for the text in error messages, such as its file name
     * @return the questions, in order
     * @throws InvalidInputException naming the source, entry and field when the text is malformed or holds a bad
     *     entry, or when two entries share an id
     */
    public static List<BankQuestion> read(Reader reader, Format format, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(format, "format");
        JsonNode root;
        try {
            root = (format == Format.JSON ? JSON : YAML).readTree(reader);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ": not valid " + format + ": " + e.getOriginalMessage()
                    + location(e), e);
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read: " + e.getMessage(), e);
        }
        JsonNode list = root;
        if (root != null && root.isObject()) {
            list = root.get("questions");
            if (list == null) {
                throw new InvalidInputException(source + ": expected a list of questions, or an object with a "
                        + "'questions' list");
            }
        }
        if (list == null || list.isMissingNode() || list.isNull()) {
            throw new InvalidInputException(source + ": the file holds no questions");
        }
        if (!list.isArray()) {
            throw new InvalidInputException(source + ": 'questions' must be a list");
        }
        List<BankQuestion> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        int index = 0;
        for (JsonNode entry : list) {
            index++;
            Entry checked = new Entry(source, index, entry);
            BankQuestion q = checked.toQuestion();
            checked.conform();
            Integer earlier = ids.putIfAbsent(q.id(), index);
            if (earlier != null) {
                throw new InvalidInputException(source + ": entry " + index + " (id '" + q.id() + "'): field 'id': "
                        + "already used by entry " + earlier);
            }
            questions.add(q);
        }
        return List.copyOf(questions);
    }

    /**
     * Writes questions as JSON in the layout this class reads.
     *
     * @param questions the questions
     * @param out where to write; flushed, not closed
     * @throws InterviewException when writing fails
     */
    public static void export(List<BankQuestion> questions, Writer out) {
        export(questions, out, Format.JSON);
    }

    /**
     * Writes questions in the layout this class reads.
     *
     * @param questions the questions
     * @param out where to write; flushed, not closed
     * @param format JSON or YAML
     * @throws InterviewException when writing fails
     */
    public static void export(List<BankQuestion> questions, Writer out, Format format) {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(out, "out");
        try {
            ObjectMapper mapper = format == Format.JSON ? JSON : YAML;
            mapper.writer().with(SerializationFeature.INDENT_OUTPUT)
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, List.copyOf(questions));
            out.flush();
        } catch (IOException e) {
            throw new InterviewException("cannot write the questions: " + e.getMessage(), e);
        }
    }

    @Override
    public List<BankQuestion> find(QuestionQuery query) {
        return delegate.find(query);
    }

    @Override
    public Optional<BankQuestion> findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public List<BankQuestion> all() {
        return delegate.all();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** The schema of one question: {@link QuestionBankSchema}'s {@code $defs/question}, loaded once. */
    private static final class Schemas {
        static final Schema QUESTION = load();

        private static Schema load() {
            try {
                ObjectNode schema = (ObjectNode) JSON.readTree(QuestionBankSchema.text());
                schema.remove("oneOf");
                schema.put("$ref", "#/$defs/question");
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
            } catch (IOException e) {
                throw new InterviewException("the question bank schema is not valid JSON", e);
            }
        }
    }

    /** One entry of a file, checked field by field, then against the schema. */
    private static final class Entry {
        private final String source;
        private final int index;
        private final JsonNode node;
        private String id;

        Entry(String source, int index, JsonNode node) {
            this.source = source;
            this.index = index;
            this.node = node;
        }

        BankQuestion toQuestion() {
            if (!node.isObject()) {
                throw new InvalidInputException(source + ": entry " + index + ": must be an object with the fields "
                        + String.join(", ", FIELDS));
            }
            id = idField();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    throw bad(name, "unknown field; the fields are " + String.join(", ", FIELDS));
                }
            }
            String kind = required("kind").toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                throw bad("kind", "'" + kind + "' is not one of " + String.join(", ", KINDS.stream().sorted().toList()));
            }
            String difficultyText = required("difficulty");
            Difficulty difficulty;
            try {
                difficulty = Difficulty.parse(difficultyText);
            } catch (InvalidInputException e) {
                throw bad("difficulty", "'" + difficultyText + "' is not easy, medium or hard");
            }
            List<String> levels = new ArrayList<>();
            for (String level : strings("levels", true)) {
                try {
                    levels.add(Level.parse(level).label());
                } catch (InvalidInputException e) {
                    throw bad("levels", "'" + level + "' is not junior, mid or senior");
                }
            }
            int seconds = 0;
            JsonNode s = node.get("suggestedSeconds");
            if (s != null && !s.isNull()) {
                if (!s.canConvertToInt() || !s.isIntegralNumber() || s.intValue() < 1 || s.intValue() > MAX_SECONDS) {
                    throw bad("suggestedSeconds", "must be a whole number of seconds from 1 to " + MAX_SECONDS
                            + ", was " + s);
                }
                seconds = s.intValue();
            }
            String category = optional("category");
            return new BankQuestion(id, kind, category.isBlank() ? kind : category.strip().toLowerCase(Locale.ROOT),
                    optional("competency").strip(), strings("skills", true), levels, difficulty, strings("roles", true),
                    strings("companies", true), required("text"), strings("keyPoints", false),
                    optional("referenceAnswer"), strings("followUps", false), seconds);
        }

        private String idField() {
            JsonNode v = node.get("id");
            if (v == null || v.isNull()) {
                throw bad("id", "is required");
            }
            if (!v.isTextual() && !v.isIntegralNumber()) {
                throw bad("id", "must be a string");
            }
            String text = v.asText().strip();
            if (text.isEmpty()) {
                throw bad("id", "must not be blank");
            }
            if (text.length() > MAX_ID_LENGTH) {
                throw bad("id", "is longer than " + MAX_ID_LENGTH + " characters");
            }
            return text;
        }

        private String required(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw bad(field, "is required");
            }
            if (!v.isTextual()) {
                throw bad(field, "must be a string, was " + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            if (v.asText().isBlank()) {
                throw bad(field, "must not be blank");
            }
            return v.asText().strip();
        }

        private String optional(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return "";
            }
            if (!v.isTextual()) {
                throw bad(field, "must be a string, was " + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return v.asText();
        }

        private List<String> strings(String field, boolean lowercase) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw bad(field, "must be a list of strings");
            }
            List<String> out = new ArrayList<>();
            int i = 0;
            for (JsonNode item : v) {
                i++;
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw bad(field, "item " + i + " must be a non-blank string");
                }
                String text = item.asText().strip();
                out.add(lowercase ? text.toLowerCase(Locale.ROOT) : text);
            }
            return out;
        }

        /** Validates the entry against the question schema that ships in core, naming the first field it refuses. */
        void conform() {
            List<Error> errors = Schemas.QUESTION.validate(node);
            if (errors.isEmpty()) {
                return;
            }
            Error e = errors.get(0);
            NodePath at = e.getInstanceLocation();
            String field = at.getNameCount() > 0 ? String.valueOf(at.getElement(0))
                    : e.getProperty() != null ? e.getProperty() : "(entry)";
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw bad(field, "does not match the question bank schema: "
                    + (message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message));
        }

        private InvalidInputException bad(String field, String problem) {
            return new InvalidInputException(source + ": entry " + index + (id == null ? "" : " (id '" + id + "')")
                    + ": field '" + field + "': " + problem);
        }
    }
}
