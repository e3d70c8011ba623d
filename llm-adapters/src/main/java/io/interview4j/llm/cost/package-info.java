/** Estimated cost of model calls: {@link io.interview4j.llm.cost.PriceTable}. Non-null unless documented otherwise. */
package io.interview4j.llm.cost;
