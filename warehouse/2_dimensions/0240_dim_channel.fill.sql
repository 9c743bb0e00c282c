-- One row per channel code: adds the codes this load names for the first time.
-- Nothing to do unless rows are in: stg.survey_response, stg.ticket.
insert into dw.dim_channel (
    channel_key,
    channel_code
)
select
    (select coalesce(max(channel_key), 0) from dw.dim_channel) + row_number() over (order by seen.channel_code),
    seen.channel_code
from (
    select distinct channel as channel_code from stg.ticket
    union
    select distinct channel from stg.survey_response where channel is not null
) seen
where not exists (select 1 from dw.dim_channel c where c.channel_code = seen.channel_code);
