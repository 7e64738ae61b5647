package org.ecites.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecites.reference.SapiQuotas.NationalQuota;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SapiQuotasTest {

    private static Checklist checklist;
    private static SapiQuotas.Import bundled;

    @BeforeAll
    static void read() {
        checklist = Checklist.bundled();
        bundled = SapiQuotas.read(SapiQuotas.bundledFile(), checklist);
    }

    @Test
    void readsTheBundledQuotasWithTaxaNamedThroughTheChecklist() {
        assertThat(bundled.quotas()).hasSizeGreaterThan(13_000);
        assertThat(bundled.quotas()).anySatisfy(quota -> {
            assertThat(quota.party()).isEqualTo("CM");
            assertThat(quota.year()).isEqualTo(1997);
            assertThat(quota.terms()).containsExactly("SKI");
            assertThat(quota.quantity()).isEqualByComparingTo("70000");
            assertThat(checklist.lineage(quota.scientificName())).hasSizeGreaterThan(3);
        });
    }

    @Test
    void severalTermsShareOneQuotaAndQuotasNotSetAreSkipped() {
        assertThat(bundled.quotas()).anySatisfy(quota -> assertThat(quota.terms()).containsExactly("COR", "LIV"));
        assertThat(bundled.quotas()).extracting(NationalQuota::quantity)
                .allSatisfy(quantity -> assertThat(quantity).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        assertThat(bundled.skipped()).isGreaterThanOrEqualTo(369);
    }

    @Test
    void aHigherTaxonLeadsTheLineageOfItsSpecies() {
        List<String> lineage = checklist.lineage("Crocodylus niloticus");

        assertThat(lineage).startsWith("Crocodylus niloticus", "Crocodylus").contains("CROCODYLIDAE");
        assertThat(checklist.lineage("Crocodylus unknownii")).startsWith("Crocodylus unknownii", "Crocodylus");
        assertThat(checklist.lineage("Nonexistent thing")).containsExactly("Nonexistent thing");
    }

    @Test
    void aFileOfAnotherShapeIsRefused() {
        assertThatThrownBy(() -> SapiQuotas.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), checklist))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RecId");
    }
}
