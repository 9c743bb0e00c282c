-- One row per calendar day in the reporting time zone; whole years around the loaded data.
create table dw.dim_date (
    date_key integer not null,
    full_date date not null,
    year integer not null,
    quarter integer not null,
    month integer not null,
    month_key integer not null,
    year_month $key$ not null,
    month_name $key$ not null,
    month_start date not null,
    day_of_month integer not null,
    weekday integer not null,
    weekday_name $key$ not null,
    iso_year integer not null,
    iso_week integer not null,
    is_weekend integer not null
);
