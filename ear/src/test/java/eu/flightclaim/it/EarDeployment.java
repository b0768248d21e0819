package eu.flightclaim.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: Arquillian deploys the EAR the build produced into the Payara
 * domain {@link IntegrationStack} started, and the tests talk to it over HTTP as clients do.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class EarDeployment {

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return Deployments.ear();
    }
}
