/**
 * The national-system side of the EPIX CitesDataExchange SOAP protocol (namespace urn:CitesDataExchange),
 * served to partner systems over mutual TLS.
 */
@XmlSchema(namespace = CitesDataExchange.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
