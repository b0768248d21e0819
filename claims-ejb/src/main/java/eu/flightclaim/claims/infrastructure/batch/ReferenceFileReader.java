package eu.flightclaim.claims.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * Reads one packaged reference file (the step's {@code file} property names a {@link ReferenceFile})
 * line by line into upsert parameters; the checkpoint is the number of lines consumed.
 */
@Named("referenceFileReader")
@Dependent
public class ReferenceFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "file")
    String file;

    private ReferenceFile reference;
    private BufferedReader reader;
    private int lineNumber;

    public ReferenceFileReader() {
    }

    ReferenceFileReader(ReferenceFile reference) {
        this.file = reference.name();
    }

    @Override
    public void open(Serializable checkpoint) throws IOException {
        reference = ReferenceFile.valueOf(file);
        InputStream in = ReferenceFileReader.class.getClassLoader().getResourceAsStream(reference.resource());
        if (in == null) {
            throw new IOException(reference.resource() + " is not on the classpath");
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
                    return reference.parse(line);
                } catch (IllegalArgumentException e) {
                    throw new IOException(reference.resource() + " line " + lineNumber + ": " + e.getMessage(), e);
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
