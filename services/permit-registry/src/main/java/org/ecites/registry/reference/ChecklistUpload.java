package org.ecites.registry.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.ecites.reference.ChecklistReader;

/**
 * A checklist in the Species+ (SAPI) export shape: per kingdom (Animalia, Plantae) the taxa and the
 * legislation CSV, as text. It replaces the whole checklist, so every kingdom in use must be given.
 */
public record ChecklistUpload(
        @NotBlank @Size(max = 100) String version,
        @NotEmpty Map<String, @Valid @NotNull KingdomFiles> kingdoms) {

    public record KingdomFiles(@NotBlank String taxa, @NotBlank String legislation) {
    }

    private static final String TAXA = "/taxa.csv";
    private static final String LEGISLATION = "/legislation.csv";

    /** The files to keep, named kingdom/taxa.csv and kingdom/legislation.csv. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new HashMap<>();
        kingdoms.forEach((kingdom, content) -> {
            files.put(kingdom + TAXA, content.taxa().getBytes(StandardCharsets.UTF_8));
            files.put(kingdom + LEGISLATION, content.legislation().getBytes(StandardCharsets.UTF_8));
        });
        return files;
    }

    /** The kept files again as the reader takes them. */
    public static Map<String, ChecklistReader.Files> kingdoms(Map<String, byte[]> files) {
        Map<String, ChecklistReader.Files> kingdoms = new HashMap<>();
        files.keySet().stream().filter(name -> name.endsWith(TAXA)).forEach(name -> {
            String kingdom = name.substring(0, name.length() - TAXA.length());
            kingdoms.put(kingdom, new ChecklistReader.Files(files.get(name), files.get(kingdom + LEGISLATION)));
        });
        return kingdoms;
    }
}
