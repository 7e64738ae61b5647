package org.ecites.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.ecites.events.EventTopics;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** Retries outlast an outage: an event that arrives while the database is down for a minute is applied once. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class DatabaseOutageTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anEventThatArrivesDuringAMinuteLongOutageIsAppliedAfterItAndNothingIsDeadLettered() throws Exception {
        PermitDocument permit = PermitDocuments.export("CH", "NO");

        RealInfrastructure.postgres().stop();
        try {
            KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));
            Thread.sleep(Duration.ofSeconds(60));
        } finally {
            RealInfrastructure.postgres().resume();
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Effects.of(entityManager, permit.permitId(), EventType.PERMIT_SIGNED) == 1);
        assertThat(KafkaProbe.collect(EventTopics.deadLettersOf(EventTopics.PERMIT_REGISTRY),
                r -> permit.permitId().toString().equals(r.key()), Duration.ofSeconds(3), Duration.ZERO)).isEmpty();
    }
}
