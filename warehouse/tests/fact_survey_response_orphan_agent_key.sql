-- Fails when dw.fact_survey_response.agent_key names no row of dw.dim_agent (an orphan fact row).
select
    r.response_id,
    r.agent_key
from dw.fact_survey_response r
where r.agent_key is not null
  and not exists (select 1 from dw.dim_agent d where d.agent_key = r.agent_key);
