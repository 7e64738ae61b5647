package org.ecites.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A file of a reference-data load, kept as it was uploaded. */
@Entity
@Table(name = "reference_file")
@IdClass(ReferenceFile.Key.class)
public class ReferenceFile extends PanacheEntityBase {

    @Id
    @Column(name = "load_id")
    public Long loadId;
    @Id
    public String name;
    public byte[] content;
    /** Hex SHA-256 of the content, so a load can be traced to the exact file published. */
    public String sha256;

    public record Key(Long loadId, String name) implements Serializable {
    }

    public static List<ReferenceFile> of(ReferenceLoad load) {
        return list("loadId", load.id);
    }

    /** A file's name and hash, read without its content. */
    public record Hash(String name, String sha256) {
    }

    public static List<Hash> hashesOf(ReferenceLoad load) {
        return find("loadId = ?1 order by name", load.id).project(Hash.class).list();
    }
}
