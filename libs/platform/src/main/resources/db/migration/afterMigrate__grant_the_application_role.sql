-- After every migration: the role the service connects as may use the tables, but owns none, so the
-- row-level security policies always apply to it. The migration role (the owner) is not the service's.
grant usage on schema public to "${app_role}";
grant select, insert, update, delete on all tables in schema public to "${app_role}";
grant usage, select on all sequences in schema public to "${app_role}";
grant execute on all functions in schema public to "${app_role}";
