-- What the importing Party's customs inspected on arrival, per line item: the status behind a permit's
-- seal shows it beside what left (Art. VI.6). Visible with its permit, like the export endorsement.
create table permit_clearance (
    id           uuid primary key,
    clearance_id uuid        not null,
    permit_id    uuid        not null,
    item_id      varchar(1)  not null,
    quantity     numeric(21, 6) not null,
    arrived_on   date        not null,
    port         varchar(5),
    unique (clearance_id, item_id)
);
create index permit_clearance_by_permit on permit_clearance (permit_id);
alter table permit_clearance enable row level security;
alter table permit_clearance force row level security;
create policy clearance_of_a_visible_permit on permit_clearance
    using (exists (select 1 from signed_permit p where p.permit_id = permit_clearance.permit_id))
    with check (exists (select 1 from signed_permit p where p.permit_id = permit_clearance.permit_id));
