package org.ecites.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeListsTest {

    private final CodeLists codes = CodeLists.load();

    @Test
    void readsEveryListWithItsThreeLanguages() {
        assertEquals(105, codes.terms().size());
        assertEquals(38, codes.units().size());
        assertEquals(12, codes.purposes().size());
        assertEquals("vivant", codes.terms().get("LIV").french());
    }

    @Test
    void sourceCodesIncludeIntroductionFromTheSeaAndAssistedProduction() {
        assertTrue(codes.isSource("W"));
        assertTrue(codes.isSource("X"));
        assertTrue(codes.isSource("Y"));
        assertFalse(codes.isSource("Q"));
    }

    @Test
    void countriesAreIsoCodesWithoutTradeDatabaseRegions() {
        assertTrue(codes.isCountry("CH"));
        assertTrue(codes.isCountry("NO"));
        assertFalse(codes.isCountry("XF"));
        assertEquals(new CodeLists.CodeName("Switzerland", "Suisse", "Suiza"), codes.countries().get("CH"));
    }

    @Test
    void termUnitPairsAcceptTheEmptyUnitAsNumberOfSpecimens() {
        assertTrue(codes.allowsUnitFor("LIV", null));
        assertTrue(codes.allowsUnitFor("LIV", "KIL"));
        assertFalse(codes.allowsUnitFor("LIV", "CUM"));
        assertTrue(codes.isUnit(""));
        assertFalse(codes.isUnit("XYZ"));
    }
}
