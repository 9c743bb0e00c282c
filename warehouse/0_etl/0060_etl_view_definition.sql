-- The text (as a SHA-256) of each kpi view as cswh last created it: a migration replaces only the views whose
-- text changed, and a read checks that the warehouse's views are the ones this version of cswh expects.
create table etl.view_definition (
    view_name $key$ not null,
    definition_sha256 $key$ not null,
    created_at $timestamp$ not null
);
