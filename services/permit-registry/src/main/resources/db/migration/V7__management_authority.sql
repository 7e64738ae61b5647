-- Box 6: each Party's Management Authority, as its administrators record it.
create table management_authority (
    party       varchar(2)  primary key,
    name        text        not null,
    address     text        not null,
    updated_by  text        not null,
    updated_at  timestamptz not null
);

-- A document keeps box 6 as it was when the document was made, whatever the Authority records later.
alter table permit
    add column authority_name    text,
    add column authority_address text,
    add column authority_country varchar(2);
