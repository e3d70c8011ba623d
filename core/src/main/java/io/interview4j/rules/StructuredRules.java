package io.interview4j.rules;

import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 001's rules (structured interview): the interview type, 10 to 15 questions by level, and the question
 * distribution per type.
 */
public final class StructuredRules {

    /** The fewest questions a structured interview asks. */
    public static final int MIN_QUESTIONS = 10;
    /** The most questions a structured interview asks. */
    public static final int MAX_QUESTIONS = 15;

    private StructuredRules() {
    }

    /** Seed 001's interview types. */
    public enum InterviewType {
        /** 40 % behavioral, 30 % situational, 30 % role-specific. */
        HR,
        /** 50 % core, 30 % advanced, 20 % practical. */
        TECHNICAL,
        /** 60 % problem-solving, 40 % system design. */
        CASE,
        /** Balanced: a third each of HR, technical and case, each split as above. */
        MIXED;

        /**
         * @param value hr, technical, case or mixed, any case
         * @return the type
         * @throws InvalidInputException naming the value and the accepted ones
         */
        public static InterviewType parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown interview type '" + value
                        + "'; expected hr, technical, case or mixed", e);
            }
        }
    }

    /**
     * A bucket of the distribution: the bank kind and category its questions come from.
     *
     * @param kind bank kind
     * @param category bank category
     * @param share fraction of the interview, 0-1
     */
    public record Bucket(String kind, String category, double share) {
    }

    /**
     * How many questions a level gets: junior 10, mid 12, senior 15 (within seed 001's 10 to 15).
     *
     * @param level the candidate's level
     * @return the number of main questions
     */
    public static int questionCount(Level level) {
        return switch (level) {
            case JUNIOR -> 10;
            case MID -> 12;
            case SENIOR -> 15;
        };
    }

    /**
     * @param type the interview type
     * @return the buckets with their shares, summing to 1
     */
    public static List<Bucket> buckets(InterviewType type) {
        return switch (type) {
            case HR -> List.of(new Bucket("behavioral", "behavioral", 0.4), new Bucket("situational", "situational", 0.3),
                    new Bucket("hr", "role_specific", 0.3));
            case TECHNICAL -> List.of(new Bucket("technical", "core", 0.5), new Bucket("technical", "advanced", 0.3),
                    new Bucket("technical", "practical", 0.2));
            case CASE -> List.of(new Bucket("case", "problem_solving", 0.6),
                    new Bucket("system_design", "system_design", 0.4));
            case MIXED -> {
                List<Bucket> all = new ArrayList<>();
                for (InterviewType t : List.of(InterviewType.HR, InterviewType.TECHNICAL, InterviewType.CASE)) {
                    for (Bucket b : buckets(t)) {
                        all.add(new Bucket(b.kind(), b.category(), b.share() / 3));
                    }
                }
                yield List.copyOf(all);
            }
        };
    }

    /**
     * Splits {@code total} questions over the type's buckets by largest remainder, so counts sum to
     * {@code total} and each is within one of its exact share. A mixed interview is split over HR, technical and
     * case first (balanced: no type gets more than one question more than another), then within each type by its
     * own distribution.
     *
     * @param type the interview type
     * @param total the number of questions, 10 to 15
     * @return category to count, in bucket order, buckets with no question left out
     * @throws InvalidInputException when {@code total} is outside 10-15
     */
    public static Map<Bucket, Integer> distribute(InterviewType type, int total) {
        if (total < MIN_QUESTIONS || total > MAX_QUESTIONS) {
            throw new InvalidInputException("a structured interview asks 10 to 15 questions, not " + total);
        }
        Map<Bucket, Integer> result = new LinkedHashMap<>();
        if (type == InterviewType.MIXED) {
            List<InterviewType> types = List.of(InterviewType.HR, InterviewType.TECHNICAL, InterviewType.CASE);
            int[] perType = split(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, total);
            for (int t = 0; t < types.size(); t++) {
                List<Bucket> own = buckets(types.get(t));
                int[] counts = split(own.stream().mapToDouble(Bucket::share).toArray(), perType[t]);
                for (int i = 0; i < own.size(); i++) {
                    if (counts[i] > 0) {
                        Bucket b = own.get(i);
                        result.put(new Bucket(b.kind(), b.category(), b.share() / 3), counts[i]);
                    }
                }
            }
            return result;
        }
        List<Bucket> buckets = buckets(type);
        int[] counts = split(buckets.stream().mapToDouble(Bucket::share).toArray(), total);
        for (int i = 0; i < buckets.size(); i++) {
            if (counts[i] > 0) {
                result.put(buckets.get(i), counts[i]);
            }
        }
        return result;
    }

    /** Largest-remainder apportionment of {@code total} over {@code shares} (summing to 1); ties go to the first. */
    private static int[] split(double[] shares, int total) {
        int[] counts = new int[shares.length];
        double[] remainders = new double[shares.length];
        int assigned = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = shares[i] * total;
            counts[i] = (int) Math.floor(exact + 1e-9);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        while (assigned < total) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best] + 1e-9) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }
}
