-- One row per agent version (team history): facts name the version valid on their date by agent_key.
create view kpi.agent as
select
    agent_key,
    agent_id,
    agent_name,
    team,
    valid_from_key,
    valid_to_key,
    is_current,
    is_inferred
from dw.dim_agent;
