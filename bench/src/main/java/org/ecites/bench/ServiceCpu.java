package org.ecites.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * The CPU time a service of the local suite (a process on this machine) spends between two reports, divided by
 * the requests it served meanwhile: the cost of one request on the server side, whatever the client's latency.
 */
final class ServiceCpu {

    private final ProcessHandle process;
    private Duration reported;

    private ServiceCpu(ProcessHandle process) {
        this.process = process;
        this.reported = cpu();
    }

    /** The local suite's service started with {@code -Dquarkus.http.port=<port>}. */
    static ServiceCpu listeningOn(int port) {
        String argument = "-Dquarkus.http.port=" + port;
        return new ServiceCpu(ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(Arrays::asList)
                        .map(arguments -> arguments.contains(argument)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no local service on port " + port)));
    }

    /** Prints the CPU used since the last report per request and restarts the count. */
    void report(String what, int requests) {
        Duration now = cpu();
        Duration used = now.minus(reported);
        reported = now;
        System.out.printf("service CPU: %.1f s for %d %s, %.2f ms each%n", used.toMillis() / 1e3, requests, what,
                used.toNanos() / 1e6 / requests);
    }

    private Duration cpu() {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the CPU time of " + process.pid() + " is not readable"));
    }
}
