-- Fails on each dw.fact_customer_mrr row whose movement, flags or change disagree with its mrr and previous_mrr (the playbook's rules: new on the first active month only).
select
    f.customer_id,
    f.month_key,
    f.movement,
    f.mrr,
    f.previous_mrr,
    f.mrr_change,
    f.is_active
from dw.fact_customer_mrr f
where f.mrr_change <> f.mrr - f.previous_mrr
   or f.is_active <> case when f.mrr > 0 then 1 else 0 end
   or f.movement <> case
          when f.month_key = f.first_active_month_key then 'new'
          when f.mrr = 0 and f.previous_mrr > 0 then 'churn'
          when f.mrr > 0 and f.previous_mrr = 0 then 'reactivation'
          when f.mrr > f.previous_mrr then 'expansion'
          when f.mrr < f.previous_mrr then 'contraction'
          else 'none'
      end
   or (f.is_premium = 1 and f.is_active = 0)
   or (f.is_loyal = 1 and f.is_active = 0)
   or f.month_key < f.first_active_month_key;
