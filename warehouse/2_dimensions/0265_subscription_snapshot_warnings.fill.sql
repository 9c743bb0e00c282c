-- One row per warning about this load's snapshots. A snapshot row no newer than the latest one loaded for its
-- subscription is skipped (history is never rewritten by an older file): reported when it is older, or of the same day
-- but different. A subscription open at its latest sighting before a snapshot day and absent from that day's file is
-- reported, not taken for churn: its open period stays as it was.
-- Nothing to do unless rows are in: stg.subscription_snapshot.
truncate table stg.subscription_snapshot_warning;

insert into stg.subscription_snapshot_warning (
    file_name,
    line_number,
    message
)
select
    s.file_name,
    s.line_number,
    case
        when s.snapshot_on < t.last_snapshot_on then concat(
            'subscription ', s.subscription_id, ': this snapshot of ', cast(s.snapshot_on as varchar(10)),
            ' is older than the one of ', cast(t.last_snapshot_on as varchar(10)), ' already loaded; skipped')
        else concat(
            'subscription ', s.subscription_id, ': a different snapshot of ', cast(s.snapshot_on as varchar(10)),
            ' was loaded before; this row is skipped')
    end
from stg.subscription_snapshot s
join dw.subscription_snapshot_state t on t.subscription_id = s.subscription_id
where s.snapshot_on < t.last_snapshot_on
   or (s.snapshot_on = t.last_snapshot_on
       and (s.customer_id <> t.customer_id
            or coalesce(s.plan_id, '') <> coalesce(t.plan_id, '')
            or s.currency <> t.currency
            or s.period_mrr <> t.mrr
            or s.status <> t.status));

with files as (
    select distinct
        s.file_name,
        s.snapshot_on
    from stg.subscription_snapshot s
),
sightings as (
    select
        t.subscription_id,
        t.last_snapshot_on as seen_on,
        t.is_open
    from dw.subscription_snapshot_state t
    union all
    select
        s.subscription_id,
        s.snapshot_on,
        s.is_open
    from stg.subscription_snapshot s
),
-- Each sighting up to the next one of the same subscription: a file dated in between did not show it.
spans as (
    select
        g.subscription_id,
        g.seen_on,
        g.is_open,
        lead(g.seen_on) over (partition by g.subscription_id order by g.seen_on, g.is_open) as next_seen_on
    from sightings g
)
insert into stg.subscription_snapshot_warning (
    file_name,
    line_number,
    message
)
select
    f.file_name,
    null,
    concat('subscription ', s.subscription_id, ', open when last seen on ', cast(s.seen_on as varchar(10)),
           ', is missing from this snapshot of ', cast(f.snapshot_on as varchar(10)),
           '; its period is left open (not counted as churn)')
from spans s
join files f
    on f.snapshot_on > s.seen_on
   and (s.next_seen_on is null or f.snapshot_on < s.next_seen_on)
where s.is_open = 1;
