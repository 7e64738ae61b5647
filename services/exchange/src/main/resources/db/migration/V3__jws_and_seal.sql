-- The exporter's signatures as received: the JWS over the whole document and the seal of its QR code.
alter table received_permit rename column signature to jws;
alter table received_permit add column seal text;
