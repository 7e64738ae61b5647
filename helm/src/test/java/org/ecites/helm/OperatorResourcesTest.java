package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.ecites.events.EventTopics;
import org.ecites.infrastructure.Kafka;
import org.junit.jupiter.api.Test;

/** The optional Strimzi and CloudNativePG resources agree with what the services are configured to use. */
class OperatorResourcesTest {

    @Test
    void eachKafkaUserCarriesExactlyTheAclsTheLocalBrokerEnforces() {
        List<JsonNode> users = Charts.ofKind(HostingModes.shared(), "KafkaUser");
        assertThat(users).extracting(u -> u.at("/metadata/name").asText())
                .containsExactlyInAnyOrderElementsOf(EventTopics.SERVICES);
        for (JsonNode user : users) {
            String service = user.at("/metadata/name").asText();
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            assertThat(strimziAcls(user)).as(service)
                    .containsExactlyInAnyOrderElementsOf(Kafka.ServiceAcls.of(service).stream()
                            .map(OperatorResourcesTest::asStrimzi).toList());
        }
    }

    @Test
    void everyServiceHasItsEventsAndDeadLetterTopics() {
        assertThat(Charts.ofKind(HostingModes.shared(), "KafkaTopic")).extracting(t -> t.at("/spec/topicName").asText())
                .containsExactlyInAnyOrderElementsOf(EventTopics.SERVICES.stream()
                        .flatMap(s -> java.util.stream.Stream.of(EventTopics.eventsOf(s), EventTopics.deadLettersOf(s)))
                        .toList());
    }

    @Test
    void theDatabaseClusterHasOneDatabaseAndTheTwoRolesOfEachServiceAsTheServicesUseThem() {
        for (List<JsonNode> objects : List.of(HostingModes.shared(), HostingModes.dedicated())) {
            JsonNode cluster = Charts.ofKind(objects, "Cluster").getFirst();
            assertThat(cluster.at("/spec/postgresql/parameters/synchronous_commit").asText()).isEqualTo("on");
            List<JsonNode> roles = new ArrayList<>();
            cluster.at("/spec/managed/roles").forEach(roles::add);
            for (JsonNode configMap : Charts.ofKind(objects, "ConfigMap")) {
                if (!configMap.at("/data/application.properties").isTextual()) {
                    continue;
                }
                Properties config = properties(configMap.at("/data/application.properties").asText());
                String url = config.getProperty("ecites.db.url");
                String database = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
                assertThat(Charts.ofKind(objects, "Database")).as(database)
                        .filteredOn(d -> d.at("/spec/name").asText().equals(database)).singleElement()
                        .satisfies(d -> assertThat(d.at("/spec/owner").asText()).isEqualTo(config.getProperty("ecites.db.owner")));
                String service = configMap.at("/metadata/labels/app.kubernetes.io~1name").asText();
                JsonNode deployment = Manifests.named(objects, "Deployment", Charts.RELEASE + "-" + service);
                for (String[] role : List.of(new String[] {"ecites.db.user", "ECITES_DB_PASSWORD"},
                        new String[] {"ecites.db.owner", "ECITES_DB_OWNER_PASSWORD"})) {
                    JsonNode managed = roles.stream().filter(r -> r.path("name").asText().equals(config.getProperty(role[0])))
                            .findFirst().orElseThrow(() -> new AssertionError("no role " + config.getProperty(role[0])));
                    assertThat(managed.at("/passwordSecret/name").asText()).as(role[0])
                            .isEqualTo(secretOf(deployment, role[1]));
                }
            }
        }
    }

    private static String secretOf(JsonNode deployment, String variable) {
        for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
            if (env.path("name").asText().equals(variable)) {
                return env.at("/valueFrom/secretKeyRef/name").asText();
            }
        }
        throw new AssertionError(variable + " is not set");
    }

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<String> strimziAcls(JsonNode user) {
        List<String> acls = new ArrayList<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            JsonNode resource = acl.path("resource");
            for (JsonNode operation : acl.path("operations")) {
                acls.add(resource.path("type").asText() + ":" + resource.path("name").asText("kafka-cluster") + ":"
                        + resource.path("patternType").asText("literal") + ":" + operation.asText());
            }
        }
        return acls;
    }

    private static String asStrimzi(AclBinding binding) {
        String operation = switch (binding.entry().operation()) {
            case IDEMPOTENT_WRITE -> "IdempotentWrite";
            default -> binding.entry().operation().name().charAt(0)
                    + binding.entry().operation().name().substring(1).toLowerCase();
        };
        String pattern = binding.pattern().patternType() == PatternType.PREFIXED ? "prefix" : "literal";
        return binding.pattern().resourceType().name().toLowerCase() + ":" + binding.pattern().name() + ":" + pattern
                + ":" + operation;
    }
}
