-- Every reference file keeps the SHA-256 of its content: a load names exactly what it was read from.
alter table reference_file add column sha256 char(64);
update reference_file set sha256 = encode(sha256(content), 'hex');
alter table reference_file alter column sha256 set not null;
