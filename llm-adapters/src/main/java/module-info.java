/**
 * interview4j's language-model adapters: OpenAI-compatible, Anthropic, Gemini and Ollama clients over
 * {@code java.net.http}, speech to text, retry and fallback, prices, configuration from the environment, and a
 * bridge to LangChain4j (whose jar the host brings). The {@code *.internal} packages hold wire records and helpers
 * and are not exported; their records are opened to Jackson only.
 */
module io.interview4j.llm {
    requires transitive io.interview4j.core;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.core;
    requires static langchain4j.core;

    exports io.interview4j.llm.anthropic;
    exports io.interview4j.llm.config;
    exports io.interview4j.llm.cost;
    exports io.interview4j.llm.exception;
    exports io.interview4j.llm.gemini;
    exports io.interview4j.llm.http;
    exports io.interview4j.llm.langchain4j;
    exports io.interview4j.llm.ollama;
    exports io.interview4j.llm.openai;
    exports io.interview4j.llm.resilience;
    exports io.interview4j.llm.speech;

    opens io.interview4j.llm.anthropic.internal to com.fasterxml.jackson.databind;
    opens io.interview4j.llm.gemini.internal to com.fasterxml.jackson.databind;
    opens io.interview4j.llm.ollama.internal to com.fasterxml.jackson.databind;
    opens io.interview4j.llm.openai.internal to com.fasterxml.jackson.databind;
}
