package org.ecites.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared PostgreSQL and Kafka after the last test of the JVM, once Quarkus has stopped. */
public class StopInfrastructureAfterTests implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RealInfrastructure.stopAll();
    }
}
