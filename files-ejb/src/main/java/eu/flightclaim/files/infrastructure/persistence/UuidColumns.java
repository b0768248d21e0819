package eu.flightclaim.files.infrastructure.persistence;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * UUID columns bound as SQL type OTHER, so that a null (a finding or log line without a document)
 * is accepted by a {@code uuid} column: in the server EclipseLink bound it as a varchar.
 */
public class UuidColumns implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof AbstractDirectMapping direct && isUuid(descriptor.getJavaClass(),
                        mapping.getAttributeName())) {
                    direct.getField().setSqlType(Types.OTHER);
                }
            }
        }
    }

    private static boolean isUuid(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(attribute).getType() == UUID.class;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return false;
    }
}
