package com.benchcrm.bench.model;

import com.benchcrm.bench.Stats;
import com.benchcrm.demo.DemoData;
import com.benchcrm.demo.DemoOutcomes;
import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.ml.LabelledRow;
import com.benchcrm.ml.Metrics;
import com.benchcrm.ml.SuccessTraining;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code shared/tools/benchmarks/run model-eval [requirements=600] [consultants=240]}: the success model on a
 * time-split holdout of the demo's <b>generated</b> history (outcomes drawn from a hidden ground-truth model
 * plus noise; no real outcomes exist here). Trains on the earlier 70 % of labelled submissions, measures on
 * the later 30 %: Brier, log-loss, AUC, PR-AUC and reliability tables of the fixed curve (uncalibrated), the
 * logistic regression with Platt scaling (served) and the gradient-boosted trees with Platt scaling; and,
 * per requirement, how well each orders its submissions (top-1/top-5 hit, MRR@5, nDCG@10, Recall@K of the
 * interviewed). Numbers only.
 */
public final class ModelEvalBenchmark {

    public static void main(String[] args) {
        System.out.printf("model-eval, %d cores, load before: %s%n", Runtime.getRuntime().availableProcessors(), Stats.loadAverage());
        for (DemoOutcomes.Label label : DemoOutcomes.Label.values()) {
            System.out.printf("%n######## label: %s%n", label.description);
            evaluate(args, label);
        }
        System.out.printf("%nload after: %s%n", Stats.loadAverage());
    }

    static void evaluate(String[] args, DemoOutcomes.Label label) {
        int requirements = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int consultants = args.length > 2 ? Integer.parseInt(args[2]) : 240;
        long t0 = System.nanoTime();
        List<DemoOutcomes.Example> all = new ArrayList<>(DemoOutcomes.examples(DemoData.DEFAULT_SEED, consultants, requirements, label));
        all.sort(Comparator.comparing(DemoOutcomes.Example::submittedAt).thenComparing(DemoOutcomes.Example::requirementRef));
        int cut = (int) (all.size() * 0.7);
        List<DemoOutcomes.Example> train = all.subList(0, cut);
        List<DemoOutcomes.Example> test = all.subList(cut, all.size());
        System.out.printf(Locale.US, "generated history: %d requirements, %d consultants -> %d labelled submissions (label: %s), %.1f s%n",
                requirements, consultants, all.size(), label.description, (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.US, "time split: train %d (up to %s, success rate %.3f), holdout %d (from %s, success rate %.3f)%n",
                train.size(), train.get(train.size() - 1).submittedAt(), rate(train), test.size(), test.get(0).submittedAt(), rate(test));

        long t1 = System.nanoTime();
        SuccessTraining.Result r = SuccessTraining.train(train.stream().map(ModelEvalBenchmark::row).toList(), "eval",
                label.description, Instant.now());
        double trainS = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.US, "training (5-fold CV of both models, Platt, final fits): %.2f s; calibrated=%s%n", trainS,
                r.model().calibrated());
        System.out.println("cross-validated on the training part (the model card's metrics):");
        r.card().metrics().forEach((k, v) -> System.out.printf(Locale.US, "  %-40s brier %.4f  auc %.3f  pr-auc %.3f%n", k, v.get("brier"),
                v.get("auc"), v.get("prAuc")));

        double[][] x = test.stream().map(DemoOutcomes.Example::features).toArray(double[][]::new);
        int[] y = test.stream().mapToInt(DemoOutcomes.Example::label).toArray();
        Map<String, double[]> preds = new LinkedHashMap<>();
        preds.put("fixed curve (uncalibrated)", test.stream().mapToDouble(DemoOutcomes.Example::uncalibrated).toArray());
        double[] served = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            served[i] = r.model().probability(x[i]);
        }
        preds.put("logistic + Platt (served)", served);
        preds.put("gradient-boosted trees + Platt", r.fitted().trees(x));
        preds.put("base rate of training part", test.stream().mapToDouble(e -> rate(train)).toArray());
        // P(success) under the generator's hidden model without its noise (censoring of open pipelines ignored)
        double[] truth = test.stream().mapToDouble(e -> label == DemoOutcomes.Label.INTERVIEWED ? sig(e.truth() + 1.0) * sig(e.truth())
                : sig(e.truth() + 1.0) * sig(e.truth()) * sig(e.truth() - 0.3) * 0.8).toArray();
        preds.put("hidden truth without noise (ceiling)", truth);

