package io.interview4j.samples.web;

/** The REST contract on the embedded SQLite store. */
class SqliteRestTest extends RestContractTest {
}
