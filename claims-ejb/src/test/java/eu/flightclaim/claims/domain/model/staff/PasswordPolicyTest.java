package eu.flightclaim.claims.domain.model.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordPasses() {
        assertEquals(List.of(), PasswordPolicy.problems("violet-harbour-7-lantern", "ada@example.com"));
    }

    @Test
    void tooShortCommonRepeatedOrTheEmailAreRefused() {
        assertTrue(PasswordPolicy.problems("short", "ada@example.com").get(0).contains("12"));
        assertTrue(PasswordPolicy.problems("qwerty123456", "x@example.com").contains("is one of the most common passwords"),
                PasswordPolicy.problems("qwerty123456", "x@example.com").toString());
        assertTrue(PasswordPolicy.problems("aaaaaaaaaaaaaa", "x@example.com").contains("repeats one character"));
        assertTrue(PasswordPolicy.problems("lovelace-is-great", "lovelace@example.com")
                .contains("contains the email address"));
    }
}
