namespace CsWarehouse.Tests.Migrations;

/// <summary>
/// The run-once scripts releases have shipped, in the order they apply: every warehouse in use has these names in its
/// journal. A name is never removed or changed (DbUp would run the script again under its new name); new scripts are
/// added to the list once they ship.
/// </summary>
internal static class ShippedMigrations
{
    public static readonly string[] Shared =
    [
        "0010_etl_load_run.sql", "0020_etl_load_file.sql", "0030_etl_reject_row.sql", "0040_etl_load_warning.sql",
        "0050_etl_nightly_run.sql", "0060_etl_view_definition.sql",
        "0100_stg_load_context.sql", "0110_stg_agent.sql", "0111_stg_agent_shift.sql", "0112_stg_customer.sql",
        "0113_stg_subscription_plan.sql", "0120_stg_ticket.sql", "0121_stg_ticket_message.sql", "0122_stg_call.sql",
        "0123_stg_survey_response.sql", "0124_stg_ticket_message_work.sql", "0130_stg_subscription.sql",
        "0131_stg_support_cost.sql", "0132_stg_target.sql", "0133_stg_fx_rate.sql", "0140_stg_mrr_customer.sql",
        "0141_stg_customer_month_mrr.sql", "0150_stg_subscription_snapshot.sql", "0151_stg_subscription_snapshot_step.sql",
        "0152_stg_subscription_snapshot_warning.sql", "0160_stg_load_context_reporting_currency.sql",
        "0161_stg_subscription_unconverted.sql", "0162_stg_support_cost_unconverted.sql",
        "0163_stg_subscription_snapshot_without_rates.sql", "0164_stg_subscription_snapshot_step_without_rates.sql",
        "0200_dim_date.sql", "0210_dim_agent.sql", "0220_dim_customer.sql", "0230_dim_plan.sql", "0240_dim_channel.sql",
        "0250_dim_topic.sql", "0260_fx_rate.sql", "0270_subscription_period.sql", "0280_subscription_snapshot_state.sql",
        "0290_subscription_period_source_as_of.sql", "0291_stg_ticket_message_changed.sql",
        "0300_fact_ticket.sql", "0310_fact_ticket_message.sql", "0320_fact_call.sql", "0330_fact_survey_response.sql",
        "0340_fact_agent_shift.sql", "0350_fact_customer_mrr.sql", "0360_fact_support_cost.sql", "0370_kpi_target.sql",
        "0390_fact_ticket_source_as_of.sql",
    ];

    /// <summary>Shipped scripts of one engine's own folder, applied after the shared ones.</summary>
    public static readonly string[] Postgres = ["0190_postgres_lookup_indexes.sql"];

    public static string[] For(Etl.Configuration.EngineKind engine) =>
        engine == Etl.Configuration.EngineKind.Postgres ? [.. Shared, .. Postgres] : Shared;
}
