/**
 * Rules shared by interview4j's session stores. Not API: may change in any release.
 */
package io.interview4j.storage.internal;
