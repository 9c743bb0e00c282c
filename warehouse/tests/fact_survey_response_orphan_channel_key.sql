-- Fails when dw.fact_survey_response.channel_key names no row of dw.dim_channel (an orphan fact row).
select
    r.response_id,
    r.channel_key
from dw.fact_survey_response r
where r.channel_key is not null
  and not exists (select 1 from dw.dim_channel d where d.channel_key = r.channel_key);
