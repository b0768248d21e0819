package eu.flightclaim.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Payara Server deployment group of instances on this machine, run by the domain of a started
 * {@link FlightClaimStack} (its DAS): the reference for a real cluster, where only the nodes' host
 * names differ. The DAS creates a node, the group and the instances; the instances take the server
 * settings of {@code docker/pre-boot-commands.asadmin} (written into {@code default-config} before
 * they are created, so each instance's config starts from them), the datasource and the mail session
 * (resource references) and the batch runtime's datasource; the EAR is deployed to the group. Each
 * instance inherits the DAS's environment (the {@code FC_*} settings) when the DAS starts it.
 *
 * <p>Instance {@code i} (from 1) has the ports of {@code portBase + 1000 × i}: HTTP {@code +80}, admin
 * {@code +48}.
 */
public final class DeploymentGroup {

    public static final String GROUP = "fc-group";
    private static final String NODE = "fc-node";

    private final FlightClaimStack stack;
    private final int instances;
    private final int portBase;

    public DeploymentGroup(FlightClaimStack stack, int instances, int portBase) {
        this.stack = stack;
        this.instances = instances;
        this.portBase = portBase;
    }

    public String instanceName(int i) {
        return "fc-" + i;
    }

    public int httpPort(int i) {
        return portBase + 1000 * i + 80;
    }

    public String httpBase(int i) {
        return "http://localhost:" + httpPort(i);
    }

    /**
     * Creates what is missing (node, group, instances, references), starts the group, deploys the EAR to
     * it. The instances use the JMS broker on {@code brokerPort} ({@link SharedBroker}).
     */
    public void start(Path ear, Path payaraHome, Path nodeDir, Path preBootCommands, Path workDir, int brokerPort) {
        PayaraDomain das = stack.domain();
        List<PayaraDomain.Command> commands = new ArrayList<>();
        commands.add(new PayaraDomain.Command(true, "create-node-config", "--nodehost", "localhost", "--installdir",
                payaraHome.toString(), "--nodedir", nodeDir.toString(), NODE));
        // the instances' configs are copies of default-config made when each is created: settings first,
        // then the same to the configs of instances made before
        List<String> settings = new ArrayList<>(defaultConfigSettings(preBootCommands));
        settings.addAll(clusterSettings(brokerPort));
        for (String setting : settings) {
            commands.add(new PayaraDomain.Command(false, "set", setting));
            for (int i = 1; i <= instances; i++) {
                commands.add(new PayaraDomain.Command(true, "set", setting.replace(".default-config.",
                        "." + instanceName(i) + "-config.")));
            }
        }
        for (String option : PayaraDomain.JVM_OPTIONS) {
            commands.add(new PayaraDomain.Command(true, "create-jvm-options", "--target", "default-config",
                    option.replace(":", "\\:")));
        }
        // the batch runtime's datasource is a config setting (a deployment group is no target for it)
        commands.add(new PayaraDomain.Command(false, "set-batch-runtime-configuration", "--target", "default-config",
                "--datasourcelookupname", ServerResources.DATASOURCE));
        commands.add(new PayaraDomain.Command(true, "create-deployment-group", GROUP));
        for (int i = 1; i <= instances; i++) {
            commands.add(new PayaraDomain.Command(true, "create-instance", "--node", NODE, "--deploymentgroup", GROUP,
                    "--portbase", Integer.toString(portBase + 1000 * i), instanceName(i)));
        }
        for (String resource : List.of(ServerResources.DATASOURCE, ServerResources.MAIL_SESSION)) {
            commands.add(new PayaraDomain.Command(true, "create-resource-ref", "--target", GROUP, resource));
        }
        for (int i = 1; i <= instances; i++) { // instances made before (their configs are copies)
            commands.add(new PayaraDomain.Command(false, "set-batch-runtime-configuration", "--target", instanceName(i),
                    "--datasourcelookupname", ServerResources.DATASOURCE));
        }
        // deployed to the running instances, which then ask for a restart to load it ("pending config
        // changes: _deploy"); asadmin may call the deployment failed meanwhile: whether it runs shows as
        // the instances answer (awaitReady). Availability on: the console's sessions live on the data grid
        commands.add(new PayaraDomain.Command(false, "start-deployment-group", GROUP));
        commands.add(new PayaraDomain.Command(true, "undeploy", "--target", GROUP, FlightClaimStack.APPLICATION));
        commands.add(new PayaraDomain.Command(true, "deploy", "--target", GROUP, "--name", FlightClaimStack.APPLICATION,
                "--availabilityenabled=true", ear.toString()));
        commands.add(new PayaraDomain.Command(false, "restart-deployment-group", GROUP));
        das.adminBatch(workDir, commands);
    }

    /**
     * What an instance of a cluster needs beyond a single server's settings, for {@code default-config}:
     * the EJB timer service on the data grid (an instance has no timer database of its own, and the
     * application's timers are not persistent anyway); the shared JMS broker; the client's address from
     * the balancer's {@code Proxy-ip} header ({@link LoadBalancer}), so the HTTP listener listens on
     * this machine only (on a real cluster: a firewall lets only the balancer reach it).
     */
    static List<String> clusterSettings(int brokerPort) {
        String config = "configs.config.default-config.";
        return List.of(config + "ejb-container.ejb-timer-service.ejb-timer-service=DataGrid",
                config + "jms-service.type=REMOTE",
                config + "jms-service.jms-host.default_JMS_host.host=127.0.0.1",
                config + "jms-service.jms-host.default_JMS_host.port=" + brokerPort,
                config + "network-config.protocols.protocol.http-listener-1.http.auth-pass-through-enabled=true",
                // it trusts the Proxy-ip header: reachable only from this machine, where the balancer is
                config + "network-config.network-listeners.network-listener.http-listener-1.address=127.0.0.1");
    }

    /** The PID of a running instance's JVM, from the file the instance writes. */
    public long pid(Path nodeDir, int i) {
        try {
            return Long.parseLong(Files.readString(nodeDir.resolve(NODE).resolve(instanceName(i)).resolve("config/pid"))
                    .strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An instance's own log folder (server.log and its rotations). */
    public Path logs(Path nodeDir, int i) {
        return nodeDir.resolve(NODE).resolve(instanceName(i)).resolve("logs");
    }

    /** Starts one instance again (after it was stopped or killed). */
    public void startInstance(int i) {
        stack.domain().adminBatch(Path.of(System.getProperty("java.io.tmpdir")),
                List.of(new PayaraDomain.Command(false, "start-instance", instanceName(i))));
    }

    /** Stops the group's instances (the DAS stops with the stack). */
    public void stop() {
        stack.domain().adminBatch(Path.of(System.getProperty("java.io.tmpdir")),
                List.of(new PayaraDomain.Command(true, "stop-deployment-group", GROUP)));
    }

    /**
     * The pre-boot file's settings for {@code server-config} (what follows {@code set}), addressed to
     * {@code default-config}, with
     * {@code ${ENV=…}} left for each instance to read from its environment.
     */
    static List<String> defaultConfigSettings(Path preBootCommands) {
        try {
            return Files.readAllLines(preBootCommands, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> l.startsWith("set configs.config.server-config."))
                    .map(l -> l.substring("set ".length()).replace("configs.config.server-config.", "configs.config.default-config."))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
