/**
 * Language models from configuration: {@link io.interview4j.llm.config.LanguageModels} reads the environment and
 * builds a provider by name or every configured provider as a fallback chain. Non-null unless documented otherwise.
 */
package io.interview4j.llm.config;
