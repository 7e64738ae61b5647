-- One row per endorsed block: actual trade, as the annual report guidelines recommend.
create table trade_record (
    id                  uuid primary key,
    reporter_party      varchar(2)  not null,
    report_year         integer     not null,
    endorsement_id      uuid        not null,
    item_id             varchar(2)  not null,
    appendix            varchar(3)  not null,
    species_name        text        not null,
    term_code           varchar(3)  not null,
    quantity            numeric(19, 4) not null,
    unit_code           varchar(3),
    trading_partner     varchar(2)  not null,
    country_of_origin   varchar(2),
    export_permit       varchar(35) not null,
    origin_permit       varchar(35),
    purpose_code        varchar(1)  not null,
    source_code         varchar(1)  not null,
    constraint trade_record_once_per_block unique (endorsement_id, item_id)
);
create index trade_record_by_report on trade_record (reporter_party, report_year);
