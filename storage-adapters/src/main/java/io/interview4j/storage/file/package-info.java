/**
 * Question banks from JSON and YAML files. Non-null unless documented otherwise.
 */
package io.interview4j.storage.file;
