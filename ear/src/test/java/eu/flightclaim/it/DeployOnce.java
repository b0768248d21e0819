package eu.flightclaim.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian deploys the EAR once per run instead of once per test class: every class tests the same
 * archive, and a deployment took 8–10 s of each (about 5 minutes of the suite). The EAR stays deployed
 * until {@link IntegrationStack} stops the domain. Test classes therefore share the application's
 * state as they already share its database: a class that changes a setting puts it back.
 */
public class DeployOnce implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    public static class Observer {

        private static final Set<String> DEPLOYED = ConcurrentHashMap.newKeySet();

        public void deploy(@Observes EventContext<DeployDeployment> context) {
            String name = context.getEvent().getDeployment().getDescription().getName();
            if (!DEPLOYED.contains(name)) {
                context.proceed();
                DEPLOYED.add(name);
            }
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
            // left deployed for the next class
        }
    }
}
