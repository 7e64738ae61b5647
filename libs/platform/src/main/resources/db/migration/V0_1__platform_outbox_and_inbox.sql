-- Transactional outbox: a service's state change and the events it causes commit together.
create table outbox_event (
    id            uuid primary key,
    seq           bigint generated always as identity,
    event_type    text        not null,
    aggregate_id  uuid        not null,
    subject       text        not null,
    tenant        varchar(2)  not null,
    payload       text        not null,
    created_at    timestamptz not null,
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Idempotent consumer: the ids of the events this service has already applied.
create table processed_event (
    event_id      uuid primary key,
    event_type    text        not null,
    processed_at  timestamptz not null default now()
);
