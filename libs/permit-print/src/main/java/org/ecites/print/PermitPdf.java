package org.ecites.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ecites.events.CodeNames;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.TradeParty;
import org.ecites.seal.QrCodes;
import org.ecites.seal.SealCodec;
import org.ecites.print.FormCanvas.Cell;

/**
 * The printable permit: every box of the CITES standard form (Res. Conf. 12.3, Annex 2), one block of
 * boxes 7 to 12b per line item, and the signed QR code in box 5b where the security stamp used to be.
 * Labels and code names are in the working language the issuing Party chose (English, French, Spanish).
 */
public final class PermitPdf {

    private static final Map<String, Locale> LANGUAGES = Map.of("EN", Locale.ENGLISH, "FR", Locale.FRENCH,
            "ES", Locale.forLanguageTag("es"));

    /** The Convention's working languages, as the form's labels and the code lists' names have them. */
    public static final Set<String> WORKING_LANGUAGES = LANGUAGES.keySet();

    private static final CodeNames NO_NAMES = new CodeNames(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private PermitPdf() {
    }

    /**
     * @param language EN, FR or ES (see {@link #WORKING_LANGUAGES})
     * @throws IllegalArgumentException for any other language
     */
    public static byte[] render(PermitDocument permit, String seal, String verificationCode, String language) {
        Locale locale = LANGUAGES.get(language.toUpperCase(Locale.ROOT));
        if (locale == null) {
            throw new IllegalArgumentException("the Convention's working languages are EN, FR and ES, not " + language);
        }
        ResourceBundle labels = ResourceBundle.getBundle("org.ecites.print.form.labels", locale);
        Naming name = new Naming(permit.codeNames() == null ? NO_NAMES : permit.codeNames(), names(locale));
        SealCodec.Seal sealed = SealCodec.decode(seal);
        try (PDDocument document = new PDDocument(); FormCanvas form = new FormCanvas(document)) {
            form.centered(labels.getString("convention"), 9);
            form.row(Cell.of("1. " + labels.getString("document"), typeLabel(permit.documentType(), labels)
                    + "  " + permit.permitNumber(), 0.6f), Cell.of(labels.getString("box2"),
                    String.valueOf(permit.validUntil()), 0.4f));
            form.row(Cell.of(labels.getString("box3"), party(permit.importer(), name), 0.5f),
                    Cell.of(labels.getString("box4"), party(permit.exporter(), name), 0.5f));
            form.row(Cell.of(labels.getString("box3a"), name.country(permit.importerParty()), 0.5f),
                    Cell.of(labels.getString("box6"), permit.issuingAuthority() != null
                            ? party(permit.issuingAuthority(), name)
                            : String.format(labels.getString("box6.authority"), name.country(permit.issuingParty())),
                            0.5f));
            form.row(Cell.of(labels.getString("box5"), permit.specialConditions(), 0.35f),
                    Cell.of(labels.getString("box5a"), name.code(name.codes().purposes(), permit.purpose()), 0.3f),
                    new Cell(labels.getString("box5b"), sealed.keyId(), 0.35f, 170,
                            QrCodes.matrix(seal)));
            for (LineItem item : permit.lineItems()) {
                block(form, labels, name, item);
            }
            form.row(Cell.of(labels.getString("box13"), join(permit.placeOfIssue(),
                    String.valueOf(LocalDate.ofInstant(permit.issuedAt(), ZoneOffset.UTC))), 0.6f),
                    Cell.of(labels.getString("box15"), "", 0.4f));
            form.row(new Cell(labels.getString("box14"), "", 1f, 60, null));
            form.centered(String.format(labels.getString("signedBy"), name.country(permit.issuingParty()),
                    sealed.keyId(), sealed.summary().signedAtInstant()), 7);
            form.centered(String.format(labels.getString("verificationCode"), permit.permitNumber(),
                    verificationCode), 7);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            form.close();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(FormCanvas form, ResourceBundle labels, Naming name, LineItem item) {
        String block = labels.getString("block") + " " + item.itemId() + " — ";
        form.row(Cell.of(block + labels.getString("box7"), join(item.scientificName(), item.commonName()), 0.5f),
                Cell.of(labels.getString("box9"), join(name.code(name.codes().terms(), item.term()),
                        item.description()), 0.5f));
        form.row(Cell.of(labels.getString("box10"), item.appendix() + " / " + item.source() + " ("
                        + name.code(name.codes().sources(), item.source()) + ")", 0.3f),
                Cell.of(labels.getString("box11"), quantity(item.quantity(), item.unit(), name), 0.3f),
                Cell.of(labels.getString("box11a"), item.annualQuota() == null ? ""
                        : quantity(item.quotaUsedToDate(), item.unit(), name) + " / "
                        + quantity(item.annualQuota(), item.unit(), name), 0.4f));
        form.row(Cell.of(labels.getString("box12"), join(name.country(item.originCountry()), item.originPermitNumber(),
                        Objects.toString(item.originPermitDate(), null)), 0.34f),
                Cell.of(labels.getString("box12a"), join(name.country(item.lastReExportCountry()),
                        item.lastReExportCertificateNumber(), Objects.toString(item.lastReExportDate(), null)), 0.33f),
                Cell.of(labels.getString("box12b"), join(item.registeredOperation(),
                        Objects.toString(item.acquisitionDate(), null)), 0.33f));
    }

    private static Function<CodeNames.CodeName, String> names(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> CodeNames.CodeName::french;
            case "es" -> CodeNames.CodeName::spanish;
            default -> CodeNames.CodeName::english;
        };
    }

    private static String typeLabel(DocumentType type, ResourceBundle labels) {
        return switch (type) {
            case EXPORT, RE_EXPORT, IMPORT -> labels.getString("type." + type.name());
            default -> labels.getString("type.OTHER") + " (" + type.name().replace('_', ' ') + ")";
        };
    }

    private static String quantity(BigDecimal quantity, String unit, Naming name) {
        String amount = quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
        return unit == null || unit.isEmpty() ? amount : amount + " " + name.code(name.codes().units(), unit);
    }

    private static String party(TradeParty party, Naming name) {
        return party == null ? "" : join(party.name(), party.address(), name.country(party.country()));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }

    /** The names the document was issued with, in the language printed; a code without a name is printed alone. */
    private record Naming(CodeNames codes, Function<CodeNames.CodeName, String> language) {

        String code(Map<String, CodeNames.CodeName> list, String code) {
            CodeNames.CodeName names = code == null ? null : list.get(code);
            return names == null ? Objects.toString(code, "") : code + " " + language.apply(names);
        }

        String country(String code) {
            CodeNames.CodeName names = code == null ? null : codes.countries().get(code);
            return code == null ? "" : (names == null ? code : language.apply(names)) + " (" + code + ")";
        }
    }
}
