package org.ecites.registry.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ecites.reference.Checklist;
import org.ecites.reference.ChecklistReader;

/**
 * The checklist the rules check against: the newest load in the database. The first start of a
 * registry records the checklist bundled with the release as version one. Another replica's newer load
 * is picked up on the next check, so every replica agrees once a load commits.
 */
@ApplicationScoped
public class ChecklistHolder {

    public static final String SPECIES_PLUS_FILE = "species-plus.json";

    private record Current(long loadId, Checklist checklist) {
    }

    private final AtomicReference<Current> current = new AtomicReference<>();

    void loadAtStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (ReferenceLoad.latest(ReferenceLoad.CHECKLIST).isEmpty()) {
                Checklist bundled = Checklist.bundled();
                ReferenceLoad load = record("SAPI 2013 seed", ReferenceLoad.BUNDLED, "permit-registry", bundled, Map.of());
                current.set(new Current(load.id, bundled));
            }
        });
        checklist();
    }

    /** The newest checklist; reads it again only when a newer load exists. */
    public Checklist checklist() {
        ReferenceLoad latest = QuarkusTransaction.joiningExisting().call(
                () -> ReferenceLoad.latest(ReferenceLoad.CHECKLIST).orElseThrow());
        Current now = current.get();
        if (now == null || now.loadId() != latest.id) {
            now = new Current(latest.id, read(latest));
            current.set(now);
        }
        return now.checklist();
    }

    /** Stores a new version with its files; the caller's transaction makes it the current one. */
    public ReferenceLoad record(String version, String source, String loadedBy, Checklist checklist,
            Map<String, byte[]> files) {
        ReferenceLoad load = new ReferenceLoad();
        load.kind = ReferenceLoad.CHECKLIST;
        load.version = version;
        load.source = source;
        load.loadedAt = Instant.now();
        load.loadedBy = loadedBy;
        load.taxa = checklist.taxonCount();
        load.listings = checklist.listingCount();
        load.persist();
        files.forEach((name, content) -> {
            ReferenceFile file = new ReferenceFile();
            file.loadId = load.id;
            file.name = name;
            file.content = content;
            file.persist();
        });
        return load;
    }

    /** A load's checklist: the bundled one, an uploaded export, or a Species+ update of the load before. */
    private static Checklist read(ReferenceLoad load) {
        if (ReferenceLoad.BUNDLED.equals(load.source)) {
            return Checklist.bundled();
        }
        Map<String, byte[]> files = QuarkusTransaction.joiningExisting().call(() -> {
            Map<String, byte[]> byName = new HashMap<>();
            ReferenceFile.of(load).forEach(f -> byName.put(f.name, f.content));
            return byName;
        });
        if (ReferenceLoad.SPECIES_PLUS.equals(load.source)) {
            ReferenceLoad base = QuarkusTransaction.joiningExisting().call(() -> ReferenceLoad.<ReferenceLoad>find(
                    "kind = ?1 and id < ?2 order by id desc", load.kind, load.id).firstResult());
            return read(base).withSpeciesPlus(files.get(SPECIES_PLUS_FILE));
        }
        return ChecklistReader.read(ChecklistUpload.kingdoms(files));
    }
}
