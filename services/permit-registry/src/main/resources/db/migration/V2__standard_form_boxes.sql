-- Every box of the standard form: the trade parties (boxes 3, 4), conditions (5), the Appendix I
-- import permit, the place of issue (13), and per block the names, description, quota (11a),
-- origin and re-export references (12, 12a, 12b) and the findings an export needs.
alter table permit
    add column exporter_party       varchar(2),
    add column exporter_name        text,
    add column exporter_address     text,
    add column importer_name        text,
    add column importer_address     text,
    add column special_conditions   text,
    add column import_permit_number varchar(35),
    add column place_of_issue       text;
update permit set exporter_party = tenant, exporter_name = '', exporter_address = '', importer_name = '',
                  importer_address = '';
alter table permit
    alter column exporter_party set not null,
    alter column exporter_name set not null,
    alter column exporter_address set not null,
    alter column importer_name set not null,
    alter column importer_address set not null,
    alter column document_type type varchar(48);

alter table permit_line_item
    add column common_name                       text,
    add column description                       text,
    add column quota_used_to_date                numeric(19, 4),
    add column annual_quota                      numeric(19, 4),
    add column origin_permit_number              varchar(35),
    add column origin_permit_date                date,
    add column last_re_export_country            varchar(2),
    add column last_re_export_certificate_number varchar(35),
    add column last_re_export_date               date,
    add column registered_operation              text,
    add column acquisition_date                  date,
    add column non_detriment_finding             text,
    add column legal_acquisition_finding         text;

create index permit_by_party_and_status on permit (tenant, status, issued_at);
