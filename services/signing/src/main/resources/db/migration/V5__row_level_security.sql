-- A signed document belongs to both Parties of its trade: the issuer and the importer (ADR 0005). Public
-- verification reads across Parties on purpose: the seal, or the number with its printed code, proves that
-- the caller holds the permit. Keys and certificates stay without a Party policy: their public halves make
-- up the public trust list, and their private halves are sealed under the master key.
alter table signed_permit add column importer_party varchar(2);
update signed_permit set importer_party = document::jsonb ->> 'importerParty';
alter table signed_permit alter column importer_party set not null;

alter table signed_permit enable row level security;
alter table signed_permit force row level security;
create policy signed_permit_of_its_trade on signed_permit
    using (ecites_party_visible(issuer_party) or ecites_party_visible(importer_party))
    with check (ecites_party_visible(issuer_party));

alter table permit_endorsement enable row level security;
alter table permit_endorsement force row level security;
create policy endorsement_of_a_visible_permit on permit_endorsement
    using (exists (select 1 from signed_permit p where p.permit_id = permit_endorsement.permit_id))
    with check (exists (select 1 from signed_permit p where p.permit_id = permit_endorsement.permit_id));
