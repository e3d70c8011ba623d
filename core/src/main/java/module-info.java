/**
 * interview4j's core: the engine, its domain, the decision rules, scoring, reports and the ports adapters
 * implement. Exports its public API only; {@code io.interview4j.store.internal} is for the storage adapters.
 * The packages whose values Jackson reads and writes (events, plans, evaluations, reports, the bundled resources)
 * are open to Jackson only.
 */
module io.interview4j.core {
    // Public signatures use JsonNode (ChatRequest, StructuredChat) and ObjectMapper (EventJson.newMapper).
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires org.jsoup;

    exports io.interview4j;
    exports io.interview4j.bank;
    exports io.interview4j.engine;
    exports io.interview4j.feedback;
    exports io.interview4j.llm;
    exports io.interview4j.plan;
    exports io.interview4j.report;
    exports io.interview4j.rules;
    exports io.interview4j.scoring;
    exports io.interview4j.session;
    exports io.interview4j.store;
    exports io.interview4j.testkit;
    exports io.interview4j.text;
    exports io.interview4j.store.internal to io.interview4j.storage;

    opens io.interview4j to com.fasterxml.jackson.databind;
    opens io.interview4j.bank to com.fasterxml.jackson.databind;
    opens io.interview4j.feedback to com.fasterxml.jackson.databind;
    opens io.interview4j.llm to com.fasterxml.jackson.databind;
    opens io.interview4j.plan to com.fasterxml.jackson.databind;
    opens io.interview4j.report to com.fasterxml.jackson.databind;
    opens io.interview4j.scoring to com.fasterxml.jackson.databind;
    opens io.interview4j.session to com.fasterxml.jackson.databind;
    opens io.interview4j.store to com.fasterxml.jackson.databind;
    opens io.interview4j.text to com.fasterxml.jackson.databind;
}
