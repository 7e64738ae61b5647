-- Quantities as trade reports them: six decimals, the same 15 integer digits.
alter table trade_record alter column quantity type numeric(21, 6);
