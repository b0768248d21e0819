package eu.flightclaim.api;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import java.util.UUID;

/** An id in a path: a UUID, or the thing is not found (a 404 problem, as for an id nobody has). */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "No " + what + " " + id + ".");
        }
    }
}
