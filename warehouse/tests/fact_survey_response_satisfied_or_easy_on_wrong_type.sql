-- Fails when is_satisfied is set on a response other than csat/rating, or is_easy on a response other than ces.
select
    r.response_id,
    r.survey_type,
    r.is_satisfied,
    r.is_easy
from dw.fact_survey_response r
where (r.is_satisfied <> 0 and r.survey_type not in ('csat', 'rating'))
   or (r.is_easy <> 0 and r.survey_type <> 'ces');
