-- One row per agent per team period. A changed team closes the current version on the run's as-of day
-- and opens a new one, so facts dated before the change keep the old team.
-- Nothing to do unless rows are in: stg.agent, stg.agent_shift, stg.call, stg.survey_response, stg.ticket, stg.ticket_message.

-- Overwrite the current version in place when it is an inferred member (it gets its real attributes),
-- when the team is unchanged, or when the version only began on the as-of day.
update dw.dim_agent
set agent_name = (select s.agent_name from stg.agent s where s.agent_id = dw.dim_agent.agent_id),
    team = (select s.team from stg.agent s where s.agent_id = dw.dim_agent.agent_id),
    email = (select s.email from stg.agent s where s.agent_id = dw.dim_agent.agent_id),
    hired_on = (select s.hired_on from stg.agent s where s.agent_id = dw.dim_agent.agent_id),
    left_on = (select s.left_on from stg.agent s where s.agent_id = dw.dim_agent.agent_id),
    is_inferred = 0
where is_current = 1
  and exists (
      select 1 from stg.agent s
      where s.agent_id = dw.dim_agent.agent_id
        and (dw.dim_agent.is_inferred = 1
             or coalesce(s.team, '') = coalesce(dw.dim_agent.team, '')
             or dw.dim_agent.valid_from_key >= (select as_of_date_key from stg.load_context)));

-- Team changed: the current version ends where the new one starts.
update dw.dim_agent
set valid_to_key = (select as_of_date_key from stg.load_context),
    is_current = 0
where is_current = 1
  and exists (
      select 1 from stg.agent s
      where s.agent_id = dw.dim_agent.agent_id
        and coalesce(s.team, '') <> coalesce(dw.dim_agent.team, ''));

-- New agents (valid for all time) and new versions of agents whose team changed.
insert into dw.dim_agent (
    agent_key,
    agent_id,
    agent_name,
    team,
    email,
    hired_on,
    left_on,
    valid_from_key,
    valid_to_key,
    is_current,
    is_inferred
)
select
    (select coalesce(max(agent_key), 0) from dw.dim_agent) + row_number() over (order by s.agent_id),
    s.agent_id,
    s.agent_name,
    s.team,
    s.email,
    s.hired_on,
    s.left_on,
    case when exists (select 1 from dw.dim_agent a where a.agent_id = s.agent_id)
         then ctx.as_of_date_key else 19000101 end,
    99991231,
    1,
    0
from stg.agent s
cross join stg.load_context ctx
where not exists (select 1 from dw.dim_agent a where a.agent_id = s.agent_id and a.is_current = 1);

-- Agents that facts name but no agents.csv has described yet.
insert into dw.dim_agent (
    agent_key,
    agent_id,
    agent_name,
    team,
    email,
    hired_on,
    left_on,
    valid_from_key,
    valid_to_key,
    is_current,
    is_inferred
)
select
    (select coalesce(max(agent_key), 0) from dw.dim_agent) + row_number() over (order by named.agent_id),
    named.agent_id,
    named.agent_id,
    null,
    null,
    null,
    null,
    19000101,
    99991231,
    1,
    1
-- Each table's few agent ids first: PostgreSQL takes a union's size as the sum of its inputs' rows and would sort
-- millions of them to find the thousand distinct ones.
from (
    select distinct agent_id from stg.ticket where agent_id is not null
    union
    select distinct agent_id from stg.ticket_message where agent_id is not null
    union
    select distinct agent_id from stg.call where agent_id is not null
    union
    select distinct agent_id from stg.survey_response where agent_id is not null
    union
    select distinct agent_id from stg.agent_shift
) named
where not exists (select 1 from dw.dim_agent a where a.agent_id = named.agent_id);
