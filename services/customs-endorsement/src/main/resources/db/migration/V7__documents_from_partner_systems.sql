-- Documents a partner system sent for a hosted importing Party (Art. VI.6 at our border): the exporting
-- side is abroad, so its box 14 is what the partner's document as used states, with or without a port.
alter table endorsable_permit add column partner text;
alter table endorsement alter column port drop not null;
