/**
 * Each seed's decision rules as pure functions. The presets in {@link io.interview4j.plan.Presets} encode them
 * as plan data the engine follows; these functions state them one by one and are table-tested.
 */
package io.interview4j.rules;
