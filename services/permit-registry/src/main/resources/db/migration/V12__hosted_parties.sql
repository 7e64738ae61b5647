-- The Parties this platform hosts: onboarded by a platform administrator, announced to every service by
-- a PartyOnboarded event. An offboarded Party keeps its row, its documents and its audit trail.
-- Not row-level secured: which Parties are hosted is no Party's secret, and only platform
-- administrators read or change this table through the API.
create table hosted_party (
    party              varchar(2)  primary key,
    name               text        not null,
    status             text        not null check (status in ('HOSTED', 'OFFBOARDED')),
    onboarded_by       text        not null,
    onboarded_at       timestamptz not null,
    offboarded_by      text,
    offboarded_at      timestamptz,
    offboarding_reason text
);
