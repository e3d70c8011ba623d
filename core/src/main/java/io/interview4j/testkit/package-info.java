/**
 * Test support for hosts and adapters: {@link io.interview4j.testkit.ScriptedLanguageModel}. The abstract contract
 * tests of {@code SessionStore}, {@code QuestionBank} and {@code LanguageModel} ship in interview4j-core's test-jar,
 * in this package, with the loopback {@code StubServer} the language-model contract talks to.
 */
package io.interview4j.testkit;
