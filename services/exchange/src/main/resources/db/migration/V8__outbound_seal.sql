-- The seal signing published with the document, so that an EPIX answer can carry the printable permit
-- with its QR code; null for documents kept before.
alter table outbound_document add column seal text;
