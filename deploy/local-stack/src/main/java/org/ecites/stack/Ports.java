package org.ecites.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Which loopback ports the suite listens on: the documented ones for a local run, free ones for tests. */
public record Ports(int postgres, int keycloak, int keycloakManagement, boolean anyFreePort) {

    public static Ports standard() {
        return new Ports(15432, 8180, 9180, false);
    }

    public static Ports anyFree() {
        return new Ports(0, free(), free(), true);
    }

    public int kafka() {
        return anyFreePort ? free() : 19092;
    }

    public int kafkaController() {
        return anyFreePort ? free() : 19093;
    }

    /** The exchange's mutual-TLS port for partner systems. */
    public int partnerTls() {
        return anyFreePort ? free() : 8443;
    }

    public int service(Service service) {
        return anyFreePort ? free() : service.defaultPort();
    }

    private static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
