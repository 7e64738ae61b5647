-- Row-level security compares each row's Party with the Party the service set for the session
-- (PartyConnections): '' for none, which matches no row; '*' for the platform's own jobs over every Party.
create or replace function ecites_party_visible(row_party text) returns boolean
    language sql stable as $$
        select coalesce(current_setting('ecites.party', true), '') in (row_party, '*')
           and coalesce(current_setting('ecites.party', true), '') <> ''
    $$;
