package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.ecites.events.EventJson;
import org.ecites.exchange.config.DeliveryConfig;
import org.ecites.exchange.soap.CitesDataExchange;
import org.ecites.exchange.soap.CitesDataExchangeFault;
import org.ecites.exchange.soap.ConfirmQuantitiesRequest;
import org.ecites.exchange.soap.ConfirmQuantitiesResponse;

/**
 * Calls an EPIX partner's own ConfirmQuantities (CitesDataExchange, the WSDL we publish) with what our
 * importing Party's customs inspected on a document its Party issued. A fault is the partner's refusal and
 * final; a transport error is retried by the pusher.
 */
@ApplicationScoped
class EpixPartnerClient {

    private final DeliveryConfig config;
    private final PartnerTlsIdentity identity;
    private final Map<String, CitesDataExchange> ports = new ConcurrentHashMap<>();

    EpixPartnerClient(DeliveryConfig config, PartnerTlsIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    PushOutcome confirmQuantities(String endpoint, String payload) {
        ConfirmedQuantitiesNotice notice = EventJson.decode(payload, ConfirmedQuantitiesNotice.class);
        ConfirmQuantitiesRequest request = new ConfirmQuantitiesRequest();
        request.certificateNumber = notice.permitNumber();
        request.isoCountryCode = notice.issuingParty();
        notice.quantities().forEach(q -> request.confirmedQuantities.add(
                new ConfirmQuantitiesRequest.CitesPosition(q.itemId(), q.quantity())));
        try {
            ConfirmQuantitiesResponse response = port(endpoint).confirmQuantities(request);
            return response != null && response.confirmed ? PushOutcome.delivered(null, "ConfirmQuantities: confirmed")
                    : PushOutcome.failed(true, "ConfirmQuantities: the partner did not confirm");
        } catch (CitesDataExchangeFault fault) {
            return PushOutcome.failed(true, "ConfirmQuantities fault: " + fault.getMessage());
        }
    }

    private CitesDataExchange port(String endpoint) {
        return ports.computeIfAbsent(endpoint, address -> {
            JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
            factory.setServiceClass(CitesDataExchange.class);
            factory.setAddress(address);
            CitesDataExchange port = (CitesDataExchange) factory.create();
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(config.requestTimeout().toMillis());
            policy.setReceiveTimeout(config.requestTimeout().toMillis());
            HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
            conduit.setClient(policy);
            identity.context().ifPresent(tls -> {
                TLSClientParameters parameters = new TLSClientParameters();
                parameters.setSSLSocketFactory(tls.getSocketFactory());
                conduit.setTlsClientParameters(parameters);
            });
            return port;
        });
    }
}
