-- Suspensions loaded from the Species+ export: a taxon at any rank with exceptions, a start known only
-- by its Notification number, and a scope read from its wording (some need a person to apply them).
alter table trade_suspension
    alter column starts_on drop not null,
    add column excluded_names text[]      not null default '{}',
    add column scope          varchar(24) not null default 'ALL_EXPORTS',
    add column description    text,
    add column imported       boolean     not null default false;
