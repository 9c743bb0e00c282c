-- One index per natural key the conform statements look rows up by. PostgreSQL runs a correlated
-- "set x = (select ...)" as one lookup per updated row, so without these a load grows quadratically.
create index ix_stg_agent_agent_id on stg.agent (agent_id);
create index ix_stg_customer_customer_id on stg.customer (customer_id);
create index ix_stg_subscription_plan_plan_id on stg.subscription_plan (plan_id);
create index ix_stg_ticket_ticket_id on stg.ticket (ticket_id);
create index ix_stg_ticket_message_ticket_id on stg.ticket_message (ticket_id);
create index ix_stg_ticket_message_message_id on stg.ticket_message (message_id);
create index ix_stg_call_call_id on stg.call (call_id);
create index ix_stg_survey_response_response_id on stg.survey_response (response_id);
create index ix_dw_dim_agent_agent_id on dw.dim_agent (agent_id);
create index ix_dw_dim_customer_customer_id on dw.dim_customer (customer_id);
create index ix_dw_fact_ticket_ticket_id on dw.fact_ticket (ticket_id);
create index ix_dw_fact_ticket_message_ticket_id on dw.fact_ticket_message (ticket_id);
create index ix_dw_fact_ticket_message_message_id on dw.fact_ticket_message (message_id);
create index ix_dw_fact_call_call_id on dw.fact_call (call_id);
create index ix_dw_fact_survey_response_response_id on dw.fact_survey_response (response_id);
