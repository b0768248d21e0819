package eu.flightclaim.claims;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Counts the SQL statements the persistence unit sends (for tests that promise "one query"). */
public class StatementCounter extends SessionEventAdapter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Override
    public void preExecuteCall(SessionEvent event) {
        STATEMENTS.incrementAndGet();
    }

    /** The statements sent since the last call. */
    public static int take() {
        return STATEMENTS.getAndSet(0);
    }
}
