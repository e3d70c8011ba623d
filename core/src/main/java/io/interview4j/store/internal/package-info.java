/**
 * Rules every interview4j session store applies: the in-memory one beside the port and the JDBC one in
 * interview4j-storage-adapters. Not API: may change in any release.
 */
package io.interview4j.store.internal;
