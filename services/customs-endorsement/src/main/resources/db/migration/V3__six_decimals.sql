-- Box 11 with as many decimals as scientific samples need, the same 15 integer digits.
alter table endorsed_quantity alter column quantity type numeric(21, 6);
