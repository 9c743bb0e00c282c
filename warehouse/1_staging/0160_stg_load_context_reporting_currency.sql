-- One row: the run being loaded, now with its reporting currency, which the fills convert at 1 whatever
-- fx_rates.csv says. Nullable only because not every engine adds a column with a constraint; the load always fills it.
alter table stg.load_context add reporting_currency $key$;
