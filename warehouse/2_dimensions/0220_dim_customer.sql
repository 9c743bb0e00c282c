-- One row per customer.
create table dw.dim_customer (
    customer_key integer not null,
    customer_id $key$ not null,
    customer_name $text$,
    segment $text$,
    country $key$,
    signed_up_on date,
    is_inferred integer not null
);
