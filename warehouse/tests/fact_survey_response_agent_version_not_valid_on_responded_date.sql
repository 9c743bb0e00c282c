-- Fails when dw.fact_survey_response.agent_key is an agent version whose validity range does not contain the fact's responded_date_key.
select
    r.response_id,
    r.responded_date_key,
    a.agent_key,
    a.agent_id,
    a.valid_from_key,
    a.valid_to_key
from dw.fact_survey_response r
join dw.dim_agent a on a.agent_key = r.agent_key
where r.responded_date_key < a.valid_from_key
   or r.responded_date_key >= a.valid_to_key;
