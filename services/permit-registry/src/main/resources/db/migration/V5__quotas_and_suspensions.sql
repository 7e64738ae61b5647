-- National export quotas a Party sets for a year, and what its issued documents have drawn on them (box 11a).
create table export_quota (
    id               bigint generated always as identity primary key,
    party            varchar(2)     not null,
    year             integer        not null,
    scientific_name  text           not null,
    term             varchar(3),
    source           varchar(1),
    quantity         numeric(19, 4) not null check (quantity >= 0),
    unit             varchar(3),
    used             numeric(19, 4) not null default 0 check (used >= 0),
    set_by           text           not null,
    set_at           timestamptz    not null
);
create unique index export_quota_once on export_quota
    (party, year, lower(scientific_name), coalesce(term, ''), coalesce(source, ''));

-- Trade suspensions the Standing Committee recommended, by exporting Party and species (all when empty).
create table trade_suspension (
    id               bigint generated always as identity primary key,
    party            varchar(2)     not null,
    scientific_name  text,
    starts_on        date           not null,
    ends_on          date,
    reference        text           not null,
    recorded_by      text           not null,
    recorded_at      timestamptz    not null
);
create index trade_suspension_by_party on trade_suspension (party);
