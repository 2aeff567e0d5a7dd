package dev.askbar.app.demo;

import java.util.List;
import java.util.Random;

/**
 * The only source of randomness in the demo data. Built on {@link Random} because its algorithm is
 * fixed by the Java specification (SplittableRandom's is not), and on {@link StrictMath} because
 * {@link Math} may use platform intrinsics that differ in the last bit, which would flip a rare
 * threshold comparison and make two machines disagree.
 */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    double uniform() {
        return random.nextDouble();
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Index into {@code weights}, chosen in proportion to the weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Orders per day arrive independently of each other, which is what a Poisson count models. */
    int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Heavy-tailed activity: a few customers order a lot, most order once or twice. */
    double logNormal(double sigma) {
        return StrictMath.exp(sigma * random.nextGaussian());
    }
}
