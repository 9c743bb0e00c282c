-- Fails when a survey response appears more than once in dw.fact_survey_response (one row per response).
select
    response_id,
    count(*) as copies
from dw.fact_survey_response
group by
    response_id
having count(*) > 1;
