package org.ecites.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Readers of events follow the versioning rule of ADR 0001: an added property never breaks an older consumer. */
class EventJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.ecites.events.AsyncApiContractTest#everyEventType")
    void anOlderConsumerReadsAPayloadWithFieldsAddedAtEveryLevel(EventPayload event) throws Exception {
        ObjectNode newer = (ObjectNode) JSON.readTree(EventJson.encode(event));
        newer.put("addedInALaterRelease", "ignored");
        if (newer.get("permit") instanceof ObjectNode permit) {
            permit.putObject("addedBlock").put("depth", 2);
            ((ObjectNode) permit.withArray("lineItems").get(0)).put("addedToAnItem", true);
        }

        EventPayload read = EventJson.decode(JSON.writeValueAsString(newer), event.getClass());

        assertThat(EventJson.encode(read)).isEqualTo(EventJson.encode(event));
    }

    @ParameterizedTest
    @MethodSource("org.ecites.events.AsyncApiContractTest#everyEventType")
    void aPayloadThatIsNotJsonOfItsTypeIsStillMalformed(EventPayload event) {
        assertThatThrownBy(() -> EventJson.decode("[1, 2]", event.getClass()))
                .isInstanceOf(MalformedEventException.class);
    }
}
