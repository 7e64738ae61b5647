package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ecites.reference.AnnotationCoverage;
import org.ecites.reference.Checklist;
import org.ecites.reference.Listing;
import org.ecites.registry.reference.ChecklistHolder;
import org.ecites.registry.service.PermitApplication;

/**
 * Box 9 against the listing's annotation on parts and derivatives: a block that the annotation leaves
 * outside CITES (a term it does not designate, or one it exempts for the block's source and taxon) needs
 * no permit, and the officer is told so; one who issues anyway states why ({@code notCoveredReason}).
 */
@ApplicationScoped
public class AnnotationRule implements PermitRule {

    static final String NAME = "annotation-coverage";
    private static final AnnotationCoverage COVERAGE = AnnotationCoverage.bundled();

    private final ChecklistHolder checklists;

    AnnotationRule(ChecklistHolder checklists) {
        this.checklists = checklists;
    }

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        var checklist = checklists.checklist();
        draft.forEachItem((item, path) -> {
            if (item.notCoveredReason() == null) {
                notCovered(draft, item, checklist).ifPresent(why -> violations.add(NAME, "9", path + "term",
                        item.scientificName().strip() + " as " + item.term() + " is not covered by CITES (" + why
                                + "): no permit is needed; to issue one anyway, give notCoveredReason"));
            }
        });
    }

    /** Why the block falls outside CITES under its listing's annotation, if it does. */
    private static Optional<String> notCovered(PermitDraft draft, PermitApplication.Item item, Checklist checklist) {
        return draft.listingOf(item, checklist).listing().map(Listing::hashAnnotation).filter(a -> !a.isBlank())
                .flatMap(annotation -> COVERAGE.notCovered(annotation, item.term(), item.source(),
                        checklist.lineage(item.scientificName()), draft.exporterCountry()));
    }
}
