package eu.flightclaim.api.account;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;

/** A personal-data export as the API answers it: a zip to save, never cached. */
public final class PersonalDataDownload {

    private PersonalDataDownload() {
    }

    public static Response of(StreamingOutput zip) {
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"flightclaim-personal-data-" + LocalDate.now()
                        + ".zip\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }
}
