package org.ecites.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of a kind of reference data, as loaded: when, by whom, from what, and how much. */
@Entity
@Table(name = "reference_load")
public class ReferenceLoad extends PanacheEntityBase {

    public static final String CHECKLIST = "checklist";
    public static final String CODE_LISTS = "code-lists";
    public static final String BUNDLED = "bundled";
    public static final String CSV = "csv-upload";
    public static final String SPECIES_PLUS = "species-plus-api";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    public String version;
    public String source;
    @Column(name = "loaded_at")
    public Instant loadedAt;
    @Column(name = "loaded_by")
    public String loadedBy;
    /** What the load holds, e.g. "28,930 taxa, 5,100 listing entries". */
    public String summary;

    /** Stores a load with its files; the caller's transaction makes it the one in force. */
    public static ReferenceLoad record(String kind, String version, String source, String loadedBy, String summary,
            Map<String, byte[]> files) {
        ReferenceLoad load = new ReferenceLoad();
        load.kind = kind;
        load.version = version;
        load.source = source;
        load.loadedAt = Instant.now();
        load.loadedBy = loadedBy;
        load.summary = summary;
        load.persist();
        files.forEach((name, content) -> {
            ReferenceFile file = new ReferenceFile();
            file.loadId = load.id;
            file.name = name;
            file.content = content;
            file.sha256 = HexFormat.of().formatHex(sha256(content));
            file.persist();
        });
        return load;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static Optional<ReferenceLoad> latest(String kind) {
        return find("kind = ?1 order by id desc", kind).firstResultOptional();
    }

    public static List<ReferenceLoad> history(String kind) {
        return list("kind = ?1 order by id desc", kind);
    }
}
