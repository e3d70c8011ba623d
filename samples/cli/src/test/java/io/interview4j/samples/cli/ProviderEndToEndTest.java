package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interview4j.llm.testing.FakeProviderServer;
import io.interview4j.llm.testing.FakeProviderServer.Protocol;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 4's "done when": a whole coaching interview through the CLI with each provider, pointed by its base-URL
 * variable at a loopback server speaking that provider's protocol, which first fails with retryable statuses and
 * then answers with structured evaluations built from the schema each request sends. Main questions come from the
 * bank ({@code --questions bank}) and feedback is written in code ({@code --feedback offline}) so that every call
 * counted is the judge's; {@link QuestionWriterCliTest} covers the model writing questions and {@link FeedbackCliTest}
 * the model writing feedback.
 */
class ProviderEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String REPAIR = "cut off at the output limit";
    private static final Pattern SCALE = Pattern.compile("on the scale (\\d+(?:\\.\\d+)?) to (\\d+(?:\\.\\d+)?)");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} after {1} and {2}")
    @CsvSource({
            "openai,    429, 503, OPENAI_BASE_URL,    OPENAI_API_KEY,    101, 31",
            "anthropic, 429, 529, ANTHROPIC_BASE_URL, ANTHROPIC_API_KEY, 102, 32",
            "gemini,    429, 503, GEMINI_BASE_URL,    GEMINI_API_KEY,    103, 33",
            "ollama,    429, 503, OLLAMA_BASE_URL,    ,                  104, 34",
    })
    void should_score_every_answer_by_model_and_count_usage_when_the_provider_first_fails(String provider,
            int firstError, int secondError, String baseUrlVariable, String keyVariable, long inputTokens,
            long outputTokens) throws Exception {
        // given
        // five main questions with up to three follow-ups each: enough answers that the interview ends by itself
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(20, -1, ""));
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.valueOf(provider.toUpperCase(Locale.ROOT)))
                .errors(List.of(firstError, secondError)).usage(inputTokens, outputTokens)
                .responder(call -> evaluation(call.schema().orElseThrow(), call.prompt())).start()) {
            Map<String, String> env = keyVariable == null
                    ? Map.of(baseUrlVariable, server.baseUrl())
                    : Map.of(baseUrlVariable, server.baseUrl(), keyVariable, "test-key-" + provider);

            // when
            CliRunner.Result result = aCli().withEnv(env).run("--provider", provider, "--preset", "coaching", "--questions", "bank", "--feedback", "offline",
                    "--answers", answers.toString(), "--format", "json");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).contains("Model: " + provider).doesNotContain("No more answers");
            JsonNode report = JSON.readTree(result.out());
            assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
            List<JsonNode> answered = StreamSupport.stream(report.get("questions").spliterator(), false)
                    .filter(q -> q.hasNonNull("answer")).toList();
            assertThat(answered.stream().filter(q -> q.get("kind").asText().equals("MAIN"))).hasSize(5);
            assertThat(answered)
                    .allSatisfy(q -> assertThat(q.get("provenance").asText()).as(q.get("label").asText()).isEqualTo("MODEL"));
            int calls = answered.size();
            assertThat(server.requests()).as("two failures, then one call per answer").hasSize(calls + 2);
            assertThat(server.successCount()).isEqualTo(calls);
            JsonNode usage = report.get("usage");
            assertThat(usage.get("modelCalls").asInt()).isEqualTo(calls);
            assertThat(usage.get("inputTokens").asLong()).isEqualTo(calls * inputTokens);
            assertThat(usage.get("outputTokens").asLong()).isEqualTo(calls * outputTokens);
        }
    }

    @Test
    void should_fall_back_to_the_next_configured_provider_when_provider_is_auto_and_the_first_refuses_the_key()
            throws Exception {
        // given openai refuses every call for good; anthropic answers after one overloaded error
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(20, -1, ""));
        try (FakeProviderServer openai = FakeProviderServer.builder(Protocol.OPENAI)
                .errors(Collections.nCopies(40, 401)).start();
             FakeProviderServer anthropic = FakeProviderServer.builder(Protocol.ANTHROPIC).errors(List.of(529))
                     .usage(50, 10).responder(call -> evaluation(call.schema().orElseThrow(), call.prompt())).start()) {
            Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-test-openai", "OPENAI_BASE_URL", openai.baseUrl(),
                    "ANTHROPIC_API_KEY", "sk-ant-test", "ANTHROPIC_BASE_URL", anthropic.baseUrl());

            // when
            CliRunner.Result result = aCli().withEnv(env).run("--provider", "auto", "--questions", "bank", "--feedback", "offline", "--answers", answers.toString(),
                    "--format", "json");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).contains("Model: openai → anthropic");
            JsonNode report = JSON.readTree(result.out());
            assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
            List<JsonNode> answered = StreamSupport.stream(report.get("questions").spliterator(), false)
                    .filter(q -> q.hasNonNull("answer")).toList();
            assertThat(answered).isNotEmpty().allSatisfy(q -> assertThat(q.get("provenance").asText()).isEqualTo("MODEL"));
            assertThat(openai.requests()).as("401 is not retried: one refused call per answer").hasSize(answered.size());
            assertThat(anthropic.successCount()).isEqualTo(answered.size());
            assertThat(report.get("usage").get("inputTokens").asLong()).isEqualTo(50L * answered.size());
        }
    }

    @Test
    void should_score_the_rest_offline_and_say_so_when_the_token_budget_is_spent() throws Exception {
        // given each call reports 700 tokens, so a budget of 1,500 allows three calls
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(20, -1, ""));
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.OPENAI).usage(600, 100)
                .responder(call -> evaluation(call.schema().orElseThrow(), call.prompt())).start()) {
            Map<String, String> env = Map.of("OPENAI_BASE_URL", server.baseUrl(), "OPENAI_API_KEY", "sk-test");

            // when
            CliRunner.Result result = aCli().withEnv(env).run("--provider", "openai", "--budget-tokens", "1500", "--questions", "bank", "--feedback", "offline",
                    "--answers", answers.toString(), "--format", "json");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode report = JSON.readTree(result.out());
            List<JsonNode> answered = StreamSupport.stream(report.get("questions").spliterator(), false)
                    .filter(q -> q.hasNonNull("answer")).toList();
            assertThat(server.successCount()).isEqualTo(3);
            assertThat(answered.subList(0, 3)).allSatisfy(q -> assertThat(q.get("provenance").asText()).isEqualTo("MODEL"));
            assertThat(answered.subList(3, answered.size())).isNotEmpty().allSatisfy(q -> {
                assertThat(q.get("provenance").asText()).isEqualTo("HEURISTIC");
                assertThat(q.get("flags").toString()).contains("BUDGET_EXHAUSTED");
            });
            JsonNode usage = report.get("usage");
            assertThat(usage.get("budgetExhausted").asBoolean()).isTrue();
            assertThat(usage.get("scoredOfflineForBudget").asInt()).isEqualTo(answered.size() - 3);
            assertThat(usage.get("modelCalls").asInt()).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "--structured-output {0}")
    @CsvSource({"json_object, json_object", "none, ", "json_schema, json_schema"})
    void should_send_the_structured_output_mode_and_the_output_cap_the_flags_name(String mode, String sentType)
            throws Exception {
        // given a local OpenAI-compatible server; the variables say otherwise, and the flags win
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(20, -1, ""));
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.OPENAI)
                .responder(call -> evaluation(call.schema().orElseGet(() -> schemaInPrompt(call.prompt())), call.prompt()))
                .start()) {
            Map<String, String> env = Map.of("OPENAI_BASE_URL", server.baseUrl(),
                    "INTERVIEW4J_STRUCTURED_OUTPUT", mode.equals("json_schema") ? "none" : "json_schema",
                    "INTERVIEW4J_MAX_TOKENS", "5000");

            // when
            CliRunner.Result result = aCli().withEnv(env).run("--provider", "openai", "--structured-output", mode,
                    "--max-tokens", "900", "--answers", answers.toString(), "--format", "json");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode report = JSON.readTree(result.out());
            List<String> provenance = new java.util.ArrayList<>();
            report.get("questions").forEach(q -> provenance.add(q.path("provenance").asText()));
            assertThat(provenance).isNotEmpty().containsOnly("MODEL");
            assertThat(server.requests()).isNotEmpty().allSatisfy(request -> {
                JsonNode type = request.json().at("/response_format/type");
                assertThat(type.isMissingNode() ? null : type.asText()).isEqualTo(sentType);
                assertThat(request.json().path("max_tokens").asInt()).isEqualTo(900);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"openai, OPENAI_BASE_URL, OPENAI_API_KEY", "anthropic, ANTHROPIC_BASE_URL, ANTHROPIC_API_KEY",
            "gemini, GEMINI_BASE_URL, GEMINI_API_KEY", "ollama, OLLAMA_BASE_URL, "})
    void should_ask_for_a_shorter_reply_and_score_by_model_when_every_first_reply_is_cut_off_at_the_cap(String provider,
            String baseUrlVariable, String keyVariable) throws Exception {
        // given: every call that is not a repair is answered with half a reply and the protocol's own "output cap
        // reached" reason (the judge's and the question writer's calls alike)
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(20, -1, ""));
        java.util.function.Predicate<FakeProviderServer.Call> first = call -> !call.prompt().contains(REPAIR);
        try (FakeProviderServer server = FakeProviderServer.builder(Protocol.valueOf(provider.toUpperCase(Locale.ROOT)))
                .truncated(first)
                .responder(call -> {
                    String whole = evaluation(call.schema().orElseThrow(), call.prompt());
                    return first.test(call) ? whole.substring(0, whole.length() / 2) : whole;
                }).start()) {
            Map<String, String> env = keyVariable == null ? Map.of(baseUrlVariable, server.baseUrl())
                    : Map.of(baseUrlVariable, server.baseUrl(), keyVariable, "test-key-" + provider);

            // when
            // (the judge's calls alone: every main question from the bank)
            CliRunner.Result result = aCli().withEnv(env).run("--provider", provider, "--max-tokens", "700",
                    "--questions", "bank", "--feedback", "offline", "--answers", answers.toString(), "--format", "json");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode report = JSON.readTree(result.out());
            List<JsonNode> answered = StreamSupport.stream(report.get("questions").spliterator(), false)
                    .filter(q -> q.hasNonNull("answer")).toList();
            assertThat(answered).isNotEmpty()
                    .allSatisfy(q -> assertThat(q.get("provenance").asText()).as(q.get("label").asText()).isEqualTo("MODEL"));
            List<String> judged = server.requests().stream().map(r -> r.body())
                    .filter(b -> b.contains("You grade one answer")).toList();
            long repairs = judged.stream().filter(b -> b.contains(REPAIR)).count();
            assertThat(repairs).as("one repair per cut-off judgement").isEqualTo(judged.size() - repairs)
                    .isEqualTo(answered.size());
            assertThat(server.requests().stream().map(r -> r.body()).filter(b -> b.contains(REPAIR)))
                    .allSatisfy(b -> assertThat(b).contains(REPAIR + " of 700 tokens").contains("shorter"));
        }
    }

    @Test
    void should_refuse_an_unknown_structured_output_mode_or_a_cap_below_one() {
        CliRunner.Result mode = aCli().run("--provider", "offline", "--structured-output", "grammar", "--store", "memory");
        CliRunner.Result cap = aCli().run("--provider", "offline", "--max-tokens", "0", "--store", "memory");

        assertThat(mode.exitCode()).isEqualTo(2);
        assertThat(mode.err()).contains("--structured-output").contains("json_schema, json_object, none");
        assertThat(cap.exitCode()).isEqualTo(2);
        assertThat(cap.err()).contains("--max-tokens").contains("not a whole number above zero");
    }

    /** The schema an adapter put in the system prompt when the server is not sent one. */
    private static JsonNode schemaInPrompt(String prompt) {
        String marker = "follows this JSON schema:\n";
        int at = prompt.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("the prompt carries no schema");
        }
        String rest = prompt.substring(at + marker.length());
        int end = rest.indexOf('\n');
        try {
            return JSON.readTree(end < 0 ? rest : rest.substring(0, end));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_refuse_a_budget_that_is_not_a_whole_number_above_zero() {
        CliRunner.Result result = aCli().run("--provider", "offline", "--budget-tokens", "0", "--store", "memory");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--budget-tokens").contains("not a whole number above zero");
    }

    /** A valid evaluation for any schema the judge sends, in any provider's schema dialect. */
    private static String evaluation(JsonNode schema, String prompt) {
        Matcher scale = SCALE.matcher(prompt);
        if (!scale.find()) {
            throw new IllegalStateException("the judge's prompt names no scale");
        }
        double min = Double.parseDouble(scale.group(1));
        double max = Double.parseDouble(scale.group(2));
        return valueFor(schema, "", Math.round(min + (max - min) * 0.7)).toString();
    }

    private static JsonNode valueFor(JsonNode schema, String name, double score) {
        String type = schema.path("type").asText("object").toLowerCase(Locale.ROOT);
        switch (type) {
            case "object": {
                ObjectNode out = JSON.createObjectNode();
                schema.path("properties").fields().forEachRemaining(p -> out.set(p.getKey(), valueFor(p.getValue(), p.getKey(), score)));
                return out;
            }
            case "array": {
                ArrayNode out = JSON.createArrayNode();
                out.add(valueFor(schema.path("items"), name, score));
                return out;
            }
            case "number":
                return JSON.getNodeFactory().numberNode(score);
            case "integer":
                return JSON.getNodeFactory().numberNode(90);
            default: {
                JsonNode values = schema.path("enum");
                if (values.isArray() && !values.isEmpty()) {
                    for (JsonNode v : values) {
                        if (v.asText().equals("next_question")) {
                            return v;
                        }
                    }
                    return values.get(0);
                }
                return JSON.getNodeFactory().textNode("A clear " + name.replace('_', ' ') + " note.");
            }
        }
    }
}
