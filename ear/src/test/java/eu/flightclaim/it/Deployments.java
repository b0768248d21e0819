package eu.flightclaim.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR the build produced, as every integration test deploys it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "flightclaim.ear")
                .importFrom(new File(System.getProperty("fc.ear")))
                .as(EnterpriseArchive.class);
    }
}
