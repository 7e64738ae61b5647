#!/usr/bin/env bash
# Deletion rate of the delivery-record retention (DeliveryRecordRetention) on the running local suite's
# PostgreSQL, beside its physical limit: the service's batched statement against one unbatched DELETE of the
# same number of rows. Works in a scratch database of its own, which it drops at the end.
#   bench/retention-delete.sh [rows] [batch]
set -euo pipefail
rows=${1:-500000}
batch=${2:-5000}
psql_at() { psql -X -q -h 127.0.0.1 -p "${ECITES_PG_PORT:-15432}" -U postgres "$@"; }
db=ecites_retention_bench
psql_at -d postgres -c "drop database if exists $db" -c "create database $db"
trap 'psql_at -d postgres -c "drop database if exists $db"' EXIT
schema=$(dirname "$0")/../libs/platform/src/main/resources/db/migration
cat "$schema"/V0_1__*.sql "$schema"/V0_3__*.sql "$schema"/V0_4__*.sql | psql_at -d "$db"

fill() {
  psql_at -d "$db" -c "insert into outbox_event (id, event_type, aggregate_id, subject, tenant, payload, created_at,
      published_at) select gen_random_uuid(), 'org.ecites.permit.signed.v1', gen_random_uuid(), 'bench', 'CH',
      repeat('x', 1200), now() - interval '9 days' + n * interval '1 millisecond',
      now() - interval '9 days' + n * interval '1 millisecond' from generate_series(1, $rows) n" \
    -c "insert into outbox_event (id, event_type, aggregate_id, subject, tenant, payload, created_at, published_at)
      select gen_random_uuid(), 'org.ecites.permit.signed.v1', gen_random_uuid(), 'bench', 'CH', repeat('x', 1200),
      now() - interval '1 day', now() - interval '1 day' from generate_series(1, $rows / 10)" \
    -c "vacuum analyze outbox_event"
}
seconds() { local start=$EPOCHREALTIME; "$@" > /dev/null; echo "$EPOCHREALTIME - $start" | bc; }

fill
batched() {
  local deleted
  while :; do
    deleted=$(psql_at -d "$db" -At -c "with gone as (delete from outbox_event where id in (select id from outbox_event
        where published_at < now() - 604800 * interval '1 second' limit $batch for update skip locked) returning 1)
        select count(*) from gone")
    [ "$deleted" -lt "$batch" ] && break
  done
}
took=$(seconds batched)
left=$(psql_at -d "$db" -At -c "select count(*) from outbox_event")
echo "batched ($batch a transaction): $rows rows in $took s, $(echo "$rows / $took" | bc) rows/s; $left rows kept"

psql_at -d "$db" -c "truncate outbox_event"
fill
took=$(seconds psql_at -d "$db" -c "delete from outbox_event where published_at < now() - interval '7 days'")
echo "one DELETE (the limit): $rows rows in $took s, $(echo "$rows / $took" | bc) rows/s"
