package eu.flightclaim.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Flight Claim on a cluster on this machine: the DAS of a started {@link FlightClaimStack} (database,
 * mail, server resources), one shared JMS broker ({@link SharedBroker}), a deployment group of
 * instances ({@link DeploymentGroup}) and a load balancer in front ({@link LoadBalancer}). The run
 * command's {@code FC_CLUSTER_INSTANCES=N} and the cluster test ({@code ClusterIT}) both start it.
 *
 * <p>Ports from {@code portBase}: the balancer {@code +90}, the broker {@code +77}, instance {@code i}
 * {@code +1000 × i + 80}.
 */
public final class ClusterStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClusterStack.class.getName());

    private final FlightClaimStack das;
    private final int instances;
    private final int portBase;
    private final Path dataDir;
    private final DeploymentGroup group;
    private SharedBroker broker;
    private LoadBalancer balancer;

    public ClusterStack(FlightClaimStack das, int instances, int portBase, Path dataDir) {
        this.das = das;
        this.instances = instances;
        this.portBase = portBase;
        this.dataDir = dataDir;
        this.group = new DeploymentGroup(das, instances, portBase);
    }

    public static String balancerBase(int portBase) {
        return "http://localhost:" + (portBase + 90);
    }

    /** Starts the broker and the balancer, creates and starts the group with the EAR, waits until all answer. */
    public void start(Path ear, Path payaraHome, Path preBootCommands, Path workDir) {
        broker = new SharedBroker(payaraHome, dataDir.resolve("broker"), portBase + 77);
        broker.start();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (int i = 1; i <= instances; i++) {
            ports.put(group.instanceName(i), group.httpPort(i));
        }
        // first: the instances read the tokens' key set through it
        balancer = new LoadBalancer(portBase + 90, ports);
        balancer.start(workDir.resolve("balancer"));
        group.start(ear, payaraHome, nodeDir(), preBootCommands, workDir, broker.port());
        for (int i = 1; i <= instances; i++) {
            das.awaitReady(group.httpBase(i), Duration.ofMinutes(3));
        }
        das.awaitReady(balancer.httpBase(), Duration.ofMinutes(1));
    }

    public DeploymentGroup group() {
        return group;
    }

    public String httpBase() {
        return balancerBase(portBase);
    }

    public int instances() {
        return instances;
    }

    /** The folder of the instances' node. */
    public Path nodeDir() {
        return dataDir.resolve("nodes");
    }

    /** Stops the balancer, the instances and the broker; the DAS stops with its stack. */
    @Override
    public void close() {
        for (AutoCloseable step : new AutoCloseable[] {balancer, group::stop, broker}) {
            try {
                if (step != null) {
                    step.close();
                }
            } catch (Exception e) {
                LOG.warning("Stopping the cluster: " + e);
            }
        }
    }
}
