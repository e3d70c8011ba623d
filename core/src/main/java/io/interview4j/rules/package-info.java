/**
 * Each seed's numbers and tables: question counts and distributions, competencies, follow-up quotas, the target
 * level and the badges. {@link io.interview4j.plan.Presets} turns them into plan data; the engine's turn policy
 * and question picker follow the plan, so every decision a session sees is made in one place. Non-null unless
 * documented otherwise.
 */
package io.interview4j.rules;
