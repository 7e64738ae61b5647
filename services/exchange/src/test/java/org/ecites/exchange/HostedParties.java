package org.ecites.exchange;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ecites.events.PartyOffboarded;
import org.ecites.events.PartyOnboarded;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.RealInfrastructure;

/** Parties hosted or offboarded the way the registry announces it, waiting until the exchange applied it. */
final class HostedParties {

    private HostedParties() {
    }

    static void onboard(String... parties) {
        for (String party : parties) {
            KafkaProbe.publish(UUID.randomUUID(), party, new PartyOnboarded(party, party, "ops-admin", Instant.now()));
        }
        for (String party : parties) {
            awaitHosted(party, true);
        }
    }

    static void offboard(String party) {
        KafkaProbe.publish(UUID.randomUUID(), party, new PartyOffboarded(party, "left", "ops-admin", Instant.now()));
        awaitHosted(party, false);
    }

    private static void awaitHosted(String party, boolean hosted) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.valueOf(hosted).equals(
                RealInfrastructure.queryAsOwner("select hosted from hosted_party where party = ?", party)));
    }
}
