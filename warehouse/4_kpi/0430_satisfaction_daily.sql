-- One row per responded day, agent and channel: survey counts and score sums per survey type,
-- so every average and rate recomputes for any slice. Scores are on the standard scales (ces 1–7).
create view kpi.satisfaction_daily as
with responses as (
    select
        r.responded_date_key as date_key,
        r.agent_key,
        r.channel_key,
        r.survey_type,
        r.score_scaled,
        r.is_promoter,
        r.is_passive,
        r.is_detractor,
        r.is_satisfied,
        r.is_easy,
        case when r.agent_key is not null and r.survey_type in ('csat', 'rating') then 1 else 0 end as is_feedback
    from dw.fact_survey_response r
)
select
    date_key,
    agent_key,
    channel_key,
    cast(sum(case when survey_type = 'nps' then 1 else 0 end) as bigint) as nps_responses,
    cast(sum(is_promoter) as bigint) as promoters,
    cast(sum(is_passive) as bigint) as passives,
    cast(sum(is_detractor) as bigint) as detractors,
    cast(sum(case when survey_type = 'csat' then 1 else 0 end) as bigint) as csat_responses,
    cast(sum(case when survey_type = 'csat' then is_satisfied else 0 end) as bigint) as csat_satisfied,
    cast(sum(case when survey_type = 'csat' then score_scaled else 0 end) as decimal(18, 3)) as csat_score,
    cast(sum(case when survey_type = 'rating' then 1 else 0 end) as bigint) as rating_responses,
    cast(sum(case when survey_type = 'rating' then is_satisfied else 0 end) as bigint) as rating_satisfied,
    cast(sum(case when survey_type = 'rating' then score_scaled else 0 end) as decimal(18, 3)) as rating_score,
    cast(sum(case when survey_type = 'ces' then 1 else 0 end) as bigint) as ces_responses,
    cast(sum(is_easy) as bigint) as ces_easy,
    cast(sum(case when survey_type = 'ces' then score_scaled else 0 end) as decimal(18, 3)) as ces_score,
    cast(sum(is_feedback) as bigint) as feedback_responses,
    cast(sum(case when is_feedback = 1 then score_scaled else 0 end) as decimal(18, 3)) as feedback_score
from responses
group by
    date_key,
    agent_key,
    channel_key;
