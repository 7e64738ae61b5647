-- Every load of reference data an administrator made, newest last, with the files as loaded: the
-- registry always checks against the newest, and any earlier version can be looked at again.
create table reference_load (
    id             bigint generated always as identity primary key,
    kind           varchar(32) not null,
    version        text        not null,
    source         text        not null,
    loaded_at      timestamptz not null,
    loaded_by      text        not null,
    taxa           integer     not null,
    listings       integer     not null
);

create table reference_file (
    load_id        bigint      not null references reference_load (id),
    name           text        not null,
    content        bytea       not null,
    primary key (load_id, name)
);
