package org.ecites.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ecites.events.EventTopics;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitSigned;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** The events of one poll are applied in one transaction, each under its own Party, and fail one by one. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class BatchedEventsTest {

    private static final List<String> PARTIES = List.of("CH", "NO", "KE");

    @Inject
    EntityManager entityManager;

    @Test
    void eventsOfSeveralPartiesPolledTogetherShareATransactionAndEachIsWrittenUnderItsOwnParty() {
        List<PermitDocument> permits = IntStream.range(0, 12)
                .mapToObj(i -> PermitDocuments.export(PARTIES.get(i % 3), PARTIES.get((i + 1) % 3))).toList();

        KafkaProbe.publishTogether(permits.stream()
                .map(permit -> new KafkaProbe.Event(permit.issuingParty(), PermitDocuments.signed(permit))).toList());

        List<UUID> ids = permits.stream().map(PermitDocument::permitId).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> Effects.written(entityManager, ids).size() == ids.size());
        Map<UUID, String> issuers = permits.stream()
                .collect(Collectors.toMap(PermitDocument::permitId, PermitDocument::issuingParty));
        List<Effects.Written> written = Effects.written(entityManager, ids);
        assertThat(written).allSatisfy(row -> assertThat(row.party()).as("the Party the database saw for " + row.permitId())
                .isEqualTo(issuers.get(row.permitId())));
        assertThat(written.stream().map(Effects.Written::transaction).distinct().count())
                .as("transactions for 12 events published together").isLessThan(12);
    }

    @Test
    void eachPartysEventsOfAPollAreAppliedTogetherSoTheTransactionSwitchesPartyOncePerParty() {
        List<PermitDocument> permits = IntStream.range(0, 12)
                .mapToObj(i -> PermitDocuments.export(PARTIES.get(i % 3), PARTIES.get((i + 1) % 3))).toList();

        KafkaProbe.publishTogether(permits.stream()
                .map(permit -> new KafkaProbe.Event(permit.issuingParty(), PermitDocuments.signed(permit))).toList());

        List<UUID> ids = permits.stream().map(PermitDocument::permitId).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> Effects.written(entityManager, ids).size() == ids.size());
        Collection<List<String>> partiesOfEachTransaction = partiesInOrderByTransaction(Effects.written(entityManager, ids));
        assertThat(partiesOfEachTransaction).as("a transaction applied events of several Parties")
                .anySatisfy(parties -> assertThat(Set.copyOf(parties)).hasSizeGreaterThan(1));
        assertThat(partiesOfEachTransaction).allSatisfy(parties -> assertThat(switches(parties))
                .as("Party switches in " + parties).isEqualTo(Set.copyOf(parties).size() - 1));
    }

    @Test
    void whenOneDocumentsEventsOfAPollBelongToTwoPartiesThePollIsAppliedInItsOrder() {
        List<KafkaProbe.Event> events = new ArrayList<>();
        List<UUID> shared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PermitDocument other = PermitDocuments.export("CH", "NO");
            PermitDocument permit = PermitDocuments.export("CH", "NO");
            shared.add(permit.permitId());
            events.add(new KafkaProbe.Event("CH", PermitDocuments.signed(other)));
            events.add(new KafkaProbe.Event("NO", PermitDocuments.signed(permit)));
            events.add(new KafkaProbe.Event("CH", PermitDocuments.signed(permit)));
        }

        KafkaProbe.publishTogether(events);

        List<UUID> ids = events.stream().map(event -> ((PermitSigned) event.payload()).permitId()).distinct().toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> Effects.written(entityManager, ids).size() == events.size());
        List<Effects.Written> written = Effects.written(entityManager, ids);
        assertThat(written.stream().map(Effects.Written::transaction).distinct().count())
                .as("transactions for 15 events published together").isLessThan(15);
        for (UUID permit : shared) {
            assertThat(written.stream().filter(row -> row.permitId().equals(permit)).map(Effects.Written::party))
                    .as("the Parties of " + permit + " in the order applied").containsExactly("NO", "CH");
        }
    }

    private static Collection<List<String>> partiesInOrderByTransaction(List<Effects.Written> written) {
        return written.stream().collect(Collectors.groupingBy(Effects.Written::transaction, LinkedHashMap::new,
                Collectors.mapping(Effects.Written::party, Collectors.toList()))).values();
    }

    private static long switches(List<String> parties) {
        return IntStream.range(1, parties.size()).filter(i -> !parties.get(i).equals(parties.get(i - 1))).count();
    }

    @Test
    void anEventThatCanNeverBeAppliedIsDeadLetteredAloneAndTheRestOfItsBatchIsApplied() {
        List<PermitDocument> permits = IntStream.range(0, 8).mapToObj(i -> PermitDocuments.export("CH", "NO")).toList();
        PermitDocument poisoned = permits.get(3);
        TestHandlers.Signed.POISONED.add(poisoned.permitId());

        KafkaProbe.publishTogether(permits.stream()
                .map(permit -> new KafkaProbe.Event("CH", PermitDocuments.signed(permit))).toList());

        var letter = KafkaProbe.await(EventTopics.deadLettersOf(EventTopics.PERMIT_REGISTRY),
                r -> poisoned.permitId().toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(letter, "dead-letter-reason")).contains("cannot be read");
        List<UUID> others = permits.stream().map(PermitDocument::permitId)
                .filter(id -> !id.equals(poisoned.permitId())).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> Effects.written(entityManager, others).size() == others.size());
        assertThat(Effects.written(entityManager, others).stream()
                .collect(Collectors.groupingBy(Effects.Written::permitId, Collectors.counting())))
                .as("each applied once").containsOnlyKeys(others).allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(Effects.of(entityManager, poisoned.permitId(), EventType.PERMIT_SIGNED)).isZero();
    }
}
