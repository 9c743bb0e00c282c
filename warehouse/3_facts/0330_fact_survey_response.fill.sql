-- One row per survey response: a newer export replaces the older row; the flags use the standard scales.
-- Nothing to do unless rows are in: stg.survey_response.
delete from dw.fact_survey_response
where exists (select 1 from stg.survey_response s where s.response_id = dw.fact_survey_response.response_id);

insert into dw.fact_survey_response (
    response_id,
    responded_at,
    responded_date_key,
    survey_type,
    score,
    scale_max,
    score_scaled,
    customer_key,
    agent_key,
    channel_key,
    ticket_id,
    call_id,
    comment,
    is_promoter,
    is_passive,
    is_detractor,
    is_satisfied,
    is_easy,
    run_id
)
select
    s.response_id,
    s.responded_at,
    s.responded_date_key,
    s.survey_type,
    s.score,
    s.scale_max,
    s.score_scaled,
    cu.customer_key,
    ag.agent_key,
    ch.channel_key,
    s.ticket_id,
    s.call_id,
    s.comment,
    case when s.survey_type = 'nps' and s.score_scaled >= 9 then 1 else 0 end,
    case when s.survey_type = 'nps' and s.score_scaled >= 7 and s.score_scaled < 9 then 1 else 0 end,
    case when s.survey_type = 'nps' and s.score_scaled < 7 then 1 else 0 end,
    case when s.survey_type in ('csat', 'rating') and s.score_scaled >= 4 then 1 else 0 end,
    case when s.survey_type = 'ces' and s.score_scaled >= 5 then 1 else 0 end,
    ctx.run_id
from stg.survey_response s
cross join stg.load_context ctx
left join dw.dim_channel ch on ch.channel_code = s.channel
left join dw.dim_customer cu on cu.customer_id = s.customer_id
left join dw.dim_agent ag
    on ag.agent_id = s.agent_id
   and s.responded_date_key >= ag.valid_from_key
   and s.responded_date_key < ag.valid_to_key;
