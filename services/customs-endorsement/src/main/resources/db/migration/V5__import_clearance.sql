-- Import clearance (Art. VI.6): the importing Party's customs records what arrived. Both ends of the
-- trade read a document, its export endorsement and its clearance; the exporting Party's customs alone
-- endorses, the importing Party's customs alone clears (ADR 0005).
alter table endorsable_permit add column importer_party varchar(2);
update endorsable_permit set importer_party = (document::jsonb ->> 'importerParty');
alter table endorsable_permit alter column importer_party set not null;

drop policy endorsable_of_the_exporter on endorsable_permit;
create policy endorsable_read_by_both_ends on endorsable_permit for select
    using (ecites_party_visible(exporter_party) or ecites_party_visible(importer_party));
create policy endorsable_recorded_for_the_exporter on endorsable_permit for insert
    with check (ecites_party_visible(exporter_party));
create policy endorsable_changed_for_the_exporter on endorsable_permit for update
    using (ecites_party_visible(exporter_party)) with check (ecites_party_visible(exporter_party));

drop policy endorsement_of_a_visible_permit on endorsement;
create policy endorsement_read_with_its_permit on endorsement for select
    using (exists (select 1 from endorsable_permit p where p.permit_id = endorsement.permit_id));
create policy endorsement_by_the_exporter on endorsement for insert
    with check (exists (select 1 from endorsable_permit p where p.permit_id = endorsement.permit_id
                        and ecites_party_visible(p.exporter_party)));

drop policy quantity_of_a_visible_endorsement on endorsed_quantity;
create policy quantity_read_with_its_endorsement on endorsed_quantity for select
    using (exists (select 1 from endorsement e where e.id = endorsement_id));
create policy quantity_by_the_exporter on endorsed_quantity for insert
    with check (exists (select 1 from endorsement e join endorsable_permit p on p.permit_id = e.permit_id
                        where e.id = endorsement_id and ecites_party_visible(p.exporter_party)));

create table clearance (
    id                   uuid primary key,
    permit_id            uuid        not null unique references endorsable_permit (permit_id),
    importer_party       varchar(2)  not null,
    port                 varchar(5)  not null,
    arrived_on           date        not null,
    import_permit_number varchar(35),
    customs_declaration  varchar(64),
    officer              text        not null,
    discrepancies        text        not null,
    created_at           timestamptz not null
);

create table cleared_quantity (
    clearance_id  uuid           not null references clearance (id),
    item_id       varchar(2)     not null,
    quantity      numeric(21, 6) not null check (quantity > 0),
    primary key (clearance_id, item_id)
);

alter table clearance enable row level security;
alter table clearance force row level security;
create policy clearance_read_with_its_permit on clearance for select
    using (exists (select 1 from endorsable_permit p where p.permit_id = clearance.permit_id));
create policy clearance_by_the_importer on clearance for insert
    with check (ecites_party_visible(importer_party));

alter table cleared_quantity enable row level security;
alter table cleared_quantity force row level security;
create policy cleared_quantity_read_with_its_clearance on cleared_quantity for select
    using (exists (select 1 from clearance c where c.id = clearance_id));
create policy cleared_quantity_by_the_importer on cleared_quantity for insert
    with check (exists (select 1 from clearance c where c.id = clearance_id and ecites_party_visible(c.importer_party)));
