package eu.flightclaim.claims.infrastructure.health;

/** A one-line description of why a dependency is down, for the health report. */
final class HealthErrors {

    private HealthErrors() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        String line = root.getClass().getSimpleName() + message;
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
