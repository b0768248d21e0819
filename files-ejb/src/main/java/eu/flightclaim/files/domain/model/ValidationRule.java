package eu.flightclaim.files.domain.model;

import java.util.Set;

/** What an uploaded document of one type may be: content types, size, PDF pages, whether it is scanned. */
public record ValidationRule(String documentType, Set<String> allowedMimeTypes, long maxSizeBytes,
        Integer maxPdfPages, boolean scanRequired) {

    public boolean allows(String mimeType) {
        return allowedMimeTypes.contains(mimeType);
    }
}
