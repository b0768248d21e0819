package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code /openapi}, called as anonymous, two customers (B on A's things), a
 * reviewer, an admin and a superadmin: each is refused exactly as {@link ApiAccess} says (401
 * without a token, 403 for a role that may not, 404 for another customer's claim or document) and
 * let through otherwise. An operation the matrix does not name fails the test: a new endpoint has
 * to say who may call it.
 */
class AuthorizationMatrixIT extends EarDeployment {

    @Test
    void everyOperationRefusesExactlyTheCallersTheMatrixRefuses() {
        ApiWorld world = ApiWorld.create();
        ApiDocument api = ApiDocument.fetch();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        List<ApiDocument.Operation> operations = new ArrayList<>(api.operations());
        // deletions last, so the world's claim, document and session are there for the rest
        operations.sort(java.util.Comparator.comparing((ApiDocument.Operation o) -> o.method().equals("DELETE"))
                .thenComparing(ApiDocument.Operation::key));
        for (ApiDocument.Operation op : operations) {
            ApiAccess.Access access = ApiAccess.MATRIX.get(op.key());
            if (access == null) {
                wrong.add(op.key() + ": not in the authorization matrix (ApiAccess.MATRIX) — say who may call it");
                continue;
            }
            // refused callers first: an allowed call may change what the others would see (a deletion)
            List<ApiWorld.Caller> callers = new ArrayList<>(world.callers());
            callers.sort((a, b) -> Boolean.compare(expected(access, a, world, op) == 0, expected(access, b, world, op) == 0));
            for (ApiWorld.Caller caller : callers) {
                int expected = expected(access, caller, world, op);
                Http.Reply reply = call(op, caller, world, api);
                int status = reply.status();
                calls++;
                if (status >= 500) {
                    wrong.add(op.key() + " as " + caller.name() + ": " + status);
                } else if (expected != 0 && status != expected) {
                    wrong.add(op.key() + " as " + caller.name() + ": expected " + expected + ", got " + status);
                } else if (expected == 0 && (status == 403 || isTokenRefusal(reply)
                        || (status == 404 && caller == world.customerA && op.method().equals("GET")))) {
                    wrong.add(op.key() + " as " + caller.name() + ": should be let through, got " + status + " "
                            + reply.body());
                }
            }
        }
        world.retire();
        for (String key : ApiAccess.MATRIX.keySet()) {
            if (api.operations().stream().noneMatch(o -> o.key().equals(key))) {
                wrong.add(key + ": in the matrix but not in /openapi");
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " calls were answered wrongly:\n"
                + String.join("\n", wrong));
    }

    /** The refusal this caller gets, or 0 when it is let through. */
    private static int expected(ApiAccess.Access access, ApiWorld.Caller caller, ApiWorld world, ApiDocument.Operation op) {
        boolean customer = caller == world.customerA || caller == world.customerB;
        boolean othersThing = caller == world.customerB && op.path().contains("{id}");
        if (access == ApiAccess.Access.PUBLIC) {
            return 0;
        }
        if (caller == world.anonymous) {
            return 401;
        }
        return switch (access) {
            case PUBLIC -> 0;
            case SIGNED_IN -> op.path().contains("{id}") && caller != world.customerA ? 404 : 0; // A's session
            case OWN_CUSTOMER -> customer ? (othersThing ? 404 : 0) : 403;
            case OWNER_OR_STAFF -> othersThing ? 404 : 0;
            case STAFF -> customer ? 403 : 0;
            case ADMIN -> customer || caller == world.reviewer ? 403 : 0;
            case SUPERADMIN -> caller == world.superadmin ? 0 : 403;
        };
    }

    /**
     * A 401 that refuses the caller's token (or its absence), as opposed to a sign-in endpoint's 401
     * for wrong credentials, which is its answer to a caller it let in.
     */
    private static boolean isTokenRefusal(Http.Reply reply) {
        return reply.status() == 401 && reply.body().contains("bearer token is required");
    }

    /** The operation on the world's things, with the document's sample body where it takes one. */
    private static Http.Reply call(ApiDocument.Operation op, ApiWorld.Caller caller, ApiWorld world, ApiDocument api) {
        HttpRequest.Builder b = Http.request(world.fill(op.path()), caller.token());
        jakarta.json.JsonValue sample = op.takesMultipart() ? null : api.sampleBody(op);
        if (sample != null) {
            b.header("Content-Type", "application/json").method(op.method(),
                    HttpRequest.BodyPublishers.ofString(sample.toString()));
        } else {
            b.method(op.method(), HttpRequest.BodyPublishers.noBody());
        }
        return Http.send(b.build());
    }
}
