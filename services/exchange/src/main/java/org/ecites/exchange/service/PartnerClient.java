package org.ecites.exchange.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.Guard;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ecites.exchange.config.DeliveryConfig;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.PartnerProtocol;

/**
 * Pushes one message to a REST partner, behind a circuit breaker per partner (SmallRye Fault Tolerance):
 * a partner that keeps failing is left alone for a while instead of being hammered by every due push.
 * The delivery id travels as {@code X-Cites-Delivery}, so a partner that got a push whose answer was lost
 * recognises the retry; over HTTPS the exchange shows its own client certificate ({@link PartnerTlsIdentity}).
 */
@ApplicationScoped
public class PartnerClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeliveryConfig config;
    private final EpixPartnerClient epix;
    private final HttpClient http;
    private final Map<UUID, Guard> breakers = new ConcurrentHashMap<>();

    PartnerClient(DeliveryConfig config, EpixPartnerClient epix, PartnerTlsIdentity identity) {
        this.config = config;
        this.epix = epix;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.requestTimeout());
        identity.context().ifPresent(builder::sslContext);
        this.http = builder.build();
    }

    /** An EPIX partner takes only our calls of its ConfirmQuantities; a REST partner every message. */
    PushOutcome push(UUID partnerId, PartnerProtocol protocol, String endpoint, UUID deliveryId,
            DeliveryMessage message, String payload) {
        try {
            return breaker(partnerId).call(() -> protocol == PartnerProtocol.EPIX_SOAP
                    ? epix.confirmQuantities(endpoint, payload)
                    : send(endpoint, deliveryId, message, payload), PushOutcome.class);
        } catch (CircuitBreakerOpenException e) {
            return PushOutcome.notTried("circuit open: the partner failed too often lately");
        } catch (Exception e) {
            return PushOutcome.failed(false, e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    private PushOutcome send(String endpoint, UUID deliveryId, DeliveryMessage message, String payload)
            throws IOException, InterruptedException {
        boolean signedDocument = message == DeliveryMessage.PERMIT || message == DeliveryMessage.FINAL_CERTIFICATE;
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(config.requestTimeout())
                .header("Content-Type", signedDocument ? "application/xml" : "application/json")
                .header("X-Cites-Message", message.name())
                .header("X-Cites-Delivery", deliveryId.toString())
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return PushOutcome.delivered(warnings(response.body()), "HTTP " + status);
        }
        String body = abbreviate(response.body());
        String detail = "HTTP " + status + (body.isBlank() ? "" : ": " + body);
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return PushOutcome.failed(true, detail);
        }
        throw new IOException(detail);
    }

    private Guard breaker(UUID partnerId) {
        return breakers.computeIfAbsent(partnerId, id -> Guard.create()
                .withDescription("push to partner " + id)
                .withCircuitBreaker().requestVolumeThreshold(config.circuitWindow())
                .failureRatio(config.circuitFailureRatio())
                .delay(config.circuitDelay().toMillis(), ChronoUnit.MILLIS).done()
                .build());
    }

    /** A partner answers {@code {"warnings": [...]}} when it took the message but could not use all of it. */
    private static String warnings(String body) {
        try {
            JsonNode warnings = JSON.readTree(body == null || body.isBlank() ? "{}" : body).path("warnings");
            return warnings.isArray() && !warnings.isEmpty() ? abbreviate(warnings.toString()) : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
