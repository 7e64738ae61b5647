-- Goods that arrived at a Party the document is not addressed to: its customs present the seal printed on
-- the document (which proves they hold it) and record where and when; the issuing and the importing Party
-- see it flagged, the arrival Party sees what it recorded, nobody else sees anything.
create table misdirected_arrival (
    id             uuid primary key,
    permit_id      uuid        not null references endorsable_permit (permit_id),
    permit_number  varchar(35) not null,
    exporter_party varchar(2)  not null,
    importer_party varchar(2)  not null,
    arrival_party  varchar(2)  not null,
    port           varchar(5)  not null,
    arrived_on     date        not null,
    officer        text        not null,
    created_at     timestamptz not null,
    constraint misdirected_arrival_once unique (permit_id, arrival_party, arrived_on, port)
);
create index misdirected_arrival_by_permit on misdirected_arrival (permit_id);

alter table misdirected_arrival enable row level security;
alter table misdirected_arrival force row level security;
create policy misdirected_read_by_the_three on misdirected_arrival for select
    using (ecites_party_visible(exporter_party) or ecites_party_visible(importer_party)
           or ecites_party_visible(arrival_party));
create policy misdirected_recorded_by_the_arrival_party on misdirected_arrival for insert
    with check (ecites_party_visible(arrival_party));

-- The arrival Party knows the seal, not the issuing Party's number series: equality on the seal alone.
create index endorsable_permit_by_seal_alone on endorsable_permit using hash (seal);
