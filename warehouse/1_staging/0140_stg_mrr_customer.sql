-- One row per customer whose monthly MRR this load rebuilds (a work table of the conform steps).
create table stg.mrr_customer (
    customer_id $key$ not null
);
