-- A clearance a non-hosted importing Party confirmed through its partner system (EPIX ConfirmQuantities)
-- names no port of arrival.
alter table clearance alter column port drop not null;
