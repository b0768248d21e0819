package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.domain.model.airport.AirportRecord;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/** Reads the packaged airport file line by line; the checkpoint is the number of lines consumed. */
@Named("airportFileReader")
@Dependent
public class AirportFileReader extends AbstractItemReader {

    static final String RESOURCE = "reference/airports.tsv";

    private BufferedReader reader;
    private int lineNumber;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        InputStream in = AirportFileReader.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException(RESOURCE + " is not on the classpath");
        }
        reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int skip = checkpoint == null ? 0 : (Integer) checkpoint;
        while (lineNumber < skip && reader.readLine() != null) {
            lineNumber++;
        }
    }

    @Override
    public Object readItem() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank() && !line.startsWith("#")) {
                try {
                    return AirportRecord.parse(line);
                } catch (IllegalArgumentException e) {
                    throw new IOException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
