package eu.flightclaim.claims.infrastructure.pdf;

import eu.flightclaim.claims.application.claim.PowerOfAttorneyRenderer;
import eu.flightclaim.claims.domain.model.claim.Drawing;
import eu.flightclaim.claims.domain.model.claim.Signature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The signed assignment as a PDF (A4): the text as the passenger saw it, then each signature — the
 * drawing as vector strokes, or the typed name — and the evidence (time in UTC, IP, browser, account,
 * the text's SHA-256). Liberation Sans is embedded, so every EU language's letters print; a character
 * the font lacks prints as '?'. The same claim renders to the same bytes.
 */
@ApplicationScoped
public class PdfPowerOfAttorney implements PowerOfAttorneyRenderer {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIGNATURE_HEIGHT = 60;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    @Override
    public byte[] render(Signed s) {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(s.signedAt().toInstant().toEpochMilli()); // no random file ID: same claim, same bytes
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(s.text().title() + " — " + s.reference());
            info.setProducer("Flight Claim");
            GregorianCalendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            at.setTimeInMillis(s.signedAt().toInstant().toEpochMilli());
            info.setCreationDate(at);
            info.setModificationDate(at);
            Pages pages = new Pages(doc, font(doc, "LiberationSans-Regular"), font(doc, "LiberationSans-Bold"));
            try {
                write(pages, s);
            } finally {
                pages.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Pages p, Signed s) throws IOException {
        p.paragraph(s.text().title(), true, 16);
        p.paragraph("Claim " + s.reference() + " · " + s.regime() + " · flight " + s.flightNumber() + " on "
                + s.flightDate() + " · passengers: " + String.join(", ", s.passengers()), false, 9);
        p.space(6);
        for (String paragraph : s.text().body().split("\\n\\s*\\n")) {
            p.paragraph(paragraph.replaceAll("\\s+", " ").strip(), false, 10.5f);
        }
        p.space(8);
        p.paragraph("Signatures", true, 13);
        if (s.signatures().isEmpty()) {
            p.paragraph("Accepted electronically by the holder of the account " + s.accountEmail()
                    + " (no signatures were given).", false, 10.5f);
        }
        for (Signature sig : s.signatures()) {
            p.need(SIGNATURE_HEIGHT + 50);
            p.paragraph(sig.capacity() == Signature.Capacity.SELF
                    ? "For " + sig.passengerName() + ", signed by the passenger: " + sig.signedBy()
                    : "For " + sig.passengerName() + " (under 18), signed by a parent or guardian: " + sig.signedBy(),
                    true, 10.5f);
            if (sig.drawing() != null) {
                p.drawing(sig.drawing());
            } else {
                p.paragraph("Signed with the typed name: " + sig.signedBy(), false, 14);
            }
        }
        p.space(8);
        p.paragraph("Evidence", true, 13);
        p.paragraph("Signed electronically on " + UTC.format(s.signedAt().withOffsetSameInstant(ZoneOffset.UTC))
                + " from IP address " + (s.ip() == null ? "unknown" : s.ip()) + " through the account "
                + s.accountEmail() + ".", false, 9);
        p.paragraph("Browser: " + (s.userAgent() == null ? "not given" : s.userAgent()), false, 9);
        p.paragraph("Text: version " + s.text().version() + ", language " + s.text().language() + ", SHA-256 "
                + s.text().sha256() + " (UTF-8, title included).", false, 9);
    }

    private static PDFont font(PDDocument doc, String name) throws IOException {
        try (InputStream in = PdfPowerOfAttorney.class.getResourceAsStream("/liberation/" + name + ".ttf")) {
            if (in == null) {
                throw new IOException("font " + name + " is not on the class path (openpdf-fonts-extra)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** A cursor down A4 pages, a new page when the text reaches the bottom margin. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream out;
        private float y;

        Pages(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void paragraph(String text, boolean strong, float size) throws IOException {
            PDFont font = strong ? bold : regular;
            for (String line : lines(printable(font, text), font, size)) {
                need(size * 1.35f);
                y -= size * 1.35f;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
            }
            y -= size * 0.6f;
        }

        void drawing(Drawing drawing) throws IOException {
            need(SIGNATURE_HEIGHT + 8);
            float scale = SIGNATURE_HEIGHT / Drawing.HEIGHT;
            float bottom = y - SIGNATURE_HEIGHT;
            out.setLineWidth(1.2f);
            out.setLineCapStyle(1);
            out.setLineJoinStyle(1);
            for (int[] stroke : drawing.strokes()) {
                out.moveTo(MARGIN + stroke[0] * scale, bottom + (Drawing.HEIGHT - stroke[1]) * scale);
                for (int i = 2; i + 1 < stroke.length; i += 2) {
                    out.lineTo(MARGIN + stroke[i] * scale, bottom + (Drawing.HEIGHT - stroke[i + 1]) * scale);
                }
                if (stroke.length == 2) { // a dot
                    out.lineTo(MARGIN + stroke[0] * scale + 0.5f, bottom + (Drawing.HEIGHT - stroke[1]) * scale);
                }
                out.stroke();
            }
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, bottom - 2);
            out.lineTo(MARGIN + Drawing.WIDTH * scale, bottom - 2);
            out.stroke();
            y = bottom - 10;
        }

        void space(float points) {
            y -= points;
        }

        /** Starts a new page unless {@code height} still fits on this one. */
        void need(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void close() throws IOException {
            out.close();
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private static List<String> lines(String text, PDFont font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= WIDTH || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text with each character the font cannot show (or a control character) as '?'. */
        private static String printable(PDFont font, String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
