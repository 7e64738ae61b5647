package org.ecites.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SapiSuspensionsTest {

    private static SapiSuspensions.Import bundled;

    @BeforeAll
    static void read() {
        bundled = SapiSuspensions.read(SapiSuspensions.bundledFile(), Checklist.bundled());
    }

    @Test
    void readsTheCurrentSuspensionsWithTaxaAndExceptionsNamedThroughTheChecklist() {
        assertThat(bundled.suspensions().size() + bundled.skipped()).isEqualTo(110);
        assertThat(bundled.suspensions()).anySatisfy(suspension -> {
            assertThat(suspension.party()).isEqualTo("MG");
            assertThat(suspension.scientificName()).isEqualTo("Calumma");
            assertThat(suspension.excludedNames()).hasSize(15).contains("Calumma andringitraense", "Calumma parsonii");
            assertThat(suspension.text()).startsWith("All exports, except C. andringitraense");
        });
        assertThat(bundled.suspensions()).anySatisfy(suspension -> {
            assertThat(suspension.party()).isEqualTo("SO");
            assertThat(suspension.scientificName()).isNull();
            assertThat(suspension.text()).startsWith("All commercial trade");
        });
    }

    @Test
    void aFileOfAnotherShapeIsRefused() {
        for (String other : new String[] {"a,b\n1,2\n", "nonsense", ""}) {
            assertThatThrownBy(() -> SapiSuspensions.read(other.getBytes(StandardCharsets.UTF_8), Checklist.bundled()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IsCurrent");
        }
    }
}
