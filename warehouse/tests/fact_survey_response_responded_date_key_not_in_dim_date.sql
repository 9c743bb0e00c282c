-- Fails when dw.fact_survey_response.responded_date_key has no day in dw.dim_date (the fact would drop out of every date slicer).
select
    r.response_id,
    r.responded_date_key
from dw.fact_survey_response r
where not exists (select 1 from dw.dim_date d where d.date_key = r.responded_date_key);
