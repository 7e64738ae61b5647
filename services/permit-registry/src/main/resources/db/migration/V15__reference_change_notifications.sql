-- Every registry replica caches the hosted Parties, the Management Authorities and the trade suspensions
-- that each permit is checked against; a committed change to any of them notifies all replicas, which then
-- read them again (ReferenceChanges). Statement triggers: one notification a statement, also for changes
-- made by hand in SQL; PostgreSQL delivers it at commit and folds duplicates within a transaction.
create function notify_reference_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('registry_reference', tg_table_name);
    return null;
end
$$;

create trigger hosted_party_changed after insert or update or delete or truncate on hosted_party
    for each statement execute function notify_reference_change();
create trigger management_authority_changed after insert or update or delete or truncate on management_authority
    for each statement execute function notify_reference_change();
create trigger trade_suspension_changed after insert or update or delete or truncate on trade_suspension
    for each statement execute function notify_reference_change();
