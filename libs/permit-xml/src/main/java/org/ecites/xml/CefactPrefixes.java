package org.ecites.xml;

import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;

/** The prefixes UN/CEFACT messages carry by convention, so a person reading one finds their way. */
final class CefactPrefixes extends NamespacePrefixMapper {

    @Override
    public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
        return switch (namespaceUri) {
            case PermitXml.RSM -> "rsm";
            case PermitXml.RAM -> "ram";
            default -> suggestion;
        };
    }
}
