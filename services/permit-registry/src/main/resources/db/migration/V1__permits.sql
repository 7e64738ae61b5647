create table permit (
    id              uuid primary key,
    tenant          varchar(2)  not null,
    permit_number   varchar(35) not null,
    document_type   varchar(16) not null,
    importer_party  varchar(2)  not null,
    purpose         varchar(1)  not null,
    valid_from      date        not null,
    valid_until     date        not null,
    issued_at       timestamptz not null,
    issued_by       text        not null,
    status          varchar(16) not null,
    version         bigint      not null default 0,
    constraint permit_number_unique_per_party unique (tenant, permit_number)
);

create table permit_line_item (
    permit_id       uuid        not null references permit (id),
    item_id         varchar(2)  not null,
    scientific_name text        not null,
    appendix        varchar(3)  not null,
    source          varchar(1)  not null,
    term            varchar(3)  not null,
    quantity        numeric(19, 4) not null check (quantity > 0),
    unit            varchar(3),
    origin_country  varchar(2),
    primary key (permit_id, item_id)
);

-- The last serial given per Party and year: the row lock serialises allocation, a rollback returns the number.
create table permit_number_counter (
    tenant          varchar(2)  not null,
    year            integer     not null,
    last_serial     bigint      not null,
    primary key (tenant, year)
);
