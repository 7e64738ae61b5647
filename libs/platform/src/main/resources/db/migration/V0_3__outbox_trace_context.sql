-- The W3C traceparent of the transaction that wrote the event: the relay publishes the event in that trace, so
-- one trace runs from a permit's issue through every service that reacts to it.
alter table outbox_event add column trace_parent text;
