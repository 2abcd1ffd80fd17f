package com.benchcrm.ml;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Binary logistic regression on standardized inputs, fitted by minimizing the mean log-loss plus
 * {@code lambda/2 * |w|^2} (the intercept unpenalized) with Commons Math's Polak-Ribière conjugate
 * gradient optimizer.
 *
 * <pre>{@code
 * LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 1e-3);
 * double logOdds = fit.logit(row);
 * }</pre>
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    /** Standardization and coefficients: {@code logit = intercept + sum(coef[i] * (x[i] - mean[i]) / scale[i])}. */
    public record Fit(double[] means, double[] scales, double[] coefficients, double intercept) {

        public double logit(double[] x) {
            double z = intercept;
            for (int i = 0; i < coefficients.length; i++) {
                z += coefficients[i] * (x[i] - means[i]) / scales[i];
            }
            return z;
        }
    }

    public static Fit fit(double[][] x, int[] y, double lambda) {
        int n = x.length;
        int d = x[0].length;
        double[] means = new double[d];
        double[] scales = new double[d];
        double[][] z = new double[n][d];
        for (int j = 0; j < d; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = x[i][j];
            }
            means[j] = new Mean().evaluate(col);
            double sd = new StandardDeviation(false).evaluate(col);
            scales[j] = sd > 1e-9 ? sd : 1;
            for (int i = 0; i < n; i++) {
                z[i][j] = (x[i][j] - means[j]) / scales[j];
            }
        }
        MultivariateFunction loss = w -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double m = w[d];
                for (int j = 0; j < d; j++) {
                    m += w[j] * z[i][j];
                }
                // log(1 + e^m) - y m, computed stably
                sum += (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m))) - y[i] * m;
            }
            double reg = 0;
            for (int j = 0; j < d; j++) {
                reg += w[j] * w[j];
            }
            return sum / n + lambda / 2 * reg;
        };
        MultivariateVectorFunction gradient = w -> {
            double[] g = new double[d + 1];
            for (int i = 0; i < n; i++) {
                double m = w[d];
                for (int j = 0; j < d; j++) {
                    m += w[j] * z[i][j];
                }
                double r = 1 / (1 + Math.exp(-m)) - y[i];
                for (int j = 0; j < d; j++) {
                    g[j] += r * z[i][j];
                }
                g[d] += r;
            }
            for (int j = 0; j <= d; j++) {
                g[j] /= n;
                if (j < d) {
                    g[j] += lambda * w[j];
                }
            }
            return g;
        };
        NonLinearConjugateGradientOptimizer opt = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-10, 1e-12, 2000));
        PointValuePair best = opt.optimize(new MaxEval(20_000), new ObjectiveFunction(loss), new ObjectiveFunctionGradient(gradient),
                GoalType.MINIMIZE, new InitialGuess(new double[d + 1]));
        double[] w = best.getPoint();
        double[] coef = new double[d];
        System.arraycopy(w, 0, coef, 0, d);
        return new Fit(means, scales, coef, w[d]);
    }

    /**
     * Platt scaling: {@code p = sigmoid(a * score + b)} fitted to the labels (a one-feature logistic
     * regression, practically unregularized). Returns {@code {a, b}}.
     */
    public static double[] platt(double[] scores, int[] y) {
        double[][] x = new double[scores.length][1];
        for (int i = 0; i < scores.length; i++) {
            x[i][0] = scores[i];
        }
        Fit f = fit(x, y, 1e-6);
        double a = f.coefficients()[0] / f.scales()[0];
        double b = f.intercept() - a * f.means()[0];
        return new double[] {a, b};
    }
}
