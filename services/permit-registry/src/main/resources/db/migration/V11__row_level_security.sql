-- Each Party's rows are visible only to work done for that Party (ecites_party_visible, platform V0_2),
-- whatever a query forgets to filter. The service connects as a role that owns no table; FORCE makes the
-- owner subject to the policies too. Global reference data (checklist, code lists, suspensions) and the
-- outbox/inbox plumbing stay unrestricted. ADR 0005.
alter table permit enable row level security;
alter table permit force row level security;
create policy permit_of_the_party on permit
    using (ecites_party_visible(tenant)) with check (ecites_party_visible(tenant));

alter table permit_line_item enable row level security;
alter table permit_line_item force row level security;
create policy line_item_of_a_visible_permit on permit_line_item
    using (exists (select 1 from permit p where p.id = permit_id))
    with check (exists (select 1 from permit p where p.id = permit_id));

alter table permit_number_counter enable row level security;
alter table permit_number_counter force row level security;
create policy counter_of_the_party on permit_number_counter
    using (ecites_party_visible(tenant)) with check (ecites_party_visible(tenant));

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_of_the_party on audit_entry
    using (ecites_party_visible(tenant)) with check (ecites_party_visible(tenant));

alter table export_quota enable row level security;
alter table export_quota force row level security;
create policy quota_of_the_party on export_quota
    using (ecites_party_visible(party)) with check (ecites_party_visible(party));

alter table management_authority enable row level security;
alter table management_authority force row level security;
create policy authority_of_the_party on management_authority
    using (ecites_party_visible(party)) with check (ecites_party_visible(party));
