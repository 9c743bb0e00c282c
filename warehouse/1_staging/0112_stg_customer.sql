-- One row per customers.csv record of this load.
create table stg.customer (
    line_number bigint not null,
    customer_id $key$ not null,
    customer_name $text$,
    segment $text$,
    country $key$,
    signed_up_on date
);
