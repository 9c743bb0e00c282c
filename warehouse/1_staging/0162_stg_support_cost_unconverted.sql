-- One row per support_costs.csv record of this load, with its amount as exported: the fill converts it at the rate
-- of its month.
alter table stg.support_cost drop column fx_rate;
alter table stg.support_cost drop column reporting_amount;
