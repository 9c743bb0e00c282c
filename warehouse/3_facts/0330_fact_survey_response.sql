-- One row per survey response; 0/1 flags place it in the NPS, CSAT, CES and rating counts.
create table dw.fact_survey_response (
    response_id $key$ not null,
    responded_at $timestamp$ not null,
    responded_date_key integer not null,
    survey_type $key$ not null,
    score decimal(9, 3) not null,
    scale_max integer,
    score_scaled decimal(9, 3) not null,
    customer_key integer,
    agent_key integer,
    channel_key integer,
    ticket_id $key$,
    call_id $key$,
    comment $longtext$,
    is_promoter integer not null,
    is_passive integer not null,
    is_detractor integer not null,
    is_satisfied integer not null,
    is_easy integer not null
);
