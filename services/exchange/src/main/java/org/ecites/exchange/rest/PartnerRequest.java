package org.ecites.exchange.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.ecites.exchange.repository.PartnerProtocol;
import org.ecites.exchange.service.PartnerRegistration;

/**
 * A partner system as a platform administrator registers it.
 *
 * @param endpoint where we push (REST) or call ConfirmQuantities (EPIX); required for REST
 * @param tlsCertificate PEM of the client certificate it calls us with; its {@code C=} is one of its Parties
 * @param signingCertificate PEM of the certificate its Parties' XML signatures chain to
 */
public record PartnerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerProtocol protocol,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL") String endpoint,
        @NotEmpty @Size(max = 50) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> parties,
        @NotBlank @Size(max = 20_000) String tlsCertificate,
        @NotBlank @Size(max = 20_000) String signingCertificate) {

    PartnerRegistration registration() {
        return new PartnerRegistration(name, protocol, endpoint, parties, tlsCertificate, signingCertificate);
    }
}
