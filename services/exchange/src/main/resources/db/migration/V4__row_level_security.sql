-- A delivery and a received document belong to both ends: the sending and the receiving Party (ADR 0005).
alter table delivery enable row level security;
alter table delivery force row level security;
create policy delivery_of_either_end on delivery
    using (ecites_party_visible(sender_party) or ecites_party_visible(recipient_party))
    with check (ecites_party_visible(sender_party) or ecites_party_visible(recipient_party));

alter table received_permit enable row level security;
alter table received_permit force row level security;
create policy received_permit_of_either_end on received_permit
    using (ecites_party_visible(sender_party) or ecites_party_visible(recipient_party))
    with check (ecites_party_visible(sender_party) or ecites_party_visible(recipient_party));
