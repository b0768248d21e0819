package eu.flightclaim.claims.domain.model.claim;

import java.util.Arrays;
import java.util.List;

/**
 * A signature drawn by pointer or touch: strokes of points in a box {@link #WIDTH} × {@link #HEIGHT},
 * each stroke x0, y0, x1, y1, … — vectors, so it scales into the signed PDF without blur.
 */
public final class Drawing {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 300;
    /** Enough for any hand-drawn signature; more is not a signature. */
    public static final int MAX_STROKES = 60;
    public static final int MAX_POINTS = 2000;

    private final int[][] strokes;

    private Drawing(int[][] strokes) {
        this.strokes = strokes;
    }

    /**
     * The drawing these strokes make, or a reason why they do not make one: each stroke an even
     * count of coordinates within the box, at least one point, within the limits.
     */
    public static Drawing of(List<List<Integer>> strokes) {
        String why = problem(strokes);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        return new Drawing(strokes.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new));
    }

    /** Null when the strokes make a drawing; else what is wrong, for the person who sent them. */
    public static String problem(List<List<Integer>> strokes) {
        if (strokes == null || strokes.isEmpty()) {
            return "has no strokes";
        }
        if (strokes.size() > MAX_STROKES) {
            return "has more than " + MAX_STROKES + " strokes";
        }
        int points = 0;
        for (List<Integer> stroke : strokes) {
            if (stroke == null || stroke.isEmpty() || stroke.size() % 2 != 0) {
                return "needs each stroke as x, y pairs (an even count of numbers, at least one point)";
            }
            for (int i = 0; i < stroke.size(); i++) {
                Integer v = stroke.get(i);
                int max = i % 2 == 0 ? WIDTH : HEIGHT;
                if (v == null || v < 0 || v > max) {
                    return "has a point outside the " + WIDTH + " × " + HEIGHT + " box";
                }
            }
            points += stroke.size() / 2;
        }
        return points > MAX_POINTS ? "has more than " + MAX_POINTS + " points" : null;
    }

    /** The strokes, each x0, y0, x1, y1, … (copies). */
    public int[][] strokes() {
        return Arrays.stream(strokes).map(int[]::clone).toArray(int[][]::new);
    }
}
