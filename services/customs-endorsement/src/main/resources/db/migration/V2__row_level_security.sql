-- Only the exporting Party's customs sees its endorsable documents and what it endorsed (ADR 0005).
alter table endorsable_permit enable row level security;
alter table endorsable_permit force row level security;
create policy endorsable_of_the_exporter on endorsable_permit
    using (ecites_party_visible(exporter_party)) with check (ecites_party_visible(exporter_party));

alter table endorsement enable row level security;
alter table endorsement force row level security;
create policy endorsement_of_a_visible_permit on endorsement
    using (exists (select 1 from endorsable_permit p where p.permit_id = endorsement.permit_id))
    with check (exists (select 1 from endorsable_permit p where p.permit_id = endorsement.permit_id));

alter table endorsed_quantity enable row level security;
alter table endorsed_quantity force row level security;
create policy quantity_of_a_visible_endorsement on endorsed_quantity
    using (exists (select 1 from endorsement e where e.id = endorsement_id))
    with check (exists (select 1 from endorsement e where e.id = endorsement_id));
