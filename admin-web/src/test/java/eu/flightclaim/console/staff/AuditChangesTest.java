package eu.flightclaim.console.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.console.staff.AuditChanges.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    @Test
    void aChangedFieldIsShownWithItsBeforeAndAfter() {
        assertEquals(List.of(new Change("enabled", "true", "false")),
                AuditChanges.between("{\"email\":\"a@b.test\",\"enabled\":true}", "{\"email\":\"a@b.test\",\"enabled\":false}"));
    }

    @Test
    void fieldsThatStayTheSameAreLeftOut() {
        assertEquals(List.of(), AuditChanges.between("{\"a\":1,\"b\":\"x\"}", "{\"b\":\"x\",\"a\":1}"));
    }

    @Test
    void aCreatedThingShowsEveryFieldAsAdded() {
        assertEquals(List.of(new Change("iataCode", null, "7Z"), new Change("name", null, "Zed Air")),
                AuditChanges.between(null, "{\"iataCode\":\"7Z\",\"name\":\"Zed Air\"}"));
    }

    @Test
    void aDeletedThingShowsEveryFieldAsRemoved() {
        assertEquals(List.of(new Change("role", "reviewer", null)), AuditChanges.between("{\"role\":\"reviewer\"}", ""));
    }

    @Test
    void nestedObjectsAreNamedByTheirPath() {
        assertEquals(List.of(new Change("limits.maxMiB", "10", "20")),
                AuditChanges.between("{\"limits\":{\"maxMiB\":10,\"pages\":3}}", "{\"limits\":{\"maxMiB\":20,\"pages\":3}}"));
    }

    @Test
    void listsAndTextAreComparedWhole() {
        assertEquals(List.of(new Change("roles", "[\"admin\"]", "[\"admin\",\"reviewer\"]")),
                AuditChanges.between("{\"roles\":[\"admin\"]}", "{\"roles\":[\"admin\",\"reviewer\"]}"));
        assertEquals(List.of(new Change("value", "old", "new")), AuditChanges.between("\"old\"", "\"new\""));
    }

    @Test
    void somethingThatIsNotJsonIsShownAsItIs() {
        assertEquals(List.of(new Change("value", "not json {", null)), AuditChanges.between("not json {", null));
    }

    @Test
    void aNullFieldCountsAsAbsent() {
        assertEquals(List.of(new Change("icaoCode", null, "ZED")),
                AuditChanges.between("{\"icaoCode\":null}", "{\"icaoCode\":\"ZED\"}"));
    }
}
