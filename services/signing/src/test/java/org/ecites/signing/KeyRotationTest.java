package org.ecites.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecites.signing.SignedPermits.sealOf;
import static org.ecites.signing.SignedPermits.signedExport;
import static org.ecites.signing.SignedPermits.verify;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.ecites.seal.SealCodec;
import org.ecites.seal.TrustList;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** Keys that sign for a minute only; the test moves the service's clock on instead of waiting. */
@QuarkusTest
@TestProfile(KeyRotationTest.ShortKeyUsage.class)
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class KeyRotationTest {

    @Inject
    MovableClock clock;

    public static class ShortKeyUsage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ecites.signing.key-usage-period", "PT1M");
        }
    }

    @Test
    void aKeyPastItsUsagePeriodGivesWayToANewOneAndStillVerifies() {
        String first = SealCodec.decode(sealOf(signedExport("UG", "CH"))).keyId();
        String sealOfFirst = sealOf(signedExport("UG", "CH"));

        clock.moveOn(Duration.ofMinutes(2));
        String second = SealCodec.decode(sealOf(signedExport("UG", "CH"))).keyId();

        assertThat(second).isNotEqualTo(first);
        verify(sealOfFirst).body("code", equalTo("VALID"));
        assertThat(KeyManagementTest.trustList().parties()).filteredOn(party -> party.party().equals("UG"))
                .singleElement().extracting(TrustList.TrustedParty::signingKeys)
                .satisfies(keys -> assertThat(keys).extracting(TrustList.TrustedKey::keyId).contains(first, second));
    }
}
