-- A code printed on each permit: with the number it opens the public lookup, which the number alone no longer does.
alter table signed_permit add column verification_code text;
update signed_permit
   set verification_code = upper(substr(md5(random()::text || permit_id::text), 1, 5) || '-'
                                 || substr(md5(random()::text || permit_number), 1, 5));
alter table signed_permit alter column verification_code set not null;
