package org.ecites.exchange.soap;

import jakarta.xml.bind.annotation.XmlType;

/** ServiceState takes no argument; its request element is empty. */
@XmlType(name = "ServiceStateRequest")
public class ServiceStateRequest {
}
