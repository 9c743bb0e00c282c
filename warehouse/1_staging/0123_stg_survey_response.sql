-- One row per surveys.csv record of this load; score_scaled is the score on its type's standard scale.
create table stg.survey_response (
    line_number bigint not null,
    response_id $key$ not null,
    responded_at $timestamp$ not null,
    responded_date_key integer not null,
    responded_hour integer not null,
    survey_type $key$ not null,
    score decimal(9, 3) not null,
    scale_max integer,
    customer_id $key$,
    ticket_id $key$,
    call_id $key$,
    agent_id $key$,
    channel $key$,
    comment $longtext$,
    score_scaled decimal(9, 3) not null
);
