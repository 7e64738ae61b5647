-- The Party the database saw for each application and the transaction it was written in: the batch tests read them.
alter table test_effect add column party text, add column tx bigint;
