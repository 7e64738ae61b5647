-- Customs finds a document by the seal printed on it: the seal signing published with the document.
alter table endorsable_permit add column seal text;
create index endorsable_permit_by_seal on endorsable_permit (exporter_party, seal);

-- Box 14 as recorded at the border: the customs declaration that links the national customs system,
-- and the day the goods left (which may be before the day it is recorded).
alter table endorsement add column customs_declaration varchar(64);
