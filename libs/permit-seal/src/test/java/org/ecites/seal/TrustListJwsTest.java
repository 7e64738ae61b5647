package org.ecites.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrustListJwsTest {

    private final TrustedParties world = new TrustedParties();
    private final Instant nextUpdate = TrustedParties.NOW.plus(Duration.ofDays(1));

    @Test
    void aListSignedByTheAnchorReadsBackWhole() {
        TrustList list = TrustListJws.read(world.signedTrustList(nextUpdate), world.anchor);

        assertThat(list).isEqualTo(world.trustList(nextUpdate));
    }

    @Test
    void aListSignedByAnyoneElseIsRefused() {
        TrustedParties other = new TrustedParties();

        assertThatThrownBy(() -> TrustListJws.read(world.signedTrustList(nextUpdate), other.anchor))
                .isInstanceOfSatisfying(SealException.class,
                        e -> assertThat(e.code()).isEqualTo(VerdictCode.UNTRUSTED_CERTIFICATE));
    }

    @Test
    void anAlteredListIsRefused() {
        String jws = world.signedTrustList(nextUpdate);
        String[] parts = jws.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sequence\":99,\"parties\":[]}".getBytes()) + "." + parts[2];

        assertThatThrownBy(() -> TrustListJws.read(forged, world.anchor)).isInstanceOf(SealException.class);
    }
}
