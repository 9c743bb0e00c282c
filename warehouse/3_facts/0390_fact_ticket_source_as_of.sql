-- The as-of day (yyyymmdd) of the export that last wrote each ticket: a load of an older export skips the ticket
-- instead of turning it back to an earlier state. Null for tickets loaded before it was kept (never older).
alter table dw.fact_ticket add source_as_of integer;
