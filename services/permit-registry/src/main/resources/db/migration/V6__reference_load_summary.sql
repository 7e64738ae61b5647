-- Loads of other kinds of reference data than the checklist: say what a load holds in words.
alter table reference_load add column summary text;
update reference_load set summary = taxa || ' taxa, ' || listings || ' listing entries';
alter table reference_load alter column summary set not null;
alter table reference_load drop column taxa;
alter table reference_load drop column listings;
