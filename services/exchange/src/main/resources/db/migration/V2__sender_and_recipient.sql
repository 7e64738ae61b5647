-- An import permit travels from the importing Party to the exporting one: name the ends of a delivery by role.
alter table delivery rename column exporter_party to sender_party;
alter table delivery rename column importer_party to recipient_party;
alter index delivery_by_exporter rename to delivery_by_sender;
alter table received_permit rename column exporter_party to sender_party;
alter table received_permit rename column importer_party to recipient_party;
alter index received_permit_by_importer rename to received_permit_by_recipient;
