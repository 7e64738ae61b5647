package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.ecites.reference.CodeLists;

/** The CITES code lists and countries the rules check against: the bundled files, or a newer load. */
@ApplicationScoped
public class CodeListHolder extends VersionedReference<CodeLists> {

    public CodeLists codeLists() {
        return current();
    }

    /** The files of the version in force, as a new version that replaces only some of them starts from. */
    public Map<String, byte[]> filesInForce() {
        ReferenceLoad latest = ReferenceLoad.latest(kind()).orElseThrow();
        return ReferenceLoad.BUNDLED.equals(latest.source) ? Map.of() : filesOf(latest);
    }

    @Override
    protected String kind() {
        return ReferenceLoad.CODE_LISTS;
    }

    @Override
    protected CodeLists bundled() {
        return CodeLists.load();
    }

    /** Every load keeps all its files, so a load reads on its own. */
    @Override
    protected CodeLists read(ReferenceLoad load, Map<String, byte[]> files) {
        return CodeLists.read(files, CodeLists::bundledFile);
    }

    @Override
    protected String summary(CodeLists codes) {
        return codes.sources().size() + " sources, " + codes.purposes().size() + " purposes, " + codes.terms().size()
                + " terms, " + codes.units().size() + " units, " + codes.termUnits().size() + " term/unit and "
                + codes.termPurposes().size() + " term/purpose pairs, " + codes.countries().size() + " countries";
    }
}
