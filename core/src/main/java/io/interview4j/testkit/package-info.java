/**
 * Test support for hosts and adapters: {@link io.interview4j.testkit.ScriptedLanguageModel}. The abstract contract
 * tests of {@code SessionStore} and {@code QuestionBank} ship in interview4j-core's test-jar, in this package.
 */
package io.interview4j.testkit;
