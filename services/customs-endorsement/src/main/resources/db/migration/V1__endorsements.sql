-- Signed permits that customs of the exporting Party may endorse (box 14).
create table endorsable_permit (
    permit_id       uuid primary key,
    permit_number   varchar(35) not null,
    exporter_party  varchar(2)  not null,
    document        text        not null,
    status          varchar(16) not null,
    constraint endorsable_permit_number_unique unique (exporter_party, permit_number)
);

create table endorsement (
    id                  uuid primary key,
    permit_id           uuid        not null references endorsable_permit (permit_id),
    port                varchar(5)  not null,
    transport_document  varchar(64),
    endorsed_on         date        not null,
    officer             text        not null,
    created_at          timestamptz not null
);

create table endorsed_quantity (
    endorsement_id  uuid        not null references endorsement (id),
    item_id         varchar(2)  not null,
    quantity        numeric(19, 4) not null check (quantity > 0),
    primary key (endorsement_id, item_id)
);
