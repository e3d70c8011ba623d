package io.interview4j.scoring;

import java.util.Map;

/** The heuristic scorer's component scores on 0-1, and the score of each dimension it knows by name. */
record ComponentScores(double content, double completeness, double relevance, double structure, double depth,
                       double clarity, double competency, double overall, boolean behavioural,
                       Map<String, Double> byName) {

    double forDimension(String name) {
        Double v = byName.get(name);
        return v == null ? overall : v;
    }
}
