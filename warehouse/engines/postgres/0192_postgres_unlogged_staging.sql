-- Staging and the work tables of the fills hold one run's rows, are emptied before it commits, and are read by
-- no one else. In the write-ahead log every staged row would be written a second time (PostgreSQL 30,000 customers:
-- staging 8.1 s logged, 7.0 s unlogged). Unlogged, a crash empties them, which a run does anyway when it starts.
alter table stg.agent set unlogged;
alter table stg.agent_shift set unlogged;
alter table stg.call set unlogged;
alter table stg.customer set unlogged;
alter table stg.customer_month_mrr set unlogged;
alter table stg.fx_rate set unlogged;
alter table stg.load_context set unlogged;
alter table stg.mrr_customer set unlogged;
alter table stg.subscription set unlogged;
alter table stg.subscription_plan set unlogged;
alter table stg.subscription_snapshot set unlogged;
alter table stg.subscription_snapshot_step set unlogged;
alter table stg.subscription_snapshot_warning set unlogged;
alter table stg.support_cost set unlogged;
alter table stg.survey_response set unlogged;
alter table stg.target set unlogged;
alter table stg.ticket set unlogged;
alter table stg.ticket_message set unlogged;
alter table stg.ticket_message_changed set unlogged;
alter table stg.ticket_message_work set unlogged;
