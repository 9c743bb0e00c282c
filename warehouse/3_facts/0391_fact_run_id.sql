-- The run that last wrote each row of the large facts (null for rows written before it was kept), as
-- dw.fact_customer_mrr already has: the data tests a load runs before it commits then judge the rows it wrote,
-- instead of every row that earlier runs wrote and checked.
alter table dw.fact_ticket add run_id integer;
alter table dw.fact_ticket_message add run_id integer;
alter table dw.fact_call add run_id integer;
alter table dw.fact_survey_response add run_id integer;
alter table dw.fact_agent_shift add run_id integer;
