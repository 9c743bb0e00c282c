-- One row per fact, re-pointed where needed: a team change can take effect on or before the date of
-- facts loaded earlier, so every fact is moved to the version of its agent valid on its own date.
-- Only a version that 0210_dim_agent.fill.sql closed in this run can have facts outside its range: one of an agent in this run's
-- agents.csv whose validity now ends on the as-of day. Only facts on such a version are looked at, and a run that
-- closed none (no agents.csv, or no team change) reads no fact here.
-- Nothing to do unless rows are in: stg.agent.
update dw.fact_ticket
set run_id = (select ctx.run_id from stg.load_context ctx),
    agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_ticket.agent_key
      and dw.fact_ticket.created_date_key >= v.valid_from_key
      and dw.fact_ticket.created_date_key < v.valid_to_key)
where exists (
    select 1 from dw.dim_agent c
    join stg.load_context x on c.valid_to_key = x.as_of_date_key
    join stg.agent s on s.agent_id = c.agent_id)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_ticket.agent_key
      and (dw.fact_ticket.created_date_key < cur.valid_from_key or dw.fact_ticket.created_date_key >= cur.valid_to_key))
  and dw.fact_ticket.agent_key in (
      select c.agent_key from dw.dim_agent c
      join stg.load_context x on c.valid_to_key = x.as_of_date_key
      join stg.agent s on s.agent_id = c.agent_id);

update dw.fact_ticket_message
set run_id = (select ctx.run_id from stg.load_context ctx),
    agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_ticket_message.agent_key
      and dw.fact_ticket_message.sent_date_key >= v.valid_from_key
      and dw.fact_ticket_message.sent_date_key < v.valid_to_key)
where exists (
    select 1 from dw.dim_agent c
    join stg.load_context x on c.valid_to_key = x.as_of_date_key
    join stg.agent s on s.agent_id = c.agent_id)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_ticket_message.agent_key
      and (dw.fact_ticket_message.sent_date_key < cur.valid_from_key or dw.fact_ticket_message.sent_date_key >= cur.valid_to_key))
  and dw.fact_ticket_message.agent_key in (
      select c.agent_key from dw.dim_agent c
      join stg.load_context x on c.valid_to_key = x.as_of_date_key
      join stg.agent s on s.agent_id = c.agent_id);

update dw.fact_call
set run_id = (select ctx.run_id from stg.load_context ctx),
    agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_call.agent_key
      and dw.fact_call.started_date_key >= v.valid_from_key
      and dw.fact_call.started_date_key < v.valid_to_key)
where exists (
    select 1 from dw.dim_agent c
    join stg.load_context x on c.valid_to_key = x.as_of_date_key
    join stg.agent s on s.agent_id = c.agent_id)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_call.agent_key
      and (dw.fact_call.started_date_key < cur.valid_from_key or dw.fact_call.started_date_key >= cur.valid_to_key))
  and dw.fact_call.agent_key in (
      select c.agent_key from dw.dim_agent c
      join stg.load_context x on c.valid_to_key = x.as_of_date_key
      join stg.agent s on s.agent_id = c.agent_id);

update dw.fact_survey_response
set run_id = (select ctx.run_id from stg.load_context ctx),
    agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_survey_response.agent_key
      and dw.fact_survey_response.responded_date_key >= v.valid_from_key
      and dw.fact_survey_response.responded_date_key < v.valid_to_key)
where exists (
    select 1 from dw.dim_agent c
    join stg.load_context x on c.valid_to_key = x.as_of_date_key
    join stg.agent s on s.agent_id = c.agent_id)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_survey_response.agent_key
      and (dw.fact_survey_response.responded_date_key < cur.valid_from_key or dw.fact_survey_response.responded_date_key >= cur.valid_to_key))
  and dw.fact_survey_response.agent_key in (
      select c.agent_key from dw.dim_agent c
      join stg.load_context x on c.valid_to_key = x.as_of_date_key
      join stg.agent s on s.agent_id = c.agent_id);

update dw.fact_agent_shift
set run_id = (select ctx.run_id from stg.load_context ctx),
    agent_key = (
    select v.agent_key
    from dw.dim_agent cur
    join dw.dim_agent v on v.agent_id = cur.agent_id
    where cur.agent_key = dw.fact_agent_shift.agent_key
      and dw.fact_agent_shift.shift_date_key >= v.valid_from_key
      and dw.fact_agent_shift.shift_date_key < v.valid_to_key)
where exists (
    select 1 from dw.dim_agent c
    join stg.load_context x on c.valid_to_key = x.as_of_date_key
    join stg.agent s on s.agent_id = c.agent_id)
  and exists (
    select 1 from dw.dim_agent cur
    where cur.agent_key = dw.fact_agent_shift.agent_key
      and (dw.fact_agent_shift.shift_date_key < cur.valid_from_key or dw.fact_agent_shift.shift_date_key >= cur.valid_to_key))
  and dw.fact_agent_shift.agent_key in (
      select c.agent_key from dw.dim_agent c
      join stg.load_context x on c.valid_to_key = x.as_of_date_key
      join stg.agent s on s.agent_id = c.agent_id);
