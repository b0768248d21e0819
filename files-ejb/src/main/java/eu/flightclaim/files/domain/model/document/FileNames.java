package eu.flightclaim.files.domain.model.document;

import java.text.Normalizer;

/** Client file names are for display only: no path, no control characters, at most 200 characters. */
public final class FileNames {

    private FileNames() {
    }

    public static String sanitise(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1); // no folders
        n = n.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").strip();
        while (n.startsWith(".")) {
            n = n.substring(1); // no hidden files, no "..", nothing relative
        }
        if (n.length() > 200) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, 200 - ext.length()) + ext;
        }
        return n.isBlank() ? fallback : n;
    }

    /** A Content-Disposition value ({@code attachment} or {@code inline}) with an ASCII and a UTF-8 file name. */
    public static String contentDisposition(String disposition, String fileName) {
        return disposition + "; filename=\"" + fileName.replaceAll("[^\\x20-\\x7e]|\"", "_") + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
