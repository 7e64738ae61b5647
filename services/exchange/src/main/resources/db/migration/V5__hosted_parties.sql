-- The Parties hosted on this deployment, as the registry's PartyOnboarded and PartyOffboarded events
-- announce them; documents addressed to a hosted Party go straight into its inbox. Which Parties are
-- hosted is no Party's secret: no row-level policy.
create table hosted_party (
    party      varchar(2)  primary key,
    name       text        not null,
    hosted     boolean     not null,
    changed_at timestamptz not null
);
