-- Box 7 as the checklist read it: the name the officer wrote stays in scientific_name; the name the
-- checklist holds for it (the accepted name of a synonym, the genus of a species it does not name) and
-- how it was read ("synonym of ...", "covered by ORCHIDACEAE spp. ...") are kept beside it.
alter table permit_line_item
    add column checklist_name text,
    add column listing_note   text;

-- Box 11 with as many decimals as scientific samples need (0.000002 g), the same 15 integer digits.
alter table permit_line_item
    alter column quantity           type numeric(21, 6),
    alter column quota_used_to_date type numeric(21, 6),
    alter column annual_quota       type numeric(21, 6);
alter table export_quota
    alter column quantity type numeric(21, 6),
    alter column used     type numeric(21, 6);
