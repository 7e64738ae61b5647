package org.ecites.registry.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.ecites.events.LineItem;

@Embeddable
public class PermitLineItem {

    @Column(name = "item_id")
    public String itemId;
    @Column(name = "scientific_name")
    public String scientificName;
    public String appendix;
    public String source;
    public String term;
    public BigDecimal quantity;
    public String unit;
    @Column(name = "origin_country")
    public String originCountry;

    public static PermitLineItem of(LineItem item) {
        PermitLineItem entity = new PermitLineItem();
        entity.itemId = item.itemId();
        entity.scientificName = item.scientificName();
        entity.appendix = item.appendix();
        entity.source = item.source();
        entity.term = item.term();
        entity.quantity = item.quantity();
        entity.unit = item.unit();
        entity.originCountry = item.originCountry();
        return entity;
    }

    public LineItem toLineItem() {
        return new LineItem(itemId, scientificName, appendix, source, term, quantity, unit, originCountry);
    }
}
