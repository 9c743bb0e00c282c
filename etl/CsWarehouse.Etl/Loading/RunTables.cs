using CsWarehouse.Etl.Engines;

namespace CsWarehouse.Etl.Loading;

/// <summary>The layouts of the tables a run writes besides staging: run log, file log, rejects, warnings, context, dates.</summary>
internal static class RunTables
{
    private static ColumnLayout C(string name, ValueKind kind) => new(name, kind);

    public static readonly TableLayout LoadRun = new("etl", "load_run",
    [
        C("run_id", ValueKind.Int32), C("started_at", ValueKind.Timestamp), C("finished_at", ValueKind.Timestamp),
        C("status", ValueKind.Text), C("source", ValueKind.Text), C("source_time_zone", ValueKind.Text),
        C("reporting_time_zone", ValueKind.Text), C("reporting_currency", ValueKind.Text), C("files", ValueKind.Int32),
        C("rows_read", ValueKind.Int64), C("rows_loaded", ValueKind.Int64), C("rows_rejected", ValueKind.Int64),
        C("warnings", ValueKind.Int32), C("message", ValueKind.Text),
    ]);

    public static readonly TableLayout LoadFile = new("etl", "load_file",
    [
        C("run_id", ValueKind.Int32), C("file_name", ValueKind.Text), C("content_sha256", ValueKind.Text),
        C("size_bytes", ValueKind.Int64), C("rows_read", ValueKind.Int64), C("rows_loaded", ValueKind.Int64),
        C("rows_rejected", ValueKind.Int64), C("warnings", ValueKind.Int32),
    ]);

    public static readonly TableLayout RejectRow = new("etl", "reject_row",
    [
        C("run_id", ValueKind.Int32), C("file_name", ValueKind.Text), C("line_number", ValueKind.Int64),
        C("column_name", ValueKind.Text), C("value", ValueKind.Text), C("reason", ValueKind.Text),
    ]);

    public static readonly TableLayout LoadWarning = new("etl", "load_warning",
    [
        C("run_id", ValueKind.Int32), C("file_name", ValueKind.Text), C("line_number", ValueKind.Int64),
        C("message", ValueKind.Text),
    ]);

    public static readonly TableLayout ViewDefinition = new("etl", "view_definition",
    [
        C("view_name", ValueKind.Text), C("definition_sha256", ValueKind.Text), C("created_at", ValueKind.Timestamp),
    ]);

    public static readonly TableLayout LoadContext = new("stg", "load_context",
    [
        C("run_id", ValueKind.Int32), C("as_of_date_key", ValueKind.Int32), C("loaded_at", ValueKind.Timestamp),
        C("reporting_currency", ValueKind.Text),
    ]);

    public static readonly TableLayout DimDate = new("dw", "dim_date",
    [
        C("date_key", ValueKind.Int32), C("full_date", ValueKind.Date), C("year", ValueKind.Int32),
        C("quarter", ValueKind.Int32), C("month", ValueKind.Int32), C("month_key", ValueKind.Int32),
        C("year_month", ValueKind.Text), C("month_name", ValueKind.Text), C("month_start", ValueKind.Date),
        C("day_of_month", ValueKind.Int32), C("weekday", ValueKind.Int32), C("weekday_name", ValueKind.Text),
        C("iso_year", ValueKind.Int32), C("iso_week", ValueKind.Int32), C("is_weekend", ValueKind.Int32),
    ]);

    /// <summary>Writes <paramref name="rows"/> into <paramref name="table"/> through the engine's bulk path.</summary>
    public static void Write(IWarehouseEngine engine, System.Data.Common.DbTransaction tx, TableLayout table, IEnumerable<object?[]> rows)
    {
        using var writer = engine.OpenBulkWriter(table, tx);
        foreach (var row in rows) writer.WriteRow(row);
        writer.Complete();
    }
}
