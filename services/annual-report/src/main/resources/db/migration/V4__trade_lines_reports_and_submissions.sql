-- One trade line per block of a document and per reporting Party: the exporter's view (E: exports and
-- re-exports) and the importer's view (I). A line starts permit-based when the document is signed (or
-- received from a partner system) and becomes actual trade when customs endorse it at export (E) or clear it
-- on arrival (I). A document withdrawn, or expired, before any use is excluded with its reason; a block
-- customs did not see cross is excluded from that side. Earlier trade records (actual exports) carry over.
create table trade_line (
    permit_id         uuid           not null,
    item_id           varchar(2)     not null,
    reporter_party    varchar(2)     not null,
    point_of_view     varchar(1)     not null check (point_of_view in ('E', 'I')),
    document_type     varchar(40)    not null,
    report_year       integer        not null,
    appendix          varchar(3)     not null,
    species_name      text           not null,
    term_code         varchar(3)     not null,
    quantity          numeric(21, 6) not null,
    unit_code         varchar(3),
    trading_partner   varchar(2)     not null,
    country_of_origin varchar(2),
    import_permit     varchar(35),
    export_permit     varchar(35)    not null,
    origin_permit     varchar(35),
    re_export_country varchar(2),
    re_export_certificate varchar(35),
    purpose_code      varchar(1)     not null,
    source_code       varchar(1)     not null,
    basis             varchar(6)     not null check (basis in ('ACTUAL', 'PERMIT')),
    excluded          text,
    primary key (permit_id, item_id, reporter_party)
);
create index trade_line_by_report on trade_line (reporter_party, report_year, point_of_view)
    where excluded is null;

insert into trade_line (permit_id, item_id, reporter_party, point_of_view, document_type, report_year, appendix,
        species_name, term_code, quantity, unit_code, trading_partner, country_of_origin, export_permit,
        origin_permit, purpose_code, source_code, basis)
    select gen_random_uuid(), item_id, reporter_party, 'E', 'EXPORT', report_year, appendix, species_name, term_code,
           quantity, unit_code, trading_partner, country_of_origin, export_permit, origin_permit, purpose_code,
           source_code, 'ACTUAL'
    from trade_record;
drop table trade_record;

-- Both ends of a trade read and write its lines, as they read its consignment in customs (a document's
-- events come from the issuing Party, its clearance from the importing one); a report selects the lines of
-- its own Party, and no third Party sees any (ADR 0005).
alter table trade_line enable row level security;
alter table trade_line force row level security;
create policy trade_line_read_by_either_end on trade_line for select
    using (ecites_party_visible(reporter_party) or ecites_party_visible(trading_partner));
create policy trade_line_written_by_either_end on trade_line for insert
    with check (ecites_party_visible(reporter_party) or ecites_party_visible(trading_partner));
create policy trade_line_changed_by_either_end on trade_line for update
    using (ecites_party_visible(reporter_party) or ecites_party_visible(trading_partner))
    with check (ecites_party_visible(reporter_party) or ecites_party_visible(trading_partner));

-- A submitted report is immutable: its lines are copied as they were, with the SHA-256 of its two CSV views.
create table annual_report (
    party        varchar(2)  not null,
    report_year  integer     not null,
    submitted_at timestamptz not null,
    submitted_by text        not null,
    sha256       varchar(64) not null,
    line_count   bigint      not null,
    primary key (party, report_year)
);
create table submitted_line (like trade_line including constraints);
alter table submitted_line add primary key (permit_id, item_id, reporter_party);
create index submitted_line_by_report on submitted_line (reporter_party, report_year, point_of_view);

alter table annual_report enable row level security;
alter table annual_report force row level security;
create policy annual_report_of_the_party on annual_report
    using (ecites_party_visible(party)) with check (ecites_party_visible(party));
alter table submitted_line enable row level security;
alter table submitted_line force row level security;
create policy submitted_line_of_the_reporter on submitted_line
    using (ecites_party_visible(reporter_party)) with check (ecites_party_visible(reporter_party));
