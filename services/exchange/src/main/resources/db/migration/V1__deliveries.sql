create table delivery (
    id              uuid primary key,
    permit_id       uuid        not null unique,
    permit_number   varchar(35) not null,
    exporter_party  varchar(2)  not null,
    importer_party  varchar(2)  not null,
    status          varchar(16) not null,
    reason          text,
    created_at      timestamptz not null
);
create index delivery_by_exporter on delivery (exporter_party, created_at);

create table received_permit (
    permit_id       uuid primary key,
    delivery_id     uuid        not null references delivery (id),
    permit_number   varchar(35) not null,
    exporter_party  varchar(2)  not null,
    importer_party  varchar(2)  not null,
    document        text        not null,
    key_id          text        not null,
    signature       text        not null,
    received_at     timestamptz not null
);
create index received_permit_by_importer on received_permit (importer_party, received_at);
