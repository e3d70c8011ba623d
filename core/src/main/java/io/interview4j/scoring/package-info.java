/** Rubrics, evaluations, the answer gate and the scorers. Non-null unless documented otherwise. */
package io.interview4j.scoring;
