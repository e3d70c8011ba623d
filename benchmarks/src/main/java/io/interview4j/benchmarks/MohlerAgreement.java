package io.interview4j.benchmarks;

import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.EvaluationRequest;
import io.interview4j.scoring.HeuristicEvaluator;
import io.interview4j.scoring.Rubric;
import io.interview4j.scoring.Rubrics;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures the offline scorer's agreement with human graders on Mohler et al.'s short-answer data
 * ({@code ../shared/data/mohler/mohler_dev.csv}, never copied into this repository).
 *
 * <p>Prints Pearson r and RMSE (on 0-5) of two predictions: the scorer's 0-100 overall mapped linearly onto
 * 0-5 with no tuning, and a linear calibration of its rubric dimensions fitted by least squares with
 * cross-validation by question (the calibration never sees the questions it is evaluated on).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.interview4j.benchmarks.MohlerAgreement
 * ../shared/data/mohler/mohler_dev.csv [folds]}
 */
public final class MohlerAgreement {

    private record Row(String questionId, double gold, double[] features, double raw) {
    }

    private MohlerAgreement() {
    }

    /**
     * @param args the CSV path (default {@code ../shared/data/mohler/mohler_dev.csv}) and the number of folds
     *     (default 5)
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "../shared/data/mohler/mohler_dev.csv");
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isReadable(csv)) {
            System.out.println("Mohler data not found at " + csv.toAbsolutePath() + "; nothing measured.");
            return;
        }
        List<Row> rows = score(csv);
        double[] gold = rows.stream().mapToDouble(Row::gold).toArray();
        double[] raw = rows.stream().mapToDouble(Row::raw).toArray();
        System.out.printf("answers: %d, questions: %d%n", rows.size(), rows.stream().map(Row::questionId).distinct().count());
        System.out.printf("untuned   (overall/20):          r = %.3f  RMSE = %.3f%n", pearson(raw, gold), rmse(raw, gold));
        double[] cv = crossValidated(rows, folds);
        System.out.printf("calibrated (%d-fold by question): r = %.3f  RMSE = %.3f%n", folds, pearson(cv, gold), rmse(cv, gold));
    }

    private static List<Row> score(Path csv) throws IOException {
        HeuristicEvaluator evaluator = new HeuristicEvaluator();
        Rubric rubric = Rubrics.TOPIC_DRILL;
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String answer = r.get("student_answer");
                String reference = r.get("reference_answer");
                EvaluationRequest req = new EvaluationRequest(r.get("question"), "technical", "", List.of(), reference,
                        answer.isBlank() ? "-" : answer, rubric, List.of(), "");
                Evaluation e = evaluator.evaluate(req);
                double[] f = new double[rubric.dimensions().size() + 1];
                for (int i = 0; i < rubric.dimensions().size(); i++) {
                    f[i] = e.dimensions().getOrDefault(rubric.dimensions().get(i).name(), 0.0);
                }
                f[f.length - 1] = 1.0;
                rows.add(new Row(r.get("question_id"), Double.parseDouble(r.get("score_avg_gold")), f, e.score() / 20.0));
            }
        }
        return rows;
    }

    private static double[] crossValidated(List<Row> rows, int folds) {
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        rows.forEach(r -> foldOf.computeIfAbsent(r.questionId(), q -> foldOf.size() % folds));
        double[] predicted = new double[rows.size()];
        for (int k = 0; k < folds; k++) {
            List<Row> train = new ArrayList<>();
            for (Row r : rows) {
                if (foldOf.get(r.questionId()) != k) {
                    train.add(r);
                }
            }
            double[] w = leastSquares(train);
            for (int i = 0; i < rows.size(); i++) {
                if (foldOf.get(rows.get(i).questionId()) == k) {
                    double p = 0;
                    for (int j = 0; j < w.length; j++) {
                        p += w[j] * rows.get(i).features()[j];
                    }
                    predicted[i] = Math.max(0, Math.min(5, p));
                }
            }
        }
        return predicted;
    }

    /** Ridge-regularised normal equations, solved by Gaussian elimination. */
    private static double[] leastSquares(List<Row> train) {
        int n = train.get(0).features().length;
        double[][] a = new double[n][n + 1];
        for (Row r : train) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] += r.features()[i] * r.features()[j];
                }
                a[i][n] += r.features()[i] * r.gold();
            }
        }
        for (int i = 0; i < n; i++) {
            a[i][i] += 1e-3;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int row = 0; row < n; row++) {
                if (row != col && a[col][col] != 0) {
                    double f = a[row][col] / a[col][col];
                    for (int c = col; c <= n; c++) {
                        a[row][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
        }
        return w;
    }

    static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    static double rmse(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s / x.length);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }
}
