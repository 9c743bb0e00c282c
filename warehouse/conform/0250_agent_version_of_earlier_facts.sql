-- One row per fact, re-pointed where needed: a team change can take effect on or before the date of
-- facts loaded earlier, so every fact is moved to the version of its agent valid on its own date.
-- Only agents in this run's agents.csv get new versions, so only their facts can need it: a run without
-- agents.csv needs to read no fact here (the uncorrelated first condition lets the engines see that up front).
update dw.fact_ticket
set agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_ticket.agent_key
      and dw.fact_ticket.created_date_key >= v.valid_from_key
      and dw.fact_ticket.created_date_key < v.valid_to_key)
where exists (select 1 from stg.agent)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_ticket.agent_key
      and (dw.fact_ticket.created_date_key < cur.valid_from_key or dw.fact_ticket.created_date_key >= cur.valid_to_key))
  and dw.fact_ticket.agent_key in (
      select cur.agent_key from dw.dim_agent cur
      where cur.agent_id in (select s.agent_id from stg.agent s));

update dw.fact_ticket_message
set agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_ticket_message.agent_key
      and dw.fact_ticket_message.sent_date_key >= v.valid_from_key
      and dw.fact_ticket_message.sent_date_key < v.valid_to_key)
where exists (select 1 from stg.agent)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_ticket_message.agent_key
      and (dw.fact_ticket_message.sent_date_key < cur.valid_from_key or dw.fact_ticket_message.sent_date_key >= cur.valid_to_key))
  and dw.fact_ticket_message.agent_key in (
      select cur.agent_key from dw.dim_agent cur
      where cur.agent_id in (select s.agent_id from stg.agent s));

update dw.fact_call
set agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_call.agent_key
      and dw.fact_call.started_date_key >= v.valid_from_key
      and dw.fact_call.started_date_key < v.valid_to_key)
where exists (select 1 from stg.agent)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_call.agent_key
      and (dw.fact_call.started_date_key < cur.valid_from_key or dw.fact_call.started_date_key >= cur.valid_to_key))
  and dw.fact_call.agent_key in (
      select cur.agent_key from dw.dim_agent cur
      where cur.agent_id in (select s.agent_id from stg.agent s));

update dw.fact_survey_response
set agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_survey_response.agent_key
      and dw.fact_survey_response.responded_date_key >= v.valid_from_key
      and dw.fact_survey_response.responded_date_key < v.valid_to_key)
where exists (select 1 from stg.agent)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_survey_response.agent_key
      and (dw.fact_survey_response.responded_date_key < cur.valid_from_key or dw.fact_survey_response.responded_date_key >= cur.valid_to_key))
  and dw.fact_survey_response.agent_key in (
      select cur.agent_key from dw.dim_agent cur
      where cur.agent_id in (select s.agent_id from stg.agent s));

update dw.fact_agent_shift
set agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_agent_shift.agent_key
      and dw.fact_agent_shift.shift_date_key >= v.valid_from_key
      and dw.fact_agent_shift.shift_date_key < v.valid_to_key)
where exists (select 1 from stg.agent)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_agent_shift.agent_key
      and (dw.fact_agent_shift.shift_date_key < cur.valid_from_key or dw.fact_agent_shift.shift_date_key >= cur.valid_to_key))
  and dw.fact_agent_shift.agent_key in (
      select cur.agent_key from dw.dim_agent cur
      where cur.agent_id in (select s.agent_id from stg.agent s));
