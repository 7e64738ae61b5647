-- A quota may cover several terms or sources at once (e.g. live and corals), and a genus or any higher
-- taxon; the Species+ quota export is imported, so each quota says where it came from.
alter table export_quota
    add column terms   text[] not null default '{}',
    add column sources text[] not null default '{}',
    add column notes   text;
update export_quota set terms = array[term] where term is not null;
update export_quota set sources = array[source] where source is not null;
drop index export_quota_once;
alter table export_quota drop column term, drop column source;
alter table export_quota alter column unit type varchar(8);
create unique index export_quota_once on export_quota
    (party, year, lower(scientific_name), terms, sources, coalesce(unit, ''));
