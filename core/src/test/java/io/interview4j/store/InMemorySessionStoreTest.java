package io.interview4j.store;

import io.interview4j.testkit.SessionStoreContract;

class InMemorySessionStoreTest extends SessionStoreContract {

    @Override
    protected SessionStore store() {
        return new InMemorySessionStore();
    }
}
