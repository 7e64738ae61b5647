package org.ecites.customs.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.platform.problem.FieldProblem;
import org.ecites.platform.problem.ProblemException;

/** Quantities customs gives per block: each block of the document once, in its unit. */
public final class BlockQuantities {

    /** One quantity as customs gave it: the block, the amount and, if stated, its unit. */
    public record Given(String itemId, BigDecimal quantity, String unit) {
    }

    private BlockQuantities() {
    }

    /**
     * @param refuseAbovePermitted true at export (nothing leaves beyond the permit), false at import (what
     *                             arrived is recorded, and a surplus flagged)
     * @throws ProblemException 400 naming each faulty field
     */
    static Map<String, LineItem> check(List<Given> given, PermitDocument permit, boolean refuseAbovePermitted) {
        Map<String, LineItem> items = permit.lineItems().stream()
                .collect(Collectors.toMap(LineItem::itemId, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Given quantity = given.get(i);
            String path = "quantities[" + i + "].";
            LineItem item = items.get(quantity.itemId());
            if (item == null) {
                problems.add(new FieldProblem(path + "itemId", "the permit has no block " + quantity.itemId()));
            } else if (!seen.add(quantity.itemId())) {
                problems.add(new FieldProblem(path + "itemId", "block " + quantity.itemId() + " is given twice"));
            } else if (quantity.unit() != null && !quantity.unit().equals(item.unit())) {
                problems.add(new FieldProblem(path + "unit", "block " + item.itemId() + " is permitted in "
                        + (item.unit() == null ? "number of specimens" : item.unit()) + ", not " + quantity.unit()));
            } else if (refuseAbovePermitted && quantity.quantity().compareTo(item.quantity()) > 0) {
                problems.add(new FieldProblem(path + "quantity", "box 14: " + quantity.quantity()
                        + " is more than the " + plain(item.quantity()) + " the permit allows for block "
                        + item.itemId()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("the quantities break " + problems.size() + " rule(s)", problems);
        }
        return items;
    }

    static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
