package io.interview4j.benchmarks;

import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.scoring.HeuristicTuning;
import io.interview4j.scoring.Rubric;
import io.interview4j.scoring.Rubrics;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Measures the offline scorer's agreement with human graders on Mohler et al.'s short-answer data
 * ({@code ../shared/data/mohler/mohler_dev.csv}, never copied into this repository): Pearson r and RMSE on the
 * 0-5 gold scale.
 *
 * <p>Each answer is scored by {@link HeuristicEvaluator} on the topic-drill rubric with the question, the
 * instructor's reference answer and kind {@code technical}, exactly as {@code score --input FILE --rubric
 * topic-drill} scores a line {@code {"question", "answer", "reference"}}. Two predictions are compared with the
 * gold score:
 * <ul>
 *   <li>untuned: the 0-100 overall divided by 20, nothing fitted here;</li>
 *   <li>calibrated: a least-squares line through the rubric's three dimensions, fitted on the answers of the
 *       training folds' questions only and applied to the held-out fold's questions (cross-validation by
 *       question), clamped to 0-5.</li>
 * </ul>
 * Both use {@link HeuristicTuning#defaults()}. Those defaults were set by hand with this file in view, so both
 * figures are optimistic for unseen questions; {@code phraseShare} (0.4, of 0.2, 0.4 and 0.6 tried) and
 * {@code precisionShare} (0.3, of 0.3 and 0.5 tried) were also picked by this benchmark's held-out figure.
 *
 * <p>The honest figure refits the scorer's most influential constants ({@link #KNOBS}) on the training folds
 * only: for each fold, every combination of the grid is scored, the calibration line is fitted on the training
 * questions' answers, and the combination with the best pooled r on those training answers is kept, with its
 * calibration, to predict the held-out questions. It prints each fold's chosen constants, training r, held-out r
 * and RMSE, and r and RMSE over all held-out predictions. Each combination scores the whole file once, whatever
 * the folds, so the grid costs one scoring pass per combination.
 *
 * <p>What this still cannot refit: the synonym table and the generic and question-frame word lists in
 * {@code AnswerAnalyzer}; entries that only served this file's wording have been removed from them.
 *
 * <p>Run: {@code java -cp samples/benchmarks/target/benchmarks.jar io.interview4j.benchmarks.MohlerAgreement
 * ../shared/data/mohler/mohler_dev.csv [folds] [--predictions OUT.csv]}
 */
public final class MohlerAgreement {

    /** The folds used when none are given. */
    public static final int DEFAULT_FOLDS = 5;

    /**
     * One constant of {@link HeuristicTuning} searched by the grid.
     *
     * @param name the component's name
     * @param values the values tried
     * @param set a copy of a tuning with the constant changed
     * @param get the constant's value in a tuning
     */
    record Knob(String name, double[] values, BiFunction<HeuristicTuning, Double, HeuristicTuning> set,
                ToDoubleFunction<HeuristicTuning> get) {
    }

    /**
     * The constants refitted on the training folds, chosen as the three that moved r the most when varied one at a
     * time (the question-word weight by far; the blend of coverage and similarity and the recall emphasis a
     * little; the credit threshold, generic-word weight, similarity gain and length ratio hardly at all).
     */
    static final List<Knob> KNOBS = List.of(
            new Knob("questionWordWeight", new double[] {0.05, 0.15, 0.3, 0.5}, HeuristicTuning::withQuestionWordWeight,
                    HeuristicTuning::questionWordWeight),
            new Knob("coverageShare", new double[] {0.3, 0.6, 0.9}, HeuristicTuning::withCoverageShare,
                    HeuristicTuning::coverageShare),
            new Knob("recallEmphasis", new double[] {1, 2, 4}, HeuristicTuning::withRecallEmphasis,
                    HeuristicTuning::recallEmphasis));

    /**
     * One answer of the data set, ready to score.
     *
     * @param answerId the data set's answer id
     * @param questionId the question it answers
     * @param gold the human graders' average, 0-5
     * @param request what the scorer is given
     */
    record Item(String answerId, String questionId, double gold, EvaluationRequest request) {
    }

    /**
     * One scored answer.
     *
     * @param answerId the data set's answer id
     * @param questionId the question it answers
     * @param gold the human graders' average, 0-5
     * @param features the rubric's dimension scores, then a constant 1
     * @param raw the untuned prediction, the overall score divided by 20
     */
    record Row(String answerId, String questionId, double gold, double[] features, double raw) {
    }

    /**
     * One fold's held-out figures.
     *
     * @param fold the fold, from 0
     * @param questions the held-out questions
     * @param answers the held-out answers
     * @param r Pearson r of the calibrated prediction on them
     * @param rmse its RMSE
     * @param rawR Pearson r of the untuned prediction on them
     * @param weights the calibration fitted on the other folds: one weight per dimension, then the intercept
     */
    record Fold(int fold, int questions, int answers, double r, double rmse, double rawR, double[] weights) {
    }

    /**
     * @param predicted the calibrated prediction for every row, each made by a calibration that did not see it
     * @param folds each fold's figures
     */
    record CrossValidation(double[] predicted, List<Fold> folds) {
    }

    /**
     * One fold's figures when the constants are refitted.
     *
     * @param fold the fold, from 0
     * @param questions the held-out questions
     * @param answers the held-out answers
     * @param config the index of the grid combination chosen on the training folds
     * @param trainR Pearson r of the chosen combination's calibrated prediction on the training answers
     * @param r Pearson r on the held-out answers
     * @param rmse RMSE on the held-out answers
     * @param weights the chosen combination's calibration
     */
    record TunedFold(int fold, int questions, int answers, int config, double trainR, double r, double rmse,
                     double[] weights) {
    }

    /**
     * @param predicted the prediction for every row, each made with constants and a calibration chosen without it
     * @param folds each fold's figures
     */
    record Tuned(double[] predicted, List<TunedFold> folds) {
    }

    private MohlerAgreement() {
    }

    /**
     * @param args the CSV path (default {@code ../shared/data/mohler/mohler_dev.csv}), optionally the number of
     *     folds (default {@value #DEFAULT_FOLDS}) and {@code --predictions FILE} to write each answer's gold score
     *     and the three predictions as CSV
     * @throws IOException when the file cannot be read or the predictions cannot be written
     * @throws IllegalArgumentException when the folds are not a whole number from 2 to the number of questions,
     *     or an argument is not understood
     */
    public static void main(String[] args) throws IOException {
        Path csv = Path.of("../shared/data/mohler/mohler_dev.csv");
        int folds = DEFAULT_FOLDS;
        Path predictionsOut = null;
        int positional = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--predictions")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--predictions needs a file name");
                }
                predictionsOut = Path.of(args[++i]);
            } else if (positional == 0) {
                csv = Path.of(args[i]);
                positional++;
            } else if (positional == 1) {
                folds = parseFolds(args[i]);
                positional++;
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i]
                        + "'; usage: MohlerAgreement [CSV] [FOLDS] [--predictions OUT.csv]");
            }
        }
        if (!Files.isReadable(csv)) {
            System.out.println("Mohler data not found at " + csv.toAbsolutePath() + "; nothing measured.");
            return;
        }
        long start = System.nanoTime();
        List<Item> items = read(csv);
        List<Row> rows = score(items, HeuristicTuning.defaults());
        long questions = rows.stream().map(Row::questionId).distinct().count();
        if (folds > questions) {
            throw new IllegalArgumentException("folds must be at most the number of questions (" + questions
                    + "), was " + folds);
        }
        double[] gold = rows.stream().mapToDouble(Row::gold).toArray();
        double[] raw = rows.stream().mapToDouble(Row::raw).toArray();
        CrossValidation cv = crossValidate(rows, folds);

        DescriptiveStatistics goldStats = new DescriptiveStatistics(gold);
        System.out.printf(Locale.ROOT, "%s: %d answers to %d questions, gold mean %.2f sd %.2f%n", csv.getFileName(),
                rows.size(), questions, goldStats.getMean(), goldStats.getStandardDeviation());
        System.out.println("default constants (set by hand with this file in view, so optimistic):");
        System.out.printf(Locale.ROOT, "untuned    (overall/20, nothing fitted):        r = %.3f  RMSE = %.3f%n",
                pearson(raw, gold), rmse(raw, gold));
        System.out.printf(Locale.ROOT, "calibrated (%d-fold by question, held out):      r = %.3f  RMSE = %.3f%n",
                folds, pearson(cv.predicted(), gold), rmse(cv.predicted(), gold));
        for (Fold f : cv.folds()) {
            StringBuilder w = new StringBuilder();
            for (double x : f.weights()) {
                w.append(String.format(Locale.ROOT, " %+.2f", x));
            }
            System.out.printf(Locale.ROOT, "  fold %d: %2d questions %4d answers  calibrated r = %.3f RMSE = %.3f"
                            + "  untuned r = %.3f  weights%s%n", f.fold(), f.questions(), f.answers(), f.r(), f.rmse(),
                    f.rawR(), w);
        }
        DescriptiveStatistics foldR = new DescriptiveStatistics(cv.folds().stream().mapToDouble(Fold::r).toArray());
        DescriptiveStatistics foldRmse = new DescriptiveStatistics(cv.folds().stream().mapToDouble(Fold::rmse).toArray());
        System.out.printf(Locale.ROOT, "per fold: r mean %.3f sd %.3f (min %.3f, max %.3f); RMSE mean %.3f sd %.3f%n",
                foldR.getMean(), foldR.getStandardDeviation(), foldR.getMin(), foldR.getMax(), foldRmse.getMean(),
                foldRmse.getStandardDeviation());

        List<HeuristicTuning> grid = grid(HeuristicTuning.defaults(), KNOBS);
        List<List<Row>> byConfig = new ArrayList<>();
        for (HeuristicTuning t : grid) {
            byConfig.add(t.equals(HeuristicTuning.defaults()) ? rows : score(items, t));
        }
        Tuned tuned = tune(byConfig, folds);
        System.out.printf(Locale.ROOT, "refitted on training folds only (%d combinations of %s, then the calibration):%n",
                grid.size(), KNOBS.stream().map(Knob::name).toList());
        for (TunedFold f : tuned.folds()) {
            StringBuilder chosen = new StringBuilder();
            for (Knob k : KNOBS) {
                chosen.append(String.format(Locale.ROOT, " %s=%s", k.name(), k.get().applyAsDouble(grid.get(f.config()))));
            }
            System.out.printf(Locale.ROOT, "  fold %d: %2d questions %4d answers  chose%s  train r = %.3f  held-out r = %.3f"
                    + " RMSE = %.3f%n", f.fold(), f.questions(), f.answers(), chosen, f.trainR(), f.r(), f.rmse());
        }
        DescriptiveStatistics tunedR = new DescriptiveStatistics(tuned.folds().stream().mapToDouble(TunedFold::r).toArray());
        System.out.printf(Locale.ROOT, "per fold: held-out r mean %.3f sd %.3f (min %.3f, max %.3f)%n", tunedR.getMean(),
                tunedR.getStandardDeviation(), tunedR.getMin(), tunedR.getMax());
        System.out.printf(Locale.ROOT, "refitted   (%d-fold by question, held out):      r = %.3f  RMSE = %.3f%n",
                folds, pearson(tuned.predicted(), gold), rmse(tuned.predicted(), gold));
        System.out.printf(Locale.ROOT, "(%.0f s)%n", (System.nanoTime() - start) / 1e9);
        if (predictionsOut != null) {
            writePredictions(predictionsOut, rows, cv.predicted(), tuned.predicted());
            System.out.println("predictions written to " + predictionsOut.toAbsolutePath());
        }
    }

    static int parseFolds(String text) {
        int folds;
        try {
            folds = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("folds must be a whole number of at least 2, was '" + text + "'", e);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be a whole number of at least 2, was " + folds);
        }
        return folds;
    }

    private static List<Item> read(Path csv) throws IOException {
        List<Item> items = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                EvaluationRequest req = new EvaluationRequest(r.get("question"), "technical", "", List.of(),
                        r.get("reference_answer"), r.get("student_answer"), Rubrics.TOPIC_DRILL, List.of(), "");
                items.add(new Item(r.get("answer_id"), r.get("question_id"), Double.parseDouble(r.get("score_avg_gold")),
                        req));
            }
        }
        return items;
    }

    private static List<Row> score(List<Item> items, HeuristicTuning tuning) {
        HeuristicEvaluator evaluator = new HeuristicEvaluator(tuning);
        Rubric rubric = Rubrics.TOPIC_DRILL;
        return IntStream.range(0, items.size()).parallel().mapToObj(i -> {
            Item item = items.get(i);
            Evaluation e = evaluator.evaluate(item.request());
            double[] f = new double[rubric.dimensions().size() + 1];
            for (int d = 0; d < rubric.dimensions().size(); d++) {
                f[d] = e.dimensions().getOrDefault(rubric.dimensions().get(d).name(), 0.0);
            }
            f[f.length - 1] = 1.0;
            return new Row(item.answerId(), item.questionId(), item.gold(), f, e.score() / 20.0);
        }).toList();
    }

    /**
     * Every combination of the knobs' values applied to a base tuning, the first knob varying slowest.
     *
     * @param base the tuning whose other constants are kept
     * @param knobs the constants to vary
     * @return the combinations, in a fixed order
     */
    static List<HeuristicTuning> grid(HeuristicTuning base, List<Knob> knobs) {
        List<HeuristicTuning> out = List.of(base);
        for (Knob k : knobs) {
            List<HeuristicTuning> next = new ArrayList<>();
            for (HeuristicTuning t : out) {
                for (double v : k.values()) {
                    next.add(k.set().apply(t, v));
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * For each fold, chooses the combination whose calibrated prediction has the best pooled r on the training
     * folds' answers (the first one on a tie), and predicts the held-out answers with it and its calibration.
     *
     * @param byConfig the rows as scored by each combination, all in the same order
     * @param folds the number of folds, at least 2 and at most the number of questions
     * @return the held-out predictions and each fold's figures
     */
    static Tuned tune(List<List<Row>> byConfig, int folds) {
        List<Row> first = byConfig.get(0);
        int[] foldOf = foldsByQuestion(first, folds);
        double[] predicted = new double[first.size()];
        List<TunedFold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            int best = -1;
            double bestR = Double.NEGATIVE_INFINITY;
            double[] bestW = null;
            for (int c = 0; c < byConfig.size(); c++) {
                List<Row> train = new ArrayList<>();
                for (int i = 0; i < first.size(); i++) {
                    if (foldOf[i] != k) {
                        train.add(byConfig.get(c).get(i));
                    }
                }
                double[] w = leastSquares(train);
                double[] p = new double[train.size()];
                double[] g = new double[train.size()];
                for (int t = 0; t < train.size(); t++) {
                    p[t] = apply(w, train.get(t));
                    g[t] = train.get(t).gold();
                }
                double r = pearson(p, g);
                if (r > bestR) {
                    best = c;
                    bestR = r;
                    bestW = w;
                }
            }
            List<Row> chosen = byConfig.get(best);
            List<Double> p = new ArrayList<>();
            List<Double> g = new ArrayList<>();
            Set<String> questions = new HashSet<>();
            for (int i = 0; i < first.size(); i++) {
                if (foldOf[i] == k) {
                    predicted[i] = apply(bestW, chosen.get(i));
                    p.add(predicted[i]);
                    g.add(chosen.get(i).gold());
                    questions.add(chosen.get(i).questionId());
                }
            }
            double[] pa = p.stream().mapToDouble(Double::doubleValue).toArray();
            double[] ga = g.stream().mapToDouble(Double::doubleValue).toArray();
            out.add(new TunedFold(k, questions.size(), pa.length, best, bestR, pearson(pa, ga), rmse(pa, ga), bestW));
        }
        return new Tuned(predicted, out);
    }

    private static double apply(double[] w, Row row) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            sum += w[j] * row.features()[j];
        }
        return Math.max(0, Math.min(5, sum));
    }

    /**
     * Assigns questions to folds in order of first appearance, round robin, so every answer to a question lands
     * in the same fold.
     *
     * @param rows the rows
     * @param folds the number of folds
     * @return each row's fold
     */
    static int[] foldsByQuestion(List<Row> rows, int folds) {
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        int[] out = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = foldOf.computeIfAbsent(rows.get(i).questionId(), q -> foldOf.size() % folds);
        }
        return out;
    }

    /**
     * Predicts every row with a calibration fitted on the rows of the other folds' questions.
     *
     * @param rows the rows
     * @param folds the number of folds, at least 2 and at most the number of questions
     * @return the held-out predictions and each fold's figures
     */
    static CrossValidation crossValidate(List<Row> rows, int folds) {
        int[] foldOf = foldsByQuestion(rows, folds);
        double[] predicted = new double[rows.size()];
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<Row> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (foldOf[i] == k) {
                    test.add(i);
                } else {
                    train.add(rows.get(i));
                }
            }
            double[] w = leastSquares(train);
            double[] p = new double[test.size()];
            double[] g = new double[test.size()];
            double[] raw = new double[test.size()];
            for (int t = 0; t < test.size(); t++) {
                Row row = rows.get(test.get(t));
                p[t] = apply(w, row);
                predicted[test.get(t)] = p[t];
                g[t] = row.gold();
                raw[t] = row.raw();
            }
            long questions = test.stream().map(i -> rows.get(i).questionId()).distinct().count();
            out.add(new Fold(k, (int) questions, test.size(), pearson(p, g), rmse(p, g), pearson(raw, g), w));
        }
        return new CrossValidation(predicted, out);
    }

    /**
     * Ordinary least squares of the gold score on the features.
     *
     * @param train the rows to fit on
     * @return one weight per feature; the last feature is the constant 1, so its weight is the intercept
     */
    static double[] leastSquares(List<Row> train) {
        double[][] x = new double[train.size()][];
        double[] y = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            x[i] = train.get(i).features();
            y[i] = train.get(i).gold();
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(y, x);
        return ols.estimateRegressionParameters();
    }

    private static void writePredictions(Path out, List<Row> rows, double[] calibrated, double[] refitted)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader("answer_id", "question_id", "gold", "untuned", "calibrated", "refitted").build())) {
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                p.printRecord(r.answerId(), r.questionId(), r.gold(), r.raw(), calibrated[i], refitted[i]);
            }
        }
    }

    static double pearson(double[] x, double[] y) {
        return new PearsonsCorrelation().correlation(x, y);
    }

    static double rmse(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s / x.length);
    }
}
