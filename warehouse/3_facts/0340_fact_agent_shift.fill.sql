-- One row per agent per shift day: a newer export of the same day replaces the older row.
-- Nothing to do unless rows are in: stg.agent_shift.
delete from dw.fact_agent_shift
where exists (
    select 1 from stg.agent_shift s
    where s.agent_id = dw.fact_agent_shift.agent_id and s.shift_date_key = dw.fact_agent_shift.shift_date_key);

insert into dw.fact_agent_shift (
    agent_id,
    agent_key,
    shift_date_key,
    logged_in_seconds,
    run_id
)
select
    s.agent_id,
    ag.agent_key,
    s.shift_date_key,
    s.logged_in_seconds,
    ctx.run_id
from stg.agent_shift s
cross join stg.load_context ctx
join dw.dim_agent ag
    on ag.agent_id = s.agent_id
   and s.shift_date_key >= ag.valid_from_key
   and s.shift_date_key < ag.valid_to_key;
