/** Interview plans, rounds, policies and the presets, one per seed. Non-null unless documented otherwise. */
package io.interview4j.plan;