        System.out.printf("%n== holdout (later 30 %%, %d submissions)%n", test.size());
        System.out.printf("  %-38s %7s %8s %6s %7s | %6s %6s %6s %7s %8s%n", "model", "brier", "logloss", "auc", "pr-auc",
                "top1", "top5", "MRR@5", "nDCG@10", "Recall@3");
        for (Map.Entry<String, double[]> e : preds.entrySet()) {
            double[] p = e.getValue();
            Ranking k = ranking(test, p);
            System.out.printf(Locale.US, "  %-38s %7.4f %8.4f %6.3f %7.3f | %6.3f %6.3f %6.3f %7.3f %8.3f%n", e.getKey(), Metrics.brier(p, y),
                    Metrics.logLoss(p, y), Metrics.auc(p, y), Metrics.prAuc(p, y), k.top1, k.top5, k.mrr, k.ndcg, k.recall3);
        }
        for (String name : List.of("fixed curve (uncalibrated)", "logistic + Platt (served)", "gradient-boosted trees + Platt")) {
            System.out.printf("%nreliability, %s (holdout)%n  %-11s %6s %10s %9s%n", name, "bin", "n", "predicted", "observed");
            for (ModelCard.Bin b : Metrics.reliability(preds.get(name), y, 10)) {
                System.out.printf(Locale.US, "  %.1f-%.1f     %6d %10.3f %9.3f%n", b.from(), b.to(), b.count(), b.meanPredicted(), b.observed());
            }
        }
        System.out.printf("%nranking metrics are per requirement over its labelled holdout submissions (1-4 each), relevant = a success;%n"
                + "requirements without a successful submission are left out.%n");
    }

    static double sig(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static LabelledRow row(DemoOutcomes.Example e) {
        return new LabelledRow(e.features(), e.label(), e.uncalibrated(), e.submittedAt());
    }

    static double rate(List<DemoOutcomes.Example> l) {
        return l.stream().mapToInt(DemoOutcomes.Example::label).average().orElse(Double.NaN);
    }

    record Ranking(double top1, double top5, double mrr, double ndcg, double recall3) {
    }

    /** Per requirement: its submissions ordered by p (ties by consultant id). */
    static Ranking ranking(List<DemoOutcomes.Example> test, double[] p) {
        Map<String, List<Integer>> byReq = new HashMap<>();
        for (int i = 0; i < test.size(); i++) {
            byReq.computeIfAbsent(test.get(i).requirementRef(), k -> new ArrayList<>()).add(i);
        }
        double n = 0, top1 = 0, top5 = 0, mrr = 0, ndcg = 0, recall = 0;
        for (List<Integer> idx : byReq.values()) {
            long rel = idx.stream().filter(i -> test.get(i).label() == 1).count();
            if (rel == 0) {
                continue;
            }
            n++;
            List<Integer> order = new ArrayList<>(idx);
            order.sort(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparing(i -> test.get(i).consultantExternalId()));
            double dcg = 0, idcg = 0;
            boolean first = true;
            int hits3 = 0;
            for (int k = 0; k < order.size(); k++) {
                if (test.get(order.get(k)).label() == 1) {
                    dcg += 1 / (Math.log(k + 2) / Math.log(2));
                    if (first) {
                        mrr += k < 5 ? 1.0 / (k + 1) : 0;
                        top1 += k == 0 ? 1 : 0;
                        top5 += k < 5 ? 1 : 0;
                        first = false;
                    }
                    hits3 += k < 3 ? 1 : 0;
                }
            }
            for (int k = 0; k < rel; k++) {
                idcg += 1 / (Math.log(k + 2) / Math.log(2));
            }
            ndcg += dcg / idcg;
            recall += hits3 / (double) Math.min(3, rel);
        }
        return new Ranking(top1 / n, top5 / n, mrr / n, ndcg / n, recall / n);
    }
}
