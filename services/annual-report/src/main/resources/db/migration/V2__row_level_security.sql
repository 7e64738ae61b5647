-- A trade record is its reporting Party's (ADR 0005).
alter table trade_record enable row level security;
alter table trade_record force row level security;
create policy trade_record_of_the_reporter on trade_record
    using (ecites_party_visible(reporter_party)) with check (ecites_party_visible(reporter_party));
