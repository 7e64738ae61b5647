-- A document's audit entries are chained by their position in its trail, and two writers can never both
-- append the same position (the trail cannot fork). Their keys then need not follow time: they come from a
-- sequence that each service instance takes fifty values of at a time, so the inserts of a transaction are
-- sent in one JDBC batch instead of one round trip each (an identity key is read back from every insert).
select set_config('ecites.party', '*', true);

alter table audit_entry add column position integer;
alter table audit_entry disable trigger audit_entry_no_update_or_delete;
update audit_entry entry set position = numbered.position
  from (select id, row_number() over (partition by permit_id order by id) as position from audit_entry) numbered
 where entry.id = numbered.id;
alter table audit_entry enable trigger audit_entry_no_update_or_delete;
alter table audit_entry alter column position set not null;
alter table audit_entry add constraint audit_entry_position_in_trail unique (permit_id, position);
drop index audit_entry_by_permit;

alter table audit_entry alter column id drop identity;
create sequence audit_entry_id_seq increment by 50 owned by audit_entry.id;
-- the first block a service takes (the 50 values up to the first value) lies above every key given so far
select setval('audit_entry_id_seq', coalesce((select max(id) from audit_entry), 0) + 100, false);
