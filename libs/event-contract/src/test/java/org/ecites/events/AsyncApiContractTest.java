package org.ecites.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java event types and api-specs/asyncapi.yaml describe the same events. */
class AsyncApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode ASYNCAPI = readAsyncApi();

    static Stream<EventPayload> everyEventType() {
        PermitDocument permit = new PermitDocument(UUID.randomUUID(), "CH26-000042", DocumentType.EXPORT, "CH", "CH",
                "NO", new TradeParty("Reptilia AG", "Seestrasse 1, 8000 Zurich", "CH"),
                new TradeParty("Akvariet AS", "Nordnes 4, 5005 Bergen", "NO"),
                new TradeParty("Federal Food Safety and Veterinary Office", "Schwarzenburgstrasse 155, 3003 Bern", "CH"),
                "T", null, null,
                LocalDate.of(2026, 11, 25), LocalDate.of(2027, 5, 25), Instant.parse("2026-11-25T10:00:00Z"), "Bern",
                List.of(new LineItem("A", "Crocodylus niloticus", "Nile crocodile", "skins, tags CH-1 to CH-2", "II",
                                "W", "SKI", new BigDecimal("2"), null, new BigDecimal("10"), new BigDecimal("500"), "TZ",
                                "TZ-24-0099", LocalDate.of(2024, 3, 1), null, null, null, null, null, null, null),
                        new LineItem("B", "Acipenser baerii", null, null, "II", "C", "CAV", new BigDecimal("10.000002"), "KIL",
                                null, null, "RU", null, null, null, null, null, null, null, "Acipenser baerii",
                                "covered by ACIPENSERIFORMES spp., Appendix II, since 1998-04-01")),
                new CodeNames(Map.of("T", new CodeNames.CodeName("Commercial", "Commercial", "Comercial")),
                        Map.of("SKI", new CodeNames.CodeName("skins", "peaux", "pieles")),
                        Map.of("W", new CodeNames.CodeName("Specimens taken from the wild", "Spécimens prélevés dans la nature",
                                "Especímenes capturados en el medio silvestre")),
                        Map.of("KIL", new CodeNames.CodeName("kg", "kg", "kg")),
                        Map.of("CH", new CodeNames.CodeName("Switzerland", "Suisse", "Suiza"))));
        return Stream.of(
                new PermitIssued(permit),
                new PermitSigned(permit, "utZnN9eT4sI", "eyJhbGciOiJFUzI1NiJ9.e30.MEUCIQ", "CITES1:6BFOXN%TS3DH", Instant.now(),
                        "7KQ2M-XH4P9", "<rsm:CITESEPermit/>"),
                new FinalCertificateSigned(permit, "<rsm:CITESEPermit/>", Instant.now()),
                new PermitReceived(permit.permitId(), permit.permitNumber(), "CH", "NO", UUID.randomUUID(), Instant.now(),
                        null, null, null),
                new PermitReceived(permit.permitId(), permit.permitNumber(), "CH", "NO", UUID.randomUUID(), Instant.now(),
                        permit, "Swiss national system", new PermitReceived.ExportEndorsement(LocalDate.of(2026, 12, 1),
                        "CHZRH", "ch-customs", "CH-26-EX-7781", "AWB 724-12345675",
                        List.of(new PermitEndorsed.EndorsedQuantity("B", new BigDecimal("8.5"))))),
                new QuantitiesConfirmed(permit, "NO", "Norwegian EPIX adapter", Instant.now(),
                        List.of(new QuantitiesConfirmed.ConfirmedQuantity("A", new BigDecimal("2")))),
                new PermitEndorsed(permit, UUID.randomUUID(), LocalDate.of(2026, 12, 1), "CHZRH", "ch-customs",
                        List.of(new PermitEndorsed.EndorsedQuantity("B", new BigDecimal("8.5"))), "CH-26-EX-7781",
                        "AWB 724-12345675"),
                new ImportCleared(permit, UUID.randomUUID(), LocalDate.of(2026, 12, 3), "NOOSL", "no-customs",
                        List.of(new ImportCleared.ClearedQuantity("B", new BigDecimal("8"))),
                        List.of("block B: exported 8.5, imported 8")),
                new PermitCancelled(permit, "issued in error", "ch-officer", Instant.now()),
                new PermitReplaced(permit, UUID.randomUUID(), "CH26-000043", "wrong importer address", Instant.now()),
                new PermitExpired(permit, LocalDate.of(2027, 5, 26)),
                new PartyOnboarded("KE", "Kenya", "ops-admin", Instant.now()),
                new PartnerChanged(UUID.randomUUID(), "fr-epix", Set.of("FR"),
                        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", true, Instant.now()),
                new PartyOffboarded("KE", "left the hosted platform for its own system", "ops-admin", Instant.now()));
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyPayloadValidatesAgainstItsSchema(EventPayload event) throws IOException {
        Schema schema = schemaOf(event.getClass().getSimpleName());

        assertThat(schema.validate(EventJson.encode(event), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theSchemasRejectAPayloadThatBreaksThem() throws IOException {
        ObjectNode issued = (ObjectNode) JSON.readTree(EventJson.encode(everyEventType().findFirst().orElseThrow()));
        ((ObjectNode) issued.get("permit")).put("importerParty", "Norway");
        ((ObjectNode) issued.get("permit")).remove("lineItems");

        assertThat(schemaOf("PermitIssued").validate(JSON.writeValueAsString(issued), InputFormat.JSON)).hasSize(2);
    }

    @Test
    void everyEventTypeIsAMessageOfItsOwnersChannelUnderItsCloudEventsType() {
        List<String> names = ASYNCAPI.at("/components/messages").valueStream()
                .map(message -> message.get("name").asText()).toList();
        assertThat(names).containsExactlyInAnyOrder(Stream.of(EventType.values())
                .map(EventType::cloudEventType).toArray(String[]::new));

        for (EventType type : EventType.values()) {
            String message = ASYNCAPI.at("/components/messages").properties().stream()
                    .filter(entry -> entry.getValue().get("name").asText().equals(type.cloudEventType()))
                    .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
            List<String> carriers = ASYNCAPI.get("channels").properties().stream()
                    .filter(channel -> channel.getValue().path("messages").has(message))
                    .map(channel -> channel.getValue().get("address").asText()).toList();
            assertThat(carriers).as(type + " travels on its owner's topic only").containsExactly(type.topic());
        }
        assertThat(ASYNCAPI.at("/channels/deadLetters/address").asText())
                .isEqualTo(EventTopics.deadLettersOf("{service}"));
        assertThat(ASYNCAPI.at("/channels/deadLetters/parameters/service/enum").valueStream().map(JsonNode::asText))
                .containsExactlyElementsOf(EventTopics.SERVICES);
    }

    /** One schema with every component schema as a definition, so that its references resolve. */
    private static Schema schemaOf(String name) throws IOException {
        String definitions = JSON.writeValueAsString(ASYNCAPI.at("/components/schemas"))
                .replace("#/components/schemas/", "#/$defs/");
        ObjectNode root = JSON.createObjectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$ref", "#/$defs/" + name);
        root.set("$defs", JSON.readTree(definitions));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.writeValueAsString(root), InputFormat.JSON);
    }

    private static JsonNode readAsyncApi() {
        try {
            return new YAMLMapper().readTree(Files.readString(Path.of("../../api-specs/asyncapi.yaml")));
        } catch (IOException e) {
            throw new IllegalStateException("api-specs/asyncapi.yaml is unreadable", e);
        }
    }
}
