-- What the test handlers did: one row per application, with no guard of their own against repeats.
create table test_effect (
    id          bigint generated always as identity primary key,
    permit_id   uuid not null,
    event_type  text not null
);
