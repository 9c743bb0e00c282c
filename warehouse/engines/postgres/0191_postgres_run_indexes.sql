-- The rows one run wrote, for the data tests a load runs on them. A run's rows do not sit together: a nightly load
-- replaces rows all over a fact, and PostgreSQL puts the new ones where the old ones were.
create index ix_dw_fact_ticket_run_id on dw.fact_ticket (run_id);
create index ix_dw_fact_ticket_message_run_id on dw.fact_ticket_message (run_id);
create index ix_dw_fact_call_run_id on dw.fact_call (run_id);
create index ix_dw_fact_survey_response_run_id on dw.fact_survey_response (run_id);
create index ix_dw_fact_agent_shift_run_id on dw.fact_agent_shift (run_id);
create index ix_dw_fact_customer_mrr_run_id on dw.fact_customer_mrr (run_id);
