-- The retention job (DeliveryRecordRetention) finds the oldest published outbox rows and applied event ids by
-- time. Both tables are written in time order, so a block-range index finds them at a fraction of a B-tree's
-- size and of its cost to each insert.
create index outbox_event_published_at on outbox_event using brin (published_at);
create index processed_event_processed_at on processed_event using brin (processed_at);
