package eu.flightclaim.files.infrastructure.storage;

import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Objects as files under a root folder. A write goes to a temporary name in the same folder,
 * is forced to disk, checked for length and renamed atomically: a crash leaves at most a
 * {@code .part} file (listed like any object, so reconciliation removes it), never a short object.
 */
public class LocalDiskStore implements DocumentStore {

    static final String PART = ".part";
    private final Path root;

    public LocalDiskStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private Path resolve(String key) throws StorageException {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new StorageException("invalid object key " + key, false, null);
        }
        return p;
    }

    @Override
    public void put(String key, Content content, long length) throws StorageException {
        if (key.endsWith(PART)) {
            throw new StorageException("invalid object key " + key, false, null);
        }
        Path target = resolve(key);
        Path part = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + PART);
        try {
            Files.createDirectories(target.getParent());
            long written;
            try (InputStream in = content.open();
                    OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                written = in.transferTo(out);
            }
            if (written != length) {
                throw new StorageException("wrote " + written + " bytes of " + key + ", expected " + length, false, null);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageException("writing " + key + " failed: " + e.getMessage(), false, e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // reconciliation removes it
            }
        }
    }

    @Override
    public InputStream get(String key, long offset) throws StorageException {
        Path p = resolve(key);
        try {
            SeekableByteChannel channel = Files.newByteChannel(p);
            channel.position(offset);
            return Channels.newInputStream(channel);
        } catch (NoSuchFileException e) {
            throw new StorageException.NotFound(key);
        } catch (IOException e) {
            throw new StorageException("reading " + key + " failed: " + e.getMessage(), false, e);
        }
    }

    @Override
    public long size(String key) throws StorageException {
        Path p = resolve(key);
        try {
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException e) {
            throw new StorageException("reading the size of " + key + " failed", false, e);
        }
    }

    @Override
    public void delete(String key) throws StorageException {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new StorageException("deleting " + key + " failed", false, e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) throws StorageException {
        Path start = root.resolve(prefix).normalize();
        if (!start.startsWith(root) || !Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            List<StoredObject> objects = new java.util.ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                objects.add(new StoredObject(root.relativize(f).toString().replace('\\', '/'), Files.size(f),
                        Files.getLastModifiedTime(f).toInstant()));
            }
            objects.sort(java.util.Comparator.comparing(StoredObject::key));
            return objects;
        } catch (IOException e) {
            throw new StorageException("listing " + prefix + " failed", false, e);
        }
    }

    @Override
    public java.util.OptionalLong freeBytes() throws StorageException {
        Path existing = root.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) { // the folder is made at the first write
            existing = existing.getParent();
        }
        try {
            return java.util.OptionalLong.of(Files.getFileStore(existing).getUsableSpace());
        } catch (IOException e) {
            throw new StorageException("free space of " + root + ": " + e, true, e);
        }
    }

    @Override
    public String describe() {
        return "local " + root;
    }
}
