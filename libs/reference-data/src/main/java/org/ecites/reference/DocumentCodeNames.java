package org.ecites.reference;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecites.events.CodeNames;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.TradeParty;

/**
 * The names of a document's codes in given code lists, to issue it with: the registry keeps the code lists, and
 * the names travel with the document to whoever prints it.
 */
public final class DocumentCodeNames {

    private DocumentCodeNames() {
    }

    /** The document with the names {@code codes} give its purpose, terms, sources, units and countries. */
    public static PermitDocument named(PermitDocument document, CodeLists codes) {
        return document.withCodeNames(new CodeNames(
                named(codes.purposes(), Stream.of(document.purpose())),
                named(codes.terms(), items(document).map(LineItem::term)),
                named(codes.sources(), items(document).map(LineItem::source)),
                named(codes.units(), items(document).map(LineItem::unit)),
                named(codes.countries(), Stream.concat(Stream.of(document.issuingParty(), document.exporterParty(),
                        document.importerParty(), countryOf(document.exporter()), countryOf(document.importer()),
                        countryOf(document.issuingAuthority())), items(document).flatMap(
                                item -> Stream.of(item.originCountry(), item.lastReExportCountry()))))));
    }

    private static String countryOf(TradeParty party) {
        return party == null ? null : party.country();
    }

    private static Stream<LineItem> items(PermitDocument document) {
        return document.lineItems().stream();
    }

    private static Map<String, CodeNames.CodeName> named(Map<String, CodeLists.CodeName> list, Stream<String> codes) {
        return codes.filter(Objects::nonNull).filter(list::containsKey).distinct().collect(Collectors.toMap(
                Function.identity(), code -> {
                    CodeLists.CodeName name = list.get(code);
                    return new CodeNames.CodeName(name.english(), name.french(), name.spanish());
                }));
    }
}
