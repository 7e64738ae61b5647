-- The CITESEPermit message with the issuing Party's XML signature: as issued, and as used (box 14 filled in).
-- Documents signed before this version stay without one.
alter table signed_permit add column xml text;
alter table signed_permit add column final_xml text;
