-- Fails when an nps response is not exactly one of promoter/passive/detractor, or another survey type is any of them.
select
    r.response_id,
    r.survey_type,
    r.score_scaled,
    r.is_promoter,
    r.is_passive,
    r.is_detractor
from dw.fact_survey_response r
where r.is_promoter + r.is_passive + r.is_detractor <> case when r.survey_type = 'nps' then 1 else 0 end
   or r.is_promoter not in (0, 1)
   or r.is_passive not in (0, 1)
   or r.is_detractor not in (0, 1);
