package eu.flightclaim.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of test classes that act in one {@link ApiWorld} for all their tests, retired at the end. */
abstract class InApiWorld extends EarDeployment {

    static ApiWorld world;

    @BeforeAll
    static void createWorld() {
        world = ApiWorld.create();
    }

    @AfterAll
    static void retireWorld() {
        world.retire();
    }
}
