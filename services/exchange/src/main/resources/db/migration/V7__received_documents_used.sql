-- Art. VI.6: once the receiving Party's customs cleared the goods, the document in its inbox is used.
alter table received_permit add column clearance_id uuid;
alter table received_permit add column cleared_on date;
