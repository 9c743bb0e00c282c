-- The period step's work table, unlogged like the rest of staging (0192).
alter table stg.subscription_period_changed set unlogged;
