-- One row per subscriptions.csv record of this load, with its MRR as exported: the period fill converts it at the rate
-- of rate_month_key, the month the period starts (nullable only because not every engine adds a column with a
-- constraint; the load always fills it).
alter table stg.subscription drop column fx_rate;
alter table stg.subscription drop column reporting_mrr;
alter table stg.subscription add rate_month_key integer;
