package org.ecites.registry.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ecites.reference.CodeLists;

public class ReferenceData {

    @Produces
    @Singleton
    CodeLists codeLists() {
        return CodeLists.load();
    }
}
